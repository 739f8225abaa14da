"""Header lines met in the eighty-eighth session's copy: regional English-language dailies in Africa and
South Asia, think-tank pages, newsletters and wire copy. Photo captions and links to other stories under the
headline. Tops written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import top

_REF = dt.datetime(2026, 12, 1, 20, 0)
_DATE = "December 1, 2026"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Image caption: A coast guard ship sails near a disputed shoal on Sunday. (File photo)",
            id="image-caption-colon",
        ),
        pytest.param("Caption: Traders at the grain market in Kano on Monday.", id="caption"),
        pytest.param(
            "Picture: Police fire tear gas at protesters in the central business district of the capital"
            " on Monday. /Reuters",
            id="picture-long",
        ),
        pytest.param(
            "PHOTO: Residents carry their belongings through floodwater in the coastal town on Sunday.",
            id="photo-capitals-long",
        ),
        pytest.param("A worker sorts tea leaves at a factory. PHOTO | FILE", id="photo-file-after"),
        pytest.param("Voters queue outside a polling station. FILE PHOTO", id="file-photo-after"),
        pytest.param("Read more: Naira hits new low against the dollar", id="read-more"),
        pytest.param("Also Read: Treasury plans a new bond sale", id="also-read"),
        pytest.param("RELATED: Court halts tax on mobile transfers", id="related-capitals"),
        pytest.param("Read next: Why the port strike matters", id="read-next"),
    ],
)
def test_a_caption_or_a_link_under_the_headline_is_no_standfirst(line: str) -> None:
    """A photo's caption after its label of any length ("Image caption: ...", "Picture: ..." over 80
    characters), a caption closed by "PHOTO | FILE" and a link to another story with its label ("Read more:
    ...", "Also Read: ...") under the headline are no standfirst (before, each was the subtitle)."""
    header = parse_header(top(line, "By Tom Hale", _DATE), reference_date=_REF)
    assert header.subtitle is None
    assert [a.name for a in header.authors] == ["Tom Hale"]
    assert header.published is not None and header.published.value == "2026-12-01"


@pytest.mark.parametrize(
    ("line", "subtitle"),
    [
        # guards: a short credit after the label; a standfirst that mentions a photo or reading; a
        # standfirst opening with a word of the labels but no colon
        pytest.param("Photo: Reuters", None, id="guard-short-credit"),
        pytest.param(
            "Growers say a photo of the flooded fields tells the story of the season",
            "Growers say a photo of the flooded fields tells the story of the season",
            id="guard-photo-word",
        ),
        pytest.param(
            "Read the fine print and the deal looks less generous than billed",
            "Read the fine print and the deal looks less generous than billed",
            id="guard-read-word",
        ),
        pytest.param(
            "Related talks in Geneva ended without a date for the next round",
            "Related talks in Geneva ended without a date for the next round",
            id="guard-related-word",
        ),
    ],
)
def test_a_standfirst_like_a_caption_or_a_link_stays(line: str, subtitle: str | None) -> None:
    """A standfirst that opens with "Read" or "Related" with no colon, or mentions a photo, stays the
    subtitle; a short credit after "Photo:" stays no subtitle."""
    header = parse_header(top(line, "By Tom Hale", _DATE), reference_date=_REF)
    assert (header.subtitle.text if header.subtitle else None) == subtitle
    assert [a.name for a in header.authors] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("An analysis by Kwame Mensah", ["Kwame Mensah"], id="an-analysis"),
        pytest.param("A commentary by Helena Virtanen", ["Helena Virtanen"], id="a-commentary"),
        pytest.param("A weekly column by Ana Ruiz", ["Ana Ruiz"], id="a-weekly-column"),
        pytest.param("An essay by Marco Bellini and Lena Hofer", ["Marco Bellini", "Lena Hofer"], id="two"),
        # guards: the kind alone before the name; an article, the kind and a sentence after "by"
        pytest.param("Analysis by Kwame Mensah", ["Kwame Mensah"], id="guard-no-article"),
        pytest.param(
            "An analysis by the central bank found that prices rose in the north", [], id="guard-sentence"
        ),
    ],
)
def test_the_kind_of_piece_with_its_article_before_by(line: str, authors: list[str]) -> None:
    """An article and the kind of piece before "by" and names ("An analysis by Kwame Mensah", "A weekly
    column by Ana Ruiz") credit the writers (before, the line was the standfirst), never before a sentence."""
    header = parse_header(top(line, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param(
            "Your weekly briefing on African politics, by Amara Diallo", ["Amara Diallo"], id="comma"
        ),
        pytest.param("Notes from the campaign trail — by Kofi Boateng", ["Kofi Boateng"], id="dash"),
        pytest.param(
            "What the pact means for the Baltic states, by Helena Virtanen",
            ["Helena Virtanen"],
            id="question",
        ),
        # guards: a count after "by"; the agent of a verb in the passive; a writer credited with "writes"
        pytest.param("Prices rose again in the north, by Tuesday's count", [], id="guard-count"),
        pytest.param(
            "Plans for the new port were unveiled on Monday, by President William Ruto",
            [],
            id="guard-passive",
        ),
        pytest.param("The bill has been signed into law, by Governor Ann Lee", [], id="guard-been"),
        pytest.param("Prices are falling again, writes Jane Doe", ["Jane Doe"], id="guard-writes"),
    ],
)
def test_a_standfirst_closed_by_by_and_a_name(line: str, authors: list[str]) -> None:
    """A standfirst that ends with a comma or a dash, "by" and a person's name ("Your weekly briefing on
    African politics, by Amara Diallo") credits its writer (before, no writer); not after a verb in the
    passive, whose agent "by" names."""
    header = parse_header(top(line, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param("Klaus Becker | 01/12/2026", ["Klaus Becker"], None, id="name-bar-date"),
        pytest.param("01/12/2026 | Klaus Becker", ["Klaus Becker"], None, id="date-bar-name"),
        pytest.param("Klaus Becker, 01/12/2026", ["Klaus Becker"], None, id="name-comma-date"),
        pytest.param("Klaus Becker/Reuters | 01/12/2026", ["Klaus Becker"], "Reuters", id="agency-slash"),
        pytest.param(
            "Klaus Becker | Reuters | 01/12/2026 09:14", ["Klaus Becker"], "Reuters", id="agency-bar-time"
        ),
        # guards: the date in dots; "By" before the name
        pytest.param("Klaus Becker | 01.12.2026", ["Klaus Becker"], None, id="guard-dots"),
        pytest.param("By Klaus Becker | 1/12/2026", ["Klaus Becker"], None, id="guard-by"),
    ],
)
def test_a_date_in_slashes_beside_the_writer(line: str, authors: list[str], source: str | None) -> None:
    """A date written with slashes ("01/12/2026") beside a writer's name on the byline is a date, not a
    separator: the writer and the agency are read (before, no writer), and the date too."""
    header = parse_header(top(line), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value.startswith("2026-1")
