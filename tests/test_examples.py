"""Each script in examples/ runs and does what its docstring says."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

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
        "Foreign Minister Mevlut Cavusoglu told reporters on Tuesday. NATO allies welcomed the move.\n",
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
        assert any(r["speaker"] == "Mevlut Cavusoglu" and r["cue"] == "told" for r in rows)


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
