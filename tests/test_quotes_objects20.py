"""Where a reported object ends: a reason ("because ...") or a term ("until ...") the speaker gave goes on
with the object, while a time ("since 2019", "after the vote", "during the debate") or a clause of contrast
ends it; a quoted word that modifies the noun after it ("the “rigged” count of the ballot") goes on to
that noun's phrase (sentences written for these tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import lead_records

LEAD = "Harbour levy disputed\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Senator Alda Prewitt opposed the harbour levy because it would hit the smaller yards hardest.",
            [
                (
                    "indirect",
                    "the harbour levy because it would hit the smaller yards hardest",
                    "Senator Alda Prewitt",
                )
            ],
            id="because-goes-on",
        ),
        pytest.param(
            "Ilse Marrow urged the council to wait until the audit of the ferry accounts was finished.",
            [
                (
                    "indirect",
                    "the council to wait until the audit of the ferry accounts was finished",
                    "Ilse Marrow",
                )
            ],
            id="until-goes-on",
        ),
        pytest.param(
            "Senator Alda Prewitt has opposed the harbour levy since it was first proposed in 2019.",
            [("indirect", "the harbour levy", "Senator Alda Prewitt")],
            id="since-ends-it",
        ),
        pytest.param(
            "Tomas Reyland criticized the new rota during a debate on the pier.",
            [("indirect", "the new rota", "Tomas Reyland")],
            id="during-ends-it",
        ),
        pytest.param(
            "Tomas Reyland denounced the “rigged” count of the harbour ballot at the meeting.",
            [("mixed", "the “rigged” count of the harbour ballot at the meeting", "Tomas Reyland")],
            id="quoted-modifier-then-its-noun",
        ),
        pytest.param(
            "Ilse Marrow criticized the “rushed” rota and vowed to fight it in court.",
            [
                ("mixed", "the “rushed” rota", "Ilse Marrow"),
                ("indirect", "to fight it in court", "Ilse Marrow"),
            ],
            id="quoted-modifier-ends-before-and",
        ),
    ],
)
def test_where_a_reported_object_ends(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert lead_records(LEAD, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The audit concluded that at the two busiest harbours, which handle most of Dunmore's freight,"
            " pilots have worked double shifts since May.",
            [
                (
                    "indirect",
                    "at the two busiest harbours, which handle most of Dunmore's freight, pilots have worked"
                    " double shifts since May",
                    "The audit",
                )
            ],
            id="relative-inside-a-fronted-place",
        ),
        pytest.param(
            "Tomas Reyland said that in 2019, while the mayor was away, the council sold the pier.",
            [("indirect", "in 2019, while the mayor was away, the council sold the pier", "Tomas Reyland")],
            id="while-clause-inside-a-fronted-time",
        ),
        pytest.param(
            "The dockers argue that, while the levy may lower fares, crews will not see the savings.",
            [("indirect", "while the levy may lower fares, crews will not see the savings", "The dockers")],
            id="that-then-a-comma-and-a-clause-of-its-own",
        ),
        pytest.param(
            "Tomas Reyland said the council sold the pier, which angered the ferry crews.",
            [("indirect", "the council sold the pier", "Tomas Reyland")],
            id="relative-after-the-verb-still-ends-it",
        ),
    ],
)
def test_a_clause_opened_by_a_fronted_phrase_goes_on_to_its_verb(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert lead_records(LEAD, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ilse Marrow earlier in the day praised the crews repairing the pier.",
            [("indirect", "the crews repairing the pier", "Ilse Marrow")],
            id="earlier-in-the-day",
        ),
        pytest.param(
            "Tomas Reyland later in the day said the pier would reopen.",
            [("indirect", "the pier would reopen", "Tomas Reyland")],
            id="later-in-the-day",
        ),
        pytest.param(
            "Tomas Reyland, who’s been loudly calling for stricter harbour rules, said the pier was unsafe.",
            [
                ("indirect", "stricter harbour rules", "Tomas Reyland"),
                ("indirect", "the pier was unsafe", "Tomas Reyland"),
            ],
            id="contracted-progressive-with-an-adverb",
        ),
        pytest.param(
            "Ilse Marrow is now repeatedly calling for a new pier at Ashby.",
            [("indirect", "a new pier at Ashby", "Ilse Marrow")],
            id="progressive-with-two-adverbs",
        ),
        pytest.param(
            "The harbour master the next day said the pier would reopen.",
            [("indirect", "the pier would reopen", "The harbour master")],
            id="the-next-day-after-a-role",
        ),
    ],
)
def test_words_between_the_subject_and_its_verb(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert lead_records(LEAD, sentence) == expected
