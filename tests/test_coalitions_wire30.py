"""Coalitions in the thirtieth session's copy: the OPEC+ boilerplate with OPEC's full name, Ukraine's
capability coalitions, denials of alliances, firms and lobbies named "Alliance", members of a chair and of an
alliance "between" states.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _rows(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """(text, id, leader's code, member codes) of every coalition mention under a headline."""
    return [
        (c.text, c.id, c.leader.code if c.leader else None, [m.code or m.name for m in c.members])
        for c in analyze(f"Oil talks\n\n{text}").coalitions
    ]


_OPEC = "Organization of the Petroleum Exporting Countries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"The {_OPEC} and allies led by Russia, known as OPEC+, will meet on Sunday.",
            [
                (f"The {_OPEC}", "OPEC", None, []),
                ("allies led by Russia", "OPEC_PLUS", "RUS", []),
                ("OPEC+", "OPEC_PLUS", None, []),
            ],
            id="full-name-and-allies-led-by",
        ),
        pytest.param(
            f"OPEC+, which groups the {_OPEC} and allies including Russia, cut output.",
            [
                ("OPEC+", "OPEC_PLUS", None, ["RUS"]),
                (f"the {_OPEC}", "OPEC", None, []),
                ("allies", "OPEC_PLUS", None, ["RUS"]),
            ],
            id="full-name-and-allies-including",
        ),
        pytest.param(
            f"The {_OPEC} and its allies agreed to raise output in May.",
            [(f"The {_OPEC}", "OPEC", None, []), ("its allies", "OPEC_PLUS", None, [])],
            id="full-name-and-its-allies",
        ),
        pytest.param(
            "OPEC and its allies agreed to raise output in May.",
            [("OPEC", "OPEC", None, []), ("its allies", "OPEC_PLUS", None, [])],
            id="guard-acronym-and-its-allies",
        ),
        pytest.param(
            "OPEC and allies led by Russia agreed to raise output.",
            [("OPEC", "OPEC", None, []), ("allies led by Russia", "OPEC_PLUS", "RUS", [])],
            id="guard-acronym-and-allies",
        ),
        pytest.param(
            "Saudi Arabia and its allies in OPEC agreed to raise output.",
            [("Saudi Arabia and its allies", "OPEC", "SAU", ["SAU"]), ("OPEC", "OPEC", None, ["SAU"])],
            id="guard-state-and-its-allies",
        ),
    ],
)
def test_opec_and_allies_under_the_full_name_is_opec_plus(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected
