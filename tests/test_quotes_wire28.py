"""Quotations in the twenty-fourth session's copy (sentences written for these tests; people invented). See
also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _records(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quotation of the text under a headline."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker is not None else None)
        for q in find_quotes("Troop talks\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The US said on Monday it would send two more destroyers to the gulf.",
            [("indirect", "it would send two more destroyers to the gulf", "US")],
            id="the-us",
        ),
        pytest.param(
            "The UK said the talks would resume in Oslo.",
            [("indirect", "the talks would resume in Oslo", "UK")],
            id="guard-the-uk",
        ),
        pytest.param(
            "Some of us said the talks would resume in Oslo.",
            [("indirect", "the talks would resume in Oslo", None)],
            id="guard-us-the-pronoun",
        ),
    ],
)
def test_a_state_s_capitalised_initials_after_the_article_speak(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Marta Quill and Dov Arlen sit on the panel. Quill: “Our aim is to end the levy, not to pause "
            "it.” Arlen: “The goal is to scrap it, not to delay it.”",
            [
                ("direct", "Our aim is to end the levy, not to pause it.", "Marta Quill"),
                ("direct", "The goal is to scrap it, not to delay it.", "Dov Arlen"),
            ],
            id="two-named-labels-in-one-paragraph",
        ),
        pytest.param(
            "The levy passed on Monday. Result: “Nobody read the bill before the vote.”",
            [("direct", "Nobody read the bill before the vote.", None)],
            id="guard-a-word-the-article-never-named",
        ),
    ],
)
def test_a_name_and_a_colon_after_a_sentence_open_the_quotation_after_them(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Both Marta Quill and Dov Arlen said the levy was dead.",
            [("indirect", "the levy was dead", "Marta Quill and Dov Arlen")],
            id="both-people",
        ),
        pytest.param(
            "Both Chile and Peru said the levy was unfair.",
            [("indirect", "the levy was unfair", "Chile and Peru")],
            id="both-states",
        ),
        pytest.param(
            "Both Marta Quill and Dov Arlen sit on the panel. Quill said it was dead.",
            [("indirect", "it was dead", "Marta Quill")],
            id="both-is-no-part-of-a-name",
        ),
    ],
)
def test_both_before_names_joined_by_and_makes_them_speak_together(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


def test_a_thing_shown_to_someone_is_no_report_and_the_next_quotation_stays_with_its_speaker() -> None:
    text = (
        "“Why wait a week? I am no doctor,” Marta Quill told reporters, referring to photographs that Dov "
        "Arlen showed to the police. “Would you not call for help at once?”"
    )
    records = _records(text)
    assert ("direct", "Would you not call for help at once?", "Marta Quill") in records
    assert all(kind != "indirect" or speaker != "Dov Arlen" for kind, _, speaker in records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile and Peru on Tuesday said the levy was unfair.",
            [("indirect", "the levy was unfair", "Chile and Peru")],
            id="two-states-then-a-day",
        ),
        pytest.param(
            "Chile, Peru and Bolivia on Tuesday warned Brazil that they would leave the talks.",
            [("indirect", "they would leave the talks", "Chile, Peru and Bolivia")],
            id="three-states-then-a-day",
        ),
        pytest.param(
            "But Marta Quill and Dov Arlen last week said the levy was dead.",
            [("indirect", "the levy was dead", "Marta Quill and Dov Arlen")],
            id="after-but",
        ),
        pytest.param(
            "Senator Ana Lind, opening the Museum of Salt and Iron on Saturday, said it would draw visitors.",
            [("indirect", "it would draw visitors", "Ana Lind")],
            id="guard-the-last-words-of-a-name",
        ),
    ],
)
def test_names_joined_by_and_speak_together_across_a_time_before_the_cue(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least six hard-liners said afterward they would vote no.",
            [("indirect", "they would vote no", None)],
            id="afterward",
        ),
        pytest.param(
            "Two of the envoys said privately the draft was dead.",
            [("indirect", "the draft was dead", None)],
            id="privately",
        ),
        pytest.param(
            "Marta Quill said earlier this week the vote would go ahead.",
            [("indirect", "the vote would go ahead", "Marta Quill")],
            id="earlier-this-week",
        ),
        pytest.param(
            "“We will vote no,” Marta Quill said later.",
            [("direct", "We will vote no,", "Marta Quill")],
            id="guard-closing",
        ),
    ],
)
def test_an_adverb_of_time_or_manner_between_the_cue_and_a_clause_without_that(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(text) == expected


def _organization(text: str) -> str | None:
    """The organisation of the text's one quotation's speaker."""
    (q,) = find_quotes("Rights report\n\n" + text)
    return q.speaker.organization if q.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guards beat the men daily, said Rhea Mistry, Amnesty's deputy director for South Asia.",
            "Amnesty",
            id="amnesty-possessive",
        ),
        pytest.param(
            "The camps are full, said Omar Tadesse, director of Amnesty International in Kenya.",
            "Amnesty International",
            id="amnesty-of",
        ),
        pytest.param(
            "The siege must end, said Lina Faraj, HRW's Syria researcher.",
            "HRW",
            id="guard-hrw-acronym",
        ),
        pytest.param(
            "The wards are full, said Pavel Dvorak, head of mission for Doctors Without Borders.",
            "Doctors Without Borders",
            id="msf-english-name",
        ),
    ],
)
def test_a_human_rights_or_aid_organisation_in_a_title_is_the_speaker_s_organisation(
    text: str, expected: str
) -> None:
    assert _organization(text) == expected


def test_an_under_secretary_before_a_name_is_one_office() -> None:
    text = (
        "“We are ready,” Commerce Under Secretary Gerald Whitby told reporters. “This is about security.”\n\n"
        "Whitby said the list would grow."
    )
    records = [
        (q.speaker.name, q.speaker.role) if q.speaker is not None else None
        for q in find_quotes("Export rules\n\n" + text)
    ]
    assert records == [("Gerald Whitby", "Commerce Under Secretary")] * 3


def test_under_opening_a_sentence_is_still_a_preposition() -> None:
    (q,) = find_quotes("Export rules\n\nUnder pressure, the minister said the rules were ready.")
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "the minister"


def _all(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker's mention, speaker name) of every quotation of a whole article."""
    return [
        (
            q.kind,
            q.text,
            q.speaker.mention.text if q.speaker is not None and q.speaker.mention is not None else None,
            q.speaker.name if q.speaker is not None else None,
        )
        for q in find_quotes(text)
    ]


def test_a_newsletter_s_labels_are_no_speakers_and_no_part_of_a_clause() -> None:
    text = (
        "Chip curbs widen\n\n"
        "Driving the news: The rules would add 40 firms to the list, two officials said.\n\n"
        "What they're saying: “Nobody in this building is naive,” a senior official said.\n\n"
        "- Why it matters: The move would hit exports, a diplomat said."
    )
    assert _all(text) == [
        ("indirect", "The rules would add 40 firms to the list", "two officials", None),
        ("direct", "Nobody in this building is naive,", "a senior official", None),
        ("indirect", "The move would hit exports", "a diplomat", None),
    ]


def test_section_headings_in_capitals_are_no_transcript_turns() -> None:
    text = (
        "Morning notes\n\n"
        "DRIVING THE DAY: Speaker Dana Holt has a week to keep the agencies open.\n\n"
        "ABROAD: Secretary Ivo Marsh flies to Brussels today.\n\n"
        "BIRTHDAYS: Rep. Lena Ortiz, Sam Beck of the Tribune."
    )
    assert _all(text) == []


def test_a_transcript_s_labels_in_capitals_still_give_the_turns() -> None:
    text = (
        "Debate over debates\n\n"
        "KATE MORROW: Will you face him again?\n\n"
        "LEON ABADI: Let us first look at the tone of the race.\n\n"
        "MORROW: Three more rounds were on the table in January.\n\n"
        "ABADI: He does not set the calendar for us."
    )
    assert [name for *_, name in _all(text)] == ["Kate Morrow", "Leon Abadi", "Kate Morrow", "Leon Abadi"]


def _speaker(text: str) -> tuple[str | None, str | None, str]:
    """(name, mention, resolution) of the speaker of the text's last quotation."""
    q = find_quotes("Rights report\n\n" + text)[-1]
    assert q.speaker is not None and q.speaker.mention is not None
    return (q.speaker.name, q.speaker.mention.text, q.speaker.resolution)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The London-based group said at least 900 people remained in jail.",
            (None, "The London-based group", "none"),
            id="the-seat-based-group-is-no-name",
        ),
        pytest.param(
            "Prices have doubled since May, said a Tehran-based importer.",
            (None, "a Tehran-based importer", "none"),
            id="a-seat-based-importer",
        ),
        pytest.param(
            "The Nairobi-based Centre for Lake Studies said the figures were wrong.",
            ("Centre for Lake Studies", "The Nairobi-based Centre for Lake Studies", "named"),
            id="guard-a-named-body-after-its-seat",
        ),
    ],
)
def test_a_seat_with_based_describes_the_speaker_and_is_no_name(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert _speaker(text) == expected


def test_a_correspondent_reporting_from_a_place_reports_nothing_there() -> None:
    text = "Our correspondent Derya Ozkan, reporting from Istanbul, says Ankara is keen on a deal."
    assert [(kind, quoted) for kind, quoted, _ in _records(text)] == [
        ("indirect", "Ankara is keen on a deal")
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param("Almost all said they had paid fees to agents.", "Almost all", id="almost-all"),
        pytest.param(
            "Nearly all of the workers said they had paid fees.", "Nearly all of the workers", id="of"
        ),
        pytest.param("All said they had paid fees to agents.", "All", id="guard-all"),
    ],
)
def test_an_approximator_before_all_is_part_of_the_speaker(text: str, mention: str) -> None:
    assert _speaker(text) == (None, mention, "none")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "Hawks on Capitol Hill say the administration is moving too slowly.",
            "Hawks on Capitol Hill",
            id="hawks-on-the-hill",
        ),
        pytest.param(
            "Hard-liners in Tehran say the deal is dead.", "Hard-liners in Tehran", id="hard-liners-in-a-city"
        ),
        pytest.param(
            "Party loyalists said the vote would be close.", "Party loyalists", id="guard-loyalists"
        ),
    ],
)
def test_a_political_camp_speaks_and_the_place_after_it_is_no_name(text: str, mention: str) -> None:
    assert _speaker(text) == (None, mention, "none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The foreign ministry said Beijing opposed “any bloc confrontation” in the region.",
            [("mixed", "Beijing opposed “any bloc confrontation” in the region", "foreign ministry")],
            id="opposed",
        ),
        pytest.param(
            "Marta Quill said the Farmers' Party supported the mission “with clear rules.”",
            [("mixed", "the Farmers' Party supported the mission “with clear rules.", "Marta Quill")],
            id="supported",
        ),
    ],
)
def test_a_stance_reported_inside_a_report_is_the_outer_speaker_s_record_only(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [
        (q.kind, q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
        for q in find_quotes("Troop talks\n\n" + text)
    ]
    assert [(k, t, (m or "").removeprefix("The ")) for k, t, m in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Economist Dr Aaliyah Fevrier of the Caribbean Development Bank's research unit said "
            "coordination alone would not unlock new money.",
            ("Aaliyah Fevrier", "Economist", "Caribbean Development Bank"),
            id="a-bank-s-unit",
        ),
        pytest.param(
            "Aaliyah Fevrier of the bank's research unit said coordination alone would not unlock new money.",
            ("Aaliyah Fevrier", None, None),
            id="a-unit-in-lower-case",
        ),
    ],
)
def test_a_member_of_a_body_s_unit_speaks_by_name(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (q,) = find_quotes("Budget talks\n\n" + text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organization) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Oil prices fell sharply overnight, said Amelia Hartigan of the Lowy Institute.",
            ("Amelia Hartigan", "Amelia Hartigan of the Lowy Institute", "Lowy Institute"),
            id="of-an-institute",
        ),
        pytest.param(
            "Oil prices fell, said Amelia Hartigan at the Brookings Institution, who added that demand was "
            "weak.",
            ("Amelia Hartigan", "Amelia Hartigan at the Brookings Institution", "Brookings Institution"),
            id="at-an-institution-then-a-relative",
        ),
        pytest.param(
            "Oil prices fell, said Amelia Hartigan of Arizona.",
            ("Amelia Hartigan", "Amelia Hartigan", None),
            id="guard-of-a-state",
        ),
    ],
)
def test_a_trailing_speaker_s_body_after_of_or_at_is_the_organisation(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    q = find_quotes("Oil markets\n\n" + text)[0]
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.mention.text, q.speaker.organization) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Conditions are dire, said Ayanna Okafor, Human Rights Watch's Horn of Africa director.",
            ("Human Rights Watch's Horn of Africa director", "Human Rights Watch"),
            id="a-region-of-words-before-the-office",
        ),
        pytest.param(
            "Conditions are dire, said Ayanna Okafor, the WHO's assistant director-general.",
            ("WHO's assistant director-general", "WHO"),
            id="an-acronym-s-possessive-is-no-relative-who",
        ),
        pytest.param(
            "The camps are full, said Omar Lind, a UNHCR spokesman.",
            ("UNHCR spokesman", "UNHCR"),
            id="a-un-agency",
        ),
        pytest.param(
            "Conditions are dire, said Ayanna Okafor, who runs a clinic in Goma.",
            ("head of a clinic in Goma", None),
            id="a-relative-clause-office",
        ),
    ],
)
def test_an_apposed_title_after_a_body_s_possessive(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    (q,) = find_quotes("Camps\n\n" + text)
    assert q.speaker is not None
    assert (q.speaker.role, q.speaker.organization) == expected


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        pytest.param("UNHCR", "agency", id="a-un-agency-then-the-agency"),
        pytest.param("Human Rights Watch", "organization", id="a-rights-group-then-the-organization"),
        pytest.param("The IAEA", "agency", id="the-nuclear-watchdog-then-the-agency"),
    ],
)
def test_a_generic_noun_speaks_for_a_known_body_that_spoke_just_before(body: str, noun: str) -> None:
    text = f"{body} said 4,000 people had crossed the border overnight. The {noun} said shelters were full."
    sp = find_quotes("Border crossings\n\n" + text)[-1].speaker
    assert sp is not None
    assert (sp.name, sp.resolution) == (body.removeprefix("The "), "role")


def test_guard_a_generic_noun_never_speaks_for_a_state() -> None:
    text = "Iran said 4,000 people had crossed the border overnight. The agency said shelters were full."
    sp = find_quotes("Border crossings\n\n" + text)[-1].speaker
    assert sp is not None and (sp.name, sp.resolution) == (None, "none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia's Deputy Foreign Minister Gennady Lavrin said the talks were over. “We are not forming "
            "any bloc,” the Russian diplomat told RIA Novosti.",
            ("Gennady Lavrin", "role"),
            id="the-state-s-adjective-of-the-speaker-just-named",
        ),
        pytest.param(
            "Russia's Deputy Foreign Minister Gennady Lavrin said the talks were over. Ukraine's envoy "
            "disagreed. “We are not forming any bloc,” the Ukrainian diplomat said.",
            (None, "none"),
            id="guard-another-state-named-since",
        ),
    ],
)
def test_a_generic_role_noun_with_the_speaker_s_state_adjective(
    text: str, expected: tuple[str | None, str]
) -> None:
    sp = find_quotes("Arms talks\n\n" + text)[-1].speaker
    assert sp is not None
    assert (sp.name, sp.resolution) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tobago House of Assembly Chief Secretary Kelvin Roake struck a cautious note yesterday, saying "
            "fishermen were afraid to go out.",
            "Kelvin Roake",
            id="a-body-s-name-with-of-before-the-title",
        ),
        pytest.param(
            "Thousands of Venezuelans marched on Monday, saying the vote was stolen.",
            None,
            id="guard-a-count-of-people",
        ),
    ],
)
def test_the_subject_of_a_participle_report_reads_past_of_inside_a_name(
    text: str, expected: str | None
) -> None:
    (q,) = find_quotes("Fishing ban\n\n" + text)
    assert q.speaker is not None and q.speaker.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pope Leo told the delegations that peace was possible. “Religion is part of the answer,” the "
            "pontiff said.",
            ("Leo", "role"),
            id="the-pontiff-is-the-pope",
        ),
        pytest.param(
            "Metropolitan Serafim of Volokolamsk said the church valued dialogue. The metropolitan told RIA "
            "Novosti the talks were useful.",
            ("Serafim of Volokolamsk", "role"),
            id="an-orthodox-rank",
        ),
    ],
)
def test_clerical_offices_resolve_to_their_holder(text: str, expected: tuple[str, str]) -> None:
    sp = find_quotes("Interfaith talks\n\n" + text)[-1].speaker
    assert sp is not None and (sp.name, sp.resolution) == expected


def test_guard_the_metropolitan_police_is_a_body() -> None:
    (q,) = find_quotes("Arrest\n\nThe Metropolitan Police said the man was arrested.")
    assert q.speaker is not None and q.speaker.name == "Metropolitan Police"


def test_a_key_quotes_list_gives_each_quotation_the_label_above_it() -> None:
    text = (
        "Summit in quotes\n\nHere are the key quotes.\n\n"
        "Polish President Marek Zielin:\n\n“We on the eastern flank know what is at stake.”\n\n"
        "Dutch Prime Minister Anke Vos:\n\n“Every ally must now pay its share.”\n\n"
        "What it means:\n\n“Nothing will change,” one diplomat said."
    )
    assert [
        (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in find_quotes(text)
    ] == [
        ("Marek Zielin", ":"),
        ("Anke Vos", ":"),
        (None, "said"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A senior officer with the Fifth Fleet said escort capacity was stretched thin.",
            (None, "A senior officer with the Fifth Fleet", "Fifth Fleet"),
            id="an-officer-with-a-fleet",
        ),
        pytest.param(
            "An analyst with the Eurasia Group said escort capacity was stretched thin.",
            (None, "An analyst with the Eurasia Group", "Eurasia Group"),
            id="an-analyst-with-a-firm",
        ),
    ],
)
def test_a_role_noun_with_a_body_speaks_not_the_body(
    text: str, expected: tuple[str | None, str, str]
) -> None:
    (q,) = find_quotes("Shipping\n\n" + text)
    sp = q.speaker
    assert sp is not None and sp.mention is not None
    assert (sp.name, sp.mention.text, sp.organization) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Delphis Tankers confirmed the attack on Tuesday. “We fear for our crew,” the company said.",
            ("Delphis Tankers", "role"),
            id="a-firm-by-its-trade",
        ),
        pytest.param(
            "Ana Lines said the talks were over. The company said it would appeal.",
            (None, "none"),
            id="guard-a-person-whose-surname-is-a-trade",
        ),
    ],
)
def test_the_company_speaks_for_a_firm_named_by_its_legal_form_or_trade(
    text: str, expected: tuple[str | None, str]
) -> None:
    sp = find_quotes("Tanker attack\n\n" + text)[-1].speaker
    assert sp is not None and (sp.name, sp.resolution) == expected


def test_a_long_title_and_name_apposed_to_a_description_is_the_subject_a_later_he_finds() -> None:
    text = (
        "“We will not bow,” said Ambassador Farhan Qadir. Iran's representative, Deputy Foreign Minister "
        "Mehdi Sadeghi, went further. He accused the European Union of “hiding behind its laws”."
    )
    sp = find_quotes("Sanctions row\n\n" + text)[-1].speaker
    assert sp is not None and (sp.name, sp.resolution) == ("Mehdi Sadeghi", "pronoun")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("FACTBOX-BRICS: who are the members and what do they want?", [], id="factbox"),
        pytest.param("EXPLAINER-Sahel juntas: what their alliance means for the region", [], id="explainer"),
        pytest.param(
            "UPDATE 2-Lavrov: West is lying about the talks",
            [("West is lying about the talks", "Lavrov")],
            id="a-version-tag-then-a-speaker",
        ),
    ],
)
def test_a_wire_tag_of_the_writer_s_own_piece_credits_no_one(
    headline: str, expected: list[tuple[str, str | None]]
) -> None:
    text = f"{headline}\n\nBy Ana Ruiz\n\nThe bloc met in Kazan on Tuesday."
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == expected


def _told_to(sentence: str) -> tuple[str, str | None]:
    """(text, addressee) of the sentence's one quotation."""
    (q,) = find_quotes("Trade talks\n\n" + sentence)
    return (q.text, q.addressee.text if q.addressee is not None else None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Dale Okoro told a closed-door investor conference that the standoff was unsustainable.",
            ("the standoff was unsustainable", "a closed-door investor conference"),
            id="a-hyphenated-adjective-in-the-hearer",
        ),
        pytest.param(
            "He said on his Truth Social platform that both countries had agreed to a ceasefire.",
            ("both countries had agreed to a ceasefire", "on his Truth Social platform"),
            id="a-platform-noun-after-the-network",
        ),
    ],
)
def test_a_hearer_or_medium_before_that_is_read_whole(sentence: str, expected: tuple[str, str]) -> None:
    assert _told_to(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "“The deal is close,” Minister Ana Ruiz said in an interview with Channel 12.",
            "in an interview with Channel 12",
            id="a-channel-s-number",
        ),
        pytest.param(
            "“The deal is close,” Minister Ana Ruiz said Sunday in an interview with Channel 12.",
            "in an interview with Channel 12",
            id="a-day-before-the-interview",
        ),
        pytest.param(
            "“The deal is close,” Minister Ana Ruiz said on Sunday in an email to Politico.",
            "in an email to Politico",
            id="on-a-day-before-an-email",
        ),
    ],
)
def test_a_day_between_the_cue_and_its_medium(sentence: str, expected: str) -> None:
    assert _told_to(sentence)[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("In a post on X, she called the deployment “a direct threat”.", "on X", id="called"),
        pytest.param("In a statement, the ministry accused Moscow of lying.", "In a statement", id="accused"),
    ],
)
def test_a_fronted_medium_is_an_object_cue_s_too(sentence: str, expected: str) -> None:
    assert _told_to(sentence)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PRIME Minister Samson Walai has told Parliament that the treaty would not be rushed.",
            None,
            id="a-paper-s-capitals-opening-a-story",
        ),
        pytest.param("A NATO spokesman said the drills would go ahead.", "NATO", id="guard-an-acronym"),
    ],
)
def test_a_title_word_in_capitals_is_no_body_s_acronym(text: str, expected: str | None) -> None:
    (q,) = find_quotes("Treaty\n\n" + text)
    assert q.speaker is not None and q.speaker.organization == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param(
            "E3 warn Iran of snapback as Tehran says Europe has no standing",
            [("snapback", "E3"), ("Europe has no standing", "Tehran")],
            id="two-clauses-two-reports",
        ),
        pytest.param(
            "Lavrov says talks are dead as Kyiv presses on",
            [("talks are dead", "Lavrov")],
            id="a-second-clause-with-no-report",
        ),
        pytest.param(
            "Lavrov says talks are dead as winter nears",
            [("talks are dead as winter nears", "Lavrov")],
            id="guard-no-capitalised-subject",
        ),
    ],
)
def test_a_headline_s_report_ends_before_as_opening_a_clause_of_its_own(
    headline: str, expected: list[tuple[str, str | None]]
) -> None:
    text = f"{headline}\n\nBy Ana Ruiz\n\nThe talks went on in Vienna."
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vice Admiral Ignacio Ruiz said the mission would go on. The admiral said the ships were ready.",
            ("Ignacio Ruiz", "role"),
            id="a-vice-admiral-is-an-admiral",
        ),
        pytest.param(
            "Vice President Ana Ruiz said the mission would go on. The president said the ships were ready.",
            (None, "none"),
            id="guard-a-vice-president-is-no-president",
        ),
    ],
)
def test_the_admiral_after_a_vice_admiral(text: str, expected: tuple[str | None, str]) -> None:
    sp = find_quotes("Naval mission\n\n" + text)[-1].speaker
    assert sp is not None and (sp.name, sp.resolution) == expected


def test_a_speaker_s_prepared_remarks_are_the_medium_of_her_report() -> None:
    text = (
        "Treasury Secretary Ana Ruiz told a Senate panel that new sanctions are working, according to "
        "prepared remarks."
    )
    (q,) = find_quotes("Sanctions\n\n" + text)
    assert q.speaker is not None
    assert (q.text, q.speaker.name, q.cue.text if q.cue else None) == (
        "new sanctions are working",
        "Ana Ruiz",
        "told",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jonah Petrak said the plan was legal. Pentagon lawyers criticized the plan.",
            (None, "none"),
            id="a-plural-role-noun-with-a-body",
        ),
        pytest.param(
            "Vassily Nebenko said the plan was legal. The Russian envoy said it was not.",
            ("Vassily Nebenko", "role"),
            id="guard-a-singular-office-with-its-country",
        ),
    ],
)
def test_a_plural_role_noun_is_never_the_last_speaker(text: str, expected: tuple[str | None, str]) -> None:
    sp = find_quotes("Legal review\n\n" + text)[-1].speaker
    assert sp is not None and (sp.name, sp.resolution) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "A vessel was struck west of Hodeidah, UKMTO said in an advisory.",
            ("A vessel was struck west of Hodeidah", "in an advisory"),
            id="an-advisory",
        ),
        pytest.param(
            "The JCS said in a text message sent to reporters that the missile fell into the sea.",
            ("the missile fell into the sea", "in a text message"),
            id="a-message-sent-to-reporters",
        ),
    ],
)
def test_an_advisory_or_a_message_sent_to_someone_is_the_medium(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _told_to(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to Viasna, a Belarusian rights group, at least seven prisoners have died.",
            ("at least seven prisoners have died", "Viasna", "Belarusian rights group"),
            id="a-rights-group-apposed",
        ),
        pytest.param(
            "According to the Assistance Association for Political Prisoners, a Thailand-based monitoring "
            "group, more than 6,000 civilians have died.",
            (
                "more than 6,000 civilians have died",
                "Assistance Association for Political Prisoners",
                "Thailand-based monitoring group",
            ),
            id="an-association-for-a-cause",
        ),
    ],
)
def test_a_source_s_apposed_description_after_according_to(text: str, expected: tuple[str, str, str]) -> None:
    (q,) = find_quotes("Prisons\n\n" + text)
    assert q.speaker is not None
    assert (q.text, q.speaker.name, q.speaker.role) == expected


def test_a_title_in_lower_case_before_a_name_stops_at_the_line_above() -> None:
    text = (
        "Economy slows\n\nFormer Ohio governor Pete Marsh struck a cautious note. He said growth would slow."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == ("Pete Marsh", "Former Ohio governor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Houthi rebels said they would widen their attacks.", "Houthis", id="houthi-rebels"),
        pytest.param("Hamas fighters said they had seized two posts.", "Hamas", id="hamas-fighters"),
        pytest.param("Syrian rebels said they had seized two towns.", None, id="guard-a-state-s-adjective"),
    ],
)
def test_an_armed_group_s_people_speak_for_it(text: str, expected: str | None) -> None:
    (q,) = find_quotes("Red Sea\n\n" + text)
    assert q.speaker is not None and (q.speaker.name, q.speaker.organization) == (None, expected)
