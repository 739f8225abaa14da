"""Header lines met in the ninety-second session's copy: page titles that carry the outlet's name after the
headline, desks and agencies credited where a writer stands, agencies between slashes or dashes in a
dateline, publication and revision labels in German, French and Spanish, and zone abbreviations of Asia,
Africa and the Gulf. Tops written for these tests, in the styles of the wires named."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2, HEADLINE, top

_REF = dt.datetime(2026, 12, 2, 20, 0)
_DATE = "December 2, 2026"


def _page(first: str, *lines: str) -> str:
    """An article whose first line is ``first`` (a headline, maybe with the outlet after it), then ``lines``
    and two body paragraphs."""
    return "\n\n".join([first, *lines, BODY, BODY_2])


@pytest.mark.parametrize(
    ("first", "title", "source"),
    [
        pytest.param(
            "Dockworkers end strike after pay offer - Daily Sentinel",
            "Dockworkers end strike after pay offer",
            "Daily Sentinel",
            id="dash-unlisted-paper",
        ),
        pytest.param(
            "Senate delays vote on fuel subsidy | The Nation Herald",
            "Senate delays vote on fuel subsidy",
            "The Nation Herald",
            id="bar-article-and-paper",
        ),
        pytest.param(
            "Floods cut road links to three northern towns — Lakeside Gazette",
            "Floods cut road links to three northern towns",
            "Lakeside Gazette",
            id="em-dash-gazette",
        ),
        pytest.param(
            "Central bank holds rates for a third month - Reuters",
            "Central bank holds rates for a third month",
            "Reuters",
            id="dash-agency",
        ),
        pytest.param(
            "Power cuts return to the capital | Al Jazeera",
            "Power cuts return to the capital",
            "Al Jazeera",
            id="bar-listed-outlet",
        ),
        pytest.param(
            "Coalition talks resume in the capital | World | The Valley Courier",
            "Coalition talks resume in the capital",
            "The Valley Courier",
            id="section-then-paper",
        ),
        pytest.param(
            "Province seeks funds for flood defences - Hill Country News Agency",
            "Province seeks funds for flood defences",
            "Hill Country News Agency",
            id="agency-word",
        ),
        # guards: a headline's own dash before a question, a place pair, an organisation's initials, a
        # section's words, words of no outlet, a wire slug in capitals, a headline too short to lose words
        pytest.param(
            "Truce holds in the north - but for how long?",
            "Truce holds in the north - but for how long?",
            None,
            id="guard-question-after-dash",
        ),
        pytest.param(
            "Kyiv - Warsaw rail link reopens after repairs",
            "Kyiv - Warsaw rail link reopens after repairs",
            None,
            id="guard-place-pair",
        ),
        pytest.param(
            "Measles cases rise in the south - WHO",
            "Measles cases rise in the south - WHO",
            None,
            id="guard-initials",
        ),
        pytest.param(
            "Teachers walk out over unpaid wages - Local News",
            "Teachers walk out over unpaid wages - Local News",
            None,
            id="guard-section-words",
        ),
        pytest.param(
            "Opposition leader freed on bail - State Media",
            "Opposition leader freed on bail - State Media",
            None,
            id="guard-attribution",
        ),
        pytest.param(
            "GRAIN FUTURES SLIP ON RAIN FORECAST - DEALERS",
            "GRAIN FUTURES SLIP ON RAIN FORECAST - DEALERS",
            None,
            id="guard-capitals",
        ),
        pytest.param(
            "Markets rally | Daily Sentinel", "Markets rally | Daily Sentinel", None, id="guard-short"
        ),
    ],
)
def test_an_outlets_name_after_the_headline_is_the_source(first: str, title: str, source: str | None) -> None:
    """An outlet's name in title case after a dash or a bar closing the headline's line, listed or ending
    with a newspaper's or an agency's word ("... - Daily Sentinel", "... | The Nation Herald"), is the source
    and no part of the title (before, the title kept it and the source was empty)."""
    header = parse_header(_page(first, "By Tom Hale", _DATE), reference_date=_REF)
    assert header.title is not None and header.title.text == title
    assert (header.source.name if header.source else None) == source
    assert [a.name for a in header.authors] == ["Tom Hale"]


def test_the_outlet_after_the_headline_gives_way_to_the_bylines() -> None:
    """The outlet after the headline is the source only when the byline credits none: the agency after
    the writer's name wins."""
    text = _page("Dockworkers end strike after pay offer - Daily Sentinel", "By Tom Hale, Reuters", _DATE)
    header = parse_header(text, reference_date=_REF)
    assert header.source is not None and header.source.name == "Reuters"
    assert header.title is not None and header.title.text == "Dockworkers end strike after pay offer"


def test_the_outlet_after_the_headline_keeps_its_span() -> None:
    """The source's span quotes the outlet's name on the headline's line."""
    text = _page("Senate delays vote on fuel subsidy | The Nation Herald", _DATE)
    header = parse_header(text, reference_date=_REF)
    assert header.source is not None
    assert text[header.source.start : header.source.end] == "The Nation Herald"
    assert header.title is not None and text[header.title.start : header.title.end] == header.title.text


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param("By the Africa desk", None, id="the-region-desk"),
        pytest.param("By the Moscow bureau", None, id="the-city-bureau"),
        pytest.param("By BBC Africa desk", "BBC", id="outlet-region-desk"),
        pytest.param("By the BBC's Africa desk", "BBC", id="possessive-outlet-desk"),
        pytest.param("By the editorial board", None, id="editorial-board"),
        pytest.param("By the Nation Herald team", "Nation Herald", id="paper-team"),
        pytest.param("By the RFE/RL Russian Service", "RFE/RL", id="service"),
        pytest.param("By the Kyodo News staff", "Kyodo News", id="agency-staff"),
        pytest.param("By the Telegraph's foreign staff", "The Telegraph", id="foreign-staff"),
        pytest.param("By Dawn Report", "Dawn", id="paper-report"),
        pytest.param("By Bulawayo Bureau", None, id="one-word-bureau"),
        pytest.param("By AFP/Reuters", "AFP", id="agencies-slash"),
        pytest.param("By the Kyiv Independent news desk", "Kyiv Independent", id="news-desk"),
        # guards: the paper's staff, agencies joined by "and", a staff title alone, our correspondent
        pytest.param("By Staff Reporter", None, id="guard-staff-reporter"),
        pytest.param("By AFP and Reuters", "AFP", id="guard-agencies-and"),
        pytest.param("By our Moscow correspondent", None, id="guard-our-correspondent"),
        pytest.param("By Reuters staff", "Reuters", id="guard-agency-staff"),
    ],
)
def test_a_desk_or_a_team_credited_as_the_byline_is_no_author(byline: str, source: str | None) -> None:
    """A desk, a bureau, a team or a service credited after "By" ("By the Africa desk", "By BBC Africa
    desk", "By the Telegraph's foreign staff") names nobody: no author, and the outlet among its words is the
    source; the byline is the credit as printed (before, some gave a person "Bbc Africa" or "Dawn Report",
    others a standfirst or no byline)."""
    header = parse_header(top(byline, _DATE), reference_date=_REF)
    assert header.byline is not None and header.byline.text == byline[3:]
    assert header.authors == ()
    assert header.subtitle is None
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value == "2026-12-02"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # guards: a person's name with the title after it; a person's name and a desk after a comma
        pytest.param("By Tendai Moyo Bulawayo Bureau", ["Tendai Moyo"], id="guard-name-then-bureau"),
        pytest.param("By Ann Lee, Africa desk", ["Ann Lee"], id="guard-name-comma-desk"),
        pytest.param("By Ann Lee/Reuters", ["Ann Lee"], id="guard-name-slash-agency"),
    ],
)
def test_a_writer_before_a_desk_stays_the_author(byline: str, authors: list[str]) -> None:
    """A writer's name before a desk's or a bureau's words stays the author."""
    header = parse_header(top(byline, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("lead", "place", "agency"),
    [
        pytest.param("KYIV / Ukrinform / The", "KYIV", "Ukrinform", id="spaced-slashes-no-dash"),
        pytest.param("KYIV/Ukrinform/ The", "KYIV", "Ukrinform", id="glued-slashes-no-dash"),
        pytest.param("Kyiv / Ukrinform / The", "Kyiv", "Ukrinform", id="mixed-case-place"),
        pytest.param("Ankara / Anadolu Agency - The", "Ankara", "Anadolu Agency", id="slash-agency-dash"),
        pytest.param("ANKARA / AA - The", "ANKARA", "AA", id="slash-initials-dash"),
        pytest.param("Baku / Trend / The", "Baku", "Trend", id="slash-agency-slash"),
        pytest.param("ISLAMABAD / APP - The", "ISLAMABAD", "APP", id="caps-slash-app"),
        pytest.param("Tashkent — UzA — The", "Tashkent", "UzA", id="agency-between-dashes"),
        pytest.param("BISHKEK - Kabar - The", "BISHKEK", "Kabar", id="kabar-between-dashes"),
        # guards: the agency in slashes closed by a dash; the agency after the dash and a stop
        pytest.param("KYIV /Ukrinform/ - The", "KYIV", "Ukrinform", id="guard-slashes-dash"),
        pytest.param("KYIV — Ukrinform. The", "KYIV", "Ukrinform", id="guard-dash-stop"),
    ],
)
def test_an_agency_after_a_slash_or_a_dash_in_the_dateline(lead: str, place: str, agency: str) -> None:
    """An agency in mixed case between slashes, after a slash before a dash, or between two dashes after
    the place ("KYIV / Ukrinform / The ...", "Ankara / Anadolu Agency - The ...", "Tashkent — UzA — The
    ...") is the dateline's agency and the source (before, no dateline was read, or no agency)."""
    text = "\n\n".join([HEADLINE, _DATE, f"{lead} {BODY[4:]}", BODY_2])
    header = parse_header(text, reference_date=_REF)
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency == agency
    assert header.source is not None and text[header.source.start : header.source.end] == agency
    assert text[header.body_start :].startswith("The government")


@pytest.mark.parametrize(
    ("lines", "published", "updated"),
    [
        pytest.param(
            ["Veröffentlicht am 01.12.2026", "Stand: 02.12.2026 14:05 Uhr"],
            "2026-12-01",
            "2026-12-02T14:05:00",
            id="published-then-stand",
        ),
        pytest.param(
            ["01.12.2026, 10:00 Uhr", "Stand: 02.12.2026 14:05 Uhr"],
            "2026-12-01T10:00:00",
            "2026-12-02T14:05:00",
            id="bare-date-then-stand",
        ),
        pytest.param(
            ["Stand: 02.12.2026 14:05 Uhr", "Veröffentlicht am 01.12.2026, 10:00 Uhr"],
            "2026-12-01T10:00:00",
            "2026-12-02T14:05:00",
            id="stand-then-published",
        ),
        pytest.param(
            ["Von Anna Berg", "01.12.2026", "Stand: 02.12.2026 14:05 Uhr"],
            "2026-12-01",
            "2026-12-02T14:05:00",
            id="writer-date-stand",
        ),
        # guards: "Stand" alone is the publication's date; the labels of German, French, Spanish and
        # Portuguese pages that already read right
        pytest.param(["Stand: 02.12.2026 14:05 Uhr"], "2026-12-02T14:05:00", None, id="guard-stand-alone"),
        pytest.param(
            ["Dezember 2026", "Stand: 02.12.2026 14:05 Uhr"],
            "2026-12-02T14:05:00",
            None,
            id="guard-month-over",
        ),
        pytest.param(
            ["Veröffentlicht am 01.12.2026 um 10:00 Uhr", "Aktualisiert am 02.12.2026 um 14:05 Uhr"],
            "2026-12-01T10:00:00",
            "2026-12-02T14:05:00",
            id="guard-german-labels",
        ),
        pytest.param(
            ["Publié le 1 décembre 2026 à 10h00 Mis à jour le 2 décembre 2026 à 14h05"],
            "2026-12-01T10:00:00",
            "2026-12-02T14:05:00",
            id="guard-french-labels",
        ),
        pytest.param(
            ["Publicado el 01/12/2026 a las 10:00 h. Actualizado el 02/12/2026 a las 14:05 h."],
            "2026-12-01T10:00:00",
            "2026-12-02T14:05:00",
            id="guard-spanish-labels",
        ),
        pytest.param(
            ["Publicado em 01/12/2026 - 10:00 Atualizado em 02/12/2026 - 14:05"],
            "2026-12-01T10:00:00",
            "2026-12-02T14:05:00",
            id="guard-portuguese-labels",
        ),
    ],
)
def test_the_date_after_stand_is_the_revision_under_another_date(
    lines: list[str], published: str, updated: str | None
) -> None:
    """German "Stand:" ("as of") dates the page's last revision: with another date in the header (labelled
    "Veröffentlicht", or bare over it) it is ``updated`` and the other ``published`` (before, the "Stand" date
    was ``published`` and nothing ``updated``); alone it stays the publication's date."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        pytest.param(["By Ravi Menon, Mint", "Updated: Dec 2, 2026 10:30 IST"], "+05:30", id="mint"),
        pytest.param(["By Ravi Menon | ThePrint", "Dec 2, 2026 10:30 IST"], "+05:30", id="theprint"),
        pytest.param(["By Ravi Menon, Firstpost", "Dec 2, 2026 10:30 IST"], "+05:30", id="firstpost"),
        pytest.param(["By Avi Cohen, JNS", "Dec 2, 2026 10:30 IST"], "+02:00", id="jns"),
        pytest.param(["By Aoife Byrne, Irish Examiner", "Jun 2, 2026 10:30 IST"], "+01:00", id="examiner"),
        pytest.param(["By Rahim Uddin, Prothom Alo", "Dec 2, 2026 10:30 PM BST"], "+06:00", id="prothom-alo"),
        pytest.param(["By Faisal Harbi, Arab News", "Dec 2, 2026 10:30 AST"], "+03:00", id="ast-arabia"),
        pytest.param(["By Omar Said, Kuwait Times", "Dec 2, 2026 10:30 AST"], "+03:00", id="ast-kuwait"),
        pytest.param(["By Ana Diaz, CMC", "Dec 2, 2026 10:30 AST"], "-04:00", id="ast-atlantic"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 IDT"], "+03:00", id="idt"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 MMT"], "+06:30", id="mmt"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 UZT"], "+05:00", id="uzt"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 GET"], "+04:00", id="get"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 AZT"], "+04:00", id="azt"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 KGT"], "+06:00", id="kgt"),
        # guards: zones that name one zone only; "IST" with no outlet keeps no offset (India, Israel and
        # Ireland print it alike)
        pytest.param(["By Tom Hale", "Updated: Dec 2, 2026 10:30 PKT"], "+05:00", id="guard-pkt"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 JST"], "+09:00", id="guard-jst"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 KST"], "+09:00", id="guard-kst"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 EAT"], "+03:00", id="guard-eat"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 WAT"], "+01:00", id="guard-wat"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 CAT"], "+02:00", id="guard-cat"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 MSK"], "+03:00", id="guard-msk"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 GST"], "+04:00", id="guard-gst"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 AEST"], "+10:00", id="guard-aest"),
        pytest.param(["By Tom Hale", "Dec 2, 2026 10:30 AEDT"], "+11:00", id="guard-aedt"),
        pytest.param(["By Tom Hale", "Updated: Dec 2, 2026 10:30 IST"], "", id="guard-ist-no-outlet"),
    ],
)
def test_a_zone_after_the_time_gives_its_offset(lines: list[str], value: str) -> None:
    """The zones of Israel's summer, Myanmar, Central Asia and the Caucasus give their offsets, and "IST",
    "BST" and "AST" take the offset of the outlet's country for more Indian, Israeli, Irish, Bangladeshi,
    Gulf and Caribbean outlets (before, the time kept no offset, or the outlet was not read)."""
    header = parse_header(top(*lines), reference_date=_REF)
    date = header.published or header.updated
    assert date is not None and date.value == date.value[:19] + value
    assert date.value[:10] in ("2026-12-02", "2026-06-02")


@pytest.mark.parametrize(
    ("lead", "place", "agency"),
    [
        pytest.param(
            "New Delhi, Dec 2 (PTI) The deadline for filing returns was extended by one month, an official"
            " said.",
            "New Delhi",
            "PTI",
            id="pti-by-in-the-lead",
        ),
        pytest.param(
            "Havana, Dec 2 (Prensa Latina) Cuba rejected new sanctions announced by Washington on Monday.",
            "Havana",
            "Prensa Latina",
            id="prensa-latina-by-in-the-lead",
        ),
        # guards: a short lead with no "by"; a writer and the agency, no place
        pytest.param(
            "New Delhi, Dec 2 (PTI) The government extended the deadline.",
            "New Delhi",
            "PTI",
            id="guard-no-by",
        ),
        pytest.param(
            "By Jane Doe (Reuters) The talks went on into the night.", None, None, id="guard-writer"
        ),
    ],
)
def test_a_by_in_the_lead_after_an_undashed_dateline(
    lead: str, place: str | None, agency: str | None
) -> None:
    """A dateline closed by the agency's brackets with no dash, as PTI and Prensa Latina print it, stays one
    when "by" comes later in the lead's sentence (before, a date before a "by" made the line a byline's, no
    dateline was read, and the agent of a passive, "Washington", became the author)."""
    header = parse_header(
        "\n\n".join(["Deadline for tax returns is extended again", lead, BODY_2]), reference_date=_REF
    )
    dl = header.dateline
    assert (dl.place if dl else None) == place
    assert (dl.agency if dl else None) == agency
    if place is not None:
        assert header.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("Author Jens Thurau", ["Jens Thurau"], id="author-no-colon"),
        pytest.param("Autor Jens Thurau", ["Jens Thurau"], id="autor-no-colon"),
        pytest.param("AUTHOR Jens Thurau", ["Jens Thurau"], id="author-capitals"),
        # guards: the colon; a sentence opening with the word
        pytest.param("Author: Jens Thurau", ["Jens Thurau"], id="guard-colon"),
        pytest.param("Author of the report says more funds are needed", [], id="guard-sentence"),
    ],
)
def test_the_writers_label_without_a_colon(line: str, authors: list[str]) -> None:
    """ "Author" or "Autor" over the name without a colon, as DW's pages print it ("Date 02.12.2026" /
    "Author Jens Thurau"), labels the writer (before, no author, or "Autor Jens Thurau" whole as the byline);
    never before a sentence."""
    header = parse_header(top(f"Date {_DATE}", line), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    if authors:
        assert header.byline is not None and header.byline.text == "Jens Thurau"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        pytest.param("THIRUVANANTHAPURAM, December 02, 2026 10:12 IST", "THIRUVANANTHAPURAM", id="kerala"),
        pytest.param("KOCHI, December 02, 2026 10:12 IST", "KOCHI", id="kochi"),
        pytest.param("GUWAHATI, December 02, 2026 10:12 IST", "GUWAHATI", id="guwahati"),
        pytest.param("SYLHET, December 02, 2026", "SYLHET", id="guard-sylhet"),
        # guard: a city that was known before
        pytest.param("CHENNAI, December 02, 2026 10:12 IST", "CHENNAI", id="guard-chennai"),
    ],
)
def test_a_state_capital_over_the_date_is_the_dateline(line: str, place: str) -> None:
    """A state capital or a large city of South Asia in capitals before the date, as The Hindu prints it
    under "Special Correspondent", is the dateline's place (before, only national capitals and a few large
    cities were known)."""
    header = parse_header(top("Special Correspondent", line), reference_date=_REF)
    assert header.dateline is not None and header.dateline.place == place
    assert header.published is not None and header.published.value.startswith("2026-12-02")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        pytest.param("Dawn Report", "Dawn", id="paper-report"),
        pytest.param("The Hindu Bureau", "The Hindu", id="paper-bureau"),
        pytest.param("Daily Sentinel News Desk", "Daily Sentinel", id="paper-news-desk"),
        # guards: a city's bureau and a report of nobody's name no outlet, and name no one
        pytest.param("Islamabad Bureau", None, id="guard-city-bureau"),
        pytest.param("Bureau Report", None, id="guard-bureau-report"),
    ],
)
def test_an_outlets_desk_on_its_own_line_is_no_author(line: str, source: str | None) -> None:
    """An outlet's name and its desk's or bureau's noun on a line of their own, without "By", as Dawn and
    The Hindu print it ("Dawn Report", "The Hindu Bureau"), names no one: the outlet alone is the source
    (before, "Dawn Report" was a writer and "The Hindu Bureau" the source's name whole)."""
    header = parse_header(top(line, _DATE), reference_date=_REF)
    assert header.authors == ()
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value == "2026-12-02"


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Autor", "Deutsch", _DATE], id="guard-autor-menu"),
        pytest.param(["Autor/Author", "Deutsch", _DATE], id="guard-bilingual-menu"),
    ],
)
def test_a_writers_label_alone_in_a_menu_names_no_one(lines: list[str]) -> None:
    """Guard: "Autor" alone on its line, a menu's entry over another ("Deutsch"), opens no byline."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert header.authors == ()
