"""Header lines met in the twenty-second session's copy: a labelled source under the byline ("By Ann Lee" /
"Source: Reuters"); a short lead sentence over the first long paragraph opens the body. Tops written for
these tests, people invented."""

from __future__ import annotations

import pytest

from geoquote import parse_header


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        pytest.param("By Ilse Marrow\nSource: Reuters", "Reuters", id="under-the-byline"),
        pytest.param("By Ilse Marrow\nMarch 3, 2025\nSource: AFP", "AFP", id="under-the-date"),
        pytest.param("By Ilse Marrow\nQuelle: dpa", "dpa", id="de"),
    ],
)
def test_a_labelled_source_under_the_byline(lines: str, source: str) -> None:
    text = f"Ministers meet in Ashland\n\n{lines}\n\nThe ministers met on Monday to discuss the harbour."
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Ilse Marrow"]
    assert header.source is not None
    assert header.source.name == source
    assert text[header.source.start : header.source.end] == source


@pytest.mark.parametrize(
    ("between", "opens_body"),
    [
        pytest.param("The cabinet approved the harbour budget overnight.", True, id="a-short-lead"),
        pytest.param("Photo: Ilse Marrow/Harbour Press.", False, id="guard-a-photo-credit"),
        pytest.param("Harbour Budget Passes Final Vote", False, id="guard-a-title-case-kicker"),
    ],
)
def test_a_short_lead_over_the_first_long_paragraph_opens_the_body(between: str, opens_body: bool) -> None:
    long = "The finance minister, Tomas Reyland, said it was a budget for growth and for the harbour towns."
    text = f"Budget approved\n\nBy Ilse Marrow\n\n{between}\n\n{long}"
    header = parse_header(text)
    expected = text.index(between) if opens_body else text.index(long)
    assert header.body_start == expected
