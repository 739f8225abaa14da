"""Helpers shared by the coalition test tables."""

from __future__ import annotations

from geoquote import analyze
from geoquote._coalitions import find_coalitions
from geoquote._records import Coalition

PolarityRow = tuple[str, str | None, str, str | None, list[str]]


def one_coalition(text: str, surface: str) -> Coalition:
    """The one coalition mention of ``text`` written as ``surface`` (the test fails on none or several)."""
    found = [c for c in find_coalitions(text) if c.text == surface]
    assert len(found) == 1, [c.text for c in find_coalitions(text)]
    return found[0]


def codes(c: Coalition) -> tuple[str | None, set[str | None], set[str | None]]:
    """The leader's code, the members' codes and the adversaries' codes of a mention."""
    return (
        c.leader.code if c.leader else None,
        {a.code for a in c.members},
        {a.code for a in c.adversaries},
    )


def polarity_rows(text: str) -> list[PolarityRow]:
    """(text, id, polarity, leader's code, member codes) of every coalition mention under a headline."""
    return [
        (c.text, c.id, c.polarity, c.leader.code if c.leader else None, [m.code or m.name for m in c.members])
        for c in analyze(f"World news\n\n{text}").coalitions
    ]


Row = tuple[str, str | None, str, str | None, list[str]]


def rows(text: str) -> list[Row]:
    """(text, id, polarity, leader's code, member codes) of every coalition mention of ``text``."""
    return [
        (c.text, c.id, c.polarity, c.leader.code if c.leader else None, [m.code or m.name for m in c.members])
        for c in find_coalitions(text)
    ]
