"""Coalition readings of wire copy, round 80: leaders and lists named past a place phrase, a head of
state's allies abroad and the informal words for allies, members told in the next sentence or in the
passive, deals with a body, allies outside a body ("non-NATO"), denied pacts and denied inclusion, and
capitalised alliances of states.

Every sentence here was written for these tests in the style of news copy; the states and bodies are real,
the people invented.
"""

from __future__ import annotations

import pytest

from tests._coalition_helpers import Row, rows


class TestLedPastItsPlace:
    """A leader named after the mention's place and a comma ("The coalition in Yemen, led by Saudi Arabia")
    leads it, as one named right after the mention does; two joined by "and" are both members, the first the
    leader. A person after "led by" is no actor."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The leftist bloc in South America, led by Colombia and Chile, abstained on the motion.",
                [("The leftist bloc", None, "asserted", "COL", ["COL", "CHL"])],
                id="co-leaders-after-region",
            ),
            pytest.param(
                "The coalition in Yemen, led by Saudi Arabia, bombed the airport at Sanaa again overnight.",
                [("The coalition", "SAUDI_LED_YEMEN", "asserted", "SAU", [])],
                id="one-leader-after-state",
            ),
            pytest.param(
                "The new alliance in the Sahel, led by Mali and Niger, ordered the last French troops out.",
                [("The new alliance", None, "asserted", "MLI", ["MLI", "NER"])],
                id="co-leaders-after-the-region",
            ),
            pytest.param(
                "A maritime coalition across the Indian Ocean, headed by India, will patrol the sea lanes.",
                [("A maritime coalition", None, "asserted", "IND", [])],
                id="headed-by-after-across",
            ),
            pytest.param(
                "The leftist bloc, led by Colombia and Chile, abstained on the motion.",
                [("The leftist bloc, led by Colombia and Chile", None, "asserted", "COL", ["COL", "CHL"])],
                id="guard-no-place",
            ),
            pytest.param(
                "The coalition in Iraq, led by General Tom Reyes, pulled back from Falluja.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-person-leads",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The leader past the place phrase is the mention's, and co-leaders its members."""
        assert rows(text) == expected


class TestRulersAndInformalAllies:
    """The informal words for a state's allies ("pals", "buddies", "chums") are its allies after a state's
    possessive or "<actor> and its"; a head of state's possessive ("Putin's pals") names his state's allies
    where they are abroad (a world region, "abroad", "in the region", another state), never his allies at
    home or a person's friends."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Putin's pals in Central Asia kept quiet as the sanctions bill passed.",
                [("Putin's pals", None, "asserted", "RUS", [])],
                id="ruler-s-pals-in-region",
            ),
            pytest.param(
                "Xi Jinping's allies across Africa lined up behind the lending plan.",
                [("Xi Jinping's allies", None, "asserted", "CHN", [])],
                id="ruler-s-allies-full-name",
            ),
            pytest.param(
                "Kim Jong Un's old chums in Russia sent more shells to the front.",
                [("Kim Jong Un's old chums", None, "asserted", "PRK", [])],
                id="ruler-s-chums-in-another-state",
            ),
            pytest.param(
                "Maduro's allies abroad were slow to recognise the result.",
                [("Maduro's allies", None, "asserted", "VEN", [])],
                id="ruler-s-allies-abroad",
            ),
            pytest.param(
                "Moscow's pals in the Sahel have asked for more instructors.",
                [("Moscow's pals", None, "asserted", "RUS", [])],
                id="capital-s-pals",
            ),
            pytest.param(
                "Beijing and its buddies in the Global South cheered the vote.",
                [("Beijing and its buddies", None, "asserted", "CHN", ["CHN"])],
                id="state-and-its-buddies",
            ),
            pytest.param(
                "Belarus and Syria, Putin's allies abroad, sent their envoys to the parade.",
                [("Putin's allies", None, "asserted", "RUS", ["RUS", "BLR", "SYR"])],
                id="apposed-to-ruler-s-allies",
            ),
            pytest.param(
                "Putin's allies in Moscow cheered the verdict.",
                [],
                id="guard-ruler-s-allies-at-home",
            ),
            pytest.param(
                "Netanyahu's allies in the Middle East cabinet walked out of the meeting.",
                [],
                id="guard-domestic-cue",
            ),
            pytest.param(
                "Erdogan's pals turned up at the wedding in Istanbul.",
                [],
                id="guard-no-place",
            ),
            pytest.param(
                "Her school pals in Africa sent flowers.",
                [],
                id="guard-person-s-pals",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A head of state's allies abroad are his state's; a person's pals are no coalition."""
        assert rows(text) == expected


class TestItIncludesNextSentence:
    """The sentence after a mention that opens on its pronoun and a verb of composition ("It includes", "It
    is made up of", "It groups") lists its members, as one opening "Its members include" does."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition was announced in Riyadh in 2017. It includes Egypt, Jordan and Morocco.",
                [("The coalition", None, "asserted", None, ["EGY", "JOR", "MAR"])],
                id="it-includes",
            ),
            pytest.param(
                "The new alliance held its first summit in Bamako. It is made up of Mali, Niger and Chad.",
                [("The new alliance", None, "asserted", None, ["MLI", "NER", "TCD"])],
                id="it-is-made-up-of",
            ),
            pytest.param(
                "The bloc was set up by Brazil and Russia. It now also groups Egypt and Ethiopia.",
                [("The bloc", None, "asserted", None, ["BRA", "RUS", "EGY", "ETH"])],
                id="it-now-also-groups",
            ),
            pytest.param(
                "The bloc's ministers met in Kuala Lumpur. It brings together Laos, Cambodia and Myanmar.",
                [("The bloc", None, "asserted", None, ["LAO", "KHM", "MMR"])],
                id="it-brings-together",
            ),
            pytest.param(
                "The coalition struck the port again. It includes the claim that the strikes were lawful.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-no-actors",
            ),
            pytest.param(
                "The alliance met in Manila. Its members include Japan and Australia.",
                [("The alliance", None, "asserted", None, ["JPN", "AUS"])],
                id="guard-its-members-include",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The pronoun's list in the next sentence is the mention's members."""
        assert rows(text) == expected


class TestPartyToADealWithABody:
    """States that sign, seal or form a deal, a pact or an alliance "with" a named body are its partners, not
    its members: the body after "with" takes no members from the subject."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Paraguay and Uruguay signed the trade deal with the EFTA states after ten years of talks.",
                [("the EFTA states", "EFTA", "asserted", None, [])],
                id="signed-the-deal-with",
            ),
            pytest.param(
                "Chile and Peru sealed a free trade agreement with ASEAN members in Jakarta.",
                [("ASEAN members", "ASEAN", "asserted", None, [])],
                id="sealed-an-agreement-with",
            ),
            pytest.param(
                "Egypt and Jordan formed an alliance with the GCC states against the Houthis.",
                [
                    ("an alliance with the GCC", None, "asserted", None, ["EGY", "JOR"]),
                    ("the GCC states", "GCC", "asserted", None, []),
                ],
                id="formed-an-alliance-with",
            ),
            pytest.param(
                "Bolivia and Cuba signed the founding charter of the alliance in Havana.",
                [("the alliance", None, "asserted", None, ["BOL", "CUB"])],
                id="guard-signed-charter-of",
            ),
            pytest.param(
                "Iran signed a defence pact with Russia on Friday.",
                [("a defence pact with Russia", None, "asserted", None, ["RUS", "IRN"])],
                id="guard-pact-with-a-state",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A deal's party is no member of the body it deals with."""
        assert rows(text) == expected


class TestNonBodyAllies:
    """Allies named "non-" a body ("a major non-NATO ally", "non-OPEC allies") are outside it: the ally
    mention takes no id from the body; "a non-NATO country" alone keeps its reading."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Morocco, a major non-NATO ally of the United States, ordered more Apache helicopters.",
                [("a major non-NATO ally of the United States", None, "asserted", None, ["USA", "MAR"])],
                id="major-non-nato-ally-of",
            ),
            pytest.param(
                "Washington named Colombia a major non-NATO ally in 2022.",
                [("a major non-NATO ally", None, "asserted", None, [])],
                id="named-a-non-nato-ally",
            ),
            pytest.param(
                "Oman and other non-OPEC allies agreed to extend the cuts.",
                [("non-OPEC allies", None, "asserted", None, ["OMN"])],
                id="non-opec-allies",
            ),
            pytest.param(
                "Kazakhstan and other OPEC allies agreed to extend the cuts.",
                [("OPEC allies", "OPEC", "asserted", None, ["KAZ"])],
                id="guard-body-allies",
            ),
            pytest.param(
                "Moldova, a non-NATO country, asked for air defence systems.",
                [("a non-NATO", "NATO", "asserted", None, [])],
                id="guard-non-nato-country",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """An ally outside a body is no mention of that body."""
        assert rows(text) == expected


class TestListPastTheAlliesPlace:
    """A list of two or more actors apposed to an ally network past its place ("Russia's allies in Africa,
    Mali and the Central African Republic,") names its members, as one right after the allies does; a
    source after the comma ("France said") is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Taiwan's remaining allies in the Pacific, Palau and Tuvalu, sent envoys to the swearing-in.",
                [("Taiwan's remaining allies", None, "asserted", "TWN", ["PLW", "TUV"])],
                id="allies-in-the-region-list",
            ),
            pytest.param(
                "Moscow's allies in Africa, Mali and the Central African Republic, voted against the motion.",
                [("Moscow's allies", None, "asserted", "RUS", ["MLI", "CAF"])],
                id="allies-in-continent-list",
            ),
            pytest.param(
                "Tehran's allies abroad, Syria and Venezuela, sent condolences.",
                [("Tehran's allies", None, "asserted", "IRN", ["SYR", "VEN"])],
                id="allies-abroad-list",
            ),
            pytest.param(
                "Venezuela's allies in the region, Cuba, Bolivia and Nicaragua, rallied behind Caracas.",
                [("Venezuela's allies", None, "asserted", "VEN", ["CUB", "BOL", "NIC"])],
                id="allies-in-the-region-lower-case",
            ),
            pytest.param(
                "America's allies in Asia, Japan said on Monday, would not be consulted.",
                [("America's allies", None, "asserted", "USA", [])],
                id="guard-source-after-comma",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The list apposed past the allies' place is their members."""
        assert rows(text) == expected


class TestJoinedByPassive:
    """A joining told in the passive right after the mention ("was later joined by Morocco", ", joined last
    year by Togo,") names members of a coalition or accord; a standing body "joined by" others in a deed
    ("The EU, joined by Norway, imposed sanctions") takes none, nor does a joining "in" a deed."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition was later joined by Bahrain and Sudan, officials in Riyadh said.",
                [("The coalition", None, "asserted", None, ["BHR", "SDN"])],
                id="was-later-joined-by",
            ),
            pytest.param(
                "The alliance, joined last year by Togo, now counts four juntas among its members.",
                [("The alliance", None, "asserted", None, ["TGO"])],
                id="joined-last-year-by",
            ),
            pytest.param(
                "The Abraham Accords were joined by Morocco a month later.",
                [("The Abraham Accords", "ABRAHAM_ACCORDS", "asserted", None, ["MAR"])],
                id="accords-were-joined-by",
            ),
            pytest.param(
                "The bloc has since been joined in 2024 by Bolivia.",
                [("The bloc", None, "asserted", None, ["BOL"])],
                id="has-since-been-joined-in-year",
            ),
            pytest.param(
                "The EU, joined by Norway and Iceland, widened the sanctions on Minsk.",
                [("The EU", "EU", "asserted", None, [])],
                id="guard-standing-body-in-a-deed",
            ),
            pytest.param(
                "The coalition, joined by Denmark in shelling the port, struck again on Sunday.",
                [("The coalition", None, "asserted", None, [])],
                id="guard-joined-in-a-deed",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The states a coalition was joined by are its members."""
        assert rows(text) == expected


class TestDeniedPactWithAPartner:
    """The subject that dismisses, denies or plays down reports, claims or talk of a pact "with" a partner
    ("Turkey dismissed reports of a secret alliance with Iran") is the other party of the denied pact, as
    the subject of "denied forming an alliance with" already is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Baku dismissed reports of a secret alliance with Tehran as propaganda.",
                [("a secret alliance with Tehran", None, "negated", None, ["IRN", "AZE"])],
                id="dismissed-reports-of",
            ),
            pytest.param(
                "Morocco rejected claims that it had entered a military pact with Israel.",
                [("a military pact with Israel", None, "negated", None, ["ISR", "MAR"])],
                id="rejected-claims-that-it-had-entered",
            ),
            pytest.param(
                "Eritrea denied allegations of an alliance with Ethiopia against the rebels.",
                [("an alliance with Ethiopia", None, "negated", None, ["ETH", "ERI"])],
                id="denied-allegations-of",
            ),
            pytest.param(
                "Turkey denied forming an alliance with Iran.",
                [("an alliance with Iran", None, "negated", None, ["IRN", "TUR"])],
                id="guard-denied-forming",
            ),
            pytest.param(
                "Qatar dismissed reports of a rift within the GCC.",
                [("the GCC", "GCC", "asserted", None, [])],
                id="guard-rift-within-a-body",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The denier of a reported pact with a partner is its other party."""
        assert rows(text) == expected


class TestArticleBeforeAFunctionWord:
    """An indefinite article before a body's name is the name's unless a noun follows that the name modifies
    ("a Nato summit"): a preposition, a conjunction or a relative after the name ("an Arab NATO as
    unrealistic", "an Arab NATO to counter Iran") leaves the article with it, and the idea of one is a
    hypothesis."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The ministry in Amman rejected the idea of an Arab NATO as unrealistic.",
                [("an Arab NATO", "MESA", "hypothetical", None, [])],
                id="idea-of-as",
            ),
            pytest.param(
                "Analysts call the new pact an Arab NATO with a joint command in Riyadh.",
                [("an Arab NATO", "MESA", "asserted", None, [])],
                id="article-before-with",
            ),
            pytest.param(
                "A Nato summit opened in Vilnius on Tuesday.",
                [("Nato", "NATO", "asserted", None, [])],
                id="guard-noun-after",
            ),
            pytest.param(
                "Algeria, an OPEC member, cut output in March.",
                [("OPEC member", "OPEC", "asserted", None, ["DZA"])],
                id="guard-member-noun",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The article stays with the name before a function word."""
        assert rows(text) == expected


class TestCapitalisedAllianceOfStates:
    """A capitalised alliance the gazetteer does not know is a party's name unless " of " and two states or
    more follow its head ("the Tripartite Alliance of Sudan, Egypt and Chad"): then it is a bloc of those
    states."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Tripartite Alliance of Sudan, Egypt and Chad was announced in Khartoum.",
                [
                    (
                        "The Tripartite Alliance of Sudan, Egypt and Chad",
                        None,
                        "asserted",
                        None,
                        ["SDN", "EGY", "TCD"],
                    )
                ],
                id="tripartite-alliance-of",
            ),
            pytest.param(
                "The Great Lakes Coalition of Rwanda, Uganda and Burundi held its first drills.",
                [
                    (
                        "The Great Lakes Coalition of Rwanda, Uganda and Burundi",
                        None,
                        "asserted",
                        None,
                        ["RWA", "UGA", "BDI"],
                    )
                ],
                id="coalition-of-three",
            ),
            pytest.param(
                "The National Alliance of Democrats won the vote in Accra.",
                [],
                id="guard-party-name",
            ),
            pytest.param(
                "The Democratic Alliance of Kenya and Uganda's traders met in Kampala.",
                [],
                id="guard-possessive-list",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A capitalised alliance of states is a bloc; a party's name is none."""
        assert rows(text) == expected


class TestBodyPartnersArticle:
    """ "The NATO partners": the article is the partners', as in "its NATO partners" (read as "NATO");
    the tables of rounds 35, 54 and 74 and the title-case acronym table expect the article with the body's
    name ("The Anzus", "The Five Eyes", "the Quad"), so the fix is left to a change of those rows."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The NATO partners met in Brussels to plan the drills.",
                [("NATO", "NATO", "asserted", None, [])],
                id="the-body-partners",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="the article before '<body> partners' is read as the body's ('The NATO'), as four "
                    "older table rows expect",
                ),
            ),
            pytest.param(
                "The NATO allies met in Brussels to plan the drills.",
                [("The NATO allies", "NATO", "asserted", None, [])],
                id="guard-the-body-allies",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The body's partners leave their article to the partners."""
        assert rows(text) == expected


class TestLikenedBlocWithPartners:
    """The states "with" which a bloc likened to a body would be built ("an Asian NATO with Tokyo, Seoul
    and Manila") are its members, as those of "a new alliance with" are; the likened name keeps its
    surface."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                'Beijing accused Washington of building an "Asian NATO" with Tokyo, Seoul and Manila.',
                [('an "Asian NATO"', None, "hypothetical", None, ["JPN", "KOR", "PHL", "USA"])],
                id="quoted-likened-with",
            ),
            pytest.param(
                "A Pacific NATO with Japan and Australia at its core would alarm Beijing.",
                [("A Pacific NATO", None, "hypothetical", None, ["JPN", "AUS"])],
                id="likened-with-at-its-core",
            ),
            pytest.param(
                "Analysts compared an Asian NATO with the Warsaw Pact.",
                [
                    ("an Asian NATO", None, "hypothetical", None, []),
                    ("the Warsaw Pact", "WARSAW_PACT", "asserted", None, []),
                ],
                id="guard-compared-with-a-body",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The partners of a likened bloc are its members."""
        assert rows(text) == expected


class TestListOpensTheNextSentence:
    """A list of two actors or more that opens the sentence after a mention, with "joined it" or "are its
    (founding) members", names its members; "are members of" another body does not."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition was formed in March 2015. Sudan, Egypt and Jordan joined it later.",
                [("The coalition", None, "asserted", None, ["SDN", "EGY", "JOR"])],
                id="joined-it-later",
            ),
            pytest.param(
                "The alliance met in Niamey. Mali, Niger and Burkina Faso are its founding members.",
                [("The alliance", None, "asserted", None, ["MLI", "NER", "BFA"])],
                id="are-its-founding-members",
            ),
            pytest.param(
                "The coalition struck again overnight. Britain and Denmark have since joined it.",
                [("The coalition", None, "asserted", None, ["GBR", "DNK"])],
                id="have-since-joined-it",
            ),
            pytest.param(
                "The bloc met in Lima. Peru and Chile are members of the Pacific Alliance.",
                [
                    ("The bloc", None, "asserted", None, []),
                    ("the Pacific Alliance", "PACIFIC_ALLIANCE", "asserted", None, ["PER", "CHL"]),
                ],
                id="guard-members-of-another-body",
            ),
            pytest.param(
                "The bloc met in Lima. Peru and Chile sent envoys.",
                [("The bloc", None, "asserted", None, [])],
                id="guard-other-verb",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """The list that joined the mention in the next sentence is its members."""
        assert rows(text) == expected


class TestDeniedInclusion:
    """A member cue denied ("does not include", "no longer groups", "doesn't include") names no members:
    the states after it are outside the mention."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The coalition does not include Qatar, which was expelled in 2017.",
                [("The coalition", None, "asserted", None, [])],
                id="does-not-include",
            ),
            pytest.param(
                "The bloc no longer includes Guinea, Mali and Niger after the coups.",
                [("The bloc", None, "asserted", None, [])],
                id="no-longer-includes",
            ),
            pytest.param(
                "The alliance doesn't include Turkey, the envoy noted.",
                [("The alliance", None, "asserted", None, [])],
                id="doesnt-include",
            ),
            pytest.param(
                "The coalition includes Qatar and Bahrain.",
                [("The coalition", None, "asserted", None, ["QAT", "BHR"])],
                id="guard-includes",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A denied inclusion names no members."""
        assert rows(text) == expected


class TestJointForceOfStates:
    """A joint or multinational force "of" two states or more ("The joint force of Chad and Sudan") is a
    mention of those states, as "a grouping of A, B and C" is; a force of one state's services is none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The joint force of Chad and Sudan patrols the desert border.",
                [("The joint force of Chad and Sudan", None, "asserted", None, ["TCD", "SDN"])],
                id="joint-force-of",
            ),
            pytest.param(
                "A multinational force of Kenya, Burundi and Uganda deployed to Goma.",
                [
                    (
                        "A multinational force of Kenya, Burundi and Uganda",
                        None,
                        "asserted",
                        None,
                        ["KEN", "BDI", "UGA"],
                    )
                ],
                id="multinational-force-of",
            ),
            pytest.param(
                "The security forces of Chad and Sudan clashed at the border.",
                [],
                id="guard-security-forces-of",
            ),
        ],
    )
    def test_reading(self, text: str, expected: list[Row]) -> None:
        """A joint force of states is their mention."""
        assert rows(text) == expected
