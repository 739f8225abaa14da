"""Header lines met in the forty-second session's copy: wire services' tags and notes, Southeast Asian
outlets' header blocks, pages in Greek, Romanian, Hungarian, Czech, Indonesian and Vietnamese, syndication
and print lines, transcript and podcast pages, and dates printed only under the body. Tops written for
these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header
from geoquote._dates import search_date

from ._header_helpers import BODY, BODY_2

WIRE_DATELINE = "KYIV, Nov 29 (Reuters) - Ukraine extended the emergency rule on Sunday."


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        pytest.param(
            "UPDATE 3-Ukraine extends emergency rule", "Ukraine extends emergency rule", id="update"
        ),
        pytest.param("REFILE-Ukraine extends emergency rule", "Ukraine extends emergency rule", id="refile"),
        pytest.param(
            "CORRECTED-UPDATE 1-Ukraine extends emergency rule", "Ukraine extends emergency rule", id="chain"
        ),
        pytest.param("EXCLUSIVE-Kyiv weighs power imports", "Kyiv weighs power imports", id="exclusive"),
        pytest.param(
            "ANALYSIS-Grid attacks test Kyiv's reserves", "Grid attacks test Kyiv's reserves", id="kind"
        ),
        pytest.param(
            "UPDATE 2 - Ukraine extends emergency rule", "Ukraine extends emergency rule", id="spaced"
        ),
        pytest.param(
            "EXCLUSIVE: Kyiv weighs power imports", "EXCLUSIVE: Kyiv weighs power imports", id="guard-colon"
        ),
        pytest.param("Update-weary users shun app", "Update-weary users shun app", id="guard-word"),
        pytest.param("COVID-19 cases climb in Kyiv", "COVID-19 cases climb in Kyiv", id="guard-not-a-slug"),
    ],
)
def test_a_wire_slug_glued_to_the_headline_is_no_part_of_it(headline: str, title: str) -> None:
    """A wire's version or kind slug glued to the front of its headline by a hyphen ("UPDATE 3-",
    "REFILE-") is left out of the title; a label before a colon and a word that only looks like one stay."""
    header = parse_header("\n\n".join([headline, "By Jane Doe", WIRE_DATELINE, BODY, BODY_2]))
    assert header.title is not None and header.title.text == title
    assert [a.name for a in header.authors] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("byline", "date_line", "authors"),
    [
        pytest.param("Της Μαρίας Νικολάου", "29 Νοεμβρίου 2026", ["Μαρίας Νικολάου"], id="el-genitive"),
        pytest.param("Του Γιώργου Παπαδόπουλου", "29/11/2026", ["Γιώργου Παπαδόπουλου"], id="el-genitive-m"),
        pytest.param("Γράφει ο Γιώργος Παπαδόπουλος", "29/11/2026", ["Γιώργος Παπαδόπουλος"], id="el-writes"),
        pytest.param("Από τον Γιώργο Παπαδόπουλο", "29/11/2026", ["Γιώργο Παπαδόπουλο"], id="el-from"),
        pytest.param("Scris de Ion Popescu", "29 noiembrie 2026, 17:12", ["Ion Popescu"], id="ro-written"),
        pytest.param("Írta: Kovács Péter", "2026. 11. 29. 17:12", ["Kovács Péter"], id="hu-wrote"),
        pytest.param(
            "Oleh: Dian Pratiwi", "Minggu, 29 November 2026 | 17:12 WIB", ["Dian Pratiwi"], id="id-by"
        ),
        pytest.param(
            "WRITER: Somchai Wong", "PUBLISHED : 29 Nov 2026 at 17:12", ["Somchai Wong"], id="th-writer"
        ),
        pytest.param("Tác giả: Nguyễn Thị Lan", "29/11/2026 17:12", ["Nguyễn Thị Lan"], id="vi-author"),
        pytest.param("Oleh Petrenko", "29/11/2026", ["Oleh Petrenko"], id="guard-ukrainian-name"),
        pytest.param(
            "Της κυβέρνησης η απόφαση ήρθε μετά από πιέσεις", "29/11/2026", [], id="guard-el-standfirst"
        ),
    ],
)
def test_byline_words_of_greek_romanian_hungarian_indonesian_and_southeast_asian_pages(
    byline: str, date_line: str, authors: list[str]
) -> None:
    """The words that open a writer's credit on Greek ("Της", "Γράφει ο", "Από τον"), Romanian ("Scris de"),
    Hungarian ("Írta:"), Indonesian ("Oleh:"), Vietnamese ("Tác giả:") and Thai English ("WRITER:") pages
    give the names after them; a Greek article opening a sentence, and a bare "Oleh" given name, do not."""
    header = parse_header("\n\n".join(["Η κυβέρνηση παρατείνει τα μέτρα", byline, date_line, BODY, BODY_2]))
    assert [a.name for a in header.authors] == authors
    assert header.published is not None and header.published.value[:10] == "2026-11-29"


@pytest.mark.parametrize(
    ("note", "subtitle"),
    [
        pytest.param("(Adds quote from minister in paragraph 5)", None, id="adds"),
        pytest.param("(Updates prices, adds analyst comment throughout)", None, id="updates"),
        pytest.param("(Corrects spelling of the minister's name in paragraph 3)", None, id="corrects"),
        pytest.param("(Repeats with no change to text)", None, id="repeats"),
        pytest.param("[Recasts with ministry statement, adds byline]", None, id="square"),
        pytest.param(
            "(Kyiv extends the measures for three more months as attacks continue)",
            "(Kyiv extends the measures for three more months as attacks continue)",
            id="guard-standfirst",
        ),
    ],
)
def test_a_wires_note_on_its_new_version_is_no_standfirst(note: str, subtitle: str | None) -> None:
    """A wire's bracketed note under the headline on what its new version changed ("(Adds quote in
    paragraph 5)") is skipped, not read as the standfirst; a bracketed sentence of news still is one."""
    text = "\n\n".join(["Ukraine extends emergency rule", note, "By Jane Doe", WIRE_DATELINE, BODY])
    header = parse_header(text)
    assert (header.subtitle.text if header.subtitle else None) == subtitle
    assert [a.name for a in header.authors] == ["Jane Doe"]
    assert header.body_start == text.index("Ukraine extended")


LEAD = "Vláda v neděli oznámila nová opatření pro příští rok."


@pytest.mark.parametrize(
    ("place_line", "place"),
    [
        pytest.param(f"Hà Nội - {LEAD}", "Hà Nội", id="vi-hanoi-dash"),
        pytest.param(f"Đà Nẵng - {LEAD}", "Đà Nẵng", id="vi-danang-dash"),
        pytest.param(f"Hradec Králové - {LEAD}", "Hradec Králové", id="cs-two-words-dash"),
        pytest.param(f"Quezon City - {LEAD}", "Quezon City", id="ph-city-dash"),
        pytest.param(f"Johor Bahru - {LEAD}", "Johor Bahru", id="my-city-dash"),
        pytest.param("Brüsszel, 29.11.2026", "Brüsszel", id="hu-brussels-date"),
        pytest.param("Bécs, 29.11.2026", "Bécs", id="hu-vienna-date"),
        pytest.param("Varšava, 29.11.2026", "Varšava", id="cs-warsaw-date"),
        pytest.param("Moscova, 29.11.2026", "Moscova", id="ro-moscow-date"),
        pytest.param("Βρυξέλλες, 29.11.2026", "Βρυξέλλες", id="el-brussels-date"),
        pytest.param("Hà Nội, 29.11.2026", "Hà Nội", id="vi-hanoi-date"),
        pytest.param("Surabaya, 29.11.2026", "Surabaya", id="id-surabaya-date"),
        pytest.param(f"Velká Ves - {LEAD}", None, id="guard-unlisted-two-words"),
        pytest.param("Nová Data, 29.11.2026", None, id="guard-unlisted-date"),
    ],
)
def test_cities_by_their_names_in_central_european_and_southeast_asian_languages_are_places(
    place_line: str, place: str | None
) -> None:
    """A capital or a large city printed by its Greek, Romanian, Hungarian, Czech, Indonesian or Vietnamese
    name, or a large Southeast Asian city of two words, before a dash or with the story's date, is the
    dateline's place; two capitalised words that name no listed city are not."""
    text = "\n\n".join(
        ["Vláda prodlouží opatření", "Autor: Jan Novák", "29. 11. 2026 17:12", place_line, BODY]
    )
    header = parse_header(text)
    assert (header.dateline.place if header.dateline else None) == place
    assert [a.name for a in header.authors] == ["Jan Novák"]


@pytest.mark.parametrize(
    "outlet",
    [
        "Rappler",
        "The Philippine Star",
        "Malaysiakini",
        "CNN Indonesia",
        "Tempo.co",
        "VnExpress International",
        "The Irrawaddy",
        "Khaosod English",
        "Kathimerini",
        "Digi24",
        "HotNews",
        "Telex",
        "Novinky.cz",
    ],
)
def test_southeast_asian_and_central_european_outlets_are_sources_never_persons(outlet: str) -> None:
    """A Southeast Asian, Greek, Romanian, Hungarian or Czech outlet credited after its writer ("By Jane Doe
    | Rappler"), on its own line under the name, or printed over the headline, is the story's source and
    no author."""
    dated = ["Nov 29, 2026", BODY, BODY_2]
    for lines in (["By Jane Doe | " + outlet], ["Jane Doe", outlet]):
        header = parse_header("\n\n".join(["Ukraine extends emergency rule", *lines, *dated]))
        assert [a.name for a in header.authors] == ["Jane Doe"]
        assert header.source is not None and header.source.name == outlet
    header = parse_header("\n\n".join([outlet, "Ukraine extends emergency rule", *dated]))
    assert header.authors == ()
    assert header.source is not None and header.source.name == outlet
    assert header.title is not None and header.title.text == "Ukraine extends emergency rule"


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["By Jane Doe | Ana Ruiz"], ["Jane Doe", "Ana Ruiz"], id="guard-two-names"),
        pytest.param(["Politics", "By Jane Doe"], ["Jane Doe"], id="guard-section-label"),
    ],
)
def test_names_and_labels_beside_an_outlets_place_stay_what_they_are(
    lines: list[str], authors: list[str]
) -> None:
    """A second name after a bar and a section's label under the headline are no outlet."""
    header = parse_header("\n\n".join(["Ukraine extends emergency rule", *lines, "Nov 29, 2026", BODY]))
    assert [a.name for a in header.authors] == authors
    assert header.source is None


@pytest.mark.parametrize(
    ("headline", "credit", "authors"),
    [
        pytest.param("Episode 212: Ukraine's winter", "Hosted by Jane Doe", ["Jane Doe"], id="hosted-by"),
        pytest.param(
            "Episode 212: Ukraine's winter",
            "Hosts: Jane Doe and Mark Pell",
            ["Jane Doe", "Mark Pell"],
            id="hosts",
        ),
        pytest.param("Transcript: Ukraine's winter", "Host: Jane Doe", ["Jane Doe"], id="host-label"),
        pytest.param("Transcript: Ukraine's winter", "Presenter: Jane Doe", ["Jane Doe"], id="presenter"),
        pytest.param(
            "Forum on Ukraine's winter", "Hosted by the Atlantic Council", [], id="guard-event-host"
        ),
    ],
)
def test_a_podcasts_or_transcripts_host_line_is_its_byline(
    headline: str, credit: str, authors: list[str]
) -> None:
    """A podcast's or a broadcast transcript's page credits its host ("Hosted by Jane Doe", "Host: Jane Doe")
    where an article credits its writer; an event's host that is an organisation is no author."""
    header = parse_header("\n\n".join([headline, credit, "November 29, 2026", BODY, BODY_2]))
    assert [a.name for a in header.authors] == authors
    assert header.title is not None and header.title.text == headline


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("By Brookings Institution", [], id="by-institution"),
        pytest.param("By International Crisis Group", [], id="by-group"),
        pytest.param("Hosted by Atlantic Council", [], id="hosted-by-council"),
        pytest.param("Atlantic Council", [], id="bare-council"),
        pytest.param("By Jane Doe, Atlantic Council", ["Jane Doe"], id="writer-and-institution"),
        pytest.param("By Jane Doe and Mark Pell", ["Jane Doe", "Mark Pell"], id="guard-two-writers"),
        pytest.param(
            "By the Wilson Center and Chatham House",
            [],
            id="house-is-a-surname-word",
            marks=pytest.mark.xfail(
                strict=True, reason="'House' is left out of the institution words: it is also a surname"
            ),
        ),
    ],
)
def test_an_institution_credited_where_a_writer_stands_is_no_author(credit: str, authors: list[str]) -> None:
    """A think tank, a university or another institution credited in a byline or a host line ("By Brookings
    Institution", "Hosted by Atlantic Council") is no person; a writer named beside one still is."""
    header = parse_header("\n\n".join(["Ukraine's winter of blackouts", credit, "November 29, 2026", BODY]))
    assert [a.name for a in header.authors] == authors


NOTE = "A first draft gave the wrong length for the three-month measures."


@pytest.mark.parametrize(
    ("lines", "published", "updated"),
    [
        pytest.param(
            ["By Jane Doe", BODY, f"Correction, Nov. 30, 2026: {NOTE}"],
            "2026-11-30",
            "2026-11-30",
            id="foot-only",
        ),
        pytest.param(
            ["By Jane Doe", "Nov. 29, 2026", BODY, f"Correction, Nov. 30, 2026: {NOTE}"],
            "2026-11-29",
            "2026-11-30",
            id="foot-under-a-dated-top",
        ),
        pytest.param(
            ["By Jane Doe", "Published Nov. 29, 2026", "Correction: Nov. 30, 2026", BODY],
            "2026-11-29",
            "2026-11-30",
            id="top",
        ),
        pytest.param(
            ["By Jane Doe", "Clarification: Nov. 30, 2026", BODY],
            "2026-11-30",
            "2026-11-30",
            id="clarification",
        ),
        pytest.param(
            [
                "By Jane Doe",
                BODY,
                "Corrections: write to the desk about any error.",
                "Posted on Nov. 29, 2026",
            ],
            "2026-11-29",
            None,
            id="guard-undated-corrections-line",
        ),
    ],
)
def test_a_dated_correction_note_is_the_storys_revision(
    lines: list[str], published: str, updated: str | None
) -> None:
    """A dated correction's or clarification's note ("Correction, Nov. 30, 2026: An earlier version ...") is
    the day the story was revised; it is the article's date only when no other is printed."""
    header = parse_header("\n\n".join(["Ukraine extends emergency rule", *lines, BODY_2]))
    assert header.published is not None and header.published.value[:10] == published
    assert (header.updated.value[:10] if header.updated else None) == updated


@pytest.mark.parametrize(
    ("lead", "place", "source"),
    [
        pytest.param(
            "Bratislava 29. novembra (TASR) - Vláda oznámila nové opatrenia.", "Bratislava", "TASR", id="sk"
        ),
        pytest.param(
            "Košice 29. novembra (TASR) - Mesto oznámilo nové opatrenia.", "Košice", "TASR", id="sk-city"
        ),
        pytest.param(
            "Praha 29. listopadu (ČTK) - Vláda oznámila nová opatření.", "Praha", "ČTK", id="cs-mixed"
        ),
        pytest.param(
            "PRAHA 29. listopadu (ČTK) - Vláda oznámila nová opatření.", "PRAHA", "ČTK", id="guard-caps"
        ),
        pytest.param(
            "Jana Nováková 29. listopadu (ČTK) - Vláda oznámila opatření.", None, None, id="guard-name"
        ),
    ],
)
def test_a_place_in_mixed_case_and_its_day_without_a_comma_before_an_agency(
    lead: str, place: str | None, source: str | None
) -> None:
    """A place in mixed case, its day and month with no comma, then an agency in brackets and a dash
    ("Bratislava 29. novembra (TASR) -", as the Slovak agency prints it) is a dateline; words of a name
    before the day are no place unless they are a listed city's."""
    header = parse_header("\n\n".join(["Vláda predĺži opatrenia", lead, BODY]))
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.source.name if header.source else None) == source
    if place is not None:
        assert header.dateline is not None and header.dateline.date is not None
        assert header.dateline.date.value[5:10] == "11-29"


@pytest.mark.parametrize(
    ("date_line", "value"),
    [
        pytest.param("Ngày 29 tháng 11 năm 2026", "2026-11-29", id="long"),
        pytest.param("Chủ nhật, ngày 29 tháng 11 năm 2026, 17:12", "2026-11-29T17:12:00", id="weekday-time"),
        pytest.param("Cập nhật: 5 tháng 1 năm 2026", "2026-01-05", id="one-digit-month"),
        pytest.param("29 tháng 11, 2026", "2026-11-29", id="comma"),
        pytest.param("29/11/2026 17:12", "2026-11-29T17:12:00", id="guard-numeric"),
    ],
)
def test_a_vietnamese_long_date_is_read(date_line: str, value: str) -> None:
    """A Vietnamese long date, the day, "tháng" ("month") and its number, "năm" ("year") and the year, is
    the story's date."""
    header = parse_header("\n\n".join(["Chính phủ gia hạn biện pháp", "Nguyễn Thị Lan", date_line, BODY]))
    assert header.published is not None and header.published.value == value
    assert [a.name for a in header.authors] == ["Nguyễn Thị Lan"]


@pytest.mark.parametrize("phrase", ["cách đây 3 tháng 12 người bị thương", "trong tháng 11 năm nay"])
def test_a_count_of_months_in_vietnamese_is_no_date(phrase: str) -> None:
    """Months counted or named without a year ("3 tháng 12 người", three months, twelve people) are none."""
    assert search_date(phrase) is None


AP_DATELINE = "KYIV, Ukraine (AP) — The government said on Sunday it would extend the measures."


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        pytest.param(
            ["BC-EU--Ukraine-Grid, 1st Ld-Writethru", "Ukraine extends emergency rule"],
            "Ukraine extends emergency rule",
            None,
            id="slug-over-headline",
        ),
        pytest.param(
            ["BC-US-Budget-Vote,0512", "Ukraine extends emergency rule"],
            "Ukraine extends emergency rule",
            None,
            id="slug-with-word-count",
        ),
        pytest.param(
            ["Ukraine extends emergency rule", "Eds: Updates with minister's comments. With AP Photos."],
            "Ukraine extends emergency rule",
            None,
            id="eds-note",
        ),
        pytest.param(
            ["BC-backed party wins seats in the Yukon vote"],
            "BC-backed party wins seats in the Yukon vote",
            None,
            id="guard-headline-opening-with-bc",
        ),
        pytest.param(
            ["Ukraine extends emergency rule", "Eds say the cuts will hurt the region's schools badly"],
            "Ukraine extends emergency rule",
            "Eds say the cuts will hurt the region's schools badly",
            id="guard-standfirst",
        ),
    ],
)
def test_the_aps_slug_line_and_note_to_editors_are_no_headline_nor_standfirst(
    lines: list[str], title: str, subtitle: str | None
) -> None:
    """The Associated Press's slug line over a story ("BC-EU--Ukraine-Grid, 1st Ld-Writethru") and its note
    to editors under the headline ("Eds: Updates with ...") are a wire's routing, skipped."""
    header = parse_header("\n\n".join([*lines, "By JANE DOE", "Associated Press", AP_DATELINE, BODY]))
    assert header.title is not None and header.title.text == title
    assert (header.subtitle.text if header.subtitle else None) == subtitle
    assert [a.name for a in header.authors] == ["Jane Doe"]
    assert header.source is not None and header.source.name == "Associated Press"


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        pytest.param(["detikNews", "Ukraine extends emergency rule"], "detikNews", id="masthead"),
        pytest.param(["iDNES.cz", "Ukraine extends emergency rule"], "iDNES.cz", id="masthead-domain"),
        pytest.param(["Ukraine extends emergency rule", "By Jane Doe | detikNews"], "detikNews", id="credit"),
        pytest.param(
            ["Ukraine extends emergency rule", "Jane Doe", "eKathimerini"], "eKathimerini", id="line"
        ),
        pytest.param(["Ukraine extends emergency rule", "By Jane Doe | newsDesk"], None, id="guard-unlisted"),
    ],
)
def test_a_listed_outlet_printed_in_camel_case_is_the_source(lines: list[str], source: str | None) -> None:
    """A listed outlet whose brand opens in lower case ("detikNews", "iDNES.cz", "eKathimerini") is the
    source over the headline or after its writer, as one that opens with a capital is."""
    header = parse_header("\n\n".join([*lines, "Nov 29, 2026", BODY, BODY_2]))
    assert (header.source.name if header.source else None) == source
    assert header.title is not None and header.title.text == "Ukraine extends emergency rule"


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Dian Pratiwi - detikNews", ["Dian Pratiwi"], "detikNews", id="portal"),
        pytest.param("Dian Pratiwi – Reuters", ["Dian Pratiwi"], "Reuters", id="en-dash-agency"),
        pytest.param("By Dian Pratiwi - Rappler", ["Dian Pratiwi"], "Rappler", id="by"),
        pytest.param(
            "Dian Pratiwi and Budi Santoso - CNN Indonesia",
            ["Dian Pratiwi", "Budi Santoso"],
            "CNN Indonesia",
            id="two-names",
        ),
        pytest.param("Pemerintah - Reuters", [], None, id="guard-one-word"),
    ],
)
def test_names_a_dash_and_an_outlet_credit_the_writer_and_the_source(
    credit: str, authors: list[str], source: str | None
) -> None:
    """Names, a dash between blanks and a listed outlet or agency ("Dian Pratiwi - detikNews", as Indonesian
    portals print the reporter's line) give the authors and the source; a single word before it is no name."""
    text = "\n\n".join(
        ["Pemerintah perpanjang subsidi untuk petani", credit, "Minggu, 29 Nov 2026 17:12 WIB", BODY]
    )
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
