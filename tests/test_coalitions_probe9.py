"""Coalition faults a ninth probe of invented articles found: member counts written with modifiers or
before a body's name, kinds the words around an ad-hoc alignment tell, member and partner cues, bodies
missing from the gazetteer, ids of descriptions and anaphors, and polarity cues.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


class TestCounts:
    """Member counts with modifiers, before a name, from a prefix, and from the subject that forms a body."""

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "The alliance of five communist states collapsed in 1991.",
                "The alliance of five communist states",
                5,
                id="modifier-inside",
            ),
            pytest.param(
                "Diplomats say a bloc of the four coastal states could emerge by summer.",
                "a bloc of the four coastal states",
                4,
                id="determiner-and-modifier-inside",
            ),
            pytest.param(
                "The ten ASEAN states will vote on the text in Vientiane.",
                "The ten ASEAN states",
                10,
                id="count-before-name",
            ),
            pytest.param(
                "Two of the 12 OPEC members pumped above their quotas in May.",
                "the 12 OPEC members",
                12,
                id="partitive-count-before-name",
            ),
            pytest.param(
                "All 32 NATO allies backed the statement on Friday.",
                "32 NATO allies",
                32,
                id="allies-as-unit",
            ),
            pytest.param(
                "Ministers said the pact would take in the six oil-rich states of the GCC.",
                "the GCC",
                6,
                id="modified-count-agreeing-with-data",
            ),
            pytest.param(
                "The ministry names 40 countries as members of the alliance against the militants.",
                "the alliance",
                40,
                id="as-members-of",
            ),
            pytest.param(
                "The EU naval mission off Libya, involving 11 of the 12 member nations, was extended.",
                "The EU naval mission",
                11,
                id="involving-n-of-the",
            ),
            pytest.param(
                "The four nations have formed a defence alliance.",
                "a defence alliance",
                4,
                id="forming-subject-count",
            ),
            pytest.param(
                "Seoul signed a trilateral pact with Tokyo and Washington.",
                "a trilateral pact with Tokyo and Washington",
                3,
                id="trilateral",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int) -> None:
        assert _one(text, surface).member_count == count

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "The three Baltic states of NATO asked for more air defence.", "NATO", id="subset-before-name"
            ),
            pytest.param(
                "Some 20 NATO members voted for the plan.", "NATO members", id="bare-count-is-a-subset"
            ),
        ],
    )
    def test_no_count(self, text: str, surface: str) -> None:
        assert _one(text, surface).member_count is None


class TestContextKind:
    """A mention with no kind word and no known body takes the kind its members, foes or clause tell."""

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "An alliance of separatist rebel groups said it had beaten back the assault.",
                "An alliance of separatist rebel groups",
                id="armed-groups",
            ),
            pytest.param(
                "Beijing and Moscow could build a common front against Nato, the paper said.",
                "a common front",
                id="foe-a-body",
            ),
            pytest.param(
                "The Gulf allies launched a wave of missile strikes on the port before dawn.",
                "The Gulf allies",
                id="fighting-clause",
            ),
            pytest.param(
                "The new coalition's first battle plan leaked to the press.",
                "The new coalition",
                id="battle-plan",
            ),
        ],
    )
    def test_military(self, text: str, surface: str) -> None:
        assert _one(text, surface).kind == "military"

    def test_nothing_told(self) -> None:
        c = _one("The loose coalition met again in Geneva on Monday.", "The loose coalition")
        assert c.kind is None

    def test_a_known_body_keeps_its_kind(self) -> None:
        c = _one("The EAC launched a trade offensive against smuggling.", "The EAC")
        assert c.kind == "economic"


class TestArmedGroupApposed:
    """An alliance apposed to a known armed group's name is that group; a tie ('-linked') is no member."""

    def test_group_then_alliance(self) -> None:
        c = _one(
            "Katiba Serma joined JNIM, an al-Qaeda-linked coalition of jihadist factions, in 2019.",
            "JNIM, an al-Qaeda-linked coalition of jihadist factions",
        )
        assert (c.id, c.kind) == ("JNIM", "military")
        assert "AL_QAEDA" not in {a.code for a in c.members}

    def test_name_and_acronym_then_alliance(self) -> None:
        c = _one(
            "The Syrian Democratic Forces (SDF), a Kurdish-led alliance, took the dam.",
            "The Syrian Democratic Forces (SDF), a Kurdish-led alliance",
        )
        assert c.id == "SDF"

    def test_a_state_apposed_is_no_group(self) -> None:
        (c,) = find_coalitions("Qatar, a member of the coalition against the militants, hosted talks.")
        assert c.id is None


class TestNewBodies:
    """Bodies and groups the gazetteer now knows, and the Non-Aligned Movement, whose code was Namibia's."""

    @pytest.mark.parametrize(
        ("text", "surface", "cid"),
        [
            pytest.param(
                "The Non-Aligned Movement will hold its next summit in Kampala.",
                "The Non-Aligned Movement",
                "NON_ALIGNED",
                id="non-aligned-movement",
            ),
            pytest.param(
                "Leaders of CARICOM met in Bridgetown to discuss the crisis.",
                "CARICOM",
                "CARICOM",
                id="caricom",
            ),
            pytest.param(
                "Jets from the Five Power Defence Arrangements flew over the strait.",
                "the Five Power Defence Arrangements",
                "FPDA",
                id="fpda",
            ),
            pytest.param(
                "The Kenyan-led Multinational Security Support mission lost two officers.",
                "The Kenyan-led Multinational Security Support mission",
                "MSS_HAITI",
                id="mss-haiti",
            ),
            pytest.param(
                "Diplomats said the Gang Suppression Force would deploy in the spring.",
                "the Gang Suppression Force",
                "GSF_HAITI",
                id="gang-suppression-force",
            ),
            pytest.param(
                "Viv Ansanm blocked the road to the airport on Tuesday.",
                "Viv Ansanm",
                "VIV_ANSANM",
                id="viv-ansanm",
            ),
            pytest.param(
                "Think tanks describe an axis of upheaval that worries Brussels.",
                "an axis of upheaval",
                "AXIS_OF_UPHEAVAL",
                id="axis-of-upheaval",
            ),
            pytest.param(
                "The Axis powers lost the war in 1945.", "The Axis powers", "AXIS_POWERS", id="axis-powers"
            ),
        ],
    )
    def test_named(self, text: str, surface: str, cid: str) -> None:
        assert _one(text, surface).id == cid

    def test_namibia_is_still_a_state(self) -> None:
        c = _one("Namibia joined the SADC force in 2023.", "the SADC force")
        assert "NAM" in {a.code for a in c.members}

    def test_a_diaspora_is_no_body(self) -> None:
        assert find_coalitions("The Caribbean community in Leeds marked the anniversary.") == ()

    def test_seato_members_from_the_data(self) -> None:
        from geoquote._actors import default_gazetteer

        assert default_gazetteer().member_count("SEATO") == 8

    def test_armed_movements_make_a_coalition(self) -> None:
        c = _one(
            "The WNA, a coalition of former rebel movements, signed the deal.",
            "a coalition of former rebel movements",
        )
        assert c.kind == "military"

    def test_protest_movements_do_not(self) -> None:
        assert find_coalitions("A coalition of protest movements marched through Lyon.") == ()


class TestMemberCues:
    """Cues that name members, and statuses and headings that do not."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Analysts describe an axis linking Minsk, Tehran, Caracas and Havana.",
                "an axis",
                {"BLR", "IRN", "VEN", "CUB"},
                id="linking-one-list",
            ),
            pytest.param(
                "Chile and Peru took part in the opening weeks of the Pacific Alliance's drills.",
                "the Pacific Alliance",
                set(),
                id="took-part-in-something-else",
            ),
            pytest.param(
                "Kuwait and Egypt took part in Operation Decisive Storm from its first night.",
                "Operation Decisive Storm",
                {"KWT", "EGY"},
                id="took-part-in",
            ),
            pytest.param(
                "Norway and Iceland are in NATO with Denmark.",
                "NATO",
                {"NOR", "ISL", "DNK"},
                id="are-in-body-with",
            ),
            pytest.param(
                "Ghana, which rejoined the bloc after a decade away, hosted the summit.",
                "the bloc",
                {"GHA"},
                id="rejoined",
            ),
            pytest.param(
                "CENTO, signed in Baghdad in 1955 by Turkey and Iraq, fell apart.",
                "CENTO",
                {"TUR", "IRQ"},
                id="signed-by",
            ),
            pytest.param(
                "The bloc had four members: Chile, Peru, Colombia and Mexico.",
                "The bloc",
                {"CHL", "PER", "COL", "MEX"},
                id="had-n-members-colon",
            ),
            pytest.param(
                "Over the years the bloc has welcomed Croatia and Malta as full members.",
                "the bloc",
                {"HRV", "MLT"},
                id="welcomed-as-members",
            ),
            pytest.param(
                "Slovenia was the last of the 27 allies to sign the protocol.",
                "the 27 allies",
                {"SVN"},
                id="last-of-the-allies",
            ),
            pytest.param(
                "Madrid will deploy two frigates to join the EU naval mission.",
                "the EU naval mission",
                {"ESP"},
                id="sent-to-join",
            ),
            pytest.param(
                "On Monday, Ghana, Togo and Benin signed an accord that puts them on course to form "
                "their own defence alliance.",
                "their own defence alliance",
                {"GHA", "TGO", "BEN"},
                id="their-own",
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        assert {a.code for a in _one(text, surface).members} == members

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "Laos and Nepal became partner countries of the bloc last year.",
                "the bloc",
                id="partner-countries",
            ),
            pytest.param(
                "Qatar joined talks with the coalition on Sunday.", "the coalition", id="joined-talks"
            ),
            pytest.param(
                "The CIS: Ukraine stopped taking part in 2014.", "The CIS", id="heading-then-clause"
            ),
            pytest.param("Bhutan is in NATO's thoughts, the envoy joked.", "NATO", id="in-a-body-possessive"),
        ],
    )
    def test_no_members(self, text: str, surface: str) -> None:
        assert [a.code for a in _one(text, surface).members] == []


class TestIdsAndAnaphora:
    """Descriptions and anaphors that name a known body, and the bodies they may not take."""

    def test_definite_us_led_alliance_is_nato(self) -> None:
        c = _one("Critics say the US-led alliance has grown too close to Kyiv.", "the US-led alliance")
        assert (c.id, c.standing) == ("NATO", True)

    def test_us_led_alliance_keeps_its_leader(self) -> None:
        c = _one("Moscow accused the US-led alliance of arming Kyiv.", "the US-led alliance")
        assert _codes(c) == ("USA", set(), set())

    def test_us_led_coalition_is_not_nato(self) -> None:
        c = _one("Critics say the US-led coalition has grown too close to Kyiv.", "the US-led coalition")
        assert c.id != "NATO"

    def test_anti_western_bloc_is_not_a_western_body(self) -> None:
        found = find_coalitions(
            "The Quad's ministers met in Delhi. Sceptics argue the anti-Western bloc is looser than it seems."
        )
        assert [c.id for c in found if c.text == "the anti-Western bloc"] == [None]

    def test_counted_grouping_takes_the_body_of_that_size(self) -> None:
        found = find_coalitions(
            "Riyadh leads the OPEC+ alliance of 22 producers. Moldova still sits in the CIS. "
            "The nine-member grouping meets in Minsk."
        )
        assert [c.id for c in found if c.text == "The nine-member grouping"] == ["CIS"]

    def test_an_asian_nato_before_a_purpose_is_no_nato(self) -> None:
        c = _one("Beijing says Washington wants an Asian NATO to encircle it.", "an Asian NATO")
        assert (c.id, c.polarity) == (None, "hypothetical")

    def test_global_coalition_by_its_name(self) -> None:
        c = _one(
            'Canada sits in what officials call the "global coalition to destroy ISIL."',
            'the "global coalition to destroy ISIL."',
        )
        assert (c.id, c.label) == ("US_LED_ANTI_ISIS", "global coalition to destroy ISIL")

    def test_international_coalition_without_theatre_stays_open(self) -> None:
        c = _one(
            "Oslo joined the international coalition against Daesh in 2015.", "the international coalition"
        )
        assert c.id is None


class TestPolarityAndTargets:
    """Characterisations hedge, a treaty ally can be denied, a supposed alliance is hypothetical, and a
    target of what the bloc would be turned into is not the bloc's."""

    def test_described_as_hedges(self) -> None:
        c = _one(
            "Some papers have described the SCO as an anti-Western alliance led by Beijing.",
            "an anti-Western alliance led by Beijing",
        )
        assert c.polarity == "hedged"

    def test_painted_as_hedges(self) -> None:
        c = _one("Pyongyang has painted AUKUS as a new military bloc.", "a new military bloc")
        assert c.polarity == "hedged"

    def test_not_a_treaty_ally(self) -> None:
        c = _one("Belarus is not a treaty ally of Beijing.", "a treaty ally of Beijing")
        assert c.polarity == "negated"

    def test_indefinite_alliance_against_then_would(self) -> None:
        c = _one("An alliance against Turkey would be folly, the minister said.", "An alliance")
        assert c.polarity == "hypothetical"

    def test_definite_alliance_against_then_would_reports(self) -> None:
        c = _one("He said the alliance against the junta would meet in May.", "the alliance")
        assert c.polarity == "asserted"

    def test_target_of_what_it_would_become(self) -> None:
        c = _one("Brasilia resists turning the bloc into a tool against Washington.", "the bloc")
        assert _codes(c)[2] == set()


class TestLedForces:
    """A force a state leads in a reduced relative is a mention; troops from states are its members."""

    def test_force_led_by_a_state(self) -> None:
        c = _one(
            "Estonia will host a forward land force led by Britain, with troops from France and Iceland.",
            "a forward land force led by Britain",
        )
        assert (_codes(c), c.kind) == (("GBR", {"FRA", "ISL"}, set()), "military")

    def test_force_led_by_a_person(self) -> None:
        assert find_coalitions("A force led by General Okello crossed the river.") == ()


class TestSubjectsLeftOut:
    """An excepted state and a clause with a pronoun subject give no members."""

    def test_all_but(self) -> None:
        c = _one(
            "Four of them are neutral, but all but Serbia are in the Council of Europe.",
            "the Council of Europe",
        )
        assert _codes(c)[1] == set()

    def test_pronoun_subject_after_a_comma(self) -> None:
        found = find_coalitions(
            '"This is no pact against Beijing, we are building a pact for trade," he said.'
        )
        assert all("CHN" not in {a.code for a in c.members} for c in found)
