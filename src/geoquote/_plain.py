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
# Characters a page leaves invisible inside words: a soft hyphen ("Kaz\u00adakh\u00adstan", a hyphenation
# point), a zero-width space or a word joiner ("Ge\u200bdi"). Inside a word each reads as a hyphen, which
# keeps the word whole; a zero-width space before a capital or beside a blank reads as a blank ("Nurlan
# \u200bAbdikadyrov"). (The zero-width joiner and non-joiner belong to Persian and Indic spelling.)
_INVISIBLE = regex.compile(r"[\u00ad\u200b\u2060]", regex.V1)
_INVISIBLE_BLANK = regex.compile(r"(?<=\s)[\u200b\u2060]|[\u200b\u2060](?=\s|\p{Lu})", regex.V1)


def plain_characters(text: str) -> str:
    """``text`` with every line end written as ``"\\n"`` (``"\\r\\n"`` stays, two characters), every
    blank as a space and every soft hyphen or zero-width space as a hyphen inside a word (a space beside a
    blank or before a capital), character for character: a name written with a no-break space reads as one
    written with a space, a word with an invisible hyphenation point stays one word, and a text with bare
    carriage returns has paragraphs (``text`` itself when it holds none of these).

    >>> plain_characters("Talks resume\\r\\rBy Jane\\u00a0Doe") == "Talks resume\\n\\nBy Jane Doe"
    True
    """
    if text.isascii() and "\r" not in text and "\x0b" not in text and "\x0c" not in text:
        return text
    text = _ODD_BREAK.sub("\n", text)
    text = _ODD_BLANK.sub(" ", text)
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("-", _INVISIBLE_BLANK.sub(" ", text))
    return text


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
    breaks, entities and dashes all (``text[start:end] == span.text``). A name, role or label read where the
    caller's text hides a soft hyphen or a zero-width space in a word is given that word without them
    ("Ge\u200bdi" is read "Ge-di" and named "Gedi").
    """
    fixes = _invisible_words(text) if _INVISIBLE.search(text) is not None else None
    return _respan(item, text, fixes)


def _respan(item: _T, text: str, fixes: dict[str, str] | None) -> _T:
    cls = type(item)
    if not attrs.has(cls):
        return item
    changes: dict[str, object] = {}
    for f in attrs.fields(cls):
        value = getattr(item, f.name)
        if isinstance(value, tuple):
            parts = tuple(_respan(v, text, fixes) for v in value)
            if any(p is not v for p, v in zip(parts, value, strict=True)):
                changes[f.name] = parts
        elif fixes and isinstance(value, str) and f.name != "text":
            if (clean := _without_invisible(value, fixes)) != value:
                changes[f.name] = clean
        elif (new := _respan(value, text, fixes)) is not value:
            changes[f.name] = new
    if isinstance(item, Span):
        own = text[item.start : item.end]
        if own != item.text:
            changes["text"] = own
    return attrs.evolve(item, **changes) if changes else item  # type: ignore[misc]


_INVISIBLE_WORD = regex.compile(r"\S*?[\u00ad\u200b\u2060]\S*+", regex.V1)
_NON_BLANK = regex.compile(r"\S++", regex.V1)
_EDGE_MARKS = ".,;:!?'’\"“”()"


def _invisible_words(text: str) -> dict[str, str]:
    """The words of ``text`` that hide a soft hyphen or a zero-width space, as the reading copy spells them
    -> as a reader sees them (without the invisible characters), both without the marks around them."""
    out: dict[str, str] = {}
    for m in _INVISIBLE_WORD.finditer(text):
        word = m.group()
        copy = plain_characters(word)  # the same length: its parts stand where the word's do
        for part in _NON_BLANK.finditer(copy):
            seen = _INVISIBLE.sub("", word[part.start() : part.end()]).strip(_EDGE_MARKS)
            read = part.group().strip(_EDGE_MARKS)
            if read and read != seen:
                out[read] = seen
    return out


def _without_invisible(value: str, fixes: dict[str, str]) -> str:
    """``value`` with each word the reading copy spelt with hyphens for invisible characters written as the
    reader sees it, and its blanks single."""
    words = value.split()
    clean = [w.replace(core, fixes[core]) if (core := w.strip(_EDGE_MARKS)) in fixes else w for w in words]
    return " ".join(clean) if clean != words or "  " in value else value
