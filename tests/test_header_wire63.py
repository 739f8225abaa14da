"""Header lines met in the sixty-third session's copy: the header styles of English-language outlets of Latin
America, of Australia, New Zealand and the Pacific, of Pakistan, Bangladesh, Nepal and Sri Lanka, and of
reporting on courts and tribunals. Tops written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import top

_REF = dt.datetime(2026, 11, 30, 20, 0)


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["Colombia Reports", "November 30, 2026"], [], "Colombia Reports", id="colombia-alone"),
        pytest.param(
            ["By Mariana Ortiz, Colombia Reports", "November 30, 2026"],
            ["Mariana Ortiz"],
            "Colombia Reports",
            id="colombia-after-writer",
        ),
        pytest.param(["By Ben Cartwright, AAP", "November 30, 2026"], ["Ben Cartwright"], "AAP", id="aap"),
        pytest.param(["By Ella Morton", "Stuff", "30 November 2026"], ["Ella Morton"], "Stuff", id="stuff"),
        pytest.param(["Ella Morton|Stuff", "30 November 2026"], ["Ella Morton"], "Stuff", id="stuff-bar"),
        pytest.param(["RNZ Pacific", "7:14 pm on 30 November 2026"], [], "RNZ Pacific", id="rnz-pacific"),
        pytest.param(["1News", "30 November 2026, 9:41pm"], [], "1News", id="1news"),
        pytest.param(["Star Report", "Sun Nov 30, 2026 09:41 PM"], [], "Star Report", id="star-report"),
        pytest.param(["JURIST Staff", "November 30, 2026"], [], "JURIST", id="jurist-staff"),
        # guards: outlets read before (a newspaper's word closing the name), a writer alone
        pytest.param(
            ["By Ravi Thapa", "The Kathmandu Post", "November 30, 2026"],
            ["Ravi Thapa"],
            "The Kathmandu Post",
            id="guard-kathmandu-post",
        ),
        pytest.param(["Mexico News Daily", "November 30, 2026"], [], "Mexico News Daily", id="guard-listed"),
        pytest.param(["By Ella Morton", "30 November 2026"], ["Ella Morton"], None, id="guard-writer"),
    ],
)
def test_outlets_of_the_new_styles_are_sources_never_persons(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """English-language outlets of Latin America, Australia, New Zealand, the Pacific and South Asia, and
    outlets reporting on international justice, credited alone or beside a writer, are the source ("Colombia
    Reports" over the date was a writer's name)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Kate Rowe | 1News", ["Kate Rowe"], "1News", id="digit-first"),
        pytest.param("Jan Weber / taz", ["Jan Weber"], "taz", id="lower-case-slash"),
        pytest.param("Claire Morel | franceinfo", ["Claire Morel"], "franceinfo", id="lower-case-bar"),
        # guards: listed brands read before (a web address, capitalised words), a particle in a writer's name
        pytest.param("By Rafiq Ahmed, bdnews24.com", ["Rafiq Ahmed"], "bdnews24.com", id="guard-web-address"),
        pytest.param(
            "Thierry Verdier, Justice Info", ["Thierry Verdier"], "Justice Info", id="guard-two-words"
        ),
        pytest.param("Jan Weber, tagesschau.de", ["Jan Weber"], "tagesschau.de", id="guard-domain"),
        pytest.param("Kate Rowe | Stuff", ["Kate Rowe"], "Stuff", id="guard-capital"),
        pytest.param("Pieter van Dijk", ["Pieter van Dijk"], None, id="guard-particle"),
    ],
)
def test_a_listed_outlet_spelt_as_listed_after_the_writer_is_the_source(
    credit: str, authors: list[str], source: str | None
) -> None:
    """A listed outlet whose name opens with a digit or a lower-case letter ("1News", "taz", "franceinfo"),
    spelt exactly as listed after the writer's name and a bar, slash or comma, is the credit's source (before,
    no source, or none and no writer for "Jan Weber / taz")."""
    header = parse_header(top(credit, "30 November 2026, 9:41pm"), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Jane Tully, RNZ political reporter", "RNZ", id="rnz"),
        pytest.param("Kate Rowe, Stuff senior business reporter", "Stuff", id="stuff-two-words"),
        pytest.param("Kate Rowe, 1News political editor", "1News", id="digit-brand"),
        pytest.param("Kate Rowe, AAP foreign affairs correspondent", "AAP", id="agency"),
        # guards: a title in capitals after the outlet, a title alone, a place before the title
        pytest.param("Imran Qadir, Dawn Staff Reporter", "Dawn", id="guard-capitals"),
        pytest.param("Kate Rowe, senior political reporter", None, id="guard-title-alone"),
        pytest.param("Kate Rowe, Wellington political reporter", None, id="guard-place"),
    ],
)
def test_an_outlet_before_a_title_in_lower_case_is_the_source(credit: str, source: str | None) -> None:
    """A listed outlet or agency before the writer's title in lower case ("Jane Tully, RNZ political
    reporter", as RNZ and 1News sign) is the source by its own name, not with the title (before, the source
    "RNZ political reporter", or none for "1News political editor")."""
    text = top(credit, "30 November 2026, 9:41pm")
    header = parse_header(text, reference_date=_REF)
    assert [a.name for a in header.authors] == [credit.split(",")[0]]
    assert (header.source.name if header.source else None) == source
    if header.source is not None:
        assert text[header.source.start : header.source.end] == header.source.text


@pytest.mark.parametrize(
    ("lines", "published", "updated"),
    [
        pytest.param(
            ["Noa Segal | Ynetnews", "Published: 11.05.26, 14:05"], "2026-11-05T14:05:00", None, id="byline"
        ),
        pytest.param(
            ["Ynetnews", "Published: 11.05.26, 14:05", "Updated: 11.06.26, 09:10"],
            "2026-11-05T14:05:00",
            "2026-11-06T09:10:00",
            id="both-labels",
        ),
        pytest.param(["Ynetnews", "03.04.26, 14:05"], "2026-03-04T14:05:00", None, id="no-label"),
        # guards: a day past twelve, the same number twice, another outlet, no outlet
        pytest.param(
            ["Ynetnews", "Published: 11.29.26, 14:05"], "2026-11-29T14:05:00", None, id="guard-day-13"
        ),
        pytest.param(
            ["Ynetnews", "Published: 05.05.26, 14:05"], "2026-05-05T14:05:00", None, id="guard-same"
        ),
        pytest.param(
            ["By Noa Segal, Haaretz", "Published: 11.05.26, 14:05"],
            "2026-05-11T14:05:00",
            None,
            id="guard-other",
        ),
        pytest.param(
            ["Noa Segal", "Published: 11.05.26, 14:05"], "2026-05-11T14:05:00", None, id="guard-none"
        ),
    ],
)
def test_an_outlet_that_prints_dotted_dates_month_first_is_read_so(
    lines: list[str], published: str, updated: str | None
) -> None:
    """A dotted date under Ynetnews, which prints its dates month first ("Published: 11.05.26" is 5
    November), reads month first when both numbers could be the month (before, 11 May); under other outlets
    and with none a dotted date stays day first."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        pytest.param(
            "Posted 5 hours ago, updated 2 hours ago", "2026-11-30T15:00:00", "2026-11-30T18:00:00", id="abc"
        ),
        pytest.param(
            "Posted 2h ago, updated 1h ago", "2026-11-30T18:00:00", "2026-11-30T19:00:00", id="short"
        ),
        pytest.param(
            "Published 3 hours ago | Updated 1 hour ago",
            "2026-11-30T17:00:00",
            "2026-11-30T19:00:00",
            id="bar",
        ),
        pytest.param(
            "Publié il y a 3 heures, mis à jour il y a 2 h",
            "2026-11-30T17:00:00",
            "2026-11-30T18:00:00",
            id="fr",
        ),
        # guards: a second relative date with no label, a revision alone, a revision time of the day
        pytest.param("Posted 5 hours ago, 2 hours ago", "2026-11-30T15:00:00", None, id="guard-no-label"),
        pytest.param("Updated 1h ago", "2026-11-30T19:00:00", "2026-11-30T19:00:00", id="guard-alone"),
        pytest.param(
            "Publié aujourd’hui à 14h05, modifié à 15h10",
            "2026-11-30T14:05:00",
            "2026-11-30T15:10:00",
            id="guard-time",
        ),
    ],
)
def test_a_relative_revision_after_a_relative_date_is_the_update(
    line: str, published: str, updated: str | None
) -> None:
    """A page's relative date followed by its revision's label and a second relative date ("Posted 5 hours
    ago, updated 2 hours ago", as ABC News prints it) dates the article by the first and its revision by the
    second (before, no date at all, or no revision)."""
    header = parse_header(top("By political reporter Jane Tully", line), reference_date=_REF)
    assert [a.name for a in header.authors] == ["Jane Tully"]
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Thierry Verdier, JusticeInfo.net", ["Thierry Verdier"], "JusticeInfo.net", id="listed"),
        pytest.param("By Aline Favre, LegalWatch.org", ["Aline Favre"], "LegalWatch.org", id="unlisted"),
        # guards: a web address in one case, a name glued to a desk's word, a name glued to a role
        pytest.param(
            "Thierry Verdier, Justiceinfo.net", ["Thierry Verdier"], "Justiceinfo.net", id="guard-one-case"
        ),
        pytest.param("By Ravi KambhampatiData Desk", ["Ravi Kambhampati"], None, id="guard-glued-desk"),
        pytest.param("Jane DoeStaff Writer", ["Jane Doe"], None, id="guard-glued-role"),
    ],
)
def test_a_web_address_in_camel_case_after_the_writer_is_one_name(
    credit: str, authors: list[str], source: str | None
) -> None:
    """A web address written in camel case after the writer's comma ("Thierry Verdier, JusticeInfo.net") is
    the source, not a name cut where its capital letter is glued on (before, no source)."""
    header = parse_header(top(credit, "30 November 2026"), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        pytest.param("SYLHET: Flood waters rose again on Monday.", "SYLHET", id="bd-colon"),
        pytest.param("KANDY: Flood waters rose again on Monday.", "KANDY", id="lk-colon"),
        pytest.param("MELBOURNE: Flood waters rose again on Monday.", "MELBOURNE", id="au-colon"),
        pytest.param("GILGIT: Flood waters rose again on Monday.", "GILGIT", id="pk-colon"),
        # guards: a city with its country read before, a city's name opening a sentence, a capital
        pytest.param(
            "Medellín, Colombia – Flood waters rose again on Monday.",
            "Medellín, Colombia",
            id="guard-country",
        ),
        pytest.param("Christchurch police said flood waters rose again.", None, id="guard-sentence"),
        pytest.param("ISLAMABAD: Flood waters rose again on Monday.", "ISLAMABAD", id="guard-capital"),
    ],
)
def test_large_cities_of_the_new_regions_open_a_dateline(lead: str, place: str | None) -> None:
    """A large city that is no capital, of South Asia, Latin America, Australia, New Zealand or the Pacific,
    in capitals before a colon ("SYLHET: ...", as Bangladeshi and Pakistani papers open a story) is the
    dateline's place (before, no dateline, and the place opened the body)."""
    text = "\n\n".join(["Flood waters rise in the north", lead, "Officials gave no further details."])
    header = parse_header(text, reference_date=_REF)
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        pytest.param(["Published: 30 Nov 2026 09:41 AM BdST"], "2026-11-30T09:41:00+06:00", id="bdst"),
        pytest.param(
            ["Star Online Report", "Sun Nov 30, 2026 09:41 PM BST"], "2026-11-30T21:41:00+06:00", id="bst-bd"
        ),
        pytest.param(
            ["By Sajid Hossain, Dhaka Tribune", "Sun Nov 30, 2026 09:41 PM BST"],
            "2026-11-30T21:41:00+06:00",
            id="bst-bd-writer",
        ),
        pytest.param(
            ["Mexico News Daily", "November 30, 2026 09:41 CST"], "2026-11-30T09:41:00-06:00", id="cst-mx"
        ),
        pytest.param(
            ["By Luis Herrera, The Tico Times", "November 30, 2026 09:41 CST"],
            "2026-11-30T09:41:00-06:00",
            id="cst-cr",
        ),
        pytest.param(["Fiji Times", "November 30, 2026 9:41 pm FJT"], "2026-11-30T21:41:00+12:00", id="fjt"),
        pytest.param(["November 30, 2026 9:41 am COT"], "2026-11-30T09:41:00-05:00", id="cot"),
        # guards: "BST" under a British paper and "CST" under an agency keep no offset
        pytest.param(
            ["By Tom Ash, The Guardian", "Sun Nov 30, 2026 09:41 PM BST"],
            "2026-11-30T21:41:00",
            id="guard-bst",
        ),
        pytest.param(
            ["By Jo Lee, Reuters", "November 30, 2026 09:41 CST"], "2026-11-30T09:41:00", id="guard-cst"
        ),
    ],
)
def test_time_zones_of_the_new_regions_give_the_offset(lines: list[str], value: str) -> None:
    """Zone abbreviations of Bangladesh, Latin America and the Pacific after a time give its offset, and the
    ambiguous "BST" and "CST" take the offset of a Bangladeshi, Mexican or Costa Rican outlet's country
    (before, the time kept no offset)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert header.published is not None and header.published.value == value


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        pytest.param(
            "Nuku'alofa, Tonga – Ferry services resumed on Monday.", "Nuku'alofa, Tonga", id="country"
        ),
        pytest.param("Nuku’alofa, Nov 30 – Ferry services resumed on Monday.", "Nuku’alofa", id="date"),
        # guards: a possessive opening a sentence, the place in capitals as before
        pytest.param("Moscow's mayor said ferry services resumed on Monday.", None, id="guard-possessive"),
        pytest.param("NUKU'ALOFA – Ferry services resumed on Monday.", "NUKU'ALOFA", id="guard-capitals"),
        pytest.param(
            "COX'S BAZAR: Ferry services resumed on Monday.",
            "COX'S BAZAR",
            id="colon-capitals-apostrophe",
        ),
    ],
)
def test_a_dateline_place_in_mixed_case_may_hold_an_apostrophe(lead: str, place: str | None) -> None:
    """A dateline's place in mixed case with an apostrophe inside its word ("Nuku'alofa, Tonga –", Tonga's
    capital) opens a dateline as a place without one does (before, no dateline: the place opened the body)."""
    text = "\n\n".join(["Ferries return to the outer islands", lead, "Officials gave no further details."])
    header = parse_header(text, reference_date=_REF)
    assert (header.dateline.place if header.dateline else None) == place
