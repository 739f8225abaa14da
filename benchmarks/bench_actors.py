"""Speed of the actor gazetteer, and how many gold actor codes of the coalition set it can see.

    python benchmarks/bench_actors.py [--set polnear_train.jsonl] [--repeat 3]

Prints the time to build the shipped gazetteer, characters per second of ``find_actors`` over the set's
texts, and the share of the resolved leader/member/adversary codes in ``coalitions_dev.jsonl`` that
``find_actors`` finds somewhere in the same record (a recall ceiling for the coalition finder's actors).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter

from _common import DATA, require

from geoquote._actors import default_gazetteer, find_actors

_SECTOR = re.compile(r"^([A-Z]{3}):(?:GOV|MIL)$")
_PREFIXES = ("IGO", "NSA", "COAL", "BLOC", "GRP", "PROP", "ETH", "REG", "GEN", "PER")


def norm(code: str | None) -> str | None:
    """A code compared as the coalition scorer compares it ("IGO:NATO" -> "NATO", "SYR:GOV" -> "SYR")."""
    if not code or code.startswith("?"):
        return None
    m = _SECTOR.match(code)
    if m:
        code = m.group(1)
    head, sep, rest = code.partition(":")
    if sep and head in _PREFIXES:
        code = rest
    return re.sub(r"[^A-Z0-9]", "", code.upper())


def speed(name: str, repeat: int) -> None:
    """Build time and characters per second over one data set."""
    t0 = time.perf_counter()
    default_gazetteer()
    print(f"build: {time.perf_counter() - t0:.3f} s")
    with require(DATA / name).open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = sum(len(find_actors(t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    print(f"find_actors over {name}: {chars:,} chars, {n:,} actors, {chars / best / 1e6:.2f} M chars/s")


def coverage() -> None:
    """Share of gold actor codes of the coalition set that appear among the record's actors."""
    seen = total = 0
    missed: Counter[str] = Counter()
    with require(DATA / "coalitions_dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            have = {norm(a.code) for a in find_actors(rec["text"])}
            for m in rec["gold"]["mentions"]:
                for code in [m.get("leader"), *(m.get("members") or []), *(m.get("adversaries") or [])]:
                    if norm(code):
                        total += 1
                        seen += norm(code) in have
                        if norm(code) not in have:
                            missed[str(code)] += 1
    print(f"gold actor codes found in their record: {seen}/{total} = {seen / max(total, 1):.3f}")
    print("most missed:", ", ".join(f"{c} {n}" for c, n in missed.most_common(8)))


def main() -> None:
    """Run both measurements."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="polnear_train.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    speed(args.set, args.repeat)
    coverage()


if __name__ == "__main__":
    main()
