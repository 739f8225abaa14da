"""Coalition readings of wire copy, round 97: a pact or treaty meant to deter a named foe or called a
bulwark against it ("The pact is aimed at deterring Russia"); states a body welcomed "as its 32nd member"; a
gapped second joining ("Finland joined NATO in 2023 and Sweden in 2024"); the European Union by its French
and Spanish acronym ("l'UE"); a body's full name set off after its acronym ("The OIC, the 57-member
Organisation of Islamic Cooperation,"); an aside of backing between a subject and its verb ("Hezbollah, an
Iran-backed group, is part of"); an "X-aligned" apposition after a named actor; a "multinational" or "joint
Arab" force; a pact still to be signed ("are set to sign", "close to signing"); names counted with a number
("Saudi Arabia and 10 allies": 11); the kind an armed foe the gazetteer does not know gives ("pledged to
fight jihadists": military); a name's hyphen written as a space ("Guinea Bissau"); words that rank an ally
("Moscow's only formal military ally"); a bloc only reported ("reports of a secret alliance"); a chair
still to come ("Kazakhstan will chair the SCO"); a member ranked in an apposition (", the only
Muslim-majority NATO member,"); and a bare
"the coalition" against a foe in a theatre ("The coalition fighting the Houthis struck targets near Sanaa":
the Saudi-led coalition).

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from geoquote import find_actors
from tests._coalition_helpers import Row, codes, one_coalition, rows


class TestPactToDeter:
    """A pact or treaty with no word of defence before it is an alignment when what follows its head says it
    is meant to deter a named state or group ("is aimed at deterring", "designed to deter", "to deter"); that
    foe is its adversary. Deterring anything else ("illegal fishing") makes no mention."""

    @pytest.mark.parametrize(
        ("text", "surface", "adversaries"),
        [
            pytest.param(
                "The pact is designed to deter Iran, a senior Gulf official said.",
                "The pact",
                {"IRN"},
                id="the-pact-designed-to-deter",
            ),
            pytest.param(
                "The new treaty is meant to deter China in the South China Sea.",
                "The new treaty",
                {"CHN"},
                id="the-new-treaty-meant-to-deter",
            ),
            pytest.param(
                "Tokyo and Manila sealed a pact to deter Beijing on Friday.",
                "a pact",
                {"CHN"},
                id="a-pact-to-deter",
            ),
        ],
    )
    def test_adversaries(self, text: str, surface: str, adversaries: set[str]) -> None:
        """The foe the pact is to deter is its adversary."""
        assert codes(one_coalition(text, surface))[2] == adversaries

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tokyo and Manila sealed a pact to deter Beijing on Friday.",
                [("a pact", None, "asserted", None, ["JPN", "PHL"])],
                id="a-pact-to-deter-members",
            ),
            pytest.param(
                "The pact is aimed at deterring illegal fishing off the coast.",
                [],
                id="guard-deterring-no-actor",
            ),
            pytest.param(
                "The trade pact is meant to deter dumping by steelmakers.",
                [],
                id="guard-trade-pact",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A pact to deter a named foe is a mention; one to deter no actor is none."""
        assert rows(text) == expected


class TestWelcomedAsNthMember:
    """States a body welcomed "as its 32nd member" or "as its 11th full member" are its members, as those
    welcomed "as its newest member" already were; a welcome "as its guest" makes none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "NATO on Thursday welcomed Sweden as its 32nd member.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="as-its-32nd-member",
            ),
            pytest.param(
                "The Nordic defence chiefs said NATO welcomed Stockholm in March as its 32nd member.",
                [("NATO", "NATO", "asserted", None, ["SWE"])],
                id="date-before-as",
            ),
            pytest.param(
                "The bloc formally welcomed Timor-Leste as its 11th full member at the summit.",
                [("The bloc", None, "asserted", None, ["TLS"])],
                id="as-its-11th-full-member",
            ),
            pytest.param(
                "The alliance welcomed Finland as its first new member in decades.",
                [("The alliance", None, "asserted", None, ["FIN"])],
                id="as-its-first-new-member",
            ),
            pytest.param(
                "ASEAN welcomed Japan as its guest at the summit.",
                [("ASEAN", "ASEAN", "asserted", None, [])],
                id="guard-as-its-guest",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state welcomed as a ranked member is a member."""
        assert rows(text) == expected


class TestGappedJoining:
    """A state in a gapped clause after a body a subject joined, with its own date and the verb and body left
    out ("and Sweden in 2024", "and Indonesia a year later", ", followed by Sweden in March"), joined it
    too; a state followed by a verb of its own ("and Russia in March moved troops") is no member."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Finland joined NATO in 2023 and Sweden in 2024.",
                [("NATO", "NATO", "asserted", None, ["FIN", "SWE"])],
                id="and-state-in-year",
            ),
            pytest.param(
                "Egypt and Ethiopia joined BRICS in January 2024 and Indonesia a year later.",
                [("BRICS", "BRICS", "asserted", None, ["EGY", "ETH", "IDN"])],
                id="and-state-a-year-later",
            ),
            pytest.param(
                "Helsinki joined the alliance in April 2023, followed by Stockholm in March 2024.",
                [("the alliance", None, "asserted", None, ["FIN", "SWE"])],
                id="followed-by-state",
            ),
            pytest.param(
                "Finland joined NATO last year, and Sweden this year, officials noted.",
                [("NATO", "NATO", "asserted", None, ["FIN", "SWE"])],
                id="last-year-and-this-year",
            ),
            pytest.param(
                "Finland joined NATO in 2023 and Russia in March moved troops to the border.",
                [("NATO", "NATO", "asserted", None, ["FIN"])],
                id="guard-state-with-a-verb",
            ),
            pytest.param(
                "Poland joined NATO in 1999, along with Hungary.",
                [("NATO", "NATO", "asserted", None, ["POL", "HUN"])],
                id="guard-along-with",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The state of the gapped clause joined the body too."""
        assert rows(text) == expected


class TestEuropeanUnionInFrenchAndSpanish:
    """ "UE", the European Union's acronym in French, Spanish, Italian and Portuguese, names the EU ("l'UE",
    "la UE"), as "OTAN" names NATO."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Paris et l'UE ont condamné la frappe de mardi.",
                [("UE", "EU", "asserted", None, [])],
                id="french-l-ue",
            ),
            pytest.param(
                "Los cancilleres de la UE se reunieron el lunes en Luxemburgo.",
                [("UE", "EU", "asserted", None, [])],
                id="spanish-la-ue",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The acronym is the EU."""
        assert rows(text) == expected

    def test_actor(self) -> None:
        """find_actors gives the EU's code for the acronym."""
        assert [a.code for a in find_actors("La OTAN y la UE firmaron el acuerdo.")] == ["NATO", "EU"]


class TestBodyNamedAgainInApposition:
    """A body's full name set off by commas after its acronym ("The OIC, the 57-member Organisation of
    Islamic Cooperation,") is one mention with it, as "NATO, the 32-member alliance," is, and its count is the
    mention's; two different bodies in a list stay two mentions."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The OIC, the 57-member Organisation of Islamic Cooperation, called an emergency session.",
                [
                    (
                        "The OIC, the 57-member Organisation of Islamic Cooperation",
                        "OIC",
                        "asserted",
                        None,
                        [],
                    )
                ],
                id="acronym-then-counted-full-name",
            ),
            pytest.param(
                "Ministers of ASEAN, the ten-member Association of Southeast Asian Nations, gathered in "
                "Vientiane.",
                [
                    (
                        "ASEAN, the ten-member Association of Southeast Asian Nations",
                        "ASEAN",
                        "asserted",
                        None,
                        [],
                    )
                ],
                id="bare-acronym-then-full-name",
            ),
            pytest.param(
                "Envoys from the EU, the G7 and NATO met in Rome.",
                [
                    ("the EU", "EU", "asserted", None, []),
                    ("the G7", "G7", "asserted", None, []),
                    ("NATO", "NATO", "asserted", None, []),
                ],
                id="guard-three-bodies",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The acronym and its full name are one mention."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "The GCC, the six-nation Gulf Cooperation Council, urged calm in Yemen.",
                "The GCC, the six-nation Gulf Cooperation Council",
                6,
                id="count-of-the-full-name",
            ),
            pytest.param(
                "The SCO, the ten-member Shanghai Cooperation Organisation, opened its summit in Tianjin.",
                "The SCO, the ten-member Shanghai Cooperation Organisation",
                10,
                id="count-spelled-out",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int) -> None:
        """The count the full name gives is the mention's."""
        assert one_coalition(text, surface).member_count == count


class TestAsideOfBacking:
    """An aside between a subject and its verb opened by an article and a name with a participle of backing
    or alignment (", an Iran-backed group,", ", a US-allied state,") is set off like one with a capitalised
    adjective (", the Lebanese group,"): the subject before it is the one that joins or is part of the body,
    and the backer named inside it is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hezbollah, an Iran-backed group, is part of the axis, its leader said.",
                [("the axis", None, "asserted", None, ["HEZBOLLAH"])],
                id="iran-backed-part-of",
            ),
            pytest.param(
                "The Houthis, an Iran-backed movement, joined the Axis of Resistance years ago.",
                [("the Axis of Resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HOUTHIS"])],
                id="iran-backed-joined-named-body",
            ),
            pytest.param(
                "Egypt, a US-allied state, joined the new coalition in May.",
                [("the new coalition", None, "asserted", None, ["EGY"])],
                id="us-allied-joined",
            ),
            pytest.param(
                "Hezbollah, the Lebanese movement, is part of the axis.",
                [("the axis", None, "asserted", None, ["HEZBOLLAH"])],
                id="guard-demonym-aside",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The subject before the aside is the member."""
        assert rows(text) == expected


class TestAlignedInApposition:
    """An "X-aligned" phrase in apposition after a named actor (", an Iran-aligned militia,") aligns that
    actor with X, as "Iran-aligned Houthis" and ", allied with Iran," do."""

    @pytest.mark.parametrize(
        ("text", "surface", "members"),
        [
            pytest.param(
                "Kataib Hezbollah, an Iran-aligned militia, claimed the drone strike.",
                "Iran-aligned militia",
                {"IRN", "KATAIB_HEZBOLLAH"},
                id="aligned-militia",
            ),
            pytest.param(
                "Minsk, a Russia-aligned capital, voted against the resolution.",
                "Russia-aligned capital",
                {"RUS", "BLR"},
                id="aligned-state",
            ),
            pytest.param(
                "The ship was hit by Iran-aligned Houthis on Tuesday.",
                "Iran-aligned Houthis",
                {"IRN", "HOUTHIS"},
                id="guard-aligned-group-after",
            ),
        ],
    )
    def test_members(self, text: str, surface: str, members: set[str]) -> None:
        """The actor before the apposition is aligned with X."""
        assert codes(one_coalition(text, surface))[1] == members


class TestMultinationalForce:
    """A force or mission called "multinational", or "joint" before a region's adjective ("a joint Arab
    force", "a joint African force"), is a force of several states, a mention with no leader or member named,
    and a force of it is military; a "joint force" of a police and an army is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A multinational African force of 8,000 soldiers will be deployed to the border.",
                [("A multinational African force", None, "asserted", None, [])],
                id="multinational-african-force",
            ),
            pytest.param(
                "Cairo proposed a joint Arab force to counter threats from Israel.",
                [("a joint Arab force", None, "hypothetical", None, [])],
                id="joint-arab-force-proposed",
            ),
            pytest.param(
                "A multinational force, with troops from Kenya, Jamaica and the Bahamas, patrols the city.",
                [("A multinational force", None, "asserted", None, ["KEN", "JAM", "BHS"])],
                id="multinational-force-with-troops-from",
            ),
            pytest.param(
                "The police and the army set up a joint force in the province.",
                [],
                id="guard-domestic-joint-force",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The force of several states is a mention."""
        assert rows(text) == expected

    def test_kind(self) -> None:
        """A force of several states is military."""
        text = "A multinational African force of 8,000 soldiers will be deployed to the border."
        assert one_coalition(text, "A multinational African force").kind == "military"


class TestSigningStillAhead:
    """A pact or alliance its parties are "set to", "expected to", "poised to" or "plan to" sign or form, will
    sign, or are "close to signing", is hypothetical, as one they plan to form is; one they signed is
    asserted. A force or bloc "of 40,000 troops" that "was proposed" is hypothetical, as one proposed with
    nothing between is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan and the Philippines are set to sign a defence pact next month.",
                [("a defence pact", None, "hypothetical", None, ["JPN", "PHL"])],
                id="set-to-sign",
            ),
            pytest.param(
                "Tokyo and Manila will sign a defence pact in January, officials said.",
                [("a defence pact", None, "hypothetical", None, ["JPN", "PHL"])],
                id="will-sign",
            ),
            pytest.param(
                "Hanoi and Jakarta are expected to form a maritime alliance.",
                [("a maritime alliance", None, "hypothetical", None, ["VNM", "IDN"])],
                id="expected-to-form",
            ),
            pytest.param(
                "Riyadh and Islamabad are close to signing a mutual defence pact, sources said.",
                [("a mutual defence pact", None, "hypothetical", None, ["SAU", "PAK"])],
                id="close-to-signing",
            ),
            pytest.param(
                "A joint Arab force of 40,000 troops was proposed at the summit.",
                [("A joint Arab force", None, "hypothetical", None, [])],
                id="force-of-troops-was-proposed",
            ),
            pytest.param(
                "Japan and the Philippines signed a defence pact on Monday.",
                [("a defence pact", None, "asserted", None, ["JPN", "PHL"])],
                id="guard-signed",
            ),
            pytest.param(
                "Seoul, which will host the summit, signed a defence pact with Tokyo.",
                [("a defence pact with Tokyo", None, "asserted", None, ["JPN", "KOR"])],
                id="guard-will-in-a-relative-clause",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The pact still to be signed is hypothetical."""
        assert rows(text) == expected


class TestNamedAndCountedMembers:
    """A count inside the mention after names joined to it by "and" adds to them, as the scheme counts "Saudi
    Arabia and 10 allies" as 11 ("Washington and 12 allies": 13); an "of" list that ends in such a count
    keeps its named members and its whole surface ("a coalition of France, Italy and 20 other nations")."""

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            pytest.param(
                "Washington and 12 allies launched strikes on the port.",
                "Washington and 12 allies",
                13,
                id="capital-and-n-allies",
            ),
            pytest.param(
                "The coalition of Britain and 10 other countries patrols the strait.",
                "The coalition of Britain and 10 other countries",
                11,
                id="of-one-and-n-other-countries",
            ),
            pytest.param(
                "A coalition of France, Italy and 20 other nations pledged warships.",
                "A coalition of France, Italy and 20 other nations",
                22,
                id="of-two-and-n-other-nations",
            ),
            pytest.param(
                "The 22-member Arab League held an emergency summit in Cairo.",
                "The 22-member Arab League",
                22,
                id="guard-plain-count",
            ),
        ],
    )
    def test_count(self, text: str, surface: str, count: int) -> None:
        """The named ones are counted with the number."""
        assert one_coalition(text, surface).member_count == count

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition of Britain and 10 other countries patrols the strait.",
                [("The coalition of Britain and 10 other countries", None, "asserted", None, ["GBR"])],
                id="of-list-member-before-count",
            ),
            pytest.param(
                "A coalition of France, Italy and 20 other nations pledged warships.",
                [
                    (
                        "A coalition of France, Italy and 20 other nations",
                        None,
                        "asserted",
                        None,
                        ["FRA", "ITA"],
                    )
                ],
                id="of-list-surface-takes-the-count",
            ),
            pytest.param(
                "The bloc of Russia, China and Iran held naval drills.",
                [("The bloc of Russia, China and Iran", None, "asserted", None, ["RUS", "CHN", "IRN"])],
                id="guard-of-list",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The named members of the list are read."""
        assert rows(text) == expected


class TestPactAsABulwark:
    """A pact or treaty called a bulwark or shield against a named foe right after its head is one of
    defence, as one aimed at deterring it is; a pact of trade stays none whatever it is said to counter."""

    @pytest.mark.parametrize(
        ("text", "surface", "adversaries"),
        [
            pytest.param(
                "The pact is widely seen as a bulwark against Chinese expansion in the Pacific.",
                "The pact",
                {"CHN"},
                id="seen-as-a-bulwark",
            ),
            pytest.param(
                "The treaty, a shield against Russia, was signed in Vilnius on Friday.",
                "The treaty",
                {"RUS"},
                id="apposed-shield",
            ),
        ],
    )
    def test_adversaries(self, text: str, surface: str, adversaries: set[str]) -> None:
        """The foe the pact guards against is its adversary."""
        assert codes(one_coalition(text, surface))[2] == adversaries

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("The trade pact is seen as a bulwark against China.", [], id="guard-trade-pact"),
            pytest.param(
                "The pact is a bulwark against inflation, economists said.", [], id="guard-no-actor"
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Trade and no foe make no mention."""
        assert rows(text) == expected


class TestKindFromArmedFoe:
    """An alliance or coalition set against a foe named only as armed men the gazetteer does not know
    ("jihadists", "Islamist militants", "terrorists") is military, as one against a named armed group is."""

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            pytest.param(
                "The new alliance pledged to fight jihadists in the border region.",
                "The new alliance",
                id="jihadists",
            ),
            pytest.param(
                "The regional alliance vowed to defeat Islamist militants in the north.",
                "The regional alliance",
                id="militants",
            ),
        ],
    )
    def test_kind(self, text: str, surface: str) -> None:
        """The mention is military."""
        assert one_coalition(text, surface).kind == "military"

    def test_guard_gangs(self) -> None:
        """A foe of drug gangs tells no military kind."""
        assert one_coalition("The new alliance will take on drug gangs.", "The new alliance").kind is None


class TestHyphenWrittenAsSpace:
    """A name whose two capitalised words are joined by a hyphen is also found with a space between them, as
    copy often writes it ("Guinea Bissau", "Timor Leste", "Congo Brazzaville"); "Guinea Bissau" was read
    as Guinea and Bissau's state, two actors. A hyphen after a lower-case word stays ("Port-au-Prince")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Timor Leste joined ASEAN in October as its eleventh member.",
                [("ASEAN", "ASEAN", "asserted", None, ["TLS"])],
                id="timor-leste",
            ),
            pytest.param(
                "Guinea Bissau and Senegal are ECOWAS members.",
                [("ECOWAS members", "ECOWAS", "asserted", None, ["GNB", "SEN"])],
                id="guinea-bissau",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The spaced name is the state."""
        assert rows(text) == expected

    @pytest.mark.parametrize(
        ("text", "codes_found"),
        [
            pytest.param("Congo Brazzaville and Gabon", ["COG", "GAB"], id="congo-brazzaville"),
            pytest.param("Guinea and Guinea-Bissau", ["GIN", "GNB"], id="guard-hyphen-as-written"),
            pytest.param("talks in Port-au-Prince", ["HTI"], id="guard-lower-case-word"),
        ],
    )
    def test_actors(self, text: str, codes_found: list[str]) -> None:
        """find_actors reads the spaced name as one state."""
        assert [a.code for a in find_actors(text)] == codes_found


class TestRankingModifiersOfAnAlly:
    """Words that rank an ally ("most important", "only", "sole", "top", "most trusted") are modifiers of the
    ally phrase, as "closest" and "staunchest" are: the state the copula or the apposition says is that ally
    is a member with the possessor ("Belarus is Moscow's only formal military ally": RUS, BLR)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Japan is America's most important ally in Asia, the envoy said.",
                [("America's most important ally", None, "asserted", None, ["USA", "JPN"])],
                id="most-important",
            ),
            pytest.param(
                "Belarus is Moscow's only formal military ally in Europe.",
                [("Moscow's only formal military ally", None, "asserted", None, ["RUS", "BLR"])],
                id="only-formal-military",
            ),
            pytest.param(
                "Israel, Washington's most trusted ally in the region, said nothing.",
                [("Washington's most trusted ally", None, "asserted", None, ["USA", "ISR"])],
                id="apposed-most-trusted",
            ),
            pytest.param(
                "Belarus is Moscow's closest ally.",
                [("Moscow's closest ally", None, "asserted", None, ["RUS", "BLR"])],
                id="guard-closest",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The ranked ally phrase is a mention with both states."""
        assert rows(text) == expected


class TestReportedBloc:
    """An indefinite bloc right after "reports of", "rumours about", "allegations of" or "speculation over"
    is hedged, as one after "claims of" is: it is only reported; a definite one after them is there."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Reports of a secret Saudi-Israeli alliance surfaced in the Gulf press.",
                [("a secret Saudi-Israeli alliance", None, "hedged", None, ["SAU", "ISR"])],
                id="reports-of",
            ),
            pytest.param(
                "Rumours about a military alliance between Cairo and Ankara swirled for weeks.",
                [("a military alliance between Cairo and Ankara", None, "hedged", None, ["EGY", "TUR"])],
                id="rumours-about",
            ),
            pytest.param(
                "Kabul faced fresh allegations of a new alliance with Tehran.",
                [("a new alliance with Tehran", None, "hedged", None, ["IRN"])],
                id="allegations-of",
            ),
            pytest.param(
                "Reports of the alliance's summit in Vilnius were premature.",
                [("the alliance", None, "asserted", None, [])],
                id="guard-definite",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The reported bloc is hedged."""
        assert rows(text) == expected


class TestBareCoalitionByFoeAndTheatre:
    """A bare "the coalition" with no body named before it in the text, set against a foe, in a sentence that
    names a theatre (a state or its capital), is the one known coalition the data sets against that foe
    there, when its members include the states the mention names; with no theatre named, or a member the
    coalition does not count, it keeps no id."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition fighting the Houthis struck targets near Sanaa overnight.",
                [("The coalition", "SAUDI_LED_YEMEN", "asserted", None, [])],
                id="foe-and-capital",
            ),
            pytest.param(
                "The coalition bombed Houthi positions in Yemen on Tuesday.",
                [("The coalition", "SAUDI_LED_YEMEN", "asserted", None, [])],
                id="foe-and-state",
            ),
            pytest.param(
                "The UAE is part of the coalition fighting the Houthis in Yemen.",
                [("the coalition", "SAUDI_LED_YEMEN", "asserted", None, ["ARE"])],
                id="member-it-counts",
            ),
            pytest.param(
                "Greece is part of the coalition fighting the Houthis in Yemen.",
                [("the coalition", None, "asserted", None, ["GRC"])],
                id="guard-member-it-does-not-count",
            ),
            pytest.param(
                "The coalition fighting the Houthis met on Monday.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-no-theatre",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The known coalition against the foe there is the mention's id."""
        assert rows(text) == expected


class TestChairStillToCome:
    """A state that will chair a standing body, is set to chair it or has chaired it is a member, as one that
    chairs it now is ("Kazakhstan will chair the SCO": KAZ); one named with the body's chair in an apposition
    (", the current ASEAN chair,") is too."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Kazakhstan, which will chair the SCO next year, hosted the ministers.",
                [("the SCO", "SCO", "asserted", None, ["KAZ"])],
                id="will-chair",
            ),
            pytest.param(
                "Malaysia is set to chair ASEAN in 2025.",
                [("ASEAN", "ASEAN", "asserted", None, ["MYS"])],
                id="set-to-chair",
            ),
            pytest.param(
                "Vientiane, the current ASEAN chair, hosted the foreign ministers.",
                [("ASEAN", "ASEAN", "asserted", None, ["LAO"])],
                id="apposed-current-chair",
            ),
            pytest.param(
                "Brazil, which chairs BRICS this year, hosted the summit in Rio.",
                [("BRICS", "BRICS", "asserted", None, ["BRA"])],
                id="guard-chairs-now",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The chair is a member."""
        assert rows(text) == expected


class TestRankedMemberApposition:
    """A state with an apposition that ranks or describes it as one member of a body (", the only
    Muslim-majority NATO member,", ", the largest NATO member in the region,") is a member, as with ", a NATO
    member,"; a former member is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Turkey, the only Muslim-majority NATO member, hosted the talks.",
                [("NATO member", "NATO", "asserted", None, ["TUR"])],
                id="only-muslim-majority",
            ),
            pytest.param(
                "Poland, the largest NATO member on the eastern flank, asked for more troops.",
                [("NATO member", "NATO", "asserted", None, ["POL"])],
                id="largest-in-a-place",
            ),
            pytest.param(
                "Ankara, a NATO member since 1952, hosted the talks.",
                [("NATO member", "NATO", "asserted", None, ["TUR"])],
                id="guard-plain-apposition",
            ),
            pytest.param(
                "Laos and Cambodia, the poorest ASEAN states, asked for more time.",
                [("ASEAN states", "ASEAN", "asserted", None, ["LAO", "KHM"])],
                id="guard-ranked-list",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The ranked state is a member."""
        assert rows(text) == expected
