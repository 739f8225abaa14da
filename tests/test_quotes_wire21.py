"""Speakers and headlines in wire-copy layouts (sentences written for these tests; people, places and bodies
invented): a hyphen set off by spaces is a dash before the speaker, never part of the name; a name apposed
to a possessed description ("Reyland's colleague, Choi Won-gon,") is a person a later pronoun can mean; a
sentence of titles and names is prose, not a headline; one state's office is not another's ("the Hungarian
minister"); a body named in passing is found for "the court" or "the ministry"; a text a body issued names
the body ("results announced by X"); and headlines credit their quotation ("“...”: X warns", "X to Y:
“...”")."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

from ._quote_helpers import records

LEAD = "Harbour blockade\n\nThe harbour board met on Monday.\n\n"


@pytest.mark.parametrize(
    "dash",
    [pytest.param(" - ", id="spaced-hyphen"), pytest.param(" -- ", id="double-hyphen")],
)
def test_spaced_hyphen_is_no_part_of_the_speaker(dash: str) -> None:
    text = LEAD + "“We will not be intimidated”" + dash + "Ashland vows a firm response to the blockade."
    got = records(text)
    assert [(kind, quote, mention) for kind, quote, mention, _, _ in got] == [
        ("direct", "We will not be intimidated", "Ashland"),
        ("indirect", "a firm response to the blockade", "Ashland"),
    ]


def test_hyphen_inside_a_name_stays() -> None:
    text = LEAD + "“The port stays shut,” said Anne-Marie Vole of the Port-Royal Authority."
    ((kind, quote, mention, _, _),) = records(text)
    assert (kind, quote) == ("direct", "The port stays shut,")
    assert mention is not None and mention.startswith("Anne-Marie Vole")


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Choi Won-gon", id="name-of-no-known-given-name"),
        pytest.param("Ivo Marin", id="known-given-name"),
    ],
)
def test_person_apposed_to_a_possessed_description(name: str) -> None:
    """ "Reyland's colleague, Choi Won-gon, disagreed. He argued ...": the apposed name is a person the
    pronoun can mean, even when its given name is not a common one."""
    text = (
        LEAD
        + "“The islands want to show strength,” said Tomas Reyland, a professor at Dunmore University.\n\n"
        f"Reyland's colleague, {name}, disagreed. He argued that the islands wanted talks."
    )
    q = [q for q in find_quotes(text) if q.cue is not None and q.cue.text == "argued"]
    assert len(q) == 1 and q[0].speaker is not None
    assert (q[0].speaker.name, q[0].speaker.resolution) == (name, "pronoun")


def test_names_in_a_short_sentence_of_titles_are_people() -> None:
    """A sentence whose long words are all capitalised ("Dunmore's Foreign Minister Arvid Kessler met
    Ashland's Foreign Minister Tomas Reyland on Tuesday.") is prose, not a title-case headline: the full
    names it writes are the ones later surnames stand for."""
    text = (
        LEAD + "Dunmore's Foreign Minister Arvid Kessler met Ashland's Foreign Minister Tomas Reyland on"
        " Tuesday.\n\nKessler said the harbour would reopen."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Arvid Kessler"


@pytest.mark.parametrize(
    ("meeting", "speaker"),
    [
        pytest.param(
            "met Hungarian Foreign Minister Tomas Reyland", "Tomas Reyland", id="titled-with-the-state"
        ),
        pytest.param(
            "met his Hungarian counterpart, Tomas Reyland,", None, id="no-hungarian-minister-titled"
        ),
    ],
)
def test_a_state_s_office_is_not_another_state_s(meeting: str, speaker: str | None) -> None:
    """ "Azerbaijan's Foreign Minister X" is not "the Hungarian minister": the possessive before a title names
    the state whose office it is."""
    text = (
        LEAD + f"Azerbaijan's Foreign Minister Arvid Kessler {meeting} on Tuesday.\n\n"
        "Kessler said the harbour would reopen.\n\nThe Hungarian minister said the ferries would wait."
    )
    q = find_quotes(text)[-1]
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "The Hungarian minister"
    assert q.speaker.name == speaker


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        pytest.param(
            "The Harbour Court on Wednesday upheld the levy.", "Harbour Court", id="day-after-the-name"
        ),
        pytest.param(
            "Ashland's Harbour Court upheld the levy.", "Ashland's Harbour Court", id="state-possessive"
        ),
    ],
)
def test_body_named_in_passing_is_the_body_noun_s(opening: str, name: str) -> None:
    """ "The court" after a court named in passing is that court: a day after the name is no part of it, and
    a state's possessive before it is."""
    text = LEAD + opening + "\n\nIn its judgment, the court found that the levy was lawful."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    ("source", "name"),
    [
        pytest.param(
            "preliminary results announced by the Ashland Election Commission on Monday",
            "Ashland Election Commission",
            id="results-announced-by",
        ),
        pytest.param("data from the Harbour Exchange", "Harbour Exchange", id="data-from"),
        pytest.param(
            "figures published by the Harbour Exchange", "Harbour Exchange", id="figures-published-by"
        ),
    ],
)
def test_text_a_body_issued_names_the_body(source: str, name: str) -> None:
    """ "according to results announced by X": X speaks through the text, written with no article."""
    (q,) = find_quotes(LEAD + f"Freight rates rose for a third week, according to {source}.")
    assert q.text == "Freight rates rose for a third week"
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param(
            "“We will respond”: Ashland warns Dunmore over the strikes",
            ("direct", "We will respond", "Ashland", "Dunmore"),
            id="quotation-colon-then-its-speaker",
        ),
        pytest.param(
            "Reyland to Kessler: “You will pay for the blockade”",
            ("direct", "You will pay for the blockade", "Reyland", "Kessler"),
            id="speaker-to-hearer-colon-quotation",
        ),
        pytest.param("Welcome to Ashland: the ferries sail again", None, id="a-feature-title-is-no-speaker"),
    ],
)
def test_headline_attributions(headline: str, expected: tuple[str, str, str, str | None] | None) -> None:
    """Headlines that credit their quotation: "“...”: X warns ...", "X to Y: “...”" (Y is the addressee); a
    title such as "Welcome to Ashland:" names no speaker the story goes on to name."""
    text = headline + "\n\nDOVER, May 2 (DNA) - Reyland and Ashland met Kessler on Monday.\n"
    got = [
        (
            q.kind,
            q.text,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.addressee.text if q.addressee else None,
        )
        for q in find_quotes(text)
        if q.end <= len(headline)
    ]
    assert got == ([expected] if expected else [])


def test_body_named_with_two_of_phrases() -> None:
    """ "The Ministry of Foreign Affairs of the Republic of Ashland" is one body, speaking with both verbs."""
    text = (
        LEAD + "The Ministry of Foreign Affairs of the Republic of Ashland expressed its concern over the"
        " blockade and called for dialogue."
    )
    names = {q.speaker.name for q in find_quotes(text) if q.speaker is not None}
    assert names == {"Ministry of Foreign Affairs of the Republic of Ashland"}
