"""Speaker names and roles when a long title, a portfolio or a regional style stands before the name, in the
styles of wire copy from the Caucasus, Central Asia, Iran, Iraq and Southeast Asia (sentences written for
these tests; people and events invented, states and institutions real)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None]:
    """The name and role of the last quotation's speaker (``None``, ``None`` when it has none)."""
    quotes = find_quotes(text)
    assert quotes
    sp = quotes[-1].speaker
    return (sp.name, sp.role) if sp is not None else (None, None)


class TestRegionalStyles:
    """A style written before a name in Burmese, Malaysian, Indonesian and Philippine copy titles the name
    and is no part of it, nor of the role."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "NUG spokesman U Zaw Min Htike said the army had lost two more towns in Sagaing.",
                "Zaw Min Htike",
                "NUG spokesman",
                id="burmese-u",
            ),
            pytest.param(
                "Former finance minister Tan Sri Mokhtar Ismail said the new toll deal was reckless.",
                "Mokhtar Ismail",
                "Former finance minister",
                id="tan-sri",
            ),
            pytest.param(
                "Dato' Sri Roslan Hamid told supporters in Ipoh that the coalition would hold.",
                "Roslan Hamid",
                None,
                id="dato-sri",
            ),
            pytest.param(
                "Datuk Sri Faridah Osman said the port expansion would start in March.",
                "Faridah Osman",
                None,
                id="datuk-then-sri",
            ),
            pytest.param(
                "Ustaz Azhar Mahmud said the flood relief centre in Kuala Krai was full.",
                "Azhar Mahmud",
                None,
                id="ustaz",
            ),
            pytest.param(
                "Ibu Ratna Wulandari said the village school in Garut would reopen next week.",
                "Ratna Wulandari",
                None,
                id="ibu",
            ),
            pytest.param(
                "The family's lawyer, Atty. Lorna Bautista, said the complaint would be filed on Monday.",
                "Lorna Bautista",
                "family's lawyer",
                id="atty-after-an-apposed-role",
            ),
            pytest.param(
                "Labor Usec. Dante Villareal said the wage board would meet in Cebu.",
                "Dante Villareal",
                "Labor Usec.",
                id="usec-is-an-office",
            ),
        ],
    )
    def test_style_is_cut(self, text: str, name: str, role: str | None) -> None:
        """The name starts after the style, which stays out of the role as well."""
        assert _speaker(text) == (name, role)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param("Tan Boon Heng said the port would stay open.", "Tan Boon Heng", id="tan-a-surname"),
            pytest.param(
                "Sri Mulyani Rahayu said the deficit would narrow this year.",
                "Sri Mulyani Rahayu",
                id="sri-a-given-name",
            ),
            pytest.param(
                "Pak Ui Chol said the delegation would return to Pyongyang.",
                "Pak Ui Chol",
                id="pak-a-korean-surname",
            ),
        ],
    )
    def test_name_words_stay(self, text: str, name: str) -> None:
        """A word of a style that is also a family or given name stays in a name it opens alone."""
        assert _speaker(text)[0] == name

    def test_style_then_the_name_alone(self) -> None:
        """A name opened by a style is the fullest form of the same name written later without it."""
        text = (
            "U Thein Zaw Oo arrived in Mae Sot on Monday. “The camps are full,” Thein Zaw Oo said by "
            "telephone."
        )
        names = {q.speaker.name for q in find_quotes(text) if q.speaker}
        assert names == {"Thein Zaw Oo"}


class TestRankAfterAnOffice:
    """A military or police rank written between an office and its holder's name, with the words qualifying
    it ("Rear", "Lt", the Thai "Pol"), is how the holder is addressed: the office alone is the role."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Commander of the IRGC Navy Rear Admiral Davoud Rahimi said the exercise would last a week.",
                "Davoud Rahimi",
                "Commander of the IRGC Navy",
                id="qualified-rank-after-an-office-of-a-body",
            ),
            pytest.param(
                "Chief of the General Staff Lieutenant General Arsen Hakobyan said the border was quiet.",
                "Arsen Hakobyan",
                "Chief of the General Staff",
                id="lieutenant-general-after-an-office",
            ),
            pytest.param(
                "Immigration chief Pol Lt Gen Somsak Wongsawat said the three men had overstayed.",
                "Somsak Wongsawat",
                "Immigration chief",
                id="thai-police-rank",
            ),
        ],
    )
    def test_rank_is_cut(self, text: str, name: str, role: str) -> None:
        """The role is the office written before the rank."""
        assert _speaker(text) == (name, role)

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                "Navy Rear Admiral Carl Brandt said the carrier would sail on Friday.",
                "Navy Rear Admiral",
                id="service-then-rank",
            ),
            pytest.param(
                "Lieutenant General Arsen Hakobyan said the border was quiet.",
                "Lieutenant General",
                id="rank-alone",
            ),
            pytest.param(
                "Attorney General Lena Sorensen said the charges would stand.",
                "Attorney General",
                id="an-office",
            ),
        ],
    )
    def test_rank_alone_stays(self, text: str, role: str) -> None:
        """A rank with no office before it, or an office closing with a rank's word, stays the role."""
        assert _speaker(text)[1] == role


class TestPortfolioBeforeName:
    """A portfolio closing with one of a portfolio's usual last words ("Affairs", "Manpower", "Industry"),
    one or a list of them, ends the office: the holder's name starts after it."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Iraqi Minister of Foreign Affairs Qutaiba Salman al-Obeidi said the consulate in Basra "
                "would reopen.",
                "Qutaiba Salman al-Obeidi",
                "Iraqi Minister of Foreign Affairs",
                id="affairs-then-a-given-name",
            ),
            pytest.param(
                "Minister of State for Manpower Tan Hui Min said the new levy would take effect in July.",
                "Tan Hui Min",
                "Minister of State for Manpower",
                id="minister-of-state-for-a-portfolio",
            ),
            pytest.param(
                "Minister for Manpower Lim Wei Kiat said the quota for the shipyards would stay.",
                "Lim Wei Kiat",
                "Minister for Manpower",
                id="minister-for-a-portfolio",
            ),
            pytest.param(
                "Deputy Minister of Labour, Invalids and Social Affairs Tran Quoc Bao said pensions would "
                "rise in July.",
                "Tran Quoc Bao",
                "Deputy Minister of Labour, Invalids and Social Affairs",
                id="a-list-of-portfolios",
            ),
            pytest.param(
                "Minister of Digital Development, Innovation and Aerospace Industry Askar Nurlanov said the "
                "launch would go ahead.",
                "Askar Nurlanov",
                "Minister of Digital Development, Innovation and Aerospace Industry",
                id="a-list-closing-with-industry",
            ),
        ],
    )
    def test_name_after_portfolio(self, text: str, name: str, role: str) -> None:
        """The portfolio belongs to the role, the name is the words after it."""
        assert _speaker(text) == (name, role)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "The Ministry of Labour, Invalids and Social Affairs said pensions would rise in July.",
                "Ministry of Labour, Invalids and Social Affairs",
                id="the-ministry-itself",
            ),
            pytest.param(
                "Secretary of State Walter P. Hensley said the talks were over.",
                "Walter P. Hensley",
                id="an-office-of-state",
            ),
        ],
    )
    def test_other_readings_stay(self, text: str, name: str) -> None:
        """A body whose name lists portfolios, and an office whose complement is no portfolio, read as
        before."""
        assert _speaker(text)[0] == name


class TestOfficeInPassing:
    """A person titled by an office written out with its complement in a sentence that reports nothing is
    named without the complement's words, and keeps the office as the role when they speak later by
    surname."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "President of the Kyrgyz Republic Almaz Toktogulov opened the new airport terminal on "
                "Monday. Toktogulov said the runway would double the flights to Osh.",
                "Almaz Toktogulov",
                "President of the Kyrgyz Republic",
                id="office-of-the-republic",
            ),
            pytest.param(
                "Foreign Minister of Tajikistan Davlat Sharipov received the Japanese envoy in Dushanbe. "
                "Sharipov noted that the road link would open in spring.",
                "Davlat Sharipov",
                "Foreign Minister of Tajikistan",
                id="modifier-before-the-office",
            ),
            pytest.param(
                "Minister for Manpower Lim Wei Kiat opened the new centre on Monday. “The levy will stay,” "
                "Lim said.",
                "Lim Wei Kiat",
                "Minister for Manpower",
                id="office-for-a-portfolio",
            ),
            pytest.param(
                "Professor of the Tbilisi State University Levan Abashidze gave a lecture on Friday. "
                "Abashidze said enrolment had fallen.",
                "Levan Abashidze",
                "Professor of the Tbilisi State University",
                id="office-of-a-university",
            ),
        ],
    )
    def test_later_surname(self, text: str, name: str, role: str) -> None:
        """The surname speaking later is the whole name, with the office given before as its role."""
        assert _speaker(text) == (name, role)

    def test_body_of_plural_members_is_no_office(self) -> None:
        """A body named for its members ("Cabinet of Ministers of X") gives no office of its own words."""
        text = (
            "He met Deputy Chairman of the Cabinet of Ministers of Turkmenistan Orazmyrat Gurbanov on "
            "Monday. Gurbanov said the gas talks would go on."
        )
        assert _speaker(text)[1] != "Ministers of Turkmenistan"


class TestBodyWithAndAfterPerson:
    """A university, academy or institute named with "of" and a list joined by "and" is one body: the
    person before "from" or "of" it speaks, not the last word of its name."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Lecturer Vu Thanh Long from the University of Transport and Communications said the metro "
                "line was late.",
                "Vu Thanh Long",
                "Lecturer",
                id="university-of-a-and-b",
            ),
            pytest.param(
                "Researcher Mariam Sargsyan from the Academy of Sciences and Arts said the survey was done.",
                "Mariam Sargsyan",
                "Researcher",
                id="academy-of-a-and-b",
            ),
        ],
    )
    def test_person_before_body(self, text: str, name: str, role: str) -> None:
        """The person named before the body is the speaker."""
        assert _speaker(text) == (name, role)

    def test_body_speaks(self) -> None:
        """The body alone, named with its list, speaks as a body."""
        text = "The Brazilian Association of Fishing and Boating said in a note that the quota was too low."
        assert _speaker(text)[0] == "Brazilian Association of Fishing and Boating"

    def test_title_after_and_is_another_person(self) -> None:
        """A title after "and" opens another person, not the rest of the body's name."""
        text = (
            "A report by Ana Ruiz of the University of Lund and Professor Holm concluded that the bridge "
            "was unsafe."
        )
        assert _speaker(text)[0] != "University of Lund and Professor Holm"


class TestHyphenatedSurnamePart:
    """A double surname joined by a hyphen, written later with one of its parts alone, is the same person."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Mayor Rogelio Tan-Dimaculangan inspected the pumping station on Tuesday. “We are ready for "
                "the rains,” Dimaculangan told reporters.",
                "Rogelio Tan-Dimaculangan",
                id="last-part",
            ),
            pytest.param(
                "Governor Liza Abad-Marquez visited the evacuation centre. “Food packs are on the way,” Abad "
                "said.",
                "Liza Abad-Marquez",
                id="first-part",
            ),
        ],
    )
    def test_part_is_the_person(self, text: str, name: str) -> None:
        """The part alone speaks as the whole name."""
        assert _speaker(text)[0] == name

    def test_own_surname_first(self) -> None:
        """Another person whose whole surname is the part keeps it."""
        text = (
            "Mayor Rogelio Tan-Dimaculangan inspected the pumping station. Councilor Mia Dimaculangan "
            "disagreed with him. “The pumps are old,” Dimaculangan said."
        )
        assert _speaker(text)[0] == "Mia Dimaculangan"

    def test_arabic_article_is_no_part(self) -> None:
        """An Arabic article joined by a hyphen is no surname of its own."""
        text = "Ahmed al-Masri arrived on Monday. “We will stay,” Masri said."
        assert _speaker(text)[0] == "Ahmed al-Masri"


class TestClericalRank:
    """A Shia cleric's rank before the name gives way, as a military rank does, to the office set off
    beside the name."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Hojatoleslam Reza Mousavian, a member of the Assembly of Experts, said the vote would be "
                "held in May.",
                "Reza Mousavian",
                "member of the Assembly of Experts",
                id="apposition-after-the-name",
            ),
            pytest.param(
                "“The vote will be held in May,” said Ayatollah Javad Hosseini, the Friday prayer leader of "
                "Tabriz.",
                "Javad Hosseini",
                "Friday prayer leader of Tabriz",
                id="apposition-after-said",
            ),
            pytest.param(
                "Hojatoleslam Reza Mousavian said the vote would be held in May.",
                "Reza Mousavian",
                "Hojatoleslam",
                id="rank-alone-stays",
            ),
        ],
    )
    def test_office_over_rank(self, text: str, name: str, role: str) -> None:
        """The apposed office is the role; with none, the rank stays."""
        assert _speaker(text) == (name, role)
