"""Characters read as their plain forms, and spans given back the caller's characters.

The finders read copies of the caller's text with the caller's length: :func:`plain_characters` writes every
line end as a newline and every blank as a space, so offsets found in a copy are the caller's; :func:`respan`
then puts the caller's own characters back into the spans found.
"""

from __future__ import annotations

from typing import TypeVar

import attrs
import regex

from ._records import Span

__all__ = ["ascii_digits", "plain_characters", "respan"]

_T = TypeVar("_T")

# Line ends other than "\n" and "\r\n" (a bare carriage return of old Mac exports, the Unicode line and
# paragraph separators, vertical tab, form feed, next line), and blanks that are not a plain space (no-break
# and narrow no-break spaces, the fixed-width spaces, a byte order mark read as text).
_ODD_BREAK = regex.compile(r"\r(?!\n)|[\u2028\u2029\x0b\x0c\x85]", regex.V1)
_ODD_BLANK = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]", regex.V1)


def plain_characters(text: str) -> str:
    """``text`` with every line end written as ``"\\n"`` (``"\\r\\n"`` stays, two characters) and every
    blank as a space, character for character: a name written with a no-break space reads as one written
    with a space, and a text with bare carriage returns has paragraphs (``text`` itself when it holds none
    of these).

    >>> plain_characters("Talks resume\\r\\rBy Jane\\u00a0Doe") == "Talks resume\\n\\nBy Jane Doe"
    True
    """
    if text.isascii() and "\r" not in text and "\x0b" not in text and "\x0c" not in text:
        return text
    text = _ODD_BREAK.sub("\n", text)
    return _ODD_BLANK.sub(" ", text)


#: The decimal digits of the scripts news pages print dates in -> ASCII digits: Arabic-Indic (Arabic pages),
#: extended Arabic-Indic (Persian and Urdu), Devanagari, Bengali, and the full-width digits of Chinese and
#: Japanese pages (the Unicode code charts: each block's digits zero to nine are consecutive).
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10)
_TO_ASCII_DIGITS = {zero + n: ord("0") + n for zero in _DIGIT_ZEROS for n in range(10)}
_OTHER_DIGIT = regex.compile(r"[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]")


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts written as ASCII digits, character for character ("٤ مارس
    ٢٠٢٥" reads as "4 مارس 2025"): the date patterns read ASCII digits (``text`` itself when it holds none).

    >>> ascii_digits("٤ مارس ٢٠٢٥"), ascii_digits("２０２５年３月４日")
    ('4 مارس 2025', '2025年3月4日')
    """
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_TO_ASCII_DIGITS)


def respan(item: _T, text: str) -> _T:
    """``item`` with the text of each span in it (itself included) taken again from ``text``.

    The finders read the copy :func:`reading_copy` made; their spans must quote the caller's string, line
    breaks, entities and dashes all (``text[start:end] == span.text``).
    """
    cls = type(item)
    if not attrs.has(cls):
        return item
    changes: dict[str, object] = {}
    for f in attrs.fields(cls):
        value = getattr(item, f.name)
        if isinstance(value, tuple):
            parts = tuple(respan(v, text) for v in value)
            if any(p is not v for p, v in zip(parts, value, strict=True)):
                changes[f.name] = parts
        elif (new := respan(value, text)) is not value:
            changes[f.name] = new
    if isinstance(item, Span):
        own = text[item.start : item.end]
        if own != item.text:
            changes["text"] = own
    return attrs.evolve(item, **changes) if changes else item  # type: ignore[misc]
