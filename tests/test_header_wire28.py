"""Header lines met in the twenty-fourth session's copy: a human-rights organisation's bracketed dateline
("(Bangkok, March 12, 2025) – ...") and a Caribbean agency's dateline with the island after the city and
the agency after a comma ("PORT OF SPAIN, Trinidad, CMC – ..."). Tops written for these tests, people
invented."""

from __future__ import annotations

import pytest

from geoquote import parse_header


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        pytest.param(
            "(Bangkok, March 12, 2025) – ",
            ("(Bangkok, March 12, 2025) –", "Bangkok", "2025-03-12"),
            id="city-and-date",
        ),
        pytest.param("(Mexico City) – ", ("(Mexico City) –", "Mexico City", None), id="city-only"),
    ],
)
def test_a_bracketed_dateline_before_a_dash(top: str, expected: tuple[str, str, str | None]) -> None:
    text = f"Myanmar: Strikes on Villages\n\n{top}The army struck three villages, the group said today."
    header = parse_header(text)
    dl = header.dateline
    assert dl is not None
    assert (dl.text, dl.place, dl.date.value if dl.date else None) == expected
    assert text[header.body_start :].startswith("The army struck")


def test_an_agency_s_credit_in_brackets_is_still_no_place() -> None:
    header = parse_header("Rates held\n\n(Bloomberg) -- The central bank held rates on Tuesday.")
    assert header.dateline is not None and (header.dateline.place, header.dateline.agency) == (
        None,
        "Bloomberg",
    )


@pytest.mark.parametrize(
    ("top", "place"),
    [
        pytest.param("PORT OF SPAIN, Trinidad, CMC – ", "PORT OF SPAIN, Trinidad", id="city-island-agency"),
        pytest.param("KINGSTON, Jamaica, CMC – ", "KINGSTON, Jamaica", id="city-country-agency"),
        pytest.param("Damascus, SANA – ", "Damascus", id="guard-city-agency"),
    ],
)
def test_an_agency_after_a_city_and_its_island(top: str, place: str) -> None:
    text = f"Leaders meet\n\n{top}Regional leaders met on Tuesday to discuss security."
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == place
    assert header.source is not None and header.source.text == top.split(", ")[-1].rstrip(" –")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param(
            "By Sigrid Aasen | Lloyd's List", (["Sigrid Aasen"], "Lloyd's List"), id="a-possessive-brand"
        ),
        pytest.param("By Nikkei staff writers", ([], "Nikkei"), id="an-outlet-s-staff-writers"),
        pytest.param(
            "By Cam Kettle, Crimson Staff Writer", (["Cam Kettle"], None), id="guard-a-person-s-staff-title"
        ),
    ],
)
def test_bylines_crediting_an_outlet(byline: str, expected: tuple[list[str], str | None]) -> None:
    header = parse_header(f"Shipping risks\n\n{byline}\n\nInsurers raised premiums again on Tuesday.")
    authors = [getattr(a, "text", a) for a in header.authors]
    assert (authors, header.source.name if header.source else None) == expected
