"""Coalition readings of wire copy, round 62: regional forces and missions as the African press writes
them, Russian and Chinese state media in English on their blocs, and think-tank analysis prose.

Every sentence here was written for these tests in the style of news copy or analysis; the states and
bodies are real, the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, codes, one_coalition, rows


class TestForceDrawnFrom:
    """A force or mission "drawn from" or "recruited from" states names its members by that participle
    alone, as "drew troops from" already did; "drawn" followed by anything but "from" gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EAC regional force, drawn from Kenya, Uganda and South Sudan, patrols outside Goma.",
                [("The EAC regional force", "EACRF", "asserted", None, ["KEN", "UGA", "SSD"])],
                id="drawn-from",
            ),
            pytest.param(
                "The African Union mission, drawn mainly from Uganda, Burundi and Ethiopia, holds the port.",
                [("The African Union mission", None, "asserted", "AU", ["UGA", "BDI", "ETH"])],
                id="drawn-mainly-from",
            ),
            pytest.param(
                "The SADC mission drew troops from Angola, Botswana and South Africa last year.",
                [("The SADC mission", None, "asserted", "SADC", ["AGO", "BWA", "ZAF"])],
                id="guard-drew-troops-from",
            ),
            pytest.param(
                "The alliance has drawn sharp criticism from China over its summit communique.",
                [("The alliance", None, "asserted", None, [])],
                id="guard-drawn-criticism-from",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states after "drawn from" are the force's members."""
        assert rows(text) == expected


class TestPlaceAfterLocative:
    """A state after a locative preposition ("off", "near", "along", "across") that follows an adversary
    cue and a crime or threat noun is where the threat is, not a target, as one after "in" already was; a
    named target before the locative stays."""

    @pytest.mark.parametrize(
        ("text", "surface", "expected"),
        [
            pytest.param(
                "The EU naval mission against piracy off Somalia was renewed by ministers for two years.",
                "The EU naval mission",
                ("EU", set(), set()),
                id="piracy-off",
            ),
            pytest.param(
                "The coalition fighting arms smuggling near Libya boarded a cargo ship on Sunday.",
                "The coalition",
                (None, set(), set()),
                id="smuggling-near",
            ),
            pytest.param(
                "NATO ships on patrol against people trafficking along Turkey's coast turned back two boats.",
                "NATO",
                (None, set(), set()),
                id="trafficking-along",
            ),
            pytest.param(
                "The coalition against the Houthis off Yemen intercepted four drones overnight.",
                "The coalition",
                (None, set(), {"HOUTHIS"}),
                id="guard-named-target-then-off",
            ),
            pytest.param(
                "The alliance fighting Islamic State near Mosul lost a surveillance drone.",
                "The alliance",
                (None, set(), {"ISIS"}),
                id="guard-named-target-then-near",
            ),
        ],
    )
    def test_reading(
        self, text: str, surface: str, expected: tuple[str | None, set[str | None], set[str | None]]
    ) -> None:
        """The place after the locative is no adversary."""
        assert codes(one_coalition(text, surface)) == expected


class TestTroopsServe:
    """A demonym on a body of troops ("Kenyan troops", "Ugandan soldiers") is the state that serves when
    its verb serves in the force or makes it up ("serve in", "form the backbone of", "make up the bulk of",
    "are part of", "joined"), as the state's own name already was; so are "troops from" one state. A
    demonym on another noun, or troops that fight the force, give none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Kenyan troops form the backbone of the EAC regional force around Goma.",
                [("the EAC regional force", "EACRF", "asserted", None, ["KEN"])],
                id="backbone",
            ),
            pytest.param(
                "Ugandan soldiers make up the bulk of the African Union force, officials said.",
                [("the African Union force", None, "asserted", "AU", ["UGA"])],
                id="bulk",
            ),
            pytest.param(
                "Burundian troops are part of the African Union mission in Somalia.",
                [("the African Union mission", "AMISOM", "asserted", "AU", ["BDI"])],
                id="part-of",
            ),
            pytest.param(
                "British troops joined the US-led coalition weeks after the first strikes.",
                [("the US-led coalition", None, "asserted", "USA", ["GBR"])],
                id="joined",
            ),
            pytest.param(
                "Troops from Kenya serve in the EAC regional force under a Kenyan general.",
                [("the EAC regional force", "EACRF", "asserted", None, ["KEN"])],
                id="troops-from-one-state",
            ),
            pytest.param(
                "Rwandan troops clashed with the EAC regional force near Sake.",
                [("the EAC regional force", "EACRF", "asserted", None, [])],
                id="guard-clashed-with",
            ),
            pytest.param(
                "British MPs debate joining the coalition this week.",
                [("the coalition", None, "asserted", None, [])],
                id="guard-demonym-on-other-noun",
            ),
            pytest.param(
                "Kenya forms the backbone of the EAC regional force around Goma.",
                [("the EAC regional force", "EACRF", "asserted", None, ["KEN"])],
                id="guard-state-already-read",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The troops' state is a member when they serve in the force or make it up."""
        assert rows(text) == expected


class TestNamedAsApposition:
    """A body's name or acronym given in an apposition ("known as", "known by its French acronym"), after
    the body or a force or mission it runs (and a place phrase), is the same body: one mention, which keeps
    the runner as leader and takes the name's id. Two different named bodies stay apart."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The SADC mission in Mozambique, known as SAMIM, wound down its patrols in Cabo Delgado.",
                [("The SADC mission in Mozambique, known as SAMIM", "SAMIM", "asserted", "SADC", [])],
                id="mission-place-known-as",
            ),
            pytest.param(
                "The Alliance of Sahel States, known by its French acronym AES, was founded by Mali, "
                "Burkina Faso and Niger.",
                [
                    (
                        "The Alliance of Sahel States, known by its French acronym AES",
                        "AES",
                        "asserted",
                        None,
                        ["MLI", "BFA", "NER"],
                    )
                ],
                id="known-by-acronym",
            ),
            pytest.param(
                "The EU naval force in the Red Sea, known as Aspides, escorted four tankers on Monday.",
                [
                    (
                        "The EU naval force in the Red Sea, known as Aspides",
                        "EU_ASPIDES",
                        "asserted",
                        "EU",
                        [],
                    )
                ],
                id="force-known-as-operation",
            ),
            pytest.param(
                "The Collective Security Treaty Organization, also known as the CSTO, flew troops to Almaty.",
                [
                    (
                        "The Collective Security Treaty Organization, also known as the CSTO",
                        "CSTO",
                        "asserted",
                        None,
                        [],
                    )
                ],
                id="guard-also-known-as-already-one",
            ),
            pytest.param(
                "The NATO mission in Kosovo, known for its long stay, handed over to the EU mission EULEX.",
                [
                    ("The NATO mission", "KFOR", "asserted", "NATO", []),
                    ("the EU mission", None, "asserted", "EU", []),
                ],
                id="guard-known-for",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A body and the name the apposition gives it are one mention."""
        assert rows(text) == expected


class TestRelativeClauseSubject:
    """An actor inside a relative clause (", which are funded by Iran,") that ends right before a verb of
    membership is no subject of that verb; when no known actor stands before the clause, the subject is
    one the gazetteer does not know, and gives no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The militias, which are funded by Iran, are members of the axis, the envoy told reporters.",
                [("the axis", None, "asserted", None, [])],
                id="which-clause-passive",
            ),
            pytest.param(
                "The groups, which Iran funds, are now part of the axis, a senior commander claimed.",
                [("the axis", None, "hedged", None, [])],
                id="which-clause-active",
            ),
            pytest.param(
                "Hezbollah, which is funded by Iran, is the strongest member of the axis of resistance.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HEZBOLLAH"])],
                id="guard-known-antecedent",
            ),
            pytest.param(
                "Mali and Niger, which quit ECOWAS last year, have formed the AES with Burkina Faso.",
                [
                    ("ECOWAS", "ECOWAS", "asserted", None, []),
                    ("the AES", "AES", "asserted", None, ["BFA", "MLI", "NER"]),
                ],
                id="guard-list-before-clause",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The actor of the relative clause is not the main verb's subject."""
        assert rows(text) == expected


class TestListNamedByOthers:
    """A list of states apposed to the name others give it (", what some call X,", " — what analysts have
    dubbed X —") is that bloc's members, as "A and B, the three countries of X" already was; the name in a
    clause of its own ("Beijing condemned what it calls the Quad") gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Russia, China, Iran and North Korea, what some call an axis of upheaval, now trade drones "
                "and shells.",
                [("an axis of upheaval", "AXIS_OF_UPHEAVAL", "hedged", None, ["RUS", "CHN", "IRN", "PRK"])],
                id="comma-what-some-call",
            ),
            pytest.param(
                "China, Russia, Iran and North Korea — what analysts have dubbed the axis of upheaval — "
                "share little beyond grievances, the paper argues.",
                [
                    (
                        "the axis of upheaval",
                        "AXIS_OF_UPHEAVAL",
                        "asserted",
                        None,
                        ["CHN", "RUS", "IRN", "PRK"],
                    )
                ],
                id="dash-what-analysts-have-dubbed",
            ),
            pytest.param(
                "Moscow and Beijing, what Western officials describe as a de facto alliance, held patrols.",
                [("a de facto alliance", None, "hedged", None, ["RUS", "CHN"])],
                id="describe-as",
            ),
            pytest.param(
                "Beijing condemned what it calls the Quad, a spokesperson said on Friday.",
                [("the Quad", "QUAD", "asserted", None, [])],
                id="guard-clause-of-its-own",
            ),
            pytest.param(
                "Iran, what Israel calls the head of the axis of resistance, denied the charge.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, [])],
                id="guard-name-of-a-part",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed list is the members of the bloc so named."""
        assert rows(text) == expected


class TestBondOwnedWith:
    """A bond one state owns and holds with another ("Pyongyang's ties with Moscow", "Iran's partnership
    with Russia") said to be or amount to an alliance makes both its members, as "the ties between A and B"
    already did; a bond whose owner is no actor, or a noun that is no bond, gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Pyongyang's ties with Moscow amount to an alliance of convenience, a new study argues.",
                [("an alliance of convenience", None, "asserted", None, ["PRK", "RUS"])],
                id="ties-amount-to",
            ),
            pytest.param(
                "Iran's partnership with Russia has become a de facto alliance, the authors conclude.",
                [("a de facto alliance", None, "asserted", None, ["IRN", "RUS"])],
                id="partnership-has-become",
            ),
            pytest.param(
                "Iran's partnership with Russia is not an alliance, a ministry spokesman insisted.",
                [("an alliance", None, "negated", None, ["IRN", "RUS"])],
                id="denied",
            ),
            pytest.param(
                "The minister's ties with Moscow amount to an alliance, his critics say.",
                [],
                id="guard-owner-no-actor",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The owner of the bond and its partner are the alliance's members."""
        assert rows(text) == expected


class TestDriftingTowards:
    """States "drifting", "heading" or "gravitating" towards an alliance, or that "slid into" one, are its
    members, as those "moving closer to" one already were; drifting and heading towards it leave it
    hypothetical, sliding into it does not. One heading to a body's summit names no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Russia and Iran may be drifting towards a de facto military alliance, the think tank warns.",
                [("a de facto military alliance", None, "hypothetical", None, ["RUS", "IRN"])],
                id="drifting-towards",
            ),
            pytest.param(
                "Beijing and Moscow are heading toward an alliance, whatever their diplomats say.",
                [("an alliance", None, "hypothetical", None, ["CHN", "RUS"])],
                id="heading-toward",
            ),
            pytest.param(
                "Russia and North Korea slid into an alliance over the course of the war.",
                [("an alliance", None, "asserted", None, ["RUS", "PRK"])],
                id="slid-into",
            ),
            pytest.param(
                "Serbia is heading towards a bloc headed by Moscow, an opposition deputy warned.",
                [("a bloc headed by Moscow", None, "hypothetical", "RUS", [])],
                id="nears-another-bloc-no-member",
            ),
            pytest.param(
                "Ships headed into the coalition's patrol zone at dawn.",
                [("the coalition", None, "asserted", None, [])],
                id="guard-headed-into-a-zone",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states drifting towards the alliance are its members."""
        assert rows(text) == expected


class TestListNamedByOthersInRelative:
    """The same naming in a relative clause (", which some analysts describe as X,", ", whom officials
    call X,") makes the list before it the bloc's members; a name given to one part of a body ("Iran, which
    Washington calls the head of the axis") gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iran, Russia and China, which some analysts describe as an emerging bloc, held drills.",
                [("an emerging bloc", None, "hedged", None, ["IRN", "RUS", "CHN"])],
                id="which-describe-as",
            ),
            pytest.param(
                "China and Russia, whom Western officials describe as a de facto alliance, vetoed the draft.",
                [("a de facto alliance", None, "hedged", None, ["CHN", "RUS"])],
                id="whom-describe-as",
            ),
            pytest.param(
                "Iran, which Washington calls the head of the axis of resistance, denied it.",
                [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, [])],
                id="guard-name-of-a-part",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The list the relative clause names is the bloc's members."""
        assert rows(text) == expected


class TestAllyInApposition:
    """The one ally of an anchor named in an apposition closed right after it ("Moscow's closest ally,
    Belarus, ...") is the relation's second party, as the ally named with no comma already was; a person,
    a possessive or an unclosed list after the comma gives none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Moscow's closest ally, Belarus, now hosts Russian tactical nuclear weapons.",
                [("Moscow's closest ally", None, "asserted", None, ["RUS", "BLR"])],
                id="comma-apposition",
            ),
            pytest.param(
                "Tehran's main ally — Syria — lost its government within eleven days.",
                [("Tehran's main ally", None, "asserted", None, ["IRN", "SYR"])],
                id="dash-apposition",
            ),
            pytest.param(
                "Moscow's closest ally, President Ivan Petrov, flew to Sochi.",
                [("Moscow's closest ally", None, "asserted", None, ["RUS"])],
                id="guard-person",
            ),
            pytest.param(
                "Iran's main ally, Syria's president, fled to Moscow.",
                [("Iran's main ally", None, "asserted", None, ["IRN"])],
                id="guard-possessive",
            ),
            pytest.param(
                "Russia's closest ally Belarus hosts Russian tactical nuclear weapons.",
                [("Russia's closest ally Belarus", None, "asserted", None, ["RUS", "BLR"])],
                id="guard-no-comma-already-read",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The ally apposed to the relation is its second party."""
        assert rows(text) == expected
