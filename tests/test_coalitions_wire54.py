"""Coalition readings of wire copy, round 54: military alliances refused in a quoted politician's words,
former and suspended members, and the blocs of West Africa, the Sahel, the Gulf and the expanding BRICS.

Every sentence here was written for these tests in the style of news copy; the states, bodies and armed
groups are real, the people invented.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

Row = tuple[str, str | None, str, str | None, list[str]]


def rows(text: str) -> list[Row]:
    """(text, id, polarity, leader's code, member codes) of every coalition mention of ``text``."""
    return [
        (c.text, c.id, c.polarity, c.leader.code if c.leader else None, [m.code or m.name for m in c.members])
        for c in find_coalitions(text)
    ]


class TestMilitaryAllianceBesideHomePolitics:
    """A word of home politics near a military alliance names the speaker, not the bloc: parties at home do
    not form military alliances."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Neutrality bars Austria from joining a military alliance, the chancellor said.",
                [("a military alliance", None, "negated", None, [])],
                id="bars-chancellor-said",
            ),
            pytest.param(
                "Ireland will not enter a military alliance, the prime minister told reporters in Cork.",
                [("a military alliance", None, "negated", None, [])],
                id="will-not-enter-prime-minister",
            ),
            pytest.param(
                "Malta cannot join a military alliance under its constitution, the premier said on Monday.",
                [("a military alliance", None, "negated", None, [])],
                id="cannot-join-premier",
            ),
            pytest.param(
                "Her party would join a coalition after the election, the chancellor said.",
                [],
                id="guard-party-coalition",
            ),
            pytest.param(
                "The two parties agreed to form an alliance before the poll, the premier said.",
                [],
                id="guard-parties-alliance",
            ),
            pytest.param(
                "The coalition government in Rome will survive the vote, the prime minister said.",
                [],
                id="guard-coalition-government",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The military alliance is read with its polarity; a coalition of parties gives none."""
        assert rows(text) == expected
