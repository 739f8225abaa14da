"""Invariants over any text: nothing raises, every span round-trips, spans shift with the text."""

from __future__ import annotations

import json

from hypothesis import assume, given
from hypothesis import strategies as st

import geoquote
from geoquote import Article

# Text in the shape of news: words, quote marks of every style, punctuation, line breaks, names.
PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        ", ",
        ". ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "‹",
        "›",
        "「",
        "」",
        "'",
        "By ",
        "said",
        " told ",
        "Interfax",
        "Reuters",
        "according to ",
        "According to Mbala, the deputy head had promised to ",
        " that ",
        "he ",
        "She ",
        "The minister",
        "Mr. King",
        "Ben ",
        "co-founder ",
        ", and ",
        " the insider said",
        "said a ",
        "Hope ",
        " shows ",
        " issued a statement saying ",
        "Minutes later, ",
        " in 2010 ",
        ", who ",
        " asked ",
        " about ",
        "Vladimir Putin",
        "Russia",
        "the US",
        "NATO",
        "SCO",
        "coalition",
        "-led ",
        "alliance",
        "allies",
        "(ISIS)",
        "Daesh",
        "MOSCOW, Nov 27 (Reuters) - ",
        "27.11.2016",
        "Updated ",
        "Von ",
        "|",
        "—",
        "-",
        "\u200f",
        "\u0301",
        "\x00",
        "\ud800",
        "é",
        "Ω",
        "中文",
        "🙂",
    ]
)
NEWSLIKE = st.lists(PIECES, max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), NEWSLIKE)


def assert_spans_round_trip(text: str, article: Article) -> None:
    """Every span in every record is exactly the text at its offsets, within bounds."""
    for span in article.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    assert 0 <= article.header.body_start <= len(text)


class TestNeverRaises:
    @given(ANY_TEXT)
    def test_any_text(self, text: str) -> None:
        """analyze() accepts any str, and its result serialises to JSON and back."""
        article = geoquote.analyze(text)
        assert_spans_round_trip(text, article)
        d = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
        assert Article.from_dict(d) == article

    @given(NEWSLIKE)
    def test_no_internal_mark_leaks(self, text: str) -> None:
        """The private-use character that masks quotations inside the finders never reaches the output."""
        assume("\ue000" not in text)
        assert "\ue000" not in json.dumps(geoquote.analyze(text).to_dict(), ensure_ascii=False)

    @given(NEWSLIKE)
    def test_each_verb_alone(self, text: str) -> None:
        """Each public verb accepts any str on its own; no span is quoted twice."""
        geoquote.parse_header(text)
        quotes = geoquote.find_quotes(text)
        assert len({(q.start, q.end) for q in quotes}) == len(quotes)  # one record per quoted span
        geoquote.find_coalitions(text)
        for actor in geoquote.find_actors(text):
            assert text[actor.start : actor.end] == actor.text


class TestShift:
    @given(NEWSLIKE, st.integers(min_value=1, max_value=5))
    def test_body_spans_shift_with_a_prefix(self, text: str, n: int) -> None:
        """Spaces put before a body move every quotation and coalition span by their length."""
        body = "Headline\n\n" + text
        a = geoquote.find_quotes(body, body_start=10)
        b = geoquote.find_quotes(" " * n + body, body_start=10 + n)
        assert [(q.start + n, q.end + n, q.text) for q in a] == [(q.start, q.end, q.text) for q in b]
        e = geoquote.find_actors(body)
        f = geoquote.find_actors(" " * n + body)
        assert [(x.start + n, x.end + n, x.code) for x in e] == [(x.start, x.end, x.code) for x in f]
        c = geoquote.find_coalitions(body, body_start=10)
        d = geoquote.find_coalitions(" " * n + body, body_start=10 + n)
        assert [(x.start + n, x.end + n, x.text) for x in c] == [(x.start, x.end, x.text) for x in d]
