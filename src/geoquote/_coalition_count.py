"""How many members a coalition mention says it has: "the 40-nation coalition", "the bloc's 10 member states".

Only what the text prints counts: a number in the mention itself ("the six-nation Gulf Cooperation
Council", "the 15-member bloc"), in the words just after it ("the SCO comprised six member states", "the
Arab League has 22 members"), or just before it ("four of the 22 members of the Arab League", "Sweden
became the 32nd member of NATO", "the 80th country to sign up to the coalition"). The gazetteer's member
lists are not counted here: a count is a fact of the sentence.
"""

from __future__ import annotations

import re

import regex

from ._coalition_lexicon import fold
from ._trie import trie

# Patterns used inside functions, compiled once at import.
_NON_DIGITS = regex.compile(r"\D")

__all__ = ["count_value", "member_count"]

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINALS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | _TENS
_WORDS |= {w: i for i, w in enumerate(_ORDINALS)}
for _t, _v in _TENS.items():
    for _i, _u in enumerate(_UNITS[1:10], 1):
        _WORDS[f"{_t}-{_u}"] = _v + _i
        _WORDS[f"{_t}-{_ORDINALS[_i]}"] = _v + _i

_N = r"(?P<n>\d{1,3}(?:st|nd|rd|th)?|\L<words>)"
_UNIT = r"(?:member|nation|country|countries|state|party|parties|strong|ally|allie)"
_OPTS = regex.IGNORECASE | regex.VERBOSE
_words = sorted(_WORDS, key=len, reverse=True)

#: A cheap test that a window can hold a count at all: every pattern below names one of these units.
_UNIT_HINT = re.compile(r"member|nation|countr|state|part|strong|all(?:y|ie)", re.IGNORECASE)
#: A count inside the mention: "34-nation", "six nation", "22-member", "15-country" (not the number of a war:
#: "World War One allies").
_INSIDE = regex.compile(rf"(?<![\w-])(?<!\bwars?\s+){_N}[-\s]{_UNIT}s?(?![\w-])", _OPTS, words=_words)
#: A count inside the mention with one or two modifiers between number and unit: "a pact of five
#: communist states", "a bloc of the four coastal states", "the 12 Mercosur nations" (an era's war is no
#: modifier of a count: "Second World War allies").
_INSIDE_MODIFIED = regex.compile(
    rf"""(?<![\w-]){_N}\s+(?:(?!(?:of|the|and|or|in|from|to|with|for|by|its|their|wars?)\s)[\p{{L}}][\p{{L}}\-]*\s+){{1,2}}
    (?:member\s+)?(?:states|nations|countries|members|allies)(?![\w-])""",
    _OPTS,
    words=_words,
)
#: A count a prefix gives: "a trilateral pact", "a tri-state confederation", "the Quadrilateral ...".
_PREFIX_COUNT = regex.compile(
    r"(?i)(?<![\w-])(?P<p>bi|tri|quadri|quad)(?:lateral|-state|-nation|-party|-country)(?![\w-])|(?<![\w-])(?P<t>tripartite)(?![\w-])"
)
_PREFIX_VALUES = {"bi": 2, "tri": 3, "quadri": 4, "quad": 4}
#: A count in the words right after the mention.
_AFTER = regex.compile(
    rf"""^
    # what the mention is against or where it acts, a name: " against the Islamic State", " in Yemen"
    (?:\s+(?:against|in)\s+(?:the\s+)?(?-i:\p{{Lu}})[\w\-]*(?:\s+(?-i:\p{{Lu}})[\w\-]*){{0,3}}(?=\s*[,(]|\s+\p{{Ll}}))?
    (?:\s*\([^()\n]{{0,40}}\))?
    (?:\s*,[^,.;\n]{{0,40}},
      # a participle's aside, commas and all: ", founded in 1996 by A, B and C, (now has)"
      |\s*,\s*(?:founded|formed|created|established|launched|set\s+up|born)\s[^.;:()\n]{{0,100}}?,)?
    \s*(?:,\s*(?:which|that)\s+
      # a participle's clause: ", grouping ten Southeast Asian nations", ", made up of 15 states"
      |(?:,|\s[—–]|\s--)\s*(?=(?:comprising|grouping|uniting|bringing|made|composed|consisting)\s))?
    (?:'s\s+|’s\s+
      |,\s*whose\s+  # "the OIC, whose 57 members include"
      |(?:currently\s+|now\s+|then\s+|already\s+)?
       (?:consists?\s+of|consisted\s+of|comprises?|comprised|has|had|have|includes?|included|groups?|grouped
         |brings\s+together|brought\s+together|is\s+made\s+up\s+of|was\s+made\s+up\s+of|counts?|counted
         |numbers|unites|united|is\s+composed\s+of|was\s+composed\s+of
         |comprising|grouping|uniting|bringing\s+together|made\s+up\s+of|composed\s+of|consisting\s+of)\s+
       (?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?)
    # a region's words between number and noun: "groups ten Southeast Asian nations"
    {_N}\s+(?:full\s+|founding\s+|(?:(?-i:\p{{Lu}})[\p{{L}}\-]*\s+){{1,3}})?(?:member|nation|countr|state)""",
    _OPTS,
    words=_words,
)
#: A strength in members said right after the mention, in an aside or a predicate: ", now 32 strong,", " (ten
#: strong)", " is now 32 members strong" (two digits or a word at most: "a force, 800 strong" counts troops).
_STRONG_AFTER = regex.compile(
    r"""^(?:\s*(?:,|\(|\s[—–]|\s--)\s*|\s+(?:is|was|are|were|stands\s+at|stood\s+at)\s+)
    (?:now\s+|then\s+|already\s+|currently\s+)?
    (?P<n>\d{1,2}|\L<words>)[-\s](?:(?:member|nation|country|state)s?\s+)?strong(?![\w-])""",
    _OPTS,
    words=[w for w in _words if _WORDS[w] > 1 and not w.endswith(("st", "nd", "rd", "th"))],
)
#: The states a mission or coalition involves, right after it: ", involving 11 of the 12 member nations".
_INVOLVING_AFTER = regex.compile(
    rf"""^(?:\s+(?:in|off|on)\s+(?:the\s+)?\p{{Lu}}[\w\-]*(?:\s+\p{{Lu}}[\w\-]*){{0,2}})?\s*,?\s*(?:involving|involves|involved)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?{_N}\s+
    (?:of\s+(?:the|its)\s+[\w-]+\s+(?:\p{{Lu}}[\w.\-]*\s+)?)?(?:member|nation|countr|state)""",
    _OPTS,
    words=_words,
)
#: The rank a state joins the mention with, a few words after it: "joined ASEAN as its 11th member",
#: "admitted Somalia as its eighth member state", "joined the EAC in 2022, becoming its seventh member" (an
#: ordinal only; not "the fifth country to do so", nor "the 31st member of" another body).
_RANK_AFTER = regex.compile(
    rf"""^(?:\s+(?!as\b|becoming\b)[\w\-’'.]+){{0,6}}?\s*,?\s+(?:as|becoming)\s+(?:its|the)\s+{_N}\s+
    (?:full\s+)?member(?:\s+(?:state|country|nation))?\b(?!\s+of\b|-)""",
    _OPTS,
    words=_words,
)
_RANK_HINT = re.compile(r"\b(?:as|becoming)\s+(?:its|the)\s", re.IGNORECASE)
#: Names listed and joined by "and" right before a count inside the mention, which the count adds to: "Saudi
#: Arabia and (10 allies)", "France, the UK and (20 other nations)" (the named ones are members beside it).
_NAME = r"(?:the\s+)?\p{Lu}[\w.\-’']*(?:\s+\p{Lu}[\w.\-’']*){0,3}"
_LISTED_BEFORE_COUNT = regex.compile(rf"(?:{_NAME}\s*,\s*){{0,9}}{_NAME}\s+and\s+$")
#: A count in the words right before the mention: "the 22 members of", "the 32nd member of".
_BEFORE = regex.compile(
    rf"""{_N}\s+(?:full\s+|founding\s+|permanent\s+)?(?:member\s+)?
    (?:members?|nations?|countr(?:y|ies)|states?)\s+(?:of|to\s+join|in)\s+$""",
    _OPTS,
    words=_words,
)


#: A count before the mention with modifiers between number and unit ("the five Central Asian states of
#: the body"): a subset as often as the whole ("the three Baltic states of NATO"), so it counts only when it
#: agrees with the membership the data knows.
_BEFORE_MODIFIED = regex.compile(
    rf"""{_N}\s+(?:(?!(?:of|the|and|or|in|from|to|with|for|by)\s)[\p{{L}}][\p{{L}}\-]*\s+){{1,2}}
    (?:members?|nations?|countr(?:y|ies)|states?)\s+(?:of|in)\s+$""",
    _OPTS,
    words=_words,
)
#: States named as members of the mention: "names 40 countries as members of the alliance".
_AS_MEMBERS_BEFORE = regex.compile(
    rf"""{_N}\s+(?:nations|countries|states)\s+as\s+(?:full\s+)?members\s+of\s+$""",
    _OPTS,
    words=_words,
)
#: The subject that forms the mention, with its count: "the four states have since formed an alliance".
_FORMED_BY_COUNT = regex.compile(
    rf"""\b(?:the|these|those|all)\s+{_N}\s+(?:[\p{{L}}\-]+\s+)?(?:nations|countries|states)
    \s+(?:have\s+|had\s+|has\s+|then\s+)?(?:(?:now|since|also|jointly|together)\s+)?
    (?:formed|founded|created|launched|established|set\s+up)\s+$""",
    _OPTS,
    words=_words,
)
_FORMING_HINT = re.compile(r"form|found|creat|launch|establish|set\s+up", re.IGNORECASE)
#: A count the mention is brought to: "cut the group to 11 members", "takes the bloc to 30 members".
_TO_COUNT = regex.compile(
    rf"^\s+to\s+(?:only\s+|just\s+)?{_N}\s+(?:full\s+)?(?:member|nation|countr|state)", _OPTS, words=_words
)
#: The mention itself grown or brought to a count, right after it: "the alliance has grown to 32 members",
#: "NATO expanded to 32 members", "the bloc swelled to 10 members last year".
_GROWN_TO_AFTER = regex.compile(
    rf"""^\s+(?:(?:has|have|had)\s+(?:now\s+|since\s+)?(?:been\s+)?)?(?:now\s+)?
    (?:grown|grew|expanded|enlarged|swelled|swollen|risen|rose|increased|doubled|shrunk|shrank|shrunken)
    \s+to\s+(?:only\s+|just\s+)?{_N}\s+(?:full\s+)?(?:member|nation|countr|state)""",
    _OPTS,
    words=_words,
)
_CHANGE_BEFORE = regex.compile(
    r"\b(?:reduc|expand|enlarg|bring|brought|took|tak|grow|grew|increas|rais|shr[ai]nk|swell|swollen|boost)\w*"
    r"\s+(?:[\w\-’']+\s+){0,3}$",
    regex.IGNORECASE,
)


#: An ordinal ("32nd", "eleventh"): the rank of a joining member, which is a count once it has joined.
_ORDINAL = regex.compile(
    r"(?i)\d(?:st|nd|rd|th)$|^(?:\L<ordinals>)$",
    ordinals=_ORDINALS + [f"{t}-{o}" for t in _TENS for o in _ORDINALS[1:10]],
)
#: A joining still to come right before the mention: "is set to become", "would become", "hopes to join".
_FUTURE_BEFORE = regex.compile(
    r"""(?i)\b(?:(?:set|due|poised|expected|slated|likely|hoping|hopes?|bid|bidding|seeks?|seeking|aims?|aiming
        |wants?|plans?|planning|applied|applying)\s+to|will|would|could|may|might|shall)\s+
        (?:become|be|join)\s+(?:the\s+)?$""",
    regex.VERBOSE,
)


#: An infinitive right after the mention, which makes an ordinal before it a rank among doers: " to approve".
_INFINITIVE_AFTER = regex.compile(r"\s+to\s+(?!(?:join|become)\b)\p{Ll}")
#: Words that make a count the founders': "five founding members", "the six original members".
_FOUNDERS = regex.compile(r"(?i)\b(?:founding|original)\b")


def count_value(word: str) -> int | None:
    """The number a count word or numeral says ("ten", "10", "10th"), 2 to 250; None for anything else.

    >>> count_value("ten"), count_value("22"), count_value("many")
    (10, 22, None)
    """
    return _value(word)


def _value(word: str) -> int | None:
    w = word.lower()
    if w[:1].isdigit():
        n = int(_NON_DIGITS.sub("", w))
        return n if 2 <= n <= 250 else None
    return _WORDS.get(w)


#: The unit hints as lower-case literals, for the fast path of :func:`_has_unit_hint` on ASCII text.
_UNIT_HINT_WORDS = ("member", "nation", "countr", "state", "part", "strong", "ally", "allie")


def _has_unit_hint(window: str) -> bool:
    """``_UNIT_HINT.search(window)``: on ASCII text (where IGNORECASE is plain lower-casing) by substring
    tests, which run at memory speed instead of the case-insensitive scan's few characters a microsecond."""
    if window.isascii():
        low = window.lower()
        return any(w in low for w in _UNIT_HINT_WORDS)
    return _UNIT_HINT.search(window) is not None


def _may_end_before(window: str) -> bool:
    """False when :data:`_BEFORE` cannot match ``window``: it ends in "of", "join" or "in" and blanks.

    ``rstrip`` drops every blank the pattern's ``\\s+$`` can match; under IGNORECASE the only letter other
    than their own cases that matches one of those letters is "İ" (as "i"), mapped here before lower-casing.
    """
    body = window.rstrip()
    if len(body) == len(window):
        return False
    return body[-4:].replace("\u0130", "i").lower().endswith(("of", "join", "in"))


#: The number words of :data:`_N` as a trie of lower-case literals, for folded text.
_NUMBER_WORD_LOWER = re.compile(trie(_WORDS))
_ANY_DIGIT = regex.compile(r"\d")  # the digits of :data:`_N` (the same engine's Unicode data)


def _may_hold_number(window: str) -> bool:
    """False when no count of :data:`_N` (digits or a number word, in any case) can be in ``window``."""
    return _ANY_DIGIT.search(window) is not None or _NUMBER_WORD_LOWER.search(fold(window)) is not None


def member_count(text: str, start: int, end: int, known: int | None = None) -> int | None:
    """The member count ``text`` gives the mention ``text[start:end]``, or ``None`` when it gives none.

    ``known`` is how many members the data gives the body the mention names, if any: a count written with
    modifiers before the body's name ("the five Central Asian states of the body") counts only when it agrees.
    """
    own = text[start:end].lower()
    prefixed = "lateral" in own or "tri" in own or "quad" in own
    prefix = _PREFIX_COUNT.search(text, start, end) if prefixed else None
    window = text[max(0, start - 60) : end + 120]
    if not _has_unit_hint(window) or not _may_hold_number(window):
        if prefix is not None:
            return 3 if prefix.group("t") else _PREFIX_VALUES[prefix.group("p").lower()]
        return None  # no unit word or no number anywhere near: the common case, settled by two scans
    after = text[end : end + 120]
    before = text[max(0, start - 60) : start]
    m = None
    lead = before  # the words before the count: a joining still to come there makes an ordinal no count
    if _UNIT_HINT.search(text, start, end):
        m = _INSIDE.search(text, start, end)
        if m is None and (m := _INSIDE_MODIFIED.search(text, start, end)) is not None:
            n = _value(m.group("n"))
            if known is not None and n is not None and 2 * n < known:
                m = None  # "The two NATO allies": two of the body's members, not its count
        if m is not None and (listed := _LISTED_BEFORE_COUNT.search(text, start, m.start())) is not None:
            n = _value(m.group("n"))  # "Saudi Arabia and 10 allies": the named ones and the ten, 11
            if n is not None and not _ORDINAL.search(m.group("n")):
                return n + listed.group().count(",") + 1
    if m is None and _UNIT_HINT.search(after):
        m = _AFTER.match(after) or _INVOLVING_AFTER.match(after) or _STRONG_AFTER.match(after)
    if m is None and _RANK_HINT.search(after) is not None:
        rank = _RANK_AFTER.match(after)
        m = rank if rank is not None and _ORDINAL.search(rank.group("n")) else None
    if m is None and _UNIT_HINT.search(before) and _may_end_before(before):
        m = _BEFORE.search(before) or _AS_MEMBERS_BEFORE.search(before)
        if m is None and known is not None:
            weak = _BEFORE_MODIFIED.search(before)
            if weak is not None and _value(weak.group("n")) == known:
                m = weak
        lead = before[: m.start()] if m is not None else before
    if m is None and before.rstrip() != before and _FORMING_HINT.search(before) and _UNIT_HINT.search(before):
        m = _FORMED_BY_COUNT.search(before)
    if m is None and after.lstrip().startswith("to ") and _CHANGE_BEFORE.search(before):
        m = _TO_COUNT.match(after)
    if m is None and " to " in after[:40]:
        m = _GROWN_TO_AFTER.match(after)
    if m is not None and _ORDINAL.search(m.group("n")) and _FUTURE_BEFORE.search(lead):
        return None  # "set to become the bloc's eleventh member": a count the body does not have yet
    if m is not None and _ORDINAL.search(m.group("n")) and _INFINITIVE_AFTER.match(after):
        return None  # "the first member of the alliance to approve": a rank among those who did it
    if m is not None and _FOUNDERS.search(m.group()) is not None and _value(m.group("n")) != known:
        return None  # "the five founding members of ASEAN": the founders, a part of the members now (unless
        # the data's membership agrees: "the six founding members of the GCC")
    if m is None and prefix is not None:
        return 3 if prefix.group("t") else _PREFIX_VALUES[prefix.group("p").lower()]
    return None if m is None else _value(m.group("n"))
