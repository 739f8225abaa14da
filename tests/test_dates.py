"""The date adapter: isolated date strings in fifteen languages to ISO values with their precision."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote._dates import DATE_RE, RELATIVE_RE, DateSettings, ParsedDate, parse_date

REF = dt.datetime(2016, 11, 27, 12, 0)

CASES = [
    pytest.param("December 17, 2023", "2023-12-17", "day", id="en-month-first"),
    pytest.param("Dec. 22, 2023 3:44PM", "2023-12-22T15:44:00", "time", id="en-abbrev-pm"),
    pytest.param("Nov 14th 2024 at 11:00AM", "2024-11-14T11:00:00", "time", id="en-ordinal-at"),
    pytest.param("Dec 23, 202310:30 AM", "2023-12-23T10:30:00", "time", id="en-year-glued-to-time"),
    pytest.param("27 November 2016", "2016-11-27", "day", id="en-day-first"),
    pytest.param("27 Nov 2016", "2016-11-27", "day", id="en-abbrev-day-first"),
    pytest.param("12. November 2015 / 13:48", "2015-11-12T13:48:00", "time", id="de-dotted-day"),
    pytest.param("24. Januar 2020", "2020-01-24", "day", id="de-januar"),
    pytest.param("3. März 2021", "2021-03-03", "day", id="de-maerz"),
    pytest.param("27.11.2016", "2016-11-27", "day", id="de-numeric"),
    pytest.param("19.10.19, 12:00", "2019-10-19T12:00:00", "time", id="de-two-digit-year"),
    pytest.param("5 juin 2018", "2018-06-05", "day", id="fr-juin"),
    pytest.param("23 février 2020", "2020-02-23", "day", id="fr-fevrier"),
    pytest.param("27 ноября 2016", "2016-11-27", "day", id="ru-genitive"),
    pytest.param("19 de febrero de 2020", "2020-02-19", "day", id="es-de"),
    pytest.param("2023-12-19 23:30", "2023-12-19T23:30:00", "time", id="iso-with-time"),
    pytest.param("2023/12/19", "2023-12-19", "day", id="year-first-slashes"),
    pytest.param("04/02/2020", "2020-02-04", "day", id="slashes-ambiguous-day-first"),
    pytest.param("12/18/23", "2023-12-18", "day", id="slashes-month-first-unambiguous"),
    pytest.param("12/11/23", "2023-12-11", "day", id="slashes-two-digit-year-american"),
    pytest.param("November 2019", "2019-11-01", "month", id="month-year"),
    pytest.param("Feb 26", "2016-02-26", "day", id="no-year-takes-reference-year"),
    pytest.param("8 de abril de 2024 às 16:25", "2024-04-08T16:25:00", "time", id="pt-as-time"),
    pytest.param("11 luglio 2024 alle 07:50", "2024-07-11T07:50:00", "time", id="it-alle-time"),
    pytest.param("3 de mayo de 2024 a las 21:15", "2024-05-03T21:15:00", "time", id="es-a-las-time"),
    pytest.param("4 GIU 2024", "2024-06-04", "day", id="it-abbreviated-capitals"),
    pytest.param("9 set 2023", "2023-09-09", "day", id="pt-it-set"),
    pytest.param("19 KASIM 2024", "2024-11-19", "day", id="tr-capitals-dotless-i"),
    pytest.param("30 EKİM 2024", "2024-10-30", "day", id="tr-capitals-dotted-i"),
    pytest.param("7 апреля 2024 года", "2024-04-07", "day", id="ru-year-word"),
    pytest.param("7 квітня 2024 р.", "2024-04-07", "day", id="uk-genitive-and-year-abbreviation"),
    pytest.param("7 kwietnia 2024", "2024-04-07", "day", id="pl-genitive"),
    pytest.param("7 aprile 2024 domenica 18:05", "2024-04-07T18:05:00", "time", id="it-weekday-before-time"),
    pytest.param("3. října 2024 09:10", "2024-10-03T09:10:00", "time", id="cs-genitive"),
    pytest.param("3. 10. 2024", "2024-10-03", "day", id="cs-numeric-with-blanks"),
    pytest.param("3 octombrie 2024, 21:05", "2024-10-03T21:05:00", "time", id="ro-month"),
    pytest.param("3 augusti 2024 kl. 08.15", "2024-08-03T08:15:00", "time", id="sv-kl-time"),
    pytest.param("3 Agustus 2024 10:22", "2024-08-03T10:22:00", "time", id="id-month"),
    pytest.param("3 Desember 2024", "2024-12-03", "day", id="id-december"),
    pytest.param("3.out.2024 às 14h20", "2024-10-03T14:20:00", "time", id="pt-out-between-dots"),
    pytest.param("04-Mar-2025 22:12", "2025-03-04T22:12:00", "time", id="day-month-year-hyphens"),
    pytest.param("2024年3月3日", "2024-03-03", "day", id="zh-ja-year-month-day-words"),
    pytest.param("2024年03月03日(日) 14時05分", "2024-03-03T14:05:00", "time", id="ja-weekday-clock-words"),
    pytest.param("2024년 3월 3일 14:05", "2024-03-03T14:05:00", "time", id="ko-date-words"),
]


class TestParseDate:
    """parse_date on strings the header patterns isolate."""

    @pytest.mark.parametrize(("s", "value", "precision"), CASES)
    def test_case(self, s: str, value: str, precision: str) -> None:
        """Each printed shape gives its ISO value and precision."""
        assert parse_date(s, reference_date=REF) == ParsedDate(value, precision)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("s", "ref", "value"),
        [
            pytest.param("Feb 29", dt.datetime(2025, 3, 1), "2024-02-29", id="leap-day-after-a-leap-year"),
            pytest.param("29 February", dt.datetime(2024, 3, 1), "2024-02-29", id="leap-day-in-a-leap-year"),
            pytest.param("Feb. 29", dt.datetime(2101, 1, 5), "2096-02-29", id="leap-day-past-a-century"),
            pytest.param("Feb 28", dt.datetime(2025, 3, 1), "2025-02-28", id="other-days-keep-the-year"),
        ],
    )
    def test_yearless_leap_day(self, s: str, ref: dt.datetime, value: str) -> None:
        """A yearless 29 February is the last one up to the reference date, never no date at all."""
        assert parse_date(s, reference_date=ref) == ParsedDate(value, "day")

    @pytest.mark.parametrize(
        ("s", "value"),
        [
            pytest.param("2 hours ago", "2016-11-27T10:00:00", id="en-hours-ago"),
            pytest.param("yesterday", "2016-11-26", id="en-yesterday"),
            pytest.param("gestern", "2016-11-26", id="de-gestern"),
            pytest.param("vor 3 Tagen", "2016-11-24", id="de-vor-tagen"),
            pytest.param("3 giorni fa", "2016-11-24", id="it-giorni-fa"),
            pytest.param("há 3 dias", "2016-11-24", id="pt-ha-dias"),
            pytest.param("3 gün önce", "2016-11-24", id="tr-gun-once"),
            pytest.param("ontem", "2016-11-26", id="pt-ontem"),
            pytest.param("3 uur geleden", "2016-11-27T09:00:00", id="nl-uur-geleden"),
            pytest.param("5 godzin temu", "2016-11-27T07:00:00", id="pl-godzin-temu"),
            pytest.param("2 дні тому", "2016-11-25", id="uk-dni-tomu"),
            pytest.param("před 2 hodinami", "2016-11-27T10:00:00", id="cs-pred-hodinami"),
            pytest.param("acum 20 de minute", "2016-11-27T11:40:00", id="ro-acum-de-minute"),
            pytest.param("för 3 dagar sedan", "2016-11-24", id="sv-dagar-sedan"),
            pytest.param("2 jam yang lalu", "2016-11-27T10:00:00", id="id-jam-yang-lalu"),
            pytest.param("vandaag, 07:12", "2016-11-27T07:12:00", id="nl-today-and-a-time"),
            pytest.param("wczoraj o 18:30", "2016-11-26T18:30:00", id="pl-yesterday-o-time"),
            pytest.param("yesterday, 6:30 pm", "2016-11-26T18:30:00", id="en-yesterday-pm"),
            pytest.param("ontem às 10h15", "2016-11-26T10:15:00", id="pt-yesterday-h-time"),
        ],
    )
    def test_relative(self, s: str, value: str) -> None:
        """Relative dates resolve against the reference date (through dateparser)."""
        got = parse_date(s, reference_date=REF)
        assert got is not None and got.value == value

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Vláda dnes schválila nový rozpočet", id="cs-today-in-a-sentence"),
            pytest.param("Guvernul a aprobat azi bugetul", id="ro-today-in-a-sentence"),
            pytest.param("Het kabinet besluit vandaag over de begroting", id="nl-today-in-a-sentence"),
        ],
    )
    def test_word_for_today_in_running_text(self, line: str) -> None:
        """A word for "today" of the languages added for relative dates only counts with a time after it."""
        assert RELATIVE_RE.search(line) is None

    def test_relative_without_reference_is_none(self) -> None:
        """Without a reference date a relative date is not guessed from the clock."""
        assert parse_date("2 hours ago") is None

    @pytest.mark.parametrize(
        "s",
        [
            pytest.param("", id="empty"),
            pytest.param("31.02.2020", id="no-such-day"),
            pytest.param("$81 million", id="money"),
            pytest.param("may", id="modal-verb"),
            pytest.param("x" * 200, id="too-long"),
        ],
    )
    def test_not_a_date(self, s: str) -> None:
        """Strings that are no valid date give None, never an exception."""
        assert parse_date(s, reference_date=REF) is None

    def test_month_first_setting(self) -> None:
        """date_order="MDY" reads an ambiguous slashed date month first."""
        got = parse_date("04/02/2020", settings=DateSettings(date_order="MDY"))
        assert got == ParsedDate("2020-04-02", "day")


class TestDatePattern:
    """DATE_RE isolates the date inside a header line."""

    @pytest.mark.parametrize(
        ("line", "found"),
        [
            pytest.param("Veröffentlicht am 14. Juni 2018 von redaktion", "14. Juni 2018", id="de-label"),
            pytest.param("By Jane Doe • 12/18/23 4:02pm", "12/18/23 4:02pm", id="bullet-byline"),
            pytest.param("Thursday 14 November 2024 07:12, UK", "14 November 2024 07:12", id="weekday"),
            pytest.param("Publié le 5 juin 2018 à 14:05", "5 juin 2018 à 14:05", id="fr-a"),
            pytest.param("2. Mai 20222. Mai 2022 Redaktion", "2. Mai 2022", id="printed-twice-glued"),
            pytest.param("Nov 8, 20248 Nov 2024", "Nov 8, 2024", id="month-first-printed-twice"),
            pytest.param("ore 5 out of 9 people", None, id="portuguese-out-is-no-month"),
            pytest.param("10:05 April 2, 2025", "April 2, 2025", id="minutes-of-a-time-are-no-day"),
            pytest.param("Nov 4, 2025 4:10 pm. Updated", "Nov 4, 2025 4:10 pm", id="pm-then-a-full-stop"),
            pytest.param("Nov 4, 2025 4:10 p.m. | Updated", "Nov 4, 2025 4:10 p.m.", id="dotted-pm"),
            pytest.param(
                "Published: 2 April ,2025: 07:41 PM GST",
                "2 April ,2025: 07:41 PM GST",
                id="comma-before-year",
            ),
            pytest.param("Lena VoigtNovember 14, 2025", "November 14, 2025", id="month-glued-to-a-name"),
            pytest.param(
                "Senior Editor, M3Nov 2, 2025, 4:15 PM", "Nov 2, 2025, 4:15 PM", id="glued-to-a-digit"
            ),
            pytest.param("By Ruth KNov. 3, 2025 8:00 am", "Nov. 3, 2025 8:00 am", id="glued-to-an-initial"),
            pytest.param("the MayDay 5 rally in 2025", None, id="month-inside-a-word-is-no-date"),
            pytest.param("Kia M3Nov is a model name", None, id="glued-month-needs-its-day-and-year"),
            pytest.param("Posted: 04-Mar-2025 10:12 PM", "04-Mar-2025 10:12 PM", id="day-month-year-hyphens"),
            pytest.param("the 4-March-long march", None, id="hyphened-month-needs-its-year"),
        ],
    )
    def test_isolates(self, line: str, found: str | None) -> None:
        """The match is exactly the date (and its time), not the words around it."""
        m = DATE_RE.search(line)
        assert (m and m.group(0)) == found
