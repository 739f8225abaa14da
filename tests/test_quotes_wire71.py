"""Quotations and speakers in the thirty-fourth session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import cued_records, resolved_records

_LEAD = "Talks stall over the border\n\n"


def _cued(text: str) -> list[tuple[str, str | None, str, str]]:
    """Each quotation's words, its speaker's canonical name, its cue and its addressee."""
    return cued_records(_LEAD + text)


def _roled(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and its speaker's role."""
    return [(q.text, q.speaker.role if q.speaker else None) for q in find_quotes(_LEAD + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A streaming service named with a plus.
        pytest.param(
            "Mayor Oskar Lindqvist told LN+ the bridge would reopen in May.",
            [("the bridge would reopen in May", "Oskar Lindqvist", "told", "LN+")],
            id="a-channel-ending-in-plus-before-the-clause",
        ),
        pytest.param(
            "Mayor Oskar Lindqvist told Canal+ on Sunday that the bridge would reopen.",
            [("the bridge would reopen", "Oskar Lindqvist", "told", "Canal+")],
            id="a-channel-ending-in-plus-then-a-day-and-that",
        ),
        pytest.param(
            '"We will rebuild," Mayor Oskar Lindqvist told Apple TV+.',
            [("We will rebuild,", "Oskar Lindqvist", "told", "Apple TV+")],
            id="a-two-word-service-ending-in-plus",
        ),
        pytest.param(
            "Mayor Oskar Lindqvist told RTL the bridge would reopen.",
            [("the bridge would reopen", "Oskar Lindqvist", "told", "RTL")],
            id="guard-a-channel-without-plus",
        ),
        # A source after "according to", and its asides.
        pytest.param(
            "Four crew members were rescued, according to Tran Minh Quang, chairman of the district people's"
            " committee.",
            [("Four crew members were rescued", "Tran Minh Quang", "according to", "")],
            id="a-bare-title-closing-the-sentence-after-the-source",
        ),
        pytest.param(
            "Four crew members were rescued, according to Ilse Marrow, a Rotterdam-based analyst.",
            [("Four crew members were rescued", "Ilse Marrow", "according to", "")],
            id="guard-an-apposition-with-an-article-closing-the-sentence",
        ),
        pytest.param(
            "According to Harbor Data Group, the tanker fleet stands at a record size, which should weigh on"
            " rates.",
            [
                (
                    "the tanker fleet stands at a record size, which should weigh on rates",
                    "Harbor Data Group",
                    "According to",
                    "",
                )
            ],
            id="a-clause-then-a-relative-is-no-apposition-on-the-source",
        ),
        pytest.param(
            "According to Ibrahim Sallal, a scholar at the institute, the strikes have failed.",
            [("the strikes have failed", "Ibrahim Sallal", "According to", "")],
            id="guard-an-apposition-on-the-source-then-the-clause",
        ),
        pytest.param(
            "Mayor Petra Holm said that, according to the police, more than 300 people were hurt.",
            [("according to the police, more than 300 people were hurt", "Petra Holm", "said", "")],
            id="an-according-aside-opening-the-clause-said",
        ),
        pytest.param(
            "Mayor Petra Holm noted that, according to the police, the crowd was peaceful.",
            [("according to the police, the crowd was peaceful", "Petra Holm", "noted", "")],
            id="an-according-aside-then-a-clause-with-an-article",
        ),
        pytest.param(
            "Mayor Petra Holm said the march, according to the police, was peaceful.",
            [("the march, according to the police, was peaceful", "Petra Holm", "said", "")],
            id="guard-an-according-aside-inside-the-clause-said",
        ),
        # Central European outlets as hearers.
        pytest.param(
            "Officials told the daily Hospodářské noviny that the tax would rise.",
            [("the tax would rise", None, "told", "the daily Hospodářské noviny")],
            id="a-paper-whose-name-closes-with-a-lower-case-noun",
        ),
        pytest.param(
            "Minister Pavel Dolezal told Hungarian state news agency MTI that he would stay.",
            [("he would stay", "Pavel Dolezal", "told", "Hungarian state news agency MTI")],
            id="a-nationality-then-state-news-agency",
        ),
        pytest.param(
            "Minister Pavel Dolezal told Polish private broadcaster TVN24 that he would stay.",
            [("he would stay", "Pavel Dolezal", "told", "Polish private broadcaster TVN24")],
            id="guard-a-nationality-then-private-broadcaster",
        ),
        pytest.param(
            "Minister Pavel Dolezal told Italian daily Corriere della Sera that he would stay.",
            [("he would stay", "Pavel Dolezal", "told", "Italian daily Corriere della Sera")],
            id="guard-a-nationality-then-daily",
        ),
        pytest.param(
            "“We expect an apology,” Minister Pavel Dolezal told bTV.",
            [("We expect an apology,", "Pavel Dolezal", "told", "bTV")],
            id="a-channel-opened-in-lower-case-after-a-quotation",
        ),
        pytest.param(
            "The budget is sound, Minister Pavel Dolezal told hvg.hu on Monday.",
            [("The budget is sound", "Pavel Dolezal", "told", "hvg.hu")],
            id="a-site-under-a-country-domain",
        ),
        # Speakers and clauses set off in trade copy.
        pytest.param(
            "The pipeline will stay shut, Russia's deputy energy minister, Pavel Sorin, told Interfax.",
            [("The pipeline will stay shut", "Pavel Sorin", "told", "Interfax")],
            id="a-possessive-title-set-off-before-a-trailing-name",
        ),
        pytest.param(
            "The pipeline will stay shut, the deputy energy minister, Pavel Sorin, told Interfax.",
            [("The pipeline will stay shut", "Pavel Sorin", "told", "Interfax")],
            id="guard-a-title-with-an-article-before-a-trailing-name",
        ),
        pytest.param(
            "“Nobody doubts the canal,” one shipping line's representative said.",
            [("Nobody doubts the canal,", None, "said", "")],
            id="an-owner-with-a-count-before-the-role",
        ),
        pytest.param(
            "The talks failed, a firm's spokesman said.",
            [("The talks failed", None, "said", "")],
            id="an-owner-with-an-article-before-the-role",
        ),
        pytest.param(
            "Minister Luis Serra responded hours later that the plan was dead.",
            [("the plan was dead", "Luis Serra", "responded", "")],
            id="a-time-later-between-the-cue-and-that",
        ),
        pytest.param(
            "Minister Luis Serra said two days later that the plan was dead.",
            [("the plan was dead", "Luis Serra", "said", "")],
            id="a-count-of-days-later-between-the-cue-and-that",
        ),
        pytest.param(
            "Minister Luis Serra defended the plan, which he called “the best in Europe”.",
            [("the plan", "Luis Serra", "defended", ""), ("the best in Europe", "Luis Serra", "called", "")],
            id="a-relative-then-called-and-a-quotation",
        ),
        pytest.param(
            "Minister Luis Serra criticised the tax office, which he described as “the weakest in Europe”.",
            [
                ("the tax office", "Luis Serra", "criticised", ""),
                ("the weakest in Europe", "Luis Serra", "described", ""),
            ],
            id="a-relative-then-described-as-and-a-quotation",
        ),
        pytest.param(
            "A company called “Blue Harbor” won the contract.",
            [],
            id="guard-a-name-given-by-called-is-no-quotation",
        ),
        # Asides and names around the cue.
        pytest.param(
            "Bishop Aldo Ferri said, speaking in Italian, that the journey had been long.",
            [("the journey had been long", "Aldo Ferri", "said", "")],
            id="a-participle-of-the-occasion-between-the-cue-and-that",
        ),
        pytest.param(
            "Bishop Aldo Ferri said, departing from his prepared text, that the journey had been long.",
            [("the journey had been long", "Aldo Ferri", "said", "")],
            id="departing-from-a-text-between-the-cue-and-that",
        ),
        pytest.param(
            "Bishop Aldo Ferri said the journey had been long, adding that he was tired.",
            [
                ("the journey had been long", "Aldo Ferri", "said", ""),
                ("he was tired", "Aldo Ferri", "adding", ""),
            ],
            id="guard-adding-that-is-a-cue-of-its-own",
        ),
        pytest.param(
            "Cardinal Piero Lanza, long known in Vatican circles as “the pope's fixer,” retired on Monday.",
            [],
            id="known-in-a-place-as-a-name",
        ),
        pytest.param(
            "Cardinal Piero Lanza, known in Rome as “the fixer,” said the talks had failed.",
            [("the talks had failed", "Piero Lanza", "said", "")],
            id="known-in-a-place-as-a-name-before-the-cue",
        ),
        pytest.param(
            "The exhibition's slogan, “Read to believe, believe to read,” is printed on every banner.",
            [],
            id="a-slogan-set-off-by-commas",
        ),
        # Names given only in part.
        pytest.param(
            "“I moved house seven times,” said the former officer, who asked to be identified only as Wahid.",
            [("I moved house seven times,", "Wahid", "said", "")],
            id="an-inverted-role-then-the-only-name-given",
        ),
        pytest.param(
            "“We fled at night,” said a resident who gave his name only as Karim.",
            [("We fled at night,", "Karim", "said", "")],
            id="an-inverted-role-then-a-restrictive-name-clause",
        ),
        pytest.param(
            "“We fled at night,” said a resident, who declined to give his name.",
            [("We fled at night,", None, "said", "")],
            id="guard-an-inverted-role-with-no-name-given",
        ),
        pytest.param(
            "“It is over,” said Farida, a nurse in Herat who asked that her full name not be used.",
            [("It is over,", "Farida", "said", "")],
            id="a-request-for-anonymity-is-no-report",
        ),
        # A clerical abbreviation ends no sentence.
        pytest.param(
            "“We wait,” said Msgr. Paolo Fabbri-Landi.",
            [("We wait,", "Paolo Fabbri-Landi", "said", "")],
            id="monsignor-abbreviated-after-the-cue",
        ),
        pytest.param(
            "“We wait,” Mgr. Paolo Fabbri-Landi said.",
            [("We wait,", "Paolo Fabbri-Landi", "said", "")],
            id="monsignor-abbreviated-before-the-cue",
        ),
        # Bodies and styled subjects.
        pytest.param(
            "The dicastery states in the document that such practices are wrong.",
            [("such practices are wrong", None, "states", "")],
            id="a-body-that-states",
        ),
        pytest.param(
            "The ministry states that the border is closed.",
            [("the border is closed", None, "states", "")],
            id="a-ministry-that-states",
        ),
        pytest.param(
            "The Gulf states said they would act together.",
            [("they would act together", None, "said", "")],
            id="guard-states-as-a-noun-after-a-name",
        ),
        pytest.param(
            "Cardinal Matteo Ravelli, president of the conference, thanked the pope, saying the bishops would"
            " study his proposals.",
            [("the bishops would study his proposals", "Matteo Ravelli", "saying", "")],
            id="guard-a-styled-subject-with-an-apposition-before-a-participle",
        ),
        # A gloss on a name.
        pytest.param(
            "Spokeswoman Mei Lan said the islands, as Beijing calls them, were “inherent territory”.",
            [("the islands, as Beijing calls them, were “inherent territory", "Mei Lan", "said", "")],
            id="a-gloss-on-a-name-is-no-report",
        ),
        # Relayed naming and urging.
        pytest.param(
            "The ministry was quoted by Spanish media as calling the move “a reward for terror”.",
            [("the move “a reward for terror", None, "quoted", "Spanish media")],
            id="quoted-by-a-nations-media-as-calling",
        ),
        pytest.param(
            "TASS quoted Ivo Marin as urging Kyiv to “stop the shelling”.",
            [("Kyiv to “stop the shelling", "Ivo Marin", "quoted", "TASS")],
            id="quoted-as-urging",
        ),
        pytest.param(
            "The minister was quoted by Interfax as saying the plan was dead.",
            [("the plan was dead", None, "quoted", "Interfax")],
            id="guard-quoted-by-an-agency-as-saying",
        ),
        # A hearer described by a participle.
        pytest.param(
            "The minister warned companies involved in illegal logging that they would face fines.",
            [("they would face fines", None, "warned", "companies involved in illegal logging")],
            id="a-hearer-with-a-participle-and-its-preposition",
        ),
        pytest.param(
            "The minister told the court he agreed that the deal was fair.",
            [("he agreed that the deal was fair", None, "told", "the court")],
            id="guard-a-past-verb-after-the-hearer-opens-the-clause",
        ),
        # A speaker from a county.
        pytest.param(
            "“We are ruined,” Gheorghe Popescu-Vlad from Suceava county told Agerpres.",
            [("We are ruined,", "Gheorghe Popescu-Vlad", "told", "Agerpres")],
            id="a-name-from-a-place-and-its-lower-case-unit",
        ),
        pytest.param(
            "Residents of Dadu district said they had received little help.",
            [("they had received little help", None, "said", "")],
            id="guard-people-of-a-place-and-its-unit",
        ),
        # A titled subject of a second verb.
        pytest.param(
            "Senator Ana Ruiz, chair of the panel, thanked the staff and said the bill would pass.",
            [("the bill would pass", "Ana Ruiz", "said", "")],
            id="a-titled-name-with-an-apposition-before-a-second-verb",
        ),
        pytest.param(
            "Cardinal Matteo Ravelli, president of the conference, thanked the pope and said the bishops"
            " would meet.",
            [("the bishops would meet", "Matteo Ravelli", "said", "")],
            id="a-styled-name-with-an-apposition-before-a-second-verb",
        ),
        pytest.param(
            "Essentially, the lawyers read the files and found that nothing was missing.",
            [("nothing was missing", None, "found", "")],
            id="guard-an-adverb-before-a-comma-is-no-name",
        ),
        # Descriptions set off before a body.
        pytest.param(
            "The Chinese group, Zhonghai Trading Group, has not responded to the letter.",
            [],
            id="a-description-set-off-before-a-body-is-no-content",
        ),
        pytest.param(
            "The deal is dead, the company, Zhonghai Trading Group, said.",
            [("The deal is dead", "Zhonghai Trading Group", "said", "")],
            id="a-description-set-off-before-a-trailing-body",
        ),
        pytest.param(
            "The deal is dead, Zhonghai Trading Group said.",
            [("The deal is dead", "Zhonghai Trading Group", "said", "")],
            id="guard-a-trailing-body",
        ),
        # A body named in quotation marks after its kind.
        pytest.param(
            "The farmers' association “Plugul Nou” said the protest would go on.",
            [("the protest would go on", None, "said", "")],
            id="a-body-named-in-quotation-marks-after-its-kind",
        ),
        pytest.param(
            "The party “Renewal Now” said it would run in every district.",
            [("it would run in every district", None, "said", "")],
            id="a-party-named-in-quotation-marks",
        ),
    ],
)
def test_words_speaker_cue_and_hearer(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    """Each sentence's records: their words, speaker, cue and hearer."""
    assert _cued(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An office given where nothing is said.
        pytest.param(
            "Zarmina Waziryar, the acting minister of mines, toured the site on Monday. Speaking there, the"
            " minister said the road would open in May.",
            [("the road would open in May", "Zarmina Waziryar", "role")],
            id="an-office-apposed-to-a-name-no-given-name-tells",
        ),
        pytest.param(
            "Qudratullah Haqyar, the deputy spokesman, met reporters. “The decision is final,” the deputy"
            " spokesman said.",
            [("The decision is final,", "Qudratullah Haqyar", "role")],
            id="a-spokesman-apposed-then-the-role-noun",
        ),
        pytest.param(
            "Zarmina Waziryar, a farmer, met the minister. “The water is gone,” the minister said.",
            [("The water is gone,", None, "none")],
            id="guard-an-apposition-with-no-office-gives-no-holder",
        ),
        pytest.param(
            "Pope Clement visited Assisi on Sunday. “We need saints,” the pope said.",
            [("We need saints,", "Clement", "role")],
            id="a-one-word-name-after-its-title-then-the-title-as-a-noun",
        ),
        # Role nouns held by someone else.
        pytest.param(
            "Government spokesman Zoltan Barta said the ruling was political. The European Commission's"
            " spokesperson said that Budapest had to respect it.",
            [
                ("the ruling was political", "Zoltan Barta", "named"),
                ("Budapest had to respect it", None, "none"),
            ],
            id="a-body-owning-the-role-noun-is-not-the-titled-persons",
        ),
        pytest.param(
            "Kremlin spokesman Dmitry Pesin said talks had failed. The Kremlin's spokesman said the war"
            " would go on.",
            [("talks had failed", "Dmitry Pesin", "named"), ("the war would go on", "Dmitry Pesin", "role")],
            id="guard-the-same-body-owning-the-role-noun",
        ),
        pytest.param(
            "Actor Raj Mehra spoke on Friday. Spokesperson Pavan Kaur said the visit was private. Mehra's"
            " spokesperson said the actor was a guest.",
            [
                ("the visit was private", "Pavan Kaur", "named"),
                ("the actor was a guest", "Pavan Kaur", "role"),
            ],
            id="guard-a-person-owning-the-role-noun",
        ),
        pytest.param(
            "Deputy spokesman Hamid Fazli said no decision had been taken. A former deputy minister told"
            " Amu TV that such promises had been made before. “Nobody believes it,” the former official"
            " said.",
            [
                ("no decision had been taken", "Hamid Fazli", "named"),
                ("such promises had been made before", None, "none"),
                ("Nobody believes it,", None, "none"),
            ],
            id="a-generic-noun-after-someone-unnamed-spoke",
        ),
        # Long acronyms of bodies.
        pytest.param(
            "US Central Command (CENTCOM) said it had downed two drones. “The crew are safe,” CENTCOM said."
            " No damage was reported, it said.",
            [
                ("it had downed two drones", "US Central Command", "named"),
                ("The crew are safe,", "US Central Command", "named"),
                ("No damage was reported", "US Central Command", "pronoun"),
            ],
            id="a-long-acronym-introduced-in-brackets-then-it",
        ),
        pytest.param(
            "The Red Sea Maritime Security Centre (RSMSC) said a tanker was hit. RSMSC said the crew"
            " were safe.",
            [
                ("a tanker was hit", "Red Sea Maritime Security Centre", "named"),
                ("the crew were safe", "Red Sea Maritime Security Centre", "named"),
            ],
            id="a-five-letter-acronym-introduced-in-brackets",
        ),
    ],
)
def test_words_speaker_and_resolution(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """Each sentence's records: their words, speaker and how the speaker was found."""
    assert resolved_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Roles of shipping and the navy.
        pytest.param(
            "Navy spokesperson Commander Ravi Menon said the crew was safe.",
            [("the crew was safe", "Navy spokesperson")],
            id="a-rank-after-a-spokesperson-is-no-part-of-the-role",
        ),
        pytest.param(
            "UN Force Commander Aldo Lazzari said the crew was safe.",
            [("the crew was safe", "UN Force Commander")],
            id="guard-a-commander-closing-an-office",
        ),
        pytest.param(
            "“Rates will fall,” a London shipbroker said.",
            [("Rates will fall,", "London shipbroker")],
            id="a-shipbroker-speaks",
        ),
        pytest.param(
            "Insurers could face a claim of around 30 million dollars, underwriters estimate.",
            [("Insurers could face a claim of around 30 million dollars", "underwriters")],
            id="underwriters-estimate",
        ),
    ],
)
def test_words_and_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Each sentence's records: their words and the speaker's role."""
    assert _roled(text) == expected
