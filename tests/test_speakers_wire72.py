"""Speaker names, titles, roles and bodies in the styles of Afghan, Myanmar, Thai and Cambodian, Southern
European, maritime and business wire copy (sentences written for these tests; people and events invented,
states and institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestClericalAndRegionalStyles:
    """A style written before a name ("Mawlawi", "Mullah", "Qari", "Oknha", "Padoh", the Burmese "U") is no
    part of the canonical name, however it is spelt and whatever was said before; "Mufti" stays a role and
    the Burmese "Ko" and "Ma" stay in the name (also Chinese and Korean family names)."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                '"The road to Kandahar is open," Mawlawi Abdul Kabir Haqqani said.',
                "Abdul Kabir Haqqani",
                id="mawlawi",
            ),
            pytest.param(
                '"The road to Kandahar is open," Maulvi Abdul Kabir Haqqani said.',
                "Abdul Kabir Haqqani",
                id="maulvi",
            ),
            pytest.param(
                '"Girls will wait for the new rules," Mullah Nurullah Samadi told the crowd.',
                "Nurullah Samadi",
                id="mullah",
            ),
            pytest.param(
                '"The border crossing reopens on Monday," said Qari Fazlullah Rahimi.',
                "Fazlullah Rahimi",
                id="qari",
            ),
            pytest.param(
                '"The casino licence is lawful," said Oknha Sok Piseth, a tycoon.', "Sok Piseth", id="oknha"
            ),
            pytest.param(
                '"Our troops hold the hills," said Padoh Saw Ler Moo, a KNU official.',
                "Saw Ler Moo",
                id="padoh",
            ),
            pytest.param(
                'Daw Nan Khin said the clinic was shut. "It is over," she added. '
                "U Aung Myo Thant told reporters that the town was calm.",
                "Aung Myo Thant",
                id="u-after-pronoun",
            ),
            pytest.param(
                '"The march will go on," said Ko Min Thu, a student leader.', "Ko Min Thu", id="guard-ko"
            ),
            pytest.param(
                '"Taipei needs more housing," Ko Wen-chieh said.', "Ko Wen-chieh", id="guard-ko-taiwan"
            ),
            pytest.param(
                '"The monthly magazine is sold out," Mother Jones reported.', "Mother Jones", id="guard-kin"
            ),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The canonical name leaves the style out."""
        assert last_speaker(text)[0] == name

    def test_mufti_stays_role(self) -> None:
        """ "Mufti" is an office, kept as the role."""
        assert last_speaker('"Fasting ends on Tuesday," Mufti Rashid Omari said.')[:3:2] == (
            "Rashid Omari",
            "Mufti",
        )


class TestCatalanConjunction:
    """The Catalan "i" (and) joining a person's two family names is a particle of the name, read in lower
    case only: "I" stays the pronoun and a regnal numeral."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                '"The budget is ready," Minister Jordi Vidal i Serra said.',
                "Jordi Vidal i Serra",
                id="titled",
            ),
            pytest.param(
                "The head of the Guardia Urbana, Marc Soler i Pujol, said the square would be cleared.",
                "Marc Soler i Pujol",
                id="apposed",
            ),
            pytest.param(
                '"Madrid must listen," said Carles Mas i Vila, the regional economy minister. '
                '"We will wait," Mas i Vila added.',
                "Carles Mas i Vila",
                id="surnames-later",
            ),
            pytest.param(
                '"The trench was cold," World War I veteran Tom Hale said.', "Tom Hale", id="guard-numeral"
            ),
            pytest.param('"I will go," Ana Ruiz said. I asked her why.', "Ana Ruiz", id="guard-pronoun"),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The name keeps both family names and the particle between them."""
        assert last_speaker(text)[0] == name


class TestItalianGivenNames:
    """An Italian given name opening a compound given name ("Pier", "Gian") tells a second bearer of a
    family name from the first: "Pier Luca Ferrante" is not "Luca Ferrante" named before."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "The late Luca Ferrante founded the shipyard in 1962. "
                '"We will not sell," Pier Luca Ferrante, its chief executive, said.',
                "Pier Luca Ferrante",
                id="pier",
            ),
            pytest.param(
                "Marco Bellandi chaired the bank for a decade. "
                '"The merger is off," Gian Marco Bellandi, his nephew, told reporters.',
                "Gian Marco Bellandi",
                id="gian",
            ),
            pytest.param(
                'Luca Ferrante founded the shipyard. "We will not sell," Ferrante said.',
                "Luca Ferrante",
                id="guard-surname",
            ),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The second bearer keeps his full name."""
        assert last_speaker(text)[0] == name


class TestFirmByOneWord:
    """A firm named later by the first word of its name speaks under its fullest name, when the article
    writes one firm's name opened by that word and closed by a legal form or a trade ("Holdings", "AB");
    a word no firm's name or several open, or a person's surname, stays as it was."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Singapore-listed Marivel Holdings cut its profit forecast on Monday. "
                '"Demand from China is weak," Marivel said.',
                "Marivel Holdings",
                id="holdings",
            ),
            pytest.param(
                "Shares of Oslo-listed Brevik Tankers fell 4%. Brevik said two of its ships were diverted.",
                "Brevik Tankers",
                id="tankers-indirect",
            ),
            pytest.param(
                "Former governor Carl Brandt met the bankers. The Brandt Group was fined in March. "
                '"It is a political case," Brandt said.',
                "Carl Brandt",
                id="guard-person",
            ),
            pytest.param(
                'Kestrel Energy and Kestrel Shipping will merge. "We are ready," Kestrel said.',
                "Kestrel",
                id="guard-two-firms",
            ),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The firm's fullest name, or the name as before."""
        assert last_speaker(text)[0] == name


class TestLowerCaseOfficeWithField:
    """A lower-case title followed by "for" and its field ("Shadow minister for finance", "Opposition
    spokesperson for Gozo") is an office written before its holder's name, when a capital (a sentence's
    start, a body or a party) opens it; the holder's name starts at the given name after the field."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                '"The deficit is growing," Shadow minister for finance Mario Zammit Cutajar said.',
                "Mario Zammit Cutajar",
                "Shadow minister for finance",
                id="shadow-minister",
            ),
            pytest.param(
                '"The ferry is late again," Opposition spokesperson for Gozo Mario Borg Grima said.',
                "Mario Borg Grima",
                "Opposition spokesperson for Gozo",
                id="spokesperson-for-place",
            ),
            pytest.param(
                '"We are safe," Minister for Foreign Affairs Ana Ruiz said.',
                "Ana Ruiz",
                "Minister for Foreign Affairs",
                id="guard-capitalised",
            ),
            pytest.param(
                '"The ferry is late again," Opposition spokesperson for Gozo Alex Borg Grima said.',
                "Alex Borg Grima",
                "Opposition spokesperson for Gozo",
                id="given-of-both-genders",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="'Alex', a name of both genders, is no known given name: the place "
                    "'Gozo' and the name cannot be told apart",
                ),
            ),
        ],
    )
    def test_holder(self, text: str, name: str, role: str) -> None:
        """The holder's name, and the office with its field as the role."""
        got = last_speaker(text)
        assert (got[0], got[2]) == (name, role)


class TestLowerCaseTitleAfterPreposition:
    """A lower-case title opening a preposition's object before a name ("after former prime minister X
    returned") is the title the person keeps when named again, whole, not cut to its last word."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                "The hearing was delayed after former prime minister Anan Wongsakul returned from Tokyo. "
                '"I respect the court," Anan said.',
                "former prime minister",
                id="after",
            ),
            pytest.param(
                'The court ruled against former mayor Tom Hale on Friday. "I will appeal," Hale said.',
                "former mayor",
                id="against",
            ),
            pytest.param(
                "Critics said the plan was designed to offend opposition leader Ana Ruiz. "
                '"It will not work," Ruiz said.',
                "leader",
                id="guard-infinitive",
            ),
            pytest.param(
                'Police arrested opposition leader Tomas Vrba. "It is a political trial," Vrba said.',
                "leader",
                id="guard-after-verb",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The whole title, as written before the name."""
        assert last_speaker(text)[2] == role

    def test_gop_is_republican(self) -> None:
        """ "GOP" in the whole title stands for "Republican": the role noun still finds its holder."""
        text = (
            "Voters lined the road for GOP gubernatorial nominee Tom Hale in Dayton. "
            '"The polls are wrong," the Republican nominee said.'
        )
        assert last_speaker(text)[0] == "Tom Hale"


class TestShipsMaster:
    """A ship's "master" (the officer in command of a merchant ship) is a role noun: the master of a named
    ship speaks, not the ship."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "The master of the tanker Baltic Heron said the crew of 22 were safe.",
                None,
                "master",
                id="master-of-ship",
            ),
            pytest.param('"We are taking water," the master said.', None, "master", id="the-master"),
            pytest.param(
                "Chess master Ivan Petrov said the game was drawn.",
                "Ivan Petrov",
                "Chess master",
                id="titled",
            ),
        ],
    )
    def test_speaker(self, text: str, name: str | None, role: str) -> None:
        """The master speaks, by his role."""
        got = last_speaker(text)
        assert (got[0], got[2]) == (name, role)


class TestRulersName:
    """The name the Taliban govern under, "Islamic Emirate", is the body a spokesman speaks for, as "Taliban"
    is, wherever it stands in the description; the state's own name stays no body."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                "Islamic Emirate spokesman Abdul Wali Stanekzai said the border talks had gone well.",
                "Islamic Emirate",
                id="before-name",
            ),
            pytest.param(
                "The Islamic Emirate's deputy spokesman, Abdul Wali Stanekzai, said the talks went well.",
                "Islamic Emirate",
                id="possessive",
            ),
            pytest.param(
                "Abdul Wali Stanekzai, deputy spokesman of the Islamic Emirate, said the talks went well.",
                "Islamic Emirate",
                id="of",
            ),
            pytest.param(
                "Taliban spokesman Abdul Wali Stanekzai said the border talks had gone well.",
                "Taliban",
                id="guard-taliban",
            ),
        ],
    )
    def test_organization(self, text: str, org: str) -> None:
        """The spokesman's body."""
        assert last_speaker(text)[3] == org
