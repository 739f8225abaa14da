"""Adjectives of feeling after a form of "be" report the that-clause after them, as "worried" does:
"Protesters were frustrated that ...", "The mayor is pleased that ..."; without a that-clause they report
nothing (sentences written for these tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import records

LEAD = "Pier reopens\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Protesters were frustrated that the harbour police released only some of the footage.",
            [("the harbour police released only some of the footage", "Protesters", "be frustrated")],
            id="were-frustrated-that",
        ),
        pytest.param(
            "Ilse Marrow said she was pleased that the ferry crews had returned to work.",
            [("she was pleased that the ferry crews had returned to work", "Ilse Marrow", "say")],
            id="inside-a-report-the-outer-report-holds-it",
        ),
        pytest.param(
            "The fishermen are angry that the quota was cut again.",
            [("the quota was cut again", "The fishermen", "be angry")],
            id="are-angry-that",
        ),
        pytest.param("The mayor was pleased with the new pier.", [], id="no-that-clause"),
        pytest.param("Dockers were upset by the new rota.", [], id="a-passive-with-by-is-no-report"),
    ],
)
def test_feelings_report_their_that_clause(
    sentence: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(text, mention, lemma) for _, text, mention, _, lemma in records(LEAD + sentence)] == expected
