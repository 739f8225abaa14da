"""Coalition faults a fourth probe of invented articles found: bodies missing from the gazetteer, leader
and member cues, polarity scope, missed mentions and anaphora.

Every sentence here is written for this file in the style of wire news; none is copied from the
development set or from the probe articles.
"""

from __future__ import annotations

import pytest

from geoquote._coalitions import find_coalitions

from ._coalition_helpers import codes as _codes
from ._coalition_helpers import one_coalition as _one


@pytest.mark.parametrize(
    ("text", "surface", "cid", "members"),
    [
        pytest.param(
            "Leaders of the OTS, which unites Turkey, Azerbaijan and Uzbekistan, gathered in Baku.",
            "the OTS",
            "OTS",
            {"TUR", "AZE", "UZB"},
            id="turkic-states-by-acronym",
        ),
        pytest.param(
            "The M23 rebels are part of the AFC coalition that holds Goma.",
            "the AFC coalition",
            "AFC",
            {"M23"},
            id="afc-coalition",
        ),
        pytest.param(
            "Fighters of the Congo River Alliance entered Bukavu on Friday.",
            "the Congo River Alliance",
            "AFC",
            set(),
            id="congo-river-alliance-in-english",
        ),
        pytest.param(
            "Since October the Three Brotherhood Alliance, made up of the Arakan Army, the MNDAA and the"
            " TNLA, has seized a string of border posts.",
            "the Three Brotherhood Alliance",
            "THREE_BROTHERHOOD",
            {"ARAKAN_ARMY", "MNDAA", "TNLA"},
            id="brotherhood-alliance-and-its-groups",
        ),
        pytest.param(
            "The Weimar Triangle of Poland, France and Germany pledged more air defence.",
            "The Weimar Triangle of Poland, France and Germany",
            "WEIMAR_TRIANGLE",
            {"POL", "FRA", "DEU"},
            id="weimar-triangle-of-its-members",
        ),
        pytest.param(
            "The NB8 - Sweden, Norway, Finland, Denmark, Iceland, Estonia, Latvia and Lithuania - backed"
            " the plan.",
            "The NB8",
            "NB8",
            {"SWE", "NOR", "FIN", "DNK", "ISL", "EST", "LVA", "LTU"},
            id="nordic-baltic-eight-between-dashes",
        ),
    ],
)
def test_bodies_new_to_the_gazetteer(text: str, surface: str, cid: str, members: set[str]) -> None:
    """The Organization of Turkic States, the AFC, the Three Brotherhood Alliance, the Weimar Triangle and
    the Nordic-Baltic Eight are named bodies with their own ids; an alliance of armed groups is one too."""
    c = _one(text, surface)
    assert (c.id, _codes(c)[1]) == (cid, members)


def test_a_second_name_after_often_called() -> None:
    """'X, often called the Y group' names one body once."""
    text = "Defence chiefs of the Ukraine Defence Contact Group, also known as the Ramstein format, met."
    (c,) = find_coalitions(text)
    assert (c.text, c.id) == (
        "the Ukraine Defence Contact Group, also known as the Ramstein format",
        "UDCG",
    )


def test_a_name_in_brackets_and_quote_marks_then_an_apposition() -> None:
    """'X (“Y”), a coalition of ...' is one mention of X, the closing marks inside it."""
    text = "Jaish al-Fath (“Army of Conquest”), an alliance of Islamist factions, took Jisr al-Shughour."
    (c,) = find_coalitions(text)
    assert (c.id, c.text) == (
        "JAISH_AL_FATH",
        "Jaish al-Fath (“Army of Conquest”), an alliance of Islamist factions",
    )


@pytest.mark.parametrize(
    ("text", "surface", "members", "foes"),
    [
        pytest.param(
            "Russia's Africa Corps and Mali formed a coalition against the Islamic State Sahel Province.",
            "a coalition",
            {"AFRICA_CORPS", "MLI"},
            {"ISSP"},
            id="africa-corps-and-sahel-province",
        ),
        pytest.param(
            "Burundi and the Wazalendo militias built an alliance against the FDLR and the M23.",
            "an alliance",
            {"BDI", "WAZALENDO"},
            {"FDLR", "M23"},
            id="congo-militias-and-fdlr",
        ),
    ],
)
def test_armed_groups_new_to_the_gazetteer(
    text: str, surface: str, members: set[str], foes: set[str]
) -> None:
    """Africa Corps is its own id, not Wagner; the Sahel Province is not the Islamic State; the FDLR and
    the Wazalendo are known."""
    c = _one(text, surface)
    assert _codes(c)[1:] == (members, foes)


@pytest.mark.parametrize(
    ("text", "surface", "leader", "members"),
    [
        pytest.param(
            "The AES, chaired by Burkina Faso, closed its summit in Ouagadougou.",
            "The AES, chaired by Burkina Faso",
            None,  # a standing body's chair is a member's turn in office (docs/concepts.md)
            {"BFA"},
            id="chaired-by",
        ),
        pytest.param(
            "The alliance, co-chaired by France and Britain, will meet in Paris.",
            "The alliance, co-chaired by France and Britain",
            None,  # each co-chair is a member, none leads (docs/concepts.md)
            {"FRA", "GBR"},
            id="co-chaired-by-two",
        ),
        pytest.param(
            "The group of about 40 countries, chaired by Denmark, pledged more shells.",
            "The group of about 40 countries, chaired by Denmark",
            "DNK",
            set(),
            id="counted-group-chaired-by",
        ),
        pytest.param(
            "Kataib Hezbollah belongs to the Axis of Resistance, a loose web of militias led by Tehran.",
            "the Axis of Resistance, a loose web of militias led by Tehran",
            "IRN",
            {"KATAIB_HEZBOLLAH"},
            id="led-by-in-an-apposition-after-a-name",
        ),
        pytest.param(
            "The UAE, which once led an Arab coalition against the Houthis, pulled out its troops.",
            "an Arab coalition",
            "ARE",
            set(),
            id="which-once-led-a-coalition",
        ),
        pytest.param(
            "The coalition, under the leadership of Riyadh, struck targets near Marib.",
            "The coalition",
            "SAU",
            set(),
            id="under-the-leadership-of",
        ),
    ],
)
def test_leader_cues(text: str, surface: str, leader: str | None, members: set[str]) -> None:
    """'chaired by', 'led by' in an apposition after a name, 'X, which led a coalition' and
    'under the leadership of X' name the leader."""
    assert _codes(_one(text, surface))[:2] == (leader, members)


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "The SCO, under India's rotating chairmanship, agreed a joint statement.",
            "The SCO",
            {"IND"},
            id="under-a-rotating-chairmanship",
        ),
        pytest.param(
            "Trade ministers met under Paraguay's pro tempore presidency of the bloc, Mercosur said.",
            "the bloc",
            {"PRY"},
            id="presidency-of-the-bloc",
        ),
        pytest.param(
            "Laos holds the rotating chair of ASEAN until December.",
            "ASEAN",
            {"LAO"},
            id="holds-the-rotating-chair-of",
        ),
        pytest.param(
            "The EAC, whose chair in November passed to Kenya, met in Arusha.",
            "The EAC",
            {"KEN"},
            id="chair-passed-to",
        ),
    ],
)
def test_a_rotating_office_makes_a_member_not_a_leader(text: str, surface: str, members: set[str]) -> None:
    """A rotating presidency or chair is a member's turn in office: its holder is a member, and the body
    has no leader (as the annotated data treats a rotating chair and a summit's host)."""
    assert _codes(_one(text, surface))[:2] == (None, members)


@pytest.mark.parametrize(
    ("text", "surface", "polarity", "foes"),
    [
        pytest.param(
            "Rome denied taking part in any coalition against the Houthis.",
            "any coalition",
            "negated",
            {"HOUTHIS"},
            id="denied-taking-part-in-any",
        ),
        pytest.param(
            "Oman is not party to any alliance against Iran, its foreign minister said.",
            "any alliance",
            "negated",
            {"IRN"},
            id="not-party-to-any-keeps-the-target",
        ),
        pytest.param(
            'The envoy said the format "has never been an alliance against China."',
            "an alliance",
            "negated",
            set(),
            id="has-never-been",
        ),
        pytest.param(
            "Moscow rejected claims that the grouping was an anti-American bloc.",
            "an anti-American bloc",
            "negated",
            set(),
            id="rejected-claims-that-it-was",
        ),
        pytest.param(
            "Ministers said the talks would not create a separate bloc inside the union.",
            "a separate bloc",
            "negated",
            set(),
            id="would-not-create-a-separate-bloc",
        ),
        pytest.param(
            '"If the group ever turned into a military alliance, Brazil would leave it," he said.',
            "a military alliance",
            "hypothetical",
            set(),
            id="if-it-ever-turned-into",
        ),
        pytest.param(
            '"What we see looks like an alliance against Georgia," the minister said.',
            "an alliance",
            "hedged",
            {"GEO"},
            id="looks-like-an-alliance",
        ),
        pytest.param(
            '"There is no containment bloc in the Pacific," the envoy said.',
            "no containment bloc",
            "negated",
            set(),
            id="no-containment-bloc",
        ),
        pytest.param(
            '"Kabul does not need any foreign coalition to finish off the Taliban," he said.',
            "any foreign coalition",
            "negated",
            set(),
            id="any-foreign-coalition",
        ),
        pytest.param(
            'Orban called the plan "a war coalition that drags Europe into conflict."',
            "a war coalition",
            "asserted",
            set(),
            id="a-war-coalition",
        ),
    ],
)
def test_polarity_scope(text: str, surface: str, polarity: str, foes: set[str]) -> None:
    """Denials of taking part, 'has never been', 'rejected claims that X was', 'would not create', 'if it
    ever turned into', 'looks like'; a refused membership keeps the bloc's target, a denied bloc does not."""
    c = _one(text, surface)
    assert (c.polarity, _codes(c)[2]) == (polarity, foes)


def test_a_standing_body_before_an_operation_runs_it() -> None:
    """'was not a NATO operation' denies an operation NATO would run: no NATO mention, NATO its leader."""
    c = _one("Officials stressed that the patrols were not a NATO operation.", "a NATO operation")
    assert (c.id, c.polarity, _codes(c)[0]) == (None, "negated", "NATO")


@pytest.mark.parametrize(
    ("text", "surface", "polarity"),
    [
        pytest.param(
            '"The Quad is an Asian Nato," he said.', "an Asian Nato", "asserted", id="said-to-be-one"
        ),
        pytest.param(
            'Beijing warns of "Pacific NATO" as Manila hosts drills',
            '"Pacific NATO"',
            "hypothetical",
            id="headline-without-article",
        ),
    ],
)
def test_a_bloc_likened_to_a_body(text: str, surface: str, polarity: str) -> None:
    """'X is an Asian Nato' says X is one (the closing quote mark stays out); a quoted type in a headline
    is no mention of the body."""
    c = _one(text, surface)
    assert (c.id, c.polarity) == (None, polarity)


def test_a_clause_after_the_mention_names_no_member() -> None:
    """'..., India would walk out' after a mention is a clause of its own, not an apposition."""
    c = _one("Should the bloc become a military alliance, Turkey would quit.", "a military alliance")
    assert (c.polarity, _codes(c)[1]) == ("hypothetical", set())


def test_the_sahel_bloc() -> None:
    """'Sahel' is a modifier of a bloc's noun."""
    assert [c.text for c in find_coalitions("Togo may join the Sahel bloc next year.")] == ["the Sahel bloc"]


@pytest.mark.parametrize(
    ("text", "surface", "cid"),
    [
        pytest.param(
            "Britain and France hosted the coalition of the willing to plan a force for Ukraine.",
            "the coalition of the willing",
            "UKRAINE_COALITION_OF_THE_WILLING",
            id="coalition-of-the-willing-beside-ukraine",
        ),
        pytest.param(
            "Before the invasion of Iraq, Washington courted a coalition of the willing in Eastern Europe.",
            "a coalition of the willing",
            "US_LED_IRAQ_2003",
            id="coalition-of-the-willing-beside-iraq",
        ),
        pytest.param(
            "Defence chiefs from the coalition of the willing met again by video link.",
            "the coalition of the willing",
            "UKRAINE_COALITION_OF_THE_WILLING",
            id="coalition-of-the-willing-alone-is-the-latest",
        ),
        pytest.param(
            "Houthi officials said the Saudi-led alliance had bombed a market in Yemen's north.",
            "the Saudi-led alliance",
            "SAUDI_LED_YEMEN",
            id="leader-and-theatre",
        ),
        pytest.param(
            "US-led coalition hands over base to Syrian forces",
            "US-led coalition",
            "US_LED_ANTI_ISIS",
            id="leader-and-theatre-in-a-headline",
        ),
    ],
)
def test_known_coalitions_by_description_or_theatre(text: str, surface: str, cid: str) -> None:
    """A description two coalitions share takes the one whose theatre the text names (else the latest); a
    led mention with no target takes the one coalition of that leader acting in a state the sentence
    names."""
    assert _one(text, surface).id == cid


def test_a_leader_with_two_coalitions_in_one_theatre_names_none() -> None:
    """'the US-led coalition in Iraq' may be the 2003 invasion or the war on the Islamic State: no id."""
    assert _one("Troops of the US-led coalition in Iraq left Baghdad.", "the US-led coalition").id is None


def test_a_led_task_force() -> None:
    """'task force' is a led head like 'force'; the subject that joined it is a member."""
    c = _one("Greece joined the US-led task force off Yemen's coast.", "the US-led task force")
    assert _codes(c)[:2] == ("USA", {"GRC"})


def test_a_body_running_a_task_force_leads_it() -> None:
    """'an EU task force' is run by the EU; it is not the EU."""
    c = _one("An EU task force will escort grain ships.", "An EU task force")
    assert (c.id, _codes(c)[0]) == (None, "EU")


@pytest.mark.parametrize(
    ("text", "surface", "cid"),
    [
        pytest.param(
            "The Arab League met in Algiers, and the pan-Arab body urged a ceasefire.",
            "the pan-Arab body",
            "ARAB_LEAGUE",
            id="pan-arab-body",
        ),
        pytest.param(
            "Envoys of ECOWAS met in Abuja. The 12-member body gave the juntas a deadline.",
            "The 12-member body",
            "ECOWAS",
            id="counted-body",
        ),
        pytest.param(
            "The Arab League sent envoys to Khartoum, but the league has little leverage.",
            "the league",
            "ARAB_LEAGUE",
            id="the-league",
        ),
        pytest.param(
            "The Gulf Cooperation Council met in Kuwait. The Gulf council called for restraint.",
            "The Gulf council",
            "GCC",
            id="the-gulf-council",
        ),
    ],
)
def test_a_body_re_mentioned_by_a_noun_of_its_name(text: str, surface: str, cid: str) -> None:
    """'the league', 'the council' re-mention a body whose name holds the noun; 'the pan-Arab body' and
    'the 12-member body' any body named before."""
    assert _one(text, surface).id == cid


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The EU met in Brussels. Divers recovered the body of a sailor.", id="a-dead-body"),
        pytest.param("NATO met in Vilnius. The world body will vote on Friday.", id="the-world-body"),
        pytest.param("The AU met in Addis. The city council approved the budget.", id="a-city-council"),
    ],
)
def test_no_re_mention_by_a_noun_of_another_body(text: str) -> None:
    """A body without a modifier that makes it international, 'the world body' (the UN) and a council whose
    body's name holds no 'council' name nothing."""
    assert len(find_coalitions(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Myanmar junta loses second city as rebel alliance advances", id="headline-rebel-alliance"
        ),
        pytest.param("A jihadist alliance overran two army posts near the border.", id="a-jihadist-alliance"),
    ],
)
def test_an_alliance_of_armed_groups_without_parties(text: str) -> None:
    """An alliance its modifier calls armed ('rebel', 'jihadist') is in scope though it names no party."""
    assert len(find_coalitions(text)) == 1


def test_rebel_members_of_parliament_are_at_home() -> None:
    """'A rebel alliance of Tory MPs' is a party matter."""
    assert find_coalitions("A rebel alliance of Tory backbenchers defeated the bill.") == ()


def test_accused_of_leading_a_quoted_coalition() -> None:
    """'accused X of leading "a coalition of ..."': X leads it, and the accusation hedges it."""
    text = 'Kinshasa accused Kigali of leading "a coalition of mercenaries" in the east.'
    c = _one(text, "a coalition of mercenaries")
    assert (c.polarity, _codes(c)[0]) == ("hedged", "RWA")


def test_a_bloc_noun_then_its_one_word_name() -> None:
    """'the South American trade bloc Mercosur' is one mention, named."""
    (c,) = find_coalitions("The South American trade bloc Mercosur met in Asuncion.")
    assert (c.text, c.id) == ("The South American trade bloc Mercosur", "MERCOSUR")


@pytest.mark.parametrize(
    ("text", "surface", "members"),
    [
        pytest.param(
            "The SCO met in Astana; its members include Pakistan, India and Iran.",
            "The SCO",
            {"PAK", "IND", "IRN"},
            id="its-members-include-in-the-next-clause",
        ),
        pytest.param(
            "The bloc, first made up of Brazil and Russia, expanded last year to include Egypt and Iran.",
            "The bloc",
            {"BRA", "RUS", "EGY", "IRN"},
            id="expanded-with-a-date-to-include",
        ),
        pytest.param(
            "NATO formally admitted Sweden as its 32nd member.",
            "NATO",
            {"SWE"},
            id="formally-admitted",
        ),
        pytest.param(
            "The EAC force, made up of soldiers from Kenya, Uganda and Burundi, withdrew from Goma.",
            "The EAC force",
            {"KEN", "UGA", "BDI"},
            id="made-up-of-soldiers-from",
        ),
        pytest.param(
            "The axis includes Hamas, the Houthis and militias in Syria such as the Fatemiyoun.",
            "The axis",
            {"HAMAS", "HOUTHIS", "FATEMIYOUN"},
            id="examples-such-as-a-militia-in-syria",
        ),
        pytest.param(
            "The alliance includes Hezbollah, Hamas and factions in Iraq such as Kataib Hezbollah.",
            "The alliance",
            {"HEZBOLLAH", "HAMAS", "KATAIB_HEZBOLLAH"},
            id="nested-such-as-in-a-list",
        ),
        pytest.param(
            "The Houthis belong to the so-called Axis of Resistance, officials say.",
            "the so-called Axis of Resistance",
            {"HOUTHIS"},
            id="so-called-before-a-name",
        ),
        pytest.param(
            "Hamas is part of the so-called Axis of Resistance.",
            "the so-called Axis of Resistance",
            {"HAMAS"},
            id="part-of-the-so-called",
        ),
        pytest.param(
            "The talks were hosted by ECOWAS, and Senegal, an ECOWAS member, sent its foreign minister.",
            "ECOWAS member",
            {"SEN"},
            id="apposition-a-member",
        ),
        pytest.param(
            "Mercosur was set up in 1991, and Bolivia became a full member in 2024.",
            "Mercosur",
            {"BOL"},
            id="became-a-full-member-of-the-body-before",
        ),
        pytest.param(
            "Finland became NATO's 31st member in April.",
            "NATO",
            {"FIN"},
            id="became-the-bodys-nth-member",
        ),
        pytest.param(
            "Ukraine is set to become NATO's next member, its envoy said.",
            "NATO",
            set(),
            id="set-to-become-is-not-yet",
        ),
    ],
)
def test_member_cues(text: str, surface: str, members: set[str]) -> None:
    """'; its members include', 'expanded in 2024 to include', 'formally admitted', 'made up of troops from',
    'such as' nested in a list, 'so-called' before a name, 'X, an EAC member', 'X became a full member' of
    the body just named, 'X became NATO's 31st member' (not 'is set to become')."""
    assert _codes(_one(text, surface))[1] == members


def test_the_target_of_a_mission_is_no_member() -> None:
    """'condemned attacks by the Houthis, but stopped short of endorsing the US-led mission': the Houthis
    are not its members; 'but' opens a second predicate of the sentence's subject."""
    text = (
        "The Arab League condemned attacks on tankers by the Houthis, but stopped short of endorsing the"
        " US-led naval mission."
    )
    assert _codes(_one(text, "the US-led naval mission"))[1] == set()


def test_a_future_ordinal_is_no_count() -> None:
    """'set to become the bloc's eleventh member' gives no member count; 'became NATO's 32nd member' does."""
    text = "Timor-Leste, which is set to become the bloc's eleventh member, joined the ASEAN talks."
    assert _one(text, "the bloc").member_count is None
    assert _one("Sweden became NATO's 32nd member.", "NATO").member_count == 32


@pytest.mark.parametrize(
    ("text", "surface", "foes"),
    [
        pytest.param(
            "The Global Coalition against Daesh met in Rome.",
            "The Global Coalition against Daesh",
            {"ISIS"},
            id="target-inside-the-name",
        ),
        pytest.param(
            "The coalition, formed in 2014 to fight the group known as Daesh, has 87 members.",
            "The coalition",
            {"ISIS"},
            id="the-group-known-as",
        ),
        pytest.param(
            "The leaders of the AES agreed to field a joint force aimed at countering groups such as JNIM.",
            "a joint force",
            {"JNIM"},
            id="the-purpose-of-a-joint-force",
        ),
    ],
)
def test_adversary_cues(text: str, surface: str, foes: set[str]) -> None:
    """A target in a body's own name, 'to fight the group known as X', and the purpose of a joint force a
    body agreed to field."""
    assert _codes(_one(text, surface))[2] == foes


def test_the_group_known_as_is_no_anaphor() -> None:
    """'the group known as Daesh' names the target, not the coalition again."""
    text = "The coalition was formed to fight the group known as Daesh."
    assert [c.text for c in find_coalitions(text)] == ["The coalition"]


def test_a_joint_force_a_body_agreed_to_field() -> None:
    """The body that agreed to field a joint force leads it, and the force is planned, not there yet."""
    text = "The AES agreed to field a joint force against the jihadists."
    c = _one(text, "a joint force")
    assert (c.polarity, _codes(c)[0]) == ("hypothetical", "AES")


def test_an_unnamed_target_keeps_its_text() -> None:
    """A target the gazetteer cannot name ('the juntas') is kept with no code, as concepts.md says."""
    c = _one("Rwanda and Uganda formed an alliance against the juntas.", "an alliance")
    assert [(a.text, a.code) for a in c.adversaries] == [("juntas", None)]


@pytest.mark.xfail(
    strict=True, reason="ethnic components named by demonyms ('Kurdish and Arab militias') give no members"
)
def test_ethnic_components_of_a_non_state_alliance() -> None:
    """The SDF, 'an alliance of Kurdish and Arab militias', has the Kurds (and the Arabs) as members."""
    c = _one(
        "The SDF, an alliance of Kurdish and Arab militias, holds Raqqa.",
        "The SDF, an alliance of Kurdish and Arab militias",
    )
    assert "KURDS" in _codes(c)[1]


@pytest.mark.parametrize(
    ("text", "surface", "cid"),
    [
        pytest.param(
            "Leaders of the Alliance Fleuve Congo met in Goma, and the group said it would hold elections.",
            "the group",
            "AFC",
            id="the-group-after-an-alliance-of-armed-groups",
        ),
        pytest.param(
            "Mercosur and the EU closed their talks under Brazil's rotating presidency of the bloc.",
            "the bloc",
            "MERCOSUR",
            id="a-member-of-the-anaphor-picks-its-body",
        ),
        pytest.param(
            "Kazakhstan hosted the CSTO summit, though Yerevan has cooled on the Russian-led bloc.",
            "the Russian-led bloc",
            "CSTO",
            id="a-led-anaphor-of-a-standing-body-its-leader-belongs-to",
        ),
        pytest.param(
            "AUKUS ministers met in Canberra, and Beijing said the trilateral pact fuelled an arms race.",
            "the trilateral pact",
            "AUKUS",
            id="a-count-of-parties",
        ),
        pytest.param(
            "Georgia still hopes to join the EU, but at a summit of the Organization of Turkic States in"
            " Ankara the organisation pledged closer trade.",
            "the organisation",
            "OTS",
            id="the-organisation-after-the-turkic-states",
        ),
    ],
)
def test_anaphors_take_the_body_they_mean(text: str, surface: str, cid: str) -> None:
    """'the group' after an alliance of armed groups, 'the bloc' whose member the sentence names, 'the
    Russian-led bloc' after the CSTO, 'the trilateral pact' after AUKUS."""
    assert _one(text, surface).id == cid


def test_the_group_after_an_armed_group_named_since_is_that_group() -> None:
    """After the Arab League, 'the Houthis fired ... and the group's spokesman' speaks for the Houthis."""
    text = "After the Arab League met, the Houthis launched drones and the group's leader vowed more."
    assert [c.text for c in find_coalitions(text)] == ["the Arab League"]


def test_the_grouping_is_the_nearer_body() -> None:
    """'BRICS met ... speaking at the SCO, ... the grouping' is the SCO, the nearer body."""
    text = "BRICS met in Rio while Lavrov, speaking at the SCO, said the grouping was no military alliance."
    assert _one(text, "the grouping").id == "SCO"


def test_armed_groups_the_gazetteer_lacks_as_founders() -> None:
    """Named armed groups the gazetteer does not know that form an alliance are its members, with no code,
    and keep the alliance in scope."""
    c = _one("The Chin Brotherhood and the Karenni Army formed an alliance against the junta.", "an alliance")
    assert [(a.text, a.code) for a in c.members] == [("Chin Brotherhood", None), ("Karenni Army", None)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Farmers blocked roads in Madrid, Paris and Brussels on Monday.", [], id="a-list-of-places"
        ),
        pytest.param(
            "Trade talks between Washington and Brussels resumed.", ["Brussels"], id="between-two-seats"
        ),
    ],
)
def test_a_seat_in_a_list_of_places(text: str, found: list[str]) -> None:
    """'in Paris and Brussels' names cities; 'between Washington and Brussels' two governments."""
    assert [c.text for c in find_coalitions(text)] == found


@pytest.mark.xfail(strict=True, reason="a bare 'a coalition' with no actor of its own is dropped as domestic")
def test_a_coalition_built_by_the_addressees() -> None:
    """'You have built a coalition that Russia did not believe possible' in a Ukrainian leader's thanks to
    foreign ministers is an international coalition."""
    text = '"You have built a coalition that Moscow never thought possible," Zelensky told the ministers.'
    assert [c.text for c in find_coalitions(text)] == ["a coalition"]


def test_an_anaphor_with_its_chair_in_an_aside_still_takes_the_body() -> None:
    """'The confederation, chaired by Niger, ...' after the AES re-mentions the AES."""
    text = "The Alliance of Sahel States met in Bamako. The confederation, chaired by Niger, left the court."
    c = _one(text, "The confederation, chaired by Niger")
    assert (c.id, _codes(c)[0]) == ("AES", "NER")


def test_a_count_that_does_not_fit_a_standing_body() -> None:
    """'The 16-nation bloc' after the African Union (55 members) and the SADC (16) is the SADC."""
    text = (
        "The SADC sent troops to Congo, and the African Union backed them. The 16-nation bloc later"
        " ended the mission."
    )
    assert _one(text, "The 16-nation bloc").id == "SADC"


def test_a_bloc_is_no_alliance_of_armed_groups() -> None:
    """'the bloc' after the SADC and then the AFC is the SADC."""
    text = "The SADC met in Harare. The AFC seized Goma. The bloc ended its mission."
    assert _one(text, "The bloc").id == "SADC"


def test_a_quoted_sentence_opening_with_a_body_is_the_body() -> None:
    """'"The CSTO is not a club ..."': the opening quote mark and 'The' make no bloc likened to the CSTO."""
    text = '"The CSTO is not a club one leaves at will," the spokeswoman said.'
    assert next((c.text, c.id) for c in find_coalitions(text)) == ("The CSTO", "CSTO")


def test_the_coalition_is_no_format_of_talks() -> None:
    """'the coalition' after the coalition of the willing and then the Nordic-Baltic Eight (a format of
    talks) is the coalition of the willing; 'the alliance' after 'a NATO operation' is NATO."""
    text = (
        "Defence chiefs from the coalition of the willing met in Paris. The Nordic-Baltic Eight backed them."
        " Officials said the coalition was not a NATO operation and the alliance had no troops to send."
    )
    ids = {c.text: c.id for c in find_coalitions(text)}
    assert (ids["the coalition"], ids["the alliance"]) == ("UKRAINE_COALITION_OF_THE_WILLING", "NATO")


def test_a_dismissed_criticism_with_an_adjective() -> None:
    """'dismissed Western criticism that X was an anti-Western bloc' denies the bloc."""
    c = _one("He dismissed Western criticism that the SCO was an anti-Western bloc.", "an anti-Western bloc")
    assert (c.polarity, c.adversaries) == ("negated", ())
