"""The shipped JSON Schema (geoquote/schema.json) describes exactly what ``Article.to_dict()`` produces."""

from __future__ import annotations

import copy
import itertools
import json
import os
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import geoquote
from geoquote import (
    Actor,
    Article,
    Author,
    Coalition,
    Cue,
    Dateline,
    DateValue,
    Header,
    Quote,
    Source,
    Span,
    Speaker,
)

from .conftest import occurrence

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (it is a dev extra)")

SHARED = Path(os.environ.get("GEOQUOTE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SAMPLE_PER_SET = 8  #: articles taken from each development set
TEXT = (
    "Allies close ranks\n\nBy Anna Petrova, Reuters\n\n"
    "MOSCOW, March 3, 2021 (Reuters) - Moscow and Beijing back the bloc, the minister told Interfax. "
    "\u201cWe will not be divided,\u201d he said."
)
Json = dict[str, Any]


def at(sub: str, nth: int = 0) -> tuple[str, int, int]:
    """``sub`` with its offsets in TEXT (its ``nth`` occurrence)."""
    return occurrence(TEXT, sub, nth)


def full_article() -> Article:
    """An article record with every field filled, each span true to TEXT."""
    date = DateValue(*at("March 3, 2021"), value="2021-03-03", precision="day")
    header = Header(
        title=Span(*at("Allies close ranks")),
        subtitle=Span(*at("close ranks")),
        byline=Span(*at("Anna Petrova, Reuters")),
        authors=(Author(*at("Anna Petrova"), name="Anna Petrova"),),
        source=Source(*at("Reuters"), name="Reuters"),
        dateline=Dateline(
            *at("MOSCOW, March 3, 2021 (Reuters) -"), place="Moscow", agency="Reuters", date=date
        ),
        published=date,
        updated=DateValue(*at("2021"), value="2021", precision="year"),
        body_start=TEXT.index("MOSCOW"),
    )
    minister = Speaker(
        "Sergei Lavrov", Span(*at("the minister")), "Foreign Minister", "Russian government", "role"
    )
    indirect = Quote(
        *at("Moscow and Beijing back the bloc", 0),
        kind="indirect",
        speaker=minister,
        cue=Cue(*at("told"), lemma="tell"),
        addressee=Span(*at("Interfax")),
    )
    direct = Quote(
        *at("We will not be divided"),
        kind="direct",
        speaker=Speaker("Sergei Lavrov", Span(*at("he", 2)), None, None, "pronoun"),
        cue=Cue(*at("said"), lemma="say"),
    )
    rus = Actor(*at("Moscow"), name="Russia", code="RUS", type="government")
    chn = Actor(*at("Beijing"), name="China", code="CHN", type="government")
    bloc = Coalition(
        *at("the bloc"),
        label="Russian coalition",
        id=None,
        standing=False,
        kind="political",
        polarity="hedged",
        leader=rus,
        members=(rus, chn),
        adversaries=(Actor(*at("Allies"), name="Allies", code=None, type="group"),),
    )
    return Article(header=header, quotes=(indirect, direct), coalitions=(bloc,), id="sample-1")


def load_schema() -> Json:
    """The schema as the installed package ships it."""
    data: Json = json.loads(files("geoquote").joinpath("schema.json").read_text(encoding="utf-8"))
    return data


def validator() -> Any:
    """A draft 2020-12 validator of the shipped schema."""
    return jsonschema.Draft202012Validator(load_schema())


def errors(doc: Json) -> list[str]:
    """Every schema violation in ``doc``, as readable strings."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(doc)]


def assert_spans_exact(text: str, article: Article) -> None:
    """Every span of ``article`` is ``text[start:end]``."""
    for s in article.spans():
        assert text[s.start : s.end] == s.text, s


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[Json], None]:
    def apply(d: Json) -> None:
        for key in path[:-1]:
            d = d[key]  # type: ignore[index]
        d[path[-1]] = value  # type: ignore[index]

    return apply


def _delete(path: tuple[str | int, ...]) -> Callable[[Json], None]:
    def apply(d: Json) -> None:
        for key in path[:-1]:
            d = d[key]  # type: ignore[index]
        del d[path[-1]]  # type: ignore[arg-type]

    return apply


class TestSchemaDocument:
    """The schema file itself."""

    def test_is_valid_draft_2020_12(self) -> None:
        """The shipped file is a well-formed draft 2020-12 schema."""
        schema = load_schema()
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_names_the_current_format(self) -> None:
        """The schema pins the same format version the records write."""
        assert load_schema()["properties"]["schema"]["const"] == geoquote.SCHEMA


class TestHandMadeRecords:
    """Records built by hand, with every field filled, validate."""

    def test_full_article_validates(self) -> None:
        """An article with every optional field set is valid."""
        article = full_article()
        assert_spans_exact(TEXT, article)
        assert errors(article.to_dict()) == []

    def test_empty_article_validates(self) -> None:
        """An article where nothing was found is valid."""
        assert errors(Article().to_dict()) == []

    @pytest.mark.parametrize(
        ("mutate", "why"),
        [
            pytest.param(_set(("schema",), "geoquote/0"), "another format version", id="schema-version"),
            pytest.param(_delete(("quotes",)), "a required list is missing", id="missing-quotes"),
            pytest.param(_set(("extra",), 1), "an unknown top-level key", id="extra-key"),
            pytest.param(_set(("quotes", 0, "kind"), "reported"), "an unknown quote kind", id="quote-kind"),
            pytest.param(_set(("quotes", 0, "start"), -1), "a negative offset", id="negative-offset"),
            pytest.param(_set(("quotes", 0, "end"), 3.5), "a fractional offset", id="float-offset"),
            pytest.param(
                _set(("quotes", 0, "speaker", "resolution"), "guessed"),
                "an unknown resolution",
                id="resolution",
            ),
            pytest.param(_delete(("quotes", 0, "cue", "lemma")), "a cue without lemma", id="cue-lemma"),
            pytest.param(_set(("quotes", 1, "addressee"), "Interfax"), "a bare string span", id="addressee"),
            pytest.param(_set(("coalitions", 0, "polarity"), "maybe"), "an unknown polarity", id="polarity"),
            pytest.param(
                _set(("coalitions", 0, "standing"), 1), "a standing that is not bool", id="standing"
            ),
            pytest.param(_set(("coalitions", 0, "kind"), "cultural"), "an unknown kind", id="coalition-kind"),
            pytest.param(
                _set(("coalitions", 0, "members", 0, "type"), "city"), "an actor type", id="actor-type"
            ),
            pytest.param(
                _set(("coalitions", 0, "leader", "code"), "rus"), "a lower-case code", id="actor-code"
            ),
            pytest.param(
                _set(("header", "published", "value"), "3 March"), "a non-ISO date", id="date-value"
            ),
            pytest.param(
                _set(("header", "authors", 0, "role"), "x"), "an extra span field", id="author-extra"
            ),
            pytest.param(_delete(("header", "body_start")), "no body_start", id="body-start"),
        ],
    )
    def test_broken_output_is_rejected(self, mutate: Callable[[Json], None], why: str) -> None:
        """An output that breaks the documented format fails validation."""
        doc = copy.deepcopy(full_article().to_dict())
        mutate(doc)
        assert errors(doc), why


class TestAnalyzedOutput:
    """What ``geoquote.analyze`` produces validates, on the seed and on development articles."""

    def test_seed_article(self, seed_text: str) -> None:
        """The seed article's analysis is valid and its spans are exact."""
        article = geoquote.analyze(seed_text, id="000_141413377df56f47")
        assert_spans_exact(seed_text, article)
        assert errors(article.to_dict()) == []

    @staticmethod
    def _dev_articles() -> Iterator[tuple[str, str]]:
        data = SHARED / "data"
        if not data.is_dir():
            pytest.skip(f"development data {data} is not on this machine")
        for path in sorted(data.glob("*.jsonl")):
            with path.open(encoding="utf-8") as f:
                for line in itertools.islice(f, SAMPLE_PER_SET):
                    doc = json.loads(line)
                    yield f"{path.name}:{doc['id']}", doc["text"]

    def test_development_sample(self) -> None:
        """A sample of every development set's articles analyses into valid, exact output."""
        failures: dict[str, list[str]] = {}
        seen = 0
        for name, text in self._dev_articles():
            article = geoquote.analyze(text, id=name)
            assert_spans_exact(text, article)
            found = errors(article.to_dict())
            if found:
                failures[name] = found
            seen += 1
        assert seen, "no development articles found"
        assert failures == {}
