"""Header lines met in the twenty-fifth session's copy: a newsletter's label ahead of the first sentence
("SCOOP — ...", "JUST IN - ...") is no dateline place. Tops written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from geoquote import parse_header


@pytest.mark.parametrize(
    "label", ["SCOOP —", "JUST IN -", "DEVELOPING —", "FACT CHECK -", "SPECIAL REPORT -"]
)
def test_a_newsroom_label_before_a_dash_is_no_dateline(label: str) -> None:
    header = parse_header(f"Sanctions weighed\n\n{label} The White House is weighing new sanctions.")
    assert header.dateline is None


def test_a_capital_before_a_dash_is_still_a_dateline() -> None:
    header = parse_header("Sanctions weighed\n\nWARSAW — The government is weighing new sanctions.")
    assert header.dateline is not None and header.dateline.place == "WARSAW"


_PARAGRAPHS = [
    "Defence ministers agreed on Thursday to speed up deliveries of air defence systems to Kyiv, but"
    " several governments warned that their own stockpiles were running dangerously low.",
    'The alliance\'s chief, Tove Marsk, said the allies had "no time to lose" before the winter. Speaking'
    " after the two-day meeting in Brussels, she said they had pledged eight more batteries over the"
    " coming six months.",
    '"This is not charity," Marsk said. "Every interceptor we send is an investment in our own security."',
    "Talks resume in June at a summit in The Hague, an aide said.",
]
# a scraper's export: the top lines, then every paragraph wrapped at 66 columns (no dateline to go by)
_WRAPPED = "Ministers agree to speed up air defence for Kyiv\n\nBy Ola Brenne, Defence Correspondent\n\n" + (
    "\n\n".join(textwrap.fill(p, 66) for p in _PARAGRAPHS)
)


def test_a_hard_wrapped_first_paragraph_opens_the_body() -> None:
    header = parse_header(_WRAPPED)
    assert _WRAPPED[header.body_start :].startswith("Defence ministers agreed")


def test_a_hard_wrapped_quotation_reads_across_its_line_break() -> None:
    from geoquote import find_quotes

    quotes = [
        (q.text.replace("\n", " "), q.speaker.name if q.speaker else None) for q in find_quotes(_WRAPPED)
    ]
    assert ('the allies had "no time to lose" before the winter', "Tove Marsk") in quotes
    assert ("they had pledged eight more batteries over the coming six months", "Tove Marsk") in quotes


def test_a_standfirst_over_a_byline_is_still_no_body() -> None:
    text = (
        "Ministers agree to speed up air defence\n\n"
        "The alliance's defence ministers met in Brussels for two days of talks on air defence\n"
        "By Ola Brenne\n\n"
        "BRUSSELS (Reuters) - Defence ministers agreed on Thursday to speed up deliveries."
    )
    header = parse_header(text)
    assert header.byline is not None and header.byline.text == "Ola Brenne"


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        pytest.param("LONDON, 2 June 2025", "LONDON", "2025-06-02", id="capitals-day-month"),
        pytest.param("Nairobi, June 2, 2025", "Nairobi", "2025-06-02", id="mixed-case-month-day"),
    ],
)
def test_a_place_and_date_alone_on_their_line_are_the_dateline(line: str, place: str, date: str) -> None:
    text = f"Fishing talks stall\n\nBy Cal Whitby\n\n{line}\n\nThe two sides traded accusations on Monday."
    header = parse_header(text)
    assert header.dateline is not None
    assert (header.dateline.text, header.dateline.place) == (line, place)
    assert header.dateline.date is not None and header.dateline.date.value == date
    assert header.published is not None and header.published.value == date
    assert text[header.body_start :].startswith("The two sides")


def test_a_name_and_date_alone_on_their_line_are_no_dateline() -> None:
    header = parse_header(
        "Fishing talks stall\n\nBy Cal Whitby\n\nWhitby, June 2, 2025\n\nThe sides met on Monday."
    )
    assert header.dateline is None


@pytest.mark.parametrize(
    ("byline", "author", "source"),
    [
        pytest.param("By Reggie Amos-Sloan, Tulsa World", "Reggie Amos-Sloan", "Tulsa World", id="world"),
        pytest.param(
            "By Ana Ruiz, Springfield News-Leader", "Ana Ruiz", "Springfield News-Leader", id="hyphenated"
        ),
    ],
)
def test_a_newspaper_after_the_reporter_is_the_source(byline: str, author: str, source: str) -> None:
    header = parse_header(f"Jail vote\n\n{byline}\n\nThe county voted on Monday to build a jail.")
    assert [a.name for a in header.authors] == [author]
    assert header.source is not None and header.source.name == source
