"""Coalition readings of wire copy, round 93: an era's war named before a lower-case head ("the two Cold War
blocs", "the Korean War coalition"), counts a body grew to, combining forms of states ("Franco-British"),
states seen as a bloc, and blocs opposed to an actor.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from geoquote import find_actors
from tests._coalition_helpers import Row, codes, one_coalition, rows


class TestEraBeforeHead:
    """A capitalised war that names an era ("Cold War", "Korean War", "Second World War", "World War One")
    before a lower-case head belongs to the noun phrase, determiner and count included; the war's own
    number or ordinal is no member count."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The two Cold War blocs faced each other across a divided Berlin for four decades.",
                [("The two Cold War blocs", None, "asserted", None, [])],
                id="cold-war-blocs",
            ),
            pytest.param(
                "The Korean War coalition was led by the United States.",
                [("The Korean War coalition", None, "asserted", "USA", [])],
                id="korean-war-coalition-led-by",
            ),
            pytest.param(
                "World War One allies France and Britain signed the accord in Paris.",
                [("World War One allies", None, "asserted", None, ["FRA", "GBR"])],
                id="world-war-one-allies",
            ),
            pytest.param(
                "The Cold War ended, and the alliance grew to take in most of its old foes.",
                [("the alliance", None, "asserted", None, [])],
                id="guard-war-in-a-clause-before",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The era's words are part of the mention."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "Britain and France were Second World War allies of the Soviet Union.",
                "Second World War allies of the Soviet Union",
                id="second-world-war",
            ),
            pytest.param(
                "World War One allies France and Britain signed the accord in Paris.",
                "World War One allies",
                id="world-war-one",
            ),
        ],
    )
    def test_no_count(self, text: str, surface: str) -> None:
        """The war's ordinal or number counts no members."""
        assert one_coalition(text, surface).member_count is None


class TestGrownToCount:
    """A body said to have grown, expanded or swelled to a number of members right after its name has that
    many ("NATO has expanded to 32 members"); a vague number ("more than 50") and a sum of something else
    ("to 3 billion euros") are no count."""

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "NATO has expanded to 32 members with the accession of Sweden.",
                "NATO",
                32,
                id="has-expanded-to",
            ),
            pytest.param(
                "The bloc swelled to 10 members last year, when Iran and Egypt joined.",
                "The bloc",
                10,
                id="swelled-to",
            ),
            pytest.param("BRICS grew to nine members in January.", "BRICS", 9, id="grew-to-word"),
            pytest.param(
                "The coalition has grown to more than 50 nations since 2014.",
                "The coalition",
                None,
                id="guard-more-than",
            ),
            pytest.param("NATO's budget has grown to 3 billion euros.", "NATO", None, id="guard-not-members"),
        ],
    )
    def test_count(self, text: str, surface: str, count: int | None) -> None:
        """The number the body grew to is its member count."""
        assert one_coalition(text, surface).member_count == count


class TestCombiningForms:
    """A state's combining form before a hyphen ("Franco-", "Anglo-", "Russo-", as "Sino-" already was) names
    that state in a compound ("a Franco-British coalition": France and Britain); alone it names nothing
    ("General Franco")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A Franco-British coalition of the willing is drawing up plans for a reassurance force.",
                [
                    (
                        "A Franco-British coalition of the willing",
                        "UKRAINE_COALITION_OF_THE_WILLING",
                        "asserted",
                        None,
                        ["FRA", "GBR"],
                    )
                ],
                id="franco-british",
            ),
            pytest.param(
                "A Russo-Iranian axis is taking shape in the Caucasus, analysts say.",
                [("A Russo-Iranian axis", None, "asserted", None, ["RUS", "IRN"])],
                id="russo-iranian",
            ),
            pytest.param(
                "An Anglo-American naval alliance patrolled the Gulf in the 1980s.",
                [("An Anglo-American naval alliance", None, "asserted", None, ["GBR", "USA"])],
                id="anglo-american",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Each combining form is its state."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Franco-German engine stalled.", [("Franco", "FRA"), ("German", "DEU")], id="compound"
            ),
            pytest.param("General Franco ruled Spain until 1975.", [("Spain", "ESP")], id="guard-a-person"),
            pytest.param("Franco died in 1975.", [], id="guard-alone"),
        ],
    )
    def test_actors(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Only a combining form right before a hyphen is an actor."""
        assert [(a.text, a.code) for a in find_actors(text)] == expected


class TestSeenAsPredicate:
    """States a passive of seeing or naming ("are increasingly seen as", "are widely regarded as", "were
    described as") says an indefinite bloc is are its members, as with a plain copula; the polarity keeps the
    hedge (or the denial). "opposed to X" after a bloc makes X its adversary, as "hostile to X" does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tehran, Moscow and Beijing are increasingly seen as an axis in the Gulf.",
                [("an axis", None, "hedged", None, ["IRN", "RUS", "CHN"])],
                id="increasingly-seen-as",
            ),
            pytest.param(
                "Russia, China and Iran are widely regarded as a loose alliance of autocracies.",
                [("a loose alliance of autocracies", None, "hedged", None, ["RUS", "CHN", "IRN"])],
                id="widely-regarded-as",
            ),
            pytest.param(
                "Russia and China are not seen as a military bloc by most analysts.",
                [("a military bloc", None, "negated", None, ["RUS", "CHN"])],
                id="not-seen-as",
            ),
            pytest.param(
                "Analysts say Iran and Russia are seen as partners rather than allies.",
                [],
                id="guard-partners-not-allies",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The subjects are the bloc's members."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface", "adversaries"),
        [
            pytest.param(
                "Russia and Iran have formed an alliance opposed to NATO.",
                "an alliance",
                {"NATO"},
                id="alliance-opposed-to",
            ),
            pytest.param(
                "Tehran, Moscow and Beijing are increasingly seen as an axis opposed to the West.",
                "an axis",
                {"WEST"},
                id="axis-opposed-to-the-west",
            ),
            pytest.param(
                "The alliance is opposed to the plan, its secretary general said.",
                "The alliance",
                set(),
                id="guard-opposed-to-no-actor",
            ),
        ],
    )
    def test_adversaries(self, text: str, surface: str, adversaries: set[str]) -> None:
        """What the bloc is opposed to is its adversary."""
        assert codes(one_coalition(text, surface))[2] == adversaries


class TestForceNamedBeforeHead:
    """A force's or mission's own name, one or two capitalised words the gazetteer does not know, between a
    determiner, a possessive or an "X-led" and a lower-case force head, is part of the mention and its label
    ("the French-led Takuba task force"); a day's or month's name is no name of a force. A force or mission
    placed by "in/off <place>" and then said to be led by a state ("is led by Spain") has that leader."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The French-led Takuba task force left Mali last year.",
                [("The French-led Takuba task force", None, "asserted", "FRA", [])],
                id="led-name-task-force",
            ),
            pytest.param(
                "The Atalanta anti-piracy mission, led by Spain, escorted a grain ship.",
                [("The Atalanta anti-piracy mission, led by Spain", None, "asserted", "ESP", [])],
                id="name-mission-led-by",
            ),
            pytest.param(
                "The naval mission off Somalia is led by Spain.",
                [("The naval mission", None, "asserted", "ESP", [])],
                id="place-then-is-led-by",
            ),
            pytest.param(
                "The training mission in Mali was led by Germany until 2024.",
                [("The training mission", None, "asserted", "DEU", [])],
                id="place-then-was-led-by",
            ),
            pytest.param(
                "He said the Tuesday operation was led by Egypt.",
                [("operation", None, "asserted", "EGY", [])],
                id="guard-a-day-is-no-name",
            ),
            pytest.param(
                "The Barkhane counter-terrorism force was withdrawn from Mali in 2022.",
                [],
                id="guard-a-named-force-with-no-lead",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The force's name belongs to the mention."""
        assert rows(text) == expected

    def test_label(self) -> None:
        """The force's name and head are the label."""
        c = one_coalition(
            "The French-led Takuba task force left Mali last year.", "The French-led Takuba task force"
        )
        assert c.label == "Takuba task force"


class TestRegionBeforeHead:
    """A region or sea named by two capitalised words ("Middle East", "Black Sea", "Red Sea") before a
    lower-case head belongs to the mention, so its determiner and modifiers are read ("a Black Sea demining
    coalition" formed by the states before it)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Turkey, Romania and Bulgaria formed a Black Sea demining coalition in January.",
                [("a Black Sea demining coalition", None, "asserted", None, ["TUR", "ROU", "BGR"])],
                id="black-sea",
            ),
            pytest.param(
                "The Red Sea maritime coalition has struggled to deter Houthi attacks.",
                [("The Red Sea maritime coalition", None, "asserted", None, [])],
                id="red-sea",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The region's words are part of the mention."""
        assert rows(text) == expected


class TestNeverMaterialised:
    """A bloc said never to have materialised, taken shape or got off the ground, or to have failed to, is
    denied ("negated"), even when "proposed" or "planned" made it supposed; an indefinite bloc "floated" or
    "proposed" by someone is supposed ("hypothetical")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The proposed Middle East air defence alliance never materialised.",
                [("The proposed Middle East air defence alliance", None, "negated", None, [])],
                id="proposed-never-materialised",
            ),
            pytest.param(
                "The planned alliance failed to materialise.",
                [("The planned alliance", None, "negated", None, [])],
                id="failed-to-materialise",
            ),
            pytest.param(
                "The alliance never got off the ground.",
                [("The alliance", None, "negated", None, [])],
                id="never-got-off-the-ground",
            ),
            pytest.param(
                "A Far East security pact was floated by Moscow.",
                [("A Far East security pact", None, "hypothetical", None, [])],
                id="floated-by",
            ),
            pytest.param(
                "The alliance was proposed by Turkey in 1955 and lasted until 1979.",
                [("The alliance", None, "asserted", None, [])],
                id="guard-definite-proposed",
            ),
            pytest.param(
                "The alliance never lost a war.",
                [("The alliance", None, "asserted", None, [])],
                id="guard-never-something-else",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A bloc that never came to be is negated."""
        assert rows(text) == expected


class TestTheatreNamedBeforeCoalition:
    """A state's name right before "coalition", where a known coalition led by another state fights, is the
    theatre: no leader and no member ("the Yemen coalition" is the Saudi-led one there, with its id when one
    known coalition fits). A demonym or an acronym before the head still names the leader ("the Saudi
    coalition", "the US coalition")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Yemen coalition said it had intercepted two drones over Marib.",
                [("The Yemen coalition", "SAUDI_LED_YEMEN", "asserted", None, [])],
                id="yemen-coalition",
            ),
            pytest.param(
                "The Syria coalition struck Islamic State targets near Raqqa.",
                [("The Syria coalition", "US_LED_ANTI_ISIS", "asserted", None, [])],
                id="syria-coalition",
            ),
            pytest.param(
                "The Iraq coalition, led by the United States, toppled Saddam Hussein in 2003.",
                [("The Iraq coalition, led by the United States", "US_LED_IRAQ_2003", "asserted", "USA", [])],
                id="iraq-coalition-led-by",
            ),
            pytest.param(
                "The Saudi coalition struck the airport in Sanaa.",
                [("The Saudi coalition", "SAUDI_LED_YEMEN", "asserted", "SAU", ["SAU"])],
                id="guard-demonym-leads",
            ),
            pytest.param(
                "The US coalition struck Islamic State targets near Raqqa.",
                [("The US coalition", "US_LED_ANTI_ISIS", "asserted", "USA", ["USA"])],
                id="guard-acronym-leads",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The theatre is no party to the coalition."""
        assert rows(text) == expected


class TestBondDeniedAndSubCounts:
    """A state that denies its own bond with another is an alliance ("Beijing denied that its partnership with
    Moscow amounted to an alliance") gives both states as members of the denied alliance, as "said its
    relations with X were not" did. A small number before a body's members ("The two NATO allies") counts
    some of them, not the body."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Beijing denied that its partnership with Moscow amounted to an alliance.",
                [("an alliance", None, "negated", None, ["CHN", "RUS"])],
                id="denied-its-bond",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The owner of the bond and its partner are the members."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "The two NATO allies held talks in Ankara.", "The two NATO allies", None, id="two-of-32"
            ),
            pytest.param(
                "The 32 NATO allies agreed on a new spending target.",
                "The 32 NATO allies",
                32,
                id="guard-all-32",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int | None) -> None:
        """Only a count near the body's own is its member count."""
        assert one_coalition(text, surface).member_count == count


class TestMutualDefenceAgreement:
    """An "agreement" of mutual or collective defence, security or assistance is a pact of alliance between
    its parties ("signed a strategic mutual defence agreement"); other agreements ("a defence cooperation
    agreement", "a trade agreement") are none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Pakistan and Saudi Arabia signed a strategic mutual defence agreement on Wednesday.",
                [("a strategic mutual defence agreement", None, "asserted", None, ["PAK", "SAU"])],
                id="signed-mutual-defence-agreement",
            ),
            pytest.param(
                "Russia and North Korea ratified their mutual assistance agreement in November.",
                [("their mutual assistance agreement", None, "asserted", None, ["RUS", "PRK"])],
                id="their-mutual-assistance-agreement",
            ),
            pytest.param(
                "The two countries signed a defence cooperation agreement in Manila.",
                [],
                id="guard-defence-cooperation",
            ),
            pytest.param("The agreement was signed in Riyadh.", [], id="guard-bare-agreement"),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A mutual defence agreement is a pact."""
        assert rows(text) == expected


class TestAllyAppositionPastAPlace:
    """The state named in an apposition after "X's closest ally" is the ally also when the ally's place comes
    first ("Washington's closest ally in the region, Israel,"); states apposed as "close" or "key" partners in
    a body are its members ("Riyadh and Abu Dhabi, close partners in the Saudi-led coalition,"), as "both
    members of" already made them; "once partners" (former ones) makes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Washington's closest ally in the region, Israel, received more bombs.",
                [("Washington's closest ally", None, "asserted", None, ["USA", "ISR"])],
                id="ally-in-the-region-then-name",
            ),
            pytest.param(
                "Moscow's main ally in the Caucasus, Armenia, has turned to the West.",
                [("Moscow's main ally", None, "asserted", None, ["RUS", "ARM"])],
                id="ally-in-a-region-then-name",
            ),
            pytest.param(
                "Riyadh and Abu Dhabi, close partners in the Saudi-led coalition, now back rival factions.",
                [("the Saudi-led coalition", None, "asserted", "SAU", ["SAU", "ARE"])],
                id="close-partners-in",
            ),
            pytest.param(
                "Brazil and Argentina, key partners in Mercosur, disagree over the deal.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["BRA", "ARG"])],
                id="key-partners-in",
            ),
            pytest.param(
                "Riyadh and Abu Dhabi, once partners in the coalition, now back rival factions.",
                [("the coalition", None, "asserted", None, [])],
                id="guard-once-partners",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed states are the ally or the members."""
        assert rows(text) == expected


class TestUnledCoalitionByTheatre:
    """A definite coalition with no leader, described only by a region's demonym or its backer ("the Arab
    coalition", "the Western-backed coalition"), takes the id of the one known coalition whose theatre its
    sentence names ("fighting in Yemen"); with no theatre named, or another modifier, it takes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Aid groups say the Western-backed coalition bombing Yemen has hit farms and clinics.",
                [("the Western-backed coalition", "SAUDI_LED_YEMEN", "asserted", None, [])],
                id="western-backed-in-yemen",
            ),
            pytest.param(
                "Officials of the Gulf coalition said two drones launched from Yemen were shot down.",
                [("the Gulf coalition", "SAUDI_LED_YEMEN", "asserted", None, [])],
                id="gulf-coalition-yemen",
            ),
            pytest.param(
                "The Western-backed coalition met in Rome to discuss aid.",
                [("The Western-backed coalition", None, "asserted", None, [])],
                id="guard-no-theatre",
            ),
            pytest.param(
                "The new coalition said it would patrol the waters off Yemen.",
                [("The new coalition", None, "asserted", None, [])],
                id="guard-another-modifier",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The theatre names the known coalition."""
        assert rows(text) == expected


class TestAdmittedAsMemberAndSharedMemberNoun:
    """A state "admitted" or "accepted as", or that "joined as", a body's numbered or newest member is its
    member, as one that "became" it already was ("Indonesia was admitted as BRICS's 10th full member"). A
    state apposed to two bodies that share one member noun ("Hungary, a NATO and EU member,") is a member of
    both, as of one body ("Hungary, an EU member,"); a candidate or observer of the second body after "a
    <body> member and" is none of it ("Turkey, a NATO member and EU candidate,")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Indonesia was admitted as BRICS's 10th full member in January.",
                [("BRICS", "BRICS", "asserted", None, ["IDN"])],
                id="was-admitted-as",
            ),
            pytest.param(
                "Sweden formally joined as NATO's 32nd member in March.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="joined-as",
            ),
            pytest.param(
                "Ukraine was admitted as NATO's partner in 2020.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-admitted-as-partner",
            ),
            pytest.param(
                "Hungary, a NATO and EU member, has kept buying Russian gas.",
                [
                    ("a NATO", "NATO", "asserted", None, ["HUN"]),
                    ("EU member", "EU", "asserted", None, ["HUN"]),
                ],
                id="two-bodies-one-member-noun",
            ),
            pytest.param(
                "Serbia, an EU candidate and CSTO observer, abstained.",
                [("EU", "EU", "asserted", None, []), ("CSTO", "CSTO", "asserted", None, [])],
                id="guard-candidate-and-observer",
            ),
            pytest.param(
                "Turkey, a NATO member and EU candidate, hosts the summit.",
                [("NATO member", "NATO", "asserted", None, ["TUR"]), ("EU", "EU", "asserted", None, [])],
                id="member-then-candidate",
            ),
            pytest.param(
                "Kazakhstan, a CSTO member and SCO founder, hosted the talks.",
                [
                    ("CSTO member", "CSTO", "asserted", None, ["KAZ"]),
                    ("SCO", "SCO", "asserted", None, ["KAZ"]),
                ],
                id="guard-member-then-founder",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed or admitted state is the member."""
        assert rows(text) == expected


class TestClaimsAboutOwnBondRejected:
    """Others' word about a state's own bond, rejected or denied by that state ("rejects claims that its ties
    with Pyongyang amount to a military alliance"), gives both states as members of the denied alliance, as a
    plain denial does; a denial needs no "that" before a clause opened by "its" ("denied its partnership with
    Baku was a formal alliance")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Moscow rejects claims that its ties with Pyongyang amount to a military alliance.",
                [("a military alliance", None, "negated", None, ["RUS", "PRK"])],
                id="rejects-claims-that-its-ties",
            ),
            pytest.param(
                "Ankara dismissed reports that its partnership with Baku was a formal alliance.",
                [("a formal alliance", None, "negated", None, ["TUR", "AZE"])],
                id="dismissed-reports-that-its-partnership",
            ),
            pytest.param(
                "Ankara denied its partnership with Baku was a formal alliance.",
                [("a formal alliance", None, "negated", None, ["TUR", "AZE"])],
                id="denied-without-that",
            ),
            pytest.param(
                "Ankara said its partnership with Baku was a formal alliance.",
                [("a formal alliance", None, "asserted", None, ["TUR", "AZE"])],
                id="guard-said-without-that",
            ),
            pytest.param(
                "Hungary rejected its neighbours' call for a military alliance.",
                [("a military alliance", None, "hypothetical", None, [])],
                id="guard-rejected-its-call-for",
            ),
            pytest.param(
                "Analysts dismissed talk of an alliance between the two juntas.",
                [("an alliance", None, "negated", None, [])],
                id="guard-no-bond-owner",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The owner of the bond and its partner are the members."""
        assert rows(text) == expected
