"""Polls and surveys named after "in": the poll is the source, "in" the cue, the clause before it (or the
noun phrase of standing it qualifies) the content (sentences written for these tests in the style of news
copy; people, places, outlets and polls invented)."""

from __future__ import annotations

import attrs
import pytest

from geoquote import DEFAULT_LEXICON, find_quotes
from geoquote._quote_polls import poll_reports

from ._quote_helpers import Row
from ._quote_helpers import records as _records


def _poll_records(text: str) -> list[Row]:
    """The records whose cue is "in"."""
    return [r for r in _records(text) if r[4] == "in"]


class TestPollAfterClause:
    """A clause, then "in" and one poll: the clause is what the poll reports."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Reyland led by six points in a new Harbour Gazette-Channel 4 poll released Sunday.",
                (
                    "indirect",
                    "Reyland led by six points",
                    "a new Harbour Gazette-Channel 4 poll released Sunday",
                    "in",
                    "in",
                ),
                id="named-poll-released-day",
            ),
            pytest.param(
                "Marrow drew 41 percent backing in a Gazette poll.",
                ("indirect", "Marrow drew 41 percent backing", "a Gazette poll", "in", "in"),
                id="plain-clause",
            ),
            pytest.param(
                "In June, Marrow drew 41 percent backing in a Gazette poll.",
                ("indirect", "Marrow drew 41 percent backing", "a Gazette poll", "in", "in"),
                id="circumstance-before-subject",
            ),
            pytest.param(
                "Kasby was level at 22 percent in the newest Gazette poll, up five points from May.",
                ("indirect", "Kasby was level at 22 percent", "the newest Gazette poll", "in", "in"),
                id="comma-after-poll",
            ),
            pytest.param(
                "Yet Reyland dropped to 9 percent in the final Channel 4 poll released Friday, a setback.",
                (
                    "indirect",
                    "Reyland dropped to 9 percent",
                    "the final Channel 4 poll released Friday",
                    "in",
                    "in",
                ),
                id="yet-opening",
            ),
            pytest.param(
                "While Marrow leads in the north, Reyland trails her in the Gazette's average of polls.",
                ("indirect", "Reyland trails her", "the Gazette's average of polls", "in", "in"),
                id="fronted-clause-average-of-polls",
            ),
            pytest.param(
                "Reyland edged up to 44 percent in Tuesday's poll.",
                ("indirect", "Reyland edged up to 44 percent", "Tuesday's poll", "in", "in"),
                id="possessive-day",
            ),
            pytest.param(
                "Despite the headlines that Marrow won the debate, she gained nothing in one of the "
                "earliest polls to emerge.",
                ("indirect", "she gained nothing", "one of the earliest polls to emerge", "in", "in"),
                id="one-of-the-polls",
            ),
            pytest.param(
                "Reyland has led Marrow in almost every regional poll in Eastmark since spring, often by "
                "wide margins.",
                (
                    "indirect",
                    "Reyland has led Marrow",
                    "almost every regional poll in Eastmark",
                    "in",
                    "in",
                ),
                id="every-poll-place-year",
            ),
            pytest.param(
                "The council is divided, as Reyland held a narrow lead in a Gazette survey of 900 voters.",
                ("indirect", "Reyland held a narrow lead", "a Gazette survey of 900 voters", "in", "in"),
                id="as-clause-survey-of-voters",
            ),
            pytest.param(
                "Marrow took 47 percent among rural voters in a fresh Gazette poll released Thursday.",
                (
                    "indirect",
                    "Marrow took 47 percent among rural voters",
                    "a fresh Gazette poll released Thursday",
                    "in",
                    "in",
                ),
                id="among-voters-adjunct",
            ),
        ],
    )
    def test_record(self, text: str, expected: Row) -> None:
        assert _poll_records(text) == [expected]


class TestStandingBeforePoll:
    """A noun phrase of a candidate's standing, the poll, then the sentence's verb: the standing is
    reported."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Marrow's nine-point edge over Reyland in a Gazette poll last month has vanished.",
                (
                    "indirect",
                    "Marrow's nine-point edge over Reyland",
                    "a Gazette poll last month",
                    "in",
                    "in",
                ),
                id="edge-has-vanished",
            ),
            pytest.param(
                "Mayor Reyland's favourability rating in the newest Channel 4 Poll sits at 61 percent.",
                ("indirect", "Mayor Reyland's favourability rating", "the newest Channel 4 Poll", "in", "in"),
                id="rating-sits-capital-poll",
            ),
        ],
    )
    def test_record(self, text: str, expected: Row) -> None:
        assert _poll_records(text) == [expected]


class TestOpeningPoll:
    """ "In POLLS, CLAUSE": what the older opening rule leaves (plurals, possessives, a name ending
    "Poll")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "In exit polls, ferry users in each district were angry about the fares.",
                (
                    "indirect",
                    "ferry users in each district were angry about the fares",
                    "exit polls",
                    "In",
                    "in",
                ),
                id="exit-polls",
            ),
            pytest.param(
                "In April's Gazette poll, Marrow beat Reyland on most questions.",
                ("indirect", "Marrow beat Reyland on most questions", "April's Gazette poll", "In", "in"),
                id="possessive-month",
            ),
            pytest.param(
                "In a Channel 4 Poll released Friday, three of five residents disliked the ferry timetable.",
                (
                    "indirect",
                    "three of five residents disliked the ferry timetable",
                    "a Channel 4 Poll released Friday",
                    "In",
                    "in",
                ),
                id="capital-poll-released",
            ),
            pytest.param(
                "In a Gazette survey published Tuesday, 44 percent of residents backed Marrow.",
                (
                    "indirect",
                    "44 percent of residents backed Marrow",
                    "a Gazette survey published Tuesday",
                    "In",
                    "in",
                ),
                id="older-rule-unchanged",
            ),
        ],
    )
    def test_record(self, text: str, expected: Row) -> None:
        assert _poll_records(text) == [expected]


class TestReportingVerbReadsIt:
    """A sentence whose reporting verb already reads the clause or the poll gets no second record."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ilse Marrow said Reyland led in a Gazette poll.",
                [("indirect", "Reyland led in a Gazette poll", "Ilse Marrow", "said", "say")],
                id="said-before",
            ),
            pytest.param(
                "A Gazette poll shows Reyland led in the south.",
                [("indirect", "Reyland led in the south", "A Gazette poll", "shows", "show")],
                id="poll-shows",
            ),
            pytest.param(
                "Reyland led in a Gazette poll, the paper reported.",
                [("indirect", "Reyland led in a Gazette poll", "the paper", "reported", "report")],
                id="trailing-speaker",
            ),
            pytest.param(
                '"Marrow is collapsing in the polls," Reyland said.',
                [("direct", "Marrow is collapsing in the polls,", "Reyland", "said", "say")],
                id="inside-a-quotation",
            ),
        ],
    )
    def test_one_record(self, text: str, expected: list[Row]) -> None:
        assert _records(text) == expected


class TestNoPollRecord:
    """No record with the cue "in": plurals in mid-sentence (annotated less than half the time), respondents,
    taking part, goals, non-finite phrases, a clause going on past the poll, headlines without a
    determiner."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Marrow still leads in polls in spite of the ferry row.", id="bare-plural"),
            pytest.param("Reyland has soared in the polls since the debate.", id="the-polls"),
            pytest.param(
                "Some 40 percent of ferry users in the poll backed Reyland.", id="respondents-subject"
            ),
            pytest.param(
                "Reyland was backed by 34 percent of registered voters in the Gazette survey.",
                id="respondents-before-in",
            ),
            pytest.param("Only 300 residents took part in the Gazette survey.", id="took-part"),
            pytest.param(
                "Marrow, with 41 percent support in a Channel 4 poll, was the favourite.", id="with-phrase"
            ),
            pytest.param("Reyland must reach 12 percent in a Gazette poll to join the debate.", id="goal"),
            pytest.param(
                "Public anger over the fares is reflected in a fresh Gazette poll.", id="reflected-in"
            ),
            pytest.param(
                "Reyland climbed four points in the Gazette survey to 31 percent, while Marrow stayed at 20.",
                id="clause-goes-on",
            ),
            pytest.param("Marrow was interested in a survey of the harbour's users.", id="interested-in"),
            pytest.param("Tomas Reyland tied Marrow in Eastmark poll.", id="no-determiner"),
            pytest.param("The margin of error in the Gazette poll is four points.", id="margin-of-error"),
            pytest.param(
                "He came third, averaging 6 percent over the districts in the Gazette poll.",
                id="participle",
            ),
            pytest.param("The ferry sails in the poll week at noon.", id="poll-as-modifier"),
        ],
    )
    def test_no_record(self, text: str) -> None:
        assert _poll_records(text) == []


class TestPollReports:
    """The rule on its own: spans another attribution reads are left to it."""

    def test_spans(self) -> None:
        t = "Marrow drew 41 percent backing in a Gazette poll."
        [p] = poll_reports(t, 0, len(t), [])
        assert (t[slice(*p.content)], t[slice(*p.source)], t[p.cue[0] : p.cue[1]], p.head) == (
            "Marrow drew 41 percent backing",
            "a Gazette poll",
            "in",
            "poll",
        )

    def test_read_span_blocks(self) -> None:
        t = "Marrow drew 41 percent backing in a Gazette poll."
        assert poll_reports(t, 0, len(t), [(0, 6)]) == []

    def test_no_poll_word(self) -> None:
        t = "Marrow drew 41 percent backing in the harbour district."
        assert poll_reports(t, 0, len(t), []) == []

    def test_another_language_reads_none(self) -> None:
        """The patterns are English: another language's lexicon reads no poll after "in"."""
        t = "Marrow drew 41 percent backing in a Gazette poll."
        assert poll_reports(t, 0, len(t), [], language="xx") == []
        assert find_quotes(t, lexicon=attrs.evolve(DEFAULT_LEXICON, language="xx")) == ()

    def test_long_sentence_is_bounded(self) -> None:
        t = "Marrow led in a Gazette poll, " * 200 + "and Reyland trailed."
        assert len(poll_reports(t, 0, len(t), [])) <= 4


class TestKnownGaps:
    """Poll attributions PolNeAR annotates that this rule does not read."""

    @pytest.mark.xfail(
        strict=True, reason="plural polls inside a noun phrase are not read (mostly unannotated)"
    )
    def test_standing_in_plural_polls(self) -> None:
        text = "Reyland's sudden rise in several polls in the north could fade."
        assert ("indirect", "Reyland's sudden rise", "several polls in the north", "in", "in") in _records(
            text
        )

    @pytest.mark.xfail(strict=True, reason="a participle phrase before the poll is no finite clause")
    def test_participle_content(self) -> None:
        text = "Marrow remains the favourite, reaching a record in one regional survey."
        assert ("indirect", "reaching a record", "one regional survey", "in", "in") in _records(text)

    @pytest.mark.xfail(strict=True, reason="a headline's poll without a determiner is not read")
    def test_headline_without_determiner(self) -> None:
        text = "Marrow keeps wide margin over Reyland in newest poll."
        assert ("indirect", "Marrow keeps wide margin over Reyland", "newest poll", "in", "in") in _records(
            text
        )
