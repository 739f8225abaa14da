"""Coalition readings of wire copy, round 62: regional forces and missions as the African press writes
them, Russian and Chinese state media in English on their blocs, and think-tank analysis prose.

Every sentence here was written for these tests in the style of news copy or analysis; the states and
bodies are real, the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestForceDrawnFrom:
    """A force or mission "drawn from" or "recruited from" states names its members by that participle
    alone, as "drew troops from" already did; "drawn" followed by anything but "from" gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EAC regional force, drawn from Kenya, Uganda and South Sudan, patrols outside Goma.",
                [("The EAC regional force", "EACRF", "asserted", None, ["KEN", "UGA", "SSD"])],
                id="drawn-from",
            ),
            pytest.param(
                "The African Union mission, drawn mainly from Uganda, Burundi and Ethiopia, holds the port.",
                [("The African Union mission", None, "asserted", "AU", ["UGA", "BDI", "ETH"])],
                id="drawn-mainly-from",
            ),
            pytest.param(
                "The SADC mission drew troops from Angola, Botswana and South Africa last year.",
                [("The SADC mission", None, "asserted", "SADC", ["AGO", "BWA", "ZAF"])],
                id="guard-drew-troops-from",
            ),
            pytest.param(
                "The alliance has drawn sharp criticism from China over its summit communique.",
                [("The alliance", None, "asserted", None, [])],
                id="guard-drawn-criticism-from",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states after "drawn from" are the force's members."""
        assert rows(text) == expected
