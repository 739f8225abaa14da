"""Bylines that print the staff title before the name, as British and wire pages do ("By Political
Correspondent Ann Lee", "By Rome correspondent Ann Lee", "By Political Editor A and Deputy Political Editor
B"): the authors are the people, at offsets into the caller's text (tops written for these tests, people
invented)."""

from __future__ import annotations

import pytest

from geoquote import parse_header


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param(
            "By Political Correspondent Harriet Camberwell", ["Harriet Camberwell"], id="capitalised"
        ),
        pytest.param("By Rome correspondent Mara Ellison", ["Mara Ellison"], id="a-place-then-the-title"),
        pytest.param(
            "By Political Editor Harriet Camberwell and Deputy Political Editor Owen Strachan",
            ["Harriet Camberwell", "Owen Strachan"],
            id="two-titled-names",
        ),
        pytest.param(
            "By Harriet Camberwell, Political Correspondent",
            ["Harriet Camberwell"],
            id="title-after-the-name",
        ),
    ],
)
def test_a_staff_title_before_the_name_is_no_author(byline: str, expected: list[str]) -> None:
    text = f"Talks resume in Geneva\n\n{byline}\n\nThe talks resumed on Monday after a week's pause."
    authors = parse_header(text).authors
    assert [a.name for a in authors] == expected
    assert all(text[a.start : a.end] == a.name for a in authors)
