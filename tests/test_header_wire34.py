"""Header lines met in the thirty-fourth session's copy: pages pasted from news apps and aggregators,
syndicated copies, broadcasters' web pages, pages in Arabic, Persian, Russian, Chinese and Japanese script,
multi-line bylines and photo credits near the top. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2, HEADLINE, top


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(["Dana Orlova", "BBC News, Kyiv"], ["Dana Orlova"], "BBC News", id="outlet-and-city"),
        pytest.param(
            ["Dana Orlova", "The Kyiv Independent"], ["Dana Orlova"], "The Kyiv Independent", id="the"
        ),
        pytest.param(["Dana Orlova", "Kyiv Independent"], ["Dana Orlova"], "Kyiv Independent", id="no-the"),
        pytest.param(["Dana Orlova", "CBC News"], ["Dana Orlova"], "CBC News", id="cbc"),
        pytest.param(["Dana Orlova", "Reuters"], ["Dana Orlova"], "Reuters", id="agency"),
        pytest.param(["Dana Orlova", "Energy Policy"], [], None, id="guard-section-under-name"),
        pytest.param(["Repairs go on in the east", "BBC News"], [], "BBC News", id="guard-sentence-case"),
        pytest.param(
            ["Grid Repairs Continue", "BBC News"],
            [],
            "BBC News",
            id="title-case-subhead",
            marks=pytest.mark.xfail(
                strict=True, reason="a title-case line of three words has a name's shape"
            ),
        ),
    ],
)
def test_a_bare_name_over_an_outlets_line_is_the_byline(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """A writer's name alone on its line, with the outlet (and the place of filing) on the line under it, is
    the byline, with no "By" and no date near."""
    header = parse_header(top(*lines))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("top", "authors", "source", "place"),
    [
        pytest.param(
            top("Dana Orlova", "BBC Ukrainian, Kyiv"),
            ["Dana Orlova"],
            "BBC Ukrainian",
            "Kyiv",
            id="bbc-language",
        ),
        pytest.param(
            top("By Dana Orlova", "BBC World Service"),
            ["Dana Orlova"],
            "BBC World Service",
            None,
            id="world-service",
        ),
        pytest.param(
            top("Dana Orlova", "BBC Monitoring"), ["Dana Orlova"], "BBC Monitoring", None, id="monitoring"
        ),
        pytest.param(top("By Dana Orlova", "DW News"), ["Dana Orlova"], "DW News", None, id="dw"),
        pytest.param(
            top("Dana Orlova", "Voice of America"), ["Dana Orlova"], "Voice of America", None, id="voa"
        ),
        pytest.param(
            "\n\n".join(["The Independent", HEADLINE, "By Dana Orlova", BODY, BODY_2]),
            ["Dana Orlova"],
            "The Independent",
            None,
            id="masthead-over-headline",
        ),
        pytest.param(top("By Dana Orlova", "Kyiv"), ["Dana Orlova"], None, None, id="guard-city-alone"),
    ],
)
def test_broadcasters_services_are_outlets(
    top: str, authors: list[str], source: str | None, place: str | None
) -> None:
    """A broadcaster's language service or desk ("BBC Ukrainian", "DW News") under the writer's name, or a
    syndicating outlet's name over the headline, is the source, never a person; a city after it is where the
    story was filed."""
    header = parse_header(top)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    assert header.title is not None and header.title.text == HEADLINE
    if place is not None:
        assert header.dateline is not None and header.dateline.place == place


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        pytest.param("30 בנובמבר 2026", "2026-11-30", id="hebrew-with-prefix"),
        pytest.param("2 במרץ 2026, 09:40", "2026-03-02", id="hebrew-march-time"),
        pytest.param("14 ספטמבר 2026", "2026-09-14", id="hebrew-bare"),
        pytest.param("۳۰ نوامبر ۲۰۲۶", "2026-11-30", id="persian-eastern-digits"),
        pytest.param("12 ژوئیه 2026", "2026-07-12", id="persian-july"),
        pytest.param("٣٠ نوفمبر ٢٠٢٦", "2026-11-30", id="guard-arabic"),
        pytest.param("30 noiembrie 2026", "2026-11-30", id="guard-romanian"),
    ],
)
def test_hebrew_and_persian_month_names_date_the_article(date_line: str, published: str) -> None:
    """A date line under the byline printed with a Hebrew month (maybe with its prefix "ב", "in") or a
    Persian name of a Gregorian month is the article's date."""
    header = parse_header(top("By Dana Orlova", date_line))
    assert header.published is not None and header.published.value[:10] == published


_ZH_HEADLINE = "中国与哈萨克斯坦签署天然气过境协议"
_ZH_LEAD = "政府周一表示，将把紧急状态措施再延长三个月，理由是电网仍面临遭受袭击的风险。"
_JA_HEADLINE = "日本とフィリピン 防衛協力で合意"
_JA_LEAD = "政府は月曜日、送電網への攻撃の危険を理由に、緊急措置をさらに3か月延長すると発表した。"
_KO_HEADLINE = "한국과 필리핀, 국방 협력 합의"
_KO_LEAD = "정부는 월요일 전력망 공격 위험을 이유로 비상 조치를 3개월 더 연장한다고 밝혔다."


@pytest.mark.parametrize(
    ("headline", "dateline", "lead", "place", "source", "authors", "day"),
    [
        pytest.param(
            _ZH_HEADLINE,
            "新华社北京11月30日电（记者王海明）",
            _ZH_LEAD,
            "北京",
            "Xinhua",
            ["王海明"],
            "11-30",
            id="xinhua",
        ),
        pytest.param(
            _ZH_HEADLINE,
            "新华社华盛顿30日电（记者 王海明 李娜）",
            _ZH_LEAD,
            "华盛顿",
            "Xinhua",
            ["王海明", "李娜"],
            None,
            id="xinhua-day-only-two-reporters",
        ),
        pytest.param(
            _ZH_HEADLINE,
            "中新网东京11月29日电 ",
            _ZH_LEAD,
            "东京",
            "China News Service",
            [],
            "11-29",
            id="chinanews",
        ),
        pytest.param(_JA_HEADLINE, "【マニラ共同】", _JA_LEAD, "マニラ", "Kyodo", [], None, id="kyodo"),
        pytest.param(_JA_HEADLINE, "【北京時事】", _JA_LEAD, "北京", "Jiji Press", [], None, id="jiji"),
        pytest.param(
            _JA_HEADLINE,
            "【ワシントン＝山田太郎】",
            _JA_LEAD,
            "ワシントン",
            None,
            ["山田太郎"],
            None,
            id="own-correspondent",
        ),
        pytest.param(
            _KO_HEADLINE,
            "(서울=연합뉴스) 김민준 기자 = ",
            _KO_LEAD,
            "서울",
            "Yonhap",
            ["김민준"],
            None,
            id="yonhap",
        ),
        pytest.param(
            _KO_HEADLINE,
            "(워싱턴=연합뉴스) ",
            _KO_LEAD,
            "워싱턴",
            "Yonhap",
            [],
            None,
            id="yonhap-no-reporter",
        ),
    ],
)
def test_cjk_wire_datelines(
    headline: str,
    dateline: str,
    lead: str,
    place: str,
    source: str | None,
    authors: list[str],
    day: str | None,
) -> None:
    """The dateline that opens Chinese, Japanese or Korean wire copy gives the place, the agency (the source,
    by its name in Latin letters), the day when it prints a month, and the reporters it names; the body starts
    after it."""
    text = f"{headline}\n\n{dateline}{lead}\n\n{lead}"
    header = parse_header(text)
    assert header.title is not None and header.title.text == headline
    assert header.dateline is not None and header.dateline.place == place
    assert (header.source.name if header.source else None) == source
    assert [a.name for a in header.authors] == authors
    date = header.dateline.date
    assert (date.value[5:10] if date else None) == day
    assert text[header.body_start :].startswith(lead)


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("新华社记者王海明摄", id="photo-credit-of-the-agency"),
        pytest.param("【図解】日本の防衛費", id="bracketed-label"),
        pytest.param("(서울) 정부는 월요일 발표했다.", id="place-without-agency"),
    ],
)
def test_cjk_lines_that_are_no_dateline(first: str) -> None:
    """A line opening with an agency's name but no dispatch, a bracketed label, or a bracketed place with no
    agency is no dateline."""
    text = f"{_ZH_HEADLINE}\n\n{first}\n\n{_ZH_LEAD}\n\n{_ZH_LEAD}"
    assert parse_header(text).dateline is None


_FA_HEADLINE = "ایران و عمان توافقنامه همکاری انرژی امضا کردند"
_FA_LEAD = "دولت روز دوشنبه اعلام کرد که اقدامات اضطراری را برای سه ماه دیگر تمدید می‌کند."


@pytest.mark.parametrize(
    ("dateline", "place", "source"),
    [
        pytest.param("تهران- ایرنا- ", "تهران", "IRNA", id="irna"),
        pytest.param("مشهد - ایرنا - ", "مشهد", "IRNA", id="irna-spaced"),
        pytest.param("تهران- تسنیم- ", "تهران", "Tasnim", id="tasnim"),
        pytest.param("دمشق-سانا ", "دمشق", "SANA", id="guard-sana"),
        pytest.param("تهران- بازار ", None, None, id="guard-unknown-word"),
    ],
)
def test_persian_agency_datelines(dateline: str, place: str | None, source: str | None) -> None:
    """A place and a Persian agency's own name between dashes open Persian wire copy: the dateline, whose
    agency is the source."""
    text = f"{_FA_HEADLINE}\n\n{dateline}{_FA_LEAD}\n\n{_FA_LEAD}"
    header = parse_header(text)
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.source.name if header.source else None) == source
    if place is not None:
        assert text[header.body_start :].startswith(_FA_LEAD)


_AR_HEADLINE = "الإمارات والسعودية توقعان اتفاقية للتعاون في مجال الطاقة"
_AR_LEAD = "قالت الحكومة يوم الاثنين إنها ستمدد إجراءات الطوارئ لمدة ثلاثة أشهر أخرى بسبب خطر الهجمات."


@pytest.mark.parametrize(
    ("headline", "lines", "lead", "authors"),
    [
        pytest.param(
            _AR_HEADLINE, ["بقلم: أحمد الخطيب", "٣٠ نوفمبر ٢٠٢٦"], _AR_LEAD, ["أحمد الخطيب"], id="arabic-pen"
        ),
        pytest.param(
            _AR_HEADLINE,
            ["بقلم أحمد الخطيب | 30 نوفمبر 2026"],
            _AR_LEAD,
            ["أحمد الخطيب"],
            id="arabic-pen-date",
        ),
        pytest.param(_AR_HEADLINE, ["كتب - أحمد الخطيب"], _AR_LEAD, ["أحمد الخطيب"], id="arabic-wrote-dash"),
        pytest.param(
            _AR_HEADLINE,
            ["كتبت: سارة محمود، أحمد الخطيب"],
            _AR_LEAD,
            ["سارة محمود", "أحمد الخطيب"],
            id="arabic-two",
        ),
        pytest.param(_FA_HEADLINE, ["نویسنده: مریم احمدی"], _FA_LEAD, ["مریم احمدی"], id="persian-writer"),
        pytest.param(_ZH_HEADLINE, ["作者：王海明、李娜"], _ZH_LEAD, ["王海明", "李娜"], id="chinese-author"),
        pytest.param(
            _ZH_HEADLINE, ["2026年11月30日 14:05 作者：王海明"], _ZH_LEAD, ["王海明"], id="chinese-after-date"
        ),
        pytest.param(_ZH_HEADLINE, ["文／王海明"], _ZH_LEAD, ["王海明"], id="chinese-text-slash"),
        pytest.param(
            _KO_HEADLINE, ["김민준 기자 minjun@example.kr"], _KO_LEAD, ["김민준"], id="korean-reporter"
        ),
        pytest.param(
            _AR_HEADLINE,
            ["كتب الرئيس في رسالة إلى البرلمان أن الحكومة ستمدد الإجراءات لثلاثة أشهر أخرى."],
            _AR_LEAD,
            [],
            id="guard-arabic-verb-in-a-sentence",
        ),
        pytest.param(_ZH_HEADLINE, ["记者：谢谢您接受采访"], _ZH_LEAD, [], id="guard-interview-label"),
    ],
)
def test_bylines_in_scripts_without_capitals(
    headline: str, lines: list[str], lead: str, authors: list[str]
) -> None:
    """A byline label of Arabic, Persian, Chinese or Japanese copy ("بقلم", "نویسنده", "作者：") or the Korean
    reporter's word after the name gives the authors, whose names have no capitals to be known by."""
    text = "\n\n".join([headline, "\n".join(lines), lead, lead])
    header = parse_header(text)
    assert header.title is not None and header.title.text == headline
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        pytest.param(
            ["By Dana Orlova", "", "This article originally appeared in The Conversation."],
            "The Conversation",
            id="appeared-in",
        ),
        pytest.param(
            [
                "By Dana Orlova",
                "",
                "This article is republished from The Conversation under a Creative Commons license.",
            ],
            "The Conversation",
            id="republished-under-licence",
        ),
        pytest.param(
            ["By Dana Orlova", "", "This story was first published by ProPublica."],
            "ProPublica",
            id="first-published-by",
        ),
        pytest.param(
            ["Republished with permission from Grist.", "", "By Dana Orlova"], "Grist", id="permission"
        ),
        pytest.param(
            ["By Dana Orlova, Kyiv Post", "", "This story was first published by ProPublica."],
            "Kyiv Post",
            id="byline-outlet-first",
        ),
        pytest.param(
            ["Dana Orlova", "The Kyiv Independent", "Distributed by Tribune Content Agency, LLC."],
            "The Kyiv Independent",
            id="distributor-no-source",
        ),
    ],
)
def test_a_syndicated_copys_notice_is_no_body(lines: list[str], source: str) -> None:
    """The notice of a syndicated copy ("This article originally appeared in ...") under the headline is
    neither standfirst nor body; the outlet that first ran the story is the source when the byline credits
    none, and a distributor never is."""
    text = "\n\n".join([HEADLINE, "\n".join(lines), BODY, BODY_2])
    header = parse_header(text)
    assert [a.name for a in header.authors] == ["Dana Orlova"]
    assert header.source is not None and header.source.name == source
    assert text[header.body_start :].startswith(BODY)


def test_a_syndicated_copys_notice_over_the_headline_is_no_title() -> None:
    """The notice printed over the headline is furniture: the headline under it is the title."""
    text = "\n\n".join(
        ["This article originally appeared on The Conversation.", HEADLINE, "By Dana Orlova", BODY]
    )
    header = parse_header(text)
    assert header.title is not None and header.title.text == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "The report was published on Monday by the ministry, which said the measures would stay.",
            id="report-published-on-a-day",
        ),
        pytest.param(
            "This report was published in Kyiv, where the ministry said the measures would stay.",
            id="place-then-clause",
        ),
    ],
)
def test_sentences_about_publishing_stay_in_the_body(line: str) -> None:
    """A lead that says a report was published somewhere, then goes on, is the body's first paragraph."""
    text = "\n\n".join([HEADLINE, "By Dana Orlova", line, BODY])
    header = parse_header(text)
    assert text[header.body_start :].startswith(line)


_CAPTION = "Firefighters work at the site of a drone strike in Kharkiv, Ukraine, on Sunday."


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            "\n\n".join([f"{_CAPTION}\nIvan Petrenko/Reuters", HEADLINE, "By Dana Orlova", BODY]),
            ["Dana Orlova"],
            id="caption-over-headline-agency-credit",
        ),
        pytest.param(
            "\n\n".join([f"{_CAPTION}\nIvan Petrenko/Getty Images", HEADLINE, "By Dana Orlova", BODY]),
            ["Dana Orlova"],
            id="caption-over-headline-picture-agency",
        ),
        pytest.param(
            "\n\n".join([HEADLINE, f"{_CAPTION}\nIvan Petrenko/Reuters", "By Dana Orlova", BODY]),
            ["Dana Orlova"],
            id="caption-under-headline-then-byline",
        ),
        pytest.param(
            "\n\n".join([HEADLINE, f"{_CAPTION}\nIvan Petrenko / AFP", BODY, BODY_2]),
            [],
            id="caption-and-credit-no-byline",
        ),
        pytest.param(
            "\n\n".join(
                [
                    "Image source, Getty Images\nImage caption, Firefighters at the site of a strike",
                    HEADLINE,
                    "By Dana Orlova",
                    BODY,
                ]
            ),
            ["Dana Orlova"],
            id="broadcasters-image-labels-over-headline",
        ),
        pytest.param(
            "\n\n".join(
                [
                    HEADLINE,
                    "Image caption, Firefighters at the site of a strike in Kharkiv",
                    "By Dana Orlova",
                    BODY,
                ]
            ),
            ["Dana Orlova"],
            id="image-caption-label-under-headline",
        ),
        pytest.param(
            "\n\n".join([HEADLINE, "Dana Orlova/Reuters", BODY, BODY_2]),
            ["Dana Orlova"],
            id="guard-byline-with-agency",
        ),
        pytest.param(
            "\n\n".join([HEADLINE, "Grid repairs go on.\nDana Orlova/TT", BODY, BODY_2]),
            ["Dana Orlova"],
            id="guard-short-line-over-byline",
        ),
        pytest.param(
            "\n\n".join(
                [
                    HEADLINE,
                    "The government extended the emergency by three months on Monday.\nDana Orlova/TT",
                    BODY,
                ]
            ),
            ["Dana Orlova"],
            id="standfirst-over-slashed-byline",
            marks=pytest.mark.xfail(strict=True, reason="a standfirst's sentence has a caption's shape"),
        ),
    ],
)
def test_photo_captions_and_credits_near_the_top(text: str, authors: list[str]) -> None:
    """A photo's caption with its credit under it ("Ivan Petrenko/Reuters"), or a broadcaster's "Image
    caption," and "Image source," lines, over or under the headline are neither title nor byline: the
    photographer is no author."""
    header = parse_header(text)
    assert header.title is not None and header.title.text == HEADLINE
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param("Published by Dana Orlova", ["Dana Orlova"], None, id="person"),
        pytest.param(
            "Published by Dana Orlova on November 30, 2026", ["Dana Orlova"], None, id="person-and-date"
        ),
        pytest.param(
            "Published by Dana Orlova, Kyiv Post", ["Dana Orlova"], "Kyiv Post", id="person-and-outlet"
        ),
        pytest.param("Published by The Kyiv Independent", [], "The Kyiv Independent", id="outlet"),
        pytest.param("Published by AFP on 30/11/2026 at 10:15", [], "AFP", id="agency-and-date"),
        pytest.param(
            "Published by the Ministry of Energy on Monday, the plan sets out repairs to the grid.",
            [],
            None,
            id="guard-sentence",
        ),
    ],
)
def test_published_by_credits_the_writer_or_the_outlet(
    line: str, authors: list[str], source: str | None
) -> None:
    """A news app's "Published by" line under the headline credits a writer (the author) or an outlet or
    agency (the source), not a date's label."""
    header = parse_header(top(line))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("top", "title"),
    [
        pytest.param(f"WORLD | {HEADLINE}", HEADLINE, id="caps-section"),
        pytest.param(f"World News | {HEADLINE}", HEADLINE, id="two-words"),
        pytest.param(f"Europe · {HEADLINE}", HEADLINE, id="region-dot"),
        pytest.param(f"Opinion | {HEADLINE}", HEADLINE, id="opinion"),
        pytest.param(f"Middle East • {HEADLINE}", HEADLINE, id="region-bullet"),
        pytest.param(f"EXCLUSIVE: {HEADLINE}", f"EXCLUSIVE: {HEADLINE}", id="guard-colon-label-kept"),
        pytest.param(f"Grain deal | {HEADLINE}", f"Grain deal | {HEADLINE}", id="guard-topic-kept"),
        pytest.param("World | Grid hit again", "World | Grid hit again", id="guard-short-rest"),
    ],
)
def test_a_section_label_before_a_bar_is_no_part_of_the_title(top: str, title: str) -> None:
    """A section's name glued before the headline with a bar or a dot ("WORLD | ...") is left out of the
    title; a label before a colon, a topic that is no section, or a rest too short for a headline stays."""
    header = parse_header("\n\n".join([top, "By Dana Orlova", BODY, BODY_2]))
    assert header.title is not None and header.title.text == title


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(f"EXCLUSIVE: {HEADLINE}", id="kicker-colon"),
        pytest.param(f"Grain deal | {HEADLINE}", id="topic-bar"),
        pytest.param(f"{HEADLINE} | World News | The Kyiv Independent", id="section-and-outlet-after"),
        pytest.param(f"{HEADLINE} - BBC News", id="guard-outlet-after"),
        pytest.param(HEADLINE.upper(), id="guard-capitals"),
    ],
)
def test_a_headline_repeated_without_its_kicker_is_the_title(first: str) -> None:
    """A page's title line with a kicker before the headline or a section and outlet after it, then the
    headline alone: the headline alone is the title."""
    header = parse_header("\n\n".join([first, HEADLINE, "By Dana Orlova", BODY, BODY_2]))
    assert header.title is not None and header.title.text.casefold() == HEADLINE.casefold()
    assert [a.name for a in header.authors] == ["Dana Orlova"]


@pytest.mark.parametrize(
    ("lines", "place", "published"),
    [
        pytest.param(
            ["By Dana Orlova", "Senior Correspondent, Warsaw"], "Warsaw", None, id="role-comma-city"
        ),
        pytest.param(["Dana Orlova", "Europe Correspondent, Warsaw"], "Warsaw", None, id="bare-name"),
        pytest.param(
            ["By Dana Orlova", "Staff Writer, Kyiv", "November 30, 2026"],
            "Kyiv",
            "2026-11-30",
            id="with-date-under",
        ),
        pytest.param(
            ["By Dana Orlova", "Senior Correspondent", "Warsaw"], "Warsaw", None, id="role-line-then-city"
        ),
        pytest.param(
            ["By Dana Orlova", "Senior Correspondent, Ministry of Energy"], None, None, id="guard-no-city"
        ),
    ],
)
def test_a_writers_title_and_city_under_the_byline(
    lines: list[str], place: str | None, published: str | None
) -> None:
    """A writer's title and a city after a comma on the line under the byline ("Senior Correspondent,
    Warsaw") give the place the story was filed from, the dateline when the story prints none; the writer
    stays the only author."""
    header = parse_header(top(*lines))
    assert [a.name for a in header.authors] == ["Dana Orlova"]
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.published.value[:10] if header.published else None) == published


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        pytest.param("30 Nov 2026 15:45 EAT", "2026-11-30T15:45:00+03:00", id="east-africa"),
        pytest.param("30 Nov 2026, 3:45 PM WAT", "2026-11-30T15:45:00+01:00", id="west-africa-pm"),
        pytest.param("30 Nov 2026 15:45 SAST", "2026-11-30T15:45:00+02:00", id="south-africa"),
        pytest.param("30 Nov 2026 15:45 BRT", "2026-11-30T15:45:00-03:00", id="brasilia"),
        pytest.param("30.11.2026, 15:45 Uhr MEZ", "2026-11-30T15:45:00+01:00", id="german-uhr-mez"),
        pytest.param("30.11.2026 15:45 MESZ", "2026-11-30T15:45:00+02:00", id="german-summer"),
        pytest.param("30 ноября 2026 г., 15:45 МСК", "2026-11-30T15:45:00+03:00", id="moscow-cyrillic"),
        pytest.param("2026年11月30日 15:45 (北京时间)", "2026-11-30T15:45:00+08:00", id="beijing-time"),
        pytest.param("30.11.2026, 15:45 Uhr", "2026-11-30T15:45:00", id="guard-uhr-without-zone"),
        pytest.param("Nov 30, 2026 3:45 PM CST", "2026-11-30T15:45:00", id="guard-ambiguous-cst"),
    ],
)
def test_time_zones_of_africa_south_america_and_the_pages_own_words(date_line: str, published: str) -> None:
    """A time's zone printed by its abbreviation (East, West, Central and South African, Brasília time), by
    the words German, Russian and Chinese pages use ("MEZ", "МСК", "北京时间"), maybe after "Uhr", gives
    the date its offset; an abbreviation two zones share gives none."""
    header = parse_header(top("By Dana Orlova", date_line))
    assert header.published is not None and header.published.value == published


_RU_HEADLINE = "Россия и Казахстан подписали соглашение о транзите газа"
_RU_LEAD = "Правительство в понедельник продлило режим чрезвычайного положения ещё на три месяца."


@pytest.mark.parametrize(
    ("dateline", "place", "authors"),
    [
        pytest.param(
            "АСТАНА, 30 ноя — РИА Новости, Ирина Волкова. ", "АСТАНА", ["Ирина Волкова"], id="correspondent"
        ),
        pytest.param(
            "МОСКВА, 30 ноя — РИА Новости, Анна-Мария Соколова. ",
            "МОСКВА",
            ["Анна-Мария Соколова"],
            id="hyphenated",
        ),
        pytest.param("МОСКВА, 30 ноября — РИА Новости. ", "МОСКВА", [], id="guard-agency-alone"),
    ],
)
def test_a_correspondent_after_the_agency_of_a_dateline(
    dateline: str, place: str, authors: list[str]
) -> None:
    """The correspondent RIA Novosti names after its agency in the dateline ("— РИА Новости, Ирина Волкова.")
    is the author; the agency stays the source and the body starts after the full stop."""
    text = f"{_RU_HEADLINE}\n\n{dateline}{_RU_LEAD}\n\n{_RU_LEAD}"
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == place
    assert header.source is not None and header.source.name == "РИА Новости"
    assert [a.name for a in header.authors] == authors
    assert text[header.body_start :].startswith(_RU_LEAD)


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        pytest.param("۹ آذر ۱۴۰۵", "2026-11-30", id="eastern-digits"),
        pytest.param("9 آذر 1405، 14:05", "2026-11-30T14:05:00", id="persian-comma-time"),
        pytest.param("1 فروردین 1404 ساعت 10:30", "2025-03-21T10:30:00", id="nowruz-hour-word"),
        pytest.param("30 اسفند 1403", "2025-03-20", id="last-day-of-a-year"),
        pytest.param("10 دی 1402", "2023-12-31", id="dey"),
        pytest.param("۳۰ نوامبر ۲۰۲۶ ساعت ۱۴:۰۵", "2026-11-30T14:05:00", id="gregorian-month-hour-word"),
        pytest.param("31 مهر 1405", None, id="guard-no-31st-in-the-seventh-month"),
    ],
)
def test_solar_hijri_dates(date_line: str, published: str | None) -> None:
    """A date of the Solar Hijri calendar, as Iranian and Afghan pages print it, is the Gregorian day it
    falls on; a day the month does not have is no date."""
    header = parse_header(f"{_FA_HEADLINE}\n\n{date_line}\n\n{_FA_LEAD}\n\n{_FA_LEAD}")
    assert (header.published.value if header.published else None) == published


@pytest.mark.parametrize(
    ("byline", "authors", "place"),
    [
        pytest.param("By Dana Orlova in Kyiv", ["Dana Orlova"], "Kyiv", id="in-city"),
        pytest.param("By Dana Orlova, BBC News, in Kyiv", ["Dana Orlova"], "Kyiv", id="outlet-then-in-city"),
        pytest.param(
            "By Dana Orlova and Piotr Zalewski in Warsaw",
            ["Dana Orlova", "Piotr Zalewski"],
            "Warsaw",
            id="two",
        ),
        pytest.param("By Dana Orlova in New York", ["Dana Orlova"], "New York", id="two-word-city"),
        pytest.param(
            "Dana Orlova in Kyiv and Piotr Zalewski in Warsaw",
            ["Dana Orlova", "Piotr Zalewski"],
            None,
            id="guard-each-a-city",
        ),
        pytest.param("By Dana Orlova in Energy Policy", ["Dana Orlova"], None, id="guard-no-city"),
    ],
)
def test_the_city_a_byline_files_from(byline: str, authors: list[str], place: str | None) -> None:
    """The city after a byline's names ("By Dana Orlova in Kyiv", the BBC's "..., BBC News, in Kyiv") is
    where the story was filed: the dateline when the story prints none."""
    header = parse_header(top(byline, "November 30, 2026"))
    assert [a.name for a in header.authors] == authors
    assert (header.dateline.place if header.dateline else None) == place


@pytest.mark.parametrize(
    ("lines", "place", "source"),
    [
        pytest.param(["By Dana Orlova", "Reporting from Kyiv"], "Kyiv", None, id="under-the-name"),
        pytest.param(
            ["By Dana Orlova", "BBC News Ukrainian", "Reporting from Kyiv"],
            "Kyiv",
            "BBC News Ukrainian",
            id="under-outlet",
        ),
        pytest.param(["By Dana Orlova", "Reporting from Tel Aviv"], "Tel Aviv", None, id="two-word-city"),
        pytest.param(["By Dana Orlova", "Reporting from the front line"], None, None, id="guard-no-city"),
    ],
)
def test_reporting_from_a_city_under_the_byline(
    lines: list[str], place: str | None, source: str | None
) -> None:
    """A broadcaster's "Reporting from Kyiv" under the byline, or under the outlet below it, gives the place
    the story was filed from; the writer stays the only author."""
    header = parse_header(top(*lines))
    assert [a.name for a in header.authors] == ["Dana Orlova"]
    assert (header.dateline.place if header.dateline else None) == place
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("byline", "authors", "source"),
    [
        pytest.param("By Dana Orlova Follow", ["Dana Orlova"], None, id="follow"),
        pytest.param("By Dana Orlova + Follow", ["Dana Orlova"], None, id="plus-follow"),
        pytest.param("By Dana Orlova, Reuters Follow", ["Dana Orlova"], "Reuters", id="after-the-agency"),
        pytest.param("By: FRANCE 24 Follow", [], "FRANCE 24", id="after-an-outlet"),
        pytest.param("By Dana Orlova Subscribe", ["Dana Orlova"], None, id="subscribe"),
        pytest.param(
            "By Dana Orlova and Ivo Followell",
            ["Dana Orlova", "Ivo Followell"],
            None,
            id="guard-name-with-the-word",
        ),
    ],
)
def test_a_pages_follow_button_after_the_byline_is_no_name(
    byline: str, authors: list[str], source: str | None
) -> None:
    """The "Follow" or "Subscribe" button a pasted page prints right after the writer's or outlet's name is no
    part of the name."""
    header = parse_header(top(byline))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
