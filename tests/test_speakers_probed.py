"""Speaker rules for faults found by probe articles: local-government titles, antecedents that never spoke,
appositions around the subject, words that are no names, and descriptions named later (sentences written for
these tests; people and events invented)."""

from __future__ import annotations

import pytest

from geoquote import find_quotes

from ._speaker_helpers import last_speaker as _last


class TestLocalTitles:
    """A local-government title before a name is the role, not part of the canonical name."""

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            pytest.param(
                "Councilwoman Priya Halvorsen said the levy was needed.",
                "Priya Halvorsen",
                "Councilwoman",
                id="councilwoman",
            ),
            pytest.param(
                "Councilman Otis Brandvold said the road would be resurfaced.",
                "Otis Brandvold",
                "Councilman",
                id="councilman",
            ),
            pytest.param(
                "Supervisor Harold Beasley said the pumps had been serviced.",
                "Harold Beasley",
                "Supervisor",
                id="supervisor",
            ),
            pytest.param(
                "Alderman Bo Kettering said the ward needed more buses.",
                "Bo Kettering",
                "Alderman",
                id="alderman",
            ),
            pytest.param(
                "Assemblywoman Greta Lindahl said the bill would pass.",
                "Greta Lindahl",
                "Assemblywoman",
                id="assemblywoman",
            ),
        ],
    )
    def test_title_is_the_role(self, text: str, name: str, role: str) -> None:
        got = _last(text)
        assert (got[0], got[2]) == (name, role)

    def test_lowercase_title_after_a_modifier_is_an_antecedent(self) -> None:
        text = "Opposition councillor Etienne Marchal was scathing. He said the plan was a sham."
        assert _last(text)[0] == "Etienne Marchal"


class TestNearerAntecedent:
    """A pronoun goes to the person the sentences before it make their subject, though that person has not
    spoken yet, rather than to the last speaker."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            pytest.param(
                "Mayor Dana Whitfield said the mill would reopen. Recently, Colm Brannigan, the radio host,"
                " was asked by a listener why it closed. “They moved it abroad,” he said.",
                "Colm Brannigan",
                id="sentence-adverb-then-apposed-name",
            ),
            pytest.param(
                "Senator Ruth Calloway toured the market. “We hear you,” Calloway said. One local woman, Mira"
                " Osterholt, pulled the senator aside. “I am so glad you came,” she told her.",
                "Mira Osterholt",
                id="person-noun-then-apposed-name",
            ),
            pytest.param(
                "Officer Janet Whitmore said it was still too soon to assign blame. Back on her street,"
                " Loretta Pruitt was sorting photographs. “This one made it,” she said.",
                "Loretta Pruitt",
                id="leading-back-phrase",
            ),
            pytest.param(
                "Dorsey said the dam leaked; Supervisor Harold Beasley disputed that account, and he said the"
                " dam had been inspected in March.",
                "Harold Beasley",
                id="subject-after-semicolon",
            ),
            pytest.param(
                "State Senator Grace Okafor is running for governor. Governor Peter Vance said the race was"
                " close.\n\nAt a rally in Dover, Del., on Thursday afternoon, Okafor listed the towns she had"
                " visited. “We are winning everywhere,” she said.",
                "Grace Okafor",
                id="leading-phrase-with-three-commas",
            ),
        ],
    )
    def test_pronoun(self, text: str, name: str) -> None:
        assert _last(text)[0] == name

    def test_apposition_gives_the_role(self) -> None:
        text = (
            "Mayor Dana Whitfield said the mill would reopen. Recently, Colm Brannigan, the radio host, was"
            " asked by a listener why it closed. “They moved it abroad,” he said."
        )
        assert _last(text)[2] == "radio host"

    def test_name_apposed_to_an_object_is_no_subject(self) -> None:
        text = (
            "Rhea Stroud, a donor from Albany, said she would back Lee. Along with her husband, Bram Stroud,"
            " a broker, she has given to many campaigns. “I feel bad saying it,” she said."
        )
        assert _last(text)[:3] == ("Rhea Stroud", "she", "donor from Albany")  # not the husband's "broker"


class TestOutletsAndNicknames:
    """An outlet is never the antecedent of "he" or "she"; a nickname in quotes does not cut a name."""

    def test_broadcaster_is_no_antecedent(self) -> None:
        text = 'Crowds lined the avenue, KXRB-TV reported. "I cried the whole way," he said.'
        assert _last(text)[0] is None

    def test_person_named_with_a_nickname(self) -> None:
        text = (
            "Crowds lined the avenue, KXRB-TV reported.\n\nTomas “Lucky” Abernathy of Fresno carried a"
            " banner. “I cried the whole way,” he said."
        )
        assert _last(text)[0] == "Tomas Abernathy"


class TestNoNames:
    """Words that open a sentence, groups and topics are no speaker's name."""

    def test_participle_opening_the_sentence(self) -> None:
        text = "Responding, the minister said the figures were wrong and accused the opposition of lying."
        assert all(q.speaker is None or q.speaker.name != "Responding" for q in find_quotes(text))

    def test_noun_before_its_head(self) -> None:
        text = "Fan reaction was muted, though Dario Velluti shared a photo with the caption “Home at last.”"
        assert all(q.speaker is None or q.speaker.name != "Fan" for q in find_quotes(text))

    def test_sentence_adverb_after_the_name(self) -> None:
        got = _last("Vasseur nonetheless conceded that the gesture was powerful.")
        assert got[:2] == ("Vasseur", "Vasseur")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Opposition MPs accused the government of hiding the figures.", id="mps"),
            pytest.param("Several senior MPs said the government was hiding the figures.", id="several-mps"),
            pytest.param("Some agreed. Others argued the plan was weak.", id="others"),
        ],
    )
    def test_group_has_no_name(self, text: str) -> None:
        assert _last(text)[0] is None

    def test_topic_inside_the_subject(self) -> None:
        text = (
            "Brussels' mixed signals on Halvorsen show the bloc still has no plan for the port, Deputy"
            " Minister Ilse Marquardt stated."
        )
        assert [q.speaker.name for q in find_quotes(text) if q.speaker is not None] == ["Ilse Marquardt"]


class TestAppositions:
    """A name set off around the subject, however it is introduced, is the speaker."""

    def test_modifier_and_unknown_occupation(self) -> None:
        text = "Another resident, retired welder Ansel Moritz, said he would not support the levy."
        got = _last(text)
        assert (got[0], got[2]) == ("Ansel Moritz", "retired welder")

    def test_issued_a_statement_after_an_apposition(self) -> None:
        text = "His challenger, Petra Hollins, issued a statement saying the rally was staged."
        assert _last(text)[0] == "Petra Hollins"

    def test_issuer_after_a_quoted_sentence_end(self) -> None:
        text = (
            'Later, Sen. Ivo Brandt told reporters that the forums were "the best part of the job." His'
            " challenger, Petra Hollins, issued a statement saying the forum was staged."
        )
        got = _last(text)
        assert (got[0], got[2]) == ("Petra Hollins", "challenger")

    def test_possessive_and_apposition_then_a_video(self) -> None:
        text = "Her rival, Tomas Ekdahl, released a video claiming the count was rigged."
        assert _last(text)[0] == "Tomas Ekdahl"

    def test_a_noun_named(self) -> None:
        text = "One of them, a nurse named Odile Ferrand, told reporters that rents had doubled."
        got = _last(text)
        assert (got[0], got[2]) == ("Odile Ferrand", "nurse")

    def test_name_then_body_as_a_label(self) -> None:
        text = "Several experts weighed in.\n\nLena Varga, Pew Research Center: “The gap is widening.”"
        got = _last(text)
        assert (got[0], got[3]) == ("Lena Varga", "Pew Research Center")


class TestForward:
    """A country's office nobody held before is the person the story titles so right after."""

    def test_description_named_later(self) -> None:
        text = (
            "Moldova's deputy energy minister warned on Friday that power cuts would spread.\n\n“We have lost"
            " two substations,” Deputy Minister Ilinca Roman told reporters."
        )
        first = find_quotes(text)[0].speaker
        assert first is not None
        assert (first.name, first.resolution) == ("Ilinca Roman", "role")

    def test_another_office_named_later(self) -> None:
        text = (
            "Moldova's energy minister warned on Friday that power cuts would spread.\n\n“We have lost"
            " two substations,” Deputy Minister Ilinca Roman told reporters."
        )
        first = find_quotes(text)[0].speaker
        assert first is not None
        assert first.name is None


class TestTextsAndLabels:
    """A text sent by a body speaks for it; a label before a pronoun is no name."""

    def test_statement_from_a_body(self) -> None:
        text = "The levy is unaffordable, according to a statement from the Ratepayers Alliance."
        got = _last(text)
        assert (got[0], got[3]) == ("Ratepayers Alliance", "Ratepayers Alliance")

    def test_pronoun_after_a_label(self) -> None:
        text = (
            "Mira Halloran spoke with us in Bergen.\n\nQ. You have said the accord is the last chance. Is it?"
        )
        got = _last(text)
        assert got[:2] == (None, "You")

    def test_pronoun_after_a_place(self) -> None:
        text = "Senator Ivo Brandt toured Washington D.C. He said the city was ready."
        assert _last(text)[:2] == ("Ivo Brandt", "He")
