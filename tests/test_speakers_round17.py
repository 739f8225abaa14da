"""Speaker rules of round 17: fewer wrong speakers (sentences written for these tests; people, bodies and
events invented)."""

from __future__ import annotations

import pytest

from geoquote._quote_lexicon import DEFAULT_LEXICON
from geoquote._speaker_salience import inside_quotes, quoted_spans
from geoquote._speakers import Resolver

from ._speaker_helpers import speaker_of as _speaker_of

CASES = [
    # a preposition opening a phrase of place is no name, though capitalised
    pytest.param(
        "Across town, “knocking on every door” for the Marrow campaign, is Tomas Reyland, a 33-year-old "
        "teacher.\n\n“People are tired of waiting,” he said.",
        "knocking",
        (None, None, None),
        id="preposition-opening-a-phrase-is-no-name",
    ),
    pytest.param(
        "Throughout the spring, “the plan was a secret” in the valley, wrote Ilse Marrow.",
        "plan was a secret",
        ("Ilse Marrow", "Ilse Marrow", "named"),
        id="throughout-opening-a-phrase",
    ),
    pytest.param(
        "Across town, “knocking on every door” for the Marrow campaign, is Tomas Reyland, a 33-year-old "
        "teacher.\n\n“People are tired of waiting,” he said.",
        "tired of waiting",
        ("Tomas Reyland", "he", "pronoun"),
        id="pronoun-past-a-preposition-opening",
    ),
    # a capitalised word opening its sentence that the article also writes in lower case names no one
    pytest.param(
        "Insiders say Marrow will rebound in the spring.\n\nThe poll of party insiders ran for a week.",
        "rebound",
        (None, "Insiders", "none"),
        id="common-noun-opening-a-sentence-is-no-name",
    ),
    pytest.param(
        "Guests said the line moved quickly, and aides guided the guests to the hall.",
        "line moved",
        (None, "Guests", "none"),
        id="plural-noun-subject-kept-unnamed",
    ),
    pytest.param(
        "Daniel Reyland runs the county fund. Low rates keep the county debt low and, he says, help the "
        "schools.",
        "help the schools",
        ("Daniel Reyland", "he", "pronoun"),
        id="pronoun-past-an-adjective-opening-a-sentence",
    ),
    pytest.param(
        "Ilse Rice chairs the farm board. Rice said the harvest would be late. Farmers planted rice in May.",
        "harvest",
        ("Ilse Rice", "Rice", "named"),
        id="surname-that-is-a-common-word-after-the-full-name",
    ),
    # the subject after a one-word leading phrase or before a relative clause or an apposition is the
    # person a pronoun after the sentence means
    *(
        pytest.param(
            f"“It was a long night,” said Ilse Marrow.\n\n{opening} spoke about her years on the road. "
            "“You learn to love the bus,” she said.",
            "love the bus",
            ("Anna Reyland", "she", "pronoun"),
            id=case,
        )
        for case, opening in [
            ("opener-comma-then-relative-clause", "Meanwhile, Anna Reyland, who won the top award,"),
            ("sentence-adverb-comma-then-subject", "Recently, Anna Reyland"),
            ("leading-phrase-then-apposition", "In Dover, Anna Reyland, a retired nurse,"),
            ("however-comma-then-subject", "However, Anna Reyland"),
        ]
    ),
    pytest.param(
        "“It was a long night,” said Ilse Marrow.\n\nIn Dover, Maine, the crowds were thin. "
        "“You learn to love the bus,” she said.",
        "love the bus",
        ("Ilse Marrow", "she", "pronoun"),
        id="a-place-after-a-leading-phrase-is-no-subject",
    ),
    # a name set off by commas after a description opening its sentence, its age first, is its subject
    pytest.param(
        "“We will win,” said Ilse Marrow.\n\nOne voter, Tomas Reyland, 35, showed up in a green cap. He "
        "had marched in Dover.\n\n“I liked every reason they gave,” he said.",
        "every reason",
        ("Tomas Reyland", "he", "pronoun"),
        id="one-voter-name-age-apposed",
    ),
    # "he" and "she" refer to no group of people named in the plural
    *(
        pytest.param(
            f"“We need a deal,” said Tomas Reyland.\n\n{group}, who were left outside the harbour talks, "
            "called the deal weak. A wider pact must bind every port on the coast, he said.",
            "wider pact",
            ("Tomas Reyland", "he", "pronoun"),
            id=f"no-he-for-{group.split()[-1].casefold()}",
        )
        for group in ("The Europeans", "The Hispanics", "The Democrats", "The Aides")
    ),
    # a role noun qualified by a US state is no one the article titled with another state
    pytest.param(
        "Texas Sen. Daniel Reyland said the race was open.\n\nTomas Marrow says the primary has become a "
        "three-way race between himself, Ilse Varga and Daniel Reyland.\n\nThe Florida senator said "
        "the nomination was within reach.",
        "within reach",
        (None, "The Florida senator", "none"),
        id="florida-senator-is-not-the-texas-senator",
    ),
    pytest.param(
        "Texas Sen. Daniel Reyland said the race was open.\n\nThe Texas senator said the nomination was "
        "within reach.",
        "within reach",
        ("Daniel Reyland", "The Texas senator", "role"),
        id="texas-senator-is-the-texas-senator",
    ),
    pytest.param(
        "New Jersey Gov. Daniel Reyland said the race was open.\n\nThe New Jersey governor said the "
        "nomination was within reach.",
        "within reach",
        ("Daniel Reyland", "The New Jersey governor", "role"),
        id="two-word-state-in-the-title",
    ),
    # "they" in a sentence opened by a named person's group is that group
    pytest.param(
        "Ilse Marrow spoke in Dover.\n\nMarrow’s campaign sets her harbour plan against what they "
        "call Tomas Reyland’s “selfish message.”",
        "selfish message",
        ("Marrow’s campaign", "they", "pronoun"),
        id="they-after-a-possessed-campaign",
    ),
    pytest.param(
        "Reyland's closest allies reject the claim that he is to blame: both sides share it, they insist.",
        "Reyland",
        ("Reyland's closest allies", "they", "pronoun"),
        id="they-after-possessed-allies-with-a-modifier",
    ),
    pytest.param(
        "Reyland's plan was costly, they argued.",
        "plan was costly",
        (None, "they", "none"),
        id="they-after-a-possessed-thing-is-no-one",
    ),
    # the person the sentence before a quotation closes by introducing, with a role, speaks it
    pytest.param(
        "“It is phony,” said Tomas Reyland.\n\nBallads were sung for the last mayor, which is something "
        "that troubles Daniel Crespo, president of the Dover Harbour Guild.\n\n“Nobody sings ballads for "
        "her,” he said.",
        "Nobody sings",
        ("Daniel Crespo", "he", "pronoun"),
        id="person-introduced-with-a-role-before-the-quotation",
    ),
    pytest.param(
        "“It is phony,” said Tomas Reyland.\n\nShe married Daniel Crespo, whose family has fished out of "
        "Dover for a century.\n\n“Nobody sings ballads for her,” he said.",
        "Nobody sings",
        ("Tomas Reyland", "he", "pronoun"),
        id="a-relative-clause-introduces-no-speaker",
    ),
    pytest.param(
        "“It is phony,” said Tomas Reyland.\n\nThe plan worries Ilse Crespo, president of the Dover Harbour "
        "Guild.\n\n“Nobody sings ballads for her,” he said.",
        "Nobody sings",
        ("Tomas Reyland", "he", "pronoun"),
        id="the-introduced-person-of-the-other-gender",
    ),
    # "he" and "she" refer to no website or body
    pytest.param(
        "“We stand by the claim,” said Tomas Reyland.\n\nThe number is far lower, according to "
        "Harbourcheck.org.\n\n“We will not back down,” he said.",
        "back down",
        ("Tomas Reyland", "he", "pronoun"),
        id="no-he-for-a-website",
    ),
    pytest.param(
        "Tomas Reyland points to his members as proof (the real count is far smaller, "
        'according to Harbourcheck.org). He stood by the figure, saying that the claim "is true."',
        "is true",
        ("Tomas Reyland", "He", "pronoun"),
        id="no-he-for-a-website-named-last",
    ),
    # a body named for its cause keeps "for a" in its name
    pytest.param(
        "The Council for a Balanced Harbour Budget reported that the plan would cost $15 million.",
        "would cost",
        (
            "Council for a Balanced Harbour Budget",
            "The Council for a Balanced Harbour Budget",
            "named",
        ),
        id="committee-for-a-cause",
    ),
    pytest.param(
        "The money went to the Committee for a Fair Vote, Tomas Reyland said.",
        "money went",
        ("Tomas Reyland", "Tomas Reyland", "named"),
        id="for-a-body-before-the-speaker",
    ),
    # a given name apposed to a kin noun owned by a named person takes that person's family name
    pytest.param(
        "Ilse Reyland spoke first. Reyland's husband, Tomas, said the plan was doomed.",
        "plan was doomed",
        ("Tomas Reyland", "Tomas", "named"),
        id="named-owner-kin-given-name",
    ),
    # "he" refers to no name written like an acronym or opened by an article, nor to a group after modifiers
    *(
        pytest.param(
            f"Tomas Reyland spoke on Monday.\n\n{subject} said the ad would run on Friday. He said it was a "
            "waste of money.",
            "waste of money",
            ("Tomas Reyland", "He", "pronoun"),
            id=case,
        )
        for case, subject in [
            ("no-he-for-a-super-pac", "Dover Super PAC"),
            ("no-he-for-a-dotted-acronym", "The F.A.A."),
            ("no-he-for-a-modified-plural-group", "Conservative Christians"),
        ]
    ),
    pytest.param(
        "“We will not pay,” said Daniel Pate IV.\n\n“It is a waste of money,” he said.",
        "waste of money",
        ("Daniel Pate IV", "he", "pronoun"),
        id="a-generation-in-capitals-is-a-person-s",
    ),
    # a person named inside the quotation a pronoun attributes is not who speaks it
    pytest.param(
        "The crowd cheered when Tomas Reyland, a retired teacher, walked in.\n\n"
        "“I tell them about a man who helped Daniel Lindqvist win the county,” he said.",
        "helped Daniel",
        ("Tomas Reyland", "he", "pronoun"),
        id="name-inside-the-quotation-is-no-antecedent",
    ),
    pytest.param(
        "Volunteers say the county has changed since Tomas Reyland moved there in 2001.\n\n"
        '"I tell them about a man who helped Daniel Lindqvist win the county," he said.',
        "helped Daniel",
        ("Tomas Reyland", "he", "pronoun"),
        id="name-inside-straight-quotes-is-no-antecedent",
    ),
    pytest.param(
        "“The bridge will open in May,” the mayor said. Daniel Lindqvist, the engineer, disagreed.\n\n"
        "“Not before June,” he said.",
        "Not before June",
        ("Daniel Lindqvist", "he", "pronoun"),
        id="name-outside-quotes-still-an-antecedent",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), CASES)
def test_speaker(text: str, fragment: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _speaker_of(text, fragment) == expected


class TestQuotedSpans:
    """The article's quoted stretches, read in one pass as :func:`inside_quotes` reads one position."""

    @pytest.mark.parametrize(
        ("text", "stretches"),
        [
            pytest.param("Lee said “a b” and “c”.", ["a b", "c"], id="curly"),
            pytest.param('Lee said "a b" and "c".', ["a b", "c"], id="straight"),
            pytest.param("Lee said «a» then „b” too.", ["a", "b"], id="guillemets-and-low-marks"),
            pytest.param("“a “b” c” d", ["a “b” c"], id="nested"),
            pytest.param("“a b\nc d", ["a b"], id="a-line-break-closes"),
            pytest.param("x “a b", ["a b"], id="open-at-the-end"),
            pytest.param("no marks here", [], id="none"),
            pytest.param("” stray close “a”", ["a"], id="a-stray-closing-mark"),
        ],
    )
    def test_stretches(self, text: str, stretches: list[str]) -> None:
        assert [text[a:b] for a, b in quoted_spans(text, 0)] == stretches

    def test_from_lo(self) -> None:
        text = "“head” body “a”"
        assert [text[a:b] for a, b in quoted_spans(text, 7)] == ["a"]

    @pytest.mark.parametrize(
        "text",
        [
            'Lee said “Ana Ruiz won” and "so did Tom".\nThen “x\ny” z',
            "“a “b” c” d ” e “f",
            '"a" "b "c" d',
        ],
    )
    def test_agrees_with_inside_quotes(self, text: str) -> None:
        spans = quoted_spans(text, 0)
        for pos, ch in enumerate(text):
            if ch in '“”«»„"\n':
                continue  # (a mark's own position is read differently: it opens or closes there)
            assert any(a <= pos < b for a, b in spans) == inside_quotes(text, pos), pos


class TestSentenceSubjects:
    """The people the resolver reads as the subjects opening sentences."""

    @pytest.mark.parametrize(
        "text",
        [
            "The Marrow administration has changed its mind. While President Marrow has cautioned against "
            "it, he acted.",
            "Lawmakers want a ban.\n\nThe Marrow administration has said little.\n\nWhile President Marrow "
            "has cautioned against it, he acted.",
        ],
    )
    def test_an_article_before_a_name_is_no_part_of_it(self, text: str) -> None:
        # "The Marrow administration": the person is Marrow, not "The Marrow"
        names = [e.name for _, e in Resolver(text, 0, DEFAULT_LEXICON).subjects()]
        assert names == ["Marrow"]


def test_a_headline_glued_to_the_first_sentence_is_no_part_of_the_title() -> None:
    """A text dump that lost the headline's line break glues the headline in capitals to the speaker's
    title: the mention and the role start at the title."""
    from geoquote import find_quotes

    text = "HARBOUR BLAST KILLS FOUR Port Minister Ilker Demir said the attack would not go unpunished."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.mention.text) == (
        "Ilker Demir",
        "Port Minister",
        "Port Minister Ilker Demir",
    )
