"""Characters read as their plain forms, and spans given back the caller's characters.

The finders read copies of the caller's text with the caller's length: :func:`plain_characters` writes every
line end as a newline and every blank as a space, so offsets found in a copy are the caller's; :func:`respan`
then puts the caller's own characters back into the spans found.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TypeVar

import attrs
import regex

from ._records import Span

__all__ = ["ascii_digits", "padded_marks", "plain_characters", "respan"]

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
# The marks of writing direction (left-to-right and right-to-left marks, embeddings, isolates), which pages
# with Arabic, Persian or Hebrew names leave around quotation marks and words ('said \u200f"we will"'), are
# read the same way, and as a blank beside punctuation too.
_INVISIBLE = regex.compile(r"[\u00ad\u200b\u2060\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]", regex.V1)
_INVISIBLE_BLANK = regex.compile(
    r"""(?<=\s)[\u200b\u2060]|[\u200b\u2060](?=\s|\p{Lu})
      |(?<=[\s\p{P}])[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]
      |[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069](?=[\s\p{P}\p{Lu}]|$)""",
    regex.VERBOSE | regex.V1,
)


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
    if "â€" in text:
        text = _mended_punctuation(text)
    if _LETTER_MOJIBAKE.search(text) is not None:
        text = _LETTER_MOJIBAKE.sub(_mended_letter, text)  # (before the soft hyphens: "Ã\xad" is "í")
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("-", _INVISIBLE_BLANK.sub(" ", text))
    return text


# A letter written in UTF-8 and read back as Windows-1252 or Latin-1: two characters, a lead ("Ã", "Â", "Ä",
# "Å") and a continuation ("JoÃ£o", "HÃ©lÃ¨ne", "BRASÃ\x8dLIA", "ZagrebaÄ\x8dki"). In the copy the letter
# stands first and a filler after it, a modifier letter, so the word stays one word of letters; names read
# from the copy are given without the filler (:func:`respan`).
_CONTINUATIONS = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LETTER_MOJIBAKE = regex.compile(rf"[ÂÃÄÅ][{_CONTINUATIONS}]", regex.V1)
_FILLER = "\u02d0"  # MODIFIER LETTER TRIANGULAR COLON: a letter (Lm) no news text writes


def _mojibake_bytes(chars: str) -> bytes | None:
    """The bytes ``chars`` were read from as Windows-1252 (Latin-1 for the five bytes it leaves undefined)."""
    out = bytearray()
    for c in chars:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) > 0xFF:
                return None
            out.append(ord(c))
    return bytes(out)


def _mended_letter(m: regex.Match[str]) -> str:
    """The letter a two-character sequence of :data:`_LETTER_MOJIBAKE` stands for and the filler, or a
    blank and a space for a no-break space; the sequence itself when its bytes are no UTF-8."""
    raw = _mojibake_bytes(m.group())
    try:
        char = raw.decode("utf-8") if raw is not None else ""
    except UnicodeDecodeError:
        return m.group()
    if len(char) != 1:
        return m.group()
    return char + _FILLER if char.isalpha() else (char if not char.isspace() else " ") + " "


# Quotation marks, apostrophes and dashes written in UTF-8 and read back as Windows-1252 ("â€œ" for “,
# "â€\x9d" for ”, the last byte sometimes lost or replaced, "â€™" for ’, "â€”" for —), as a page saved in
# the wrong encoding prints them: the second and third characters -> the mark they stand for.
_MOJIBAKE = regex.compile(r"â€(œ|\x9d|\ufffd|˜|™|”|“|¦|)", regex.V1)
_MOJIBAKE_MARKS = {
    "œ": "“",
    "\x9d": "”",
    "\ufffd": "”",
    "": "”",
    "˜": "‘",
    "™": "’",
    "”": "—",
    "“": "–",
    "¦": "…",
}
_OPENING_MARKS = frozenset("“‘")
_APOSTROPHES = frozenset("'’")
_WORD_CHARS = regex.compile(r"[\p{L}\p{N}]++", regex.V1)


def _mended_punctuation(text: str) -> str:
    """``text`` with each mark of :data:`_MOJIBAKE` written as the mark (:func:`padded_marks`): an opening
    mark next to the word it opens, an apostrophe inside a word ("Russiaâ€™s") keeping the word whole."""
    marks = []
    for m in _MOJIBAKE.finditer(text):
        mark = _MOJIBAKE_MARKS[m.group(1)]
        marks.append((m.start(), m.end(), mark, mark in _OPENING_MARKS))
    return padded_marks(text, marks)


def padded_marks(text: str, marks: Iterable[tuple[int, int, str, bool]]) -> str:
    """``text`` with each span ``(a, b, char, opens)`` of ``marks`` (in order, not overlapping) written as
    ``char`` padded with spaces to the span's length: after the padding when it ``opens`` the word after it,
    else before it; an apostrophe inside a word takes the rest of the word up to it and the padding goes
    after the word ("Australia&#39;s" reads "Australia's" and four spaces), so the word stays whole."""
    parts: list[str] = []
    pos = 0
    for a, b, char, opens in marks:
        if a < pos:
            continue  # (inside a word already moved)
        pad = " " * (b - a - 1)
        parts.append(text[pos:a])
        if char in _APOSTROPHES and a > 0 and text[a - 1].isalpha() and text[b : b + 1].isalpha():
            rest = _WORD_CHARS.match(text, b)
            end = rest.end() if rest is not None else b
            parts.append(char + text[b:end] + pad)
            pos = end
            continue
        parts.append(pad + char if opens else char + pad)
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


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
    return _respan(item, text, _name_fixes(text) if not text.isascii() else None)


@functools.lru_cache(maxsize=8)  # a batch asks once per item of one text: the last few texts are kept
def _name_fixes(text: str) -> dict[str, str] | None:
    """The words the reading copy of ``text`` spells otherwise than a reader sees them -> as seen, or
    ``None`` when there are none."""
    fixes = _invisible_words(text) if _INVISIBLE.search(text) is not None else None
    if _LETTER_MOJIBAKE.search(text) is not None:
        fixes = {**(fixes or {}), _FILLER: ""}  # ("Joã\u02d0o" read for "JoÃ£o" is named "João")
    return fixes


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
    if _FILLER in fixes:
        value = value.replace(_FILLER, "")
    words = value.split()
    clean = [w.replace(core, fixes[core]) if (core := w.strip(_EDGE_MARKS)) in fixes else w for w in words]
    return " ".join(clean) if clean != words or "  " in value else value
