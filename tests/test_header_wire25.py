"""Bylines that print the staff title before the name, as British and wire pages do ("By Political
Correspondent Ann Lee", "By Rome correspondent Ann Lee", "By Political Editor A and Deputy Political Editor
B"): the authors are the people, at offsets into the caller's text; and datelines that print an article
before the day ("Paris, le 3 mars (AFP) -") or a city and its country before a dash ("Doha, Qatar –"). Tops
written for these tests, people invented."""

from __future__ import annotations

import datetime as dt

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


@pytest.mark.parametrize(
    ("line", "place", "agency", "day"),
    [
        pytest.param(
            "Paris, le 3 mars (AFP) - Les pourparlers ont repris.", "Paris", "AFP", "3 mars", id="fr"
        ),
        pytest.param(
            "Madrid, el 3 de marzo (EFE) - Las conversaciones se reanudaron.",
            "Madrid",
            "EFE",
            "3 de marzo",
            id="es",
        ),
        pytest.param(
            "Roma, il 3 marzo (ANSA) - I colloqui sono ripresi.", "Roma", "ANSA", "3 marzo", id="it"
        ),
    ],
)
def test_a_dateline_with_an_article_before_the_day(line: str, place: str, agency: str, day: str) -> None:
    text = f"Talks resume\n\n{line}"
    dl = parse_header(text, reference_date=dt.date(2025, 3, 14)).dateline
    assert dl is not None
    assert (dl.place, dl.agency) == (place, agency)
    assert dl.date is not None and dl.date.value == "2025-03-03"
    assert text[dl.date.start : dl.date.end] == day


@pytest.mark.parametrize(
    ("line", "place"),
    [
        pytest.param("Doha, Qatar – Negotiators returned to the table on Monday.", "Doha, Qatar", id="doha"),
        pytest.param("Beirut, Lebanon – The strikes stopped before dawn.", "Beirut, Lebanon", id="beirut"),
    ],
)
def test_a_city_and_its_country_before_a_dash_is_a_dateline(line: str, place: str) -> None:
    text = f"Talks resume\n\n{line}"
    h = parse_header(text)
    assert h.dateline is not None and h.dateline.place == place
    assert text[h.body_start :].startswith(line.split("– ", 1)[1])


def test_a_city_and_a_lower_case_clause_is_no_dateline() -> None:
    assert parse_header("Talks resume\n\nMadrid, Spain - a city that never sleeps.").dateline is None
