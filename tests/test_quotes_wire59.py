"""Quotations and speakers in the thirty-second session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import named_records

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Rafah, displaced resident Samira Odeh, 47, said she would not leave again.",
            [("she would not leave again", "Samira Odeh")],
            id="an-adjective-before-the-title-and-an-age",
        ),
        pytest.param(
            "In Hebron, wounded farmer Karim Nassar, 64, told reporters the shelling had stopped.",
            [("the shelling had stopped", "Karim Nassar")],
            id="a-participle-before-the-title-and-an-age",
        ),
        pytest.param(
            "The crowd, mostly Gen Z, said the bill had to go.",
            [("the bill had to go", None)],
            id="guard-an-adverb-before-a-rank-like-word",
        ),
        pytest.param(
            "Families of the hamlet of Tel Arad in the Negev say they have received eviction notices.",
            [("they have received eviction notices", None)],
            id="a-region-named-with-the-after-in",
        ),
        pytest.param(
            "Diplomats in Tarvos say the talks have stalled.",
            [("the talks have stalled", None)],
            id="guard-an-unknown-seat-after-in",
        ),
    ],
)
def test_the_speaker_before_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Beirut, a Lebanese official who requested anonymity as he had no clearance "
            "to brief the press said the envoy had left.",
            [("the envoy had left", None, "a Lebanese official")],
            id="a-place-opening-before-a-long-relative-of-anonymity",
        ),
        pytest.param(
            "On Monday, a militia commander who attended the meetings with the ministry confirmed that the "
            "talks had failed.",
            [("the talks had failed", None, "a militia commander")],
            id="guard-a-day-opening-before-a-relative",
        ),
        pytest.param(
            "A Lebanese official who requested anonymity as he had no clearance to brief the "
            "press said the envoy had left.",
            [("the envoy had left", None, "A Lebanese official")],
            id="guard-a-long-relative-of-anonymity-at-the-opening",
        ),
    ],
)
def test_a_relative_after_an_opening_phrase(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.mention.text)
        for q in find_quotes(_LEAD + text)
        if q.speaker and q.speaker.mention
    ]
    assert got == expected
