"""Quotations and speakers in the forty-second session's copy: an outlet closing a report whose words hold a
verb of saying, the outlet that carried fronted words, asides naming an audience or a news conference, a
closing credit with its statement, names ending in a month's short form and a one-paragraph lead opening
with a colon (sentences written for these tests; people invented). ``test_records`` reads each record's
text, mention, name and role, ``test_hearers_and_media`` its addressee. See also the case table in
test_quotes.py."""

from __future__ import annotations

import pytest

from tests._quote_helpers import described_records, mentioned_records

_OUTLET_CLOSING_A_REPORT = [
    pytest.param(
        "Ivo Marin said Russia would respond to any deployment, the Interfax news agency reported.",
        [("Russia would respond to any deployment", "the Interfax news agency")],
        id="a-verb-of-answer-inside-the-words-leaves-the-outlet-the-medium",
    ),
    pytest.param(
        "Lena Ortiz emphasized that Caracas would respond to any blockade, TASS reports.",
        [("Caracas would respond to any blockade", "TASS")],
        id="the-outlet-is-no-speaker-of-the-whole-sentence",
    ),
    pytest.param(
        "Lena Ortiz said Caracas would act against any blockade, TASS reported.",
        [("Caracas would act against any blockade", "TASS")],
        id="guard-words-without-a-verb-of-saying",
    ),
]

_FRONTED_OUTLET_THAT_CARRIED_THE_WORDS = [
    pytest.param(
        "In comments carried by state news agency WAM, the president said the country stood with Beirut.",
        [("the country stood with Beirut", "state news agency WAM")],
        id="comments-carried-by-an-agency",
    ),
    pytest.param(
        "In an interview broadcast on Sunday by Al Mashriq, the foreign minister said the kingdom was open to"
        " talks.",
        [("the kingdom was open to talks", "Al Mashriq")],
        id="an-interview-broadcast-on-a-day-by-a-channel",
    ),
    pytest.param(
        "In a statement carried by the Gulf Press Agency, the ministry said the kingdom rejected the move.",
        [("the kingdom rejected the move", "the Gulf Press Agency")],
        id="a-statement-carried-by-the-agency-without-its-by",
    ),
    pytest.param(
        "In remarks carried by the official Pars news agency, the spokesman said the strike broke the truce.",
        [("the strike broke the truce", "the official Pars news agency")],
        id="remarks-carried-by-the-official-agency",
    ),
    pytest.param(
        "In a video released by the group, its leader said the fight would go on.",
        [("the fight would go on", None)],
        id="guard-a-group-releasing-a-video-is-no-outlet",
    ),
]

_ASIDES_OF_AN_AUDIENCE_OR_A_CONFERENCE = [
    pytest.param(
        "Kaya, addressing his ruling Unity Party's lawmakers in parliament, said Ankara would not back down.",
        [("Ankara would not back down", "his ruling Unity Party's lawmakers in parliament")],
        id="lawmakers-of-a-party-named-with-its-possessive",
    ),
    pytest.param(
        "Brandt, speaking alongside Moreau at a joint news conference in Berlin, said Europe must act.",
        [("Europe must act", "at a joint news conference in Berlin")],
        id="speaking-alongside-a-named-guest-at-a-conference",
    ),
    pytest.param(
        "Brandt, speaking beside the French president at a news conference, said Europe must act.",
        [("Europe must act", "at a news conference")],
        id="speaking-beside-a-described-guest-at-a-conference",
    ),
    pytest.param(
        "Brandt, speaking alongside the French president, said Europe must act.",
        [("Europe must act", None)],
        id="guard-speaking-alongside-a-guest-names-no-medium",
    ),
]

_CLOSING_CREDIT_WITH_ITS_STATEMENT = [
    pytest.param(
        "Liang told his US counterpart that Washington should stop provocations at sea, the ministry said in"
        " a readout of the call.",
        [("Washington should stop provocations at sea", "his US counterpart")],
        id="a-readout-of-the-call-closes-the-words",
    ),
    pytest.param(
        "Haddad told the envoy that the country could be dragged into a wider war, the ministry said in a"
        " statement on Monday.",
        [("the country could be dragged into a wider war", "the envoy")],
        id="guard-a-statement-on-a-day-closes-the-words",
    ),
]

_NAME_ENDING_IN_A_MONTHS_SHORT_FORM = [
    pytest.param(
        "Defence Minister Liang Jun said Beijing would respond.",
        [("Beijing would respond", "Defence Minister Liang Jun", "Liang Jun", "Defence Minister")],
        id="jun-after-a-surname-is-a-given-name",
    ),
    pytest.param(
        "Kim Dec said the ferry would not sail.",
        [("the ferry would not sail", "Kim Dec", "Kim Dec", None)],
        id="dec-after-a-surname-is-a-given-name",
    ),
    pytest.param(
        "Lena Holm on Oct 22 said the port would close.",
        [("the port would close", "Lena Holm", "Lena Holm", None)],
        id="guard-a-short-month-before-a-day-is-a-date",
    ),
    pytest.param(
        "Lena Holm on Friday, Oct. 22, said the port would close.",
        [("the port would close", "Lena Holm", "Lena Holm", None)],
        id="guard-a-short-month-with-its-dot-is-a-date",
    ),
]

# A text of one paragraph is read as a headline only when it is one sentence: a lead that opens "X said:"
# gives the colon's words to its own sentence, not the paragraph's rest.
_ONE_PARAGRAPH_OF_SEVERAL_SENTENCES = [
    pytest.param(
        'Mr Harlow said: "We will do whatever it takes." Asked if that included troops, he said: "I am not'
        ' going to speculate."',
        [
            ("We will do whatever it takes.", "Mr Harlow", "Harlow", None),
            ("I am not going to speculate.", "he", "Harlow", None),
        ],
        id="a-lead-opening-with-said-and-a-colon-is-no-headline",
    ),
    pytest.param(
        "Harlow: West 'playing with fire' over the strait",
        [("West 'playing with fire' over the strait", "Harlow", "Harlow", None)],
        id="guard-a-one-sentence-headline-keeps-its-colon-speaker",
    ),
    pytest.param(
        "Ana Ruiz said the justices would overturn Hale v. Norton within a year.",
        [("the justices would overturn Hale v. Norton within a year", "Ana Ruiz", "Ana Ruiz", None)],
        id="a-case-name-with-v-is-one-sentence",
    ),
]

# An office whose complement after "of" is a bare noun is named whole in the role.
_OFFICE_WITH_A_BARE_COMPLEMENT = [
    pytest.param(
        "His deputy chief of staff added that talks would resume next week.",
        [("talks would resume next week", "His deputy chief of staff", None, "deputy chief of staff")],
        id="deputy-chief-of-staff",
    ),
    pytest.param(
        "The commissioner of police said the road would reopen.",
        [("the road would reopen", "The commissioner of police", None, "commissioner of police")],
        id="commissioner-of-police",
    ),
    pytest.param(
        "The chief of the militia said the road would reopen.",
        [("the road would reopen", "The chief of the militia", None, "chief of the militia")],
        id="guard-a-body-after-of-keeps-its-article",
    ),
    pytest.param(
        "White House Chief of Staff Lena Marsh said the plan was ready. The chief of staff added that the"
        " vote would be close.",
        [
            (
                "the plan was ready",
                "White House Chief of Staff Lena Marsh",
                "Lena Marsh",
                "White House Chief of Staff",
            ),
            ("the vote would be close", "The chief of staff", "Lena Marsh", "White House Chief of Staff"),
        ],
        id="guard-the-office-named-again-resolves-to-its-holder",
    ),
]

# A participle standing as an adjective between the determiner and a role noun or body stays in the mention.
_PARTICIPLE_BEFORE_A_ROLE = [
    pytest.param(
        '"I will not resign," the embattled prime minister insisted on Tuesday, as protesters gathered'
        " outside.",
        [("I will not resign,", "the embattled prime minister", None, "embattled prime minister")],
        id="embattled-before-an-office-after-the-quotation",
    ),
    pytest.param(
        '"We stay," a disgraced former minister said.',
        [("We stay,", "a disgraced former minister", None, "disgraced former minister")],
        id="disgraced-before-former",
    ),
    pytest.param(
        '"Not yet," the newly appointed envoy said.',
        [("Not yet,", "the newly appointed envoy", None, "newly appointed envoy")],
        id="an-adverb-and-its-participle",
    ),
    pytest.param(
        'Prime Minister Ana Ruiz said the coalition would hold. "I will not resign," the embattled prime'
        " minister insisted.",
        [
            ("the coalition would hold", "Prime Minister Ana Ruiz", "Ana Ruiz", "Prime Minister"),
            ("I will not resign,", "the embattled prime minister", "Ana Ruiz", "embattled prime minister"),
        ],
        id="the-described-office-resolves-to-its-holder",
    ),
    pytest.param(
        "Leaked files that showed senior officials sought the deal were published on Friday, the paper said.",
        [
            (
                "Leaked files that showed senior officials sought the deal were published on Friday",
                "the paper",
                None,
                None,
            )
        ],
        id="guard-a-relative-clauses-verb-is-no-adjective",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_PARTICIPLE_BEFORE_A_ROLE,
        *_NAME_ENDING_IN_A_MONTHS_SHORT_FORM,
        *_ONE_PARAGRAPH_OF_SEVERAL_SENTENCES,
        *_OFFICE_WITH_A_BARE_COMPLEMENT,
    ],
)
def test_records(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """Each record's text, speaker mention, canonical name and role, in the tables above."""
    assert mentioned_records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_OUTLET_CLOSING_A_REPORT,
        *_FRONTED_OUTLET_THAT_CARRIED_THE_WORDS,
        *_ASIDES_OF_AN_AUDIENCE_OR_A_CONFERENCE,
        *_CLOSING_CREDIT_WITH_ITS_STATEMENT,
    ],
)
def test_hearers_and_media(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Each record's text and addressee (hearer or medium), in the tables above."""
    assert [(text_, addressee) for text_, _, _, addressee in described_records(text)] == expected
