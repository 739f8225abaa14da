"""Quotations and speakers in the twenty-seventh session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(name, role) of every quotation's speaker in the text under a headline, in order."""
    quotes = find_quotes("Clashes spread in the north\n\n" + text)
    assert quotes, "no quotation found"
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A trader who gave his name only as Omondi told AFP the market had emptied.",
            [("Omondi", "trader")],
            id="restrictive-gave-his-name-only-as",
        ),
        pytest.param(
            'One nurse, who gave her name only as Hiwot, said the clinic had run out of insulin. "We have'
            ' nothing left," she said.',
            [("Hiwot", "nurse"), ("Hiwot", "nurse")],
            id="aside-gave-her-name-only-as",
        ),
        pytest.param(
            "Her cousin, who gave only her first name, Amani, said the soldiers came at dawn.",
            [("Amani", None)],
            id="aside-gave-only-her-first-name",
        ),
        pytest.param(
            "A driver who identified himself only as Farah said the road to the port was closed.",
            [("Farah", "driver")],
            id="identified-himself-only-as",
        ),
        pytest.param(
            "A commander who goes by the nom de guerre Abu Layth said his men would hold the bridge.",
            [("Abu Layth", "commander")],
            id="nom-de-guerre",
        ),
        pytest.param(
            "One farmer, who asked to be identified only as Tesfaye, said the locusts had returned.",
            [("Tesfaye", "farmer")],
            id="asked-to-be-identified-only-as",
        ),
        pytest.param(
            "An army officer, who gave only his first name, told Reuters the base had fallen.",
            [(None, "army officer")],
            id="guard-no-name-given",
        ),
        pytest.param(
            "A UN official who works in Goma said the camps were full.",
            [(None, "UN official")],
            id="guard-restrictive-relative",
        ),
    ],
)
def test_a_speaker_named_only_in_a_relative_clause(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected
