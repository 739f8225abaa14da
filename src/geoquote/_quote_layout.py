"""Which stretches of an article the quotation finder reads as paragraphs, and which it leaves out.

The header above the body is no quotation text: the byline names the writer, a wire dateline
("MOSCOW, Nov 27 (Reuters) -") only says where the story was filed, and a title repeated above the body
says nothing new. The title and subtitle are read, each as a paragraph of its own, since headlines carry
attributions ("Varga: Hungary will resist any new levy on banks").

With a parsed :class:`~geoquote._records.Header`, its spans decide; without one, a wire dateline opening
one of the first paragraphs of the body is recognised here, so that it never becomes quotation content.

>>> t = "WASHINGTON (AP) — The deal is dead, Smith said."
>>> [t[a:b] for a, b in paragraphs(t, 0, None).paras]
['The deal is dead, Smith said.']
"""

from __future__ import annotations

import attrs
import regex

from ._header import COLON_DATELINE, dateline_city
from ._records import Header

__all__ = ["Layout", "blank", "paragraphs"]

_PARA = regex.compile(r"[^\n]+")
# A wire dateline opening a paragraph: "MOSCOW, Nov 27 (Reuters) -", "WASHINGTON (AP) —", "TALLAHASSEE,
# Fla. (AP) —", "Moscow, 27 November 2016 /TASS/.", "BEIRUT -", "BEIJING/TAIPEI, Dec 2 (Reuters) -" (the
# places a story was filed from, joined by slashes). A place in capitals may stand alone before its dash; a
# place in title case needs a date or an agency ("Smith - the senator" is no dateline).
_DATELINE = regex.compile(
    r"""
    [^\S\n]*+
    (?:
        (?P<caps>\p{Lu}[\p{Lu}.'’&-]++(?:[^\S\n]\p{Lu}[\p{Lu}.'’&-]*+){0,3}+   # LOS ANGELES, ST. LOUIS
          (?:/\p{Lu}[\p{Lu}.'’&-]++(?:[^\S\n]\p{Lu}[\p{Lu}.'’&-]*+){0,3}+){0,2}+)  # BEIJING/TAIPEI
        (?:,[^\S\n]\p{Lu}[\p{L}.]*+(?:[^\S\n]\p{Lu}[\p{L}.]*+){0,2}+)?          # , Fla. / , British Columbia
      | \p{Lu}\p{Ll}++(?:[\s-]\p{Lu}\p{Ll}++){0,2}+                            # Moscow, Abu Dhabi
    )
    (?P<date>,[^\S\n]?(?=[^()\n]{0,30}?\d)[^()\-–—/\n]{3,40}?)?                 # , Nov 27 / , 27 May
    [^\S\n]*+
    (?P<agency>\([\p{L}\s.-]{2,30}\)|/[\p{L}\s-]{2,30}/)?                      # (Reuters) / /TASS/
    [^\S\n]*+
    (?:(?:-{1,2}|//|(?<=/)\.)[^\S\n]++|[–—][^\S\n]*+)                        # the dash (or "/TASS/.", "//")
    """,
    regex.VERBOSE | regex.V1,
)
_DASHES = ("-", "–", "—", "/")
_BULLETS = frozenset("-*•·▪◦–")  # markers opening the items of a list
# A dateline stands in one of the first paragraphs of the body, never further down.
_DATELINE_PARAS = 3
_TIMEOUT = 1.0  # seconds; a dateline match that runs out of time leaves the paragraph as it is


@attrs.frozen
class Layout:
    """The paragraphs to read, and the header stretches (byline, dateline, repeated title) left out."""

    paras: list[tuple[int, int]]
    skipped: list[tuple[int, int]]


def paragraphs(text: str, body_start: int, header: Header | None) -> Layout:
    """The paragraphs (lines) of ``text[body_start:]`` the finder reads, and the stretches it leaves out.

    With ``header``: the line of the byline is left out, and so is the title repeated on a line of its own;
    a line holding the dateline starts after it; the title and subtitle are read as paragraphs of their own.
    """
    paras: list[tuple[int, int]] = []
    skipped: list[tuple[int, int]] = []
    own: list[tuple[int, int]] = []  # the title and subtitle spans
    byline = dateline = None
    title = ""
    body = body_start
    if header is not None:
        body = max(body_start, header.body_start)
        for span in (header.title, header.subtitle):
            if span is not None and text[span.start : span.end] == span.text and span.end > span.start:
                own.append((span.start, span.end))
        title = header.title.text.strip() if header.title is not None else ""
        if header.byline is not None and text[header.byline.start : header.byline.end] == header.byline.text:
            byline = (header.byline.start, header.byline.end)
        if (
            header.dateline is not None
            and text[header.dateline.start : header.dateline.end] == header.dateline.text
        ):
            dateline = (header.dateline.start, header.dateline.end)
    n_body = 0
    for m in _PARA.finditer(text, body_start):
        a, b = m.span()
        if text[a:b].isspace():
            continue  # a blank line, "\r" of a Windows line end included, is no paragraph
        mine = next(((x, y) for x, y in own if a <= x < b), None)
        if mine is not None:
            paras.append(mine)  # the title, the subtitle: each a paragraph of its own
            continue
        if byline is not None and a <= byline[0] < b:
            skipped.append((a, b))
            continue
        if title and m.group().strip() == title:
            skipped.append((a, b))  # the title repeated above the body
            continue
        if dateline is not None and a <= dateline[0] < b:
            skipped.append((a, dateline[1]))
            a = min(max(a, dateline[1]), b)
        elif b > body and n_body < _DATELINE_PARAS:
            d = _after_dateline(text, a, b)
            if d > a:
                skipped.append((a, d))
            a = d
        if b > body:
            n_body += 1
        while a < b and text[a].isspace():
            a += 1
        if text[a : a + 1] in _BULLETS and text[a + 1 : a + 2] == " ":
            a += 2  # "- Hungary's prime minister said ...": a list's marker, no part of the text
        if a < b:
            paras.append((a, b))
    return Layout(paras, skipped)


def _after_dateline(text: str, a: int, b: int) -> int:
    """Where a paragraph's text starts once a wire dateline opening it is left out."""
    head = text[a : min(b, a + 90)]
    if ":" in head[:30]:
        cm = COLON_DATELINE.match(text, a, b)
        if cm is not None and dateline_city(cm.group("place")):
            return cm.end()  # "ISLAMABAD: Pakistan and Afghanistan have agreed ..."
    if not any(d in head for d in _DASHES):
        return a  # literal prefilter: no dateline without a dash or slash
    try:
        m = _DATELINE.match(text, a, b, timeout=_TIMEOUT)
    except TimeoutError:
        return a
    if m is None:
        return a
    if m.group("caps") is None and not (m.group("date") or m.group("agency")):
        return a
    if m.group("caps") is not None and len(m.group("caps")) < 3 and not m.group("agency"):
        return a
    return m.end()


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked (line breaks kept): offsets stay those of the caller's string."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if a >= b:
            continue
        parts.append(text[pos:a])
        parts.append("".join(c if c == "\n" else " " for c in text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
