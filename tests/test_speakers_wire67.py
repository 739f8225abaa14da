"""Speaker names, titles and bodies in the styles of Turkish, Gulf, UK Westminster and Canadian wire copy
(sentences written for these tests; people and events invented, states and institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestUnaccentedSurname:
    """A surname written again without its accents or its marked letters ('Kilicarslanoglu' for
    'Kılıçarslanoğlu', as Turkish copy drops the dotless i and the cedilla) is the same person."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Former CHP leader Kemal Kılıçarslanoğlu toured the flooded districts on Monday. "
                '"I am still here," Kilicarslanoglu said.',
                "Kemal Kılıçarslanoğlu",
                id="dotless-i-and-cedilla",
            ),
            pytest.param(
                "Opposition deputy Meral Çelikbilek attacked the budget in parliament. "
                '"This is a tax on the poor," Celikbilek said.',
                "Meral Çelikbilek",
                id="cedilla",
            ),
            pytest.param(
                "Interior Minister Selim Yıldız visited the quake zone on Friday. "
                '"Help is on its way," Yildiz said.',
                "Selim Yıldız",
                id="dotless-i",
            ),
            pytest.param(
                "Mayor Aylin Güneş opened the new tram line in Izmir. "
                '"This city deserves more," Aylin Gunes said.',
                "Aylin Güneş",
                id="two-words",
            ),
            pytest.param(
                "Trade union head Oguz Sengun called the strike on Tuesday. "
                '"We will not back down," Şengün said.',
                "Oguz Sengun",
                id="marks-added-later",
            ),
            pytest.param(
                "Polish minister Łukasz Wróbelski met the farmers. "
                '"The border stays open," Lukasz Wrobelski said.',
                "Łukasz Wróbelski",
                id="l-stroke",
            ),
            pytest.param(
                'President Recep Tayyip Erdoğan spoke in Ankara on Sunday. "We are ready," Erdogan said.',
                "Recep Tayyip Erdoğan",
                id="guard-soft-g",
            ),
        ],
    )
    def test_unaccented(self, text: str, name: str) -> None:
        """The plain spelling is the full name written with its marks."""
        assert last_speaker(text)[0] == name


class TestTurkishAndGulfGivenNames:
    """Turkish given names written plain ('Kemal', 'Omer') or with their letters ('Hüseyin'), and Gulf given
    names ('Fahd', 'Jassem'), open a person's name: the name keeps them after 'according to'."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Hotel bookings rose by a fifth this spring, according to Fahd Abdulrahman Al-Harbi, "
                "the chief executive of the Saudi Tourism Authority.",
                "Fahd Abdulrahman Al-Harbi",
                id="fahd",
            ),
            pytest.param(
                "Port traffic fell sharply in March, according to Jassem Saleh Al-Kuwari, "
                "the head of the Qatari ports company.",
                "Jassem Saleh Al-Kuwari",
                id="jassem",
            ),
            pytest.param(
                "The lira would recover by the summer, according to Bulent Ozkaracalar, "
                "an economist at a Istanbul bank.",
                "Bulent Ozkaracalar",
                id="guard-plain-turkish",
            ),
            pytest.param(
                "The lira would recover by the summer, according to Hüseyin Ozkaracalar, "
                "an economist at a Istanbul bank.",
                "Hüseyin Ozkaracalar",
                id="guard-turkish-letters",
            ),
            pytest.param(
                "Port traffic fell sharply in March, according to Omar Saleh Al-Kuwari, "
                "the head of the Qatari ports company.",
                "Omar Saleh Al-Kuwari",
                id="guard-known-name",
            ),
        ],
    )
    def test_given_name_kept(self, text: str, name: str) -> None:
        """The given name opens the speaker's name."""
        assert last_speaker(text)[0] == name


class TestTurkishHonorificAfterName:
    """'Bey' (a man's) and 'Hanım' (a woman's) after a given name or a surname address the person the
    article names in full ('Ahmet Bey' for 'Ahmet Yıldırımoğlu'); alone, the mention keeps its words."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Textile exporter Ahmet Yıldırımoğlu hosted the buyers in Bursa on Thursday. "
                '"Orders are back," Ahmet Bey said.',
                "Ahmet Yıldırımoğlu",
                id="given-name-bey",
            ),
            pytest.param(
                "Textile exporter Ahmet Yıldırımoğlu hosted the buyers in Bursa on Thursday. "
                '"Orders are back," Yıldırımoğlu Bey said.',
                "Ahmet Yıldırımoğlu",
                id="surname-bey",
            ),
            pytest.param(
                "Lawyer Zeynep Karaca spoke to reporters outside the courthouse in Izmir. "
                '"Justice will be done," Zeynep Hanım said.',
                "Zeynep Karaca",
                id="hanim",
            ),
            pytest.param(
                "Lawyer Zeynep Karaca spoke to reporters outside the courthouse in Izmir. "
                '"Justice will be done," Zeynep Hanim said.',
                "Zeynep Karaca",
                id="hanim-plain",
            ),
            pytest.param(
                '"The harvest was poor this year," Mehmet Bey said in the village square.',
                "Mehmet Bey",
                id="guard-no-full-name",
            ),
            pytest.param(
                "Textile exporter Ahmet Yıldırımoğlu and his partner Ahmet Korkmaz met the buyers. "
                '"Orders are back," Ahmet Bey said.',
                "Ahmet Bey",
                id="guard-two-ahmets",
            ),
        ],
    )
    def test_honorific(self, text: str, name: str) -> None:
        """The honorific's bearer is the person named in full."""
        assert last_speaker(text)[0] == name


def _name_org(text: str) -> tuple[str | None, str | None]:
    """The name and organisation of the last quotation's speaker."""
    name, _mention, _role, org, _res = last_speaker(text)
    return name, org


class TestStyleWrittenAlone:
    """An abbreviated style written alone as the subject ('HRH said', 'HE said') is the one person the article
    styles so, not a body; the style before a title is no body either."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "HRH Prince Faisal bin Nasser Al Khalifa received the trade mission in Manama on Sunday. "
                '"Our ties have never been closer," HRH said.',
                ("Faisal bin Nasser Al Khalifa", None),
                id="hrh",
            ),
            pytest.param(
                "HH Sheikh Majid bin Saud Al Nuaimi toured the new hospital in Ajman. "
                '"Health care comes first," HH said.',
                ("Majid bin Saud Al Nuaimi", None),
                id="hh",
            ),
            pytest.param(
                "HRH Prince Faisal bin Nasser Al Khalifa and HRH Prince Hamad bin Isa Al Thawadi "
                "met the envoys. "
                '"Our ties have never been closer," HRH said.',
                ("HRH", "HRH"),
                id="guard-two-styled",
            ),
            pytest.param(
                'The WHO warned of a new wave of cases. "Hospitals must prepare," the WHO said.',
                ("WHO", "WHO"),
                id="guard-acronym-body",
            ),
        ],
    )
    def test_style_alone(self, text: str, expected: tuple[str | None, str | None]) -> None:
        """The style stands for the person styled so."""
        assert _name_org(text) == expected

    def test_style_before_title_no_body(self) -> None:
        """'HRH Prince' is no body named 'HRH'."""
        text = (
            "HRH Prince Faisal bin Nasser Al Khalifa received the trade mission in Manama on Sunday. "
            '"Our ties have never been closer," HRH Prince Faisal said.'
        )
        assert _name_org(text) == ("Faisal bin Nasser Al Khalifa", None)


class TestPeerStyle:
    """A peeress's 'Lady' and a peer's 'Lord' with the surname ('Lady Wycliffe' for 'Baroness Lorna
    Wycliffe') name the peer again, as Westminster copy writes the forms of address."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Baroness Lorna Wycliffe led the revolt on the planning bill in the Lords on Tuesday. "
                '"This bill is deeply flawed," Lady Wycliffe said.',
                "Baroness Lorna Wycliffe",
                id="baroness-lady",
            ),
            pytest.param(
                "Viscount Harold Pembury tabled the amendment on Monday evening. "
                '"Ministers have not listened," Lord Pembury said.',
                "Viscount Harold Pembury",
                id="viscount-lord",
            ),
            pytest.param(
                "Countess Imogen Ashdale opened the flower show in Kent. "
                '"The gardens have never looked better," Lady Ashdale said.',
                "Countess Imogen Ashdale",
                id="countess-lady",
            ),
            pytest.param(
                "Lord Harold Pembury tabled the amendment on Monday evening. "
                '"Ministers have not listened," Lord Pembury said.',
                "Lord Harold Pembury",
                id="guard-lord",
            ),
            pytest.param(
                "Senator Lorna Wycliffe toured the flooded towns in Ontario. "
                '"The money must flow now," Lady Wycliffe said.',
                "Lady Wycliffe",
                id="guard-no-peerage",
            ),
        ],
    )
    def test_peer(self, text: str, name: str) -> None:
        """The style names the peer again."""
        assert last_speaker(text)[0] == name


class TestChamberFloorOffice:
    """A side, a chamber and a floor office ('Government House Leader', 'Conservative Senate Leader') are one
    office of Canada's Parliament: the side and the chamber name no body together."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                "Government House Leader Marc Tremblay said the budget bill would pass before the summer.",
                None,
                id="government-house-leader",
            ),
            pytest.param(
                "Opposition House Whip Nadine Caron said her members would sit through the night.",
                None,
                id="guard-opposition-house-whip",
            ),
            pytest.param(
                "Conservative Senate Leader Donald Pickering said the senators would vote the bill down.",
                None,
                id="conservative-senate-leader",
            ),
            pytest.param(
                "White House spokesperson Lena Ortiz said the president would sign the bill.",
                "White House",
                id="guard-white-house",
            ),
            pytest.param(
                "Senate Majority Leader Dale Whitcomb said the chamber would vote on Friday.",
                "Senate",
                id="guard-majority-leader",
            ),
        ],
    )
    def test_floor_office(self, text: str, org: str | None) -> None:
        """The office gives no body made of its side and its chamber."""
        assert last_speaker(text)[3] == org


def _role_org(text: str) -> tuple[str | None, str | None]:
    """The role and organisation of the last quotation's speaker."""
    _name, _mention, role, org, _res = last_speaker(text)
    return role, org


class TestShortNameInsideBody:
    """A party's short name in brackets before its head word ('Justice and Development (AK) Party') keeps
    the name joined by 'and' whole before a member's title."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Justice and Development (AK) Party spokesperson Levent Ozkara said the vote would be held "
                "in June.",
                ("Justice and Development (AK) Party spokesperson", "Justice and Development Party"),
                id="ak-party",
            ),
            pytest.param(
                "Peace and Democracy (BDP) Party deputy chair Sevda Korkmazer said the talks had stalled.",
                ("Peace and Democracy (BDP) Party deputy chair", "Peace and Democracy Party"),
                id="bdp",
            ),
            pytest.param(
                "Justice and Development Party (AK Party) spokesperson Levent Ozkara said the vote would be "
                "held in June.",
                ("Justice and Development Party (AK Party) spokesperson", "Justice and Development Party"),
                id="guard-brackets-after-head",
            ),
            pytest.param(
                "Justice and Development Party spokesperson Levent Ozkara said the vote would come in June.",
                ("Justice and Development Party spokesperson", "Justice and Development Party"),
                id="guard-no-brackets",
            ),
        ],
    )
    def test_short_name(self, text: str, expected: tuple[str | None, str | None]) -> None:
        """The body's name runs through its bracketed short name."""
        assert _role_org(text) == expected
