"""Quotations and speakers in the twenty-ninth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from tests._quote_helpers import AddressedRow, addressed_records

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The coach, Dario Velko, told fans, “We will be back next year.”",
            [("direct", "We will be back next year.", "Dario Velko", "told", "tell", "fans")],
            id="bare-plural-hearer-before-a-comma",
        ),
        pytest.param(
            "Ines Marlow told supporters: “Never again.”",
            [("direct", "Never again.", "Ines Marlow", "told", "tell", "supporters")],
            id="bare-plural-hearer-before-a-colon",
        ),
        pytest.param(
            "Ines Marlow told the crowd, “Never again.”",
            [("direct", "Never again.", "Ines Marlow", "told", "tell", "the crowd")],
            id="guard-determined-hearer-before-a-comma",
        ),
        pytest.param(
            "Ines Marlow told later, “It was a mistake.”",
            [("direct", "It was a mistake.", "Ines Marlow", "told", "tell", None)],
            id="guard-an-adverb-is-no-hearer",
        ),
        pytest.param(
            "Ines Marlow warned bluntly, “It will fail.”",
            [("direct", "It will fail.", "Ines Marlow", "warned", "warn", None)],
            id="guard-an-ly-adverb-is-no-hearer",
        ),
        pytest.param(
            "The mayor, Ines Marlow, said, “Never again.”",
            [("direct", "Never again.", "Ines Marlow", "said", "say", None)],
            id="a-title-apposed-before-the-name-is-not-said",
        ),
        pytest.param(
            "Voters, Ines Marlow said, “will not forgive this.”",
            [
                ("indirect", "Voters", "Ines Marlow", "said", "say", None),
                ("direct", "will not forgive this.", "Ines Marlow", "said", "say", None),
            ],
            id="guard-a-subject-before-the-name-is-said",
        ),
    ],
)
def test_a_short_hearer_before_the_quotation_it_hears(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In a commentary titled “The Invaders Will Pay,” KCNA said the drills rehearsed an attack.",
            [("indirect", "the drills rehearsed an attack", "KCNA", "said", "say", None)],
            id="titled-commentary-then-a-report",
        ),
        pytest.param(
            "In an op-ed headlined “Time to Go,” Senator Hal Brecker argued that the mission had failed.",
            [("indirect", "the mission had failed", "Senator Hal Brecker", "argued", "argue", None)],
            id="headlined-op-ed-then-a-that-clause",
        ),
        pytest.param(
            "“We are leaving,” Tomas Ruiz told the hall on Friday.",
            [("direct", "We are leaving,", "Tomas Ruiz", "told", "tell", "the hall")],
            id="guard-a-quotation-before-the-speaker-leaves-the-hearer-after",
        ),
    ],
)
def test_a_quoted_title_in_a_leading_phrase_is_not_what_was_said(
    text: str, expected: list[AddressedRow]
) -> None:
    assert addressed_records(_LEAD + text) == expected
