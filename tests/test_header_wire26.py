"""Header lines met in the twenty-second session's copy: a labelled source under the byline ("By Ann Lee" /
"Source: Reuters"). Tops written for these tests, people invented."""

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
