"""Indirect attributions of stance and view: verbs of backing, opposing and talking about something, verbs of
seeking or deciding to do something, and verbs of viewing with an "as" complement (sentences written for
these tests in the style of news copy; people, places and bodies invented)."""

from __future__ import annotations

import attrs
import pytest

from geoquote import DEFAULT_LEXICON, find_quotes
from geoquote._quote_lexicon import compiled

from ._quote_helpers import records as _records


class TestStanceObjects:
    """A verb of backing, opposing or speaking about reports its object, up to the clause's end."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The dock union supports a four-day week for crane drivers at the eastern terminal.",
                (
                    "indirect",
                    "a four-day week for crane drivers at the eastern terminal",
                    "The dock union",
                    "supports",
                    "support",
                ),
                id="supports",
            ),
            pytest.param(
                "Senator Alda Prewitt has opposed the harbour levy since it was first proposed in 2019.",
                ("indirect", "the harbour levy", "Senator Alda Prewitt", "opposed", "oppose"),
                id="has-opposed",
            ),
            pytest.param(
                "At the rally, Ilse Marrow talked about the cost of ferry tickets for island families.",
                (
                    "indirect",
                    "the cost of ferry tickets for island families",
                    "Ilse Marrow",
                    "talked about",
                    "talk about",
                ),
                id="talked-about",
            ),
            pytest.param(
                "The mayor spoke of the long fight to keep the shipyard open through two recessions.",
                (
                    "indirect",
                    "the long fight to keep the shipyard open through two recessions",
                    "The mayor",
                    "spoke of",
                    "speak of",
                ),
                id="spoke-of",
            ),
            pytest.param(
                "Tomas Reyland has long advocated a single ticket for buses and ferries across the region.",
                (
                    "indirect",
                    "a single ticket for buses and ferries across the region",
                    "Tomas Reyland",
                    "advocated",
                    "advocate",
                ),
                id="advocated",
            ),
            pytest.param(
                "Harbour officials echoed the warnings of engineers about silt in the northern channel.",
                (
                    "indirect",
                    "the warnings of engineers about silt in the northern channel",
                    "Harbour officials",
                    "echoed",
                    "echo",
                ),
                id="echoed",
            ),
            pytest.param(
                "Ms. Prewitt downplayed the risk of flooding in the lower town this winter.",
                (
                    "indirect",
                    "the risk of flooding in the lower town this winter",
                    "Ms. Prewitt",
                    "downplayed",
                    "downplay",
                ),
                id="downplayed",
            ),
            pytest.param(
                "The ferry company is pushing for a new berth on the south side of the island.",
                (
                    "indirect",
                    "a new berth on the south side of the island",
                    "The ferry company",
                    "pushing for",
                    "push for",
                ),
                id="pushing-for",
            ),
            pytest.param(
                "Most dock workers favored a shorter shift on weekends.",
                ("indirect", "a shorter shift on weekends", "Most dock workers", "favored", "favor"),
                id="favored",
            ),
        ],
    )
    def test_object_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.xfail(strict=True, reason="a plural possessive before the subject's head hides the subject")
    def test_plural_possessive_subject(self) -> None:
        text = "The dockers' union supports a four-day week for crane drivers at the eastern terminal."
        assert (
            "indirect",
            "a four-day week for crane drivers at the eastern terminal",
            "The dockers' union",
            "supports",
            "support",
        ) in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The old pier supports the weight of two cranes.", id="thing-supports"),
            pytest.param("The union supports them.", id="pronoun-object"),
        ],
    )
    def test_no_stance_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] == "support"] == []


class TestSeekingAndDeciding:
    """ "Seek" and "decide" report only the 'to' infinitive after them."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow sought to calm fishermen angry about the new quotas for the bay.",
                (
                    "indirect",
                    "to calm fishermen angry about the new quotas for the bay",
                    "Ilse Marrow",
                    "sought",
                    "seek",
                ),
                id="sought-to",
            ),
            pytest.param(
                "The port authority decided to postpone the dredging of the channel until spring.",
                (
                    "indirect",
                    "to postpone the dredging of the channel until spring",
                    "The port authority",
                    "decided",
                    "decide",
                ),
                id="decided-to",
            ),
            pytest.param(
                "Ilse Marrow hopes never to see the harbour levy again.",
                ("indirect", "never to see the harbour levy again", "Ilse Marrow", "hopes", "hope"),
                id="hopes-never-to",
            ),
        ],
    )
    def test_infinitive_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Tomas Reyland is seeking a second term as mayor of the island.", id="seeking-object"
            ),
            pytest.param("The court decided the case in a single afternoon.", id="decided-object"),
        ],
    )
    def test_no_intention_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("seek", "decide")] == []


class TestViewAs:
    """A verb of viewing reports its object only with an "as" complement after it, which it keeps."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Party leaders see the ferry plan as a way to win back voters on the islands.",
                (
                    "indirect",
                    "the ferry plan as a way to win back voters on the islands",
                    "Party leaders",
                    "see",
                    "see",
                ),
                id="see-as",
            ),
            pytest.param(
                "Island officials viewed the new quotas as an attack on small boats.",
                (
                    "indirect",
                    "the new quotas as an attack on small boats",
                    "Island officials",
                    "viewed",
                    "view",
                ),
                id="viewed-as",
            ),
            pytest.param(
                "In his speech, Mr. Reyland cast his rival as a friend of the shipping companies.",
                (
                    "indirect",
                    "his rival as a friend of the shipping companies",
                    "Mr. Reyland",
                    "cast",
                    "cast",
                ),
                id="cast-as",
            ),
            pytest.param(
                "Mr. Reyland openly admires the harbour master as a “true leader” of the port.",
                (
                    "mixed",
                    "the harbour master as a “true leader” of the port",
                    "Mr. Reyland",
                    "admires",
                    "admire",
                ),
                id="admires-as",
            ),
        ],
    )
    def test_view_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Residents saw the smoke from across the bay.", id="saw-object"),
            pytest.param("The mayor will see the ferry as soon as it docks.", id="as-soon-as"),
            pytest.param("Crowds watched and saw the ship as it left the harbour.", id="as-clause"),
            pytest.param("Visitors admired the old lighthouse on the cliff.", id="admired-without-as"),
        ],
    )
    def test_no_view_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("see", "view", "cast", "admire")] == []

    def test_default_table_and_a_lexicon_without_it(self) -> None:
        assert ("viewed", "view") in DEFAULT_LEXICON.as_cues
        lex = attrs.evolve(DEFAULT_LEXICON, as_cues=())
        assert "viewed" not in compiled(lex).as_forms
        text = "Island officials viewed the new quotas as an attack on small boats."
        assert [q for q in find_quotes(text, lexicon=lex) if q.cue and q.cue.lemma == "view"] == []


class TestReportInsideParentheticalClause:
    """After a parenthetical attribution ("A, the senator said, B"), a verb of report inside B is a report
    nested in B, not the end of what the senator said."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Last spring, the senator said, the press believed he was an “outside bet.”",
                ("mixed", "the press believed he was an “outside bet.", "the senator", "said", "say"),
                id="belief-after-parenthetical",
            ),
            pytest.param(
                "Two years ago, the mayor said, the island saw the ferry as “a lifeline.”",
                ("mixed", "the island saw the ferry as “a lifeline.", "the mayor", "said", "say"),
                id="view-after-parenthetical",
            ),
        ],
    )
    def test_outer_clause_is_whole(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    def test_a_trailing_speaker_still_closes_the_clause(self) -> None:
        text = "The island will respond, the harbour master said on Tuesday."
        assert ("indirect", "The island will respond", "the harbour master", "said", "say") in _records(text)


class TestPraiseAndLikening:
    """Verbs of praise and of likening report their object as verbs of censure do, quotation or not, up to
    an occasion after it; a passive agent or a clause after them is no verdict."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Harbour officials hailed the new dredging contract at a news conference on Monday.",
                ("indirect", "the new dredging contract", "Harbour officials", "hailed", "hail"),
                id="hailed-up-to-the-occasion",
            ),
            pytest.param(
                "Ilse Marrow welcomed the court's decision to reopen the ferry inquiry.",
                (
                    "indirect",
                    "the court's decision to reopen the ferry inquiry",
                    "Ilse Marrow",
                    "welcomed",
                    "welcome",
                ),
                id="welcomed-a-decision",
            ),
            pytest.param(
                "Mr. Reyland likened the harbour levy to a toll on every family in the town.",
                (
                    "indirect",
                    "the harbour levy to a toll on every family in the town",
                    "Mr. Reyland",
                    "likened",
                    "liken",
                ),
                id="likened-to",
            ),
            pytest.param(
                "The union applauded the ferry deal as a victory for island workers.",
                (
                    "indirect",
                    "the ferry deal as a victory for island workers",
                    "The union",
                    "applauded",
                    "applaud",
                ),
                id="applauded-as",
            ),
            pytest.param(
                "Island officials encouraged residents to move their cars to higher ground.",
                (
                    "indirect",
                    "residents to move their cars to higher ground",
                    "Island officials",
                    "encouraged",
                    "encourage",
                ),
                id="encouraged-to",
            ),
        ],
    )
    def test_verdict_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The new mayor was welcomed by a small crowd at the pier.", id="passive-agent"),
            pytest.param("The crowd applauded as the ferry left the harbour.", id="as-opens-a-clause"),
        ],
    )
    def test_no_verdict_reported(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("welcome", "applaud")] == []


class TestPledgeThatAndReference:
    """ "Pledge" reports a that-clause as "vow" does (and still judges a quoted object); "reference" reports
    what it refers to, as "refer to" does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The ferry company pledged that by March it would restore the winter timetable.",
                (
                    "indirect",
                    "by March it would restore the winter timetable",
                    "The ferry company",
                    "pledged",
                    "pledge",
                ),
                id="pledged-that",
            ),
            pytest.param(
                "A video by the island party references three votes in which Reyland backed the levy.",
                (
                    "indirect",
                    "three votes in which Reyland backed the levy",
                    "the island party",
                    "references",
                    "reference",
                ),
                id="references",
            ),
            pytest.param(
                "Ilse Marrow pledged “a fair deal for every fisherman” in her first speech.",
                ("direct", "a fair deal for every fisherman", "Ilse Marrow", "pledged", "pledge"),
                id="pledged-a-quoted-object",
            ),
        ],
    )
    def test_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)


class TestKnowingWithoutThat:
    """Verbs of knowing and feeling report a clause without 'that' too; their bare noun phrase is a thing."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow knew the last ferry would be cancelled.",
                ("indirect", "the last ferry would be cancelled", "Ilse Marrow", "knew", "know"),
                id="knew-a-clause",
            ),
            pytest.param(
                "Many dock workers feel the port has been forgotten by the capital.",
                (
                    "indirect",
                    "the port has been forgotten by the capital",
                    "Many dock workers",
                    "feel",
                    "feel",
                ),
                id="feel-a-clause",
            ),
            pytest.param(
                "Tomas Reyland understands the levy will rise again next year.",
                (
                    "indirect",
                    "the levy will rise again next year",
                    "Tomas Reyland",
                    "understands",
                    "understand",
                ),
                id="understands-a-clause",
            ),
            pytest.param(
                "Harbour officials realized the dredger had left without its crew.",
                (
                    "indirect",
                    "the dredger had left without its crew",
                    "Harbour officials",
                    "realized",
                    "realize",
                ),
                id="realized-a-clause",
            ),
        ],
    )
    def test_clause_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Tomas Reyland knows the old harbour well.", id="knows-a-place"),
            pytest.param("Ilse Marrow felt the pressure of the long campaign.", id="felt-a-thing"),
            pytest.param("The new pilots understood the rules of the channel.", id="understood-a-thing"),
        ],
    )
    def test_no_clause_no_report(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] in ("know", "feel", "understand")] == []


class TestSpeakingAboutSomething:
    """A verb of speaking with its preposition reports the preposition's object: what was spoken of."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The ferry captain complained about the new rota for the winter crossings.",
                (
                    "indirect",
                    "the new rota for the winter crossings",
                    "The ferry captain",
                    "complained about",
                    "complain about",
                ),
                id="complained-about",
            ),
            pytest.param(
                "Tomas Reyland often boasts about his record on harbour safety.",
                ("indirect", "his record on harbour safety", "Tomas Reyland", "boasts about", "boast about"),
                id="boasts-about",
            ),
            pytest.param(
                "Island officials warned of long delays at the southern pier.",
                ("indirect", "long delays at the southern pier", "Island officials", "warned of", "warn of"),
                id="warned-of",
            ),
        ],
    )
    def test_object_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)


class TestBaseForms:
    """The base form of a verb of backing reports as its other forms do; the noun of the same spelling
    (after a determiner or before a preposition a verb does not take) reports nothing."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Most dock workers support a four-day week for crane drivers.",
                ("indirect", "a four-day week for crane drivers", "Most dock workers", "support", "support"),
                id="plural-present",
            ),
            pytest.param(
                "Island officials oppose the new harbour levy.",
                ("indirect", "the new harbour levy", "Island officials", "oppose", "oppose"),
                id="oppose",
            ),
            pytest.param(
                "Most ferry passengers prefer an earlier sailing in winter.",
                ("indirect", "an earlier sailing in winter", "Most ferry passengers", "prefer", "prefer"),
                id="prefer",
            ),
            pytest.param(
                "Island officials discuss the dredging plan on Monday.",
                ("indirect", "the dredging plan", "Island officials", "discuss", "discuss"),
                id="discuss",
            ),
        ],
    )
    def test_base_form_reports(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Support for the harbour levy is strong among dockers.", id="support-for"),
            pytest.param("Her support among dock workers has grown since May.", id="possessive-noun"),
            pytest.param("The union counts on support from the island council.", id="support-from"),
        ],
    )
    def test_noun_reports_nothing(self, text: str) -> None:
        assert [r for r in _records(text) if r[4] == "support"] == []


class TestBlockAfterColon:
    """A speaker and cue closing their paragraph with a colon: the next paragraph, set without quotation
    marks, is their words; a paragraph with marks or an attribution of its own is not."""

    def test_unmarked_block_is_the_content(self) -> None:
        text = (
            "Harbour Levy Row Deepens\n\nThe mayor spoke to a radio host on Monday. The mayor added:\n\n"
            "It is typical of the council. They know nothing about the port, and they never will.\n\n"
            "The council did not reply."
        )
        got = [r for r in _records(text) if r[3] == "added"]
        assert got == [
            (
                "indirect",
                "It is typical of the council. They know nothing about the port, and they never will",
                "The mayor",
                "added",
                "add",
            )
        ]

    def test_a_paragraph_with_its_own_speaker_is_no_block(self) -> None:
        text = (
            "Harbour Levy Row Deepens\n\nThe mayor spoke on Monday. The mayor added:\n\n"
            "Ilse Marrow, the council leader, said the levy would stay in place until the spring."
        )
        assert [r for r in _records(text) if r[3] == "added"] == []


class TestSubjectsWithClauses:
    """A subject with a contact relative clause ("the experts I interviewed") speaks; a report inside a
    relative clause set off by commas does not stop the sentence's trailing speaker from speaking."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The economists I interviewed said the harbour levy would raise little money.",
                ("indirect", "the harbour levy would raise little money", "The economists", "said", "say"),
                id="contact-clause",
            ),
            pytest.param(
                "Dock workers we spoke to said the night shift was unsafe.",
                ("indirect", "the night shift was unsafe", "Dock workers", "said", "say"),
                id="contact-clause-with-preposition",
            ),
            pytest.param(
                "The families, who asked the port to release the tape, watched it on Friday, a lawyer said.",
                (
                    "indirect",
                    "The families, who asked the port to release the tape, watched it on Friday",
                    "a lawyer",
                    "said",
                    "say",
                ),
                id="trailing-speaker-after-relative-report",
            ),
        ],
    )
    def test_is_reported(self, text: str, expected: tuple[str, ...]) -> None:
        assert expected in _records(text)


class TestAdverbsBeforeTheCue:
    """An adverb of the passive list ("generally", "widely") after a subject is an adverb of an active verb;
    after a form of "be" it still marks a passive with no speaker. A time adjunct ends an object."""

    def test_adverb_after_a_subject(self) -> None:
        text = "Mr. Harlow generally supported the new harbour levy."
        assert ("indirect", "the new harbour levy", "Mr. Harlow", "supported", "support") in _records(text)

    def test_adverb_after_be_is_a_passive(self) -> None:
        assert _records("It is generally thought that the harbour levy is unfair.") == []

    def test_during_ends_an_object(self) -> None:
        text = "Ilse Marrow criticized the harbour levy during a radio debate on Sunday."
        assert ("indirect", "the harbour levy", "Ilse Marrow", "criticized", "criticize") in _records(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ilse Marrow recalled that at one of her first council sessions, in 1992, she backed a plan.",
            id="fronted-phrase-then-pronoun",
        ),
        pytest.param(
            "Tomas Reyland noted that during the early council sessions, in 1992, he backed a pier plan.",
            id="fronted-time-then-pronoun",
        ),
    ],
)
def test_fronted_adjunct_then_a_nested_report_keeps_the_clause(text: str) -> None:
    """A that-clause opened by a phrase of time or place, then its own subject and a verb of backing: the
    clause goes on past the comma, and the verb after it is neither the speaker's next clause nor a credit
    closing the sentence."""
    got = [r for r in _records(text) if r[4] in ("recall", "note")]
    assert len(got) == 1 and got[0][1].endswith("plan")
