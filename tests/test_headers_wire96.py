"""Header lines met in the forty-first session's copy: a wire's dateline of a long place in capitals (a ship,
a plane), a broadcaster's name after a place in capitals with no brackets, a whole page dumped as one line, a
Portuguese and Spanish credit of the outlet a writer contributes to, an agency after a slash closed by a full
stop, a blogging platform's stacked byline with its buttons and publication, a city shaped like a station's
call sign under the writer, a special envoy's title and place in Spanish and Italian, the Portuguese "from"
and a city under the writer, credits of the staff and the wires, agencies by their Cyrillic names, an outlet
between dashes after the writer, a weekday or a stop after a dateline's place, a standfirst under the
picture's caption, a place in the parenthesis closing a byline, relative dates in a page's short units. Tops
written for these tests, in the styles of the outlets named."""

from __future__ import annotations

import pytest

from geoquote import parse_header
from tests._header_helpers import TALKS_HEADLINE, TALKS_LEAD, TALKS_LEAD_2, TALKS_REFERENCE


@pytest.mark.parametrize(
    ("opening", "place", "agency", "date"),
    [
        pytest.param(
            "ON BOARD THE PAPAL PLANE (AP) —", "ON BOARD THE PAPAL PLANE", "AP", None, id="papal-plane"
        ),
        pytest.param(
            "ABOARD THE USS GERALD R. FORD (AP) —", "ABOARD THE USS GERALD R. FORD", "AP", None, id="carrier"
        ),
        pytest.param(
            "ABOARD THE INTERNATIONAL SPACE STATION (Reuters) -",
            "ABOARD THE INTERNATIONAL SPACE STATION",
            "Reuters",
            None,
            id="space-station-reuters",
        ),
        pytest.param(
            "ON BOARD AIR FORCE ONE, Dec 1 (Reuters) -",
            "ON BOARD AIR FORCE ONE",
            "Reuters",
            "2026-12-01",
            id="air-force-one-dated",
        ),
        pytest.param(
            "ABOARD THE SHIP OF THE LINE (Kyodo) --", "ABOARD THE SHIP OF THE LINE", "Kyodo", None, id="kyodo"
        ),
        # guards: four words or fewer, as before
        pytest.param("UNITED NATIONS (AP) —", "UNITED NATIONS", "AP", None, id="guard-two-words"),
        pytest.param("RIO DE JANEIRO (AP) —", "RIO DE JANEIRO", "AP", None, id="guard-three-words"),
    ],
)
def test_a_long_place_in_capitals_before_a_listed_agency(
    opening: str, place: str, agency: str, date: str | None
) -> None:
    """A place of five words or more in capitals before a listed agency in brackets opens the lead as its
    dateline, as AP datelines a ship or a plane ("ON BOARD THE PAPAL PLANE (AP) —"; before, no dateline was
    read and the body opened at the place)."""
    text = "\n\n".join([TALKS_HEADLINE, f"{opening} {TALKS_LEAD}", TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency == agency
    assert (dl.date.value if dl.date else None) == date
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("SENATE PASSES THE BUDGET BILL -", id="headline-dash"),
        pytest.param("THE MINISTER SAID ON MONDAY (Briefly) -", id="unlisted-bracket"),
    ],
)
def test_a_long_run_of_capitals_without_a_listed_agency_is_no_dateline(opening: str) -> None:
    """Five words or more in capitals before a dash alone, or before brackets no agency's, are no dateline
    (guard)."""
    text = "\n\n".join([TALKS_HEADLINE, f"{opening} {TALKS_LEAD}", TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.dateline is None


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        pytest.param("LONDON BBC –", "LONDON", "BBC", id="london-bbc"),
        pytest.param("WASHINGTON CNN —", "WASHINGTON", "CNN", id="washington-cnn"),
        pytest.param("NEW YORK CNN —", "NEW YORK", "CNN", id="new-york-cnn"),
        pytest.param("RIO DE JANEIRO AFP –", "RIO DE JANEIRO", "AFP", id="three-word-city-afp"),
        pytest.param("KRAMATORSK AFP —", "KRAMATORSK", "AFP", id="unlisted-town-in-capitals"),
        # guard: a known city in mixed case, as before
        pytest.param("Hong Kong CNN —", "Hong Kong", "CNN", id="guard-mixed-case"),
    ],
)
def test_an_agency_after_a_place_in_capitals_with_no_brackets(opening: str, place: str, agency: str) -> None:
    """A broadcaster's or agency's name in capitals after a place in capitals and before the dash, as CNN and
    the BBC print their dateline ("LONDON BBC –"), is the agency and the source, no word of the place
    (before, the place was "LONDON BBC" and no source was read)."""
    text = "\n\n".join([TALKS_HEADLINE, f"{opening} {TALKS_LEAD}", TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency == agency
    assert header.source is not None and text[header.source.start : header.source.end] == agency
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    ("top", "title", "authors", "published", "source"),
    [
        pytest.param(
            "Talks resume in Geneva By Jane Whitfield Published: 1 December 2026",
            "Talks resume in Geneva",
            ["Jane Whitfield"],
            "2026-12-01",
            None,
            id="labelled-date",
        ),
        pytest.param(
            "Talks resume in Geneva By Jane Whitfield 1 December 2026",
            "Talks resume in Geneva",
            ["Jane Whitfield"],
            "2026-12-01",
            None,
            id="bare-date",
        ),
        pytest.param(
            "Talks resume in Geneva By Jane Whitfield and Tom Hale December 1, 2026",
            "Talks resume in Geneva",
            ["Jane Whitfield", "Tom Hale"],
            "2026-12-01",
            None,
            id="two-writers",
        ),
        pytest.param(
            "Talks resume in Geneva By Jane Whitfield, Reuters December 1, 2026",
            "Talks resume in Geneva",
            ["Jane Whitfield"],
            "2026-12-01",
            "Reuters",
            id="writer-and-agency",
        ),
        pytest.param(
            "Talks resume in Geneva By Jane Whitfield | Updated Dec. 1, 2026 10:30 a.m. ET",
            "Talks resume in Geneva",
            ["Jane Whitfield"],
            "2026-12-01T10:30:00-05:00",
            None,
            id="bar-and-updated",
        ),
        pytest.param(
            "Talks resume in Geneva ByJane Whitfield Published: 1 December 2026",
            "Talks resume in Geneva",
            ["Jane Whitfield"],
            "2026-12-01",
            None,
            id="byline-word-glued-to-the-name",
        ),
        pytest.param(
            "Talks resume in Geneva ByJane Whitfield | Reuters 1 December 2026",
            "Talks resume in Geneva",
            ["Jane Whitfield"],
            "2026-12-01",
            "Reuters",
            id="glued-with-agency",
        ),
        pytest.param(
            "Genfer Gespräche gehen weiter Von Jana Weber 01.12.2026",
            "Genfer Gespräche gehen weiter",
            ["Jana Weber"],
            "2026-12-01",
            None,
            id="german-von",
        ),
    ],
)
def test_a_page_dumped_as_one_line(
    top: str, title: str, authors: list[str], published: str, source: str | None
) -> None:
    """A whole page on one line, as a careless scrape leaves it: a headline with no sentence's stop, a
    capitalised byline word and the writers' names, the date (maybe after its label) closing the names, then
    the body; each part is read as if on its own line (before, the line was all body: no title, writer or
    date)."""
    text = f"{top} {TALKS_LEAD} {TALKS_LEAD_2}"
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.title is not None and header.title.text == title
    assert [a.name for a in header.authors] == authors
    assert header.published is not None and header.published.value == published
    assert (header.source.name if header.source else None) == source
    assert text[header.body_start :].startswith("Negotiators")
    for span in (header.title, *header.authors, header.published):
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Police said the suspect was caught By Tuesday December 1, 2026 the case was closed and everyone"
            " went home.",
            id="by-a-weekday",
        ),
        pytest.param(
            "The ministers met in Geneva. By Jane Whitfield 1 December 2026 the talks had stalled again, the"
            " mediators said.",
            id="stop-before-by",
        ),
        pytest.param(
            f"Talks resume in Geneva By Jane Whitfield {TALKS_LEAD}", id="no-date-to-close-the-name"
        ),
        pytest.param(
            "Talks resume in Geneva Byron Whitfield 1 December 2026 said the mediators had met again.",
            id="name-opening-with-by",
        ),
    ],
)
def test_a_sentence_with_a_capitalised_by_is_no_page_on_one_line(text: str) -> None:
    """A sentence whose "By" is no byline's (a weekday after it, a full stop before it) or a name no date
    closes stays body text (guard)."""
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.title is None and header.authors == ()
    assert header.body_start == 0


@pytest.mark.parametrize(
    ("line", "source", "place"),
    [
        pytest.param("Colaboração para o UOL", "UOL", None, id="colaboracao-uol"),
        pytest.param("Colaboração para o UOL, em São Paulo", "UOL", "São Paulo", id="colaboracao-uol-place"),
        pytest.param("Especial para a Folha de S.Paulo", "Folha de S.Paulo", None, id="especial-folha"),
        pytest.param("Colaboración para Infobae", "Infobae", None, id="spanish-colaboracion"),
        # guard: "Do" before the outlet, as before
        pytest.param("Do UOL, em Brasília", "UOL", "Brasília", id="guard-do-uol"),
    ],
)
def test_the_outlet_a_writer_contributes_to_under_the_name(line: str, source: str, place: str | None) -> None:
    """The Portuguese and Spanish credit of the outlet a writer contributes to, on the line under the name
    ("Colaboração para o UOL", "Especial para a Folha de S.Paulo", "Colaboración para Infobae"), gives the
    outlet as the source, and the place after it (before, no source was read)."""
    text = "\n\n".join(
        [TALKS_HEADLINE, "\n".join(["Ana Souza", line, "01/12/2026 10h00"]), TALKS_LEAD, TALKS_LEAD_2]
    )
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == ["Ana Souza"]
    assert header.source is not None and header.source.name == source
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        pytest.param("BERLIN/dpa.", "BERLIN", "dpa", id="caps-berlin"),
        pytest.param("Berlin/dpa.", "Berlin", "dpa", id="mixed-berlin"),
        pytest.param("München/dpa.", "München", "dpa", id="munchen"),
        pytest.param("BERLIN/DPA.", "BERLIN", "DPA", id="agency-in-capitals"),
        # guard: a dash after the agency, as before
        pytest.param("Berlin/dpa -", "Berlin", "dpa", id="guard-dash"),
    ],
)
def test_an_agency_after_a_slash_closed_by_a_full_stop(opening: str, place: str, agency: str) -> None:
    """A known city, a slash and a listed agency closed by a full stop opening the lead, as German regional
    papers print dpa's credit ("BERLIN/dpa. Der Bundestag ..."), are the dateline and the source (before,
    nothing was read and the body opened at the city)."""
    lead = "Der Bundestag hat am Montag über den Haushalt beraten, teilte ein Sprecher der Fraktion mit."
    text = "\n\n".join(["Bundestag berät über den Haushalt", f"{opening} {lead}", TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency == agency
    assert header.source is not None and header.source.name == "dpa"
    assert text[header.body_start :].startswith("Der Bundestag")


@pytest.mark.parametrize(
    ("stack", "source", "published"),
    [
        pytest.param(
            ["Jane Whitfield", "Follow", "Published in", "World News", "·", "4 min read", "·", "Dec 1, 2026"],
            "World News",
            "2026-12-01",
            id="medium-follow-published-in",
        ),
        pytest.param(
            ["Jane Whitfield", "Published in", "The Geneva Review", "·", "6 min read", "·", "Dec 1, 2026"],
            "The Geneva Review",
            "2026-12-01",
            id="medium-published-in",
        ),
        pytest.param(
            [
                "Jane Whitfield",
                "·",
                "Follow",
                "Published in",
                "World News",
                "·",
                "5 min read",
                "·",
                "2 days ago",
            ],
            "World News",
            "2026-11-30",
            id="relative-date",
        ),
        pytest.param(
            ["Jane Whitfield", "Publicado en", "Mundo Hoy", "·", "4 min de lectura", "·", "1 dic 2026"],
            "Mundo Hoy",
            "2026-12-01",
            id="spanish-publicado-en",
        ),
        # guard: the name right over the date, as before
        pytest.param(["Jane Whitfield", "Dec 1, 2026"], None, "2026-12-01", id="guard-plain"),
    ],
)
def test_a_platforms_stacked_byline(stack: list[str], source: str | None, published: str) -> None:
    """A blogging platform's byline stacked a part a line, as a page's text dump prints Medium's: the
    writer's name, its "Follow" button, the publication under "Published in", marks and a reading time, then
    the date; the name is the writer and the publication the source (before, no writer was read)."""
    text = "\n".join([TALKS_HEADLINE, *stack, "", TALKS_LEAD, "", TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == ["Jane Whitfield"]
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value[:10] == published
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    ("lines", "place", "source"),
    [
        pytest.param(["By Jane Whitfield", "KYIV", "1 December 2026"], "KYIV", None, id="kyiv-under-byline"),
        pytest.param(["By Jane Whitfield", "KIEV", "1 December 2026"], "KIEV", None, id="kiev-under-byline"),
        pytest.param(["Marco Neri", "KYIV", "1 dicembre 2026"], "KYIV", None, id="kyiv-under-bare-name"),
        # guard: a station's call sign that is no city stays the source
        pytest.param(["By Jane Whitfield", "WXYZ", "1 December 2026"], None, "WXYZ", id="guard-call-sign"),
    ],
)
def test_a_city_shaped_like_a_call_sign_is_the_place(
    lines: list[str], place: str | None, source: str | None
) -> None:
    """A known city of four capitals opening with K or W, under the writer ("KYIV", "KIEV"), is where the
    story was filed, no broadcaster's call sign (before, "KYIV" was the source)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join(lines), TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("byline", "author", "place"),
    [
        pytest.param("Por Luis Gil, enviado especial a Kiev", "Luis Gil", "Kiev", id="spanish-por"),
        pytest.param("Luis Gil, enviada especial a Kiev", "Luis Gil", "Kiev", id="spanish-bare-name"),
        pytest.param("Marco Neri, inviato speciale a Kiev", "Marco Neri", "Kiev", id="italian-speciale"),
        pytest.param("Marco Neri, inviato a Kiev", "Marco Neri", "Kiev", id="italian-inviato"),
        pytest.param(
            "Por Luis Gil, enviado especial de EFE a Kiev", "Luis Gil", "Kiev", id="spanish-with-agency"
        ),
        # guards: the French title, and a title with no place, as before
        pytest.param("Léa Roux, envoyée spéciale à Kiev", "Léa Roux", "Kiev", id="guard-french"),
        pytest.param("Por Luis Gil, enviado especial", "Luis Gil", None, id="guard-no-place"),
    ],
)
def test_a_special_envoys_title_and_place_after_the_name(byline: str, author: str, place: str | None) -> None:
    """A special envoy's title after the writer's comma, in Spanish or Italian with the preposition "a"
    ("Por Luis Gil, enviado especial a Kiev", "Marco Neri, inviato speciale a Kiev"), gives the writer and
    where the story was filed (before, the line was the standfirst, or the place was lost)."""
    text = "\n\n".join(
        [TALKS_HEADLINE, "\n".join([byline, "1 de diciembre de 2026"]), TALKS_LEAD, TALKS_LEAD_2]
    )
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.subtitle is None
    assert [a.name for a in header.authors] == [author]
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        pytest.param(["Ana Souza", "De São Paulo"], "São Paulo", id="de-sao-paulo"),
        pytest.param(["Ana Souza", "Em Brasília"], "Brasília", id="em-brasilia"),
        pytest.param(["Ana Souza", "Do Rio de Janeiro"], "Rio de Janeiro", id="do-rio-de-janeiro"),
        pytest.param(["Por Ana Souza, de Brasília"], "Brasília", id="after-the-comma"),
        # guards: a surname's particle after the comma; a company's name under the writer
        pytest.param(["Por Ana Souza, da Silva"], None, id="guard-particle"),
        pytest.param(["Ana Souza", "De Souza Ltda"], None, id="guard-no-city"),
    ],
)
def test_the_place_a_portuguese_byline_files_from(lines: list[str], place: str | None) -> None:
    """The Portuguese or Spanish word for "from" or "in" and a known city, on the line under the writer or
    after the writer's comma ("De São Paulo", "Em Brasília", "Por Ana Souza, de Brasília"), is where the story
    was filed (before, no place was read)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join([*lines, "01/12/2026 10h00"]), TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == ["Ana Souza"]
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("From staff and wire reports", None, id="from-staff-and-wire-reports"),
        pytest.param("Staff and wire reports", None, id="staff-and-wire-reports"),
        pytest.param("From Staff and Wire Reports", None, id="title-case"),
        pytest.param("Red./dpa", "dpa", id="german-red-and-agency"),
        pytest.param("Web Team", None, id="web-team"),
        pytest.param("Digital Team", None, id="digital-team"),
        # guards: a desk alone and the wires alone, as before
        pytest.param("Staff and agencies", None, id="guard-staff-and-agencies"),
        pytest.param("From wire reports", None, id="guard-wire-reports"),
    ],
)
def test_a_credit_of_the_staff_or_the_wires_names_nobody(credit: str, source: str | None) -> None:
    """A credit of the paper's staff and the wires ("From staff and wire reports"), a site's team ("Web
    Team") or German pages' "Red." (the newsroom) before the agency ("Red./dpa") names no writer and is no
    standfirst (before, the first was the subtitle, the team and "Red" were writers)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join([credit, "December 1, 2026"]), TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.subtitle is None
    assert header.authors == ()
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value == "2026-12-01"


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["Укрінформ", "01.12.2026 19:15"], [], "Ukrinform", id="ukrinform-alone"),
        pytest.param(
            ["Олена Коваль, Укрінформ", "01.12.2026 19:15"],
            ["Олена Коваль"],
            "Ukrinform",
            id="writer-ukrinform",
        ),
        pytest.param(["УНІАН", "01.12.2026 19:15"], [], "UNIAN", id="unian"),
        pytest.param(
            ["Иван Петров / БелТА", "01.12.2026 19:15"], ["Иван Петров"], "BelTA", id="writer-belta"
        ),
        pytest.param(
            ["Олена Коваль | Інтерфакс-Україна", "01.12.2026 19:15"],
            ["Олена Коваль"],
            "Interfax-Ukraine",
            id="interfax-ukraine",
        ),
        pytest.param(["Казинформ", "01.12.2026 19:15"], [], "Kazinform", id="kazinform"),
        # guard: the Russian agency listed before, by its own name
        pytest.param(["Интерфакс", "01.12.2026 19:15"], [], "Интерфакс", id="guard-interfax"),
    ],
)
def test_an_agency_by_its_own_name_in_cyrillic(lines: list[str], authors: list[str], source: str) -> None:
    """An agency of Ukraine, Belarus or Kazakhstan credited by its own name in Cyrillic ("Укрінформ", "УНІАН",
    "БелТА", "Казинформ"), alone or after the writer, is the source, by its Latin name (before, no source;
    "Иван Петров / БелТА" gave no writer either)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join(lines), TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    ("byline", "source", "place"),
    [
        pytest.param(
            "By Jane Whitfield - Jordan Times - Dec 01, 2026 - Last updated at Dec 01, 2026",
            "Jordan Times",
            None,
            id="jordan-times",
        ),
        pytest.param(
            "By Jane Whitfield - The Geneva Times - Dec 01, 2026", "The Geneva Times", None, id="times"
        ),
        pytest.param("Jane Whitfield - Reuters - Dec 01, 2026", "Reuters", None, id="bare-name-reuters"),
        pytest.param("By Jane Whitfield — AFP — 1 December 2026", "AFP", None, id="em-dashes-afp"),
        pytest.param("By Jane Whitfield - Geneva - Dec 01, 2026", None, "Geneva", id="city-is-the-place"),
        # guards: a title between the dashes; the bars, as before
        pytest.param("By Jane Whitfield - Senior Correspondent - Dec 01, 2026", None, None, id="guard-title"),
        pytest.param(
            "By Jane Whitfield | Jordan Times | Dec 01, 2026", "Jordan Times", None, id="guard-bars"
        ),
    ],
)
def test_an_outlet_between_dashes_after_the_writer(
    byline: str, source: str | None, place: str | None
) -> None:
    """An outlet or agency between dashes after the writer's name and before the date ("By Jane Whitfield -
    Jordan Times - Dec 01, 2026"), as Jordanian and other Arab English papers print their credit line, is
    the source, as between bars, and a known city there the place (before, neither was read)."""
    text = "\n\n".join([TALKS_HEADLINE, byline, TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == ["Jane Whitfield"]
    assert (header.source.name if header.source else None) == source
    assert (header.dateline.place if header.dateline else None) == place
    assert header.published is not None and header.published.value == "2026-12-01"


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        pytest.param("Geneva, Tuesday (AFP) -", "Geneva", "AFP", id="mixed-weekday-agency"),
        pytest.param("GENEVA, Tuesday —", "GENEVA", None, id="caps-weekday"),
        pytest.param("GENEVA, Tuesday (AP) —", "GENEVA", "AP", id="caps-weekday-agency"),
        pytest.param("GINEBRA.-", "GINEBRA", None, id="stop-before-dash"),
        pytest.param("CIUDAD DE MÉXICO.-", "CIUDAD DE MÉXICO", None, id="stop-after-three-words"),
        # guards: a state's abbreviation and the District's initials keep their stops
        pytest.param("DENVER, Colo. (AP) —", "DENVER, Colo.", "AP", id="guard-state-abbreviation"),
        pytest.param("WASHINGTON, D.C. -", "WASHINGTON, D.C.", None, id="guard-initials"),
    ],
)
def test_a_weekday_or_a_stop_after_the_datelines_place(opening: str, place: str, agency: str | None) -> None:
    """The day of the week where a dateline prints its date ("Geneva, Tuesday (AFP) -", "GENEVA, Tuesday —")
    and the full stop Latin American papers print before the dash ("GINEBRA.- ") are no part of the place,
    and no date is read (before, the first gave no dateline, the others a place with the weekday or the
    stop)."""
    text = "\n\n".join([TALKS_HEADLINE, "By Jane Whitfield", f"{opening} {TALKS_LEAD}", TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency == agency and dl.date is None
    assert text[header.body_start :].startswith("Negotiators")


_STANDFIRST = "Negotiators return, but no breakthrough is expected before the weekend"


@pytest.mark.parametrize(
    "picture",
    [
        pytest.param("Photo: Jane Doe/Reuters", id="photo-label"),
        pytest.param("Foto: Jana Weber/dpa", id="german-foto"),
        pytest.param("Image: Getty Images", id="image-label"),
        pytest.param("(Photo: AFP)", id="bracketed"),
        pytest.param(
            "A delegate arrives at the venue in Geneva on Monday.\nDenis Balibouse/Reuters",
            id="caption-and-credit",
        ),
    ],
)
def test_a_standfirst_under_the_pictures_caption(picture: str) -> None:
    """The standfirst printed under the picture's caption or credit, itself under the headline, is the
    subtitle (before, none: only the line right under the headline could be)."""
    text = "\n\n".join(
        [
            TALKS_HEADLINE,
            picture,
            _STANDFIRST,
            "By Jane Whitfield\nDecember 1, 2026",
            TALKS_LEAD,
            TALKS_LEAD_2,
        ]
    )
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.subtitle is not None and header.subtitle.text == _STANDFIRST
    assert [a.name for a in header.authors] == ["Jane Whitfield"]


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(["Photo: Jane Doe/Reuters"], id="caption-then-lead"),
        pytest.param([_STANDFIRST, "Photo: Jane Doe/Reuters"], id="standfirst-over-caption"),
    ],
)
def test_the_lead_under_a_caption_stays_the_body(top: list[str]) -> None:
    """Under a caption with no byline after it the lead stays the body's; a standfirst over the caption stays
    the subtitle (guards)."""
    text = "\n\n".join([TALKS_HEADLINE, *top, TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert (header.subtitle.text if header.subtitle else None) == (_STANDFIRST if len(top) == 2 else None)
    assert text[header.body_start :].startswith("Negotiators from")


@pytest.mark.parametrize(
    ("byline", "author", "place"),
    [
        pytest.param("Par Léa Roux (à Genève)", "Léa Roux", "Genève", id="french-a"),
        pytest.param("By Jane Whitfield (in Geneva)", "Jane Whitfield", "Geneva", id="english-in"),
        pytest.param("Par Ana Roy (Dakar, correspondante)", "Ana Roy", "Dakar", id="city-and-title"),
        pytest.param("Par Léa Roux (Bruxelles, envoyée spéciale)", "Léa Roux", "Bruxelles", id="envoy"),
        # guards: an agency in the parenthesis; a city alone there, left unread as before
        pytest.param("By Jane Whitfield (Reuters)", "Jane Whitfield", None, id="guard-agency"),
        pytest.param("By Jane Whitfield (Geneva)", "Jane Whitfield", None, id="guard-city-alone"),
    ],
)
def test_the_place_in_the_parenthesis_closing_a_byline(byline: str, author: str, place: str | None) -> None:
    """A known city in the parenthesis closing a byline, after its preposition or before the writer's title
    ("Par Léa Roux (à Genève)", "Par Ana Roy (Dakar, correspondante)"), is where the story was filed (before,
    the parenthesis was dropped with its place)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join([byline, "December 1, 2026"]), TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == [author]
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        pytest.param("2d ago", "2026-11-30", None, id="days"),
        pytest.param("3w ago", "2026-11-11", None, id="weeks"),
        pytest.param("1 wk ago", "2026-11-25", None, id="wk"),
        pytest.param("Updated 2d ago", "2026-11-30", "2026-11-30", id="updated-days"),
        # guards: the hours and the spelt-out units, as before
        pytest.param("2h ago", "2026-12-02T18:00:00", None, id="guard-hours"),
        pytest.param("2 days ago", "2026-11-30", None, id="guard-spelt-out"),
    ],
)
def test_a_relative_date_in_a_pages_short_units(line: str, published: str, updated: str | None) -> None:
    """A relative date in a news page's short units of days and weeks ("2d ago", "3w ago", "1 wk ago") is
    the publication date, counted back from the reference date (before, no date was read)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join(["By Jane Whitfield", line]), TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated
    assert header.published.text == line.removeprefix("Updated ")
