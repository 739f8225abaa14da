"""Header lines met in the seventy-ninth session's copy: a writer's place and outlet after the names, a
column's title or a royal's name over the date, an agency's section, names in capitals that open with a
byline word of another language. Tops and leads written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import assert_dateline_and_source, top

_REF = dt.datetime(2026, 12, 1, 20, 0)
_DATE = "December 1, 2026"


@pytest.mark.parametrize(
    ("credit", "authors", "source", "place"),
    [
        pytest.param("By Anna Brisk in Berlin for Reuters", ["Anna Brisk"], "Reuters", "Berlin", id="in-for"),
        pytest.param("By Kofi Mensah in Accra for the BBC", ["Kofi Mensah"], "BBC", "Accra", id="the"),
        pytest.param(
            "By Anna Brisk and Tom Hale in Nairobi for Reuters",
            ["Anna Brisk", "Tom Hale"],
            "Reuters",
            "Nairobi",
            id="two",
        ),
        pytest.param(
            "By ANNA BRISK FOR MAILONLINE IN NEW YORK",
            ["Anna Brisk"],
            "MAILONLINE",
            "NEW YORK",
            id="caps-for-in",
        ),
        pytest.param(
            "By ANNA BRISK IN BERLIN FOR MAILONLINE", ["Anna Brisk"], "MAILONLINE", "BERLIN", id="caps-in-for"
        ),
        pytest.param(
            "By Anna Brisk in Little Hinton for Reuters", ["Anna Brisk"], "Reuters", None, id="village"
        ),
        # guards: the outlet, then the place in mixed case; the place alone, the outlet alone; writers each
        # with a place name no one place
        pytest.param(
            "By Anna Brisk in Nairobi and Tom Hale in Kampala",
            ["Anna Brisk", "Tom Hale"],
            None,
            None,
            id="guard-each",
        ),
        pytest.param(
            "By Lucía Ferrer for AFP in Bogotá", ["Lucía Ferrer"], "AFP", "Bogotá", id="guard-for-in"
        ),
        pytest.param("By Anna Brisk in Berlin", ["Anna Brisk"], None, "Berlin", id="guard-place"),
        pytest.param("By Anna Brisk for Reuters", ["Anna Brisk"], "Reuters", None, id="guard-outlet"),
    ],
)
def test_a_writer_s_place_and_the_outlet_after_the_names(
    credit: str, authors: list[str], source: str | None, place: str | None
) -> None:
    """The place the writer filed from and the outlet the writer files for after the names, in either
    order and in capitals too ("By A in Berlin for Reuters", "By A FOR MAILONLINE IN NEW YORK") are the
    dateline's place and the source (before, no source after the place, and no place after the outlet)."""
    header = parse_header(top(credit, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["Court Circular", _DATE], [], id="circular"),
        pytest.param(["Talking Point", _DATE], [], id="point"),
        pytest.param(["Week Ahead", _DATE], [], id="ahead"),
        pytest.param(["Social Diary", _DATE], [], id="diary"),
        pytest.param(["Campus Notebook", _DATE], [], id="notebook"),
        pytest.param(["Prince William", _DATE], [], id="prince"),
        pytest.param(["Sheikh Mohammed", _DATE], [], id="sheikh"),
        pytest.param(["Lady Louise", _DATE], [], id="lady"),
        pytest.param(["Prince Harry - Montecito", _DATE], [], id="prince-dash"),
        # guards: a writer named Prince, with a surname; a "By" line; a surname that is a column's word
        # elsewhere; a writer over the tag
        pytest.param(["Prince Adewale Okafor", _DATE], ["Prince Adewale Okafor"], id="guard-given-prince"),
        pytest.param(["Prince Osei", _DATE], ["Prince Osei"], id="guard-prince-surname"),
        pytest.param(["By Prince Harry", _DATE], ["Prince Harry"], id="guard-by"),
        pytest.param(["Lena Page", _DATE], ["Lena Page"], id="guard-page"),
        pytest.param(["By Lena Voss", "Prince William", _DATE], ["Lena Voss"], id="guard-over"),
    ],
)
def test_a_column_s_title_or_a_royal_s_name_over_the_date_is_no_writer(
    lines: list[str], authors: list[str]
) -> None:
    """A column's title whose last word no surname has ("Court Circular", "Talking Point") and a style
    writers' names open with too before a given name alone ("Prince William", "Sheikh Mohammed") over the
    date are no writer (before, the writers "Court Circular" and "Prince William"); "Prince" before a
    surname or after "By" stays a writer's name."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["AFP World", _DATE], [], "AFP", id="afp-world"),
        pytest.param(["AFP Africa", _DATE], [], "AFP", id="region"),
        pytest.param(["AFP Middle East", _DATE], [], "AFP", id="two-words"),
        pytest.param(["Reuters Business", _DATE], [], "Reuters", id="section"),
        pytest.param(["AP Politics", _DATE], [], "Associated Press", id="ap"),
        pytest.param(["By Tom Hale, AFP Sport", _DATE], ["Tom Hale"], "AFP", id="after-writer"),
        pytest.param(["By Tom Hale", "Xinhua World", _DATE], ["Tom Hale"], "Xinhua", id="under-writer"),
        # guards: an agency alone, its staff, a newspaper whose last word is a section's
        pytest.param(["AFP", _DATE], [], "AFP", id="guard-alone"),
        pytest.param(["Reuters Staff", _DATE], [], "Reuters", id="guard-staff"),
        pytest.param(["Tulsa World", _DATE], [], "Tulsa World", id="guard-newspaper"),
    ],
)
def test_an_agency_s_section_or_region_is_the_agency(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """An agency's name and a section's word or a region after it ("AFP World", "Reuters Business", "AFP
    Africa") is the agency, the source (before, the source "P World", the writer "P Africa", or the whole
    line as an outlet's name)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["DEBORAH KING", _DATE], ["Deborah King"], id="de"),
        pytest.param(["DENISE PARK", _DATE], ["Denise Park"], id="de-2"),
        pytest.param(["AVA BERG", _DATE], ["Ava Berg"], id="av"),
        pytest.param(["BYRON HALL", _DATE], ["Byron Hall"], id="by"),
        pytest.param(["DEAN MARSH", _DATE], ["Dean Marsh"], id="dean"),
        pytest.param(["AFUA OWUSU", _DATE], [], id="af-unknown-name"),
        # guards: the word glued to a name in mixed case; the words in capitals before a name; "By" then a
        # name in capitals that opens with a byline word
        pytest.param(["ByYi-Jin Yu", _DATE], ["Yi-Jin Yu"], id="guard-glued"),
        pytest.param(["POR ANA RUIZ", _DATE], ["Ana Ruiz"], id="guard-por"),
        pytest.param(["AV ANNA BERG", _DATE], ["Anna Berg"], id="guard-av"),
        pytest.param(["By DEBORAH KING", _DATE], ["Deborah King"], id="guard-by-de"),
    ],
)
def test_a_name_in_capitals_that_opens_with_a_byline_word(lines: list[str], authors: list[str]) -> None:
    """A name in capitals over the date whose first letters spell a byline word ("DEBORAH", Spanish "De";
    "AVA", Swedish "Av"; "BYRON") is read whole, or not at all when its given name is unknown (before,
    "Borah King", "A Berg", "Ron Hall", "Ua Owusu"): only a word in mixed case is glued to the name after it
    ("ByYi-Jin Yu")."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


def _lead(lead: str) -> str:
    """An article whose first paragraph is ``lead``, under a headline and over one more paragraph."""
    after = " The ministry said on Monday that talks would resume next week after a pause of months."
    return "\n\n".join(["Talks on grain corridor resume", lead + after, "Officials gave no further details."])


@pytest.mark.parametrize(
    ("lead", "place", "date", "source"),
    [
        pytest.param(
            "Lagos, Nigeria, Dec 1 (Reuters) -", "Lagos, Nigeria", "2026-12-01", "Reuters", id="country-date"
        ),
        pytest.param(
            "Georgetown, Guyana, Dec 1 (CMC) –", "Georgetown, Guyana", "2026-12-01", "CMC", id="unknown-city"
        ),
        pytest.param(
            "Castries, Saint Lucia, Dec 1 (CMC) -",
            "Castries, Saint Lucia",
            "2026-12-01",
            "CMC",
            id="two-word-country",
        ),
        pytest.param(
            "Port-au-Prince, Haiti (AP) —", "Port-au-Prince, Haiti", None, "Associated Press", id="au"
        ),
        pytest.param("Aix-en-Provence, 1 December (AFP) -", "Aix-en-Provence", "2026-12-01", "AFP", id="en"),
        pytest.param(
            "Ho Chi Minh City, Dec 1 (VNA) –", "Ho Chi Minh City", "2026-12-01", "VNA", id="four-words"
        ),
        # guards: a capital and its country with no date, as before; a person and a country; a city and its
        # country before a dash and a sentence
        pytest.param("Nairobi, Kenya (AP) —", "Nairobi, Kenya", None, "Associated Press", id="guard-no-date"),
        pytest.param("Jane Doe, Kenya, Dec 1 (AP) -", None, None, None, id="guard-person"),
        pytest.param("Doha, Qatar –", "Doha, Qatar", None, None, id="guard-dash"),
    ],
)
def test_a_city_in_mixed_case_and_its_country_before_the_date(
    lead: str, place: str | None, date: str | None, source: str | None
) -> None:
    """A city in mixed case, a comma and its country's name before the date or the agency ("Lagos, Nigeria,
    Dec 1 (Reuters) -", "Port-au-Prince, Haiti (AP) —"), as a US state was read, and a city's name of four
    words or with the French "au" or "en" ("Ho Chi Minh City", "Aix-en-Provence") open the dateline (before,
    no dateline)."""
    assert_dateline_and_source(parse_header(_lead(lead), reference_date=_REF), place, date, source)


@pytest.mark.parametrize(
    ("lines", "authors", "source", "place"),
    [
        pytest.param(
            ["By Zhang Wei in Beijing | China Daily | Updated: 2026-12-01 09:41"],
            ["Zhang Wei"],
            "China Daily",
            "Beijing",
            id="bar",
        ),
        pytest.param(
            ["By Anna Brisk in Berlin · Reuters · Dec 1, 2026"], ["Anna Brisk"], "Reuters", "Berlin", id="dot"
        ),
        pytest.param(
            ["By Zhang Wei and Li Na in Shanghai | chinadaily.com.cn | Updated: 2026-12-01 09:41"],
            ["Zhang Wei", "Li Na"],
            "chinadaily.com.cn",
            "Shanghai",
            id="two-address",
        ),
        pytest.param(["By Thabo Nkosi | iol.co.za", _DATE], ["Thabo Nkosi"], "iol.co.za", None, id="address"),
        pytest.param(["By Thabo Nkosi, news24.com", _DATE], ["Thabo Nkosi"], "news24.com", None, id="comma"),
        # guards: an address in capitals as before, an address alone, two words with a dot that are none
        pytest.param(
            ["By Thabo Nkosi | Dawn.com", _DATE], ["Thabo Nkosi"], "Dawn.com", None, id="guard-caps"
        ),
        pytest.param(["news.com.au", _DATE], [], "news.com.au", None, id="guard-alone"),
        pytest.param(["By Thabo Nkosi | smith.jones", _DATE], ["Thabo Nkosi"], None, None, id="guard-none"),
    ],
)
def test_a_writer_s_place_then_a_separator_and_the_outlet(
    lines: list[str], authors: list[str], source: str | None, place: str | None
) -> None:
    """The place after the names, then a bar or a dot and the outlet ("By A in Beijing | China Daily |
    Updated: ...") give both (before, neither); a web address in lower case, maybe under a country's domain
    ("iol.co.za", "chinadaily.com.cn"), is an outlet after a bar or a comma (before, no source)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "published", "place"),
    [
        pytest.param(
            ["Reporter: Rizal Putra", "Kamis, 3 Desember 2026 - 09:41 WIB"], "2026-12-03T09:41", None, id="id"
        ),
        pytest.param(["Ahmad Faiz", "Selasa, 1 Disember 2026 09:41"], "2026-12-01T09:41", None, id="ms"),
        pytest.param(["Ahmad Faiz", "Khamis, 3 Dis 2026 - 09:41"], "2026-12-03T09:41", None, id="ms-short"),
        pytest.param(["Ahmad Faiz", "Isnin, 17 Ogos 2026 @ 9:41am"], "2026-08-17T09:41", None, id="ms-ogos"),
        pytest.param(["Ahmad Faiz", "12 Mac 2026"], "2026-03-12", None, id="ms-mac"),
        # guards: weekdays read before (Indonesian without a dash, Polish, Dutch), "Mac" alone is no month
        pytest.param(["Rizal Putra", "Rabu, 2 Des 2026 09:41 WIB"], "2026-12-02T09:41", None, id="guard-id"),
        pytest.param(
            ["Jan Kowalski", "wtorek, 1 grudnia 2026, 09:41"], "2026-12-01T09:41", None, id="guard-pl"
        ),
        pytest.param(
            ["Jan de Vries", "dinsdag 1 december 2026, 09:41"], "2026-12-01T09:41", None, id="guard-nl"
        ),
        pytest.param(["Ahmad Faiz", "Mac 12, 2026"], None, None, id="guard-mac-first"),
    ],
)
def test_indonesian_and_malay_date_lines(lines: list[str], published: str | None, place: str | None) -> None:
    """A date line opening with a weekday of Indonesian or Malay, or of Dutch, Polish, Ukrainian, Czech,
    Romanian or Swedish ("Kamis, 3 Desember 2026 - 09:41 WIB") is a date, never a place before a dash
    (before, the place "Kamis" and no time); Malay months are read ("1 Disember 2026", "17 Ogos 2026"; "Mac"
    and "Dis" only between a day and a year; before, no date)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert (header.published.value[:16] if header.published else None) == published
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By Jane Moss With AFP", ["Jane Moss"], "AFP", id="with-title-case"),
        pytest.param("By JANE MOSS WITH REUTERS", ["Jane Moss"], "Reuters", id="with-caps"),
        pytest.param("By Jane Moss With Tom Hale", ["Jane Moss", "Tom Hale"], None, id="with-writer"),
        pytest.param(
            "Jane Moss, Special to The Globe and Mail", ["Jane Moss"], "The Globe and Mail", id="special-to"
        ),
        pytest.param(
            "By Nomvula Dube, for the Mail and Guardian", ["Nomvula Dube"], "Mail and Guardian", id="for-and"
        ),
        pytest.param("By Nomvula Dube, for New Frame", ["Nomvula Dube"], "New Frame", id="for-unlisted"),
        pytest.param("By Nomvula Dube for New Frame", ["Nomvula Dube"], "New Frame", id="for-no-comma"),
        pytest.param(
            "Jane Moss, Senior Reporter, The East African",
            ["Jane Moss"],
            "The East African",
            id="title-outlet",
        ),
        pytest.param(
            "By Jane Moss, Senior Correspondent, Reuters", ["Jane Moss"], "Reuters", id="title-agency"
        ),
        # guards: "with" in lower case, a surname opening with "With", "for" and a lower-case word, a title
        # and a word that is no outlet, a Romance particle of a name
        pytest.param("By Jane Moss with AFP", ["Jane Moss"], "AFP", id="guard-with"),
        pytest.param("By Jane Withers", ["Jane Withers"], None, id="guard-withers"),
        pytest.param("By Nomvula Dube, for now", ["Nomvula Dube"], None, id="guard-for-now"),
        pytest.param("By Jane Moss, General Editor, F1", ["Jane Moss"], None, id="guard-title"),
        pytest.param("By Enrico de Lazaro", ["Enrico de Lazaro"], None, id="guard-de"),
    ],
)
def test_the_outlet_after_with_special_to_for_or_a_title(
    credit: str, authors: list[str], source: str | None
) -> None:
    """The outlet after a capitalised "With" ("By A With AFP"), after "Special to" or "for" whole, an "and"
    of its name kept ("for the Mail and Guardian"), an unlisted one of capitalised words after "for" ("for New
    Frame"), and after the writer's title ("A, Senior Reporter, The East African") is the source (before,
    the writer "Jane Moss With", the sources "Special to The Globe" and "Guardian", or none)."""
    header = parse_header(top(credit, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("By Tendai Moyo Bulawayo Bureau", ["Tendai Moyo"], id="bureau"),
        pytest.param("By Ann Lee Kampala Correspondent", ["Ann Lee"], id="city-correspondent"),
        pytest.param("By Ann Lee Environment Correspondent", ["Ann Lee"], id="field"),
        pytest.param("By Tom Hale Business Editor", ["Tom Hale"], id="business-editor"),
        # guards: the title in sentence case and alone, as before; a name of three words before no title
        pytest.param("By Tom Ashby Environment correspondent", ["Tom Ashby"], id="guard-sentence-case"),
        pytest.param("By Tom Hale Editor", ["Tom Hale"], id="guard-alone"),
        pytest.param("By Raúl Pérez Hernández", ["Raúl Pérez Hernández"], id="guard-three"),
    ],
)
def test_a_city_or_a_field_opening_the_title_after_the_name(credit: str, authors: list[str]) -> None:
    """A city or a field in title case opening the writer's title after the name ("Tendai Moyo Bulawayo
    Bureau", "Ann Lee Health Correspondent") is the title's, not the name's (before, the writers "Tendai
    Moyo Bulawayo", "Ann Lee Environment")."""
    header = parse_header(top(credit, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("lead", "place", "date", "source"),
    [
        pytest.param("Baku, 1 December, AZERTAC.", "Baku", "2026-12-01", "AzerTAc", id="day-first-stop"),
        pytest.param(
            "YEREVAN, 1 DECEMBER, ARMENPRESS.", "YEREVAN", "2026-12-01", "Armenpress", id="day-first-caps"
        ),
        pytest.param("Riga, 1 December, LETA -", "Riga", "2026-12-01", "LETA", id="day-first-dash"),
        # guards: the month first as before, the year after the day, a day alone before the agency
        pytest.param("Baku, December 1, AZERTAC", "Baku", "2026-12-01", "AzerTAc", id="guard-month-first"),
        pytest.param("Riyadh, 1 December 2026, SPA --", "Riyadh", "2026-12-01", "SPA", id="guard-year"),
        pytest.param("Baku, 5, AZERTAC.", None, None, None, id="guard-day-alone"),
    ],
)
def test_a_day_first_date_between_the_place_and_the_agency(
    lead: str, place: str | None, date: str | None, source: str | None
) -> None:
    """A dateline's date printed day first and without its year between the place and an agency after a
    comma ("Baku, 1 December, AZERTAC.") keeps the agency, the source (before, the date alone: a date had to
    have three characters before its first digit)."""
    assert_dateline_and_source(parse_header(_lead(lead), reference_date=_REF), place, date, source)


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        pytest.param(
            ["By Olena Kovalenko", "Kyiv Independent news desk", _DATE], "Kyiv Independent", id="by"
        ),
        pytest.param(["Olena Kovalenko", "Kyiv Independent news desk", _DATE], "Kyiv Independent", id="bare"),
        pytest.param(["By Olena Kovalenko", "Reuters newsroom", _DATE], "Reuters", id="agency"),
        # guards: a section's desk names no outlet; the outlet alone under the writer
        pytest.param(["By Olena Kovalenko", "Foreign desk", _DATE], None, id="guard-section"),
        pytest.param(
            ["By Olena Kovalenko", "The Kyiv Independent", _DATE], "The Kyiv Independent", id="guard-outlet"
        ),
    ],
)
def test_an_outlet_s_desk_on_the_line_under_the_writer(lines: list[str], source: str | None) -> None:
    """A listed outlet's or agency's name and a desk's word on the line under the writer ("Kyiv Independent
    news desk", "Reuters newsroom") is the outlet, the source (before, none)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == ["Olena Kovalenko"]
    assert (header.source.name if header.source else None) == source
