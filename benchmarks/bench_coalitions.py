"""Coalition figures on the development set: detection, leader, members, adversaries, polarity, speed.

    .venv/bin/python benchmarks/bench_coalitions.py

Runs ``geoquote analyze`` over ``../shared/data/coalitions_dev.jsonl`` (never copied here), scores it with
``../shared/tools/eval_coalitions.py`` and prints the scorer's figures, then times :func:`find_coalitions`
alone over the same texts (characters per second, start-up excluded).
"""

from __future__ import annotations

import json
import time

from _common import DATA, OUT, require, run_cli, tool

from geoquote._coalitions import find_coalitions

GOLD = "coalitions_dev.jsonl"


def main() -> None:
    """Score the CLI's output, then time the finder alone."""
    out, wall, chars = run_cli(GOLD)
    errors = OUT / "coalitions_dev.errors.jsonl"
    print(
        tool(
            "eval_coalitions.py",
            "score",
            "--gold",
            str(DATA / GOLD),
            "--pred",
            str(out),
            "--errors",
            str(errors),
            capture=True,
        )
    )
    print(f"analyze (CLI, incl. start-up): {chars / wall:,.0f} chars/s; errors listed in {errors}")
    texts = [json.loads(line)["text"] for line in require(DATA / GOLD).open(encoding="utf-8")]
    find_coalitions(texts[0])  # build the gazetteer matcher once
    t0 = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for t in texts:
            find_coalitions(t)
    secs = time.perf_counter() - t0
    print(f"find_coalitions alone: {rounds * sum(map(len, texts)) / secs:,.0f} chars/s")


if __name__ == "__main__":
    main()
