"""Coalition readings of wire copy, round 69: Central European and Mediterranean groupings, maritime
coalitions, the Holy See's diplomacy and the blocs of the markets pages.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestPossessorApposition:
    """A noun phrase after a body's name that owns the next noun ("the three allies' submarine pact") is not
    the apposition itself: the body's mention stops at its name, and the possessor stands apart."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "AUKUS, the three allies' submarine pact, faces a fresh review in Washington this spring.",
                [
                    ("AUKUS", "AUKUS", "asserted", None, []),
                    ("the three allies", "AUKUS", "asserted", None, []),
                ],
                id="plural-possessor",
            ),
            pytest.param(
                "ECOWAS, the West African bloc's executive arm, gave the junta a month to set a date.",
                [
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                    ("the West African bloc", "ECOWAS", "asserted", None, []),
                ],
                id="singular-possessor",
            ),
            pytest.param(
                "The CSTO, the Russian-led bloc, flew two battalions to Almaty overnight.",
                [("The CSTO, the Russian-led bloc", "CSTO", "asserted", "RUS", [])],
                id="guard-plain-apposition",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A possessor after the comma is no apposition of the body's name."""
        assert rows(text) == expected


class TestOfficeHoldersFrom:
    """The states a body's office-holders come from ("The Quad foreign ministers, from A, B, C and D, met")
    are its members: two states at least, all of them the body's own when the data lists its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Quad foreign ministers, from the United States, Japan, India and Australia, gathered "
                "in Tokyo on Thursday.",
                [("The Quad", "QUAD", "asserted", None, ["USA", "JPN", "IND", "AUS"])],
                id="comma-from",
            ),
            pytest.param(
                "NATO defence ministers from Poland, Estonia and Finland signed a letter on air defence.",
                [("NATO", "NATO", "asserted", None, ["POL", "EST", "FIN"])],
                id="no-comma",
            ),
            pytest.param(
                "EU lawmakers from Hungary and Slovakia walked out of the vote in Strasbourg.",
                [("EU", "EU", "asserted", None, ["HUN", "SVK"])],
                id="lawmakers",
            ),
            pytest.param(
                "ASEAN officials from Manila flew to Hanoi for a second round of talks.",
                [("ASEAN", "ASEAN", "asserted", None, [])],
                id="guard-one-place",
            ),
            pytest.param(
                "EU officials from Brussels and Kyiv met in Lviv to review the reconstruction fund.",
                [("EU", "EU", "asserted", None, [])],
                id="guard-not-a-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states after 'ministers from' are the body's members."""
        assert rows(text) == expected


class TestMelanesianShortName:
    """ "the MSG" is the Melanesian Spearhead Group in a sentence about Melanesia (a member state, its
    capitals, New Caledonia or the Kanak movement named in it or just before); elsewhere it is an arena or a
    food additive."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Leaders of the MSG gathered in Port Vila to weigh the crisis in New Caledonia.",
                [("the MSG", "MSG", "asserted", None, [])],
                id="capital-and-territory",
            ),
            pytest.param(
                "Fiji will host the next MSG summit, the group's chairman told reporters in Suva.",
                [("MSG", "MSG", "asserted", None, []), ("the group", "MSG", "asserted", None, [])],
                id="member-state",
            ),
            pytest.param(
                "The Knicks edged the Celtics at MSG on Friday night behind a late three-pointer.",
                [],
                id="guard-arena",
            ),
            pytest.param(
                "The broth had too much MSG and salt, the inspectors wrote in their report.",
                [],
                id="guard-additive",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The acronym is the group only beside Melanesian context."""
        assert rows(text) == expected


class TestEuropeanGroupings:
    """Central European, Mediterranean and intra-EU groupings and the EU's naval operation off Somalia are
    bodies of the gazetteer (actors_bodies.json names the source of each): the Slavkov format (Austria, the
    Czech Republic, Slovakia), the Union for the Mediterranean, the Frugal Four, the Friends of Cohesion and
    Operation Atalanta."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Slavkov format brings together Austria, the Czech Republic and Slovakia on transport.",
                [("The Slavkov format", "SLAVKOV_FORMAT", "asserted", None, ["AUT", "CZE", "SVK"])],
                id="slavkov",
            ),
            pytest.param(
                "Foreign ministers of the Austerlitz Triangle met in Brno to discuss the gas corridor.",
                [("the Austerlitz Triangle", "SLAVKOV_FORMAT", "asserted", None, [])],
                id="austerlitz",
            ),
            pytest.param(
                "The Union for the Mediterranean opened its regional forum in Barcelona on Monday.",
                [("The Union for the Mediterranean", "UFM", "asserted", None, [])],
                id="ufm",
            ),
            pytest.param(
                "Sweden and Denmark, two of the Frugal Four, dug in against joint borrowing.",
                [("the Frugal Four", "FRUGAL_FOUR", "asserted", None, ["SWE", "DNK"])],
                id="frugal-four",
            ),
            pytest.param(
                "Poland, Hungary and Portugal, members of the Friends of Cohesion, want more regional money.",
                [("the Friends of Cohesion", "FRIENDS_OF_COHESION", "asserted", None, ["POL", "HUN", "PRT"])],
                id="friends-of-cohesion",
            ),
            pytest.param(
                "The EU Med group called for a common policy on returns at its meeting in Malta.",
                [("The EU Med group", "MED9", "asserted", None, [])],
                id="eu-med-group",
            ),
            pytest.param(
                "A Spanish frigate serving with Operation Atalanta boarded the dhow off Puntland.",
                [("Operation Atalanta", "EU_ATALANTA", "asserted", None, [])],
                id="atalanta",
            ),
            pytest.param(
                "Atalanta beat Napoli 2-1 in Bergamo on Sunday to go third.",
                [],
                id="guard-football-club",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The grouping's name gives its gazetteer entry."""
        assert rows(text) == expected


class TestApposedListOpenedByThe:
    """A list apposed to a body's name may open with "the" and a state ("The Visegrad Four, the Czech
    Republic, Poland, Hungary and Slovakia, ..."), as one that opens with a bare name does; closed by a comma
    or dash, of two states at least, and all of them the body's own when the data lists its members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Visegrad Four, the Czech Republic, Poland, Hungary and Slovakia, again rejected the "
                "relocation quotas.",
                [("The Visegrad Four", "VISEGRAD_GROUP", "asserted", None, ["CZE", "POL", "HUN", "SVK"])],
                id="comma-closed",
            ),
            pytest.param(
                "The Frugal Four, the Netherlands, Austria, Denmark and Sweden - held out against grants.",
                [("The Frugal Four", "FRUGAL_FOUR", "asserted", None, ["NLD", "AUT", "DNK", "SWE"])],
                id="dash-closed",
            ),
            pytest.param(
                "NATO, the US and Britain agreed on Friday to send more jets to the Baltic.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-unclosed-list",
            ),
            pytest.param(
                "The EU, the US and Britain, all backers of Kyiv, pledged more winter aid.",
                [("The EU", "EU", "asserted", None, [])],
                id="guard-not-its-members",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states of the apposed list are the body's members."""
        assert rows(text) == expected


class TestLedByAStatesHead:
    """ "led (chaired, headed) by <demonym> President <Name>" or "by <State>'s president": the state leads
    (or, for a standing body's chair, is a member) and the surface runs over the office and the person's
    name, not to the demonym; the person is never the leader."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "ECOWAS, led by Nigerian President Amos Okafor, threatened to send troops to Niamey.",
                [("ECOWAS, led by Nigerian President Amos Okafor", "ECOWAS", "asserted", "NGA", [])],
                id="demonym-president-name",
            ),
            pytest.param(
                "CELAC, chaired by Colombian President Pablo Mora, issued a statement on the blockade.",
                [("CELAC, chaired by Colombian President Pablo Mora", "CELAC", "asserted", None, ["COL"])],
                id="chair-of-standing-body",
            ),
            pytest.param(
                "The coalition, led by Saudi Crown Prince Faisal bin Nayef, widened its air campaign.",
                [
                    (
                        "The coalition, led by Saudi Crown Prince Faisal bin Nayef",
                        None,
                        "asserted",
                        "SAU",
                        [],
                    )
                ],
                id="crown-prince-bin",
            ),
            pytest.param(
                "The bloc, chaired by Ghana's Foreign Minister Kofi Mensah, met in Accra on Friday.",
                [
                    (
                        "The bloc, chaired by Ghana's Foreign Minister Kofi Mensah",
                        None,
                        "asserted",
                        None,
                        ["GHA"],
                    )
                ],
                id="possessive-office",
            ),
            pytest.param(
                "ECOWAS, led by Nigeria, threatened to send troops to Niamey.",
                [("ECOWAS, led by Nigeria", "ECOWAS", "asserted", "NGA", [])],
                id="guard-state-alone",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state leads; the surface takes in its head's office and name."""
        assert rows(text) == expected


class TestSentenceCaseInPrefilter:
    """The literal prefilter that skips sentences with no trigger word knows the sentence-case form of a
    body's Title Case alias, which the gazetteer already matched ("Austerlitz Format" -> "Austerlitz
    format"), so a sentence that names the body so and holds no other trigger is read."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Austerlitz format met in Vienna on Thursday to discuss rail links.",
                [("The Austerlitz format", "SLAVKOV_FORMAT", "asserted", None, [])],
                id="sentence-case-alias",
            ),
            pytest.param(
                "The Austerlitz Format met in Vienna on Thursday to discuss rail links.",
                [("The Austerlitz Format", "SLAVKOV_FORMAT", "asserted", None, [])],
                id="guard-as-written",
            ),
            pytest.param(
                "Napoleon won at Austerlitz in 1805, the museum guide told the visitors.",
                [],
                id="guard-place",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A sentence naming the body in sentence case is not skipped."""
        assert rows(text) == expected


class TestOneOfTheBody:
    """ "<State>, one of the <body>," after the state that opens the sentence makes it one of the body's
    members, as "A and B, two of the <body>," already did: only a body whose members the data lists, and only
    that one state."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Denmark, one of the Frugal Four, blocked the compromise on the budget late on Friday.",
                [("the Frugal Four", "FRUGAL_FOUR", "asserted", None, ["DNK"])],
                id="one-of-the-name",
            ),
            pytest.param(
                "Kenya, one of the EAC members, stayed away from the summit in Arusha.",
                [("the EAC members", "EAC", "asserted", None, ["KEN"])],
                id="one-of-the-members",
            ),
            pytest.param(
                "Poland, one of NATO's biggest spenders, ordered another batch of tanks.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-possessor",
            ),
            pytest.param(
                "Brazil, one of the BRICS founders, objected to the new admissions.",
                [("the BRICS", "BRICS", "asserted", None, [])],
                id="guard-unclosed",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The one state before 'one of the' is the body's member."""
        assert rows(text) == expected


class TestMembersNamedByAModifier:
    """A lower-case word of the lexicon's member_modifiers between a body's name and a plural member noun
    ("ASEAN claimant states", "NATO eastern flank states") keeps the noun in the mention, so the states named
    after it are the body's members, as after "ASEAN states"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "ASEAN claimant states Vietnam and Malaysia lodged fresh protests over the survey ship.",
                [("ASEAN claimant states", "ASEAN", "asserted", None, ["VNM", "MYS"])],
                id="claimant-states",
            ),
            pytest.param(
                "NATO frontline states Poland and Lithuania asked for a permanent brigade.",
                [("NATO frontline states", "NATO", "asserted", None, ["POL", "LTU"])],
                id="frontline-states",
            ),
            pytest.param(
                "NATO eastern flank states gathered in Bucharest for a two-day summit.",
                [("NATO eastern flank states", "NATO", "asserted", None, [])],
                id="two-modifiers",
            ),
            pytest.param(
                "The EU said states must comply with the ruling before the autumn session.",
                [("The EU", "EU", "asserted", None, [])],
                id="guard-verb",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The modified member noun belongs to the body's mention."""
        assert rows(text) == expected


class TestOsceParticipatingStates:
    """The OSCE's 57 participating States are its members in the data (the OSCE's own list, the Holy See,
    VAT, among them), and "participating" is a member modifier: "Italy and the Holy See, both OSCE
    participating states," gives both as members."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Italy and the Holy See, both OSCE participating states, backed the text on Tuesday.",
                [("OSCE participating states", "OSCE", "asserted", None, ["ITA", "VAT"])],
                id="apposed-holy-see",
            ),
            pytest.param(
                "OSCE participating states Austria and the Holy See objected to the wording.",
                [("OSCE participating states", "OSCE", "asserted", None, ["AUT", "VAT"])],
                id="list-after-noun",
            ),
            pytest.param(
                "Japan and Australia, both OSCE partners for co-operation, sent observers.",
                [("OSCE", "OSCE", "asserted", None, [])],
                id="guard-partners",
            ),
            pytest.param(
                "The Holy See, a permanent observer at the United Nations, urged restraint in Gaza.",
                [],
                id="guard-observer-no-bloc",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Participating states of the OSCE are its members."""
        assert rows(text) == expected


class TestApposedModifiedMemberNoun:
    """A state apposed to a body's singular member noun after a member modifier ("The Holy See, an OSCE
    participating state,", "Vietnam, an ASEAN claimant state,") is the body's member, as "Burundi, an EAC
    member," is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Holy See, an OSCE participating state, abstained in the vote on the mission.",
                [("OSCE participating state", "OSCE", "asserted", None, ["VAT"])],
                id="participating-state",
            ),
            pytest.param(
                "Vietnam, an ASEAN claimant state, summoned the Chinese envoy over the rig.",
                [("ASEAN claimant state", "ASEAN", "asserted", None, ["VNM"])],
                id="claimant-state",
            ),
            pytest.param(
                "Vietnam, a former ASEAN claimant state, summoned the Chinese envoy over the rig.",
                [("a former ASEAN claimant state", "ASEAN", "asserted", None, [])],
                id="guard-former",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed state is the body's member."""
        assert rows(text) == expected


class TestOperationNamedAfterItsNoun:
    """An operation or mission named right after its noun ("the EU naval operation Aspides", "the US-led
    operation Prosperity Guardian") is one mention with the operation's id and the leader its noun phrase
    gives, as "the regional bloc ECOWAS" is one; a standing body after the noun stays apart."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EU naval operation Aspides escorted two bulk carriers through the Bab el-Mandeb.",
                [("The EU naval operation Aspides", "EU_ASPIDES", "asserted", "EU", [])],
                id="eu-operation",
            ),
            pytest.param(
                "The US-led operation Prosperity Guardian began patrols a week before Christmas.",
                [
                    (
                        "The US-led operation Prosperity Guardian",
                        "OP_PROSPERITY_GUARDIAN",
                        "asserted",
                        "USA",
                        [],
                    )
                ],
                id="led-operation",
            ),
            pytest.param(
                "The EU force NATO relies on in Bosnia is small, a general told the committee.",
                [
                    ("The EU force", "EUFOR_ALTHEA", "asserted", "EU", []),
                    ("NATO", "NATO", "asserted", None, []),
                ],
                id="guard-standing-body",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The operation's name after its noun joins the noun's mention."""
        assert rows(text) == expected
