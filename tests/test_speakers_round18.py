"""Speaker rules of round 18: subjects the reader refused before (sentences written for these tests; people,
bodies and places invented)."""

from __future__ import annotations

import pytest

from ._speaker_helpers import speaker_of as _speaker_of

CASES = [
    # "another" alone stands for one more of the people quoted before: it speaks, unnamed
    pytest.param(
        "Ilse Marrow spoke first at the Dover harbour meeting. Another tweeted, “The ferry is late again.”",
        "ferry is late",
        (None, "Another", "none"),
        id="another-alone-before-the-verb",
    ),
    pytest.param(
        "Ilse Marrow spoke first at the Dover harbour meeting. “The ferry is late again,” tweeted another.",
        "ferry is late",
        (None, "another", "none"),
        id="another-alone-after-the-verb",
    ),
    pytest.param(
        "Ilse Marrow spoke first at the Dover harbour meeting. Yet another said the quay was “falling "
        "apart.”",
        "quay was",
        (None, "another", "none"),
        id="yet-another-alone",
    ),
    # "the two" stands for the two people named before, unnamed
    pytest.param(
        "Ilse Marrow and Tomas Reyland wrote to the harbour board. “You have set a new rule for the quay,” "
        "the two write.",
        "new rule",
        (None, "the two", "none"),
        id="the-two-after-a-quotation",
    ),
    pytest.param(
        "Ilse Marrow and Tomas Reyland wrote to the harbour board. The two said the fees were “plainly "
        "unfair.”",
        "fees were",
        (None, "The two", "none"),
        id="the-two-before-the-verb",
    ),
    # a description opened by "another", and the people nouns "person", "user", "crowd", "audience"
    pytest.param(
        "Ilse Marrow spoke first at the Dover harbour meeting. Another person posted: “The ferry is late.”",
        "ferry is late",
        (None, "Another person", "none"),
        id="another-person",
    ),
    pytest.param(
        "Tomas Reyland asked who would pay for the new quay.\n\n“Not us!” the audience shouted back.",
        "Not us",
        (None, "the audience", "none"),
        id="the-audience-after-a-quotation",
    ),
    pytest.param(
        "Tomas Reyland asked who would pay for the new quay.\n\n“The council!” the crowd yelled.",
        "The council",
        (None, "the crowd", "none"),
        id="the-crowd-after-a-quotation",
    ),
    # the same words before a noun are no subject of their own
    pytest.param(
        "Tomas Reyland thanked the volunteers. Another user, Ilse Marrow, wrote of the mayor: “His plan is "
        "sinking the harbour.”",
        "sinking the harbour",
        ("Ilse Marrow", "Ilse Marrow", "named"),
        id="another-before-a-noun-and-a-name",
    ),
    pytest.param(
        "Ilse Marrow and Tomas Reyland met at the quay. The two sides said the talks were “a good start.”",
        "good start",
        (None, "The two sides", "none"),
        id="the-two-before-a-noun",
    ),
    # a noun phrase after a quotation closed by a question or exclamation mark speaks, as after a comma
    pytest.param(
        "Ilse Marrow runs the quay. “Is this really the quay we voted for?” the editorial board writes.",
        "quay we voted for",
        (None, "the editorial board", "none"),
        id="noun-phrase-after-a-question",
    ),
    pytest.param(
        "Ilse Marrow keeps a card from Tomas Reyland. “You will sink the harbour!” the note says.",
        "sink the harbour",
        (None, "the note", "none"),
        id="noun-phrase-after-an-exclamation",
    ),
    # a day or month before a text noun is no body's name
    pytest.param(
        "Ilse Marrow runs the quay. A Wednesday editorial said the quay was “a scandal.”",
        "the quay was",
        (None, "A Wednesday editorial", "none"),
        id="day-before-a-text-noun",
    ),
    pytest.param(
        "Ilse Marrow runs the quay. An April survey found that the quay was “a scandal.”",
        "the quay was",
        (None, "An April survey", "none"),
        id="month-before-a-text-noun",
    ),
    pytest.param(
        "Ilse Marrow runs the quay. The Dover Courier said in a Wednesday editorial that the quay was “a "
        "scandal.”",
        "the quay was",
        ("Dover Courier", "The Dover Courier", "named"),
        id="the-outlet-keeps-its-name",
    ),
    # a surname alone opening a sentence, a past in -ed next, is the antecedent of the pronoun after it
    pytest.param(
        "Ilse Marrow picked the home side.\n\nQuennell dodged the question and made no choice. “It will be "
        "one of the two crews,” he said.",
        "one of the two crews",
        ("Quennell", "he", "pronoun"),
        id="surname-alone-before-a-past-verb",
    ),
    # ... but not a plural noun, a participle opening a phrase, or a word the article writes in lower case
    pytest.param(
        "Ilse Marrow picked the home side.\n\nNeighbours cheered the choice loudly. “It will be one of the "
        "two crews,” she said.",
        "one of the two crews",
        ("Ilse Marrow", "she", "pronoun"),
        id="plural-noun-alone-is-no-surname",
    ),
    pytest.param(
        "Ilse Marrow picked the home side.\n\nLeft stranded at the quay, the crews waited. “It will be one "
        "of the two crews,” she said.",
        "one of the two crews",
        ("Ilse Marrow", "she", "pronoun"),
        id="participle-alone-is-no-surname",
    ),
    pytest.param(
        "Ilse Marrow picked the home side.\n\nBaker pleaded for calm; the baker on the quay agreed. “It "
        "will be one of the two crews,” she said.",
        "one of the two crews",
        ("Ilse Marrow", "she", "pronoun"),
        id="word-also-in-lower-case-is-no-surname",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), CASES)
def test_speaker(text: str, fragment: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _speaker_of(text, fragment) == expected
