"""Quotations and speakers in the thirty-fourth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

_LEAD = "Talks stall over the border\n\n"


def _cued(text: str) -> list[tuple[str, str | None, str, str]]:
    """Each quotation's words, its speaker's canonical name, its cue and its addressee."""
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.cue.text if q.cue else "",
            q.addressee.text if q.addressee else "",
        )
        for q in find_quotes(_LEAD + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mayor Oskar Lindqvist told LN+ the bridge would reopen in May.",
            [("the bridge would reopen in May", "Oskar Lindqvist", "told", "LN+")],
            id="a-channel-ending-in-plus-before-the-clause",
        ),
        pytest.param(
            "Mayor Oskar Lindqvist told Canal+ on Sunday that the bridge would reopen.",
            [("the bridge would reopen", "Oskar Lindqvist", "told", "Canal+")],
            id="a-channel-ending-in-plus-then-a-day-and-that",
        ),
        pytest.param(
            '"We will rebuild," Mayor Oskar Lindqvist told Apple TV+.',
            [("We will rebuild,", "Oskar Lindqvist", "told", "Apple TV+")],
            id="a-two-word-service-ending-in-plus",
        ),
        pytest.param(
            "Mayor Oskar Lindqvist told RTL the bridge would reopen.",
            [("the bridge would reopen", "Oskar Lindqvist", "told", "RTL")],
            id="guard-a-channel-without-plus",
        ),
    ],
)
def test_a_streaming_service_named_with_a_plus(
    text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert _cued(text) == expected
