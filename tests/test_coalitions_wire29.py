"""Coalitions in the twenty-fifth session's copy: a complementiser "that" before a body's name and a plural
head ("said that NATO allies ...") or an apposition ("warned that AUKUS, the pact, ...") is no part of the
mention.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _texts(text: str) -> list[str]:
    """The text of every coalition mention under a headline."""
    return [c.text for c in analyze(f"Summit talks\n\n{text}").coalitions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The envoy said that NATO allies must spend more.", ["NATO allies"], id="that-plural"),
        pytest.param(
            "Ms Varga warned that AUKUS, the security pact, was under strain.",
            ["AUKUS, the security pact"],
            id="that-apposition",
        ),
        pytest.param(
            "He said that ASEAN countries must act.", ["ASEAN countries"], id="guard-that-countries"
        ),
        pytest.param("He said those NATO allies must pay.", ["those NATO allies"], id="guard-those"),
        pytest.param("He said that alliance would not last.", ["that alliance"], id="guard-that-singular"),
    ],
)
def test_a_clause_s_that_is_no_determiner_of_the_mention(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The hacking group Frost Lynx breached the ministry, NATO said. The group used stolen passwords.",
            ["NATO"],
            id="other-group-named-before",
        ),
        pytest.param(
            "NATO envoys met in Riga. Researchers said the group they track as Frost Lynx used a new flaw.",
            ["NATO"],
            id="group-named-here",
        ),
        pytest.param(
            "G7 leaders met in Rome with a group of donors. The group pledged more aid.",
            ["G7"],
            id="group-of-donors-between",
        ),
        pytest.param(
            "The Group of Seven met in Rome. The group agreed to new sanctions.",
            ["The Group of Seven", "The group"],
            id="guard-the-bloc-itself",
        ),
    ],
)
def test_the_group_after_another_group_is_no_bloc(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
