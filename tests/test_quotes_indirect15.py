"""Indirect attributions of intention, questioning, stance and reference (sentences written for these tests
in the style of news copy; people, places and bodies invented)."""

from __future__ import annotations

import attrs
import pytest

from geoquote import DEFAULT_LEXICON, find_quotes
from geoquote._quote_lexicon import compiled

from ._quote_helpers import records as _records


class TestIntention:
    """A verb of hoping or aiming reports the 'to' infinitive after it, from 'to' to the clause's end."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow hopes to reopen the ferry terminal before the summer season.",
                (
                    "indirect",
                    "to reopen the ferry terminal before the summer season",
                    "Ilse Marrow",
                    "hopes",
                    "hope",
                ),
                id="hopes-to",
            ),
            pytest.param(
                "The port authority is hoping to sign a dredging contract by the end of March.",
                (
                    "indirect",
                    "to sign a dredging contract by the end of March",
                    "The port authority",
                    "hoping",
                    "hope",
                ),
                id="is-hoping-to",
            ),
            pytest.param(
                "Tomas Reyland is aiming to cut the port's deficit by half within two years.",
                (
                    "indirect",
                    "to cut the port's deficit by half within two years",
                    "Tomas Reyland",
                    "aiming",
                    "aim",
                ),
                id="is-aiming-to",
            ),
            pytest.param(
                "The union aims to win a pay rise of ten percent for crane drivers this year.",
                (
                    "indirect",
                    "to win a pay rise of ten percent for crane drivers this year",
                    "The union",
                    "aims",
                    "aim",
                ),
                id="aims-to",
            ),
        ],
    )
    def test_infinitive_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The campaign aimed at the port's workers fell flat.", id="aimed-at"),
            pytest.param("Officials are hoping for a calm weekend at the border.", id="hoping-for"),
            pytest.param("The quay is the one berth she still aims to rebuild this year.", id="object-gap"),
            pytest.param(
                "The senator is the rival she hopes to unseat in the autumn vote.", id="object-gap-2"
            ),
            pytest.param("Fishermen can only hope to break even this year at the harbour.", id="modal"),
        ],
    )
    def test_no_intention_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("hope", "aim")] == []


class TestQuestions:
    """A verb of wondering or questioning reports the question a question word opens after it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tomas Reyland wondered whether the ferry line would ever return to the island.",
                (
                    "indirect",
                    "whether the ferry line would ever return to the island",
                    "Tomas Reyland",
                    "wondered",
                    "wonder",
                ),
                id="wondered-whether",
            ),
            pytest.param(
                "Many harbour workers are wondering if the new cranes will cost them their jobs.",
                (
                    "indirect",
                    "if the new cranes will cost them their jobs",
                    "Many harbour workers",
                    "wondering",
                    "wonder",
                ),
                id="are-wondering-if",
            ),
            pytest.param(
                "Ilse Marrow continued to question whether the levy on trawlers was legal.",
                ("indirect", "whether the levy on trawlers was legal", "Ilse Marrow", "question", "question"),
                id="to-question-whether",
            ),
        ],
    )
    def test_question_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Reyland wondered aloud as the ferry left.", id="wondered-aloud"),
            pytest.param("Visitors wander the old quay and wonder at the view.", id="wonder-at"),
        ],
    )
    def test_no_question_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] == "wonder"] == []


class TestNarrowCueTables:
    """The words of the narrow readings are lexicon data a caller may change."""

    def test_default_tables(self) -> None:
        assert ("hoping", "hope") in DEFAULT_LEXICON.infinitive_cues
        assert ("wondered", "wonder") in DEFAULT_LEXICON.question_cues
        assert ("pointing to", "point to") in DEFAULT_LEXICON.topic_cues
        assert ("hopeful", "be hopeful") in DEFAULT_LEXICON.stance_cues
        assert ("complaints", "complain") in DEFAULT_LEXICON.noun_cues
        assert DEFAULT_LEXICON.cue_lemma("aiming") == "aim"

    def test_a_lexicon_without_them_reads_none(self) -> None:
        lex = attrs.evolve(DEFAULT_LEXICON, infinitive_cues=(), question_cues=[])
        assert lex.question_cues == ()
        assert "wondered" not in compiled(lex).question_forms
        text = "Tomas Reyland wondered whether the ferry line would ever return to the island."
        assert find_quotes(text, lexicon=lex) == ()


class TestTopics:
    """A verb of referring or pointing reports its object, what the speaker spoke of."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow pointed to the new ferry line as proof that the harbour plan was working.",
                (
                    "indirect",
                    "the new ferry line as proof that the harbour plan was working",
                    "Ilse Marrow",
                    "pointed to",
                    "point to",
                ),
                id="pointed-to",
            ),
            pytest.param(
                "In her speech, the mayor was referring to the harbour levy that voters rejected.",
                (
                    "indirect",
                    "the harbour levy that voters rejected",
                    "the mayor",
                    "referring to",
                    "refer to",
                ),
                id="was-referring-to",
            ),
            pytest.param(
                "“We will not retreat,” Tomas Reyland said, referring to the dispute over the northern pier.",
                (
                    "indirect",
                    "the dispute over the northern pier",
                    "Tomas Reyland",
                    "referring to",
                    "refer to",
                ),
                id="said-referring-to",
            ),
            pytest.param(
                "Tomas Reyland, alluding to the dredging scandal, said the port needed new leaders.",
                ("indirect", "the dredging scandal", "Tomas Reyland", "alluding to", "allude to"),
                id="alluding-to",
            ),
        ],
    )
    def test_topic_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Her ferry, often referred to as the Blue Lady, sank in 1990.", id="passive"),
            pytest.param("The ferry, referred to as the Blue Lady, sank in 1990.", id="participle"),
            pytest.param("The very trends that critics point to with alarm are easing.", id="object-gap"),
            pytest.param("She made her point to the dockers at the quay before noon.", id="noun"),
        ],
    )
    def test_no_topic_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("refer to", "point to", "allude to")] == []

    def test_a_quotation_keeps_no_topic_cue(self) -> None:
        text = (
            "“Tell them it is over,” Marrow said.\n\n"
            "“I am not sure the old boat is free, but we will see, right?” Marrow remarked, alluding to the "
            "ferry's latest trip to the islands."
        )
        quoted = [r for r in _records(text) if r[0] == "direct" and r[1].startswith("I am not sure")]
        assert quoted and all(r[4] not in ("allude to",) for r in quoted)

    def test_a_quoted_object_still_reads_as_naming(self) -> None:
        text = "Tomas Reyland referred to the harbour chief as “a clown” on Monday."
        assert any(r[0] == "mixed" and r[4] == "refer to" for r in _records(text))


class TestStance:
    """An adjective of belief or feeling after a linking verb reports the that-clause after it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow was hopeful that the ferry would run again by June.",
                ("indirect", "the ferry would run again by June", "Ilse Marrow", "hopeful", "be hopeful"),
                id="was-hopeful",
            ),
            pytest.param(
                "Tomas Reyland remained confident that the council would back the pier.",
                ("indirect", "the council would back the pier", "Tomas Reyland", "confident", "be confident"),
                id="remained-confident",
            ),
            pytest.param(
                "Tomas Reyland is deeply worried that the port will lose its night shift.",
                ("indirect", "the port will lose its night shift", "Tomas Reyland", "worried", "be worried"),
                id="is-deeply-worried",
            ),
            pytest.param(
                "Ilse Marrow was aware that the ferry had been sold to a rival line.",
                ("indirect", "the ferry had been sold to a rival line", "Ilse Marrow", "aware", "be aware"),
                id="was-aware",
            ),
        ],
    )
    def test_stance_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("It is certain that the port will close before winter.", id="expletive"),
            pytest.param("Ilse Marrow is aware of the risks at the old quay.", id="no-clause"),
            pytest.param("The worried dockers left the quay before noon.", id="attributive"),
        ],
    )
    def test_no_stance_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] is not None and r[4].startswith("be ")] == []

    def test_a_bare_adjective_ends_no_clause(self) -> None:
        # "confident" with no that-clause is no cue, so the report before it runs to its comma
        text = "The vote is expected to come before Friday, but the mayor seems confident he has the votes."
        assert not any(r[4] == "be confident" for r in _records(text))


class TestNouns:
    """A noun of complaint, warning, assurance or concern reports the that-clause after it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Despite complaints that the night shifts are unsafe, the port kept them.",
                ("indirect", "the night shifts are unsafe", None, "complaints", "complain"),
                id="despite-complaints",
            ),
            pytest.param(
                "Tomas Reyland gained little from his complaints that the harbour chief had been unfair.",
                ("indirect", "the harbour chief had been unfair", "his", "complaints", "complain"),
                id="possessor",
            ),
            pytest.param(
                "Tomas Reyland repeated his complaints that the harbour chief had been unfair to him.",
                (
                    "indirect",
                    "the harbour chief had been unfair to him",
                    "Tomas Reyland",
                    "complaints",
                    "complain",
                ),
                id="repeated-complaints",
            ),
            pytest.param(
                "Amid growing concerns that the island depends on one ferry, the council met in Varna.",
                ("indirect", "the island depends on one ferry", None, "concerns", "concern"),
                id="amid-concerns",
            ),
            pytest.param(
                "Ilse Marrow gave assurances that no jobs would be lost at the shipyard.",
                ("indirect", "no jobs would be lost at the shipyard", "Ilse Marrow", "assurances", "assure"),
                id="gave-assurances",
            ),
        ],
    )
    def test_noun_clause_is_reported(self, text: str, expected: tuple[str | None, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Rising costs reinforce concerns that give the council pause.", id="relative"),
            pytest.param("The council heard complaints about the night shifts at the port.", id="no-clause"),
        ],
    )
    def test_no_noun_clause_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("complain", "concern")] == []

    def test_the_verb_before_keeps_its_report(self) -> None:
        text = "Tomas Reyland expressed concern that the ferry line would close in the winter."
        got = _records(text)
        assert (
            "indirect",
            "the ferry line would close in the winter",
            "Tomas Reyland",
            "expressed",
            "express",
        ) in got
        assert not any(r[4] == "concern" for r in got)


class TestMixedFragmentsThatGoOn:
    """A quoted fragment opening a reported clause that goes on with a place or manner of its own is one
    mixed quotation with the words after it; a circumstance of the speech ends it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coast guard reported “1,200 rescues” in the strait between March and June.",
                "1,200 rescues” in the strait between March and June",
                id="in-the-strait",
            ),
            pytest.param(
                "Ilse Marrow warned of “a sell-off of the old quays” in the way the port leases berths.",
                "a sell-off of the old quays” in the way the port leases berths",
                id="in-the-way",
            ),
            pytest.param(
                "Ilse Marrow said “budget cuts” and the sale of two old ferries would pay for the bridge.",
                "budget cuts” and the sale of two old ferries would pay for the bridge",
                id="first-conjunct-of-the-subject",
            ),
        ],
    )
    def test_fragment_goes_on(self, text: str, expected: str) -> None:
        assert [r[1] for r in _records(text) if r[0] == "mixed"] == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tomas Reyland said “we are ready” in a statement on Monday.",
                "we are ready",
                id="in-a-statement",
            ),
            pytest.param(
                "Tomas Reyland said “we are ready” at the party convention in Varna.",
                "we are ready",
                id="at-the-convention",
            ),
            pytest.param(
                "Tomas Reyland said “we are ready.” in the hall.",
                "we are ready.",
                id="a-sentence-quoted-whole",
            ),
        ],
    )
    def test_circumstance_ends_it(self, text: str, expected: str) -> None:
        assert [r[1] for r in _records(text)] == [expected]

    def test_a_second_verb_after_and_ends_it(self) -> None:
        text = "Tomas Reyland called it “a disgrace” and left the hall before the vote."
        assert not any("left the hall" in r[1] for r in _records(text))


class TestSubordinateClauses:
    """A report inside a clause opened by "when" (at the sentence's start or after an opening adverbial) ends
    at that clause's comma."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Last month, when I asked Tomas Reyland if he would back the levy, he looked away.",
                ("indirect", "if he would back the levy", "I", "asked", "ask"),
                id="adverbial-then-when",
            ),
            pytest.param(
                "When Ilse Marrow said the ferry would stop, the islanders protested.",
                ("indirect", "the ferry would stop", "Ilse Marrow", "said", "say"),
                id="when-opening",
            ),
        ],
    )
    def test_report_ends_at_the_clause_comma(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)


class TestQuestionsWithTheirAsker:
    """A passive "asked" with its asker after "by" reports the question, the asker speaking; a question
    whose asker is not named stays unreported (the geopolitical set's reading, docs/accuracy.md)."""

    def test_asked_by(self) -> None:
        text = "Ilse Marrow was asked by the radio host Tomas Reyland whether the port would close."
        (q,) = find_quotes(text)
        assert (q.kind, q.text, q.cue.lemma if q.cue else None) == (
            "indirect",
            "whether the port would close",
            "ask",
        )
        assert q.speaker is not None and q.speaker.name == "Tomas Reyland"
        assert q.addressee is not None and q.addressee.text == "Ilse Marrow"

    def test_fronted_asked_by_ends_at_its_comma(self) -> None:
        text = "When asked by Tomas Reyland on Sunday whether the port would close, Ilse Marrow said no."
        assert ("indirect", "whether the port would close", "Tomas Reyland", "asked", "ask") in _records(text)

    def test_unnamed_asker_reports_nothing(self) -> None:
        text = "When asked whether the port would close, Ilse Marrow said she did not know."
        assert [r for r in _records(text) if r[4] == "ask"] == []


class TestParticipleAfterAClause:
    """A participle of saying after a clause of the writer's speaks for that clause's subject, also when a
    conjunction or "even" opens the sentence."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "And even Ilse Marrow tried to calm the dockers, noting that she would do the same.",
                id="and-even",
            ),
            pytest.param(
                "But Ilse Marrow tried to calm the dockers, noting that she would do the same.", id="but"
            ),
        ],
    )
    def test_subject_after_an_opening_word(self, text: str) -> None:
        assert ("indirect", "she would do the same", "Ilse Marrow", "noting", "note") in _records(text)

    def test_adverb_before_the_participle(self) -> None:
        text = (
            "Tomas Reyland raised doubts about the ferry owner, falsely suggesting that he was born abroad."
        )
        assert ("indirect", "he was born abroad", "Tomas Reyland", "suggesting", "suggest") in _records(text)


class TestGroupsThatSay:
    """A bare plural group opening the clause speaks with "say", with or without "that"."""

    def test_plural_group_says(self) -> None:
        text = "But harbour specialists say the most harmful claims might not be true."
        assert (
            "indirect",
            "the most harmful claims might not be true",
            "harbour specialists",
            "say",
            "say",
        ) in (_records(text))
