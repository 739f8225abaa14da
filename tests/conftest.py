"""Shared fixtures: the seed article and the location of the development data."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
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


class ExpiringPattern:
    """A stand-in for a compiled pattern that times out (raises ``TimeoutError``, as the regex module's
    ``timeout=`` does) on the windows ``expires(text, pos, endpos)`` selects, and elsewhere runs as the real
    pattern: for tests that a timed-out step costs that step, never the article."""

    def __init__(self, real: Any, expires: Callable[[str, int, int], bool]) -> None:
        self._real = real
        self._expires = expires

    def _run(self, how: str, text: str, pos: int, endpos: int | None, kw: dict[str, Any]) -> Any:
        end = len(text) if endpos is None else endpos
        if self._expires(text, pos, end):
            raise TimeoutError("regex timed out")
        return getattr(self._real, how)(text, pos, end, **kw)

    def search(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        """Search as the real pattern, or time out."""
        return self._run("search", text, pos, endpos, kw)

    def match(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        """Match as the real pattern, or time out."""
        return self._run("match", text, pos, endpos, kw)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        """Match the whole window as the real pattern, or time out."""
        return self._run("fullmatch", text, pos, endpos, kw)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        """Scan as the real pattern, or time out."""
        return self._run("finditer", text, pos, endpos, kw)
