"""Speaker rules for US political news: the role nouns and epithets it uses for a politician named before
("the congresswoman", "The Nevada Republican", "the former governor"), pronouns and their antecedents, and
speaker names built from its styles (sentences written for these tests; people and events invented)."""

from __future__ import annotations

import pytest

from ._speaker_helpers import last_speaker as _last


class TestRoleNouns:
    """A role noun or epithet refers to the politician named before who fits it."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Rep. Carla Mendez toured the border. The congresswoman said the shelters were full.",
                "Carla Mendez",
                id="congresswoman-after-rep",
            ),
            pytest.param(
                "Representative Omar Quill voted no. The congressman said the bill was rushed.",
                "Omar Quill",
                id="congressman-after-representative",
            ),
            pytest.param(
                "Former Gov. Hal Brody campaigned in Reno. The former governor said turnout would be high.",
                "Hal Brody",
                id="former-governor-after-former-gov",
            ),
            pytest.param(
                "Sen. Ida Kowal, D-Mich., met Rep. Boyd Sterne, R-Ga., on Monday. The Michigan Democrat said"
                " the talks went well.",
                "Ida Kowal",
                id="party-epithet-with-the-state-of-a-party-tag",
            ),
            pytest.param(
                "Rep. Boyd Sterne of Georgia met Sen. Ida Kowal on Monday. The Georgia Republican said the"
                " talks went well.",
                "Boyd Sterne",
                id="party-epithet-with-the-state-after-of",
            ),
            pytest.param(
                "Senator Lena Voss opened the hearing. The Nevada Democrat said the agency had failed.",
                "Lena Voss",
                id="party-epithet-for-the-senator-just-named",
            ),
            pytest.param(
                "Interior Secretary Lorna Vale testified. Senator Pike pressed her about a former agency "
                "official. The secretary said the lease had been reviewed.",
                "Lorna Vale",
                id="the-office-of-the-one-holder-past-a-person-titled-otherwise",
            ),
            pytest.param(
                "Rep. Carla Mendez toured the border. The freshman lawmaker said the shelters were full.",
                "Carla Mendez",
                id="freshman-lawmaker-after-rep",
            ),
            pytest.param(
                "Hugo Brandl, 68, met Carla Mendez, 41, at the border. The 68-year-old said the shelters "
                "were full.",
                "Hugo Brandl",
                id="age-epithet-for-the-person-given-that-age",
            ),
            pytest.param(
                "Senator Ruth Amari arrived early. Senator Dell Pike asked a question. Amari then said the"
                " answer was wrong. “That is not good enough,” the senator said.",
                "Ruth Amari",
                id="the-senator-who-spoke-last",
            ),
        ],
    )
    def test_resolved(self, text: str, name: str) -> None:
        """The role noun takes the person's name."""
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == (name, "role")

    def test_age_epithet_without_an_age_given(self) -> None:
        """The age epithet goes to the one person named just before."""
        got, _m, _r, _o, res = _last(
            "Hugo Brandl toured the border. The 68-year-old said the shelters were full."
        )
        assert (got, res) == ("Hugo Brandl", "role")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Sen. Ida Kowal, D-Mich., met reporters. The Ohio Democrat said the talks went well.",
                id="party-epithet-of-another-state",
            ),
            pytest.param(
                "President Alma Trent signed the order. The Utah Republican said it was unlawful.",
                id="state-epithet-is-no-president",
            ),
            pytest.param(
                "Interior Secretary Lorna Vale testified. Tom Pike pressed her about a former agency "
                "official. The secretary said the lease had been reviewed.",
                id="the-office-may-be-that-of-a-person-named-since-without-a-title",
            ),
            pytest.param(
                "Rep. Boyd Sterne met Mayor Ivo Lang on Monday. The Kansas congressman said the talks went"
                " well.",
                id="state-office-with-someone-else-named-since",
            ),
        ],
    )
    def test_unresolved(self, text: str) -> None:
        """The epithet names nobody the article gave that party, state or office."""
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == (None, "none")


class TestBodies:
    """Associations and unions: never a person, the body a group noun means, the body a title serves."""

    def test_she_is_no_association(self) -> None:
        """A body named as a source is no antecedent for "She"."""
        text = (
            "Mara Quist spoke last. Pay fell, according to the National Nurses Association. She has said "
            "nurses deserve more."
        )
        name, _m, _r, _o, res = _last(text)
        assert (name, res) == ("Mara Quist", "pronoun")

    def test_the_group_after_an_association(self) -> None:
        """ "The group" is the association that spoke just before."""
        text = (
            "The National Association of Tile Makers said the levy would raise prices. The group called on "
            "the governor to drop it."
        )
        name, _m, _r, org, res = _last(text)
        assert (name, org, res) == (
            "National Association of Tile Makers",
            "National Association of Tile Makers",
            "role",
        )

    def test_the_group_named_in_passing(self) -> None:
        """ "The group" is an association named in the sentence before, though it did not speak."""
        text = "The Harbor Pilots Association weighed in on Friday. The group said the rule was unsafe."
        name, _m, _r, _o, res = _last(text)
        assert (name, res) == ("Harbor Pilots Association", "role")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "The Tile Makers Union weighed in. A spokeswoman for the group, Nell Ardent, said it would"
                " pay.",
                id="named-aide",
            ),
            pytest.param(
                "The Tile Makers Union said the levy was unfair. A spokeswoman for the group said it would"
                " pay.",
                id="unnamed-aide",
            ),
        ],
    )
    def test_title_for_the_group(self, text: str) -> None:
        """A title "for the group" serves the body named just before."""
        _n, _m, _r, org, _res = _last(text)
        assert org == "Tile Makers Union"

    def test_its_president_after_a_body_named_since_the_last_speaker(self) -> None:
        """ "Its president" serves the body named in the sentence before, not one that spoke earlier."""
        text = (
            "The National Association of Tile Makers said the bill was fair. The Harbor Pilots Federation "
            "also backed it. Its president, Nell Ardent, said pilots needed it."
        )
        _n, _m, _r, org, _res = _last(text)
        assert org == "Harbor Pilots Federation"

    def test_owner_named_order(self) -> None:
        """ "Its president" serves the order named before."""
        text = "The Loyal Order of Lamplighters weighed in. Its president, Nell Ardent, said it was tired."
        _n, _m, _r, org, _res = _last(text)
        assert org == "Loyal Order of Lamplighters"


class TestPronouns:
    """The person a pronoun takes, among subjects, speakers and people named in passing."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Judge Omar Tilly spoke first. Judge Vera Lusk pressed Hugo Brandl on the deadline. He "
                "replied that the clerks had been told.",
                "Hugo Brandl",
                id="object-of-the-sentence-before-when-its-subject-is-of-the-other-gender",
            ),
            pytest.param(
                "Nora Vantreese spoke at the library. The board voted. Kettering says he admires Vantreese. "
                "She says the branch costs little.",
                "Nora Vantreese",
                id="a-man-whose-own-report-opens-with-he-is-no-she",
            ),
        ],
    )
    def test_pronoun(self, text: str, name: str) -> None:
        """The pronoun takes the person of its gender the sentence before makes salient."""
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == (name, "pronoun")

    @pytest.mark.xfail(
        strict=True,
        reason="a possessor opening the sentence before ('Kettering's reply was short.') is no antecedent; "
        "putting it first moved many PolNeAR pronouns to the wrong person, most to a name the quotation "
        "itself or a participle opening the sentence holds",
    )
    def test_possessor_opening_the_sentence_before(self) -> None:
        """The owner of the reply is the one who tweets."""
        text = 'Hugo Brandl thanked Kettering. Kettering\'s reply was short. "Bring it on," he wrote.'
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == ("Kettering", "pronoun")

    def test_given_name_alone_as_subject(self) -> None:
        """A given name alone opening the sentence before is the antecedent of "He"."""
        text = "Nora Vantreese spoke at the library. Walter will drive her home. He says she chose the hall."
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == ("Walter", "pronoun")

    @pytest.mark.xfail(
        strict=True,
        reason="a surname alone opening a sentence ('Kettering spoke.') is no antecedent; reading one as a "
        "person resolved pronouns whose gold PolNeAR leaves unresolved and lowered quote+speaker F1",
    )
    def test_surname_alone_as_the_only_candidate(self) -> None:
        """The only person named before is the antecedent."""
        text = "Kettering spoke at the library. She says the branch costs little."
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == ("Kettering", "pronoun")


class TestNames:
    """The name, role and body read from a speaker mention in the styles of US political news."""

    @pytest.mark.parametrize(
        ("text", "name", "mention", "role", "org"),
        [
            pytest.param(
                "Challenger Ivy Marchetti said the mayor had raised fees twice.",
                "Ivy Marchetti",
                "Challenger Ivy Marchetti",
                "Challenger",
                None,
                id="campaign-role-opening-the-sentence",
            ),
            pytest.param(
                "Professor Peter Groot of Lakeview University Law Center said the ruling was narrow.",
                "Peter Groot",
                "Professor Peter Groot of Lakeview University Law Center",
                "Professor",
                "Lakeview University Law Center",
                id="titled-person-of-a-body-ending-in-an-institution-word",
            ),
            pytest.param(
                "The plan drew fire from Senator Edna Pryce, a Democrat from Vermont, who said it would "
                "raise rents.",
                "Edna Pryce",
                "Senator Edna Pryce",
                "Senator",
                None,
                id="relative-after-a-description-ending-in-a-state",
            ),
            pytest.param(
                "Mara Quist spoke. Her rival is Tobias Rennert, who argues the levy is too high.",
                "Tobias Rennert",
                "Tobias Rennert",
                "rival",
                None,
                id="copula-between-the-role-and-the-name",
            ),
        ],
    )
    def test_named(self, text: str, name: str, mention: str, role: str, org: str | None) -> None:
        """The name is the person's alone; titles go to the role and the body to the organisation."""
        got = _last(text)
        assert got[:4] == (name, mention, role, org)
        assert got[4] == "named"

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            pytest.param(
                "Three Senate aides said the vote would slip.",
                "Three Senate aides",
                id="counted-aides-of-a-body",
            ),
            pytest.param(
                "Tom Hale and Ivy Marchetti spoke. Both said the vote would slip.",
                "Both",
                id="both-is-no-name",
            ),
        ],
    )
    def test_unnamed(self, text: str, mention: str) -> None:
        """Counted or grouped people are no named speaker."""
        name, got, _r, _o, res = _last(text)
        assert (name, got, res) == (None, mention, "none")


class TestPossessedBodies:
    """A person's campaign or office, written with "his" or "her", belongs to the person the possessive
    refers to."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Gov. Lionel Mabry spoke first. His campaign said the gifts were personal.",
                "Lionel Mabry's campaign",
                id="his-campaign",
            ),
            pytest.param(
                "Rep. Ada Quinlan's office issued a statement. Speaker Tomas Ekberg said he would read it."
                " His office said the Speaker took it seriously.",
                "Tomas Ekberg's office",
                id="his-office-is-the-man-who-spoke-last",
            ),
        ],
    )
    def test_owner(self, text: str, name: str) -> None:
        """The body is named for its owner and is the speaker's organisation."""
        got, _m, _r, org, res = _last(text)
        assert (got, org, res) == (name, name, "role")


class TestRolesFromContext:
    """A role the article gives a person before quoting them, in a description set before the name."""

    def test_description_before_the_name(self) -> None:
        """The description apposed before the name is the person's role when they later speak."""
        text = (
            "The governor trusts her budget director, Irwin Castellano. Castellano said the surplus was "
            "smaller than claimed."
        )
        name, _m, role, _o, _res = _last(text)
        assert (name, role) == ("Irwin Castellano", "budget director")

    def test_family_name_carried_to_a_kin_given_name(self) -> None:
        """A given name apposed to "Her husband" takes her family name and the kin noun as its role."""
        text = "Greta Almqvist said she had voted early. Her husband, Henrik, said he was still undecided."
        name, mention, role, _o, res = _last(text)
        assert (name, mention, role, res) == ("Henrik Almqvist", "Henrik", "husband", "named")


class TestKnownGaps:
    """Faults of US political news left open, pinned so that a fix is noticed."""

    @pytest.mark.xfail(
        strict=True,
        reason="a possessed relation noun ('Her rival') is no role noun the resolver reads: the rival named "
        "before is not found, and an unresolved role noun can only read as 'none'",
    )
    def test_her_rival(self) -> None:
        """ "Her rival" is the man the article set against her."""
        text = (
            "Senator Ida Kowal faces Tom Hale in November. Kowal spoke in Dayton. Her rival has said he will "
            "not debate again."
        )
        got, _m, _r, _o, res = _last(text)
        assert (got, res) == ("Tom Hale", "role")

    @pytest.mark.xfail(
        strict=True,
        reason="a spokesman 'for the governor' keeps only 'spokesman' as the role, and the governor, a "
        "person, is resolved to no one",
    )
    def test_spokesman_for_a_person(self) -> None:
        """The role keeps whom the spokesman speaks for."""
        text = "Gov. Lionel Mabry spoke. A spokesman for the governor said he would correct the figure."
        _n, _m, role, _o, _res = _last(text)
        assert role == "spokesman for the governor"
