"""Header lines met in the thirty-ninth session's copy: pages in Dutch, Polish, Turkish, Ukrainian, Swedish
and Norwegian, US local television stations' pages, South Asian outlets' header blocks, press releases and
think-tank commentary. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import HEADLINE, top


@pytest.mark.parametrize(
    ("byline", "place_line", "place"),
    [
        pytest.param("Door Jan de Vries", "Den Haag, 29 november 2026", "Den Haag", id="nl-hague"),
        pytest.param("Door Jan de Vries", "Brussel, 29 november 2026", "Brussel", id="nl-brussels"),
        pytest.param("Autor: Katarzyna Nowak", "Warszawa, 29 listopada 2026", "Warszawa", id="pl-warsaw"),
        pytest.param("Katarzyna Nowak", "Kraków, 29.11.2026", "Kraków", id="pl-krakow-dotted"),
        pytest.param("Autor: Katarzyna Nowak", "Bruksela, 29 listopada 2026", "Bruksela", id="pl-brussels"),
        pytest.param("Yazar: Ayşe Demir", "İstanbul, 29 Kasım 2026", "İstanbul", id="tr-istanbul"),
        pytest.param("Автор: Олена Коваленко", "Київ, 29 листопада 2026", "Київ", id="uk-kyiv"),
        pytest.param("Автор: Ирина Волкова", "Москва, 29 ноября 2026", "Москва", id="ru-moscow"),
        pytest.param("Av Karin Lindqvist", "Göteborg, 29 november 2026", "Göteborg", id="sv-gothenburg"),
        pytest.param("Av Kari Nordmann", "København, 29. november 2026", "København", id="nb-copenhagen"),
        pytest.param("Av Karin Lindqvist", "Stockholm, 29 november 2026", "Stockholm", id="guard-capital"),
        pytest.param("Door Jan de Vries", "Energie, 29 november 2026", None, id="guard-word"),
        pytest.param("Av Karin Lindqvist", "Karin Lindqvist, 29 november 2026", None, id="guard-name"),
    ],
)
def test_cities_by_their_names_in_northern_and_eastern_languages_are_places(
    byline: str, place_line: str, place: str | None
) -> None:
    """A capital or a large city printed by its Dutch, Polish, Turkish, Ukrainian, Russian, Swedish or
    Norwegian name, with the story's date, is the dateline's place."""
    header = parse_header(top(byline, place_line))
    assert (header.dateline.place if header.dateline else None) == place
    assert header.published is not None and header.published.value[:10] == "2026-11-29"
    assert header.title is not None and header.title.text == HEADLINE
