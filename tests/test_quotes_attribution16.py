"""How the quotation reader picks or carries an attribution (sentences written for these tests in the style of
news copy; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """Every record as (text, speaker mention, resolved name); ``text[start:end]`` is checked."""
    out: list[tuple[str, str | None, str | None]] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        mention = sp.mention.text if sp is not None and sp.mention is not None else None
        out.append((q.text, mention, sp.name if sp is not None else None))
    return out


def _speaker_of(text: str, quoted: str) -> tuple[str | None, str | None]:
    """The (mention, name) of the one record whose text starts with ``quoted``."""
    found = [(m, n) for t, m, n in _speakers(text) if t.startswith(quoted)]
    assert len(found) == 1, _speakers(text)
    return found[0]


_BEFORE = 'Ilse Marrow spoke about the harbour on Monday. "We will rebuild the pier," she said. '


class TestColonClause:
    """A quotation after a colon that closes a clause with no verb of saying is the clause subject's, not the
    previous speaker's carried over."""

    @pytest.mark.parametrize(
        ("text", "quoted", "expected"),
        [
            pytest.param(
                _BEFORE + "Tomas Reyland fired back forcefully: “The harbour is a ruin and she knows it.”",
                "The harbour is a ruin",
                ("Tomas Reyland", "Tomas Reyland"),
                id="fired-back",
            ),
            pytest.param(
                _BEFORE + "Tomas Reyland, who lost the primary, had a blunter view: “The pier is a folly.”",
                "The pier is a folly",
                ("Tomas Reyland", "Tomas Reyland"),
                id="subject-with-relative",
            ),
            pytest.param(
                _BEFORE + "Later, Sen. Tomas Reyland struck a harder tone: “Nobody asked the fishermen.”",
                "Nobody asked the fishermen",
                ("Sen. Tomas Reyland", "Tomas Reyland"),
                id="after-opening-phrase",
            ),
            pytest.param(
                _BEFORE + "Tomas Reyland, speaking in Dover, said of the plan: “It will sink the town.”",
                "It will sink the town",
                ("Tomas Reyland", "Tomas Reyland"),
                id="said-of",
            ),
            pytest.param(
                "Tomas Reyland met the dockers in Dover. "
                "The hall grew so loud that he had to raise his voice: “We will not sell the harbour.”",
                "We will not sell the harbour",
                ("he", "Tomas Reyland"),
                id="later-clause-subject",
            ),
            pytest.param(
                _BEFORE
                + "Tomas Reyland disagreed with the figures, but he gave her some credit: “She works hard.”",
                "She works hard",
                ("he", "Tomas Reyland"),
                id="conjoined-clause-subject",
            ),
            pytest.param(
                'Tomas Reyland spoke first. "The pier is safe," he said.\n\n'
                "Ilse Marrow issued the following statement on Tuesday:\n\n"
                "“We regret the closure of the harbour and will reopen it in May.”",
                "We regret the closure",
                ("Ilse Marrow", "Ilse Marrow"),
                id="paragraph-before-ends-in-colon",
            ),
        ],
    )
    def test_subject_of_the_colon_clause(self, text: str, quoted: str, expected: tuple[str, str]) -> None:
        assert _speaker_of(text, quoted) == expected

    @pytest.mark.parametrize(
        ("text", "quoted", "expected"),
        [
            pytest.param(
                _BEFORE
                + "On July 6, 2015, Tomas Reyland made the following comment: “The harbour is the town.”",
                "The harbour is the town",
                ("Tomas Reyland", "Tomas Reyland"),
                id="date-with-commas",
            ),
            pytest.param(
                _BEFORE
                + "With dockers increasingly worried about the lack of work at the shipyards of the old "
                "port, Tomas Reyland is rolling out a new message: “It is about jobs.”",
                "It is about jobs",
                ("Tomas Reyland", "Tomas Reyland"),
                id="long-opening-phrase",
            ),
            pytest.param(
                _BEFORE + "Or, as Tomas Reyland, a former harbour master, put it: “The pier is a ruin.”",
                "The pier is a ruin",
                ("Tomas Reyland", "Tomas Reyland"),
                id="as-x-put-it",
            ),
            pytest.param(
                _BEFORE
                + "As Tomas Reyland tried to discuss the harbour, Marrow answered with a phrase of her "
                "own: “Do not lecture me.”",
                "Do not lecture me",
                ("Marrow", "Ilse Marrow"),
                id="as-clause-of-no-saying",
            ),
        ],
    )
    def test_subject_after_an_opening_phrase(self, text: str, quoted: str, expected: tuple[str, str]) -> None:
        assert _speaker_of(text, quoted) == expected

    def test_as_x_put_it_with_a_comma(self) -> None:
        text = (
            _BEFORE + "As Tomas Reyland, a harbour engineer, recently put it, “Did the council cut corners?”"
        )
        assert _speaker_of(text, "Did the council cut corners?") == ("Tomas Reyland", "Tomas Reyland")

    def test_another_opening_clause_and_a_comma_carry(self) -> None:
        text = _BEFORE + "As the storm hit the pier, “We will not leave.”"
        assert _speaker_of(text, "We will not leave") == ("she", "Ilse Marrow")

    def test_an_opening_adverb_is_no_name(self) -> None:
        text = _BEFORE + "Likewise, the harbour board had this to say: “The pier stays open.”"
        mention, _name = _speaker_of(text, "The pier stays open")
        assert mention != "Likewise"

    def test_a_verb_of_saying_still_gives_its_own_speaker(self) -> None:
        text = _BEFORE + "Tomas Reyland told reporters: “The pier will not be rebuilt.”"
        assert _speaker_of(text, "The pier will not be rebuilt") == ("Tomas Reyland", "Tomas Reyland")

    def test_a_quotation_with_no_colon_is_still_carried(self) -> None:
        text = _BEFORE + "“We start in May.”"
        assert _speaker_of(text, "We start in May") == ("she", "Ilse Marrow")


class TestClosingClause:
    """A quotation closed by a comma, question or exclamation mark and followed by a short clause of a subject
    and a verb the lexicon does not list is that subject's, not the previous speaker's carried over."""

    @pytest.mark.parametrize(
        ("text", "quoted", "expected"),
        [
            pytest.param(
                _BEFORE + "“Would the pier be smaller?” Reyland pressed.",
                "Would the pier be smaller?",
                ("Reyland", "Reyland"),
                id="pressed",
            ),
            pytest.param(
                _BEFORE + "“The harbour will always be the harbour,” an angry Reyland retaliated.",
                "The harbour will always be",
                ("Reyland", "Reyland"),
                id="adjective-before-name",
            ),
            pytest.param(
                _BEFORE
                + "“He needs to stop blaming the fishermen,” the left-leaning newspaper wrote on Friday.",
                "He needs to stop blaming",
                ("the left-leaning newspaper", None),
                id="hyphenated-adjective",
            ),
            pytest.param(
                _BEFORE
                + "“Nobody wanted the pier,” remembered Tomas Reyland, the harbour's former spokesman.",
                "Nobody wanted the pier",
                ("Tomas Reyland", "Tomas Reyland"),
                id="verb-before-subject",
            ),
        ],
    )
    def test_subject_of_the_closing_clause(
        self, text: str, quoted: str, expected: tuple[str, str | None]
    ) -> None:
        assert _speaker_of(text, quoted) == expected

    def test_verb_before_a_possessed_subject(self) -> None:
        text = (
            _BEFORE
            + "“It is about time we had a pier,” exhorted the council's guest, the actress Tess Hurlock."
        )
        assert _speaker_of(text, "It is about time") == ("the actress Tess Hurlock", "Tess Hurlock")

    def test_verb_before_a_subject_and_its_place(self) -> None:
        text = _BEFORE + "“The pier is a folly,” reads an editorial in the Dover Courier."
        mention, _name = _speaker_of(text, "The pier is a folly")
        assert mention is not None and mention != "she"

    def test_the_next_quotation_goes_on_with_that_speaker(self) -> None:
        text = _BEFORE + "“Would the pier be smaller?” Reyland pressed. “Maybe a shorter one?”"
        assert _speaker_of(text, "Maybe a shorter one?") == ("Reyland", "Reyland")

    def test_a_passive_subject_is_the_hearer(self) -> None:
        text = _BEFORE + "“You will have to leave the pier,” Reyland was told."
        assert _speaker_of(text, "You will have to leave the pier") == ("she", "Ilse Marrow")

    def test_a_prepositional_credit_is_no_clause(self) -> None:
        text = _BEFORE + "Proxies may not vote “to name a new harbour master,” per the party's bylaws."
        assert all(m != "the party's" for _t, m, _n in _speakers(text))


class TestPersonBetween:
    """A person named at the start of a sentence between the last speaker (or the paragraph's start) and a
    quotation no cue claims takes the turn; a capital that only opens a sentence is no such person."""

    def test_a_named_person_after_the_last_speaker(self) -> None:
        text = (
            "“The pier stays,” Ilse Marrow said. Tomas Reyland shook his head. “It will fall into the sea.”"
        )
        assert _speaker_of(text, "It will fall into the sea") == ("Tomas Reyland", "Tomas Reyland")

    def test_a_named_person_before_the_first_speaker(self) -> None:
        text = (
            "Tomas Reyland walked the dockers past the rusting cranes. “This is what they left us.” "
            "Ilse Marrow said the council had no money for it."
        )
        assert _speaker_of(text, "This is what they left us") == ("Tomas Reyland", "Tomas Reyland")

    def test_a_one_word_name_seen_inside_a_sentence(self) -> None:
        text = (
            "“The pier stays,” Ilse Marrow said, turning to Reyland. "
            "Reyland shook his head. “It will fall into the sea.”"
        )
        assert _speaker_of(text, "It will fall into the sea") == ("Reyland", "Reyland")

    @pytest.mark.parametrize(
        "between",
        [
            pytest.param("Audiences can expect a long night.", id="plural-noun"),
            pytest.param("Unless the council pays, the work stops.", id="conjunction"),
        ],
    )
    def test_a_capital_opening_a_sentence_is_no_name(self, between: str) -> None:
        text = f"“The pier stays,” Ilse Marrow said. {between} “It will fall into the sea.”"
        assert _speaker_of(text, "It will fall into the sea") == ("Ilse Marrow", "Ilse Marrow")

    def test_no_sentence_between_carries_the_speaker(self) -> None:
        text = "“The pier stays,” Ilse Marrow said. “It will fall into the sea.”"
        assert _speaker_of(text, "It will fall into the sea") == ("Ilse Marrow", "Ilse Marrow")


def _reports(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Every record as (kind, text, speaker mention, cue text)."""
    out: list[tuple[str, str, str | None, str | None]] = []
    for q in find_quotes(text):
        sp = q.speaker
        mention = sp.mention.text if sp is not None and sp.mention is not None else None
        out.append((q.kind, q.text, mention, q.cue.text if q.cue else None))
    return out


class TestSayingAfterAText:
    """'saying' after a text the speaker posted or sent reports for the sentence's subject, so a verb inside
    the reported clause starts no attribution of its own."""

    def test_tweets_saying_that(self) -> None:
        text = "The mayor posted tweets saying that his rival Ilse Marrow had shown contempt for voters."
        assert _reports(text) == [
            ("indirect", "his rival Ilse Marrow had shown contempt for voters", "The mayor", "saying")
        ]

    def test_several_tweets_saying(self) -> None:
        text = "Tomas Reyland sent several tweets saying the harbour was safe."
        assert _reports(text) == [("indirect", "the harbour was safe", "Tomas Reyland", "saying")]

    def test_another_clause_subject_is_no_issuer(self) -> None:
        text = (
            "Tomas Reyland spoke to reporters after Ilse Marrow posted tweets saying the harbour was a ruin."
        )
        assert all(m != "Tomas Reyland" for _k, _t, m, _c in _reports(text))


class TestShareWith:
    """'with' and a share of a group before 'saying' ('with 22 percent saying ...'): the share speaks; a
    count of precincts 'reporting' reports nothing."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Reyland trails in second place, with 19 percent saying they could never back him.",
                ("indirect", "they could never back him", "19 percent", "saying"),
                id="percent",
            ),
            pytest.param(
                "Most dockers called themselves angry, with roughly four in 10 saying the port owes them.",
                ("indirect", "the port owes them", "roughly four in 10", "saying"),
                id="three-in-ten",
            ),
        ],
    )
    def test_share_speaks(self, text: str, expected: tuple[str, str, str, str]) -> None:
        assert expected in _reports(text)

    def test_precincts_reporting_report_nothing(self) -> None:
        assert _reports("With 97% of the harbour wards reporting, Ilse Marrow led the count.") == []


class TestSayingAfterHearers:
    """'saying' right after a group written or spoken to: the group hears, the sentence's subject says."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow is making a pitch to harbour voters saying a new law is hurting the port.",
                ("indirect", "a new law is hurting the port", "Ilse Marrow", "saying"),
                id="pitch-to-voters",
            ),
            pytest.param(
                "The Dover senator emailed members saying the fight goes on.",
                ("indirect", "the fight goes on", "The Dover senator", "saying"),
                id="emailed-supporters",
            ),
        ],
    )
    def test_subject_says(self, text: str, expected: tuple[str, str, str, str]) -> None:
        assert expected in _reports(text)

    def test_a_group_that_speaks_keeps_its_report(self) -> None:
        text = "Tomas Reyland met dockers, with several veterans saying the pier had been neglected."
        assert all(m != "Tomas Reyland" for _k, _t, m, _c in _reports(text))
