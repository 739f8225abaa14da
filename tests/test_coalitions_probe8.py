"""Coalition faults an eighth probe of invented articles found: bodies missing from the gazetteer (Latin
American, Indian Ocean, Lake Chad, eastern-flank and European formats, Iranian and Saudi names of known
bodies), polarity cues, anaphors and member cues.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions
from geoquote._records import Coalition

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


class TestNewBodies:
    """Bodies the gazetteer now knows by name, acronym or a national usage."""

    @pytest.mark.parametrize(
        ("text", "surface", "cid"),
        [
            pytest.param(
                "Albania hosted a summit of the European Political Community on Friday.",
                "the European Political Community",
                "EPC",
                id="european-political-community",
            ),
            pytest.param(
                "Diplomats said the EPC would next meet in Copenhagen.",
                "the EPC",
                "EPC",
                id="epc-acronym",
            ),
            pytest.param(
                "The E3 told Tehran that United Nations sanctions could be restored.",
                "The E3",
                "E3",
                id="e3",
            ),
            pytest.param(
                "Heads of state of ALBA gathered in Havana for an anniversary.",
                "ALBA",
                "ALBA",
                id="alba-acronym",
            ),
            pytest.param(
                "The Bolivarian Alliance for the Peoples of Our America denounced the naval build-up.",
                "The Bolivarian Alliance for the Peoples of Our America",
                "ALBA",
                id="alba-full-name",
            ),
            pytest.param(
                "CELAC decides by consensus, so one government can block a text.",
                "CELAC",
                "CELAC",
                id="celac-acronym",
            ),
            pytest.param(
                "Lula wants to rebuild the Union of South American Nations.",
                "the Union of South American Nations",
                "UNASUR",
                id="unasur-full-name",
            ),
            pytest.param(
                "The Pacific Alliance has not held a summit since the quarrel over its chair.",
                "The Pacific Alliance",
                "PACIFIC_ALLIANCE",
                id="pacific-alliance",
            ),
            pytest.param(
                "Ministers of the I2U2 group discussed food corridors in Abu Dhabi.",
                "the I2U2 group",
                "I2U2",
                id="i2u2",
            ),
            pytest.param(
                "Officials of the Colombo Security Conclave met in Malé to discuss trafficking.",
                "the Colombo Security Conclave",
                "CSC",
                id="colombo-security-conclave",
            ),
            pytest.param(
                "Soldiers of the Multinational Joint Task Force retook an island in Lake Chad.",
                "the Multinational Joint Task Force",
                "MNJTF",
                id="multinational-joint-task-force",
            ),
            pytest.param(
                "Leaders of the Bucharest Nine asked for more air defence on the eastern flank.",
                "the Bucharest Nine",
                "B9",
                id="bucharest-nine",
            ),
            pytest.param(
                "The Coalition to Restore Legitimacy in Yemen said two drones were shot down.",
                "The Coalition to Restore Legitimacy in Yemen",
                "SAUDI_LED_YEMEN",
                id="yemen-coalition-official-name",
            ),
            pytest.param(
                "Iran's envoy called on the Persian Gulf Cooperation Council to reject foreign fleets.",
                "the Persian Gulf Cooperation Council",
                "GCC",
                id="gcc-iranian-usage",
            ),
            pytest.param(
                "Troops of the Union State of Russia and Belarus held drills near Grodno.",
                "the Union State of Russia and Belarus",
                "UNION_STATE",
                id="union-state",
            ),
            pytest.param(
                "The SADC Mission in the DRC began to pull out its troops from Goma.",
                "The SADC Mission in the DRC",
                "SAMIDRC",
                id="sadc-mission-in-the-drc",
            ),
        ],
    )
    def test_known_by_name(self, text: str, surface: str, cid: str) -> None:
        """The mention carries the body's id."""
        assert _one(text, surface).id == cid

    def test_union_state_keeps_its_two_states(self) -> None:
        """The Union State's name lists its two members, which stay members of the mention."""
        c = _one(
            "The Union State of Russia and Belarus held drills.", "The Union State of Russia and Belarus"
        )
        assert _codes(c)[1] == {"RUS", "BLR"}

    def test_predicate_leader_of_a_new_mission(self) -> None:
        """A mission 'led by' a state takes that state as its leader."""
        c = _one("The SADC Mission in the DRC was led by South Africa.", "The SADC Mission in the DRC")
        assert _codes(c)[0] == "ZAF"


class TestPolarityCues:
    """Cues that deny or suppose a bloc, and a named body that reported speech leaves asserted."""

    @pytest.mark.parametrize(
        ("text", "surface", "polarity"),
        [
            pytest.param(
                "There is no such thing as an Islamic bloc, the minister insisted.",
                "an Islamic bloc",
                "negated",
                id="no-such-thing-as",
            ),
            pytest.param(
                "Officials say there is no such thing as a Baltic NATO.",
                "a Baltic NATO",
                "negated",
                id="no-such-thing-as-a-body-like-nato",
            ),
            pytest.param(
                'Asked about a pact with Tehran, the envoy replied: "There is no such alliance."',
                "such alliance",
                "negated",
                id="no-such-alliance",
            ),
            pytest.param(
                "The union cannot become a military bloc, its secretary-general said.",
                "a military bloc",
                "negated",
                id="cannot-become",
            ),
            pytest.param(
                "The island states do not want a new security pact in the Pacific.",
                "a new security pact",
                "negated",
                id="do-not-want",
            ),
            pytest.param(
                "If Hanoi and Manila ever signed a defence pact, Beijing would react.",
                "a defence pact",
                "hypothetical",
                id="if-signed",
            ),
            pytest.param(
                "Had Ankara wanted to join an Arab alliance, it would have said so.",
                "an Arab alliance",
                "hypothetical",
                id="inverted-had",
            ),
            pytest.param(
                "If Hanoi became part of such a military alliance, it would lose its neutrality.",
                "a military alliance",
                "hypothetical",
                id="if-became-part-of-such",
            ),
            pytest.param(
                'Khartoum accuses Cairo and Asmara of forming an "axis of conspiracy".',
                'an "axis of conspiracy"',
                "hedged",
                id="accuse-present-of-forming",
            ),
            pytest.param(
                "The commander said the Axis of Resistance would not abandon Lebanon.",
                "the Axis of Resistance",
                "asserted",
                id="named-body-then-reported-would",
            ),
        ],
    )
    def test_polarity(self, text: str, surface: str, polarity: str) -> None:
        """The mention takes the polarity its cue gives."""
        assert _one(text, surface).polarity == polarity

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "The minister rejected claims that Tehran commands the resistance axis.",
                "the resistance axis",
                id="claim-about-a-named-body",
            ),
            pytest.param(
                "Cairo rejected the Axis of Resistance and its methods.",
                "the Axis of Resistance",
                id="rejected-a-named-body",
            ),
            pytest.param(
                "The rebels claimed the Coalition to Restore Legitimacy in Yemen struck a market.",
                "the Coalition to Restore Legitimacy in Yemen",
                id="claimed-a-named-body-struck",
            ),
        ],
    )
    def test_named_body_is_there(self, text: str, surface: str) -> None:
        """A body named by its name exists: a claim or a rejection about it does not deny or hedge it."""
        assert _one(text, surface).polarity == "asserted"

    def test_rejected_indefinite_still_denied(self) -> None:
        """'rejected any alliance' still denies an indefinite bloc."""
        assert (
            _one("Ankara rejected any alliance with Tehran.", "any alliance with Tehran").polarity
            == "negated"
        )

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "An Andean alliance modelled on the EU is probably decades away.",
                "An Andean alliance",
                id="decades-away",
            ),
            pytest.param("A Caspian bloc is still years away.", "A Caspian bloc", id="years-away"),
            pytest.param("Could Baku then join a Turkic bloc?", "a Turkic bloc", id="modal-question"),
        ],
    )
    def test_supposed_by_distance_or_question(self, text: str, surface: str) -> None:
        """A bloc 'decades away' or asked about with a modal is supposed."""
        assert _one(text, surface).polarity == "hypothetical"

    def test_that_isnt(self) -> None:
        """'the X bloc that isn't' (a headline) denies the bloc."""
        assert _one("Comment: the Eurasian bloc that isn't", "the Eurasian bloc").polarity == "negated"

    def test_that_isnt_going_away(self) -> None:
        """'that isn't going away' says something else of a bloc that exists."""
        assert _one("The Western bloc that isn't going away met.", "The Western bloc").polarity == "asserted"

    def test_may_not_exist(self) -> None:
        """'may not exist' leaves a bloc in doubt."""
        assert _one("A formal alliance may not exist yet.", "A formal alliance").polarity == "hedged"

    def test_coalition_of_autocracies(self) -> None:
        """'autocracies' are states, so 'a coalition of autocracies' is a coalition."""
        found = [c.text for c in find_coalitions("Kyiv warned of a coalition of autocracies.")]
        assert found == ["a coalition of autocracies"]

    def test_inverted_condition_stops_at_its_comma(self) -> None:
        """An alliance in the main clause after an inverted condition is asserted."""
        text = "Had the talks failed, Vietnam would still belong to a US-led alliance."
        assert _one(text, "a US-led alliance").polarity == "asserted"


class TestAnaphora:
    """Which body a definite description means."""

    def test_grouping_after_a_body_called_a_grouping_only_in_passing(self) -> None:
        """'the grouping' takes the latest body; a spelling that merely adds the noun to an older body's
        name ('Quad grouping') does not pull it back."""
        text = "The Quad met in Tokyo. In BRICS, Brazil opposed plans by Beijing to enlarge the grouping."
        assert _one(text, "the grouping").id == "BRICS"

    def test_group_still_means_a_body_named_a_group(self) -> None:
        """A format whose proper name holds the noun is still meant by it."""
        text = "The Lima Group met in Ottawa. The group asked for free elections."
        assert _one(text, "The group").id == "LIMA_GROUP"

    def test_international_coalition_is_no_alliance_of_armed_groups(self) -> None:
        """An 'international' coalition is one of states: it does not take an armed alliance named before."""
        text = "The Islamic Resistance in Iraq claimed a strike. The international coalition is in Erbil."
        assert _one(text, "The international coalition").id is None

    def test_international_coalition_against_a_foe_where_it_fights(self) -> None:
        """An 'international coalition against' a foe, in a country where one known coalition fights that
        foe, is that coalition."""
        text = "The international coalition against Daesh keeps two bases in Syria."
        assert _one(text, "The international coalition").id == "US_LED_ANTI_ISIS"

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The international coalition against Daesh met on Monday.", id="no-theatre"),
            pytest.param(
                "The global coalition against al-Shabaab met in Mogadishu.", id="a-mission-not-a-coalition"
            ),
        ],
    )
    def test_international_coalition_left_open(self, text: str) -> None:
        """Without a theatre, or when only a mission fights the foe there, no id is given."""
        assert [c.id for c in _all(text)] == [None]

    def test_description_listing_a_body_s_members(self) -> None:
        """A definite description whose list is exactly a body's members is that body."""
        text = (
            "The AES held a summit in Bamako. The confederation of Mali, Burkina Faso and Niger quit ECOWAS."
        )
        assert _one(text, "The confederation of Mali, Burkina Faso and Niger").id == "AES"

    def test_description_with_a_partial_list_stays_open(self) -> None:
        """Two of three members are not enough to name the body."""
        text = "The AES held a summit in Bamako. The alliance of Mali and Niger quit ECOWAS."
        assert _one(text, "The alliance of Mali and Niger").id is None


class TestMembersAndPredicates:
    """Member cues after a comma and a description a copula gives a named body."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Belarus, as a full member of the SCO, wants a seat on its security council.",
                "the SCO",
                {"BLR"},
                id="as-a-full-member-of",
            ),
            pytest.param(
                "Egypt, as a founding member of the African Union, hosted the summit.",
                "the African Union",
                {"EGY"},
                id="as-a-founding-member-of",
            ),
            pytest.param(
                "The Ramstein group has about fifty members, among them Norway, Japan and South Korea.",
                "The Ramstein group",
                {"NOR", "JPN", "KOR"},
                id="members-among-them",
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """The states the cue names are members of the body."""
        assert _codes(_one(text, surface))[1] == members

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Yerevan has stayed in the CSTO despite its anger.", "the CSTO", {"ARM"}, id="stayed-in"
            ),
            pytest.param("Belarus remains firmly in the EAEU.", "the EAEU", {"BLR"}, id="remains-in"),
            pytest.param("Observers remained in the NATO compound.", "the NATO", set(), id="not-a-state"),
        ],
    )
    def test_staying_in_a_body(self, text: str, surface: str, members: set[str]) -> None:
        """A state that stays or remains in a body is a member of it."""
        assert _codes(_one(text, surface))[1] == members

    def test_and_its_allies_in_a_body_it_is_not_in(self) -> None:
        """'X and its allies in NATO' makes X no member when the data says X is none."""
        c = _one("Tehran says the Zionist regime and its allies in NATO want war.", "NATO")
        assert _codes(c)[1] == set()

    def test_and_its_allies_in_a_body_it_is_in(self) -> None:
        """A member named before 'and its allies in' a body it belongs to stays a member."""
        c = _one("Armenia and its allies in CSTO staff talks met in Minsk.", "CSTO")
        assert _codes(c)[1] == {"ARM"}

    def test_as_a_role_is_no_membership(self) -> None:
        """'X, as the host of the Y summit' makes X no member."""
        c = _one("Oman, as the host of the GCC meeting, set the agenda.", "the GCC")
        assert _codes(c)[1] == set()

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The AES is a sovereign confederation, its spokesman said.", id="adjective-between"),
            pytest.param("The AES is a confederation.", id="bare"),
        ],
    )
    def test_predicate_description_is_no_mention(self, text: str) -> None:
        """A bare description a copula gives a named body is not a second coalition."""
        assert [c.text for c in find_coalitions(text)] == ["The AES"]

    def test_modal_predicate_stays(self) -> None:
        """'would be a confederation' supposes a body: the mention stays."""
        found = [c.text for c in find_coalitions("The AES would be a confederation.")]
        assert found == ["The AES", "a confederation"]


class TestNewBodiesInContext:
    """Spans and anaphors around the bodies the probe added."""

    def test_predicate_after_an_aside(self) -> None:
        """'The mission, known as X, was led by Y': the verb after the aside is a predicate, not the span."""
        text = "The mission, known as SAMIDRC, was led by South Africa, which sent most troops."
        c = _one(text, "SAMIDRC")
        assert _codes(c)[0] == "ZAF"

    def test_participle_aside_stays_in_the_span(self) -> None:
        """'The coalition, led by X,' keeps its aside."""
        c = _one("The coalition, led by Denmark, met in Oslo.", "The coalition, led by Denmark")
        assert _codes(c)[0] == "DNK"

    def test_bloc_is_no_mission_it_sent(self) -> None:
        """'the regional bloc' after a mission means the bloc that sent it."""
        text = "SADC leaders met. The SADC Mission in the DRC lost six men. The regional bloc will pull out."
        assert _one(text, "The regional bloc").id == "SADC"

    def test_possessive_body_in_an_of_tail(self) -> None:
        """'the B9 group of NATO's frontline states' names NATO as a mention of its own."""
        text = "The Bucharest Nine group of NATO's frontline states met in Vilnius."
        assert [c.id for c in _all(text)] == ["B9", "NATO"]

    def test_possessive_body_gives_no_id(self) -> None:
        """'the coalition of NATO's eastern states' is not NATO."""
        assert _one("The coalition of NATO's eastern states met.", "The coalition").id is None

    def test_alliance_is_no_consultation_format(self) -> None:
        """'the alliance' after a political format of NATO states means NATO."""
        text = (
            "NATO ministers met in Brussels. The Bucharest Nine urged the alliance to buy more air defence."
        )
        assert _one(text, "the alliance").id == "NATO"


class TestCompounds:
    """Adjective compounds before the noun."""

    def test_compound_with_a_word_gives_no_leader(self) -> None:
        """'Arab-Israeli': the state after the hyphen is a partner, not the leader."""
        c = _one("The so-called Arab-Israeli air defence alliance is a mirage.", _ARAB_ISRAELI)
        assert _codes(c)[:2] == (None, {"ISR"})

    def test_single_adjective_still_leads(self) -> None:
        """'a Russian alliance' keeps its leader."""
        assert _codes(_one("A Russian alliance is growing.", "A Russian alliance"))[0] == "RUS"

    def test_iranian_adjective_of_israel(self) -> None:
        """'American-Zionist' names both partners."""
        c = _one(
            "The American-Zionist alliance has failed, the commander said.", "The American-Zionist alliance"
        )
        assert _codes(c)[1] == {"USA", "ISR"}


class TestQuotedAndSupposed:
    """A quoted description after led modifiers, and a membership a modal supposes."""

    def test_led_modifiers_before_a_quoted_description(self) -> None:
        """'the British-led "coalition of the willing"' is the known coalition the quotes name."""
        text = 'Ministers of the British-led "coalition of the willing" met to plan a force for Ukraine.'
        c = _one(text, 'the British-led "coalition of the willing"')
        assert (c.id, _codes(c)[0]) == ("UKRAINE_COALITION_OF_THE_WILLING", "GBR")

    def test_would_make_a_member_of(self) -> None:
        """A bloc that a treaty would make a state a member of is supposed."""
        text = "A defence pact would make Qatar a member of a US-led regional alliance."
        assert _one(text, "a US-led regional alliance").polarity == "hypothetical"

    def test_would_make_a_member_of_a_body_named(self) -> None:
        """A definite body the modal names exists: only the membership is supposed."""
        text = "A deal would make Qatar a member of the Saudi-led coalition in Yemen."
        assert _one(text, "the Saudi-led coalition").polarity == "asserted"


class TestLedOnlyNouns:
    """Nouns of Chinese official usage that name a bloc only with a leader."""

    def test_led_clique_with_members(self) -> None:
        """'a US-led clique that brings together A, B and C' is a coalition with its leader and members."""
        text = "Beijing called the format a US-led clique that brings together Washington, Seoul and Tokyo."
        c = _one(text, "a US-led clique")
        assert _codes(c)[:2] == ("USA", {"USA", "KOR", "JPN"})

    def test_led_camp(self) -> None:
        """'any US-led camp' is a coalition led by the US."""
        assert _codes(_one("Hanoi will not join any US-led camp.", "any US-led camp"))[0] == "USA"

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("A clique of generals seized power in the capital.", id="clique-of-officers"),
            pytest.param("The refugee camp near the border was shelled.", id="refugee-camp"),
        ],
    )
    def test_without_a_leader_no_coalition(self, text: str) -> None:
        """Without a leader the nouns name no coalition."""
        assert find_coalitions(text) == ()


class TestSupposedJoining:
    """A joining in a condition makes no member; the body joined still exists."""

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param("If Serbia joined NATO, Moscow would protest.", "NATO", id="if-joined-named"),
            pytest.param(
                "Had Serbia joined NATO, Moscow would have protested.", "NATO", id="had-joined-named"
            ),
            pytest.param(
                "NATO met in Brussels. If Serbia joined the alliance, Moscow would protest.",
                "the alliance",
                id="if-joined-anaphor",
            ),
        ],
    )
    def test_no_member(self, text: str, surface: str) -> None:
        """The state in the condition is no member, and the body stays asserted."""
        c = _one(text, surface)
        assert (_codes(c)[1], c.polarity) == (set(), "asserted")

    def test_plain_joining_still_a_member(self) -> None:
        """'Serbia had already joined the bloc' keeps its member: 'had' inside a clause opens no condition."""
        assert _codes(_one("Finland had already joined NATO by then.", "NATO"))[1] == {"FIN"}

    def test_supposed_joiner_does_not_block_the_antecedent(self) -> None:
        """A non-member that would join does not stop 'the confederation' from meaning the AES."""
        text = (
            'Togo is outside the AES. "Had Togo joined the confederation, it would have lost aid," he said.'
        )
        c = _one(text, "the confederation")
        assert (c.id, _codes(c)[1]) == ("AES", set())


class TestListEnds:
    """Where an adversary list ends before a clause of its own."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "London built a bloc against Russia, and Oslo has become its base.", id="comma-and-has"
            ),
            pytest.param(
                "London built a bloc against Russia, and Norway joined it.", id="comma-and-past-verb"
            ),
        ],
    )
    def test_one_item_then_comma_and_a_clause(self, text: str) -> None:
        """One foe, then ', and' and a name with a verb: the name opens a new clause."""
        assert _codes(_one(text, "a bloc"))[2] == {"RUS"}

    def test_oxford_comma_list_kept(self) -> None:
        """'A, B, and C has emerged' is still a list of three members."""
        c = _one(
            "A bloc of Cuba, Nicaragua, and Venezuela has emerged.",
            "A bloc of Cuba, Nicaragua, and Venezuela",
        )
        assert _codes(c)[1] == {"CUB", "NIC", "VEN"}


class TestKnownGaps:
    """Faults of the eighth probe left unfixed, kept as strict xfails."""

    @pytest.mark.xfail(strict=True, reason="a lower-case 'global' before NATO is read as NATO itself")
    def test_global_nato(self) -> None:
        """'a global NATO that would include X' is a bloc like NATO, not NATO with new members."""
        text = "Washington dreams of a global NATO that would include Japan and South Korea."
        assert all(c.id != "NATO" for c in _all(text))


_ARAB_ISRAELI = "The so-called Arab-Israeli air defence alliance"


def _all(text: str) -> list[Coalition]:
    return list(find_coalitions(text))


class TestMoreKnownGaps:
    """Further faults found while fixing the eighth probe, kept as strict xfails."""

    @pytest.mark.xfail(strict=True, reason="'front' names a bloc only after united/common/joint")
    def test_resistance_front(self) -> None:
        """Iranian usage calls the Axis of Resistance 'the resistance front'."""
        text = "The resistance front, which includes Hezbollah and the Houthis, vowed revenge."
        assert [c.id for c in _all(text)] == ["AXIS_OF_RESISTANCE"]

    @pytest.mark.xfail(strict=True, reason="joiners in the next sentence are not read as members")
    def test_joiners_in_the_next_sentence(self) -> None:
        """'A and B have joined' after a coalition makes them its members."""
        text = (
            "Washington has assembled a US-led coalition against traffickers. Guyana and Belize have joined."
        )
        assert {"GUY", "BLZ"} <= _codes(_one(text, "a US-led coalition"))[1]


class TestSubjectAcrossClauses:
    """Where a subject list ends before ', and'."""

    def test_object_of_the_first_clause_is_no_member(self) -> None:
        """The object of one clause ('backs the M23') is no founder of the alliance formed in the next."""
        text = "Rwanda backs the M23, and Kinshasa has formed an alliance with Burundi against it."
        assert _codes(_one(text, "an alliance with Burundi"))[1] == {"BDI", "COD"}

    def test_oxford_subject_list_kept(self) -> None:
        """'A, B, and C formed a bloc': all three found it."""
        c = _one("Cuba, Bolivia, and Nicaragua formed a bloc.", "a bloc")
        assert _codes(c)[1] == {"CUB", "BOL", "NIC"}

    def test_adverb_after_an_aside(self) -> None:
        """'X, the bloc's largest economy, recently joined Y': X joined Y across the aside and the adverb."""
        text = "Nigeria, the region's largest economy, recently joined BRICS as a partner."
        assert _codes(_one(text, "BRICS"))[1] == {"NGA"}

    def test_name_inside_an_aside_is_no_subject(self) -> None:
        """'Egypt, a close ally of Washington, joined BRICS': Egypt joined, not Washington."""
        text = "Egypt, a close ally of Washington, joined BRICS."
        assert _codes(_one(text, "BRICS"))[1] == {"EGY"}
