"""Memory and throughput of the CLI over a JSONL stream, by stream length and --jobs.

    python benchmarks/bench_stream.py [--articles 500 2000] [--jobs 1 2]

Feeds ``geoquote analyze --input jsonl --format jsonl --jobs N -`` a stream made of the articles of
../shared/data/polnear_train.jsonl (repeated as needed) and prints, for each length and job count, the wall
time, characters per second and the peak memory (max RSS) of the largest process. Memory that does not grow
with the number of articles shows the stream is processed in a bounded window.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import IO

from _common import DATA, cli, require


def stream(n: int) -> Iterator[bytes]:
    """``n`` JSONL lines of real articles."""
    docs = [json.loads(line) for line in require(DATA / "polnear_train.jsonl").open(encoding="utf-8")]
    for i in range(n):
        d = docs[i % len(docs)]
        yield (json.dumps({"id": f"{d['id']}#{i}", "text": d["text"]}) + "\n").encode()


def feed(pipe: IO[bytes], n: int) -> None:
    for line in stream(n):
        pipe.write(line)
    pipe.close()


def run(n: int, jobs: int) -> tuple[float, int, float]:
    """(seconds, characters, peak RSS in MB of the children) for one run; children are measured alone."""
    chars = sum(len(json.loads(x)["text"]) for x in stream(n))
    code = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], stdin=sys.stdin, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    cmd = [
        sys.executable,
        "-c",
        code,
        cli(),
        "analyze",
        "--input",
        "jsonl",
        "--format",
        "jsonl",
        "--jobs",
        str(jobs),
        "-",
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    writer = threading.Thread(target=feed, args=(proc.stdin, n))
    writer.start()
    out = proc.stdout.read()
    proc.wait()
    writer.join()
    return time.perf_counter() - t0, chars, int(out.strip() or 0) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[500, 2000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    print(f"{'articles':>8} {'jobs':>4} {'seconds':>8} {'chars/s':>12} {'peak MB':>8}")
    for jobs in a.jobs:
        for n in a.articles:
            secs, chars, mb = run(n, jobs)
            print(f"{n:>8} {jobs:>4} {secs:>8.2f} {chars / secs:>12,.0f} {mb:>8.0f}")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
