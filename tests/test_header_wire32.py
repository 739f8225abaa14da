"""Header lines met in the thirty-second session's copy: government, ministry and NGO press releases, wire and
web pages in Spanish, Portuguese, Italian, Turkish, Polish and Indonesian, and bylines that credit several
people or an agency. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header
from geoquote._dates import search_date

_HEADLINE = "Foreign Minister Receives Credentials of New Ambassadors"
_BODY = (
    "The foreign minister received the credentials of four new ambassadors on Thursday and said the ministry"
    " would open two more consulates in the region next year."
)
_BODY_2 = "The ceremony was held at the ministry's guest house in the capital."


@pytest.mark.parametrize(
    ("marks", "published"),
    [
        pytest.param(["FOR IMMEDIATE RELEASE"], None, id="immediate-release"),
        pytest.param(["For immediate release: March 16, 2026"], "2026-03-16", id="release-with-date"),
        pytest.param(["Press Release No. 45/2026", "12.03.2026"], "2026-03-12", id="numbered-release"),
        pytest.param(["NEWS RELEASE", "For Immediate Release"], None, id="two-marks"),
        pytest.param(["EMBARGOED UNTIL 00:01 GMT, 17 March 2026"], "2026-03-17", id="embargo"),
        pytest.param(
            ["FOR IMMEDIATE RELEASE", "Media contact: Ines Varga, +32 2 555 0100"], None, id="contact"
        ),
        pytest.param(["Comunicado de prensa nº 12"], None, id="spanish-numbered"),
        pytest.param(["KOMUNIKAT PRASOWY"], None, id="polish"),
        pytest.param(["Siaran Pers"], None, id="indonesian"),
        pytest.param(["PRESS RELEASE"], None, id="guard-label-alone"),
    ],
)
def test_a_press_releases_marks_over_the_headline_are_no_title(
    marks: list[str], published: str | None
) -> None:
    """The filing words of a release, its number, embargo or contact stand over the headline, which is the
    title; a date among them is the release's."""
    text = "\n\n".join([*marks, _HEADLINE, _BODY, _BODY_2])
    header = parse_header(text)
    assert header.title is not None and header.title.text == _HEADLINE
    assert (header.published.value[:10] if header.published else None) == published
    assert text[header.body_start :].startswith("The foreign minister")


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("Press release angers opposition in Warsaw", id="headline-opening-with-the-words"),
        pytest.param("Contact group meets over Sudan truce", id="contact-with-no-colon"),
        pytest.param("Embargo lifted on Iranian crude exports", id="embargo-with-no-until"),
    ],
)
def test_a_headline_opening_with_a_marks_words_is_still_the_title(top: str) -> None:
    """A headline that goes on with a word after the words of a mark is the title."""
    text = "\n\n".join([top, "By Petra Lind", _BODY, _BODY_2])
    header = parse_header(text)
    assert header.title is not None and header.title.text == top


_RELEASE_TITLE = "Senator Welcomes Passage of Border Bill"
_RELEASE_BODY = (
    "Senator Ana Ruiz welcomed on Monday the passage of the border security bill by the full Senate."
)


@pytest.mark.parametrize(
    ("dateline", "place", "date"),
    [
        pytest.param(
            "WASHINGTON, D.C. - March 16, 2026 - ", "WASHINGTON, D.C.", "2026-03-16", id="between-dashes"
        ),
        pytest.param(
            "WASHINGTON, D.C. – March 16, 2026 – ", "WASHINGTON, D.C.", "2026-03-16", id="en-dashes"
        ),
        pytest.param(
            "Washington, D.C. — March 16, 2026 — ", "Washington, D.C.", "2026-03-16", id="mixed-case"
        ),
        pytest.param("WASHINGTON (March 16, 2026) – ", "WASHINGTON", "2026-03-16", id="bracketed-date"),
        pytest.param("GENEVA (17 March 2026) – ", "GENEVA", "2026-03-17", id="bracketed-day-first"),
        pytest.param("Brussels (17 March 2026) - ", "Brussels", "2026-03-17", id="bracketed-known-city"),
        pytest.param("WASHINGTON, March 16, 2026 — ", "WASHINGTON", "2026-03-16", id="guard-comma-date"),
    ],
)
def test_a_place_and_its_date_between_dashes_or_in_brackets_is_the_dateline(
    dateline: str, place: str, date: str
) -> None:
    """A release's place and full date in brackets or between two dashes open the body as its dateline."""
    text = "\n\n".join([_RELEASE_TITLE, dateline + _RELEASE_BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.date is not None
    assert (header.dateline.place, header.dateline.date.value) == (place, date)
    assert header.published is not None and header.published.value == date
    assert text[header.body_start :].startswith("Senator Ana Ruiz")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("KYODO NEWS - Mar 15, 2026 - 19:47", id="agency-date-and-time"),
        pytest.param("Updated - March 16, 2026 - Senator Ana Ruiz welcomed the vote.", id="date-label"),
        pytest.param("Tuesday - March 16, 2026 - Senator Ana Ruiz welcomed the vote.", id="weekday"),
        pytest.param("Smallville - March 16, 2026 - Senator Ana Ruiz welcomed the vote.", id="unknown-town"),
    ],
)
def test_a_word_and_a_date_between_dashes_is_no_dateline(line: str) -> None:
    """A label, a weekday, an agency or an unknown word in mixed case before a dated dash is no place."""
    text = "\n\n".join([_RELEASE_TITLE, "By Petra Lind", line, _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is None or header.dateline.place not in {
        "KYODO NEWS",
        "Updated",
        "Tuesday",
        "Smallville",
    }


@pytest.mark.parametrize(
    ("byline", "authors", "source"),
    [
        pytest.param("By Lena Hartmann, for Reuters", ["Lena Hartmann"], "Reuters", id="comma-for-agency"),
        pytest.param("By Lena Hartmann for AFP", ["Lena Hartmann"], "AFP", id="for-agency-no-comma"),
        pytest.param("Por Ana Souza, da Agência Brasil", ["Ana Souza"], "Agência Brasil", id="portuguese-da"),
        pytest.param("Por María López, de EFE", ["María López"], "EFE", id="spanish-de"),
        pytest.param("Par Julien Moreau, pour l'AFP", ["Julien Moreau"], "AFP", id="french-pour-l"),
        pytest.param(
            "Por María López para EFE",
            ["María López"],
            "EFE",
            id="romance-word-with-no-comma",
            marks=pytest.mark.xfail(
                strict=True, reason="after 'Por', 'Par' or 'Di' a byline is read only when names alone follow"
            ),
        ),
        pytest.param(
            "By Lena Hartmann and Tomas Novak for Bloomberg",
            ["Lena Hartmann", "Tomas Novak"],
            "Bloomberg",
            id="two-writers-for-agency",
        ),
        pytest.param("Por Juan de Dios Pérez", ["Juan de Dios Pérez"], None, id="guard-particle-in-a-name"),
        pytest.param("By Ana da Silva", ["Ana da Silva"], None, id="guard-da-in-a-name"),
    ],
)
def test_the_outlet_a_writer_files_for_is_the_source(
    byline: str, authors: list[str], source: str | None
) -> None:
    """An outlet after "for", "da", "de" or "pour" behind the names is the source; the names stay authors."""
    text = "\n\n".join([_HEADLINE, byline, _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


_POLISH_TITLE = "Polska i Litwa podpisały umowę o współpracy wojskowej"
_POLISH_BODY = "Polska i Litwa podpisały w poniedziałek umowę o współpracy wojskowej na granicy z Białorusią."


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        pytest.param("7 grudnia 2026 r.", "7 grudnia 2026 r.", id="month-name-and-r"),
        pytest.param("7 grudnia 2026 roku", "7 grudnia 2026 roku", id="month-name-and-roku"),
        pytest.param("07.12.2026 r., 15:40", "07.12.2026 r., 15:40", id="numbers-r-and-time"),
        pytest.param("7 grudnia 2026 r. 15:40", "7 grudnia 2026 r. 15:40", id="month-name-r-and-time"),
        pytest.param("07.12.2026 right after", "07.12.2026", id="guard-a-word-after-the-year"),
        pytest.param("12.07.26 r.", "12.07.26", id="guard-two-digit-year"),
    ],
)
def test_the_polish_year_word_after_a_date_is_part_of_it(printed: str, date: str) -> None:
    """Polish dates close with "r." or "roku" (the year) after the year; the date then goes on to its time."""
    m = search_date(printed)
    assert m is not None and m.group(0) == date


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        pytest.param("Warszawa, 7 grudnia 2026 r. (PAP) - ", "2026-12-07", id="month-name"),
        pytest.param("Warszawa, 07.12.2026 r. (PAP) - ", "2026-12-07", id="numbers"),
        pytest.param("Warszawa, 07.12.2026 (PAP) - ", "2026-12-07", id="guard-no-year-word"),
    ],
)
def test_a_polish_dated_dateline_with_the_year_word_is_read(dateline: str, date: str) -> None:
    """A PAP dateline whose date closes with "r." is the dateline, with its agency and date."""
    text = "\n\n".join(
        [_POLISH_TITLE, dateline + _POLISH_BODY, "Minister podkreślił znaczenie porozumienia."]
    )
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.date is not None
    assert (header.dateline.place, header.dateline.agency, header.dateline.date.value) == (
        "Warszawa",
        "PAP",
        date,
    )
    assert text[header.body_start :].startswith("Polska i Litwa podpisały w")


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        pytest.param(
            "Kamis, 10 Des 2026 14:05 WIB", "2026-12-10T14:05:00+07:00", id="indonesian-des-with-time"
        ),
        pytest.param("10 Agu 2026", "2026-08-10", id="indonesian-agu"),
        pytest.param("5 Ara 2026 Cumartesi", "2026-12-05", id="turkish-ara"),
        pytest.param("5 ŞUB 2026", "2026-02-05", id="turkish-capitals"),
        pytest.param("5 NİS 2026", "2026-04-05", id="turkish-dotted-capital-i"),
        pytest.param("7 gru 2026", "2026-12-07", id="polish-gru"),
        pytest.param("7 paź 2026 r., 15:40", "2026-10-07T15:40:00", id="polish-year-word-and-time"),
    ],
)
def test_a_month_abbreviation_that_is_a_word_is_read_between_day_and_year(printed: str, value: str) -> None:
    """Indonesian, Turkish and Polish month abbreviations that are words too are read between a day and a
    four-digit year."""
    text = "\n\n".join([_HEADLINE, "By Petra Lind", printed, _BODY, _BODY_2])
    header = parse_header(text)
    assert header.published is not None and header.published.value == value


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Les ministres des 27 pays se sont réunis à Bruxelles.", id="french-des-before-a-number"
        ),
        pytest.param("O acordo tem 12 artigos e entra em vigor em 2026.", id="portuguese-tem"),
        pytest.param("Nüfusun yüzde 5 ara seçimde oy kullandı.", id="turkish-ara-with-no-year"),
    ],
)
def test_a_word_that_abbreviates_a_month_is_no_date_without_day_and_year(lead: str) -> None:
    """ "des", "tem" or "ara" between numbers, with no day before and year after, are no date."""
    assert search_date(lead) is None


_SPANISH_TITLE = "El Gobierno aprueba el plan de vivienda"
_SPANISH_BODY = "El Consejo de Ministros aprobó este martes el plan estatal de vivienda para jóvenes."


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Agencia EFE\n30/11/2026", [], "EFE", id="efe-alone"),
        pytest.param("Por María López, Agencia EFE", ["María López"], "EFE", id="efe-after-a-name"),
        pytest.param("Anadolu Ajansı\n06.12.2026", [], "Anadolu", id="anadolu-in-turkish"),
        pytest.param("Selin Aydın | Anadolu Ajansı", ["Selin Aydın"], "Anadolu", id="anadolu-after-a-bar"),
        pytest.param("Polska Agencja Prasowa\n07.12.2026", [], "PAP", id="pap-in-full"),
        pytest.param("Agência Lusa\n04/12/2026", [], "Lusa", id="lusa"),
        pytest.param("LKBN Antara\n10 Des 2026", [], "ANTARA", id="antara"),
        pytest.param(
            "Agence France-Presse\n30/11/2026", [], "Agence France-Presse", id="guard-afp-as-listed"
        ),
    ],
)
def test_an_agency_named_in_its_own_language_is_the_source_and_no_author(
    credit: str, authors: list[str], source: str
) -> None:
    """A national agency's own name in full ("Agencia EFE", "Anadolu Ajansı") is the agency: the source,
    never a person."""
    text = "\n\n".join([_SPANISH_TITLE, credit, _SPANISH_BODY, "La ministra defendió la medida."])
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


_ITALIAN_TITLE = "Il governo approva la manovra di bilancio"
_ITALIAN_BODY = "Il Consiglio dei ministri ha approvato oggi la legge di bilancio per il prossimo anno."


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Redazione ANSA", "ANSA", id="italian"),
        pytest.param("Redacción EFE", "EFE", id="spanish"),
        pytest.param("Redakcja PAP", "PAP", id="polish"),
        pytest.param("Haber Merkezi AA", "AA", id="guard-turkish-two-word-desk"),
        pytest.param("Redazione / ANSA", "ANSA", id="guard-with-a-slash"),
        pytest.param("Redazione", None, id="guard-desk-alone"),
    ],
)
def test_a_desk_word_before_an_agency_credits_the_agency(credit: str, source: str | None) -> None:
    """A newsroom's word before an agency's name ("Redazione ANSA") is the agency's desk: the source, no
    author."""
    text = "\n\n".join(
        [_ITALIAN_TITLE, credit + "\n05 dicembre 2026 18:30", _ITALIAN_BODY, "La premier ha parlato."]
    )
    header = parse_header(text)
    assert header.authors == ()
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value == "2026-12-05T18:30:00"


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("Redazione Cronaca", [], id="italian-desk-and-section"),
        pytest.param("Redação Internacional", [], id="portuguese"),
        pytest.param("Redakcja Kraj", [], id="polish"),
        pytest.param("Di Redazione Esteri", [], id="after-a-byline-word"),
        pytest.param("Giulia Rossi, Redazione Esteri", ["Giulia Rossi"], id="after-a-writer"),
        pytest.param("Staff Writer Lee Mora", ["Lee Mora"], id="guard-a-title-word-first"),
    ],
)
def test_a_desk_word_and_its_section_is_no_person(credit: str, authors: list[str]) -> None:
    """A newsroom's word and the section after it ("Redazione Cronaca") name a desk, not a writer."""
    text = "\n\n".join([_ITALIAN_TITLE, credit + "\n05/12/2026", _ITALIAN_BODY, "La premier ha parlato."])
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert header.published is not None and header.published.value == "2026-12-05"


def test_a_desk_word_before_an_outlets_name_still_names_the_outlet() -> None:
    """ "Redaktion" and an outlet's name is the outlet's newsroom: the source, as before."""
    text = "\n\n".join([_ITALIAN_TITLE, "Redaktion Seeblick Zeitung\n05/12/2026", _ITALIAN_BODY, "Weiter."])
    header = parse_header(text)
    assert header.authors == ()
    assert header.source is not None and header.source.name == "Redaktion Seeblick Zeitung"
