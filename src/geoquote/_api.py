"""The composed verb: :func:`analyze` runs every parser and returns an :class:`Article`."""

from __future__ import annotations

import datetime as _dt

from ._actors import Gazetteer
from ._check import ensure_instance, ensure_text
from ._coalitions import coalitions_in
from ._header import parse_header
from ._quote_lexicon import DEFAULT_LEXICON, QuoteLexicon
from ._quotes import quotes_in
from ._reading import reading_copy
from ._records import Article
from .errors import InputTypeError

__all__ = ["analyze"]


def analyze(
    text: str,
    *,
    id: str | None = None,
    reference_date: _dt.date | _dt.datetime | None = None,
    lexicon: QuoteLexicon = DEFAULT_LEXICON,
    gazetteer: Gazetteer | None = None,
) -> Article:
    """Analyse one article: its header, then the quotations and coalitions of its body.

    The coalitions are :func:`find_coalitions` of the whole text but those in the dateline and the byline
    ("BRUSSELS, Oct 12 (AFP) -" names a place, not the EU).

    ``reference_date`` resolves relative dates ("yesterday", "2 hours ago") in the header; ``id`` is
    copied to the result. ``lexicon`` (reporting verbs, role nouns, pronouns) goes to :func:`find_quotes`
    and ``gazetteer`` (states, organisations, armed groups; the shipped one when ``None``) to
    :func:`find_coalitions`.

    >>> from geoquote import analyze
    >>> art = analyze("Iran deal\\n\\nBy Jane Doe, Reuters\\n\\nThe talks resumed on Monday.")
    >>> art.header.title.text
    'Iran deal'
    """
    ensure_text(text)
    if id is not None and not isinstance(id, str):
        raise InputTypeError.expected("id", "str or None", id)
    header = parse_header(text, reference_date=reference_date)  # checks reference_date
    # Headlines and standfirsts carry attributions ("Varga: Hungary will resist ...") and coalitions too,
    # so the quotation and coalition finders read the whole text, header included.
    ensure_instance(lexicon, QuoteLexicon, "lexicon", "a geoquote.QuoteLexicon")
    if gazetteer is not None:
        ensure_instance(gazetteer, Gazetteer, "gazetteer", "a geoquote.Gazetteer or None")
    # one reading copy for both finders: below the header, wrapped lines joined, entities and dialogue
    # dashes read as their characters; above it, the header's lines as they are
    work = reading_copy(text, header.body_start)
    quotes = quotes_in(text, work, 0, lexicon, header)
    coalitions = coalitions_in(text, work, 0, quotes, gazetteer)
    # the dateline and the byline name places and outlets, not actors: "BRUSSELS, Oct 12 (AFP) -" is no EU
    skip = [s for s in (header.dateline, header.byline) if s is not None]
    if skip:
        coalitions = tuple(c for c in coalitions if not any(s.start <= c.start < s.end for s in skip))
    return Article(header=header, quotes=quotes, coalitions=coalitions, id=id)
