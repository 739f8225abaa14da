"""Coalitions in the thirty-fifth session's copy: Asia-Pacific and Middle East groupings, Ukraine-support
formats, energy blocs, Sahel departures, members who leave or are suspended, and nested mentions.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from ._coalition_helpers import PolarityRow, polarity_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Indonesia is one of the founding members of ASEAN.",
            [("ASEAN", "ASEAN", "asserted", None, ["IDN"])],
            id="one-of-the-founding-members-of",
        ),
        pytest.param(
            "Thailand was one of the original members of the bloc.",
            [("the bloc", None, "asserted", None, ["THA"])],
            id="one-of-the-original-members-of",
        ),
        pytest.param(
            "Brazil is one of the four founding members of Mercosur, the trade bloc.",
            [("Mercosur, the trade bloc", "MERCOSUR", "asserted", None, ["BRA"])],
            id="one-of-the-four-founding-members-of",
        ),
        pytest.param(
            "Indonesia is not one of the founding members of the Quad.",
            [("the Quad", "QUAD", "asserted", None, [])],
            id="guard-not-one-of-the-members",
        ),
        pytest.param(
            "Kenya is one of the fastest growing economies of the East African Community.",
            [("the East African Community", "EAC", "asserted", None, [])],
            id="guard-one-of-the-economies-of",
        ),
        pytest.param(
            "Australia is one of the members of the Quad.",
            [("the Quad", "QUAD", "asserted", None, ["AUS"])],
            id="guard-one-of-the-members-of",
        ),
    ],
)
def test_one_of_the_members_of_a_body(text: str, expected: list[PolarityRow]) -> None:
    """The subject of "is one of the (founding) members of" a body is a member, up to seven words on."""
    assert polarity_rows(text) == expected
