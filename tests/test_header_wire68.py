"""Header lines met in the sixty-eighth session's copy: the header styles of Vatican and religion outlets, of
Southern and Central European outlets in English, of maritime and shipping news and of business newswires.
Tops and leads written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import top

_REF = dt.datetime(2026, 12, 1, 20, 0)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("By Tom Hale, South China Morning Post", "South China Morning Post", id="morning-post"),
        # guards: listed outlets read before, a writer and an outlet glued with no comma
        pytest.param("By Tom Hale, Sydney Morning Herald", "Sydney Morning Herald", id="guard-herald"),
        pytest.param("By Tom Hale, The New York Times", "The New York Times", id="guard-times"),
        pytest.param("Tom Hale Lakeside Courier", "Lakeside Courier", id="guard-glued"),
        pytest.param("Tom Hale Daily Maverick", "Daily Maverick", id="guard-glued-listed"),
    ],
)
def test_a_listed_outlet_after_the_comma_is_read_whole(credit: str, source: str) -> None:
    """A listed outlet after the writer's comma whose last words make a newspaper's name of their own
    ("South China Morning Post") is the source whole (before, a writer "South China" and the source "Morning
    Post")."""
    header = parse_header(top(credit, "December 1, 2026"), reference_date=_REF)
    assert [a.name for a in header.authors] == ["Tom Hale"]
    assert header.source is not None and header.source.name == source
