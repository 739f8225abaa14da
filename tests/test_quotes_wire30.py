"""Quotations and speakers in the twenty-sixth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organization) of the first quotation's speaker in the text under a headline."""
    quotes = find_quotes("Court hears appeal\n\n" + text)
    assert quotes, "no quotation found"
    sp = quotes[0].speaker
    assert sp is not None
    return sp.name, sp.role, sp.organization


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param(
            '"The quotas will empty our harbours," said Aoife Brennan, chief executive of the National'
            " Federation of Fishermen's Organisations.",
            "National Federation of Fishermen's Organisations",
            id="fishermen",
        ),
        pytest.param(
            "Rosa Amador, director of the National Council of Women's Organizations, said the law was late.",
            "National Council of Women's Organizations",
            id="women",
        ),
        pytest.param(
            "Rosa Amador, director of Save the Children's Gaza office, said the crossings were shut.",
            "Save the Children",
            id="guard-owner-of-an-office",
        ),
    ],
)
def test_a_people_s_plural_possessive_inside_a_body_s_name(text: str, organization: str) -> None:
    assert _speaker(text)[2] == organization


def _cue(text: str) -> str | None:
    """The cue of the first quotation of the text under a headline."""
    quotes = find_quotes("Court hears appeal\n\n" + text)
    assert quotes, "no quotation found"
    return quotes[0].cue.text if quotes[0].cue else None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            '"We will not retreat," affirmed Defence Minister Lucia Vargas.', "affirmed", id="affirmed"
        ),
        pytest.param('"The border stays open," assured Lucia Vargas, the minister.', "assured", id="assured"),
        pytest.param('"Not this year," remarked Lucia Vargas on Monday.', "remarked", id="time-after"),
        pytest.param('"Not this year," Lucia Vargas commented.', "commented", id="guard-uninverted"),
    ],
)
def test_an_inverted_verb_after_the_quotation_is_its_cue(text: str, cue: str) -> None:
    assert _cue(text) == cue


def test_a_quoted_title_in_the_subject_is_no_report() -> None:
    text = 'Tomas Reyes, who starred in "Harbour Lights" and "The Quiet Coast," posted the clip on Friday.'
    assert [q.text for q in find_quotes("Court hears appeal\n\n" + text) if q.kind != "direct"] == []


def _records(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every quotation of the text under a headline."""
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes("Court hears appeal\n\n" + text)
    ]


def test_the_one_asked_answers_a_question_put_by_a_named_asker() -> None:
    text = (
        'FBI Director Marcus Tibbett said the bureau had tightened its rules. "We fixed it," he said.\n\n'
        "Senator Karl Novak pressed him for an hour. Tibbett was more direct. Asked by Novak if the bureau"
        ' would oppose the amendment, he replied: "Yes, senator, we would."'
    )
    assert _records(text)[-1] == ("Yes, senator, we would.", "Marcus Tibbett")


def test_a_passive_question_leaves_the_answer_to_the_one_asked() -> None:
    text = (
        "Senator Tom Brandt was asked by moderator Paul Greer whether his plan would cost too much.\n\n"
        'But he had a slip. "It is the most important job," he said.'
    )
    assert _records(text)[-1] == ("It is the most important job,", "Tom Brandt")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Asked by a journalist from the TASS agency whether Moscow planned to summon the envoys, Irina"
            " Sokol said the ministry would respond.",
            id="long-asker",
        ),
        pytest.param(
            "Asked last month whether Moscow planned to summon the envoys, Irina Sokol said the ministry"
            " would respond.",
            id="guard-time",
        ),
    ],
)
def test_no_report_inside_the_question_put_to_the_speaker(text: str) -> None:
    assert _records(text) == [("the ministry would respond", "Irina Sokol")]


def _addressee(text: str) -> str | None:
    """The addressee of the first quotation of the text under a headline."""
    quotes = find_quotes("Court hears appeal\n\n" + text)
    assert quotes, "no quotation found"
    return quotes[0].addressee.text if quotes[0].addressee else None


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            "In a written ruling, the court said the council had not erred.",
            "In a written ruling",
            id="ruling",
        ),
        pytest.param(
            "In a filing made public on Thursday, prosecutors said they had grounds to act.",
            "In a filing",
            id="filing-made-public",
        ),
        pytest.param(
            "In a statement sent to dpa, Anke Rahl said the officer had erred.",
            "In a statement",
            id="sent-to",
        ),
        pytest.param(
            "In a post on Facebook after the talks ended, Mira Tan wrote that the region needed calm.",
            "on Facebook",
            id="post-after-clause",
        ),
        pytest.param(
            "In a joint statement after their meeting in Phnom Penh, the ministers said trade must stay"
            " open.",
            "In a joint statement",
            id="statement-after-meeting",
        ),
        pytest.param(
            "In an interview with Al Arabiya on Friday, the minister said output would hold.",
            "In an interview with Al Arabiya",
            id="interview-weekday",
        ),
        pytest.param(
            "In a letter to the chancellor, seen by the Guardian, the MPs say the cuts are wrong.",
            "In a letter to the chancellor",
            id="letter-to",
        ),
        pytest.param(
            "In a post on his Truth Social platform, Dale Hume said tariffs would rise.",
            "on his Truth Social platform",
            id="platform",
        ),
        pytest.param(
            "Speaking in an interview with Bloomberg Television, Omar Said said output would hold.",
            "in an interview with Bloomberg Television",
            id="speaking-in-an-interview",
        ),
        pytest.param(
            "Speaking to broadcaster ZDF, Jonas Vierk said the deal was close.",
            "broadcaster ZDF",
            id="kind-name",
        ),
        pytest.param(
            "Addressing the National Assembly, Hari Bhatt said the law would pass.",
            "the National Assembly",
            id="addressing",
        ),
        pytest.param(
            "Addressing concerns about the budget, Hari Bhatt said the law would pass.",
            None,
            id="guard-topic",
        ),
    ],
)
def test_a_medium_or_audience_fronted_before_the_speaker(text: str, addressee: str | None) -> None:
    assert _addressee(text) == addressee


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            "The deal is dead, Imran Malik said, talking to journalists in Islamabad.",
            "journalists",
            id="talking-to",
        ),
        pytest.param(
            "The deal is dead, Imran Malik said while speaking to reporters.",
            "reporters",
            id="while-speaking",
        ),
        pytest.param(
            "Ravi Kashyap said while addressing a gathering of industry leaders that power cuts would end.",
            "a gathering of industry leaders",
            id="while-addressing",
        ),
        pytest.param(
            "The agency said on its website that the case was typical.", "on its website", id="website"
        ),
        pytest.param(
            "Musa Rafiq, a community leader, said by telephone that people had gathered before dawn.",
            "by telephone",
            id="by-telephone",
        ),
        pytest.param(
            "Aurelie Dufour said in a statement after the meeting that growth would slow.",
            "in a statement",
            id="statement-after-meeting",
        ),
    ],
)
def test_a_medium_or_audience_after_the_cue(text: str, addressee: str) -> None:
    assert _addressee(text) == addressee


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hanoi has asked Beijing to withdraw a survey ship from its waters, the foreign ministry said"
            " Thursday.",
            "Beijing to withdraw a survey ship from its waters",
            id="guard-asked-to",
        ),
        pytest.param(
            "Lia Abiog told the two ministers that Manila would file a protest, the readout said.",
            "Manila would file a protest",
            id="told-that",
        ),
        pytest.param(
            "Mark Love explained how he felt betrayed by the deal, those people said.",
            "how he felt betrayed by the deal",
            id="explained-how",
        ),
    ],
)
def test_a_clause_ends_before_a_credit_closing_its_sentence(text: str, expected: str) -> None:
    assert find_quotes("Court hears appeal\n\n" + text)[0].text == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Federal Minister for Information Attaullah Tarar Malik said the alliance was weak.",
            "Attaullah Tarar Malik",
            "Federal Minister for Information",
            id="information",
        ),
        pytest.param(
            "Speaker of the House of Representatives Devraj Adhikari said parliament would debate the bill.",
            "Devraj Adhikari",
            "Speaker of the House of Representatives",
            id="chamber",
        ),
        pytest.param(
            "Minister for Information and Broadcasting Khawaja Saad Butt told a TV channel that talks had"
            " failed.",
            "Khawaja Saad Butt",
            "Minister for Information and Broadcasting",
            id="two-portfolios",
        ),
        pytest.param(
            "Minister of Water Resources Obinna Eze said the dam was safe.",
            "Obinna Eze",
            "Minister of Water Resources",
            id="guard-known-given-name",
        ),
    ],
)
def test_an_office_s_portfolio_before_a_name_with_no_known_given_name(
    text: str, name: str, role: str
) -> None:
    assert _speaker(text)[:2] == (name, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "Chief of Army Staff General Tariq Awan said the border was calm.",
            "Chief of Army Staff",
            id="general",
        ),
        pytest.param(
            "PTI Chairman Barrister Gohar Khan said the vote was rigged.", "PTI Chairman", id="barrister"
        ),
        pytest.param(
            "Committee chairman Senator Ruben Castell said the bill would pass.",
            "Committee chairman",
            id="senator",
        ),
        pytest.param(
            "Commodore Renato Villar, coast guard spokesperson for the western sea, said the ship was hit.",
            "coast guard spokesperson for the western sea",
            id="rank-gives-way-to-apposition",
        ),
        pytest.param(
            "Rupert Osei KC, the defendant's barrister, said his client was innocent.",
            "defendant's barrister",
            id="honour-gives-way-to-apposition",
        ),
        pytest.param(
            "Attorney General Ana Ruiz said the case was closed.", "Attorney General", id="guard-office"
        ),
        pytest.param(
            "Minister of Foreign Affairs Prince Faisal bin Omar said the kingdom was ready.",
            "Minister of Foreign Affairs",
            id="prince",
        ),
        pytest.param(
            "Saudi Crown Prince Faisal bin Omar said the kingdom was ready.",
            "Saudi Crown Prince",
            id="guard-crown",
        ),
        pytest.param(
            "Retired Lt Gen Prakash Iyer said the threat was real.", "Retired Lt Gen", id="guard-ranks"
        ),
        pytest.param(
            "Republican Sen. Ana Ruiz said the case was closed.", "Republican Sen.", id="guard-party"
        ),
        pytest.param(
            "Ana Ruiz, a former governor and senator, said the case was closed.",
            "former governor and senator",
            id="guard-two-offices",
        ),
    ],
)
def test_a_title_of_address_between_an_office_and_the_name_is_no_part_of_the_role(
    text: str, role: str
) -> None:
    assert _speaker(text)[1] == role


def test_the_spokesman_resolves_after_a_rank_gave_way_to_the_office() -> None:
    text = (
        "Commodore Renato Villar, coast guard spokesperson for the western sea, said the ship was hit. The"
        " spokesman added that two crew were hurt."
    )
    assert [q.speaker.name if q.speaker else None for q in find_quotes("Court hears appeal\n\n" + text)] == [
        "Renato Villar",
        "Renato Villar",
    ]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param(
            "IMF Managing Director Aurelie Dufour said growth would slow.", "IMF", id="two-word-title"
        ),
        pytest.param("ECB Vice President Luis Ramos said growth would slow.", "ECB", id="vice-president"),
        pytest.param(
            "Rheinmetall board member Julian Oster said delays were over.", "Rheinmetall", id="board-member"
        ),
        pytest.param("Republican strategist Ana Ruiz said the bill was dead.", None, id="guard-party"),
        pytest.param("Clinton adviser Ana Ruiz said the bill was dead.", None, id="guard-person-staff"),
    ],
)
def test_a_body_before_a_title_of_two_words_or_a_board_member(text: str, organization: str | None) -> None:
    assert _speaker(text)[2] == organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The letter was organised by Siobhan Carrick, the MP for a Lancashire seat, who said the"
            ' government had "lost sight of who we serve".',
            ("Siobhan Carrick", "MP for a Lancashire seat"),
            id="the-description",
        ),
        pytest.param(
            "The panel heard from Tobias Lindqvist, a former Treasury official now at the Royal United"
            " Services Institute, who said enforcement had been hampered.",
            ("Tobias Lindqvist", "former Treasury official now at the Royal United Services Institute"),
            id="body-closing-the-description",
        ),
        pytest.param(
            "The letter came from Siobhan Carrick, the MP for Preston, who said the government had erred.",
            ("Siobhan Carrick", "MP for Preston"),
            id="place-closing-the-description",
        ),
        pytest.param(
            "He met the mayor of Preston, who said the plan had failed.", (None, "mayor"), id="guard-office"
        ),
    ],
)
def test_who_after_a_name_and_its_description_is_the_person(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _speaker(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Mexico and the United States agreed on Tuesday to reopen talks on water.",
            "Mexico and United States",
            id="article-before-the-last",
        ),
        pytest.param(
            "Japan and the Philippines said the drills would expand.",
            "Japan and Philippines",
            id="plural-state",
        ),
        pytest.param("Officials and the ministry said the drills would expand.", None, id="guard-no-state"),
    ],
)
def test_a_state_with_its_article_closes_a_joint_subject(text: str, name: str | None) -> None:
    assert _speaker(text)[0] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The company said it would buy back shares worth 300 billion yen, a move Ishikawa described as"
            " overdue.",
            "it would buy back shares worth 300 billion yen",
            id="contact-clause-name",
        ),
        pytest.param(
            "Polish officials have said that the troops would stay at home, a position the deputy minister"
            " repeated on Thursday.",
            "the troops would stay at home",
            id="contact-clause-role",
        ),
        pytest.param(
            "He said the cartel would put national interests first, comments that angered Riyadh.",
            "the cartel would put national interests first",
            id="relative",
        ),
        pytest.param(
            "He said he would not comment on intervention, a phrase traders took as a hint.",
            "he would not comment on intervention",
            id="hearers-took",
        ),
        pytest.param(
            "He said the treaty was a first step, a step toward peace.",
            "the treaty was a first step, a step toward peace",
            id="guard-no-clause",
        ),
    ],
)
def test_the_writer_s_gloss_after_a_report_is_no_part_of_it(text: str, expected: str) -> None:
    assert find_quotes("Court hears appeal\n\n" + text)[0].text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister said Nepal would not join any alliance, amid a renewed debate over the"
            " partnership.",
            "Nepal would not join any alliance",
            id="amid",
        ),
        pytest.param(
            "A witness told the court on Tuesday that an agent had routed the parts through Armenia, in one"
            " of the first trials for breaching sanctions.",
            "an agent had routed the parts through Armenia",
            id="in-one-of-the-first",
        ),
        pytest.param(
            "The minister admitted that her team was struggling, as members of the committee accused the"
            " government of neglect.",
            "her team was struggling",
            id="as-others-accused",
        ),
        pytest.param(
            "The envoy told the court that the army had razed the villages, as the hearings on the case"
            " opened.",
            "the army had razed the villages",
            id="as-hearings-opened",
        ),
        pytest.param(
            "He said the economy was growing, as expected.",
            "the economy was growing, as expected",
            id="guard",
        ),
        pytest.param(
            "He said prices would rise, as they did last year.",
            "prices would rise, as they did last year",
            id="guard-pronoun",
        ),
    ],
)
def test_the_writer_s_frame_after_a_report_is_no_part_of_it(text: str, expected: str) -> None:
    assert find_quotes("Court hears appeal\n\n" + text)[0].text == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The committee continued its general debate today, hearing from petitioners.", id="its"),
        pytest.param("Senator Ruth Amos continued her assault on the bill on Tuesday.", id="her"),
        pytest.param("The two consultancies continued the audit into the autumn.", id="the"),
    ],
)
def test_continued_with_an_object_is_an_act(text: str) -> None:
    assert find_quotes("Court hears appeal\n\n" + text) == ()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param('"We are ready," she continued.', "continued", id="closing"),
        pytest.param("She continued that the talks had failed.", "continued", id="that"),
    ],
)
def test_continued_still_reports_words(text: str, cue: str) -> None:
    assert _cue("Ana Ruiz spoke first. " + text) == cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rebels said they had fired a missile at the port, hours after warplanes struck the capital.",
            "they had fired a missile at the port",
            id="hours-after",
        ),
        pytest.param(
            "The group said it had hit a ship near Eilat, a day after the navy seized a tanker.",
            "it had hit a ship near Eilat",
            id="a-day-after",
        ),
        pytest.param(
            "The group said it had hit a ship near Eilat, the latest of many such attacks.",
            "it had hit a ship near Eilat",
            id="the-latest-in",
        ),
        pytest.param(
            "He said they would meet two days after the vote.",
            "they would meet two days after the vote",
            id="guard-no-comma",
        ),
    ],
)
def test_a_time_frame_after_a_report_is_the_writer_s(text: str, expected: str) -> None:
    assert find_quotes("Court hears appeal\n\n" + text)[0].text == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The representative of the United States, Greg Whitcomb, said the text was unbalanced."
            " Indonesia's representative said the vote showed the world had not forgotten the refugees.",
            None,
            id="another-state",
        ),
        pytest.param(
            "The representative of the United Kingdom, Tom Hale, said the text was weak. The British"
            " representative added that it would pass.",
            "Tom Hale",
            id="guard-same-state",
        ),
    ],
)
def test_a_state_named_in_two_words_tells_whose_representative(text: str, name: str | None) -> None:
    assert [q.speaker.name if q.speaker else None for q in find_quotes("UN debate\n\n" + text)][-1] == name


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            'Ali Rezaei spoke late. "We will respond," he told the semi-official Tasnim news agency.',
            "the semi-official Tasnim news agency",
            id="closing-hearer-of-four-words",
        ),
        pytest.param(
            "The envoy wrote in a letter to UN Secretary-General Ingrid Solberg that Tehran would respond.",
            "in a letter to UN Secretary-General Ingrid Solberg",
            id="letter-to-a-titled-name",
        ),
        pytest.param(
            "The strikes hit six targets, military spokesman Ofer Tamir said in a televised briefing.",
            "in a televised briefing",
            id="briefing",
        ),
        pytest.param(
            "Khalil Zahar said in a televised speech from Doha that the talks were over.",
            "in a televised speech from Doha",
            id="speech-from-a-place",
        ),
        pytest.param(
            "In a televised speech marking a week since the killing, Karim Nasr said revenge would come.",
            "In a televised speech",
            id="speech-marking",
        ),
        pytest.param(
            "A senior official, speaking to reporters on a call organised by the Pentagon, said the strikes"
            " worked.",
            "reporters",
            id="aside-with-a-long-circumstance",
        ),
        pytest.param(
            "Ali Rezaei, speaking to a group of families of slain soldiers, said Iran would respond.",
            "a group of families of slain soldiers",
            id="aside-with-a-long-audience",
        ),
        pytest.param(
            "Speaking on the group's al-Masirah TV, spokesman Yahya Mahbash said the ship was hit.",
            "the group's al-Masirah TV",
            id="owner-s-channel",
        ),
        pytest.param(
            "Contacted by RFI, a spokesman for the government said the claims were false.",
            "RFI",
            id="contacted-by",
        ),
    ],
)
def test_more_media_and_hearers(text: str, addressee: str) -> None:
    assert _addressee(text) == addressee


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister of defence, Oumar Diarra, visited the base on Monday. The minister said the army"
            " was ready.",
            ("Oumar Diarra", "minister of defence"),
            id="office-in-lower-case",
        ),
        pytest.param(
            'The president of the regional commission, Oluwa Adebayo, opened the session. "We must face the'
            ' facts," he said.',
            ("Oluwa Adebayo", "president of the regional commission"),
            id="pronoun-after-the-office",
        ),
        pytest.param(
            "Anna Petrova said the mission was flawed. Speaking on behalf of the Caribbean states, the"
            ' representative of Guyana, Trisha Persaud, thanked Kenya. "We will not abandon Haiti," she'
            " said.",
            ("Trisha Persaud", "representative of Guyana"),
            id="after-a-leading-phrase",
        ),
    ],
)
def test_a_person_introduced_after_an_office_set_off_before_the_name(
    text: str, expected: tuple[str, str]
) -> None:
    sp = find_quotes("UN debate\n\n" + text)[-1].speaker
    assert sp is not None
    assert (sp.name, sp.role) == expected


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        pytest.param("Qatar, Egypt say ceasefire talks are making progress", "Qatar and Egypt", id="pair"),
        pytest.param("Bahrain, UK discuss a new defence pact", "Bahrain and UK", id="initials"),
        pytest.param("In Cairo, Egypt says ceasefire talks are making progress", "Egypt", id="guard-place"),
    ],
)
def test_a_headline_s_two_states_joined_by_a_comma_speak_together(headline: str, name: str) -> None:
    quotes = find_quotes(headline + "\n\nThe talks resumed on Monday.")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A second diplomat, from a Nordic member state, said several governments had asked the envoy to"
            " stay.",
            ("several governments had asked the envoy to stay", "A second diplomat"),
            id="from-a-place",
        ),
        pytest.param(
            "The diplomatic note, delivered to the ministry in October, said Beijing reserved the right to"
            " act.",
            ("Beijing reserved the right to act", "The diplomatic note"),
            id="guard-delivered-to",
        ),
    ],
)
def test_an_aside_between_the_subject_and_the_cue(text: str, expected: tuple[str, str]) -> None:
    q = find_quotes("Court hears appeal\n\n" + text)[0]
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.text, q.speaker.mention.text) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "Two officials spoke to the paper. One said the talks had stalled.", "One", id="one-said"
        ),
        pytest.param('Two officials spoke. "It is over," one said.', "one", id="after-a-quotation"),
    ],
)
def test_one_of_the_people_just_named_speaks(text: str, mention: str) -> None:
    q = find_quotes("Court hears appeal\n\n" + text)[-1]
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == mention


def test_a_headline_s_one_is_no_speaker() -> None:
    assert find_quotes("One Tweet Sums Up The Race\n\nThe race tightened.") == ()


def test_one_of_a_group_after_according_to_keeps_the_group() -> None:
    q = find_quotes("Court hears appeal\n\nThe plan failed, according to one of her closest advisers.")[0]
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "one of her closest advisers"


def test_a_pronoun_after_an_unnamed_intermediary_who_spoke() -> None:
    text = (
        "Colonel Musa Traore did not return calls. The intermediary, a Tuareg leader, said the threat was"
        ' serious. "We had 48 hours," he said.'
    )
    sp = find_quotes("Court hears appeal\n\n" + text)[-1].speaker
    assert sp is not None
    assert (sp.name, sp.role, sp.resolution) == (None, "intermediary", "pronoun")


def test_an_according_to_aside_is_the_medium_of_the_subject_s_report() -> None:
    text = (
        "The Organization of American States, according to a statement from its secretary general, welcomed"
    )
    text += " the extension."
    quotes = find_quotes("Court hears appeal\n\n" + text)
    assert [
        (q.text, q.cue.text if q.cue else None, q.addressee.text if q.addressee else None) for q in quotes
    ] == [("the extension", "welcomed", "a statement from its secretary general")]


def test_a_news_outlet_citing_a_source_is_the_medium() -> None:
    text = "Cairo's Nile Street News, citing a senior Egyptian source, reported that talks would resume."
    q = find_quotes("Court hears appeal\n\n" + text)[0]
    assert q.speaker is not None and q.speaker.mention is not None and q.addressee is not None
    assert (q.speaker.mention.text, q.addressee.text) == (
        "a senior Egyptian source",
        "Cairo's Nile Street News",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Buenos Aires, said Gustavo Iriarte, remained open to dialogue with London.",
            [
                ("Buenos Aires", "Gustavo Iriarte"),
                ("remained open to dialogue with London", "Gustavo Iriarte"),
            ],
            id="inverted-inside",
        ),
        pytest.param(
            "The deal should build bridges to Mr. Sanders, said David Axel, a former strategist.",
            [("The deal should build bridges to Mr. Sanders", "David Axel")],
            id="guard-inverted-closing-with-apposition",
        ),
    ],
)
def test_an_inverted_attribution_set_off_inside_its_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(text) == expected


def test_with_others_saying_after_a_report_is_their_own_report() -> None:
    text = (
        "The United Nations has warned that famine is imminent in the north, with aid agencies saying that"
        " only a fraction of the food needed has entered."
    )
    assert [
        (q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
        for q in find_quotes("Court hears appeal\n\n" + text)
    ] == [
        ("famine is imminent in the north", "The United Nations"),
        ("only a fraction of the food needed has entered", "aid agencies"),
    ]


def test_an_election_analyst_s_title_before_the_name_is_the_role() -> None:
    assert _speaker("Psephologist Yogesh Chandra told NDTV the result was a surprise.")[:2] == (
        "Yogesh Chandra",
        "Psephologist",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Saudi Deputy Minister of Foreign Affairs Waleed Abdulkarim Al-Harbi said the talks were useful.",
            "Waleed Abdulkarim Al-Harbi",
            id="waleed",
        ),
        pytest.param(
            "Emirati Minister of State Khalifa Shaheen Al Mazrui told the session that aid would continue.",
            "Khalifa Shaheen Al Mazrui",
            id="khalifa",
        ),
    ],
)
def test_a_gulf_given_name_opens_the_name_after_a_long_title(text: str, name: str) -> None:
    assert _speaker(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The bloc is ready to help, the bloc's Secretary General, Colonel-General Askar Nurbek, has"
            " said.",
            id="capitalised-title-and-rank",
        ),
        pytest.param(
            "The bloc is ready to help, the bloc's Secretary General, Askar Nurbek, said.",
            id="capitalised-title",
        ),
    ],
)
def test_a_capitalised_title_before_a_closing_speaker_s_name_is_no_part_of_the_words(text: str) -> None:
    q = find_quotes("Court hears appeal\n\n" + text)[0]
    assert q.speaker is not None
    assert (q.text, q.speaker.name, q.speaker.role) == (
        "The bloc is ready to help",
        "Askar Nurbek",
        "bloc's Secretary General",
    )


def test_the_envoy_after_an_ambassador_named_before() -> None:
    text = 'Chinese Ambassador to Russia Tang Wei said ties were strong. "We are friends," the envoy said.'
    assert _records(text)[-1] == ("We are friends,", "Tang Wei")


def test_an_office_with_its_state_opening_the_subject_of_two_verbs() -> None:
    text = (
        "President of the Kyrgyz Republic Almaz Tokto thanked his colleagues and said Bishkek would host it."
    )
    assert _speaker(text)[:2] == ("Almaz Tokto", "President of the Kyrgyz Republic")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The talks will resume next week, Reuters reported, citing two diplomats.",
            [("The talks will resume next week", "two diplomats", "Reuters")],
            id="reuters-citing",
        ),
        pytest.param(
            "The ministers met in Almaty on Monday, AZERTAC reports, citing the press service of the"
            " ministry.",
            [("The ministers met in Almaty on Monday", "the press service", "AZERTAC")],
            id="agency-citing-a-body",
        ),
        pytest.param(
            "The talks will resume, the minister said, citing progress on the text.",
            [("The talks will resume", "the minister", None), ("progress on the text", "the minister", None)],
            id="guard-person-citing",
        ),
    ],
)
def test_an_outlet_citing_its_source_after_the_cue_is_the_medium(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = find_quotes("Court hears appeal\n\n" + text)
    assert [
        (
            q.text,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.addressee.text if q.addressee else None,
        )
        for q in got
    ] == expected


def test_quoted_by_a_country_s_media_is_the_medium() -> None:
    text = "Polish Defence Minister Tomasz Wierz, quoted by Polish media, said the drills were a threat."
    assert _addressee(text) == "Polish media"


def test_speaking_in_an_address_fronted_before_the_speaker() -> None:
    text = "Speaking in his nightly video address, President Ivan Koval said the strikes would continue."
    assert _addressee(text) == "in his nightly video address"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'Colombian President Leonel Arboleda Quintero met the army chief on Monday. "We cannot talk peace'
            ' while they kill our boys," Arboleda wrote on X.',
            "Leonel Arboleda Quintero",
            id="first-family-name",
        ),
        pytest.param(
            "Foreign Minister Caetano Vilela Prado met his counterpart. Vilela told reporters the talks had"
            " failed.",
            "Caetano Vilela Prado",
            id="portuguese",
        ),
    ],
)
def test_the_first_of_two_family_names_stands_for_a_titled_person(text: str, name: str) -> None:
    assert _records(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            "Otavio Campelo later told Folha de S.Paulo that the opposition would challenge the vote.",
            "Folha de S.Paulo",
            id="de",
        ),
        pytest.param("Rita Mota told Jornal do Brasil the plan was dead.", "Jornal do Brasil", id="do"),
    ],
)
def test_an_outlet_named_with_a_particle(text: str, addressee: str) -> None:
    assert _addressee(text) == addressee


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        pytest.param("Pollster Dev Anand of Ipsos said the race was close.", "Ipsos", id="one-word-firm"),
        pytest.param("Senator Ann Roe of Indiana said the race was close.", None, id="guard-state"),
    ],
)
def test_the_firm_after_an_occupation_and_a_name(text: str, organization: str | None) -> None:
    assert _speaker(text)[2] == organization


def test_a_party_s_bracketed_initials_stay_in_a_subject_before_an_aside() -> None:
    text = (
        "National Unity Party (NUP) leader Devlet Basar, in a written statement, described the remarks as"
        " shameful."
    )
    assert _speaker(text)[1:] == ("National Unity Party (NUP) leader", "National Unity Party")


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            "She conceded defeat, telling Liberal Party faithful in Melbourne she had called the premier.",
            "Liberal Party faithful",
            id="faithful",
        ),
        pytest.param(
            "Tom Hale told Labour supporters that the fight would go on.",
            "Labour supporters",
            id="supporters",
        ),
    ],
)
def test_a_party_s_people_as_hearers(text: str, addressee: str) -> None:
    assert _addressee(text) == addressee
