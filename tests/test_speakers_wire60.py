"""Speaker names and roles when a long title, a rank or a party label stands before or beside the name, in the
styles of wire copy from Israel and Palestine, Nigeria, Ghana and Kenya, the Nordic and Baltic states and
Poland, Hong Kong and Taiwan (sentences written for these tests; people and events invented, states and
institutions real)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None]:
    """The name and role of the last quotation's speaker (``None``, ``None`` when it has none)."""
    quotes = find_quotes(text)
    assert quotes
    sp = quotes[-1].speaker
    return (sp.name, sp.role) if sp is not None else (None, None)


class TestKnessetMember:
    """'MK' (Member of Knesset) before a name is the role, as 'MP' is, and no part of the name."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Ra'am MK Nasser Khatib said the budget left Arab towns without new clinics.",
                "Nasser Khatib",
                "Ra'am MK",
                id="party-mk",
            ),
            pytest.param(
                "Opposition MK Dafna Levinson said the committee had ignored the comptroller's report.",
                "Dafna Levinson",
                "Opposition MK",
                id="opposition-mk",
            ),
            pytest.param(
                "MK Oren Shalev said the vote on the draft bill would be held next week.",
                "Oren Shalev",
                "MK",
                id="bare-mk",
            ),
            pytest.param(
                "Labour MP Jane Holt said the council had failed tenants in the borough.",
                "Jane Holt",
                "Labour MP",
                id="guard-mp",
            ),
        ],
    )
    def test_mk(self, text: str, name: str, role: str) -> None:
        """The name is read without 'MK', which stays in the role."""
        assert _speaker(text) == (name, role)
