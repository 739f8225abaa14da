"""Verbs of public acts made in words. "endorse" reports what was endorsed ("endorsed Ilse Marrow for
mayor"), a single word excepted as after every verb whose object is the content. "offer" reports what was
offered only when it is words: a 'to' infinitive ("offered to mediate"), or an object headed by a word of
speech or judgement ("offered no details", "offered his condolences"); an offer of goods, money or force is a
deed. A verb of intention or commitment may have an adjunct before its infinitive ("vowed on Tuesday to"),
and a threat reports its infinitive or its clause (sentences written for these tests; people, places and
bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import records

LEAD = "Ferry talks stall\n\n"


def _offers(sentence: str) -> list[tuple[str, str | None]]:
    """The records whose cue is "offer", as (text, speaker mention)."""
    return [(text, mention) for _, text, mention, _, lemma in records(LEAD + sentence) if lemma == "offer"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ilse Marrow offered to mediate between the two ferry unions.",
            [("to mediate between the two ferry unions", "Ilse Marrow")],
            id="to-infinitive",
        ),
        pytest.param(
            "The harbour board offered no details of the new timetable.",
            [("no details of the new timetable", "The harbour board")],
            id="no-details",
        ),
        pytest.param(
            "Tomas Reyland offered the crowd a gloomy assessment of the island's finances.",
            [("the crowd a gloomy assessment of the island's finances", "Tomas Reyland")],
            id="hearer-then-assessment",
        ),
        pytest.param(
            "The governor offered his condolences to the families of the crew.",
            [("his condolences to the families of the crew", "The governor")],
            id="condolences",
        ),
        pytest.param("The bank offered cheap loans to ferry operators.", [], id="loans-are-a-deed"),
        pytest.param(
            "Dunmore offered military support to its neighbour.", [], id="military-support-is-a-deed"
        ),
        pytest.param(
            "The ministry offered new defence efforts along the coast.", [], id="defence-efforts-are-a-deed"
        ),
    ],
)
def test_an_offer_reports_words_only(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _offers(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The dock union endorsed Ilse Marrow for mayor of Dunmore.",
            [("Ilse Marrow for mayor of Dunmore", "The dock union")],
            id="endorsed-a-candidate",
        ),
        pytest.param(
            "The council endorsed the new harbour plan on Tuesday.",
            [("the new harbour plan", "The council")],
            id="endorsed-a-plan",
        ),
        pytest.param("The council endorsed Marrow.", [], id="one-word-object"),
    ],
)
def test_an_endorsement_reports_what_was_endorsed(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    got = [(text, mention) for _, text, mention, _, lemma in records(LEAD + sentence) if lemma == "endorse"]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ilse Marrow decided after a lengthy review not to renew the ferry licence.",
            [("not to renew the ferry licence", "Ilse Marrow")],
            id="decided-after-a-review-not-to",
        ),
        pytest.param(
            "Tomas Reyland vowed on Tuesday to rebuild the pier before the winter.",
            [("to rebuild the pier before the winter", "Tomas Reyland")],
            id="vowed-on-a-day-to",
        ),
        pytest.param(
            "Tomas Reyland promised in a letter to the mayor that the pier would reopen.",
            [("the pier would reopen", "Tomas Reyland")],
            id="to-a-hearer-is-no-infinitive",
        ),
    ],
)
def test_an_adjunct_before_the_infinitive(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    """An adjunct of time, place or manner may stand between a verb of intention and its infinitive."""
    assert [(text, mention) for _, text, mention, _, _ in records(LEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The union threatened to shut the port over the new rota.",
            [("to shut the port over the new rota", "The union", "threaten")],
            id="threatened-to",
        ),
        pytest.param(
            "The union threatened on Monday that it would shut the port.",
            [("it would shut the port", "The union", "threaten")],
            id="threatened-on-a-day-that",
        ),
        pytest.param(
            "Rebel units threatened the northern suburbs of the capital.", [], id="a-threat-of-force"
        ),
    ],
)
def test_threats(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A threat reports what was threatened, its infinitive or its clause; a threat of force is no report."""
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Dunmore reaffirmed its commitment to the ceasefire on the island.",
            [("its commitment to the ceasefire on the island", "Dunmore", "reaffirm")],
            id="reaffirmed-an-object",
        ),
        pytest.param(
            "Ashland reaffirmed that it would defend the islands.",
            [("it would defend the islands", "Ashland", "reaffirm")],
            id="reaffirmed-that",
        ),
    ],
)
def test_reaffirming(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A reaffirmation reports what was reaffirmed, a clause or an object, as "reiterate" does."""
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Some analysts posit that the ferry cuts will cost the island its tourist season.",
            [("the ferry cuts will cost the island its tourist season", "Some analysts", "posit")],
            id="posit-a-clause",
        ),
        pytest.param(
            "The dockers protested that the new rota had been drawn up without them.",
            [("the new rota had been drawn up without them", "The dockers", "protest")],
            id="protested-that",
        ),
        pytest.param("The protests that followed the vote closed the port.", [], id="protests-is-a-noun"),
    ],
)
def test_more_verbs_of_saying(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The minister continued that the envoy had told him the port would reopen.",
            [("the envoy had told him the port would reopen", "The minister", "continue")],
            id="continued-that",
        ),
        pytest.param(
            "The minister indicated that Dunmore had accused Ashland of stalling the talks.",
            [("Dunmore had accused Ashland of stalling the talks", "The minister", "indicate")],
            id="indicated-that",
        ),
    ],
)
def test_a_report_inside_a_statement_is_the_outer_speakers(
    sentence: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Speech reported inside a statement is part of it: one record, the outer speaker's, as after "said"."""
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected
