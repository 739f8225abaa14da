"""Coalition readings of wire copy, round 95: superlative modifiers of an ally ("Kyiv's staunchest ally"),
one state apposed to "one of X's allies", a participle that lists or counts a body's members (", grouping
A, B and C", ", comprising ten states"), a count past what the body is against, a demonym opening a
subject's aside ("Hezbollah, the Lebanese group, is part of"), armed groups struck in the present tense and
in lists; a name withheld by other verbs ("refrained from calling their ties an alliance") and a pact refused
("refused to form"), a membership conceded in an aside ("though an EU member"), the owners of a bond named
otherwise or by its states' compound ("The Russia-China partnership is not an alliance"); a group noun inside
an armed group's name, the party "allied with" X is said of, bodies and groups new to the gazetteer; a kind
the text's own description or a body's economic ministers give; more phrases of leading ("steered by",
"under Saudi command", "The coalition Riyadh has led", "with X at its head"); states taken in or joined
("took in Indonesia as a full member", ", joining Egypt, Ethiopia, Iran and the UAE"), a clause break before
a re-mention ("If Turkey left NATO, the alliance"), a subject ranked by a participle (", becoming the last
country in NATO to"), the object of the members' deed ("made up of troops helping Congo's army"), a
body's name in its other spelling ("Shanghai Co-operation Organisation"), the armed group ground is taken
from ("recaptured Raqqa from ISIS"), and readings still missing.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, codes, one_coalition, rows


class TestSuperlativeAlly:
    """A superlative of a known modifier ("staunchest", "oldest", "biggest") or "most" before one ("most
    loyal") belongs to an ally phrase as the plain modifier does ("Kyiv's staunch ally"): the phrase is a
    mention, its anchor and the state apposed to it are members. "most" before a body's name is a
    quantifier, outside the phrase."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Poland, Kyiv's staunchest ally, pledged another package of air defence missiles.",
                [("Kyiv's staunchest ally", None, "asserted", None, ["UKR", "POL"])],
                id="staunchest",
            ),
            pytest.param(
                "Armenia, Moscow's oldest ally in the Caucasus, has been drifting westwards.",
                [("Moscow's oldest ally", None, "asserted", None, ["RUS", "ARM"])],
                id="oldest",
            ),
            pytest.param(
                "Serbia, Moscow's most loyal ally in the Balkans, refused to impose sanctions.",
                [("Moscow's most loyal ally", None, "asserted", None, ["RUS", "SRB"])],
                id="most-loyal",
            ),
            pytest.param(
                "Washington remains Israel's biggest ally and arms supplier.",
                [("Israel's biggest ally", None, "asserted", None, ["ISR", "USA"])],
                id="biggest-predicate",
            ),
            pytest.param(
                "The staunchest allies of Kyiv gathered at the Ramstein air base on Tuesday.",
                [("The staunchest allies", None, "asserted", None, [])],
                id="the-staunchest-allies",
            ),
            pytest.param(
                "Most NATO allies agreed to raise defence spending.",
                [("NATO allies", "NATO", "asserted", None, [])],
                id="guard-most-before-a-body",
            ),
            pytest.param(
                "Poland, Kyiv's staunch ally, pledged another package of air defence missiles.",
                [("Kyiv's staunch ally", None, "asserted", None, ["UKR", "POL"])],
                id="guard-plain-modifier",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The superlative is part of the phrase."""
        assert rows(text) == expected


class TestOneOfTheAllies:
    """One state apposed to "one of X's allies" or "among X's allies" is a member of the ally network, as the
    state of "Japan is one of Washington's closest allies" is; the anchor leads the plural network."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Poland, one of Kyiv's staunchest allies, sent a further 60 tanks.",
                [("Kyiv's staunchest allies", None, "asserted", "UKR", ["POL"])],
                id="one-of-kyivs",
            ),
            pytest.param(
                "Japan, one of Washington's closest allies in Asia, lodged a protest.",
                [("Washington's closest allies", None, "asserted", "USA", ["JPN"])],
                id="one-of-in-asia",
            ),
            pytest.param(
                "Jordan, among Washington's closest allies in the region, hosted the talks.",
                [("Washington's closest allies", None, "asserted", "USA", ["JOR"])],
                id="among",
            ),
            pytest.param(
                "Poland is one of Ukraine's closest allies.",
                [("Ukraine's closest allies", None, "asserted", "UKR", ["POL"])],
                id="guard-predicate",
            ),
            pytest.param(
                "The Houthis and Hezbollah, Tehran's allies, stepped up their attacks.",
                [("Tehran's allies", None, "asserted", "IRN", ["IRN", "HOUTHIS", "HEZBOLLAH"])],
                id="guard-list-apposed",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed state is in the network."""
        assert rows(text) == expected


class TestGroupingParticiple:
    """A participle clause set off after a body's name that groups states (", grouping A, B and C", "-
    grouping A and B -") names its members, as ", uniting" and ", which groups" did; a count in such a clause
    (", grouping ten Southeast Asian nations", ", comprising 15 states", ", made up of"), is the body's."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Quad, grouping the United States, Japan, India and Australia, met in Tokyo.",
                [("The Quad", "QUAD", "asserted", None, ["USA", "JPN", "IND", "AUS"])],
                id="grouping-list",
            ),
            pytest.param(
                "The Quad - grouping the United States, Japan, India and Australia - met in Tokyo.",
                [("The Quad", "QUAD", "asserted", None, ["USA", "JPN", "IND", "AUS"])],
                id="grouping-between-dashes",
            ),
            pytest.param(
                "The Quad, which groups the United States, Japan, India and Australia, met in Tokyo.",
                [("The Quad", "QUAD", "asserted", None, ["USA", "JPN", "IND", "AUS"])],
                id="guard-which-groups",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The participle's list is the body's."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "The bloc, grouping ten Southeast Asian nations, urged restraint in the South China Sea.",
                "The bloc",
                10,
                id="grouping-ten",
            ),
            pytest.param(
                "The bloc, comprising 15 West African states, threatened to intervene.",
                "The bloc",
                15,
                id="comprising-fifteen",
            ),
            pytest.param(
                "The alliance — made up of three Sahel states — quit the regional body.",
                "The alliance",
                3,
                id="made-up-of-dashes",
            ),
            pytest.param(
                "The bloc, which groups ten Southeast Asian nations, urged restraint.",
                "The bloc",
                10,
                id="guard-which-groups",
            ),
            pytest.param(
                "The bloc, grouping its leaders for two days, urged restraint.",
                "The bloc",
                None,
                id="guard-no-count",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int | None) -> None:
        """The participle's count is the body's."""
        assert one_coalition(text, surface).member_count == count


class TestCountPastTarget:
    """A count right after what the mention is against or where it acts, a name ("The coalition against
    the Islamic State has 87 members", "The coalition in Yemen has nine members"), is the mention's, as
    with none between; a number of other things there is none."""

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "The coalition against the Islamic State now has 87 members.",
                "The coalition",
                87,
                id="against-the-islamic-state",
            ),
            pytest.param(
                "The alliance against Russia has 12 members, officials said.",
                "The alliance",
                12,
                id="against-russia",
            ),
            pytest.param(
                "The coalition in Yemen has nine member states.",
                "The coalition",
                9,
                id="in-yemen",
            ),
            pytest.param(
                "The coalition against Daesh, led by Washington, has 87 members.",
                "The coalition",
                87,
                id="against-then-aside",
            ),
            pytest.param(
                "The alliance in Europe has 3 new air bases.",
                "The alliance",
                None,
                id="guard-bases",
            ),
            pytest.param(
                "The coalition has 87 members.",
                "The coalition",
                87,
                id="guard-nothing-between",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int | None) -> None:
        """The count is the mention's."""
        assert one_coalition(text, surface).member_count == count


class TestDemonymOpensAside:
    """A subject's aside set off by commas that opens with an article and a demonym ("Hezbollah, the
    Lebanese group, is part of", "Norway, a Nordic state, is a member of") is passed over to the subject
    before it, as an aside opening with a lower-case word was."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hezbollah, the Lebanese group, is part of the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="the-lebanese-group",
            ),
            pytest.param(
                "Hezbollah, the Lebanese group backed by Iran, is part of the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="the-lebanese-group-backed-by",
            ),
            pytest.param(
                "The Houthis, a Yemeni rebel movement, are part of Tehran's axis of resistance.",
                [("Tehran's axis of resistance", "AXIS_OF_RESISTANCE", "asserted", "IRN", ["HOUTHIS"])],
                id="a-yemeni-movement",
            ),
            pytest.param(
                "Hezbollah, the militant group, is part of the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="guard-lower-case-aside",
            ),
            pytest.param(
                "Sweden, Norway and Finland, are members of the council.",
                [],
                id="guard-list-no-aside",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The subject before the aside is the member."""
        assert rows(text) == expected


class TestArmedGroupsStruck:
    """The armed groups a mention strikes in the present tense ("The coalition targets", "Coalition strikes
    Houthi positions") are its adversaries, as in the past tense; so is every armed group of a list after
    the verb ("targets Hamas and Islamic Jihad"); a state named after "and" starts another clause."""

    @pytest.mark.parametrize(
        ("text", "adversaries"),
        [
            pytest.param(
                "The coalition targets Hamas and Islamic Jihad in Gaza.",
                {"HAMAS", "PIJ"},
                id="targets-two",
            ),
            pytest.param(
                "Coalition warplanes struck the Houthis, al-Qaeda and the Islamic State on Friday.",
                {"HOUTHIS", "AL_QAEDA", "ISIS"},
                id="struck-three",
            ),
            pytest.param(
                "Coalition bombs Houthi positions near Hodeidah, residents say.",
                {"HOUTHIS"},
                id="bombs-present",
            ),
            pytest.param(
                "Coalition warplanes struck the Houthis and Saudi Arabia said the raid was a success.",
                {"HOUTHIS"},
                id="guard-state-after-and",
            ),
            pytest.param(
                "The coalition hits back at its critics in Sanaa.",
                set(),
                id="guard-no-armed-object",
            ),
        ],
    )
    def test_adversaries(self, text: str, adversaries: set[str]) -> None:
        """The groups struck are adversaries."""
        found = rows(text)
        assert found, text
        assert codes(one_coalition(text, found[0][0]))[2] == adversaries


class TestNameWithheldVerbs:
    """States that avoid, refrain from, decline or refuse calling their bond an alliance deny that name, as
    "stopped short of calling" did: the alliance is negated and its owners, the sentence's opening subjects,
    are its members; a joining avoided, resisted or balked at makes no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Canberra and Jakarta refrained from calling their new defence ties an alliance.",
                [("an alliance", None, "negated", None, ["AUS", "IDN"])],
                id="refrained-from-calling",
            ),
            pytest.param(
                "Hanoi and Moscow declined to call their partnership an alliance.",
                [("an alliance", None, "negated", None, ["VNM", "RUS"])],
                id="declined-to-call",
            ),
            pytest.param(
                "Manila and Tokyo avoided calling their security ties an alliance.",
                [("an alliance", None, "negated", None, ["PHL", "JPN"])],
                id="avoided-calling-security-ties",
            ),
            pytest.param(
                "Seoul has long avoided joining the alliance.",
                [("the alliance", None, "asserted", None, [])],
                id="avoided-joining",
            ),
            pytest.param(
                "India balked at joining the bloc.",
                [("the bloc", None, "asserted", None, [])],
                id="balked-at-joining",
            ),
            pytest.param(
                "Hanoi and Moscow stopped short of calling their partnership an alliance.",
                [("an alliance", None, "negated", None, ["VNM", "RUS"])],
                id="guard-stopped-short",
            ),
            pytest.param(
                "Japan and India declined to join the alliance.",
                [("the alliance", None, "asserted", None, [])],
                id="guard-declined-to-join",
            ),
            pytest.param(
                "Seoul joined the alliance in 2001.",
                [("the alliance", None, "asserted", None, ["KOR"])],
                id="guard-joined",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The name withheld is a denial; the joining shunned no membership."""
        assert rows(text) == expected


class TestRefusedToForm:
    """An alliance or pact a state refused or declined to form, forge, sign or set up is negated, as one it
    refused to join was; its parties stay its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan refused to form an alliance with India.",
                [("an alliance with India", None, "negated", None, ["IND", "JPN"])],
                id="refused-to-form",
            ),
            pytest.param(
                "Japan and India refused to set up a military bloc.",
                [("a military bloc", None, "negated", None, ["JPN", "IND"])],
                id="refused-to-set-up",
            ),
            pytest.param(
                "Seoul declined to sign a defence pact with Tokyo.",
                [("a defence pact with Tokyo", None, "negated", None, ["JPN", "KOR"])],
                id="declined-to-sign",
            ),
            pytest.param(
                "India has refused to join any alliance.",
                [("any alliance", None, "negated", None, [])],
                id="guard-refused-to-join",
            ),
            pytest.param(
                "Japan agreed to form an alliance with India.",
                [("an alliance with India", None, "hypothetical", None, ["IND", "JPN"])],
                id="guard-agreed-to-form",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The refusal denies the alliance."""
        assert rows(text) == expected


class TestConcessiveMemberAside:
    """A state with an aside that concedes or states its membership (", despite being a NATO member,", ",
    though an EU member,", ", as a NATO member,") is a member, as with the plain apposition (", a NATO
    member,"); "though not an EU member" denies it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Turkey, despite being a NATO member, bought Russian S-400 missiles.",
                [("NATO member", "NATO", "asserted", None, ["TUR"])],
                id="despite-being",
            ),
            pytest.param(
                "Hungary, though an EU member, has kept close ties with Moscow.",
                [("EU member", "EU", "asserted", None, ["HUN"])],
                id="though",
            ),
            pytest.param(
                "Slovakia, although still an EU member, has courted Moscow.",
                [("EU member", "EU", "asserted", None, ["SVK"])],
                id="although-still",
            ),
            pytest.param(
                "Norway, as a NATO member, hosts the annual drills.",
                [("NATO member", "NATO", "asserted", None, ["NOR"])],
                id="guard-as-a-member",
            ),
            pytest.param(
                "Norway, though not an EU member, follows most of its rules.",
                [("EU member", "EU", "asserted", None, [])],
                id="guard-though-not",
            ),
            pytest.param(
                "Burundi, an EAC member, sent troops.",
                [("EAC member", "EAC", "asserted", None, ["BDI"])],
                id="guard-plain-apposition",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The conceded membership is one."""
        assert rows(text) == expected


class TestBondNamedOtherwise:
    """The owners of a bond given another name than the mention's ("describe their relationship as a
    partnership, not an alliance", "call their ties a partnership, not an alliance") are the denied
    alliance's members, as with "their partnership is not an alliance"; an owner no list names gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Beijing and Moscow describe their relationship as a partnership, not an alliance.",
                [("an alliance", None, "negated", None, ["CHN", "RUS"])],
                id="describe-as-not",
            ),
            pytest.param(
                "Tehran and Moscow call their ties a strategic partnership, not an alliance.",
                [("an alliance", None, "negated", None, ["IRN", "RUS"])],
                id="call-not",
            ),
            pytest.param(
                "Beijing and Moscow insist their relationship is a strategic partnership rather than a "
                "military alliance.",
                [("a military alliance", None, "negated", None, ["CHN", "RUS"])],
                id="is-rather-than",
            ),
            pytest.param(
                "Officials say their relationship is a partnership, not an alliance.",
                [("an alliance", None, "negated", None, [])],
                id="guard-no-owners",
            ),
            pytest.param(
                "Russia and China insist their partnership is not a military alliance.",
                [("a military alliance", None, "negated", None, ["RUS", "CHN"])],
                id="guard-is-not",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The bond's owners are the members."""
        assert rows(text) == expected


class TestGroupNounInsideAName:
    """A group noun inside an armed group's name ("Rapid Support Forces", "Syrian Democratic Forces") does
    not end an "of" list as a generic noun would ("a coalition of rebel forces"): the list goes on and names
    every group."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "An alliance of the Rapid Support Forces and the SPLM-N signed a charter in Nairobi.",
                [
                    (
                        "An alliance of the Rapid Support Forces and the SPLM-N",
                        None,
                        "asserted",
                        None,
                        ["RSF", "SPLM_N"],
                    )
                ],
                id="rapid-support-forces-first",
            ),
            pytest.param(
                "An alliance of the Syrian Democratic Forces and the YPG held the town.",
                [
                    (
                        "An alliance of the Syrian Democratic Forces and the YPG",
                        None,
                        "asserted",
                        None,
                        ["SDF", "YPG"],
                    )
                ],
                id="syrian-democratic-forces",
            ),
            pytest.param(
                "A coalition of the Popular Mobilisation Forces and Kataib Hezbollah claimed the attack.",
                [
                    (
                        "A coalition of the Popular Mobilisation Forces and Kataib Hezbollah",
                        None,
                        "asserted",
                        None,
                        ["PMF", "KATAIB_HEZBOLLAH"],
                    )
                ],
                id="popular-mobilisation-forces",
            ),
            pytest.param(
                "An alliance of the SPLM-N and the Rapid Support Forces signed a charter in Nairobi.",
                [
                    (
                        "An alliance of the SPLM-N and the Rapid Support Forces",
                        None,
                        "asserted",
                        None,
                        ["SPLM_N", "RSF"],
                    )
                ],
                id="guard-forces-last",
            ),
            pytest.param(
                "A coalition of rebel forces seized the town.",
                [("A coalition of rebel forces", None, "asserted", None, [])],
                id="guard-generic-forces",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The named group's noun keeps the list open."""
        assert rows(text) == expected


class TestAlliedSubject:
    """The party "allied with" or "allied to" X is said of is a member of the alignment with X: the
    copula's subject ("Hezbollah is allied with Iran", "Belarus and Serbia are allied with Russia"), a name
    before ", which is allied" or ", allied"; an unnamed subject adds none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hezbollah is allied with Iran.",
                [("allied with Iran", None, "asserted", None, ["HEZBOLLAH", "IRN"])],
                id="copula",
            ),
            pytest.param(
                "Belarus is closely allied with Russia.",
                [("allied with Russia", None, "asserted", None, ["BLR", "RUS"])],
                id="closely",
            ),
            pytest.param(
                "Belarus and Serbia are allied with Russia, diplomats said.",
                [("allied with Russia", None, "asserted", None, ["BLR", "SRB", "RUS"])],
                id="two-subjects",
            ),
            pytest.param(
                "The Houthis, who are allied with Iran, fired missiles at shipping.",
                [("allied with Iran", None, "asserted", None, ["HOUTHIS", "IRN"])],
                id="who-are",
            ),
            pytest.param(
                "The Houthis, allied with Iran, fired missiles at shipping.",
                [("allied with Iran", None, "asserted", None, ["HOUTHIS", "IRN"])],
                id="participle",
            ),
            pytest.param(
                "Hezbollah is not allied with Russia.",
                [("allied with Russia", None, "negated", None, ["HEZBOLLAH", "RUS"])],
                id="not-allied",
            ),
            pytest.param(
                "The militia is allied with Iran.",
                [("allied with Iran", None, "asserted", None, ["IRN"])],
                id="guard-unnamed-subject",
            ),
            pytest.param(
                "Iran-aligned Houthis fired missiles at shipping.",
                [("Iran-aligned Houthis", None, "asserted", None, ["IRN", "HOUTHIS"])],
                id="guard-aligned-compound",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The allied subject is a member."""
        assert rows(text) == expected


class TestNewBodiesAndGroups:
    """Standing bodies and armed groups the gazetteer lacked, named in wire copy: the Benelux Union, the
    Nordic Council, the Black Sea Economic Cooperation, the Council of the Baltic Sea States, CICA and the
    Economic Cooperation Organization; the Badr Organization, the Haqqani network, the Zainabiyoun Brigade,
    the Allied Democratic Forces and the Balochistan Liberation Army (data/actors_bodies.json and
    data/actors_groups.json, each entry with its source)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Nordic Council urged Oslo to tighten rules on arms exports.",
                [("The Nordic Council", "NORDIC_COUNCIL", "asserted", None, [])],
                id="nordic-council",
            ),
            pytest.param(
                "Leaders of the Benelux Union met in Luxembourg.",
                [("the Benelux Union", "BENELUX", "asserted", None, [])],
                id="benelux",
            ),
            pytest.param(
                "Foreign ministers of the Black Sea Economic Cooperation met in Istanbul.",
                [("the Black Sea Economic Cooperation", "BSEC", "asserted", None, [])],
                id="bsec",
            ),
            pytest.param(
                "The Council of the Baltic Sea States suspended Moscow in March.",
                [("The Council of the Baltic Sea States", "CBSS", "asserted", None, [])],
                id="cbss",
            ),
            pytest.param(
                "The CICA summit opened in Astana on Thursday.",
                [("The CICA", "CICA", "asserted", None, [])],
                id="cica",
            ),
            pytest.param(
                "Iran and Pakistan are members of the Economic Cooperation Organization.",
                [("the Economic Cooperation Organization", "ECO", "asserted", None, ["IRN", "PAK"])],
                id="eco",
            ),
            pytest.param(
                "The Badr Organization and Kataib Hezbollah are allies.",
                [("allies", None, "asserted", None, ["BADR", "KATAIB_HEZBOLLAH"])],
                id="badr",
            ),
            pytest.param(
                "The Taliban and the Haqqani network are allies.",
                [("allies", None, "asserted", None, ["TALIBAN", "HAQQANI_NETWORK"])],
                id="haqqani",
            ),
            pytest.param(
                "The Balochistan Liberation Army and the TTP deny forming an alliance.",
                [("an alliance", None, "negated", None, ["BLA", "TTP"])],
                id="bla",
            ),
            pytest.param(
                "An alliance of the Zainabiyoun Brigade and Kataib Hezbollah fought near Aleppo.",
                [
                    (
                        "An alliance of the Zainabiyoun Brigade and Kataib Hezbollah",
                        None,
                        "asserted",
                        None,
                        ["ZAINABIYOUN", "KATAIB_HEZBOLLAH"],
                    )
                ],
                id="zainabiyoun",
            ),
            pytest.param(
                "The Allied Democratic Forces are allied with the Islamic State, the UN said.",
                [("allied with the Islamic State", None, "asserted", None, ["ADF", "ISIS"])],
                id="adf",
            ),
            pytest.param(
                "The ECO summit was cancelled.",
                [],
                id="guard-eco-acronym-left-out",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The body or group is known."""
        assert rows(text) == expected


class TestKindFromTheText:
    """A standing body's kind is the gazetteer's unless the text says another: a description of one kind
    in the mention's own words, outside the body's name ("a Moscow-dominated security pact, the CSTO":
    security; the name's own "Security" in "Collective Security Treaty Organization" says nothing), or
    economic office-holders of a political body before or after its name ("Oil ministers of the Arab
    League", "ASEAN finance ministers", "the GCC's oil ministers"): economic. Two kinds described, or
    foreign ministers, leave the gazetteer's."""

    @pytest.mark.parametrize(
        ("text", "surface", "kind"),
        [
            pytest.param(
                "Minsk counts on a Moscow-dominated security pact, the CSTO, for its defence.",
                "a Moscow-dominated security pact, the CSTO",
                "security",
                id="security-bloc-apposed",
            ),
            pytest.param(
                "Oil ministers of the Arab League agreed to coordinate output.",
                "the Arab League",
                "economic",
                id="oil-ministers-of",
            ),
            pytest.param(
                "Economy and trade ministers of the Gulf Cooperation Council met in Muscat.",
                "the Gulf Cooperation Council",
                "economic",
                id="economy-and-trade-ministers-of",
            ),
            pytest.param(
                "ASEAN finance ministers met in Jakarta on Friday.",
                "ASEAN",
                "economic",
                id="body-finance-ministers",
            ),
            pytest.param(
                "The GCC's oil ministers met in Kuwait.",
                "The GCC",
                "economic",
                id="possessive-oil-ministers",
            ),
            pytest.param(
                "The Collective Security Treaty Organization held drills in Tajikistan.",
                "The Collective Security Treaty Organization",
                "military",
                id="guard-name-word",
            ),
            pytest.param(
                "ASEAN foreign ministers met in Jakarta on Friday.",
                "ASEAN",
                "political",
                id="guard-foreign-ministers",
            ),
            pytest.param(
                "The SCO, a regional security and economic bloc, met in Astana.",
                "The SCO, a regional security and economic bloc",
                "political",
                id="guard-two-kinds",
            ),
            pytest.param(
                "NATO, the Western military alliance, met in Brussels.",
                "NATO, the Western military alliance",
                "military",
                id="guard-same-kind",
            ),
        ],
    )
    def test_kind(self, text: str, surface: str, kind: str) -> None:
        """The kind the text gives."""
        assert one_coalition(text, surface).kind == kind


class TestLeaderPhrases:
    """More ways copy names who leads: "steered by" and "helmed by" as "led by"; "under Saudi command" (as
    "under Turkish leadership" already was) and "under the command of X" as "under the leadership of X"; a
    relative clause whose
    subject leads, with "that" and no comma or with no pronoun at all ("The coalition Riyadh has led since
    2015"), as after ", which"; "with X at its head" or "at the helm". A body's name has no clause without a
    pronoun; a presidency stays a member's turn."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition was steered by Riyadh from the start.",
                [("The coalition", None, "asserted", "SAU", [])],
                id="steered-by",
            ),
            pytest.param(
                "A coalition of Arab states under Saudi command bombed the port.",
                [("A coalition of Arab states", None, "asserted", "SAU", [])],
                id="under-saudi-command",
            ),
            pytest.param(
                "The coalition under Turkish leadership pushed towards Afrin.",
                [("The coalition", None, "asserted", "TUR", [])],
                id="guard-under-turkish-leadership",
            ),
            pytest.param(
                "The coalition, under the command of Washington, widened its strikes.",
                [("The coalition", None, "asserted", "USA", [])],
                id="under-the-command-of",
            ),
            pytest.param(
                "The coalition that Riyadh leads bombed the port.",
                [("The coalition", None, "asserted", "SAU", [])],
                id="that-riyadh-leads",
            ),
            pytest.param(
                "The coalition Riyadh has led since 2015 bombed the port.",
                [("The coalition", None, "asserted", "SAU", [])],
                id="no-pronoun",
            ),
            pytest.param(
                "The coalition, with Saudi Arabia at its head, bombed the port.",
                [("The coalition", None, "asserted", "SAU", [])],
                id="at-its-head",
            ),
            pytest.param(
                "A new bloc with Moscow at the helm is taking shape.",
                [("A new bloc", None, "asserted", "RUS", [])],
                id="at-the-helm",
            ),
            pytest.param(
                "The coalition, which Washington has led since 2014, widened its strikes.",
                [("The coalition", None, "asserted", "USA", [])],
                id="guard-which-has-led",
            ),
            pytest.param(
                "A new alliance with Moscow is taking shape.",
                [("A new alliance with Moscow", None, "asserted", None, ["RUS"])],
                id="guard-with-partner",
            ),
            pytest.param(
                "The coalition France and Britain lead will deploy after a ceasefire.",
                [("The coalition", None, "asserted", None, ["FRA", "GBR"])],
                id="guard-two-lead",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The phrase names the leader."""
        assert rows(text) == expected


class TestBondNamedByItsStates:
    """The states a compound names before a bond and its copula ("The Russia-China partnership is not an
    alliance", "The Sino-Russian relationship has become a de facto alliance") are the alliance's members, as
    the states after "the partnership between" are; so are the owners of "their partnership, not forming an
    alliance". A compound that names one state or none gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Russia-China partnership is not an alliance, Beijing says.",
                [("an alliance", None, "negated", None, ["RUS", "CHN"])],
                id="russia-china-partnership",
            ),
            pytest.param(
                "The Sino-Russian relationship has become a de facto alliance.",
                [("a de facto alliance", None, "asserted", None, ["CHN", "RUS"])],
                id="sino-russian-relationship",
            ),
            pytest.param(
                "The Iranian-Russian partnership is not yet an alliance.",
                [("an alliance", None, "negated", None, ["IRN", "RUS"])],
                id="demonym-compound",
            ),
            pytest.param(
                "The RF and the PRC are deepening their strategic partnership, not forming an alliance.",
                [("an alliance", None, "negated", None, ["RUS", "CHN"])],
                id="their-partnership-not-forming",
            ),
            pytest.param(
                "The US-brokered partnership is not an alliance.",
                [("an alliance", None, "negated", None, [])],
                id="guard-one-state",
            ),
            pytest.param(
                "The long-term partnership is not an alliance.",
                [("an alliance", None, "negated", None, [])],
                id="guard-no-state",
            ),
            pytest.param(
                "Russia and China are deepening ties, not forming an alliance.",
                [("an alliance", None, "negated", None, ["RUS", "CHN"])],
                id="guard-ties-not-forming",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The compound's states are the members."""
        assert rows(text) == expected


class TestTookInAsMember:
    """A body that took in a state as a member ("The bloc took in Indonesia as a full member", "has taken in
    Finland and Sweden as members") adds it, as one that admitted it; "took in" with no membership said adds
    nothing ("took in refugees")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The bloc took in Indonesia as a full member in January.",
                [("The bloc", None, "asserted", None, ["IDN"])],
                id="took-in-as-a-full-member",
            ),
            pytest.param(
                "The alliance has taken in Finland and Sweden as members.",
                [("The alliance", None, "asserted", None, ["FIN", "SWE"])],
                id="has-taken-in-as-members",
            ),
            pytest.param(
                "The bloc took in refugees from Myanmar.",
                [("The bloc", None, "asserted", None, [])],
                id="guard-refugees",
            ),
            pytest.param(
                "The bloc admitted Indonesia as a full member in January.",
                [("The bloc", None, "asserted", None, ["IDN"])],
                id="guard-admitted",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state taken in is a member."""
        assert rows(text) == expected


class TestJoiningCompanions:
    """The states a new member joins, in a participle after the body it joined or became a member of
    ("became a full member of BRICS in January, joining Egypt, Ethiopia, Iran and the UAE"), are members too;
    a participle of joining after a body the subject did not join adds none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Indonesia became a full member of BRICS in January, joining Egypt, Ethiopia, Iran and the "
                "UAE.",
                [("BRICS", "BRICS", "asserted", None, ["IDN", "EGY", "ETH", "IRN", "ARE"])],
                id="became-a-member-joining",
            ),
            pytest.param(
                "Sweden joined NATO in March, joining Finland on the alliance's northern flank.",
                [
                    ("NATO", "NATO", "asserted", None, ["SWE", "FIN"]),
                    ("the alliance", "NATO", "asserted", None, []),
                ],
                id="joined-joining",
            ),
            pytest.param(
                "Sweden criticised NATO, joining Finland in the protest.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-not-joined",
            ),
            pytest.param(
                "Sweden joined NATO, joining the ranks of the alliance.",
                [
                    ("NATO", "NATO", "asserted", None, ["SWE"]),
                    ("the alliance", "NATO", "asserted", None, []),
                ],
                id="guard-no-state-joined",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states joined are members."""
        assert rows(text) == expected


class TestClauseBeforeReMention:
    """A body's name that closes a subordinate clause opening the sentence ("If Turkey left NATO,") and the
    re-mention that opens the main clause after its comma ("the alliance would be weakened") are two mentions,
    not a name and its apposition; a true apposition, closed by its own comma or in a plain clause, stays
    one."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "If Turkey left NATO, the alliance would be weakened.",
                [("NATO", "NATO", "asserted", None, []), ("the alliance", "NATO", "asserted", None, [])],
                id="if-clause",
            ),
            pytest.param(
                "When Sweden joined NATO, the alliance gained a strong navy.",
                [("NATO", "NATO", "asserted", None, ["SWE"]), ("the alliance", "NATO", "asserted", None, [])],
                id="when-clause-past-verb",
            ),
            pytest.param(
                "Although Hungary is in the EU, the bloc has struggled to rein it in.",
                [("the EU", "EU", "asserted", None, ["HUN"]), ("the bloc", "EU", "asserted", None, [])],
                id="although-clause",
            ),
            pytest.param(
                "NATO, the alliance, has 32 members.",
                [("NATO, the alliance", "NATO", "asserted", None, [])],
                id="guard-closed-apposition",
            ),
            pytest.param(
                "After the CSTO, a Russian-led bloc, sent troops, the protests ended.",
                [("the CSTO, a Russian-led bloc", "CSTO", "asserted", "RUS", [])],
                id="guard-apposition-inside-the-clause",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Two mentions across the clause break."""
        assert rows(text) == expected


class TestRankedByAParticiple:
    """The subject of a clause a participle ranks among a body's members (", becoming the last country in
    NATO to give its consent", ", becoming the first member of the alliance to approve") is a member; such
    an ordinal, followed by what the member was the first or last to do, is no member count ("the 32nd
    member of NATO" is one)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Sweden's bid cleared its last hurdle after Hungary ratified it, becoming the last country "
                "in NATO to give its consent.",
                [("NATO", "NATO", "asserted", None, ["HUN"])],
                id="after-clause-becoming-the-last",
            ),
            pytest.param(
                "Ottawa voted in favour, becoming the first member of the alliance to approve the bid.",
                [("the alliance", None, "asserted", None, ["CAN"])],
                id="becoming-the-first-member-of",
            ),
            pytest.param(
                "Sweden's bid cleared its last hurdle, becoming the last hurdle in NATO.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-no-member-noun",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The ranked subject is a member."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "Ottawa voted in favour, becoming the first member of the alliance to approve the bid.",
                "the alliance",
                None,
                id="first-to-approve",
            ),
            pytest.param(
                "Sweden became the 32nd member of NATO to sign the pledge.",
                "NATO",
                None,
                id="32nd-to-sign",
            ),
            pytest.param(
                "Sweden became the 32nd member of NATO in March.",
                "NATO",
                32,
                id="guard-32nd-member",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int | None) -> None:
        """A rank among doers is no count."""
        assert one_coalition(text, surface).member_count == count


class TestObjectOfTheMembersDeed:
    """A state named after a member cue past a participle of a deed done to it ("made up of East African
    troops helping Congo's army", "made up of states backing Kyiv") is what the members do something for,
    not a member; a list right after the cue, or after "troops from", is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EAC force, made up of East African troops helping Congo's army, pulled out of Goma.",
                [("The EAC force", "EACRF", "asserted", "EAC", [])],
                id="helping-congos-army",
            ),
            pytest.param(
                "The coalition, made up of Gulf states propping up Bahrain's monarchy, held drills.",
                [("The coalition", None, "asserted", None, [])],
                id="propping-up",
            ),
            pytest.param(
                "The coalition, made up of states backing Kyiv, met at Ramstein.",
                [("The coalition", None, "asserted", None, [])],
                id="backing-kyiv",
            ),
            pytest.param(
                "The coalition, made up of France, Britain and Italy, met in Rome.",
                [("The coalition", None, "asserted", None, ["FRA", "GBR", "ITA"])],
                id="guard-plain-list",
            ),
            pytest.param(
                "The coalition includes troops from Kenya, Uganda and Burundi.",
                [("The coalition", None, "asserted", None, ["KEN", "UGA", "BDI"])],
                id="guard-troops-from",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The object of the deed is no member."""
        assert rows(text) == expected


class TestSpellingVariants:
    """A body's name in the other English spelling of its words ("Co-operation" for "Cooperation",
    "Organization" for "Organisation", and back) names it as the spelling the gazetteer lists does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Leaders of the Shanghai Co-operation Organisation met in Tianjin.",
                [("the Shanghai Co-operation Organisation", "SCO", "asserted", None, [])],
                id="co-operation",
            ),
            pytest.param(
                "The Organization of Islamic Co-operation called an emergency meeting.",
                [("The Organization of Islamic Co-operation", "OIC", "asserted", None, [])],
                id="islamic-co-operation",
            ),
            pytest.param(
                "Iran and Pakistan are members of the Economic Co-operation Organisation.",
                [("the Economic Co-operation Organisation", "ECO", "asserted", None, ["IRN", "PAK"])],
                id="two-words-respelt",
            ),
            pytest.param(
                "The Organisation of Turkic States met in Bishkek.",
                [("The Organisation of Turkic States", "OTS", "asserted", None, [])],
                id="guard-listed-spelling",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The respelt name is the body's."""
        assert rows(text) == expected


class TestGroundTakenFrom:
    """The armed group a mention takes ground from or drives out ("recaptured Mosul from ISIS", "seized
    the town from Islamic State fighters", "drove al-Shabaab out of Mogadishu") is its adversary, as one it
    struck is; a state named so ("took the town from Syria") or a thing taken from one ("took funds from
    Qatar") is none. Its deterrence ("NATO's deterrence of Russia", "a deterrent to North Korea") names one
    too."""

    @pytest.mark.parametrize(
        ("text", "adversaries"),
        [
            pytest.param(
                "The coalition recaptured Raqqa from ISIS in 2017.",
                {"ISIS"},
                id="recaptured-from",
            ),
            pytest.param(
                "The coalition seized the port town from Islamic State fighters.",
                {"ISIS"},
                id="seized-from-fighters",
            ),
            pytest.param(
                "Coalition forces have retaken the airport from the Houthis.",
                {"HOUTHIS"},
                id="retaken-from",
            ),
            pytest.param(
                "The coalition drove al-Shabaab out of Kismayo.",
                {"AL_SHABAAB"},
                id="drove-out-of",
            ),
            pytest.param(
                "NATO's deterrence of Russia remains credible, the minister said.",
                {"RUS"},
                id="deterrence-of",
            ),
            pytest.param(
                "The alliance is a deterrent to North Korea.",
                {"PRK"},
                id="deterrent-to",
            ),
            pytest.param(
                "The coalition took funds from Qatar.",
                set(),
                id="guard-funds-from-a-state",
            ),
            pytest.param(
                "The coalition drove the Houthis back.",
                set(),
                id="guard-no-place",
            ),
        ],
    )
    def test_adversaries(self, text: str, adversaries: set[str]) -> None:
        """The group the ground is taken from is an adversary."""
        found = rows(text)
        assert found, text
        assert codes(one_coalition(text, found[0][0]))[2] == adversaries


class TestKnownGaps:
    """Readings still missing, kept as strict expected failures, and one row since mended, kept plain."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A multinational force under Kenyan leadership deployed to Haiti.",
                [("A multinational force", None, "asserted", "KEN", [])],
                id="force-under-demonym-leadership",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="a force with no other cue is no mention: 'under Kenyan leadership' is read only "
                    "once a mention is there",
                ),
            ),
            pytest.param(
                "What Western officials call an axis of upheaval, Russia, China, Iran and North Korea, is "
                "deepening ties.",
                [("an axis of upheaval", "AXIS_OF_UPHEAVAL", "hedged", None, ["RUS", "CHN", "IRN", "PRK"])],
                id="indefinite-axis-of-upheaval",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The reading the sentence should give."""
        assert rows(text) == expected

    def test_bare_pact_adversaries(self) -> None:
        """The states a pact is aimed at deterring are its adversaries."""
        text = "The pact is aimed at deterring Russia and Belarus."
        assert codes(one_coalition(text, "The pact"))[2] == {"RUS", "BLR"}
