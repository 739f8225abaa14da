"""Coalition readings of wire copy, round 40: shared leads, possessed objects, Indo-Pacific and Sahel blocs.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from geoquote import analyze

from ._coalition_helpers import PolarityRow, polarity_rows

FoeRow = tuple[str, str | None, str, str | None, list[str], list[str]]


def foe_rows(text: str) -> list[FoeRow]:
    """The rows of :func:`polarity_rows` with each mention's adversaries (codes, or names when unresolved)."""
    return [
        (*row, [a.code or a.name for a in c.adversaries])
        for row, c in zip(polarity_rows(text), analyze(f"World news\n\n{text}").coalitions, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Britain and France are leading a coalition of the willing to back Kyiv.",
            [
                (
                    "a coalition of the willing",
                    "UKRAINE_COALITION_OF_THE_WILLING",
                    "asserted",
                    None,
                    ["GBR", "FRA"],
                )
            ],
            id="two-states-are-leading",
        ),
        pytest.param(
            "The United States and Britain lead a coalition against the Houthis.",
            [("a coalition", None, "asserted", None, ["USA", "GBR"])],
            id="two-states-lead",
        ),
        pytest.param(
            "Britain and France led the coalition of the willing through its first winter.",
            [
                (
                    "the coalition of the willing",
                    "UKRAINE_COALITION_OF_THE_WILLING",
                    "asserted",
                    None,
                    ["GBR", "FRA"],
                )
            ],
            id="two-states-led-past",
        ),
        pytest.param(
            "Denmark, Latvia and Sweden have led the drone coalition since February.",
            [("the drone coalition", "DRONE_COALITION", "asserted", None, ["DNK", "LVA", "SWE"])],
            id="three-states-have-led",
        ),
        pytest.param(
            "Germany and Britain co-chair the Ukraine Defense Contact Group.",
            [("the Ukraine Defense Contact Group", "UDCG", "asserted", None, ["DEU", "GBR"])],
            id="two-states-co-chair",
        ),
        pytest.param(
            "Kenya co-chairs the coalition alongside a rotating partner.",
            [("the coalition", None, "asserted", None, ["KEN"])],
            id="one-state-co-chairs",
        ),
        pytest.param(
            "Britain is leading a coalition of the willing to back Kyiv.",
            [("a coalition of the willing", "UKRAINE_COALITION_OF_THE_WILLING", "asserted", "GBR", [])],
            id="guard-one-state-is-leading",
        ),
        pytest.param(
            "France, which leads the coalition, sent its foreign minister.",
            [("the coalition", None, "asserted", "FRA", [])],
            id="guard-which-leads",
        ),
        pytest.param(
            "France took the lead in a coalition of European navies.",
            [],
            id="guard-the-noun-lead",
        ),
    ],
)
def test_states_sharing_the_lead(text: str, expected: list[PolarityRow]) -> None:
    """States joined by "and" that lead a coalition, or one that co-chairs it, are members, not its leader."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canada leads NATO's battlegroup in Latvia.",
            [("NATO", "NATO", "asserted", None, ["CAN"])],
            id="leads-the-body-s-unit",
        ),
        pytest.param(
            "Hungary, which leads the alliance's peacekeeping force in Kosovo, sent two more companies.",
            [("the alliance", None, "asserted", None, ["HUN"])],
            id="which-leads-the-body-s-unit",
        ),
        pytest.param(
            "Greece is leading the EU's naval mission off Yemen.",
            [("the EU", "EU", "asserted", None, ["GRC"])],
            id="is-leading-the-body-s-mission",
        ),
        pytest.param(
            "Canada leads the multinational coalition in Latvia.",
            [("the multinational coalition", None, "asserted", "CAN", [])],
            id="guard-leads-the-coalition-itself",
        ),
    ],
)
def test_a_member_leading_a_unit_of_the_body(text: str, expected: list[PolarityRow]) -> None:
    """A state that leads a body's unit ("NATO's battlegroup") is a member of the body, not its leader."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The bloc's three members, Mali, Burkina Faso and Niger, pooled their troops into one force.",
            [("The bloc", None, "asserted", None, ["MLI", "BFA", "NER"])],
            id="counted-members-then-the-list",
        ),
        pytest.param(
            "Mercosur's two largest economies, Brazil and Argentina, split over the tariff schedule.",
            [("Mercosur", "MERCOSUR", "asserted", None, ["BRA", "ARG"])],
            id="ranked-economies-then-the-list",
        ),
        pytest.param(
            "OPEC's two biggest producers, Saudi Arabia and Iraq, argued for a rollover.",
            [("OPEC", "OPEC", "asserted", None, ["SAU", "IRQ"])],
            id="ranked-producers-then-the-list",
        ),
        pytest.param(
            "The EU's founding members, France and Germany, backed the budget plan.",
            [("The EU", "EU", "asserted", None, ["FRA", "DEU"])],
            id="founding-members-then-the-list",
        ),
        pytest.param(
            "NATO's rival powers, Russia and China, held joint naval drills.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-rival-powers",
        ),
        pytest.param(
            "The EU's neighbouring states, Serbia and Moldova, were invited to the summit.",
            [("The EU", "EU", "asserted", None, [])],
            id="guard-neighbouring-states",
        ),
        pytest.param(
            "The alliance's members, however, could not agree.",
            [("The alliance", None, "asserted", None, [])],
            id="guard-an-aside-and-no-list",
        ),
    ],
)
def test_possessed_members_named_in_apposition(text: str, expected: list[PolarityRow]) -> None:
    """A body's counted or ranked members ("the bloc's three members, A, B and C,") are members."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brazil and Argentina, Mercosur's two largest economies, clashed over the common tariff.",
            [("Mercosur", "MERCOSUR", "asserted", None, ["BRA", "ARG"])],
            id="list-then-ranked-economies",
        ),
        pytest.param(
            "Poland and Romania, NATO's eastern flank states, asked for more air defences.",
            [("NATO", "NATO", "asserted", None, ["POL", "ROU"])],
            id="list-then-flank-states",
        ),
        pytest.param(
            "Mali, Burkina Faso and Niger, the bloc's three members, announced a joint battalion.",
            [("the bloc", None, "asserted", None, ["MLI", "BFA", "NER"])],
            id="list-then-counted-members",
        ),
        pytest.param(
            "Russia and China, NATO's rival powers, held joint naval drills.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-list-then-rival-powers",
        ),
        pytest.param(
            "Mr Ostrander, OPEC's former research chief, said prices would rise.",
            [("OPEC", "OPEC", "asserted", None, [])],
            id="guard-a-person-then-a-post",
        ),
    ],
)
def test_a_list_apposed_to_possessed_members(text: str, expected: list[PolarityRow]) -> None:
    """A list followed by a body's counted or ranked members in apposition ("A and B, X's two largest
    economies,") names members of the body."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Quad is often described as a counterweight to China in the Indian Ocean.",
            [("The Quad", "QUAD", "asserted", None, [], ["CHN"])],
            id="counterweight-to",
        ),
        pytest.param(
            "ASEAN members hope to counterbalance Chinese influence with closer ties to Tokyo.",
            [("ASEAN members", "ASEAN", "asserted", None, [], ["CHN"])],
            id="to-counterbalance",
        ),
        pytest.param(
            "European officials say the coalition of the willing would deter Russia from a new offensive.",
            [
                (
                    "the coalition of the willing",
                    "UKRAINE_COALITION_OF_THE_WILLING",
                    "asserted",
                    None,
                    [],
                    ["RUS"],
                )
            ],
            id="would-deter",
        ),
        pytest.param(
            "NATO's confrontation with Russia has deepened since the drone incursions.",
            [("NATO", "NATO", "asserted", None, [], ["RUS"])],
            id="confrontation-with",
        ),
        pytest.param(
            "The coalition launched airstrikes on Houthi positions around Hodeidah.",
            [("The coalition", None, "asserted", None, [], ["HOUTHIS"])],
            id="airstrikes-on",
        ),
        pytest.param(
            "The US-led coalition kept bombing Islamic State targets in the desert.",
            [("The US-led coalition", "US_LED_ANTI_ISIS", "asserted", "USA", [], ["ISIS"])],
            id="bombing-a-group-s-targets",
        ),
        pytest.param(
            "The bloc offered a counterweight to rising food prices.",
            [("The bloc", None, "asserted", None, [], [])],
            id="guard-counterweight-to-no-actor",
        ),
        pytest.param(
            "The coalition halted its bombing after Iraq protested.",
            [("The coalition", None, "asserted", None, [], [])],
            id="guard-bombing-then-another-clause",
        ),
    ],
)
def test_adversary_cues_of_rivalry_and_strikes(text: str, expected: list[FoeRow]) -> None:
    """A counterweight, counterbalance, deterrent, confrontation, airstrike or bombing names its target."""
    assert foe_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Indonesia became the first Southeast Asian country to join BRICS.",
            [("BRICS", "BRICS", "asserted", None, ["IDN"])],
            id="two-word-modifier",
        ),
        pytest.param(
            "Chile is the latest Latin American nation to join the coalition.",
            [("the coalition", None, "asserted", None, ["CHL"])],
            id="two-word-modifier-latest",
        ),
        pytest.param(
            "Sweden became the 32nd and newest member to join NATO.",
            [("NATO", "NATO", "asserted", None, ["SWE"])],
            id="and-a-second-rank",
        ),
        pytest.param(
            "Iran became the ninth country to join the SCO.",
            [("the SCO", "SCO", "asserted", None, ["IRN"])],
            id="guard-no-modifier",
        ),
    ],
)
def test_ranked_joiner_with_a_longer_modifier(text: str, expected: list[PolarityRow]) -> None:
    """A state that became "the first Southeast Asian country to join" a body is a member of it."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The alliance sees Russia as its most significant and direct threat.",
            [("The alliance", None, "asserted", None, [], ["RUS"])],
            id="sees-as-its-threat",
        ),
        pytest.param(
            "NATO has called China a systemic challenge for the first time.",
            [("NATO", "NATO", "asserted", None, [], ["CHN"])],
            id="called-a-challenge",
        ),
        pytest.param(
            "The Five Eyes alliance views Beijing as its main espionage threat.",
            [("The Five Eyes alliance", "FIVE_EYES", "asserted", None, [], ["CHN"])],
            id="views-a-capital-as-a-threat",
        ),
        pytest.param(
            "The alliance has long viewed Russia and Belarus as its chief adversaries.",
            [("The alliance", None, "asserted", None, [], ["RUS", "BLR"])],
            id="two-regarded-as-adversaries",
        ),
        pytest.param(
            "NATO does not see China as an adversary.",
            [("NATO", "NATO", "asserted", None, [], [])],
            id="guard-a-denied-view",
        ),
        pytest.param(
            "NATO sees Finland as a valuable partner.",
            [("NATO", "NATO", "asserted", None, [], [])],
            id="guard-regarded-as-a-partner",
        ),
    ],
)
def test_actor_regarded_as_a_threat(text: str, expected: list[FoeRow]) -> None:
    """An actor the mention sees, views or calls its threat, challenge or adversary is its adversary."""
    assert foe_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan, the Philippines and the United States will patrol together under their trilateral pact.",
            [("their trilateral pact", None, "asserted", None, ["JPN", "PHL", "USA"])],
            id="three-owners-of-a-pact",
        ),
        pytest.param(
            "Mali, Burkina Faso and Niger said their alliance would field a joint force.",
            [("their alliance", None, "asserted", None, ["MLI", "BFA", "NER"])],
            id="three-owners-of-an-alliance",
        ),
        pytest.param(
            "Moscow and Beijing insist their alliance is defensive.",
            [("their alliance", None, "asserted", None, ["RUS", "CHN"])],
            id="guard-a-pair-as-before",
        ),
        pytest.param(
            "Mali, Burkina Faso and Niger said Russia would back their alliance.",
            [("their alliance", None, "asserted", None, [])],
            id="guard-another-actor-between",
        ),
    ],
)
def test_a_list_of_three_owning_their_bond(text: str, expected: list[PolarityRow]) -> None:
    """A list of three or more states opening the sentence owns "their" alliance or pact later in it."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Beijing and Moscow are partners, not allies, whatever the Pentagon claims.",
            [("allies", None, "negated", None, ["CHN", "RUS"])],
            id="partners-not-allies",
        ),
        pytest.param(
            "India and the United States are close partners but not allies, the envoy said.",
            [("allies", None, "negated", None, ["IND", "USA"])],
            id="partners-but-not-allies",
        ),
        pytest.param(
            "Ankara and Baku remain friends, never allies.",
            [("allies", None, "negated", None, ["TUR", "AZE"])],
            id="friends-never-allies",
        ),
        pytest.param(
            "NATO has never been stronger, officials in Brussels say.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-never-before-another-word",
        ),
        pytest.param(
            "Ankara and Baku remain friends, not allies.",
            [("allies", None, "negated", None, ["TUR", "AZE"])],
            id="friends-not-allies",
        ),
        pytest.param(
            "Beijing and Moscow are allies, whatever the Pentagon claims.",
            [("allies", None, "asserted", None, ["CHN", "RUS"])],
            id="guard-plain-allies",
        ),
        pytest.param(
            "The pair are partners, not allies, officials said.",
            [],
            id="guard-no-states-named",
        ),
    ],
)
def test_allies_denied_after_a_contrast(text: str, expected: list[PolarityRow]) -> None:
    """States that "are partners, not allies" hold a negated alliance (a row moved from round 38's
    known failures)."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The G7 oil price cap coalition, which includes the EU and Australia, lowered the cap.",
            [("The G7 oil price cap coalition", "PRICE_CAP_COALITION", "asserted", None, ["EU", "AUS"])],
            id="a-body-in-a-member-list",
        ),
        pytest.param(
            "The coalition of the willing, which includes Canada, the EU and Australia, met in London.",
            [
                (
                    "The coalition of the willing",
                    "UKRAINE_COALITION_OF_THE_WILLING",
                    "asserted",
                    None,
                    ["CAN", "EU", "AUS"],
                )
            ],
            id="a-body-inside-a-longer-list",
        ),
        pytest.param(
            "The coalition, which includes Britain, is backed by the EU and Japan.",
            [("The coalition", None, "asserted", None, ["GBR"]), ("the EU", "EU", "asserted", None, [])],
            id="guard-a-body-after-the-list",
        ),
        pytest.param(
            "BRICS, which includes Russia and China, held talks with the EU and ASEAN.",
            [
                ("BRICS", "BRICS", "asserted", None, ["RUS", "CHN"]),
                ("the EU", "EU", "asserted", None, []),
                ("ASEAN", "ASEAN", "asserted", None, []),
            ],
            id="guard-bodies-in-another-clause",
        ),
    ],
)
def test_a_body_named_in_a_member_list(text: str, expected: list[PolarityRow]) -> None:
    """A known body named in a mention's member list is its member, not a mention of its own (a row moved
    from round 38's known failures)."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The confederation has turned to Moscow for help against jihadist groups.",
            [("The confederation", None, "asserted", None, [], ["jihadist groups"])],
            id="against-jihadist-groups",
        ),
        pytest.param(
            "Mali's new Alliance of Sahel States vowed to fight armed groups in the tri-border area.",
            [("Alliance of Sahel States", "AES", "asserted", None, [], ["armed groups"])],
            id="fight-armed-groups",
        ),
        pytest.param(
            "The coalition was formed to counter Islamist militant groups in Cabo Delgado.",
            [("The coalition", None, "asserted", None, [], ["Islamist militant groups"])],
            id="counter-islamist-militant-groups",
        ),
        pytest.param(
            "The alliance is aimed at rights groups, the minister claimed.",
            [("The alliance", None, "asserted", None, [], [])],
            id="guard-rights-groups",
        ),
        pytest.param(
            "The alliance is aimed at groups of protesters.",
            [("The alliance", None, "asserted", None, [], [])],
            id="guard-groups-alone",
        ),
    ],
)
def test_unnamed_armed_groups_as_targets(text: str, expected: list[FoeRow]) -> None:
    """Groups of an armed kind ("jihadist groups", "armed groups") after an adversary cue are the target."""
    assert foe_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The four-nation grouping, dubbed the Squad, met in Honolulu.",
            [("The four-nation grouping, dubbed the Squad", "SQUAD", "asserted", None, [])],
            id="grouping-dubbed-the-squad",
        ),
        pytest.param(
            "Defence chiefs from Australia, Japan, the Philippines and the United States met in Hawaii. "
            "The four-nation grouping, dubbed the Squad, plans joint sails.",
            [
                (
                    "The four-nation grouping, dubbed the Squad",
                    "SQUAD",
                    "asserted",
                    None,
                    ["AUS", "JPN", "PHL", "USA"],
                )
            ],
            id="dubbed-after-its-members-the-sentence-before",
        ),
        pytest.param(
            "The Squad of progressive lawmakers criticised the bill.",
            [],
            id="guard-lawmakers",
        ),
        pytest.param(
            "A rifle squad, called the Squad by locals, patrolled the village.",
            [],
            id="guard-a-unit-called-the-squad",
        ),
    ],
)
def test_an_ambiguous_name_given_to_a_grouping(text: str, expected: list[PolarityRow]) -> None:
    """A name that needs its members beside it ("the Squad") is the body when a grouping is dubbed so."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Saudi Arabia and Russia, the leaders of OPEC+, agreed to deeper cuts on Sunday.",
            [("OPEC+", "OPEC_PLUS", "asserted", None, ["SAU", "RUS"])],
            id="the-leaders-of",
        ),
        pytest.param(
            "Brazil and Argentina, the two largest economies in Mercosur, clashed over tariffs.",
            [("Mercosur", "MERCOSUR", "asserted", None, ["BRA", "ARG"])],
            id="the-largest-economies-in",
        ),
        pytest.param(
            "Nigeria and Ghana, the heavyweights of ECOWAS, pressed for talks with the juntas.",
            [("ECOWAS", "ECOWAS", "asserted", None, ["NGA", "GHA"])],
            id="the-heavyweights-of",
        ),
        pytest.param(
            "Saudi Arabia, the biggest producer in OPEC, cut output again.",
            [("OPEC", "OPEC", "asserted", None, ["SAU"])],
            id="the-biggest-producer-in",
        ),
        pytest.param(
            "President Lindqvist met the leaders of ASEAN in Vientiane.",
            [("ASEAN", "ASEAN", "asserted", None, [])],
            id="guard-no-apposition",
        ),
    ],
)
def test_a_list_apposed_to_leaders_or_economies_of_a_body(text: str, expected: list[PolarityRow]) -> None:
    """States apposed to "the leaders of", "the largest economies in" or "the heavyweights of" a body are its
    members (and, sharing the lead, none is its leader)."""
    assert polarity_rows(text) == expected
