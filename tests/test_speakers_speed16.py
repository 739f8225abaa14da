"""Behaviour kept by the speed work on speaker resolution: the once-per-article scans give what the
per-mention ones gave (sentences written for these tests; people and events invented)."""

from __future__ import annotations

import pytest

from geoquote import _speakers
from geoquote._quote_lexicon import DEFAULT_LEXICON
from geoquote._speaker_salience import apposed_subjects


class TestWordsAfterNames:
    """The words written right after a capitalised word and a blank ("Anna Clements")."""

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            pytest.param("Anna Clements spoke.", {"Clements", "spoke"}, id="name-then-verb"),
            pytest.param("Anna  Clements", {"Clements"}, id="two-blanks"),
            pytest.param("Anna \n Clements", {"Clements"}, id="a-line-end-between-blanks"),
            pytest.param("Anna\n Clements", set(), id="a-line-end-first"),
            pytest.param("Anna \nClements", set(), id="a-line-end-last"),
            pytest.param("Anna\tClements", set(), id="a-tab-joins-one-chunk"),
            pytest.param("The Clements file", {"file"}, id="an-article-is-no-name"),
            pytest.param("An Lee", set(), id="the-article-an"),
            pytest.param("Ann Lee", {"Lee"}, id="a-name-spelt-like-an-article"),
            pytest.param("Lee's aide", set(), id="a-possessive-is-no-plain-word"),
            pytest.param("U.N. Lee", set(), id="an-abbreviation-is-no-plain-word"),
            pytest.param("Über Müller’s-plan", {"Müller’s-plan"}, id="letters-apostrophes-hyphens"),
            pytest.param("Anna (Clements)", set(), id="a-bracket-opens-no-word"),
            pytest.param("Anna Clements-Ruiz, Bo", {"Clements-Ruiz"}, id="the-word-stops-at-a-comma"),
            pytest.param("anna Clements Ruiz", {"Ruiz"}, id="only-after-a-capital"),
            pytest.param("Anna ", set(), id="nothing-after"),
        ],
    )
    def test_words(self, text: str, words: set[str]) -> None:
        assert set(_speakers._words_after_names(text)) == words


class TestApposedOnce:
    """The resolver reads the names apposed to a sentence's opening description from one scan."""

    TEXT = (
        "Iran's foreign minister, Abbas Tahmasebi, toured the Gulf. "
        "The moderator, Amelia Grant, tried to steer it. She asked about the talks.\n"
        "For Awa Diop, an economist, the plan is late."
    )

    def test_scan_read_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        calls: list[int] = []

        def counted(text: str, lo: int) -> list[tuple[int, str, tuple[str, ...]]]:
            calls.append(lo)
            return apposed_subjects(text, lo)

        monkeypatch.setattr(_speakers, "apposed_subjects", counted)
        resolver = _speakers.Resolver(self.TEXT, 0, DEFAULT_LEXICON)
        subjects = [(p, e.name) for p, e in resolver.subjects()]
        resolver._titles_given()
        resolver._apposed_people()
        assert calls == [0]
        assert (self.TEXT.index("Amelia"), "Amelia Grant") in subjects


class TestFullestKept:
    """The fullest name of a mention is read once per name and answered the same when asked again."""

    TEXT = (
        "Ann Lee, a lawyer, spoke first. Tom Hale replied. Lee said the talks went well, and Hale agreed. "
        "Later Lee added that Xu Lianbo would attend. Xu said he would."
    )

    @pytest.mark.parametrize(
        ("name", "full"),
        [("Lee", "Ann Lee"), ("Hale", "Tom Hale"), ("Xu", "Xu Lianbo"), ("Nobody", "Nobody")],
    )
    def test_same_answer_twice(self, name: str, full: str) -> None:
        resolver = _speakers.Resolver(self.TEXT, 0, DEFAULT_LEXICON)
        assert resolver.fullest(name) == full
        assert resolver.fullest(name) == full
        assert _speakers.Resolver(self.TEXT, 0, DEFAULT_LEXICON)._read_fullest(name) == full

    def test_articles_do_not_share_answers(self) -> None:
        first = _speakers.Resolver(self.TEXT, 0, DEFAULT_LEXICON)
        other = _speakers.Resolver("Bo Lee spoke. Lee said no.", 0, DEFAULT_LEXICON)
        assert first.fullest("Lee") == "Ann Lee"
        assert other.fullest("Lee") == "Bo Lee"


class TestCheapTestsFirst:
    """The string tests put before a pattern leave its answers as they were."""

    @pytest.mark.parametrize(
        ("tok", "body"), [("WHO", True), ("who", False), ("W", False), ("NATO", True), ("THE", False)]
    )
    def test_body_acronym(self, tok: str, body: bool) -> None:
        assert _speakers._body_acronym(tok, DEFAULT_LEXICON) is body

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Repeatedly, the hall filled with chants, organisers said.", "organisers"),
            ("A spokeswoman for the group said it would appeal.", "A spokeswoman for the group"),
        ],
    )
    def test_subjects(self, text: str, mention: str) -> None:
        m = _speakers.subject_before(text, 0, text.rindex(" said"), DEFAULT_LEXICON)
        assert m is not None
        assert text[m.start : m.end] == mention
