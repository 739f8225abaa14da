"""Speakers, clauses and media in Nordic, Baltic, Canadian, Latin American, Central Asian, Balkan, Middle
Eastern and fact-checking copy (sentences written for these tests; people, and outlets where the reading does
not depend on a real one, invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None]:
    """The last quotation's speaker: its canonical name and how it was found."""
    q = find_quotes("Harbour talks\n\n" + text)[-1]
    sp = q.speaker
    return (sp.name if sp is not None else None, sp.resolution if sp is not None else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ilse Marrow, president of the Dunmore Farmers Association, told LRT the rules were unfair. "
            "President Tomas Reyland backed the government's decision. “Our security comes first,” the "
            "president told journalists.",
            ("Tomas Reyland", "role"),
            id="a-new-holder-opens-a-sentence",
        ),
        pytest.param(
            "Ilse Marrow, president of the Dunmore Farmers Association, told LRT the rules were unfair. "
            "She met President Tomas Reyland on Monday. “Our security comes first,” the president told "
            "journalists.",
            ("Ilse Marrow", "role"),
            id="a-holder-named-in-passing-keeps-the-speaker",
        ),
        pytest.param(
            "Foreign Minister Ilse Marrow said the talks were useful. She will meet Foreign Minister Tomas "
            "Reyland on Friday. “We need time,” the foreign minister said.",
            ("Ilse Marrow", "role"),
            id="a-counterpart-as-object",
        ),
    ],
)
def test_a_role_noun_is_the_holder_who_opened_a_sentence_since(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speaker(text) == expected
