"""Analyse a corpus too large for one process with Dask, writing JSONL or Parquet, one file per partition.

    python examples/dask_corpus.py INPUT... --out OUT_DIR [--format jsonl|parquet]
                                   [--scheduler processes|threads|sync]

INPUT is any mix of ``*.txt`` article files, folders of them, and ``*.jsonl`` shards of ``{"id", "text"}``
lines. Each partition is analysed where it lives and written where it runs; nothing is gathered on the
client, so memory stays flat however large the corpus. Inputs that cannot be read or decoded (a file that
cannot be opened or fails partway, bytes that are not UTF-8, a JSONL line that is not an object with a
string ``"text"``) are written to ``OUT_DIR/errors.jsonl`` with the reason, never dropped; the exit
status is then 1.

``--format jsonl`` (the default) writes ``OUT_DIR/part-NNNN.jsonl``, one ``geoquote/1`` object per line.
``--format parquet`` writes three flat tables, one Parquet dataset each, with the fixed schemas of
:func:`parquet_schemas` (so a partition without quotes still has typed columns), joined on ``article_id``:

- ``OUT_DIR/articles/part-NNNN.parquet``: one row per article (title, source, dateline, dates, counts);
- ``OUT_DIR/quotes/part-NNNN.parquet``: one row per quotation (offsets, speaker, cue, addressee);
- ``OUT_DIR/coalitions/part-NNNN.parquet``: one row per coalition (label, leader, member codes as a list).

On a cluster, point a ``dask.distributed.Client`` at the scheduler before calling :func:`run`; the same code
runs unchanged. Needs the optional extra: ``pip install 'geoquote[dask]'`` (Dask's bag and pyarrow).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Literal, get_args

import dask.bag as db

import geoquote
from geoquote import Actor, Article, DateValue, Span
from geoquote.errors import DecodeError, GeoquoteError

Format = Literal["jsonl", "parquet"]
#: The Parquet tables, each written as its own dataset folder under OUT_DIR.
TABLES = ("articles", "quotes", "coalitions")
#: Articles per Parquet row group: a partition is written as it is analysed, never held whole in memory.
ROW_GROUP_ARTICLES = 256

Row = dict[str, Any]
Analysed = tuple[str, Article]  # the article's text and its analysis


def _articles(path: str) -> Iterator[dict[str, Any]]:
    """Every article of one input file as {"id", "text"}, or {"id", "error"} when it cannot be read."""
    if not path.endswith(".jsonl"):
        try:
            yield {"id": path, "text": geoquote.read_text(path)}
        except DecodeError as e:
            yield {"id": path, "error": str(e)}
        except OSError as e:
            yield {"id": path, "error": f"{path}: cannot read: {e.strerror or e}"}
        return
    try:
        with open(path, "rb") as f:
            for n, raw in enumerate(f, 1):
                if raw.strip():
                    yield _jsonl_article(path, n, raw)
    except OSError as e:  # cannot be opened, or fails partway (a flaky disk or mount): the rest is lost
        yield {"id": path, "error": f"{path}: cannot read: {e.strerror or e}"}


def _jsonl_article(path: str, n: int, raw: bytes) -> dict[str, Any]:
    """One JSONL line as {"id", "text"}, or {"id", "error"} when it is not an object with a string text."""
    where = f"{path}:{n}"
    try:
        obj = json.loads(raw)
    except ValueError as e:  # not JSON, or not UTF-8
        return {"id": where, "error": f"{where}: not an {{id, text}} JSON line: {e}"}
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return {"id": where, "error": f'{where}: expected an object with a string "text"'}
    return {"id": str(obj.get("id", where)), "text": obj["text"]}


def _analysed(paths: list[str], errors: list[str]) -> Iterator[Analysed]:
    """Each readable article of ``paths`` with its analysis, lazily; unreadable ones go to ``errors``."""
    for path in paths:
        for item in _articles(path):
            if "error" in item:
                errors.append(json.dumps(item))
                continue
            try:
                article = geoquote.analyze(item["text"], id=item["id"])
            except GeoquoteError as e:  # a caller's mistake analyze() reports; named, never fatal
                errors.append(json.dumps({"id": item["id"], "error": f"{item['id']}: {e}"}))
                continue
            yield item["text"], article


# --- JSONL -------------------------------------------------------------------------------------------


def _write_jsonl(docs: Iterable[Analysed], out_dir: Path, number: int) -> None:
    """``OUT_DIR/part-NNNN.jsonl``: one ``to_dict()`` per line, as ``geoquote analyze`` prints it."""
    with open(out_dir / f"part-{number:04d}.jsonl", "w", encoding="utf-8") as out:
        for _, article in docs:
            # ensure_ascii: any str is valid input, and a lone surrogate ("\\ud800" in a JSONL line) has no
            # UTF-8 form; an escape keeps the line valid JSON that reads back as the same string
            out.write(json.dumps(article.to_dict(), ensure_ascii=True) + "\n")


# --- Parquet -----------------------------------------------------------------------------------------


@functools.cache
def parquet_schemas() -> dict[str, Any]:
    """The ``pyarrow.Schema`` of each table: fixed, so empty partitions and all-null columns keep their types.

    Offsets are ``int64`` code-point indices into the article's text (``text[start:end] == row text``);
    ``article_id`` joins the tables; ``*_index`` is the item's position in the article's JSON list.
    """
    import pyarrow as pa

    def span(prefix: str) -> list[Any]:
        return [
            pa.field(prefix, pa.string()),
            pa.field(f"{prefix}_start", pa.int64()),
            pa.field(f"{prefix}_end", pa.int64()),
        ]

    def date(prefix: str) -> list[Any]:
        return [
            pa.field(prefix, pa.date32()),  # the calendar day (the first of the month for month precision)
            pa.field(f"{prefix}_value", pa.string()),  # the ISO value of the JSON, with its time if any
            pa.field(f"{prefix}_precision", pa.string()),  # day | month | year | time
        ]

    key = [pa.field("article_id", pa.string(), nullable=False)]
    own = [
        pa.field("text", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
    ]
    # list items named "element" as Parquet names them, so a table read back equals the declared schema
    strings = pa.list_(pa.field("element", pa.string()))
    meta = {"geoquote.schema": geoquote.SCHEMA}
    return {
        "articles": pa.schema(
            [
                *key,
                pa.field("n_chars", pa.int64(), nullable=False),
                pa.field("title", pa.string()),
                pa.field("subtitle", pa.string()),
                pa.field("byline", pa.string()),
                pa.field("authors", strings, nullable=False),
                pa.field("source", pa.string()),
                pa.field("dateline", pa.string()),
                pa.field("dateline_place", pa.string()),
                pa.field("dateline_agency", pa.string()),
                *date("published"),
                *date("updated"),
                pa.field("body_start", pa.int64(), nullable=False),
                pa.field("n_quotes", pa.int32(), nullable=False),
                pa.field("n_coalitions", pa.int32(), nullable=False),
            ],
            metadata=meta,
        ),
        "quotes": pa.schema(
            [
                *key,
                pa.field("quote_index", pa.int32(), nullable=False),
                pa.field("kind", pa.string(), nullable=False),  # direct | mixed | indirect
                *own,
                pa.field("speaker_name", pa.string()),
                *span("speaker_mention"),
                pa.field("speaker_role", pa.string()),
                pa.field("speaker_organization", pa.string()),
                pa.field("speaker_resolution", pa.string()),  # named | pronoun | role | carried | none
                *span("cue"),
                pa.field("cue_lemma", pa.string()),
                *span("addressee"),
            ],
            metadata=meta,
        ),
        "coalitions": pa.schema(
            [
                *key,
                pa.field("coalition_index", pa.int32(), nullable=False),
                *own,
                pa.field("label", pa.string()),
                pa.field("coalition_id", pa.string()),  # the JSON "id" of a known body: "NATO", "SCO"
                pa.field("standing", pa.bool_(), nullable=False),
                pa.field("kind", pa.string()),  # military | political | economic | security
                pa.field(
                    "polarity", pa.string(), nullable=False
                ),  # asserted | negated | hedged | hypothetical
                *span("leader"),
                pa.field("leader_name", pa.string()),
                pa.field("leader_code", pa.string()),
                pa.field("leader_type", pa.string()),
                pa.field("member_names", strings, nullable=False),
                pa.field("member_codes", strings, nullable=False),  # null items: unresolved actors
                pa.field("adversary_names", strings, nullable=False),
                pa.field("adversary_codes", strings, nullable=False),
                pa.field("member_count", pa.int32()),
            ],
            metadata=meta,
        ),
    }


def _span(prefix: str, s: Span | None) -> Row:
    """``prefix``, ``prefix_start`` and ``prefix_end`` of a span that may be missing."""
    return {prefix: s and s.text, f"{prefix}_start": s and s.start, f"{prefix}_end": s and s.end}


def _date(prefix: str, d: DateValue | None) -> Row:
    """The day, ISO value and precision of a date that may be missing (a malformed value gives no day)."""
    try:
        day = datetime.date.fromisoformat(d.value[:10]) if d else None
    except ValueError:
        day = None
    return {prefix: day, f"{prefix}_value": d and d.value, f"{prefix}_precision": d and d.precision}


def article_row(text: str, a: Article) -> Row:
    """The ``articles`` row of one analysis."""
    h = a.header
    return {
        "article_id": a.id,
        "n_chars": len(text),
        "title": h.title and h.title.text,
        "subtitle": h.subtitle and h.subtitle.text,
        "byline": h.byline and h.byline.text,
        "authors": [x.name for x in h.authors],
        "source": h.source and h.source.name,
        "dateline": h.dateline and h.dateline.text,
        "dateline_place": h.dateline and h.dateline.place,
        "dateline_agency": h.dateline and h.dateline.agency,
        **_date("published", h.published),
        **_date("updated", h.updated),
        "body_start": h.body_start,
        "n_quotes": len(a.quotes),
        "n_coalitions": len(a.coalitions),
    }


def quote_rows(a: Article) -> Iterator[Row]:
    """The ``quotes`` rows of one analysis, in the article's order."""
    for i, q in enumerate(a.quotes):
        sp = q.speaker
        yield {
            "article_id": a.id,
            "quote_index": i,
            "kind": q.kind,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "speaker_name": sp and sp.name,
            **_span("speaker_mention", None if sp is None else sp.mention),
            "speaker_role": sp and sp.role,
            "speaker_organization": sp and sp.organization,
            "speaker_resolution": sp and sp.resolution,
            **_span("cue", q.cue),
            "cue_lemma": q.cue and q.cue.lemma,
            **_span("addressee", q.addressee),
        }


def _actors(prefix: str, actors: tuple[Actor, ...]) -> Row:
    return {f"{prefix}_names": [x.name for x in actors], f"{prefix}_codes": [x.code for x in actors]}


def coalition_rows(a: Article) -> Iterator[Row]:
    """The ``coalitions`` rows of one analysis, in the article's order."""
    for i, c in enumerate(a.coalitions):
        lead = c.leader
        yield {
            "article_id": a.id,
            "coalition_index": i,
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "label": c.label,
            "coalition_id": c.id,
            "standing": c.standing,
            "kind": c.kind,
            "polarity": c.polarity,
            **_span("leader", lead),
            "leader_name": lead and lead.name,
            "leader_code": lead and lead.code,
            "leader_type": lead and lead.type,
            **_actors("member", c.members),
            **_actors("adversary", c.adversaries),
            "member_count": c.member_count,
        }


#: A lone surrogate: valid in a ``str`` (``"\\ud800"`` in a JSONL line), but Parquet strings are UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(rows: Iterable[Row]) -> Iterator[Row]:
    """``rows`` with each lone surrogate shown as U+FFFD (one character for one: offsets still hold)."""

    def fix(v: Any) -> Any:
        if isinstance(v, str):
            return _SURROGATE.sub("\ufffd", v)
        return [fix(x) for x in v] if isinstance(v, list) else v

    for row in rows:
        yield {k: fix(v) for k, v in row.items()}


def _write_parquet(docs: Iterable[Analysed], out_dir: Path, number: int) -> None:
    """``OUT_DIR/{articles,quotes,coalitions}/part-NNNN.parquet``, a row group per batch of articles.

    Every file is opened before the first article, so a partition with no rows (only undecodable inputs,
    or no quotation anywhere) still leaves a valid, typed, empty file.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = parquet_schemas()
    rows: dict[str, list[Row]] = {t: [] for t in TABLES}
    with ExitStack() as stack:
        writers = {}
        for t in TABLES:
            (out_dir / t).mkdir(exist_ok=True)
            path = out_dir / t / f"part-{number:04d}.parquet"
            writers[t] = stack.enter_context(pq.ParquetWriter(path, schemas[t]))

        def flush() -> None:
            for t in TABLES:
                writers[t].write_table(pa.Table.from_pylist(rows[t], schema=schemas[t]))
                rows[t].clear()

        for n, (text, article) in enumerate(docs, 1):
            got = {
                "articles": [article_row(text, article)],
                "quotes": list(quote_rows(article)),
                "coalitions": list(coalition_rows(article)),
            }
            if _SURROGATE.search(text) or _SURROGATE.search(article.id or ""):
                got = {t: list(_utf8(r)) for t, r in got.items()}
            for t in TABLES:
                rows[t].extend(got[t])
            if n % ROW_GROUP_ARTICLES == 0:
                flush()
        if rows["articles"]:
            flush()


WRITERS: dict[Format, Callable[[Iterable[Analysed], Path, int], None]] = {
    "jsonl": _write_jsonl,
    "parquet": _write_parquet,
}

# --- the Dask job ------------------------------------------------------------------------------------


def _partition(job: tuple[int, list[str], str, Format]) -> list[str]:
    """Analyse one partition's files and write them in ``fmt``; returns the errors met, one per input."""
    number, paths, out_dir, fmt = job
    errors: list[str] = []
    WRITERS[fmt](_analysed(paths, errors), Path(out_dir), number)
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


def run(
    inputs: list[str], out_dir: str, scheduler: str = "processes", partitions: int = 16, fmt: Format = "jsonl"
) -> int:
    """Analyse every article under ``inputs`` into ``out_dir`` as ``fmt``; returns how many could not be."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(WRITERS)}")
    paths = files(inputs)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    n = max(1, min(len(paths), partitions))
    jobs = [(i, paths[i::n], out_dir, fmt) for i in range(n)]
    bag = db.from_sequence(jobs, npartitions=n)  # type: ignore[no-untyped-call]
    errors: list[str] = bag.map(_partition).flatten().compute(scheduler=scheduler)
    (Path(out_dir) / "errors.jsonl").write_text("".join(e + "\n" for e in errors), encoding="utf-8")
    return len(errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", default="jsonl", choices=get_args(Format))
    ap.add_argument("--scheduler", default="processes", choices=("processes", "threads", "sync"))
    a = ap.parse_args()
    failed = run(a.inputs, a.out, a.scheduler, fmt=a.format)
    wrote = "part-*.jsonl" if a.format == "jsonl" else "{" + ",".join(TABLES) + "}/part-*.parquet"
    print(f"wrote {a.out}/{wrote}; {failed} input(s) could not be analysed (see {a.out}/errors.jsonl)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
