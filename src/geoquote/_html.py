"""The reader's view: a self-contained HTML page of an analysed article (stub)."""

from __future__ import annotations

import html

from ._records import Article

__all__ = ["render_html"]


def render_html(text: str, article: Article) -> str:
    """A self-contained HTML page showing ``text`` with what ``article`` found in it."""
    return f"<!doctype html><meta charset='utf-8'><pre>{html.escape(text)}</pre>\n"
