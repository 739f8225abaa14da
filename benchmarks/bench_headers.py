"""Header parsing on ../shared/data/headers_dev.jsonl: the issue's figures, measured from the CLI's output.

python benchmarks/bench_headers.py

Runs `geoquote analyze --input jsonl --format jsonl -` over the set, turns the output into the scorer's
input with `gq.py headers`, scores it with `eval_headers.py`, and prints each figure beside its target,
then characters per second (the whole analyze, start-up included) and `parse_header` alone in-process.
"""

from __future__ import annotations

import json
import sys
import time

from _common import DATA, OUT, require, run_cli, tool

#: (label, scorer key, target) as issue 2 asks.
TARGETS = [
    ("title", "title", 0.98),
    ("authors", "authors", 0.90),
    ("source", "source", 0.97),
    ("dateline place", "dateline_place", 0.97),
    ("date month-day", "date(month-day)", 0.85),
    ("date same-day, year printed", "date(same day, year in text)", 0.90),
]


def header_only_speed() -> float:
    """Characters per second of :func:`geoquote.parse_header` alone, over the whole set, in-process."""
    from geoquote import parse_header

    texts = [json.loads(line)["text"] for line in require(DATA / "headers_dev.jsonl").open(encoding="utf-8")]
    parse_header(texts[0])  # warm up lazy imports and caches
    t0 = time.perf_counter()
    for t in texts:
        parse_header(t)
    return sum(map(len, texts)) / (time.perf_counter() - t0)


def main() -> int:
    out, wall, chars = run_cli("headers_dev.jsonl")
    pred = OUT / "headers_dev.pred.jsonl"
    tool("gq.py", "headers", str(out), str(pred))
    summary = json.loads(
        tool(
            "eval_headers.py",
            "--gold",
            str(DATA / "headers_dev.jsonl"),
            "--pred",
            str(pred),
            "--json",
            capture=True,
        )
    )
    rows = summary["ALL"]
    ok = True
    for label, key, target in TARGETS:
        acc = rows.get(key, {}).get("acc", 0.0)
        n = rows.get(key, {}).get("n", 0)
        met = acc >= target
        ok &= met
        print(f"  {label:30s} {acc:.3f}  (target {target:.2f}, n={n})  {'ok' if met else 'BELOW'}")
    print(f"  analyze (CLI, incl. start-up)   {chars / wall:,.0f} chars/s  ({chars:,} chars in {wall:.2f} s)")
    print(f"  parse_header alone              {header_only_speed():,.0f} chars/s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
