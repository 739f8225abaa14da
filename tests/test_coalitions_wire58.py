"""Coalition readings of wire copy, round 58: Middle East, Nordic-Baltic, African and Indo-Pacific groupings
as the Israeli, Nigerian, Kenyan, Hong Kong and Taiwanese press write them.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestDescribedMemberApposition:
    """A member apposed to its state or group may be ranked or described by any two plain words ("the most
    powerful member of", "a key member of"), not only by the listed ones; a word that leaves it short of
    membership ("an aspiring member", "a former member") still gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hezbollah, the most powerful member of the axis of resistance, vowed to keep firing.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="most-powerful-member",
            ),
            pytest.param(
                "Poland, a key member of the Bucharest Nine, will host the next leaders' meeting in Krakow.",
                [("the Bucharest Nine", "B9", "asserted", None, ["POL"])],
                id="key-member",
            ),
            pytest.param(
                "Iceland, an influential member of NORDEFCO despite having no army, sent two observers.",
                [("NORDEFCO", "NORDEFCO", "asserted", None, ["ISL"])],
                id="influential-member",
            ),
            pytest.param(
                "Greece, a long-standing member of NATO, ordered twenty new jets on Monday.",
                [("NATO", "NATO", "asserted", None, ["GRC"])],
                id="hyphenated-describer",
            ),
            pytest.param(
                "Georgia, an aspiring member of NATO, held a snap election in October.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-aspiring-member",
            ),
            pytest.param(
                "Ukraine, a close partner of NATO, asked for more air defence on Friday.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-partner-not-member",
            ),
            pytest.param(
                "The militias, which are funded by Iran, are loyal members of the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, [])],
                id="clause-no-article",
            ),
            pytest.param(
                "The Houthis, who are armed by Iran, are proud members of the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HOUTHIS"])],
                id="guard-who-clause-no-article",
            ),
            pytest.param(
                "Qatar, a founding member of the GCC, offered to mediate between the two sides.",
                [("the GCC", "GCC", "asserted", None, ["QAT"])],
                id="guard-founding-already-read",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed actor is a member unless the apposition's words say it is not yet or no longer one."""
        assert rows(text) == expected


class TestClaimedByTheMention:
    """An unnamed alignment that a deed "was claimed by" is the claimant, so the claim hedges the deed, not
    the alignment: it stays asserted. A claim that an alignment did something stays a hedge."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The drone attack on the base near Erbil was claimed by a coalition of Iraqi militias.",
                [("a coalition of Iraqi militias", None, "asserted", None, [])],
                id="claimed-by",
            ),
            pytest.param(
                "The rocket strike was claimed jointly by an alliance of armed factions on Telegram.",
                [("an alliance of armed factions", None, "asserted", None, [])],
                id="claimed-jointly-by",
            ),
            pytest.param(
                "Army officers claimed a coalition of militias was behind the ambush in Kirkuk.",
                [("a coalition of militias", None, "hedged", None, [])],
                id="guard-claimed-that",
            ),
            pytest.param(
                "Rebels claimed the convoy was struck by a coalition of Syrian militias.",
                [("a coalition of Syrian militias", None, "hedged", None, [])],
                id="guard-claimed-clause",
            ),
        ],
    )
    def test_polarity(self, text: str, expected: list[Row]) -> None:
        """The claimant of a deed exists; the subject of someone else's claim is hedged."""
        assert rows(text) == expected


class TestLedTheIsAVerb:
    """A name, "led" or "headed", and an article before a body's name are a verb and its object, not a spaced
    "X-led": the mention opens at its own article ("Kenya led the East African Community ..."), where it
    took the subject and the verb in before."""

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "Kenya led the East African Community regional force in eastern Congo until late 2023.",
                "the East African Community regional force",
                id="led-the-named-force",
            ),
            pytest.param(
                "Nigeria led the ECOWAS standby force into Gambia after the disputed vote.",
                "the ECOWAS standby force",
                id="led-the-acronym-force",
            ),
            pytest.param(
                "The Saudi led Islamic Military Alliance met in Riyadh on Sunday.",
                "The Saudi led Islamic Military Alliance",
                id="guard-spaced-led-compound",
            ),
        ],
    )
    def test_surface(self, text: str, surface: str) -> None:
        """The mention's text starts at its own article, or at the leader of a spaced compound."""
        assert [c[0] for c in rows(text)] == [surface]


class TestStateLeadsABodysForce:
    """A state that leads a body's force or mission ("Uganda leads the African Union mission") is its leader
    in the body's stead, as it already was of a force the data names; the body still runs it, so the mission
    the data knows by its runner and theatre is still found. A perfect tense leads too ("has led")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Uganda leads the African Union mission in Somalia, the force commander said.",
                [("the African Union mission", "AMISOM", "asserted", "UGA", [])],
                id="leads-the-au-mission",
            ),
            pytest.param(
                "Nigeria led the ECOWAS standby force into Gambia after the disputed vote.",
                [("the ECOWAS standby force", "ECOWAS", "asserted", "NGA", [])],
                id="led-the-standby-force",
            ),
            pytest.param(
                "Kenya has led the East African Community regional force since it deployed to Goma.",
                [("the East African Community regional force", "EAC", "asserted", "KEN", [])],
                id="has-led-the-regional-force",
            ),
            pytest.param(
                "Washington has led a coalition against the Islamic State since 2014.",
                [("a coalition", "US_LED_ANTI_ISIS", "asserted", "USA", [])],
                id="has-led-a-coalition",
            ),
            pytest.param(
                "Britain has long led the Joint Expeditionary Force in the High North.",
                [("the Joint Expeditionary Force", "JEF", "asserted", "GBR", [])],
                id="has-long-led-named-body",
            ),
            pytest.param(
                "Troops of the African Union mission in Somalia fought al-Shabaab near Baidoa.",
                [("the African Union mission", "AMISOM", "asserted", "AU", [])],
                id="guard-body-runs-it",
            ),
            pytest.param(
                "Canada leads NATO's battlegroup in Latvia, a post it has held since 2017.",
                [("NATO", "NATO", "asserted", None, ["CAN"])],
                id="guard-possessed-unit",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The leading state is the leader; with none, the body that runs the force is."""
        assert rows(text) == expected


class TestBodyJoinsABody:
    """A body that is the subject of a joining or membership verb ("The African Union joined the G20", "The
    EU is a member of the G20") is a member of the body it joins, with its stable id, as a body listed among
    a mention's members already was; its own mention stays. States of a body ("EU states joined", "members
    of the EU joined") make no member of the body itself."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The African Union joined the G20 as a permanent member at the New Delhi summit.",
                [
                    ("The African Union", "AU", "asserted", None, []),
                    ("the G20", "G20", "asserted", None, ["AU"]),
                ],
                id="au-joined-g20",
            ),
            pytest.param(
                "The European Union is a full member of the G20, unlike the African Union until 2023.",
                [
                    ("The European Union", "EU", "asserted", None, []),
                    ("the G20", "G20", "asserted", None, ["EU"]),
                    ("the African Union", "AU", "asserted", None, []),
                ],
                id="eu-is-a-member-of",
            ),
            pytest.param(
                "NATO joined the global coalition against the Islamic State at its May 2017 summit.",
                [
                    ("NATO", "NATO", "asserted", None, []),
                    ("the global coalition", "US_LED_ANTI_ISIS", "asserted", None, ["NATO"]),
                ],
                id="nato-joined-coalition",
            ),
            pytest.param(
                "Most members of the EU joined NATO decades before Finland did.",
                [("the EU", "EU", "asserted", None, []), ("NATO", "NATO", "asserted", None, [])],
                id="guard-members-of-the-body",
            ),
            pytest.param(
                "EU states joined the naval coalition in the Red Sea in January.",
                [
                    ("EU states", "EU", "asserted", None, []),
                    ("the naval coalition", None, "asserted", None, []),
                ],
                id="guard-body-states",
            ),
            pytest.param(
                "The Arab League and the OIC joined forces to demand a ceasefire in Gaza.",
                [
                    ("The Arab League", "ARAB_LEAGUE", "asserted", None, []),
                    ("the OIC", "OIC", "asserted", None, []),
                ],
                id="guard-joined-forces",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The joining body is a member; states of a body are not the body."""
        assert rows(text) == expected


class TestSignedAnAgreement:
    """The states that signed a body named as an agreement ("the Abraham Accords", "the Warsaw Pact"), or are
    party to it, are its members, as those that joined it already were; a signing refused, denied or still
    to come gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Bahrain signed the Abraham Accords at a White House ceremony in September 2020.",
                [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, ["BHR"])],
                id="signed",
            ),
            pytest.param(
                "Morocco and Sudan have since signed the Abraham Accords, an Israeli diplomat noted.",
                [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, ["MAR", "SDN"])],
                id="have-since-signed",
            ),
            pytest.param(
                "Israel, the UAE and Bahrain are parties to the Abraham Accords, which Israel hopes to grow.",
                [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, ["ISR", "ARE", "BHR"])],
                id="are-parties-to",
            ),
            pytest.param(
                "Hungary signed the Warsaw Pact in 1955 and tried to leave it a year later.",
                [("the Warsaw Pact", "WARSAW_PACT", "asserted", None, ["HUN"])],
                id="signed-pact",
            ),
            pytest.param(
                "Riyadh has not signed the Abraham Accords, a Saudi official told reporters in Jeddah.",
                [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, [])],
                id="guard-has-not-signed",
            ),
            pytest.param(
                "Oman refused to sign the Abraham Accords despite months of American pressure.",
                [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, [])],
                id="guard-refused-to-sign",
            ),
            pytest.param(
                "Canada signed the G7 statement on Gaza late on Monday.",
                [("the G7", "G7", "asserted", None, [])],
                id="guard-body-not-an-agreement",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A signatory or party of an agreement is a member; a refusal or a deal the body makes is none."""
        assert rows(text) == expected


class TestFormedWhatOthersCall:
    """A name others give the body may stand between a verb of founding or making up and the body ("formed
    what analysts dub the Squad", "make up what Tehran calls the axis"): the list before the verb is its
    members, as it was with no such name between."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan, Australia, the Philippines and the US have formed what analysts dub the Squad.",
                [("the Squad", "SQUAD", "asserted", None, ["JPN", "AUS", "PHL", "USA"])],
                id="formed-what-analysts-dub",
            ),
            pytest.param(
                "Iran, Syria and Hezbollah make up what Tehran calls the axis of resistance, a daily wrote.",
                [
                    (
                        "the axis of resistance",
                        "AXIS_OF_RESISTANCE",
                        "asserted",
                        None,
                        ["IRN", "SYR", "HEZBOLLAH"],
                    )
                ],
                id="make-up-what-a-capital-calls",
            ),
            pytest.param(
                "Poland, France and Germany revived what diplomats call the Weimar Triangle in 2024.",
                [("the Weimar Triangle", "WEIMAR_TRIANGLE", "asserted", None, ["POL", "FRA", "DEU"])],
                id="revived-what-diplomats-call",
            ),
            pytest.param(
                "Beijing condemned what it calls the Quad in a statement on Tuesday.",
                [("the Quad", "QUAD", "asserted", None, [])],
                id="guard-condemned-what-it-calls",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The list before the founding verb is the body's members; a critic's is none."""
        assert rows(text) == expected


class TestBothAllies:
    """ "both" or "all" between a plural copula and "allies" predicated of its subjects ("are both US
    allies") is an adverb like "now" or "still": the subjects are members, as with no such word."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Manila and Tokyo are both US treaty allies, a Taipei newspaper pointed out.",
                [("US treaty allies", None, "asserted", "USA", ["USA", "PHL", "JPN"])],
                id="both-treaty-allies",
            ),
            pytest.param(
                "Estonia, Latvia and Lithuania are all NATO allies bordering Russia or Belarus.",
                [("NATO allies", "NATO", "asserted", None, ["EST", "LVA", "LTU"])],
                id="all-nato-allies",
            ),
            pytest.param(
                "Manila and Tokyo are US treaty allies, a Taipei newspaper pointed out.",
                [("US treaty allies", None, "asserted", "USA", ["USA", "PHL", "JPN"])],
                id="guard-no-adverb",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The subjects of the copula are the allies."""
        assert rows(text) == expected
