"""Actor lookup: states, governments, organisations and armed groups named in text.

INTERFACE STUB: the classes and signatures below are the contract the coalition finder builds on. The
gazetteer here holds a handful of sample entries only; the real data (every state, organisations,
coalitions, armed groups) replaces ``_SAMPLE`` with data files under ``geoquote/data/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import attrs
import regex

from ._check import ensure_text
from ._records import Actor, ActorType, CoalitionKind

__all__ = ["ActorEntry", "Gazetteer", "find_actors"]


@attrs.frozen
class ActorEntry:
    """One actor the gazetteer knows, with every surface form that names it."""

    code: str  #: "RUS", "NATO", "ISIS": ISO 3166-1 alpha-3 for states, a short upper-case id otherwise
    name: str  #: canonical name: "Russia", "North Atlantic Treaty Organization", "Islamic State"
    type: ActorType  #: "state", "organization", "armed_group" or "group"
    aliases: tuple[str, ...] = ()  #: other names, short forms, case-insensitive ("Russian Federation")
    acronyms: tuple[str, ...] = ()  #: matched case-sensitively ("RF", "US", "U.S.", "NATO")
    adjectives: tuple[str, ...] = ()  #: demonym adjectives ("Russian")
    plurals: tuple[str, ...] = ()  #: demonym plural nouns ("Russians")
    capitals: tuple[str, ...] = ()  #: capitals used for the government by metonymy ("Moscow")
    governments: tuple[str, ...] = ()  #: names of the government itself ("the Kremlin")
    # organisations and known coalitions
    label: str | None = None  #: the display label of a body ("Shanghai Cooperation Organisation")
    members: tuple[str, ...] = ()  #: member codes
    kind: CoalitionKind | None = None
    standing: bool = False  #: a standing organisation (NATO) rather than an ad-hoc coalition
    leader: str | None = None  #: leading member's code, for known coalitions
    adversaries: tuple[str, ...] = ()
    historical: bool = False  #: no longer exists (the Warsaw Pact)


class Gazetteer:
    """A set of :class:`ActorEntry` with one compiled matcher; build once, reuse for every text."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self._entries = {e.code: e for e in entries}
        self._by_surface: dict[str, tuple[ActorEntry, ActorType]] = {}
        for e in self._entries.values():
            gov: ActorType = "government" if e.type == "state" else e.type
            for s in (e.name, *e.aliases, *e.acronyms, *e.plurals):
                self._by_surface.setdefault(s.casefold(), (e, e.type))
            for s in (*e.capitals, *e.governments):
                self._by_surface.setdefault(s.casefold(), (e, gov))
        self._adjectives = {a.casefold(): e for e in self._entries.values() for a in e.adjectives}
        names = sorted(self._by_surface, key=len, reverse=True)
        self._pattern = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(n) for n in names) + r")\b")

    def get(self, code: str) -> ActorEntry | None:
        """The entry with this code, or None."""
        return self._entries.get(code)

    def entries(self) -> tuple[ActorEntry, ...]:
        """Every entry."""
        return tuple(self._entries.values())

    def lookup(self, surface: str) -> ActorEntry | None:
        """The entry a whole surface form names ("the RF", "Daesh", "Russian"), or None."""
        s = surface.casefold().removeprefix("the ")
        hit = self._by_surface.get(s)
        return hit[0] if hit else self._adjectives.get(s)

    def adjective(self, word: str) -> ActorEntry | None:
        """The entry whose demonym adjective is ``word`` ("Iranian"), or None."""
        return self._adjectives.get(word.casefold())

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, adjectives: bool = True
    ) -> tuple[Actor, ...]:
        """Every actor named in ``text[start:end]``, in order, longest match first, without overlaps."""
        out = []
        for m in self._pattern.finditer(text, start, len(text) if end is None else end):
            e, typ = self._by_surface[m.group().casefold()]
            out.append(Actor(m.group(), m.start(), m.end(), name=e.name, code=e.code, type=typ))
        return tuple(out)


_SAMPLE = (
    ActorEntry(
        "RUS",
        "Russia",
        "state",
        aliases=("Russian Federation",),
        acronyms=("RF",),
        adjectives=("Russian",),
        plurals=("Russians",),
        capitals=("Moscow",),
        governments=("Kremlin",),
    ),
    ActorEntry(
        "USA",
        "United States",
        "state",
        aliases=("United States of America",),
        acronyms=("US", "U.S."),
        adjectives=("American",),
        capitals=("Washington",),
        governments=("White House",),
    ),
    ActorEntry(
        "NATO",
        "North Atlantic Treaty Organization",
        "organization",
        acronyms=("NATO",),
        label="North Atlantic Treaty Organization",
        kind="military",
        standing=True,
        members=("USA", "GBR", "FRA", "DEU", "TUR"),
    ),
    ActorEntry(
        "ISIS",
        "Islamic State",
        "armed_group",
        aliases=("Daesh", "Islamic State"),
        acronyms=("ISIS", "ISIL", "IS"),
    ),
)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with geoquote, built once."""
    return Gazetteer(_SAMPLE)


def find_actors(text: str, *, gazetteer: Gazetteer | None = None) -> tuple[Actor, ...]:
    """Every actor named in ``text``, in order, without overlaps."""
    ensure_text(text)
    return (gazetteer or default_gazetteer()).find(text)
