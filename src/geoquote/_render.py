"""Human-readable renderings of an :class:`~geoquote.Article`."""

from __future__ import annotations

import textwrap

from ._records import Actor, Article, Coalition, Quote

__all__ = ["render_text"]


def _short(s: str, width: int = 160) -> str:
    return textwrap.shorten(" ".join(s.split()), width=width, placeholder=" …")


def _actor(a: Actor) -> str:
    return f"{a.name} ({a.code})" if a.code else a.name


def _quote_line(i: int, q: Quote) -> list[str]:
    sp = q.speaker
    who = "unknown speaker"
    if sp is not None and (sp.name or sp.mention):
        who = sp.name or (sp.mention.text if sp.mention else "")
        # a body speaking is its own organisation ("Kremlin" once); what the words shown already hold ("a
        # military source", the "Kremlin" of "Kremlin spokesman") is not repeated
        for x in (sp.role, sp.organization):
            if x and x.casefold() not in who.casefold():
                who += f", {x}"
        if sp.mention is not None and sp.name is not None and sp.mention.text != sp.name:
            who += f"  [{sp.resolution}: “{sp.mention.text}”]"
        elif sp.name is None:
            who += f"  [{sp.resolution}]"  # the words themselves are shown: no one they resolve to
    cue = f" {q.cue.text}" if q.cue else ""
    to = f" → {q.addressee.text}" if q.addressee else ""
    return [f"  {i}. [{q.kind}] {who}{cue}{to}", f"     “{_short(q.text)}”"]


def _coalition_line(i: int, c: Coalition) -> str:
    parts = [f"  {i}. {c.label or c.text}"]
    facts: list[str] = [c.polarity]
    if c.kind:
        facts.append(c.kind)
    if c.standing:
        facts.append("standing")
    parts.append(f"[{', '.join(facts)}]")
    if c.leader:
        parts.append(f"led by {_actor(c.leader)};")
    if c.members:
        parts.append("members: " + ", ".join(_actor(a) for a in c.members) + ";")
    if c.adversaries:
        parts.append("against: " + ", ".join(_actor(a) for a in c.adversaries) + ";")
    return " ".join(parts).rstrip(";")


def render_text(article: Article) -> str:
    """A plain-text summary for a person: the header, each quotation with its speaker, each coalition."""
    h = article.header
    out = [f"== {article.id} ==" if article.id else "=="]
    rows = [
        ("title", h.title.text if h.title else None),
        ("subtitle", h.subtitle.text if h.subtitle else None),
        ("byline", h.byline.text if h.byline else None),
        ("authors", ", ".join(a.name for a in h.authors) or None),
        ("source", h.source.name if h.source else None),
        ("dateline", h.dateline.text if h.dateline else None),
        ("published", h.published.value if h.published else None),
        ("updated", h.updated.value if h.updated else None),
    ]
    out += [f"{k + ':':<11}{_short(v)}" for k, v in rows if v]
    out.append(f"\nQuotations ({len(article.quotes)}):")
    for i, q in enumerate(article.quotes, 1):
        out += _quote_line(i, q)
    out.append(f"\nCoalitions ({len(article.coalitions)}):")
    out += [_coalition_line(i, c) for i, c in enumerate(article.coalitions, 1)]
    return "\n".join(out) + "\n"
