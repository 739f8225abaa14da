"""Header lines met in the thirty-fourth session's copy: pages pasted from news apps and aggregators,
syndicated copies, broadcasters' web pages, pages in Arabic, Persian, Russian, Chinese and Japanese script,
multi-line bylines and photo credits near the top. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

_HEADLINE = "Ukraine extends emergency rule as grid attacks continue"
_BODY = (
    "The government said on Monday it would extend the emergency measures for another three months,"
    " citing the risk of further attacks on the power grid."
)
_BODY_2 = "Officials gave no further details of the measures."


def _top(*lines: str) -> str:
    return "\n\n".join([_HEADLINE, "\n".join(lines), _BODY, _BODY_2])


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["Dana Orlova", "BBC News, Kyiv"], ["Dana Orlova"], "BBC News", id="outlet-and-city"),
        pytest.param(
            ["Dana Orlova", "The Kyiv Independent"], ["Dana Orlova"], "The Kyiv Independent", id="the"
        ),
        pytest.param(["Dana Orlova", "Kyiv Independent"], ["Dana Orlova"], "Kyiv Independent", id="no-the"),
        pytest.param(["Dana Orlova", "CBC News"], ["Dana Orlova"], "CBC News", id="cbc"),
        pytest.param(["Dana Orlova", "Reuters"], ["Dana Orlova"], "Reuters", id="agency"),
        pytest.param(["Dana Orlova", "Energy Policy"], [], None, id="guard-section-under-name"),
        pytest.param(["Repairs go on in the east", "BBC News"], [], "BBC News", id="guard-sentence-case"),
        pytest.param(
            ["Grid Repairs Continue", "BBC News"],
            [],
            "BBC News",
            id="title-case-subhead",
            marks=pytest.mark.xfail(
                strict=True, reason="a title-case line of three words has a name's shape"
            ),
        ),
    ],
)
def test_a_bare_name_over_an_outlets_line_is_the_byline(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """A writer's name alone on its line, with the outlet (and the place of filing) on the line under it, is
    the byline, with no "By" and no date near."""
    header = parse_header(_top(*lines))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("top", "authors", "source", "place"),
    [
        pytest.param(
            _top("Dana Orlova", "BBC Ukrainian, Kyiv"),
            ["Dana Orlova"],
            "BBC Ukrainian",
            "Kyiv",
            id="bbc-language",
        ),
        pytest.param(
            _top("By Dana Orlova", "BBC World Service"),
            ["Dana Orlova"],
            "BBC World Service",
            None,
            id="world-service",
        ),
        pytest.param(
            _top("Dana Orlova", "BBC Monitoring"), ["Dana Orlova"], "BBC Monitoring", None, id="monitoring"
        ),
        pytest.param(_top("By Dana Orlova", "DW News"), ["Dana Orlova"], "DW News", None, id="dw"),
        pytest.param(
            _top("Dana Orlova", "Voice of America"), ["Dana Orlova"], "Voice of America", None, id="voa"
        ),
        pytest.param(
            "\n\n".join(["The Independent", _HEADLINE, "By Dana Orlova", _BODY, _BODY_2]),
            ["Dana Orlova"],
            "The Independent",
            None,
            id="masthead-over-headline",
        ),
        pytest.param(_top("By Dana Orlova", "Kyiv"), ["Dana Orlova"], None, None, id="guard-city-alone"),
    ],
)
def test_broadcasters_services_are_outlets(
    top: str, authors: list[str], source: str | None, place: str | None
) -> None:
    """A broadcaster's language service or desk ("BBC Ukrainian", "DW News") under the writer's name, or a
    syndicating outlet's name over the headline, is the source, never a person; a city after it is where the
    story was filed."""
    header = parse_header(top)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    assert header.title is not None and header.title.text == _HEADLINE
    if place is not None:
        assert header.dateline is not None and header.dateline.place == place


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        pytest.param("30 בנובמבר 2026", "2026-11-30", id="hebrew-with-prefix"),
        pytest.param("2 במרץ 2026, 09:40", "2026-03-02", id="hebrew-march-time"),
        pytest.param("14 ספטמבר 2026", "2026-09-14", id="hebrew-bare"),
        pytest.param("۳۰ نوامبر ۲۰۲۶", "2026-11-30", id="persian-eastern-digits"),
        pytest.param("12 ژوئیه 2026", "2026-07-12", id="persian-july"),
        pytest.param("٣٠ نوفمبر ٢٠٢٦", "2026-11-30", id="guard-arabic"),
        pytest.param("30 noiembrie 2026", "2026-11-30", id="guard-romanian"),
    ],
)
def test_hebrew_and_persian_month_names_date_the_article(date_line: str, published: str) -> None:
    """A date line under the byline printed with a Hebrew month (maybe with its prefix "ב", "in") or a
    Persian name of a Gregorian month is the article's date."""
    header = parse_header(_top("By Dana Orlova", date_line))
    assert header.published is not None and header.published.value[:10] == published
