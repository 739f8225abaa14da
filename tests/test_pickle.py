"""Records, vocabularies and gazetteers pickle cleanly, so they travel to worker processes (--jobs, Dask)."""

from __future__ import annotations

import pickle

import geoquote


class TestPickle:
    def test_article_round_trips(self, seed_text: str) -> None:
        """An analysed article survives pickling unchanged."""
        article = geoquote.analyze(seed_text, id="seed")
        assert pickle.loads(pickle.dumps(article)) == article

    def test_vocabularies_travel(self, seed_text: str) -> None:
        """A lexicon and a gazetteer sent through pickle give the same analysis as the originals."""
        lexicon = pickle.loads(pickle.dumps(geoquote.DEFAULT_LEXICON))
        gazetteer = pickle.loads(pickle.dumps(geoquote.default_gazetteer()))
        assert geoquote.analyze(seed_text, lexicon=lexicon, gazetteer=gazetteer) == geoquote.analyze(
            seed_text
        )
