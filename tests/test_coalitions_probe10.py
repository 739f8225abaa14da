"""Coalition faults a user's-eye review found in cases docs/concepts.md describes: subjects of "are
allies", places after "in" read as adversaries, co-chairs taken as the leader, and the holder of a rotating
presidency named before the body.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


class TestCoChairs:
    """Each chair of "co-chaired by A and B" is a member; none of them is the leader."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "The group, co-chaired by Norway and Egypt, will meet again in Cairo.",
                "The group, co-chaired by Norway and Egypt",
                {"NOR", "EGY"},
                id="apposed-co-chairs",
            ),
            pytest.param(
                "A coalition, which is co-chaired by Canada and Kenya, drafted the appeal.",
                "A coalition, which is co-chaired by Canada and Kenya",
                {"CAN", "KEN"},
                id="relative-co-chairs",
            ),
        ],
    )
    def test_co_chairs_are_members(self, text: str, surface: str, members: set[str]) -> None:
        leader, got, _ = _codes(_one(text, surface))
        assert leader is None
        assert got == members

    def test_a_single_chair_still_leads(self) -> None:
        c = _one("The coalition, chaired by Canada, drafted the appeal.", "The coalition, chaired by Canada")
        assert _codes(c)[0] == "CAN"


class TestOfficeBefore:
    """An office named before the body ("Under Qatar's presidency, the GCC ...") is a member's turn."""

    @pytest.mark.parametrize(
        ("text", "surface", "member"),
        [
            pytest.param(
                "Under Oman's rotating presidency, the GCC agreed a new customs code.",
                "the GCC",
                "OMN",
                id="possessive-presidency",
            ),
            pytest.param(
                "Under the chairmanship of Laos, ASEAN issued a joint statement on the sea.",
                "ASEAN",
                "LAO",
                id="chairmanship-of",
            ),
            pytest.param(
                "Trade talks stalled, and under Kuwait's presidency, the GCC turned to security.",
                "the GCC",
                "KWT",
                id="after-and",
            ),
        ],
    )
    def test_holder_is_a_member(self, text: str, surface: str, member: str) -> None:
        leader, members, _ = _codes(_one(text, surface))
        assert leader is None
        assert member in members

    def test_leadership_before_names_the_leader(self) -> None:
        c = _one("Under Egypt's leadership, the coalition shelled the ridge.", "the coalition")
        assert _codes(c)[0] == "EGY"

    def test_other_under_phrases_give_nothing(self) -> None:
        c = _one("Under pressure from Oman, the GCC softened the text.", "the GCC")
        assert "OMN" not in _codes(c)[1]


class TestTheatres:
    """Places after "in" are where a coalition acts (its theatre), not its adversaries, however many."""

    @pytest.mark.parametrize(
        ("text", "surface", "foes", "ident"),
        [
            pytest.param(
                "The US-led coalition against ISIS in Syria and Iraq shelled a depot.",
                "The US-led coalition",
                {"ISIS"},
                "US_LED_ANTI_ISIS",
                id="against-two-places",
            ),
            pytest.param(
                "The US-led coalition fighting ISIS in Iraq and Syria shelled a depot.",
                "The US-led coalition",
                {"ISIS"},
                "US_LED_ANTI_ISIS",
                id="fighting-two-places",
            ),
            pytest.param(
                "A coalition fighting ISIS in Iraq, Syria or Libya would need more jets.",
                "A coalition",
                {"ISIS"},
                None,
                id="three-places",
            ),
        ],
    )
    def test_places_are_no_foes(self, text: str, surface: str, foes: set[str], ident: str | None) -> None:
        c = _one(text, surface)
        assert _codes(c)[2] == foes
        if ident is not None:
            assert c.id == ident

    def test_a_second_foe_after_the_place_stays(self) -> None:
        c = _one("The axis links Hezbollah in Lebanon and the Houthis in Yemen.", "The axis")
        assert _codes(c)[1] == {"HEZBOLLAH", "HOUTHIS"}


class TestAlliesPredicate:
    """The subjects of "are (close) allies" and "are partners in an alliance" are members."""

    @pytest.mark.parametrize(
        ("text", "surface", "members", "polarity"),
        [
            pytest.param(
                "Serbia and Hungary are close allies.", "close allies", {"SRB", "HUN"}, "asserted", id="close"
            ),
            pytest.param(
                "Peru and Chile became allies.", "allies", {"PER", "CHL"}, "asserted", id="bare-became"
            ),
            pytest.param(
                "Egypt and Greece are now staunch military allies.",
                "staunch military allies",
                {"EGY", "GRC"},
                "asserted",
                id="adverbs",
            ),
            pytest.param(
                "Serbia and Hungary are allies of China.",
                "allies of China",
                {"SRB", "HUN", "CHN"},
                "asserted",
                id="allies-of",
            ),
            pytest.param(
                "Serbia and Hungary are not close allies.",
                "close allies",
                {"SRB", "HUN"},
                "negated",
                id="not",
            ),
            pytest.param(
                "Serbia and Hungary were never close allies.",
                "close allies",
                {"SRB", "HUN"},
                "negated",
                id="never",
            ),
            pytest.param(
                "Peru and Chile are partners in a new alliance.",
                "a new alliance",
                {"PER", "CHL"},
                "asserted",
                id="partners-in",
            ),
        ],
    )
    def test_subjects_are_members(self, text: str, surface: str, members: set[str], polarity: str) -> None:
        c = _one(text, surface)
        leader, got, _ = _codes(c)
        assert leader is None
        assert got == members
        assert c.polarity == polarity

    def test_two_countries_take_the_states_named_before(self) -> None:
        text = "Serbia and Hungary signed a gas deal. The two countries are close allies."
        assert _codes(_one(text, "close allies"))[1] == {"SRB", "HUN"}

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "Peru and Chile are partners in the fight against the alliance.",
                "the alliance",
                id="fight-against",
            ),
            pytest.param("Peru and Chile are not partners in any alliance.", "any alliance", id="negated"),
        ],
    )
    def test_no_members_from_other_partnerships(self, text: str, surface: str) -> None:
        assert not [c for c in find_coalitions(text) if c.text == surface and c.members]


class TestCountedAllies:
    """ "the 31 allies" after a standing alliance is it, when the count is its own or a little less."""

    @pytest.mark.parametrize(
        ("text", "surface", "ident", "members"),
        [
            pytest.param(
                "NATO ministers met in Oslo. Portugal was the last of the 30 allies to sign.",
                "the 30 allies",
                "NATO",
                {"PRT"},
                id="enlarged-since",
            ),
            pytest.param(
                "The CSTO held drills in May. The six allies then issued a statement.",
                "The six allies",
                "CSTO",
                set(),
                id="exact-count",
            ),
            pytest.param(
                "After NATO admitted Finland, Turkey was one of the 31 allies to object.",
                "the 31 allies",
                "NATO",
                {"TUR"},
                id="same-sentence-after-opening-clause",
            ),
        ],
    )
    def test_counted_allies_take_the_alliance(
        self, text: str, surface: str, ident: str, members: set[str]
    ) -> None:
        c = _one(text, surface)
        assert c.id == ident
        assert _codes(c)[1] == members

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "NATO ministers met in Oslo. The 12 allies agreed a plan.", "The 12 allies", id="too-few"
            ),
            pytest.param(
                "The EU met in Brussels. The 27 allies agreed a plan.", "The 27 allies", id="no-alliance"
            ),
        ],
    )
    def test_other_counts_stay_unresolved(self, text: str, surface: str) -> None:
        assert _one(text, surface).id is None


class TestForceUnderBody:
    """A force or mission "under" an organisation is led by it, past the force's size."""

    @pytest.mark.parametrize(
        ("text", "surface", "leader"),
        [
            pytest.param(
                "Officials plan to raise a standby force of 3,000 troops under ECOWAS.",
                "a standby force",
                "ECOWAS",
                id="size-then-under",
            ),
            pytest.param(
                "A mission under the auspices of the African Union reached the port.",
                "A mission",
                "AU",
                id="auspices-of",
            ),
        ],
    )
    def test_force_under_an_organisation(self, text: str, surface: str, leader: str) -> None:
        assert _codes(_one(text, surface))[0] == leader

    def test_a_state_after_under_gives_no_force(self) -> None:
        assert not [
            c for c in find_coalitions("The force under Brazil moved north.") if c.text == "The force"
        ]


class TestPactRuledOut:
    """A pact a state negotiates or rules out "with" a partner has both as its parties (one it only wants may
    be one it would sponsor), and ruling it out in any tense denies it."""

    @pytest.mark.parametrize(
        ("text", "surface", "members", "polarity"),
        [
            pytest.param(
                "Tehran rules out military pact with Moscow",
                "military pact with Moscow",
                {"IRN", "RUS"},
                "negated",
                id="headline-rules-out",
            ),
            pytest.param(
                "Ankara is ruling out a defence pact with Athens, the spokesman said.",
                "a defence pact with Athens",
                {"TUR", "GRC"},
                "negated",
                id="ruling-out",
            ),
            pytest.param(
                "Hanoi rejected a security pact with Beijing on Monday.",
                "a security pact with Beijing",
                {"VNM", "CHN"},
                "negated",
                id="rejected",
            ),
            pytest.param(
                "Manila is negotiating a defence pact with Canberra.",
                "a defence pact with Canberra",
                {"PHL", "AUS"},
                None,
                id="negotiating",
            ),
            pytest.param(
                "Riyadh wants a defence pact with Oman and Jordan.",
                "a defence pact with Oman and Jordan",
                {"OMN", "JOR"},
                None,
                id="wanting-one-is-no-party",
            ),
        ],
    )
    def test_both_parties(self, text: str, surface: str, members: set[str], polarity: str | None) -> None:
        c = _one(text, surface)
        assert set(_codes(c)[1]) == members
        if polarity is not None:
            assert c.polarity == polarity

    def test_rejecting_a_body_makes_no_member(self) -> None:
        c = _one("Belgrade rejected NATO membership again.", "NATO")
        assert "SRB" not in _codes(c)[1]


class TestSecondPredicate:
    """A verb after "and", "but" or "yet" with its auxiliary or "not" is a second predicate of the
    sentence's opening subject."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Iran and Russia have deepened their ties but are not forming a military alliance, he said.",
                "a military alliance",
                {"IRN", "RUS"},
                id="but-are-not",
            ),
            pytest.param(
                "Moscow condemned the drills and is now forming a new bloc with Minsk.",
                "a new bloc with Minsk",
                {"RUS", "BLR"},
                id="and-is-now",
            ),
        ],
    )
    def test_opening_subject_is_a_member(self, text: str, surface: str, members: set[str]) -> None:
        assert set(_codes(_one(text, surface))[1]) == members

    def test_a_pronoun_of_its_own_keeps_the_clause_apart(self) -> None:
        c = _one("China and Russia held drills, but they are not forming an alliance.", "an alliance")
        assert c.polarity == "negated"


class TestAlliesInABody:
    """Allies "in" a standing organisation are that organisation's: its id, standing and kind."""

    @pytest.mark.parametrize(
        ("text", "surface", "body"),
        [
            pytest.param(
                "Turkey and its allies in NATO met on Monday.", "Turkey and its allies", "NATO", id="nato"
            ),
            pytest.param(
                "Tashkent and its allies in the Shanghai Cooperation Organisation held drills.",
                "Tashkent and its allies",
                "SCO",
                id="spelt-out-body",
            ),
        ],
    )
    def test_allies_take_the_body(self, text: str, surface: str, body: str) -> None:
        c = _one(text, surface)
        assert (c.id, c.standing) == (body, True)

    def test_allies_in_a_region_stay_unnamed(self) -> None:
        assert _one("Ukraine and its allies in Europe met.", "Ukraine and its allies").id is None


class TestCountedBlocNamedLater:
    """A counted bloc no earlier body fits is the body named next in its sentence with that many members, or
    up to four more since."""

    @pytest.mark.parametrize(
        ("text", "surface", "body"),
        [
            pytest.param(
                "Greece, which joined the 10-nation bloc in 1981, opposed the levy at a meeting of EC "
                "ministers.",
                "the 10-nation bloc",
                "EC",
                id="before-the-last-enlargement",
            ),
            pytest.param(
                "The 30-member alliance met in Vilnius, NATO officials said.",
                "The 30-member alliance",
                "NATO",
                id="nato",
            ),
            pytest.param(
                "The 60-member alliance met in Vilnius, NATO officials said.",
                "The 60-member alliance",
                None,
                id="too-many",
            ),
        ],
    )
    def test_count_names_the_body(self, text: str, surface: str, body: str | None) -> None:
        assert _one(text, surface).id == body


class TestJointForceOfStates:
    """A joint or multinational force that two states or more form is a coalition of them."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Kenya and Uganda formed a joint force to fight the rebels.",
                "a joint force",
                {"KEN", "UGA"},
                id="formed",
            ),
            pytest.param(
                "Chad, Niger and Mali will set up a multinational force next year.",
                "a multinational force",
                {"TCD", "NER", "MLI"},
                id="set-up",
            ),
        ],
    )
    def test_makers_are_members(self, text: str, surface: str, members: set[str]) -> None:
        assert set(_codes(_one(text, surface))[1]) == members

    def test_police_and_soldiers_form_no_coalition(self) -> None:
        assert find_coalitions("Police and soldiers formed a joint force to patrol the city.") == ()
