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
            "Picture: Police fire tear gas at protesters in the business district on Monday. /Reuters",
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
