"""What the quotation case tables read of a text's records."""

from __future__ import annotations

from geoquote import find_quotes

#: (kind, text, speaker mention, cue text, cue lemma)
Row = tuple[str, str, str | None, str | None, str | None]


def records(text: str) -> list[Row]:
    """Every record of ``text`` as a :data:`Row`; each record's ``text[start:end]`` is checked."""
    out: list[Row] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        mention = sp.mention.text if sp is not None and sp.mention is not None else None
        out.append((q.kind, q.text, mention, q.cue.text if q.cue else None, q.cue.lemma if q.cue else None))
    return out


def lead_records(lead: str, sentence: str) -> list[tuple[str, str, str | None]]:
    """Every record of ``sentence`` after a headline ``lead``, as (kind, text, speaker mention)."""
    return [(kind, text, mention) for kind, text, mention, _, _ in records(lead + sentence)]


#: (kind, text, speaker mention, cue text, cue lemma, addressee)
AddressedRow = tuple[str, str, str | None, str | None, str | None, str | None]


def addressed_records(text: str) -> list[AddressedRow]:
    """Every record of ``text`` as a :data:`Row` with its addressee's text last; each record's span, and its
    cue's, is checked against the text."""
    out: list[AddressedRow] = []
    for row, q in zip(records(text), find_quotes(text), strict=True):
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        out.append((*row, q.addressee.text if q.addressee is not None else None))
    return out


def said_row(kind: str, text: str, mention: str, addressee: str | None = None) -> AddressedRow:
    """An :data:`AddressedRow` whose cue is "said" ("say")."""
    return (kind, text, mention, "said", "say", addressee)


def named_records(text: str) -> list[tuple[str, str | None]]:
    """Every record of ``text`` as (text, speaker's canonical name); each record's span is checked."""
    out: list[tuple[str, str | None]] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        out.append((q.text, q.speaker.name if q.speaker is not None else None))
    return out


def cued_records(text: str) -> list[tuple[str, str | None, str, str]]:
    """Every record of ``text`` as (text, speaker's canonical name, cue text, addressee text), "" for a
    missing cue or addressee; each record's span is checked."""
    out: list[tuple[str, str | None, str, str]] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        name = q.speaker.name if q.speaker is not None else None
        out.append((q.text, name, q.cue.text if q.cue else "", q.addressee.text if q.addressee else ""))
    return out


def resolved_records(text: str) -> list[tuple[str, str | None, str | None]]:
    """Every record of ``text`` as (text, speaker's canonical name, how the speaker was found); each
    record's span is checked."""
    out: list[tuple[str, str | None, str | None]] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append((q.text, sp.name if sp else None, sp.resolution if sp else None))
    return out


#: (text, speaker's canonical name, speaker's role, addressee text)
DescribedRow = tuple[str, str | None, str | None, str | None]


def described_records(text: str) -> list[DescribedRow]:
    """Every record of ``text`` as a :data:`DescribedRow`; each record's span is checked."""
    out: list[DescribedRow] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append(
            (
                q.text,
                sp.name if sp else None,
                sp.role if sp else None,
                q.addressee.text if q.addressee else None,
            )
        )
    return out


#: (text, speaker mention's text, speaker's canonical name, speaker's role)
MentionedRow = tuple[str, str | None, str | None, str | None]


def mentioned_records(text: str) -> list[MentionedRow]:
    """Every record of ``text`` as a :data:`MentionedRow`; each record's span and mention are checked."""
    out: list[MentionedRow] = []
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        m = sp.mention if sp is not None else None
        if m is not None:
            assert text[m.start : m.end] == m.text
        out.append((q.text, m.text if m else None, sp.name if sp else None, sp.role if sp else None))
    return out
