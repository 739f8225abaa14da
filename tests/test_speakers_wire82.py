"""Speakers' roles and bodies in the styles of health-agency briefings, campus science news, and the copy of
non-US governments, parliaments and armed forces (sentences written for these tests; people and events
invented, states and institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestLeadAsRole:
    """ "Lead" after the words that say what is led ("team lead", "technical lead") is a title, as "leader"
    is: the description gives a role and the body that owns it ("the WHO's team lead")."""

    @pytest.mark.parametrize(
        ("text", "role", "org"),
        [
            pytest.param(
                '"We need more vaccines," said Amara Oduya, the WHO\'s team lead in Kinshasa.',
                "WHO's team lead in Kinshasa",
                "WHO",
                id="body-team-lead",
            ),
            pytest.param(
                '"The trial arm is closed," said Pia Lund, the agency\'s technical lead for measles.',
                "agency's technical lead for measles",
                None,
                id="technical-lead",
            ),
            pytest.param(
                '"The wards are full," the team lead said on Tuesday.',
                "team lead",
                None,
                id="bare-team-lead",
            ),
            pytest.param(
                '"We are close," said Ana Ruiz, the lead negotiator for Chile.',
                "lead negotiator for Chile",
                None,
                id="guard-lead-modifier",
            ),
            pytest.param(
                '"We will win," said Ana Ruiz, who will lead the party into the election.',
                None,
                None,
                id="guard-lead-verb",
            ),
        ],
    )
    def test_lead(self, text: str, role: str | None, org: str | None) -> None:
        """The role, and the body that owns it."""
        got = last_speaker(text)
        assert (got[2], got[3]) == (role, org)


class TestCampus:
    """A campus after a university's name and a comma ("University of California, San Francisco") stays in
    the body's name; a state or a country there is where the university stands, no part of its name."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                '"The virus is spreading," said Lena Marsh, an epidemiologist at the University of'
                " California, San Francisco.",
                "University of California, San Francisco",
                id="ucsf",
            ),
            pytest.param(
                '"Turnout fell," said Omar Haddad, a political scientist at the University of Illinois,'
                " Urbana-Champaign.",
                "University of Illinois, Urbana-Champaign",
                id="hyphenated-campus",
            ),
            pytest.param(
                '"The data are thin," said Lena Marsh, a professor at the University of Nairobi, Kenya.',
                "University of Nairobi",
                id="guard-country",
            ),
            pytest.param(
                '"The data are thin," said Lena Marsh, a professor at the University of Miami, Florida.',
                "University of Miami",
                id="guard-us-state",
            ),
            pytest.param(
                '"The data are thin," said Lena Marsh, a professor at the University of Oxford, England.',
                "University of Oxford",
                id="guard-uk-nation",
            ),
        ],
    )
    def test_campus(self, text: str, org: str | None) -> None:
        """The speaker's body, with its campus."""
        assert last_speaker(text)[3] == org
