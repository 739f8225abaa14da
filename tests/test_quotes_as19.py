"""A verb's object and its "as" judgement: "slammed the rota as a danger to ...", "defended her record as
mayor" report the object with what it was judged as; an "as" that opens a clause ("as the talks stalled",
"as she left", "as Hollin put it") or is an adverbial of its own ("as part of", "as a result", "as early as",
"as expected") still ends the object, and the judgement stops before a deed of the speaker's ("and accused
...") or a dash. The examples after ", including" belong to the object too ("blamed several factors, including
...") up to a clause after them; a month ends the object only when it closes it ("touted the breakwater in
March"), not inside it or inside its relative clause; a list of items set off by commas and closed by "and"
or "or" is one object (sentences written for these tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import lead_records

LEAD = "Harbour rota disputed\n\n"


def _records(sentence: str) -> list[tuple[str, str, str | None]]:
    """Every record of the sentence (after a headline) as (kind, text, speaker mention)."""
    return lead_records(LEAD, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the judgement is part of the object
        pytest.param(
            "The union slammed the new rota as a danger to crane drivers.",
            [("indirect", "the new rota as a danger to crane drivers", "The union")],
            id="slammed-as-a-noun-phrase",
        ),
        pytest.param(
            "Ilse Marrow defended her record as mayor of Dunmore.",
            [("indirect", "her record as mayor of Dunmore", "Ilse Marrow")],
            id="defended-record-as-a-role",
        ),
        pytest.param(
            "Tomas Reyland dismissed the audit as flawed and politically driven.",
            [("indirect", "the audit as flawed and politically driven", "Tomas Reyland")],
            id="dismissed-as-adjectives",
        ),
        pytest.param(
            "The ferry company touted the new timetable as proof that the crossings were safe again.",
            [
                (
                    "indirect",
                    "the new timetable as proof that the crossings were safe again",
                    "The ferry company",
                )
            ],
            id="touted-as-proof-with-its-clause",
        ),
        pytest.param(
            "The union criticized the levy as too blunt a tool for the smaller yards.",
            [("indirect", "the levy as too blunt a tool for the smaller yards", "The union")],
            id="criticized-as-too-blunt",
        ),
        # the judgement stops before a deed of the speaker's or a dash
        pytest.param(
            "Ilse Marrow slammed the shift as a U-turn and accused Tomas Reyland of a flip-flop.",
            [
                ("indirect", "the shift as a U-turn", "Ilse Marrow"),
                ("indirect", "Tomas Reyland of a flip-flop", "Ilse Marrow"),
            ],
            id="judgement-ends-before-and-accused",
        ),
        pytest.param(
            "Ilse Marrow praised her deputy's record as treasurer and offered to put her in charge.",
            [
                ("indirect", "her deputy's record as treasurer", "Ilse Marrow"),
                ("indirect", "to put her in charge", "Ilse Marrow"),
            ],
            id="judgement-ends-before-and-offered-to",
        ),
        pytest.param(
            "Ilse Marrow mocked Reyland as a novice who skipped the briefings and lacked a plan for the"
            " pier.",
            [
                (
                    "indirect",
                    "Reyland as a novice who skipped the briefings and lacked a plan for the pier",
                    "Ilse Marrow",
                )
            ],
            id="a-verb-of-a-relative-clause-is-no-deed",
        ),
        pytest.param(
            "The union slammed the new rota as a danger - but the board disagreed.",
            [("indirect", "the new rota as a danger", "The union")],
            id="judgement-ends-at-a-spaced-hyphen",
        ),
        # a describing verb's "as" that opens a clause or stands for itself is no judgement
        pytest.param(
            "Tomas Reyland described the deal as the talks stalled.",
            [("indirect", "the deal", "Tomas Reyland")],
            id="described-as-a-clause-with-a-noun-subject",
        ),
        pytest.param(
            "Ilse Marrow welcomed the plan as expected.",
            [("indirect", "the plan", "Ilse Marrow")],
            id="welcomed-as-expected",
        ),
        # negative rows: unchanged
        pytest.param(
            "The union slammed the new rota as the talks stalled.",
            [("indirect", "the new rota", "The union")],
            id="as-a-clause-with-a-noun-subject",
        ),
        pytest.param(
            "Ilse Marrow defended the plan as she left the council chamber.",
            [("indirect", "the plan", "Ilse Marrow")],
            id="as-a-clause-with-a-pronoun",
        ),
        pytest.param(
            "The council defended the levy as Mrs. Hollin put it in her letter.",
            [("indirect", "the levy", "The council")],
            id="as-a-clause-with-a-name-and-irregular-past",
        ),
        pytest.param(
            "The union slammed the new rota as part of a wider protest over pay.",
            [("indirect", "the new rota", "The union")],
            id="as-part-of",
        ),
        pytest.param(
            "The union slammed the new rota as a result of the strike.",
            [("indirect", "the new rota", "The union")],
            id="as-a-result",
        ),
        pytest.param(
            "Tomas Reyland wants to cut the levy as early as March.",
            [("indirect", "to cut the levy", "Tomas Reyland")],
            id="as-early-as",
        ),
        pytest.param(
            "Ilse Marrow criticized the ferry timetable as well as the fares.",
            [("indirect", "the ferry timetable as well as the fares", "Ilse Marrow")],
            id="as-well-as",
        ),
        pytest.param(
            "Tomas Reyland wants to hire more pilots as soon as the budget passes.",
            [("indirect", "to hire more pilots as soon as the budget passes", "Tomas Reyland")],
            id="as-soon-as",
        ),
        pytest.param(
            "Tomas Reyland opposed it as a candidate.",
            [],
            id="a-lone-pronoun-object-is-not-judged",
        ),
        pytest.param(
            'Ilse Marrow rejected the proposal as "a gift to owners" because it left the pilots unpaid.',
            [
                (
                    "mixed",
                    'the proposal as "a gift to owners" because it left the pilots unpaid',
                    "Ilse Marrow",
                )
            ],
            id="a-quoted-judgement-is-read-as-before",
        ),
        # known misses
        pytest.param(
            "Tomas Reyland wants to serve as the council's first elected harbour master.",
            [("indirect", "to serve as the council's first elected harbour master", "Tomas Reyland")],
            id="serve-as-with-an-ed-adjective",
            marks=pytest.mark.xfail(
                strict=True, reason="'elected' after 'the council's first' reads as a verb"
            ),
        ),
        pytest.param(
            "Ilse Marrow talked about how her years as a pilot have shaped her view of the harbour.",
            [("indirect", "how her years as a pilot have shaped her view of the harbour", "Ilse Marrow")],
            id="as-inside-the-subject-of-a-clause",
            marks=pytest.mark.xfail(strict=True, reason="'a pilot have' reads as a clause opened by 'as'"),
        ),
        pytest.param(
            "Tomas Reyland wants to hire as many pilots as possible.",
            [("indirect", "to hire as many pilots as possible", "Tomas Reyland")],
            id="a-comparison-inside-the-object",
            marks=pytest.mark.xfail(strict=True, reason="'as many ... as' still ends the object"),
        ),
    ],
)
def test_as_judgement(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The union blamed several factors, including cuts to the harbour grant, higher fuel costs and the"
            " closure of the east pier, which Ilse Marrow called a disaster.",
            [
                (
                    "indirect",
                    "several factors, including cuts to the harbour grant, higher fuel costs and the"
                    " closure of the east pier",
                    "The union",
                )
            ],
            id="a-list-of-examples-up-to-a-relative",
        ),
        pytest.param(
            "Tomas Reyland defended the port's dredging plan, including the deep channel work set for"
            " the spring.",
            [
                (
                    "indirect",
                    "the port's dredging plan, including the deep channel work set for the spring",
                    "Tomas Reyland",
                )
            ],
            id="one-example-to-the-sentence-end",
        ),
        pytest.param(
            "Ilse Marrow wants a broad review of the harbour accounts, including the pier leases; the board"
            " refused.",
            [
                (
                    "indirect",
                    "a broad review of the harbour accounts, including the pier leases",
                    "Ilse Marrow",
                )
            ],
            id="examples-up-to-a-semicolon",
        ),
        pytest.param(
            "Tomas Reyland urged the board to cut fares, including those on the night ferry, saying the"
            " crossings were empty.",
            [
                ("indirect", "the board to cut fares, including those on the night ferry", "Tomas Reyland"),
                ("indirect", "the crossings were empty", "Tomas Reyland"),
            ],
            id="examples-up-to-a-participle",
        ),
        # negative rows: unchanged
        pytest.param(
            "Ilse Marrow proposed new ways of helping crews who lost shifts, including a winter fund for"
            " pilots.",
            [("indirect", "new ways of helping crews who lost shifts", "Ilse Marrow")],
            id="examples-after-a-relative-clause-stay-out",
        ),
        pytest.param(
            'Tomas Reyland criticized the harbour rules, including "paper drills" that waste a morning.',
            [("indirect", "the harbour rules", "Tomas Reyland")],
            id="quoted-examples-stay-out",
        ),
    ],
)
def test_including_examples(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Tomas Reyland welcomed a fresh docket in October crowded with harbour cases.",
            [("indirect", "a fresh docket in October crowded with harbour cases", "Tomas Reyland")],
            id="a-month-inside-the-object",
        ),
        pytest.param(
            "Tomas Reyland wants a pilot who can steer the dredger in November.",
            [("indirect", "a pilot who can steer the dredger in November", "Tomas Reyland")],
            id="a-month-of-a-relative-clause",
        ),
        pytest.param(
            "Ilse Marrow welcomed the dredging permits issued in May.",
            [("indirect", "the dredging permits issued in May", "Ilse Marrow")],
            id="a-month-of-a-participle",
        ),
        # negative row: a month closing the object is when the verdict was given
        pytest.param(
            "Ilse Marrow touted the new breakwater in March.",
            [("indirect", "the new breakwater", "Ilse Marrow")],
            id="a-month-closing-the-object-stays-out",
        ),
    ],
)
def test_month_after_object(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ilse Marrow questioned Reyland's tactics, his judgment, his budget and his temper.",
            [("indirect", "Reyland's tactics, his judgment, his budget and his temper", "Ilse Marrow")],
            id="a-list-of-noun-phrases",
        ),
        pytest.param(
            "Tomas Reyland supported Ilse Marrow, Ana Fjell and Oskar Brandt.",
            [("indirect", "Ilse Marrow, Ana Fjell and Oskar Brandt", "Tomas Reyland")],
            id="a-list-of-names",
        ),
        pytest.param(
            "Ilse Marrow wants lower fares, two new ferries and a new pier, but the board refused.",
            [("indirect", "lower fares, two new ferries and a new pier", "Ilse Marrow")],
            id="a-list-up-to-a-contrast",
        ),
        pytest.param(
            "Ilse Marrow urged the council to restore the night ferry, the pilot school and the fish market.",
            [
                (
                    "indirect",
                    "the council to restore the night ferry, the pilot school and the fish market",
                    "Ilse Marrow",
                )
            ],
            id="a-list-inside-an-infinitive",
        ),
        # negative rows: unchanged
        pytest.param(
            "A harbour survey shows Reyland ahead 3 points, Coast Poll 4.1 points and Pier Watch 2 points.",
            [("indirect", "Reyland ahead 3 points", "A harbour survey")],
            id="clauses-without-their-verb-are-no-list",
        ),
        pytest.param(
            "Ilse Marrow praised Jon Vale, a harbour official who oversees the docks and the pier.",
            [("indirect", "Jon Vale", "Ilse Marrow")],
            id="an-apposition-after-a-name-is-no-list",
        ),
        pytest.param(
            "Ilse Marrow wants lower fares, two new ferries, which the yard cannot build, and a pier.",
            [("indirect", "lower fares", "Ilse Marrow")],
            id="a-relative-clause-breaks-the-list",
        ),
    ],
)
def test_list_after_object(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(sentence) == expected
