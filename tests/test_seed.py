"""End to end: the seed article gives what its hand annotation (seeds/*.gold.json) expects."""

from __future__ import annotations

from typing import Any

import pytest

import geoquote
from geoquote import Actor, Article, Coalition, Quote


@pytest.fixture(scope="module")
def article(seed_text: str) -> Article:
    """The seed article, analysed."""
    return geoquote.analyze(seed_text, id="seed")


def words(s: str | None) -> list[str]:
    """Casefolded words: how the annotation's strings are compared."""
    import regex

    return regex.findall(r"\w+", (s or "").casefold())


def bare(s: str | None) -> str:
    """Words without a leading article: "The Ambassador of X" == "ambassador of x"."""
    w = words(s)
    return " ".join(w[1:] if w[:1] in (["the"], ["a"], ["an"]) else w)


def find_quote(quotes: tuple[Quote, ...], text: str) -> Quote:
    """The quotation whose text is the annotated one (same words)."""
    hits = [q for q in quotes if words(q.text) == words(text)]
    assert hits, f"not found: {text[:60]!r}; got {[q.text[:40] for q in quotes]}"
    return hits[0]


def codes(actors: tuple[Actor, ...] | list[Actor | None]) -> set[str | None]:
    return {a.code for a in actors if a is not None}


class TestSeedHeader:
    def test_header(self, article: Article, seed_text: str, seed_gold: dict[str, Any]) -> None:
        """Title, byline, source, no authors, no dateline or date, and where the body starts."""
        h, g = article.header, seed_gold["header"]
        assert h.title is not None and h.title.text == g["title"]
        assert h.byline is not None and h.byline.text.removeprefix("By ").strip() == g["byline"]
        assert [a.name for a in h.authors] == g["authors"]
        assert h.source is not None and h.source.name == g["source"]
        assert h.dateline is None and h.published is None
        assert seed_text[h.body_start :].startswith(g["body_starts_with"])


class TestSeedQuotes:
    @pytest.mark.parametrize("n", range(8))
    def test_quote(self, n: int, article: Article, seed_gold: dict[str, Any]) -> None:
        """Each annotated quotation is found with its kind, speaker, mention, cue, role and addressee."""
        g = seed_gold["quotes"][n]
        q = find_quote(article.quotes, g["text"])
        assert q.kind == g["kind"]
        assert q.speaker is not None and q.speaker.name == g["speaker"]
        assert q.speaker.mention is not None and q.speaker.mention.text == g["speaker_mention"]
        assert (q.cue.text if q.cue else None) == g["cue"]
        if "role" in g:
            assert bare(q.speaker.role) == bare(g["role"])
        if "addressee" in g:
            assert q.addressee is not None and bare(q.addressee.text) == bare(g["addressee"])

    def test_not_quotes(self, article: Article, seed_gold: dict[str, Any]) -> None:
        """Scare quotes and speakerless passives are not quotations."""
        got = [words(q.text) for q in article.quotes]
        for nq in seed_gold["not_quotes"]:
            assert words(nq) not in got

    def test_resolutions(self, article: Article) -> None:
        """The pronoun, the role noun and the carried turn say how they were resolved."""
        by_mention = {
            q.speaker.mention.text: q.speaker.resolution
            for q in article.quotes
            if q.speaker and q.speaker.mention
        }
        assert by_mention.get("He") == "pronoun"
        assert by_mention.get("The Advisor") == "role"


def match_coalition(coalitions: tuple[Coalition, ...], text: str, mention: str) -> Coalition:
    """The coalition overlapping the annotated mention over at least half the shorter span."""
    s = text.index(mention)
    e = s + len(mention)
    best = max(
        coalitions,
        key=lambda c: (min(e, c.end) - max(s, c.start)) / max(1, min(e - s, c.end - c.start)),
        default=None,
    )
    assert (
        best is not None
        and (min(e, best.end) - max(s, best.start)) / min(e - s, best.end - best.start) >= 0.5
    ), f"coalition {mention!r} not found"
    return best


class TestSeedCoalitions:
    @pytest.mark.parametrize("n", range(6))
    def test_coalition(self, n: int, article: Article, seed_text: str, seed_gold: dict[str, Any]) -> None:
        """Each non-optional coalition is found with its leader, members, adversaries, kind and polarity."""
        g = seed_gold["coalitions"][n]
        assert not g.get("optional")
        c = match_coalition(article.coalitions, seed_text, g["mention"])
        opt = set(g.get("optional_fields", []))
        if "leader" in g:
            assert c.leader is not None and c.leader.code == g["leader"]
        if "members" in g and "members" not in opt:
            assert set(g["members"]) <= codes(c.members) | codes([c.leader])
        if "adversaries" in g and "adversaries" not in opt:
            assert set(g["adversaries"]) <= codes(c.adversaries)
        assert c.polarity == g["polarity"]
        if "kind" in opt:
            assert c.kind != "military" or g["kind"] == "military"
        elif g.get("kind"):
            assert c.kind == g["kind"]
        if g.get("standing"):
            assert c.standing


class TestSeedSpans:
    def test_every_span_round_trips(self, article: Article, seed_text: str) -> None:
        """Every span of the analysis is the text at its offsets."""
        for span in article.spans():
            assert seed_text[span.start : span.end] == span.text
