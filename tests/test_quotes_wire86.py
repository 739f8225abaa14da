"""Quotations and speakers in the thirty-seventh session's copy: explainers and factboxes, Latin American
security reporting, EU farm and trade policy, nuclear-safety news (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _spoken(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each record's words, its speaker's canonical name, mention and role as written."""
    out = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append(
            (
                q.text,
                sp.name if sp else None,
                sp.mention.text if sp and sp.mention else None,
                sp.role if sp else None,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Niger, Mali and Burkina Faso, all run by military juntas, said they were leaving the bloc.",
            [
                (
                    "they were leaving the bloc",
                    "Niger, Mali and Burkina Faso",
                    "Niger, Mali and Burkina Faso",
                    None,
                )
            ],
            id="a-list-of-states-before-an-aside-speaks-together",
        ),
        pytest.param(
            "Britain and France, both permanent members, said the mandate was too broad.",
            [("the mandate was too broad", "Britain and France", "Britain and France", None)],
            id="two-states-before-a-both-aside-speak-together",
        ),
        pytest.param(
            "China and Russia abstained in the vote, saying the mandate was too broad.",
            [("the mandate was too broad", "China and Russia", "China and Russia", None)],
            id="two-states-abstaining-say-together-in-a-participle",
        ),
        pytest.param(
            "Russia and China, which hold vetoes, said the text was unbalanced.",
            [("the text was unbalanced", "Russia and China", "Russia and China", None)],
            id="guard-two-states-before-a-which-aside",
        ),
        pytest.param(
            "Harlow Pharma and Italian drugmaker Vesta ended the talks, citing the political climate.",
            [("the political climate", "Harlow Pharma", "Harlow Pharma", None)],
            id="guard-a-demonym-is-no-name-in-a-list",
        ),
        pytest.param(
            "Slovakia's new prime minister has voiced doubts but has said he will not block the decision.",
            [
                (
                    "he will not block the decision",
                    None,
                    "Slovakia's new prime minister",
                    "Slovakia's new prime minister",
                )
            ],
            id="a-possessive-opening-the-sentence-owns-the-speaking-officer",
        ),
        pytest.param(
            "Slovakia's prime minister met the envoy and said he would not block the decision.",
            [
                (
                    "he would not block the decision",
                    None,
                    "Slovakia's prime minister",
                    "Slovakia's prime minister",
                )
            ],
            id="guard-a-possessive-officer-speaks-in-a-second-verb-phrase",
        ),
    ],
)
def test_subjects_read_whole(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """A subject that lists names, or a possessive and the office it owns, speaks whole."""
    assert _spoken("Talks stall at the council\n\n" + text) == expected


def _texts(text: str) -> list[tuple[str, str | None]]:
    """Each record's words and its speaker's mention as written."""
    out = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append((q.text, sp.mention.text if sp and sp.mention else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rocket came down on Sunday, the coastguard said, with debris landing near a trawler.",
            [("The rocket came down on Sunday", "the coastguard")],
            id="an-absolute-with-clause-after-the-credit-is-the-writer-s",
        ),
        pytest.param(
            "As of March 2, the plant held 61.4 tonnes of fuel, the regulator said, an increase of 3 tonnes.",
            [("As of March 2, the plant held 61.4 tonnes of fuel", "the regulator")],
            id="a-frame-after-the-credit-leaves-the-fronted-clause-said",
        ),
        pytest.param(
            "Two farmers were arrested on Monday, their union says, in a case that has angered growers.",
            [("Two farmers were arrested on Monday", "their union")],
            id="in-a-case-that-after-the-credit-is-the-writer-s",
        ),
        pytest.param(
            "Chile is not part of the pact, Chilean officials stressed, and Santiago described its role as "
            "neutral.",
            [("Chile is not part of the pact", "Chilean officials"), ("its role as neutral", "Santiago")],
            id="and-a-name-with-its-past-verb-after-the-credit-is-the-writer-s",
        ),
        pytest.param(
            "The harbour is safe, the mayor said, and will reopen on Friday.",
            [("The harbour is safe", "the mayor"), ("will reopen on Friday", "the mayor")],
            id="guard-and-a-verb-after-the-credit-goes-on-with-the-clause",
        ),
        pytest.param(
            "Manila on Friday demanded that Beijing withdraw a research vessel from its waters, the latest "
            "flare-up between the two neighbours.",
            [("Beijing withdraw a research vessel from its waters", "Manila")],
            id="the-latest-flare-up-after-the-clause-is-the-writer-s",
        ),
        pytest.param(
            "The union said the strike would go ahead, a blow to the government's reform plans.",
            [("the strike would go ahead", "The union")],
            id="a-blow-to-after-the-clause-is-the-writer-s",
        ),
        pytest.param(
            "The union said the strike would go ahead, the first such walkout at the port in a decade.",
            [("the strike would go ahead", "The union")],
            id="the-first-such-walkout-after-the-clause-is-the-writer-s",
        ),
        pytest.param(
            "Manila demanded that Beijing recall a research vessel from its waters.",
            [("Beijing recall a research vessel from its waters", "Manila")],
            id="a-subjunctive-after-a-demand-is-no-cue",
        ),
        pytest.param(
            "The ministry said in a short statement that the port was shut.",
            [("the port was shut", "The ministry")],
            id="guard-a-that-clause-after-a-medium",
        ),
    ],
)
def test_what_follows_an_interrupting_credit(text: str, expected: list[tuple[str, str | None]]) -> None:
    """The writer's frame after a credit set off by commas is no part of what was said."""
    assert _texts("Harbour news\n\n" + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mayor of the Peruvian city of Tumbes said the border crossing would stay shut.",
            [
                (
                    "the border crossing would stay shut",
                    None,
                    "The mayor of the Peruvian city of Tumbes",
                    "mayor of the Peruvian city of Tumbes",
                )
            ],
            id="an-officer-of-a-city-named-by-its-unit-is-read-whole",
        ),
        pytest.param(
            "The fishermen's union in the Chilean region of Los Lagos warned that the ban would ruin "
            "families.",
            [
                (
                    "the ban would ruin families",
                    None,
                    "The fishermen's union in the Chilean region of Los Lagos",
                    None,
                )
            ],
            id="a-body-in-a-region-named-by-its-unit-is-read-whole",
        ),
        pytest.param(
            "Brazil's mission to the United Nations in Geneva said the report was biased.",
            [
                (
                    "the report was biased",
                    "Brazil's mission to the United Nations",
                    "Brazil's mission to the United Nations",
                    None,
                )
            ],
            id="a-mission-to-a-body-in-a-city-speaks-not-the-city",
        ),
        pytest.param(
            "The city of Tumbes said the crossing would stay shut.",
            [("the crossing would stay shut", "Tumbes", "Tumbes", None)],
            id="guard-the-city-itself-speaks",
        ),
    ],
)
def test_subjects_before_a_place(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """A place that closes the subject's noun phrase, named by its unit or after a body, is no speaker."""
    assert _spoken("Border talks\n\n" + text) == expected


def _heard(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each record's words, its speaker's mention, its cue and its addressee as written."""
    out = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append(
            (
                q.text,
                sp.mention.text if sp and sp.mention else None,
                q.cue.text if q.cue else None,
                q.addressee.text if q.addressee else None,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A senior Serbian official, quoted by Tanjug, said the European offer was an insult.",
            [("the European offer was an insult", "A senior Serbian official", "said", "Tanjug")],
            id="a-demonym-before-its-noun-after-the-cue-is-no-inverted-speaker",
        ),
        pytest.param(
            "The offer is an insult, said the Serbian envoy.",
            [("The offer is an insult", "the Serbian envoy", "said", None)],
            id="guard-a-demonym-inside-an-inverted-speaker",
        ),
        pytest.param(
            "The minister called the Russian plans “a blatant act of blackmail and nothing more”.",
            [
                (
                    "the Russian plans “a blatant act of blackmail and nothing more",
                    "The minister",
                    "called",
                    None,
                )
            ],
            id="a-plural-noun-after-a-demonym-is-no-cue",
        ),
        pytest.param(
            "The pilgrims will be received on Friday, the Vatican says.",
            [("The pilgrims will be received on Friday", "the Vatican", "says", None)],
            id="guard-a-state-named-like-its-adjective-before-says",
        ),
        pytest.param(
            "The minister, in an answer to a question raised by Xinhua, said the talks would resume.",
            [
                (
                    "the talks would resume",
                    "The minister",
                    "said",
                    "in an answer to a question raised by Xinhua",
                )
            ],
            id="an-answer-to-a-question-raised-by-a-medium-is-the-addressee",
        ),
        pytest.param(
            "In a reply to Reuters, the ministry said the talks would resume.",
            [("the talks would resume", "the ministry", "said", "Reuters")],
            id="a-fronted-reply-to-a-medium-is-the-addressee",
        ),
    ],
)
def test_cues_and_media(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """The cue is a reporting verb, and the medium in an aside or fronted phrase is the addressee."""
    assert _heard("Talks resume\n\n" + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dairy union leaders in Ireland, Belgium and Poland said the quota would ruin them.",
            [
                (
                    "the quota would ruin them",
                    None,
                    "Dairy union leaders in Ireland, Belgium and Poland",
                    "Dairy union leaders",
                )
            ],
            id="a-group-placed-by-a-list-of-states-is-read-whole",
        ),
        pytest.param(
            "The mayors of Lyon, Nantes and Lille said the reform was unfair.",
            [("the reform was unfair", None, "The mayors of Lyon, Nantes and Lille", "mayors")],
            id="officers-of-a-list-of-cities-are-read-whole",
        ),
        pytest.param(
            "“Who will pay for this?” Sheikh Hamad bin Khalid al-Thani told the forum.",
            [
                (
                    "Who will pay for this?",
                    "Hamad bin Khalid al-Thani",
                    "Sheikh Hamad bin Khalid al-Thani",
                    None,
                )
            ],
            id="a-name-with-particles-after-a-question-attributes-it",
        ),
        pytest.param(
            "“Who will pay for this?” Lena Ortiz told the forum in Doha.",
            [("Who will pay for this?", "Lena Ortiz", "Lena Ortiz", None)],
            id="a-hearer-and-a-place-after-a-question-s-attribution",
        ),
        pytest.param(
            "“Who will pay?” Lena Ortiz told the forum the fund was empty.",
            [
                ("Who will pay?", "Lena Ortiz", "Lena Ortiz", None),
                ("the fund was empty", "Lena Ortiz", "Lena Ortiz", None),
            ],
            id="a-clause-after-the-hearer-is-a-report-of-its-own-too",
        ),
    ],
)
def test_lists_and_particles(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """A list of places inside the subject, and particles inside a name, do not cut the speaker."""
    assert _spoken("Summit news\n\n" + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The envoy told reporters afterwards that the ceasefire was holding.",
            [("the ceasefire was holding", "The envoy", "told", "reporters")],
            id="an-adverb-after-the-hearer-is-no-part-of-it",
        ),
        pytest.param(
            "The truce is holding, the envoy said in an interview with Il Sole 24 Ore.",
            [("The truce is holding", "the envoy", "said", "in an interview with Il Sole 24 Ore")],
            id="a-number-inside-a-newspaper-s-name",
        ),
        pytest.param(
            "“We will not pay,” Lena Ortiz told the Arab summit in Riyadh.",
            [("We will not pay,", "Lena Ortiz", "told", "the Arab summit")],
            id="a-demonym-and-its-noun-are-one-hearer",
        ),
        pytest.param(
            "The envoy told the European Council that the truce was holding.",
            [("the truce was holding", "The envoy", "told", "the European Council")],
            id="guard-a-named-body-after-a-regional-adjective",
        ),
    ],
)
def test_hearers(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """The hearer or medium after the cue is read whole and no further."""
    assert _heard("Truce talks\n\n" + text) == expected


def _names(text: str) -> list[tuple[str, str | None]]:
    """Each record's words and its speaker's canonical name."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Truce rejected\n\nNAIROBI (Reuters) - The AU special envoy for Sudan told the council on Monday "
            "that both armies had rejected a truce.\n\n“Time is short for the displaced,” envoy Kofi Asante "
            "said.",
            [
                ("both armies had rejected a truce", "Kofi Asante"),
                ("Time is short for the displaced,", "Kofi Asante"),
            ],
            id="a-lede-s-envoy-for-a-state-is-the-envoy-titled-next",
        ),
        pytest.param(
            "AU envoy says Sudan truce rejected\n\nNAIROBI (Reuters) - The AU special envoy for Sudan "
            "said on Monday that both armies had rejected a truce, and warned that famine was near.\n\n"
            "“Time is short for the displaced,” envoy Kofi Asante said.",
            [
                ("Sudan truce rejected", "Kofi Asante"),
                ("both armies had rejected a truce", "Kofi Asante"),
                ("famine was near", "Kofi Asante"),
                ("Time is short for the displaced,", "Kofi Asante"),
            ],
            id="after-a-headline-s-speaker-both-verbs-of-the-lede",
        ),
        pytest.param(
            "Survey ship row\n\nPHNOM PENH (Reuters) - Cambodia's foreign minister said on Tuesday a survey "
            "ship had entered its waters, but said Phnom Penh preferred talks.\n\nForeign Minister Sok Vanna "
            "said the matter had been raised with Beijing.",
            [
                ("a survey ship had entered its waters", "Sok Vanna"),
                ("Phnom Penh preferred talks", "Sok Vanna"),
                ("the matter had been raised with Beijing", "Sok Vanna"),
            ],
            id="a-capital-s-name-is-no-person-before-the-titled-minister",
        ),
        pytest.param(
            "Truce rejected\n\nNAIROBI (Reuters) - The New Jersey governor said on Monday that the port "
            "would reopen.\n\n“We are ready,” envoy Kofi Asante said.",
            [("the port would reopen", None), ("We are ready,", "Kofi Asante")],
            id="guard-another-office-is-not-the-one-titled-next",
        ),
    ],
)
def test_lede_office_named_later(text: str, expected: list[tuple[str, str | None]]) -> None:
    """An office in the lede whose holder the story titles in the next paragraphs is that person."""
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rations cut\n\nGENEVA (Reuters) - The World Food Programme will halve rations for refugees in "
            "Uganda from May, the agency said on Tuesday.",
            [
                (
                    "The World Food Programme will halve rations for refugees in Uganda from May",
                    "World Food Programme",
                )
            ],
            id="the-agency-is-the-international-organisation-named-in-passing",
        ),
        pytest.param(
            "Extradition\n\nThe Ministry of Justice said the extradition request had been received.",
            [("the extradition request had been received", "Ministry of Justice")],
            id="a-ministry-of-justice-is-a-body-no-judge",
        ),
        pytest.param(
            "Ruling\n\nThe International Court of Justice on Friday ordered Serbia to preserve the evidence.",
            [("Serbia to preserve the evidence", "International Court of Justice")],
            id="a-court-of-justice-is-a-body-no-judge",
        ),
        pytest.param(
            "Ruling\n\nChief Justice Ana Ruiz said the hearing would resume on Monday.",
            [("the hearing would resume on Monday", "Ana Ruiz")],
            id="guard-a-chief-justice-is-a-judge",
        ),
    ],
)
def test_bodies_speak(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A body speaks under its name, also when a generic noun stands for it."""
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ortega, who had hoped to run for the Senate next year, did not comment.",
            [("to run for the Senate next year", "Ortega", "hoped", None)],
            id="an-infinitive-in-a-relative-clause-ends-at-its-comma",
        ),
        pytest.param(
            "Ortega, who had said the port was closed, left early.",
            [("the port was closed", "Ortega", "said", None)],
            id="a-clause-in-a-relative-clause-ends-before-an-irregular-main-verb",
        ),
        pytest.param(
            "Ortega said the two parties, and the smaller one in particular, must do more.",
            [("the two parties, and the smaller one in particular, must do more", "Ortega", "said", None)],
            id="guard-a-modal-after-an-aside-is-the-clause-s-own",
        ),
        pytest.param(
            "The Chinese embassy in Manila, in a statement posted on Facebook, said the ship had left.",
            [
                (
                    "the ship had left",
                    "The Chinese embassy in Manila",
                    "said",
                    "in a statement posted on Facebook",
                )
            ],
            id="a-statement-set-off-before-the-cue-is-the-medium",
        ),
    ],
)
def test_relatives_and_asides(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """A relative clause on the subject ends at its comma; a statement set off before the cue is a medium."""
    assert _heard("Port news\n\n" + text) == expected


def test_a_reporter_s_question_is_answered_by_the_speaker_before() -> None:
    """A pronoun answering an unnamed reporter's question is the one who spoke before, not the reporter."""
    text = (
        "Shelters full\n\nGENEVA (Reuters) - The head of the agency, Omar Castel, said on Wednesday that "
        "the shelters were full.\n\nA reporter asked whether the agency could keep working. “We will stay,” "
        "he answered."
    )
    assert _names(text) == [
        ("the shelters were full", "Omar Castel"),
        ("whether the agency could keep working", None),
        ("We will stay,", "Omar Castel"),
    ]


def test_a_statement_issued_by_a_dateline_s_subject_does_not_crash() -> None:
    """A document noun whose issuer lies in the blanked dateline gives no speaker, and no error."""
    from geoquote import analyze

    text = (
        "World news\n\nLIMA, 5 - Peru, issued a statement\n\nChile and Bolivia, Lima's closest partners in "
        "the region, condemned the statement."
    )
    article = analyze(text)
    assert all(text[q.start : q.end] == q.text for q in article.quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile and Bolivia, Lima's closest partners in the region, condemned the statement.",
            [],
            id="an-object-closing-the-sentence-is-no-inverted-speaker",
        ),
        pytest.param(
            "The deal is dead, insisted the minister.",
            [("The deal is dead", "the minister")],
            id="guard-an-inverted-speaker-after-a-clause",
        ),
    ],
)
def test_inverted_readings(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Only a reported clause before the verb makes the words after it an inverted speaker."""
    assert _texts("Regional news\n\n" + text) == expected
