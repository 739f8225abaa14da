"""Header dates and credits of wire and web pages (tops written for these tests, people invented): a
dateline's day is the publication date when only a revision is labelled; a time after wide column gaps,
before its date with a "GMT+1" zone, or glued to the next label keeps its zone; "Modified" labels a
revision and "Issued on" a publication; a weekday after a comma ends a byline, not a name in it."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header


def _dates(text: str) -> tuple[str | None, str | None]:
    h = parse_header(text)
    return (
        h.published.value if h.published is not None else None,
        h.updated.value if h.updated is not None else None,
    )


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        pytest.param(
            "Xinhua | Updated: 2026-03-14 09:12\n\nBEIJING, March 14 (Xinhua) -- The talks",
            ("2026-03-14", "2026-03-14T09:12:00"),
            id="updated-label-over-a-dated-dateline",
        ),
        pytest.param(
            "Last updated: March 15, 2026\n\nBRUSSELS, March 14 (Reuters) - The talks",
            ("2026-03-14", "2026-03-15"),
            id="revised-the-day-after",
        ),
        pytest.param(
            "By Ilse Marrow\n14 Mar 2026  |  10:32 GMT\n\nThe talks",
            ("2026-03-14T10:32:00+00:00", None),
            id="wide-column-gaps",
        ),
        pytest.param(
            "By Ilse Marrow\nUpdated 9:41 PM GMT+1, November 27, 2026\n\nThe talks",
            ("2026-11-27T21:41:00+01:00", "2026-11-27T21:41:00+01:00"),
            id="time-before-date-with-an-offset-zone",
        ),
        pytest.param(
            "By Ilse Marrow\n\nNovember 27, 20261:05 PM GMT+1Updated 2 hours ago\n\nThe talks",
            ("2026-11-27T13:05:00+01:00", None),
            id="zone-glued-to-the-next-label",
        ),
        pytest.param(
            "Issued on: 14/03/2026 - 10:32\nModified: 15/03/2026 - 08:05\n\nThe talks",
            ("2026-03-14T10:32:00", "2026-03-15T08:05:00"),
            id="issued-and-modified",
        ),
    ],
)
def test_header_dates(top: str, expected: tuple[str | None, str | None]) -> None:
    text = f"Harbour talks resume in Dunmore\n\n{top} resumed on Friday after a week of delays.\n"
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("Dunmore Online , Saturday 14 Mar 2026", [], id="outlet-then-weekday"),
        pytest.param("Ilse Marrow, Saturday 14 March 2026", ["Ilse Marrow"], id="name-then-weekday"),
        pytest.param("By Placido Domingo\n14 March 2026", ["Placido Domingo"], id="a-surname-like-a-day"),
    ],
)
def test_a_weekday_before_the_date_is_no_author(credit: str, authors: list[str]) -> None:
    h = parse_header(f"Harbour talks resume in Dunmore\n\n{credit}\n\nThe talks resumed on Friday.\n")
    assert [a.name for a in h.authors] == authors
    assert h.byline is not None and "Saturday" not in h.byline.text


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param(
            "(Rédigé par Ilse Marrow, édité par Tomas Reyland)", ["Ilse Marrow"], id="french-service"
        ),
        pytest.param(
            "(Bericht von Ilse Marrow, redigiert von Tomas Reyland)", ["Ilse Marrow"], id="german-service"
        ),
        pytest.param(
            "(Reporting by Ilse Marrow, Ivo Marin and Lin Hao; Editing by Tomas Reyland)",
            ["Ilse Marrow", "Ivo Marin", "Lin Hao"],
            id="english-list",
        ),
    ],
)
def test_a_wire_services_closing_credit_names_the_writers(credit: str, authors: list[str]) -> None:
    text = f"Harbour talks resume\n\nDUNMORE, March 3 (Reuters) - The talks resumed on Friday.\n\n{credit}\n"
    assert [a.name for a in parse_header(text).authors] == authors


def test_ein_artikel_von_is_a_byline() -> None:
    h = parse_header(
        "Hafengespräche\n\nEin Artikel von Jonas Brenner\n\nDie Gespräche gingen am Freitag weiter.\n"
    )
    assert [a.name for a in h.authors] == ["Jonas Brenner"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        pytest.param(
            "by Ilse MARROW with Ivo MARIN in Dunmore", ["Ilse Marrow", "Ivo Marin"], id="afp-surnames"
        ),
        pytest.param("Par Jean-Paul DE LA TOUR", ["Jean-Paul de la Tour"], id="particles"),
        pytest.param("By Tomas Reyland III", ["Tomas Reyland III"], id="a-roman-numeral-stays"),
    ],
)
def test_a_surname_in_capitals_is_written_in_the_usual_case(byline: str, names: list[str]) -> None:
    h = parse_header(
        f"Harbour talks resume\n\n{byline}\n\nThe talks resumed on Friday after a week of delays.\n"
    )
    assert [a.name for a in h.authors] == names


@pytest.mark.parametrize(
    ("line", "place", "source"),
    [
        pytest.param("Riyadh - Asharq Al-Awsat", "Riyadh", "Asharq Al-Awsat", id="spaced-dash"),
        pytest.param("Beirut- Asharq Al-Awsat", "Beirut", "Asharq Al-Awsat", id="glued-dash"),
        pytest.param("Riyadh: Asharq Al-Awsat", "Riyadh", "Asharq Al-Awsat", id="colon"),
        pytest.param("Cairo • Ahram Online", "Cairo", "Ahram Online", id="bullet"),
    ],
)
def test_a_place_then_an_outlet_over_the_lead(line: str, place: str, source: str) -> None:
    h = parse_header(f"Harbour talks resume\n\n{line}\n\n14 March 2026\n\nThe ministers met on Saturday.\n")
    assert h.authors == ()
    assert h.source is not None and h.source.name == source
    assert h.dateline is not None and h.dateline.place == place


@pytest.mark.parametrize(
    "line", ["Updated 2 hours ago", "Mis à jour il y a 2 heures", "Обновлено 2 часа назад"]
)
def test_hours_ago_on_a_reference_day_are_that_day(line: str) -> None:
    """A reference day given as a date has no clock time: "2 hours ago" on it is that day, not 22:00 the
    day before."""
    header = parse_header(
        f"Harbour talks resume\n\n{line}\n\nDUNMORE - Talks resumed.", reference_date=dt.date(2025, 3, 14)
    )
    got = header.updated or header.published
    assert got is not None and (got.value, got.precision) == ("2025-03-14", "day")


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("(Bloomberg) -- Turkey's central bank held rates.", "Bloomberg"),
        ("(Reuters) - The bank held rates.", "Reuters"),
    ],
)
def test_an_agency_credit_opening_the_body_without_a_place(line: str, agency: str) -> None:
    """ "(Bloomberg) --" opens a wire story filed with no place: the agency is the dateline's and the source,
    and the body starts after the dash."""
    text = f"Central bank holds rates\n\n{line}"
    header = parse_header(text)
    assert header.dateline is not None and (header.dateline.place, header.dateline.agency) == (None, agency)
    assert header.source is not None and header.source.name == agency
    assert text[header.body_start :].startswith(line.split("- ", 1)[1])


def test_a_slashed_byline_with_its_agency_then_the_date() -> None:
    """The Times of India prints "Name / TNN / Updated: date" on one line: writer, agency, date."""
    header = parse_header(
        "Rupee slips\n\nVikram Chaudhary / TNN / Updated: Mar 13, 2025, 22:15 IST\n\nNEW DELHI: It fell."
    )
    assert [a.name for a in header.authors] == ["Vikram Chaudhary"]
    assert header.source is not None and header.source.name == "TNN"
    assert header.updated is not None and header.updated.value.startswith("2025-03-13T22:15")
