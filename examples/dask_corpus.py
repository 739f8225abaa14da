"""Analyse a corpus too large for one process with Dask, writing one JSONL file per partition.

    python examples/dask_corpus.py INPUT... --out OUT_DIR [--scheduler processes|threads|sync]

INPUT is any mix of ``*.txt`` article files, folders of them, and ``*.jsonl`` shards of ``{"id", "text"}``
lines. Each partition is analysed where it lives and written as ``OUT_DIR/part-NNNN.jsonl``; nothing is
gathered on the client, so memory stays flat however large the corpus. Inputs that cannot be decoded are
written to ``OUT_DIR/errors.jsonl`` with the reason, never dropped.

On a cluster, point a ``dask.distributed.Client`` at the scheduler before calling :func:`run`; the same code
runs unchanged. Needs the optional extra: ``pip install 'geoquote[dask]'``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag as db

import geoquote
from geoquote.errors import DecodeError


def _articles(path: str) -> Iterator[dict[str, Any]]:
    """Every article of one input file as {"id", "text"}, or {"id", "error"} when it cannot be read."""
    if not path.endswith(".jsonl"):
        try:
            yield {"id": path, "text": geoquote.read_text(path)}
        except (DecodeError, OSError) as e:
            yield {"id": path, "error": str(e)}
        return
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if raw.strip():
                try:
                    obj = json.loads(raw)
                    yield {"id": str(obj.get("id", f"{path}:{n}")), "text": obj["text"]}
                except (ValueError, KeyError, TypeError, AttributeError) as e:
                    yield {"id": f"{path}:{n}", "error": f"{path}:{n}: not an {{id, text}} JSON line: {e}"}


def _partition(job: tuple[int, list[str], str]) -> list[str]:
    """Analyse one partition's files into ``part-NNNN.jsonl``; returns the errors met, one per input."""
    number, paths, out_dir = job
    errors: list[str] = []
    with open(Path(out_dir) / f"part-{number:04d}.jsonl", "w", encoding="utf-8") as out:
        for path in paths:
            for item in _articles(path):
                if "error" in item:
                    errors.append(json.dumps(item))
                    continue
                article = geoquote.analyze(item["text"], id=item["id"])
                out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return errors


def files(inputs: list[str]) -> list[str]:
    """The input files: each file as given, each folder as its *.txt and *.jsonl files, sorted."""
    out: list[str] = []
    for name in inputs:
        p = Path(name)
        if p.is_dir():
            out += sorted(str(f) for f in p.rglob("*") if f.suffix in (".txt", ".jsonl"))
        else:
            out.append(name)
    return out


def run(inputs: list[str], out_dir: str, scheduler: str = "processes", partitions: int = 16) -> int:
    """Analyse every article under ``inputs`` into ``out_dir``; returns how many could not be analysed."""
    paths = files(inputs)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    n = max(1, min(len(paths), partitions))
    jobs = [(i, paths[i::n], out_dir) for i in range(n)]
    bag = db.from_sequence(jobs, npartitions=n)  # type: ignore[no-untyped-call]
    errors: list[str] = bag.map(_partition).flatten().compute(scheduler=scheduler)
    (Path(out_dir) / "errors.jsonl").write_text("".join(e + "\n" for e in errors), encoding="utf-8")
    return len(errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--scheduler", default="processes", choices=("processes", "threads", "sync"))
    a = ap.parse_args()
    failed = run(a.inputs, a.out, a.scheduler)
    print(f"wrote {a.out}/part-*.jsonl; {failed} input(s) could not be analysed (see {a.out}/errors.jsonl)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
