"""The ``geoquote`` command line.

``geoquote analyze [PATH ...]`` reads files, folders (every ``*.txt`` below them, or ``*.jsonl`` with
``--input jsonl``) or ``-`` for standard input, and prints one analysis per article. A batch goes on past
an input it cannot read or decode, names it on standard error, and exits 1; a folder with no input file
below it is named the same way.

Any ``str`` is valid input, lone surrogates included (``"\\ud800"`` in a JSONL line): JSON output writes
them as ``\\ud800`` escapes, which read back as the same string; text and HTML output show U+FFFD.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, Any

from . import __version__
from ._api import analyze
from ._html import render_html
from ._io import INPUT_FORMATS, Input, expand, input_encoding, is_folder, iter_inputs, suffix_of
from ._render import render_text
from .errors import OptionError

__all__ = ["main"]

OUTPUT_FORMATS = ("html", "json", "jsonl", "text")

#: A lone surrogate: a valid ``str`` character that UTF-8 cannot encode.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_safe(s: str) -> str:
    """JSON text with each lone surrogate written as its ``\\uXXXX`` escape (valid JSON, and
    ``json.loads`` gives back the same string); in JSON text a surrogate can only stand inside a string.

    >>> out = _json_safe(json.dumps({"t": "a\\ud800b"}, ensure_ascii=False))
    >>> out, json.loads(out) == {"t": "a\\ud800b"}
    ('{"t": "a\\\\ud800b"}', True)
    """
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def _printable(s: str) -> str:
    """``s`` with each lone surrogate shown as U+FFFD (one character for one: offsets are kept)."""
    return _SURROGATE.sub("\ufffd", s)


def _result(item: Input, fmt: str, ref: _dt.date | None = None) -> tuple[str | None, str | None]:
    """Analyse one input and render it in ``fmt``: (output, None) or (None, error message)."""
    if item.text is None:
        return None, item.error
    try:
        article = analyze(item.text, id=item.id, reference_date=ref)
    except Exception as e:
        return None, f"{item.id}: internal error: {type(e).__name__}: {e}"
    if fmt == "text":
        return _printable(render_text(article)), None
    if fmt == "html":
        return _printable(render_html(item.text, article)), None
    indent = 2 if fmt == "json" else None
    return _json_safe(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)), None


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
        type=_reference_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day relative dates ('yesterday') and dates printed without a year are read against "
        "(no default: without it, relative dates give no value)",
    )
    a.add_argument(
        "--encoding",
        default=None,
        metavar="NAME",
        help="the encoding of text input, a codec name such as cp1251 or latin-1 (default: UTF-8, or "
        "UTF-16/UTF-32 for a file that opens with its byte-order mark; JSON Lines are always UTF-8)",
    )
    a.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="analyse with up to N processes (order is kept); capped at the number of CPUs and, "
        "for text input, at the number of files",
    )
    return p


def _reference_date(value: str) -> _dt.date:
    """The ``--reference-date`` argument as a date; a bad one says what form is expected."""
    try:
        return _dt.date.fromisoformat(value)
    except ValueError as e:
        reason = "not a date" if "isoformat" in str(e) else str(e)
        raise argparse.ArgumentTypeError(
            f"expected a date written YYYY-MM-DD (e.g. 2024-03-04), not {value!r}: {reason}"
        ) from None


def _workers(jobs: int, inputs: int | None) -> int:
    """The processes to start: ``jobs``, at most one per CPU and one per input when their number is known."""
    return max(1, min(jobs, os.cpu_count() or 1, jobs if inputs is None else inputs))


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
            err.write(f"geoquote: {_printable(error)}\n")
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
    single = args.input == "text" and len(paths) == 1 and not is_folder(paths[0])
    if args.format == "html" and not single:
        err.write("geoquote: --format html writes one page: give it one text file (or -)\n")
        return 2
    try:
        encoding = input_encoding(args.input, args.encoding)
    except OptionError as e:
        err.write(f"geoquote: --{e}\n")
        return 2
    files, empty = expand(paths, args.input)
    for folder in empty:
        err.write(f"geoquote: {_printable(folder)}: no *{suffix_of(args.input)} file below this folder\n")
    items = iter_inputs(files, args.input, stdin, encoding)  # type: ignore[arg-type]
    total = None if args.input == "jsonl" else len(files)  # a JSONL file holds any number of articles
    progress = _Progress(err, total if not single else None)
    try:
        failed = len(empty) + _write_all(
            _results(items, args.format, _workers(args.jobs, total), args.reference_date),
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
