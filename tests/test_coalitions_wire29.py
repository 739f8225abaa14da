"""Coalitions in the twenty-fifth session's copy: a complementiser "that" before a body's name and a plural
head ("said that NATO allies ...") or an apposition ("warned that AUKUS, the pact, ...") is no part of the
mention.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _texts(text: str) -> list[str]:
    """The text of every coalition mention under a headline."""
    return [c.text for c in analyze(f"Summit talks\n\n{text}").coalitions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The envoy said that NATO allies must spend more.", ["NATO allies"], id="that-plural"),
        pytest.param(
            "Ms Varga warned that AUKUS, the security pact, was under strain.",
            ["AUKUS, the security pact"],
            id="that-apposition",
        ),
        pytest.param(
            "He said that ASEAN countries must act.", ["ASEAN countries"], id="guard-that-countries"
        ),
        pytest.param("He said those NATO allies must pay.", ["those NATO allies"], id="guard-those"),
        pytest.param("He said that alliance would not last.", ["that alliance"], id="guard-that-singular"),
    ],
)
def test_a_clause_s_that_is_no_determiner_of_the_mention(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The hacking group Frost Lynx breached the ministry, NATO said. The group used stolen passwords.",
            ["NATO"],
            id="other-group-named-before",
        ),
        pytest.param(
            "NATO envoys met in Riga. Researchers said the group they track as Frost Lynx used a new flaw.",
            ["NATO"],
            id="group-named-here",
        ),
        pytest.param(
            "G7 leaders met in Rome with a group of donors. The group pledged more aid.",
            ["G7"],
            id="group-of-donors-between",
        ),
        pytest.param(
            "The Group of Seven met in Rome. The G7 said it would act. The group agreed to new sanctions.",
            ["The Group of Seven", "The G7", "The group"],
            id="guard-the-bloc-named-twice",
        ),
        pytest.param(
            "The Group of Seven met in Rome. The group agreed to new sanctions.",
            ["The Group of Seven", "The group"],
            id="guard-the-bloc-itself",
        ),
    ],
)
def test_the_group_after_another_group_is_no_bloc(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def _first(text: str) -> tuple[str, str | None, list[str]]:
    """(text, id, member codes) of the text's first coalition mention."""
    c = analyze(f"Summit talks\n\n{text}").coalitions[0]
    return (c.text, c.id, [m.code or m.name for m in c.members])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile, Peru and Canada, all members of the Cairns Group, objected to the text.",
            ("the Cairns Group", "CAIRNS_GROUP", ["CHL", "PER", "CAN"]),
            id="cairns-group",
        ),
        pytest.param(
            "The G-33 wants a special safeguard for poor farmers.",
            ("The G-33", "G33", []),
            id="g33-at-the-wto",
        ),
        pytest.param(
            "The Council of Palm Oil Producing Countries met in Jakarta.",
            ("The Council of Palm Oil Producing Countries", "CPOPC", []),
            id="palm-oil-council",
        ),
        pytest.param(
            "The Cote d'Ivoire-Ghana Cocoa Initiative set a floor price.",
            ("The Cote d'Ivoire-Ghana Cocoa Initiative", "CIGCI", []),
            id="cocoa-initiative",
        ),
        pytest.param(
            "The so-called Med5 - Italy, Spain, Greece, Malta and Cyprus - met in Valletta.",
            ("The so-called Med5", "MED5", ["ITA", "ESP", "GRC", "MLT", "CYP"]),
            id="med5-with-members",
        ),
        pytest.param("Leaders of the MED9 met in Crete.", ("the MED9", "MED9", []), id="med9"),
        pytest.param(
            "The Gas Exporting Countries Forum met in Algiers.",
            ("The Gas Exporting Countries Forum", "GECF", []),
            id="gas-exporters-forum",
        ),
        pytest.param(
            "The Puebla Group met in Mexico City.", ("The Puebla Group", "PUEBLA_GROUP", []), id="puebla"
        ),
        pytest.param(
            "The Africa Group wants the text to guarantee access.",
            ("The Africa Group", "AFRICAN_GROUP", []),
            id="africa-group-at-the-who",
        ),
        pytest.param(
            "The Group for Equity wants guaranteed access.",
            ("The Group for Equity", "GROUP_FOR_EQUITY", []),
            id="group-for-equity",
        ),
    ],
)
def test_trade_and_regional_negotiating_groups(
    text: str, expected: tuple[str, str | None, list[str]]
) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Danish coalition rift deepened over the budget on Monday.", id="rift"),
        pytest.param("The Dutch coalition wobbles over the asylum bill.", id="wobbles"),
        pytest.param("The Czech coalition crisis ended when the finance minister quit.", id="crisis"),
        pytest.param("The Belgian coalition agreement runs to 200 pages.", id="agreement"),
    ],
)
def test_a_state_s_coalition_of_parties_is_no_bloc(text: str) -> None:
    assert _texts(text) == []


def test_a_state_led_coalition_of_states_is_still_one() -> None:
    assert _texts("The US-led coalition partners struck targets near Mosul.") != []


@pytest.mark.parametrize(
    ("text", "members"),
    [
        pytest.param("NATO now includes every Arctic state except Russia.", [], id="except"),
        pytest.param(
            "The bloc, which includes Chile, Peru and Ecuador but not Bolivia, met.",
            ["CHL", "PER", "ECU"],
            id="but-not",
        ),
        pytest.param(
            "The Quad includes India, Japan and Australia.", ["IND", "JPN", "AUS"], id="guard-plain-list"
        ),
    ],
)
def test_actors_a_list_leaves_out_are_no_members(text: str, members: list[str]) -> None:
    assert _first(text)[2] == members


@pytest.mark.parametrize("bullet", ["-", "•", "*"])
def test_a_list_s_bullet_is_no_part_of_the_mention(bullet: str) -> None:
    assert _texts(f"Key events\n\n{bullet} NATO allies agreed to send more air defence.") == ["NATO allies"]
