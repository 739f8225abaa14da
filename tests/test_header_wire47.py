"""Header lines met in the forty-seventh session's copy: the Ethiopian News Agency's dateline, Hebrew-calendar
and Hijri date lines, Japanese and Taiwanese reporters' credits, interview transcripts, Brussels outlets and
headers printed in capitals. Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2, HEADLINE, top

LEAD = "The regional council said on Sunday it would reopen the road to the northern districts."


@pytest.mark.parametrize(
    ("opening", "place", "day"),
    [
        pytest.param("Addis Ababa, November 29/2026 (ENA) ", "Addis Ababa", "2026-11-29", id="no-dash"),
        pytest.param("Mekelle, Nov 29/2026 (ENA) - ", "Mekelle", "2026-11-29", id="dash"),
        pytest.param("Bahir Dar, November 29/2026 (ENA)- ", "Bahir Dar", "2026-11-29", id="glued-dash"),
        pytest.param("Kyiv, 29/11/2026 (Ukrinform) - ", "Kyiv", "2026-11-29", id="day-month-numbers"),
        pytest.param("MOSCOW, March 3. /TASS/. ", "MOSCOW", "2026-03-03", id="guard-slashed-agency"),
    ],
)
def test_a_slash_between_the_day_and_the_year_keeps_the_dateline(opening: str, place: str, day: str) -> None:
    """The Ethiopian News Agency parts the day from the year with a slash ("November 29/2026"): the
    dateline, its place, its agency and its date are read, and the body starts after the agency."""
    text = "\n\n".join([HEADLINE, opening + LEAD, BODY_2])
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == place
    assert header.dateline.date is not None and header.dateline.date.value == day
    assert text[header.body_start :].startswith("The regional council")


def test_a_slashed_date_on_its_own_line_is_the_date() -> None:
    """Guard: the same slashed date on a date line of its own is the published date."""
    header = parse_header(top("By Hana Tesfaye", "November 29/2026"))
    assert header.published is not None and header.published.value == "2026-11-29"
    assert [a.name for a in header.authors] == ["Hana Tesfaye"]


def test_a_slash_between_two_days_is_no_date() -> None:
    """Guard: a slash between two numbers that are no year ("November 29/30") makes no dateline's date."""
    header = parse_header("\n\n".join([HEADLINE, "Addis Ababa, November 29/30 (ENA) " + LEAD, BODY]))
    assert (
        header.dateline is None or header.dateline.date is None or header.dateline.date.value != "2026-11-29"
    )


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("Omar Haddad and news agencies", ["Omar Haddad"], id="news-agencies"),
        pytest.param("Omar Haddad and agencies", ["Omar Haddad"], id="agencies"),
        pytest.param("Omar Haddad with agencies", ["Omar Haddad"], id="with"),
        pytest.param("Omar Haddad & agencies", ["Omar Haddad"], id="ampersand"),
        pytest.param("Omar Haddad and wire services", ["Omar Haddad"], id="wire-services"),
        pytest.param(
            "Omar Haddad, Lina Saleh and news agencies", ["Omar Haddad", "Lina Saleh"], id="guard-comma-first"
        ),
        pytest.param("Omar Haddad, Lina Saleh and Reuters", ["Omar Haddad", "Lina Saleh"], id="guard-agency"),
        pytest.param("Emergency rule and agencies", [], id="guard-no-name"),
    ],
)
def test_a_bare_credit_of_names_and_agencies_is_the_byline(credit: str, authors: list[str]) -> None:
    """A line with no "By" that names the writers and then the agencies in lower case ("Omar Haddad and
    news agencies") is the byline: the names are the authors, the agencies no person; a line whose words
    before the agencies are no name stays no byline."""
    header = parse_header(top(credit, "29 November 2026"))
    assert [a.name for a in header.authors] == authors
    assert (header.byline is not None) == bool(authors)


AR_HEADLINE = "الحكومة تمدد حالة الطوارئ ثلاثة أشهر"
AR_LEAD = "أعلنت الحكومة يوم الأحد أنها ستمدد حالة الطوارئ ثلاثة أشهر أخرى بسبب المخاوف من هجمات جديدة."
AR_MORE = "ولم يقدم المسؤولون تفاصيل أخرى عن الإجراءات."


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Sunday 18 Jumada al-Akhirah 1448", id="hijri-weekday"),
        pytest.param("Sunday, 18 Jumada II 1448 AH", id="hijri-era"),
        pytest.param("Sunday, 28 Kislev 5787", id="hebrew-weekday"),
        pytest.param("Sunday, 28th of Kislev, 5787", id="hebrew-of"),
        pytest.param("Kislev 28, 5787", id="guard-hebrew-month-first"),
        pytest.param("18 Jumada II 1448 AH", id="guard-hijri-bare"),
    ],
)
def test_a_date_of_another_calendar_under_the_headline_is_no_lead(line: str) -> None:
    """A Hijri or Hebrew-calendar date alone under the headline ("Sunday 18 Jumada al-Akhirah 1448") is a
    line of the header: the body starts under it, and no day is read of it."""
    text = top(line)
    header = parse_header(text)
    assert text[header.body_start :].startswith(BODY[:30])
    assert header.subtitle is None and header.published is None


def test_a_hijri_date_in_arabic_under_the_headline_is_no_lead() -> None:
    """The same in Arabic: "الأحد، 18 جمادى الآخرة 1448هـ" under the headline is no paragraph."""
    text = "\n\n".join([AR_HEADLINE, "الأحد، 18 جمادى الآخرة 1448هـ", AR_LEAD, AR_MORE])
    assert text[parse_header(text).body_start :].startswith(AR_LEAD)


def test_a_gregorian_date_and_a_byline_under_a_hijri_date_are_read() -> None:
    """Guard: the Gregorian date and the byline under the Hijri date are read as before."""
    header = parse_header(top("Sunday 18 Jumada al-Akhirah 1448", "29 November 2026", "By Omar Haddad"))
    assert header.published is not None and header.published.value == "2026-11-29"
    assert [a.name for a in header.authors] == ["Omar Haddad"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Ramadan 12 1447 begins with record crowds.", id="sentence"),
        pytest.param("Pilgrims gather in Mecca", id="standfirst"),
    ],
)
def test_a_line_that_only_names_a_month_of_another_calendar_is_not_furniture(line: str) -> None:
    """Guard: a line that goes on after such a date, or names no date, is not skipped as one."""
    text = top(line)
    header = parse_header(text)
    assert header.body_start <= text.index(BODY)
    assert text[header.body_start :].startswith(line) or header.subtitle is not None


ZH_HEADLINE = "政府延長緊急狀態"
ZH_LEAD = "行政院今天宣布延長緊急狀態三個月，以因應可能的攻擊。"
ZH_MORE = "官員未透露細節。"


@pytest.mark.parametrize(
    ("opening", "place", "authors"),
    [
        pytest.param("（中央社記者王海明台北29日電）", "台北", ["王海明"], id="reporter"),
        pytest.param("（中央社記者林美台北29日電）", "台北", ["林美"], id="two-character-name"),
        pytest.param("（中央社記者王海明華盛頓28日電）", "華盛頓", ["王海明"], id="abroad"),
        pytest.param("（中央社記者王海明法蘭克福28日電）", "法蘭克福", ["王海明"], id="unlisted-place"),
        pytest.param("（中央社記者王海明、李娜台北29日電）", "台北", ["王海明", "李娜"], id="two-reporters"),
        pytest.param("（中央社台北29日電）", "台北", [], id="no-reporter"),
        pytest.param(
            "（中央社記者王海明、李娜法蘭克福29日電）",
            "法蘭克福",
            ["王海明", "李娜"],
            id="two-character-name-before-unlisted-place",
            marks=pytest.mark.xfail(
                strict=True, reason="a glued name is taken to be of three characters before an unlisted place"
            ),
        ),
    ],
)
def test_taiwans_cna_dateline_gives_the_agency_the_place_and_the_reporters(
    opening: str, place: str, authors: list[str]
) -> None:
    """Taiwan's Central News Agency opens its copy with the agency, maybe "記者" ("reporter") and the
    reporters' names glued to the place, the day and "電" in brackets: the source is CNA, the place and the
    reporters are read, and the body starts after the brackets."""
    text = "\n\n".join([ZH_HEADLINE, opening + ZH_LEAD, ZH_MORE])
    header = parse_header(text)
    assert header.source is not None and header.source.name == "CNA"
    assert header.dateline is not None and header.dateline.place == place
    assert [a.name for a in header.authors] == authors
    assert all(text[a.start : a.end] == a.name for a in header.authors)
    assert text[header.body_start :].startswith(ZH_LEAD)


def test_xinhuas_dateline_is_read_as_before() -> None:
    """Guard: Xinhua's dateline with the reporter in brackets after it keeps its reading."""
    text = "\n\n".join(
        [
            "政府延长紧急状态",
            "新华社北京11月30日电（记者王海明）国务院今天宣布延长紧急状态。",
            "官员未透露细节。",
        ]
    )
    header = parse_header(text)
    assert header.dateline is not None and header.dateline.place == "北京"
    assert [a.name for a in header.authors] == ["王海明"]
    assert header.source is not None and header.source.name == "Xinhua"


JA_HEADLINE = "政府、非常事態を延長"
JA_LEAD = "政府は29日、非常事態を3カ月延長すると発表した。新たな攻撃への懸念が理由だという。"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("山田太郎記者", ["山田太郎"], id="glued"),
        pytest.param("山田 太郎記者", ["山田 太郎"], id="blank-in-name"),
        pytest.param("山田さくら記者", ["山田さくら"], id="kana-given-name"),
        pytest.param("記者 山田太郎", ["山田太郎"], id="guard-word-first"),
        pytest.param("共同通信記者", [], id="guard-agency-word"),
        pytest.param("本紙記者", [], id="guard-paper-word"),
        pytest.param("政府は記者", [], id="guard-particle"),
    ],
)
def test_a_japanese_name_before_the_word_for_reporter_is_the_byline(line: str, authors: list[str]) -> None:
    """A Japanese paper prints the writer's name before "記者" ("reporter") on a line of its own ("山田太郎
    記者"): the name is the author. The paper's or agency's own word before it ("本紙記者", "共同通信記者")
    names nobody."""
    text = "\n\n".join([JA_HEADLINE, line, "2026年11月29日 17:02", JA_LEAD, "詳細は明らかにしなかった。"])
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert all(text[a.start : a.end] == a.name for a in header.authors)
    assert text[header.body_start :].startswith(JA_LEAD)


QA_QUESTION = "Q: What did the council decide about the northern road, and when will it reopen to traffic?"
QA_ANSWER = (
    "A: We agreed to reopen it next week, once the engineers have checked the two bridges on the route."
)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("This interview has been edited for clarity and length.", id="interview"),
        pytest.param("Edited for brevity and clarity", id="guard-short"),
        pytest.param("(This conversation has been condensed and edited for clarity.)", id="guard-brackets"),
        pytest.param("Editor's note: This transcript has been lightly edited.", id="guard-editors-note"),
        pytest.param("This Q&A has been edited for brevity.", id="q-and-a"),
    ],
)
def test_an_interviews_editing_note_is_no_body(note: str) -> None:
    """An interview's note on its editing under the byline and the date ("This interview has been edited
    for clarity and length.") is a line of the header: the body starts at the first question."""
    text = "\n\n".join([HEADLINE, "By Hana Tesfaye", "November 29, 2026", note, QA_QUESTION, QA_ANSWER])
    header = parse_header(text)
    assert text[header.body_start :].startswith(QA_QUESTION)
    assert [a.name for a in header.authors] == ["Hana Tesfaye"]


def test_a_sentence_about_an_edited_film_is_body() -> None:
    """Guard: a lead sentence that goes on after such words is running text."""
    lead = "This film has been edited for clarity and length by its makers, the festival said on Sunday."
    text = "\n\n".join([HEADLINE, "By Hana Tesfaye", "November 29, 2026", lead, BODY])
    assert text[parse_header(text).body_start :].startswith(lead)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("Host Jan Peeters", ["Jan Peeters"], id="host"),
        pytest.param("Presenter Jan Peeters", ["Jan Peeters"], id="presenter"),
        pytest.param("By Host Jan Peeters", ["Jan Peeters"], id="by-host"),
        pytest.param("Co-host Jan Peeters and Marie Dubois", ["Jan Peeters", "Marie Dubois"], id="co-host"),
        pytest.param("Anchor Jan Peeters", ["Jan Peeters"], id="anchor"),
        pytest.param("By Sarah Host", ["Sarah Host"], id="guard-surname"),
        pytest.param("Jan Peeters, host", ["Jan Peeters"], id="guard-title-after"),
    ],
)
def test_a_presenters_word_before_the_name_is_no_part_of_it(credit: str, authors: list[str]) -> None:
    """A broadcast's or a podcast's page prints the presenter's word before the name ("Host Jan Peeters"):
    the author is the name without it, its span on the name; the word as a surname stays ("Sarah Host")."""
    text = top(credit, "November 29, 2026")
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert all(text[a.start : a.end] == a.name for a in header.authors)


FIRST_TURN = "Good evening. Tonight we look at the plan to reopen the northern road and what it means."


@pytest.mark.parametrize(
    ("label", "opens"),
    [
        pytest.param("HOST:", True, id="host"),
        pytest.param("JAN PEETERS, HOST:", True, id="name-and-role"),
        pytest.param("MARIE DUBOIS:", True, id="name"),
        pytest.param("UPDATE:", False, id="guard-page-label"),
        pytest.param("EDITOR'S NOTE:", False, id="guard-editors-note"),
    ],
)
def test_a_transcripts_first_speaker_label_opens_the_body(label: str, opens: bool) -> None:
    """A transcript's speaker label alone on its line over the first turn ("HOST:") opens the body and is no
    byline; a page's own label ("UPDATE:") is no turn."""
    text = "\n\n".join(
        [HEADLINE, "November 29, 2026", label, FIRST_TURN, "GUEST:", "Thank you for having me."]
    )
    header = parse_header(text)
    assert text[header.body_start :].startswith(label if opens else FIRST_TURN)
    assert header.byline is None and header.authors == ()


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        pytest.param("As told to Jan Peeters", ["Jan Peeters"], id="as-told-to"),
        pytest.param("as told to Jan Peeters", ["Jan Peeters"], id="lower-case"),
        pytest.param("As told to Jan Peeters and Marie Dubois", ["Jan Peeters", "Marie Dubois"], id="two"),
        pytest.param("As told to the court, the plan was flawed", [], id="guard-sentence"),
        pytest.param("Interviewed by Jan Peeters", ["Jan Peeters"], id="guard-interviewed-by"),
    ],
)
def test_the_writer_a_first_person_account_was_told_to_is_the_author(credit: str, authors: list[str]) -> None:
    """A first-person account names the reporter who wrote it down after "As told to": that reporter is
    the author; a sentence opening with the words names nobody."""
    header = parse_header(top(credit, "November 29, 2026"))
    assert [a.name for a in header.authors] == authors


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("By Rwanda News Agency", "Rwanda News Agency", id="news-agency"),
        pytest.param("By Mongolian News Agency", "Mongolian News Agency", id="adjective"),
        pytest.param("By Jan Peeters, Rwanda News Agency", "Rwanda News Agency", id="guard-after-name"),
        pytest.param("By Kyiv Independent news desk", "Kyiv Independent", id="guard-desk"),
    ],
)
def test_an_unlisted_news_agency_is_credited_by_its_whole_name(credit: str, source: str) -> None:
    """An agency the lists do not hold, credited by a name that ends with "News Agency", is the source by
    that whole name: its last word is no desk's ("Rwanda News Agency", not "Rwanda News"); nor a person."""
    header = parse_header(top(credit, "29 November 2026"))
    assert header.source is not None and header.source.text == source
    assert all("Agency" not in a.name for a in header.authors)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("Cyprus Mail", "Cyprus Mail", id="mail"),
        pytest.param("Euro Weekly", "Euro Weekly", id="weekly"),
        pytest.param("By Jan Peeters, Cyprus Mail", "Cyprus Mail", id="after-name"),
        pytest.param("Sarah Weekly", None, id="guard-given-name"),
    ],
)
def test_a_paper_named_mail_or_weekly_is_no_person(credit: str, source: str | None) -> None:
    """A paper whose name closes with "Mail" or "Weekly" ("Cyprus Mail", "Euro Weekly") is the source and
    never an author; after a known given name the words stay a surname ("Sarah Weekly")."""
    header = parse_header(top(credit, "29 November 2026"))
    assert (header.source.text if header.source is not None else None) == source
    assert all(a.name != source for a in header.authors)
