"""Coalitions in the thirty-first session's copy: UN negotiating groups and Gulf formats the gazetteer lacked
(the Arab Quartet, the Arab Group, the G4, Uniting for Consensus, the A3, the Quad for Yemen), short names
that are also roads or products, and "the coalition" after a standing body that calls itself one.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze

_Row = tuple[str, str | None, bool, str | None, list[str]]


def _rows(text: str) -> list[_Row]:
    """(text, id, standing, leader's code, member codes) of every coalition mention under a headline."""
    return [
        (c.text, c.id, c.standing, c.leader.code if c.leader else None, [m.code or m.name for m in c.members])
        for c in analyze(f"World news\n\n{text}").coalitions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Arab Quartet reopened its airspace to Qatari airlines on Monday.",
            [("The Arab Quartet", "ARAB_QUARTET", False, None, [])],
            id="arab-quartet",
        ),
        pytest.param(
            "Speaking on behalf of the Arab Group, the Omani envoy Said al-Harthi asked for a recorded vote.",
            [("the Arab Group", "ARAB_GROUP", True, None, [])],
            id="arab-group",
        ),
        pytest.param(
            "The Group of Four renewed its call for permanent seats at the Security Council.",
            [("The Group of Four", "G4_UNSC", False, None, [])],
            id="group-of-four",
        ),
        pytest.param(
            "The G4 countries pressed for a text-based negotiation in New York.",
            [("The G4 countries", "G4_UNSC", False, None, [])],
            id="g4-countries",
        ),
        pytest.param(
            "Uniting for Consensus rejected any expansion of the permanent category.",
            [("Uniting for Consensus", "UFC", False, None, [])],
            id="uniting-for-consensus",
        ),
        pytest.param(
            "The A3 urged the Security Council to back an arms embargo on the warring parties.",
            [("The A3", "A3", False, None, [])],
            id="a3",
        ),
        pytest.param(
            "Diplomats said the A3 Plus would table its own draft on Thursday.",
            [("the A3 Plus", "A3", False, None, [])],
            id="a3-plus",
        ),
        pytest.param(
            "The Quad for Yemen welcomed the truce and urged the Houthis to reopen the roads to Taiz.",
            [("The Quad for Yemen", "QUAD_FOR_YEMEN", False, None, [])],
            id="quad-for-yemen-is-not-the-quad",
        ),
        pytest.param(
            "Kenya joined the Islamic Military Counter Terrorism Coalition, which is based in Riyadh.",
            [("the Islamic Military Counter Terrorism Coalition", "IMCTC", True, None, ["KEN"])],
            id="imctc-is-standing",
        ),
        pytest.param(
            "Kenya joined the Islamic Military Counter Terrorism Coalition. The coalition held drills in "
            "Riyadh.",
            [
                ("the Islamic Military Counter Terrorism Coalition", "IMCTC", True, None, ["KEN"]),
                ("The coalition", "IMCTC", True, None, []),
            ],
            id="the-coalition-after-a-standing-body-named-coalition",
        ),
        pytest.param(
            "Traffic on the A3 motorway was halted for six hours after the crash.",
            [],
            id="guard-a3-road",
        ),
        pytest.param(
            "The drawings were printed on A3 sheets for the exhibition.",
            [],
            id="guard-a3-paper",
        ),
        pytest.param(
            "The G4 upgrade will let the jets fly farther, the company said.",
            [],
            id="guard-g4-product",
        ),
        pytest.param(
            "The Quad pledged to keep sea lanes in the Indo-Pacific open.",
            [("The Quad", "QUAD", False, None, [])],
            id="guard-the-quad",
        ),
    ],
)
def test_un_groups_and_gulf_formats_are_known(text: str, expected: list[_Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guinea has no intention of joining the Alliance of Sahel States, its spokesman Ibrahima Kaba "
            "said.",
            [("the Alliance of Sahel States", "AES", True, None, [])],
            id="no-intention-of-joining",
        ),
        pytest.param(
            "Senegal refused to join the AES despite pressure from Bamako.",
            [("the AES", "AES", True, None, [])],
            id="guard-refused-to-join",
        ),
        pytest.param(
            "Analysts asked whether Togo could one day become the fourth member of the Alliance of Sahel "
            "States.",
            [("the Alliance of Sahel States", "AES", True, None, [])],
            id="could-one-day-become-a-member",
        ),
        pytest.param(
            "Chad joined the Alliance of Sahel States last year, officials in Ndjamena said.",
            [("the Alliance of Sahel States", "AES", True, None, ["TCD"])],
            id="guard-joined",
        ),
        pytest.param(
            "Togo became the fourth member of the Alliance of Sahel States on Friday.",
            [("the Alliance of Sahel States", "AES", True, None, ["TGO"])],
            id="guard-became-a-member",
        ),
    ],
)
def test_a_refused_or_supposed_joining_makes_no_member(text: str, expected: list[_Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leaders of the INDIA bloc met in Mumbai to pick a joint candidate.",
            [],
            id="india-bloc-of-parties",
        ),
        pytest.param(
            "The India-led bloc pressed for a waiver at the WTO.",
            [("The India-led bloc", None, False, "IND", [])],
            id="guard-india-led-bloc",
        ),
        pytest.param(
            "THE INDIA-LED BLOC PRESSED FOR A WAIVER.",
            [("THE INDIA-LED BLOC", None, False, "IND", [])],
            id="guard-india-in-a-shouted-line",
        ),
        pytest.param(
            "Diplomats said the US bloc would vote against the resolution.",
            [("the US bloc", None, False, "USA", ["USA"])],
            id="guard-abbreviation-in-capitals",
        ),
    ],
)
def test_a_state_name_in_capitals_before_bloc_is_a_party_alliance(text: str, expected: list[_Row]) -> None:
    assert _rows(text) == expected
