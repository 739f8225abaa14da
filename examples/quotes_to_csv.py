"""Turn a folder of articles into a CSV table of quotations, one row per quotation.

    python examples/quotes_to_csv.py FOLDER OUT.csv

Columns: article, kind, speaker, role, organization, resolution, cue, addressee, quote, start, end.
Files that cannot be read or decoded (a broken link, a folder named *.txt, bytes that are not UTF-8) are
named on standard error and skipped; the exit status is then 1.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geoquote
from geoquote.errors import DecodeError

COLUMNS = [
    "article",
    "kind",
    "speaker",
    "role",
    "organization",
    "resolution",
    "cue",
    "addressee",
    "quote",
    "start",
    "end",
]


def rows(path: Path) -> list[dict[str, object]]:
    """The CSV rows of one article file."""
    article = geoquote.analyze(geoquote.read_text(str(path)), id=path.name)
    out: list[dict[str, object]] = []
    for q in article.quotes:
        sp = q.speaker or geoquote.Speaker()
        out.append(
            {
                "article": article.id,
                "kind": q.kind,
                "speaker": sp.name or (sp.mention.text if sp.mention else ""),
                "role": sp.role or "",
                "organization": sp.organization or "",
                "resolution": sp.resolution,
                "cue": q.cue.text if q.cue else "",
                "addressee": q.addressee.text if q.addressee else "",
                "quote": q.text,
                "start": q.start,
                "end": q.end,
            }
        )
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    with open(argv[1], "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, COLUMNS)
        writer.writeheader()
        for path in sorted(Path(argv[0]).rglob("*.txt")):
            try:
                writer.writerows(rows(path))
            except DecodeError as e:
                print(f"skipped: {e}", file=sys.stderr)
                failed += 1
            except OSError as e:
                print(f"skipped: {path}: cannot read: {e.strerror or e}", file=sys.stderr)
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
