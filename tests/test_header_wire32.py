"""Header lines met in the thirty-second session's copy: government, ministry and NGO press releases, wire and
web pages in Spanish, Portuguese, Italian, Turkish, Polish and Indonesian, and bylines that credit several
people or an agency. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

_HEADLINE = "Foreign Minister Receives Credentials of New Ambassadors"
_BODY = (
    "The foreign minister received the credentials of four new ambassadors on Thursday and said the ministry"
    " would open two more consulates in the region next year."
)
_BODY_2 = "The ceremony was held at the ministry's guest house in the capital."


@pytest.mark.parametrize(
    ("marks", "published"),
    [
        pytest.param(["FOR IMMEDIATE RELEASE"], None, id="immediate-release"),
        pytest.param(["For immediate release: March 16, 2026"], "2026-03-16", id="release-with-date"),
        pytest.param(["Press Release No. 45/2026", "12.03.2026"], "2026-03-12", id="numbered-release"),
        pytest.param(["NEWS RELEASE", "For Immediate Release"], None, id="two-marks"),
        pytest.param(["EMBARGOED UNTIL 00:01 GMT, 17 March 2026"], "2026-03-17", id="embargo"),
        pytest.param(
            ["FOR IMMEDIATE RELEASE", "Media contact: Ines Varga, +32 2 555 0100"], None, id="contact"
        ),
        pytest.param(["Comunicado de prensa nº 12"], None, id="spanish-numbered"),
        pytest.param(["KOMUNIKAT PRASOWY"], None, id="polish"),
        pytest.param(["Siaran Pers"], None, id="indonesian"),
        pytest.param(["PRESS RELEASE"], None, id="guard-label-alone"),
    ],
)
def test_a_press_releases_marks_over_the_headline_are_no_title(
    marks: list[str], published: str | None
) -> None:
    """The filing words of a release, its number, embargo or contact stand over the headline, which is the
    title; a date among them is the release's."""
    text = "\n\n".join([*marks, _HEADLINE, _BODY, _BODY_2])
    header = parse_header(text)
    assert header.title is not None and header.title.text == _HEADLINE
    assert (header.published.value[:10] if header.published else None) == published
    assert text[header.body_start :].startswith("The foreign minister")


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("Press release angers opposition in Warsaw", id="headline-opening-with-the-words"),
        pytest.param("Contact group meets over Sudan truce", id="contact-with-no-colon"),
        pytest.param("Embargo lifted on Iranian crude exports", id="embargo-with-no-until"),
    ],
)
def test_a_headline_opening_with_a_marks_words_is_still_the_title(top: str) -> None:
    """A headline that goes on with a word after the words of a mark is the title."""
    text = "\n\n".join([top, "By Petra Lind", _BODY, _BODY_2])
    header = parse_header(text)
    assert header.title is not None and header.title.text == top
