"""Speaker mentions in wire-copy layouts: a hyphen set off by spaces ("“...” - Ashland vows", "-- Ashland") is
a dash between the quotation and its speaker, never part of the speaker's name (sentences written for these
tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import records

LEAD = "Harbour blockade\n\nThe harbour board met on Monday.\n\n"


@pytest.mark.parametrize(
    "dash",
    [pytest.param(" - ", id="spaced-hyphen"), pytest.param(" -- ", id="double-hyphen")],
)
def test_spaced_hyphen_is_no_part_of_the_speaker(dash: str) -> None:
    text = LEAD + "“We will not be intimidated”" + dash + "Ashland vows a firm response to the blockade."
    got = records(text)
    assert [(kind, quote, mention) for kind, quote, mention, _, _ in got] == [
        ("direct", "We will not be intimidated", "Ashland"),
        ("indirect", "a firm response to the blockade", "Ashland"),
    ]


def test_hyphen_inside_a_name_stays() -> None:
    text = LEAD + "“The port stays shut,” said Anne-Marie Vole of the Port-Royal Authority."
    ((kind, quote, mention, _, _),) = records(text)
    assert (kind, quote) == ("direct", "The port stays shut,")
    assert mention is not None and mention.startswith("Anne-Marie Vole")
