"""Header lines met in the forty-first session's copy: a page's prompts under the headline (a newsletter's
sign-up, a reading time after its label), a revision label glued to the zone before it, a relative day and
its time joined by a preposition, a place and an agency alone on their line, a section's name before the
agency, a byline wrapped after its "and", a broadcaster's dateline with no brackets (and broken over three
lines), a Portuguese credit of the outlet and the place, a picture's credit as Reuters prints it. Tops
written for these tests, in the styles of the outlets named."""

from __future__ import annotations

import pytest

from geoquote import parse_header
from tests._header_helpers import TALKS_HEADLINE, TALKS_LEAD, TALKS_LEAD_2, TALKS_REFERENCE


@pytest.mark.parametrize(
    "prompt",
    [
        pytest.param("Subscribe to our newsletter", id="english-subscribe"),
        pytest.param("Newsletter abonnieren", id="german-newsletter"),
        pytest.param("Inscrivez-vous à notre newsletter", id="french-inscrivez"),
        pytest.param("Suscríbete a nuestro boletín", id="spanish-suscribete"),
        pytest.param("Iscriviti alla newsletter", id="italian-iscriviti"),
        pytest.param("Assine nossa newsletter", id="portuguese-assine"),
        pytest.param("Bültenimize abone olun", id="turkish-bulten"),
        pytest.param("Подпишитесь на нашу рассылку", id="russian-podpishites"),
        pytest.param("Follow us on Google News", id="follow-us-on"),
        pytest.param("Join our WhatsApp channel", id="join-channel"),
        pytest.param("Get the latest headlines sent to your inbox", id="inbox"),
        pytest.param("Reading time: 4 minutes", id="english-reading-time"),
        pytest.param("Temps de lecture : 3 min", id="french-reading-time"),
        pytest.param("Tiempo de lectura: 3 min", id="spanish-reading-time"),
        pytest.param("Tempo di lettura: 3 minuti", id="italian-reading-time"),
        pytest.param("Tempo de leitura: 3 min", id="portuguese-reading-time"),
        pytest.param("Okuma süresi: 3 dakika", id="turkish-reading-time"),
    ],
)
def test_a_pages_prompt_under_the_headline_is_no_standfirst(prompt: str) -> None:
    """A page's prompt alone on its line between the headline and the byline (a newsletter's sign-up, a
    prompt to follow the outlet elsewhere, a reading time after its label) is the page's furniture, no
    standfirst (before, it was the subtitle)."""
    text = "\n\n".join(
        [TALKS_HEADLINE, prompt, "By Jane Whitfield", "December 1, 2026", TALKS_LEAD, TALKS_LEAD_2]
    )
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.subtitle is None
    assert header.title is not None and header.title.text == TALKS_HEADLINE
    assert [a.name for a in header.authors] == ["Jane Whitfield"]
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    "standfirst",
    [
        pytest.param("Follow the money: who pays for the new harbour", id="guard-follow-the"),
        pytest.param("Newsletter readers back the reform, a poll finds", id="guard-newsletter-word"),
        pytest.param("Diplomats say a deal is unlikely before the spring", id="guard-plain"),
    ],
)
def test_a_standfirst_that_opens_like_a_prompt_stays_the_subtitle(standfirst: str) -> None:
    """A standfirst whose first words a prompt shares stays the subtitle (guard)."""
    text = "\n\n".join(
        [TALKS_HEADLINE, standfirst, "By Jane Whitfield", "December 1, 2026", TALKS_LEAD, TALKS_LEAD_2]
    )
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.subtitle is not None and header.subtitle.text == standfirst


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        pytest.param(
            "December 1, 2026 7:15 PM GMTUpdated 2 hours ago",
            "2026-12-01T19:15:00+00:00",
            "2026-12-02T18:00:00",
            id="gmt-updated-relative",
        ),
        pytest.param(
            "December 1, 20267:15 PM UTCUpdated 5 hours ago",
            "2026-12-01T19:15:00+00:00",
            "2026-12-02T15:00:00",
            id="year-and-time-glued-too",
        ),
        pytest.param(
            "Dec 1, 2026, 6:42 PM ETUpdated Dec 2, 2026, 9:10 AM ET",
            "2026-12-01T18:42:00-05:00",
            "2026-12-02T09:10:00-05:00",
            id="et-updated-date",
        ),
        pytest.param(
            "01.12.2026 18:45 MEZAktualisiert 02.12.2026 09:10 MEZ",
            "2026-12-01T18:45:00+01:00",
            "2026-12-02T09:10:00+01:00",
            id="german-mez-aktualisiert",
        ),
        pytest.param(
            "Published 1 Dec 2026 18:45 GMTLast updated 2 Dec 2026 09:10 GMT",
            "2026-12-01T18:45:00+00:00",
            "2026-12-02T09:10:00+00:00",
            id="gmt-last-updated",
        ),
        pytest.param(
            "Updated2 hours ago", "2026-12-02T18:00:00", "2026-12-02T18:00:00", id="count-glued-updated"
        ),
        pytest.param("Published5 hours ago", "2026-12-02T15:00:00", None, id="count-glued-published"),
        # guards: the label after a blank; a zone before a capitalised word after a blank
        pytest.param(
            "December 1, 2026 7:15 PM GMT Updated 2 hours ago",
            "2026-12-01T19:15:00+00:00",
            "2026-12-02T18:00:00",
            id="guard-spaced",
        ),
        pytest.param("Published 5 hours ago", "2026-12-02T15:00:00", None, id="guard-spaced-count"),
        pytest.param(
            "December 1, 2026 7:15 PM GMT", "2026-12-01T19:15:00+00:00", None, id="guard-zone-alone"
        ),
    ],
)
def test_a_label_glued_to_the_zone_or_count_before_it(line: str, published: str, updated: str | None) -> None:
    """A revision label glued to the time zone before it, as a page's text dump joins them ("7:15 PM
    GMTUpdated 2 hours ago"), and a relative date's count glued to its label ("Updated2 hours ago"): the
    zone is the publication time's and the label the revision's (before, the zone was lost and no revision
    read, or no date at all)."""
    text = "\n\n".join([TALKS_HEADLINE, "By Jane Whitfield\n" + line, TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated
    for dv in (header.published, header.updated):
        if dv is not None:
            assert text[dv.start : dv.end] == dv.text


@pytest.mark.parametrize(
    ("line", "published"),
    [
        pytest.param("Сегодня в 09:15", "2026-12-02T09:15:00", id="russian-today-v"),
        pytest.param("вчера в 18:45", "2026-12-01T18:45:00", id="russian-yesterday-v"),
        pytest.param("Сьогодні о 09:15", "2026-12-02T09:15:00", id="ukrainian-today-o"),
        pytest.param("Вчора о 18:45", "2026-12-01T18:45:00", id="ukrainian-yesterday-o"),
        pytest.param("Dnes v 9:15", "2026-12-02T09:15:00", id="czech-today-v"),
        pytest.param("Včera v 18:45", "2026-12-01T18:45:00", id="czech-yesterday-v"),
        pytest.param("Dün saat 18:45", "2026-12-01T18:45:00", id="turkish-yesterday-saat"),
        pytest.param("Bugün saat 09:15", "2026-12-02T09:15:00", id="turkish-today-saat"),
        # guards: a comma between them; the word for the day alone
        pytest.param("Сегодня, 09:15", "2026-12-02T09:15:00", id="guard-russian-comma"),
        pytest.param("вчера", "2026-12-01", id="guard-russian-day-alone"),
    ],
)
def test_a_relative_day_and_its_time_joined_by_a_preposition(line: str, published: str) -> None:
    """The word for today or yesterday and the time after the language's preposition ("сегодня в 09:15",
    "Сьогодні о 09:15", "Dnes v 9:15", "Dün saat 18:45") is the publication time (before, the time was
    lost, or no date read where the word needs its time)."""
    text = "\n\n".join(["Переговоры возобновились в Женеве", line, TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.published is not None and header.published.value == published
    assert header.published.text == line


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        pytest.param("Ankara / AA", "Ankara", "AA", id="ankara-aa"),
        pytest.param("ANKARA / AA", "ANKARA", "AA", id="caps-ankara-aa"),
        pytest.param("Kyiv / Ukrinform", "Kyiv", "Ukrinform", id="kyiv-ukrinform"),
        pytest.param("Islamabad / APP", "Islamabad", "APP", id="islamabad-app"),
        pytest.param("Berlin/dpa", "Berlin", "dpa", id="berlin-dpa-glued"),
        pytest.param("İstanbul / DHA", "İstanbul", "DHA", id="istanbul-dha"),
        pytest.param("Ankara / Anadolu Agency", "Ankara", "Anadolu Agency", id="agency-of-two-words"),
        # guard: the dot between them, as before
        pytest.param("Kyiv • UNN", "Kyiv", "UNN", id="guard-dot"),
    ],
)
def test_a_place_and_an_agency_alone_on_their_line(line: str, place: str, agency: str) -> None:
    """A known city and an agency after a slash alone on their line over the lead ("Ankara / AA",
    "Berlin/dpa", as Turkish and German pages print it) are the dateline and the source, no byline (before,
    the city was the author; "Ankara / Anadolu Agency" gave "Anadolu" and the body opened at "Agency")."""
    text = "\n\n".join([TALKS_HEADLINE, line, TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.authors == ()
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency is not None
    assert header.source is not None and text[header.source.start : header.source.end] == agency
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param("World | AFP", [], "AFP", id="world-afp"),
        pytest.param("Politics / Reuters", [], "Reuters", id="politics-reuters"),
        pytest.param("Middle East | AFP", [], "AFP", id="two-words-region"),
        pytest.param("Ekonomi / AA", [], "AA", id="turkish-section"),
        pytest.param("Wirtschaft | dpa", [], "dpa", id="german-section"),
        pytest.param("Internacional | EFE", [], "EFE", id="spanish-section"),
        # guards: a writer's name, one word of it a section's; a name shaped like a place
        pytest.param("Jane East | Reuters", ["Jane East"], "Reuters", id="guard-name-with-section-word"),
        pytest.param("Georgia Lee | AFP", ["Georgia Lee"], "AFP", id="guard-name-like-a-place"),
        pytest.param("Mehmet Yılmaz / AA", ["Mehmet Yılmaz"], "AA", id="guard-writer-slash-agency"),
    ],
)
def test_a_sections_name_before_the_agency_is_no_writer(line: str, authors: list[str], source: str) -> None:
    """A section's name before an agency's credit ("World | AFP", "Ekonomi / AA") credits the agency and
    no writer (before, the section was the author)."""
    text = "\n\n".join([TALKS_HEADLINE, line, "December 1, 2026", TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and text[header.source.start : header.source.end] == source


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["By Jane Whitfield and", "Tom Hale"], ["Jane Whitfield", "Tom Hale"], id="and-at-end"),
        pytest.param(
            ["By Jane Whitfield,", "Tom Hale and Ana Ruiz"],
            ["Jane Whitfield", "Tom Hale", "Ana Ruiz"],
            id="comma-at-end",
        ),
        pytest.param(["Von Anna Becker und", "Jonas Weber"], ["Anna Becker", "Jonas Weber"], id="german-und"),
        pytest.param(
            ["Par Marie Dupont et", "Julien Martin"], ["Marie Dupont", "Julien Martin"], id="french-et"
        ),
        pytest.param(
            ["Jane Whitfield and", "Tom Hale"], ["Jane Whitfield", "Tom Hale"], id="bare-and-at-end"
        ),
        pytest.param(
            ["By", "Jane Whitfield", "and", "Tom Hale"],
            ["Jane Whitfield", "Tom Hale"],
            id="and-on-its-own-line",
        ),
        pytest.param(
            ["Authors", "Jane Whitfield", "Tom Hale", "Ana Ruiz"],
            ["Jane Whitfield", "Tom Hale", "Ana Ruiz"],
            id="authors-label",
        ),
        pytest.param(
            ["Autores:", "Lucía Gómez", "Diego Ruiz"], ["Lucía Gómez", "Diego Ruiz"], id="autores-label"
        ),
        # guards: a title or an outlet under a comma; a name on the next line with no joining word
        pytest.param(["By Jane Whitfield,", "Diplomatic Editor"], ["Jane Whitfield"], id="guard-comma-title"),
        pytest.param(["By Jane Whitfield,", "BBC News"], ["Jane Whitfield"], id="guard-comma-outlet"),
        pytest.param(
            ["By Jane Whitfield and", "The Associated Press"], ["Jane Whitfield"], id="guard-and-outlet"
        ),
        pytest.param(
            ["Authors", "Jane Whitfield", "Diplomatic Editor"], ["Jane Whitfield"], id="guard-label-title"
        ),
        pytest.param(["By Jane Whitfield", "Tom Hale"], ["Jane Whitfield"], id="guard-no-joiner"),
    ],
)
def test_a_byline_wrapped_after_its_joining_word(lines: list[str], authors: list[str]) -> None:
    """A byline whose line closes with "and", "und", "et" or a comma, the names going on on the next line
    ("By Jane Whitfield and" / "Tom Hale"), the joining word alone on its line ("Jane Whitfield" / "and" /
    "Tom Hale"), or a name a line under "Authors" alone: every writer is an author (before, only the
    first)."""
    text = "\n\n".join([TALKS_HEADLINE, "\n".join(lines), "December 1, 2026", TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == authors
    assert header.byline is not None and text[header.byline.start : header.byline.end] == header.byline.text
    for a in header.authors:
        assert text[a.start : a.end] == a.text
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    ("top", "place"),
    [
        pytest.param("Hong Kong\nCNN\n — \n", "Hong Kong", id="broken-over-three-lines"),
        pytest.param("Washington\nCNN\n—\n\n", "Washington", id="broken-blank-line-after"),
        pytest.param("Cairo\nCNN\n — ", "Cairo", id="dash-then-lead"),
        pytest.param("Hong Kong CNN — ", "Hong Kong", id="one-line"),
        # guard: the agency in brackets, as before
        pytest.param("Hong Kong (CNN) — ", "Hong Kong", id="guard-brackets"),
    ],
)
def test_a_broadcasters_dateline_without_brackets(top: str, place: str) -> None:
    """A known city, a listed broadcaster with no brackets and a dash, as CNN's pages print the dateline
    ("Hong Kong CNN — ..."), and the same broken over three lines by a page's dump ("Hong Kong" / "CNN" /
    "—"), are the dateline, its agency and the source; the body opens after the dash (before, no dateline was
    read and the body opened at the city)."""
    text = "\n\n".join([TALKS_HEADLINE, "By Sarah Lane, CNN", "Updated 6:42 PM EST, Mon December 1, 2026"])
    text += "\n\n" + top + TALKS_LEAD + "\n\n" + TALKS_LEAD_2
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    dl = header.dateline
    assert dl is not None and dl.place == place and dl.agency == "CNN"
    assert text[dl.start : dl.end] == dl.text
    assert [a.name for a in header.authors] == ["Sarah Lane"]
    assert text[header.body_start :].startswith("Negotiators")


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("Cairo\nCNN\nDecember 1, 2026\n\n", id="guard-no-dash"),
        pytest.param("Sarah Lane CNN — ", id="guard-a-writer-not-a-city"),
    ],
)
def test_a_city_and_a_broadcaster_without_the_dash_are_no_dateline(top: str) -> None:
    """A city over the broadcaster's name with no dash, or a writer's name before it, is no dateline
    (guard)."""
    text = "\n\n".join([TALKS_HEADLINE, top + TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.dateline is None


_LEAD_PT = (
    "O governo federal anunciou nesta segunda-feira um novo pacote de medidas fiscais para equilibrar as"
    " contas públicas no próximo ano."
)


@pytest.mark.parametrize(
    ("lines", "authors", "source", "place"),
    [
        pytest.param(
            ["Por Ana Souza, da CNN, em Brasília"], ["Ana Souza"], "CNN", "Brasília", id="da-cnn-em"
        ),
        pytest.param(
            ["Por Ana Souza e Pedro Lima, da CNN, em São Paulo"],
            ["Ana Souza", "Pedro Lima"],
            "CNN",
            "São Paulo",
            id="two-writers-da-cnn-em",
        ),
        pytest.param(
            ["Ana Souza, do UOL, em Brasília"], ["Ana Souza"], "UOL", "Brasília", id="bare-do-uol-em"
        ),
        pytest.param(["Por Ana Souza, em Brasília"], ["Ana Souza"], None, "Brasília", id="em-alone"),
        pytest.param(["Por Ana Souza, g1 — Brasília"], ["Ana Souza"], "g1", "Brasília", id="g1-dash-city"),
        pytest.param(
            ["Por Ana Souza e Pedro Lima, g1 — Rio de Janeiro"],
            ["Ana Souza", "Pedro Lima"],
            "g1",
            "Rio de Janeiro",
            id="g1-dash-city-of-words",
        ),
        pytest.param(
            ["Ana Souza", "Do UOL, em Brasília"], ["Ana Souza"], "UOL", "Brasília", id="do-uol-under"
        ),
        pytest.param(
            ["Ana Souza", "Da Folha de S.Paulo, em Brasília"],
            ["Ana Souza"],
            "Folha de S.Paulo",
            "Brasília",
            id="da-folha-under",
        ),
        pytest.param(["Par Marie Dupont, à Bruxelles"], ["Marie Dupont"], None, "Bruxelles", id="french-a"),
        # guards: the outlet with no place; a title after the dash
        pytest.param(["Por Ana Souza, da CNN"], ["Ana Souza"], "CNN", None, id="guard-da-cnn"),
        pytest.param(["Por Ana Souza — Repórter"], ["Ana Souza"], None, None, id="guard-dash-title"),
    ],
)
def test_a_portuguese_credit_of_the_outlet_and_the_place(
    lines: list[str], authors: list[str], source: str | None, place: str | None
) -> None:
    """The outlet after "da"/"do" and the place after "em" closing a byline ("Por Ana Souza, da CNN, em
    Brasília", as CNN Brasil prints it), on the line under the writer ("Do UOL, em Brasília"), or the place
    after a dash ("Por Ana Souza, g1 — Brasília", as g1 prints it): the writers, the outlet as the source and
    the place as the dateline's (before, "da CNN, em Brasília" made the line a standfirst, and no place was
    read)."""
    text = "\n\n".join(["Governo anuncia novo pacote fiscal", "\n".join(lines), "01/12/2026 18h45", _LEAD_PT])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    assert (header.dateline.place if header.dateline else None) == place
    if header.dateline is not None:
        assert text[header.dateline.start : header.dateline.end] == header.dateline.text
    assert header.subtitle is None


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("REUTERS/Denis Balibouse/File Photo", id="reuters-file-photo"),
        pytest.param("A delegate arrives at the talks. REUTERS/Denis Balibouse/Pool", id="caption-then-pool"),
        pytest.param(
            "Delegates gather in Geneva on Monday. REUTERS/Denis Balibouse/Illustration/File Photo",
            id="caption-then-two-marks",
        ),
        pytest.param("REUTERS/Denis Balibouse", id="credit-alone"),
        pytest.param("A delegate arrives at the talks. REUTERS/Denis Balibouse", id="caption-credit"),
    ],
)
def test_an_agencys_photo_credit_with_its_marks_is_no_standfirst(credit: str) -> None:
    """A picture's credit as Reuters prints it, the agency in capitals, the photographer and the picture's
    marks after slashes ("REUTERS/Denis Balibouse/File Photo"), alone or closing the caption, is no
    standfirst (before, it was the subtitle)."""
    text = "\n\n".join([TALKS_HEADLINE, credit, "By Jane Whitfield", "Dec 1, 2026", TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.subtitle is None
    assert [a.name for a in header.authors] == ["Jane Whitfield"]


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param("AFP/Reuters", ["Jane Whitfield"], "AFP", id="guard-agencies"),
        pytest.param("DPA/AFP", ["Jane Whitfield"], "dpa", id="guard-agencies-caps"),
        pytest.param("AFP/Kyiv Post", ["Jane Whitfield"], "AFP", id="guard-agency-then-outlet"),
    ],
)
def test_a_credit_of_agencies_stays_the_source(line: str, authors: list[str], source: str) -> None:
    """A credit of two agencies between slashes ("AFP/Reuters") is no picture's credit: the first agency
    stays the source (guard)."""
    text = "\n\n".join([TALKS_HEADLINE, line, "By Jane Whitfield", "Dec 1, 2026", TALKS_LEAD, TALKS_LEAD_2])
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert [a.name for a in header.authors] == authors
    assert header.source is not None and header.source.name == source


def test_guard_a_labelled_date_in_a_long_first_paragraph() -> None:
    """A labelled date inside a long paragraph under the headline, as a page dumped without its line breaks
    gives it, is still read; the search for one reads a bounded stretch of such a line
    (benchmarks/bench_hostile.py measures a line of letters and digits)."""
    text = f"{TALKS_HEADLINE}\n{TALKS_LEAD} Published: 1 December 2026 " + TALKS_LEAD_2 * 40
    header = parse_header(text, reference_date=TALKS_REFERENCE)
    assert header.published is not None and header.published.value.startswith("2026-12-01")
    assert text[header.published.start : header.published.end] == header.published.text
