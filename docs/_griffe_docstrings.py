"""A griffe extension for the API reference: geoquote's docstrings as Markdown that renders cleanly.

geoquote's docstrings are reST-flavoured prose with doctest examples (they run under pytest). Markdown
would read a ``>>>`` line as a nested block quote and ``[x for x in y]`` followed by ``['NATO']`` as a
reference link, so this extension, loaded by mkdocstrings (``extensions:`` in mkdocs.yml), rewrites each
docstring when it is loaded:

- every run of doctest lines (a ``>>>`` line up to the next blank line) becomes a fenced ``pycon`` block;
- Sphinx roles (:func:`analyze`, :class:`~geoquote.Article`) become inline code of the last name.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|attr|exc|data|mod|obj):`~?(?:[\w.]+\.)?([\w]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each doctest run of ``text`` in a ```` ```pycon ```` fence, keeping its indentation."""
    out: list[str] = []
    inside = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            inside = line[: len(line) - len(stripped)] or "\0"
            out.append(f"{inside.strip(chr(0))}```pycon")
        elif inside and not stripped:
            out.append(f"{inside.strip(chr(0))}```")
            inside = ""
        out.append(line)
    if inside:
        out.append(f"{inside.strip(chr(0))}```")
    return "\n".join(out)


def rewrite(text: str) -> str:
    """Doctests fenced, outside them Sphinx roles as inline code."""
    parts = re.split(r"(```pycon\n.*?```)", fence_doctests(text), flags=re.S)
    return "".join(p if p.startswith("```pycon") else _ROLE.sub(r"`\1`", p) for p in parts)


class DocstringsAsMarkdown(griffe.Extension):
    """Rewrite every loaded docstring with :func:`rewrite`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value)
