"""Coalitions in the twenty-second session's copy: being "not in" an alliance denies it; a wire's slug glued
to a headline ("ANALYSIS-", "EXCLUSIVE-") is no code before a body's name, so the body is read; a code in
capitals joined so ("SSN-AUKUS") still names a product, not the body.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("ANALYSIS-Visegrad Group splits over grain", ["VISEGRAD_GROUP"], id="analysis"),
        pytest.param("EXCLUSIVE-NATO weighs a Baltic air mission", ["NATO"], id="exclusive"),
        pytest.param("INSIGHT-CSTO fades as Armenia looks west", ["CSTO"], id="insight"),
        pytest.param("Navy orders a third SSN-AUKUS boat", [], id="guard-a-product-code"),
    ],
)
def test_a_wire_slug_before_a_body_s_name(headline: str, expected: list[str]) -> None:
    doc = analyze(f"{headline}\n\nThe story went on in Harbour on Monday.")
    assert [c.id for c in doc.coalitions] == expected


def _polarity(text: str) -> list[str]:
    return [c.polarity for c in analyze(f"Sahel talks\n\n{text}").coalitions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We are not in an alliance with Russia,” the minister said.", ["negated"], id="are-not-in"
        ),
        pytest.param("“We’re not in a military bloc with anyone,” he said.", ["negated"], id="contracted"),
        pytest.param(
            "Mali is now in an alliance with Russia, the minister said.", ["asserted"], id="guard-is-in"
        ),
    ],
)
def test_not_being_in_an_alliance_denies_it(text: str, expected: list[str]) -> None:
    assert _polarity(text) == expected
