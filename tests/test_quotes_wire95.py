"""Quotations and speakers in the forty-first session's copy: compound adjectives inside a speaker's noun
phrase, relative clauses without their pronoun, scraped text's glued sentences, typed dashes and embedded
posts, hearers owned by a body, former titles (sentences written for these tests; people invented). Each
table below is one rule's rows; ``test_records`` reads each record's text, mention, name and role,
``test_hearers_and_media`` its addressee. See also the case table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import described_records, mentioned_records

_COMPOUND_ADJECTIVES_IN_THE_SPEAKER = [
    pytest.param(
        "Sudan's army-aligned government said the plan was dead.",
        [
            (
                "the plan was dead",
                "Sudan's army-aligned government",
                "Sudan's army-aligned government",
                None,
            )
        ],
        id="a-hyphened-participle-after-a-possessor-stays-in-the-body",
    ),
    pytest.param(
        "The military-led government said the talks would resume in May.",
        [("the talks would resume in May", "The military-led government", None, None)],
        id="a-hyphened-participle-after-an-article-stays-in-the-body",
    ),
    pytest.param(
        "A well-informed source said the convoy had turned back.",
        [("the convoy had turned back", "A well-informed source", None, "well-informed source")],
        id="a-hyphened-adjective-stays-in-the-role",
    ),
    pytest.param(
        "The much-criticised minister said the levy would stay.",
        [("the levy would stay", "The much-criticised minister", None, "much-criticised minister")],
        id="an-adverb-and-participle-compound-stays-in-the-role",
    ),
    pytest.param(
        "A long-serving diplomat said the envoy had left Kigali.",
        [("the envoy had left Kigali", "A long-serving diplomat", None, "long-serving diplomat")],
        id="guard-a-hyphened-ing-compound-stays-in-the-role",
    ),
    pytest.param(
        "The senior diplomat said the envoy had left Kigali.",
        [("the envoy had left Kigali", "The senior diplomat", None, "senior diplomat")],
        id="guard-a-plain-adjective-stays-in-the-role",
    ),
    pytest.param(
        "Officials said the state-owned company would be sold.",
        [("the state-owned company would be sold", "Officials", None, "Officials")],
        id="guard-a-compound-adjective-in-the-words-is-no-speaker",
    ),
]


_RELATIVE_CLAUSE_WITHOUT_PRONOUN = [
    pytest.param(
        "Halvorsen said he would extend the zone, a move the opposition criticised as reckless.",
        [
            ("he would extend the zone", "Halvorsen", "Halvorsen", None),
            ("as reckless", "the opposition", None, None),
        ],
        id="a-relative-clause-without-its-pronoun-has-its-own-subject",
    ),
    pytest.param(
        "The vote was delayed again, the head of the agency said.",
        [("The vote was delayed again", "the head of the agency", None, "head")],
        id="guard-an-article-after-of-stays-in-the-phrase",
    ),
    pytest.param(
        "Exports fell in May, one estimate says.",
        [("Exports fell in May", "one estimate", None, "estimate")],
        id="guard-a-closing-noun-phrase-speaks",
    ),
]


_SCENE_AFTER_A_QUOTATION = [
    pytest.param(
        'Protesters chanted "Down with the junta" as police fired tear gas.',
        [("Down with the junta", "Protesters", None, "Protesters")],
        id="a-scene-after-a-chanted-quotation-is-the-writers",
    ),
    pytest.param(
        'The minister said "we will win" as he left the hall.',
        [("we will win", "The minister", None, "minister")],
        id="a-pronoun-subject-scene-after-a-quotation",
    ),
    pytest.param(
        'The minister said "we will win" while the crowd cheered outside.',
        [("we will win", "The minister", None, "minister")],
        id="guard-a-while-clause-after-a-quotation-was-cut-already",
    ),
    pytest.param(
        'The minister said "the worst" was over as police fired tear gas.',
        [('the worst" was over as police fired tear gas', "The minister", None, "minister")],
        id="guard-a-quoted-fragment-then-its-verb-reads-on",
    ),
    pytest.param(
        'The minister said "we will win when the vote comes".',
        [("we will win when the vote comes", "The minister", None, "minister")],
        id="guard-a-subordinate-clause-inside-the-quotation",
    ),
    pytest.param(
        "The mayor urged as many people as possible to vote.",
        [("as many people as possible to vote", "The mayor", None, "mayor")],
        id="as-possible-stays-in-the-object",
    ),
]


_RELATIVE_CLAUSE_REPORTS_OF_ITS_ANTECEDENT = [
    pytest.param(
        "The deal, which diplomats said could be signed next month, would free 33 hostages.",
        [("could be signed next month", "diplomats", None, "diplomats")],
        id="a-relative-whose-pronoun-is-the-subject-of-what-was-said-ends-at-its-comma",
    ),
    pytest.param(
        "The strike, which the army said was aimed at a weapons depot, killed 12 people.",
        [("was aimed at a weapons depot", "the army", None, None)],
        id="a-gapped-relative-after-a-body",
    ),
    pytest.param(
        "The law, which critics have said will curb free speech, takes effect on Monday.",
        [("will curb free speech", "critics", None, "critics")],
        id="a-gapped-relative-with-a-perfect-verb",
    ),
    pytest.param(
        "Holt, who said the senator had lied, left the hearing early.",
        [("the senator had lied", "Holt", "Holt", None)],
        id="guard-a-relative-whose-pronoun-speaks",
    ),
]


def test_the_one_asked_is_no_carried_asker() -> None:
    text = (
        "Senator Tomas Ortiz was asked by host Lee Park whether his flood bill, which one study puts at "
        '$2 billion, would "hurt the small harbours."\n\n'
        'The senator\'s reply was that "safety comes first," so the cost was worth it.\n\n'
        '"No harbour should flood again," he said.'
    )
    got = [(text_, name) for text_, _, name, _ in mentioned_records(text)]
    assert got[1:] == [
        ('that "safety comes first," so the cost was worth it', None),
        ("No harbour should flood again,", "Tomas Ortiz"),
    ]


def test_guard_reporters_asked_leave_the_asker_carried() -> None:
    text = (
        '"You think I am going to change?" Senator Dana Voss asked reporters on Friday. "I am not."\n\n'
        '"The voters will decide."'
    )
    got = [(text_, name, mention) for text_, mention, name, _ in mentioned_records(text)]
    assert got[-1] == ("The voters will decide.", "Dana Voss", "Senator Dana Voss")


_GLUED_CLOSING_MARK = [
    pytest.param(
        '"We will not retreat,"said the minister.',
        [("We will not retreat,", "the minister", None, "minister")],
        id="a-verb-glued-to-the-closing-mark-is-inverted",
    ),
    pytest.param(
        "“We will not retreat,”said Defence Minister Ana Ruiz.",
        [("We will not retreat,", "Defence Minister Ana Ruiz", "Ana Ruiz", "Defence Minister")],
        id="a-verb-glued-to-a-curly-closing-mark-is-inverted",
    ),
    pytest.param(
        '"We will not retreat,"the minister said.',
        [("We will not retreat,", "the minister", None, "minister")],
        id="guard-a-subject-glued-to-the-closing-mark",
    ),
]


_TYPED_DASH_AFTER_A_QUOTATION = [
    pytest.param(
        '"We will stay" - the minister said.',
        [("We will stay", "the minister", None, "minister")],
        id="a-hyphen-typed-for-a-dash-before-the-attribution",
    ),
    pytest.param(
        '"We will stay in the region for as long as it takes" -- said the minister.',
        [("We will stay in the region for as long as it takes", "the minister", None, "minister")],
        id="two-hyphens-typed-for-a-dash-before-an-inverted-verb",
    ),
    pytest.param(
        '"We will stay" - Ana Ruiz, the defence minister, said on Monday.',
        [("We will stay", "Ana Ruiz", "Ana Ruiz", "defence minister")],
        id="a-typed-dash-before-a-name-and-its-apposition",
    ),
    pytest.param(
        '"We will stay" — the minister said.',
        [("We will stay", "the minister", None, "minister")],
        id="guard-an-em-dash-before-the-attribution",
    ),
    pytest.param(
        "The ruling party said the vote was - in its words - fair.",
        [("the vote was - in its words - fair", "The ruling party", None, None)],
        id="guard-hyphens-away-from-a-quotation-stay",
    ),
]


_PREFIXED_NAME_BEFORE_A_BODY = [
    pytest.param(
        "The pro-Kremlin party said the vote was fair.",
        [("the vote was fair", "The pro-Kremlin party", None, None)],
        id="a-prefixed-name-before-a-body-noun-stays-in-the-mention",
    ),
    pytest.param(
        "The anti-Western movement said the vote was fair.",
        [("the vote was fair", "The anti-Western movement", None, None)],
        id="an-anti-prefixed-name-before-a-body-noun",
    ),
    pytest.param(
        "The pro-Kremlin blogger said the vote was fair.",
        [("the vote was fair", "The pro-Kremlin blogger", None, "pro-Kremlin blogger")],
        id="guard-a-prefixed-name-before-a-role-noun",
    ),
]


_GLUED_SENTENCES = [
    pytest.param(
        "The minister said the army would stay.The envoy said talks would go on.",
        [
            ("the army would stay", "The minister", None, "minister"),
            ("talks would go on", "The envoy", None, "envoy"),
        ],
        id="a-sentence-glued-to-the-one-before",
    ),
    pytest.param(
        '"We will stay," the minister said."Talks will go on," the envoy added.',
        [
            ("We will stay,", "the minister", None, "minister"),
            ("Talks will go on,", "the envoy", None, "envoy"),
        ],
        id="a-quotation-glued-to-the-sentence-before",
    ),
    pytest.param(
        'He said "we will stay."The envoy added that talks would go on.',
        [("we will stay.", "He", None, None), ("talks would go on", "The envoy", None, "envoy")],
        id="a-sentence-glued-to-a-closing-mark",
    ),
    pytest.param(
        "Ivanov told News.Az that the border was calm.",
        [("the border was calm", "Ivanov", "Ivanov", None)],
        id="guard-an-outlets-domain-is-no-sentence-end",
    ),
    pytest.param(
        "The U.S. Army said it would stay.",
        [("it would stay", "The U.S. Army", "U.S. Army", None)],
        id="guard-an-initialism-is-no-sentence-end",
    ),
]


_DESCRIPTION_OF_A_PERSON_NAMED_OUTSIDE_THE_SUBJECT = [
    pytest.param(
        "The talks were hosted by Oman's foreign minister, Badr Albusaidi. He said both sides were "
        "constructive.",
        [("both sides were constructive", "He", "Badr Albusaidi", "Oman's foreign minister")],
        id="a-possessed-description-before-a-name-outside-the-subject-gives-the-pronoun-its-role",
    ),
    pytest.param(
        "The talks were hosted by the Omani foreign minister, Badr Albusaidi. He said both sides were "
        "constructive.",
        [("both sides were constructive", "He", "Badr Albusaidi", "Omani foreign minister")],
        id="a-description-with-a-demonym-before-a-name",
    ),
    pytest.param(
        "The talks were hosted by Foreign Minister Badr Albusaidi. He said both sides were constructive.",
        [("both sides were constructive", "He", "Badr Albusaidi", "Foreign Minister")],
        id="guard-a-title-before-the-name",
    ),
    pytest.param(
        "Ruiz met Badr Albusaidi in Muscat. He said both sides were constructive.",
        [("both sides were constructive", "He", "Badr Albusaidi", None)],
        id="guard-no-description-no-role",
    ),
    pytest.param(
        "Maria Lopez, who chairs the panel, spoke first.\n\n"
        '"The vote count is hard for Maria Lopez, the count is hard for anyone," she said.',
        [
            (
                "The vote count is hard for Maria Lopez, the count is hard for anyone,",
                "she",
                "Maria Lopez",
                None,
            )
        ],
        id="guard-words-after-a-name-inside-a-quotation-describe-no-one",
    ),
]


_HEARERS_AND_MEDIA = [
    pytest.param(
        "The minister told parliament's defence committee that stocks were low.",
        [("stocks were low", "parliament's defence committee")],
        id="a-hearer-owned-by-a-body-in-lower-case",
    ),
    pytest.param(
        "The minister told Britain's defence committee that stocks were low.",
        [("stocks were low", "Britain's defence committee")],
        id="a-hearer-owned-by-a-state",
    ),
    pytest.param(
        "The minister told Chile's envoy that stocks were low.",
        [("stocks were low", "Chile's envoy")],
        id="an-envoy-owned-by-a-state",
    ),
    pytest.param(
        "The minister told CNN's Jake Tapper that stocks were low.",
        [("stocks were low", "CNN's Jake Tapper")],
        id="guard-a-host-owned-by-a-network",
    ),
    pytest.param(
        "Starmer said at a joint news conference with Merz that Britain would send troops.",
        [("Britain would send troops", "at a joint news conference with Merz")],
        id="a-joint-news-conference-with-a-guest-is-the-medium",
    ),
    pytest.param(
        "The premier said at a news conference with his Danish counterpart Mette Olsen on Monday that "
        "Norway would send troops.",
        [
            (
                "Norway would send troops",
                "at a news conference with his Danish counterpart Mette Olsen",
            )
        ],
        id="a-news-conference-with-a-counterpart-is-the-medium",
    ),
    pytest.param(
        "Orban wrote in a letter to EU leaders that the plan was unworkable.",
        [("the plan was unworkable", "in a letter to EU leaders")],
        id="a-letter-to-leaders-is-the-medium",
    ),
    pytest.param(
        "Orban wrote in a letter to fellow ministers that the plan was unworkable.",
        [("the plan was unworkable", "in a letter to fellow ministers")],
        id="a-letter-to-fellow-ministers-is-the-medium",
    ),
    pytest.param(
        "Orban wrote in a letter that the plan was unworkable.",
        [("the plan was unworkable", "in a letter")],
        id="guard-a-letter-alone-is-the-medium",
    ),
]


_DEEDS_INSIDE_DENIALS_AND_REPORTS = [
    pytest.param(
        "The Kremlin has repeatedly denied that it plans to attack any NATO member.",
        [("it plans to attack any NATO member", "The Kremlin", "Kremlin", None)],
        id="a-plan-inside-a-denial-is-part-of-it",
    ),
    pytest.param(
        "As reported by Kommersant, the ministry plans to cut defence spending by a tenth.",
        [("the ministry plans to cut defence spending by a tenth", "Kommersant", "Kommersant", None)],
        id="a-plan-inside-a-report-is-part-of-it",
    ),
    pytest.param(
        "Prosecutors alleged that the general wanted to flee the country.",
        [("the general wanted to flee the country", "Prosecutors", None, "Prosecutors")],
        id="a-wish-inside-an-allegation-is-part-of-it",
    ),
    pytest.param(
        "The Kremlin plans to cut defence spending by a tenth.",
        [("to cut defence spending by a tenth", "The Kremlin", "Kremlin", None)],
        id="guard-a-plan-on-its-own-is-reported",
    ),
]


_HEARER_NAME_BEFORE_A_THAT_LESS_CLAUSE = [
    pytest.param(
        "Japan's chief cabinet secretary, Ken Oda, told a news conference Tokyo had lodged a protest.",
        [("Tokyo had lodged a protest", "a news conference")],
        id="the-subject-after-a-hearer-is-no-part-of-its-name",
    ),
    pytest.param(
        "Vucic told the state broadcaster RTS Serbia would never recognise Kosovo.",
        [("Serbia would never recognise Kosovo", "the state broadcaster RTS")],
        id="guard-a-broadcasters-name-then-the-subject",
    ),
    pytest.param(
        "Vucic told the newspaper Politika that Serbia would wait.",
        [("Serbia would wait", "the newspaper Politika")],
        id="guard-a-newspapers-name-before-that",
    ),
]


_NOT_SAYING_WHEN = [
    pytest.param(
        "The spokesman, Ivan Petrov, declined to say when the talks would resume.",
        [("to say when the talks would resume", "Ivan Petrov", "Ivan Petrov", "spokesman")],
        id="declined-to-say-when-keeps-the-question",
    ),
    pytest.param(
        "The minister refused to say when the talks would resume.",
        [("to say when the talks would resume", "The minister", None, "minister")],
        id="refused-to-say-when-keeps-the-question",
    ),
    pytest.param(
        "The senator refused to endorse him when he ran in 2016.",
        [("to endorse him", "The senator", None, "senator")],
        id="guard-a-when-clause-after-a-refusal-is-the-writers",
    ),
    pytest.param(
        "The minister declined to comment when asked about the talks.",
        [("to comment", "The minister", None, "minister")],
        id="guard-a-when-clause-after-declining-to-comment",
    ),
]


_FORMER_TITLES = [
    pytest.param(
        "The party nominated former footballer Mikheil Kavelashvili. He said it was over.",
        [("it was over", "He", "Mikheil Kavelashvili", "former footballer")],
        id="former-opens-a-lower-case-title-after-a-verb",
    ),
    pytest.param(
        "Ruiz met outgoing president Tomas Vidal on Monday. He said it was over.",
        [("it was over", "He", "Tomas Vidal", "outgoing president")],
        id="outgoing-opens-a-lower-case-title",
    ),
    pytest.param(
        "The party nominated former President Ana Ruiz. She said it was over.",
        [("it was over", "She", "Ana Ruiz", "former President")],
        id="former-before-a-capitalised-title",
    ),
    pytest.param(
        "The party nominated President Ana Ruiz. She said it was over.",
        [("it was over", "She", "Ana Ruiz", "President")],
        id="guard-a-title-alone",
    ),
    pytest.param(
        "The party nominated ambassador Ana Ruiz. She said it was over.",
        [("it was over", "She", "Ana Ruiz", "ambassador")],
        id="guard-a-lower-case-title-alone",
    ),
]


def _organizations(text: str) -> list[tuple[str, str | None]]:
    """Every record of ``text`` as (text, speaker's organisation)."""
    return [(q.text, q.speaker.organization if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The State Department said it was concerned, and a spokesperson said Washington was reviewing "
            "ties.",
            [("it was concerned", "State Department"), ("Washington was reviewing ties", "State Department")],
            id="a-spokesperson-after-a-body-in-the-same-sentence-is-its",
        ),
        pytest.param(
            "The State Department said it was concerned. A spokesperson said Washington was reviewing ties.",
            [("it was concerned", "State Department"), ("Washington was reviewing ties", None)],
            id="guard-a-spokesperson-in-the-next-sentence-is-nobodys",
        ),
        pytest.param(
            "Russia said it was concerned, and a spokesman said Moscow was reviewing ties.",
            [("it was concerned", None), ("Moscow was reviewing ties", None)],
            id="guard-a-state-gives-no-organisation",
        ),
    ],
)
def test_spokesperson_of_the_body_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _organizations(text) == expected


_CONNECTIVE_ASIDE_BEFORE_THE_FIRST_VERB = [
    pytest.param(
        'The Egyptian foreign minister, in turn, thanked Russia for its "balanced position" and said '
        "Cairo counted on continued cooperation.",
        [
            (
                "Cairo counted on continued cooperation",
                "The Egyptian foreign minister",
                None,
                "Egyptian foreign minister",
            )
        ],
        id="in-turn-between-the-subject-and-its-first-verb",
    ),
    pytest.param(
        'The minister, however, thanked Russia for its "support" and said Cairo counted on it.',
        [("Cairo counted on it", "The minister", None, "minister")],
        id="however-between-the-subject-and-its-first-verb",
    ),
    pytest.param(
        'Ana Ruiz, for her part, thanked Russia for its "support" and said Cairo counted on it.',
        [("Cairo counted on it", "Ana Ruiz", "Ana Ruiz", None)],
        id="guard-for-her-part-after-a-name",
    ),
    pytest.param(
        'The minister thanked Russia for its "support" and said Cairo counted on it.',
        [("Cairo counted on it", "The minister", None, "minister")],
        id="guard-no-aside",
    ),
]


_COUNT_OWNED_BY_A_BODY = [
    pytest.param(
        "According to the ministry's figures, 1,200 people have been killed since October.",
        [("1,200 people have been killed since October", "the ministry", None, None)],
        id="a-body-owning-the-figures-speaks",
    ),
    pytest.param(
        "The Health Ministry said 40 people died on Monday. According to the ministry's figures, 1,200 "
        "people have been killed since October.",
        [
            ("40 people died on Monday", "The Health Ministry", "Health Ministry", None),
            ("1,200 people have been killed since October", "the ministry", "Health Ministry", None),
        ],
        id="the-body-owning-the-figures-is-the-one-named-before",
    ),
    pytest.param(
        "The party's top figures expressed concern about losing the Senate.",
        [("concern about losing the Senate", "The party's top figures", None, None)],
        id="guard-figures-that-are-people",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister responded on social media.\n\nWe will not be intimidated by threats. Our "
            "sovereignty is not negotiable. pic.twitter.com/abc123\n\n— Ana Ruiz (@AnaRuizMFA) December 1, "
            "2026\n\nThe embassy did not respond.",
            [
                (
                    "We will not be intimidated by threats. Our sovereignty is not negotiable.",
                    "Ana Ruiz",
                    "Ana Ruiz",
                    None,
                )
            ],
            id="an-embedded-post-above-its-signature",
        ),
        pytest.param(
            "The alliance reacted quickly.\n\nAllies stand united in support of Ukraine. "
            "https://t.co/xyz— NATO Press (@NATOpress) Dec 1, 2026\n\nMoscow did not comment.",
            [("Allies stand united in support of Ukraine.", "NATO Press", "NATO Press", None)],
            id="a-post-and-its-signature-in-one-paragraph",
        ),
        pytest.param(
            'He wrote:\n\n"We will win."\n\n— Ana Ruiz (@AnaRuizMFA) December 1, 2026',
            [("We will win.", "He", None, None)],
            id="guard-a-quotation-already-read-is-left",
        ),
        pytest.param(
            "The list was long.\n\nGo home now.\n\n— Ana Ruiz, December 1, 2026",
            [],
            id="guard-no-account-no-post",
        ),
    ],
)
def test_embedded_posts(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert mentioned_records(text) == expected
    assert all(q.kind == "direct" for q in find_quotes(text))


_FRONTED_PLATFORMS = [
    pytest.param(
        "Writing on Truth Social, the president said the deal was close.",
        [("the deal was close", "on Truth Social")],
        id="writing-on-truth-social-opens-the-sentence",
    ),
    pytest.param(
        "Writing on his Telegram channel, Medvedev said Europe would pay.",
        [("Europe would pay", "on his Telegram channel")],
        id="writing-on-his-telegram-channel-opens-the-sentence",
    ),
    pytest.param(
        "Writing on Telegram, Medvedev said Europe would pay.",
        [("Europe would pay", "on Telegram")],
        id="guard-writing-on-telegram",
    ),
]


_INITIALISM_BEFORE_A_TITLE = [
    pytest.param(
        "The talks began. U.S. envoy Amos Hochstein met Berri. Hochstein said the talks were constructive.",
        [("the talks were constructive", "Hochstein", "Amos Hochstein", "U.S. envoy")],
        id="a-dotted-initialism-opens-a-lower-case-title",
    ),
    pytest.param(
        "The talks began. U.N. envoy Ana Ruiz met Berri. Ruiz said the talks were constructive.",
        [("the talks were constructive", "Ruiz", "Ana Ruiz", "U.N. envoy")],
        id="guard-a-dotted-un-opened-it-already",
    ),
    pytest.param(
        "The talks began. UN envoy Ana Ruiz met Berri. Ruiz said the talks were constructive.",
        [("the talks were constructive", "Ruiz", "Ana Ruiz", "UN envoy")],
        id="guard-an-undotted-initialism",
    ),
]


_DATELINE_OF_TWO_PLACES = [
    pytest.param(
        "BEIJING/TAIPEI, Dec 2 (Reuters) - China's military began drills around Taiwan on Tuesday, calling "
        'them a "stern warning" to separatist forces.',
        [('them a "stern warning" to separatist forces', "China's military", "China's military", None)],
        id="a-dateline-of-two-places-is-no-text-to-read",
    ),
    pytest.param(
        "KYIV/MOSCOW, Dec 2 (Reuters) - Ukraine said it downed 40 drones overnight.",
        [("it downed 40 drones overnight", "Ukraine", "Ukraine", None)],
        id="guard-a-dateline-of-two-capitals-before-a-name",
    ),
    pytest.param(
        "BEIJING, Dec 2 (Reuters) - China's military began drills around Taiwan on Tuesday, calling "
        'them a "stern warning" to separatist forces.',
        [('them a "stern warning" to separatist forces', "China's military", "China's military", None)],
        id="guard-a-dateline-of-one-place",
    ),
]


_DIRECTION_MARKS = [
    pytest.param(
        'The minister said \u200f"we will win"\u200f on Monday.',
        [("we will win", "The minister", None, "minister")],
        id="right-to-left-marks-around-a-quotation",
    ),
    pytest.param(
        '\u202a"Sorry, we are closed," the shop owner said.',
        [("Sorry, we are closed,", "the shop owner", None, "shop owner")],
        id="an-embedding-mark-before-an-opening-quotation-mark",
    ),
    pytest.param(
        '"We will win," said Ali\u200e Reza, the minister.',
        [("We will win,", "Ali\u200e Reza", "Ali Reza", "minister")],
        id="a-left-to-right-mark-inside-a-name",
    ),
    pytest.param(
        'The minister said "we will win" on Monday.',
        [("we will win", "The minister", None, "minister")],
        id="guard-no-marks",
    ),
]


_OWNER_OF_A_TEXT = [
    pytest.param(
        "The ministry's statement said 1,200 people had been killed.",
        [("1,200 people had been killed", "The ministry", None, None)],
        id="the-owner-of-a-statement-without-its-possessive",
    ),
    pytest.param(
        "Ana Ruiz's statement said the plan was dead.",
        [("the plan was dead", "Ana Ruiz", "Ana Ruiz", None)],
        id="a-person-owning-a-statement",
    ),
    pytest.param(
        "The FDIC inspector general's report said files had been lost.",
        [("files had been lost", "The FDIC inspector general", None, "FDIC inspector general")],
        id="a-role-owning-a-report-without-its-possessive",
    ),
    pytest.param(
        "The Kremlin's statement said the plan was dead.",
        [("the plan was dead", "The Kremlin", "Kremlin", None)],
        id="a-body-owning-a-statement-without-its-possessive",
    ),
]


_HEADLINE_SPEAKERS_ROLE = [
    pytest.param(
        "Turkey will not back down — Erdogan\n\nANKARA (Reuters) - Turkish President Tayyip Erdogan said on "
        "Monday Turkey would not back down.",
        [
            ("Turkey will not back down", "Erdogan", "Tayyip Erdogan", "Turkish President"),
            (
                "Turkey would not back down",
                "Turkish President Tayyip Erdogan",
                "Tayyip Erdogan",
                "Turkish President",
            ),
        ],
        id="a-headline-speaker-takes-the-role-the-story-gives",
    ),
    pytest.param(
        "Erdogan says Turkey will not back down\n\nANKARA (Reuters) - Tayyip Erdogan said on Monday Turkey "
        "would not back down.",
        [
            ("Turkey will not back down", "Erdogan", "Tayyip Erdogan", None),
            ("Turkey would not back down", "Tayyip Erdogan", "Tayyip Erdogan", None),
        ],
        id="guard-no-role-in-the-story-none-in-the-headline",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_COMPOUND_ADJECTIVES_IN_THE_SPEAKER,
        *_RELATIVE_CLAUSE_WITHOUT_PRONOUN,
        *_SCENE_AFTER_A_QUOTATION,
        *_RELATIVE_CLAUSE_REPORTS_OF_ITS_ANTECEDENT,
        *_GLUED_CLOSING_MARK,
        *_TYPED_DASH_AFTER_A_QUOTATION,
        *_PREFIXED_NAME_BEFORE_A_BODY,
        *_GLUED_SENTENCES,
        *_DESCRIPTION_OF_A_PERSON_NAMED_OUTSIDE_THE_SUBJECT,
        *_DEEDS_INSIDE_DENIALS_AND_REPORTS,
        *_NOT_SAYING_WHEN,
        *_FORMER_TITLES,
        *_CONNECTIVE_ASIDE_BEFORE_THE_FIRST_VERB,
        *_COUNT_OWNED_BY_A_BODY,
        *_INITIALISM_BEFORE_A_TITLE,
        *_DATELINE_OF_TWO_PLACES,
        *_DIRECTION_MARKS,
        *_OWNER_OF_A_TEXT,
        *_HEADLINE_SPEAKERS_ROLE,
    ],
)
def test_records(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """Each record's text, speaker mention, canonical name and role, in the tables above."""
    assert mentioned_records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [*_HEARERS_AND_MEDIA, *_HEARER_NAME_BEFORE_A_THAT_LESS_CLAUSE, *_FRONTED_PLATFORMS]
)
def test_hearers_and_media(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Each record's text and addressee (hearer or medium), in the tables above."""
    assert [(text_, addressee) for text_, _, _, addressee in described_records(text)] == expected
