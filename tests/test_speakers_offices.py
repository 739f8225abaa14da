"""Speakers held by described offices: unnamed delegates and envoys as antecedents, the nearest holder of a
role noun, honorifics kept out of roles and long titles kept whole (sentences written for these tests in
the style of UN coverage, court reports, parliamentary reports and translated agency copy)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


class TestUnnamedDescribedSubject:
    """A described office holder nobody names, opening a sentence, is what a following pronoun means."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Envoy Lotte Brandt briefed the council. The delegate of Uruguay said the budget was too "
                "small. She asked members to raise it.",
                None,
                id="delegate-of-a-state-then-she",
            ),
            pytest.param(
                "Senator Ruth Okafor left early. The bank's chief economist told reporters rates would "
                "stay. She said inflation was easing.",
                None,
                id="possessed-office-then-she",
            ),
            pytest.param(
                "Envoy Lotte Brandt briefed the council. The minister said the budget was too small. She "
                "asked members to raise it.",
                "Lotte Brandt",
                id="bare-role-noun-leaves-the-pronoun-alone",
            ),
            pytest.param(
                "Governor Hal Brennick spoke in Dayton. The Republican party nominee noted that polls had "
                "moved. He said the race was close.",
                "Hal Brennick",
                id="epithet-without-a-body-leaves-the-pronoun-alone",
            ),
        ],
    )
    def test_pronoun_after_unnamed_subject(self, text: str, name: str | None) -> None:
        """The pronoun does not skip the described holder to reach a person named before."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.mention is not None
        assert sp.mention.text in ("She", "He")
        assert sp.name == name

    def test_pronoun_keeps_the_described_role(self) -> None:
        """A pronoun meaning an unnamed delegate reads as a pronoun with that delegate's role."""
        sp = find_quotes(
            "The delegate of Uruguay said the budget was too small. She asked members to raise it."
        )[-1].speaker
        assert sp is not None
        assert (sp.resolution, sp.role) == ("pronoun", "delegate")

    def test_pronoun_keeps_the_described_body(self) -> None:
        """A pronoun meaning an unnamed office holder keeps the body the description names."""
        sp = find_quotes(
            "The bloc's trade commissioner told reporters the tariffs would stay. He said talks would resume."
        )[-1].speaker
        assert sp is not None
        assert sp.name is None and sp.resolution == "pronoun" and sp.role is not None


class TestHonorificsOutOfRoles:
    """Honorifics address a person; they are no part of the office, and no name."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Chairman of the Council Mr. Idris Mahfouz said the session would resume.",
                "Idris Mahfouz",
                "Chairman of the Council",
                id="office-of-a-body-then-mr",
            ),
            pytest.param(
                "Comrade Dr. Kamal Ayoub said the harvest had doubled.",
                "Kamal Ayoub",
                None,
                id="comrade-and-doctor-are-no-role",
            ),
            pytest.param(
                "Comrade Kamal Ayoub said the harvest had doubled.",
                "Kamal Ayoub",
                None,
                id="comrade-is-no-part-of-the-name",
            ),
        ],
    )
    def test_role(self, text: str, name: str, role: str | None) -> None:
        """The name and role leave out the honorific."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.role) == (name, role)

    def test_his_excellency_abbreviated(self) -> None:
        """'H.E.' alone is the dignitary styled so just before, never a name of its own."""
        sp = find_quotes(
            "Minister of Trade H.E. Dr. Samir Haddad met the delegation. "
            "H.E. stressed that exports had grown."
        )[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == ("Samir Haddad", "role")
        assert sp.role != "H.E."

    def test_his_excellency_with_nobody_styled(self) -> None:
        """'H.E.' with nobody styled before it stays unresolved."""
        sp = find_quotes("The talks ended. H.E. stressed that exports had grown.")[-1].speaker
        assert sp is not None
        assert (sp.name, sp.role, sp.resolution) == (None, None, "none")


class TestNearestMinister:
    """A role noun takes the holder of that office named nearest, of the country it names."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Prime Minister Lior Dagan said the port was open. Later, Trade Minister Nadia Ferro met "
                "exporters. The minister said tariffs would fall.",
                "Nadia Ferro",
                id="minister-named-since-the-prime-minister",
            ),
            pytest.param(
                "Prime Minister Lior Dagan met exporters. The minister said tariffs would fall.",
                "Lior Dagan",
                id="prime-minister-the-only-minister",
            ),
            pytest.param(
                "Minister Pavel Orlik held talks with the Qatari minister of state Khalid Al Thani. The "
                "Qatari minister said trade had grown.",
                "Khalid Al Thani",
                id="demonym-picks-the-minister-of-state-of-that-country",
            ),
        ],
    )
    def test_holder(self, text: str, name: str) -> None:
        """The role noun resolves to the nearest fitting holder."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == (name, "role")


class TestOfficeOfAPlaceBeforeTheName:
    """An office written before its holder with the place it is for, as parliaments and agencies write it."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Green MP for Harrow Vale Declan Rourke asked whether the audit was complete.",
                "Declan Rourke",
                "Green MP for Harrow Vale",
                id="party-mp-for-a-constituency",
            ),
            pytest.param(
                "Ambassador of the Republic of Poland to Amman Mr. Tomasz Nowicki said the visit was useful.",
                "Tomasz Nowicki",
                "Ambassador of the Republic of Poland to Amman",
                id="ambassador-of-a-state-to-a-capital-then-mr",
            ),
        ],
    )
    def test_holder(self, text: str, name: str, role: str) -> None:
        """The name is the holder's alone, the role the whole office without the honorific."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.role, sp.organization) == (name, role, None)

    def test_later_surname_is_the_holder(self) -> None:
        """A later surname is the holder, not the constituency's words run into the name."""
        sp = find_quotes(
            "Green MP for Harrow Vale Declan Rourke rose first. Rourke added: “The audit is late.”"
        )[-1].speaker
        assert sp is not None
        assert sp.name == "Declan Rourke"

    def test_the_ambassador_later(self) -> None:
        """A later 'The Ambassador' is the holder of that office."""
        sp = find_quotes(
            "Ambassador of the Republic of Poland to Amman Mr. Tomasz Nowicki said the visit was useful. "
            "The Ambassador added that trade would grow."
        )[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == ("Tomasz Nowicki", "role")


class TestOfficeSetBeforeTheName:
    """An office set off before a name by a comma is the role, over an academic title or honorific."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Counsel for Freedonia, Professor Ilse Brandvold, argued that the treaty had lapsed.",
                "Ilse Brandvold",
                "Counsel for Freedonia",
                id="counsel-then-professor",
            ),
            pytest.param(
                "Counsel for Freedonia, Dame Hilary Stowe, argued that the treaty had lapsed.",
                "Hilary Stowe",
                "Counsel for Freedonia",
                id="counsel-then-dame",
            ),
            pytest.param(
                "Professor Ilse Brandvold argued that the treaty had lapsed.",
                "Ilse Brandvold",
                "Professor",
                id="professor-alone-stays-the-role",
            ),
            pytest.param(
                "The assembly heard the High Commissioner for Refugees, Tariq Benali, who warned that funds "
                "were short.",
                "Tariq Benali",
                "High Commissioner for Refugees",
                id="office-closing-a-clause-then-name-who",
            ),
            pytest.param(
                "The panel thanked Senator Ruth Okafor, Tariq Benali, who warned that funds were short.",
                "Tariq Benali",
                None,
                id="a-titled-name-before-is-no-office",
            ),
        ],
    )
    def test_role(self, text: str, name: str, role: str | None) -> None:
        """The role is the office set before the name."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.role) == (name, role)


class TestHolderOfAStateOffice:
    """'the representative of <State>, who said' is the representative, not the state."""

    @pytest.mark.parametrize(
        ("text", "mention", "role"),
        [
            pytest.param(
                "Also taking the floor was the delegate of Malawi, who said that aid had fallen.",
                "the delegate of Malawi",
                "delegate",
                id="delegate-of-a-state-who-said",
            ),
            pytest.param(
                "Last to speak was the envoy of Ecuador, who said the vote was premature.",
                "the envoy of Ecuador",
                "envoy",
                id="envoy-of-a-state-who-said",
            ),
        ],
    )
    def test_mention(self, text: str, mention: str, role: str) -> None:
        """The mention is the office holder, unresolved, with the office as role."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.mention is not None
        assert (sp.name, sp.mention.text, sp.role, sp.resolution) == (None, mention, role, "none")


class TestRoleFromAnIntroduction:
    """A description that introduced a person before a name, in a sentence with no quotation, stays their
    role when a pronoun later quotes them."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                "The Greens' shadow energy spokesperson, Maeve Doran, rose next. She accused ministers of "
                "“dithering”.",
                "The Greens' shadow energy spokesperson",
                id="possessive-then-two-plain-nouns",
            ),
            pytest.param(
                "Chile's foreign minister, Maeve Doran, toured the port. She said the dock would reopen.",
                "Chile's foreign minister",
                id="possessive-then-a-modifier",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The pronoun's speaker keeps the introducing description as role."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == ("Maeve Doran", "pronoun")
        assert sp.role is not None
        assert sp.role.removeprefix("The ") == role.removeprefix("The ")


def test_office_of_no_named_body_leaves_the_pronoun() -> None:
    """An epithet with a lower-case complement ('former secretary of state') names no body: a pronoun
    after it still goes to the person named before."""
    sp = find_quotes(
        "Senator Ruth Okafor spoke in Ohio. The leading Republican hopeful and onetime secretary of state "
        "said taxes would fall. “We will act,” she said."
    )[-1].speaker
    assert sp is not None
    assert sp.name == "Ruth Okafor"


class TestBodyNamedInPassing:
    """A definite body noun takes a body named in passing just before, whose name holds the noun."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "The Permanent Court of Arbitration heard both sides. The court ruled that the dam was "
                "lawful.",
                "Permanent Court of Arbitration",
                id="court-of-named-in-passing",
            ),
            pytest.param(
                "The Ministry of Fisheries issued a note. The ministry said quotas would stay.",
                "Ministry of Fisheries",
                id="ministry-of-named-in-passing",
            ),
            pytest.param(
                "The Ministry of Fisheries issued a note. The health ministry said quotas would stay.",
                None,
                id="another-portfolio-is-another-body",
            ),
        ],
    )
    def test_body(self, text: str, name: str | None) -> None:
        """The body noun resolves to the body named before, or to nothing when the portfolio differs."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.name == name


class TestPartiesToACase:
    """'The applicant' and 'the respondent' are the parties a case was brought by and against."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Freedonia filed the application in March. The applicant said the border must reopen.",
                "Freedonia",
                id="applicant-brought-the-case",
            ),
            pytest.param(
                "Freedonia lodged the complaint against Sylvania in March. The respondent said the border "
                "was shut lawfully.",
                "Sylvania",
                id="respondent-the-case-was-brought-against",
            ),
            pytest.param(
                "The hearing opened in March. The applicant said the border must reopen.",
                None,
                id="no-case-brought-no-party",
            ),
        ],
    )
    def test_party(self, text: str, name: str | None) -> None:
        """The party noun resolves to the party named with the filing, or to nobody."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.name == name


class TestKnownGaps:
    """Faults of this family not fixed yet, kept as strict expected failures."""

    @pytest.mark.xfail(
        strict=True,
        reason="a later 'Minister X' keeps its own one-word title: the speaker's role is built in _quotes.py "
        "from the mention's title before the entity's fuller one ('Minister of Trade and Industry')",
    )
    def test_later_title_takes_the_fuller_office(self) -> None:
        """A short later title gives way to the long office the article gave the person."""
        sp = find_quotes(
            "Minister of Trade and Industry Samir Haddad received the envoy. Minister Haddad affirmed that "
            "exports had grown."
        )[-1].speaker
        assert sp is not None
        assert sp.role == "Minister of Trade and Industry"

    @pytest.mark.xfail(
        strict=True,
        reason="the name scan reads 'H.E.' as two initials, so the office written before 'H.E. Dr. X' is "
        "not recorded as X's title and 'H.E.' resolves with no role",
    )
    def test_his_excellency_takes_the_office(self) -> None:
        """'H.E.' resolves to the holder with the office written before the style."""
        sp = find_quotes(
            "Minister of Trade H.E. Dr. Samir Haddad met the delegation. "
            "H.E. stressed that exports had grown."
        )[-1].speaker
        assert sp is not None
        assert sp.role == "Minister of Trade"


def test_they_after_unnamed_analysts() -> None:
    """'they' after 'Analysts at X argue' is those analysts (a strict xfail until the 28th session)."""
    sp = find_quotes(
        "Analysts at the Lowy Institute argue that the port is a bargaining chip. In a brief, they "
        "wrote that the deal was “fragile”."
    )[-1].speaker
    assert sp is not None
    assert (sp.resolution, sp.organization) == ("pronoun", "Lowy Institute")
