"""Salience for pronoun resolution: the people an article makes the subject of its sentences.

A pronoun ("he said", "She added that ...") most often refers to the person who opened the sentence before
it, or to the last person speaking. :func:`sentence_subjects` finds the names that open a sentence
("Former Gov. George Pataki is endorsing ...", "But Sanders says ..."), outside quotation marks, so that
the resolver can weigh them against the speakers it has seen.

>>> text = "Ann Lee met the mayor. Later Lee said the talks went well."
>>> [(text[p:p + 3], words) for p, words in sentence_subjects(text, 0)]
[('Ann', ('Ann', 'Lee')), ('Lee', ('Lee',))]
"""

from __future__ import annotations

import regex

__all__ = ["inside_quotes", "sentence_subjects"]

# A capitalised run that opens a sentence or paragraph: up to eight words, titles and initials included.
_OPENING = regex.compile(
    r"""
    (?:^|(?<=(?<!(?<![\p{L}\p{N}])\p{Lu})[.!?][”"’)]?[ \t]+)|(?<=\n[ \t]*))
    # the start of the text, a sentence or a paragraph (not after an initial: "U.S. Supreme Court ...")
    (?P<run>
        \p{Lu}[\p{L}\p{N}'’-]*+\.?                  # a capitalised word, title or initial
        (?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*+\.?){0,7}+  # more of them ("Former New York Gov. George Pataki")
    )
    (?![\p{L}\p{N}'’])
    """,
    regex.VERBOSE | regex.V1 | regex.MULTILINE,
)
# A capitalised run after a leading phrase of one or two commas: "On Tuesday, Clinton criticized ...",
# "Chastened by the reviews, as well as the costs, Tate revised ...". Tried only where :data:`_OPENING`
# found a sentence opening with such a word; followed by a lower-case word (a verb).
_AFTER_LEAD = regex.compile(
    r"""
    \p{Lu}\p{L}++                                      # the phrase's first word (see _LEAD_WORDS)
    (?:[^,.!?\n“”"«»]{1,100}+,[ \t]+){1,2}?            # the phrase, up to its comma (or a second one)
    (?P<run>
        \p{Lu}[\p{L}\p{N}'’-]*+\.?
        (?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*+\.?){0,5}+
    )
    (?=[ \t]+\p{Ll})
    """,
    regex.VERBOSE | regex.V1,
)
# Words opening a leading phrase before the subject; participles ("Chastened", "Speaking") are added by form.
_LEAD_WORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "despite",
        "with",
        "without",
        "unlike",
        "earlier",
        "later",
    ]
)
_PARTICIPLE_ENDS = ("ed", "en", "ing")
# Capitalised words that open a sentence before its subject ("But", "Later", "Meanwhile").
_OPENERS = frozenset(
    ["but", "and", "yet", "so", "still", "now", "meanwhile", "later", "then", "also", "however", "instead"]
)
_QUOTE_OPEN = frozenset("“«„")
_QUOTE_CLOSE = frozenset("”»")
_QUOTE_REACH = 3000  # characters of a paragraph read back for open quotation marks (bounded on hostile text)


def sentence_subjects(text: str, lo: int) -> list[tuple[int, tuple[str, ...]]]:
    """(position, words) of the capitalised run opening each sentence of ``text[lo:]`` outside quotes,
    or following its leading phrase ("On Tuesday, Lee said ...").

    The words are those after any sentence opener ("But", "Later"); a run read as a possessive
    ("Barden's group said") is left out, since its owner is not the subject.
    """
    out: list[tuple[int, tuple[str, ...]]] = []
    quotes = _QuoteState(text, lo)
    runs: list[tuple[int, str]] = []
    for m in _OPENING.finditer(text, lo, timeout=2.0):
        runs.append((m.start(), m.group("run")))
        first = m.group("run").split(None, 1)[0].casefold()
        if first in _LEAD_WORDS or first.endswith(_PARTICIPLE_ENDS):
            lead = _AFTER_LEAD.match(text, m.start(), timeout=1.0)
            if lead is not None:
                runs.append((lead.start("run"), lead.group("run")))
    for start, run in runs:
        words = run.split()
        end = start + len(run)
        while words and words[0].casefold() in _OPENERS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if not words or words[-1].endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end):
            continue
        if quotes.inside(start):
            continue
        out.append((start, tuple(words)))
    return out


class _QuoteState:
    """Whether positions, asked in increasing order, lie inside quotation marks of their paragraph."""

    def __init__(self, text: str, lo: int) -> None:
        self._text = text
        self._at = lo
        self._depth = 0  # curly or angle quotation marks open
        self._straight = 0  # 1 while a straight double quote is open

    def inside(self, pos: int) -> bool:
        """Read the text up to ``pos`` (a paragraph break closes every mark) and tell."""
        seg = self._text[self._at : pos]
        self._at = pos
        nl = seg.rfind("\n")
        if nl >= 0:
            self._depth = self._straight = 0
            seg = seg[nl + 1 :]
        opened = sum(map(seg.count, _QUOTE_OPEN))
        self._depth = max(0, self._depth + opened - sum(map(seg.count, _QUOTE_CLOSE)))
        self._straight ^= seg.count('"') & 1
        return self._depth > 0 or self._straight == 1


def inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened earlier in its paragraph."""
    para = max(text.rfind("\n", 0, pos) + 1, pos - _QUOTE_REACH)
    depth = 0
    straight = 0
    for ch in text[para:pos]:
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight ^= 1
    return depth > 0 or straight == 1
