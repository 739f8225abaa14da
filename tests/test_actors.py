"""The actor gazetteer: every state, governments, organisations, coalitions and armed groups in news text.

The sentences below are written for these tests in the style of wire copy; none is taken from a data set.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from geoquote._actors import ActorEntry, Gazetteer, default_gazetteer, find_actors
from geoquote.errors import GeoquoteError

Row = tuple[str, list[tuple[str, str | None, str]]]


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(surface, code, type) of every actor in ``text``."""
    return [(a.text, a.code, a.type) for a in find_actors(text)]


# (text, expected [(surface, code, type)])
CASES = [
    pytest.param(
        "The 'Russian' coalition (the RF, the Syrian authorities, the Iraqi government, Iran) fights"
        " Daesh (ISIS).",
        [
            ("Russian", "RUS", "state"),
            ("the RF", "RUS", "state"),
            ("the Syrian authorities", "SYR", "government"),
            ("the Iraqi government", "IRQ", "government"),
            ("Iran", "IRN", "state"),
            ("Daesh", "ISIS", "armed_group"),
            ("ISIS", "ISIS", "armed_group"),
        ],
        id="member-list-with-governments",
    ),
    pytest.param("Let us know what you think of it.", [], id="lowercase-us-is-a-pronoun"),
    pytest.param("Michael Jordan said the game was over.", [], id="given-name-blocks-jordan"),
    pytest.param(
        "Jordan said it would host the talks in Amman.",
        [("Jordan", "JOR", "state"), ("Amman", "JOR", "government")],
        id="jordan-at-sentence-start",
    ),
    pytest.param("In Jordan, refugees waited.", [("Jordan", "JOR", "state")], id="function-word-before"),
    pytest.param(
        "IS fighters retreated while the ISIS leadership fled.",
        [("IS", "ISIS", "armed_group"), ("ISIS", "ISIS", "armed_group")],
        id="is-and-isis",
    ),
    pytest.param("THIS IS WHAT WE WANT, the crowd chanted.", [], id="is-in-shouted-text"),
    pytest.param(
        "The U.S.-led coalition and the Saudi-led alliance both struck.",
        [("U.S.", "USA", "state"), ("Saudi", "SAU", "state")],
        id="led-compounds",
    ),
    pytest.param(
        "Turkey's foreign minister met his Russian counterpart.",
        [("Turkey", "TUR", "state"), ("Russian", "RUS", "state")],
        id="possessive",
    ),
    pytest.param(
        "We coordinate with our Iranian, Iraqi and Jordanian allies.",
        [("Iranian", "IRN", "state"), ("Iraqi", "IRQ", "state"), ("Jordanian", "JOR", "state")],
        id="demonym-list",
    ),
    pytest.param(
        "The Kremlin and the White House traded barbs, while Downing Street kept quiet.",
        [
            ("The Kremlin", "RUS", "government"),
            ("the White House", "USA", "government"),
            ("Downing Street", "GBR", "government"),
        ],
        id="seats-of-government",
    ),
    pytest.param(
        "Riyadh and Moscow agreed on output cuts.",
        [("Riyadh", "SAU", "government"), ("Moscow", "RUS", "government")],
        id="capital-metonymy",
    ),
    pytest.param(
        "The Washington Post reported from Atlanta, Georgia.",
        [],
        id="newspaper-and-us-state",
    ),
    pytest.param(
        "Armenia, Georgia and Azerbaijan signed.",
        [("Armenia", "ARM", "state"), ("Georgia", "GEO", "state"), ("Azerbaijan", "AZE", "state")],
        id="georgia-among-states",
    ),
    pytest.param(
        "The government of Syria and the authorities in Damascus are the same.",
        [
            ("The government of Syria", "SYR", "government"),
            ("the authorities in Damascus", "SYR", "government"),
        ],
        id="government-of",
    ),
    pytest.param(
        "Iraq's government asked the US administration for help.",
        [("Iraq's government", "IRQ", "government"), ("the US administration", "USA", "government")],
        id="possessive-and-acronym-government",
    ),
    pytest.param(
        "NATO, the Shanghai Cooperation Organization and OPEC+ met; so did the Arab League.",
        [
            ("NATO", "NATO", "organization"),
            ("Shanghai Cooperation Organization", "SCO", "organization"),
            ("OPEC+", "OPEC_PLUS", "organization"),
            ("Arab League", "ARAB_LEAGUE", "organization"),
        ],
        id="organisations",
    ),
    pytest.param(
        "Houthi rebels, also known as Ansar Allah, fired at ships; Hezbollah and Hamas praised them.",
        [
            ("Houthi rebels", "HOUTHIS", "armed_group"),
            ("Ansar Allah", "HOUTHIS", "armed_group"),
            ("Hezbollah", "HEZBOLLAH", "armed_group"),
            ("Hamas", "HAMAS", "armed_group"),
        ],
        id="armed-groups",
    ),
    pytest.param(
        "Fighters of al-Qaeda and Hayat Tahrir al-Sham clashed with the SDF and the YPG.",
        [
            ("al-Qaeda", "AL_QAEDA", "armed_group"),
            ("Hayat Tahrir al-Sham", "HTS", "armed_group"),
            ("SDF", "SDF", "armed_group"),
            ("YPG", "YPG", "armed_group"),
        ],
        id="syrian-armed-groups",
    ),
    pytest.param(
        "Prices rose in New Mexico and across Latin America.",
        [],
        id="stop-names",
    ),
    pytest.param(
        "South Sudan and Sudan, Niger and Nigeria, Guinea-Bissau and Guinea.",
        [
            ("South Sudan", "SSD", "state"),
            ("Sudan", "SDN", "state"),
            ("Niger", "NER", "state"),
            ("Nigeria", "NGA", "state"),
            ("Guinea-Bissau", "GNB", "state"),
            ("Guinea", "GIN", "state"),
        ],
        id="nested-names",
    ),
    pytest.param(
        "The UAE, the UK and the DPRK; KSA officials.",
        [("UAE", "ARE", "state"), ("UK", "GBR", "state"), ("DPRK", "PRK", "state"), ("KSA", "SAU", "state")],
        id="acronyms",
    ),
    pytest.param("It cost US$5 million.", [], id="currency"),
    pytest.param(
        "Kosovo, Taiwan and Palestine sought recognition.",
        [("Kosovo", "XKX", "state"), ("Taiwan", "TWN", "state"), ("Palestine", "PSE", "state")],
        id="partially-recognised",
    ),
    pytest.param(
        "SYRIA SAYS IRAN SENT AID",
        [("SYRIA", "SYR", "state"), ("IRAN", "IRN", "state")],
        id="upper-case-headline",
    ),
    pytest.param("Actor Michael B. Jordan starred.", [], id="middle-initial-blocks-jordan"),
    pytest.param("She teaches at Georgetown University.", [], id="capital-before-capitalised-noun"),
    pytest.param("He won Alabama and Georgia, then Virginia.", [], id="georgia-among-us-states"),
    pytest.param("Crowds gathered in San Jose, Calif., on Friday.", [], id="us-city"),
    pytest.param("We ate turkey and Chad Day cooked.", [], id="turkey-the-bird-chad-the-name"),
    pytest.param(
        "The Al Nusrah Front joined Jaysh al Islam.",
        [("Al Nusrah Front", "NUSRA", "armed_group"), ("Jaysh al Islam", "JAYSH_AL_ISLAM", "armed_group")],
        id="arabic-article-spelt-with-space",
    ),
    pytest.param(
        "The anti-ISIS drive relied on Kurdish fighters.",
        [("ISIS", "ISIS", "armed_group"), ("Kurdish", "KURDS", "group")],
        id="anti-compound",
    ),
    pytest.param(
        "The S.C.O. met as Eastern bloc states watched.",
        [("S.C.O.", "SCO", "organization"), ("Eastern bloc", "EASTERN_BLOC", "organization")],
        id="dotted-acronym-and-sentence-case-body",
    ),
    pytest.param("Clerics called for an Islamic state.", [], id="islamic-state-lowercase-is-generic"),
    pytest.param(
        "Post-Soviet states and ex-Yugoslav republics, former Soviet satellites, met the Soviet Union.",
        [("Soviet Union", "SUN", "state")],
        id="era-prefix-is-no-actor",
    ),
    pytest.param(
        "MOSCOW, Nov 27 (Reuters) - Russia said.",
        [("Russia", "RUS", "state")],
        id="dateline-capital-in-capitals-is-not-an-actor",
    ),
    pytest.param(
        "Mali's junta now relies on Russia's Africa Corps, not on Wagner.",
        [
            ("Mali", "MLI", "state"),
            ("Russia", "RUS", "state"),
            ("Africa Corps", "AFRICA_CORPS", "armed_group"),
            ("Wagner", "WAGNER", "armed_group"),
        ],
        id="africa-corps-is-not-wagner",
    ),
    pytest.param(
        "Gunmen of the Islamic State Sahel Province raided a village near Menaka.",
        [("Islamic State Sahel Province", "ISSP", "armed_group")],
        id="sahel-province-whole-not-islamic-state",
    ),
    pytest.param(
        "The Arakan Army, the TNLA and the MNDAA make up the Three Brotherhood Alliance.",
        [
            ("Arakan Army", "ARAKAN_ARMY", "armed_group"),
            ("TNLA", "TNLA", "armed_group"),
            ("MNDAA", "MNDAA", "armed_group"),
            ("Three Brotherhood Alliance", "THREE_BROTHERHOOD", "armed_group"),
        ],
        id="myanmar-armed-groups",
    ),
    pytest.param(
        "The AFC, whose armed wing is the M23, says it is fighting the FDLR.",
        [("AFC", "AFC", "armed_group"), ("M23", "M23", "armed_group"), ("FDLR", "FDLR", "armed_group")],
        id="congo-armed-groups",
    ),
    pytest.param("Ulsan won the AFC Champions League final.", [], id="football-afc-is-no-armed-group"),
    pytest.param(
        "The Weimar Triangle and the Nordic-Baltic Eight met the OTS and the Ramstein group.",
        [
            ("Weimar Triangle", "WEIMAR_TRIANGLE", "organization"),
            ("Nordic-Baltic Eight", "NB8", "organization"),
            ("OTS", "OTS", "organization"),
            ("Ramstein group", "UDCG", "organization"),
        ],
        id="formats-and-turkic-states",
    ),
    pytest.param(
        "Tehran said the Zionist regime and its Zionist allies would fail.",
        [
            ("Tehran", "IRN", "government"),
            ("the Zionist regime", "ISR", "government"),
            ("Zionist", "ISR", "state"),
        ],
        id="iranian-names-of-israel",
    ),
]


class TestFindActors:
    """find_actors: the case table."""

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_case(self, text: str, expected: list[tuple[str, str | None, str]]) -> None:
        """Each sentence yields exactly the expected actors, in order."""
        assert found(text) == expected

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_round_trip(self, text: str, expected: list[tuple[str, str | None, str]]) -> None:
        """Every span is the text it claims, in order, without overlaps."""
        actors = find_actors(text)
        assert all(text[a.start : a.end] == a.text for a in actors)
        assert all(a.end <= b.start for a, b in itertools.pairwise(actors))

    def test_adjectives_off(self) -> None:
        """With adjectives=False demonym adjectives are left out, government phrases kept."""
        text = "Iranian drones and the Syrian authorities."
        assert [a.text for a in find_actors(text, adjectives=False)] == ["the Syrian authorities"]

    def test_window(self) -> None:
        """find() looks only inside text[start:end], with offsets into the whole text."""
        text = "Iran and Iraq and Syria"
        actors = default_gazetteer().find(text, 5, 13)
        assert [(a.text, a.start) for a in actors] == [("Iraq", 9)]

    def test_via(self) -> None:
        """matches() says how each actor was named."""
        got = default_gazetteer().matches("Riyadh, the Kremlin, Saudi and NATO")
        assert [m.via for m in got] == ["capital", "government", "adjective", "acronym"]

    def test_not_text(self) -> None:
        """A non-string is a caller error."""
        with pytest.raises(GeoquoteError):
            find_actors(b"Iran")  # type: ignore[arg-type]


class TestGazetteer:
    """The shipped gazetteer: coverage and lookups."""

    def test_every_un_member(self) -> None:
        """193 UN member states, plus observers, Kosovo and Taiwan."""
        g = default_gazetteer()
        states = [e for e in g.entries() if e.type == "state"]
        assert sum(e.status == "un" for e in states) == 193
        assert {"PSE", "VAT", "XKX", "TWN", "SUN"} <= {e.code for e in states}

    @pytest.mark.parametrize(
        ("code", "count"),
        [
            ("NATO", 32),
            ("EU", 27),
            ("GCC", 6),
            ("SCO", 10),
            ("CSTO", 6),
            ("ARAB_LEAGUE", 22),
            ("AU", 55),
            ("UN", 193),
            ("EAC", 8),
            ("SADC", 16),
            ("OTS", 5),
            ("NB8", 8),
            ("WEIMAR_TRIANGLE", 3),
            ("THREE_BROTHERHOOD", 3),
        ],
    )
    def test_member_counts(self, code: str, count: int) -> None:
        """Standing organisations carry their member lists."""
        assert default_gazetteer().member_count(code) == count

    def test_members_are_known_codes(self) -> None:
        """Every member, leader and adversary code names an entry."""
        g = default_gazetteer()
        for e in g.entries():
            for code in (*e.members, *e.former, *e.adversaries, *([e.leader] if e.leader else [])):
                assert g.get(code) is not None, (e.code, code)

    @pytest.mark.parametrize(
        ("surface", "code"),
        [
            ("the RF", "RUS"),
            ("Daesh", "ISIS"),
            ("ISIL", "ISIS"),
            ("Iranian", "IRN"),
            ("the Syrian authorities", "SYR"),
            ("Ansar Allah", "HOUTHIS"),
            ("shanghai cooperation organisation", "SCO"),
            ("Warsaw Pact", "WARSAW_PACT"),
        ],
    )
    def test_lookup(self, surface: str, code: str) -> None:
        """A whole surface form names its entry."""
        entry = default_gazetteer().lookup(surface)
        assert entry is not None and entry.code == code

    def test_lookup_acronym_case(self) -> None:
        """Acronyms are case-sensitive: "us" names nothing."""
        assert default_gazetteer().lookup("us") is None

    def test_known_coalitions(self) -> None:
        """Ad-hoc coalitions carry leader and adversaries."""
        g = default_gazetteer()
        yemen, isis = g.get("SAUDI_LED_YEMEN"), g.get("US_LED_ANTI_ISIS")
        assert yemen is not None and yemen.leader == "SAU" and yemen.adversaries == ("HOUTHIS",)
        assert isis is not None and isis.leader == "USA" and not isis.standing

    def test_theatres_and_shared_descriptions(self) -> None:
        """Known coalitions carry where they act; a description they share is no name to match."""
        g = default_gazetteer()
        iraq, ukraine = g.get("US_LED_IRAQ_2003"), g.get("UKRAINE_COALITION_OF_THE_WILLING")
        assert iraq is not None and ukraine is not None
        assert (iraq.theatre, ukraine.theatre) == (("IRQ",), ("UKR",))
        assert iraq.descriptions == ukraine.descriptions == ("coalition of the willing",)
        assert find_actors("the coalition of the willing") == ()

    def test_descriptive_names_keep_inner_actors(self) -> None:
        """A coalition's descriptive name is not matched, so its leader and theatre stay visible."""
        text = "the Saudi-led coalition in Yemen"
        assert [a.code for a in find_actors(text)] == ["SAU", "YEM"]
        entry = default_gazetteer().lookup("Saudi-led coalition in Yemen")
        assert entry is not None and entry.code == "SAUDI_LED_YEMEN"

    def test_custom_entries(self) -> None:
        """A gazetteer built from entries alone finds them."""
        g = Gazetteer([ActorEntry("XAA", "Freedonia", "state", adjectives=("Freedonian",))])
        assert [a.code for a in g.find("Freedonia and a Freedonian envoy")] == ["XAA", "XAA"]

    def test_data_files_state_sources(self) -> None:
        """Every shipped data file says where it comes from and its as-of date."""
        data = Path(__file__).resolve().parent.parent / "src" / "geoquote" / "data"
        for path in sorted(data.glob("actors_*.json")):
            about = json.loads(path.read_text(encoding="utf-8"))["about"]
            assert about["sources"] and about["as_of"], path.name
        tsv = (data / "actors_states.tsv").read_text(encoding="utf-8")
        assert "# about: sources:" in tsv and "# about: as_of:" in tsv
