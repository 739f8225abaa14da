"""Coalition faults a third probe of wire-style articles found: member frames, leaders, spurious
mentions, polarity and anaphora.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            "The minister rejected claims that Laos and Vietnam had forged a defence pact.",
            "a defence pact",
            "negated",
            id="rejected-claims-that-had-forged",
        ),
        pytest.param(
            "Seoul denied allegations that it had formed a military alliance with Tokyo.",
            "a military alliance with Tokyo",
            "negated",
            id="denied-allegations-that-had-formed",
        ),
        pytest.param(
            "Diplomats stressed that the new accord would not amount to a military alliance.",
            "a military alliance",
            "negated",
            id="would-not-amount-to",
        ),
        pytest.param(
            "Aides insisted the naval deal does not constitute a formal alliance.",
            "a formal alliance",
            "negated",
            id="does-not-constitute",
        ),
        pytest.param(
            "The minister said Laos and Vietnam had formed an alliance and would not leave it.",
            "an alliance",
            "asserted",
            id="a-later-negation-governs-nothing",
        ),
    ],
)
def test_polarity_of_a_denied_or_disowned_bloc(text: str, surface: str, polarity: str) -> None:
    """A rejected claim of a bloc's forming, and 'would not amount to', deny the bloc."""
    assert _one(text, surface).polarity == polarity


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "BRUSSELS, June 12 (AFP) - Farm ministers argued over grain quotas.", id="dateline-comma"
        ),
        pytest.param("BRUSSELS (AP) - Farm ministers argued over grain quotas.", id="dateline-agency"),
        pytest.param(
            "The MQM, a junior ally of the government, threatened to walk out of the vote.",
            id="ally-of-the-government",
        ),
        pytest.param(
            "The Greens, allies of the ruling party, quit over the budget.", id="allies-of-the-party"
        ),
    ],
)
def test_no_coalition_in_a_dateline_or_a_party_at_home(text: str) -> None:
    """A seat's name in a capitalised dateline is the city; an ally of the government is a party."""
    assert not find_coalitions(text)


def test_a_seat_named_mid_sentence_still_names_its_body() -> None:
    """'Brussels, meanwhile, ...' in running text is still the EU."""
    assert _one("Brussels, meanwhile, warned Budapest over its veto.", "Brussels").id == "EU"


def test_an_ally_of_a_foreign_government_is_kept() -> None:
    """An ally of a named state's government is an alignment between states, not a party."""
    c = _one(
        "Burundi, a close ally of the Congolese government, sent troops.",
        "a close ally of the Congolese government",
    )
    assert _codes(c)[1] == {"BDI", "COD"}


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        pytest.param(
            "There is no Asian NATO, and Tokyo is not building one.",
            "no Asian NATO",
            "Asian NATO",
            id="no-asian-nato",
        ),
        pytest.param(
            "There will be no Gulf Nato, the envoy said.", "no Gulf Nato", "Gulf Nato", id="no-gulf-nato"
        ),
    ],
)
def test_no_before_a_placed_body_name_denies_a_bloc_like_it(text: str, surface: str, label: str) -> None:
    """'no Asian NATO' is a bloc like NATO, denied; not NATO itself."""
    c = _one(text, surface)
    assert (c.id, c.label, c.polarity) == (None, label, "negated")


def test_no_before_a_bare_body_name_is_the_body() -> None:
    """'there is no NATO without ...' speaks of NATO itself."""
    assert _one("There is no NATO without America, the senator said.", "NATO").id == "NATO"


@pytest.mark.parametrize(
    ("text", "surface", "leader", "members"),
    [
        pytest.param(
            "Greece rebuked its NATO allies over the drills.",
            "its NATO allies",
            None,
            {"GRC"},
            id="its-nato-allies",
        ),
        pytest.param(
            "Iraq owes much to its Gulf Arab allies.",
            "its Gulf Arab allies",
            "IRQ",
            set(),
            id="its-unnamed-allies-lead",
        ),
        pytest.param(
            "Diplomats said any such coalition would probably be led by Kenya and could include Uganda.",
            "such coalition",
            "KEN",
            {"UGA"},
            id="would-probably-be-led-by",
        ),
        pytest.param(
            "Officials said a new coalition will be headed by Egypt.",
            "a new coalition",
            "EGY",
            set(),
            id="will-be-headed-by",
        ),
    ],
)
def test_leader_of_a_members_allies_and_of_a_future_bloc(
    text: str, surface: str, leader: str | None, members: set[str]
) -> None:
    """A state's allies in a standing body do not make it the body's leader; 'would be led by X' names X."""
    got = _codes(_one(text, surface))
    assert (got[0], got[1]) == (leader, members)


def test_a_modal_led_by_keeps_the_bloc_hypothetical() -> None:
    """'would be led by' is a predicate: the mention stays short and hypothetical."""
    c = _one("Analysts said a maritime coalition would be led by Oman.", "a maritime coalition")
    assert c.polarity == "hypothetical"


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        pytest.param(
            "NATO allies gathered in Oslo on Thursday. The alliance agreed to rotate patrols over Estonia.",
            "The alliance",
            "NATO",
            id="nato-allies-then-the-alliance",
        ),
        pytest.param(
            "EU partners met in Vienna. The alliance pledged new tanks to Kyiv.",
            "The alliance",
            None,
            id="a-union-is-no-alliance",
        ),
    ],
)
def test_the_alliance_after_a_bodys_allies(text: str, surface: str, body: str | None) -> None:
    """'X allies' names the body X; 'the alliance' after it means X if X is an armed alliance."""
    assert _one(text, surface).id == body


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "Analysts say the AUKUS partnership between Australia, Britain and the United States stalled.",
            "the AUKUS partnership between Australia, Britain and the United States",
            {"AUS", "GBR", "USA"},
            id="body-partnership-between",
        ),
        pytest.param(
            "The SCO now includes Belarus alongside its founding members China, Russia and Kazakhstan.",
            "The SCO",
            {"BLR", "CHN", "RUS", "KAZ"},
            id="includes-alongside-its-founders",
        ),
        pytest.param(
            "Nicaragua is now Moscow's closest ally in the region.",
            "Moscow's closest ally",
            {"NIC", "RUS"},
            id="subject-is-now-an-ally",
        ),
        pytest.param(
            "Serbia is arguably Beijing's closest ally in Europe.",
            "Beijing's closest ally",
            {"SRB", "CHN"},
            id="subject-is-arguably-an-ally",
        ),
    ],
)
def test_members_in_other_frames(text: str, surface: str, members: set[str]) -> None:
    """'the X partnership between A, B and C', 'includes C alongside its founders A, B', 'A is now B's ally'
    (an adverb between subject and predicate)."""
    assert _codes(_one(text, surface))[1] == members


@pytest.mark.xfail(strict=True, reason="'A and B are allies of X in <named bloc>' gives the bloc no members")
def test_allies_in_a_named_bloc() -> None:
    """The subjects of 'are allies of X in the Axis of Resistance' are members of that bloc."""
    c = _one("Hamas and Hezbollah are partners of Iran in the Axis of Resistance.", "the Axis of Resistance")
    assert _codes(c)[1] >= {"HAMAS", "HEZBOLLAH"}


@pytest.mark.xfail(
    strict=True, reason="the acronym RSF is not in the gazetteer (Reporters Without Borders shares it)"
)
def test_an_armed_groups_acronym_as_foe() -> None:
    """'the RSF' in a Sudan story is the Rapid Support Forces."""
    c = _one(
        "A coalition of tribal militias attacked the RSF outside Nyala.", "A coalition of tribal militias"
    )
    assert _codes(c)[2] == {"RSF"}


@pytest.mark.xfail(
    strict=True, reason="the acronym RSF is not in the gazetteer, so 'RSF-led' names no leader"
)
def test_an_armed_groups_acronym_as_leader() -> None:
    """'The RSF-led alliance' is led by the Rapid Support Forces."""
    assert _codes(_one("The RSF-led alliance vowed to take Omdurman.", "The RSF-led alliance"))[0] == "RSF"
