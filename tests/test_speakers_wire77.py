"""Speakers' bodies, roles and appositions in the styles of British and US tabloid copy, analysis weeklies,
Lusophone news in English, science news and royal coverage (sentences written for these tests; people and
events invented, states and institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestBodyAfterOf:
    """A person's name, then "of" and a body's name ("Rebecca Holt of James Cook University") gives the body
    as the speaker's organisation, the name staying the person's; a place after "of" names no body."""

    @pytest.mark.parametrize(
        ("text", "name", "org"),
        [
            pytest.param(
                '"The coral is bleaching," marine biologist Tessa Dunmore of James Cook University said.',
                "Tessa Dunmore",
                "James Cook University",
                id="inverted-titled",
            ),
            pytest.param(
                "Tessa Dunmore of James Cook University said the coral was bleaching again.",
                "Tessa Dunmore",
                "James Cook University",
                id="before-cue",
            ),
            pytest.param(
                "Oskar Wendt of RMIT University said the sample had been too small.",
                "Oskar Wendt",
                "RMIT University",
                id="acronym-university",
            ),
            pytest.param(
                "Mina Holt of Dover said the port would reopen on Friday.",
                "Mina Holt of Dover",
                None,
                id="guard-place",
            ),
            pytest.param(
                "Ana Ruiz of the Centre for Strategic Studies said the talks had failed.",
                "Ana Ruiz",
                "Centre for Strategic Studies",
                id="guard-the-body",
            ),
        ],
    )
    def test_body(self, text: str, name: str, org: str | None) -> None:
        """The person, and the body after "of"."""
        got = last_speaker(text)
        assert (got[0], got[3]) == (name, org)
