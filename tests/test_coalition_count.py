"""Member counts: what the text says about how many members a coalition has."""

from __future__ import annotations

import pytest

import geoquote

CASES = [
    pytest.param(
        "Jets of the 34-nation coalition struck targets near Raqqa.", "34-nation coalition", 34, id="n-nation"
    ),
    pytest.param(
        "Envoys from the six-nation Gulf Cooperation Council gathered in Muscat.",
        "Gulf Cooperation Council",
        6,
        id="word-nation",
    ),
    pytest.param("At its founding in 2001 the SCO comprised six member states.", "SCO", 6, id="comprised"),
    pytest.param(
        "Four of the 22 members of the Arab League abstained in the vote.",
        "Arab League",
        22,
        id="n-members-of",
    ),
    pytest.param("Sweden became the 32nd member of NATO on Thursday.", "NATO", 32, id="ordinal-member-of"),
    pytest.param("Nine of OPEC's 13 member states agreed to the cut.", "OPEC", 13, id="possessive"),
    pytest.param(
        "The Gulf Cooperation Council has six members, all of them monarchies.",
        "Gulf Cooperation Council",
        6,
        id="has-n",
    ),
    pytest.param("NATO said on Monday that it would send more troops.", "NATO", None, id="no-count"),
    pytest.param("The alliance has two goals for the summit in Vilnius.", "alliance", None, id="not-members"),
]


class TestMemberCount:
    @pytest.mark.parametrize(("text", "mention", "count"), CASES)
    def test_case(self, text: str, mention: str, count: int | None) -> None:
        """The coalition overlapping the mention carries the count the sentence prints, else None."""
        s = text.index(mention)
        hits = [c for c in geoquote.find_coalitions(text) if c.start < s + len(mention) and s < c.end]
        assert hits, f"no coalition found over {mention!r}"
        assert hits[0].member_count == count
