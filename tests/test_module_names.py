"""No module of the package binds a module-level name twice: a second pattern or word list of the same name
silently replaces the first for every function that reads it, the first one's own users included."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

import geoquote

MODULES = sorted(Path(geoquote.__file__).parent.glob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    counts: collections.Counter[str] = collections.Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, n in counts.items() if n > 1)


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []
