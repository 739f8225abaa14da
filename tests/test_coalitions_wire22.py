"""Coalition mentions in wire copy about the Gulf, the Red Sea and the Baltic: who is in an alignment
named by a relative clause ("The Houthis, who are part of ..."), by "X-aligned" before a known group, or
by the parties that discuss or weigh a pact with another; and an anaphor that says its body is not formed
yet ("the proposed grouping") takes no body named as existing. A capitalised name the gazetteer lacks is
the mention's label ("the Baltic Defence Pact"), and a capitalised head after "X-led" is a coalition, not
a party's name.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes, one_coalition


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "The Houthis, who are part of what Tehran calls the Axis of Resistance, fired two drones.",
            "the Axis of Resistance",
            {"HOUTHIS"},
            id="who-are-part-of",
        ),
        pytest.param(
            "Hezbollah, who are also part of the so-called Axis of Resistance, stayed silent.",
            "the so-called Axis of Resistance",
            {"HEZBOLLAH"},
            id="who-are-also-part-of",
        ),
        pytest.param(
            "The strike was blamed on Iran-aligned Houthis.",
            "Iran-aligned Houthis",
            {"IRN", "HOUTHIS"},
            id="aligned-known-group",
        ),
        pytest.param(
            "The strike was blamed on Iran-aligned Hezbollah fighters.",
            "Iran-aligned Hezbollah fighters",
            {"IRN", "HEZBOLLAH"},
            id="aligned-group-then-noun",
        ),
        pytest.param(
            "The strike was blamed on Iran-aligned Iraqi militias.",
            "Iran-aligned Iraqi militias",
            {"IRN"},
            id="aligned-demonym-locates-only",
        ),
        pytest.param(
            "Oman and Qatar are discussing a maritime security pact with Egypt, officials said.",
            "a maritime security pact with Egypt",
            {"OMN", "QAT", "EGY"},
            id="discussing-a-pact-with",
        ),
        pytest.param(
            "Seoul is weighing a defence pact with Manila.",
            "a defence pact with Manila",
            {"KOR", "PHL"},
            id="weighing-a-pact-with",
        ),
    ],
)
def test_members_of_an_alignment(text: str, surface: str, members: set[str]) -> None:
    c = one_coalition(text, surface)
    assert codes(c)[1] == members
    assert text[c.start : c.end] == c.text


def test_an_unformed_body_is_not_one_named_before() -> None:
    text = (
        "The Saudi-led coalition fighting the Houthis said it had shot down a drone. "
        "The proposed grouping would be separate from that effort, a diplomat said."
    )
    found = {c.text: c for c in find_coalitions(text)}
    assert found["The Saudi-led coalition"].id == "SAUDI_LED_YEMEN"
    assert all(c.id != "SAUDI_LED_YEMEN" for t, c in found.items() if "proposed" in t)


def test_a_formed_body_is_still_its_anaphor() -> None:
    text = "The Saudi-led coalition fighting the Houthis downed a drone. The coalition said two more came."
    ids = [c.id for c in find_coalitions(text)]
    assert ids == ["SAUDI_LED_YEMEN", "SAUDI_LED_YEMEN"]


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        pytest.param(
            "Finland has no plans to join the Baltic Defence Pact, officials in Helsinki said on Monday.",
            "the Baltic Defence Pact",
            "Baltic Defence Pact",
            id="unknown-name-is-the-label",
        ),
        pytest.param(
            "Finland said on Monday it had joined the Arctic Security Alliance set up by Norway and Denmark.",
            "the Arctic Security Alliance",
            "Arctic Security Alliance",
            id="capitalised-security-alliance-is-no-party",
        ),
        pytest.param(
            "Troops of the US-led Coalition arrived in the north of the country on Monday.",
            "the US-led Coalition",
            None,
            id="led-coalition-capitalised-is-found-unlabelled",
        ),
        pytest.param(
            "Troops of the Saudi-led Arab Coalition arrived in the north of the country on Monday.",
            "the Saudi-led Arab Coalition",
            "Arab Coalition",
            id="leader-mark-is-no-part-of-the-label",
        ),
    ],
)
def test_a_name_the_gazetteer_lacks(text: str, surface: str, label: str | None) -> None:
    c = one_coalition(text, surface)
    assert c.label == label
    assert c.id is None


def test_a_capitalised_party_name_is_still_no_coalition() -> None:
    text = "The National Democratic Alliance won the vote in the southern state on Monday."
    assert find_coalitions(text) == ()


def test_speakers_of_their_own_plan_are_its_members() -> None:
    text = (
        "Mali and Niger said on Sunday they would create a joint force to fight jihadist groups such as JNIM."
    )
    c = one_coalition(text, "a joint force")
    assert codes(c) == (None, {"MLI", "NER"}, {"JNIM"})


def test_one_speaker_reporting_what_they_will_do_is_no_member() -> None:
    text = "Moscow said on Sunday they would form a military alliance to fight jihadist groups such as JNIM."
    c = one_coalition(text, "a military alliance")
    assert codes(c)[1] == set()


def test_examples_of_a_target_after_an_aside_are_no_members() -> None:
    text = (
        "Mali, Burkina Faso and Niger, whose rulers formed their Alliance of Sahel States (AES), said they"
        " would send 5,000 troops to fight jihadist groups, including JNIM."
    )
    c = one_coalition(text, "their Alliance of Sahel States (AES)")
    assert "JNIM" not in codes(c)[1]


def test_states_whose_rulers_formed_a_body_are_its_members() -> None:
    text = (
        "Mali, Burkina Faso and Niger, whose military rulers last year formed the Alliance of Sahel States,"
        " said on Sunday they would hold joint drills."
    )
    c = one_coalition(text, "the Alliance of Sahel States")
    assert codes(c)[1] == {"MLI", "BFA", "NER"}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        pytest.param(
            "Russia and China are not a military alliance, officials in both capitals said on Monday.",
            "negated",
            id="denied-predicate",
        ),
        pytest.param(
            "Russia and China are a military alliance in all but name, analysts in Berlin said on Monday.",
            "asserted",
            id="asserted-predicate",
        ),
    ],
)
def test_states_an_alliance_is_predicated_of_are_its_members(text: str, polarity: str) -> None:
    c = one_coalition(text, "a military alliance")
    assert codes(c)[1] == {"RUS", "CHN"}
    assert c.polarity == polarity


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Russia and China insist their partnership is not a military alliance, officials said on Monday.",
            id="their-partnership-is-not",
        ),
        pytest.param(
            "Russia and China say their growing ties are not a military alliance, officials said on Monday.",
            id="their-ties-are-not",
        ),
    ],
)
def test_owners_of_a_bond_denied_to_be_an_alliance_are_its_members(text: str) -> None:
    c = one_coalition(text, "a military alliance")
    assert (codes(c)[1], c.polarity) == ({"RUS", "CHN"}, "negated")


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        pytest.param(
            "Vietnam is not a member of the Trans-Pacific Partnership, a trade pact signed in 2016.",
            "the Trans-Pacific Partnership",
            "TPP",
            id="tpp",
        ),
        pytest.param(
            "Britain joined the CPTPP in December, trade officials said.", "the CPTPP", "CPTPP", id="cptpp"
        ),
        pytest.param(
            "Mexico will review the USMCA with its two partners next year.", "the USMCA", "USMCA", id="usmca"
        ),
    ],
)
def test_trade_blocs_are_known_bodies(text: str, surface: str, code: str) -> None:
    c = one_coalition(text, surface)
    assert (c.id, c.kind) == (code, "economic")


def test_a_superlative_description_apposed_to_a_body_is_the_same_mention() -> None:
    text = "Poland has been a member of NATO, the world’s largest military alliance, since 1999."
    c = one_coalition(text, "NATO, the world’s largest military alliance")
    assert (c.id, codes(c)[1]) == ("NATO", {"POL"})
