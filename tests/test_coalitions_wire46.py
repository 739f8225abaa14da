"""Coalition readings of wire copy, round 46: blocs named by a description of their states, membership told
as events, and coalitions run by states that share the lead.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions
from tests._coalition_helpers import Row, rows

#: The confederation of Mali, Burkina Faso and Niger as the rows below write it.
_SAHEL = "the Alliance of Sahel States"


class TestDescribedList:
    """The states a speaker calls or describes as a bloc are its members, also when they are three or more."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Officials in Washington describe Russia, China, Iran and North Korea as an axis.",
                [("an axis", None, "hedged", None, ["RUS", "CHN", "IRN", "PRK"])],
                id="describe-list-as-an-axis",
            ),
            pytest.param(
                "Analysts have dubbed China, Russia, Iran and North Korea the axis of upheaval.",
                [
                    (
                        "the axis of upheaval",
                        "AXIS_OF_UPHEAVAL",
                        "asserted",
                        None,
                        ["CHN", "RUS", "IRN", "PRK"],
                    )
                ],
                id="dubbed-list-the-named-axis",
            ),
            pytest.param(
                'Western officials call Russia, China and Iran the "axis of upheaval".',
                [('the "axis of upheaval"', "AXIS_OF_UPHEAVAL", "asserted", None, ["RUS", "CHN", "IRN"])],
                id="call-list-the-quoted-axis",
            ),
            pytest.param(
                "Officials in Washington describe Russia and China as an axis.",
                [("an axis", None, "hedged", None, ["RUS", "CHN"])],
                id="guard-describe-pair",
            ),
            pytest.param(
                "Beijing described the drills, held near Japan, as a bloc in the making.",
                [("a bloc", None, "hedged", None, [])],
                id="aside-hedged-but-no-list",
            ),
            pytest.param(
                "The minister called Hungary and Slovakia the Visegrad Group's weak links.",
                [("the Visegrad Group", "VISEGRAD_GROUP", "asserted", None, [])],
                id="guard-called-the-body-s-part",
            ),
        ],
    )
    def test_described(self, text: str, expected: list[Row]) -> None:
        """A bare list of states before "as" or before the bloc's name gives its members."""
        assert rows(text) == expected


class TestReadmitted:
    """A state a body readmits, or that is readmitted to it, is a member again."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Arab League readmitted Syria in May after a 12-year suspension.",
                [("The Arab League", "ARAB_LEAGUE", "asserted", None, ["SYR"])],
                id="body-readmitted-state",
            ),
            pytest.param(
                "The African Union has re-admitted Burkina Faso, its chairman said on Friday.",
                [("The African Union", "AU", "asserted", None, ["BFA"])],
                id="guard-body-has-re-admitted-state",
            ),
            pytest.param(
                "Syria was readmitted to the Arab League in May.",
                [("the Arab League", "ARAB_LEAGUE", "asserted", None, ["SYR"])],
                id="guard-state-was-readmitted",
            ),
            pytest.param(
                "The Arab League suspended Syria in November 2011.",
                [("The Arab League", "ARAB_LEAGUE", "asserted", None, [])],
                id="guard-suspended-is-no-member",
            ),
        ],
    )
    def test_readmitted(self, text: str, expected: list[Row]) -> None:
        """ "readmitted" lists members as "admitted" does."""
        assert rows(text) == expected


def counts(text: str) -> list[tuple[str, int | None]]:
    """(text, member count) of every coalition mention of ``text``."""
    return [(c.text, c.member_count) for c in find_coalitions(text)]


class TestRankAfterJoining:
    """The rank a state joins with, said after the body ("as its 11th member"), is the body's count."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Timor-Leste joined ASEAN as its 11th member on Sunday.",
                [("ASEAN", 11)],
                id="joined-as-its-nth-member",
            ),
            pytest.param(
                "The Democratic Republic of Congo joined the EAC in 2022, becoming its seventh member.",
                [("the EAC", 7)],
                id="becoming-its-nth-member",
            ),
            pytest.param(
                "The EAC admitted Somalia as its eighth member state.",
                [("The EAC", 8)],
                id="admitted-state-as-its-nth-member-state",
            ),
            pytest.param(
                "Sweden joined NATO on Thursday, becoming the 32nd member.",
                [("NATO", 32)],
                id="becoming-the-nth-member",
            ),
            pytest.param(
                "Kazakhstan joined the Abraham Accords, becoming the fifth country to do so.",
                [("the Abraham Accords", None)],
                id="guard-nth-country-to-do-so",
            ),
            pytest.param(
                "Egypt joined BRICS as its newest member.",
                [("BRICS", None)],
                id="guard-no-ordinal",
            ),
            pytest.param(
                "Turkey is set to join the bloc as its tenth member.",
                [("the bloc", None)],
                id="guard-joining-still-to-come",
            ),
            pytest.param(
                "Finland joined the EU in 1995 and decades later was made the 31st member of NATO.",
                [("the EU", None), ("NATO", 31)],
                id="guard-rank-of-another-body",
            ),
        ],
    )
    def test_rank(self, text: str, expected: list[tuple[str, int | None]]) -> None:
        """An ordinal after "as its" or "becoming its" counts the members; a rank still to come does not."""
        assert counts(text) == expected


class TestFormingParticiple:
    """The states opening a clause are the members of what its participle of founding forms after a comma."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Mali, Burkina Faso and Niger quit ECOWAS in January, forming the Alliance of Sahel States.",
                [
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                    (_SAHEL, "AES", "asserted", None, ["MLI", "BFA", "NER"]),
                ],
                id="quit-then-forming",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger left ECOWAS last year, forming their own confederation.",
                [
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                    ("their own confederation", None, "asserted", None, ["MLI", "BFA", "NER"]),
                ],
                id="guard-forming-their-own",
            ),
            pytest.param(
                "Officials said Mali and Niger quit ECOWAS, forming a new bloc.",
                [("ECOWAS", "ECOWAS", "asserted", None, []), ("a new bloc", None, "asserted", None, [])],
                id="guard-speaker-opens-the-sentence",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger formed the Alliance of Sahel States in 2023.",
                [(_SAHEL, "AES", "asserted", None, ["MLI", "BFA", "NER"])],
                id="guard-finite-verb",
            ),
        ],
    )
    def test_participle(self, text: str, expected: list[Row]) -> None:
        """ ", forming X" takes the list that opens its clause, not the object before the comma."""
        assert rows(text) == expected


class TestSharedHead:
    """States that "head" a coalition together are its members, none of them its leader."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Germany and Poland head the armoured vehicles coalition.",
                [
                    (
                        "the armoured vehicles coalition",
                        "ARMOURED_VEHICLES_COALITION",
                        "asserted",
                        None,
                        ["DEU", "POL"],
                    )
                ],
                id="pair-head-the-coalition",
            ),
            pytest.param(
                "Britain and France are heading the coalition of the willing.",
                [
                    (
                        "the coalition of the willing",
                        "UKRAINE_COALITION_OF_THE_WILLING",
                        "asserted",
                        None,
                        ["GBR", "FRA"],
                    )
                ],
                id="pair-are-heading",
            ),
            pytest.param(
                "Germany heads the armoured vehicles coalition.",
                [("the armoured vehicles coalition", "ARMOURED_VEHICLES_COALITION", "asserted", "DEU", [])],
                id="guard-one-state-heads",
            ),
        ],
    )
    def test_head(self, text: str, expected: list[Row]) -> None:
        """A plural subject of "head" or "are heading" shares the lead."""
        assert rows(text) == expected


class TestRelativeFounders:
    """States a relative clause right after a mention says formed or joined it are its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The tank coalition, which Germany and Poland formed to deliver Leopards, is short of parts.",
                [("The tank coalition", "TANK_COALITION", "asserted", None, ["DEU", "POL"])],
                id="which-pair-formed",
            ),
            pytest.param(
                "The alliance that Mali, Niger and Burkina Faso set up last year has a joint force.",
                [("The alliance", None, "asserted", None, ["MLI", "NER", "BFA"])],
                id="that-list-set-up",
            ),
            pytest.param(
                "NATO, which Finland joined in 2023, held drills in Lapland.",
                [("NATO", "NATO", "asserted", None, ["FIN"])],
                id="which-state-joined",
            ),
            pytest.param(
                "The coalition, which Iran accuses of war crimes, struck Sanaa.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-which-accuses",
            ),
            pytest.param(
                "The bloc, which Russia says it will never join, met in Astana.",
                [("The bloc", None, "asserted", None, [])],
                id="guard-which-says-never-join",
            ),
        ],
    )
    def test_relative(self, text: str, expected: list[Row]) -> None:
        """The subject of "which ... formed" or "that ... set up" is a member."""
        assert rows(text) == expected


class TestOpposedBloc:
    """A bloc a state warns against or opposes, indefinite or a bare plural, is not there: hypothetical."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Beijing warned against forming a military bloc in the region.",
                [("a military bloc", None, "hypothetical", None, [])],
                id="warned-against-forming-a-bloc",
            ),
            pytest.param(
                "China firmly opposes the creation of exclusive military blocs, the envoy said.",
                [("exclusive military blocs", None, "hypothetical", None, [])],
                id="opposes-the-creation-of-blocs",
            ),
            pytest.param(
                "Tokyo cautioned against a NATO-style alliance in Asia.",
                [("a NATO-style alliance", None, "hypothetical", None, [])],
                id="cautioned-against-a-likeness",
            ),
            pytest.param(
                "Officials in Hanoi objected to the idea of a maritime alliance against Beijing.",
                [("a maritime alliance", None, "hypothetical", None, [])],
                id="guard-objected-to-the-idea-of",
            ),
            pytest.param(
                "Beijing opposes the US-led alliance.",
                [("the US-led alliance", "NATO", "asserted", "USA", [])],
                id="guard-definite-bloc-opposed",
            ),
            pytest.param(
                "Russia warned against NATO's expansion to the east.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-standing-body",
            ),
        ],
    )
    def test_opposed(self, text: str, expected: list[Row]) -> None:
        """ "warned against", "opposes (the creation of)" and "cautioned against" make the bloc supposed."""
        assert rows(text) == expected


class TestWhoAside:
    """A relative clause with "who" or "whose" between a subject and its verb holds no subject, as one with
    "which" does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Houthis, who are backed by Iran, are part of the so-called axis of resistance.",
                [("the so-called axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HOUTHIS"])],
                id="who-aside",
            ),
            pytest.param(
                "Syria, whose army is backed by Russia, is part of the Iranian-led axis.",
                [("the Iranian-led axis", None, "asserted", "IRN", ["SYR"])],
                id="whose-aside",
            ),
            pytest.param(
                "Mali and Niger, whose juntas are close to Moscow, formed a new alliance.",
                [("a new alliance", None, "asserted", None, ["MLI", "NER"])],
                id="whose-aside-pair",
            ),
            pytest.param(
                "Finland, whose border with Russia is long, joined NATO in 2023.",
                [("NATO", "NATO", "asserted", None, ["FIN"])],
                id="whose-aside-joined",
            ),
            pytest.param(
                "Hezbollah, which Iran funds, is part of the Iranian-led axis.",
                [("the Iranian-led axis", None, "asserted", "IRN", ["HEZBOLLAH"])],
                id="guard-which-aside",
            ),
        ],
    )
    def test_aside(self, text: str, expected: list[Row]) -> None:
        """The actor inside the aside is no member; the list before it is."""
        assert rows(text) == expected


class TestTroopsToARunMission:
    """States that send or contribute troops to a mission or force a body runs are its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Burundi and Ethiopia contribute troops to the AU mission in Somalia.",
                [("the AU mission", "AMISOM", "asserted", "AU", ["BDI", "ETH"])],
                id="contribute-troops-to-au-mission",
            ),
            pytest.param(
                "France and Italy sent frigates to the EU naval mission.",
                [("the EU naval mission", None, "asserted", "EU", ["FRA", "ITA"])],
                id="sent-frigates-to-eu-mission",
            ),
            pytest.param(
                "Burundi and Ethiopia contribute troops to AUSSOM.",
                [("AUSSOM", "AMISOM", "asserted", None, ["BDI", "ETH"])],
                id="guard-named-mission",
            ),
            pytest.param(
                "Rwanda sent troops to fight the SADC mission.",
                [("the SADC mission", None, "asserted", "SADC", [])],
                id="guard-troops-to-fight-it",
            ),
        ],
    )
    def test_troops(self, text: str, expected: list[Row]) -> None:
        """ "contribute troops to", "sent frigates to" a mission an organisation leads make its members."""
        assert rows(text) == expected


class TestClosedList:
    """A member list an "and" has closed ends at a comma followed by the clause's own words."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition, which includes Britain and France, fought ISIS.",
                [("The coalition", None, "asserted", None, ["GBR", "FRA"])],
                id="which-includes-then-irregular-verb",
            ),
            pytest.param(
                "AMISOM, with troops from Uganda, Burundi and Kenya, patrols Mogadishu.",
                [("AMISOM", "AMISOM", "asserted", None, ["UGA", "BDI", "KEN"])],
                id="troops-from-then-present-verb",
            ),
            pytest.param(
                "The bloc includes Russia and China, but not India.",
                [("The bloc", None, "asserted", None, ["RUS", "CHN"])],
                id="guard-but-not",
            ),
            pytest.param(
                "The bloc includes Russia and China, as well as Iran.",
                [("The bloc", None, "asserted", None, ["RUS", "CHN", "IRN"])],
                id="guard-as-well-as",
            ),
            pytest.param(
                "The coalition includes Britain and France, and later Italy.",
                [("The coalition", None, "asserted", None, ["GBR", "FRA", "ITA"])],
                id="guard-comma-and",
            ),
        ],
    )
    def test_closed(self, text: str, expected: list[Row]) -> None:
        """The actor after ", fought", ", patrols" or ", but not" is no further member."""
        assert rows(text) == expected

    def test_foe_after_the_list(self) -> None:
        """The object of the verb after the closed list is the coalition's foe, not its member."""
        (c,) = find_coalitions("The coalition, which includes Britain and France, fought the Houthis.")
        assert [a.code for a in c.adversaries] == ["HOUTHIS"]


class TestDrewTroopsFrom:
    """A mission that draws its troops from states has them as members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The SADC mission in the DRC drew troops from South Africa, Malawi and Tanzania.",
                [("The SADC mission in the DRC", "SAMIDRC", "asserted", None, ["ZAF", "MWI", "TZA"])],
                id="drew-troops-from",
            ),
            pytest.param(
                "AMISOM, which draws soldiers from Uganda, Burundi and Kenya, patrols Mogadishu.",
                [("AMISOM", "AMISOM", "asserted", None, ["UGA", "BDI", "KEN"])],
                id="which-draws-soldiers-from",
            ),
            pytest.param(
                "The coalition drew fire from Iran and Russia.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-drew-fire-from",
            ),
        ],
    )
    def test_drew(self, text: str, expected: list[Row]) -> None:
        """ "drew troops from" and "draws soldiers from" list the members; "drew fire from" does not."""
        assert rows(text) == expected


class TestApposedCore:
    """An apposition after a list that calls it the core (backbone, pillars) or members of a body, set off by
    commas or by dashes, names the body's members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iran and Hezbollah, the core of the axis of resistance, have been weakened.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN", "HEZBOLLAH"])],
                id="the-core-of",
            ),
            pytest.param(
                "Saudi Arabia and the UAE, the two pillars of the coalition, disagree.",
                [("the coalition", None, "asserted", None, ["SAU", "ARE"])],
                id="the-two-pillars-of",
            ),
            pytest.param(
                "The Houthis, Hamas and Hezbollah — all members of the Iran-backed axis — vowed revenge.",
                [("the Iran-backed axis", None, "asserted", None, ["HOUTHIS", "HAMAS", "HEZBOLLAH"])],
                id="dash-all-members-of",
            ),
            pytest.param(
                "Senegal and Ghana, both members of ECOWAS, urged dialogue.",
                [("ECOWAS", "ECOWAS", "asserted", None, ["SEN", "GHA"])],
                id="guard-comma-both-members-of",
            ),
            pytest.param(
                "The war has exposed the core of the alliance.",
                [("the alliance", None, "asserted", None, [])],
                id="guard-core-with-no-list",
            ),
        ],
    )
    def test_apposed(self, text: str, expected: list[Row]) -> None:
        """The list before the apposition is the body's members."""
        assert rows(text) == expected


class TestCoLedBy:
    """States a coalition is "co-led by" or "jointly led by" are members, and none of them is the leader."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition, co-led by Britain and France, would deploy a force after a ceasefire.",
                [("The coalition, co-led by Britain and France", None, "asserted", None, ["GBR", "FRA"])],
                id="co-led-by-pair",
            ),
            pytest.param(
                "The IT coalition is co-led by Estonia and Luxembourg.",
                [("The IT coalition", "IT_COALITION", "asserted", None, ["EST", "LUX"])],
                id="is-co-led-by",
            ),
            pytest.param(
                "The force is jointly led by Chad and Niger.",
                [("The force", None, "asserted", None, ["TCD", "NER"])],
                id="is-jointly-led-by",
            ),
            pytest.param(
                "The alliance, led by China and Russia, met in Minsk.",
                [("The alliance, led by China and Russia", None, "asserted", "CHN", ["CHN", "RUS"])],
                id="guard-led-by-pair",
            ),
        ],
    )
    def test_co_led(self, text: str, expected: list[Row]) -> None:
        """A shared lead gives members and no leader; a plain "led by" keeps its first state as leader."""
        assert rows(text) == expected


class TestChairWithAdverb:
    """A state that "currently" (now, formally) holds or took over a body's chair is a member, as without the
    adverb."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Uganda currently holds the rotating chairmanship of the EAC.",
                [("the EAC", "EAC", "asserted", None, ["UGA"])],
                id="currently-holds-chairmanship-of",
            ),
            pytest.param(
                "Kenya formally took over the chair of IGAD on Monday.",
                [("IGAD", "IGAD", "asserted", None, ["KEN"])],
                id="formally-took-over-chair-of",
            ),
            pytest.param(
                "Malaysia, which currently holds the rotating ASEAN chair, hosted the summit.",
                [("ASEAN", "ASEAN", "asserted", None, ["MYS"])],
                id="which-currently-holds-body-chair",
            ),
            pytest.param(
                "Kenya took over the rotating chair of IGAD from Djibouti.",
                [("IGAD", "IGAD", "asserted", None, ["KEN"])],
                id="guard-no-adverb",
            ),
            pytest.param(
                "The minister currently holds the chair of the EAC.",
                [("the EAC", "EAC", "asserted", None, [])],
                id="guard-person-holds-chair",
            ),
        ],
    )
    def test_chair(self, text: str, expected: list[Row]) -> None:
        """An adverb between the holder and "holds" keeps the holder."""
        assert rows(text) == expected


class TestServeIn:
    """States whose troops serve in or with a mission or force are its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Troops from Burundi, Ethiopia and Kenya serve in the AU mission.",
                [("the AU mission", None, "asserted", "AU", ["BDI", "ETH", "KEN"])],
                id="troops-from-list-serve-in",
            ),
            pytest.param(
                "Soldiers from Chad and Niger serve with the Multinational Joint Task Force.",
                [("the Multinational Joint Task Force", "MNJTF", "asserted", None, ["TCD", "NER"])],
                id="soldiers-from-pair-serve-with",
            ),
            pytest.param(
                "He served in NATO for 20 years.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-person-served",
            ),
            pytest.param(
                "Turkish officers serve in NATO.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-demonym-on-a-noun",
            ),
        ],
    )
    def test_serve(self, text: str, expected: list[Row]) -> None:
        """ "serve in/with" a body takes the states of its subject as members."""
        assert rows(text) == expected


class TestSpokenFor:
    """In a UN meeting summary, the state whose delegate speaks on behalf of a group is one of its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The representative of Uganda, speaking on behalf of the Non-Aligned Movement, spoke.",
                [("the Non-Aligned Movement", "NON_ALIGNED", "asserted", None, ["UGA"])],
                id="representative-of-speaking-on-behalf-of",
            ),
            pytest.param(
                "Egypt, on behalf of the African Group, expressed concern.",
                [("the African Group", "AFRICAN_GROUP", "asserted", None, ["EGY"])],
                id="state-on-behalf-of",
            ),
            pytest.param(
                "Algeria's representative, speaking for the Arab Group, condemned the attack.",
                [("the Arab Group", "ARAB_GROUP", "asserted", None, ["DZA"])],
                id="state-s-representative-speaking-for",
            ),
            pytest.param(
                "Speaking on behalf of the Arab Group, the delegate of Tunisia condemned the settlements.",
                [("the Arab Group", "ARAB_GROUP", "asserted", None, ["TUN"])],
                id="opening-then-delegate-of",
            ),
            pytest.param(
                "Speaking for the Group of 77 and China, Iraq's delegate called for debt relief.",
                [("the Group of 77 and China", "G77", "asserted", None, ["IRQ"])],
                id="opening-then-state-s-delegate",
            ),
            pytest.param(
                "Sanctions on Iran, on behalf of the EU, were extended.",
                [("the EU", "EU", "asserted", None, [])],
                id="guard-state-no-subject",
            ),
            pytest.param(
                "Speaking for NATO, the spokesman said Russia was a threat.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-person-speaks",
            ),
        ],
    )
    def test_spoken_for(self, text: str, expected: list[Row]) -> None:
        """ "X, (speaking) on behalf of G" and "Speaking for G, X's delegate" make X a member of G."""
        assert rows(text) == expected


class TestWhoseCount:
    """A count in a "whose" clause right after the body counts its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Organisation of Islamic Cooperation, whose 57 members include Turkey, called for calm.",
                [("The Organisation of Islamic Cooperation", 57)],
                id="whose-n-members-include",
            ),
            pytest.param(
                "ECOWAS, whose 15 member states met in Abuja, imposed sanctions.",
                [("ECOWAS", 15)],
                id="whose-n-member-states",
            ),
            pytest.param(
                "The bloc, whose three founding members are Mali, Niger and Burkina Faso, met.",
                [("The bloc", None)],
                id="guard-whose-founders",
            ),
            pytest.param(
                "ASEAN, whose members include Laos, met in Vientiane.",
                [("ASEAN", None)],
                id="guard-whose-members-no-number",
            ),
        ],
    )
    def test_whose(self, text: str, expected: list[tuple[str, int | None]]) -> None:
        """ ", whose N members" gives N; the founders' number does not."""
        assert counts(text) == expected


class TestPossessedMembersBetweenDashes:
    """A body's members named between dashes after "X's N member states" are its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Gulf Cooperation Council's six member states — Bahrain, Kuwait, Oman, Qatar, "
                "Saudi Arabia and the UAE — issued a joint statement.",
                [
                    (
                        "The Gulf Cooperation Council",
                        "GCC",
                        "asserted",
                        None,
                        ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"],
                    )
                ],
                id="possessed-members-between-dashes",
            ),
            pytest.param(
                "The AES's three members -- Mali, Niger and Burkina Faso -- left ECOWAS.",
                [
                    ("The AES", "AES", "asserted", None, ["MLI", "NER", "BFA"]),
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                ],
                id="possessed-members-between-double-hyphens",
            ),
            pytest.param(
                "The bloc's rival states — Iran and Iraq — objected.",
                [("The bloc", None, "asserted", None, [])],
                id="guard-rival-states",
            ),
            pytest.param(
                "The GCC's six members, Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE, met.",
                [("The GCC", "GCC", "asserted", None, ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"])],
                id="guard-commas",
            ),
        ],
    )
    def test_dashes(self, text: str, expected: list[Row]) -> None:
        """The list runs from the opening dash to the closing one."""
        assert rows(text) == expected


class TestLikenedBodyEnds:
    """ "an Asian NATO" followed by a word that cannot go on a compound noun is a bloc likened to NATO, not
    NATO itself."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The minister called the idea of an Asian NATO a fantasy.",
                [("an Asian NATO", None, "hypothetical", None, [])],
                id="likeness-then-article",
            ),
            pytest.param(
                "Wang dismissed an Asian NATO as a fantasy.",
                [("an Asian NATO", None, "negated", None, [])],
                id="likeness-then-as",
            ),
            pytest.param(
                "Analysts see an Arctic NATO in the making.",
                [("an Arctic NATO", None, "hypothetical", None, [])],
                id="likeness-then-in",
            ),
            pytest.param(
                "Poland hosted a NATO summit in Warsaw.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-body-as-modifier",
            ),
            pytest.param(
                "Turkey, a NATO ally, objected.",
                [("a NATO ally", "NATO", "asserted", None, ["TUR"])],
                id="guard-ally-noun",
            ),
        ],
    )
    def test_likened(self, text: str, expected: list[Row]) -> None:
        """The likened bloc has no id; a body's name on a noun stays the body."""
        assert rows(text) == expected
