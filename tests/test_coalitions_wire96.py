"""Coalition readings of wire copy, round 96: an Afghan militia new to the gazetteer (the Fatemiyoun).

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestFatemiyoun:
    """The Fatemiyoun, the Afghan militia Iran's Revolutionary Guards raised to fight in Syria, is in the
    gazetteer (FATEMIYOUN) under its usual names; a militia the gazetteer does not know still adds nothing."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Iran-led alliance, which includes Hezbollah, the Fatemiyoun and Iraqi militias, lost "
                "ground in Syria.",
                [("The Iran-led alliance", None, "asserted", "IRN", ["HEZBOLLAH", "FATEMIYOUN"])],
                id="the-fatemiyoun-in-a-list",
            ),
            pytest.param(
                "Liwa Fatemiyoun, part of the Axis of Resistance, withdrew its fighters from Syria.",
                [("the Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["FATEMIYOUN"])],
                id="liwa-fatemiyoun-part-of",
            ),
            pytest.param(
                "Syrian government forces and their allies, including Hezbollah and the Fatemiyoun Brigade, "
                "retook the town.",
                [
                    (
                        "Syrian government forces and their allies",
                        None,
                        "asserted",
                        "SYR",
                        ["SYR", "HEZBOLLAH", "FATEMIYOUN"],
                    )
                ],
                id="fatemiyoun-brigade-among-allies",
            ),
            pytest.param(
                "The axis includes Hamas, the Houthis and militias in Syria such as the Qalamoun Lions.",
                [("The axis", None, "asserted", None, ["HAMAS", "HOUTHIS"])],
                id="guard-an-unknown-militia-adds-nothing",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The militia is named by its id."""
        assert rows(text) == expected
