"""Each script in examples/ runs and does what its docstring says."""

from __future__ import annotations

import csv
import json
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, SEED_TEXT

EXAMPLES = ROOT / "examples"


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one example script with this interpreter."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus: the seed article, an article of our own, a JSONL shard and an undecodable file."""
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(SEED_TEXT, d / "seed.txt")
    (d / "own.txt").write_text(
        "Talks in Ankara\n\nBy Leyla Demir\n\nANKARA (Reuters) - “We will keep the corridor open,” "
        "Foreign Minister Selim Karaduman told reporters on Tuesday. NATO allies welcomed the move.\n",
        encoding="utf-8",
    )
    (d / "shard.jsonl").write_text(
        json.dumps(
            {"id": "j1", "text": "Nothing to see.\n\nThe Saudi-led coalition struck Sanaa, officials said."}
        )
        + "\n",
        encoding="utf-8",
    )
    (d / "broken.txt").write_bytes(b"Headline\n\n\xff\xfe broken")
    return d


class TestWhoSaidWhat:
    def test_seed(self) -> None:
        """The seed article's speakers are listed with their words."""
        p = run_example("who_said_what.py", str(SEED_TEXT))
        assert p.returncode == 0, p.stderr
        assert "Alexander Kinshchak (Ambassador of Russia to Syria) [direct, told]" in p.stdout
        assert p.stdout.count("Ali Akbar Velayati") == 7


class TestQuotesToCsv:
    def test_folder(self, corpus: Path, tmp_path: Path) -> None:
        """Every quotation of the folder becomes a row; the broken file is named and the exit status is 1."""
        out = tmp_path / "quotes.csv"
        p = run_example("quotes_to_csv.py", str(corpus), str(out))
        assert p.returncode == 1
        assert "broken.txt" in p.stderr
        with out.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert {r["article"] for r in rows} == {"seed.txt", "own.txt"}
        assert any(r["speaker"] == "Selim Karaduman" and r["cue"] == "told" for r in rows)


class TestListCoalitions:
    def test_corpus(self, corpus: Path) -> None:
        """The coalitions of text files and JSONL shards are listed with leaders."""
        (corpus / "broken.txt").unlink()
        p = run_example("list_coalitions.py", str(corpus))
        assert p.returncode == 0, p.stderr
        assert "NATO" in p.stdout
        assert "led by SAU" in p.stdout


class TestDaskCorpus:
    def test_local_scheduler(self, corpus: Path, tmp_path: Path) -> None:
        """The Dask job analyses every article on the local scheduler and lists the undecodable file."""
        pytest.importorskip("dask.bag", reason="the optional dask extra is not installed")
        out = tmp_path / "out"
        p = run_example("dask_corpus.py", str(corpus), "--out", str(out), "--scheduler", "processes")
        assert p.returncode == 1, p.stderr
        docs = [
            json.loads(line) for f in sorted(out.glob("part-*.jsonl")) for line in f.open(encoding="utf-8")
        ]
        assert sorted(d["id"] for d in docs) == sorted(
            [str(corpus / "seed.txt"), str(corpus / "own.txt"), "j1"]
        )
        assert all(d["schema"] == "geoquote/1" for d in docs)
        errors = (out / "errors.jsonl").read_text(encoding="utf-8")
        assert "broken.txt" in errors and "at byte 10" in errors


#: Articles of our own for the Parquet route: a wire story, one with mixed speech and a coalition, one with
#: nothing to find, and a JSONL shard of two (one quote-free).
OWN_ARTICLES = {
    "wire.txt": (
        "Ministers meet in Vilnius\n\nBy Tomas Kalnins\n\nVILNIUS, March 3 (Reuters) - “The alliance "
        "will defend every inch of its territory,” Lithuanian Defence Minister Rasa Juknevičienė told "
        "reporters on Monday. She said NATO members would send more troops to the Baltic states.\n"
    ),
    "gulf.txt": (
        "Gulf states weigh new bloc\n\nOman and Kuwait have not joined the Saudi-led coalition fighting "
        "the Houthis in Yemen, diplomats said. A Kuwaiti official said his government was “not ready to "
        "take sides.”\n"
    ),
    "weather.txt": (
        "Weather service warns of storms\n\nHeavy rain is expected across the north on Thursday, with "
        "flooding possible in low-lying areas.\n"
    ),
}
OWN_SHARD = {
    "s1": "Summit ends\n\nThe Shanghai Cooperation Organisation, led by China and Russia, closed its "
    "summit in Astana. “We stand together,” President Xi Jinping told the leaders.",
    "s2": "Short note\n\nNothing else happened.",
}


#: The example's process and output folder, by output format.
Runs = dict[str, tuple[subprocess.CompletedProcess[str], Path]]


@pytest.fixture(scope="module")
def own_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Our articles as text files and a JSONL shard, an undecodable file, and each article's text by id."""
    d = tmp_path_factory.mktemp("own")
    texts = dict(OWN_SHARD)
    for name, text in OWN_ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
        texts[str(d / name)] = text
    lines = [json.dumps({"id": k, "text": v}) + "\n" for k, v in OWN_SHARD.items()]
    (d / "shard.jsonl").write_text("".join(lines), encoding="utf-8")
    (d / "broken.txt").write_bytes(b"Headline\n\n\xff\xfe broken")
    return d, texts


@pytest.fixture(scope="module")
def dask_runs(own_corpus: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory) -> Runs:
    """The Dask example run over ``own_corpus`` once per format: its process and its output folder."""
    pytest.importorskip("dask.bag", reason="the optional dask extra is not installed")
    pytest.importorskip("pyarrow.parquet", reason="pyarrow (in the optional dask extra) is not installed")
    runs = {}
    for fmt, scheduler in (("parquet", "processes"), ("jsonl", "sync")):
        out = tmp_path_factory.mktemp(fmt)
        args = (str(own_corpus[0]), "--out", str(out), "--format", fmt, "--scheduler", scheduler)
        runs[fmt] = (run_example("dask_corpus.py", *args), out)
    return runs


def read_tables(out: Path) -> dict[str, Any]:
    """Each Parquet table of an output folder, read back as a ``pyarrow.Table``."""
    import pyarrow.parquet as pq

    return {t: pq.read_table(out / t) for t in ("articles", "quotes", "coalitions")}


class TestDaskCorpusParquet:
    """``examples/dask_corpus.py --format parquet``: three flat, typed tables, one file per partition."""

    def test_exit_status_and_errors(self, dask_runs: Runs) -> None:
        """The undecodable file makes the exit status 1 and is named in errors.jsonl with the reason."""
        p, out = dask_runs["parquet"]
        assert p.returncode == 1, p.stderr
        errors = [json.loads(line) for line in (out / "errors.jsonl").open(encoding="utf-8")]
        assert len(errors) == 1
        assert errors[0]["id"].endswith("broken.txt") and "at byte 10" in errors[0]["error"]

    def test_row_counts_match_jsonl(
        self,
        own_corpus: tuple[Path, dict[str, str]],
        dask_runs: Runs,
    ) -> None:
        """A row per analysed article, and as many quote and coalition rows as the JSONL route has."""
        p, out = dask_runs["jsonl"]
        assert p.returncode == 1, p.stderr
        docs = [
            json.loads(line) for f in sorted(out.glob("part-*.jsonl")) for line in f.open(encoding="utf-8")
        ]
        tables = read_tables(dask_runs["parquet"][1])
        ids = tables["articles"].column("article_id").to_pylist()
        assert sorted(ids) == sorted(d["id"] for d in docs) == sorted(own_corpus[1])
        assert tables["quotes"].num_rows == sum(len(d["quotes"]) for d in docs) > 0
        assert tables["coalitions"].num_rows == sum(len(d["coalitions"]) for d in docs) > 0
        counts = {r["article_id"]: (r["n_quotes"], r["n_coalitions"]) for r in tables["articles"].to_pylist()}
        assert counts == {d["id"]: (len(d["quotes"]), len(d["coalitions"])) for d in docs}

    @pytest.mark.parametrize(
        ("table", "prefix"),
        [
            pytest.param("quotes", "", id="quote"),
            pytest.param("quotes", "speaker_mention_", id="speaker-mention"),
            pytest.param("quotes", "cue_", id="cue"),
            pytest.param("quotes", "addressee_", id="addressee"),
            pytest.param("coalitions", "", id="coalition"),
            pytest.param("coalitions", "leader_", id="leader"),
        ],
    )
    def test_spans_round_trip(
        self,
        table: str,
        prefix: str,
        own_corpus: tuple[Path, dict[str, str]],
        dask_runs: Runs,
    ) -> None:
        """Every span column satisfies ``text[start:end] == value`` against the article's own text."""
        texts = own_corpus[1]
        rows = read_tables(dask_runs["parquet"][1])[table].to_pylist()
        name = prefix.removesuffix("_") or "text"
        spans = [(r["article_id"], r[name], r[f"{prefix}start"], r[f"{prefix}end"]) for r in rows]
        present = [s for s in spans if s[1] is not None]
        assert present, f"no {table} row has a {name}"
        assert [s for s in present if texts[s[0]][s[2] : s[3]] != s[1]] == []

    def test_types_are_declared(self, dask_runs: Runs) -> None:
        """Each table reads back with the example's declared schema, lists and dates included."""
        import pyarrow as pa

        declared = runpy.run_path(str(EXAMPLES / "dask_corpus.py"))["parquet_schemas"]()
        tables = read_tables(dask_runs["parquet"][1])
        for name, table in tables.items():
            assert table.schema.equals(declared[name], check_metadata=True), name
        assert tables["articles"].schema.field("published").type == pa.date32()
        assert tables["quotes"].schema.field("start").type == pa.int64()
        assert tables["coalitions"].schema.field("member_codes").type == pa.list_(pa.string())
        assert tables["coalitions"].schema.field("standing").type == pa.bool_()

    def test_one_typed_file_per_partition(self, dask_runs: Runs) -> None:
        """Each input file is its own partition here, so each table has five files, empty ones typed too."""
        import pyarrow.parquet as pq

        declared = runpy.run_path(str(EXAMPLES / "dask_corpus.py"))["parquet_schemas"]()
        out = dask_runs["parquet"][1]
        for table in ("articles", "quotes", "coalitions"):
            parts = sorted((out / table).glob("part-*.parquet"))
            assert len(parts) == 5, table
            assert all(pq.read_schema(f).equals(declared[table]) for f in parts), table
        sizes = [pq.read_metadata(f).num_rows for f in sorted((out / "articles").glob("*.parquet"))]
        assert 0 in sizes  # the partition of the undecodable file alone


class TestExamplesGoOnPastBadInputs:
    """Each example names an input it cannot read or decode, skips it, goes on, and exits 1."""

    def test_who_said_what_reads_the_header(self, tmp_path: Path) -> None:
        """With the parsed header, the quotation on the first line is found and "she" resolved, as
        ``analyze`` does (``body_start=`` alone skipped the first line as a title)."""
        f = tmp_path / "ferry.txt"
        f.write_text(
            "“We will keep the ferry running,” Orla Brannigan told reporters.\n“We will stay,” she added.\n",
            encoding="utf-8",
        )
        p = run_example("who_said_what.py", str(f))
        assert p.returncode == 0, p.stderr
        assert p.stdout.splitlines() == [
            "Orla Brannigan [direct, told]: We will keep the ferry running,",
            "Orla Brannigan [direct, added]: We will stay,",
        ]

    @pytest.mark.parametrize("kind", ["undecodable", "missing", "folder"])
    def test_who_said_what_names_an_unreadable_file(self, tmp_path: Path, kind: str) -> None:
        f = tmp_path / "article.txt"
        if kind == "undecodable":
            f.write_bytes(b"Headline\n\n\xff\xfe broken")
        elif kind == "folder":
            f.mkdir()
        p = run_example("who_said_what.py", str(f))
        assert p.returncode == 1
        assert "Traceback" not in p.stderr
        assert p.stderr.startswith(f"cannot analyse: {f}")

    def test_quotes_to_csv_goes_on_past_unreadable_files(self, corpus: Path, tmp_path: Path) -> None:
        """A broken link and a folder named like an article are skipped; the files after them are written."""
        (corpus / "a_link.txt").symlink_to(tmp_path / "nowhere.txt")
        (corpus / "b_folder.txt").mkdir()
        out = tmp_path / "quotes.csv"
        p = run_example("quotes_to_csv.py", str(corpus), str(out))
        assert p.returncode == 1
        assert "Traceback" not in p.stderr
        assert "a_link.txt: cannot read" in p.stderr and "b_folder.txt: cannot read" in p.stderr
        with out.open(encoding="utf-8") as f:
            assert {r["article"] for r in csv.DictReader(f)} == {"seed.txt", "own.txt"}

    def test_dask_corpus_reports_bad_lines_and_files(self, tmp_path: Path) -> None:
        """A JSONL line whose "text" is not a string, a line that is not an object and a file that cannot be
        read go to errors.jsonl; the other lines, one with a lone surrogate, are analysed."""
        pytest.importorskip("dask.bag", reason="the optional dask extra is not installed")
        d = tmp_path / "in"
        d.mkdir()
        (d / "c.jsonl").write_text(
            '{"id": "j1", "text": null}\n[1, 2]\n{"id": "j3", "text": "Harbour talks \\ud800 resume."}\n'
            '{"id": "j4", "text": "The harbour reopened."}\n',
            encoding="utf-8",
        )
        (d / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
        for fmt in ("jsonl", "parquet"):
            if fmt == "parquet":
                pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
            out = tmp_path / f"out-{fmt}"
            p = run_example(
                "dask_corpus.py", str(d), "--out", str(out), "--scheduler", "sync", "--format", fmt
            )
            assert p.returncode == 1, p.stderr
            assert "Traceback" not in p.stderr
            errors = {
                e["id"]: e["error"] for e in map(json.loads, (out / "errors.jsonl").open(encoding="utf-8"))
            }
            assert set(errors) == {f"{d / 'c.jsonl'}:1", f"{d / 'c.jsonl'}:2", str(d / "gone.txt")}
            assert 'a string "text"' in errors[f"{d / 'c.jsonl'}:1"]
            assert "cannot read" in errors[str(d / "gone.txt")]
            if fmt == "jsonl":
                docs = [
                    json.loads(x) for f in sorted(out.glob("part-*.jsonl")) for x in f.open(encoding="utf-8")
                ]
                assert sorted(x["id"] for x in docs) == ["j3", "j4"]
                assert any("\\ud800" in f.read_text(encoding="utf-8") for f in out.glob("part-*.jsonl"))
            else:
                ids = read_tables(out)["articles"].column("article_id").to_pylist()
                assert sorted(ids) == ["j3", "j4"]
