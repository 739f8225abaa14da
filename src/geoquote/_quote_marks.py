"""Pairing quotation marks into quoted stretches, paragraph by paragraph.

Double marks (“ ” " « » „ ‟ ‹ › 「 」 『 』) are paired by their side and by context; single marks ‘ ’
count only where they cannot be apostrophes ("wouldn’t", "Syria ‘s", "the ’90s"), and a typewriter ' only
where it opens a word after a blank or closes after a clause's punctuation ("'No,' he said"). A quote left
open at the end of a paragraph (a single one only where it opens a sentence) continues into the next
paragraph when that one reopens a mark; otherwise it ends with its paragraph, so one unbalanced mark costs
at most its own quotation.

>>> [(r.start, r.end) for r in scan_paragraph('He said: “We will win.” Then ‘fine’ it’s', 0, 41)]
[(10, 22), (30, 34)]
"""

from __future__ import annotations

import re

import attrs
import regex

__all__ = ["MarkRun", "scan_paragraph"]

# Literals only: stdlib ``re`` finds them about twice as fast as ``regex``, in linear time.
# Every mark, a typewriter ' included: scan_paragraph tells at each ' whether it opens or closes a
# quotation ("'We cannot ignore it,' he added") or is an apostrophe, a test of two characters.
_MARK = re.compile(r"""''?|``|["“”„‟«»‹›「」『』‘’‚‛]""")
_TYPEWRITER_OPEN_AFTER = frozenset(' \t\n\r([{—–:;"“\u00a0')
_OPEN_ONLY = frozenset("„‟«‹「『")
_CLOSE_ONLY = frozenset("»›」』")
_SINGLE_OPEN = frozenset("‘‚‛")
_S_OR_DIGIT = regex.compile(r"s\b|\d")  # after an opening single mark: "Syria ‘s", "‘90s"
_CLAUSE_END = frozenset(",.!?")
_OPENERS_BEFORE = frozenset(" \t\n([{—–-/:;,…\u00a0\u2009\u202f")


@attrs.frozen
class MarkRun:
    """One quoted stretch: content ``[start, end)`` between the marks at ``open_at`` and ``close_end``."""

    start: int
    end: int
    open_at: int
    close_end: int
    closed: bool
    single: bool


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _run(
    text: str, open_at: int, close_at: int, *, closed: bool, single: bool, width: int = 1, open_width: int = 1
) -> MarkRun | None:
    """The run between a mark at ``open_at`` and one at ``close_at`` (or paragraph end), blanks trimmed."""
    s, e = open_at + open_width, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    return MarkRun(s, e, open_at, close_at + width if closed else close_at, closed, single)


def scan_paragraph(
    text: str, start: int, end: int, *, goes_on: bool = False, single_speech: bool = False
) -> list[MarkRun]:
    """The top-level quoted stretches of ``text[start:end]`` (one paragraph), in order.

    A run still open at ``end`` is returned with ``closed=False`` and ends at the paragraph's end.
    ``goes_on``: a single-quoted run was left open at the end of the paragraph before, so one that makes
    this whole paragraph is its last part, not a subhead. ``single_speech``: the article has set speech in
    typewriter single marks before ("'He came at me,' said Arthur."), so a paragraph of them is a turn too.
    """
    out: list[MarkRun] = []
    dbl: int | None = None  # position of the open double mark
    dblw = 1  # its width
    sgl: int | None = None  # position of the open single mark
    inner_end = -1  # the closing mark of a quotation nested in the open one: marks up to it stay inside
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        if i <= inner_end:
            continue
        ch = text[i]
        w = m.end() - i  # 2 for the typewriter pairs `` and ''
        if w == 2:
            ch = '"'
        elif ch == "'":
            # a typewriter ' opens a word after a blank or a bracket, or closes after a clause's punctuation;
            # elsewhere it is an apostrophe
            after = text[i + 1] if i + 1 < end else " "
            before = text[i - 1] if i > start else " "
            if after.isalnum() or after == "_":
                if before not in _TYPEWRITER_OPEN_AFTER:
                    continue
                ch = "‘"
            elif before in ",.!?":
                ch = "’"
            elif (
                sgl is not None
                and text[sgl] == "'"
                and 3 < i - sgl <= _TYPEWRITER_SPAN  # (not "rock 'n' roll")
                and _is_word(before)
            ):
                ch = "’"  # "the 'first responder' for": the close of a typewriter quote opened just before
            else:
                continue
        prev = text[i - 1] if i > start else " "
        nxt = text[m.end()] if m.end() < end else " "
        if ch in "‘’‚‛":
            sgl = _single(text, i, end, ch, prev, nxt, sgl, dbl, out)
            if (
                out
                and not goes_on
                and not single_speech
                and out[-1].single
                and text[out[-1].open_at] == "'"
                and _whole(text, out[-1], start, end)
            ):
                out.pop()  # "'Chief trade prosecutor.'" alone: a subhead quoting the text below, not speech
            continue
        if dbl is None:
            if (
                ch in _OPEN_ONLY
                or ch == "“"
                or (ch in '”"' and prev in _OPENERS_BEFORE and not nxt.isspace())
                # 'the minister said."Talks will go on,"': a sentence glued to the one before (scraped
                # paragraphs joined without a blank); no quotation is open, so the mark opens one
                or (ch == '"' and prev in ".!?" and nxt.isupper() and text[i - 2 : i - 1].islower())
            ):
                if ch == "“" and nxt.isspace() and not prev.isspace():
                    continue  # a stray closing “ whose opener is missing
                dbl, dblw, sgl = i, w, None
            continue
        # a double quote is open
        if (
            ch in _CLOSE_ONLY
            or ch in '”"'
            or (ch == "“" and (nxt.isspace() or not _is_word(nxt) or i + 1 == end))
            or (ch == "“" and prev.isspace() and text[i - 2 : i - 1] in _CLAUSE_END and nxt.islower())
        ):  # the last: ‘..., “the minister said’ — a closing mark typed as an opening one
            r = _run(text, dbl, i, closed=True, single=False, width=w, open_width=dblw)
            if r:
                out.append(r)
            dbl, sgl = None, None
        elif ch == "“" and (nested := _nested_close(text, i, end)) >= 0:
            inner_end = nested  # “... calls “chaos” than ...”: a quotation inside the open one
        else:  # “ or « that opens while a quote is open: the first one was never closed
            r = _run(text, dbl, i, closed=True, single=False, open_width=dblw)
            if r:
                out.append(attrs.evolve(r, close_end=i))
            dbl, dblw, sgl = i, w, None
    if dbl is not None:
        r = _run(text, dbl, end, closed=False, single=False, open_width=dblw)
        if r:
            out.append(r)
    elif sgl is not None and (sgl == start or _SENTENCE_BEFORE.search(text, max(start, sgl - 3), sgl)):
        # "... she told MPs. 'That is not a slogan.¶'We have heard ...'": a single mark opening a sentence
        # and left open goes on into the next paragraph, as a double one does
        r = _run(text, sgl, end, closed=False, single=True)
        if r:
            out.append(r)
    return out


# What stands right before a single mark that opens a sentence after another in its paragraph.
_SENTENCE_BEFORE = re.compile(r"[.!?:][ \t]+$")


_TYPEWRITER_SPAN = 120  # characters: a typewriter ' after a word closes a ' opened at most this far before


def _whole(text: str, r: MarkRun, start: int, end: int) -> bool:
    """The run and its marks are the whole paragraph ``text[start:end]``."""
    # (a search for the first non-blank: a slice of the paragraph for every run was quadratic in its length)
    return (
        _NON_BLANK.search(text, start, r.open_at) is None
        and _NON_BLANK.search(text, r.close_end, end) is None
    )


_NON_BLANK = re.compile(r"\S")


# How far a nested quotation's close and then the outer one's are looked for: both bounded, so a run of
# hostile marks costs linear time.
_NESTED_SPAN = 300
_OUTER_REST = 2_000


def _nested_close(text: str, i: int, end: int) -> int:
    """Where a “ at ``i`` inside an open quotation closes, when it opens a nested one: its ” comes before
    another ” with no “ between them (the outer quotation's close), else -1 (the outer one was left open)."""
    j = text.find("”", i + 1, min(end, i + _NESTED_SPAN))
    if j < 0:
        return -1
    k = text.find("”", j + 1, min(end, j + _OUTER_REST))
    if k < 0 or text.find("“", j + 1, k) >= 0:
        return -1
    return j


def _single(
    text: str,
    i: int,
    end: int,
    ch: str,
    prev: str,
    nxt: str,
    sgl: int | None,
    dbl: int | None,
    out: list[MarkRun],
) -> int | None:
    """Track a single mark; returns the new open-single position (appending a finished top-level run)."""
    if ch in _SINGLE_OPEN:
        if _is_word(prev) or not (_is_word(nxt) or nxt in '"“'):
            return sgl
        after = text[i + 1 : i + 4]
        if _S_OR_DIGIT.match(after):
            return sgl
        return i if sgl is None else sgl
    # ’
    if _is_word(prev) and _is_word(nxt):
        return sgl  # an apostrophe inside a word
    if sgl is None or prev.isspace():
        return sgl
    if dbl is None:
        r = _run(text, sgl, i, closed=True, single=True)
        if r:
            out.append(r)
    return None
