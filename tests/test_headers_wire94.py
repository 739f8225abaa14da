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
