"""Coalition readings of wire copy, round 92: a lead shared by states ("led jointly by", "which A and B lead",
"with X leading the group"), a standing body's own force or mission that a state commands.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import PolarityRow, Row, polarity_rows, rows


class TestSharedLead:
    """States that share the lead of a coalition are its members and none of them its leader (the record has
    one leader, and "A and B lead it" names no first among them), however the sharing is written: "led
    jointly by", a relative clause "which A and B lead", an absolute "with A and B leading the group". One
    state alone leads."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A coalition led jointly by Britain and France will meet in London on Thursday.",
                [("A coalition led jointly by Britain and France", None, "asserted", None, ["GBR", "FRA"])],
                id="led-jointly-by",
            ),
            pytest.param(
                "The naval coalition, which Italy and Greece lead, escorted four tankers past Aden.",
                [("The naval coalition", None, "asserted", None, ["ITA", "GRC"])],
                id="which-two-lead",
            ),
            pytest.param(
                "The coalition, which Denmark and Norway have jointly led since 2023, pledged more drones.",
                [("The coalition", None, "asserted", None, ["DNK", "NOR"])],
                id="which-two-have-jointly-led",
            ),
            pytest.param(
                "OPEC+ agreed to extend its output cuts into the spring, with Saudi Arabia and Russia leading"
                " the group.",
                [("OPEC+", "OPEC_PLUS", "asserted", None, ["SAU", "RUS"])],
                id="with-two-leading-the-group",
            ),
            pytest.param(
                "OPEC+ left its quotas unchanged on Sunday, with Saudi Arabia leading the group.",
                [("OPEC+", "OPEC_PLUS", "asserted", "SAU", [])],
                id="with-one-leading-the-group",
            ),
            pytest.param(
                "OPEC cut its output again, with Saudi Arabia leading the talks.",
                [("OPEC", "OPEC", "asserted", None, [])],
                id="guard-leading-the-talks",
            ),
            pytest.param(
                "The coalition, which France has led since 2022, met in Paris.",
                [("The coalition", None, "asserted", "FRA", [])],
                id="guard-which-one-has-led",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """States sharing the lead are members; one state alone leads."""
        assert rows(text) == expected


class TestBodysOwnForce:
    """A standing body's force or mission written with its possessive ("the EU's naval force", "NATO's
    mission in Iraq") is the force, not the body: it takes no id of the body, and a state that commands or
    leads it, named after it or after its place, is its leader; without one the body runs it, and a force
    the data knows by its runner and theatre keeps that id."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EU's naval force, commanded by Italy, escorted three grain ships through the strait.",
                [("The EU's naval force, commanded by Italy", None, "asserted", "ITA", [])],
                id="possessive-commanded-by",
            ),
            pytest.param(
                "The European Union's naval mission, led by Greece, has downed a dozen drones since March.",
                [("The European Union's naval mission, led by Greece", None, "asserted", "GRC", [])],
                id="possessive-led-by",
            ),
            pytest.param(
                "NATO's training mission in Iraq, headed by Denmark, will add 300 staff.",
                [("NATO's training mission", None, "asserted", "DNK", [])],
                id="place-then-headed-by",
            ),
            pytest.param(
                "The African Union's mission in Somalia, led by Uganda, lost four soldiers near Baidoa.",
                [("The African Union's mission", "AMISOM", "asserted", "UGA", [])],
                id="known-mission-by-theatre",
            ),
            pytest.param(
                "NATO's peacekeeping force in Kosovo, commanded by Italy, sent two more companies north.",
                [("NATO's peacekeeping force", "KFOR", "asserted", "ITA", [])],
                id="known-force-commanded-past-place",
            ),
            pytest.param(
                "The EU naval force, commanded by Italy, escorted three grain ships.",
                [("The EU naval force, commanded by Italy", None, "asserted", "ITA", [])],
                id="guard-name-before-the-head",
            ),
            pytest.param(
                "Canada leads NATO's battlegroup in Latvia, a post it has held since 2017.",
                [("NATO", "NATO", "asserted", None, ["CAN"])],
                id="guard-battlegroup",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The body's force is the mention, led by the state that commands it."""
        assert rows(text) == expected


class TestPronounJoins:
    """A sentence opened by "It" or "They" that joins a body or is its member ("It joined NATO in 2023")
    stands for the subject that opened the sentence before: one state for "It", two or more for "They". A
    previous sentence opened by anything else (a person, a possessive) gives the body no member, and the
    pronoun of a verb that is no joining ("It said") makes no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Finland ended decades of military non-alignment after the invasion. It joined NATO in April"
                " 2023.",
                [("NATO", "NATO", "asserted", None, ["FIN"])],
                id="it-joined",
            ),
            pytest.param(
                "Sweden and Finland abandoned neutrality within weeks of each other. They have since joined"
                " NATO.",
                [("NATO", "NATO", "asserted", None, ["SWE", "FIN"])],
                id="they-have-since-joined",
            ),
            pytest.param(
                "Indonesia held back for a year. It became a full member of BRICS in January.",
                [("BRICS", "BRICS", "asserted", None, ["IDN"])],
                id="it-became-a-full-member-of",
            ),
            pytest.param(
                "Sweden dropped its neutrality in 2022. It became NATO's 32nd member two years later.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="it-became-the-body-s-member",
            ),
            pytest.param(
                "Egypt hosted the ceasefire talks. It is a member of the Arab League.",
                [("the Arab League", "ARAB_LEAGUE", "asserted", None, ["EGY"])],
                id="it-is-a-member-of",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger expelled French troops. They founded the Alliance of Sahel"
                " States in 2023.",
                [("the Alliance of Sahel States", "AES", "asserted", None, ["MLI", "BFA", "NER"])],
                id="they-founded",
            ),
            pytest.param(
                "The prime minister of Finland met the Swedish king. It joined NATO in 2023.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-person-opens-the-sentence",
            ),
            pytest.param(
                "Finland's president hailed the vote. It joined NATO in 2023.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-possessive-opens-the-sentence",
            ),
            pytest.param(
                "Finland and Sweden applied in 2022. It joined NATO in April 2023.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-it-for-two-states",
            ),
            pytest.param(
                "Russia condemned the drills. It said NATO was a threat to its borders.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-it-said",
            ),
            pytest.param(
                "Sweden dropped neutrality. It became NATO's loudest voice on Ukraine.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-became-no-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """ "It"/"They" joining a body is the subject that opened the sentence before."""
        assert rows(text) == expected


class TestInWhatTheBodyOwns:
    """A subject "part of" or "in" what a body owns ("NATO's partner network", "the EU's energy market") is no
    member of the body; "NATO's 32nd member" still makes one."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan, South Korea, Australia and New Zealand are part of NATO's partner network.",
                [("NATO", "NATO", "asserted", None, [])],
                id="part-of-partner-network",
            ),
            pytest.param(
                "Moldova joined the EU's energy market last year.",
                [("the EU", "EU", "asserted", None, [])],
                id="guard-joined-the-body-s-market",
            ),
            pytest.param(
                "Sweden became NATO's 32nd member in March 2024.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="guard-body-s-nth-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """What the body owns is not the body."""
        assert rows(text) == expected


class TestSubjectPastAListAside:
    """A relative clause or aside after the subject that holds a list of names ("Qatar, which was blockaded
    by Saudi Arabia, the UAE, Bahrain and Egypt, remained in the GCC") is skipped: the subject is the member,
    the names inside the aside are not."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Qatar, which was blockaded by Saudi Arabia, the UAE, Bahrain and Egypt, remained in the"
                " GCC.",
                [("the GCC", "GCC", "asserted", None, ["QAT"])],
                id="which-list-aside",
            ),
            pytest.param(
                "Mali, which was suspended by ECOWAS, the AU and the UN, joined the AES.",
                [
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                    ("the AU", "AU", "asserted", None, []),
                    ("the AES", "AES", "asserted", None, ["MLI"]),
                ],
                id="which-list-of-bodies-aside",
            ),
            pytest.param(
                "Qatar, which was blockaded by Saudi Arabia and Egypt, remained in the GCC.",
                [("the GCC", "GCC", "asserted", None, ["QAT"])],
                id="guard-two-names-aside",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The names inside the aside are no subject."""
        assert rows(text) == expected


class TestStretchingFromPlaceToPlace:
    """States after "stretching/ranging/extending from A to B" say how far the mention reaches ("an axis of
    armed groups stretching from Lebanon to Yemen"): places, no members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iran leads an axis of armed groups stretching from Lebanon to Yemen.",
                [("an axis of armed groups", None, "asserted", "IRN", [])],
                id="stretching-from-state-to-state",
            ),
            pytest.param(
                "Tehran sits at the centre of an alliance of militias extending from Iraq to Lebanon.",
                [("an alliance of militias", None, "asserted", None, [])],
                id="guard-extending-from-state-to-state",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The ends of its reach are places."""
        assert rows(text) == expected


class TestSlashLed:
    """States joined by a slash before "-led" ("a UK/French-led force") both lead: both are members and the
    one named last holds the leader, as of "a British- and French-led coalition"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A UK/French-led force trained Ukrainian crews in Cornwall last spring.",
                [("A UK/French-led force", None, "asserted", "FRA", ["GBR", "FRA"])],
                id="uk-french-led",
            ),
            pytest.param(
                "The US/UK-led coalition struck radar sites near Hodeidah.",
                [("The US/UK-led coalition", None, "asserted", "GBR", ["USA", "GBR"])],
                id="us-uk-led",
            ),
            pytest.param(
                "Leaders of a British- and French-led coalition will meet in Kyiv on Saturday.",
                [("British- and French-led coalition", None, "asserted", "FRA", ["GBR", "FRA"])],
                id="guard-suspended-hyphen",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Both slashed leaders are members."""
        assert rows(text) == expected


class TestListEdges:
    """A list of actors after a mention ends before a comma and a possessive that open its source's clause
    ("between China and Russia, Beijing's foreign ministry said"), and a demonym right before a group's own
    name qualifies that group ("dominated by the Kurdish YPG": the YPG, not the Kurds)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "There is no military alliance between China and Russia, Beijing's foreign ministry said on"
                " Monday.",
                [("no military alliance between China and Russia", None, "negated", None, ["CHN", "RUS"])],
                id="possessive-source-after-list",
            ),
            pytest.param(
                "The SDF, an alliance dominated by the Kurdish YPG, has fought Islamic State since 2015.",
                [("The SDF, an alliance dominated by the Kurdish YPG", "SDF", "asserted", "YPG", [])],
                id="demonym-before-group-name",
            ),
            pytest.param(
                "The alliance is led by the Syrian government.",
                [("The alliance", None, "asserted", "SYR", [])],
                id="guard-demonym-government",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The list stops at the source; the demonym gives way to the name."""
        assert rows(text) == expected


class TestEthnicLeader:
    """An ethnic collective before "-led" ("a Tuareg-led separatist alliance") leads the mention, as "a
    Kurdish-led alliance" does; it is no party's unknown name."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Tuareg-led separatist alliance claimed the ambush near the Algerian border.",
                [("The Tuareg-led separatist alliance", None, "asserted", "TUAREG", [])],
                id="tuareg-led",
            ),
            pytest.param(
                "The Syrian Democratic Forces, a Kurdish-led alliance, control much of the northeast.",
                [("The Syrian Democratic Forces, a Kurdish-led alliance", "SDF", "asserted", "KURDS", [])],
                id="guard-kurdish-led",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The collective leads."""
        assert rows(text) == expected


class TestNeitherMember:
    """ "Neither a member of X nor of Y" denies both memberships: the subject is no member of X."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Bosnia is neither a member of NATO nor of the EU.",
                [("NATO", "NATO", "asserted", None, []), ("the EU", "EU", "asserted", None, [])],
                id="neither-a-member-of",
            ),
            pytest.param(
                "Moldova is neither part of NATO nor of the CSTO.",
                [("NATO", "NATO", "asserted", None, []), ("the CSTO", "CSTO", "asserted", None, [])],
                id="neither-part-of",
            ),
            pytest.param(
                "Neither Serbia nor Bosnia is a member of NATO.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-neither-subjects",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """No member after "neither"."""
        assert rows(text) == expected


class TestArmedBodyInAState:
    """A state's possessive before an ad-hoc body of armed groups the data lists it outside of ("Myanmar's
    Three Brotherhood Alliance") says where the body fights: no member. A body that lists the state keeps
    it ("Iran's Axis of Resistance"), as a standing body does ("Iran's OPEC governor")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Myanmar's Three Brotherhood Alliance of ethnic armed groups seized a border town.",
                [("Three Brotherhood Alliance", "THREE_BROTHERHOOD", "asserted", None, [])],
                id="place-of-armed-alliance",
            ),
            pytest.param(
                "Iran's OPEC governor said output would rise.",
                [("OPEC", "OPEC", "asserted", None, ["IRN"])],
                id="guard-standing-body",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state is the armed body's place."""
        assert rows(text) == expected


class TestAnnouncedAlliance:
    """Actors that "announced an alliance" (or "the formation of" one) are its members, once the gazetteer
    knows them (the TPLF, the Oromo Liberation Army); what "announced" says about a mention already there
    ("announced the alliance had collapsed") makes no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The TPLF and the Oromo Liberation Army announced an alliance against the federal"
                " government.",
                [("an alliance", None, "asserted", None, ["TPLF", "OLA"])],
                id="announced-an-alliance",
            ),
            pytest.param(
                "Russia announced the alliance had collapsed.",
                [("the alliance", None, "asserted", None, [])],
                id="guard-announced-a-clause",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The announcers of a new alliance are its members."""
        assert rows(text) == expected


class TestCompanionsAfterTheBody:
    """Companions after the body ("along with A and B") are members beside the subject, also past a year of
    joining ("joined NATO in 1999, along with Hungary") and when the subject is no actor ("The group ... is
    part of the axis along with Hezbollah and Hamas"); a body after a place word ("Troops in NATO along with
    ...") takes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Poland joined NATO in 1999, along with Hungary and the Czech Republic.",
                [("NATO", "NATO", "asserted", None, ["POL", "HUN", "CZE"])],
                id="past-the-year",
            ),
            pytest.param(
                "The group, which holds most of northern Yemen, is part of the so-called axis of resistance"
                " along with Hezbollah and Hamas.",
                [
                    (
                        "the so-called axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["HEZBOLLAH", "HAMAS"],
                    )
                ],
                id="subject-no-actor",
            ),
            pytest.param(
                "Officers in NATO along with Ukrainian units ran the drill.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-place-word",
            ),
            pytest.param(
                "Kazakhstan is a member of the CSTO along with Russia and Belarus.",
                [("the CSTO", "CSTO", "asserted", None, ["KAZ", "RUS", "BLR"])],
                id="guard-subject-actor",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Companions of a member are members."""
        assert rows(text) == expected


class TestStatesOfABodyJoin:
    """ "The countries of the former Eastern bloc joined NATO": the states of a body joined, not the body, and
    none of them is named; the body joining as itself ("The African Union joined the G20") is a member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The countries of the former Eastern bloc joined NATO in two waves.",
                [
                    ("the former Eastern bloc", "EASTERN_BLOC", "asserted", None, []),
                    ("NATO", "NATO", "asserted", None, []),
                ],
                id="countries-of-a-bloc",
            ),
            pytest.param(
                "The African Union joined the G20 in 2023.",
                [
                    ("The African Union", "AU", "asserted", None, []),
                    ("the G20", "G20", "asserted", None, ["AU"]),
                ],
                id="guard-body-itself",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A body's states are not the body."""
        assert rows(text) == expected


class TestNewBodyDescribed:
    """A known body's descriptive name in lower-case words after "a new" or "a proposed" ("plans to form a new
    Islamic military alliance") describes a body still to be made: no id, and the plan makes it hypothetical.
    The known body named with a count keeps its id."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Riyadh reportedly plans to form a new Islamic military alliance against Iran.",
                [("a new Islamic military alliance", None, "hypothetical", None, ["SAU"])],
                id="a-new-described-body",
            ),
            pytest.param(
                "Saudi Arabia unveiled a 34-nation Islamic military alliance in December 2015.",
                [("a 34-nation Islamic military alliance", "IMCTC", "asserted", None, ["SAU"])],
                id="guard-counted-known-body",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A new body is not the known one."""
        assert rows(text) == expected


class TestEthiopianGroups:
    """Ethiopia's armed groups the gazetteer now knows (the TPLF, the Oromo Liberation Army, the Fano
    militias) are members of the alliances they form."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ethiopia's Fano militia and the OLA have formed a loose alliance.",
                [("a loose alliance", None, "asserted", None, ["FANO", "OLA"])],
                id="fano-and-ola",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The groups are members."""
        assert rows(text) == expected


class TestBetweenUsAndThem:
    """ "Between us and X" in a quotation pairs the speaker's state with X: both are members of the bond the
    quotation denies or asserts."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                '"There is no alliance between us and the Houthis," a Saudi official said.',
                [("no alliance between us and the Houthis", None, "negated", None, ["SAU", "HOUTHIS"])],
                id="between-us-and",
            ),
            pytest.param(
                '"There is no alliance between Riyadh and the Houthis," a Saudi official said.',
                [("no alliance between Riyadh and the Houthis", None, "negated", None, ["SAU", "HOUTHIS"])],
                id="guard-named-pair",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[PolarityRow]) -> None:
        """The speaker's state is the one "us" stands for."""
        assert polarity_rows(text) == expected


class TestKnownGaps:
    """Readings still missed, kept as strict failures so that a fix shows."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "AUKUS partners Australia, Britain and the United States will share missile technology.",
                [("AUKUS partners", "AUKUS", "asserted", None, ["AUS", "GBR", "USA"])],
                id="body-partners-then-list",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="'<body> partners' is no member noun: a body's partners may be outside it",
                ),
            ),
            pytest.param(
                "The Arab coalition fighting in Yemen said it had struck a weapons depot.",
                [("The Arab coalition", "SAUDI_LED_YEMEN", "asserted", None, [])],
                id="arab-coalition-in-yemen",
            ),
            pytest.param(
                "Hezbollah, Hamas and the Houthis form the core of what Iran calls the axis of resistance.",
                [
                    (
                        "the axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["HEZBOLLAH", "HAMAS", "HOUTHIS"],
                    )
                ],
                id="core-of-what-x-calls",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="'form the core of what X calls' puts a clause between the verb and body",
                ),
            ),
            pytest.param(
                "SADC troops, led by South Africa, fought M23 rebels near Goma.",
                [("SADC troops, led by South Africa", None, "asserted", "ZAF", [])],
                id="body-troops-led-by",
                marks=pytest.mark.xfail(
                    strict=True, reason="'troops' after a body's name is no force head of its own"
                ),
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Known misses."""
        assert rows(text) == expected


class TestAppositionNamesMembership:
    """An apposition that makes the states before it a body's members: "both EU and NATO members" (both
    bodies), "both NATO members", and one state's "NATO's newest member"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hungary and Slovakia, both EU and NATO members, have opposed sending jets to Kyiv.",
                [
                    ("EU", "EU", "asserted", None, ["HUN", "SVK"]),
                    ("NATO members", "NATO", "asserted", None, ["HUN", "SVK"]),
                ],
                id="both-two-bodies-members",
            ),
            pytest.param(
                "Sweden, NATO's newest member, sent jets to patrol the Baltic.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="body-s-newest-member",
            ),
            pytest.param(
                "Hungary and Slovakia, both NATO members, have opposed sending jets to Kyiv.",
                [("NATO members", "NATO", "asserted", None, ["HUN", "SVK"])],
                id="guard-both-one-body",
            ),
            pytest.param(
                "Russia, NATO's main foe, warned Finland against new bases.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-body-s-foe",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposition makes the states members."""
        assert rows(text) == expected


class TestDefiniteAllyApposition:
    """A definite "the main US ally" set off after a name makes that name the ally, as "a key US ally"
    already did: both it and the state it is allied to are members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The SDF, the main US ally in Syria, guards thousands of detainees.",
                [("the main US ally", None, "asserted", None, ["USA", "SDF"])],
                id="the-main-ally",
            ),
            pytest.param(
                "Jordan, a key US ally, hosts American troops.",
                [("a key US ally", None, "asserted", None, ["USA", "JOR"])],
                id="guard-a-key-ally",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The name before the apposition is the ally."""
        assert rows(text) == expected
