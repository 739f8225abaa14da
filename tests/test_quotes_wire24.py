"""Speakers, hearers and clauses in agency, campaign, court and regional copy (sentences written for these
tests; people, places and outlets invented where the reading does not depend on a real name): offices named
by their portfolio speak or give the floor to their holder; members of a party, groups placed by a body or
region, the antecedent of a restrictive relative and unnamed sources with what they know speak, not the place
or body near them; hearers and media keep their descriptions; and a participle after its noun, a writer's
contrast, an accounting entry or a cue word used as a noun report nothing (see also the case table in
test_quotes.py)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _one(text: str) -> tuple[str, str | None, str | None, str | None]:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    sp = q.speaker
    return (
        q.text,
        sp.mention.text if sp is not None and sp.mention is not None else None,
        sp.name if sp is not None else None,
        sp.role if sp is not None else None,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The tariffs will be lifted in May, said the Secretary of State, Ilse Marrow, on Monday.",
            ("The tariffs will be lifted in May", "the Secretary of State, Ilse Marrow", "Ilse Marrow",
             "Secretary of State"),
            id="inverted-cue-then-office-then-holder",
        ),
        pytest.param(
            "According to the Minister for Trade, Ilse Marrow, the tariffs will be lifted in May.",
            ("the tariffs will be lifted in May", "the Minister for Trade, Ilse Marrow", "Ilse Marrow",
             "Minister for Trade"),
            id="according-to-office-then-holder",
        ),
        pytest.param(
            "According to the Minister for Foreign Affairs and Trade, Tomas Reyland, the port will reopen.",
            ("the port will reopen", "the Minister for Foreign Affairs and Trade, Tomas Reyland",
             "Tomas Reyland", "Minister for Foreign Affairs and Trade"),
            id="a-portfolio-of-two-joined-by-and",
        ),
        pytest.param(
            "The tariffs will be lifted, said the Deputy Prime Minister for European Integration, Ivo Marin.",
            ("The tariffs will be lifted",
             "the Deputy Prime Minister for European Integration, Ivo Marin", "Ivo Marin",
             "Deputy Prime Minister for European Integration"),
            id="a-portfolio-is-no-person-s-name",
        ),
        pytest.param(
            "The tariffs will be lifted in May, said the Minister of Trade.",
            ("The tariffs will be lifted in May", "the Minister of Trade", None, "Minister of Trade"),
            id="the-office-alone-speaks",
        ),
        pytest.param(
            "According to the head of the central bank, Ilse Marrow, rates will stay on hold.",
            ("rates will stay on hold", "the head of the central bank, Ilse Marrow", "Ilse Marrow",
             "head of the central bank"),
            id="an-office-of-a-body-in-lower-case",
        ),
    ],
)  # fmt: skip
def test_an_office_with_its_portfolio_speaks_or_gives_the_floor_to_its_holder(
    sentence: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    assert _one(sentence) == expected


def _told(text: str) -> tuple[str, str | None, str | None]:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    return (
        q.text,
        q.speaker.name if q.speaker is not None else None,
        q.addressee.text if q.addressee is not None else None,
    )


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        pytest.param(
            "Press secretary Ivo Marin told reporters aboard Air Force One that the harbour would reopen.",
            "reporters",
            id="aboard",
        ),
        pytest.param(
            "Ivo Marin told reporters travelling with him that the harbour would reopen.",
            "reporters",
            id="travelling-with",
        ),
        pytest.param(
            "Ivo Marin told a crowd of several hundred that the harbour would reopen.",
            "a crowd of several hundred",
            id="hundred-is-no-participle",
        ),
        pytest.param(
            "Ivo Marin told a crowd of several hundred at a downtown hotel ballroom that"
            " the harbour would reopen.",
            "a crowd",
            id="a-long-place",
        ),
    ],
)
def test_told_hearers_then_where_they_were_then_that(sentence: str, addressee: str) -> None:
    assert _told(sentence) == ("the harbour would reopen", "Ivo Marin", addressee)


def _speaker(text: str) -> tuple[str, str | None, str | None]:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    sp = q.speaker
    return (
        q.text,
        sp.mention.text if sp is not None and sp.mention is not None else None,
        sp.name if sp is not None else None,
    )


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "Democrats on Capitol Hill said the ruling was wrong.", "Democrats on Capitol Hill", id="on"
        ),
        pytest.param(
            "Many Republicans in Congress said the ruling was wrong.", "Many Republicans in Congress", id="in"
        ),
    ],
)
def test_a_group_placed_by_a_body_or_place_speaks_not_the_place(sentence: str, mention: str) -> None:
    assert _speaker(sentence) == ("the ruling was wrong", mention, None)


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        pytest.param(
            "The senators also wrote to Ilse Marrow, urging the ministry to review the rules.",
            "The senators",
            "the ministry to review the rules",
            id="plural-role-noun",
        ),
        pytest.param(
            "Senior Republicans on the Dunmore Harbour Committee also wrote to Ilse Marrow, urging the"
            " ministry to review the rules.",
            "Senior Republicans on the Dunmore Harbour Committee",
            "the ministry to review the rules",
            id="a-group-placed-by-a-body",
        ),
        pytest.param(
            "Port officials wrote to the mayor on Monday, asking him to reopen the harbour.",
            "Port officials",
            "him to reopen the harbour",
            id="unnamed-officials",
        ),
    ],
)
def test_a_participle_after_a_deed_of_unnamed_people_is_theirs(
    sentence: str, mention: str, content: str
) -> None:
    assert _speaker(sentence) == (content, mention, None)


@pytest.mark.parametrize("subject", ["The rebels", "Hamas"])
def test_a_deed_with_an_object_credited_to_an_outlet_is_the_outlet_s_report(subject: str) -> None:
    text = f"{subject} claimed the attack, according to the group's Nahar news agency."
    assert _speaker(text) == (
        f"{subject} claimed the attack",
        "the group's Nahar news agency",
        "Nahar news agency",
    )


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "Two people familiar with the review, who were not cleared to speak publicly, said the talks"
            " stalled.",
            "Two people familiar with the review",
            id="familiar-with",
        ),
        pytest.param(
            "A congressional aide involved in the review, who requested anonymity, said the talks stalled.",
            "A congressional aide involved in the review",
            id="involved-in",
        ),
    ],
)
def test_a_post_modified_subject_before_a_relative_aside_speaks(sentence: str, mention: str) -> None:
    assert _speaker(sentence) == ("the talks stalled", mention, None)


def test_an_inverted_cue_closing_a_headline_names_its_speaker() -> None:
    text = "Asean must not let the talks drift, says Teo Han Seng\n\nSINGAPORE - The minister spoke."
    (q,) = find_quotes(text)
    assert (q.text, q.speaker.name if q.speaker else None) == (
        "Asean must not let the talks drift",
        "Teo Han Seng",
    )


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        pytest.param("In a statement, Ivo Marin said the harbour would reopen.", "In a statement", id="bare"),
        pytest.param(
            "In a statement released on Monday, Ivo Marin said the harbour would reopen.",
            "In a statement",
            id="released-on-a-weekday-is-no-medium",
        ),
        pytest.param(
            "Speaking exclusively with the Dunmore Herald, Ivo Marin said the harbour would reopen.",
            "the Dunmore Herald",
            id="speaking-exclusively-with",
        ),
    ],
)
def test_a_fronted_statement_or_interview_is_the_medium(sentence: str, addressee: str) -> None:
    assert _told(sentence) == ("the harbour would reopen", "Ivo Marin", addressee)


@pytest.mark.parametrize(
    "lead",
    [
        "Anna Marrow, the trade minister, toured the docks on Monday.",
        "Anna Marrow, Minister of Trade, toured the docks on Monday.",
    ],
)
def test_a_description_set_off_after_a_name_gives_the_role_noun_its_holder(lead: str) -> None:
    quotes = find_quotes(f"Harbour talks\n\n{lead} The minister said the harbour would reopen.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("the harbour would reopen", "Anna Marrow")
    ]


@pytest.mark.parametrize(
    ("sentence", "content", "mention"),
    [
        pytest.param(
            "Yemen's Armed Forces say they have targeted a ship in the Red Sea.",
            "they have targeted a ship in the Red Sea",
            "Yemen's Armed Forces",
            id="possessed-plural-body-with-say",
        ),
        pytest.param(
            "The armed forces said they had targeted a ship in the Red Sea.",
            "they had targeted a ship in the Red Sea",
            "The armed forces",
            id="armed-is-a-modifier",
        ),
    ],
)
def test_armed_forces_speak(sentence: str, content: str, mention: str) -> None:
    assert _speaker(sentence)[:2] == (content, mention)


def test_a_participle_after_a_nested_report_belongs_to_the_outer_speaker() -> None:
    quotes = find_quotes(
        "Harbour talks\n\nIvo Marin said Budapest supported every effort for peace, adding that sanctions"
        " had failed."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Budapest supported every effort for peace", "Ivo Marin"),
        ("sanctions had failed", "Ivo Marin"),
    ]


@pytest.mark.parametrize(
    ("office", "lead"),
    [
        ("the Member of Parliament", "Anna Marin, the Member of Parliament for Dunmore, spoke on Monday."),
        ("the Minister of Defence", "Anna Marin, the Minister of Defence, spoke on Monday."),
    ],
)
def test_an_office_before_the_cue_is_a_role_noun_for_its_holder(office: str, lead: str) -> None:
    quotes = find_quotes(f"Harbour talks\n\n{lead} “Go to any market,” {office} said.")
    assert [(q.speaker.name, q.speaker.resolution) for q in quotes if q.speaker] == [("Anna Marin", "role")]


def test_an_office_before_the_cue_with_nobody_named_speaks_unnamed() -> None:
    assert _speaker("The Secretary-General of NATO said the harbour would reopen.") == (
        "the harbour would reopen",
        "The Secretary-General of NATO",
        None,
    )


@pytest.mark.parametrize(
    "aside",
    [
        "last year, when the rule was issued,",
        "in May, after the rule was issued,",
        "on Monday, as talks resumed,",
    ],
)
def test_a_clause_of_time_between_the_cue_and_that(aside: str) -> None:
    text = f"A port spokeswoman said {aside} that the harbour would reopen."
    assert _speaker(text) == ("the harbour would reopen", "A port spokeswoman", None)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Only about a third of adults say they trust the harbour board.", "Only about a third of adults"),
        ("Just over half of voters said they trust the harbour board.", "Just over half of voters"),
    ],
)
def test_a_share_with_two_approximators_speaks(sentence: str, mention: str) -> None:
    assert _speaker(sentence) == ("they trust the harbour board", mention, None)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        pytest.param(
            "International Relations and Cooperation Minister Naledi Dlamini said the harbour would reopen.",
            "Naledi Dlamini",
            "International Relations and Cooperation Minister",
            id="two-portfolios-one-office",
        ),
        pytest.param(
            "Republican Anna Marin and Democrat Naledi Dlamini said the harbour would reopen.",
            "Anna Marin and Naledi Dlamini",
            None,
            id="two-people-each-with-a-label",
        ),
    ],
)
def test_portfolios_joined_by_and_make_one_office(sentence: str, name: str, role: str | None) -> None:
    (q,) = find_quotes("Harbour talks\n\n" + sentence)
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "Senator Anna Villegas of the opposition Democratic Center party said the harbour would reopen.",
            "Senator Anna Villegas of the opposition Democratic Center party",
            id="party-named-with-modifiers",
        ),
        pytest.param(
            "Senator Anna Ibarbia of the Patria caucus said the harbour would reopen.",
            "Senator Anna Ibarbia of the Patria caucus",
            id="caucus",
        ),
    ],
)
def test_a_member_of_a_party_speaks_not_the_party(sentence: str, mention: str) -> None:
    assert _speaker(sentence) == ("the harbour would reopen", mention, " ".join(mention.split()[1:3]))


@pytest.mark.parametrize("when", ["on Tuesday", "late Monday", "last week"])
def test_a_finding_closing_the_sentence_with_a_time_reports_the_clause_before(when: str) -> None:
    text = f"Dockers have grown more pessimistic about the harbour, a new poll showed {when}."
    assert _speaker(text) == ("Dockers have grown more pessimistic about the harbour", "a new poll", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Immigration advocates said the bill fell short.",
            [("the bill fell short", "said")],
            id="noun-then-said",
        ),
        pytest.param("European demand collapsed after the invasion.", [], id="noun-after-an-adjective"),
        pytest.param(
            "Republicans demand increased spending on defence.",
            [("increased spending on defence", "demand")],
            id="plural-subject-then-the-verb",
        ),
    ],
)
def test_a_cue_word_used_as_a_noun_reports_nothing(sentence: str, expected: list[tuple[str, str]]) -> None:
    quotes = find_quotes("Harbour talks\n\n" + sentence)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == expected


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "Farmers in northern Dunmore say the drought is the worst in memory.",
            "Farmers in northern Dunmore",
            id="group-in-a-region",
        ),
        pytest.param(
            "A UN official who works in Goma said the drought is the worst in memory.",
            "A UN official",
            id="restrictive-relative",
        ),
        pytest.param(
            "A UN official who works in Goma, speaking on condition of anonymity, said the drought is the"
            " worst in memory.",
            "A UN official",
            id="restrictive-relative-then-aside",
        ),
        pytest.param(
            "Aid agencies said the drought is the worst in memory.", "Aid agencies", id="kind-of-body"
        ),
        pytest.param(
            "Anna Marin, a protest organiser, spoke first. Protest groups said the drought is the worst in"
            " memory.",
            "Protest groups",
            id="bodies-of-a-kind-are-no-person",
        ),
    ],
)
def test_an_unnamed_group_speaks_not_a_place_or_person_near_it(sentence: str, mention: str) -> None:
    *_, q = find_quotes("Harbour talks\n\n" + sentence)
    sp = q.speaker
    assert sp is not None and sp.mention is not None
    assert (q.text, sp.mention.text, sp.name) == ("the drought is the worst in memory", mention, None)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "A former harbour official accused of taking bribes told the court that he was innocent.",
            "A former harbour official",
            id="accused-of",
        ),
        pytest.param(
            "The man charged with the attack told reporters that he was innocent.",
            "The man",
            id="charged-with",
        ),
    ],
)
def test_a_passive_participle_after_the_subject_is_no_report(sentence: str, mention: str) -> None:
    assert _speaker(sentence) == ("he was innocent", mention, None)


def test_accused_of_after_its_subject_pronoun_still_reports() -> None:
    text = "She called out the rivals who she accused of ignoring the dockers."
    assert [q.cue.text for q in find_quotes("Harbour talks\n\n" + text) if q.cue] == ["accused"]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param(
            "The port is close to a deal, the ministry said on Tuesday, though Dunmore has yet to confirm.",
            ["The port is close to a deal"],
            id="writer-s-contrast-after-the-attribution",
        ),
        pytest.param(
            "“We will go on,” the head of the delegation, Ivo Marin, said in a statement read at the palace.",
            ["We will go on,"],
            id="statement-read-at-a-place",
        ),
        pytest.param("The firm wrote down the value of several projects.", [], id="wrote-down"),
        pytest.param("The bank wrote off two billion euros in loans.", [], id="wrote-off"),
    ],
)
def test_no_record_for_what_nobody_said(sentence: str, texts: list[str]) -> None:
    assert [q.text for q in find_quotes("Harbour talks\n\n" + sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        pytest.param(
            "Ivo Marin told the Kommersant business daily that the harbour would reopen.",
            "the Kommersant business daily",
            id="outlet-then-its-kind",
        ),
        pytest.param(
            "Ivo Marin told the LSM public broadcaster that the harbour would reopen.",
            "the LSM public broadcaster",
            id="public-broadcaster",
        ),
        pytest.param("Ivo Marin said in an email that the harbour would reopen.", "in an email", id="email"),
        pytest.param(
            "In an interview with the Clarín daily published on Sunday, Ivo Marin said the harbour would"
            " reopen.",
            "In an interview with the Clarín daily",
            id="fronted-interview-published-on-a-day",
        ),
        pytest.param(
            "In an interview with the state-run RIA Novosti news agency, Ivo Marin said the harbour would"
            " reopen.",
            "In an interview with the state-run RIA Novosti news agency",
            id="fronted-interview-state-run",
        ),
        pytest.param(
            "Speaking to Anadolu Agency (AA) on the sidelines of the summit, Ivo Marin said the harbour would"
            " reopen.",
            "Anadolu Agency",
            id="speaking-to-an-agency-with-its-initials",
        ),
        pytest.param(
            "In a brief statement posted on X after the ruling, Ivo Marin said the harbour would reopen.",
            "on X",
            id="posted-on-x-after-an-event",
        ),
    ],
)
def test_the_medium_with_its_description(sentence: str, addressee: str) -> None:
    assert _told(sentence) == ("the harbour would reopen", "Ivo Marin", addressee)


def test_a_list_of_states_before_a_relative_aside_speaks_together() -> None:
    text = (
        "Venezuela, Cuba and Norway, which act as guarantor countries, said in a joint statement that talks"
    )
    text += " would resume."
    (q,) = find_quotes("Harbour talks\n\n" + text)
    assert q.speaker is not None and q.speaker.name == "Venezuela, Cuba and Norway"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "The harbour deal is dead, said a person familiar with the matter.",
            "a person familiar with the matter",
            id="said-a-person-familiar-with",
        ),
        pytest.param(
            "The harbour deal is dead, said two people briefed on the talks.",
            "two people briefed on the talks",
            id="said-two-people-briefed-on",
        ),
        pytest.param(
            "According to a source close to the presidency, the harbour deal is dead.",
            "a source close to the presidency",
            id="according-to-a-source-close-to",
        ),
    ],
)
def test_an_unnamed_source_keeps_what_it_knows(sentence: str, mention: str) -> None:
    got = _speaker(sentence)
    assert got[1:] == (mention, None) and got[0].casefold() == "the harbour deal is dead"


def test_a_titled_name_read_with_its_state_is_named_without_it() -> None:
    text = "Its chief author, Sen. Harlan Beckwith of Arizona, said the harbour bill was fair."
    assert _speaker(text) == (
        "the harbour bill was fair",
        "Sen. Harlan Beckwith of Arizona",
        "Harlan Beckwith",
    )
