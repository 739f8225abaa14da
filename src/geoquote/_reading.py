"""The copy of a text the quotation and coalition finders read: soft line breaks, HTML entities,
dialogue dashes, hyphens typed for a dash after a quotation and live-blog time stamps undone.

The copy has the length of the caller's text, so every offset found in it is an offset of the caller's
string, and :func:`respan` puts the caller's own characters back into the spans found.

**Hard wraps.** Mail digests, old wire feeds and text copied from a terminal or a PDF break every line at a
fixed width (about 72 characters), so a line end falls inside sentences and quotations and says nothing
about the paragraph. The quotation and coalition finders take a line for a paragraph; on such text they
would cut every quotation at its first line end and read the first word of the next line as the start of a
sentence. In the copy each such *soft* break is a space. A break is soft when the first word of the next
line would not have fitted on the line before it at the text's wrap width; a paragraph's last line leaves
room for it. The text counts as wrapped only when its lines are no longer than a terminal's width and most
of its line breaks inside paragraphs are soft.

>>> import textwrap
>>> t = textwrap.fill("The minister said the talks had failed and that her team would fly home. " * 6, 64)
>>> ("\\n" in t, "\\n" in reading_copy(t), len(reading_copy(t)) == len(t))
(True, False, True)
>>> t = "One paragraph per line.\\nAnother paragraph."
>>> reading_copy(t) is t
True

**Entities.** Text scraped from HTML sometimes keeps an entity undecoded: ``&quot;`` where a quotation
mark stood, ``&amp;`` inside a name, ``&#39;`` in "Australia&#39;s". In the copy a quotation mark, an
ampersand, a no-break space or an apostrophe written as an entity is that character, padded with spaces on
its outer side, so that an opening mark still touches the word it opens and a closing mark the word it
closes; an apostrophe inside a word takes the rest of the word up to it and the padding after the word, so
that the word stays whole (a span that ends inside such a word, rare, quotes the caller's characters to
the same length). Other entities stay as written.

>>> reading_copy('He said talks were &quot;at an advanced stage&quot; and would end.')
'He said talks were      "at an advanced stage"      and would end.'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import regex

from ._plain import padded_marks, plain_characters, respan
from ._quote_layout import blank

__all__ = ["plain_characters", "reading_copy", "respan"]

#: the widest line a wrapped text has (terminal and mail widths run from 60 to 80 columns)
_MAX_WIDTH = 100
#: the narrowest wrap width we believe in: narrower "wrapping" is a list or a poem
_MIN_WIDTH = 55
#: at least this many soft breaks, and this share of the breaks between two lines of text
_MIN_SOFT = 3
_MIN_SHARE = 0.5
#: a wrapper by hand, or one counting a wide character twice, leaves a little room at a line's end
_SLACK = 0.1
#: lines wider than the wrap width a wrapped text may still hold (a URL, a table row), as a share
_WIDE_SHARE = 0.05


def reading_copy(text: str, start: int = 0) -> str:
    """The copy of ``text`` the finders read (``text`` itself when nothing is to undo): entities decoded,
    the soft line breaks of ``text[start:]`` made spaces, turns of dialogue written with dashes given
    quotation marks, and the time stamps opening a live blog's lines made spaces. It has the length of
    ``text``."""
    text = plain_characters(text)
    if "&" in text:
        text = _decode_entities(text)
    text = _unwrap(text, start)
    if "-" in text:
        text = _typed_dashes(text, start)
    if "—" in text or "–" in text or "―" in text:
        text = _dialogue_marks(text, start)
    if ":" in text or "." in text:
        text = _blank_time_stamps(text, start)
    return text


# A hyphen or two typed for a dash between a quotation's closing mark and its attribution ('"We will stay" -
# the minister said', '“...” -- said X').
_TYPED_DASH = regex.compile(r"(?<=[\"”»][^\S\n]{1,2})--?+(?=[^\S\n]++[\p{L}\p{N}])", regex.V1)


def _typed_dashes(text: str, start: int) -> str:
    """``text`` with the hyphens typed for a dash after a quotation's closing mark written as an en dash
    (a second hyphen as a space), as the finders read a dash there."""
    found = [m.span() for m in _TYPED_DASH.finditer(text, start)]
    if not found:
        return text
    parts: list[str] = []
    at = 0
    for a, b in found:
        parts.append(text[at:a])
        parts.append("–" + " " * (b - a - 1))
        at = b
    parts.append(text[at:])
    return "".join(parts)


# A live blog's time stamp opening a line: "13:30 GMT – ", "9.05am - ", "16:05 (local time) — ".
TIME_STAMP_PATTERN = r"""[^\S\n]*+\d{1,2}[:.]\d{2}
    (?:[^\S\n]*+[AaPp]\.?[Mm]\.?)?+  # "6:50 a.m."
    (?:[^\S\n]*+(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AT|AST
        |IST|PKT|EAT|CAT|WAT|SAST|GST|KST|JST|HKT|SGT|ICT|WIB|PHT|AEST|AEDT|NZST|NZDT|local\s++time)
        (?![\p{L}\p{N}]))?+                                    # "20:40 EAT", "09:30 CST", "6:50 a.m. ET"
    [^\S\n]*+[–—-][^\S\n]*+"""
_STAMPED_LINE = regex.compile(
    rf"(?m)^(?:{TIME_STAMP_PATTERN})(?=\p{{Lu}}|\p{{N}}|[\"“'‘])", regex.VERBOSE | regex.V1
)


def _blank_time_stamps(text: str, start: int) -> str:
    """``text`` with each line's opening time stamp made spaces ("11:20 GMT — The envoy said ..."): a
    live blog's entry starts with its sentence, whose subject later pronouns point back to."""
    return blank(text, [m.span() for m in _line_matches(_STAMPED_LINE, _DIGIT_OPENS_LINE, text, start)])


# The openings the line patterns need, found by the stdlib engine, which skips to line starts far faster
# than `regex` tries every position for a "^": blanks, then a digit (a time stamp) or a dash (a turn).
_DIGIT_OPENS_LINE = re.compile(r"^[^\S\n]*\d", re.M)
_DASH_OPENS_LINE = re.compile(r"^[^\S\n]*[—–―]", re.M)


def _line_matches(
    pattern: regex.Pattern[str], opener: re.Pattern[str], text: str, start: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start)`` for a ``pattern`` that matches at a line's start and within its
    line, tried only on the lines ``opener`` (what every match opens with) finds."""
    for o in opener.finditer(text, start):
        if (m := pattern.match(text, o.start())) is not None:
            yield m


# A line of dialogue opened by a dash ("— We will not give in, the minister said."), and a later turn on the
# same line after a sentence end (". — Our farmers have waited long enough.").
_DIALOGUE_LINE = regex.compile(r"(?m)^[^\S\n]*+[—–―][^\S\n](?=[\p{Lu}\p{N}])")
_NEXT_TURN = regex.compile(r"(?<=[.!?…])[^\S\n]++[—–―][^\S\n](?=[\p{Lu}\p{N}])")
# A first- or second-person word: a turn of dialogue speaks, a list of reports does not.
_PERSONAL = regex.compile(r"\b(?:I|we|We|me|us|my|My|our|Our|you|You|your|Your)\b", regex.V1)
# The attribution closing a turn after its comma, question or exclamation mark: "..., the minister said."
_TURN_CREDIT = regex.compile(
    r"""(?:[,?!]|,[^\S\n]*+[—–])[^\S\n]++
    (?=(?:[^\s,.;:!?]++[^\S\n]++){0,8}?
       (?:said|says|told|tells|asked|asks|added|adds|replied|replies|answered|explained|insisted|stressed
         |noted|recalled|continued|shouted|wrote|writes|countered|retorted)\b[^.!?\n]{0,60}[.!?]?[^\S\n]*+$)""",
    regex.VERBOSE | regex.V1,
)


def _dialogue_marks(text: str, start: int) -> str:
    """``text`` with the turns of dialogue written with dashes given quotation marks ("— We will not give
    in, the minister said."): the dash opening a turn becomes an opening mark next to its first word, and the
    comma (question or exclamation mark) before the attribution, or the turn's last full stop, a closing one.
    Dashes are read as dialogue only where some line holds two turns or some attributed turn speaks in the
    first or second person; a dashed list of reports ("– Talks resume in May, officials said.") stays as
    it is."""
    turns: list[tuple[int, int, regex.Match[str] | None]] = []  # (dash, stop, credit)
    dialogue = False
    for line in _line_matches(_DIALOGUE_LINE, _DASH_OPENS_LINE, text, start):
        end = text.find("\n", line.end())
        end = len(text) if end < 0 else end
        opens = [line.end() - 2] + [m.end() - 2 for m in _NEXT_TURN.finditer(text, line.end(), end)]
        dialogue = dialogue or len(opens) > 1
        for i, dash in enumerate(opens):
            stop = opens[i + 1] - 1 if i + 1 < len(opens) else end
            while stop > dash and text[stop - 1].isspace():
                stop -= 1
            credit = None
            for m in _TURN_CREDIT.finditer(text, dash + 2, stop):
                credit = m
            if credit is None:
                credit = _TURN_CREDIT_MID.search(text, dash + 2, stop)  # "..., said X. More of the turn."
            if credit is not None and _PERSONAL.search(text, dash + 2, credit.start()) is not None:
                dialogue = True
            turns.append((dash, stop, credit))
    if not dialogue or not any(c is not None for _, _, c in turns):
        return text
    chars = list(text)
    for dash, stop, credit in turns:
        if credit is not None:
            chars[credit.start()] = "”"
            gap = text[credit.start() + 1 : credit.end()]
            if gap.strip() in ("—", "–"):  # "..., — said the minister": the dash before the attribution goes
                chars[credit.start() + 1 + gap.index(gap.strip())] = " "
            if credit.re is _TURN_CREDIT_MID and text[stop - 1] in ".!?…":
                # the turn goes on after its attribution: a mark reopens it and its last stop closes it
                chars[credit.start("stop")], chars[credit.end("stop")] = " ", "“"
                chars[stop - 1] = "”"
        elif text[stop - 1] in ".!?…":
            chars[stop - 1] = "”"
        else:
            continue  # no end to close ("— Reporting by X"): no mark is opened either
        chars[dash], chars[dash + 1] = " ", "“"
    return "".join(chars)


# The same attribution inside a turn that goes on after it: "— We were told so, said Ana. Now we know."
_TURN_CREDIT_MID = regex.compile(
    r"""(?:[,?!]|,[^\S\n]*+[—–])[^\S\n]++
    (?=(?:[^\s,.;:!?]++[^\S\n]++){0,8}?
       (?:said|says|told|tells|asked|asks|added|adds|replied|replies|answered|explained|insisted|stressed
         |noted|recalled|continued|shouted|wrote|writes|countered|retorted)\b[^.!?\n]{0,60}(?P<stop>[.!?])
       [^\S\n](?=\p{Lu}))""",
    regex.VERBOSE | regex.V1,
)


# A quotation mark, an ampersand, a no-break space or an apostrophe written as an HTML entity, by name or
# number.
_ENTITY = regex.compile(
    r"&(?:quot|amp|nbsp|apos|[lr]dquo|[lr]s?aquo|[lr]squo|bdquo|#0*+(?:34|38|39|160|171|187|821[6-7]|822[0-2])"
    r"|#[xX]0*+(?:22|26|27|[aA]0|[aA][bB]|[bB][bB]|201[89c-eC-E]));"
)


def _decode_entities(text: str) -> str:
    """``text`` with each :data:`_ENTITY` made its character, padded with spaces to the entity's length
    (:func:`padded_marks`): a mark opening a word next to it, an apostrophe inside a word keeping it whole."""
    if _ENTITY.search(text) is None:
        return text
    marks = []
    for m in _ENTITY.finditer(text):
        a, b = m.span()
        opens = text[b : b + 1].isalnum() and (a == 0 or not text[a - 1].isalnum())
        marks.append((a, b, html.unescape(m.group()), opens))  # '&quot;word' -> '     "word'
    return padded_marks(text, marks)


def _unwrap(text: str, start: int) -> str:
    """``text`` with the soft line breaks of ``text[start:]`` made spaces, or ``text`` itself if unwrapped.

    A break is a ``"\\n"`` (with the ``"\\r"`` before it, if any) between two lines that both hold text;
    a blank line always ends a paragraph. The result has the length of ``text``.
    """
    if text.count("\n", start) < 2 * _MIN_SOFT:
        return text
    lines: list[tuple[int, int]] = []  # (start, end) of each line from the one holding start, "\r" left out
    pos = text.rfind("\n", 0, start) + 1
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        lines.append((pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    widths = [len(text[a:b].rstrip()) for a, b in lines]
    full = [w for w in widths if w]
    if len(full) < 2 * _MIN_SOFT:
        return text
    narrow = [w for w in full if w <= _MAX_WIDTH]
    if len(full) - len(narrow) > _WIDE_SHARE * len(full) or not narrow:
        return text
    width = _wrap_width(narrow)
    if width < _MIN_WIDTH:
        return text
    soft: list[int] = []
    strict = breaks = 0
    for i in range(len(lines) - 1):
        if not widths[i] or not widths[i + 1]:
            continue
        breaks += 1
        a, b = lines[i + 1]
        word = text[a:b].split(None, 1)
        if not word or (_indent(text, a) > _indent(text, lines[i][0]) and not _hanging(text, lines, i)):
            continue  # an indented line opens a paragraph ("    LONDON, March 1 - Talks on ...")
        if _BULLET.match(text, a) is not None:
            continue  # so does a list item's mark ("• “...,” said X")
        reach = widths[i] + 1 + len(word[0])
        strict += reach > width
        if reach > width * (1 - _SLACK):
            soft.append(i)
    if strict < _MIN_SOFT or strict < _MIN_SHARE * breaks:
        return text
    chars = list(text)
    for i in soft:
        for k in range(lines[i][1], lines[i + 1][0]):
            chars[k] = " "
    return "".join(chars)


def _wrap_width(widths: list[int]) -> int:
    """The width a text is wrapped at: its widest line, unless a few lines stand out wider than the rest by
    more than a wrapper's slack (a caption or a "Read more" line pasted in among lines wrapped at 66)."""
    top = sorted(widths)
    k = len(top) - 1
    while (
        k > 0 and len(top) - 1 - k < max(1, _WIDE_SHARE * len(top)) and top[k] > top[k - 1] * (1 + _OUTLIER)
    ):
        k -= 1
    return top[k]


#: how much wider than the next widest a line may be and still count for the wrap width
_OUTLIER = 0.15
# A list item's mark opening a line: "• ", "- ", "* ".
_BULLET = re.compile(r"[ \t]*[•\-*·▪][ \t]+")


def _hanging(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """The line after ``lines[i]`` goes on a list item with a hanging indent: its indent is where the text
    of the item after its mark starts ("• “An election ...,” said Indonesian" / "  Foreign Minister ...")."""
    k = i
    while k >= 0 and _BULLET.match(text, lines[k][0]) is None:
        if _indent(text, lines[k][0]) == 0 and k < i:
            return False
        k -= 1
    if k < 0:
        return False
    mark = _BULLET.match(text, lines[k][0])
    return mark is not None and _indent(text, lines[i + 1][0]) == mark.end() - lines[k][0]


def _indent(text: str, at: int) -> int:
    """How many spaces or tabs open the line starting at ``at``."""
    n = 0
    while at + n < len(text) and text[at + n] in " \t":
        n += 1
    return n
