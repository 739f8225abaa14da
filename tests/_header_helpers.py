"""Helpers shared by the header test tables of the twenty-eighth session's copy."""

from __future__ import annotations

import datetime as dt

from geoquote import Header, parse_header

HEADLINE = "Ukraine extends emergency rule as grid attacks continue"
BODY = (
    "The government said on Monday it would extend the emergency measures for another three months,"
    " citing the risk of further attacks on the power grid."
)
BODY_2 = "Officials gave no further details of the measures."


def top(*lines: str) -> str:
    """An article whose header block is ``lines`` (one line each) between the headline and two body
    paragraphs."""
    return "\n\n".join([HEADLINE, "\n".join(lines), BODY, BODY_2])


def assert_outlet_is_source(outlet: str, reference_date: dt.datetime) -> None:
    """``outlet`` over the date alone, after the writer's comma or on a line under the writer is the source,
    never a writer."""
    for lines, authors in (
        ([outlet, "December 1, 2026"], []),
        ([f"By Tom Hale, {outlet}", "December 1, 2026"], ["Tom Hale"]),
        (["By Tom Hale", outlet, "December 1, 2026"], ["Tom Hale"]),
    ):
        header = parse_header(top(*lines), reference_date=reference_date)
        assert [a.name for a in header.authors] == authors
        assert header.source is not None and header.source.name == outlet


def assert_dateline_and_source(
    header: Header, place: str | None, date: str | None, source: str | None
) -> None:
    """``header``'s dateline place, dateline date (ISO) and source name are the ones given (None: absent)."""
    dl = header.dateline
    assert (dl.place if dl else None) == place
    assert (dl.date.value if dl and dl.date else None) == date
    assert (header.source.name if header.source else None) == source


#: The top the forty-first session's header tables build on: a headline, two lead paragraphs and the
#: reference date their relative dates are read against.
TALKS_REFERENCE = dt.datetime(2026, 12, 2, 20, 0)
TALKS_HEADLINE = "Talks resume in Geneva after a week of delays"
TALKS_LEAD = (
    "Negotiators from both sides returned to the table on Monday after a week of delays, officials said,"
    " but no breakthrough was expected before the weekend."
)
TALKS_LEAD_2 = "A spokesman for the mediators declined to comment on the agenda."
