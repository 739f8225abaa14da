"""Actor lookup: states, governments, organisations and armed groups named in text (stub).

The interface below is the contract the coalition finder builds on; the gazetteer data fills it.
"""

from __future__ import annotations

from ._check import ensure_text
from ._records import Actor

__all__ = ["find_actors"]


def find_actors(text: str) -> tuple[Actor, ...]:
    """Every actor named in ``text``, in order, without overlaps."""
    ensure_text(text)
    return ()
