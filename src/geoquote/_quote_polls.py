"""Polls and surveys as sources after "in": "Marrow drew 41 percent backing in a Gazette poll."

A clause of news reporting a poll's figures often names the poll only in a prepositional phrase at or near
its end: "Reyland led by six points in a new Harbour Gazette-Channel 4 poll released Sunday." PolNeAR's
annotators mark these as attributions: source the poll ("a new Harbour Gazette-Channel 4 poll released
Sunday"), cue "in", content the clause before it ("Reyland led by six points"). Two shapes are read:

* a clause, then the poll: a subject and a finite verb before "in" ("Marrow was level at 22 percent in the
  newest Gazette poll");
* a noun phrase of standing before the poll, the sentence's verb after it: "Marrow's nine-point edge in a
  Gazette poll in March has vanished" (the content is the edge).

A sentence opening "In DOCUMENT, CLAUSE" is :func:`~._quotes._in_poll`'s; what it leaves, a plural or a
possessive ("In exit polls, ferry users ...", "In April's Gazette poll, ..."), is read here with the clause
after the comma as the content.

What is no attribution here: a poll named without a determiner or in the plural in mid-sentence ("leads in
the polls", "rose in national polls": the annotators mark fewer than half of them), a poll in a sentence
whose reporting verb already reads that stretch ("X said Marrow led in a poll", "a poll shows ...": the
caller passes those spans), respondents ("a third of the voters in the poll backed ...", "took part in a
survey"), and a clause without a finite verb ("with 60 percent rating her well in a poll").

>>> t = "Marrow drew 41 percent backing in a Gazette poll."
>>> [(t[slice(*p.content)], t[slice(*p.source)], p.head) for p in poll_reports(t, 0, len(t), [])]
[('Marrow drew 41 percent backing', 'a Gazette poll', 'poll')]
"""

from __future__ import annotations

import contextlib
import itertools

import attrs
import regex

from ._speakers import MASK

__all__ = ["PollReport", "names_poll", "poll_reports"]

# A sentence longer than this is scanned with a timeout of _T seconds (the patterns are linear: a backstop,
# as in _quote_passive).
_T = 1.0
_GUARDED_SPAN = 2_000
_MAX_TRIED = 4  # poll phrases read in one sentence (news names one, seldom two)
_MIN_WORDS = 3  # a content of fewer words is a fragment ("Marrow leads")


@attrs.frozen
class PollReport:
    """One poll attribution: the cue "in" (start, end, lemma), the poll's span and head, the content."""

    cue: tuple[int, int, str]
    source: tuple[int, int]
    head: str
    content: tuple[int, int]


# A word modifying the poll, before its head: names, dates, adjectives ("new", "Gazette-Channel 4",
# "early-October", "50-state", "Monday’s"). No function word: a phrase that runs through "of", "for",
# "where" or a verb is no name of one poll ("in four of six districts where exit polls were taken").
_MOD = r"""(?:(?!(?:of|for|on|at|by|with|to|from|in|into|that|which|who|where|when|while|as|and|or|but
                  |is|are|was|were|has|had|have|said|says|show|shows|showed|found|finds)\b)
              [\p{L}\p{N}’'/.&%-]++\s++)"""
# A determiner of one poll: an article, a demonstrative, "one", "every" (with "just about"), a possessive
# ("Monday’s poll", "the Gazette’s survey").
_DET = r"""(?:(?:just\s++)?+(?:about\s++|almost\s++|nearly\s++)?+(?:every|each)
             |a|an|the|this|that|its|their|his|her|one|another|either
             |\p{Lu}[\p{L}.]*+['’]s)"""
_POLL_NP = rf"""
    (?P<np>
        (?:one\s++of\s++(?:the|its|their)\s++{_MOD}{{0,6}}?(?P<plural>[Pp]olls|[Ss]urveys)  # one of the polls
          |{_DET}\s++{_MOD}{{0,7}}?
            (?:(?P<avg>average|aggregate)\s++of\s++{_MOD}{{0,4}}?(?:[Pp]olls|[Ss]urveys|polling)  # of polls
              |(?P<one>[Pp]oll|[Ss]urvey)))
        (?![\p{{L}}\p{{N}}’'-])
        # what the source goes on with: when and by whom it was taken, where
        (?:\s++(?:released|conducted|published|taken|issued|out)
               (?:\s++(?:on|in|last|this|late|early))?+\s++[\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}.-]*+(?:\s++\p{{N}}++)?+
          |\s++(?:last|this|earlier\s++this)\s++(?:week|weekend|month|year|spring|summer|fall|autumn|winter)
          |\s++(?:from|by|for)\s++(?:the\s++)?+\p{{Lu}}[\p{{L}}.&’'-]*+
               (?:\s++(?:of\s++|and\s++)?+\p{{Lu}}[\p{{L}}.&’'-]*+){{0,5}}+
          |\s++in\s++\p{{Lu}}[\p{{L}}.-]*+(?:\s++\p{{Lu}}[\p{{L}}.-]*+){{0,2}}+(?!\s*+,\s*+\p{{Lu}})
          |\s++(?:to\s++emerge|of\s++[\p{{N}},]++\s++(?:likely\s++|registered\s++)?+(?:voters|adults|people|residents)))
        {{0,2}}+
    )"""
_IN_POLL_AFTER = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}’'-])(?P<in>in)\s++{_POLL_NP}",
    regex.VERBOSE | regex.V1,
)
# "In exit polls, ...", "In recent polls, ...", "In April’s Gazette Poll, ...": a sentence's opening
# phrase naming polls, or a poll _quotes._in_poll leaves (a possessive, a name ending "Poll").
_IN_POLLS_OPENING = regex.compile(
    rf"""(?P<in>In)\s++
        (?:{_POLL_NP}
          |(?P<pnp>(?:(?:the|these|those|recent|several|some|most|many)\s++)?+{_MOD}{{0,5}}?(?P<pl>polls|surveys)
              (?![\p{{L}}\p{{N}}’'-])))
        \s*+,\s++(?=\p{{L}}|\p{{N}})""",
    regex.VERBOSE | regex.V1,
)

# The words before "in" that make the poll a modifier of what precedes, not the clause's source: people
# answering it ("a third of the voters in the poll", "took part in a survey"; not "among voters in a poll"),
# a verb of taking part, citing or showing ("is reflected in a fresh poll").
_NOT_SOURCE_BEFORE = regex.compile(
    r"""(?:(?<![\p{L}’'-])of\s++(?:[\p{L}\p{N}’'-]++\s++){0,3}?
             (?:voters|people|respondents|adults|Americans|Democrats|Republicans|independents|residents|men|women)
          |those|participants|members|participated|part|included|involved|interested|invested
          |appeared|appear|appears|featured|cited|quoted|mentioned|named|listed|asked|surveyed|polled
          |interviewed|questioned|sampled|error|errors|question|questions|flaw|flaws|change|changes|used
          |out|reflected|evident|seen|shown|visible|apparent|mirrored)
        \s++$""",
    regex.VERBOSE | regex.V1,
)

# Where a clause opens inside a sentence: after a semicolon or colon, or at a subordinating word.
_CLAUSE_OPENER = regex.compile(
    r"""(?:[;:]\s++
          |(?<![\p{L}’'-])(?:where|when|while|whereas|although|though|because|that|who|which|whom)\s++
          |(?<![\p{L}’'-])(?<!(?:as|so|such|well|just)\s++)as\s++(?!(?:a|an|well|much|many|long|soon|far|of|to|if|part)\b))""",
    regex.VERBOSE | regex.V1,
)
# A sentence opening with a subordinate clause: its first comma ends it, the main clause follows ("While
# Marrow leads in the north, Reyland trails her in a Gazette poll").
_FRONTED = regex.compile(
    r"(?:While|When|Although|Though|Because|As|If|Despite|After|Before|Since|Once|Unless|Whereas)\s", regex.V1
)
# A figure that is a goal or a condition, not a result: "must reach 12 percent in a Gazette poll".
_NOT_RESULT = regex.compile(
    r"(?<![\p{L}’'-])(?:needs?|needed|must|has\s++to|have\s++to|had\s++to|hopes?\s++to|wants?\s++to|qualify"
    r"|if|unless|could|would)(?![\p{L}’'-])",
    regex.V1,
)
# A circumstance opening a clause before its subject ("In March, ", "As a result, ", "But "): no part of what
# the poll reports.
_LEAD_IN = regex.compile(
    r"""(?:(?:\p{N}[\p{N},.]*+|[Ii]n|[Oo]n|[Aa]t|[Aa]s|[Bb]y|[Ff]or|[Ww]ith|[Aa]fter|[Bb]efore|[Ss]ince|[Dd]uring|[Dd]espite
           |[Ss]till|[Yy]et|[Nn]ow|[Mm]eanwhile|[Hh]owever|[Ii]nstead|[Oo]verall|[Nn]ationally|[Ll]ast|[Tt]his
           |[Ee]arlier|[Aa]mong|[Ss]o\s++far|[Bb]y\s++contrast)
          (?:\s++[^\s,;:\ue000]++){0,7}?\s*+,\s++
        |(?:But|And|Yet|So|Still|Now|Also|Even|Instead)\s++(?=\p{Ll}|\p{Lu}))""",
    regex.VERBOSE | regex.V1,
)
# A finite verb: an auxiliary or modal, a frequent irregular past or present of poll news, or a past in -ed.
_FINITE = regex.compile(
    r"""(?<![\p{L}’'-])
        (?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|do|doesn’t|doesn't
          |isn’t|isn't|wasn’t|wasn't|led|leads|held|holds|fell|falls|rose|rises|took|takes|won|wins|got|gets
          |came|comes|drew|draws|trails|remains|stands|sits|runs|ran|finished|edged|tops|topped|beat|beats
          |\p{Ll}{2,}+(?<=ed)
          |\p{Ll}{2,}+(?<=s)(?<!ss|us|is|ous|ics|’s|'s)  # a present in -s before what it governs
           (?=\s++(?:\p{Lu}|\p{N}|(?:the|a|an|his|her|its|their|by|in|at|on|to|with|for|among|ahead|behind|up|down)
                  (?![\p{L}’'-]))))
        (?![\p{L}’'-])""",
    regex.VERBOSE | regex.V1,
)
# A phrase that opens with a preposition or a participle is no clause ("with 60 percent rating her well").
_NOT_FINITE_START = regex.compile(
    r"""(?:with|without|compared|including|than|of|to|for|from|among|after|before|despite|like|unlike|about|at
          |in|on|by|\p{Ll}++(?<=ing))\b""",
    regex.VERBOSE | regex.V1,
)
# After a plural noun, a word in -s is the noun's own plural more often than a verb ("percentage points").
_DET_BEFORE = regex.compile(
    r"(?<![\p{L}’'-])(?:the|a|an|\p{N}[\p{N},.]*+%?+|percent|of|his|her|their|its)\s++$", regex.V1
)
# A noun of a candidate's standing, the subject of a sentence whose verb follows the poll ("Marrow's lead in
# a poll last month has evaporated").
_STANDING = regex.compile(
    r"""(?<![\p{L}’'-])(?:lead|advantage|edge|gains?|drop|decline|rise|surge|slide|slump|standing|support|share
          |ratings?|approval|popularity|numbers|showing|position|score|margin\s++of\s++victory)(?![\p{L}’'-])""",
    regex.VERBOSE | regex.V1,
)
# The sentence's verb right after the poll phrase, after a noun phrase of standing ("... has vanished").
_VERB_AFTER = regex.compile(
    r"""\s*+,?\s*+(?:has|have|had|is|are|was|were|will|would|could|may|might|must|can|should
                    |\p{Ll}++(?<=ed)|\p{Ll}++(?<=s)(?<!ss|us|is|ous))\b""",
    regex.VERBOSE | regex.V1,
)
_POLL_WORD = regex.compile(r"[Pp]oll|[Ss]urvey", regex.V1)
# The clause going on past the poll with its verb's complement ("climbed four points in the poll to 31
# percent", "led in a poll of the north over Reyland"): the content would be cut off, the poll mid-clause.
_GOES_ON = regex.compile(r"\s++(?:to|from|at|for|on|of|over|against|that)(?![\p{L}’'-])", regex.V1)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.%-]*+", regex.V1)
_LEADING_PUNCT = frozenset(",:;—–- \t\n\r\u00a0")


def names_poll(masked: str, ss: int, se: int) -> bool:
    """The sentence ``masked[ss:se]`` names a poll or a survey (a prefilter: most sentences name none)."""
    return _POLL_WORD.search(masked, ss, se) is not None


def poll_reports(
    masked: str, ss: int, se: int, taken: list[tuple[int, int]], *, language: str = "en"
) -> list[PollReport]:
    """The poll attributions with the cue "in" of the sentence ``masked[ss:se]`` (quotations masked).

    ``taken``: the spans the sentence's other attributions read (cues, speakers, contents); a poll inside
    one, or a content reaching one, is that attribution's business, so no second record. The patterns are
    English: another ``language`` reads none. At most
    :data:`_MAX_TRIED` poll phrases are read; a long sentence is scanned with a timeout whose expiry costs
    only the polls not read yet."""
    out: list[PollReport] = []
    if language != "en" or _POLL_WORD.search(masked, ss, se) is None:
        return out  # (most sentences: no pattern is run)
    timeout = _T if se - ss > _GUARDED_SPAN else None
    with contextlib.suppress(TimeoutError):
        a, _ = _trim(masked, ss, se)
        if (m := _IN_POLLS_OPENING.match(masked, a, se, timeout=timeout)) is not None:
            got = _opening(masked, se, m)
            if got is not None and not _overlaps(got, taken):
                out.append(got)
            return out
        for m in itertools.islice(_IN_POLL_AFTER.finditer(masked, ss, se, timeout=timeout), _MAX_TRIED):
            got = _after_clause(masked, ss, se, m, out)
            if got is not None and not _overlaps(got, taken):
                out.append(got)
    return out


def _head(m: regex.Match[str]) -> str:
    word = m.group("one") or m.group("plural") or (m.groupdict().get("pl") or "poll")
    return "survey" if word.casefold().startswith("survey") else "poll"


def _opening(masked: str, se: int, m: regex.Match[str]) -> PollReport | None:
    """ "In exit polls, voters ...": the clause after the comma."""
    a, b = _trim(masked, m.end(), se)
    if len(_WORD.findall(masked, a, b)) < _MIN_WORDS - 1 or MASK in masked[a:b]:
        return None  # ("In recent polls, she does not.": a short clause is whole here, after the comma)
    np = "np" if m.group("np") is not None else "pnp"
    return PollReport(
        (m.start("in"), m.end("in"), "in"), _trim(masked, m.start(np), m.end(np)), _head(m), (a, b)
    )


def _after_clause(
    masked: str, ss: int, se: int, m: regex.Match[str], prev: list[PollReport]
) -> PollReport | None:
    """A clause, or a noun phrase of standing, then "in" and the poll."""
    at = m.start("in")
    if at == ss or _NOT_SOURCE_BEFORE.search(masked, max(ss, at - 60), at) is not None:
        return None
    lo = max([ss, *(p.source[1] for p in prev)])
    start = _clause_start(masked, lo, at)
    first, _ = _trim(masked, ss, se)
    if _FRONTED.match(masked, first, at) is not None and (comma := masked.find(", ", first, at)) >= start:
        start = comma + 1  # the fronted clause ends at its comma
    a, b = _trim(masked, start, at)
    for _ in range(2):  # ("By March 18, ten days after the vote, ...")
        if (lead := _LEAD_IN.match(masked, a, b)) is not None:
            a, b = _trim(masked, lead.end(), b)
    if len(_WORD.findall(masked, a, b)) < _MIN_WORDS or MASK in masked[a:b]:
        return None
    last = masked.rfind(",", a, b)
    if _NOT_FINITE_START.match(masked, a, b) is not None or (
        last >= 0 and _NOT_FINITE_START.match(masked, _trim(masked, last, b)[0], b) is not None
    ):
        return None  # "with 60 percent rating her well in a poll", "..., averaging 6 percent in a poll"
    if _NOT_RESULT.search(masked, a, b) is not None:
        return None  # "must reach 12 percent in a Gazette poll"
    finite = _has_finite(masked, a, b)
    if finite and _GOES_ON.match(masked, m.end(), se) is not None:
        return None
    if not finite and not (
        _STANDING.search(masked, a, b) is not None and _VERB_AFTER.match(masked, m.end(), se) is not None
    ):
        return None
    return PollReport((at, m.end("in"), "in"), _trim(masked, m.start("np"), m.end("np")), _head(m), (a, b))


def _clause_start(masked: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` opens: after the last clause opener before it, else ``lo``."""
    start = lo
    for c in _CLAUSE_OPENER.finditer(masked, lo, at):
        word = c.group().strip()
        start = c.start() if word in ("who", "which", "whom") else c.end()  # a relative: its pronoun speaks
    return start


def _has_finite(masked: str, a: int, b: int) -> bool:
    """A finite verb after the clause's first word (its subject comes first)."""
    first = _WORD.match(masked, a, b)
    lo = first.end() if first is not None else a
    for v in _FINITE.finditer(masked, lo, b):
        word = v.group()
        if (
            word.endswith("s")
            and word not in ("has", "was", "is", "does")
            and _DET_BEFORE.search(masked, max(a, v.start() - 12), v.start()) is not None
        ):
            continue  # "by 7 percentage points", "of the voters": a plural noun
        return True
    return False


def _overlaps(p: PollReport, taken: list[tuple[int, int]]) -> bool:
    lo = min(p.content[0], p.cue[0])
    hi = max(p.content[1], p.source[1])
    return any(s < hi and lo < e for s, e in taken)


def _trim(masked: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without blanks and punctuation at its ends."""
    while a < b and masked[a] in _LEADING_PUNCT:
        a += 1
    while b > a and (masked[b - 1].isspace() or masked[b - 1] in ".,;:!?—–-"):
        b -= 1
    return a, b
