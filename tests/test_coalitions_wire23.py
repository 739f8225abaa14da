"""Coalition mentions in Asia-Pacific, African and Middle East wire copy: a name refused for a body ("I
wouldn't call the Quad a military alliance") denies the bloc named, not the body it is refused for.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from ._coalition_helpers import one_coalition


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            'Asked about the drills, the minister said: "I wouldn\'t call the Quad a military alliance."',
            "a military alliance",
            "negated",
            id="would-not-call",
        ),
        pytest.param(
            'Asked about the drills, the minister said: "I wouldn\'t call the Quad a military alliance."',
            "the Quad",
            "asserted",
            id="the-body-itself-stands",
        ),
        pytest.param(
            "Asked about the drills, the envoy said nobody should call the Manila talks a military alliance.",
            "a military alliance",
            "negated",
            id="nobody-should-call",
        ),
        pytest.param(
            "Asked about the drills, the envoy said she would call the talks in Manila a military alliance.",
            "a military alliance",
            "asserted",
            id="a-name-given-stands",
        ),
    ],
)
def test_a_name_refused_for_a_body_denies_the_bloc_named(text: str, surface: str, polarity: str) -> None:
    assert one_coalition(text, surface).polarity == polarity
