"""Quotations and speakers in the twenty-eighth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _mentions(text: str) -> list[tuple[str, str | None]]:
    """(mention, name) of every quotation's speaker in the text under a headline, in order ("" when none)."""
    quotes = find_quotes("Talks stall over the border\n\n" + text)
    assert quotes, "no quotation found"
    return [
        (q.speaker.mention.text if q.speaker.mention else "", q.speaker.name) if q.speaker else ("", None)
        for q in quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Member states that border Russia say the plan is too timid.",
            [("Member states", None)],
            id="that-relative-after-states",
        ),
        pytest.param(
            "Aid agencies that run the shelters said the winter funding came too late.",
            [("Aid agencies", None)],
            id="that-relative-after-institution-plural",
        ),
        pytest.param(
            "Diplomats that attended the dinner said the mood was tense.",
            [("Diplomats", None)],
            id="that-relative-after-role-plural",
        ),
        pytest.param(
            "Analysts warned that Moscow says the plan is too timid.",
            [("Analysts", None)],
            id="guard-that-after-a-cue-is-its-clause",
        ),
        pytest.param(
            "The fact that Moscow says the plan is too timid worries Warsaw.",
            [("Moscow", "Moscow")],
            id="guard-that-after-a-plain-noun",
        ),
        pytest.param(
            "Some in Yerevan argue the deal came too late.",
            [("Some in Yerevan", None)],
            id="some-in-a-capital",
        ),
        pytest.param(
            "Some in the party believe the deal came too late.",
            [("Some in the party", None)],
            id="some-in-the-party",
        ),
        pytest.param(
            "Many in Washington believe the deal came too late.",
            [("Many in Washington", None)],
            id="guard-many-in-a-capital",
        ),
    ],
)
def test_a_group_qualified_by_a_relative_or_a_place_speaks_not_the_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _mentions(text) == expected


def _first(text: str) -> tuple[str, str | None, str | None]:
    """(content, speaker name, cue) of the first quotation in the text under a headline."""
    quotes = find_quotes("Talks stall over the border\n\n" + text)
    assert quotes, "no quotation found"
    q = quotes[0]
    return (q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The singer, whose album "Salt Road" topped the charts in May, added that he would not tour.',
            ("he would not tour", None, "added"),
            id="whose-aside-holding-a-title",
        ),
        pytest.param(
            'Strategist Lucia Ferro, speaking on NBC\'s "Sunday Desk," said the party had lost its way.',
            ("the party had lost its way", "Lucia Ferro", "said"),
            id="speaking-on-a-show-closing-the-aside",
        ),
        pytest.param(
            'A 2021 state audit, titled "Dry Years Ahead," found that the reservoirs were overdrawn.',
            ("the reservoirs were overdrawn", None, "found"),
            id="titled-closing-the-aside",
        ),
        pytest.param(
            'Historian Tomas Weld, author of "The Long Siege", said the ceasefire would not hold.',
            ("the ceasefire would not hold", "Tomas Weld", "said"),
            id="author-of-a-title",
        ),
        pytest.param(
            'Actor Femi Adeyemi, best known for his role in "River of Kings," announced that he would run.',
            ("he would run", "Femi Adeyemi", "announced"),
            id="best-known-for-a-title",
        ),
        pytest.param(
            'Coach Obi Nnaji, nicknamed "The General" by fans, said his side had been robbed.',
            ("his side had been robbed", "Obi Nnaji", "said"),
            id="nicknamed-with-an-agent",
        ),
        pytest.param(
            'Captain Kofi Mensah, known as "Big Kofi" to supporters, said the title was deserved.',
            ("the title was deserved", "Kofi Mensah", "said"),
            id="known-as-with-a-complement",
        ),
        pytest.param(
            "The levy hurts farmers in Ohio, who backed the party, said Ines Varga, a pollster.",
            ("The levy hurts farmers in Ohio, who backed the party", "Ines Varga", "said"),
            id="inverted-speaker-after-a-relative-clause",
        ),
        pytest.param(
            "The plan drew fire from China, whose foreign ministry spokeswoman, Liu Fang, said it was rash.",
            ("it was rash", "Liu Fang", "said"),
            id="guard-whose-phrase-without-a-verb-holds-the-speaker",
        ),
        pytest.param(
            'Historian Tomas Weld, author of "Red Winter: A History", said the truce would not hold.',
            ("the truce would not hold", "Tomas Weld", "said"),
            id="a-title-with-a-colon-after-author-of-is-no-quotation",
        ),
        pytest.param(
            "Lena Ott, who chairs the panel, said Piet Roos would resign.",
            ("Piet Roos would resign", "Lena Ott", "said"),
            id="guard-aside-then-content-with-a-name",
        ),
    ],
)
def test_an_aside_holding_a_quoted_title_does_not_hide_its_subject(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Activists dislike the rule, a stance that Vera Lind advocated over the weekend.",
            [],
            id="time-only",
        ),
        pytest.param(
            "Vera Lind advocated a ban over the weekend.",
            ["a ban over the weekend"],
            id="guard-object-then-time",
        ),
    ],
)
def test_an_object_cue_followed_by_a_time_alone_reports_nothing(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes("Talks stall over the border\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gov. Alan Poe said he had asked for federal aid. In Port Lavaca, shrimper Luis Ortega, 61,"
            ' rode out the storm in his attic. "I have seen three of these," he said.',
            ["Alan Poe", "Luis Ortega"],
            id="newcomer-with-age",
        ),
        pytest.param(
            "Mayor Ruth Kemp said the shelters were full. Down the road, Dario Mendez, a retired welder, was"
            ' bailing out his kitchen. "The water came in an hour," he said.',
            ["Ruth Kemp", "Dario Mendez"],
            id="guard-newcomer-as-subject",
        ),
        pytest.param(
            "Senator Tom Vale attacked the ruling. The judge in the case is Omar Pell, who was born in Ohio."
            ' He insisted Pell was "biased."',
            ["Tom Vale"],
            id="guard-newcomer-spoken-of-in-the-report",
        ),
        pytest.param(
            'Gov. Alan Poe said he had asked for aid. He toured the coast as Lincoln once did. "We will'
            ' rebuild," he said.',
            ["Alan Poe", "Alan Poe"],
            id="guard-name-in-passing",
        ),
        pytest.param(
            'Gov. Alan Poe said he had asked for aid, adding that Luis Ortega, 61, had been rescued. "We will'
            ' rebuild," he said.',
            ["Alan Poe", "Alan Poe", "Alan Poe"],
            id="guard-newcomer-inside-a-report",
        ),
    ],
)
def test_a_pronoun_after_a_person_just_introduced_is_that_person(text: str, expected: list[str]) -> None:
    quotes = find_quotes("Storm hits the coast\n\n" + text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Bosnian Football Federation fined the club on Friday. The federation said the banner was"
            " offensive.",
            "Bosnian Football Federation",
            id="the-federation",
        ),
        pytest.param(
            'Marlow University cut 40 jobs on Monday. "We had no choice," the university said on Monday.',
            "Marlow University",
            id="the-university",
        ),
        pytest.param(
            "The Central Board of Examinations delayed the results. The board said the delay was technical.",
            "Central Board of Examinations",
            id="the-board",
        ),
        pytest.param(
            "Fans booed the anthem before kickoff. The federation said it would investigate.",
            None,
            id="guard-no-federation-named-before",
        ),
    ],
)
def test_a_body_head_noun_refers_to_the_body_named_before(text: str, expected: str | None) -> None:
    quotes = find_quotes("Results delayed\n\n" + text)
    assert [q.speaker.name if q.speaker else None for q in quotes][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least 48 people died, according to AFAD figures.", "AFAD", id="according-to-figures"
        ),
        pytest.param(
            "According to Interior Ministry data, 300 people were detained.", "Interior Ministry", id="data"
        ),
        pytest.param(
            "FBI statistics show the numbers in the senator's post are wrong.", "FBI", id="statistics-show"
        ),
        pytest.param(
            "Some GOP figures declared that the primary was over.",
            "GOP figures",
            id="guard-figures-as-people",
        ),
        pytest.param(
            "Jobs grew in May, according to the Office for National Statistics.",
            "Office for National Statistics",
            id="guard-statistics-in-a-name",
        ),
    ],
)
def test_a_body_speaks_through_the_figures_it_published(text: str, expected: str | None) -> None:
    quotes = find_quotes("Results delayed\n\n" + text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [expected]


def _speaker_rows(text: str) -> list[tuple[str | None, str | None]]:
    """(name, role) of every quotation's speaker in the text under a headline, in order."""
    quotes = find_quotes("Campus tensions rise\n\n" + text)
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rescuer Emre Kaplan said the roof fell in seconds.", [("Emre Kaplan", "Rescuer")], id="rescuer"
        ),
        pytest.param(
            "Provost Adaeze Ike said the budget was balanced.", [("Adaeze Ike", "Provost")], id="provost"
        ),
        pytest.param(
            "Sophomore Liam Ostrow said he backed the strike.", [("Liam Ostrow", "Sophomore")], id="sophomore"
        ),
        pytest.param(
            "Grandmaster Pavel Ilyin told reporters the ban was absurd.",
            [("Pavel Ilyin", "Grandmaster")],
            id="grandmaster",
        ),
        pytest.param(
            "The Society of Civil Engineers estimates that repairs will cost $2 billion.",
            [("Society of Civil Engineers", None)],
            id="guard-engineers-in-a-name",
        ),
        pytest.param(
            "Her defenders say the audit was fair.",
            [(None, None)],
            id="guard-defenders-are-supporters",
        ),
        pytest.param(
            "Amcu, which represents most of the 8,000 workers, insisted its demand was fair.",
            [("Amcu", None)],
            id="a-thousands-comma-cuts-no-role",
        ),
        pytest.param(
            "Former Olympic champion Ruth Wanjiru was elected president of the federation on Friday.",
            [],
            id="champion-before-a-name-is-a-title",
        ),
        pytest.param(
            "Hakon Berg, a former Icelandic champion, said the federation had no choice.",
            [("Hakon Berg", None)],
            id="champion-before-a-comma-is-a-title",
        ),
        pytest.param(
            "Lena Ruiz champions the levy as a lifeline.",
            [("Lena Ruiz", None)],
            id="guard-champions-as-a-verb",
        ),
    ],
)
def test_titles_numbers_and_the_noun_champion_in_subjects(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speaker_rows(text) == expected


def test_a_hearer_counted_in_thousands_keeps_its_number() -> None:
    quotes = find_quotes("Campus tensions rise\n\nKang told a crowd of 12,000 that he would run again.")
    assert [(q.text, q.addressee.text if q.addressee else None) for q in quotes] == [
        ("he would run again", "a crowd of 12,000")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Chief executive Dara Quill has described the strike as "reckless".',
            ("Dara Quill", "Chief executive", None),
            id="a-title-opening-the-sentence-names-no-firm",
        ),
        pytest.param(
            "Maersk chief executive Dara Quill said the strike was reckless.",
            ("Dara Quill", "Maersk chief executive", "Maersk"),
            id="guard-firm-before-its-title",
        ),
        pytest.param(
            "Thabo Ncube, one of the strike's leaders, said the march would go on.",
            ("Thabo Ncube", "one of the strike's leaders", None),
            id="one-of-keeps-its-count",
        ),
        pytest.param(
            "Germany's largest trade union, IG Metall, opened wage talks, warning employers of a hot autumn.",
            ("IG Metall", "largest trade union", None),
            id="owner-before-an-apposed-name-is-no-subject",
        ),
    ],
)
def test_the_role_and_body_read_from_a_subject(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    quotes = find_quotes("Strike widens\n\n" + text)
    q = quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organization) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The Disaster and Emergency Management Authority (AFAD) said 48 people died.\n\n"We are still'
            ' digging," AFAD said.',
            ["Disaster and Emergency Management Authority", "Disaster and Emergency Management Authority"],
            id="acronym-its-name-does-not-spell",
        ),
        pytest.param(
            "The National Disaster Management Authority (NDMA) said 48 people died. The NDMA said 300 were"
            " rescued.",
            ["National Disaster Management Authority", "National Disaster Management Authority"],
            id="guard-acronym-its-name-spells",
        ),
        pytest.param(
            '"Landslides remain a threat," weather specialist Maricel dela Cruz said in a briefing.',
            ["Maricel dela Cruz"],
            id="particle-dela",
        ),
        pytest.param(
            "Minister for Sport Camille Derval said whistling the anthem was an insult.",
            ["Camille Derval"],
            id="minister-for-sport",
        ),
    ],
)
def test_names_of_bodies_and_people_across_languages(text: str, expected: list[str]) -> None:
    quotes = find_quotes("Quake toll rises\n\n" + text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Aidos Serikov likes to say that his country is friends with everyone.",
            ("his country is friends with everyone", "Aidos Serikov", "say", None),
            id="likes-to-say",
        ),
        pytest.param(
            "My grandfather Rustam Aliev used to say that the river remembers everything.",
            ("the river remembers everything", "Rustam Aliev", "say", None),
            id="used-to-say",
        ),
        pytest.param(
            "I asked the deputy minister, Levan Abashidze, whether Georgia would sign.",
            ("whether Georgia would sign", None, "asked", "the deputy minister, Levan Abashidze"),
            id="asked-a-hearer-with-an-apposed-name",
        ),
    ],
)
def test_columnists_habits_and_questions(
    text: str, expected: tuple[str, str | None, str, str | None]
) -> None:
    q = find_quotes("A view from Tbilisi\n\n" + text)[0]
    assert (
        q.text,
        q.speaker.name if q.speaker else None,
        q.cue.text if q.cue else None,
        q.addressee.text if q.addressee else None,
    ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A senior Tory said the leader had six months left.", "senior Tory", id="tory"),
        pytest.param("A Tory grandee said the leader had six months left.", "Tory grandee", id="grandee"),
        pytest.param(
            "Lord Hale of Alnwick spoke first. The peer said he still backed her.", "peer", id="the-peer"
        ),
    ],
)
def test_british_party_members_and_peers_are_role_nouns(text: str, expected: str) -> None:
    q = find_quotes("Leader under pressure\n\n" + text)[-1]
    assert q.speaker is not None
    assert q.speaker.role == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The lender has hired advisers, said the people, speaking on condition of anonymity. No decision"
            " has been made, they said.",
            [("people", "none"), ("people", "pronoun")],
            id="they-after-said-the-people",
        ),
        pytest.param(
            "Two officials said the talks had stalled. They said a new round was unlikely.",
            [("officials", "none"), ("officials", "pronoun")],
            id="they-after-two-officials",
        ),
        pytest.param(
            "The talks stalled on Monday. They said a new round was unlikely.",
            [(None, "none")],
            id="guard-they-with-no-group-before",
        ),
    ],
)
def test_they_after_people_nobody_names_is_those_people(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    quotes = find_quotes("Lender weighs sale\n\n" + text)
    assert [(q.speaker.role, q.speaker.resolution) if q.speaker else (None, "") for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She told the Covid inquiry that she had raised concerns.",
            ("she had raised concerns", "the Covid inquiry"),
            id="inquiry",
        ),
        pytest.param(
            "He told a Senate panel on Wednesday that the plan was sound.",
            ("the plan was sound", "a Senate panel"),
            id="panel-then-a-day",
        ),
    ],
)
def test_a_hearing_body_told_is_the_hearer(text: str, expected: tuple[str, str]) -> None:
    q = find_quotes("Minister questioned\n\n" + text)[0]
    assert (q.text, q.addressee.text if q.addressee else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Halden & Moor said in a statement the engines were safe.",
            ("Halden & Moor", None, "Halden & Moor"),
            id="firm-joined-by-an-ampersand",
        ),
        pytest.param(
            "Brill & Sons Holdings said prices would rise.",
            ("Brill & Sons Holdings", None, "Brill & Sons Holdings"),
            id="ampersand-then-more-words",
        ),
    ],
)
def test_a_firm_named_with_an_ampersand_is_one_body(text: str, expected: tuple[str, None, str]) -> None:
    q = find_quotes("Engines cleared\n\n" + text)[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organization) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Finance Minister Dora Vell has told allies that the network will be targeted, one of the"
            ' officials said. "We are going after the money," the official said.',
            (None, "official"),
            id="one-of-the-officials-then-the-official",
        ),
        pytest.param(
            'Finance Minister Dora Vell spoke first. "We are going after the money," the minister said.',
            ("Dora Vell", "Finance Minister"),
            id="guard-the-minister-is-the-minister-named",
        ),
    ],
)
def test_the_official_after_one_of_the_officials_is_that_official(
    text: str, expected: tuple[str | None, str]
) -> None:
    q = find_quotes("Sanctions widen\n\n" + text)[-1]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Joint Chiefs of Staff said the missile flew 600 km. The JCS said it was a new type.",
            ["Joint Chiefs of Staff", "Joint Chiefs of Staff"],
            id="board-named-by-its-members-title",
        ),
        pytest.param(
            "The Secretary of State said the talks were useful.", [None], id="guard-one-office-holder"
        ),
    ],
)
def test_a_board_named_by_its_members_plural_title_is_a_body(text: str, expected: list[str | None]) -> None:
    quotes = find_quotes("Missile launch\n\n" + text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brelta Inc. will raise the price of its plan by $2 a month, the company said on Monday.",
            "Brelta Inc.",
            id="firm-in-the-content",
        ),
        pytest.param(
            "Delphis Tankers Ltd cut its forecast. The company said demand was weak.",
            "Delphis Tankers Ltd",
            id="firm-in-the-sentence-before",
        ),
        pytest.param(
            "Prices rose sharply in May. The company said demand was weak.", None, id="guard-no-firm-named"
        ),
    ],
)
def test_the_company_is_a_firm_named_by_its_legal_form_just_before(text: str, expected: str | None) -> None:
    q = find_quotes("Prices rise\n\n" + text)[-1]
    assert q.speaker is not None
    assert q.speaker.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Friends of the Earth said the vote was historic.", "Friends of the Earth", id="friends-of"
        ),
        pytest.param("Save the Children said the camps were full.", "Save the Children", id="verb-the-noun"),
        pytest.param("Dignity in Dying said the vote was historic.", "Dignity in Dying", id="noun-in-noun"),
        pytest.param(
            "If the United Kingdom endorsed the levy, Norway would follow.",
            "United Kingdom",
            id="guard-an-opener-before-a-state",
        ),
        pytest.param(
            "Lena Ruiz of Arizona said the vote was historic.", "Lena Ruiz", id="guard-a-person-of-a-state"
        ),
    ],
)
def test_a_body_named_in_title_case_with_links_is_one_name(text: str, expected: str) -> None:
    q = find_quotes("Vote passes\n\n" + text)[0]
    assert q.speaker is not None
    assert q.speaker.name == expected
