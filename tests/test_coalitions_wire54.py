"""Coalition readings of wire copy, round 54: military alliances refused in a quoted politician's words,
former and suspended members, and the blocs of West Africa, the Sahel, the Gulf and the expanding BRICS.

Every sentence here was written for these tests in the style of news copy; the states, bodies and armed
groups are real, the people invented.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions
from tests._coalition_helpers import Row, rows

#: The surface of the Sahel confederation's full name, as the rows below expect it.
_SAHEL_NAME = "the Alliance of Sahel States"


class TestMilitaryAllianceBesideHomePolitics:
    """A word of home politics near a military alliance names the speaker, not the bloc: parties at home do
    not form military alliances."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Neutrality bars Austria from joining a military alliance, the chancellor said.",
                [("a military alliance", None, "negated", None, [])],
                id="bars-chancellor-said",
            ),
            pytest.param(
                "Ireland will not enter a military alliance, the prime minister told reporters in Cork.",
                [("a military alliance", None, "negated", None, [])],
                id="will-not-enter-prime-minister",
            ),
            pytest.param(
                "Malta cannot join a military alliance under its constitution, the premier said on Monday.",
                [("a military alliance", None, "negated", None, [])],
                id="cannot-join-premier",
            ),
            pytest.param(
                "Her party would join a coalition after the election, the chancellor said.",
                [],
                id="guard-party-coalition",
            ),
            pytest.param(
                "The two parties agreed to form an alliance before the poll, the premier said.",
                [],
                id="guard-parties-alliance",
            ),
            pytest.param(
                "The coalition government in Rome will survive the vote, the prime minister said.",
                [],
                id="guard-coalition-government",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The military alliance is read with its polarity; a coalition of parties gives none."""
        assert rows(text) == expected


class TestMembershipThatEnded:
    """A membership the text ends at a named time ("until 2009", "until it quit"), or a "former" member, is no
    membership now: the scheme keeps those states out of the members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Georgia belonged to the CIS until 2009.",
                [("the CIS", "CIS", "asserted", None, [])],
                id="belonged-until-year",
            ),
            pytest.param(
                "Uzbekistan was part of the CSTO until 2012, when it walked out a second time.",
                [("the CSTO", "CSTO", "asserted", None, [])],
                id="was-part-of-until",
            ),
            pytest.param(
                "Azerbaijan and Georgia belonged to the CSTO until they left in 1999.",
                [("the CSTO", "CSTO", "asserted", None, [])],
                id="until-they-left",
            ),
            pytest.param(
                "Britain belonged to the EU until January 2020.",
                [("the EU", "EU", "asserted", None, [])],
                id="until-month-year",
            ),
            pytest.param(
                "Indonesia, an OPEC member until 2016, now imports most of its crude.",
                [("OPEC member", "OPEC", "asserted", None, [])],
                id="apposed-member-until",
            ),
            pytest.param(
                "Poland and Hungary were Warsaw Pact members until 1991.",
                [("Warsaw Pact members", "WARSAW_PACT", "asserted", None, [])],
                id="members-until",
            ),
            pytest.param(
                "Gabon, a former OPEC member, pumps far less oil than it did.",
                [("a former OPEC member", "OPEC", "asserted", None, [])],
                id="a-former-member",
            ),
            pytest.param(
                "Greece has belonged to NATO since 1952.",
                [("NATO", "NATO", "asserted", None, ["GRC"])],
                id="guard-since",
            ),
            pytest.param(
                "Kazakhstan will remain in the CSTO until 2030, its foreign minister said.",
                [("the CSTO", "CSTO", "asserted", None, ["KAZ"])],
                id="guard-future-until",
            ),
            pytest.param(
                "Armenia remains in the CSTO until now, the minister said.",
                [("the CSTO", "CSTO", "asserted", None, ["ARM"])],
                id="guard-until-now",
            ),
            pytest.param(
                "Georgia was a member of the CIS, which it left after the war.",
                [("the CIS", "CIS", "asserted", None, [])],
                id="left-in-relative",
            ),
            pytest.param(
                "Uzbekistan was part of the CSTO, which it later quit for good.",
                [("the CSTO", "CSTO", "asserted", None, [])],
                id="quit-in-relative",
            ),
            pytest.param(
                "Armenia is a member of the CSTO, which it criticised after the war.",
                [("the CSTO", "CSTO", "asserted", None, ["ARM"])],
                id="guard-other-verb-in-relative",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A membership that ended gives no member; one that lasts keeps it."""
        assert rows(text) == expected


class TestSuspendedFromABody:
    """A state suspended from a body is outside it: the scheme lists suspended, withdrawn and expelled states
    apart from the members. A state that freezes its own part in a body stays a member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Guinea remains suspended from ECOWAS, a spokesman for the commission in Abuja said.",
                [("ECOWAS", "ECOWAS", "asserted", None, [])],
                id="remains-suspended-from",
            ),
            pytest.param(
                "Mali and Burkina Faso were suspended from the African Union after their coups.",
                [("the African Union", "AU", "asserted", None, [])],
                id="were-suspended-from",
            ),
            pytest.param(
                "Syria was indefinitely suspended from the Arab League in November 2011.",
                [("the Arab League", "ARAB_LEAGUE", "asserted", None, [])],
                id="indefinitely-suspended",
            ),
            pytest.param(
                "Venezuela, suspended from Mercosur since 2016, was left off the guest list.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="guard-apposed-suspension",
            ),
            pytest.param(
                "Both Armenia and Belarus suspended their participation in the CSTO, the minister said.",
                [("the CSTO", "CSTO", "asserted", None, ["ARM", "BLR"])],
                id="guard-own-part-suspended",
            ),
            pytest.param(
                "Sudan remains a member of the Arab League despite the war.",
                [("the Arab League", "ARAB_LEAGUE", "asserted", None, ["SDN"])],
                id="guard-remains-a-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The suspended state is no member; one that froze its own part is."""
        assert rows(text) == expected


class TestOfListWithMilitias:
    """Militias a demonym qualifies ("Iraqi Shiite militias") inside or at the end of an "of" list are an item
    that names no member: the list is read whole, and the surface takes it in."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tehran funds an axis of Hezbollah, Iraqi Shiite militias, the Houthis and Hamas.",
                [
                    (
                        "an axis of Hezbollah, Iraqi Shiite militias, the Houthis and Hamas",
                        None,
                        "asserted",
                        None,
                        ["HEZBOLLAH", "HOUTHIS", "HAMAS"],
                    )
                ],
                id="militias-inside",
            ),
            pytest.param(
                "Analysts describe an axis of Hezbollah, Hamas and Syrian militias armed by Tehran.",
                [
                    (
                        "an axis of Hezbollah, Hamas and Syrian militias",
                        None,
                        "asserted",
                        None,
                        ["HEZBOLLAH", "HAMAS"],
                    )
                ],
                id="militias-last",
            ),
            pytest.param(
                "The drone was launched by an alliance of the Houthis, Iraqi armed groups and Hezbollah.",
                [
                    (
                        "an alliance of the Houthis, Iraqi armed groups and Hezbollah",
                        None,
                        "asserted",
                        None,
                        ["HOUTHIS", "HEZBOLLAH"],
                    )
                ],
                id="armed-groups-inside",
            ),
            pytest.param(
                "Iran backs an axis of Hezbollah, the Houthis and Hamas, the envoy said.",
                [
                    (
                        "an axis of Hezbollah, the Houthis and Hamas",
                        None,
                        "asserted",
                        None,
                        ["HEZBOLLAH", "HOUTHIS", "HAMAS"],
                    )
                ],
                id="guard-names-only",
            ),
            pytest.param(
                "The group is a coalition of Syrian rebel factions based in Idlib.",
                [("a coalition of Syrian rebel factions", None, "asserted", None, [])],
                id="guard-militias-only",
            ),
            pytest.param(
                "Iran leads an alliance of Hezbollah, Shiite militias in Iraq, the Houthis and Hamas.",
                [
                    (
                        "an alliance of Hezbollah, Shiite militias in Iraq, the Houthis and Hamas",
                        None,
                        "asserted",
                        "IRN",
                        ["HEZBOLLAH", "HOUTHIS", "HAMAS"],
                    )
                ],
                id="xfail-militias-placed-after",
                marks=pytest.mark.xfail(
                    strict=True, reason="militias placed by 'in' with no demonym end the list"
                ),
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The named groups of the whole list are the members; the militias are none."""
        assert rows(text) == expected


def adversaries(text: str) -> list[tuple[str, list[str]]]:
    """(text, adversary codes) of every coalition mention of ``text``."""
    return [(c.text, [a.code or a.name for a in c.adversaries]) for c in find_coalitions(text)]


class TestPenaltyTarget:
    """The state a body's sanctions or embargo fall on is its adversary, as the target of its action; a
    penalty lifted or eased, or one another state owns, names none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "ECOWAS imposed sweeping sanctions on Niger after soldiers seized power in Niamey.",
                [("ECOWAS", ["NER"])],
                id="sanctions-on",
            ),
            pytest.param(
                "The European Union imposed an arms embargo on Belarus in its latest package.",
                [("The European Union", ["BLR"])],
                id="embargo-on",
            ),
            pytest.param(
                "G7 finance ministers agreed to punish Moscow for the attack on the power grid.",
                [("G7", ["RUS"])],
                id="to-punish",
            ),
            pytest.param(
                "The Arab League voted in 1979 to isolate Egypt after its peace deal with Israel.",
                [("The Arab League", ["EGY"])],
                id="to-isolate",
            ),
            pytest.param(
                "ECOWAS lifted sanctions on Mali, Burkina Faso and Niger at its Abuja summit.",
                [("ECOWAS", [])],
                id="guard-lifted",
            ),
            pytest.param(
                "ECOWAS eased some of its sanctions on Guinea in March.",
                [("ECOWAS", [])],
                id="guard-eased",
            ),
            pytest.param(
                "OPEC output fell as US sanctions on Iran and Venezuela bit.",
                [("OPEC", [])],
                id="guard-another-owner",
            ),
            pytest.param(
                "OPEC members struggled under Washington's embargo on Venezuela.",
                [("OPEC members", [])],
                id="guard-possessed-owner",
            ),
        ],
    )
    def test_adversaries(self, text: str, expected: list[tuple[str, list[str]]]) -> None:
        """The penalised state is the adversary only when the body itself imposes the penalty."""
        assert adversaries(text) == expected


class TestRelativeWithCompanion:
    """A relative clause whose subject is "which together with X" makes its antecedent, the list before the
    comma, a member beside X."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan and the Philippines, which together with the US make up the Squad, held drills.",
                [("the Squad", "SQUAD", "asserted", None, ["JPN", "PHL", "USA"])],
                id="together-with",
            ),
            pytest.param(
                "Britain and Australia, which along with the US form AUKUS, signed the submarine deal.",
                [("AUKUS", "AUKUS", "asserted", None, ["GBR", "AUS", "USA"])],
                id="along-with",
            ),
            pytest.param(
                "Mali and Niger, which with Burkina Faso form the AES, left ECOWAS.",
                [
                    ("the AES", "AES", "asserted", None, ["MLI", "NER", "BFA"]),
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                ],
                id="with",
            ),
            pytest.param(
                "Poland and Lithuania, which make up the Lublin Triangle with Ukraine, met in Kyiv.",
                [("the Lublin Triangle", "LUBLIN_TRIANGLE", "asserted", None, ["UKR", "POL", "LTU"])],
                id="guard-companion-after",
            ),
            pytest.param(
                "Envoys from Tokyo met their hosts in Manila, where the US and Japan formed the Squad.",
                [("the Squad", "SQUAD", "asserted", None, ["USA", "JPN"])],
                id="guard-no-relative",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The antecedent and the companion are both members."""
        assert rows(text) == expected


class TestPurposeOfWhatABodySends:
    """A body that sends or deploys troops, a mission or a force to a place "to fight X" has X as its
    adversary, though the purpose stands further from the body's name than a cue right after it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The African Union deployed troops to Somalia to fight al-Shabaab in 2007.",
                [("The African Union", ["AL_SHABAAB"])],
                id="deployed-troops-to-fight",
            ),
            pytest.param(
                "The EAC sent a regional force to eastern Congo to fight the M23 rebels.",
                [("The EAC", ["M23"])],
                id="sent-a-force-to-fight",
            ),
            pytest.param(
                "SADC has dispatched a standby brigade to Cabo Delgado to combat the insurgents.",
                [("SADC", ["insurgents"])],
                id="dispatched-to-combat",
            ),
            pytest.param(
                "ECOWAS sent envoys to Niamey to talk with the junta.",
                [("ECOWAS", [])],
                id="guard-no-cue",
            ),
            pytest.param(
                "NATO sent troops to Kosovo, where Serbian units vowed to fight them.",
                [("NATO", [])],
                id="guard-another-clause",
            ),
        ],
    )
    def test_adversaries(self, text: str, expected: list[tuple[str, list[str]]]) -> None:
        """The target of the sending's purpose is the body's adversary."""
        assert adversaries(text) == expected


class TestAdvisedAgainstACourse:
    """A gerund after "against" and a verb of warning, advice or voting names a course of action to avoid,
    not a target: the object of the gerund is no adversary."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iran warned the GCC states against hosting US bases on their soil.",
                [("the GCC states", [])],
                id="warned-against-hosting",
            ),
            pytest.param(
                "NATO ministers voted against admitting Ukraine before the war ends.",
                [("NATO", [])],
                id="voted-against-admitting",
            ),
            pytest.param(
                "Tokyo cautioned the Quad partners against provoking China over Taiwan.",
                [("the Quad", [])],
                id="cautioned-against-provoking",
            ),
            pytest.param(
                "The GCC warned against Iranian meddling in Bahrain.",
                [("The GCC", ["IRN"])],
                id="guard-noun-after-against",
            ),
            pytest.param(
                "The Quad is a coalition against rising Chinese influence, the professor said.",
                [("The Quad", []), ("a coalition", ["CHN"])],
                id="guard-participle-no-advice",
            ),
        ],
    )
    def test_adversaries(self, text: str, expected: list[tuple[str, list[str]]]) -> None:
        """The gerund's object after advice is no adversary; a target after a plain "against" is."""
        assert adversaries(text) == expected


class TestListApposedToFellowMembers:
    """A list apposed to "<state>'s fellow <body> members" names members of the body beside the possessor,
    when the gazetteer lists them as its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Saudi Arabia, the UAE and Bahrain, Qatar's fellow GCC members, cut ties with Doha in 2017.",
                [("fellow GCC members", "GCC", "asserted", None, ["QAT", "SAU", "ARE", "BHR"])],
                id="fellow-gcc-members",
            ),
            pytest.param(
                "Poland and Hungary, Slovakia's fellow Visegrad Group members, met in Prague on Friday.",
                [
                    (
                        "fellow Visegrad Group members",
                        "VISEGRAD_GROUP",
                        "asserted",
                        None,
                        ["SVK", "POL", "HUN"],
                    )
                ],
                id="fellow-visegrad-members",
            ),
            pytest.param(
                "Saudi Arabia and the UAE, Qatar's GCC neighbours, cut ties.",
                [("GCC", "GCC", "asserted", None, ["QAT"])],
                id="guard-no-fellow",
            ),
            pytest.param(
                "Saudi Arabia, the UAE, Egypt and Bahrain, the Arab Quartet, cut ties.",
                [("the Arab Quartet", "ARAB_QUARTET", "asserted", None, ["SAU", "ARE", "EGY", "BHR"])],
                id="guard-plain-apposition",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed list and the possessor are members."""
        assert rows(text) == expected


class TestJoiningStillWeighed:
    """A state weighing, mulling, considering or eyeing joining a body is no member of it yet."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Togo is weighing joining the Alliance of Sahel States, its foreign minister said.",
                [(_SAHEL_NAME, "AES", "asserted", None, [])],
                id="weighing-joining",
            ),
            pytest.param(
                "Chad is considering joining the Alliance of Sahel States after the French pullout.",
                [(_SAHEL_NAME, "AES", "asserted", None, [])],
                id="considering-joining",
            ),
            pytest.param(
                "Togo, joining the Alliance of Sahel States in May, became its fourth member.",
                [(_SAHEL_NAME, "AES", "asserted", None, ["TGO"])],
                id="guard-joining-done",
            ),
            pytest.param(
                "Indonesia formally became a full member of BRICS in January.",
                [("BRICS", "BRICS", "asserted", None, ["IDN"])],
                id="guard-became-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state weighing the step is no member; one that took it is."""
        assert rows(text) == expected


class TestRelativeClosesAtItsComma:
    """A mention inside a relative clause (", which ... ,") takes no target from the main clause after the
    relative's closing comma: that purpose is the antecedent's."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Chad's junta, which is not part of the AES, sent troops to fight Boko Haram.",
                [("the AES", [])],
                id="main-clause-purpose",
            ),
            pytest.param(
                "Kyiv, which wants to join NATO, is fighting Russia on a long front.",
                [("NATO", [])],
                id="main-clause-fighting",
            ),
            pytest.param(
                "Iran, which backs an alliance against Israel, denied the report.",
                [("an alliance", ["ISR"])],
                id="guard-target-inside-relative",
            ),
            pytest.param(
                "The AES sent troops to fight jihadists near the border with Chad.",
                [("The AES", ["jihadists"])],
                id="guard-no-relative",
            ),
        ],
    )
    def test_adversaries(self, text: str, expected: list[tuple[str, list[str]]]) -> None:
        """Only a target inside the relative, or after a mention that opens the sentence, is the mention's."""
        assert adversaries(text) == expected
