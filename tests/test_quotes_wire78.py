"""Quotations and speakers in the thirty-sixth session's copy: air-accident investigations, local crime and
police news, exile media, and cultural-heritage and restitution news (sentences written for these tests;
people invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

_LEAD = "Inquiry opens into the landing\n\n"


def _mentioned(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each record's words, its speaker's canonical name and the speaker's mention as written."""
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
        )
        for q in find_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Preliminary report details last minutes of Flight 212\n\nThe jet came down in a field.",
            [],
            id="an-adjective-before-report-makes-it-the-noun",
        ),
        pytest.param(
            "Official reports indicate the levee held overnight.",
            [("the levee held overnight", None, "Official reports")],
            id="an-adjective-before-reports-makes-them-the-speaking-noun",
        ),
        pytest.param(
            "State media reported the governor had resigned.",
            [("the governor had resigned", None, "State media")],
            id="a-modifier-opening-the-sentence-names-no-body",
        ),
        pytest.param(
            "A spokeswoman for a hospice in Dundee said the ward would reopen.",
            [("the ward would reopen", None, "A spokeswoman for a hospice in Dundee")],
            id="a-city-placing-a-body-is-no-speaker-s-name",
        ),
        pytest.param(
            "Members of the Moldovan diaspora in Turin said they would vote early.",
            [("they would vote early", None, "Members of the Moldovan diaspora in Turin")],
            id="a-city-placing-a-group-is-no-speaker-s-name",
        ),
        pytest.param(
            "The head of the mission in Kabul, Oriane Valdes, said the talks went well.",
            [("the talks went well", "Oriane Valdes", "Oriane Valdes")],
            id="guard-a-named-head-after-a-city-apposition",
        ),
        pytest.param(
            "Residents report that the tap water has turned brown.",
            [("the tap water has turned brown", None, "Residents")],
            id="guard-a-plural-subject-reports",
        ),
        pytest.param(
            "Xinhua said the governor had resigned.",
            [("the governor had resigned", "Xinhua", "Xinhua")],
            id="guard-an-agency-opening-the-sentence-is-named",
        ),
        pytest.param(
            'Runway report: "The brakes faded," says Dario Vennick\n\nThe jet stopped short of the wall.',
            [("The brakes faded,", "Dario Vennick", "Dario Vennick")],
            id="a-rubric-s-report-before-a-colon-is-the-noun",
        ),
        pytest.param(
            'On the brakes: "They faded at the worst moment," says Dario Vennick.',
            [("They faded at the worst moment,", "Dario Vennick", "Dario Vennick")],
            id="a-topic-before-the-colon-of-an-inverted-cue-is-the-writer-s",
        ),
        pytest.param(
            'Dario Vennick said the budget was spent: "We have no money left."',
            [
                ("the budget was spent", "Dario Vennick", "Dario Vennick"),
                ("We have no money left.", "Dario Vennick", "Dario Vennick"),
            ],
            id="guard-a-clause-before-the-colon-of-a-cue-is-reported",
        ),
    ],
)
def test_words_name_and_mention(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """Each sentence's records: their words, the speaker's canonical name and mention."""
    assert _mentioned(text if "\n\n" in text else _LEAD + text) == expected


def _resolved(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each record's words, its speaker's canonical name, mention as written and how it was found."""
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.speaker.resolution if q.speaker else None,
        )
        for q in find_quotes(text)
    ]


_BODY = "\n\nThe jet stopped short of the sea wall.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "'We were lucky': passengers recall the evacuation" + _BODY + '"We were lucky, so lucky," said '
            "passenger Orla Kinsella.",
            [
                ("We were lucky", "Orla Kinsella", "passenger Orla Kinsella", "carried"),
                ("We were lucky, so lucky,", "Orla Kinsella", "passenger Orla Kinsella", "named"),
            ],
            id="a-headline-quotation-before-a-colon-is-the-body-speaker-s",
        ),
        pytest.param(
            'Runway inquiry: "The brakes simply faded," says pilot' + _BODY + '"The brakes simply faded. We '
            'could do nothing," Captain Aldo Ferrante told reporters.',
            [
                ("The brakes simply faded,", "Aldo Ferrante", "pilot", "role"),
                (
                    "The brakes simply faded. We could do nothing,",
                    "Aldo Ferrante",
                    "Captain Aldo Ferrante",
                    "named",
                ),
            ],
            id="a-headline-noun-for-the-body-speaker-gets-the-name",
        ),
        pytest.param(
            "'We were lucky': passengers recall the evacuation" + _BODY + '"It was dark and cold," said '
            "passenger Orla Kinsella.",
            [
                ("We were lucky", None, None, None),
                ("It was dark and cold,", "Orla Kinsella", "passenger Orla Kinsella", "named"),
            ],
            id="a-short-headline-quotation-the-body-does-not-repeat-names-nobody",
        ),
        pytest.param(
            "“Operation Sandstorm”: how the raid unfolded"
            + _BODY
            + '"We moved at dawn," said Major Ines Varga.',
            [("We moved at dawn,", "Ines Varga", "Major Ines Varga", "named")],
            id="guard-a-title-case-name-before-a-headline-colon-is-no-quotation",
        ),
    ],
)
def test_headline_quotations(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """A headline's quotation: a quotation even when short, its speaker the body's that repeats it."""
    assert _resolved(text) == expected


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    """Each record's kind, words and speaker's mention as written."""
    return [
        (q.kind, q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
        for q in find_quotes(_LEAD + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police said a second woman, believed to have driven the van, was still being sought.",
            [
                (
                    "indirect",
                    "a second woman, believed to have driven the van, was still being sought",
                    "Police",
                )
            ],
            id="a-participle-aside-of-report-stays-inside-the-clause",
        ),
        pytest.param(
            "The fare, expected to rise to nine euros, was set by the board, the mayor said.",
            [("indirect", "The fare, expected to rise to nine euros, was set by the board", "the mayor")],
            id="guard-an-expected-aside-stays-inside-the-clause-before-the-cue",
        ),
        pytest.param(
            "Deputies responded at about 9 p.m. to reports of shots fired, the sheriff said.",
            [("indirect", "Deputies responded at about 9 p.m. to reports of shots fired", "the sheriff")],
            id="deputies-responding-to-a-call-say-nothing",
        ),
        pytest.param(
            "The minister responded that the talks would go on.",
            [("indirect", "the talks would go on", "The minister")],
            id="guard-responded-that-reports",
        ),
        pytest.param(
            "Officers arrived around 4 p.m. Sunday after a neighbour found the dog, Sgt Ilse Marr said.",
            [
                (
                    "indirect",
                    "Officers arrived around 4 p.m. Sunday after a neighbour found the dog",
                    "Sgt Ilse Marr",
                )
            ],
            id="p-m-before-a-weekday-ends-no-sentence",
        ),
        pytest.param(
            "The fire started at 9 a.m. The chief said the cause was unknown.",
            [("indirect", "the cause was unknown", "The chief")],
            id="guard-a-m-before-a-new-sentence-ends-it",
        ),
        pytest.param(
            '"Where did the money go?" asked the woman by the door.',
            [("direct", "Where did the money go?", "the woman by the door")],
            id="an-unnamed-speaker-after-a-question-mark-and-an-inverted-cue",
        ),
        pytest.param(
            '"Not one arrest!" shouted one man at the back of the hall.',
            [("direct", "Not one arrest!", "one man at the back of the hall")],
            id="an-unnamed-speaker-after-an-exclamation-mark-and-an-inverted-cue",
        ),
        pytest.param(
            '"Where did the money go?" asked Kemal Yurt, a trader.',
            [("direct", "Where did the money go?", "Kemal Yurt")],
            id="guard-a-named-speaker-after-a-question-mark",
        ),
        pytest.param(
            "Her barrister suggested the witness could not have seen the robbers’ faces.",
            [("indirect", "the witness could not have seen the robbers’ faces", "Her barrister")],
            id="a-plural-possessive-apostrophe-is-no-quotation-mark",
        ),
        pytest.param(
            "She said the plan was ‘a disgrace to the workers’ and must go.",
            [("mixed", "the plan was ‘a disgrace to the workers’ and must go", "She")],
            id="guard-a-closing-mark-after-s-with-its-opening-mark-is-one",
        ),
        pytest.param(
            "The boy's father said in a statement issued through the family's lawyer that he wanted answers.",
            [("indirect", "he wanted answers", "The boy's father")],
            id="a-statement-issued-through-a-lawyer-is-the-medium",
        ),
    ],
)
def test_clause_edges_and_kinds(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Where a reported clause starts and ends, and whether it holds a quotation mark."""
    assert _kinds(text) == expected
