"""Every benchmark in turn: accuracy on each development set, then speed, memory and hostile text.

python benchmarks/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "bench_headers.py",
    "bench_quotes.py",
    "bench_coalitions.py",
    "bench_actors.py",
    "bench_speed.py",
    "bench_hostile.py",
    "bench_stream.py",
]


def main() -> int:
    status = 0
    for name in SCRIPTS:
        script = HERE / name
        if not script.exists():
            print(f"== {name}: missing")
            status = 1
            continue
        print(f"== {name}", flush=True)
        status |= subprocess.run([sys.executable, str(script)], check=False).returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
