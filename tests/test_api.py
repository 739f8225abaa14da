"""The public surface: what `import geoquote` offers and how analyze composes the finders."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import geoquote

TEXT = (
    "Allies meet in Brussels\n\nBy Maria Jensen\n\n"
    "BRUSSELS (Reuters) - NATO foreign ministers met on Tuesday. "
    "“We stand together,” Secretary General Jens Stoltenberg told reporters.\n"
)


class TestSurface:
    def test_all_is_sorted_and_is_dir(self) -> None:
        """__all__ is sorted (constants, classes, functions); dir(geoquote) is __all__ and the public
        ``errors`` submodule, so tab completion offers ``geoquote.errors``."""
        names = list(geoquote.__all__)
        key = [(not n.isupper(), not n[:1].isupper() or n.isupper(), n) for n in names]
        assert key == sorted(key)
        assert dir(geoquote) == sorted([*names, "errors"])  # dir() sorts what __dir__ gives
        for name in names:
            assert hasattr(geoquote, name)

    def test_version(self) -> None:
        """The package knows its version."""
        assert geoquote.__version__[0].isdigit()


class TestAnalyze:
    def test_composes_the_finders(self) -> None:
        """analyze() gives what the three verbs give on the same text, the dateline's place no actor."""
        article = geoquote.analyze(TEXT, id="nato-1")
        assert article.id == "nato-1"
        assert article.header == geoquote.parse_header(TEXT)
        assert article.quotes == geoquote.find_quotes(TEXT)
        dateline = article.header.dateline
        assert dateline is not None
        every = geoquote.find_coalitions(TEXT, quotes=article.quotes)
        assert article.coalitions == tuple(c for c in every if not dateline.start <= c.start < dateline.end)

    @pytest.mark.parametrize(
        ("ref", "value", "precision"),
        [
            pytest.param(dt.date(2016, 11, 28), "2016-11-28", "day", id="date-gives-the-day"),
            pytest.param(dt.datetime(2016, 11, 28, 0, 0), "2016-11-27T22:00:00", "time", id="datetime"),
        ],
    )
    def test_reference_date_resolves_relative_dates(self, ref: dt.date, value: str, precision: str) -> None:
        """A relative date in the header is read against reference_date: hours ago on a day given as a date
        are that day (the clock is unknown), on a datetime a time."""
        text = "Storm hits coast\n\nBy Tom Reyes\nUpdated 2 hours ago\n\nThe storm made landfall overnight."
        header = geoquote.analyze(text, reference_date=ref).header
        assert header.updated is not None
        assert (header.updated.value, header.updated.precision) == (value, precision)

    def test_dateline_place_is_no_actor(self) -> None:
        """ "BRUSSELS, Oct 12 (AFP) -" names the place the story was filed from, not the EU."""
        art = geoquote.analyze("Allies pledge aid\n\nBRUSSELS, Oct 12 (AFP) - Ministers met on Thursday.")
        assert art.header.dateline is not None and art.header.dateline.place == "BRUSSELS"
        assert art.coalitions == ()

    def test_lexicon_passes_through(self) -> None:
        """A lexicon given to analyze() reaches the quotation finder."""
        text = "The envoy intoned that the ceasefire would hold."
        assert geoquote.analyze(text).quotes == ()
        forms = (("intoned", "intone"),)
        lexicon = attrs.evolve(
            geoquote.DEFAULT_LEXICON, clause_cues=geoquote.DEFAULT_LEXICON.clause_cues + forms
        )
        (quote,) = geoquote.analyze(text, lexicon=lexicon).quotes
        assert quote.cue is not None and quote.cue.lemma == "intone"

    def test_gazetteer_passes_through(self) -> None:
        """A gazetteer given to analyze() reaches the coalition finder."""
        text = "Mali, Burkina Faso and Niger formed the Liptako-Gourma Pact against jihadist groups."
        pact = geoquote.ActorEntry(
            "LGP",
            "Liptako-Gourma Pact",
            "organization",
            label="Liptako-Gourma Pact",
            members=("MLI", "BFA", "NER"),
            kind="security",
            standing=True,
        )
        gazetteer = geoquote.Gazetteer([*geoquote.default_gazetteer().entries(), pact])
        ids = [c.id for c in geoquote.analyze(text, gazetteer=gazetteer).coalitions]
        assert "LGP" in ids
        assert "LGP" not in [c.id for c in geoquote.analyze(text).coalitions]
