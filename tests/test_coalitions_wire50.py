"""Coalition readings of wire copy, round 50: bars on entry that are denied, members that belong to a body,
lists of armed groups and states with generic militias among them, and blocs of Southeast Asia, the
Caucasus, the Balkans and Latin America.

Every sentence here was written for these tests in the style of news copy; the states, bodies and armed
groups are real, the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestLiftedBar:
    """A bar on entry that is itself denied leaves the entry open: the bloc is a possibility, not refused."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "No law prevents Ireland from joining a military alliance, the senator told the Dail.",
                [("a military alliance", None, "hypothetical", None, [])],
                id="no-law-prevents",
            ),
            pytest.param(
                "The charter does not bar Moldova from joining a military bloc, the court in Chisinau ruled.",
                [("a military bloc", None, "hypothetical", None, [])],
                id="does-not-bar",
            ),
            pytest.param(
                "Nothing in the constitution prevents Finland from entering a defence pact, Mr Lahti wrote.",
                [("a defence pact", None, "hypothetical", None, [])],
                id="nothing-in-the-constitution",
            ),
            pytest.param(
                "There is nothing to stop Malta from joining a military alliance, the professor said.",
                [("a military alliance", None, "hypothetical", None, [])],
                id="nothing-to-stop",
            ),
            pytest.param(
                "Austria is not barred from joining a military alliance, Ms Gruber argued.",
                [("a military alliance", None, "hypothetical", None, [])],
                id="is-not-barred",
            ),
            pytest.param(
                "Nobody can stop Georgia from joining a defensive alliance, the minister said in Tbilisi.",
                [("a defensive alliance", None, "hypothetical", None, [])],
                id="nobody-can-stop",
            ),
            pytest.param(
                "Neutrality bars Austria from joining a military alliance under its post-war treaty.",
                [("a military alliance", None, "negated", None, [])],
                id="guard-bar-stands",
            ),
            pytest.param(
                "Serbia's neutrality keeps it from joining a military alliance, the president said.",
                [("a military alliance", None, "negated", None, [])],
                id="guard-keeps-from",
            ),
            pytest.param(
                "Under its charter, Malta cannot join a military alliance.",
                [("a military alliance", None, "negated", None, [])],
                id="guard-cannot-join",
            ),
            pytest.param(
                "Nothing bars Austria from joining NATO, the minister said.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-named-body-stays",
            ),
        ],
    )
    def test_lifted(self, text: str, expected: list[Row]) -> None:
        """A denied bar makes an indefinite bloc hypothetical; a bar that stands still negates it."""
        assert rows(text) == expected


class TestBelongTo:
    """States or groups that "belong to" a named body are its members, as those that "joined" it are."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Uruguay and Paraguay belong to Mercosur, Foreign Minister Ana Ruiz said in Asuncion.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["URY", "PRY"])],
                id="two-states-belong",
            ),
            pytest.param(
                "Armenia still formally belongs to the CSTO, though Yerevan has frozen its participation.",
                [("the CSTO", "CSTO", "asserted", None, ["ARM"])],
                id="belongs-with-adverbs",
            ),
            pytest.param(
                "Hamas, Hezbollah and Syria all belong to the Iran-led axis of resistance, the report said.",
                [
                    (
                        "the Iran-led axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        "IRN",
                        ["HAMAS", "HEZBOLLAH", "SYR"],
                    )
                ],
                id="mixed-list-all-belong",
            ),
            pytest.param(
                "Greece and Bulgaria, which belong to NATO, held joint drills near Alexandroupolis.",
                [("NATO", "NATO", "asserted", None, ["GRC", "BGR"])],
                id="relative-clause",
            ),
            pytest.param(
                "Serbia does not belong to NATO, the defence minister in Belgrade said.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-negated",
            ),
            pytest.param(
                "The two frigates belong to the EU naval mission off Yemen.",
                [("the EU naval mission", "EU_ASPIDES", "asserted", "EU", [])],
                id="guard-no-state-subject",
            ),
        ],
    )
    def test_belong(self, text: str, expected: list[Row]) -> None:
        """The subject of "belong to" joins the named body's members; a negated one does not."""
        assert rows(text) == expected


class TestGenericItemInSubject:
    """A demonym on a generic non-state noun ("Iraqi militias") inside a subject list is no member, but the
    names on both sides of it still are."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hezbollah, the Houthis, Iraqi militias and Syria are part of the so-called axis of "
                "resistance, the think tank's report argued.",
                [
                    (
                        "the so-called axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["HEZBOLLAH", "HOUTHIS", "SYR"],
                    )
                ],
                id="militias-inside-the-list",
            ),
            pytest.param(
                "Tehran, Iraqi Shiite militias, Hezbollah and the Houthis make up the axis of resistance.",
                [
                    (
                        "the axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["IRN", "HEZBOLLAH", "HOUTHIS"],
                    )
                ],
                id="two-word-militias-second",
            ),
            pytest.param(
                "Iran, Hezbollah and Iraqi militias make up the axis of resistance, Ms Karimi wrote.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN", "HEZBOLLAH"])],
                id="militias-closing-the-list",
            ),
            pytest.param(
                "Turkey, Syrian rebel factions and Qatar joined the coalition against the Islamic State.",
                [("the coalition", None, "asserted", None, ["TUR", "QAT"])],
                id="rebel-factions-inside",
            ),
            pytest.param(
                "Iraqi militias and Hezbollah make up the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="guard-militias-first",
            ),
            pytest.param(
                "Syrian rebels joined the US-led coalition.",
                [("the US-led coalition", "US_LED_ANTI_ISIS", "asserted", "USA", [])],
                id="guard-militias-alone",
            ),
        ],
    )
    def test_generic_item(self, text: str, expected: list[Row]) -> None:
        """The generic item is skipped; the list goes on past it in both directions."""
        assert rows(text) == expected


class TestNeitherNorSubject:
    """Two subjects that "neither ... nor" denies are not members of the body named after the verb."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Neither Serbia nor Bosnia has joined NATO, the Balkan envoy noted.",
                [("NATO", "NATO", "asserted", None, [])],
                id="neither-joined",
            ),
            pytest.param(
                "Neither Argentina nor Brazil is a member of the Pacific Alliance, Mr Ortega said in Lima.",
                [("the Pacific Alliance", "PACIFIC_ALLIANCE", "asserted", None, [])],
                id="neither-member-of",
            ),
            pytest.param(
                "Neither Armenia nor Georgia belongs to the Organization of Turkic States.",
                [("the Organization of Turkic States", "OTS", "asserted", None, [])],
                id="neither-belongs",
            ),
            pytest.param(
                "Serbia joined the Open Balkan initiative, but neither Montenegro nor Kosovo did.",
                [("the Open Balkan initiative", "OPEN_BALKAN", "asserted", None, ["SRB"])],
                id="guard-nor-after-the-body",
            ),
            pytest.param(
                "Chile and Peru are members of the Pacific Alliance.",
                [("the Pacific Alliance", "PACIFIC_ALLIANCE", "asserted", None, ["CHL", "PER"])],
                id="guard-plain-pair",
            ),
        ],
    )
    def test_neither(self, text: str, expected: list[Row]) -> None:
        """Neither subject is a member; a plain pair and a "neither" after the body are read as before."""
        assert rows(text) == expected


class TestDenialAnsweringAQuestion:
    """A denial in a quotation with no member of its own answers the question its sentence reports: the
    states asked about are the members of the bloc denied."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                'Asked about ties between Russia and China, the spokeswoman replied: "There is no military '
                'bloc."',
                [("no military bloc", None, "negated", None, ["RUS", "CHN"])],
                id="asked-about-ties-before",
            ),
            pytest.param(
                '"There is no military bloc," the ministry spokesman said when asked about relations between '
                "Moscow and Pyongyang.",
                [("no military bloc", None, "negated", None, ["RUS", "PRK"])],
                id="asked-about-after-the-quote",
            ),
            pytest.param(
                "Asked by reporters in Astana whether Kazakhstan and Uzbekistan planned a union, Mr Abenov "
                'said: "This is not an alliance."',
                [("an alliance", None, "negated", None, ["KAZ", "UZB"])],
                id="asked-whether-with-agent",
            ),
            pytest.param(
                'Asked whether Baku and Ankara were forming an alliance, the aide said: "There is no bloc."',
                [
                    ("an alliance", None, "hypothetical", None, ["AZE", "TUR"]),
                    ("no bloc", None, "negated", None, ["AZE", "TUR"]),
                ],
                id="question-and-answer",
            ),
            pytest.param(
                '"There is no military bloc," the spokesman said when asked about Iran.',
                [("no military bloc", None, "negated", None, [])],
                id="guard-one-state-asked-about",
            ),
            pytest.param(
                'Asked about the drills, the minister said: "There is no alliance between Hanoi and Manila."',
                [("no alliance between Hanoi and Manila", None, "negated", None, ["VNM", "PHL"])],
                id="guard-own-members-kept",
            ),
        ],
    )
    def test_asked(self, text: str, expected: list[Row]) -> None:
        """The pair asked about fills a denial with no members; one state asked about is no pair."""
        assert rows(text) == expected


class TestAskedWhetherAllies:
    """States asked whether they "are allies" or "are in an alliance" are not asserted to be: the bloc is the
    question's, hypothetical, as one they are asked whether they are forming."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Journalists in Beijing asked whether Russia and China were military allies.",
                [("military allies", None, "hypothetical", None, ["RUS", "CHN"])],
                id="whether-were-allies",
            ),
            pytest.param(
                "Asked whether Tehran and Moscow were now close allies, the envoy declined to answer.",
                [("close allies", None, "hypothetical", None, ["IRN", "RUS"])],
                id="whether-now-close-allies",
            ),
            pytest.param(
                "Lawmakers asked whether Turkey and Azerbaijan are in an alliance against Armenia.",
                [("an alliance", None, "hypothetical", None, ["TUR", "AZE"])],
                id="whether-in-an-alliance",
            ),
            pytest.param(
                "Russia and China are allies, the spokesman told reporters.",
                [("allies", None, "asserted", None, ["RUS", "CHN"])],
                id="guard-plain-statement",
            ),
            pytest.param(
                "Reporters asked whether Russia and China, longtime allies, would hold naval drills.",
                [("Russia and China, longtime allies", None, "asserted", None, ["RUS", "CHN"])],
                id="guard-apposition-in-the-question",
            ),
        ],
    )
    def test_whether(self, text: str, expected: list[Row]) -> None:
        """A copula after "whether" makes the allies or the alliance it predicates hypothetical."""
        assert rows(text) == expected


class TestSpeakersOfficeAfterComma:
    """A name right after the comma that ends a mention, before a speaker's noun, is the speaker's office,
    not a list of the mention's members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iran and Syria are allies, the Pentagon spokesman told a briefing on Tuesday.",
                [("allies", None, "asserted", None, ["IRN", "SYR"])],
                id="pentagon-spokesman",
            ),
            pytest.param(
                "Russia and China are allies, the Kremlin spokesman told reporters in Moscow.",
                [("allies", None, "asserted", None, ["RUS", "CHN"])],
                id="kremlin-spokesman-told",
            ),
            pytest.param(
                "Belarus and Russia are close allies, the Kremlin's press secretary told state television.",
                [("close allies", None, "asserted", None, ["BLR", "RUS"])],
                id="possessive-press-secretary",
            ),
            pytest.param(
                "Washington's allies, Japan and South Korea, held talks in Seoul.",
                [("Washington's allies", None, "asserted", "USA", ["JPN", "KOR"])],
                id="guard-apposed-allies",
            ),
        ],
    )
    def test_office(self, text: str, expected: list[Row]) -> None:
        """The speaker's office is no member; apposed allies still are."""
        assert rows(text) == expected


class TestMemberStatesNamed:
    """States named right after "<body> member states" (or "member state", "member countries") are the body's
    members, as those after "<body> members" are."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "JAKARTA - ASEAN member states Indonesia, Malaysia and the Philippines pushed on Monday "
                "for a binding maritime code.",
                [("ASEAN member states", "ASEAN", "asserted", None, ["IDN", "MYS", "PHL"])],
                id="asean-member-states",
            ),
            pytest.param(
                "EU member countries Hungary and Slovakia objected to the new sanctions package.",
                [("EU member countries", "EU", "asserted", None, ["HUN", "SVK"])],
                id="member-countries",
            ),
            pytest.param(
                "Eurasian Economic Union member states - Armenia, Belarus and Kyrgyzstan - backed the "
                "customs code, Kazinform reported.",
                [("Eurasian Economic Union member states", "EAEU", "asserted", None, ["ARM", "BLR", "KGZ"])],
                id="member-states-between-dashes",
            ),
            pytest.param(
                "The EU member state Hungary blocked the statement on Tuesday.",
                [("The EU member state", "EU", "asserted", None, ["HUN"])],
                id="member-state-singular",
            ),
            pytest.param(
                "The ASEAN member states met in Vientiane on Friday.",
                [("The ASEAN member states", "ASEAN", "asserted", None, [])],
                id="guard-no-names-after",
            ),
        ],
    )
    def test_member_states(self, text: str, expected: list[Row]) -> None:
        """The names after the member noun are members; with no names there are none."""
        assert rows(text) == expected


class TestSuspendedMember:
    """A state suspended from a body is outside it (the scheme's non-member); one that has frozen its own
    participation in it is still its member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Venezuela was suspended from Mercosur in 2016 over breaches of its democracy clause.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="was-suspended-from",
            ),
            pytest.param(
                "Paraguay was temporarily suspended from Mercosur after the impeachment of its president.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="temporarily-suspended",
            ),
            pytest.param(
                "YEREVAN, March 3. Armenia has frozen its participation in the CSTO, Deputy Foreign Minister "
                "Aram Petrosyan told reporters.",
                [("the CSTO", "CSTO", "asserted", None, ["ARM"])],
                id="frozen-participation",
            ),
            pytest.param(
                "Niger was suspended from the African Union after the coup in Niamey.",
                [("the African Union", "AU", "asserted", None, [])],
                id="suspended-from-the-union",
            ),
            pytest.param(
                "Talks were suspended from Mercosur's agenda until the elections.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="guard-no-state-suspended",
            ),
        ],
    )
    def test_suspended(self, text: str, expected: list[Row]) -> None:
        """The suspended state is no member; one that froze its own part is."""
        assert rows(text) == expected


class TestApposedFormat:
    """A format, platform or initiative apposed to a body's name names its member states after "of", "for"
    or "uniting"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Lublin Triangle, a trilateral format of Poland, Lithuania and Ukraine, met in Kyiv on "
                "Thursday.",
                [("The Lublin Triangle", "LUBLIN_TRIANGLE", "asserted", None, ["POL", "LTU", "UKR"])],
                id="trilateral-format-of",
            ),
            pytest.param(
                "The Craiova Group, a cooperation platform for Romania, Bulgaria, Greece and Serbia, met in "
                "Sofia.",
                [("The Craiova Group", "CRAIOVA_GROUP", "asserted", None, ["ROU", "BGR", "GRC", "SRB"])],
                id="platform-for",
            ),
            pytest.param(
                "Open Balkan, an initiative of Serbia, Albania and North Macedonia, has stalled since 2023.",
                [("Open Balkan", "OPEN_BALKAN", "asserted", None, ["SRB", "ALB", "MKD"])],
                id="initiative-of",
            ),
            pytest.param(
                "The Craiova Group, an initiative of Romania, held its summit in Sofia.",
                [("The Craiova Group", "CRAIOVA_GROUP", "asserted", None, [])],
                id="guard-one-state",
            ),
            pytest.param(
                "NATO, a forum for debate among allies, met in Brussels.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-no-states",
            ),
        ],
    )
    def test_format(self, text: str, expected: list[Row]) -> None:
        """Two states or more after the apposed format are members; one state or none gives none."""
        assert rows(text) == expected


class TestThreatToLeave:
    """A state that threatens, considers or votes to leave a body speaks from inside it: it is a member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Uruguay has threatened to leave Mercosur and seek a trade deal with China on its own.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["URY"])],
                id="threatened-to-leave",
            ),
            pytest.param(
                "Yerevan is considering quitting the CSTO, the parliament speaker told Armenpress.",
                [("the CSTO", "CSTO", "asserted", None, ["ARM"])],
                id="considering-quitting",
            ),
            pytest.param(
                "Ecuador threatened to pull out of ALBA after the vote in Quito.",
                [("ALBA", "ALBA", "asserted", None, ["ECU"])],
                id="pull-out-of",
            ),
            pytest.param(
                "Moldova is weighing leaving the CIS, the deputy prime minister said in Chisinau.",
                [("the CIS", "CIS", "asserted", None, ["MDA"])],
                id="weighing-leaving",
            ),
            pytest.param(
                "Russia threatened to strike NATO supply lines in Poland.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-threat-of-another-act",
            ),
        ],
    )
    def test_leave(self, text: str, expected: list[Row]) -> None:
        """The state that would leave is a member; a threat of anything else makes none."""
        assert rows(text) == expected


class TestOfWhichMembers:
    """A relative clause ", of which A and B are members" (or "are also part", "is a founding member") after
    a mention names the mention's members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Quad, of which India and Japan are members, held its foreign ministers' meeting in "
                "Delhi.",
                [("The Quad", "QUAD", "asserted", None, ["IND", "JPN"])],
                id="of-which-are-members",
            ),
            pytest.param(
                "Kataib Hezbollah belongs to the axis of resistance, of which Syria and the Houthis are also "
                "part.",
                [
                    (
                        "the axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["SYR", "HOUTHIS", "KATAIB_HEZBOLLAH"],
                    )
                ],
                id="of-which-also-part",
            ),
            pytest.param(
                "The Organization of Turkic States, of which Kazakhstan is a founding member, met in Astana.",
                [("The Organization of Turkic States", "OTS", "asserted", None, ["KAZ"])],
                id="of-which-founding-member",
            ),
            pytest.param(
                "NATO, of which Hungary is often critical, agreed the plan after a day of talks.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-not-a-member-predicate",
            ),
        ],
    )
    def test_of_which(self, text: str, expected: list[Row]) -> None:
        """The names before a member predicate in the clause are members; other predicates give none."""
        assert rows(text) == expected


class TestApposedBodyWithQualifier:
    """A list apposed to a body's member noun keeps all its members when a short phrase qualifies the noun
    before the apposition's closing comma."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Vietnam and Malaysia, the two ASEAN members with the largest claims, met in Hanoi on "
                "Friday.",
                [("the two ASEAN members", "ASEAN", "asserted", None, ["MYS", "VNM"])],
                id="with-phrase",
            ),
            pytest.param(
                "Estonia and Latvia, the two NATO members closest to Russia, asked for more air defence.",
                [("the two NATO members", "NATO", "asserted", None, ["LVA", "EST"])],
                id="closest-to",
            ),
            pytest.param(
                "Poland and Lithuania, the EU states bordering Belarus, closed two crossings overnight.",
                [("the EU states", "EU", "asserted", None, ["LTU", "POL"])],
                id="bordering",
            ),
            pytest.param(
                "Vietnam and Malaysia, the two ASEAN members, met in Hanoi on Friday.",
                [("the two ASEAN members", "ASEAN", "asserted", None, ["MYS", "VNM"])],
                id="guard-no-qualifier",
            ),
        ],
    )
    def test_qualified(self, text: str, expected: list[Row]) -> None:
        """Every listed state the gazetteer knows as a member is read, not only the last."""
        assert rows(text) == expected


class TestCountsAmongItsMembers:
    """ "counts A among its members" names members also when a count or a word of kind stands before the
    noun ("its 10 members", "its founding members"), not when it is "former"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "ASEAN, which counts Myanmar among its 10 members, has kept the junta away from summits.",
                [("ASEAN", "ASEAN", "asserted", None, ["MMR"])],
                id="counted-members",
            ),
            pytest.param(
                "The CSTO, which counts Armenia and Belarus among its six member states, met in Minsk.",
                [("The CSTO", "CSTO", "asserted", None, ["ARM", "BLR"])],
                id="counted-member-states",
            ),
            pytest.param(
                "The EU, which counts Britain among its former members, met in Brussels.",
                [("The EU", "EU", "asserted", None, [])],
                id="guard-former",
            ),
        ],
    )
    def test_counts(self, text: str, expected: list[Row]) -> None:
        """The counted noun still names members; former ones are none."""
        assert rows(text) == expected
