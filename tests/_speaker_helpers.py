"""What the speaker tables read of a quotation's speaker."""

from __future__ import annotations

from geoquote import find_quotes


def last_speaker(text: str) -> tuple[str | None, str | None, str | None, str | None, str]:
    """(name, mention, role, organisation, resolution) of the last quotation's speaker."""
    sp = find_quotes(text)[-1].speaker
    assert sp is not None
    mention = sp.mention.text if sp.mention is not None else None
    return sp.name, mention, sp.role, sp.organization, sp.resolution


def speaker_of(text: str, fragment: str) -> tuple[str | None, str | None, str | None]:
    """(name, mention text, resolution) of the speaker of the quotation holding ``fragment``."""
    found = [q for q in find_quotes(text) if fragment in q.text]
    assert found, f"no quotation holds {fragment!r}"
    sp = found[0].speaker
    if sp is None:
        return None, None, None
    return sp.name, sp.mention.text if sp.mention is not None else None, sp.resolution


def headed_speaker(text: str) -> tuple[str | None, str | None]:
    """The canonical name and the resolution of the last quotation's speaker in ``text`` set under a
    headline of its own ("Harbour talks")."""
    q = find_quotes("Harbour talks\n\n" + text)[-1]
    sp = q.speaker
    return (sp.name if sp is not None else None, sp.resolution if sp is not None else None)
