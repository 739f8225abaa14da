"""Quotations in US campaign, court, South and Southeast Asian agency, markets and war copy (sentences written
for these tests; people invented): closing attributions with a place or time, hearers of courts and inquiries,
deeds in a speaker's description, letters after a name, nicknames, headline labels and topics, media of
fragments, filings, notes and broadcasts, people who know, the army and armed groups, plural nouns of saying,
the writer's frame after a speaker, and family names written first. See also the case table in
test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _records(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quotation of the text under a headline."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker is not None else None)
        for q in find_quotes("Budget talks\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Why should we sign a plan nobody has read?” Choi Ha-eun said at a party meeting in Busan.",
            [("direct", "Why should we sign a plan nobody has read?", "Choi Ha-eun")],
            id="where",
        ),
        pytest.param(
            "“Is this the end of the road?” Marta Quill asked during a rally outside the state capitol on "
            "Sunday.",
            [("direct", "Is this the end of the road?", "Marta Quill")],
            id="when-and-where",
        ),
        pytest.param(
            "“Who will pay for it?” Dov Arlen wrote in a March 3 email to senior Treasury staff.",
            [("direct", "Who will pay for it?", "Dov Arlen")],
            id="in-an-email-no-report-of-its-own",
        ),
        pytest.param(
            "“Why was it held at midnight?” Dov Arlen wrote in his blog that the count had been rushed.",
            [
                ("direct", "Why was it held at midnight?", "Dov Arlen"),
                ("indirect", "the count had been rushed", "Dov Arlen"),
            ],
            id="guard-a-report-of-its-own",
        ),
    ],
)
def test_a_closing_attribution_with_a_place_or_time_is_the_question_s(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


def _told(sentence: str) -> tuple[str, str | None]:
    """(text, addressee) of the sentence's one quotation."""
    (q,) = find_quotes("Court report\n\n" + sentence)
    return (q.text, q.addressee.text if q.addressee is not None else None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Lindqvist told the judge the money had been a loan.",
            ("the money had been a loan", "the judge"),
            id="the-judge",
        ),
        pytest.param(
            "He told the judges the prosecution had failed to prove its case.",
            ("the prosecution had failed to prove its case", "the judges"),
            id="the-judges",
        ),
        pytest.param(
            "She told jurors the labels on the crates had been changed.",
            ("the labels on the crates had been changed", "jurors"),
            id="jurors",
        ),
        pytest.param(
            "Okonjo told the inquiry the files were lost in a flood.",
            ("the files were lost in a flood", "the inquiry"),
            id="the-inquiry",
        ),
        pytest.param(
            "The driver told police she had been chased from the car park.",
            ("she had been chased from the car park", "police"),
            id="police",
        ),
        pytest.param(
            "Okonjo told police officials on Monday that she had been followed.",
            ("she had been followed", "police officials"),
            id="police-officials",
        ),
    ],
)
def test_a_court_or_an_inquiry_told_a_clause_without_that(sentence: str, expected: tuple[str, str]) -> None:
    assert _told(sentence) == expected


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, cue) of every quotation of the text under a headline."""
    return [
        (q.text, q.speaker.name if q.speaker is not None else None, q.cue.text if q.cue is not None else None)
        for q in find_quotes("Caucus night\n\n" + text)
    ]


@pytest.mark.parametrize("relative", ["who endorsed her in November", "who backed the senator last year"])
def test_a_deed_in_the_speaker_s_description_takes_no_quotation(relative: str) -> None:
    text = (
        f"“People here want to be asked,” said Gene Harrow, a former county chairman {relative}. "
        "“You don’t win them with a robocall.”"
    )
    assert _speakers(text) == [
        ("People here want to be asked,", "Gene Harrow", "said"),
        ("You don’t win them with a robocall.", "Gene Harrow", "said"),
    ]


def test_a_report_in_the_speaker_s_description_is_the_speaker_s() -> None:
    text = (
        "“People here want to be asked,” said Gene Harrow, a former county chairman who also praised her "
        "plan. “You don’t win them with a robocall.”"
    )
    assert {name for _, name, _ in _speakers(text)} == {"Gene Harrow"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Edwin Lathbury KC told the court the jail was unsafe. He said his client was ill.",
            [("Edwin Lathbury", "named"), ("Edwin Lathbury", "pronoun")],
            id="kc",
        ),
        pytest.param(
            "Joanna Arkwright SC, for the Crown, opened the case. She said the evidence was strong.",
            [("Joanna Arkwright", "pronoun")],
            id="sc-then-she",
        ),
        pytest.param(
            "Alan Treece MP said the bill was flawed. He said it would fail in the Lords.",
            [("Alan Treece", "named"), ("Alan Treece", "pronoun")],
            id="mp",
        ),
        pytest.param("“It will fail,” said Seamus Breen TD.", [("Seamus Breen", "named")], id="td"),
        pytest.param(
            "Adaeze Obiora SAN told the court the charge was void.", [("Adaeze Obiora", "named")], id="san"
        ),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    got = [
        (q.speaker.name, q.speaker.resolution) for q in find_quotes("Court report\n\n" + text) if q.speaker
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Zhao Minghui said here on Thursday that China was ready to work with all sides.",
            ("China was ready to work with all sides", "said"),
            id="said-here-on-a-day-that",
        ),
        pytest.param(
            "The minister said here today that Pakistan wanted lasting peace.",
            ("Pakistan wanted lasting peace", "said"),
            id="said-here-today-that",
        ),
        pytest.param(
            "The minister said here on Monday Pakistan wanted lasting peace.",
            ("Pakistan wanted lasting peace", "said"),
            id="said-here-on-a-day-no-that",
        ),
        pytest.param(
            "Rana Kapoor told delegates here that the pact would hold.",
            ("the pact would hold", "told"),
            id="told-hearers-here-that",
        ),
        pytest.param(
            "The defence countered that Osorio had travelled to Madrid of his own accord.",
            ("Osorio had travelled to Madrid of his own accord", "countered"),
            id="the-defence",
        ),
        pytest.param(
            "She also called upon the secretariat to send a fact-finding mission.",
            ("the secretariat to send a fact-finding mission", "called upon"),
            id="called-upon",
        ),
        pytest.param(
            "Paudel regretted that the regional body had been held hostage for years.",
            ("the regional body had been held hostage for years", "regretted"),
            id="regretted-that",
        ),
    ],
)
def test_agency_and_court_shapes_of_a_report(sentence: str, expected: tuple[str, str]) -> None:
    (q,) = find_quotes("Regional talks\n\n" + sentence)
    assert (q.text, q.cue.text if q.cue is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senator Rosario “Chit” Villamayor said the bill would pass on Monday.",
            [("indirect", "the bill would pass on Monday", "Rosario Villamayor")],
            id="curly",
        ),
        pytest.param(
            'Defense Secretary Arnulfo "Jun" Dimasalang said the government was studying the plan. He said '
            "the study would take a month.",
            [
                ("indirect", "the government was studying the plan", "Arnulfo Dimasalang"),
                ("indirect", "the study would take a month", "Arnulfo Dimasalang"),
            ],
            id="straight-then-he",
        ),
    ],
)
def test_a_nickname_in_quotation_marks_is_part_of_the_name(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


def test_a_title_case_headline_s_quoted_words_are_no_nickname() -> None:
    text = "Governor Calls Senator ‘A Disgrace’ Over Remarks\n\nThe governor spoke on Monday."
    assert any("A Disgrace" in q.text for q in find_quotes(text))


def _headline(title: str) -> list[tuple[str, str | None]]:
    """(text, speaker mention) of the quotations of a headline over one plain sentence."""
    return [
        (q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
        for q in find_quotes(f"{title}\n\nThe hearing resumed on Monday.")
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param(
            "Exclusive — Sen. Colt Danvers: Border Bill Is Amnesty by Another Name",
            [("Border Bill Is Amnesty by Another Name", "Sen. Colt Danvers")],
            id="exclusive-dash-speaker-colon",
        ),
        pytest.param(
            "EXCLUSIVE – Rosa Hartigan: Don’t Trust the Count in Maricopa",
            [("Don’t Trust the Count in Maricopa", "Rosa Hartigan")],
            id="capitals-en-dash",
        ),
        pytest.param(
            "ICC: Militia chief ‘ordered attacks on villages’, prosecutors say",
            [("Militia chief ‘ordered attacks on villages", "prosecutors")],
            id="topic-colon-claim-trailing-speaker",
        ),
        pytest.param(
            "Port scandal: Ex-minister ‘personally signed’ the leases, witness says",
            [("Ex-minister ‘personally signed’ the leases", "witness")],
            id="two-word-topic",
        ),
    ],
)
def test_a_headline_s_label_or_topic_is_no_speaker(
    title: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _headline(title) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Marlow called the payments “textbook self-dealing” in a statement to the Daily Caller.",
            "in a statement to the Daily Caller",
            id="fragment-statement-to",
        ),
        pytest.param(
            "Marlow called it “another fake poll” in a post on Truth Social.",
            "in a post on Truth Social",
            id="fragment-post-on",
        ),
        pytest.param(
            "Marlow called the deal “dead on arrival” in an interview with CNN.",
            "in an interview with CNN",
            id="fragment-interview",
        ),
        pytest.param(
            "Prosecutors said in a separate filing that the minister met the executive six times.",
            "in a separate filing",
            id="in-a-filing",
        ),
        pytest.param(
            "Prosecutors argued in court papers that the law was clear.",
            "in court papers",
            id="in-court-papers",
        ),
        pytest.param(
            "The lawyers argued in their appeal that the trial had been unfair.",
            "in their appeal",
            id="in-their-appeal",
        ),
    ],
)
def test_the_medium_of_a_fragment_or_a_filing(sentence: str, expected: str) -> None:
    (q,) = find_quotes("Court report\n\n" + sentence)
    assert q.addressee is not None and q.addressee.text == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Tomas Reyna wrote to a colleague: “The minister wants his share.”",
            ("The minister wants his share.", "wrote", "to a colleague"),
            id="wrote-to-colon",
        ),
        pytest.param(
            "Tomas Reyna told a colleague: “The minister wants his share.”",
            ("The minister wants his share.", "told", "a colleague"),
            id="told-colon",
        ),
        pytest.param(
            "Tomas Reyna wrote to a colleague that the minister wanted his share.",
            ("the minister wanted his share", "wrote", "to a colleague"),
            id="wrote-to-that",
        ),
        pytest.param(
            "The veterans' league wrote to the senator's office that it had not given permission.",
            ("it had not given permission", "wrote", "to the senator's office"),
            id="a-body-wrote-to-that",
        ),
        pytest.param(
            "Dana Vossberg testified before the Senate Foreign Relations Committee that she was pressured.",
            ("she was pressured", "testified", "before the Senate Foreign Relations Committee"),
            id="testified-before",
        ),
        pytest.param(
            "Dana Vossberg said before the vote that she was pressured.",
            ("she was pressured", "said", None),
            id="guard-before-an-event",
        ),
    ],
)
def test_whom_the_words_were_written_or_given_to(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    (q,) = find_quotes("Court report\n\n" + sentence)
    got = (q.text, q.cue.text if q.cue else None, q.addressee.text if q.addressee else None)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Defense attorney Ruth Amsley said the case was weak. “She lied before,” the lawyer said.",
            ("Ruth Amsley", "role"),
            id="attorney-then-the-lawyer",
        ),
        pytest.param(
            "Ruth Amsley, a lawyer for the family, said the case was weak. “She lied before,” the attorney "
            "said.",
            ("Ruth Amsley", "role"),
            id="lawyer-then-the-attorney",
        ),
        pytest.param(
            "The barrister for the family, Ruth Amsley, said the case was weak. “She lied before,” the "
            "lawyer said.",
            ("Ruth Amsley", "role"),
            id="barrister-then-the-lawyer",
        ),
        pytest.param(
            "Prof Nurul Amin said the talks must resume. “Both sides lose,” the professor said.",
            ("Nurul Amin", "role"),
            id="prof-then-the-professor",
        ),
    ],
)
def test_a_role_noun_of_the_same_office_in_other_words(text: str, expected: tuple[str, str]) -> None:
    q = find_quotes("Court report\n\n" + text)[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == expected


@pytest.mark.parametrize(
    "subject",
    [
        "Ms. Okafor’s deputy, Representative Marcus Villanova of Texas,",
        "Mr. Danvers's rival, Marcus Villanova,",
        "Her deputy, Representative Marcus Villanova of Texas,",
    ],
)
def test_he_after_a_name_apposed_to_a_titled_owner_s_description(subject: str) -> None:
    text = f"Colt Danvers said the bill was dead. {subject} was blunter. “They can’t govern,” he said."
    q = find_quotes("Caucus night\n\n" + text)[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == ("Marcus Villanova", "pronoun")


@pytest.mark.parametrize(
    "office",
    ["Deputy Prime Minister and Minister for Foreign Affairs", "Deputy Prime Minister and Foreign Minister"],
)
def test_two_offices_then_a_time_before_the_cue(office: str) -> None:
    text = f"{office} Ishaq Durrani on Monday stressed that the SCO must evolve."
    assert _records(text) == [("indirect", "the SCO must evolve", "Ishaq Durrani")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sen. Boyd Kettering apologized on Friday. In a statement put out by his office, the senator "
            "said he regretted the remark. “I respect working women,” the statement read.",
            "Boyd Kettering",
            id="a-role-noun-after-the-fronted-statement",
        ),
        pytest.param(
            "In a statement, Dana Ruhl said the port was shut. “All ships must wait,” the statement said.",
            "Dana Ruhl",
            id="a-name-after-the-fronted-statement",
        ),
        pytest.param(
            "The Harbour Ministry met envoys. In a statement, the ministry said the port was shut. “All "
            "ships must wait,” the statement said.",
            "Harbour Ministry",
            id="a-body-after-the-fronted-statement",
        ),
    ],
)
def test_the_statement_speaks_for_whoever_spoke_in_it(text: str, expected: str) -> None:
    q = find_quotes("Port report\n\n" + text)[-1]
    assert q.speaker is not None and q.speaker.name == expected


@pytest.mark.parametrize(
    "subject", ["Aides to Mr. Danvers", "Advisers to Gov. Colt Danvers", "Lawyers for Colt Danvers"]
)
def test_the_people_serving_someone_speak_not_the_one_they_serve(subject: str) -> None:
    (q,) = find_quotes(f"Caucus night\n\nColt Danvers stayed home. {subject} said he was reviewing the bill.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text if q.speaker.mention else None) == (None, subject)


def test_a_given_name_of_both_genders_keeps_either_pronoun() -> None:
    text = "Nurul Alam Chowdhury opened the seminar in Dhaka. He said the talks must resume."
    q = find_quotes("Dhaka seminar\n\n" + text)[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == (
        "Nurul Alam Chowdhury",
        "pronoun",
    )


@pytest.mark.parametrize("subject", ["The two PMs", "Both FMs"])
def test_an_abbreviated_office_in_the_plural_is_no_name(subject: str) -> None:
    (q,) = find_quotes(f"Rail talks\n\n{subject} also agreed that the rail link must be finished.")
    assert q.speaker is not None and q.speaker.name is None


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "Two state banks have stopped taking payments in yuan, people familiar with the matter said.",
            "people familiar with the matter",
            id="people-familiar",
        ),
        pytest.param(
            "The talks have stalled, diplomats briefed on the talks said on Monday.",
            "diplomats briefed on the talks",
            id="diplomats-briefed",
        ),
        pytest.param(
            "The fund will close, several bankers close to the deal said.",
            "several bankers close to the deal",
            id="several-bankers-close",
        ),
    ],
)
def test_unnamed_people_who_know_close_the_sentence(sentence: str, mention: str) -> None:
    (q,) = find_quotes("Bank talks\n\n" + sentence)
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.mention.text) == (None, mention)
    assert q.text == sentence.split(",")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Rapid Support Forces said they had seized the town. The army said its troops had repelled "
            "the attack.",
            None,
            id="a-paramilitary-is-no-army",
        ),
        pytest.param(
            "The Sudanese Armed Forces said they had seized the town. The army said its troops had held the "
            "bridge.",
            "Sudanese Armed Forces",
            id="a-state-s-forces-are-its-army",
        ),
        pytest.param(
            "The Syrian Democratic Forces said they had seized the town. The group said its fighters held "
            "the bridge.",
            "Syrian Democratic Forces",
            id="an-armed-group-is-the-group",
        ),
    ],
)
def test_the_army_is_no_armed_group_named_with_forces(text: str, expected: str | None) -> None:
    q = find_quotes("Front line\n\n" + text)[-1]
    assert q.speaker is not None and q.speaker.name == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The institute assesses that the offensive will stall by spring.",
            ("the offensive will stall by spring", "assesses"),
            id="assesses-that",
        ),
        pytest.param(
            "Analysts previously assessed that the bridge could not be held.",
            ("the bridge could not be held", "assessed"),
            id="assessed-that",
        ),
        pytest.param(
            "A Ukrainian brigade reported that Russian units were using motorcycles.",
            ("Russian units were using motorcycles", "reported"),
            id="a-brigade-reports",
        ),
    ],
)
def test_war_reporting_shapes_of_a_report(sentence: str, expected: tuple[str, str]) -> None:
    (q,) = find_quotes("Front line\n\n" + sentence)
    assert (q.text, q.cue.text if q.cue else None) == expected


def test_assessing_damage_is_no_report() -> None:
    assert find_quotes("Front line\n\nOfficials assessed the damage to the bridge on Monday.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Her day job is at the Harbour Policy Forum, a conservative think tank.", [], id="a-think-tank"
        ),
        pytest.param(
            "Policy as shaped by Washington think tanks lost its hold on the party.",
            [],
            id="think-tanks",
        ),
        pytest.param(
            "“I think tanks will decide the war,” the general said.",
            [("direct", "I think tanks will decide the war,", None)],
            id="guard-i-think",
        ),
    ],
)
def test_think_tank_is_no_cue(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The competing claims could not be independently verified.", [], id="competing-claims"),
        pytest.param("The conflicting reports could not be confirmed.", [], id="conflicting-reports"),
        pytest.param(
            "Dozens of marinas close each year, a slide that the Harbour Boating Institute expects will "
            "continue for years.",
            [("indirect", "will continue for years", "Harbour Boating Institute")],
            id="guard-a-gapped-clause",
        ),
    ],
)
def test_a_plural_noun_of_saying_before_a_modal_is_no_cue(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


def test_he_after_a_subject_given_with_an_age_after_a_leading_phrase() -> None:
    text = (
        "Defence Minister Yossi Amit visited the town on Friday. In Aitaroun, Hussein Haidar, 63, stood in "
        "front of his house. “They took everything,” he said."
    )
    q = find_quotes("Border towns\n\n" + text)[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == ("Hussein Haidar", "pronoun")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Brent could climb further, said Priya Venkat, senior oil analyst at Rystad Energy.",
            "Rystad Energy",
            id="analyst-at-a-firm-of-two-words",
        ),
        pytest.param(
            "The lira will slide, said Emre Ulus, a strategist at BlueBay Asset Management.",
            "BlueBay Asset Management",
            id="strategist-at-a-firm-of-three-words",
        ),
        pytest.param(
            "The rally will fade, said Ana Ruelas, chief economist at Standard Chartered.",
            "Standard Chartered",
            id="chief-economist-at",
        ),
        pytest.param(
            "The war will end soon, said Ana Ruelas, a student at Tel Aviv.", None, id="guard-a-city"
        ),
    ],
)
def test_the_firm_an_analyst_works_at(sentence: str, expected: str | None) -> None:
    (q,) = find_quotes("Markets\n\n" + sentence)
    assert q.speaker is not None and q.speaker.organization == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "She said in a note to clients that rates would rise.",
            "in a note to clients",
            id="a-note-to-clients",
        ),
        pytest.param(
            "Analysts wrote in a research note that rates would rise.",
            "in a research note",
            id="research-note",
        ),
        pytest.param("Analysts wrote in a report that rates would rise.", "in a report", id="a-report"),
        pytest.param("He said on Fox Business that rates would rise.", "on Fox Business", id="fox-business"),
        pytest.param(
            "He said on state television that rates would rise.", "on state television", id="state-television"
        ),
        pytest.param("He said on CNN that rates would rise.", "on CNN", id="a-channel-in-capitals"),
        pytest.param("He said on Monday that rates would rise.", None, id="guard-a-day"),
        pytest.param("He said on Capitol Hill that rates would rise.", None, id="guard-a-place"),
    ],
)
def test_a_note_or_a_broadcast_after_the_cue(sentence: str, expected: str | None) -> None:
    (q,) = find_quotes("Markets\n\n" + sentence)
    assert (q.text, q.addressee.text if q.addressee else None) == ("rates would rise", expected)


def test_a_layout_s_quote_label_is_no_speaker() -> None:
    text = (
        "The commander spoke on Monday.\n\nQuote: “We are holding the line.”\n\n"
        "Quote from Bilenko: “The enemy is exhausted.”"
    )
    speakers = [q.speaker.name if q.speaker else None for q in find_quotes("Front holds\n\n" + text)]
    assert speakers == [None, "Bilenko"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Crude stocks fell by 1.5 million barrels last week, the energy agency said on Wednesday, "
            "against expectations for a build.",
            ["Crude stocks fell by 1.5 million barrels last week"],
            id="against-expectations",
        ),
        pytest.param(
            "Output rose 4% in March, the statistics office said on Friday, the biggest gain in a year.",
            ["Output rose 4% in March"],
            id="the-biggest-gain",
        ),
        pytest.param(
            "She sat two interviews, officials said, the earlier with a consul, the later with an officer.",
            ["She sat two interviews", "the earlier with a consul, the later with an officer"],
            id="guard-an-elaboration-of-the-report",
        ),
    ],
)
def test_the_writer_s_frame_after_a_closing_speaker(sentence: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes("Markets\n\n" + sentence)] == expected


def test_told_a_national_outlet_named_after_its_kind() -> None:
    (q,) = find_quotes(
        "Front line\n\nThe commander told Ukrainian outlet Hromadske that the line was holding."
    )
    assert (q.text, q.addressee.text if q.addressee else None) == (
        "the line was holding",
        "Ukrainian outlet Hromadske",
    )


@pytest.mark.parametrize(
    ("office", "name"),
    [
        pytest.param("Deputy Minister of Foreign Affairs", "Nguyen Thi Thu Hoa", id="four-words"),
        pytest.param("Minister of Industry and Trade", "Tran Van Hung", id="a-complement-with-and"),
        pytest.param("Minister of Foreign Affairs", "Tran Van Hung", id="three-words"),
        pytest.param("Vice Minister of Commerce", "Zhang Wenhui", id="two-words"),
    ],
)
def test_a_family_name_written_first_opens_the_holder_s_name(office: str, name: str) -> None:
    (q,) = find_quotes(f"Trade talks\n\n{office} {name} said the two sides would deepen ties.")
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == (name, office)


@pytest.mark.parametrize("judge", ["district judge Fiona Carrow", "judge Fiona Carrow"])
def test_told_a_judge_named_after_a_lower_case_title(judge: str) -> None:
    (q,) = find_quotes(f"Court report\n\n“We were never told,” Lang told {judge}.")
    assert q.addressee is not None and q.addressee.text == judge


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The health ministry in Gaza said in its daily update that 40 people had been killed.",
            ("The health ministry in Gaza", "in its daily update"),
            id="a-ministry-in-a-place",
        ),
        pytest.param(
            "The health ministry in Khan Younis said in its evening bulletin that the clinic held.",
            ("The health ministry in Khan Younis", "in its evening bulletin"),
            id="a-bulletin",
        ),
    ],
)
def test_a_body_placed_by_its_city_speaks_not_the_city(sentence: str, expected: tuple[str, str]) -> None:
    (q,) = find_quotes("Front line\n\n" + sentence)
    assert q.speaker is not None and q.speaker.mention is not None
    got = (q.speaker.mention.text, q.addressee.text if q.addressee else None)
    assert (q.speaker.name, got) == (None, expected)


@pytest.mark.parametrize("subject", ["Both sides", "The two sides"])
def test_the_sides_of_a_joint_statement_speak(subject: str) -> None:
    text = f"{subject} reiterated their commitment to the peace process."
    (q,) = find_quotes("Joint statement\n\n" + text)
    assert (q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None) == (
        "their commitment to the peace process",
        subject,
    )


@pytest.mark.parametrize("after", ["told CNBC’s “Squawk Box Asia.”", "told NBC’s “Tonight” on Monday."])
def test_a_broadcaster_s_show_closing_the_sentence_is_the_hearer(after: str) -> None:
    text = f"“Rates will rise,” the governor {after}"
    records = find_quotes("Markets\n\n" + text)
    assert [q.text for q in records] == ["Rates will rise,"]
    assert records[0].addressee is not None and records[0].addressee.text.startswith(after.split()[1])
