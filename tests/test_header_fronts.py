"""Header parsing of web page fronts: a third case table, written for these tests.

Every row is an invented article top (names, places and events made up) in the style of a kind of news
page: section labels and breadcrumbs above the headline, byline forms with a colon or a role, outlets and
photo credits that are no authors, dates with a time before them, relative revision dates, and wire
datelines of several places. The expected fields are what a careful reader extracts; the last rows are
known gaps, kept as strict expected failures.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .test_header import assert_fields, assert_spans_round_trip

REF = dt.datetime(2025, 4, 3, 12, 0)
_EN = "The regional council voted on Wednesday to extend the programme for another two years at least.\n"
_DE = "Der Stadtrat hat am Mittwoch beschlossen, das Programm um zwei weitere Jahre zu verlängern.\n"
_FR = "Le conseil régional a voté mercredi la prolongation du programme pour au moins deux années encore.\n"
_ES = "El consejo regional votó el miércoles a favor de prolongar el programa al menos dos años más.\n"
_RU = "Региональный совет в среду проголосовал за продление программы как минимум ещё на два года вперёд.\n"

CASES: list[Any] = [
    # --- section labels and breadcrumbs over the headline
    pytest.param(
        "Asia Pacific\nSeoul and Hanoi agree on new fisheries pact\nBy Laura Benning\nApril 2, 2025\n\n"
        + _EN,
        {"title": "Seoul and Hanoi agree on new fisheries pact", "authors": ["Laura Benning"]},
        id="two-word-label-in-title-case",
    ),
    pytest.param(
        "В мире\nПарламент Чили одобрил новый закон о пенсиях\n\n" + _RU,
        {"title": "Парламент Чили одобрил новый закон о пенсиях", "body": "Региональный"},
        id="two-word-label-after-a-preposition",
    ),
    pytest.param(
        "Wirtschaft\nEnergiewende\nStadtwerke senken die Strompreise zum Sommer\n\n" + _DE,
        {"title": "Stadtwerke senken die Strompreise zum Sommer", "body": "Der Stadtrat"},
        id="two-stacked-labels",
    ),
    pytest.param(
        "WORLD / EUROPE\nDutch farmers block border crossings again\n\n" + _EN,
        {"title": "Dutch farmers block border crossings again", "subtitle": None, "body": "The regional"},
        id="label-with-a-slash",
    ),
    pytest.param(
        "Accueil > Économie\nLa SNCF annonce de nouveaux trains de nuit\nPar Claire Dumas\n3 avril 2025\n\n"
        + _FR,
        {"title": "La SNCF annonce de nouveaux trains de nuit", "authors": ["Claire Dumas"]},
        id="breadcrumb-with-angle-brackets",
    ),
    pytest.param(
        "Topics|Climate crisis\nFloods close schools across the valley\nBy Omar Haddad\nApril 1, 2025\n\n"
        + _EN,
        {"title": "Floods close schools across the valley", "authors": ["Omar Haddad"]},
        id="breadcrumb-with-a-bar-and-a-lower-case-topic",
    ),
    pytest.param(
        "Home / World / Floods close schools across the valley\nFloods close schools across the valley\n\n"
        + _EN,
        {"title": "Floods close schools across the valley", "body": "The regional"},
        id="breadcrumb-ending-with-the-headline",
    ),
    pytest.param(
        "Story ID: 55120\nApr 2, 2025, 9:30 AM\nPort workers end strike after pay deal\n\n" + _EN,
        {"title": "Port workers end strike after pay deal", "published": "2025-04-02T09:30:00"},
        id="article-id-and-date-over-the-headline",
    ),
    pytest.param(
        "Gold steadies | Reuters\nTraders await the central bank minutes next week\n\n" + _EN,
        {"title": "Gold steadies | Reuters"},
        id="headline-and-site-name-is-no-breadcrumb",
    ),
    pytest.param(
        "EU agrees\nMinisters back the fishing plan after long talks\nBy Tom Harris\n\n" + _EN,
        {"title": "EU agrees", "subtitle": "Ministers back the fishing plan after long talks"},
        id="two-word-headline-opening-with-an-acronym-is-no-label",
    ),
    pytest.param(
        ">\n|\nFloods close schools across the valley\n\n" + _EN,
        {"title": ">"},
        id="separators-alone-are-no-label",
    ),
    pytest.param(
        "Suche\nKontakt\nImpressum und Datenschutz der Seite\n\n" + _DE,
        {"title": "Suche"},
        id="page-furniture-is-no-stack-of-labels",
    ),
    pytest.param(
        "Ferry fares rise\nNew timetable starts in May\nBy Ann Lowe\n" + _EN + "Ferry fares rise\n" + _DE,
        {"title": "Ferry fares rise", "authors": ["Ann Lowe"], "body": "The regional"},
        id="headline-repeated-under-the-lead-is-body",
    ),
    # --- no people: date labels, outlets, places and photo credits
    pytest.param(
        "Les vols reprennent à Orly\nPublié le 2 avril 2025\n\n" + _FR,
        {"authors": [], "byline": None, "published": "2025-04-02"},
        id="publie-le-is-no-name",
    ),
    pytest.param(
        "Reabren el puerto de Vigo\nPublicado el 2 de abril de 2025\n\n" + _ES,
        {"authors": [], "byline": None, "published": "2025-04-02"},
        id="publicado-el-is-no-name",
    ),
    pytest.param(
        "Grève à la SNCF\nPar Le Parisien avec AFP\nPublié le 2 avril 2025\n\n" + _FR,
        {"authors": [], "source": "Le Parisien"},
        id="outlet-with-an-agency-is-no-person",
    ),
    pytest.param(
        "Protest in the capital\nBy Meduza\nApril 2, 2025\n\n" + _EN,
        {"authors": [], "source": "Meduza"},
        id="outlet-alone-after-by",
    ),
    pytest.param(
        "Harbour reopens\nBy Lakeside Herald news desk\nApril 2, 2025\n\n" + _EN,
        {"authors": [], "source": "Lakeside Herald"},
        id="outlet-and-its-news-desk",
    ),
    pytest.param(
        "Ceasefire talks resume\nBy Daniel Ortiz, Tel Aviv\nApril 2, 2025\n\n" + _EN,
        {"authors": ["Daniel Ortiz"]},
        id="city-of-two-words-after-the-name",
    ),
    pytest.param(
        "Wahl in Tschechien\nVon Jana Keller, ARD-Studio Prag\n02.04.2025\n\n" + _DE,
        {"authors": ["Jana Keller"]},
        id="broadcaster-studio-after-the-name",
    ),
    pytest.param(
        "Ministers meet on fishing quotas\n"
        "Fisheries ministers arrive for talks in Brussels on April 1, 2025. (Photo by Ann Lee / AFP)\n"
        "By Tom Harris\nApril 2, 2025\n\n" + _EN,
        {"authors": ["Tom Harris"], "published": "2025-04-02"},
        id="photo-credit-in-a-caption-is-no-byline",
    ),
    pytest.param(
        "La junte dissout deux partis\n"
        "Le chef de la junte lors d'un défilé à Niamey, le 28 mars 2025. JEAN KABORE / AFP\n"
        "Par Lucie Morel\n2 avril 2025\n\n" + _FR,
        {"authors": ["Lucie Morel"], "published": "2025-04-02", "subtitle": None},
        id="date-in-a-caption-is-no-date-of-the-article",
    ),
    pytest.param(
        "Kanzler reist nach Paris\nFoto: Max Brandt / dpa\nVon Eva Roth\n02.04.2025\n\n" + _DE,
        {"subtitle": None, "authors": ["Eva Roth"]},
        id="photo-credit-line-is-no-standfirst",
    ),
    # --- byline forms
    pytest.param(
        "Harbour strike ends\nBy: Nora Quinlan\nApril 2, 2025\n\n" + _EN,
        {"authors": ["Nora Quinlan"], "byline": "Nora Quinlan"},
        id="by-with-a-colon",
    ),
    pytest.param(
        "Reabren el puerto de Vigo\nPor: Inés Carrasco\n02/04/2025 10:42\n\n" + _ES,
        {"authors": ["Inés Carrasco"], "published": "2025-04-02T10:42:00"},
        id="por-with-a-colon",
    ),
    pytest.param(
        "Neue Brücke eröffnet\nVon: Jonas Pfeiffer\n02.04.2025\n\n" + _DE,
        {"authors": ["Jonas Pfeiffer"], "title": "Neue Brücke eröffnet"},
        id="von-with-a-colon",
    ),
    pytest.param(
        "Harbour strike ends\nWritten by: Nora Quinlan\nApril 2, 2025\n\n" + _EN,
        {"authors": ["Nora Quinlan"], "subtitle": None},
        id="written-by-with-a-colon",
    ),
    pytest.param(
        "Парламент Чили одобрил закон о пенсиях\nАвторы: Ольга Белова, Кирилл Орлов\n2 апреля 2025\n\n" + _RU,
        {"authors": ["Ольга Белова", "Кирилл Орлов"], "subtitle": None},
        id="russian-authors-label",
    ),
    pytest.param(
        "Le sommet de Lyon s'ouvre\nPar Hélène Garnier (Lyon, envoyée spéciale)\nPublié le 2 avril 2025\n\n"
        + _FR,
        {"authors": ["Hélène Garnier"], "published": "2025-04-02"},
        id="par-with-place-and-role-in-brackets",
    ),
    pytest.param(
        "Border crossing reopens\nDawn.com | Imran Qadir\nApril 2, 2025\n\n" + _EN,
        {"authors": ["Imran Qadir"], "source": "Dawn.com", "subtitle": None},
        id="outlet-bar-name",
    ),
    pytest.param(
        "Ministers Meet on Water Sharing\nBeirut: Rania Khoury\nWednesday, 2 April 2025 - 16:45\n\n" + _EN,
        {"authors": ["Rania Khoury"], "place": "Beirut", "published": "2025-04-02T16:45:00"},
        id="place-colon-name-and-weekday-date",
    ),
    pytest.param(
        "Kremlin sets terms\nBy Vera Lind, Senior Correspondent, and Pavel Rudin, Staff Writer\n"
        "April 2, 2025\n\n" + _EN,
        {"authors": ["Vera Lind", "Pavel Rudin"]},
        id="two-names-each-with-a-role",
    ),
    pytest.param(
        "Kremlin sets terms\nBy Vera Lind, Moscow correspondent, with reporting by Pavel Rudin\n"
        "April 2, 2025\n\n" + _EN,
        {"authors": ["Vera Lind", "Pavel Rudin"]},
        id="with-reporting-by",
    ),
    # --- dates and credits
    pytest.param(
        "Harbour strike ends\n10:05 April 2, 2025\n\n" + _EN,
        {"published": "2025-04-02T10:05:00"},
        id="time-before-the-date",
    ),
    pytest.param(
        "Harbour strike ends\nTop Stories 10:05 April 2, 2025\nBy Kim Ji-ho\n\n" + _EN,
        {"published": "2025-04-02T10:05:00", "authors": ["Kim Ji-ho"]},
        id="section-time-and-date-on-one-line",
    ),
    pytest.param(
        "Harbour strike ends\nPublished: 2 April ,2025: 07:41 PM GST\n"
        "Updated: 2 April ,2025: 09:12 PM GST\n\n" + _EN,
        {"published": "2025-04-02T19:41:00+04:00", "updated": "2025-04-02T21:12:00+04:00"},
        id="comma-before-the-year-and-colon-before-the-time",
    ),
    pytest.param(
        "Japan and Korea hold talks\nKYODO NEWS - Apr 2, 2025 - 19:47 | World\n"
        "OSAKA - Japan and South Korea held talks on Wednesday on fishing rights, the ministry said.\n",
        {"source": "Kyodo News", "place": "OSAKA", "published": "2025-04-02T19:47:00", "body": "Japan and"},
        id="agency-dash-date-is-no-dateline",
    ),
    # --- wire credits and datelines
    pytest.param(
        "Copper hits record\nLena Fischer and Raj Mehta | Reuters\nPublished April 2, 2025\n\n" + _EN,
        {"authors": ["Lena Fischer", "Raj Mehta"], "source": "Reuters"},
        id="two-names-bar-agency",
    ),
    pytest.param(
        "Gespräche vertagt\nBerlin/Warschau (dpa) - Die Gespräche über die neue Grenzbrücke sollen im Mai "
        "fortgesetzt werden, teilte das Ministerium mit.\n",
        {"place": "Berlin/Warschau", "agency": "dpa", "body": "Die Gespräche"},
        id="two-places-in-mixed-case-before-the-agency",
    ),
    pytest.param(
        "Power pact signed\nKOLKATA, April 2 (PTI): India and Nepal signed a power trade pact on Wednesday, "
        "officials said.\n",
        {"place": "KOLKATA", "agency": "PTI", "body": "India and Nepal"},
        id="colon-after-the-agency",
    ),
    pytest.param(
        "Ceasefire Holds\nBoth sides keep to a truce brokered by Qatar and Egypt\nBy Laura Benning\n\n" + _EN,
        {"title": "Ceasefire Holds", "subtitle": "Both sides keep to a truce brokered by Qatar and Egypt"},
        id="two-word-headline-is-no-label",
    ),
    # --- relative dates under a label, in other languages
    pytest.param(
        "Le port reste fermé\nPublié aujourd’hui à 06h00\n\n" + _FR,
        {"published": "2025-04-03T06:00:00", "body": "Le conseil"},
        id="labelled-today-in-french",
    ),
    pytest.param(
        "Der Hafen bleibt geschlossen\nAktualisiert vor 2 Stunden\n\n" + _DE,
        {"updated": "2025-04-03T10:00:00", "body": "Der Stadtrat"},
        id="labelled-hours-ago-in-german",
    ),
    pytest.param(
        "Порт остаётся закрытым\nОбновлено 2 часа назад\n\n" + _RU,
        {"updated": "2025-04-03T10:00:00", "body": "Региональный"},
        id="labelled-hours-ago-in-russian",
    ),
    pytest.param(
        "Le port reste fermé\nPublié le 2 avril 2025 à 14:02, mis à jour il y a 3 heures\n\n" + _FR,
        {"published": "2025-04-02T14:02:00", "updated": "2025-04-03T09:00:00"},
        id="relative-revision-after-a-date",
    ),
]

#: Known gaps: what a careful reader extracts and the parser does not yet (strict expected failures).
GAPS: list[Any] = []


class TestParseHeaderFronts:
    """parse_header on the third case table."""

    @pytest.mark.parametrize(("text", "expected"), CASES + GAPS)
    def test_case(self, text: str, expected: dict[str, Any]) -> None:
        """Every expected field of the row is what the parser finds."""
        assert_fields(text, expected, REF)

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_round_trip(self, text: str, expected: dict[str, Any]) -> None:
        """Every span the header carries is exactly the text at its offsets."""
        assert_spans_round_trip(text, REF)
