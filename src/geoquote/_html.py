"""The reader's view: a self-contained HTML page of an analysed article.

The page shows the caller's text exactly as given (``white-space: pre-wrap``) with every finding wrapped
in an element that carries ``data-*`` attributes: quotations (``data-kind="quote"``) labelled with their
speaker, speaker mentions, cues and addressees, coalitions and the actors in them with their codes, and the
header's parts. Overlapping findings are laid out by a sweep over their boundaries, so elements always
nest; a finding that crosses another's boundary is split into fragments sharing its ``data-index``. Labels
and badges are CSS generated content, so the text content of ``<article id="text">`` is the input,
character for character (a NUL or a lone surrogate, which HTML cannot carry, becomes U+FFFD).

The page loads nothing: inline CSS only, no script, and a Content-Security-Policy that forbids any fetch.

>>> from geoquote import Article, Quote, Speaker, Span
>>> text = 'She said: "A < B".'
>>> q = Quote("A < B", 11, 16, speaker=Speaker("Jane Roe", Span("She", 0, 3), resolution="pronoun"))
>>> page = render_html(text, Article(quotes=(q,)))
>>> '<span class="gq-quote gq-direct"' in page and "A &lt; B" in page
True
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from ._check import ensure_text
from ._records import Actor, Article, Coalition, Quote, Span, Speaker

__all__ = ["render_html"]

# ---------------------------------------------------------------------------------------------------------
# Escaping: HTML special characters, plus what an HTML parser would otherwise change or cannot carry.
# A bare CR would be normalised to LF by the parser; its character reference survives.
_CANNOT_CARRY = "\ufffd"
_TEXT_ESCAPES: dict[int, str] = {
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord("\r"): "&#13;",
    0: _CANNOT_CARRY,
    **dict.fromkeys(range(55296, 57344), _CANNOT_CARRY),  # lone surrogates cannot be encoded
}
_ATTR_ESCAPES: dict[int, str] = {**_TEXT_ESCAPES, ord('"'): "&quot;", ord("'"): "&#x27;"}


def _text(s: str) -> str:
    """``s`` escaped for element content."""
    return s.translate(_TEXT_ESCAPES)


def _attr(s: str) -> str:
    """``s`` escaped for a double-quoted attribute value."""
    return s.translate(_ATTR_ESCAPES)


# ---------------------------------------------------------------------------------------------------------
# Marks: one highlighted stretch of the text, and the sweep that turns marks into nested elements.

#: Layer of each kind of mark: when two marks cover the same stretch, the lower layer is the outer element.
_LAYER = {
    "header": 0,
    "quote": 1,
    "coalition": 2,
    "speaker": 3,
    "cue": 4,
    "addressee": 5,
    "actor": 6,
}

Attrs = tuple[tuple[str, str], ...]


@attrs.frozen
class _Mark:
    """A stretch ``[start, end)`` to wrap in ``<span class=...>`` with ``attributes``.

    ``first`` attributes go on the first fragment only (its ``id``, the label shown before it).
    """

    start: int
    end: int
    layer: int
    order: int
    cls: str
    attributes: Attrs
    first: Attrs = ()

    @property
    def key(self) -> tuple[int, int, int, int]:
        """Outer marks sort first: earlier start, then later end, then lower layer, then input order."""
        return (self.start, -self.end, self.layer, self.order)


def _open_tag(m: _Mark, first: bool) -> str:
    pairs = (
        (*m.attributes, *m.first, ("data-part", "first")) if first else (*m.attributes, ("data-part", "cont"))
    )
    attrs_html = "".join(f' {k}="{_attr(v)}"' for k, v in pairs)
    return f'<span class="{m.cls}"{attrs_html}>'


def _clamp(marks: Iterable[_Mark], n: int) -> list[_Mark]:
    """Marks with offsets forced into ``[0, n]`` and ``start <= end``: bad offsets never raise."""
    out = []
    for m in marks:
        start = min(max(m.start, 0), n)
        end = min(max(m.end, start), n)
        out.append(m if (start, end) == (m.start, m.end) else attrs.evolve(m, start=start, end=end))
    return out


def _sweep(text: str, marks: Sequence[_Mark]) -> str:
    """The escaped ``text`` with every mark as nested ``<span>`` elements (an event sweep over boundaries).

    Between two consecutive boundaries the open elements must be exactly the marks covering that stretch,
    outermost first. At each boundary the common prefix of the open stack and the wanted stack stays
    open; the rest is closed and reopened, so a mark that crosses another is split into fragments.
    Empty marks become empty elements at their offset.
    """
    n = len(text)
    marks = _clamp(marks, n)
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    empties: dict[int, list[_Mark]] = {}
    for m in marks:
        if m.start == m.end:
            empties.setdefault(m.start, []).append(m)
        else:
            starts.setdefault(m.start, []).append(m)
            ends.setdefault(m.end, []).append(m)
    points = sorted({0, n, *starts, *ends, *empties})
    out: list[str] = []
    active: list[tuple[tuple[int, int, int, int], _Mark]] = []
    stack: list[_Mark] = []
    opened: set[int] = set()
    for i, p in enumerate(points):
        for m in ends.get(p, ()):
            active.remove((m.key, m))
        for m in starts.get(p, ()):
            bisect.insort(active, (m.key, m), key=lambda km: km[0])
        wanted = [m for _, m in active]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        for m in wanted[keep:]:
            out.append(_open_tag(m, id(m) not in opened))
            opened.add(id(m))
        stack = wanted
        for m in sorted(empties.get(p, ()), key=lambda e: e.key):
            out.append(_open_tag(m, True) + "</span>")
        if i + 1 < len(points):
            out.append(_text(text[p : points[i + 1]]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------
# From records to marks.


def _speaker_label(sp: Speaker | None) -> str:
    """'Name, role, organisation' as a reader wants it; 'unknown speaker' when nothing is known."""
    if sp is None:
        return "unknown speaker"
    who = sp.name or (sp.mention.text if sp.mention else None) or "unknown speaker"
    extras = [x for x in (sp.role, sp.organization) if x and x != who]
    return ", ".join([who, *extras])


def _resolution_note(sp: Speaker) -> str:
    """How the mention was tied to the speaker: '“He” → Jane Roe, minister (pronoun)'."""
    mention = sp.mention.text if sp.mention else ""
    return f"“{mention}” → {_speaker_label(sp)} ({sp.resolution})"


def _quote_marks(i: int, q: Quote, order: int) -> list[_Mark]:
    sp = q.speaker
    label = _speaker_label(sp)
    resolution = sp.resolution if sp else "none"
    common = (("data-index", str(i)),)
    title = f"{q.kind} quotation {i + 1}: {label}" + (f" ({resolution})" if sp else "")
    if q.cue:
        title += f"; cue “{q.cue.text}” ({q.cue.lemma})"
    if q.addressee:
        title += f"; to {q.addressee.text}"
    quote = _Mark(
        q.start,
        q.end,
        _LAYER["quote"],
        order,
        f"gq-quote gq-{q.kind}",
        (
            ("data-kind", "quote"),
            *common,
            ("data-quote-kind", q.kind),
            ("data-speaker", (sp.name or "") if sp else ""),
            ("data-role", (sp.role or "") if sp else ""),
            ("data-resolution", resolution),
            ("data-start", str(q.start)),
            ("data-end", str(q.end)),
            ("title", title),
        ),
        (("id", f"quote-{i}"), ("data-label", f"{i + 1} · {label}")),
    )
    out = [quote]
    if sp is not None and sp.mention is not None:
        resolved = sp.resolution in ("pronoun", "role", "carried")
        out.append(
            _Mark(
                sp.mention.start,
                sp.mention.end,
                _LAYER["speaker"],
                order,
                "gq-speaker gq-resolved" if resolved else "gq-speaker",
                (
                    ("data-kind", "speaker"),
                    *common,
                    ("data-speaker", sp.name or ""),
                    ("data-resolution", sp.resolution),
                    ("data-resolved", _resolution_note(sp)),
                    ("title", _resolution_note(sp)),
                ),
            )
        )
    if q.cue is not None:
        cue_attrs = (
            ("data-kind", "cue"),
            *common,
            ("data-lemma", q.cue.lemma),
            ("title", f"cue: {q.cue.lemma}"),
        )
        out.append(_Mark(q.cue.start, q.cue.end, _LAYER["cue"], order, "gq-cue", cue_attrs))
    if q.addressee is not None:
        to_attrs = (("data-kind", "addressee"), *common, ("title", f"addressee of quotation {i + 1}"))
        out.append(
            _Mark(q.addressee.start, q.addressee.end, _LAYER["addressee"], order, "gq-addressee", to_attrs)
        )
    return out


def _actor_title(a: Actor) -> str:
    return f"{a.name} ({a.code or 'no code'}, {a.type.replace('_', ' ')})"


def _coalition_summary(c: Coalition) -> str:
    facts = [c.label or c.text]
    if c.id:
        facts.append(c.id)
    facts.append("standing organisation" if c.standing else "coalition")
    if c.kind:
        facts.append(c.kind)
    facts.append(c.polarity)
    if c.leader:
        facts.append(f"led by {c.leader.name}")
    if c.members:
        facts.append("members: " + ", ".join(a.code or a.name for a in c.members))
    if c.adversaries:
        facts.append("against: " + ", ".join(a.code or a.name for a in c.adversaries))
    return " · ".join(facts)


def _coalition_mark(i: int, c: Coalition, order: int) -> _Mark:
    return _Mark(
        c.start,
        c.end,
        _LAYER["coalition"],
        order,
        f"gq-coalition gq-{c.polarity}",
        (
            ("data-kind", "coalition"),
            ("data-index", str(i)),
            ("data-code", c.id or ""),
            ("data-label", c.label or ""),
            ("data-polarity", c.polarity),
            ("data-coalition-kind", c.kind or ""),
            ("data-standing", "true" if c.standing else "false"),
            ("data-start", str(c.start)),
            ("data-end", str(c.end)),
            ("title", f"coalition {i + 1}: {_coalition_summary(c)}"),
        ),
        (("id", f"coalition-{i}"), ("data-badge", c.id or c.label or f"coalition {i + 1}")),
    )


def _actor_marks(coalitions: Sequence[Coalition], order: int) -> list[_Mark]:
    """One mark per distinct actor span, listing every coalition and role it plays there."""
    roles: dict[tuple[int, int, str | None], tuple[Actor, list[str], list[str]]] = {}
    for i, c in enumerate(coalitions):
        cast = [("leader", c.leader)] if c.leader else []
        cast += [("member", a) for a in c.members] + [("adversary", a) for a in c.adversaries]
        for role, a in cast:
            assert a is not None
            a_roles, a_in = roles.setdefault((a.start, a.end, a.code), (a, [], []))[1:]
            if role not in a_roles:
                a_roles.append(role)
            if str(i) not in a_in:
                a_in.append(str(i))
    out = []
    for k, (a, a_roles, a_in) in enumerate(roles.values()):
        numbers = ", ".join(str(int(x) + 1) for x in a_in)
        title = f"{_actor_title(a)}: {' and '.join(a_roles)} of coalition {numbers}"
        out.append(
            _Mark(
                a.start,
                a.end,
                _LAYER["actor"],
                order + k,
                "gq-actor gq-" + a_roles[0],
                (
                    ("data-kind", "actor"),
                    ("data-code", a.code or ""),
                    ("data-name", a.name),
                    ("data-type", a.type),
                    ("data-roles", " ".join(a_roles)),
                    ("data-coalitions", " ".join(a_in)),
                    ("title", title),
                ),
                (("data-badge", a.code or "?"),),
            )
        )
    return out


def _header_marks(article: Article) -> list[_Mark]:
    h = article.header
    parts: list[tuple[str, Span | None, str]] = [
        ("title", h.title, "title"),
        ("subtitle", h.subtitle, "subtitle"),
        ("byline", h.byline, "byline"),
        ("source", h.source, f"source: {h.source.name}" if h.source else ""),
        ("dateline", h.dateline, "dateline"),
        ("published", h.published, f"published {h.published.value}" if h.published else ""),
        ("updated", h.updated, f"updated {h.updated.value}" if h.updated else ""),
    ]
    parts += [("author", a, f"author: {a.name}") for a in h.authors]
    return [
        _Mark(
            s.start,
            s.end,
            _LAYER["header"],
            k,
            f"gq-header gq-{name}",
            (("data-kind", name), ("title", title)),
        )
        for k, (name, s, title) in enumerate(parts)
        if s is not None
    ]


def _marks(article: Article) -> list[_Mark]:
    out = _header_marks(article)
    order = len(out)
    for i, q in enumerate(article.quotes):
        out += _quote_marks(i, q, order + i)
    order += len(article.quotes)
    out += [_coalition_mark(i, c, order + i) for i, c in enumerate(article.coalitions)]
    order += len(article.coalitions)
    out += _actor_marks(article.coalitions, order)
    return _merge_speakers(out)


def _merge_speakers(marks: list[_Mark]) -> list[_Mark]:
    """One speaker mark per mention span: several quotations may share "he said"."""
    seen: dict[tuple[int, int], int] = {}
    out: list[_Mark] = []
    for m in marks:
        if "gq-speaker" not in m.cls:
            out.append(m)
            continue
        at = seen.get((m.start, m.end))
        if at is None:
            seen[m.start, m.end] = len(out)
            out.append(m)
            continue
        prev = dict(out[at].attributes)
        new = dict(m.attributes)
        for k in ("data-index",):
            prev[k] = f"{prev[k]} {new[k]}"
        for k in ("data-resolved", "title"):
            if new[k] not in prev[k].split("\n"):
                prev[k] = f"{prev[k]}\n{new[k]}"
        out[at] = attrs.evolve(out[at], attributes=tuple(prev.items()))
    return out


# ---------------------------------------------------------------------------------------------------------
# The page.

_CSS = """
:root { --q-direct:#fff1a8; --q-mixed:#ffd9a8; --q-indirect:#dcebff; --coal:#2f7d4f; --actor:#e3f4e8;
        --ink:#1d232b; --muted:#5b6570; }
* { box-sizing:border-box; }
body { margin:0; font:16px/1.65 Georgia, "DejaVu Serif", serif; color:var(--ink); background:#fbfaf7; }
header.gq-top { padding:.8rem 1.5rem; border-bottom:1px solid #ddd; background:#fff;
                font-family:system-ui, "DejaVu Sans", sans-serif; }
header.gq-top h1 { margin:0 0 .3rem; font-size:1.15rem; }
.gq-legend { display:flex; flex-wrap:wrap; gap:.4rem .9rem; font-size:.8rem; color:var(--muted); }
.gq-legend span { white-space:nowrap; }
main { display:grid; grid-template-columns:minmax(0, 3fr) minmax(16rem, 1.3fr); gap:1.5rem; padding:1.5rem; }
@media (max-width:900px) { main { grid-template-columns:1fr; } }
article.gq-text { white-space:pre-wrap; overflow-wrap:anywhere; background:#fff; padding:1.2rem 1.5rem;
                  border:1px solid #e4e1da; border-radius:6px; }
aside { font:14px/1.45 system-ui, "DejaVu Sans", sans-serif; }
aside h2 { font-size:1rem; margin:.2rem 0 .5rem; }
aside ol { padding-left:1.4rem; margin:0 0 1.2rem; }
aside li { margin-bottom:.5rem; }
aside .gq-meta { color:var(--muted); font-size:.85em; }
aside .gq-none { color:var(--muted); font-style:italic; }
.gq-quote { border-radius:3px; }
.gq-direct { background:var(--q-direct); }
.gq-mixed { background:var(--q-mixed); }
.gq-indirect { background:var(--q-indirect); }
.gq-quote[data-label]::before { content:attr(data-label);
  font:600 .68rem/1 system-ui, "DejaVu Sans", sans-serif; color:#fff; background:#7a5b00;
  border-radius:3px; padding:.12rem .3rem; margin-right:.25rem; vertical-align:.15rem; white-space:nowrap; }
.gq-mixed[data-label]::before { background:#9a4a00; }
.gq-indirect[data-label]::before { background:#23568f; }
.gq-coalition { outline:2px solid var(--coal); outline-offset:1px; border-radius:2px; }
.gq-coalition.gq-negated { outline-style:dashed; outline-color:#a33; }
.gq-coalition.gq-hedged, .gq-coalition.gq-hypothetical { outline-style:dotted; }
.gq-coalition[data-badge]::after, .gq-actor[data-badge]::after { content:attr(data-badge);
  font:700 .62rem/1 system-ui, "DejaVu Sans", sans-serif; vertical-align:super; margin-left:.15rem;
  padding:.08rem .22rem; border-radius:3px; color:#fff; background:var(--coal); white-space:nowrap; }
.gq-coalition.gq-negated[data-badge]::after { background:#a33; }
.gq-actor { background:var(--actor); border-bottom:2px solid var(--coal); }
.gq-actor.gq-adversary { border-bottom-color:#a33; }
.gq-actor[data-badge]::after { background:#4a5563; }
.gq-speaker { font-weight:bold; border-bottom:2px solid #7a5b00; }
.gq-resolved { position:relative; border-bottom-style:dotted; cursor:help; }
.gq-resolved:hover::after { content:attr(data-resolved); position:absolute; left:0; top:1.6em; z-index:3;
  white-space:pre; font:500 .78rem/1.3 system-ui, "DejaVu Sans", sans-serif; color:#fff; background:#222;
  padding:.3rem .5rem; border-radius:4px; }
.gq-cue { text-decoration:underline wavy #7a5b00; text-underline-offset:3px; }
.gq-addressee { text-decoration:underline double #555; }
.gq-header { background:#f0eee8; }
.gq-title { font-size:1.3em; font-weight:bold; }
""".strip()

#: Nothing may be fetched: no scripts, images, fonts or frames; only the inline style sheet applies.
_CSP = "default-src 'none'; style-src 'unsafe-inline'"

_LEGEND = (
    ('<span class="gq-quote gq-direct">direct</span>'),
    ('<span class="gq-quote gq-mixed">mixed</span>'),
    ('<span class="gq-quote gq-indirect">indirect</span> quotation'),
    ('<span class="gq-speaker">speaker</span> (dotted: resolved pronoun or role; hover it)'),
    ('<span class="gq-cue">cue</span>'),
    ('<span class="gq-coalition">coalition</span> (dashed: negated)'),
    ('<span class="gq-actor">actor</span> with its code'),
)


def _quote_item(i: int, q: Quote) -> str:
    sp = q.speaker
    meta: list[str] = [q.kind]
    if sp is not None:
        meta.append(f"resolved by {sp.resolution}")
        if sp.mention is not None and sp.mention.text != sp.name:
            meta.append(f"mention “{sp.mention.text}”")
    if q.cue:
        meta.append(f"cue “{q.cue.text}”")
    if q.addressee:
        meta.append(f"to {q.addressee.text}")
    excerpt = q.text if len(q.text) <= 140 else q.text[:137] + "…"
    return (
        f'<li><a href="#quote-{i}"><b>{_text(_speaker_label(sp))}</b></a> '
        f'<span class="gq-meta">{_text(" · ".join(meta))}</span><br>“{_text(excerpt)}”</li>'
    )


def _coalition_item(i: int, c: Coalition) -> str:
    return (
        f'<li><a href="#coalition-{i}"><b>{_text(c.label or c.text)}</b></a> '
        f'<span class="gq-meta">{_text(_coalition_summary(c))}</span></li>'
    )


def _summary(article: Article) -> str:
    quotes = "".join(_quote_item(i, q) for i, q in enumerate(article.quotes))
    coalitions = "".join(_coalition_item(i, c) for i, c in enumerate(article.coalitions))
    none = '<p class="gq-none">none found</p>'
    return (
        f"<h2>Quotations ({len(article.quotes)})</h2>"
        + (f"<ol>{quotes}</ol>" if quotes else none)
        + f"<h2>Coalitions ({len(article.coalitions)})</h2>"
        + (f"<ol>{coalitions}</ol>" if coalitions else none)
    )


def _page_title(article: Article) -> str:
    if article.header.title is not None:
        return " ".join(article.header.title.text.split())
    return article.id or "Article"


def render_html(text: str, article: Article) -> str:
    """A self-contained HTML page showing ``text`` with what ``article`` found in it.

    ``article`` must be the analysis of ``text`` (its offsets index ``text``); offsets outside the text
    are clamped rather than raising. The page has no script and loads nothing.
    """
    ensure_text(text)
    body = _sweep(text, _marks(article))
    title = _page_title(article)
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="geoquote">\n'
        f"<title>{_text(title)} · geoquote</title>\n"
        f"<style>\n{_CSS}\n</style></head>\n"
        f'<body><header class="gq-top"><h1>{_text(title)}</h1>'
        f'<div class="gq-legend">{"".join(f"<span>{x}</span>" for x in _LEGEND)}</div></header>\n'
        f'<main><article id="text" class="gq-text" data-length="{len(text)}">{body}</article>\n'
        f"<aside>{_summary(article)}</aside></main>\n"
        "</body></html>\n"
    )
