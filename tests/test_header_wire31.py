"""Header lines met in the thirty-first session's copy, as news sites export their pages as text: datelines in
mixed case, outlets named on the byline line, and bylines of several reporters with their places. Tops
written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

_TITLE = "Port workers strike over pay as shipping delays mount"
_BODY = (
    "Dock workers walked out on Tuesday at the country's largest container terminal, demanding a pay rise"
    " that the port operator says it cannot afford, as ships queued offshore."
)
_BODY_2 = (
    '"We have waited two years for a fair offer," said union organiser Talib Moraes, who led the walkout.'
)


@pytest.mark.parametrize(
    ("top", "place"),
    [
        pytest.param("Manama: ", "Manama", id="capital"),
        pytest.param("Abu Dhabi: ", "Abu Dhabi", id="two-word-capital"),
        pytest.param("Dubai: ", "Dubai", id="listed-city"),
        pytest.param("DUBAI: ", "DUBAI", id="guard-capitals"),
    ],
)
def test_a_city_in_mixed_case_and_a_colon_is_the_dateline(top: str, place: str) -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad, Staff Reporter", top + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == place
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("Update: Dock workers walked out on Tuesday.", id="a-label"),
        pytest.param("Whitby: Dock workers walked out on Tuesday.", id="an-unknown-town"),
        pytest.param("Warning: Dock workers walked out on Tuesday.", id="a-word"),
    ],
)
def test_a_word_and_a_colon_is_no_mixed_case_dateline(lead: str) -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad", lead, _BODY_2])
    assert parse_header(text).dateline is None


def test_a_city_and_a_colon_in_the_second_paragraph_is_no_dateline() -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad", _BODY, "Manama: " + _BODY_2])
    assert parse_header(text).dateline is None


def test_a_city_and_a_colon_before_a_name_is_still_the_byline() -> None:
    text = "\n\n".join([_TITLE, "Beirut: Layla Haddad\nMarch 4, 2025", _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Layla Haddad"]
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    ("top", "place"),
    [
        pytest.param("Gaza City — ", "Gaza City", id="listed-city-of-two-words"),
        pytest.param("Kuwait City - ", "Kuwait City", id="capital-of-two-words"),
        pytest.param("Tel Aviv – ", "Tel Aviv", id="listed-city-en-dash"),
        pytest.param("Niamey - ", "Niamey", id="guard-one-word"),
    ],
)
def test_a_known_city_of_two_words_and_a_dash_is_the_dateline(top: str, place: str) -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad, Al Jazeera", top + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == place
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("Port Talbot — ", id="an-unknown-town"),
        pytest.param("Union Leaders — ", id="two-words"),
    ],
)
def test_two_words_and_a_dash_are_no_dateline_unless_a_known_city(top: str) -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad, Al Jazeera", top + _BODY, _BODY_2])
    assert parse_header(text).dateline is None


@pytest.mark.parametrize(
    ("top", "agency", "date"),
    [
        pytest.param("Paris, 7 July (France 24) – ", "France 24", "07-07", id="outlet-name-with-a-number"),
        pytest.param(
            "Lagos, March 4 (Channels 24) - ", "Channels 24", "03-04", id="unlisted-outlet-with-number"
        ),
        pytest.param("Erbil, March 4 (Kurdistan24) - ", "Kurdistan24", "03-04", id="guard-number-glued"),
    ],
)
def test_an_agency_with_a_number_in_brackets_closes_the_dateline(top: str, agency: str, date: str) -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad", top + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.agency == agency
    assert header.dateline.date is not None and header.dateline.date.value[5:] == date
    assert header.source is not None and header.source.name == agency
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param(
            "By Layla Haddad | Times of Israel staff", "Times of Israel", id="outlet-staff-after-bar"
        ),
        pytest.param(
            "By Layla Haddad | Kyiv Independent news desk", "Kyiv Independent", id="outlet-news-desk"
        ),
        pytest.param("Layla Haddad / Gulf News Staff", "Gulf News", id="slash-and-capital-staff"),
        pytest.param("By Layla Haddad | Times of Israel", "Times of Israel", id="guard-outlet-after-bar"),
    ],
)
def test_an_outlets_staff_after_a_bar_names_the_source(byline: str, source: str) -> None:
    text = "\n\n".join([_TITLE, byline, _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Layla Haddad"]
    assert header.source is not None and header.source.name == source and header.source.text == source
    assert text[header.body_start :].startswith("Dock workers")


def test_staff_alone_after_a_bar_names_no_source() -> None:
    header = parse_header("\n\n".join([_TITLE, "By Layla Haddad | Staff", _BODY, _BODY_2]))
    assert [a.name for a in header.authors] == ["Layla Haddad"] and header.source is None


@pytest.mark.parametrize(
    ("credit", "source", "place"),
    [
        pytest.param("BBC News, Johannesburg", "BBC News", "Johannesburg", id="outlet-and-city"),
        pytest.param("Gulf News, Abu Dhabi", "Gulf News", "Abu Dhabi", id="outlet-and-capital"),
        pytest.param("Premium Times, Abuja", "Premium Times", "Abuja", id="newspaper-and-capital"),
        pytest.param("Nation Media Group", "Nation Media Group", None, id="guard-outlet-alone"),
    ],
)
def test_an_outlet_and_a_city_under_the_byline_are_source_and_place(
    credit: str, source: str, place: str | None
) -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad\n" + credit, _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Layla Haddad"]
    assert header.source is not None and header.source.name == source and header.source.text == source
    assert (header.dateline.place if header.dateline else None) == place
    assert text[header.body_start :].startswith("Dock workers")


def test_the_dateline_of_the_first_paragraph_wins_over_the_city_under_the_byline() -> None:
    text = "\n\n".join([_TITLE, "By Layla Haddad\nBBC News, Johannesburg", "DURBAN - " + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == "DURBAN"
    assert header.source is not None and header.source.name == "BBC News"


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param("By Layla Haddad · CBC News · Posted: Oct 21, 2025 2:15 AM ET", "CBC News", id="dot"),
        pytest.param("Layla Haddad • Gulf News • Published March 4, 2025", "Gulf News", id="bullet"),
        pytest.param(
            "By Layla Haddad | Premium Times | Updated: March 4, 2025", "Premium Times", id="guard-bar"
        ),
        pytest.param("By Layla Haddad | PTI | Updated: March 4, 2025", "PTI", id="guard-agency-after-bar"),
        pytest.param("By Layla Haddad · Economy · March 4, 2025", None, id="guard-a-section"),
    ],
)
def test_an_outlet_between_dots_after_the_name_is_the_source(byline: str, source: str | None) -> None:
    text = "\n\n".join([_TITLE, byline, _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Layla Haddad"]
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value.startswith(("2025-10-21", "2025-03-04"))


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Jeune Afrique", id="weekly-no-person"),
        pytest.param("UN News", id="news-service"),
        pytest.param("UN Meetings Coverage", id="meetings-record"),
    ],
)
def test_an_outlet_alone_on_the_byline_line_is_the_source(credit: str) -> None:
    text = "\n\n".join([_TITLE, credit, "NEW YORK, 14 March — " + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.authors == ()
    assert header.source is not None and header.source.name == credit
    assert text[header.body_start :].startswith("Dock workers")


def test_a_name_alone_over_the_dateline_is_still_the_author() -> None:
    text = "\n\n".join([_TITLE, "Layla Haddad", "NEW YORK, 14 March — " + _BODY, _BODY_2])
    assert [a.name for a in parse_header(text).authors] == ["Layla Haddad"]


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param("Kathmandu Post Correspondent", "Kathmandu Post", id="paper-correspondent"),
        pytest.param("By Daily Monitor Reporter", "Daily Monitor", id="by-paper-reporter"),
        pytest.param("The Himalayan Times Correspondent in Pokhara", "The Himalayan Times", id="with-place"),
        pytest.param("Staff Reporter", None, id="guard-staff-reporter"),
        pytest.param("By Nation Reporter", None, id="guard-a-word-alone"),
    ],
)
def test_a_papers_own_reporter_names_the_paper_as_source(byline: str, source: str | None) -> None:
    text = "\n\n".join([_TITLE, byline, "KATHMANDU, Jan 17 - " + _BODY, _BODY_2])
    header = parse_header(text)
    assert header.byline is not None and header.authors == ()
    assert (header.source.name if header.source else None) == source
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    ("byline", "source", "place"),
    [
        pytest.param(
            "Por Layla Haddad - Repórter da Agência Brasil - Brasília", "Agência Brasil", "Brasília", id="pt"
        ),
        pytest.param(
            "Publicado em 04/03/2025 - 14:20 Por Layla Haddad - Repórter da Agência Brasil - Rio de Janeiro",
            "Agência Brasil",
            "Rio de Janeiro",
            id="pt-after-the-date",
        ),
        pytest.param("By Layla Haddad - Correspondent for Gulf News", "Gulf News", None, id="en-for"),
        pytest.param("By Layla Haddad - Reporter of the Year", None, None, id="guard-no-outlet"),
        pytest.param("By Layla Haddad - Editor of Foreign Affairs", None, None, id="guard-a-desk"),
    ],
)
def test_a_title_of_an_outlet_after_the_name_names_the_source(
    byline: str, source: str | None, place: str | None
) -> None:
    text = "\n\n".join([_TITLE, byline, _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Layla Haddad"]
    assert (header.source.name if header.source else None) == source
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param(
            "By Layla Haddad and Omar Reyes, Political Reporters", ["Layla Haddad", "Omar Reyes"], id="by"
        ),
        pytest.param(
            "Layla Haddad and Omar Reyes, Foreign Correspondents", ["Layla Haddad", "Omar Reyes"], id="bare"
        ),
        pytest.param(
            "By Layla Haddad, Omar Reyes and Ana Pell, Senior Editors",
            ["Layla Haddad", "Omar Reyes", "Ana Pell"],
            id="guard-a-title-word-first",
        ),
        pytest.param(
            "By Layla Haddad and Omar Reyes, Staff Writers", ["Layla Haddad", "Omar Reyes"], id="guard-staff"
        ),
        pytest.param(
            "By Layla Haddad and Omar Reyes, Lisbon", ["Layla Haddad", "Omar Reyes"], id="guard-a-place"
        ),
    ],
)
def test_a_staff_title_in_the_plural_after_the_names_is_no_author(byline: str, authors: list[str]) -> None:
    text = "\n\n".join([_TITLE, byline, "LISBON - " + _BODY, _BODY_2])
    assert [a.name for a in parse_header(text).authors] == authors


_STANDFIRST = "Union leaders say the offer falls short of inflation as the operator warns of losses"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param(
            "Layla Haddad in Moscow, Omar Reyes in New Delhi and Ana Pell in São Paulo",
            ["Layla Haddad", "Omar Reyes", "Ana Pell"],
            id="three-writers-and-cities",
        ),
        pytest.param(
            "Layla Haddad in London, Omar Reyes in Brussels, Ana Pell in Paris and Rhys Tolland in Berlin",
            ["Layla Haddad", "Omar Reyes", "Ana Pell", "Rhys Tolland"],
            id="four-writers-and-cities",
        ),
        pytest.param("Omar Reyes in Brussels and Ana Pell in Paris", ["Omar Reyes", "Ana Pell"], id="two"),
        pytest.param("Ana Pell in Brussels", ["Ana Pell"], id="one-writer-with-a-given-name"),
    ],
)
def test_writers_each_in_a_city_under_the_standfirst_are_the_byline(byline: str, authors: list[str]) -> None:
    text = "\n\n".join([_TITLE, _STANDFIRST, byline, _BODY, _BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert header.subtitle is not None and header.subtitle.text == _STANDFIRST
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Ceasefire Talks in Doha", id="a-subheading"),
        pytest.param("Harbour Board in Whitby and Port Office in Hull", id="unknown-places"),
    ],
)
def test_words_in_a_city_with_no_date_near_are_no_byline(line: str) -> None:
    text = "\n\n".join([_TITLE, _STANDFIRST, line, _BODY, _BODY_2])
    assert parse_header(text).authors == ()


_WIRE_BODY = "LISBON, March 3 (Lusa) - " + _BODY


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(["WORLD", "UPDATED: 03.03.2025 18:41"], id="label-and-labelled-date"),
        pytest.param(["UPDATED: 03.03.2025 18:41"], id="labelled-date"),
        pytest.param(["World", "March 3, 2025"], id="label-and-date"),
        pytest.param(["03.03.2025 18:41"], id="numeric-date-and-time"),
    ],
)
def test_a_standfirst_under_a_date_line_over_a_dateline_is_read(between: list[str]) -> None:
    text = "\n\n".join([_TITLE, *between, _STANDFIRST, _WIRE_BODY, _BODY_2])
    header = parse_header(text)
    assert header.subtitle is not None and header.subtitle.text == _STANDFIRST
    assert text[header.body_start :].startswith("Dock workers")


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        pytest.param(["March 3, 2025", _BODY, _BODY_2], "Dock workers", id="a-lead-paragraph"),
        pytest.param(
            ["March 3, 2025", "Strikers blocked the terminal gates before dawn on Tuesday.", _WIRE_BODY],
            "Dock workers",
            id="a-short-lead",
        ),
        pytest.param(
            ["March 3, 2025", _STANDFIRST, _BODY, _BODY_2], "Dock workers", id="nothing-of-a-header-after"
        ),
    ],
)
def test_under_a_date_line_a_sentence_or_a_line_over_no_header_is_no_standfirst(
    lines: list[str], body: str
) -> None:
    text = "\n\n".join([_TITLE, *lines])
    header = parse_header(text)
    assert header.subtitle is None
    assert text[header.body_start :].startswith(body)
