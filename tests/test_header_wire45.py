"""Header lines met in the forty-fifth session's copy: the UN's press releases, African and Middle Eastern
English-language outlets, Ukrainian and Russian exile outlets in English, Brussels outlets, and pages in
Arabic, Hebrew, Persian, Japanese, Korean and Chinese. Tops written for these tests."""

from __future__ import annotations

import datetime

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2

UN_HEADLINE = "Security Council Extends Mandate of Mission in South Sudan for One Year"
UN_OFFICE = "Meetings Coverage and Press Releases"


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["SC/15500", "29 November 2026", UN_OFFICE, UN_HEADLINE], id="symbol-date-office"),
        pytest.param([UN_OFFICE, "SC/15500", "29 November 2026", UN_HEADLINE], id="office-symbol-date"),
        pytest.param([UN_OFFICE, "29 November 2026", "GA/EF/3600", UN_HEADLINE], id="office-date-symbol"),
        pytest.param(["SG/SM/23100-OBV/2300", "29 November 2026", UN_HEADLINE], id="joint-symbol"),
        pytest.param(["S/RES/2810 (2026)", "29 November 2026", UN_HEADLINE], id="resolution-symbol"),
        pytest.param([UN_HEADLINE, "29 November 2026", "SC/15500"], id="guard-symbol-under"),
    ],
)
def test_a_un_press_releases_symbol_and_office_over_the_headline_are_no_title(lines: list[str]) -> None:
    """The symbol a UN press release is filed under ("SC/15500") and the name of the office that issues it,
    printed over the headline with the day, are furniture: the headline under them is the title, and no
    part of them is an author."""
    header = parse_header("\n\n".join([*lines, BODY, BODY_2]))
    assert header.title is not None and header.title.text == UN_HEADLINE
    assert header.authors == ()
    assert header.published is not None and header.published.value == "2026-11-29"


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["SC/15500", "29 November 2026"], id="un-symbol"),
        pytest.param(["Press Release", "29 November 2026"], id="press-release"),
        pytest.param(["29 November 2026", "Press Release"], id="press-release-under-date"),
        pytest.param(["Press release | 29 November 2026"], id="press-release-dated"),
        pytest.param(["FOR IMMEDIATE RELEASE", "29 November 2026"], id="immediate"),
        pytest.param(["29 November 2026"], id="guard-date-alone"),
    ],
)
def test_a_release_mark_under_the_headline_is_neither_byline_nor_source(lines: list[str]) -> None:
    """A press release's mark printed under its headline ("Press Release", "SC/15500") is furniture: no
    byline, no source, no standfirst, and the date beside it is the release's."""
    header = parse_header("\n\n".join(["Ministry Opens New Clinic", *lines, BODY, BODY_2]))
    assert header.byline is None and header.source is None and header.subtitle is None
    assert header.published is not None and header.published.value == "2026-11-29"


def test_a_release_mark_over_a_byline_leaves_the_byline() -> None:
    """The byline under a release mark is still read."""
    text = "\n\n".join(
        ["Ministry Opens New Clinic", "FOR IMMEDIATE RELEASE", "By Jane Doe", "29 Nov 2026", BODY]
    )
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Jane Doe"]
    assert header.subtitle is None


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Mail & Guardian", "Mail & Guardian", id="ampersand"),
        pytest.param(UN_OFFICE, UN_OFFICE, id="and"),
        pytest.param("Reuters and AFP", "Reuters", id="guard-two-agencies"),
    ],
)
def test_an_outlet_whose_name_holds_a_joining_word_is_one_source(credit: str, source: str) -> None:
    """A listed outlet whose name holds "and" or "&" ("Mail & Guardian"), alone under the headline, is the
    source, not two credits and never two people; two agencies joined by "and" stay two credits."""
    header = parse_header("\n\n".join([UN_HEADLINE, credit, "29 November 2026", BODY, BODY_2]))
    assert header.authors == ()
    assert header.source is not None and header.source.name == source


_JA_LEAD = "政府は緊急措置をさらに3か月延長すると発表した。電力網への攻撃の危険があるためだという。"
_ZH_LEAD = "政府表示，由於電網遭受攻擊的風險，將把緊急措施再延長三個月，並加強各地的防護。"


@pytest.mark.parametrize(
    ("headline", "date_line", "lead", "published"),
    [
        pytest.param("政府、緊急措置を延長", "令和8年11月29日", _JA_LEAD, "2026-11-29", id="reiwa"),
        pytest.param(
            "政府、緊急措置を延長",
            "令和8年11月29日 17時02分",
            _JA_LEAD,
            "2026-11-29T17:02:00",
            id="reiwa-time",
        ),
        pytest.param("政府、緊急措置を延長", "平成30年4月1日（日）", _JA_LEAD, "2018-04-01", id="heisei"),
        pytest.param("政府、緊急措置を延長", "令和元年5月1日", _JA_LEAD, "2019-05-01", id="reiwa-first-year"),
        pytest.param("政府將緊急措施延長", "民國115年11月29日", _ZH_LEAD, "2026-11-29", id="minguo"),
        pytest.param(
            "政府將緊急措施延長", "中華民國115年11月29日 星期日", _ZH_LEAD, "2026-11-29", id="minguo-full"
        ),
        pytest.param("政府將緊急措施延長", "115年11月29日", _ZH_LEAD, None, id="bare-minguo-year-no-date"),
        pytest.param("政府、緊急措置を延長", "2026年11月29日", _JA_LEAD, "2026-11-29", id="guard-gregorian"),
    ],
)
def test_a_date_in_a_japanese_era_or_minguo_year_is_read_in_its_calendar(
    headline: str, date_line: str, lead: str, published: str | None
) -> None:
    """A date whose year an East Asian era counts ("令和8年", "民國115年") is read in that era (Reiwa 8 is
    2026, Minguo 115 is 2026), not as the month and day of the reference year; a year no era names
    ("115年") gives no date rather than a wrong one."""
    text = "\n\n".join([headline, date_line, lead, lead])
    header = parse_header(text, reference_date=datetime.date(2024, 3, 1))
    assert (header.published.value if header.published else None) == published


_HE_HEADLINE = "הממשלה מאריכה את מצב החירום"
_HE_LEAD = "הממשלה הודיעה ביום ראשון כי תאריך את צעדי החירום לשלושה חודשים נוספים בשל הסכנה לרשת החשמל."


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param("מאת יעל כהן", ["יעל כהן"], id="by"),
        pytest.param("מאת: יעל כהן ודני לוי", ["יעל כהן", "דני לוי"], id="by-colon-and"),
        pytest.param("מאת: יעל כהן, דני לוי ורונית שמש", ["יעל כהן", "דני לוי", "רונית שמש"], id="three"),
        pytest.param("כתבה: רונית שמש", ["רונית שמש"], id="correspondent"),
        pytest.param("מאת ג'ורג' חדאד", ["ג'ורג' חדאד"], id="geresh"),
        pytest.param("מאת יעל ורדי", ["יעל ורדי"], id="guard-surname-opening-with-vav"),
        pytest.param(
            "מאת הכתבים והעורכים של המערכת שלנו בירושלים ובתל אביב הגיע דיווח חדש", [], id="guard-sentence"
        ),
    ],
)
def test_a_hebrew_byline_names_its_writers(byline: str, authors: list[str]) -> None:
    """A Hebrew page's byline after "מאת" ("by") or "כתבה:" ("correspondent") gives its writers, the "ו"
    ("and") glued to the last name split off only between names of two words; a sentence is no byline."""
    header = parse_header("\n\n".join([_HE_HEADLINE, byline, "29.11.2026 14:02", _HE_LEAD, _HE_LEAD]))
    assert [a.name for a in header.authors] == authors
    assert header.published is not None and header.published.value == "2026-11-29T14:02:00"


_LEAD_AFTER_PLACE = (
    " The police said on Sunday they had arrested six people after the clashes in the city centre."
)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        pytest.param("Cape Town -", "Cape Town", id="za"),
        pytest.param("Port Harcourt —", "Port Harcourt", id="ng"),
        pytest.param("Benin City -", "Benin City", id="ng-benin"),
        pytest.param("Dar es Salaam -", "Dar es Salaam", id="tz-particle"),
        pytest.param("Sharm el-Sheikh -", "Sharm el-Sheikh", id="eg-particle"),
        pytest.param("Kryvyi Rih —", "Kryvyi Rih", id="ua"),
        pytest.param("Deir al-Balah —", "Deir al-Balah", id="gaza"),
        pytest.param("Cape Coast -", "Cape Coast", id="gh"),
        pytest.param("East London -", None, id="guard-unlisted-two-words"),
        pytest.param("Jane de Souza -", None, id="guard-person-with-particle"),
    ],
)
def test_a_large_city_of_two_words_in_mixed_case_opens_the_lead_as_its_dateline(
    opening: str, place: str | None
) -> None:
    """A large African, Ukrainian or Middle Eastern city that is no capital, printed in mixed case before a
    dash ("Port Harcourt —"), with a small word of its name between ("Dar es Salaam"), is the dateline's
    place; two capitalised words the list does not hold are not."""
    text = "\n\n".join(
        ["Police arrest six after clashes", "By Jane Doe", "29 November 2026", opening + _LEAD_AFTER_PLACE]
    )
    header = parse_header(text)
    assert (header.dateline.place if header.dateline else None) == place
    assert [a.name for a in header.authors] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("credit", "source", "authors"),
    [
        pytest.param("Source: GNA", "GNA", [], id="gh-short"),
        pytest.param("Source: Ghana News Agency", "GNA", [], id="gh-full"),
        pytest.param("News Agency of Nigeria", "NAN", [], id="ng-full-alone"),
        pytest.param("Source: Kenya News Agency", "KNA", [], id="ke-full"),
        pytest.param("Saudi Press Agency", "SPA", [], id="sa-full-not-cut"),
        pytest.param("Source: Emirates News Agency", "WAM", [], id="ae-full"),
        pytest.param("WAFA", "WAFA", [], id="ps-short-alone"),
        pytest.param("By Kwame Mensah | GNA", "GNA", ["Kwame Mensah"], id="gh-after-bar"),
        pytest.param("By Ena Morales", None, ["Ena Morales"], id="guard-given-name"),
    ],
)
def test_african_and_middle_eastern_national_agencies_are_sources_never_persons(
    credit: str, source: str | None, authors: list[str]
) -> None:
    """The national agencies of Ghana, Nigeria, Kenya, Ethiopia, Sudan, Palestine and the Gulf states, by
    their short signs ("GNA", "WAFA") or their full English names ("Saudi Press Agency"), are the source
    and never an author; a given name that spells like one stays a person's."""
    text = "\n\n".join(["Parliament approves 2027 budget", credit, "29 November 2026", BODY, BODY_2])
    header = parse_header(text)
    assert (header.source.name if header.source else None) == source
    assert [a.name for a in header.authors] == authors


def test_an_agency_sign_after_the_day_closes_a_ghanaian_dateline() -> None:
    """The Ghana News Agency signs its dateline after the day with no brackets ("Accra, Nov. 29, GNA -")."""
    lead = "Accra, Nov. 29, GNA - The Parliament approved the budget on Sunday after a long debate."
    header = parse_header("\n\n".join(["Parliament approves 2027 budget", "29 November 2026", lead, BODY_2]))
    assert header.dateline is not None and header.dateline.place == "Accra"
    assert header.source is not None and header.source.name == "GNA"


@pytest.mark.parametrize(
    ("byline", "authors", "place"),
    [
        pytest.param(
            "By Adaeze Nwosu, Abuja and Ifeanyi Okafor, Lagos",
            ["Adaeze Nwosu", "Ifeanyi Okafor"],
            "Abuja",
            id="and",
        ),
        pytest.param(
            "By Adaeze Nwosu, Abuja & Ifeanyi Okafor, Lagos",
            ["Adaeze Nwosu", "Ifeanyi Okafor"],
            "Abuja",
            id="amp",
        ),
        pytest.param(
            "By Adaeze Nwosu, Kano, Ifeanyi Okafor, Lagos and Bola Ade, Ibadan",
            ["Adaeze Nwosu", "Ifeanyi Okafor", "Bola Ade"],
            "Kano",
            id="three-commas",
        ),
        pytest.param(
            "By Adaeze Nwosu and Ifeanyi Okafor, Lagos",
            ["Adaeze Nwosu", "Ifeanyi Okafor"],
            "Lagos",
            id="guard-one",
        ),
        pytest.param(
            "By Adaeze Nwosu, Chioma Eze and Ifeanyi Okafor",
            ["Adaeze Nwosu", "Chioma Eze", "Ifeanyi Okafor"],
            None,
            id="guard-no-places",
        ),
    ],
)
def test_each_writer_of_a_byline_with_the_city_they_filed_from(
    byline: str, authors: list[str], place: str | None
) -> None:
    """A Nigerian paper's byline gives each writer with the city they filed from ("By A B, Abuja and C D,
    Lagos"): the cities are no writers, and the first is where the story was filed."""
    header = parse_header(
        "\n\n".join(["Governors back new revenue formula", byline, "Nov 29, 2026", BODY, BODY_2])
    )
    assert [a.name for a in header.authors] == authors
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By Omar Haddad and News Agencies", ["Omar Haddad"], None, id="writer-and-agencies"),
        pytest.param("Al Jazeera and news agencies", [], "Al Jazeera", id="outlet-and-agencies"),
        pytest.param("Al Jazeera Staff and News Agencies", [], "Al Jazeera", id="staff-and-agencies"),
        pytest.param("By News Agencies", [], None, id="agencies-alone"),
        pytest.param("By Omar Haddad and Reuters", ["Omar Haddad"], "Reuters", id="guard-named-agency"),
    ],
)
def test_news_agencies_credited_without_a_name_are_a_desk_not_an_outlet(
    credit: str, authors: list[str], source: str | None
) -> None:
    """ "News Agencies" credited beside a writer or an outlet, as Al Jazeera prints it, names no outlet: it
    is no source, and the outlet beside it still is; an agency named there is."""
    header = parse_header("\n\n".join([UN_HEADLINE, credit, "Published On 29 Nov 2026", BODY, BODY_2]))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Clara Dubois Euractiv", ["Clara Dubois"], "Euractiv", id="brussels-one-word"),
        pytest.param("By Clara Dubois Euractiv", ["Clara Dubois"], "Euractiv", id="by"),
        pytest.param("Clara Dubois Politico Europe", ["Clara Dubois"], "Politico Europe", id="two-words"),
        pytest.param("Sipho Dlamini Daily Maverick", ["Sipho Dlamini"], "Daily Maverick", id="za"),
        pytest.param("Thandeka Mokoena News24", ["Thandeka Mokoena"], "News24", id="brand-digits"),
        pytest.param("Yael Ben-Ami Haaretz", ["Yael Ben-Ami"], "Haaretz", id="il"),
        pytest.param("Jane Doe Reuters", ["Jane Doe"], "Reuters", id="agency-no-by"),
        pytest.param("By Mary Kate Forbes", ["Mary Kate Forbes"], None, id="guard-surname-is-an-outlet"),
        pytest.param("By Emma Louise Fox", ["Emma Louise Fox"], None, id="guard-middle-name"),
    ],
)
def test_a_listed_outlet_glued_after_the_writers_name_is_the_source(
    credit: str, authors: list[str], source: str | None
) -> None:
    """A listed outlet or agency printed after the writer's name with no separator ("Clara Dubois
    Euractiv"), as a page's dump joins the byline's two spans, is the source and no part of the name; a
    surname that is an outlet's name after a given name and a middle name ("Mary Kate Forbes") stays."""
    header = parse_header(
        "\n\n".join(["Commission unveils grid package", credit, "Nov 29, 2026 17:02", BODY])
    )
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    "topic",
    [
        pytest.param("Humanitarian Aid", id="aid"),
        pytest.param("Human Rights", id="rights"),
        pytest.param("UN Affairs", id="affairs"),
        pytest.param("Economic Development", id="development"),
        pytest.param("Sustainable Development", id="sdg"),
        pytest.param("Migrants and Refugees", id="refugees"),
    ],
)
def test_a_topic_beside_the_date_is_no_writer(topic: str) -> None:
    """A topic the UN's news pages print beside the date ("Humanitarian Aid", "Human Rights") has the shape
    of a name of two capitalised words, but names no person."""
    text = "\n\n".join(["Sudan: UN relief chief warns of famine", "29 November 2026", topic, BODY, BODY_2])
    header = parse_header(text)
    assert header.authors == ()
    assert header.published is not None and header.published.value == "2026-11-29"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param("Ruth Aidoo", ["Ruth Aidoo"], id="surname-opening-with-a-topic"),
        pytest.param("Kanye West", ["Kanye West"], id="surname-a-direction"),
    ],
)
def test_names_near_a_topic_word_stay_names(byline: str, authors: list[str]) -> None:
    """Names whose words only open like a topic's ("Aidoo") are still read."""
    text = "\n\n".join(["Sudan: UN relief chief warns of famine", byline, "29 November 2026", BODY, BODY_2])
    assert [a.name for a in parse_header(text).authors] == authors


_KO_LEAD = "정부는 29일 전력망 공격 위험을 이유로 비상 조치를 3개월 더 연장한다고 밝혔다."
_ZH_CN_LEAD = "政府29日表示，由于电网遭受攻击的风险，将把紧急措施再延长三个月，并加强各地的防护。"


@pytest.mark.parametrize(
    ("headline", "date_line", "lead", "published", "updated"),
    [
        pytest.param(
            "정부, 비상조치 3개월 연장",
            "기사입력 2026-11-29 17:02 | 최종수정 2026-11-29 18:10",
            _KO_LEAD,
            "2026-11-29T17:02:00",
            "2026-11-29T18:10:00",
            id="ko-last-revised",
        ),
        pytest.param(
            "政府将紧急措施延长三个月",
            "发布时间：2026-11-29 17:02 最后更新：2026-11-29 18:10",
            _ZH_CN_LEAD,
            "2026-11-29T17:02:00",
            "2026-11-29T18:10:00",
            id="zh-last-updated",
        ),
        pytest.param(
            "정부, 비상조치 3개월 연장",
            "입력 2026.11.29 17:02",
            _KO_LEAD,
            "2026-11-29T17:02:00",
            None,
            id="guard-entered-only",
        ),
    ],
)
def test_a_korean_or_chinese_last_revised_label_dates_the_revision(
    headline: str, date_line: str, lead: str, published: str, updated: str | None
) -> None:
    """Korean "최종수정" and Chinese "最后更新" ("last revised", "last updated") label the revision's time,
    beside the time the story was entered."""
    header = parse_header("\n\n".join([headline, "김민수 기자", date_line, lead, lead]))
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated


_AR_HEADLINE = "الحكومة تمدد حالة الطوارئ"
_AR_LEAD = (
    "قالت الحكومة يوم الأحد إنها ستمدد الإجراءات الطارئة ثلاثة أشهر أخرى بسبب خطر الهجمات على شبكة الكهرباء."
)
_FA_LEAD = "دولت روز یکشنبه اعلام کرد که اقدامات اضطراری را سه ماه دیگر تمدید می‌کند زیرا خطر حمله وجود دارد."


@pytest.mark.parametrize(
    ("opening", "lead", "place"),
    [
        pytest.param("القاهرة - ", _AR_LEAD, "القاهرة", id="ar-cairo"),
        pytest.param("رام الله – ", _AR_LEAD, "رام الله", id="ar-two-words"),
        pytest.param("تهران - ", _FA_LEAD, "تهران", id="fa-tehran"),
        pytest.param("الحكومة - ", _AR_LEAD, None, id="guard-no-city"),
        pytest.param("القاهرة- ", _AR_LEAD, None, id="guard-glued-dash-of-a-wire"),
    ],
)
def test_an_arabic_or_persian_city_and_a_dash_open_the_lead_as_its_dateline(
    opening: str, lead: str, place: str | None
) -> None:
    """A known city in Arabic or Persian letters and a dash, with no agency, opening the lead ("القاهرة -
    ...") is its dateline, and the body starts after the dash; a word that is no city is no place."""
    text = "\n\n".join([_AR_HEADLINE, "29/11/2026", opening + lead, lead])
    header = parse_header(text)
    assert (header.dateline.place if header.dateline else None) == place
    if place is not None:
        assert text[header.body_start :].startswith(lead[:10])


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param("By David Okafor  Associated Press", "Associated Press", id="agency-two-blanks"),
        pytest.param("By Clara Dubois   Euractiv", "Euractiv", id="outlet-three-blanks"),
        pytest.param("By David Okafor Associated Press", "Associated Press", id="guard-one-blank"),
    ],
)
def test_a_glued_credit_after_more_than_one_blank_quotes_its_own_characters(byline: str, source: str) -> None:
    """The span of an agency or outlet glued after the writer's name is where it stands, whatever the blanks
    before it: the source's text is the caller's characters at its offsets."""
    text = "\n\n".join(["Commission unveils grid package", byline, "Nov 29, 2026", BODY, BODY_2])
    header = parse_header(text)
    assert header.source is not None and header.source.name == source
    assert text[header.source.start : header.source.end] == header.source.text == source


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param("本报记者 王海明", ["王海明"], id="this-papers-reporter"),
        pytest.param("记者 王海明", ["王海明"], id="reporter-blank"),
        pytest.param("新华社记者 王海明", ["王海明"], id="agencys-reporter"),
        pytest.param("記者 山田太郎", ["山田太郎"], id="traditional"),
        pytest.param("记者 调查发现政府将延长措施", [], id="guard-sentence"),
        pytest.param(
            "本报记者 王海明 李娜",
            ["王海明", "李娜"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="only one name after a blank is read: a blank also parts a Japanese family name "
                "from the given name ('山田 太郎'), so several Chinese names between blanks stay unread",
            ),
            id="several-names",
        ),
    ],
)
def test_a_chinese_reporters_word_and_a_name_after_a_blank_is_a_byline(
    byline: str, authors: list[str]
) -> None:
    """The word "记者" ("reporter"), maybe after the paper's or the agency's word ("本报记者"), then one name
    after a blank is a Chinese paper's byline; a sentence after the word is none."""
    text = "\n\n".join(["政府将紧急措施延长三个月", byline, "2026年11月29日 17:02", _ZH_CN_LEAD, _ZH_CN_LEAD])
    assert [a.name for a in parse_header(text).authors] == authors
