"""Header lines met in the fifty-fifth session's copy: bare bylines naming an outlet whose name holds a slash.
Tops written for these tests."""

from __future__ import annotations

import pytest

from geoquote import parse_header

from ._header_helpers import BODY, BODY_2, HEADLINE, top


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param("Anna Berg, RFE/RL", ("Anna Berg",), "RFE/RL", id="rferl"),
        pytest.param(
            "Marta Kovalenko and Ivan Sokol, RFE/RL",
            ("Marta Kovalenko", "Ivan Sokol"),
            "RFE/RL",
            id="two-rferl",
        ),
        pytest.param(
            "Anna Berg, Radio Free Europe/Radio Liberty",
            ("Anna Berg",),
            "Radio Free Europe/Radio Liberty",
            id="rferl-in-full",
        ),
        # guards: the same line with an outlet without a slash, and a slash as the separator
        pytest.param("Anna Berg, Reuters", ("Anna Berg",), "Reuters", id="guard-reuters"),
        pytest.param("Anna Berg / Reuters", ("Anna Berg",), "Reuters", id="guard-slash-separator"),
    ],
)
def test_a_bare_name_and_a_slashed_outlet_over_the_date_are_the_byline(
    line: str, authors: tuple[str, ...], source: str
) -> None:
    """A writer's name without "By", a comma and a listed outlet whose own name holds a slash ("Anna Berg,
    RFE/RL") over the date line give the writer and the outlet, as with an outlet without a slash."""
    header = parse_header(top(line, "November 29, 2026"))
    assert tuple(a.name for a in header.authors) == authors
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Politics/World", id="section-path"),
        pytest.param("Anna Berg/Ivan Sokol Weekly", id="slash-not-an-outlet"),
    ],
)
def test_a_line_with_a_slash_of_no_outlet_gives_no_writer(line: str) -> None:
    """A slash that is no listed outlet's own still keeps a bare line from being a byline of one writer."""
    header = parse_header(top(line, "November 29, 2026"))
    assert [a.name for a in header.authors] != [line]
    assert "Politics" not in [a.name for a in header.authors]


def test_the_body_is_kept() -> None:
    """The body after a slashed outlet's byline starts at the lead."""
    text = "\n\n".join([HEADLINE, "Anna Berg, RFE/RL\nNovember 29, 2026", BODY, BODY_2])
    header = parse_header(text)
    assert text[header.body_start :].startswith("The government")


@pytest.mark.parametrize(
    ("line", "value", "printed"),
    [
        pytest.param("[14:05] 29.11.2026", "2026-11-29T14:05:00", "[14:05] 29.11.2026", id="square"),
        pytest.param("(09:30) 29.11.2026", "2026-11-29T09:30:00", "(09:30) 29.11.2026", id="round"),
        pytest.param(
            "(14:05 CET) 29.11.2026", "2026-11-29T14:05:00+01:00", "(14:05 CET) 29.11.2026", id="round-zone"
        ),
        pytest.param(
            "[18:40] November 29, 2026", "2026-11-29T18:40:00", "[18:40] November 29, 2026", id="words"
        ),
        # guards: a time without brackets, and a bracket closing something that is no time
        pytest.param("14:05 29.11.2026", "2026-11-29T14:05:00", "14:05 29.11.2026", id="guard-no-brackets"),
        pytest.param("Page 12] 29.11.2026", "2026-11-29", "29.11.2026", id="guard-no-time"),
    ],
)
def test_a_time_in_brackets_before_the_date_is_its_time(line: str, value: str, printed: str) -> None:
    """A time in square or round brackets printed before the date ("[14:05] 29.11.2026"), as news tickers
    stamp their items, is the date's time, as the same time without brackets already was."""
    header = parse_header(top(line))
    assert header.published is not None
    assert (header.published.value, header.published.text) == (value, printed)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        pytest.param(
            "ALGIERS - The Ministry of Energy will open a gas plant in Ouargla next year, APS learned from"
            " its director on Sunday.",
            "APS",
            id="aps-comma",
        ),
        pytest.param(
            "ALGIERS- The cabinet approved the new finance bill on Sunday, APS learnt.", "APS", id="learnt"
        ),
        pytest.param(
            "RABAT - MAP has learned that the king received the new Mauritanian envoy on Monday.",
            "MAP",
            id="map-opening",
        ),
        pytest.param(
            "KARACHI: The Sindh cabinet approved a new water plan for the city, APP learnt from officials.",
            "APP",
            id="app-colon",
        ),
    ],
)
def test_an_agency_that_learned_the_news_in_the_lead_is_the_source(lead: str, source: str) -> None:
    """A dateline without an agency whose lead names a listed agency as having learned the news ("ALGIERS -
    ..., APS learned from ...") gives that agency as the source."""
    header = parse_header("\n\n".join(["Algeria to open gas plant", lead, BODY_2]))
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "ALGIERS - The cabinet approved the new finance bill on Sunday, Reuters reported.", id="reported"
        ),
        pytest.param("ALGIERS - The cabinet approved the finance bill, Karim Haddad learned.", id="a-person"),
        pytest.param("ALGIERS - The minister said the state firm had learned from past errors.", id="a-firm"),
    ],
)
def test_no_agency_learning_the_news_gives_no_source(lead: str) -> None:
    """A lead whose speaker is no listed agency, or whose agency only reported the news, gives no source."""
    header = parse_header("\n\n".join(["Algeria to open gas plant", lead, BODY_2]))
    assert header.source is None


def test_the_agency_of_the_dateline_is_kept() -> None:
    """An agency already in the dateline stays the source when another one learned the news in the lead."""
    lead = "ALGIERS (Reuters) - The cabinet approved the new finance bill on Sunday, APS learned."
    header = parse_header("\n\n".join(["Algeria to open gas plant", lead, BODY_2]))
    assert header.source is not None and header.source.name == "Reuters"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By Monitoring Desk", id="monitoring-desk"),
        pytest.param("Sports Desk", id="sports-desk"),
        pytest.param("By Business Desk", id="business-desk"),
        pytest.param("By Staff Correspondent, Dhaka", id="staff-comma-place"),
        pytest.param("Staff Reporter, New Delhi", id="reporter-comma-place"),
        pytest.param("By Our Correspondent | Published November 29, 2026", id="our-correspondent-bar-date"),
        pytest.param("Our Staff Reporter | Updated: 29 Nov 2026, 10:05 am", id="staff-bar-updated"),
        # guards: the staff credits read before
        pytest.param("By Our Correspondent", id="guard-our-correspondent"),
        pytest.param("Web Desk", id="guard-web-desk"),
    ],
)
def test_a_desk_or_staff_credit_names_nobody(line: str) -> None:
    """A South Asian paper's desk or staff credit ("By Monitoring Desk", "By Staff Correspondent, Dhaka",
    "By Our Correspondent | Published ...") is a byline of no person: no word of it is an author."""
    text = "\n\n".join(
        [HEADLINE, line + "\nLAHORE: The provincial cabinet approved a new water plan on Sunday.", BODY_2]
    )
    header = parse_header(text)
    assert header.authors == ()
    assert header.byline is not None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        pytest.param("By Our Correspondent | Published November 29, 2026", "2026-11-29", id="published"),
        pytest.param("By Web Desk | November 29, 2026 14:05", "2026-11-29T14:05:00", id="web-desk-time"),
    ],
)
def test_the_date_after_a_staff_credit_is_read(line: str, value: str) -> None:
    """The date after a bar closing a staff credit is the article's date."""
    text = "\n\n".join(
        [HEADLINE, line + "\nQUETTA: The provincial cabinet approved a new water plan on Sunday.", BODY_2]
    )
    header = parse_header(text)
    assert header.published is not None and header.published.value == value


def test_a_named_correspondent_is_still_the_author() -> None:
    """A correspondent named after the credit ("By Our Correspondent Sana Malik") is the author."""
    header = parse_header(top("By Our Correspondent Sana Malik", "November 29, 2026"))
    assert [a.name for a in header.authors] == ["Sana Malik"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By HT Correspondent", id="by-initials-correspondent"),
        pytest.param("By TOI Reporter", id="by-initials-reporter"),
        pytest.param("DH Correspondent", id="bare-initials"),
    ],
)
def test_a_papers_initials_before_its_correspondent_name_nobody(line: str) -> None:
    """A paper's initials in capitals before "Correspondent" or "Reporter" ("By HT Correspondent") are a staff
    credit: a byline with no author, the initials no person's name."""
    text = "\n\n".join(
        [HEADLINE, line + "\nNEW DELHI: The ministry said on Sunday it would extend the plan.", BODY_2]
    )
    header = parse_header(text)
    assert header.byline is not None
    assert header.authors == ()


def test_a_role_in_capitals_before_a_name_keeps_the_name() -> None:
    """Initials and a role before a writer's name ("EU Correspondent Anna Berg") still give the writer."""
    header = parse_header(top("EU Correspondent Anna Berg", "November 29, 2026"))
    assert [a.name for a in header.authors] == ["Anna Berg"]
