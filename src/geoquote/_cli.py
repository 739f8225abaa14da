"""The ``geoquote`` command line.

``geoquote analyze [PATH ...]`` reads files, folders (every ``*.txt`` below them, or ``*.jsonl`` with
``--input jsonl``) or ``-`` for standard input, and prints one analysis per article. A batch goes on past
an input it cannot read or decode, names it on standard error, and exits 1.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, Any

from . import __version__
from ._api import analyze
from ._html import render_html
from ._io import INPUT_FORMATS, Input, is_folder, iter_inputs
from ._render import render_text

__all__ = ["main"]

OUTPUT_FORMATS = ("html", "json", "jsonl", "text")


def _result(item: Input, fmt: str, ref: _dt.date | None = None) -> tuple[str | None, str | None]:
    """Analyse one input and render it in ``fmt``: (output, None) or (None, error message)."""
    if item.text is None:
        return None, item.error
    try:
        article = analyze(item.text, id=item.id, reference_date=ref)
    except Exception as e:
        return None, f"{item.id}: internal error: {type(e).__name__}: {e}"
    if fmt == "text":
        return render_text(article), None
    if fmt == "html":
        return render_html(item.text, article), None
    indent = 2 if fmt == "json" else None
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent), None


def _results(
    items: Iterable[Input], fmt: str, jobs: int, ref: _dt.date | None = None
) -> Iterator[tuple[str | None, str | None]]:
    """Results in input order; with ``jobs > 1`` over a process pool, holding a bounded window in memory."""
    if jobs <= 1:
        for item in items:
            yield _result(item, fmt, ref)
        return
    window: deque[Future[tuple[str | None, str | None]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in items:
            window.append(pool.submit(_result, item, fmt, ref))
            if len(window) >= jobs * 4:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class _Progress:
    """A one-line progress counter on a terminal's standard error; silent elsewhere."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream, self.total, self.done = stream, total, 0
        self.on = stream.isatty()

    def step(self) -> None:
        self.done += 1
        if not self.on:
            return
        if self.total:
            filled = 30 * self.done // self.total
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
        else:
            self.stream.write(f"\r{self.done} articles")
        self.stream.flush()

    def close(self) -> None:
        if self.on and self.done:
            self.stream.write("\n")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="geoquote", description="Structured facts from plain-text news articles."
    )
    p.add_argument("--version", action="version", version=f"geoquote {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = sub.add_parser(
        "analyze",
        help="analyse articles and print header, quotations and coalitions",
        description="Analyse articles: files, folders (every *.txt below them, *.jsonl with --input jsonl) "
        "or - for standard input (the default).",
    )
    a.add_argument("paths", nargs="*", default=["-"], metavar="PATH")
    a.add_argument(
        "--input",
        choices=INPUT_FORMATS,
        default="text",
        help='text: each file is one article; jsonl: one {"id", "text"} object per line',
    )
    a.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="json",
        help="json: one object (an array for several inputs); jsonl: one object per line; "
        "text: a readable summary; html: a self-contained page with each finding highlighted",
    )
    a.add_argument(
        "--reference-date",
        type=_dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day relative dates ('yesterday') and dates printed without a year are read against "
        "(default: today)",
    )
    a.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="analyse with N processes (order is kept)"
    )
    return p


def _write_all(
    results: Iterable[tuple[str | None, str | None]],
    fmt: str,
    out: IO[str],
    err: IO[str],
    step: Callable[[], None],
    single: bool,
) -> int:
    """Print every result as it comes; report failures on ``err``. Returns the number of failures."""
    failed = printed = 0
    array = fmt == "json" and not single
    if array:
        out.write("[\n")
    for text, error in results:
        step()
        if error is not None:
            failed += 1
            err.write(f"geoquote: {error}\n")
            continue
        assert text is not None
        if array and printed:
            out.write(",\n")
        out.write(text if fmt in ("text", "html") or array else text + "\n")
        printed += 1
        out.flush()
    if array:
        out.write("\n]\n")
    return failed


def _analyze(args: argparse.Namespace, stdin: IO[bytes], out: IO[str], err: IO[str]) -> int:
    paths: Sequence[str] = args.paths
    if args.jobs < 1:
        err.write(f"geoquote: --jobs must be a whole number of at least 1, not {args.jobs}\n")
        return 2
    items = iter_inputs(paths, args.input, stdin)  # type: ignore[arg-type]
    single = args.input == "text" and len(paths) == 1 and not is_folder(paths[0])
    if args.format == "html" and not single:
        err.write("geoquote: --format html writes one page: give it one text file (or -)\n")
        return 2
    total = None if args.input == "jsonl" or (not single and any(is_folder(p) for p in paths)) else len(paths)
    progress = _Progress(err, total if not single else None)
    try:
        failed = _write_all(
            _results(items, args.format, args.jobs, args.reference_date),
            args.format,
            out,
            err,
            progress.step,
            single,
        )
    finally:
        progress.close()
    if failed:
        err.write(f"geoquote: {failed} input(s) could not be analysed\n")
    return 1 if failed else 0


def main(
    argv: Sequence[str] | None = None, *, stdin: Any = None, stdout: Any = None, stderr: Any = None
) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some input failed, 2 usage error)."""
    if stdout is None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    raw_in = stdin if stdin is not None else sys.stdin.buffer
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    try:
        return _analyze(args, raw_in, out, err)
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except KeyboardInterrupt:
        return 130
