"""Speaker names, titles and bodies in the styles of Turkish, Gulf, UK Westminster and Canadian wire copy
(sentences written for these tests; people and events invented, states and institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestUnaccentedSurname:
    """A surname written again without its accents or its marked letters ('Kilicarslanoglu' for
    'Kılıçarslanoğlu', as Turkish copy drops the dotless i and the cedilla) is the same person."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Former CHP leader Kemal Kılıçarslanoğlu toured the flooded districts on Monday. "
                '"I am still here," Kilicarslanoglu said.',
                "Kemal Kılıçarslanoğlu",
                id="dotless-i-and-cedilla",
            ),
            pytest.param(
                "Opposition deputy Meral Çelikbilek attacked the budget in parliament. "
                '"This is a tax on the poor," Celikbilek said.',
                "Meral Çelikbilek",
                id="cedilla",
            ),
            pytest.param(
                "Interior Minister Selim Yıldız visited the quake zone on Friday. "
                '"Help is on its way," Yildiz said.',
                "Selim Yıldız",
                id="dotless-i",
            ),
            pytest.param(
                "Mayor Aylin Güneş opened the new tram line in Izmir. "
                '"This city deserves more," Aylin Gunes said.',
                "Aylin Güneş",
                id="two-words",
            ),
            pytest.param(
                "Trade union head Oguz Sengun called the strike on Tuesday. "
                '"We will not back down," Şengün said.',
                "Oguz Sengun",
                id="marks-added-later",
            ),
            pytest.param(
                "Polish minister Łukasz Wróbelski met the farmers. "
                '"The border stays open," Lukasz Wrobelski said.',
                "Łukasz Wróbelski",
                id="l-stroke",
            ),
            pytest.param(
                'President Recep Tayyip Erdoğan spoke in Ankara on Sunday. "We are ready," Erdogan said.',
                "Recep Tayyip Erdoğan",
                id="guard-soft-g",
            ),
        ],
    )
    def test_unaccented(self, text: str, name: str) -> None:
        """The plain spelling is the full name written with its marks."""
        assert last_speaker(text)[0] == name
