"""The command line: inputs, formats, batches that go on past bad inputs, exit statuses."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geoquote._cli import main

ARTICLE = "Gas talks resume\n\nBy Anna Petrova\n\nMOSCOW (Reuters) - Talks resumed, officials said.\n"


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """Run the CLI in-process; returns (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with two articles, one nested, and a file that is not an article."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second article\n\nText.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


class TestInputs:
    def test_one_file_gives_one_object(self, folder: Path) -> None:
        """One file prints one JSON object whose id is the path given."""
        status, out, _ = run("analyze", str(folder / "a.txt"))
        assert status == 0
        doc = json.loads(out)
        assert doc["schema"] == "geoquote/1"
        assert doc["id"] == str(folder / "a.txt")

    def test_folder_gives_every_txt_below_it_in_order(self, folder: Path) -> None:
        """A folder stands for every *.txt below it, sorted, as a JSON array."""
        status, out, _ = run("analyze", str(folder))
        assert status == 0
        assert [d["id"] for d in json.loads(out)] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]

    def test_stdin_text(self) -> None:
        """'-' reads one article from standard input."""
        status, out, _ = run("analyze", "-", stdin=ARTICLE.encode())
        assert status == 0
        assert json.loads(out)["id"] == "<stdin>"

    def test_jsonl_keeps_ids(self) -> None:
        """--input jsonl reads {"id", "text"} lines and keeps each id in the output."""
        lines = "".join(json.dumps({"id": f"doc-{i}", "text": ARTICLE}) + "\n" for i in range(3))
        status, out, _ = run("analyze", "--input", "jsonl", "--format", "jsonl", "-", stdin=lines.encode())
        assert status == 0
        assert [json.loads(x)["id"] for x in out.splitlines()] == ["doc-0", "doc-1", "doc-2"]


class TestBadInputs:
    def test_undecodable_file_named_with_byte_offset(self, folder: Path) -> None:
        """A file that is not UTF-8 is named with its byte offset; the rest is printed; exit 1."""
        bad = folder / "bad.txt"
        bad.write_bytes(b"Headline\n\nCaf\xe9 talks.")
        status, out, err = run("analyze", str(folder / "a.txt"), str(bad), str(folder / "sub" / "b.txt"))
        assert status == 1
        assert f"{bad}: cannot decode as utf-8 at byte 13" in err
        assert [d["id"] for d in json.loads(out)] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]

    def test_missing_file_reported(self, folder: Path) -> None:
        """A file that does not exist is reported and the batch goes on."""
        status, out, err = run("analyze", str(folder / "nope.txt"), str(folder / "a.txt"))
        assert status == 1
        assert "nope.txt: cannot read" in err
        assert len(json.loads(out)) == 1

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            pytest.param(b"{not json\n", "not valid JSON", id="bad-json"),
            pytest.param(b'{"id": "x"}\n', 'expected an object with a string "text"', id="no-text"),
            pytest.param(
                b'{"id": "x", "text": "caf\xe9"}\n', "cannot decode as utf-8 at byte {}", id="bad-bytes"
            ),
        ],
    )
    def test_bad_jsonl_lines_reported(self, line: bytes, message: str) -> None:
        """Each bad JSONL line is named with its line number; good lines are still analysed."""
        good = json.dumps({"id": "ok", "text": ARTICLE}).encode() + b"\n"
        status, out, err = run(
            "analyze", "--input", "jsonl", "--format", "jsonl", "-", stdin=good + line + good
        )
        assert status == 1
        assert "<stdin>:2" in err or "line 2" in err
        assert message.format(len(good) + 24) in err  # offsets count from the start of the stream
        assert len(out.splitlines()) == 2


class TestFormats:
    def test_text_format_is_readable(self, folder: Path) -> None:
        """--format text prints the header, then the quotations, then the coalitions."""
        status, out, _ = run("analyze", "--format", "text", str(folder / "a.txt"))
        assert status == 0
        assert out.index("Quotations (") < out.index("Coalitions (")

    def test_unknown_format_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown --format exits 2 and lists the choices."""
        status, _, _ = run("analyze", "--format", "xml", "-")
        assert status == 2
        assert "choose from 'html', 'json', 'jsonl', 'text'" in capsys.readouterr().err

    def test_jobs_keeps_order(self) -> None:
        """--jobs 2 gives the same output in the same order as one process."""
        lines = "".join(json.dumps({"id": str(i), "text": ARTICLE * (i % 3 + 1)}) + "\n" for i in range(12))
        args = ("analyze", "--input", "jsonl", "--format", "jsonl", "-")
        one = run(*args, stdin=lines.encode())
        two = run("analyze", "--jobs", "2", *args[1:], stdin=lines.encode())
        assert one == two

    def test_html_is_one_page(self, folder: Path) -> None:
        """--format html writes a whole page for one input and refuses a batch it cannot show as one page."""
        status, out, _ = run("analyze", "--format", "html", str(folder / "a.txt"))
        assert status == 0
        assert out.lstrip().lower().startswith("<!doctype html>") and out.count("</html>") == 1
        status, out, err = run("analyze", "--format", "html", str(folder))
        assert status == 2 and out == ""
        assert "one page" in err

    def test_bad_jobs(self) -> None:
        """--jobs 0 is refused."""
        assert run("analyze", "--jobs", "0", "-")[0] == 2


class TestEntryPoints:
    def test_python_m_and_version(self) -> None:
        """`python -m geoquote --version` prints the version."""
        p = subprocess.run([sys.executable, "-m", "geoquote", "--version"], capture_output=True, text=True)
        assert p.returncode == 0
        assert p.stdout.startswith("geoquote ")
