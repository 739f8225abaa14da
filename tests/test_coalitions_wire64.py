"""Coalition readings of wire copy, round 64: Latin American blocs and their press, Pacific and Indo-Pacific
groupings, South Asian bodies and the Sahel confederation, and the member nouns after a body's name.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestMemberStatesAfterName:
    """ "<body> member states" (or "member state", "member countries") is one noun phrase: its surface runs to
    the head noun, not to "member", and a state apposed to it is still the body's member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "CSTO member states opened a week of staff drills near Dushanbe on Monday.",
                [("CSTO member states", "CSTO", "asserted", None, [])],
                id="member-states",
            ),
            pytest.param(
                "Mercosur member countries agreed in Asuncion to lower the common external tariff.",
                [("Mercosur member countries", "MERCOSUR", "asserted", None, [])],
                id="member-countries",
            ),
            pytest.param(
                "Kazakhstan, a CSTO member state, flew a company of peacekeepers to the capital.",
                [("CSTO member state", "CSTO", "asserted", None, ["KAZ"])],
                id="apposed-singular",
            ),
            pytest.param(
                "Two CSTO members, Armenia and Kyrgyzstan, stayed away from the summit in Minsk.",
                [("CSTO members", "CSTO", "asserted", None, ["ARM", "KGZ"])],
                id="guard-members",
            ),
            pytest.param(
                "Armenia is a CSTO member but has frozen its part in the bloc's work.",
                [
                    ("CSTO member", "CSTO", "asserted", None, ["ARM"]),
                    ("the bloc", "CSTO", "asserted", None, []),
                ],
                id="guard-member-alone",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The member noun after the name belongs to the mention's surface."""
        assert rows(text) == expected
