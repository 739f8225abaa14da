"""Argument checks shared by the public verbs: caller mistakes become typed errors, text never does."""

from __future__ import annotations

import datetime as _dt

from .errors import InputTypeError

__all__ = ["ensure_reference_date", "ensure_text"]


def ensure_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InputTypeError` otherwise."""
    if isinstance(text, str):
        return text
    hint = 'decode it first, e.g. data.decode("utf-8")' if isinstance(text, bytes | bytearray) else ""
    raise InputTypeError.expected(name, "str", text, hint)


def ensure_reference_date(value: object) -> _dt.datetime | None:
    """Accept ``None``, a ``date`` or a ``datetime`` (a date means its midnight); raise otherwise."""
    if value is None or isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    raise InputTypeError.expected("reference_date", "datetime.date, datetime.datetime or None", value)
