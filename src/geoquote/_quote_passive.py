"""Passive attributions with their agent: "The plan is supported by most of the dock unions."

A verb of saying, judging or backing in the passive names its speaker after "by" and what was said before
it, as its subject: "The shortage was first reported by the Harbour Gazette" (the Gazette reported the
shortage). PolNeAR's annotators mark these as attributions, source the agent, cue the participle, content
the subject, with what the agent said of it when the verb has a complement ("Ms. Marrow has been called a
fraud by rival candidates": the content runs from "Ms. Marrow" to "a fraud") or a reason or a view after the
agent ("was criticized by the unions for closing the port", "is seen by voters as a fighter"). A record's
content is one span: it covers the verb and the agent between them. Three shapes are read:

* a finite passive, a form of "be" before the participle: the subject of its clause;
* a participle right after a noun phrase, without "be": "a view echoed by the port authority", "The ferry
  line, opposed by the dock unions, never opened": the noun phrase;
* "as reported by": "As reported by the Gazette, the ferry will stop", "the ferry will stop, as first
  reported by the Gazette": the clause beyond the comma.

What is no attribution: a passive without a "by" agent ("is thought to be", "was reported on Monday"), a
"by" phrase that names no speaker or body ("by midnight", "by the end of the week", "by phone", "by the
rain": :func:`~._speakers.subject_after` reads none there, nor :data:`_AGENT_NOUNS`), a participle that is
no verb of saying, judging or backing ("was led by", "was caused by", "was appointed by": only the
participles of the lexicon's ``passive_cues`` are read), and a relative clause, whose subject is only its
pronoun ("which was claimed by the group": the antecedent is no part of this rule's reading).

>>> from geoquote._quote_lexicon import DEFAULT_LEXICON as lex
>>> t = "The figures were disputed by the ferry company."
>>> [(t[slice(*p.content)], t[p.agent.start : p.agent.end], p.cue[2]) for p in passive_reports(t, 0, 47, lex)]
[('The figures', 'the ferry company', 'dispute')]
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Mapping

import attrs
import regex

from ._quote_lexicon import QuoteLexicon, compiled
from ._speakers import MASK, Mention, subject_after

__all__ = ["PassiveReport", "passive_reports"]

# A sentence longer than this is scanned with a timeout of _T seconds (see _quotes: the same backstop).
_T = 1.0
_GUARDED_SPAN = 2_000
_MAX_TRIED = 8  # matches of each shape read in one sentence (a sentence of news holds one or two)

# The participles read in the passive, with their lemma, are lexicon data (``QuoteLexicon.passive_cues``,
# the "passive" table of data/cues_en.json): verbs of reporting ("reported", "confirmed"), of judging and
# naming ("criticized", "called"), of backing and opposing ("supported", "echoed", "rejected").
# Verbs of viewing report only with their "as" complement ("is seen by voters as a fighter"); "seen by
# Reuters" is a document read, no view. Verbs of naming and deeming report only with the name or the
# judgment ("called a fraud by", "considered unclean by", "labeled as a threat by"); "was called by the
# mayor" is a meeting convened or a phone rung.
_AS_ONLY = frozenset(["view", "see", "regard"])
_NAMING = frozenset(["call", "dub", "label", "brand", "consider", "deem"])
# Verbs whose words after the agent are part of what was said, with the word that opens them: the reason or
# charge of a verb of judging ("criticized by the unions for closing the port", "accused by rivals of
# lying"), the view of a verb of naming or viewing ("portrayed by the campaign as a threat"), the
# infinitive of a verb of reporting ("was reported by the Gazette to have been dropped").
_TAILS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("criticize", "condemn", "denounce", "deride", "dismiss", "ridicule"), ("for", "as")),
    **dict.fromkeys(("mock", "slam", "blast", "lambaste", "excoriate", "rebuke", "berate"), ("for", "as")),
    **dict.fromkeys(("praise", "applaud", "hail", "laud", "call", "describe", "label"), ("for", "as")),
    **dict.fromkeys(("brand", "dub", "portray", "characterize", "interpret", "view", "see"), ("for", "as")),
    **dict.fromkeys(("regard", "consider", "deem"), ("for", "as")),
    **dict.fromkeys(("report", "claim", "confirm", "reveal"), ("to",)),
    "accuse": ("of", "as"),
    "blame": ("for",),
}


@attrs.frozen
class PassiveReport:
    """One passive attribution: the participle (start, end, lemma), its agent, the content's span."""

    cue: tuple[int, int, str]
    agent: Mention
    content: tuple[int, int]


# "by" before an agent, not before a gerund ("was criticized by refusing": a means).
_BY = r"\s++by\s++(?!(?:\p{L}++(?<=ly)\s++)?+\p{L}++(?<=ing)\b)"
# A form of "be", up to three adverbs, the participle, up to five words before "by" (a complement, "a
# fraud", or an adjunct, "last week"; no clause, "it was revealed that he funded lawsuits by"), then "by".
_FINITE_PATTERN = (
    r"""
    (?<![\p{L}'’-])(?:is|are|was|were|be|been|being|am)
    (?:\s++(?:not|also|never|first|later|since|then|now|once|already|still|all|both|too|so|most|long
             |\p{Ll}++(?<=ly))){0,3}+
    \s++(?P<verb>\L<verbs>)(?![\p{L}'’-])
    (?P<gap>(?:\s++(?!(?:by|that|which|who|whether|he|she|they|we|it|I)\b)[\p{L}\p{N}$%'’.\ue000-]++){0,5}?)
    """
    + _BY
)
# A participle right after a noun phrase, perhaps set off by a comma and after an adverb: "a view echoed
# by", "the bill, opposed by", "a fact later confirmed by".
_REDUCED_PATTERN = (
    r"""
    (?<=[\p{L}\p{N}’'),])
    (?P<comma>\s*+,|\s++[—–-]{1,2})?+
    \s++(?:(?:first|later|once|long|also|since|still|now|often|\p{Ll}++(?<=ly))\s++)?+
    (?P<verb>\L<verbs>)(?![\p{L}'’-])
    """
    + _BY
)


def _patterns(participles: Mapping[str, str]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The finite and the reduced passive patterns over a lexicon's participles, built once per table
    (looked up by identity, as :func:`~._quote_lexicon.compiled` is: no set is built or hashed per call)."""
    got = _BUILT.get(id(participles))
    if got is not None and got[0] is participles:
        return got[1]
    verbs = sorted(participles, key=len, reverse=True)
    flags = regex.VERBOSE | regex.V1
    built = (
        regex.compile(_FINITE_PATTERN, flags, verbs=verbs),
        regex.compile(_REDUCED_PATTERN, flags, verbs=verbs),
    )
    _BUILT[id(participles)] = (participles, built)
    return built


_BUILT: dict[int, tuple[Mapping[str, str], tuple[regex.Pattern[str], regex.Pattern[str]]]] = {}


# "As reported by", opening the sentence or after a comma: "As first reported by the Gazette, ...", "...,
# as reported by the Gazette."
_AS_REPORTED = regex.compile(
    r"""
    (?<![\p{L}'’-])[Aa]s\s++(?:(?:first|previously|originally|earlier|initially|widely)\s++)?+
    (?P<verb>reported|disclosed|revealed|confirmed)
    """
    + _BY,
    regex.VERBOSE | regex.V1,
)
# Auxiliaries and adverbs before a form of "be", back to the verb group's start: "has been", "will not be",
# "is likely to be", "may have been".
_AUX_BEFORE = regex.compile(
    r"""(?<![\p{L}'’-])(?:has|have|had|will|would|could|can|should|may|might|must|is|are|was|were)
        (?:\s++(?:not|never|also|still|now|already|long|often|always|since|likely\s++to|going\s++to
                 |expected\s++to|have|\p{Ll}++(?<=ly)))*+\s++$""",
    regex.VERBOSE | regex.V1,
)
# Where a passive's subject starts: after a semicolon, a colon, a bracket or a dash, or after a word that
# opens a clause ("said that", "because", "but", ", and", "how"); a relative pronoun opens one too, and
# leaves the subject empty ("which was claimed by").
_CLAUSE_OPEN = regex.compile(
    r"""
    (?:[;:(\[]|\s[—–-]{1,2}\s|—
      |(?<![\p{L}'’-])(?i:(?P<sub>because|since|although|though|while|whereas|when|after|before|if|unless
                             |until|once|as)
                           |that|but|where|whether|so|than|said|says|say|told|who|whom|whose|which|how|why
                           |what)(?![\p{L}'’-])
      |,\s++(?:and|or)(?![\p{L}'’-]))
    """,
    regex.VERBOSE | regex.V1,
)
# An aside closing a subject, set off by commas or dashes: it opens no clause ("calls to ..., where ...,
# were rejected", "Dr. Oz — a surgeon — has been called").
_ASIDE_END = regex.compile(r"(?:,|\s[—–]|\s--)\s++[^,;:—–\ue000]{1,120}+(?:,|[—–]|--)\s*+$", regex.V1)
# An adverb set off after the subject: "Ilse Marrow, meanwhile, is supported by".
_ADVERB_ASIDE = regex.compile(
    r"""\s*+,\s*+(?:meanwhile|however|though|too|also|instead|in\s++turn|for\s++example|for\s++instance|then
                  |in\s++fact|of\s++course|\p{Ll}++(?<=ly))\s*+,?+\s*+$""",
    regex.VERBOSE | regex.V1,
)
# A lead before the subject, set off by a comma: "In 2015, calls to ... were rejected", "Still, the plan".
_LEAD = regex.compile(
    r"""(?:(?:But|And|Yet|So|Still|However|Now|Then|Meanwhile|Instead|Indeed|Already|Last|This|Earlier|Later
          |In|On|At|For|After|Before|During|Since|By|With|Without|Despite|Amid|Under|Over|From|Like|Unlike|As
          |Though|Although|While|When|If|\p{Lu}\p{Ll}++ly)\b[^,;:\ue000]{0,80}?,\s++)++""",
    regex.VERBOSE | regex.V1,
)
# A subject that is no noun phrase: one ending on a conjunction is a second verb's ("which are issued ...
# and are championed by"), one opening with a verb of "be" or an auxiliary too.
_NOT_SUBJECT_EDGE = frozenset(
    [
        *("and", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will"),
        *("would", "could", "should", "can", "may", "might", "must", "to", "of", "by", "for", "with", "it's"),
    ]
)
_SUBJECT_REACH = 300  # characters read back for a finite passive's subject
_SUBJECT_WORDS = 30  # a longer "subject" is a clause this rule misread
# A complement between the participle and "by" is part of what the agent said ("called a fraud", "deemed
# insufficient"); an adjunct of time or place is not ("last week", "on Tuesday", "in New Hampshire"), nor a
# second participle ("echoed and augmented by").
_ADJUNCT = regex.compile(
    r"""\s*+(?:on|in|at|during|last|this|earlier|later|yesterday|today|again|also|first|now|then|once|the\s++day
        |early|late|to|over|and|or|with|after|before|since|\p{N}++|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
        |January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug
        |Sept|Oct|Nov|Dec
        |\p{Ll}++(?<=ly))\b""",
    regex.VERBOSE | regex.V1,
)
# A particle after "called": a phrasal verb, no naming ("called off", "called on", "called for").
_CALLED_PARTICLE = regex.compile(r"\s++(?:off|on|upon|for|in|up|out|back|to)\b", regex.V1)
# What the agent said after it, for a verb of judging: a reason ("for closing the port"), a charge ("of
# lying"), a view ("as a fighter"), up to the clause's end.
_TAIL = regex.compile(
    r"""(?:\s++(?:and|or)\s++[\p{L}'’.-]++(?:\s++[\p{L}'’.-]++){0,3}?)?  # a second agent ("and voters")
        (?:\s++(?:already|also|repeatedly|often))?+
        \s*+(?:,\s*+)?(?:(?P<w>for|of|to(?=\s++(?!(?:the|a|an|this|that|these|those|his|her|its|their|our)\b)\p{Ll}))\s++(?P<rest>[^,;:\ue000]{3,200}+)
                        |(?P<w>as)\s++(?P<rest>[^,;:]{3,200}+))  # (a quotation as what it was called)""",
    regex.VERBOSE | regex.V1,
)
# A quantity before the agent: "most of the dock unions", "42 percent of those responding".
_QUANTITY_OF = regex.compile(
    r"""(?:(?:nearly|almost|about|roughly|more\s++than|fewer\s++than|at\s++least)\s++)?+
        (?:(?:overwhelming|large|huge|vast|small|slim|narrow|clear)\s++)?+
        (?:most|many|some|several|all|half|much|none|few|a\s++few|a\s++majority|majorities|a\s++number|one\s++or\s++more
          |a\s++group|a\s++series|a\s++handful|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds
          |thousands|(?P<share>\p{N}[\p{N}.,]*+\s*+(?:percent|per\s++cent|%)|\p{N}++\s++in\s++\p{N}++)|\p{N}++)
        \s++of\s++""",
    regex.VERBOSE | regex.V1,
)
# Verbs of disclosing: set off after a clause's subject, they report the whole clause.
_DISCLOSING = frozenset(["report", "disclose", "reveal", "confirm"])
# The rest of a clause after an aside that closes with a comma or a dash, up to a semicolon or the end: a
# lower-case verb opens it ("..., first reported by the Times on Tuesday, suggested ...").
_REST_OF_CLAUSE = regex.compile(r"[^,;:—–\ue000]{0,60}+(?:,|\s[—–-]{1,2})\s++\p{Ll}[^;:\ue000]*+", regex.V1)
# A quantity alone as the agent, before what it said or the clause's end: "was seen by many as a fighter".
_SOME = regex.compile(
    r"(?:(?:some|many|others|several|most)(?=\s*+(?:[,.;:]|as\b|for\b|$))|everyone|everybody)(?![\p{L}'’-])",
    regex.V1,
)
# Pronouns of people after "by" ("was denied by him"); "it", "this" name no speaker.
_PERSONAL = frozenset(["him", "her", "them", "us", "me", "he", "she", "they"])
# A possessor before the agent's noun: "the port authority's own engineers".
_OWN_NOUN = regex.compile(r"\s++(?:own\s++)?+(?=\p{Ll})", regex.V1)
# The words of a plain noun phrase after "by", for an agent the speaker reader does not know: up to five
# words (a determiner, modifiers, figures) before a punctuation mark ("the dock unions", "the 9,000 fans
# in the arena").
_PLAIN_WORDS = regex.compile(
    r"(?&w)(?:\s++(?&w)){0,4}+(?(DEFINE)(?P<w>[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[,.](?=[\p{L}\p{N}]))*+))",
    regex.V1,
)
# Heads of people and bodies that are no role of the speaker lexicon but are often a passive's agent; a
# plural of a role or of a body is one too ("witnesses", "unions").
_AGENT_NOUNS = frozenset(
    [
        *("advocates", "activists", "conservatives", "liberals", "progressives", "libertarians", "moderates"),
        *("engineers", "unions", "scientists", "academics", "commentators", "pundits", "economists"),
        *("scholars", "politicians", "campaigners", "protesters", "opponents", "supporters", "allies"),
        *("partisans", "regulators", "prosecutors", "investigators", "judges", "courts", "newspapers"),
        *("outlets", "papers", "publications", "electorate", "establishment", "public", "father", "mother"),
        *("parents", "wife", "husband", "brother", "sister", "son", "daughter", "board", "jury", "panel"),
    ]
)
# Plurals in "-ers" that name things, not people.
_THINGS_ERS = frozenset(
    [
        *("numbers", "letters", "matters", "orders", "powers", "waters", "offers", "layers", "borders"),
        *("centers", "markers", "answers", "barriers", "chapters", "corners", "filters", "headquarters"),
        *("towers", "transfers", "meters", "headers", "computers", "containers", "quarters", "registers"),
        *("tankers", "trailers", "flyers", "posters", "banners", "papers", "leftovers", "factors", "waivers"),
    ]
)
# A population after a share of it: "42 percent of those responding", "58 percent of the electorate".
_POPULATION = regex.compile(
    r"""(?:the\s++|those\s++|all\s++)?+[\p{L}-]++
        (?:\s++(?!(?:in|on|at|for|who|that|which|while|and|but|to|from|with|as|after|before|when)\b)[\p{L}-]++){0,3}+""",
    regex.VERBOSE | regex.V1,
)


# Reading a noun phrase back from a reduced participle: words that open one (a determiner, a quantifier),
# words it never crosses (prepositions, verbs of being, clause words), and words before the participle that
# make it a finite verb ("has opposed", "they opposed") or a clause of its own ("as reported by").
_DETERMINERS = frozenset(
    [
        *("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my"),
        *("your", "some", "many", "several", "such", "no", "any", "every", "each", "both", "all", "most"),
        "another",
    ]
)
_NP_STOP = frozenset(
    [
        *("to", "in", "on", "at", "for", "with", "from", "by", "about", "into", "over", "under", "against"),
        *("after", "before", "during", "than", "as", "like", "between", "among", "through", "toward", "of"),
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says"),
        *("and", "or", "but", "that", "which", "who", "whom", "because", "if", "when", "while", "not"),
    ]
)
_NOT_NOUN = frozenset(
    [
        *("most", "more", "less", "least", "very", "so", "too", "the", "a", "an"),
        *("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will"),
        *("would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "not"),
        *("he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "and", "or", "but", "to"),
        *("as", "when", "if", "once", "after", "before", "while"),
    ]
)
_NOT = ("n't", "n’t")  # a negated auxiliary ends a noun phrase read back ("doesn't include money raised by")
_NP_WORDS = 6  # words of a noun phrase read back from a reduced participle
_TOKEN = regex.compile(r"\S++", regex.V1)
_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[,.](?=[\p{L}\p{N}]))*+", regex.V1)  # "10,000"
_EDGE_PUNCT = ",.;:()“”\"'’"
_LEADING_PUNCT = frozenset(",:;—–- \t\n\r\u00a0")


def passive_reports(masked: str, ss: int, se: int, lex: QuoteLexicon) -> list[PassiveReport]:
    """The passive attributions of the sentence ``masked[ss:se]`` (quotations masked), in text order.

    Another language's lexicon reads none: the patterns are English; the participles are the lexicon's
    ``passive_cues``. At most
    :data:`_MAX_TRIED` matches of each shape are read, and a scan of a long sentence runs with a timeout
    (the patterns are linear: a backstop); its expiry costs the passives not read yet, never the sentence's
    other attributions."""
    out: list[PassiveReport] = []
    participles = compiled(lex).passive_participles
    if lex.language != "en" or not participles:
        return out  # the patterns around the participles are English
    finite, reduced = _patterns(participles)
    read: set[int] = set()  # participles a shape before has read (one reading each)
    timeout = _T if se - ss > _GUARDED_SPAN else None
    with contextlib.suppress(TimeoutError):
        for pattern, reader in ((_AS_REPORTED, _as_reported), (finite, _finite), (reduced, _reduced)):
            for m in itertools.islice(pattern.finditer(masked, ss, se, timeout=timeout), _MAX_TRIED):
                if m.group("verb") not in participles:
                    continue  # ("as reported by" with a lexicon that leaves "reported" out)
                if m.start("verb") not in read and (got := reader(masked, ss, se, m, lex)) is not None:
                    read.add(m.start("verb"))
                    out.append(got)
    out.sort(key=lambda p: p.cue[0])
    return out


def _finite(masked: str, ss: int, se: int, m: regex.Match[str], lex: QuoteLexicon) -> PassiveReport | None:
    """ "The plan was rejected by the unions": the subject of "was" (with the complement and the tail)."""
    lemma = compiled(lex).passive_participles[m.group("verb")]
    gap = m.group("gap")
    if lemma == "call" and _CALLED_PARTICLE.match(masked, m.end("verb")) is not None:
        return None  # "was called off by the rain", "is taken to task for it by the press"
    agent = _agent(masked, m.end(), se, lex)
    if agent is None:
        return None
    be = m.start()
    if (aux := _AUX_BEFORE.search(masked, max(ss, be - 40), be)) is not None:
        be = aux.start()  # "has been", "would be", "is likely to be": the verb group starts there
    a, b = _trim(masked, _subject_start(masked, ss, be), be)
    while a < b and (w := _TOKEN.match(masked, a, b)) is not None and _adverb(w.group()):
        a = w.end()  # "how greatly she is disliked": the adverb is the clause's
    a, b = _trim(masked, a, b)
    if (aside := _ADVERB_ASIDE.search(masked, a, b)) is not None:
        a, b = _trim(masked, a, aside.start())  # "Ilse Marrow, meanwhile, is": the adverb is no subject
    words = masked[a:b].split()
    if (
        not words
        or len(words) > _SUBJECT_WORDS
        or words[0].casefold().strip(_EDGE_PUNCT) in _NOT_SUBJECT_EDGE
        or words[-1].casefold().strip(_EDGE_PUNCT) in _NOT_SUBJECT_EDGE
        or not masked[a:b].strip(MASK + " ")  # a quotation alone: its own record
    ):
        return None
    if masked[b:be].strip().endswith(",") and _ASIDE_END.search(masked, max(ss, be - 200), be) is None:
        return None  # "Reyland makes a claim, is called on it by reporters": a second verb of the subject
    named = bool(gap.strip()) and _ADJUNCT.match(gap) is None
    if named:
        b = m.end("gap")  # "called a fraud", "deemed insufficient": what the agent said
    tail = _tail(masked, agent.end, se, lemma)
    viewed = "as" in gap.split() or (tail is not None and masked.startswith("as", tail[0]))
    if (lemma in _AS_ONLY and not viewed) or (lemma in _NAMING and not (named or viewed)):
        return None  # "the memo seen by Reuters", "the meeting was called by the mayor": no view, no name
    if tail is not None:
        b = tail[1]
    return PassiveReport((m.start("verb"), m.end("verb"), lemma), agent, (a, b))


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in ("only", "family", "ally", "early")


def _tail(masked: str, at: int, se: int, lemma: str) -> tuple[int, int] | None:
    """What a verb's agent said after it (:data:`_TAILS`): from its first word to the clause's end ("for
    closing the port", "as a fighter", "to have been dropped")."""
    m = _TAIL.match(masked, at, se) if lemma in _TAILS else None
    if m is None or m.group("w") not in _TAILS[lemma]:
        return None
    a, b = _trim(masked, m.start("w"), m.end("rest"))
    return (a, b) if len(masked[a:b].split()) >= 3 or MASK in masked[a:b] else None  # ("as “a danger”")


def _subject_start(masked: str, ss: int, be: int) -> int:
    """Where the subject of the verb group at ``be`` starts: after the last clause opener before it, and
    after a lead set off by a comma ("In 2015, calls ... were rejected"). An aside closing the subject is
    part of it and opens no clause ("Dr. Oz — a surgeon — has been called", "calls to ..., where ..., were
    rejected")."""
    lo = max(ss, be - _SUBJECT_REACH)
    limit = be
    if (aside := _ASIDE_END.search(masked, lo, be)) is not None:
        limit = aside.start()
    a = lo
    for o in _CLAUSE_OPEN.finditer(masked, lo, limit):
        if o.group() == "(" and masked.find(")", o.end(), limit) >= 0:
            continue  # a closed bracket is an aside inside the subject
        a = o.end()
        if o.group("sub") and (comma := masked.rfind(",", a, limit)) >= 0:
            a = comma + 1  # "When the poll asked ..., Marrow was supported": the subordinate clause ends
    while a < be and masked[a].isspace():
        a += 1
    if (lead := _LEAD.match(masked, a, be)) is not None:
        a = lead.end()
    return a


def _reduced(masked: str, ss: int, se: int, m: regex.Match[str], lex: QuoteLexicon) -> PassiveReport | None:
    """ "a view echoed by the port authority": the noun phrase before the participle. Set off by a comma,
    the participle tells of its clause's subject only ("The ferry line, opposed by the unions, never
    opened"; not "it passed the Senate, supported by the press")."""
    lemma = compiled(lex).passive_participles[m.group("verb")]
    agent = _agent(masked, m.end(), se, lex)
    if agent is None:
        return None
    tail = _tail(masked, agent.end, se, lemma)
    if lemma in _AS_ONLY | _NAMING and (tail is None or not masked.startswith("as", tail[0])):
        return None  # "a plan seen by dockers as a rescue", not "the memo seen by Reuters"
    end = m.start("comma") if m.group("comma") else m.start()
    a = _np_start(masked, ss, end)
    if a is None or (m.group("comma") and a != _subject_start(masked, ss, end)):
        return None
    a, b = _trim(masked, a, end)
    if a >= b:
        return None
    if _MEDIUM_PREPOSITION.search(masked, max(ss, a - 12), a) is not None:
        return None  # "In a message shared by Kensington Palace, the Prince wrote": the medium of a report
    if lemma in _DISCLOSING and m.group("comma") and (rest := _REST_OF_CLAUSE.match(masked, agent.end, se)):
        # "Marrow's letter, first reported by the Gazette, hinted at regret": what the Gazette reported is the
        # clause, its subject and the rest around the aside
        return PassiveReport((m.start("verb"), m.end("verb"), lemma), agent, _trim(masked, a, rest.end()))
    return PassiveReport((m.start("verb"), m.end("verb"), lemma), agent, (a, tail[1] if tail else b))


# A preposition of a medium right before the noun phrase of a reduced passive: the phrase is where a report
# was given, no report of its own ("In a message shared by X, ...", "via a post shared by X").
_MEDIUM_PREPOSITION = regex.compile(r"(?<![\p{L}\p{N}])(?i:in|via|through)\s++$", regex.V1)


def _np_start(masked: str, ss: int, end: int) -> int | None:
    """Where the noun phrase ending at ``end`` starts: a determiner, a name's possessive or the sentence
    start, at most :data:`_NP_WORDS` words back, with no preposition nor clause word between."""
    toks = list(_TOKEN.finditer(masked, max(ss, end - 160), end))
    if not toks or toks[-1].group().casefold().strip(_EDGE_PUNCT) in _NOT_NOUN:
        return None
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _NP_WORDS), -1):
        word = toks[k].group()
        bare = word.casefold().strip(_EDGE_PUNCT)
        inner = k < len(toks) - 1
        if inner and (bare in _NP_STOP or bare.endswith(_NOT) or word[-1] in ",;:)" or MASK in word):
            return None
        if (inner and bare in _DETERMINERS) or not masked[ss : toks[k].start()].strip():
            return toks[k].start()  # "a view echoed by", or the sentence opening with the noun phrase
        if inner and word.endswith(("'s", "’s")) and word[:1].isupper():
            return toks[k].start()  # "Marrow's letter, first reported by"
    return None


def _as_reported(
    masked: str, ss: int, se: int, m: regex.Match[str], lex: QuoteLexicon
) -> PassiveReport | None:
    """ "As reported by the Gazette, the ferry will stop": the clause beyond the comma."""
    agent = _agent(masked, m.end(), se, lex)
    if agent is None:
        return None
    lead = masked[ss : m.start()].strip()
    if not lead:  # opening the sentence: the clause after the agent's comma
        comma = masked.find(",", agent.end, se)
        if comma < 0 or masked[agent.end : comma].strip():
            return None  # ("As reported by the Gazette on Monday, ...": an adjunct first, read no further)
        a, b = _trim(masked, comma + 1, se)
        if agent.role is not None and masked.find(agent.role, comma, se) >= 0:
            # (the clause after the comma is what was reported, no apposition of the agent)
            agent = attrs.evolve(agent, role=None)
    elif lead.endswith(","):  # closing it: the clause before, from its last colon or semicolon
        a, b = _trim(masked, _subject_start(masked, ss, m.start()), masked.rfind(",", ss, m.start()))
    else:
        return None
    if len(masked[a:b].split()) < 3:
        return None
    return PassiveReport(
        (m.start("verb"), m.end("verb"), compiled(lex).passive_participles[m.group("verb")]), agent, (a, b)
    )


def _agent(masked: str, at: int, se: int, lex: QuoteLexicon) -> Mention | None:
    """The speaker named right at ``at``, after "by": a person, a role or a body, perhaps a share of one
    ("most of the dock unions") or a possessor's people ("the port authority's own engineers")."""
    if (some := _SOME.match(masked, at, se)) is not None:
        return Mention(at, some.end(), "role", head=some.group().casefold())  # "interpreted by some as"
    q = _QUANTITY_OF.match(masked, at, se)
    if q is not None and q.group("share") and (pop := _POPULATION.match(masked, q.end(), se)) is not None:
        head = pop.group().split()[-1].casefold()
        return Mention(at, pop.end(), "role", head=head)  # "42 percent of voters"
    m = _speaker_at(masked, q.end() if q else at, se, lex)
    if m is None or (m.kind == "pronoun" and m.head not in _PERSONAL):
        return None  # ("by it", "by this": no one)
    if masked.startswith(("'s", "’s"), m.end - 2) and (own := _OWN_NOUN.match(masked, m.end, se)) is not None:
        people = _speaker_at(masked, own.end(), se, lex)
        if people is not None and people.kind == "role":
            m = attrs.evolve(people, start=m.start)  # "the port authority's own engineers"
    return attrs.evolve(m, start=at) if q is not None else m


def _speaker_at(masked: str, at: int, se: int, lex: QuoteLexicon) -> Mention | None:
    """The speaker mention starting at ``at``: as :func:`subject_after` reads one, else a plain noun phrase
    on a head of :data:`_AGENT_NOUNS` or a plural of a role or a body."""
    m = subject_after(masked, at - 1, se, lex)
    if m is not None and m.start == at:
        return m
    p = _PLAIN_WORDS.match(masked, at, se)
    if p is None:
        return None
    found: Mention | None = None
    for w in _WORD.finditer(masked, at, p.end()):
        head = w.group().casefold()
        if (
            head in _AGENT_NOUNS
            or _plural_of(head, lex.roles)
            or _plural_of(head, lex.institutions)
            or _doers(head)
        ):
            found = Mention(at, w.end(), "role", head=head)  # the last head of a run: "union members"
        elif found is not None:
            break
    return found


def _plural_of(word: str, nouns: frozenset[str]) -> bool:
    """``word`` is one of ``nouns`` or its plural: "people", "unions", "witnesses", "authorities",
    "fishermen"."""
    if word in nouns or (word.endswith("men") and word[:-3] + "man" in nouns):
        return True
    return word.endswith("s") and bool({word[:-1], word[:-2], word[:-3] + "y"} & nouns)


def _doers(word: str) -> bool:
    """A plural of a noun of people by its ending ("shippers", "economists", "physicians"), but for the
    frequent nouns of things so ending ("numbers", "letters")."""
    return word.endswith(("ers", "ists", "ians")) and word not in _THINGS_ERS


def _trim(masked: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without blanks and punctuation at its ends, nor an unclosed bracket ("(a view echoed")."""
    while a < b and (masked[a] in _LEADING_PUNCT or (masked[a] in "([" and ")" not in masked[a:b])):
        a += 1
    while b > a and (masked[b - 1].isspace() or masked[b - 1] in ".,;:!?—–-"):
        b -= 1
    return a, b
