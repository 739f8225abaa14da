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
