"""Analyse one article and print who said what.

python examples/who_said_what.py ARTICLE.txt

A file that cannot be read or decoded is named on standard error; the exit status is then 1.
"""

from __future__ import annotations

import sys

import geoquote
from geoquote.errors import DecodeError


def who_said_what(text: str) -> list[str]:
    """One line per quotation: speaker (role), cue, and the words."""
    lines = []
    # the parsed header, not only where the body starts: a headline may carry a quotation, and the
    # speakers the header names resolve pronouns below it, as in analyze()
    for q in geoquote.find_quotes(text, header=geoquote.parse_header(text)):
        sp = q.speaker
        who = (sp.name or (sp.mention.text if sp.mention else None)) if sp else None
        role = f" ({sp.role})" if sp and sp.role else ""
        cue = q.cue.text if q.cue else "—"
        lines.append(f"{who or 'unknown'}{role} [{q.kind}, {cue}]: {q.text}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        text = geoquote.read_text(argv[0])
    except DecodeError as e:
        print(f"cannot analyse: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"cannot analyse: {argv[0]}: cannot read: {e.strerror or e}", file=sys.stderr)
        return 1
    for line in who_said_what(text):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
