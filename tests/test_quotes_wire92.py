"""Quotations and speakers in the thirty-ninth session's copy: offices named with a body's short name in
brackets, outlets relaying a speaker through an aside, clauses after an inverted speaker (sentences written
for these tests; people invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import described_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The head of the National Electoral Board (NEB), Dario Quispe, said the count would resume.",
            [("the count would resume", "Dario Quispe", "head of the National Electoral Board", None)],
            id="an-office-before-a-bracketed-short-name-is-the-role",
        ),
        pytest.param(
            "A spokesman for the Patriotic Front (PF), Moses Banda, said the rally would go ahead.",
            [("the rally would go ahead", "Moses Banda", "spokesman for the Patriotic Front", None)],
            id="a-spokesman-for-a-bracketed-party-is-the-role",
        ),
        pytest.param(
            "The head of the National Electoral Board, Dario Quispe, said the count would resume.",
            [("the count would resume", "Dario Quispe", "head of the National Electoral Board", None)],
            id="guard-an-office-before-the-name-with-no-bracket",
        ),
        pytest.param(
            "Karim Haddad, quoted by state television, said the border would reopen on Sunday.",
            [("the border would reopen on Sunday", "Karim Haddad", None, "state television")],
            id="an-aside-quoted-by-state-television-is-the-medium",
        ),
        pytest.param(
            "The governor, quoted by local radio, said the roads north of the city were closed.",
            [("the roads north of the city were closed", None, "governor", "local radio")],
            id="an-aside-quoted-by-local-radio-is-the-medium",
        ),
        pytest.param(
            "Karim Haddad, quoted by the Mehr news agency, said the border would reopen on Sunday.",
            [("the border would reopen on Sunday", "Karim Haddad", None, "the Mehr news agency")],
            id="an-aside-quoted-by-a-news-agency-is-the-medium",
        ),
        pytest.param(
            "Karim Haddad, quoted by Lebanese media, said the border would reopen on Sunday.",
            [("the border would reopen on Sunday", "Karim Haddad", None, "Lebanese media")],
            id="guard-an-aside-quoted-by-national-media",
        ),
        pytest.param(
            "“We are well ahead,” said Lucia Ferro, as both candidates awaited the count.",
            [("We are well ahead,", "Lucia Ferro", None, None)],
            id="a-clause-opened-by-as-after-an-inverted-speaker-is-no-role",
        ),
        pytest.param(
            "“The count is fair,” said Lucia Ferro, while observers waited outside.",
            [("The count is fair,", "Lucia Ferro", None, None)],
            id="a-clause-opened-by-while-after-an-inverted-speaker-is-no-role",
        ),
        pytest.param(
            "“We will sign it,” said Lucia Ferro, as head of the delegation.",
            [("We will sign it,", "Lucia Ferro", "head of the delegation", None)],
            id="a-capacity-opened-by-as-is-the-role-without-as",
        ),
        pytest.param(
            "“We will sign it,” said Lucia Ferro, the head of the delegation.",
            [("We will sign it,", "Lucia Ferro", "head of the delegation", None)],
            id="guard-an-apposed-office-after-an-inverted-speaker",
        ),
    ],
)
def test_roles_and_media(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """The role an office gives, and the outlet an aside names as the medium."""
    assert described_records("World news\n\n" + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Beijing is ready to widen trade with Lusaka, Chinese Premier Li Qiang said here on Tuesday.",
            [("Beijing is ready to widen trade with Lusaka", "Li Qiang")],
            id="said-here-on-a-day-closes-a-wire-attribution",
        ),
        pytest.param(
            "Beijing is ready to widen trade with Lusaka, Chinese Premier Li Qiang said on Tuesday.",
            [("Beijing is ready to widen trade with Lusaka", "Li Qiang")],
            id="guard-said-on-a-day-closes-a-wire-attribution",
        ),
        pytest.param(
            "President Adamu Bello visited the base on Friday.\n\nThe Special Adviser to the President on "
            "Media, Kunle Ade, said the convoy had arrived.\n\nAde quoted the President as saying that "
            "the roads would be safe by March.",
            [("the convoy had arrived", "Kunle Ade"), ("the roads would be safe by March", "Adamu Bello")],
            id="an-adviser-to-the-president-is-no-president",
        ),
        pytest.param(
            "Secretary-General Rosa Lind opened the session.\n\nHer spokesperson, Omar Tell, Spokesperson "
            "for the Secretary-General, said the talks would resume.\n\nThe Secretary-General said later "
            "that the mission would stay.",
            [
                ("the talks would resume", "Omar Tell"),
                ("the mission would stay", "Rosa Lind"),
            ],
            id="a-spokesperson-for-the-secretary-general-is-no-secretary-general",
        ),
    ],
)
def test_wire_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    """The speaker a wire attribution names, and the office a serving title serves is not its holder's."""
    assert [(t, name) for t, name, _role, _to in described_records("World news\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Budget Day's Questions: Chancellor and rivals trade blows over the deficit\n\nThe session ran "
            "late.",
            [],
            id="a-possessive-rubric-before-a-headline-colon-is-no-speaker",
        ),
        pytest.param(
            "Polling day: Ruling party hopes for a record turnout across the north\n\nVoting began early.",
            [],
            id="a-rubric-ending-in-a-common-noun-is-no-speaker",
        ),
        pytest.param(
            "Corruption: Auditors find missing funds in three provincial treasuries\n\nThe audit ran "
            "for a year.",
            [],
            id="an-abstract-noun-rubric-is-no-speaker",
        ),
        pytest.param(
            "Press review: Ruling party braces for a difficult week in parliament\n\nThe debate opens "
            "on Monday.",
            [],
            id="a-press-review-rubric-is-no-speaker",
        ),
        pytest.param(
            "Guterres: The world cannot afford another frozen conflict in Europe\n\nAntonio Guterres spoke "
            "in Geneva.",
            [("The world cannot afford another frozen conflict in Europe", "Antonio Guterres")],
            id="guard-a-surname-before-a-headline-colon-speaks",
        ),
        pytest.param(
            "World news\n\nCritics on the left, such as former minister Ivo Rand, say the "
            "plan leaves the budget short.",
            [("the plan leaves the budget short", None)],
            id="a-group-before-a-such-as-aside-is-the-speaker",
        ),
        pytest.param(
            "World news\n\nEconomists, such as former minister Ivo Rand, say the plan leaves the budget "
            "short.",
            [("the plan leaves the budget short", None)],
            id="guard-a-bare-group-before-a-such-as-aside",
        ),
    ],
)
def test_headline_rubrics_and_groups(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A rubric before a headline's colon names no speaker; a group with an example aside still speaks."""
    assert [(t, name) for t, name, _role, _to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile's ambassador to the UN, Paula Vidal, met reporters on Monday.\n\n"
            "“We will not vote for it,” Vidal said.",
            [("We will not vote for it,", "Paula Vidal", "Chile's ambassador to the UN")],
            id="a-title-opening-the-sentence-before-the-name-is-the-later-role",
        ),
        pytest.param(
            "The chairman of the Audit Commission, Tomas Brand, toured the port on Monday.\n\n"
            "Brand said the accounts were in order.",
            [("the accounts were in order", "Tomas Brand", "chairman of the Audit Commission")],
            id="an-office-and-its-body-opening-the-sentence-is-the-later-role",
        ),
        pytest.param(
            "Secretary of State Ilse Varga landed in Hanoi on Monday.\n\nVarga said the visit was overdue.",
            [("the visit was overdue", "Ilse Varga", "Secretary of State")],
            id="an-office-of-state-before-the-name-is-the-later-role",
        ),
        pytest.param(
            "Foreign Minister Ilse Varga landed in Hanoi on Monday.\n\nVarga said the visit was overdue.",
            [("the visit was overdue", "Ilse Varga", "Foreign Minister")],
            id="guard-a-title-before-the-name-is-the-later-role",
        ),
        pytest.param(
            "As a former banker, Tomas Brand knows the ledgers.\n\nBrand said the accounts were in order.",
            [("the accounts were in order", "Tomas Brand", None)],
            id="guard-a-capacity-opened-by-as-is-no-title",
        ),
    ],
)
def test_titles_given_before(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """A title set before a name in a sentence with no quotation is the role of later quotations."""
    assert [(t, name, role) for t, name, role, _to in described_records("World news\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rebels shelled the airport on Sunday, the army said, in its second such attack this month.",
            [("The rebels shelled the airport on Sunday", "the army")],
            id="in-its-second-such-attack-is-the-writer-s-frame",
        ),
        pytest.param(
            "The rebels shelled the airport on Sunday, the army said, in the second such attack this month.",
            [("The rebels shelled the airport on Sunday", "the army")],
            id="guard-in-the-second-such-attack-is-the-writer-s-frame",
        ),
        pytest.param(
            "The minister told a Senate estimates hearing on Monday that the frigates were late.",
            [("the frigates were late", "The minister")],
            id="a-name-and-a-plural-noun-after-a-is-no-subject-and-verb",
        ),
        pytest.param(
            "A Senate committee estimates that the frigates will be late.",
            [("the frigates will be late", "A Senate committee")],
            id="guard-a-body-that-estimates-is-a-subject-and-verb",
        ),
    ],
)
def test_frames_and_compounds(text: str, expected: list[tuple[str, str]]) -> None:
    """The writer's frame after a closing attribution stays out; a noun compound holds no cue."""
    got = [
        (q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else "")
        for q in find_quotes("World news\n\n" + text)
    ]
    assert got == expected


def test_a_transcript_label_with_an_honorific_is_the_person_named_before() -> None:
    """ "MR HALE:" in a briefing's transcript is the spokesperson the introduction names in full."""
    text = (
        "Briefing transcript\n\nThe following is from the daily briefing by ministry spokesperson Oren "
        "Hale.\n\nMR HALE: Good afternoon. We have two announcements today.\n\nQUESTION: Will the "
        "minister travel to the summit?\n\nMR HALE: I have nothing to announce on travel."
    )
    names = {
        q.speaker.name
        for q in find_quotes(text)
        if q.speaker and q.speaker.mention and q.speaker.mention.text == "MR HALE"
    }
    assert names == {"Oren Hale"}


def test_a_country_s_office_is_the_counterpart_of_that_country() -> None:
    """ "The Slovak minister" after "her Slovak counterpart X" is X, not the minister who spoke before."""
    text = (
        "World news\n\nForeign Minister Lina Sand met her Slovak counterpart Juraj Kovac on Monday. Sand "
        "said the talks were useful.\n\nThe Slovak minister noted that Bratislava backs the plan."
    )
    assert [(t, name) for t, name, _r, _a in described_records(text)] == [
        ("the talks were useful", "Lina Sand"),
        ("Bratislava backs the plan", "Juraj Kovac"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The premier vowed to build a more “balanced” trade relationship with Brussels.",
            "to build a more “balanced” trade relationship with Brussels",
            id="a-degree-adverb-before-a-quoted-modifier-keeps-its-noun",
        ),
        pytest.param(
            "The premier vowed to build a “balanced” trade relationship with Brussels.",
            "to build a “balanced” trade relationship with Brussels",
            id="guard-a-quoted-modifier-after-an-article-keeps-its-noun",
        ),
    ],
)
def test_quoted_modifiers(text: str, expected: str) -> None:
    """A quoted word that modifies the noun after it leaves the object running to that noun's phrase."""
    assert [q.text for q in find_quotes("World news\n\n" + text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The head of the National Rowing Federation, Omar Zidane, opened the regatta.\n\nThe federation "
            "chief said the course would be ready in June.",
            [("the course would be ready in June", "Omar Zidane")],
            id="a-body-s-chief-is-the-head-of-that-body-named-before",
        ),
        pytest.param(
            "The head of the National Rowing Federation, Omar Zidane, opened the regatta.\n\nThe federation "
            "head said the course would be ready in June.",
            [("the course would be ready in June", "Omar Zidane")],
            id="guard-a-body-s-head-is-the-head-of-that-body-named-before",
        ),
        pytest.param(
            "Norwegian shipping group Fjordline halted sailings on Monday.\n\nThe company said the route "
            "would reopen in March.",
            [("the route would reopen in March", "Fjordline")],
            id="the-company-is-the-firm-named-after-its-trade",
        ),
        pytest.param(
            "The rebel group Free Hills fired on the convoy.\n\nThe company said the route would reopen "
            "in March.",
            [("the route would reopen in March", None)],
            id="guard-a-rebel-group-is-no-company",
        ),
    ],
)
def test_bodies_and_heads_named_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A noun for a body's head or for a firm refers to the one the article named before."""
    assert [(t, name) for t, name, _r, _a in described_records("World news\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks on the grain corridor have stalled, Interfax cited a source close to the talks as saying "
            "on Friday.",
            [("Talks on the grain corridor have stalled", "a source close to the talks", "Interfax")],
            id="a-relay-after-the-clause-it-reports",
        ),
        pytest.param(
            "“Talks on the grain corridor have stalled,” Interfax cited a source close to the talks as "
            "saying.",
            [("Talks on the grain corridor have stalled,", "a source close to the talks", "Interfax")],
            id="guard-a-relay-after-the-quotation-it-reports",
        ),
        pytest.param(
            "Mehr news agency quoted the deputy head of parliament's energy committee, Reza Karimi, as "
            "saying that exports would rise.",
            [
                (
                    "exports would rise",
                    "the deputy head of parliament's energy committee, Reza Karimi",
                    "Mehr news agency",
                )
            ],
            id="a-relay-of-a-long-description-and-its-name",
        ),
        pytest.param(
            "The bank is weighing a rate cut, two people familiar with its plans told Reuters, in a move "
            "that could lift lending.",
            [("The bank is weighing a rate cut", "two people familiar with its plans", "Reuters")],
            id="in-a-move-that-after-the-hearer-is-the-writer-s-frame",
        ),
    ],
)
def test_relays_and_frames(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An outlet relaying a source, after the words or before a long description; the writer's frame after
    the hearer stays out."""
    got = [
        (q.text, q.speaker.mention.text, q.addressee.text)
        for q in find_quotes("World news\n\n" + text)
        if q.speaker and q.speaker.mention and q.addressee
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lale Demir, writing on X, said the ceasefire had “held for a week” despite the shelling.",
            [("the ceasefire had “held for a week” despite the shelling", "said", "X")],
            id="a-writing-aside-before-said-is-its-medium-not-a-second-report",
        ),
        pytest.param(
            "Lale Demir, speaking to state television, said the ceasefire had held.",
            [("the ceasefire had held", "said", "state television")],
            id="guard-a-speaking-aside-before-said-is-its-medium",
        ),
    ],
)
def test_participle_asides(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A participle aside between the speaker and the verb names the medium; it makes no report of its own."""
    got = [
        (q.text, q.cue.text if q.cue else "", q.addressee.text if q.addressee else "")
        for q in find_quotes("World news\n\n" + text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Talks will resume next week,” the spokesman said at his weekly briefing.",
            "at his weekly briefing",
            id="at-a-weekly-briefing-is-the-medium",
        ),
        pytest.param(
            "The spokesman said at a news conference in Doha that talks would resume.",
            "at a news conference in Doha",
            id="at-a-news-conference-in-a-city-is-the-medium",
        ),
        pytest.param(
            "“Europe must stand on its own feet,” the president said in a speech to ambassadors.",
            "in a speech to ambassadors",
            id="a-speech-to-ambassadors-is-the-medium",
        ),
        pytest.param(
            "The spokesman said in a televised briefing that talks would resume.",
            "in a televised briefing",
            id="guard-in-a-televised-briefing-is-the-medium",
        ),
    ],
)
def test_occasions_as_media(text: str, expected: str) -> None:
    """The briefing, conference, ceremony or speech a verb of saying closes with is the record's medium."""
    q = find_quotes("World news\n\n" + text)[0]
    assert q.addressee is not None and q.addressee.text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Minister Lina Sand said on Monday that the talks were useful. “We will return,” the top "
            "diplomat added.",
            [("the talks were useful", "Foreign Minister"), ("We will return,", "Foreign Minister")],
            id="an-epithet-gives-the-office-it-stands-for",
        ),
        pytest.param(
            "Government spokesperson Lina Sand said on Monday that the talks were useful. “We will return,” "
            "the spokesperson added.",
            [
                ("the talks were useful", "Government spokesperson"),
                ("We will return,", "Government spokesperson"),
            ],
            id="guard-the-office-s-own-noun-takes-the-fuller-title",
        ),
    ],
)
def test_roles_of_epithets(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A description standing for an office named before ("the top diplomat") gives that office as role."""
    assert [(t, role) for t, _n, role, _a in described_records("World news\n\n" + text)] == expected
