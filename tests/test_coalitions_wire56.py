"""Coalition readings of wire copy, round 56: a subject with a companion joined by "together with" or
"along with" and no commas, and the hypothetical bloc a state is warned against joining.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestCompanionWithoutCommas:
    """A companion joined to the subject by "together with" or "along with" with no commas around it joins
    or forms the body too, as it already did when commas set it off."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tokyo together with the US formed the Squad during talks in Singapore.",
                [("the Squad", "SQUAD", "asserted", None, ["JPN", "USA"])],
                id="together-with-the-formed",
            ),
            pytest.param(
                "Japan along with Australia joined the Quad at its founding.",
                [("the Quad", "QUAD", "asserted", None, ["JPN", "AUS"])],
                id="along-with-joined",
            ),
            pytest.param(
                "Manila together with Washington launched a maritime coalition on Friday.",
                [("a maritime coalition", None, "asserted", None, ["PHL", "USA"])],
                id="together-with-launched",
            ),
            pytest.param(
                "Chile as well as Peru belongs to the Pacific Alliance, officials in Lima said.",
                [("the Pacific Alliance", "PACIFIC_ALLIANCE", "asserted", None, ["CHL", "PER"])],
                id="as-well-as-belongs",
            ),
            pytest.param(
                "Moscow criticised Estonia as well as Latvia for joining NATO.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-as-well-as-object",
            ),
            pytest.param(
                "Japan, along with Australia, joined the Quad at its founding.",
                [("the Quad", "QUAD", "asserted", None, ["JPN", "AUS"])],
                id="guard-commas-already-read",
            ),
            pytest.param(
                "Paris along with Berlin criticised the US-led coalition on Tuesday.",
                [("the US-led coalition", None, "asserted", "USA", [])],
                id="guard-critics-no-members",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """Both the subject and its companion are members; critics of a body are none."""
        assert rows(text) == expected


class TestWarnedAgainstJoining:
    """A state warned or cautioned against joining or forming an unnamed bloc neither joins it nor asserts it:
    the bloc is hypothetical and the state no member. A named body ("NATO") stays asserted."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Beijing cautioned Asean members against joining any US-led bloc on Thursday.",
                [
                    ("Asean members", "ASEAN", "asserted", None, []),
                    ("any US-led bloc", None, "hypothetical", "USA", []),
                ],
                id="cautioned-members-against-joining-any",
            ),
            pytest.param(
                "Beijing warned Manila against joining a US-led bloc over the disputed shoals.",
                [("a US-led bloc", None, "hypothetical", "USA", [])],
                id="warned-state-against-joining",
            ),
            pytest.param(
                "Moscow cautioned Kazakhstan against joining a Western alliance, the ministry said.",
                [("a Western alliance", None, "hypothetical", None, [])],
                id="cautioned-state-western-alliance",
            ),
            pytest.param(
                "Moscow warned Helsinki against joining the alliance before the vote.",
                [("the alliance", None, "asserted", None, [])],
                id="warned-against-definite-no-member",
            ),
            pytest.param(
                "Moscow warned Finland against joining NATO, its envoy wrote on Friday.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-named-body-asserted",
            ),
            pytest.param(
                "Turkey, which fought against Syria, joined the coalition in 2014.",
                [("the coalition", None, "asserted", None, ["TUR"])],
                id="guard-against-far-from-joined",
            ),
            pytest.param(
                "Beijing warned against any US-led bloc in the region.",
                [("any US-led bloc", None, "hypothetical", "USA", [])],
                id="guard-warned-against-directly",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The bloc warned against is hypothetical, and the state warned no member of it."""
        assert rows(text) == expected


class TestPartnersInApposition:
    """A list of states apposed to "partners in" or "allies in" a body names its members, as "members of"
    does; "partners in" outside an apposition, and a place after "in", name none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Cuba and Nicaragua, partners in the ALBA bloc, rejected the resolution in Washington.",
                [("the ALBA bloc", "ALBA", "asserted", None, ["CUB", "NIC"])],
                id="partners-in-the-bloc",
            ),
            pytest.param(
                "Brazil and Argentina, partners in Mercosur, traded barbs over beef tariffs.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["BRA", "ARG"])],
                id="partners-in-mercosur",
            ),
            pytest.param(
                "Peru and Chile, both partners in the Pacific Alliance, cut tariffs on copper goods.",
                [("the Pacific Alliance", "PACIFIC_ALLIANCE", "asserted", None, ["PER", "CHL"])],
                id="both-partners-in",
            ),
            pytest.param(
                "Uruguay clashed with its partners in Mercosur over a trade pact with China.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="guard-not-apposed",
            ),
            pytest.param(
                "Norway and Iceland, close partners in the Arctic, met NATO officials in Tromso.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-place-after-in",
            ),
            pytest.param(
                "Georgia and Moldova, partners of NATO, held drills near the Black Sea.",
                [("NATO", "NATO", "asserted", None, [])],
                id="guard-partners-of",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The apposed list is the body's members only after "partners in" or "allies in"."""
        assert rows(text) == expected


class TestCountedGroupClosingTheSubject:
    """A subject list may close on a counted group of unnamed states ("a dozen Latin American states", "a
    handful of European countries"): the named states before it still formed or joined the body."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Canada and a dozen Latin American states formed the Lima Group to press Caracas.",
                [("the Lima Group", "LIMA_GROUP", "asserted", None, ["CAN"])],
                id="a-dozen",
            ),
            pytest.param(
                "Canada and about a dozen Latin American countries formed the Lima Group in Peru.",
                [("the Lima Group", "LIMA_GROUP", "asserted", None, ["CAN"])],
                id="about-a-dozen",
            ),
            pytest.param(
                "Britain and a handful of European states joined the coalition within weeks.",
                [("the coalition", None, "asserted", None, ["GBR"])],
                id="a-handful-of",
            ),
            pytest.param(
                "Britain and two other European states joined the coalition within weeks.",
                [("the coalition", None, "asserted", None, ["GBR"])],
                id="guard-two-other-already-read",
            ),
            pytest.param(
                "Britain criticised a dozen Latin American states that formed the Lima Group.",
                [("the Lima Group", "LIMA_GROUP", "asserted", None, [])],
                id="guard-critic-no-member",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The named state before the counted group is a member; a critic is none."""
        assert rows(text) == expected


class TestItsBodyPartners:
    """A state whose "<body> partners" the text names ("its Mercosur partners") is a member of the body, when
    the gazetteer lists it among the body's members; a state the data leaves out is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Uruguay has clashed with its Mercosur partners over a trade pact with Beijing.",
                [("Mercosur", "MERCOSUR", "asserted", None, ["URY"])],
                id="clashed-with-its-partners",
            ),
            pytest.param(
                "Hungary blocked its EU partners from sending the aid package.",
                [("EU", "EU", "asserted", None, ["HUN"])],
                id="blocked-its-partners",
            ),
            pytest.param(
                "Brazil urged its BRICS partners to settle trade in local currencies.",
                [("BRICS", "BRICS", "asserted", None, ["BRA"])],
                id="urged-its-partners",
            ),
            pytest.param(
                "Kyiv thanked its EU partners for the loan on Wednesday.",
                [("EU", "EU", "asserted", None, [])],
                id="guard-owner-not-in-data",
            ),
            pytest.param(
                "Uruguay clashed with Mercosur partners over a trade pact.",
                [("Mercosur", "MERCOSUR", "asserted", None, [])],
                id="guard-no-its",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The owner of "its <body> partners" is a member only when the data lists it."""
        assert rows(text) == expected
