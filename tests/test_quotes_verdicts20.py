"""More verbs of public censure and praise report their object as "denounce" and "hail" do ("chastised the
board for the delays", "extolled the crews' courage"), and "implore" reports whom it urged and to do what,
as "urge" does (sentences written for these tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import records

LEAD = "Ferry row\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Senator Alda Prewitt chastised the harbour board for the winter delays.",
            [("the harbour board for the winter delays", "Senator Alda Prewitt", "chastise")],
            id="chastised-for",
        ),
        pytest.param(
            "The union reprimanded the ferry company for cutting the night crossings.",
            [("the ferry company for cutting the night crossings", "The union", "reprimand")],
            id="reprimanded-for",
        ),
        pytest.param(
            "Ilse Marrow extolled the courage of the lifeboat crews.",
            [("the courage of the lifeboat crews", "Ilse Marrow", "extol")],
            id="extolled",
        ),
        pytest.param(
            "Tomas Reyland implored the council to keep the pier open through the winter.",
            [("the council to keep the pier open through the winter", "Tomas Reyland", "implore")],
            id="implored-to",
        ),
        pytest.param(
            "The mayor was admonished by the court.",
            [],
            id="a-passive-with-by-is-no-verdict-of-the-subject",
        ),
    ],
)
def test_verdicts_report_their_object(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Residents blame the ferry company for the winter delays.",
            [("the ferry company for the winter delays", "Residents", "blame")],
            id="blame-present",
        ),
        pytest.param("The storm was to blame for the closure of the pier.", [], id="to-blame-is-no-report"),
        pytest.param(
            "The auditors recommended that the harbour board sell the old dredger.",
            [("the harbour board sell the old dredger", "The auditors", "recommend")],
            id="recommended-that",
        ),
        pytest.param(
            "Ilse Marrow recommends a second ferry for the island route.",
            [("a second ferry for the island route", "Ilse Marrow", "recommend")],
            id="recommends-an-object",
        ),
    ],
)
def test_blame_and_recommendations(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected
