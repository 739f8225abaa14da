"""Header lines met in the thirtieth session's copy, as news sites export their pages as text: the standfirst
under a section label or the headline printed again. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

_TITLE = "Harbour levy vote delayed as councillors demand new audit"
_STANDFIRST = "Opposition members say the port authority has not explained where the money went"
_BODY = (
    "Councillors in Portsmouth voted on Tuesday to delay a decision on the harbour levy until an independent"
    " audit of the port authority's accounts is complete, dealing a blow to the city's leadership."
)
_BODY_2 = '"We cannot sign a blank cheque," said councillor Mirela Dunstan, who tabled the motion.'


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(["Politics"], id="section-label"),
        pytest.param(["Ausland"], id="section-label-german"),
        pytest.param([_TITLE], id="headline-repeated"),
        pytest.param(["Politics", _TITLE], id="label-and-headline-repeated"),
        pytest.param(["WORLD", _TITLE.upper()], id="label-and-headline-in-capitals"),
    ],
)
def test_a_standfirst_under_a_label_or_the_repeated_headline_is_read(between: list[str]) -> None:
    text = "\n\n".join([_TITLE, *between, _STANDFIRST, "By Ana Pell and Rhys Tolland", _BODY, _BODY_2])
    header = parse_header(text)
    assert header.subtitle is not None and header.subtitle.text == _STANDFIRST
    assert [a.name for a in header.authors] == ["Ana Pell", "Rhys Tolland"]
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("PORTSMOUTH (Reuters) - ", id="agency"),
        pytest.param("PORTSMOUTH, England - ", id="place"),
    ],
)
def test_a_standfirst_over_a_dateline_stays_the_standfirst(dateline: str) -> None:
    text = "\n\n".join([_TITLE, _STANDFIRST, dateline + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.subtitle is not None and header.subtitle.text == _STANDFIRST
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


def test_a_lead_under_the_repeated_headline_is_still_the_body() -> None:
    text = "\n\n".join([_TITLE, _TITLE + ".", _BODY, _BODY_2])
    header = parse_header(text)
    assert header.subtitle is None
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Energy", "Climate policy", "Local government"], id="tags-under-a-label"),
        pytest.param(["By", "Senior Staff Writer"], id="by-alone-is-no-label"),
    ],
)
def test_a_short_line_under_a_label_is_no_standfirst(lines: list[str]) -> None:
    text = "\n\n".join([_TITLE, *lines, "March 4, 2025", _BODY, _BODY_2])
    assert parse_header(text).subtitle is None


def test_a_name_line_under_the_first_long_paragraph_is_a_subheading() -> None:
    long_paragraph = " ".join([_BODY] * 3)
    text = "\n\n".join(
        [_TITLE, _TITLE, _STANDFIRST, "04.03.2025", long_paragraph, "Audit Findings", "Updated: March 2025"]
    )
    header = parse_header(text)
    assert header.byline is None and header.authors == ()
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("FRANCE - POLITIQUE", id="country-and-section"),
        pytest.param("EUROPE – ÉCONOMIE", id="region-and-section-en-dash"),
        pytest.param("ITALIA - ESTERI", id="italian-section"),
    ],
)
def test_a_section_label_with_a_dash_is_no_dateline(label: str) -> None:
    text = "\n\n".join([_TITLE, label, _STANDFIRST, "Par Léa Morvan", "PARIS (AFP) — " + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == "PARIS"
    assert header.subtitle is not None and header.subtitle.text == _STANDFIRST
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("LONDON - The council voted on Tuesday to delay the levy.", id="story-after-the-dash"),
        pytest.param("LONDON — NATO ministers met on Tuesday.", id="capitals-opening-the-story"),
    ],
)
def test_a_dateline_before_its_story_is_still_read(line: str) -> None:
    header = parse_header("\n\n".join([_TITLE, line]))
    assert header.dateline is not None and header.dateline.place == "LONDON"


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param(
            "Councillor Mirela Dunstan speaks to reporters outside the Guildhall in Portsmouth on Tuesday.\n"
            "Tom Ashgrove/Getty Images",
            id="credit-under-caption",
        ),
        pytest.param(
            "Protesters gather outside the offices of the port authority in Portsmouth on Monday evening.\n"
            "Lina Marr / AFP via Getty Images",
            id="agency-via-picture-agency",
        ),
        pytest.param(
            "Container ships wait to unload at the harbour in Portsmouth, in a file image taken last year.\n"
            "Jo Reyes/Port Authority/EPA-EFE/Shutterstock",
            id="chain-of-credits",
        ),
        pytest.param(
            "Fishermen protest in Portsmouth against the new harbour levy, in a file image."
            " NICOLÁS PEREA (REUTERS)",
            id="capitals-name-and-agency-in-brackets",
        ),
    ],
)
def test_a_photo_caption_and_its_credit_are_no_body(caption: str) -> None:
    text = "\n\n".join([_TITLE, "By Ana Pell", "March 4, 2025", caption, _BODY, _BODY_2])
    header = parse_header(text)
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


def test_a_byline_with_its_agency_under_the_standfirst_is_still_the_byline() -> None:
    text = "\n\n".join([_TITLE, _STANDFIRST + "\nAna Pell/Reuters", _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Ana Pell"]
    assert header.source is not None and header.source.name == "Reuters"


@pytest.mark.parametrize(
    ("top", "place", "date"),
    [
        pytest.param("DHAKA, Aug 21: ", "DHAKA", "08-21", id="colon-after-day"),
        pytest.param("KATHMANDU, Jan. 17: ", "KATHMANDU", "01-17", id="colon-after-dotted-month"),
        pytest.param("NEW DELHI, November 4\n\n", "NEW DELHI", "11-04", id="place-and-day-on-their-line"),
        pytest.param("Washington —\n\n", "Washington", None, id="place-and-dash-on-their-line"),
        pytest.param("Mexico City -\n\n", "Mexico City", None, id="two-word-place-and-dash"),
    ],
)
def test_a_dateline_without_an_agency_is_read(top: str, place: str, date: str | None) -> None:
    text = "\n\n".join([_TITLE, "By Staff Correspondent", top + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == place
    assert (header.dateline.date.value[5:] if header.dateline.date else None) == date
    assert text[header.body_start :].startswith("Councillors in Portsmouth")


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("PELL, Aug 21: ", id="a-surname-and-a-day"),
        pytest.param("Whitby —\n\n", id="an-unknown-place-and-dash"),
    ],
)
def test_a_name_before_a_day_or_a_dash_is_no_dateline(top: str) -> None:
    text = "\n\n".join([_TITLE, "By Staff Correspondent", top + _BODY, _BODY_2])
    assert parse_header(text).dateline is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param(
            "By Nadia Ferrante, Defence and Security Correspondent", ["Nadia Ferrante"], id="and-title"
        ),
        pytest.param("By Nadia Ferrante, Crime & Justice Reporter", ["Nadia Ferrante"], id="ampersand-title"),
        pytest.param(
            "By Nadia Ferrante and Owen Lusk, London",
            ["Nadia Ferrante", "Owen Lusk"],
            id="guard-two-names",
        ),
    ],
)
def test_the_topics_of_a_staff_title_are_no_author(byline: str, authors: list[str]) -> None:
    text = "\n\n".join([_TITLE, byline, "LONDON — " + _BODY, _BODY_2])
    assert [a.name for a in parse_header(text).authors] == authors


@pytest.mark.parametrize("byline", ["Staff Report", "By Staff Report", "News Report"])
def test_a_staff_report_credit_names_no_outlet(byline: str) -> None:
    header = parse_header("\n\n".join([_TITLE, byline, "ISLAMABAD: " + _BODY, _BODY_2]))
    assert header.byline is not None and header.source is None and header.authors == ()


def test_a_name_in_capitals_over_a_place_and_date_line_is_the_author() -> None:
    text = "\n\n".join(
        [_TITLE, "MARISA QUIROGA LEDESMA\nMexico City - MAR 04, 2025 - 16:12 CET", _BODY, _BODY_2]
    )
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Marisa Quiroga Ledesma"]
    assert header.published is not None and header.published.value.startswith("2025-03-04")


@pytest.mark.parametrize("label", ["WORLD NEWS", "LATIN AMERICA"])
def test_a_label_in_capitals_over_a_date_is_no_author(label: str) -> None:
    text = "\n\n".join([_TITLE, label + "\nMAR 04, 2025 - 16:12 CET", _BODY, _BODY_2])
    assert parse_header(text).authors == ()
