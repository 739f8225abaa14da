"""Coalition names and anaphors as analysis pieces and British outlets write them, with the shipped gazetteer.

Every sentence here is written for this file in the style of wire news and analysis; none is copied from
the development set or from any article.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions
from geoquote._records import Coalition


def _ids(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.id) for c in find_coalitions(text)]


def _one(text: str, surface: str) -> Coalition:
    found = [c for c in find_coalitions(text) if c.text == surface]
    assert len(found) == 1, [c.text for c in find_coalitions(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        pytest.param("Egypt and Ethiopia joined Brics at the start of last year.", "Brics", "BRICS"),
        pytest.param("Ministers from the Osce met in Valletta on Thursday.", "the Osce", "OSCE"),
        pytest.param("Armenia has frozen its part in the Csto since last spring.", "the Csto", "CSTO"),
        pytest.param("Leaders of the Sadc gathered in Harare for an emergency meeting.", "the Sadc", "SADC"),
        pytest.param("Djibouti will host Igad talks on the Sudan ceasefire.", "Igad", "IGAD"),
        pytest.param("The Anzus partners held naval drills off Darwin.", "The Anzus", "ANZUS"),
    ],
)
def test_title_case_acronym_names_its_body(text: str, surface: str, code: str) -> None:
    """Pronounceable acronyms in title case ("Brics", "Osce") name the body as the capitals do."""
    assert (surface, code) in _ids(text)
