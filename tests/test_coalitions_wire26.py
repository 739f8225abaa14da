"""Coalitions in the twenty-second session's copy: the state in a body's chair is a member ("Hungary holds the
V4's rotating presidency"); being "not in" an alliance denies it; a wire's slug glued to a headline
("ANALYSIS-", "EXCLUSIVE-") is no code before a body's name, so the body is read; a code in capitals joined
so ("SSN-AUKUS") still names a product, not the body.

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


def _members(text: str) -> list[list[str | None]]:
    return [[m.code for m in c.members] for c in analyze(f"Summit talks\n\n{text}").coalitions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hungary holds the V4's rotating presidency this year.", [["HUN"]], id="holds"),
        pytest.param(
            "Norway, which holds the Arctic Council's chairmanship, hosted the talks.",
            [["NOR"]],
            id="which-holds",
        ),
        pytest.param("India took over the G20's presidency in December.", [["IND"]], id="took-over"),
        pytest.param("Hungary holds the V4 summit in Budapest.", [[]], id="guard-holds-a-meeting"),
    ],
)
def test_the_state_in_a_body_s_chair_is_a_member(text: str, expected: list[list[str]]) -> None:
    assert _members(text) == expected
