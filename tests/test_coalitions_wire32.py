"""Coalitions in the thirty-second session's copy: a bloc asked about or denied ("asked whether A and B had
an alliance", "denied that this constituted an alliance"), members named around a known body ("its
membership of the Quad with A, B and C", "a member of the AES with A and B", "a vital partner in the
Quad"), and domestic party groupings that are no blocs of states.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze

from ._coalition_helpers import PolarityRow, polarity_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Asked whether Ankara and Baku had a defence alliance, the spokeswoman Leyla Durmaz smiled.",
            [("a defence alliance", None, "hypothetical", None, ["TUR", "AZE"])],
            id="whether-had-an-alliance",
        ),
        pytest.param(
            "Reporters asked whether there was a secret alliance against Armenia.",
            [("a secret alliance", None, "hypothetical", None, [])],
            id="whether-there-was-an-alliance",
        ),
        pytest.param(
            "The envoy, Tomas Varga, denied that the accord constituted a military alliance.",
            [("a military alliance", None, "negated", None, [])],
            id="denied-that-it-constituted",
        ),
        pytest.param(
            "Officials denied that the deal amounted to a military pact.",
            [("a military pact", None, "negated", None, [])],
            id="denied-that-it-amounted-to",
        ),
        pytest.param(
            "Ankara and Baku have signed a defence alliance, the spokeswoman said.",
            [("a defence alliance", None, "asserted", None, ["TUR", "AZE"])],
            id="guard-signed-alliance-asserted",
        ),
        pytest.param(
            "Analysts said the accord constituted a military alliance in all but name.",
            [("a military alliance", None, "asserted", None, [])],
            id="guard-constituted-without-denial",
        ),
    ],
)
def test_a_bloc_asked_about_or_denied(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canberra's membership of the Quad with the United States, Japan and India has angered Beijing.",
            [("the Quad", "QUAD", "asserted", None, ["AUS", "USA", "JPN", "IND"])],
            id="membership-of-the-quad-with",
        ),
        pytest.param(
            "Niger, a member of the Alliance of Sahel States with Mali and Burkina Faso, recalled its envoy.",
            [("the Alliance of Sahel States", "AES", "asserted", None, ["NER", "MLI", "BFA"])],
            id="member-of-the-aes-with",
        ),
        pytest.param(
            "The minister pointed to the AUKUS pact with Britain and the United States.",
            [("the AUKUS pact", "AUKUS", "asserted", None, ["GBR", "USA"])],
            id="the-aukus-pact-with",
        ),
        pytest.param(
            "Niger, Mali and Burkina Faso plan a joint battalion within the framework of the AES.",
            [("the AES", "AES", "asserted", None, ["NER", "MLI", "BFA"])],
            id="within-the-framework-of",
        ),
        pytest.param(
            "The State Department said Japan remained a vital partner in the Quad.",
            [("the Quad", "QUAD", "asserted", None, ["JPN"])],
            id="a-vital-partner-in",
        ),
        pytest.param(
            "Ukraine's membership of NATO with Georgia was discussed in Vilnius.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-an-aspirant-is-no-member",
        ),
        pytest.param(
            "A member of the Quad with Russia on its border would be unthinkable, she wrote.",
            [("the Quad", "QUAD", "asserted", None, [])],
            id="guard-with-a-non-member",
        ),
        pytest.param(
            "NATO held talks with Finland and Sweden in Brussels.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-talks-with",
        ),
        pytest.param(
            "Finland joined NATO with Sweden's backing in 2023.",
            [("NATO", "NATO", "asserted", None, ["FIN"])],
            id="guard-with-a-possessor",
        ),
        pytest.param(
            "Washington signed the AUKUS pact with Canberra and London in 2021.",
            [("the AUKUS pact", "AUKUS", "asserted", None, ["AUS", "GBR", "USA"])],
            id="the-subject-that-signed-it-with-the-list",
        ),
        pytest.param(
            "Beijing condemned the AUKUS pact with Australia and Britain.",
            [("the AUKUS pact", "AUKUS", "asserted", None, ["AUS", "GBR"])],
            id="guard-a-subject-that-only-condemns-it",
        ),
        pytest.param(
            "Moscow long stalled Beijing's plan for a lender under the auspices of the SCO.",
            [("the SCO", "SCO", "asserted", None, [])],
            id="guard-another-actor-acts-in-the-framework",
        ),
        pytest.param(
            "The raid comes as Niger, Mali and Burkina Faso are trying to build a joint battalion within the "
            "framework of the AES.",
            [("the AES", "AES", "asserted", None, ["NER", "MLI", "BFA"])],
            id="within-the-framework-of-in-a-clause-after-as",
        ),
    ],
)
def test_members_named_around_a_known_body(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The SACP's youth wing and its alliance partners will fight the budget, Sipho Dlamini said.",
            [],
            id="a-party-s-alliance-partners",
        ),
        pytest.param(
            "The Freedom Front and its alliance partners met in Durban on Sunday.",
            [],
            id="a-party-and-its-alliance-partners",
        ),
        pytest.param(
            "The projection for France 2 gives the Republican Union and its allies 140 seats.",
            [],
            id="a-party-s-allies-are-no-state-s",
        ),
        pytest.param(
            "The forum's chair, Anjali Rao, said a new alliance between Omani and Qatari shipping companies "
            "would be announced.",
            [],
            id="an-alliance-between-companies",
        ),
        pytest.param(
            "The deal seals an alliance between Kenyan and Ugandan banks, the lenders said.",
            [],
            id="an-alliance-between-banks",
        ),
        pytest.param(
            "The Pentagon said the US and its alliance partners would hold drills.",
            [("US and its alliance partners", None, "asserted", "USA", ["USA"])],
            id="guard-a-state-s-alliance-partners",
        ),
        pytest.param(
            "The Kremlin and its allies condemned the strikes on Monday.",
            [("The Kremlin and its allies", None, "asserted", "RUS", ["RUS"])],
            id="guard-a-government-s-allies",
        ),
        pytest.param(
            "Diplomats fear an alliance between Russia and Iran's oil companies.",
            [("an alliance between Russia and Iran", None, "asserted", None, ["RUS", "IRN"])],
            id="guard-a-possessive-before-companies",
        ),
        pytest.param(
            "Exit polls gave the Brothers of Italy and their allies a clear lead.",
            [],
            id="a-state-inside-a-party-name",
            marks=pytest.mark.xfail(
                strict=True, reason="the state named inside a party's name ('of Italy') is read as the owner"
            ),
        ),
    ],
)
def test_a_party_s_or_firms_grouping_is_no_bloc(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


_YEMEN = (
    "The Saudi-led coalition fighting in Yemen said it shot down a drone over Jazan. "
    "Separately, the Islamic Military Counter Terrorism Coalition held a seminar in Riyadh on terrorist "
    "financing, with officers from Pakistan, Nigeria, Malaysia and Egypt attending the two-day course. "
)


@pytest.mark.parametrize(
    ("text", "surface", "expected_id"),
    [
        pytest.param(
            _YEMEN + "In Sanaa, a Houthi spokesman, Yahya Saree, said drones had struck an airbase in Saudi "
            "Arabia, a claim the coalition denied.",
            "the coalition",
            "SAUDI_LED_YEMEN",
            id="the-coalition-whose-foe-is-named",
        ),
        pytest.param(
            "The Saudi-led coalition fighting in Yemen said it shot down a drone over Jazan. Iran's support "
            "for the so-called axis of resistance drew criticism in Riyadh. A spokesman said the coalition "
            "would respond.",
            "the coalition",
            "SAUDI_LED_YEMEN",
            id="the-coalition-is-no-axis",
        ),
        pytest.param(
            _YEMEN + "The coalition said the course would be repeated in Dakar in the spring.",
            "The coalition",
            "IMCTC",
            id="guard-the-latest-coalition-with-no-foe-named",
        ),
    ],
)
def test_the_coalition_means_a_body_called_a_coalition(text: str, surface: str, expected_id: str) -> None:
    found = [c.id for c in analyze(f"World news\n\n{text}").coalitions if c.text == surface]
    assert found == [expected_id]


_SAHEL = (
    "Senegal will stay in ECOWAS, its foreign minister, Awa Ndiaye, said on Tuesday. Asked whether Dakar "
    "could join the Alliance of Sahel States, she said the confederation was a matter for its three members. "
)


@pytest.mark.parametrize(
    ("text", "surface", "expected_id"),
    [
        pytest.param(
            _SAHEL + "Senegal was briefly suspended from the regional organisation in the 1990s.",
            "the regional organisation",
            "ECOWAS",
            id="suspended-from-the-body-of-its-state",
        ),
        pytest.param(
            _SAHEL + "Dakar never considered leaving the bloc, she added.",
            "the bloc",
            "ECOWAS",
            id="leaving-the-body-of-its-state",
        ),
        pytest.param(
            _SAHEL + "Burkina Faso will remain in the bloc, its minister said.",
            "the bloc",
            "AES",
            id="guard-a-state-of-the-latest-body",
        ),
        pytest.param(
            _SAHEL + "Russia praised the bloc on Wednesday.",
            "the bloc",
            "AES",
            id="guard-no-membership-verb",
        ),
    ],
)
def test_a_body_left_or_kept_by_the_sentence_s_state(text: str, surface: str, expected_id: str) -> None:
    found = [c.id for c in analyze(f"World news\n\n{text}").coalitions if c.text == surface]
    assert found == [expected_id]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sato has championed the Japan-US alliance and closer ties with the Quad. A State Department "
            "spokesperson said Washington's commitment to the alliance was ironclad.",
            [
                ("the Japan-US alliance", None, "asserted", None, ["JPN", "USA"]),
                ("the Quad", "QUAD", "asserted", None, []),
                ("the alliance", None, "asserted", None, ["JPN", "USA"]),
            ],
            id="the-alliance-after-a-bilateral-alliance-and-the-quad",
        ),
        pytest.param(
            "The US-South Korea alliance is strong, she said. NATO ministers met in Brussels on Thursday, "
            "and the alliance agreed to raise spending.",
            [
                ("The US-South Korea alliance", None, "asserted", None, ["USA", "KOR"]),
                ("NATO", "NATO", "asserted", None, []),
                ("the alliance", "NATO", "asserted", None, []),
            ],
            id="guard-a-standing-alliance-named-since",
        ),
    ],
)
def test_the_alliance_after_a_bilateral_alliance(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Reporters asked whether Hanoi and Manila had a security pact.",
            [("a security pact", None, "hypothetical", None, ["VNM", "PHL"])],
            id="whether-a-and-b-had-a-pact",
        ),
        pytest.param(
            "Cairo and Riyadh have a military alliance in all but name, the analyst said.",
            [("a military alliance", None, "asserted", None, ["EGY", "SAU"])],
            id="a-and-b-have-an-alliance",
        ),
        pytest.param(
            "Ukraine has NATO's backing, the minister said.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-has-a-body-s-backing",
        ),
        pytest.param(
            "Turkey has the second-largest army in NATO.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-has-a-definite-body",
        ),
    ],
)
def test_states_that_have_an_alliance(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia and China held joint naval drills off Hokkaido. I would not call it a military alliance, "
            "the analyst Kenji Mori said.",
            [("a military alliance", None, "negated", None, ["RUS", "CHN"])],
            id="call-it-after-a-pair-in-the-sentence-before",
        ),
        pytest.param(
            'Asked whether Moscow and Tehran had a military alliance, Pavel Orlov said: "I would not call it '
            'a military alliance. It is a partnership."',
            [
                ("a military alliance", None, "hypothetical", None, ["RUS", "IRN"]),
                ("a military alliance", None, "negated", None, ["RUS", "IRN"]),
            ],
            id="call-it-after-a-question-about-a-pair",
        ),
        pytest.param(
            "Russia, China and Iran held joint naval drills. I would not call it a military alliance, the "
            "analyst said.",
            [("a military alliance", None, "negated", None, [])],
            id="guard-three-states-are-no-pair",
        ),
    ],
)
def test_call_it_an_alliance_after_a_pair(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Saudi Arabia, the UAE, Egypt and Bahrain, the so-called Arab Quartet, reopened their embassies.",
            [("the so-called Arab Quartet", "ARAB_QUARTET", "asserted", None, ["SAU", "ARE", "EGY", "BHR"])],
            id="a-list-apposed-to-a-so-called-body",
        ),
        pytest.param(
            "India and Japan, two of the G4 countries, renewed their call for permanent seats.",
            [("the G4 countries", "G4_UNSC", "asserted", None, ["IND", "JPN"])],
            id="two-of-the-body-s-countries",
        ),
        pytest.param(
            "Poland and Hungary, both EU members, objected to the text.",
            [("EU members", "EU", "asserted", None, ["POL", "HUN"])],
            id="both-body-members",
        ),
        pytest.param(
            "Russia and Turkey, the NATO rivals, met in Sochi.",
            [("the NATO", "NATO", "asserted", None, [])],
            id="guard-the-body-only-a-modifier",
        ),
    ],
)
def test_a_list_apposed_to_a_known_body(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Its leader, Mariko Sato, said her party would cooperate with the government on a "
            "policy-by-policy basis and would not join any coalition for now.",
            [],
            id="a-party-would-not-join-any-coalition",
        ),
        pytest.param(
            "The pollster Arvind Mehta told NDTV that coalitions were back after a decade of majorities.",
            [],
            id="that-before-a-plural-opens-a-clause",
        ),
        pytest.param(
            "Kenya said it would not join any coalition against Somalia.",
            [("any coalition", None, "negated", None, [])],
            id="guard-any-coalition-against-a-state",
        ),
        pytest.param(
            "Nepal will not join any military alliance, the foreign minister said.",
            [("any military alliance", None, "negated", None, [])],
            id="guard-any-alliance-denied",
        ),
        pytest.param(
            "Pakistan will not join any coalition, the foreign office said.",
            [("any coalition", None, "negated", None, [])],
            id="guard-a-state-refuses-any-coalition",
        ),
    ],
)
def test_coalitions_at_home_after_an_election(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Houthi spokesman, Yahya Saree, said the coalition of aggression had bombed Hodeidah again.",
            [("the coalition of aggression", None, "asserted", None, [])],
            id="the-coalition-of-aggression",
        ),
        pytest.param(
            "The rebels vowed to keep fighting the US-Saudi coalition of aggression.",
            [("the US-Saudi coalition of aggression", None, "asserted", None, ["USA", "SAU"])],
            id="a-led-coalition-of-aggression",
        ),
    ],
)
def test_a_coalition_named_for_its_aggression(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Houthi leader, Abdulmalik Saad, described the American-British campaign as "
            '"a coalition of aggression."',
            [("a coalition of aggression", None, "asserted", None, ["USA", "GBR"])],
            id="described-a-campaign-of-two-states-as",
        ),
        pytest.param(
            "Moscow views Washington and Tokyo as a hostile alliance, the spokeswoman said.",
            [("a hostile alliance", None, "asserted", None, ["USA", "JPN"])],
            id="views-two-states-as",
        ),
        pytest.param(
            "Beijing sees the Quad as an anti-China bloc.",
            [("the Quad", "QUAD", "asserted", None, []), ("an anti-China bloc", None, "asserted", None, [])],
            id="guard-a-body-seen-as",
        ),
    ],
)
def test_states_described_as_a_coalition(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"It is a political bloc more than a military alliance," the analyst Ines Moreau said.',
            [
                ("a political bloc", None, "asserted", None, []),
                ("a military alliance", None, "negated", None, []),
            ],
            id="a-bloc-more-than-an-alliance",
        ),
        pytest.param(
            "NATO is more than a military alliance, the secretary-general said.",
            [("NATO", "NATO", "asserted", None, []), ("a military alliance", None, "asserted", None, [])],
            id="guard-more-than-an-alliance-is-one",
        ),
    ],
)
def test_a_noun_more_than_an_alliance(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guinea and Mali left ECOWAS in January. The communiqué accuses the regional organisation of "
            "having become a tool of foreign powers.",
            [
                ("ECOWAS", "ECOWAS", "asserted", None, []),
                ("the regional organisation", "ECOWAS", "asserted", None, []),
            ],
            id="accused-the-organisation-of-having",
        ),
        pytest.param(
            "Guinea and Mali left ECOWAS in January. The junta praised the organisation of the summit.",
            [("ECOWAS", "ECOWAS", "asserted", None, [])],
            id="guard-the-organisation-of-a-thing",
        ),
    ],
)
def test_a_body_accused_of_doing(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


_VOTE = (
    "The ruling party lost its majority in parliament, the election commission said, and the prime minister "
    "will need the votes of smaller parties. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _VOTE + '"Coalition partners will extract their price," the analyst Rahul Verma said.',
            [],
            id="coalition-partners-in-election-talk",
        ),
        pytest.param(
            "US aircraft struck Islamic State positions near Raqqa on Monday. Coalition partners flew more "
            "than 40 sorties, the Pentagon said.",
            [("Coalition partners", None, "asserted", None, [])],
            id="guard-coalition-partners-in-war-news",
        ),
    ],
)
def test_coalition_partners_at_home(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister, Karim Bennani, said Algiers had formed an alliance of convenience with the "
            "Polisario Front.",
            [
                (
                    "an alliance of convenience with the Polisario Front",
                    None,
                    "asserted",
                    None,
                    ["POLISARIO", "DZA"],
                )
            ],
            id="an-alliance-of-convenience-with",
        ),
        pytest.param(
            "Labour and the Greens formed an alliance of convenience before the election.",
            [],
            id="guard-parties-alliance-of-convenience",
        ),
        pytest.param(
            "Two rebel groups have concluded an alliance of convenience against the army, sources said.",
            [("an alliance of convenience", None, "asserted", None, [])],
            id="armed-groups-alliance-of-convenience",
        ),
    ],
)
def test_an_alliance_of_convenience(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'He said Algiers had formed what he called "an alliance of convenience" with the Polisario '
            "Front.",
            [("an alliance of convenience", None, "hedged", None, ["POLISARIO", "DZA"])],
            id="what-he-called-a-quoted-alliance-with",
        ),
        pytest.param(
            'Analysts say Tehran has formed "an alliance" with the Houthis.',
            [("an alliance", None, "asserted", None, ["HOUTHIS", "IRN"])],
            id="a-quoted-alliance-formed-with",
        ),
    ],
)
def test_a_quoted_alliance_keeps_its_parties(text: str, expected: list[PolarityRow]) -> None:
    assert polarity_rows(text) == expected
