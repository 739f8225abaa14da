"""List the coalitions a corpus speaks of, with their leaders and members, most mentioned first.

python examples/list_coalitions.py FILE_OR_FOLDER...      (*.txt articles, or *.jsonl of {"id", "text"})
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import geoquote


def texts(inputs: list[str]) -> Iterator[str]:
    """Every article text under ``inputs``."""
    for name in inputs:
        p = Path(name)
        for f in sorted(p.rglob("*")) if p.is_dir() else [p]:
            if f.suffix == ".jsonl":
                with f.open(encoding="utf-8") as lines:
                    yield from (json.loads(line)["text"] for line in lines if line.strip())
            elif f.suffix == ".txt":
                yield geoquote.read_text(str(f))


def summarise(inputs: list[str]) -> list[str]:
    """One line per coalition: label, mentions, leaders and members seen."""
    mentions: Counter[str] = Counter()
    leaders: defaultdict[str, Counter[str]] = defaultdict(Counter)
    members: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for text in texts(inputs):
        for c in geoquote.find_coalitions(text):
            key = c.id or c.label or c.text
            mentions[key] += 1
            if c.leader:
                leaders[key][c.leader.code or c.leader.name] += 1
            for m in c.members:
                members[key][m.code or m.name] += 1
    lines = []
    for key, n in mentions.most_common():
        led = ", ".join(x for x, _ in leaders[key].most_common(3)) or "-"
        mem = ", ".join(x for x, _ in members[key].most_common(12)) or "-"
        lines.append(f"{key}: {n} mention(s); led by {led}; members {mem}")
    return lines


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    print("\n".join(summarise(sys.argv[1:])))
