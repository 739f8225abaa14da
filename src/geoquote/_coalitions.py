"""Coalition finding (stub until the coalitions issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from ._check import ensure_text
from ._records import Coalition, Quote

__all__ = ["find_coalitions"]


def find_coalitions(text: str, *, body_start: int = 0, quotes: Sequence[Quote] = ()) -> tuple[Coalition, ...]:
    """Find the coalitions in ``text[body_start:]``."""
    ensure_text(text)
    return ()
