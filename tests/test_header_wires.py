"""Header parsing of agency copy and its bylines in several languages: a sixth case table, written for these
tests.

Every row is an invented article top (headlines, names and events made up) printed as a wire service, a
news site, a feed or a newsletter prints it: Spanish, Arabic and Anglo-American datelines (a day alone before
"(EUROPA PRESS)" on its own line, "NEW DELHI/KABUL, ...", "WASHINGTON --"), the headline printed twice with a
small difference, bylines credited to a desk of an agency, to "our correspondent", or continued on a second
line, a wire's closing credit that must stay out of the header, and revision dates printed without a year or
under a "First published" label.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoquote import parse_header

from .test_header import assert_fields, assert_spans_round_trip

REF = dt.datetime(2025, 6, 20, 12, 0)
_LEAD = "Delegates from eleven countries met on Tuesday to discuss a shared plan for the harbour.\n"

CASES: list[Any] = [
    # --- datelines
    pytest.param(
        "Harbour plan wins support in the north\n\nLISBON/OPORTO, March 4 (Reuters) - " + _LEAD,
        {"place": "LISBON/OPORTO", "agency": "Reuters", "source": "Reuters", "body": "Delegates from"},
        id="two-places-of-capitals-joined-by-a-slash",
    ),
    pytest.param(
        "Harbour plan wins support\n\nBy Greta Holm\n\nSAN DIEGO/TIJUANA, March 4 (Reuters) - " + _LEAD,
        {"place": "SAN DIEGO/TIJUANA", "authors": ["Greta Holm"], "body": "Delegates from"},
        id="two-word-place-before-the-slash",
    ),
    pytest.param(
        "Harbour plan wins support\n\nBy Greta Holm\n\nBOSTON -- " + _LEAD,
        {"place": "BOSTON", "agency": None, "body": "Delegates from"},
        id="double-hyphen-without-an-agency-is-no-part-of-the-place",
    ),
    pytest.param(
        "El puerto aprueba su plan de ampliación\n\nVALENCIA, 4 (EUROPA PRESS)\n\n"
        "El consejo del puerto ha aprobado este martes el plan de ampliación del muelle norte.\n",
        {"place": "VALENCIA", "source": "Europa Press", "body": "El consejo del puerto"},
        id="europa-press-day-and-agency-on-a-line-of-their-own",
    ),
    pytest.param(
        "El puerto aprueba su plan\n\nSEVILLA, 4 mar. (EUROPA PRESS)\n\n"
        "El consejo del puerto ha aprobado este martes el plan de ampliación del muelle norte.\n",
        {"place": "SEVILLA", "month_day": "03-04", "source": "Europa Press", "body": "El consejo"},
        id="abbreviated-month-with-its-full-stop-before-the-agency",
    ),
    pytest.param(
        "PORTLAND SHIPYARD SETS NET\n\n    PORTLAND, Fbruary 3 - Qtr ended Dec 31\n"
        "    Shr 40 cts vs 38 cts\n",
        {"place": "PORTLAND", "body": "Qtr ended"},
        id="misspelt-month-in-a-capitals-dateline",
    ),
    pytest.param(
        "اتفاق على خطة لتوسيع الميناء\n\n"
        "الإسكندرية، 4 مارس (رويترز) - اتفق المندوبون اليوم على خطة لتوسيع الميناء.\n",
        {"place": "الإسكندرية", "agency": "رويترز", "source": "Reuters", "month_day": "03-04"},
        id="arabic-dateline-with-date-and-agency-in-brackets",
    ),
    pytest.param(
        "اتفاق على خطة لتوسيع الميناء\n\nالشارقة في 4 مارس / وام / اتفق المندوبون اليوم على خطة الميناء.\n",
        {"place": "الشارقة", "source": "WAM", "body": "اتفق المندوبون"},
        id="arabic-dateline-with-the-agency-between-slashes",
    ),
    pytest.param(
        "اتفاق على خطة لتوسيع الميناء\n\nطرابلس (أ ف ب) - اتفق المندوبون اليوم على خطة لتوسيع الميناء.\n",
        {"place": "طرابلس", "source": "AFP", "body": "اتفق المندوبون"},
        id="arabic-dateline-of-an-abbreviated-agency",
    ),
    pytest.param(
        "اتفاق على خطة لتوسيع الميناء\n\nنشر في: 4 مارس 2025 - 14:02 | آخر تحديث: 4 مارس 2025 - 16:30\n\n"
        "اتفق المندوبون اليوم على خطة لتوسيع الميناء.\n",
        {"published": "2025-03-04T14:02:00", "updated": "2025-03-04T16:30:00"},
        id="arabic-publication-and-revision-labels",
    ),
    # --- the headline printed again
    pytest.param(
        "Porto aprova plano de expansão do cais norte\n"
        "Porto aprova plano de expansão do cais norte - Lusa\n\n"
        "Porto, 5 mar 2025 (Lusa) - O conselho do porto aprovou hoje o plano de expansão.\n",
        {"title": "Porto aprova plano de expansão do cais norte", "subtitle": None, "place": "Porto"},
        id="headline-again-with-the-agency-after-a-dash",
    ),
    pytest.param(
        "HARBOUR BOARD BACKS NORTH PIER PLAN\nHarbour board backs north pier plan\n\n"
        "By Greta Holm\n\n" + _LEAD,
        {"title": "HARBOUR BOARD BACKS NORTH PIER PLAN", "subtitle": None, "authors": ["Greta Holm"]},
        id="headline-again-in-sentence-case",
    ),
    pytest.param(
        "Harbour board backs north pier plan\n\nHarbour board backs new north pier plan\n\n"
        "By Greta Holm\n\n" + _LEAD,
        {"title": "Harbour board backs north pier plan", "subtitle": None},
        id="headline-again-with-a-word-added",
    ),
    pytest.param(
        "Harbour board backs north pier plan | Coastal Herald\n\n"
        "Harbour board backs north pier plan\n\n" + _LEAD,
        {"title": "Harbour board backs north pier plan", "body": "Delegates from"},
        id="page-title-with-the-outlet-over-the-headline",
    ),
    pytest.param(
        "Harbour board backs north pier plan\n\nHarbour board backs the north pier plan but asks the city to "
        "pay for the dredging first\n\nBy Greta Holm\n\n" + _LEAD,
        {
            "subtitle": "Harbour board backs the north pier plan but asks the city to pay for the "
            "dredging first"
        },
        id="standfirst-that-opens-with-the-headline-stays-a-standfirst",
    ),
    # --- bylines
    pytest.param(
        "Harbour plan wins support\n\nBy Greta Holm and Ravi Menon | Reuters\n\n" + _LEAD,
        {
            "authors": ["Greta Holm", "Ravi Menon"],
            "byline": "Greta Holm and Ravi Menon | Reuters",
            "source": "Reuters",
        },
        id="by-names-and-agency-after-a-bar",
    ),
    pytest.param(
        "El puerto aprueba su plan\n\nPor Ana Vidal, Luis Pardo y Eva Soler | EFE\n\n"
        "El consejo del puerto ha aprobado este martes el plan de ampliación del muelle norte.\n",
        {"authors": ["Ana Vidal", "Luis Pardo", "Eva Soler"], "source": "EFE"},
        id="three-names-after-por-and-the-agency-after-a-bar",
    ),
    pytest.param(
        "Harbour plan wins support\n\nCompiled by Noel Byrne from wire reports\n\nCORK, March 3 (Reuters) - "
        + _LEAD,
        {"authors": ["Noel Byrne"], "byline": "Noel Byrne", "source": "Reuters", "place": "CORK"},
        id="compiled-from-wire-reports",
    ),
    pytest.param(
        "Harbour plan wins support\n\nAFP Staff\nMarch 4, 2025\n\n" + _LEAD,
        {"byline": "AFP Staff", "authors": [], "source": "AFP", "body": "Delegates from"},
        id="agency-staff-credit-without-by",
    ),
    pytest.param(
        "Hafenplan findet Zustimmung\n\nVon unserer Korrespondentin Lena Voss, Hamburg\n\n"
        "Die Delegierten aus elf Ländern haben sich am Dienstag auf einen gemeinsamen Plan geeinigt.\n",
        {"authors": ["Lena Voss"], "body": "Die Delegierten"},
        id="german-our-correspondent-before-the-name",
    ),
    pytest.param(
        "Le port adopte son plan\n\nPar notre envoyé spécial à Marseille, Hugo Lenoir\n\n"
        "Les délégués de onze pays se sont mis d'accord mardi sur un plan commun pour le port.\n",
        {"authors": ["Hugo Lenoir"], "body": "Les délégués"},
        id="french-special-envoy-before-the-name",
    ),
    pytest.param(
        "El puerto aprueba su plan\n\nDe nuestra corresponsal en Lima\n\n"
        "El consejo del puerto ha aprobado este martes el plan de ampliación del muelle norte.\n",
        {"byline": "De nuestra corresponsal en Lima", "authors": [], "body": "El consejo"},
        id="spanish-correspondent-named-by-place-only",
    ),
    pytest.param(
        "Harbour plan wins support\n\nBy Greta Holm\nand Ravi Menon\n\n" + _LEAD,
        {"authors": ["Greta Holm", "Ravi Menon"], "body": "Delegates from"},
        id="second-name-on-the-next-line",
    ),
    pytest.param(
        "Harbour plan wins support\n\nBy Greta Holm\nAnd then the board voted.\n\n" + _LEAD,
        {"authors": ["Greta Holm"], "byline": "Greta Holm"},
        id="sentence-opening-with-and-under-a-byline-adds-no-name",
    ),
    pytest.param(
        "Harbour plan wins support\n\nText: Greta Holm, Photos: Ravi Menon\n\n" + _LEAD,
        {"authors": ["Greta Holm"], "byline": "Greta Holm"},
        id="photographer-credited-after-the-writer",
    ),
    pytest.param(
        "Harbour plan wins support\n\nGreta Holm and Ravi Menon, Reuters\nMarch 4, 2025\n\n" + _LEAD,
        {"authors": ["Greta Holm", "Ravi Menon"], "source": "Reuters", "subtitle": None},
        id="bare-names-and-agency-over-the-date",
    ),
    pytest.param(
        "Harbour plan wins support\n\nGreta Holm in Oslo and Ravi Menon in Chennai\n4 Mar 2025 14.02 GMT\n\n"
        + _LEAD,
        {"byline": "Greta Holm in Oslo and Ravi Menon in Chennai", "authors": ["Greta Holm", "Ravi Menon"]},
        id="each-name-with-its-place-in-the-byline",
    ),
    pytest.param(
        "Harbour plan wins support\n\nGreta Holm, Oslo; Ravi Menon, Beijing\n4 March 2025\n\n" + _LEAD,
        {"authors": ["Greta Holm", "Ravi Menon"]},
        id="cities-between-semicolons-are-no-authors",
    ),
    # --- a wire's closing credit is read at the end, not as the byline
    pytest.param(
        "Harbour plan wins support\n\nDelegates from eleven countries met on Tuesday, officials said.\n\n"
        "They agreed on a plan.\n\n"
        "Reporting by Greta Holm in Oslo; Writing by Ravi Menon; Editing by Tom Orr",
        {"byline": None, "subtitle": None, "authors": ["Greta Holm", "Ravi Menon"], "body": "Delegates from"},
        id="closing-credit-under-two-paragraphs",
    ),
    pytest.param(
        "Harbour plan wins support\n\nDelegates from eleven countries met on Tuesday and agreed on a plan "
        "for the harbour, officials said after the talks.\n\nReporting by Greta Holm",
        {"byline": None, "authors": ["Greta Holm"], "body": "Delegates from"},
        id="closing-credit-as-the-last-line-of-a-one-paragraph-story",
    ),
    # --- dates
    pytest.param(
        "Le port adopte son plan\n\nPublié le 4 mars 2025 à 14h02 - Mis à jour le 5 mars à 08h10\n\n"
        "Les délégués de onze pays se sont mis d'accord mardi sur un plan commun pour le port.\n",
        {"published": "2025-03-04T14:02:00", "updated": "2025-03-05T08:10:00"},
        id="revision-without-its-year-on-the-line-of-the-publication",
    ),
    pytest.param(
        "Harbour plan wins support\n\nPublished 4 March 2021\nUpdated 5 March\n\n" + _LEAD,
        {"published": "2021-03-04", "updated": "2021-03-05"},
        id="revision-without-its-year-takes-the-printed-year",
    ),
    pytest.param(
        "Harbour plan wins support\n\nPublished 30 December 2024 | Updated 2 January\n\n" + _LEAD,
        {"published": "2024-12-30", "updated": "2025-01-02"},
        id="revision-without-its-year-across-new-year",
    ),
    pytest.param(
        "Harbour plan wins support\n\nGreta Holm Transport correspondent\nWed 5 Mar 2025 18.40 GMT\n"
        "First published on Wed 5 Mar 2025 07.15 GMT\n\n" + _LEAD,
        {"published": "2025-03-05T07:15:00+00:00", "updated": "2025-03-05T18:40:00+00:00"},
        id="first-published-under-the-latest-revision",
    ),
    pytest.param(
        "Harbour plan wins support\n\nDelegates agreed on the harbour plan today.\n",
        {"published": None, "body": "Delegates agreed"},
        id="short-sentence-with-today-is-no-date-line",
    ),
    pytest.param(
        "The Harbour Briefing\nTuesday, March 4, 2025\n\nBoard backs the north pier plan\n\nBy Greta Holm\n\n"
        "Good morning. " + _LEAD,
        {"title": "Board backs the north pier plan", "published": "2025-03-04", "authors": ["Greta Holm"]},
        id="newsletter-name-and-weekday-date-over-the-headline",
    ),
    pytest.param(
        "Harbour plan wins support\nLink: https://news.example.org/harbour\nPublished: Tue, 04 Mar 2025 "
        "14:02:00 +0000\nAuthor: Greta Holm\n"
        "Description: Delegates agreed on a shared plan for the harbour.\n\n" + _LEAD,
        {"subtitle": "Delegates agreed on a shared plan for the harbour.", "authors": ["Greta Holm"]},
        id="feed-description-under-the-other-fields",
    ),
]


class TestParseHeaderWires:
    """parse_header on the sixth case table."""

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_case(self, text: str, expected: dict[str, Any]) -> None:
        """Every expected field of the row is what the parser finds."""
        assert_fields(text, expected, REF)

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_round_trip(self, text: str, expected: dict[str, Any]) -> None:
        """Every span the header carries is exactly the text at its offsets."""
        assert_spans_round_trip(text, REF)


class TestArabicDates:
    """Arabic month names, of Egypt and the Gulf and of the Levant, are read like the others."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            pytest.param("4 مارس 2025", "2025-03-04", id="gulf-name"),
            pytest.param("4 آذار 2025", "2025-03-04", id="levant-name"),
            pytest.param("12 تشرين الثاني 2024", "2024-11-12", id="levant-name-of-two-words"),
        ],
    )
    def test_month(self, text: str, want: str) -> None:
        from geoquote._dates import parse_date

        parsed = parse_date(text)
        assert parsed is not None and parsed.value == want


def test_dateline_date_of_arabic_copy() -> None:
    """The date between an Arabic dateline's place and its agency is the dateline's date."""
    text = "اتفاق على خطة الميناء\n\nالدوحة في 04 مارس /قنا/ اتفق المندوبون اليوم على خطة الميناء.\n"
    h = parse_header(text, reference_date=REF)
    assert h.dateline is not None and h.dateline.date is not None
    assert h.dateline.date.value == "2025-03-04"
    assert h.source is not None and h.source.name == "QNA"
