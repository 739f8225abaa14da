"""Coalition faults a seventh probe of invented articles found: bodies missing from the gazetteer (polar,
Nordic, Pacific, Central European and Latin American formats), polarity cues, member and leader cues.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


class TestNewBodies:
    """Formats the gazetteer now knows by name, acronym or spelling variant."""

    @pytest.mark.parametrize(
        ("text", "surface", "cid"),
        [
            pytest.param(
                "Envoys of the Arctic Council, which groups eight polar states, met in Tromsø.",
                "the Arctic Council",
                "ARCTIC_COUNCIL",
                id="arctic-council",
            ),
            pytest.param(
                "Finland takes over the chair of NORDEFCO, the Nordic defence framework, in January.",
                "NORDEFCO",
                "NORDEFCO",
                id="nordefco-acronym",
            ),
            pytest.param(
                "Troops of the African Union Support and Stabilisation Mission in Somalia repelled an attack"
                " near Baidoa.",
                "the African Union Support and Stabilisation Mission in Somalia",
                "AMISOM",
                id="aussom-british-spelling",
            ),
            pytest.param(
                "The Pacific Islands Forum urged Canberra to respect the nuclear-free zone.",
                "The Pacific Islands Forum",
                "PIF",
                id="pacific-islands-forum",
            ),
            pytest.param(
                "The V4 prime ministers failed to agree on Ukraine in Prague.",
                "The V4",
                "VISEGRAD_GROUP",
                id="v4-acronym",
            ),
            pytest.param(
                "Hungary and Slovakia blocked a statement of the Visegrad Group on Monday.",
                "the Visegrad Group",
                "VISEGRAD_GROUP",
                id="visegrad-without-accent",
            ),
            pytest.param(
                "The Lima Group, which Peru convened in 2017, demanded new elections in Caracas.",
                "The Lima Group",
                "LIMA_GROUP",
                id="lima-group",
            ),
            pytest.param(
                "The International Contact Group on Venezuela will meet in Montevideo.",
                "The International Contact Group on Venezuela",
                "ICG_VENEZUELA",
                id="venezuela-contact-group",
            ),
            pytest.param(
                "The Joint Expeditionary Force sent four frigates to the Baltic.",
                "The Joint Expeditionary Force",
                "JEF",
                id="joint-expeditionary-force",
            ),
        ],
    )
    def test_known_by_name(self, text: str, surface: str, cid: str) -> None:
        """The mention carries the body's id."""
        assert _one(text, surface).id == cid

    def test_description_apposed_to_a_new_name(self) -> None:
        """A counted description apposed to a body the gazetteer knows joins it, not a body named before."""
        text = (
            "NATO ministers met on Monday. The Arctic Council, the eight-member body of polar states, met in"
            " Tromsø on Tuesday."
        )
        c = _one(text, "The Arctic Council, the eight-member body")
        assert c.id == "ARCTIC_COUNCIL"

    def test_british_led_force_keeps_its_leader(self) -> None:
        """A known force written with its leader ("the British-led JEF") keeps both id and leader."""
        c = _one(
            "Ships of the British-led Joint Expeditionary Force sailed from Rosyth.",
            "the British-led Joint Expeditionary Force",
        )
        assert (c.id, _codes(c)[0]) == ("JEF", "GBR")


class TestPolarityCues:
    """Cues that make a bloc supposed or denied, and definite mentions they leave asserted."""

    @pytest.mark.parametrize(
        ("text", "surface", "polarity"),
        [
            pytest.param(
                "If Ankara proposed a regional military alliance, few capitals would agree.",
                "a regional military alliance",
                "hypothetical",
                id="if-proposed",
            ),
            pytest.param(
                "If Ankara proposed a Turkic military alliance, few capitals would agree.",
                "a Turkic military alliance",
                "hypothetical",
                id="if-proposed-with-a-regional-adjective",
            ),
            pytest.param(
                "An Arctic military alliance is unlikely.",
                "An Arctic military alliance",
                "hypothetical",
                id="regional-adjective-then-unlikely",
            ),
            pytest.param(
                'Lawmakers revived talk of a "Middle East Air Defence Alliance" on Monday.',
                'a "Middle East Air Defence Alliance"',
                "hypothetical",
                id="talk-of",
            ),
            pytest.param(
                "A proposal for a regional security pact with ten island states was shelved.",
                "a regional security pact",
                "hypothetical",
                id="proposal-for",
            ),
            pytest.param(
                "If Riyadh signed on, you would have the core of a regional defence pact led by Washington.",
                "a regional defence pact led by Washington",
                "hypothetical",
                id="would-have-the-core-of",
            ),
            pytest.param(
                "Officials deny that any formal alliance with Israel exists.",
                "any formal alliance with Israel",
                "negated",
                id="deny-that-any",
            ),
            pytest.param(
                "A new China-led security grouping is not on our agenda.",
                "A new China-led security grouping",
                "negated",
                id="not-on-the-agenda",
            ),
            pytest.param(
                "A Gulf military alliance against Iran is out of the question, the minister said.",
                "A Gulf military alliance",
                "negated",
                id="out-of-the-question",
            ),
            pytest.param(
                "The Saudi-led coalition denied that its jets had struck the market.",
                "The Saudi-led coalition",
                "asserted",
                id="a-coalition-denying-is-asserted",
            ),
            pytest.param(
                "Plans for NATO's summit in The Hague were leaked.",
                "NATO",
                "asserted",
                id="plans-for-a-definite-body",
            ),
            pytest.param(
                "Without the US, Europe would have the Weimar Triangle and little else.",
                "the Weimar Triangle",
                "asserted",
                id="would-have-a-definite-body",
            ),
        ],
    )
    def test_polarity(self, text: str, surface: str, polarity: str) -> None:
        """The mention's polarity follows the cue around it."""
        assert _one(text, surface).polarity == polarity


class TestTargetAndSpeaker:
    """A bloc's target after an adverb of aim; a speaker who reports a bloc is not among its builders."""

    @pytest.mark.parametrize(
        ("text", "surface", "expected"),
        [
            pytest.param(
                "They are building a military bloc aimed squarely at Russia.",
                "a military bloc",
                (None, set(), {"RUS"}),
                id="aimed-squarely-at",
            ),
            pytest.param(
                "Tokyo fears a military pact directed at Japan.",
                "a military pact",
                (None, set(), {"JPN"}),
                id="directed-at",
            ),
            pytest.param(
                "Moscow said the five states were building a military bloc aimed at Russia.",
                "a military bloc",
                (None, set(), {"RUS"}),
                id="speaker-of-a-complement-clause",
            ),
            pytest.param(
                "Russia and China, the statement said, are forming a bloc.",
                "a bloc",
                (None, {"RUS", "CHN"}, set()),
                id="subject-with-a-saying-aside",
            ),
        ],
    )
    def test_codes(self, text: str, surface: str, expected: tuple[str | None, set[str], set[str]]) -> None:
        """Leader, members and adversaries of the mention."""
        assert _codes(_one(text, surface)) == expected


class TestApposedMembers:
    """A list of states apposed to "members of X" or "countries of X", and a member of a body named by
    someone else ("part of what Iran calls ...")."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "France and Poland, both members of NATO, met in Paris.",
                "NATO",
                {"FRA", "POL"},
                id="both-members-of",
            ),
            pytest.param(
                "Troops from France, Germany and Poland, the three countries of the Weimar Triangle, drilled"
                " in Latvia.",
                "the Weimar Triangle",
                {"FRA", "DEU", "POL"},
                id="the-three-countries-of",
            ),
            pytest.param(
                "Uruguay, one of the founding members of Mercosur, objected.",
                "Mercosur",
                {"URY"},
                id="one-of-the-founding-members-of",
            ),
            pytest.param(
                "Sweden and Finland, the two newest members of NATO, met.",
                "NATO",
                {"SWE", "FIN"},
                id="the-two-newest-members-of",
            ),
            pytest.param(
                "Qatar, Kuwait and Oman, the three smallest members of the GCC, objected.",
                "the GCC",
                {"QAT", "KWT", "OMN"},
                id="superlative-in-the-apposition",
            ),
            pytest.param(
                "The Houthis, part of Iran's axis, fired at a tanker.",
                "Iran's axis",
                {"HOUTHIS"},
                id="part-of-an-unnamed-bloc",
            ),
            pytest.param(
                "Poland and Hungary, both members of the bloc, objected.",
                "the bloc",
                {"POL", "HUN"},
                id="members-of-an-anaphor",
            ),
            pytest.param(
                "Diplomats from Iran, a member of the SCO since 2023, attended.",
                "the SCO",
                {"IRN"},
                id="a-member-of-after-from",
            ),
            pytest.param(
                "Iran, a founding member of OPEC, objected.",
                "OPEC",
                {"IRN"},
                id="a-founding-member-of",
            ),
            pytest.param(
                "Austria and Ireland, non-members of NATO, objected.",
                "NATO",
                set(),
                id="non-members-are-not-members",
            ),
            pytest.param(
                "The talks, members of NATO said, failed.",
                "NATO",
                set(),
                id="no-list-before-the-apposition",
            ),
            pytest.param(
                "The Houthis are part of what Iran calls the Axis of Resistance.",
                "the Axis of Resistance",
                {"HOUTHIS"},
                id="part-of-what-x-calls",
            ),
            pytest.param(
                "The Houthis are part of what Iran has dubbed the Axis of Resistance.",
                "the Axis of Resistance",
                {"HOUTHIS"},
                id="part-of-what-x-has-dubbed",
                marks=pytest.mark.xfail(
                    strict=True, reason="the subject pattern reads at most five words between verb and body"
                ),
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """The members of the mention."""
        assert _codes(_one(text, surface))[1] == members


class TestProPrefix:
    """A state after "pro-" is a patron the bloc sides with: neither its leader nor a member."""

    @pytest.mark.parametrize(
        ("text", "surface", "expected"),
        [
            pytest.param(
                "Hungary and Slovakia formed a pro-Russian bloc inside the EU.",
                "a pro-Russian bloc",
                (None, {"HUN", "SVK"}, set()),
                id="pro-demonym-with-members",
            ),
            pytest.param(
                "The pro-Western coalition of Georgia and Moldova met.",
                "The pro-Western coalition of Georgia and Moldova",
                (None, {"GEO", "MDA"}, set()),
                id="pro-camp",
            ),
            pytest.param(
                "The anti-Western coalition of Iran and Syria met.",
                "The anti-Western coalition of Iran and Syria",
                (None, {"IRN", "SYR"}, {"WEST"}),
                id="anti-stays-an-adversary",
            ),
        ],
    )
    def test_codes(self, text: str, surface: str, expected: tuple[str | None, set[str], set[str]]) -> None:
        """Leader, members and adversaries of the mention."""
        assert _codes(_one(text, surface)) == expected

    def test_party_bloc_with_only_a_patron_is_dropped(self) -> None:
        """A "pro-Kremlin bloc" with no state of its own is no international bloc."""
        assert find_coalitions("Critics call the group a pro-Kremlin bloc.") == ()


class TestEvaluativeModifiers:
    """Evaluative words before a bloc's noun stay in the mention; an accusation of forming one hedges it."""

    @pytest.mark.parametrize(
        ("text", "surface", "members", "polarity"),
        [
            pytest.param(
                "Egypt and Eritrea formed a hostile alliance with Somalia.",
                "a hostile alliance with Somalia",
                {"EGY", "ERI", "SOM"},
                "asserted",
                id="hostile",
            ),
            pytest.param(
                'An adviser accused Egypt and Eritrea of forming a "hostile alliance" with Mogadishu.',
                'a "hostile alliance" with Mogadishu',
                {"EGY", "ERI", "SOM"},
                "hedged",
                id="accused-of-forming-a-quoted-alliance",
            ),
            pytest.param(
                "Iran and Russia have built an unholy alliance, the senator said.",
                "an unholy alliance",
                {"IRN", "RUS"},
                "asserted",
                id="unholy",
            ),
        ],
    )
    def test_mention(self, text: str, surface: str, members: set[str], polarity: str) -> None:
        """The mention takes the modifier, its members and its polarity."""
        c = _one(text, surface)
        assert (_codes(c)[1], c.polarity) == (members, polarity)


class TestGroupAnaphorAndPredicateLeader:
    """ "The group" takes a format that calls itself a group; a force or mission led by a state in a
    predicate is a mention with that leader."""

    def test_group_takes_a_named_group(self) -> None:
        """A body named a group is what "the group" means, even past a union named since."""
        text = "The Lima Group met in 2017. The EU backed it. The group later faded."
        assert _one(text, "The group").id == "LIMA_GROUP"

    def test_group_after_a_named_group(self) -> None:
        """Right after the name, "the group" is that body."""
        assert (
            _one("The Lima Group met in 2017. Argentina left the group in 2021.", "the group").id
            == "LIMA_GROUP"
        )

    @pytest.mark.parametrize(
        ("text", "surface", "leader"),
        [
            pytest.param(
                "The force is led by Uganda, which provides the largest contingent.",
                "The force",
                "UGA",
                id="force-is-led-by",
            ),
            pytest.param("The mission is led by Uganda.", "The mission", "UGA", id="mission-is-led-by"),
        ],
    )
    def test_predicate_leader(self, text: str, surface: str, leader: str) -> None:
        """The state after "is led by" leads the force."""
        assert _codes(_one(text, surface))[0] == leader

    def test_person_leading_is_no_bloc(self) -> None:
        """A force led by a person is no coalition."""
        assert find_coalitions("The force is led by General Kiwanuka.") == ()


class TestPlacesForumsAndAlliances:
    """A place is no builder; "the forum" re-mentions a forum; "the alliance" may mean OPEC+."""

    def test_place_before_the_verb_is_no_member(self) -> None:
        """The country after "in" is where the speaker is, not a party to the bloc."""
        c = _one("We are not in Somalia to build an axis against Ethiopia.", "an axis")
        assert _codes(c)[1] == set()

    def test_forum_re_mentioned_with_a_count(self) -> None:
        """ "The 18-member forum" is the Pacific Islands Forum named before, with the members it lists."""
        text = (
            "Leaders of the Pacific Islands Forum met. The 18-member forum, whose members include Australia"
            " and Fiji, issued a communique."
        )
        c = _one(text, "The 18-member forum")
        assert (c.id, _codes(c)[1]) == ("PIF", {"AUS", "FJI"})

    def test_forum_unknown_to_the_gazetteer(self) -> None:
        """ "The forum" after a forum no gazetteer entry names is no coalition."""
        assert (
            find_coalitions("The World Economic Forum met in Davos. The forum said growth would slow.") == ()
        )

    def test_alliance_after_opec_plus(self) -> None:
        """Wires call OPEC+ an alliance: "the alliance" after it is OPEC+."""
        c = _one("OPEC+ cut output. Supply from outside the alliance rose.", "the alliance")
        assert c.id == "OPEC_PLUS"

    def test_alliance_after_brics(self) -> None:
        """BRICS is no alliance by name: "the alliance" after it stays unresolved."""
        c = _one("Brics leaders met. The alliance said it would expand.", "The alliance")
        assert c.id is None


class TestContributorsAndSupposition:
    """Troop contributors are members; a bloc called unlikely is supposed; an accusation of building one
    hedges it."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Uganda, Kenya and Egypt contribute troops to AUSSOM.",
                "AUSSOM",
                {"UGA", "KEN", "EGY"},
                id="contribute-troops-to",
            ),
            pytest.param(
                "Britain sent two destroyers to Operation Prosperity Guardian.",
                "Operation Prosperity Guardian",
                {"GBR"},
                id="sent-ships-to",
            ),
            pytest.param(
                "Russia sent troops to Kazakhstan under the CSTO.",
                "the CSTO",
                set(),
                id="troops-sent-to-a-country",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger, the three juntas of the Alliance of Sahel States, quit.",
                "the Alliance of Sahel States",
                {"MLI", "BFA", "NER"},
                id="the-three-juntas-of",
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """The members of the mention."""
        assert _codes(_one(text, surface))[1] == members

    @pytest.mark.parametrize(
        ("text", "surface", "polarity"),
        [
            pytest.param(
                "A Turkish-led military alliance of Turkic states is unlikely, analysts say.",
                "A Turkish-led military alliance of Turkic states",
                "hypothetical",
                id="is-unlikely",
            ),
            pytest.param(
                "A Gulf defence pact is unlikely to emerge soon.",
                "A Gulf defence pact",
                "hypothetical",
                id="unlikely-to-emerge",
            ),
            pytest.param(
                "The US-led coalition is unlikely to strike before May.",
                "The US-led coalition",
                "asserted",
                id="unlikely-to-act-is-asserted",
            ),
            pytest.param(
                "Moscow accused NATO of building a bloc in the Arctic aimed at Russia.",
                "a bloc",
                "hedged",
                id="accused-of-building",
            ),
        ],
    )
    def test_polarity(self, text: str, surface: str, polarity: str) -> None:
        """The mention's polarity follows the cue around it."""
        assert _one(text, surface).polarity == polarity

    def test_contributors_before_a_name_with_an_apposition(self) -> None:
        """Troop contributors stay members when the name has an apposition."""
        text = "Uganda, Kenya and Egypt send troops to AUSSOM, the African Union force fighting al-Shabaab."
        assert _codes(_one(text, "AUSSOM, the African Union force"))[1] == {"UGA", "KEN", "EGY"}


class TestClaimsAndConditions:
    """A claim hedges only a bloc not yet known to exist; a future joining under a condition supposes an
    indefinite one."""

    @pytest.mark.parametrize(
        ("text", "surface", "polarity"),
        [
            pytest.param(
                "Rebels claimed the raid was revenge for Denmark joining the US-led coalition against ISIS.",
                "the US-led coalition",
                "asserted",
                id="claim-about-something-else",
            ),
            pytest.param(
                "The minister claimed a secret alliance of Iran and Syria was arming the rebels.",
                "a secret alliance of Iran and Syria",
                "hedged",
                id="claimed-an-indefinite-bloc",
            ),
            pytest.param(
                "Canberra will send commandos to join a US-led operation against Iraq if talks fail.",
                "a US-led operation",
                "hypothetical",
                id="will-join-an-indefinite-one-if",
            ),
            pytest.param(
                "Canberra will send commandos to join the US-led operation against Iraq if talks fail.",
                "the US-led operation",
                "asserted",
                id="will-join-a-definite-one-if",
            ),
        ],
    )
    def test_polarity(self, text: str, surface: str, polarity: str) -> None:
        """The mention's polarity follows the cue around it."""
        assert _one(text, surface).polarity == polarity


class TestAcronymInBrackets:
    """An acronym in brackets after a member's name does not break the subject list."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Oman, the United Arab Emirates (UAE), Iraq and Iran are members of OPEC.",
                "OPEC",
                {"OMN", "ARE", "IRQ", "IRN"},
                id="acronym-inside-the-list",
            ),
            pytest.param(
                "Kenya, Uganda and the Democratic Republic of the Congo (DRC) are members of the EAC.",
                "the EAC",
                {"KEN", "UGA", "COD"},
                id="acronym-at-the-end",
            ),
            pytest.param(
                "The United Arab Emirates (UAE) and Qatar are members of OPEC.",
                "OPEC",
                {"ARE", "QAT"},
                id="acronym-at-the-start",
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """Every state of the subject list is a member."""
        assert _codes(_one(text, surface))[1] == members


class TestRankedJoiners:
    """A state ranked among those that joined a body ("the 31st country to join") is a member."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Finland became the 31st country to join NATO.", "NATO", {"FIN"}, id="became-the-nth"
            ),
            pytest.param(
                "The deal makes Chile the 40th country to join the alliance against ISIS.",
                "the alliance",
                {"CHL"},
                id="makes-x-the-nth",
            ),
            pytest.param("Sweden was the last state to join NATO.", "NATO", {"SWE"}, id="the-last-state"),
            pytest.param(
                "Sweden will be the 32nd member to join NATO.", "NATO", set(), id="future-is-not-yet"
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """The ranked state is a member; a future ranking is not yet one."""
        assert _codes(_one(text, surface))[1] == members


class TestComposedOfStates:
    """An anaphor with no antecedent that counts the states it is made of is a coalition; a region word and a
    count that fit one standing body name it."""

    @pytest.mark.parametrize(
        ("text", "surface", "cid"),
        [
            pytest.param(
                "That organisation is made up of ten Southeast Asian states.",
                "That organisation",
                "ASEAN",
                id="region-and-count-fit-one-body",
            ),
            pytest.param(
                "The organisation groups six Gulf states.", "The organisation", "GCC", id="gulf-six"
            ),
            pytest.param(
                "The organisation consists of ten countries.",
                "The organisation",
                None,
                id="a-count-alone-names-no-body",
            ),
            pytest.param(
                "The organisation groups 40 Gulf states.",
                "The organisation",
                None,
                id="a-count-that-does-not-fit",
            ),
        ],
    )
    def test_id(self, text: str, surface: str, cid: str | None) -> None:
        """The mention is kept, with the body's id when region and count fit one."""
        assert _one(text, surface).id == cid

    def test_count_of_people_is_no_bloc(self) -> None:
        """A group counted in people is no coalition."""
        assert find_coalitions("That group consists of twelve scientists.") == ()

    def test_count_of_members_is_no_bloc(self) -> None:
        """A group counted in members of no kind is no coalition."""
        assert find_coalitions("The group has 20 members, the club said.") == ()

    def test_count_of_the_states(self) -> None:
        """The count the predicate gives is the mention's member count."""
        assert (
            _one(
                "That organisation is made up of ten Southeast Asian states.", "That organisation"
            ).member_count
            == 10
        )


class TestPredicateLeader:
    """A mention a copula calls an "X-led effort" is led by X; the predicate is no mention of its own."""

    @pytest.mark.parametrize(
        ("text", "surface", "leader", "polarity"),
        [
            pytest.param(
                "The new naval coalition would be a British-led effort.",
                "The new naval coalition",
                "GBR",
                "hypothetical",
                id="would-be-an-x-led-effort",
            ),
            pytest.param(
                "The coalition is a US-led effort against ISIS.",
                "The coalition",
                "USA",
                "asserted",
                id="is-an-x-led-effort",
            ),
        ],
    )
    def test_leader(self, text: str, surface: str, leader: str, polarity: str) -> None:
        """The subject takes the leader, and a modal supposes it."""
        c = _one(text, surface)
        assert (_codes(c)[0], c.polarity) == (leader, polarity)

    def test_predicate_is_no_mention(self) -> None:
        """Only the subject is a mention."""
        found = find_coalitions("The new naval coalition would be a British-led effort.")
        assert [c.text for c in found] == ["The new naval coalition"]


class TestNamedAfterItsList:
    """A description with its member list, then "called" and a body's name, is one mention."""

    def test_one_mention(self) -> None:
        """The description, its members and the body's id make one mention."""
        text = "They set up a confederation between Mali and Niger called the Alliance of Sahel States."
        (c,) = find_coalitions(text)
        assert (c.id, _codes(c)[1], c.text) == (
            "AES",
            {"MLI", "NER"},
            "a confederation between Mali and Niger called the Alliance of Sahel States",
        )

    def test_relative_clause_naming_something_else(self) -> None:
        """ "which NATO called a threat" names no body: the two mentions stay apart."""
        found = find_coalitions("They formed an alliance with Mali and Niger, which NATO called a threat.")
        assert [c.text for c in found] == ["an alliance with Mali and Niger", "NATO"]


class TestStandingBodyByItsLeader:
    """An armed alliance described by its leader is the one standing armed body the data says that state
    leads, unless the text's own members, a count or "new" rule it out."""

    @pytest.mark.parametrize(
        ("text", "surface", "cid"),
        [
            pytest.param(
                "Soldiers of a Russian-led security alliance landed in Almaty.",
                "a Russian-led security alliance",
                "CSTO",
                id="russian-led-security-alliance",
            ),
            pytest.param(
                "Kazakhstan called in troops from the Russian-led security bloc.",
                "the Russian-led security bloc",
                "CSTO",
                id="definite-bloc",
            ),
            pytest.param(
                "Moscow and Tehran are forming a Russian-led military alliance in Syria.",
                "a Russian-led military alliance",
                None,
                id="a-member-outside-the-body",
            ),
            pytest.param(
                "Russia wants a new Russian-led military bloc.",
                "a new Russian-led military bloc",
                None,
                id="a-new-bloc",
            ),
            pytest.param(
                "A 20-nation Russian-led military alliance held drills.",
                "A 20-nation Russian-led military alliance",
                None,
                id="a-count-that-does-not-fit",
            ),
            pytest.param(
                "A Chinese-led security bloc met.", "A Chinese-led security bloc", None, id="no-body-led-so"
            ),
        ],
    )
    def test_id(self, text: str, surface: str, cid: str | None) -> None:
        """The mention's id."""
        assert _one(text, surface).id == cid


class TestKnownGaps:
    """Faults of the seventh probe left unfixed, kept as strict xfails."""

    @pytest.mark.xfail(strict=True, reason="'the new group' resolves to an older body named a group")
    def test_new_group_is_no_old_body(self) -> None:
        """A group called new is not a body the article says already exists."""
        text = (
            "The International Contact Group on Venezuela still exists. Mexico would join the new group only"
            " if both sides agreed."
        )
        assert _one(text, "the new group").id is None

    @pytest.mark.xfail(
        strict=True, reason="members in the next sentence ('Its troop contributors are ...') are not read"
    )
    def test_members_in_the_next_sentence(self) -> None:
        """A sentence that opens with "Its troop contributors are" lists the members of the body before."""
        text = "AUSSOM began its second year. Its troop contributors are Uganda, Kenya and Egypt."
        assert _codes(_one(text, "AUSSOM"))[1] == {"UGA", "KEN", "EGY"}

    @pytest.mark.xfail(strict=True, reason="'contact group' is no trigger noun")
    def test_contact_group(self) -> None:
        """A contact group of states is a coalition."""
        text = "Brazil, Colombia and Mexico are discussing a regional contact group on Venezuela."
        assert [c.text for c in find_coalitions(text)] == ["a regional contact group on Venezuela"]

    def test_zionist_adjective(self) -> None:
        """A compound of two adjectives names both states."""
        c = _one("Tehran condemned the American-Zionist coalition.", "the American-Zionist coalition")
        assert _codes(c)[1] == {"USA", "ISR"}


class TestFoundedWith:
    """The states a body was founded, launched or revived with are members, beside the subject."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Poland revived the Weimar Triangle with France and Germany.",
                "the Weimar Triangle",
                {"POL", "FRA", "DEU"},
                id="revived-with",
            ),
            pytest.param(
                "Kenya formed the EAC with Uganda in 1967.", "the EAC", {"KEN", "UGA"}, id="formed-with"
            ),
            pytest.param("NATO met with Russia.", "NATO", set(), id="met-with-is-no-founding"),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """The subject and the states after "with" are members."""
        assert _codes(_one(text, surface))[1] == members


class TestFloatedAlliance:
    """A bloc floated or proposed is supposed; the states it would group are its members."""

    @pytest.mark.parametrize(
        ("text", "surface", "members", "polarity"),
        [
            pytest.param(
                "Washington floated an alliance that would have grouped Egypt, Jordan and Oman.",
                "an alliance",
                {"EGY", "JOR", "OMN"},
                "hypothetical",
                id="floated-would-have-grouped",
            ),
            pytest.param(
                "Macron proposed a European defence union.",
                "a European defence union",
                set(),
                "hypothetical",
                id="proposed",
            ),
            pytest.param(
                "Washington floated an alliance that would have grouped Egypt with Jordan and Oman.",
                "an alliance",
                {"EGY", "JOR", "OMN"},
                "hypothetical",
                id="grouped-a-with-b-and-c",
            ),
            pytest.param(
                "The bloc groups Brazil and Chile, with Peru as an observer.",
                "The bloc",
                {"BRA", "CHL"},
                "asserted",
                id="with-after-a-comma-is-no-member",
            ),
            pytest.param(
                "The bloc grouped Brazil, Chile and Peru.",
                "The bloc",
                {"BRA", "CHL", "PER"},
                "asserted",
                id="grouped",
            ),
        ],
    )
    def test_mention(self, text: str, surface: str, members: set[str], polarity: str) -> None:
        """Members and polarity of the mention."""
        c = _one(text, surface)
        assert (_codes(c)[1], c.polarity) == (members, polarity)

    def test_proposed_summit_of_a_body(self) -> None:
        """A body named inside a proposed event stays asserted."""
        assert _one("Trump proposed a NATO summit.", "NATO").polarity == "asserted"


class TestQuestions:
    """A bloc asked about in a question of being is hedged; a definite one stays asserted."""

    @pytest.mark.parametrize(
        ("text", "polarities"),
        [
            pytest.param(
                "Is a Central Asian alliance taking shape?", ["hedged"], id="is-a-bloc-taking-shape"
            ),
            pytest.param(
                "Is an alliance of Russia and China forming?", ["hedged"], id="is-an-alliance-of-forming"
            ),
            pytest.param("Is the coalition winning?", ["asserted"], id="definite-stays-asserted"),
        ],
    )
    def test_polarity(self, text: str, polarities: list[str]) -> None:
        """The polarity of each mention."""
        assert [c.polarity for c in find_coalitions(text)] == polarities


class TestFormTheBody:
    """The subject list of "form"/"constitute" before a named body holds its members, even when a leader's
    followers are introduced with "and its proxies, including"."""

    @pytest.mark.parametrize(
        ("text", "members"),
        [
            pytest.param(
                "Iran, the Houthis and Hezbollah form the axis of resistance.",
                {"IRN", "HOUTHIS", "HEZBOLLAH"},
                id="form",
            ),
            pytest.param(
                "Iran and its proxies, including the Houthis and Hezbollah, form the axis of resistance.",
                {"IRN", "HOUTHIS", "HEZBOLLAH"},
                id="and-its-proxies-including",
            ),
        ],
    )
    def test_members(self, text: str, members: set[str]) -> None:
        """Every actor of the subject list is a member."""
        assert _codes(_one(text, "the axis of resistance"))[1] == members


class TestNetworkAnaphor:
    """ "The network" does not re-mention a coalition labelled before."""

    def test_network_after_a_labelled_coalition(self) -> None:
        """A radar network after "the American-Zionist coalition" is no coalition."""
        text = 'Tehran condemned the "American-Zionist coalition". The network links six radars.'
        assert [c.text for c in find_coalitions(text)] == ['the "American-Zionist coalition"']


class TestComparedWithItsSubject:
    """An anaphor a comparison sets against the sentence's subject means another body."""

    def test_substitute_for_the_alliance(self) -> None:
        """ "The JEF is not a substitute for the alliance": NATO, named before, not the JEF."""
        text = "NATO met in Brussels. The JEF sent ships. The JEF is not a substitute for the alliance."
        assert _one(text, "the alliance").id == "NATO"

    def test_no_comparison(self) -> None:
        """Without a comparison "the alliance" still takes the latest armed body."""
        assert _one("NATO met. The JEF sent ships to the alliance's drills.", "the alliance").id == "JEF"


class TestNavalAnaphor:
    """A naval anaphor takes no body made mostly of armed groups."""

    def test_naval_coalition_skips_the_axis(self) -> None:
        """ "The naval coalition" passes over the Axis of Resistance to the naval operation before it."""
        text = (
            "Operation Prosperity Guardian sailed. The Houthis belong to the Axis of Resistance. Egypt"
            " declined to join the naval coalition."
        )
        assert _one(text, "the naval coalition").id == "OP_PROSPERITY_GUARDIAN"

    def test_naval_coalition_with_no_fitting_body(self) -> None:
        """With only the Axis before it, "the naval coalition" names no body."""
        text = "The Houthis belong to the Axis of Resistance. Egypt declined to join the naval coalition."
        assert _one(text, "the naval coalition").id is None
