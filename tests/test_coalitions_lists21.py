"""Where a coalition mention's list of partners ends: a group noun closing the list ("between Russia and these
regional countries", "and the Sahel states") belongs to the mention, and a clause opened by "though",
"although", "because" or the like ends the list before it (", though the Kremlin denied it" names no
member).

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from ._coalition_helpers import codes, one_coalition


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "Officials in Ankara met Iran, Iraq and Jordan. There is no alliance between Turkey and these"
            " regional countries.",
            "no alliance between Turkey and these regional countries",
            {"TUR", "IRN", "IRQ", "JOR"},
            id="anaphoric-group-closes-the-list",
        ),
        pytest.param(
            "A wider alliance between Russia and the coastal states would alarm the bloc.",
            "A wider alliance between Russia and the coastal states",
            {"RUS"},
            id="described-group-closes-the-list",
        ),
        pytest.param(
            "Moscow could seek a military pact with Mali, though the Kremlin denied any such plan.",
            "a military pact with Mali",
            {"MLI"},
            id="though-clause-ends-the-list",
        ),
        pytest.param(
            "Paris wants a defence pact with Chad, because the government fears unrest.",
            "a defence pact with Chad",
            {"TCD"},
            id="because-clause-ends-the-list",
        ),
    ],
)
def test_list_of_partners_ends(text: str, surface: str, members: set[str]) -> None:
    c = one_coalition(text, surface)
    assert codes(c)[1] == members
    assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("The US, EU, UN and Russia met in Munich.", "EU", id="body-inside-a-list-of-actors"),
        pytest.param("Russia, China, the SCO, Iran and India signed it.", "the SCO", id="body-amid-states"),
    ],
)
def test_a_body_listed_among_actors_has_no_members_from_the_list(text: str, surface: str) -> None:
    """A body named as one item of a list of actors ("The US, EU, UN and Russia") takes none of the items
    after it as its members: they are its fellows in the list."""
    c = one_coalition(text, surface)
    assert codes(c)[1] == set()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("the P5+1", "P5_PLUS_1", id="p5-plus-1"),
        pytest.param("the E3+3", "P5_PLUS_1", id="e3-plus-3"),
        pytest.param("the Quartet on the Middle East", "MIDDLE_EAST_QUARTET", id="quartet"),
    ],
)
def test_groups_of_mediators_are_known_bodies(name: str, code: str) -> None:
    """The group of the five permanent Security Council members and Germany, and the Middle East Quartet, are
    known bodies by their names."""
    c = one_coalition(f"Tehran held talks with {name} in Vienna.", name)
    assert c.id == code
