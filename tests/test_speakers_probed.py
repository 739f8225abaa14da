"""Speaker rules for faults found by probe articles: local-government titles, antecedents that never spoke,
appositions around the subject, words that are no names, and descriptions named later (sentences written for
these tests; people and events invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _last(text: str) -> tuple[str | None, str | None, str | None, str | None, str]:
    """(name, mention, role, organisation, resolution) of the last quotation's speaker."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    mention = sp.mention.text if sp.mention is not None else None
    return sp.name, mention, sp.role, sp.organization, sp.resolution


class TestLocalTitles:
    """A local-government title before a name is the role, not part of the canonical name."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Councilwoman Priya Halvorsen said the levy was needed.",
                "Priya Halvorsen",
                "Councilwoman",
                id="councilwoman",
            ),
            pytest.param(
                "Councilman Otis Brandvold said the road would be resurfaced.",
                "Otis Brandvold",
                "Councilman",
                id="councilman",
            ),
            pytest.param(
                "Supervisor Harold Beasley said the pumps had been serviced.",
                "Harold Beasley",
                "Supervisor",
                id="supervisor",
            ),
            pytest.param(
                "Alderman Bo Kettering said the ward needed more buses.",
                "Bo Kettering",
                "Alderman",
                id="alderman",
            ),
            pytest.param(
                "Assemblywoman Greta Lindahl said the bill would pass.",
                "Greta Lindahl",
                "Assemblywoman",
                id="assemblywoman",
            ),
        ],
    )
    def test_title_is_the_role(self, text: str, name: str, role: str) -> None:
        got = _last(text)
        assert (got[0], got[2]) == (name, role)

    def test_lowercase_title_after_a_modifier_is_an_antecedent(self) -> None:
        text = "Opposition councillor Etienne Marchal was scathing. He said the plan was a sham."
        assert _last(text)[0] == "Etienne Marchal"
