"""Quotations and speakers in the thirty-first session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from tests._quote_helpers import AddressedRow, addressed_records, said_row

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Her allies have in recent weeks said she was weighing a run for governor.",
            [said_row("indirect", "she was weighing a run for governor", "Her allies")],
            id="have-in-recent-weeks-said",
        ),
        pytest.param(
            "The port authority has on several occasions said the quay would reopen by spring.",
            [said_row("indirect", "the quay would reopen by spring", "The port authority")],
            id="has-on-several-occasions-said",
        ),
        pytest.param(
            "Mayor Dana Kells had at one point said the levy would be dropped.",
            [said_row("indirect", "the levy would be dropped", "Mayor Dana Kells")],
            id="had-at-one-point-said",
        ),
        pytest.param(
            "Dana Kells backed the levy but has since said it needs changes.",
            [said_row("indirect", "it needs changes", "Dana Kells")],
            id="but-has-since-said",
        ),
        pytest.param(
            "Dana Kells backed the levy but has since said she now believes it needs changes.",
            [said_row("indirect", "she now believes it needs changes", "Dana Kells")],
            id="a-clause-after-has-since-said",
        ),
        pytest.param(
            "Dana Kells, who has in the past backed the levy, said it needs changes.",
            [said_row("indirect", "it needs changes", "Dana Kells")],
            id="guard-an-adjunct-inside-a-relative-clause",
        ),
        pytest.param(
            "The council has in the past rejected such levies, the mayor said.",
            [said_row("indirect", "The council has in the past rejected such levies", "the mayor")],
            id="guard-an-adjunct-before-a-verb-of-deeds",
        ),
    ],
)
def test_an_adjunct_inside_a_perfect_before_the_cue(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected
