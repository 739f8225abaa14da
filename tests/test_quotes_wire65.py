"""Quotations and speakers in the thirty-third session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes, parse_header
from tests._quote_helpers import cued_records, named_records

_LEAD = "Talks stall over the border\n\n"


def _mentioned(text: str) -> list[tuple[str, str | None, str]]:
    """Each quotation's words, its speaker's canonical name and the mention the sentence uses."""
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else "",
        )
        for q in find_quotes(_LEAD + text)
    ]


def _cued(text: str) -> list[tuple[str, str | None, str, str]]:
    """Each quotation's words, its speaker's canonical name, its cue and its addressee."""
    return cued_records(_LEAD + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The cabinet will vote on the budget on Sunday, Channel 13 news reported.",
            [("The cabinet will vote on the budget on Sunday", "Channel 13")],
            id="a-numbered-channel-and-its-news-service",
        ),
        pytest.param(
            "Talks with the union have stalled, Kan 11 television said on Monday.",
            [("Talks with the union have stalled", "Kan 11")],
            id="a-numbered-channel-and-its-television-service",
        ),
        pytest.param(
            "The strike will go ahead, France 24 reported.",
            [("The strike will go ahead", "France 24")],
            id="guard-a-numbered-channel-alone",
        ),
    ],
)
def test_a_numbered_broadcaster_and_its_service(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Mayor Ram Bahadur Thapa, popularly known as "Ramu", has said that stalls would move.',
            [("stalls would move", "Ram Bahadur Thapa")],
            id="an-adverb-before-known-as",
        ),
        pytest.param(
            'Singer Nadia Qureshi, known to fans as "Nana", said the tour would go on.',
            [("the tour would go on", "Nadia Qureshi")],
            id="known-to-fans-as",
        ),
        pytest.param(
            'The mayor took cash, a witness, identified by the code name "Falcon," told the judges.',
            [("The mayor took cash", None)],
            id="identified-by-a-code-name",
        ),
        pytest.param(
            'The plan, dubbed "Operation Dawn", was approved, the minister said.',
            [('The plan, dubbed "Operation Dawn", was approved', None)],
            id="guard-a-plan-dubbed-in-the-reported-clause",
        ),
    ],
)
def test_a_name_in_quotation_marks_inside_an_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mayor took cash, the witness, a former driver, told the court.",
            [("The mayor took cash", None, "the witness")],
            id="a-description-after-an-unnamed-speaker",
        ),
        pytest.param(
            "The border will reopen, the minister, 58, told reporters.",
            [("The border will reopen", None, "the minister")],
            id="an-age-after-an-unnamed-speaker",
        ),
        pytest.param(
            "The gates were shut, the guard, 41, told reporters.",
            [("The gates were shut", None, "the guard")],
            id="guard-an-age-after-an-unnamed-speaker-no-role-noun",
        ),
        pytest.param(
            "The gates were shut, Omar Darwish, a guard, told reporters.",
            [("The gates were shut", "Omar Darwish", "Omar Darwish")],
            id="guard-a-named-speaker-and-a-description",
        ),
    ],
)
def test_an_unnamed_speaker_with_an_apposition(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _mentioned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"The port is open," Mr Tanaka said. Leilani Kahale, the sister of the missing sailor, spoke '
            'next. "We want answers," she said.',
            [("The port is open,", "Tanaka"), ("We want answers,", "Leilani Kahale")],
            id="a-kin-apposition-introduces-the-next-speaker",
        ),
        pytest.param(
            '"The port is open," Mr Tanaka said. But opposition MP Sione Vaipulu disagreed. "Nobody asked '
            'us," he said.',
            [("The port is open,", "Tanaka"), ("Nobody asked us,", "Sione Vaipulu")],
            id="a-lower-case-title-after-but",
        ),
        pytest.param(
            '"The port is open," Mr Tanaka said. Then district chief Malik Oduya arrived. "We are ready," he '
            "said.",
            [("The port is open,", "Tanaka"), ("We are ready,", "Malik Oduya")],
            id="a-lower-case-title-after-then",
        ),
        pytest.param(
            "The harbour will stay shut, Opposition says.",
            [("The harbour will stay shut", "Opposition")],
            id="guard-the-opposition-alone-speaks",
        ),
    ],
)
def test_a_person_introduced_without_a_cue(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The tariff will be cut in March, highly placed trade sources told the Daily Mirror.",
            [("The tariff will be cut in March", None, "highly placed trade sources")],
            id="highly-placed-sources",
        ),
        pytest.param(
            "The tariff will be cut in March, two well-informed officials said.",
            [("The tariff will be cut in March", None, "two well-informed officials")],
            id="two-well-informed-officials",
        ),
        pytest.param(
            "The tariff will be cut in March, with fuel and rice exempt, officials said.",
            [("The tariff will be cut in March, with fuel and rice exempt", None, "officials")],
            id="an-absolute-phrase-closing-the-reported-clause",
        ),
        pytest.param(
            "Speaking in Colombo, with his deputy beside him, Perera said the tariff would go.",
            [("the tariff would go", "Perera", "Perera")],
            id="guard-a-with-phrase-in-a-circumstance",
        ),
    ],
)
def test_sources_and_a_clause_before_them(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _mentioned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Relief Commissioner Asad Mirza briefed the meeting that 9,000 homes had been flooded.",
            [("9,000 homes had been flooded", "Asad Mirza", "briefed", "the meeting")],
            id="briefed-a-meeting-that",
        ),
        pytest.param(
            "The minister informed the House that the bridge would reopen in May.",
            [("the bridge would reopen in May", None, "informed", "the House")],
            id="informed-the-house-that",
        ),
        pytest.param(
            "The embassy notified the ministry that the visas had been cancelled.",
            [("the visas had been cancelled", None, "notified", "the ministry")],
            id="notified-a-body-that",
        ),
        pytest.param(
            "Relief Commissioner Asad Mirza briefed reporters on the floods.",
            [],
            id="guard-briefed-without-a-clause",
        ),
    ],
)
def test_a_hearer_informed_of_a_clause(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert _cued(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Oslo District Court convicted the former guard on Friday. The verdict ran to 90 pages. "
            "The court said he had shown no remorse.",
            [("he had shown no remorse", "Oslo District Court")],
            id="a-court-named-two-sentences-before",
        ),
        pytest.param(
            "The Oslo District Court convicted the former guard on Friday. The verdict ran to 90 pages. "
            "It was read out in full. Reporters waited outside. The court said he had shown no remorse.",
            [("he had shown no remorse", None)],
            id="guard-a-court-named-four-sentences-before",
        ),
    ],
)
def test_a_body_noun_after_an_intervening_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Finance Minister Rosa Ibarra told reporters:\n\n“Prices will keep falling this year.”",
            [("Prices will keep falling this year.", "Rosa Ibarra", "told", "reporters")],
            id="told-a-hearer-and-a-colon-closing-the-paragraph",
        ),
        pytest.param(
            "The union said in a statement:\n\n“We will not sign this deal.”",
            [("We will not sign this deal.", None, "said", "in a statement")],
            id="a-verb-and-a-medium-before-the-colon",
        ),
        pytest.param(
            "Rosa Ibarra fired back:\n\n“Prices will keep falling this year.”",
            [("Prices will keep falling this year.", "Rosa Ibarra", ":", "")],
            id="guard-no-verb-of-saying-before-the-colon",
        ),
    ],
)
def test_a_verb_closing_the_paragraph_before(
    text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert _cued(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The mayor said the Met Office warning had come "far too late" for the town.',
            [('the Met Office warning had come "far too late" for the town', None)],
            id="a-cue-form-used-as-a-noun-before-its-verb",
        ),
        pytest.param(
            'Senator Ana Vaka said her party backed the plan but wanted "far more detail".',
            [('her party backed the plan but wanted "far more detail', "Ana Vaka")],
            id="a-verb-of-the-reported-clause-quoting-again",
        ),
        pytest.param(
            "All I am asking is that the port stays open, Vaka said.",
            [("All I am asking is that the port stays open", "Vaka")],
            id="guard-a-cleft-with-an-ing-form",
        ),
        pytest.param(
            'Holding signs calling the mayor "a traitor," the protesters chanted "Go home now."',
            [("Go home now.", None)],
            id="guard-a-chant-of-the-sentence-subject",
        ),
    ],
)
def test_words_of_a_reported_clause_no_second_record(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The sentence was proportionate, the panel of judges said in its written ruling, seen by AFP.",
            [("The sentence was proportionate", None, "the panel of judges")],
            id="a-medium-seen-by-an-agency-closing-the-sentence",
        ),
        pytest.param(
            'The tribunal found that the army\'s continued presence in the valley was "unlawful".',
            [("the army's continued presence in the valley was \"unlawful", None, "The tribunal")],
            id="continued-after-a-possessive",
        ),
        pytest.param(
            "The minister repeated her stated aim of a ceasefire by spring.",
            [],
            id="stated-after-her",
        ),
        pytest.param(
            "Its stated goal is a ceasefire by spring, the envoy said.",
            [("Its stated goal is a ceasefire by spring", None, "the envoy")],
            id="guard-stated-after-its-in-the-reported-clause",
        ),
        pytest.param(
            "The envoy said his government continued to back the plan.",
            [("his government continued to back the plan", None, "The envoy")],
            id="guard-continued-as-a-verb",
        ),
    ],
)
def test_participles_that_report_nothing(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _mentioned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sir Alan Morrow, the Liberal Democrat leader, rose next. The Liberal Democrat leader said the "
            "bill was dead.",
            [("the bill was dead", "Alan Morrow")],
            id="an-apposed-title-after-an-honorific-and-a-name",
        ),
        pytest.param(
            "The housing minister, Rhian Pugh, spoke after him. The minister replied that homes were being "
            "built.",
            [("homes were being built", "Rhian Pugh")],
            id="a-portfolio-in-ing-before-the-role-noun",
        ),
        pytest.param(
            "Senator Ann Ruiz, a former teacher, spoke first. The teacher said the school had closed.",
            [("the school had closed", None)],
            id="guard-a-title-before-the-name-keeps-its-place",
        ),
    ],
)
def test_a_title_given_in_a_sentence_without_a_cue(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Party leader Kemal Aydin told his party's parliamentary group that the talks would go on.",
            [("the talks would go on", "Kemal Aydin", "his party's parliamentary group")],
            id="a-hearer-owned-by-a-possessive",
        ),
        pytest.param(
            "Party leader Kemal Aydin told his party that the talks would go on.",
            [("the talks would go on", "Kemal Aydin", "his party")],
            id="guard-a-hearer-without-a-possessive",
        ),
        pytest.param(
            "Ottawa will delay the tariffs, The Globe and Mail reported on Thursday.",
            [("Ottawa will delay the tariffs", "Globe and Mail", "")],
            id="an-outlet-whose-name-holds-and",
        ),
        pytest.param(
            "Ottawa will delay the tariffs, Canada and Mexico said.",
            [("Ottawa will delay the tariffs", "Mexico", "")],
            id="guard-two-states-joined-by-and",
        ),
    ],
)
def test_names_and_hearers_with_inner_words(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [
        (q.text, q.speaker.name if q.speaker else None, q.addressee.text if q.addressee else "")
        for q in find_quotes(_LEAD + text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Asked whether the levy was still "settled", the spokeswoman said ministers were listening.',
            [("ministers were listening", None)],
            id="a-quoted-word-in-the-question-put",
        ),
        pytest.param(
            '"We have come far," she told cheering supporters in Dover.',
            [("We have come far,", None)],
            id="guard-a-quotation-before-the-cue",
        ),
    ],
)
def test_a_question_put_before_the_answer(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Repair costs have doubled since 2020, the committee found.",
            [("Repair costs have doubled since 2020", None)],
            id="a-finding-before-its-finder",
        ),
        pytest.param(
            "Repair costs have doubled since 2020, investigators found.",
            [("Repair costs have doubled since 2020", None)],
            id="a-finding-before-finders-with-no-article",
        ),
        pytest.param("The ledgers, the committee found.", [], id="guard-no-clause-before-the-finder"),
        pytest.param("Repair costs have doubled, the mayor found.", [], id="guard-a-finder-of-no-inquiry"),
    ],
)
def test_a_finding_before_its_finder(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials cannot say whether the grants built new homes.",
            [("whether the grants built new homes", None, "Officials")],
            id="cannot-before-the-cue-is-no-part-of-the-subject",
        ),
        pytest.param(
            "The ministry cannot say whether the grants built new homes, Auditor General Rosa Petit says "
            "in a report.",
            [
                (
                    "The ministry cannot say whether the grants built new homes",
                    "Rosa Petit",
                    "Auditor General Rosa Petit",
                )
            ],
            id="a-speaker-after-a-clause-that-cannot-say",
        ),
        pytest.param(
            "Officials could not say whether the grants built new homes.",
            [("whether the grants built new homes", None, "Officials")],
            id="guard-could-not",
        ),
    ],
)
def test_cannot_before_a_cue(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _mentioned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'More than 80 Tory MPs will rebel, in what one called "a mutiny in plain sight".',
            [('in what one called "a mutiny in plain sight', None)],
            id="a-count-opening-the-paragraph-is-no-speaker",
        ),
        pytest.param(
            'Quist nodded. "It is over."',
            [("It is over.", "Quist")],
            id="guard-a-surname-opening-the-paragraph",
        ),
    ],
)
def test_a_count_opening_a_paragraph(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


def test_a_headline_quotation_before_its_speaker_and_a_colon() -> None:
    text = (
        "‘We got it wrong’: Minister apologises over letters\n\n"
        "Health Minister Lena Okafor apologised on Monday for letters sent to 4,000 patients."
    )
    got = [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert got == [("We got it wrong", "Lena Okafor")]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param(
            "‘Can I respond?’: Interruptions mark rowdy debate", id="guard-a-plural-noun-after-the-colon"
        ),
        pytest.param(
            "‘Poland is no hotel’: Senator Kowal’s remarks spark outrage",
            id="guard-a-possessive-after-the-colon",
        ),
    ],
)
def test_guard_a_headline_quotation_before_no_speaker(headline: str) -> None:
    quotes = find_quotes(headline + "\n\nThe debate ran late into the night in the capital.")
    assert [q.speaker.name if q.speaker else None for q in quotes] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister affirmed the Kingdom's firm support for a two-state solution.",
            [("the Kingdom's firm support for a two-state solution", None)],
            id="affirmed-a-stance-as-its-object",
        ),
        pytest.param(
            "She affirmed that the talks would go on.",
            [("the talks would go on", None)],
            id="guard-affirmed-that",
        ),
        pytest.param(
            "The appeals court affirmed the ruling on Monday.", [], id="guard-a-court-affirmed-a-ruling"
        ),
        pytest.param("The court affirmed his conviction.", [], id="guard-a-court-affirmed-a-conviction"),
    ],
)
def test_affirmed_and_its_object(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sharjah Police have warned residents of a new scam. Over 300 people were targeted, police said.",
            [
                ("a new scam", "Sharjah Police"),
                ("Over 300 people were targeted", "Sharjah Police"),
            ],
            id="bare-police-after-a-force-named-by-place",
        ),
        pytest.param(
            "Police said two men were held. Two more were arrested later, police said.",
            [("two men were held", "Police"), ("Two more were arrested later", None)],
            id="guard-bare-police-after-no-force-named",
        ),
    ],
)
def test_bare_police_after_a_force(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Over 300 families were moved to shelters, officials said.",
            [("Over 300 families were moved to shelters", None)],
            id="over-and-a-count-opening-the-reported-clause",
        ),
        pytest.param(
            "Over the weekend, officials said, 300 families were moved.",
            [("300 families were moved", None)],
            id="guard-over-a-time-opening-a-circumstance",
        ),
    ],
)
def test_over_and_a_count(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The files show officials warned that the cuts would hurt aid programmes.",
            "officials",
            id="a-subject-after-a-documents-verb",
        ),
        pytest.param(
            "The files, obtained by the Star, show officials warned that the cuts would hurt aid programmes.",
            "officials",
            id="a-subject-after-an-aside-and-a-verb",
        ),
        pytest.param(
            "Some advocates for the plan said the cuts would hurt aid programmes.",
            "Some advocates for the plan",
            id="guard-a-plural-noun-after-a-count",
        ),
    ],
)
def test_a_subject_after_another_clauses_verb(text: str, expected: str) -> None:
    last = find_quotes(_LEAD + text)[-1]
    assert last.speaker is not None and last.speaker.mention is not None
    assert last.speaker.mention.text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Adviser Salman Qadir told this scribe that the next tranche was due in May.",
            "this scribe",
            id="told-this-scribe",
        ),
        pytest.param(
            "The vote will be held in March, election official Rafiq Ahmed told dhakawire.com.",
            "dhakawire.com",
            id="told-a-site-by-its-address",
        ),
        pytest.param(
            "The vote will be held in March, election official Rafiq Ahmed told reporters.",
            "reporters",
            id="guard-told-reporters",
        ),
    ],
)
def test_a_hearer_of_south_asian_copy(text: str, expected: str) -> None:
    quotes = find_quotes(_LEAD + text)
    assert [q.addressee.text if q.addressee else None for q in quotes] == [expected]


def test_a_dateline_credits_a_site_by_its_address() -> None:
    text = (
        "Fire kills six\n\nSylhet, Mar 3 (sylhet24.com) -- At least six people died in a blaze, police said."
    )
    header = parse_header(text)
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.agency) == ("Sylhet", "sylhet24.com")
    assert [q.text for q in find_quotes(text, header=header)] == ["At least six people died in a blaze"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The witness, identified only as K-09 for his protection, testified that he was beaten daily.",
            [("he was beaten daily", "K-09")],
            id="a-witness-known-by-a-code",
        ),
        pytest.param(
            "The witness, identified only as Amal R., told the court she had been held for a month.",
            [("she had been held for a month", "Amal R.")],
            id="a-witness-known-by-a-name-and-an-initial",
        ),
        pytest.param(
            "A man, identified only as Yusuf, said the shelling had stopped.",
            [("the shelling had stopped", "Yusuf")],
            id="guard-a-given-name-alone",
        ),
    ],
)
def test_a_witness_known_by_a_code(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


def test_a_south_asian_given_name_tells_he() -> None:
    text = (
        "Trade Minister Raj Sandhu said talks would go on. Sandhu met Commerce Secretary Howard Pell on "
        "Wednesday. He said the meeting was frank."
    )
    assert named_records(_LEAD + text) == [
        ("talks would go on", "Raj Sandhu"),
        ("the meeting was frank", "Raj Sandhu"),
    ]
