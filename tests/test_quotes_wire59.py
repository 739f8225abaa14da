"""Quotations and speakers in the thirty-second session's copy (sentences written for these tests; people
invented). See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import AddressedRow, addressed_records, named_records

_LEAD = "Talks stall over the border\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Rafah, displaced resident Samira Odeh, 47, said she would not leave again.",
            [("she would not leave again", "Samira Odeh")],
            id="an-adjective-before-the-title-and-an-age",
        ),
        pytest.param(
            "In Hebron, wounded farmer Karim Nassar, 64, told reporters the shelling had stopped.",
            [("the shelling had stopped", "Karim Nassar")],
            id="a-participle-before-the-title-and-an-age",
        ),
        pytest.param(
            "The crowd, mostly Gen Z, said the bill had to go.",
            [("the bill had to go", None)],
            id="guard-an-adverb-before-a-rank-like-word",
        ),
        pytest.param(
            "Families of the hamlet of Tel Arad in the Negev say they have received eviction notices.",
            [("they have received eviction notices", None)],
            id="a-region-named-with-the-after-in",
        ),
        pytest.param(
            "Diplomats in Tarvos say the talks have stalled.",
            [("the talks have stalled", None)],
            id="guard-an-unknown-seat-after-in",
        ),
    ],
)
def test_the_speaker_before_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Beirut, a Lebanese official who requested anonymity as he had no clearance to brief "
            "the press said the envoy had left.",
            [("the envoy had left", None, "a Lebanese official")],
            id="a-place-opening-before-a-long-relative-of-anonymity",
        ),
        pytest.param(
            "On Monday, a militia commander who attended the meetings with the ministry confirmed that the "
            "talks had failed.",
            [("the talks had failed", None, "a militia commander")],
            id="guard-a-day-opening-before-a-relative",
        ),
        pytest.param(
            "A Lebanese official who requested anonymity as he had no clearance to brief the press "
            "said the envoy had left.",
            [("the envoy had left", None, "A Lebanese official")],
            id="guard-a-long-relative-of-anonymity-at-the-opening",
        ),
    ],
)
def test_a_relative_after_an_opening_phrase(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.mention.text)
        for q in find_quotes(_LEAD + text)
        if q.speaker and q.speaker.mention
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Ministry of Health, in a statement on Monday, warned parents against the fake letters. "
            "“The public should disregard the letters,” the statement read.",
            [
                ("parents against the fake letters", "Ministry of Health"),
                ("The public should disregard the letters,", "Ministry of Health"),
            ],
            id="a-statement-set-off-after-the-subject",
        ),
        pytest.param(
            "Ambassador Amina Yusuf, in a letter to the Security Council, condemned the strikes. "
            "The letter stated that the strikes broke the ceasefire.",
            [("the strikes", "Amina Yusuf"), ("the strikes broke the ceasefire", "Amina Yusuf")],
            id="a-letter-set-off-after-the-subject",
        ),
        pytest.param(
            "The Kano State Police Command issued an alert on Sunday. “Residents should stay indoors,” the "
            "alert read.",
            [("Residents should stay indoors,", "Kano State Police Command")],
            id="an-alert-that-reads",
        ),
        pytest.param(
            "The Federal Executive Council issued a communiqué after the meeting. “The council approved the "
            "budget,” the communiqué read in part.",
            [("The council approved the budget,", "Federal Executive Council")],
            id="a-communique-with-an-accent",
        ),
        pytest.param(
            "The Ministry of Health issued a statement on Monday. “The public should disregard the letters,” "
            "the statement read.",
            [("The public should disregard the letters,", "Ministry of Health")],
            id="guard-an-issued-statement",
        ),
    ],
)
def test_a_text_speaks_for_its_issuer(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Police Public Relations Officer, Mr Musa Danladi, who confirmed the attack, said the gunmen "
            "had fled into the forest.",
            [("the gunmen had fled into the forest", "Musa Danladi")],
            id="a-relative-cue-after-an-apposed-name",
        ),
        pytest.param(
            "The gunmen had fled into the forest, said Musa Danladi, who confirmed the attack.",
            [("The gunmen had fled into the forest", "Musa Danladi")],
            id="guard-a-relative-after-an-inverted-speaker",
        ),
        pytest.param(
            "The state commissioner, Mr Tunde Ojo, disclosed this to journalists at the scene.",
            [],
            id="disclosed-this-to-journalists",
        ),
        pytest.param(
            "The Director of Defence Media Operations, Maj.-Gen. Ibrahim Kalu, disclosed this on Monday in "
            "Abuja.",
            [],
            id="disclosed-this-on-a-day",
        ),
        pytest.param(
            "The governor said this week that the flood had receded.",
            [("the flood had receded", None)],
            id="guard-this-week",
        ),
        pytest.param(
            "The governor said this is the worst flood in decades.",
            [("this is the worst flood in decades", None)],
            id="guard-this-as-a-subject",
        ),
        pytest.param(
            "The analyst said this incompatibility would not last.",
            [("this incompatibility would not last", None)],
            id="guard-this-before-a-noun-in-in",
        ),
    ],
)
def test_what_a_relative_or_this_leaves_unsaid(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Samuel Kiptoo said the roads would be finished. The Head of State said critics were "
            "“enemies of progress.”",
            [
                ("the roads would be finished", "Samuel Kiptoo"),
                ("critics were “enemies of progress.", "Samuel Kiptoo"),
            ],
            id="an-epithet-in-capitals-after-the-holder-spoke",
        ),
        pytest.param(
            "President Samuel Kiptoo said the roads would be finished. The head of state said critics were "
            "wrong.",
            [("the roads would be finished", "Samuel Kiptoo"), ("critics were wrong", "Samuel Kiptoo")],
            id="guard-the-epithet-in-lower-case",
        ),
        pytest.param(
            "Mayor Ana Ruiz said the port would reopen. The Mayor of Eastport said it would not.",
            [("the port would reopen", "Ana Ruiz"), ("it would not", None)],
            id="guard-a-place-after-of-still-sets-the-office-apart",
        ),
    ],
)
def test_an_epithet_for_a_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Flooding: Governor orders evacuation of riverside towns\n\nThe governor of Benue State on "
            "Monday ordered residents to leave.",
            [("evacuation of riverside towns", None), ("residents to leave", None)],
            id="a-gerund-naming-the-story",
        ),
        pytest.param(
            "Manning: The deal is dead and buried\n\nSenator Ana Manning said on Monday the deal was dead.",
            [("The deal is dead and buried", "Ana Manning"), ("the deal was dead", "Ana Manning")],
            id="guard-a-name-in-ing-named-again",
        ),
    ],
)
def test_a_headline_label(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Daniel Oren condemned what he called a “pogrom” in the village.",
            [("what he called a “pogrom” in the village", "Daniel Oren")],
            id="what-he-called-inside-his-report",
        ),
        pytest.param(
            "Minister Tal Strock said Israel should encourage what she called “voluntary emigration”.",
            [("Israel should encourage what she called “voluntary emigration", "Tal Strock")],
            id="what-she-called-inside-a-said-report",
        ),
        pytest.param(
            "Amir Ohana attacked the court’s president, whom he described as “a judge elected by nobody.”",
            [("the court’s president, whom he described as “a judge elected by nobody.", "Amir Ohana")],
            id="whom-he-described-as",
        ),
        pytest.param(
            "He was let go after what she called an “outburst” on the radio.",
            [("an “outburst", None)],
            id="guard-what-she-called-with-no-report-around-it",
        ),
    ],
)
def test_a_naming_inside_a_report(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A source close to the family said he was “in good spirits” but needed time to rest.",
            [("he was “in good spirits” but needed time to rest", None)],
            id="a-second-past-verb-of-the-reported-subject",
        ),
        pytest.param(
            "The spokesman said the cabinet “respects the court” but expected the law to pass.",
            [("the cabinet “respects the court” but expected the law to pass", None)],
            id="a-past-verb-after-a-present-one",
        ),
        pytest.param(
            "The governor told reporters he would “look at it” but remained skeptical.",
            [("he would “look at it", None)],
            id="guard-a-modal-foresaw-the-first-verb",
        ),
        pytest.param(
            "Ana Ruiz said the plan was “a start” but added that more was needed.",
            [("the plan was “a start", "Ana Ruiz"), ("more was needed", "Ana Ruiz")],
            id="guard-but-added",
        ),
        pytest.param(
            "Ana Ruiz said the plan was “a start” but declined to give a date.",
            [("the plan was “a start", "Ana Ruiz"), ("to give a date", "Ana Ruiz")],
            id="guard-but-declined",
        ),
    ],
)
def test_a_clause_going_on_after_a_quoted_fragment(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Former hostage Noa Peretz-Levin spoke on Thursday. “We were hungry,” she said.",
            [("We were hungry,", "Noa Peretz-Levin")],
            id="a-former-hostage-named-in-a-sentence-that-reports-nothing",
        ),
        pytest.param(
            "Released detainee Omar Haddad said he had been beaten. “They came at night,” the former "
            "detainee said.",
            [("he had been beaten", "Omar Haddad"), ("They came at night,", "Omar Haddad")],
            id="the-detainee-again",
        ),
        pytest.param(
            "Recent defectors say border guards now demand larger bribes.",
            [("border guards now demand larger bribes", None)],
            id="guard-defectors-speak-unnamed",
        ),
        pytest.param(
            "Another villager, who gave only his surname, Choi, said the road was closed.",
            [("the road was closed", "Choi")],
            id="who-gave-only-his-surname",
        ),
        pytest.param(
            "A nurse, who gave only her first name, Maria, said the ward was full.",
            [("the ward was full", "Maria")],
            id="guard-who-gave-only-her-first-name",
        ),
    ],
)
def test_people_described_by_their_plight(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“The deal is a mistake,” Brig. Gen. (res.) Amir Tal told Army Radio.",
            [("The deal is a mistake,", "Amir Tal")],
            id="a-reservist-mark-after-the-rank",
        ),
        pytest.param(
            "Lt. Gen. (Ret.) Mark Hollis said the base would close.",
            [("the base would close", "Mark Hollis")],
            id="guard-a-retired-mark-after-the-rank",
        ),
        pytest.param(
            "His brother, Said Omar, told reporters that the family had not heard from him.",
            [("the family had not heard from him", "Said Omar")],
            id="said-as-a-given-name-after-a-comma",
        ),
        pytest.param(
            "The letter was signed by Harbor Watch, Open Roads, Demand Progress and others.",
            [],
            id="a-cue-word-opening-a-body-name-in-a-list",
        ),
    ],
)
def test_words_around_a_name_that_look_like_other_things(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Congressman Peter King spoke to reporters. “The briefing was closed,” King said.",
            [("The briefing was closed,", "Peter King")],
            id="a-surname-spelt-like-a-title",
        ),
        pytest.param(
            "Attorney Michelle Barrow-Bishop spoke outside. “Ten seconds,” Barrow-Bishop said.",
            [("Ten seconds,", "Michelle Barrow-Bishop")],
            id="a-double-surname-ending-like-a-title",
        ),
        pytest.param(
            "The king of Jordan arrived on Monday. “We will rebuild,” the king said.",
            [("We will rebuild,", None)],
            id="guard-the-title-with-its-article",
        ),
    ],
)
def test_a_surname_spelt_like_a_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Energy Cabinet Secretary Opiyo Kamau toured the plant. “Kenyans deserve better,” the CS said.",
            [("Kenyans deserve better,", "Opiyo Kamau")],
            id="the-cs-for-a-cabinet-secretary",
        ),
        pytest.param(
            "Comrade Joe Ajayi addressed the workers in Abuja. Hear him: “We will resume the strike.”",
            [("We will resume the strike.", "Joe Ajayi")],
            id="hear-him-before-a-quotation",
        ),
    ],
)
def test_regional_turns_of_wire_copy(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


def test_a_title_opened_by_the_names_no_body() -> None:
    """ "The Chief Executive on Tuesday rejected ...": no organisation "The"."""
    (q,) = find_quotes(_LEAD + "The Chief Executive on Tuesday rejected criticism of the housing plan.")
    assert q.speaker is not None and (q.speaker.role, q.speaker.organization) == ("Chief Executive", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The chairman of the Hong Kong Journalists Association, Maria Chung Man-lok, said the law was "
            "vague. “We are worried,” she said.",
            [("the law was vague", "Maria Chung Man-lok"), ("We are worried,", "Maria Chung Man-lok")],
            id="a-woman-titled-chairman",
        ),
        pytest.param(
            "Party chairman Ivo Marin said the vote was close. “We counted twice,” she said.",
            [("the vote was close", "Ivo Marin"), ("We counted twice,", None)],
            id="guard-a-man-titled-chairman-is-no-she",
        ),
    ],
)
def test_a_gendered_title_and_a_given_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We have made enough concessions,” Tarmo Rebane told ERR’s “Esimene stuudio” talk show.",
            [
                (
                    "direct",
                    "We have made enough concessions,",
                    "Tarmo Rebane",
                    "told",
                    "tell",
                    "ERR’s “Esimene stuudio” talk show",
                )
            ],
            id="a-quoted-show-then-its-kind",
        ),
        pytest.param(
            "Riikka Salo told Yle’s morning programme Ykkosaamu on Saturday that the cuts would stay.",
            [
                (
                    "indirect",
                    "the cuts would stay",
                    "Riikka Salo",
                    "told",
                    "tell",
                    "Yle’s morning programme Ykkosaamu",
                )
            ],
            id="a-show-by-its-kind-and-name-after-the-possessive",
        ),
        pytest.param(
            "Lin Yu-ting told the Liberty Times (自由時報) that the plan was “unrealistic.”",
            [
                (
                    "mixed",
                    "the plan was “unrealistic.",
                    "Lin Yu-ting",
                    "told",
                    "tell",
                    "the Liberty Times (自由時報)",
                )
            ],
            id="the-hearer-in-its-own-script",
        ),
        pytest.param(
            "Kim Lind told Yle’s reporters that the cuts would stay.",
            [("indirect", "the cuts would stay", "Kim Lind", "told", "tell", "Yle’s reporters")],
            id="guard-a-possessive-before-people",
        ),
    ],
)
def test_a_hearer_named_by_its_channel(text: str, expected: list[AddressedRow]) -> None:
    assert addressed_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to Channel 12, the security cabinet will meet on Sunday.",
            [("the security cabinet will meet on Sunday", "Channel 12")],
            id="according-to-a-numbered-channel",
        ),
        pytest.param(
            "The talks broke down late on Friday, said France 24.",
            [("The talks broke down late on Friday", "France 24")],
            id="a-numbered-channel-after-the-cue",
        ),
        pytest.param(
            "The talks broke down, said Ana Ruiz, 54.",
            [("The talks broke down", "Ana Ruiz")],
            id="guard-an-age-after-a-name",
        ),
    ],
)
def test_a_broadcaster_named_with_its_number(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The six were arrested on suspicion of “acts with seditious intention.” Police said they had "
            "posted messages online.",
            [("they had posted messages online", "Police")],
            id="arrested-on-suspicion-of",
        ),
        pytest.param(
            "The activist Lam Wing-kei was sentenced to six years for “conspiracy to commit subversion.”",
            [],
            id="sentenced-for",
        ),
        pytest.param(
            "Ruiz accused the mayor of “selling out the port.”",
            [("the mayor of “selling out the port.", "Ruiz")],
            id="guard-a-speaker-accusing",
        ),
    ],
)
def test_a_charge_in_quotation_marks(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert named_records(_LEAD + text) == expected
