"""Hostile and degenerate text: nothing raises, nothing blows up, spans stay exact."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import geoquote
from geoquote.errors import GeoquoteError, InputTypeError, OptionError

KB = 1024
#: the package seen without its types, to make the mistakes a type checker would catch
untyped: Any = geoquote

HOSTILE = [
    pytest.param("", id="empty"),
    pytest.param("\x00" * 100, id="nul"),
    pytest.param("\ud800 said \udfff", id="lone-surrogates"),
    pytest.param("“" * (64 * KB), id="open-quotes"),
    pytest.param('"' * (64 * KB), id="straight-quotes"),
    pytest.param("«" * (32 * KB) + "»" * (32 * KB), id="nested-guillemets"),
    pytest.param("“‘“‘" * (8 * KB), id="alternating-marks"),
    pytest.param("a" * (64 * KB), id="no-spaces"),
    pytest.param("said " * (16 * KB), id="cue-verbs-only"),
    pytest.param("By " * (16 * KB), id="byline-words-only"),
    pytest.param("\n" * (64 * KB), id="newlines"),
    pytest.param("Russia, " * (8 * KB), id="actor-list"),
    pytest.param("the coalition of " * (4 * KB), id="coalition-nouns"),
    pytest.param("مرحبا قال الوزير “نعم” " * 200, id="right-to-left"),
    pytest.param("e\u0301" * (16 * KB), id="combining"),
    pytest.param('He said: "' + "word " * (16 * KB), id="unclosed-long-quote"),
    pytest.param(", »\n, \n, ", id="separators-over-a-separator-headline"),
]


class TestHostileText:
    @pytest.mark.parametrize("text", HOSTILE)
    def test_never_raises_and_spans_round_trip(self, text: str) -> None:
        """Degenerate text is analysed without error and every span is exact."""
        article = geoquote.analyze(text)
        for span in article.spans():
            assert text[span.start : span.end] == span.text

    def test_one_unbalanced_mark_costs_one_quote(self) -> None:
        """A stray opening mark early on does not swallow later, well-formed quotations."""
        good = "“We will not give up,” the minister told reporters on Monday.\n\n"
        text = "Lead paragraph with a stray “ mark in it.\n\n" + good * 3
        quotes = geoquote.find_quotes(text)
        found = [q.text for q in quotes if q.kind == "direct"]
        assert found.count("We will not give up,") == 3


class TestCallerMistakes:
    @pytest.mark.parametrize(
        "verb", [geoquote.analyze, geoquote.parse_header, geoquote.find_quotes, geoquote.find_coalitions]
    )
    @pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]], ids=["none", "bytes", "int", "list"])
    def test_non_str_text_raises_typed_error(self, verb: object, bad: object) -> None:
        """Every verb refuses a non-str text with an InputTypeError that says str was expected."""
        with pytest.raises(InputTypeError, match="text must be str"):
            verb(bad)  # type: ignore[operator]

    def test_bad_reference_date(self) -> None:
        """reference_date must be a date or datetime."""
        with pytest.raises(InputTypeError, match="reference_date must be"):
            geoquote.analyze("x", reference_date="2016-11-27")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("call", "error", "message"),
        [
            pytest.param(
                lambda: untyped.find_quotes("x", body_start=2.0),
                InputTypeError,
                "body_start must be a non-negative int",
                id="quotes-body_start-type",
            ),
            pytest.param(
                lambda: untyped.find_quotes("x", lexicon={"said": "say"}),
                InputTypeError,
                "lexicon must be a geoquote.QuoteLexicon",
                id="quotes-lexicon",
            ),
            pytest.param(
                lambda: untyped.find_quotes("x", header="Title"),
                InputTypeError,
                "header must be a geoquote.Header",
                id="quotes-header",
            ),
            pytest.param(
                lambda: untyped.analyze("x", lexicon=None),
                InputTypeError,
                "lexicon must be a geoquote.QuoteLexicon",
                id="analyze-lexicon",
            ),
            pytest.param(
                lambda: untyped.find_coalitions("x", body_start="3"),
                InputTypeError,
                "body_start must be a non-negative int",
                id="coalitions-body_start-type",
            ),
            pytest.param(
                lambda: untyped.find_coalitions("x", body_start=-1),
                OptionError,
                "body_start must be a non-negative",
                id="coalitions-body_start-negative",
            ),
            pytest.param(
                lambda: untyped.find_coalitions("x", quotes=3),
                InputTypeError,
                "quotes must be a sequence",
                id="coalitions-quotes-type",
            ),
            pytest.param(
                lambda: untyped.find_coalitions("x", quotes=["a"]),
                InputTypeError,
                "quotes must be a sequence of geoquote.Quote",
                id="coalitions-quotes-items",
            ),
            pytest.param(
                lambda: untyped.find_coalitions("x", gazetteer={}),
                InputTypeError,
                "gazetteer must be a geoquote.Gazetteer",
                id="coalitions-gazetteer",
            ),
            pytest.param(
                lambda: untyped.find_actors("x", gazetteer="x"),
                InputTypeError,
                "gazetteer must be a geoquote.Gazetteer",
                id="actors-gazetteer",
            ),
            pytest.param(
                lambda: untyped.analyze("x", gazetteer="x"),
                InputTypeError,
                "gazetteer must be a geoquote.Gazetteer",
                id="analyze-gazetteer",
            ),
            pytest.param(
                lambda: untyped.parse_header("x", reference_date="2016-11-27"),
                InputTypeError,
                "reference_date must be",
                id="header-reference_date",
            ),
            pytest.param(
                lambda: untyped.parse_header("x", date_order="YMD"),
                OptionError,
                "date_order must be one of 'DMY', 'MDY'",
                id="header-date_order",
            ),
        ],
    )
    def test_bad_options_raise_typed_errors(
        self, call: Callable[[], object], error: type, message: str
    ) -> None:
        """Each option of the wrong type or value raises a geoquote error saying what is expected."""
        with pytest.raises(error, match=message) as info:
            call()
        assert isinstance(info.value, GeoquoteError)

    def test_bad_id(self) -> None:
        """id must be a str."""
        with pytest.raises(InputTypeError, match="id must be"):
            geoquote.analyze("x", id=3)  # type: ignore[arg-type]
