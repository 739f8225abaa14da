"""Coalition faults a probe of wire-style articles found: labels, leaders, members, counts and polarity.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import one_coalition as _one


@pytest.mark.parametrize(
    ("text", "surface", "label", "leader", "members", "count"),
    [
        pytest.param(
            "The African Union met in Addis Ababa. Kenya backed the so-called 'coalition of the hopeful'"
            " - a group of about 20 countries led by Ghana and Senegal - in its bid for debt relief.",
            "the so-called 'coalition of the hopeful' - a group of about 20 countries"
            " led by Ghana and Senegal",
            "coalition of the hopeful",
            "GHA",
            {"GHA", "SEN"},
            20,
            id="labelled-coalition-with-counted-apposition",
        ),
        pytest.param(
            "A group of forty countries led by Norway pledged funds in Oslo.",
            "A group of forty countries led by Norway",
            None,
            "NOR",
            set(),
            40,
            id="group-of-counted-countries",
        ),
        pytest.param(
            "The Russia-led Eurasian Economic Union, which includes five member states, met in Minsk.",
            "The Russia-led Eurasian Economic Union",
            "Eurasian Economic Union",
            "RUS",
            set(),
            5,
            id="led-before-a-known-name-and-count-in-a-relative",
        ),
    ],
)
def test_labels_leaders_and_counts(
    text: str, surface: str, label: str | None, leader: str | None, members: set[str], count: int | None
) -> None:
    c = _one(text, surface)
    assert c.label == label
    assert (c.leader.code if c.leader else None) == leader
    assert {a.code for a in c.members} >= members
    assert c.member_count == count


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            "Officials in Cairo said there was no talk of an Arab military alliance beyond the Arab League.",
            "an Arab military alliance",
            "negated",
            id="denied-descriptive-alliance-is-no-known-body",
        ),
    ],
)
def test_descriptive_mentions_under_negation(text: str, surface: str, polarity: str) -> None:
    c = _one(text, surface)
    assert c.polarity == polarity
    assert c.id is None


def test_a_denied_description_of_a_known_body_names_no_body() -> None:
    text = "There is no plan to set up an Islamic military alliance, a Jordanian official told reporters."
    c = _one(text, "an Islamic military alliance")
    assert (c.id, c.polarity) == (None, "negated")
    text = "Riyadh unveiled an Islamic military alliance of 34 states in December."
    assert _one(text, "an Islamic military alliance of 34 states").id == "IMCTC"


@pytest.mark.parametrize(
    ("text", "surface", "polarity", "label"),
    [
        pytest.param(
            "A defence pact between Serbia and Belarus does not exist, a spokesman in Belgrade said.",
            "A defence pact between Serbia and Belarus",
            "negated",
            None,
            id="predicate-denies-existence",
        ),
        pytest.param(
            "Pressed on whether the grouping might one day turn into a military alliance, she demurred.",
            "a military alliance",
            "hypothetical",
            None,
            id="might-turn-into",
        ),
        pytest.param(
            'Any "Pacific NATO" would alarm Beijing, the adviser warned.',
            'Any "Pacific NATO"',
            "hypothetical",
            "Pacific NATO",
            id="any-before-a-likened-body",
        ),
        pytest.param(
            'Analysts wondered if the accord could become the core of a broader "Gulf NATO" over time.',
            'a broader "Gulf NATO"',
            "hypothetical",
            "Gulf NATO",
            id="adjective-before-a-quoted-likened-body",
        ),
    ],
)
def test_polarity_of_denied_and_supposed_blocs(
    text: str, surface: str, polarity: str, label: str | None
) -> None:
    c = _one(text, surface)
    assert (c.polarity, c.label, c.id) == (polarity, label, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Opec and allies including Mexico and Azerbaijan will meet online on Thursday.",
            [("Opec", "OPEC"), ("allies", "OPEC_PLUS")],
            id="opec-and-allies-is-opec-plus",
        ),
        pytest.param(
            "Opec and its allies, chaired by Riyadh, will review quotas next month.",
            [("Opec", "OPEC"), ("its allies, chaired by Riyadh", "OPEC_PLUS")],
            id="opec-and-its-allies-is-opec-plus",
        ),
        pytest.param(
            "Togo argued with the West African economic bloc ECOWAS over trade rules.",
            [("the West African economic bloc ECOWAS", "ECOWAS")],
            id="bloc-noun-then-acronym-is-one-mention",
        ),
    ],
)
def test_names_and_formats(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.id) for c in find_coalitions(text)] == expected


def test_a_camp_inside_a_longer_name_is_no_actor() -> None:
    c = _one("Guinea has left the West African economic bloc.", "the West African economic bloc")
    assert c.leader is None and not c.members


def test_opec_plus_members_after_and_allies() -> None:
    c = _one("Opec and allies including Mexico and Azerbaijan will meet online on Thursday.", "allies")
    assert {a.code for a in c.members} == {"MEX", "AZE"}


def test_a_second_predicate_takes_the_sentence_subject() -> None:
    text = (
        "Egypt joined Brics, the club founded by Brazil, Russia and India among others, last year,"
        " and later was admitted to the Shanghai Cooperation Organisation."
    )
    sco = _one(text, "the Shanghai Cooperation Organisation")
    assert [a.code for a in sco.members] == ["EGY"]


@pytest.mark.parametrize(
    ("text", "surface", "members", "polarity"),
    [
        pytest.param(
            "Tokyo will defend its ally Australia if its ships come under fire, the minister said.",
            "its ally Australia",
            {"JPN", "AUS"},
            "asserted",
            id="ally-named-in-apposition",
        ),
        pytest.param(
            "Serbia, which critics have long accused of serving as Beijing's ally in the Balkans, denied it.",
            "Beijing's ally",
            {"CHN", "SRB"},
            "hedged",
            id="accused-of-serving-as-an-ally",
        ),
        pytest.param(
            "Syria's ally Hezbollah shelled the hills overnight.",
            "Syria's ally Hezbollah",
            {"SYR", "HEZBOLLAH"},
            "asserted",
            id="ally-named-before-a-verb",
        ),
        pytest.param(
            "Tehran mourned its ally Hezbollah commander Ali Nasser in a ceremony.",
            "its ally",
            {"IRN"},
            "asserted",
            id="name-that-qualifies-a-person-is-no-ally",
        ),
        pytest.param(
            "Laos remains Vietnam's closest ally in the region.",
            "Vietnam's closest ally",
            {"VNM", "LAO"},
            "asserted",
            id="subject-of-remains",
        ),
        pytest.param(
            'Aides insisted that Belarus remained "a loyal ally of Moscow" despite the row.',
            "a loyal ally of Moscow",
            {"RUS", "BLR"},
            "asserted",
            id="quoted-ally-of",
        ),
        pytest.param(
            "Oman, a quiet ally of Britain, hosted the talks.",
            "a quiet ally of Britain",
            {"GBR", "OMN"},
            "asserted",
            id="apposition-ally-of",
        ),
    ],
)
def test_one_ally_names_two_parties(text: str, surface: str, members: set[str], polarity: str) -> None:
    c = _one(text, surface)
    assert {a.code for a in c.members} == members
    assert c.leader is None
    assert c.polarity == polarity


def test_an_attack_on_the_ally_makes_no_adversary() -> None:
    text = (
        "Canberra will stand by its ally New Zealand, and any attack on New Zealand vessels would"
        " trigger its treaty duties, an official said."
    )
    c = _one(text, "its ally New Zealand")
    assert not c.adversaries


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "Armenia and Georgia are expanding trade across their border but have no intention to form a"
            " military alliance, Armenian Deputy Foreign Minister Ara Khachatryan said.",
            "a military alliance",
            {"ARM", "GEO"},
            id="far-opening-subject-not-the-attribution-demonym",
        ),
        pytest.param(
            "Chad, Sudan and Libya signed a border accord in March. The three states, which formed a"
            " regional alliance a year later, meet again in June.",
            "a regional alliance",
            {"TCD", "SDN", "LBY"},
            id="group-anaphor-subject-of-a-relative",
        ),
    ],
)
def test_members_from_far_or_anaphoric_subjects(text: str, surface: str, members: set[str]) -> None:
    assert {a.code for a in _one(text, surface).members} == members


def test_a_complement_clause_has_a_subject_of_its_own() -> None:
    text = "Peru and Chile warned on Friday that their neighbours could soon form a bloc against them."
    assert not _one(text, "a bloc").members


def test_the_coalition_means_no_standing_body() -> None:
    text = (
        "NATO ministers met in Vilnius on Tuesday. Officials said the regional coalition against piracy"
        " would expand its patrols."
    )
    c = _one(text, "the regional coalition")
    assert c.id is None


def test_the_opening_subject_after_a_dateline() -> None:
    text = (
        "ASTANA, March 3 (Reuters) - Kazakhstan and Uzbekistan are boosting water cooperation but have no"
        " plans to form a security bloc, officials said."
    )
    assert {a.code for a in _one(text, "a security bloc").members} == {"KAZ", "UZB"}


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "Tokyo and Canberra are bound by a 2022 reciprocal defence pact, diplomats noted.",
            "a 2022 reciprocal defence pact",
            {"JPN", "AUS"},
            id="bound-by",
        ),
        pytest.param(
            "Athens and Paris are signatories to a strategic defence treaty signed in 2021.",
            "a strategic defence treaty",
            {"GRC", "FRA"},
            id="signatories-to",
        ),
    ],
)
def test_parties_to_a_pact(text: str, surface: str, members: set[str]) -> None:
    assert {a.code for a in _one(text, surface).members} == members


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'The envoy accused rivals of "drawing up blocs where none exist" in the region.', id="none"
        ),
        pytest.param('He accused Washington of "seeing alliances that do not exist".', id="do-not-exist"),
    ],
)
def test_blocs_said_not_to_exist_are_not_asserted(text: str) -> None:
    assert all(c.polarity != "asserted" for c in find_coalitions(text))


def test_a_format_named_after_its_body() -> None:
    text = "Kyiv wants to revive the OSCE Trilateral Contact Group, co-chaired by Germany and France, soon."
    c = _one(text, "the OSCE Trilateral Contact Group, co-chaired by Germany and France")
    assert (c.id, c.label) == (None, "OSCE Trilateral Contact Group")
    assert c.leader is not None and c.leader.code == "OSCE"
    assert {a.code for a in c.members} == {"DEU", "FRA"}


def test_the_group_led_by_states_is_the_body_just_named() -> None:
    text = (
        "OPEC+ kept its output targets on Thursday, while the group led by Riyadh and Moscow"
        " signalled it could act again in June."
    )
    c = _one(text, "the group led by Riyadh and Moscow")
    assert c.id == "OPEC_PLUS"
    assert c.leader is not None and c.leader.code == "SAU"


def test_a_headline_subject_joined_by_a_comma_signs_the_pact() -> None:
    c = _one("Egypt, Sudan sign joint defence pact", "joint defence pact")
    assert {a.code for a in c.members} == {"EGY", "SDN"}


@pytest.mark.parametrize(
    ("text", "surface", "count"),
    [
        pytest.param(
            "Qatar quit Opec in 2019. Its departure shrank the organisation to 13 members.",
            "the organisation",
            13,
            id="shrank-to",
        ),
        pytest.param("North Macedonia's entry took NATO to 30 member states.", "NATO", 30, id="took-to"),
    ],
)
def test_a_count_the_body_is_brought_to(text: str, surface: str, count: int) -> None:
    assert _one(text, surface).member_count == count


def test_we_in_a_quotation_is_the_speakers_state() -> None:
    from geoquote import analyze

    text = '"We will not build a defence bloc aimed at anyone," Chilean Defence Minister Ana Soto said.'
    (c,) = analyze(text).coalitions
    assert [a.code for a in c.members] == ["CHL"]
    assert c.polarity == "negated"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Japan has long criticised plans to form a nuclear-sharing alliance in Asia.", id="plans-noun"
        ),
        pytest.param(
            "European capitals called it a sign of a deepening alliance between Minsk and Moscow.",
            id="sign-noun",
        ),
    ],
)
def test_no_member_from_a_subject_that_only_speaks_of_the_bloc(text: str) -> None:
    (c,) = find_coalitions(text)
    assert {a.code for a in c.members} <= {"BLR", "RUS"}
    assert all(a.code not in ("JPN", "WEST") for a in c.members)


def test_a_counted_anaphor_takes_the_states_just_listed() -> None:
    text = (
        "Defence chiefs of Norway, Sweden and Finland met in Tromso on Monday. In a statement, officers"
        " of the three-nation grouping said they would pool air patrols."
    )
    c = _one(text, "the three-nation grouping")
    assert [a.code for a in c.members] == ["NOR", "SWE", "FIN"]
    text = "Defence chiefs of Norway and Sweden met. The five-nation grouping said it would expand."
    assert not _one(text, "The five-nation grouping").members


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "The envoy said that Nato members must spend more.", "Nato members", id="that-before-plural"
        ),
        pytest.param("That Asean summit ended without a statement.", "Asean", id="that-on-the-summit"),
    ],
)
def test_a_determiner_that_is_not_the_bodys(text: str, surface: str) -> None:
    assert [c.text for c in find_coalitions(text)] == [surface]


def test_no_adversary_from_a_clause_with_its_own_subject() -> None:
    text = (
        "Iran and Belarus signed a strategic defence pact in May, and Tehran has shipped drones to back"
        " Moscow's offensive against Ukraine, officials say."
    )
    c = _one(text, "a strategic defence pact")
    assert {a.code for a in c.members} == {"IRN", "BLR"}
    assert not c.adversaries


def test_the_source_after_a_comma_is_no_member() -> None:
    text = (
        "HANOI, June 9 (Reuters) - Vietnam and Laos are widening rail links but have no intention to form a"
        " military bloc, the Vietnamese government said."
    )
    assert {a.code for a in _one(text, "a military bloc").members} == {"VNM", "LAO"}


def test_a_pact_growing_into_a_full_alliance_is_supposed() -> None:
    text = "A senator asked whether the accord might ever grow into a full-fledged alliance."
    assert _one(text, "a full-fledged alliance").polarity == "hypothetical"


def test_a_camp_starting_a_longer_name_is_no_hit() -> None:
    from geoquote._actors import default_gazetteer
    from geoquote._coalition_actors import matcher_for

    hits = matcher_for(default_gazetteer()).hits("Troops left the West Bank on Monday.")
    assert "WEST" not in {h.entry.code for h in hits}
    hits = matcher_for(default_gazetteer()).hits("Tehran blamed the West for the sanctions.")
    assert "WEST" in {h.entry.code for h in hits}


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            "Cairo ruled out a joint Arab defence alliance for the Red Sea.",
            "a joint Arab defence alliance",
            "negated",
        ),
        pytest.param(
            "Seoul rejected the idea of a Northeast Asian security bloc.",
            "a Northeast Asian security bloc",
            "negated",
        ),
        pytest.param(
            "Baghdad rejected the US-led coalition's request for new bases.",
            "the US-led coalition",
            "asserted",
        ),
    ],
)
def test_a_bloc_ruled_out_before_it_exists(text: str, surface: str, polarity: str) -> None:
    assert _one(text, surface).polarity == polarity


@pytest.mark.parametrize(
    ("text", "surface", "leader"),
    [
        pytest.param(
            "Aid chiefs hailed the so-called 'coalition of donors' - about 15 nations led by Norway - today.",
            "the so-called 'coalition of donors' - about 15 nations led by Norway",
            "NOR",
            id="counted-aside-after-a-labelled-coalition",
        ),
        pytest.param(
            "Donors praised the so-called 'friends of Sudan' - some 20 states led by Norway - for the aid.",
            "the so-called 'friends of Sudan' - some 20 states led by Norway",
            "NOR",
            id="apposition-without-group-noun",
            marks=pytest.mark.xfail(
                strict=True, reason="'friends' is no coalition noun: a label without one is not found"
            ),
        ),
    ],
)
def test_known_gaps(text: str, surface: str, leader: str) -> None:
    c = _one(text, surface)
    assert c.leader is not None and c.leader.code == leader


@pytest.mark.xfail(
    strict=True, reason="anaphors look back only: a body named later in the text is not linked"
)
def test_a_description_before_the_name_is_not_linked() -> None:
    text = (
        "There is no room for a new Gulf pact beyond the existing security alliance, he said. The Gulf"
        " Cooperation Council meets in Kuwait next week."
    )
    assert _one(text, "the existing security alliance").id == "GCC"
