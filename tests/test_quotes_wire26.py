"""Speakers, clauses and media in Nordic, Baltic, Canadian, Latin American, Central Asian, Balkan, Middle
Eastern, African, East Asian, broadcast and fact-checking copy (sentences written for these tests; people, and
outlets where the reading does not depend on a real one, invented): who holds a role noun, and who of a body,
a legislature, a quoted faction or a text an outlet has seen speaks; Arabic, African and Malay styles of
names; second ranks and heirs as other offices; a guest answering a host; where a reported clause begins and
ends (counts, clauses of time, ', but' and a quotation, a fact-check's verdict, the writer's comment); and
more hearers and media. See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

from ._speaker_helpers import headed_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ilse Marrow, president of the Dunmore Farmers Association, told LRT the rules were unfair. "
            "President Tomas Reyland backed the government's decision. “Our security comes first,” the "
            "president told journalists.",
            ("Tomas Reyland", "role"),
            id="a-new-holder-opens-a-sentence",
        ),
        pytest.param(
            "Ilse Marrow, president of the Dunmore Farmers Association, told LRT the rules were unfair. "
            "She met President Tomas Reyland on Monday. “Our security comes first,” the president told "
            "journalists.",
            ("Ilse Marrow", "role"),
            id="a-holder-named-in-passing-keeps-the-speaker",
        ),
        pytest.param(
            "Foreign Minister Ilse Marrow said the talks were useful. She will meet Foreign Minister Tomas "
            "Reyland on Friday. “We need time,” the foreign minister said.",
            ("Ilse Marrow", "role"),
            id="a-counterpart-as-object",
        ),
    ],
)
def test_a_role_noun_is_the_holder_who_opened_a_sentence_since(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speaker(text) == expected


def _name(sentence: str) -> str | None:
    """The canonical name of the speaker of the sentence's one quotation."""
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    return q.speaker.name if q.speaker is not None else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ilse Marrow, an epidemiologist at the Oswaldo Cruz Foundation (Fiocruz), said the data held.",
            "Ilse Marrow",
            id="the-body-s-short-name-in-brackets",
        ),
        pytest.param(
            "Political analyst Anna Marin of the University of the Witwatersrand said the count was close.",
            "Anna Marin",
            id="a-body-named-with-two-of-phrases",
        ),
        pytest.param(
            "Ilse Marrow of Harvard University said the count was close.",
            "Ilse Marrow",
            id="an-unknown-given-name-then-of-a-university",
        ),
        pytest.param(
            "Analyst Ilse Marrow of the Nairobi-based think tank Africa Policy Lab said the clip was edited.",
            "Ilse Marrow",
            id="a-body-described-before-its-name",
        ),
        pytest.param(
            "Anna Marin of the daily Kommersant said the count was close.",
            "Anna Marin",
            id="guard-an-outlet-described-before-its-name",
        ),
        pytest.param(
            "Royal Bank of Canada said rates would hold.",
            "Royal Bank of Canada",
            id="guard-a-bank-of-a-state",
        ),
        pytest.param(
            "The Islamic Republic of Iran News Agency said the count was close.",
            "Islamic Republic of Iran News Agency",
            id="guard-an-agency-of-a-state",
        ),
    ],
)
def test_a_person_of_a_body_speaks_not_the_body(sentence: str, expected: str) -> None:
    assert _name(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Adel al-Hakimi said the talks had stalled. Hakimi added that the truce was over.",
            "Adel al-Hakimi",
            id="the-family-name-without-its-article",
        ),
        pytest.param(
            "Trade Minister Omar al-Hamwi arrived on Monday. For his part, Al Hamwi said ties were strong.",
            "Omar al-Hamwi",
            id="the-article-written-apart",
        ),
        pytest.param(
            "Sayyed Jawad al-Musawi said the factions must hand over their weapons.",
            "Jawad al-Musawi",
            id="the-honorific-sayyed",
        ),
    ],
)
def test_an_arabic_family_name_with_or_without_its_article_is_one_person(text: str, expected: str) -> None:
    assert _name(text) == expected


def _reported(sentence: str) -> tuple[str, str | None, str | None]:
    """The text of the sentence's last quotation, and its speaker's mention and name."""
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    sp = q.speaker
    mention = sp.mention.text if sp is not None and sp.mention is not None else None
    return (q.text, mention, sp.name if sp is not None else None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The minister held a telephone call with his Hungarian counterpart, the press service of the "
            "Kazakh Foreign Ministry reported.",
            (
                "The minister held a telephone call with his Hungarian counterpart",
                "the press service of the Kazakh Foreign Ministry",
                "Kazakh Foreign Ministry",
            ),
            id="the-press-service-of-a-body",
        ),
        pytest.param(
            "The central bank kept its main rate at 13.5 percent, the regulator's press service said.",
            ("The central bank kept its main rate at 13.5 percent", "the regulator's press service", None),
            id="a-noun-s-possessive-before-the-unit",
        ),
    ],
)
def test_a_press_service_reports_the_clause_before_it(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _reported(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Minister of Energy of the Republic of Azerbaijan Elnur Valiyev met his Georgian counterpart in "
            "Baku. “Green energy is our future,” the minister said.",
            ("Elnur Valiyev", "role"),
            id="an-office-of-a-republic-titles-the-holder",
        ),
        pytest.param(
            "Minister of Energy of the Republic of Azerbaijan Elnur Valiyev met Ilse Marrow in Baku. He said "
            "the cable would be laid by 2029.",
            ("Elnur Valiyev", "pronoun"),
            id="the-holder-is-a-person-for-a-pronoun",
        ),
    ],
)
def test_a_long_office_before_a_name_titles_its_holder(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    "office", ["Member of the Milli Majlis", "Deputy of the Jogorku Kenesh", "Member of the Knesset"]
)
def test_a_member_of_a_legislature_named_in_its_own_language_speaks(office: str) -> None:
    assert _name(f"{office} Rauf Aliyarli said the visit was a provocation.") == "Rauf Aliyarli"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ivo Marin, a lawmaker, shared the image. One user told the fact-checkers he had seen it "
            "everywhere. “I assumed it was real,” he said.",
            (None, "pronoun"),
            id="he-is-the-unnamed-user",
        ),
        pytest.param(
            "“We are anxious,” said another Twitter user, Anna Marin.",
            ("Anna Marin", "named"),
            id="a-user-named",
        ),
    ],
)
def test_a_user_who_posts_is_a_person(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The lawyer said his client was ready to cooperate, but “does not intend to take the blame”.",
            "his client was ready to cooperate, but “does not intend to take the blame",
            id="a-quoted-predicate",
        ),
        pytest.param(
            "Marin said the party had filed 200 complaints, but “not one of them has been heard”.",
            "the party had filed 200 complaints, but “not one of them has been heard",
            id="a-quoted-clause",
        ),
        pytest.param(
            "Marin said the party had filed 200 complaints, but the commission rejected them.",
            "the party had filed 200 complaints",
            id="guard-an-unquoted-contrast-still-ends-it",
        ),
    ],
)
def test_but_and_a_quotation_go_on_with_the_reported_clause(sentence: str, expected: str) -> None:
    quotes = find_quotes("Harbour talks\n\n" + sentence)
    assert [q.text for q in quotes] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The Arab League on Sunday renewed its call for an immediate ceasefire.",
            ("an immediate ceasefire", "renewed its call for"),
            id="its-call",
        ),
        pytest.param(
            "Protesters in Ashland renewed calls for early elections.",
            ("early elections", "renewed calls for"),
            id="calls",
        ),
    ],
)
def test_a_renewed_call_reports_what_it_calls_for(sentence: str, expected: tuple[str, str]) -> None:
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    assert (q.text, q.cue.text if q.cue is not None else None) == expected


def test_a_renewed_loan_is_no_call() -> None:
    assert not find_quotes("Harbour talks\n\nThe bank renewed its loan for another year.")


def test_a_wire_slug_is_no_part_of_a_headline_s_report() -> None:
    q = find_quotes("INSIGHT-Harbour strikes drain arsenals, officials say\n\nThe story went on.")[-1]
    assert q.text == "Harbour strikes drain arsenals"


def _addressee(sentence: str) -> str | None:
    """The hearer or medium of the sentence's last quotation, as written."""
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    return q.addressee.text if q.addressee is not None else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "“This is routine work,” Marin said in an email to NRK.", "in an email to NRK", id="email-to"
        ),
        pytest.param(
            "“We are turning north,” Marin told news agency TT.", "news agency TT", id="news-agency-x"
        ),
        pytest.param(
            "Marin said in declarations to the press that the deal was good news.",
            "in declarations to the press",
            id="declarations-to-the-press",
        ),
        pytest.param(
            "Speaking to the ANI news agency, Marin said the video was staged.",
            "the ANI news agency",
            id="speaking-to-an-agency-and-its-kind",
        ),
        pytest.param(
            "In a statement read on state television, the council said it would not allow a split.",
            "on state television",
            id="a-statement-read-on-television",
        ),
        pytest.param("“Harbour cannot afford strife,” Marin said in a tweet.", "in a tweet", id="in-a-tweet"),
        pytest.param(
            "Marin told host Ivo Reyland a harbour deal was close.", "host Ivo Reyland", id="told-host-x"
        ),
        pytest.param(
            "Marin claimed in a livestream on YouTube that the ministry was hiding data.",
            "in a livestream on YouTube",
            id="in-a-livestream",
        ),
    ],
)
def test_more_hearers_and_media(sentence: str, expected: str) -> None:
    assert _addressee(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Ilse Marrow said the talks were useful. “We need time,” the vice president said.",
            (None, "none"),
            id="the-vice-president-is-not-the-president",
        ),
        pytest.param(
            "Foreign Minister Ilse Marrow said the talks were useful. “We need time,” the deputy foreign "
            "minister said.",
            (None, "none"),
            id="the-deputy-is-not-the-minister",
        ),
        pytest.param(
            "Foreign Minister Prince Tomas Reyland told the council that talks were moving. The Crown Prince "
            "stressed the kingdom's position.",
            (None, "none"),
            id="the-crown-prince-is-no-other-prince",
        ),
        pytest.param(
            "Crown Prince Tomas Reyland arrived in Ashland. The crown prince said ties were strong.",
            ("Tomas Reyland", "role"),
            id="guard-the-crown-prince",
        ),
    ],
)
def test_a_second_rank_or_an_heir_is_another_office(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Another opposition deputy, Levon Tadevosyan of the “Pativ Unem” faction, told ARMENPRESS that 40 "
        "families had left.",
        "Levon Tadevosyan of the “Pativ Unem” faction told ARMENPRESS that 40 families had left.",
    ],
)
def test_a_member_of_a_body_named_in_quotation_marks_speaks(sentence: str) -> None:
    assert _name(sentence) == "Levon Tadevosyan"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Ato Berhe Gidey Hailu said the return had stalled.", "Berhe Gidey Hailu", id="ato"),
        pytest.param("Weyzero Letay Kahsay said the return had stalled.", "Letay Kahsay", id="weyzero"),
        pytest.param("Maître Oumar Tangara said the ruling was unlawful.", "Oumar Tangara", id="maitre"),
        pytest.param("Honourable Grace Ndjabu said the measure had failed.", "Grace Ndjabu", id="honourable"),
        pytest.param("Mzee Saitoti told The Citizen the land was theirs.", "Saitoti", id="mzee"),
    ],
)
def test_african_honorifics_come_off_the_name(sentence: str, expected: str) -> None:
    assert _name(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "A medical official said at least 11 civilians, including four children, were killed.",
            "at least 11 civilians, including four children, were killed",
            id="at-least-then-an-aside",
        ),
        pytest.param(
            "Harbour officials reported at least 20 victims, most of them dockers, at the pier.",
            "at least 20 victims, most of them dockers, at the pier",
            id="reported-at-least",
        ),
    ],
)
def test_a_count_after_the_cue_opens_the_reported_clause(sentence: str, expected: str) -> None:
    assert find_quotes("Harbour talks\n\n" + sentence)[-1].text == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Gunmen stormed a hotel in Ashland, after an attack left 17 people dead, officials said.",
            "Gunmen stormed a hotel in Ashland, after an attack left 17 people dead",
            id="a-main-clause-then-a-clause-of-time",
        ),
        pytest.param(
            "Later in the broadcast, after the interview ended, Marin stated that the report was bad.",
            "the report was bad",
            id="guard-a-circumstance-opening-the-sentence",
        ),
    ],
)
def test_a_clause_of_time_after_the_main_clause_is_reported_with_it(sentence: str, expected: str) -> None:
    assert find_quotes("Harbour talks\n\n" + sentence)[-1].text == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param(
            "Senator's claim that crime “tripled” in Ashland is false",
            "crime “tripled” in Ashland",
            id="is-false",
        ),
        pytest.param(
            "Mayor's claim that the city ended homelessness needs context",
            "the city ended homelessness",
            id="needs-context",
        ),
    ],
)
def test_a_fact_check_s_verdict_is_no_part_of_the_claim(headline: str, expected: str) -> None:
    assert find_quotes(f"{headline}\n\nThe claim spread online this week.")[0].text == expected


def test_a_claim_that_something_was_false_keeps_its_clause() -> None:
    assert find_quotes("Harbour talks\n\nThe senator claimed that the report was false.")[0].text == (
        "the report was false"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither claim could be independently verified.",
        "Either claim could be true, officials in Ashland think.",
    ],
)
def test_a_cue_word_after_neither_or_either_is_a_noun(sentence: str) -> None:
    assert all(q.cue is None or q.cue.text != "claim" for q in find_quotes("Harbour talks\n\n" + sentence))


def test_without_evidence_between_the_cue_and_its_clause() -> None:
    q = find_quotes(
        "Harbour talks\n\nMarin claimed without evidence in a livestream that the ministry was hiding data."
    )[-1]
    assert q.text == "the ministry was hiding data"


@pytest.mark.parametrize("noun", ["statement", "view", "prediction"])
def test_the_writer_s_comment_on_the_clause_is_no_part_of_it(noun: str) -> None:
    sentence = f"Marin said pensions had doubled in Ashland, a {noun} contradicted by official data."
    assert find_quotes("Harbour talks\n\n" + sentence)[-1].text == "pensions had doubled in Ashland"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param("A letter obtained by CNN said the talks had failed.", "A letter", id="obtained-by"),
        pytest.param(
            "An internal memo seen by Reuters said the talks had failed.", "An internal memo", id="seen"
        ),
        pytest.param(
            "A confidential document reviewed by The Associated Press says the talks had failed.",
            "A confidential document",
            id="reviewed-by-an-agency",
        ),
    ],
)
def test_a_text_an_outlet_has_seen_speaks_not_the_outlet(sentence: str, mention: str) -> None:
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text if q.speaker.mention else None) == (None, mention)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The Gulf Cooperation Council (GCC) on Sunday condemned the strikes on Ashland.",
            "Gulf Cooperation Council",
            id="a-body-and-its-short-name",
        ),
        pytest.param(
            "Senator Ilse Marrow (D-Ore.) on Monday said the harbour bill was dead.",
            "Ilse Marrow",
            id="a-senator-and-her-party-tag",
        ),
    ],
)
def test_a_time_after_a_bracket_before_the_cue(sentence: str, expected: str) -> None:
    assert _name(sentence) == expected


def test_a_party_and_seat_tag_in_brackets_after_an_apposed_name() -> None:
    sentence = "The Minority Leader, Hon. Ivo Marin (PDP, Enugu), argued that the bank had failed."
    assert _name(sentence) == "Ivo Marin"


@pytest.mark.parametrize(
    "office",
    ["Minister of Economic Affairs and Information Technology", "Minister of Transport and Communications"],
)
def test_a_portfolio_closing_an_office_is_no_part_of_the_holder_s_name(office: str) -> None:
    assert _name(f"{office} Kristjan Lohmus said the economy was stalling.") == "Kristjan Lohmus"


@pytest.mark.parametrize("when", ["on Monday", "earlier", "last week"])
def test_an_outlet_citing_a_source_after_a_time(when: str) -> None:
    sentence = f"Kyodo News reported {when}, citing a government source, that Ashland had agreed to the plan."
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    assert q.text == "Ashland had agreed to the plan"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "a government source"
    assert q.addressee is not None and q.addressee.text == "Kyodo News"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Marin said on “Face the Harbour” that she had the votes.",
            "she had the votes",
            id="said-on-a-title",
        ),
        pytest.param(
            "Marin, appearing on “Meet the Harbour” after Reyland, said the bill was dead.",
            "the bill was dead",
            id="an-aside-with-a-title",
        ),
    ],
)
def test_a_programme_s_title_in_quotation_marks_before_the_clause(sentence: str, expected: str) -> None:
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    assert (q.text, q.speaker.name if q.speaker else None) == (expected, "Marin")


def test_an_interviewer_puts_a_point_to_the_guest() -> None:
    q = find_quotes(
        "Harbour talks\n\nPresenter Ivo Marin put it to her that the last government had tried it."
    )[-1]
    assert (q.text, q.cue.text if q.cue else None, q.addressee.text if q.addressee else None) == (
        "the last government had tried it",
        "put it to",
        "her",
    )
    assert q.speaker is not None and q.speaker.name == "Ivo Marin"


def test_putting_a_thing_on_the_table_reports_nothing() -> None:
    assert not find_quotes("Harbour talks\n\nMarin put it on the table in Ashland on Monday.")


def test_a_name_in_the_question_put_is_no_speaker() -> None:
    sentence = (
        "Asked about Ashland's response, a senior U.S. administration official, who declined to be "
        "identified, said the sale was routine."
    )
    q = find_quotes("Harbour talks\n\n" + sentence)[-1]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text if q.speaker.mention else None) == (
        None,
        "a senior U.S. administration official",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Treasury Secretary Anna Marin told the network on Sunday that tariffs would stay. "
            "“Is that a yes?” host Ilse Marrow asked. “It is a we will see,” she said, laughing.",
            ("Anna Marin", "pronoun"),
            id="the-guest-answers-the-host",
        ),
        pytest.param(
            "Tomas Reyland spoke in Ashland on Monday. “Who will pay for the pier?” Ivo Marin asked the "
            "crowd. “Ashland,” he said.",
            ("Ivo Marin", "pronoun"),
            id="guard-a-speaker-answers-his-own-question",
        ),
    ],
)
def test_an_interviewer_s_question_is_answered_by_the_guest(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speaker(text) == expected


def test_a_contrast_with_a_subject_of_its_own_after_a_trailing_speaker() -> None:
    sentence = (
        "Envoys will travel to Ashland to seek the release of two sailors, the State Department said "
        "Tuesday, but a spokesman declined to say when the trip would take place."
    )
    quotes = find_quotes("Harbour talks\n\n" + sentence)
    department = [q for q in quotes if q.speaker is not None and q.speaker.name == "State Department"]
    assert [q.text for q in department] == [
        "Envoys will travel to Ashland to seek the release of two sailors"
    ]


def test_a_predicate_going_on_after_a_trailing_speaker() -> None:
    quotes = find_quotes("Harbour talks\n\nThe Europeans are wrong, Marin said, and will regret it.")
    assert [q.text for q in quotes] == ["The Europeans are wrong", "will regret it"]
