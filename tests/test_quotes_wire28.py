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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Marta Quill and Dov Arlen sit on the panel. Quill: “Our aim is to end the levy, not to pause "
            "it.” Arlen: “The goal is to scrap it, not to delay it.”",
            [
                ("direct", "Our aim is to end the levy, not to pause it.", "Marta Quill"),
                ("direct", "The goal is to scrap it, not to delay it.", "Dov Arlen"),
            ],
            id="two-named-labels-in-one-paragraph",
        ),
        pytest.param(
            "The levy passed on Monday. Result: “Nobody read the bill before the vote.”",
            [("direct", "Nobody read the bill before the vote.", None)],
            id="guard-a-word-the-article-never-named",
        ),
    ],
)
def test_a_name_and_a_colon_after_a_sentence_open_the_quotation_after_them(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Both Marta Quill and Dov Arlen said the levy was dead.",
            [("indirect", "the levy was dead", "Marta Quill and Dov Arlen")],
            id="both-people",
        ),
        pytest.param(
            "Both Chile and Peru said the levy was unfair.",
            [("indirect", "the levy was unfair", "Chile and Peru")],
            id="both-states",
        ),
        pytest.param(
            "Both Marta Quill and Dov Arlen sit on the panel. Quill said it was dead.",
            [("indirect", "it was dead", "Marta Quill")],
            id="both-is-no-part-of-a-name",
        ),
    ],
)
def test_both_before_names_joined_by_and_makes_them_speak_together(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


def test_a_thing_shown_to_someone_is_no_report_and_the_next_quotation_stays_with_its_speaker() -> None:
    text = (
        "“Why wait a week? I am no doctor,” Marta Quill told reporters, referring to photographs that Dov "
        "Arlen showed to the police. “Would you not call for help at once?”"
    )
    records = _records(text)
    assert ("direct", "Would you not call for help at once?", "Marta Quill") in records
    assert all(kind != "indirect" or speaker != "Dov Arlen" for kind, _, speaker in records)
