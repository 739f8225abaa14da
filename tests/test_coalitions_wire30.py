"""Coalitions in the thirtieth session's copy: the OPEC+ boilerplate with OPEC's full name, Ukraine's
capability coalitions, denials of alliances, firms and lobbies named "Alliance", members of a chair and of an
alliance "between" states.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze


def _rows(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """(text, id, leader's code, member codes) of every coalition mention under a headline."""
    return [
        (c.text, c.id, c.leader.code if c.leader else None, [m.code or m.name for m in c.members])
        for c in analyze(f"Oil talks\n\n{text}").coalitions
    ]


_OPEC = "Organization of the Petroleum Exporting Countries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"The {_OPEC} and allies led by Moscow, known as OPEC+, will meet on Sunday.",
            [
                (f"The {_OPEC}", "OPEC", None, []),
                ("allies led by Moscow", "OPEC_PLUS", "RUS", []),
                ("OPEC+", "OPEC_PLUS", None, []),
            ],
            id="full-name-and-allies-led-by",
        ),
        pytest.param(
            f"OPEC+, which groups the {_OPEC} and allies including Russia, cut output.",
            [
                ("OPEC+", "OPEC_PLUS", None, ["RUS"]),
                (f"the {_OPEC}", "OPEC", None, []),
                ("allies", "OPEC_PLUS", None, ["RUS"]),
            ],
            id="full-name-and-allies-including",
        ),
        pytest.param(
            f"The {_OPEC} and its allies agreed to raise output in May.",
            [(f"The {_OPEC}", "OPEC", None, []), ("its allies", "OPEC_PLUS", None, [])],
            id="full-name-and-its-allies",
        ),
        pytest.param(
            "OPEC and its allies agreed to raise output in May.",
            [("OPEC", "OPEC", None, []), ("its allies", "OPEC_PLUS", None, [])],
            id="guard-acronym-and-its-allies",
        ),
        pytest.param(
            "OPEC and allies led by Moscow will lift output in June.",
            [("OPEC", "OPEC", None, []), ("allies led by Moscow", "OPEC_PLUS", "RUS", [])],
            id="guard-acronym-and-allies",
        ),
        pytest.param(
            "Saudi Arabia and its allies in OPEC agreed to raise output.",
            [("Saudi Arabia and its allies", "OPEC", "SAU", ["SAU"]), ("OPEC", "OPEC", None, ["SAU"])],
            id="guard-state-and-its-allies",
        ),
    ],
)
def test_opec_and_allies_under_the_full_name_is_opec_plus(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kyiv received 3,000 interceptors through the drone coalition this spring.",
            [("the drone coalition", "DRONE_COALITION", None, [])],
            id="drone-coalition",
        ),
        pytest.param(
            "Berlin pledged four more launchers to the air-defence coalition on Tuesday.",
            [("the air-defence coalition", "AIR_DEFENCE_COALITION", None, [])],
            id="air-defence-coalition",
        ),
        pytest.param(
            "The demining coalition, led by Lithuania and Iceland, has trained 400 sappers.",
            [
                (
                    "The demining coalition, led by Lithuania and Iceland",
                    "DEMINING_COALITION",
                    "LTU",
                    ["LTU", "ISL"],
                )
            ],
            id="demining-coalition-led-by",
        ),
        pytest.param(
            "The Netherlands joined the Ukraine Defense Contact Group in 2022. Ministers of the artillery "
            "coalition met in Paris on Friday. The coalition pledged 200,000 shells.",
            [
                ("the Ukraine Defense Contact Group", "UDCG", None, ["NLD"]),
                ("the artillery coalition", "ARTILLERY_COALITION", None, []),
                ("The coalition", "ARTILLERY_COALITION", None, []),
            ],
            id="the-coalition-after-a-capability-coalition",
        ),
        pytest.param(
            "Sweden has joined the IT coalition and the maritime capability coalition.",
            [
                ("the IT coalition", "IT_COALITION", None, ["SWE"]),
                ("the maritime capability coalition", "MARITIME_CAPABILITY_COALITION", None, ["SWE"]),
            ],
            id="it-and-maritime-coalitions",
        ),
        pytest.param(
            "Austria and Switzerland joined the European Sky Shield Initiative last year.",
            [("the European Sky Shield Initiative", "ESSI", None, ["AUT", "CHE"])],
            id="sky-shield",
        ),
        pytest.param(
            "Gulf states discussed a regional air defence coalition against Iran.",
            [("a regional air defence coalition", None, None, [])],
            id="guard-a-regional-air-defence-coalition",
        ),
        pytest.param(
            "Pakistan joined a new Islamic military alliance.",
            [("a new Islamic military alliance", "IMCTC", None, ["PAK"])],
            id="guard-a-new-named-body",
        ),
    ],
)
def test_ukraine_s_capability_coalitions_are_known(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Britain will send 10,000 drones through the drone coalition it leads with Latvia.",
            [("the drone coalition", "DRONE_COALITION", "GBR", ["GBR", "LVA"])],
            id="it-leads-with",
        ),
        pytest.param(
            "Officials praised the IT coalition, which Estonia co-leads with Luxembourg.",
            [("the IT coalition", "IT_COALITION", None, ["EST", "LUX"])],
            id="which-x-co-leads-with",
        ),
        pytest.param(
            "Germany sent more launchers to the air-defence coalition, which it leads with France.",
            [("the air-defence coalition", "AIR_DEFENCE_COALITION", "DEU", ["DEU", "FRA"])],
            id="which-it-leads-with",
        ),
        pytest.param(
            "Britain will send 10,000 drones through the drone coalition with Latvia.",
            [("the drone coalition", "DRONE_COALITION", None, [])],
            id="guard-no-leading-verb",
        ),
    ],
)
def test_the_state_that_leads_it_with_another(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Defence ministers of the Squad, which groups Australia, Japan, the Philippines and the United "
            "States, met in Manila.",
            [("the Squad", "SQUAD", None, ["AUS", "JPN", "PHL", "USA"])],
            id="squad-with-members",
        ),
        pytest.param(
            "Japan and the Philippines will join Squad patrols in the South China Sea.",
            [("Squad", "SQUAD", None, [])],
            id="squad-beside-two-members",
        ),
        pytest.param(
            "Two members of the Squad in the House voted against the spending bill.",
            [],
            id="guard-squad-of-lawmakers",
        ),
        pytest.param(
            "Squad leader Sgt Tom Reyes said the unit held its ground near El Paso, Texas.",
            [],
            id="guard-squad-of-soldiers",
        ),
    ],
)
def test_the_squad_is_the_grouping_only_beside_its_members(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The US-Japan-Philippines trilateral met in Washington.",
            [("The US-Japan-Philippines trilateral", None, None, ["USA", "JPN", "PHL"])],
            id="trilateral-as-noun",
        ),
        pytest.param(
            "Officials from the US-Japan-Philippines trilateral said they would sail together.",
            [("the US-Japan-Philippines trilateral", None, None, ["USA", "JPN", "PHL"])],
            id="trilateral-before-verb",
        ),
        pytest.param("Seoul hosted the US-Japan-South Korea trilateral summit.", [], id="guard-summit"),
        pytest.param("The leaders held a trilateral meeting on Friday.", [], id="guard-trilateral-meeting"),
        pytest.param("The trilateral will meet again in June.", [], id="guard-no-states"),
    ],
)
def test_a_compound_of_states_before_trilateral_is_a_grouping(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected


def _polar(text: str) -> list[tuple[str, str, list[str]]]:
    """(text, polarity, member codes) of every coalition mention under a headline."""
    return [
        (c.text, c.polarity, [m.code or m.name for m in c.members])
        for c in analyze(f"Defence policy\n\n{text}").coalitions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam does not participate in military alliances, the minister said.",
            [("military alliances", "negated", [])],
            id="bare-plural-participate",
        ),
        pytest.param(
            "Laos does not join military alliances, its envoy said.",
            [("military alliances", "negated", [])],
            id="bare-plural-join",
        ),
        pytest.param(
            "Indonesia is not, and will not be, part of any military alliance, he said.",
            [("any military alliance", "negated", [])],
            id="negated-aside-before-any",
        ),
        pytest.param(
            "Nepal would not become part of any military or security alliance.",
            [("any military or security alliance", "negated", [])],
            id="any-a-or-b-alliance",
        ),
        pytest.param(
            "Both states joined military alliances after the war.",
            [("military alliances", "asserted", [])],
            id="guard-bare-plural-asserted",
        ),
        pytest.param(
            "Russia and China are forming a military and security alliance.",
            [("a military and security alliance", "asserted", ["RUS", "CHN"])],
            id="guard-a-and-b-alliance",
        ),
        pytest.param(
            "The Houthis, part of Iran's axis of resistance, fired missiles.",
            [("Iran's axis of resistance", "asserted", ["HOUTHIS"])],
            id="guard-apposed-member",
        ),
    ],
)
def test_a_refusal_denies_the_alliance_and_its_membership(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert _polar(text) == expected


def _texts(text: str) -> list[str]:
    """The text of every coalition mention under a headline."""
    return [c.text for c in analyze(f"Industry news\n\n{text}").coalitions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The contract went to Nordic Air Defence Alliance AS, a firm based in Oslo.", [], id="firm-as"
        ),
        pytest.param("Shares in Baltic Defence Alliance GmbH rose 4%.", [], id="firm-gmbh"),
        pytest.param(
            "The Defence Innovation Alliance, a lobbying group of about 90 start-ups, criticised the budget.",
            [],
            id="lobbying-group",
        ),
        pytest.param(
            "The Space Security Alliance, an industry association, met officials in Brussels.",
            [],
            id="industry-association",
        ),
        pytest.param(
            "Airbus and Safran formed an industrial alliance to build engines.", [], id="industrial"
        ),
        pytest.param("Tanks for Ukraine as Berlin coalition argues over budget", [], id="capital-coalition"),
        pytest.param("Likud and its coalition partners voted for the bill.", [], id="party-s-partners"),
        pytest.param(
            "France and Germany formed an industrial alliance on batteries.",
            ["an industrial alliance"],
            id="guard-industrial-alliance-of-states",
        ),
        pytest.param(
            "The US and its coalition partners struck Raqqa.",
            ["US and its coalition partners"],
            id="guard-state-s-partners",
        ),
        pytest.param(
            "The Riyadh-led coalition struck Sanaa.", ["The Riyadh-led coalition"], id="guard-capital-led"
        ),
        pytest.param(
            "The Atlantic alliance, a group of 32 countries, met.",
            ["The Atlantic alliance"],
            id="guard-group-of-countries",
        ),
    ],
)
def test_firms_lobbies_and_parties_are_no_coalitions(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kathmandu, which currently chairs SAARC, called a summit in March.",
            [("SAARC", "SAARC", None, ["NPL"])],
            id="which-chairs",
        ),
        pytest.param(
            "Nepal, as the current chair of SAARC, called a summit in March.",
            [("SAARC", "SAARC", None, ["NPL"])],
            id="as-the-chair-of",
        ),
        pytest.param(
            "Such a move would be a serious blow to the alliance between our two countries.",
            [("the alliance between our two countries", None, None, [])],
            id="between-our-two-countries",
        ),
        pytest.param(
            "Hungary is a valuable friend and ally of Turkey, the minister said.",
            [("ally of Turkey", None, None, ["TUR", "HUN"])],
            id="friend-and-ally",
        ),
        pytest.param(
            "The China-sceptic coalition, including Lithuania, Czechia and the Netherlands, opposed it.",
            [("The China-sceptic coalition", None, None, ["LTU", "CZE", "NLD"])],
            id="sceptic-compound",
        ),
        pytest.param(
            "Officials hope a EU-China deal can be signed this year.",
            [("EU", "EU", None, [])],
            id="eu-china-deal",
        ),
        pytest.param(
            "Laos, which holds the ASEAN chairmanship, hosted the summit.",
            [("the ASEAN", "ASEAN", None, ["LAO"])],
            id="guard-holds-the-chairmanship",
        ),
        pytest.param(
            "It was a blow to the alliance between Seoul and Washington.",
            [("the alliance between Seoul and Washington", None, None, ["KOR", "USA"])],
            id="guard-between-named-states",
        ),
        pytest.param(
            "Belarus is Moscow's closest ally.",
            [("Moscow's closest ally", None, None, ["RUS", "BLR"])],
            id="guard-possessed-ally",
        ),
        pytest.param(
            "The EU and China signed a deal.",
            [("The EU", "EU", None, [])],
            id="guard-eu-and-china",
        ),
    ],
)
def test_chairs_pairs_and_compounds_give_the_right_members(
    text: str, expected: list[tuple[str, str | None, str | None, list[str]]]
) -> None:
    assert _rows(text) == expected
