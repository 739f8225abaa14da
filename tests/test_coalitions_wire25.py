"""Members listed after a standing body's name in two more shapes of wire copy: a list set off by dashes
("The Group of Seven – Canada, France, ... – meets") and a list after "network of" ("the Five Eyes network of
the U.S., U.K., ..."); a remark after a dash names no member; a state that "sits in" a body is a member.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions


def _members(text: str) -> list[list[str | None]]:
    return [[m.code for m in c.members] for c in find_coalitions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leaders met on Monday. The Group of Seven – Canada, France, Germany, Italy, Japan, Britain "
            "and the United States – will meet again in June.",
            [["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"]],
            id="en-dashes",
        ),
        pytest.param(
            "Leaders met on Monday. NATO — Canada, Norway and Denmark — will patrol the Arctic.",
            [["CAN", "NOR", "DNK"]],
            id="em-dashes",
        ),
        pytest.param(
            "The Five Eyes network of the U.S., U.K., Canada, Australia and New Zealand shares intelligence.",
            [["USA", "GBR", "CAN", "AUS", "NZL"]],
            id="network-of",
        ),
        pytest.param(
            "The minister criticised NATO – a remark that angered Poland.", [[]], id="a-remark-after-a-dash"
        ),
    ],
)
def test_members_listed_after_the_name(text: str, expected: list[list[str | None]]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Brazil sits in BRICS as a founding member.", [["BRA"]], id="sits-in"),
        pytest.param("Turkey sits in NATO alongside Greece.", [["TUR", "GRC"]], id="sits-in-alongside"),
    ],
)
def test_a_state_sitting_in_a_body_is_a_member(text: str, expected: list[list[str | None]]) -> None:
    assert _members(text) == expected
