"""What hostile text costs against real news, megabyte for megabyte.

    python benchmarks/bench_hostile.py [--mb 1]

A megabyte of real news (articles of ../shared/data/polnear_dev.jsonl, repeated) sets the yardstick; each
hostile megabyte (quote marks only, no spaces, unbalanced nesting, cue verbs only, ...) should cost at most
5x as much. Prints seconds for each and the ratio.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from _common import DATA, require

import geoquote


def _wrapped(n: int, width: int) -> str:
    """``n`` characters of one paragraph broken every ``width`` characters, as a mail client wraps it."""
    flat = ("The minister said the talks had failed and that her team would fly home. " * (n // 60 + 1))[:n]
    return "\n".join(flat[i : i + width - 1] for i in range(0, n, width))


HOSTILE: dict[str, Callable[[int], str]] = {
    "curly quote marks": lambda n: "“" * n,
    "straight quote marks": lambda n: '"' * n,
    "alternating marks": lambda n: ("“‘«„" * n)[:n],
    "nested then closed": lambda n: "«" * (n // 2) + "»" * (n // 2),
    "no spaces": lambda n: "a" * n,
    "one long sentence": lambda n: ("word " * n)[:n],
    "cue verbs only": lambda n: ("said " * n)[:n],
    "unclosed quote, words": lambda n: ('He said: "' + "word " * n)[:n],
    "quote, said, quote": lambda n: ('"Yes," he said. ' * n)[:n],
    "typewriter single quotes": lambda n: ("'No,' he said, 'never.' It's the ministers' '90s. " * n)[:n],
    "apostrophes": lambda n: (" 'a" * n)[:n],
    "newlines": lambda n: "\n" * n,
    "actor names": lambda n: ("Russia, Iran, NATO, the US-led coalition, " * n)[:n],
    "coalition words": lambda n: ("coalition " * n)[:n],
    "alliances of states": lambda n: ("NATO and the alliance of Iran and Syria against Turkey. " * n)[:n],
    "By lines": lambda n: ("By John Smith\n" * n)[:n],
    "combining marks": lambda n: ("e\u0301" * n)[:n],
    "HTML entities": lambda n: ("&quot;&amp;&#8220;" * n)[:n],
    "wrapped at 64 columns": lambda n: _wrapped(n, 64),
    "dialogue dashes": lambda n: ("— We will stay, he said. — We will win, she said. — Yes. — " * n)[:n],
    # shapes that once cost time quadratic in their length (found by the user's-eye review)
    "quoted words, one para": lambda n: ("'tis the mayor's 'plan' " * n)[:n],
    "short attributed lines": lambda n: ("Ruiz said x.\n" * n)[:n],
    "stamped live-blog lines": lambda n: ("11:20 GMT — Ruiz said x.\n" * n)[:n],
    "bare carriage returns": lambda n: ("“We stay,” Ruiz said.\r" * n)[:n],
    "letters and digits": lambda n: ("a1" * n)[:n],
    "letters and digits, spaced": lambda n: ("a1 " * n)[:n],
    "times run together": lambda n: ("12:30" * n)[:n],
    "quoted capitals, names": lambda n: ('"A" Ruiz ' * n)[:n],
    "quotation, name, said": lambda n: ('"Go," Ruiz said, ' * n)[:n],
    "embedded posts": lambda n: (
        'We will win.\n\n— Ana Ruiz (@ar) December 1, 2026\n\n"Go," Ruiz said.\n\n' * n
    )[:n],
}


def seconds(text: str) -> float:
    t0 = time.perf_counter()
    geoquote.analyze(text).to_dict()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0)
    n = int(ap.parse_args().mb * 1_000_000)
    docs = [json.loads(line)["text"] for line in require(DATA / "polnear_dev.jsonl").open(encoding="utf-8")]
    news = "\n\n".join(docs)
    news = (news * (n // len(news) + 1))[:n]
    geoquote.analyze(docs[0])
    base = seconds(news)
    print(f"real news, {n:,} chars: {base:.3f} s")
    worst = 0.0
    for name, make in HOSTILE.items():
        s = seconds(make(n))
        worst = max(worst, s / base)
        print(f"  {name:<24} {s:8.3f} s  {s / base:5.2f}x")
    print(f"worst hostile / real news: {worst:.2f}x (target <= 5x)")


if __name__ == "__main__":
    main()
