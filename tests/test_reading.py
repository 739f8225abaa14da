"""Hard-wrapped text (mail digests, old wire feeds, text copied from a terminal) reads as running text, even
with a caption wider than the wrap or list items with a hanging indent; HTML entities left in scraped text
read as the characters they stand for (an apostrophe keeping its word whole); a soft hyphen or a
zero-width space inside a name leaves the name as a reader sees it; and text saved in UTF-8 and read back
as Windows-1252 keeps its quotation marks and names.

The articles here are written for these tests in the style of wire copy and wrapped by
:func:`textwrap.fill`, as a mail client or a feed would wrap them.
"""

from __future__ import annotations

import textwrap

import pytest

from geoquote import analyze, find_coalitions, find_quotes
from geoquote._reading import reading_copy

PARAGRAPHS = [
    "NIAMEY, May 6 (Reuters) - Niger's military government on Tuesday ordered the European Union's "
    "ambassador to leave the country within 72 hours, accusing him of meddling in talks over the "
    "future of the country's largest uranium mine.",
    '"The ambassador has repeatedly gone beyond his diplomatic role and has tried to dictate to a '
    'sovereign state who it may sell its resources to," government spokesman Abdoulaye Issoufou said '
    "in a statement read on state television.",
    'The EU\'s foreign policy spokeswoman, Elena Kovacova, said the bloc "deeply regrets" the decision '
    'and rejected the accusations. "Our ambassador has done nothing but his job, which is to talk to '
    'everyone," she told reporters in Brussels.',
    "The juntas have ended defence agreements with France and the United States and joined Mali and "
    "Burkina Faso in the Alliance of Sahel States, a confederation formed last year.",
]


def _article(sep: str = "\n\n", width: int = 72, indent: str = "") -> str:
    body = sep.join(textwrap.fill(p, width, initial_indent=indent, subsequent_indent="") for p in PARAGRAPHS)
    return "Niger expels EU envoy\n\nBy Claire Vasseur\n\n" + body + "\n"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(q.text.split()), q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def _with_caption() -> str:
    """The wrapped article with a photo's caption, wider than the wrap, pasted between two paragraphs."""
    caption = "Government spokesman Abdoulaye Issoufou speaks in Niamey on May 6. REUTERS/Claire Vasseur"
    parts = _article().split("\n\n")
    return "\n\n".join([*parts[:3], caption, *parts[3:]])


WRAPPED = [
    pytest.param(_article(), id="blank-line-between-paragraphs"),
    pytest.param(_with_caption(), id="a-caption-wider-than-the-wrap"),
    pytest.param(_article(width=60), id="narrow-wrap"),
    pytest.param(_article(sep="\n", indent="    "), id="indented-paragraph-starts"),
    pytest.param(_article().replace("\n", "\r\n"), id="windows-line-ends"),
]


def _flat() -> str:
    return "Niger expels EU envoy\n\nBy Claire Vasseur\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize("text", WRAPPED)
def test_wrapped_article_reads_as_its_unwrapped_twin(text: str) -> None:
    assert _quotes(text) == _quotes(_flat())


@pytest.mark.parametrize("text", WRAPPED)
def test_a_quotation_wrapped_over_lines_keeps_its_speaker_and_its_line_breaks(text: str) -> None:
    quotes = find_quotes(text)
    first = next(q for q in quotes if q.text.startswith("The ambassador"))
    assert " ".join(first.text.split()).endswith("resources to,")
    assert "\n" in first.text  # the caller's own characters, not the spaces the finder read
    assert text[first.start : first.end] == first.text
    assert first.speaker is not None and first.speaker.name == "Abdoulaye Issoufou"
    for q in quotes:
        for span in (q, q.cue, q.addressee, q.speaker.mention if q.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_a_state_on_a_wrapped_line_is_no_member_of_the_coalition_above() -> None:
    text = _article()
    sahel = [c for c in find_coalitions(text) if c.id == "AES"]
    assert sahel and all(not c.members for c in sahel)


def test_the_header_keeps_its_lines() -> None:
    text = "Niger expels EU envoy over uranium talks with Kazakh firm\n"
    text += "Brussels calls the decision regrettable as Niamey turns to new partners\n\nBy Claire Vasseur\n\n"
    text += textwrap.fill(PARAGRAPHS[1], 72) + "\n\n" + textwrap.fill(PARAGRAPHS[2], 72) + "\n"
    text += "\n" + textwrap.fill(PARAGRAPHS[3], 72) + "\n"
    art = analyze(text)
    assert art.header.title is not None and art.header.title.text.startswith("Niger expels")
    assert art.header.title.text.endswith("Kazakh firm")
    assert art.header.subtitle is not None and art.header.subtitle.text.endswith("new partners")
    assert any(q.speaker and q.speaker.name == "Abdoulaye Issoufou" for q in art.quotes)


UNWRAPPED = [
    pytest.param("\n".join(PARAGRAPHS * 3), id="one-paragraph-per-line"),
    pytest.param(
        "\n".join(
            [
                "Key dates:",
                "May 6 - Niger orders the EU envoy to leave",
                "May 7 - Brussels recalls its staff for talks",
                "May 9 - Mali and Burkina Faso back Niamey",
                "May 12 - The envoy leaves on a charter flight",
                "May 14 - EU ministers meet in Brussels",
                "May 20 - Niamey names a new uranium partner",
            ]
        ),
        id="a-list-of-short-lines",
    ),
    pytest.param("", id="empty"),
    pytest.param("\n" * 50, id="only-line-breaks"),
]


@pytest.mark.parametrize("text", UNWRAPPED)
def test_text_that_is_not_wrapped_is_read_as_it_is(text: str) -> None:
    assert reading_copy(text) is text


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        pytest.param(
            "An aide told reporters that talks were &quot;at an advanced stage&quot; and would end soon.",
            "mixed",
            "talks were &quot;at an advanced stage&quot; and would end soon",
            id="entity-marks-around-a-fragment",
        ),
        pytest.param(
            "&quot;We will not leave,&quot; the minister said.",
            "direct",
            "We will not leave,",
            id="entity-marks",
        ),
        pytest.param(
            "&#8220;We will not leave,&#8221; the minister said.",
            "direct",
            "We will not leave,",
            id="numbered-curly-marks",
        ),
        pytest.param(
            "Rail exports will recover, the head of Smith &amp; Sons said.",
            "indirect",
            "Rail exports will recover",
            id="ampersand-is-no-clause-end",
        ),
    ],
)
def test_entities_left_in_scraped_text(text: str, kind: str, content: str) -> None:
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == (kind, content)
    assert text[q.start : q.end] == q.text


DIALOGUE = (
    "Rail link reopens\n\n"
    "— We will not give in, the minister said. — Our farmers have waited long enough.\n\n"
    "— Is it normal that a train waits nine days? asked Pavel Sorin.\n\n"
    "– We have prepared the file, Ana Halvek told Le Monde.\n"
)


def test_dialogue_dashes_open_and_close_quotations() -> None:
    quotes = find_quotes(DIALOGUE)
    got = [
        (q.kind, q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None) for q in quotes
    ]
    assert ("direct", "We will not give in", "the minister") in got
    assert ("direct", "Is it normal that a train waits nine days", "Pavel Sorin") in got
    assert ("direct", "We have prepared the file", "Ana Halvek") in got
    assert any(t == "Our farmers have waited long enough" for _, t, _ in got)
    for q in quotes:
        assert DIALOGUE[q.start : q.end] == q.text


def test_a_dashed_list_of_reports_is_no_dialogue() -> None:
    text = (
        "Key points:\n– The EU will review its ties with Niamey.\n– Mali and Burkina Faso back the junta.\n"
        "– Talks resume in May, officials said.\n"
    )
    assert [(q.kind, q.text) for q in find_quotes(text)] == [("indirect", "Talks resume in May")]


def test_a_dashed_credit_line_opens_no_quotation_in_dialogue() -> None:
    text = DIALOGUE + "\n— Reporting by Ana Halvek\n\nThe line reopens on Monday, the operator said.\n"
    quotes = find_quotes(text)
    assert ("indirect", "The line reopens on Monday") in [(q.kind, q.text) for q in quotes]
    assert all("Reporting by" not in q.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "09:40 GMT — A senior EU diplomat tells us a deal on grain is “within reach”.",
            "A senior EU diplomat",
            "a deal on grain is “within reach",
        ),
        (
            "Live updates.\n\n9.05am - The navy said two drones had been shot down overnight.",
            "The navy",
            "two drones had been shot down overnight",
        ),
    ],
)
def test_a_live_blog_time_stamp_is_no_part_of_the_sentence(text: str, mention: str, content: str) -> None:
    """The time stamp opening a live blog's entry hides neither its subject nor its report."""
    (q,) = find_quotes(text)
    assert q.text == content and text[q.start : q.end] == content
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == mention


def test_a_time_stamp_keeps_its_length_in_the_copy() -> None:
    text = "Intro.\n11:20 GMT — The envoy said talks went on.\n"
    copy = reading_copy(text)
    assert len(copy) == len(text) and "GMT" not in copy and copy.endswith("The envoy said talks went on.\n")


@pytest.mark.parametrize(
    "brk", ["\r", "\u2028", "\x0c", "\r\n"], ids=["cr", "line-separator", "form-feed", "crlf"]
)
def test_odd_line_ends_make_paragraphs_as_newlines_do(brk: str) -> None:
    text = "Port talks resume\n\n“We will stay on,” Maren Dahl said.\n\nThe port reopened on Monday."
    odd = text.replace("\n", brk)
    assert [(q.kind, q.text, q.start) for q in find_quotes(odd)] == [
        (q.kind, q.text, q.start + (len(brk) - 1) * text.count("\n", 0, q.start)) for q in find_quotes(text)
    ]
    for q in find_quotes(odd):
        assert odd[q.start : q.end] == q.text


@pytest.mark.parametrize("blank", ["\u00a0", "\u202f", "\u2009"], ids=["no-break", "narrow-no-break", "thin"])
def test_a_name_written_with_a_no_break_space_is_the_plain_name(blank: str) -> None:
    text = f"“We will stay on,” Foreign Minister Maren{blank}Dahl said."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Maren Dahl"
    assert q.speaker.mention is not None and blank in q.speaker.mention.text  # the caller's own characters


def test_a_dialogue_turn_that_goes_on_after_its_attribution() -> None:
    """ "— A, said X. B." gives X both parts of the turn, each a direct quotation."""
    text = (
        "The council met on Tuesday.\n\n"
        "— We were promised cheaper rents, said Lise Moreau. Now we cannot afford the street.\n\n"
        "— Nobody asked us, said Paul Garnier."
    )
    quotes = [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert quotes == [
        ("direct", "We were promised cheaper rents", "Lise Moreau"),
        ("direct", "Now we cannot afford the street", "Lise Moreau"),
        ("direct", "Nobody asked us", "Paul Garnier"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour talks resume\r\rBy Maren Dahl, Reuters\r\rThe talks resumed on Monday.",
        "\ufeffHarbour talks resume\n\nBy Maren Dahl, Reuters\n\nThe talks resumed on Monday.",
        "Harbour talks resume\n\nBy Maren\u00a0Dahl, Reuters\n\nThe talks resumed on Monday.",
    ],
    ids=["bare-carriage-returns", "byte-order-mark", "no-break-space-in-byline"],
)
def test_the_header_reads_odd_line_ends_and_blanks_as_plain_ones(text: str) -> None:
    header = analyze(text).header
    assert header.title is not None and header.title.text == "Harbour talks resume"
    assert [a.name for a in header.authors] == ["Maren Dahl"]
    for span in analyze(text).spans():
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "11:20 GMT — The envoy arrived.\n9.05am - Talks began.\n  16:05 (local time) — Delegates left.",
        "— We will not yield, the minister said.\n  – Our farmers have waited, she said.\nNo dash — none.",
        "Line one.\n\n12:00 – \n— \n   \t— A turn.\n2024 was a year.\n",
    ],
)
@pytest.mark.parametrize("start", [0, 1, 12, 40])
def test_line_patterns_read_only_the_lines_they_can_open(text: str, start: int) -> None:
    """The line patterns tried at the lines a cheap scan finds give what a scan of every position gives."""
    from geoquote import _reading as r

    for pattern, opener in ((r._STAMPED_LINE, r._DIGIT_OPENS_LINE), (r._DIALOGUE_LINE, r._DASH_OPENS_LINE)):
        want = [m.span() for m in pattern.finditer(text, start)]
        assert [m.span() for m in r._line_matches(pattern, opener, text, start)] == want


def test_list_items_wrapped_with_a_hanging_indent_read_whole() -> None:
    items = [
        "“An election held under bombs is not an election,” said Dunmore's Foreign Minister Ilse Marrow "
        "after the talks.",
        "“The harbour cannot accept a plan that leaves half of the coast out,” Ashland's Foreign Minister "
        "Tomas Reyland told reporters.",
        "“We will not take sides, but we will not look away,” said the Harbour Council's chairman Ivo Marin "
        "on Tuesday evening.",
    ]
    wrapped = "\n".join(textwrap.fill(t, 68, initial_indent="• ", subsequent_indent="  ") for t in items)
    flat = "\n".join("• " + t for t in items)
    head = "Ministers split over the vote\n\nBy Claire Vasseur\n\nThe ministers met on Monday in Ashland.\n\n"
    assert _quotes(head + wrapped) == _quotes(head + flat)
    assert [name for _, name in _quotes(head + wrapped)] == ["Ilse Marrow", "Tomas Reyland", "Ivo Marin"]


@pytest.mark.parametrize(
    ("hidden", "name"),
    [
        pytest.param("Tomas Rey\u00adland", "Tomas Reyland", id="a-soft-hyphen"),
        pytest.param("Tomas Rey\u200bland", "Tomas Reyland", id="a-zero-width-space-inside"),
        pytest.param("Tomas\u200bReyland", "Tomas Reyland", id="a-zero-width-space-for-a-space"),
    ],
)
def test_a_name_with_an_invisible_character_reads_as_the_reader_sees_it(hidden: str, name: str) -> None:
    text = f"Talks resume\n\nForeign Minister {hidden} said the talks would resume on Monday."
    q = find_quotes(text)[-1]
    assert q.speaker is not None
    assert q.speaker.name == name
    assert q.speaker.mention is not None
    assert text[q.speaker.mention.start : q.speaker.mention.end] == q.speaker.mention.text


@pytest.mark.parametrize("entity", ["&#39;", "&#8217;", "&rsquo;", "&apos;"])
def test_an_apostrophe_entity_keeps_its_word_whole(entity: str) -> None:
    text = f"Talks resume\n\nAshland{entity}s foreign minister, Tomas Reyland, said the talks would resume."
    q = find_quotes(text)[-1]
    assert q.speaker is not None
    assert q.speaker.name == "Tomas Reyland"
    assert (q.speaker.role or "").replace("’", "'") == "Ashland's foreign minister"
    assert q.text == "the talks would resume"


def _mojibake(text: str) -> str:
    """``text`` as a page saved in UTF-8 and read back as Windows-1252 prints it."""
    return text.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")


def test_text_read_in_the_wrong_encoding_keeps_its_quotations_and_names() -> None:
    clean = (
        "Harbour talks\n\nBy João Marrow\n\n“The harbour is not for sale,” Foreign Minister Héloïse Reyland "
        "told reporters. Ashland’s envoy said the talks were “a waste of time”."
    )
    text = _mojibake(clean)
    assert text != clean and len(text) > len(clean)
    found = [(q.kind, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert found == [("direct", "Héloïse Reyland"), ("mixed", None)]
    assert all(text[q.start : q.end] == q.text for q in find_quotes(text))
    assert [a.name for a in analyze(text).header.authors] == ["João Marrow"]
