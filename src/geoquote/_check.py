"""Argument checks shared by the public verbs: caller mistakes become typed errors, text never does."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from typing import TypeVar

from .errors import InputTypeError, OptionError

__all__ = [
    "DayReference",
    "ensure_bool",
    "ensure_instance",
    "ensure_items",
    "ensure_offset",
    "ensure_path",
    "ensure_paths",
    "ensure_reference_date",
    "ensure_text",
]

_T = TypeVar("_T")


def ensure_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InputTypeError` otherwise."""
    if isinstance(text, str):
        return text
    hint = 'decode it first, e.g. data.decode("utf-8")' if isinstance(text, bytes | bytearray) else ""
    raise InputTypeError.expected(name, "str", text, hint)


class DayReference(_dt.datetime):
    """A reference date given as a day, without its time: its midnight, except that a clock time relative to
    it ("2 hours ago") is read as that day, not as a time on the day before."""


def ensure_reference_date(value: object) -> _dt.datetime | None:
    """Accept ``None``, a ``date`` or a ``datetime`` (a date becomes a :class:`DayReference`); raise
    otherwise."""
    if value is None or isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.date):
        return DayReference(value.year, value.month, value.day)
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


def ensure_bool(value: object, name: str) -> bool:
    """Return ``value`` if it is a ``bool``; raise :class:`InputTypeError` otherwise (``"no"`` is no flag)."""
    if not isinstance(value, bool):
        raise InputTypeError.expected(name, "bool (True or False)", value)
    return value


def ensure_items(value: Iterable[_T], types: type | tuple[type, ...], name: str, expected: str) -> list[_T]:
    """The items of ``value``, a collection (never a ``str``) of ``types``; raise :class:`InputTypeError`
    naming what was expected otherwise.

    >>> ensure_items("abc", str, "languages", "str")
    Traceback (most recent call last):
    ...
    geoquote.errors.InputTypeError: languages must be a collection of str (a list or a tuple), not str
    >>> ensure_items([5], str, "languages", "str")
    Traceback (most recent call last):
    ...
    geoquote.errors.InputTypeError: each item of languages must be str, not int
    """
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InputTypeError.expected(name, f"a collection of {expected} (a list or a tuple)", value)
    items = list(value)
    for x in items:
        if not isinstance(x, types):
            raise InputTypeError.expected(f"each item of {name}", expected, x)
    return items


def ensure_path(value: object, name: str) -> str:
    """A file name given as ``str`` or ``os.PathLike`` (never a number: no file descriptor), as ``str``."""
    path = os.fspath(value) if isinstance(value, os.PathLike) else value
    if not isinstance(path, str):
        raise InputTypeError.expected(name, "str or os.PathLike (a file name)", value)
    return path


def ensure_paths(value: object, name: str) -> list[str]:
    """File names: one (a ``str`` or ``os.PathLike``) or a collection of them, as a list of ``str``."""
    if isinstance(value, str | os.PathLike):
        return [ensure_path(value, name)]
    if isinstance(value, bytes) or not isinstance(value, Iterable):
        raise InputTypeError.expected(name, "a file name or a collection of file names", value)
    return [ensure_path(x, f"each item of {name}") for x in value]
