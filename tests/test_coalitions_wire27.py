"""Coalitions in the twenty-third session's copy: the state in the chair of a standing body named with
"chaired by" is a member, not its leader ("ECOWAS, chaired by Sierra Leone", "the bloc, chaired this year
by Brazil"), with a word of time before or after the verb; a body that is no standing one keeps its
chair as leader.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _last(text: str) -> tuple[str | None, list[str]]:
    """(leader code, member codes) of the text's last coalition mention."""
    c = analyze(f"Summit talks\n\n{text}").coalitions[-1]
    return (c.leader.code if c.leader else None, [m.code or m.name for m in c.members])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ECOWAS, chaired by Ghana, met in Abuja.", (None, ["GHA"]), id="chaired-by"),
        pytest.param(
            "ECOWAS, currently chaired by Senegal, met in Abuja.", (None, ["SEN"]), id="currently-chaired"
        ),
        pytest.param(
            "BRICS, chaired this year by Brazil, will meet in Kazan.", (None, ["BRA"]), id="chaired-this-year"
        ),
        pytest.param(
            "BRICS leaders met in Kazan. The bloc, chaired this year by India, will meet again in May.",
            (None, ["IND"]),
            id="the-bloc-named-again",
        ),
        pytest.param(
            "The coalition, currently led by France, met in Paris.", ("FRA", []), id="currently-led-is-leader"
        ),
    ],
)
def test_the_chair_of_a_standing_body_is_a_member(text: str, expected: tuple[str | None, list[str]]) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("SAARC has not held a summit since 2014.", "SAARC", id="saarc"),
        pytest.param("BIMSTEC ministers met in Bangkok on Friday.", "BIMSTEC", id="bimstec"),
        pytest.param(
            "Norway leans on the European Free Trade Association for its trade talks.", "EFTA", id="efta"
        ),
        pytest.param("COMESA leaders met in Lusaka.", "COMESA", id="comesa"),
        pytest.param("ECCAS suspended Gabon after the coup.", "ECCAS", id="eccas"),
        pytest.param("Peru asked the Andean Community to act.", "ANDEAN_COMMUNITY", id="andean-community"),
        pytest.param("SICA foreign ministers met in Panama.", "SICA", id="sica"),
        pytest.param("The D-8 summit opened in Cairo.", "D8", id="d8"),
        pytest.param("IBSA ministers met in New York.", "IBSA", id="ibsa"),
        pytest.param("The tariffs strained the US-Mexico-Canada Agreement.", "USMCA", id="usmca-spelt-out"),
    ],
)
def test_more_regional_bodies_are_known(text: str, expected: str) -> None:
    assert [c.id for c in analyze(f"Regional talks\n\n{text}").coalitions] == [expected]


def test_a_known_body_s_members_listed_after_whose_members_are() -> None:
    text = (
        "The European Free Trade Association, whose members are Switzerland, Norway, Iceland and "
        "Liechtenstein, met."
    )
    assert _last(text) == (None, ["CHE", "NOR", "ISL", "LIE"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Laos, which holds the ASEAN chairmanship this year, hosted the summit.",
            (None, ["LAO"]),
            id="which-holds-the-body-s-chairmanship",
        ),
        pytest.param("Malaysia, as the current ASEAN Chair, urged calm.", (None, ["MYS"]), id="as-the-chair"),
        pytest.param(
            "Kuwait holds the GCC rotating presidency this year.", (None, ["KWT"]), id="holds-the-presidency"
        ),
        pytest.param("The summit, as the ASEAN chair noted, failed.", (None, []), id="guard-no-holder"),
    ],
)
def test_the_holder_of_an_office_the_body_s_name_modifies(
    text: str, expected: tuple[str | None, list[str]]
) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "China does not seek to form small circles or exclusive blocs.",
        "“Nobody here is talking about a new military alliance,” the minister said.",
        "Russia and China are not forming cliques or a military alliance.",
    ],
)
def test_more_shapes_of_a_denied_bloc(text: str) -> None:
    assert _polarity(text) == ["negated"]


def _polarity(text: str) -> list[str]:
    return [c.polarity for c in analyze(f"Summit talks\n\n{text}").coalitions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("In Brussels, the German defence minister met his counterparts.", [], id="in-opening"),
        pytest.param("Brussels said the tariffs were unlawful.", ["EU"], id="guard-the-seat-speaks"),
    ],
)
def test_a_seat_after_a_capitalised_preposition_is_the_place(text: str, expected: list[str]) -> None:
    assert [c.id for c in analyze(f"Summit talks\n\n{text}").coalitions] == expected
