"""Coalition faults a second probe of wire-style articles found: sentence starts, anaphora, polarity, roles.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions
from geoquote._records import Coalition


def _one(text: str, surface: str) -> Coalition:
    found = [c for c in find_coalitions(text) if c.text == surface]
    assert len(found) == 1, [c.text for c in find_coalitions(text)]
    return found[0]


def _codes(c: Coalition) -> tuple[str | None, set[str | None], set[str | None]]:
    return (
        c.leader.code if c.leader else None,
        {a.code for a in c.members},
        {a.code for a in c.adversaries},
    )


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
