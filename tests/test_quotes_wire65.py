"""Quotations and speakers in the thirty-third session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from tests._quote_helpers import named_records

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The cabinet will vote on the budget on Sunday, Channel 13 news reported.",
            [("The cabinet will vote on the budget on Sunday", "Channel 13")],
            id="a-numbered-channel-and-its-news-service",
        ),
        pytest.param(
            "Talks with the union have stalled, Kan 11 television said on Monday.",
            [("Talks with the union have stalled", "Kan 11")],
            id="a-numbered-channel-and-its-television-service",
        ),
        pytest.param(
            "The strike will go ahead, France 24 reported.",
            [("The strike will go ahead", "France 24")],
            id="guard-a-numbered-channel-alone",
        ),
    ],
)
def test_a_numbered_broadcaster_and_its_service(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Mayor Ram Bahadur Thapa, popularly known as "Ramu", has said that stalls would move.',
            [("stalls would move", "Ram Bahadur Thapa")],
            id="an-adverb-before-known-as",
        ),
        pytest.param(
            'Singer Nadia Qureshi, known to fans as "Nana", said the tour would go on.',
            [("the tour would go on", "Nadia Qureshi")],
            id="known-to-fans-as",
        ),
        pytest.param(
            'The mayor took cash, a witness, identified by the code name "Falcon," told the judges.',
            [("The mayor took cash", None)],
            id="identified-by-a-code-name",
        ),
        pytest.param(
            'The plan, dubbed "Operation Dawn", was approved, the minister said.',
            [('The plan, dubbed "Operation Dawn", was approved', None)],
            id="guard-a-plan-dubbed-in-the-reported-clause",
        ),
    ],
)
def test_a_name_in_quotation_marks_inside_an_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected
