"""Files in other encodings: UTF-16 and UTF-32 found by their byte-order mark, any codec by name."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import geoquote
from geoquote._cli import main
from geoquote._io import decode
from geoquote.errors import DecodeError, OptionError

ARTICLE = "Переговоры в Анкаре\n\n«Мы продолжим переговоры», — заявил посол.\n"
ENGLISH = "Talks resume\n\n“We will keep talking,” the envoy said on Monday.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.BytesIO(b""), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


class TestDecode:
    @pytest.mark.parametrize(
        "codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]
    )
    def test_byte_order_mark_chooses_the_encoding(self, codec: str) -> None:
        """A file that opens with a byte-order mark is read in that encoding, the mark dropped."""
        bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-32-le": "\ufeff", "utf-32-be": "\ufeff"}
        data = (bom.get(codec, "") + ENGLISH).encode(codec)
        assert decode(data, "a.txt") == ENGLISH

    @pytest.mark.parametrize(("codec", "text"), [("cp1251", ARTICLE), ("latin-1", "Café résumé\n")])
    def test_named_encoding(self, codec: str, text: str) -> None:
        assert decode(text.encode(codec), "a.txt", codec) == text

    def test_error_names_the_encoding_file_and_byte(self) -> None:
        with pytest.raises(DecodeError) as e:
            decode(b"ok \xff\xff\xfe", "a.txt", "utf-8")
        assert (e.value.path, e.value.offset, e.value.encoding) == ("a.txt", 3, "utf-8")
        with pytest.raises(DecodeError, match=r"b\.txt: cannot decode as utf-16 at byte \d+"):
            decode(b"\xff\xfeA\x00\x00\xd8", "b.txt")  # a lone surrogate half at the end

    @pytest.mark.parametrize("name", ["klingon", "rot13", ""])
    def test_unknown_or_non_text_encoding_is_an_option_error(self, name: str) -> None:
        with pytest.raises(OptionError, match="encoding must be"):
            decode(b"x", "a.txt", name)

    def test_read_text_takes_an_encoding(self, tmp_path: Path) -> None:
        p = tmp_path / "ru.txt"
        p.write_bytes(ARTICLE.encode("cp1251"))
        assert geoquote.read_text(p, encoding="cp1251") == ARTICLE
        with pytest.raises(DecodeError, match=r"ru\.txt: cannot decode as utf-8 at byte 0"):
            geoquote.read_text(p)


class TestCommandLine:
    def test_utf16_file_is_analysed(self, tmp_path: Path) -> None:
        p = tmp_path / "a.txt"
        p.write_bytes(ENGLISH.encode("utf-16"))
        status, out, err = run("analyze", str(p))
        assert status == 0, err
        doc = json.loads(out)
        q = doc["quotes"][0]
        assert (q["text"], q["speaker"]["mention"]["text"]) == ("We will keep talking,", "the envoy")

    def test_encoding_option(self, tmp_path: Path) -> None:
        p = tmp_path / "ru.txt"
        p.write_bytes(ARTICLE.encode("cp1251"))
        status, out, err = run("analyze", "--encoding", "cp1251", str(p))
        assert status == 0, err
        assert json.loads(out)["header"]["title"]["text"] == "Переговоры в Анкаре"
        status, out, err = run("analyze", str(p))  # without it: named, with the byte, and exit status 1
        assert status == 1 and "ru.txt: cannot decode as utf-8 at byte 0" in err

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--encoding", "klingon"], "--encoding must be a codec name"),
            (["--encoding", "cp1251", "--input", "jsonl"], "--encoding applies to text input only"),
        ],
    )
    def test_bad_encoding_is_a_usage_error(self, argv: list[str], message: str) -> None:
        status, out, err = run("analyze", *argv, "-")
        assert status == 2 and message in err and not out
