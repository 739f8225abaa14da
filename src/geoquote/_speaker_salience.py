"""Salience for pronoun resolution: the people an article makes the subject of its sentences.

A pronoun ("he said", "She added that ...") most often refers to the person who opened the sentence before
it, or to the last person speaking. :func:`sentence_subjects` finds the names that open a sentence
("Former Gov. Marvin Talbot is endorsing ...", "But Sanders says ..."), outside quotation marks, so that
the resolver can weigh them against the speakers it has seen.

>>> text = "Ann Lee met the mayor. Later Lee said the talks went well."
>>> [(text[p:p + 3], words) for p, words in sentence_subjects(text, 0)]
[('Ann', ('Ann', 'Lee')), ('Lee', ('Lee',))]
"""

from __future__ import annotations

from collections.abc import Callable

import regex

__all__ = [
    "apposed_subjects",
    "inside_quotes",
    "leading_word",
    "quoted_spans",
    "scan_timeout",
    "sentence_subjects",
    "timed_matches",
]

# A capitalised run that opens a sentence or paragraph: up to eight words, titles and initials included.
# Abbreviated titles whose dot ends no sentence ("Mr. Trump", "Sen. Ann Ruiz"), as written before a name.
_TITLE_DOTS = [
    *("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr"),
    *("Prof", "Rev", "Amb", "Atty", "Pres", "Supt", "Cpl", "Pvt", "Brig", "Sens", "Reps", "Messrs", "Mme"),
]
_OPENING = regex.compile(
    r"""
    (?:^|(?<=(?<!(?<![\p{L}\p{N}])(?:\p{Lu}|\L<titles>))[.!?][”"’)]?[ \t]+)|(?<=\n[ \t]*)|(?<=;[ \t]+))
    # the start of the text, a sentence, a paragraph or a clause after a semicolon (not after an initial:
    # "U.S. Supreme Court ...", nor after a title's abbreviation: "would not back Mr. Varga")
    (?P<run>
        \p{Lu}[\p{L}\p{N}'’-]*+\.?                  # a capitalised word, title or initial
        (?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*+\.?){0,7}+  # more of them ("Former New Mexico Gov. Marvin Talbot")
    )
    (?![\p{L}\p{N}'’])
    """,
    regex.VERBOSE | regex.V1 | regex.MULTILINE,
    titles=_TITLE_DOTS,
)
# A capitalised run after a leading phrase of one or two commas: "On Tuesday, Clinton criticized ...",
# "Chastened by the reviews, as well as the costs, Tate revised ...". Tried only where :data:`_OPENING`
# found a sentence opening with such a word; followed by a lower-case word (a verb), or by a relative clause
# or an apposition set off by a comma ("In Dover, Ann Lee, who chairs the board, said ...").
_AFTER_LEAD = regex.compile(
    r"""
    \p{Lu}\p{L}++                                      # the phrase's first word (see _LEAD_WORDS)
    (?:(?:[^,.!?\n“”"«»]|(?<=[ \t]\p{Lu}\p{Ll}{0,3})\.){0,100}+,[ \t]+){1,4}?  # the phrase, up to its comma
    # (or a second or third one: "At a rally in Dover, Del., on Thursday, Lee ...", a state's abbreviation)
    (?P<run>
        \p{Lu}[\p{L}\p{N}'’-]*+\.?
        (?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*+\.?){0,5}+
    )
    (?=[ \t]+\p{Ll}|,[ \t]++(?:who|a|an|the)[ \t]|,[ \t]++\p{N}{1,3}+,)  # its verb, a relative clause, an
    # apposition or an age first ("In Aitaroun, Hussein, 63, stood ...")
    """,
    regex.VERBOSE | regex.V1,
)
# Lower-case words between two capitalised runs of one subject ("Former Ohio governor Pete Marsh", "And
# even Lee", "Clinton campaign Chairman Tom Roe"): up to three, then the rest of the subject.
_BRIDGE = regex.compile(
    r"""
    [ \t]++
    (?P<bridge>\p{Ll}[\p{L}-]*+(?:[ \t]++\p{Ll}[\p{L}-]*+){0,2}+)   # one to three lower-case words
    [ \t]++
    (?P<run>\p{Lu}[\p{L}\p{N}'’-]*+\.?(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*+\.?){0,5}+)
    (?![\p{L}\p{N}'’])
    """,
    regex.VERBOSE | regex.V1,
)
_BRIDGE_REACH = 120  # characters after a run read for a bridge and the rest of the subject
_FIRST_REACH = 32  # characters after a run read for the first word of a bridge
# Words opening a leading phrase or clause before the subject ("As the crowd waited, Lee ..."); participles
# ("Chastened", "Speaking") are added by form.
_LEAD_WORDS = frozenset(
    [
        *("in", "on", "at", "after", "before", "during", "despite", "with", "without", "unlike"),
        *("earlier", "later", "as", "when", "while", "although", "though", "because", "since", "once"),
        *("until", "amid", "following", "throughout", "under", "for", "by", "from", "within", "if"),
        *("back", "across", "outside", "inside", "near", "around", "along", "among", "beyond", "behind"),
        *("over", "against", "between", "through", "toward", "towards", "upon", "into", "elsewhere"),
        *("nearby", "yesterday", "today", "tonight", "overnight", "afterward", "afterwards"),
    ]
)
_ADVERB_END = "ly"  # "Recently, Ann Lee ...", "Separately, ...": a sentence adverb opens a leading phrase
# The words that may open a bridge, and a predicate over the lower-case words of a bridge and the capitalised
# word after it: whether they join one subject (the resolver knows the role nouns: "governor", "campaign
# Chairman"). The set is a cheap first test: most subjects are followed by their verb ("Lee said").
Bridge = tuple[frozenset[str], Callable[[list[str], str], bool]]
_PARTICIPLE_ENDS = ("ed", "en", "ing")
# Capitalised words that open a sentence before its subject ("But", "Later", "Meanwhile").
_OPENERS = frozenset(
    [
        *("but", "and", "yet", "so", "still", "now", "meanwhile", "later", "then", "also", "however"),
        *("instead", "even", "only", "again", "finally", "too"),
    ]
)
# A noun for a view or an answer after a name's possessive opening a sentence: its owner is the topic a
# pronoun after refers to ("Ruiz's verdict was blunt. “...,” she said").
_VIEW_AFTER = regex.compile(
    r"[ \t]++(?:\p{Ll}++[ \t]++)?(?:conclusion|view|views|assessment|verdict|response|reply|answer|message"
    r"|argument|position|outlook|prognosis|take|advice|warning|judgment|judgement|forecast|diagnosis)\b",
    regex.V1,
)
# A view or a word that "came from" a person, closing a sentence's subject: the person is its topic ("Perhaps
# the sharpest assessment came from Hulya Demir, a professor at Bilkent").
_CAME_FROM = regex.compile(
    r"\b(?:assessment|criticism|warning|view|response|rebuke|reaction|praise|defen[cs]e|verdict|pushback)"
    r"[ \t]++(?:\p{Ll}++[ \t]++)?(?:came|comes)[ \t]++from[ \t]++"
    r"(?P<run>\p{Lu}[\p{L}'’-]*+(?:[ \t]++\p{Lu}[\p{L}'’-]*+){1,3})(?=[,.;])",
    regex.V1,
)
_QUOTE_OPEN = frozenset("“«„")
_QUOTE_CLOSE = frozenset("”»")
# Timeouts (seconds) of the patterns over caller text: a backstop, since they are possessive or bounded.
_T = 1.0  # a bounded window (a leading phrase and its subject)
_T_PER_CHAR = 5e-7  # more per character for the scan of the whole article
_LEAD_REACH = 600  # characters: a leading phrase (two commas of at most 100) and the subject after it
_QUOTE_REACH = 3000  # characters of a paragraph read back for open quotation marks (bounded on hostile text)


def sentence_subjects(text: str, lo: int, bridge: Bridge | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """(position, words) of the capitalised run opening each sentence of ``text[lo:]`` outside quotes,
    or following its leading phrase ("On Tuesday, Lee said ...").

    The words are those after any sentence opener ("But", "Later"); a run read as a possessive
    ("Barden's group said") is left out, since its owner is not the subject, unless a noun for a view
    follows it ("Barden's verdict was blunt": the owner is the topic); so is a person a view "came from"
    ("The sharpest assessment came from Ana Lee"). Where ``bridge`` accepts the lower-case words after a
    run, the subject goes on past them ("Former Ohio governor Pete Marsh").
    """
    out: list[tuple[int, tuple[str, ...]]] = []
    quotes = _QuoteState(text, lo)
    runs: list[tuple[int, int, str]] = []  # start, end, words
    for m in timed_matches(_OPENING, text, lo):
        runs.append((m.start(), *_bridged(text, m.end(), m.group("run"), bridge)))
        first = m.group("run").split(None, 1)[0].casefold()
        if leading_word(first) or first in _OPENERS:  # ("Meanwhile, Lee ...", "Recently, Lee ...")
            lead = _after_lead(text, m.start())
            if lead is not None:
                runs.append((lead[0], *_bridged(text, lead[0] + len(lead[1]), lead[1], bridge)))
    if "came from" in text or "comes from" in text:  # (a prefilter)
        for m in timed_matches(_CAME_FROM, text, lo):
            runs.append((m.start("run"), m.end("run"), m.group("run")))  # "The sharpest view came from X"
        runs.sort()
    for start, end, run in runs:
        words = run.split()
        while words and words[0].casefold() in _OPENERS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if words and (words[-1].endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end)):
            if _VIEW_AFTER.match(text, end + (0 if words[-1].endswith(("'s", "’s")) else 2)) is None:
                continue
            # "But Penn's conclusion was blunt.": the owner of a view is the sentence's topic
            words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
        if not words:
            continue
        if quotes.inside(start):
            continue
        out.append((start, tuple(words)))
    return out


# A sentence opened by a description, then the name it describes between commas (perhaps after a title in
# lower case: "His guest, military analyst Ivan Roe, went further"), then a lower-case verb: "Iran's foreign
# minister, Abbas Araghchi, toured the Gulf"; or a viewpoint "For Gabuev, none of this ...".
_APPOSED = regex.compile(
    r"""
    (?:^|(?<=(?<!(?<![\p{L}\p{N}])(?:\p{Lu}|\L<titles>))[.!?][”"’)]?[ \t]+)|(?<=\n[ \t]*))
    # (a title's dot may stand in the description: "Ms. Ruiz's deputy")
    (?:(?P<lead>\p{Lu}(?:[^,.!?\n“”"«»;:]|(?<=[ \t]\p{Lu}\p{Ll}{0,3})\.){2,60}+),[ \t]++
      |For[ \t]++)
    (?P<run>(?:\p{Ll}[\p{L}-]*+[ \t]++){0,2}?       # a title in lower case ("military analyst"), which the
        \p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+){0,5}+)  # caller checks ends with a role noun
    (?:[ \t]++of[ \t]++\p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+)?+)?+  # where from: "... of Texas"
    ,[ \t]++(?:\p{N}{1,3}+,[ \t]++)?\p{Ll}  # (perhaps the age first: "One voter, Ann Lee, 35, showed up")
    """,
    regex.VERBOSE | regex.V1 | regex.MULTILINE,
    titles=_TITLE_DOTS,
)


# The same after a leading phrase, its description opened by a determiner in lower case ("Speaking on behalf
# of CARICOM, the representative of Guyana, Ana Roe, thanked ..."); read where the phrase's first word opens
# a sentence (a literal first, so the pattern is cheap to scan for).
_APPOSED_AFTER_LEAD = regex.compile(
    r"""\b(?:Speaking|On|In|At|After|Meanwhile|Later|Earlier|Separately)\b[^,.!?\n“”"«»;:]{0,60}+,[ \t]++
    (?P<lead>(?:the|a|an|his|her|its|their)[ \t][^,.!?\n“”"«»;:]{2,60}+),[ \t]++
    (?P<run>(?:\p{Ll}[\p{L}-]*+[ \t]++){0,2}?\p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+){0,5}+)
    (?:[ \t]++of[ \t]++\p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+)?+)?+
    ,[ \t]++(?:\p{N}{1,3}+,[ \t]++)?\p{Ll}""",
    regex.VERBOSE | regex.V1,
)


def apposed_subjects(text: str, lo: int) -> list[tuple[int, str, tuple[str, ...]]]:
    """(position, description, words) of each name set off by commas after the description opening its
    sentence ("Iran's foreign minister, Abbas Araghchi, toured ..."), outside quotes; a viewpoint ("For
    Gabuev, none of this changes ...") has an empty description. The caller decides whether the description
    names a role."""
    out: list[tuple[int, str, tuple[str, ...]]] = []
    quotes = _QuoteState(text, lo)
    for m in timed_matches(_APPOSED, text, lo):
        if quotes.inside(m.start()):
            continue
        out.append((m.start("run"), m.group("lead") or "", tuple(m.group("run").split())))
    if ", the " in text or ", a " in text:  # (a prefilter for the pattern after a leading phrase)
        for m in timed_matches(_APPOSED_AFTER_LEAD, text, lo):
            before = text[max(0, m.start() - 3) : m.start()]
            if (m.start() > 0 and not before.endswith(("\n", ". ", "! ", "? ", '." ', "”"))) or quotes.inside(
                m.start()
            ):
                continue  # (the leading phrase opens its sentence)
            out.append((m.start("run"), m.group("lead"), tuple(m.group("run").split())))
        out.sort()
    return out


def leading_word(word: str) -> bool:
    """Whether ``word`` (case-folded) opens a leading phrase or clause before a sentence's subject: a
    preposition or conjunction ("In Oslo, ...", "Back on her street, ..."), a participle ("Speaking to
    reporters, ...") or a sentence adverb ("Recently, ...")."""
    return word in _LEAD_WORDS or word.endswith((*_PARTICIPLE_ENDS, _ADVERB_END))


def _bridged(text: str, end: int, run: str, bridge: Bridge | None) -> tuple[int, str]:
    """The end and words of ``run`` and, where ``bridge`` accepts the lower-case words after it, of the
    subject up to the next run's end ("Former Ohio" + "governor" + "Pete Marsh")."""
    if bridge is None or not text.startswith(" ", end):
        return end, run
    starts, accept = bridge
    gap = text.find(" ", end + 1, end + _FIRST_REACH)
    if gap < 0 or text[end + 1 : gap] not in starts:
        return end, run  # the common case, a verb after the subject ("Lee said"), costs one lookup
    ahead = text[end : end + _BRIDGE_REACH].split(None, 4)[:4]
    k = next((n for n, w in enumerate(ahead) if w[:1].isupper()), 0)
    if not 0 < k <= 3 or not all(w.islower() for w in ahead[:k]) or not accept(ahead[:k], ahead[k]):
        return end, run
    try:
        b = _BRIDGE.match(text, end, min(len(text), end + _BRIDGE_REACH), timeout=_T)
    except TimeoutError:
        return end, run
    if b is None:
        return end, run
    words = b.group("bridge").split()
    more = b.group("run").split()
    if not accept(words, more[0]):
        return end, run
    return b.end(), " ".join([run, *words, *more])


def _after_lead(text: str, at: int) -> tuple[int, str] | None:
    """The subject after the leading phrase opening at ``at``; none when the pattern times out there."""
    try:
        lead = _AFTER_LEAD.match(text, at, min(len(text), at + _LEAD_REACH), timeout=_T)
    except TimeoutError:
        return None
    return None if lead is None else (lead.start("run"), lead.group("run"))


def timed_matches(pattern: regex.Pattern[str], text: str, lo: int) -> list[regex.Match[str]]:
    """The matches of ``pattern`` over ``text[lo:]``, scanned under :func:`scan_timeout` and collected before
    the caller works on them, so that the timeout bounds the pattern and not the caller's work per match
    (timed with the scan, a slow first step, such as building the actor gazetteer, made the first article
    of a process lose names). A scan that times out keeps the matches found before the expiry."""
    found: list[regex.Match[str]] = []
    try:
        for m in pattern.finditer(text, lo, timeout=scan_timeout(len(text) - lo)):
            found.append(m)
    except TimeoutError:
        pass  # a pathological article: the matches found before the expiry stand
    return found


def scan_timeout(n: int) -> float:
    """The timeout (seconds) of one scan over ``n`` characters of an article: longer articles get longer.

    >>> scan_timeout(1_000_000)
    1.5
    """
    return _T + n * _T_PER_CHAR


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
        opened = seg.count("“") + seg.count("«") + seg.count("„")  # _QUOTE_OPEN, counted without a loop
        self._depth = max(0, self._depth + opened - seg.count("”") - seg.count("»"))
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


_QUOTE_MARKS = regex.compile(r"[“”«»„\"\n]")


def quoted_spans(text: str, lo: int) -> list[tuple[int, int]]:
    """(start, end) of each stretch of ``text[lo:]`` inside quotation marks, in order, read as
    :func:`inside_quotes` reads one position (marks pair within a paragraph; a line break closes what is
    open), in one pass over the marks.

    >>> t = 'Lee said “Ana Ruiz won” and "so did Tom".'
    >>> [t[a:b] for a, b in quoted_spans(t, 0)]
    ['Ana Ruiz won', 'so did Tom']
    """
    spans: list[tuple[int, int]] = []
    depth = straight = 0
    opened = -1
    for m in _QUOTE_MARKS.finditer(text, lo):
        ch, at = m.group(), m.start()
        was_open = depth > 0 or straight == 1
        if ch == "\n":
            depth = straight = 0
        elif ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        else:
            straight ^= 1
        now_open = depth > 0 or straight == 1
        if now_open and not was_open:
            opened = at + 1
        elif was_open and not now_open:
            spans.append((opened, at))
    if (depth > 0 or straight == 1) and opened >= 0:
        spans.append((opened, len(text)))
    return spans
