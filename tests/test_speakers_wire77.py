"""Speakers' bodies, roles and appositions in the styles of British and US tabloid copy, analysis weeklies,
Lusophone news in English, science news and royal coverage (sentences written for these tests; people and
events invented, states and institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestBodyAfterOf:
    """A person's name, then "of" and a body's name ("Rebecca Holt of James Cook University") gives the body
    as the speaker's organisation, the name staying the person's; a place after "of" names no body."""

    @pytest.mark.parametrize(
        ("text", "name", "org"),
        [
            pytest.param(
                '"The coral is bleaching," marine biologist Tessa Dunmore of James Cook University said.',
                "Tessa Dunmore",
                "James Cook University",
                id="inverted-titled",
            ),
            pytest.param(
                "Tessa Dunmore of James Cook University said the coral was bleaching again.",
                "Tessa Dunmore",
                "James Cook University",
                id="before-cue",
            ),
            pytest.param(
                "Oskar Wendt of RMIT University said the sample had been too small.",
                "Oskar Wendt",
                "RMIT University",
                id="acronym-university",
            ),
            pytest.param(
                "Mina Holt of Dover said the port would reopen on Friday.",
                "Mina Holt of Dover",
                None,
                id="guard-place",
            ),
            pytest.param(
                "Ana Ruiz of the Centre for Strategic Studies said the talks had failed.",
                "Ana Ruiz",
                "Centre for Strategic Studies",
                id="guard-the-body",
            ),
        ],
    )
    def test_body(self, text: str, name: str, org: str | None) -> None:
        """The person, and the body after "of"."""
        got = last_speaker(text)
        assert (got[0], got[3]) == (name, org)


class TestBodyNames:
    """A body's name read whole: "School" opening one before "of" ("Warsaw School of Economics"), "&" between
    its capitalised words ("London School of Hygiene & Tropical Medicine"), "Police" closing a force's name
    ("West Yorkshire Police") and the city closing a college's ("University College London"); a firm's name
    with "&" that no head noun makes a body stays unread, as before."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                "Marta Kowalczyk of the Warsaw School of Economics reckons the zloty will weaken.",
                "Warsaw School of Economics",
                id="school-of",
            ),
            pytest.param(
                '"The trial was well run," said Ruth Ambler, an epidemiologist at the London School'
                " of Hygiene & Tropical Medicine.",
                "London School of Hygiene & Tropical Medicine",
                id="ampersand",
            ),
            pytest.param(
                '"We found no trace of the toxin," said Priya Lal, a chemist at University College London.',
                "University College London",
                id="college-city",
            ),
            pytest.param(
                "Tom Eades, a physicist at Imperial College London, said the beam had been stable.",
                "Imperial College London",
                id="imperial",
            ),
            pytest.param(
                "A Merseyside Police spokeswoman said two men had been arrested in Bootle.",
                "Merseyside Police",
                id="police-force",
            ),
            pytest.param(
                '"Open offices cost more than they save," said Hana Vik, an economist at the London School of'
                " Economics.",
                "London School of Economics",
                id="closing-sentence",
            ),
            pytest.param(
                '"The deal is lawful," said Jo Vance, a lawyer at Harker & Lowe.',
                None,
                id="guard-firm-ampersand",
            ),
            pytest.param(
                "Interim Police Commissioner Dele Haruna said the night patrols would resume.",
                None,
                id="guard-modifier-police",
            ),
            pytest.param(
                "Police said two men had been arrested in Bootle.",
                "Police",
                id="guard-police-alone",
            ),
        ],
    )
    def test_body(self, text: str, org: str | None) -> None:
        """The speaker's body, read whole."""
        assert last_speaker(text)[3] == org


class TestBodyAside:
    """An aside set off by commas right after a person's name, "of" or "from" and a body ("Detective Inspector
    X, of West Yorkshire Police, said"), gives the body as the speaker's organisation, before or after the
    cue, and after the cue it is no role; a place in the aside names no body."""

    @pytest.mark.parametrize(
        ("text", "role", "org"),
        [
            pytest.param(
                '"The van was found burnt out," Detective Inspector Lee Darrow, of Merseyside Police, said.',
                "Detective Inspector",
                "Merseyside Police",
                id="inverted",
            ),
            pytest.param(
                "Lee Darrow, of the Centre for Crime Studies, said the van had been found burnt out.",
                None,
                "Centre for Crime Studies",
                id="before-cue",
            ),
            pytest.param(
                '"The van was found burnt out," said Lee Darrow, of the Centre for Crime Studies.',
                None,
                "Centre for Crime Studies",
                id="after-cue",
            ),
            pytest.param(
                '"The van was found burnt out," said Inspector Lee Darrow, from Merseyside Police.',
                "Inspector",
                "Merseyside Police",
                id="from-after-cue",
            ),
            pytest.param(
                "Lee Darrow, of Wigan, said the van had been found burnt out.", None, None, id="guard-place"
            ),
        ],
    )
    def test_body(self, text: str, role: str | None, org: str | None) -> None:
        """The body the aside names, and no role made of it."""
        got = last_speaker(text)
        assert (got[0], got[2], got[3]) == ("Lee Darrow", role, org)


class TestPlaceAfterBody:
    """A person's name, their body and "in" a place before the cue ("Oskar Wendt of RMIT University in
    Melbourne said") is the person speaking, never the place; so with a relative clause between them and
    the cue."""

    @pytest.mark.parametrize(
        ("text", "name", "org"),
        [
            pytest.param(
                "Oskar Wendt of RMIT University in Melbourne said the sample had been too small.",
                "Oskar Wendt",
                "RMIT University",
                id="body-in-city",
            ),
            pytest.param(
                "Toxicologist Oskar Wendt of RMIT University in Melbourne, who was not part of the trial,"
                " said the sample had been too small.",
                "Oskar Wendt",
                "RMIT University",
                id="relative-clause",
            ),
            pytest.param(
                "Helena Brandt of the University of Leeds in England said the sample had been too small.",
                "Helena Brandt",
                "University of Leeds",
                id="the-body-in-country",
            ),
            pytest.param(
                "Helena Brandt in Leeds said the sample had been too small.",
                "Helena Brandt",
                None,
                id="name-in-city",
            ),
            pytest.param(
                "The Harbour University in Leeds said the sample had been too small.",
                "Harbour University in Leeds",
                "Harbour University in Leeds",
                id="guard-body-in-city",
            ),
        ],
    )
    def test_speaker(self, text: str, name: str, org: str | None) -> None:
        """The person speaks, with her body."""
        got = last_speaker(text)
        assert (got[0], got[3]) == (name, org)


class TestLongApposition:
    """A description apposed after the cue and its speaker's name is read to the sentence's end, however
    many words it has ("said X, the study's lead author and a parasitologist at the University of Ghana in
    Accra."), as it is before the cue; an aside after its comma still closes it, and "one of" the people a
    plural noun names makes no one of them the speaker of that noun."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                '"The worm is spreading north," said Kofi Mensah-Bonsu, the paper\'s senior author and a'
                " zoologist at the University of Ghana in Accra.",
                "paper's senior author and a zoologist at the University of Ghana in Accra",
                id="long",
            ),
            pytest.param(
                "Kofi Mensah-Bonsu, the paper's senior author and a zoologist at the University of Ghana in"
                " Accra, said the worm was spreading north.",
                "paper's senior author and a zoologist at the University of Ghana in Accra",
                id="guard-before-cue",
            ),
            pytest.param(
                '"The worm is spreading north," said Kofi Mensah-Bonsu, a zoologist, speaking from Accra.',
                "zoologist",
                id="guard-aside",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The whole description is the role."""
        assert last_speaker(text)[2] == role

    def test_one_of_several(self) -> None:
        """A person described after the cue as "one of the survey's authors" is not who "The authors" are."""
        text = (
            '"Trade mattered," said Dana Roe, an economist at Harbor University and one of the survey\'s'
            " three authors. The authors found that voters had moved right."
        )
        assert last_speaker(text)[0] is None


class TestScienceRoles:
    """Specialists of science and health copy are roles, in their British spellings as in their US ones
    ("palaeontologist", "paleontologist", "haematologist", "parasitologist")."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                '"The teeth are far older than we thought," said Samir Haddou, a palaeontologist at the'
                " University of Rabat.",
                "palaeontologist at the University of Rabat",
                id="palaeontologist",
            ),
            pytest.param(
                "Haematologist Ines Moura said the transfusion rules would be eased.",
                "Haematologist",
                id="haematologist",
            ),
            pytest.param(
                '"The parasite adapts fast," parasitologist Lena Okafor said.',
                "parasitologist",
                id="parasitologist",
            ),
            pytest.param(
                "Endocrinologist Ravi Menon said the drug's effect on weight was modest.",
                "Endocrinologist",
                id="endocrinologist",
            ),
            pytest.param(
                '"The teeth are far older than we thought," said Samir Haddou, a paleontologist.',
                "paleontologist",
                id="guard-us-spelling",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The specialist's role."""
        assert last_speaker(text)[2] == role


class TestAcademicTitleAfterCue:
    """After the cue, an office apposed after a name titled "Professor" (perhaps with "Dame" or "Sir") is the
    role, as it is before the cue; with no office apposed, the title stays the role."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                '"The risk to the public stays low," said Professor Dame Helen Achebe-Ward, the agency\'s'
                " chief scientific adviser.",
                "agency's chief scientific adviser",
                id="dame",
            ),
            pytest.param(
                '"The risk to the public stays low," said Professor Helen Achebe-Ward, the agency\'s chief'
                " scientific adviser.",
                "agency's chief scientific adviser",
                id="professor",
            ),
            pytest.param(
                '"The risk to the public stays low," Professor Dame Helen Achebe-Ward, the agency\'s chief'
                " scientific adviser, said.",
                "agency's chief scientific adviser",
                id="guard-inverted",
            ),
            pytest.param(
                '"The risk to the public stays low," said Professor Helen Achebe-Ward.',
                "Professor",
                id="guard-title-only",
            ),
        ],
    )
    def test_role(self, text: str, role: str) -> None:
        """The office apposed, else the title."""
        assert last_speaker(text)[2] == role


class TestCountOpeningSentence:
    """ "More than", "Fewer than" opening a sentence count the people after them: "More" is no speaker's
    name; a surname "More" stays one."""

    @pytest.mark.parametrize(
        ("text", "name", "mention"),
        [
            pytest.param(
                "More than 900 doctors have signed an open letter warning that the cuts will close wards.",
                None,
                "an open letter",
                id="more-than-letter",
            ),
            pytest.param(
                "Fewer than 40 growers signed a letter warning that the levy would ruin them.",
                None,
                "a letter",
                id="fewer-than",
            ),
            pytest.param(
                "Sir Thomas More told the court the oath was unlawful.",
                "Thomas More",
                "Sir Thomas More",
                id="guard-surname",
            ),
        ],
    )
    def test_speaker(self, text: str, name: str | None, mention: str) -> None:
        """No speaker named "More"."""
        got = last_speaker(text)
        assert (got[0], got[1]) == (name, mention)


class TestDescribedUnBody:
    """A description wire copy gives a United Nations body ("the UN health agency", "the U.N. nuclear
    watchdog") speaks as that body when it was named before; named nowhere, the description stays a body
    of its own."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "The World Health Organization declared the outbreak over. The UN health agency said no new"
                " case had been found in 42 days.",
                "World Health Organization",
                id="health-agency",
            ),
            pytest.param(
                "The IAEA sent two inspectors to the plant. “They found no breach,” the U.N. nuclear watchdog"
                " said.",
                "IAEA",
                id="watchdog-acronym",
            ),
            pytest.param(
                "The UN health agency said no new case had been found in 42 days.",
                "UN health agency",
                id="guard-named-nowhere",
            ),
            pytest.param(
                "The IAEA sent two inspectors. The UN health agency said no new case had been found.",
                "UN health agency",
                id="guard-other-body",
            ),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The body the description stands for."""
        assert last_speaker(text)[0] == name


class TestPalace:
    """A royal or presidential household speaks by its residence's name ("Buckingham Palace said"), which is
    the organisation of its spokesman ("a Kensington Palace spokesman"); "the palace" after it stands for
    it."""

    @pytest.mark.parametrize(
        ("text", "name", "org"),
        [
            pytest.param(
                "A Kensington Palace spokesman said the princess would open the ward on Monday.",
                None,
                "Kensington Palace",
                id="spokesman",
            ),
            pytest.param(
                "“The King is delighted,” Buckingham Palace said. The palace said the tour would take in"
                " three cities.",
                "Buckingham Palace",
                "Buckingham Palace",
                id="the-palace",
            ),
            pytest.param(
                "The Elysee Palace said the president would fly to Dakar on Sunday.",
                "Elysee Palace",
                "Elysee Palace",
                id="presidential",
            ),
        ],
    )
    def test_speaker(self, text: str, name: str | None, org: str) -> None:
        """The household speaks."""
        got = last_speaker(text)
        assert (got[0], got[3]) == (name, org)


class TestPortugueseParticles:
    """The Portuguese "do" and "das" inside a name ("Maria do Carmo Silva") or a body's name ("Observatório
    do Clima") keep it whole."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Climate network Observatório do Clima said the clearing figures were the worst in a decade.",
                "Observatório do Clima",
                id="body",
            ),
            pytest.param(
                "“The clearing has to stop,” said Maria do Carmo Teixeira, a biologist in Belém.",
                "Maria do Carmo Teixeira",
                id="person-do",
            ),
            pytest.param(
                "Maria das Dores Pinto said the river had never been so low.",
                "Maria das Dores Pinto",
                id="person-das",
            ),
        ],
    )
    def test_name(self, text: str, name: str) -> None:
        """The whole name."""
        assert last_speaker(text)[0] == name
