"""Header lines met in the fifty-seventh session's copy: Indian agency datelines with a bracketed state and
country, outlets alone over the date, and Israeli, African, Nordic, Baltic and Taiwanese header styles. Tops
written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import BODY_2, top

_HEAD = "Cabinet approves new water plan"


@pytest.mark.parametrize(
    ("lead", "place", "agency", "body"),
    [
        pytest.param(
            "NEW DELHI [India]: The cabinet on Sunday cleared a fresh plan for river clean-up.",
            "NEW DELHI",
            None,
            "The cabinet",
            id="caps-country-colon",
        ),
        pytest.param(
            "Srinagar (Jammu and Kashmir) [India], Nov 29 (ANI): Officials opened two new bridges.",
            "Srinagar",
            "ANI",
            "Officials",
            id="state-country-agency",
        ),
        pytest.param(
            "PUNE (Maharashtra) [India], November 29 (ANI): The city council voted for a new budget.",
            "PUNE",
            "ANI",
            "The city",
            id="caps-state-country-agency",
        ),
        pytest.param(
            "LAGOS [Nigeria] - Port workers ended a three-day strike over pay on Sunday.",
            "LAGOS",
            None,
            "Port workers",
            id="country-dash",
        ),
        # guards: a state and an agency without a country, a round bracket and a dash, no place in capitals
        pytest.param(
            "MIAMI, Fla. (AP) — Heavy rain flooded parts of the city overnight.",
            "MIAMI, Fla.",
            "AP",
            "Heavy rain",
            id="guard-region-agency",
        ),
        pytest.param(
            "Leticia (Colombia), Nov 29 (EFE).- Las lluvias dejaron tres barrios sin luz.",
            "Leticia",
            "EFE",
            "Las lluvias",
            id="guard-round-country",
        ),
    ],
)
def test_a_state_and_a_country_in_brackets_after_the_city_keep_the_dateline(
    lead: str, place: str, agency: str | None, body: str
) -> None:
    """A dateline's city followed by its state in round brackets and its country in square ones, as ANI
    prints it ("Srinagar (Jammu and Kashmir) [India], Nov 29 (ANI):"), or by the country alone before a
    colon or a dash ("NEW DELHI [India]:"), is the dateline, and the body starts after it."""
    text = "\n\n".join([_HEAD, lead, BODY_2])
    header = parse_header(text)
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.agency) == (place, agency)
    assert text[header.body_start :].startswith(body)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "UPDATE [1]: The cabinet cleared a fresh plan for river clean-up.", id="numbered-update"
        ),
        pytest.param("Minister Ravi Shah [Retd]: The cabinet cleared a fresh plan.", id="mixed-case-name"),
    ],
)
def test_a_bracket_after_no_place_gives_no_dateline(lead: str) -> None:
    """A bracket after a label or a mixed-case name before a colon is no dateline."""
    header = parse_header("\n\n".join([_HEAD, lead, BODY_2]))
    assert header.dateline is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        pytest.param("CNA staff writer", "CNA", id="cna-lower"),
        pytest.param("CNA Staff Writer", "CNA", id="cna-title"),
        pytest.param("PTI Staff Reporter", "PTI", id="pti-staff-reporter"),
        # guards: the byline word before it, and a paper's own reporter named in full
        pytest.param("By CNA staff writer", "CNA", id="guard-by"),
        pytest.param("Taipei Times Staff Writer", "Taipei Times", id="guard-paper-in-full"),
    ],
)
def test_an_agencys_initials_and_its_staff_title_credit_the_agency(line: str, source: str) -> None:
    """An agency's initials before "staff writer" or "staff reporter" on a line over the date ("CNA staff
    writer", as Focus Taiwan credits its agency's staff) name the agency as the source and no writer."""
    header = parse_header(top(line, "11/29/2026 02:05 PM"))
    assert header.source is not None and header.source.name == source
    assert header.authors == ()


def test_initials_without_a_staff_title_name_no_writer() -> None:
    """A word in capitals before "Writer" that no outlet's initials spell credits no one."""
    header = parse_header(top("ANNA Writer", "November 29, 2026"))
    assert header.source is None


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        pytest.param("Coastal News", "November 29, 2026", "Coastal News", id="unlisted-news"),
        pytest.param("The Lakeside News", "29.11.2026 14:05", "The Lakeside News", id="article-news"),
        pytest.param(
            "North Shore News", "Published: 2:05pm, 29 Nov 2026", "North Shore News", id="labelled-date"
        ),
        # guards: an outlet already read so, and an agency alone over the date
        pytest.param("Coastal Herald", "November 29, 2026", "Coastal Herald", id="guard-herald"),
        pytest.param("Reuters", "November 29, 2026", "Reuters", id="guard-agency"),
    ],
)
def test_an_outlet_alone_over_the_date_is_the_source(line: str, date: str, source: str) -> None:
    """An outlet's name alone on the line over the date, no writer named ("Coastal News" over "November 29,
    2026"), is the source, as a name ending with another newspaper's word ("Coastal Herald") already was."""
    header = parse_header(top(line, date))
    assert header.source is not None and header.source.name == source
    assert header.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("World News", (), id="section"),
        pytest.param("Business News", (), id="section-business"),
        pytest.param("Anna Star", ("Anna Star",), id="given-name"),
        pytest.param("Maria Union", ("Maria Union",), id="given-name-union"),
    ],
)
def test_a_section_or_a_writer_over_the_date_is_no_outlet(line: str, authors: tuple[str, ...]) -> None:
    """A section's name ending with "News", or a writer whose surname is a newspaper's word, over the date
    gives no source."""
    header = parse_header(top(line, "November 29, 2026"))
    assert header.source is None
    assert tuple(a.name for a in header.authors) == authors


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param(
            "Anna Berg, North Shore News", ("Anna Berg",), "North Shore News", id="comma-place-named-paper"
        ),
        pytest.param("Ivan Sokol, West End Times", ("Ivan Sokol",), "West End Times", id="comma-times"),
        # guard: a writer's name glued to a paper of two words
        pytest.param("Owen Pratt Lakeside Courier", ("Owen Pratt",), "Lakeside Courier", id="guard-glued"),
    ],
)
def test_a_paper_named_after_a_place_of_two_words_stays_whole(
    line: str, authors: tuple[str, ...], source: str
) -> None:
    """A paper whose name is a place of two words and a newspaper's word ("North Shore News") after a
    writer's name is one outlet: the place is no second writer and the newspaper's word alone no outlet."""
    header = parse_header(top(line, "November 29, 2026"))
    assert tuple(a.name for a in header.authors) == authors
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        pytest.param(
            ("By Ravi Menon, PTI", "Updated: Nov 29, 2026 14:05 IST"), "2026-11-29T14:05:00+05:30", id="pti"
        ),
        pytest.param(
            ("Express News Service", "Updated: Nov 29, 2026 09:40 (IST)"),
            "2026-11-29T09:40:00+05:30",
            id="indian-express-bracketed",
        ),
        pytest.param(
            ("By Noa Peretz, Times of Israel", "Nov 29, 2026, 2:05 pm IST"),
            "2026-11-29T14:05:00+02:00",
            id="times-of-israel",
        ),
        pytest.param(
            ("By Ciara Walsh, RTÉ", "29 Jun 2026 14:05 IST"), "2026-06-29T14:05:00+01:00", id="irish"
        ),
        # guards: no outlet, an outlet no list places, and a zone that names one zone only
        pytest.param(
            ("By Ravi Menon", "Updated: Nov 29, 2026 14:05 IST"), "2026-11-29T14:05:00", id="guard-none"
        ),
        pytest.param(
            ("By Ravi Menon, Coastal News", "Updated: Nov 29, 2026 14:05 IST"),
            "2026-11-29T14:05:00",
            id="guard-unlisted-outlet",
        ),
        pytest.param(
            ("By Ravi Menon, PTI", "Updated: Nov 29, 2026 14:05 GMT"),
            "2026-11-29T14:05:00+00:00",
            id="guard-gmt",
        ),
    ],
)
def test_ist_takes_the_offset_of_the_outlets_country(lines: tuple[str, ...], value: str) -> None:
    """ "IST" after a time names India's, Israel's and Ireland's time alike, so it gets an offset only from
    the outlet that prints it: UTC+5:30 on an Indian outlet's page, UTC+2 on an Israeli one's, UTC+1 on an
    Irish one's; with no listed outlet the time keeps no offset."""
    header = parse_header(top(*lines))
    assert header.published is not None and header.published.value == value


def test_ist_on_the_updated_line_only() -> None:
    """A revision line closing with "IST" under a publication date without a time gets the offset alone."""
    header = parse_header(
        top("By Ravi Menon, PTI", "Published: Nov 28, 2026", "Updated: Nov 29, 2026 14:05 IST")
    )
    assert header.published is not None and header.published.value == "2026-11-28"
    assert header.updated is not None and header.updated.value == "2026-11-29T14:05:00+05:30"


@pytest.mark.parametrize(
    ("line", "date", "authors", "source"),
    [
        pytest.param(
            "By Lin Mei, Focus Taiwan", "11/29/2026 02:05 PM", ("Lin Mei",), "Focus Taiwan", id="focus-tw"
        ),
        pytest.param(
            "By Amina Otieno, Nation Africa",
            "November 29, 2026",
            ("Amina Otieno",),
            "Nation Africa",
            id="nation",
        ),
        pytest.param("Anna Berg, LSM", "29.11.2026 14:05", ("Anna Berg",), "LSM", id="lsm"),
        pytest.param("Yle", "29.11.2026 14:05", (), "Yle", id="yle-alone"),
        pytest.param("Focus Taiwan", "11/29/2026 02:05 PM", (), "Focus Taiwan", id="focus-tw-alone"),
        pytest.param("Ynetnews", "Published: 11.29.26, 14:05", (), "Ynetnews", id="ynet-alone"),
        # guards: an outlet listed before, and a writer of two names over the date
        pytest.param(
            "By Noa Peretz, Haaretz", "11.29.26, 14:05", ("Noa Peretz",), "Haaretz", id="guard-listed"
        ),
    ],
)
def test_nordic_baltic_taiwanese_israeli_and_african_outlets_are_outlets(
    line: str, date: str, authors: tuple[str, ...], source: str
) -> None:
    """The English services of Nordic and Baltic broadcasters, Taiwan's, Hong Kong's and Israel's English
    news sites and Nigerian, Ghanaian and Kenyan papers are outlets, after a writer's name or alone over the
    date ("By Lin Mei, Focus Taiwan": writer Lin Mei, source Focus Taiwan; no second writer)."""
    header = parse_header(top(line, date))
    assert tuple(a.name for a in header.authors) == authors
    assert header.source is not None and header.source.name == source


def test_a_writer_over_the_date_is_still_a_writer() -> None:
    """A writer's bare name over the date is no outlet."""
    header = parse_header(top("Liis Tamm", "29.11.2026 14:05"))
    assert [a.name for a in header.authors] == ["Liis Tamm"]
    assert header.source is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        pytest.param("Staff writer, with CNA", "CNA", id="staff-writer-with-cna"),
        pytest.param("Staff Reporter, with AFP", "AFP", id="staff-reporter-with-afp"),
        pytest.param("Taipei Times staff writer, with CNA", "Taipei Times", id="paper-staff-with-agency"),
        pytest.param("Taipei Times staff writer", "Taipei Times", id="paper-staff-writer"),
        # guards: a desk written with agencies names no agency; a staff reporter and the place filed from
        pytest.param("Staff writer, with agencies", None, id="guard-agencies"),
        pytest.param("Staff Reporter, Dhaka", None, id="guard-place"),
    ],
)
def test_a_staff_byline_written_with_an_agency_credits_it(line: str, source: str | None) -> None:
    """A staff byline naming no one and the agency the story was written with ("Staff writer, with CNA", as
    the Taipei Times prints it) gives the agency as the source, and a paper's staff title its paper."""
    header = parse_header(top(line, "November 29, 2026"))
    assert (header.source.name if header.source is not None else None) == source
    assert header.authors == ()
