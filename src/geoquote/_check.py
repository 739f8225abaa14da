"""Argument checks shared by the public verbs: caller mistakes become typed errors, text never does."""

from __future__ import annotations

import datetime as _dt
from typing import TypeVar

from .errors import InputTypeError, OptionError

__all__ = ["ensure_instance", "ensure_offset", "ensure_reference_date", "ensure_text"]

_T = TypeVar("_T")


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


def ensure_offset(value: object, name: str = "body_start") -> int:
    """Return ``value`` if it is a non-negative ``int`` offset; raise a typed error otherwise."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputTypeError.expected(name, "a non-negative int (a character offset)", value)
    if value < 0:
        raise OptionError(f"{name} must be a non-negative character offset, not {value}")
    return value


def ensure_instance(value: _T, types: type | tuple[type, ...], name: str, expected: str) -> _T:
    """Return ``value`` if it is an instance of ``types``; raise :class:`InputTypeError` otherwise."""
    if not isinstance(value, types):
        raise InputTypeError.expected(name, expected, value)
    return value
