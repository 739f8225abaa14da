"""Coalitions in the twenty-fourth session's copy: denials written with "n't" before a verb of seeing or
calling ("I wouldn't describe it as an alliance"), "not ... have" or "not see" before an indefinite bloc,
claims rejected with an adjective before "claims", and a question about a bloc formed in the past tense.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _first(text: str) -> tuple[str, str, list[str]]:
    """(text, polarity, member codes) of the text's first coalition mention."""
    c = analyze(f"Summit talks\n\n{text}").coalitions[0]
    return (c.text, c.polarity, sorted(m.code or m.name for m in c.members))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“I wouldn't describe it as an alliance,” the envoy said.",
            ("an alliance", "negated", []),
            id="wouldnt-describe-as",
        ),
        pytest.param(
            "“I would not say we have a formal alliance with Chile,” the envoy said.",
            ("a formal alliance with Chile", "negated", ["CHL"]),
            id="not-say-we-have",
        ),
        pytest.param(
            "“We do not see a military alliance between Minsk and Hanoi,” she said.",
            ("a military alliance between Minsk and Hanoi", "negated", ["BLR", "VNM"]),
            id="do-not-see",
        ),
        pytest.param(
            "The ministry dismissed Western claims that Minsk and Hanoi had formed a naval alliance.",
            ("a naval alliance", "negated", ["BLR", "VNM"]),
            id="dismissed-adjective-claims",
        ),
        pytest.param(
            "He rejected US claims that Cuba had joined a military alliance with Belarus.",
            ("a military alliance with Belarus", "negated", ["BLR", "CUB"]),
            id="rejected-claims-joined",
        ),
        pytest.param(
            "Asked whether Cuba and Belarus had now formed an alliance, he said the talks were technical.",
            ("an alliance", "hypothetical", ["BLR", "CUB"]),
            id="asked-whether-formed",
        ),
        pytest.param(
            "“We have not yet seen the alliance act,” she said of NATO.",
            ("the alliance", "asserted", []),
            id="guard-a-definite-bloc-not-yet-seen",
        ),
    ],
)
def test_more_shapes_deny_or_question_a_bloc(text: str, expected: tuple[str, str, list[str]]) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The P5 issued a joint statement on arms control.", "P5", id="p5"),
        pytest.param("The Alliance of Small Island States walked out of the talks.", "AOSIS", id="aosis"),
        pytest.param("BASIC ministers met in Delhi before the summit.", "BASIC", id="basic"),
        pytest.param("The Like-Minded Developing Countries rejected the text.", "LMDC", id="lmdc"),
        pytest.param("The Umbrella Group backed the finance goal.", "UMBRELLA_GROUP", id="umbrella-group"),
        pytest.param("The EIG asked for a review clause.", "EIG", id="eig"),
        pytest.param("The African Group of Negotiators called for a new fund.", "AGN", id="agn"),
        pytest.param("The High Ambition Coalition met in Bonn.", "HIGH_AMBITION_COALITION", id="hac"),
        pytest.param("The New Agenda Coalition tabled a paper.", "NEW_AGENDA_COALITION", id="nac"),
        pytest.param("The Melanesian Spearhead Group met in Port Vila.", "MSG", id="msg"),
        pytest.param("OECS leaders met in Castries.", "OECS", id="oecs"),
        pytest.param("The OECD cut its forecast for the euro zone.", "OECD", id="oecd"),
        pytest.param("The Minerals Security Partnership added two members.", "MSP", id="msp"),
        pytest.param("Seoul weighed joining the Chip 4 alliance.", "CHIP4", id="chip4"),
        pytest.param("The G77 and China walked out of the session.", "G77", id="guard-the-g77-and-china"),
        pytest.param("The Knicks sold out MSG again on Friday.", None, id="guard-msg-is-an-arena"),
    ],
)
def test_more_negotiating_blocs_and_groupings_are_known(text: str, expected: str | None) -> None:
    assert [c.id for c in analyze(f"Talks\n\n{text}").coalitions] == ([expected] if expected else [])


def test_the_g77_and_china_is_one_name_with_no_leader() -> None:
    (c,) = analyze("Talks\n\nThe G77 and China rejected the draft text.").coalitions
    assert (c.text, c.leader) == ("The G77 and China", None)


def test_human_rights_and_aid_organisations_are_no_blocs() -> None:
    text = "Amnesty International and Human Rights Watch said MSF and the ICRC had no access to the camps."
    assert analyze(f"Camps\n\n{text}").coalitions == ()


@pytest.mark.parametrize(
    "follow_up",
    [
        pytest.param("The group said the camps were full.", id="the-group"),
        pytest.param("The organization urged the ministers to act.", id="the-organization"),
    ],
)
def test_a_follow_up_after_a_rights_organisation_means_it_and_no_bloc(follow_up: str) -> None:
    text = f"EU ministers met in Brussels. Human Rights Watch released a report on Tuesday. {follow_up}"
    assert [c.text for c in analyze(f"Camps\n\n{text}").coalitions] == ["EU"]


def test_guard_a_follow_up_right_after_a_bloc_still_means_it() -> None:
    text = "EU ministers met in Brussels. The bloc said the camps were full."
    assert [c.id for c in analyze(f"Camps\n\n{text}").coalitions] == ["EU", "EU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pacific Islands Forum leaders met in Honiara. The Forum has shown it can act.",
            ["PIF", "PIF"],
            id="the-forum-capitalised",
        ),
        pytest.param(
            "NATO defence ministers met in Brussels. The Alliance agreed to spend more.",
            ["NATO", "NATO"],
            id="natos-own-style",
        ),
        pytest.param(
            "NATO defence ministers met in Brussels. In Belfast, the Alliance party gained seats.",
            ["NATO"],
            id="guard-a-party",
        ),
        pytest.param(
            "NATO defence ministers met in Brussels. The Alliance for Progress opened a school.",
            ["NATO"],
            id="guard-a-longer-name",
        ),
        pytest.param("Voters in Belfast backed the Alliance on Thursday.", [], id="guard-no-nato-before"),
        pytest.param(
            "The World Economic Forum opened in Davos. The Forum said growth would slow.",
            [],
            id="guard-no-bloc-forum-before",
        ),
    ],
)
def test_a_capitalised_follow_up_in_a_body_s_own_style(text: str, expected: list[str]) -> None:
    assert [c.id for c in analyze(f"Summit\n\n{text}").coalitions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The party won 81 seats in the election, short of a majority in parliament. Its leaders "
            "insisted the coalition remained firm.",
            [],
            id="the-coalition-amid-seats-and-parties",
        ),
        pytest.param(
            "The opposition party lost seats in the election. Analysts said the alliance faced a hard road.",
            [],
            id="the-alliance-amid-an-election",
        ),
        pytest.param(
            "NATO ministers met in Brussels after the election. The party leader said the alliance was "
            "strong.",
            ["NATO", "NATO"],
            id="guard-a-bloc-named-before",
        ),
        pytest.param(
            "Coalition jets struck targets near Raqqa overnight. The coalition said ten fighters were "
            "killed.",
            [None, None],
            id="guard-no-talk-of-parties",
        ),
    ],
)
def test_a_bare_follow_up_amid_domestic_politics_with_no_bloc_named_is_no_bloc(
    text: str, expected: list[str | None]
) -> None:
    assert [c.id for c in analyze(f"Vote count\n\n{text}").coalitions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Australia, the United States and Britain are partners in AUKUS.",
            ["AUS", "GBR", "USA"],
            id="partners-in",
        ),
        pytest.param(
            "The BRICS bloc, which counts Russia, China and the UAE among its members, met in Kazan.",
            ["ARE", "CHN", "RUS"],
            id="counts-among-its-members",
        ),
        pytest.param("NATO counts 32 members.", [], id="guard-a-count-no-list"),
    ],
)
def test_more_ways_of_naming_a_known_body_s_members(text: str, expected: list[str]) -> None:
    assert _first(text)[2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Malaysia prepares to assume the ASEAN chairmanship next year.", ["MYS"], id="prepares-to-assume"
        ),
        pytest.param(
            "Malaysia will take over the ASEAN chairmanship next year.", ["MYS"], id="will-take-over"
        ),
    ],
)
def test_the_state_about_to_chair_a_standing_body_is_a_member(text: str, expected: list[str]) -> None:
    assert _first(text)[2] == expected


def test_a_bloc_right_after_whether_is_asked_about() -> None:
    text = "Asked whether a formal defence pact with Iran was on the table, he said no."
    assert _first(text)[1] == "hypothetical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Greece, a NATO and European Union member, will send a delegation.",
            ("NATO", "asserted"),
            id="two-bodies-sharing-member",
        ),
        pytest.param(
            "Tokyo wants an Asian NATO and a bigger navy.", (None, "hypothetical"), id="guard-a-likeness"
        ),
    ],
)
def test_a_body_sharing_a_member_noun_with_another_is_no_likeness(
    text: str, expected: tuple[str | None, str]
) -> None:
    c = analyze(f"Summit\n\n{text}").coalitions[0]
    assert (c.id, c.polarity) == expected
