"""Coalition faults a third probe of wire-style articles found: member frames, leaders, spurious
mentions, polarity and anaphora.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions
from geoquote._records import Coalition

from ._coalition_helpers import one_coalition as _one


def _codes(c: Coalition) -> tuple[str | None, set[str | None], set[str | None]]:
    return (
        c.leader.code if c.leader else None,
        {a.code for a in c.members},
        {a.code for a in c.adversaries},
    )


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
