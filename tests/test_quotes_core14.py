"""Reported clauses after "said" that the reader lost or misread: a pronoun opening the clause after a
plural subject, a time after the medium or a time owning the clause's subject, a group with an
"including" list, and acts declared that are no report (sentences written for these tests; people,
places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import lead_records

LEAD = "Harbour strike ends\n\n"


def _records(sentence: str) -> list[tuple[str, str, str | None]]:
    """Every record of the sentence (after a headline) as (kind, text, speaker mention)."""
    return lead_records(LEAD, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ilse and Tomas Marrow, the harbour pilots, say they felt they had to protest.",
            [("indirect", "they felt they had to protest", "Ilse and Tomas Marrow")],
            id="pronoun-opens-the-clause-after-an-apposition",
        ),
        pytest.param(
            "“We will not go back,” said he.",
            [("direct", "We will not go back,", "he")],
            id="inverted-pronoun-at-the-end",
        ),
        pytest.param(
            "“We will not go back,” says she in a statement.",
            [("direct", "We will not go back,", "she")],
            id="inverted-pronoun-before-a-preposition",
        ),
        pytest.param(
            "The port board said in a statement Friday evening it had withdrawn the offer.",
            [("indirect", "it had withdrawn the offer", "The port board")],
            id="medium-then-a-time",
        ),
        pytest.param(
            "The port board said in a statement on Monday the listing was withdrawn.",
            [("indirect", "the listing was withdrawn", "The port board")],
            id="medium-then-on-a-day",
        ),
        pytest.param(
            "Tomas Reyland said Monday's vote was a mistake.",
            [("indirect", "Monday's vote was a mistake", "Tomas Reyland")],
            id="a-day-owning-the-subject",
        ),
        pytest.param(
            "Ilse Marrow said last week's stoppage had cost the port dearly.",
            [("indirect", "last week's stoppage had cost the port dearly", "Ilse Marrow")],
            id="last-week-owning-the-subject",
        ),
        pytest.param(
            "Marrow said yesterday the strike was over.",
            [("indirect", "the strike was over", "Marrow")],
            id="yesterday-before-the-clause",
        ),
        pytest.param(
            "Dozens of dockers, including Mr. Reyland, said the deal suited them.",
            [("indirect", "the deal suited them", "Dozens of dockers")],
            id="group-with-an-including-list",
        ),
        pytest.param(
            "One in three said the council does not care about the harbour.",
            [("indirect", "the council does not care about the harbour", "One in three")],
            id="one-in-three",
        ),
        pytest.param(
            "All but two said the board should take up the matter.",
            [("indirect", "the board should take up the matter", "All but two")],
            id="all-but-two",
        ),
        pytest.param(
            "While only 9 percent of dockers said the vote left them unsure, 31 percent backed the mayor.",
            [("indirect", "the vote left them unsure", "only 9 percent of dockers")],
            id="share-in-a-while-clause-ends-at-its-comma",
        ),
        pytest.param(
            "The port authority rejected blame for the March 3, 2019, blaze, officials said.",
            [("indirect", "The port authority rejected blame for the March 3, 2019, blaze", "officials")],
            id="a-date-comma-ends-no-clause",
        ),
        pytest.param(
            "Over the winter, the Marrows say they have noticed growing unease among their neighbours.",
            [("indirect", "they have noticed growing unease among their neighbours", "the Marrows")],
            id="a-family-says",
        ),
        pytest.param(
            "The mayor's inner circle believes that he has earned the right to set the terms.",
            [("indirect", "he has earned the right to set the terms", "The mayor's inner circle")],
            id="a-collective-noun-believes-that",
        ),
        pytest.param(
            "The Russian side believes that the talks should go on.",
            [("indirect", "the talks should go on", "The Russian side")],
            id="the-side-believes-that",
        ),
        pytest.param("The plan suggests that the port will close.", [], id="a-thing-suggests-nothing"),
        pytest.param(
            "The dockers who met the mayor said the talks went badly.",
            [("indirect", "the talks went badly", "The dockers")],
            id="not-the-object-of-the-relative-clause",
        ),
        pytest.param(
            "The state officials whose rules were struck down say the real change came in the courts.",
            [("indirect", "the real change came in the courts", "The state officials")],
            id="whose-relative",
        ),
        pytest.param(
            "The judge -- who has been in a dispute with the mayor -- said she regretted her remarks.",
            [("indirect", "she regretted her remarks", "The judge")],
            id="relative-between-dashes",
        ),
        pytest.param(
            "Marrow leads Reyland by 27 seats according to a Harbour Gazette tally.",
            [("indirect", "Marrow leads Reyland by 27 seats", "a Harbour Gazette tally")],
            id="a-tally-credited-without-a-comma",
        ),
        pytest.param(
            "The port handled 115 ships — tankers and ferries among them — according to the latest data.",
            [("indirect", "The port handled 115 ships — tankers and ferries among them", "the latest data")],
            id="according-to-after-a-closed-aside",
        ),
        pytest.param(
            "Marrow said in private he would never sign the deal.",
            [("indirect", "he would never sign the deal", "Marrow")],
            id="in-a-phrase-then-a-pronoun-clause",
        ),
        pytest.param(
            "Reyland said in Ostend it takes time to build trust.",
            [("indirect", "it takes time to build trust", "Reyland")],
            id="in-a-place-then-a-present-tense",
        ),
        pytest.param(
            "But salvage specialists say the worst damage might not be visible yet.",
            [("indirect", "the worst damage might not be visible yet", "salvage specialists")],
            id="a-bare-plural-after-but",
        ),
        pytest.param(
            "And some undecided dockers think the mayor should drop the plan quickly.",
            [("indirect", "the mayor should drop the plan quickly", "some undecided dockers")],
            id="belief-without-that-and-an-adjective-in-ed",
        ),
        pytest.param(
            "Most analysts expect the bank will raise rates.",
            [("indirect", "the bank will raise rates", "Most analysts")],
            id="expect-a-clause-without-that",
        ),
        pytest.param(
            "Several sources privy to the harbour talks say the pilots will settle.",
            [("indirect", "the pilots will settle", "Several sources privy to the harbour talks")],
            id="an-adjective-with-to-in-the-subject",
        ),
        pytest.param(
            "The mayor met dockers who said the port was unsafe.",
            [("indirect", "the port was unsafe", "dockers")],
            id="an-object-with-who-said",
        ),
        pytest.param(
            "Among those who said pay mattered most, a majority backed the offer.",
            [("indirect", "pay mattered most", "those")],
            id="who-said-in-an-opening-phrase-ends-at-its-comma",
        ),
        pytest.param("Those who described the deal are former employees.", [], id="a-subject-with-who"),
        pytest.param(
            "Asked if the plan was fair, 72 percent of pilots said yes while 40 percent of clerks agreed.",
            [("indirect", "yes", "72 percent of pilots")],
            id="a-share-answers-yes",
        ),
        pytest.param(
            "The mayor said no one would lose a job.",
            [("indirect", "no one would lose a job", "The mayor")],
            id="no-one-is-no-answer",
        ),
        pytest.param(
            "The mayor met survivors of the blast on Thursday and said the city must act.",
            [("indirect", "the city must act", "The mayor")],
            id="a-past-verb-before-a-plural-role-noun-and-said",
        ),
        pytest.param(
            "Ilse Marrow, host of the show “Harbour Hour,” suggested the mayor's exit could end the row.",
            [],
            id="no-inverted-speaker-ending-in-a-possessive",
        ),
        pytest.param(
            "Some claims are hard to check, the harbour master said.",
            [("indirect", "Some claims are hard to check", "the harbour master")],
            id="a-plural-noun-before-are-is-no-cue",
        ),
        pytest.param(
            "By the time polls closed, the mayor was forced to retreat and said his words had been twisted.",
            [("indirect", "his words had been twisted", "the mayor")],
            id="a-leading-time-phrase-with-by",
        ),
        pytest.param(
            "Since the vote, the harbour master has said the port will stay open.",
            [("indirect", "the port will stay open", "the harbour master")],
            id="a-leading-phrase-with-since",
        ),
        pytest.param(
            "The mayor — a former docker — said the port would stay open.",
            [("indirect", "the port would stay open", "The mayor")],
            id="an-aside-between-dashes",
        ),
        pytest.param(
            "Dockers in two towns -- Ostend and Calais -- said the port would stay open.",
            [("indirect", "the port would stay open", "Dockers in two towns")],
            id="places-between-double-hyphens",
        ),
        pytest.param(
            "A former harbour master -- Tomas Reyland -- said the port would stay open.",
            [("indirect", "the port would stay open", "Tomas Reyland")],
            id="a-name-between-dashes-is-the-subjects",
        ),
        pytest.param("The crew acted according to the rules of the harbour.", [], id="according-to-a-rule"),
        pytest.param(
            "The ferry carries 300 cars, which makes it the largest according to its registry entry.",
            [],
            id="according-to-a-possessed-record",
        ),
        pytest.param("The launch went according to plan on Monday.", [], id="according-to-plan"),
        pytest.param(
            "One after another, the coal firms, including Orvena Coal, declared bankruptcy.",
            [],
            id="bankruptcy",
        ),
        pytest.param("The rebels declared victory in the port city on Sunday.", [], id="victory"),
    ],
)
def test_reported_clause(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(sentence) == expected


@pytest.mark.xfail(
    strict=True, reason="a clause after 'when' before the speaker's comma is taken as the words"
)
def test_subordinate_clause_is_no_report() -> None:
    """'when X thanked the hall and said ..., a docker shouted': X's words, not the docker's."""
    records = _records("When Marrow thanked the hall and said she was glad to be back, a docker shouted.")
    assert ("indirect", "she was glad to be back", "Marrow") in records
