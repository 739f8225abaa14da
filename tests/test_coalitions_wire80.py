"""Coalition readings of wire copy, round 80: leaders named past a place phrase, ...

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestLedPastItsPlace:
    """A leader named after the mention's place and a comma ("The coalition in Yemen, led by Saudi Arabia")
    leads it, as one named right after the mention does; two joined by "and" are both members, the first the
    leader. A person after "led by" is no actor."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The leftist bloc in South America, led by Colombia and Chile, abstained on the motion.",
                [("The leftist bloc", None, "asserted", "COL", ["COL", "CHL"])],
                id="co-leaders-after-region",
            ),
            pytest.param(
                "The coalition in Yemen, led by Saudi Arabia, bombed the airport at Sanaa again overnight.",
                [("The coalition", "SAUDI_LED_YEMEN", "asserted", "SAU", [])],
                id="one-leader-after-state",
            ),
            pytest.param(
                "The new alliance in the Sahel, led by Mali and Niger, ordered the last French troops out.",
                [("The new alliance", None, "asserted", "MLI", ["MLI", "NER"])],
                id="co-leaders-after-the-region",
            ),
            pytest.param(
                "A maritime coalition across the Indian Ocean, headed by India, will patrol the sea lanes.",
                [("A maritime coalition", None, "asserted", "IND", [])],
                id="headed-by-after-across",
            ),
            pytest.param(
                "The leftist bloc, led by Colombia and Chile, abstained on the motion.",
                [("The leftist bloc, led by Colombia and Chile", None, "asserted", "COL", ["COL", "CHL"])],
                id="guard-no-place",
            ),
            pytest.param(
                "The coalition in Iraq, led by General Tom Reyes, pulled back from Falluja.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-person-leads",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The leader past the place phrase is the mention's, and co-leaders its members."""
        assert rows(text) == expected
