"""Header lines met in the forty-second session's copy: wire services' tags and notes, Southeast Asian
outlets' header blocks, pages in Greek, Romanian, Hungarian, Czech, Indonesian and Vietnamese, syndication
and print lines, transcript and podcast pages, and dates printed only under the body. Tops written for
these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2

WIRE_DATELINE = "KYIV, Nov 29 (Reuters) - Ukraine extended the emergency rule on Sunday."


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        pytest.param(
            "UPDATE 3-Ukraine extends emergency rule", "Ukraine extends emergency rule", id="update"
        ),
        pytest.param("REFILE-Ukraine extends emergency rule", "Ukraine extends emergency rule", id="refile"),
        pytest.param(
            "CORRECTED-UPDATE 1-Ukraine extends emergency rule", "Ukraine extends emergency rule", id="chain"
        ),
        pytest.param("EXCLUSIVE-Kyiv weighs power imports", "Kyiv weighs power imports", id="exclusive"),
        pytest.param(
            "ANALYSIS-Grid attacks test Kyiv's reserves", "Grid attacks test Kyiv's reserves", id="kind"
        ),
        pytest.param(
            "UPDATE 2 - Ukraine extends emergency rule", "Ukraine extends emergency rule", id="spaced"
        ),
        pytest.param(
            "EXCLUSIVE: Kyiv weighs power imports", "EXCLUSIVE: Kyiv weighs power imports", id="guard-colon"
        ),
        pytest.param("Update-weary users shun app", "Update-weary users shun app", id="guard-word"),
        pytest.param("COVID-19 cases climb in Kyiv", "COVID-19 cases climb in Kyiv", id="guard-not-a-slug"),
    ],
)
def test_a_wire_slug_glued_to_the_headline_is_no_part_of_it(headline: str, title: str) -> None:
    """A wire's version or kind slug glued to the front of its headline by a hyphen ("UPDATE 3-",
    "REFILE-") is left out of the title; a label before a colon and a word that only looks like one stay."""
    header = parse_header("\n\n".join([headline, "By Jane Doe", WIRE_DATELINE, BODY, BODY_2]))
    assert header.title is not None and header.title.text == title
    assert [a.name for a in header.authors] == ["Jane Doe"]
