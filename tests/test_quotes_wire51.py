"""Quotations and speakers in the thirty-first session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import AddressedRow, addressed_records, named_records, said_row

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Her allies have in recent weeks said she was weighing a run for governor.",
            [said_row("indirect", "she was weighing a run for governor", "Her allies")],
            id="have-in-recent-weeks-said",
        ),
        pytest.param(
            "The port authority has on several occasions said the quay would reopen by spring.",
            [said_row("indirect", "the quay would reopen by spring", "The port authority")],
            id="has-on-several-occasions-said",
        ),
        pytest.param(
            "Mayor Dana Kells had at one point said the levy would be dropped.",
            [said_row("indirect", "the levy would be dropped", "Mayor Dana Kells")],
            id="had-at-one-point-said",
        ),
        pytest.param(
            "Dana Kells backed the levy but has since said it needs changes.",
            [said_row("indirect", "it needs changes", "Dana Kells")],
            id="but-has-since-said",
        ),
        pytest.param(
            "Dana Kells backed the levy but has since said she now believes it needs changes.",
            [said_row("indirect", "she now believes it needs changes", "Dana Kells")],
            id="a-clause-after-has-since-said",
        ),
        pytest.param(
            "Dana Kells, who has in the past backed the levy, said it needs changes.",
            [said_row("indirect", "it needs changes", "Dana Kells")],
            id="guard-an-adjunct-inside-a-relative-clause",
        ),
        pytest.param(
            "The council has in the past rejected such levies, the mayor said.",
            [said_row("indirect", "The council has in the past rejected such levies", "the mayor")],
            id="guard-an-adjunct-before-a-verb-of-deeds",
        ),
    ],
)
def test_an_adjunct_inside_a_perfect_before_the_cue(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "One staff member involved in the talks, who requested anonymity, said the levy "
            "nearly sank the deal.",
            [said_row("indirect", "the levy nearly sank the deal", "One staff member involved in the talks")],
            id="one-staff-member-then-a-relative-aside",
        ),
        pytest.param(
            "Two residents of the block, who would not give their names, said the water was cut.",
            [said_row("indirect", "the water was cut", "Two residents of the block")],
            id="two-residents-then-a-relative-aside",
        ),
        pytest.param(
            "A villager who fled to a nearby monastery, speaking on condition of anonymity, said soldiers "
            "had detained six men.",
            [said_row("indirect", "soldiers had detained six men", "A villager")],
            id="a-relative-clause-then-a-participle-aside",
        ),
        pytest.param(
            "One resident who saw the blast, speaking anonymously, said the roof fell in.",
            [said_row("indirect", "the roof fell in", "One resident")],
            id="one-resident-a-relative-clause-then-a-participle-aside",
        ),
        pytest.param(
            "A staff member involved in the talks, who requested anonymity, said the deal was close.",
            [said_row("indirect", "the deal was close", "A staff member involved in the talks")],
            id="guard-an-article-then-a-relative-aside",
        ),
        pytest.param(
            "The man who founded the party, Dan Kell, said the vote was rigged.",
            [said_row("indirect", "the vote was rigged", "Dan Kell")],
            id="guard-a-relative-clause-then-the-name",
        ),
    ],
)
def test_an_unnamed_speaker_before_an_aside_of_anonymity(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The blast was planned abroad, the minister said, without providing evidence.",
            [said_row("indirect", "The blast was planned abroad", "the minister")],
            id="said-then-without-providing-evidence",
        ),
        pytest.param(
            "“This is sabotage,” she added, without providing evidence.",
            [("direct", "This is sabotage,", "she", "added", "add", None)],
            id="a-quotation-then-added-without-providing-evidence",
        ),
        pytest.param(
            "The blast was planned abroad, the minister said, without giving any details of the plot.",
            [said_row("indirect", "The blast was planned abroad", "the minister")],
            id="said-then-without-giving-any-details",
        ),
        pytest.param(
            "The blast was planned abroad, the minister said on Monday, without providing evidence.",
            [said_row("indirect", "The blast was planned abroad", "the minister")],
            id="a-time-then-without",
        ),
        pytest.param(
            "The minister said, without providing evidence, that the blast was planned abroad.",
            [said_row("indirect", "the blast was planned abroad", "The minister")],
            id="guard-without-before-that",
        ),
        pytest.param(
            "The minister said without raising taxes the budget would fail.",
            [said_row("indirect", "without raising taxes the budget would fail", "The minister")],
            id="guard-without-opening-the-reported-clause",
        ),
    ],
)
def test_without_and_a_participle_after_the_cue_is_no_report(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Latvian Foreign Ministry summoned the envoy. In a statement, it said the flight was "
            "illegal.",
            [("the flight was illegal", "Latvian Foreign Ministry")],
            id="a-ministry-opening-the-sentence-before",
        ),
        pytest.param(
            "Norway closed the crossing overnight. It said the decision would be reviewed in May.",
            [("the decision would be reviewed in May", "Norway")],
            id="a-state-opening-the-sentence-before",
        ),
        pytest.param(
            "Ana Ruiz read the report twice. It said the port was unsafe.",
            [("the port was unsafe", None)],
            id="guard-a-person-opening-the-sentence-before",
        ),
        pytest.param(
            "The ministry summoned the envoy. It said the flight was illegal.",
            [("the flight was illegal", None)],
            id="guard-an-unnamed-body-opening-the-sentence-before",
        ),
    ],
)
def test_it_is_the_body_the_sentence_before_opens_with(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“The doors are open,” according to Ana Lind, the EU's enlargement commissioner.",
            [("direct", "The doors are open,", "Ana Lind", "according to", "according to", None)],
            id="a-quotation-then-according-to-a-name-and-title",
        ),
        pytest.param(
            "“The doors are open,” according to Ana Lind, a spokeswoman for the commission.",
            [("direct", "The doors are open,", "Ana Lind", "according to", "according to", None)],
            id="a-quotation-then-according-to-a-name-and-a-described-role",
        ),
        pytest.param(
            "The doors are open, according to Ana Lind, the EU's enlargement commissioner.",
            [("indirect", "The doors are open", "Ana Lind", "according to", "according to", None)],
            id="guard-a-clause-then-according-to-a-name-and-title",
        ),
    ],
)
def test_the_title_after_according_to_a_name_is_not_what_was_said(
    text: str, expected: list[AddressedRow]
) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Privacy advocates urged the council to drop the fee.",
            [("indirect", "the council to drop the fee", "Privacy advocates", "urged", "urge", None)],
            id="advocates-urged",
        ),
        pytest.param(
            "Consumer advocates had urged the council to drop the fee.",
            [("indirect", "the council to drop the fee", "Consumer advocates", "urged", "urge", None)],
            id="advocates-had-urged",
        ),
        pytest.param(
            "It is a plan which Tom Wills claims affirmed “the value of thrift.”",
            [("mixed", "affirmed “the value of thrift.", "Tom Wills", "claims", "claim", None)],
            id="guard-a-verb-in-s-after-a-relative-gap",
        ),
        pytest.param(
            "It is a step the ministry hopes will calm the market.",
            [("indirect", "will calm the market", "the ministry", "hopes", "hope", None)],
            id="guard-a-verb-in-s-before-a-modal",
        ),
    ],
)
def test_a_plural_noun_before_a_verb_of_saying_is_no_cue(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


def test_an_advocate_is_a_role() -> None:
    (quote,) = find_quotes(_LEAD + "Consumer advocate Jane Morrow said the rates would rise.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Jane Morrow", "Consumer advocate")


@pytest.mark.parametrize(
    ("text", "hearer"),
    [
        pytest.param(
            "“We are short of guards,” Rona Pell told the House Appropriations Subcommittee on Prisons.",
            "the House Appropriations Subcommittee on Prisons",
            id="a-subcommittee-on-a-field",
        ),
        pytest.param(
            "“No new tolls,” Gov. Ed Varga told a meeting of the Ohio Farm Bureau.",
            "a meeting of the Ohio Farm Bureau",
            id="a-meeting-of-a-body",
        ),
        pytest.param(
            "“We need buses,” Rona Pell told members of the Joint Committee on Transport.",
            "members of the Joint Committee on Transport",
            id="members-of-a-committee",
        ),
        pytest.param(
            "Rona Pell told members of the Joint Committee on Transport that the buses were late.",
            "members of the Joint Committee on Transport",
            id="members-of-a-committee-before-that",
        ),
        pytest.param(
            "Ivo Lenk told Latvian television channel LTV1 that the vote was rigged.",
            "Latvian television channel LTV1",
            id="a-channel-and-its-name-before-that",
        ),
        pytest.param(
            "Ivo Lenk told Russian state media that the vote was rigged.",
            "Russian state media",
            id="state-media-before-that",
        ),
        pytest.param(
            "“We need buses,” Rona Pell told the committee on Monday.",
            "the committee",
            id="guard-a-day-after-the-hearer",
        ),
        pytest.param(
            "Ivo Lenk told reporters Tuesday that the vote was rigged.",
            "reporters",
            id="guard-a-day-before-that",
        ),
    ],
)
def test_the_body_a_hearer_belongs_to_is_part_of_the_hearer(text: str, hearer: str) -> None:
    (quote,) = find_quotes(_LEAD + text)
    assert quote.addressee is not None
    assert quote.addressee.text == hearer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President of Moldova Ana Varga has signed a decree on schools. “Teachers come first,” the "
            "head of state said.",
            [("Teachers come first,", "Ana Varga")],
            id="the-head-of-state-after-a-president-named-in-a-deed",
        ),
        pytest.param(
            "Foreign Minister Ana Lind met the envoy in Riga. “We value security,” the top diplomat said.",
            [("We value security,", "Ana Lind")],
            id="the-top-diplomat-after-a-foreign-minister-named-in-a-deed",
        ),
        pytest.param(
            "Foreign Minister Ana Lind met President Tomas Varga. “We value security,” the top diplomat "
            "said.",
            [("We value security,", None)],
            id="guard-another-person-named-between",
        ),
    ],
)
def test_an_epithet_refers_to_the_office_given_just_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Farmers carried banners reading “Save our fields” and “No to the quarry.”",
            [],
            id="banners-reading-two-texts",
        ),
        pytest.param("Supporters wore T-shirts that read “Four more years.”", [], id="t-shirts-that-read"),
        pytest.param("On the wall, graffiti reads “Thieves out.”", [], id="guard-graffiti-reads"),
        pytest.param(
            "Later, farmers blocked the road and chanted “Save our fields!”",
            [("Save our fields!", "farmers")],
            id="a-bare-plural-then-two-verbs",
        ),
        pytest.param(
            "Farmers carried banners and chanted “Save our fields!”",
            [("Save our fields!", "Farmers")],
            id="guard-a-chant-after-banners",
        ),
    ],
)
def test_what_a_sign_reads_is_nobodys_speech(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t, m) for _k, t, m, _c, _l, _a in addressed_records(_LEAD + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ana Ruiz said the ferry, carrying grain from Odesa, was seized on Monday.",
            [said_row("indirect", "the ferry, carrying grain from Odesa, was seized on Monday", "Ana Ruiz")],
            id="a-participle-aside-then-a-passive",
        ),
        pytest.param(
            "Aides believe her years as mayor, promoting the docks, will carry the vote.",
            [
                (
                    "indirect",
                    "her years as mayor, promoting the docks, will carry the vote",
                    "Aides",
                    "believe",
                    "believe",
                    None,
                )
            ],
            id="a-participle-aside-then-a-modal",
        ),
        pytest.param(
            "The port is shut, Ana Ruiz said, citing safety rules.",
            [said_row("indirect", "The port is shut", "Ana Ruiz")],
            id="guard-a-participle-after-the-cue",
        ),
    ],
)
def test_a_participle_aside_inside_the_reported_clause(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


def test_two_portfolios_after_a_bodys_of_are_one_hearer() -> None:
    text = _LEAD + "Premier Tran Van Loc asked the Ministry of Labour and Welfare to “review the pay scales.”"
    (quote,) = find_quotes(text)
    assert (quote.cue and quote.cue.text, quote.addressee and quote.addressee.text) == (
        "asked",
        "the Ministry of Labour and Welfare",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mayor Ana Ruiz used her yearly address to the council on Friday to warn that the levy would "
            "rise.",
            [("indirect", "the levy would rise", "Mayor Ana Ruiz", "warn", "warn", None)],
            id="an-address-to-a-hearer-on-a-day-then-to-warn",
        ),
        pytest.param(
            "Mayor Ana Ruiz used her address to warn that the levy would rise.",
            [("indirect", "the levy would rise", "Mayor Ana Ruiz", "warn", "warn", None)],
            id="guard-an-address-then-to-warn",
        ),
    ],
)
def test_a_speech_used_to_make_a_point(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("Latvia Election: Ruling Bloc Claims Victory", [], id="an-election"),
        pytest.param("Statehouse Notebook: Governor signs farm bill", [], id="a-columns-rubric"),
        pytest.param("Budget Deadlock: “Nobody Wants To Blink”", [], id="a-deadlock"),
        pytest.param(
            "Election commission: Turnout was 61 percent",
            [("Turnout was 61 percent", "Election commission")],
            id="guard-a-body-named-for-elections",
        ),
    ],
)
def test_a_headline_label_naming_the_story_is_no_speaker(
    headline: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(headline + "\n\nThe count went on overnight in the capital.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Latvian spokeswoman: No rise in fuel prices\n\nRIGA -- Government Spokeswoman Ilze Berzina "
            "said on Monday that fuel prices would not rise.",
            [("No rise in fuel prices", "Ilze Berzina"), ("fuel prices would not rise", "Ilze Berzina")],
            id="a-spokeswoman-of-a-state-then-the-governments-spokeswoman",
        ),
        pytest.param(
            "Croatian PM: Euro zone entry on track\n\nZAGREB -- Prime Minister Ivo Radic said on Monday the "
            "talks were going well.",
            [("Euro zone entry on track", "Ivo Radic"), ("the talks were going well", "Ivo Radic")],
            id="a-states-pm-then-the-prime-minister",
        ),
        pytest.param(
            "Croatian PM: Euro zone entry on track\n\nZAGREB -- Finance Minister Ivo Radic said on Monday "
            "the talks were going well.",
            [("Euro zone entry on track", None), ("the talks were going well", "Ivo Radic")],
            id="guard-another-office-in-the-story",
        ),
    ],
)
def test_a_headline_office_of_a_state_is_the_person_the_story_titles(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(text) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "The survey held in Tartu showed that residents back the tram.",
            "The survey held in Tartu",
            id="a-survey-held-in-a-place",
        ),
        pytest.param(
            "Exit polls taken in Ohio showed that most voters backed the levy.",
            "Exit polls taken in Ohio",
            id="polls-taken-in-a-place",
        ),
        pytest.param(
            "A report published in London said the levy was unfair.",
            "A report published in London",
            id="guard-a-regular-participle",
        ),
    ],
)
def test_a_place_after_an_irregular_participle_is_not_the_speaker(text: str, mention: str) -> None:
    first = addressed_records(_LEAD + text)[0]
    assert first[2] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hojatoleslam Ali Kazemi, a member of the Assembly of Experts, spoke in Qom on Friday. “We will "
            "stand firm,” the senior cleric said.",
            [("We will stand firm,", "Ali Kazemi")],
            id="the-senior-cleric",
        ),
        pytest.param(
            "Major General Reza Amini, the army's chief of staff, toured the border. “Do not test us,” the "
            "top commander said.",
            [("Do not test us,", "Reza Amini")],
            id="the-top-commander",
        ),
    ],
)
def test_epithets_of_clerics_and_commanders(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Party man: Don't blame Penang for coalition woes", id="dont-blame"),
        pytest.param("Can't trust the figures on housing", id="guard-cant-trust"),
    ],
)
def test_a_contraction_opening_a_headline_is_no_speaker(headline: str) -> None:
    assert named_records(headline + "\n\nThe count went on overnight in the capital.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ivo Lenk said his party had won. Lenk's main rival, Tomas Varga of the Civic Union, conceded "
            "that his party had lost but said no party could govern alone.",
            [
                ("his party had won", "Ivo Lenk"),
                ("his party had lost", "Tomas Varga"),
                ("no party could govern alone", "Tomas Varga"),
            ],
            id="a-rival-named-with-his-party",
        ),
        pytest.param(
            "The envoy to the Democratic Republic of the Congo, Ana Ruiz, said the talks had stalled.",
            [("the talks had stalled", "Ana Ruiz")],
            id="guard-an-office-in-a-state-named-with-of",
        ),
    ],
)
def test_a_name_with_its_body_after_a_description(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A rebel commander who goes by the nom de guerre “Bo Lay” told Myanmar Now that troops set the "
            "fire.",
            [("indirect", "troops set the fire", "A rebel commander", "told", "tell", "Myanmar Now")],
            id="who-goes-by-the-nom-de-guerre",
        ),
        pytest.param(
            "A rebel commander who goes by “Bo Lay” said that troops set the fire.",
            [said_row("indirect", "troops set the fire", "A rebel commander")],
            id="who-goes-by-a-quoted-name",
        ),
        pytest.param(
            "A rebel commander nicknamed “Bo Lay” said that troops set the fire.",
            [said_row("indirect", "troops set the fire", "A rebel commander")],
            id="guard-nicknamed",
        ),
    ],
)
def test_a_name_the_speaker_goes_by_is_no_quotation(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Hindi namin kayo pababayaan,” Mayor Ana Cruz said, which translates as “We will not abandon "
            "you.”",
            [
                said_row("direct", "Hindi namin kayo pababayaan,", "Mayor Ana Cruz"),
                said_row("direct", "We will not abandon you.", "Mayor Ana Cruz"),
            ],
            id="which-translates-as",
        ),
        pytest.param(
            "Mayor Ana Cruz said “Bahala na,” meaning “come what may.”",
            [
                said_row("direct", "Bahala na,", "Mayor Ana Cruz"),
                said_row("direct", "come what may.", "Mayor Ana Cruz"),
            ],
            id="guard-meaning",
        ),
    ],
)
def test_a_translation_glossed_after_a_quotation_is_the_same_words(
    text: str, expected: list[AddressedRow]
) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "hearer"),
    [
        pytest.param(
            "President Ana Ruiz, in a message to Pope Leo on Sunday, said that silence was complicity.",
            "in a message to Pope Leo",
            id="in-a-message-to",
        ),
        pytest.param(
            "President Ana Ruiz, in a letter to the Security Council, said that the strikes were illegal.",
            "in a letter to the Security Council",
            id="in-a-letter-to",
        ),
        pytest.param(
            "Ana Ruiz, in comments to Euractiv after the meeting, said that the talks were over.",
            "in comments to Euractiv",
            id="guard-in-comments-to",
        ),
    ],
)
def test_a_message_set_off_before_the_cue_names_its_hearer(text: str, hearer: str) -> None:
    (quote,) = find_quotes(_LEAD + text)
    assert quote.addressee is not None
    assert quote.addressee.text == hearer
