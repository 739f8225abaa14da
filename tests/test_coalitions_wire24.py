"""Coalitions at home and among civil society, in wire copy: a state's own "governing coalition" and a
party "bloc in parliament" are coalitions of parties, and "a coalition of civil society groups" or "of
human rights organisations" one of non-state bodies, so none is reported; states and armed groups joined
the same way still are. A state readmitted to a body or acceding to an alliance is a member, and a bloc
said to be far off or not sought is negated.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Israel's governing coalition voted for the budget late on Monday.", id="governing"),
        pytest.param(
            "Poland's governing coalition, made up of three parties, backed the bill.", id="governing-listed"
        ),
        pytest.param(
            "A lawmaker from the Fatah bloc in parliament said the vote was rigged.", id="bloc-in-parliament"
        ),
        pytest.param(
            "The Sadrist alliance in the Iraqi parliament walked out of the session.", id="in-the-parliament"
        ),
        pytest.param(
            "A coalition of civil society groups from four countries wrote to the commission.",
            id="civil-society",
        ),
        pytest.param(
            "A coalition of human rights organisations urged Ankara to free the detainees.",
            id="rights-bodies",
        ),
        pytest.param(
            "A coalition of faith groups in Kenya called for calm after the vote.", id="faith-groups"
        ),
        pytest.param(
            "A coalition of journalists and lawyers sued the ministry in Nairobi.", id="professions"
        ),
    ],
)
def test_coalitions_of_parties_or_civil_society_are_not_reported(text: str) -> None:
    assert find_coalitions(text) == ()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "A coalition of rebel groups seized the northern town of Kidal.",
            "A coalition of rebel groups",
            id="armed",
        ),
        pytest.param(
            "A coalition of Gulf states backed the ceasefire plan.", "A coalition of Gulf states", id="states"
        ),
        pytest.param(
            "The Western bloc in the UN General Assembly voted against the motion.",
            "The Western bloc",
            id="un-assembly",
        ),
    ],
)
def test_coalitions_of_states_or_armed_groups_still_are(text: str, surface: str) -> None:
    assert [c.text for c in find_coalitions(text)] == [surface]


@pytest.mark.parametrize(
    ("text", "surface", "member"),
    [
        pytest.param(
            "Syria, which was readmitted to the Arab League in 2023, sent a delegation.",
            "the Arab League",
            "SYR",
            id="readmitted",
        ),
        pytest.param(
            "Since Sweden acceded to the alliance in March, exercises have grown.",
            "the alliance",
            "SWE",
            id="acceded",
        ),
    ],
)
def test_a_state_admitted_or_acceding_is_a_member(text: str, surface: str, member: str) -> None:
    (c,) = find_coalitions(text)
    assert (c.text, [m.code for m in c.members]) == (surface, [member])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "Officials insist the Quad is far from a military bloc.", "a military bloc", id="far-from"
        ),
        pytest.param("The SCO is still far from being an alliance.", "an alliance", id="far-from-being"),
        pytest.param(
            "Tokyo was not seeking a formal alliance with New Delhi, the minister said.",
            "a formal alliance with New Delhi",
            id="not-seeking",
        ),
    ],
)
def test_a_bloc_the_text_says_is_far_off_or_not_sought_is_negated(text: str, surface: str) -> None:
    got = {c.text: c.polarity for c in find_coalitions(text)}
    assert got[surface] == "negated"
