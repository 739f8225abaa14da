"""Quotation figures on the development sets, from the CLI's output, plus speed.

    .venv/bin/python benchmarks/bench_quotes.py

For PolNeAR dev and geoquotes dev: quoted (direct + mixed) detection F1, quote + right speaker F1, named
attribution accuracy, indirect recall and precision of all predictions, at theta = 0.5, as scored by
``../shared/tools/eval_quotes.py``; then the whole ``analyze`` speed in characters per second.
"""

from __future__ import annotations

import json
import sys
import time

from _common import DATA, OUT, require, run_cli, tool

from geoquote import find_quotes

SETS = ("polnear_dev.jsonl", "geoquotes_dev.jsonl")
TARGETS = {
    "quoted F1": 0.93,
    "quote+speaker F1": 0.85,
    "named acc": 0.85,
    "indirect R": 0.50,
    "precision": 0.85,
}


def figures(gold_name: str) -> tuple[dict[str, float], float]:
    """The five figures for one set, and the CLI's characters per second (start-up included)."""
    out, wall, chars = run_cli(gold_name)
    pred = OUT / f"{gold_name.removesuffix('.jsonl')}.quotes.jsonl"
    scores = OUT / f"{gold_name.removesuffix('.jsonl')}.scores.json"
    tool("gq.py", "quotes", str(out), str(pred), capture=True)
    tool(
        "eval_quotes.py",
        "score",
        "--gold",
        str(DATA / gold_name),
        "--pred",
        str(pred),
        "--json-out",
        str(scores),
        capture=True,
    )
    r = json.loads(scores.read_text("utf-8"))["theta=0.5"]
    return {
        "quoted F1": r["detect_quoted"]["F1"],
        "quote+speaker F1": r["pair_quoted"]["F1"],
        "named acc": r["named_attribution_accuracy"].get("quoted", 0.0),
        "indirect R": r["recall_by_type"].get("indirect", 0.0),
        "precision": r["detect_all"]["P"],
    }, chars / wall


def find_quotes_speed(gold_name: str, repeat: int = 3) -> float:
    """Characters per second of :func:`find_quotes` alone, in process."""
    texts = [json.loads(line)["text"] for line in require(DATA / gold_name).open(encoding="utf-8")]
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            find_quotes(t)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def main() -> int:
    for name in SETS:
        figs, cps = figures(name)
        print(f"{name}:")
        for k, v in figs.items():
            print(f"  {'ok ' if v >= TARGETS[k] else 'LOW'} {k:18s} {v:.3f}  (target {TARGETS[k]:.2f})")
        print(
            f"  analyze CLI: {cps:,.0f} chars/s incl. start-up; "
            f"find_quotes alone: {find_quotes_speed(name):,.0f} chars/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
