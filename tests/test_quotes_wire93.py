"""Quotations and speakers in the fortieth session's copy: asides between a speaker and the verb that name
the speech the words were said in (sentences written for these tests; people invented). See also the case
table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _described(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each record's words, its speaker's canonical name and role, and its addressee as written."""
    out = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append(
            (
                q.text,
                sp.name if sp else None,
                sp.role if sp else None,
                q.addressee.text if q.addressee else None,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nPresident Tomas Varga, in a televised address, said his government sought no war.",
            [("his government sought no war", "Tomas Varga", "President", "in a televised address")],
            id="an-address-aside-before-the-verb-is-the-medium",
        ),
        pytest.param(
            "World\n\nPresident Tomas Varga, in a speech to the nation on Sunday, said the army would stay.",
            [("the army would stay", "Tomas Varga", "President", "in a speech to the nation")],
            id="a-speech-to-the-nation-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, at a news conference in Doha on Monday, said the talks had stalled.",
            [("the talks had stalled", None, "minister", "at a news conference in Doha")],
            id="a-news-conference-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, speaking at a rally in Kisumu, said the vote would be free.",
            [("the vote would be free", None, "minister", "at a rally in Kisumu")],
            id="a-speaking-at-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, who arrived in Doha on Monday, said the talks had stalled.",
            [("the talks had stalled", None, "minister", None)],
            id="guard-a-relative-clause-aside-names-no-medium",
        ),
    ],
)
def test_medium_asides(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """A speech or briefing named between commas before the verb is where the words were said."""
    assert _described(text) == expected
