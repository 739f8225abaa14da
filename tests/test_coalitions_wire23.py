"""Coalition mentions in Asia-Pacific, African and Middle East wire copy: a name refused for a body ("I
wouldn't call the Quad a military alliance") denies the bloc named, not the body it is refused for; a
sentence that opens on "Its members include" lists the members of the body named just before; a named
body followed by "led by X" is that body with its leader (it had been dropped as if it were "X-led"); and
a self-description ("describe themselves as part of") makes its subject a member.

Every sentence here is written for this file; none is copied from the development set.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import one_coalition


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            'Asked about the drills, the minister said: "I wouldn\'t call the Quad a military alliance."',
            "a military alliance",
            "negated",
            id="would-not-call",
        ),
        pytest.param(
            'Asked about the drills, the minister said: "I wouldn\'t call the Quad a military alliance."',
            "the Quad",
            "asserted",
            id="the-body-itself-stands",
        ),
        pytest.param(
            "Asked about the drills, the envoy said nobody should call the Manila talks a military alliance.",
            "a military alliance",
            "negated",
            id="nobody-should-call",
        ),
        pytest.param(
            "Asked about the drills, the envoy said she would call the talks in Manila a military alliance.",
            "a military alliance",
            "asserted",
            id="a-name-given-stands",
        ),
    ],
)
def test_a_name_refused_for_a_body_denies_the_bloc_named(text: str, surface: str, polarity: str) -> None:
    assert one_coalition(text, surface).polarity == polarity


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "The Alliance of Sahel States held its second summit in Niamey on Saturday. "
            "Its members include Mali, Burkina Faso and Niger, and Chad was invited to observe.",
            "The Alliance of Sahel States",
            ["MLI", "BFA", "NER"],
            id="its-members-include",
        ),
        pytest.param(
            "Ankara hosted a summit of the Organization of Turkic States on Friday. "
            "Its members are Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan.",
            "the Organization of Turkic States",
            ["AZE", "KAZ", "KGZ", "TUR", "UZB"],
            id="its-members-are",
        ),
        pytest.param(
            "The Bolivarian Alliance was founded by Venezuela and Cuba in 2004. "
            "Its members include Nicaragua, Bolivia and Dominica.",
            "The Bolivarian Alliance",
            ["VEN", "CUB", "NIC", "BOL", "DMA"],
            id="added-to-the-founders",
        ),
    ],
)
def test_the_next_sentence_lists_the_members(text: str, surface: str, members: list[str]) -> None:
    assert [a.code for a in one_coalition(text, surface).members] == members


def test_its_members_after_two_bodies_name_neither() -> None:
    text = "NATO leaders met the African Union in Addis Ababa on Monday. Its members include Chad and Niger."
    assert all(not c.members for c in find_coalitions(text))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param(
            "The Houthis are members of the Axis of Resistance led by Iran, officials in Sanaa said.",
            "the Axis of Resistance led by Iran",
            ("AXIS_OF_RESISTANCE", "IRN", ["HOUTHIS"]),
            id="a-named-body-led-by",
        ),
        pytest.param(
            "Analysts said the Quad led by the United States would meet again in Tokyo next spring.",
            "the Quad led by the United States",
            ("QUAD", "USA", []),
            id="an-acronym-led-by",
        ),
        pytest.param(
            "Officials recalled that NATO led the air campaign over Libya in 2011.",
            "NATO",
            ("NATO", None, []),
            id="a-body-that-led-something",
        ),
        pytest.param(
            "The Houthis describe themselves as members of the axis of resistance, officials in Sanaa said.",
            "the axis of resistance",
            ("AXIS_OF_RESISTANCE", None, ["HOUTHIS"]),
            id="describe-themselves-as-part-of",
        ),
        pytest.param(
            "Hezbollah considers itself a member of the Axis of Resistance, its leader said in a speech.",
            "the Axis of Resistance",
            ("AXIS_OF_RESISTANCE", None, ["HEZBOLLAH"]),
            id="considers-itself-part-of",
        ),
    ],
)
def test_named_bodies_with_led_by_and_self_descriptions(
    text: str, surface: str, expected: tuple[str, str | None, list[str]]
) -> None:
    c = one_coalition(text, surface)
    assert (c.id, c.leader.code if c.leader else None, [a.code for a in c.members]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "id_"),
    [
        pytest.param(
            "France said on Monday that the anti-ISIS coalition would keep troops in Syria next year.",
            "the anti-ISIS coalition",
            "US_LED_ANTI_ISIS",
            id="the-anti-isis-coalition",
        ),
        pytest.param(
            "Aid groups said the anti-Houthi coalition had kept up its air strikes in Yemen.",
            "the anti-Houthi coalition",
            "SAUDI_LED_YEMEN",
            id="the-anti-houthi-coalition",
        ),
        pytest.param(
            "France said that an anti-ISIS coalition of regional states should be formed in the Sahel.",
            "an anti-ISIS coalition of regional states",
            None,
            id="an-indefinite-one-is-new",
        ),
    ],
)
def test_the_coalition_against_a_known_foe_is_the_known_one(text: str, surface: str, id_: str | None) -> None:
    assert one_coalition(text, surface).id == id_


@pytest.mark.parametrize(
    "verb", ["have called for", "called for", "is pushing for", "pressed for", "lobbied for", "calls for"]
)
def test_a_bloc_called_for_is_hypothetical(verb: str) -> None:
    text = (
        f"Officials in Jerusalem {verb} a regional alliance of Israel, Saudi Arabia and the UAE against Iran."
    )
    c = one_coalition(text, "a regional alliance of Israel, Saudi Arabia and the UAE")
    assert (c.polarity, [a.code for a in c.members]) == ("hypothetical", ["ISR", "SAU", "ARE"])


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param(
            "Critics note that an informal gas OPEC, floated by Iran and Qatar years ago, never took shape.",
            "an informal gas OPEC",
            (None, "gas OPEC", "hypothetical"),
            id="a-commodity-cartel",
        ),
        pytest.param(
            'Critics say that an informal "gas OPEC", floated by Iran and Qatar years ago, never took shape.',
            'an informal "gas OPEC"',
            (None, "gas OPEC", "hypothetical"),
            id="quoted",
        ),
        pytest.param(
            "Analysts said Chile and Argentina were in effect a lithium OPEC already.",
            "a lithium OPEC",
            (None, "lithium OPEC", "asserted"),
            id="said-to-be-one",
        ),
        pytest.param(
            "Analysts said a stronger NATO would deter Moscow from testing the eastern flank.",
            "NATO",
            ("NATO", "North Atlantic Treaty Organization", "asserted"),
            id="an-adjective-of-the-body-itself",
        ),
    ],
)
def test_a_commodity_before_a_bodys_name_makes_a_bloc_like_it(
    text: str, surface: str, expected: tuple[str | None, str, str]
) -> None:
    c = one_coalition(text, surface)
    assert (c.id, c.label, c.polarity) == expected


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "Analysts describe a de facto alliance of Congo and Burundi against the rebels in the east.",
            "a de facto alliance of Congo and Burundi",
            ["COD", "BDI"],
            id="de-facto",
        ),
        pytest.param(
            "Analysts see a virtual alliance between Moscow and Tehran forming in the region.",
            "a virtual alliance between Moscow and Tehran",
            ["RUS", "IRN"],
            id="virtual",
        ),
    ],
)
def test_a_qualified_alliance_keeps_its_article_and_qualifier(
    text: str, surface: str, members: list[str]
) -> None:
    assert [a.code for a in one_coalition(text, surface).members] == members


def test_the_axis_after_the_axis_of_resistance_is_that_body() -> None:
    text = (
        "The Houthis describe themselves as members of the axis of resistance led by Iran. "
        "The axis, which also includes Hezbollah, has lost several commanders this year."
    )
    assert one_coalition(text, "The axis").id == "AXIS_OF_RESISTANCE"


def test_the_axis_after_another_body_is_not_that_body() -> None:
    text = "NATO held drills in the Baltic on Monday. The axis of Moscow and Minsk held drills of its own."
    assert one_coalition(text, "The axis of Moscow and Minsk").id is None


@pytest.mark.parametrize(
    ("text", "id_"),
    [
        pytest.param(
            "The US-led coalition said on Monday it would end its mission in Iraq by September next year.",
            "US_LED_ANTI_ISIS",
            id="today",
        ),
        pytest.param(
            "Officials recalled that the US-led coalition in Iraq had some 150,000 troops there in 2007.",
            "US_LED_IRAQ_2003",
            id="a-year-of-the-2003-war",
        ),
    ],
)
def test_a_led_coalition_in_a_theatre_is_dated_by_its_sentence(text: str, id_: str) -> None:
    (c,) = find_coalitions(text)
    assert c.id == id_


def test_a_led_coalition_named_again_keeps_its_id() -> None:
    text = (
        "The US-led coalition said on Monday it would end its mission in Iraq by September next year. "
        "Russia said it was not part of the US-led coalition and never would be."
    )
    assert [c.id for c in find_coalitions(text)] == ["US_LED_ANTI_ISIS", "US_LED_ANTI_ISIS"]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        pytest.param(
            "Officials noted that India is a member of both the SCO and BRICS, which gives it leverage.",
            {"the SCO": ["IND"], "BRICS": ["IND"]},
            id="a-member-of-both",
        ),
        pytest.param(
            "Officials noted that Saudi Arabia is a member of the GCC and OPEC, which gives it leverage.",
            {"the GCC": ["SAU"], "OPEC": ["SAU"]},
            id="a-member-of-two",
        ),
        pytest.param(
            "Officials in Helsinki noted that Finland joined NATO and the EU after long debates.",
            {"NATO": ["FIN"], "the EU": ["FIN"]},
            id="joined-two",
        ),
        pytest.param(
            "Officials said NATO and the EU would send observers, while Russia and China stayed away.",
            {"NATO": [], "the EU": []},
            id="two-subjects-have-no-members",
        ),
    ],
)
def test_two_bodies_joined_by_and_share_their_subjects_membership(
    text: str, members: dict[str, list[str]]
) -> None:
    got = {c.text: [a.code for a in c.members] for c in find_coalitions(text)}
    assert got == members


def test_two_bodies_joined_by_and_share_a_purpose_after_them() -> None:
    text = (
        "Beijing says Washington is building exclusive cliques such as AUKUS and the Quad to contain China."
    )
    assert {c.text: [a.code for a in c.adversaries] for c in find_coalitions(text)} == {
        "AUKUS": ["CHN"],
        "the Quad": ["CHN"],
    }


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            "Asked whether Moscow and Beijing were forming a military alliance, the envoy said nothing.",
            "a military alliance",
            "hypothetical",
            id="asked-whether-forming",
        ),
        pytest.param(
            "Analysts say Russia, China, Iran and North Korea form what some call an axis of upheaval.",
            "an axis of upheaval",
            "hedged",
            id="what-some-call",
        ),
        pytest.param(
            "The minister said a mutual defence pact among the three states is not on the table for now.",
            "a mutual defence pact",
            "negated",
            id="not-on-the-table",
        ),
        pytest.param(
            "Officials admit that the Visegrad Four no longer exists as a political bloc after the row.",
            "a political bloc",
            "negated",
            id="no-longer-exists-as",
        ),
        pytest.param(
            "Critics say the Houthis are part of what Tehran calls the Axis of Resistance, officials said.",
            "the Axis of Resistance",
            "asserted",
            id="a-named-body-others-call-so-stands",
        ),
    ],
)
def test_questions_names_given_and_denials_of_existence(text: str, surface: str, polarity: str) -> None:
    assert one_coalition(text, surface).polarity == polarity


def test_every_bloc_is_no_mention() -> None:
    assert find_coalitions("Not every bloc has grown since the war began, officials in Brussels noted.") == ()


def test_peninsula_shield_is_the_gcc_force() -> None:
    text = (
        "Bahrain asked for help in 2011, and Peninsula Shield, the GCC's joint force, sent troops to Manama."
    )
    c = one_coalition(text, "Peninsula Shield")
    assert (c.id, c.kind) == ("PENINSULA_SHIELD", "military")
