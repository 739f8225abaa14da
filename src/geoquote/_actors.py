"""Actor lookup: states, governments, organisations and armed groups named in text.

The gazetteer is data: ``geoquote/data/actors_states.tsv`` (every ISO 3166-1 state and territory, plus
Kosovo and four historical states), ``actors_bodies.json`` (standing organisations, blocs and known ad-hoc
coalitions with their members), ``actors_groups.json`` (armed groups) and ``actors_stops.json`` (names that
contain a state but name something else). Each file states its sources and as-of date. The files are read
once, lazily, by :func:`default_gazetteer`.

Matching rules, in short:

* names, aliases, demonyms and capitals match as written, Title-Cased or UPPER-CASED (capitals not in
  upper case, which would catch datelines); acronyms match exactly ("us" is never the United States);
* one compiled pattern finds everything: longest match first, no overlaps, word boundaries that allow
  hyphenated compounds ("U.S.-led", "anti-ISIS", "Saudi-led");
* a government phrase is one actor of ``type="government"`` spanning the phrase and its determiner
  ("the Syrian authorities", "Iraq's government", "the government in Damascus", "the Kremlin"); a capital
  alone ("Moscow") is the government too;
* a name right after a capitalised word that is not a function word ("Michael Jordan said", "New Mexico")
  is not an actor; ambiguous names ("Jordan", "Georgia", "Turkey") also need no capitalised word after them
  ("Georgia Tech") and no "Atlanta, " before them; short acronyms in shouted upper-case text ("THIS IS
  IT") are not actors.

>>> [(a.text, a.code, a.type) for a in find_actors("The Syrian authorities and the RF met US envoys.")]
[('The Syrian authorities', 'SYR', 'government'), ('the RF', 'RUS', 'state'), ('US', 'USA', 'state')]
>>> [a.code for a in find_actors("Michael Jordan said Daesh (ISIS) is weaker; us too.")]
['ISIS', 'ISIS']
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any, Final, Literal, cast

import attrs
import regex

from ._check import (
    ensure_bool,
    ensure_instance,
    ensure_items,
    ensure_offset,
    ensure_path,
    ensure_paths,
    ensure_text,
)
from ._records import Actor, ActorType, CoalitionKind
from ._trie import trie

__all__ = [
    "ActorEntry",
    "ActorMatch",
    "Gazetteer",
    "Via",
    "acronym_variants",
    "default_gazetteer",
    "find_actors",
    "sentence_case",
]

#: How a match names its actor.
Via = Literal["name", "acronym", "adjective", "plural", "capital", "government"]

_DATA: Final = "geoquote.data"
_STATES_FILE: Final = "actors_states.tsv"
_BODY_FILES: Final = ("actors_bodies.json", "actors_groups.json")
_STOPS_FILE: Final = "actors_stops.json"
_UN_MEMBERS: Final = "@un"


@attrs.frozen
class ActorEntry:
    """One actor the gazetteer knows, with every surface form that names it."""

    code: str  #: "RUS", "NATO", "ISIS": ISO 3166-1 alpha-3 for states, a short upper-case id otherwise
    name: str  #: canonical name: "Russia", "North Atlantic Treaty Organization", "Islamic State"
    type: ActorType  #: "state", "organization", "armed_group" or "group"
    aliases: tuple[str, ...] = ()  #: other names, short forms ("Russian Federation")
    acronyms: tuple[str, ...] = ()  #: matched case-sensitively ("the RF", "US", "U.S.", "NATO")
    adjectives: tuple[str, ...] = ()  #: demonym adjectives ("Russian")
    plurals: tuple[str, ...] = ()  #: demonym plural nouns ("Russians")
    capitals: tuple[str, ...] = ()  #: capitals used for the government by metonymy ("Moscow")
    governments: tuple[str, ...] = ()  #: names of the government itself ("Kremlin")
    # organisations and known coalitions
    label: str | None = None  #: the display label of a body ("Shanghai Cooperation Organisation")
    members: tuple[str, ...] = ()  #: member codes (as of the data file's date)
    kind: CoalitionKind | None = None
    standing: bool = False  #: a standing organisation (NATO) rather than an ad-hoc coalition
    leader: str | None = None  #: leading member's code, for known coalitions
    adversaries: tuple[str, ...] = ()
    historical: bool = False  #: no longer exists (the Warsaw Pact, the Soviet Union)
    former: tuple[str, ...] = ()  #: codes of former members ("GBR" for the EU)
    founded: str | None = None  #: year founded, as written in the data ("1949")
    dissolved: str | None = None  #: year dissolved, for historical bodies
    status: str | None = None  #: states only: "un", "obs", "partial", "terr" or "hist"
    match_name: bool = True  #: False: ``name`` is descriptive ("Saudi-led coalition in Yemen"), not matched
    #: True: a body's name is matched only as written, in Title Case or in capitals, never in sentence case
    #: ("the Caribbean Community", not the "Caribbean community" of a city)
    exact_case: bool = False
    #: known coalitions: codes of the states where it acts ("IRQ", "SYR"), which tell apart coalitions with
    #: one leader (a US-led coalition fought in Syria, another in Iraq)
    theatre: tuple[str, ...] = ()
    #: known coalitions: descriptive phrases that other coalitions may share ("coalition of the willing"),
    #: never matched as names: a mention labelled so takes the entry whose theatre its text names
    descriptions: tuple[str, ...] = ()

    @property
    def member_count(self) -> int | None:
        """How many members the data lists, or None when it lists none."""
        return len(self.members) or None


@attrs.frozen
class ActorMatch:
    """One actor found in text, with its gazetteer entry and how the text named it."""

    actor: Actor
    entry: ActorEntry
    via: Via


@attrs.frozen
class _Sense:
    """What one surface string means: an entry named a certain way, or nothing (a stop name)."""

    entry: ActorEntry | None
    via: Via
    guarded: bool = False  #: an ambiguous surface ("Jordan"): stricter context checks
    region: str | None = None  #: for stop names: a kind of region ("us_state") that makes neighbours suspect
    combining: bool = False  #: a combining form ("Franco" of "Franco-German"): an actor only before a hyphen


# -- surface variants ---------------------------------------------------------------------------------

_WORD_START = regex.compile(r"(?<![\w'’])(\p{Ll})")
_PLAIN_ACRONYM = regex.compile(r"\p{Lu}{2,4}")
_TITLE_WORD = regex.compile(r"\p{Lu}\p{Ll}++")


def _title(s: str) -> str:
    """Every word capitalised: "axis of resistance" -> "Axis Of Resistance" (headline style)."""
    return _WORD_START.sub(lambda m: m.group(1).upper(), s)


#: A hyphen between two capitalised words of a name, which copy often writes as a space ("Guinea-Bissau",
#: "Guinea Bissau"; "Timor-Leste", "Timor Leste"); not one after a lower-case word ("Port-au-Prince").
_CAPITALS_HYPHEN = regex.compile(r"\b(\p{Lu}\p{Ll}+)-(?=\p{Lu}\p{Ll})")


def _variants(s: str, *, upper: bool = True) -> set[str]:
    """The forms a name takes in news text: as written, first letter up, Title Case, UPPER; an Arabic
    article written with a hyphen or a space ("al-Nusra", "al Nusra"); a hyphen between two capitalised
    words written as a space ("Guinea Bissau")."""
    forms = {s, s.replace("al-", "al "), s.replace("al ", "al-"), _CAPITALS_HYPHEN.sub(r"\1 ", s)}
    out = {f for x in forms for f in (x, x[:1].upper() + x[1:], _title(x))}
    if upper:
        out |= {x.upper() for x in forms}
    return out


#: Words a body's name is spelt two ways in English copy: British and American, with or without a hyphen.
_SPELLING_PAIRS = (
    ("Organisation", "Organization"),
    ("Cooperation", "Co-operation"),
    ("Defence", "Defense"),
    ("Centre", "Center"),
)


def _spellings(s: str) -> set[str]:
    """A name in each spelling of its words ("Shanghai Cooperation Organisation", "Shanghai Co-operation
    Organization", ...): the other form of every word of :data:`_SPELLING_PAIRS` it holds."""
    out = {s}
    for a, b in _SPELLING_PAIRS:
        if a in s or b in s:
            out |= {x.replace(a, b) for x in out} | {x.replace(b, a) for x in out}
    return out


def acronym_variants(s: str) -> set[str]:
    """An acronym as written, and dotted ("S.C.O.") when it is two to four capitals; one written with its
    determiner ("the RF") also sentence-initially."""
    if s.startswith("the "):
        return {s, "The" + s[3:]}
    if _PLAIN_ACRONYM.fullmatch(s):
        return {s, "".join(f"{c}." for c in s)}
    return {s}


def sentence_case(s: str) -> str:
    """Title-cased words after the first in lower case: "Eastern Bloc" -> "Eastern bloc"."""
    head, _, rest = s.partition(" ")
    return " ".join([head, *(w.lower() if _TITLE_WORD.fullmatch(w) else w for w in rest.split(" "))]).strip()


def _government_variants(s: str) -> set[str]:
    """A government's own name ("Kremlin"), with and without its determiner."""
    base = _variants(s, upper=False)
    return base | {f"{the} {v}" for v in base for the in ("the", "The")}


# -- the pattern ----------------------------------------------------------------------------------------

#: Nouns that turn a state into its government: "the Syrian authorities", "Iraq's government".
_GOV_NOUNS: Final = (
    "government",
    "governments",
    "authorities",
    "administration",
    "regime",
    "leadership",
    "cabinet",
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "ministry of foreign affairs",
    "ministry of defence",
    "ministry of defense",
    "foreign office",
    "interior ministry",
)
#: Nouns of "the government of Syria", "the authorities in Damascus".
_GOV_OF_NOUNS: Final = ("government", "authorities", "regime", "administration", "leadership")

_PATTERN_TEMPLATE: Final = r"""
    (?<!\w(?=\w))                            # a word boundary, unless the surface starts with punctuation
    {starts}                                 # a character that can open some branch (a cheap first test)
    (?:
        (?P<gov>                             # the Syrian authorities / Iraq's government / US administration
            (?:[Tt]he\s++)?+
            (?P<head>{heads})
            (?:['’]s)?+\s++
            (?i:{gov_nouns})
        )
        (?!\w)
      |
        (?P<govof>                           # the government of Syria / the authorities in Damascus
            [Tt]he\s++(?i:{gov_of_nouns})\s++(?:of|in)\s++(?:the\s++)?+
            (?P<tail>{tails})
        )
        (?!(?<=\w)\w)
      |
        (?P<plain>{surfaces})                # any other surface, longest first
        (?!(?<=\w)\w)                        # a word boundary, unless the surface ends with punctuation
    )
"""


def _first_characters(words: Iterable[str]) -> str:
    """A lookahead for the characters ``words`` start with: every match of the pattern starts with one, so
    the engine leaves the other positions (blanks, punctuation, most lower-case letters) at once. Empty
    when a word is empty (a branch could then match nothing)."""
    firsts = {w[:1] for w in words}
    if "" in firsts:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


# -- context guards -------------------------------------------------------------------------------------

_PREV_WORD = regex.compile(r"(?<![\w'’.-])(\p{Lu}[\p{L}'’.-]*+)[ \t]++$")
_NEXT_WORD = regex.compile(r"[ \t]++(\p{Lu}[\p{L}'’-]*+)")
#: An era prefix right before a name: "post-Soviet", "ex-Yugoslav", "pre-war" is no name.
_ERA_PREFIX = regex.compile(r"(?<![\w-])(?:post|Post|pre|Pre|ex|Ex)-$")
_CITY_COMMA = regex.compile(r"(?<![\w'’-])(\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++)?+),[ \t]++$")
#: Continents and world regions, which no city's name before a comma is: "In Asia, Washington's allies".
_REGIONS_BEFORE_COMMA = frozenset(
    {
        *("Europe", "Asia", "Africa", "Oceania", "Antarctica", "Eurasia", "Scandinavia", "Arctic", "Pacific"),
        *("Atlantic", "Balkans", "Caucasus", "Sahel", "Levant", "Baltics", "Maghreb", "Gulf", "Middle East"),
        *(
            "Latin America",
            "South America",
            "Central America",
            "North America",
            "Southeast Asia",
            "East Asia",
        ),
        *("Central Asia", "South Asia", "West Africa", "East Africa", "North Africa", "Indo-Pacific"),
    }
)
_INITIAL = regex.compile(r"\p{Lu}\.")
#: A capitalised word and a full stop that end a sentence ("met in Berlin. Finland joined"), not an
#: abbreviation that continues a name ("U.S.", "Mr. Jordan", "St. Lucia", "Jan. Kuwait" is rare enough).
_SENTENCE_END_WORD = regex.compile(r"\p{Lu}\p{Ll}++\.")
_ABBREVIATIONS = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Dr", "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Rev", "Hon", "Prof", "Pres"),
        *("Gen", "Col", "Lt", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Gov", "Sen", "Rep"),
        *("Inc", "Co", "Corp", "Ltd", "Bros", "No", "Vol"),
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    }
)
#: What separates two items of a list: "Georgia, Virginia", "Alabama and Georgia".
_LIST_GAP = re.compile(r",?[ \t]++(?:and[ \t]++|or[ \t]++)?|,")
#: An upper-case word of two or more letters right before or after (same sentence): shouted text.
_SHOUT_BEFORE = regex.compile(r"(?<![\w'’.-])\p{Lu}{2,}+[ \t]++$")
_SHOUT_AFTER = regex.compile(r"[ \t]++\p{Lu}{2,}+(?![\w.'’-])")
_LOOKBEHIND: Final = 40


class Gazetteer:
    """A set of :class:`ActorEntry` with one compiled matcher; build once, reuse for every text.

    >>> g = default_gazetteer()
    >>> g.get("SCO").label, g.get("NATO").member_count
    ('Shanghai Cooperation Organisation', 32)
    >>> g.lookup("the RF").code, g.lookup("Daesh").code, g.adjective("Iranian").code
    ('RUS', 'ISIS', 'IRN')
    """

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        *,
        stops: Iterable[str] = (),
        ambiguous: Iterable[str] = (),
        function_words: Iterable[str] | None = None,
        regions: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """Index ``entries`` (the first of two with one code wins) and compile the matcher.

        ``stops`` are names that swallow an inner actor name and report nothing ("New Mexico");
        ``ambiguous`` surfaces get stricter context checks ("Jordan"); ``function_words`` may stand
        capitalised before a name ("In Jordan"), by default the shipped list; ``regions`` are named sets of
        stop names (``{"us_state": ["Virginia", ...]}``) next to which an ambiguous name is not an actor.
        """
        entries = ensure_items(entries, ActorEntry, "entries", "geoquote.ActorEntry")
        stops = ensure_items(stops, str, "stops", "str")
        ambiguous = ensure_items(ambiguous, str, "ambiguous", "str")
        if function_words is not None:
            function_words = ensure_items(function_words, str, "function_words", "str")
        if regions is not None:
            ensure_instance(regions, Mapping, "regions", "a mapping of region names to names, or None")
            regions = {k: ensure_items(v, str, f"regions[{k!r}]", "str") for k, v in regions.items()}
        self._entries: dict[str, ActorEntry] = {}
        for e in entries:
            self._entries.setdefault(e.code, e)
        self._ambiguous = frozenset(ambiguous)
        self._function_words = frozenset(
            w.casefold()
            for w in (_shipped_stops()["function_words"] if function_words is None else function_words)
        )
        self._senses: dict[str, _Sense] = {}
        self._folded: dict[str, ActorEntry] = {}
        self._adjectives: dict[str, ActorEntry] = {}
        self._index(stops)
        for region, names in (regions or {}).items():
            for name in names:
                for v in _variants(name, upper=False):
                    self._senses[v] = _Sense(None, "name", region=region)
        self._pattern = self._compile()

    # -- construction ---------------------------------------------------------------------------------

    @classmethod
    def from_files(
        cls, states: str | None = None, bodies: str | Sequence[str] = (), stops: str | Sequence[str] = ()
    ) -> Gazetteer:
        """A gazetteer read from data files in geoquote's formats (paths; ``None`` and ``()`` mean none;
        ``bodies`` and ``stops`` take one path or a sequence of them)."""
        if states is not None:
            states = ensure_path(states, "states")
        bodies, stops = ensure_paths(bodies, "bodies"), ensure_paths(stops, "stops")
        entries: list[ActorEntry] = []
        ambiguous: set[str] = set()
        if states is not None:
            with open(states, encoding="utf-8") as f:
                got, amb = _parse_states(f.read())
            entries += got
            ambiguous |= amb
        un = tuple(e.code for e in entries if e.status == "un")
        for path in bodies:
            with open(path, encoding="utf-8") as f:
                entries += _parse_bodies(json.load(f), un)
        stop_names: list[str] = []
        words: list[str] | None = None
        us_states: list[str] = []
        for path in stops:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            stop_names += doc.get("stops", [])
            us_states += doc.get("us_states", [])
            if "function_words" in doc:
                words = (words or []) + doc["function_words"]
        return cls(
            entries,
            stops=stop_names,
            ambiguous=ambiguous,
            function_words=words,
            regions={"us_state": us_states},
        )

    def _add(self, surfaces: Iterable[str], sense: _Sense) -> None:
        for s in surfaces:
            self._senses.setdefault(s, sense)

    def _index(self, stops: Iterable[str]) -> None:
        """Fill the surface table: the first entry to claim a surface keeps it, and an acronym comes before
        any name's upper-case form ("GUAM" is the Georgia-Ukraine-Azerbaijan-Moldova body, not Guam)."""
        for e in self._entries.values():
            self._add((v for a in e.acronyms for v in acronym_variants(a)), _Sense(e, "acronym"))
        for e in self._entries.values():
            for s in (e.name, *e.aliases) if e.match_name else e.aliases:
                self._add(_variants(s), _Sense(e, "name", s in self._ambiguous))
                if e.type == "organization":  # "Shanghai Co-operation Organization": the other spellings
                    for sp in _spellings(s) - {s}:
                        self._add(_variants(sp), _Sense(e, "name", s in self._ambiguous))
                if (
                    e.type == "organization" and " " in s and not e.exact_case
                ):  # "Eastern bloc", "Shanghai cooperation organisation"
                    self._add({sentence_case(s)}, _Sense(e, "name"))
            for s in e.plurals:
                self._add(_variants(s), _Sense(e, "plural", s in self._ambiguous))
            for s in e.capitals:
                self._add(_variants(s, upper=False), _Sense(e, "capital", s in self._ambiguous))
            for s in e.governments:
                self._add(_government_variants(s), _Sense(e, "government"))
            for s in e.adjectives:
                if s.endswith("-"):  # a combining form, written "Franco-" in the data: no word of its own
                    self._add(_variants(s[:-1]), _Sense(e, "adjective", combining=True))
                    continue
                self._add(_variants(s), _Sense(e, "adjective", s in self._ambiguous))
                self._adjectives.setdefault(s.casefold(), e)
            for s in (e.name, *e.aliases, *e.plurals, *e.capitals, *e.governments, *e.adjectives):
                if not s.endswith("-"):
                    self._folded.setdefault(s.casefold(), e)
        for s in stops:
            for v in _variants(s, upper=False):
                self._senses[v] = _Sense(None, "name")

    def _compile(self) -> re.Pattern[str]:
        """One pattern for every surface and government phrase."""
        states = [e for e in self._entries.values() if e.type == "state"]
        heads = {
            v
            for e in states
            for s in (e.name, *e.aliases, *e.adjectives)
            if not s.endswith("-")
            for v in _variants(s, upper=False)
        } | {v for e in states for a in e.acronyms if not a.startswith("the ") for v in acronym_variants(a)}
        tails = {
            v for e in states for s in (e.name, *e.aliases, *e.capitals) for v in _variants(s, upper=False)
        }
        tails |= {a for e in states for a in e.acronyms if not a.startswith("the ")}
        # The stdlib engine, not `regex`: with its first-character prefilter the trie scan runs about
        # ten times faster, and a trie of literals with possessive gaps cannot backtrack catastrophically,
        # so no timeout is needed.
        return re.compile(
            _PATTERN_TEMPLATE.format(
                starts=_first_characters((*heads, *self._senses, "The", "the")),
                heads=trie(heads),
                tails=trie(tails),
                surfaces=trie(self._senses),
                gov_nouns=trie(_GOV_NOUNS),
                gov_of_nouns=trie(_GOV_OF_NOUNS),
            ),
            re.VERBOSE,
        )

    # -- lookups ----------------------------------------------------------------------------------------

    def get(self, code: str) -> ActorEntry | None:
        """The entry with this code, or None."""
        return self._entries.get(code)

    def entries(self) -> tuple[ActorEntry, ...]:
        """Every entry."""
        return tuple(self._entries.values())

    def lookup(self, surface: str) -> ActorEntry | None:
        """The entry a whole surface form names ("the RF", "Daesh", "Russian", "the Syrian authorities").

        Acronyms must match exactly; other names match in any case. None when nothing fits.
        """
        s = ensure_text(surface, "surface").strip()
        found = self._matches(s, 0, len(s), adjectives=True)
        if len(found) == 1 and found[0].actor.start == 0 and found[0].actor.end == len(s):
            return found[0].entry
        folded = s.casefold()
        for key in (folded, folded.removeprefix("the "), folded.removesuffix("'s").removesuffix("’s")):
            if key in self._folded:
                return self._folded[key]
        return None

    def adjective(self, word: str) -> ActorEntry | None:
        """The entry whose demonym adjective is ``word`` ("Iranian"), or None."""
        return self._adjectives.get(ensure_text(word, "word").casefold())

    def member_count(self, code: str) -> int | None:
        """How many members the body ``code`` has in the data, or None when unknown."""
        e = self._entries.get(code)
        return e.member_count if e else None

    # -- finding --------------------------------------------------------------------------------------------

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, adjectives: bool = True
    ) -> tuple[Actor, ...]:
        """Every actor named in ``text[start:end]``, in order, longest match first, without overlaps."""
        return tuple(m.actor for m in self.matches(text, start, end, adjectives=adjectives))

    def matches(
        self, text: str, start: int = 0, end: int | None = None, *, adjectives: bool = True
    ) -> tuple[ActorMatch, ...]:
        """Like :meth:`find`, with each actor's entry and how it was named (``via``)."""
        ensure_text(text)
        ensure_offset(start, "start")
        if end is not None:
            ensure_offset(end, "end")
        return self._matches(text, start, end, adjectives=ensure_bool(adjectives, "adjectives"))

    def _matches(self, text: str, start: int, end: int | None, *, adjectives: bool) -> tuple[ActorMatch, ...]:
        stop = len(text) if end is None else min(end, len(text))
        raw = list(self._pattern.finditer(text, start, stop))
        out: list[ActorMatch] = []
        last_end = -1
        i = 0
        while i < len(raw):
            m = raw[i]
            if m.group()[:4] in ("the ", "The ") and self._name_goes_on(text, m):
                # "the West Bank", "The West African Economic and Monetary Union": the article's name is the
                # start of a longer one, which may itself be an actor: read on from the word after "the"
                nxt = raw[i + 1].start() if i + 1 < len(raw) else stop
                raw[i : i + 1] = list(self._pattern.finditer(text, m.start() + 4, nxt))
                continue
            got = self._resolve(text, raw, i, last_end)
            i += 1
            if got is None or (got.via == "adjective" and not adjectives):
                continue
            out.append(got)
            last_end = got.actor.end
        return tuple(out)

    def _name_goes_on(self, text: str, m: re.Match[str]) -> bool:
        """Whether a name written with its own article ("the West", "the Emirates") runs on into a capitalised
        word that is no actor, no government noun and not shouted: "the West Bank", "the Emirates Stadium"."""
        sense = self._senses.get(m.group())
        if sense is None or sense.via != "name" or m.group("plain") is None:
            return False
        nxt = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + _LOOKBEHIND))
        return nxt is not None and not self._allowed_after(nxt.group(1))

    def _beside_region(self, text: str, raw: Sequence[re.Match[str]], i: int) -> bool:
        """Whether match ``i`` sits in a list next to a region that is not a state ("Georgia, Virginia")."""
        for j, (left, right) in ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))):
            if not 0 <= j < len(raw) or raw[j].group("plain") is None:
                continue
            sense = self._senses.get(raw[j].group())
            if sense and sense.region and _LIST_GAP.fullmatch(text, raw[left].end(), raw[right].start()):
                return True
        return False

    def _resolve(self, text: str, raw: Sequence[re.Match[str]], i: int, last_end: int) -> ActorMatch | None:
        """The actor match ``raw[i]`` names, or None when its context says it is something else."""
        m = raw[i]
        if m.group("gov") is not None or m.group("govof") is not None:
            key = m.group("head") if m.group("gov") is not None else m.group("tail")
            sense = self._senses.get(key)
            if sense is None or sense.entry is None:
                return None
            e = sense.entry
            actor = Actor(m.group(), m.start(), m.end(), name=e.name, code=e.code, type="government")
            return ActorMatch(actor, e, "government")
        sense = self._senses[m.group()]
        if sense.entry is None or (sense.guarded and self._beside_region(text, raw, i)):
            return None
        if not self._context_ok(text, m.start(), m.end(), sense, last_end):
            return None
        e = sense.entry
        typ: ActorType = "government" if sense.via in ("capital", "government") else e.type
        actor = Actor(m.group(), m.start(), m.end(), name=e.name, code=e.code, type=typ)
        return ActorMatch(actor, e, sense.via)

    def _context_ok(self, text: str, start: int, end: int, sense: _Sense, last_end: int) -> bool:
        """False when the words around a match show it is part of another name or shouted text."""
        if sense.via == "acronym":
            return _acronym_ok(text, start, end)
        if sense.combining and text[end : end + 1] not in ("-", "‑"):
            return False  # "Franco" is France only in a compound: "Franco-British", not "General Franco"
        before = text[max(0, start - _LOOKBEHIND) : start]
        if before[-1:] == "-" and _ERA_PREFIX.search(before):
            return False  # "post-Soviet states", "ex-Yugoslav republics": an era, not the actor
        if sense.via == "adjective" and before[-7:].casefold() == "former ":
            return False  # "former Soviet republics" (but "the former Soviet Union" is a name)
        if (sense.via in ("name", "capital") or sense.guarded) and _word_then_blank(before):
            prev = _PREV_WORD.search(before)
            if prev and not self._allowed_before(prev.group(1), last_end, start - len(prev.group(0))):
                return False
        if sense.guarded or sense.via == "capital":
            nxt = _NEXT_WORD.match(text, end, min(len(text), end + _LOOKBEHIND))
            if nxt and not self._allowed_after(nxt.group(1)):
                return False
        if sense.guarded:
            city = _CITY_COMMA.search(before)
            if (
                city
                and city.group(1) not in _REGIONS_BEFORE_COMMA
                and city.group(1).rsplit(None, 1)[-1] not in _REGIONS_BEFORE_COMMA  # ("In Asia,")
                and not self._allowed_before(city.group(1), last_end, start - len(city.group(0)))
            ):
                return False  # "Spokane, Washington" (but "In Europe, Washington's allies": a fronted region)
        return True

    def _allowed_before(self, word: str, last_end: int, word_start: int) -> bool:
        """A capitalised word before a name leaves it a name: function words, actors, possessives."""
        if _INITIAL.fullmatch(word):
            return False  # "Michael B. Jordan"
        if _SENTENCE_END_WORD.fullmatch(word) and word[:-1] not in _ABBREVIATIONS:
            return True  # the previous sentence's last word: "talks were held in Riyadh. Saudi Arabia"
        if word.isupper() or "-" in word or word.endswith(("'s", "’s")):
            return True
        if word.casefold() in self._function_words or last_end >= word_start + len(word):
            return True
        sense = self._senses.get(word)
        return sense is not None and sense.entry is not None

    def _allowed_after(self, word: str) -> bool:
        """A capitalised word after an ambiguous name leaves it a name only if it is an actor or gov noun."""
        if word.isupper():
            return True
        if any(n.split()[0] == word.casefold() for n in _GOV_NOUNS):
            return True
        sense = self._senses.get(word)
        return sense is not None and sense.entry is not None


def _word_then_blank(before: str) -> bool:
    """Can :data:`_PREV_WORD` match ``before``: does it end in blanks after a letter or ``'’.-``?

    A cheap test that spares the anchored search in the common case ("Russia, Iran": a comma first).
    """
    if before.endswith("\n"):
        return True  # ``$`` also matches before a final line break: leave that case to the pattern
    body = before.rstrip(" \t")
    if len(body) == len(before) or not body:
        return False
    last = body[-1]
    return last.isalpha() or last in "'’.-"


def _acronym_ok(text: str, start: int, end: int) -> bool:
    """Short acronyms are not actors in shouted text ("THIS IS IT") or before a currency sign ("US$")."""
    if end < len(text) and text[end] == "$":
        return False
    if end - start > 3:
        return True
    prev = _SHOUT_BEFORE.search(text, max(0, start - _LOOKBEHIND), start)
    nxt = _SHOUT_AFTER.match(text, end, min(len(text), end + _LOOKBEHIND))
    return prev is None and nxt is None


# -- data files -------------------------------------------------------------------------------------------


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _parse_states(text: str) -> tuple[list[ActorEntry], set[str]]:
    """States from the TSV format of ``actors_states.tsv``, and the surfaces it marks ambiguous."""
    rows = csv.DictReader(
        (line for line in io.StringIO(text) if not line.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    entries: list[ActorEntry] = []
    ambiguous: set[str] = set()
    for r in rows:
        entries.append(
            ActorEntry(
                r["code"],
                r["name"],
                "state",
                aliases=_split(r["aliases"]),
                acronyms=_split(r["acronyms"]),
                adjectives=_split(r["adjectives"]),
                plurals=_split(r["plurals"]),
                capitals=_split(r["capitals"]),
                governments=_split(r["governments"]),
                historical=r["status"] == "hist",
                status=r["status"],
            )
        )
        ambiguous |= set(_split(r["ambiguous"] or ""))
    return entries, ambiguous


def _strings(d: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(cast("list[str]", d.get(key) or []))


def _parse_bodies(doc: Mapping[str, Any], un_members: tuple[str, ...]) -> Iterator[ActorEntry]:
    """Entries from the JSON format of ``actors_bodies.json`` / ``actors_groups.json``."""
    default: ActorType = doc.get("default_type", "organization")
    for d in doc["entries"]:
        members = d.get("members")
        yield ActorEntry(
            d["code"],
            d["name"],
            d.get("type", default),
            aliases=_strings(d, "aliases"),
            acronyms=_strings(d, "acronyms"),
            adjectives=_strings(d, "adjectives"),
            plurals=_strings(d, "plurals"),
            label=d.get("label"),
            members=un_members if members == _UN_MEMBERS else tuple(members or ()),
            kind=d.get("kind"),
            standing=bool(d.get("standing", False)),
            leader=d.get("leader"),
            adversaries=_strings(d, "adversaries"),
            historical=bool(d.get("historical", False)),
            former=_strings(d, "former"),
            founded=d.get("founded"),
            dissolved=d.get("dissolved"),
            match_name=d.get("match_name", True),
            exact_case=bool(d.get("exact_case", False)),
            theatre=_strings(d, "theatre"),
            descriptions=_strings(d, "descriptions"),
        )


def _read(name: str) -> str:
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


@cache
def _shipped_stops() -> dict[str, list[str]]:
    """The shipped stop names and function words (``actors_stops.json``)."""
    doc = json.loads(_read(_STOPS_FILE))
    return {key: doc[key] for key in ("stops", "function_words", "us_states")}


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with geoquote, read and compiled once."""
    entries, ambiguous = _parse_states(_read(_STATES_FILE))
    un = tuple(e.code for e in entries if e.status == "un")
    for name in _BODY_FILES:
        entries += _parse_bodies(json.loads(_read(name)), un)
    shipped = _shipped_stops()
    return Gazetteer(
        entries, stops=shipped["stops"], ambiguous=ambiguous, regions={"us_state": shipped["us_states"]}
    )


def find_actors(
    text: str, *, gazetteer: Gazetteer | None = None, adjectives: bool = True
) -> tuple[Actor, ...]:
    """Every actor named in ``text``, in order, without overlaps (the matching rules are listed under
    "Actor codes and the gazetteer" on the concepts page); ``adjectives=False`` leaves out actors named
    only by a demonym adjective ("Iranian")."""
    ensure_text(text)
    if gazetteer is not None:
        ensure_instance(gazetteer, Gazetteer, "gazetteer", "a geoquote.Gazetteer or None")
    return (gazetteer or default_gazetteer()).find(text, adjectives=ensure_bool(adjectives, "adjectives"))
