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
            "BFA",
            set(),
            id="chaired-by",
        ),
        pytest.param(
            "The alliance, co-chaired by France and Britain, will meet in Paris.",
            "The alliance, co-chaired by France and Britain",
            "FRA",
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
            set(),
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
def test_leader_cues(text: str, surface: str, leader: str, members: set[str]) -> None:
    """'chaired by', 'co-chaired by', 'led by' in an apposition after a name, 'X, which led a coalition' and
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
            "The EAC is led by a rotating chair, which in November passed to Kenya.",
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
