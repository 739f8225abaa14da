"""Header parsing: a case table of the header styles outlets print, written for these tests.

Each row is a made-up article top in the style of a real kind of outlet (wire copy, pasted web pages,
German, French, Russian and Spanish pages); the expected fields are what a careful reader extracts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoquote import Header, parse_header
from geoquote.errors import InputTypeError, OptionError

REF = dt.datetime(2023, 12, 20, 9, 0)

# (text, expected fields); "body" is how the text at body_start begins.
CASES: list[Any] = [
    pytest.param(
        "Iran deal\n\nBy Jane Doe, Reuters\n\nThe talks resumed on Monday in Vienna.",
        {
            "title": "Iran deal",
            "byline": "Jane Doe, Reuters",
            "authors": ["Jane Doe"],
            "source": "Reuters",
            "body": "The talks resumed",
        },
        id="by-name-comma-agency",
    ),
    pytest.param(
        "Grain prices slip\n\nBy Anna Berg and Tom Hollis\n\nWheat futures fell for a third day on Tuesday.",
        {"authors": ["Anna Berg", "Tom Hollis"], "source": None, "body": "Wheat futures"},
        id="by-two-names",
    ),
    pytest.param(
        "Port strike widens\n\nMaria Lopez | Reuters\n\nDock workers walked out across the region today.",
        {"authors": ["Maria Lopez"], "source": "Reuters", "byline": "Maria Lopez | Reuters"},
        id="name-pipe-agency",
    ),
    pytest.param(
        "Council votes on budget\nBy\nPeter Grant\n-\nDecember 18, 2023\n0\nFacebook\n"
        "The city council approved a revised budget on Monday night after a long debate.",
        {"authors": ["Peter Grant"], "published": "2023-12-18", "body": "The city council"},
        id="byline-split-over-lines",
    ),
    pytest.param(
        "Moscow-Tehran: together or apart\n\nBy Vestnik Kavkaza\nMoscow-Tehran: together or apart\n\n"
        "The struggle against terrorism is thought to be the most important problem of the world today.",
        {
            "title": "Moscow-Tehran: together or apart",
            "byline": "Vestnik Kavkaza",
            "authors": [],
            "source": "Vestnik Kavkaza",
            "body": "The struggle",
        },
        id="outlet-byline-and-repeated-title",
    ),
    pytest.param(
        "Markets rally\n\n    NEW YORK, Feb 26 - Stocks rose sharply on Thursday.\n Reuter\n",
        {"place": "NEW YORK", "month_day": "02-26", "source": "Reuters", "body": "Stocks rose"},
        id="wire-dateline-and-signoff",
    ),
    pytest.param(
        "Storm hits coast\n\nMIAMI, Fla. (AP) — A powerful storm battered the coast of Florida overnight.",
        {"place": "MIAMI, Fla.", "agency": "AP", "source": "Associated Press", "body": "A powerful storm"},
        id="dateline-state-agency-emdash",
    ),
    pytest.param(
        "Talks in Moscow\n\nMoscow, 27 November 2016 /TASS/. Russia and Iran held talks on Sunday.",
        {"place": "Moscow", "agency": "TASS", "month_day": "11-27", "body": "Russia and Iran"},
        id="tass-dateline",
    ),
    pytest.param(
        "Neue Regeln für Mieter\n\nVon Hans Meier\n\nVeröffentlicht am 12. Juni 2017, 14:30 Uhr\n\n"
        "Die Bundesregierung hat am Mittwoch neue Regeln für Mieter in Großstädten beschlossen.",
        {"authors": ["Hans Meier"], "published": "2017-06-12T14:30:00", "body": "Die Bundesregierung"},
        id="de-von-veroeffentlicht",
    ),
    pytest.param(
        "Grève à Paris\n\nPar Claire Dubois\n\nPublié le 5 juin 2018 à 14:05\n\n"
        "Les syndicats ont appelé à une nouvelle journée de mobilisation dans les transports.",
        {"authors": ["Claire Dubois"], "published": "2018-06-05T14:05:00"},
        id="fr-par-publie",
    ),
    pytest.param(
        "Переговоры в Москве\n\n27 ноября 2016\n\nРоссия и Иран провели переговоры в воскресенье в Москве, "
        "сообщили в министерстве иностранных дел.",
        {"title": "Переговоры в Москве", "published": "2016-11-27"},
        id="ru-date-line",
    ),
    pytest.param(
        "Acuerdo comercial\n\nPor Ana García\n\n19 de febrero de 2020\n\n"
        "Los ministros firmaron el acuerdo comercial tras meses de negociaciones en Bruselas.",
        {"authors": ["Ana García"], "published": "2020-02-19"},
        id="es-por-de",
    ),
    pytest.param(
        "Fed holds rates\nThe central bank signalled that cuts could come next year.\nBy Sarah Holt\n"
        "Published Dec. 13, 2023 2:05PM EST\nUpdated Dec. 14, 2023 9:10AM EST\n"
        "The Federal Reserve left interest rates unchanged on Wednesday and pointed to cuts ahead.",
        {
            "subtitle": "The central bank signalled that cuts could come next year.",
            "authors": ["Sarah Holt"],
            "published": "2023-12-13T14:05:00-05:00",
            "updated": "2023-12-14T09:10:00-05:00",
            "body": "The Federal Reserve",
        },
        id="standfirst-published-updated",
    ),
    pytest.param(
        "Election night\n\nUpdated 12:34 GMT, 27 Nov 2016\n\nVoters queued for hours at polling stations.",
        {"updated": "2016-11-27T12:34:00+00:00"},
        id="updated-time-before-date",
    ),
    pytest.param(
        "Bridge reopens\nJames Porter\nDec 21st 2023 at 10:00AM\n"
        "The bridge reopened to traffic on Thursday after two years of repairs and several delays.",
        {"authors": ["James Porter"], "published": "2023-12-21T10:00:00", "body": "The bridge reopened"},
        id="bare-name-then-date",
    ),
    pytest.param(
        "City budget\nBy Deborah ReedStaff Writer\nDec. 21, 2023 3 AM PT\n"
        "The mayor unveiled a leaner budget on Wednesday that trims spending across departments.",
        {"authors": ["Deborah Reed"], "byline": "Deborah Reed"},
        id="role-glued-to-name",
    ),
    pytest.param(
        "Skip to main content\nMenu\nSearch\n\nWorld\n\nFerry talks resume in Tallinn\n\nBy Mari Kask\n"
        "March 4, 2024\n\nThe talks resumed on Monday after a pause of two months.",
        {"title": "Ferry talks resume in Tallinn", "authors": ["Mari Kask"]},
        id="page-navigation-over-the-headline",
    ),
    pytest.param(
        "Harbour plan\nBy Ida R. Voss, Gazette Staff Writer\n"
        "The harbour board approved a plan to expand the terminal over the next five years.",
        {"authors": ["Ida R. Voss"]},
        id="name-comma-staff-title",
    ),
    pytest.param(
        "Rescue at sea\nPublished\n2 hours ago\n"
        "Coastguards rescued eleven fishermen after their boat sank in heavy seas on Tuesday night.",
        {"published": "2023-12-20T07:00:00"},
        id="relative-date",
    ),
    pytest.param(
        "Harbour court ruling\nBy Jo Marsh\nUpdated December 21, 2023 3:41 PM\n"
        "A court in Port-au-Prince ruled on Friday that the election timetable must be revised.",
        {"published": "2023-12-21T15:41:00", "updated": "2023-12-21T15:41:00"},
        id="only-updated-printed-is-the-date",
    ),
    pytest.param(
        "22.12.2019\n\nFirefox blockt Werbung\n\nDer Browser blockiert ab sofort mehr Werbung als zuvor, "
        "teilte der Hersteller am Sonntag mit.",
        {"title": "22.12.2019", "published": "2019-12-22"},
        id="date-as-first-line",
    ),
    pytest.param(
        "FILE - A man walks past the central bank building in the capital, on May 14, 2013, in a photo.",
        {"place": None},
        id="file-caption-is-no-dateline",
    ),
    pytest.param(
        "HANOI, Jan. 5 (Xinhua) -- Vietnam is ready to work with its neighbours on the new port, "
        "a spokesperson said on Friday.\n\nThe talks will resume in March.",
        {
            "title": None,
            "place": "HANOI",
            "agency": "Xinhua",
            "month_day": "01-05",
            "body": "Vietnam is ready",
        },
        id="wire-copy-without-headline",
    ),
    pytest.param(
        "Port talks resume\n\nTEHRAN, Nov. 27 (MNA) – Iran will reopen the port, the minister said.",
        {"title": "Port talks resume", "place": "TEHRAN", "agency": "MNA", "month_day": "11-27"},
        id="abbreviated-month-after-place",
    ),
    pytest.param(
        "Damascus, SANA- The minister affirmed that the port will reopen after the repairs this week.\n\n"
        "More text.",
        {"title": None, "place": "Damascus", "agency": "SANA", "body": "The minister affirmed"},
        id="place-comma-agency-dash",
    ),
    pytest.param(
        "Port talks resume\n\nMOSCOW, March 3. /TASS/. Russia is ready to continue the talks.",
        {"place": "MOSCOW", "agency": "TASS", "month_day": "03-03", "body": "Russia is ready"},
        id="tass-dot-before-agency",
    ),
    pytest.param(
        "Порт откроют весной\n\nМОСКВА, 12 мар — РИА Новости. Россия готова продолжить переговоры о порте.",
        {
            "title": "Порт откроют весной",
            "place": "МОСКВА",
            "agency": "РИА Новости",
            "source": "РИА Новости",
            "month_day": "03-12",
            "body": "Россия готова",
        },
        id="russian-agency-after-dash",
    ),
    pytest.param(
        "El puerto reabre\n\nMADRID, 3 mar (EFE).- El Gobierno reabrirá el puerto la próxima semana.",
        {"place": "MADRID", "agency": "EFE", "month_day": "03-03", "body": "El Gobierno"},
        id="spanish-agency-dot-dash",
    ),
    pytest.param(
        "Liman yeniden açılıyor\n\nANKARA, 14 Kasım 2025 (AA) - Bakan limanın açılacağını söyledi.",
        {"place": "ANKARA", "agency": "AA", "month_day": "11-14", "body": "Bakan"},
        id="turkish-month",
    ),
    pytest.param(
        "Water talks near a deal\n\nANKARA/BAGHDAD, Oct 3 (Reuters) - Turkey and Iraq are close to a deal.",
        {"place": "ANKARA/BAGHDAD", "agency": "Reuters", "source": "Reuters", "body": "Turkey and Iraq"},
        id="two-places-joined-by-slash",
    ),
    pytest.param(
        "Envoys meet\n\nBRUSSELS, June 3 (Reuters) - Envoys met for a second day.\n\n"
        "Reporting by Lena Hart in Brussels and Omar Said in Cairo; Editing by Paul Quinn\n",
        {"authors": ["Lena Hart", "Omar Said"], "byline": None, "source": "Reuters"},
        id="closing-credit-line-names-the-reporters",
    ),
    pytest.param(
        "Envoys meet\n\nMOSCOW (Reuters) - Envoys met.\n\n"
        "(Reporting by Lena Hart; writing by Omar Said; editing by Paul Quinn)\n",
        {"authors": ["Lena Hart", "Omar Said"]},
        id="credit-line-in-brackets-writer-but-not-editor",
    ),
    pytest.param(
        "Storm hits coast\n\nBy Rosa Diaz and Ken Obi Associated Press\n\n"
        "MANILA, Philippines (AP) — A storm hit the coast on Tuesday.",
        {"authors": ["Rosa Diaz", "Ken Obi"], "source": "Associated Press"},
        id="agency-glued-to-the-last-name",
    ),
    pytest.param(
        "Sommet\n\nPar Luc Morel, avec Anne Petit à Bruxelles\n\nPARIS (AFP) - Les ministres se réunissent.",
        {"authors": ["Luc Morel", "Anne Petit"], "source": "AFP"},
        id="avec-second-author-filing-from-a-city",
    ),
    pytest.param(
        "Gulf ministers meet\n\nStaff Reporter\n\nDUBAI: Gulf ministers met on Sunday to discuss shipping.",
        {"byline": "Staff Reporter", "authors": [], "place": "DUBAI", "body": "Gulf ministers met"},
        id="staff-byline-and-colon-dateline",
    ),
    pytest.param(
        "Panel discusses race\n\nTAPPER: Do you think the campaign has healed anything at all?",
        {"place": None, "body": "TAPPER: Do you"},
        id="turn-label-is-no-colon-dateline",
    ),
    pytest.param(
        "Gulf envoys meet\n\nABU DHABI // Gulf envoys met on Sunday to discuss shipping lanes.",
        {"place": "ABU DHABI", "body": "Gulf envoys met"},
        id="double-slash-dateline",
    ),
    pytest.param(
        "Переговоры\n\nОбновлено: 12 марта 2023, 14:05\n\nКИЕВ, 12 марта. Переговоры шли во вторник.",
        {
            "place": "КИЕВ",
            "updated": "2023-03-12T14:05:00",
            "published": "2023-03-12",  # the dateline's day: only the revision is labelled
            "body": "Переговоры шли",
        },
        id="russian-dateline-with-date-and-no-agency",
    ),
]


def _field(h: Header, text: str, key: str) -> Any:
    """The value of one expected field, in the table's terms."""
    if key in ("title", "subtitle", "byline"):
        span = getattr(h, key)
        return None if span is None else span.text
    if key == "authors":
        return [a.name for a in h.authors]
    if key == "source":
        return None if h.source is None else h.source.name
    if key in ("place", "agency"):
        return None if h.dateline is None else getattr(h.dateline, key)
    if key == "month_day":
        d = h.published or (h.dateline.date if h.dateline else None)
        return None if d is None else d.value[5:10]
    if key in ("published", "updated"):
        d = getattr(h, key)
        return None if d is None else d.value
    if key == "body":
        return text[h.body_start :]
    raise KeyError(key)


def assert_fields(text: str, expected: dict[str, Any], ref: dt.datetime) -> None:
    """Every expected field of a case-table row is what the parser finds (shared by the case tables)."""
    h = parse_header(text, reference_date=ref)
    for key, want in expected.items():
        got = _field(h, text, key)
        if key == "body":
            assert got.startswith(want), (key, got[:40])
        else:
            assert got == want, (key, got)


def assert_spans_round_trip(text: str, ref: dt.datetime) -> None:
    """Every span the header carries is exactly the text at its offsets."""
    h = parse_header(text, reference_date=ref)
    spans = [h.title, h.subtitle, h.byline, h.source, h.dateline, h.published, h.updated, *h.authors]
    if h.dateline is not None:
        spans.append(h.dateline.date)
    for s in spans:
        if s is not None:
            assert text[s.start : s.end] == s.text
    assert 0 <= h.body_start <= len(text)


class TestParseHeader:
    """parse_header on the case table."""

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_case(self, text: str, expected: dict[str, Any]) -> None:
        """Every expected field of the row is what the parser finds."""
        assert_fields(text, expected, REF)

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_round_trip(self, text: str, expected: dict[str, Any]) -> None:
        """Every span the header carries is exactly the text at its offsets."""
        assert_spans_round_trip(text, REF)

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_shifted_text_shifts_spans(self, text: str, expected: dict[str, Any]) -> None:
        """Blank lines before the article move every offset by their length and change nothing else."""
        a, b = parse_header(text, reference_date=REF), parse_header("\n\n" + text, reference_date=REF)
        assert b.body_start == a.body_start + 2
        assert (b.title and b.title.start) == (a.title and a.title.start + 2)


class TestDatelineYear:
    """A dateline printed without its year takes the year the header prints, not the clock's."""

    def test_year_of_the_published_date(self) -> None:
        text = "Talks\n\nPublished: 12 March 2021 14:05 GMT\n\nBRUSSELS, March 12 (Reuters) - Envoys met.\n"
        h = parse_header(text)
        assert h.dateline is not None and h.dateline.date is not None
        assert h.dateline.date.value == "2021-03-12"

    def test_nearest_year_across_new_year(self) -> None:
        text = "Talks\n\nPublished: 1 January 2021\n\nBRUSSELS, Dec 31 (Reuters) - Envoys met.\n"
        h = parse_header(text)
        assert h.dateline is not None and h.dateline.date is not None
        assert h.dateline.date.value == "2020-12-31"


class TestEdges:
    """Empty and odd input, and caller mistakes."""

    @pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01", "By", "By\n", "(Reuters) -", "—"])
    def test_messy_text_never_raises(self, text: str) -> None:
        """Odd text gives a Header, never an exception."""
        assert isinstance(parse_header(text), Header)

    def test_empty_text(self) -> None:
        """Empty text gives the empty Header with body_start 0."""
        assert parse_header("") == Header()

    def test_text_without_header(self) -> None:
        """A text that opens with a long paragraph has its body at 0 and no title."""
        text = "The talks resumed on Monday. " * 12
        h = parse_header(text)
        assert h.title is None and h.body_start == 0

    def test_not_text_raises(self) -> None:
        """Bytes are a caller mistake: a typed error."""
        with pytest.raises(InputTypeError):
            parse_header(b"Iran deal")  # type: ignore[arg-type]

    def test_unknown_date_order_raises(self) -> None:
        """An unknown option value raises and lists the allowed ones."""
        with pytest.raises(OptionError, match="DMY"):
            parse_header("x", date_order="YMD")  # type: ignore[arg-type]

    def test_languages_must_be_a_sequence(self) -> None:
        """A bare string is not a list of languages."""
        with pytest.raises(InputTypeError):
            parse_header("x", languages="en")
