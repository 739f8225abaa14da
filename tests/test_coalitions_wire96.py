"""Coalition readings of wire copy, round 96: what a group's members feel about or stand to after "are" or
"were" ("The US and its allies are wary of Iran"), a body's name given by a verb of naming after "an" ("what
officials call an axis of upheaval"), a body owned by the state that leads it after "part of" or "a member of"
("part of Iran's Axis of Resistance"), an Afghan militia new to the gazetteer (the Fatemiyoun), states that
own a pact jointly ("Russia and North Korea's defence pact"), a strength in members (", now 32 strong,"), a
name with its own article that runs on ("the West Bank"), ECOWAS's French name and the two CFA franc unions,
a short name among a body's members ("Congo" in CEMAC), the founders of a group ("founded the bloc"),
states welcomed and ranked among a body's members (", its newest member"), and a threat to leave in a relative
clause ("which Armenia has threatened to quit").

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from geoquote import find_actors
from tests._coalition_helpers import Row, one_coalition, rows


class TestBePredicateOfAttitude:
    """An actor after "are" or "were" and an adjective of attitude or relation that ends in a preposition
    ("are wary of", "were angry with", "are worried about") is what the members feel about, not a member: the
    list a bare "are" opens ("The allies were Britain, France and the United States") needs no preposition."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The United States and its Gulf allies are wary of Iran.",
                [("United States and its Gulf allies", None, "asserted", "USA", ["USA"])],
                id="wary-of",
            ),
            pytest.param(
                "Britain and its European allies are critical of Israel's offensive in Gaza.",
                [("Britain and its European allies", None, "asserted", "GBR", ["GBR"])],
                id="critical-of",
            ),
            pytest.param(
                "The United States and its allies are worried about China's military build-up.",
                [("United States and its allies", None, "asserted", "USA", ["USA"])],
                id="worried-about",
            ),
            pytest.param(
                "France and its African allies were deeply suspicious of Russia.",
                [("France and its African allies", None, "asserted", "FRA", ["FRA"])],
                id="deeply-suspicious-of",
            ),
            pytest.param(
                "Japan and its allies are wary of North Korea's missile tests.",
                [("Japan and its allies", None, "asserted", "JPN", ["JPN"])],
                id="wary-of-a-possessor",
            ),
            pytest.param(
                "The bloc's newest members are Egypt and Ethiopia.",
                [("The bloc", None, "asserted", None, ["EGY", "ETH"])],
                id="guard-members-are",
            ),
            pytest.param(
                "The allies were Britain, France and the United States.",
                [("The allies", None, "asserted", None, ["GBR", "FRA", "USA"])],
                id="guard-allies-were",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The actor of the predicate is no member."""
        assert rows(text) == expected


class TestNameGivenAfterAn:
    """A body's name written in lower case after "an" is a description ("no room for an Arab defence
    alliance"), and a description supposed or hedged names no body; after a verb of naming ("call", "dub",
    "term", "describe as") it is the name others give, and the body's id stays, hedged or not."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Russia and Iran are building what critics have dubbed an axis of upheaval.",
                [("an axis of upheaval", "AXIS_OF_UPHEAVAL", "hedged", None, [])],
                id="what-critics-have-dubbed",
            ),
            pytest.param(
                "Beijing rejects what Western capitals term an axis of upheaval.",
                [("an axis of upheaval", "AXIS_OF_UPHEAVAL", "hedged", None, [])],
                id="what-capitals-term",
            ),
            pytest.param(
                "Moscow and Tehran may form what some describe as an axis of upheaval.",
                [("an axis of upheaval", "AXIS_OF_UPHEAVAL", "hedged", None, ["RUS", "IRN"])],
                id="what-some-describe-as",
            ),
            pytest.param(
                "What Israeli officials call an axis of resistance, Hezbollah, Hamas and the Houthis, has "
                "been weakened.",
                [
                    (
                        "an axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "hedged",
                        None,
                        ["HEZBOLLAH", "HAMAS", "HOUTHIS"],
                    )
                ],
                id="what-officials-call-with-members",
            ),
            pytest.param(
                "There is no room for an Arab defence alliance beyond the one there is.",
                [("an Arab defence alliance", None, "asserted", None, [])],
                id="guard-a-description",
            ),
            pytest.param(
                "Analysts have dubbed them an axis of upheaval.",
                [("an axis of upheaval", "AXIS_OF_UPHEAVAL", "asserted", None, [])],
                id="guard-asserted-name",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The name given keeps the body's id."""
        assert rows(text) == expected


class TestPartOfAPossessedBody:
    """A subject that is "part of" or "a member of" a body written after its owner's possessive ("part of
    Iran's Axis of Resistance", "a member of Iran's so-called axis") is a member, as it is of the body named
    with "the"; a body's network or market the subject is part of is still no membership."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Houthis, part of Iran's Axis of Resistance, fired missiles at Israel.",
                [("Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN", "HOUTHIS"])],
                id="apposed-part-of",
            ),
            pytest.param(
                "The Houthis, part of Iran's so-called Axis of Resistance, fired missiles at Israel.",
                [
                    (
                        "so-called Axis of Resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["IRN", "HOUTHIS"],
                    )
                ],
                id="apposed-part-of-so-called",
            ),
            pytest.param(
                "Hamas is part of Iran's so-called Axis of Resistance.",
                [("so-called Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN", "HAMAS"])],
                id="is-part-of",
            ),
            pytest.param(
                "Kataib Hezbollah, a member of Iran's Axis of Resistance, claimed the attack.",
                [("Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["IRN", "KATAIB_HEZBOLLAH"])],
                id="a-member-of",
            ),
            pytest.param(
                "Hezbollah, part of the Axis of Resistance, fired rockets at northern Israel.",
                [("the Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="guard-the-body",
            ),
            pytest.param(
                "Japan and Australia are part of NATO's partner network.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-the-body-owns-the-network",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The subject is a member."""
        assert rows(text) == expected


class TestFatemiyoun:
    """The Fatemiyoun, the Afghan militia Iran's Revolutionary Guards raised to fight in Syria, is in the
    gazetteer (FATEMIYOUN) under its usual names; a militia the gazetteer does not know still adds nothing."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Iran-led alliance, which includes Hezbollah, the Fatemiyoun and Iraqi militias, lost "
                "ground in Syria.",
                [("The Iran-led alliance", None, "asserted", "IRN", ["HEZBOLLAH", "FATEMIYOUN"])],
                id="the-fatemiyoun-in-a-list",
            ),
            pytest.param(
                "Liwa Fatemiyoun, part of the Axis of Resistance, withdrew its fighters from Syria.",
                [("the Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["FATEMIYOUN"])],
                id="liwa-fatemiyoun-part-of",
            ),
            pytest.param(
                "Syrian government forces and their allies, including Hezbollah and the Fatemiyoun Brigade, "
                "retook the town.",
                [
                    (
                        "Syrian government forces and their allies",
                        None,
                        "asserted",
                        "SYR",
                        ["SYR", "HEZBOLLAH", "FATEMIYOUN"],
                    )
                ],
                id="fatemiyoun-brigade-among-allies",
            ),
            pytest.param(
                "The axis includes Hamas, the Houthis and militias in Syria such as the Qalamoun Lions.",
                [("The axis", None, "asserted", None, ["HAMAS", "HOUTHIS"])],
                id="guard-an-unknown-militia-adds-nothing",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The militia is named by its id."""
        assert rows(text) == expected


class TestJointPossessors:
    """States joined by "and" before a possessive own a pact, treaty, agreement or alliance together ("Russia
    and North Korea's defence pact"): the mention runs from the first, each is a member and none leads, where
    one possessor alone ("Moscow's treaty") leads it. Allies owned so ("France and Germany's allies") and
    armed groups are left as they were."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Pyongyang and Moscow's mutual defence treaty took effect in December.",
                [("Pyongyang and Moscow's mutual defence treaty", None, "asserted", None, ["PRK", "RUS"])],
                id="capitals-treaty",
            ),
            pytest.param(
                "Russia and North Korea's defence pact obliges each to aid the other.",
                [("Russia and North Korea's defence pact", None, "asserted", None, ["RUS", "PRK"])],
                id="states-pact",
            ),
            pytest.param(
                "Saudi Arabia and Pakistan's mutual defence agreement was signed in Riyadh.",
                [
                    (
                        "Saudi Arabia and Pakistan's mutual defence agreement",
                        None,
                        "asserted",
                        None,
                        ["SAU", "PAK"],
                    )
                ],
                id="defence-agreement",
            ),
            pytest.param(
                "Britain, France and Germany's defence pact was signed in London.",
                [
                    (
                        "Britain, France and Germany's defence pact",
                        None,
                        "asserted",
                        None,
                        ["GBR", "FRA", "DEU"],
                    )
                ],
                id="three-states",
            ),
            pytest.param(
                "The United States and Japan's alliance is the cornerstone of security in Asia.",
                [("The United States and Japan's alliance", None, "asserted", None, ["USA", "JPN"])],
                id="the-first-state",
            ),
            pytest.param(
                "Sweden joined Finland and Norway's defence pact.",
                [("Finland and Norway's defence pact", None, "asserted", None, ["FIN", "NOR", "SWE"])],
                id="joined-by-a-third",
            ),
            pytest.param(
                "Moscow's mutual defence treaty with Pyongyang took effect in December.",
                [("Moscow's mutual defence treaty with Pyongyang", None, "asserted", None, ["RUS", "PRK"])],
                id="guard-one-possessor-with",
            ),
            pytest.param(
                "France and Germany's allies in Eastern Europe were not consulted.",
                [("Germany's allies", None, "asserted", "DEU", [])],
                id="guard-allies",
            ),
            pytest.param(
                "Hamas and Hezbollah's alliance with Iran is decades old.",
                [("Hezbollah's alliance with Iran", None, "asserted", None, ["HEZBOLLAH", "IRN"])],
                id="guard-armed-groups",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Each possessor is a member; none leads."""
        assert rows(text) == expected


class TestStrengthInMembers:
    """A strength said right after a mention, in an aside or a predicate (", now 32 strong,", " (twelve
    strong)", " is now 32 members strong"), is its member count, as "the 32-strong alliance" is; a number of
    three digits or more is a strength in troops, and "strong" without a number counts nothing."""

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "The alliance, now 32 strong, met in The Hague.", "The alliance", 32, id="now-32-strong"
            ),
            pytest.param("The bloc, now ten strong, met in Rio.", "The bloc", 10, id="now-ten-strong"),
            pytest.param(
                "BRICS, now eleven strong with Indonesia, met in Rio.", "BRICS", 11, id="body-eleven-strong"
            ),
            pytest.param(
                "The alliance is now 32 members strong after Sweden joined.",
                "The alliance",
                32,
                id="is-members-strong",
            ),
            pytest.param(
                "The coalition (twelve strong) met in Paris.", "The coalition", 12, id="in-brackets"
            ),
            pytest.param(
                "The Kenyan-led force, 800 strong, deployed to Haiti.",
                "The Kenyan-led force",
                None,
                id="guard-troops",
            ),
            pytest.param(
                "The coalition, strong on rhetoric, did little.", "The coalition", None, id="guard-no-number"
            ),
            pytest.param(
                "The 32-strong alliance met in The Hague.", "The 32-strong alliance", 32, id="guard-inside"
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int | None) -> None:
        """The strength is the count."""
        assert one_coalition(text, surface).member_count == count


class TestArticleNameGoesOn:
    """A name written with its own article ("the West", "the Emirates", "The Gambia") that runs on into a
    capitalised word which is no actor names a longer thing ("the West Bank", "the Emirates Stadium"): it is
    no actor, and a longer name that starts after the article is read ("The West African Economic and
    Monetary Union"). Before an actor, a comma or a lower-case word it is the actor it was."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Troops raided towns in the West Bank.", [], id="the-west-bank"),
            pytest.param(
                "The final was played at the Emirates Stadium in London.", [("London", "GBR")], id="a-stadium"
            ),
            pytest.param(
                "The West African Economic and Monetary Union suspended Niger.",
                [("West African Economic and Monetary Union", "WAEMU"), ("Niger", "NER")],
                id="a-longer-name-after-the-article",
            ),
            pytest.param(
                "The West, Moscow says, is in decline.",
                [("The West", "WEST"), ("Moscow", "RUS")],
                id="guard-comma",
            ),
            pytest.param(
                "The West Russia fears is divided.",
                [("The West", "WEST"), ("Russia", "RUS")],
                id="guard-an-actor",
            ),
            pytest.param(
                "The Gambia and Senegal share a border.",
                [("The Gambia", "GMB"), ("Senegal", "SEN")],
                id="guard-and",
            ),
        ],
    )
    def test_actors(self, text: str, expected: list[tuple[str, str | None]]) -> None:
        """The actors named."""
        assert [(a.text, a.code) for a in find_actors(text)] == expected


class TestWestAndCentralAfricanBodies:
    """ECOWAS under its French name and acronym (CEDEAO), and the two CFA franc unions, the West African
    Economic and Monetary Union (WAEMU, UEMOA) and the Economic and Monetary Community of Central Africa
    (CEMAC), are in the gazetteer with their member states."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "CEDEAO leaders met in Abuja on Sunday.",
                [("CEDEAO", "ECOWAS", "asserted", None, [])],
                id="cedeao",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger remain members of WAEMU despite quitting ECOWAS.",
                [
                    ("WAEMU", "WAEMU", "asserted", None, ["MLI", "BFA", "NER"]),
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                ],
                id="waemu-members",
            ),
            pytest.param(
                "Chad and Cameroon, both CEMAC members, closed their border.",
                [("CEMAC members", "CEMAC", "asserted", None, ["TCD", "CMR"])],
                id="cemac-members",
            ),
            pytest.param(
                "ECOWAS leaders met in Abuja on Sunday.",
                [("ECOWAS", "ECOWAS", "asserted", None, [])],
                id="guard-ecowas",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The body is named by its id."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface", "code", "count"),
        [
            pytest.param(
                "The eight-member UEMOA lifted sanctions on Mali.",
                "The eight-member UEMOA",
                "WAEMU",
                8,
                id="uemoa",
            ),
            pytest.param(
                "The six CEMAC states share a currency.", "The six CEMAC states", "CEMAC", 6, id="cemac-six"
            ),
        ],
    )
    def test_count_and_id(self, text: str, surface: str, code: str, count: int) -> None:
        """The count written beside the acronym, and the body's id."""
        c = one_coalition(text, surface)
        assert (c.id, c.member_count) == (code, count)


class TestShortNameOfAMember:
    """A member named by a short name ("Congo") that another state bears in full as "Republic of (the)
    Congo" is that state when the body counts it and not the one the short name names: among CEMAC's members
    "Congo" is the Republic of the Congo (COG); among the EAC's, which count the Democratic Republic, it
    stays COD, and a body that counts both keeps the usual reading."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Congo and Gabon, both CEMAC members, signed the accord.",
                [("CEMAC members", "CEMAC", "asserted", None, ["COG", "GAB"])],
                id="cemac-apposition",
            ),
            pytest.param(
                "The Central African Economic and Monetary Community, which groups Cameroon, Chad, Gabon, "
                "Congo, Equatorial Guinea and the Central African Republic, met in Yaounde.",
                [
                    (
                        "The Central African Economic and Monetary Community",
                        "CEMAC",
                        "asserted",
                        None,
                        ["CMR", "TCD", "GAB", "COG", "GNQ", "CAF"],
                    )
                ],
                id="cemac-list",
            ),
            pytest.param(
                "The East African Community, which includes Congo, Kenya and Tanzania, met in Arusha.",
                [("The East African Community", "EAC", "asserted", None, ["COD", "KEN", "TZA"])],
                id="guard-eac",
            ),
            pytest.param(
                "ECCAS, which groups Congo and Angola, met in Libreville.",
                [("ECCAS", "ECCAS", "asserted", None, ["COD", "AGO"])],
                id="guard-a-body-with-both",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The member is the state the body counts."""
        assert rows(text) == expected


class TestFoundedBy:
    """The subject that founded or co-founded a group is its members, as one that formed, set up or
    established it is ("Mali, Burkina Faso and Niger founded the alliance in 2023"); "found" (of "find") is
    no founding."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Brazil, Russia, India and China founded the bloc in 2009.",
                [("the bloc", None, "asserted", None, ["BRA", "RUS", "IND", "CHN"])],
                id="founded-the-bloc",
            ),
            pytest.param(
                "Mali, Burkina Faso and Niger founded the alliance in 2023.",
                [("the alliance", None, "asserted", None, ["MLI", "BFA", "NER"])],
                id="founded-the-alliance",
            ),
            pytest.param(
                "Russia and China co-founded the bloc in 2001.",
                [("the bloc", None, "asserted", None, ["RUS", "CHN"])],
                id="co-founded",
            ),
            pytest.param(
                "Brazil, Russia, India and China founded the group, later joined by South Africa.",
                [("the group", None, "asserted", None, ["ZAF", "BRA", "RUS", "IND", "CHN"])],
                id="founded-then-joined-by",
            ),
            pytest.param(
                "Russia found the alliance wanting.",
                [("the alliance", None, "asserted", None, [])],
                id="guard-found",
            ),
            pytest.param(
                "Brazil, Russia, India and China set up the grouping in 2009.",
                [("the grouping", None, "asserted", None, ["BRA", "RUS", "IND", "CHN"])],
                id="guard-set-up",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The founders are members."""
        assert rows(text) == expected


class TestWelcomedAsRanked:
    """States a body welcomed are its members when an apposition ranks them among its members (", its newest
    member", ", its 32nd member", ", its two newest members"), as "as full members" already made them; an
    apposition of anything else (", its guest of honour", ", its neighbour") makes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The bloc welcomed Indonesia, its newest member, at the summit.",
                [("The bloc", None, "asserted", None, ["IDN"])],
                id="its-newest-member",
            ),
            pytest.param(
                "NATO welcomed Sweden, its 32nd member, in March.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="its-32nd-member",
            ),
            pytest.param(
                "BRICS welcomed Egypt and Ethiopia, its two newest members, in Kazan.",
                [("BRICS", "BRICS", "asserted", None, ["EGY", "ETH"])],
                id="its-two-newest-members",
            ),
            pytest.param(
                "NATO welcomed Ukraine's president, its guest of honour, in Vilnius.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-a-guest",
            ),
            pytest.param(
                "The bloc welcomed Indonesia, its neighbour, to the talks.",
                [("The bloc", None, "asserted", None, [])],
                id="guard-a-neighbour",
            ),
            pytest.param(
                "The bloc has welcomed Iran and the UAE as full members.",
                [("The bloc", None, "asserted", None, ["IRN", "ARE"])],
                id="guard-as-full-members",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The welcomed states ranked among the members are members."""
        assert rows(text) == expected


class TestThreatToLeaveInARelative:
    """A state that a relative clause right after the mention says threatened, voted or is considering to
    leave or quit it is a member, as one that joined it is ("NATO, which Finland joined in 2023"): the threat
    is made from inside. A threat of anything else ("threatened to attack") makes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The CSTO, which Armenia has threatened to quit, met in Minsk.",
                [("The CSTO", "CSTO", "asserted", None, ["ARM"])],
                id="threatened-to-quit",
            ),
            pytest.param(
                "Mercosur, which Uruguay has threatened to leave, opened talks with China.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["URY"])],
                id="threatened-to-leave",
            ),
            pytest.param(
                "The bloc, which Hungary is considering leaving, met in Brussels.",
                [("The bloc", None, "asserted", None, ["HUN"])],
                id="considering-leaving",
            ),
            pytest.param(
                "The alliance, which Russia has threatened to attack, met in The Hague.",
                [("The alliance", None, "asserted", None, [])],
                id="guard-threatened-to-attack",
            ),
            pytest.param(
                "NATO, which Finland joined in 2023, met in Washington.",
                [("NATO", "NATO", "asserted", None, ["FIN"])],
                id="guard-joined",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state that threatens to leave is a member."""
        assert rows(text) == expected
