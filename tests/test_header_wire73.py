"""Header lines met in the seventy-third session's copy: British and US tabloids, The Economist, Lusophone
outlets in English, Indigenous media, science news and royal coverage, and the gaps the last session left.
Tops and leads written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import assert_dateline_and_source, assert_outlet_is_source, top

_REF = dt.datetime(2026, 12, 1, 20, 0)


def _lead(lead: str) -> str:
    """An article whose first paragraph is ``lead``, under a headline and over one more paragraph."""
    return "\n\n".join(["Bishops open their winter assembly", lead, "Officials gave no further details."])


_AFTER = " The bishops opened their assembly on Monday."


@pytest.mark.parametrize(
    ("lead", "place", "date", "source"),
    [
        pytest.param(
            "Denver, Colo., Dec 1 (CNA) -" + _AFTER, "Denver, Colo.", "2026-12-01", "CNA", id="abbreviated"
        ),
        pytest.param(
            "Austin, Texas, Dec 1 (Reuters) -" + _AFTER, "Austin, Texas", "2026-12-01", "Reuters", id="name"
        ),
        pytest.param(
            "Kansas City, Mo., Dec 1 (Reuters) -" + _AFTER,
            "Kansas City, Mo.",
            "2026-12-01",
            "Reuters",
            id="two",
        ),
        pytest.param(
            "Tulsa, Okla., Dec 1, 2026 / 09:41 am (CNA).-" + _AFTER,
            "Tulsa, Okla.",
            "2026-12-01T09:41:00",
            "CNA",
            id="time",
        ),
        pytest.param("Boise, Idaho (AP) —" + _AFTER, "Boise, Idaho", None, "Associated Press", id="no-date"),
        pytest.param("Waco, Texas –" + _AFTER, "Waco, Texas", None, None, id="dash-only"),
        # guards: the same in capitals as before, the city alone, a person before the state, no sentence
        pytest.param(
            "DENVER, Colo., Dec 1 (Reuters) -" + _AFTER,
            "DENVER, Colo.",
            "2026-12-01",
            "Reuters",
            id="guard-caps",
        ),
        pytest.param("Denver, Dec 1 (CNA) -" + _AFTER, "Denver", "2026-12-01", "CNA", id="guard-city"),
        pytest.param("Jane Doe, Texas, Dec 1 (AP) -" + _AFTER, None, None, None, id="guard-person"),
        pytest.param("Waco, Texas – and elsewhere", None, None, None, id="guard-no-sentence"),
    ],
)
def test_a_us_state_between_a_mixed_case_city_and_the_date(
    lead: str, place: str | None, date: str | None, source: str | None
) -> None:
    """A city in mixed case, a comma and a US state's name or its AP abbreviation before the date or the
    agency ("Denver, Colo., Dec 1 (CNA) -", "Austin, Texas, Dec 1 (Reuters) -") is the dateline, its place
    the city and the state, as in capitals (before, no dateline: the state was taken for the date)."""
    assert_dateline_and_source(parse_header(_lead(lead), reference_date=_REF), place, date, source)


@pytest.mark.parametrize(
    "outlet",
    [
        *("MailOnline", "Mail Online", "DailyMail.com", "The Mail on Sunday", "The Sun", "The Scottish Sun"),
        *("The US Sun", "Page Six", "Agencia Brasil", "Macau Business", "Plataforma", "NITV"),
        *("Te Ao Maori News", "Te Ao Māori News", "CBC Indigenous", "Windspeaker", "STAT", "Science News"),
        *("New Scientist", "Scientific American", "Hello!", "HELLO!", "Tatler", "People Magazine"),
        "OK! Magazine",
        # guards: outlets of the same styles read before
        *("The Daily Mail", "New York Post", "Macau News Agency", "National Indigenous Times", "STAT News"),
    ],
)
def test_outlets_of_the_new_styles_are_sources_never_persons(outlet: str) -> None:
    """Tabloids, Lusophone outlets in English, Indigenous media, science news and royal magazines, over the
    date alone, after the writer's comma or on a line under the writer, are the source ("Page Six" and "New
    Scientist" over the date were writers' names, "NITV" and "Hello!" no source)."""
    assert_outlet_is_source(outlet, _REF)


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By ANNA BRISK FOR MAILONLINE", ["Anna Brisk"], "MAILONLINE", id="caps"),
        pytest.param("By Anna Brisk For MailOnline", ["Anna Brisk"], "MailOnline", id="title-case"),
        pytest.param(
            "By ANNA BRISK AND OWEN PRYCE FOR MAILONLINE",
            ["Anna Brisk", "Owen Pryce"],
            "MAILONLINE",
            id="two",
        ),
        pytest.param("By ANNA BRISK FOR THE DAILY MAIL", ["Anna Brisk"], "THE DAILY MAIL", id="the"),
        pytest.param("By ANNA BRISK FOR DAILYMAIL.COM", ["Anna Brisk"], "DAILYMAIL.COM", id="address"),
        pytest.param(
            "By ANNA BRISK, US POLITICAL EDITOR FOR DAILYMAIL.COM",
            ["Anna Brisk"],
            "DAILYMAIL.COM",
            id="title",
        ),
        pytest.param("By ANNA BRISK IN BERLIN FOR MAILONLINE", ["Anna Brisk"], "MAILONLINE", id="in-place"),
        pytest.param("By Anna Brisk in Berlin for Reuters", ["Anna Brisk"], "Reuters", id="lower-in-place"),
        # guards: "for" in lower case as before, a surname opening with "For", no outlet after "FOR"
        pytest.param("By Anna Brisk for The Guardian", ["Anna Brisk"], "The Guardian", id="guard-lower"),
        pytest.param("By ANNA FORD", ["Anna Ford"], None, id="guard-surname"),
        pytest.param("By ANNA BRISK", ["Anna Brisk"], None, id="guard-caps-alone"),
    ],
)
def test_a_writer_and_the_outlet_after_for_in_capitals(
    credit: str, authors: list[str], source: str | None
) -> None:
    """A writer in capitals and the outlet after "FOR" or "For" ("By ANNA BRISK FOR MAILONLINE", as the
    Daily Mail's site credits its writers), maybe with the writer's title or place before it, is the writer
    and the source (before, the writer "Anna Brisk For Mailonline", or "Anna Brisk For" and the outlet)."""
    header = parse_header(top(credit, "December 1, 2026"), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("lead", "place", "date", "source"),
    [
        pytest.param("Newsroom, Dec 1 (CNA) -" + _AFTER, None, "2026-12-01", "CNA", id="newsroom"),
        pytest.param(
            "Newsroom, Dec 1, 2026 / 09:41 am (CNA).-" + _AFTER, None, "2026-12-01T09:41:00", "CNA", id="time"
        ),
        pytest.param("NEWSROOM, Dec 1 (Reuters) -" + _AFTER, None, "2026-12-01", "Reuters", id="caps"),
        pytest.param("Web Desk, Dec 1 (APP) -" + _AFTER, None, "2026-12-01", "APP", id="web-desk"),
        # guards: a city's newsroom as before, a city alone
        pytest.param(
            "Rome Newsroom, Dec 1 (CNA) -" + _AFTER, "Rome", "2026-12-01", "CNA", id="guard-city-desk"
        ),
        pytest.param("Rome, Dec 1 (CNA) -" + _AFTER, "Rome", "2026-12-01", "CNA", id="guard-city"),
    ],
)
def test_a_desk_where_the_dateline_s_place_stands_is_no_place(
    lead: str, place: str | None, date: str | None, source: str | None
) -> None:
    """A desk's word where a dateline prints its place ("Newsroom, Dec 1 (CNA) -", as Catholic News Agency
    signs copy filed from no one city) leaves the dateline's date and agency and gives no place (before, the
    place "Newsroom")."""
    header = parse_header(_lead(lead), reference_date=_REF)
    dl = header.dateline
    assert dl is not None
    assert dl.place == place
    assert (dl.date.value if dl.date else None) == date
    assert (header.source.name if header.source else None) == source
    assert header.body_start > dl.end


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["United States | Harbour politics", "Dec 1st 2026"], [], id="rubric"),
        pytest.param(["Saudi Arabia", "December 1, 2026"], [], id="alone"),
        pytest.param(["By Tom Hale, South Africa", "December 1, 2026"], ["Tom Hale"], id="after-comma"),
        pytest.param(["United Kingdom | Jane Moss", "December 1, 2026"], ["Jane Moss"], id="before-writer"),
        # guards: a writer and a one-word section, a surname that is a state's one word, a writer alone
        pytest.param(["Jane Moss | Britain", "December 1, 2026"], ["Jane Moss"], id="guard-one-word"),
        pytest.param(["By Tom Jordan", "December 1, 2026"], ["Tom Jordan"], id="guard-surname"),
        pytest.param(["By Tom Hale", "December 1, 2026"], ["Tom Hale"], id="guard-writer"),
    ],
)
def test_a_state_s_name_of_two_words_is_never_a_writer(lines: list[str], authors: list[str]) -> None:
    """A state's name of two words or more in a credit's place ("United States | Harbour politics", The
    Economist's section and rubric over the date; "By Tom Hale, South Africa") is no writer (before, the
    writer "United States")."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["By Dawn Pryce", "December 1, 2026"], ["Dawn Pryce"], None, id="by"),
        pytest.param(["By DAWN PRYCE", "December 1, 2026"], ["Dawn Pryce"], None, id="caps"),
        pytest.param(["Dawn Pryce", "December 1, 2026"], ["Dawn Pryce"], None, id="bare"),
        pytest.param(
            ["By Tom Hale, Dawn Pryce", "December 1, 2026"], ["Tom Hale", "Dawn Pryce"], None, id="second"
        ),
        # guards: the outlet alone, after the writer, with a desk's or a staff title's words, with its city
        pytest.param(["Dawn", "December 1, 2026"], [], "Dawn", id="guard-alone"),
        pytest.param(["By Tom Hale, Dawn", "December 1, 2026"], ["Tom Hale"], "Dawn", id="guard-comma"),
        pytest.param(
            ["By Dawn Staff Reporter", "December 1, 2026"], [], "Dawn Staff Reporter", id="guard-staff"
        ),
        pytest.param(
            ["By Tom Hale, Dawn Karachi", "December 1, 2026"], ["Tom Hale"], "Dawn Karachi", id="guard-city"
        ),
    ],
)
def test_a_given_name_that_is_an_outlet_s_one_word_opens_a_writer_s_name(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """A known given name that is also a listed outlet's one word, then a surname ("By Dawn Pryce") is a
    writer (before, the source "Dawn Pryce" and no writer); the outlet alone or with a desk's, a title's or
    a city's word after it stays the source."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["ANSA English", "December 1, 2026"], [], "ANSA", id="alone"),
        pytest.param(["EFE English", "December 1, 2026"], [], "EFE", id="efe"),
        pytest.param(["By Tom Hale", "ANSA English", "December 1, 2026"], ["Tom Hale"], "ANSA", id="under"),
        pytest.param(["By Tom Hale | ANSA English", "December 1, 2026"], ["Tom Hale"], "ANSA", id="bar"),
        # guards: the service read before, a name that is the agency's word in another case, the agency alone
        pytest.param(["Xinhua English Service", "December 1, 2026"], [], "Xinhua", id="guard-service"),
        pytest.param(
            ["By Jane Tully, Efe English", "December 1, 2026"],
            ["Jane Tully", "Efe English"],
            None,
            id="guard-case",
        ),
        pytest.param(["ANSA", "December 1, 2026"], [], "ANSA", id="guard-alone"),
    ],
)
def test_an_agency_s_language_service_on_a_line_of_its_own(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """A listed agency spelt as listed and its service's language on a line of its own or after a bar
    ("ANSA English" over the date or under the writer) is the agency, the source, as it was after the
    writer's comma (before, no source)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("lines", "place", "source"),
    [
        pytest.param(["Dec 1st 2026|BRUSSELS"], "BRUSSELS", None, id="glued"),
        pytest.param(["Dec 1st 2026|WASHINGTON, DC"], "WASHINGTON, DC", None, id="state"),
        pytest.param(["The Americas | Harbour politics", "Dec 1st 2026|LIMA"], "LIMA", None, id="rubric"),
        pytest.param(["Nov 30th 2026|NEW YORK, NY"], "NEW YORK, NY", None, id="two-words"),
        pytest.param(["Dec 1st 2026|PTI"], None, "PTI", id="agency"),
        # guards: blanks round the bar as before, a label, a reading time
        pytest.param(["Dec 1st 2026 | LONDON"], "LONDON", None, id="guard-blanks"),
        pytest.param(["Dec 1st 2026|UPDATED"], None, None, id="guard-label"),
        pytest.param(["Dec 1st 2026|5 min read"], None, None, id="guard-read"),
    ],
)
def test_a_place_in_capitals_after_a_bar_glued_to_the_date(
    lines: list[str], place: str | None, source: str | None
) -> None:
    """A place in capitals after a bar glued to the date's year, maybe with its state's initials ("Dec 1st
    2026|WASHINGTON, DC", as The Economist prints where a story was filed under its rubric) is the
    dateline's place, and an agency there the source, as after a bar between blanks (before, neither)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value[:7] in ("2026-12", "2026-11")


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        pytest.param(["By Inês Duarte - Reporter - Brasília", "December 1, 2026"], "Brasília", id="reporter"),
        pytest.param(
            ["By Inês Duarte - Reporter - Rio de Janeiro", "December 1, 2026"],
            "Rio de Janeiro",
            id="three-words",
        ),
        pytest.param(["By Inês Duarte - Correspondent - Lisbon", "December 1, 2026"], "Lisbon", id="title"),
        pytest.param(
            ["Published on 01/12/2026 - 09:41 By Inês Duarte - Reporter - Brasília"],
            "Brasília",
            id="one-line",
        ),
        # guards: the outlet between the title and the place as before, an unknown town, no place
        pytest.param(
            ["By Inês Duarte - Repórter da Agência Brasil - Brasília", "December 1, 2026"],
            "Brasília",
            id="guard-outlet",
        ),
        pytest.param(["By Inês Duarte - Reporter - Some Town", "December 1, 2026"], None, id="guard-unknown"),
        pytest.param(["By Inês Duarte - Reporter", "December 1, 2026"], None, id="guard-no-place"),
    ],
)
def test_a_writer_s_title_and_a_known_city_after_dashes(lines: list[str], place: str | None) -> None:
    """A writer, a dash, the writer's title, a dash and a known city ("By A - Reporter - Brasília", as
    Agência Brasil's English pages credit a story) give where the story was filed, as the same with the
    outlet after the title did (before, no place)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == ["Inês Duarte"]
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["Princess Kate", "December 1, 2026"], [], id="princess"),
        pytest.param(["King Charles", "December 1, 2026"], [], id="king"),
        pytest.param(["Queen Camilla", "December 1, 2026"], [], id="queen"),
        pytest.param(["Pope Leo - Rome", "December 1, 2026"], [], id="pope-dash"),
        pytest.param(["Duchess Sophie", "December 1, 2026"], [], id="duchess"),
        # guards: a writer's bare name, the writer over the tag, a "By" line, a given name that is a style's
        pytest.param(["Lena Voss", "December 1, 2026"], ["Lena Voss"], id="guard-writer"),
        pytest.param(["By Lena Voss", "Princess Kate", "December 1, 2026"], ["Lena Voss"], id="guard-over"),
        pytest.param(["By Duke Okafor", "December 1, 2026"], ["Duke Okafor"], id="guard-by"),
        pytest.param(["Kingsley Amadi", "December 1, 2026"], ["Kingsley Amadi"], id="guard-prefix"),
    ],
)
def test_a_royal_s_style_opens_a_topic_tag_never_a_writer(lines: list[str], authors: list[str]) -> None:
    """A line of a royal's or a church head's style and a name over the date ("Princess Kate", "Pope Leo -
    Rome", as royal pages tag a story with its subject) is no writer (before, the writer "Princess Kate");
    a "By" line keeps its name."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
