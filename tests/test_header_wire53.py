"""Header lines met in the fifty-third session's copy: Iraqi and North African agencies' datelines, agencies
whose initials spell a given name, and outlets signing their own copy. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header
from geoquote._dates import search_date

from ._header_helpers import BODY, BODY_2, top

LEAD = "The Ministry of Electricity signed a supply contract with a Turkish firm on Sunday."


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        pytest.param("Baghdad-INA\n", "Baghdad", "INA", id="ina-own-line"),
        pytest.param("Rabat - MAP\n", "Rabat", "MAP", id="map-own-line"),
        pytest.param("Baghdad - INA\n", "Baghdad", "INA", id="ina-spaced-dash"),
    ],
)
def test_a_city_and_an_agency_over_the_lead_are_the_dateline(opening: str, place: str, agency: str) -> None:
    """A known city, a dash and the Iraqi or Moroccan agency on a line over the lead ("Baghdad-INA") are the
    dateline and the source; the body starts at the lead's first word."""
    text = "\n\n".join(["Iraq signs power contract", opening + LEAD, BODY_2])
    header = parse_header(text)
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.agency) == (place, agency)
    assert header.source is not None and header.source.name == agency
    assert text[header.body_start :].startswith("The Ministry")


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        pytest.param("Baghdad-INA ", "Baghdad", "INA", id="ina-glued"),
        pytest.param("BAGHDAD - INA - ", "BAGHDAD", "INA", id="ina-capitals-second-dash"),
        pytest.param("Riyadh-SPA ", "Riyadh", "SPA", id="spa-glued"),
        pytest.param("Cairo - MENA ", "Cairo", "MENA", id="mena-spaced"),
        pytest.param("Algiers-APS: ", "Algiers", "APS", id="aps-colon"),
        pytest.param("Baghdad-Reuters ", "Baghdad", "Reuters", id="reuters-glued"),
    ],
)
def test_a_city_and_an_agency_glued_to_the_lead_are_the_dateline(
    opening: str, place: str, agency: str
) -> None:
    """A known city, a dash and a listed agency as the list spells it, glued to the lead on its line
    ("Baghdad-INA The ministry ..."), are the dateline and the source; the body starts at the lead."""
    text = "\n\n".join(["Iraq signs power contract", opening + LEAD, BODY_2])
    header = parse_header(text)
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.agency) == (place, agency)
    assert header.source is not None and header.source.name == agency
    assert text[header.body_start :].startswith("The Ministry")


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("Gaza - Hamas The group said it would study the plan.", id="no-agency"),
        pytest.param("Karim-Reuters The firm said it would study the plan.", id="no-known-city"),
        pytest.param("Baghdad - INA officials said they would study the plan.", id="lower-case-after"),
    ],
)
def test_no_known_city_and_agency_before_a_capital_is_no_glued_dateline(lead: str) -> None:
    """Guard: without a listed agency, a known city, or a capital opening the lead after it, no dateline of
    the glued kind is read."""
    header = parse_header("\n\n".join(["Iraq signs power contract", lead, BODY_2]))
    assert header.dateline is None or header.dateline.agency is None


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Baghdad-Ina ", id="given-name-case"),
        pytest.param("Baghdad, Ina -- ", id="comma-given-name-case"),
        pytest.param("Rabat - Map ", id="word-case"),
    ],
)
def test_an_agency_spelling_a_name_or_word_counts_only_in_capitals(opening: str) -> None:
    """Guard: initials that spell a given name or a word ("Ina", "Map") name no agency in mixed case."""
    header = parse_header("\n\n".join(["Iraq signs power contract", opening + LEAD, BODY_2]))
    assert header.source is None
    assert header.dateline is None or header.dateline.agency is None


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        pytest.param("By Ina Kovac", "Ina Kovac", id="ina"),
        pytest.param("By Hina Qureshi", "Hina Qureshi", id="hina"),
        pytest.param("By Wafa Haddad", "Wafa Haddad", id="wafa"),
        pytest.param("By Nan Zhao", "Nan Zhao", id="nan"),
    ],
)
def test_a_given_name_spelt_like_an_agency_stays_a_person(credit: str, author: str) -> None:
    """Guard: a writer whose given name spells an agency's initials ("Ina", "Wafa") is an author."""
    header = parse_header(top(credit, "29 November 2026"))
    assert [a.name for a in header.authors] == [author]
    assert header.source is None


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Source: INA", "INA", id="ina-labelled"),
        pytest.param("Source: MAP", "MAP", id="map-labelled"),
        pytest.param("Source: News Agency of Nigeria", "NAN", id="guard-full-name"),
    ],
)
def test_capitals_only_agencies_credited_in_capitals(credit: str, source: str) -> None:
    """An agency printed in capitals as listed ("Source: INA") is the source."""
    header = parse_header(top(credit, "29 November 2026"))
    assert header.source is not None and header.source.name == source
    assert header.authors == ()


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Ana Petrovic | RFE/RL", ["Ana Petrovic"], "RFE/RL", id="bar"),
        pytest.param("By Ana Petrovic | RFE/RL", ["Ana Petrovic"], "RFE/RL", id="by-bar"),
        pytest.param(
            "Ana Petrovic and Goran Ilic | RFE/RL", ["Ana Petrovic", "Goran Ilic"], "RFE/RL", id="two"
        ),
        pytest.param("Ana Petrovic | RFE/RL | November 29, 2026", ["Ana Petrovic"], "RFE/RL", id="then-date"),
        pytest.param(
            "By Ana Petrovic | Radio Free Europe/Radio Liberty",
            ["Ana Petrovic"],
            "Radio Free Europe/Radio Liberty",
            id="full-name",
        ),
        pytest.param("Ana Ruiz / EFE", ["Ana Ruiz"], "EFE", id="guard-slash-agency"),
        pytest.param("Ana Petrovic | Reuters", ["Ana Petrovic"], "Reuters", id="guard-bar-agency"),
    ],
)
def test_a_slashed_outlet_after_a_bar_credits_the_outlet(
    credit: str, authors: list[str], source: str
) -> None:
    """A listed outlet whose name holds a slash ("RFE/RL"), after a writer's name and a bar, is the source and
    the names before the bar the authors; the outlet's own slash is no separator."""
    header = parse_header(top(credit))
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By Azernews", [], "Azernews", id="glued-news"),
        pytest.param("By MercoPress", [], "MercoPress", id="glued-press-capital"),
        pytest.param("By Azernews | 29 November 2026", [], "Azernews", id="then-date"),
        pytest.param("By Leyla Aliyeva, Azernews", ["Leyla Aliyeva"], "Azernews", id="after-writer"),
        pytest.param("By Newsome", ["Newsome"], None, id="guard-surname-opens-with-news"),
        pytest.param("By Anna Newsome", ["Anna Newsome"], None, id="guard-full-name"),
        pytest.param("By Rina KambhampatiData reporter", ["Rina Kambhampati"], None, id="guard-glued-role"),
    ],
)
def test_one_word_brand_with_a_glued_outlet_word_is_the_source(
    credit: str, authors: list[str], source: str | None
) -> None:
    """A byline's one word that glues a news outlet's word to a brand ("Azernews", "MercoPress") is the
    outlet signing its own copy, no person; a surname that only opens with such a word stays a name."""
    header = parse_header(top(credit))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("outlet", "writer", "authors"),
    [
        pytest.param("Bangkok Post", "Pongsak Chaiyo", ["Pongsak Chaiyo"], id="unlisted-given-name"),
        pytest.param(
            "Bangkok Post",
            "Pongsak Chaiyo and Wassana Nanuam",
            ["Pongsak Chaiyo", "Wassana Nanuam"],
            id="two-unlisted",
        ),
        pytest.param("Reuters", "Kittipong Saelim", ["Kittipong Saelim"], id="under-agency"),
        pytest.param("Bangkok Post", "Anna Berg", ["Anna Berg"], id="guard-listed-given-name"),
        pytest.param("Bangkok Post", "Middle East", [], id="guard-region"),
        pytest.param("Al Arabiya", "Climate News", [], id="guard-section-words"),
        pytest.param("Bangkok Post", "Thai Politics", [], id="guard-topic"),
        pytest.param("Bangkok Post", "Life Style", [], id="guard-page-section"),
        pytest.param("Bangkok Post", "Bangkok Traffic", [], id="guard-place-word"),
        pytest.param("Bangkok Post", "Chiang Mai", [], id="guard-city"),
    ],
)
def test_a_writer_under_an_outlets_credit_over_the_date(outlet: str, writer: str, authors: list[str]) -> None:
    """Between an outlet's credit and a line of only a date, names of two or three words are its writers
    even when the given names are not listed ("Pongsak Chaiyo"); a section's or a place's name is none."""
    header = parse_header(top(outlet, writer, "29 November 2026"))
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == outlet


def test_an_unlisted_writer_under_an_outlet_without_a_date_stays_unread() -> None:
    """Guard: with no date under it, a line of unlisted names under an outlet's credit names no writer."""
    header = parse_header(top("Bangkok Post", "Pongsak Chaiyo"))
    assert header.authors == ()


@pytest.mark.parametrize(
    ("line", "value", "printed"),
    [
        pytest.param("29.11.2026 [14:05]", "2026-11-29T14:05:00", "29.11.2026 [14:05]", id="square"),
        pytest.param("29.11.2026 (14:05)", "2026-11-29T14:05:00", "29.11.2026 (14:05)", id="round"),
        pytest.param(
            "November 29, 2026 [14:05]", "2026-11-29T14:05:00", "November 29, 2026 [14:05]", id="month"
        ),
        pytest.param(
            "29.11.2026 [14:05 GMT]", "2026-11-29T14:05:00+00:00", "29.11.2026 [14:05 GMT]", id="zone-inside"
        ),
        pytest.param("29.11.2026 14:05", "2026-11-29T14:05:00", "29.11.2026 14:05", id="guard-bare-time"),
        pytest.param("29.11.2026 [14:05", "2026-11-29", "29.11.2026", id="guard-unclosed"),
    ],
)
def test_a_time_in_brackets_after_the_date_is_read(line: str, value: str, printed: str) -> None:
    """A time in square or round brackets after a date line's date ("29.11.2026 [14:05]") is the date's
    time, the brackets in its span; an unclosed bracket leaves the day alone."""
    text = top(line)
    header = parse_header(text)
    assert header.published is not None and header.published.value == value
    assert header.published.text == printed
    assert text[header.published.start : header.published.end] == printed


def test_a_bracketed_number_after_a_date_is_no_time() -> None:
    """Guard: a bracket holding no time after a date ("(Reuters)") leaves the date without one."""
    m = search_date("Nov 29, 2026 (Reuters) - The ministry said")
    assert m is not None and m.group(0) == "Nov 29, 2026"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        pytest.param(
            "The Moscow Times — The ministry denied the report on Monday.", "The Moscow Times", id="em"
        ),
        pytest.param(
            "Buenos Aires Times - The ministry denied the report on Monday.", "Buenos Aires Times", id="hy"
        ),
        pytest.param(
            "Kyiv Post -- The ministry denied the report on Monday, aides said.", "Kyiv Post", id="two"
        ),
    ],
)
def test_a_listed_outlet_and_a_dash_opening_the_lead_sign_it(lead: str, outlet: str) -> None:
    """A listed outlet as the list spells it and a dash opening the lead sign the copy: the source, a
    dateline with no place, and the body from the word after the dash."""
    text = "\n\n".join(["Ministry denies draft report", lead, BODY_2])
    header = parse_header(text)
    assert header.source is not None and header.source.name == outlet
    assert header.dateline is not None and header.dateline.place is None
    assert text[header.body_start :].startswith("The ministry")


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("The Moscow Times - the ministry denied the report on Monday.", id="lower-case-after"),
        pytest.param("Moscow Timesheets - The ministry denied the report on Monday.", id="longer-word"),
    ],
)
def test_no_listed_outlet_and_dash_before_a_capital_signs_nothing(lead: str) -> None:
    """Guard: a lower-case word after the dash, or a longer word than the outlet's, signs nothing."""
    header = parse_header("\n\n".join(["Ministry denies draft report", lead, BODY_2]))
    assert header.source is None


def test_a_headline_opening_with_an_outlet_stays_the_title() -> None:
    """Guard: a headline that opens with an outlet and a dash stays the title, whole."""
    text = "\n\n".join(["Kyiv Post — Ukraine says talks will resume next week", BODY, BODY_2])
    header = parse_header(text)
    assert header.title is not None and header.title.text == text.split("\n")[0]


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(
            ["By Lucia Ferraro for the Kyiv Independent"], ["Lucia Ferraro"], "Kyiv Independent", id="for-the"
        ),
        pytest.param(
            ["By Lucia Ferraro, for the Buenos Aires Times"],
            ["Lucia Ferraro"],
            "Buenos Aires Times",
            id="comma",
        ),
        pytest.param(
            ["By Lucia Ferraro for the Andes Herald"], ["Lucia Ferraro"], "Andes Herald", id="unlisted"
        ),
        pytest.param(
            ["By Lucia Ferraro", "For the Buenos Aires Times"],
            ["Lucia Ferraro"],
            "Buenos Aires Times",
            id="own-line",
        ),
        pytest.param(["By Lucia Ferraro", "For AFP"], ["Lucia Ferraro"], "AFP", id="own-line-agency"),
        pytest.param(["By Lucia Ferraro for AFP"], ["Lucia Ferraro"], "AFP", id="guard-no-article"),
        pytest.param(["By Lucia Ferraro", "For the Record"], ["Lucia Ferraro"], None, id="guard-no-outlet"),
    ],
)
def test_for_the_outlet_names_the_outlet_the_writer_files_for(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """'for' and the article before an outlet after the writer's name or on the line under the byline ("By A
    for the Kyiv Independent", "For the Buenos Aires Times") credit the outlet by its name without them."""
    header = parse_header(top(*lines))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        pytest.param("ISLAMABAD, Nov 29 (APP):", "ISLAMABAD, Nov 29 (APP):", id="colon-glued"),
        pytest.param("LAHORE, Nov 29 (APP):", "LAHORE, Nov 29 (APP):", id="colon-glued-other-city"),
        pytest.param("ISLAMABAD, Nov 29 (APP): ", "ISLAMABAD, Nov 29 (APP):", id="guard-colon-blank"),
        pytest.param("Tokyo, Nov. 29 (Jiji Press)--", "Tokyo, Nov. 29 (Jiji Press)--", id="guard-dash-glued"),
    ],
)
def test_a_colon_glued_to_the_lead_after_the_agency_closes_the_dateline(opening: str, dateline: str) -> None:
    """The colon after the agency's brackets closes the dateline also glued to the lead's first word, as the
    Associated Press of Pakistan prints it ("ISLAMABAD, Nov 29 (APP):Pakistan and ...")."""
    text = "\n\n".join(
        ["Pakistan and China sign accord", opening + "Pakistan and China signed a trade accord.", BODY_2]
    )
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.text == dateline
    assert header.source is not None and header.source.name == dateline.split("(")[1].split(")")[0]
    assert text[header.body_start :].startswith("Pakistan and")


@pytest.mark.parametrize(
    ("line", "source", "body"),
    [
        pytest.param(
            "KYODO NEWS - 3 hours ago - 14:05 | World, Politics", "Kyodo News", "Tokyo will", id="credit"
        ),
        pytest.param(
            "REUTERS - Tokyo will raise its defence budget next year, aides said.",
            "Reuters",
            "Tokyo",
            id="rt",
        ),
        pytest.param(
            "KYODO NEWS -- Tokyo will raise its defence budget next year, aides said.",
            "Kyodo News",
            "Tokyo",
            id="ky",
        ),
        pytest.param(
            "NHK WORLD - Tokyo will raise its defence budget next year, aides said.",
            "NHK WORLD",
            "Tokyo",
            id="nhk",
        ),
    ],
)
def test_an_agency_in_capitals_before_a_dash_is_no_place(line: str, source: str, body: str) -> None:
    """An agency's or a listed outlet's name in capitals before a dash ("KYODO NEWS -") is its credit, never a
    dateline's place: the source, and before a lead sentence the body from the word after the dash."""
    lead = "Tokyo will raise its defence budget next year, the government said on Sunday."
    text = "\n\n".join(["Japan to raise defence budget", line, lead, BODY_2])
    header = parse_header(text)
    assert header.source is not None and header.source.name == source
    assert header.dateline is None or header.dateline.place is None
    assert text[header.body_start :].startswith(body)


def test_a_city_in_capitals_before_a_dash_stays_the_place() -> None:
    """Guard: a city in capitals before a dash ("ALGIERS - ...") is still the dateline's place."""
    text = "\n\n".join(
        ["Algeria signs gas deal", "ALGIERS - Algeria and Italy signed a gas deal on Sunday.", BODY_2]
    )
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == "ALGIERS"


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        pytest.param("APA-Dakar (Senegal) ", "Dakar", "APA", id="apa-glued"),
        pytest.param("APA – Bamako (Mali) - ", "Bamako", "APA", id="apa-spaced"),
        pytest.param("AFP - Port Louis (Mauritius) ", "Port Louis", "AFP", id="two-word-city"),
        pytest.param("AFP - Nairobi ", "Nairobi", "AFP", id="no-country"),
    ],
)
def test_an_agency_a_dash_and_a_city_opening_the_lead_are_the_dateline(
    opening: str, place: str, agency: str
) -> None:
    """A listed agency, a dash and a known city, maybe with its country in brackets, opening the lead
    ("APA-Dakar (Senegal) The ..."), are the dateline, with the agency as the source; the body starts at the
    lead."""
    text = "\n\n".join(
        ["Senegal and Mali sign road accord", opening + "The two governments signed a road accord.", BODY_2]
    )
    header = parse_header(text)
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.agency) == (place, agency)
    assert header.source is not None and header.source.name == agency
    assert text[header.body_start :].startswith("The two")


def test_an_agency_and_a_dash_before_no_city_keep_no_place() -> None:
    """Guard: an agency and a dash before a word that is no known city give the agency's credit, no place."""
    text = "\n\n".join(
        ["Senegal and Mali sign road accord", "Reuters - Officials The two sides met.", BODY_2]
    )
    header = parse_header(text)
    assert header.source is not None and header.source.name == "Reuters"
    assert header.dateline is None or header.dateline.place is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        pytest.param("All News | 2026-11-29 14:05", None, id="all-news"),
        pytest.param("Top News - 29 November 2026", None, id="top-news"),
        pytest.param("Latest News | 29 November 2026", None, id="latest-news"),
        pytest.param("Arab News | 29 November 2026", "Arab News", id="guard-listed"),
        pytest.param("Andes Herald | 29 November 2026", "Andes Herald", id="guard-unlisted-paper"),
        pytest.param("Premium Times | 29 November 2026", "Premium Times", id="guard-paper-word"),
    ],
)
def test_a_story_list_label_before_the_date_is_no_outlet(line: str, source: str | None) -> None:
    """A page's label for a list of stories before the date ("All News | 2026-11-29 14:05") names no outlet,
    though it ends with a newspaper's word; an outlet's name there is still the source."""
    header = parse_header(top(line))
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value.startswith("2026-11-29")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        pytest.param("Lima, Nov 29 (EFE) .- ", "Lima, Nov 29 (EFE) .-", id="blank-before"),
        pytest.param("Quito, Nov 29 (EFE).- ", "Quito, Nov 29 (EFE).-", id="guard-glued"),
    ],
)
def test_efes_stop_and_dash_after_a_blank_close_the_dateline(opening: str, dateline: str) -> None:
    """EFE's stop and dash (".-") close the dateline also after a blank behind the agency's brackets."""
    text = "\n\n".join(["Peru declares emergency", opening + "The government declared an emergency.", BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.text == dateline
    assert header.source is not None and header.source.name == "EFE"
    assert text[header.body_start :].startswith("The government")
