"""Header lines met in the ninety-fourth session's copy: each contributor's part in brackets after the name,
a common word that is also an agency's name closing the story, a network's name under a desk's credit, a
headline of two words under a page's navigation. Tops written for these tests, in the styles of the outlets
named."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

_REF = dt.datetime(2026, 12, 2, 20, 0)
_LEAD = (
    "The regional parliament voted late on Tuesday to extend the ferry subsidy for another year, after a"
    " debate that ran past midnight."
)
_LEAD_2 = "Opposition members said the money would be better spent on the harbour road."


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("Anna Becker (Text) und Jonas Weber (Fotos)", ["Anna Becker"], id="german-bare"),
        pytest.param("Von Anna Becker (Text) und Jonas Weber (Fotos)", ["Anna Becker"], id="german-von"),
        pytest.param("By Ola Nilsen (words) and Tom Hale (photos)", ["Ola Nilsen"], id="english-by"),
        pytest.param(
            "Anna Becker und Max Roth (Text), Jonas Weber (Fotos), Lea Sommer (Video)",
            ["Anna Becker", "Max Roth"],
            id="two-writers-two-makers",
        ),
        pytest.param("Por Lucía Gómez (texto) y Diego Ruiz (fotos)", ["Lucía Gómez"], id="spanish-por"),
    ],
)
def test_the_writer_credited_for_the_text_is_the_author(line: str, authors: list[str]) -> None:
    """Each contributor's part in brackets after the name ("Anna Becker (Text) und Jonas Weber (Fotos)", as
    magazines credit a photo essay): the text's writers are the authors and the photographers none, the
    line as printed the byline (before, the photographer's bracket made the line a photo's caption and no
    author was read)."""
    text = "\n\n".join(["Fähre bleibt bezahlbar", line + "\n01.12.2026", _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert header.byline is not None and text[header.byline.start : header.byline.end] == header.byline.text
    assert header.byline.text.endswith(")")
    for a in header.authors:
        assert text[a.start : a.end] == a.text


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Ferry passengers queue at the harbour on Tuesday (Photo)", id="caption-photo"),
        pytest.param("Ferry passengers queue at the harbour (Foto: Jonas Weber/dpa)", id="caption-credit"),
    ],
)
def test_a_caption_closed_by_a_photo_credit_stays_no_byline(line: str) -> None:
    """A photo's caption whose bracket credits a picture, with no writer's part before it, stays a caption:
    no author (guard)."""
    text = "\n\n".join(["Fähre bleibt bezahlbar", line, "01.12.2026", _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert header.authors == ()


@pytest.mark.parametrize(
    ("last", "source"),
    [
        pytest.param("Mehr.", None, id="german-more"),
        pytest.param("Mehr", None, id="german-more-no-stop"),
        pytest.param("Trend", None, id="english-word"),
        # guards: the agency signs in brackets, between slashes or after a dash; an agency no word spells
        pytest.param("(Mehr)", "Mehr", id="guard-brackets"),
        pytest.param("/Mehr/", "Mehr", id="guard-slashes"),
        pytest.param("— Trend", "Trend", id="guard-dash"),
        pytest.param("Tasnim", "Tasnim", id="guard-no-word"),
    ],
)
def test_a_common_word_alone_under_the_story_signs_nothing(last: str, source: str | None) -> None:
    """An agency's name that is also a common word ("Mehr", German "more", a page's link) alone on the
    story's last line is that word, no sign-off; in brackets, between slashes or after a dash it signs the
    copy (before, "Mehr." made the Mehr agency the source)."""
    text = "\n\n".join(["Fähre bleibt bezahlbar", "01.12.2026", _LEAD, _LEAD_2, last])
    header = parse_header(text, reference_date=_REF)
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("outlet", "source"),
    [
        pytest.param("Asia News Network", "Asia News Network", id="asia-news-network"),
        pytest.param("Harbour Media Network", "Harbour Media Network", id="media-network"),
        pytest.param("Coastal News Service", "Coastal News Service", id="news-service"),
        # guard: a network that is no outlet's ("Power Network") is not credited
        pytest.param("National Power Network", None, id="guard-power-network"),
    ],
)
def test_a_networks_name_under_a_desks_credit_is_the_source(outlet: str, source: str | None) -> None:
    """A news network's or service's name ("Asia News Network", "Religion News Service") on the line under
    the desk's credit is the source (before, no source was read: the words end with no newspaper's word)."""
    text = "\n\n".join(
        ["Floods displace thousands", "News Desk\n" + outlet, "December 1, 2026", _LEAD, _LEAD_2]
    )
    header = parse_header(text, reference_date=_REF)
    assert header.authors == ()
    assert (header.source.name if header.source else None) == source
    if header.source is not None:
        assert text[header.source.start : header.source.end] == header.source.text


@pytest.mark.parametrize(
    ("trail", "title"),
    [
        pytest.param("Home\nTruce holds", "Truce holds", id="home"),
        pytest.param("Home\nWorld\nPrices soar", "Prices soar", id="home-section"),
    ],
)
def test_a_two_word_headline_under_the_navigation(trail: str, title: str) -> None:
    """A headline of two words in sentence case ("Truce holds") under a page's navigation, over the byline,
    is the title (before, "Home" was)."""
    text = "\n\n".join([trail, "By Somchai Wongsa\nDecember 1, 2026", _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert header.title is not None and header.title.text == title
    assert [a.name for a in header.authors] == ["Somchai Wongsa"]


def test_a_lists_heading_under_home_is_no_headline() -> None:
    """Guard: a list's heading of two words ("Top stories") under "Home", over a headline, is no title."""
    headline = "Regional parliament extends the ferry subsidy for a year"
    text = "\n\n".join(["Home\nTop stories\n" + headline, "By Somchai Wongsa\nDecember 1, 2026", _LEAD])
    header = parse_header(text, reference_date=_REF)
    assert header.title is not None and header.title.text == headline


@pytest.mark.parametrize(
    ("outlet_line", "source", "place"),
    [
        pytest.param("BBC News, Manchester", "BBC News", "Manchester", id="town-no-gazetteer-knows"),
        pytest.param("BBC News, West Midlands", "BBC News", "West Midlands", id="region-of-two-words"),
        pytest.param("BBC News, Business", "BBC News", None, id="desk"),
        pytest.param("BBC News, Technology reporter", "BBC News", None, id="writers-title"),
        # guards: a city the gazetteer knows was read so before; an outlet's name alone stays whole
        pytest.param("BBC News, Lagos", "BBC News", "Lagos", id="guard-listed-city"),
        pytest.param("Nation Media Group", "Nation Media Group", None, id="guard-outlet-alone"),
    ],
)
def test_an_outlet_and_a_town_or_desk_under_the_writer(
    outlet_line: str, source: str, place: str | None
) -> None:
    """A listed outlet, a comma and a town no gazetteer need know ("BBC News, Manchester"), or its desk or
    the writer's title ("BBC News, Business"), under the writer's name: the outlet is the source, the town
    where the story was filed (before, the whole line was the source's name)."""
    text = "\n\n".join(
        ["Floods hit northern towns", "Ola Nilsen\n" + outlet_line, "1 December 2026", _LEAD, _LEAD_2]
    )
    header = parse_header(text, reference_date=_REF)
    assert [a.name for a in header.authors] == ["Ola Nilsen"]
    assert header.source is not None and header.source.name == source
    assert text[header.source.start : header.source.end] == header.source.text
    dl = header.dateline
    assert (dl.place if dl else None) == place


@pytest.mark.parametrize(
    ("line", "source", "updated"),
    [
        pytest.param("Imran Gul | Dawn.com Published December 1, 2026", "Dawn.com", None, id="web-address"),
        pytest.param("Imran Gul | Reuters Published December 1, 2026", "Reuters", None, id="agency"),
        pytest.param(
            "Imran Gul | Dawn.com Published December 1, 2026 Updated December 2, 2026",
            "Dawn.com",
            "2026-12-02",
            id="two-labels",
        ),
        # guards: a bar before the label was read so before; a name with no credit keeps no source
        pytest.param("Imran Gul | Dawn.com | Published December 1, 2026", "Dawn.com", None, id="guard-bar"),
        pytest.param("Imran Gul Published December 1, 2026", None, None, id="guard-no-credit"),
    ],
)
def test_a_writer_and_an_outlet_over_a_labelled_date_after_a_blank(
    line: str, source: str | None, updated: str | None
) -> None:
    """A writer, a bar, the outlet and a labelled date after a blank ("Imran Gul | Dawn.com Published
    December 1, 2026", as Pakistani pages print it): the outlet is the source (before, the date was read as
    part of the outlet's name and no source was found)."""
    text = "\n\n".join(["Senate passes budget amid walkout", line, _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert [a.name for a in header.authors] == ["Imran Gul"]
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value == "2026-12-01"
    assert (header.updated.value if header.updated else None) == updated


@pytest.mark.parametrize(
    ("headline", "under", "place"),
    [
        pytest.param("Floods Hit Northern Towns", "Reporting from Kyiv", "Kyiv", id="title-case-listed-city"),
        pytest.param("Floods Hit Northern Towns", "Reporting from Leeds", "Leeds", id="title-case-town"),
        pytest.param(
            "Floods hit northern towns", "Reporting from Leeds, England", "Leeds", id="town-and-country"
        ),
        pytest.param("Floods hit northern towns", "Reporting from Leeds", "Leeds", id="sentence-case-town"),
        # guards: a title-case headline over the byline alone, and a place-like line of no reporting
        pytest.param("Floods Hit Northern Towns", None, None, id="guard-no-place-line"),
        pytest.param("Floods hit northern towns", "in Brief", None, id="guard-in-a-word"),
    ],
)
def test_a_title_case_headline_over_the_byline_and_where_it_was_filed(
    headline: str, under: str | None, place: str | None
) -> None:
    """A headline of four words in title case over "By ..." and "Reporting from <town>" (as American papers
    print it) stays the title, the byline's name the author and the town where the story was filed, one no
    gazetteer need know and maybe its country after a comma (before, the byline was taken for a section's
    label over a headline "Reporting from Kyiv", and no author was read)."""
    lines = ["By Ola Nilsen", *([under] if under else []), "Dec. 1, 2026"]
    text = "\n\n".join([headline, "\n".join(lines), _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert header.title is not None and header.title.text == headline
    assert [a.name for a in header.authors] == ["Ola Nilsen"]
    dl = header.dateline
    assert (dl.place if dl else None) == place
    if dl is not None:
        assert text[dl.start : dl.end] == dl.text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("Rohan Deshmukh / Dec 1, 2026, 23:45 IST", ["Rohan Deshmukh"], id="date-and-time"),
        pytest.param("Rohan Deshmukh / Updated: Dec 1, 2026, 23:45 IST", ["Rohan Deshmukh"], id="labelled"),
        pytest.param("Rohan Deshmukh / 01/12/2026", ["Rohan Deshmukh"], id="numeric-date"),
        # guards: an agency between the slashes was read so before; a section's name and a city are no writer
        pytest.param("Rohan Deshmukh / TNN / Dec 1, 2026", ["Rohan Deshmukh"], id="guard-agency"),
        pytest.param("Politics / Dec 1, 2026", [], id="guard-section"),
        pytest.param("Mumbai / Dec 1, 2026", [], id="guard-city"),
    ],
)
def test_a_writers_name_a_slash_and_the_date(line: str, authors: list[str]) -> None:
    """A writer's name, a slash and the date, maybe labelled ("Rohan Deshmukh / Dec 1, 2026, 23:45 IST", as
    Indian pages print it): the name is the writer's (before, the slash was taken for a credit's separator
    and no writer was read)."""
    text = "\n\n".join(["Civic body to raise water tax", line, _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    date = header.published or header.updated
    assert date is not None and date.value.startswith("2026-12-01")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("Ola Nilsen North of England correspondent", ["Ola Nilsen"], id="region-with-of"),
        pytest.param("Ola Nilsen South of France reporter", ["Ola Nilsen"], id="region-reporter"),
        # guards: a one-word field was read so before; a particle of a name is no "of"
        pytest.param("Ola Nilsen Environment correspondent", ["Ola Nilsen"], id="guard-field"),
        pytest.param("Jan van Dijk Transport editor", ["Jan van Dijk"], id="guard-particle"),
        pytest.param("Ola Nilsen Middle East correspondent", ["Ola Nilsen"], id="region-of-two-words"),
        pytest.param("Ola Nilsen South Asia editor", ["Ola Nilsen"], id="compass-and-region"),
        # guard: a surname that is a compass word before a field keeps its place in the name
        pytest.param(
            "Mary Anne North Environment correspondent", ["Mary Anne North"], id="guard-surname-north"
        ),
    ],
)
def test_a_writers_name_glued_to_a_regional_title(line: str, authors: list[str]) -> None:
    """A writer's name, then the title in sentence case with a region of "<word> of <place>" ("Ola Nilsen
    North of England correspondent", as the Guardian prints it) or a region of two words ("Middle East
    correspondent"), over the date: the writer alone is the
    author (before, the line was read as a standfirst and no author was found)."""
    text = "\n\n".join(["Floods hit northern towns", line + "\nMon 1 Dec 2026 18.05 GMT", _LEAD, _LEAD_2])
    header = parse_header(text, reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert header.published is not None and header.published.value == "2026-12-01T18:05:00+00:00"
