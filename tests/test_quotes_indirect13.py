"""Indirect attributions whose speaker is a group, a share or a finding body (sentences written for these
tests in the style of news copy; people, places and bodies invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes


def _indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    """Every indirect record as (text, speaker mention, speaker name)."""
    out = []
    for q in find_quotes(text):
        if q.kind != "indirect":
            continue
        sp = q.speaker
        mention = sp.mention.text if sp is not None and sp.mention is not None else None
        out.append((q.text, mention, sp.name if sp is not None else None))
    return out


class TestQuantifiedSubjects:
    """A share or a bare quantifier opening the clause speaks, with any reporting verb."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The survey gave Marrow a slim edge. Nine percent indicated that they might stay home.",
                ("they might stay home", "Nine percent", None),
                id="spelled-share-indicated",
            ),
            pytest.param(
                "Forty-one percent believe the levy will raise bread prices.",
                ("the levy will raise bread prices", "Forty-one percent", None),
                id="hyphenated-share-bare-clause",
            ),
            pytest.param(
                "We showed the scheme to five accountants. With some hesitation, all agreed that it would "
                "pile extra forms on small firms.",
                ("it would pile extra forms on small firms", "all", None),
                id="all-agreed-that",
            ),
            pytest.param(
                "Some believe the heavy spending in Orvena shows the campaign is nervous about it.",
                ("the heavy spending in Orvena shows the campaign is nervous about it", "Some", None),
                id="some-believe",
            ),
            pytest.param(
                "Both agreed that the ceasefire talks should resume in the spring.",
                ("the ceasefire talks should resume in the spring", "Both", None),
                id="both-agreed",
            ),
            pytest.param(
                "Reporters spoke to the farmers at the border. Several of them said the crossing had been "
                "closed for a week.",
                ("the crossing had been closed for a week", "Several of them", None),
                id="several-of-them",
            ),
        ],
    )
    def test_quantified_speaker(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "All those factors suggest the emissions goal remains far out of reach.",
                id="all-before-a-noun-is-no-speaker",
            ),
            pytest.param(
                "Both sides agree the bridge must be rebuilt.",
                id="both-before-a-noun-is-left-to-the-speaker-reader",
            ),
        ],
    )
    def test_quantifier_before_a_noun_is_not_read_alone(self, text: str) -> None:
        assert all(mention not in ("All", "Both") for _, mention, _ in _indirect(text))


class TestGroupsBeforeThat:
    """A plural noun phrase that no role list holds speaks when its verb takes an explicit 'that' clause."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "But environmentalists worry that the new mine will foul the river.",
                ("the new mine will foul the river", "environmentalists", None),
                id="bare-plural-worry",
            ),
            pytest.param(
                "Many people involved in the talks assumed that Reyland had the bank behind him.",
                ("Reyland had the bank behind him", "Many people involved in the talks", None),
                id="people-assumed",
            ),
            pytest.param(
                "Growers and exporters complain bitterly that the levy is far too high.",
                ("the levy is far too high", "Growers and exporters", None),
                id="adverb-before-that",
            ),
        ],
    )
    def test_group_speaks(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("All those factors mean that the target is out of reach.", id="things-mean"),
            pytest.param("A look at the fleet suggests that its value is in marketing.", id="singular-thing"),
        ],
    )
    def test_thing_is_no_speaker(self, text: str) -> None:
        assert _indirect(text) == []


class TestJudgingAnObject:
    """'call X ADJECTIVE' and its kin report a judgement without quotation marks."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Reyland team called the claims baseless and invented by a rival's aides.",
                (
                    "the claims baseless and invented by a rival's aides",
                    "The Reyland team",
                    "Reyland team",
                ),
                id="called-the-claims-baseless",
            ),
            pytest.param(
                "Tomas Reyland called the audit irresponsible.",
                ("the audit irresponsible", "Tomas Reyland", "Tomas Reyland"),
                id="called-adjective-named-speaker",
            ),
            pytest.param(
                "The ministry deemed the proposal unworkable.",
                ("the proposal unworkable", "The ministry", None),
                id="deemed",
            ),
        ],
    )
    def test_judgement(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("I had called her minutes before she boarded the ferry.", id="a-phone-call"),
            pytest.param("The networks may call the race early.", id="call-a-race"),
        ],
    )
    def test_no_judgement(self, text: str) -> None:
        assert _indirect(text) == []


class TestFindingBodies:
    """A panel, court or team of investigators reports its finding with or without 'that'."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "An arbitration panel found the province was in breach of the accord.",
                ("the province was in breach of the accord", "An arbitration panel", None),
                id="panel-bare-clause",
            ),
            pytest.param(
                "The mill ran on, though an arbitration panel in 2009 found the province was in breach.",
                ("the province was in breach", "an arbitration panel", None),
                id="after-though-and-a-year",
            ),
            pytest.param(
                "Investigators found the pilot had ignored two warnings.",
                ("the pilot had ignored two warnings", "Investigators", None),
                id="investigators",
            ),
        ],
    )
    def test_body_finds(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    def test_long_document_subject(self) -> None:
        text = (
            "The Harbour Daily average of surveys conducted during the last ten days shows Marrow ahead of "
            "Reyland 46 percent to 41 percent."
        )
        expected = (
            "Marrow ahead of Reyland 46 percent to 41 percent",
            "The Harbour Daily average of surveys conducted during the last ten days",
            None,
        )
        assert expected in _indirect(text)

    def test_closing_document_subject(self) -> None:
        text = "Donations rose in August, a Harbour Daily analysis of newly filed campaign reports shows."
        expected = (
            "Donations rose in August",
            "a Harbour Daily analysis of newly filed campaign reports",
            None,
        )
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "That is why Marrow lent her campaign money last month, fundraising documents show.",
                ("That is why Marrow lent her campaign money last month", "fundraising documents", None),
                id="closing-documents-without-a-determiner",
            ),
            pytest.param(
                "Exit polling showed that Marrow won every group except voters under 30.",
                ("Marrow won every group except voters under 30", "Exit polling", None),
                id="opening-polling",
            ),
        ],
    )
    def test_more_documents(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    def test_finding_a_thing_is_no_report(self) -> None:
        text = "He may keep the diaries private even if the tribunal found a public interest in them."
        assert _indirect(text) == []


class TestClauseBoundaries:
    """Where a reported clause or object ends."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Reyland said the harbour must be dredged, but that he would oppose any new toll on ferries.",
                (
                    "the harbour must be dredged, but that he would oppose any new toll on ferries",
                    "Reyland",
                    "Reyland",
                ),
                id="a-second-that-clause-after-but",
            ),
            pytest.param(
                "Marrow said she had seen the bridge go up span by span and thought of her late father.",
                (
                    "she had seen the bridge go up span by span and thought of her late father",
                    "Marrow",
                    "Marrow",
                ),
                id="thought-of-is-no-second-report",
            ),
            pytest.param(
                "Reyland said the border must be secured, but he did not say how.",
                ("the border must be secured", "Reyland", "Reyland"),
                id="but-opens-the-writer-s-clause",
            ),
            pytest.param(
                "The union touted her endorsement on its campaign page.",
                ("her endorsement", "The union", None),
                id="object-before-the-page-it-went-out-on",
            ),
            pytest.param(
                "Reyland wants to abolish the fuel subsidy as well as the rural housing grant.",
                (
                    "to abolish the fuel subsidy as well as the rural housing grant",
                    "Reyland",
                    "Reyland",
                ),
                id="as-well-as-goes-on",
            ),
            pytest.param(
                "Reyland has called for taking in as many as 50,000 refugees (Marrow has proposed 10,000).",
                ("taking in as many as 50,000 refugees", "Reyland", "Reyland"),
                id="parenthetical-clause-ends-the-object",
            ),
            pytest.param(
                "Some officials praised Reyland's work on the canal but also had to extend his deadline.",
                ("Reyland's work on the canal", "Some officials", None),
                id="but-also-had-ends-the-object",
            ),
            pytest.param(
                "Few voters would have described Reyland as a housing crusader when he stood for council.",
                ("Reyland as a housing crusader", "Few voters", None),
                id="when-ends-the-as-judgement",
            ),
            pytest.param(
                "She wants to double the budget of the literacy scheme, hire more tutors and open a library.",
                (
                    "to double the budget of the literacy scheme, hire more tutors and open a library",
                    "She",
                    None,
                ),
                id="a-list-of-infinitive-verbs",
            ),
            pytest.param(
                "Judge Ilse Marrow rejected that defence in a ruling issued on Friday.",
                ("that defence", "Judge Ilse Marrow", "Ilse Marrow"),
                id="that-as-a-determiner-and-a-ruling",
            ),
            pytest.param(
                "Reyland touted the border wall in December.",
                ("the border wall", "Reyland", "Reyland"),
                id="object-before-a-month",
            ),
        ],
    )
    def test_boundary(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)


def test_quantifier_floating_after_names_is_no_speaker() -> None:
    text = "Ilse Marrow and Tomas Reyland all suggested that the invoices might justify a fraud inquiry."
    assert all(mention != "all" for _, mention, _ in _indirect(text))


class TestAdverbBeforeTheCue:
    """An adverb without '-ly', or a time, between the subject and its verb."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Marrow has long said that she qualifies as a citizen.",
                ("she qualifies as a citizen", "Marrow", "Marrow"),
                id="has-long-said",
            ),
            pytest.param(
                "Harbour Bank just last week announced it would shut nine branches.",
                ("it would shut nine branches", "Harbour Bank", "Harbour Bank"),
                id="just-last-week-announced",
            ),
            pytest.param(
                "Marrow has long said that she will back the nominee, even as she has taken shots at him.",
                ("she will back the nominee", "Marrow", "Marrow"),
                id="even-as-ends-the-clause",
            ),
            pytest.param(
                "Since May, the harbour pilots have said the channel was unsafe.",
                ("the channel was unsafe", "the harbour pilots", None),
                id="auxiliary-after-a-leading-phrase",
            ),
            pytest.param(
                "The channel is unsafe, one pilot often says.",
                ("The channel is unsafe", "one pilot", None),
                id="adverb-in-a-closing-frame",
            ),
            pytest.param(
                "The former harbour master has long maintained that she followed the rules.",
                ("she followed the rules", "The former harbour master", None),
                id="description-then-has-long",
            ),
        ],
    )
    def test_subject_before_the_adverb(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)


class TestDescribedObject:
    """'describe' reports its object in the speaker's words even without a quotation or an 'as'."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Former crew members described crass behaviour by Reyland behind the scenes of the show.",
                ("crass behaviour by Reyland behind the scenes of the show", "Former crew members", None),
                id="bare-noun-phrase",
            ),
            pytest.param(
                "Ilse Marrow, a professor at Harbour University, described the senator's approach in detail.",
                ("the senator's approach in detail", "Ilse Marrow", "Ilse Marrow"),
                id="named-speaker",
            ),
            pytest.param(
                "Reyland pledged to build the wall in December.",
                ("to build the wall", "Reyland", "Reyland"),
                id="month-ends-the-object",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="an infinitive of commitment runs to the clause end; only the object of a "
                    "verb whose object is the content stops before a month",
                ),
            ),
        ],
    )
    def test_described(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("It was what analysts described as an old tactic.", id="fronted-object"),
            pytest.param("A guest who attended described her remarks on condition of anonymity.", id="her"),
        ],
    )
    def test_not_described(self, text: str) -> None:
        assert _indirect(text) == []


class TestCensure:
    """Verbs of censure report their object without a quotation."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Marrow blasted him for not paying his parking fines.",
                ("him for not paying his parking fines", "Marrow", "Marrow"),
                id="blasted-a-pronoun-and-the-reason",
            ),
            pytest.param(
                "Reyland, her rival, decried the unrest in the port city and said he was troubled.",
                ("the unrest in the port city", "Reyland", "Reyland"),
                id="decried-before-a-second-verb",
            ),
            pytest.param(
                "Another presenter, Ilse Marrow, had denounced the merger in a late-night broadcast.",
                ("the merger", "Ilse Marrow", "Ilse Marrow"),
                id="occasion-ends-the-object",
            ),
            pytest.param(
                "Conservatives blasted the Greens for being poor losers now that the count is done.",
                ("the Greens for being poor losers", "Conservatives", "Conservatives"),
                id="now-that-ends-the-object",
            ),
            pytest.param(
                "Candidate Assails Bankers As She Takes Party Helm.",
                ("Bankers", "Candidate", None),
                id="as-opens-a-clause-after-the-object",
            ),
            pytest.param(
                "Reyland railed against the trade deal at a rally in Ohio.",
                ("the trade deal", "Reyland", "Reyland"),
                id="railed-against",
            ),
            pytest.param(
                "Marrow pushed back against the idea that the levy would hurt farmers.",
                ("the idea that the levy would hurt farmers", "Marrow", "Marrow"),
                id="pushed-back-against",
            ),
            pytest.param(
                "The party leaders who rebuked Reyland by publicly praising the family included his deputy.",
                ("Reyland", "The party leaders", None),
                id="the-means-ends-the-object",
            ),
            pytest.param(
                "Reyland attacked Marrow for her support of the strikes in the north.",
                ("Marrow for her support of the strikes in the north", "Reyland", "Reyland"),
                id="attacked-for-a-reason",
            ),
            pytest.param(
                "The minister rebuked the envoy for his remarks.",
                ("the envoy for his remarks", "The minister", None),
                id="rebuked",
            ),
            pytest.param(
                "The European envoys derided the deal as toothless.",
                ("the deal as toothless", "The European envoys", None),
                id="derided-as",
            ),
        ],
    )
    def test_censure(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Marrow is derided for her caution.", id="passive-with-a-reason"),
            pytest.param("The militants attacked the convoy near the border.", id="an-attack-is-a-deed"),
            pytest.param(
                "Many observers were surprised when Reyland, after railing against the levy, kept it.",
                id="participle-after-a-preposition",
            ),
            pytest.param("Harbour Plan Skewered By Tomas Reyland.", id="title-case-passive"),
        ],
    )
    def test_no_censure(self, text: str) -> None:
        assert _indirect(text) == []


class TestTopicVerbs:
    """Verbs whose prepositional object is what the speaker spoke of."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Reyland weighed in on the dispute over the harbour.",
                ("the dispute over the harbour", "Reyland", "Reyland"),
                id="weighed-in-on",
            ),
            pytest.param(
                "The president joked about his age.",
                ("his age", "The president", None),
                id="joked-about",
            ),
            pytest.param(
                "Marrow alluded to a run for the governorship.",
                ("a run for the governorship", "Marrow", "Marrow"),
                id="alluded-to",
            ),
        ],
    )
    def test_topic(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)


class TestSubjects:
    """Subjects the reader used to drop."""

    def test_two_word_lead_opened_by_this(self) -> None:
        got = _indirect("Residents want a new start. This election, she says, is unlike the last.")
        assert ("This election", "she", None) in got
        assert ("is unlike the last", "she", None) in got

    def test_compound_adjective_in_a_subject(self) -> None:
        text = "The self-styled green conservative said she would carry the district if turnout were strong."
        expected = (
            "she would carry the district if turnout were strong",
            "The self-styled green conservative",
            None,
        )
        assert expected in _indirect(text)


class TestAccordingToTheLastClause:
    """A trailing 'according to X' after ', and' and a clause with its own subject credits that clause."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "One law covers gross negligence, and Marrow broke it, according to Tomas Reyland, a former "
                "prosecutor.",
                ("Marrow broke it", "Tomas Reyland", "Tomas Reyland"),
                id="named-subject",
            ),
            pytest.param(
                "Aides started the chains, and he sometimes added content to them, according to the sources.",
                ("he sometimes added content to them", "the sources", None),
                id="pronoun-subject-and-adverb",
            ),
        ],
    )
    def test_last_clause(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)


class TestInAPoll:
    """'In a poll, CLAUSE' with no reporting verb: the poll reports the clause."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "In a Harbour Gazette survey published Tuesday, 44 percent of residents backed Marrow.",
                ("44 percent of residents backed Marrow", "a Harbour Gazette survey published Tuesday", None),
                id="poll-with-its-date",
            ),
            pytest.param(
                "In a telephone poll of 650 residents, taken in March, 38 percent chose Reyland.",
                ("38 percent chose Reyland", "a telephone poll of 650 residents", None),
                id="poll-then-participle-aside",
            ),
            pytest.param(
                "In a survey of 1,400 dockers published last week, 61 percent backed the strike.",
                ("61 percent backed the strike", "a survey of 1,400 dockers published last week", None),
                id="poll-with-a-thousands-comma",
            ),
        ],
    )
    def test_poll(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    def test_a_lead_naming_no_document(self) -> None:
        assert _indirect("In a sign of the times, the old mill closed last week.") == []


class TestRefusals:
    """'refuse' reports what the speaker will not do, from 'to' to the clause's end."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tomas Reyland refused to release his tax returns to the public.",
                ("to release his tax returns to the public", "Tomas Reyland", "Tomas Reyland"),
                id="refused-to",
            ),
            pytest.param(
                "And until Friday, Reyland had firmly refused to publish his full travel expenses.",
                ("to publish his full travel expenses", "Reyland", "Reyland"),
                id="after-a-lead-and-an-adverb",
            ),
            pytest.param(
                "Marrow refused to back the plan during a televised speech in July.",
                ("to back the plan", "Marrow", "Marrow"),
                id="a-circumstance-ends-it",
            ),
            pytest.param(
                "One reason that Reyland refuses to make public his returns may be that they show debts.",
                ("to make public his returns", "Reyland", "Reyland"),
                id="the-writer-s-clause-after-it",
            ),
        ],
    )
    def test_refusal(self, text: str, expected: tuple[str, str | None, str | None]) -> None:
        assert expected in _indirect(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The rebels refused the offer.", id="a-thing-refused"),
            pytest.param("Marrow refused to go.", id="too-short"),
        ],
    )
    def test_no_refusal(self, text: str) -> None:
        assert _indirect(text) == []


def test_a_comparison_after_a_figure_ends_the_clause() -> None:
    text = "The agency expects that freight will rise by 2.4 percent, less than half the pace of last year."
    assert ("freight will rise by 2.4 percent", "The agency", None) in _indirect(text)


class TestPollHeadline:
    """A headline opened by 'Poll:', 'Survey:' or 'Study:' is that document's report."""

    def test_poll_colon(self) -> None:
        text = "Poll: Wealthy Voters Abandon the Party.\n\nA new poll shows that voters back Marrow."
        assert ("Wealthy Voters Abandon the Party", "Poll", None) in _indirect(text)

    def test_a_longer_head_is_left_to_the_speaker_reader(self) -> None:
        text = "Harbour Daily Poll: Voters Warm to Marrow.\n\nA new poll shows that voters back Marrow."
        assert all(mention != "Harbour Daily Poll" for _, mention, _ in _indirect(text))


class TestQuotedObjectsAndTitles:
    """A warning's object may be a quotation alone; a quoted title in a leading phrase is no quotation the
    speaker closes."""

    @pytest.mark.parametrize(
        ("text", "kind", "quote"),
        [
            pytest.param(
                "Marrow warned of a “decisive response”.",
                "mixed",
                "a “decisive response",
                id="warned-of-a-quote",
            ),
            pytest.param(
                "Marrow warned of “a decisive response”.",
                "direct",
                "a decisive response",
                id="warned-of-quote-only",
            ),
            pytest.param(
                "With help from “Open the Harbour”, the mayor said the bridge would reopen.",
                "indirect",
                "the bridge would reopen",
                id="title-in-a-leading-phrase",
            ),
        ],
    )
    def test_record(self, text: str, kind: str, quote: str) -> None:
        assert [(q.kind, q.text) for q in find_quotes(text)] == [(kind, quote)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        pytest.param(
            "Mali, Niger and Chad will form a joint force, the three governments said on Monday, a year "
            "after they quit the bloc.",
            ["Mali, Niger and Chad will form a joint force"],
            id="a-year-after",
        ),
        pytest.param(
            "The talks will resume, the ministry said, a week before the summit.",
            ["The talks will resume"],
            id="a-week-before",
        ),
    ],
)
def test_time_after_the_attribution_is_the_writers(text: str, quotes: list[str]) -> None:
    """ "..., X said, a year after ...": the time is the writer's circumstance, no second report."""
    assert [q.text for q in find_quotes(text)] == quotes


def test_a_role_noun_speaker_keeps_the_fuller_office() -> None:
    """ "the minister" resolved to the person introduced as "Latvian Foreign Minister X" has that office as
    role: a shorter title the office holds gives way to it."""
    text = (
        "Latvian Foreign Minister Inese Kalnina said the talks would resume. "
        "“We are ready,” the minister told reporters."
    )
    sp = find_quotes(text)[-1].speaker
    assert sp is not None and (sp.name, sp.role) == ("Inese Kalnina", "Latvian Foreign Minister")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Sen. Ivo Lind called the measure “a start, not a fix,” while Sen. Ana Moss, R-Idaho, voted "
            "against it, arguing that it did too little.",
            "Ana Moss",
            id="after-a-quotation",
        ),
        pytest.param(
            "Ruiz called the plan weak, while Sen. Ana Lind voted against it, saying it cost too much.",
            "Ana Lind",
            id="after-a-judgement",
        ),
    ],
)
def test_participle_after_a_contrast_clause_is_its_subjects(text: str, speaker: str) -> None:
    """ "..., while Y voted against it, arguing that ...": Y argues, not the speaker before the contrast."""
    q = find_quotes(text)[-1]
    assert q.cue is not None and q.cue.text in ("arguing", "saying")
    assert q.speaker is not None and q.speaker.name == speaker
