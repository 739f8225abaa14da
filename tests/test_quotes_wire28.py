"""Quotations in the twenty-fourth session's copy (sentences written for these tests; people invented). See
also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _records(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quotation of the text under a headline."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker is not None else None)
        for q in find_quotes("Troop talks\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The US said on Monday it would send two more destroyers to the gulf.",
            [("indirect", "it would send two more destroyers to the gulf", "US")],
            id="the-us",
        ),
        pytest.param(
            "The UK said the talks would resume in Oslo.",
            [("indirect", "the talks would resume in Oslo", "UK")],
            id="guard-the-uk",
        ),
        pytest.param(
            "Some of us said the talks would resume in Oslo.",
            [("indirect", "the talks would resume in Oslo", None)],
            id="guard-us-the-pronoun",
        ),
    ],
)
def test_a_state_s_capitalised_initials_after_the_article_speak(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected
