"""Speaker rules of round 14: an office held at or for a place before its holder's name, names written in
mojibake, and persons described by a noun of kin or of people before an adverb (sentences written for these
tests; people, bodies and events invented)."""

from __future__ import annotations

import pytest

from ._speaker_helpers import last_speaker

CASES = [
    pytest.param(
        "Dutch Ambassador in Lisbon Tomas Reyland stressed that the Netherlands would keep its aid.",
        ("Tomas Reyland", "Dutch Ambassador in Lisbon Tomas Reyland", "Dutch Ambassador in Lisbon", "named"),
        id="ambassador-in-capital-then-holder",
    ),
    pytest.param(
        "UN envoy for Yemen Ilse Marrow said the talks would resume next month.",
        ("Ilse Marrow", "UN envoy for Yemen Ilse Marrow", "UN envoy for Yemen", "named"),
        id="envoy-for-country-then-holder",
    ),
    pytest.param(
        "For her part, Swedish Ambassador in Kabul Ilse Marrow stressed that Stockholm would stay.",
        ("Ilse Marrow", "Swedish Ambassador in Kabul Ilse Marrow", "Swedish Ambassador in Kabul", "named"),
        id="ambassador-in-capital-after-leading-phrase",
    ),
    pytest.param(
        "The Danish envoy in Kabul Tomas Reyland said the embassy would reopen.",
        ("Tomas Reyland", "The Danish envoy in Kabul Tomas Reyland", "Danish envoy in Kabul", "named"),
        id="determined-envoy-in-capital-then-holder",
    ),
    pytest.param(
        "Norwegian Ambassador to Yemen Tomas Reyland said the aid would continue.",
        (
            "Tomas Reyland",
            "Norwegian Ambassador to Yemen Tomas Reyland",
            "Norwegian Ambassador to Yemen",
            "named",
        ),
        id="ambassador-to-country-unchanged",
    ),
    pytest.param(
        "A diplomat in Kabul said the embassy would reopen.",
        (None, "A diplomat in Kabul", "diplomat", "none"),
        id="unnamed-diplomat-in-capital-stays-unnamed",
    ),
    pytest.param(
        "The ambassador in Brussels said the talks would resume.",
        (None, "The ambassador in Brussels", "ambassador", "none"),
        id="unnamed-ambassador-in-city-stays-unnamed",
    ),
    pytest.param(
        "The talks will resume, said Dutch Ambassador in Lisbon Tomas Reyland.",
        ("Tomas Reyland", "Dutch Ambassador in Lisbon Tomas Reyland", "Dutch Ambassador in Lisbon", "named"),
        id="inverted-ambassador-in-capital-then-holder",
    ),
    pytest.param(
        "The talks will resume, said UN envoy for Yemen Ilse Marrow.",
        ("Ilse Marrow", "UN envoy for Yemen Ilse Marrow", "UN envoy for Yemen", "named"),
        id="inverted-envoy-for-country-then-holder",
    ),
    pytest.param(
        "The talks will resume, said the UN envoy for Yemen, Ilse Marrow.",
        ("Ilse Marrow", "the UN envoy for Yemen, Ilse Marrow", "UN envoy for Yemen", "named"),
        id="inverted-envoy-for-country-then-name-set-off",
    ),
    pytest.param(
        "The talks will resume, said the UN envoy for Yemen.",
        (None, "the UN envoy for Yemen", "UN envoy for Yemen", "none"),
        id="inverted-envoy-for-country-is-no-person-named-for-the-country",
    ),
    pytest.param(
        "Chinese Consul General in Lagos Tomas Reyland said the visas would be issued.",
        (
            "Tomas Reyland",
            "Chinese Consul General in Lagos Tomas Reyland",
            "Chinese Consul General in Lagos",
            "named",
        ),
        id="consul-general-in-city-then-holder",
    ),
    pytest.param(
        "The visas would be issued, said Chinese Consul General in Lagos Tomas Reyland.",
        (
            "Tomas Reyland",
            "Chinese Consul General in Lagos Tomas Reyland",
            "Chinese Consul General in Lagos",
            "named",
        ),
        id="inverted-consul-general-in-city-then-holder",
    ),
    pytest.param(
        "“We will not give in,” FranÃ§ois Delmare said.",
        ("François Delmare", "FranÃ§ois Delmare", None, "named"),  # (the name as a reader sees it)
        id="mojibake-given-name-before-cue",
    ),
    pytest.param(
        "“We will not give in,” said JosÃ© Ãlvarez Reyland.",
        ("José Ãlvarez Reyland", "JosÃ© Ãlvarez Reyland", None, "named"),
        id="mojibake-full-name-after-cue",
    ),
    pytest.param(
        "JosÃ© Marrow, a farmer, said the harvest had failed. “We lost it all,” Marrow said.",
        ("José Marrow", "Marrow", "farmer", "named"),
        id="mojibake-name-then-surname-alone",
    ),
    pytest.param(
        "“We will not give in,” French President FranA\u0303\x83A\u0302\xa7ois Delmare said Friday.",
        (
            "FranA\u0303\x83A\u0302\xa7ois Delmare",
            "French President FranA\u0303\x83A\u0302\xa7ois Delmare",
            "French President",
            "named",
        ),
        id="double-mojibake-with-accents-written-apart",
    ),
    pytest.param(
        "“We will not give in,” Jose\u0301 Marrow said.",
        ("Jose\u0301 Marrow", "Jose\u0301 Marrow", None, "named"),
        id="accent-written-apart-inside-a-given-name",
    ),
    pytest.param(
        "“We will not give in,” said Rene\u0301e Reyland.",
        ("Rene\u0301e Reyland", "Rene\u0301e Reyland", None, "named"),
        id="accent-written-apart-after-the-cue",
    ),
    pytest.param(
        "The harvest failed again. “We live on borrowed time,” my father often said.",
        (None, "my father", None, "none"),
        id="kin-noun-then-adverb-before-cue",
    ),
    pytest.param(
        "“The river took everything,” her late husband repeatedly said.",
        (None, "her late husband", None, "none"),
        id="kin-noun-with-adjective-then-ly-adverb",
    ),
    pytest.param(
        "“The shelter was full,” the woman later recalled.",
        (None, "the woman", None, "none"),
        id="person-noun-then-later",
    ),
    pytest.param(
        "“Nobody came to help,” a neighbour also said.",
        (None, "a neighbour", "neighbour", "none"),
        id="person-noun-then-also",
    ),
    pytest.param(
        "“The pier flooded at dawn,” the harbour crew often said.",
        (None, "the harbour crew", None, "none"),
        id="noun-phrase-after-quotation-then-adverb",
    ),
    pytest.param(
        "“The deal was done months before,” the passage continued.",
        (None, "the passage", None, "none"),
        id="noun-phrase-after-quotation",
    ),
    pytest.param(
        "Tomas Reyland won. As the crowd cheered him, his wife whispered: “They are still with you.”",
        (None, "his wife", None, "none"),
        id="possessed-kin-noun-speaks-not-the-owner",
    ),
    pytest.param(
        "With the help of\u00a0“Open the Door with Ilse Marrow”, the actor\u00a0staged a fake casting"
        " and asked young actors to act “older.”",
        (None, "the actor", "actor", "none"),
        id="role-noun-subject-of-two-verbs-after-a-title-and-no-break-spaces",
    ),
    pytest.param(
        "With help from “Open the Door”, the mayor held a press conference and urged people to stay “calm.”",
        (None, "the mayor", "mayor", "none"),
        id="role-noun-subject-of-two-verbs-after-a-title",
    ),
    pytest.param(
        "As usual, the short memo listed no costs and did not say which way the board had voted.",
        (None, "the short memo", None, "none"),
        id="document-subject-of-two-verbs",
    ),
    pytest.param(
        "Ilse Marrow herself, as well as her staff, has long insisted that the ledger was accurate.",
        ("Ilse Marrow", "Ilse Marrow", None, "named"),
        id="subject-before-an-as-well-as-aside-and-auxiliaries",
    ),
    pytest.param(
        "The mayor, along with two council members, has repeatedly said the bridge would reopen.",
        (None, "The mayor", "mayor", "none"),
        id="subject-before-an-along-with-aside",
    ),
    pytest.param(
        "Marrow and others said the ruling would make the choice starker.",
        (None, "Marrow and others", "others", "none"),
        id="surname-and-others",
    ),
    pytest.param(
        "Ilse Marrow and others have argued that the tax is unfair.",
        (None, "Ilse Marrow and others", "others", "none"),
        id="full-name-and-others-after-auxiliary",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speaker(text: str, expected: tuple[str | None, str | None, str | None, str]) -> None:
    name, mention, role, _org, resolution = last_speaker(text)
    assert (name, mention, role, resolution) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Repeatedly, the hall filled with chants for the pair, with signs of ''Welcome home, Tom!''"
            " in view.",
            id="sentence-adverb-in-edly",
        ),
        pytest.param(
            "Famously, the hall filled with chants for the pair, with signs of ''Welcome home, Tom!''"
            " in view.",
            id="sentence-adverb-in-ously",
        ),
    ],
)
def test_sentence_adverb_is_no_name(text: str) -> None:
    from geoquote import find_quotes

    opener = text.split(",", 1)[0]
    assert all(q.speaker is None or q.speaker.name != opener for q in find_quotes(text))
