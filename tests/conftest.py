"""Shared fixtures: the seed article and the location of the development data."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_TEXT = SEEDS / "000_141413377df56f47.txt"
SEED_GOLD = SEEDS / "000_141413377df56f47.gold.json"
SHARED = Path(os.environ.get("GEOQUOTE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article the project was founded on."""
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    """Its hand annotation."""
    gold: dict[str, Any] = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return gold


def occurrence(text: str, sub: str, nth: int = 0) -> tuple[str, int, int]:
    """``sub`` with the offsets of its ``nth`` occurrence in ``text``: the arguments of a span record."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return sub, i, i + len(sub)


def shared_data(name: str) -> Path:
    """A development set under ../shared/data, or skip the test saying it is absent."""
    path = SHARED / "data" / name
    if not path.exists():
        pytest.skip(f"development set {path} is not on this machine")
    return path
