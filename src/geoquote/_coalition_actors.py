"""Actor matching for the coalition finder: an adapter over :class:`geoquote._actors.Gazetteer`.

The gazetteer's own ``find`` gives names; the coalition finder also needs demonym adjectives ("Iranian"),
government phrases ("the Syrian authorities"), capitals used by metonymy ("Riyadh") and case-sensitive
acronyms ("US", never "us"), each hit knowing which entry it names and how (``via``). Everything is built
from ``Gazetteer.entries()`` once per gazetteer and cached.

>>> from geoquote._actors import default_gazetteer
>>> m = matcher_for(default_gazetteer())
>>> [(h.actor.code, h.via) for h in m.hits("the RF and the US joined us in Moscow; Russian troops")]
[('RUS', 'acronym'), ('USA', 'acronym'), ('RUS', 'capital'), ('RUS', 'adjective')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import attrs
import regex

from ._actors import ActorEntry, Gazetteer
from ._records import Actor, ActorType

__all__ = ["ActorHit", "ActorMatcher", "Via", "matcher_for"]

Via = Literal["name", "acronym", "adjective", "capital", "government"]

_TIMEOUT = 0.5

#: Nouns that turn a demonym into its government: "the Syrian authorities", "the Iraqi government".
_GOV_NOUNS = regex.compile(
    r"""\s+(?:government|authorities|regime|administration|leadership|cabinet)\b""",
    regex.IGNORECASE,
)
#: "the " before a government phrase or a short form, kept in the actor's span ("the RF").
_THE = regex.compile(r"(?i)\bthe\s+$")


@attrs.frozen
class ActorHit:
    """One actor named in the text, with the gazetteer entry behind it and how it was named."""

    actor: Actor
    entry: ActorEntry
    via: Via

    @property
    def start(self) -> int:
        """Where the hit starts."""
        return self.actor.start

    @property
    def end(self) -> int:
        """Where the hit ends."""
        return self.actor.end


class ActorMatcher:
    """Every surface form of a gazetteer in one compiled pattern; build once per gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        ci: dict[str, tuple[ActorEntry, Via]] = {}
        cs: dict[str, tuple[ActorEntry, Via]] = {}
        for e in gazetteer.entries():
            for s in (e.name, *e.aliases, *e.plurals):
                ci.setdefault(s.casefold(), (e, "name"))
            for s in (*e.capitals, *e.governments):
                ci.setdefault(s.casefold(), (e, "capital" if s in e.capitals else "government"))
            for s in e.adjectives:
                ci.setdefault(s.casefold(), (e, "adjective"))
            for s in e.acronyms:
                cs.setdefault(s, (e, "acronym"))
        self._ci = ci
        self._cs = cs
        # Named lists are matched longest first by the regex module; acronyms keep their case.
        self._pattern = regex.compile(
            r"""(?<![\w.])(?:(?P<ci>(?i:\L<ci>))|(?P<cs>\L<cs>))(?![\w])""",
            ci=sorted(ci, key=len, reverse=True) or ["\x00"],
            cs=sorted(cs, key=len, reverse=True) or ["\x00"],
        )
        orgs = [e for e in gazetteer.entries() if e.type == "organization"]
        self.org_codes = frozenset(e.code for e in orgs)

    def hits(self, text: str, start: int = 0, end: int | None = None) -> tuple[ActorHit, ...]:
        """Every actor named in ``text[start:end]``, in order, without overlaps; never raises."""
        stop = len(text) if end is None else end
        out: list[ActorHit] = []
        try:
            for m in self._pattern.finditer(text, start, stop, timeout=_TIMEOUT):
                hit = self._hit(text, m)
                if hit is not None:
                    out.append(hit)
        except TimeoutError:
            pass
        return tuple(out)

    def _hit(self, text: str, m: regex.Match[str]) -> ActorHit | None:
        surface = m.group()
        if m.group("cs") is not None:
            entry, via = self._cs[surface]
        else:
            if not surface[:1].isupper():
                return None  # "chad", "turkey", "georgia" in lower case are not states
            entry, via = self._ci[surface.casefold()]
        s, e = m.start(), m.end()
        typ: ActorType = entry.type
        if via in ("capital", "government") and entry.type == "state":
            typ = "government" if via == "government" else "state"
        if entry.type == "state" and via == "adjective":
            g = _GOV_NOUNS.match(text, e)
            if g is not None:
                e, typ, via = g.end(), "government", "government"
        if via in ("government", "acronym") and _THE.search(text[max(0, s - 4) : s]):
            s = s - 4
        return ActorHit(Actor(text[s:e], s, e, name=entry.name, code=entry.code, type=typ), entry, via)

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


@lru_cache(maxsize=8)
def matcher_for(gazetteer: Gazetteer) -> ActorMatcher:
    """The :class:`ActorMatcher` of ``gazetteer``, built once."""
    return ActorMatcher(gazetteer)


def codes(actors: Sequence[Actor]) -> tuple[str, ...]:
    """The distinct codes of ``actors``, in order."""
    return tuple(dict.fromkeys(a.code for a in actors if a.code))
