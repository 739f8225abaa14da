"""Relayed reports in monitoring digests and agency copy (sentences written for these tests; people,
places and outlets invented where the reading does not depend on a real name): an outlet that quotes a
speaker "as warning" or "as adding" relays that speaker as it does "as saying"; a speaker that says
something ", citing" its evidence ", that ..." reports the that-clause, while an outlet that does so
passes the report on from the source it cites (see also the case table in test_quotes.py)."""

from __future__ import annotations

import pytest

from geoquote import analyze, find_quotes


def _one(text: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    sp = q.speaker
    return (
        q.text,
        sp.mention.text if sp is not None and sp.mention is not None else None,
        sp.name if sp is not None else None,
        q.cue.lemma if q.cue is not None else None,
        q.addressee.text if q.addressee is not None else None,
    )


@pytest.mark.parametrize(
    "tail", ["saying", "warning", "adding", "stressing", "insisting", "claiming", "arguing", "noting"]
)
def test_a_relay_verb_passes_on_the_speaker_with_any_verb_of_saying(tail: str) -> None:
    text = f"The Dunmore Herald quoted Ivo Marin as {tail} that the harbour would stay shut."
    assert _one(text) == (
        "the harbour would stay shut",
        "Ivo Marin",
        "Ivo Marin",
        "quote",
        "The Dunmore Herald",
    )


def test_an_unnamed_source_quoted_as_warning_is_the_speaker() -> None:
    text = "Broadcaster Radio Ashland quoted a senior security official as warning that talks could stall."
    got = _one(text)
    assert got[:3] == ("talks could stall", "a senior security official", None)
    assert got[4] == "Broadcaster Radio Ashland"


@pytest.mark.parametrize(
    ("sentence", "mention", "addressee"),
    [
        pytest.param(
            "The ministry said, citing intelligence reports, that the convoy had crossed the border.",
            "The ministry",
            None,
            id="a-body-cites-its-evidence",
        ),
        pytest.param(
            "Ivo Marin said, citing his own figures, that the convoy had crossed the border.",
            "Ivo Marin",
            None,
            id="a-person-cites-his-figures",
        ),
        pytest.param(
            "Ivo Marin said, commenting on the council's statement, that the convoy had crossed the border.",
            "Ivo Marin",
            None,
            id="commenting-on",
        ),
        pytest.param(
            "Ivo Marin said, referring to the sanctions, that the convoy had crossed the border.",
            "Ivo Marin",
            None,
            id="referring-to",
        ),
        pytest.param(
            "The daily Morgenpost reported, citing two diplomats, that the convoy had crossed the border.",
            "two diplomats",
            "The daily Morgenpost",
            id="an-outlet-named-after-its-kind-passes-on-its-sources",
        ),
    ],
)
def test_citing_between_the_cue_and_that(sentence: str, mention: str, addressee: str | None) -> None:
    got = _one(sentence)
    assert got[0] == "the convoy had crossed the border"
    assert (got[1], got[4]) == (mention, addressee)


@pytest.mark.parametrize(
    "sentence",
    [
        "The office of Ashland's prime minister said the delegation would stay in Dunmore.",
        "Prime Minister Ivo Marin flew home. The office of the prime minister said the team would stay.",
    ],
)
def test_the_office_of_an_unnamed_office_holder_speaks_unnamed(sentence: str) -> None:
    qs = find_quotes("Harbour talks\n\n" + sentence)
    (q,) = [q for q in qs if q.cue is not None and q.cue.lemma == "say"]
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text.startswith("The office of ")
    assert q.speaker.name is None


def _speaker_of_said(text: str) -> tuple[str | None, str | None]:
    (q,) = [q for q in find_quotes("Harbour talks\n\n" + text) if q.cue is not None and q.cue.lemma == "say"]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.resolution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Prime Minister Ivo Marin visited Dunmore. The prime minister said the port would reopen.",
            ("Ivo Marin", "role"),
            id="a-title-with-its-portfolio",
        ),
        pytest.param(
            "Defence Minister Ilse Marrow toured the docks. The Defence Minister said the port would reopen.",
            ("Ilse Marrow", "role"),
            id="a-capitalised-portfolio",
        ),
        pytest.param(
            "Defence Minister Ilse Marrow toured the docks. The health minister said the port would reopen.",
            (None, "none"),
            id="another-portfolio-is-someone-else",
        ),
    ],
)
def test_a_role_noun_is_the_person_just_given_that_title(text: str, expected: tuple[str | None, str]) -> None:
    assert _speaker_of_said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In a letter to Foreign Minister Ivo Marin, the Chief Minister said the port would reopen.",
            (None, "none"),
            id="the-addressee-of-a-letter",
        ),
        pytest.param(
            "After meeting Foreign Minister Ivo Marin, the minister said the port would reopen.",
            (None, "none"),
            id="the-object-of-a-participle",
        ),
        pytest.param(
            "When Foreign Minister Ivo Marin landed, the minister said the port would reopen.",
            ("Ivo Marin", "role"),
            id="the-subject-of-a-fronted-clause-may-be-the-speaker",
        ),
    ],
)
def test_a_person_named_in_a_fronted_phrase_is_not_the_role_noun_after_it(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _speaker_of_said(text) == expected


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        pytest.param(
            "Ivo Marin told the Dunmore Broadcasting Corporation (DBC) that the port would reopen.",
            "the Dunmore Broadcasting Corporation (DBC)",
            id="initials-after-the-outlet",
        ),
        pytest.param(
            "Ivo Marin told broadcaster ZDF that the port would reopen.",
            "broadcaster ZDF",
            id="kind-then-name",
        ),
        pytest.param(
            "Ivo Marin told the Bild am Sonntag newspaper that the port would reopen.",
            "the Bild am Sonntag newspaper",
            id="a-particle-inside-the-name",
        ),
    ],
)
def test_an_outlets_full_name_is_the_addressee_and_not_the_clause(sentence: str, addressee: str) -> None:
    assert _one(sentence) == ("the port would reopen", "Ivo Marin", "Ivo Marin", "tell", addressee)


def test_a_hearer_named_by_kind_after_a_direct_quotation() -> None:
    (q,) = find_quotes(
        'Harbour talks\n\n"The port will reopen," Ivo Marin told broadcaster ZDF in an interview.'
    )
    assert q.addressee is not None and q.addressee.text == "broadcaster ZDF"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dunmore Herald quoted a senior port official, Ivo Marin, as saying that the port would reopen.",
        "The Dunmore Herald quoted Ivo Marin, a senior port official, as saying that the port would reopen.",
    ],
)
def test_a_relayed_speaker_set_off_by_commas(sentence: str) -> None:
    got = _one(sentence)
    assert (got[0], got[2], got[3], got[4]) == (
        "the port would reopen",
        "Ivo Marin",
        "quote",
        "The Dunmore Herald",
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "The Dunmore Chamber of Commerce to the EU said the rules were unclear.",
            "Dunmore Chamber of Commerce to the EU",
            id="a-chamber-to-a-union",
        ),
        pytest.param(
            "Ashland's Permanent Mission to the UN said the rules were unclear.",
            "Ashland's Permanent Mission to the UN",
            id="a-mission-to-the-un",
        ),
        pytest.param(
            "The EU delegation to Ashland said the rules were unclear.",
            "EU delegation to Ashland",
            id="a-delegation-to-a-state",
        ),
    ],
)
def test_a_body_sent_to_another_is_named_whole(sentence: str, name: str) -> None:
    got = _one(sentence)
    assert (got[0], got[2]) == ("the rules were unclear", name)


@pytest.mark.parametrize(
    ("sentence", "content", "addressee"),
    [
        pytest.param(
            "Colonel Ivo Marin dismissed the harbour offer on state television.",
            "the harbour offer",
            "on state television",
            id="an-object-on-television",
        ),
        pytest.param(
            "Ivo Marin praised the harbour deal on Twitter.",
            "the harbour deal",
            "on Twitter",
            id="on-a-platform",
        ),
        pytest.param(
            "Ivo Marin said the port would reopen in an interview with the Dunmore Herald.",
            "the port would reopen",
            "in an interview with the Dunmore Herald",
            id="a-clause-in-an-interview",
        ),
        pytest.param(
            "Ivo Marin said he had watched the harbour speech on television.",
            "he had watched the harbour speech on television",
            None,
            id="the-clauses-own-verb-keeps-its-medium",
        ),
    ],
)
def test_a_medium_closing_the_clause_is_the_addressee(
    sentence: str, content: str, addressee: str | None
) -> None:
    got = _one(sentence)
    assert (got[0], got[4]) == (content, addressee)


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement read on national television, the council said the harbour would stay shut.",
        "In a letter read out in parliament, the council said the harbour would stay shut.",
        "The statement, read by a spokesman, said the harbour would stay shut.",
    ],
)
def test_a_text_read_out_is_no_speaker(sentence: str) -> None:
    qs = find_quotes("Harbour talks\n\n" + sentence)
    assert [q.cue.lemma for q in qs if q.cue is not None] == ["say"]


@pytest.mark.parametrize(
    "frame",
    ["in the latest of a run of tests", "in what analysts called a warning", "marking the third launch"],
)
def test_the_writers_frame_after_a_trailing_speaker_is_not_reported(frame: str) -> None:
    text = f"Ashland fired a missile into the sea on Friday, the Dunmore military said, {frame}."
    assert _one(text)[:2] == ("Ashland fired a missile into the sea on Friday", "the Dunmore military")


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        pytest.param(
            "In an interview with the Dunmore media group, Ivo Marin said the port would reopen.",
            "In an interview with the Dunmore media group",
            id="a-media-group",
        ),
        pytest.param(
            "In an exclusive interview with Xinhua in Dunmore, Ivo Marin said the port would reopen.",
            "In an exclusive interview with Xinhua",
            id="the-interviews-place-after-the-outlet",
        ),
        pytest.param(
            "Speaking to DW on the sidelines of a meeting of defence ministers in Brussels on Thursday, "
            "Ivo Marin said the port would reopen.",
            "DW",
            id="a-long-circumstance-after-the-hearer",
        ),
        pytest.param(
            "Ivo Marin told the Leader of the House that the port would reopen.",
            "the Leader of the House",
            id="an-office-of-the-house",
        ),
        pytest.param(
            "Ivo Marin declared to the press that the port would reopen.",
            "to the press",
            id="declared-to-the-press",
        ),
        pytest.param(
            "Ivo Marin, speaking to Dunmore journalists later, said the port would reopen.",
            "Dunmore journalists",
            id="a-time-adverb-after-the-hearer",
        ),
        pytest.param(
            "Ivo Marin said in remarks carried by state broadcaster Radio Ost that the port would reopen.",
            "state broadcaster Radio Ost",
            id="remarks-carried-by",
        ),
    ],
)
def test_the_medium_of_a_fronted_or_carried_phrase(sentence: str, addressee: str) -> None:
    got = _one(sentence)
    assert (got[0], got[2], got[4]) == ("the port would reopen", "Ivo Marin", addressee)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        pytest.param(
            "The spokesman said the islets, which Dunmore calls the Needles, belong to Ashland.",
            "the islets, which Dunmore calls the Needles, belong to Ashland",
            id="a-naming-relative",
        ),
        pytest.param(
            "The spokesman said the islets, which Dunmore claims, belong to Ashland.",
            "the islets, which Dunmore claims, belong to Ashland",
            id="a-claiming-relative",
        ),
    ],
)
def test_a_relative_whose_object_is_its_antecedent_reports_nothing(sentence: str, content: str) -> None:
    assert _one(sentence)[:2] == (content, "The spokesman")


def test_a_relative_whose_verb_reports_a_clause_is_still_no_gap() -> None:
    qs = find_quotes("Harbour talks\n\nThe ministry cited the figures, which it said showed a rise.")
    assert [q.text for q in qs] == ["showed a rise"]


def test_an_unnamed_speaker_described_again_keeps_the_first_description() -> None:
    text = (
        "Harbour talks\n\nA senior Foreign Ministry official told reporters that Ashland expected a reply. "
        '"We have made our position clear," the official said. The official added that talks would go on.'
    )
    later = [q.speaker for q in find_quotes(text)][1:]
    assert [(s.name, s.role, s.organization, s.resolution) for s in later if s] == [
        (None, "senior Foreign Ministry official", "Foreign Ministry", "role")
    ] * 2


def test_an_unnamed_speaker_is_not_described_again_after_someone_else_spoke() -> None:
    text = (
        "Harbour talks\n\nA senior Foreign Ministry official told reporters that Ashland expected a reply. "
        "Ivo Marin said the port was shut. The official said the port was open."
    )
    last = find_quotes(text)[-1].speaker
    assert last is not None and last.role != "senior Foreign Ministry official"


BRIEFING_WITH_OUTLETS = (
    "Transcript\n\nForeign Minister Ivo Marin held a press conference in Dunmore.\n\n"
    "MARIN: Good afternoon.\n\n{q} (NRK): Will you visit Ashland?\n\nMARIN: Next spring.\n\n"
    "{q} (Reuters): And the harbour?\n\nMARIN: It stays open.\n"
)


@pytest.mark.parametrize("label", ["QUESTION", "Question", "Q"])
def test_a_question_label_with_the_askers_outlet_is_a_turn(label: str) -> None:
    text = BRIEFING_WITH_OUTLETS.format(q=label)
    qs = analyze(text).quotes
    asked = [q.text for q in qs if q.speaker is not None and q.speaker.name is None]
    assert asked == ["Will you visit Ashland?", "And the harbour?"]
    assert [q.text for q in qs if q.speaker is not None and q.speaker.name == "Ivo Marin"][
        -1
    ] == "It stays open."


@pytest.mark.parametrize(
    ("sentence", "content", "addressee"),
    [
        pytest.param(
            "The harbour must reopen, Ivo Marin said in a statement attributed to his spokesperson.",
            "The harbour must reopen",
            "in a statement",
            id="a-statement-attributed-to",
        ),
        pytest.param(
            "The council said in a statement signed by its spokesman, Mr Ivo Marin, on Sunday that the court"
            " had jurisdiction.",
            "the court had jurisdiction",
            "in a statement",
            id="a-statement-signed-by-a-named-spokesman",
        ),
        pytest.param(
            "The council said in a statement published on Sunday that the court had jurisdiction.",
            "the court had jurisdiction",
            "in a statement",
            id="published-on-a-weekday-is-no-outlet",
        ),
        pytest.param(
            "The judges said in their ruling on preliminary objections that the court had jurisdiction.",
            "the court had jurisdiction",
            "in their ruling on preliminary objections",
            id="a-ruling-on",
        ),
    ],
)
def test_a_medium_described_after_the_cue(sentence: str, content: str, addressee: str) -> None:
    got = _one(sentence)
    assert (got[0], got[4]) == (content, addressee)


@pytest.mark.parametrize("place", ["Gaza", "Aleppo", "Sudan"])
def test_a_place_heading_a_headline_is_no_speaker(place: str) -> None:
    text = (
        f"{place}: UN warns of fuel shortages within days\n\nThe agency said on Monday fuel was running out."
    )
    assert all(q.speaker is None or q.speaker.name != place for q in find_quotes(text))


def test_a_person_heading_a_headline_still_speaks() -> None:
    text = "Marin: Dunmore thinks the harbour deal is dead\n\nIvo Marin spoke on Monday."
    (q,) = [q for q in find_quotes(text) if q.cue is not None and q.cue.text == ":"]
    assert q.speaker is not None and q.speaker.name == "Ivo Marin"


@pytest.mark.parametrize("name", ["Femke van der Pol", "Ilse ter Horst", "Anna van den Berg"])
def test_a_name_with_two_particles_is_one_person(name: str) -> None:
    text = f'Harbour talks\n\nHarbour minister {name} spoke to parliament. "The pact holds," she said.'
    (q,) = find_quotes(text)
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == (name, "pronoun")


@pytest.mark.parametrize("modifier", ["ruling", "governing"])
def test_a_party_modifier_stays_in_the_speakers_mention(modifier: str) -> None:
    text = f"Ashland's {modifier} party lawmakers urged a tougher response on Monday."
    assert _one(text)[:2] == ("a tougher response", f"Ashland's {modifier} party lawmakers")


@pytest.mark.parametrize(
    "title",
    [
        "Under-Secretary-General",
        "Under-Secretary-General for Humanitarian Affairs",
        "UN Under-Secretary-General",
    ],
)
def test_a_un_under_secretary_generals_title_is_no_part_of_the_name(title: str) -> None:
    (q,) = find_quotes(
        f'Harbour talks\n\n"There is no fuel left," {title} Ilse Marrow told journalists in Geneva.'
    )
    assert q.speaker is not None and q.speaker.name == "Ilse Marrow"
    assert q.addressee is not None and q.addressee.text == "journalists"


@pytest.mark.parametrize("hearers", ["peers", "deputies", "ministers", "officials", "negotiators"])
def test_a_bare_plural_hearer_before_a_clause_without_that(hearers: str) -> None:
    assert _one(f"Ivo Marin told {hearers} the port would reopen.")[4] == hearers


@pytest.mark.parametrize("tag", ["UPDATE 2-", "REFILE-", "EXCLUSIVE-", "CORRECTED-"])
def test_a_wire_version_tag_is_no_part_of_the_headline_clause(tag: str) -> None:
    text = f"{tag}Grain convoy attacked near the border, officials say\n\nThe convoy was hit on Monday."
    qs = [q for q in find_quotes(text) if q.cue is not None and q.cue.text == "say"]
    assert [q.text for q in qs] == ["Grain convoy attacked near the border"]


@pytest.mark.parametrize("honorific", ["Alhaji", "Alhaja", "Hajiya"])
def test_a_nigerian_honorific_is_no_part_of_the_name(honorific: str) -> None:
    got = _one(f"The party's spokesman, {honorific} Ilse Marrow, said the claims were false.")
    assert (got[0], got[2]) == ("the claims were false", "Ilse Marrow")


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "Analysts consulted by the Dunmore Herald agreed that the port would reopen.", "Analysts"
        ),
        pytest.param("A witness interviewed by investigators said that the port would reopen.", "A witness"),
        pytest.param("The report was cited by Reuters, which said that the port would reopen.", "Reuters"),
    ],
)
def test_the_agent_of_a_reduced_relative_is_not_the_speaker(sentence: str, mention: str) -> None:
    assert _one(sentence)[:2] == ("the port would reopen", mention)


def test_a_second_predicate_keeps_the_name_apposed_to_the_subject() -> None:
    text = (
        "Harbour talks\n\nA spokesman for the Dunmore port authority, Ivo Marin, told Reuters the port "
        "was shut and warned that prices could rise."
    )
    assert [(q.text, q.speaker and q.speaker.name) for q in find_quotes(text)] == [
        ("the port was shut", "Ivo Marin"),
        ("prices could rise", "Ivo Marin"),
    ]


def test_a_participle_cue_after_a_described_name_is_that_persons() -> None:
    text = 'Harbour talks\n\nHer colleague, Councillor Ilse Marrow, went further, calling it "a folly."'
    (q,) = find_quotes(text)
    assert q.speaker is not None and (q.speaker.name, q.cue and q.cue.text) == ("Ilse Marrow", "calling")
