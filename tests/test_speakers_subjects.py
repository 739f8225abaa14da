"""Which word of a subject speaks, and what its title and body are (sentences written for these tests in the
style of wire copy; people, places and firms invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _last(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    """The last record's speaker as (name, mention, role, organisation)."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    return sp.name, sp.mention.text if sp.mention else None, sp.role, sp.organization


class TestHeadOfTheSubject:
    """The person or group noun heads the subject, not the place, body or pronoun after it."""

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            pytest.param(
                "Economists in Tarvissa said the port strike had pushed up freight rates.",
                "Economists in Tarvissa",
                id="seat-no-gazetteer-knows",
            ),
            pytest.param(
                "The vote was delayed again, an envoy at the African Union in Orvena said.",
                "an envoy at the African Union in Orvena",
                id="body-then-seat",
            ),
            pytest.param(
                "A doctor who has treated him said the minister was recovering well.",
                "A doctor",
                id="object-pronoun-in-a-relative",
            ),
            pytest.param(
                "Three lawmakers left the session early. Two of them said the bill was rushed.",
                "Two of them",
                id="count-of-a-pronoun",
            ),
            pytest.param(
                "Brokers in Tarvissa said the port strike had pushed up freight rates.",
                "Brokers in Tarvissa",
                id="plural-of-a-trade-the-roles-list",
            ),
            pytest.param(
                "Wholesalers in Tarvissa said the port strike had pushed up freight rates.",
                "Wholesalers in Tarvissa",
                id="plural-noun-no-lexicon-knows",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="a capitalised plural that no role list holds ('Wholesalers') reads as a name, so "
                    "the mention is given as a person's name",
                ),
            ),
        ],
    )
    def test_mention(self, text: str, mention: str) -> None:
        """The mention covers the head noun; nobody is named, so no name is given."""
        name, got, _role, _org = _last(text)
        assert (name, got) == (None, mention)

    def test_preposition_in_a_title_case_name(self) -> None:
        """A capitalised "Without" inside a group's name keeps the name whole."""
        name, _m, _r, _o = _last("Engineers Without Borders said the water plant would reopen in May.")
        assert name == "Engineers Without Borders"


class TestRoleOfAnApposition:
    """An apposed title loses the clause's conjunction or time phrase, and outranks a military rank."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                "The minister was abroad. On Friday her spokesman, Tomas Velek, said the trip was on.",
                "spokesman",
                id="time-phrase-before-the-title",
            ),
            pytest.param(
                "The union called it a step, but its chairman, Aldo Ferrante, insisted the strike was on.",
                "chairman",
                id="conjunction-before-the-title",
            ),
            pytest.param(
                "The defence ministry called the drill routine, and its spokesman, Senior Colonel Wu Jiahao, "
                "said it targeted no one.",
                "spokesman",
                id="rank-after-the-title",
            ),
            pytest.param(
                '"The border stays shut," said Colonel Idrissa Kone, spokesman for the transitional council.',
                "spokesman for the transitional council",
                id="title-apposed-after-a-rank",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The role is the office alone."""
        _n, _m, got, _o = _last(text)
        assert got == role

    def test_royal_style_stays(self) -> None:
        """A style of royalty is kept over a description apposed to the name."""
        _n, _m, role, _o = _last('"We will build," said Prince Faisal, a cousin of the king, on Sunday.')
        assert role == "Prince"


class TestBodyInTheTitle:
    """The body a title names: a firm's name, an acronym after "senior", a state's body in lower case."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                '"Stocks are thin," said Mara Holt, an analyst at Kestrel Ridge Partners.',
                "Kestrel Ridge Partners",
                id="firm-ending-partners",
            ),
            pytest.param(
                "Grain traders at Marlow Commodities said the harvest was late.",
                "Marlow Commodities",
                id="firm-ending-commodities",
            ),
            pytest.param(
                "A senior ECOWAS official said the summit would be moved.",
                "ECOWAS",
                id="acronym-after-senior",
            ),
            pytest.param(
                '"The talks are over," Chinese foreign ministry spokeswoman Lin Yue said.',
                "Chinese foreign ministry",
                id="state-before-a-lower-case-body",
            ),
        ],
    )
    def test_organization(self, text: str, org: str) -> None:
        """The organisation is the body as written."""
        _n, _m, _r, got = _last(text)
        assert got == org


class TestOwnedTitles:
    """A title owned by "its" or "the group's" names the body spoken of just before as the organisation."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                "The Harbour Workers Union rejected the offer. Its spokesman, Pavel Orsz, said it was over.",
                "Harbour Workers Union",
                id="its-spokesman-in-the-next-sentence",
            ),
            pytest.param(
                "The Clean Seas Foundation called the deal weak. The group's campaign chief said it "
                "was late.",
                "Clean Seas Foundation",
                id="the-groups-director-unnamed",
            ),
            pytest.param(
                "The Kremlin dismissed the report, and its spokesman, Oleg Varin, said it was invented.",
                "Kremlin",
                id="seat-of-government-with-a-spokesman",
            ),
        ],
    )
    def test_owner(self, text: str, org: str) -> None:
        """The organisation is the owning body."""
        _n, _m, _r, got = _last(text)
        assert got == org

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Norland rejected the offer. Its spokesman, Pavel Orsz, said talks were over.",
                id="a-state-is-no-organisation",
            ),
            pytest.param(
                "Ana Ruiz rejected the offer, and the president's spokesman said talks were over.",
                id="a-persons-aide",
            ),
            pytest.param(
                "The Harbour Workers Union posted the offer on its website. Union leader Pavel Orsz said it "
                "was poor.",
                id="owner-in-the-sentence-before",
            ),
        ],
    )
    def test_no_owner(self, text: str) -> None:
        """No body owns the title, or the possessive is in another sentence."""
        _n, _m, _r, got = _last(text)
        assert got is None


class TestRoleNouns:
    """Offices and relational titles the role list holds, so they title a name and never become one."""

    def test_counterpart_titles_an_apposed_name(self) -> None:
        """ "His Italian counterpart, X," gives the title before the name."""
        _n, _m, role, _o = _last(
            "His Italian counterpart, Sergio Valli, said the ships would sail on Monday."
        )
        assert role == "Italian counterpart"

    def test_undersecretary_is_the_pronouns_antecedent(self) -> None:
        """The person apposed to "The Undersecretary" is the one a later "She" means, not the body before."""
        text = (
            "The Minister backed the stance of the Republic of Orvena on the talks. The Undersecretary of "
            "the Ministry, Lina Haddad, met the delegation. She affirmed that the Ministry would help."
        )
        name, _m, _r, _o = _last(text)
        assert name == "Lina Haddad"


class TestGenderedRoleNouns:
    """A gendered role noun ("spokeswoman") never means a person known to be of the other gender."""

    def test_other_gender_is_nobody(self) -> None:
        """The spokesman named before is no "spokeswoman"; nobody else holds the office, so none."""
        text = (
            "Ministry spokesman Karim Haddad said the port was open. The Energy Ministry said fuel was low. "
            "The ministry's spokeswoman said rationing would begin."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == (None, "none")

    def test_same_gender_is_the_holder(self) -> None:
        """The spokeswoman named before is the one "the spokeswoman" means."""
        text = (
            "Ministry spokeswoman Lena Brandt said the port was open. The spokeswoman added it would close."
        )
        name, _m, _r, _o = _last(text)
        assert name == "Lena Brandt"


class TestCarriedTitles:
    """A pronoun's person keeps the title the article gave them, and a text's issuer may be in an aside."""

    def test_pronoun_keeps_the_title_given_before(self) -> None:
        """A titled subject who spoke no record before still gives the pronoun record its title."""
        text = "Trade Minister Ilse Varga rejected the offer, and she said the tariffs would stay."
        _n, _m, role, _o = _last(text)
        assert role == "Trade Minister"

    def test_issuer_in_a_participle_aside(self) -> None:
        """ "The communique, released by X, said" is X speaking through its text."""
        text = "The communique, released by the Harbour Authority on Friday, said the quay would reopen."
        name, _m, _r, org = _last(text)
        assert (name, org) == ("Harbour Authority", "Harbour Authority")

    def test_aside_naming_a_place_is_no_issuer(self) -> None:
        """An aside that names only where the text was issued gives no speaker."""
        text = "The statement, issued after talks in Geneva, said the truce held."
        name, _m, _r, _o = _last(text)
        assert name is None


class TestApposedSubjects:
    """A person apposed to the description opening a sentence is a subject a later pronoun may mean."""

    def test_apposed_person_is_nearer_than_the_last_speaker(self) -> None:
        """ "The chair, X, ..." stands between the last speaker and "She"."""
        text = (
            "Chen Hao argued that the rules were unfair. The moderator, Maria Okafor, tried to "
            "calm the room. She asked whether a new vote would help."
        )
        name, _m, _r, _o = _last(text)
        assert name == "Maria Okafor"


class TestPluralCommonNouns:
    """A plural common noun capitalised only because it opens the sentence is no name."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Colleagues describe her as patient and hard to read.", id="colleagues"),
            pytest.param("Residents said the tap water had turned brown overnight.", id="residents"),
            pytest.param("Economists said the rate cut came too late to help.", id="role-noun-plural"),
        ],
    )
    def test_unnamed(self, text: str) -> None:
        """The speaker has no name and stays unresolved."""
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == (None, "none")

    def test_surname_with_that_ending_stays_a_name(self) -> None:
        """A word the article writes after a given name is a surname, even with a plural's ending."""
        name, _m, _r, _o = _last("Dr. Ana Clements opened the clinic. Clements said it would stay open.")
        assert name == "Ana Clements"


class TestGroupingNouns:
    """ "The bloc", "the confederation": a grouping named just before, in passing, speaks."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "After the Union of Coastal States met in Varna, the confederation said it would leave the "
                "court.",
                id="confederation",
            ),
            pytest.param(
                "Once the Union of Coastal States had met in Varna, the bloc said the treaty was dead.",
                id="bloc",
            ),
        ],
    )
    def test_grouping_named_in_passing(self, text: str) -> None:
        """The grouping is the speaker and its own organisation."""
        name, _m, _r, org = _last(text)
        assert (name, org) == ("Union of Coastal States", "Union of Coastal States")

    def test_state_is_no_grouping(self) -> None:
        """A state named before is not what "the bloc" means."""
        name, _m, _r, _o = _last("Mali hosted talks in Bamako, and the bloc said it would leave the court.")
        assert name is None


class TestPersonOfABody:
    """ "X of the Navy" is X, with the body as the organisation, also before ", who"."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Commodore Ivo Marin of the Coastal Navy said the straits were open.",
                id="subject",
            ),
            pytest.param(
                "The hearing began with remarks by Commodore Ivo Marin of the Coastal Navy, who said the "
                "straits were open.",
                id="antecedent-of-who",
            ),
        ],
    )
    def test_person_and_body(self, text: str) -> None:
        """The person speaks; the body after "of" is the organisation."""
        name, _m, _r, org = _last(text)
        assert (name, org) == ("Ivo Marin", "Coastal Navy")


class TestOfficesWrittenWithOf:
    """An office written with "of" before the holder's name titles them for a later bare role noun."""

    def test_the_minister_after_minister_of_portfolio(self) -> None:
        """ "Minister of Foreign Affairs X received ... The Minister stressed" is X."""
        text = (
            "Minister of Foreign Affairs Karim Haddad received the Norlandic envoy on Monday. The Minister "
            "stressed that the two countries were close."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == ("Karim Haddad", "role")


class TestArticleOfTheText:
    """In "according to a UN estimate" the article is the estimate's; the body's mention starts after it."""

    def test_mention_without_the_article(self) -> None:
        """The mention is the body's name alone."""
        _n, mention, _r, org = _last("According to a UN estimate, more than 4,000 homes were lost.")
        assert (mention, org) == ("UN", "UN")


class TestAidesByRole:
    """A pronoun right after "to her spokesman," means that unnamed aide, not the person named before."""

    def test_pronoun_after_a_possessed_role(self) -> None:
        """The aide is unnamed, so the pronoun stays unresolved."""
        text = (
            "Trade Minister Ilse Varga refused to talk. When I sent the question to her spokesman, he "
            "replied that the minister was busy."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert (sp.name, sp.resolution) == (None, "none")

    def test_clause_ending_with_a_possessed_noun(self) -> None:
        """A reported clause that ends with "his lawyer," leaves the pronoun to its speaker."""
        name, _m, _r, _o = _last("Ivo Marin spoke last. I will call my lawyer, he said.")
        assert name == "Ivo Marin"


class TestApposedGivenName:
    """A given name alone apposed to a description opening the sentence is a person a pronoun may mean."""

    def test_given_name_alone(self) -> None:
        """ "His sister, Mariam, ..." is the "She" of the next sentence."""
        text = "His sister, Mariam, is less sure about the plan. She said the money would run out by May."
        name, _m, _r, _o = _last(text)
        assert name == "Mariam"


class TestTheyForAGroup:
    """ "they say" inside a sentence opened by a group named in the plural means that group."""

    def test_plural_group_opening_the_sentence(self) -> None:
        """The group speaks and is its own organisation."""
        name, _m, _r, org = _last("The Houthis shelled ports they say are used to ship arms.")
        assert (name, org) == ("Houthis", "Houthis")

    def test_state_is_no_such_group(self) -> None:
        """A state in the plural ("The United States") is left to the pronoun rules."""
        sp = find_quotes("The United States seized tankers they say carried oil to the port.")[-1].speaker
        assert sp is not None
        assert sp.name is None


class TestUnnamedBodyWithItsState:
    """A body written in lower case after its state's adjective keeps both as its organisation."""

    def test_state_adjective_then_lower_case_body(self) -> None:
        """ "The Syrian interior ministry said" gives "Syrian interior ministry"."""
        _n, _m, _r, org = _last("The Syrian interior ministry said it had detained 12 suspects.")
        assert org == "Syrian interior ministry"


class TestLowerCaseTitles:
    """A title written in lower case before a name is read whole, back to a comma or the article."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                "Her old ally, former farmers union leader Petra Novak, was calmer. Novak told the radio "
                "that the vote had been fair.",
                "former farmers union leader",
                id="after-a-comma",
            ),
            pytest.param(
                "Former trade minister Ilse Varga, who left office in May, spoke first. She argued that the "
                "tariffs were too high.",
                "Former trade minister",
                id="at-the-start-then-a-pronoun",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The whole title is the role."""
        _n, _m, got, _o = _last(text)
        assert got == role

    def test_reporting_verb_stops_the_title(self) -> None:
        """A reporting verb is no part of a title ("told reporters spokesman X")."""
        text = "The strike goes on. Ivo Marin told reporters spokesman Tom Hale would speak later."
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.role is None or "told" not in sp.role


class TestKnownGaps:
    """Speaker faults found by review and left open, pinned so a fix is noticed."""

    @pytest.mark.xfail(
        strict=True,
        reason="a role noun with a restrictive relative ('A guard who saw the convoy confirmed') is not read "
        "as the subject; reading the relative's antecedent as subject everywhere took wrong speakers on the "
        "development sets, so a later 'He' still goes to the person named before",
    )
    def test_pronoun_after_an_unnamed_subject_with_a_relative(self) -> None:
        """The pronoun means the unnamed guard, so it stays unresolved."""
        text = (
            "Omar Saleh told reporters there was no deal. A guard who saw the convoy confirmed that it left "
            "at night. He said the trucks carried fuel."
        )
        sp = find_quotes(text)[-1].speaker
        assert sp is not None
        assert sp.name is None


class TestOwnedBodies:
    """Bodies named with a lower-case owner before their head."""

    def test_owner_with_a_lower_case_head(self) -> None:
        """A body no gazetteer knows, its name closing with a lower-case head after a possessive ('the Blue
        Ridge militia's political office'), owns 'its spokesman'."""
        text = (
            "The Blue Ridge militia's political office denied the report. “There were no talks,” its "
            "spokesman Tarik Hallaj told the radio."
        )
        _n, _m, _r, org = _last(text)
        assert org == "Blue Ridge militia's political office"
