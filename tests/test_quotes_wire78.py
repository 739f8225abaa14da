"""Quotations and speakers in the thirty-sixth session's copy: air-accident investigations, local crime and
police news, exile media, and cultural-heritage and restitution news (sentences written for these tests;
people invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

_LEAD = "Inquiry opens into the landing\n\n"


def _mentioned(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each record's words, its speaker's canonical name and the speaker's mention as written."""
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
        )
        for q in find_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Preliminary report details last minutes of Flight 212\n\nThe jet came down in a field.",
            [],
            id="an-adjective-before-report-makes-it-the-noun",
        ),
        pytest.param(
            "Official reports indicate the levee held overnight.",
            [("the levee held overnight", None, "Official reports")],
            id="an-adjective-before-reports-makes-them-the-speaking-noun",
        ),
        pytest.param(
            "State media reported the governor had resigned.",
            [("the governor had resigned", None, "State media")],
            id="a-modifier-opening-the-sentence-names-no-body",
        ),
        pytest.param(
            "Residents report that the tap water has turned brown.",
            [("the tap water has turned brown", None, "Residents")],
            id="guard-a-plural-subject-reports",
        ),
        pytest.param(
            "Xinhua said the governor had resigned.",
            [("the governor had resigned", "Xinhua", "Xinhua")],
            id="guard-an-agency-opening-the-sentence-is-named",
        ),
    ],
)
def test_words_name_and_mention(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """Each sentence's records: their words, the speaker's canonical name and mention."""
    assert _mentioned(text if "\n\n" in text else _LEAD + text) == expected
