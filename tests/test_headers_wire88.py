"""Header lines met in the eighty-eighth session's copy: regional English-language dailies in Africa and
South Asia, think-tank pages, newsletters and wire copy. Photo captions and links to other stories under the
headline. Tops written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2, HEADLINE, top

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


def _lead(*lines: str, lead: str) -> str:
    """An article with header ``lines`` under the headline and ``lead`` as its first paragraph."""
    return "\n\n".join([HEADLINE, *lines, lead, BODY_2])


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        pytest.param(
            "Dar es Salaam. The government has opened the second section of the railway line.",
            "Dar es Salaam",
            id="three-words",
        ),
        pytest.param(
            "Kisumu. Traders at the lakeside market said prices had doubled.", "Kisumu", id="one-word"
        ),
        pytest.param(
            "Nairobi. Mr. Ruto said on Monday that the levy would stay.", "Nairobi", id="abbreviation"
        ),
        # guards: a list of places; a word that is no city; a place in capitals
        pytest.param("Madrid. Mallorca. Ibiza. Three cities, one summer of protests.", None, id="guard-list"),
        pytest.param("Later. The talks resumed behind closed doors in the capital.", None, id="guard-word"),
        pytest.param(
            "KAMPALA. The central bank kept its rate unchanged on Monday.", "KAMPALA", id="guard-caps"
        ),
    ],
)
def test_a_known_city_and_a_full_stop_open_the_lead(lead: str, place: str | None) -> None:
    """A known city in mixed case and a full stop opening the lead ("Dar es Salaam. The government ...") is
    the dateline, and the body starts after it (before, no dateline); not a list of places, nor a word."""
    text = _lead("By Tom Hale", _DATE, lead=lead)
    header = parse_header(text, reference_date=_REF)
    assert (header.dateline.place if header.dateline else None) == place
    if place is not None:
        assert text[header.body_start :].startswith(lead[len(place) + 2 :])


@pytest.mark.parametrize(
    ("lines", "place", "date"),
    [
        pytest.param(["Madrid - DEC 01, 2026 - 14:20 CET"], "Madrid", "2026-12-01", id="dash-time"),
        pytest.param(["Nairobi — 1 December 2026"], "Nairobi", "2026-12-01", id="em-dash"),
        pytest.param(["By Ana Ruiz", "Madrid – 1 December 2026"], "Madrid", "2026-12-01", id="under-byline"),
        # guards: the comma and the bullet; a label, no city, before the dash
        pytest.param(["LONDON, 1 December 2026"], "LONDON", "2026-12-01", id="guard-comma"),
        pytest.param(["Kyiv • 1 Dec 2026"], "Kyiv", "2026-12-01", id="guard-bullet"),
        pytest.param(["Updated - December 1, 2026"], None, None, id="guard-label"),
    ],
)
def test_a_place_a_dash_and_a_date_on_their_line(
    lines: list[str], place: str | None, date: str | None
) -> None:
    """A known city, a dash between blanks and a date alone on their line ("Madrid - DEC 01, 2026 - 14:20
    CET", as El País's English edition prints it) are the dateline with its date (before, no dateline)."""
    header = parse_header(top(*lines), reference_date=_REF)
    dl = header.dateline
    assert (dl.place if dl else None) == place
    assert (dl.date.value[:10] if dl and dl.date else None) == date


@pytest.mark.parametrize(
    ("lead", "place", "agency", "date"),
    [
        pytest.param("Wien, am 1. Dezember 2026 (APA) - ", "Wien", "APA", "2026-12-01", id="am-year"),
        pytest.param("Berlin, am 1. Dezember (dpa) - ", "Berlin", "dpa", "2026-12-01", id="am-no-year"),
        pytest.param("Berlin, den 1. Dezember 2026 - ", "Berlin", None, "2026-12-01", id="den"),
        # guards: no article; the French article
        pytest.param("Wien, 1. Dezember 2026 (APA) - ", "Wien", "APA", "2026-12-01", id="guard-no-article"),
        pytest.param("Paris, le 1 décembre 2026 (AFP) - ", "Paris", "AFP", "2026-12-01", id="guard-le"),
    ],
)
def test_a_german_day_after_its_article(lead: str, place: str, agency: str | None, date: str) -> None:
    """A German dateline's day after "am" or "den" and its ordinal stop ("Wien, am 1. Dezember 2026 (APA)
    -") is the dateline's date, the stop no end of the dateline (before, no dateline at all)."""
    header = parse_header(_lead(lead=lead + BODY), reference_date=_REF)
    dl = header.dateline
    assert dl is not None and (dl.place, dl.agency) == (place, agency)
    assert dl.date is not None and dl.date.value[:10] == date


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        pytest.param(["Shahbaz Rana", _DATE, "ISLAMABAD:"], "ISLAMABAD", id="under-date"),
        pytest.param(["By Tom Hale", "KARACHI:"], "KARACHI", id="under-byline"),
        pytest.param(["NEW DELHI:"], "NEW DELHI", id="two-words"),
        # guards: a label and its colon; the place alone
        pytest.param(["By Tom Hale", "UPDATE:"], None, id="guard-label"),
        pytest.param(["By Tom Hale", "ANKARA"], "ANKARA", id="guard-alone"),
    ],
)
def test_a_place_in_capitals_and_a_colon_alone_on_their_line(lines: list[str], place: str | None) -> None:
    """A known city in capitals and a colon alone on their line over the lead ("ISLAMABAD:", the line broken
    after the colon) is the dateline (before, no dateline); a label is none."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert (header.dateline.place if header.dateline else None) == place


_MINISTRY = "Ministry of Agriculture and Rural Development"


@pytest.mark.parametrize(
    ("lines", "source", "subtitle"),
    [
        pytest.param(["PRESS RELEASE", _MINISTRY, _DATE], _MINISTRY, None, id="under-mark"),
        pytest.param([_MINISTRY, "Press Release", _DATE], _MINISTRY, None, id="over-mark"),
        pytest.param(
            ["GOVERNMENT OF ANAMBRA STATE", "Office of the Governor", f"Press Statement | {_DATE}"],
            "GOVERNMENT OF ANAMBRA STATE",
            None,
            id="two-lines",
        ),
        # guards: the mark alone; a standfirst about a ministry; a sentence under the mark
        pytest.param(["Press Release", _DATE], None, None, id="guard-mark-alone"),
        pytest.param(
            ["Ministry officials say the plan will cost more than expected", _DATE],
            None,
            "Ministry officials say the plan will cost more than expected",
            id="guard-standfirst",
        ),
        pytest.param(
            ["PRESS RELEASE", "The ministry said the plan would cost more than expected", _DATE],
            None,
            "The ministry said the plan would cost more than expected",
            id="guard-sentence",
        ),
    ],
)
def test_the_body_issuing_a_press_release(lines: list[str], source: str | None, subtitle: str | None) -> None:
    """A government body's name on its own line beside a press release's mark ("PRESS RELEASE" /
    "Ministry of Agriculture and Rural Development") is the source, no standfirst (before, the subtitle)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert (header.source.name if header.source else None) == source
    assert (header.subtitle.text if header.subtitle else None) == subtitle


@pytest.mark.parametrize(
    ("line", "authors", "place"),
    [
        pytest.param("From Ana Ruiz in Nairobi", ["Ana Ruiz"], "Nairobi", id="from-in"),
        pytest.param("From Ana Ruiz and Tom Beck in Nairobi", ["Ana Ruiz", "Tom Beck"], "Nairobi", id="two"),
        pytest.param("Ana Ruiz reports from Nairobi", ["Ana Ruiz"], "Nairobi", id="reports-from"),
        pytest.param("Ana Ruiz, reporting from Kyiv", ["Ana Ruiz"], "Kyiv", id="reporting-from"),
        # guards: a standfirst opening with "From" and a place; a role, no name, before "reports"; a place
        # for the name
        pytest.param("From Nairobi to Lagos, a journey through the continent", [], None, id="guard-journey"),
        pytest.param("The minister reports from Nairobi", [], None, id="guard-role"),
        pytest.param("From South Africa in Nairobi", [], None, id="guard-country"),
    ],
)
def test_a_reporter_and_the_city_filed_from(line: str, authors: list[str], place: str | None) -> None:
    """A broadcaster's credit line naming its reporter and the city filed from ("From Ana Ruiz in Nairobi",
    "Ana Ruiz reports from Nairobi") is the byline and the dateline's place (before, the standfirst)."""
    header = parse_header(top(line, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        pytest.param(["Ana Ruiz (@anaruiz)", _DATE], ["Ana Ruiz"], id="handle-in-brackets"),
        pytest.param(["Words: Ana Ruiz", _DATE], ["Ana Ruiz"], id="words-label"),
        pytest.param(["Words: Ana Ruiz | Photos: Tom Beck", _DATE], ["Ana Ruiz"], id="words-photos"),
        pytest.param(
            ["Ana Ruiz is a senior fellow at the Africa Centre.", _DATE],
            ["Ana Ruiz"],
            id="note-under-headline",
        ),
        # guards: a handle without brackets; "Words by"; a byline over the note; a standfirst that opens
        # with a name and no post
        pytest.param(["By Ana Ruiz @anaruiz", _DATE], ["Ana Ruiz"], id="guard-handle"),
        pytest.param(["Words by Ana Ruiz", _DATE], ["Ana Ruiz"], id="guard-words-by"),
        pytest.param(
            ["By Tom Beck", "Ana Ruiz is a senior fellow at the Africa Centre.", _DATE],
            ["Tom Beck"],
            id="guard-byline-over-note",
        ),
        pytest.param(
            ["Ana Ruiz is back in parliament after a year away.", _DATE], [], id="guard-standfirst-name"
        ),
    ],
)
def test_more_writer_lines(lines: list[str], authors: list[str]) -> None:
    """A name and a handle in brackets ("Ana Ruiz (@anaruiz)"), the label "Words:" before a name, and an
    author's note under the headline ("Ana Ruiz is a senior fellow at ...") credit the writer (before, no
    writer); a byline stays the writer over a note."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("line", "place", "source"),
    [
        pytest.param("BAGHDAD / Dec 1, 2026 / INA", "BAGHDAD", "INA", id="slashes"),
        pytest.param("December 1, 2026 / KOCHI", "KOCHI", None, id="place-after-slash"),
        pytest.param("NEW DELHI | December 1, 2026 | PTI", "NEW DELHI", "PTI", id="bars"),
        pytest.param("NEW DELHI, December 1, 2026 | PTI", "NEW DELHI", "PTI", id="comma-bar"),
        # guard: a dash before the agency, no place
        pytest.param("Updated - December 1, 2026 10:12 pm IST - PTI", None, "PTI", id="guard-dash-agency"),
    ],
)
def test_a_place_a_date_and_an_agency_between_slashes(
    line: str, place: str | None, source: str | None
) -> None:
    """A date line that opens with a city and closes with an agency after a slash or a bar ("BAGHDAD / Dec 1,
    2026 / INA", "NEW DELHI | December 1, 2026 | PTI") credits the agency, as a date line with no city did
    (before, no source); a place in capitals after a slash closing a date line is the dateline's place, as
    after a dash."""
    header = parse_header(top(line), reference_date=_REF)
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("Commentary | 1 December 2026 | Ana Ruiz", ["Ana Ruiz"], id="kind-date-name"),
        pytest.param("Analysis | Ana Ruiz | 1 December 2026", ["Ana Ruiz"], id="kind-name-date"),
        pytest.param("Analysis • Ana Ruiz • 1 December 2026", ["Ana Ruiz"], id="bullets"),
        pytest.param(
            "Report | Ana Ruiz and Tom Beck | 1 December 2026", ["Ana Ruiz", "Tom Beck"], id="two-writers"
        ),
        # guards: the kind and a date alone; the kind before "By"
        pytest.param("News | December 1, 2026", [], id="guard-no-name"),
        pytest.param("Opinion | By Ana Ruiz | 1 December 2026", ["Ana Ruiz"], id="guard-by"),
    ],
)
def test_the_kind_of_piece_opening_a_credit_line(line: str, authors: list[str]) -> None:
    """The kind of piece opening a line of credits apart by bars or bullets ("Commentary | 1 December 2026 |
    Ana Ruiz", as think tanks print it) is no part of them: the writer is read (before, none), and the
    date."""
    header = parse_header(top(line), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert header.published is not None and header.published.value == "2026-12-01"


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        pytest.param(["By Ana Ruiz", "Nairobi, Kenya", _DATE], "Nairobi", id="by"),
        pytest.param(["Ana Ruiz", "Dakar, Senegal", _DATE], "Dakar", id="bare-name"),
        # guards: a title and the city; the city and a date; an agency for the city
        pytest.param(["By Ana Ruiz", "Senior Correspondent, Warsaw", _DATE], "Warsaw", id="guard-role"),
        pytest.param(["By Ana Ruiz", f"Nairobi, Kenya | {_DATE}"], "Nairobi", id="guard-with-date"),
        pytest.param(["By Ana Ruiz", "Reuters, Kenya", _DATE], None, id="guard-agency"),
    ],
)
def test_a_city_and_its_country_under_the_writer(lines: list[str], place: str | None) -> None:
    """A known city and its country alone on the line under the writer ("By Ana Ruiz" / "Nairobi, Kenya")
    is where the story was filed: the dateline's place (before, none)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == ["Ana Ruiz"]
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("line", "authors", "place"),
    [
        pytest.param("By Ana Ruiz, Nairobi, Kenya", ["Ana Ruiz"], "Nairobi", id="by"),
        pytest.param("Ana Ruiz, Dakar, Senegal", ["Ana Ruiz"], "Dakar", id="bare"),
        pytest.param(
            "By Ana Ruiz and Tom Beck, Nairobi, Kenya", ["Ana Ruiz", "Tom Beck"], "Nairobi", id="two"
        ),
        pytest.param(f"By Ana Ruiz, Kampala, Uganda | {_DATE}", ["Ana Ruiz"], "Kampala", id="then-date"),
        # guards: the city alone; three writers; an agency before the country
        pytest.param("By Ana Ruiz, Abuja", ["Ana Ruiz"], "Abuja", id="guard-city-alone"),
        pytest.param(
            "By Ana Ruiz, Tom Beck, Li Wei", ["Ana Ruiz", "Tom Beck", "Li Wei"], None, id="guard-three"
        ),
        pytest.param("By Ana Ruiz, Reuters, Kenya", ["Ana Ruiz"], None, id="guard-agency"),
    ],
)
def test_a_city_and_its_country_after_the_writer(line: str, authors: list[str], place: str | None) -> None:
    """A known city and its country after the writer's name on the byline ("By Ana Ruiz, Nairobi, Kenya")
    are where the story was filed (before, the city was a second writer)."""
    header = parse_header(top(line, _DATE), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.dateline.place if header.dateline else None) == place
