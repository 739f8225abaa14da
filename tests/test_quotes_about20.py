"""Verbs of speaking that report what they were about: "spoke to reporters on Tuesday about the levy",
"talked candidly with donors about", "spoke warmly of". The hearer between the verb and "about" is the
record's addressee; without "about" (or "of" after an adverb) the verb reports nothing, and neither does a
noun of the same spelling (sentences written for these tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import AddressedRow as Row
from ._quote_helpers import addressed_records

LEAD = "Harbour rota disputed\n\n"


def _records(sentence: str) -> list[Row]:
    """Every record of the sentence (after a headline), with its addressee."""
    return addressed_records(LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The mayor spoke to reporters on Tuesday about ticket prices on the island ferry.",
            [
                (
                    "indirect",
                    "ticket prices on the island ferry",
                    "The mayor",
                    "spoke",
                    "speak about",
                    "to reporters",
                )
            ],
            id="hearer-and-day-before-about",
        ),
        pytest.param(
            "Ilse Marrow talked candidly with the pilots for an hour about the silt in the channel.",
            [
                (
                    "indirect",
                    "the silt in the channel",
                    "Ilse Marrow",
                    "talked",
                    "talk about",
                    "with the pilots",
                )
            ],
            id="manner-hearer-and-length",
        ),
        pytest.param(
            "Tomas Reyland spoke to members of the Harbour Board about the dredging contract.",
            [
                (
                    "indirect",
                    "the dredging contract",
                    "Tomas Reyland",
                    "spoke",
                    "speak about",
                    "to members of the Harbour Board",
                )
            ],
            id="hearer-with-of-phrase",
        ),
        pytest.param(
            "Ilse Marrow has spoken publicly about her years at the shipyard.",
            [("indirect", "her years at the shipyard", "Ilse Marrow", "spoken", "speak about", None)],
            id="adverb-before-about",
        ),
        pytest.param(
            "Reyland spoke warmly of the harbour pilots who kept the crossings open in the storm.",
            [
                (
                    "indirect",
                    "the harbour pilots who kept the crossings open in the storm",
                    "Reyland",
                    "spoke",
                    "speak of",
                    None,
                )
            ],
            id="adverb-before-of",
        ),
        pytest.param(
            "Tomas Reyland, who spoke to the Gazette about the ferry, said the timetable was a shambles.",
            [
                ("indirect", "the ferry", "Tomas Reyland", "spoke", "speak about", "to the Gazette"),
                ("indirect", "the timetable was a shambles", "Tomas Reyland", "said", "say", None),
            ],
            id="in-a-relative-aside",
        ),
    ],
)
def test_what_a_verb_of_speaking_was_about(sentence: str, expected: list[Row]) -> None:
    assert _records(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The envoy spoke to a crowd of about 300 people in the square.", id="about-a-number"),
        pytest.param("The minister spoke at the rally in Dunmore on Friday.", id="no-about"),
        pytest.param("Egypt hosted talks with the rebels about the ceasefire.", id="talks-is-a-noun"),
        pytest.param("The mayor spoke to dockers who asked about the new rota.", id="a-clause-comes-between"),
    ],
)
def test_no_report_without_what_was_spoken_about(sentence: str) -> None:
    assert [r for r in _records(sentence) if r[4] in ("speak about", "talk about", "speak of")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Dunmore raised concerns about the new ferry contract.",
            [
                (
                    "indirect",
                    "the new ferry contract",
                    "Dunmore",
                    "raised concerns about",
                    "raise concerns about",
                    None,
                )
            ],
            id="raised-concerns-about",
        ),
        pytest.param(
            "Ilse Marrow is raising questions over the dredging bill.",
            [
                (
                    "indirect",
                    "the dredging bill",
                    "Ilse Marrow",
                    "raising questions over",
                    "raise questions over",
                    None,
                )
            ],
            id="raising-questions-over",
        ),
        pytest.param(
            "Opposition leaders raised concerns that the new levy would hit the smaller ports hardest.",
            [
                (
                    "indirect",
                    "the new levy would hit the smaller ports hardest",
                    "Opposition leaders",
                    "raised concerns that",
                    "raise concerns that",
                    None,
                )
            ],
            id="raised-concerns-that",
        ),
        pytest.param(
            "Tomas Reyland cast doubt on the council's figures.",
            [("indirect", "the council's figures", "Tomas Reyland", "cast doubt on", "cast doubt on", None)],
            id="cast-doubt-on",
        ),
    ],
)
def test_raising_doubts_reports_what_they_were_about(sentence: str, expected: list[Row]) -> None:
    assert _records(sentence) == expected
