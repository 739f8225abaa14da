"""Quotations and speakers in the twenty-seventh session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(name, role) of every quotation's speaker in the text under a headline, in order."""
    quotes = find_quotes("Clashes spread in the north\n\n" + text)
    assert quotes, "no quotation found"
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A trader who gave his name only as Omondi told AFP the market had emptied.",
            [("Omondi", "trader")],
            id="restrictive-gave-his-name-only-as",
        ),
        pytest.param(
            'One nurse, who gave her name only as Hiwot, said the clinic had run out of insulin. "We have'
            ' nothing left," she said.',
            [("Hiwot", "nurse"), ("Hiwot", "nurse")],
            id="aside-gave-her-name-only-as",
        ),
        pytest.param(
            "Her cousin, who gave only her first name, Amani, said the soldiers came at dawn.",
            [("Amani", None)],
            id="aside-gave-only-her-first-name",
        ),
        pytest.param(
            "A driver who identified himself only as Farah said the road to the port was closed.",
            [("Farah", "driver")],
            id="identified-himself-only-as",
        ),
        pytest.param(
            "A commander who goes by the nom de guerre Abu Layth said his men would hold the bridge.",
            [("Abu Layth", "commander")],
            id="nom-de-guerre",
        ),
        pytest.param(
            "One farmer, who asked to be identified only as Tesfaye, said the locusts had returned.",
            [("Tesfaye", "farmer")],
            id="asked-to-be-identified-only-as",
        ),
        pytest.param(
            "An army officer, who gave only his first name, told Reuters the base had fallen.",
            [(None, "army officer")],
            id="guard-no-name-given",
        ),
        pytest.param(
            "A UN official who works in Goma said the camps were full.",
            [(None, "UN official")],
            id="guard-restrictive-relative",
        ),
    ],
)
def test_a_speaker_named_only_in_a_relative_clause(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"If we carry Ohio," says Ramon Estrada, the senator\'s deputy campaign manager, "we carry the'
            ' country."',
            [("Ramon Estrada", "senator's deputy campaign manager")] * 2,
            id="role-before-resumed-quotation",
        ),
        pytest.param(
            '"The buses stopped running in May," said Lena Holt, 61, a retired teacher from Millbrook.',
            [("Lena Holt", "retired teacher from Millbrook")],
            id="age-before-role-after-cue",
        ),
        pytest.param(
            "Lena Holt, 61, a retired teacher from Millbrook, said the buses had stopped running.",
            [("Lena Holt", "retired teacher from Millbrook")],
            id="guard-age-before-role-before-cue",
        ),
    ],
)
def test_a_role_read_after_the_cue_is_the_description_only(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected


def test_a_role_never_holds_the_masked_text_of_a_quotation() -> None:
    text = (
        'Mayor falls\n\n"Nobody reads the fine print," said Ivo Brandt, author of "The Quiet Ledger," a'
        ' history of the city\'s budget. "Not even the council."'
    )
    for q in find_quotes(text):
        assert q.speaker is not None and q.speaker.role is not None
        assert "\ue000" not in q.speaker.role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'President Hassan Sheikh Ahmed said the vote would go ahead. "We are ready," Ahmed said.',
            [("Hassan Sheikh Ahmed", "President")] * 2,
            id="sheikh-inside-a-name",
        ),
        pytest.param(
            "Abdirahman Haji Warsame said the port at Berbera was open again.",
            [("Abdirahman Haji Warsame", None)],
            id="haji-inside-a-name",
        ),
        pytest.param(
            "The state minister, Abdullahi Omar Sheikh Nur, told Xinhua the port was open again.",
            [("Abdullahi Omar Sheikh Nur", "state minister")],
            id="sheikh-inside-an-apposed-name",
        ),
        pytest.param(
            "Sheikh Khalid al-Mansouri said the talks would resume in Doha.",
            [("Khalid al-Mansouri", None)],
            id="guard-sheikh-before-a-name",
        ),
    ],
)
def test_an_honorific_inside_a_name_is_part_of_it(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Army spokesman Brig-Gen Osman Khalil said the bridge had been retaken.",
            [("Osman Khalil", "Army spokesman")],
            id="hyphenated-rank",
        ),
        pytest.param(
            "Army spokesman Maj-Gen Osman Khalil said the bridge had been retaken.",
            [("Osman Khalil", "Army spokesman")],
            id="hyphenated-rank-major",
        ),
        pytest.param(
            "Army spokesman Brigadier General Osman Khalil said the bridge had been retaken.",
            [("Osman Khalil", "Army spokesman")],
            id="two-word-rank-after-office",
        ),
        pytest.param(
            '"This is the last warning," Field Marshal Girma Bekele said. The field marshal said the war'
            " would end by spring.",
            [("Girma Bekele", "Field Marshal"), ("Girma Bekele", "field marshal")],
            id="field-marshal",
        ),
        pytest.param(
            "Deputy Attorney General Ana Ruiz said the case was closed.",
            [("Ana Ruiz", "Deputy Attorney General")],
            id="guard-attorney-general",
        ),
        pytest.param(
            "Major General Osman Khalil said the bridge had been retaken.",
            [("Osman Khalil", "Major General")],
            id="guard-rank-alone",
        ),
    ],
)
def test_a_military_rank_is_no_part_of_a_name(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"I was very angry," Hawa Dirie says. Her son, Abdi Dirie, is eleven. "I like school," Abdi'
            " says.",
            ["Hawa Dirie", "Abdi Dirie"],
            id="mother-and-son-one-given-name-unknown",
        ),
        pytest.param(
            'Lorna Pruett writes songs. "I wrote it in twenty minutes," she says.\n\nHer father, Earl Pruett,'
            " was a coal miner.",
            ["Lorna Pruett"],
            id="a-relative-named-later",
        ),
        pytest.param(
            '"I was looking for a dragonfly," Setsuko Morimoto says.\n\nHer granddaughter, Yui Morimoto,'
            ' records her testimony. "I want the tapes to be there," Yui says.',
            ["Setsuko Morimoto", "Yui Morimoto"],
            id="grandmother-and-granddaughter",
        ),
        pytest.param(
            "Dana Kress, a lawyer from Ramsey, said the speeches had helped her decide. With her husband,"
            ' Milton Kress, a banker, she funds two school boards. She called the mayor a "decent man."',
            ["Dana Kress", "Dana Kress"],
            id="guard-her-husband-is-a-man",
        ),
        pytest.param(
            'Anna Jama herds reindeer. Her son, Peter, is eleven. "I tell him to learn a trade," she says.',
            ["Anna Jama"],
            id="her-son-named-by-given-name",
        ),
        pytest.param(
            '"We need the road," Lena Holt said. "Holt is right," said Mark Holt, her brother.',
            ["Lena Holt", "Mark Holt"],
            id="guard-two-known-given-names",
        ),
    ],
)
def test_relatives_sharing_a_surname_are_different_people(text: str, expected: list[str]) -> None:
    assert [name for name, _role in _speakers(text)] == expected


def test_a_state_s_office_owned_by_a_possessive_is_not_the_last_speaker() -> None:
    text = (
        '"Numbers are for the newspapers," Yulia Marchenko says.\n\n'
        "Latvia's president said in May that talks had stalled."
    )
    assert _speakers(text) == [("Yulia Marchenko", None), (None, "Latvia's president")]


def test_a_demonym_office_after_an_untitled_speaker_is_that_speaker() -> None:
    text = '"We will veto it," Vassily Orlov said. The Russian envoy said the text was unbalanced.'
    assert [name for name, _ in _speakers(text)] == ["Vassily Orlov", "Vassily Orlov"]


@pytest.mark.parametrize(
    "text",
    [
        '"We are close," the chair of the talks, Anwar Qasimov, said late on Saturday.',
        '"We are close," Anwar Qasimov, the chair of the talks, said early on Monday.',
        '"We are close," Anwar Qasimov, the chair of the talks, said shortly after midnight.',
    ],
)
def test_a_time_after_a_closing_cue_is_no_quotation(text: str) -> None:
    assert [q.text for q in find_quotes("Talks go on\n\n" + text)] == ["We are close,"]


def test_late_opening_a_reported_clause_is_kept() -> None:
    quotes = find_quotes("Bank warns\n\nAnwar Qasimov said late payments would rise.")
    assert [q.text for q in quotes] == ["late payments would rise"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Dutch Finance Minister Eva Kramer on Thursday (6 March) said the targets were unrealistic.",
            "Eva Kramer",
            id="subject-then-day-and-date",
        ),
        pytest.param(
            "The European Commission on Tuesday (4 March) rejected the plan, saying the rules would stay.",
            "European Commission",
            id="body-then-day-and-date",
        ),
        pytest.param(
            "Eva Kramer said on Thursday (6 March) the targets were unrealistic.",
            "Eva Kramer",
            id="cue-then-day-and-date",
        ),
    ],
)
def test_a_weekday_s_date_in_brackets_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    quotes = find_quotes("Targets under fire\n\n" + text)
    assert quotes and all(q.speaker is not None and q.speaker.name == speaker for q in quotes)
    assert "(" not in quotes[-1].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The lawsuit states that the officer fired twice without warning.",
            ["the officer fired twice without warning"],
            id="the-lawsuit-states-that",
        ),
        pytest.param(
            "The Baltic states said the sanctions should be tightened.",
            ["the sanctions should be tightened"],
            id="guard-the-noun-states",
        ),
        pytest.param(
            "Officials said the talks would include Russia, Iran and the Gulf States and end in June.",
            ["the talks would include Russia, Iran and the Gulf States and end in June"],
            id="guard-states-in-a-clause",
        ),
    ],
)
def test_states_reports_after_a_text_that_states(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes("Court filing\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Principal Dolores Whitcomb says parents have been dropping off cards. The principal said the"
            " school would reopen on Monday.",
            [("Dolores Whitcomb", "Principal"), ("Dolores Whitcomb", "principal")],
            id="principal",
        ),
        pytest.param(
            "Parent Curtis Mayhew said the buses were late again.",
            [("Curtis Mayhew", "Parent")],
            id="parent",
        ),
        pytest.param(
            "Neighbor Luis Ocampo said he heard three shots.",
            [("Luis Ocampo", "Neighbor")],
            id="neighbor",
        ),
        pytest.param(
            "Pima County Recorder Joan Ellery said the count was on track.",
            [("Joan Ellery", "Pima County Recorder")],
            id="county-recorder",
        ),
        pytest.param(
            "The parent company said profits fell.",
            [(None, None)],
            id="guard-parent-company",
        ),
    ],
)
def test_a_local_title_before_a_name_is_a_role(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Liesel Vantongeren of Climate Action Network Europe said the deal was weak.",
        '"It is weak," said Liesel Vantongeren of Climate Action Network Europe.',
    ],
)
def test_a_person_of_a_body_with_an_unknown_given_name(text: str) -> None:
    assert [name for name, _ in _speakers(text)] == ["Liesel Vantongeren"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to the mayor of Bunia, Jean-Paul Kasongo, the militia entered the town at dawn.",
            ("Jean-Paul Kasongo", "mayor of Bunia", "the militia entered the town at dawn"),
            id="office-of-place-then-name",
        ),
        pytest.param(
            "According to his wife, Claire Ellery, he spent six months in the garden.",
            ("Claire Ellery", "wife", "he spent six months in the garden"),
            id="relation-then-name",
        ),
        pytest.param(
            "According to his wife, Claire Ellery, a pediatrician, he spent six months in the garden.",
            ("Claire Ellery", "wife", "he spent six months in the garden"),
            id="relation-then-name-then-description",
        ),
        pytest.param(
            "According to the mayor, Jean-Paul Kasongo, the militia entered the town at dawn.",
            ("Jean-Paul Kasongo", "mayor", "the militia entered the town at dawn"),
            id="guard-office-then-name",
        ),
    ],
)
def test_according_to_an_office_and_the_name_set_off_after_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    q = find_quotes("Militia takes town\n\n" + text)[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Three policymakers, speaking on condition of anonymity, told Reuters a cut was unlikely.",
            "policymakers",
        ),
        ("Two sherpas said the summit text was nearly agreed.", "sherpas"),
        ("One attendee said the mood in the hall was grim.", "attendee"),
    ],
)
def test_people_quoted_unnamed_at_banks_and_summits(text: str, role: str) -> None:
    assert _speakers(text) == [(None, role)]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            'Kwame Osei told Fox News\' "Hannity" that he would "consider all options".',
            'Fox News\' "Hannity"',
            id="plural-possessive-before-that",
        ),
        pytest.param(
            '"We will win," Kwame Osei told Fox News\' "Hannity."',
            'Fox News\' "Hannity."',
            id="plural-possessive-closing",
        ),
        pytest.param(
            'Kwame Osei told NBC\'s "Meet the Press" that he would "consider all options".',
            'NBC\'s "Meet the Press"',
            id="guard-possessive-s",
        ),
    ],
)
def test_a_show_after_a_plural_possessive_is_the_hearer(text: str, addressee: str) -> None:
    q = find_quotes("Senator on air\n\n" + text)[0]
    assert q.addressee is not None and q.addressee.text == addressee
    assert "Hannity" not in q.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Halima Yusuf fled Nyala in June. "We walked for nine days," says the 34-year-old.',
            "Halima Yusuf",
            id="age-epithet-after-a-subject",
        ),
        pytest.param(
            'Halima Yusuf fled Nyala with Omar Bakri. "We walked for nine days," says the 34-year-old.',
            None,
            id="guard-two-people-named",
        ),
    ],
)
def test_an_age_epithet_for_the_person_the_story_opened_with(text: str, expected: str | None) -> None:
    assert [name for name, _ in _speakers(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Warrap: Officials say 30 killed in cattle raid\n\nThirty people were killed in Warrap state,"
            " officials said.",
            [(None, "Officials"), (None, "officials")],
            id="place-rubric-with-its-own-speaker",
        ),
        pytest.param(
            "Okonjo: Lagos thinks the deal is dead\n\nAda Okonjo said on Monday the deal was dead.",
            [("Ada Okonjo", None), ("Ada Okonjo", None)],
            id="guard-speaker-named-again",
        ),
    ],
)
def test_a_regional_rubric_before_a_headline_colon_is_no_speaker(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    quotes = find_quotes(text)
    assert [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes] == expected


def test_an_age_epithet_is_not_a_name_quoted_before_it() -> None:
    text = '"Ask Omar Bakri," Halima Yusuf said.\n\n"We walked for nine days," says the 34-year-old.'
    assert [name for name, _ in _speakers(text)] == ["Halima Yusuf", "Halima Yusuf"]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            'On ABC\'s "Capitol Week," Sen. Mark Dunley said the bill was dead.',
            'ABC\'s "Capitol Week,"',
            id="on-network-show",
        ),
        pytest.param(
            'Appearing on Fox News\' "Sunday Morning Futures," Dunley said the bill was dead.',
            'Fox News\' "Sunday Morning Futures,"',
            id="appearing-on-plural-possessive",
        ),
        pytest.param(
            'In an interview on "Fox News Sunday," Dunley said the bill was dead.',
            '"Fox News Sunday,"',
            id="interview-on-show",
        ),
    ],
)
def test_a_show_opening_the_sentence_is_the_medium_not_a_quotation(text: str, addressee: str) -> None:
    quotes = find_quotes("Bill stalls\n\n" + text)
    assert [q.text for q in quotes] == ["the bill was dead"]
    assert quotes[0].addressee is not None and quotes[0].addressee.text == addressee


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary Helen Marchetti warned Sunday that the country could run out of cash.",
        "Helen Marchetti assured Monday night that the country would not run out of cash.",
    ],
)
def test_a_weekday_after_the_cue_is_no_hearer(text: str) -> None:
    q = find_quotes("Cash warning\n\n" + text)[0]
    assert q.addressee is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dr. Katrin Lehmann of Charite hospital in Berlin said the finding was worrying.",
            [("Katrin Lehmann", None)],
            id="person-of-a-body-in-a-city",
        ),
        pytest.param(
            "Oncologists across the United States say a shortage is forcing them to ration treatment.",
            [(None, "Oncologists")],
            id="group-across-a-country",
        ),
        pytest.param(
            "Protesters in Berlin said the law was unfair.",
            [(None, "Protesters")],
            id="guard-group-in-a-city",
        ),
    ],
)
def test_a_place_placing_the_speaker_is_not_the_speaker(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('"Twenty children, Tom," Castellano cut in.', "cut in", "Castellano"),
        ('"Secret," Lorna Pruett laughs.', "laughs", "Lorna Pruett"),
        ('"We crossed at night," Mahmoud Haddad remembers.', "remembers", "Mahmoud Haddad"),
        ('"Not a chance," Dana Whitfield snapped.', "snapped", "Dana Whitfield"),
        ('"That is not what I said," Hollis interrupted.', "interrupted", "Hollis"),
    ],
)
def test_a_verb_of_exchange_or_manner_closes_a_quotation(text: str, cue: str, speaker: str) -> None:
    q = find_quotes("Sunday shows\n\n" + text)[0]
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_verb_of_exchange_reports_no_bare_object() -> None:
    text = "Sunday shows\n\nThe army pressed the attack on the city. He remembered the war."
    assert find_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Dr. Kavita Menon, an infectious-disease specialist at a hospital in Chennai, said cases rose.",
            "infectious-disease specialist at a hospital in Chennai",
        ),
        ('"We ran out of gloves," said Grace Atieno, a midwife in Kisumu.', "midwife in Kisumu"),
        ('"Nobody buys now," said Paul Mensah, 42, a street vendor.', "street vendor"),
    ],
)
def test_occupations_of_health_and_local_copy_are_roles(text: str, role: str) -> None:
    assert _speakers(text)[0][1] == role


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        pytest.param(
            'Sen. Ruth Abernathy, whom supporters call "Iron Ruth," said that Delacroix was lying.',
            "Ruth Abernathy",
            "Delacroix was lying",
            id="whom-they-call",
        ),
        pytest.param(
            'Rep. Yesenia Carrasco, a member of "the Squad," said Sunday that the slogan had hurt Democrats.',
            "Yesenia Carrasco",
            "the slogan had hurt Democrats",
            id="a-member-of",
        ),
        pytest.param(
            'Carrasco, the author of "Block by Block," said the slogan had hurt Democrats.',
            "Carrasco",
            "the slogan had hurt Democrats",
            id="the-author-of",
        ),
    ],
)
def test_an_aside_closed_by_a_quoted_name_keeps_its_speaker(text: str, speaker: str, said: str) -> None:
    quotes = find_quotes("Slogan row\n\n" + text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(said, speaker)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The G77 and China said the finance goal was "unacceptable".', "G77 and China"),
        ("Brazil and China said the finance goal was fair.", "Brazil and China"),
    ],
)
def test_a_bloc_named_with_and_is_one_speaker(text: str, name: str) -> None:
    assert [n for n, _ in _speakers(text)] == [name]


_SUNDAY_SHOW = (
    "Senators spar on Sunday show\n\n"
    "WHITFIELD: Senator, will you back the bill?\n\n"
    "SEN. ADAEZE OKONKWO: Good morning, Dana. No, I will not.\n\n"
    "KELSEY DRUMMOND, DEMOCRATIC STRATEGIST: Nobody likes that number.\n\n"
    "SEN. LILLIAN FORSBERG (D-VT): Good to be with you.\n\n"
    "OKONKWO: The bill is dead.\n\n"
    "DRUMMOND: It is."
)


def test_a_transcript_s_labels_with_titles_and_tags() -> None:
    got = [
        (q.text, q.speaker.name, q.speaker.role) if q.speaker else (q.text, None, None)
        for q in find_quotes(_SUNDAY_SHOW)
    ]
    assert got == [
        ("Senator, will you back the bill?", "Whitfield", None),
        ("Good morning, Dana. No, I will not.", "Adaeze Okonkwo", "Sen."),
        ("Nobody likes that number.", "Kelsey Drummond", "Democratic Strategist"),
        ("Good to be with you.", "Lillian Forsberg", "Sen."),
        ("The bill is dead.", "Adaeze Okonkwo", "Sen."),
        ("It is.", "Kelsey Drummond", "Democratic Strategist"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Her spokesman, Tom Reddick, said the senator was referring to "new jobless claims."',
            ['the senator was referring to "new jobless claims.'],
            id="referring-to",
        ),
        pytest.param(
            'The nominee said she expected a "tough but fair" confirmation hearing.',
            ['she expected a "tough but fair" confirmation hearing'],
            id="expected",
        ),
        pytest.param(
            'She said she hoped the package could be adopted "in the coming days".',
            ['she hoped the package could be adopted "in the coming days'],
            id="hoped",
        ),
        pytest.param(
            'Ruiz said Lima had told him "We mean it."',
            ["Lima had told him", "We mean it."],
            id="guard-a-quotation-with-its-own-speaker",
        ),
    ],
)
def test_a_thought_reported_inside_a_report_is_one_record(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes("Hearing ahead\n\n" + text)] == expected


def test_a_hearer_then_to_and_a_quoted_infinitive() -> None:
    text = (
        'Rally ends\n\nFrank Lutz spoke on Monday. He told supporters to "watch the counting very closely."'
    )
    q = find_quotes(text)[0]
    assert q.cue is not None and q.cue.text == "told"
    assert q.addressee is not None and q.addressee.text == "supporters"
    assert q.speaker is not None and q.speaker.name == "Frank Lutz"


@pytest.mark.parametrize(
    "headline",
    [
        "Q&A: Rep. Gwen Adeyemi on her Senate run",
        "Panel: Strategists spar over tariff plan",
        "Reactions: Campaigners split over the summit outcome",
        "Roundtable: Four governors and the budget gap",
    ],
)
def test_a_rubric_before_a_headline_colon_is_no_speaker(headline: str) -> None:
    assert find_quotes(headline + "\n\nThe meeting ended on Sunday.") == ()


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'One of the dissenters called the endorsement "a betrayal of everything we stand for."',
            "One of the dissenters",
        ),
        ("One of the dissenters criticised the plan.", "One of the dissenters"),
    ],
)
def test_one_of_a_group_speaks_with_any_cue(text: str, mention: str) -> None:
    q = find_quotes("Union vote\n\n" + text)[0]
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Norway will give $500 million, its development minister announced on Tuesday.\n\n"This money is'
            ' no gift," said Development Minister Ingrid Haugland.',
            ["Ingrid Haugland", "Ingrid Haugland"],
            id="its-portfolio-minister-then-named",
        ),
        pytest.param(
            "The health secretary has defended the campaign.\n\nSpeaking on Monday, Health Secretary Graham"
            " Whitcombe said 200,000 doses had been given.",
            ["Graham Whitcombe", "Graham Whitcombe"],
            id="the-portfolio-secretary-then-named",
        ),
        pytest.param(
            "The health secretary has defended the campaign.\n\nSpeaking on Monday, Interior Secretary Graham"
            " Whitcombe said 200,000 doses had been given.",
            [None, "Graham Whitcombe"],
            id="guard-another-portfolio",
        ),
    ],
)
def test_a_lead_s_office_is_held_by_the_person_titled_so_next(text: str, expected: list[str | None]) -> None:
    assert [name for name, _ in _speakers(text)] == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Hakobyan said French arms deliveries, while symbolically important, could not replace a treaty.",
            "French arms deliveries, while symbolically important, could not replace a treaty",
            id="while-adjective",
        ),
        pytest.param(
            "Hakobyan said the sanctions, though painful, would stay.",
            "the sanctions, though painful, would stay",
            id="though-adjective",
        ),
        pytest.param(
            "Hakobyan said the talks failed, while her main rival, Ana Ruiz, has gained in the polls.",
            "the talks failed",
            id="guard-while-a-clause-of-its-own",
        ),
    ],
)
def test_a_concession_set_off_inside_the_clause_does_not_end_it(text: str, said: str) -> None:
    assert [q.text for q in find_quotes("Arms talks\n\n" + text)] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "Orders fell 12%, according to the Bangladesh Garment Manufacturers and Exporters Association.",
        "The Bangladesh Garment Manufacturers and Exporters Association said orders fell 12%.",
    ],
)
def test_a_body_s_name_joined_by_and_before_its_head_word(text: str) -> None:
    assert [n for n, _ in _speakers(text)] == ["Bangladesh Garment Manufacturers and Exporters Association"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"Prices will rise," said a former adviser to the president.', "a former adviser to the president"),
    ],
)
def test_whom_an_unnamed_speaker_serves_is_in_the_mention(text: str, mention: str) -> None:
    q = find_quotes("Prices\n\n" + text)[0]
    assert q.addressee is None
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A deal is possible, according to two party insiders.", "two party insiders"),
        ("Party insiders said the deal was off.", "Party insiders"),
    ],
)
def test_insiders_speak_unnamed(text: str, mention: str) -> None:
    q = find_quotes("Coalition talks\n\n" + text)[0]
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == mention


def test_business_insider_stays_an_outlet() -> None:
    q = find_quotes("Coalition talks\n\nBusiness Insider reported that the deal was off.")[0]
    assert q.speaker is not None and q.speaker.name == "Business Insider"
