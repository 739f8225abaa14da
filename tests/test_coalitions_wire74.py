"""Coalition readings of wire copy, round 74: Lusophone and Latin American groupings, the Commonwealth,
science and police cooperation, Indigenous forums, business alliances and loosely named blocs.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestBodyHeadingList:
    """A body whose members the gazetteer lists, followed after a comma by states that are not all its own
    ("The EU, China and India signed"), is an item of a list of parties, not a body apposed to its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The fusion reactor, funded by the EU, China, India and Japan, is running a decade late.",
                [("the EU", "EU", "asserted", None, [])],
                id="funded-by",
            ),
            pytest.param(
                "The EU, Norway and Switzerland pledged another 40 million euros for the demining fund.",
                [("The EU", "EU", "asserted", None, [])],
                id="subject-list",
            ),
            pytest.param(
                "The communique was signed by NATO, Japan and South Korea after a day of talks in Seoul.",
                [("NATO", "NATO", "asserted", None, [])],
                id="signed-by",
            ),
            pytest.param(
                "The Visegrad Four, the Czech Republic, Poland, Hungary and Slovakia, objected to the quota.",
                [("The Visegrad Four", "VISEGRAD_GROUP", "asserted", None, ["CZE", "POL", "HUN", "SVK"])],
                id="guard-own-members",
            ),
            pytest.param(
                "The GCC, Saudi Arabia, the UAE and Qatar among them, promised reconstruction money.",
                [("The GCC", "GCC", "asserted", None, ["SAU", "ARE", "QAT"])],
                id="guard-among-them",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A list that names an outsider is no member list of the body before it."""
        assert rows(text) == expected


class TestLusophoneBodies:
    """The Community of Portuguese Language Countries (CPLP) and the Amazon Cooperation Treaty Organization
    (ACTO) are standing bodies of states, known with their members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Community of Portuguese Language Countries (CPLP) opened its summit in Sao Tome on "
                "Friday with the crisis in Guinea-Bissau on the agenda.",
                [("The Community of Portuguese Language Countries (CPLP)", "CPLP", "asserted", None, [])],
                id="cplp-name-and-acronym",
            ),
            pytest.param(
                "Equatorial Guinea, admitted to the CPLP in 2014, still makes little use of Portuguese.",
                [("the CPLP", "CPLP", "asserted", None, [])],
                id="cplp-acronym",
            ),
            pytest.param(
                "Leaders of the CPLP, which groups Portugal, Brazil, Angola and Mozambique among others, "
                "gathered in Bissau.",
                [("the CPLP", "CPLP", "asserted", None, ["PRT", "BRA", "AGO", "MOZ"])],
                id="cplp-groups",
            ),
            pytest.param(
                "Timor-Leste joined the Community of Portuguese-Speaking Countries in 2002.",
                [("the Community of Portuguese-Speaking Countries", "CPLP", "asserted", None, ["TLS"])],
                id="cplp-speaking",
            ),
            pytest.param(
                "Members of ACTO, including Brazil, Peru and Colombia, signed a pledge on river pollution.",
                [("ACTO", "ACTO", "asserted", None, ["BRA", "PER", "COL"])],
                id="acto-including",
            ),
            pytest.param(
                "Suriname hosted a meeting of the Amazon Cooperation Treaty Organization on illegal mining.",
                [("the Amazon Cooperation Treaty Organization", "ACTO", "asserted", None, [])],
                id="acto-name",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The Lusophone and Amazon bodies are read with their ids and members."""
        assert rows(text) == expected


class TestRankedApposition:
    """A list of states with an apposition that ranks them among a body's members ("France and Germany, the
    two largest EU members,") names members of that body, as "both EU members" does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Portugal and Brazil, the two largest CPLP members, split over the choice of secretary.",
                [("CPLP members", "CPLP", "asserted", None, ["PRT", "BRA"])],
                id="the-two-largest",
            ),
            pytest.param(
                "Spain and Italy, the two biggest EU members in the south, asked for a delay to the rules.",
                [("EU members", "EU", "asserted", None, ["ESP", "ITA"])],
                id="the-two-biggest",
            ),
            pytest.param(
                "Laos and Cambodia, the poorest ASEAN states, asked for more time to cut tariffs.",
                [("ASEAN states", "ASEAN", "asserted", None, ["LAO", "KHM"])],
                id="superlative-no-count",
            ),
            pytest.param(
                "Russia and China, the two biggest NATO rivals, dismissed the communique.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-rivals",
            ),
            pytest.param(
                "Japan and Korea, the two richest OPEC customers, asked for more crude.",
                [("OPEC", "OPEC", "asserted", None, [])],
                id="guard-customers",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The ranked states are the body's members."""
        assert rows(text) == expected


class TestAirlineAlliances:
    """An alliance whose list names carriers ("includes British Airways", "of Air France and KLM") is an
    airline alliance, out of scope as companies are, though the carriers' names hold states."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The oneworld alliance, which includes British Airways and Qantas, welcomed a new carrier.",
                [],
                id="includes-demonym-carrier",
            ),
            pytest.param(
                "SkyTeam, the alliance that includes Air France and Korean Air, reported record traffic.",
                [],
                id="apposed-alliance",
            ),
            pytest.param(
                "The alliance of Air France and KLM has outlived three chief executives.",
                [],
                id="alliance-of-carriers",
            ),
            pytest.param(
                "The coalition, which includes the Royal Air Force and the French navy, struck targets "
                "near Raqqa.",
                [("The coalition", None, "asserted", None, ["FRA"])],
                id="guard-air-force",
            ),
            pytest.param(
                "The alliance of Britain and France sent two squadrons of jets to Cyprus.",
                [("The alliance of Britain and France", None, "asserted", None, ["GBR", "FRA"])],
                id="guard-states",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Carriers make no coalition of states."""
        assert rows(text) == expected


class TestCommonwealth:
    """The Commonwealth of Nations is a standing body of 56 states; its bare short name is the body only in
    a sentence about it (its realms, summits, members, the monarch), since "the Commonwealth" also names
    Australia's federal government, US states and firms."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Commonwealth of Nations opened its summit in Apia with the debt of small islands on "
                "the table.",
                [("The Commonwealth of Nations", "COMMONWEALTH", "asserted", None, [])],
                id="full-name",
            ),
            pytest.param(
                "Togo and Gabon joined the Commonwealth in 2022, though neither was a British colony.",
                [("the Commonwealth", "COMMONWEALTH", "asserted", None, ["TGO", "GAB"])],
                id="joined",
            ),
            pytest.param(
                "King Charles reigns over 15 Commonwealth realms, among them Jamaica, Belize and Tuvalu.",
                [("Commonwealth", "COMMONWEALTH", "asserted", None, ["JAM", "BLZ", "TUV"])],
                id="realms",
            ),
            pytest.param(
                "Barbados, which dropped the monarch as head of state, remains a member of the Commonwealth.",
                [("the Commonwealth", "COMMONWEALTH", "asserted", None, ["BRB"])],
                id="member-of",
            ),
            pytest.param(
                "The Commonwealth will pay half the cost of the new hospital, the Queensland health minister "
                "said.",
                [],
                id="guard-australian-federal",
            ),
            pytest.param(
                "The Commonwealth of Virginia filed suit against the pharmacy chain on Monday.",
                [],
                id="guard-us-state",
            ),
            pytest.param(
                "Scotland won four golds in the pool at the Commonwealth Games, where the former colonies "
                "compete.",
                [],
                id="guard-games",
            ),
            pytest.param(
                "Armenia and Belarus are members of the Commonwealth of Independent States.",
                [("the Commonwealth of Independent States", "CIS", "asserted", None, ["ARM", "BLR"])],
                id="guard-cis",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The Commonwealth is read where the sentence is about it."""
        assert rows(text) == expected


class TestCapitalisedMemberNoun:
    """A body's member noun written with capitals, as EU and OSCE texts do ("EU Member States Poland and
    Hungary", "OSCE participating States Malta and Andorra"), opens the list of those members as the
    lower-case noun does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "OSCE participating States Malta and Andorra asked for the vote to be postponed.",
                [("OSCE participating States", "OSCE", "asserted", None, ["MLT", "AND"])],
                id="participating-states",
            ),
            pytest.param(
                "EU Member States Poland and Hungary blocked the conclusions at the summit.",
                [("EU Member States", "EU", "asserted", None, ["POL", "HUN"])],
                id="member-states",
            ),
            pytest.param(
                "EU member states Poland and Hungary blocked the conclusions at the summit.",
                [("EU member states", "EU", "asserted", None, ["POL", "HUN"])],
                id="guard-lower-case",
            ),
            pytest.param(
                "The United States Virgin Islands asked for federal storm aid.",
                [],
                id="guard-united-states-name",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The capitalised member noun opens the members' list."""
        assert rows(text) == expected


class TestPartnersApposed:
    """A body's "partners" apposed to a list of its own states ("The Five Eyes partners, the US, Britain,
    ...,", "A and B, the two Five Eyes partners,") name its members; a partner the gazetteer does not list as
    a member ("NATO partners" Japan and South Korea) stays outside."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Five Eyes partners, the US, Britain, Canada, Australia and New Zealand, put out a joint "
                "advisory on router hacking.",
                [("The Five Eyes", "FIVE_EYES", "asserted", None, ["USA", "GBR", "CAN", "AUS", "NZL"])],
                id="partners-then-list",
            ),
            pytest.param(
                "New Zealand and Canada, the two Five Eyes partners, were not told of the operation.",
                [("Five Eyes", "FIVE_EYES", "asserted", None, ["NZL", "CAN"])],
                id="list-then-partners",
            ),
            pytest.param(
                "Japan and South Korea, the two closest NATO partners in Asia, were invited to the summit.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-non-member-partners",
            ),
            pytest.param(
                "Australia and Japan, two NATO partners, held drills off Okinawa.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-partner-outside",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The partners apposed are the body's members where the data lists them so."""
        assert rows(text) == expected


class TestArtemisAccords:
    """The Artemis Accords' signatories are read as one alignment, as the Abraham Accords' are; a state
    ranked among those that signed ("the 40th country to sign") is a member, as one ranked among those
    that joined is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ireland became the 40th country to sign the Artemis Accords at a ceremony in Washington.",
                [("the Artemis Accords", "ARTEMIS_ACCORDS", "asserted", None, ["IRL"])],
                id="nth-to-sign",
            ),
            pytest.param(
                "Rwanda and Nigeria signed the Artemis Accords in December, the first African signatories.",
                [("the Artemis Accords", "ARTEMIS_ACCORDS", "asserted", None, ["RWA", "NGA"])],
                id="signed",
            ),
            pytest.param(
                "Uruguay became the 19th state to sign the Antarctic fishing convention in Hobart.",
                [],
                id="guard-no-body",
            ),
            pytest.param(
                "Sweden became the 32nd member to join NATO after Hungary's parliament voted.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="guard-join",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The accords are a body and their signatories its members."""
        assert rows(text) == expected


class TestOutOfScopeBodies:
    """Scientific and technical bodies (CERN, ESA, ITER, the IPCC), police bodies (Interpol, Europol), health
    partnerships (Gavi, COVAX), Indigenous peoples' councils and forums, airline alliances and corporate
    consortia are no coalitions of states under the scheme: they yield no mention, and the states named
    beside them are no members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "CERN, whose 23 member states include Germany and Poland, approved the study of a new ring.",
                [],
                id="cern",
            ),
            pytest.param("The European Space Agency said its Mars rover would fly in 2028.", [], id="esa"),
            pytest.param(
                "The IPCC warned in its latest synthesis that warming would pass 1.5C early next decade.",
                [],
                id="ipcc",
            ),
            pytest.param(
                "Interpol circulated a red notice for the shipping magnate after he fled Cyprus.",
                [],
                id="interpol",
            ),
            pytest.param(
                "Europol coordinated the raids in Spain, Italy and Romania on Wednesday.", [], id="europol"
            ),
            pytest.param(
                "COVAX, the vaccine-sharing scheme run with Gavi, shipped its billionth dose to Rwanda.",
                [],
                id="covax",
            ),
            pytest.param(
                "Delegates at the UN Permanent Forum on Indigenous Issues demanded a say over mines.",
                [],
                id="unpfii",
            ),
            pytest.param(
                "A consortium led by Shell and TotalEnergies won the licence for the deepwater block.",
                [],
                id="consortium",
            ),
            pytest.param(
                "The Inuit Circumpolar Council, a permanent participant in the Arctic Council, criticised "
                "the pause.",
                [("the Arctic Council", "ARCTIC_COUNCIL", "asserted", None, [])],
                id="guard-permanent-participant-no-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Bodies outside the scheme stay unread."""
        assert rows(text) == expected


class TestIdeologicalBlocOfStates:
    """A bloc named by its politics ("leftist", "right-wing") is a camp at home unless the text makes it one
    of states: two member states read into it or a head "of ... states"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A leftist bloc of Latin American states, including Bolivia and Venezuela, walked out of "
                "the OAS vote.",
                [
                    ("A leftist bloc of Latin American states", None, "asserted", None, ["BOL", "VEN"]),
                    ("the OAS", "OAS", "asserted", None, []),
                ],
                id="leftist-of-states",
            ),
            pytest.param(
                "The leftist bloc in parliament walked out before the budget vote.",
                [],
                id="guard-parliament",
            ),
            pytest.param(
                "The right-wing alliance led by the senator won the regional vote in Lombardy.",
                [],
                id="guard-party-alliance",
            ),
            pytest.param(
                "The leftist alliance of Bolivia's miners and farmers won the election.",
                [],
                id="guard-election",
            ),
            pytest.param(
                "The leftist bloc in Latin America, led by Brazil and Mexico, refused to sign the text.",
                [("The leftist bloc", None, "asserted", "BRA", ["BRA", "MEX"])],
                id="leader-after-place",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A political camp of states is a bloc; one of parties stays at home."""
        assert rows(text) == expected


class TestIrregularVerbEndsList:
    """An irregular past-tense verb between two names ends a member list as a regular one does ("Britain's
    RAF struck Houthi targets"): the object's demonym is no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A coalition including the US Air Force and Britain's RAF struck Houthi radar sites.",
                [("A coalition", None, "asserted", None, ["USA", "GBR"])],
                id="struck",
            ),
            pytest.param(
                "A coalition including Britain's navy sank an Iranian fast boat in the strait.",
                [("A coalition", None, "asserted", None, ["GBR"])],
                id="sank",
            ),
            pytest.param(
                "The alliance of the US, Britain's Royal Navy and France patrols the strait.",
                [
                    (
                        "The alliance of the US, Britain's Royal Navy and France",
                        None,
                        "asserted",
                        None,
                        ["USA", "GBR", "FRA"],
                    )
                ],
                id="guard-possessive-item",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The verb closes the list."""
        assert rows(text) == expected
