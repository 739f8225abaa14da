"""Coalition readings of wire copy, round 62: regional forces and missions as the African press writes
them, Russian and Chinese state media in English on their blocs, and think-tank analysis prose.

Every sentence here was written for these tests in the style of news copy or analysis; the states and
bodies are real, the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, codes, one_coalition, rows


class TestForceDrawnFrom:
    """A force or mission "drawn from" or "recruited from" states names its members by that participle
    alone, as "drew troops from" already did; "drawn" followed by anything but "from" gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EAC regional force, drawn from Kenya, Uganda and South Sudan, patrols outside Goma.",
                [("The EAC regional force", "EACRF", "asserted", None, ["KEN", "UGA", "SSD"])],
                id="drawn-from",
            ),
            pytest.param(
                "The African Union mission, drawn mainly from Uganda, Burundi and Ethiopia, holds the port.",
                [("The African Union mission", None, "asserted", "AU", ["UGA", "BDI", "ETH"])],
                id="drawn-mainly-from",
            ),
            pytest.param(
                "The SADC mission drew troops from Angola, Botswana and South Africa last year.",
                [("The SADC mission", None, "asserted", "SADC", ["AGO", "BWA", "ZAF"])],
                id="guard-drew-troops-from",
            ),
            pytest.param(
                "The alliance has drawn sharp criticism from China over its summit communique.",
                [("The alliance", None, "asserted", None, [])],
                id="guard-drawn-criticism-from",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states after "drawn from" are the force's members."""
        assert rows(text) == expected


class TestPlaceAfterLocative:
    """A state after a locative preposition ("off", "near", "along", "across") that follows an adversary
    cue and a crime or threat noun is where the threat is, not a target, as one after "in" already was; a
    named target before the locative stays."""

    @pytest.mark.parametrize(
        ("text", "surface", "expected"),
        [
            pytest.param(
                "The EU naval mission against piracy off Somalia was renewed by ministers for two years.",
                "The EU naval mission",
                ("EU", set(), set()),
                id="piracy-off",
            ),
            pytest.param(
                "The coalition fighting arms smuggling near Libya boarded a cargo ship on Sunday.",
                "The coalition",
                (None, set(), set()),
                id="smuggling-near",
            ),
            pytest.param(
                "NATO ships on patrol against people trafficking along Turkey's coast turned back two boats.",
                "NATO",
                (None, set(), set()),
                id="trafficking-along",
            ),
            pytest.param(
                "The coalition against the Houthis off Yemen intercepted four drones overnight.",
                "The coalition",
                (None, set(), {"HOUTHIS"}),
                id="guard-named-target-then-off",
            ),
            pytest.param(
                "The alliance fighting Islamic State near Mosul lost a surveillance drone.",
                "The alliance",
                (None, set(), {"ISIS"}),
                id="guard-named-target-then-near",
            ),
        ],
    )
    def test_reading(
        self, text: str, surface: str, expected: tuple[str | None, set[str | None], set[str | None]]
    ) -> None:
        """The place after the locative is no adversary."""
        assert codes(one_coalition(text, surface)) == expected
