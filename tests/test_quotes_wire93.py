"""Quotations and speakers in the fortieth session's copy: asides between a speaker and the verb that name
the speech the words were said in (sentences written for these tests; people invented). See also the case
table in test_quotes.py."""

from __future__ import annotations

import pytest

from geoquote import find_quotes
from tests._quote_helpers import described_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nPresident Tomas Varga, in a televised address, said his government sought no war.",
            [("his government sought no war", "Tomas Varga", "President", "in a televised address")],
            id="an-address-aside-before-the-verb-is-the-medium",
        ),
        pytest.param(
            "World\n\nPresident Tomas Varga, in a speech to the nation on Sunday, said the army would stay.",
            [("the army would stay", "Tomas Varga", "President", "in a speech to the nation")],
            id="a-speech-to-the-nation-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, at a news conference in Doha on Monday, said the talks had stalled.",
            [("the talks had stalled", None, "minister", "at a news conference in Doha")],
            id="a-news-conference-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, speaking at a rally in Kisumu, said the vote would be free.",
            [("the vote would be free", None, "minister", "at a rally in Kisumu")],
            id="a-speaking-at-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe president, addressing lawmakers from his party in parliament, said the army "
            "would stay.",
            [("the army would stay", None, "president", "lawmakers from his party in parliament")],
            id="an-addressing-aside-names-the-audience",
        ),
        pytest.param(
            "World\n\nThe minister, addressing the issue of prices, said the vote would be free.",
            [("the vote would be free", None, "minister", None)],
            id="guard-addressing-an-issue-names-no-audience",
        ),
        pytest.param(
            "World\n\nThe minister, speaking at an event in Mumbai, said India wanted calm borders.",
            [("India wanted calm borders", None, "minister", "at an event in Mumbai")],
            id="a-speaking-at-an-event-aside-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister said at a town-hall meeting in Dover that the port would stay open.",
            [("the port would stay open", None, "minister", "at a town-hall meeting in Dover")],
            id="a-meeting-after-the-verb-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, who arrived in Doha on Monday, said the talks had stalled.",
            [("the talks had stalled", None, "minister", None)],
            id="guard-a-relative-clause-aside-names-no-medium",
        ),
    ],
)
def test_medium_asides(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """A speech or briefing named between commas before the verb is where the words were said."""
    assert described_records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nKremlin spokesman Dmitry Volkov told reporters that President Ivan Petrov had no plans "
            'to travel. "There is no such item on the agenda," the Kremlin official said.',
            [
                ("President Ivan Petrov had no plans to travel", "Dmitry Volkov"),
                ("There is no such item on the agenda,", "Dmitry Volkov"),
            ],
            id="the-body-official-is-the-last-speaker-past-a-president-named-in-his-words",
        ),
        pytest.param(
            "World\n\nKremlin spokesman Dmitry Volkov told reporters that Kremlin aide Yuri Orlov would "
            'travel. "Nothing has been decided," the Kremlin official said.',
            [
                ("Kremlin aide Yuri Orlov would travel", "Dmitry Volkov"),
                ("Nothing has been decided,", None),
            ],
            id="guard-another-kremlin-title-named-since-leaves-the-official-unnamed",
        ),
        pytest.param(
            "World\n\nKremlin spokesman Dmitry Volkov told reporters that Yuri Orlov would travel. "
            '"Nothing has been decided," the Kremlin official said.',
            [
                ("Yuri Orlov would travel", "Dmitry Volkov"),
                ("Nothing has been decided,", None),
            ],
            id="guard-an-untitled-person-named-since-leaves-the-official-unnamed",
        ),
    ],
)
def test_body_official_after_a_titled_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'the Kremlin official' is the Kremlin spokesman who spoke last, past people of other titles."""
    assert [(t, name) for t, name, _role, _to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'World\n\nForeign Minister Ana Ruiz told reporters the trip was off. "Nothing has been decided," '
            "the official said.",
            [("the trip was off", "Foreign Minister"), ("Nothing has been decided,", "Foreign Minister")],
            id="the-official-keeps-the-office-the-article-gave",
        ),
        pytest.param(
            'World\n\nSenator Ana Ruiz told reporters the bill was dead. "We lost," the lawmaker said.',
            [("the bill was dead", "Senator"), ("We lost,", "Senator")],
            id="the-lawmaker-keeps-the-office-the-article-gave",
        ),
        pytest.param(
            'World\n\nA senior official told reporters the trip was off. "Nothing has been decided," the '
            "official said.",
            [("the trip was off", "senior official"), ("Nothing has been decided,", "senior official")],
            id="guard-an-unnamed-official-keeps-the-description",
        ),
    ],
)
def test_generic_noun_keeps_the_office(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A generic noun ("the official") standing for a titled speaker reports the title the article gave."""
    assert [(t, role) for t, _name, role, _to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nThe United Nations has warned repeatedly that the fighting has displaced millions.",
            [("the fighting has displaced millions", None)],
            id="an-adverb-after-warned-is-no-hearer",
        ),
        pytest.param(
            "World\n\nThe envoy warned allies that the ceasefire was fragile.",
            [("the ceasefire was fragile", "allies")],
            id="guard-a-plural-noun-after-warned-is-the-hearer",
        ),
        pytest.param(
            "World\n\nThe rebel commander said in a video posted online that his forces would not withdraw.",
            [("his forces would not withdraw", "in a video")],
            id="a-video-posted-online-is-the-medium-not-the-words",
        ),
        pytest.param(
            'World\n\n"This war must end now," President Daniel Oduya said at a summit in Kampala on Friday.',
            [("This war must end now,", "at a summit in Kampala")],
            id="a-summit-with-its-day-after-a-quotation-is-the-medium",
        ),
    ],
)
def test_adverbs_and_media_after_the_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    """After the verb, an adverb is no hearer, and a medium's participle and day are not the words."""
    assert [(t, to) for t, _name, _role, to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nThe governor told reporters that the road was closed, and several mayors, including "
            "Ana Ruiz of Tarma, urged drivers to stay home.",
            [("the road was closed", "The governor"), ("drivers to stay home", "several mayors")],
            id="a-second-subject-with-an-aside-and-its-verb-ends-the-clause",
        ),
        pytest.param(
            'World\n\nThe governor said the road was "impassable," and local officials warned drivers to '
            "stay home.",
            [('the road was "impassable,', "The governor")],
            id="a-second-subject-and-its-verb-after-a-quoted-fragment-ends-the-clause",
        ),
        pytest.param(
            "World\n\nThe campaign said the senator backed the tax and the measure sometimes called the "
            "windfall levy.",
            [
                (
                    "the senator backed the tax and the measure sometimes called the windfall levy",
                    "The campaign",
                )
            ],
            id="guard-a-participle-after-and-stays-in-the-clause",
        ),
    ],
)
def test_second_reporter_ends_the_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    """', and <another subject> urged/warned ...' is another report, not the end of the first one's words."""
    got = [
        (q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
        for q in find_quotes(text)
    ]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "World\n\nSeveral conservatives, including Sen. Ana Ruiz, urged colleagues to reject the bill.",
            "Several conservatives",
            id="a-group-with-a-titled-example-speaks",
        ),
        pytest.param(
            "World\n\nSeveral conservatives, including Ana Ruiz of Ohio, urged colleagues to reject it.",
            "Several conservatives",
            id="a-group-with-an-example-and-her-state-speaks",
        ),
        pytest.param(
            "World\n\nEditorial pages, among them the Courier, warned the vote had been rigged.",
            "Editorial pages",
            id="guard-a-group-with-an-among-them-example-speaks",
        ),
        pytest.param(
            "World\n\nAna Ruiz, including in a speech on Monday, said the bill was dead.",
            "Ana Ruiz",
            id="guard-a-name-before-an-including-adjunct-speaks",
        ),
    ],
)
def test_group_before_an_example_aside(text: str, speaker: str) -> None:
    """The group a ', including X,' aside gives an example of is the speaker, whatever X's title."""
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "World\n\nChinese President Li Wen held talks with his Chilean counterpart Marta Rojas. "
            "Rojas said Chile valued its ties with China.",
            "Chilean President",
            id="a-counterpart-of-a-president-is-a-president",
        ),
        pytest.param(
            "World\n\nIndian Foreign Minister Ravi Menon met his Turkish counterpart Kemal Arslan in Ankara. "
            "Arslan said a ceasefire was within reach.",
            "Turkish Foreign Minister",
            id="a-counterpart-of-a-foreign-minister-is-a-foreign-minister",
        ),
        pytest.param(
            "World\n\nUS Defense Secretary Paul Grant spoke with his Israeli counterpart Avi Levin. "
            "Levin said the operation would continue.",
            "Israeli counterpart",
            id="guard-a-counterpart-of-a-secretary-keeps-the-description",
        ),
    ],
)
def test_counterpart_role(text: str, role: str) -> None:
    """'his Chilean counterpart X' after 'Chinese President Y' gives X the role 'Chilean President'."""
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nThe air force said on the Telegram messaging app that 30 drones were shot down.",
            [("30 drones were shot down", "on the Telegram messaging app")],
            id="a-platform-named-with-its-kind-is-the-medium-not-the-words",
        ),
        pytest.param(
            "World\n\nThe mayor wrote on the X social media platform that the bridge was closed.",
            [("the bridge was closed", "on the X social media platform")],
            id="a-social-media-platform-is-the-medium",
        ),
        pytest.param(
            "World\n\nPresident Ana Ruiz, in her nightly video address, urged allies to speed up deliveries.",
            [("allies to speed up deliveries", "in her nightly video address")],
            id="an-address-aside-before-urged-is-the-medium",
        ),
        pytest.param(
            "World\n\nThe minister, speaking at a rally in Kisumu, called for calm.",
            [("calm", "at a rally in Kisumu")],
            id="a-rally-aside-before-called-for-is-the-medium",
        ),
    ],
)
def test_platforms_and_asides_of_object_verbs(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A platform with its kind ("the Telegram messaging app") and a medium before 'urged' are media."""
    assert [(t, to) for t, _name, _role, to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nOne of the sources, an Egyptian security official, said the talks had stalled. "
            '"They want guarantees first," the official said.',
            [
                ("the talks had stalled", "Egyptian security official"),
                ("They want guarantees first,", "Egyptian security official"),
            ],
            id="an-indefinite-description-after-one-of-the-sources-is-the-role",
        ),
        pytest.param(
            "World\n\nThe second source, a Palestinian official, said the gap was still wide.",
            [("the gap was still wide", "Palestinian official")],
            id="an-indefinite-description-after-the-second-source-is-the-role",
        ),
        pytest.param(
            "World\n\nA resident, a mother of three, said the shelling lasted all night.",
            [("the shelling lasted all night", "resident")],
            id="guard-a-description-naming-no-role-leaves-the-subject",
        ),
    ],
)
def test_source_with_an_indefinite_description(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'One of the sources, an Egyptian security official, said': the description is the unnamed role."""
    assert [(t, role) for t, _name, role, _to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nThe opposition leader on Sunday rejected the results of last week's presidential vote.",
            ["the results of last week's presidential vote"],
            id="last-weeks-in-the-object-is-no-time-after-it",
        ),
        pytest.param(
            "World\n\nThe opposition leader rejected the results of the vote held last week.",
            ["the results of the vote held last week"],
            id="a-participle-with-its-time-stays-in-the-object",
        ),
        pytest.param(
            "World\n\nThe governor rejected the plan on Monday.",
            ["the plan"],
            id="guard-a-day-after-the-object-is-when",
        ),
    ],
)
def test_times_inside_an_object(text: str, expected: list[str]) -> None:
    """'last week's' and 'held last week' belong to the object; 'on Monday' after it tells when."""
    assert [t for t, _name, _role, _to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'World\n\nAna Ruiz said the plan was fair. Turning to her rival, she added: "Tell the truth."',
            [("the plan was fair", "Ana Ruiz"), ("Tell the truth.", "Ana Ruiz")],
            id="a-participle-owning-a-rival-leaves-the-pronoun-its-subject",
        ),
        pytest.param(
            'World\n\nAna Ruiz said the plan was fair. Speaking with her lawyer, she added: "No comment."',
            [("the plan was fair", "Ana Ruiz"), ("No comment.", "Ana Ruiz")],
            id="a-participle-owning-a-lawyer-leaves-the-pronoun-its-subject",
        ),
        pytest.param(
            "World\n\nAna Ruiz said the plan was fair. When I put it to her spokesman, he replied: "
            '"No comment."',
            [("the plan was fair", "Ana Ruiz"), ("No comment.", None)],
            id="guard-a-clause-with-its-own-subject-names-the-aide",
        ),
    ],
)
def test_participle_possessive_is_the_pronoun(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'Turning to her rival, she added': 'her' is the speaker, the rival someone else."""
    assert [(t, name) for t, name, _role, _to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "World\n\nSupreme Leader Ayatollah Hassan Karimi said talks were not wise.",
            "Supreme Leader",
            id="an-ayatollah-after-the-office-is-no-part-of-the-role",
        ),
        pytest.param(
            "World\n\nFriday prayer leader Hojatoleslam Reza Sadri said talks were not wise.",
            "Friday prayer leader",
            id="a-hojatoleslam-after-the-office-is-no-part-of-the-role",
        ),
        pytest.param(
            "World\n\nAyatollah Hassan Karimi said talks were not wise.",
            "Ayatollah",
            id="guard-an-ayatollah-alone-stays-the-role",
        ),
    ],
)
def test_clerical_rank_after_an_office(text: str, role: str) -> None:
    """A cleric's rank between an office and the name ("Supreme Leader Ayatollah X") leaves the office."""
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'World\n\n"The gap is wide," one of the sources, a senior diplomat, said.',
            ("a senior diplomat", "senior diplomat"),
            id="after-a-quotation-one-of-the-sources-takes-the-description",
        ),
        pytest.param(
            'World\n\n"The gap is wide," one of the sources, who asked not to be named, said.',
            ("one of the sources", "sources"),
            id="after-a-quotation-a-relative-clause-is-no-part-of-the-role",
        ),
        pytest.param(
            'World\n\n"The gap is wide," the diplomat, a veteran of the talks, said.',
            ("the diplomat", "diplomat"),
            id="after-a-quotation-a-role-subject-keeps-its-role",
        ),
        pytest.param(
            "World\n\nThe diplomat, a veteran of the talks, said the gap was wide.",
            ("The diplomat", "diplomat"),
            id="guard-a-role-subject-keeps-its-role-before-the-verb",
        ),
        pytest.param(
            'World\n\n"The gap is wide," said one of the diplomats.',
            ("one of the diplomats", "diplomats"),
            id="an-inverted-one-of-the-group-takes-the-group-as-role",
        ),
        pytest.param(
            'World\n\n"The gap is wide," said one of the sources, a senior diplomat.',
            ("a senior diplomat", "senior diplomat"),
            id="an-inverted-source-with-a-description-takes-its-role",
        ),
        pytest.param(
            'World\n\n"The gap is wide," said a resident, a mother of three.',
            ("a resident", "resident"),
            id="guard-an-inverted-role-keeps-its-own-noun",
        ),
    ],
)
def test_description_after_a_vague_subject(text: str, expected: tuple[str, str]) -> None:
    """A description after 'one of the sources' names the role, before or after the verb; a role subject
    keeps its own; after an inverted verb 'one of the diplomats' is a diplomat."""
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.mention is not None
    assert (q.speaker.mention.text, q.speaker.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nThe minister was quoted by the Arca news agency as telling his Turkish counterpart "
            "in a phone call that Damascus rejected any interference.",
            [("Damascus rejected any interference", "the Arca news agency")],
            id="a-relay-as-telling-skips-the-hearer-and-holds-the-inner-report",
        ),
        pytest.param(
            "World\n\nThe agency quoted the minister as saying that Damascus rejected any interference.",
            [("Damascus rejected any interference", "The agency")],
            id="a-relay-as-saying-holds-the-stance-reported-inside",
        ),
        pytest.param(
            "World\n\nThe minister cited a report showing that exports had fallen.",
            [("a report showing that exports had fallen", None), ("exports had fallen", None)],
            id="guard-cited-with-an-object-keeps-the-report-inside",
        ),
    ],
)
def test_relayed_reports(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'quoted by X as telling Y that ...': the words after 'that', one record whatever verb is inside."""
    assert [(t, to) for t, _name, _role, to in described_records(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nOdhiambo's running mate, Grace Wanjiru, said she had evidence of tampering.",
            ("Grace Wanjiru", "Odhiambo's running mate"),
            id="a-running-mate-apposed-is-the-role",
        ),
        pytest.param(
            "World\n\nThe running mate said she had evidence of tampering.",
            (None, "running mate"),
            id="the-running-mate-speaks-unnamed",
        ),
    ],
)
def test_running_mate(text: str, expected: tuple[str | None, str]) -> None:
    """A ticket's running mate is a role, apposed to a name or alone."""
    (q,) = find_quotes(text)
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "World\n\nHe accused the militia's commander, Idris Kamal, of serving foreign interests.",
            ["the militia's commander, Idris Kamal, of serving foreign interests"],
            id="a-name-set-off-inside-the-object-before-of-goes-on",
        ),
        pytest.param(
            "World\n\nThe senator praised the new envoy, Ana Ruiz, for her patience.",
            ["the new envoy, Ana Ruiz, for her patience"],
            id="a-name-set-off-inside-the-object-before-for-goes-on",
        ),
        pytest.param(
            "World\n\nThe senator praised the envoy, saying she was patient.",
            ["the envoy", "she was patient"],
            id="guard-a-participle-after-the-object-ends-it",
        ),
    ],
)
def test_name_set_off_inside_an_object(text: str, expected: list[str]) -> None:
    """'accused its commander, X, of ...': the apposed name and the verb's complement are in the object."""
    assert [t for t, _name, _role, _to in described_records(text)] == expected
