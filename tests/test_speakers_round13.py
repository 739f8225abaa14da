"""Speaker rules of round 13: one spelling of a name across an article, and speakers the sentence names
(sentences written for these tests; people, bodies and events invented)."""

from __future__ import annotations

import pytest

from ._speaker_helpers import speaker_of as _speaker_of

CASES = [
    pytest.param(
        "The blast was reported at dawn, said Fire Commissioner Ivan O’Dell.\n\n"
        "“The cause has not been found,” said O'Dell, on his second day in the post.\n\n"
        "O'Dell said crews were still at work. O'Dell added, “We will know more tonight.”",
        "cause has not",
        ("Ivan O'Dell", "O'Dell", "named"),
        id="apostrophe-form-most-mentions-use",
    ),
    pytest.param(
        "Tomas D’Arcy, the harbour master, said the pier was closed.\n\n"
        "“No ship will dock before Friday,” D'Arcy said. Crews followed D'Arcy’s orders.",
        "No ship",
        ("Tomas D'Arcy", "D'Arcy", "named"),
        id="apostrophe-form-possessive-not-counted-apart",
    ),
    pytest.param(
        "“The vote is close,” said Ilse Marrow’s campaign in a statement.",
        "vote is close",
        ("Ilse Marrow’s campaign", "Ilse Marrow’s campaign", "named"),
        id="possessive-apostrophe-kept",
    ),
    pytest.param(
        "The debate ran late.\n\n"
        "“How does that square with the budget?” asked KTVX moderator Dana Whitcombe.",
        "budget",
        ("Dana Whitcombe", "KTVX moderator Dana Whitcombe", "named"),
        id="station-moderator-before-name",
    ),
    pytest.param(
        "“The water is fine,” said county lobbyist Aria Penhallow.",
        "water",
        ("Aria Penhallow", "county lobbyist Aria Penhallow", "named"),
        id="lobbyist-before-name",
    ),
    pytest.param(
        "“I could not afford a lawyer,” said one former campaign staffer, speaking on condition of "
        "anonymity.",
        "afford",
        (None, "one former campaign staffer", "none"),
        id="unnamed-staffer-whole-description",
    ),
    pytest.param(
        "The clinic opened in May.\n\n"
        "“We saw forty patients on the first day,” said the retired neurosurgeon.",
        "forty patients",
        (None, "the retired neurosurgeon", "none"),
        id="unnamed-neurosurgeon",
    ),
    pytest.param(
        "“Nobody reads the small print,” says the ad’s narrator, over pictures of a shredder.",
        "small print",
        (None, "the ad’s narrator", "none"),
        id="narrator-of-an-ad",
    ),
    pytest.param(
        "“We trained for this,” said Army Capt. Ilse Marrow.\n\n"
        "“Nobody told us the date,” said Air Force 1st Lt. Tomas Reyland. “We found out that morning.”",
        "Nobody told",
        ("Tomas Reyland", "Air Force 1st Lt. Tomas Reyland", "named"),
        id="rank-with-ordinal-in-figures",
    ),
    pytest.param(
        "“The pier will reopen,” said a longtime adviser to Mayor Reyland, who would speak only "
        "without a name.",
        "pier",
        (None, "a longtime adviser to Mayor Reyland", "none"),
        id="adviser-keeps-whom-they-serve",
    ),
    pytest.param(
        "“If he loses, the plan dies,” said a onetime senior aide to President Tomas B. Reyland. "
        "“We know it.”",
        "We know",
        (None, "a onetime senior aide to President Tomas B. Reyland", "none"),
        id="aide-to-titled-person-with-initial",
    ),
    pytest.param(
        "“The pier will reopen,” said the ambassador to Norway.",
        "pier",
        (None, "the ambassador", "none"),
        id="ambassador-to-a-place-unchanged",
    ),
    pytest.param(
        "“Nobody in the party understands him,” said one Reyland confidant.",
        "Nobody",
        (None, "one Reyland confidant", "none"),
        id="confidant-of-a-named-person",
    ),
    pytest.param(
        "Marrow’s rival Tomas Reyland said the vote was “a sham.”",
        "sham",
        ("Tomas Reyland", "Marrow’s rival Tomas Reyland", "named"),
        id="rival-as-title",
    ),
    pytest.param(
        "“Closing the pier puts jobs at risk,” said the Coalition to Stop Port Closures.",
        "pier",
        ("Coalition to Stop Port Closures", "the Coalition to Stop Port Closures", "named"),
        id="body-name-with-to-after-the-verb",
    ),
    pytest.param(
        "“The rules were never explained,” said the Commission on Harbour Rights.",
        "rules",
        ("Commission on Harbour Rights", "the Commission on Harbour Rights", "named"),
        id="body-name-with-on-after-the-verb",
    ),
    pytest.param(
        "More than 9,000 people joined a “walk-in” at 200 schools, according to the march organizer "
        "Alliance to Rebuild Our Harbours (ARH).",
        "walk-in",
        (
            "Alliance to Rebuild Our Harbours",
            "the march organizer Alliance to Rebuild Our Harbours",
            "named",
        ),
        id="capitalised-possessive-inside-a-body-name",
    ),
    pytest.param(
        "Reyland has long clashed with Marrow, now the council's majority leader, who in 2014 said "
        "the aim was to make Reyland a “one-term mayor.”",
        "one-term",
        ("Marrow", "Marrow", "named"),
        id="relative-after-description-apposed-to-name",
    ),
    pytest.param(
        "“Early donations decide the race,” said Ivo Penhallow, the Chamber’s top campaign "
        "strategist, who added that the group plans to focus on local issues “like who runs for sheriff.”",
        "sheriff",
        ("Ivo Penhallow", "Ivo Penhallow", "named"),
        id="relative-after-role-apposed-after-the-verb",
    ),
    pytest.param(
        "Ivo Marrow leads the harbour board.\n\n"
        "Asked whether he was worried that Tomas Reyland, the presumptive Harbour Party nominee, who has "
        "dismissed the tide tables as a hoax, might become mayor, Marrow shrugged.\n\n"
        "“When it comes to the sea, there is no party line,” he said.",
        "no party line",
        ("Ivo Marrow", "he", "pronoun"),
        id="pronoun-to-subject-after-four-comma-lead",
    ),
    pytest.param(
        "Mary Penhallow of Lyon, France says she thinks Reyland can win if he sticks to “the plan he "
        "has now.”",
        "the plan",
        ("Mary Penhallow", "Mary Penhallow", "named"),
        id="person-of-town-then-country-before-the-verb",
    ),
    pytest.param(
        "In August, Harbour House plans to release “The Making of a Mayor,” its spring title.",
        "Making",
        ("Harbour House", "Harbour House", "named"),
        id="body-after-a-leading-phrase-is-no-state",
    ),
    pytest.param(
        "“The port is a mess,” said Harbour Times’ Tomas Reyland.",
        "port",
        ("Tomas Reyland", "Harbour Times’ Tomas Reyland", "named"),
        id="plural-possessive-owner-no-part-of-name",
    ),
    pytest.param(
        "The Leaders’ College said the port is “a mess.”",
        "mess",
        ("Leaders’ College", "The Leaders’ College", "named"),
        id="plural-possessive-inside-a-body-name",
    ),
    pytest.param(
        "Harbour News’ Tomas Reyland noticed that no station cut away for the mayor. He commented that his "
        "station “held on” the rival instead.",
        "held on",
        ("Tomas Reyland", "He", "pronoun"),
        id="pronoun-to-subject-after-plural-possessive-owner",
    ),
    pytest.param(
        "Families of the crew studied at the Leaders’ College in the capital. The Leaders’ College said the "
        "term would “go on as planned.”",
        "go on",
        ("Leaders’ College", "The Leaders’ College", "named"),
        id="plural-possessive-body-name-kept-whole",
    ),
    pytest.param(
        "Tomas Reyland and Dana Whitcombe spoke at the forum.\n\n"
        "Whitcombe warned against a split vote. “It would be a disaster,” the senator said.\n\n"
        "As for Reyland, he said he is not troubled. “To begin with, I will have the votes,” he said.",
        "To begin with",
        ("Tomas Reyland", "he", "pronoun"),
        id="as-for-names-the-pronoun-after-it",
    ),
    pytest.param(
        "Ilse Marrow spoke after the vote. As for Tomas Reyland, she said he “has no chance.”",
        "no chance",
        ("Ilse Marrow", "she", "pronoun"),
        id="as-for-person-of-other-gender-not-taken",
    ),
    pytest.param(
        "Hundreds of marchers filled the square, chanting “Open the harbour now,” as the council met.",
        "Open the harbour",
        (None, "Hundreds", "none"),
        id="counted-crowd-is-no-name",
    ),
    pytest.param(
        "Tomas Reyland spoke on Monday. Reyland’s statement later added that “the dispute is over.”",
        "dispute",
        ("Tomas Reyland", "Reyland", "named"),
        id="owner-of-a-statement-speaks",
    ),
    pytest.param(
        "The Harbour Board’s letter said the pier would “reopen in May.”",
        "reopen",
        ("Harbour Board", "The Harbour Board", "named"),
        id="body-owning-a-letter-speaks",
    ),
    pytest.param(
        "The campaign’s statement later added that “the dispute is over.”",
        "dispute",
        (None, "The campaign", "none"),
        id="unnamed-owner-of-a-statement",
    ),
    pytest.param(
        "“The port needs work,” said a senior aide to both Reylands, speaking privately.",
        "port needs",
        (None, "a senior aide to both Reylands", "none"),
        id="aide-to-both-of-a-family",
    ),
    pytest.param(
        "Mary Marrow chairs the port board.\n\nAsked about the vote, she laughed and said, “Ask me in May.”",
        "Ask me",
        ("Mary Marrow", "she", "pronoun"),
        id="pronoun-subject-of-two-verbs",
    ),
    pytest.param(
        "He paused and added, “Ask me in May.”",
        "Ask me",
        (None, "He", "none"),
        id="pronoun-subject-of-two-verbs-unresolved",
    ),
    pytest.param(
        "“The port is closed,” said the Harbour Commission on Tuesday, citing storms.",
        "port is closed",
        ("Harbour Commission", "the Harbour Commission", "named"),
        id="body-then-on-and-a-weekday",
    ),
    pytest.param(
        "“The port is closed,” said the Council on Monday in a statement.",
        "port is closed",
        ("Council", "the Council", "named"),
        id="body-then-on-and-a-weekday-alone",
    ),
    pytest.param(
        "“The port will reopen,” said an aide to Reuters.",
        "port will reopen",
        (None, "an aide", "none"),
        id="aide-speaking-to-an-agency",
    ),
    pytest.param(
        "“The port will reopen,” said a senior adviser to The Harbour Times.",
        "port will reopen",
        (None, "a senior adviser", "none"),
        id="adviser-speaking-to-a-newspaper",
    ),
    pytest.param(
        "Mary Penhallow, 41, works two jobs. “I have loans,” she said.\n\n"
        "Dana Whitcombe, 33, a supporter of the mayor who lives in Salem, is in a similar job.\n\n"
        "“I got a grant, and I still owe the bank,” she said.",
        "grant",
        ("Dana Whitcombe", "she", "pronoun"),
        id="person-with-age-opening-the-sentence-is-the-subject",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), CASES)
def test_speaker(text: str, fragment: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _speaker_of(text, fragment) == expected


def test_number_word_opening_the_sentence_is_no_name() -> None:
    text = (
        "Ivo Marrow kept his seat. Twelve years ago, he backed Reyland over Penhallow and said, "
        "“Penhallow has done little for the port.”"
    )
    name, mention, _ = _speaker_of(text, "done little")
    assert "Twelve" not in (name, mention)
