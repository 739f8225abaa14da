"""The command line: inputs, formats, batches that go on past bad inputs, exit statuses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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

    def test_text_format_names_a_speaking_body_once(self) -> None:
        """A body that speaks is its own organisation; the summary line does not repeat the name."""
        status, out, _ = run(
            "analyze", "--format", "text", "-", stdin=b"The Kremlin said it was following the talks closely."
        )
        assert status == 0
        line = next(x for x in out.splitlines() if "[indirect]" in x)
        who = line.split("  [")[0]  # the speaker before the mention the sentence used
        assert who.count("Kremlin") == 1, line

    def test_text_format_shows_an_organisation_in_the_role_once(self) -> None:
        """The body a role already names ("Kremlin spokesman") is not repeated as the organisation."""
        status, out, _ = run(
            "analyze",
            "--format",
            "text",
            "-",
            stdin=b"Kremlin spokesman Ivan Dorin said the talks had ended.",
        )
        assert status == 0
        line = next(x for x in out.splitlines() if "[indirect]" in x)
        who = line.split("  [")[0]
        assert who.count("Kremlin") == 1, line

    def test_text_format_shows_an_unnamed_source_once(self) -> None:
        """A speaker with no name is shown by the words the sentence used, once, with its resolution."""
        status, out, _ = run(
            "analyze", "--format", "text", "-", stdin=b"A military source said the raid failed."
        )
        assert status == 0
        line = next(x for x in out.splitlines() if "[indirect]" in x)
        assert line.count("military source") == 1, line
        assert "[none]" in line, line

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


def run_utf8(*argv: str, stdin: Any) -> tuple[int, bytes, str]:
    """Run the CLI in-process with a strict UTF-8 standard output, as the real one is reconfigured."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    err = io.StringIO()
    status = main(list(argv), stdin=stdin, stdout=out, stderr=err)
    out.flush()
    return status, raw.getvalue(), err.getvalue()


#: A JSONL batch whose first text holds a lone surrogate, a valid str that UTF-8 cannot encode.
SURROGATE_BATCH = (
    b'{"id": "s\\udc80", "text": "Ferry talks \\ud800 resume\\n\\nThe crossings restart on Monday."}\n'
    b'{"id": "ok", "text": "Ferry talks resume."}\n'
)


class TestAnyStrIsValid:
    @pytest.mark.parametrize("fmt", ["jsonl", "json"])
    def test_lone_surrogates_are_escaped_in_json(self, fmt: str) -> None:
        """The batch goes on past a text with a lone surrogate; the JSON is valid and reads back the same
        strings (before: UnicodeEncodeError, and every later input lost)."""
        status, out, err = run_utf8(
            "analyze", "--input", "jsonl", "--format", fmt, "-", stdin=io.BytesIO(SURROGATE_BATCH)
        )
        assert status == 0, err
        text = out.decode("utf-8")
        docs = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
        assert [d["id"] for d in docs] == ["s\udc80", "ok"]
        title = docs[0]["header"]["title"]
        assert title["text"] == "Ferry talks \ud800 resume"
        assert "\\ud800" in text

    def test_text_format_shows_a_replacement_character(self) -> None:
        status, out, err = run_utf8(
            "analyze", "--input", "jsonl", "--format", "text", "-", stdin=io.BytesIO(SURROGATE_BATCH)
        )
        assert status == 0, err
        text = out.decode("utf-8")
        assert "Ferry talks \ufffd resume" in text and "== ok ==" in text

    def test_html_shows_a_replacement_character(self) -> None:
        from geoquote._cli import _result
        from geoquote._io import Input

        page, error = _result(Input("s", "Talks \ud800 resume."), "html")
        assert error is None and page is not None
        assert "\ud800" not in page and "Talks \ufffd resume." in page
        page.encode("utf-8")

    def test_real_stdout_with_processes(self, tmp_path: Path) -> None:
        """The same through the installed entry point, with --jobs 2, on a real (strict UTF-8) stdout."""
        f = tmp_path / "s.jsonl"
        f.write_bytes(SURROGATE_BATCH)
        for fmt in ("jsonl", "text"):
            p = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "geoquote",
                    "analyze",
                    "--input",
                    "jsonl",
                    "--format",
                    fmt,
                    "--jobs",
                    "2",
                    str(f),
                ],
                capture_output=True,
                check=False,
            )
            assert p.returncode == 0, p.stderr
            assert b"Traceback" not in p.stderr
            assert (b'"id": "ok"' if fmt == "jsonl" else b"== ok ==") in p.stdout


class _FailingStream(io.BytesIO):
    """A stream whose second read fails, as a flaky disk or network mount does."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads = 0

    def readline(self, size: int | None = -1) -> bytes:
        self.reads += 1
        if self.reads > 1:
            raise OSError(5, "Input/output error")
        return super().readline(size)


class TestReadErrors:
    def test_jsonl_read_error_partway_is_reported(self) -> None:
        """An I/O error after the first line names the input and the byte offset; what was read is kept."""
        line = json.dumps({"id": "first", "text": ARTICLE}) + "\n"
        status, out, err = run_utf8(
            "analyze", "--input", "jsonl", "--format", "jsonl", "-", stdin=_FailingStream((line * 3).encode())
        )
        assert status == 1
        assert [json.loads(x)["id"] for x in out.decode().splitlines()] == ["first"]
        assert f"<stdin>: cannot read at byte {len(line.encode())}: Input/output error" in err
        assert "Traceback" not in err

    @pytest.mark.skipif(
        not Path("/proc/self/mem").exists(), reason="needs Linux's /proc/self/mem (reads fail)"
    )
    def test_jsonl_file_that_fails_to_read_and_the_batch_goes_on(self, tmp_path: Path) -> None:
        """A file whose reads fail (opening works) is named; the next file is still analysed."""
        good = tmp_path / "good.jsonl"
        good.write_text(json.dumps({"id": "after", "text": ARTICLE}) + "\n", encoding="utf-8")
        status, out, err = run(
            "analyze", "--input", "jsonl", "--format", "jsonl", "/proc/self/mem", str(good)
        )
        assert status == 1
        assert [json.loads(x)["id"] for x in out.splitlines()] == ["after"]
        assert "/proc/self/mem: cannot read at byte 0" in err


class TestOptions:
    def test_empty_folder_is_reported(self, tmp_path: Path) -> None:
        """A folder with no *.txt below it is named on stderr, and the exit status is 1."""
        (tmp_path / "empty").mkdir()
        status, out, err = run("analyze", str(tmp_path / "empty"))
        assert status == 1
        assert f"{tmp_path / 'empty'}: no *.txt file below this folder" in err
        assert json.loads(out) == []
        status, _, err = run("analyze", "--input", "jsonl", str(tmp_path / "empty"))
        assert status == 1 and "no *.jsonl file below this folder" in err

    def test_folder_with_files_beside_an_empty_one(self, folder: Path, tmp_path: Path) -> None:
        (tmp_path / "none").mkdir()
        status, out, err = run("analyze", "--format", "jsonl", str(folder / "sub"), str(tmp_path / "none"))
        assert status == 1 and len(out.splitlines()) == 1 and "none: no *.txt file" in err

    @pytest.mark.parametrize(
        ("value", "reason"),
        [
            ("2020-13-01", "month must be in 1..12"),
            ("yesterday", "not a date"),
            ("2021-02-29", "day is out of range"),
        ],
    )
    def test_bad_reference_date_says_the_form(
        self, value: str, reason: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, _, _ = run("analyze", "--reference-date", value, "-")
        assert status == 2
        msg = capsys.readouterr().err
        assert "expected a date written YYYY-MM-DD (e.g. 2024-03-04)" in msg and reason in msg

    def test_reference_date_has_no_default(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The help does not claim a default of today: without the option, relative dates give no value."""
        assert run("analyze", "--help")[0] == 0
        help_text = " ".join(capsys.readouterr().out.split())
        assert "default: today" not in help_text
        assert "no default: without it, relative dates give no value" in help_text
        status, out, _ = run("analyze", "-", stdin=b"Talks\n\nUpdated 2 hours ago\n\nThe sides met.\n")
        assert status == 0 and json.loads(out)["header"]["updated"] is None

    def test_jobs_is_capped(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """--jobs starts no more processes than there are files, nor than CPUs."""
        from concurrent.futures import ProcessPoolExecutor

        import geoquote._cli as cli

        started: list[int] = []

        class Pool(ProcessPoolExecutor):
            def __init__(self, max_workers: int) -> None:
                started.append(max_workers)
                super().__init__(max_workers=max_workers)

        monkeypatch.setattr(cli, "ProcessPoolExecutor", Pool)
        monkeypatch.setattr(os, "cpu_count", lambda: 8)
        status, out, _ = run("analyze", "--jobs", "200", "--format", "jsonl", str(folder))
        assert status == 0 and len(out.splitlines()) == 2
        assert started == [2]
        assert cli._workers(200, None) == 8 and cli._workers(3, None) == 3 and cli._workers(200, 1) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes in a name")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """A file name that is not UTF-8 (a surrogate-escaped str) is an id like any other: escaped in JSON."""
    name = os.fsdecode(b"\xff.txt")
    (tmp_path / name).write_text("Ferry talks\n\nThe crossings restart.", encoding="utf-8")
    status, out, err = run_utf8("analyze", "--format", "jsonl", str(tmp_path), stdin=io.BytesIO())
    assert status == 0, err
    assert json.loads(out.decode("utf-8"))["id"] == str(tmp_path / name)
