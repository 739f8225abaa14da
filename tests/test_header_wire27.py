"""Header lines met in the twenty-third session's copy: the dateline of Indian agency copy with the country
in square brackets ("New Delhi [India], May 2 (ANI):"), and the paper and date a South Asian daily prints
under its story ("Published in Dawn, March 8th, 2025"). Tops written for these tests, people invented."""

from __future__ import annotations

from geoquote import parse_header


def test_an_agency_dateline_with_the_country_in_square_brackets() -> None:
    text = (
        "Delhi and Tokyo agree to deepen ties\n\nNew Delhi [India], May 2 (ANI): External Affairs Minister "
        "Venkat Rao said on Friday that the two democracies would deepen ties."
    )
    header = parse_header(text)
    dl = header.dateline
    assert dl is not None
    assert (dl.text, dl.place, dl.agency) == ("New Delhi [India], May 2 (ANI):", "New Delhi", "ANI")
    assert dl.date is not None and dl.date.value.endswith("-05-02")
    assert header.source is not None and header.source.name == "ANI"
    assert text[header.body_start :].startswith("External Affairs Minister")


def test_the_paper_and_date_under_a_south_asian_story() -> None:
    text = (
        "Talks stall in the capital\n\nBy Staff Reporter\n\nISLAMABAD: The minister said the talks had "
        "stalled.\n\nPublished in Dawn, March 8th, 2025"
    )
    header = parse_header(text)
    assert header.source is not None and header.source.name == "Dawn"
    assert text[header.source.start : header.source.end] == "Dawn"
    assert header.published is not None and header.published.value == "2025-03-08"


def test_an_afp_dateline_with_the_territory_in_brackets_before_the_agency() -> None:
    text = (
        "Strikes hit the city\n\nGaza City (Palestinian Territories) (AFP) - Strikes killed 12 people on "
        "Monday, the civil defence agency said."
    )
    header = parse_header(text)
    dl = header.dateline
    assert dl is not None and (dl.place, dl.agency) == ("Gaza City", "AFP")
    assert text[header.body_start :].startswith("Strikes killed")
