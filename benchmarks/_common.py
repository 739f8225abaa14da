"""Shared plumbing for the benchmark scripts: find ../shared, run the CLI over a set, run a scorer.

The development data and scorers live outside the repository (``../shared`` beside this checkout, or
``$GEOQUOTE_SHARED``); nothing from them is copied here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GEOQUOTE_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
TOOLS = SHARED / "tools"
OUT = ROOT / "benchmarks" / "out"


def cli() -> str:
    """The geoquote command of this checkout's virtual environment, else the one on PATH."""
    local = ROOT / ".venv" / "bin" / "geoquote"
    found = str(local) if local.exists() else shutil.which("geoquote")
    if not found:
        sys.exit("no geoquote command: run `make test` (or install the package) first")
    return found


def require(path: Path) -> Path:
    """``path`` if it exists; otherwise exit with a message saying what is missing."""
    if not path.exists():
        sys.exit(f"missing {path}: the development data is not on this machine")
    return path


def run_cli(gold_name: str) -> tuple[Path, float, int]:
    """Analyse every article of ``../shared/data/<gold_name>``; returns (output path, seconds, characters)."""
    gold = require(DATA / gold_name)
    docs = [json.loads(line) for line in gold.open(encoding="utf-8")]
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{gold.stem}.out.jsonl"
    t0 = time.perf_counter()
    proc = subprocess.run(
        [cli(), "analyze", "--input", "jsonl", "--format", "jsonl", "-"],
        input=payload.encode(),
        capture_output=True,
        check=False,
    )
    wall = time.perf_counter() - t0
    out.write_bytes(proc.stdout)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
    return out, wall, sum(len(d["text"]) for d in docs)


def tool(*args: str, capture: bool = False) -> str:
    """Run one of the ../shared/tools scripts with this interpreter; returns its standard output."""
    script = require(TOOLS / args[0])
    proc = subprocess.run(
        [sys.executable, str(script), *args[1:]], capture_output=capture, text=True, check=False
    )
    return proc.stdout if capture else ""
