"""Analyse one article and print who said what.

python examples/who_said_what.py ARTICLE.txt
"""

from __future__ import annotations

import sys

import geoquote


def who_said_what(text: str) -> list[str]:
    """One line per quotation: speaker (role), cue, and the words."""
    lines = []
    for q in geoquote.find_quotes(text, body_start=geoquote.parse_header(text).body_start):
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
    for line in who_said_what(geoquote.read_text(argv[0])):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
