"""Coalition faults a second probe of wire-style articles found: sentence starts, anaphora, polarity, roles.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


@pytest.mark.parametrize(
    ("text", "surface", "leader", "members"),
    [
        pytest.param(
            "Defence chiefs gathered in Vilnius. Albania and Croatia joined NATO in 2009.",
            "NATO",
            None,
            {"ALB", "HRV"},
            id="list-after-a-capital-city",
        ),
        pytest.param(
            "The ministers met on Friday. Montenegro joined NATO in 2017.",
            "NATO",
            None,
            {"MNE"},
            id="subject-after-a-weekday",
        ),
        pytest.param(
            "Envoys flew to Doha. Qatar leads the coalition fighting the Houthis.",
            "the coalition",
            "QAT",
            set(),
            id="leader-after-a-capital-city",
        ),
    ],
)
def test_a_name_opening_a_sentence_after_a_capitalised_word(
    text: str, surface: str, leader: str | None, members: set[str]
) -> None:
    """A capitalised last word of the previous sentence does not swallow the next one's first name."""
    got = _codes(_one(text, surface))
    assert (got[0], got[1]) == (leader, members)


def test_a_title_abbreviation_still_guards_a_name() -> None:
    """'Mr. Jordan' stays a person: a title's full stop ends no sentence."""
    import geoquote

    assert geoquote.find_actors("The visitors met Mr. Jordan in Amman.")[0].code == "JOR"
    assert [a.text for a in geoquote.find_actors("The visitors met Mr. Jordan.")] == []


@pytest.mark.parametrize(
    ("text", "surface", "code", "members"),
    [
        pytest.param(
            "NATO defence ministers gathered in Brussels on Thursday. Montenegro joined the alliance"
            " in 2017.",
            "the alliance",
            "NATO",
            {"MNE"},
            id="subject-joins-the-alliance-named-before",
        ),
        pytest.param(
            "The Saudi-led coalition fighting the Houthis shelled Saada. The coalition also includes Egypt"
            " and Sudan.",
            "The coalition",
            "SAUDI_LED_YEMEN",
            {"EGY", "SDN"},
            id="members-after-the-coalition-named-before",
        ),
        pytest.param(
            "OPEC+ ministers agreed to extend the cuts. The 22-member alliance meets again in June.",
            "The 22-member alliance",
            "OPEC_PLUS",
            set(),
            id="count-of-the-body-named-before",
        ),
    ],
)
def test_an_anaphor_with_members_of_its_own_still_takes_its_antecedent(
    text: str, surface: str, code: str, members: set[str]
) -> None:
    """Members named outside the anaphor ('X joined the alliance') leave it an anaphor of the body."""
    c = _one(text, surface)
    assert (c.id, {a.code for a in c.members}) == (code, members)


def test_an_alliance_between_named_states_is_no_anaphor() -> None:
    """Members inside the mention's own words describe another alliance."""
    text = "NATO leaders met in Madrid. The alliance between Russia and Belarus worries them."
    c = _one(text, "The alliance between Russia and Belarus")
    assert c.id is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The US-led coalition hit militant positions near Raqqa. In Italy, the ruling coalition survived"
            " a confidence vote.",
            id="ruling-coalition-after-a-foreign-one",
        ),
        pytest.param(
            "Jordan has joined the Islamic Military Counter Terrorism Coalition. In Amman, the governing"
            " coalition is fragile. The Islamic Action Front, a junior partner in the coalition, may quit.",
            id="the-coalition-after-a-governing-coalition",
        ),
    ],
)
def test_a_coalition_at_home_takes_no_foreign_antecedent(text: str) -> None:
    """A coalition at home, or 'the coalition' after one, is not the foreign body named before it."""
    assert len(find_coalitions(text)) == 1


def test_a_parliament_near_the_anaphor_leaves_it_linked() -> None:
    """Talk of a parliament alone does not make 'the alliance' a coalition at home."""
    text = (
        "NATO leaders met in Vilnius. Hungary's parliament has yet to ratify Sweden's bid to join"
        " the alliance."
    )
    assert _one(text, "the alliance").id == "NATO"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "Tehran leads the axis of resistance. American troops stay in Syria as part of the coalition"
            " against ISIS.",
            "the coalition",
            id="own-adversary-not-the-bodys-foe",
        ),
        pytest.param(
            "Tehran leads the axis of resistance. The alliance led by Riyadh struck Saada.",
            "The alliance led by Riyadh",
            id="own-leader-not-the-bodys",
        ),
    ],
)
def test_an_anaphor_that_describes_another_body(text: str, surface: str) -> None:
    """An anaphor whose own adversary or leader does not fit the latest body does not take it."""
    assert _one(text, surface).id != "AXIS_OF_RESISTANCE"


def test_a_name_ending_in_the_noun_comes_between() -> None:
    """'The group' after a name ending in 'Group' means that name, not an earlier coalition."""
    text = (
        "The coalition of the willing, led by Britain, met in London. Later, the Balkan Contact Group met"
        " in Vienna. The group was chaired by Poland."
    )
    assert [c.label for c in find_coalitions(text)] == ["coalition of the willing"]


@pytest.mark.xfail(strict=True, reason="a count far from the data's own does not block the link")
def test_a_count_that_does_not_fit_the_body() -> None:
    """An 80-member coalition is not the six-member axis named before it."""
    text = "Iran's partners include the axis of resistance. The 80-member coalition says Daesh is regrouping."
    assert _one(text, "The 80-member coalition").id != "AXIS_OF_RESISTANCE"


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            "Tokyo denied forming a military bloc with Seoul.",
            "a military bloc with Seoul",
            "negated",
            id="denied-forming",
        ),
        pytest.param(
            "Turkey ruled out joining any alliance with Greece.",
            "any alliance with Greece",
            "negated",
            id="ruled-out-joining-any",
        ),
        pytest.param(
            "No one is building an axis against Washington, the spokesman said.",
            "an axis",
            "negated",
            id="no-one-as-subject",
        ),
        pytest.param(
            "Nobody in Hanoi is forming any bloc, the ministry said.",
            "any bloc",
            "negated",
            id="nobody-as-subject",
        ),
        pytest.param(
            "“This is not a coalition against China,” the envoy told reporters in Manila.",
            "a coalition",
            "negated",
            id="denied-coalition-against-a-state-is-kept",
        ),
        pytest.param(
            "A militia leader said the strike killed nine people, a claim the coalition denied.",
            "the coalition",
            "asserted",
            id="the-coalition-answers-a-claim",
        ),
        pytest.param(
            "Economists said the cartel could build a wider alliance with Asian buyers if demand slumped.",
            "a wider alliance",
            "hypothetical",
            id="comparative-before-the-head",
        ),
        pytest.param(
            "“If Ankara and Cairo form a coalition against Tehran, we will not take part,” he said.",
            "a coalition",
            "hypothetical",
            id="condition-opening-a-quotation",
        ),
    ],
)
def test_polarity_cues_of_the_probe(text: str, surface: str, polarity: str) -> None:
    """Verbs of denial before a gerund, negative subjects, answered claims and quoted conditions."""
    assert _one(text, surface).polarity == polarity


def test_a_denied_coalition_keeps_no_adversary() -> None:
    """The negation takes away the adversary it denies, not the mention."""
    c = _one("It is not a coalition against Russia, the minister said.", "a coalition")
    assert (c.polarity, c.adversaries) == ("negated", ())
    c = _one("It is a coalition against Russia, the minister said.", "a coalition")
    assert [a.code for a in c.adversaries] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "surface", "members", "adversaries"),
    [
        pytest.param(
            "The coalition was set up in 2014 to fight extremist groups such as al-Shabaab.",
            "The coalition",
            set(),
            {"AL_SHABAAB"},
            id="examples-of-the-target-are-no-members",
        ),
        pytest.param(
            "If the Nordic states form a bloc against Moscow, Austria will stay neutral.",
            "a bloc",
            set(),
            {"RUS"},
            id="subject-of-the-main-clause-ends-the-target-list",
        ),
        pytest.param(
            "The Emirati-led coalition battling the Houthis shelled Hodeidah.",
            "The Emirati-led coalition",
            set(),
            {"HOUTHIS"},
            id="place-struck-after-a-verb-is-no-target",
        ),
        pytest.param(
            "Sweden joined NATO in 2024 after Russia attacked Ukraine.",
            "NATO",
            {"SWE"},
            set(),
            id="target-of-a-subordinate-clause",
        ),
        pytest.param(
            "The SCO is not aimed against the West, Beijing said.",
            "The SCO",
            set(),
            set(),
            id="denied-target",
        ),
        pytest.param(
            "The Axis of Resistance includes Syrian militias and Hamas.",
            "The Axis of Resistance",
            {"HAMAS"},
            set(),
            id="demonym-on-militias-is-no-state",
        ),
        pytest.param(
            "In Yemen, a Saudi-led coalition is fighting Houthi insurgents backed by Iran.",
            "a Saudi-led coalition",
            set(),
            {"HOUTHIS"},
            id="a-group-demonym-on-insurgents-still-names-the-group",
        ),
    ],
)
def test_roles_of_the_probe(text: str, surface: str, members: set[str], adversaries: set[str]) -> None:
    """Targets end with their clause; examples of a target, places struck and militias are no members."""
    _, got_members, got_adversaries = _codes(_one(text, surface))
    assert (got_members, got_adversaries) == (members, adversaries)


def test_an_offshoot_named_in_apposition() -> None:
    """'the PKK and its Iraqi affiliate, the YPG' names two targets and no state."""
    c = _one("The alliance fought the PKK and its Iraqi affiliate, the YPG.", "The alliance")
    assert {a.code for a in c.adversaries} == {"PKK", "YPG"}


@pytest.mark.parametrize(
    ("text", "surface", "leader", "members"),
    [
        pytest.param(
            "The coalition, led by Egypt, includes Jordan, Morocco and Sudan.",
            "The coalition, led by Egypt",
            "EGY",
            {"JOR", "MAR", "SDN"},
            id="members-after-the-leader-aside",
        ),
        pytest.param(
            "The coalition, led by Italy and the Netherlands, sent ships to Crete.",
            "The coalition, led by Italy and the Netherlands",
            "ITA",
            {"ITA", "NLD"},
            id="two-leaders-the-second-with-its-article",
        ),
        pytest.param(
            "Japan is a member of the Quad alongside the United States, India and Australia.",
            "the Quad",
            None,
            {"JPN", "USA", "IND", "AUS"},
            id="alongside-names-fellow-members",
        ),
        pytest.param(
            "The coalition is led by Denmark.",
            "The coalition",
            "DNK",
            set(),
            id="predicative-led-by",
        ),
        pytest.param(
            "The mission is part of the coalition against al-Shabaab, which Kenya has led since 2011.",
            "the coalition",
            "KEN",
            set(),
            id="leader-in-a-relative-clause",
        ),
    ],
)
def test_member_and_leader_patterns_of_the_probe(
    text: str, surface: str, leader: str | None, members: set[str]
) -> None:
    """Lists after a leader aside, two leaders, 'alongside', 'is led by', 'which X has led'."""
    got = _codes(_one(text, surface))
    assert (got[0], got[1]) == (leader, members)


@pytest.mark.xfail(strict=True, reason="'within X' after a subject of states names no members")
def test_states_cooperating_within_a_body() -> None:
    """States that coordinate within a body are its members."""
    c = _one("Russia and China coordinate closely within the SCO.", "the SCO")
    assert {a.code for a in c.members} == {"RUS", "CHN"}


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "India has no defence pact with France or Japan, and New Delhi has kept its distance.",
            "no defence pact with France or Japan",
            {"FRA", "JPN"},
            id="a-new-clause-after-a-closed-list",
        ),
        pytest.param(
            "Peru signed an alliance with Colombia and Mexico, and Argentina has protested.",
            "an alliance with Colombia and Mexico",
            {"COL", "MEX", "PER"},
            id="and-then-a-subject-with-its-verb",
        ),
    ],
)
def test_a_list_stops_where_a_new_clause_starts(text: str, surface: str, members: set[str]) -> None:
    """', and X has ...' after a complete list opens a clause: X is no further member."""
    assert {a.code for a in _one(text, surface).members} == members
