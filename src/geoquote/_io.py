"""Reading a batch of inputs for the command line: files, folders, standard input, JSONL streams.

Inputs are produced lazily, one :class:`Input` at a time, so a stream of any length costs the memory of
one article. An input that cannot be read or decoded becomes an :class:`Input` with ``error`` set and no
text, so the batch can report it and go on.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Literal

import attrs

from ._check import ensure_path
from .errors import DecodeError, OptionError

__all__ = [
    "Input",
    "InputFormat",
    "check_encoding",
    "decode",
    "expand",
    "input_encoding",
    "is_folder",
    "iter_inputs",
    "read_text_file",
    "suffix_of",
]

InputFormat = Literal["text", "jsonl"]
INPUT_FORMATS: tuple[str, ...] = ("text", "jsonl")
STDIN = "-"


@attrs.frozen
class Input:
    """One article to analyse, or the reason it could not be read (``text is None``)."""

    id: str
    text: str | None
    error: str | None = None


#: The byte-order marks a file may open with, and the codec that reads it (UTF-32 first: its little-endian
#: mark opens with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_encoding(encoding: str | None) -> str | None:
    """``encoding`` as Python's codec registry names it, or None for the default; an unknown name raises
    :class:`OptionError` (``"cp1251"`` -> ``"cp1251"``, ``"Latin-1"`` -> ``"iso8859-1"``)."""
    if encoding is None:
        return None
    if not isinstance(encoding, str):
        raise OptionError(f"encoding must be a codec name such as 'utf-8' or 'cp1251', not {encoding!r}")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise OptionError(
            f"encoding must be a codec name such as 'utf-8', 'cp1251' or 'latin-1', not {encoding!r}"
        ) from None
    if not getattr(info, "_is_text_encoding", True):
        raise OptionError(f"encoding must be a text encoding, not {encoding!r}")
    return info.name


def input_encoding(input_format: str, encoding: str | None) -> str | None:
    """The codec that reads ``input_format`` given ``encoding`` (see :func:`check_encoding`); JSON Lines
    take none, being UTF-8 by definition."""
    codec = check_encoding(encoding)
    if codec is not None and input_format != "text":
        raise OptionError("encoding applies to text input only: JSON Lines are UTF-8")
    return codec


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode a file's bytes, or raise :class:`DecodeError` naming the file and the byte offset.

    Without ``encoding`` the bytes are UTF-8 (a leading byte-order mark dropped), or UTF-16 or UTF-32 when
    they open with that encoding's byte-order mark, as Windows tools write "Unicode" text. With it, they
    are read in that encoding (a name of Python's codec registry: "cp1251", "latin-1", "shift_jis").

    >>> decode(b"caf\\xc3\\xa9", "a.txt"), decode("café".encode("utf-16"), "b.txt")
    ('café', 'café')
    >>> decode(b"caf\\xe9", "c.txt", "latin-1")
    'café'
    >>> decode(b"ok \\xff", "a.txt")
    Traceback (most recent call last):
    ...
    geoquote.errors.DecodeError: a.txt: cannot decode as utf-8 at byte 3: invalid start byte
    """
    codec = check_encoding(encoding)
    if codec is None:
        codec = next((c for bom, c in _BOMS if data.startswith(bom)), "utf-8-sig")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise DecodeError(path, e.start, e.reason, codec.removesuffix("-sig")) from None


def read_text_file(path: str | os.PathLike[str], *, encoding: str | None = None) -> str:
    """The text of a file: UTF-8 (a leading byte-order mark dropped), UTF-16 or UTF-32 when it opens with
    that byte-order mark, or ``encoding`` when given (a codec name: "cp1251", "latin-1").

    Raises :class:`~geoquote.errors.DecodeError`, naming the file and the byte offset, when the bytes are
    not valid in that encoding; :class:`~geoquote.errors.OptionError` for an unknown encoding;
    :class:`~geoquote.errors.InputTypeError` when ``path`` is not a ``str`` or ``os.PathLike`` (a number
    is never taken for a file descriptor). A file that cannot be opened or read raises the builtin
    :class:`OSError` that ``open`` raises, unchanged: :class:`FileNotFoundError`,
    :class:`IsADirectoryError`, :class:`PermissionError`, or a plain :class:`OSError` for an I/O error.

    >>> import geoquote
    >>> geoquote.read_text(0)
    Traceback (most recent call last):
    ...
    geoquote.errors.InputTypeError: path must be str or os.PathLike (a file name), not int
    """
    name = ensure_path(path, "path")
    codec = check_encoding(encoding)
    with open(name, "rb") as f:
        return decode(f.read(), name, codec)


def is_folder(path: str) -> bool:
    """Whether ``path`` names a folder (``-``, standard input, never does)."""
    return path != STDIN and os.path.isdir(path)


def _expand(paths: Iterable[str], suffix: str) -> Iterator[str]:
    """Each path as given; a folder becomes every ``*suffix`` file below it, sorted."""
    for p in paths:
        if is_folder(p):
            yield from _below(p, suffix)
        else:
            yield p


def _below(folder: str, suffix: str) -> list[str]:
    """Every ``*suffix`` file below ``folder``, sorted."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(os.path.join(root, f) for f in files if f.endswith(suffix))
    return sorted(found)


def suffix_of(input_format: str) -> str:
    """The file suffix a folder is searched for in ``input_format``: ``.txt`` or ``.jsonl``."""
    return ".txt" if input_format == "text" else ".jsonl"


def expand(paths: Iterable[str], input_format: str) -> tuple[list[str], list[str]]:
    """The files ``paths`` name (each folder as the files below it, see :func:`iter_inputs`), and the
    folders below which no file of ``input_format`` was found."""
    suffix = suffix_of(input_format)
    files: list[str] = []
    empty: list[str] = []
    for p in paths:
        if is_folder(p):
            got = _below(p, suffix)
            files += got
            if not got:
                empty.append(p)
        else:
            files.append(p)
    return files, empty


def _text_input(path: str, stdin: BinaryIO, encoding: str | None = None) -> Input:
    name = "<stdin>" if path == STDIN else path
    try:
        if path == STDIN:
            data = stdin.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
        return Input(name, decode(data, name, encoding))
    except DecodeError as e:
        return Input(name, None, str(e))
    except OSError as e:
        return Input(name, None, f"{name}: cannot read: {e.strerror or e}")


def _jsonl_inputs(path: str, stdin: BinaryIO) -> Iterator[Input]:
    name = "<stdin>" if path == STDIN else path
    try:
        f = stdin if path == STDIN else open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as e:
        yield Input(name, None, f"{name}: cannot read: {e.strerror or e}")
        return
    offset = lineno = 0
    try:
        while True:
            try:
                raw = f.readline()
            except OSError as e:  # an I/O error partway through (a flaky disk or mount): report, go on
                yield Input(name, None, f"{name}: cannot read at byte {offset}: {e.strerror or e}")
                return
            if not raw:
                break
            lineno += 1
            where = f"{name}:{lineno}"
            line_offset, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as e:
                err = DecodeError(name, line_offset + e.start, e.reason)
                yield Input(where, None, f"{err} (line {lineno})")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield Input(where, None, f"{where}: not valid JSON: {e.msg} at column {e.colno}")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield Input(where, None, f'{where}: expected an object with a string "text"')
                continue
            doc_id = obj.get("id")
            yield Input(where if doc_id is None else str(doc_id), obj["text"])
    finally:
        if f is not stdin:
            f.close()


def iter_inputs(
    paths: Iterable[str], input_format: str, stdin: BinaryIO, encoding: str | None = None
) -> Iterator[Input]:
    """Every input named by ``paths`` (files, folders, ``-``), read lazily in order; text files in
    ``encoding`` (see :func:`decode`; JSON Lines are UTF-8, as the format says)."""
    if input_format not in INPUT_FORMATS:
        raise OptionError.choices("input format", input_format, INPUT_FORMATS)
    codec = input_encoding(input_format, encoding)
    if input_format == "text":
        for p in _expand(paths, suffix_of(input_format)):
            yield _text_input(p, stdin, codec)
    else:
        for p in _expand(paths, suffix_of(input_format)):
            yield from _jsonl_inputs(p, stdin)
