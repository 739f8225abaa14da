"""Coalition readings of wire copy, round 89: "the pact", "the union", "the movement", "the commonwealth"
and "the community" after a body so named, the nationality of "its" allies, an owned ally named by its
capital, members set off by "also" or "itself", a subject's patron, "its <body>" in a relative clause, "no
member of", and "a capability coalition".

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestPactAndUnionNamedBefore:
    """ "The pact" and "the union" alone re-mention the latest body whose own name holds the noun ("the
    Warsaw Pact", "the Eurasian Economic Union"), and take its members and attributes; with no such body, or
    with labour words in the sentence ("the strike"), they are no mention."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Warsaw Pact was dissolved in 1991. The pact grouped the Soviet Union, Poland and"
                " Hungary.",
                [
                    ("The Warsaw Pact", "WARSAW_PACT", "asserted", None, []),
                    ("The pact", "WARSAW_PACT", "asserted", None, ["SUN", "POL", "HUN"]),
                ],
                id="pact-takes-its-members",
            ),
            pytest.param(
                "Veterans recalled the Warsaw Pact. The pact, set up in 1955 as a counterweight to NATO,"
                " grouped the Soviet Union, Romania and Bulgaria.",
                [
                    ("the Warsaw Pact", "WARSAW_PACT", "asserted", None, []),
                    ("The pact", "WARSAW_PACT", "asserted", None, ["SUN", "ROU", "BGR"]),
                    ("NATO", "NATO", "asserted", None, []),
                ],
                id="pact-members-past-another-body",
            ),
            pytest.param(
                "Leaders of the Eurasian Economic Union met in Astana. The union comprises Russia, Belarus,"
                " Kazakhstan, Kyrgyzstan and Armenia.",
                [
                    ("the Eurasian Economic Union", "EAEU", "asserted", None, []),
                    ("The union", "EAEU", "asserted", None, ["RUS", "BLR", "KAZ", "KGZ", "ARM"]),
                ],
                id="union-comprises",
            ),
            pytest.param(
                "The African Union suspended Gabon on Thursday. The union said the ban would hold until"
                " elections.",
                [
                    ("The African Union", "AU", "asserted", None, []),
                    ("The union", "AU", "asserted", None, []),
                ],
                id="union-says",
            ),
            pytest.param(
                "The EU fined the port operator. The union said the strike would go on.",
                [("The EU", "EU", "asserted", None, [])],
                id="guard-trade-union",
            ),
            pytest.param(
                "Dockers walked out at Antwerp. The union said the strike would go on.",
                [],
                id="guard-no-body-before",
            ),
            pytest.param(
                "The two sides signed the pact in Moscow on Friday.",
                [],
                id="guard-pact-no-body",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A bare "the pact"/"the union" is the body so named before, or nothing."""
        assert rows(text) == expected


class TestNationalityOfItsAllies:
    """A demonym between "its"/"their" and "allies" says what the allies are, not whose: "its Russian
    allies" are Russia, a member, led by whoever "its" stands for, never by Russia."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Syrian army and its Russian allies responded with air strikes on Idlib.",
                [("its Russian allies", None, "asserted", None, ["RUS"])],
                id="unknown-owner",
            ),
            pytest.param(
                "The regime and its Iranian allies pressed on towards the city.",
                [("its Iranian allies", None, "asserted", None, ["IRN"])],
                id="regime-owner",
            ),
            pytest.param(
                "Syria and its Russian allies responded with air strikes on Idlib.",
                [("Syria and its Russian allies", None, "asserted", "SYR", ["SYR", "RUS"])],
                id="guard-known-owner",
            ),
            pytest.param(
                "Washington and its Asian allies held drills off Okinawa.",
                [("Washington and its Asian allies", None, "asserted", "USA", ["USA"])],
                id="guard-region-adjective",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The demonym of "its allies" is a member, not the leader."""
        assert rows(text) == expected


class TestAllyNamedByItsCapital:
    """An owned "ally in <capital>" ("the Kremlin and its ally in Minsk") is that capital's state, by
    metonymy; "allies in" two capitals or more are theirs. One capital after "allies" may be where they meet,
    a place that is no capital where they are, and the owner's own capital is no ally of it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Kremlin and its ally in Minsk were trying to intimidate the Baltic states.",
                [("The Kremlin and its ally", None, "asserted", "RUS", ["RUS", "BLR"])],
                id="and-its-ally-in-capital",
            ),
            pytest.param(
                "Tehran and its ally in Damascus held firm.",
                [("Tehran and its ally", None, "asserted", "IRN", ["IRN", "SYR"])],
                id="capital-owner",
            ),
            pytest.param(
                "Russia and its allies in Minsk and Tehran said nothing.",
                [("Russia and its allies", None, "asserted", "RUS", ["RUS", "BLR", "IRN"])],
                id="allies-in-two-capitals",
            ),
            pytest.param(
                "Russia's allies in Minsk, Tehran and Pyongyang were silent.",
                [("Russia's allies", None, "asserted", "RUS", ["BLR", "IRN", "PRK"])],
                id="possessor-allies-in-three-capitals",
            ),
            pytest.param(
                "Zelensky urged Ukraine's allies in Vilnius to move faster.",
                [("Ukraine's allies", None, "asserted", "UKR", [])],
                id="guard-allies-meet-in-capital",
            ),
            pytest.param(
                "Iran and its allies in Iraq kept up the pressure.",
                [("Iran and its allies", None, "asserted", "IRN", ["IRN"])],
                id="guard-allies-in-a-state",
            ),
            pytest.param(
                "Russia and its allies in Moscow and Minsk said nothing.",
                [("Russia and its allies", None, "asserted", "RUS", ["RUS", "BLR"])],
                id="own-capital-skipped",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A capital after an owned "ally in" names the ally."""
        assert rows(text) == expected


class TestMemberSetOffByAdverb:
    """An apposition that opens with "also", "itself" or "still" before "a member of" ("Rwanda, also a
    member of the EAC") names a member as one without the adverb does; a candidate or a former member is
    none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Rwanda, also a member of the seven-nation EAC, will not contribute troops.",
                [("the seven-nation EAC", "EAC", "asserted", None, ["RWA"])],
                id="also-a-member",
            ),
            pytest.param(
                "Rwanda, itself a member of the EAC, will not contribute troops.",
                [("the EAC", "EAC", "asserted", None, ["RWA"])],
                id="itself-a-member",
            ),
            pytest.param(
                "Kenya and Uganda, also members of the EAC, sent troops to Goma.",
                [("the EAC", "EAC", "asserted", None, ["KEN", "UGA"])],
                id="also-members-pair",
            ),
            pytest.param(
                "Rwanda, now a former member of the EAC, stayed away.",
                [("the EAC", "EAC", "asserted", None, [])],
                id="guard-former-member",
            ),
            pytest.param(
                "Rwanda, a member of the EAC, will not contribute troops.",
                [("the EAC", "EAC", "asserted", None, ["RWA"])],
                id="guard-no-adverb",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """An adverb after the comma keeps the apposition's member."""
        assert rows(text) == expected


class TestPatronIsNoSubject:
    """A state named after "backed by", "funded by" or "armed by" in the subject of a verb of joining or
    belonging ("A militia backed by the UAE joined the alliance") is the subject's patron, no member; a state
    that is the subject itself, with its patron set off in an aside, still joins."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Southern Transitional Council, a separatist group backed by Abu Dhabi, is part of the"
                " new alliance.",
                [("the new alliance", None, "asserted", None, [])],
                id="apposed-group-backed-by",
            ),
            pytest.param(
                "A militia backed by the UAE joined the alliance last month.",
                [("the alliance", None, "asserted", None, [])],
                id="backed-by-before-joined",
            ),
            pytest.param(
                "Militias funded by Iran and Syria joined the alliance.",
                [("the alliance", None, "asserted", None, [])],
                id="funded-by-two-patrons",
            ),
            pytest.param(
                "Egypt, backed by Saudi Arabia, joined the alliance.",
                [("the alliance", None, "asserted", None, ["EGY"])],
                id="guard-state-subject-with-patron-aside",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The patron of the subject is no member."""
        assert rows(text) == expected


class TestItsBodyInRelativeClause:
    """A relative clause on a state that goes on to "its <body>" ("Iran, which backs the group as part of its
    Axis of Resistance") makes the state a member of that body, where the data lists it as one."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iran, which backs both groups as part of its Axis of Resistance, denied directing the"
                " attacks.",
                [("its Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN"])],
                id="axis-of-resistance",
            ),
            pytest.param(
                "Iran, which backs the Houthis as part of its so-called Axis of Resistance, said nothing.",
                [("its so-called Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN"])],
                id="so-called",
            ),
            pytest.param(
                "Brazil, which holds the rotating presidency of its Mercosur bloc, said no.",
                [("its Mercosur bloc", "MERCOSUR", "asserted", None, ["BRA"])],
                id="bloc-noun",
            ),
            pytest.param(
                "Mexico, which once weighed joining its Mercosur neighbours, said no.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="guard-not-in-the-data",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The relative's antecedent owns the body and is a member."""
        assert rows(text) == expected


class TestNoMemberOf:
    """ "is no member of" denies membership as "is not a member of" does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan is no member of NATO.",
                [("NATO", "NATO", "asserted", None, [])],
                id="no-member",
            ),
            pytest.param(
                "Japan, which is no member of NATO, said its Quad partners agreed.",
                [("NATO", "NATO", "asserted", None, []), ("Quad", "QUAD", "asserted", None, ["JPN"])],
                id="no-member-in-relative",
            ),
            pytest.param(
                "Japan is not a member of NATO.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-not-a-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """ "no member of" names no member."""
        assert rows(text) == expected


class TestCapabilityCoalition:
    """The capability coalitions that arm Ukraine are written "a capability coalition": the word is part of
    the mention."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "France and the Netherlands head a capability coalition on artillery.",
                [("a capability coalition", None, "asserted", None, ["FRA", "NLD"])],
                id="capability",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """ "capability" opens the mention."""
        assert rows(text) == expected


class TestMovementCommonwealthCommunity:
    """ "The movement", "the commonwealth" and "the community" alone re-mention a body whose name the text
    spelt out with that noun close before them ("the Non-Aligned Movement ... The movement"); not one named
    by its acronym only ("ECOWAS ... the community"), and never with a modifier ("the international
    community", "a protest movement")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Leaders of the Non-Aligned Movement gathered in Kampala. The movement was founded in 1961.",
                [
                    ("the Non-Aligned Movement", "NON_ALIGNED", "asserted", None, []),
                    ("The movement", "NON_ALIGNED", "asserted", None, []),
                ],
                id="the-movement",
            ),
            pytest.param(
                "Leaders of the Commonwealth of Independent States met on Friday. Ukraine quit the"
                " commonwealth after Russia's invasion.",
                [
                    ("the Commonwealth of Independent States", "CIS", "asserted", None, []),
                    ("the commonwealth", "CIS", "asserted", None, []),
                ],
                id="the-commonwealth",
            ),
            pytest.param(
                "The Economic Community of West African States met in Abuja. The community said Niger must"
                " free its president.",
                [
                    ("The Economic Community of West African States", "ECOWAS", "asserted", None, []),
                    ("The community", "ECOWAS", "asserted", None, []),
                ],
                id="the-community",
            ),
            pytest.param(
                "ECOWAS met in Abuja. The movement of troops worried the community.",
                [("ECOWAS", "ECOWAS", "asserted", None, [])],
                id="guard-acronym-only",
            ),
            pytest.param(
                "The Economic Community of West African States met in Abuja. The international community"
                " said Niger must free its president.",
                [("The Economic Community of West African States", "ECOWAS", "asserted", None, [])],
                id="guard-international-community",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A bare re-mention noun is the body spelt out with it just before."""
        assert rows(text) == expected


class TestAnaphoricAlliesOf:
    """A group anaphor that is the subject of "are allies of X" ("Both countries are treaty allies of the
    United States") takes the states named before, and X joins them, as it does after a named pair."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan and the Philippines signed an access deal on Monday. Both countries are treaty allies"
                " of the United States.",
                [("treaty allies of the United States", None, "asserted", None, ["USA", "JPN", "PHL"])],
                id="both-countries-treaty-allies-of",
            ),
            pytest.param(
                "Japan and the Philippines signed an access deal on Monday. The two countries are close"
                " allies of Washington.",
                [("close allies of Washington", None, "asserted", None, ["USA", "JPN", "PHL"])],
                id="the-two-countries-close-allies-of",
            ),
            pytest.param(
                "Japan and the Philippines signed an access deal on Monday. The two countries are close"
                " allies.",
                [("close allies", None, "asserted", None, ["JPN", "PHL"])],
                id="guard-no-anchor",
            ),
            pytest.param(
                "Japan and the Philippines are allies of the United States.",
                [("allies of the United States", None, "asserted", None, ["JPN", "PHL", "USA"])],
                id="guard-named-pair",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The anchor of "allies of" joins the anaphoric pair."""
        assert rows(text) == expected


class TestRelativeOnIncludedList:
    """A relative clause after a list that a verb of inclusion opens ("includes Fiji, Samoa and the Solomon
    Islands, which signed a pact with Beijing") tells of the list's last item only; after a list that is
    itself the subject, the whole list."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The bloc includes Fiji, Samoa, Tonga and the Solomon Islands, which signed a security pact"
                " with Beijing in 2022.",
                [
                    ("The bloc", None, "asserted", None, ["FJI", "WSM", "TON", "SLB"]),
                    ("a security pact with Beijing", None, "asserted", None, ["CHN", "SLB"]),
                ],
                id="includes",
            ),
            pytest.param(
                "Members include Fiji, Samoa and the Solomon Islands, which signed a security pact with"
                " China.",
                [("a security pact with China", None, "asserted", None, ["CHN", "SLB"])],
                id="members-include",
            ),
            pytest.param(
                "Leaders of Mali, Burkina Faso and Niger, which signed a defence pact in 2023, met in"
                " Niamey.",
                [("a defence pact", None, "asserted", None, ["MLI", "BFA", "NER"])],
                id="guard-whole-list",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Only the last included item signed."""
        assert rows(text) == expected


class TestMembersDenyTheName:
    """A small ad-hoc body's name given to a grouping whose listed members are all but one outside it ("the
    so-called Quad on Sudan, made up of the United States, Saudi Arabia, Egypt and the UAE") is another
    grouping's: the mention keeps its members and loses the id."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The so-called Quad on Sudan, made up of the United States, Saudi Arabia, Egypt and the UAE,"
                " proposed a truce.",
                [("The so-called Quad", None, "asserted", None, ["USA", "SAU", "EGY", "ARE"])],
                id="sudan-quad",
            ),
            pytest.param(
                "The Quad, made up of the United States, Japan, India and Australia, met in Tokyo.",
                [("The Quad", "QUAD", "asserted", None, ["USA", "JPN", "IND", "AUS"])],
                id="guard-indo-pacific-quad",
            ),
            pytest.param(
                "The coalition, called Operation Prosperity Guardian, includes Britain, Bahrain, Canada,"
                " France, Italy, the Netherlands, Norway, Seychelles and Spain.",
                [
                    (
                        "The coalition, called Operation Prosperity Guardian",
                        "OP_PROSPERITY_GUARDIAN",
                        "asserted",
                        None,
                        ["GBR", "BHR", "CAN", "FRA", "ITA", "NLD", "NOR", "SYC", "ESP"],
                    )
                ],
                id="guard-large-coalition",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Members outside a small body deny its name."""
        assert rows(text) == expected


class TestSpeakersOwnBond:
    """A speaker that says "its relations/ties/partnership with X" are (not) an alliance owns the bond: the
    speaker and X are the mention's members, as after "China's relations with Russia"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Beijing said its relations with Moscow were not an alliance.",
                [("an alliance", None, "negated", None, ["CHN", "RUS"])],
                id="said-its-relations",
            ),
            pytest.param(
                "Beijing insists its ties with Moscow are not an alliance.",
                [("an alliance", None, "negated", None, ["CHN", "RUS"])],
                id="insists-its-ties",
            ),
            pytest.param(
                "India says its partnership with the United States is not an alliance.",
                [("an alliance", None, "negated", None, ["IND", "USA"])],
                id="says-its-partnership-the",
            ),
            pytest.param(
                "China's relations with Russia are not an alliance.",
                [("an alliance", None, "negated", None, ["CHN", "RUS"])],
                id="guard-possessive-owner",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The speaker of "its relations with X" is a member."""
        assert rows(text) == expected


class TestBlocSomethingMayLeadTo:
    """An indefinite bloc that something "could draw" states into, "may lead to" or "might pull" a state
    into is supposed, not there: hypothetical. Without the modal it is asserted."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Analysts said the accord could draw other Gulf states into a wider Islamic defence bloc.",
                [("a wider Islamic defence bloc", None, "hypothetical", None, [])],
                id="could-draw-into",
            ),
            pytest.param(
                "The deal may lead to a regional military alliance.",
                [("a regional military alliance", None, "hypothetical", None, [])],
                id="may-lead-to",
            ),
            pytest.param(
                "The accord might pull Qatar into a wider defence bloc.",
                [("a wider defence bloc", None, "hypothetical", None, [])],
                id="might-pull-into",
            ),
            pytest.param(
                "The accord drew Qatar into a wider defence bloc.",
                [("a wider defence bloc", None, "asserted", None, [])],
                id="guard-no-modal",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A bloc only supposed to follow is hypothetical."""
        assert rows(text) == expected
