"""Quotations and speakers in the twenty-fifth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organization) of the first quotation's speaker in the text under a headline."""
    quotes = find_quotes("Shipping talks\n\n" + text)
    assert quotes, "no quotation found"
    sp = quotes[0].speaker
    assert sp is not None
    return sp.name, sp.role, sp.organization


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param(
            "Tidewater Lines chief executive Oskar Venn said the ships would keep sailing.",
            "Tidewater Lines",
            id="two-word-firm",
        ),
        pytest.param("Brenholt CEO Ines Marr said the ships would keep sailing.", "Brenholt", id="one-word"),
        pytest.param(
            "Former Kessler-Vogt founder Ana Duro said the ships would keep sailing.",
            "Kessler-Vogt",
            id="hyphenated-after-former",
        ),
        pytest.param(
            "Senator Dale Hume's spokesman Tom Reyes said the bill would pass.", None, id="guard-person-staff"
        ),
        pytest.param(
            "Maria Olsen chief executive said the ships would keep sailing.", None, id="guard-given"
        ),
    ],
)
def test_a_firm_before_its_chief_s_role_is_the_organisation(text: str, organization: str | None) -> None:
    assert _speaker(text)[2] == organization


def _records(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every quotation of the text under a headline."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes("Shipping talks\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lena Moberg spoke on Monday. The treaty had survived the Cold War, she told Radio Sweden,"
            " and it would survive the present strains.",
            [
                ("The treaty had survived the Cold War", "Lena Moberg"),
                ("it would survive the present strains", "Lena Moberg"),
            ],
            id="told-medium-and",
        ),
        pytest.param(
            "Tom Ardley spoke on Monday. The veto was unlikely to hold, he said, but the vote would put"
            " his rivals on the record.",
            [
                ("The veto was unlikely to hold", "Tom Ardley"),
                ("the vote would put his rivals on the record", "Tom Ardley"),
            ],
            id="but-the-subject-would",
        ),
        pytest.param(
            "Tom Ardley spoke on Monday. The veto is dead, he said, but a spokesman declined to comment.",
            [("The veto is dead", "Tom Ardley"), ("to comment", None)],
            id="but-a-new-deed",
        ),
    ],
)
def test_both_parts_around_an_interrupting_attribution(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(text) == expected


def _addressee(text: str) -> str | None:
    """The addressee of the first quotation of the text under a headline."""
    quotes = find_quotes("Shipping talks\n\n" + text)
    assert quotes, "no quotation found"
    return quotes[0].addressee.text if quotes[0].addressee else None


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            "Freight will cost more, Ivo Lenk said in a televised address on Wednesday evening.",
            "in a televised address",
            id="medium-then-weekday",
        ),
        pytest.param(
            "Ivo Lenk said on TVN24 that freight would cost more.", "on TVN24", id="channel-with-digits"
        ),
        pytest.param(
            "Speaking to reporters afterward, Ivo Lenk said freight would cost more.",
            "reporters",
            id="speaking-to-afterward",
        ),
        pytest.param(
            "Speaking on France Inter radio, Ivo Lenk said freight would cost more.",
            "France Inter radio",
            id="speaking-on-radio",
        ),
        pytest.param(
            "Speaking by telephone to Agence France-Presse, Ivo Lenk said freight would cost more.",
            "Agence France-Presse",
            id="speaking-by-telephone-to",
        ),
        pytest.param(
            "In a note to clients, analysts at Brenholt Bank said freight would cost more.",
            "In a note to clients",
            id="fronted-note-to-clients",
        ),
        pytest.param(
            "In a report to members, Ivo Lenk warned that freight would cost more.",
            "In a report to members",
            id="fronted-report-to-members",
        ),
    ],
)
def test_the_medium_or_hearer_of_the_words(text: str, addressee: str) -> None:
    assert _addressee(text) == addressee


def test_an_interview_s_answers_are_not_the_byline_writer_s() -> None:
    text = (
        "'Patience wins talks': Norway's envoy on mediation\n\n"
        "By Kari Lundvall-Meyer\n\n"
        "OSLO — Norway mediates often. Halvard Tovik-Hansen spoke to us about the talks.\n\n"
        "Q: The talks stalled again. Why go back?\n\n"
        "A: Because the other choice is worse.\n\n"
        "Q: Critics call you too soft.\n\n"
        "A: Our role is not to judge the parties.\n"
    )
    answers = [q for q in find_quotes(text) if q.text.startswith(("Because", "Our role"))]
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Halvard Tovik-Hansen"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The Brenland coast guard said at the time the patrol had been "routine and lawful".',
            [("mixed", 'the patrol had been "routine and lawful', "Brenland coast guard")],
            id="at-the-time",
        ),
        pytest.param(
            "The port authority said then that the berth had been closed.",
            [("indirect", "the berth had been closed", None)],
            id="then-that",
        ),
        pytest.param(
            "Ivo Lenk was asked how it would end. He answered then the same way he always had.",
            [],
            id="guard-then-no-clause",
        ),
    ],
)
def test_a_time_adjunct_between_cue_and_clause(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [
        (q.kind, q.text, q.speaker.name if q.speaker else None) for q in find_quotes("Port news\n\n" + text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            '"Freight will cost more," said Ivo Lenk, an analyst at Brenholt Bank, in a note to clients.',
            "analyst at Brenholt Bank",
            id="then-medium",
        ),
        pytest.param(
            '"We cannot wait," said Ana Duro, a farmer, standing by her gate.', "farmer", id="then-participle"
        ),
        pytest.param('"We cannot wait," said Ana Duro, a farmer, on Tuesday.', "farmer", id="then-weekday"),
        pytest.param(
            '"We cannot wait," said Ana Duro, a nurse from Dayton, Ohio, after the vote.',
            "nurse from Dayton, Ohio",
            id="place-comma-kept",
        ),
        pytest.param(
            '"We cannot wait," said Ana Duro, a nurse in Dover, Del., as the polls closed.',
            "nurse in Dover, Del.",
            id="abbreviation-keeps-its-dot",
        ),
    ],
)
def test_a_trailing_speaker_s_apposition_ends_before_an_aside(text: str, role: str) -> None:
    assert _speaker(text)[1] == role


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            "Mira Patel said in an interview with CNN's State of the Union that Delhi would study it.",
            "in an interview with CNN's State of the Union",
            id="interview-with-show",
        ),
        pytest.param(
            "Mira Patel said on NBC's Meet the Press that Delhi would study it.",
            "on NBC's Meet the Press",
            id="on-show",
        ),
        pytest.param(
            "Mira Patel said on TF1's evening news programme that Paris would study it.",
            "on TF1's evening news programme",
            id="on-show-kind",
        ),
        pytest.param(
            "Mira Patel told CNN's Sunday programme Global Square that Delhi would study it.",
            "CNN's Sunday programme Global Square",
            id="told-show-kind-and-name",
        ),
        pytest.param(
            "Mira Patel told the BBC's Today programme Delhi would study it.",
            "the BBC's Today programme",
            id="guard-clause-after-programme",
        ),
    ],
)
def test_a_broadcast_show_after_its_channel(text: str, addressee: str) -> None:
    assert _addressee(text) == addressee


def _pronoun_speaker(text: str) -> tuple[str | None, str | None, str]:
    """(name, role, resolution) of the last quotation's speaker in the text under a headline."""
    sp = find_quotes("Camp news\n\n" + text)[-1].speaker
    assert sp is not None
    return sp.name, sp.role, sp.resolution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nurse Musa Djembe said the clinic was full. A young man from Ardamata described the raid."
            ' "They asked which tribe we were," he said.',
            (None, "young man from Ardamata", "pronoun"),
            id="unnamed-man-then-he",
        ),
        pytest.param(
            "Nurse Musa Djembe said the clinic was full. An elderly woman described the raid."
            ' "We walked for nine days," she said.',
            (None, "elderly woman", "pronoun"),
            id="unnamed-woman-then-she",
        ),
        pytest.param(
            "Nurse Musa Djembe said the clinic was full. An elderly woman described the raid."
            ' "We have no more beds," he said.',
            ("Musa Djembe", "Nurse", "pronoun"),
            id="guard-gender-differs",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_who_spoke(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert _pronoun_speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "One survivor, a 24-year-old man who gave his name only as Teklu, told Reuters the boat sank.",
            ("Teklu", "survivor", None),
            id="gave-his-name-only-as",
        ),
        pytest.param(
            "A 26-year-old man from Homs, identified only as Nizar, said masked men took his phone.",
            ("Nizar", None, None),
            id="identified-only-as",
        ),
        pytest.param(
            "A farmer known only by his first name, Anwar, said the wells had run dry.",
            ("Anwar", "farmer", None),
            id="known-only-by-first-name",
        ),
    ],
)
def test_a_speaker_known_only_by_the_name_given(text: str, expected: tuple[str | None, ...]) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Related: Kyiv says drone attacks hit a record in January",
        "READ MORE: Kremlin says the talks have stalled",
        "See also: UN warns of famine risk in the north",
    ],
)
def test_a_link_to_another_story_is_no_quotation(line: str) -> None:
    text = f"Ministers meet\n\nMinisters met.\n\n{line}\n\nThe talks resumed on Tuesday, officials said."
    assert [q.text for q in find_quotes(text)] == ["The talks resumed on Tuesday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The race tightened after a news report detailed an ethics complaint against him.",
            [],
            id="a-news-report-is-a-noun",
        ),
        pytest.param(
            "A Senate committee report released in April described testimony from two aides.",
            [("testimony from two aides", "A Senate committee report")],
            id="report-released-in-month",
        ),
        pytest.param(
            "A letter signed by May said the deal was dead.",
            [("the deal was dead", "May")],
            id="guard-signed-by-a-name-like-a-month",
        ),
        pytest.param(
            "Local media report that the dam burst overnight.",
            [("the dam burst overnight", "Local media")],
            id="guard-the-verb",
        ),
    ],
)
def test_report_as_a_noun_and_as_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    got = [
        (q.text, q.speaker.mention.text)
        for q in find_quotes("Race news\n\n" + text)
        if q.speaker and q.speaker.mention
    ]
    assert got == expected


@pytest.mark.parametrize(
    "title", ["Glaciologist", "Hydrologist", "Statistician", "Kremlinologist", "Oncologist"]
)
def test_a_scientist_s_title_before_the_name_is_the_role(title: str) -> None:
    assert _speaker(f"{title} Benedikt Auer said the ice was thinning.")[:2] == ("Benedikt Auer", title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Emil Tshala, who heads the agency's mpox team, said cases were rising.",
            ("Emil Tshala", "head of the agency's mpox team", None),
            id="before-cue-heads",
        ),
        pytest.param(
            '"Cases are rising," said Hiba Nour, who coordinates the cholera response for the International'
            " Rescue Committee in Darfur.",
            (
                "Hiba Nour",
                "coordinator of the cholera response for the International Rescue Committee in Darfur",
                "International Rescue Committee",
            ),
            id="after-cue-coordinates",
        ),
        pytest.param(
            '"Cases are rising," said Emre Karaca, who served as deputy envoy at the foreign ministry'
            " and is now a senior fellow at the Istanbul Policy Center.",
            ("Emre Karaca", "senior fellow at the Istanbul Policy Center", "Istanbul Policy Center"),
            id="served-then-is-now",
        ),
        pytest.param(
            '"Cases are rising," said Ana Ruiz, who is expected to resign.',
            ("Ana Ruiz", None, None),
            id="no-office",
        ),
        pytest.param(
            '"Cases are rising," said Ana Ruiz, who is running against the mayor.',
            ("Ana Ruiz", None, None),
            id="guard-participle",
        ),
    ],
)
def test_the_office_a_relative_clause_gives(text: str, expected: tuple[str | None, ...]) -> None:
    assert _speaker(text) == expected


def test_a_she_after_a_role_naming_her_father_s_company() -> None:
    text = (
        "Mara Lind, who is executive vice president at her father's company, spoke in Ohio."
        ' "Work must pay," she said.'
    )
    assert _pronoun_speaker(text)[0] == "Mara Lind"


@pytest.mark.parametrize("stamp", ["20:40 EAT", "09:30 CST", "23:40 EEST", "6:50 a.m. ET", "09:48 KST"])
def test_a_live_blog_stamp_in_any_zone_is_no_part_of_the_speaker(stamp: str) -> None:
    text = f"Live: port talks\n\n{stamp} - An army spokesman, Ivo Garang, said the city was calm."
    sp = find_quotes(text)[0].speaker
    assert sp is not None and (sp.name, sp.role) == ("Ivo Garang", "army spokesman")


def test_a_post_announced_by_wrote_and_a_colon_is_the_writer_s_only() -> None:
    text = (
        "Ports hit\n\n"
        "In a post on X, Ukraine's deputy minister, Olena Harchuk, wrote:\n\n"
        '"Three ports were hit overnight. Repairs have begun."'
    )
    got = [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert got == [("Three ports were hit overnight. Repairs have begun.", "Olena Harchuk")]


def test_a_stance_before_a_list_s_colon_is_still_reported() -> None:
    text = "Campaign plans\n\nHere is how the Lenk campaign hopes to win women voters:\n\nCool the rhetoric."
    assert [q.text for q in find_quotes(text)] == ["to win women voters"]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param(
            "Oil will fall, said Tomek Zielny, a strategist at Warsaw-based brokerage Vistula Capital.",
            "Vistula Capital",
            id="seat-and-kind",
        ),
        pytest.param(
            "Oil will fall, said Tomek Zielny, head of research at blockchain analytics firm Quillon.",
            "Quillon",
            id="kind-of-three-words",
        ),
        pytest.param(
            "Oil will fall, said Tomek Zielny, an adviser at the Geneva-based NGO Health Access Watch.",
            "Health Access Watch",
            id="the-ngo",
        ),
        pytest.param(
            "Oil will fall, said Tomek Zielny, an economist at the bank.",
            None,
            id="guard-no-name-after-the-kind",
        ),
    ],
)
def test_a_firm_named_after_its_seat_and_kind(text: str, organization: str | None) -> None:
    assert _speaker(text)[2] == organization


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param(
            "Interpol's director of cybercrime, Ibrahim Castel, said arrests would follow.",
            "Interpol",
            id="interpol",
        ),
        pytest.param(
            "Save the Children's country director in Juba, Fiona Gal, said the camps were full.",
            "Save the Children",
            id="save-the-children",
        ),
        pytest.param(
            '"The fund is short," said Helena Farouk, chief executive of Gavi.', "Gavi", id="gavi-after-of"
        ),
    ],
)
def test_agencies_and_charities_a_title_names(text: str, organization: str) -> None:
    assert _speaker(text)[2] == organization


def test_a_dummy_it_is_no_body_s_pronoun() -> None:
    text = (
        "Amnesty International said the plan helped the mills. It seems unfair now to say to the mill towns:"
        " \u201cThe experiment is over, go home.\u201d"
    )
    names = [q.speaker.name if q.speaker else None for q in find_quotes("Coal towns\n\n" + text)]
    assert names[-1] != "Amnesty International"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Walt Hendry told council members he had counted the trucks.",
            ("he had counted the trucks", "council members"),
            id="council-members",
        ),
        pytest.param(
            "Ines Barra told Spanish reporters the systems were needed at home.",
            ("the systems were needed at home", "Spanish reporters"),
            id="demonym-reporters",
        ),
        pytest.param(
            "Ines Barra told the French minister the budget was short.",
            ("the budget was short", "the French minister"),
            id="the-demonym-minister",
        ),
    ],
)
def test_a_hearer_of_two_words_before_a_that_less_clause(text: str, expected: tuple[str, str]) -> None:
    q = find_quotes("Budget talks\n\n" + text)[0]
    assert (q.text, q.addressee.text if q.addressee else None) == expected


def test_a_pronoun_after_a_sentence_about_someone_s_view() -> None:
    text = (
        "Marcus Obi said the patrols had failed. But Alastair Penn's conclusion was blunt."
        ' "Naval power can buy time," he said.'
    )
    assert _pronoun_speaker(text)[0] == "Alastair Penn"


def test_a_pronoun_after_a_sentence_about_someone_s_car_keeps_the_speaker() -> None:
    text = 'Ana Ruiz said the talks failed. Tom Lee\'s car was parked outside. "We will see," she said.'
    assert _pronoun_speaker(text)[0] == "Ana Ruiz"


def test_a_pronoun_after_a_view_that_came_from_someone() -> None:
    text = (
        "Ingrid Solberg said the talks failed. Perhaps the sharpest assessment came from Anna Demir,"
        " a professor at Bilkent University. Ankara's problem is not the fence, she said."
    )
    assert _pronoun_speaker(text)[0] == "Anna Demir"


def test_analysts_at_a_firm_named_after_its_seat_and_kind() -> None:
    text = "Analysts at Oslo-based consultancy Fjordvik Energy estimate that 600 tankers are in the fleet."
    sp = find_quotes("Tanker fleet\n\n" + text)[0].speaker
    assert sp is not None
    assert (sp.name, sp.mention.text if sp.mention else None, sp.organization) == (
        None,
        "Analysts at Oslo-based consultancy Fjordvik Energy",
        "Fjordvik Energy",
    )


def test_a_later_carried_clause_does_not_steal_an_earlier_pronoun() -> None:
    text = (
        '"We are not a bloc," Colombian ambassador Andres Villa told a press conference.\n\n'
        '"That is not charity," he said.\n\n'
        'A diplomat said a deal was possible, though "the gap is real."'
    )
    names = [q.speaker.name if q.speaker else None for q in find_quotes("Pandemic talks\n\n" + text)]
    assert names[:2] == ["Andres Villa", "Andres Villa"]


def test_a_relative_who_after_an_age_set_off_by_commas() -> None:
    text = "Among them was Elna Baptiste, 81, who said she had used the branch every week since 1968."
    assert _records(text) == [("she had used the branch every week since 1968", "Elna Baptiste")]


def test_a_name_with_a_verb_of_its_own_after_said_is_no_inverted_speaker() -> None:
    text = "A French official familiar with the plans, who asked not to be named, said Paris wanted calm."
    assert _records(text) == [("Paris wanted calm", None)]


def test_a_state_s_office_and_its_holder_before_that_are_the_hearer() -> None:
    q = find_quotes(
        "Budget talks\n\nInes Barra told the French minister Jean Dupin that the budget was short."
    )[0]
    assert (q.text, q.addressee.text if q.addressee else None) == (
        "the budget was short",
        "the French minister Jean Dupin",
    )


@pytest.mark.parametrize("opener", ["Meanwhile", "Separately,", "Still,"])
def test_a_sentence_adverb_is_no_word_of_the_role(opener: str) -> None:
    text = f"{opener} the chancellor, Marcos Ribas, confirmed that the summit would go ahead."
    assert _speaker(text)[:2] == ("Marcos Ribas", "chancellor")
