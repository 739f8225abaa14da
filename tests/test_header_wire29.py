"""Header lines met in the twenty-fifth session's copy: a newsletter's label ahead of the first sentence
("SCOOP — ...", "JUST IN - ...") is no dateline place. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header


@pytest.mark.parametrize(
    "label", ["SCOOP —", "JUST IN -", "DEVELOPING —", "FACT CHECK -", "SPECIAL REPORT -"]
)
def test_a_newsroom_label_before_a_dash_is_no_dateline(label: str) -> None:
    header = parse_header(f"Sanctions weighed\n\n{label} The White House is weighing new sanctions.")
    assert header.dateline is None


def test_a_capital_before_a_dash_is_still_a_dateline() -> None:
    header = parse_header("Sanctions weighed\n\nWARSAW — The government is weighing new sanctions.")
    assert header.dateline is not None and header.dateline.place == "WARSAW"
