"""Coalition readings of wire copy, round 64: Latin American blocs and their press, Pacific and Indo-Pacific
groupings, South Asian bodies and the Sahel confederation, and the member nouns after a body's name.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestMemberStatesAfterName:
    """ "<body> member states" (or "member state", "member countries") is one noun phrase: its surface runs to
    the head noun, not to "member", and a state apposed to it is still the body's member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "CSTO member states opened a week of staff drills near Dushanbe on Monday.",
                [("CSTO member states", "CSTO", "asserted", None, [])],
                id="member-states",
            ),
            pytest.param(
                "Mercosur member countries agreed in Asuncion to lower the common external tariff.",
                [("Mercosur member countries", "MERCOSUR", "asserted", None, [])],
                id="member-countries",
            ),
            pytest.param(
                "Kazakhstan, a CSTO member state, flew a company of peacekeepers to the capital.",
                [("CSTO member state", "CSTO", "asserted", None, ["KAZ"])],
                id="apposed-singular",
            ),
            pytest.param(
                "Two CSTO members, Armenia and Kyrgyzstan, stayed away from the summit in Minsk.",
                [("CSTO members", "CSTO", "asserted", None, ["ARM", "KGZ"])],
                id="guard-members",
            ),
            pytest.param(
                "Armenia is a CSTO member but has frozen its part in the bloc's work.",
                [
                    ("CSTO member", "CSTO", "asserted", None, ["ARM"]),
                    ("the bloc", "CSTO", "asserted", None, []),
                ],
                id="guard-member-alone",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The member noun after the name belongs to the mention's surface."""
        assert rows(text) == expected


class TestApposedTreaty:
    """A treaty, pact or accord apposed to a body's name ("ANZUS, the 1951 treaty linking A, B and C") is
    what the name stands for: the states it links are the body's members, as those of an apposed format
    already were; one state alone, or none, gives no members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "ANZUS, the 1951 treaty linking Australia, New Zealand and the United States, still binds "
                "Canberra, the minister told parliament.",
                [("ANZUS", "ANZUS", "asserted", None, ["AUS", "NZL", "USA"])],
                id="the-treaty-linking",
            ),
            pytest.param(
                "Mercosur, the customs pact between Argentina, Brazil, Paraguay and Uruguay, marks 35 years "
                "in March.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["ARG", "BRA", "PRY", "URY"])],
                id="the-pact-between",
            ),
            pytest.param(
                "The Lublin Triangle, a trilateral format of Poland, Lithuania and Ukraine, met in Vilnius.",
                [("The Lublin Triangle", "LUBLIN_TRIANGLE", "asserted", None, ["POL", "LTU", "UKR"])],
                id="guard-format-of",
            ),
            pytest.param(
                "The EU, the chief sponsor of the accord between Kyiv and Moscow, kept silent on Sunday.",
                [("The EU", "EU", "asserted", None, [])],
                id="guard-accord-not-apposed",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states the apposed treaty links are the body's members."""
        assert rows(text) == expected


class TestApposedMemberWithAdverb:
    """A state with an apposed "<body> member" is its member also when an adverb opens the apposition
    ("Bolivia, now a full Mercosur member, ..."; "itself", "also", "still"); a status short of membership
    after the same adverb gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Bolivia, now a full Mercosur member, has two years to adopt the common external tariff.",
                [("Mercosur member", "MERCOSUR", "asserted", None, ["BOL"])],
                id="now-a-full-member",
            ),
            pytest.param(
                "Turkey, itself a NATO member, held up the statement for a day.",
                [("NATO member", "NATO", "asserted", None, ["TUR"])],
                id="itself-a-member",
            ),
            pytest.param(
                "Slovakia, also an EU member state, joined the veto on Thursday.",
                [("EU member state", "EU", "asserted", None, ["SVK"])],
                id="also-a-member-state",
            ),
            pytest.param(
                "Rwanda, an EAC member, closed its border crossing at Gisenyi.",
                [("EAC member", "EAC", "asserted", None, ["RWA"])],
                id="guard-no-adverb",
            ),
            pytest.param(
                "Chile, still a Mercosur associate, sent only its deputy minister.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="guard-still-an-associate",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The adverb before the apposed member noun keeps the state a member."""
        assert rows(text) == expected


class TestFoundedUnderLeadership:
    """ "under the leadership of X" after a participle of founding ("was founded in 2008 under the leadership
    of Brazil", ", formed under Moscow's leadership") names the body's leader, as it does after "meeting"; a
    presidency or chair there is a member's turn in office, and "under pressure from" names no one."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "UNASUR was founded in 2008 under the leadership of Brazil, diplomats in Quito recalled.",
                [("UNASUR", "UNASUR", "asserted", "BRA", [])],
                id="founded-in-year-under-the-leadership-of",
            ),
            pytest.param(
                "The ALBA bloc, set up under Venezuela's leadership, lost Ecuador and Bolivia for a time.",
                [("The ALBA bloc", "ALBA", "asserted", "VEN", [])],
                id="set-up-under-possessive-leadership",
            ),
            pytest.param(
                "CELAC was launched in 2011 under the presidency of Venezuela at a summit in Caracas.",
                [("CELAC", "CELAC", "asserted", None, ["VEN"])],
                id="launched-under-a-presidency-a-member",
            ),
            pytest.param(
                "The coalition was formed under pressure from Washington after the raid on the port.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-under-pressure",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The holder of the leadership the body was founded under is its leader."""
        assert rows(text) == expected


class TestPossessedMembersAfterDash:
    """A body's members named after a spaced hyphen, the wire's dash ("The Quad's four members - the US,
    Japan, ..."), or after a bare "members" with no count, are its members as after a comma or an em dash."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Quad's four members - Japan, India, Australia and the US - pledged a billion doses.",
                [("The Quad", "QUAD", "asserted", None, ["JPN", "IND", "AUS", "USA"])],
                id="counted-members-spaced-hyphen",
            ),
            pytest.param(
                "The Quad's members - Japan, India, Australia and the US - named a new working group.",
                [("The Quad", "QUAD", "asserted", None, ["JPN", "IND", "AUS", "USA"])],
                id="bare-members-spaced-hyphen",
            ),
            pytest.param(
                "The bloc's members, Brazil above all, want a separate trade deal with Beijing.",
                [("The bloc", None, "asserted", None, ["BRA"])],
                id="bare-members-comma",
            ),
            pytest.param(
                "The Quad's four members, Japan, India, Australia and the US, pledged a billion doses.",
                [("The Quad", "QUAD", "asserted", None, ["JPN", "IND", "AUS", "USA"])],
                id="guard-counted-members-comma",
            ),
            pytest.param(
                "NATO's members, the minister told reporters, must spend more on air defence.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-no-state-after",
            ),
            pytest.param(
                "The bloc's former members - Venezuela and Ecuador - were not invited to Asuncion.",
                [("The bloc", None, "asserted", None, [])],
                id="guard-former-members",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states after the dash are the body's members."""
        assert rows(text) == expected


class TestInWhichRelative:
    """A relative clause opened by "in which" or "where" after a body names its members when its verb makes
    them members or gives them a seat ("in which Pakistan and India both sit"), as one opened by "of which"
    did; a clause whose verb is no membership names none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Shanghai Cooperation Organisation, in which Pakistan and India both sit, gathers in "
                "Tianjin next week.",
                [("The Shanghai Cooperation Organisation", "SCO", "asserted", None, ["PAK", "IND"])],
                id="in-which-both-sit",
            ),
            pytest.param(
                "The SCO, where Islamabad and New Delhi take part as full members, rejected the draft.",
                [("The SCO", "SCO", "asserted", None, ["PAK", "IND"])],
                id="where-take-part",
            ),
            pytest.param(
                "SAARC, in which Afghanistan is also a member, has not met at summit level since 2014.",
                [("SAARC", "SAARC", "asserted", None, ["AFG"])],
                id="in-which-is-a-member",
            ),
            pytest.param(
                "The SCO, in which Mongolia has long had observer status, met in Astana in July.",
                [("The SCO", "SCO", "asserted", None, [])],
                id="guard-observer-status",
            ),
            pytest.param(
                "NATO, in which Turkey fields the second-largest army, meets in The Hague.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-other-verb",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The subject of a membership verb in the relative clause is a member."""
        assert rows(text) == expected


class TestRioTreaty:
    """The Inter-American Treaty of Reciprocal Assistance (the Rio Treaty, TIAR) is a known standing body
    under each of its names; "Rio" alone, or in a festival's name, is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Bogota asked the OAS council to activate the TIAR after the raid across its border.",
                [
                    ("the OAS", "OAS", "asserted", None, []),
                    ("the TIAR", "RIO_TREATY", "asserted", None, []),
                ],
                id="acronym",
            ),
            pytest.param(
                "The Rio Treaty has been invoked only a handful of times since ministers signed it.",
                [("The Rio Treaty", "RIO_TREATY", "asserted", None, [])],
                id="short-name",
            ),
            pytest.param(
                "Mexico left the Inter-American Treaty of Reciprocal Assistance in 2004, calling it dated.",
                [("the Inter-American Treaty of Reciprocal Assistance", "RIO_TREATY", "asserted", None, [])],
                id="full-name-left",
            ),
            pytest.param(
                "The band closed Rock in Rio on Saturday before a crowd of 100,000.",
                [],
                id="guard-festival",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Each name of the treaty is the treaty's mention."""
        assert rows(text) == expected


class TestSatellitesAndVassals:
    """The hostile press's "satellites" and "vassals" after "<actor> and its/their" are that actor's allies,
    read as "the US and its allies" is; elsewhere (a launch, a firm's fleet) they are no head."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The US and its satellites are dragging Europe into a war with Russia, the embassy wrote.",
                [("US and its satellites", None, "asserted", "USA", ["USA"])],
                id="its-satellites",
            ),
            pytest.param(
                "Washington and its vassals in Europe keep shipping shells to Kyiv, the spokeswoman said.",
                [("Washington and its vassals", None, "asserted", "USA", ["USA"])],
                id="its-vassals-capital",
            ),
            pytest.param(
                "The US and its allies keep dragging Europe into a war with Russia, the embassy wrote.",
                [("US and its allies", None, "asserted", "USA", ["USA"])],
                id="guard-its-allies",
            ),
            pytest.param(
                "China put two weather satellites into orbit from Jiuquan on Tuesday.",
                [],
                id="guard-launch",
            ),
            pytest.param(
                "The operator and its satellites were sold to a fund in Luxembourg.",
                [],
                id="guard-no-actor-before",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The word stands for allies only after an actor and a possessive."""
        assert rows(text) == expected


class TestListApposedBetweenDashes:
    """A body apposed to the list that opens the sentence between dashes ("Mali, Burkina Faso and Niger - the
    three AES countries - have ...") takes the list as its members, as it does between commas; a body that
    only modifies a rival noun ("the NATO rivals") takes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Mali, Burkina Faso and Niger - the three AES countries - ordered the French envoy out.",
                [("the three AES countries", "AES", "asserted", None, ["MLI", "BFA", "NER"])],
                id="spaced-hyphens",
            ),
            pytest.param(
                "Egypt, Saudi Arabia, the UAE and Bahrain — the Arab Quartet — drew up thirteen demands.",
                [("the Arab Quartet", "ARAB_QUARTET", "asserted", None, ["EGY", "SAU", "ARE", "BHR"])],
                id="em-dashes",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger -- the three AES states -- will issue a common passport.",
                [("the three AES states", "AES", "asserted", None, ["MLI", "BFA", "NER"])],
                id="double-hyphens",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger, the three AES countries, ordered the French envoy out.",
                [("the three AES countries", "AES", "asserted", None, ["NER", "MLI", "BFA"])],
                id="guard-commas",
            ),
            pytest.param(
                "Russia and China - the NATO rivals - staged joint naval drills off Japan.",
                [("the NATO", "NATO", "asserted", None, [])],
                id="guard-body-as-modifier",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The list before the dashes is the apposed body's members."""
        assert rows(text) == expected


class TestBreakawayModifier:
    """ "breakaway", "splinter", "rump" and "upstart" modify a bloc noun as "new" or "rival" do, so the
    phrase is a mention ("the breakaway Sahel bloc"); a bloc of lawmakers stays domestic."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The breakaway Sahel bloc has launched a joint investment bank in Bamako.",
                [("The breakaway Sahel bloc", None, "asserted", None, [])],
                id="breakaway",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger formed a breakaway bloc after walking out of ECOWAS.",
                [
                    ("a breakaway bloc", None, "asserted", None, ["MLI", "BFA", "NER"]),
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                ],
                id="formed-a-breakaway-bloc",
            ),
            pytest.param(
                "The rump alliance, down to two states, met in Caracas on Friday.",
                [("The rump alliance", None, "asserted", None, [])],
                id="rump",
            ),
            pytest.param(
                "A breakaway bloc of Conservative MPs voted against the budget on Tuesday night.",
                [],
                id="guard-lawmakers",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The modifier keeps the bloc noun a mention."""
        assert rows(text) == expected


class TestWelcomedInSupposition:
    """A bloc a state "would welcome" (or "would support", "would back") or "favours", "advocates", is only
    supposed: an indefinite one is hypothetical, as one it "wants" already was; a definite or named body
    welcomed so stays asserted, and "supports" with no modal is no supposition."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Islamabad would welcome a security alliance with China, a retired general wrote in Dawn.",
                [("a security alliance with China", None, "hypothetical", None, ["CHN"])],
                id="would-welcome",
            ),
            pytest.param(
                "Dhaka favours a looser trade bloc around the Bay of Bengal, its commerce adviser said.",
                [("a looser trade bloc", None, "hypothetical", None, [])],
                id="favours",
            ),
            pytest.param(
                "Several think tanks in Kathmandu advocate a regional security pact for South Asia.",
                [("a regional security pact", None, "hypothetical", None, [])],
                id="advocate",
            ),
            pytest.param(
                "The US supports a coalition of Gulf states against the Houthis, the envoy said.",
                [("a coalition of Gulf states", None, "asserted", None, [])],
                id="guard-supports-no-modal",
            ),
            pytest.param(
                "New Delhi would welcome a stronger Quad, the foreign secretary told reporters.",
                [("Quad", "QUAD", "asserted", None, [])],
                id="guard-named-body",
            ),
        ],
    )
    def test_polarity(self, text: str, expected: list[Row]) -> None:
        """The supposed bloc is hypothetical; a named one stays asserted."""
        assert rows(text) == expected
