"""The result records: frozen, slotted attrs classes whose ``to_dict()`` is the JSON of ``OUTPUT.md``.

Every record that stands for a piece of the article carries ``text``, ``start`` and ``end`` such that
``original_text[start:end] == record.text``. ``from_dict`` is the exact inverse of ``to_dict``.

>>> s = Span("Reuters", 10, 17)
>>> s.to_dict()
{'text': 'Reuters', 'start': 10, 'end': 17}
>>> Span.from_dict(s.to_dict()) == s
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NewType, Self, TypeVar, cast, get_args

import attrs

from .errors import RecordError

__all__ = [
    "SCHEMA",
    "Actor",
    "ActorType",
    "Article",
    "Author",
    "Coalition",
    "CoalitionKind",
    "Cue",
    "DatePrecision",
    "DateValue",
    "Dateline",
    "Header",
    "NamedSpan",
    "Polarity",
    "Quote",
    "QuoteKind",
    "Resolution",
    "Source",
    "Span",
    "Speaker",
]

SCHEMA = "geoquote/1"

QuoteKind = Literal["direct", "mixed", "indirect"]
Resolution = Literal["named", "pronoun", "role", "carried", "none"]
DatePrecision = Literal["day", "month", "year", "time"]
ActorType = Literal["state", "government", "organization", "armed_group", "group"]
CoalitionKind = Literal["military", "political", "economic", "security"]
Polarity = Literal["asserted", "negated", "hedged", "hypothetical"]
#: A canonical actor code: ISO 3166-1 alpha-3 for states ("RUS"), a short upper-case id otherwise ("NATO").
ActorCode = NewType("ActorCode", str)

_J = Mapping[str, Any]
_T = TypeVar("_T")


def _get(d: _J, key: str, typ: type[_T] | tuple[type, ...], record: str, *, nullable: bool = False) -> _T:
    """Read ``d[key]``, checking its type, or raise a :class:`RecordError` that names the record and key."""
    if not isinstance(d, Mapping):
        raise RecordError(f"{record}: expected a mapping, got {type(d).__name__}")
    if key not in d:
        raise RecordError(f"{record}: missing key {key!r}")
    v = d[key]
    if v is None and nullable:
        return cast(_T, None)
    if not isinstance(v, typ) or (isinstance(v, bool) and typ is int):
        raise RecordError(f"{record}.{key}: expected {getattr(typ, '__name__', typ)}, got {type(v).__name__}")
    return cast(_T, v)


def _literal(d: _J, key: str, lit: Any, record: str, *, nullable: bool = False) -> Any:
    v = _get(d, key, str, record, nullable=nullable)
    if v is not None and v not in get_args(lit):
        raise RecordError(f"{record}.{key}: expected one of {get_args(lit)}, got {v!r}")
    return v


def _span_fields(d: _J, record: str) -> tuple[str, int, int]:
    return _get(d, "text", str, record), _get(d, "start", int, record), _get(d, "end", int, record)


def _opt(d: _J, key: str, cls: Any, record: str) -> Any:
    v = _get(d, key, Mapping, record, nullable=True)
    return None if v is None else cls.from_dict(v)


def _seq(d: _J, key: str, cls: Any, record: str) -> tuple[Any, ...]:
    return tuple(cls.from_dict(x) for x in _get(d, key, list, record))


@attrs.frozen
class Span:
    """A stretch of the caller's text: ``text == original[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"text", "start", "end"}``."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: _J) -> Span:
        """Inverse of :meth:`to_dict`."""
        return cls(*_span_fields(d, cls.__name__))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]`` of ``text``."""
        return cls(text[start:end], start, end)


@attrs.frozen
class NamedSpan(Span):
    """A span that names someone, with the name normalised: the base of :class:`Author` and :class:`Source`
    (a source is no author: ``isinstance(source, Author)`` is false)."""

    name: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a span plus ``name``."""
        return {**Span.to_dict(self), "name": self.name}

    @classmethod
    def from_dict(cls, d: _J) -> Self:
        """Inverse of :meth:`to_dict`."""
        return cls(*_span_fields(d, cls.__name__), _get(d, "name", str, cls.__name__))


@attrs.frozen
class Author(NamedSpan):
    """A person credited in the byline, with the name normalised (no "By", no outlet)."""


@attrs.frozen
class Source(NamedSpan):
    """The outlet or agency credited for the article ("Reuters", "Vestnik Kavkaza")."""


@attrs.frozen
class DateValue(Span):
    """A date as printed, with its ISO value (``YYYY-MM-DD`` or a full ISO 8601 time) and precision."""

    value: str
    precision: DatePrecision

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a span plus ``value`` and ``precision``."""
        return {**Span.to_dict(self), "value": self.value, "precision": self.precision}

    @classmethod
    def from_dict(cls, d: _J) -> DateValue:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(*_span_fields(d, n), _get(d, "value", str, n), _literal(d, "precision", DatePrecision, n))


@attrs.frozen
class Dateline(Span):
    """The wire dateline that opens a story: "MOSCOW, Nov 27 (Reuters) -"."""

    place: str | None = None
    agency: str | None = None
    date: DateValue | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a span plus ``place``, ``agency`` and ``date``."""
        return {
            **Span.to_dict(self),
            "place": self.place,
            "agency": self.agency,
            "date": None if self.date is None else self.date.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: _J) -> Dateline:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(
            *_span_fields(d, n),
            place=_get(d, "place", str, n, nullable=True),
            agency=_get(d, "agency", str, n, nullable=True),
            date=_opt(d, "date", DateValue, n),
        )


@attrs.frozen
class Header:
    """What stands above the body of an article, and where the body starts."""

    title: Span | None = None
    subtitle: Span | None = None
    byline: Span | None = None
    authors: tuple[Author, ...] = ()
    source: Source | None = None
    dateline: Dateline | None = None
    published: DateValue | None = None
    updated: DateValue | None = None
    body_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of ``OUTPUT.md``'s ``header``."""

        def o(x: Span | None) -> dict[str, Any] | None:
            return None if x is None else x.to_dict()

        return {
            "title": o(self.title),
            "subtitle": o(self.subtitle),
            "byline": o(self.byline),
            "authors": [a.to_dict() for a in self.authors],
            "source": o(self.source),
            "dateline": o(self.dateline),
            "published": o(self.published),
            "updated": o(self.updated),
            "body_start": self.body_start,
        }

    @classmethod
    def from_dict(cls, d: _J) -> Header:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(
            title=_opt(d, "title", Span, n),
            subtitle=_opt(d, "subtitle", Span, n),
            byline=_opt(d, "byline", Span, n),
            authors=_seq(d, "authors", Author, n),
            source=_opt(d, "source", Source, n),
            dateline=_opt(d, "dateline", Dateline, n),
            published=_opt(d, "published", DateValue, n),
            updated=_opt(d, "updated", DateValue, n),
            body_start=_get(d, "body_start", int, n),
        )


@attrs.frozen
class Speaker:
    """Who a quotation is attributed to, and how that was found.

    ``name`` is the canonical (fullest) name the article gives, ``mention`` the words the sentence
    itself uses ("He", "The Advisor", "Velayati"), ``resolution`` how the mention was tied to the name.
    """

    name: str | None = None
    mention: Span | None = None
    role: str | None = None
    organization: str | None = None
    resolution: Resolution = "none"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of a quotation's ``speaker``."""
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "role": self.role,
            "organization": self.organization,
            "resolution": self.resolution,
        }

    @classmethod
    def from_dict(cls, d: _J) -> Speaker:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(
            name=_get(d, "name", str, n, nullable=True),
            mention=_opt(d, "mention", Span, n),
            role=_get(d, "role", str, n, nullable=True),
            organization=_get(d, "organization", str, n, nullable=True),
            resolution=_literal(d, "resolution", Resolution, n),
        )


@attrs.frozen
class Cue(Span):
    """The reporting word as written ("told") with its lemma ("tell")."""

    lemma: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a span plus ``lemma``."""
        return {**Span.to_dict(self), "lemma": self.lemma}

    @classmethod
    def from_dict(cls, d: _J) -> Cue:
        """Inverse of :meth:`to_dict`."""
        return cls(*_span_fields(d, cls.__name__), _get(d, "lemma", str, cls.__name__))


@attrs.frozen
class Quote(Span):
    """A direct, mixed or indirect quotation; ``text`` is its content without the quote marks."""

    kind: QuoteKind = "direct"
    speaker: Speaker | None = None
    cue: Cue | None = None
    addressee: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of one item of ``quotes``."""
        return {
            "kind": self.kind,
            **Span.to_dict(self),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "addressee": None if self.addressee is None else self.addressee.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: _J) -> Quote:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(
            *_span_fields(d, n),
            kind=_literal(d, "kind", QuoteKind, n),
            speaker=_opt(d, "speaker", Speaker, n),
            cue=_opt(d, "cue", Cue, n),
            addressee=_opt(d, "addressee", Span, n),
        )


@attrs.frozen
class Actor(Span):
    """A state, government, organisation or armed group named in the text, with its canonical code."""

    name: str
    code: str | None = None
    type: ActorType = "state"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a span plus ``name``, ``code`` and ``type``."""
        return {**Span.to_dict(self), "name": self.name, "code": self.code, "type": self.type}

    @classmethod
    def from_dict(cls, d: _J) -> Actor:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(
            *_span_fields(d, n),
            name=_get(d, "name", str, n),
            code=_get(d, "code", str, n, nullable=True),
            type=_literal(d, "type", ActorType, n),
        )


@attrs.frozen
class Coalition(Span):
    """A coalition, alliance, bloc or standing organisation mentioned in the text."""

    label: str | None = None
    id: str | None = None
    standing: bool = False
    kind: CoalitionKind | None = None
    polarity: Polarity = "asserted"
    leader: Actor | None = None
    members: tuple[Actor, ...] = ()
    adversaries: tuple[Actor, ...] = ()
    #: how many members the text says the body has ("the 34-nation coalition"), when it says so
    member_count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of one item of ``coalitions``."""
        return {
            **Span.to_dict(self),
            "label": self.label,
            "id": self.id,
            "standing": self.standing,
            "kind": self.kind,
            "polarity": self.polarity,
            "leader": None if self.leader is None else self.leader.to_dict(),
            "members": [a.to_dict() for a in self.members],
            "adversaries": [a.to_dict() for a in self.adversaries],
            "member_count": self.member_count,
        }

    @classmethod
    def from_dict(cls, d: _J) -> Coalition:
        """Inverse of :meth:`to_dict`."""
        n = cls.__name__
        return cls(
            *_span_fields(d, n),
            label=_get(d, "label", str, n, nullable=True),
            id=_get(d, "id", str, n, nullable=True),
            standing=_get(d, "standing", bool, n),
            kind=_literal(d, "kind", CoalitionKind, n, nullable=True),
            polarity=_literal(d, "polarity", Polarity, n),
            leader=_opt(d, "leader", Actor, n),
            members=_seq(d, "members", Actor, n),
            adversaries=_seq(d, "adversaries", Actor, n),
            member_count=_get(d, "member_count", int, n, nullable=True),
        )


@attrs.frozen
class Article:
    """One analysed article: its header, quotations and coalitions."""

    header: Header = attrs.field(factory=Header)
    quotes: tuple[Quote, ...] = ()
    coalitions: tuple[Coalition, ...] = ()
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``OUTPUT.md`` (schema ``geoquote/1``)."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "header": self.header.to_dict(),
            "quotes": [q.to_dict() for q in self.quotes],
            "coalitions": [c.to_dict() for c in self.coalitions],
        }

    @classmethod
    def from_dict(cls, d: _J) -> Article:
        """Inverse of :meth:`to_dict`; refuses another schema."""
        n = cls.__name__
        schema = _get(d, "schema", str, n)
        if schema != SCHEMA:
            raise RecordError(f"{n}.schema: expected {SCHEMA!r}, got {schema!r}")
        return cls(
            header=Header.from_dict(_get(d, "header", Mapping, n)),
            quotes=_seq(d, "quotes", Quote, n),
            coalitions=_seq(d, "coalitions", Coalition, n),
            id=_get(d, "id", str, n, nullable=True),
        )

    def spans(self) -> tuple[Span, ...]:
        """Every span in the article's records, in no particular order (for checks and rendering)."""
        out: list[Span] = []

        def walk(x: object) -> None:
            if isinstance(x, Span):
                out.append(x)
            if attrs.has(type(x)):
                for f in attrs.fields(type(x)):  # type: ignore[arg-type]
                    walk(getattr(x, f.name))
            elif isinstance(x, tuple):
                for y in x:
                    walk(y)

        walk(self)
        return tuple(out)
