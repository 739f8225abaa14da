"""The one date adapter: a short date string that the header patterns isolated -> ISO value and precision.

:data:`DATE_RE` finds the printed shapes of a date ("December 17, 2023, 12:34 PM", "27.11.2016",
"12. November 2015", "27 ноября 2016", "19 de febrero de 2020", "Feb 26") and :data:`RELATIVE_RE` the
relative ones ("2 hours ago", "gestern"). :func:`parse_date` takes one such string: the shapes whose
parts the pattern already names (day, month, year, time) are computed directly; anything else, relative
dates above all, goes to dateparser, imported lazily, with explicit languages and one cached parser per
settings value. dateparser never sees a paragraph, only the few characters a pattern isolated.

>>> parse_date("December 17, 2023, 12:34 PM")
ParsedDate(value='2023-12-17T12:34:00', precision='time')
>>> parse_date("27.11.2016")
ParsedDate(value='2016-11-27', precision='day')
>>> parse_date("2 hours ago", reference_date=datetime.datetime(2016, 11, 27, 12, 0))
ParsedDate(value='2016-11-27T10:00:00', precision='time')
"""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import attrs
import regex

from ._check import DayReference
from ._data_header import (
    EAST_ASIAN_ERAS,
    MONTHS,
    MONTHS_BETWEEN_DAY_AND_YEAR,
    MONTHS_BETWEEN_DOTS,
    RELATIVE_WORDS,
    SOLAR_HIJRI_MONTHS,
    TIME_ZONES,
    US_TIME_ZONES,
    WEEKDAYS,
)
from ._records import DatePrecision

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = [
    "DATE_RE",
    "DEFAULT_LANGUAGES",
    "DEFAULT_SETTINGS",
    "RELATIVE_RE",
    "ZONE_AFTER_TIME",
    "DateOrder",
    "DateSettings",
    "ParsedDate",
    "clock_hour",
    "find_dates",
    "match_date",
    "month_number",
    "parse_date",
    "search_date",
    "with_zone",
    "zone_offset",
]

DateOrder = Literal["DMY", "MDY"]
#: The languages dateparser is told to try, in this order.
DEFAULT_LANGUAGES: tuple[str, ...] = (
    *("en", "de", "fr", "ru", "es", "it", "pt", "tr"),
    *("nl", "pl", "uk", "cs", "ro", "sv", "id"),  # (relative dates only: "3 uur geleden", "acum 2 ore")
)

_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
#: Weekday names that may stand between a date and its time ("5 Mart 2025 Çarşamba 14:20"); no short
#: abbreviations ("do", "sa"), which are words too.
_WEEKDAY_NAMES = sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True)

#: A time zone as a page prints it after a time, by name or offset: "GMT", "UTC+3", "GMT+05:30", "MSK", "ET".
_ZONE = r"(?:GMT|UTC)(?:\s?[+\-−](?:1[0-4]|0?\d)(?::?[0-5]\d)?)?|\L<zones>"
_ZONES = sorted((*TIME_ZONES, *US_TIME_ZONES), key=len, reverse=True)
#: The zone printed right after a time that another pattern read (" ET", " (GMT+7)"), in group ``tz``.
ZONE_AFTER_TIME = regex.compile(
    rf"\s?\((?P<tz>(?-i:{_ZONE}))\)|\s?(?P<tz>(?-i:{_ZONE}))(?![\p{{L}}\d])", zones=_ZONES
)

#: The printed shapes of a date, each alternative naming its parts (d, m or mon, y, and the time H, M, S).
DATE_RE = regex.compile(
    r"""
    (?:
        # ISO and year-first: 2023-12-19, 2023/12/19, 2019.12.22
        (?<!\d)(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)
    |   # year first with a blank after each dot (Hungarian pages): 2025. november 28., 2025. 11. 28.
        (?<!\d)(?P<y>(?:19|20)\d\d)\.\s(?:(?P<mon>\L<months>)(?!\p{L})\.?|(?P<m>1[0-2]|0?[1-9])\.)\s
        (?P<d>3[01]|[12]\d|0?[1-9])\.(?!\d)
    |   # numbers with a blank after each dot, day first: 12. 11. 2025 (Czech and Slovak pages)
        (?<![\d.,/])(?P<a>3[01]|[12]\d|0?[1-9])\.\s(?P<b>1[0-2]|0?[1-9])\.\s(?P<y>(?:19|20)\d\d)(?!\d)
    |   # a month's abbreviation between dots: 5.out.2025
        (?<![\d.,/])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mon>\L<dotted>)\.(?P<y>(?:19|20)\d\d)(?!\d)
    |   # numbers, day or month first: 27.11.2016, 19.2.2020, 04/02/2020, 12/18/23
        (?<![\d.,/])(?P<a>3[01]|[12]\d|0?[1-9])(?P<s>[./-])(?P<b>3[01]|[12]\d|0?[1-9])(?P=s)
        (?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|[.,]\d)(?:(?<=\d{4})\s?r\.(?!\p{L}))?   # (Polish: "07.12.2026 r.")
    |   # month first: December 17, 2023 / Dec. 22, 2023 / Dec 21st 2023 / Feb 26 / Dezember 10, 2019
        (?<!\p{L})(?P<mon>\L<months>)(?!\p{L})\.?\s?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])
        (?:(?:\s?,?\s?|/)(?P<y>(?:19|20)\d\d)           # ("15 March ,2025" too; ENA's "November 29/2026")
            (?:(?!\d)|(?=\d{1,2}:\d\d)|(?=\d{1,2}\.?\s?\L<months>(?!\p{L}))))?   # "20236 Dec": printed twice
    |   # month first with a comma after the month, only with its year: November, 29, 2026 (Tasnim's pages)
        (?<!\p{L})(?P<mon>\L<months>)(?!\p{L})\.?,\s?(?P<d>3[01]|[12]\d|0?[1-9])(?![\d:]),\s?
        (?P<y>(?:19|20)\d\d)(?!\d)
    |   # day first: 27 November 2016 / 12. November 2015 / 19 de febrero de 2020 / 27 ноября 2016
        (?<![\d.:])(?!(?<=\p{L})\d{1,2}\p{L})   # (not "10:05 March", nor "M3Nov 2": a brand's digit)
        (?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|º|\.)?\s?(?:de\s)?
        (?P<mon>\L<months>)(?!\p{L})\.?(?:\s?,?\s?(?:de\s|del\s)?(?P<y>(?:19|20)\d\d)
            (?:(?!\d)|(?=\d{1,2}:\d\d)|(?=\d{1,2}\.?\s?\L<months>(?!\p{L})))
            (?:\s?(?:года|року|г\.|р\.|roku|r\.)(?!\p{L}))?)?    # "4 марта 2025 года", "7 grudnia 2026 r."
    |   # a month's abbreviation that is a word too, only between its day and year: 10 Des 2026, 5 Ara 2026
        (?<![\d.:])(?P<d>3[01]|[12]\d|0?[1-9])\s(?P<mon>\L<between>)\.?\s(?P<y>(?:19|20)\d\d)(?!\d)
        (?:\s?r\.(?!\p{L}))?                                           # (Polish: "7 paź 2026 r.")
    |   # day, month's name and year joined by hyphens: 04-Mar-2025 (South Asian pages)
        (?<![\d.,/\-])(?P<d>3[01]|[12]\d|0?[1-9])-(?P<mon>\L<months>)-(?P<y>(?:19|20)\d\d)(?!\d)
    |   # a month glued to the word before it, as a page's dump prints a byline or a title and then the date:
        # "Lena VoigtNovember 14, 2025", "Editor, M3Nov 2, 2025" (capitalised, with its day and year)
        (?<=[\p{L}\d])(?=(?-i:\p{Lu}\p{Ll}))(?P<mon>\L<months>)(?!\p{L})\.?\s(?P<d>3[01]|[12]\d|0?[1-9])
        (?:st|nd|rd|th)?,?\s(?P<y>(?:19|20)\d\d)(?!\d)
    |   # Chinese, Japanese, Korean: 2024年3月3日, 2024년 3월 3일 (a word after year, month and day), a
        # year of an era (令和8年11月29日, 民國115年11月29日; 令和元年5月1日: "元" is its first); the year
        # left out as a wire's dateline prints the day (3月3日), not after a year no pattern reads (115年)
        (?<!\d)(?:(?P<y>(?:19|20)\d\d)\s?[年년]\s?|(?P<era>\L<eras>)\s?(?P<ey>元|[1-9]\d{0,2})\s?年\s?|(?<![年년]\s?))
        (?P<m>1[0-2]|0?[1-9])\s?[月월]\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?[日일]
        (?:\s?[(（]\p{Lo}[)）])?                                    # its weekday: "(日)", "（月）", "(일)"
    |   # Vietnamese: the day, "tháng" ("month") and its number, maybe "năm" ("year"), and the year: 29 tháng
        # 11 năm 2026 (only with its year: "3 tháng 12 người", "3 months, 12 people", is a count)
        (?<![\d.:])(?P<d>3[01]|[12]\d|0?[1-9])\stháng\s(?P<m>1[0-2]|0?[1-9])
        ,?\s(?:năm\s)?(?P<y>(?:19|20)\d\d)(?!\d)
    |   # a day of the Solar Hijri calendar, Iranian and Afghan pages' (digits made ASCII before): ۹ آذر ۱۴۰۵
        (?<![\d.:])(?P<jd>3[01]|[12]\d|0?[1-9])\s(?P<jmon>\L<jalali>)(?!\p{L})\s(?P<jy>1[34]\d\d)(?!\d)
    |   # month and year: November 2019
        (?<!\p{L})(?P<mon>\L<months>)(?!\p{L})\.?\s(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d\d))
    )
    (?:  # an optional time after the date: ", 12:34 PM", " at 3:09 p.m.", " um 09:23", "T10:20:00",
         # "، ساعت 14:05" (Persian: a comma, the word for "hour"), " om 10:31" (Dutch), " o 10:31" (Polish),
         # " о 10:31" (Ukrainian), ", godz. 10:31" (Polish: "hour"), " v 10:31" (Czech and Slovak)
        (?:[^\S\n]{0,3}(?:,|،|:|at|um|om|ساعت|à|às|alle|ore|a\slas|saat|klo|kl\.?|godz\.?|u|o|v|о|в|-|–|—|/|·|\||•|@|T|\L<weekdays>
            |\.(?=[^\S\n]{1,3}(?:u[^\S\n])?\d{1,2}:\d\d))(?!\p{L}))*   # ("28. nov. 2025. 14:05": a dot)
        (?:\s?|[^\S\n]{1,3})   # (the blanks a page's columns leave: "14 Mar 2026  |  10:32 GMT")
        (?P<bracket>[\[(](?=\d{1,2}[:.]\d\d))?   # a time in brackets: "29.11.2026 [14:05]", "(14:05 GMT)"
        (?P<H>2[0-3]|[01]?\d)(?:[:.h]|\s?[時시]\s?)(?P<M>[0-5]\d)(?:\s?[分분])?(?!\d)(?::(?P<S>[0-5]\d)(?:\.\d{1,9}(?=[Z+\-]))?)?
        (?:\s?(?P<ap>[AaPp](?:\.\s?[Mm]\.?|\s?[Mm]))(?!\p{L}))?   # "pm", "p.m." ("pm." ends a sentence)
        (?:\s(?-i:Uhr)(?=\s(?-i:ZONE)(?![\p{L}\d])))?   # German "o'clock" before a zone: "15:45 Uhr MEZ"
        (?:  # and its time zone: "T10:20:00Z", "14:05 GMT", "(UTC+3)", "09:10 MSK", "+03:00", " +0300"
            (?P<tz>(?-i:Z))(?![\p{L}\d])
        |   \s?\((?P<tz>(?-i:ZONE))\)
        |   \s?(?P<tz>(?-i:(?:GMT|UTC)[+\-−](?:1[0-4]|0?\d)(?::?[0-5]\d)?))(?=(?-i:\p{Lu}\p{Ll}))
            # (an offset glued to the next label: "GMT+1Updated")
        |   \s?(?P<tz>(?-i:ZONE))(?![\p{L}\d])
        |   \s(?P<tz>(?-i:ZONE))(?=(?-i:\p{Lu}\p{Ll}{2}))   # (a zone glued to the next label: "GMTUpdated")
        |   (?P<tz>[+\-−](?:1[0-4]|0\d):?[0-5]\d)(?!\d)
        |   \s(?P<tz>[+\-−](?:1[0-4]|0\d)(?::[0-5]\d|[0-5]\d(?!\s*+\p{Ll})))(?!\d)  # (not " -1200 people")
        )?
        (?(bracket)[\])])   # (the bracket closed after the time and its zone)
    )?
    """.replace("ZONE", _ZONE),
    regex.VERBOSE | regex.IGNORECASE,
    months=_MONTH_NAMES,
    weekdays=_WEEKDAY_NAMES,
    zones=_ZONES,
    jalali=sorted(SOLAR_HIJRI_MONTHS, key=len, reverse=True),
    dotted=sorted(MONTHS_BETWEEN_DOTS, key=len, reverse=True),
    between=sorted(MONTHS_BETWEEN_DAY_AND_YEAR, key=len, reverse=True),
    eras=sorted(EAST_ASIAN_ERAS, key=len, reverse=True),
)

#: Every date shape holds a digit no further than this many characters after the date's start
#: ("Septiembre de 2020": the month name, "de", spaces), nor ends further than this after the digit.
_LEAD, _TAIL = 16, 64
_DIGITS = regex.compile(r"\d+")
_ASCII_DIGIT = regex.compile(r"[0-9]")
#: Where a match of :data:`DATE_RE` can start: at an ASCII digit, at the first letter of a month name
#: that no letter precedes, at a capital glued to a letter or digit ("VoigtNovember 14, 2025"), or at an
#: East Asian era's name ("令和8年11月29日"); every
#: alternative of the pattern opens so, and this pattern has the same engine and case folding. One scan
#: of a character class skips the positions where a ``match`` call would fail.
_MONTH_INITIALS = "".join(sorted({m[0] for m in _MONTH_NAMES}))
_ERA_NAMES = "|".join(sorted(EAST_ASIAN_ERAS, key=len, reverse=True))
_DATE_START = regex.compile(
    rf"""
    [0-9]                                   # a year, day or month number (ASCII digits only)
    | (?<!\p{{L}}) [{regex.escape(_MONTH_INITIALS)}]   # a month name
    | (?<=[\p{{L}}\d]) (?-i:\p{{Lu}})                  # a month name glued to the word before it
    | {_ERA_NAMES}                                   # an East Asian era's name: 令和8年
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find_dates(
    s: str, pos: int = 0, endpos: int | None = None, *, timeout: float = 0.05
) -> Iterator[regex.Match[str]]:
    """The matches of :data:`DATE_RE` in ``s[pos:endpos]``, as ``finditer`` gives them, but fast.

    :data:`DATE_RE` is tried only in a short window around each run of digits, since every date shape
    holds one; text without digits costs one scan of a trivial pattern. A pattern that times out in one
    window ends the search there.
    """
    end = len(s) if endpos is None else min(endpos, len(s))
    done = pos  # matches may not start before the end of the previous one
    for d in _DIGITS.finditer(s, pos, end):
        if d.start() < done:
            continue
        try:
            lo, hi = max(done, d.start() - _LEAD), min(end, d.end() + _TAIL)
            m = _first_match_from(s, lo, d.start(), hi, timeout)
        except TimeoutError:
            return
        if m is not None:
            done = max(m.end(), m.start() + 1)
            yield m


def _first_match_from(s: str, lo: int, hi: int, endpos: int, timeout: float) -> regex.Match[str] | None:
    """The leftmost match of :data:`DATE_RE` in ``s[:endpos]`` that starts in ``[lo, hi]``, or None.

    What ``DATE_RE.search(s, lo, endpos)`` gives when it starts by ``hi``, without trying the positions
    after ``hi`` (a date that starts after its digit run belongs to a later run).
    """
    match = DATE_RE.match
    for start in _DATE_START.finditer(s, lo, min(hi, endpos) + 1):
        m = match(s, start.start(), endpos, timeout=timeout)
        if m is not None:
            return m
    return None


def match_date(
    s: str, pos: int = 0, endpos: int | None = None, *, timeout: float = 0.05
) -> regex.Match[str] | None:
    """``DATE_RE.match(s, pos, endpos)``, without the call where no date can start: every date opens at
    a :data:`_DATE_START` and holds an ASCII digit within :data:`_LEAD` characters of its start."""
    end = len(s) if endpos is None else endpos
    if (
        _DATE_START.match(s, pos, end) is None
        or _ASCII_DIGIT.search(s, pos, min(end, pos + _LEAD + 1)) is None
    ):
        return None
    return DATE_RE.match(s, pos, end, timeout=timeout)


def search_date(
    s: str, pos: int = 0, endpos: int | None = None, *, timeout: float = 0.05
) -> regex.Match[str] | None:
    """The first match of :data:`DATE_RE` in ``s[pos:endpos]``, or ``None`` (see :func:`find_dates`)."""
    return next(find_dates(s, pos, endpos, timeout=timeout), None)


#: A time after the word for a day: ", 07:12", " om 10:15", " o 18:30", " at 6:30 pm", " в 10:15" (Russian),
#: " о 10:15" (Ukrainian), " v 10:15" (Czech), " saat 18:45" (Turkish), or after a bar, a dot
#: or a dash between them as a page's date widget prints it: "Today | 17:32", "Heute · 10:15", "Hoy - 09:40".
_DAY_TIME = r"""(?:(?:,?\s(?:at|um|à|às|alle|a\slas|om|o|kl\.?|la|pukul|в|о|v|saat)?\s?|\s?[|·•–—-]\s?)
    (?P<H>2[0-3]|[01]?\d)[:.h](?P<M>[0-5]\d)(?!\d)(?:\s?(?P<ap>[AaPp](?:\.\s?[Mm]\.?|\s?[Mm]))(?!\p{L}))?)"""

#: Relative dates, resolved against a reference date by dateparser: "N units ago" and "today"/"yesterday"
#: in the languages of :data:`DEFAULT_LANGUAGES` (every form is one that dateparser's language data
#: reads), the words for a day maybe with a time after them ("heute, 10:15", "сегодня в 10:15", "dün saat
#: 18:45"); in the languages added last, whose words for "today" are common words of running text ("dnes",
#: "azi"), only with a time after them ("vandaag, 07:12", "wczoraj o 18:30", "dnes v 10:15"); a page's
#: "just now" in those languages ("Just now", "à l'instant", "только что") only alone, after a label or a bar.
RELATIVE_RE = regex.compile(
    r"""
    (?:(?<!\p{L})|(?<=(?-i:\p{Ll}))(?=\d))   # (or a count glued to its label: "Updated2 hours ago")
    (?:
        (?:\d+|an?|one)\s(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\sago
    |   (?<=^\s*+|[|·•:,–—]\s*+|\s-\s++|(?:updated|published|posted|edited|modified|publié|mis\sà\sjour
            |publicado|actualizado|atualizado|aktualisiert|veröffentlicht|pubblicato|aggiornato|опубликовано
            |обновлено)\s++)
        (?P<now>just\snow|moments?\sago|(?:a\s)?+few\s(?:seconds|moments)\sago|à\sl['’]instant|gerade\seben
            |soeben|hace\s(?:un\smomento|instantes)|agora\smesmo|há\sinstantes|poco\sfa|только\sчто
            |az\sönce|zojuist|przed\schwilą|щойно|před\schvílí|just\snu|baru\ssaja)
        (?=\s*+(?:$|[|·•,]))   # "Just now", "Updated moments ago": the page's stamp, alone or before a bar
    |   \d+\s?+(?:h|m|min|d|w|wk)\sago   # a news page's short units: "2h ago", "5 min ago", "2d ago"
    |   vor\s\d+\s(?:Minuten|Stunden|Tagen|Wochen|Monaten|Std\.?+|Min\.?+)   # (and "vor 2 Std.")
    |   (?:il\sy\sa|hace|há)\s\d+\s(?:h|min)   # "il y a 2 h", "hace 5 min", "há 2 h"
    |   il\sy\sa\s\d+\s(?:minutes?|heures?|jours?|semaines?|mois)
    |   hace\s\d+\s(?:minutos?|horas?|días?|semanas?|meses)
    |   \d+\s(?:минут\w*|час\w*|дн\w*|недел\w*)\sназад
    |   \d+\s(?:minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese)\sfa
    |   há\s\d+\s(?:minutos?|horas?|dias?|semanas?|meses)
    |   \d+\s(?:dakika|saat|gün|hafta|ay)\sönce
    |   \d+\s(?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand)\sgeleden               # nl
    |   \d+\s(?:minut[ęy]?|godzin[ęy]?|dni|dzień|tygodni[ea]?|tydzień|miesiące?|miesięcy)\stemu  # pl
    |   \d+\s(?:хвилин[уи]?|годин[уи]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень)\sтому              # uk
    |   před\s\d+\s(?:minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem)                 # cs
    |   acum\s\d+\s(?:de\s)?(?:minute|minut|ore|oră|zile|zi)                                   # ro
    |   för\s\d+\s(?:minuter|minut|timmar|timme|dagar|dag|veckor|vecka)\ssedan                 # sv
    |   \d+\s(?:menit|jam|hari|minggu|bulan)\s(?:yang\s)?lalu                                   # id
    |   (?P<day>yesterday|today|gestern|heute|hier|aujourd['’]hui|ayer|hoy|вчера|сегодня|ieri|oggi
            |ontem|hoje|dün|bugün)(?!\p{L})"""
    + _DAY_TIME
    + r"""?
    |   (?P<day>vandaag|gisteren|dzisiaj|dziś|wczoraj|сьогодні|вчора|учора|azi|dnes|včera|idag|i\sdag
            |igår|i\sgår|hari\sini|kemarin)(?!\p{L})"""
    + _DAY_TIME
    + r"""
    )(?!\p{L})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@attrs.frozen
class DateSettings:
    """How dates are read: the languages dateparser tries, and the order of an ambiguous "04/02/2020"."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    date_order: DateOrder = "DMY"


DEFAULT_SETTINGS = DateSettings()


@attrs.frozen
class ParsedDate:
    """A date's ISO value (``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS`` when a time is printed, with the
    offset from UTC when a time zone is printed after it: ``2024-03-03T14:05:00+03:00``)."""

    value: str
    precision: DatePrecision


def parse_date(
    s: str,
    *,
    reference_date: datetime.datetime | None = None,
    settings: DateSettings = DEFAULT_SETTINGS,
) -> ParsedDate | None:
    """Read one isolated date string; ``None`` when it is not a valid date.

    A date printed without its year takes the year of ``reference_date`` (else the current year; a 29 February
    the last leap year up to it); a relative date needs ``reference_date`` and is ``None`` without one, so
    output never depends on the clock.
    """
    s = s.strip().replace("’", "'")  # "aujourd’hui" as "aujourd'hui"
    if not s or len(s) > 80:
        return None
    m = DATE_RE.fullmatch(s, timeout=1.0)
    if m is not None:
        return _from_parts(m, reference_date, settings)
    if reference_date is None:
        return None
    rm = RELATIVE_RE.fullmatch(s, timeout=1.0)
    if rm is not None and rm.group("H") is not None:
        # "vandaag, 07:12": dateparser reads the day ("ontem às 10h15" it would misread), the clock is ours
        day = _with_dateparser(rm.group("day"), reference_date, settings)
        if day is None:
            return None
        t = datetime.time(clock_hour(int(rm.group("H")), rm.group("ap")), int(rm.group("M")))
        return ParsedDate(f"{day.value[:10]}T{t.isoformat()}", "time")
    if rm is not None and rm.group("now") is not None:
        # "Just now", "moments ago": the moment the page was read, its day on a reference given without a time
        if isinstance(reference_date, DayReference):
            return ParsedDate(reference_date.date().isoformat(), "day")
        return ParsedDate(reference_date.replace(tzinfo=None, microsecond=0).isoformat(), "time")
    if rm is not None or any(w in s.lower() for w in RELATIVE_WORDS):
        return _with_dateparser(s, reference_date, settings)
    return None


def clock_hour(hour: int, ap: str | None) -> int:
    """The hour on a 24-hour clock of ``hour`` printed with "am", "pm", "p.m." or neither ("5", "pm" -> 17).

    >>> clock_hour(12, "a.m."), clock_hour(9, "PM"), clock_hour(17, None)
    (0, 21, 17)
    """
    half = (ap or "").lower()[:1]
    if half == "p" and hour < 12:
        return hour + 12
    if half == "a" and hour == 12:
        return 0
    return hour


def month_number(name: str) -> int:
    """The number of the month called ``name`` (any case), or 0. Turkish capitals lower-case in Turkish:
    "KASIM" is "kasım" (dotless i), "EKİM" is "ekim" (Python's ``lower`` keeps a combining dot on "İ")."""
    key = name.lower().replace("\u0307", "")
    return (
        MONTHS.get(key)
        or MONTHS.get(key.replace("i", "ı"))
        or MONTHS_BETWEEN_DOTS.get(key)
        or MONTHS_BETWEEN_DAY_AND_YEAR.get(key)
        or MONTHS_BETWEEN_DAY_AND_YEAR.get(key.replace("i", "ı"), 0)
    )


def _year(y: str | None, reference_date: datetime.datetime | None) -> int:
    """A four-digit year from a printed one ("23" -> 2023, "87" -> 1987), or the reference year."""
    if y is None:
        return (reference_date or datetime.datetime.now()).year
    n = int(y)
    if len(y) == 2:
        n += 2000 if n < 70 else 1900
    return n


def _from_parts(
    m: regex.Match[str], reference_date: datetime.datetime | None, settings: DateSettings
) -> ParsedDate | None:
    """Compute the date from the parts :data:`DATE_RE` named."""
    g = m.groupdict()
    if g["jy"] is not None:  # a Solar Hijri date
        jm, jd = SOLAR_HIJRI_MONTHS[g["jmon"]], int(g["jd"])
        if jd > (31 if jm <= 6 else 30):
            return None
        date = solar_hijri_to_gregorian(int(g["jy"]), jm, jd)
        if g["H"] is None:
            return ParsedDate(date.isoformat(), "day")
        t = datetime.time(clock_hour(int(g["H"]), g["ap"]), int(g["M"]), int(g["S"] or 0))
        return ParsedDate(with_zone(datetime.datetime.combine(date, t).isoformat(), g["tz"]), "time")
    if g["a"] is not None:
        a, b = int(g["a"]), int(g["b"])
        if a > 12 or b > 12:
            day_first = a > 12
        else:  # "12/11/23": a two-digit year after slashes is the American month-first style
            day_first = g["s"] != "/" or (settings.date_order == "DMY" and len(g["y"]) == 4)
        day, month = (a, b) if day_first else (b, a)
    elif g["mon"] is not None:
        month = month_number(g["mon"])
        day = int(g["d"]) if g["d"] else 0
    else:
        day, month = int(g["d"]), int(g["m"])
    if g["era"] is not None:  # 令和8年: the era's year, 元年 its first
        year = EAST_ASIAN_ERAS[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"]))
    else:
        year = _year(g["y"], reference_date)
    if g["y"] is None and (month, day) == (2, 29):
        while not calendar.isleap(year):  # "Feb 29" in 2025: the last 29 February before, 2024's
            year -= 1
    try:
        date = datetime.date(year, month, day or 1)
    except ValueError:
        return None
    if not day:
        return ParsedDate(date.isoformat()[:7] + "-01", "month")
    if g["H"] is None:
        return ParsedDate(date.isoformat(), "day")
    t = datetime.time(clock_hour(int(g["H"]), g["ap"]), int(g["M"]), int(g["S"] or 0))
    return ParsedDate(with_zone(datetime.datetime.combine(date, t).isoformat(), g["tz"]), "time")


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian day of a day of the Solar Hijri calendar, by the arithmetic of the 33-year cycle that
    matches the astronomical calendar from 1178 to 1633 (Borkowski's algorithm, as jdatetime computes it).

    >>> solar_hijri_to_gregorian(1403, 1, 1), solar_hijri_to_gregorian(1402, 10, 10)
    (datetime.date(2024, 3, 20), datetime.date(2023, 12, 31))
    """
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    return datetime.date(gy, 1, 1) + datetime.timedelta(days=days)


def with_zone(value: str, zone: str | None) -> str:
    """The ISO date-time ``value`` with the offset of the time zone printed as ``zone``; ``value`` itself
    when there is no zone, the zone's offset is unknown, or ``value`` has an offset already.

    >>> with_zone("2024-03-03T14:05:00", "MSK"), with_zone("2024-03-03T14:05:00", "IST")
    ('2024-03-03T14:05:00+03:00', '2024-03-03T14:05:00')
    """
    if not zone:
        return value
    try:
        local = datetime.datetime.fromisoformat(value)
    except ValueError:
        return value
    offset = zone_offset(zone, local)
    if offset is None or local.tzinfo is not None:
        return value
    return local.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=offset))).isoformat()


_NUMERIC_ZONE = regex.compile(r"(?:GMT|UTC)?\s?(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>\d\d))?")


def zone_offset(zone: str, local: datetime.datetime) -> int | None:
    """The offset from UTC, in minutes, of the time zone printed as ``zone`` after the local time ``local``;
    ``None`` for a zone whose abbreviation is ambiguous ("IST") or that the tables do not hold.

    >>> day = datetime.datetime(2024, 3, 3, 14, 5)
    >>> zone_offset("GMT", day), zone_offset("UTC+5:30", day), zone_offset("IST", day)
    (0, 330, None)
    >>> zone_offset("ET", datetime.datetime(2024, 1, 9)), zone_offset("ET", datetime.datetime(2024, 7, 9))
    (-300, -240)
    """
    if zone == "Z":
        return 0
    if zone in TIME_ZONES:
        return TIME_ZONES[zone]
    if zone in US_TIME_ZONES:
        return US_TIME_ZONES[zone] + (60 if _us_daylight_time(local) else 0)
    m = _NUMERIC_ZONE.fullmatch(zone)
    if m is None:
        return None
    minutes = int(m["h"]) * 60 + int(m["m"] or 0)
    if minutes > _MAX_OFFSET or int(m["m"] or 0) >= 60:
        return None  # ("GMT+99": no zone on Earth)
    return -minutes if m["sign"] in "-−" else minutes


_MAX_OFFSET = 14 * 60  # the widest offset from UTC of any zone (UTC+14, the Line Islands), in minutes


def _us_daylight_time(local: datetime.datetime) -> bool:
    """Whether daylight saving time holds at the local time ``local`` in the United States: from 2 a.m. on
    the second Sunday of March to 2 a.m. on the first Sunday of November since 2007; from the first Sunday
    of April to the last Sunday of October from 1987 to 2006, and from the last Sunday of April before."""

    def sunday(month: int, nth: int) -> datetime.datetime:  # nth Sunday of the month, 2 a.m.; -1 the last
        days = [d for d in calendar.Calendar().itermonthdates(local.year, month) if d.month == month]
        sundays = [d for d in days if d.weekday() == calendar.SUNDAY]
        return datetime.datetime.combine(sundays[nth], datetime.time(2))

    if local.year >= 2007:
        return sunday(3, 1) <= local < sunday(11, 0)
    if local.year >= 1987:
        return sunday(4, 0) <= local < sunday(10, -1)
    return sunday(4, -1) <= local < sunday(10, -1)


@functools.lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...], reference_date: datetime.datetime) -> DateDataParser:
    """One dateparser parser per settings value (languages and the base of relative dates)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages),
        settings={
            "RELATIVE_BASE": reference_date,
            "RETURN_TIME_AS_PERIOD": True,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def _with_dateparser(s: str, reference_date: datetime.datetime, settings: DateSettings) -> ParsedDate | None:
    """Ask dateparser about a string the shapes did not cover (relative dates)."""
    try:
        data = _parser(settings.languages, reference_date).get_date_data(s)
    except Exception:  # dateparser's own failures on odd input must not fail the header
        return None
    obj = data.date_obj
    if obj is None:
        return None
    obj = obj.replace(tzinfo=None)
    if data.period == "time" and isinstance(reference_date, DayReference) and obj < reference_date:
        # "2 hours ago" read on a day given without its time: that day, not a clock time the day before
        return ParsedDate(reference_date.date().isoformat(), "day")
    if data.period == "time":
        return ParsedDate(obj.replace(microsecond=0).isoformat(), "time")
    if data.period == "month":
        return ParsedDate(obj.date().isoformat()[:7] + "-01", "month")
    if data.period == "year":
        return ParsedDate(f"{obj.year:04d}-01-01", "year")
    return ParsedDate(obj.date().isoformat(), "day")
