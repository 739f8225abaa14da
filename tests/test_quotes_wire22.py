"""Speakers in transcripts and in follow-up sentences of wire copy (sentences written for these tests;
people, places and bodies invented): a first-person subject inside a named turn of a transcript ("Lin Hao:
... We hope ...") is the turn's speaker; "I" or "we" outside any turn stays unresolved; and a definite role
noun that repeats a word of the title the last speaker was given ("the Kremlin official" after "Kremlin
Spokesman X") is that speaker (see also the case table in test_quotes.py). Names coordinated before the
cue speak together ("Russia and China said"), each by its fullest name without titles; office words joined
by "and" to a title are part of it ("Foreign and Expatriates Minister X")."""

from __future__ import annotations

import pytest

from geoquote import analyze, find_quotes

BRIEFING = (
    "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference\n\n"
    "Reuters: Ashland will host a summit with Dunmore next week. What is your comment?\n\n"
    "Lin Hao: We have noted the reports. {subject} hope the relevant countries will act for peace.\n\n"
    "AFP: Will China send an envoy?\n\n"
    "Lin Hao: I have no information to release at the moment.\n\n"
)


@pytest.mark.parametrize("subject", [pytest.param("We", id="we"), pytest.param("I", id="i")])
def test_first_person_inside_a_turn_is_the_turn_speaker(subject: str) -> None:
    text = BRIEFING.format(subject=subject)
    (q,) = [q for q in find_quotes(text) if q.cue is not None and q.cue.lemma == "hope"]
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.mention.text, q.speaker.resolution) == ("Lin Hao", subject, "pronoun")
    assert text[q.start : q.end] == q.text


def test_first_person_outside_any_turn_stays_unresolved() -> None:
    text = "Harbour talks\n\nLin Hao spoke on Monday. We hope the relevant countries will act for peace."
    (q,) = [q for q in find_quotes(text) if q.cue is not None and q.cue.lemma == "hope"]
    assert q.speaker is not None and q.speaker.name is None


def test_first_person_after_the_turn_ends_is_not_the_turn_speakers() -> None:
    text = BRIEFING.format(subject="They") + "Editor's note: We hope readers will write in with their views."
    hopes = [q for q in find_quotes(text) if q.cue is not None and q.cue.lemma == "hope"]
    assert hopes and all(q.speaker is None or q.speaker.name != "Lin Hao" for q in hopes[1:])


@pytest.mark.parametrize(
    ("sentence", "mention", "name"),
    [
        pytest.param(
            "Ashland and Dunmore said the harbour would reopen.",
            "Ashland and Dunmore",
            "Ashland and Dunmore",
            id="two-bodies",
        ),
        pytest.param(
            "Mali, Burkina Faso and Niger said the harbour would reopen.",
            "Mali, Burkina Faso and Niger",
            "Mali, Burkina Faso and Niger",
            id="three-states",
        ),
        pytest.param(
            "Ashland President Ilse Marrow and Dunmore President Tomas Reyland said the port would reopen.",
            "Ashland President Ilse Marrow and Dunmore President Tomas Reyland",
            "Ilse Marrow and Tomas Reyland",
            id="titles-left-out-of-the-name",
        ),
        pytest.param(
            "Ilse Marrow spoke first. Marrow and Reyland have jointly called for calm.",
            "Marrow and Reyland",
            "Ilse Marrow and Reyland",
            id="fullest-name-and-an-auxiliary",
        ),
        pytest.param(
            "Port Authority Vice President and Managing Director Ivo Marin said the harbour would reopen.",
            "Managing Director Ivo Marin",
            "Ivo Marin",
            id="two-titles-of-one-person",
        ),
        pytest.param(
            "Foreign and Expatriates Minister Ivo Marin said the harbour would reopen.",
            "Foreign and Expatriates Minister Ivo Marin",
            "Ivo Marin",
            id="office-words-before-and-are-a-title",
        ),
        pytest.param(
            "DUNMORE, May 3 (Reuters) - Ashland and Norland said the harbour would reopen.",
            "Ashland and Norland",
            "Ashland and Norland",
            id="after-a-dateline",
        ),
        pytest.param(
            "Dunmore, SANA- Foreign Minister Ivo Marin and Tomas Reyland said the harbour would reopen.",
            "Foreign Minister Ivo Marin and Tomas Reyland",
            "Ivo Marin and Tomas Reyland",
            id="dateline-is-no-speaker",
        ),
        pytest.param(
            "In Dunmore, Ashland and Norland said the harbour would reopen.",
            "Norland",
            "Norland",
            id="fronted-place-is-no-speaker",
        ),
    ],
)
def test_names_coordinated_before_the_cue_speak_together(sentence: str, mention: str, name: str) -> None:
    text = "Harbour talks\n\n" + sentence
    quotes = analyze(text).quotes  # (with the header read: a dateline is no part of the body)
    q = next(q for q in quotes if q.cue is not None and q.cue.text in ("said", "called for"))
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.mention.text, q.speaker.name, q.speaker.resolution) == (mention, name, "named")
    assert text[q.speaker.mention.start : q.speaker.mention.end] == mention


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        pytest.param(
            "Foreign and Expatriates Minister Ivo Marin said the harbour would reopen.",
            "Foreign and Expatriates Minister Ivo Marin",
            "Foreign and Expatriates Minister",
            id="office-shared-by-two-words",
        ),
        pytest.param(
            "Dunmore's Foreign and Expatriates Minister Ivo Marin said the harbour would reopen.",
            "Foreign and Expatriates Minister Ivo Marin",
            "Foreign and Expatriates Minister",
            id="office-after-a-possessive",
        ),
        pytest.param(
            "Secretary of State and Republican nominee Ana Ruiz said the port would reopen.",
            "Secretary of State and Republican nominee Ana Ruiz",
            "Secretary of State and Republican nominee",
            id="another-office-before-and-is-the-same-holders",
        ),
    ],
)
def test_office_words_joined_by_and_to_the_title(sentence: str, mention: str, role: str) -> None:
    text = "Harbour talks\n\n" + sentence
    (q,) = analyze(text).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.mention.text, q.speaker.role) == (mention, role)


@pytest.mark.parametrize(
    "state", [pytest.param("Norway", id="state"), pytest.param("The Netherlands", id="plural-name")]
)
def test_it_is_the_state_opening_its_sentence(state: str) -> None:
    text = f"Harbour talks\n\n{state} has deployed what it calls “peace keepers” to the region."
    (q,) = analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == state.removeprefix("The ")


def test_what_a_state_calls_something_is_its_name_for_it() -> None:
    """ "Norway has deployed what it calls “peace keepers” to the region": the words are the name Norway
    gives the troops (not where they went), and "it" is the state the sentence opens with."""
    text = "Harbour talks\n\nNorway has deployed what it calls “peace keepers” to the region."
    (q,) = analyze(text).quotes
    assert q.text == "peace keepers"
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == ("Norway", "pronoun")


def test_an_of_phrase_after_what_someone_called_stays() -> None:
    """The naming is part of the speaker's report (one record, see test_quotes_wire59.py), which keeps the
    of-phrase after the quoted words."""
    text = "Harbour talks\n\nMarrow condemned what she called a “flagrant violation” of the harbour rules."
    got = [(q.cue.text if q.cue else None, q.text) for q in analyze(text).quotes]
    assert got == [("condemned", "what she called a “flagrant violation” of the harbour rules")]


@pytest.mark.parametrize(
    ("between", "name"),
    [
        pytest.param("", "Karl Ostby", id="the-speaker-just-before"),
        pytest.param("President Anna Lind did not comment. ", None, id="someone-named-since"),
    ],
)
def test_age_epithet_for_a_speaker_given_no_age(between: str, name: str | None) -> None:
    text = (
        "Harbour talks\n\nFormer president Karl Ostby said he would stand again. "
        + between
        + "“I have come back to finish the job,” the 71-year-old told supporters."
    )
    (q,) = [q for q in analyze(text).quotes if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param("Channel 12 reported that the talks were over.", "Channel 12", id="channel-number"),
        pytest.param(
            "Dunmore's Channel 9 reported that the talks were over.", "Channel 9", id="owned-channel"
        ),
        pytest.param(
            "BBC Radio 4 reported that the talks were over.", "BBC Radio 4", id="network-and-number"
        ),
        pytest.param("France 24 said the talks were over.", "France 24", id="state-name-and-number"),
        pytest.param("On May 12 the minister said the talks were over.", None, id="a-date-is-no-outlet"),
    ],
)
def test_a_number_closes_an_outlets_name(sentence: str, name: str | None) -> None:
    (q,) = analyze("Harbour talks\n\n" + sentence).quotes
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("According to Reuters, citing two sources, the harbour talks failed.", id="citing"),
        pytest.param(
            "According to the Dunmore Herald, quoting an aide, the harbour talks failed.", id="quoting"
        ),
    ],
)
def test_an_according_to_sources_own_sources_are_an_aside(sentence: str) -> None:
    """ "According to X, citing Y, Z": Z is what X reports; "citing Y" is no report of its own."""
    (q,) = analyze("Harbour talks\n\n" + sentence).quotes
    assert (q.text, q.cue is not None and q.cue.lemma) == ("the harbour talks failed", "according to")


@pytest.mark.parametrize(
    ("sentence", "mention", "name"),
    [
        pytest.param(
            "“We will not accept this,” a statement from Foreign Minister Ivo Marin said.",
            "a statement from Foreign Minister Ivo Marin",
            "Ivo Marin",
            id="statement-from-a-person",
        ),
        pytest.param(
            "“We will not accept this,” a statement from the ministry said.",
            "a statement from the ministry",
            None,
            id="statement-from-a-body",
        ),
        pytest.param(
            "“We will not accept this,” said the statement, signed by Foreign Minister Ivo Marin.",
            "the statement",
            "Ivo Marin",
            id="statement-signed-by",
        ),
    ],
)
def test_a_text_speaks_for_whoever_issued_it(sentence: str, mention: str, name: str | None) -> None:
    (q,) = analyze("Harbour talks\n\n" + sentence).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.mention.text, q.speaker.name) == (mention, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "The government of President Ilse Marrow said the harbour would reopen.",
            "government of President Ilse Marrow",
            id="government-of",
        ),
        pytest.param(
            "The office of Prime Minister Tomas Reyland said the harbour would reopen.",
            "office of Prime Minister Tomas Reyland",
            id="office-of",
        ),
    ],
)
def test_a_body_a_person_heads_speaks_for_itself(sentence: str, name: str) -> None:
    (q,) = analyze("Harbour talks\n\n" + sentence).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.mention.text) == (name, "The " + name)


def test_a_spokesman_for_a_persons_office_is_no_named_person() -> None:
    text = "Harbour talks\n\nA spokesman for the office of Ivo Marin said the harbour would reopen."
    (q,) = analyze(text).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.mention.text) == (None, "A spokesman for the office of Ivo Marin")
