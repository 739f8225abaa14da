"""Actor matching for the coalition finder: an adapter over :class:`geoquote._actors.Gazetteer`.

The gazetteer's own matcher (one trie pattern, compiled once per gazetteer) finds names, acronyms,
demonym adjectives and plurals, capitals used by metonymy ("Riyadh") and government phrases ("the
Syrian authorities"), each with its entry and how it was named. This module wraps those matches as
:class:`ActorHit` for the finder and runs them only over the spans the finder asks for, so an article
with one coalition sentence pays for one sentence, not the whole text.

>>> from geoquote._actors import default_gazetteer
>>> m = matcher_for(default_gazetteer())
>>> [(h.actor.code, h.via) for h in m.hits("the RF and the US joined us in Moscow; Russian troops")]
[('RUS', 'acronym'), ('USA', 'acronym'), ('RUS', 'capital'), ('RUS', 'adjective')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter

import attrs

from ._actors import ActorEntry, Gazetteer, Via, acronym_variants, sentence_case
from ._coalition_lexicon import ALL_HEADS
from ._records import Actor
from ._trie import trie

__all__ = [
    "ActorHit",
    "ActorMatcher",
    "Via",
    "hit_covering",
    "hits_after",
    "hits_before",
    "hits_ending_at",
    "matcher_for",
]

#: Trigger words besides the head nouns: "US-led", "allied to", "Iran-aligned".
_PREFILTER_WORDS = ("led", "allied", "aligned")


@attrs.frozen
class ActorHit:
    """One actor named in the text, with the gazetteer entry behind it and how it was named."""

    actor: Actor
    entry: ActorEntry
    via: Via
    #: where the hit starts and ends: the actor's offsets, kept as plain attributes for the hot loops
    start: int = attrs.field(default=attrs.Factory(lambda self: self.actor.start, takes_self=True))
    end: int = attrs.field(default=attrs.Factory(lambda self: self.actor.end, takes_self=True))


class ActorMatcher:
    """The coalition finder's view of one gazetteer; build once per gazetteer (see :func:`matcher_for`)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.org_codes = frozenset(e.code for e in gazetteer.entries() if e.type == "organization")
        #: Known ad-hoc coalitions (not standing bodies) with a leader and targets in the data.
        self.known = tuple(e for e in gazetteer.entries() if e.leader and e.adversaries and not e.standing)
        #: Known ad-hoc coalitions with a leader and a theatre: "the Saudi-led coalition" beside Yemen.
        self.theatred = tuple(e for e in gazetteer.entries() if e.leader and e.theatre and not e.standing)
        #: Standing organisations with a member list: "the organisation of 10 Southeast Asian countries".
        self.standing_bodies = tuple(
            e for e in gazetteer.entries() if e.type == "organization" and e.standing and e.members
        )
        #: Known coalitions by a description they may share, folded: "coalition of the willing".
        described: dict[str, list[ActorEntry]] = {}
        for e in gazetteer.entries():
            for phrase in e.descriptions:
                described.setdefault(phrase.casefold(), []).append(e)
        self.described = {k: tuple(v) for k, v in described.items()}
        bodies = [
            e
            for e in gazetteer.entries()
            if e.type == "organization" or (e.members and e.type in ("group", "armed_group"))
        ]
        #: The body a "+" format widens, by the code of the body: OPEC -> OPEC+ ("OPEC and allies").
        by_acronym = {a: e for e in bodies for a in e.acronyms}
        self.plus_of = {
            by_acronym[a[:-1]].code: e
            for e in bodies
            for a in e.acronyms
            if a.endswith("+") and a[:-1] in by_acronym
        }
        words = {v for w in (*ALL_HEADS, *_PREFILTER_WORDS) for v in _cases(w)}
        words |= {
            v for e in bodies for s in (e.name, *e.aliases, *e.plurals, *e.adjectives) for v in _cases(s)
        }
        words |= {v.removeprefix("the ") for e in bodies for a in e.acronyms for v in acronym_variants(a)}
        # One case-sensitive scan over a trie of literals finds every trigger word and every organisation or
        # known coalition named. The stdlib engine, not `regex`: with its first-character prefilter the trie
        # runs at tens of millions of characters a second, and literals cannot backtrack catastrophically.
        self._prefilter = re.compile(rf"(?<!\w)(?:{trie(words)})(?!\w)")

    def spots(self, text: str, start: int = 0) -> list[int]:
        """Where a trigger word or an organisation's name starts in ``text[start:]`` (the literal prefilter).

        A sentence with no spot cannot hold a coalition mention, so the finder skips it unread.
        """
        return [m.start() for m in self._prefilter.finditer(text, start)]

    def hits(self, text: str, start: int = 0, end: int | None = None) -> tuple[ActorHit, ...]:
        """Every actor named in ``text[start:end]``, in order, without overlaps; never raises."""
        return tuple(
            ActorHit(m.actor, m.entry, m.via, m.actor.start, m.actor.end)
            for m in self.gazetteer.matches(text, start, end)
            if not _inside_longer_name(text, m.actor, m.entry, m.via)
        )

    def lookup_in(self, phrase: str) -> ActorEntry | None:
        """The first state or organisation named in ``phrase`` outside a "to X"/"in X" phrase, or None.

        Used for a speaker's role: "Ambassador of Russia to Syria" gives Russia.
        """
        for h in self.hits(phrase):
            before = phrase[max(0, h.start - 4) : h.start].casefold()
            if before.endswith(("to ", "in ")):
                continue
            return h.entry
        return None


#: A capitalised word right after a name that continues it: "the West African", "the West Bank" (not a
#: headline's function word or verb: "Russia Warns the West Over ...", "the West Is ...").
_CAPITAL_AFTER = re.compile(
    r" (?!(?:Over|On|Of|In|To|For|And|Or|But|As|At|By|With|From|Is|Are|Was|Were|Has|Have|Had|Will|Must|Can"
    r"|Should|Would|Could|May|Says|Said|Warns|Urges|Vows|After|Before|Amid|Against|Into)\b)[A-Z][a-z]"
)


def _inside_longer_name(text: str, actor: Actor, entry: ActorEntry, via: Via) -> bool:
    """A camp's name ("the West") that only starts a longer name: "the West African bloc", "the West
    Bank". Camps are named by common words, so a capitalised word after them makes another name."""
    return entry.type == "group" and via == "name" and _CAPITAL_AFTER.match(text, actor.end) is not None


_START = attrgetter("start")
_END = attrgetter("end")


# Hits come in text order without overlaps, so both their starts and their ends are sorted: a bisection
# finds a slice that a filter over every hit of the sentence would give, at a cost that does not grow
# with the number of hits (a sentence listing dozens of actors asks once per mention).


def hits_after(hits: list[ActorHit], pos: int) -> list[ActorHit]:
    """The hits that start at or after ``pos`` (``[h for h in hits if h.start >= pos]``)."""
    return hits[bisect_left(hits, pos, key=_START) :]


def hits_before(hits: list[ActorHit], pos: int) -> list[ActorHit]:
    """The hits that end at or before ``pos`` (``[h for h in hits if h.end <= pos]``)."""
    return hits[: bisect_right(hits, pos, key=_END)]


def hits_ending_at(hits: list[ActorHit], pos: int) -> ActorHit | None:
    """The hit that ends exactly at ``pos``, or None (at most one does: hits do not overlap)."""
    i = bisect_left(hits, pos, key=_END)
    return hits[i] if i < len(hits) and hits[i].end == pos else None


def hit_covering(hits: Sequence[ActorHit], pos: int) -> ActorHit | None:
    """The hit with ``start <= pos < end``, or None."""
    i = bisect_right(hits, pos, key=_START) - 1
    return hits[i] if i >= 0 and pos < hits[i].end else None


def _cases(s: str) -> set[str]:
    """The case forms a name takes in news text: as written, first letter up, Title Case, UPPER, and the
    sentence case the gazetteer also matches ("Austerlitz Format" -> "Austerlitz format")."""
    title = " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
    return {s, s[:1].upper() + s[1:], title, s.upper(), sentence_case(s)}


@lru_cache(maxsize=8)
def matcher_for(gazetteer: Gazetteer) -> ActorMatcher:
    """The :class:`ActorMatcher` of ``gazetteer``, built once."""
    return ActorMatcher(gazetteer)


def codes(actors: Sequence[Actor]) -> tuple[str, ...]:
    """The distinct codes of ``actors``, in order."""
    return tuple(dict.fromkeys(a.code for a in actors if a.code))
