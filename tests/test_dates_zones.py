"""Time zones printed after a header's time: kept in the date's text, and in its value as an offset."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import analyze
from geoquote._dates import DATE_RE, ParsedDate, parse_date, zone_offset


class TestZoneInValue:
    """parse_date gives the offset of a zone it knows; an ambiguous one leaves the time without offset."""

    @pytest.mark.parametrize(
        ("s", "value"),
        [
            pytest.param("March 3, 2024 14:05 GMT", "2024-03-03T14:05:00+00:00", id="gmt"),
            pytest.param("03.03.2024 14:05 MSK", "2024-03-03T14:05:00+03:00", id="msk"),
            pytest.param("4 March 2024, 09:10 UTC+3", "2024-03-04T09:10:00+03:00", id="utc-plus-hours"),
            pytest.param("4 March 2024, 09:10 GMT+05:30", "2024-03-04T09:10:00+05:30", id="gmt-plus-minutes"),
            pytest.param("4 March 2024, 09:10 UTC−4", "2024-03-04T09:10:00-04:00", id="minus-sign"),
            pytest.param("2024-03-03T14:05:00+03:00", "2024-03-03T14:05:00+03:00", id="iso-offset"),
            pytest.param("2024-03-03T11:05:00Z", "2024-03-03T11:05:00+00:00", id="iso-z"),
            pytest.param("2024-03-03T11:05:00.250Z", "2024-03-03T11:05:00+00:00", id="iso-fraction-z"),
            pytest.param("03 Mar 2024 14:05:00 +0300", "2024-03-03T14:05:00+03:00", id="mail-offset"),
            pytest.param("Dec. 14, 2023 3:41PM EST", "2023-12-14T15:41:00-05:00", id="est"),
            pytest.param("Jul 9, 2024 9:30 a.m. ET", "2024-07-09T09:30:00-04:00", id="et-in-summer"),
            pytest.param("Jan 9, 2024 9:35 a.m. ET", "2024-01-09T09:35:00-05:00", id="et-in-winter"),
            pytest.param("18 Dec 2023 15.35 CET", "2023-12-18T15:35:00+01:00", id="cet"),
            pytest.param("07 Nov 2023 20:51 WIB", "2023-11-07T20:51:00+07:00", id="wib"),
            pytest.param("11 Jun 2020, 02:37 PM IST", "2020-06-11T14:37:00", id="ist-is-ambiguous"),
        ],
    )
    def test_value(self, s: str, value: str) -> None:
        assert parse_date(s) == ParsedDate(value, "time")

    @pytest.mark.parametrize(
        ("zone", "local", "offset"),
        [
            pytest.param("ET", dt.datetime(2024, 3, 10, 1, 59), -300, id="before-spring-forward"),
            pytest.param("ET", dt.datetime(2024, 3, 10, 3, 0), -240, id="after-spring-forward"),
            pytest.param("PT", dt.datetime(2024, 11, 3, 1, 30), -420, id="before-fall-back"),
            pytest.param("PT", dt.datetime(2024, 11, 3, 2, 30), -480, id="after-fall-back"),
            pytest.param("CT", dt.datetime(2006, 4, 1, 12, 0), -360, id="old-rule-march-standard"),
            pytest.param("CT", dt.datetime(2006, 10, 28, 12, 0), -300, id="old-rule-october-daylight"),
            pytest.param("MT", dt.datetime(2006, 10, 29, 12, 0), -420, id="old-rule-last-sunday"),
            pytest.param("UTC-11", dt.datetime(2024, 1, 1), -660, id="numeric"),
            pytest.param("GMT+99", dt.datetime(2024, 1, 1), None, id="no-zone-on-earth"),
            pytest.param("ET", dt.datetime(1985, 4, 20, 12, 0), -300, id="before-1987-april-standard"),
            pytest.param("ET", dt.datetime(1985, 4, 29, 12, 0), -240, id="before-1987-last-april-sunday"),
            pytest.param("CST", dt.datetime(2024, 1, 1), None, id="two-zones-one-name"),
            pytest.param("XYZ", dt.datetime(2024, 1, 1), None, id="unknown"),
        ],
    )
    def test_offset(self, zone: str, local: dt.datetime, offset: int | None) -> None:
        assert zone_offset(zone, local) == offset


class TestZoneInText:
    """DATE_RE takes the zone into the date's text, and nothing that only looks like one."""

    @pytest.mark.parametrize(
        ("line", "found"),
        [
            pytest.param("Updated: 4 March 2024, 09:10 UTC+3 | Print", "4 March 2024, 09:10 UTC+3", id="utc"),
            pytest.param("5th Nov 2023, 09:41 GMT - 4 min read", "5th Nov 2023, 09:41 GMT", id="read-time"),
            pytest.param("March 3, 2024 14:05 -1200 people marched", "March 3, 2024 14:05", id="no-count"),
            pytest.param("5 mars 2024 14:05 est une date", "5 mars 2024 14:05", id="lower-case-word"),
            pytest.param("March 3, 2024 14:05 ETA soon", "March 3, 2024 14:05", id="zone-inside-a-word"),
            pytest.param("March 3, 2024 GMT", "March 3, 2024", id="zone-needs-a-time"),
        ],
    )
    def test_isolates(self, line: str, found: str) -> None:
        m = DATE_RE.search(line)
        assert m is not None and m.group(0) == found


class TestHeaderWithZone:
    """The header reads a dateline or a labelled date whose time carries a zone."""

    def test_dateline_with_zone(self) -> None:
        text = "Border talks stall\n\nMOSCOW, March 3, 2024 14:05 GMT (Reuters) - Talks stalled, envoys said."
        dl = analyze(text).header.dateline
        assert dl is not None and (dl.place, dl.agency) == ("MOSCOW", "Reuters")
        assert dl.date is not None and dl.date.value == "2024-03-03T14:05:00+00:00"
        assert text[dl.date.start : dl.date.end] == "March 3, 2024 14:05 GMT"

    def test_labelled_dates_with_zones(self) -> None:
        text = (
            "Grain corridor reopens\n\nPublished: 03.03.2024 14:05 MSK\n"
            "Updated: 4 March 2024, 09:10 UTC+3\n\nThe corridor reopened on Sunday, port officials said."
        )
        h = analyze(text).header
        assert h.published is not None and h.published.value == "2024-03-03T14:05:00+03:00"
        assert h.updated is not None and h.updated.value == "2024-03-04T09:10:00+03:00"

    def test_an_impossible_offset_gives_no_offset(self) -> None:
        """A time alone on its line with an offset no zone has is read without it, never a failure."""
        text = "Talks resume\n\n3 March 2024\n14:22 GMT+99\n\nThe envoy said talks would resume."
        h = analyze(text).header
        assert h.published is not None and h.published.value == "2024-03-03T14:22:00"

    def test_american_zone_still_orders_month_first(self) -> None:
        text = "Studio cuts ties with star\n\n9/8/2025 12:15 PM PT\n\nThe studio said it had cut ties."
        h = analyze(text).header
        assert h.published is not None and h.published.value == "2025-09-08T12:15:00-07:00"

    @pytest.mark.parametrize(
        ("lines", "field", "text", "value"),
        [
            pytest.param(
                "Published Dec. 3, 2025 8:00 a.m. ET | Updated 9:05 p.m. ET",
                "updated",
                "9:05 p.m. ET",
                "2025-12-03T21:05:00-05:00",
                id="revision-time-alone",
            ),
            pytest.param(
                "3 December 2025\n10:22 WIB",
                "published",
                "3 December 2025\n10:22 WIB",
                "2025-12-03T10:22:00+07:00",
                id="time-on-the-line-under-the-date",
            ),
            pytest.param(
                "03/12/2025 10:22 (GMT+7)",
                "published",
                "03/12/2025 10:22 (GMT+7)",
                "2025-12-03T10:22:00+07:00",
                id="zone-in-brackets",
            ),
            pytest.param(
                "Updated 6:42 PM EST, March 4, 2025",
                "updated",
                "6:42 PM EST, March 4, 2025",
                "2025-03-04T18:42:00-05:00",
                id="time-before-the-date",
            ),
        ],
    )
    def test_time_read_apart_from_its_date(self, lines: str, field: str, text: str, value: str) -> None:
        """A time that the header reads apart from its date takes its zone too, in its span and value."""
        article = (
            f"Port strike widens\n\nBy Ann Lee\n{lines}\n\nDockers walked out on Monday, the union said."
        )
        dv = getattr(analyze(article).header, field)
        assert dv is not None and (article[dv.start : dv.end], dv.value) == (text, value)
