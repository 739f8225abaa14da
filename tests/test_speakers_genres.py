"""Speaker rules met in genres of world news: Spanish double surnames and particles, Arabic honorifics,
kunyas and long offices, European Parliament and UN briefing copy, military ranks, court reports, and role
nouns that stand for a title ("the officer", "the judge", "the premier", "his counterpart") (sentences
written for these tests; people and events invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _last(text: str) -> tuple[str | None, str | None, str]:
    """Name, role and resolution of the last quotation's speaker."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    return sp.name, sp.role, sp.resolution


class TestCompoundNames:
    """Double surnames, runs of particles, a kunya and accented given names read as one person's name."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Trade Minister Paula Andrea Salcedo Ruiz opened the fair. “Exports are growing,” Salcedo "
                "Ruiz said.",
                "Paula Andrea Salcedo Ruiz",
                id="double-surname-alone",
            ),
            pytest.param(
                "Mayor Jorge Iván Beltrán de la Cruz said the bridge would reopen in May.",
                "Jorge Iván Beltrán de la Cruz",
                id="two-particles-in-a-row",
            ),
            pytest.param(
                "Deputy Pieter van der Wal said the bill would pass. Van der Wal added that talks went on.",
                "Pieter van der Wal",
                id="dutch-particles",
            ),
            pytest.param(
                "Sheikha Latifa bint Khalid Al Suwaidi opened the clinic. Sheikha Latifa said it would serve "
                "women first.",
                "Latifa bint Khalid Al Suwaidi",
                id="bint-inside-a-name",
            ),
            pytest.param(
                "The brigade's commander, Abu Yasser al-Tamimi, said the fighters had pulled back. "
                "Abu Yasser added that the truce would hold.",
                "Abu Yasser al-Tamimi",
                id="kunya-for-the-full-name",
            ),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The last speaker is the person's full name."""
        assert _last(text)[0] == name

    def test_double_surname_is_not_a_crossed_run(self) -> None:
        """A place after a name is no family name of it: "South Dakota" stays a place, not "Ana Ruiz"."""
        text = "Senator Ana Ruiz South Dakota spoke first. South Dakota said the vote would be close."
        assert _last(text)[0] != "Senator Ana Ruiz South Dakota"

    def test_opening_of_a_body_is_no_name(self) -> None:
        """Words that open a longer capitalised run are no person's name unless a given name opens them."""
        text = "Die Umfrage der Stiftung war klar. Die Umfrage said turnout would rise."
        assert _last(text)[0] != "Die Umfrage der Stiftung"

    def test_accented_given_name_marks_gender(self) -> None:
        """A given name written with accents is known without them, so its gender keeps "she" off him."""
        text = (
            "Analyst Marta Quiroga said the peso would hold. Stéphane Okafor, a trader, said it would fall. "
            "“It is oversold,” she said."
        )
        assert _last(text)[0] == "Marta Quiroga"

    def test_given_name_and_first_surname(self) -> None:
        """ "Ana Salcedo" after "Ana Salcedo Ruiz" is the same person."""
        text = "Ana Salcedo Ruiz chaired the session. Later, Ana Salcedo said the vote was fair."
        assert _last(text)[0] == "Ana Salcedo Ruiz"


class TestHonorificsAndStyles:
    """Arabic honorifics before a name and styles of address stand for the person and hold no office."""

    def test_sayyid_before_a_given_name(self) -> None:
        """ "Sayyid" is an honorific: "Sayyid Badr" is the envoy named in full before, with his office."""
        text = (
            "The minister received the Special Envoy of the Sultan, Sayyid Badr bin Hilal Al Rawahi, who "
            "delivered a letter. Sayyid Badr said Muscat backed the talks."
        )
        assert _last(text)[:2] == ("Badr bin Hilal Al Rawahi", "Special Envoy of the Sultan")

    def test_style_takes_the_holders_title(self) -> None:
        """ "His Highness" is no role: resolved, the speaker carries the title of the ruler it stands for."""
        text = "Emir Saud Al Hamdan opened the session. His Highness stressed the need for unity."
        assert _last(text) == ("Saud Al Hamdan", "Emir", "role")

    def test_style_of_an_honorific_alone_gives_no_role(self) -> None:
        """A ruler styled only by honorifics ("His Highness Sheikh") has no office to give."""
        text = (
            "His Highness Sheikh Saud bin Faisal Al Hamdan received the delegation. His Highness said talks "
            "were useful."
        )
        assert _last(text)[:2] == ("Saud bin Faisal Al Hamdan", None)

    def test_honorific_after_a_long_office(self) -> None:
        """ "Minister of State for Trade Dr. X": the office, a link, its portfolio, an honorific, the name."""
        text = "Minister of State for Trade Dr. Huda bint Omar Al Marri told the agency that exports rose."
        assert _last(text)[:2] == ("Huda bint Omar Al Marri", "Minister of State for Trade")

    def test_inverted_long_office(self) -> None:
        """The same office after the cue: "said Minister of State for Energy Ana Ruiz"."""
        text = "“Prices will ease,” said Minister of State for Energy Lina Haddad."
        assert _last(text)[:2] == ("Lina Haddad", "Minister of State for Energy")


class TestAppositions:
    """Offices set off next to a name: a coordinated subject's counterpart, an -ing office, an acronym."""

    def test_counterpart_in_a_coordinated_subject(self) -> None:
        """ "Foreign Minister X and her Peruvian counterpart, Y," gives Y the office it means, with the
        counterpart's country: "Peruvian Foreign Minister", kept when "the Peruvian minister" speaks."""
        text = (
            "Foreign Minister Rosa Quispe and her Peruvian counterpart, Tomás Herrera, met in Lima. Herrera "
            "said trade would grow. “We are ready,” the Peruvian minister added."
        )
        sps = [q.speaker for q in find_quotes(text)]
        assert [(s.name, s.role) for s in sps if s is not None] == [
            ("Tomás Herrera", "Peruvian Foreign Minister"),
            ("Tomás Herrera", "Peruvian Foreign Minister"),
        ]

    def test_coordinated_offices_of_one_person(self) -> None:
        """ "director of X and a professor at Y" are both the named person's: the role keeps both."""
        text = (
            "Ana Ruiz, director of the Lorne Institute and a professor at Vell University, said rates would "
            "fall."
        )
        assert _last(text)[1] == "director of the Lorne Institute and a professor at Vell University"

    def test_participle_that_heads_an_office(self) -> None:
        """ "commanding officer of ..." is an office, not a participle aside."""
        text = "Col. Imran Shah, commanding officer of the brigade, said the road was open."
        assert _last(text)[:2] == ("Imran Shah", "commanding officer of the brigade")

    def test_acronym_after_a_body_in_an_apposition(self) -> None:
        """ "the Director General of X (XPR)" is the office of the person before it, not a speaker."""
        text = (
            "Maj. Gen. Faisal Noor, the Director General of Army Public Relations (APR), told reporters the "
            "pass was clear."
        )
        assert _last(text)[:2] == ("Faisal Noor", "Director General of Army Public Relations")

    def test_office_closing_the_clause_before_a_later_mention(self) -> None:
        """An office written before the name with a comma gives the role of a later surname mention."""
        text = (
            "The council heard the Special Coordinator for the Lakes Region, Ines Varga, on Monday. Varga "
            "told reporters the camps were full."
        )
        assert _last(text)[1] == "Special Coordinator for the Lakes Region"

    def test_no_office_after_a_preposition(self) -> None:
        """ "Among Republicans, X" sets off no office: the plural group is no title."""
        text = "Among Republicans, Tom Hale leads the field. Hale said the race was not over."
        assert _last(text)[1] is None


class TestRoleNouns:
    """Role nouns that stand for another spelling of a title, or for a holder named just after them."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Lt. Col. Omar Baig said the militants had fled. “We searched every house,” the officer "
                "said.",
                "Omar Baig",
                id="officer-for-a-rank",
            ),
            pytest.param(
                "Col. Ana Torres said the drills were over. “We are done,” the colonel said.",
                "Ana Torres",
                id="colonel-for-col",
            ),
            pytest.param(
                "Brig. Sadia Khan spoke at the parade. “We stand ready,” the brigadier said.",
                "Sadia Khan",
                id="brigadier-for-brig",
            ),
            pytest.param(
                "Maj. Gen. Idris Lone visited the post. “The border is calm,” the general said.",
                "Idris Lone",
                id="general-for-gen",
            ),
            pytest.param(
                "Justice Wairimu Kamau adjourned the case. “Both sides will file again,” the judge ruled.",
                "Wairimu Kamau",
                id="judge-for-justice",
            ),
            pytest.param(
                "Chief Justice Ngozi Okafor opened the term. “Delay is denial,” the CJ said.",
                "Ngozi Okafor",
                id="cj-for-chief-justice",
            ),
            pytest.param(
                "Former prime minister Ivo Radić attended the service. “He was a friend,” the former premier "
                "said.",
                "Ivo Radić",
                id="premier-for-prime-minister",
            ),
            pytest.param(
                "Home Affairs Commissioner Ilse Berg spoke first. Green MEP Lars Holm said the text was "
                "weak. “It fails children,” the MEP added.",
                "Lars Holm",
                id="mep-is-a-role",
            ),
        ],
    )
    def test_holder(self, text: str, name: str) -> None:
        """The last speaker is the holder of the title the role noun stands for."""
        assert _last(text)[0] == name

    def test_justice_minister_is_no_judge(self) -> None:
        """A title that only holds "Justice" ("Justice Minister") is no judge's."""
        text = "Justice Minister Ana Ruiz spoke on Monday. “The appeal fails,” the judge ruled."
        assert _last(text)[0] is None

    def test_office_in_the_lede_named_after(self) -> None:
        """A lede's "the rapporteur", with nobody named before, is the rapporteur the story names next."""
        text = (
            "MEPs clashed over the reform, with the rapporteur warning that delay would help extremists.\n\n"
            "“The time for excuses is over,” said rapporteur Maria Lind (EPP, Sweden)."
        )
        first = find_quotes(text)[0].speaker
        assert first is not None
        assert (first.name, first.resolution) == ("Maria Lind", "role")

    def test_spokesperson_named_after_with_an_apposition(self) -> None:
        """ "his spokesperson said", then "X, Spokesperson for the Secretary-General, told": X."""
        text = (
            "The Secretary-General is alarmed by the fighting, his spokesperson said on Monday.\n\n"
            "“All parties must protect civilians,” Ola Brekke, Spokesperson for the Secretary-General, told "
            "reporters."
        )
        first = find_quotes(text)[0].speaker
        assert first is not None
        assert first.name == "Ola Brekke"

    def test_qualified_office_in_the_lede_guesses_nobody(self) -> None:
        """ "the Texas governor" in a lede is not the governor of another state named after it."""
        text = "“Taxes will fall,” the Texas governor said.\n\nOhio Gov. Tom Hale disagreed."
        assert _last(text)[0] is None

    def test_modifier_ending_in_ing_before_a_role(self) -> None:
        """ "A UN peacekeeping official" is the whole subject, not "official" alone."""
        sp = find_quotes("A UN peacekeeping official said the camp was overcrowded.")[-1].speaker
        assert sp is not None and sp.mention is not None
        assert sp.mention.text == "A UN peacekeeping official"

    def test_group_of_experts_named_by_an_acronym(self) -> None:
        """ "the group of U.N. experts" is the group, not the experts after "of"."""
        sp = find_quotes("“Stop the siege,” the group of U.N. independent experts said.")[-1].speaker
        assert sp is not None and sp.mention is not None
        assert sp.mention.text == "the group of U.N. independent experts"


class TestKnownGaps:
    """Speaker gaps of these genres left open (strict xfails)."""

    @pytest.mark.xfail(strict=True, reason="a rank with '(retd)' in brackets is not read as the name's title")
    def test_retired_rank_in_brackets(self) -> None:
        """ "Brig. (retd) X" titles X a brigadier, so "the retired brigadier" is X."""
        text = (
            "Brig. (retd) Hamid Rana, a defence analyst, said the raid worked. The retired brigadier warned "
            "that the militants would return."
        )
        assert _last(text)[0] == "Hamid Rana"

    @pytest.mark.xfail(
        strict=True, reason="an inverted office of more than ten words is not read to its holder"
    )
    def test_inverted_office_chain(self) -> None:
        """ "said Head of the Department of Trade of the Ministry of Economy of Kazakhstan X": X."""
        text = (
            "“Exports rose,” said Head of the Department of Trade of the Ministry of Economy of Kazakhstan "
            "Dana Serikova."
        )
        assert _last(text)[0] == "Dana Serikova"
