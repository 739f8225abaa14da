"""Quotations and speakers in the twenty-fifth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organization) of the first quotation's speaker in the text under a headline."""
    quotes = find_quotes("Shipping talks\n\n" + text)
    assert quotes, "no quotation found"
    sp = quotes[0].speaker
    assert sp is not None
    return sp.name, sp.role, sp.organization


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param(
            "Tidewater Lines chief executive Oskar Venn said the ships would keep sailing.",
            "Tidewater Lines",
            id="two-word-firm",
        ),
        pytest.param("Brenholt CEO Ines Marr said the ships would keep sailing.", "Brenholt", id="one-word"),
        pytest.param(
            "Former Kessler-Vogt founder Ana Duro said the ships would keep sailing.",
            "Kessler-Vogt",
            id="hyphenated-after-former",
        ),
        pytest.param(
            "Senator Dale Hume's spokesman Tom Reyes said the bill would pass.", None, id="guard-person-staff"
        ),
        pytest.param(
            "Maria Olsen chief executive said the ships would keep sailing.", None, id="guard-given"
        ),
    ],
)
def test_a_firm_before_its_chief_s_role_is_the_organisation(text: str, organization: str | None) -> None:
    assert _speaker(text)[2] == organization
