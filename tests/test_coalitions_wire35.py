"""Coalitions in the thirty-fifth session's copy: Asia-Pacific and Middle East groupings, Ukraine-support
formats, energy blocs, Sahel departures, members who leave or are suspended, and nested mentions.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote import analyze, find_actors

from ._coalition_helpers import PolarityRow, polarity_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Indonesia is one of the founding members of ASEAN.",
            [("ASEAN", "ASEAN", "asserted", None, ["IDN"])],
            id="one-of-the-founding-members-of",
        ),
        pytest.param(
            "Thailand was one of the original members of the bloc.",
            [("the bloc", None, "asserted", None, ["THA"])],
            id="one-of-the-original-members-of",
        ),
        pytest.param(
            "Brazil is one of the four founding members of Mercosur, the trade bloc.",
            [("Mercosur, the trade bloc", "MERCOSUR", "asserted", None, ["BRA"])],
            id="one-of-the-four-founding-members-of",
        ),
        pytest.param(
            "Indonesia is not one of the founding members of the Quad.",
            [("the Quad", "QUAD", "asserted", None, [])],
            id="guard-not-one-of-the-members",
        ),
        pytest.param(
            "Kenya is one of the fastest growing economies of the East African Community.",
            [("the East African Community", "EAC", "asserted", None, [])],
            id="guard-one-of-the-economies-of",
        ),
        pytest.param(
            "Australia is one of the members of the Quad.",
            [("the Quad", "QUAD", "asserted", None, ["AUS"])],
            id="guard-one-of-the-members-of",
        ),
    ],
)
def test_one_of_the_members_of_a_body(text: str, expected: list[PolarityRow]) -> None:
    """The subject of "is one of the (founding) members of" a body is a member, up to seven words on."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "NATO's eastern flank states Poland and Romania asked for more air defence.",
            [("NATO", "NATO", "asserted", None, ["POL", "ROU"])],
            id="body-s-flank-states",
        ),
        pytest.param(
            "The EU's member states Hungary and Slovakia blocked the sanctions package.",
            [("The EU", "EU", "asserted", None, ["HUN", "SVK"])],
            id="body-s-member-states",
        ),
        pytest.param(
            "ASEAN's founding members Indonesia, Malaysia and Thailand marked the anniversary in Bangkok.",
            [("ASEAN", "ASEAN", "asserted", None, ["IDN", "MYS", "THA"])],
            id="body-s-founding-members",
        ),
        pytest.param(
            "The alliance's Baltic members Estonia, Latvia and Lithuania want a permanent brigade.",
            [("The alliance", None, "asserted", None, ["EST", "LVA", "LTU"])],
            id="the-alliance-s-members",
        ),
        pytest.param(
            "NATO's Secretary General Tomas Varga visited Kyiv on Tuesday.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-body-s-officer",
        ),
        pytest.param(
            "NATO's members France and Germany's chancellor met in Vilnius.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-list-ending-in-a-possessor",
        ),
    ],
)
def test_members_possessed_by_a_body(text: str, expected: list[PolarityRow]) -> None:
    """A body's members, states or countries named right after its possessive are its members."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia's membership in the G8 was suspended in 2014 after the annexation of Crimea.",
            [("the G8", "G8", "asserted", None, [])],
            id="membership-was-suspended",
        ),
        pytest.param(
            "The summit voted for the suspension of Guinea's membership of ECOWAS.",
            [("ECOWAS", "ECOWAS", "asserted", None, [])],
            id="the-suspension-of-a-membership",
        ),
        pytest.param(
            "Leaders agreed on suspending Guinea's membership in ECOWAS until elections are held.",
            [("ECOWAS", "ECOWAS", "asserted", None, [])],
            id="suspending-a-membership",
        ),
        pytest.param(
            "Iran's membership of the SCO was approved at the Delhi summit.",
            [("the SCO", "SCO", "asserted", None, ["IRN"])],
            id="guard-membership-approved",
        ),
        pytest.param(
            "Armenia's membership of the CSTO has been frozen since the spring.",
            [("the CSTO", "CSTO", "asserted", None, ["ARM"])],
            id="guard-membership-frozen-by-the-member",
        ),
    ],
)
def test_a_membership_suspended(text: str, expected: list[PolarityRow]) -> None:
    """A possessor whose membership of a body was suspended, revoked or ended is no member of it."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan joined the United States and the Philippines in a trilateral alliance last year.",
            [("a trilateral alliance", None, "asserted", None, ["JPN", "USA", "PHL"])],
            id="joined-two-partners-in",
        ),
        pytest.param(
            "Britain joined France in the coalition of the willing.",
            [
                (
                    "the coalition of the willing",
                    "UKRAINE_COALITION_OF_THE_WILLING",
                    "asserted",
                    None,
                    ["GBR", "FRA"],
                )
            ],
            id="joined-one-partner-in",
        ),
        pytest.param(
            "Canada will join Australia in the AUKUS pact, officials said.",
            [("the AUKUS pact", "AUKUS", "asserted", None, [])],
            id="guard-a-joining-to-come",
        ),
        pytest.param(
            "Seoul has not joined Tokyo in the pact.",
            [],
            id="guard-a-joining-denied",
        ),
        pytest.param(
            "Poland joined Germany in NATO's call for restraint.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-in-the-body-s-call",
        ),
        pytest.param(
            "New Zealand joined Australia in condemning the alliance.",
            [("the alliance", None, "asserted", None, [])],
            id="joined-in-condemning-the-mention",
        ),
        pytest.param(
            "Japan joined the United States in opposing the bloc's expansion.",
            [("the bloc", None, "asserted", None, [])],
            id="guard-joined-in-opposing-the-bloc-s-plan",
        ),
        pytest.param(
            "Qatar joined the coalition in bombing the Islamic State.",
            [("the coalition", None, "asserted", None, ["QAT"])],
            id="guard-joined-the-mention-in-a-deed",
        ),
    ],
)
def test_joined_partners_in_a_coalition(text: str, expected: list[PolarityRow]) -> None:
    """The subject of "X joined A and B in" a coalition and the partners it joined are its members; joining A
    "in condemning" the coalition makes no one a member."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Oman and other states in the GCC urged calm after the strikes.",
            [("the GCC", "GCC", "asserted", None, ["OMN"])],
            id="and-other-states-in",
        ),
        pytest.param(
            "Hamas and the other armed groups of the axis of resistance rejected the plan.",
            [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["HAMAS"])],
            id="and-the-other-armed-groups-of",
        ),
        pytest.param(
            "Egypt and fellow members of the Arab League met in Cairo.",
            [("the Arab League", "ARAB_LEAGUE", "asserted", None, ["EGY"])],
            id="guard-and-fellow-members-of",
        ),
        pytest.param(
            "Iran and other countries in the region oppose the alliance.",
            [("the alliance", None, "asserted", None, [])],
            id="guard-other-countries-in-a-region",
        ),
        pytest.param(
            "Russia and other states in the SCO said the bloc was no alliance against the West.",
            [
                ("the SCO", "SCO", "asserted", None, ["RUS"]),
                ("the bloc", "SCO", "asserted", None, []),
                ("no alliance", None, "negated", None, []),
            ],
            id="guard-the-next-mention-keeps-its-own",
        ),
    ],
)
def test_one_and_other_members_of_a_body(text: str, expected: list[PolarityRow]) -> None:
    """The actor before "and (the) other <states, groups, militias> of/in" a body is one of its members."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(
            "Officials blamed Kata'ib Hizballah for the raid.",
            "KATAIB_HEZBOLLAH",
            id="state-department-spelling",
        ),
        pytest.param("Harakat al-Nujaba fired rockets at the base.", "NUJABA", id="nujaba"),
        pytest.param(
            "Harakat Hezbollah al-Nujaba fired rockets at the base.", "NUJABA", id="nujaba-full-name"
        ),
        pytest.param(
            "Kataib Sayyid al-Shuhada denied any part in the raid.", "KATAIB_SAYYID_AL_SHUHADA", id="kss"
        ),
        pytest.param("Asa'ib Ahl al-Haq won seats in the vote.", "ASAIB_AHL_AL_HAQ", id="aah"),
    ],
)
def test_iraqi_militias_are_armed_groups(text: str, code: str) -> None:
    """The Iran-backed Iraqi militias are known armed groups under the names news copy gives them."""
    assert [(a.code, a.type) for a in find_actors(text)] == [(code, "armed_group")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kataib Hezbollah and other Iraqi militias of the axis of resistance were hit by US strikes.",
            [("the axis of resistance", "AXIS_OF_RESISTANCE", "asserted", None, ["KATAIB_HEZBOLLAH"])],
            id="an-iraqi-militia-and-other-militias-of-the-axis",
        ),
        pytest.param(
            "Asaib Ahl al-Haq and Harakat al-Nujaba, two members of Iran's axis of resistance, hit back.",
            [
                (
                    "Iran's axis of resistance",
                    "AXIS_OF_RESISTANCE",
                    "asserted",
                    "IRN",
                    ["ASAIB_AHL_AL_HAQ", "NUJABA"],
                )
            ],
            id="two-members-of-the-axis",
        ),
        pytest.param(
            "The Islamic Resistance in Iraq, which includes Kataib Sayyid al-Shuhada, vowed more attacks.",
            [
                (
                    "The Islamic Resistance in Iraq",
                    "ISLAMIC_RESISTANCE_IN_IRAQ",
                    "asserted",
                    None,
                    ["KATAIB_SAYYID_AL_SHUHADA"],
                )
            ],
            id="the-umbrella-includes",
        ),
    ],
)
def test_iraqi_militias_in_the_axis(text: str, expected: list[PolarityRow]) -> None:
    """The Iraqi militias are members of the axis of resistance and of the Islamic Resistance in Iraq."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kataib Hezbollah, part of the Islamic Resistance in Iraq, claimed the drone attack.",
            [
                (
                    "the Islamic Resistance in Iraq",
                    "ISLAMIC_RESISTANCE_IN_IRAQ",
                    "asserted",
                    None,
                    ["KATAIB_HEZBOLLAH"],
                )
            ],
            id="claimed-the-attack",
        ),
        pytest.param(
            "The Islamic Resistance in Iraq, an alliance of militias, claimed responsibility for the strike.",
            [
                (
                    "The Islamic Resistance in Iraq, an alliance of militias",
                    "ISLAMIC_RESISTANCE_IN_IRAQ",
                    "asserted",
                    None,
                    [],
                )
            ],
            id="claimed-responsibility",
        ),
        pytest.param(
            "A new military alliance is forming, claimed a report in the Tehran press.",
            [("A new military alliance", None, "hedged", None, [])],
            id="guard-claimed-a-report",
        ),
        pytest.param(
            "The bloc, a report claimed, will expand next year.",
            [("The bloc", None, "hedged", None, [])],
            id="guard-a-report-claimed",
        ),
    ],
)
def test_a_deed_claimed_is_no_hedge(text: str, expected: list[PolarityRow]) -> None:
    """A group that "claimed" an attack or responsibility after the mention does not hedge the alignment."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trade ministers of the Indo-Pacific Economic Framework met in Singapore on Tuesday.",
            [("the Indo-Pacific Economic Framework", "IPEF", "asserted", None, [])],
            id="ipef",
        ),
        pytest.param(
            "Foreign ministers of the Negev Forum agreed to meet again in Rabat.",
            [("the Negev Forum", "NEGEV_FORUM", "asserted", None, [])],
            id="negev-forum",
        ),
        pytest.param(
            "Coast guards of the JAPHUS partners held their first joint drill off Luzon.",
            [("the JAPHUS", "JAPHUS", "asserted", None, [])],
            id="japhus",
        ),
        pytest.param(
            "Partners in the Blue Pacific pledged money for Tonga's undersea cable.",
            [("Partners in the Blue Pacific", "PBP", "asserted", None, [])],
            id="partners-in-the-blue-pacific",
        ),
        pytest.param(
            "The Lublin Triangle met in Vilnius to discuss grain exports.",
            [("The Lublin Triangle", "LUBLIN_TRIANGLE", "asserted", None, [])],
            id="lublin-triangle",
        ),
        pytest.param(
            "Leaders of the Three Seas Initiative gathered in Warsaw for their summit.",
            [("the Three Seas Initiative", "THREE_SEAS", "asserted", None, [])],
            id="three-seas-initiative",
        ),
        pytest.param(
            'Lawmakers revived talk of a "Middle East Air Defence Alliance" on Monday.',
            [('a "Middle East Air Defence Alliance"', None, "hypothetical", None, [])],
            id="guard-a-proposed-alliance-stays-unknown",
        ),
    ],
)
def test_asia_pacific_and_middle_east_formats_by_name(text: str, expected: list[PolarityRow]) -> None:
    """Formats of the Indo-Pacific, the Middle East and Central Europe are known bodies by their names."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "foes"),
    [
        pytest.param(
            "The US-led naval coalition in the Red Sea was set up to protect shipping from Houthi attacks.",
            {"HOUTHIS"},
            id="protect-shipping-from-group-attacks",
        ),
        pytest.param(
            "A French-led naval mission, Aspides, shields cargo ships from Houthi drones.",
            {"HOUTHIS"},
            id="shields-from-group-drones",
        ),
        pytest.param(
            "The coalition will shield Ukrainian cities from Russia's missiles.",
            {"RUS"},
            id="from-a-state-s-missiles",
        ),
        pytest.param(
            "The alliance vowed to protect the Baltic states from Russia.",
            {"RUS"},
            id="from-a-state-at-the-clause-end",
        ),
        pytest.param(
            "The coalition will protect Ukraine from further Russian aggression.",
            {"RUS"},
            id="from-further-demonym-aggression",
        ),
        pytest.param(
            "The coalition protected refugees from Syria and Iraq.",
            set(),
            id="guard-people-from-a-place",
        ),
        pytest.param(
            "The bloc wants to protect farmers from Brazil's cheap beef imports.",
            set(),
            id="guard-from-a-state-s-goods",
        ),
    ],
)
def test_what_a_coalition_protects_from(text: str, foes: set[str]) -> None:
    """What a coalition protects something from (an armed group, a state before a noun of threat) is its
    adversary; people or goods from a place are not."""
    [c] = analyze(f"World news\n\n{text}").coalitions
    assert {a.code for a in c.adversaries} == foes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Former ECOWAS members Mali, Burkina Faso and Niger set up a joint force.",
            [
                ("Former ECOWAS members", "ECOWAS", "asserted", None, []),
                ("a joint force", None, "asserted", None, ["MLI", "BFA", "NER"]),
            ],
            id="former-body-members-and-a-list",
        ),
        pytest.param(
            "Ex-OPEC members Qatar and Angola attended the talks as guests.",
            [("OPEC members", "OPEC", "asserted", None, [])],
            id="ex-body-members",
        ),
        pytest.param(
            "Mali and Niger, former ECOWAS members, signed a grain deal.",
            [("former ECOWAS members", "ECOWAS", "asserted", None, [])],
            id="apposed-former-body-members",
        ),
        pytest.param(
            "Former Soviet states Armenia and Kazakhstan are CSTO members.",
            [("CSTO members", "CSTO", "asserted", None, ["ARM", "KAZ"])],
            id="guard-former-qualifies-another-word",
        ),
        pytest.param(
            "Mali and Niger, fellow AES members, signed a grain deal.",
            [("fellow AES members", "AES", "asserted", None, ["NER", "MLI"])],
            id="guard-fellow-body-members",
        ),
    ],
)
def test_former_members_of_a_body(text: str, expected: list[PolarityRow]) -> None:
    """A body's "former" or "ex-" members, as a mention of them, are no members of it now."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        pytest.param(
            "A coalition against the Houthis, led by the US, patrolled the Red Sea.", "USA", id="group-foe"
        ),
        pytest.param(
            "A coalition against Russia, led by Britain, was formed in London.", "GBR", id="state-foe"
        ),
        pytest.param(
            "An alliance to counter the Islamic State, headed by Washington, was formed in 2014.",
            "USA",
            id="to-counter-then-headed-by-a-capital",
        ),
        pytest.param(
            "An alliance against the West, led by the United States, is a fantasy.",
            None,
            id="guard-a-camp-led-itself",
        ),
        pytest.param(
            "A coalition against the Houthis, led by Abdul-Malik al-Houthi, fought on.",
            None,
            id="guard-a-person-leads-the-foe",
        ),
    ],
)
def test_led_by_after_the_target(text: str, leader: str | None) -> None:
    """A state or body "led by" after the mention's target and a comma leads the mention."""
    [c] = analyze(f"World news\n\n{text}").coalitions
    assert (c.leader.code if c.leader else None) == leader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Poland, a frontline NATO state, hosts thousands of US troops.",
            [("NATO", "NATO", "asserted", None, ["POL"])],
            id="a-frontline-body-state",
        ),
        pytest.param(
            "Finland, the newest NATO country, shares a long border with Russia.",
            [("NATO", "NATO", "asserted", None, ["FIN"])],
            id="the-newest-body-country",
        ),
        pytest.param(
            "Brunei, a small ASEAN nation, hosted the talks.",
            [("ASEAN", "ASEAN", "asserted", None, ["BRN"])],
            id="a-small-body-nation",
        ),
        pytest.param(
            "Georgia, a would-be NATO state, held elections on Saturday.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-a-would-be-body-state",
        ),
        pytest.param(
            "Japan, a close NATO partner, sent observers.",
            [("NATO", "NATO", "asserted", None, [])],
            id="guard-a-body-partner",
        ),
    ],
)
def test_a_state_apposed_as_a_body_s_state(text: str, expected: list[PolarityRow]) -> None:
    """A state apposed as "a <word or two> <body> state/country/nation" is a member of the body."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The airline alliance Oneworld added Fiji Airways.", [], id="airline-alliance"),
        pytest.param(
            "The football alliance of Spain, Portugal and Morocco will host the World Cup.",
            [],
            id="football-alliance",
        ),
        pytest.param(
            "A carmaker coalition of Japanese and Korean firms lobbied Washington.",
            [],
            id="guard-carmaker-coalition-of-firms",
        ),
        pytest.param(
            "The oil alliance led by Saudi Arabia will meet on Sunday.",
            [("The oil alliance led by Saudi Arabia", None, "asserted", "SAU", [])],
            id="guard-an-oil-alliance-of-states",
        ),
    ],
)
def test_alliances_of_an_industry_or_a_sport(text: str, expected: list[PolarityRow]) -> None:
    """An alliance or coalition whose noun phrase ends at an industry's or a sport's noun is no bloc."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The tank coalition delivered more Leopard tanks to Kyiv.",
            [("The tank coalition", "TANK_COALITION", "asserted", None, [])],
            id="the-tank-coalition",
        ),
        pytest.param(
            "Officials of the Leopard coalition met in Berlin.",
            [("the Leopard coalition", "TANK_COALITION", "asserted", None, [])],
            id="the-leopard-coalition",
        ),
        pytest.param(
            "The air force coalition met in Brussels on Thursday.",
            [("The air force coalition", "AIR_FORCE_CAPABILITY_COALITION", "asserted", None, [])],
            id="the-air-force-coalition",
        ),
        pytest.param(
            "A think tank coalition urged the talks to resume.", [], id="guard-think-tank-coalition"
        ),
    ],
)
def test_ukraine_capability_coalitions_by_name(text: str, expected: list[PolarityRow]) -> None:
    """The tank and air force coalitions that arm Ukraine are known bodies by their short names."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "The coalition, led by the Netherlands, trains Ukrainian pilots.",
            "The coalition, led by the Netherlands",
            id="led-by-then-a-verb-and-a-demonym",
        ),
        pytest.param(
            "The coalition, led by France, sent Ukrainian pilots home.",
            "The coalition, led by France",
            id="led-by-then-a-past-verb-and-a-demonym",
        ),
        pytest.param(
            "The alliance of Russia, Iran, Syrian government forces and Hezbollah fought on.",
            "The alliance of Russia, Iran, Syrian government forces and Hezbollah",
            id="guard-a-demonym-item-of-the-list",
        ),
    ],
)
def test_a_list_ends_before_a_verb_and_a_demonym(text: str, surface: str) -> None:
    """A comma and a verb before a demonym end an actor list: the demonym qualifies the verb's object."""
    [c] = analyze(f"World news\n\n{text}").coalitions
    assert c.text == surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia, which leads the non-OPEC producers in the group, backed the cut.",
            [("the non-OPEC", "OPEC", "asserted", None, []), ("the group", "OPEC", "asserted", None, [])],
            id="leads-the-non-body-producers",
        ),
        pytest.param(
            "Ukraine, a non-NATO country, wants guarantees.",
            [("a non-NATO", "NATO", "asserted", None, [])],
            id="guard-a-non-body-country",
        ),
    ],
)
def test_a_non_body_mention_has_no_leader(text: str, expected: list[PolarityRow]) -> None:
    """A state that leads "the non-OPEC producers" leads no part of OPEC: the mention keeps no leader."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brazil joined OPEC+ as an observer this year.",
            [("OPEC+", "OPEC_PLUS", "asserted", None, [])],
            id="joined-as-an-observer",
        ),
        pytest.param(
            "Indonesia joined BRICS as a partner country in January.",
            [("BRICS", "BRICS", "asserted", None, [])],
            id="joined-as-a-partner-country",
        ),
        pytest.param(
            "Turkey joined the SCO in 2013 as a dialogue partner.",
            [("the SCO", "SCO", "asserted", None, [])],
            id="joined-in-a-year-as-a-dialogue-partner",
        ),
        pytest.param(
            "Finland joined NATO as its 31st member.",
            [("NATO", "NATO", "asserted", None, ["FIN"])],
            id="guard-joined-as-its-member",
        ),
    ],
)
def test_joined_as_an_observer_or_partner(text: str, expected: list[PolarityRow]) -> None:
    """A state that joined a body "as an observer", "a (dialogue) partner" or "a guest" is no member."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Analysts say AUKUS could expand to include Japan.",
            [("AUKUS", "AUKUS", "asserted", None, [])],
            id="known-body-could-expand-to-include",
        ),
        pytest.param(
            "NATO will include Sweden once Hungary ratifies.",
            [("NATO", "NATO", "asserted", None, [])],
            id="known-body-will-include",
        ),
        pytest.param(
            "The bloc may grow to include Laos and Myanmar.",
            [("The bloc", None, "asserted", None, [])],
            id="the-bloc-may-grow-to-include",
        ),
        pytest.param(
            "The Quad, which includes Japan and India, met in Tokyo.",
            [("The Quad", "QUAD", "asserted", None, ["JPN", "IND"])],
            id="guard-includes-now",
        ),
        pytest.param(
            "The coalition would include Britain, France and Turkey.",
            [("The coalition", None, "asserted", None, ["GBR", "FRA", "TUR"])],
            id="guard-a-planned-coalition-would-include",
        ),
    ],
)
def test_members_still_to_come(text: str, expected: list[PolarityRow]) -> None:
    """States a known body "could expand to include" or "will include" are no members of it yet."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seoul and Tokyo are US treaty allies.",
            [("US treaty allies", None, "asserted", "USA", ["USA", "KOR", "JPN"])],
            id="subjects-are-an-anchor-s-treaty-allies",
        ),
        pytest.param(
            "Japan and Australia are close US allies in the Pacific.",
            [("close US allies", None, "asserted", "USA", ["USA", "JPN", "AUS"])],
            id="subjects-are-close-anchor-allies",
        ),
        pytest.param(
            "Poland and Romania are NATO allies.",
            [("NATO allies", "NATO", "asserted", None, ["POL", "ROU"])],
            id="guard-body-allies",
        ),
    ],
)
def test_subjects_predicated_as_a_state_s_allies(text: str, expected: list[PolarityRow]) -> None:
    """The subjects of "are US (treaty) allies" are allies in the anchor's network, as its members."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "The five founding members of ASEAN signed the Bangkok Declaration in 1967.",
            None,
            id="founders-of-asean",
        ),
        pytest.param(
            "Indonesia is one of the five founding members of ASEAN.", None, id="one-of-the-five-founders"
        ),
        pytest.param(
            "The six founding members of the GCC met in Riyadh.", 6, id="guard-founders-who-are-all"
        ),
        pytest.param("The 22 members of the Arab League met in Cairo.", 22, id="guard-members"),
    ],
)
def test_a_count_of_founders(text: str, count: int | None) -> None:
    """A count of a body's founding members is its member count only when the data's membership agrees."""
    [c] = analyze(f"World news\n\n{text}").coalitions
    assert c.member_count == count


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        pytest.param(
            "Niger's junta, which leads the Sahel confederation, expelled French troops.",
            "NER",
            id="a-state-s-junta-which-leads",
        ),
        pytest.param(
            "Mali's military government leads the new alliance.", "MLI", id="a-state-s-government-leads"
        ),
        pytest.param(
            "Burkina Faso, which quit the G5 Sahel force in 2022, now heads the new alliance.",
            "BFA",
            id="a-state-then-a-relative-clause-now-heads",
        ),
        pytest.param(
            "France, Germany and Poland, which lead the Weimar Triangle, met in Paris.",
            None,
            id="guard-three-states-lead-no-one-leader",
        ),
    ],
)
def test_a_predicate_leader_past_a_possessive_or_an_aside(text: str, leader: str | None) -> None:
    """The state whose junta or government "leads" a bloc, or that "now leads" it after an aside, leads it."""
    found = [c for c in analyze(f"World news\n\n{text}").coalitions if "Sahel force" not in c.text]
    assert [c.leader.code if c.leader else None for c in found] == [leader]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Houthis and Hezbollah, Tehran's allies, have vowed to fight on.",
            [("Tehran's allies", None, "asserted", "IRN", ["IRN", "HOUTHIS", "HEZBOLLAH"])],
            id="a-list-apposed-to-a-capital-s-allies",
        ),
        pytest.param(
            "Japan and South Korea, Washington's main allies in Asia, met in Seoul.",
            [("Washington's main allies", None, "asserted", "USA", ["USA", "JPN", "KOR"])],
            id="a-list-apposed-to-main-allies",
        ),
        pytest.param(
            "Hamas and Hezbollah, both Iranian allies, rejected the plan.",
            [("Iranian allies", None, "asserted", "IRN", ["IRN", "HAMAS", "HEZBOLLAH"])],
            id="both-demonym-allies",
        ),
        pytest.param(
            "Belarus, Moscow's closest ally, hosts Russian nuclear weapons.",
            [("Moscow's closest ally", None, "asserted", None, ["RUS", "BLR"])],
            id="guard-one-state-apposed-to-an-ally",
        ),
    ],
)
def test_a_list_apposed_to_a_state_s_allies(text: str, expected: list[PolarityRow]) -> None:
    """The actors a plural "X's allies" is apposed to are, with X, members of X's ally network."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Abraham Accords states, including the UAE, Bahrain and Morocco, kept ties with Israel.",
            [("The Abraham Accords states", "ABRAHAM_ACCORDS", "asserted", None, ["ARE", "BHR", "MAR"])],
            id="abraham-accords-states-including",
        ),
        pytest.param(
            "Morocco joined the Abraham Accords in December 2020.",
            [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, ["MAR"])],
            id="joined-the-abraham-accords",
        ),
        pytest.param(
            "Saudi Arabia and Israel are not yet part of the Abraham Accords, but talks continue.",
            [("the Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, [])],
            id="not-yet-part-of-names-no-member",
        ),
    ],
)
def test_the_abraham_accords_states(text: str, expected: list[PolarityRow]) -> None:
    """The states of the Abraham Accords are one known alignment (Israel, the UAE, Bahrain, Morocco ...)."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam has refused to join any alliance, officials in Hanoi say.",
            [("any alliance", None, "negated", None, [])],
            id="refused-to-join-any",
        ),
        pytest.param(
            "India has long declined to join military alliances, preferring strategic autonomy.",
            [("military alliances", None, "negated", None, [])],
            id="declined-to-join-bare-plural",
        ),
        pytest.param(
            "Hanoi refuses to join the Quad.",
            [("the Quad", "QUAD", "asserted", None, [])],
            id="guard-refuses-to-join-a-known-body",
        ),
    ],
)
def test_refused_to_join_an_indefinite_bloc(text: str, expected: list[PolarityRow]) -> None:
    """Refusing or declining to join "any alliance" denies the alignment, as "will not join any bloc" does."""
    assert polarity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("In Asia, Washington's allies are nervous.", ["USA"], id="fronted-continent"),
        pytest.param("In Southeast Asia, Washington warned Beijing.", ["USA", "CHN"], id="fronted-region"),
        pytest.param(
            "The firm is based in Seattle, Washington and employs 300.", [], id="guard-city-and-state"
        ),
        pytest.param("Spokane, Washington is a city.", [], id="guard-city-and-state-opening"),
    ],
)
def test_a_capital_after_a_fronted_region(text: str, codes: list[str]) -> None:
    """A capital after a fronted continent or region and a comma is the capital, not a state after a city."""
    assert [a.code for a in find_actors(text)] == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Chinese-led Shanghai grouping held its summit in Astana.",
            [("The Chinese-led Shanghai grouping", "SCO", "asserted", "CHN", [])],
            id="led-grouping-named-by-its-city",
        ),
        pytest.param(
            "The bloc now has 11 members after Indonesia joined in January.",
            [("The bloc", None, "asserted", None, ["IDN"])],
            id="joined-after-the-mention-with-no-object",
        ),
        pytest.param(
            "The US-led shipping coalition in the Red Sea began patrols.",
            [("The US-led shipping coalition", None, "asserted", "USA", [])],
            id="led-shipping-coalition",
        ),
        pytest.param(
            "Under AUKUS, Britain and the United States will help Australia build nuclear submarines.",
            [("AUKUS", "AUKUS", "asserted", None, ["GBR", "USA", "AUS"])],
            id="under-a-pact-the-clause-s-parties",
        ),
    ],
)
def test_known_failures(text: str, expected: list[PolarityRow]) -> None:
    """Readings found wrong in this session's copy and left as they are."""
    assert polarity_rows(text) == expected
