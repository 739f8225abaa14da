"""Coalition readings of wire copy, round 56: a subject with a companion joined by "together with" or
"along with" and no commas, and the hypothetical bloc a state is warned against joining.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
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


class TestCompanionWithoutCommas:
    """A companion joined to the subject by "together with" or "along with" with no commas around it joins
    or forms the body too, as it already did when commas set it off."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tokyo together with the US formed the Squad during talks in Singapore.",
                [("the Squad", "SQUAD", "asserted", None, ["JPN", "USA"])],
                id="together-with-the-formed",
            ),
            pytest.param(
                "Japan along with Australia joined the Quad at its founding.",
                [("the Quad", "QUAD", "asserted", None, ["JPN", "AUS"])],
                id="along-with-joined",
            ),
            pytest.param(
                "Manila together with Washington launched a maritime coalition on Friday.",
                [("a maritime coalition", None, "asserted", None, ["PHL", "USA"])],
                id="together-with-launched",
            ),
            pytest.param(
                "Japan, along with Australia, joined the Quad at its founding.",
                [("the Quad", "QUAD", "asserted", None, ["JPN", "AUS"])],
                id="guard-commas-already-read",
            ),
            pytest.param(
                "Paris along with Berlin criticised the US-led coalition on Tuesday.",
                [("the US-led coalition", None, "asserted", "USA", [])],
                id="guard-critics-no-members",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Both the subject and its companion are members; critics of a body are none."""
        assert rows(text) == expected
