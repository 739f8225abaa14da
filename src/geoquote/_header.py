"""Header parsing (stub until the header issue lands)."""

from __future__ import annotations

import datetime as _dt

from ._check import ensure_text
from ._records import Header

__all__ = ["parse_header"]


def parse_header(text: str, *, reference_date: _dt.datetime | None = None) -> Header:
    """Parse the header of ``text``."""
    ensure_text(text)
    return Header()
