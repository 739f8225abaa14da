"""Helpers shared by the header test tables of the twenty-eighth session's copy."""

from __future__ import annotations

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
