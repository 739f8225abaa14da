"""Header lines met in the forty-ninth session's copy: staff credits of outlets named after a place or printed
by their initials, Caucasus and Central Asian agencies' datelines and RFE/RL's language services. Tops written
for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header
from geoquote._dates import search_date

from ._header_helpers import BODY, BODY_2, HEADLINE, top


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Buenos Aires Times staff", "Buenos Aires Times", id="lower-staff"),
        pytest.param("Bangkok Post reporters", "Bangkok Post", id="lower-reporters"),
        pytest.param("Bangkok Post Reporters", "Bangkok Post", id="title-reporters"),
        pytest.param("By Bangkok Post Reporters", "Bangkok Post", id="by-reporters"),
        pytest.param("JERUSALEM POST STAFF", "JERUSALEM POST", id="capitals"),
        pytest.param("TOI STAFF", "TOI", id="initials-capitals"),
        pytest.param("Moscow Times staff writers", "Moscow Times", id="staff-writers"),
        pytest.param("Jerusalem Post Staff", "Jerusalem Post", id="guard-title-staff"),
        pytest.param("By Kyiv Independent Staff", "Kyiv Independent", id="guard-by-staff"),
        pytest.param("ToI Staff", "ToI", id="guard-initials"),
    ],
)
def test_an_outlets_staff_credit_names_the_outlet(credit: str, source: str) -> None:
    """A line crediting an outlet's staff or reporters, whatever its case ("Straits Times staff", "TOI
    STAFF"), names the outlet as the source and no person; the body starts under it."""
    header = parse_header(top(credit, "29 November 2026"))
    assert header.source is not None and header.source.name == source
    assert header.authors == ()
    assert header.published is not None and header.published.value == "2026-11-29"


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Anna Berg staff", id="person-then-staff"),
        pytest.param("News Staff", id="desk-word-alone"),
    ],
)
def test_a_staff_noun_after_no_outlet_names_no_outlet(credit: str) -> None:
    """Guard: a staff noun after a person's name or a desk's word names no outlet."""
    header = parse_header(top(credit, "29 November 2026"))
    assert header.source is None or header.source.name not in {"Anna Berg", "News"}


@pytest.mark.parametrize(
    ("masthead", "credit", "source"),
    [
        pytest.param("The Times of Israel", "By ToI Staff", "The Times of Israel", id="toi"),
        pytest.param("The Straits Times", "By ST Staff", "The Straits Times", id="st"),
        pytest.param("The Times of Israel", "TOI STAFF", "The Times of Israel", id="capitals"),
        pytest.param("The Straits Times", "By JP Staff", "JP", id="guard-other-initials"),
        pytest.param("The Straits Times", "By Reuters Staff", "Reuters", id="guard-agency"),
    ],
)
def test_initials_in_a_staff_credit_take_the_mastheads_full_name(
    masthead: str, credit: str, source: str
) -> None:
    """A staff credit by the outlet's initials ("ToI Staff") under a masthead whose words they are the
    initials of ("The Times of Israel") credits the outlet by the full name the page prints; the span stays
    on the credit's initials. Other initials, and an agency's desk, keep their own name."""
    text = "\n\n".join([masthead, HEADLINE, credit, BODY, BODY_2])
    header = parse_header(text)
    assert header.source is not None and header.source.name == source
    assert text[header.source.start : header.source.end] == header.source.text
    assert header.source.start > len(masthead)


def test_initials_with_no_masthead_stay_as_printed() -> None:
    """Guard: with no outlet's full name printed, the initials are the source's name as printed."""
    header = parse_header(top("By ToI Staff"))
    assert header.source is not None and header.source.name == "ToI"


CAUCASUS_LEAD = "The ministry said on Sunday it would tender the second stage of the rail link next spring."


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        pytest.param("BAKU, Azerbaijan, November 29. Trend: ", "BAKU", "Trend", id="trend"),
        pytest.param("TBILISI, Georgia, Nov. 29. Trend: ", "TBILISI", "Trend", id="trend-short-month"),
        pytest.param("Baku, November 29, AZERTAC ", "Baku", "AzerTAc", id="azertac-bare"),
        pytest.param("Ganja, Nov. 29, AZERTAC ", "Ganja", "AzerTAc", id="azertac-short-month"),
        pytest.param("Astana. November 29. Kazinform: ", "Astana", "Kazinform", id="kazinform-colon"),
        pytest.param("YEREVAN, NOVEMBER 29, ARMENPRESS. ", "YEREVAN", "Armenpress", id="guard-armenpress"),
        pytest.param("Baku, November 29, AZERTAC. ", "Baku", "AzerTAc", id="guard-azertac-stop"),
    ],
)
def test_a_caucasus_agencys_dateline_ends_with_a_colon_or_nothing(
    opening: str, place: str, source: str
) -> None:
    """Trend closes its dateline with the agency and a colon after a dated full stop ("BAKU, Azerbaijan,
    November 29. Trend:"), AZERTAC with its name in capitals and no stop ("Baku, November 29, AZERTAC The
    ..."): the place, the date and the agency are read, and the body starts at the lead."""
    text = "\n\n".join([HEADLINE, opening + CAUCASUS_LEAD, BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place is not None
    assert header.dateline.place.startswith(place)
    assert header.dateline.date is not None and header.dateline.date.value == "2026-11-29"
    assert header.source is not None and header.source.name == source
    assert text[header.body_start :].startswith("The ministry")


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Baku, Trend: ", id="colon-without-date"),
        pytest.param("Baku, NATO ", id="capitals-without-date"),
        pytest.param("Baku, November 29, Trend ", id="mixed-case-without-stop"),
    ],
)
def test_no_date_or_no_stop_makes_no_agency_dateline(opening: str) -> None:
    """Guard: a colon or a missing stop ends an agency's dateline only after a place and a date, and only an
    agency's name in capitals ends it with nothing."""
    text = "\n\n".join([HEADLINE, opening + CAUCASUS_LEAD, BODY_2])
    header = parse_header(text)
    assert header.dateline is None or header.dateline.agency is None


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By Goran Pavlovic, RFE/RL", ["Goran Pavlovic"], "RFE/RL", id="initials"),
        pytest.param(
            "By Goran Pavlovic, Radio Free Europe/Radio Liberty",
            ["Goran Pavlovic"],
            "Radio Free Europe/Radio Liberty",
            id="full-name",
        ),
        pytest.param("By Goran Pavlovic for RFE/RL", ["Goran Pavlovic"], "RFE/RL", id="for"),
        pytest.param("By RFE/RL", [], "RFE/RL", id="outlet-alone"),
        pytest.param(
            "By Goran Pavlovic and Edin Hasic, RFE/RL", ["Goran Pavlovic", "Edin Hasic"], "RFE/RL", id="two"
        ),
        pytest.param("Goran Pavlovic/Reuters", ["Goran Pavlovic"], "Reuters", id="guard-glued-slash"),
        pytest.param("By Goran Pavlovic / Reuters", ["Goran Pavlovic"], "Reuters", id="guard-spaced-slash"),
    ],
)
def test_the_slash_inside_an_outlets_name_parts_no_names(
    credit: str, authors: list[str], source: str
) -> None:
    """The slash of a listed outlet's name ("RFE/RL", "Radio Free Europe/Radio Liberty") is no separator: the
    outlet is the source whole and no part of it a person; a slash before an agency still parts the writer
    from it."""
    header = parse_header(top(credit, "29 November 2026"))
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(
            ["By Goran Pavlovic, RFE/RL's Balkan Service"], ["Goran Pavlovic"], "RFE/RL", id="balkan"
        ),
        pytest.param(
            ["By Goran Pavlovic and Edin Hasic, RFE/RL's Bosnian Service"],
            ["Goran Pavlovic", "Edin Hasic"],
            "RFE/RL",
            id="two-names",
        ),
        pytest.param(["By RFE/RL's Kazakh Service"], [], "RFE/RL", id="service-alone"),
        pytest.param(
            ["By Goran Pavlovic", "RFE/RL's Balkan Service"], ["Goran Pavlovic"], "RFE/RL", id="own-line"
        ),
        pytest.param(["By Goran Pavlovic, Reuters's Balkans desk"], ["Goran Pavlovic"], "Reuters", id="desk"),
        pytest.param(
            ["By Goran Pavlovic, Lloyd's List"], ["Goran Pavlovic"], "Lloyd's List", id="guard-brand"
        ),
    ],
)
def test_an_outlets_service_after_its_possessive_credits_the_outlet(
    lines: list[str], authors: list[str], source: str
) -> None:
    """A language service or desk after a listed outlet's possessive ("RFE/RL's Balkan Service") credits the
    outlet itself; before, the service's words after the slash were read as the source ("RL's Balkan
    Service") or the initials before it as a person ("RFE")."""
    header = parse_header(top(*lines, "29 November 2026"))
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


def test_a_persons_possessive_service_names_no_outlet() -> None:
    """Guard: a possessive of no outlet's name before a service's words credits no outlet by that name."""
    header = parse_header(top("By Goran Pavlovic, Mila's Balkan Service", "29 November 2026"))
    assert header.source is None or header.source.name != "Mila"


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        pytest.param("PETALING JAYA: ", "PETALING JAYA", id="malaysia-colon"),
        pytest.param("KUANTAN: ", "KUANTAN", id="malaysia-colon-one-word"),
        pytest.param("Almaty: ", "Almaty", id="kazakhstan-mixed-colon"),
        pytest.param("SULAIMANI: ", "SULAIMANI", id="kurdistan-colon"),
        pytest.param("Banja Luka - ", "Banja Luka", id="bosnia-dash"),
        pytest.param("Gyumri - ", "Gyumri", id="armenia-dash"),
        pytest.param("UPDATE: ", None, id="guard-label"),
    ],
)
def test_a_regional_city_opens_the_story(opening: str, place: str | None) -> None:
    """A large city that is no capital, in Malaysia, Iraqi Kurdistan, the Caucasus, Central Asia or the
    Balkans, opens the story with a colon or a dash as a dateline; a label with a colon is none."""
    text = "\n\n".join([HEADLINE, opening + CAUCASUS_LEAD, BODY_2])
    header = parse_header(text)
    assert (header.dateline.place if header.dateline is not None else None) == place
    if place is not None:
        assert text[header.body_start :].startswith("The ministry")


def test_a_regional_city_after_a_byline_is_where_it_was_filed() -> None:
    """A listed city after the writer's name and a comma is where the story was filed, no second name."""
    header = parse_header(top("By Aida Nurlanova, Almaty", "29 November 2026"))
    assert [a.name for a in header.authors] == ["Aida Nurlanova"]
    assert header.dateline is not None and header.dateline.place == "Almaty"


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["Reuters", "Daniel Koval"], ["Daniel Koval"], "Reuters", id="agency"),
        pytest.param(
            ["The Kyiv Independent", "Daniel Koval"], ["Daniel Koval"], "The Kyiv Independent", id="outlet"
        ),
        pytest.param(
            ["AFP", "Daniel Koval and Anna Berg"], ["Daniel Koval", "Anna Berg"], "AFP", id="two-names"
        ),
        pytest.param(["Reuters", "Middle East"], [], "Reuters", id="guard-section"),
        pytest.param(["Reuters", "Washington Post"], [], "Reuters", id="guard-second-outlet"),
        pytest.param(["Daniel Koval", "Reuters"], ["Daniel Koval"], "Reuters", id="guard-name-first"),
    ],
)
def test_a_writers_name_under_the_outlets_credit_is_the_byline(
    lines: list[str], authors: list[str], source: str
) -> None:
    """A bare name opening with a known given name right under a line that credits only the outlet or the
    agency ("Reuters" / "Daniel Koval") is the writer; a section's or a second outlet's name there is none."""
    header = parse_header(top(*lines, "29 November 2026"))
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source
    assert header.published is not None and header.published.value == "2026-11-29"


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By Vesna Ilic, N1", ["Vesna Ilic"], "N1", id="n1"),
        pytest.param("By Vesna Ilic, Current Time", ["Vesna Ilic"], "Current Time", id="current-time"),
        pytest.param("Lasha Beridze | OC Media", ["Lasha Beridze"], "OC Media", id="oc-media-bar"),
        pytest.param("By Lasha Beridze, Civil.ge", ["Lasha Beridze"], "Civil.ge", id="civil-ge"),
        pytest.param("By Aram Petrosyan, Hetq", ["Aram Petrosyan"], "Hetq", id="hetq"),
        pytest.param(
            "By Reza Karimi | Iran International", ["Reza Karimi"], "Iran International", id="iranintl"
        ),
        pytest.param("By Hana Tesfaye, Addis Standard", ["Hana Tesfaye"], "Addis Standard", id="guard-addis"),
    ],
)
def test_a_regional_outlet_after_the_names_is_the_source(
    credit: str, authors: list[str], source: str
) -> None:
    """Outlets of the Caucasus, Central Asia, the Balkans and Iran credited after the writer are the source,
    never a second writer ("By A, Current Time" gave the author "Current Time")."""
    header = parse_header(top(credit, "29 November 2026"))
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize("masthead", ["Jerusalem Post", "Addis Standard", "Straits Times"])
def test_an_outlet_named_after_a_place_over_the_headline_is_the_source(masthead: str) -> None:
    """A masthead of an outlet named after a place, printed without "The", is the source and no dateline."""
    header = parse_header("\n\n".join([masthead, HEADLINE, BODY, BODY_2]))
    assert header.source is not None and header.source.name == masthead
    assert header.dateline is None
    assert header.title is not None and header.title.text == HEADLINE


@pytest.mark.parametrize(
    ("opening", "source", "place"),
    [
        pytest.param("(Addis Standard) – ", "Addis Standard", None, id="addis-standard"),
        pytest.param("(The Moscow Times) — ", "The Moscow Times", None, id="moscow-times"),
        pytest.param(
            "(Kyiv Independent) - KHARKIV, Nov. 29 - ", "Kyiv Independent", "KHARKIV", id="then-place"
        ),
        pytest.param("(Bloomberg) -- ", "Bloomberg", None, id="guard-agency"),
    ],
)
def test_a_listed_outlet_in_brackets_opening_the_lead_is_the_source(
    opening: str, source: str, place: str | None
) -> None:
    """A listed outlet's name in brackets and a dash opening the lead ("(Addis Standard) – ...") credits the
    outlet, as an agency's does; the place it is named after is no dateline's place."""
    text = "\n\n".join([HEADLINE, opening + CAUCASUS_LEAD, BODY_2])
    header = parse_header(text)
    assert header.source is not None and header.source.name == source
    assert header.dateline is not None and header.dateline.place == place
    assert text[header.body_start :].startswith("The ministry")


def test_a_name_in_brackets_opening_the_lead_is_no_credit() -> None:
    """Guard: a person's name in brackets before a dash credits no outlet."""
    header = parse_header("\n\n".join([HEADLINE, "(Anna Berg) – " + CAUCASUS_LEAD, BODY_2]))
    assert header.source is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        pytest.param("November, 29, 2026 - 14:05", "2026-11-29T14:05:00", id="time"),
        pytest.param("Nov, 29, 2026", "2026-11-29", id="short-month"),
        pytest.param("November 29, 2026 - 14:05", "2026-11-29T14:05:00", id="guard-no-comma"),
    ],
)
def test_a_comma_after_the_month_keeps_the_date(line: str, value: str) -> None:
    """A date line with a comma after the month's name and its year ("November, 29, 2026 - 14:05", as
    Iranian agencies' pages print it) is the published date, and the body does not start on it."""
    header = parse_header(top(line, "Politics news"))
    assert header.published is not None and header.published.value == value
    assert header.body_start > header.published.end


def test_a_comma_after_the_month_without_a_year_is_no_date() -> None:
    """Guard: a month, a comma and a count in a sentence ("In November, 29 ships ...") is no date."""
    assert search_date("In November, 29 ships were held at the port.") is None


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        pytest.param(["Jakarta ● Sun, November 29, 2026"], "Jakarta", id="capital"),
        pytest.param(["By Siti Rahmah", "Surabaya ● Sun, November 29, 2026"], "Surabaya", id="under-byline"),
        pytest.param(["Opinion ● Sun, November 29, 2026"], None, id="guard-section"),
    ],
)
def test_a_black_circle_between_the_place_and_the_date_keeps_the_dateline(
    lines: list[str], place: str | None
) -> None:
    """A known city, a black circle and the date on a line of their own ("Jakarta ● Sun, November 29,
    2026", as the Jakarta Post prints it) give the dateline's place and the date; a section's name is none."""
    header = parse_header(top(*lines))
    assert (header.dateline.place if header.dateline is not None else None) == place
    assert header.published is not None and header.published.value == "2026-11-29"


@pytest.mark.parametrize(
    ("line", "source", "place"),
    [
        pytest.param("N1 Belgrade", "N1", "Belgrade", id="n1"),
        pytest.param("Reuters Banja Luka", "Reuters", "Banja Luka", id="two-word-city"),
        pytest.param("Kyiv Independent Kyiv", "Kyiv Independent", "Kyiv", id="outlet-named-after-the-city"),
        pytest.param("The Kyiv Independent", "The Kyiv Independent", None, id="guard-outlet-alone"),
        pytest.param("Buenos Aires Times", "Buenos Aires Times", None, id="guard-city-in-the-name"),
    ],
)
def test_a_listed_outlet_and_a_city_with_only_a_blank_between(
    line: str, source: str, place: str | None
) -> None:
    """A listed outlet's name and a known city with only a blank between them ("N1 Belgrade"), on a line
    with no writer, give the source and where the story was filed; an outlet named after a place gives no
    place of its own name."""
    header = parse_header(top(line, "29 November 2026"))
    assert header.source is not None and header.source.name == source
    assert (header.dateline.place if header.dateline is not None else None) == place
    assert header.authors == ()


@pytest.mark.parametrize("line", ["Anna Berg Kyiv", "Daily Planet Kyiv"])
def test_a_name_and_a_city_with_a_blank_between_file_from_nowhere(line: str) -> None:
    """Guard: a person's name, or an unlisted paper's name, and a city after a blank give no dateline."""
    assert parse_header(top(line, "29 November 2026")).dateline is None


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        pytest.param(["Milos Jovic", "Belgrade", "BIRN", "29 November 2026"], "BIRN", id="bare-name"),
        pytest.param(["By Milos Jovic", "Sarajevo", "Balkan Insight"], "Balkan Insight", id="by-line"),
        pytest.param(["By Milos Jovic", "Sarajevo", "Middle East"], None, id="guard-section"),
    ],
)
def test_the_outlet_under_the_place_under_the_byline_is_the_source(
    lines: list[str], source: str | None
) -> None:
    """The outlet's line under the city the story was filed from, under the byline ("Milos Jovic" /
    "Belgrade" / "BIRN"), is the source, as under a writer's title; a section's name there is none."""
    header = parse_header(top(*lines))
    assert [a.name for a in header.authors] == ["Milos Jovic"]
    assert (header.source.name if header.source is not None else None) == source
    assert header.dateline is not None and header.dateline.place in {"Belgrade", "Sarajevo"}
