"""Speaker names, titles and bodies in the styles of Vatican and religious, Southern and Central European,
maritime and business wire copy (sentences written for these tests; people and events invented, states and
institutions real)."""

from __future__ import annotations

import pytest

from tests._speaker_helpers import last_speaker


class TestReligiousStyle:
    """A religious style before a full name ("Sister", "Sr.", "Father", "Mother", "Brother", "Catholicos",
    "Abuna") is no part of the canonical name, as "Fr." and "Sheikh" are not; the kinship words before one
    word stay in it ("Mother Jones", a magazine), and stand for the person named in full before."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                '"We will keep the shelter open," said Sister Maria Gabriela Fonseca-Lima.',
                "Maria Gabriela Fonseca-Lima",
                id="sister",
            ),
            pytest.param(
                '"The families need food first," Sr. Teresa Okonkwo-Bell said on Sunday.',
                "Teresa Okonkwo-Bell",
                id="sr-dotted",
            ),
            pytest.param(
                '"The village is calm tonight," said Father Tomasz Wierzbicki.',
                "Tomasz Wierzbicki",
                id="father",
            ),
            pytest.param(
                '"Our sisters stay with the sick," said Mother Agnieszka Rowicka, the order\'s superior.',
                "Agnieszka Rowicka",
                id="mother",
            ),
            pytest.param(
                '"Pilgrims keep coming," said Brother Alois Renner of the Taize community.',
                "Alois Renner",
                id="brother",
            ),
            pytest.param(
                '"Our church will not be silenced," Catholicos Garegin Sarkisyan told worshippers.',
                "Garegin Sarkisyan",
                id="catholicos",
            ),
            pytest.param(
                '"We call for calm in Tigray," Abuna Mathias Tesfaye said in Addis Ababa.',
                "Mathias Tesfaye",
                id="abuna",
            ),
            pytest.param(
                "Father Tomasz Wierzbicki leads the parish. "
                '"The roof will be mended," Father Wierzbicki said.',
                "Tomasz Wierzbicki",
                id="father-surname-later",
            ),
            pytest.param(
                "Sister Maria Gabriela Fonseca-Lima runs the shelter in Porto. "
                '"Nobody is turned away," Sister Maria said.',
                "Maria Gabriela Fonseca-Lima",
                id="sister-given-later",
            ),
            pytest.param(
                '"The fight over the pipeline is far from over," Mother Jones reported.',
                "Mother Jones",
                id="guard-magazine",
            ),
            pytest.param(
                '"We pray for the hostages," said Fr. Piotr Zalewski.',
                "Piotr Zalewski",
                id="guard-fr",
            ),
            pytest.param(
                "John Hartley Sr. told the council the farm would be sold.",
                "John Hartley Sr.",
                id="guard-senior",
            ),
        ],
    )
    def test_style_dropped(self, text: str, name: str) -> None:
        """The canonical name is the name without its style."""
        assert last_speaker(text)[0] == name


class TestOfficeStyle:
    """ "The Holy Father", a style standing for the pope, is a role mention and never a person's name."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                '"Every family deserves a home," the Holy Father said at the audience.',
                (None, "Holy Father"),
                id="the-holy-father",
            ),
            pytest.param(
                '"Peace is built slowly," said the Holy Father, speaking from the window of the palace.',
                (None, "Holy Father"),
                id="after-cue",
            ),
            pytest.param(
                '"The jubilee is for everyone," the Supreme Pontiff told the crowd.',
                (None, "Supreme Pontiff"),
                id="guard-supreme-pontiff",
            ),
        ],
    )
    def test_style(self, text: str, expected: tuple[str | None, str | None]) -> None:
        """No name, the style as the role."""
        name, _mention, role, _org, _res = last_speaker(text)
        assert (name, role) == expected


class TestChurchRankThenOffice:
    """A church rank before a name ("Cardinal", "Archbishop", "Metropolitan", "Rabbi") is how the cleric is
    styled: an office set off beside the name is the role, as after "Ayatollah" and "Gen."."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            pytest.param(
                '"The channel to Kyiv stays open," Cardinal Ettore Valsecchi, the Vatican\'s secretary of '
                "state, told reporters on Tuesday.",
                "Vatican's secretary of state",
                id="cardinal-after",
            ),
            pytest.param(
                "Metropolitan Ilarion Sokolovsky, head of the Department for External Church Relations, said "
                "the visit had been postponed.",
                "head of the Department for External Church Relations",
                id="metropolitan-after",
            ),
            pytest.param(
                "Israel's Ashkenazi Chief Rabbi, Rabbi Dov Halperin, said the conscription ruling was wrong.",
                "Israel's Ashkenazi Chief Rabbi",
                id="rabbi-before",
            ),
            pytest.param(
                "The apostolic nuncio to Argentina, Archbishop Luigi Montaldo, said the papal visit was "
                "confirmed for November.",
                "apostolic nuncio to Argentina",
                id="nuncio-before",
            ),
            pytest.param(
                "Metropolitan Ignatios Karavos of Chalcedon, who is close to the patriarch, told Reuters the "
                "plans were well advanced.",
                "Metropolitan",
                id="relative-clause-no-office",
            ),
            pytest.param(
                '"We will rebuild the chapel," said Bishop Anna Lindqvist.',
                "Bishop",
                id="guard-rank-alone",
            ),
            pytest.param(
                "Gen. Marek Nowicki, the army's chief of staff, said the drills would go ahead.",
                "army's chief of staff",
                id="guard-general",
            ),
        ],
    )
    def test_office_role(self, text: str, role: str) -> None:
        """The office, not the rank, is the role."""
        assert last_speaker(text)[2] == role


class TestChurchBodies:
    """The bodies of the Roman Curia ("Dicastery", "Congregation") and church assemblies ("Synod") are
    institutions, and a body's name may hold "the" after "for" or "of" twice ("Dicastery for the Doctrine of
    the Faith"): the speaker is the whole body."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "The Dicastery for the Doctrine of the Faith said on Friday the apparitions were not "
                "supernatural.",
                "Dicastery for the Doctrine of the Faith",
                id="dicastery",
            ),
            pytest.param(
                "The Congregation for the Causes of Saints said the second miracle had been approved.",
                "Congregation for the Causes of Saints",
                id="congregation",
            ),
            pytest.param(
                "The Commission for the Protection of the Environment said the river was badly polluted.",
                "Commission for the Protection of the Environment",
                id="two-the",
            ),
            pytest.param(
                "The Ministry for the Environment said the river was badly polluted.",
                "Ministry for the Environment",
                id="guard-one-the",
            ),
        ],
    )
    def test_body(self, text: str, name: str) -> None:
        """The body's whole name is the speaker."""
        assert last_speaker(text)[0] == name

    def test_prefect_office(self) -> None:
        """A dicastery's prefect set off beside a cardinal's name is his role."""
        text = (
            "Cardinal Rodrigo Alvarenga, prefect of the Dicastery for the Doctrine of the Faith, said the "
            "note was no condemnation."
        )
        assert last_speaker(text)[2] == "prefect of the Dicastery for the Doctrine of the Faith"


class TestBodyOfMembers:
    """A body named for its members after "of" ("Conference of Catholic Bishops", "Union of Concerned
    Scientists") is a body, though its last word is a plural role noun."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "The U.S. Conference of Catholic Bishops said it welcomed the court's ruling on asylum.",
                "U.S. Conference of Catholic Bishops",
                id="bishops-conference",
            ),
            pytest.param(
                "The Union of Concerned Scientists said the reactor's cooling system was unsafe.",
                "Union of Concerned Scientists",
                id="scientists",
            ),
            pytest.param(
                "The Synod of Bishops said its final document would be published in Latin and Italian.",
                "Synod of Bishops",
                id="synod",
            ),
            pytest.param(
                "The National Association of Manufacturers said the new tariffs hurt small exporters.",
                "National Association of Manufacturers",
                id="guard-known-body",
            ),
        ],
    )
    def test_members_body(self, text: str, name: str) -> None:
        """The whole body is the named speaker."""
        assert last_speaker(text)[0] == name


class TestCapitalisedParticle:
    """A surname particle written with a capital and no dot ("Del Vecchio", "Del Bono") is part of the name,
    not the abbreviated title "Del." (a US delegate)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Foreign Minister Antonio Del Vecchio said the talks in Rome had been useful.",
                ("Antonio Del Vecchio", "Foreign Minister"),
                id="title-before",
            ),
            pytest.param(
                '"The talks were useful," Foreign Minister Antonio Del Vecchio told reporters.',
                ("Antonio Del Vecchio", "Foreign Minister"),
                id="after-quote",
            ),
            pytest.param(
                "Senator Mario Del Bono left the chamber early. Del Bono said the bill would fail.",
                ("Mario Del Bono", "Senator"),
                id="surname-later",
            ),
            pytest.param(
                "Del. Eleanor Marsh-Whitby said the statehood bill would fail again.",
                ("Eleanor Marsh-Whitby", "Del."),
                id="guard-delegate",
            ),
        ],
    )
    def test_particle(self, text: str, expected: tuple[str, str]) -> None:
        """The particle stays in the name and out of the role."""
        name, _mention, role, _org, _res = last_speaker(text)
        assert (name, role) == expected


class TestGivenNameOfBothGenders:
    """A given name a man's in one country and a woman's in another ("Marián" in Slovakia, "Simone" in Italy)
    tells no gender: "he" after it finds the person."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                'Slovak President Marián Hrabovský vetoed the amendment. "It was rushed," he said.',
                "Marián Hrabovský",
                id="marian-accented",
            ),
            pytest.param(
                'Polish deputy minister Marian Zabłocki toured the flooded towns. "We rebuild," he said.',
                "Marian Zabłocki",
                id="marian-plain",
            ),
            pytest.param(
                'Italian coach Simone Ferraresi named his squad on Monday. "We are ready," he said.',
                "Simone Ferraresi",
                id="simone",
            ),
            pytest.param(
                'Regional governor Michele Lanzetta toured the port. "The ferries must run," he said.',
                "Michele Lanzetta",
                id="michele",
            ),
            pytest.param(
                'Novelist Marian Keyworth signed copies in Dublin on Friday. "It was a joy," she said.',
                "Marian Keyworth",
                id="guard-she",
            ),
        ],
    )
    def test_pronoun(self, text: str, name: str) -> None:
        """The pronoun goes to the person named with the given name."""
        assert last_speaker(text)[0] == name


class TestFirmAfterOfficerOf:
    """A firm named after "chief executive of" or "managing director of" in more than one word ("Nordholm
    Lines", "Hellenic Crude Carriers") is the speaker's organisation, as one word was and as after "an
    analyst at"."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param(
                "Lars Nordvik, chief executive of Nordholm Lines, told Lloyd's List box rates would rise.",
                "Nordholm Lines",
                id="chief-executive",
            ),
            pytest.param(
                "Nikos Papadakis, managing director of Hellenic Crude Carriers, said the fleet was booked.",
                "Hellenic Crude Carriers",
                id="managing-director",
            ),
            pytest.param(
                "Anna Berglund, chief executive of Volvo, said truck orders rose in the quarter.",
                "Volvo",
                id="guard-one-word",
            ),
            pytest.param(
                "Maria Lindahl, director of Public Prosecutions, said the case was closed.",
                None,
                id="guard-public-office",
            ),
        ],
    )
    def test_firm(self, text: str, org: str | None) -> None:
        """The firm after the officer's title is the organisation."""
        assert last_speaker(text)[3] == org


class TestFedAlone:
    """ "Fed", as wire copy calls the US Federal Reserve, names the body before an officer's title."""

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            pytest.param("Fed Chair Elena Marquez said rates would stay high for longer.", "Fed", id="chair"),
            pytest.param(
                '"Inflation is proving sticky," Fed Governor Paul Whitcombe said on Thursday.',
                "Fed",
                id="governor",
            ),
            pytest.param(
                "Fed up with the delays, residents said the road must reopen by Friday.",
                None,
                id="guard-fed-up",
            ),
        ],
    )
    def test_fed(self, text: str, org: str | None) -> None:
        """The Fed is the officer's organisation."""
        assert last_speaker(text)[3] == org
