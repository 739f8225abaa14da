"""Header lines met in the forty-ninth session's copy: staff credits of outlets named after a place or printed
by their initials, Caucasus and Central Asian agencies' datelines and RFE/RL's language services. Tops written
for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import top


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Buenos Aires Times staff", "Buenos Aires Times", id="lower-staff"),
        pytest.param("Bangkok Post reporters", "Bangkok Post", id="lower-reporters"),
        pytest.param("Bangkok Post Reporters", "Bangkok Post", id="title-reporters"),
        pytest.param("By Bangkok Post Reporters", "Bangkok Post", id="by-reporters"),
        pytest.param("JERUSALEM POST STAFF", "JERUSALEM POST", id="capitals"),
        pytest.param("TOI STAFF", "TOI", id="initials-capitals"),
        pytest.param("Moscow Times staff writers", "Moscow Times", id="staff-writers"),
        pytest.param("Jerusalem Post Staff", "Jerusalem Post", id="guard-title-staff"),
        pytest.param("By Kyiv Independent Staff", "Kyiv Independent", id="guard-by-staff"),
        pytest.param("ToI Staff", "ToI", id="guard-initials"),
    ],
)
def test_an_outlets_staff_credit_names_the_outlet(credit: str, source: str) -> None:
    """A line crediting an outlet's staff or reporters, whatever its case ("Straits Times staff", "TOI
    STAFF"), names the outlet as the source and no person; the body starts under it."""
    header = parse_header(top(credit, "29 November 2026"))
    assert header.source is not None and header.source.name == source
    assert header.authors == ()
    assert header.published is not None and header.published.value == "2026-11-29"


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Anna Berg staff", id="person-then-staff"),
        pytest.param("News Staff", id="desk-word-alone"),
    ],
)
def test_a_staff_noun_after_no_outlet_names_no_outlet(credit: str) -> None:
    """Guard: a staff noun after a person's name or a desk's word names no outlet."""
    header = parse_header(top(credit, "29 November 2026"))
    assert header.source is None or header.source.name not in {"Anna Berg", "News"}
