"""geoquote: structured facts from plain-text news articles.

Three verbs read an article, one composes them:

- :func:`parse_header`: title, subtitle, byline, authors, source, dateline, dates, where the body starts;
- :func:`find_quotes`: direct, mixed and indirect quotations with their speakers;
- :func:`find_coalitions`: coalitions, alliances and standing organisations with their actors;
- :func:`find_actors`: states, governments, organisations and armed groups, with canonical codes;
- :func:`analyze`: all of them, as one :class:`Article` whose ``to_dict()`` is the documented JSON.

Every extracted item carries ``start`` and ``end`` offsets into the caller's string, with
``text[start:end] == item.text``.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ._actors import ActorEntry, Gazetteer, default_gazetteer, find_actors
from ._api import analyze
from ._coalitions import find_coalitions
from ._header import parse_header
from ._io import read_text_file as read_text
from ._quote_lexicon import DEFAULT_LEXICON, QuoteLexicon
from ._quotes import find_quotes
from ._records import (
    SCHEMA,
    Actor,
    Article,
    Author,
    Coalition,
    Cue,
    Dateline,
    DateValue,
    Header,
    NamedSpan,
    Quote,
    Source,
    Span,
    Speaker,
)

try:
    __version__ = version("geoquote")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_LEXICON",
    "SCHEMA",
    "Actor",
    "ActorEntry",
    "Article",
    "Author",
    "Coalition",
    "Cue",
    "DateValue",
    "Dateline",
    "Gazetteer",
    "Header",
    "NamedSpan",
    "Quote",
    "QuoteLexicon",
    "Source",
    "Span",
    "Speaker",
    "__version__",
    "analyze",
    "default_gazetteer",
    "find_actors",
    "find_coalitions",
    "find_quotes",
    "parse_header",
    "read_text",
]


def __dir__() -> list[str]:
    return [*__all__, "errors"]  # the public submodule of exception classes, for tab completion
