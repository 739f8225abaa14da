"""Coalitions in the twenty-fourth session's copy: denials written with "n't" before a verb of seeing or
calling ("I wouldn't describe it as an alliance"), "not ... have" or "not see" before an indefinite bloc,
claims rejected with an adjective before "claims", and a question about a bloc formed in the past tense.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _first(text: str) -> tuple[str, str, list[str]]:
    """(text, polarity, member codes) of the text's first coalition mention."""
    c = analyze(f"Summit talks\n\n{text}").coalitions[0]
    return (c.text, c.polarity, sorted(m.code or m.name for m in c.members))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“I wouldn't describe it as an alliance,” the envoy said.",
            ("an alliance", "negated", []),
            id="wouldnt-describe-as",
        ),
        pytest.param(
            "“I would not say we have a formal alliance with Chile,” the envoy said.",
            ("a formal alliance with Chile", "negated", ["CHL"]),
            id="not-say-we-have",
        ),
        pytest.param(
            "“We do not see a military alliance between Minsk and Hanoi,” she said.",
            ("a military alliance between Minsk and Hanoi", "negated", ["BLR", "VNM"]),
            id="do-not-see",
        ),
        pytest.param(
            "The ministry dismissed Western claims that Minsk and Hanoi had formed a naval alliance.",
            ("a naval alliance", "negated", ["BLR", "VNM"]),
            id="dismissed-adjective-claims",
        ),
        pytest.param(
            "He rejected US claims that Cuba had joined a military alliance with Belarus.",
            ("a military alliance with Belarus", "negated", ["BLR", "CUB"]),
            id="rejected-claims-joined",
        ),
        pytest.param(
            "Asked whether Cuba and Belarus had now formed an alliance, he said the talks were technical.",
            ("an alliance", "hypothetical", ["BLR", "CUB"]),
            id="asked-whether-formed",
        ),
        pytest.param(
            "“We have not yet seen the alliance act,” she said of NATO.",
            ("the alliance", "asserted", []),
            id="guard-a-definite-bloc-not-yet-seen",
        ),
    ],
)
def test_more_shapes_deny_or_question_a_bloc(text: str, expected: tuple[str, str, list[str]]) -> None:
    assert _first(text) == expected
