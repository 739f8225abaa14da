"""Noun-phrase pieces of the coalition finder: sentence spans, the words before a trigger head, actor lists.

Small pure functions over the caller's text and the actor hits found in it; offsets are always into the
caller's string, so spans round-trip.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence

import attrs
import regex

from ._coalition_actors import ActorHit, hit_covering
from ._coalition_lexicon import COUNT_WORDS, DETERMINERS, NON_STATE_PARTS, PREMODIFIERS, STOP_PREMODIFIERS
from ._records import Actor

# Patterns used inside functions, compiled once at import.
_OPEN_PAREN_GAP = regex.compile(r"\s*\(")

__all__ = [
    "LeftNP",
    "ScanBudget",
    "actor_list",
    "first_gap_ok",
    "left_np",
    "non_state_part_end",
    "one_sentence",
    "sentence_around",
    "sentence_span",
    "sentences",
    "sentences_between",
]

#: A sentence ends at . ! ? (or a line break) before a capital or an opening quote, unless the dot closes
#: an abbreviation ("U.S.", "Mr.", "Jan.") or an initial.
_SENT_END = regex.compile(
    r"""
    (?<! \b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept
             |Oct|Nov|Dec|vs|etc|Inc|Co|Corp|Ltd|Jr|Sr))
    (?<! \b\p{Lu})                         # an initial or the last letter of U.S. / U.K.
    [.!?]+[\p{Pf}"'’”)]*                   # the end mark, with closing quotes
    (?=\s+[\p{Lu}\p{Pi}"'‘“(\d])           # followed by a new sentence
    | \n\s*\n | \n(?=\s*\p{Lu}[^\n]{0,80}\n)
    """,
    regex.VERBOSE,
)
_SENT_TIMEOUT = 1.0  # seconds for a scan of sentence ends; on expiry the text is read as one sentence
_TOKEN = regex.compile(r"\S+")
_BULLETS = frozenset(["-", "–", "—", "•", "*", "·", "▪"])
_QUOTES = "\"'‘’“”`«»"
_SUFFIX = regex.compile(r"(?:al|ic|ian|ern|ive|ary|ful|ish|ese|wide|ist|an)$")
_GROUP_MODIFIERS = frozenset({"states", "nations", "countries"})
#: Compass words that begin a region's adjective: "West African", "Southeast Asian".
_COMPASS = frozenset(
    {"west", "east", "north", "south", "central", "southeast", "southwest", "northeast", "northwest", "latin"}
)
#: A capitalised war that names an era before a lower-case head: "the two Cold War blocs", "Second World War
#: allies", "World War II alliances"; or a region or sea named by two words: "a Middle East air defence
#: alliance", "a Black Sea demining coalition" (no proper name of the bloc; the scan takes them whole).
_ERA_BEFORE = regex.compile(
    r"""(?:(?:(?<![\p{L}\-])\p{Lu}\p{Ll}+\s+){1,2}Wars?(?:\s+(?:II|I|One|Two))?
        |(?<![\p{L}\-])(?:Middle|Far|Near)\s+East
        |(?<![\p{L}\-])(?:Black|Red|Baltic|North|Caspian|Arabian|Aegean|Adriatic|Yellow)\s+Sea)$""",
    regex.VERBOSE,
)
_NUMBERISH = regex.compile(
    r"^(?:\d[\d,.]*|\w+-(?:nation|member|state|country|strong|year-old|party))$", regex.I
)


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The sentence spans of ``text[start:]``, in order; whitespace around them is left out."""
    try:
        ends = [m.end() for m in _SENT_END.finditer(text, start, timeout=_SENT_TIMEOUT)]
    except TimeoutError:
        ends = []
    ends.append(len(text))
    return _spans(text, start, ends)


def _spans(text: str, pos: int, ends: list[int]) -> list[tuple[int, int]]:
    """The sentences from ``pos`` up to each of ``ends`` in turn, leading whitespace left out, empty ones
    dropped."""
    out: list[tuple[int, int]] = []
    for e in ends:
        s = pos
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e))
        pos = e
    return out


# Locating one sentence without splitting the whole text. The sentence ends are the matches of a scan from
# the first boundary; a scan from any later position finds the same matches from there on, unless the
# position lies inside a match. Every character of a match but its last is an end mark, a closing quote
# or a blank, so a position right after a letter or digit lies inside none.

#: How far before a position the first scan for its sentence's start begins (news sentences are shorter).
_AROUND = 160
#: How far back a scan start may move to sit right after a letter or digit.
_SAFE_REACH = 64


class ScanBudget:
    """The time the sentence-end scans of one text may take together: what one full scan of
    :func:`sentences` gets. Each scan runs with what is left; once it is spent, scans raise TimeoutError."""

    def __init__(self, seconds: float = _SENT_TIMEOUT) -> None:
        self.left = seconds

    def start(self) -> float:
        """The clock at the start of a scan; TimeoutError when nothing is left."""
        if self.left <= 0:
            raise TimeoutError("the sentence scans of this text ran out of time")
        return time.perf_counter()

    def spend(self, since: float) -> None:
        """Charge the time since ``since``."""
        self.left -= time.perf_counter() - since


def sentence_around(text: str, floor: int, pos: int, budget: ScanBudget) -> tuple[int, int]:
    """The boundaries ``(b, e)`` of the sentence of ``text[floor:]`` that holds ``pos`` (``floor <= pos``):
    ``b`` is the last sentence end at or before ``pos`` (``floor`` if none), ``e`` the first after it
    (``len(text)`` if none), exactly as :func:`sentences` from ``floor`` finds them, provided ``floor`` is
    ``start`` or a sentence end. Reads only the text near ``pos``; raises TimeoutError when ``budget`` runs
    out.
    """
    width = _AROUND
    while True:
        q = _safe_start(text, floor, pos - width)
        b, e = floor, len(text)
        found = False
        t0 = budget.start()
        try:
            for m in _SENT_END.finditer(text, q, timeout=budget.left):
                if m.end() > pos:
                    e = m.end()
                    break
                b, found = m.end(), True
        finally:
            budget.spend(t0)
        if found or q == floor:
            return b, e
        width *= 4


def sentence_span(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The sentence between the boundaries ``(b, e)`` that :func:`sentence_around` gives (no sentence end
    lies between them), leading whitespace left out; empty if it is all whitespace."""
    return _spans(text, b, [e])


def sentences_between(text: str, lo: int, hi: int, budget: ScanBudget) -> list[tuple[int, int]]:
    """The sentence spans of ``text[lo:hi]`` when both ``lo`` and ``hi`` are sentence boundaries (as
    :func:`sentence_around` gives them); raises TimeoutError when ``budget`` runs out."""
    ends: list[int] = []
    t0 = budget.start()
    try:
        for m in _SENT_END.finditer(text, lo, timeout=budget.left):
            if m.end() >= hi:
                break
            ends.append(m.end())
    finally:
        budget.spend(t0)
    ends.append(hi)
    return _spans(text, lo, ends)


def one_sentence(text: str, start: int) -> list[tuple[int, int]]:
    """``text[start:]`` as one sentence: what :func:`sentences` gives when its scan runs out of time."""
    return _spans(text, start, [len(text)])


def _safe_start(text: str, floor: int, q: int) -> int:
    """A scan start at or before ``q`` that no sentence end can straddle, or ``floor``."""
    stop = max(floor, q - _SAFE_REACH)
    while q > stop:
        if text[q - 1].isalnum():
            return q
        q -= 1
    return floor


@attrs.frozen
class LeftNP:
    """What stands before a trigger head inside its noun phrase."""

    start: int  #: where the noun phrase starts
    det: str | None  #: the determiner, lower case ("the", "its", "our"), or None
    possessor: ActorHit | None  #: "Russia's alliance": the actor before "'s"
    person_possessor: bool  #: "Netanyahu's coalition": a possessor the gazetteer does not know
    quoted: bool  #: a quote mark inside the phrase ("The 'Russian' coalition")
    proper: bool  #: capitalised words that are not actors or known modifiers ("National Democratic")
    #: the span of a force's own name before its lower-case head ("the Takuba (task force)"), or None
    name: tuple[int, int] | None = None


#: How far left of a trigger head the noun phrase scan looks: eight words of news text fit in far less.
_LEFT_WINDOW = 160


#: A plural head, which "this" or "that" cannot determine.
_PLURAL_HEAD = regex.compile(
    r"(?i)(?:allies|partners|members|countries|states|nations|powers|forces|coalitions|alliances|blocs|pacts)\b"
)  # ("told NDTV that coalitions were back": a clause, no "that coalitions")


def left_np(
    text: str,
    floor: int,
    head_start: int,
    hits: Sequence[ActorHit],
    head_cap: bool,
    *,
    named_force: bool = False,
) -> LeftNP:
    """Scan leftwards from ``head_start`` over the words that can modify a coalition noun.

    Grammar (right to left): modifier* [possessive | determiner]; a modifier is an actor, a number or
    count word, a hyphenated compound, a known or adjective-like word, or a quote mark. A comma or any
    other word ends the phrase. With ``named_force`` (a lower-case force or mission head), one or two
    capitalised words the gazetteer does not know, right after a determiner, a possessive or an "X-led",
    are the force's own name ("the French-led Takuba task force", "the EU's Atalanta naval mission").
    """
    # at most 8 words are read leftwards: tokenise only a window before the head (its first token may be cut)
    lo = max(floor, head_start - _LEFT_WINDOW)
    toks = [m.span() for m in _TOKEN.finditer(text, lo, head_start)]
    if lo > floor and toks:
        toks = toks[1:]
    start = head_start
    det: str | None = None
    poss: ActorHit | None = None
    person = quoted = proper = False
    name: tuple[int, int] | None = None
    i = len(toks) - 1
    n = 0
    while i >= 0 and n < 8:
        ts, te = toks[i]
        raw = text[ts:te]
        if raw in _BULLETS:
            break  # "- NATO allies agreed ...": a list's bullet opens the line, no word of the phrase
        word = raw.strip(_QUOTES)
        if raw[-1:] == "," and n > 0 and hit_covering(hits, te - 2) is not None:
            word = word[:-1]  # "our Iranian, Iraqi and Jordanian allies"
        elif raw[-1:] in ",;:()[]" or raw[-1:] in "!?":
            break
        low = word.casefold()
        we = te - (len(raw) - len(raw.rstrip(_QUOTES + ",")))
        if not word:
            quoted, start, i = True, ts, i - 1
            continue
        if low in ("this", "that") and _PLURAL_HEAD.match(text, head_start):
            break  # "said that NATO allies ...": before a plural "that" opens a clause, it determines nothing
        if low in DETERMINERS:
            # "“The alliance will ...”": a quote mark before the determiner opens a quotation around the
            # phrase, not a name inside it; the phrase starts after it
            lead = len(raw) - len(raw.lstrip(_QUOTES))
            quoted = quoted or any(c in _QUOTES for c in raw[lead:])
            det, start = low, ts + lead
            break
        was_quoted = quoted  # a word the phrase does not take in marks no quotation inside it
        if any(c in _QUOTES for c in raw.removesuffix("'s").removesuffix("’s")):
            quoted = True  # (the apostrophe of a possessive marks no quotation)
        if low.endswith(("'s", "’s")) or low in ("its'",):
            h = hit_covering(hits, ts)
            if h is not None:
                poss, start = h, min(h.start, ts)
                j = i - 1
                while j >= 0 and toks[j][0] >= h.start:
                    j -= 1
                if j >= 0 and text[toks[j][0] : toks[j][1]].casefold() == "the":
                    start = toks[j][0]
            else:
                person, start = True, ts
            break
        if low in ("led", "dominated") and i > 0:
            start, i, n = ts, i - 1, n + 1
            continue
        if low in ("and", "&", "or") and i > 0:  # "military and security", "military or security"
            lw = text[toks[i - 1][0] : toks[i - 1][1]].casefold()
            covered = hit_covering(hits, toks[i - 1][1] - 1) is not None
            if covered or lw in PREMODIFIERS or (_SUFFIX.search(lw) and len(lw) > 4):
                start, i, n = ts, i - 1, n + 1
                continue
            quoted = was_quoted
            break
        h = hit_covering(hits, we - 1)
        if h is not None:
            start = min(h.start, ts)
            while i >= 0 and toks[i][1] > h.start:
                start = min(start, toks[i][0])
                i -= 1
            n += 1
            continue
        era = _ERA_BEFORE.search(text, lo, we) if word[:1].isupper() and not head_cap else None
        if era is not None:  # "the two Cold War blocs", "a Black Sea coalition": the words are taken whole
            start, n = era.start(), n + 1
            while i >= 0 and toks[i][0] >= era.start():
                i -= 1
            continue
        if (
            _NUMBERISH.match(low)
            or low in COUNT_WORDS
            or (low in _GROUP_MODIFIERS and n == 0)  # "a Gulf states union"
            or low in PREMODIFIERS
            or _graded_premodifier(low)
            or ("-" in low and low not in STOP_PREMODIFIERS)
            or (low == "most" and n > 0 and _graded_word(text, toks[i + 1], hits))
        ):
            start, i, n = ts, i - 1, n + 1
            continue
        if low in STOP_PREMODIFIERS or not word[:1].isalpha():
            quoted = was_quoted
            break
        if word[:1].isupper():
            if low in _COMPASS and n > 0 and text[toks[i + 1][0]].isupper():
                start, i, n = ts, i - 1, n + 1  # "the West African bloc", "a Central Asian grouping"
                continue
            if (
                i > 0
                and _SUFFIX.search(low)
                and text[toks[i - 1][0] : toks[i - 1][1]].casefold() in _COMPASS
                and text[toks[i - 1][0]].isupper()
            ):
                start, i, n = toks[i - 1][0], i - 2, n + 2  # "the South American trade bloc": no actor
                continue
            if i > 0 and text[toks[i - 1][0] : toks[i - 1][0] + 5].casefold() == "anti-":
                start, i, n = ts, i - 1, n + 1  # "an anti-Saddam Hussein coalition": a name after anti-
                continue
            if head_cap or quoted:
                proper = proper or not quoted
                start, i, n = ts, i - 1, n + 1
                continue
            first = _force_name_start(text, toks, i, hits) if named_force and name is None else None
            if first is not None:
                name = (
                    toks[first][0],
                    toks[i][1],
                )  # "the French-led Takuba task force": the force's own name
                start, n, i = toks[first][0], n + i - first + 1, first - 1
                continue
            quoted = was_quoted
            break
        if _SUFFIX.search(low) and len(low) > 4:
            start, i, n = ts, i - 1, n + 1
            continue
        quoted = was_quoted
        break
    if name is not None and name[0] < start:
        name = None
    return LeftNP(start, det, poss, person, quoted, proper, name)


def _graded_premodifier(low: str) -> bool:
    """A superlative of a known modifier: "staunchest" (staunch), "closest" (close), "biggest" (big)."""
    if not low.endswith("est") or len(low) < 6:
        return False
    stem = low[:-3]
    return (
        stem in PREMODIFIERS
        or stem + "e" in PREMODIFIERS
        or (stem[-1] == stem[-2] and stem[:-1] in PREMODIFIERS)
        or (stem.endswith("i") and stem[:-1] + "y" in PREMODIFIERS)
    )


def _graded_word(text: str, tok: tuple[int, int], hits: Sequence[ActorHit]) -> bool:
    """Whether the word after "most" is a lower-case modifier no actor covers ("most loyal", not "most
    NATO")."""
    word = text[tok[0] : tok[1]]
    return word[:1].islower() and word.casefold() in PREMODIFIERS and hit_covering(hits, tok[0]) is None


#: A capitalised word that can be a force's own name: letters only, not a month, a day or a word of a title.
_FORCE_NAME_WORD = regex.compile(
    r"""(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday
        |Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Its|Their|Our|His|Her|New|Old
        |President|Minister|General|Gen|Secretary|Prime|King|Prince|Chief)$)\p{Lu}\p{Ll}{2,}$""",
    regex.VERBOSE,
)
#: What may stand right before a force's own name: a determiner, a possessive or an "X-led" compound.
_BEFORE_FORCE_NAME = regex.compile(r"(?i)^(?:the|a|an|its|their|this|that|[\w.]+['’]s|[\w.]+-led)$")


def _force_name_start(
    text: str, toks: Sequence[tuple[int, int]], i: int, hits: Sequence[ActorHit]
) -> int | None:
    """The index of the first word of a force's own name ending at token ``i`` (one or two capitalised
    words the gazetteer does not know), when a determiner, a possessive or an "X-led" stands right before
    it; otherwise None."""
    j = i
    while j >= 0 and i - j < 2:
        word = text[toks[j][0] : toks[j][1]]
        if not _FORCE_NAME_WORD.match(word) or hit_covering(hits, toks[j][0]) is not None:
            break
        j -= 1
    if j == i or j < 0:
        return None
    before = text[toks[j][0] : toks[j][1]]
    return j + 1 if _BEFORE_FORCE_NAME.match(before) else None


#: What may stand between two actors of one list: commas, "and", "or", an acronym in brackets,
#: "the", and a few words of description ("the five Nordic countries of").
_LIST_GAP = regex.compile(
    r"""^\s*(?:\([^()]{1,40}\)\s*)?
        (?:,|;)?\s*(?:and|or|&|as\s+well\s+as|plus|along\s+with|--|—|–|-)?\s*
        (?:(?:the|a|an)\s+)?(?:[\w’'\-]+\s+){0,5}?(?:of\s+)?(?:the\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A described group before a list's first name: "with four Gulf Arab states, Israel and Jordan".
_DESCRIBED_GROUP_GAP = regex.compile(
    r"\s*(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:states|countries|nations|republics),\s+(?:the\s+)?",
    regex.IGNORECASE,
)
_FIRST_GAP = regex.compile(
    r"""^[\s:—–\-,(]*(?:(?:the|a|an)\s+)?(?:[\w’'\-]+[:\s—–-]+){0,5}?(?:of\s+)?(?:the\s+)?$
        |^\s*(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:states|countries|nations|republics),\s+(?:the\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_GAP_STOP = regex.compile(
    r"\b(?:with|as|to|for|by|in|on|at|from|while|but|which|who|that|is|are|was|were|has|have|had|said|says|"
    r"serving|observers?|partners?|invited|not|non|against|than|would|will|could|can|may|might|should|must"
    r"|including|did|does|do|though|although|whereas|because|unless|since|if|when|where|after|before|until"
    r"|yet|off|near|along|across|inside|within|throughout)\b|[.;]",  # (", though the Kremlin denied ...": a
    # clause, no item of the list; "against piracy off Somalia": a place after a locative, no item either)
    regex.IGNORECASE,
)

#: A past-tense verb between two names ends a list: "Iraq invaded Kuwait", and the irregular ones of war and
#: diplomacy copy: "Britain's RAF struck (Houthi targets)", "the navy sank" (not "held" or "left", which
#: end compounds: "Houthi-held", "left-wing").
_GAP_VERB = regex.compile(
    r"""\b\p{Ll}{3,}ed\b
        |\b(?:struck|hit|shot|sent|fought|took|won|lost|met|flew|drove|began|beat|sank|threw|brought|bought
           |sold|gave|built|stood|saw|ran|told)\b""",
    regex.VERBOSE,
)

#: What makes an actor a modifier of something else: "US-backed", "al Qaeda-linked militants".
_NOT_THE_ACTOR = (
    "-led",
    "-backed",
    "-based",
    "-like",
    "-style",
    " led",
    "-linked",
    "-affiliated",
    "-inspired",
    "-supported",
    "-aligned",
    "-allied",
)


# Gaps repeat ("", ", ", " and "): each answer depends on the gap's text alone, so it is kept.
@functools.lru_cache(maxsize=4096)
def first_gap_ok(gap: str) -> bool:
    """May ``gap`` stand between the start of a list and its first actor?"""
    return _FIRST_GAP.match(gap) is not None and _GAP_STOP.search(gap) is None


#: "in" before a state that only locates the list's last member ("Hezbollah in Lebanon").
_LOCATOR_GAP = regex.compile(r"\s+in\s+")
#: Between two places after one "in": "in Syria and Iraq", "in Iraq, Syria or Libya".
_PLACE_LIST_GAP = regex.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+", regex.IGNORECASE)
#: A comma and an indefinite article open an apposition, not the list's next item: "with Russia, a Chinese
#: defence spokesman said".
_APPOSITION_GAP = regex.compile(r"\s*,\s*an?\s", regex.IGNORECASE)


#: What joins two items of a list; a gap of words without one holds a verb ("the Houthis struck Sanaa").
_JOINER = regex.compile(
    r"[,;&()—–-]|\b(?:and|or|plus|as\s+well\s+as|along\s+with)\b|^['’]s\s", regex.IGNORECASE
)
#: A demonym on a noun for a non-state part of its country: "Iraqi militias", "its Syrian offshoot".
_NON_STATE_PART_AFTER = regex.compile(
    r"\s+(?:\p{Lu}[\p{L}\-]*\s+)?(?:\L<parts>)\b", regex.IGNORECASE, parts=sorted(NON_STATE_PARTS)
)


def non_state_part_end(text: str, h: ActorHit) -> int | None:
    """Where the non-state part a demonym qualifies ends ("Iraqi (Shiite) militias", "Syrian rebel factions"),
    or None when ``h`` is no demonym on such a noun."""
    if h.via != "adjective" or h.entry.type != "state":
        return None
    m = _NON_STATE_PART_AFTER.match(text, h.end)
    return None if m is None else m.end()


#: A verb right after a name that follows a bare comma: the name opens a clause of its own ("an alliance
#: against Tehran, Pakistan will stay out"), it is no further item of the list.
_CLAUSE_VERB_AFTER = regex.compile(
    r"\s+(?:will|would|could|can|may|might|must|should|shall|has|have|had|is|are|was|were|does|do|did|says"
    r"|said)\b"
)
#: A past-tense verb right after a name: "..., and Finland joined it" (a clause of its own).
_PAST_VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}{2,}ed|became|began|sent|took|won|left)\b")
#: A comma and one lower-case word that is no word of a list, before a demonym: ", trains (Ukrainian pilots)",
#: ", sent (Iraqi troops)" (not ", and ", ", the ", ", fellow ", ", other ").
_COMMA_VERB_GAP = regex.compile(
    r"""\s*,\s*(?!(?:and|or|plus|the|its|their|our|fellow|other|both|former|key|close|neighbou?ring|nearby|then
        |now|also|even|mainly|mostly|chiefly|notably|particularly|including|especially|as|like|such|some|many|all)\s)
        \p{Ll}[\p{Ll}\-]*\s+""",
    regex.VERBOSE,
)
#: A verb of a clause between two names: "led by Saudi Arabia, includes the UAE" is no list.
_GAP_CLAUSE_VERB = regex.compile(
    r"\b(?:includes|include|comprises|comprise|counts|joined|joins|leads|led|heads|met|meets|signed|says)\b",
    regex.IGNORECASE,
)
_AND_OR = regex.compile(r"\b(?:and|or)\b", regex.IGNORECASE)
#: A speaker's noun after a name, past a few words of office: "the Kremlin spokesman", "the Chinese foreign
#: ministry spokesman", "Iranian officials": after a comma the name opens the attribution, not an item.
_SPEAKER_AFTER = regex.compile(
    r"""\s+(?:[\w\-]+\s+){0,2}?(?:spokes(?:man|woman|person|people)|officials?|envoys?|ambassadors?|diplomats?
        |sources?|state\s+media|news\s+agency|statement|readout)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_COMMA_AND = regex.compile(r"\s*,\s*(?:and|or|but)\b", regex.IGNORECASE)
#: A comma and lower-case words that are no joiner of a list, after a list an "and" has closed: ", fought ",
#: ", which patrols " (not ", as well as ", ", along with ", ", including ", ", then ").
_CLOSED_LIST_CLAUSE_GAP = regex.compile(
    r"""\s*,\s*(?!(?:and|or|plus|as|along|together|including|such|notably|particularly|especially|the|its|their
        |then|now|also|later|former|fellow|other|both)\b)\p{Ll}[\p{Ll}\-]*(?:\s+[\p{Ll}\-’']+){0,5}?\s+""",
    regex.VERBOSE,
)
_BARE_COMMA = regex.compile(r"\s*,\s*(?:the\s+)?")


@functools.lru_cache(maxsize=4096)
def _list_gap_ok(gap: str) -> bool:
    """May ``gap`` stand between two actors of one list? Not a verb ("Saudi Arabia attacked Yemen", "the
    Houthis struck Sanaa"), nor an apposition ("Russia, a Chinese spokesman said")."""
    return (
        _LIST_GAP.match(gap) is not None
        and _GAP_STOP.search(gap) is None
        and _GAP_VERB.search(gap) is None
        and _APPOSITION_GAP.match(gap) is None
        and (not gap.strip() or _JOINER.search(gap) is not None)
        and _GAP_CLAUSE_VERB.search(gap) is None
    )


def _named_group_at(hits: Sequence[ActorHit], pos: int) -> bool:
    """Does a group or body named by its name (no demonym, no state) start at ``pos``?"""
    for g in hits:
        if g.start > pos:
            return False
        if g.start == pos and g.via != "adjective" and g.entry.type != "state":
            return True
    return False


def actor_list(
    text: str, pos: int, limit: int, hits: Sequence[ActorHit], *, first_gap: int = 48
) -> tuple[list[Actor], int]:
    """The actors of a list that starts near ``pos``: "Brazil, Russia, India, China and South Africa".

    Returns the actors and where the list ends (``pos`` when there is none).
    """
    out: list[Actor] = []
    end = pos
    cur = pos
    closed = False  # an "and"/"or" has joined two items: the list is complete
    place = False  # the last items read were places after "in" ("in Syria and Iraq")
    for h in hits:
        if h.start < cur:
            continue
        if h.start >= limit:
            break
        gap = text[cur : h.start]
        if out and _OPEN_PAREN_GAP.fullmatch(gap):
            close = text.find(")", h.end, h.end + 40)
            if close != -1:
                cur = end = close + 1  # "the German Democratic Republic (East Germany)"
                continue
        if not out:
            if (len(gap) > first_gap and not _DESCRIBED_GROUP_GAP.fullmatch(gap)) or not first_gap_ok(gap):
                break
        elif _LOCATOR_GAP.fullmatch(gap) and h.via in ("name", "capital") and h.entry.type == "state":
            cur = end = h.end  # "Hezbollah in Lebanon and the Houthis in Yemen": where the member is
            place = True
            continue
        elif (
            place
            and _PLACE_LIST_GAP.fullmatch(gap)
            and h.via in ("name", "capital")
            and h.entry.type == "state"
        ):
            cur = end = h.end  # "ISIS in Syria and Iraq": the places after "in" go on, no item of the list
            continue
        elif (
            len(gap) > 60
            or not _list_gap_ok(gap)
            or (
                (_BARE_COMMA.fullmatch(gap) or ((closed or len(out) == 1) and _COMMA_AND.match(gap)))
                and _CLAUSE_VERB_AFTER.match(text, h.end)
            )
            or (
                len(out) == 1 and _COMMA_AND.match(gap) and _PAST_VERB_AFTER.match(text, h.end)
            )  # "against Tehran, Pakistan will ...", "with Russia or Iran, and Beijing has ...", "against
            # Russia, and Helsinki has ...": a new clause (one item and a comma before "and" make no list)
            or (_BARE_COMMA.fullmatch(gap) and _SPEAKER_AFTER.match(text, h.end) is not None)
            # "between China and Russia, Beijing's foreign ministry said": after a complete list, a comma and
            # a possessive open the clause of its source, no further item
            or (closed and _BARE_COMMA.fullmatch(gap) and text.startswith(("'s ", "’s "), h.end))
            # "no alliance with Russia, the Chinese foreign ministry spokesman said": the speaker's office
            or (h.via == "adjective" and _COMMA_VERB_GAP.fullmatch(gap) is not None)
            # "led by France, trains Ukrainian pilots": a verb after the comma, its object's demonym
            or (closed and _CLOSED_LIST_CLAUSE_GAP.fullmatch(gap) is not None)
            # "which includes Britain and France, fought ISIS": a list joined by "and" is complete, and
            # lower-case words after its comma are the clause going on, not a further item
        ):
            break
        if (pe := non_state_part_end(text, h)) is not None:
            cur = pe  # "Iraqi militias and Hezbollah": the militias are no state; the list goes on
            continue
        if h.via == "adjective" and text[h.end : h.end + 1] == " " and _named_group_at(hits, h.end + 1):
            cur = h.end  # "dominated by the Kurdish YPG": the demonym qualifies the group named right after
            continue
        nxt = text[h.end : h.end + 8]
        if nxt.startswith(_NOT_THE_ACTOR) and not nxt.startswith(" led by"):  # "of A and B led by C"
            if out:
                break
            cur = h.end  # "fighting Iran-backed Houthi rebels": the first actor only qualifies the next
            continue
        place = False
        out.append(h.actor)
        closed = closed or (len(out) > 1 and _AND_OR.search(gap) is not None)
        cur = end = h.end
    return out, end
