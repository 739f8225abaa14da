"""A coalition mention in quote marks keeps the partners named after its closing mark: "there is “no military
alliance” between A and B" denies an alliance of A and B, as the same words without marks do.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from ._coalition_helpers import codes, one_coalition


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "The deputy minister said there was “no military alliance” between Russia and Iran.",
            "no military alliance",
            id="curly-marks",
        ),
        pytest.param(
            'The deputy minister said there was "no military alliance" between Russia and Iran.',
            "no military alliance",
            id="straight-marks",
        ),
        pytest.param(
            "The deputy minister said there was ‘no military alliance’ between Russia and Iran.",
            "no military alliance",
            id="single-marks",
        ),
        pytest.param(
            "The deputy minister said there was no military alliance between Russia and Iran.",
            "no military alliance between Russia and Iran",
            id="no-marks",
        ),
    ],
)
def test_partners_after_a_quoted_mention(text: str, surface: str) -> None:
    c = one_coalition(text, surface)
    assert codes(c) == (None, {"RUS", "IRN"}, set())
    assert c.polarity == "negated"
    assert c.kind == "military"
    assert text[c.start : c.end] == c.text
