"""The records: JSON form of OUTPUT.md, exact inverse, typed errors on bad shapes."""

from __future__ import annotations

import json
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
from geoquote.errors import GeoquoteError, RecordError

from .conftest import occurrence

TEXT = "Moscow, 27 November 2016 /TASS/. Lavrov told Interfax NATO was a threat."


def at(sub: str) -> tuple[str, int, int]:
    """``sub`` with its offsets in TEXT."""
    return occurrence(TEXT, sub)


def full_article() -> Article:
    """An article record with every field filled."""
    date = DateValue(*at("27 November 2016"), value="2016-11-27", precision="day")
    header = Header(
        title=Span(*at("Moscow")),
        subtitle=None,
        byline=Span(*at("TASS")),
        authors=(Author(*at("TASS"), name="TASS"),),
        source=Source(*at("TASS"), name="TASS"),
        dateline=Dateline(*at("Moscow, 27 November 2016 /TASS/."), place="Moscow", agency="TASS", date=date),
        published=date,
        updated=None,
        body_start=TEXT.index("Lavrov"),
    )
    lavrov = Speaker("Sergei Lavrov", Span(*at("Lavrov")), role="foreign minister", resolution="named")
    quote = Quote(
        *at("NATO was a threat"),
        kind="indirect",
        speaker=lavrov,
        cue=Cue(*at("told"), lemma="tell"),
        addressee=Span(*at("Interfax")),
    )
    nato = Actor(*at("NATO"), name="North Atlantic Treaty Organization", code="NATO", type="organization")
    coalition = Coalition(
        *at("NATO"),
        label="North Atlantic Treaty Organization",
        id="NATO",
        standing=True,
        kind="military",
        members=(nato,),
    )
    return Article(header=header, quotes=(quote,), coalitions=(coalition,), id="tass-1")


class TestToDict:
    def test_output_keys(self) -> None:
        """The JSON form has exactly the keys OUTPUT.md names, in schema geoquote/1."""
        d = full_article().to_dict()
        assert d["schema"] == "geoquote/1"
        assert set(d) == {"schema", "id", "header", "quotes", "coalitions"}
        assert set(d["header"]) == {
            "title",
            "subtitle",
            "byline",
            "authors",
            "source",
            "dateline",
            "published",
            "updated",
            "body_start",
        }
        assert set(d["quotes"][0]) == {"kind", "text", "start", "end", "speaker", "cue", "addressee"}
        assert set(d["quotes"][0]["speaker"]) == {"name", "mention", "role", "organization", "resolution"}
        assert set(d["coalitions"][0]) == {
            "text",
            "start",
            "end",
            "label",
            "id",
            "standing",
            "kind",
            "polarity",
            "leader",
            "members",
            "adversaries",
            "member_count",
        }
        assert set(d["coalitions"][0]["members"][0]) == {"text", "start", "end", "name", "code", "type"}

    def test_json_serialisable(self) -> None:
        """to_dict() gives plain JSON values only."""
        d = full_article().to_dict()
        assert json.loads(json.dumps(d)) == d

    def test_spans_round_trip(self) -> None:
        """Every span of the sample record is the text at its offsets."""
        for s in full_article().spans():
            assert TEXT[s.start : s.end] == s.text


class TestFromDict:
    @pytest.mark.parametrize(
        "record",
        [
            pytest.param(full_article(), id="full-article"),
            pytest.param(Article(), id="empty-article"),
            pytest.param(geoquote.analyze(TEXT, id="x"), id="analysed"),
        ],
    )
    def test_inverse(self, record: Article) -> None:
        """from_dict(to_dict(x)) == x, also through a JSON round trip."""
        assert Article.from_dict(json.loads(json.dumps(record.to_dict()))) == record

    @pytest.mark.parametrize(
        ("mutate", "message"),
        [
            pytest.param(lambda d: d.update(schema="geoquote/0"), "schema", id="other-schema"),
            pytest.param(lambda d: d["header"].pop("body_start"), "body_start", id="missing-key"),
            pytest.param(lambda d: d["quotes"][0].update(kind="rumour"), "kind", id="bad-literal"),
            pytest.param(lambda d: d["quotes"][0].update(start="55"), "start", id="bad-type"),
            pytest.param(lambda d: d["coalitions"][0].update(standing=1), "standing", id="int-for-bool"),
            pytest.param(lambda d: d.update(header=[]), "header", id="not-a-mapping"),
        ],
    )
    def test_bad_shapes_raise_record_error(self, mutate: Any, message: str) -> None:
        """A dictionary of the wrong shape raises RecordError naming the key."""
        d = full_article().to_dict()
        mutate(d)
        with pytest.raises(RecordError, match=message) as info:
            Article.from_dict(d)
        assert isinstance(info.value, GeoquoteError)


class TestFrozen:
    def test_records_are_immutable(self) -> None:
        """Results cannot be changed after the fact."""
        import attrs

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            full_article().header.title.start = 3  # type: ignore[misc, union-attr]


def test_a_source_is_no_author() -> None:
    """An outlet credited as the source shares the author's fields but is not an author record: a user who
    collects every ``Author`` of a result never gets the agency."""
    from geoquote import Author, NamedSpan, Source

    src = Source("Reuters", 20, 27, "Reuters")
    assert isinstance(src, NamedSpan) and not isinstance(src, Author)
    assert Source.from_dict(src.to_dict()) == src and type(Source.from_dict(src.to_dict())) is Source
    assert type(Author.from_dict({"text": "Ann Lee", "start": 0, "end": 7, "name": "Ann Lee"})) is Author
