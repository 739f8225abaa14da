"""A call made in one word: "called for restraint", "urged calm", "demanded justice" report the call, as a
longer object does; a pronoun, a word of quantity or a word that goes on into the sentence is no such call.
A denial or an admission of two words ("denied any wrongdoing") reports its object too (sentences written for
these tests; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from ._quote_helpers import lead_records

LEAD = "Border clashes\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Foreign Minister Ilse Marrow called for restraint.",
            [("indirect", "restraint", "Foreign Minister Ilse Marrow")],
            id="called-for-one-noun",
        ),
        pytest.param(
            "The Dunmore envoy urged calm.",
            [("indirect", "calm", "The Dunmore envoy")],
            id="urged-one-noun",
        ),
        pytest.param(
            "Protesters in Ashby demanded accountability.",
            [("indirect", "accountability", "Protesters in Ashby")],
            id="demanded-one-noun",
        ),
        pytest.param(
            "Tomas Reyland called for restraint, saying the border towns could not take another week of"
            " shelling.",
            [
                ("indirect", "restraint", "Tomas Reyland"),
                ("indirect", "the border towns could not take another week of shelling", "Tomas Reyland"),
            ],
            id="one-noun-before-a-participle",
        ),
        pytest.param(
            "Tomas Reyland called for restraint on both sides.",
            [("indirect", "restraint on both sides", "Tomas Reyland")],
            id="longer-object-as-before",
        ),
        pytest.param(
            "The port authority denied any wrongdoing.",
            [("indirect", "any wrongdoing", "The port authority")],
            id="denied-a-two-word-object",
        ),
        pytest.param(
            "Tomas Reyland admitted his mistakes.",
            [("indirect", "his mistakes", "Tomas Reyland")],
            id="admitted-a-two-word-object",
        ),
        pytest.param("Tomas Reyland denied it.", [], id="denied-a-pronoun-is-no-report"),
        pytest.param("The Dunmore envoy urged them.", [], id="pronoun-is-no-call"),
        pytest.param("The Dunmore envoy urged residents.", [], id="urged-people-is-no-call"),
        pytest.param("The Dunmore envoy demanded more.", [], id="quantity-is-no-call"),
        pytest.param("The Dunmore envoy called for help.", [], id="a-cry-for-help-is-no-call"),
        pytest.param(
            "The envoy called for Dunmore.",
            [],
            id="a-name-is-no-call",
        ),
    ],
)
def test_call_in_one_word(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert lead_records(LEAD, sentence) == expected
