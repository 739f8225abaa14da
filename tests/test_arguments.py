"""Caller mistakes raise typed errors from geoquote.errors that say what was expected; any collection
works where a lexicon or a gazetteer takes words."""

from __future__ import annotations

import inspect
import json
import os
import pydoc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import geoquote
from geoquote.errors import GeoquoteError, InputTypeError, OptionError

LEX = geoquote.DEFAULT_LEXICON
GAZ = geoquote.default_gazetteer()
#: The package, its gazetteer and attrs.evolve untyped, to call them with arguments of the wrong types.
api: Any = geoquote
gaz: Any = GAZ
evolve: Any = attrs.evolve


def raises(kind: type[Exception], call: Callable[[], object], *words: str) -> str:
    """Run ``call``, check it raises ``kind`` (a GeoquoteError) with each of ``words`` in its message."""
    with pytest.raises(kind) as got:
        call()
    assert isinstance(got.value, GeoquoteError)
    msg = str(got.value)
    for w in words:
        assert w in msg, msg
    return msg


class TestQuoteLexicon:
    def test_set_and_list_fields_are_converted(self) -> None:
        """A set of organisation heads and a list of cue pairs give a lexicon equal to one built with the
        field types, and find_quotes uses it (before: TypeError: unhashable type deep inside)."""
        heads = set(LEX.organization_heads) | {"cooperative"}
        lex = attrs.evolve(LEX, organization_heads=heads, clause_cues=list(LEX.clause_cues))
        assert lex.organization_heads == frozenset(heads)
        assert isinstance(lex.clause_cues, tuple) and lex.clause_cues == LEX.clause_cues
        assert lex == attrs.evolve(LEX, organization_heads=frozenset(heads))
        hash(lex)
        text = "“We will plant again,” said Brenna Outhwaite, spokeswoman for the Valley Growers Cooperative."
        [q] = geoquote.find_quotes(text, lexicon=lex)
        assert q.speaker is not None and q.speaker.organization == "Valley Growers Cooperative"

    def test_a_set_of_pairs_is_sorted(self) -> None:
        """A set has no order; the lexicon stores its items sorted, so equal sets give equal lexicons."""
        lex = evolve(LEX, relay_cues={("quoted", "quote"), ("cited", "cite")})
        assert lex.relay_cues == (("cited", "cite"), ("quoted", "quote"))

    @pytest.mark.parametrize(
        ("field", "value", "words"),
        [
            ("roles", "minister", ["roles must be a collection of str", "not str"]),
            ("roles", [5], ["each item of roles must be str, not int"]),
            ("according", None, ["according must be a collection of str", "NoneType"]),
            ("clause_cues", [("said",)], ["each item of clause_cues must be a (form, lemma) pair"]),
            ("clause_cues", ["said"], ["each item of clause_cues must be a (form, lemma) pair", "str"]),
            ("pronouns", [("he", "singular", "male", "yes")], ["each item of pronouns must be"]),
            ("role_epithets", [("top envoy", [["envoy", 5]])], ["the role words of role_epithets", "int"]),
        ],
    )
    def test_wrong_items_raise_input_type_error(self, field: str, value: object, words: list[str]) -> None:
        """A field of the wrong shape is named at construction, with what it should hold."""
        raises(InputTypeError, lambda: evolve(LEX, **{field: value}), *words)

    def test_load_unknown_language_lists_the_languages(self) -> None:
        """load("xx") is an OptionError listing the languages there are; no path outside data/ is read."""
        raises(OptionError, lambda: api.QuoteLexicon.load("xx"), "'en'", "'xx'")
        raises(OptionError, lambda: api.QuoteLexicon.load("../x"), "'en'")
        raises(InputTypeError, lambda: api.QuoteLexicon.load(5), "language must be str")

    def test_repr_is_short(self) -> None:
        """The repr (and so the signatures and help() of the verbs) stays readable, not 35 KB."""
        assert len(repr(LEX)) < 100
        assert repr(LEX).startswith("<QuoteLexicon 'en'")
        assert len(str(inspect.signature(geoquote.find_quotes))) < 300
        assert len(pydoc.plain(pydoc.render_doc(geoquote.analyze))) < 5000


class TestParseHeader:
    def test_bad_date_order_is_an_option_error(self) -> None:
        raises(OptionError, lambda: api.parse_header("x", date_order="YMD"), "'DMY'", "'MDY'")

    def test_str_languages_is_an_input_type_error(self) -> None:
        raises(InputTypeError, lambda: api.parse_header("x", languages="en"), "languages")


class TestReadText:
    @pytest.mark.parametrize("path", [None, 0, 1, 2.5, b"/tmp/x", True])
    def test_not_a_file_name(self, path: object) -> None:
        """read_text(0) does not read standard input nor close descriptor 0: it is no file name."""
        before = os.fstat(0) if path == 0 else None
        raises(InputTypeError, lambda: api.read_text(path), "path must be str or os.PathLike")
        if before is not None:
            assert os.fstat(0) == before  # still open

    def test_pathlike_is_read(self, tmp_path: Path) -> None:
        p = tmp_path / "a.txt"
        p.write_bytes(b"\xef\xbb\xbfBridge reopens\n")
        assert geoquote.read_text(p) == "Bridge reopens\n"

    def test_os_errors_pass_through(self, tmp_path: Path) -> None:
        """As the docstring says: a missing file or a folder raises the builtin OSError of open()."""
        with pytest.raises(FileNotFoundError):
            geoquote.read_text(str(tmp_path / "missing.txt"))
        with pytest.raises(IsADirectoryError if sys.platform != "win32" else PermissionError):
            geoquote.read_text(str(tmp_path))


class TestGazetteer:
    def test_entries_of_the_wrong_type(self) -> None:
        raises(InputTypeError, lambda: api.Gazetteer([5]), "each item of entries", "ActorEntry", "int")
        raises(InputTypeError, lambda: api.Gazetteer("abc"), "entries must be a collection", "str")
        raises(InputTypeError, lambda: api.Gazetteer([], stops="New Town"), "stops", "str")

    @pytest.mark.parametrize(
        ("call", "words"),
        [
            (lambda: gaz.lookup(5), ["surface must be str", "int"]),
            (lambda: gaz.adjective(None), ["word must be str", "NoneType"]),
            (lambda: gaz.find(5), ["text must be str", "int"]),
            (lambda: gaz.matches(b"Iran"), ["text must be str", "bytes"]),
            (lambda: gaz.find("Iran", "0"), ["start must be a non-negative int"]),
            (lambda: gaz.find("Iran", adjectives="no"), ["adjectives must be bool"]),
            (lambda: api.find_actors("Iran", adjectives="no"), ["adjectives must be bool", "str"]),
            (lambda: api.find_actors("Iran", adjectives=None), ["adjectives must be bool", "NoneType"]),
        ],
    )
    def test_lookups_check_their_arguments(self, call: Callable[[], object], words: list[str]) -> None:
        raises(InputTypeError, call, *words)

    def test_lookups_still_work(self) -> None:
        assert GAZ.lookup("the RF") is not None and GAZ.adjective("Iranian") is not None
        assert [a.code for a in GAZ.find("Iran and Iraq", adjectives=False)] == ["IRN", "IRQ"]
        assert [a.code for a in geoquote.find_actors("Iranian ships", adjectives=False)] == []

    def test_from_files_takes_one_path_or_several(self, tmp_path: Path) -> None:
        """A plain path where a sequence is expected is one file, not a sequence of characters."""
        bodies = tmp_path / "bodies.json"
        body = {"code": "ZZPACT", "name": "Zephyr Pact", "type": "organization", "members": ["IRN"]}
        bodies.write_text(json.dumps({"entries": [body]}), encoding="utf-8")
        stops = tmp_path / "stops.json"
        stops.write_text(json.dumps({"stops": ["Zephyr Falls"]}), encoding="utf-8")
        for b, s in ((str(bodies), str(stops)), (bodies, stops), ([str(bodies)], [str(stops)])):
            g = api.Gazetteer.from_files(None, b, s)
            assert g.get("ZZPACT") is not None
            assert [a.code for a in g.find("The Zephyr Pact met at Zephyr Falls.")] == ["ZZPACT"]
        raises(InputTypeError, lambda: api.Gazetteer.from_files(None, 5), "bodies", "int")
        raises(InputTypeError, lambda: api.Gazetteer.from_files(None, [5]), "each item of bodies")
        raises(InputTypeError, lambda: api.Gazetteer.from_files(3), "states")


class TestModule:
    def test_errors_is_offered(self) -> None:
        assert "errors" in dir(geoquote)
        assert geoquote.errors.GeoquoteError is GeoquoteError

    def test_every_check_names_what_was_expected(self) -> None:
        """The messages follow one form: "<name> must be <expected>, not <type>"."""
        calls: list[Callable[[], Any]] = [
            lambda: api.read_text(None),
            lambda: api.Gazetteer([5]),
            lambda: evolve(LEX, roles=[5]),
        ]
        for call in calls:
            assert " must be " in raises(InputTypeError, call) and ", not " in raises(InputTypeError, call)
