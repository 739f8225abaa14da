"""Passive attributions with a "by" agent: the agent speaks, the participle is the cue, the subject (with
what the agent said of it) is the content (sentences written for these tests in the style of news copy;
people, places and bodies invented)."""

from __future__ import annotations

import attrs
import pytest

from geoquote import DEFAULT_LEXICON, find_quotes
from geoquote._quote_passive import passive_reports

from ._quote_helpers import Row
from ._quote_helpers import records as _records


def _passive_records(text: str) -> list[Row]:
    """The records whose cue is a participle this rule reads."""
    return [r for r in _records(text) if r[3] in dict(DEFAULT_LEXICON.passive_cues)]


class TestFinitePassive:
    """A form of "be", the participle, "by" and a speaker: the subject is the content, with the complement
    or the reason, view or infinitive the agent gave."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The shortage was first reported by the Harbour Gazette.",
                ("indirect", "The shortage", "the Harbour Gazette", "reported", "report"),
                id="first-reported-by-outlet",
            ),
            pytest.param(
                "The plan is supported by most of the dock unions.",
                ("indirect", "The plan", "most of the dock unions", "supported", "support"),
                id="share-of-a-body",
            ),
            pytest.param(
                "Ms. Marrow has been called a fraud by rival candidates.",
                ("indirect", "Ms. Marrow has been called a fraud", "rival candidates", "called", "call"),
                id="called-with-complement",
            ),
            pytest.param(
                "Those findings were echoed by the port authority's own engineers.",
                ("indirect", "Those findings", "the port authority's own engineers", "echoed", "echo"),
                id="possessor-own-people",
            ),
            pytest.param(
                "The figures were disputed by the ferry company.",
                ("indirect", "The figures", "the ferry company", "disputed", "dispute"),
                id="verb-no-lexicon-cue",
            ),
            pytest.param(
                "The claim was denied by the ministry on Tuesday.",
                ("indirect", "The claim", "the ministry", "denied", "deny"),
                id="day-after-agent",
            ),
            pytest.param(
                "The toll has long been opposed by the unions and by the harbour board.",
                ("indirect", "The toll", "the unions", "opposed", "oppose"),
                id="has-long-been",
            ),
            pytest.param(
                "In 2015, calls to close the night ferry were rejected by the harbour board.",
                ("indirect", "calls to close the night ferry", "the harbour board", "rejected", "reject"),
                id="lead-before-subject",
            ),
            pytest.param(
                "Ilse Marrow, however, is supported by only a handful of councillors.",
                ("indirect", "Ilse Marrow", "only a handful of councillors", "supported", "support"),
                id="adverb-aside",
            ),
            pytest.param(
                "The deal was rejected by 58 percent of voters in the referendum.",
                ("indirect", "The deal", "58 percent of voters", "rejected", "reject"),
                id="percent-of-voters",
            ),
            pytest.param(
                "Reyland has been criticized by residents for closing the night ferry.",
                (
                    "indirect",
                    "Reyland has been criticized by residents for closing the night ferry",
                    "residents",
                    "criticized",
                    "criticize",
                ),
                id="criticized-for",
            ),
            pytest.param(
                "The new quota is seen by many fishermen as a threat to small boats.",
                (
                    "indirect",
                    "The new quota is seen by many fishermen as a threat to small boats",
                    "many fishermen",
                    "seen",
                    "see",
                ),
                id="seen-as",
            ),
            pytest.param(
                'Marrow was described by a rival as "a danger to the port".',
                (
                    "mixed",
                    'Marrow was described by a rival as "a danger to the port',
                    "a rival",
                    "described",
                    "describe",
                ),
                id="described-as-quotation",
            ),
            pytest.param(
                "The plan was reported by the Harbour Gazette to have been dropped.",
                (
                    "indirect",
                    "The plan was reported by the Harbour Gazette to have been dropped",
                    "the Harbour Gazette",
                    "reported",
                    "report",
                ),
                id="reported-to-have",
            ),
            pytest.param(
                "The claim was denied by him.",
                ("indirect", "The claim", "him", "denied", "deny"),
                id="pronoun-agent",
            ),
        ],
    )
    def test_passive_is_reported(self, text: str, expected: Row) -> None:
        assert expected in _records(text)

    def test_nested_in_a_report_is_part_of_it(self) -> None:
        """A passive inside what someone said gives no record of its own: the outer report holds it."""
        text = "Reyland said the toll was opposed by the dock unions."
        assert _records(text) == [
            ("indirect", "the toll was opposed by the dock unions", "Reyland", "said", "say")
        ]

    def test_another_language_reads_none(self) -> None:
        """The participles and patterns are English: another language's lexicon reads no passive."""
        text = "The figures were disputed by the ferry company."
        assert [p.cue for p in passive_reports(text, 0, len(text), DEFAULT_LEXICON)] == [(17, 25, "dispute")]
        lex = attrs.evolve(DEFAULT_LEXICON, language="xx")
        assert passive_reports(text, 0, len(text), lex) == []
        assert find_quotes(text, lexicon=lex) == ()

    def test_the_participles_are_lexicon_data(self) -> None:
        """A caller's lexicon chooses the participles read: without "disputed" the passive is no report."""
        assert ("disputed", "dispute") in DEFAULT_LEXICON.passive_cues
        text = "The figures were disputed by the ferry company."
        lex = attrs.evolve(
            DEFAULT_LEXICON, passive_cues=[c for c in DEFAULT_LEXICON.passive_cues if c[0] != "disputed"]
        )
        assert passive_reports(text, 0, len(text), lex) == []
        assert find_quotes(text, lexicon=lex) == ()


class TestReducedParticiple:
    """A participle right after a noun phrase, without "be": the noun phrase is the content; set off after
    its clause's subject, a verb of reporting reports the whole clause."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The toll, opposed by the dock unions, took effect in May.",
                ("indirect", "The toll", "the dock unions", "opposed", "oppose"),
                id="set-off-after-subject",
            ),
            pytest.param(
                "Ferry fares rose again, a move criticized by the port's largest shippers.",
                ("indirect", "a move", "the port's largest shippers", "criticized", "criticize"),
                id="after-determiner",
            ),
            pytest.param(
                "It was a view echoed by the port authority.",
                ("indirect", "a view", "the port authority", "echoed", "echo"),
                id="view-echoed-by",
            ),
            pytest.param(
                "The closure, first reported by the Gazette on Monday, will cost the port a million.",
                (
                    "indirect",
                    "The closure, first reported by the Gazette on Monday, will cost the port a million",
                    "the Gazette",
                    "reported",
                    "report",
                ),
                id="reported-aside-whole-clause",
            ),
        ],
    )
    def test_participle_is_reported(self, text: str, expected: Row) -> None:
        assert expected in _records(text)


class TestAsReported:
    """ "As reported by": the clause beyond the comma is the content."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "As reported by the Harbour Gazette, the ferry will stop in May.",
                ("indirect", "the ferry will stop in May", "the Harbour Gazette", "reported", "report"),
                id="opening",
            ),
            pytest.param(
                "The ferry will stop in May, as first reported by the Harbour Gazette.",
                ("indirect", "The ferry will stop in May", "the Harbour Gazette", "reported", "report"),
                id="closing",
            ),
        ],
    )
    def test_clause_is_reported(self, text: str, expected: Row) -> None:
        assert expected in _records(text)


class TestNoPassiveAttribution:
    """No agent, an agent that names no speaker or body, a verb of deeds: no record."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The plan is thought to be dead.", id="no-agent-thought"),
            pytest.param("The plan was reported on Monday.", id="no-agent-reported"),
            pytest.param("The deal was announced by midnight.", id="by-a-time"),
            pytest.param("The mayor was criticized by the end of the week.", id="by-the-end-of"),
            pytest.param("The fire was reported by phone.", id="by-a-means"),
            pytest.param("The match was called off by the rain.", id="called-off-by-weather"),
            pytest.param("The meeting was called by the mayor.", id="called-without-a-name"),
            pytest.param("The plan was criticized by refusing every appeal.", id="by-a-gerund"),
            pytest.param("The port was led by Ilse Marrow for a decade.", id="deed-led"),
            pytest.param("The harbour was attacked by rebel drones.", id="deed-attacked"),
            pytest.param("The harbour plan, backed by the mayor, won the vote.", id="deed-backed"),
            pytest.param("The documents seen by the Harbour Gazette list every fee.", id="seen-without-as"),
            pytest.param("The ferry line was supported by a grant from the Ferry Fund.", id="thing-agent"),
            pytest.param("Marrow won the vote, supported by the press.", id="aside-after-object"),
        ],
    )
    def test_no_record(self, text: str) -> None:
        assert _passive_records(text) == []


class TestKnownGaps:
    """Passives PolNeAR annotates that this rule does not read yet."""

    @pytest.mark.xfail(
        strict=True, reason="a relative clause's subject is its pronoun; its antecedent is not read"
    )
    def test_relative_clause(self) -> None:
        text = "The strike, which was reported first by the Harbour Gazette, ended on Monday."
        assert ("indirect", "The strike", "the Harbour Gazette", "reported", "report") in _records(text)

    @pytest.mark.xfail(strict=True, reason="a participle without 'be' takes no complement before 'by'")
    def test_reduced_participle_with_complement(self) -> None:
        text = "Some port fees - deemed too high by the shippers - were cut."
        assert ("indirect", "Some port fees", "the shippers", "deemed", "deem") in _records(text)

    @pytest.mark.xfail(
        strict=True, reason="a singular body no lexicon knows, in lower case, is read as no agent"
    )
    def test_unknown_lower_case_body(self) -> None:
        text = "The plan was opposed by the chamber of commerce."
        assert ("indirect", "The plan", "the chamber of commerce", "opposed", "oppose") in _records(text)

    @pytest.mark.xfail(strict=True, reason="at most five words stand between the participle and 'by'")
    def test_long_adjunct_before_the_agent(self) -> None:
        text = "The plan was criticized in a long and angry debate on Tuesday by the dock unions."
        assert ("indirect", "The plan", "the dock unions", "criticized", "criticize") in _records(text)
