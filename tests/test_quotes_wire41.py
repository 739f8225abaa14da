"""Quotations and speakers in the twenty-ninth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import AddressedRow, addressed_records, named_records, said_row

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The coach, Dario Velko, told fans, “We will be back next year.”",
            [("direct", "We will be back next year.", "Dario Velko", "told", "tell", "fans")],
            id="bare-plural-hearer-before-a-comma",
        ),
        pytest.param(
            "Ines Marlow told supporters: “Never again.”",
            [("direct", "Never again.", "Ines Marlow", "told", "tell", "supporters")],
            id="guard-bare-plural-hearer-before-a-colon",
        ),
        pytest.param(
            "Ines Marlow told the crowd, “Never again.”",
            [("direct", "Never again.", "Ines Marlow", "told", "tell", "the crowd")],
            id="guard-determined-hearer-before-a-comma",
        ),
        pytest.param(
            "Ines Marlow told later, “It was a mistake.”",
            [("direct", "It was a mistake.", "Ines Marlow", "told", "tell", None)],
            id="guard-an-adverb-is-no-hearer",
        ),
        pytest.param(
            "Ines Marlow warned bluntly, “It will fail.”",
            [("direct", "It will fail.", "Ines Marlow", "warned", "warn", None)],
            id="guard-an-ly-adverb-is-no-hearer",
        ),
        pytest.param(
            "The mayor, Ines Marlow, said, “Never again.”",
            [("direct", "Never again.", "Ines Marlow", "said", "say", None)],
            id="a-title-apposed-before-the-name-is-not-said",
        ),
        pytest.param(
            "Voters, Ines Marlow said, “will not forgive this.”",
            [
                ("indirect", "Voters", "Ines Marlow", "said", "say", None),
                ("direct", "will not forgive this.", "Ines Marlow", "said", "say", None),
            ],
            id="guard-a-subject-before-the-name-is-said",
        ),
    ],
)
def test_a_short_hearer_before_the_quotation_it_hears(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In a commentary titled “The Invaders Will Pay,” KCNA said the drills rehearsed an attack.",
            [("indirect", "the drills rehearsed an attack", "KCNA", "said", "say", None)],
            id="titled-commentary-then-a-report",
        ),
        pytest.param(
            "In an op-ed headlined “Time to Go,” Senator Hal Brecker argued that the mission had failed.",
            [("indirect", "the mission had failed", "Senator Hal Brecker", "argued", "argue", None)],
            id="guard-headlined-op-ed-then-a-that-clause",
        ),
        pytest.param(
            "“We are leaving,” Tomas Ruiz told the hall on Friday.",
            [("direct", "We are leaving,", "Tomas Ruiz", "told", "tell", "the hall")],
            id="guard-a-quotation-before-the-speaker-leaves-the-hearer-after",
        ),
    ],
)
def test_a_quoted_title_in_a_leading_phrase_is_not_what_was_said(
    text: str, expected: list[AddressedRow]
) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Lena Varga spoke on Tuesday. Former president Ivo Marek spoke on Wednesday. "
            "“We will win,” the president said.",
            [("We will win,", "Lena Varga")],
            id="the-president-is-not-the-former-one-named-last",
        ),
        pytest.param(
            "Former president Ivo Marek spoke on Wednesday. “We will win,” the former president said.",
            [("We will win,", "Ivo Marek")],
            id="guard-the-former-president-is-the-former-one",
        ),
        pytest.param(
            "President Lena Varga spoke on Tuesday. Vice President Ivo Marek spoke on Wednesday. "
            "“We will win,” the president said.",
            [("We will win,", "Lena Varga")],
            id="guard-the-president-is-not-the-vice-president",
        ),
    ],
)
def test_a_role_noun_without_former_is_not_a_former_holder(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senate leader Hal Brecker called on Wednesday for “national unity.”",
            [("direct", "national unity.", "Senate leader Hal Brecker", "called", "call for", None)],
            id="called-on-a-day-for-a-quotation",
        ),
        pytest.param(
            "Senate leader Hal Brecker called on Wednesday for a unity government.",
            [("indirect", "a unity government", "Senate leader Hal Brecker", "called", "call for", None)],
            id="called-on-a-day-for-an-object",
        ),
        pytest.param(
            "Senate leader Hal Brecker called late on Monday on the cabinet to resign.",
            [("indirect", "the cabinet to resign", "Senate leader Hal Brecker", "called", "call on", None)],
            id="called-on-a-day-on-a-hearer",
        ),
        pytest.param(
            "Senate leader Hal Brecker called on the cabinet to resign.",
            [
                (
                    "indirect",
                    "the cabinet to resign",
                    "Senate leader Hal Brecker",
                    "called on",
                    "call on",
                    None,
                )
            ],
            id="guard-called-on-a-hearer",
        ),
    ],
)
def test_a_day_between_a_call_and_its_preposition(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


def _named(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(canonical name, role, resolution) of every record's speaker under a headline, in order."""
    return [
        (q.speaker.name, q.speaker.role, q.speaker.resolution) if q.speaker else (None, None, None)
        for q in find_quotes(_LEAD + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Party chief Maulana Idris Rahmatullah said the march would go ahead.",
            [("Idris Rahmatullah", "Party chief", "named")],
            id="maulana-is-a-style-not-a-given-name",
        ),
        pytest.param(
            "“We were not consulted,” Begum Sabira Anwar said.",
            [("Sabira Anwar", None, "named")],
            id="begum-is-a-style",
        ),
        pytest.param(
            "“We were not consulted,” Thiru R. Kannaiyan said.",
            [("R. Kannaiyan", None, "named")],
            id="thiru-is-a-style",
        ),
        pytest.param(
            "Chief Minister Anil Venkatappa visited the site. “We will rebuild,” the CM said.",
            [("Anil Venkatappa", "CM", "role")],
            id="the-cm-is-the-chief-minister",
        ),
        pytest.param(
            "The emir, Sheikh Faisal Al-Rumaihi, opened the session. “We cannot rely on oil,” the Amir said.",
            [("Faisal Al-Rumaihi", "Amir", "role")],
            id="amir-is-emir",
            marks=pytest.mark.xfail(
                strict=True, reason="'Amir' is a common given name ('Amir Shah'), so it is no role noun"
            ),
        ),
        pytest.param(
            "Minister for Disaster Management Enamul Karim said the embankments had held.",
            [("Enamul Karim", "Minister for Disaster Management", "named")],
            id="portfolio-ending-in-management",
        ),
        pytest.param(
            "Minister of State for Home Nitin Raiwal said the embankments had held.",
            [("Nitin Raiwal", "Minister of State for Home", "named")],
            id="guard-portfolio-home-before-a-given-name",
        ),
        pytest.param(
            "Leader of the Opposition V.D. Kuttan said the reply was evasive.",
            [("V.D. Kuttan", "Leader of the Opposition", "named")],
            id="leader-of-the-opposition-then-initials",
        ),
        pytest.param(
            "Leader of the Opposition Ravi Kuttan said the reply was evasive.",
            [("Ravi Kuttan", "Leader of the Opposition", "named")],
            id="guard-leader-of-the-opposition-then-a-given-name",
        ),
        pytest.param(
            "Leader of the Opposition K. Kuttan said the reply was evasive.",
            [("K. Kuttan", "Leader of the Opposition", "named")],
            id="leader-of-the-opposition-then-one-initial",
        ),
        pytest.param(
            "Headmaster Osei Mensah Boateng said the school would reopen.",
            [("Osei Mensah Boateng", "Headmaster", "named")],
            id="headmaster-is-a-title",
        ),
    ],
)
def test_south_asian_styles_and_offices(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A commander fighting near Kupiansk told the Kyiv Post that the shelling never stopped.",
            [
                (
                    "indirect",
                    "the shelling never stopped",
                    "A commander fighting near Kupiansk",
                    "told",
                    "tell",
                    "the Kyiv Post",
                )
            ],
            id="participle-then-a-place-after-a-role",
        ),
        pytest.param(
            "A surgeon working in Rafah told the BBC that supplies ran out on Monday.",
            [
                (
                    "indirect",
                    "supplies ran out on Monday",
                    "A surgeon working in Rafah",
                    "told",
                    "tell",
                    "the BBC",
                )
            ],
            id="guard-working-in-a-place",
        ),
        pytest.param(
            "An official based in Geneva said the talks would resume.",
            [("indirect", "the talks would resume", "An official based in Geneva", "said", "say", None)],
            id="guard-based-in-a-place",
        ),
        pytest.param(
            "“We are working by torchlight,” one surgeon, who asked that her name stay private for fear "
            "of reprisals, told Al Jazeera.",
            [("direct", "We are working by torchlight,", "one surgeon", "told", "tell", "Al Jazeera")],
            id="anonymity-clause-with-a-reason-is-no-cue",
        ),
        pytest.param(
            "“It is over,” one trader, who spoke to us on condition of anonymity, told Reuters.",
            [("direct", "It is over,", "one trader", "told", "tell", "Reuters")],
            id="guard-anonymity-clause-spoke-is-no-cue",
        ),
        pytest.param(
            "“It is over,” said a shop owner who asked that her name be withheld.",
            [("direct", "It is over,", "a shop owner", "said", "say", None)],
            id="anonymity-clause-asked-that-her-name",
        ),
        pytest.param(
            "The mayor, who asked the council to rename the bridge, said the vote was close.",
            [
                ("indirect", "the council to rename the bridge", "The mayor", "asked", "ask", "the council"),
                ("indirect", "the vote was close", "The mayor", "said", "say", None),
            ],
            id="guard-a-request-in-a-relative-clause-is-reported",
        ),
    ],
)
def test_a_role_placed_by_a_participle_and_a_clause_of_anonymity(
    text: str, expected: list[AddressedRow]
) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We must respond,” Yumi Sakata told business leaders in Osaka.",
            [("direct", "We must respond,", "Yumi Sakata", "told", "tell", "business leaders")],
            id="bare-plural-hearer-closing-the-sentence",
        ),
        pytest.param(
            "“We must respond,” Yumi Sakata told afterwards.",
            [("direct", "We must respond,", "Yumi Sakata", "told", "tell", None)],
            id="guard-an-adverb-in-s-closing-the-sentence",
        ),
        pytest.param(
            "Paolo Ferrante told Italian daily Corriere della Sera that a June cut looked right.",
            [
                (
                    "indirect",
                    "a June cut looked right",
                    "Paolo Ferrante",
                    "told",
                    "tell",
                    "Italian daily Corriere della Sera",
                )
            ],
            id="nationality-and-outlet-noun-before-the-outlet",
        ),
        pytest.param(
            "Ana Reis said in a long interview with the newspaper Folha de S.Paulo that talks went on daily.",
            [
                said_row(
                    "indirect",
                    "talks went on daily",
                    "Ana Reis",
                    "in a long interview with the newspaper Folha de S.Paulo",
                )
            ],
            id="interview-with-an-outlet-with-a-particle",
        ),
        pytest.param(
            "Ana Reis said in an interview with German newspaper Handelsblatt published on Friday that rates "
            "would stay high.",
            [
                said_row(
                    "indirect",
                    "rates would stay high",
                    "Ana Reis",
                    "in an interview with German newspaper Handelsblatt",
                )
            ],
            id="interview-with-a-nationality-and-outlet-noun",
        ),
    ],
)
def test_hearers_and_outlets_described_before_their_names(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Saudi Arabia's Minister of Energy Prince Khalid bin Fahd Al Mansour said output would rise.",
            [("Khalid bin Fahd Al Mansour", "Saudi Arabia's Minister of Energy", "named")],
            id="a-style-after-an-office-with-its-complement",
        ),
        pytest.param(
            "UAE Minister of State for Foreign Trade Dr. Rashid bin Saeed Al Kaabi said trade would rise.",
            [("Rashid bin Saeed Al Kaabi", "UAE Minister of State for Foreign Trade", "named")],
            id="dr-after-a-minister-of-state",
        ),
        pytest.param(
            "Navy spokesperson Rear Admiral Deniz Arslan said the drills were over.",
            [("Deniz Arslan", "Navy spokesperson", "named")],
            id="a-rank-of-two-words-after-an-office",
        ),
        pytest.param(
            "Vice Admiral Deniz Arslan said the drills were over.",
            [("Deniz Arslan", "Vice Admiral", "named")],
            id="guard-a-rank-alone-is-the-role",
        ),
        pytest.param(
            "The sultan received on Wednesday Deputy Foreign Minister Reza Kashanian. Kashanian said ties "
            "were strong.",
            [("Reza Kashanian", "Deputy Foreign Minister", "named")],
            id="a-day-before-an-office",
        ),
        pytest.param(
            "“We acted in time,” Dr. (Mrs.) Leela Deshmane said.",
            [("Leela Deshmane", None, "named")],
            id="bracketed-second-style-is-no-role",
        ),
        pytest.param(
            "Kettering's Joel Varda said the mill would reopen.",
            [("Joel Varda", None, "named")],
            id="a-possessive-alone-is-no-role",
        ),
    ],
)
def test_a_role_keeps_its_office_only(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The new cabinet will take office on Monday, news agency Interfax reports.",
            [
                (
                    "indirect",
                    "The new cabinet will take office on Monday",
                    "news agency Interfax",
                    "reports",
                    "report",
                    None,
                )
            ],
            id="outlet-noun-then-its-name-then-reports",
        ),
        pytest.param(
            "Local media reports said the cabinet would take office on Monday.",
            [said_row("indirect", "the cabinet would take office on Monday", "Local media reports")],
            id="guard-a-compound-noun-reports-is-no-cue",
        ),
        pytest.param(
            "Protesters in Puno and Cusco said the government had ignored them.",
            [said_row("indirect", "the government had ignored them", "Protesters in Puno and Cusco")],
            id="a-group-in-two-places",
        ),
        pytest.param(
            "Former Secretary of State and presidential nominee Dana Whitlow said it was time.",
            [("indirect", "it was time", "presidential nominee Dana Whitlow", "said", "say", None)],
            id="guard-two-offices-joined-are-no-group-in-two-places",
        ),
    ],
)
def test_outlets_and_groups_before_a_cue(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fen Zhiwei, an industry analyst, said such fires, though rare, tend to draw attention.",
            [said_row("indirect", "such fires, though rare, tend to draw attention", "Fen Zhiwei")],
            id="though-and-an-adjective-set-off-inside-the-clause",
        ),
        pytest.param(
            "Fen Zhiwei said the talks went well, although largely symbolic, and will resume.",
            [
                said_row(
                    "indirect",
                    "the talks went well, although largely symbolic, and will resume",
                    "Fen Zhiwei",
                )
            ],
            id="although-and-two-words-set-off",
        ),
        pytest.param(
            "Fen Zhiwei said the talks went well, though the dispute remains open.",
            [("indirect", "the talks went well", "Fen Zhiwei", "said", "say", None)],
            id="guard-though-opening-a-clause-ends-the-report",
        ),
    ],
)
def test_a_concessive_aside_inside_the_reported_clause(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jomo Wekesa, author of the book “Iron Roads,” said the line had halved freight costs.",
            [("indirect", "the line had halved freight costs", "Jomo Wekesa", "said", "say", None)],
            id="author-of-the-book-then-its-title",
        ),
        pytest.param(
            "Lidia Sarres, director of the documentary “Salt,” said the film took six years.",
            [("indirect", "the film took six years", "Lidia Sarres", "said", "say", None)],
            id="director-of-the-documentary-then-its-title",
        ),
        pytest.param(
            "Jomo Wekesa, author of “Iron Roads,” said the line had halved freight costs.",
            [("indirect", "the line had halved freight costs", "Jomo Wekesa", "said", "say", None)],
            id="guard-author-of-a-title",
        ),
    ],
)
def test_a_work_named_in_the_speakers_aside_is_no_quotation(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three people were hurt, the governor said on X. Rescue work went on overnight.",
            [("indirect", "Three people were hurt", "the governor", "said", "say", "on X")],
            id="a-sentence-closing-on-the-platform-x",
        ),
        pytest.param(
            "His commander, a captain with the call sign “Bison,” said the unit had no new drones.",
            [("indirect", "the unit had no new drones", "His commander", "said", "say", None)],
            id="a-call-sign-in-the-aside",
        ),
        pytest.param(
            "A younger soldier, who gave only his call sign, “Tykha,” said he had volunteered in 2022.",
            [("indirect", "he had volunteered in 2022", "A younger soldier", "said", "say", None)],
            id="gave-only-his-call-sign",
        ),
        pytest.param(
            "A soldier nicknamed “Grandpa” said the trenches flooded every night.",
            [("indirect", "the trenches flooded every night", "A soldier", "said", "say", None)],
            id="nicknamed-before-the-cue",
        ),
    ],
)
def test_a_platform_or_a_call_sign_before_the_end(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Campaigner Wulan Sastro died on Wednesday. Her colleague Bagus Hartono said she worked without "
            "rest. “She never stopped,” he said.",
            [("she worked without rest", "Bagus Hartono"), ("She never stopped,", "Bagus Hartono")],
            id="a-pronoun-after-a-speaker-may-be-the-person-named-before",
        ),
        pytest.param(
            "Bagus Hartono says she worked without rest. “It was hard,” she said.",
            [("she worked without rest", "Bagus Hartono"), ("It was hard,", "Bagus Hartono")],
            id="guard-the-pronoun-of-a-speakers-own-report-is-theirs",
        ),
    ],
)
def test_a_pronoun_in_a_report_tells_the_speakers_gender_only_with_nobody_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Intergovernmental Panel on Ocean Change said the target was slipping.",
            [("the target was slipping", "Intergovernmental Panel on Ocean Change")],
            id="a-panel-on-a-topic",
        ),
        pytest.param(
            "The Conference on Disarmament said the talks had stalled.",
            [("the talks had stalled", "Conference on Disarmament")],
            id="a-conference-on-a-topic",
        ),
        pytest.param(
            "The Commission on Human Rights said the talks had stalled.",
            [("the talks had stalled", "Commission on Human Rights")],
            id="guard-a-commission-on-a-topic",
        ),
    ],
)
def test_a_body_named_by_its_noun_and_topic(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A federal judge blocked the statute, ruling that it likely breached the First Amendment.",
            [
                (
                    "indirect",
                    "it likely breached the First Amendment",
                    "A federal judge",
                    "ruling",
                    "rule",
                    None,
                )
            ],
            id="ruling-that-after-a-comma",
        ),
        pytest.param(
            "The court's ruling cleared the way for the merger, Ana Vell said.",
            [said_row("indirect", "The court's ruling cleared the way for the merger", "Ana Vell")],
            id="guard-the-noun-ruling-is-no-cue",
        ),
    ],
)
def test_a_participle_of_ruling_reports_its_that_clause(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to Iran's state news agency IRNA, Foreign Minister Hadi Rostami said Tehran would "
            "“closely watch” the talks.",
            [
                said_row(
                    "mixed",
                    "Tehran would “closely watch” the talks",
                    "Foreign Minister Hadi Rostami",
                    "Iran's state news agency IRNA",
                )
            ],
            id="a-states-agency-credited-for-a-report-with-its-own-speaker",
        ),
        pytest.param(
            "Tom Reyes of Baker & Lowe LLP said the ruling was overdue.",
            [("indirect", "the ruling was overdue", "Tom Reyes of Baker & Lowe LLP", "said", "say", None)],
            id="guard-a-person-of-a-firm-keeps-the-whole-mention",
        ),
        pytest.param(
            "The junta, which calls itself the “Council for Order,” said elections would be held soon.",
            [("indirect", "elections would be held soon", "The junta", "said", "say", None)],
            id="a-body-naming-itself-is-no-report",
        ),
        pytest.param(
            "Hal Brecker calls himself a “born contrarian.”",
            [("mixed", "himself a “born contrarian.", "Hal Brecker", "calls", "call", None)],
            id="guard-a-person-naming-himself-is-a-report",
        ),
    ],
)
def test_credits_firms_and_self_given_names(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


def test_a_person_of_a_firm_with_an_ampersand_is_named_without_it() -> None:
    assert named_records(_LEAD + "Tom Reyes of Baker & Lowe LLP said the ruling was overdue.") == [
        ("the ruling was overdue", "Tom Reyes")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We held the line,” Pfc. Dale Okonjo said.",
            [("We held the line,", "Dale Okonjo", "Pfc.", "named")],
            id="private-first-class-abbreviated",
        ),
        pytest.param(
            "Spc. Rhea Castane said the base was quiet.",
            [("the base was quiet", "Rhea Castane", "Spc.", "named")],
            id="specialist-abbreviated",
        ),
        pytest.param(
            "“We held the line,” Sgt. 1st Class Dale Okonjo said.",
            [("We held the line,", "Dale Okonjo", "Sgt. 1st Class", "named")],
            id="a-rank-with-an-ordinal-class",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a rank with an ordinal ('1st Class', 'Third Rank') breaks the title's run",
            ),
        ),
    ],
)
def test_abbreviated_enlisted_ranks(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert [
        (q.text, q.speaker.name, q.speaker.role, q.speaker.resolution)
        if q.speaker
        else (q.text, None, None, "")
        for q in find_quotes(_LEAD + text)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A spokesman for the defence ministry said on Thursday that the navy would hold drills.\n\n"
            "Senior Colonel Zhou Lianfeng, spokesman for the ministry, made the remarks at a briefing.",
            [("the navy would hold drills", "Zhou Lianfeng")],
            id="the-unnamed-spokesman-named-as-the-one-who-made-the-remarks",
        ),
        pytest.param(
            "A spokesman for the defence ministry said on Thursday that the navy would hold drills.\n\n"
            "Farmer Zhou Lianfeng made the comments at a village meeting.",
            [("the navy would hold drills", None)],
            id="guard-someone-of-another-title-made-other-remarks",
        ),
    ],
)
def test_an_unnamed_speaker_named_later_as_the_one_who_made_the_remarks(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police Minister Darren Kilroy told 3AW crime was down.",
            [("indirect", "crime was down", "Police Minister Darren Kilroy", "told", "tell", "3AW")],
            id="a-radio-station-whose-call-sign-opens-with-a-digit",
        ),
        pytest.param(
            "“It is down,” Darren Kilroy told 4BC.",
            [("direct", "It is down,", "Darren Kilroy", "told", "tell", "4BC")],
            id="a-digit-call-sign-closing-the-sentence",
        ),
        pytest.param(
            "Opposition leader Mira Haddan told reporters at Queen's Park the report was damning.",
            [
                (
                    "indirect",
                    "the report was damning",
                    "Opposition leader Mira Haddan",
                    "told",
                    "tell",
                    "reporters",
                )
            ],
            id="a-place-with-an-apostrophe-after-the-hearer",
        ),
    ],
)
def test_hearers_named_by_call_signs_and_places_with_apostrophes(
    text: str, expected: list[AddressedRow]
) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Our doors are open,” Nasser Al-Harthy told a gathering of Omani investors.",
            [
                (
                    "direct",
                    "Our doors are open,",
                    "Nasser Al-Harthy",
                    "told",
                    "tell",
                    "a gathering of Omani investors",
                )
            ],
            id="a-gathering-of-people-closing-the-sentence",
        ),
        pytest.param(
            "Foreign Minister Kerem Aydin told a joint news conference with his Jordanian counterpart "
            "Samir Odeh on Wednesday that the two states shared a vision.",
            [
                (
                    "indirect",
                    "the two states shared a vision",
                    "Foreign Minister Kerem Aydin",
                    "told",
                    "tell",
                    "a joint news conference with his Jordanian counterpart Samir Odeh",
                )
            ],
            id="a-news-conference-with-a-counterpart-before-that",
        ),
        pytest.param(
            "It told the tale of the shrimpers - a hardship that Ruiz had witnessed for years.",
            [
                (
                    "indirect",
                    "the tale of the shrimpers - a hardship that Ruiz had witnessed for years",
                    "It",
                    "told",
                    "tell",
                    None,
                )
            ],
            id="guard-a-dash-ends-a-hearer",
        ),
    ],
)
def test_long_hearers_with_of_or_with(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lina Haddad said in comments broadcast by state television on Monday that the case was weak.",
            [said_row("indirect", "the case was weak", "Lina Haddad", "state television")],
            id="the-outlet-that-carried-the-words-then-a-day",
        ),
        pytest.param(
            "Lina Haddad said in remarks broadcast by state television that the case was weak.",
            [said_row("indirect", "the case was weak", "Lina Haddad", "state television")],
            id="guard-the-outlet-that-carried-the-words",
        ),
    ],
)
def test_a_day_after_the_outlet_that_carried_the_words(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected
