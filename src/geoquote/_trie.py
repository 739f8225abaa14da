"""Word lists as trie-shaped regular expressions, shared by every matcher built from a vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["trie"]


def trie(words: Iterable[str]) -> str:
    """A group matching any of ``words``, shaped as a trie so the engine never backtracks over siblings.

    Optional tails are greedy, so the longest word wins; an empty list gives a group that never matches.
    The result is plain syntax, valid for both ``re`` and ``regex``.

    >>> trie(["Iran", "Iraq", "Iraqi"])
    '(?:Ira(?:n|q(?:i)?))'
    >>> trie(["bloc", "blocs", "ally"])
    '(?:(?:ally|bloc(?:s)?))'
    >>> trie([])
    '(?!)'
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return f"(?:{_node(root)})" if root else "(?!)"


def _node(node: Mapping[str, Any]) -> str:
    branches = [re.escape(ch) + _node(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
