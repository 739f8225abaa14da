"""Quotation finding (stub until the quotations issue lands)."""

from __future__ import annotations

from ._check import ensure_text
from ._records import Quote

__all__ = ["find_quotes"]


def find_quotes(text: str, *, body_start: int = 0) -> tuple[Quote, ...]:
    """Find the quotations in ``text[body_start:]``."""
    ensure_text(text)
    return ()
