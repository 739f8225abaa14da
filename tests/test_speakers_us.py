"""Speaker rules for US political news: the role nouns and epithets it uses for a politician named before
("the congresswoman", "The Nevada Republican", "the former governor"), pronouns and their antecedents, and
speaker names built from its styles (sentences written for these tests; people and events invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _last(text: str) -> tuple[str | None, str | None, str | None, str | None, str]:
    """(name, mention, role, organisation, resolution) of the last quotation's speaker."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    mention = sp.mention.text if sp.mention is not None else None
    return sp.name, mention, sp.role, sp.organization, sp.resolution


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
