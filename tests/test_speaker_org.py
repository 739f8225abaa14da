"""The organisation a speaker's title or description names: ``Speaker.organization`` (sentences written for
these tests in the style of wire copy)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from geoquote._quote_lexicon import DEFAULT_LEXICON
from geoquote._speaker_org import acronym_expansion, organization_in


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("spokeswoman for the Russian Foreign Ministry", "Russian Foreign Ministry"),
        ("Human Rights Watch's EU director", "Human Rights Watch"),
        ("China's Taiwan Affairs Office spokesman", "Taiwan Affairs Office"),
        ("State Department spokesman", "State Department"),
        ("White House Press Secretary", "White House"),
        ("Pentagon press secretary", "Pentagon"),
        ("Kremlin spokesman", "Kremlin"),
        ("Senate Majority Leader", "Senate"),
        ("Ministry of Foreign Affairs spokesperson", "Ministry of Foreign Affairs"),
        ("University of Leeds professor", "University of Leeds"),
        ("Hamas political bureau chief", "Hamas"),
        ("IAEA Director General", "IAEA"),
        ("Retired Army Col.", "Army"),
        ("head of the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("senior fellow at the Baltic Policy Institution", "Baltic Policy Institution"),
        ("chairman of the Council on Foreign Relations", "Council on Foreign Relations"),
        ("spokesman for Chile’s Antarctic Affairs Office", "Antarctic Affairs Office"),
        ("director of the University of Essex's Centre for Conflict Studies", "Centre for Conflict Studies"),
        ("Dalton Group's chief executive", "Dalton Group"),
        ("a reporter for The Boston Herald", "The Boston Herald"),
        ("president of the University of Asian Studies in Seoul", "University of Asian Studies"),
        ("a source in the Chilean Defence Ministry", "Chilean Defence Ministry"),
        ("Officials in Washington", None),
        ("foreign ministry spokeswoman", "foreign ministry"),
        ("a coast guard spokesman", "coast guard"),
        ("party official", None),
        ("vice-president of the Chamber of Grain Shippers", "Chamber of Grain Shippers"),
        ("analyst at the Doha-based Gulf Energy Forum", "Gulf Energy Forum"),
        ("a spokesman for Nile Rail", "Nile Rail"),
        ("chief executive of Caspian Shipping JSC", "Caspian Shipping JSC"),
        ("Lagos-based Centre for Port Studies researcher", "Centre for Port Studies"),
        ("Governor's Office spokeswoman", "Governor's Office"),
        ("Peace and Democracy Party deputy leader", "Peace and Democracy Party"),
        ("Ruling Unity and Progress Party (UPP) spokesman", "Unity and Progress Party"),
        ("head of the district administration", "district administration"),
        ("member of the current administration", None),
        ("a trading company spokesman", None),
        ("Main opposition Republican Unity Party lawmaker", "Republican Unity Party"),
        ("Justice Department spokeswoman", "Justice Department"),
        ("a source in the Georgian government", "Georgian government"),
        ("a source in the government", None),
        ("spokesperson for the Ministry of National Defence", "Ministry of National Defence"),
        ("Ministry of Public Health spokesman", "Ministry of Public Health"),
        ("Alliance for Civic Renewal National Executive Director", "Alliance for Civic Renewal"),
        ("spokesman for Peru's foreign ministry", "Peru's foreign ministry"),
        ("aide to Peru's interior minister", None),
        ("a vice department director", None),
        ("deputy director of the party Propaganda Committee", "party Propaganda Committee"),
        ("his counterpart in Brussels", None),
        ("an envoy from Brussels", None),
        ("a source in the EU", "EU"),
        ("analysts at Kestrel House", "Kestrel House"),
        ("a Reagan White House aide", None),
        ("A report by the Caspian Crisis Group", "Caspian Crisis Group"),
        ("a sailor rescued by the Coast Guard", None),
        ("Department of Justice spokeswoman", "Department of Justice"),
        ("Ministry of Police spokesman", "Ministry of Police"),
        ("spokesman for the Benevolent Order of Police", "Benevolent Order of Police"),
        ("Federation of Nurses", "Federation of Nurses"),
        ("Delta Policy Forum's", "Delta Policy Forum"),
        ("Ana Ruiz of the Delta Policy Forum", "Delta Policy Forum"),
        ("envoy of the Russian Federation", None),
        ("spokesman for the Soviet Union", None),
        ("Defence ministry spokeswoman", "Defence ministry"),
        ("Party official", None),
        ("deputy director of the ruling party Propaganda Committee", "party Propaganda Committee"),
        ("a grains analyst at Veltrix in Lodz", "Veltrix"),
        ("chief economist at Tarnwell,", "Tarnwell"),
        ("an analyst at Paris", None),
        ("a lawyer at Dorsey & Whitlock", None),
        ("a senior executive at Ardent's parent company", None),
        ("arrived at Gatwick", None),
        ("a lawyer for the Cedar Ridge Club", "Cedar Ridge Club"),
        ("president of the Coastal Ferry Coalition", "Coastal Ferry Coalition"),
        ("chair of the Rural Women Caucus", "Rural Women Caucus"),
        ("Brandon Law School professor", "Brandon Law School"),
        ("spokesman for the group Coastal Rights Watch", "Coastal Rights Watch"),
        ("director of the advocacy group Fair Ballot", "Fair Ballot"),
        ("columnist for the Italian newspaper Gazzetta della Sera", "Gazzetta della Sera"),
        ("analyst at the libertarian Hollis Institute", "Hollis Institute"),
        ("founder of the think tank Second Road", "Second Road"),
        ("a copy of the memo seen by The Ledger", None),
        ("the results of the latest Marlow University poll", None),
        ("chief executive of Quillbright", "Quillbright"),
        ("co-founder of Marlow-Tate", "Marlow-Tate"),
        ("governor of Quillbright", None),
        ("fellow with Carver University's Program on Drought", "Carver University"),
        ("organizer with the Delta Coalition for Fair Rent", "Delta Coalition for Fair Rent"),
        ("member of the Club for Open Roads", "Club for Open Roads"),
        ("chief executive officer of Harbor Jet Services", "Harbor Jet Services"),
        ("A phone poll run by the Harbor News Network", "Harbor News Network"),
        ("parts of the memo seen by The Ledger", None),
        ("director of the Kremlin-backed Union of Veterans", "Union of Veterans"),
        ("national director of the Smith-supporting Working Farms Party", "Working Farms Party"),
        ("Saudi-led Coalition spokesman", "Saudi-led Coalition"),
        ("president of the Harbor Pilots of Canada", "Harbor Pilots of Canada"),
        ("spokesman for the Rail Workers of Chile", "Rail Workers of Chile"),
        ("a leader of the Christians of Iraq", None),
        ("an energy analyst with Stratline", "Stratline"),
        ("an aide who met with Vantor", None),
        (
            "head of the Regional Assembly of Haute-Loire",
            "Regional Assembly of Haute-Loire",
        ),
        (
            "president of the United States Maritime Chamber of Commerce",
            "United States Maritime Chamber of Commerce",
        ),
    ],
)
def test_organization_in_role(role: str, organization: str | None) -> None:
    assert organization_in(role, DEFAULT_LEXICON) == organization


@pytest.mark.parametrize(
    "role",
    [
        pytest.param("Ambassador of Russia to Syria", id="a-state-is-no-organization"),
        pytest.param("Advisor to the Supreme Leader of Iran", id="an-office-of-a-state"),
        pytest.param("Turkish Foreign Minister", id="nationality-and-title"),
        pytest.param("Japanese Chief Cabinet Secretary", id="title-words-only"),
        pytest.param("Party leaders", id="a-lone-head-noun-names-no-body"),
        pytest.param("A Marist College poll released on Monday", id="no-role-noun-after-the-body"),
        pytest.param("economist at the Massachusetts Institute of", id="a-name-cut-short"),
        pytest.param("ONE TWO THREE President", id="capitals-of-a-headline"),
        pytest.param("Western diplomat", id="a-loose-grouping-is-no-body"),
        pytest.param("", id="empty"),
        pytest.param(None, id="none"),
    ],
)
def test_no_organization(role: str | None) -> None:
    assert organization_in(role, DEFAULT_LEXICON) is None


def test_join_with_a_person_is_no_body_name() -> None:
    role = "along with Judge Ann Dole of the Court of Appeals for the Ninth Circuit and Mary Lane"
    assert organization_in(role, DEFAULT_LEXICON) == "Court of Appeals for the Ninth Circuit"


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        pytest.param(
            "“The drills will go ahead,” said Lena Ortiz, spokeswoman for the Chilean Defence Ministry.",
            "Lena Ortiz",
            "Chilean Defence Ministry",
            id="apposition-after-name",
        ),
        pytest.param(
            "State Department spokesman Tom Hale told reporters that the talks would resume in March.",
            "Tom Hale",
            "State Department",
            id="title-before-name",
        ),
        pytest.param(
            "A spokesperson for the U.S. Pacific Fleet said the ship had left port on Tuesday.",
            None,
            "U.S. Pacific Fleet",
            id="unnamed-spokesperson",
        ),
        pytest.param(
            "Foreign Minister Ana Costa said the border would stay open.",
            "Ana Costa",
            None,
            id="a-title-names-no-body",
        ),
        pytest.param(
            "The Foreign Ministry said the ambassador had been summoned.",
            "Foreign Ministry",
            "Foreign Ministry",
            id="a-body-is-its-own-organization",
        ),
        pytest.param(
            "Portugal said it would raise its quota.",
            "Portugal",
            None,
            id="a-state-is-no-organization",
        ),
        pytest.param(
            "The Kremlin said the exercises were routine.",
            "Kremlin",
            "Kremlin",
            id="a-seat-of-government-is-a-body",
        ),
        pytest.param(
            "Officials in Tbilisi insist the exercises are routine.",
            None,
            None,
            id="unnamed-officials-are-no-body",
        ),
        pytest.param(
            "Pentagon officials said the carrier would stay in the Gulf.",
            None,
            "Pentagon",
            id="unnamed-officials-of-a-body",
        ),
        pytest.param(
            "The head of the Chamber of Grain Shippers, Rosa Quintana, said the tolls were hurting trade.",
            "Rosa Quintana",
            "Chamber of Grain Shippers",
            id="a-chamber-in-an-apposed-title",
        ),
        pytest.param(
            "A spokeswoman for Nile Rail said the timetable had not been set.",
            None,
            "Nile Rail",
            id="a-rail-carrier",
        ),
        pytest.param(
            "A spokesman for the Ministry of National Defence said the patrols would continue.",
            None,
            "Ministry of National Defence",
            id="a-ministry-named-after-its-portfolio",
        ),
        pytest.param(
            "A spokeswoman for Peru's energy ministry, Elsa Ramos, said the pipeline was shut.",
            "Elsa Ramos",
            "Peru's energy ministry",
            id="a-state-s-ministry-in-lower-case",
        ),
        pytest.param(
            "Pak Chol-su, a vice department director of the party Propaganda Committee, said the film was "
            "banned.",
            "Pak Chol-su",
            "party Propaganda Committee",
            id="a-rank-before-a-head-noun-is-part-of-the-title",
        ),
        pytest.param(
            "My counterpart in Brussels, Anton Lagerfeld, told me the funds would be released.",
            "Anton Lagerfeld",
            None,
            id="a-body-s-seat-after-in-is-a-place",
        ),
        pytest.param(
            "Analysts at Kestrel House argue that the tariff is a bargaining chip.",
            None,
            "Kestrel House",
            id="a-body-named-after-its-house",
        ),
        pytest.param(
            "A report by the Caspian Crisis Group found that port fees had tripled.",
            None,
            "Caspian Crisis Group",
            id="the-author-of-a-report",
        ),
        pytest.param(
            "The Centre for Justice noted that bail costs had doubled.",
            None,
            "Centre for Justice",
            id="a-body-whose-name-closes-with-a-role-noun-s-spelling",
        ),
        pytest.param(
            "Defence ministry spokeswoman Ana Ruiz said the drills had ended.",
            "Ana Ruiz",
            "Defence ministry",
            id="a-lower-case-body-capitalised-at-the-sentence-start",
        ),
        pytest.param(
            "“Prices will fall,” said Ana Ruiz, a grains analyst at Veltrix in Lodz.",
            "Ana Ruiz",
            "Veltrix",
            id="a-one-word-employer-after-at",
        ),
        pytest.param(
            "“Turnout will drop,” said Ana Ruiz, director of the advocacy group Fair Ballot.",
            "Ana Ruiz",
            "Fair Ballot",
            id="a-body-named-after-its-kind",
        ),
    ],
)
def test_speaker_organization(text: str, name: str | None, organization: str | None) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.organization) == (name, organization)


def test_its_title_after_a_body_in_the_sentence_before() -> None:
    """A possessive title speaks for the body the sentence before named, though the body's name ends with a
    portfolio spelt as a role noun ("... Order of Police")."""
    text = (
        "The Benevolent Order of Police weighed in on Monday. Its national president, Tom Reyes, said the "
        "officers were exhausted."
    )
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    assert (sp.name, sp.organization) == ("Tom Reyes", "Benevolent Order of Police")


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        ("the Islamic Revolutionary Guard Corps (IRGC) said", "IRGC", "Islamic Revolutionary Guard Corps"),
        (
            "the Syrian Observatory for Human Rights (SOHR) said",
            "SOHR",
            "Syrian Observatory for Human Rights",
        ),
        (
            "the Organization for Security and Co-operation in Europe (OSCE) said",
            "OSCE",
            "Organization for Security and Co-operation in Europe",
        ),
        ("Chile's Joint Staff (JS) said", "JS", "Joint Staff"),
    ],
)
def test_acronym_expansion(text: str, acronym: str, name: str) -> None:
    assert acronym_expansion(text, acronym) == name


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        pytest.param("the Democratic Forces of Syria (SDF) said", "SDF", id="capitals-out-of-order"),
        pytest.param("the agency (IAEA) said", "IAEA", id="no-capitalised-name"),
        pytest.param("the JS said", "JS", id="never-introduced"),
    ],
)
def test_no_acronym_expansion(text: str, acronym: str) -> None:
    assert acronym_expansion(text, acronym) is None


def test_acronym_speaks_for_the_body_it_was_introduced_with() -> None:
    text = (
        "Chile's Joint Staff (JS) said on Monday that the frigate had returned to port.\n\n"
        "“All crew members are safe,” the JS said in a statement."
    )
    names = [q.speaker.name for q in find_quotes(text) if q.speaker]
    assert names == ["Chile's Joint Staff", "Chile's Joint Staff"]


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        pytest.param(
            "“The road is open,” Omar Haddad said.\n\nChile's foreign minister, Ana Costa, toured the port "
            "on Monday. She told reporters that the quay would reopen.",
            "Chile's foreign minister",
            None,
            id="title-opening-the-sentence-of-a-later-pronoun",
        ),
        pytest.param(
            "“The convoy has reached Gao,” said the Malian commander.",
            "Malian commander",
            None,
            id="no-full-stop-in-a-role",
        ),
        pytest.param(
            "Mali's defence chief, Gen. Issa Kone, said the convoy had reached Gao.",
            "Mali's defence chief",
            None,
            id="a-rank-gives-way-to-the-apposition",
        ),
        pytest.param(
            "Navy spokesman Ivo Marin dismissed the report.\n\n“The frigate is safe,” Marin told reporters.",
            "Navy spokesman",
            "Navy",
            id="title-given-in-passing",
        ),
        pytest.param(
            "Foreign Ministry spokesperson Lin Hao made the remarks at a briefing.\n\n"
            "“China firmly opposes this,” Lin said.",
            "Foreign Ministry spokesperson",
            "Foreign Ministry",
            id="body-before-a-lower-case-role-noun",
        ),
        pytest.param(
            "Since President Ana Costa took office, the port has stayed open.\n\n"
            "“It will stay open,” Costa said on Monday.",
            "President",
            None,
            id="sentence-opener-is-no-part-of-the-title",
        ),
        pytest.param(
            "Sens. Ana Costa and Ivo Marin met the envoy.\n\n“We had a good talk,” Costa said.",
            None,
            None,
            id="an-office-of-several-is-nobody-s-role",
        ),
    ],
)
def test_role_from_an_earlier_title(text: str, role: str | None, organization: str | None) -> None:
    q = find_quotes(text)[-1]
    assert q.speaker is not None
    assert (q.speaker.role, q.speaker.organization) == (role, organization)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "UNHCR said 4,000 people had crossed the border overnight. The agency said shelters were full.",
            "UNHCR",
            id="generic-agency-after-an-acronym",
        ),
        pytest.param(
            "The Arctic Research Foundation said the ice had thinned again. “We are alarmed,” the "
            "organization said.",
            "Arctic Research Foundation",
            id="generic-organization-after-a-foundation",
        ),
        pytest.param(
            "Foreign Ministry spokesperson Lin Hao said Beijing opposed the sanctions. “China will respond "
            "firmly,” the ministry said.",
            "Foreign Ministry",
            id="ministry-named-in-a-speaker-s-title",
        ),
    ],
)
def test_body_noun_refers_to_the_body_named_before(text: str, name: str) -> None:
    """A definite body noun speaks for the body that spoke just before, or the one a speaker's title named."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    assert (sp.name, sp.resolution) == (name, "role")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "UNHCR said 4,000 people had crossed the border overnight. "
            + "Aid trucks waited at the gate. " * 16
            + "The agency said shelters were full.",
            id="body-spoke-too-long-ago",
        ),
        pytest.param(
            "Portugal said it would raise its quota. The agency said shelters were full.",
            id="a-state-is-no-agency",
        ),
    ],
)
def test_body_noun_without_a_body_nearby(text: str) -> None:
    """A generic body noun far from any body that spoke, or after a state, stays unresolved."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    assert sp.name is None


class TestLongNamesAndAcronyms:
    """A body's name joined by "and" after "for" speaks whole, and a body's acronym spelt like a relative
    pronoun ("WHO") is a body, never "who" (sentences written for these tests)."""

    @pytest.mark.parametrize(
        ("text", "name", "organization"),
        [
            pytest.param(
                "The Centers for Disease Control and Prevention said flu cases had peaked early.",
                "Centers for Disease Control and Prevention",
                "Centers for Disease Control and Prevention",
                id="plural-institution-and-after-for",
            ),
            pytest.param(
                "“Flu cases have peaked,” said the Centres for Food Safety and Nutrition.",
                "Centres for Food Safety and Nutrition",
                "Centres for Food Safety and Nutrition",
                id="and-inside-a-body-after-the-cue",
            ),
            pytest.param(
                "WHO spokeswoman Ines Kaur said the vaccine stock was low.",
                "Ines Kaur",
                "WHO",
                id="acronym-before-a-role",
            ),
            pytest.param(
                "“The stock is low,” said WHO spokeswoman Ines Kaur.",
                "Ines Kaur",
                "WHO",
                id="acronym-before-a-role-after-the-cue",
            ),
            pytest.param(
                "Ines Kaur, the WHO director for Africa, said the vaccine stock was low.",
                "Ines Kaur",
                "WHO",
                id="acronym-in-an-apposition",
            ),
            pytest.param(
                "“The stock is low,” said Dr. Ines Kaur, the WHO director for Africa.",
                "Ines Kaur",
                "WHO",
                id="acronym-in-an-apposition-after-the-cue",
            ),
            pytest.param(
                "“The stock is low,” said a spokeswoman for the WHO.",
                None,
                "WHO",
                id="role-for-a-body-after-the-cue",
            ),
        ],
    )
    def test_speaker(self, text: str, name: str | None, organization: str) -> None:
        """The speaker and the organisation the mention names."""
        sp = find_quotes(text)[0].speaker
        assert sp is not None
        assert (sp.name, sp.organization) == (name, organization)

    def test_role_keeps_its_body_in_the_mention(self) -> None:
        """An inverted role noun's body belongs to its mention, whose span matches the text."""
        text = "“The stock is low,” said an official at the Ministry of Health and Welfare."
        sp = find_quotes(text)[0].speaker
        assert sp is not None and sp.mention is not None
        assert sp.mention.text == "an official at the Ministry of Health and Welfare"
        assert text[sp.mention.start : sp.mention.end] == sp.mention.text

    def test_relative_who_is_no_body(self) -> None:
        """The relative pronoun in lower case still closes a name ("Ines Kaur, who ...")."""
        text = "Ines Kaur, who runs the clinic, said the vaccine stock was low."
        sp = find_quotes(text)[0].speaker
        assert sp is not None
        assert (sp.name, sp.organization) == ("Ines Kaur", None)


class TestKnownGaps:
    """Organisations the records still miss or take wrongly; each needs a change outside ``_speaker_org``
    (the owner of a possessive title, the carrying of a speaker's fields, the subject of a second conjunct),
    so each is a strict xfail (sentences written for these tests)."""

    def test_its_title_after_a_body_that_did_not_speak(self) -> None:
        """A possessive title speaks for the subject of the sentence before, not an earlier speaker."""
        text = (
            "The Chilean army said it had moved troops north. The Andean Monitoring Commission urged "
            "restraint. Its spokeswoman, Lea Bondi, said the commission was in contact with both sides."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.organization == "Andean Monitoring Commission"

    @pytest.mark.xfail(
        strict=True,
        reason="'Its officials' after a state's sentence takes the body that spoke before it (owner_of in "
        "_speakers skips the state but not the earlier speaker)",
    )
    def test_its_officials_after_a_state(self) -> None:
        """Officials owned by a state the sentence before names speak for no earlier body."""
        text = (
            "A study by the Nordic Trade Institute noted that exports had fallen. Transnistria has run its "
            "own affairs since 1992. Its officials say talks will resume."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.organization is None

    @pytest.mark.xfail(
        strict=True,
        reason="the body read from 'X of the ...' is no role of the entity, so a later surname has none "
        "(_quotes fills the record from the entity's role)",
    )
    def test_body_carried_to_a_later_surname(self) -> None:
        """A person's body named with the first mention stays with the later ones."""
        text = "Ana Ruiz of the Delta Policy Forum argued that a deal was near. “Time is short,” writes Ruiz."
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.organization) == ("Ana Ruiz", "Delta Policy Forum")

    def test_spokeswoman_for_the_group_named_before(self) -> None:
        """A spokeswoman "for the group" speaks for the body the sentence before named."""
        text = (
            "The Harbour Pilots Association opposes the rule. A spokeswoman for the group, Mia Lund, said it "
            "would appeal."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.organization == "Harbour Pilots Association"

    @pytest.mark.xfail(
        strict=True,
        reason="the subject of the second conjunct is read as 'A study' alone, without its author",
    )
    def test_second_conjunct_of_a_study_by_a_body(self) -> None:
        """Both verbs of a study by a body speak for that body."""
        text = (
            "A study by the Nordic Trade Institute noted that exports had fallen, and warned that prices "
            "would rise."
        )
        orgs = [q.speaker.organization for q in find_quotes(text) if q.speaker]
        assert orgs == ["Nordic Trade Institute", "Nordic Trade Institute"]

    @pytest.mark.xfail(
        strict=True, reason="the role of an unnamed spokesman keeps only its noun, not whom he speaks for"
    )
    def test_spokesman_for_a_person(self) -> None:
        """A spokesman for a person speaks for no body; the role says whose spokesman he is."""
        text = "Gov. Ada Brandt spoke on Monday. A spokesman for the governor said she would sign the bill."
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.role, sp.organization) == ("spokesman for the governor", None)
