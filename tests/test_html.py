"""The reader's view: every finding highlighted, nested, escaped and at its exact offsets."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoquote
from geoquote import Actor, Article, Coalition, Cue, Header, Quote, Span, Speaker
from geoquote._html import render_html
from geoquote._records import Resolution
from geoquote.errors import InputTypeError

from .conftest import occurrence

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "000_141413377df56f47.txt"
SEED_GOLD = ROOT / "seeds" / "000_141413377df56f47.gold.json"
CHROMIUM = os.environ.get("GEOQUOTE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(tempfile.gettempdir()) / "geoquote-reader-view"

# ---------------------------------------------------------------------------------------------------------
# Reading a page back: the text of <article id="text"> and every element with data-kind inside it.


@attrs.define
class Element:
    """One highlighted element of the page: its attributes, its text, the marks around it."""

    attributes: dict[str, str]
    text: str = ""
    ancestors: tuple[tuple[str, str], ...] = ()  #: (data-kind, data-index) of enclosing marks, outer first

    @property
    def kind(self) -> str:
        return self.attributes.get("data-kind", "")

    @property
    def index(self) -> str:
        return self.attributes.get("data-index", "")


class PageReader(HTMLParser):
    """Collects the article's text content and its marked elements, checking that tags balance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  #: open elements inside the article; 0 outside it
        self.in_article = False
        self.text: list[str] = []
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.tags_outside: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs_}
        if not self.in_article:
            self.tags_outside.append((tag, a))
            if tag == "article" and a.get("id") == "text":
                self.in_article, self.depth = True, 1
            return
        assert tag == "span", f"unexpected <{tag}> inside the article"
        self.depth += 1
        el = Element(a, ancestors=tuple((e.kind, e.index) for e in self.open))
        self.elements.append(el)
        self.open.append(el)

    def handle_endtag(self, tag: str) -> None:
        if not self.in_article:
            return
        self.depth -= 1
        if self.depth == 0:
            assert tag == "article"
            assert not self.open, "unclosed marks at the end of the article"
            self.in_article = False
            return
        assert tag == "span" and self.open, f"unbalanced </{tag}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.text.append(data)
            for el in self.open:
                el.text += data


def read_page(page: str) -> PageReader:
    """Parse ``page``; the reader holds the article text and its marked elements."""
    reader = PageReader()
    reader.feed(page)
    reader.close()
    assert reader.depth == 0 and not reader.in_article, "the article element was not closed"
    return reader


def fragments(reader: PageReader, kind: str, index: int) -> list[Element]:
    """The elements that together draw the ``index``-th finding of ``kind``."""
    return [e for e in reader.elements if e.kind == kind and index in map(int, e.index.split())]


def drawn_text(reader: PageReader, kind: str, index: int) -> str:
    return "".join(e.text for e in fragments(reader, kind, index))


def assert_every_finding_drawn(text: str, article: Article, reader: PageReader) -> None:
    """The page shows ``text`` verbatim, and each quotation and coalition of ``article`` in full."""
    assert "".join(reader.text) == text
    for i, q in enumerate(article.quotes):
        assert drawn_text(reader, "quote", i) == text[q.start : q.end], f"quote {i}"
        first = [e for e in fragments(reader, "quote", i) if e.attributes.get("data-part") == "first"]
        assert len(first) == 1 or q.start == q.end
    for i, c in enumerate(article.coalitions):
        assert drawn_text(reader, "coalition", i) == text[c.start : c.end], f"coalition {i}"
        assert {e.attributes["data-code"] for e in fragments(reader, "coalition", i)} == {c.id or ""}
    actors = {(text[a.start : a.end], a.code or "") for c in article.coalitions for a in _cast(c)}
    drawn = {(e.text, e.attributes["data-code"]) for e in reader.elements if e.kind == "actor"}
    assert drawn == actors


def _cast(c: Coalition) -> tuple[Actor, ...]:
    return ((c.leader,) if c.leader else ()) + c.members + c.adversaries


# ---------------------------------------------------------------------------------------------------------
# Hand-built articles.

TEXT = (
    "Allies & rivals <meet>\n\n"
    "The minister told Interfax: \u201cThe NATO alliance with Kyiv is not a threat,\u201d "
    "and he said Russia and China would answer."
)


def at(sub: str, text: str = TEXT, nth: int = 0) -> tuple[str, int, int]:
    """``sub`` with its offsets in ``text`` (its ``nth`` occurrence)."""
    return occurrence(text, sub, nth)


def hand_article() -> Article:
    """Two quotations (one via a role noun, one via a pronoun) and a coalition nested in the first."""
    minister = Speaker("Sergei Lavrov", Span(*at("The minister")), "Foreign Minister", None, "role")
    q0 = Quote(
        *at("The NATO alliance with Kyiv is not a threat,"),
        kind="direct",
        speaker=minister,
        cue=Cue(*at("told"), lemma="tell"),
        addressee=Span(*at("Interfax")),
    )
    q1 = Quote(
        *at("Russia and China would answer"),
        kind="indirect",
        speaker=Speaker("Sergei Lavrov", Span(*at("he", nth=2)), None, None, "pronoun"),
        cue=Cue(*at("said"), lemma="say"),
    )
    nato = Actor(*at("NATO"), name="North Atlantic Treaty Organization", code="NATO", type="organization")
    ukr = Actor(*at("Kyiv"), name="Ukraine", code="UKR", type="government")
    c0 = Coalition(
        *at("The NATO alliance with Kyiv"),
        label="NATO and Ukraine",
        kind="military",
        polarity="negated",
        leader=nato,
        members=(nato, ukr),
    )
    rus = Actor(*at("Russia"), name="Russia", code="RUS")
    c1 = Coalition(*at("Russia and China"), members=(rus, Actor(*at("China"), name="China", code="CHN")))
    header = Header(title=Span(*at("Allies & rivals <meet>")), body_start=TEXT.index("The minister"))
    return Article(header=header, quotes=(q0, q1), coalitions=(c0, c1), id="hand-1")


def gold_article(text: str, gold: dict[str, Any]) -> Article:
    """The seed's hand annotation as records (spans found in the text), to view a complete analysis."""

    def near(sub: str, pos: int) -> tuple[str, int, int]:
        before = text.rfind(sub, 0, pos + len(sub))
        i = before if before >= 0 else text.index(sub, pos)
        return sub, i, i + len(sub)

    quotes = []
    for g in gold["quotes"]:
        start = text.index(g["text"])
        mention = near(g["speaker_mention"], start)
        kinds: dict[str, Resolution] = {g["speaker"]: "named", "He": "pronoun"}
        fallback: Resolution = "named" if g["speaker_mention"] in g["speaker"] else "role"
        resolution = kinds.get(g["speaker_mention"], fallback)
        cue = Cue(*near(g["cue"], mention[1] + 40), lemma=g["cue"]) if g.get("cue") else None
        addressee = Span(*near(g["addressee"], start)) if g.get("addressee") else None
        speaker = Speaker(g["speaker"], Span(*mention), g.get("role"), None, resolution)
        quotes.append(Quote(g["text"], start, start + len(g["text"]), g["kind"], speaker, cue, addressee))
    coalitions = []
    for g in gold["coalitions"]:
        start = text.index(g["mention"])
        members = [
            Actor(*near(m, start + len(g["mention"])), name=code, code=code)
            for code, m in zip(g.get("members", ()), g.get("member_mentions", ()), strict=False)
        ]
        adversaries = [
            Actor(*near(m, start + len(g["mention"])), name=code, code=code, type="armed_group")
            for code, m in zip(g.get("adversaries", ()), g.get("adversary_mentions", ()), strict=False)
        ]
        leader = next((a for a in members if a.code == g.get("leader")), None)
        coalitions.append(
            Coalition(
                *at(g["mention"], text),
                label=g.get("label"),
                id=g["mention"] if g.get("standing") else None,
                standing=bool(g.get("standing")),
                kind=g.get("kind"),
                polarity=g["polarity"],
                leader=leader,
                members=tuple(members),
                adversaries=tuple(adversaries),
            )
        )
    return Article(quotes=tuple(quotes), coalitions=tuple(coalitions), id="seed-gold")


# ---------------------------------------------------------------------------------------------------------


class TestRenderHtml:
    """``render_html`` on hand-built records."""

    def test_every_finding_is_drawn(self) -> None:
        """Each quotation, coalition and actor is an element holding exactly its text."""
        article = hand_article()
        assert_every_finding_drawn(TEXT, article, read_page(render_html(TEXT, article)))

    def test_coalition_nests_inside_quotation(self) -> None:
        """A coalition inside a quotation is a child of the quotation's element, which is not split."""
        reader = read_page(render_html(TEXT, hand_article()))
        (coalition,) = fragments(reader, "coalition", 0)
        assert ("quote", "0") in coalition.ancestors
        assert len(fragments(reader, "quote", 0)) == 1
        nato = next(e for e in reader.elements if e.kind == "actor" and e.attributes["data-code"] == "NATO")
        assert nato.ancestors[-2:] == (("quote", "0"), ("coalition", "0"))

    def test_crossing_spans_are_split_into_fragments(self) -> None:
        """A coalition that starts inside a quotation and ends after it is drawn in fragments that nest."""
        text = "He said Russia and Iran are allies, then left."
        q = Quote(*at("Russia and Iran are", text), kind="indirect")
        c = Coalition(*at("Iran are allies, then", text))
        article = Article(quotes=(q,), coalitions=(c,))
        reader = read_page(render_html(text, article))
        assert_every_finding_drawn(text, article, reader)
        parts = fragments(reader, "quote", 0) + fragments(reader, "coalition", 0)
        assert len(parts) == 3
        assert [e.attributes["data-part"] for e in fragments(reader, "coalition", 0)] == ["first", "cont"]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("a < b && c > d", id="markup-characters"),
            pytest.param("\u201cquoted\u201d and \"straight\" and 'single'", id="quote-marks"),
            pytest.param("\nleading newline kept", id="leading-newline"),
            pytest.param("windows\r\nline\rends", id="carriage-returns"),
            pytest.param("tabs\tand\u00a0spaces  \u2003 kept", id="whitespace"),
            pytest.param("emoji \U0001f30d and \u0645\u0631\u062d\u0628\u0627 and e\u0301", id="unicode"),
            pytest.param("<script>alert(1)</script>&amp;", id="script-like"),
            pytest.param("", id="empty"),
        ],
    )
    def test_text_content_is_the_input(self, text: str) -> None:
        """The article element's text content is the input, character for character."""
        article = Article(quotes=(Quote(text, 0, len(text)),))
        page = render_html(text, article)
        reader = read_page(page)
        assert "".join(reader.text) == text
        assert drawn_text(reader, "quote", 0) == text
        assert "<script" not in page

    def test_characters_html_cannot_carry_degrade(self) -> None:
        """A NUL or a lone surrogate becomes U+FFFD instead of raising, and the page is encodable."""
        text = "a\x00b\ud800c"
        page = render_html(text, Article(quotes=(Quote(text[1:4], 1, 4),)))
        page.encode("utf-8")
        assert "".join(read_page(page).text) == "a\ufffdb\ufffdc"

    def test_attributes_are_escaped(self) -> None:
        """Speaker names and labels with markup end up as attribute values, not markup."""
        text = "X said: \u201cfine\u201d"
        evil = '"><script>alert(1)</script>'
        q = Quote(*at("fine", text), speaker=Speaker(evil, Span(*at("X", text)), evil, None, "named"))
        c = Coalition(*at("fine", text), label=evil, id="A&B")
        page = render_html(
            text, Article(header=Header(title=Span(*at("X", text))), quotes=(q,), coalitions=(c,))
        )
        assert "<script" not in page
        reader = read_page(page)
        (quote,) = fragments(reader, "quote", 0)
        assert quote.attributes["data-speaker"] == evil
        assert fragments(reader, "coalition", 0)[0].attributes["data-code"] == "A&B"

    @pytest.mark.parametrize(
        ("mention", "resolution", "resolved"),
        [
            pytest.param("The minister", "role", True, id="role-noun"),
            pytest.param("he", "pronoun", True, id="pronoun"),
            pytest.param("The minister", "named", False, id="named"),
        ],
    )
    def test_hover_shows_resolution(self, mention: str, resolution: Any, resolved: bool) -> None:
        """A pronoun or role-noun mention carries whom it resolved to, for the hover tooltip."""
        nth = 2 if mention == "he" else 0
        sp = Speaker("Sergei Lavrov", Span(*at(mention, nth=nth)), "Foreign Minister", None, resolution)
        article = Article(quotes=(Quote(*at("Russia and China would answer"), speaker=sp),))
        (el,) = [e for e in read_page(render_html(TEXT, article)).elements if e.kind == "speaker"]
        assert el.text == mention
        assert "Sergei Lavrov, Foreign Minister" in el.attributes["title"]
        assert el.attributes["data-resolution"] == resolution
        assert ("gq-resolved" in el.attributes["class"].split()) is resolved

    def test_shared_mention_is_one_element(self) -> None:
        """Two quotations attributed through the same words mark those words once, naming both."""
        sp = Speaker("Sergei Lavrov", Span(*at("he", nth=2)), None, None, "pronoun")
        q0 = Quote(*at("Russia"), speaker=sp)
        q1 = Quote(*at("China"), speaker=sp)
        reader = read_page(render_html(TEXT, Article(quotes=(q0, q1))))
        (el,) = [e for e in reader.elements if e.kind == "speaker"]
        assert el.index == "0 1"

    def test_quote_label_and_anchor(self) -> None:
        """The first fragment of a quotation has an anchor id and the speaker label, the summary links it."""
        page = render_html(TEXT, hand_article())
        (first,) = fragments(read_page(page), "quote", 0)
        assert first.attributes["id"] == "quote-0"
        assert first.attributes["data-label"] == "1 · Sergei Lavrov, Foreign Minister"
        assert 'href="#quote-0"' in page and 'href="#coalition-1"' in page

    def test_actors_carry_codes_and_roles(self) -> None:
        """Each actor of a coalition is marked once with its code and every role it plays."""
        reader = read_page(render_html(TEXT, hand_article()))
        actors = {e.attributes["data-code"]: e for e in reader.elements if e.kind == "actor"}
        assert set(actors) == {"NATO", "UKR", "RUS", "CHN"}
        assert actors["NATO"].attributes["data-roles"] == "leader member"
        assert actors["NATO"].attributes["data-badge"] == "NATO"

    def test_header_parts_are_marked(self) -> None:
        """The title is marked, and it names the page."""
        page = render_html(TEXT, hand_article())
        (title,) = [e for e in read_page(page).elements if e.kind == "title"]
        assert title.text == "Allies & rivals <meet>"
        assert "<title>Allies &amp; rivals &lt;meet&gt; · geoquote</title>" in page

    def test_empty_and_out_of_range_spans_do_not_raise(self) -> None:
        """An empty quotation is an empty element; offsets past the text are clamped."""
        text = "Short text."
        article = Article(quotes=(Quote("", 5, 5), Quote("text.", 6, 99)), coalitions=(Coalition("", -3, 2),))
        reader = read_page(render_html(text, article))
        assert "".join(reader.text) == text
        assert len(fragments(reader, "quote", 0)) == 1 and drawn_text(reader, "quote", 0) == ""
        assert drawn_text(reader, "quote", 1) == "text."
        assert drawn_text(reader, "coalition", 0) == "Sh"

    def test_page_is_self_contained(self) -> None:
        """The page fetches nothing: no external references, a CSP that forbids loading."""
        page = render_html(TEXT, hand_article())
        reader = read_page(page)
        for tag, a in reader.tags_outside:
            assert tag not in ("script", "link", "img", "iframe", "object", "embed"), tag
            assert "src" not in a
            assert a.get("href", "#").startswith("#")
        assert "url(" not in page and "@import" not in page
        assert "default-src 'none'" in page

    def test_text_must_be_str(self) -> None:
        """Bytes are a caller mistake with a typed error."""
        with pytest.raises(InputTypeError):
            render_html(b"bytes", Article())  # type: ignore[arg-type]

    def test_seed_analysis(self) -> None:
        """Every quotation and coalition that analyze finds in the seed article is drawn."""
        text = SEED_TEXT.read_text(encoding="utf-8")
        article = geoquote.analyze(text)
        assert_every_finding_drawn(text, article, read_page(render_html(text, article)))

    def test_seed_gold(self) -> None:
        """The seed's full hand annotation, as records, is drawn completely."""
        text = SEED_TEXT.read_text(encoding="utf-8")
        article = gold_article(text, json.loads(SEED_GOLD.read_text(encoding="utf-8")))
        assert len(article.quotes) == 8
        assert_every_finding_drawn(text, article, read_page(render_html(text, article)))


@st.composite
def text_and_article(draw: st.DrawFn) -> tuple[str, Article]:
    """Any text, with quotations and coalitions at arbitrary (possibly crossing or empty) offsets."""
    text = draw(st.text(max_size=60))
    n = len(text)

    def span() -> tuple[str, int, int]:
        a, b = sorted((draw(st.integers(0, n)), draw(st.integers(0, n))))
        return text[a:b], a, b

    quotes = tuple(
        Quote(*span(), kind=draw(st.sampled_from(["direct", "mixed", "indirect"])))
        for _ in range(draw(st.integers(0, 4)))
    )
    coalitions = tuple(
        Coalition(*span(), members=(Actor(*span(), name="X", code="XXX"),))
        for _ in range(draw(st.integers(0, 3)))
    )
    return text, Article(quotes=quotes, coalitions=coalitions)


class TestSweepProperties:
    """Invariants of the boundary sweep on arbitrary spans."""

    @settings(max_examples=300, deadline=None)
    @given(text_and_article())
    def test_any_spans_nest_and_keep_the_text(self, case: tuple[str, Article]) -> None:
        """Whatever the spans, tags balance, the text is kept and each finding is drawn exactly."""
        text, article = case
        page = render_html(text, article)
        reader = read_page(page)
        carried = text.replace("\x00", "\ufffd")
        carried = "".join("\ufffd" if 0xD800 <= ord(c) < 0xE000 else c for c in carried)
        assert "".join(reader.text) == carried
        for kind, items in (("quote", article.quotes), ("coalition", article.coalitions)):
            for i, item in enumerate(items):
                drawn = drawn_text(reader, kind, i)
                assert drawn == carried[item.start : item.end], (kind, i)


# ---------------------------------------------------------------------------------------------------------
# In a real browser.

#: Run in the page after layout: every mark's text, visibility and highlight, written into the DOM.
PROBE = """<script>
const text = document.getElementById("text");
const marks = [...text.querySelectorAll("[data-kind]")].map(el => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  const paint = s.backgroundColor !== "rgba(0, 0, 0, 0)" || s.outlineStyle !== "none"
    || s.borderBottomStyle !== "none" || s.textDecorationLine !== "none";
  return {kind: el.dataset.kind, index: el.dataset.index || "", code: el.dataset.code || "",
          text: el.textContent, highlighted: paint, visible: r.width > 0 && r.height > 0,
          label: getComputedStyle(el, "::before").content};
});
const probe = document.createElement("pre");
probe.id = "probe";
probe.textContent = JSON.stringify({text: text.textContent, marks});
document.body.appendChild(probe);
</script>"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with no network side-channels and a fresh profile."""
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)),
    reason=f"no Chromium at {CHROMIUM}: install Debian's `chromium` package (.ci/run does) for browser tests",
)
class TestInBrowser:
    """The page for the seed article, opened in headless Chromium."""

    @pytest.mark.parametrize("source", ["analyze", "gold"])
    def test_seed_page_highlights_everything(self, source: str, tmp_path: Path) -> None:
        """Every quotation and coalition is visibly highlighted in the rendered DOM; a screenshot is saved."""
        text = SEED_TEXT.read_text(encoding="utf-8")
        if source == "analyze":
            article = geoquote.analyze(text)
        else:
            article = gold_article(text, json.loads(SEED_GOLD.read_text(encoding="utf-8")))
        page = render_html(text, article)
        page_path = tmp_path / "seed.html"
        page_path.write_text(page, encoding="utf-8")
        probe_path = tmp_path / "probe.html"
        probe_path.write_text(
            page.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';").replace(
                "</body>", PROBE + "</body>"
            ),
            encoding="utf-8",
        )
        dom = chromium("--dump-dom", probe_path.as_uri(), profile=tmp_path / "profile").stdout
        probe_reader = ProbeReader()
        probe_reader.feed(dom)
        result = json.loads("".join(probe_reader.probe))
        assert result["text"] == text
        marks: list[dict[str, Any]] = result["marks"]
        assert all(m["visible"] and m["highlighted"] for m in marks)
        for kind, items in (("quote", article.quotes), ("coalition", article.coalitions)):
            for i, item in enumerate(items):
                parts = [m for m in marks if m["kind"] == kind and str(i) in m["index"].split()]
                assert "".join(m["text"] for m in parts) == item.text, f"{kind} {i}"
        quote_labels = [m["label"] for m in marks if m["kind"] == "quote" and m["label"] != "none"]
        assert len(quote_labels) == len(article.quotes)

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = SCREENSHOTS / f"seed-{source}.png"
        chromium(
            "--window-size=1400,2000",
            f"--screenshot={shot}",
            page_path.as_uri(),
            profile=tmp_path / "profile",
        )
        assert shot.stat().st_size > 10_000
        print(f"reader's view screenshot: {shot}")


class ProbeReader(HTMLParser):
    """The text of ``<pre id="probe">`` in a dumped DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.probe: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.inside = self.inside or (tag == "pre" and ("id", "probe") in attrs_)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.probe.append(data)
