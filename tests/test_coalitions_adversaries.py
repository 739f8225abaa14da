"""Adversaries a coalition's sentence names without an "against" before them: leaders standing for their
state's forces, the objects of armed action, the victims of the mention's attacks, an ouster, a target in
the name.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set.
"""

from __future__ import annotations

import pytest

from ._coalition_helpers import one_coalition as _one


def _foes(text: str, surface: str) -> set[str | None]:
    return {a.code for a in _one(text, surface).adversaries}


@pytest.mark.parametrize(
    ("text", "surface", "adversaries"),
    [
        pytest.param(
            "The coalition launched fresh raids against Assad's forces near Homs on Tuesday.",
            "The coalition",
            {"SYR"},
            id="against-a-leaders-forces",
        ),
        pytest.param(
            "Alliance aircraft kept up strikes against Muammar Gaddafi‘s remaining troops.",
            "Alliance aircraft",
            {"LBY"},
            id="left-quote-as-apostrophe-and-a-modifier",
        ),
        pytest.param(
            "The alliance stepped up its offensive against troops loyal to Libyan leader Muammar Gaddafi.",
            "The alliance",
            {"LBY"},
            id="troops-loyal-to-a-titled-leader",
        ),
        pytest.param(
            "The coalition vowed to fight Putin's army wherever it advanced.",
            "The coalition",
            {"RUS"},
            id="fight-a-leaders-army",
        ),
    ],
)
def test_a_leaders_forces_name_the_state(text: str, surface: str, adversaries: set[str]) -> None:
    """'Gaddafi's forces', 'troops loyal to Assad': the leader's state is the target."""
    assert _foes(text, surface) == adversaries


def test_a_leaders_name_alone_is_no_state() -> None:
    """'Assad' without a force noun is a person: a coalition 'against Assad' gets no state from him."""
    assert _foes("The Arab coalition against Assad held talks in Doha.", "The Arab coalition") == set()


@pytest.mark.parametrize(
    ("text", "surface", "adversaries"),
    [
        pytest.param(
            "Coalition jets pounded Gadhafi's tanks outside the town of Brega.",
            "Coalition jets",
            {"LBY"},
            id="jets-pounded-a-leaders-tanks",
        ),
        pytest.param(
            "The Saudi-led coalition bombed Houthi positions north of the port overnight.",
            "The Saudi-led coalition",
            {"HOUTHIS"},
            id="bombed-an-armed-groups-positions",
        ),
        pytest.param(
            "The Saudi-led coalition shelled a coastal town on Friday, killing at least 40 Iran-backed"
            " Houthi fighters.",
            "The Saudi-led coalition",
            {"HOUTHIS"},
            id="killing-fighters-after-a-place",
        ),
        pytest.param(
            "An alliance led by Chad attacked Nigerien army positions along the lake.",
            "An alliance led by Chad",
            {"NER"},
            id="demonym-before-a-force-noun",
        ),
    ],
)
def test_the_armed_object_of_the_mention(text: str, surface: str, adversaries: set[str]) -> None:
    """The mention as subject of 'struck'/'bombed'/'killing': the armed actor it hits is its adversary."""
    assert _foes(text, surface) == adversaries


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi-led coalition struck Yemen's main port of Mokha overnight.",
        "The Saudi-led coalition bombed a market in Sanaa, killing 12 civilians.",
    ],
    ids=["a-place-is-no-target", "civilians-are-no-target"],
)
def test_a_place_or_civilians_hit_are_no_adversary(text: str) -> None:
    """A city or a crowd the coalition strikes is no party it fights."""
    assert _foes(text, "The Saudi-led coalition") == set()


@pytest.mark.parametrize(
    ("text", "surface", "adversaries"),
    [
        pytest.param(
            "Washington is struggling to repel attacks by a loose alliance of militias in eastern Syria.",
            "a loose alliance of militias",
            {"USA"},
            id="repel-attacks-by",
        ),
        pytest.param(
            "Israeli troops faced repeated rocket fire from a coalition of armed factions in the south.",
            "a coalition of armed factions",
            {"ISR"},
            id="demonym-forces-face-fire-from",
        ),
        pytest.param(
            "Pentagon officials say Washington is trying to quell attacks by a number of militias that are"
            " allied to Tehran.",
            "allied to Tehran",
            {"USA"},
            id="attacks-by-groups-allied-to",
        ),
    ],
)
def test_the_victim_of_the_mentions_attacks(text: str, surface: str, adversaries: set[str]) -> None:
    """The subject that faces or quells attacks by the mention is its adversary."""
    assert _foes(text, surface) == adversaries


def test_a_critic_of_the_attacks_is_no_victim() -> None:
    """'condemned attacks by' names a critic, not a target."""
    text = "Iran condemned attacks by the Saudi-led coalition on the port."
    assert _foes(text, "the Saudi-led coalition") == set()


@pytest.mark.parametrize(
    ("text", "surface", "adversaries"),
    [
        pytest.param(
            "The coalition went to war in 2001 to restore a government driven out of Kabul by the Taliban.",
            "The coalition",
            {"TALIBAN"},
            id="ousted-by",
        ),
        pytest.param(
            'Officials call the group the "Coalition for the Disarmament of Syria"; it names 20 states.',
            'the "Coalition for the Disarmament of Syria"',
            {"SYR"},
            id="target-in-the-name",
        ),
        pytest.param(
            "Envoys of the alliance for the defeat of Islamic State met in Rome.",
            "the alliance",
            {"ISIS"},
            id="defeat-of",
        ),
    ],
)
def test_an_ouster_or_a_target_in_the_name(text: str, surface: str, adversaries: set[str]) -> None:
    """'a government ousted by X' and 'Coalition for the Disarmament of X' name X as the target."""
    assert _foes(text, surface) == adversaries


@pytest.mark.parametrize(
    ("text", "surface", "adversaries"),
    [
        pytest.param(
            "Western allies unleashed strikes against Gaddafi's military, the biggest since the invasion"
            " of Iraq.",
            "Western allies",
            {"LBY"},
            id="after-a-named-target",
        ),
        pytest.param(
            "The alliance has kept up raids on militant hideouts ever since the invasion of Iraq.",
            "The alliance",
            set(),
            id="alone",
        ),
    ],
)
def test_a_past_invasion_dates_and_targets_nothing(text: str, surface: str, adversaries: set[str]) -> None:
    """'since the invasion of Iraq' dates the action: Iraq is no target of the mention."""
    assert _foes(text, surface) == adversaries


@pytest.mark.xfail(strict=True, reason="persons have no code: 'anti-X' naming a leader gives no adversary")
def test_anti_a_person() -> None:
    """'an anti-Maduro coalition' targets the person Maduro."""
    assert _foes("Washington built an anti-Maduro coalition in the region.", "an anti-Maduro coalition") == {
        "MADURO"
    }


@pytest.mark.parametrize(
    ("text", "surface", "adversaries"),
    [
        pytest.param(
            "Under the alliance plan, Polish troops would patrol the border, while others sent money, all"
            " with the goal of deterring any Belarusian aggression.",
            "the alliance",
            {"BLR"},
            id="with-the-aim-of-deterring-a-demonyms-aggression",
        ),
        pytest.param(
            "The coalition met in Paris, and ministers agreed to send more jets, in order to counter Russian"
            " attacks on the grid.",
            "The coalition",
            {"RUS"},
            id="in-order-to-counter-a-demonyms-attacks",
        ),
        pytest.param(
            "Under the alliance plan, Polish troops would patrol the border, while others sent money, all"
            " with the aim of deterring Belarusian smugglers.",
            "the alliance",
            set(),
            id="a-demonym-on-another-noun-names-no-target",
        ),
    ],
)
def test_a_purpose_closing_the_sentence(text: str, surface: str, adversaries: set[str]) -> None:
    """A purpose adjunct after the last clause serves the sentence's mention; a demonym counts only on a
    hostile noun."""
    assert _foes(text, surface) == adversaries


@pytest.mark.parametrize(
    ("text", "adversaries"),
    [
        pytest.param(
            "Bahrain became the 80th state to join the coalition, which seeks to stop recruits reaching"
            " ISIS's strongholds and eliminating the last remnants of the group in Iraq.",
            {"ISIS"},
            id="remnants-of-the-group-named-before",
        ),
        pytest.param(
            "The coalition pledged to keep rooting out the remaining cells of the group, officials said"
            " after an al-Shabaab attack.",
            set(),
            id="a-group-named-only-after",
        ),
    ],
)
def test_eliminating_the_remnants_of_a_group(text: str, adversaries: set[str]) -> None:
    """'eliminating the remnants of the group' targets the armed group named before it."""
    surface = "the coalition" if "join" in text else "The coalition"
    assert _foes(text, surface) == adversaries
