"""Speakers, clauses and media in British, Irish, Asian, Middle Eastern, European and feature copy
(sentences written for these tests; people, and outlets where the reading does not depend on a real one,
invented): a person whose given name the lexicon does not know is a pronoun's antecedent when a verb in the
present follows; a subordinator opening a sentence is no part of a name; a person placed by a place or body
speaks, not the place; a body's name is no titled person; a seat, an honorific or a missing last family name
does not change who is meant; shadow and deputy offices are other offices, and a gendered title keeps a
pronoun of the other gender off its holder; a reduced relative or an aside on how a source spoke does not end
or hide the reported clause, nor a quoted gerund its object; a view inside a question put to the speaker is
no report; a quotation in single marks over paragraphs is read whole; and hearers and media ("Speaking on
...", "told RFE/RL", "in a written reply to ...") are read whole (see also the case table in
test_quotes.py)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

from ._speaker_helpers import headed_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Amara Nwosu runs a clinic in the town of Bama. She said the roads had been closed for weeks.",
            ("Amara Nwosu", "pronoun"),
            id="unfamiliar-given-name-present-verb",
        ),
        pytest.param(
            "Kwabena Ofori has farmed cocoa near Kumasi since 1998. He said prices had never been so high.",
            ("Kwabena Ofori", "pronoun"),
            id="unfamiliar-given-name-perfect",
        ),
        pytest.param(
            "Wherever Anna Marin goes, the cameras follow. She said the trip was about trade.",
            ("Anna Marin", "pronoun"),
            id="subordinator-before-the-name",
        ),
    ],
)
def test_a_person_opening_a_sentence_is_the_antecedent_of_the_next_pronoun(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speaker(text) == expected


def _text(text: str) -> str:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    return q.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ivo Marin said the aid suspension, announced last month, affected 40 clinics.",
            "the aid suspension, announced last month, affected 40 clinics",
            id="cue-participle-in-a-reduced-relative",
        ),
        pytest.param(
            "Ivo Marin said the levy, proposed by the ministry in May, would hit small farms hardest.",
            "the levy, proposed by the ministry in May, would hit small farms hardest",
            id="participle-with-its-agent",
        ),
        pytest.param(
            "The port will reopen on Monday, reported Harbour Radio on Friday, citing the ministry.",
            "The port will reopen on Monday",
            id="an-inverted-cue-still-ends-the-clause",
        ),
    ],
)
def test_a_reduced_relative_inside_the_reported_clause_does_not_end_it(sentence: str, expected: str) -> None:
    assert _text(sentence) == expected


def _addressee(text: str) -> str | None:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    return q.addressee.text if q.addressee is not None else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Speaking on Sky News, Ilse Marrow said the deal was dead.", "Sky News", id="on-a-channel"
        ),
        pytest.param(
            "Speaking on BBC Radio 4's Today programme, Ilse Marrow said the deal was dead.",
            "BBC Radio 4's Today programme",
            id="on-a-programme",
        ),
        pytest.param(
            "Speaking on Harbour TV's State of the Port on Sunday, Ilse Marrow said the deal was dead.",
            "Harbour TV's State of the Port",
            id="on-a-show-with-of-the",
        ),
        pytest.param("Speaking on Capitol Hill, Ilse Marrow said the deal was dead.", None, id="on-a-place"),
        pytest.param(
            "Ilse Marrow told the Commons foreign affairs committee that the embassy posed a risk.",
            "the Commons foreign affairs committee",
            id="a-committee-named-by-its-field",
        ),
        pytest.param(
            "An EU official told RFE/RL that ministers would meet.", "RFE/RL", id="an-outlet-with-a-slash"
        ),
    ],
)
def test_the_medium_or_hearer_is_read_whole(sentence: str, expected: str | None) -> None:
    assert _addressee(sentence) == expected


def _who(text: str) -> tuple[str | None, str | None]:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    sp = q.speaker
    return (sp.name if sp is not None else None, sp.role if sp is not None else None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Foreign Minister Datuk Seri Ivo Marin said the talks were useful.",
            ("Ivo Marin", "Foreign Minister"),
            id="malaysian-honorifics-are-no-name",
        ),
        pytest.param(
            "Nurul Aisyah binti Rahman said the talks were useful.",
            ("Nurul Aisyah binti Rahman", None),
            id="binti-inside-a-name",
        ),
        pytest.param(
            "Ivo Marin, the Taoiseach, said the vote would go ahead.",
            ("Ivo Marin", "Taoiseach"),
            id="an-irish-office-titles-its-holder",
        ),
        pytest.param(
            "Social Democrats TD Ivo Marin said the vote was a sham.",
            ("Ivo Marin", "Social Democrats TD"),
            id="a-legislator-s-post-nominal-title",
        ),
    ],
)
def test_styles_particles_and_offices_of_other_countries(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert _who(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The shadow foreign secretary, Ivo Marin, said the plan was weak. Anna Marin said it was strong. "
            "The foreign secretary added that talks would go on.",
            id="a-shadow-holds-no-office",
        ),
        pytest.param(
            "Deputy Foreign Minister Ivo Marin said the plan was weak. "
            "The foreign minister added that talks would go on.",
            id="a-deputy-is-not-the-minister",
        ),
    ],
)
def test_the_office_is_not_its_shadow_or_deputy(text: str) -> None:
    assert _speaker(text)[0] != "Ivo Marin"


def test_the_deputy_is_still_the_deputy() -> None:
    text = (
        "Deputy Foreign Minister Ivo Marin said the plan was weak. "
        "The deputy foreign minister added that talks would go on."
    )
    assert _speaker(text) == ("Ivo Marin", "role")


def _mention(text: str) -> tuple[str | None, str | None]:
    (q,) = find_quotes("Harbour talks\n\n" + text)
    sp = q.speaker
    if sp is None or sp.mention is None:
        return (None, None)
    return (sp.mention.text, sp.name)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Residents of northern Israel said the sirens had stopped.",
            ("Residents of northern Israel", None),
            id="residents-of-a-region",
        ),
        pytest.param(
            "One Labour MP in the north of England told Sky News that the cuts were reckless.",
            ("One Labour MP in the north of England", None),
            id="one-member-somewhere",
        ),
        pytest.param(
            "An executive at one of Taiwan's big chip groups says orders have doubled.",
            ("An executive at one of Taiwan's big chip groups", None),
            id="a-person-at-one-of-several-bodies",
        ),
        pytest.param(
            "A colleague from the same embassy told me that the cable was ignored.",
            ("A colleague from the same embassy", None),
            id="a-person-from-a-body",
        ),
        pytest.param(
            "The talks included members of the Ashland government, which has firmly denied any role "
            "in the raid.",
            ("the Ashland government", "Ashland government"),
            id="which-refers-to-the-body",
        ),
    ],
)
def test_a_person_placed_by_a_place_or_body_speaks_not_the_place(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert _mention(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The field's operator, UAE-based Dana Gas, said output was normal.",
            ("Dana Gas", None),
            id="a-firm",
        ),
        pytest.param("Texas-based Ivo Marin said the race was over.", ("Ivo Marin", None), id="a-person"),
    ],
)
def test_the_seat_before_a_name_is_no_part_of_it(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert _who(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "A senior Harbour Front official told Al Jazeera, speaking anonymously because the talks were "
            "private, that the ferry deal was close.",
            ("the ferry deal was close", "Al Jazeera"),
            id="how-the-source-spoke-after-the-hearer",
        ),
        pytest.param(
            "Ivo Marin told Ashland Radio, speaking by telephone from the port, that the ferry had sailed.",
            ("the ferry had sailed", "Ashland Radio"),
            id="by-telephone",
        ),
    ],
)
def test_an_aside_on_how_the_source_spoke_before_that(sentence: str, expected: tuple[str, str]) -> None:
    (q,) = find_quotes("Harbour talks\n\n" + sentence)
    assert (q.text, q.addressee.text if q.addressee is not None else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The Justice Forum said the vote was rigged.", "Justice Forum", id="a-title-word-then-forum"
        ),
        pytest.param(
            "The Hostages and Missing Families Forum said the deal must be completed.",
            "Hostages and Missing Families Forum",
            id="a-body-whose-name-holds-and",
        ),
        pytest.param(
            "Gaza's Civil Defence said the strikes had killed 12.", "Gaza's Civil Defence", id="defence"
        ),
        pytest.param(
            "The Palestinian Red Crescent said it had lost contact with its crews.",
            "Palestinian Red Crescent",
            id="crescent",
        ),
        pytest.param(
            "The Dunmore Growers Association said prices had collapsed.",
            "Dunmore Growers Association",
            id="an-association",
        ),
    ],
)
def test_a_body_s_name_is_not_read_as_a_titled_person(sentence: str, expected: str) -> None:
    assert _who(sentence)[0] == expected


@pytest.mark.parametrize("mark", ["'", "‘"])
def test_a_single_quoted_quotation_over_paragraphs_keeps_every_paragraph(mark: str) -> None:
    close = "'" if mark == "'" else "’"
    text = (
        f"Harbour talks\n\n{mark}We will not be moved,{close} she told MPs. {mark}That is not a slogan. "
        "It is a promise.\n\n"
        f"{mark}We have heard the talk of new borders. We reject it.\n\n"
        f"{mark}Britain will keep its word.{close}\n\nThe debate ran late."
    )
    texts = [q.text for q in find_quotes(text)]
    assert texts[0] == "We will not be moved,"
    assert texts[1].startswith("That is not a slogan.") and texts[1].endswith("Britain will keep its word.")
    assert "We reject it." in texts[1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Anna Marin reckons the ferry money will arrive by May.", "the ferry money will arrive by May"
        ),
        pytest.param(
            "Analysts reckon that the bank will cut rates in June.", "the bank will cut rates in June"
        ),
    ],
)
def test_reckon_reports_a_view(sentence: str, expected: str) -> None:
    assert _text(sentence) == expected


def test_a_view_inside_the_question_put_to_the_speaker_is_no_report() -> None:
    text = "Harbour talks\n\nAsked last month whether she expected the talks to resume, Anna Marin laughed."
    assert find_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Minister Mohd Faizal Harun met his Thai counterpart. "
            "Mohd Faizal said the border talks were useful.",
            "Mohd Faizal Harun",
            id="a-malay-name-without-its-last-word",
        ),
        pytest.param(
            "Hajj Abu Hassan Srour, 67, said the village was empty. Abu Hassan said he would stay.",
            "Abu Hassan Srour",
            id="an-honorific-and-a-kunya",
        ),
        pytest.param(
            "Ana Restrepo Vélez met the envoy. Ana Restrepo said the border talks were useful.",
            "Ana Restrepo Vélez",
            id="a-double-surname-without-its-second",
        ),
        pytest.param(
            "Tomas Reyland Jr. met the envoy. Tomas Reyland said the border talks were useful.",
            "Tomas Reyland",
            id="not-the-son",
        ),
    ],
)
def test_a_name_without_its_last_word_is_the_fuller_name(text: str, expected: str) -> None:
    assert _speaker(text)[0] == expected


def test_he_is_not_the_spokeswoman() -> None:
    text = (
        "Tang Xiaoyun, the office's spokeswoman, said the drills were routine. "
        "Later he said the drills would go on."
    )
    assert _speaker(text)[0] != "Tang Xiaoyun"


def test_an_aside_on_how_a_person_answered_gives_them_no_role() -> None:
    text = "Ivo Marin, through a spokeswoman, declined to discuss the ferry. Later he said the deal was fair."
    (first, second) = find_quotes("Harbour talks\n\n" + text)
    assert first.speaker is not None and first.speaker.role is None
    assert second.speaker is not None and second.speaker.name == "Ivo Marin"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            'Harbour Front accused Dunmore of "overturning" the ferry agreement.',
            'Dunmore of "overturning" the ferry agreement',
            id="a-quoted-gerund-keeps-its-object",
        ),
        pytest.param(
            'Ivo Marin accused the mayor of "lying", and left.', 'the mayor of "lying', id="nothing-after-it"
        ),
        pytest.param(
            'The plan would empower farmers by fostering a climate of "risk-taking," Ivo Marin said Monday.',
            'The plan would empower farmers by fostering a climate of "risk-taking,',
            id="a-closing-comma-ends-it",
        ),
    ],
)
def test_a_quoted_fragment_after_of_and_its_object(sentence: str, expected: str) -> None:
    assert _text(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ivo Marin said in a written reply to the Financial Times that the review was closed.",
            "in a written reply to the Financial Times",
            id="a-written-reply",
        ),
        pytest.param(
            "Ivo Marin said in comments to Euractiv that the border would stay shut.",
            "in comments to Euractiv",
            id="comments-to-an-outlet",
        ),
        pytest.param(
            "Ivo Marin, in an interview with a private TV channel, said the border would stay shut.",
            "in an interview with a private TV channel",
            id="an-interview-aside-with-an-unnamed-channel",
        ),
        pytest.param(
            "Ivo Marin, in comments to Euractiv after the conference, said the border would stay shut.",
            "in comments to Euractiv",
            id="a-comments-aside",
        ),
        pytest.param(
            "In remarks to reporters in Geneva last week, Ivo Marin said the treaty was dead.",
            "reporters",
            id="fronted-remarks-with-place-and-time",
        ),
        pytest.param(
            "In comments to Euractiv on Monday, Ivo Marin said the treaty was dead.",
            "Euractiv",
            id="fronted-comments-to-an-outlet",
        ),
    ],
)
def test_replies_comments_and_interviews_name_the_medium(sentence: str, expected: str) -> None:
    assert _addressee(sentence) == expected
