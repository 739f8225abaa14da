"""Quotations and speakers in the twenty-eighth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _mentions(text: str) -> list[tuple[str, str | None]]:
    """(mention, name) of every quotation's speaker in the text under a headline, in order ("" when none)."""
    quotes = find_quotes("Talks stall over the border\n\n" + text)
    assert quotes, "no quotation found"
    return [
        (q.speaker.mention.text if q.speaker.mention else "", q.speaker.name) if q.speaker else ("", None)
        for q in quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Member states that border Russia say the plan is too timid.",
            [("Member states", None)],
            id="that-relative-after-states",
        ),
        pytest.param(
            "Aid agencies that run the shelters said the winter funding came too late.",
            [("Aid agencies", None)],
            id="that-relative-after-institution-plural",
        ),
        pytest.param(
            "Diplomats that attended the dinner said the mood was tense.",
            [("Diplomats", None)],
            id="that-relative-after-role-plural",
        ),
        pytest.param(
            "Analysts warned that Moscow says the plan is too timid.",
            [("Analysts", None)],
            id="guard-that-after-a-cue-is-its-clause",
        ),
        pytest.param(
            "The fact that Moscow says the plan is too timid worries Warsaw.",
            [("Moscow", "Moscow")],
            id="guard-that-after-a-plain-noun",
        ),
        pytest.param(
            "Some in Yerevan argue the deal came too late.",
            [("Some in Yerevan", None)],
            id="some-in-a-capital",
        ),
        pytest.param(
            "Some in the party believe the deal came too late.",
            [("Some in the party", None)],
            id="some-in-the-party",
        ),
        pytest.param(
            "Many in Washington believe the deal came too late.",
            [("Many in Washington", None)],
            id="guard-many-in-a-capital",
        ),
    ],
)
def test_a_group_qualified_by_a_relative_or_a_place_speaks_not_the_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _mentions(text) == expected
