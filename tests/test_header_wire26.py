"""Header lines met in the twenty-second session's copy: a labelled source under the byline ("By Ann Lee" /
"Source: Reuters"); a short lead sentence over the first long paragraph opens the body; dates, update labels
and bylines of Finnish, Greek, Croatian, Serbian, Hungarian and Nordic pages; bylines with the Arabic
article in lower case and a paper's own reporter; agency datelines written the local way, with a country of
several words, or from Taiwan's CNA. Tops written for these tests, people invented."""

from __future__ import annotations

import datetime as dt

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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("28. marraskuuta 2025 klo 14.05", "2025-11-28T14:05:00", id="fi"),
        pytest.param("28 Νοεμβρίου 2025, 10:15", "2025-11-28T10:15:00", id="el"),
        pytest.param("28. studenoga 2025. u 14:05", "2025-11-28T14:05:00", id="hr"),
        pytest.param("2025. november 28. 14:05", "2025-11-28T14:05:00", id="hu-year-first"),
        pytest.param("2025. 11. 28. 14:05", "2025-11-28T14:05:00", id="hu-numbers"),
        pytest.param("28. nov. 2025. 14:05", "2025-11-28T14:05:00", id="a-dot-after-the-year"),
    ],
)
def test_dates_of_more_languages(line: str, expected: str) -> None:
    header = parse_header(f"Ministers meet in Ashland\n\n{line}\n\nThe ministers met to discuss the harbour.")
    assert header.published is not None
    assert header.published.value == expected


@pytest.mark.parametrize(
    ("lines", "updated"),
    [
        pytest.param(
            "Julkaistu 28.11.2025 14:05\nPäivitetty 28.11.2025 16:21", "2025-11-28T16:21:00", id="fi"
        ),
        pytest.param("28.11.2025 10:15\nΕνημερώθηκε: 28.11.2025, 11:30", "2025-11-28T11:30:00", id="el"),
        pytest.param("28.11.2025 10:15\nFrissítve: 2025.11.28. 16:20", "2025-11-28T16:20:00", id="hu"),
    ],
)
def test_update_labels_of_more_languages(lines: str, updated: str) -> None:
    header = parse_header(
        f"Ministers meet in Ashland\n\n{lines}\n\nThe ministers met to discuss the harbour."
    )
    assert header.updated is not None
    assert header.updated.value == updated


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param("Av Linnea Håkansson", ["Linnea Håkansson"], id="sv"),
        pytest.param("Af Mette Kjærgaard og Jonas Brøndum", ["Mette Kjærgaard", "Jonas Brøndum"], id="da-og"),
        pytest.param("Av Linnea Håkansson och Erik Nyberg", ["Linnea Håkansson", "Erik Nyberg"], id="sv-och"),
        pytest.param("Af Rasmus Østergaard og Ritzau", ["Rasmus Østergaard"], id="da-a-name-and-an-agency"),
        pytest.param("Szerző: Kovács Bence", ["Kovács Bence"], id="hu"),
        pytest.param("Di Marco Sousa e Silva", ["Marco Sousa e Silva"], id="guard-a-name-with-e"),
    ],
)
def test_bylines_of_more_languages(byline: str, authors: list[str]) -> None:
    text = f"Ministers meet in Ashland\n\n{byline}\n\nThe ministers met to discuss the harbour on Monday."
    found = parse_header(text).authors
    assert [a.name for a in found] == authors
    assert all(text[a.start : a.end] == a.name for a in found)


@pytest.mark.parametrize(
    ("line", "place", "agency", "day"),
    [
        pytest.param(
            "Budapest, 2025. november 28., szombat (MTI) – A kormány döntött.",
            "Budapest",
            "MTI",
            "2025-11-28",
            id="hu",
        ),
        pytest.param(
            "ZAGREB, 28. studenoga 2025. (Hina) - Vlada je odlučila.", "ZAGREB", "Hina", "2025-11-28", id="hr"
        ),
        pytest.param(
            "PRAHA 28. listopadu (ČTK) - Vláda rozhodla.", "PRAHA", "ČTK", "2025-11-28", id="cs-no-comma"
        ),
        pytest.param(
            "YEREVAN, APRIL 3, ARMENPRESS. The cabinet met.",
            "YEREVAN",
            "ARMENPRESS",
            "2025-04-03",
            id="agency-stop",
        ),
        pytest.param(
            "ERBIL (Kurdistan24) – The cabinet met.", "ERBIL", "Kurdistan24", None, id="digits-in-agency"
        ),
        pytest.param(
            "Tashkent, Uzbekistan (Gazeta.uz) — The cabinet met.",
            "Tashkent, Uzbekistan",
            "Gazeta.uz",
            None,
            id="a-city-its-state-and-an-outlet",
        ),
    ],
)
def test_agency_datelines_written_the_local_way(line: str, place: str, agency: str, day: str | None) -> None:
    text = f"Ministers meet in Ashland\n\n{line}"
    dl = parse_header(text, reference_date=dt.date(2025, 12, 1)).dateline
    assert dl is not None
    assert (dl.place, dl.agency, dl.date.value[:10] if dl.date else None) == (place, agency, day)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param("By Mustafa al-Rikabi", ["Mustafa al-Rikabi"], id="the-arabic-article-in-lower-case"),
        pytest.param(
            "By Farida al-Mansouri and Tomas Reyland", ["Farida al-Mansouri", "Tomas Reyland"], id="two"
        ),
        pytest.param("BY DAILY MONITOR REPORTER", [], id="a-paper-s-own-reporter"),
        pytest.param("By Nation Reporter", [], id="a-paper-s-one-word-name"),
    ],
)
def test_more_bylines(byline: str, authors: list[str]) -> None:
    text = f"Rebels advance in the east\n\n{byline}\n\nThe rebels advanced on Monday, officials said."
    found = parse_header(text).authors
    assert [a.name for a in found] == authors
    assert all(text[a.start : a.end] == a.name for a in found)


def test_a_dateline_with_a_country_of_several_words() -> None:
    text = "Rebels advance\n\nGOMA, Democratic Republic of Congo, April 3 (Reuters) - The rebels advanced."
    dl = parse_header(text, reference_date=dt.date(2025, 5, 1)).dateline
    assert dl is not None
    assert (dl.place, dl.agency) == ("GOMA, Democratic Republic of Congo", "Reuters")
    assert dl.date is not None
    assert dl.date.value == "2025-04-03"


def test_a_taiwanese_agency_dateline_with_no_dash() -> None:
    text = "Talks off\n\nTaipei, March 14 (CNA) The council said on Friday that the harbour talks were off."
    dl = parse_header(text, reference_date=dt.date(2025, 5, 1)).dateline
    assert dl is not None
    assert (dl.place, dl.agency) == ("Taipei", "CNA")
