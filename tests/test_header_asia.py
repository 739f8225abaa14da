"""Header parsing of pages from Asian, African, Gulf, Turkish, Latin American and Russian or Ukrainian
outlets in English, and of web pages whose header stands under a long run of site furniture: a seventh case
table, written for these tests.

Every row is an invented article top (headlines, names and events made up) printed the way such an outlet
prints it: "Updated - March 04, 2025 10:12 pm IST", "KYIV, March 4. /TASS/.", ISO time stamps with their
offset, a "Published: 04/03/2025" read day first or month first as the outlet's country writes it, and a
byline under fifty lines of menus and teasers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .test_header import assert_fields, assert_spans_round_trip

REF = dt.datetime(2025, 6, 20, 12, 0)
_LEAD = "Delegates from eleven countries met on Tuesday to discuss a shared plan for the harbour.\n"
_MENU = "".join(f"Section {n}\n\n" for n in range(1, 56))  # fifty-five lines of a site's menus

CASES: list[Any] = [
    pytest.param(
        "Harbour plan wins support\n\n"
        + _MENU
        + "By Greta Holm - The Harbour Times - Tuesday, March 4, 2025\n\n"
        + _LEAD,
        {"authors": ["Greta Holm"], "published": "2025-03-04", "body": "Delegates from"},
        id="byline-and-date-under-fifty-lines-of-menus",
    ),
    pytest.param(
        "Harbour Board Backs the North Pier Plan\n\n"
        "Best Moments From the Harbour Festival: Bands, Boats, Fireworks and Much More!\n\n"
        "'The Night Ferry': Cast Members Remember Their Favourite Scenes and Songs (Flashback)\n\n"
        "Singer Mara Vinte Shares Holiday Photos From Her Travels Across Portugal (Exclusive)\n\n"
        "By Greta Holm\n\nPublished: 10:27 AM PST, March 4, 2025\n\n" + _LEAD,
        {"authors": ["Greta Holm"], "published": "2025-03-04T10:27:00-08:00", "body": "Delegates from"},
        id="teaser-headlines-in-title-case-are-no-body-paragraphs",
    ),
    pytest.param(
        "Harbour plan wins support\n\nMarch 4, 2025 Greta Holm 12\n\n" + _LEAD,
        {"authors": ["Greta Holm"], "published": "2025-03-04", "body": "Delegates from"},
        id="blog-date-then-author-then-comment-count",
    ),
    pytest.param(
        "Harbour plan wins support\n\n4 March 20254 March 2025 Tomas Bell Shipping, News\n\nShare\n\n"
        + _LEAD,
        {"authors": ["Tomas Bell"], "published": "2025-03-04", "body": "Delegates from"},
        id="blog-date-printed-twice-then-author-then-tags",
    ),
    pytest.param(
        "Harbour plan wins support\n\n2025-03-04 Harbour Works\n\n" + _LEAD,
        {"authors": [], "byline": None, "published": "2025-03-04"},
        id="date-then-a-section-name-is-no-byline",
    ),
    pytest.param(
        "Night sky over the harbour\n\nMarch 4, 2025 Greta Holm 0\n\n" + _LEAD + "\nCamera: Digital\n\n"
        "Date: 28/02/2025\n",
        {"published": "2025-03-04"},
        id="labelled-date-of-a-photo-under-the-lead-is-not-the-story-date",
    ),
    pytest.param(
        "Harbour plan wins support\n\n"
        + _LEAD
        + "\nRead also\n\n14/08/2023\n\nOld pier closes for repairs\n\n"
        "The harbour board met again on Wednesday and agreed to fund the works from next year's budget.\n",
        {"published": None, "body": "Delegates from"},
        id="date-under-read-also-dates-another-story",
    ),
    pytest.param(
        "Kirche plant neues Zentrum\n\nVon Jonas Weber\n\n4. März 2025\n\n"
        "Der Kirchenrat hat am Dienstag beschlossen, das alte Pfarrhaus in ein Zentrum umzubauen.\n\n"
        "Lesen Sie auch\n\n12.01.2024\n\nAltes Pfarrhaus wird verkauft\n",
        {"authors": ["Jonas Weber"], "published": "2025-03-04", "body": "Der Kirchenrat"},
        id="de-lesen-sie-auch-under-the-lead",
    ),
    pytest.param(
        "Harbour plan wins support\n\n2025-03-09 14:15:57 2025-03-04 10:20:0004.03.2025 10:20\n\n" + _LEAD,
        {"published": "2025-03-04T10:20:00", "body": "Delegates from"},
        id="line-of-time-stamps-the-earliest-is-the-publication",
    ),
    pytest.param(
        "Gas price formula approved\n\nTariq Zaman | Imran Qadir\nPublished March 4, 2025\n\n"
        "ISLAMABAD: The federal cabinet on Tuesday approved a new pricing formula for gas.\n",
        {"authors": ["Tariq Zaman", "Imran Qadir"], "published": "2025-03-04", "place": "ISLAMABAD"},
        id="two-writers-between-bars-as-pakistani-papers-print-them",
    ),
    pytest.param(
        "Gas price formula approved\n\nSana Malik | Middle East\nMarch 4, 2025\n\n"
        "The federal cabinet on Tuesday approved a new pricing formula for gas supplied to industry.\n",
        {"authors": ["Sana Malik"]},
        id="a-region-after-the-bar-is-no-second-writer",
    ),
    pytest.param(
        "Port authority clears second terminal\n\nUpdated - March 04, 2025 10:12 pm IST - KOCHI\n\n"
        "Meera Pillai\n\n"
        "The port authority on Tuesday cleared the building of a second terminal on the island.\n",
        {"place": "KOCHI", "published": "2025-03-04T22:12:00+05:30", "authors": ["Meera Pillai"]},
        id="hindu-place-after-the-updated-date",
    ),
    pytest.param(
        "State to build three fishing harbours\n\nPublished - March 04, 2025 09:30 pm IST - CHENNAI\n\n"
        "Updated - March 05, 2025 08:10 am IST\n\n"
        "The State government on Tuesday announced that three new fishing harbours would be built.\n",
        {
            "place": "CHENNAI",
            "published": "2025-03-04T21:30:00+05:30",
            "updated": "2025-03-05T08:10:00+05:30",
        },
        id="hindu-published-and-updated-lines",
    ),
    pytest.param(
        "Port authority clears second terminal\n\nPublished - March 04, 2025 10:12 pm IST - PTI\n\n"
        "The port authority on Tuesday cleared the building of a second terminal on the island.\n",
        {"place": None, "source": "PTI", "published": "2025-03-04T22:12:00+05:30"},
        id="agency-after-the-date-is-the-source-not-a-place",
    ),
    pytest.param(
        "Metro line to open by December\n\n"
        "TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 4, 2025, 22:12 IST\n\n"
        "NEW DELHI: The new metro line will open to passengers by December, the minister said.\n",
        {
            "byline": "TOI News Desk",
            "authors": [],
            "source": "TIMESOFINDIA.COM",
            "updated": "2025-03-04T22:12:00+05:30",
        },
        id="desk-then-outlet-then-labelled-date",
    ),
    pytest.param(
        "Airport breaks passenger record\n\nDAILY SABAH WITH AA\nISTANBUL\nMar 04, 2025 - 10:12 am GMT+3\n\n"
        "The city's new airport handled a record number of passengers in February, figures showed.\n",
        {
            "source": "DAILY SABAH",
            "authors": [],
            "place": "ISTANBUL",
            "published": "2025-03-04T10:12:00+03:00",
        },
        id="outlet-with-agency-in-capitals",
    ),
    pytest.param(
        "Treasury cuts county roads budget\n\nNairobi\nTuesday, March 04, 2025\n\nBy Wanjiru Otieno\n"
        "Senior Reporter\nNation Media Group\n\n"
        "The National Treasury has cut the allocation for county road projects in the budget on Tuesday.\n",
        {"authors": ["Wanjiru Otieno"], "source": "Nation Media Group", "published": "2025-03-04"},
        id="outlet-under-the-writer-and-title",
    ),
    pytest.param(
        "Harbour plan wins support\n\nHarbour Media\n\n2025-03-04 10:20\n\n" + _LEAD,
        {"authors": [], "source": "Harbour Media"},
        id="a-media-company-is-no-writer",
    ),
    pytest.param(
        "Council approves downtown bike lanes\n\nBy Jenna Marsh\nPublished: 03/04/2025\n\n"
        "COLUMBUS, Ohio (AP) — City council members voted Tuesday to approve a network of new bike lanes.\n",
        {"published": "2025-03-04", "place": "COLUMBUS, Ohio"},
        id="month-first-slash-date-read-by-the-weekday-of-the-lead",
    ),
    pytest.param(
        "Council approves downtown bike lanes\n\nTue, 03/04/2025\n\n"
        "City council members voted to approve a network of new bike lanes across downtown.\n",
        {"published": "2025-03-04"},
        id="month-first-slash-date-read-by-its-own-weekday",
    ),
    pytest.param(
        "Council approves new cycle lanes\n\nBy Tom Ashby\nPublished: 04/03/2025\n\n"
        "Councillors voted on Tuesday to approve a network of new cycle lanes across the city centre.\n",
        {"published": "2025-03-04"},
        id="day-first-slash-date-agreeing-with-the-lead-stays",
    ),
    pytest.param(
        "Stadtrat beschließt neue Radwege\n\nVeröffentlicht: 04.03.2025\n\n"
        "Der Stadtrat will am Donnerstag über ein Netz neuer Radwege in der Innenstadt abstimmen.\n",
        {"published": "2025-03-04"},
        id="a-date-of-dots-is-day-first-whatever-weekday-the-lead-names",
    ),
    pytest.param(
        "Ukraine receives new air defence systems\n\n04.03.2025 22:12\n\nKyiv • UNN\n\n"
        "Ukraine has received a new batch of air defence systems from its partners, the minister said.\n",
        {"place": "Kyiv", "agency": "UNN", "source": "UNN", "published": "2025-03-04T22:12:00"},
        id="place-and-agency-apart-by-a-dot",
    ),
    pytest.param(
        "Rates held at 15.5 percent\n\n"
        "KYIV, March 4, 2025 (Interfax-Ukraine) -- The central bank kept its key "
        "rate unchanged on Tuesday.\n",
        {"place": "KYIV", "source": "Interfax-Ukraine", "month_day": "03-04"},
        id="interfax-ukraine-dateline",
    ),
    pytest.param(
        "Russia, Iran to hold naval drills\n\nMOSCOW, March 4. /TASS/. Russia and Iran will hold joint naval "
        "drills in the spring, the ministry said.\n",
        {"place": "MOSCOW", "source": "TASS", "month_day": "03-04", "body": "Russia and Iran"},
        id="tass-dateline-with-full-stops",
    ),
    pytest.param(
        "Seoul, Tokyo agree to resume visits\n\n"
        "Published : Mar. 4, 2025 - 10:12    Updated : Mar. 4, 2025 - 22:12\n\nBy Park Ji-won\n\n"
        "South Korea and Japan agreed Tuesday to resume regular visits, officials said.\n",
        {
            "authors": ["Park Ji-won"],
            "published": "2025-03-04T10:12:00",
            "updated": "2025-03-04T22:12:00",
        },
        id="korean-paper-published-and-updated-on-one-line",
    ),
    pytest.param(
        "Saudi fund signs port deal\n\nRIYADH, Ramadan 4, 1446, March 4, 2025, SPA -- The Saudi fund signed "
        "a deal on Tuesday to upgrade a Red Sea port.\n",
        {"place": "RIYADH", "source": "SPA", "month_day": "03-04"},
        id="spa-dateline-with-hijri-and-gregorian-dates",
    ),
    pytest.param(
        "UAE President receives Kenyan minister\n\n"
        "ABU DHABI, 4th March, 2025 (WAM) -- The President received "
        "the visiting minister today.\n",
        {"place": "ABU DHABI", "source": "WAM", "month_day": "03-04"},
        id="wam-dateline-with-an-ordinal-day",
    ),
    pytest.param(
        "Harbour board backs expansion plan\n\nBy Lina Petrova\n2025-03-04T10:12:00+03:00\n\n" + _LEAD,
        {"authors": ["Lina Petrova"], "published": "2025-03-04T10:12:00+03:00"},
        id="iso-time-stamp-with-an-offset",
    ),
    pytest.param(
        "Harbour plan wins support\n\nRed. / 04.03.2025 Die Delegierten aus elf Ländern haben sich "
        "am Dienstag "
        "auf einen gemeinsamen Plan für den Hafen geeinigt, der nun dem Stadtrat vorgelegt werden soll.\n\n"
        "Der Plan sieht einen neuen Kai im Norden vor und soll bis zum Jahr 2030 umgesetzt werden.\n",
        {"published": "2025-03-04"},
        id="credit-and-date-opening-the-standfirst",
    ),
    pytest.param(
        "Harbour plan wins support\n\nThe Harbour Board / 04.03.2025 was the date the board first met, "
        "said the chair, who has led the board for ten years and will step down next spring.\n",
        {"published": None},
        id="words-before-a-slash-longer-than-a-credit-are-no-credit",
    ),
    pytest.param(
        "neue lettern\n\nÜber diesen Artikel\n\nHafenpläne im Norden wurde am 4. März 2025 um 22:12 Uhr "
        "gepostet und unter Hafen, Stadt abgelegt.\n\nNeueste Artikel\n\nArchiv\n\nSeptember 2024\n\n"
        "August 2024\n",
        {"published": "2025-03-04T22:12:00"},
        id="blog-footer-date-beats-a-month-of-the-archive-list",
    ),
    pytest.param(
        "Neue Fähre für den Hafen\n\nIn dieser Woche hat der Verein die neue Fähre vorgestellt, "
        "die ab April fahren soll.\n\nAuthor: Hafen2k am 04.03.2025, 22:12 Uhr\n\nKommentare\n",
        {"published": "2025-03-04T22:12:00"},
        id="forum-post-signed-with-its-date",
    ),
    pytest.param(
        "Harbour operator posts record quarter\n\nFRANKFURT - The harbour operator earned more in the summer "
        "quarter than ever before, it said on Tuesday.\n\nThe company expects more passengers next year.\n\n"
        "© dpa-AFX | Photo: Harbour AG | 04.03.2025 08:03\n",
        {"place": "FRANKFURT", "published": "2025-03-04T08:03:00"},
        id="wire-copyright-line-dates-a-story-whose-dateline-has-none",
    ),
    pytest.param(
        "Border talks resume\n\nBy Maj. Gen. (Retd) Farhan Qadri\nMarch 4, 2025\n\n" + _LEAD,
        {"authors": ["Farhan Qadri"], "byline": "Maj. Gen. (Retd) Farhan Qadri"},
        id="retired-officer-with-ranks-before-the-name",
    ),
    pytest.param(
        "Traders call strike\n\nBy Our Staff Reporter\nMarch 4, 2025\n\n" + _LEAD,
        {"authors": [], "byline": "Our Staff Reporter"},
        id="staff-credit-without-its-by",
    ),
    pytest.param(
        "Metro line to open\n\nKavya Rao | TNN | Updated: Mar 4, 2025, 22:12 IST\n\n" + _LEAD,
        {"authors": ["Kavya Rao"], "source": "TNN", "updated": "2025-03-04T22:12:00+05:30"},
        id="writer-then-agency-between-bars",
    ),
    pytest.param(
        "Bus routes added\n\nBy Ahmed Saleh, Gulf News Correspondent\nMarch 4, 2025\n\n" + _LEAD,
        {"authors": ["Ahmed Saleh"], "source": "Gulf News"},
        id="outlet-with-the-writer-title-after-it",
    ),
    pytest.param(
        "Metro line to open\n\nMar 4, 2025 | 10:12 PM IST | Source: PTI\n\n" + _LEAD,
        {"source": "PTI", "published": "2025-03-04T22:12:00+05:30"},
        id="source-label-at-the-end-of-the-date-line",
    ),
    pytest.param(
        "Trade deals signed\n\nSource: Xinhua | 2025-03-04 22:12:30 | Editor: Li Na\n\n" + _LEAD,
        {"source": "Xinhua", "authors": [], "published": "2025-03-04T22:12:30"},
        id="source-label-opening-the-date-line-and-an-editor-no-author",
    ),
    pytest.param(
        "Peso falls against the dollar\n\nCarlos Ruiz\nMarch 4, 2025\nBogotá\n\n"
        "The peso fell sharply against the dollar on Tuesday after the bank cut rates unexpectedly.\n",
        {"place": "Bogotá", "authors": ["Carlos Ruiz"], "published": "2025-03-04"},
        id="mixed-case-capital-alone-under-the-date",
    ),
    pytest.param(
        "Treasury cuts county roads budget\n\nNairobi\nTuesday, March 04, 2025\n\nBy Wanjiru Otieno\n\n"
        "The National Treasury has cut the allocation for county road projects in the budget on Tuesday.\n",
        {"place": "Nairobi", "authors": ["Wanjiru Otieno"], "published": "2025-03-04"},
        id="mixed-case-capital-alone-over-the-date",
    ),
    pytest.param(
        "Harbour plan wins support\n\nPolitics\nMarch 4, 2025\n\n" + _LEAD,
        {"place": None, "published": "2025-03-04"},
        id="a-section-over-the-date-is-no-place",
    ),
    pytest.param(
        "Metro line to open\n\nWritten by Priya Nair | New Delhi | Updated: March 4, 2025 22:12 IST\n\n"
        + _LEAD,
        {"authors": ["Priya Nair"], "place": "New Delhi", "updated": "2025-03-04T22:12:00+05:30"},
        id="place-between-the-byline-bars",
    ),
    pytest.param(
        "Metro line to open\n\nBy Priya Nair | Politics | March 4, 2025\n\n" + _LEAD,
        {"authors": ["Priya Nair"], "place": None},
        id="a-section-between-the-byline-bars-is-no-place",
    ),
    pytest.param(
        "Metro line to open\n\nReported by: Priya Nair; Edited by: Rohan Das\nMarch 4, 2025\n\n" + _LEAD,
        {"authors": ["Priya Nair"], "byline": "Priya Nair"},
        id="the-editor-credit-is-no-part-of-the-byline",
    ),
    pytest.param(
        "Senate passes coastal bill\n\nBy Chinedu Eze, Abuja\n\n" + _LEAD,
        {"authors": ["Chinedu Eze"], "place": "Abuja", "body": "Delegates from"},
        id="capital-after-the-writer-is-where-it-was-filed",
    ),
    pytest.param(
        "Senate passes coastal bill\n\nBy Chinedu Eze, Abuja\n\n" + _LEAD + "\nPublished: 4 March 2025\n",
        {"place": "Abuja", "published": "2025-03-04"},
        id="the-byline-place-keeps-the-labelled-date-at-the-foot",
    ),
    pytest.param(
        "Senate passes coastal bill\n\nBy Chinedu Eze, Abuja\n\nLAGOS (Reuters) - " + _LEAD,
        {"authors": ["Chinedu Eze"], "place": "LAGOS", "source": "Reuters"},
        id="the-wire-dateline-wins-over-the-byline-place",
    ),
    pytest.param(
        "HARBOUR SHIPYARD SETS NET\n\n    PORTLAND, Fbruary 3 - Qtr ended Dec 31\n    Shr 40 cts vs 38 cts\n",
        {"place": "PORTLAND", "month_day": "02-03", "body": "Qtr ended"},
        id="month-misspelt-by-one-letter-in-a-wire-dateline",
    ),
    pytest.param(
        "HARBOUR SHIPYARD SETS NET\n\n    PORTLAND, Juny 3 - Qtr ended Dec 31\n    Shr 40 cts vs 38 cts\n",
        {"place": "PORTLAND", "month_day": None},
        id="a-misspelling-one-letter-from-two-months-gives-no-date",
    ),
    pytest.param(
        "港口扩建计划获批\n\n发布时间：2025年3月4日 10:12\n\n港务局周二宣布，扩建计划已获批准。\n",
        {"title": "港口扩建计划获批", "published": "2025-03-04T10:12:00"},
        id="chinese-date-with-its-label",
    ),
    pytest.param(
        "港湾計画、承認へ\n\n2025年3月4日(火) 10時12分配信\n\n港湾局が4日、明らかにした。\n",
        {"title": "港湾計画、承認へ", "published": "2025-03-04T10:12:00"},
        id="japanese-date-with-weekday-and-clock-words",
    ),
    pytest.param(
        "항만 확장 계획 승인\n\n입력 2025.03.04 10:12 수정 2025.03.04 15:40\n\n항만청은 4일 밝혔다.\n",
        {
            "title": "항만 확장 계획 승인",
            "published": "2025-03-04T10:12:00",
            "updated": "2025-03-04T15:40:00",
        },
        id="korean-entered-and-revised-labels",
    ),
    pytest.param(
        "항만 확장 계획 승인\n\n2025년 3월 4일 10:12\n\n항만청은 4일 밝혔다.\n",
        {"title": "항만 확장 계획 승인", "published": "2025-03-04T10:12:00"},
        id="korean-date-words",
    ),
    pytest.param(
        "اتفاق على خطة الميناء\n\nنشر في: ٤ مارس ٢٠٢٥\n\nاتفق المندوبون اليوم على خطة لتوسيع الميناء.\n",
        {"published": "2025-03-04"},
        id="eastern-arabic-digits",
    ),
    pytest.param(
        "港湾計画、承認へ\n\n２０２５年３月４日 １０時１２分配信\n\n港湾局が４日、明らかにした。\n",
        {"title": "港湾計画、承認へ", "published": "2025-03-04T10:12:00"},
        id="full-width-digits",
    ),
    pytest.param(
        "港口扩建计划获批\n\n发布时间：2025年3月4日 10:12 来源：新华社\n\n港务局周二宣布。\n",
        {"source": "Xinhua", "published": "2025-03-04T10:12:00"},
        id="chinese-source-label-after-the-date",
    ),
    pytest.param(
        "港湾計画、承認へ\n\n2025年3月4日(火) 10時12分配信\n出典：共同通信\n\n港湾局が4日、明らかにした。\n",
        {"source": "Kyodo"},
        id="japanese-source-line",
    ),
    pytest.param(
        "항만 확장 계획 승인\n\n입력 2025.03.04 10:12\n출처: 연합뉴스\n\n항만청은 4일 밝혔다.\n",
        {"source": "Yonhap"},
        id="korean-source-line",
    ),
]


#: Known gaps: what a careful reader extracts and the parser does not yet (strict expected failures).
GAPS: list[Any] = [
    pytest.param(
        "HARBOUR BOARD SETS NET\n\n    New york, March 2 - Qtr ended Dec 31\n    Shr 40 cts vs 38 cts\n",
        {"place": "New york", "month_day": "03-02"},
        id="mixed-case-place-with-a-lower-case-word",
        marks=pytest.mark.xfail(
            strict=True, reason="a mixed-case place needs every word capitalised ('New york' is no place)"
        ),
    ),
]


class TestParseHeaderAsia:
    """parse_header on the seventh case table."""

    @pytest.mark.parametrize(("text", "expected"), CASES + GAPS)
    def test_case(self, text: str, expected: dict[str, Any]) -> None:
        """Every expected field of the row is what the parser finds."""
        assert_fields(text, expected, REF)

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_round_trip(self, text: str, expected: dict[str, Any]) -> None:
        """Every span the header carries is exactly the text at its offsets."""
        assert_spans_round_trip(text, REF)
