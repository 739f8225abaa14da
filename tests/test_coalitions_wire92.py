"""Coalition readings of wire copy, round 92: a lead shared by states ("led jointly by", "which A and B lead",
"with X leading the group"), a standing body's own force or mission that a state commands.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestSharedLead:
    """States that share the lead of a coalition are its members and none of them its leader (the record has
    one leader, and "A and B lead it" names no first among them), however the sharing is written: "led
    jointly by", a relative clause "which A and B lead", an absolute "with A and B leading the group". One
    state alone leads."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A coalition led jointly by Britain and France will meet in London on Thursday.",
                [("A coalition led jointly by Britain and France", None, "asserted", None, ["GBR", "FRA"])],
                id="led-jointly-by",
            ),
            pytest.param(
                "The naval coalition, which Italy and Greece lead, escorted four tankers past Aden.",
                [("The naval coalition", None, "asserted", None, ["ITA", "GRC"])],
                id="which-two-lead",
            ),
            pytest.param(
                "The coalition, which Denmark and Norway have jointly led since 2023, pledged more drones.",
                [("The coalition", None, "asserted", None, ["DNK", "NOR"])],
                id="which-two-have-jointly-led",
            ),
            pytest.param(
                "OPEC+ agreed to extend its output cuts into the spring, with Saudi Arabia and Russia leading"
                " the group.",
                [("OPEC+", "OPEC_PLUS", "asserted", None, ["SAU", "RUS"])],
                id="with-two-leading-the-group",
            ),
            pytest.param(
                "OPEC+ left its quotas unchanged on Sunday, with Saudi Arabia leading the group.",
                [("OPEC+", "OPEC_PLUS", "asserted", "SAU", [])],
                id="with-one-leading-the-group",
            ),
            pytest.param(
                "OPEC cut its output again, with Saudi Arabia leading the talks.",
                [("OPEC", "OPEC", "asserted", None, [])],
                id="guard-leading-the-talks",
            ),
            pytest.param(
                "The coalition, which France has led since 2022, met in Paris.",
                [("The coalition", None, "asserted", "FRA", [])],
                id="guard-which-one-has-led",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """States sharing the lead are members; one state alone leads."""
        assert rows(text) == expected


class TestBodysOwnForce:
    """A standing body's force or mission written with its possessive ("the EU's naval force", "NATO's
    mission in Iraq") is the force, not the body: it takes no id of the body, and a state that commands or
    leads it, named after it or after its place, is its leader; without one the body runs it, and a force
    the data knows by its runner and theatre keeps that id."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EU's naval force, commanded by Italy, escorted three grain ships through the strait.",
                [("The EU's naval force, commanded by Italy", None, "asserted", "ITA", [])],
                id="possessive-commanded-by",
            ),
            pytest.param(
                "The European Union's naval mission, led by Greece, has downed a dozen drones since March.",
                [("The European Union's naval mission, led by Greece", None, "asserted", "GRC", [])],
                id="possessive-led-by",
            ),
            pytest.param(
                "NATO's training mission in Iraq, headed by Denmark, will add 300 staff.",
                [("NATO's training mission", None, "asserted", "DNK", [])],
                id="place-then-headed-by",
            ),
            pytest.param(
                "The African Union's mission in Somalia, led by Uganda, lost four soldiers near Baidoa.",
                [("The African Union's mission", "AMISOM", "asserted", "UGA", [])],
                id="known-mission-by-theatre",
            ),
            pytest.param(
                "NATO's peacekeeping force in Kosovo, commanded by Italy, sent two more companies north.",
                [("NATO's peacekeeping force", "KFOR", "asserted", "ITA", [])],
                id="known-force-commanded-past-place",
            ),
            pytest.param(
                "The EU naval force, commanded by Italy, escorted three grain ships.",
                [("The EU naval force, commanded by Italy", None, "asserted", "ITA", [])],
                id="guard-name-before-the-head",
            ),
            pytest.param(
                "Canada leads NATO's battlegroup in Latvia, a post it has held since 2017.",
                [("NATO", "NATO", "asserted", None, ["CAN"])],
                id="guard-battlegroup",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The body's force is the mention, led by the state that commands it."""
        assert rows(text) == expected
