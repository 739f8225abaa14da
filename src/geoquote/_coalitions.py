"""Coalition finding: coalitions, alliances, blocs and standing organisations, with their actors.

One pass per sentence of the body:

1. a literal prefilter (trigger nouns, "-led", organisation names) skips text with nothing to find;
2. *drafts* are proposed from organisation names ("NATO", "the Shanghai Cooperation Organisation (SCO)")
   and trigger heads ("coalition", "alliance", "bloc", "allies", "X-led effort") with the noun phrase
   around them; appositions ("a Moscow-led security bloc, the CSTO")
   are merged;
3. hard negatives are dropped: domestic and party coalitions, a person's allies, companies, "en bloc";
4. each draft gets its leader ("X-led", "led by X", "chaired by X", "under the leadership of X", "X's
   allies", a demonym label), members (lists after "including", "made up of", a colon or brackets,
   "between X and Y", subjects of "form"/"became a member of", the holder of a rotating presidency),
   adversaries ("against", "fighting", "anti-X"), kind and polarity (negated, hypothetical, hedged);
5. anaphors ("the alliance", "these regional countries", "our allies") resolve to what came before, "our"
   through the speaker of the quotation around it.

>>> (c,) = find_coalitions("The US-led coalition fighting ISIS struck the port.")
>>> c.text, c.leader.code, [a.code for a in c.adversaries], c.polarity
('The US-led coalition', 'USA', ['ISIS'], 'asserted')
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs
import regex

from ._actors import ActorEntry, Gazetteer, default_gazetteer
from ._check import ensure_instance, ensure_offset, ensure_text
from ._coalition_actors import (
    ActorHit,
    ActorMatcher,
    hit_covering,
    hits_after,
    hits_before,
    hits_ending_at,
    matcher_for,
)
from ._coalition_count import count_value, member_count
from ._coalition_lexicon import (
    ADVERSARY_CUE,
    BODIES_NAMED_IN_CONTEXT,
    BODIES_NAMED_WITH_MEMBERS,
    CIVIL_SOCIETY_MODIFIERS,
    CONCEPT_NOUNS,
    COUNT_WORDS,
    DOMESTIC_CUE,
    FORCE_NOUNS,
    GROUP_NOUNS,
    HEAD,
    HEADS,
    KIND_CUES,
    LEADERS,
    MEMBER_MODIFIERS,
    NON_POLITICAL,
    NON_STATE_MODIFIERS,
    NON_STATE_PARTS,
    PERSONAL_POSSESSIVES,
    PREMODIFIERS,
    STRIKE_VERBS,
    fold,
    may_hold_adversary_cue,
    may_hold_domestic_cue,
    trie,
)
from ._coalition_np import (
    LeftNP,
    ScanBudget,
    actor_list,
    first_gap_ok,
    left_np,
    non_state_part_end,
    one_sentence,
    sentence_around,
    sentence_span,
    sentences_between,
)
from ._data_header import WIRE_TAGS
from ._reading import reading_copy, respan
from ._records import Actor, ActorType, Coalition, CoalitionKind, Polarity, Quote
from .errors import InputTypeError

# Patterns used inside functions, compiled once at import.
_CLAUSE_BREAK = regex.compile(r"[,;—–)]")
_AS_WELL_AS_GAP = regex.compile(r"(?s).*\bas\s+well\s+as\s+")
_THE_BEFORE = regex.compile(r"(?i)\bthe\s+$")
# Nouns after "coalition" of a coalition of parties at home: "coalition partner", "German coalition rift".
_DOMESTIC_NOUN_AFTER = regex.compile(
    r"(?i)^\s+(?:government|partner\b|cabinet|talks|part(?:y|ies)\b|rift|crisis|collapse|wobbles?\b"
    r"|row\b|split|infighting|majority|MPs\b|lawmakers|negotiations|agreement|deal\s+(?:on|over)\b)"
)
_COMPANY_AFTER = regex.compile(
    r"^(?:-|\s+)(?:\p{Lu}\w+\s+)*(?:Inc|Corp|Co|Ltd|Technologies|Group|Capital|Partners"
    # a company's legal form: "Alliance AS", "Alliance GmbH", "Alliance plc"
    r"|AS|ASA|AB|AG|GmbH|SA|SE|NV|BV|Oy|Oyj|plc|PLC|LLC|LLP|SpA|Pty|A/S|S\.A\.|N\.V\.)(?![\w/])"
)
#: An apposition that makes a named alliance a lobby or a trade body: ", a lobbying group of 90 start-ups",
#: ", an industry association", ", a coalition of defence firms".
_LOBBY_APPOSITION = regex.compile(
    r"""[\p{Pf}"'’”]?\s*,\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?
        (?:(?:lobby(?:ing)?|industry|trade|business|advocacy|employers['’]?|start-?ups?['’]?)
           \s+(?:group|association|body|organi[sz]ation|alliance|coalition|federation)\b
         |lobby\b
         |(?:group|association|alliance|coalition|network|federation)\s+of\s+(?:[\w\-,]+\s+){0,4}?
           (?:companies|firms|start-?ups|businesses|manufacturers|investors|contractors|makers)\b)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_LOBBY_REACH = 90  # how far after the mention its apposition may reach
#: A noun of an industry or a sport right before an alliance whose noun phrase it ends: "(The airline)
#: alliance", "(a carmaker) coalition" (not "oil", "tech" or "shipping", which states' blocs also take).
_FIRMS_NOUN_BEFORE = regex.compile(
    r"""(?i)\b(?:airlines?|carriers?|automakers?|carmakers?|chipmakers?|telecoms?|retail|banking|hotel|football
        |rugby|cricket|sports?|studio|broadcasters?)\s+$""",
    regex.VERBOSE,
)
#: Carriers named in the list a mention opens ("which includes Air France and Korean Air", "of British
#: Airways and Qantas"): an airline alliance, whatever states the carriers' names hold (not "Royal Air
#: Force").
_CARRIERS_LISTED = regex.compile(
    r"""\s*,?\s*(?:(?:which|that)\s+(?:now\s+|also\s+)?)?(?:includes?|included|including|groups|of|between)\s+
        (?:[\w\-&’']+,?\s+){0,6}?
        (?:\p{Lu}[\p{L}\-]*\s+(?:Airways|Airlines|Air\s+Lines)\b
          |Air\s+(?!Force|Forces|Defen[cs]e|Command|Corps|Wing|Guard|Staff|Mobility)\p{Lu}
          |\p{Lu}[\p{L}\-]*\s+Air\b(?!\s+(?:Force|Forces|Defen[cs]e|Command|Corps|Wing|Guard|Staff|Mobility)\b))""",
    regex.VERBOSE,
)
#: Modifiers that make an alliance one of firms: "an industrial alliance", "a corporate alliance", "the
#: shipping alliance" of container lines (a "shipping coalition" of navies is no alliance of lines).
_FIRMS_MOD = regex.compile(r"(?i)\b(?:industrial|corporate|commercial|business|shipping|container)\b")
_NATION_COUNT_MOD = regex.compile(
    r"(?i)\d+-member|\w+-nation|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)-member"  # "the nine-member grouping"
)
_PACT_SECURITY_MOD = regex.compile(
    r"(?i)defen[cs]e|military|security|alliance|friendship|partnership|assistance|strategic|political"
    r"|trilateral|quadrilateral|tripartite|three-way|four-way"
)
#: A purpose of deterrence right after a pact's head: " is aimed at deterring ", ", designed to deter ",
#: " meant to deter " (a pact with no modifier of defence is one when its purpose is to deter a foe; "aimed
#: at countering" is not enough: a trade pact may counter a rival's influence).
_DETERRING = regex.compile(
    r"""(?i)\s*,?\s*(?:(?:is|was|are|were|(?:will|would)\s+be)\s+)?(?:(?:largely|mainly|chiefly|primarily|partly|widely
        |clearly|explicitly|seen|viewed|regarded)\s+){0,2}(?:as\s+)?
        (?:aimed\s+at\s+deterring|(?:designed|meant|intended|signed|sealed)\s+to\s+deter|to\s+deter
          # a defence against a foe: "seen as a bulwark against China", "a shield against Russia"
          |an?\s+(?:bulwark|shield)\s+against)\b""",
    regex.VERBOSE,
)

#: Words that make a pact one of trade, money or the climate, which no purpose of deterring makes one of
#: defence ("the trade pact is seen as a bulwark against China").
_CIVIL_PACT_MOD = regex.compile(r"(?i)\b(?:trade|free-trade|economic|investment|tax|climate|fishing|grain)\b")
#: Blanks and an article before an actor's name.
_BLANKS_THE = regex.compile(r"\s*(?:the\s+)?", regex.IGNORECASE)


def _deters_actor(text: str, he: int, e: int, hits: list[ActorHit]) -> bool:
    """Does a purpose of deterring a named actor follow a pact's head ("The pact is aimed at deterring
    Russia", "a treaty designed to deter North Korea"; not "aimed at deterring illegal fishing")?"""
    dm = _DETERRING.match(text, he, e)
    if dm is None:
        return False
    bm = _BLANKS_THE.match(text, dm.end())
    at = bm.end() if bm is not None else dm.end()
    h = hit_covering(hits, at)
    return h is not None and h.start == at


#: What makes an "agreement" a pact of alliance, right before it: "a (strategic) mutual defence agreement",
#: "a collective security agreement" (not "a defence cooperation agreement" nor "a trade agreement").
_MUTUAL_DEFENCE_MOD = regex.compile(r"(?i)\b(?:mutual|collective)\s+(?:defen[cs]e|security|assistance)\s+$")
#: A word in a capitalised name that no party's name has: "Arctic Security Alliance", "Northern Defence Bloc".
_ARMED_NAME_MOD = regex.compile(r"\b(?:Defen[cs]e|Military|Security|Mutual\s+Defen[cs]e|Treaty)\b")
#: What makes "union" a union of states: "a Gulf states union", "a regional defence union".
_UNION_MOD = regex.compile(
    r"(?i)\b(?:states|nations|countries|gulf|arab|regional|military|defen[cs]e|security|political)\s+$"
)
_UNITED_FRONT_MOD = regex.compile(r"(?i)\b(?:united|common|joint)\s*$")
_SO_CALLED = regex.compile(r"(?i)^\s*so-called\s+")
_SPACES = regex.compile(r"\s+")
#: Quote marks left out of a label; a straight apostrophe only at a word's edge ("'Russian'", not "Côte's").
_LABEL_QUOTES = str.maketrans("", "", '"‘’“”`«»')
_EDGE_APOSTROPHE = regex.compile(r"(?<!\w)'|'(?!\w)")
#: Led modifiers before the opening mark of a quoted name: 'US-led "', 'British- and French-led “'.
_LED_BEFORE_QUOTE = regex.compile(r"[^\p{Pi}\"]*?-(?:led|headed|backed|sponsored)\s+(?=[\p{Pi}\"])")
#: Two or more capitalised names joined by hyphens before the head ("Renault-Nissan-Mitsubishi alliance").
_NAMES_COMPOUND = regex.compile(r"\b\p{Lu}[\p{L}]++(?:-\p{Lu}[\p{L}]++)++\s")
#: A suspended hyphen before a led compound: "British- and French-led", "US- or UK-led".
_SUSPENDED_HYPHEN = regex.compile(r"(?P<dash>-)\s++(?:and|or|&)\s++(?:an?\s++|the\s++)?$", regex.IGNORECASE)
#: The rest of a quoted name after its head: ' of upheaval"' (a few words, then the closing mark).
#: The rest of a quoted name up to its closing mark; a stop before the mark only after words of the rest
#: ('the "coalition to defeat ISIL."', not 'a "coalition of the willing," he said').
_QUOTED_TAIL = regex.compile(r"(?:(?:\s+[\w\-’']+){1,7}?[.,]|(?:\s+[\w\-’']+){0,7}?)[\"”’»]")
_NAMING_BEFORE = regex.compile(r"(?i)(?:called|known\s+as|dubbed|named)\s+(?:the\s+)?$")
_LED_COMPOUND = regex.compile(r"(?i)(?P<x>[\w’']+)(?:-|\s)(?:led|dominated)\s")
_NEXT_WORD = regex.compile(r"\s+[\w\-]+")
#: The armed men an "X-aligned" phrase names after a modifier: "Iran-aligned Iraqi militias".
_ALIGNED_NOUN = regex.compile(
    r"\s++(?:militias?|militants?|rebels?|fighters?|forces|groups?|factions?|proxies|paramilitar(?:y|ies)"
    r"|insurgents?|gunmen)\b"
)
#: The close of a bracket around a second name, after a closing quote mark: ' (“Army of Conquest”)'.
_PAREN_CLOSE = regex.compile(r"[\p{Pf}\"'’”]?\)")
#: A second name of the same body after its first: ", or the", ", often called the", " (also known as ".
_OR_GAP = regex.compile(
    r"(?i),?\s+(?:or|(?:(?:often|also|sometimes|commonly|widely|informally|popularly)\s+)?(?:called|known\s+as"
    r"|dubbed|referred\s+to\s+as|nicknamed))\s+(?:the\s+)?"
)
_AND_OR_GAP = regex.compile(r"(?i)\s+(?:and|or)\s+")
_AND_OR_THE_GAP = regex.compile(r"(?i)\s+(?:and|or)\s+(?:the\s+)?")
_FORCES_AND_GAP = regex.compile(r"(?i)\s+(?:troops|forces|soldiers|armies|navies)\s+(?:and|or)\s+")
_NON_PREFIX = regex.compile(r"(?i)non[-\s]")
_LIST_JOINER_START = regex.compile(r"(?i)^\s*(?:,|and)\s*")
_PARENTHESIS = regex.compile(r"\(([^()]{3,200})\)")
_MEMBER_NOUN_AFTER = regex.compile(r"(?i)^\s+(?:members?|countries|states|nations)\b")
#: ... and "a CSTO member state", whose singular head is no plural of its own
_MEMBER_NOUN_END = regex.compile(
    r"(?i)(?:members?|member\s+(?:state|country|nation)|countries|states|nations"
    # a singular noun after a member modifier: "(an OSCE) participating state", "(ASEAN) claimant state"
    r"|(?<!\S)(?-i:\L<mods>)\s+(?:state|country|nation))$",
    mods=sorted(MEMBER_MODIFIERS, key=len, reverse=True),
)
#: What makes "X is/was ... <body>" no membership: a verb or a preposition between ("Brazil was reluctant
#: about inviting a Nato member"), not a founding or leading member.
_VERB_OR_TO = regex.compile(
    r"(?i)\b(?:to|for|about|with|from|against|\w+ed|(?!(?:found|lead|remain|exist)ing\b)\w{3,}ing)\b"
)
#: A noun after "X's <body>" that makes X an aspirant, not a member: "Turkey's Brics bid".
_ASPIRANT_AFTER = regex.compile(
    r"(?i)(?:\s+\w+)?\s+(?:bid|bids|application|accession|candidacy|ambitions?|aspirations?|hopes?|flirtation"
    r"|courtship|overtures?|tilt|pivot|drift|entry|push)\b"
)
_PART_OR_MEMBER_OF = regex.compile(
    r"(?i)part\s+of|members?\s+of|\b(?:last|final|first|only|latest|newest)\s+(?:one\s+)?of\b"
    r"|\b(?:country|state|nation|member|ally)\s+(?:in|of|among)\b"  # "was the last (country in) the alliance"
    r"|\bone\s+of\s*$"  # "Turkey was one of the 31 allies"
)
#: Parties to a treaty or pact: "A and B are bound by a defence treaty", "are signatories to the pact".
_BOUND_BY = regex.compile(
    r"(?i)\b(?:bound|linked|tied|allied)\s+(?:together\s+)?(?:by|through|under)\b|\b(?:part(?:y|ies)|signator(?:y|ies))\s+to\b"
)
_WORD_CHAR = regex.compile(r"\w")
#: A possessive at or right after the end of an actor's name, before a lower-case noun: the actor
#: qualifies a person or thing ("Japan's defence ministry spokesman", "Chile's envoy").
_LOWER_WORD_AFTER = regex.compile(r"\s+\p{Ll}[\p{Ll}\-]+(?=$|\s|[,.;:])")
_POSSESSOR = regex.compile(r"['’]s\s+(?:[\p{Ll}\-]+\s+){0,3}?\p{Ll}[\p{Ll}\-]+(?=$|\s|[,.;:])")
_MOVING = regex.compile(r"(?:mov|edg|inch|drift|head|gravitat)", regex.IGNORECASE)
#: (Not a relative pronoun right before the verb: "The Houthis, who are part of": the antecedent is
#: the subject.)
_CLAUSE_GAP = regex.compile(
    r"[.;:]|,\s*(?:who|while)\b"
    r"(?!\s++(?:(?:is|are|was|were|has|have|had)\s++)?(?:also\s++|now\s++|both\s++)?$)"
)
_WORD_AFTER_SPACE = regex.compile(r"\s+\w")
#: Nouns of a body of troops that serve in a force ("Kenyan troops", "soldiers from Chad").
_TROOP_NOUNS = r"(?:troops|soldiers|forces|contingents?|units|personnel|peacekeepers|sailors|marines)"
#: A body of troops a demonym qualifies, between it and a verb of serving: "(Kenyan) troops ".
_TROOP_NOUN_GAP = regex.compile(rf"(?i)\s+(?:{_TROOP_NOUNS}|battalions?)\s+")
#: Troops named by where they come from, right before that state: "troops from ", "soldiers from the ".
_TROOPS_FROM_BEFORE = regex.compile(rf"(?i)\b{_TROOP_NOUNS}\s+from\s+(?:the\s+)?$")
#: A verb of serving in a force or making it up, right after such troops: "serve in", "form the backbone
#: of", "make up the bulk of", "are part of", "joined".
_TROOPS_SERVE_VERB = regex.compile(
    r"""(?i)(?:(?:have|has|had)\s+)?(?:also\s+|now\s+|still\s+)?
        (?:serv(?:e|es|ed|ing)\s+(?:in|with)|(?:re-?)?join(?:s|ed)?|form(?:s|ed)?|ma(?:ke|kes|de)\s+up
          |(?:are|were|is|was)\s+(?:also\s+|now\s+|still\s+)?part\s+of)\b""",
    regex.VERBOSE,
)
_LIST_SEPARATOR = regex.compile(
    r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,|,?\s*and|,?\s*or|&)?\s*(?:the\s+)?(?:former\s+)?"
    r"|,\s*\p{Lu}\p{Ll}+,\s*"  # "Italy, Netherland, Norway": a name the gazetteer lacks stays in the list
)
_TIME_PREPOSITION_BEFORE = regex.compile(r"(?i)\b(?:since|than|after|before|until)\s+(?:the\s+)?$")
_WAR_VERB_BEFORE = regex.compile(r"(?i)\b(?:wag(?:e|es|ed|ing)|fight(?:s|ing)?|fought|led|leads|leading)\b")
_LED_BEFORE = regex.compile(r"(?i)(?:-|\s)(?:led|dominated|headed)\s+(?:[\w\-]+\s+)?$")
_ALLIES_MOD = regex.compile(r"(?i)western|arab|gulf|european|asian|nato|key|close")
_OUR_START = regex.compile(r"(?i)^our\s")

__all__ = ["find_coalitions"]

_MAX_SENTENCE = 800  # longer "sentences" are read in pieces (real news sentences are far shorter)
# Real news has at most 4 coalition mentions in a sentence (the dev sets and polnear_train); past these
# many trigger words or drafts the "sentence" is no prose ("coalition coalition ..."), and reading every
# one would make such a megabyte cost ~8x real news (benchmarks/bench_hostile.py).
_MAX_HEADS = 24
_MAX_DRAFTS = 12
# A text denser in coalition mentions than one every _DENSE_CHARS characters, past its first _DENSE_BASE
# (real news: a few an article; a dense communiqué, one a sentence), is no prose ("NATO and the alliance of
# ... " repeated): its further mentions are still found, without members, adversaries or kind, which would
# make such a megabyte cost over 5x real news (benchmarks/bench_hostile.py).
_DENSE_BASE = 200
_DENSE_CHARS = 80
_T = 1.0  # regex timeout (seconds) on caller text; a timeout costs one step, never the document
_SENT_BUDGET = 1.0  # seconds for all the sentence-end scans of a text, and more per character
_SENT_BUDGET_PER_CHAR = 2e-6

#: Organisation ids that are not coalitions (universal or humanitarian bodies).
_OUT_OF_SCOPE = frozenset(
    {"UN", "UNSC", "UNGA", "ICRC", "IFRC", "RED_CROSS", "WHO", "IAEA", "WTO", "IMF", "AMNESTY", "HRW", "MSF"}
    | {"UNHCR", "UNICEF", "WFP", "OCHA", "OHCHR"}
    | {"INTERPOL", "EUROPOL", "GAVI", "SAVE_THE_CHILDREN", "IRC", "OXFAM", "NRC", "AFRICA_CDC"}
)  # (bodies, but no blocs: agencies and humanitarian organisations)

_OF_GROUP = regex.compile(
    r"""\s+of\s+(?:the\s+)?(?:more\s+than\s+)?(?:[\w’'\-]+\s+){0,4}?(?P<noun>\L<nouns>)(?![\w-])""",
    regex.IGNORECASE,
    nouns=sorted(
        GROUP_NOUNS | NON_POLITICAL | {"resistance", "conquest", "aggression", "convenience"},
        key=len,
        reverse=True,
    ),
)
#: Firms, parties or other bodies no state is, closing the list after "between": "an alliance between
#: Bahraini and Saudi logistics companies", "a pact between the two ruling parties" (no possessive, no stop).
_BETWEEN_NON_POLITICAL = regex.compile(
    r"""\s+(?:between|among)\s+(?:[\w\-]+,?\s+){0,5}?(?P<noun>\L<nouns>)(?![\w-])""",
    regex.IGNORECASE,
    nouns=sorted(NON_POLITICAL, key=len, reverse=True),
)
#: Nouns of a standing body named again ("the bloc", "the council"): its chair is a member in office.
_STANDING_HEADS = frozenset(["bloc", "organisation", "organization", "council", "union", "community", "club"])
_LED_BY = regex.compile(
    r""",?\s*(?:(?P<rel>which\s+|that\s+)?(?P<be>is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:jointly\s+)?
          |(?P<modal>(?:would|will|could|might|may|should|must|can)\s+(?:(?:likely|probably|also|then|still
            |most\s+likely)\s+)?be)\s+(?:jointly\s+)?
          |(?:promoted|formed|created)\s+and\s+)?
        (?:(?:currently|now|also)\s+)?  # ", currently led by X"
        (?:led|headed|spearheaded|dominated|commanded|steered|helmed|(?P<chair>chaired|co-chaired)
           |(?P<co>co-led|co-headed|jointly\s+led|led\s+jointly))\s+
        (?:(?:this\s+year|in\s+\d{4}|since\s+\d{4})\s+)?by\s+""",  # ", chaired this year by X"
    regex.VERBOSE | regex.IGNORECASE,
)
#: The head of the state just named that leads or chairs a body: (Nigerian) " President Bola Tinubu",
#: (Nigeria)"'s president", "'s Prime Minister Ana Reyes"; the state is the leader, never the person.
_OFFICE_HOLDER_AFTER = regex.compile(
    r"""(?:['’]s)?\s+(?:(?i:acting|interim|then|current)\s+)?
        (?i:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|crown\s+prince
           |head\s+of\s+state|(?:foreign|defen[cs]e)\s+minister)\b
        (?:\s+\p{Lu}[\p{L}\-’'.]*+(?:\s+(?:da|de|del|dos|van|von|bin|al-)?\s*\p{Lu}[\p{L}\-’'.]*+){0,3})?
        (?=[\s,.;:)]|$)""",
    regex.VERBOSE,
)
#: An apposition after a named body that says who leads it: ", a network of armed groups led by ".
_APPOSITION_LED_BY = regex.compile(
    r"""[\p{Pf}"'’”]*,\s+(?:an?|the)\s+(?:[\w\-’']+\s+){0,6}?(?:(?:promoted|formed|created|founded)\s+and\s+)?
        (?:led|headed|spearheaded|dominated|(?P<chair>chaired|co-chaired))\s+by\s+""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A comma aside of what the mention is made of or when it was set up, then a finite verb of leading:
#: ", made up of troops from nine states, was led by ", ", which includes A, B and C, is commanded by ". The
#: leader is the predicate's, past the aside's own commas.
_ASIDE_THEN_LED_BY = regex.compile(
    r"""\s*,\s*(?:made\s+up\s+of|drawn\s+from|composed\s+of|comprising|consisting\s+of|formed|founded|created|set\s+up
          |launched|established|which|that|whose)\s[^.;:()\n]{0,100}?,\s*
        (?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:currently|now|jointly|initially)\s+)?
        (?:led|headed|spearheaded|commanded|(?P<chair>chaired))\s+by\s+""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A relative clause whose subject leads the mention: ", which " + "Washington" + " has led".
_WHICH = regex.compile(
    r"(?:,\s*(?:which|that)|\s+that)\s+(?:the\s+)?", regex.IGNORECASE
)  # (", which Washington has led", " that Riyadh leads")
#: A participle of a deed done to another, between a member cue and the first name after it: "(made up of
#: African nations) supporting (Somalia)", "backing", "fighting".
_OBJECT_PARTICIPLE = regex.compile(
    r"""(?i)\b(?:supporting|backing|aiding|helping|protecting|defending|fighting|battling|opposing|countering
        |assisting|training|arming|funding|propping\s+up|shoring\s+up)\b""",
    regex.VERBOSE,
)
#: A participle that ranks the clause's subject among a body's members, right before the body: ", becoming
#: the final country in the ", ", becoming the first member of ", ", the last state in the ".
_BECOMING_RANK_END = regex.compile(
    r"""(?i),\s*(?:becoming|making\s+it|and\s+(?:became|becomes|is|was))\s+the\s+
        (?:final|last|first|latest|newest|only|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+
        (?:(?:[\w\-]+\s+)?(?:country|state|nation|member(?:\s+state)?|ally))\s+(?:in|of|among)\s+(?:the\s+)?$""",
    regex.VERBOSE,
)
#: A participle of joining states after a body a subject joined, past a date: " in January, joining ", ",
#: joining fellow members ".
_JOINING_COMPANIONS = regex.compile(
    r"""(?i)(?:\s+(?:in|on|last|this|earlier)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?\s*,\s*joining\s+
        (?:(?:the\s+)?(?:fellow|existing|other|founding)\s+(?:members?\s+)?)?(?:the\s+)?""",
    regex.VERBOSE,
)
#: "with" opening the phrase of a leader at the mention's head: ", with (the) " + "Saudi Arabia at its head".
_WITH_AT_HEAD_OPEN = regex.compile(r"(?i)\s*,?\s*with\s+(?:the\s+)?")
_AT_ITS_HEAD = regex.compile(r"(?i)\s+(?:firmly\s+)?at\s+(?:its|the|their)\s+(?:head|helm)\b")
#: A relative clause with no pronoun right after the mention, up to its subject: " (Riyadh has led)".
_ZERO_RELATIVE = regex.compile(r"\s+(?=\p{Lu})")
_WHICH_REACH = 60  # how far after the mention its relative clause may open (", against ISIS, which ...")
_HAS_LED = regex.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:long\s+|since\s+)?(?:led|leads|headed|heads|spearheaded|spearheads)\b",
    regex.IGNORECASE,
)
#: The verb of a relative clause whose subject is two states or more: " lead", " have jointly led".
_HAVE_LED = regex.compile(
    r"\s+(?:have\s+|had\s+)?(?:long\s+|since\s+|jointly\s+)?(?:lead|led|head|headed|spearhead|spearheaded)\b",
    regex.IGNORECASE,
)
#: A relative clause right after the mention, up to its subject: ", which ", " that the ".
_WHICH_RIGHT_AFTER = regex.compile(r"\s*,?\s+(?:which|that)\s+", regex.IGNORECASE)
#: The verb of founding or joining after the subject of that clause: " formed", " have since joined".
_FORMED_IN_RELATIVE = regex.compile(
    r"""\s+(?:(?:has|have|had)\s+)?(?:(?:since|also|jointly|together|later|first|only)\s+)?
        (?:formed|founded|set\s+up|created|established|launched|(?:re-?)?joined
          # a threat or plan to leave, made from inside: "the CSTO, which Armenia has threatened to quit"
          |(?:(?:is|are|was|were)\s+)?(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|vot(?:e|es|ed|ing)|consider(?:s|ed|ing)?
            |mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\s+(?:to\s+)?(?:leave|leaving|quit|quitting|exit|exiting))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


def _formed_in_relative(text: str, e: int, d: _Draft, pos: int, after_hits: list[ActorHit]) -> None:
    """The states a relative clause right after the mention says formed or joined it are members: "The tank
    coalition, which Germany and Poland formed in 2023", "NATO, which Finland joined in 2023"."""
    actors, end = actor_list(text, pos, e, after_hits, first_gap=4)
    states = actors and all(a.type in ("state", "government") for a in actors)
    if states and _FORMED_IN_RELATIVE.match(text, end) is not None:
        d.members.extend(actors)


#: A dash aside of counted states and their leader: " - some 30 nations led by ", " — 12 states headed by ".
_COUNTED_ASIDE = regex.compile(
    r"""[\p{Pf}"'’”]*\s+(?:-|--|—|–)\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+)?
        (?:\d+|\L<counts>)\s+(?:[\w\-]+\s+)?(?:countries|nations|states|governments)(?P<by>\s+(?:led|headed|chaired|co-chaired)\s+by\s+)""",
    regex.VERBOSE | regex.IGNORECASE,
    counts=sorted(COUNT_WORDS),
)
#: A founder after the mention: ", initiated by China", "is being put together by France" (members, not
#: leaders: the annotation's "founded by" rule).
_FOUNDED_BY = regex.compile(
    r"""[\p{Pf}"'’”]*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|were|has\s+been|had\s+been)\s+(?:being\s+)?)?
        (?:(?:originally|jointly|first)\s+)?
        (?:founded|co-founded|initiated|formed|created|assembled|established|set\s+up|launched|built|forged
           |put\s+together|signed)
        \s+(?:(?:in|at)\s+(?:\d{4}|\p{Lu}[\w\-]+)\s+){0,2}by\s+
        # the states through their rulers: "formed by the juntas of", "by the leaders of"
        (?:the\s+(?:[\w\-]+\s+)?(?:governments|leaders|juntas|presidents|heads\s+of\s+state|rulers|regimes)
           \s+of\s+)?""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A joining told in the passive right after the mention: " was later joined by ", ", joined last year by ",
#: " has since been joined by ".
_JOINED_BY = regex.compile(
    r"""[\p{Pf}"'’”]*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|were|has|have|had)\s+)?
        (?:(?:later|since|also|soon|now|quickly|then)\s+)?(?:been\s+)?(?:(?:later|since|also|soon|then)\s+)?
        joined\s+(?:(?:in|on)\s+(?:\d{4}|\p{Lu}[\w\-]+)\s+|(?:last|this|the\s+following|the\s+next)\s+
           (?:year|month|week|spring|summer|autumn|winter)\s+|(?:a\s+)?(?:year|month|decade)s?\s+later\s+){0,2}
        by\s+""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ACRONYM_PAREN = regex.compile(r"\s*\([^()]{1,60}\)")
_ORG_TAIL = regex.compile(
    r"\s+(?:(?:regional|security|economic|military|political|trade)\s+)?"
    # longest first: "member states" before "member", else "CSTO member states" stops at "member"
    r"(?P<w>member\s+(?:states?|countr(?:y|ies)|nations?)|bloc|alliance|group|grouping|club|organi[sz]ation|partnership"
    r"|pact|members?|countries|states|nations"
    # a part of the members, named by lower-case words of the lexicon: "ASEAN claimant states", "NATO
    # eastern flank states"
    r"|(?:(?-i:\L<mods>)\s+){1,2}(?:members?|countr(?:y|ies)|states?|nations?))\b",
    regex.IGNORECASE,
    mods=sorted(MEMBER_MODIFIERS, key=len, reverse=True),
)
#: A bloc's head right after an "anti-" body: "(anti-NATO) alliance", "(anti-EU) bloc".
_FOE_OF_HEAD = regex.compile(
    r"\s+(?:(?:regional|security|economic|military|political|trade|defen[cs]e)\s+)?"
    r"(?:blocs?|alliances?|coalitions?|axis|pacts?|fronts?|groupings?|partnerships?|camp|club)\b",
    regex.IGNORECASE,
)
_ORG_LEFT = regex.compile(
    r"(?i)(?:\b(?:the|a|an)\s+)?(?:so-called\s+)?(?:\b(?:\d+|\w+)[-\s](?:nation|member|state|country)\s+)?"
    r"(?:\b(?:fellow|non|former)[-\s])?[‘“'\"]?$"
)
_ORG_LEFT_QUOTES = "‘“'\""
_ORG_RIGHT_QUOTES = "’”'\""
#: A named format of a body after its name: " Minsk Group", " Contact Group", " Special Monitoring Mission".
_SUB_BODY = regex.compile(
    r"\s+(?:\p{Lu}[\p{L}\-]+\s+){1,3}(?:Group|Contact\s+Group|Mission|Format|Task\s+Force)\b"
)
_FORCE_TAIL = regex.compile(
    r"\s+(?:(?:naval|military|peacekeeping|maritime|training|border|monitoring|task)\s+)?(?:mission|force|operation)\b",
    regex.IGNORECASE,
)
_APPOSITION = regex.compile(
    r"^[\p{Pf}\"'’”]*\s*(?:,|—|–|--|:|\s-\s)[\p{Pf}\"'’”]*\s*$"
    r"|^\s*(?:,|—|–|--)?\s*(?:which\s+is\s+)?(?:called|known\s+as|dubbed|named|officially\s+known\s+as)"
    r"\s+(?:the\s+)?[‘“'\"]?$"
    # ", the world's largest ", ", the region's oldest ": a superlative the mention's noun phrase leaves out
    r"|^\s*(?:,|—|–|--)\s*(?:the\s+)?(?:(?:world|region|continent|planet|globe)['’]s\s+)?"
    r"(?:\w+est|most\s+\w+|only|first|main|leading|premier)\s+$",
    regex.IGNORECASE,
)
_MEMBER_CUE = regex.compile(
    r"""(?:[^.;()]{0,50}?)\b(?:including|includes|included|include|such\s+as|made\s+up\s+of|composed\s+of|
        comprising|comprises|comprise|comprised\s+of|comprised|consists\s+of|consisting\s+of|consisted\s+of|groups|grouped|
        grouping(?!\s+(?:of|is|was|has|had|will|would)\b)|
        (?:would|will|could|might)\s+(?:have\s+)?(?:group(?:ed)?|include(?:d)?|unite(?:d)?|comprise(?:d)?
           |(?:bring|brought)\s+together)|
        co-(?:chaired|led|hosted|founded|sponsored)\s+by|
        particularly|notably|namely|among\s+them|among\s+whom|are|were|signed\s+by(?:\s+the\s+leaders\s+of)?
        # "a force led by Poland, with troops from A and B" (read on by _TROOPS_FROM)
        |with(?=\s+(?:troops|soldiers|forces|contingents|personnel|units|police|officers|warships)\s+from\b)
        # "The SADC mission drew troops from A, B and C"
        |(?:draws|drew|drawn|drawing|draw)(?=\s+(?:troops|soldiers|forces|contingents|personnel|units|police
           |officers|warships)\s+from\b)
        # "The EAC regional force, drawn from A, B and C": a force's states after the participle alone
        |(?:drawn|recruited)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?from
        # "had eight members: A, B", "has three member states -- A, B and C"
        |(?:has|had|have|counts|counted)\s+(?:[\w\-]+\s+){0,2}?(?:members|member\s+states|countries|states|nations)
         (?=\s*(?:[:—–]|--))
        |(?:brings?|brought|bringing)\s+together|unites|uniting|(?:began|begun|started)\s+(?:out\s+)?with
        # "which counts A, B and C among its members", "among its 10 members", "among its founding members"
        |(?:counts|counted)(?=\s[^.;:]{1,120}?\bamong\s+(?:its|their)\s+(?:(?!former|ex-|past)[\w\-]+\s+){0,2}?
           (?:members|member\s+states|ranks|founders)\b)
        |(?:(?:has|have|had)\s+)?(?:since\s+|also\s+|recently\s+|formally\s+|officially\s+|finally\s+)?
         (?:added|admitted|re-?admitted
           # "took in Indonesia as a full member": only with the membership said ("took in refugees" is none)
           |(?:took|takes|taken|taking)\s+in(?=\s[^.;]{1,80}?\bas\s+(?:(?:an?|its|the)\s+)?(?:[\w\-]+\s+){0,2}?members?\b))
        |expanded\s+(?:(?:(?:in|on|from|since)\s+[\w\-]+(?:\s+\d{4})?|(?:last|this|next)\s+\w+|again|further)\s+)?
         to\s+(?:take\s+in|include|admit))\b\s*(?:[\w\-]+\s+){0,4}?(?:[:—–-]|--)?""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A member cue that is only "are" or "were" and up to four words after it ("The allies are ", " were
#: mainly ").
_BARE_BE_CUE = regex.compile(r"(?i)[^.;()]{0,50}?\b(?:are|were)\b\s*(?:[\w\-]+\s+){0,4}?(?:[:—–-]|--)?")
#: A predicate of attitude or relation between "are"/"were" and the actor after it, that ends in a
#: preposition: " are wary of ", " were worried about ", " are critical of ", " are close to ", " were
#: angry with " (the actor is what the subject feels about or stands to, not one of its members; "made up
#: of" is a cue of its own, and "from" names where members come from).
_BE_PREDICATE_PREP = regex.compile(
    r"""(?i)\b(?:are|were)\s+(?:(?!made\b|composed\b|comprised\b|mostly\b|mainly\b)[\w\-]+\s+){1,3}
        (?:of|about|at|with|to|towards?|on|over|against|for|by|in)\s+(?:the\s+)?[^\s]*$""",
    regex.VERBOSE,
)
#: A member cue denied: "does not include", "no longer groups", "never comprised", "doesn't count".
_DENIED_CUE = regex.compile(
    r"(?i)(?:\b(?:not|no\s+longer|never)|n['’]t)\s+(?:(?:yet|even|also|now)\s+)?"
    r"(?:include|includes|included|comprise|comprises|comprised|group|groups|grouped|count|counts|unite)\b"
)
#: Member cues that attach to the noun right before them ("groups such as", "rebels including"), and
#: "groups" as that noun ("militant groups"), not the verb.
_NOUN_CUE = regex.compile(
    r"\b(?:including|such\s+as|particularly|notably|namely)\b|\b\p{Ll}+\s+groups\b", regex.IGNORECASE
)
#: A verb of linking right after a mention: ", which links ", " linking ".
_LINKING = regex.compile(
    r"""[\p{Pf}"'’”]*,?\s*(?:(?:which|that)\s+)?
        (?:links?|linked|linking|connects?|connecting|ties|tying|joins|joining
           |(?:(?P<extent>stretching|ranging|running|extending|reaching)\s+)?(?P<from>from))\s+""",
    regex.IGNORECASE | regex.VERBOSE,
)
_FROM_TO = regex.compile(r"\s*(?:,\s*)?(?:all\s+the\s+way\s+)?to\s+(?:the\s+)?", regex.IGNORECASE)
_LINK_TO = regex.compile(r"\s*(?:to|with|and)\s+(?:the\s+)?", regex.IGNORECASE)
#: A relative clause that names the mention's members before its verb: ", of which ", ", of which the ".
_OF_WHICH = regex.compile(r"(?i),\s*(?:(?:of|in)\s+which|where)\s+(?:the\s+)?")
#: The verb of that clause that makes its subject members: " are members", " is also a founding member",
#: " are also part" (not " is critical", " was wary").
_MEMBERS_PREDICATE = regex.compile(
    r"""(?i)\s+(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|became|become)\s+
        (?:(?:also|still|now|all|both|already|long)\s+)*(?:an?\s+)?
        (?:(?:founding|full|key|leading|original|active)\s+)?(?:members?|part)\b
      # "in which Pakistan and India both sit": the verb of a seat at the body's table
      |\s+(?:(?:also|still|now|all|both)\s+)?(?:sit|sat|participate|take\s+part)\b""",
    regex.VERBOSE,
)
#: A format, platform or initiative apposed to a body's name and the states it is of: ", a trilateral
#: format of ", ", an initiative of ", ", a cooperation platform for ", ", a regional forum uniting "; and
#: the treaty or pact the body's name stands for: "ANZUS, the 1951 treaty linking ", ", a pact between ".
_APPOSED_FORMAT = regex.compile(
    r"""(?i),\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?
        (?:format|platform|initiative|forum|mechanism|framework|treaty|pact|accord|alliance|partnership)
        \s+(?:of|for|between|linking|uniting|joining|binding|bringing\s+together)\s+(?:the\s+)?""",
    regex.VERBOSE,
)
#: A list apposed to a body's name that opens with "the" and a name: ", the Czech Republic, Poland".
_THE_LIST_APPOSED = regex.compile(r"(?:\s+partners)?,\s+the\s+(?=\p{Lu})")  # (" partners, the US, ...")
#: What closes an apposed list: a comma or a dash.
_LIST_CLOSE = regex.compile(r"\s*(?:,|—|–|--|\s-\s)")
#: The office-holders of a body right after its name, then "from": " foreign ministers, from ", " leaders
#: from ", " defence chiefs from the ".
_ENVOYS_FROM = regex.compile(
    r"""(?i)\s+(?:(?:foreign|defen[cs]e|finance|trade|energy|economy|interior|prime|deputy|senior|top)\s+)?
        (?:ministers|leaders|heads\s+of\s+(?:state|government)|presidents|envoys|delegates|delegations
        |diplomats|negotiators|chiefs|officials|lawmakers|parliamentarians)
        \s*,?\s+from\s+(?:the\s+)?""",
    regex.VERBOSE,
)
#: A second list of members after a first: ", has since added C and D", "and later admitted C".
_MORE_MEMBERS = regex.compile(
    r"""[\p{Pf}"'’”]*,?\s*(?:and\s+)?(?:(?:has|have|had)\s+)?(?:since\s+|also\s+|later\s+|recently\s+)?
        (?:added|admitted|re-?admitted|taken\s+in|took\s+in
           |expanded\s+(?:(?:(?:in|on|from|since)\s+[\w\-]+(?:\s+\d{4})?|(?:last|this|next)\s+\w+|again|further)\s+)?
            to\s+(?:take\s+in|include|admit))\s+
      | ,?\s+(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+  # "C alongside its founders A, B"
        (?:(?:its|their|the)\s+(?:(?:five|four|three|six|two|original|founding|older|existing|first)\s+)?
          (?:founders|founding\s+members|members|core)\s+(?:,\s*)?)?""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The opening of an aside right after a mention, up to a later mention inside it: ", involving 19 EU ".
_ASIDE_OPEN = regex.compile(r"(?P<o>,|—|–|\()[^,;—–()]*+$")
#: A relative clause opened after a comma and still open before a mention: ", which is not part of ".
_RELATIVE_OPEN = regex.compile(r"(?i)(?<=\w),\s*(?:which|who)\s[^,;:—–()]*+$")
#: A description closed by a colon after a member cue: "includes these Central Asian states: ".
_COLON_AFTER = regex.compile(r"[^:.;()\p{Lu}]{0,60}?[\w\s]:\s*+")
#: The same after a place phrase: "The NATO force in the Baltic, drawing on 12 ".
_PLACE_THEN_ASIDE = regex.compile(
    r"\s+(?:in|at|on|off|near)\s+[^,;—–()]{1,40}?(?P<o>,|—|–|\()[^,;—–()]*+$", regex.IGNORECASE
)
#: An aside that a member cue may follow: ", set up in 2002 in Moscow, ".
_ASIDE = regex.compile(r"\s*(?:,[^,.;()]{1,80},|\s[—–]\s[^.;()—–]{1,80}\s[—–]|\s--\s[^.;()]{1,80}?\s--)\s*")
#: Troops named by where they come from after a member cue: "made up of troops from ".
_TROOPS_FROM = regex.compile(
    r"(?i)(?:troops|soldiers|forces|contingents|personnel|units|police|officers|warships|ships|vessels)\s+"
    r"(?:from|of)\s+(?:the\s+)?"
)
#: The last item of a member list that names its own examples: " and militias in Iraq such as ".
_NESTED_EXAMPLES = regex.compile(
    r"(?i),?\s+(?:and|or|as\s+well\s+as)\s+(?:[\w\-’']+\s+){1,4}?(?:such\s+as|including|like|notably)\s+(?:the\s+)?"
)
#: The members of the mention in a clause of their own after it: "; its members include ".
_ITS_MEMBERS = regex.compile(
    r"""(?i)[;,—–]\s*(?:and\s+|but\s+)?(?:its|their)\s+(?:(?:current|founding|full|other|core|\d+|\w+)\s+)?
        members?\s+(?:now\s+|also\s+)?(?:include|includes|included|are|were|comprise|number)\s+(?:[\w\-]+\s+){0,3}?""",
    regex.VERBOSE,
)
#: The same opening of the sentence after the mention's: "The AES met in Niamey. Its members include", or
#: the mention's pronoun with a verb of composition: "It includes", "It groups", "It is made up of".
_NEXT_ITS_MEMBERS = regex.compile(
    r"""[^\S\n]*+(?:\n[^\S\n]*+)?
        (?:(?:Its|Their)\s++(?:(?:current|founding|full|other|core|\d+)\s++)?
           members?\s++(?:now\s++|also\s++)?(?:include|includes|included|are|were|comprise)
         |It\s++(?:(?:now|also|currently)\s++){0,2}
           (?:includes|included|groups|grouped|comprises|comprised|brings\s++together|brought\s++together
            |unites|united|consists\s++of|consisted\s++of|(?:is|was)\s++(?:made\s++up|composed)\s++of))
        \s++""",
    regex.VERBOSE,
)
#: A list before the mention that the clause adds to its members: "In addition to A and B, the CSTO has".
_LIST_BEFORE = regex.compile(
    r"^\s*(?:in\s+addition\s+to|along\s+with|besides|apart\s+from|as\s+well\s+as|together\s+with)\s+",
    regex.IGNORECASE,
)
#: Cues after the mention that make a list before it its members: "... the coalition includes", "are part of".
_INCLUDES = regex.compile(
    r"^\s*(?:includes|included|comprises|comprised|counts|also\s+includes|are\s+(?:also\s+)?part\s+of|"
    r"(?:are|were)\s+(?:also\s+)?members)\b",
    regex.IGNORECASE,
)
#: A list that closes the clause after a dash or colon: "... have cut ties with Doha – A, B and C."
_TRAILING_LIST = regex.compile(r"(?:\s[—–-]|\s--|:)\s+")
#: A mention inside "N of the M members of": the members listed later in the sentence are a subset.
_SUBSET_OF = regex.compile(r"\b(?:of\s+the\s+)?(?:[\w-]+\s+)?members?\s+of\s+(?:the\s+)?$", regex.IGNORECASE)
_LED_LEFT = regex.compile(r"[-\s](?:led|dominated|headed)\s+(?:the\s+)?[‘“'\"]?$", regex.IGNORECASE)
#: "al-Qaeda's Nusra Front": the possessor only locates the group that follows.
_LOCATOR_POSSESSIVE = regex.compile(r"['’]s\s+\p{Lu}")
#: "against the jihadi group": an armed group named earlier in the sentence.
_GROUP_ANAPHOR = regex.compile(
    r"(?:(?<=\b(?:the|this|that)\s)|(?:the|this|that)\s+)"
    r"(?:(?:remaining\s+|last\s+)?(?:elements|remnants|fighters|members|cells|ranks)\s+of\s+the\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:group|militants|militia|jihadists?|extremists|terrorists)\b",
    regex.IGNORECASE,
)
#: A war and its target elsewhere in the sentence: "the war on Iraq", "the conflict with Iraq".
_WAR_ON = regex.compile(
    r"\b(?:war|wars|campaign|offensive|conflict|confrontation|invasion|strikes|attacks)\s+"
    r"(?:on|against|with|of)\s+(?:the\s+)?",
    regex.IGNORECASE,
)
_WAR_HEADS = frozenset({"coalition", "coalitions", "allies", "alliance", "force", "forces", "operation"})
_POSSESSIVE_GAP = regex.compile(r"['’]s\s+")
_IMMEDIATE_LIST = regex.compile(
    r"""\s*(?:(?:partners|members|member\s+states|allies|countries|nations  # "NATO members - A, B"
            |(?<=\bmember\s+)(?:states|countries|nations))
           (?=\s*(?:[:—–]|--|\s-\s))
         # the noun after a mention that ends in "member": "(ASEAN member) states Indonesia, Malaysia",
         # "(the EU member) state Hungary"
         |(?<=\bmember\s+)(?:states?|countries|country|nations?)\s+(?=(?:the\s+)?\p{Lu}))?
        (?:\s*(?:[:—–]|--|(?<=\s)-(?=\s))\s*(?:the\s+)?|,\s+(?:particularly|notably|namely|including)\s*|\s*)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A membership still to come in a member cue: "could expand to include", "plans to include"; ``grow`` is a
#: verb of growing before "include" ("may grow to include").
_FUTURE_CUE = regex.compile(
    r"""(?i)\b(?:could|would|might|may|will|shall|should|(?:plans?|planning|seeks?|seeking|wants?|hopes?|aims?
        |set|expected|poised|likely)\s+to)\b(?:.*\b(?P<grow>(?:expand|grow|widen|enlarge|broaden)\s+to)\b)?""",
    regex.VERBOSE,
)
#: A body's members, possessed and named right after it: "NATO's Nordic members Finland and Sweden", "the EU's
#: Baltic member states Estonia, Latvia and Lithuania" (not its "allies" or "partners", who are not members).
_POSSESSED_MEMBERS = regex.compile(
    r"""['’]s\s+(?:[\w\-]+\s+){0,3}?(?:members|member\s+(?:states|countries|nations)|countries|states|nations)
        \s+(?:the\s+)?(?=\p{Lu})
      # the members counted or ranked, then named in apposition: "the bloc's three members, Mali, ...",
      # "OPEC's two biggest producers, Saudi Arabia and Iraq," (not "former" ones)
      |['’]s\s+(?:(?!(?:former|ex|would-be|aspiring|candidate|prospective|future|potential|suspended|non|rival
                      |neighbou?ring|partner|enemy|hostile|outside)\b)
                 [\w\-]+\s+){0,3}?(?:members|member\s+(?:states|countries|nations)|countries|states|nations
                                   |economies|producers|powers)
        # a comma or a dash: "the GCC's six member states — A, B", "the Quad's members - A, B" (a spaced
        # hyphen is the wire's dash)
        (?:\s*(?:,|—|–|--)|\s+-)\s*(?:the\s+)?(?=\p{Lu})
      # one member named in apposition: "the EAC's newest member, Somalia," (not "former", "would-be" ones)
      |['’]s\s+(?:(?!(?:former|ex|would-be|aspiring|candidate|prospective|future|potential|suspended)\b)
                 [\w\-]+\s+){0,2}?member(?:\s+(?:state|country|nation))?\s*,\s*(?:the\s+)?(?=\p{Lu})""",
    regex.VERBOSE,
)  #: The heads of a definite mention whose members it may possess: "the alliance's eastern flank states".
_POSSESSING_HEADS = frozenset(
    {"alliance", "bloc", "coalition", "union", "organisation", "organization", "group"}
)

#: A hyphen joining the mention's last word to the next: "EU-China (deal)".
_HYPHEN_JOINED = regex.compile(r"-\p{L}")
_OPENING_DASH = regex.compile(r"—|–|--|(?<=\s)-(?=\s)")  # the dash that opens a list set off by dashes
#: A list item and its comma right before a mention: "the US, " in "The US, EU, UN and Russia".
_LIST_ITEM_BEFORE = regex.compile(r"\p{Lu}[\p{L}.&-]*+,\s++$")
_BETWEEN = regex.compile(r"\s*(?:between|with|among)\s+", regex.IGNORECASE)
#: The speaker as the first of a pair after "between" or "with": "us and (the) ", "me and ".
_US_AND = regex.compile(r"(?:us|me)\s+and\s+")
#: "between" after the closing mark of a quoted mention: "there is “no military alliance” between A and B".
_QUOTED_BETWEEN = regex.compile(r"[\"”’'»]\s*+(?:between|with)\s++", regex.IGNORECASE)
#: "an alliance of Iran and Syria": "of" right after a coalition noun, before a list of named actors.
_OF_LIST = regex.compile(r"\s+of\s+", regex.IGNORECASE)
#: "of" and a gerund after a noun: "(accuses the bloc) of having become", "of imposing".
_GERUND_AFTER_OF = regex.compile(r"(?i)\s+of\s+\p{L}+ing\b")
#: A verb of accusing or blaming whose object the mention is: "accuses the regional organisation".
_ACCUSING_BEFORE = regex.compile(
    r"(?i)\b(?:accus|blam|suspect|criticis|criticiz|condemn|charg|convict|praise|credit|thank)\w*\s+"
    r"(?:[\w\-]+\s+){1,4}$"
)
#: What ends an "of" list that only qualifies a noun after it: "of Iran's allies", "of Iran-backed
#: militias", "of Syria rebel groups", "of US and British troops".
_OF_LIST_NOUN_AFTER = regex.compile(
    r"""['’]s\b|-
        |\s+(?:[\w\-]+\s+)?(?:\L<nouns>|troops|proxies|officials|governments?|militants|fighters|soldiers)\b""",
    regex.VERBOSE | regex.IGNORECASE,
    nouns=sorted(GROUP_NOUNS, key=len, reverse=True),
)
#: The heads whose "of" names their members ("a coalition of A and B"); not "a force of 5,000 troops".
#: A count of more members after the named ones of an "of" list: " and 20 other nations", ", and some 30
#: other countries", " and ten allies".
_AND_COUNTED_OTHERS = regex.compile(
    r"""(?i)\s*,?\s+and\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+
        (?:other\s+)?(?:countries|nations|states|allies|partners)\b""",
    regex.VERBOSE,
)
#: The rest of a surface after its head that ends in such a count: " of Britain and 10 other countries".
_OF_COUNTED_TAIL = regex.compile(
    r"""(?i)\s+of\s+[^.;:()]{1,120}?\s+and\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?
        (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:countries|nations|states|allies|partners)""",
    regex.VERBOSE,
)
_OF_LIST_HEADS = frozenset(HEADS["strong"] | {"group", "grouping", "club", "network"})
#: Group nouns that name a coalition when states follow: "a grouping of A, B and C", "a group of eight
#: countries, led by Poland".
_GROUPING_HEADS = frozenset({"group", "grouping", "club"})
#: "of the" and an adjective used as a noun, ending the phrase: "a coalition of the worried" (the pattern of
#: "the coalition of the willing"), not "of the three coastal states".
_OF_THE_ADJECTIVE = regex.compile(
    r"""\s+of\s+the\s+\p{Ll}+(?:ed|ing|ful|ous|ive|ent|ant|ible|able)\b(?!-)
        (?![\s]+(?!(?:against|in|on|to|for|with|and|or|that|which|who|is|are|was|were|has|have|had|will|would
                   |could|may|might|from|at|by|led|inside|within|across)\b)\p{Ll})""",
    regex.VERBOSE,
)
#: Heads of a bond between two parties ("its treaty with X"), and the gap before the second.
_PARTNER_HEADS = frozenset({"alliance", "pact", "treaty", "pacts", "alliances"})
_WITH_GAP = regex.compile(r"\s+with\s+(?:the\s+)?", regex.IGNORECASE)
_IN_THE = regex.compile(r"\s+in\s+(?:the\s+)?", regex.IGNORECASE)
_WITH_PARTNER = regex.compile(r"\swith\s", regex.IGNORECASE)
#: A party's verb toward a pact with the partner named after "with": its subject is the other party when
#: it negotiates, discusses or weighs the pact or rules it out ("Tehran rules out military pact with Moscow").
#: Not when it wants or seeks one: "Washington wants an alliance with Gulf states" may be one it would
#: sponsor, not join.
_PARTY_VERB = regex.compile(
    r"""\b(?P<v>reject(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out|den(?:y|ies|ied|ying)|negotiat(?:e|es|ed|ing)
        |discuss(?:es|ed|ing)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|explor(?:e|es|ed|ing)
        |finali[sz](?:e|es|ed|ing)|seal(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|play(?:s|ed|ing)?\s+down
        |downplay(?:s|ed|ing)?)
        (?P<tail>(?:\s+(?:any|the\s+idea\s+of|talks\s+on|a|an|new|formal|possible
          # what the denial is of: "dismissed reports of (a secret alliance)", "rejected claims that it had
          # entered (a pact)"
          |(?:reports|claims|talk|rumou?rs|suggestions|speculation|allegations|accusations)\s+
           (?:of|about|that\s+(?:it|they)\s+(?:had|has|have|was|were)\s+(?:entered(?:\s+into)?|joined|formed
              |signed|sealed|agreed(?:\s+to)?)))){0,3})\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_OF_PARTNERS = regex.compile(r"(?i)\s+of\s+(?:[\w\-]+\s+)?(?:allies|partners|proxies|militias|clients)\b")
_OF_COUNTRIES = regex.compile(
    r"(?i)\s+of\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?"
    r"(?:\d+|\L<counts>)\s+(?:[\w\-]+\s+)?(?:countries|states|nations|governments)\b"
    r"(?P<led>,?\s+(?:led|headed|chaired|co-chaired)\s+by\s+)?",
    counts=sorted(COUNT_WORDS),
)
#: A group named by a noun closing a list of partners: "between Russia and these regional countries", "and the
#: Sahel states".
_GROUP_CONJUNCT = regex.compile(
    r"\s*+,?\s*+(?:and|or)\s++(?:(?:these|those|the|its|their|our|both|the\s++two|our\s++two)\s++"
    r"(?:[\w\-]+\s++){0,2}?"
    # no determiner: a capitalised region or demonym first ("and Gulf states", "and several Arab states")
    r"|(?:(?:several|some|other|many|most|two|three|four|five)\s++)?(?-i:\p{Lu})[\w\-]*+\s++(?:[\w\-]+\s++)?)"
    r"(?:countries|states|nations|allies|powers|juntas|governments|partners|neighbou?rs"
    r"|regimes)\b",
    regex.IGNORECASE,
)
_ANAPHORIC_GROUP = regex.compile(
    r"^(?:these|those|the\s+two|both|our\s+two)\s+(?:[\w\-]+\s+){0,2}?(?:countries|states|nations|allies|powers)\b",
    regex.IGNORECASE,
)
_SUBJECT_VERB = regex.compile(
    r"""\b(?P<v>(?:is|are|was|were|been|became|become|becomes|remains?|remained|(?<=,\s)as(?=\s+(?:an?|the)\s))
          # "describe themselves as part of": a self-description is the copula's claim
          |(?:describ(?:e|es|ed)|sees?|saw|consider(?:s|ed)?|regard(?:s|ed)?)\s+(?:themselves|itself)(?:\s+as)?
          |(?:(?:re-?)?joined|(?:re-?)?joins|joining|signed\s+up\s+to\s+join|acceded|(?:re-?)?admitted
             |(?:took|takes|taken)\s+part|participated)
          |(?:make\s+up|makes\s+up|forms?|formed|forming|(?:co-?)?found(?:ed|s)|create[sd]?|creating|cement(?:s|ed|ing)?|forge[sd]?|forging|build(?:s|ing)?|built
             |establish(?:es|ed|ing)?|set\s+up|launch(?:ed|es)?|signed|(?<!\b(?:an?|the)\s)signs?|develop)
          |(?:(?:collectively\s+)?known\s+as)
          # "Moscow and Tehran had (a military alliance)": right before an indefinite mention only
          |ha(?:ve|s|d)(?=\s*$))
        # up to five words, or up to seven ending "members of": "is one of the five founding members of"
        (?P<tail>(?:\s+[\w\-’']+){0,5}?|(?:\s+[\w\-’']+){4,5}\s+members?\s+(?:of|in))\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_CREATE_VERB = regex.compile(
    r"""\b(?P<v>(?:re-?)?joined|(?:re-?)?joins|joining|signed\s+up\s+to\s+join|(?:took|takes|taken)\s+part|participated|make\s+up|makes\s+up|assembl(?:e|es|ed|ing)|forms?|formed|forming|(?:co-?)?found(?:ed|s)|create[sd]?|creating
          |cement(?:s|ed|ing)?|forge[sd]?|forging|build(?:s|ing)?|built|establish(?:es|ed|ing)?|set\s+up
          |launch(?:ed|es)?|announc(?:e|es|ed)|signed|signing|(?<!\b(?:an?|the)\s)signs?|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?|develop
          |(?:collectively\s+)?known\s+as
          |(?:stop(?:s|ped)?|f[ae]ll(?:s|en)?)\s+short\s+of|(?:mov|edg|inch)(?:e|es|ed|ing)\s+(?:closer\s+)?to(?:wards?)?
          # the name withheld by its owners: "A and B avoided calling (their ties an alliance)", "refrained
          # from calling", "declined to call"
          |(?:avoid(?:s|ed)?|refrain(?:s|ed)?\s+from|(?:refus|declin)(?:es|ed)\s+to)(?=\s+(?:call|term|dub|label)\w*\s)
          # "A and B may be drifting towards an alliance", "are heading towards", "gravitate toward"
          |(?:drift(?:s|ed|ing)?|head(?:s|ed|ing)|gravitat(?:e|es|ed|ing)|slid(?:e|es|ing)?)\s+(?:closer\s+)?
           (?:to|towards?|into))
        (?P<tail>(?:\s+[\w\-’']+){0,5}?)\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: What may stand between "announced" and a new mention it makes: "(announced) the formation of".
_ANNOUNCED_TAIL = regex.compile(
    r"(?i)(?:\s+(?:the\s+)?(?:formation|creation|launch|establishment|birth)\s+of)?"
)
#: A comma aside between a subject and its verb: "Japan, together with regional partners, is assembling".
_SUBJECT_ASIDE = regex.compile(
    r"\s*,[^,.;:()\p{Pi}\p{Pf}\"]{1,60}"
    # a list of names inside the aside: ", which was blockaded by Saudi Arabia, the UAE and Egypt,"
    r"(?:,\s+(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}[^,.;:()\p{Pi}\p{Pf}\"]{0,40}){0,6}"
    r",\s*(?:(?:is|are|was|were|has|have|had|will|would)\s+(?:been\s+|be\s+)?)?"
    r"(?:(?:recently|formally|officially|finally|also|later|then|already)\s+)?"  # ", ..., recently joined"
)
#: What may end a subject list after its last named actor: "A, B and the two Caucasus states jointly form",
#: "A and a dozen Latin American states formed", "A and a handful of European countries joined".
_SUBJECT_TAIL = regex.compile(
    r"""(?:\s*,?\s+and\s+(?:the\s+)?
          (?:(?:about|some|nearly|almost|roughly)\s+)?(?:an?\s+(?:dozen|handful|few|number|host)\s+(?:of\s+)?
             |(?:dozens|scores)\s+of\s+)?
          (?:[\w\-]+\s+){0,3}?(?:states|countries|nations|republics|monarchies))?
        (?:\s+(?:now|also|already|together|jointly|effectively|increasingly))*\s*""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The words and blanks that end a text, read on the reversed text: the end-anchored subject and member
#: patterns below match only such characters, so their search starts where this run does.
_WORD_RUN = regex.compile(r"[\w\s\-’']*+")
#: A standing body joined by the subject right before it: "Finland joined NATO", "acceded to the WTO".
_JOINED_BEFORE = regex.compile(
    r"""\b(?:(?:re-?)?joined|(?:re-?)?joins|has\s+(?:re-?)?joined|have\s+(?:re-?)?joined|acceded\s+to
        |(?:was|were|been)\s+(?:re-?)?admitted\s+(?:to|into)
        # taking part: "Sudan and Jordan took part in (the first weeks of) Operation X"
        |(?:took|take|takes|taking|(?:has|have|had)\s+taken)\s+part\s+in
         (?:\s+the\s+(?:first|early|opening|initial|last|final)\s+(?:[\w\-]+\s+)?of)?
        |participated\s+in|participat(?:e|es|ing)\s+in
        # belonging: "Greece and Bulgaria belong to NATO", "Hamas and Syria all belong to the axis"
        |belong(?:s|ed)?\s+to
        # a threat or plan to leave, made from inside: "Uruguay has threatened to leave Mercosur", "Yerevan is
        # considering quitting the CSTO", "Hungary voted to exit the bloc"
        |(?:(?:has|have|had|is|are|was|were)\s+)?(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|vot(?:e|es|ed|ing)
          |consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|(?:re)?threaten)
         \s+(?:to\s+)?(?:leave|leaving|quit|quitting|exit|exiting|withdraw(?:ing)?\s+from|pull(?:ing)?\s+out\s+of)
        # its own part frozen, still a member: "Armenia has frozen its participation in the CSTO" (but one
        # "suspended from" a body is outside it, as the scheme has it: "Mali was suspended from the AU")
        |(?:(?:has|have|had)\s+)?(?:frozen|froze|freezes|suspended|suspends)\s+(?:its|their)\s+(?:membership
         |participation)\s+in
        # "Bahrain signed on to Operation Prosperity Guardian", "has signed up to the IMCTC"
        |(?:(?:has|have|had)\s+)?sign(?:s|ed|ing)?\s+(?:on|up)\s+to
        # staying: "Astana has stayed in the CSTO", "Armenia remains in the EAEU"
        |(?:(?:has|have|had)\s+)?(?:stayed|remained)\s+(?:\w+\s+)?in|remains?\s+(?:\w+\s+)?in
        # sitting: "Brazil sits in BRICS", "Turkey sits on the council"
        |(?:sits?|sat|sitting)\s+(?:\w+\s+)?(?:in|on)
        # serving: "Troops from A, B and C serve in the AU mission", "Chad serves with the task force"
        |serv(?:e|es|ed|ing)\s+(?:in|with)
        # troop contributors: "Uganda, Kenya and Egypt contribute troops to AUSSOM"
        |(?:contribut(?:e|es|ed|ing)|sen(?:d|ds|t)|provid(?:e|es|ed)|deploy(?:s|ed)?|commit(?:s|ted)?)\s+
         (?:[\w\-]+\s+){0,2}?(?:troops|soldiers|forces|warships|ships|frigates|destroyers|jets|aircraft|contingents?
         |personnel|units|police)\s+to)\s+(?:the\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: A body named as an agreement, whose signatories and parties are its members: "the Abraham Accords",
#: "the Warsaw Pact", NAFTA.
_TREATY_NAME = regex.compile(r"\b(?:Accords?|Pact|Treaty|Agreement)$")
#: Signing such a body, or being party to it, right before its name: "Bahrain signed (the Abraham Accords)",
#: "Morocco and Sudan have since signed", "Israel and the UAE are parties to" (not "signed a deal with").
_SIGNED_TREATY_BEFORE = regex.compile(
    r"""(?i)\b(?:(?:(?:has|have|had)\s+(?:since\s+|also\s+|already\s+)?)?sign(?:s|ed)
        |(?:is|are|was|were|became|become|remains?|remained)\s+(?:a\s+|both\s+|all\s+)?part(?:y|ies)\s+to)
        \s+(?:the\s+)?$""",
    regex.VERBOSE,
)
#: Holding or taking a body's chair, before the body's name and its possessive ("holds the V4's rotating
#: presidency", "which took over the council's chairmanship").
_CHAIR_BEFORE = regex.compile(
    r"""(?:,\s*which\s+)?\b(?:holds?|held|holding|(?:has|have|had)\s+held|assumed|assumes|assuming
        |t(?:ook|akes?|aking)\s+over|(?:will|is\s+to)\s+(?:hold|take\s+over|assume))\s+(?:the\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_CHAIR_AFTER = regex.compile(
    r"['’]s\s+(?:(?:rotating|current|annual|six-month|one-year)\s+)*(?:presidency|chair(?:manship)?)\b",
    regex.IGNORECASE,
)
#: A body its subject founded or makes up, right before it: "Washington launched Operation X".
_FOUNDED_BEFORE = regex.compile(
    r"\b(?:founded|co-founded|launched|unveiled|formed|created|set\s+up|established|make\s+up|makes\s+up"
    r"|revived|relaunched|re-launched|form|forms|constitute|constitutes|together\s+form"
    # after a comma, a participle whose subject opens the clause: "quit ECOWAS, forming the AES"
    r"|(?<=,\s)(?:forming|founding|establishing|setting\s+up))"
    # a name others give the body, between the verb and it: "formed what analysts dub (the Squad)"
    r"(?:\s+what\s+(?:[\w\-]+\s+){1,3}?(?:calls?|called|dubs?|dubbed|terms?|termed|describes?\s+as))?"
    r"\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
#: More members right after the mention: "... make up X together with Saudi Arabia", "G5 plus Canada".
_ALONG_WITH = regex.compile(
    # a date of joining may come first: "Poland joined NATO in 1999, along with Hungary"
    r"(?:\s+(?:in|on|since)\s+(?:[\w\-]+\s+){0,2}?\d{4})?"
    r",?\s*(?:(?P<plus>plus)|along\s+with|together\s+with|alongside)\s+(?:the\s+)?",
    regex.IGNORECASE,
)
#: A body launching a mission or force right before it: "NATO launched a naval mission".
_LAUNCHED_BEFORE = regex.compile(
    r"""\s+(?:has\s+|have\s+|will\s+|is\s+|are\s+)?      # tense
        (?:(?:agreed|agrees|decided|decides|plans?|planned|vowed|pledged|moved)\s+to\s+)?  # "agreed to field"
        (?:launch(?:ed|es|ing)?|deploy(?:ed|s|ing)?|set\s+up|sets\s+up|establish(?:ed|es)?|start(?:ed|s)?
          |field(?:ed|s)?|form(?:ed|s)?|create[ds]?)
        \s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: An attack verb whose object is the mention: "the Houthis attacked a coalition warship".
_ATTACK_BEFORE = regex.compile(
    r"""\b(?:attack(?:s|ed|ing)?|hit|hits|struck|strikes|target(?:s|ed|ing)|shell(?:s|ed|ing)|ambush(?:es|ed)
          |shot\s+down|fired\s+(?:[\w\-]+\s+){0,3}?(?:at|on)|launched\s+(?:[\w\-]+\s+){0,3}?(?:at|on|against))
        \s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_LAUNCHED_HEADS = frozenset({"mission", "force", "operation"})
#: Heads of a body of troops that states send or join: "contribute troops to the AU mission".
_TROOP_HEADS = frozenset({"mission", "force", "forces", "operation"})
#: Heads of something a standing body runs rather than is: "a NATO operation", "the EU mission".
_RUN_HEADS = HEADS["led_only"] - HEADS["anaphor"]
#: Lower-case heads a force's own name may stand before: "the Takuba task force", "the Atalanta mission".
_NAMED_FORCE_HEADS = frozenset({"force", "forces", "mission", "operation"})
#: A noun right after a body's name makes the name a modifier: "the CSTO talks", "NATO troops".
_ORG_AS_MODIFIER = regex.compile(
    r"\s+(?:talks|summit|meetings?|missions?|forces?|troops|exercises?|drills?|operations?|ministers?|leaders?"
    r"|session|conference|negotiations|process|framework|treaty|deal|agreement|coalition|alliance)\b",
    regex.IGNORECASE,
)
#: ... unless the joining is only wished, asked for or refused: "its bid to join", "has not joined".
_NOT_YET_MEMBER = regex.compile(
    r"(?:\b|(?=n[’']t))(?:not|n[’']t|never|bid|applied|application|seeks?|sought|wants?|hopes?|plans?|refused|declined"
    # a joining still weighed: "Togo is weighing joining the AES", "mulls joining"
    r"|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|eye(?:s|d|ing)?"
    # a joining shunned: "Seoul avoided joining the alliance", "refrained from joining", "resisted joining"
    r"|avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from|resist(?:s|ed|ing)?|shun(?:s|ned|ning)?|balk(?:s|ed|ing)?\s+at"
    # a joining warned or voted against, right before the verb: "warned Helsinki against joining"
    r"|against(?=\s+$))\b",
    regex.IGNORECASE,
)
#: A comma and an article between an actor and a body's "member" after it: "Burundi, an EAC member".
_APPOSED = regex.compile(
    r"\s*,\s*(?:(?:now|also|itself|still|by\s+then)\s+)?"
    # a concession or a capacity: "Turkey, despite being a NATO member,", "Hungary, though an EU member,"
    r"(?:(?:(?:al)?though|while|despite\s+being|as)\s+(?:(?:still|also|itself)\s+)?)?"
    r"(?:(?:an?|the)\s+)?(?:(?:fellow|founding|full|new|key)\s+)?"
)
#: The same with words that rank or describe one member before the body's name: "Turkey, the only
#: Muslim-majority (NATO member),", ", the largest (NATO member) in the region," (read for a singular member
#: noun: a list's ranked apposition is read elsewhere).
_APPOSED_RANKED = regex.compile(
    _APPOSED.pattern
    + r"(?:(?:only|lone|sole|largest|biggest|oldest|newest|youngest|smallest|poorest|richest|wealthiest|first"
    r"|most\s+[\w\-]+|\w+-(?!member\b)[\w\-]+)\s+){0,2}"
)
#: A second body and the member noun they share, right after a body's name: " and EU member", " and EU
#: members" (see _members_before).
_AND_BODY_MEMBER_AFTER = regex.compile(r"\s+and\s+(?:the\s+)?(?:\p{Lu}[\w\-]*\s+){1,3}?members?\b")
#: An article right before a name: "..., a " before "NATO".
_ARTICLE_BEFORE_NAME = regex.compile(r"\b(?:an?|the)\s+$")


def _article_start(text: str, pos: int) -> int:
    """Where an article right before ``pos`` starts ("a " before "NATO"), or ``pos`` when there is none."""
    m = _ARTICLE_BEFORE_NAME.search(text, max(0, pos - 6), pos)
    return m.start() if m is not None else pos


#: An apposition's article and up to two words before a body's name: ", a frontline ", ", the newest " (not
#: ", a would-be ", ", a former ").
_APPOSED_DESCRIBED = regex.compile(
    r"(?i)\s*,\s*(?:an?|the)\s+(?:(?!(?:former|would-be|aspiring|candidate|prospective|future|potential)\s)[\w\-]+\s+){0,2}"
)
#: The comma opening an apposition after a name, up to a possessed body: "Brazil and Argentina, (Mercosur)".
_APPOSED_OPEN_END = regex.compile(r"(?<=\w),\s*(?:both\s+|all\s+)?$")
#: A body's counted or ranked members closing such an apposition: "('s) two largest economies,",
#: "('s) founding members -" (not former, rival or neighbouring ones).
_POSSESSED_APPOSITION = regex.compile(
    r"""['’]s\s+(?:(?!(?:former|ex|would-be|aspiring|candidate|prospective|future|potential|suspended|non|rival
                       |neighbou?ring|partner|enemy|hostile|outside)\b)[\w\-]+\s+){0,3}?
        (?:members|member\s+(?:states|countries|nations)|countries|states|nations|economies|producers|powers
           # one state's apposition: "Finland, NATO's newest member (after Sweden),"
           |member(?:\s+(?:state|country|nation))?(?:\s+(?:after|since|in)\s+\p{Lu}[\w\-]*(?:\s+\p{Lu}[\w\-]*)?)?)
        \s*(?:,|—|–|\s--|\s-\s)""",
    regex.VERBOSE,
)
#: A state's noun right after a body's name in such an apposition: "(NATO) state", "(ASEAN) country".
_STATE_NOUN_AFTER = regex.compile(r"\s+(?:state|country|nation)\b(?!['’])", regex.IGNORECASE)
#: A possessive and "member" after a body's name: "NATO's 32nd member", "the bloc's newest member".
_MEMBER_AFTER_POSSESSIVE = regex.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:member|member\s+state|member\s+country)\b", regex.IGNORECASE
)
#: Words that put a subject in or into what follows them, at the end of the text before a body's possessive:
#: "are part of ", "joined the ", "is a member of ", "belongs to ", "took part in ".
_RELATION_TO_END = regex.compile(
    r"(?i)\b(?:part\s+(?:of|in)|(?:re-?)?join(?:s|ed|ing)?|members?\s+of|belong(?:s|ed)?\s+to|in|into)\s+(?:the\s+)?$"
)
#: A membership predicate right before a mention: "is part of ", "are members of ", "joined ".
_PART_OF_END = regex.compile(
    r"(?i)\b(?:part\s+of|members?\s+of|(?:re-?)?join(?:s|ed)?|belong(?:s|ed)?\s+to)\s+$"
)
#: A verb of becoming right before a mention, not of a joining still to come: "Sweden became ".
_BECAME_BEFORE = regex.compile(
    r"(?i)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\b(?:became|has\s+become|have\s+become|had\s+become|becomes|is\s+now"
    r"|was\s+made|is|was"
    # admitted: "Indonesia was admitted as the bloc's 10th member", "joined as NATO's 32nd member"
    r"|(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:admitted|accepted)"
    r"|(?:formally\s+|officially\s+)?joined)\s+as)\s+$"
)
#: "as" right before a body's possessive and "member", after the state it takes in: "(Sweden) as ".
_APPROVED_AS_END = regex.compile(r"(?P<as>\s+as\s+)$")
#: A verb that takes a state in as a member, done and not refused, right before the state: "approved ",
#: "welcomed ", "formally admitted " (not "has not approved ").
_APPROVING_VERB_END = regex.compile(
    r"""(?i)(?<!\bnot\s)(?<!n[’']t\s)
        \b(?:(?:formally|officially|finally|unanimously)\s+)?
        (?:approved|welcomed|admitted|accepted|confirmed|endorsed|ratified)\s+$""",
    regex.VERBOSE,
)
#: A joining still to come before "become": "is set to become", "hopes to become", "would become".
_FUTURE_JOIN = regex.compile(
    r"""(?i)\b(?:(?:set|due|poised|expected|slated|likely|hoping|hopes?|bid|bidding|seeks?|seeking|aims?|aiming
        |wants?|plans?|planning|applied|applying)\s+to|will|would|could|may|might|shall)
        (?:\s+(?:one\s+day|some\s+day|someday|eventually|soon|ultimately|yet))?  # "could one day become"
        \s+$""",
    regex.VERBOSE,
)
#: A state ranked among those that joined, right before the mention: " became the 31st country to join ",
#: " (makes Chile) the 40th state to join ", " the 40th country to sign (the Artemis Accords)" (see
#: _members_before; the actor ends where this starts).
_NTH_TO_JOIN = regex.compile(
    r"""(?i)(?:\s+(?:(?:has|had|have)\s+)?(?:became|becomes|become|is|was)\s+|\s+)the\s+
        (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|newest
        |most\s+recent)\s+(?:[\w\-]+\s+){0,2}?(?:country|state|nation|member(?:\s+(?:state|country|nation))?)
        \s+to\s+(?:(?:formally|officially)\s+)?(?:join|enter|accede\s+to|sign)\s+(?:the\s+)?$""",
    regex.VERBOSE,
)
#: An apposition that opens right after an actor list and ends before "members of" (see _MEMBER_NOUN):
#: "A and B, both members of", "A, B and C, the three countries of", "A, one of the founding members of".
_APPOSED_MEMBERS = regex.compile(
    r"""(?i)(?<=\w)(?:,|\s+[—–]|\s+--)\s*
        (?:(?:also|itself|themselves|likewise|now|still|already)\s+)?  # "Rwanda, also a member of"
        (?:(?P<art>the|its|an?|one\s+of\s+(?:the|its))\s+|(?:both|all|each)\s+)?
        (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|fellow|founding|full|core|new
           |latest|original|permanent|remaining|only|\w{2,}est
           |close|key|main|staunch|leading)\s+)*  # "A and B, close partners in the coalition"
        # after an article, up to two more words that rank or describe the member ("the most powerful", "a
        # key", "an influential"), never one that leaves it short of membership ("a former", "an associate");
        # with no article the words are a clause's ("Iran, are part of")
        (?(art)(?:(?!(?:former|ex|would-be|aspiring|candidate|prospective|future|potential|suspended|expelled
                      |non|associate|observer|partner|dialogue|applicant|guest|rival|neighbou?ring|hostile|not
                      |no)\b)
                   \p{Ll}[\p{Ll}\-]*+\s+){0,2})$""",  # "the three smallest members of", "the most powerful"
    regex.VERBOSE,
)
_MEMBER_NOUN = regex.compile(
    r"""\b(?:(?:members?|part|countries|states|nations|governments|juntas|(?:co-?)?founders?|signatories
            # read in an apposition only (_APPOSED_MEMBERS): "A and B, the (two) leaders of", "the largest
            # economies in"
            |(?:co-?)?leaders|heavyweights?|producers?|economy|economies|powers?
            # "Iran and Hezbollah, the core of the axis"
            |core|backbone|pillars?|mainstays?)
           \s+(?:of|in)|signator(?:y|ies)\s+to
           # "Brazil and Argentina, partners in Mercosur": in an apposition only, and never "partners of" (the
           # partners of a body are often outside it: NATO's partners); "and its allies in": elsewhere
           |(?<!\b(?:its|their)\s+)(?:partners|allies)\s+in)\s+
        # a body named by someone else: "part of what Iran calls the Axis"
        (?:what\s+(?:[\w\-]+\s+){1,3}?(?:calls?|called|dubs?|dubbed|terms?|termed|describes?\s+as)\s+)?
        # a body owned by the one who leads or backs it: "part of Iran's (Axis of Resistance)"
        (?:(?-i:\p{Lu})[\p{L}\-]*(?:\s+(?-i:\p{Lu})[\p{L}\-]*)?['’]s\s+)?
        (?:both\s+)?(?:the\s+)?$""",  # ("a member of both the SCO and BRICS")
    regex.I | regex.VERBOSE,
)
#: A status short of membership right before a body: "became partner countries of", "observer states in".
_NON_MEMBER_STATUS = regex.compile(
    r"""(?i)\b(?:partner|observer|candidate|associate|dialogue|guest|aspiring|applicant)\s+
        (?:countr(?:y|ies)|states?|nations?|members?)\s+(?:of|in|to)\s+(?:the\s+)?$""",
    regex.VERBOSE,
)
_THEIR_OWN = regex.compile(r"(?i)their\s+own\s")


def _list_opening(text: str, s: int, end: int, hits: list[ActorHit]) -> list[Actor]:
    """The list of two or more states that the sentence starting at ``s`` opens with (after a few words of
    time or place and a comma at most), before ``end``: the owners of "their own" bloc later in it."""
    states = [h for h in hits_before(hits, end) if h.start >= s and h.entry.type in ("state", "government")]
    if not states or states[0].start - s > 40 or "," in text[s : states[0].start].rstrip()[:-1]:
        return []
    chain = [states[0]]
    for h in states[1:]:
        if not _LIST_SEPARATOR.fullmatch(text, chain[-1].end, h.start):
            break
        chain.append(h)
    return [h.actor for h in chain] if len(chain) >= 2 else []


#: A state that sends forces to join the mention: "Canberra will send a detachment ... to join a US-led
#: operation" (the joining shares the mention's polarity).
_SENT_TO_JOIN = regex.compile(
    r"""(?i)\b(?:send|sends|sent|sending|deploy|deploys|deployed|dispatch|dispatches|dispatched|commit|commits
        |committed)\b[^.;:,]{0,80}?\bto\s+join\s+$""",
    regex.VERBOSE,
)
#: What may stand between "took part" and the body it names: " in", " in the first months of".
_PART_IN_GAP = regex.compile(
    r"(?i)\s+in(?:\s+the\s+(?:first|early|opening|initial|last|final)(?:\s+[\w\-]+)?\s+of)?(?:\s+the)?"
)
#: "in" and a gerund between a verb of joining and the mention: " Australia in condemning ".
_IN_GERUND = regex.compile(r"(?i)\bin\s+\p{L}+ing\b")
_TALKS_WITH = regex.compile(
    r"(?i)\b(?:talks|meetings?|summit|negotiations|discussions|consultations)\s+(?:with|of)\b"
)
#: A subject that is in a named body: "Australia and Britain are in AUKUS" (not "is in NATO's orbit").
_IN_BODY_BEFORE = regex.compile(
    r"(?i)\b(?:is|are|was|were|remains?|remained)\s+(?:also\s+|both\s+|all\s+|now\s+|already\s+|still\s+)?"
    # "are (partners) in AUKUS", "remained a vital partner in the Quad"
    r"(?:(?:an?\s+)?(?:(?:founding|fellow|key|vital|close|important|core|valued|trusted|reliable|major)\s+)?"
    r"partners?\s+)?in\s+(?:the\s+)?$"
)
_NOT_MEMBER = regex.compile(
    r"(?:\b|(?=n[’']t))(?:not|n[’']t|never|neither|no\s+longer|no(?=\s+(?:(?:full|formal)\s+)?(?:members?|part)\b)|invited|set\s+to|observer|withdr[ae]w|left|quit"
    r"|no\s+(?:intention|plans?|desire|wish|interest)\s+(?:of|in|to)|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
    r"|cannot|prohibit(?:s|ed)|forbid(?:s|den)?|forbade|preclud(?:e|es|ed)"
    r"|(?:bar(?:s|red)?|prevent(?:s|ed)?|keeps?|kept|stop(?:s|ped)?)\s+(?:[\w’']+\s+){0,3}?from"
    # "denies joining", "ruled out joining", "rejects joining": the joining itself is denied
    r"|(?:den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)\s+out|reject(?:s|ed|ing)?)\s+(?=joining|entering))\b",
    regex.I,
)  # "has no intention of joining", "refused to join", "is barred from joining": no member
#: A negation of the verb right before it, past an auxiliary or two or a negated aside: "would not (become)",
#: "is not, and will not (be)", "has never (been)".
_NEGATED_VERB_BEFORE = regex.compile(
    r"""(?:\b|(?=n[’']t))(?:not|n[’']t|never)\b(?:\s*,\s*(?:and|or|nor)\s[^.;:,]{0,30},)?
        \s*(?:[\w’']+\s+){0,2}$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_NEGATED_VERB_REACH = 50
#: The opening of a condition right before a joining verb: "If Sweden ", "Had Chad ", "unless Oman ".
_CONDITION_BEFORE = regex.compile(r"(?:\b[Ii]f|\b[Uu]nless|\bHad|\bWere)\s+(?:[\w\-’']+\s+){1,4}$")
_OTHER_MEMBERS = regex.compile(
    r"\s+and\s+(?:its|their)\s+allies\s+in\s+(?:the\s+)?$|\s+and\s+(?:other|fellow)\s+(?:members?\s+of\s+(?:the\s+)?|(?:[\w\-]+\s+)?members?\s*$)?$"
    # "Kataib Hezbollah and other Iraqi militias of the axis", "Oman and other states in the GCC"
    r"|\s+and\s+(?:the\s+)?(?:other|fellow)\s+(?:[\w\-]+\s+){0,2}?(?:militias|groups|factions|states|countries|nations"
    r"|governments|monarchies)\s+(?:of|in)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
#: A state's ruling body after its possessive, right before a verb of leading: "Niger's junta", "Mali's
#: military government".
_RULER_END = regex.compile(
    r"(?i)['’]s\s+(?:military\s+|ruling\s+|transitional\s+)?(?:junta|government|regime|rulers|military|leadership)$"
)
_LEADS = regex.compile(
    # ", which once led", " leads", " has headed", " now leads"
    r"(?:\s*,\s*(?:which|who|that)(?:\s+(?:has|had|have))?(?:\s+(?:long|once|later|then))?)?"
    r"(?:\s+(?:now|currently|effectively|still|also|jointly))?"
    r"\s+(?:leads|led|will\s+lead|would\s+lead|is\s+leading|to\s+lead|heads|headed|of\s+leading|of\s+heading"
    # a plural subject's verb ("Britain and France are leading"), and one that shares the lead ("co-lead")
    r"|lead|head|are\s+leading|are\s+heading|(?:have|has|had)\s+(?:long\s+)?(?:led|headed)"
    r"|(?P<co>co-lead|co-leads|co-led|co-head|co-heads|co-headed|co-chair|co-chairs|co-chaired))"
    r"\s+[\p{Pi}\"]?(?:[\w\-]+\s+){0,3}?$",  # "accused Rwanda of leading \"a coalition"
    regex.IGNORECASE,
)
#: The gap between two actors of one list: ", ", " and ", ", and the ".
_LIST_GAP = regex.compile(r"(?i)\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_AND_GAP = regex.compile(r"(?i)(?:\s*,)?\s+and\s+(?:the\s+)?")


def _conjoined_before(text: str, hits: list[ActorHit], last: ActorHit, s: int) -> list[ActorHit]:
    """The list of actors that ``last`` ends ("Britain and France", "Poland, Finland and Sweden"), from the
    sentence start ``s`` on; ``[last]`` alone when no "and" joins it to the actor before."""
    prev = [h for h in hits_before(hits, last.start) if h.start >= s]
    if not prev or not _AND_GAP.fullmatch(text, prev[-1].end, last.start):
        return [last]
    out = [prev.pop(), last]
    while prev and _LIST_GAP.fullmatch(text, prev[-1].end, out[0].start):
        out.insert(0, prev.pop())
    return out


_NEGATED = regex.compile(
    r"""(?:(?:\bnot|n[’']t|\bcannot|\bnever|\bno|\bnobody|\bno[\s-]one|\bwithout|\bneither|\bnor)\b
           (?!\s+(?:other\s+)?(?:choice|alternative|option)\s+but\b)[^.;:,]{0,45}?
           \b(?:there\s+(?:is|are|was|were|will\s+be|would\s+be)|create|creating|form|forming|forge|forging|build
              |building|establish|establishing|set\s+up|be|been|become|becoming|yet|need
              |amount(?:s|ed|ing)?\s+to|add\s+up\s+to|constitut(?:e|es|ed|ing)|tantamount\s+to
              |talk(?:s|ed|ing)?\s+about|discuss(?:es|ed|ing)?)   # "Nobody is talking about a new alliance"
           (?:\s+(?:[\w\-]+\s+){1,3}?(?:or|and))?  # "not seek to form small circles or exclusive blocs"
         |\b(?:is|are|was|were)\s*(?:not|n[’']t|\s\s*never)(?:\s+yet)?
         |\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)
           \s+(?:(?:[\w\-]+\s+){0,2}?(?:reports?|claims?|allegations?|suggestions?|speculation|rumou?rs?
              |accusations?)\s+)?(?:that\b|(?=(?:it|they|we|he|she|both|the\s+two)\s))[^.;:]{0,45}?
           \b(?:create|creating|form|forming|forge|forging|build|building|establish|establishing|set\s+up|seeking|seek
              |created|formed|forged|built|established)
         |\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?)
           \s+(?:the\s+)?(?:(?:[\w\-]+\s+){0,2}?(?:reports?|claims?|allegations?|suggestions?|speculation|rumou?rs?
              |accusations?|charges?|criticism|criticisms|notion|idea|view|assertions?|description
              |characteri[sz]ation)\s+)?
           # the clause with or without "that": "denied its partnership with Baku was (a formal alliance)"
           (?:that\b|(?=(?:its|their|our)\s))[^.;:]{0,60}?
           \b(?:is|was|are|were|had\s+become|has\s+become|would\s+become|became|becomes|amount(?:s|ed)?\s+to
              |constitut(?:e|es|ed)|represent(?:s|ed)?)
           (?:\s+(?:merely|simply|just|really|in\s+fact))?
         |\b(?:stop(?:s|ped)?|f[ae]ll(?:s|en)?|falls)\s+short\s+of(?:\s+(?:forming|creating|establishing|forging))?
         |(?:\bnot|n[’']t|\bnever|\bnobody|\bno[\s-]one)\s+(?:\w+\s+)?(?:call|term|dub|label)(?:s|ed|ing)?\s+[^.;:,]{1,50}?
         # "stopped short of calling their ties an alliance", "declined to call the pact an alliance"
         |\b(?:(?:stop(?:s|ped|ping)?|f[ae]ll(?:s|en|ing)?)\s+short\s+of|(?:refus|declin)(?:e|es|ed|ing)\s+to
            |avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from)\s+(?:call|term|dub|label)(?:s|ed|ing)?\s+[^.;:,]{1,50}?
           # "I wouldn't call the Quad a military alliance": the name given denied (not the thing named)
         |(?:\b|(?=n[’']t))(?:not|n[’']t|never)\s+(?:view|see|regard|consider|describe)\w*\b[^.;:]{0,60}?\bas
           (?:\s+(?:the|a|an)\s+(?:foundation|basis|beginning|start|nucleus|core|kind|form|sort)\s+of)?
         |\bno\s+(?:plans?|intention|desire|appetite|interest|wish|talk|question|prospect|need|sign)\s+
           (?:for|of|in)(?:\s+[\w\-]+ing)?
         |\bno\s+such\s+thing\s+as  # "there is no such thing as an anti-Western bloc"
         # "no longer exists as a bloc"
         |\bno\s+longer\s+(?:exists?|existed|functions?|functioned|works?|worked)\s+as
         |\bno  # "there is no such alliance": the mention starts at "such"
         |\bnot|\bnever|\brather\s+than|\binstead\s+of  # "partners, never allies"
         # "a political bloc more than a military alliance": the second noun is what it is not (but "NATO
         # is more than a military alliance" is one, and more)
         |\b(?:bloc|club|forum|grouping|group|partnership|platform|union|organi[sz]ation|community|association
            |dialogue|format|network|arrangement|relationship|friendship|shop|marriage)\s+more\s+than)\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Entry refused or denied: "will not enter a military alliance", "denied that it had joined an alliance". Read
# for an indefinite mention only: "will not join the US-led coalition" denies a membership, not the coalition.
_NEGATED_ENTRY = regex.compile(
    r"""(?:(?:\b|(?=n[’']t))(?:not|n[’']t|never)\b[^.;:,]{0,30}?
         |\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)
           \s+(?:(?:[\w\-]+\s+){0,2}?(?:reports?|claims?|allegations?|suggestions?)\s+)?
           (?:that\b|(?=(?:it|they|we|he|she|both|the\s+two)\s))[^.;:]{0,45}?)
       \b(?:enter|entering|entered|join|joining|joined|part\s+of
          |participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+part\s+in|belong(?:s|ed|ing)?\s+to
          |have|has|had|see|sees|saw|seen)\s+$  # "would not say we have an alliance", "do not see a bloc"
     # "Neither Beijing nor Moscow wants a formal alliance": both subjects denied
     |\bneither\b[^.;:]{1,60}?\bnor\b[^.;:]{1,40}?\b(?:wants?|seeks?|needs?|favou?rs?|desires?|(?:is|are)\s+
        (?:seeking|pursuing|looking\s+for|interested\s+in))\s+$
     # "do not want a new bloc", "was not seeking a formal alliance"
     |(?:\b|(?=n[’']t))(?:not|n[’']t|never)\s+(?:(?:be|been|is|are|was|were)\s+)?
        (?:want|wants|wanted|wanting|need|needs|needed|seek|seeks|seeking|sought|pursu(?:e|es|ed|ing)
          |looking\s+for)\s+$
     # "the Quad is far from a military bloc", "is anything but an alliance", "is hardly a bloc", "have
     # nothing like an alliance"; fronted: "Far from a bloc, the four share little"
     |(?:\b(?:is|are|was|were|remains?|remained|be|been|seems?|seemed|looks?|looked|ha(?:s|ve|d))\s+
         (?:still\s+)?|^\s*|[,;:(—–]\s*)
       (?:far\s+from|anything\s+but|a\s+far\s+cry\s+from|hardly|scarcely|nothing\s+like)\s+(?:being\s+)?$
     # fronted, before a verb of forming: "Far from forming an alliance, India and Russia merely trade oil"
     |(?:^\s*|[,;:(—–]\s*)far\s+from\s+(?:forming|creating|forging|building|joining|entering(?:\s+into)?
       |seeking|wanting|sealing|cementing)\s+$
     # "We are not in an alliance with Russia", "Mali isn't in any bloc"
     |(?:\b(?:is|are|was|were|am|be|been)|['’](?:re|s|m))\s*(?:not|n[’']t|never)\s+(?:(?:yet|now|currently)\s+)?in\s+$
     |\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:(?:reports?|claims?|suggestions?)\s+)?that
       (?:\s+there\s+(?:is|was|are|were|will\s+be|would\s+be))?\s+$  # "denied that any alliance exists"
     |\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rul(?:es|ed|ing)\s+out|refus(?:es|ed|ing)
         |oppos(?:es|ed|ing)|ha(?:s|ve|d)\s+no\s+(?:plans?|intention)\s+(?:of|for))
       \s+(?:(?:ever|even|again)\s+)?(?:forming|creating|forging|building|establishing|setting\s+up|joining|entering
           (?:\s+into)?|being\s+(?:a\s+)?(?:part|party|member)\s+(?:of|to)|taking\s+part\s+in|participating\s+in
           |belonging\s+to|being\s+involved\s+in)\s+$
     # entry barred: "neutrality bars it from joining a military alliance", "prevented from entering blocs",
     # "the constitution forbids joining military alliances"
     |\b(?:bar(?:s|red|ring)?|prevent(?:s|ed|ing)?|preclud(?:e|es|ed|ing)|prohibit(?:s|ed|ing)?|forbid(?:s|den)?
         |forbade|keep(?:s|ing)?|kept|stop(?:s|ped|ping)?)\s+(?:[\w\-’']+\s+){0,3}?from\s+
       (?:joining|entering(?:\s+into)?|being\s+(?:a\s+)?(?:part|party|member)\s+(?:of|to)|taking\s+part\s+in)\s+$
     |\b(?:forbid(?:s|den)?|forbade|prohibit(?:s|ed)?|preclud(?:e|es|ed))\s+(?:joining|entering(?:\s+into)?)\s+$
     # "cannot join a military alliance"
     |\bcannot\s+(?:(?:ever|even|legally|formally)\s+)?(?:join|enter(?:\s+into)?|be(?:come)?\s+(?:a\s+)?
         (?:part|party|member)\s+(?:of|to)|take\s+part\s+in)\s+$
     # "has refused to join any alliance", "declined to take part in military blocs"
     |\b(?:refus|declin)(?:e|es|ed|ing)\s+(?:(?:ever|even|again)\s+)?to\s+(?:join|enter(?:\s+into)?
         |be(?:come)?\s+(?:a\s+)?(?:part|party|member)\s+(?:of|to)|take\s+part\s+in|participate\s+in|belong\s+to
         # "Japan refused to form an alliance with India", "declined to sign a defence pact"
         |form|create|forge|build|establish|set\s+up|sign|seal|enter\s+into)\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A bar on entry that is itself denied: "nothing bars Austria from joining", "no law prevents it from
#: entering", "does not bar Moldova from joining", "is not barred from joining", "nothing stands in the way
#: of Kyiv joining": the entry is left open, a possibility, not refused.
_LIFTED_BAR = regex.compile(
    r"""(?:(?:\b(?:nothing|nobody|no[\s-]one|no\s+(?:[\w\-]+\s+)?(?:law|rule|treaty|clause|article|provision
           |statute|agreement|obstacle|one|power|country|state|court|constitution))
          (?:\s+(?:in|of)\s+(?:the\s+|its\s+|our\s+|their\s+|this\s+)?[\w\-’']+)?
          \s+(?:(?:can|could|will|would|should|now|legally)\s+)?
        |\bnothing\s+to\s+
        |\b(?:does|do|did|will|would|can|could|should|need)\s*(?:not|n[’']t)\s+(?:legally\s+|formally\s+)?
        |\bcannot\s+)
       (?:bar|bars|barred|prevent|prevents|prevented|stop|stops|stopped|keep|keeps|kept|preclude|precludes|precluded
         |prohibit|prohibits|prohibited|forbid|forbids|forbade)\s+(?:[\w\-’']+\s+){0,3}?(?:from\s+)?
     |\b(?:is|are|was|were|be|been)\s*(?:not|n[’']t)\s+(?:legally\s+|formally\s+)?(?:barred|prevented|stopped|kept
         |precluded|prohibited|forbidden)\s+from\s+
     |\b(?:nothing|nobody|no[\s-]one|no\s+(?:[\w\-]+\s+)?(?:law|rule|obstacle|veto))\s+(?:now\s+)?
       (?:stands?|stood|lies)\s+in\s+(?:the|its|their)\s+way\s+of\s+(?:[\w\-’']+\s+){0,3}?)
    (?:joining|entering(?:\s+into)?|being\s+(?:a\s+)?(?:part|party|member)\s+(?:of|to)|taking\s+part\s+in)\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "any" under a negation of its clause: "not part of any alliance", "never joined any bloc" (no comma or stop
# between).
_ANY_NEGATED = regex.compile(
    r"""(?:\b|(?=n[’']t))(?:not|n[’']t|never|no|nobody|no[\s-]one|none|without|nor|neither)\b
        (?:\s*,\s*(?:and|or|nor)\s[^.;:,]{0,30},)?  # "is not, and will not be, part of any alliance"
        [^.;:,]{0,40}+$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_HYPOTHETICAL = regex.compile(
    r"""(?:\b(?:plans?|planned|planning|bid|attempts?|efforts?|proposals?|proposed|propose[sd]?|hopes?|hoped|aims?
           |agreed|agrees|decided|decides|vowed|pledged
           |seeks?|sought|strategy|path|pushing|push|calls?\s+for|called\s+for|would|will|could|should|may|might|shall
           |intends?|wants?|moving\s+closer|working\s+on|talks?\s+on|idea
           # a signing still ahead: "are set to sign", "is expected to form", "are poised to seal"
           |(?:set|expected|poised|due|likely|preparing|ready|about)(?=\s+to\s))\b[^.;:]{0,40}?
           \b(?:to\s+)?(?:create|form|forge|build|establish|set\s+up|assemble|develop|lead|launch|field|
              establishment\s+of|creation\s+of|formation\s+of|sign|seal|conclude|ink)
         # "are close to signing", "on the verge of sealing", "nearing a deal on forming"
         |\b(?:close\s+to|on\s+the\s+verge\s+of|nearing)\s+(?:\w+\s+)?(?:signing|sealing|concluding|inking
           |forming|creating|forging|establishing)
         |\b(?:idea|concept)\s+of|\bstrategy\s+for
         |(?:^|[.;:]\s*|,\s*|[\p{Pi}"(]\s*)(?:if|unless|should)\s[^.;:,]{0,60}?\b(?:formed|created|built|forged|established|set\s+up
           |proposed|propose|proposes|floated|float|floats
           |joined|entered|form|create|build|join|enter|became|become|becomes|turned\s+into|turns\s+into|turn\s+into
           |evolved\s+into|were\s+to\s+become|signed|sign|signs|concluded|conclude|agreed\s+(?:on|to))
           (?:\s+(?:a\s+)?(?:part|member|members)\s+of)?(?:\s+such)?  # "if Manila became part of such a bloc"
         |\b(?:mov|edg|inch|drift|head|gravitat)(?:e|es|ed|ing|s)?\s+(?:closer\s+)?to(?:wards?)?
           (?:\s+(?:forming|creating|building|establishing))?
         |\b(?:would|will|could|might|may|can)\s+(?:\w+\s+){0,2}?(?:become|(?:evolve|turn|grow|develop|morph)\s+into)
           (?:\s+(?:the|a|an)\s+(?:nucleus|core|basis|foundation|beginning|embryo|seed|kernel)\s+of)?
           (?:\s+(?:an?|the)(?:\s+[\w\-]+)?)?
         |\b(?:would|will|could|might)\s+be)\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A bloc only talked of, floated or supposed, read for an indefinite mention ("a proposal for a security
#: pact", "floated an alliance", "revived talk of an alliance", "you would have the core of a defence
#: coalition"); a definite one exists ("plans for the alliance's summit", "would have the coalition's
#: backing").
_SUPPOSED_BEFORE = regex.compile(
    r"""(?:\b(?:proposals?|plans?|blueprints?|talk|calls?|visions?|prospects?)\s+(?:for|of)
         |\b(?:floated|floats|float|mooted|moots|proposed|proposes|propose|suggested|suggests)
         # a bloc asked for: "called for", "pushed for"
         |\b(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\s+for
         |\b(?:would|could|might)\s+(?:then\s+|still\s+|soon\s+)?(?:have|get|see)
           (?:\s+(?:the|a)\s+(?:core|nucleus|basis|makings|beginnings?|embryo|germ)\s+of)?
         |\b(?:would|could|might)\s+make\s+[^.;:]{1,40}?\s(?:an?\s+)?(?:de\s+facto\s+)?(?:member|part|pillar)
           \s+of
         # a bloc under negotiation: "talks on (forming) a security pact", "consultations about a bloc",
         # "are negotiating a defence pact" (not "negotiated": a bloc agreed)
         |\b(?:talks|negotiations|discussions|consultations|deliberations)\s+(?:on|about|over|towards?)
           (?:\s+(?:forming|creating|establishing|building|forging|setting\s+up|launching))?
         |\bnegotiat(?:e|es|ing)(?:\s+(?:on|over|for))?
         # a bloc a state may join: "Armenia could join a new security bloc" (a known body is standing)
         |\b(?:would|could|might|may)\s+(?:(?:eventually|one\s+day|soon|also|then|yet|still)\s+)?join
         # a bloc something may lead to or draw states into: "could draw other Gulf states into"
         |\b(?:would|could|might|may)\s+(?:(?:eventually|one\s+day|soon|also|then|yet|still)\s+)?
           (?:draw|pull|drag|push|lure|lead)(?:\s+[^.;:,]{1,40}?)??\s+(?:into|to|towards?)
         # a bloc welcomed or backed only in supposition, or favoured: "Islamabad would welcome a security
         # alliance with Beijing", "Delhi favours a looser bloc", "analysts advocate a regional pact"
         |\b(?:would|could|might)\s+(?:(?:also|still|gladly|happily|readily)\s+)?
           (?:welcome|support|back|endorse|accept|favou?r)
         |\b(?:favou?r(?:s|ed)?|advocat(?:e|es|ed|ing)|champion(?:s|ed|ing)?)
         # a bloc wanted or sought: "Beijing and Moscow want a formal alliance", "Kyiv seeks a security pact"
         |\b(?:wants?|wanted|seeks?|sought|(?:is|are|was|were)\s+(?:seeking|looking\s+for|pursuing)|desires?|pursues?)
           (?:\s+(?:only|still|now|eventually|ultimately))?)\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A pact or alliance talked over or weighed, right before an indefinite one: "discussed a regional security
#: pact", "are exploring a defence pact" (not a coalition: "MPs discussed a coalition" may debate one at war).
_TALKED_OVER_BEFORE = regex.compile(
    r"""\b(?:discuss(?:es|ed|ing)?|explor(?:e|es|ed|ing)|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?)
        (?:\s+(?:forming|creating|building|setting\s+up))?\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_TALKED_OVER_HEADS = frozenset({"pact", "alliance", "treaty", "bloc", "axis"})
#: A modal of the future before an indefinite mention and a condition after it (see _polarity).
_FUTURE_BEFORE = regex.compile(r"\b(?:will|would|could|might|shall)\b[^.;:]{0,80}$", regex.IGNORECASE)
_IF_AFTER = regex.compile(r"[^.;:]{0,40}?\s(?:if|unless)\s", regex.IGNORECASE)
_HYPOTHETICAL_AFTER = regex.compile(
    r"""^[^.;]{0,50}?\b(?:should|would|could|must|might|will)\s+(?:soon\s+)?be\s+(?:formed|created|established|set\s+up)\b
      | ^(?:\s+[^.;,]{0,40}?)?\s+(?:is|was|remains|seems|looks)\s+(?:highly\s+|very\s+|still\s+
          |probably\s+|likely\s+|perhaps\s+|at\s+least\s+)?
        (?:unlikely|improbable|a\s+(?:distant|remote)\s+prospect|far\s+off
          |(?:years|decades|a\s+long\s+way)\s+(?:away|off))\b  # "a Turkic bloc is unlikely", "decades away"
        (?!\s+to\s+(?!emerge|materiali[sz]e|form|happen|take\s+shape|be\s+formed))  # not "unlikely to strike"
      # "an alliance of A, B would", "an alliance against China would be a mistake"
      | ^(?:\s+(?:between|of|with|against|among|aimed\s+at|directed\s+at)\s+[^.;,]{0,50}?)?
        \s+would\s+(?!have\b)\p{Ll}
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: A passive of proposing right after an indefinite mention: "(a security pact) was floated by Moscow", "has
#: been proposed", "was first mooted in 2019".
_PROPOSED_AFTER = regex.compile(
    r"""(?i)^
        # its strength may come first: "A joint force of 40,000 troops was proposed"
        (?:\s+of\s+(?:some\s+|about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+)?[\d,]+\s+[\w\-]+)?
        \s*(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being)\s+
        (?:first\s+|also\s+|again\s+|repeatedly\s+)?(?:floated|proposed|mooted|suggested|put\s+forward|touted)\b""",
    regex.VERBOSE,
)
#: The end of the supposition read after a mention's own words: "... would b" (see _polarity).
_WOULD_END = regex.compile(r"(?i)\bwould\s+\p{Ll}$")
#: Determiners of a mention of something already there: "would" after it is the tense of reported speech
#: ("argued that the bloc would stay united"), not a supposition.
_INDEFINITE = frozenset({"a", "an", "any"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "our", "his", "her"})
_HEDGED_BEFORE = regex.compile(
    r"""(?:\b(?:may|might)\s+(?:already\s+)?(?:be\s+)?(?:forming|building|creating|forging|establishing|assembling
          |have\s+(?:formed|built|created|forged))\s+
         # "Moscow and Tehran appear to be forging an alliance": a seeming, not a fact
         |\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+(?:be\s+(?:forming|building|creating|forging|cementing|assembling
           |establishing)|have\s+(?:formed|built|created|forged|cemented|established))\s+
         |\b(?:seen|viewed|regarded|perceived)\s+as\s+(?:being\s+)?(?:an?\s+)?
         # "Critics have described the SCO as an anti-Western alliance": a characterisation
         |\b(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?
           |paint(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|cast(?:s|ing)?)
           \s+(?:[\w\-’']+,?\s+){0,8}?as\s+(?:being\s+)?(?:an?\s+)?
         |\b(?:alleged|purported|reported|rumou?red|supposed)\s+
         |\baccus(?:e|ed|es|ing)\b[^.;]{0,30}?\bof\s+(?:being|(?:acting|serving|posing|operating)\s+as|leading|heading
           |running|joining|backing|forming|creating|forging|setting\s+up)\s+[\p{Pi}"]?(?:(?:an?|the|its)\s+)?
         |\b(?:reportedly|allegedly|supposedly|purportedly)\s+(?:[\w-]+\s+){0,2}
         |\b(?:sound(?:s|ed|ing)?|look(?:s|ed|ing)?|seem(?:s|ed|ing)?)\s+(?:\w+\s+)?like\s+(?:(?:some\s+)?(?:kind|sort)\s+of\s+)?
         |\bresembl(?:e|es|ed|ing)\s+|\b(?:smack(?:s|ed)?|reek(?:s|ed)?)\s+of\s+
         |\b(?:said|believed|thought|reported|alleged|rumou?red|understood)\s+to\s+(?:be\s+\w+ing|have\s+\w+ed)\s+
         |^\s*how\s+real\s+is\s+)$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_HEDGED_AFTER = regex.compile(
    r"""^[^.;]{0,25}?(?:\b(?:seems?|seemed|appears?|appeared)\s+to\s+be\s+(?:in\s+the\s+works|forming|taking\s+shape
         |emerging)
       |\b(?:may|might)\s+(?:not|never)\s+(?:yet\s+|really\s+)?exist
       |,\s*(?:claimed|alleged)\b(?!\s+(?&deed)))
     |^,\s*(?:an?|the)\s+[^.;,]{0,40}?\b(?:claimed(?!\s+(?&deed))|alleged|speculated|suggested)\b
     # what a group claims as its own deed is no claim about the mention: ", claimed the drone attack"
     (?(DEFINE)(?P<deed>responsibility|credit|(?:the|an?|two|three|several|a\s+series\s+of)\s+(?:[\w\-]+\s+){0,3}?
        (?:attacks?|strikes?|bombings?|assaults?|raids?|killings?|shootings?|ambush(?:es)?|downing|capture|seizure
        |launch(?:es)?|operations?)\b))""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A claim before a mention not yet known to exist ("claimed a real coalition"); a definite one exists, and
#: the claim is about something else ("claimed the raid avenged Denmark's joining the US-led coalition").
#: Nor is a claim the mention itself makes ("was claimed by a coalition of militias": the claim is of the
#: attack, the coalition its claimant).
_CLAIM_BEFORE = regex.compile(
    r"\bclaim(?:s|ed)?\b(?!\s+(?:\p{Ll}+ly\s+)?by\s+$)[^.;]{0,40}?$", regex.IGNORECASE
)
#: A report or rumour of a bloc right before an indefinite mention: "reports of ", "rumours about ",
#: "allegations of ", "speculation over " (see _polarity).
_REPORTS_OF_BEFORE = regex.compile(
    r"\b(?:reports?|rumou?rs?|allegations?|speculation)\s+(?:of|about|over)\s+$", regex.IGNORECASE
)
#: An accusation of building a bloc right before an indefinite mention (see _polarity).
_ACCUSED_OF_BUILDING = regex.compile(
    r"\baccus(?:ed|es|ing)\b[^.;]{0,30}?\bof\s+building\s+[\p{Pi}\"]?(?:an?\s+)?$", regex.IGNORECASE
)
#: The mention answering a claim: "(a claim) the alliance rejected", "(reports) the coalition has denied".
_RESPONDS = regex.compile(
    r"\s+(?:(?:has|have|had|quickly|swiftly|strongly|later)\s+)?(?:rejected|denied|disputed|dismissed|refuted"
    r"|contested|rejects|denies|disputes|dismisses|refutes)\b",
    regex.IGNORECASE,
)
#: A bloc ruled out before it exists: "ruled out a military alliance", "rejected the idea of a bloc", a
#: headline's "rules out military pact" (not "rejected the US-led coalition's request": a definite mention
#: exists).
_REJECTED = regex.compile(
    r"\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)\s+out|dismiss(?:es|ed|ing)?"
    r"|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?)"
    # "rejected claims of an alliance", "dismissed reports about a bloc", "denied the existence of a pact":
    # the bloc claimed is denied
    r"(?:\s+any|\s+(?:the\s+|as\s+\w+\s+)?(?:[\w\-]+\s+)?(?:talk|idea|notion|prospect|claims?|reports?|allegations?"
    r"|suggestions?|speculation|rumou?rs?|accusations?|existence)\s+(?:of|about|over)(?:\s+(?:forming|creating|building"
    r"|forging|establishing))?"
    # a headline's "deny forming military alliance", "rule out creating bloc"
    r"|\s+(?:forming|creating|building|forging|establishing|seeking))?\s+$",
    regex.IGNORECASE,
)
#: A predicate that denies the mention before it exists: "the alliance between A and B does not exist".
_NEGATED_AFTER = regex.compile(
    r"""^,?\s*(?:(?:does|do|did)\s*(?:not|n[’']t)\s+(?:yet\s+|really\s+)?exist
        |(?:has|have|had)\s+never\s+existed|never\s+existed|no\s+longer\s+exists?
        |(?:is|was)\s+(?:a\s+|pure\s+|simply\s+a\s+)?(?:myth|fiction|fantasy|figment)
        |(?:where|when)\s+(?:none|there\s+(?:is|are)\s+none)\s+exists?
        |(?:that|which)\s+(?:(?:do|does|did)\s*(?:not|n[’']t)|never)\s+exist(?:ed)?
        |(?:that|which)\s+(?:isn[’']t|is\s+not|wasn[’']t|was\s+not|aren[’']t|are\s+not)(?=\s*(?:[.:;,!?\n]|$))
        |(?:[^.;,]{0,40}?\s)?(?:is|was|are|were)\s*(?:not|n[’']t)\s+on\s+(?:the|our|its|their|anyone['’]s)\s+(?:agenda|table)
        |(?:[^.;,]{0,40}?\s)?(?:is|was|are|were)\s+(?:off\s+the\s+table|out\s+of\s+the\s+question)
        # a bloc that never came to be: "never materialised", "failed to take shape"
        |(?:(?:has|had|have)\s+)?(?:never|failed\s+to|(?:did|does|do)\s*(?:not|n[’']t))\s+(?:really\s+|quite\s+)?
         (?:materiali[sz](?:e|ed)|t(?:ake|ook|aken)\s+shape|g(?:et|ot|otten)\s+off\s+the\s+ground
           |c(?:ome|ame)\s+(?:into\s+(?:being|existence)|about|to\s+pass)))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Words of membership right before a mention: what a negation before them refuses is taking part.
_MEMBERSHIP_BEFORE = regex.compile(
    r"""(?i)\b(?:(?:a\s+)?(?:part|party|parties|members?)\s+(?:of|to|in)|join(?:s|ed|ing)?|enter(?:s|ed|ing)?(?:\s+into)?
        |tak(?:e|es|ing)\s+part\s+in|took\s+part\s+in|participat(?:e|es|ed|ing)\s+in|belong(?:s|ed|ing)?\s+to)
        \s+(?:the\s+|any\s+)?$""",
    regex.VERBOSE,
)
_HYPOTHETICAL_MOD = regex.compile(
    r"\b(?:potential|proposed|planned|possible|would-be|prospective|hypothetical|mooted|envisaged"
    r"|putative)\b",
    regex.I,
)
_ANTI = regex.compile(r"(?i)\banti-$")
#: A word joined by a hyphen right before a name: the name is the second partner of a compound.
_HYPHEN_BEFORE = regex.compile(r"\p{L}{3,}-$")
_PRO = regex.compile(r"(?i)\bpro-$")
# "NATO-led", "NATO led mission" (not a participle with its agent, "the Axis of Resistance led by Iran", nor
# a verb with its object, "NATO led the air campaign")
_LED_MARK = regex.compile(
    r"(?i)^(?:-(?:led|dominated|headed)\b|\s(?:led|dominated|headed)(?=\s++(?!(?:by|the|a|an|its|their)\b)\p{L}))"
)
_KIND_NOT = regex.compile(
    r"\s+(?:is|was|are)\s+(?:not|n[’']t)\s+(?:an?\s+)?(?P<k>military|security|economic|political)\s+"
    r"(?:organi[sz]ation|alliance|bloc|pact|union)",
    regex.IGNORECASE,
)
_FOLLOWING = regex.compile(
    r"\s+(?:countries|members|partners|forces|troops|warplanes|jets|aircraft|air\s+strikes|airstrikes|nations|states)\b",
    regex.IGNORECASE,
)
#: A preposition of place right before a name: "in Baghdad and Amman" names places, not a group of states.
_DATELINE_AFTER = re.compile(r"\s*(?:[,(/]|\s[-—–]\s)")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Vv]ia)\s+(?:the\s+)?$"
)  # ("In Brussels, ...")
#: The same before a list of places: "in Paris and ", "in Rome, Berlin and ".
_LOCATIVE_LIST_BEFORE = regex.compile(
    r"\b(?:in|at|from|near|via)\s+(?:\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?\s*,\s*){0,4}"
    r"\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?,?\s+(?:and|or)\s+$"
)
#: Where a clause ends. The stdlib engine: a plain alternation cannot backtrack badly, and it is faster here.
_CLAUSE_END = re.compile(r"[;]|\.\s|\s[—–]\s|,\s+(?:but|while|whereas|although)\b")
#: Where each clause end starts: the lookahead finds them all, so the first at or after a position is the
#: one a search from that position finds.
_CLAUSE_END_AT = re.compile(rf"(?=(?:{_CLAUSE_END.pattern}))")
_WORD = regex.compile(r"[\p{L}][\p{L}\-’']*")


@attrs.define
class _Draft:
    """A mention being built; turned into a frozen :class:`Coalition` at the end."""

    start: int
    end: int
    head: str  # the trigger noun, lower case, or "org"
    head_start: int
    entry: ActorEntry | None = None  # the organisation or known coalition named
    det: str | None = None
    leader: Actor | None = None
    members: list[Actor] = attrs.Factory(list)
    adversaries: list[Actor] = attrs.Factory(list)
    kind: CoalitionKind | None = None
    polarity: Polarity = "asserted"
    label: str | None = None
    quoted: bool = False
    anaphoric_group: bool = False
    poss_leader: bool = False
    evidence: bool = False
    our: bool = False
    leader_org: bool = False
    drop: bool = False
    #: a named adversary the negation took away ("not a coalition against Russia"): a bloc between states
    denied_foes: bool = False
    #: a coalition at home by its own words ("the ruling coalition"): no anaphor of a body named before
    domestic: bool = False
    #: at home by the words around it only ("..., the largest partner in the coalition"): an anaphor still,
    #: unless a coalition at home was named since its antecedent
    domestic_context: bool = False
    aside_end: int | None = None  # where the aside holding this mention closes (", set up in 2002,")
    #: where an aside that names the leader opens (", chaired by Mali"): the words before it are the
    #: mention's own, which may re-mention a body
    led_aside: int | None = None
    list_end: int | None = None  # where the member list right after the mention ends
    kind_denied: str | None = None  # the kind the text denies ("The SCO is not a military organization")
    like: ActorEntry | None = None  # the body a bloc is likened to ("an Asian Nato")
    runner: ActorEntry | None = (
        None  # the standing body that runs it ("a NATO operation"): named, so remembered
    )
    #: a body named by a descriptive alias after an indefinite article ("an Islamic military alliance"):
    #: the body only if the text asserts it; a denied or supposed one is a bloc of that description
    generic: bool = False
    #: the count and the words of the states an anaphor says it is made of ("is made up of ten Southeast Asian
    #: countries"): a standing body whose name holds the words and whose membership has that size
    composed: tuple[int, list[str]] | None = None
    #: named by "it" before it ("I would not call it a military alliance"): the pair of states just named
    called_it: bool = False
    #: the codes of standing bodies named in its member list ("which includes the EU and Australia"): kept
    #: as members, though other organisations among the members are not
    listed_bodies: set[str] = attrs.Factory(set)


def find_coalitions(
    text: str,
    *,
    body_start: int = 0,
    quotes: Sequence[Quote] = (),
    gazetteer: Gazetteer | None = None,
) -> tuple[Coalition, ...]:
    """Find the coalitions, alliances, blocs and standing organisations in ``text[body_start:]``.

    ``quotes`` (from :func:`geoquote.find_quotes`) lets "our allies" inside a quotation resolve to the
    speaker's country; ``gazetteer`` replaces the shipped actor gazetteer. Never raises on messy text.

    >>> [c.id for c in find_coalitions("Finland joined NATO in April after decades of neutrality.")]
    ['NATO']
    """
    ensure_text(text)
    start = min(ensure_offset(body_start), len(text))
    ensure_instance(quotes, Sequence, "quotes", "a sequence of geoquote.Quote")
    if not all(isinstance(q, Quote) for q in quotes):
        raise InputTypeError("quotes must be a sequence of geoquote.Quote (as find_quotes returns)")
    if gazetteer is not None:
        ensure_instance(gazetteer, Gazetteer, "gazetteer", "a geoquote.Gazetteer or None")
    return coalitions_in(text, reading_copy(text, start), start, quotes, gazetteer)


def coalitions_in(
    text: str, work: str, start: int, quotes: Sequence[Quote], gazetteer: Gazetteer | None
) -> tuple[Coalition, ...]:
    """The coalitions of ``text[start:]``, read in ``work`` (``text`` or its :func:`reading_copy`): the
    spans quote ``text``."""
    if work is not text:
        return tuple(respan(c, text) for c in coalitions_in(work, work, start, quotes, gazetteer))
    matcher = matcher_for(gazetteer or default_gazetteer())
    spots = matcher.spots(text, start)
    if not spots:
        return ()
    # the sentence-end scans of this text share one budget, longer for a longer text (a backstop, far above
    # what a full scan takes, so that a busy machine or threads sharing one process do not change the result)
    budget = ScanBudget(_SENT_BUDGET + len(text) * _SENT_BUDGET_PER_CHAR)
    try:
        out = _read(text, _spot_sentences(text, start, spots, budget), quotes, matcher, budget)
    except TimeoutError:  # the scans ran out of time: read the text as one sentence, in pieces
        out = _read(text, _eager_sentences(text, one_sentence(text, start), spots), quotes, matcher, budget)
    return tuple(_finish(text, d, matcher.gazetteer) for d in out if not d.drop)


#: A sentence passed over since the last one read: ``(s, e, False)``, or ``(lo, hi, True)`` for every
#: sentence between the boundaries ``lo`` and ``hi``, split only if an anaphor needs them.
_Gap = tuple[int, int, bool]


def _read(
    text: str,
    order: Iterable[tuple[int, int, list[_Gap]]],
    quotes: Sequence[Quote],
    matcher: ActorMatcher,
    budget: ScanBudget,
) -> list[_Draft]:
    """The drafts of the sentences in ``order`` (each with what was passed over before it), in text order,
    anaphors resolved."""
    out: list[_Draft] = []
    memory = _Memory()
    for s, e, gaps in order:
        sent_hits = _with_leader_forces(text, s, e, list(matcher.hits(text, s, e)), matcher)
        thorough = len(out) < _DENSE_BASE + e // _DENSE_CHARS
        drafts = _sentence_drafts(text, s, e, sent_hits, matcher, thorough=thorough)
        if gaps and any(d.anaphoric_group or d.called_it or _counted_anaphor(text, d) for d in drafts):
            skipped = _skipped(text, gaps, budget)
            if skipped:
                memory.catch_up(text, skipped, matcher)
        if thorough and text.startswith(("It ", "They "), s):
            for d in drafts:
                _pronoun_joined(text, s, d, matcher)
        for d in drafts:
            was = d.entry
            _resolve_anaphora(text, d, memory, quotes, matcher, s)
            _same_led(d, memory)
            if was is None and d.entry is not None and d.entry.standing and d.polarity == "hypothetical":
                d.polarity = "asserted"  # "Had Chad joined the confederation": the AES exists, as when named
            memory.note(d)
        _same_count_after(text, drafts)
        memory.note_lists(text, s, e, sent_hits)
        out.extend(drafts)
    return out


#: A sentence that opens with "It" or "They" as the subject of a verb of joining or membership, up to the body
#: right after it: "It joined ", "They have since joined the ", "It became a full member of ".
_PRONOUN_JOINED = regex.compile(
    r"""(?P<p>It|They)\s+(?:(?:has|have|had|formally|officially|finally|later|then|also|since|eventually)\s+){0,3}
        (?:(?:re-?)?joined|(?:re-?)?joins?|acceded\s+to|belongs?\s+to|signed\s+up\s+to
          # founding: "They founded the Alliance of Sahel States in 2023" (its founders are members)
          |(?:co-?)?founded|formed|set\s+up
          |(?:became|become|is|are|was|were|been)\s+(?:an?\s+|the\s+)?(?:(?:full|founding|formal)\s+)?members?\s+of
          |(?P<became>became|becomes))
        \s+""",
    regex.VERBOSE,
)
#: The rest of "became <the body>'s (32nd) member".
_MEMBER_OF_IT_AFTER = regex.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:member|members)\b")
#: How far back the sentence before a pronoun's is read.
_PREVIOUS_REACH = 400
#: A sentence end before the next sentence's start: the mark, closing quotes and brackets, and the blank.
_SENTENCE_END_BEFORE = regex.compile(r"(?:[.!?][\p{Pf}\"'’”)]*+\s++|\n\s*+)")
#: What follows a sentence's opening subject: a verb (a lower-case word), not a possessive or "of".
_VERB_AFTER_SUBJECT = regex.compile(r"\s+(?!of\b|and\b|or\b)(?:has\s+|have\s+|had\s+)?\p{Ll}{2,}")


def _pronoun_joined(text: str, s: int, d: _Draft, matcher: ActorMatcher) -> None:
    """The states that "It"/"They" stands for, joining the body right after: "Finland dropped its neutrality.
    It joined NATO in 2023" makes Finland a member. The pronoun stands for the previous sentence's own
    subject only: the actor (for "It") or the two actors or more (for "They") that open that sentence and
    come right before its verb; any other opening (a person, "The prime minister of Finland") leaves the
    body with no member."""
    pm = _PRONOUN_JOINED.match(text, s)
    if pm is None or pm.end() != d.start or d.members:
        return
    if pm.group("became") and _MEMBER_OF_IT_AFTER.match(text, d.end) is None:
        return  # ("It became the alliance's 32nd member", not "It became the alliance's voice")
    lo = max(0, s - _PREVIOUS_REACH)
    ends = [m.end() for m in _SENTENCE_END_BEFORE.finditer(text, lo, s)]
    if not ends or ends[-1] != s:
        return
    ps = ends[-2] if len(ends) > 1 else (0 if lo == 0 else -1)
    if ps < 0:
        return
    pe = s
    prev_hits = list(matcher.hits(text, ps, pe))
    actors, end = actor_list(text, ps, pe, prev_hits, first_gap=0)
    if not actors or actors[0].start != ps or _VERB_AFTER_SUBJECT.match(text, end, pe) is None:
        return
    if any(a.type not in ("state", "government") for a in actors):
        return
    if (pm.group("p") == "It") != (len(actors) == 1):
        return
    d.members.extend(actors)


def _same_led(d: _Draft, memory: _Memory) -> None:
    """A definite led mention with no id of its own takes the id of the same leader's coalition named so
    before ("The US-led coalition will leave Iraq ... Russia is not part of the US-led coalition")."""
    if d.entry is not None or d.leader is None or not d.leader.code or d.det != "the" or d.label:
        return
    for c in reversed(memory.named):
        if c.entry is not None and not c.entry.standing and c.head == d.head and c.leader is not None:
            if c.leader.code == d.leader.code:
                d.entry, d.kind = c.entry, d.kind or c.entry.kind
            return  # (only the latest such coalition: another leader's named since breaks the chain)


def _spot_sentences(
    text: str, start: int, spots: list[int], budget: ScanBudget
) -> Iterator[tuple[int, int, list[_Gap]]]:
    """Each sentence piece (see :func:`_bounded`) of ``text[start:]`` that holds a spot, with the pieces
    passed over before it. Only the sentences around the spots are split: the same pieces in the same
    order as splitting the whole text, at the cost of the text near the spots."""
    i, floor = 0, start
    gaps: list[_Gap] = []
    while i < len(spots):
        b, e = sentence_around(text, floor, spots[i], budget)
        if b > floor:
            gaps.append((floor, b, True))
        for ps, pe in _bounded(text, sentence_span(text, b, e)):
            while i < len(spots) and spots[i] < ps:
                i += 1
            if i < len(spots) and spots[i] < pe:
                yield ps, pe, gaps
                gaps = []
            else:
                gaps.append((ps, pe, False))
        while i < len(spots) and spots[i] < e:
            i += 1
        floor = e


def _eager_sentences(
    text: str, spans: list[tuple[int, int]], spots: list[int]
) -> Iterator[tuple[int, int, list[_Gap]]]:
    """Like :func:`_spot_sentences` over sentence spans already found."""
    i = 0
    gaps: list[_Gap] = []
    for s, e in _bounded(text, spans):
        while i < len(spots) and spots[i] < s:
            i += 1
        if i == len(spots):
            return
        if spots[i] >= e:
            gaps.append((s, e, False))
            continue
        yield s, e, gaps
        gaps = []


def _skipped(text: str, gaps: list[_Gap], budget: ScanBudget) -> list[tuple[int, int]]:
    """The sentence pieces of ``gaps``, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi, whole in gaps:
        if whole:
            out.extend(_bounded(text, sentences_between(text, lo, hi, budget)))
        else:
            out.append((lo, hi))
    return out


# --------------------------------------------------------------------------------------------- drafts


def _sentence_drafts(
    text: str, s: int, e: int, hits: list[ActorHit], matcher: ActorMatcher, *, thorough: bool = True
) -> list[_Draft]:
    """Every coalition draft of one sentence, attributes filled (``thorough``; else the mentions only, with
    their known bodies), hard negatives dropped."""
    sent = text[s:e]
    headline = _is_headline(sent)
    drafts = [*_org_drafts(text, s, e, hits, matcher), *_trigger_drafts(text, s, e, hits, matcher, headline)]
    drafts = _merge(text, sorted(drafts, key=lambda d: (d.start, -d.end)))[:_MAX_DRAFTS]
    for d in drafts:
        _group_named_before(text, s, d, hits)
    for p, d in itertools.pairwise(drafts):
        opened = _ASIDE_OPEN.match(text, p.end, d.start) or _PLACE_THEN_ASIDE.match(text, p.end, d.start)
        if opened is not None:
            close = _CLAUSE_BREAK.search(text[d.end : e])
            d.aside_end = d.end + close.start() if close else None
    for d in drafts:
        if d.aside_end is None and _RELATIVE_OPEN.search(text, max(s, d.start - 80), d.start) is not None:
            # "Chad's junta, which is not part of the AES, sent troops to fight Boko Haram": the relative
            # holding the mention closes at its comma; what follows is the main clause's
            close = _CLAUSE_BREAK.search(text, d.end, e)
            if close is not None and close.group() == ",":
                d.aside_end = close.start()
    for i, d in enumerate(drafts):
        if thorough:
            _attributes(text, s, e, _next_start(text, d, drafts[i + 1 :], e), d, hits)
        if d.drop and d.det in ("the", "this", "that") and d.head in HEADS["anaphor"] and _states(d) >= 2:
            d.drop = False  # "the organization includes India and Pakistan": a body of states, named before
        if _members_deny_body(d):
            # "The so-called Quad on Sudan, made up of the US, Saudi Arabia, Egypt and the UAE": another
            # grouping of the same name, not the body whose members the gazetteer lists
            d.entry = None
        if (
            d.generic
            and d.polarity != "asserted"
            and d.entry is not None
            and _NAMING_VERB_END.search(text, max(s, d.start - 24), d.start) is None
        ):  # (but "what officials call an axis of upheaval": the name given, hedged or not, is the body's)
            # "no room for an Arab defence alliance beyond the one there is": no body named
            d.head = text[d.start : d.end].split()[-1].casefold()
            d.entry = d.label = None
        _known_coalition(text, d, hits, matcher, (s, e))
        if d.entry is None and _is_domestic(text, s, e, d, headline):
            d.drop = d.domestic_context = True
        if i and not d.adversaries and _AS_WELL_AS_GAP.fullmatch(text[drafts[i - 1].end : d.start]):
            d.adversaries.extend(
                drafts[i - 1].adversaries
            )  # "X against ISIS, as well as the coalition led by Y"
    if thorough and len(drafts) > 1:
        _bodies_in_lists(text, drafts)
    if thorough and drafts:
        _members_next(text, e, drafts, matcher)
    if thorough and len(drafts) > 1:
        _coordinated_bodies(text, drafts)
    for d in drafts:
        if d.det in ("every", "each") and d.entry is None and not d.label and not d.members:
            d.drop = True  # "Not every bloc has grown": any bloc at all, none named
    if thorough and drafts and _may_say_became_member(fold(text[s:e])):
        _member_of_the_body_before(text, s, e, drafts, hits)
    if thorough and len(drafts) > 1:
        _predicate_leaders(text, drafts)
        _predicate_descriptions(text, drafts)
        _named_after_list(text, drafts)
    return drafts


#: What stands between an armed group's name and an alliance apposed to it: "JNIM, ", "the FLA (Azawad
#: Liberation Front) – ".
_GROUP_APPOSITION = regex.compile(r"(?:\s*\([^()]{1,60}\))?\s*(?:,|—|–|--|\s-)\s*$")
_THE_END = regex.compile(r"(?i)\bthe\s+$")


#: The most members a body may have in the gazetteer for the members a text lists to deny its name.
_SMALL_BODY = 6


def _members_deny_body(d: _Draft) -> bool:
    """Are the mention's own members, three states or more, all but one outside the small ad-hoc body it was
    named as (three to six members in the gazetteer)? Then the name is another grouping's: "the Quad" of
    mediators on Sudan is no Quad of the Indo-Pacific. A standing body's members may be told before they are
    in the data (a new member), and a large coalition's data lists only some, so neither is denied."""
    entry = d.entry
    if entry is None or entry.standing or not 3 <= len(entry.members) <= _SMALL_BODY:
        return False
    states = {a.code for a in d.members if a.code and a.type in ("state", "government")}
    if len(states) < 3:
        return False
    known = {*entry.members, *entry.former}
    return len(states & known) <= 1


def _group_named_before(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """An indefinite alliance apposed to a known armed group's name ("JNIM, an alliance of jihadist
    groups"): the group is that alliance, so the mention starts at its name and takes its id (the
    gazetteer knows the group, not always that it is an alliance)."""
    if d.entry is not None or d.det not in ("a", "an") or d.head not in HEADS["strong"]:
        return
    before = hits_before(hits, d.start)
    if not before:
        return
    h = before[-1]
    if len(before) > 1 and before[-2].entry is h.entry and text[before[-2].end : h.start].strip() == "(":
        h = before[-2]  # "the Syrian Democratic Forces (SDF), a ...": the name before its acronym
    if (
        h.start < s
        or h.entry.type not in ("armed_group", "group")
        or h.via not in ("name", "acronym")
        or _GROUP_APPOSITION.fullmatch(text, h.end, d.start) is None
    ):
        return
    the = _THE_END.search(text, max(s, h.start - 4), h.start)
    d.start = the.start() if the is not None else h.start
    d.entry, d.label = h.entry, h.entry.label or h.entry.name


#: A naming verb between a description and the body's name: " called ", ", known as ".
_NAMING_GAP = regex.compile(
    r"\s*,?\s*(?:which\s+is\s+)?(?:called|known\s+as|dubbed|named|officially\s+known\s+as)\s+[‘“'\"]?",
    regex.IGNORECASE,
)


def _named_after_list(text: str, drafts: list[_Draft]) -> None:
    """A description whose member list ends right before "called" and a body's name ("a confederation
    between A, B and C called the Alliance of Sahel States"): one mention, as an apposition is (the list
    made the two drafts too far apart to merge before the attributes were read)."""
    for a, b in itertools.pairwise(drafts):
        if a.drop or b.drop or b.head != "org" or b.entry is None or a.entry is not None or a.label:
            continue
        if a.head == "org" or not a.members or _NAMING_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        _absorb(a, b)
        a.end, b.drop = b.end, True


#: A copula between a mention and a predicate nominal after it: " would be ", ", officials said, is ".
_COPULA_GAP = regex.compile(
    r"""(?i)\s*(?:,[^,.;:]{1,40},\s*)?(?:(?P<modal>would|will|could|might|should)\s+(?:(?:also|then|likely)\s+)?be
        |is|was|are|were|remains|remained|became|becomes)\s+""",
    regex.VERBOSE,
)


#: The same, then an article and up to two words the mention left out: " is a sovereign ".
_COPULA_ARTICLE_GAP = regex.compile(
    _COPULA_GAP.pattern + r"(?:(?P<art>an?)\s+(?:[\p{L}\-]+\s+){0,2})?", regex.VERBOSE
)


def _predicate_descriptions(text: str, drafts: list[_Draft]) -> None:
    """A bare indefinite description that a copula says a named body is ("The AES is a sovereign
    confederation") describes that body: it is no mention of its own. One with a leader, members, foes, a
    label or a kind of its own says more and stays, as does one after a modal or a negation."""
    for a, b in itertools.pairwise(drafts):
        if a.drop or b.drop or a.entry is None or a.generic or b.entry is not None or b.label:
            continue
        if b.det not in ("a", "an", None) or b.leader is not None or b.members or b.adversaries or b.kind:
            continue
        if b.head not in ("confederation", "axis", "union", "community"):
            continue
        m = _COPULA_ARTICLE_GAP.fullmatch(text, a.end, b.start)
        if m is None or m.group("modal") or b.polarity != "asserted":
            continue
        if b.det is not None or m.group("art"):  # "is a sovereign confederation": the article before a word
            b.drop = True


def _predicate_leaders(text: str, drafts: list[_Draft]) -> None:
    """A mention that a predicate calls an "X-led effort" ("The coalition would be a British-led effort"): X
    leads the mention, the predicate is no mention of its own, and a modal makes a mention that is no
    standing body a supposed one."""
    for a, b in itertools.pairwise(drafts):
        if a.drop or b.drop or a.leader is not None or b.leader is None or not b.leader.code:
            continue
        if b.det not in ("a", "an") or b.head not in HEADS["led_only"]:
            continue
        m = _COPULA_GAP.fullmatch(text, a.end, b.start)
        if m is None:
            continue
        a.leader, b.drop = b.leader, True
        if not a.adversaries:
            a.adversaries.extend(b.adversaries)
        if m.group("modal") and not (a.entry is not None and a.entry.standing) and a.polarity == "asserted":
            a.polarity = "hypothetical"


#: "became a full member" with no body after it: a member of the body the sentence named before.
_BECAME_MEMBER = regex.compile(
    r"""(?i)\b(?:became|has\s+become|have\s+become|had\s+become|becomes|is\s+now|was\s+admitted\s+as|joined\s+as)
        \s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?members?\b(?!\s+(?:of|state|states|country|countries|to)\b)(?!\s+in\s+(?!\d))(?![\w-])""",
    regex.VERBOSE,
)


def _may_say_became_member(folded: str) -> bool:
    """A literal prefilter for :data:`_BECAME_MEMBER` on folded text."""
    return "member" in folded and any(w in folded for w in ("bec", "is now", "admitted as", "joined as"))


def _member_of_the_body_before(text: str, s: int, e: int, drafts: list[_Draft], hits: list[ActorHit]) -> None:
    """ "The Southern Common Market was founded in 1991, and Bolivia became a full member last year": the
    subject is a member of the last named body before it in the sentence."""
    for m in itertools.islice(_BECAME_MEMBER.finditer(text, s, e), 4):
        body = next(
            (d for d in reversed(drafts) if d.end <= m.start() and (d.entry is not None or d.label)), None
        )
        if body is None or _FUTURE_JOIN.search(text, max(s, m.start() - 30), m.start()):
            continue
        found = _Draft(body.start, body.end, body.head, body.head_start)
        subj = [h for h in hits_before(hits, m.start()) if h.start >= body.end]
        _take_subject(text, found, subj, m.start(), s)
        body.members.extend(a for a in found.members if a.type != "organization")


def _states(d: _Draft) -> int:
    """How many states a draft names as members."""
    return len({a.code for a in d.members if a.code and a.type in ("state", "government")})


def _bounded(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sentences, an overlong one (hostile text, a list without stops) cut at spaces into pieces of at most
    ``_MAX_SENTENCE`` characters, so the work per sentence is bounded and the whole stays linear."""
    for s, e in spans:
        while e - s > _MAX_SENTENCE:
            cut = text.rfind(" ", s + _MAX_SENTENCE // 2, s + _MAX_SENTENCE)
            cut = cut if cut > s else s + _MAX_SENTENCE
            yield s, cut
            s = cut
        yield s, e


def _bodies_in_lists(text: str, drafts: list[_Draft]) -> None:
    """A known body named in an earlier mention's member list ("The coalition, which includes the EU and
    Australia") is one of its members, not a mention of its own."""
    for i, d in enumerate(drafts):
        for n in drafts[i + 1 :]:
            if d.drop or n.drop or n.entry is None or n.members or n.leader is not None:
                continue
            if not _BODY_IN_LIST_GAP.fullmatch(text, d.end, n.start):
                continue
            if any(m.code == n.entry.code and n.start <= m.start < n.end for m in d.members):
                n.drop = True
                d.listed_bodies.add(n.entry.code)


#: From a mention to a body named in its member list: ", which includes (the EU)", " whose members include
#: Canada, (the EU)", ", including Japan and (the EU)".
_BODY_IN_LIST_GAP = regex.compile(
    r"""(?i)[^.;:()]{0,40}?\b(?:includes|included|include|including|comprises|comprising|made\s+up\s+of)\s+
        (?:[^.;:()]{0,80}?(?:,|\band)\s+)?(?:the\s+)?""",
    regex.VERBOSE,
)


def _next_start(text: str, d: _Draft, later: Sequence[_Draft], e: int) -> int:
    """Where the next mention that bounds ``d``'s clause starts; one inside an aside after ``d`` does not.

    "The EU mission, involving 19 EU nations, aims to counter the Houthis": "EU nations" sits in an aside.
    """
    for n in later:
        if (
            n.entry is not None
            and n.det in (None, "the")
            and _BODY_IN_LIST_GAP.fullmatch(text, d.end, n.start)
        ):
            continue  # "The coalition, which includes the EU and Australia": a body listed among its members
        opened = _ASIDE_OPEN.match(text, d.end, n.start) or _PLACE_THEN_ASIDE.match(text, d.end, n.start)
        if opened is None:
            return n.start
        close = text.find(opened.group("o") if opened.group("o") != "(" else ")", n.end, e)
        if close == -1:
            return n.start
    return e


@functools.lru_cache(maxsize=64)  # asked once per mention of the same sentence
def _is_headline(sent: str) -> bool:
    """A title-case line of 4 to 16 words: a headline, whose grammar the sentence rules do not fit."""
    words = _WORD.findall(sent)
    if len(words) < 4 or len(words) > 16:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.6


#: A grouping of states given a name right before it: "The four-nation grouping, dubbed (the Squad)", "a
#: defence format known as (the Squad)".
_GROUPING_NAMED_BEFORE = regex.compile(
    r"""(?i)\b(?:grouping|group|format|bloc|alliance|partnership|coalition|quartet|minilateral)\s*,?\s+
        (?:(?:also|informally|sometimes|widely|now|often)\s+)?(?:called|known\s+as|dubbed|nicknamed|named)\s+
        (?:the\s+)?[\p{Pi}\"']?$""",
    regex.VERBOSE,
)


def _members_beside(h: ActorHit, hits: list[ActorHit]) -> bool:
    """Does the sentence of ``hits`` name as many of the body's members as its ambiguous name needs
    (:data:`BODIES_NAMED_WITH_MEMBERS`)? "the Squad, with Australia, Japan, ...", "Squad ministers from
    Manila and Tokyo"."""
    named = {x.entry.code for x in hits if x.entry.code in h.entry.members}
    return len(named) >= BODIES_NAMED_WITH_MEMBERS[h.entry.code]


#: How far before its sentence a short name's context may stand (:data:`BODIES_NAMED_IN_CONTEXT`).
_CONTEXT_BEFORE = 400


#: "of" and a capitalised word right after a name: "(Axis) of Evil".
_OF_A_NAME = regex.compile(r"\s+of\s+(?:the\s+)?\p{Lu}")


def _short_name_out_of_context(text: str, s: int, e: int, h: ActorHit) -> bool:
    """Is the hit a body's short name that is also a road, a paper size or a product ("the A3 motorway",
    "A3 paper"), with none of its context words (:data:`BODIES_NAMED_IN_CONTEXT`) in the sentence or just
    before it? "The A3 called for a ceasefire" stays the body."""
    names, context = BODIES_NAMED_IN_CONTEXT[h.entry.code]
    name = text[h.start : h.end]
    if name not in names:
        return False
    if name.isalpha() and _OF_A_NAME.match(text, h.end, e) is not None:
        return True  # "the Axis of Evil": a word of another name ("Axis of Resistance" is a name of its own)
    window = text[max(0, s - _CONTEXT_BEFORE) : e]
    return not any(c in window for c in context)


def _eligible_org(entry: ActorEntry) -> bool:
    """Is a named actor a coalition mention of its own: an organisation, or a group or armed group the data
    gives members (an alliance of armed groups: "the Three Brotherhood Alliance", "the AFC")?"""
    if entry.code in _OUT_OF_SCOPE:
        return False
    return entry.type == "organization" or bool(entry.members and entry.type in ("group", "armed_group"))


def _seat_as_place(text: str, s: int, h: ActorHit) -> bool:
    """A body named by its seat ("Brussels" for the EU: an alias its name does not hold) after a locative
    preposition ("in Brussels"): the place, not the body."""
    if h.via != "name" or h.entry.type != "organization":
        return False  # (aliases are matched as names)
    surface = text[h.start : h.end]
    if " " in surface or surface.casefold() in h.entry.name.casefold():
        return False
    if surface.isupper() and _DATELINE_AFTER.match(text, h.end) is not None:
        return True  # "BRUSSELS, March 4 (Reuters) -": a dateline's city, in capitals
    return (
        _LOCATIVE_BEFORE.search(text, max(s, h.start - 12), h.start) is not None
        or _LOCATIVE_LIST_BEFORE.search(text, max(s, h.start - 60), h.start) is not None
    )  # "in Brussels", "protests in Paris and Brussels"


def _org_drafts(text: str, s: int, e: int, hits: list[ActorHit], matcher: ActorMatcher) -> list[_Draft]:
    """Drafts for standing organisations and known coalitions named in the sentence."""
    out: list[_Draft] = []
    for h in hits:
        if not _eligible_org(h.entry):
            continue
        if _seat_as_place(text, s, h):
            continue  # "the flag fluttered in Brussels": the city, not the EU it stands for elsewhere
        if (
            h.entry.code in BODIES_NAMED_WITH_MEMBERS
            and not _members_beside(h, hits)
            and _GROUPING_NAMED_BEFORE.search(text, max(s, h.start - 60), h.start) is None
        ):
            continue  # "the Squad" of lawmakers: the defence grouping only beside its member states, or as
            # the name given to a grouping of states ("the four-nation grouping, dubbed the Squad")
        if h.entry.code in BODIES_NAMED_IN_CONTEXT and _short_name_out_of_context(text, s, e, h):
            continue  # "the A3 motorway": the African members of the Council only in a sentence about them
        code = _CODE_BEFORE.search(text, max(s, h.start - 12), h.start)
        if code is not None and hit_covering(hits, code.start()) is None:
            continue  # "the SSN-AUKUS boat": a class or product name that holds the body's
        after = text[h.end : min(e, h.end + 40)]
        if after.startswith(("-like", "-style", "-type", " -like")):
            continue
        if _LED_MARK.match(after) or after.startswith(("-backed", "-hosted", "-run", "-based")):
            continue  # "NATO-led force": the organisation leads another mention
        if (
            out
            and out[-1].entry is not None
            and out[-1].entry.code == h.entry.code
            and (h.start - out[-1].end < 4 or _OR_GAP.fullmatch(text, out[-1].end, h.start) is not None)
        ):  # "the Shanghai Cooperation Organisation (SCO)", "the African Union, or AU"
            close = _PAREN_CLOSE.match(text, h.end, e)
            out[-1].end = max(out[-1].end, close.end() if close is not None else h.end)  # 'X (“Y”)'
            tail = _ORG_TAIL.match(text, out[-1].end, e)
            if tail is not None:
                out[-1].end = tail.end()
            continue
        window = text[max(s, h.start - 30) : h.start]
        if _ANTI.search(window) and _FOE_OF_HEAD.match(text, h.end, e) is not None:
            continue  # "an anti-NATO alliance": the body is the foe of the bloc whose head follows
        if text[h.start].islower() and _INDEFINITE_MODIFIED.search(window):
            continue  # "a regional air defence coalition": a bloc of the description, not the body named so
        if _NEW_DESCRIBED_BEFORE.search(window) and _LOWER_WORD.search(text, h.start, h.end):
            continue  # "plans to form a new Islamic military alliance": a body still to be made, described
            # as the known one is named, not that body
        like = _like_a_body(text, s, e, h)
        if like is not None:
            out.append(like)
            continue
        left = _ORG_LEFT.search(window) if _may_end_in_org_left(window) else None
        start = h.start - len(left.group()) if left else h.start
        if (
            left
            and _INDEFINITE_END.search(left.group())
            and (_NOUN_AFTER.match(text, h.end, e) or _HYPHEN_JOINED.match(text, h.end))
        ):
            start = h.start  # "a Nato summit", "a EU-China deal": the article is the summit's or the deal's
        end = h.end
        paren = _ACRONYM_PAREN.match(text, end, e)
        if paren is not None:
            inner = [x for x in hits_after(hits, paren.start() + 1) if x.start < paren.end()]
            if inner and all(x.entry.code == h.entry.code for x in inner):
                end = paren.end()
        sub = _SUB_BODY.match(text, end, e)
        if sub is not None:  # "the OSCE Minsk Group": a format the body runs, named after it
            d = _Draft(start, sub.end(), "org", h.start)
            d.leader, d.leader_org, d.kind = h.actor, True, h.entry.kind
            d.label = _SPACES.sub(" ", text[h.start : sub.end()])
            out.append(d)
            continue
        force = _FORCE_TAIL.match(text, end, e)
        if force is not None:
            d = _Draft(start, force.end(), "force", force.start(), det=None)
            d.leader, d.leader_org, d.runner = h.actor, True, h.entry
            out.append(d)
            continue
        tail = _ORG_TAIL.match(text, end, e)
        if tail is not None:
            end = tail.end()
            if left and _SINGULAR_DET.match(left.group()) and _PLURAL_END.search(tail.group()):
                start = h.start  # "said that ASEAN countries": "that" before a plural is no determiner
            if start == h.start and _PLURAL_END.search(tail.group()):
                counted = _COUNT_BEFORE_NAME.search(text, max(s, h.start - 24), h.start)
                if counted is not None and count_value(counted.group("n")) is not None:
                    start = counted.start()  # "the ten ASEAN states", "two of the 12 OPEC members"
        if left and left.group().endswith(tuple(_ORG_LEFT_QUOTES)):
            if end < e and text[end] in _ORG_RIGHT_QUOTES:
                end += 1  # "the Saudi-led “Islamic Military Alliance”": the name in quote marks, both kept
            else:
                start = h.start  # "“NATO is an instrument ...”": the mark opens a quotation, not the name
        d = _Draft(start, end, "org", h.start, entry=h.entry)
        d.label = h.entry.label or h.entry.name
        if " " in text[h.start : h.end] and may_hold_adversary_cue(text[h.start : h.end]):
            d.adversaries.extend(_foes_in_name(text, h, matcher))  # "the Global Coalition to Defeat ISIS"
        d.generic = bool(
            left and _INDEFINITE_LEFT.match(left.group()) and _LOWER_WORD.search(text, h.start, h.end)
        )
        d.kind = h.entry.kind
        _led_left(text, s, d, hits)
        _owned_by_runner(text, s, d, out, hits)
        out.append(d)
    return out


#: A count right before a body's name that a plural member noun follows: "the ten (ASEAN states)".
#: Without a determiner the count is a subset's ("20 NATO members agreed").
_COUNT_BEFORE_NAME = regex.compile(r"\b(?:[Tt]he|[Aa]ll|[Ii]ts|[Tt]heir)\s+(?P<n>[\w-]+)\s+$")
_SINGULAR_DET = regex.compile(r"(?i)(?:this|that|an?)\s+(?![\w-]+[-\s](?:nation|member|state|country)\s)")
_PLURAL_END = regex.compile(r"(?i)(?:members|countries|states|nations)$")
_INDEFINITE_LEFT = regex.compile(r"(?i)(?:an?|any|no)\s")
#: A verb of naming right before a mention: "call ", "dubbed ", "what analysts term ", "known as ".
_NAMING_VERB_END = regex.compile(
    r"(?i)\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|labell?(?:s|ed|ing)?"
    r"|(?:known|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?)\s+as)\s+$"
)
#: An indefinite article and lower-case modifiers of its own before a body's name in lower case: "a regional
#: (air defence coalition)", "a European (drone coalition)" ("a new" may be the body at its founding).
#: (Modifiers only: "a member of the axis of resistance" names the body, its article is the member's.)
_INDEFINITE_MODIFIED = regex.compile(
    r"(?<![\w-])(?i:an?|any|no|another)\s+(?!new\s)(?:(?!(?i:of|the|in|to|for|with|and|or|from)\s)[\p{L}\-]+\s+){1,3}$"
)
_LOWER_WORD = regex.compile(r"\b\p{Ll}{3,}\b")
#: A verb of making, an indefinite article and a word of novelty right before a body's name written in
#: lower-case words: "form a new (Islamic military alliance)", "build another".
_NEW_DESCRIBED_BEFORE = regex.compile(
    # after a verb of making only: "joined a new Islamic military alliance" is the known one, new then
    r"(?i)\b(?:form|create|build|establish|set\s+up|forge|launch|assemble|propose|discuss(?:ed|es)?)\s+"
    r"(?:an?|another)\s+(?:new|proposed|possible|potential|rival|separate|second)\s+$"
)
#: A code in capitals joined to a body's name by a hyphen: "SSN-AUKUS", "MQ-NATO" (not "non-OPEC", nor a
#: wire's slug, "ANALYSIS-Visegrad Group splits").
_CODE_BEFORE = regex.compile(r"(?<![\w-])(?!(?:\L<tags>)-$)[\p{Lu}\d]{2,}-$", tags=list(WIRE_TAGS))
#: An indefinite article, or one with place names before a body's name, that makes the name a type
#: ("an Asian Nato", "a Middle East Nato", "the so-called Pacific NATO"): the phrase ends at the name.
_LIKE_LEFT = regex.compile(
    r"""(?<![\w-])(?:(?P<det>[Aa]n?|[Tt]he|[Aa]ny|[Aa]nother|[Nn]o)\s+(?:so-called\s+)?)?(?P<q>[‘“'"]?)
        (?P<place>(?:\p{Lu}[\p{L}’'\-]*\s+){0,3})[‘“'"]?$""",
    regex.VERBOSE,
)
#: The same with adjectives before a quoted place: 'a wider "Islamic NATO"', 'a kind of "Asian Nato"'.
_LIKE_LEFT_QUOTED = regex.compile(
    r"""(?<![\w-])(?P<det>[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\-]+\s+){1,3}?(?P<q>[‘“'"])
        (?P<place>(?:\p{Lu}[\p{L}’'\-]*\s+){1,3})$""",
    regex.VERBOSE,
)
#: A prefix or a noun of likeness before a body's name: "a mini-Nato", "an Asian version of Nato".
_LIKE_PREFIX = regex.compile(
    r"""(?<![\w-])(?P<det>[Aa]n?|[Tt]he|[Aa]nother)\s+
        (?P<body>(?:[\p{L}\-]+\s+){0,2}?(?:(?:mini|quasi|proto|pseudo|faux)-
          |(?:version|equivalent|copy|clone|imitation|replica|analogue|analog)\s+of\s+(?:the\s+)?))$""",
    regex.VERBOSE,
)
#: What may follow such a name: a place ("a Nato of the Pacific", "for Asia"), a stop, a quote mark, a verb
#: of being.
_LIKE_RIGHT = regex.compile(
    r"""(?P<of>\s+(?:of|for|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*\s*){1,3})?
        (?:,?[’”'"]|(?=[.,;:!?)—–]|\s+[—–]|\s+(?:is|was|would|will|could|might|or|and|but)\b|$))""",
    regex.VERBOSE,
)
#: A commodity before a cartel's or an alliance's name: "a gas OPEC", "an informal “lithium OPEC”", "a grain
#: NATO" (a noun, not an adjective of the body itself: "a stronger NATO" is NATO).
_LIKE_COMMODITY = regex.compile(
    r"""(?<![\w-])(?P<det>[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?P<q>[‘“'"]?)
        (?P<noun>(?:gas|oil|grain|wheat|rice|food|lithium|cobalt|nickel|copper|uranium|chips?|semiconductor
           |rare[\s-]earths?|fertili[sz]er|potash|coffee|cocoa|energy|water)\s+)$""",
    regex.VERBOSE,
)
#: Another body's name after "and", then the noun both names modify: " and European Union member".
_SHARED_MEMBER_NOUN = regex.compile(
    r"\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+"
    r"(?:member|members|ally|allies|state|states|country|countries|nation|nations)\b"
)
#: After a place and its body's name, a purpose or relative clause: "an Asian NATO to contain China",
#: "a Gulf NATO that would ...", "a Pacific NATO aimed at Beijing"; or a word that cannot go on a compound
#: noun, so the phrase has ended: "called an Asian NATO a fantasy", "dismissed an Asian NATO as fantasy",
#: "an Asian NATO in the making".
_LIKE_RIGHT_PURPOSE = regex.compile(
    r"(?=\s+(?:to|that|which|aimed|against|directed|targeting|a|an|as|in|at|on|with|by|from|the)\b)"
)
_INDEFINITE_END = regex.compile(r"(?i)\b(?:an?|this|that|these|those)\s+$")
#: A lower-case word after a body's name: the name modifies it ("a Nato summit", "an EU member").
_NOUN_AFTER = regex.compile(
    r"\s+\p{Ll}[\p{L}\-]+\b"
    # (no preposition, conjunction or verb of being: "an Arab NATO as (a fantasy)", "a NATO that would")
    r"(?<!\b(?:of|for|in|is|was|and|or|as|at|on|to|by|with|from|that|which|into|against|would|will|could|might"
    r"|but|than|like))"
)


def _like_a_body(text: str, s: int, e: int, h: ActorHit) -> _Draft | None:
    """A body's name used as a type: "an Asian Nato", "a Nato of the Pacific", "a Middle East Nato". It
    names no member of the body but a bloc like it, which does not exist: a hypothetical bloc (a negation
    around it still denies it), unless a verb of being says something is one ("it is an Asian Nato"),
    labelled as written, with the body's kind and no id. A quoted place needs no article ('warns of "Asian
    NATO"' in a headline)."""
    if h.via != "acronym":
        return None  # "establishing a Eurasian Economic Union": a full name with an article is the body
    cm = _LIKE_COMMODITY.search(text, max(s, h.start - 50), h.start)
    if cm is not None:  # "an informal gas OPEC": a cartel of another commodity, like the body
        closed = cm.group("q") and text[h.end : h.end + 1] in ("’", "”", "'", '"')
        end = h.end + 1 if closed else h.end  # 'an informal "gas OPEC"': the closing mark with the name
        d = _Draft(cm.start(), end, "like", h.start, det=cm.group("det").casefold())
        d.label = _SPACES.sub(" ", text[cm.start("noun") : h.end]).strip()
        d.quoted, d.kind, d.like = bool(cm.group("q")), h.entry.kind, h.entry
        d.polarity = _like_polarity(text, s, cm.start())
        return d
    pm = _LIKE_PREFIX.search(text, max(s, h.start - 40), h.start)
    if pm is not None:  # "a mini-Nato", "an Asian version of Nato"
        d = _Draft(pm.start(), h.end, "like", h.start, det=pm.group("det"))
        d.label = _SPACES.sub(" ", text[pm.start("body") : h.end]).strip()
        d.kind, d.polarity, d.like = h.entry.kind, "hypothetical", h.entry
        return d
    lm = _LIKE_LEFT.search(text, max(s, h.start - 40), h.start)
    if lm is None or not lm.group("det"):  # 'a broader "Gulf NATO"': the article before an adjective
        lm = _LIKE_LEFT_QUOTED.search(text, max(s, h.start - 50), h.start) or lm
    if lm is None:
        return None
    det, place = (lm.group("det") or "").casefold(), lm.group("place")
    if not det and not (lm.group("q") and place):
        return None  # without an article only a quoted place names a type: 'warns of "Asian NATO"'
    rm = _LIKE_RIGHT.match(text, h.end, e)
    if rm is None and place and det in ("a", "an"):
        rm = _LIKE_RIGHT_PURPOSE.match(text, h.end, e)  # "building an Asian NATO to contain it"
    if rm is None or (det == "the" and not (place and lm.group("q"))):
        return None  # "a Nato summit", "the Nato allies"; "the" only with a quoted place ('the "Asian Nato"')
    if _SHARED_MEMBER_NOUN.match(text, h.end, e) is not None:
        return None  # "Greece, a NATO and European Union member": the noun after both names is shared
    if not place and not rm.group("of") and det in ("the", "no"):
        return None  # "there is no NATO without America": the body itself
    if any(w.casefold() in _NOT_PLACES for w in place.split()):
        return None
    end = rm.end()
    if not lm.group("q"):  # '"It is an Asian NATO," he said': the marks close a quotation around it
        end = rm.start() + len(text[rm.start() : end].rstrip(",’”'\""))
    d = _Draft(lm.start(), end, "like", h.start, det=det or None)
    d.label = _SPACES.sub(" ", text[lm.start("place") : end].translate(_LABEL_QUOTES)).strip(" ,'")
    d.quoted = bool(lm.group("q"))
    d.kind, d.like = h.entry.kind, h.entry
    d.polarity = _like_polarity(text, s, lm.start())
    return d


def _like_polarity(text: str, s: int, start: int) -> Polarity:
    """A bloc like a body, its mention opening at ``start``, does not exist unless the text says something is
    one right before it ("it was an Asian Nato"): asserted then, else hypothetical."""
    copula = _COPULA_BEFORE.search(text, max(s, start - 30), start)
    return "asserted" if copula is not None else "hypothetical"


#: A verb of being right before a mention: the text says its subject is one ("it was an Asian Nato").
_COPULA_BEFORE = regex.compile(
    r"(?i)\b(?:is|was|are|were|be|been|being|has\s+become|have\s+become|had\s+become|became|becomes|remains?|remained)"
    r"\s+(?:(?:already|now|effectively|essentially|really|in\s+effect|de\s+facto)\s+)?[‘“'\"]?$"
)


def _foes_in_name(text: str, h: ActorHit, matcher: ActorMatcher) -> list[Actor]:
    """The target a body's own name states after an adversary cue: "Global Coalition to Defeat ISIS",
    "Global Coalition against Daesh"."""
    cue = ADVERSARY_CUE.search(text, h.start, h.end)
    if cue is None:
        return []
    return [x.actor for x in matcher.hits(text, cue.end(), h.end) if x.entry.type in ("armed_group", "state")]


#: Capitalised words between an article and a body's name that are no place: "a New NATO", "the Former".
_NOT_PLACES = frozenset(
    {"new", "old", "former", "future", "so-called", "reformed", "global", "the", "a", "an", "this", "that"}
)


def _may_end_in_org_left(window: str) -> bool:
    """False when :data:`_ORG_LEFT` can only match the empty string at the end of ``window``.

    A literal prefilter for that end-anchored search: a non-empty match ends in a quote mark, or in blanks
    or a hyphen right after a word ("the ", "fellow ", "non-"); ", " before a name ends in neither.
    """
    last = window[-1:]
    if not last or last in _ORG_LEFT_QUOTES:
        return bool(last)
    if last == "-":
        body = window[:-1]
    elif last.isspace():
        body = window.rstrip()
    else:
        return False
    ch = body[-1:]
    return bool(ch) and (ch.isalpha() or not ch.isascii())


#: A verb of leading and an article after a name, written as "X-led" would be without the hyphen: " led the ".
_LED_VERB_THE = regex.compile(r"(?i)\s(?:led|headed)\s+the\s")


def _led_left(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The leader of a named body written "the Saudi-led “Islamic Military Alliance”"."""
    lm = _LED_LEFT.search(text, max(s, d.start - 12), d.start + 1) or _LED_LEFT.search(
        text, max(s, d.start - 12), d.start
    )  # "the US-led “Gulf ...”" (the mark opens the mention), "The Qatari-led Gulf ..."
    if lm is None:
        return
    lead = hits_ending_at(hits, lm.start())
    if lead is not None and not _eligible_org(lead.entry):
        if text[lm.start()] != "-" and _LED_VERB_THE.match(text, lm.start()) is not None:
            # "Kenya led the East African Community regional force": a verb and its object, not "Kenya-led";
            # the leader is the verb's subject, and the mention starts at its own article
            d.leader = lead.actor
            return
        d.leader, d.start = lead.actor, lead.start
        the = _THE_BEFORE.search(text[max(s, d.start - 4) : d.start])
        if the is not None:
            d.start -= len(the.group())


#: A possessive right before a body's name: "the CSTO's (Collective Rapid Reaction Force)".
_POSSESSIVE_END = regex.compile(r"['’]s\s+$")


def _owned_by_runner(text: str, s: int, d: _Draft, out: list[_Draft], hits: list[ActorHit]) -> None:
    """A body's force or format named after the possessive of the body that runs it, "the CSTO's Collective
    Rapid Reaction Force", "NATO's Kosovo Force": one mention, the owner its leader (the owner's own draft,
    just made, is dropped). The runner is the gazetteer's leader of the named body."""
    runner = d.entry.leader if d.entry is not None else None
    pm = _POSSESSIVE_END.search(text, max(s, d.start - 4), d.start) if runner is not None else None
    if pm is None or not out or out[-1].entry is None or out[-1].entry.code != runner:
        return
    owner = hits_ending_at(hits, pm.start())
    if owner is None or owner.entry.code != runner:
        return
    d.start, d.leader, d.leader_org = out.pop().start, owner.actor, True


def _trigger_drafts(
    text: str, s: int, e: int, hits: list[ActorHit], matcher: ActorMatcher, headline: bool
) -> list[_Draft]:
    """Drafts for trigger heads: "the X-led coalition", "its allies", "allied to Iran", ..."""
    out: list[_Draft] = []
    for m in itertools.islice(HEAD.finditer(text, s, e), _MAX_HEADS):
        if m.group("head") is not None:
            d = _head_draft(text, s, e, m, hits, headline, matcher.plus_of, matcher.gazetteer)
        elif m.group("allied") is not None:
            d = _allied_draft(text, s, e, m, hits)
        else:
            d = None
        if d is not None:
            out.append(d)
    return out


def _head_draft(
    text: str,
    s: int,
    e: int,
    m: re.Match[str],
    hits: list[ActorHit],
    headline: bool,
    plus_of: Mapping[str, ActorEntry] | None = None,
    gazetteer: Gazetteer | None = None,
) -> _Draft | None:
    """The noun phrase around one trigger head, or None when the head is no coalition here."""
    head = m.group("head")
    low = head.casefold()
    hs, he = m.span()
    if low in HEADS["ally_pejorative"]:
        # "the US and its satellites": the hostile word for allies, only after "<actor> and its/their"
        am = _AND_ITS_BEFORE.search(text, max(s, hs - _AND_ITS_REACH), hs)
        if am is None or not am.group("its") or hits_ending_at(hits, am.start()) is None:
            return None
        low = "allies"
    informal = low in HEADS["ally_informal"]  # "Russia's pals": read as "allies" where a state owns them
    if informal:
        am = _AND_ITS_BEFORE.search(text, max(s, hs - _AND_ITS_REACH), hs)
        pm = _POSSESSIVE_BEFORE.search(text, max(s, hs - _POSSESSIVE_REACH), hs)
        if not (
            (am is not None and am.group("its") and hits_ending_at(hits, am.start()) is not None)
            or (
                pm is not None
                and (hits_ending_at(hits, pm.start()) is not None or _LEADER_END.search(text, s, pm.start()))
            )
        ):
            return None  # "his school pals", "pals from the army": a person's friends
        low = "allies"
    before = text[max(s, hs - 3) : hs].casefold()
    if before.endswith("en ") and low == "bloc":
        return None  # "en bloc"
    after = text[he : min(e, he + 30)]
    if _DOMESTIC_NOUN_AFTER.match(after):
        return None
    if _COMPANY_AFTER.match(after):
        return None  # a company: "Alliance Technologies Corp", "Nordic Air Defence Alliance AS"
    if _LOBBY_APPOSITION.match(text, he, min(e, he + _LOBBY_REACH)):
        return None  # "the Defence Innovation Alliance, a lobbying group of start-ups": no bloc of states
    if low in HEADS["compound"] and not _NOUN_HEAD_NEXT.match(after):
        return None  # "a trilateral summit": the adjective of another noun
    nw = _NEXT_WORD.match(after)
    if nw is not None and nw.group().strip().casefold() in CONCEPT_NOUNS and low in HEADS["strong"]:
        return None  # "bloc confrontation", "alliance politics": a concept, not a bloc
    named = hit_covering(hits, hs)
    if named is not None and not _eligible_org(named.entry):
        return None  # "the Wagner group", "the Islamic State group": the noun ends an actor's own name
    np = left_np(
        text,
        s,
        hs,
        hits,
        head[0].isupper() and not headline and hs > s,
        named_force=low in _NAMED_FORCE_HEADS,
    )
    plus = None
    if low in ("allies", "partners"):
        plus, own = _plus_format(text, s, hs, np, hits, plus_of or {})
        if plus is not None:  # "OPEC and (its) allies": the allies with OPEC are OPEC+, a mention of its own
            np = attrs.evolve(np, start=own, det=None, possessor=None)
    d = _Draft(np.start, he, low, hs, det=np.det, quoted=np.quoted)
    if plus is not None:
        d.entry, d.label, d.kind = plus, plus.label or plus.name, plus.kind
    if np.name is not None:
        d.label = text[np.name[0] : he]  # "the Takuba task force": the force's own name is the label
    mods = text[np.start : hs]
    if low in HEADS["defence_agreement"]:
        if _MUTUAL_DEFENCE_MOD.search(mods) is None:
            return None  # "a trade agreement", "a defence cooperation agreement": no alliance
        low = d.head = "pact" if low == "agreement" else "pacts"  # "a mutual defence agreement" is a pact
    if low in HEADS["name_noun"]:
        possessed = np.possessor is not None or np.person_possessor
        return _name_noun_draft(text, s, d, mods, np.det, possessed, hits)
    if (
        low in _NAMED_BY_HEADS
        and np.det in ("the", "this", "that")
        and not mods[len(np.det) :].strip()
        and np.possessor is None
        and not np.person_possessor
        and not (low == "union" and _LABOUR_TALK.search(text, s, e))  # "the union said the strike ..."
        and not (
            low == "pact" and _deters_actor(text, he, e, hits)
        )  # "The pact is aimed at deterring Russia"
    ):  # "The pact grouped ...", "The union comprises ...": the Warsaw Pact or a union named before
        return _name_noun_draft(text, s, d, mods, np.det, False, hits)
    if low in _NEAR_ONLY_HEADS:
        # "the international community", "a protest movement": only "the movement" alone re-mentions
        return None
    if low in HEADS["anaphor"] and _names_another(text, d, mods, hits, headline, s):
        return None  # "the International Crisis Group", "the Lazarus group": a name, not an anaphor
    if low in HEADS["anaphor"] and _named_after(text, he, e, hits):
        return None  # "to fight the group known as Daesh": a group the name after it says, no anaphor
    if (
        low in HEADS["anaphor"]
        and _of_something_else(text, he, e, hits)
        and not (_GERUND_AFTER_OF.match(text, he, e) and _ACCUSING_BEFORE.search(text, max(s, hs - 60), hs))
    ):  # ("accuses the regional organisation of having become ...": what it is accused of, no members)
        return None  # "the group of experts", "the organisation of the summit": a group of something else
    if (
        np.person_possessor
        and low == "allies"
        and (ruler := _ruler_owning(text, s, e, hs, he, hits, gazetteer or default_gazetteer())) is not None
    ):
        d.leader, d.poss_leader = ruler, True  # "Putin's pals in Central Asia": his state's allies abroad
        d.start = min(d.start, ruler.start)  # ("Xi Jinping's pals": the whole name)
        np = attrs.evolve(np, person_possessor=False)
    if np.person_possessor or (np.det in PERSONAL_POSSESSIVES):
        return None
    if np.possessor is not None and not (
        np.possessor.entry.type == "state" and _REBEL_MOD.match(text, np.possessor.end, hs) is not None
    ):  # ("Myanmar's rebel alliance": where the groups fight, not whose the alliance is)
        d.leader, d.poss_leader = np.possessor.actor, True
        if np.possessor.entry.code and _eligible_org(np.possessor.entry) and low in ("allies", "ally"):
            d.entry = np.possessor.entry
        joint = _co_possessors(text, s, np.possessor, hits) if low in _JOINT_HEADS else []
        if joint:
            # "Pyongyang and Moscow's mutual defence treaty": the pact of both, none at its head
            the = _THE_END.search(text, max(s, joint[0].start - 4), joint[0].start)
            d.start = the.start() if the is not None else joint[0].start  # ("The United States and Japan's")
            d.members.extend([*(h.actor for h in joint), np.possessor.actor])
            d.leader, d.poss_leader = None, False
    if low in ("allies", "partners") and d.entry is None and (im := _IN_THE.match(text, he, e)) is not None:
        body = hit_covering(hits, im.end())
        if body is not None and body.start == im.end() and _eligible_org(body.entry) and body.entry.standing:
            d.entry = body.entry  # "Armenia and its allies in the CSTO": the allies are that body's
    if low in ("ally", "allies") and (np.det in ("its", "their") or np.possessor is not None):
        am = _AND_ITS_BEFORE.search(text, max(s, hs - _AND_ITS_REACH), hs)
        owner = np.possessor or (hits_ending_at(hits, am.start()) if am is not None else None)
        d.members.extend(  # (the owner's own capital names no ally of it: "Russia's allies in Moscow")
            a
            for a in _allies_in_capitals(text, he, e, low == "ally", hits)
            if owner is None or a.code != owner.actor.code
        )
    inner = [h for h in hits_before(hits_after(hits, np.start), hs) if h is not np.possessor]
    sus = _SUSPENDED_HYPHEN.search(text, max(s, np.start - 30), np.start) if np.det is None else None
    co = hits_ending_at(hits, sus.start("dash")) if sus is not None else None
    if co is not None and sus is not None and sus.start("dash") == co.end and not _eligible_org(co.entry):
        # "a British- and French-led coalition": the first of two leaders, its "-led" left to the second
        d.start = co.start
        d.members.append(co.actor)
    if low in ("coalition", "coalitions") and _capital_alone(text, np.start, hs, np.det, inner):
        return None  # "as Berlin coalition argues over budget": the government's parties in the capital
    if low in ("coalition", "coalitions", "alliance") and _party_s_partners(
        text, s, np.start, np.det, he, hits
    ):
        return None  # "Likud and its coalition partners", "the ANC and its alliance partners": at home
    led = _premod_actors(text, d, inner, mods, np.start)
    if not led and low == "coalition" and d.leader is not None and inner:
        _theatre_named(text, d, inner[-1], hs, matcher_for(gazetteer or default_gazetteer()))
    if low in HEADS["compound"] and (led or len({a.code for a in d.members}) < 2):
        return None  # "the trilateral" alone, "the US-led trilateral": only "the A-B-C trilateral" is one
    if co is not None and d.leader is not None and d.leader.code and d.leader.code != co.actor.code:
        d.members.append(d.leader)  # both lead: both are members, the one named last holds ``leader``
    named_inner = [h for h in inner if _eligible_org(h.entry) and text[h.end : h.end + 1] != "-"]
    if low in _GROUPING_HEADS and not led and not named_inner and _of_states(text, he, e, hits):
        led = d.evidence = True  # "a group of six countries, led by Spain", "a grouping of A, B and C"
    if (
        low in ("force", "forces")
        and not led
        and not named_inner
        and _JOINT_MOD.search(mods) is not None
        and _of_states(text, he, e, hits)
    ):
        led = d.evidence = True  # "The joint force of Chad and Sudan": the states that make it up
    if (
        low in ("force", "forces", "mission")
        and not led
        and not named_inner
        and np.possessor is None
        and _MULTINATIONAL_MOD.search(mods) is not None
    ):
        led = d.evidence = (
            True  # "a multinational African force", "a joint Arab force": a force of many states
        )
    if (
        low in HEADS["anaphor"]
        and np.possessor is not None
        and np.possessor.entry.type == "state"
        and _OF_PARTNERS.match(text, he, e) is not None
    ):
        led = d.evidence = True  # "Iran's network of allies": a state's own network
    if low in HEADS["led_only"] and not led and not named_inner:
        launcher = _org_launcher(text, s, np.start, hits) if low in _LAUNCHED_HEADS else None
        under = _org_under(text, he, e, hits) if low in _LAUNCHED_HEADS and launcher is None else None
        if launcher is not None:  # "NATO launched a naval mission"
            d.leader, d.leader_org, led = launcher.actor, True, True
        elif under is not None:  # "a joint force of 5,000 troops under the AES"
            d.leader, d.leader_org, led = under.actor, True, True
        elif _led_by_predicate(text, he, e, hits, reduced=low in _REDUCED_LED_HEADS):
            led = True  # "The force is led by Uganda": its leader is read with the attributes
        elif low in _TROOP_HEADS and np.possessor is None and _state_leads_before(text, s, np.start, hits):
            led = True  # "Kenya leads the multinational mission": read with the attributes, as above (not
            # "Greece is leading the EU's naval mission": a member leading the body's unit)
        elif low in ("force", "forces") and _formed_by_states(text, s, np.start, mods, hits):
            led = d.evidence = True  # "Mali, Burkina Faso and Niger will form a joint force": its makers
        elif low not in HEADS["anaphor"] or np.det not in ("the", "this", "that"):
            return None
    if low in HEADS["led_only"] and not led and not named_inner:
        d.drop = True  # kept only if an antecedent resolves it (see _resolve_anaphora)
    if low in HEADS["anaphor"] and low not in HEADS["led_only"] and not led:
        if not _NATION_COUNT_MOD.search(mods) and np.det not in ("the", "this", "that"):
            return None
        d.drop = not _NATION_COUNT_MOD.search(mods)
    if d.drop and low in HEADS["anaphor"] and (cm := _COMPOSED_OF_STATES.match(text, he, e)) is not None:
        d.drop, d.evidence = False, True  # "The organisation is made up of ten Southeast Asian states"
        n = count_value(cm.group("n"))
        if n is not None:
            d.composed = (n, cm.group("w").split())
    if (
        low in HEADS["pact"]
        and not _PACT_SECURITY_MOD.search(mods)
        and (_CIVIL_PACT_MOD.search(mods) is not None or not _deters_actor(text, he, e, hits))
    ):
        return None  # (but "The pact is aimed at deterring Russia": a pact to deter a foe is one of defence)
    if (
        low == "front"
        and not _UNITED_FRONT_MOD.search(mods)
        and not (head[0].isupper() and hs > s and not headline and _fights_armed_group(text, he, e, hits))
    ):
        return None  # "the front line", "the Popular Front" (a party); not "the Southern Front fought ISIS"
    if low == "union" and (
        head[0] == "U" or hit_covering(hits, hs) is not None or not (_UNION_MOD.search(mods) or led or inner)
    ):
        return None  # "the Soviet Union", "Union leaders", "a trade union"; "a Gulf states union" is a bloc
    capital_head = (
        (low in HEADS["strong"] or low == "front") and head[0].isupper() and hs > s and not headline
    )
    unnamed = not np.quoted and d.entry is None and (np.proper or np.det == "the" or np.det is None)
    if (
        capital_head
        and unnamed
        and not led
        and not _is_named_after_cue(text, s, np.start)
        and not _ARMED_NAME_MOD.search(mods)
        and not _fights_armed_group(text, he, e, hits)
        and _OF_THE_WILLING.match(text, he, e) is None  # "the Coalition of the Willing": a description
        and not _of_two_states(text, he, e, hits)  # "the Tripartite Alliance of Sudan, Egypt and Chad"
        and not (
            low == "alliance"
            and (np.det or "").casefold() == "the"
            and not mods.strip().casefold().removeprefix("the").strip()
            and _NATO_BEFORE.search(text, max(0, hs - _BETWEEN_WINDOW), hs) is not None
            and _NAME_GOES_ON.match(text, he) is None  # ("the Alliance for Progress": a name)
        )  # (NATO's own style: "NATO ministers met ... the Alliance agreed")
    ):  # "the Alliance" (a party), "National Democratic Alliance"; not "the US-led Coalition" nor "the
        # Arctic Security Alliance"
        return None
    tail_end = he
    of = _OF_GROUP.match(text, he, e)
    if of is not None and _name_holds(hits, of.start("noun")):
        of = None  # "a grouping of the United States, Japan ...": "States" ends a name, the list follows
    if of is not None and _possessed_body_in(text, hits, of.start(), of.end()):
        of = None  # "the B9 group of NATO's eastern flank states": NATO is a mention of its own
    if of is not None and low not in ("ally",):
        noun = of.group("noun").casefold()
        if noun in NON_POLITICAL or (
            noun in ("groups", "organisations", "organizations")
            and any(w in CIVIL_SOCIETY_MODIFIERS for w in fold(text[of.start() : of.start("noun")]).split())
        ):
            return None  # "a coalition of banks", "a coalition of civil society groups"
        if noun in GROUP_NOUNS or noun in (
            "resistance",
            "willing",
            "unwilling-to-be-named",
            "conquest",
            "aggression",
            "convenience",
        ):
            tail_end = of.end()
            # "a coalition of former rebel movements": movements only armed ones ("of protest movements")
            d.evidence = noun != "movements" or _ARMED_MOD.search(text, of.start(), of.end()) is not None
            if noun in ("willing", "resistance"):
                d.label = text[hs : of.end()]
    elif low in HEADS["strong"] and _BETWEEN_NON_POLITICAL.match(text, he, e) is not None:
        return None  # "an alliance between Bahraini and Saudi logistics companies": a pact of firms
    elif low in HEADS["strong"] and (ot := _OF_THE_ADJECTIVE.match(text, he, e)) is not None:
        tail_end, d.evidence = ot.end(), True  # "a coalition of the worried", "an axis of the aggrieved"
        d.label = text[hs : ot.end()]
    fol = _FOLLOWING.match(text, he, e)
    if fol is not None and low in ("coalition", "bloc", "alliance"):
        tail_end, d.evidence = fol.end(), True  # "coalition partners", "Eastern bloc countries"
    if "anti-" in mods.casefold() or _ARMED_MOD.search(mods):
        d.evidence = True  # "an anti-junta front", "rebel alliance seizes towns": no bloc at home
    if np.quoted and _open_quote(text[np.start : tail_end]):
        close = _QUOTED_TAIL.match(text, tail_end, e)
        if close is not None:  # 'the "axis of upheaval"': the quoted name runs on to its closing mark
            tail_end = close.end()
    d.end = tail_end
    if np.quoted or (mods.strip().casefold().startswith("so-called")):
        label_text = text[np.start : d.end]
        if np.det:
            label_text = label_text[len(np.det) :]
        label_text = _SO_CALLED.sub("", label_text)
        lq = _LED_BEFORE_QUOTE.match(label_text)
        if lq is not None:  # 'the British- and French-led "coalition of the willing"': the quoted name
            label_text = label_text[lq.end() :]
        label_text = _EDGE_APOSTROPHE.sub("", label_text.translate(_LABEL_QUOTES))
        d.label = _SPACES.sub(" ", label_text).strip().rstrip(".,")
    elif d.entry is None and d.label is None and hs > s and not headline and head[0].isupper():
        # "the Northern Defence Pact": a name the gazetteer lacks, written as a name, is the label
        name = text[np.start : d.end][len(np.det or "") :].split()
        while name and "-" in name[0] and name[0].rsplit("-", 1)[1].islower():
            del name[0]  # "the US-led Coalition": the leader's mark is no part of a name
        if len(name) >= 2 and all(w[0].isupper() for w in name):
            d.label = " ".join(name)
    if _HYPOTHETICAL_MOD.search(mods):
        d.polarity = "hypothetical"
    return d


#: What may follow an adjective used as a noun ("the US-Japan-Philippines trilateral"): the end, a stop, or
#: a verb or function word that no noun phrase goes on with ("trilateral summit" goes on).
_NOUN_HEAD_NEXT = regex.compile(
    r"""\s*(?:$|[,.;:)—–\p{Pf}"'’]|\s-\s
        |(?:is|was|are|were|has|have|had|will|would|could|can|should|must|may|might|met|meets|meet|agreed
           |agrees|held|holds|said|says|launched|began|remains|remained|also|in|at|on|of|with|since|to|for
           |and|or|but|that|which|as)\b)""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: What joins two capitals in a list after "allies in": "Minsk(, )Tehran", "Minsk( and )Tehran".
_CAPITAL_JOIN = regex.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _allies_in_capitals(text: str, he: int, e: int, one: bool, hits: list[ActorHit]) -> list[Actor]:
    """The states of the capitals after an owned "ally in" ("the Kremlin and its ally in Minsk") or after
    "allies in" and two capitals or more ("its allies in Minsk and Tehran"): by metonymy the governments
    that are the allies. One capital after "allies" may be where the allies meet ("Ukraine's allies in
    Vilnius"), and a place that is no capital is where they are ("its allies in Iraq"): neither is read."""
    im = _IN_THE.match(text, he, e)
    if im is None or text[im.end() - 4 : im.end()].casefold().startswith("the"):
        return []
    found: list[Actor] = []
    at = im.end()
    while (h := hit_covering(hits, at)) is not None and h.start == at and h.via == "capital":
        if h.entry.type != "state":
            break
        found.append(h.actor)
        jm = _CAPITAL_JOIN.match(text, h.end, e)
        if jm is None:
            break
        at = jm.end()
    if one and len(found) == 1:
        return found
    return found if not one and len(found) >= 2 else []


def _capital_alone(text: str, start: int, hs: int, det: str | None, inner: list[ActorHit]) -> bool:
    """Is a capital the only word before the head, after no determiner or "the" ("Berlin coalition", "the
    Rome coalition"; not "the Riyadh-led coalition")? A capital's coalition is its government's parties."""
    if det not in (None, "the") or len(inner) != 1 or inner[0].via != "capital":
        return False
    return not text[inner[0].end : hs].strip() and text[start : inner[0].start].strip().casefold() in (
        "",
        "the",
    )


#: "partners" after the head: "coalition partners".
_PARTNERS_AFTER = regex.compile(r"\s+partners\b", regex.IGNORECASE)
#: A name, "and" and a possessive before the mention: "Likud and (its coalition partners)", "the ANC's left
#: wing and (its alliance partners)".
_NAME_AND_ITS = regex.compile(r"(?P<name>\p{Lu}[\w\-]*)(?:['’]s(?:\s+\p{Ll}[\w\-]*){1,2})?\s+and\s+$")


def _party_s_partners(text: str, s: int, start: int, det: str | None, he: int, hits: list[ActorHit]) -> bool:
    """Is "its/their coalition (alliance) partners" owned by a capitalised name that is no known actor ("Likud
    and its coalition partners", "the ANC and its alliance partners")? The partners of a state ("the US and
    its coalition partners") stay a coalition."""
    if det not in ("its", "their") or _PARTNERS_AFTER.match(text, he) is None:
        return False
    nm = _NAME_AND_ITS.search(text, max(s, start - 40), start)
    return nm is not None and hit_covering(hits, nm.start("name")) is None


#: Heads of a bond two owners may call "their" own: "their alliance", "their bloc", "their defence treaty".
_OWNED_BOND_HEADS = frozenset({"alliance", "coalition", "bloc", "pact", "axis", "treaty"})
#: Two capitalised names joined by "and" that open the sentence: "Renault and Nissan ", "Moscow and Beijing
#: ", the possible owners of a "their" mention after them.
_NAMES_PAIR_OPENING = regex.compile(
    r"""[\s\p{Pi}"']*(?:The\s+)?(?P<a>\p{Lu}[\w\-&.]*(?:\s+\p{Lu}[\w\-&.]*){0,3})
        \s+(?:and|&)\s+(?:the\s+)?(?P<b>\p{Lu}[\w\-&.]*(?:\s+\p{Lu}[\w\-&.]*){0,3})\s+\p{Ll}""",
    regex.VERBOSE,
)


#: Three capitalised names or more in a list that opens the sentence: "Renault, Nissan and Mitsubishi ".
_NAMES_LIST_OPENING = regex.compile(
    r"""[\s\p{Pi}"']*(?:The\s+)?(?P<n>\p{Lu}[\w\-&.]*(?:\s+\p{Lu}[\w\-&.]*){0,3})
        (?:\s*,\s*(?:the\s+)?(?P<n>\p{Lu}[\w\-&.]*(?:\s+\p{Lu}[\w\-&.]*){0,3})){1,5}
        \s*,?\s+(?:and|&)\s+(?:the\s+)?(?P<n>\p{Lu}[\w\-&.]*(?:\s+\p{Lu}[\w\-&.]*){0,3})\s+\p{Ll}""",
    regex.VERBOSE,
)


def _owning_pair(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The owners of "their" bond named as the pair that opens the sentence: both known actors, with no
    other between them and the mention, are its members ("Moscow and Beijing insist their alliance is
    defensive"); neither known, the bond is firms' or parties' and the mention is dropped ("Renault and
    Nissan agreed to rebalance their alliance")."""
    m = _NAMES_PAIR_OPENING.match(text, s, d.start)
    if m is None:
        owners = _list_opening(text, s, d.start, hits)
        if len(owners) >= 3 and len(hits_before(hits_after(hits, owners[-1].end), d.start)) == 0:
            d.members.extend(
                owners
            )  # "Japan, the Philippines and the United States ... their trilateral pact"
        elif not owners and (lm := _NAMES_LIST_OPENING.match(text, s, d.start)) is not None:
            # "Renault, Nissan and Mitsubishi said their alliance ...": three names or more, none known
            d.drop = all(hit_covering(hits, at) is None for at in lm.starts("n"))
        return
    a, b = hit_covering(hits, m.start("a")), hit_covering(hits, m.start("b"))
    if a is None and b is None:
        d.drop = True
    elif (
        a is not None
        and b is not None
        and a is not b
        and len(hits_before(hits_after(hits, b.end), d.start)) == 0
    ):
        d.members.extend((a.actor, b.actor))


def _unknown_name_and(text: str, s: int, start: int, hits: list[ActorHit]) -> bool:
    """Does a capitalised name that is no known actor own the possessive mention at ``start`` ("the National
    Rally and (its allies)")? A party's allies at home: no state named earlier in the sentence owns them."""
    nm = _NAME_AND_ITS.search(text, max(s, start - 40), start)
    return nm is not None and hit_covering(hits, nm.start("name")) is None


#: NATO named: "the Alliance" after it is NATO in the alliance's own style.
_NATO_BEFORE = regex.compile(r"\b(?:NATO|Nato|North\s+Atlantic)\b")
#: A name going on after its head noun: "Alliance for Progress", "Alliance of Small Island States".
_NAME_GOES_ON = regex.compile(r"\s+(?:for|of|to|on|in|and)\s+(?:the\s+)?\p{Lu}")
#: What says a "body" is an international one: "the pan-Arab body", "the 15-member body", "the regional
#: body", "the Gulf body" (a capitalised word of place); "the world body" (the UN) and "the body" are none.
_BODY_MOD = regex.compile(
    r"""(?i:\bpan-\w+|\b\w+-(?:member|nation|state|country)\b|\b(?:regional|continental|intergovernmental
        |sub-?regional|multilateral|security|defen[cs]e|military|trade|economic|political)\b)
      |\b\p{Lu}\p{Ll}+\b""",
    regex.VERBOSE,
)


def _name_noun_draft(
    text: str, s: int, d: _Draft, mods: str, det: str | None, possessed: bool, hits: list[ActorHit]
) -> _Draft | None:
    """ "the league", "the Gulf council", "the pan-Arab body": a re-mention of a body named before, kept
    only if an antecedent whose own name holds the noun resolves it (see :func:`_antecedent`)."""
    if det not in ("the", "this", "that") or possessed:
        return None
    if text[d.head_start].isupper() and d.head_start > s and d.head != "forum":
        return None  # "the League", "the Council": a name of its own (but Pacific papers write "the Forum")
    if any(d.start <= h.start < d.head_start for h in hits):
        return None  # "the UN body", "Iran's Guardian Council": an actor's own body, not a re-mention
    if d.head == "body" and not _BODY_MOD.search(mods.removeprefix(det).strip()):
        return None
    d.drop = True
    return d


#: Modifiers that make an alliance one of armed groups: in scope though it names no party.
_ARMED_MOD = regex.compile(
    r"(?i)\b(?:rebel|insurgent|jihadist|jihadi|militant|armed|guerrilla|separatist|militia|paramilitary)\b"
)
#: "and" with an optional possessive between a body's name and "allies": "OPEC and its allies".
#: A possessive right before an informal ally word, with up to two modifiers: "Moscow's (pals)", "Russia's
#: old (chums)".
_POSSESSIVE_BEFORE = regex.compile(r"['’]s\s+(?:[\p{Ll}\-]+\s+){0,2}$")
_POSSESSIVE_REACH = 40
#: A head of state's name (see :data:`LEADERS`) that ends right there: "(Vladimir) Putin", "Xi Jinping".
_LEADER_END = regex.compile(r"(?<![\w-])(?:\L<leaders>)$", leaders=sorted(LEADERS, key=len, reverse=True))
#: The head of state's possessive before the allies: "Putin's (allies)", "Maduro's old (pals)".
_LEADER_POSSESSIVE = regex.compile(
    r"(?<![\w-])(?P<name>\L<leaders>)['’]s\s+(?:[\p{Ll}\-]+\s+){0,2}$",
    leaders=sorted(LEADERS, key=len, reverse=True),
)
#: Where a head of state's allies are that makes them his state's, not his own at home: a world region
#: ("in Central Asia", "across Africa", "in the Gulf"), "abroad", "in the region", "around the world".
_ALLIES_ABROAD_AFTER = regex.compile(
    r"""\s+(?:abroad|overseas
        |(?:in|across|throughout|around|from)\s+(?:the\s+)?
         (?:region|world|neighbou?rhood
          |(?:(?:Central|South|Southeast|South-East|East|West|North|Northeast|Western|Eastern|Northern|Southern
              |Sub-Saharan|Latin|Middle|Far|Global)\s+)?
           (?:Asia|Africa|Europe|America|Americas|East|South|Gulf|Sahel|Balkans|Caucasus|Caribbean|Pacific
            |Levant|Maghreb|Arctic|Horn\s+of\s+Africa|Arab\s+world)))\b""",
    regex.VERBOSE,
)


_IN_PLACE = regex.compile(r"\s+(?:in|across|from)\s+(?:the\s+)?")


def _of_two_states(text: str, he: int, e: int, hits: list[ActorHit]) -> bool:
    """Does " of " and a list of two states or more follow the head ("Alliance (of Sudan, Egypt and Chad)"),
    the list no possessor of a noun after it?"""
    om = _OF_LIST.match(text, he, e)
    if om is None:
        return False
    actors, _ = actor_list(text, om.end(), e, hits_after(hits, om.end()), first_gap=4)
    return len({a.code for a in actors if a.type == "state"}) >= 2 and not _possessor(text, actors[-1], e)


def _ruler_owning(
    text: str, s: int, e: int, hs: int, he: int, hits: list[ActorHit], gazetteer: Gazetteer
) -> Actor | None:
    """The state of the head of state whose possessive opens an ally phrase, as its leader, where the allies
    are abroad ("Putin's pals in Central Asia", "Maduro's allies abroad", "Kim Jong Un's pals in Russia");
    None for his allies at home ("Netanyahu's allies in the cabinet", "Putin's allies in Moscow"), in a
    sentence with a domestic cue, or with no place at all."""
    lp = _LEADER_POSSESSIVE.search(text, max(s, hs - 60), hs)
    if lp is None or DOMESTIC_CUE.search(text, s, e):
        return None
    entry = gazetteer.get(LEADERS[lp.group("name")])
    if entry is None:
        return None
    if _ALLIES_ABROAD_AFTER.match(text, he, e) is None:
        im = _IN_PLACE.match(text, he, e)
        place = hit_covering(hits, im.end()) if im is not None else None
        if (
            im is None
            or place is None
            or place.start != im.end()
            or place.entry.type != "state"
            or place.entry.code == entry.code
        ):
            return None  # "Kim Jong Un's pals in Moscow": another state; not "Putin's allies in Moscow"
    return Actor(
        lp.group("name"),
        lp.start("name"),
        lp.end("name"),
        name=entry.name,
        code=entry.code,
        type="government",
    )


#: Heads of a bond that two or more states owning it jointly share ("A and B's defence pact"), with no leader.
_JOINT_HEADS = frozenset(
    {*HEADS["pact"], *HEADS["defence_agreement"], "alliance", "alliances", "axis", "partnership"}
)
#: What joins the states owning a bond before the last one's possessive: "Russia and (North Korea's)",
#: "Britain, France( and )Germany's".
_CO_POSSESSOR_JOIN = regex.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_CO_POSSESSOR_STATES = ("state", "government")


def _co_possessors(text: str, s: int, possessor: ActorHit, hits: list[ActorHit]) -> list[ActorHit]:
    """The states named before a state's possessive and joined to it by "and" (and commas), which own the
    thing possessed with it: "Pyongyang and Moscow's (treaty)": Pyongyang; "Britain, France and Germany's
    (pact)": Britain, France. None when the last join is no "and" or any of them is no state."""
    if possessor.entry.type not in _CO_POSSESSOR_STATES:
        return []
    out: list[ActorHit] = []
    at = possessor.start
    while (jm := _CO_POSSESSOR_JOIN.search(text, max(s, at - 8), at)) is not None:
        if not out and "and" not in jm.group():
            return []
        h = hits_ending_at(hits, jm.start())
        if h is None or h.entry.type not in _CO_POSSESSOR_STATES or h.start < s:
            break
        out.insert(0, h)
        at = h.start
    return out


_AND_ITS_BEFORE = regex.compile(r"\s+and\s+(?P<its>(?:its|their)\s+)?$", regex.IGNORECASE)
_AND_ITS_REACH = 16  # how far before the head "and its" may start


def _plus_format(
    text: str, s: int, hs: int, np: LeftNP, hits: list[ActorHit], plus_of: Mapping[str, ActorEntry]
) -> tuple[ActorEntry | None, int]:
    """The "+" format of a body right before "and (its) allies" ("OPEC and allies" -> OPEC+) and where the
    allies' own mention starts ("its allies", "allies"), or ``(None, hs)``.

    The phrase before the head may be the allies' own ("its allies") or run back over the body's name, with
    the name's own article ("the Organization of the Petroleum Exporting Countries and allies"); any other
    determiner is the allies' ("the OPEC and Russian allies" names no format).
    """
    am = _AND_ITS_BEFORE.search(text, max(s, hs - _AND_ITS_REACH), hs)
    if am is None:
        return None, hs
    h = hits_ending_at(hits, am.start())
    if h is None or h.start < s:
        return None, hs
    if am.group("its"):  # "OPEC and its allies": the possessive is the phrase's determiner
        return (plus_of.get(h.entry.code), np.start) if np.start == am.start("its") else (None, hs)
    return (plus_of.get(h.entry.code), hs) if np.start <= h.start else (None, hs)


def _name_holds(hits: list[ActorHit], pos: int) -> bool:
    """Does a state's, government's or armed group's name cover ``pos`` ("United States", "Gulf States",
    "Rapid Support Forces")?"""
    h = hit_covering(hits, pos)
    return h is not None and h.entry.type in ("state", "government", "armed_group")


def _names_another(text: str, d: _Draft, mods: str, hits: list[ActorHit], headline: bool, s: int) -> bool:
    """Is a group noun ("group", "club", "network", "organisation") here part of a proper name rather than
    an anaphor? It is when the noun is capitalised inside a sentence ("the Eurasia Group") or a capitalised
    word that names no body stands before it ("the Carlyle group"). A body named before it ("the OPEC+
    group"), a "-led"/"-backed" actor or a number ("the 22-member organisation") leave it an anaphor."""
    if any(w.group().casefold() in NON_STATE_MODIFIERS for w in _WORD.finditer(mods)):
        return True  # "the jihadist group", "the rebel network": a non-state group of its own
    head = text[d.head_start]
    if head.isupper() and not headline and d.head_start > s and not _is_named_after_cue(text, s, d.start):
        return True
    for w in _WORD.finditer(mods):
        if not w.group()[:1].isupper() or w.group().casefold() == d.det or (d.start == s and w.start() == 0):
            continue
        h = hit_covering(hits, d.start + w.start())
        if h is None:
            return True
    return False


def _possessed_body_in(text: str, hits: list[ActorHit], start: int, end: int) -> bool:
    """Is a body's name with a possessive ("NATO's") inside ``text[start:end]``?"""
    return any(
        start <= h.start
        and h.end <= end
        and h.entry.type == "organization"
        and text[h.end : h.end + 2] in ("'s", "’s")
        for h in hits
    )


def _of_something_else(text: str, he: int, e: int, hits: list[ActorHit]) -> bool:
    """Does "of" after a group noun name what the group is made of, other than states or bodies ("the group
    of experts"), so that it is no anaphor? "of 20 major economies", "of Gulf states", "of A and B" are
    states."""
    om = _OF_LIST.match(text, he, e)
    if om is None or _of_states(text, he, e, hits):
        return False
    og = _OF_GROUP.match(text, he, e)
    if og is not None and og.group("noun").casefold() in GROUP_NOUNS:
        return False
    first = hits_after(hits, om.end())[:1]
    return not (first and first_gap_ok(text[om.end() : first[0].start]) and first[0].start - om.end() < 12)


def _of_states(text: str, he: int, e: int, hits: list[ActorHit]) -> bool:
    """Does a group noun ending at ``he`` name states: "of the US, Japan and Australia" (two or more named),
    "of six countries, led by Spain" (a count of states with a leader, or with members listed)?"""
    cm = _OF_COUNTRIES.match(text, he, e)
    if cm is not None:
        if cm.group("led") is not None:
            return bool(actor_list(text, cm.end(), e, hits_after(hits, cm.end()), first_gap=4)[0])
        return _MEMBER_CUE.match(text, cm.end(), min(e, cm.end() + 40)) is not None
    om = _OF_LIST.match(text, he, e)
    if om is None:
        return False
    after = hits_after(hits, om.end())
    _, end = actor_list(text, om.end(), e, after, first_gap=4)
    named = [
        h for h in after if h.end <= end and h.via != "adjective" and h.entry.type in ("state", "government")
    ]
    return len({h.entry.code for h in named}) >= 2 and _OF_LIST_NOUN_AFTER.match(text, end, e) is None


def _open_quote(seg: str) -> bool:
    """``seg`` opens a quotation it does not close: '"axis', '“axis', not '“Russian” coalition'."""
    return (
        seg.count('"') % 2 == 1
        or seg.count("“") + seg.count("«") > seg.count("”") + seg.count("»")
        or ("‘" in seg and seg.rfind("’") < seg.rfind("‘"))
    )


def _org_launcher(text: str, s: int, start: int, hits: list[ActorHit]) -> ActorHit | None:
    """The organisation that launches the mission or force at ``start``: "The EU launched a naval mission"."""
    lm = _LAUNCHED_BEFORE.search(text, max(s, start - 40), start)
    if lm is None:
        return None
    h = hits_ending_at(hits, lm.start())
    return h if h is not None and _eligible_org(h.entry) else None


def _formed_by_states(text: str, s: int, start: int, mods: str, hits: list[ActorHit]) -> bool:
    """A joint or multinational force that two states or more named before it form, set up or deploy."""
    if _JOINT_MOD.search(mods) is None:
        return False
    fv = _FORMED_BEFORE.search(text, max(s, start - 40), start)
    if fv is None:
        return False
    states = [
        h for h in hits_before(hits, fv.start()) if h.start >= s and h.entry.type in ("state", "government")
    ]
    return len(states) >= 2


_JOINT_MOD = regex.compile(r"(?i)\b(?:joint|multinational|combined)\b")
_FORMED_BEFORE = regex.compile(
    r"(?i)\b(?:form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|set(?:ting)?\s+up|establish(?:es|ed|ing)?"
    r"|deploy(?:s|ed|ing)?)\s+(?:(?:a|an|the|their)\s+)?$"
)


#: "under" an organisation right after a force or mission, past its size: " of 5,000 troops under the ",
#: " under the command of the ", " under the auspices of the ".
_UNDER_ORG = regex.compile(
    r"""(?i)(?:\s+of\s+(?:some\s+|about\s+|around\s+|up\s+to\s+|nearly\s+)?[\d,]+\s+(?:troops|soldiers|personnel|men))?
        \s+under\s+(?:the\s+)?(?:(?:joint\s+)?(?:command|aegis|auspices|banner|umbrella|flag|mandate)\s+of\s+(?:the\s+)?)?""",
    regex.VERBOSE,
)


def _org_under(text: str, he: int, e: int, hits: list[ActorHit]) -> ActorHit | None:
    """The organisation a force or mission serves under: "a joint force of 5,000 troops under the AES"."""
    um = _UNDER_ORG.match(text, he, e)
    if um is None:
        return None
    h = hit_covering(hits, um.end())
    return h if h is not None and h.start == um.end() and _eligible_org(h.entry) else None


#: A predicate right after an anaphor's head that counts the states it is made of (see _head_draft).
_COMPOSED_OF_STATES = regex.compile(
    r"""(?i)\s+(?:(?:now|also)\s+)?(?:consists\s+of|comprises|is\s+(?:composed|made\s+up)\s+of|groups|brings\s+together
        |unites)\s+(?:some\s+|about\s+|around\s+|more\s+than\s+)?
        (?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens\s+of)\s+
        (?P<w>(?:[\w\-]+\s+){0,3}?)(?:countries|states|nations|governments)\b""",
    regex.VERBOSE,
)


#: Heads a state may lead in a reduced relative right after them: "a forward land force led by Poland".
_REDUCED_LED_HEADS = frozenset({"force", "forces", "mission", "operation"})
#: The first word of such a reduced clause: "led by", "jointly led by", "commanded by".
_REDUCED_LED_WORDS = ("led", "jointly", "co-led", "headed", "commanded")


#: A verb of leading right before the mention, no word between: " leads ", " heads ", " co-leads ".
_LEAD_VERB_END = regex.compile(r"(?i)\b(?:co-)?(?:leads?|led|leading|heads?|headed|heading)\s+$")


def _state_leads_before(text: str, s: int, start: int, hits: list[ActorHit]) -> bool:
    """Is the subject of a verb of leading right before the mention a state ("Kenya leads the multinational
    mission", "Chad, which heads the joint force")?"""
    lo = max(s, start - 60)
    lm = _LEADS.search(text[lo:start])
    if lm is None or _LEAD_VERB_END.search(text, lo, start) is None:
        return False  # (not "Kenya leads the talks on (the force)")
    lead = hits_ending_at(hits, lo + lm.start())
    return lead is not None and lead.entry.type == "state"


def _led_by_predicate(text: str, he: int, e: int, hits: list[ActorHit], *, reduced: bool = False) -> bool:
    """Does a predicate right after the head say which state leads it ("... is led by Uganda")? With
    ``reduced``, "led by" right after the head does too ("a force led by Poland", as "a Polish-led force")."""
    lb = _LED_BY.match(text, he, e)
    if (pl := _PLACE_THEN_LED_BY.match(text, he, e) if lb is None else None) is not None and (
        reduced or pl.group("fin")
    ):
        # "NATO's force in Kosovo, led by Italy": the place the force serves in, then its leader
        h = hit_covering(hits, pl.end())
        return h is not None and h.start == pl.end() and h.entry.type == "state"
    if lb is None and (al := _ASIDE_THEN_LED_BY.match(text, he, e)) is not None and not al.group("chair"):
        # "The force, made up of troops from five states, is led by Chad": the predicate past the aside
        h = hit_covering(hits, al.end())
        return h is not None and h.start == al.end() and h.entry.type == "state"
    if lb is None or lb.group("rel"):
        return False
    # "The force, led by Chad, ...", "The mission, jointly led by Kenya and Rwanda, ...": a reduced clause
    # set off by commas, for a force or a mission (the comma closes it, so a state's possessive cannot follow)
    bare = lb.group().lstrip(", \t\n").casefold().startswith(_REDUCED_LED_WORDS)
    if text[lb.start()] == "," and not (reduced and bare):
        return False
    if not (lb.group("be") or lb.group("modal") or (reduced and bare)):
        return False
    if lb.group("chair"):
        return False  # "The group was chaired by Poland": a chair runs a body named elsewhere
    h = hit_covering(hits, lb.end())
    if h is None or h.start != lb.end() or h.entry.type != "state":
        return False
    return text[lb.start()] != "," or _COMMA_STATES_END.match(text, h.end) is not None


#: What ends a reduced "led by" clause set off by a comma after its first state: another state, or the
#: comma or dash that closes it (not a possessive: "The force, led by Chad's army chief").
_COMMA_STATES_END = regex.compile(r"(?:\s*(?:,|and)\s+(?:the\s+)?\p{Lu}|\s*[,;.)—–]|\s+--)")


#: The tail of "Coalition of the Willing", a description of the coalitions that invaded Iraq (2003) and back
#: Ukraine (2025), written as a name.
_OF_THE_WILLING = regex.compile(r"(?i)\s+of\s+the\s+willing\b")
#: How far after a capitalised name's head its clause is read for an armed group it fights.
_FIGHT_REACH = 90
#: A verb of saying between a name and what it fights: someone else's fight is reported ("the Alliance said
#: the army was fighting the Taliban").
_SAYING_BETWEEN = regex.compile(r"(?i)\b(?:said|says|say|told|tells|warned|claimed|accused|urged|reported)\b")


def _fights_armed_group(text: str, he: int, e: int, hits: list[ActorHit]) -> bool:
    """Does the clause after a capitalised name's head (``he``) fight an armed group the gazetteer knows ("The
    Northern Alliance, backed by Iran and India, fought the Taliban")? Parties at home campaign against
    parties, not against armed groups, so such a name is an armed alliance, not a party's."""
    hi = min(e, he + _FIGHT_REACH)
    if not may_hold_adversary_cue(text[he:hi]):
        return False
    for m in ADVERSARY_CUE.finditer(text, he, hi):
        after = hits_after(hits, m.end())
        if after and after[0].start == m.end() and after[0].entry.type == "armed_group":
            return _SAYING_BETWEEN.search(text, he, m.start()) is None
    return False


def _is_named_after_cue(text: str, floor: int, start: int) -> bool:
    """Is the phrase at ``start`` introduced as a name ("a coalition known as the Alliance of ...")?"""
    return bool(_NAMING_BEFORE.search(text[max(floor, start - 30) : start]))


#: The words between a state and the head that make the bloc one of armed groups fighting in that state:
#: " rebel ", " ethnic armed ", " Islamist militia " ("a Syrian rebel coalition" is no coalition of Syria's).
_INSURGENT_MOD = regex.compile(
    r"""(?i)['’]?s?\s+(?:[\w\-]+\s+)?(?:rebels?|militias?|insurgents?|insurgency|guerrillas?|jihadists?|jihadi
        |armed(?:[\s\-]+(?:groups?|opposition|factions?))?|opposition|separatists?|tribal|militant|militants)
        (?:\s+[\w\-]+){0,2}?\s*$""",
    regex.VERBOSE,
)


#: The same after a state's possessive, for groups that fight the state only ("Myanmar's rebel alliance";
#: but "Iran's militia alliance" may be the militias Iran arms).
_REBEL_MOD = regex.compile(
    r"""(?i)['’]s\s+(?:[\w\-]+\s+)?(?:rebels?|insurgents?|insurgency|guerrillas?|jihadists?|jihadi|opposition
        |separatists?|armed\s+opposition)(?:\s+[\w\-]+){0,2}?\s*$""",
    regex.VERBOSE,
)


def _theatre_named(text: str, d: _Draft, h: ActorHit, hs: int, matcher: ActorMatcher) -> None:
    """A state's name right before "coalition" is what the coalition is about, the theatre it fights in or
    the state it backs, not its leader: "the Yemen coalition" is the Saudi-led one in Yemen (its id when only
    one known coalition fits), "the Ukraine coalition" the states backing Kyiv, and the named state neither
    leads it nor is its member. A demonym ("the Saudi coalition") or an acronym ("the US coalition") still
    names the leader."""
    if h.via != "name" or h.entry.type != "state" or d.leader is not h.actor or text[h.end : hs].strip():
        return
    code = h.entry.code
    fits = [
        e
        for e in matcher.theatred
        if code in e.theatre
        and e.leader != code
        and any("coalition" in n.casefold() for n in (e.name, e.label or "", *e.aliases))
    ]
    d.leader = None
    d.members[:] = [a for a in d.members if a is not h.actor]
    if len(fits) == 1:
        d.entry = fits[0]


def _premod_actors(text: str, d: _Draft, inner: list[ActorHit], mods: str, base: int) -> bool:
    """Leader, members and adversaries named inside the noun phrase; True when it has an "X-led"."""
    led = False
    singles: list[ActorHit] = []
    slashed: Actor | None = None
    prev_end = -1
    for h in inner:
        paired = text[prev_end : h.start] == "-" if prev_end >= 0 else False
        prev_end = h.end
        after = text[h.end : h.end + 12]
        before = text[max(0, h.start - 5) : h.start]
        if _ANTI.search(before):
            d.adversaries.append(h.actor)
        elif _PRO.search(before):
            continue  # "a pro-Kremlin bloc": a patron the bloc sides with, neither its leader nor a member
        elif _LED_MARK.match(after):
            d.leader, led = h.actor, True
            d.leader_org = _eligible_org(h.entry)
            if singles and text[singles[-1].end : h.start] == "/" and not d.leader_org:
                slashed = h.actor  # "a UK/French-led force": both lead, both are members, the one named last
                # holds ``leader``, as of "a British- and French-led coalition"
        elif after.startswith(
            (
                "-backed",
                "-like",
                "-style",
                "-hosted",
                "-run",
                "-based",
                "-controlled",
                "-linked",
                "-affiliated",
                "-sceptic",
                "-skeptic",
                "-wary",
                "-critical",
                "-hostile",
                "-focused",
                "-centric",
            )
        ):
            continue  # "an al-Qaeda-linked coalition", "the China-sceptic coalition": a patron, a tie or a
            # stance, not a member
        elif _eligible_org(h.entry):
            if h.entry.standing and d.head in _RUN_HEADS and d.leader is None:
                d.leader, d.leader_org, d.runner = h.actor, True, h.entry  # "a NATO operation": NATO runs it
            elif d.entry is None and _NON_BEFORE_NAME.search(text, max(0, h.start - 4), h.start) is None:
                d.entry = h.entry  # (not "a major non-NATO ally": none of NATO's)
        elif after.startswith("-") or paired or _HYPHEN_BEFORE.search(text, max(0, h.start - 20), h.start):
            d.members.append(h.actor)  # "the Arab-Israeli alliance": a partner of a compound, no leader
            if paired and singles and text[singles[-1].end : h.start] == "-":
                d.members.insert(0, singles.pop().actor)
        elif h.entry.type == "group" and h.via == "adjective":
            continue  # "Western allies", "the Western alliance": a camp describes the bloc, it is no party
        elif h.entry.type == "state" and _INSURGENT_MOD.match(text, h.end, d.head_start) is not None:
            continue  # "a Syrian rebel coalition", "the Myanmar ethnic armed alliance": where it fights
        else:
            singles.append(h)
    if not led:
        lm = _LED_COMPOUND.search(text[base : d.head_start] + " ")
        if lm is not None:
            led = True
            x = lm.group("x")
            if x[:1].isupper() and x.casefold() not in PREMODIFIERS:
                d.drop = True  # "BJP-led": an unknown proper leader is a party
            else:
                s0 = base + lm.start("x")
                d.leader = Actor(x, s0, s0 + len(x), name=x, code=None, type="group")
    if singles:
        if (
            len(singles) == 1
            and d.leader is None
            and d.head not in ("ally",)
            and not (d.head == "allies" and d.det in ("its", "their") and singles[0].via == "adjective")
        ):  # ("its Russian allies": the allies are Russian, whose they are "its" says)
            d.leader = singles[0].actor
        d.members.extend(h.actor for h in singles)
    if slashed is not None:
        d.members.append(slashed)
    return led


#: The comma or dash and the article that open an apposition, right before its first word: ", an ", " — the ".
_APPOSED_ARTICLE_END = regex.compile(r"\s*(?:,|—|–|--)\s*(?:an?|the)\s+$", regex.IGNORECASE)


def _allied_draft(text: str, s: int, e: int, m: re.Match[str], hits: list[ActorHit]) -> _Draft | None:
    """ "allied to Iran", "Iran-aligned militants"."""
    if m.group().startswith("-"):
        h = hits_ending_at(hits, m.start())
        if h is None:
            return None
        wm = _NEXT_WORD.match(text[m.end() : e])
        end = m.end() + (wm.end() if wm else 0)
        d = _Draft(h.start, end, "aligned", m.start())
        d.members.append(h.actor)
        g = hit_covering(hits, m.end() + wm.end() - 1) if wm is not None else None
        if g is not None and g.entry.type in ("group", "armed_group") and g.start > m.end():
            d.end = max(end, g.end)  # "Iran-aligned Houthis": the group aligned is in the alignment too
            d.members.append(g.actor)
        if (noun := _ALIGNED_NOUN.match(text, d.end, e)) is not None:
            d.end = noun.end()  # "Iran-aligned Iraqi militias", "Iran-aligned Hezbollah fighters"
        if len(d.members) == 1 and (ap := _APPOSED_ARTICLE_END.search(text, max(s, h.start - 8), h.start)):
            named = hits_ending_at(hits, ap.start())
            if named is not None and named.via != "adjective" and named.entry.code != h.entry.code:
                d.members.append(named.actor)  # "Kataib Hezbollah, an Iran-aligned militia,", "Belarus, a
                # Russia-aligned state,": the actor named before the apposition is the one aligned
        return d
    actors, end = actor_list(text, m.end(), e, hits, first_gap=8)
    if not actors:
        return None
    d = _Draft(m.start(), end, "allied", m.start())
    d.members.extend(_allied_subject(text, s, m.start(), hits))
    d.members.extend(a for a in actors if all(a.code != b.code for b in d.members))
    return d


#: What stands between the allied party and "allied": a copula ("Hezbollah is allied with"), a relative
#: pronoun after a comma (", which is allied to"), or a comma alone (", allied with"), and an adverb or two.
_ALLIED_SUBJECT_END = regex.compile(
    r"""(?i)(?:(?P<comma>\s*,\s*)(?:(?:which|who|that)\s+)?)?
        (?P<verb>(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+(?:long\s+)?been|became|become)\s+)?
        (?:(?:closely|firmly|tightly|long|also|still|now|loosely|increasingly|openly|formally|historically
           |not|never)\s+){0,2}$""",
    regex.VERBOSE,
)


def _allied_subject(text: str, s: int, at: int, hits: list[ActorHit]) -> list[Actor]:
    """The party "allied to X" is said of, right before it: the copula's subject ("Hezbollah is allied with
    Iran", "Belarus and Russia are allied to"), or the name before a comma ("The Houthis, allied with Iran,",
    "Hezbollah, which is allied to Iran,"). Its list is the alignment's members with X."""
    am = _ALLIED_SUBJECT_END.search(text, max(s, at - 60), at)
    if am is None or (am.group("comma") is None and am.group("verb") is None):
        return []
    if am.group("comma") is None:
        probe = _Draft(at, at, "allied", at)
        _take_subject(text, probe, hits_before(hits, am.start()), am.start(), s)
        return probe.members
    h = hits_ending_at(hits, am.start())
    if h is None or h.via == "adjective":
        return []
    return [h.actor]


#: The allies' place, then a comma that opens a list apposed to them: " in Africa, ", " abroad, ", " in the
#: region, ", " in the Pacific, namely ".
_PLACE_THEN_LIST = regex.compile(
    r"""\s+(?:(?:in|across|throughout)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*+(?:\s+\p{Lu}[\p{L}\-]*+){0,2}|region)
          |abroad|overseas)
        \s*,\s*(?:(?:namely|notably|chiefly|mainly)\s+)?""",
    regex.VERBOSE,
)
#: "non-" right before a body's name: "a non-NATO (ally)", "non-OPEC (producers)".
_NON_BEFORE_NAME = regex.compile(r"(?i)\bnon[-\s]$")


def _runs_force(p: _Draft, d: _Draft) -> bool:
    """Is ``p`` the standing body that owns the force or mission ``d`` ("NATO's force in Kosovo", "the
    European Union's naval mission")? The possessive made ``p`` the leader of ``d`` already. (A name before
    the head, "the ECOWAS standby force", keeps the body's id, as a state that leads it leads the body's
    force.)"""
    return (
        d.head in _TROOP_HEADS
        and d.poss_leader
        and p.entry is not None
        and p.entry.standing
        and d.leader is not None
        and d.leader.code == p.entry.code
    )


def _non_body(text: str, d: _Draft) -> bool:
    """Is ``d`` a body's name after "non-" ("non-NATO"), which names those outside it?"""
    return d.head == "org" and _NON_BEFORE_NAME.search(text, d.start, d.head_start) is not None


def _merge(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Fold nested drafts and appositions into one: "a Russian-led bloc, the CSTO"."""
    out: list[_Draft] = []
    for d in drafts:
        if out:
            p = out[-1]
            if d.start < p.end:  # nested or overlapping
                if d.end <= p.end:
                    if _runs_force(d, p):
                        p.leader_org, p.runner = True, d.entry  # "the EU's naval force": the EU runs it, the
                        # force is not the EU; a state that commands it leads it (see _attributes)
                    elif not (p.head != "org" and _non_body(text, d)):
                        _absorb(p, d)  # ("a major non-NATO ally": no part of NATO, the ally keeps no name)
                    continue
                if p.head == "org" and d.head != "org":
                    if _runs_force(p, d):
                        d.leader_org, d.runner = True, p.entry  # (as above, the force after its owner)
                    elif not _non_body(text, p):
                        _absorb(d, p)
                    d.start = min(d.start, p.start)
                    out[-1] = d
                    continue
                p.end = max(p.end, d.end)
                _absorb(p, d)
                continue
            gap = text[p.end : d.start]
            if _bare_name_after(text, p, d, gap):  # "the regional bloc ECOWAS": the noun, then its name
                _absorb(p, d)
                p.end = d.end
                continue
            named_p, named_d = p.entry is not None or bool(p.label), d.entry is not None or bool(d.label)
            if (
                (named_p != named_d or d.det in ("a", "an"))
                and _APPOSITION.match(gap)
                and len(gap) < 30
                and _SAID_AFTER.match(text, d.end) is None  # "..., the bloc, Mercosur said": the source
                # "If Turkey left NATO, the alliance would be weakened": the comma closes a clause before
                and not _clause_then_subject(text, p, d)
                # "AUKUS, the three allies' submarine pact": the apposition's head comes after the possessor
                and _POSSESSOR_AT.match(text, d.end) is None
            ):
                keep, other = (p, d) if p.head != "org" else (d, p)
                _absorb(keep, other)
                keep.start, keep.end = p.start, d.end
                out[-1] = keep
                continue
            if (
                d.head == "org"
                and d.entry is not None
                and (p.entry is None or p.entry.code == d.entry.code)
                and (p.head == "org" or p.head in _TROOP_HEADS)
                and len(gap) < 60
                and _NAMED_AS_GAP.fullmatch(gap) is not None
            ):
                # "The SADC mission in Mozambique, known as SAMIM,", "The Alliance of Sahel States, known by
                # its French acronym AES,": the name the text gives the body it just named, one mention
                keep, other = (p, d) if p.head != "org" else (d, p)
                _absorb(keep, other)
                keep.start, keep.end = p.start, d.end
                out[-1] = keep
                continue
            if (
                p.head == d.head == "org"
                and p.entry is not None
                and d.entry is not None
                and p.entry.code == d.entry.code
                and len(gap) < 6
                and _APPOSITION.match(gap)
                and text.startswith("the ", d.start)
                and _SAME_NAME_CLOSE.match(text, d.end) is not None
                and _SAID_AFTER.match(text, d.end) is None
            ):
                # "The OIC, the 57-member Organisation of Islamic Cooperation,": the body's full name set off
                # after its acronym (or the other way round) is one mention, as "NATO, the 32-member alliance"
                _absorb(p, d)
                p.end = d.end
                continue
        out.append(d)
    return out


#: A subordinate clause opening the sentence before a phrase: "If ", "When Turkey joined ", "Although ".
_SUBORDINATE_OPENING = regex.compile(
    r"(?i)(?:^|[.!?;:]\s+|\n)[\p{Pi}\"']?(?:if|when|whenever|once|after|before|although|though|unless|until|while"
    r"|because|since|as\s+long\s+as|even\s+if|should)\s[^,.;:!?]*$"
)
#: A finite verb right after a phrase, which makes it a clause's subject: " would be", " has ", " is ".
_FINITE_AFTER = regex.compile(
    r"(?i)\s+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have|does|did|do"
    r"|\p{Ll}{2,}ed|grew|became|won|lost|sent|took|made|said|got|gave|began|faced)\b"
)


def _clause_then_subject(text: str, p: _Draft, d: _Draft) -> bool:
    """Is ``d`` the subject of a main clause after a subordinate one that ``p`` ends ("If Turkey left NATO,
    the alliance would be weakened"), not an apposition to ``p``?"""
    return (
        _FINITE_AFTER.match(text, d.end) is not None
        and _SUBORDINATE_OPENING.search(text, max(0, p.start - 200), p.start) is not None
    )


#: What closes an apposition that names a body again: a comma, a dash, a stop or the end.
_SAME_NAME_CLOSE = regex.compile(r"[\p{Pf}\"'’”]*\s*(?:[,.;:)]|—|–|--|\s-\s|$)")
#: A modifier that makes a force or mission one of several states: "multinational", "multi-national", or
#: "joint" before a region's adjective ("a joint Arab force", "a joint African military force").
_MULTINATIONAL_MOD = regex.compile(
    r"(?i)\bmulti-?national\b|\bjoint\s+(?-i:Arab|African|Gulf|European|Sahel|Nordic|Baltic|Asian|Latin\s+American"
    r"|West\s+African|East\s+African|Southern\s+African)\b"
)
#: A possessive mark right after a noun phrase and a lower-case word: the phrase owns the noun that follows
#: ("the three allies' submarine pact", "the bloc's summit").
_POSSESSOR_AT = regex.compile(r"(?:(?<=s)['’]|['’]s)\s+\p{Ll}")
#: The words that give a body just named its name or acronym, after an optional place phrase: " in
#: Mozambique, known as ", ", known by its French acronym ", " (better known as ".
_NAMED_AS_GAP = regex.compile(
    r"""(?:\s+(?:in|on|off|for|across)\s+(?:the\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)?
        \s*(?:,|\(|—|–|--)\s*(?:which\s+is\s+)?(?:also\s+|widely\s+|better\s+|now\s+)?
        (?:known|referred\s+to)\s+
        (?:as|by\s+(?:its|the)\s+(?:[\w\-]+\s+){0,2}?(?:acronym|initials|abbreviation|name))\s+
        (?:the\s+)?[‘“'"]?""",
    regex.VERBOSE | regex.IGNORECASE,
)


_ACRONYM_START = regex.compile(r"[\p{Lu}\d]{2,}\+?(?![\w-])")
_ARTICLE_START = regex.compile(r"(?:The|An?)\s")
#: A body's name of one capitalised word: "Mercosur", "Asean".
_ONE_NAME = regex.compile(r"\p{Lu}[\p{L}\d]++")


def _bare_name_after(text: str, p: _Draft, d: _Draft, gap: str) -> bool:
    """Is ``d`` a body's acronym right after the noun of ``p`` ("the West African bloc ECOWAS")?"""
    return (
        gap == " "
        and (
            p.head in HEADS["strong"] | HEADS["anaphor"]
            # "the EU naval operation Aspides": an operation or mission named after its noun, no standing body
            or (p.head in _TROOP_HEADS and d.entry is not None and not d.entry.standing)
        )
        and p.entry is None
        and not p.label
        and d.head == "org"
        and d.entry is not None
        and (
            _ACRONYM_START.match(text, d.start) is not None
            or _ONE_NAME.fullmatch(text, d.start, d.end) is not None
            # a longer name, capitalised, with no article of its own: "the Islamist alliance Jaish al-Fath"
            or (text[d.start].isupper() and _ARTICLE_START.match(text, d.start) is None)
        )
    )


def _absorb(keep: _Draft, other: _Draft) -> None:
    if keep.entry is None and other.entry is not None:
        keep.entry, keep.label = other.entry, other.label
        keep.kind = keep.kind or other.kind
        keep.generic = other.generic
    if keep.leader is None and other.leader is not None:
        keep.leader, keep.leader_org = other.leader, other.leader_org
    keep.members.extend(other.members)
    keep.adversaries.extend(other.adversaries)
    if other.drop and keep.head == other.head:
        keep.drop = True
    if keep.drop and other.entry is not None:
        keep.drop = False
    keep.label = keep.label or other.label
    keep.quoted = keep.quoted or other.quoted


# ----------------------------------------------------------------------------------------- attributes

#: A relative clause whose subject leads the mention together with another: " it leads with Latvia", ",
#: which Germany co-leads with France", " that they jointly lead with".
_LEADS_WITH = regex.compile(
    r"""\s*,?\s*(?:(?:which|that)\s+)?(?P<who>it|they|\p{Lu}[\w\-.]*(?:\s+\p{Lu}[\w\-]*)?)
        \s+(?:has\s+|had\s+|now\s+|also\s+|currently\s+)?(?:jointly\s+)?
        (?P<co>co-)?(?:leads?|led|heads?|headed|chairs?|chaired|runs?|ran)\s+(?:jointly\s+)?with\s+""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _attributes(text: str, s: int, e: int, nxt: int, d: _Draft, hits: list[ActorHit]) -> None:
    """Leader, members, adversaries, kind and polarity of one draft from its sentence."""
    _members_of(text, d, e, hits)
    clause_end = _first_clause_end(text, s, e, d.end)
    lim = max(d.end, min(clause_end, nxt if nxt > d.end else clause_end, d.aside_end or e))
    wide = max(d.end, clause_end)
    after_hits = hits_after(hits, d.end)
    # an aside that counts and leads the mention: '"coalition of the willing" - some 30 nations led by X -'
    ca = _COUNTED_ASIDE.match(text, d.end, e) if d.leader is None else None
    if ca is not None:
        d.end = ca.end() - len(ca.group("by"))
    # leader: "led by X" / "headed by X"
    lb = _LED_BY.match(text, d.end, e)
    if lb is None and d.leader is None and (d.entry is not None or d.label):
        lb = _APPOSITION_LED_BY.match(text, d.end, min(e, d.end + 80))
    if lb is None and d.leader is None:
        lb = _ASIDE_THEN_LED_BY.match(text, d.end, e)  # "The force, made up of A and B troops, was led by C"
    if lb is not None:
        actors, end = actor_list(text, lb.end(), e, after_hits, first_gap=4)
        if actors and (office := _OFFICE_HOLDER_AFTER.match(text, end, e)) is not None:
            end = office.end()  # "led by Nigerian President Bola Tinubu": the state leads, through its
            # head, and the surface runs to the end of the person's name, not to the demonym
        if actors:
            if lb.group("chair") and d.leader is not None:
                d.members.extend(actors)  # "the OSCE Contact Group, co-chaired by A and B": the body runs it
            elif (lb.group("chair") or "").casefold().startswith("co-") or (
                lb.re is _LED_BY
                and (lb.group("co") or "jointly" in lb.group().casefold())
                and len(actors) > 1
            ):
                d.members.extend(
                    actors
                )  # "The group, co-chaired by France and Saudi Arabia", "the coalition,
                # co-led by Britain and France": each co-chair or co-leader is a member, none of them leads
                # (concepts.md; the schema has one leader)
            elif lb.group("chair") and (
                (d.entry is not None and d.entry.standing) or (d.det == "the" and d.head in _STANDING_HEADS)
            ):
                d.members.append(actors[0])  # "ECOWAS, chaired by Sierra Leone": a member's turn in the chair
                # of a standing body, as with "holds the chair of" (_office_holder), not its leader
            else:
                d.leader = actors[0]
            if (
                len(actors) == 2
                and actors[0].code != actors[1].code
                and _AND_OR_THE_GAP.fullmatch(text, actors[0].end, actors[1].start)
            ):
                d.members.extend(actors)  # "led by China and Russia": both lead, both are members
            predicate = lb.re is _ASIDE_THEN_LED_BY or (
                lb.re is _LED_BY
                and bool(lb.group("be") or lb.group("modal"))
                and not lb.group("rel")
                and (text[lb.start()] != "," or bool(lb.group("be")))
            )  # "The mission, known as SAMIDRC, was led by X": the verb after the aside is a predicate
            if not predicate:
                if text[lb.start()] == "," and d.led_aside is None:
                    d.led_aside = d.end
                d.end = end  # ("The coalition is led by France": a predicate, not part of the mention)
            lim = max(lim, end)
            after_hits = hits_after(hits, d.end)
    if d.leader is None and lb is None and (fl := _FOE_THEN_LED_BY.match(text, d.end, e)) is not None:
        _led_past_its_foe(text, e, d, fl, after_hits)  # "A coalition against the Houthis, led by the US"
    # a body's force after its place: a state leads it in the body's stead ("NATO's force in Kosovo, led by")
    run_only = d.leader_org and d.runner is not None and d.head in _TROOP_HEADS
    if (d.leader is None or run_only) and lb is None and (pl := _PLACE_THEN_LED_BY.match(text, d.end, e)):
        _led_past_its_place(text, e, d, pl, after_hits)  # "The leftist bloc in Latin America, led by A and B"
    if d.leader is None and (wh := _WITH_AT_HEAD_OPEN.match(text, d.end, e)) is not None:
        lead = hit_covering(after_hits, wh.end())
        if lead is not None and lead.start == wh.end() and _AT_ITS_HEAD.match(text, lead.end, e) is not None:
            d.leader = lead.actor  # "The coalition, with Saudi Arabia at its head, struck"
    zero_led = False  # the leader is the subject of a relative clause with no pronoun
    if d.leader is None:
        # (with no pronoun, "The coalition Riyadh has led since 2015": not after a body's name)
        zero = _ZERO_RELATIVE.match(text, d.end, e) if d.head != "org" else None
        relatives = _WHICH.finditer(text, d.end, min(e, d.end + _WHICH_REACH))
        for wl in itertools.chain([zero] if zero else [], relatives):
            lead = hit_covering(after_hits, wl.end())
            if lead is None or lead.start != wl.end():
                continue
            if _HAS_LED.match(text, lead.end, e):
                d.leader = lead.actor  # "the coalition against ISIS, which Washington has led since 2014"
                zero_led = wl is zero
                break
            sharing, end = actor_list(text, lead.start, e, hits_after(after_hits, lead.start), first_gap=0)
            if len(sharing) > 1 and _HAVE_LED.match(text, end, e):
                d.members.extend(sharing)  # "the coalition, which France and Britain lead": the states that
                break  # share the lead are members, none of them the leader (as "France and Britain lead it")
    if d.leader is None:
        _co_leads(text, s, e, d, hits)
    if d.leader is None and ("leading" in text[d.end : e] or "heading" in text[d.end : e]):
        _with_leading(text, e, d, after_hits)
    if not d.members and (wf := _WHICH_RIGHT_AFTER.match(text, d.end, e)) is not None:
        _formed_in_relative(text, e, d, wf.end(), after_hits)
    _office_holder(text, s, e, d, hits)
    if d.head == "org" and d.entry is not None:
        near = text[max(s, d.start - 40) : d.start]
        if "behalf" in near or "peaking" in near:  # a cheap test before the patterns
            _spoken_for(text, s, e, d, hits)
    fb = _FOUNDED_BY.match(text, d.end, e)
    if fb is not None:  # "initiated by China", "is being put together by France": founders are members
        actors, _ = actor_list(text, fb.end(), e, hits_after(hits, fb.end()), first_gap=4)
        d.members.extend(actors)
    elif (d.entry is None or not d.entry.standing) and (jb := _JOINED_BY.match(text, d.end, e)) is not None:
        # "The coalition was later joined by Morocco", "the alliance, joined last year by Togo,"
        actors, end = actor_list(text, jb.end(), e, hits_after(hits, jb.end()), first_gap=4)
        if _IN_GERUND.match(text, end + 1) is None:  # (not "joined by Norway in imposing sanctions": a deed)
            d.members.extend(actors)
    pre = text[s : d.start]
    # "X and its allies", "X or its coalition partners"
    if d.det in ("its", "their"):
        prev = hits_before(hits, d.start)
        gap = text[prev[-1].end : d.start] if prev else ""
        if prev and (_AND_OR_GAP.fullmatch(gap) or _FORCES_AND_GAP.fullmatch(gap)):
            # "Iran and its allies", "American forces and their allies"
            d.leader = prev[-1].actor
            d.members.insert(0, prev[-1].actor)
            d.start = prev[-1].start
        elif d.head == "allies" and d.leader is None and not _unknown_name_and(text, s, d.start, hits):
            owner = _last_state(hits, s, d.start)
            if owner is not None and d.entry is not None and d.entry.standing:
                d.members.insert(
                    0, owner.actor
                )  # "Turkey criticised its NATO allies": a member, not the leader
            elif owner is not None:  # "Iraq owes much of it to its Gulf Arab allies": Iraq leads them
                d.leader = owner.actor
        elif d.det == "their" and d.head in _OWNED_BOND_HEADS and not d.members and d.leader is None:
            _owning_pair(text, s, d, hits)
    elif (
        d.head == "org"
        and d.entry is not None
        and d.entry.members
        and _ITS_BEFORE.search(text, max(s, d.start - 4), d.start) is not None
        and _BODY_PARTNERS_AFTER.match(text, d.end) is not None
        and (owner := _last_state(hits, s, d.start)) is not None
        and owner.actor.code in d.entry.members
        and all(a.code != owner.actor.code for a in d.members)
    ):
        d.members.insert(
            0, owner.actor
        )  # "Uruguay clashed with its Mercosur partners": a member the data knows
    if (
        d.entry is not None
        and d.entry.members
        and text.startswith("its ", d.start)
        and (owner := _last_state(hits, s, d.start)) is not None
        and _WHICH_OWNS.fullmatch(text, owner.end, d.start) is not None
        and owner.actor.code in d.entry.members
        and all(a.code != owner.actor.code for a in d.members)
    ):  # "Iran, which backs the group as part of its Axis of Resistance": the relative's antecedent owns
        # the body, a member the data knows
        d.members.insert(0, owner.actor)
    # predicate leader: "Washington Leads Patchwork Coalition", "America will lead a coalition"; a state
    # that leads a body's force or mission leads it in the body's stead ("Kenya leads the AU force")
    if d.leader is None or (d.leader_org and d.runner is not None and d.head in _TROOP_HEADS):
        lm = _LEADS.search(pre[-60:]) if pre else None
        if lm is not None:
            cut = s + len(pre) - len(pre[-60:]) + lm.start()
            lead = hits_ending_at(hits, cut)
            if lead is None and (rm := _RULER_END.search(text, max(s, cut - 40), cut)) is not None:
                lead = hits_ending_at(hits, rm.start())  # "Niger's junta, which leads": the junta's state
            if lead is None and text[cut - 1 : cut] == ",":
                probe = _Draft(
                    d.start, d.end, d.head, d.head_start
                )  # "Mali, which quit X in 2022, now leads"
                _take_subject(text, probe, hits_before(hits, cut), cut, s)
                if len(probe.members) == 1 and probe.members[0].type in ("state", "government"):
                    d.leader = probe.members[0]
            if lead is not None:
                both = _conjoined_before(text, hits, lead, s)
                if len(both) > 1 or lm.group("co") or _POSSESSIVE_GAP.match(text, d.end):
                    # "Britain and France are leading a coalition", "Kenya co-chairs the group": the states
                    # that share the lead are members, and none of them is the leader (the schema has one);
                    # "Canada leads NATO's battlegroup": a member leads a unit of the body, not the body
                    d.members.extend(h.actor for h in both)
                else:
                    d.leader = lead.actor
    if d.head == "ally":
        _ally_parties(text, s, e, d, hits)
    else:  # members after the mention
        _members_after(text, d, e, lim, wide, after_hits)
        if zero_led and d.leader is not None:
            lead_code = d.leader.code  # (the relative's subject right after the head is no apposed member)
            d.members = [a for a in d.members if a.code != lead_code]
    if d.head == "allies" and d.leader is not None and {a.code for a in d.members} <= {d.leader.code}:
        _allies_apposed(text, s, d, hits)  # "The Houthis and Hezbollah, Tehran's allies, ..."
    _own_partner(text, s, d, hits)
    n = len(d.members)
    _members_before(text, s, d, pre, hits)
    if (
        len(d.members) == n
        and (d.head == "org" or d.det == "the")
        and (br := _BECOMING_RANK_END.search(pre[-120:])) is not None
    ):
        # "after Turkey ratified it, becoming the last country in the alliance to sign off": the subject of
        # the clause the participle follows, one state, is a member
        at = s + len(pre) - len(pre[-120:]) + br.start()
        subj = _clause_subject(text, s, at, hits_before(hits, at))
        if len(subj) == 1 and subj[0].type in ("state", "government"):
            d.members.append(subj[0])
    jc = _JOINING_COMPANIONS.match(text, d.end, e) if len(d.members) > n and d.head == "org" else None
    if jc is not None:
        # "Indonesia became a full member of BRICS in January, joining Egypt, Ethiopia, Iran and the UAE": the
        # states the new member joins are members before it
        joined, _ = actor_list(text, jc.end(), e, hits_after(hits, jc.end()), first_gap=0)
        if joined and all(a.type in ("state", "government") for a in joined):
            d.members.extend(a for a in joined if all(a.code != b.code for b in d.members))
    if len(d.members) == n and (oq := _OPENING_MARK_END.search(pre)) is not None:
        _members_before(text, s, d, pre[: oq.start()], hits)  # 'Algiers had formed "an alliance"': the verb
        # before the opening mark is the mention's
    if not d.members and "as" in pre[-8:]:
        _described_as(text, s, d, hits)
    if (
        not d.members
        and (
            _A_OR_AN.match(text, d.start) is not None
            or (
                d.entry is not None and _THE_NAME.match(text, d.start) is not None and not _owns_next(text, d)
            )
        )
        and _CALL_WORDS(fold(pre[-_CALLED_REACH:])) is not None
    ):
        _called(text, s, d, hits)
    if not d.members and d.det in _INDEFINITE and _CALL_IT_BEFORE.search(text, max(s, d.start - 30), d.start):
        d.called_it = True
    if d.entry is not None and d.entry.members:
        _known_members_around(text, s, e, d, pre, hits)
    aw = _ALONG_WITH.match(text, d.end, e)
    if (
        aw is not None
        and (
            d.members
            or aw.group("plus")
            # "The group ... is part of the axis along with Hezbollah and Hamas": the subject, no actor, is a
            # member, and so are its companions
            or (_PART_OF_END.search(pre) is not None and _NOT_MEMBER.search(pre[-40:]) is None)
        )
    ):
        d.members.extend(actor_list(text, aw.end(), e, hits_after(hits, aw.end()), first_gap=4)[0])
    _members_far(text, s, e, nxt, d, hits)
    if d.members and d.head == "org" and (_former_members(text, s, d) or _member_until(text, s, d, pre)):
        d.members = []  # "Former ECOWAS members Mali and Niger", "Niger, a former ECOWAS member": they left
    if (
        d.head == "org"
        and _NON_BODY.match(text, d.start, d.end) is not None
        and not (d.entry is not None and d.entry.name.casefold().startswith("non"))  # "Non-Aligned Movement"
    ):
        d.leader, d.members = None, []  # "Russia, which leads the non-OPEC producers": outside the body
    # adversaries
    if not d.adversaries:
        _attacker_before(text, s, d, pre, hits)
    scope = max(d.end, min(wide, d.aside_end or wide))  # a mention inside an aside stops at its close
    _adversaries(text, d, scope, hits, nxt if nxt > d.end else scope)
    if not d.adversaries:
        _shielded_from(text, d, scope, hits)
    if not d.adversaries:
        _regarded_as_threat(text, d, scope, hits)
    if not d.adversaries:
        _struck_after(text, e, d, hits)
    if not d.adversaries:
        _ground_taken_after(text, e, d, hits)
    if not d.adversaries:
        _victim_before(text, s, d, pre, hits)
    if not d.adversaries:
        _ousted_by(text, d, wide, hits)
    if not d.adversaries and nxt >= e:
        _purpose_tail(text, e, d, hits)
    # kind and polarity
    _kind(text, d, lim, e)
    _polarity(text, s, e, d, pre)
    if d.polarity == "negated" and not d.members and d.entry is None and "asked" in fold(text[s:e]):
        _asked_about_pair(text, s, e, d, hits)
    _war_context(text, s, e, d, hits)


#: A question put to the speaker of a denial, before the states it asks about: "Asked whether ", "when asked
#: about ties between ", "asked if ".
_ASKED_ABOUT = regex.compile(
    r"""(?i)\basked\s+(?:(?:by\s+)?(?:[\w\-]+\s+){0,3}?)?
        (?:whether|if|about)\s+(?:(?:the\s+)?(?:ties|relations|links|cooperation)\s+(?:between|of|with)\s+)?""",
    regex.VERBOSE,
)


def _asked_about_pair(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The states a question names, for a denial that answers it with no member of its own: 'Asked whether
    Russia and China were forming an alliance, the spokesman said: "There is no military bloc"' denies a
    bloc of Russia and China. The question is in the denial's sentence, before the mention or after it."""
    for am in _ASKED_ABOUT.finditer(text, s, e):
        if am.start() < d.start < am.end() or d.start <= am.start() < d.end:
            continue
        limit = d.start if am.end() <= d.start else e
        found, _end = actor_list(text, am.end(), limit, hits_after(hits, am.end()), first_gap=4)
        states = [a for a in found if a.type in ("state", "government")]
        if len({a.code for a in states}) >= 2 and len(states) == len(found):
            d.members.extend(states)
            return


#: A mention of those outside a body: "the non-OPEC (producers)", "non-NATO (states)".
_NON_BODY = regex.compile(r"(?i)(?:(?:the|a|an)\s+)?non-")
#: "former" or "ex-" before a body's name, at or inside the start of a mention of its members: "Former (ECOWAS
#: members)", "the three former (OPEC members)", "Ex-(OPEC members)".
_FORMER_BEFORE = regex.compile(r"(?i)\b(?:former|ex-)\s*$")
_FORMER_INSIDE = regex.compile(
    r"(?i)(?:(?:the|its|their|an?|three|two|four|five|six|both|all)\s+){0,2}(?:former|ex-)\s*"
)
#: The end of a membership right after the body or its member noun: " until 2009", " until early 2012",
#: " until March", " until it quit" (not " until now", " until today": those members still are).
_UNTIL_ENDED = regex.compile(
    r"""(?i)\s+until\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?
        (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b
          |(?:it|they|he|she)\s+(?:(?:was|were)\s+(?:expelled|suspended)|left|quit|withdrew|pulled\s+out|exited|broke\s+away))
      # a relative that tells the leaving: ", which it left after the war", ", which they quit in 1999"
      |\s*,\s*which\s+(?:it|they)\s+(?:(?:later|eventually|finally|then|formally)\s+)?(?:left|quit|exited|abandoned)\b""",
    regex.VERBOSE,
)
#: A future or modal before the body, for which "until" bounds what is still to come: "will remain in the EU
#: until 2030".
_UNTIL_FUTURE_BEFORE = regex.compile(
    r"(?i)\b(?:will|would|shall|could|may|might|to\s+(?:remain|stay|be))\b|['’]ll\b"
    r"|\b(?:plans?|expects?|intends?)\b"
)
#: Words of membership right before the body, which "until" then bounds: "belonged to the ", "was a member
#: of ", "were part of ", "remained in " (not "holds the rotating chair of": an office, not the membership).
_MEMBERSHIP_UNTIL_BEFORE = regex.compile(
    r"""(?i)\b(?:belong(?:s|ed)?\s+to|(?:was|were|is|are|been|remained|stayed|sat)\s+
        (?:(?:an?\s+)?(?:(?:founding|full|full-fledged|active)\s+)?(?:members?|part|parts)\s+(?:of|in)|in))
        \s+(?:the\s+)?$""",
    regex.VERBOSE,
)


def _former_members(text: str, s: int, d: _Draft) -> bool:
    """Is the mention a body's former members ("former ECOWAS members", "ex-OPEC member states"), whose
    states are no members of it now?"""
    if _MEMBER_NOUN_END.search(text, d.start, d.end) is None:
        return False
    return (
        _FORMER_INSIDE.match(text, d.start, d.end) is not None
        or _FORMER_BEFORE.search(text, max(s, d.start - 12), d.start) is not None
    )


def _member_until(text: str, s: int, d: _Draft, pre: str) -> bool:
    """Did the membership end at a time the text names ("Georgia belonged to the CIS until 2009", "Uzbekistan,
    a CSTO member until 2012, ...") or in a relative after the body ("..., which it left after the war")?
    Not for a future ("will stay in the EU until 2030")."""
    if _UNTIL_ENDED.match(text, d.end) is None:
        return False
    if (
        _MEMBER_NOUN_END.search(text, d.start, d.end) is None
        and _MEMBERSHIP_UNTIL_BEFORE.search(text, max(s, d.start - 40), d.start) is None
    ):
        return False  # "Laos holds the rotating chair of ASEAN until December": the office ends
    return _UNTIL_FUTURE_BEFORE.search(text, max(s, d.start - 40), d.start) is None


#: The mention's target, then a comma and "led by": " against the Houthis, led by ", " to counter Russia,
#: headed by ".
_FOE_THEN_LED_BY = regex.compile(
    r"""\s+(?:against|to\s+(?:counter|fight|combat|confront|defeat|deter)|fighting|countering|battling)\s+
        (?:the\s+)?(?P<foe>[^,.;:()]{2,40}?)\s*,\s+(?:(?:which\s+is|and|and\s+is)\s+)?(?:(?:currently|now)\s+)?
        (?:led|headed|spearheaded)\s+by\s+""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _led_past_its_foe(text: str, e: int, d: _Draft, fl: regex.Match[str], hits: list[ActorHit]) -> None:
    """The leader named after the mention's target and a comma: "A coalition against the Houthis, led by the
    US". Only when the target is one armed group or state named whole, and the leader a state or body (a
    camp such as "the West, led by the US" is led itself; a person is no actor)."""
    foe = hit_covering(hits, fl.start("foe"))
    if (
        foe is None
        or foe.start != fl.start("foe")
        or foe.end != fl.end("foe")
        or foe.entry.type not in ("armed_group", "state", "government")
    ):
        return
    actors, _ = actor_list(text, fl.end(), e, hits_after(hits, fl.end()), first_gap=4)
    if (
        actors
        and actors[0].type in ("state", "government", "organization")
        and actors[0].code != foe.actor.code
    ):
        d.leader = actors[0]


#: The mention's place, then a comma and "led by": " in Latin America, led by ", " across the Sahel, headed
#: by ". The place is a name in capitals (a region or a state), at most four words.
_PLACE_THEN_LED_BY = regex.compile(
    r"""\s+(?:in|across|throughout|on|off)\s+(?:the\s+)?
        (?P<place>\p{Lu}[\p{L}\-’']*+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\-’']*+){0,3})
        (?:\s*,\s+(?:(?:which\s+is|and\s+is)\s+)?
          # a finite verb: "The naval mission off Somalia is led by Spain"
          |\s+(?P<fin>is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)
        (?:(?:currently|now|jointly)\s+)?(?:led|headed|spearheaded|commanded)\s+by\s+""",
    regex.VERBOSE,
)


def _led_past_its_place(text: str, e: int, d: _Draft, pl: regex.Match[str], hits: list[ActorHit]) -> None:
    """The leader named after the mention's place and a comma: "The coalition in Yemen, led by Saudi Arabia";
    two leaders joined by "and" are both members, the first the leader ("led by Brazil and Mexico"), as
    right after the mention. The leader is a state or a body, never the place itself."""
    actors, _ = actor_list(text, pl.end(), e, hits_after(hits, pl.end()), first_gap=4)
    if not actors or actors[0].type not in ("state", "government", "organization"):
        return
    place = hit_covering(hits, pl.start("place"))
    if place is not None and place.actor.code == actors[0].code:
        return
    d.leader = actors[0]
    if (
        len(actors) == 2
        and actors[0].code != actors[1].code
        and _AND_OR_THE_GAP.fullmatch(text, actors[0].end, actors[1].start)
    ):
        d.members.extend(actors)


#: A comma (and "both" or "all") right after an actor list, before an apposed "X's allies": ", both ".
_ALLIES_APPOSED_BEFORE = regex.compile(
    r"(?i)(?<=\w),\s*(?:(?:both|all|the\s+two|two|three)\s+|(?P<one>one\s+of|among)\s+)?$"
)


def _allies_apposed(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The list that "X's allies" is apposed to, and X, are the ally network's members ("The Houthis and
    Hezbollah, Tehran's allies, ...", "Japan and South Korea, Washington's main allies in Asia")."""
    am = _ALLIES_APPOSED_BEFORE.search(text, max(s, d.start - 14), d.start)
    if am is None or hits_ending_at(hits, am.start()) is None:
        return
    probe = _Draft(d.start, d.end, d.head, d.head_start)
    _take_subject(text, probe, hits_before(hits, am.start()), am.start(), s, apposed=True)
    listed = [a for a in probe.members if d.leader is not None and a.code != d.leader.code]
    if am.group("one") and len(probe.members) == len(listed) == 1:
        d.members.extend(listed)  # "Japan, one of Washington's closest allies,": one of the network, as
        return  # "Japan is one of Washington's closest allies" is
    if len(listed) >= 2:  # (one state apposed is "X, Moscow's closest ally": the singular's rule)
        if d.leader is not None and not d.members:
            d.members.append(d.leader)
        d.members.extend(listed)


#: The closing marks a quoted mention may end with: '"an alliance" with'.
_CLOSING_MARKS = "\"”’'» \t\n"
#: An opening quote mark that ends the words before a mention: 'had formed "'.
_OPENING_MARK_END = regex.compile(r"(?<=\w)\s+[\p{Pi}\"']$")
#: A thing described as the mention right after it: "described the American-British campaign as ", "sees
#: Moscow and Tehran as ", 'branded the two states as "'.
_DESCRIBED_AS = regex.compile(
    r"""(?i)\b(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|brand(?:s|ed|ing)?
        |label(?:s|led|ed|ling|ing)?|denounc(?:e|es|ed|ing)|sees?|saw|view(?:s|ed|ing)?|regard(?:s|ed|ing)?)
        \s+(?P<np>[^.;:!?()]{2,90}?)\s+as\s+[\p{Pi}"']?$""",
    regex.VERBOSE,
)
#: The words a bare list of states may open with and hold between its names: "the", ", ", ", and ", " and ".
_BARE_LIST_OPEN = regex.compile(r"(?i)(?:the\s+)?")
_BARE_LIST_GAP = regex.compile(r"(?i)\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _bare_list(text: str, start: int, end: int, inner: Sequence[ActorHit]) -> bool:
    """Whether ``text[start:end]`` is nothing but the names of ``inner`` as a list: "Russia, China, Iran and
    North Korea" (not "the drills, held near Taiwan": a comma there opens an aside)."""
    if not inner or _BARE_LIST_OPEN.fullmatch(text, start, inner[0].start) is None or inner[-1].end != end:
        return False
    return all(
        _BARE_LIST_GAP.fullmatch(text, a.end, b.start) is not None for a, b in itertools.pairwise(inner)
    )


def _described_as(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The states of the thing a speaker describes as the mention are its members: "described the
    American-British campaign as a coalition of aggression" (the United States and Britain), "views Moscow
    and Tehran as an axis", "describe Russia, China, Iran and North Korea as an axis" (a thing with commas
    only when it is a bare list of names). Nothing when the thing holds another kind of actor ("sees the SCO
    as a bloc")."""
    dm = _DESCRIBED_AS.search(text, max(s, d.start - 130), d.start)
    if dm is None:
        return
    inner = hits_before(hits_after(hits, dm.start("np")), dm.end("np"))
    if "," in dm.group("np") and not _bare_list(text, dm.start("np"), dm.end("np"), inner):
        return
    if inner and all(h.entry.type in ("state", "government") for h in inner):
        d.members.extend(h.actor for h in inner)


#: How far before the mention the verb of "call X a bloc" may stand.
_CALLED_REACH = 110
#: A thing called the mention right after it, with no "as": "call the ties between A, B and C an axis",
#: "dubbed Moscow and Minsk a bloc". The thing may hold a list (commas), but no clause: not "called on A to
#: form", not "called for".
_CALLED = regex.compile(
    r"""(?i)\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|labell?(?:s|ed|ing)?)
        \s+(?!(?:on|for|upon|off|in|out|it|them|him|her|this|that)\b)(?P<np>[^.;:!?()]{2,90}?)\s+$""",
    regex.VERBOSE,
)
#: An indefinite article opening the mention (a body's name has no determiner of its own: 'an "axis of ...').
_A_OR_AN = regex.compile(r"(?i)an?\s")
#: "the" opening a known body's name: 'dubbed A, B and C the "axis of upheaval"'.
_THE_NAME = regex.compile(r"(?i)the\s+[\p{Pi}\"']?\p{L}")


def _owns_next(text: str, d: _Draft) -> bool:
    """Whether the mention owns what follows it: "the EU's engine" (called France and Germany the EU's
    engine: the states are called the engine, not the body)."""
    return text.startswith(("'s", "’s"), d.end) or text.startswith(("'s", "’s"), d.end + 1)


#: Literal prefilter for :data:`_CALLED` on folded text.
_CALL_WORDS = re.compile("call|dub|term|label").search
#: Words that make the thing called a clause, not a noun phrase: "called A and B to join a bloc".
#: Nor another thing called by it: "called A and B a threat and urged an alliance".
_CALLED_CLAUSE = regex.compile(
    r"(?i)\b(?:to|that|who|which|a|an|and\s+(?:is|are|was|were|has|have|had))\b|(?-i:\b\p{Ll}{3,}ed\b)"
)


def _called(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The states of the thing called the mention are its members: "Analysts call the ties between China,
    Russia, Iran and North Korea an axis of upheaval". Nothing when the thing holds another kind of actor or
    reads as a clause ("called on Russia and China to form an alliance")."""
    cm = _CALLED.search(text, max(s, d.start - _CALLED_REACH), d.start)
    if cm is None or _CALLED_CLAUSE.search(cm.group("np")) is not None:
        return
    inner = hits_before(hits_after(hits, cm.start("np")), cm.end("np"))
    if len(inner) >= 2 and all(h.entry.type in ("state", "government") for h in inner):
        d.members.extend(h.actor for h in inner)


#: "it" named as the mention right before it: "call it ", "would not describe it as ".
_CALL_IT_BEFORE = regex.compile(
    r"(?i)\b(?:call|calls|calling|called|describe|describes|describing)\s+it\s+(?:as\s+)?$"
)
#: How far before "call it a ..." the pair of states it means may end (the sentence before, about).
_CALLED_IT_REACH = 250
#: A possessor's membership right before a body: "New Delhi's membership of ", "Rome's seat in the ".
_MEMBERSHIP_POSSESSED = regex.compile(
    r"(?i)['’]s\s+(?:[\w\-]+\s+)?(?:membership|seat|place)\s+(?:of|in|on)\s+(?:the\s+)?$"
)
#: A membership ended or put on hold, after the body whose membership it is: " was suspended in 2014", " has
#: been frozen".
_MEMBERSHIP_ENDED_AFTER = regex.compile(
    r"""(?i)\s+(?:(?:was|were|is|has\s+been|had\s+been|will\s+be|would\s+be|remains?|remained)\s+)
        (?:[\w\-]+\s+)?(?:suspended|revoked|terminated|ended|cancell?ed|withdrawn|annulled)\b""",
    regex.VERBOSE,
)
#: ... and before its possessor: "suspended ", "the suspension of ", "revoking " (not "froze": a state that
#: freezes its own part in a body is still a member).
_MEMBERSHIP_ENDED_BEFORE = regex.compile(
    r"(?i)\b(?:suspen(?:d|ds|ded|ding|sion\s+of)|revok(?:e|es|ed|ing)|revocation\s+of"
    r"|terminat(?:e|es|ed|ing)|end(?:ed|ing)?|cancell?(?:ed|ing)?)\s+(?:the\s+)?$"
)
#: A frame that puts the sentence's subject inside a body: "(build a joint force) within the framework of ".
_WITHIN_BODY_BEFORE = regex.compile(
    r"(?i)\b(?:within|under|in)\s+the\s+(?:framework|umbrella|auspices|format)\s+of\s+(?:the\s+)?$"
)
#: An apposition that opens right after the list opening the sentence and names a body: ", the so-called ",
#: ", two of the ", ", one of the " (after one state), ", both ", or a state's fellow members: ", Qatar's
#: (fellow GCC members)"; a dash may open it as a comma does: " - the three (AES countries) -", " — the ".
_LIST_APPOSED_BEFORE = regex.compile(
    r"""(?i)(?<=\w)(?:,|\s+[—–-]|\s*--)\s*(?:(?:the\s+(?=(?:two|three|four|five|six)\s))?(?:(?P<one>one)|two|three|four|five|six|\d+|both|all)\s+(?:of\s+)?)?
        (?:the\s+)?(?:so-called\s+)?
        (?:(?:(?:most|least)\s+)?(?-i:\p{Ll})+(?<=[^w]est)\s+)?  # "the two largest", "one of the smallest"
        (?P<poss>(?-i:\p{Lu})[\p{L}\-]*(?:\s+(?-i:\p{Lu})[\p{L}\-]*)?['’]s\s+)?$""",
    regex.VERBOSE,
)
#: Where that apposition closes, right after the body ("..., the Arab Quartet, cut", "the G4 countries,"):
#: not "the NATO rivals", where the body names only a modifier.
#: A short phrase may qualify the apposed body before its close: "the two ASEAN members (with the strongest
#: claims,)", "the NATO states (closest to Russia,)".
_APPOSITION_CLOSE = regex.compile(
    r"""\s*(?:,|;|—|–|--|\)|\s-\s|\s+(?:members|countries|states|nations|partners)\b\s*,
        |\s+(?:with|in|on|along|closest\s+to|nearest\s+to|bordering|facing)\s[^,.;:()—–\p{Pi}\p{Pf}"]{1,60},)""",
    regex.VERBOSE,
)
#: A membership word right before a body whose "with" list follows: "a member of ", "partner in the ".
_MEMBER_WORD_BEFORE = regex.compile(
    r"(?i)\b(?:members?|membership|partners?|part|seat|place)\s+(?:of|in|on)\s+(?:the\s+)?$"
)


def _opening_list(text: str, s: int, before: list[ActorHit], *, one: bool = False) -> list[Actor]:
    """The closed actor list that opens the sentence at ``s`` and ends with the last of ``before`` ("Saudi
    Arabia, the UAE, Egypt and Bahrain"), or nothing: an open one ("Russia, China, the SCO, Iran and
    India") goes on past the body. With ``one`` (an apposition "one of the"), the one actor that opens the
    sentence ("Denmark, one of the Frugal Four")."""
    if not before:
        return []
    chain = [before[-1]]
    for h in reversed(before[:-1]):
        if not _LIST_SEPARATOR.fullmatch(text, h.end, chain[0].start):
            break
        chain.insert(0, h)
    if not _SENTENCE_OPENING.fullmatch(text, s, chain[0].start):
        return []
    if one:
        return [chain[0].actor] if len(chain) == 1 else []
    if len(chain) < 2 or _AND_OR_WORD.search(text, chain[-2].end, chain[-1].start) is None:
        return []
    return [h.actor for h in chain]


_AND_OR_WORD = regex.compile(r"(?i)\b(?:and|or)\b|&")


#: A verb of making or entering a pact right before it: "signed the ", "formed ", "entered into the ".
_SIGNED_BEFORE = regex.compile(
    r"(?i)\b(?:signed|sealed|concluded|formed|founded|created|set\s+up|launched|entered(?:\s+into)?|joined)"
    r"\s+(?:the\s+)?$"
)
#: A conjunction that opens a clause right before its subject: "The attack comes as (Mali and Niger ...)".
_SUBORDINATOR_BEFORE = regex.compile(r"(?i)\b(?:as|while|when|after|since|because|where|and)\s+(?:the\s+)?$")
#: What may stand between a clause's subject and the body it acts in: words only, no stop or comma.
_CLAUSE_WORDS = regex.compile(r"[\w\s\-’']+")


def _clause_subject(text: str, s: int, at: int, before: list[ActorHit]) -> list[Actor]:
    """The actor list that is the subject of the clause ending at ``at``: it opens the sentence or follows a
    conjunction ("The attack comes as Mali, Burkina Faso and Niger are trying to build a force within the
    framework of"), and no other actor, comma or stop comes between it and ``at`` (not "Moscow blocked
    Beijing's plan for a lender under the auspices of")."""
    if not before:
        return []
    chain = [before[-1]]
    for h in reversed(before[:-1]):
        if not _LIST_SEPARATOR.fullmatch(text, h.end, chain[0].start):
            break
        chain.insert(0, h)
    if not _CLAUSE_WORDS.fullmatch(text, chain[-1].end, at) or _POSSESSIVE_GAP.match(text, chain[-1].end):
        return []
    if not (
        _SENTENCE_OPENING.fullmatch(text, s, chain[0].start)
        or _SUBORDINATOR_BEFORE.search(text, max(s, chain[0].start - 12), chain[0].start)
    ):
        return []
    return [h.actor for h in chain]


def _known_members_around(text: str, s: int, e: int, d: _Draft, pre: str, hits: list[ActorHit]) -> None:
    """Members of a known body named around it in a phrase of membership, kept only when the gazetteer
    lists them as its members: the "with" list after it ("New Delhi's membership of the Quad with the
    United States, Japan and Australia", "a member of the AES with Mali and Niger", "the AUKUS pact with
    Australia and the United Kingdom"), a possessor of its membership ("New Delhi's membership of"), and
    the subject of the clause acting "within the framework of" it or signing it with that list, and the
    list opening the sentence that it is apposed to ("Saudi Arabia, the UAE, Egypt and Bahrain, the Arab
    Quartet, ...", "A and B, two of the G4 countries")."""
    known = set(d.entry.members) if d.entry is not None else set()
    found: list[Actor] = []
    tail = pre[-60:]
    ms = _MEMBERSHIP_POSSESSED.search(tail)
    if ms is not None:
        owner = hits_ending_at(hits, s + len(pre) - len(tail) + ms.start())
        if (
            owner is not None
            and _MEMBERSHIP_ENDED_AFTER.match(text, d.end, e) is None
            and _MEMBERSHIP_ENDED_BEFORE.search(text, max(s, owner.start - 30), owner.start) is None
        ):  # (not "Russia's membership in the G8 was suspended", "the suspension of Syria's seat in")
            found.append(owner.actor)
    if _WITHIN_BODY_BEFORE.search(tail) is not None:
        found.extend(_clause_subject(text, s, d.start, hits_before(hits, d.start)))
    ap = _LIST_APPOSED_BEFORE.search(tail)
    if (
        ap is not None
        and _APPOSITION_CLOSE.match(text, d.end, e) is not None
        # a possessor only before "fellow": "A and B, Qatar's fellow GCC members," (not "Qatar's neighbours")
        and (ap.group("poss") is None or text.startswith("fellow ", d.start))
    ):  # "Saudi Arabia, the UAE, Egypt and Bahrain, the Arab Quartet, ..."
        at = s + len(pre) - len(tail) + ap.start()
        found.extend(_opening_list(text, s, hits_before(hits, at), one=ap.group("one") is not None))
    wg = _WITH_GAP.match(text, d.end, e)
    last_word = text[d.start : d.end].rsplit(None, 1)[-1].casefold()
    if wg is not None and (
        d.members or found or last_word in _PARTNER_HEADS or _MEMBER_WORD_BEFORE.search(tail) is not None
    ):  # "the AUKUS pact with": the partners in a pact
        listed, _ = actor_list(text, wg.end(), e, hits_after(hits, wg.end()), first_gap=4)
        if listed and _POSSESSIVE_GAP.match(text, listed[-1].end):
            listed = []  # "joined NATO with Sweden's backing": the possessor of something else
        if listed and all(a.code in known for a in listed):  # "the Quad with Russia": no member
            found.extend(listed)
            sv = _SIGNED_BEFORE.search(tail)
            if sv is not None:  # "The United States signed the AUKUS pact with Australia and Britain"
                at = s + len(pre) - len(tail) + sv.start()
                found.extend(_clause_subject(text, s, at, hits_before(hits, at)))
    have = {a.code for a in d.members}
    for a in found:
        if a.code in known and a.code not in have:
            d.members.append(a)
            have.add(a.code)


#: "under" right after a mention, before the holder of its office: ", under Qatar's presidency", ", meeting
#: under the chairmanship of Kenya".
_UNDER_AFTER = regex.compile(
    r"""[\p{Pf}"'’”]*,?\s*(?:(?:which\s+(?:is|was)\s+|(?:is|was|are|were)\s+)?(?:now\s+)?
        (?:meeting\s+|met\s+|held\s+|convened\s+|gathered\s+|operating\s+|working\s+
           # "was founded in 2008 under the leadership of Brazil", ", formed under Moscow's leadership"
           |(?:founded|formed|created|established|set\s+up|launched)\s+(?:in\s+\d{4}\s+)?)?)?
        under\s+(?:(?P<of>(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?P<noun_of>\L<offices>)\s+of\s+(?:the\s+)?)|(?:the\s+)?)""",
    regex.VERBOSE | regex.IGNORECASE,
    offices=["presidency", "chairmanship", "chairship", "chair", "leadership", "command"],
)
#: A command or leadership a demonym names, after "under": "(under) Saudi command", "Kenyan leadership".
_DEMONYM_COMMAND = regex.compile(r"(?i)\s+(?:overall\s+)?(?:command|leadership)\b")
#: The office after its holder's possessive: "'s rotating pro tempore presidency".
_OFFICE_AFTER_HOLDER = regex.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?P<noun>presidency|chairmanship|chairship|chair|leadership)\b",
    regex.IGNORECASE,
)
#: The office right before the mention, after its holder's possessive: "Uruguay's rotating presidency of the".
_OFFICE_BEFORE = regex.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?P<noun>presidency|chairmanship|chairship|chair|leadership)\s+of\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
#: The office after the mention passing to its holder: ", whose chair in May passed to ".
_OFFICE_PASSED = regex.compile(
    r"""[^.;:]{0,60}?\b(?P<noun>presidency|chairmanship|chairship|chair)\b[^.;:]{0,40}?
        \b(?:went|passed|passes|goes|rotated|rotates|fell|falls|was\s+handed|has\s+passed|has\s+gone)\s+to\s+(?:the\s+)?""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: "under" opening the clause before the mention: "Under Qatar's rotating presidency, the ", "Under the
#: chairmanship of Kenya, " (the holder is read where the phrase starts).
_UNDER_BEFORE = regex.compile(
    r"""(?:^|[,;:(—–]\s*|\b(?:and|but|while)\s+)under\s+
        (?:(?P<of>(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?P<noun_of>\L<offices>)\s+of\s+(?:the\s+)?)|(?:the\s+)?)
        (?P<rest>[^,;:()]{2,60}?),\s*(?:the\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
    offices=["presidency", "chairmanship", "chairship", "chair", "leadership"],
)
#: A holder taking or holding the office of the mention: "Malaysia holds the rotating chair of ".
_HOLDS_OFFICE_BEFORE = regex.compile(
    r"""(?:(?:\s+(?:currently|now|also|still|formally|officially|recently))?
         \s+(?:holds|held|has\s+held|took\s+over|takes\s+over|assumed|assumes|assume|hold|take\s+over)
         |,\s*as)\s+  # "Nepal, as the current chair of "
        (?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?(?P<noun>presidency|chairmanship|chairship|chair)\s+of\s+(?:the\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: A holder chairing the mention, right before it: "Nepal, which currently chairs ", "Oman presides over the".
_CHAIRS_BEFORE = regex.compile(
    r""",?(?:\s++(?:which|who))?(?:\s++(?:currently|now|also))?
        \s++(?P<noun>chairs|presides\s++over
          # a turn still to come or past is a member's too: "will chair", "is set to chair", "has chaired"
          |(?:will|(?:is|was)\s++(?:set|due|poised|expected)\s++to|(?:has|had)|once)\s++(?:chair(?:ed)?|preside\s++over)
          |chaired)\s++(?:the\s++)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The office right after the mention, the body's name its modifier: " chairmanship", " rotating presidency".
_OFFICE_NOUN_AFTER = regex.compile(
    r"""\s++(?:(?:rotating|current|annual|pro\s++tempore)\s++)*+
        (?P<noun>chairmanship|chairship|chair|presidency)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: Its holder before the mention: "Laos, which holds the ", "Malaysia, as the current ", "Kuwait took over".
_HOLDS_THE_BEFORE = regex.compile(
    r""",?(?:\s++which)?(?:\s++(?:currently|now|also|still|formally|officially|recently))?
        \s++(?:holds|held|has\s++held|took\s++over|takes\s++over|assumed|assumes|as
        |(?:prepares?|prepared|preparing|is\s++set|was\s++set|is\s++due|will)\s++(?:to\s++)?(?:assume|take\s++over))\s++
        (?:the\s++)?(?:(?:current|rotating|incoming|outgoing|new)\s++)?$""",  # "prepares to assume the"
    regex.VERBOSE | regex.IGNORECASE,
)


#: The comma and article of an apposition that names a body's office, right before the body's name:
#: "(Laos), the current (ASEAN chair)", "(Kenya), the (EAC's) chair".
_APPOSED_OFFICE_BEFORE = regex.compile(
    r""",\s*+(?:the\s++)?(?:(?:current|rotating|incoming|outgoing|new)\s++)?$""", regex.IGNORECASE
)
#: What closes such an apposition after the office: a comma, a dash, a bracket.
_OFFICE_APPOSITION_CLOSE = regex.compile(r"\s*(?:,|—|–|--|\))")


def _office_holder(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The holder of the mention's office: "under the leadership of X" names its leader, as "led by X" does;
    a presidency or chair ("under Qatar's rotating presidency", "Uruguay's presidency of the bloc", "Kenya
    holds the chair of the EAC") is a member's turn in office, not leadership: a member."""
    holder: ActorHit | None = None
    noun = ""
    um = _UNDER_AFTER.match(text, d.end, min(e, d.end + 120))
    if um is not None:
        h = hit_covering(hits, um.end())
        inside = hit_covering(hits, um.start("of")) if um.group("of") is not None else None
        if inside is not None and inside.via == "government":  # "under the leadership of Riyadh": one phrase
            holder, noun = inside, um.group("noun_of")
        elif h is not None and h.start == um.end():
            if um.group("of") is not None:
                holder, noun = h, um.group("noun_of")
            elif (om := _OFFICE_AFTER_HOLDER.match(text, h.end, e)) is not None:
                holder, noun = h, om.group("noun")
            elif h.via == "government" and h.actor.text.casefold().endswith("leadership"):
                holder, noun = h, "leadership"  # "under Turkey's leadership": a government phrase
            elif h.via == "adjective" and _DEMONYM_COMMAND.match(text, h.end, e) is not None:
                holder, noun = h, "leadership"  # "a coalition of Arab states under Saudi command"
    if holder is None and (pm := _OFFICE_PASSED.match(text, d.end, min(e, d.end + 120))) is not None:
        h = hit_covering(hits, pm.end())
        if h is not None and h.start == pm.end():  # ", whose chair in May passed to Kenya"
            holder, noun = h, pm.group("noun")
    if holder is None and (ub := _UNDER_BEFORE.search(text, max(s, d.start - 100), d.start)) is not None:
        h = hit_covering(hits, ub.start("rest"))
        if h is not None and h.start == ub.start("rest"):
            if ub.group("of") is not None:  # "Under the chairmanship of Kenya, the EAC"
                if not text[h.end : ub.end("rest")].strip():
                    holder, noun = h, ub.group("noun_of")
            elif (om := _OFFICE_AFTER_HOLDER.match(text, h.end, ub.end("rest"))) is not None:
                if om.end() == ub.end("rest"):  # "Under Qatar's rotating presidency, the GCC met"
                    holder, noun = h, om.group("noun")
            elif (
                h.via == "government"
                and h.actor.text.casefold().endswith("leadership")
                and not text[h.end : ub.end("rest")].strip()
            ):
                holder, noun = h, "leadership"  # "Under Turkey's leadership, the coalition": one phrase
    if holder is None:
        window = text[max(s, d.start - 80) : d.start]
        bm = _OFFICE_BEFORE.search(window) or _HOLDS_OFFICE_BEFORE.search(window)
        if bm is None and d.entry is not None and d.entry.standing:
            bm = _CHAIRS_BEFORE.search(window)  # "Kathmandu, which currently chairs SAARC": a member's turn
        if bm is not None:
            holder = hits_ending_at(hits, d.start - len(window) + bm.start())
            noun = bm.group("noun")
        elif (om := _OFFICE_NOUN_AFTER.match(text, d.end, min(e, d.end + 40))) is not None and (
            (hb := _HOLDS_THE_BEFORE.search(window)) is not None
            or (
                (hb := _APPOSED_OFFICE_BEFORE.search(window)) is not None
                and _OFFICE_APPOSITION_CLOSE.match(text, om.end()) is not None
            )  # "Laos, the current ASEAN chair, hosted": the name the apposition stands beside
        ):
            # "Laos, which holds the ASEAN chairmanship", "Malaysia, as the current ASEAN Chair": the body's
            # name before its office
            holder = hits_ending_at(hits, d.start - len(window) + hb.start())
            noun = om.group("noun")
    if holder is None or holder.entry.type not in ("state", "government", "armed_group"):
        return
    if noun.casefold() in ("leadership", "command"):
        if d.leader is None:
            d.leader = holder.actor
    else:
        d.members.append(holder.actor)


#: A state's delegate speaking for a body, right before the body: "Egypt, on behalf of the ", "The
#: representative of Uganda, speaking on behalf of the ", "Algeria's representative, speaking for the ".
_SPOKEN_FOR_BEFORE = regex.compile(
    r"""(?:['’]s\s+(?:permanent\s+)?(?:representative|delegate|ambassador|envoy|delegation))?\s*,\s*
        (?:(?:speaking\s+)?(?:also\s+)?on\s+behalf\s+of|speaking\s+(?:also\s+)?for)\s+(?:the\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: The same phrase opening the sentence: "Speaking on behalf of the ", "Speaking for the ".
_SPOKEN_FOR_OPENING = regex.compile(
    r"[\p{Pi}\"']?Speaking\s+(?:also\s+)?(?:on\s+behalf\s+of|for)\s+", regex.IGNORECASE
)
#: The delegate after that opening: ", Iraq's delegate", ", the representative of Iraq".
_SPEAKER_AFTER_BODY = regex.compile(
    r"""\s*,\s*(?:the\s+)?(?:(?:permanent\s+)?(?:representative|delegate|ambassador|envoy)\s+(?:of|for)\s+(?:the\s+)?)?""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: What may stand before the speaking state in its sentence: nothing, or "The representative of ", or the
#: opening phrase and its comma ("Speaking for the Arab Group, the delegate of ").
_DELEGATE_OPENING = regex.compile(
    r"""[\p{Pi}"']?(?:Speaking\s[^,.;:]{1,120},\s*)?(?:the\s+)?
        (?:(?:permanent\s+)?(?:representative|delegate|ambassador|envoy)\s+(?:of|for)\s+(?:the\s+)?)?""",
    regex.IGNORECASE | regex.VERBOSE,
)
_DELEGATE_AFTER = regex.compile(
    r"['’]s\s+(?:permanent\s+)?(?:representative|delegate|ambassador|envoy|delegation)\b", regex.IGNORECASE
)


def _spoken_for(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The state whose delegate speaks on behalf of a body is one of its members, as UN meeting summaries
    write it: "Egypt, on behalf of the African Group, ...", "The representative of Uganda, speaking on behalf
    of the Non-Aligned Movement, ...", "Speaking for the Arab Group, Tunisia's delegate said ..."."""
    state: ActorHit | None = None
    bm = _SPOKEN_FOR_BEFORE.search(text, max(s, d.start - 120), d.start)
    if bm is not None and bm.end() == d.start:
        state = hits_ending_at(hits, bm.start())
    elif (om := _SPOKEN_FOR_OPENING.match(text, s)) is not None and text[om.end() : d.start] in ("", "the "):
        am = _SPEAKER_AFTER_BODY.match(text, d.end, e)
        h = hit_covering(hits, am.end()) if am is not None else None
        if am is not None and h is not None and h.start == am.end():
            named_of = bool(am.group().strip(" ,").casefold().removeprefix("the").strip())
            if named_of or _DELEGATE_AFTER.match(text, h.end) is not None:
                state = h
    if (
        state is not None
        and state.entry.type in ("state", "government")
        and _DELEGATE_OPENING.fullmatch(text, s, state.start) is not None  # the speaker is the subject
        and state.actor.code not in {a.code for a in d.members}
    ):
        d.members.append(state.actor)


#: "ally" after a verb of being or a role: "X is Moscow's ally", "acting as an ally", "seen as an ally".
_ALLY_PREDICATE = regex.compile(
    r"""\b(?:is|was|are|were|be|been|being|remains?|remained|became|becomes|become|as)\s+
        (?:(?:now|still|also|already|long|\p{Ll}+ly)\s+)?  # "is now Russia's ally", "is arguably its ally"
        [\p{Pi}\"'‘“]?(?:(?:an?|another|the|its|their)\s+)?
        (?:(?:[\p{L}\-]+\s+){0,2}?(?:friend|partner|neighbou?r)\s+(?:and|&)\s+)?$""",  # "a good friend and"
    regex.VERBOSE | regex.IGNORECASE,
)
#: The relative pronoun after its antecedent: "Hungary, which has been accused of acting as ...".
_RELATIVE_AFTER = regex.compile(r"^\s*,\s*(?:which|who|that)\b", regex.IGNORECASE)
#: What may follow the ally named in apposition: an end of phrase, not a noun it qualifies ("Hamas leader").
_ALLY_NAME_END = regex.compile(
    r"""\s+(?:leader|leaders|chief|head|commander|fighters?|militants?|officials?|spokes\w+|members?|forces
        |troops|gunmen|figure|founder|delegation|envoy|ministers?|president|militias?|units?|movement)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ALLY_OF = regex.compile(r"\s+of\s+(?:the\s+)?", regex.IGNORECASE)


def _ally_parties(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The two parties of one "ally": the anchor ("Moscow's ally", "its ally", "an ally of Russia") and the
    ally itself ("ally the Philippines", "Belarus is Moscow's ally", "Pakistan, an ally of China,"). Both are
    members; an ally relation has no leader."""
    if d.poss_leader and d.leader is not None:
        d.members.insert(0, d.leader)
        d.leader, d.poss_leader = None, False
    elif d.det in ("its", "their"):
        owner = _last_state(hits, s, d.start)
        if owner is not None:
            d.members.insert(0, owner.actor)
    head_end = d.head_start + len(d.head)
    om = _ALLY_OF.match(text, head_end, e) if d.end == head_end else None
    if om is not None:  # "an ally of Russia"
        first = hits_after(hits, om.start())[:1]
        if first and first[0].start in (om.end(), om.end() - 4) and first[0].via != "adjective":
            d.members.insert(0, first[0].actor)
            d.end = first[0].end
    # the ally itself: named right after ("our ally the Philippines") ...
    am = _THE_GAP.match(text, d.end, e)
    nxt = hits_after(hits, d.end)[:1]
    if (
        am is not None
        and nxt
        and nxt[0].start == am.end()
        and nxt[0].via != "adjective"
        and not _ALLY_NAME_END.match(text, nxt[0].end, e)  # "its ally Hamas leader X": the person
    ):
        d.members.append(nxt[0].actor)
        d.end = nxt[0].end
        return
    # ... or named in an apposition closed right after it ("Moscow's closest ally, Belarus, hosts") ...
    cm = _ALLY_APPOSITION_OPEN.match(text, d.end, e) if d.members else None
    if (
        cm is not None
        and nxt
        and nxt[0].start == cm.end()
        and nxt[0].via != "adjective"
        and _ALLY_APPOSITION_CLOSE.match(text, nxt[0].end, e) is not None
    ):
        d.members.append(nxt[0].actor)
        return
    # ... or the subject it is predicated of ("Belarus is Moscow's ally", "Hungary, which ... as its ally")
    before = hits_before(hits, d.start)
    if not before or before[-1].via == "adjective":
        return
    last = before[-1]
    gap = text[last.end : d.start]
    pm = _ALLY_PREDICATE.search(text, max(last.end, d.start - 40), d.start)
    if pm is not None and (len(gap) < 32 or _RELATIVE_AFTER.match(gap)) and not _CLAUSE_GAP.search(gap[2:]):
        d.members.append(last.actor)
    elif (ap := _APPOSITION_COMMA.fullmatch(gap)) is not None and d.det in (
        "a",
        "an",
        "another",
        "the",
        None,
    ):
        d.members.append(last.actor)  # "Pakistan, a close ally of China,", "The SDF, the main US ally,"
        if ap.group("np"):
            d.start = last.end + ap.start("np")  # "a quiet ally": the words the phrase scan left out


_THE_GAP = regex.compile(r"\s+(?:the\s+)?")
#: The opening and close of an apposition that names the ally: ", (the) " ... ","; a place may come first
#: ("Washington's closest ally in the region, Israel,", "Moscow's main ally in the South Caucasus, Armenia,").
_ALLY_APPOSITION_OPEN = regex.compile(
    r"(?:\s+(?:in|on)\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+)?\s*(?:,|\s[—–]|\s--)\s*(?:the\s+)?"
)
_ALLY_APPOSITION_CLOSE = regex.compile(r"\s*(?:,|\s[—–]|\s--|\))")
_APPOSITION_COMMA = regex.compile(r"\s*,\s*(?P<np>(?:an?|another)\s+(?:[\w\-]+\s+){0,2})?")


def _co_leads(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The leads a relative clause names ("the drone coalition it leads with Latvia"): both are members and
    the subject leads, as with "led by A and B"; of "co-leads with" none leads (as each co-chair of
    "co-chaired by A and B", concepts.md). "it" is the last state named before the mention."""
    lw = _LEADS_WITH.match(text, d.end, e)
    if lw is None:
        return
    if lw.group("who").casefold() in ("it", "they"):
        owner = _last_state(hits, s, d.start)
    else:
        owner = hit_covering(hits, lw.start("who"))
        owner = owner if owner is not None and owner.end == lw.end("who") else None
    partners, _ = actor_list(text, lw.end(), e, hits_after(hits, lw.end()), first_gap=4)
    if owner is None or not partners:
        return
    d.members.extend([owner.actor, *partners])
    if not lw.group("co"):
        d.leader = owner.actor


#: "its" right before a body's name, and the partners that follow it: "its (Mercosur) partners".
_ITS_BEFORE = regex.compile(r"\bits\s+$")
#: A relative clause opened on a name and running up to "its" with no other clause: ", which backs the
#: Houthis as part of " (of "Iran, which backs the Houthis as part of its Axis of Resistance").
_WHICH_OWNS = regex.compile(r"(?i),\s+(?:which|who)\s+[^,;.:()\p{Pi}\p{Pf}\"]{1,100}?\s*")
_BODY_PARTNERS_AFTER = regex.compile(r"\s+(?:partners|neighbou?rs|counterparts)\b")


#: "with" opening an absolute clause after the mention, up to its subject: ", with ".
_WITH_OPEN = regex.compile(r"(?i),\s+with\s+(?:the\s+)?")
#: The rest of that clause after its subject, which says it leads the body again named: " leading the
#: group", " jointly heading the bloc".
_LEADING_THE_BODY = regex.compile(
    r"""(?i)\s+(?:jointly\s+|still\s+|now\s+)?(?:leading|heading|spearheading)\s+(?:the|this)\s+
        (?:group|grouping|bloc|alliance|coalition|organi[sz]ation|cartel|club|pact|body|force|mission)\b""",
    regex.VERBOSE,
)


def _with_leading(text: str, e: int, d: _Draft, after_hits: list[ActorHit]) -> None:
    """The subject of "with X leading the group" after the mention leads it ("OPEC+ agreed to extend the
    cuts, with Saudi Arabia leading the group"); two or more share the lead and are members, none the
    leader, as with "X and Y lead the group"."""
    for w in _WITH_OPEN.finditer(text, d.end, e):
        actors, end = actor_list(text, w.end(), e, hits_after(after_hits, w.end()), first_gap=0)
        if not actors or _LEADING_THE_BODY.match(text, end, e) is None:
            continue
        if len(actors) == 1:
            d.leader = actors[0]
        else:
            d.members.extend(actors)
        return


def _last_state(hits: list[ActorHit], s: int, pos: int) -> ActorHit | None:
    """The last state or government named by name (not a demonym) in the sentence before ``pos``."""
    for h in reversed(hits_before(hits, pos)):
        if h.start < s:
            return None
        if h.via != "adjective" and h.entry.type in ("state", "government"):
            return h
    return None


def _own_partner(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The owner of "its treaty with X": "Manila would rely on its defence treaty with the United States"
    makes the Philippines a party too; "its" means the last state named before it in the sentence."""
    if d.det not in ("its", "their") or d.head not in _PARTNER_HEADS or not d.members:
        return
    head_end = d.head_start + len(d.head)
    if not _WITH_GAP.fullmatch(text, head_end, d.members[0].start):
        return
    owner = _last_state(hits, s, d.start)
    if owner is not None and owner.entry.code not in {a.code for a in d.members}:
        d.members.insert(0, owner.actor)


def _members_of(text: str, d: _Draft, e: int, hits: list[ActorHit]) -> None:
    """Members named by "of" right after the head, which the mention's surface takes in (as it takes
    "between A and B"): "an alliance of Iran and Syria", "the bloc of Russia, China and Iran".

    Only named actors qualify (a name, acronym, capital or government phrase, not a demonym: "a coalition of
    Syrian rebel groups" names no member), and the list must not qualify a noun after it ("of Iran's
    allies"); "the coalition of the willing" and "a coalition of Arab countries" keep their surface.
    """
    named = d.head == "org" and d.entry is not None  # "the Weimar Triangle of France, Germany and Poland"
    # ("the joint force of Chad and Sudan": a force the states' list made a mention, see _head_draft)
    of_head = d.head in _OF_LIST_HEADS or (d.head in ("force", "forces") and bool(d.evidence))
    he = d.head_start + len(d.head)
    # "the coalition of Britain and 10 other countries": a surface that the count at its end made already
    counted = not named and of_head and d.end > he and _OF_COUNTED_TAIL.fullmatch(text, he, d.end) is not None
    if not named and (not of_head or (d.end != he and not counted)):
        return
    om = _OF_LIST.match(text, he if counted else d.end, e)
    if om is None:
        return
    after = hits_after(hits, om.end())
    if not after or after[0].via == "adjective" or after[0].entry.type == "organization":
        return
    actors, end = actor_list(text, om.end(), e, after, first_gap=4)
    if actors and (oc := _AND_COUNTED_OTHERS.match(text, end, e)) is not None:
        end = oc.end()  # "of France, the UK and 20 other nations": the named members and a count of more
    elif not actors or _OF_LIST_NOUN_AFTER.match(text, end, e):
        return
    # "an axis of Hezbollah, Iraqi Shiite militias and Hamas": militias a demonym qualifies are an item of the
    # list that names no member; one that closes the list ends the surface
    later = [h for h in after if h.start >= end]
    if (
        later
        and (pe := non_state_part_end(text, later[0])) is not None
        and _AND_GAP.fullmatch(text, end, later[0].start)
    ):
        end = pe
    listed = [h for h in after if h.end <= end and non_state_part_end(text, h) is None]
    if any(h.via == "adjective" or h.entry.type == "organization" for h in listed):
        return
    if named and len({h.entry.code for h in listed if h.entry.type == "state"}) < 2:
        return  # a body's name before "of" and one state: "the OSCE of Moldova" is no list of members
    d.members.extend(actors)
    d.end = end


def _clause_end(text: str, pos: int, e: int) -> int:
    m = _CLAUSE_END.search(text, pos, e)
    return m.start() if m else e


@functools.lru_cache(maxsize=16)  # asked once per mention of the same sentence; str hashes are cached
def _clause_ends(text: str, s: int, e: int) -> tuple[int, ...]:
    """Every position of the sentence ``text[s:e]`` where a clause end starts, overlapping ones included."""
    return tuple(m.start() for m in _CLAUSE_END_AT.finditer(text, s, e))


def _first_clause_end(text: str, s: int, e: int, pos: int) -> int:
    """``_clause_end(text, pos, e)`` for ``pos >= s``, from the sentence's clause ends found once."""
    ends = _clause_ends(text, s, e)
    i = bisect.bisect_left(ends, pos)
    return ends[i] if i < len(ends) else e


def _members_after(text: str, d: _Draft, e: int, lim: int, wide: int, after_hits: list[ActorHit]) -> None:
    """Lists right after the mention: apposition, "including", "made up of", "between", brackets."""
    pos = d.end
    if _NON_PREFIX.match(text[d.start : d.start + 4]):
        return  # "non-OPEC Mexico"
    bt = _BETWEEN.match(text, pos, e)
    quoted = bt is None and (bt := _QUOTED_BETWEEN.match(text, pos, e)) is not None
    link = bt.group().strip(_CLOSING_MARKS).strip().casefold() if bt is not None else ""  # "between", "with"
    if (
        bt is not None
        and d.head == "org"
        and link == "with"
        and _FOUNDED_BEFORE.search(text, max(0, d.start - 40), d.start) is not None
    ):  # "Poland revived the Weimar Triangle with France and Germany": its partners in founding it
        d.members.extend(actor_list(text, bt.end(), e, after_hits, first_gap=4)[0])
        return
    if bt is not None and (d.head != "org" or link != "with"):
        if link == "with" and d.head not in (
            "alliance",
            "alliances",
            "bloc",
            "axis",
            "pact",
            "treaty",
            "partnership",
            "like",
        ):
            pass
        else:
            wu = _US_AND.match(text, bt.end(), e) if link in ("between", "with") else None
            actors, end = actor_list(text, wu.end() if wu else bt.end(), e, after_hits, first_gap=4)
            if link == "with" and actors and _AT_ITS_HEAD.match(text, end, e) is not None:
                actors = []  # "a bloc with Moscow at the helm": its leader (_WITH_AT_HEAD_OPEN), no partner
            if wu is not None and actors:
                d.our = True  # "no alliance between us and the Houthis": the speaker's state is the other
            if actors and not quoted and d.head != "like":  # ("an Asian NATO with Tokyo and Seoul": the
                # partners of a bloc likened to a body are read, its name keeps its surface)
                d.end = end  # (a quoted mention keeps its marks' surface: "“no military alliance” between")
                if (group := _GROUP_CONJUNCT.match(text, end, e)) is not None:
                    d.end = group.end()  # "between Russia and these regional countries": the whole list
            if d.poss_leader and d.leader is not None and actors:
                d.members.insert(0, d.leader)
                d.leader = None  # "Russia's alliance with Iran": partners, not a leader
            rest = text[bt.end() if not actors else end :]
            g = _ANAPHORIC_GROUP.match(rest.lstrip(" ,and"))
            if g is not None and not actors and not quoted:  # "the alliance between our two countries"
                d.end = bt.end() + len(rest) - len(rest.lstrip(" ,and")) + g.end()
            d.members.extend(actors)
            if g is not None or (
                actors and _ANAPHORIC_GROUP.match(_LIST_JOINER_START.sub("", text[end : end + 40]))
            ):
                d.anaphoric_group = True
            if actors or g is not None:
                return
    if text[pos : pos + 1] == "," and (ow := _OF_WHICH.match(text, pos, e)) is not None:
        # "The Quad, of which India and Japan are members, met": the list of the relative clause, when its
        # verb makes them members or part
        actors, end = actor_list(text, ow.end(), e, hits_after(after_hits, ow.end()), first_gap=0)
        if actors and _MEMBERS_PREDICATE.match(text, end, e) is not None:
            d.members.extend(actors)
            d.list_end = end
            return
    if (
        d.head == "org"
        and text[pos : pos + 1] == ","
        and (fm := _APPOSED_FORMAT.match(text, pos, e)) is not None
    ):
        # "The Lublin Triangle, a trilateral format of Poland, Lithuania and Ukraine, met": the states the
        # apposed format is made of
        actors, end = actor_list(text, fm.end(), e, hits_after(after_hits, fm.end()), first_gap=0)
        if len({a.code for a in actors}) >= 2:
            d.members.extend(actors)
            d.list_end = end
            return
    if d.head == "org" and d.entry is not None and (fr := _ENVOYS_FROM.match(text, pos, lim)) is not None:
        # "The Quad foreign ministers, from Japan, India, Australia and the US, met": the states the body's
        # office-holders come from are its members (two states at least: "from Brussels" is a place; and
        # the body's own when it lists them: "EU officials from Brussels and Kyiv" is a trip)
        actors, end = actor_list(text, fr.end(), lim, hits_after(after_hits, fr.end()), first_gap=0)
        if _own_states(d.entry, actors) and not _possessor(text, actors[-1], e):
            d.members.extend(actors)
            d.list_end = end
            return
    pm = (
        _POSSESSED_MEMBERS.match(text, pos, lim)
        if text[pos : pos + 1] in "'’"
        and (d.head == "org" or (d.det == "the" and d.head in _POSSESSING_HEADS))
        else None
    )
    list_lim = lim
    if pm is None and text[pos : pos + 1] in "'’" and d.head == "org" and lim < e:
        # "The GCC's six member states — A, B and C — met": the clause break at the dash opens the list,
        # which runs to the closing dash
        pm = _POSSESSED_MEMBERS.match(text, pos, min(e, pos + 80))
        dash = _OPENING_DASH.search(pm.group()) if pm is not None else None
        closing = text.find(dash.group(), pm.end(), e) if pm is not None and dash is not None else -1
        if pm is None or closing < 0:
            pm = None
        else:
            list_lim = closing
    if pm is not None:  # "NATO's eastern flank members Poland and Romania"
        actors, end = actor_list(text, pm.end(), list_lim, after_hits, first_gap=0)
        if actors and not _possessor(text, actors[-1], e):
            d.members.extend(actors)
            d.list_end = end
            return
    if (
        d.head == "org"
        and d.entry is not None
        and (ta := _THE_LIST_APPOSED.match(text, pos, lim)) is not None
    ):
        # "The Visegrad Four, the Czech Republic, Poland, Hungary and Slovakia, oppose": a list apposed to
        # the name that opens with "the"; closed by a comma or dash, so that it is no list the body heads
        # ("NATO, the US and Britain agreed"), of two states at least, all the body's own when it lists them
        actors, end = actor_list(text, text.index(",", pos, ta.end()) + 1, lim, after_hits, first_gap=5)
        if _own_states(d.entry, actors) and _LIST_CLOSE.match(text, end) is not None:
            d.members.extend(actors)
            d.list_end = end
            return
    if d.head == "allies" and (pl := _PLACE_THEN_LIST.match(text, pos, e)) is not None:
        # "Russia's allies in Africa, Mali and the Central African Republic, backed": a list of two at least
        # apposed past the allies' place, closed by a comma or a dash
        actors, end = actor_list(text, pl.end(), e, after_hits, first_gap=2)
        if (
            len(actors) >= 2
            and _LIST_CLOSE.match(text, end) is not None
            and not _possessor(text, actors[-1], e)
        ):
            d.members.extend(actors)
            d.list_end = end
            return
    im = _IMMEDIATE_LIST.match(text, pos, e) if _HYPHEN_JOINED.match(text, pos) is None else None
    if im is not None:  # (not "an EU-China deal": a compound of two parties to something else)
        if lim <= im.end() and (dash := _OPENING_DASH.search(im.group())) is not None:
            # "The Group of Seven – Canada, France, ... – meets": the list runs to the closing dash
            closing = text.find(dash.group(), im.end(), e)
            lim = closing if closing > 0 else e
        actors, end = actor_list(text, im.end(), lim, after_hits, first_gap=2)
        first = hit_covering(after_hits, actors[0].start) if actors else None
        if first is not None and first.via == "adjective" and _WORD_AFTER_SPACE.match(text, first.end):
            actors = []  # "a defence pact, Chinese Defence Minister ... said": a demonym on a noun
        elif actors and _SAID_AFTER.match(text, end):
            actors = []  # "... a military bloc, the Kremlin said": the source of the sentence
        elif actors and text[pos : actors[0].start].strip() == "," and _SPEAKER_NOUN_AFTER.match(text, end):
            actors = []  # "A and B are allies, the Pentagon spokesman told reporters": the speaker's office
        elif actors and _VERB_NEXT.match(text, end) and text[pos : actors[0].start].strip() == ",":
            actors = []  # "If it became a military alliance, India would walk out": a clause of its own
        elif (
            actors
            and text[pos : actors[0].start].strip() == ","
            and _FRONTED_APART.search(text, max(0, d.start - 40), d.start) is not None
        ):
            actors = []  # "Unlike NATO, India stayed neutral": the subject of the clause after the phrase
        elif (
            actors
            and text[pos : actors[0].start].strip() == ","
            and _LIST_ITEM_BEFORE.search(text, max(0, d.start - 40), d.start)
        ):
            actors = []  # "The US, EU, UN and Russia met": the mention is an item of the list, not its head
        elif (
            actors
            and d.entry is not None
            and d.entry.members
            and text[pos : actors[0].start].strip() == ","
            and any(a.type == "state" and a.code not in d.entry.members for a in actors)
        ):
            actors = []  # "The EU, China and India signed": a state not the body's own makes it a list item
        elif (
            actors
            and ":" in text[pos : actors[0].start]
            and _CLAUSE_AFTER_LIST.match(text, end)
            and not _PLURAL_MENTION_END.search(
                text, d.start, d.end
            )  # "three CSTO states: A, B and C invaded"
        ):
            actors = []  # "The CIS: Georgia left the CIS in 2009": a heading, then a clause of its own
        if actors and not _possessor(text, actors[-1], e):
            d.members.extend(actors)
            d.list_end = end
            return
        # "a defence pact, Japan's defence ministry spokesman said": a possessor, no member list
    if _linked(text, d, pos, lim, after_hits):
        return
    wm = _WELCOMED.match(text, pos, lim)
    if wm is not None:  # "the bloc has welcomed A and B as full members"
        actors, end = actor_list(text, wm.end(), lim, after_hits, first_gap=4)
        if actors and _AS_MEMBERS.match(text, end, lim) is not None:
            d.members.extend(actors)
            d.list_end = end
            return
    cue = _MEMBER_CUE.match(text, pos, lim)
    if cue is not None and _NOUN_CUE.search(cue.group()) and ADVERSARY_CUE.search(text, pos, cue.end()):
        cue = None  # "formed to combat militant groups such as Daesh": examples of the target, no members
    if cue is not None and _DENIED_CUE.search(cue.group()) is not None:
        cue = None  # "The coalition does not include Qatar", "no longer groups": outside it
    if (
        cue is not None
        and (fc := _FUTURE_CUE.search(cue.group())) is not None
        and (d.entry is not None or (d.det in _DEFINITE and fc.group("grow")))
    ):
        cue = None  # "AUKUS could expand to include Japan", "the bloc may grow to include Laos": not yet (but
        # "the force would include troops from A": the members of a force still planned)
    if cue is None and d.aside_end is None:
        aside = _ASIDE.match(text, pos, e)
        if aside is not None and text[aside.start() : aside.end()].lstrip()[:1] != ",":
            cue, lim = (
                _MEMBER_CUE.match(text, pos, aside.end()),
                aside.end(),
            )  # "— which is made up of A, B —"
        elif aside is not None:
            cue = _MEMBER_CUE.match(text, aside.end(), e)  # ", formed in 1996, initially comprised A, B"
            lim = _clause_end(text, aside.end(), e)
            if (
                cue is not None
                and _NOUN_CUE.search(cue.group())
                and ADVERSARY_CUE.search(text, pos, cue.end())
            ):
                cue = None  # ", said they would fight jihadist groups, including JNIM": the target's examples
    if cue is not None:
        colon = _COLON_AFTER.match(text, cue.end(), max(lim, cue.end()))  # "includes these countries: A, B"
        start = colon.end() if colon is not None else cue.end()
        tf = _TROOPS_FROM.match(text, start)  # "made up of troops from A, B and C"
        start = tf.end() if tf is not None else start
        actors, end = actor_list(text, start, max(lim, start), after_hits, first_gap=40)
        if actors and _OBJECT_PARTICIPLE.search(text, start, actors[0].start) is not None:
            actors = []  # "made up of East African troops helping Congo's army": the object of the
            # members' deed, not a member
        if (
            actors
            and _BARE_BE_CUE.fullmatch(cue.group()) is not None
            and _BE_PREDICATE_PREP.search(text, cue.start(), actors[0].start) is not None
        ):
            actors = []  # "The US and its allies are wary of Iran": what the members feel about, no member
        if not actors and lim < wide and lim - start < 30:
            # "The SCO groups two CSTO members -- A and B": the list after the next mention is this one's too
            actors, end = actor_list(text, start, wide, after_hits, first_gap=40)
        if actors and (out_of := _EXCLUDING.search(text, start, actors[-1].start)) is not None:
            actors = [
                a for a in actors if a.start < out_of.start()
            ]  # "includes every Arctic state except Russia"
        if actors and _AS_NON_MEMBER_AFTER.match(text, end) is not None:
            return  # "admitted Turkmenistan as an observer", "added Laos as a dialogue partner": no member
        if all(a.type == "organization" for a in actors):
            # "includes European states such as A and B": the body only qualifies a later cue's list
            again = _MEMBER_CUE.match(text, cue.end(), max(lim, cue.end()))
            if again is not None:
                actors, end = actor_list(text, again.end(), max(lim, again.end()), after_hits, first_gap=40)
        if actors:
            d.members.extend(actors)
            d.list_end = end
            nested = _NESTED_EXAMPLES.match(text, end, max(lim, end))
            if nested is not None:  # "A, B and militias in Iraq such as C"
                examples, ex_end = actor_list(
                    text, nested.end(), max(lim, nested.end()), after_hits, first_gap=4
                )
                d.members.extend(examples)
                end = d.list_end = ex_end if examples else end
            more = _MORE_MEMBERS.match(text, end, max(lim, end))
            if more is None and "group" in cue.group().casefold():
                more = _WITH_GAP.match(text, end, max(lim, end))  # "would have grouped A with B and C"
            if more is not None:  # "which began with A and B, has since added C and D"
                added, end = actor_list(text, more.end(), max(lim, more.end()), after_hits, first_gap=4)
                d.members.extend(added)
                d.list_end = end if added else d.list_end
            return
    # "(the RF, the Syrian authorities, the Iraqi government, Iran)" later in the clause
    for pm in _PARENTHESIS.finditer(text[pos:lim]):
        ps, pe = pos + pm.start(1), pos + pm.end(1)
        inner = [h for h in after_hits if ps <= h.start and h.end <= pe]
        if len({h.entry.code for h in inner}) >= 2 and "," in pm.group(1):
            d.members.extend(h.actor for h in inner)
            return


#: Words that leave the actors after them out of a list of members: "every Arctic state except Russia".
_EXCLUDING = regex.compile(
    r"(?i)\b(?:except(?:\s+for)?|excluding|but\s+not|other\s+than|apart\s+from|save\s+for)\b"
)


#: A welcome right after the mention: " has welcomed ", ", which welcomed ", " welcomes ".
_WELCOMED = regex.compile(
    r"""(?i)[\p{Pf}"'’”]*,?\s*(?:(?:which|that)\s+)?(?:on\s+(?-i:\p{Lu}\w+)\s+)?(?:(?:has|have|had)\s+)?
        (?:since\s+|also\s+|formally\s+)?(?:welcomed|welcomes)\s+(?:the\s+)?""",
    regex.VERBOSE,
)
#: What makes the welcomed ones members: " as full members", " as its newest member", or an apposition that
#: ranks them among its members: ", its newest member", ", its 32nd member", ", its two newest members".
_AS_MEMBERS = regex.compile(
    r"""(?i)(?:\s+(?:on|in)\s+(?-i:\p{Lu}\w+)(?:\s+\d{4})?|\s+in\s+\d{4})?  # " on Thursday", " in March"
        \s+as\s+(?:(?:its|the\s+bloc's|the\s+group's)\s+)?
         (?:(?:full|new|newest|latest|founding|permanent|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth
           |seventh|eighth|ninth|tenth|eleventh|twelfth)\s+){0,2}members?\b
        |\s*,\s+(?:its|their)\s+(?:[\w\-]+\s+)?(?:full\s+|new\s+|newest\s+|latest\s+|\d+(?:st|nd|rd|th)\s+
          |(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+)
         (?:full\s+)?members?\b""",
    regex.VERBOSE,
)


def _linked(text: str, d: _Draft, pos: int, lim: int, after_hits: list[ActorHit]) -> bool:
    """Members of a network that links one actor to others: "a coalition linking Greece with Cyprus and
    Egypt", "which links Moscow to Minsk and Yerevan", "proxies, from the Houthis in Yemen to
    Hamas in Gaza". True when it found them."""
    lm = _LINKING.match(text, pos, lim)
    if lm is None:
        return False
    first, end = actor_list(text, lm.end(), lim, after_hits, first_gap=4)
    to = (_FROM_TO if lm.group("from") else _LINK_TO).match(text, end, lim) if first else None
    if to is None and not lm.group("from") and len(first) >= 2:
        d.members.extend(first)  # "an axis linking A, B, C and D": one list of the linked
        d.list_end = end
        return True
    if to is None:
        return False
    rest, end = actor_list(text, to.end(), lim, hits_after(after_hits, to.end()), first_gap=4)
    if not rest:
        return False
    if lm.group("from"):  # "from A to B": one actor at each end
        rest, first = rest[:1], first[:1]
        end = rest[0].end
        if lm.group("extent") and any(a.type in ("state", "government") for a in (*first, *rest)):
            return False  # "an axis of armed groups stretching from Lebanon to Yemen": how far it reaches,
            # the places it spans, not its members
    d.members.extend([*first, *rest])
    d.list_end = end
    return True


def _own_states(entry: ActorEntry, actors: list[Actor]) -> bool:
    """A list after a body's name names two states at least, all of them the body's own where the gazetteer
    lists its members ("The Quad foreign ministers, from A, B, C and D"; not "EU officials from Brussels and
    Kyiv")."""
    listed = entry.members
    return len({a.code for a in actors if a.type == "state"}) >= 2 and (
        not listed or all(a.code in listed for a in actors)
    )


def _possessor(text: str, a: Actor, e: int) -> bool:
    """Does the actor ``a`` qualify a person or thing after it: "Turkey's envoy", "China's foreign ministry
    spokeswoman" (a possessive inside its name or right after it, then a lower-case noun)?"""
    if _POSSESSOR.match(text, a.end, min(e, a.end + 30)) is not None:
        return True
    return ("'s " in a.text or "’s " in a.text) and _LOWER_WORD_AFTER.match(text, a.end, e) is not None


#: A status short of membership right after a body its subject joined or sits in: " as an observer", " as a
#: dialogue partner", " in 2025 as a guest", " as a partner country" (a bare "as a partner" may be a member's
#: part in a coalition).
_AS_NON_MEMBER_AFTER = regex.compile(
    r"""(?i)(?:\s+(?:in|on|since)\s+[\w\-]+(?:\s+\d{4})?)?\s*,?\s+as\s+(?:an?\s+|its\s+(?:first\s+)?)?
        (?:(?:non-voting|permanent|official|special)\s+)?(?:observers?|dialogue\s+partners?|guests?
        |associates?(?:\s+members?)?|candidates?|invitees?|partner\s+(?:country|state|nation))\b""",
    regex.VERBOSE,
)
#: "in" right before a mention, after the partners a subject joined in it: "(Japan joined A and B) in ".
_PARTNERS_IN_BEFORE = regex.compile(r"\s+in\s+$")
#: A verb of joining right before those partners: "joined ", "will join the ".
_JOINED_PARTNERS = regex.compile(r"(?i)\b(?:joined|joins|join|joining)\s+(?:the\s+)?$")


def _joined_partners_in(text: str, s: int, d: _Draft, tail: str, off: int, hits: list[ActorHit]) -> bool:
    """The subject of "X joined A and B in" the mention and the partners it joined are its members ("Japan
    joined the United States and the Philippines in a trilateral alliance"); False when the words before the
    mention are no such phrase, or the joining is refused, only wished or still to come ("has not joined A
    in", "will join A in")."""
    pm = _PARTNERS_IN_BEFORE.search(tail)
    last = hits_ending_at(hits, off + pm.start()) if pm is not None else None
    if last is None or text[d.end : d.end + 2] in ("'s", "’s"):
        return False
    chain = [last]
    for h in reversed(hits_before(hits, last.start)):
        if not _LIST_SEPARATOR.fullmatch(text, h.end, chain[0].start):
            break
        chain.insert(0, h)
    jv = _JOINED_PARTNERS.search(text, max(s, chain[0].start - 20), chain[0].start)
    if (
        jv is None
        or _NOT_YET_MEMBER.search(text, max(s, jv.start() - 30), jv.start()) is not None
        or _FUTURE_JOIN.search(text, max(s, jv.start() - 40), jv.start()) is not None
    ):
        return False  # "has not joined A in", "will join A in": no member yet
    n = len(d.members)
    _take_subject(text, d, hits_before(hits, jv.start()), jv.start(), s)
    if len(d.members) == n:
        return False  # no subject named: "joining A in" after a clause of its own
    d.members.extend(h.actor for h in chain)
    return True


#: An apposition or relative clause that gives a list a name others use, right before the mention: ", what
#: some call ", " — what analysts have dubbed ", ", which some analysts describe as ".
_CALLED_APPOSITION_END = regex.compile(
    r"""(?i)(?<=\w)(?:,|\s*[—–]|\s+--)\s*(?:what|which|whom)\s+(?:[\w\-’']+\s+){1,3}?
        (?:calls?|called|dubs?|dubbed|terms?|termed|labels?|labell?ed|(?:describes?|described)\s+as
           |(?:refers?|referred)\s+to\s+as)\s+$""",
    regex.VERBOSE,
)
#: The close of that apposition right after the mention: ",", " —".
_CALLED_APPOSITION_CLOSE = regex.compile(r"[\p{Pf}\"'’”]*\s*(?:,|—|–|--)")


#: An apposition that counts a list of states into a body's members, up to the body: ", both ", ", all three
#: ", ", both EU and " (a second body coordinated before this one).
_BOTH_APPOSED_END = regex.compile(
    r"""\s*,\s*(?:both|all(?:\s+(?:two|three|four|five|six|of\s+them))?)\s+
        (?:(?:the\s+)?(?-i:\p{Lu})[\w\-]*\+?\s+and\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A second body and the member noun after a body's name: " and NATO members", " and Nato countries".
_AND_BODY_MEMBERS_AFTER = regex.compile(
    r"\s+and\s+(?:the\s+)?\p{Lu}[\w\-]*\+?\s+(?:members?|member\s+states|countries|states|nations)\b"
)


def _both_members(text: str, s: int, d: _Draft, hits: list[ActorHit]) -> bool:
    """The states of a list apposed to "both <body> members" ("Hungary and Slovakia, both EU and NATO
    members") are members of that body, and of a body coordinated with it; True when it found them."""
    body_end = d.end
    if _MEMBER_NOUN_END.search(text, d.start, d.end) is None:
        am = _AND_BODY_MEMBERS_AFTER.match(text, d.end)
        if am is None:
            return False  # ("both the EU and NATO" alone: no member noun)
        body_end = am.end()
    bm = _BOTH_APPOSED_END.search(text, max(s, d.start - 60), d.start)
    if bm is None or body_end <= d.start:
        return False
    owner = hits_ending_at(hits, bm.start())
    if owner is None or owner.entry.type not in ("state", "government"):
        return False
    listed = _conjoined_before(text, hits, owner, s)
    if len(listed) < 2:
        return False
    d.members.extend(h.actor for h in listed)
    return True


def _place_of_armed_body(d: _Draft, owner: ActorHit) -> bool:
    """Is the state whose possessive comes before the name of an ad-hoc body the data lists no member of the
    body's place ("Myanmar's Three Brotherhood Alliance": it fights in Myanmar, against the state's army)?"""
    e = d.entry
    return (
        e is not None
        and not e.standing
        and owner.entry.type == "state"
        and bool(e.members)
        and owner.entry.code not in e.members
    )


def _fellow_owner(text: str, s: int, d: _Draft, hits: list[ActorHit], at: int) -> None:
    """The state that "its" stands for in an apposition of fellow members is a member too: "Belarus hosts
    troops from Russia, its fellow member of the CSTO" (Belarus, the last state named before Russia)."""
    subject = hits_ending_at(hits, at)
    if subject is None:
        return
    owner = next(
        (h for h in reversed(hits_before(hits, subject.start)) if h.start >= s and h.entry.type == "state"),
        None,
    )
    if owner is not None and all(a.code != owner.actor.code for a in d.members):
        d.members.insert(0, owner.actor)


def _members_before(text: str, s: int, d: _Draft, pre: str, hits: list[ActorHit]) -> None:
    """Subjects that form, join or belong to the mention: "Finland joined NATO", "Iran is an SCO member"."""
    if _AS_NON_MEMBER_AFTER.match(text, d.end) is not None:
        return  # "Brazil joined OPEC+ as an observer", "took part in the summit as a guest": no member
    base = s
    tail = pre[-90:]
    if d.head == "org" and ("both" in tail[-40:] or "all" in tail[-40:]) and _both_members(text, s, d, hits):
        return
    if d.head == "org":
        ph = hits_before(hits, d.start)[-1:]
        if (
            ph
            and _POSSESSIVE_GAP.fullmatch(text, ph[0].end, d.start)
            and not _ASPIRANT_AFTER.match(text, d.end, min(len(text), d.end + 40))
            and not _place_of_armed_body(d, ph[0])
        ):
            d.members.append(ph[0].actor)  # "Iran's OPEC governor", not "Turkey's Brics bid"
        elif (
            ph
            and _MEMBER_NOUN_END.search(text, d.start, d.end)
            and (
                _APPOSED.fullmatch(text, ph[0].end, d.start)
                or (
                    not text[d.start : d.end].endswith("s")
                    and _APPOSED_RANKED.fullmatch(text, ph[0].end, d.start) is not None
                )
            )
        ):
            d.members.append(ph[0].actor)  # "Burundi, an EAC member, ..."
        elif (
            ph
            and _AND_BODY_MEMBER_AFTER.match(text, d.end) is not None
            and _APPOSED.fullmatch(text, ph[0].end, d.start)
            and ph[0].entry.type == "state"
        ):
            d.members.append(ph[0].actor)  # "Hungary, a NATO and EU member,": the first of the two bodies
        elif (
            ph
            and _MEMBER_NOUN_END.search(text, d.start, d.end)
            and _eligible_org(ph[0].entry)
            and _AND_GAP.fullmatch(text, ph[0].end, d.start)
            and (st := hits_before(hits, ph[0].start)[-1:])
            and st[0].entry.type == "state"
            and _APPOSED.fullmatch(text, st[0].end, _article_start(text, ph[0].start))
        ):
            d.members.append(st[0].actor)  # "Hungary, a NATO and EU member,": the second of the two bodies
        elif (
            ph
            and _STATE_NOUN_AFTER.match(text, d.end) is not None
            and _APPOSED_DESCRIBED.fullmatch(text, ph[0].end, d.start) is not None
            and "non" not in text[ph[0].end : d.end].casefold()
        ):
            d.members.append(
                ph[0].actor
            )  # "Poland, a frontline NATO state, ...", "Laos, a small ASEAN country"
    if (
        (d.head == "org" or (d.det == "the" and d.head in _POSSESSING_HEADS))
        and _MEMBER_AFTER_POSSESSIVE.match(text, d.end)
        and (bm := _BECAME_BEFORE.search(tail)) is not None
    ):
        # "Sweden became NATO's 32nd member", "Chile was admitted as the bloc's fifth member"
        _take_subject(
            text,
            d,
            hits_before(hits, s + len(pre) - len(tail) + bm.start()),
            s + len(pre) - len(tail) + bm.start(),
            s,
        )
    elif (
        (d.head == "org" or (d.det == "the" and d.head in _POSSESSING_HEADS))
        and _MEMBER_AFTER_POSSESSIVE.match(text, d.end)
        and (am := _APPROVED_AS_END.search(tail)) is not None
        and (obj := hits_ending_at(hits, s + len(pre) - len(tail) + am.start("as"))) is not None
        and obj.entry.type == "state"
        and _APPROVING_VERB_END.search(text, max(s, obj.start - 40), obj.start) is not None
    ):
        d.members.append(obj.actor)  # "Hungary approved Sweden as NATO's 32nd member": the state taken in
    if (
        (d.head == "org" or (d.det == "the" and d.head in _POSSESSING_HEADS))
        and text[d.end : d.end + 1] in ("'", "’")
        and (ap := _APPOSED_OPEN_END.search(tail)) is not None
        and _POSSESSED_APPOSITION.match(text, d.end) is not None
    ):
        at = s + len(pre) - len(tail) + ap.start()
        if hits_ending_at(hits, at) is not None:
            # "Brazil and Argentina, Mercosur's two largest economies, ...": the list the apposition follows
            _take_subject(text, d, hits_before(hits, at), at, s, apposed=True)
            return
    if (
        ("what" in tail or "which" in tail or "whom" in tail)
        and (ca := _CALLED_APPOSITION_END.search(tail)) is not None
        and _CALLED_APPOSITION_CLOSE.match(text, d.end) is not None
    ):
        at = s + len(pre) - len(tail) + ca.start()
        if hits_ending_at(hits, at) is not None:
            # "Russia, China, Iran and North Korea, what some call an axis of upheaval, are ...": the list
            # the name others give it is apposed to
            _take_subject(text, d, hits_before(hits, at), at, s, apposed=True)
            return
    if (
        d.head == "org"
        and text[d.end : d.end + 2] in ("'s", "’s")
        and _MEMBER_AFTER_POSSESSIVE.match(text, d.end) is None
        and _RELATION_TO_END.search(tail) is not None
    ):
        return  # "Japan and Australia are part of NATO's partner network", "Kyiv joined the EU's energy
        # market": the subject is in what the body owns, not in the body
    if tail.endswith(" in ") and _joined_partners_in(text, s, d, tail, s + len(pre) - len(tail), hits):
        return
    off = base + len(pre) - len(tail)
    # every pattern below is end-anchored over words and blanks only: search from where they start
    k = _word_run_start(tail)
    member_phrase = _may_end_in_member_phrase(tail)
    nth = (
        _NTH_TO_JOIN.search(tail, k)
        if "join" in tail or "enter" in tail or "acced" in tail or "sign" in tail
        else None
    )
    if (
        nth is not None
    ):  # "Finland became the 31st country to join NATO", "makes Chile the 40th state to join"
        h = hits_ending_at(hits, off + nth.start())
        if h is not None and h.entry.type in ("state", "government"):
            d.members.append(h.actor)
        return
    if (
        d.entry is not None
        and _CHAIR_AFTER.match(text, d.end) is not None
        and (ch := _CHAIR_BEFORE.search(tail, k)) is not None
    ):
        # "Hungary holds the V4's rotating presidency", "Norway, which holds the council's chairmanship": the
        # state in the chair is a member
        _take_subject(text, d, hits_before(hits, off + ch.start()), off + ch.start(), s)
        return
    if d.det == "their" and _THEIR_OWN.match(text, d.start) is not None and not d.members:
        d.members.extend(_list_opening(text, s, d.start, hits))  # "A, B and C ... to form their own bloc"
    if "join" in tail and (sj := _SENT_TO_JOIN.search(pre[-160:])) is not None:
        at = s + len(pre) - len(pre[-160:]) + sj.start()
        _take_subject(text, d, hits_before(hits, at), at, s)  # "Canberra will send troops to join"
        return
    mn = _MEMBER_NOUN.search(tail, k) if member_phrase else None
    if mn is not None and _NON_MEMBER_STATUS.search(tail, max(0, mn.start() - 14)) is not None:
        return  # "Oslo and Rome became partner countries of BRICS": a status short of membership
    if (
        mn is not None
        and (am := _APPOSED_MEMBERS.search(tail, 0, mn.start())) is not None
        and hits_ending_at(hits, off + am.start()) is not None
    ):
        # "France, Germany and Poland, the three countries of the Weimar Triangle", "The Houthis, part of
        # Iran's axis": the list apposed (a name before the comma: "is not, and will not be, part of" is none)
        _take_subject(text, d, hits_before(hits, off + am.start()), off + am.start(), s, apposed=True)
        if am.group("art") == "its" and "fellow" in am.group().casefold():
            _fellow_owner(text, s, d, hits, off + am.start())
        return
    if (
        (
            d.head == "org"
            # "Finland joined NATO"; "Burundi and Ethiopia contribute troops to the AU mission": a force or
            # mission a body runs is known before its name is
            or (
                (d.entry is not None or (d.head in _TROOP_HEADS and d.leader_org))
                and _JOINED_BEFORE.search(tail, k) is not None
            )
        )
        and mn is None
        and not _MEMBER_NOUN_AFTER.match(text[d.start + 1 : d.end + 1])
        and not _MEMBER_NOUN_END.search(text[d.start : d.end])
    ):
        oth = _OTHER_MEMBERS.search(tail, k) if member_phrase else None
        if oth is None:
            jm = _JOINED_BEFORE.search(tail, k)  # "Finland joined NATO", "Iran acceded to the SCO"
            if jm is None and d.entry is not None and _TREATY_NAME.search(d.entry.name) is not None:
                jm = _SIGNED_TREATY_BEFORE.search(tail, k)  # "Bahrain signed the Abraham Accords"
            in_body = False
            if (
                jm is None
                and d.head == "org"
                and tail.rstrip().casefold().endswith((" in", " in the"))
                and text[d.end : d.end + 2] not in ("'s", "’s")
            ):
                jm = _IN_BODY_BEFORE.search(tail, k)  # "Australia and Britain are in AUKUS"
                in_body = jm is not None
            if jm is None:  # "Washington launched Operation X", "A and B make up the group"
                fm = _FOUNDED_BEFORE.search(tail, k)
                if fm is not None and not _NOT_YET_MEMBER.search(tail[max(0, fm.start() - 30) : fm.start()]):
                    _take_subject(text, d, hits_before(hits, off + fm.start()), off + fm.start(), s)
                return
            if (
                jm is not None
                and not _NOT_YET_MEMBER.search(tail[max(0, jm.start() - 30) : jm.start()])
                and not _ORG_AS_MODIFIER.match(text, d.end)  # "joined the CSTO talks"
                and text[d.end : d.end + 2] not in ("'s", "’s")  # "joined the bloc's drills"
                and not _CONDITION_BEFORE.search(
                    tail, max(0, jm.start() - 60), jm.start()
                )  # "If Oman joined"
            ):
                n = len(d.members)
                _take_subject(text, d, hits_before(hits, off + jm.start()), off + jm.start(), s)
                _joining_bodies(text, d, n, off + jm.start())
                wg = _WITH_GAP.match(text, d.end) if in_body and len(d.members) > n else None
                if wg is not None:  # "... are in AUKUS with the United States": partners in it too
                    d.members.extend(
                        actor_list(text, wg.end(), len(text), hits_after(hits, wg.end()), first_gap=4)[0]
                    )
                if len(d.members) > n:
                    d.members.extend(_gapped_joiners(text, d.end, hits))
            return
        subj = hits_before(hits, off + oth.start())
        n = len(d.members)
        _take_subject(text, d, subj, off + oth.start(), s)
        if d.entry is not None and d.entry.members:  # "Israel and its allies in NATO": Israel's allies are
            known = {*d.entry.members, *d.entry.former}  # members, Israel itself is none
            d.members[n:] = [a for a in d.members[n:] if a.code in known]
        return
    partnered = d.members and _WITH_PARTNER.search(text, d.start, d.end) is not None
    if d.head in _PARTNER_HEADS and not _definite(d) and partnered:
        pv = _PARTY_VERB.search(tail, k)
        if pv is not None:  # "Tehran rules out a pact with Moscow", "Seoul is negotiating a pact with Tokyo"
            _take_subject(text, d, hits_before(hits, off + pv.start()), off + pv.start(), s)
            return
    if d.head == "allies" and d.det is None and (cm := _CONTRASTED_ALLIES.search(tail)) is not None:
        _allies_predicated(
            text, s, d, hits, off + cm.start()
        )  # "Beijing and Moscow are partners, not allies"
        return
    if (
        d.det in ("a", "an")
        and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
        and "between" in tail
        and (bm := _BOND_BETWEEN_END.search(tail)) is not None
    ):
        # "The partnership between Russia and Iran is an alliance in all but name", "describe the ties between
        # A and B as a quasi-alliance": the states of the bond the predicate is said of
        at = off + bm.start("verb")
        subj = [h for h in hits_before(hits, at) if h.start >= at - len(bm.group("list")) - 1]
        if len(subj) >= 2:
            _take_subject(text, d, subj, at, s)
            return
    if (
        d.det in ("a", "an")
        and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
        and " with " in tail
        and (bw := _BOND_WITH_END.search(tail)) is not None
    ):
        # "Pyongyang's deepening ties with Moscow amount to an alliance of convenience": the owner of the
        # bond and the state it is with
        pair = [h for h in hits_after(hits, off + bw.start()) if h.end <= off + bw.start("verb")]
        if len({h.entry.code for h in pair}) >= 2 and pair[0].start == off + bw.start():
            d.members.extend(h.actor for h in pair)
            return
    if (
        d.det in ("a", "an")
        and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
        and " its " in tail
        and (ib := _ITS_BOND_WITH_END.search(tail)) is not None
        and (owner := hits_ending_at(hits, off + ib.start())) is not None
        and owner.via != "adjective"
    ):
        # "Beijing said its relations with Moscow were not an alliance": the speaker owns the bond, and the
        # state it is with is the other member
        other = [h for h in hits_after(hits, off + ib.start("with")) if h.end <= off + ib.start("verb")][:1]
        if (
            other
            and off + ib.start("with") <= other[0].start <= off + ib.end("with")
            and not text[other[0].end : off + ib.start("verb")].strip()  # (not "with the Kremlin's critics")
            and other[0].entry.code != owner.entry.code
        ):
            d.members.extend((owner.actor, other[0].actor))
            return
    if (
        d.det in ("a", "an")
        and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
        and "-" in tail
        and (cb := _COMPOUND_BOND_END.search(tail)) is not None
    ):
        # "The Russia-China partnership is not an alliance", "The Sino-Russian relationship has become an
        # alliance": the states the compound names, two at least
        inner = [h for h in hits if off + cb.start("list") <= h.start and h.end <= off + cb.end("list")]
        if len({h.entry.code for h in inner}) >= 2:
            d.members.extend(h.actor for h in inner)
            return
    if (
        d.det in ("a", "an")
        and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
        and " their " in tail
        and (tb := _THEIR_BOND_CONTRASTED_END.search(tail)) is not None
    ):
        # "Beijing and Moscow describe their relationship as a partnership, not an alliance": the owners of
        # the bond another name is given, the list that opens the sentence
        opening = _opening_subject(text, hits_before(hits, off + tb.start()), s)
        if len(opening) >= 2:
            d.members.extend(opening)
            return
    vm = _CREATE_VERB.search(tail, k) or _SUBJECT_VERB.search(tail, k)
    if vm is not None:
        verb = vm.group("v").casefold()
        between = tail[vm.start() : vm.end()]
        if verb.startswith("announc") and (
            d.det not in ("a", "an") or _ANNOUNCED_TAIL.fullmatch(vm.group("tail")) is None
        ):
            return  # "Russia announced the alliance had collapsed": what is announced is a clause about the
            # mention; only "A and B announced an alliance", "the formation of a bloc", makes them its members
        if _MAKING_VERB.match(verb) and _DEAL_WITH_END.search(vm.group("tail")) is not None:
            return  # "Brazil and Argentina signed the deal with the EFTA states": a party to a deal with the
            # body, not its member (nor the deal's maker a member of the body)
        if (
            verb in _HAVE_VERBS
            and (d.det not in _HAD_DETS or d.head not in _DENIABLE_HEADS | {"coalition", "pact"})
            and not (
                # "Russia and China have no alliance": a plural subject denied a bond between its own members
                d.det == "no"
                and verb != "has"
                and d.head in _DENIABLE_HEADS | {"coalition", "pact"}
                and _WITH_AFTER.match(text, d.end) is None
                and len(hits_before(hits, off + vm.start())) >= 2
            )
        ):
            return  # "Ukraine has NATO's backing", "Iran has allies": only "A and B had an alliance"
        if verb.endswith(("part", "participated")) and _PART_IN_GAP.fullmatch(vm.group("tail")) is None:
            return  # "Qatar took part in talks with the coalition": a part in something else
        if (
            "join" in verb
            or verb.endswith(("part", "participated"))
            or verb.startswith(("sign", "seal", "clinch"))
        ) and text[d.end : d.end + 2] in (
            "'s",
            "’s",
        ):
            return  # "Chile took part in the Pacific Alliance's drills": the drills, not the body
        if "join" in verb and _TALKS_WITH.search(vm.group("tail")) is not None:
            return  # "Qatar joined talks with the coalition": the talks are joined, not the coalition
        if (
            verb == "joining"
            and _NOT_YET_MEMBER.search(tail, max(0, vm.start() - 30), vm.start()) is not None
        ):
            return  # "Togo is weighing joining the Alliance of Sahel States": a joining still weighed
        if "join" in verb and _IN_GERUND.search(vm.group("tail")) is not None:
            return  # "New Zealand joined Australia in condemning the alliance": a deed, not the body
        if (
            verb in _PLURAL_COPULAS
            and d.head == "allies"
            and d.leader is None
            and not d.members
            and _ALLIES_PREDICATE_GAP.fullmatch(vm.group("tail"))
        ):
            _allies_predicated(text, s, d, hits, off + vm.start())  # "Russia and Iran are close allies"
            return
        if (
            verb in _PLURAL_COPULAS
            and d.head == "allies"
            and d.leader is not None
            and any(  # the anchor inside the mention: "US treaty allies", "close US allies"
                h.start >= d.start and h.actor.code == d.leader.code for h in hits_before(hits, d.head_start)
            )
            and {a.code for a in d.members} <= {d.leader.code}
            and _ALLIES_PREDICATE_GAP.fullmatch(vm.group("tail"))
        ):
            # "Seoul and Tokyo are US treaty allies": the subjects are allies of the anchor, in its network
            found = _Draft(d.start, d.end, d.head, d.head_start)
            _take_subject(text, found, hits_before(hits, off + vm.start()), off + vm.start(), s)
            d.members.extend(a for a in found.members if a.code != d.leader.code)
            return
        if (
            verb in ("is", "was", "are", "were")
            and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
            and d.det in ("a", "an")
            and _PREDICATE_GAP.fullmatch(vm.group("tail"))
            and _THEIR_BOND_END.search(tail, 0, vm.start()) is not None
        ):
            # "Russia and China insist their partnership is not a military alliance": the owners of the bond,
            # the list that opens the sentence
            d.members.extend(_opening_subject(text, hits_before(hits, off + vm.start()), s))
            return
        if (
            verb in _PLURAL_COPULAS
            and d.head in _DENIABLE_HEADS | {"coalition", "pact", "axis"}
            and d.det in ("a", "an")
            and (
                _PREDICATE_GAP.fullmatch(vm.group("tail"))
                or _IN_PREDICATE_GAP.fullmatch(vm.group("tail"))
                or _SEEN_AS_GAP.fullmatch(vm.group("tail"))
            )
            and len(hits_before(hits, off + vm.start())) >= 2
        ):
            # "Russia and China are not a military alliance", "Russia and Iran are in a formal alliance": the
            # states the predicate is said of (denied or not) are its members
            _take_subject(text, d, hits_before(hits, off + vm.start()), off + vm.start(), s)
            return
        if (
            verb in _PLURAL_COPULAS
            and d.head in _DENIABLE_HEADS
            and _PARTNERS_IN_END.search(between)
            and not _NOT_MEMBER.search(between)
        ):
            _take_subject(text, d, hits_before(hits, off + vm.start()), off + vm.start(), s)
            return  # "Russia and Iran are partners in an alliance"
        if (
            verb
            in (
                "is",
                "are",
                "was",
                "were",
                "been",
                "became",
                "become",
                "becomes",
                "remains",
                "remain",
                "remained",
                "as",  # "Iran, as a full member of the SCO, ...": only with "member of" after it
            )
            and (d.head != "org" or _VERB_OR_TO.search(between[len(verb) :]))
            and not _PART_OR_MEMBER_OF.search(between)
            and not _BOUND_BY.search(between)
        ):
            return  # "X are meant to keep Eastern bloc states out": not a membership
        if verb.startswith("join") or "join" in verb:
            if _NOT_MEMBER.search(tail[max(0, vm.start() - 25) : vm.end()]):
                return
            if _CONDITION_BEFORE.search(tail, max(0, vm.start() - 60), vm.start()):
                return  # "If Sweden joined NATO", "Had Chad joined the confederation": a supposed joining
        elif (
            _NOT_MEMBER.search(between)
            # ("declined to call their ties an alliance": "declined" is the verb only before a word of naming,
            # which withholds the name, not a membership)
            and not verb.startswith(
                (
                    "form",
                    "creat",
                    "forg",
                    "build",
                    "establish",
                    "cement",
                    "refus",
                    "declin",
                    "found",
                    "co-found",
                    "cofound",
                )
            )
        ):
            return
        elif verb.startswith(("be", "is", "are", "was", "were")) and _NEGATED_VERB_BEFORE.search(
            tail, max(0, vm.start() - _NEGATED_VERB_REACH), vm.start()
        ):
            return  # "Nepal would not become part of any bloc", "is not, and will not be, part of"
        elif verb.startswith("becom") and _FUTURE_JOIN.search(tail, 0, vm.start()):
            return  # "Sweden is set to become the 32nd member of NATO": not yet a member
        vstart = off + vm.start()
        subj = hits_before(hits, vstart)
        if _MOVING.match(verb) and d.leader is not None:
            # "Belgrade is inching closer to a bloc headed by Moscow": it nears another bloc, no member
            found = _Draft(d.start, d.end, d.head, d.head_start)
            _take_subject(text, found, subj, vstart, s)
            if d.leader.code not in {a.code for a in found.members}:
                return
        before = len(d.members)
        _take_subject(text, d, subj, vstart, s)
        if _JOINING_VERB.match(verb) is not None:
            _joining_bodies(text, d, before, vstart)
            if "join" in verb and len(d.members) > before:
                d.members.extend(_gapped_joiners(text, d.end, hits))  # "... in 2023, followed by Sweden"
        if len(d.members) == before and _anaphoric_subject(text, s, vstart):
            d.anaphoric_group = True  # "The two states, which set up the bloc in 2019, ...": named before
        elif len(d.members) == before and _WE_BEFORE.search(text, max(s, vstart - 30), vstart):
            d.our = True  # "We are not forming a pact": the speaker's state (see _resolve_anaphora)
        elif len(d.members) == before and (groups := _unnamed_groups_before(text, s, vstart)):
            d.members.extend(groups)  # "The Chin Brotherhood and the Karenni Army formed an alliance"
            d.evidence = True
        return
    oth = _OTHER_MEMBERS.search(tail, k) if member_phrase else None
    if oth is not None:
        _take_subject(text, d, hits_before(hits, off + oth.start()), off + oth.start(), s)


_PLURAL_COPULAS = frozenset({"are", "were", "been", "became", "become", "remain", "remained"})
#: A bond its owners give another name than the mention's, right before it: "(call) their relationship a
#: partnership, not ", "describe their ties as a strategic partnership rather than ", "their partnership is a
#: friendship and not ".
_THEIR_BOND_CONTRASTED_END = regex.compile(
    r"""(?i)\btheir\s+(?:[\w\-]+\s+){0,2}?(?:partnership|relationship|relations|ties|cooperation|friendship
        |alignment|rapprochement|bond)
        (?:\s+(?:(?:is|are|was|were|remains?)\s+|as\s+)?
           (?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:partnership|friendship|relationship|cooperation|alignment)\s*,?\s*
           (?:not|rather\s+than|instead\s+of|and\s+not|but\s+not|never)\s+
         # "(are deepening) their partnership, not forming (an alliance)"
         |\s*,?\s*(?:not|rather\s+than|instead\s+of|and\s+not|but\s+not)\s+
           (?:forming|creating|building|forging|sealing|entering(?:\s+into)?)\s+)$""",
    regex.VERBOSE,
)
#: A bond named by its states' compound before its copula: "The Russia-China partnership is (not)", "the
#: Sino-Russian relationship has become".
_COMPOUND_BOND_END = regex.compile(
    r"""(?i)\b(?P<list>[\w.]+(?:-[\w.]+){1,3})\s+(?:[\w\-]+\s+){0,2}?(?:partnership|relationship|relations|ties
        |cooperation|friendship|alignment|rapprochement|bond|entente)\s+
        (?:is|was|has\s+become|had\s+become|became|remains|remained|amounts\s+to|amounted\s+to)
        (?:\s+(?:not|never|no\s+longer|yet|really|now|still|effectively|in\s+effect|de\s+facto|already))*\s+$""",
    regex.VERBOSE,
)
#: Verbs of having, read as a membership only right before an indefinite alliance: "A and B had an alliance".
_HAVE_VERBS = frozenset({"have", "has", "had"})
_HAD_DETS = frozenset({"a", "an"})  # (not "no": "India has no pact with France" denies a pact with others)
#: A partner named right after a mention: " with France", " with each other" (see the "have no" subjects).
_WITH_AFTER = regex.compile(r"(?i)\s+with\b")
#: A bond owned by the sentence's subjects, right before its copula: "their partnership ", "their ties ".
_THEIR_BOND_END = regex.compile(
    r"(?i)\btheir\s+(?:[\w\-]+\s+){0,2}?(?:partnership|relationship|relations|ties|cooperation|friendship"
    r"|alignment|rapprochement|axis|bond)\s+$"
)
#: Between a plural copula and an indefinite mention it predicates: a negation and adverbs only ("are not
#: yet a military alliance", "have never been an alliance").
_PREDICATE_GAP = regex.compile(
    r"(?i)(?:\s+(?:not|never|no\s+longer|yet|really|now|still|effectively|in\s+effect|de\s+facto|already))*"
)
#: The same, ending "in": "are now in (a formal alliance)", "were never in".
_IN_PREDICATE_GAP = regex.compile(_PREDICATE_GAP.pattern + r"\s+in")
#: A passive of seeing or naming ending "as": "are increasingly seen as (an axis)", "are widely regarded as",
#: "were described as" (the subjects are what the mention is said to be; the hedge is the polarity's).
_SEEN_AS_GAP = regex.compile(
    r"""(?i)(?:\s+(?:increasingly|widely|often|now|still|largely|generally|commonly|broadly|also|already|not))*
        \s+(?:seen|viewed|regarded|considered|described|perceived|portrayed|characteri[sz]ed|branded|cast)\s+as""",
    regex.VERBOSE,
)
#: Between a plural copula and "allies" predicated of its subjects: adverbs only ("are now close allies";
#: the adjectives are the mention's own words).
_ALLIES_PREDICATE_GAP = regex.compile(
    r"(?i)(?:\s+(?:now|still|also|already|long|firm|staunch|not|never|no\s+longer|both|all|\w+ly))*"
)
#: A plural copula, the noun a denial contrasts with, and the denial, right before "allies": "are partners,
#: not (allies)", "were friends but never".
_CONTRASTED_ALLIES = regex.compile(
    r"""(?i)\b(?:are|were|remain|remained)\s+(?:\w+ly\s+)?(?:[\w\-]+\s+)?
        (?:partners|friends|neighbou?rs|rivals|competitors|friendly\s+states)
        (?:\s*,\s*|\s+but\s+|\s*,\s*but\s+)(?:not|never)\s+$""",
    regex.VERBOSE,
)
#: A bond between states, its copula (or the "as" of a description) and the adverbs of a predicate, right
#: before an indefinite mention: "the partnership between Russia and Iran is ", "ties between A and B as ".
_BOND_BETWEEN_END = regex.compile(
    r"""(?i)\b(?:partnership|relationship|relations|ties|cooperation|friendship|alignment|rapprochement|bond
        |entente|axis)\s+between\s+(?P<list>[^.;:()]{3,70}?)\s+
        (?P<verb>is|was|has\s+become|had\s+become|became|remains|remained|as|amounts\s+to|amounted\s+to)
        (?:\s+(?:not|never|no\s+longer|yet|really|now|still|effectively|in\s+effect|de\s+facto|already))*\s+$""",
    regex.VERBOSE,
)
#: The same bond owned by one state and held with another, before the mention: "Pyongyang's deepening ties
#: with Moscow amount to ", "Iran's partnership with Russia has become ".
#: Verbs that make or seal something with a partner ("signed", "sealed", "forged", "set up").
_MAKING_VERB = regex.compile(
    r"(?:signed|signs?|seal|clinch|forg|build|built|establish|set\s+up|launch|develop|cement|creat|form)"
)
#: A thing made and "with" right before the mention: "(signed) the deal with", "(sealed) a trade pact with
#: (the EFTA states)", "(formed) an alliance with (the GCC states)".
_DEAL_WITH_END = regex.compile(
    r"(?i)\s(?:deal|agreement|accord|pact|treaty|memorandum|fund|partnership|framework|roadmap|mechanism"
    r"|alliance|coalition|bloc|union|axis"
    r"|arrangement|plan|contract|protocol|declaration)s?\s+with$"
)
# The bond a possessive owns, then "with" (see the two patterns below): "relations with".
_BOND_NOUN = r"""(?:[\p{Ll}\-]+\s+){0,2}?
        (?:partnership|relationship|relations|ties|cooperation|friendship|alignment|rapprochement|bond|entente)
        \s+with\s+"""
# The predicate's verb after the bond's partner, and its adverbs: " is (not)", " has become (in effect)".
_BOND_VERB_END = r"""\s+
        (?P<verb>is|are|was|were|has\s+become|have\s+become|became|remains?|remained|amounts?\s+to|amounted\s+to
           |constitutes?|constituted|resembles?|resembled)
        (?:\s+(?:not|never|no\s+longer|yet|really|now|still|effectively|in\s+effect|de\s+facto|already))*\s+$"""
_BOND_WITH_END = regex.compile(
    r"""(?i)(?<![\w\-])\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,2}['’]s\s+"""
    + _BOND_NOUN
    + r"[^.;:()]{3,50}?"
    + _BOND_VERB_END,
    regex.VERBOSE,
)
#: The speaker's own bond with a state before a predicate mention: " said its relations with Moscow were
#: (not)", " insists its ties with (Tehran) are (no)", " denied that its partnership with Moscow amounted to".
_ITS_BOND_WITH_END = regex.compile(
    r"""(?i)\s+(?:said|says|say|insists?|insisted|stressed|stresses|maintains?|maintained|argues|argued|added|adds
           |noted|notes|stated|states
           # a denial: "Beijing denied that its partnership with Moscow amounted to an alliance"
           |denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses)
        # what is denied may be others' word: "rejects claims that its ties with Pyongyang amount to"
        (?:\s+(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?|accusations?|assertions?|talk))?
        \s+(?:that\s+)?its\s+"""
    + _BOND_NOUN
    + r"(?P<with>(?:the\s+)?)[^.;:()]{3,50}?"
    + _BOND_VERB_END,
    regex.VERBOSE,
)
#: "partners in" right before a mention: "A and B are partners in an alliance".
_PARTNERS_IN_END = regex.compile(r"(?i)\b(?:partners|allies|members)\s+in\s*$")


def _allies_predicated(text: str, s: int, d: _Draft, hits: list[ActorHit], verb_start: int) -> None:
    """The subjects of "are allies" are its members, at least two of them ("Russia and Iran are close
    allies"); the anchor of "allies of X" after it is one too ("A and B are allies of Syria")."""
    probe = _Draft(d.start, d.end, d.head, d.head_start)
    _take_subject(text, probe, hits_before(hits, verb_start), verb_start, s)
    if len({a.code or a.text for a in probe.members}) < 2:
        if probe.members or not _anaphoric_subject(text, s, verb_start):
            return
        d.anaphoric_group = True  # "The two countries are close allies": the states named before (and the
        # anchor of "allies of X" after them: "Both countries are treaty allies of the United States")
    d.members.extend(probe.members)
    om = _ALLY_OF.match(text, d.end)
    if om is not None:
        first = hits_after(hits, om.end())[:1]
        if first and first[0].start == om.end() and first[0].via != "adjective":
            d.members.append(first[0].actor)
            d.end = first[0].end


#: Names the gazetteer lacks that an armed group's noun ends: "the Karenni Army", "the Chin Brotherhood".
_ARMED_NAME = (
    r"(?:[Tt]he\s+)?(?P<n>(?:\p{Lu}[\p{L}'’\-]+\s+){1,4}"
    r"(?:Army|Front|Brotherhood|Movement|Forces|Force|Brigades?|Militia|Guards?))"
)
#: A subject list of such names right before a verb: "the Chin Brotherhood and the Karenni Army ".
_ARMED_NAMES_BEFORE = regex.compile(
    rf"(?:{_ARMED_NAME}(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))*{_ARMED_NAME}\s+(?:(?:have|has|had|jointly|also)\s+)?$"
)
_ARMED_NAME_ONE = regex.compile(_ARMED_NAME)


def _unnamed_groups_before(text: str, s: int, verb_start: int) -> list[Actor]:
    """Armed groups the gazetteer cannot name, as the subject of a verb of forming: actors with no code."""
    m = _ARMED_NAMES_BEFORE.search(text, max(s, verb_start - 160), verb_start)
    if m is None:
        return []
    return [
        Actor(g.group("n"), g.start("n"), g.end("n"), name=g.group("n"), code=None, type="armed_group")
        for g in _ARMED_NAME_ONE.finditer(text, m.start(), m.end())
    ]


#: A group of states named before, as the sentence's subject: "The three countries", "These states".
_ANAPHORIC_SUBJECT = regex.compile(
    r"""[\p{Pi}\"'‘“]?(?:these|those|both|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+
        (?:[\w\-]+\s+){0,2}?(?:countries|states|nations|governments|juntas|neighbours|neighbors|allies)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


#: "we" as the subject of a verb right after it: "we are not forming", "we will never join".
_WE_BEFORE = regex.compile(
    r"(?i)\bwe\s+(?:(?:are|were|will|would|shall|have|had|do|did)\s+)?(?:(?:not|never|also|now)\s+)?$"
)


def _anaphoric_subject(text: str, s: int, verb_start: int) -> bool:
    """Does the sentence open with a group anaphor that is the subject of the verb at ``verb_start``
    (right before it, or with a relative clause between: "The three countries, which formed ...")?"""
    am = _ANAPHORIC_SUBJECT.match(text, s, verb_start)
    if am is None:
        return False
    gap = text[am.end() : verb_start]
    return len(gap) < 4 or (_RELATIVE_AFTER.match(gap) is not None and len(gap) < 60)


def _word_run_start(tail: str) -> int:
    """Where the run of words and blanks ending ``tail`` starts (one forward match on the reversed text)."""
    run = _WORD_RUN.match(tail[::-1])
    return len(tail) - (run.end() if run is not None else 0)


def _may_end_in_member_phrase(tail: str) -> bool:
    """False when neither :data:`_MEMBER_NOUN` nor :data:`_OTHER_MEMBERS` can match at the end of ``tail``:
    their last word before the closing blanks is "of", "in", "to", "the", "both", "other", "fellow",
    "member(s)" or a verb of naming ("calls", "dubbed")."""
    ch = tail.rstrip()[-1:]
    return bool(ch) and (ch in "fnerwsdhoFNERWSDHO" or not ch.isascii())


#: A noun right after the second of two bodies that makes its subject no member of it: "(a NATO member and
#: EU) candidate", "(and SCO) observer".
_NON_MEMBER_NOUN_AFTER = regex.compile(
    r"(?i)\s+(?:candidate|hopeful|aspirant|applicant|observer|partner|dialogue\s+partner)s?\b"
)
#: "and" (maybe after a comma) between two known bodies: "a member of the GCC and OPEC".
_AND_BETWEEN = regex.compile(r"\s*+,?\s*+and\s++$")


def _coordinated_bodies(text: str, drafts: list[_Draft]) -> None:
    """Two known bodies joined by "and" share the members a subject gives them ("Saudi Arabia is a member
    of the GCC and OPEC", "Finland joined NATO and the EU") and the target a purpose clause after them
    gives ("cliques such as AUKUS and the Quad to contain China")."""
    for p, d in itertools.pairwise(drafts):
        if (
            p.entry is None
            or d.entry is None
            or p.drop
            or d.drop
            or p.polarity != d.polarity
            or _AND_BETWEEN.fullmatch(text, p.end, d.start) is None
        ):
            continue
        if (
            p.members
            and not d.members
            and all(a.start < p.start for a in p.members)
            and _NON_MEMBER_NOUN_AFTER.match(text, d.end) is None
        ):
            d.members.extend(p.members)  # the subject before both (not "a NATO member and EU candidate")
        if d.adversaries and not p.adversaries and all(a.start > d.end for a in d.adversaries):
            p.adversaries.extend(d.adversaries)  # the purpose after both


def _members_next(text: str, e: int, drafts: list[_Draft], matcher: ActorMatcher) -> None:
    """The members the sentence after the mentions' lists, when it opens on them ("The Alliance of Sahel
    States met in Niamey. Its members include A, B and C"): the sentence's one mention, or its last when
    that closes the sentence."""
    d = drafts[-1]
    if d.drop or not text[:e].rstrip().endswith("."):
        return
    if len(drafts) > 1 and text[d.end : e].strip(" .\u201d\"’'"):
        return  # (two bodies named, the last not closing the sentence: "its" may be either)
    im = _NEXT_ITS_MEMBERS.match(text, e)
    if im is None:
        # "... The coalition was formed in 2015. Sudan, Egypt and Jordan joined it later": a list that opens
        # the next sentence, then a verb that makes it the mention's members
        ws = _NEXT_OPENING.match(text, e)
        at = ws.end() if ws is not None else e
        stop = _next_stop(text, at)
        actors, end = actor_list(text, at, stop, list(matcher.hits(text, at, stop)), first_gap=0)
        if len(actors) < 2 or _JOINED_IT_AFTER.match(text, end, stop) is None:
            return
    else:
        stop = _next_stop(text, im.end())
        actors, _ = actor_list(text, im.end(), stop, list(matcher.hits(text, im.end(), stop)), first_gap=4)
    had = {(a.code, a.name) for a in d.members}  # ("was founded by A and B. Its members include C")
    d.members.extend(a for a in actors if (a.code, a.name) not in had)


#: The blanks before the next sentence's first word, and an article that opens it: " ", "\n", " The ".
_NEXT_OPENING = regex.compile(r"[^\S\n]*+(?:\n[^\S\n]*+)?(?:The\s++)?")
#: After a list that opens the sentence after a mention, the verb that makes it the mention's members: "
#: joined it later", " have since joined it", " are its members", " are all members".
_JOINED_IT_AFTER = regex.compile(
    r"""\s+(?:(?:have|has|had)\s+)?(?:(?:later|since|also|all|then|soon)\s+)?
        (?:joined\s+it\b
         |(?:are|were)\s+(?:all\s+)?(?:its\s+)?(?:(?:founding|full|other|current)\s+)?members\b
          (?!\s+(?:of|in)\b))  # (not "are members of the Pacific Alliance": another body's)""",
    regex.VERBOSE,
)


def _next_stop(text: str, pos: int, reach: int = 400) -> int:
    """Where the sentence holding ``pos`` ends (a stop and a space, or a line break), within ``reach``."""
    ends = [i for i in (text.find(". ", pos, pos + reach), text.find("\n", pos, pos + reach)) if i >= 0]
    return min(ends, default=min(len(text), pos + reach))


#: A clause of time after the mention whose subject it opens on: "(The bloc now has 11 members) after ",
#: "(... the alliance) since ".
_JOINED_CLAUSE_OPEN = regex.compile(r"(?i)\b(?:after|since|when|once)\s+")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A joining with no object after that subject, then a time or the clause's end: " joined in January",
#: " was admitted last year", " joined as its 11th member" (not " joined as an observer", " joined in
#: condemning", " joined the talks").
_JOINED_NO_OBJECT = regex.compile(
    rf"""\s+(?:(?:has|have|had)\s+)?(?:(?:formally|officially|finally|also|eventually)\s+)?
        (?:joined|(?:was|were|been)\s+(?:formally\s+|officially\s+)?admitted|acceded)
        (?=\s*(?:[,.;:)—–]|$)
           |\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{4}}\b|(?:{_MONTHS})\b|the\s+(?:spring|summer|autumn|fall
              |winter|same\s+year)\b)
           |\s+(?:last|this|earlier|later)\s+(?:year|month|week|spring|summer|autumn|winter|this\s+year)\b
           |\s+as\s+(?:a|its|the)\s+(?:[\w\-]+\s+){{0,2}}?member\b)""",
    regex.VERBOSE,
)


def _joined_after(text: str, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The subject of a clause of time after the mention, in its sentence, that joined with no object: "The
    bloc now has 11 members after Indonesia joined in January" (Indonesia); the clause must hold no other
    mention (``e`` stops at the next)."""
    if "join" not in text[d.end : e] and "admitted" not in text[d.end : e] and "acced" not in text[d.end : e]:
        return
    for om in _JOINED_CLAUSE_OPEN.finditer(text, d.end, e):
        actors, end = actor_list(text, om.end(), e, hits_after(hits, om.end()), first_gap=4)
        if actors and _JOINED_NO_OBJECT.match(text, end) is not None:
            had = {(a.code, a.name) for a in d.members}
            d.members.extend(a for a in actors if (a.code, a.name) not in had)
            return


#: A sentence that opens on "Under" right before the mention: "Under AUKUS, ", "Under the Quad, ".
_UNDER_OPEN = regex.compile(r"(?i)\s*(?:[\p{Pi}\"']\s*)?under\s+(?P<the>the\s+)?")
#: The comma that closes the fronted phrase after the mention, past a short aside in brackets.
_UNDER_CLOSE = regex.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s*")


def _under_body_parties(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The states of a clause opened by "Under <known body>," that the data lists among its members: "Under
    AUKUS, Britain and the United States will help Australia build submarines" (GBR, USA, AUS); a state of the
    clause the data does not list ("Under AUKUS, Japan may join some projects") is left out."""
    entry = d.entry
    if entry is None or not entry.members or text[d.start - 1 : d.start] != " ":
        return
    um = _UNDER_OPEN.match(text, s)
    if um is None or d.start not in (um.end(), um.start("the")):
        return
    cm = _UNDER_CLOSE.match(text, d.end)
    if cm is None:
        return
    known = set(entry.members)
    had = {(a.code, a.name) for a in d.members}
    for h in hits_after(hits, cm.end()):
        if h.start >= e:
            break
        a = h.actor
        if h.entry.code in known and h.via != "adjective" and (a.code, a.name) not in had:
            # (a demonym modifies a noun: "hosted Soviet troops" names no party)
            had.add((a.code, a.name))
            d.members.append(a)


def _members_far(text: str, s: int, e: int, nxt: int, d: _Draft, hits: list[ActorHit]) -> None:
    """Lists away from the mention: "In addition to A and B, the CSTO includes C", "three of the six
    members of the GCC have cut ties with Doha – A, B and C"; the subject of "after X joined" after it."""
    _joined_after(text, nxt if nxt > d.end else e, d, hits)
    _under_body_parties(text, s, nxt if nxt > d.end else e, d, hits)
    if not d.members and (im := _ITS_MEMBERS.search(text, d.end, nxt if nxt > d.end else e)) is not None:
        # "The coalition met in London; its members include A, B and C"
        actors, _ = actor_list(text, im.end(), e, hits_after(hits, im.end()), first_gap=4)
        d.members.extend(actors)
    lb = _LIST_BEFORE.match(text, s, d.start)
    if lb is not None and (d.members or _INCLUDES.match(text, d.end, e)):
        actors, end = actor_list(text, lb.end(), d.start, hits_before(hits, d.start), first_gap=4)
        if actors and text[end : end + 1] == ",":
            d.members.extend(actors)
    if d.members or not _SUBSET_OF.search(text, max(s, d.start - 40), d.start):
        return
    stop = nxt if nxt > d.end else e
    marks = list(_TRAILING_LIST.finditer(text, d.end, stop))
    if not marks:
        return
    after = hits_after(hits, marks[-1].end())
    actors, end = actor_list(text, marks[-1].end(), stop, after, first_gap=4)
    if actors and not _WORD_CHAR.search(text[end:stop]):
        d.members.extend(actors)


def _take_subject(
    text: str,
    d: _Draft,
    subj: list[ActorHit],
    verb_start: int,
    s: int | None = None,
    *,
    apposed: bool = False,
) -> None:
    """The actor list that ends just before the verb at ``verb_start`` (within 32 characters); for a verb
    after "and" that coordinates a second predicate ("Iran joined A, ..., and became a member of B"), the
    actor list that opens the sentence starting at ``s``."""
    subj = _without_acronyms(text, subj)
    if not subj:
        return
    rel = _WHICH_ASIDE_END.search(text, max(0, verb_start - 160), verb_start)
    if rel is not None and subj[-1].start > rel.start():
        # "Mali, Burkina Faso and Niger, which quit ECOWAS in January, have formed": the body inside the
        # relative clause is no subject; the list before it is, and with none ("The militias, which are
        # funded by Iran, are members of"), the subject is no actor the gazetteer knows
        subj = hits_before(subj, rel.start())
        if not subj:
            return
    aside = _COMMA_ASIDE_END.search(text, max(0, verb_start - 100), verb_start)
    if (
        aside is not None
        and subj[-1].start > aside.start()
        and any(h.end == aside.start() for h in subj)
        # (a demonym may open the aside: "Hezbollah, the Lebanese group, is part of")
        and not any(
            h.start == aside.start("body") and h.via != "adjective" and text[h.end : h.end + 1] != "-"
            for h in subj
        )
    ):
        # "Sweden, barred for years by Turkey's veto, joined NATO", "Egypt, an ally of Saudi Arabia, joined":
        # the actor inside an aside set off by commas is no subject; the one before the aside is
        inner = [h for h in subj if h.start >= aside.start("body")]
        subj = hits_before(subj, aside.start())
        cm = _COMPANION.match(text, aside.start("body"))
        if cm is not None and inner and inner[0].start == cm.end():
            # "Sweden, along with Finland, joined NATO": the companions joined too
            n = len(d.members)
            _take_subject(text, d, subj, aside.start(), s)
            if len(d.members) > n:
                d.members.extend(h.actor for h in inner)
            return
    last = subj[-1]
    if (
        len(subj) > 1
        and _generic_part_end(text, last, verb_start) == verb_start
        and _PART_ITEM_GAP.fullmatch(text, subj[-2].end, last.start) is not None
    ):
        # "Iran, Hezbollah and Iraqi militias form the axis": the militias close the list but are no state;
        # the subject is read up to the item before them
        subj = subj[:-1]
        last = subj[-1]
        verb_start = last.end
    gap = text[last.end : verb_start]
    if ("," in gap or ";" in gap) and _PRONOUN_SUBJECT_GAP.search(gap):
        return  # "not an alliance against Russia, we are joining an alliance": the pronoun is the subject
    if _AND_END.search(gap):
        d.members.extend(_opening_subject(text, subj, s))
        return
    if gap.rstrip().endswith(",") and _FORMING_PARTICIPLE.match(text, verb_start) is not None:
        # "Mali, Burkina Faso and Niger quit ECOWAS in January, forming the Alliance of Sahel States": the
        # participle's subject is the list that opens its one clause (two states at least)
        opening = _opening_subject(text, subj, s)
        rest = text[opening[-1].end : verb_start].rstrip().removesuffix(",") if opening else ""
        if (
            len(opening) >= 2
            and len(rest) < 100
            and not _NEW_CLAUSE.search(rest)
            and not _SAYS_GAP.search(rest)
        ):
            d.members.extend(opening)
            return
    if (
        (len(gap) > 32 or _CLAUSE_GAP.search(gap))
        and not _SUBJECT_ASIDE.fullmatch(gap)
        and not _SUBJECT_TAIL.fullmatch(gap)
        and not _WHOSE_LEADERS.fullmatch(gap)
    ):
        # "A and B are widening trade links yet have no intention to form a pact": one clause from the
        # sentence's opening subject to the verb, with no other actor, comma or complement clause between
        opening = _opening_subject(text, subj, s)
        if (
            opening
            and opening[-1].end == last.end
            and len(gap) < 120
            and not _NEW_CLAUSE.search(gap)
            and _CONTROL_END.search(gap)
        ):
            d.members.extend(opening)
        return
    if (
        last.via == "adjective"
        and _WORD_AFTER_SPACE.match(gap)
        and not (_TROOP_NOUN_GAP.fullmatch(gap) and _TROOPS_SERVE_VERB.match(text, verb_start))
    ):
        return  # "British MPs debate joining": a demonym on a noun is not the subject (but "Kenyan troops
        # serve in the force", "Ugandan soldiers make up the bulk of the mission": the troops' state serves)
    if (pg := _PATRON_GAP.match(gap)) is not None:
        # "Iran-backed militias formed a new alliance": the patron, not the militias that formed it; armed
        # groups a state backs keep the alliance in scope (parties it backs do not: "formed a coalition")
        d.evidence = d.evidence or pg.group("armed") is not None
        return
    if _SAYS_GAP.search(gap) and not _SUBJECT_ASIDE.fullmatch(gap) and not _SELF_REPORT.fullmatch(gap):
        # "Moscow said the five states were building a bloc": the speaker, not a builder (but "A and B said
        # they would create a force": the speakers are the builders)
        return
    if (
        not apposed
        and _LOCATIVE_BEFORE.search(text, max(0, last.start - 12), last.start)
        and not (
            _TROOPS_FROM_BEFORE.search(text, max(0, last.start - 30), last.start)
            and _TROOPS_SERVE_VERB.match(text, verb_start)
        )
    ):
        return  # "We are not in Somalia to build an axis", "Troops in Somalia formed": a place, no subject
        # (but "Troops from Kenya serve in the force": where the troops come from is the state that serves)
    if _OTHERS_PLANS.search(gap):
        return  # "Japan criticised plans to form an alliance": whose plans, the text does not say
    chain = [last]
    nxt = last.start  # where the item read last starts: a skipped generic item moves it back
    for h in reversed(subj[:-1]):
        g = text[h.end : nxt]
        if (
            len(chain) == 1
            and _COMMA_AND_GAP.fullmatch(g)
            and _OBJECT_BEFORE.search(text, max(0, h.start - 30), h.start)
        ):
            break  # "Rwanda backs the M23, and Kinshasa has formed": the M23 ends the clause before
        if (
            len(chain) == 1
            and s is not None
            and g.strip() == ","
            and _OBJECT_BEFORE.search(text, max(s, h.start - 30), h.start)
            and _OPENING_SUBORDINATE.match(text, s, h.start)
        ):
            break  # "After NATO invited Sweden, Hungary was the last": the opening clause ends at the comma
        if "," in g and s is not None and _OPENING_PLACE.fullmatch(text, s, h.start) is not None:
            break  # "In Myanmar, the Arakan Army, a member of ...": the place that opens the sentence
        if _LIST_SEPARATOR.fullmatch(g) or _PROXIES_INCLUDING.fullmatch(g) or _COMPANION_GAP.fullmatch(g):
            # ("Tokyo together with the US formed the Squad": a companion with no commas is a subject too)
            chain.insert(0, h)
            nxt = h.start
        elif (pe := _generic_part_end(text, h, nxt)) is not None and _PART_ITEM_GAP.fullmatch(text, pe, nxt):
            nxt = (
                h.start
            )  # "Hezbollah, Iraqi militias and Syria": the militias are no state; the list goes on
        else:
            break
    if _EXCEPT_BEFORE.search(text, max(0, chain[0].start - 20), chain[0].start) is not None:
        return  # "all but Switzerland are in the EU": the one left out is no member
    if chain[0].entry.type not in ("state", "government") and _SOME_OF_BODY_BEFORE.search(
        text, max(0, chain[0].start - 40), chain[0].start
    ):
        return  # "The countries of the former Eastern bloc joined NATO": states of the body, not the body,
        # and none of them named
    if (
        len(chain) > 1
        and _RELATIVE_OPENER.fullmatch(gap)
        and _INCLUSION_BEFORE.search(text, max(0, chain[0].start - 30), chain[0].start) is not None
    ):  # "The bloc includes Fiji, Samoa and the Solomon Islands, which signed a pact with Beijing": a list
        # told as another's members, and the relative clause after it tells of its last item only
        chain = chain[-1:]
    if _PATRON_BY_BEFORE.search(text, max(0, chain[0].start - 30), chain[0].start) is not None:
        return  # "A militia backed by the UAE joined the alliance": the patron is no subject, the militia is
    if "nor" in text[max(0, chain[0].start - 10) : chain[0].start] and _NOR_BEFORE.search(
        text, max(0, chain[0].start - 80), chain[0].start
    ):
        return  # "Neither Serbia nor Bosnia is a member of NATO": both denied, neither a member
    if (
        not apposed
        and len(chain) > 1
        and (loc := _PLACES_LIST_OPENING.search(text, max(0, chain[0].start - 12), chain[0].start))
        is not None
    ):
        # "Tehran and its proxies in Iraq, Syria and Yemen form the axis": the list after "in" names places,
        # the subject is what stands before the preposition
        if (before := hits_before(subj, loc.start())) and before[-1].end < loc.start():
            _take_subject(text, d, before, loc.start(), s)
        return
    if (own := _SELF_REPORT.fullmatch(gap)) is not None and ("they" in own.group().casefold().split()) != (
        len(chain) > 1
    ):
        return  # "Moscow said they would form": "they" are others than the one speaker
    if (wm := _WHICH_WITH_BEFORE.search(text, max(0, chain[0].start - 40), chain[0].start)) is not None and (
        ant := hits_ending_at(subj, wm.start())
    ) is not None:
        # "Japan and the Philippines, which together with the US make up the Squad": the relative's
        # antecedent, the list before its comma, makes it up too
        d.members.extend(h.actor for h in _conjoined_before(text, subj, ant, s or 0))
    d.members.extend(h.actor for h in chain)


#: A generic non-state item of a subject list after a state's demonym, maybe with one more modifier:
#: " militias", " Shiite militias", " rebel groups" ("Hezbollah, Iraqi militias and Syria").
_PART_ITEM = regex.compile(
    r"\s+(?:(?:\p{Lu}[\p{L}\-]*|[\p{Ll}\-]+)\s+)?(?:\L<parts>)\b\s*",
    parts=sorted(NON_STATE_PARTS - {"branch", "offshoot", "affiliate", "wing", "diaspora", "opposition"}),
)
#: What joins a generic item to the next item of a list: a comma or "and" (not a bare blank).
_PART_ITEM_GAP = regex.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?")


def _generic_part_end(text: str, h: ActorHit, limit: int) -> int | None:
    """Where a generic item such as "Iraqi militias" ends, when ``h`` is a state's demonym that opens one
    before ``limit``; else None."""
    if h.via != "adjective" or h.entry.type != "state":
        return None
    m = _PART_ITEM.match(text, h.end, limit)
    return None if m is None else m.end()


#: A relative clause set off between a subject and its verb: ", which quit ECOWAS in January, have ".
_WHICH_ASIDE_END = regex.compile(
    r"""(?i),\s*(?:which|who|whose)\s[^,.;:()\p{Pi}\p{Pf}\"]{1,60}
        # a list of names inside it: "which was blockaded by Saudi Arabia, the UAE, Bahrain and Egypt"
        (?:,\s+(?:and\s+|or\s+)?(?:the\s+)?(?-i:\p{Lu})[^,.;:()\p{Pi}\p{Pf}\"]{0,40}){0,6}
        ,\s*(?:(?:is|are|was|were|has|have|had|will|would)\s+)?$""",
    regex.VERBOSE,
)
#: A preposition of place that opens a list of places inside a subject ("proxies in Iraq, Syria and Yemen
#: form"); not "from", whose list tells where troops came from ("troops from Chad and Niger form").
_PLACES_LIST_OPENING = regex.compile(r"\b(?:in|at|near|across|throughout)\s+(?:the\s+)?$")
#: An aside set off by commas right before a verb, opened by a lower-case word or an article (not a name
#: of a list): ", barred for years by Turkey's veto, ", ", a key ally of Saudi Arabia, ".
_COMMA_ASIDE_END = regex.compile(
    r"""(?<=\w),\s*(?:(?:an?|the)\s+)?(?P<body>(?!(?:an?|the|and|or|nor)\s)
        # a capitalised adjective may open it: ", the Lebanese group, ", ", a Nordic state, ", or a name and a
        # participle of backing: ", an Iran-backed group, ", ", the US-led force, "
        (?:(?<=(?:an?|the)\s+)(?:\p{Lu}\p{Ll}+|\p{Lu}[\p{L}.]*-(?:backed|led|allied|aligned|based|funded
          |sponsored|supported|armed|trained))\s+(?!(?:and|or|nor)\s))?\p{Ll}[^,.;:()\p{Pi}\p{Pf}"]{0,80}),
        \s*(?:(?:is|are|was|were|has|have|had|will|would)\s+)?$""",
    regex.VERBOSE,
)
#: The gap between a list's last item and the verb of a relative clause on it: ", which ", ", who have ".
_RELATIVE_OPENER = regex.compile(r"(?i)\s*,\s*(?:which|who|that)\s+(?:(?:has|have|had|also|later|then)\s+)?")
#: A verb or preposition of inclusion right before a list: the list names another body's members ("includes
#: A, B and C", "such as A and B").
_INCLUSION_BEFORE = regex.compile(
    r"(?i)\b(?:includ(?:es|ed|e|ing)|such\s+as|notably|especially|among\s+them|compris(?:es|ed|e|ing)"
    r"|counts|grouping|groups)\s+(?:the\s+)?$"
)
#: A patron named after the subject noun's participle: "(a militia) backed by (the UAE)", "funded by".
_PATRON_BY_BEFORE = regex.compile(
    r"(?i)\b(?:backed|supported|sponsored|funded|financed|armed|trained|aided|bankrolled)\s+"
    r"(?:(?:largely|mainly|mostly|chiefly|heavily|openly|reportedly|allegedly)\s+)?by\s+(?:the\s+)?$"
)
#: A patron's compound on the subject noun: "-backed militias", "-sponsored factions".
_PATRON_GAP = regex.compile(
    r"""(?i)-(?:backed|sponsored|supported|funded|armed|trained|aligned|allied|affiliated|linked|controlled)\s
        (?:(?:[\w\-]+\s+)??(?P<armed>militias|factions|fighters|rebels|militants|proxies|insurgents|armed\s+groups)\b)?""",
    regex.VERBOSE,
)
#: An aside that adds companions to the subject: "along with Finland", "like Finland".
#: A relative pronoun and a companion right before the verb's subject: ", which together with (the) ", ",
#: which along with ", ", who with ".
_WHICH_WITH_BEFORE = regex.compile(
    r"(?i)\s*,\s*(?:which|who)\s+(?:(?:together|along)\s+)?with\s+(?:the\s+)?$"
)
#: A companion joined to the subject with no commas: " together with (the) ", " along with (the) ", " as well
#: as (the) ".
_COMPANION_GAP = regex.compile(r"(?i)\s+(?:(?:together|along)\s+with|as\s+well\s+as)\s+(?:the\s+)?")
_COMPANION = regex.compile(
    r"(?:along\s+with|together\s+with|with|alongside|as\s+well\s+as|(?:just\s+)?like)\s+(?:the\s+)?"
)
#: "In" opening the sentence before a place: "In Myanmar, the Arakan Army ..." (not "Troops from France").
_OPENING_PLACE = regex.compile(r"[\s\p{Pi}\"']*(?:In|Across|Inside|Throughout)\s+(?:the\s+)?")
#: A personal pronoun that is the verb's own subject, after a comma: ", we are ", ", they have ".
_PRONOUN_SUBJECT_GAP = regex.compile(
    r"(?i)[,;]\s*(?:and\s+|but\s+|so\s+)?(?:we|they|I|he|she|it)\s+(?:[\w’']+\s+){0,2}$"
)
#: States or parts of a body right before its name in a subject: "The countries of the former ", "most
#: members of the ".
_SOME_OF_BODY_BEFORE = regex.compile(
    r"""(?i)\b(?:countries|states|nations|members|member\s+states|republics|governments|parts?|most|many|some
        |several|half|all|each|none|one|two|three|four|five)\s+of\s+(?:the\s+)?(?:(?:former|old|ex-|then)\s*)?$""",
    regex.VERBOSE,
)
#: An exception right before a subject: "all but ", "except ", "other than ".
_EXCEPT_BEFORE = regex.compile(
    r"(?i)\b(?:all\s+but|except(?:\s+for)?|but\s+not|other\s+than|apart\s+from)\s+(?:the\s+)?$"
)
#: The second of two subjects that "neither ... nor" denies: "Neither Serbia nor Bosnia is a member of".
_NOR_BEFORE = regex.compile(r"(?i)\bneither\s[^.;:!?]{1,60}?\bnor\s+(?:the\s+)?$")
#: A sentence that opens with a subordinate clause, up to a point with no comma: "After NATO invited ".
_OPENING_SUBORDINATE = regex.compile(
    r"[\s\p{Pi}\"']*(?:After|Before|When|Since|As|While|Although|Though|Because|Once|Until|If)\s[^,;:]*$"
)
#: ", and " between two names, and a verb's object before the first: the second opens a clause.
_COMMA_AND_GAP = regex.compile(r"\s*,\s*and\s+")
_OBJECT_BEFORE = regex.compile(r"\b\p{Ll}{2,}\s+(?:the\s+)?$")
#: A leader's followers before their names in a subject list: "Iran and its proxies, including the ".
_PROXIES_INCLUDING = regex.compile(
    r"""(?i)\s+and\s+(?:its|their)\s+(?:[\w\-]+\s+)?(?:allies|proxies|partners|militias|clients)\s*,?\s*
        (?:including|such\s+as|notably|among\s+them)\s+(?:the\s+)?""",
    regex.VERBOSE,
)


#: A verb by which its subject joins or belongs to the body after it: "joined", "is (a member of)",
#: "became (part of)", "acceded (to)"; not one by which it founds, launches or backs it.
_JOINING_VERB = regex.compile(r"(?i)(?:join|acced|becom|became|is|are|was|were|been|remain)")


def _joining_bodies(text: str, d: _Draft, n: int, verb_start: int) -> None:
    """Bodies taken from ``n`` on as the subject of a verb at ``verb_start`` by which they joined ``d`` or
    are members of it ("The African Union joined the G20", "The EU is a member of the G20") are among its
    members, kept as the scheme keeps any member (their own mentions stay too). Only the list that ends
    right before the verb heads the subject, and not a body after "of" ("members of the EU joined", "EU
    states joined": states joined, not the body)."""
    cursor = verb_start
    for a in sorted(d.members[n:], key=lambda m: m.start, reverse=True):
        gap = text[a.end : cursor]
        if a.end > cursor or (gap.strip() and _LIST_GAP.fullmatch(gap) is None):
            break
        cursor = a.start
        if (
            a.type == "organization"
            and a.code
            and _OF_BEFORE.search(text, max(0, a.start - 8), a.start) is None
        ):
            d.listed_bodies.add(a.code)


_OF_BEFORE = regex.compile(r"(?i)\bof\s+(?:the\s+)?$")
#: When a joining happened, as a short adjunct: "in 2023", "in March 2024", "on March 7, 2024", "last year",
#: "a year later", "months later".
_WHEN = r"""(?:(?:in|on|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\w+\s+)?
      (?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\d{4}|\p{Lu}\w+)
    |(?:last|this|next|the\s+following|the\s+next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)
    |(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|days?)\s+later
    |(?:years|months|weeks|days)\s+later)"""
#: The opening of a gapped second joining after the body the subject joined, its verb and body left out: " in
#: 2023 and (Sweden in 2024)", " last year, followed by (Sweden)".
_GAPPED_JOIN_OPEN = regex.compile(
    rf"""\s+{_WHEN}\s*(?:,\s*(?:and\s+)?(?P<fb>followed\s+by\s+)?|\s+and\s+)(?:the\s+)?""", regex.VERBOSE
)
#: Its close: the state's own date, then the clause ends (" in 2024."); after "followed by" the date may go.
_GAPPED_JOIN_CLOSE = regex.compile(rf"""\s+{_WHEN}\s*(?=[.,;:!?)]|$)""", regex.VERBOSE)
_GAPPED_FOLLOWED_CLOSE = regex.compile(rf"""(?:\s+{_WHEN})?\s*(?=[.,;:!?)]|$)""", regex.VERBOSE)


def _gapped_joiners(text: str, end: int, hits: list[ActorHit]) -> list[Actor]:
    """The states of a gapped clause after a body that a subject joined, with the verb and body left out and a
    date of their own ("Finland joined NATO in 2023 and Sweden in 2024": Sweden; ", followed by Sweden in
    2024"); none when a verb follows the state ("and Russia in March moved troops")."""
    om = _GAPPED_JOIN_OPEN.match(text, end)
    if om is None:
        return []
    actors, at = actor_list(text, om.end(), len(text), hits_after(hits, om.end()), first_gap=0)
    close = _GAPPED_FOLLOWED_CLOSE if om.group("fb") else _GAPPED_JOIN_CLOSE
    if not actors or any(a.type not in ("state", "government") for a in actors) or not close.match(text, at):
        return []
    return actors


def _without_acronyms(text: str, subj: list[ActorHit]) -> list[ActorHit]:
    """``subj`` without an acronym in brackets right after the name it abbreviates ("the United Arab
    Emirates (UAE)"): the list separators read the bracket as part of the gap after the name."""
    out: list[ActorHit] = []
    for h in subj:
        if (
            out
            and out[-1].entry.code == h.entry.code
            and _PAREN_OPEN.fullmatch(text, out[-1].end, h.start)
            and text[h.end : h.end + 1] == ")"
        ):
            continue
        out.append(h)
    return out


_PAREN_OPEN = regex.compile(r"\s*\(")


def _opening_subject(text: str, subj: list[ActorHit], s: int | None) -> list[Actor]:
    """The actor list that opens the sentence starting at ``s`` as its subject ("Iran", "Russia and
    Iran"), or nothing."""
    subj = _without_acronyms(text, subj)
    if not subj or s is None or not _SENTENCE_OPENING.fullmatch(text, s, subj[0].start):
        return []
    chain = [subj[0]]
    for h in subj[1:]:
        if not _LIST_SEPARATOR.fullmatch(text, chain[-1].end, h.start):
            break
        chain.append(h)
    if not _WORD_AFTER_SPACE.match(text, chain[-1].end) or _POSSESSIVE_GAP.match(text, chain[-1].end):
        return []
    if chain[-1].via == "adjective":
        return []  # "Western governments have ...": a demonym on the subject noun is no party
    return [h.actor for h in chain]


#: A participle of founding after a comma, whose subject is the clause's: ", forming the alliance" (not
#: "creating", which as often tells a result the subject caused: "invaded Ukraine, creating a coalition").
_FORMING_PARTICIPLE = regex.compile(r"(?i)(?:forming|founding|establishing|setting\s+up)\b")
#: A verb whose subject is also the subject of the infinitive after it: "agreed to", "have no plans to".
_CONTROL_END = regex.compile(
    r"""(?i)\b(?:agree[sd]?|decided?|decides|planned|want(?:s|ed)?|hope[sd]?|intend(?:s|ed)?|vow(?:s|ed)?
        |pledge[sd]?|seek|seeks|sought|aim(?:s|ed)?|(?:are|is|were|was)\s+(?:not\s+)?(?:set|ready|willing
        |prepared|planning|seeking|looking|moving|working|trying)|(?:have|has|had)\s+no\s+(?:plans?|intention)
        |refused?|refuses|declined?|declines|tr(?:y|ies|ied)|move[sd]?|prepar(?:e|es|ed|ing))\s+to\s+$""",
    regex.VERBOSE,
)
#: A speaker's noun right after an actor, past a word or two of office: "(the Pentagon) spokesman", "(the
#: Kremlin's) press secretary", "(Turkish) foreign ministry officials": the actor names the speaker's office.
_SPEAKER_NOUN_AFTER = regex.compile(
    r"""(?i)['’]?s?\s+(?:[\w\-]+\s+){0,2}?(?:spokes(?:man|woman|person|people)|press\s+secretary|officials?
        |envoys?|ambassadors?|diplomats?|sources?)\b""",
    regex.VERBOSE,
)
#: A verb of saying right after an actor: the actor is the speaker ("..., the Kremlin said").
_SAID_AFTER = regex.compile(
    r"\s+(?:said|says|told|added|stated|announced|warned|noted|insisted|argued|reported|claimed|confirmed"
    r"|declared|stressed|explained)\b"
)
#: An auxiliary right after a name: the name is the subject of a clause of its own ("India would ...").
_PLURAL_MENTION_END = regex.compile(
    r"(?:members|countries|states|nations|allies|partners|powers)$"
)  # lower case: no name
#: A lower-case word right after a list that is no joiner: the list is a clause's subject.
_CLAUSE_AFTER_LIST = regex.compile(r"\s+(?!(?:and|or|as|among|plus|with|together|all|both)\b)\p{Ll}")
#: A fronted phrase that opens the sentence and sets the mention apart from the clause after its comma:
#: "Unlike ", "Far from joining ", "Rather than ", "Outside ", "Instead of the ".
_FRONTED_APART = regex.compile(
    r"""(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bthat\s))[\p{Pi}"']?  # (or after "that": "said that unlike NATO, ")
        (?i:Unlike|Like|Outside(?:\s+of)?|Beyond|Besides|Apart\s+from|Aside\s+from|Instead\s+of|Rather\s+than
          |Far\s+from|Without|Despite|Compared\s+(?:with|to))
        \s+(?i:(?:joining|entering|a|an|the)\s+)?$""",  # (not "forming": its subject forms the bloc)
    regex.VERBOSE,
)
_VERB_NEXT = regex.compile(
    r"\s+(?:would|will|could|can|may|might|must|should|shall|has|have|had|is|are|was|were|does|do|did)\b"
)
#: A verb on someone's plans or efforts before the infinitive: "criticised plans to", "opposed efforts to".
_OTHERS_PLANS = regex.compile(
    r"""(?i)\b(?!(?:announced|unveiled|outlined|drew|laid|made|has|have|had|its|their|his|her)\b)
        \w+(?:ed|es)\s+(?:the\s+|any\s+)?(?:\w+\s+)?
        (?:plans?|efforts?|attempts?|calls?|moves?|bids?|proposals?|ideas?|talk|threats?|reports?|suggestions?)
        \s+to\s+$""",
    regex.VERBOSE,
)
#: A verb of saying or thinking between an actor and a verb of forming: the actor speaks of others' bloc.
_SAYS_GAP = regex.compile(
    r"""(?i)\b(?:said|says|say|warned|warns|claimed|claims|argued|argues|insisted|insists|believes?|believed
        |thinks?|thought|fears?|feared|noted|told|tells|alleged|alleges|charged|complained|suspects?
        |suspected|asserted|asserts|stated)\b(?!\s+to\b)""",  # "are said to be building": still the subject
    regex.VERBOSE,
)
#: The leaders of the states just listed, as the subject of the verb: ", whose military rulers last year ".
_WHOSE_LEADERS = regex.compile(
    r"""(?i),\s*whose\s+(?:(?:military|army|elected|new)\s+)?(?:rulers|leaders|governments|presidents|juntas
        |heads\s+of\s+state|foreign\s+ministers|defen[cs]e\s+ministers)\s+
        (?:(?:last|this)\s+(?:year|month|week)\s+|in\s+\d{4}\s+|have\s+|had\s+|jointly\s+|also\s+)*""",
    regex.VERBOSE,
)
#: A report of the subject's own plan between the subject and the verb: " said on Sunday they would ".
_SELF_REPORT = regex.compile(
    r"""(?i)\s+(?:said|says|say|announced|announces|stated)\s+(?:(?:on|late\s+on)\s+\w+\s+|yesterday\s+|today\s+
        |in\s+a\s+(?:joint\s+)?statement\s+)?(?:that\s+)?(?:they|it)\s+(?:would|will|had|have|were|are|plan\s+to
        |planned\s+to|intend\s+to|intended\s+to)\s+(?:soon\s+|jointly\s+)?""",
    regex.VERBOSE,
)
#: What starts another clause, with a subject of its own, between a subject and a verb.
_NEW_CLAUSE = regex.compile(
    r"(?i)[,.;:()\p{Pi}\p{Pf}\"]|\b(?:that|which|who|whom|whose|said|says|if|when|because|while|whether|where"
    r"|although|though|unless|after|before|until|since)\b"
)
#: A gap that ends in "and" (or "but", "yet"), with an auxiliary or "not", before a verb: the verb is a
#: second predicate of an earlier subject.
_AND_END = regex.compile(
    r"(?i)\b(?:and|but|yet)\s+(?:(?:are|is|were|was|have|has|had|will|would)\s+)?(?:not\s+|never\s+)?"
    r"(?:\w+ly\s+|then\s+|later\s+|now\s+|also\s+|still\s+)?$"
)  # "... and became", "... but are not forming"
#: What may open a sentence before its subject: an article or nothing.
_SENTENCE_OPENING = regex.compile(
    r"""(?:\p{Lu}[\p{Lu}\s.'\-]+(?:,[^—–\n]{0,30}?)?\s*(?:\([^()]{1,20}\)\s*)?(?:--|—|–|-)\s*)?  # a dateline
        [\p{Pi}\"'‘“]?(?i:the\s+)?""",
    regex.VERBOSE,
)


def _adversaries(text: str, d: _Draft, lim: int, hits: list[ActorHit], cue_lim: int) -> None:
    """ "against Daesh (ISIS)", "fighting the Houthis", "to counter Iran" in the mention's clause."""
    try:
        # a cue must start before ``cue_lim`` (and near a named body): scan no further than that
        near = max(d.end, d.list_end or 0)  # a body's target follows it or its member list
        stop = min(lim, cue_lim + 40, near + 80 if d.head == "org" else lim)
        if not may_hold_adversary_cue(text[d.head_start : stop]):
            return
        cues = list(itertools.islice(ADVERSARY_CUE.finditer(text, d.head_start, stop, timeout=_T), 4))
    except TimeoutError:
        return
    members = {m.code for m in d.members} | ({d.leader.code} if d.leader is not None else set())
    if d.entry is not None:
        members.add(d.entry.code)  # "resistance to official OPEC prices": no body is its own adversary
    for cue in cues:
        if cue.start() >= cue_lim or (
            d.head == "org"
            and cue.start() - near > 30
            and not _SENT_WITH_PURPOSE.fullmatch(text, near, cue.start())
        ):
            break
        if cue.start() > near and _NEW_SUBJECT_CLAUSE.search(text, near, cue.start()):
            break  # "A and B signed a pact, and Pyongyang has sent troops against ...": another clause
        if cue.start() > near and _own_subject_clause(text, near, cue.start(), hits):
            break  # "Finland joined NATO after Russia invaded Ukraine": the cue is Russia's
        if _NEGATED_CUE.search(text, max(d.end, cue.start() - 30), cue.start()):
            continue  # "BRICS is not directed against the G7": a target denied
        if cue.start() > d.end and _INTO_BEFORE_CUE.search(text, max(d.end, cue.start() - 40), cue.start()):
            break  # "opposes turning the bloc into a platform against the US": the platform's target
        if (
            cue.group()[:1] in "aA"
            and _GERUND_AT.match(text, cue.end()) is not None
            and _ADVICE_BEFORE.search(text, max(0, cue.start() - 60), cue.start()) is not None
        ):
            continue  # "warned the GCC states against hosting US bases", "voted against admitting Ukraine"
        if (
            cue.group()[:1] in "seSE"
            and _PENALTY_CUE.match(cue.group())
            and (
                _LIFTED_BEFORE_CUE.search(text, max(d.end, cue.start() - 30), cue.start()) is not None
                or _others_penalty(text, d, cue.start(), hits)
            )
        ):
            continue  # "lifted sanctions on Mali": the penalty ended; "US sanctions on Iran": another's
        # an actor named with its article ("against the West") starts at the article the cue swallowed
        the = _TRAILING_THE.search(cue.group())
        at = cue.end()
        if the is not None and _actor_at(hits, at - len(the.group())):
            at -= len(the.group())
        ex = _EXAMPLES.match(text, at, lim) or _KNOWN_AS.match(text, at, lim)
        if ex is not None and not _actor_at(hits, at):  # "to combat militant groups such as Daesh"
            at = ex.end()
        after = hits_after(hits, at)
        actors, _ = actor_list(text, at, lim, after, first_gap=36)
        actors = [
            a
            for a in actors
            if a.code not in members
            and not _LOCATOR_POSSESSIVE.match(text, a.end)
            and not _DATING_EVENT.search(text, max(0, a.start - 40), a.start)
        ]
        if not actors and _GROUP_ANAPHOR.match(text, cue.end(), lim):
            earlier = [h.actor for h in hits_before(hits, cue.start()) if h.entry.type == "armed_group"]
            actors = earlier[-1:]  # "Islamic State targets ... a coalition against the jihadi group"
        if not actors:
            actors = _unnamed_foe(text, cue.end(), lim)  # "against the juntas": kept, with no code
        if actors:
            d.adversaries.extend(actors)
            return


_TRAILING_THE = re.compile(r"the\s+$", re.IGNORECASE)
#: A gerund right after a cue: "(against) hosting", "(against) admitting".
_GERUND_AT = regex.compile(r"\p{Ll}{3,}ing\b")
#: A verb of advice or decision whose "against" and gerund tell a course of action to avoid, not a target:
#: "warned (the GCC states) against", "voted against", "cautioned Kyiv against".
_ADVICE_BEFORE = regex.compile(
    r"""(?i)\b(?:warn|caution|advis|counsel|urg|vot|decid|argu|lobb|rul|speak|spok|campaign)\w*\b
        (?:\s+(?:[\w\-’']+\s+){0,4}?)?\s*$""",
    regex.VERBOSE,
)
#: A body's verb of sending, what it sends and where, before the purpose: " sent a mission to Mozambique ",
#: " has deployed troops in Somalia " (then "to fight ..."): the purpose is the body's.
_SENT_WITH_PURPOSE = regex.compile(
    r"""(?i)\s+(?:(?:has|have|had|will|would|also|then|later)\s+)?
        (?:sen[dt]s?|deploy(?:s|ed)?|dispatch(?:es|ed)?|rush(?:es|ed)|station(?:s|ed)?|commit(?:s|ted)?)
        \s+(?:[\w\-]+\s+){1,5}?(?:to|into|in|across)\s+(?:[\w\-’']+\s+){1,4}?""",
    regex.VERBOSE,
)
#: What may stand between a penalty's owner and the penalty: " ", "'s ", "'s new ", " oil ".
_PENALTY_OWNER_GAP = regex.compile(r"(?:['’]s)?\s+(?:[\p{Ll}\-]+\s+)?")


def _others_penalty(text: str, d: _Draft, at: int, hits: list[ActorHit]) -> bool:
    """Is the penalty at ``at`` named by an owner other than the mention: "OPEC output fell as US sanctions
    on Iran bit", "under Washington's embargo on Cuba"?"""
    before = [h for h in hits_before(hits, at) if h.start >= d.end]
    return bool(before) and _PENALTY_OWNER_GAP.fullmatch(text, before[-1].end, at) is not None


#: A penalty among the adversary cues: "sanctions on ", "embargo on ".
_PENALTY_CUE = regex.compile(r"(?i)(?:sanctions|embargo)\b")
#: A verb that ends or eases a penalty, right before it: "lifted (the) ", "eased some ", "will scrap ".
_LIFTED_BEFORE_CUE = regex.compile(
    r"(?i)\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)"
    r"|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|waiv(?:e|es|ed|ing)|suspend(?:s|ed|ing)?)\s+(?:[\w\-]+\s+){0,3}$"
)
#: What the mention would be turned into, right before a cue: " into a platform ".
_INTO_BEFORE_CUE = regex.compile(r"(?i)\binto\s+(?:an?|some\s+kind\s+of)\s+(?:[\w\-]+\s+){0,2}$")
#: A target the gazetteer cannot name, by its head noun: "the juntas", "Islamist rebels", "the regime".
_UNNAMED_FOE = regex.compile(
    r"""(?i)(?:the\s+)?(?P<np>(?:(?!(?:against|the|an?|of|on|in|to|with|and|or|by|from|for)\s)[\p{L}\-]+\s+){0,2}?
        (?P<head>juntas?|regimes?|rebels|militants|jihadists|insurgents|militias|separatists|extremists|terrorists
          |gangs|pirates|warlords|mercenaries|guerrillas
          # "groups" only as an armed kind: "jihadist groups", "armed groups" (not "rights groups")
          |(?<=\b(?:jihadist|jihadi|militant|armed|terrorist|extremist|Islamist|rebel|insurgent|separatist)\s)groups))
        (?![\w-])""",
    regex.VERBOSE,
)
_GOVERNMENT_FOES = frozenset({"junta", "juntas", "regime", "regimes"})


def _unnamed_foe(text: str, at: int, lim: int) -> list[Actor]:
    """A target named only by a noun right after an adversary cue, as an actor with no code (see
    concepts.md: an actor that cannot be resolved keeps its text)."""
    m = _UNNAMED_FOE.match(text, at, lim)
    if m is None:
        return []
    head = m.group("head").casefold()
    kind: ActorType = "government" if head in _GOVERNMENT_FOES else "armed_group"
    return [Actor(m.group("np"), m.start("np"), m.end("np"), name=m.group("np"), code=None, type=kind)]


#: ", and" before a capitalised subject and its verb: a new clause with a subject of its own.
_NEW_SUBJECT_CLAUSE = regex.compile(
    r",\s+(?:and|but)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?\s+"
    r"(?:has|have|had|is|are|was|were|will|would|\p{Ll}+ed)\b"
)


#: A described target and the examples of it: "militant groups such as ", "extremists including the ".
_EXAMPLES = regex.compile(
    r"(?:[\p{Ll}\-]+\s+){1,3}?(?:such\s+as|including|like|notably|particularly)\s+(?:the\s+)?",
    regex.IGNORECASE,
)
#: A described target and its name: "the group known as ", "a militia calling itself ".
_KNOWN_AS = regex.compile(
    r"""(?i)(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:group|militia|movement|organi[sz]ation|network|faction)
        \s+(?:(?:also\s+|now\s+|widely\s+)?known\s+as|called|calling\s+itself|dubbed|named)\s+(?:the\s+)?""",
    regex.VERBOSE,
)
#: The naming words after a group noun: " known as ", " calling itself ".
_KNOWN_AS_ACTOR = regex.compile(
    r"(?i)\s+(?:(?:also\s+|now\s+|widely\s+)?known\s+as|called|calling\s+itself|dubbed|named)\s+(?:the\s+)?"
)


def _named_after(text: str, he: int, e: int, hits: list[ActorHit]) -> bool:
    """Does an actor that is no coalition follow the naming words after a group noun ending at ``he``?"""
    m = _KNOWN_AS_ACTOR.match(text, he, e)
    if m is None:
        return False
    h = hit_covering(hits, m.end())
    return h is not None and h.start == m.end() and not _eligible_org(h.entry)


#: An event that dates something, not a target: "the biggest since the invasion of ", "after the war in ".
_DATING_EVENT = regex.compile(
    r"(?i)\b(?:since|after|before|until|following)\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?[\p{Ll}\-]+\s+"
    r"(?:of|on|in|against)\s+(?:the\s+)?$"
)
#: A negation right before an adversary cue: "is not directed against", "never aimed at", "not against".
_NEGATED_CUE = regex.compile(r"(?i)(?:\b|(?=n[’']t))(?:not|n[’']t|never|no\s+longer)\s+(?:[\w\-]+\s+){0,2}$")
#: A subordinating conjunction that opens a clause of its own: "after Russia invaded", "when Iran attacked".
_SUBORDINATOR = regex.compile(
    r"(?i)\b(?:after|before|when|whenever|while|since|because|until|once|although|though|whereas|as)\s+(?:the\s+)?"
)


def _own_subject_clause(text: str, lo: int, hi: int, hits: list[ActorHit]) -> bool:
    """Whether a subordinate clause with an actor as its subject opens between ``lo`` and ``hi``: an
    adversary cue after it is that actor's ("after Russia invaded Ukraine")."""
    for m in _SUBORDINATOR.finditer(text, lo, hi):
        h = hit_covering(hits, m.end())
        if h is not None and h.start == m.end() and h.end < hi:
            return True
    return False


def _actor_at(hits: list[ActorHit], pos: int) -> bool:
    """An actor's surface starts at ``pos`` ("the West", "the Houthis")."""
    return any(h.actor.start == pos for h in hits)


def _attacker_before(text: str, s: int, d: _Draft, pre: str, hits: list[ActorHit]) -> None:
    """The subject that attacks the mention is its adversary: "the Houthis fired missiles at a coalition
    warship", "Russia struck the NATO-backed alliance"."""
    tail = pre[-60:]
    am = _ATTACK_BEFORE.search(tail) if _ATTACK_WORDS(fold(tail)) else None
    if am is None:
        return
    verb_start = s + len(pre) - len(tail) + am.start()
    found = _Draft(d.start, d.end, d.head, d.head_start)
    _take_subject(text, found, hits_before(hits, verb_start), verb_start)
    own = {a.code for a in d.members} | ({d.leader.code} if d.leader is not None else set())
    d.adversaries.extend(
        a
        for a in found.members
        if a.type in ("state", "government", "armed_group")
        and a.code not in own
        and text[a.end : a.end + 1] != "-"  # "Iran-backed groups targeted ...": Iran is not the attacker
    )


#: A leader's name standing for the state's forces: "Gaddafi's forces", "troops loyal to Syrian President
#: Bashar al-Assad". Only these phrases name the state; the name alone is a person.
_LEADER_FORCES = regex.compile(
    r"""(?<![\w-])(?P<name>\L<leaders>)['’‘]s\s++(?:[\p{Ll}\-]++\s++){0,2}?(?:\L<forces>)(?![\w-])
      | (?<![\w-])(?:forces|troops|fighters|soldiers|units|militias?|loyalists|gunmen)
        \s++(?:still\s++)?loyal\s++to\s++(?:(?:the\s++)?(?:[\p{L}\-]++\s++){0,2}?
                (?:President|president|leader|strongman|dictator|ruler|Prime\s++Minister|Supreme\s++Leader)\s++)?
        (?P<name>\L<leaders>)(?![\w-])""",
    regex.VERBOSE,
    leaders=sorted(LEADERS, key=len, reverse=True),
    forces=sorted(FORCE_NOUNS, key=len, reverse=True),
)
#: A literal prefilter for :data:`_LEADER_FORCES` (a stdlib trie of the names: no sentence pays for the
#: pattern unless it names a leader).
_LEADER_NAME = re.compile(trie(LEADERS))


def _with_leader_forces(
    text: str, s: int, e: int, hits: list[ActorHit], matcher: ActorMatcher
) -> list[ActorHit]:
    """``hits`` with each leader's forces ("Gaddafi's forces") as a government actor of the leader's state,
    replacing the hits inside the phrase ("Libyan" in "troops loyal to Libyan leader Muammar Gaddafi")."""
    if _LEADER_NAME.search(text, s, e) is None:
        return hits
    try:
        found = list(itertools.islice(_LEADER_FORCES.finditer(text, s, e, timeout=_T), 8))
    except TimeoutError:
        return hits
    extra: list[ActorHit] = []
    for m in found:
        entry = matcher.gazetteer.get(LEADERS[m.group("name")])
        if entry is not None:
            actor = Actor(m.group(), m.start(), m.end(), name=entry.name, code=entry.code, type="government")
            extra.append(ActorHit(actor, entry, "government", m.start(), m.end()))
    if not extra:
        return hits
    kept = [h for h in hits if not any(x.start < h.end and h.start < x.end for x in extra)]
    return sorted([*kept, *extra], key=lambda h: h.start)


#: The mention as the subject of an armed action: "Coalition warplanes struck ", " pounded the ".
_STRIKE_AFTER = regex.compile(
    r"""(?:\s++(?:fighter\s++jets|warplanes|planes|jets|aircraft|drones|bombers|helicopters|warships|ships|forces
                |troops|soldiers|artillery|gunships))?
        (?:\s++(?:also|again|reportedly|later|then|have|has|had|repeatedly|on\s++\p{Lu}\p{Ll}++day)){0,2}
        \s++(?:\L<verbs>)\s++(?:the\s++)?""",
    regex.VERBOSE | regex.IGNORECASE,
    verbs=sorted(STRIKE_VERBS, key=len, reverse=True),
)
#: ", killing more than 250 ": the casualties of the same action.
_KILLING = regex.compile(r"(?i),?\s++(?:killing|wounding)\s++")
#: What may stand between a strike verb and its object: a count and a few lower-case modifiers.
_OBJECT_GAP = regex.compile(
    r"(?i)(?:(?:more\s+than|at\s+least|some|about|nearly|dozens\s+of|hundreds\s+of|\d[\d,]*|the)\s+){0,2}"
    r"(?:[\p{Ll}\-]+\s+){0,2}"
)
#: A force noun after a state's name or demonym: "Yemen's army", "Iraqi troops" (not "Yemen's port city").
_FORCE_AFTER = regex.compile(
    r"(?:['’‘]s)?\s++(?:[\p{Ll}\-]++\s++){0,1}?(?:\L<forces>)(?![\w-])",
    forces=sorted(FORCE_NOUNS, key=len, reverse=True),
)
_FORCE_END = regex.compile(r"(?:\L<forces>)$", forces=sorted(FORCE_NOUNS, key=len, reverse=True))
_BACKER_AFTER = regex.compile(r"-(?:backed|aligned|allied|supported|sponsored|funded|armed|linked)\b")


def _armed_object(text: str, at: int, hits: list[ActorHit]) -> Actor | None:
    """The armed actor a strike verb's object at ``at`` names: an armed group, a leader's forces, or a state
    with a force noun ("Iraqi troops", "Yemen's army"); a place ("Yemen's port city") names none."""
    for h in hits_after(hits, at):
        if h.start - at > 60 or not _OBJECT_GAP.fullmatch(text, at, h.start):
            return None
        if _BACKER_AFTER.match(text, h.end):
            at = h.end + len(_BACKER_AFTER.match(text, h.end).group()) + 1  # type: ignore[union-attr]
            continue  # "Iranian-backed Houthi rebels": the backer is no target
        if h.entry.type == "armed_group" or (h.via == "government" and _FORCE_END.search(h.actor.text)):
            return h.actor
        if h.entry.type == "state" and _FORCE_AFTER.match(text, h.end):
            return h.actor
        return None
    return None


def _struck_after(text: str, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The armed actor the mention strikes: "Coalition warplanes struck Gadhafi's forces", "a coalition ...
    attacked a port, killing 40 Houthi rebels"."""
    m = _STRIKE_AFTER.match(text, d.end, e)
    if m is None:
        return
    target = _armed_object(text, m.end(), hits)
    if target is None:
        k = _KILLING.search(text, m.end(), min(e, m.end() + 80))
        if k is not None:
            target = _armed_object(text, k.end(), hits)
    own = {a.code for a in d.members} | ({d.leader.code} if d.leader is not None else set())
    if target is not None and target.code not in own:
        d.adversaries.append(target)
        # "targets Hamas and Islamic Jihad", "struck the Houthis, al-Qaeda and ISIS": armed groups listed on
        at = target.end
        for h in hits_after(hits, at)[:4]:
            if _STRUCK_LIST_GAP.fullmatch(text, at, h.start) is None or h.entry.type != "armed_group":
                break
            if h.actor.code not in own and all(a.code != h.actor.code for a in d.adversaries):
                d.adversaries.append(h.actor)
            at = h.end


#: What joins two armed groups struck: ", ", " and ", ", and the ".
_STRUCK_LIST_GAP = regex.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?")


#: The mention as the subject of a verb of taking ground, up to its place: " seized (the town) from ",
#: " recaptured (Mosul) from ", " has retaken ".
_TOOK_GROUND_AFTER = regex.compile(
    r"""(?i)(?:\s+(?:forces|troops|fighters|soldiers))?(?:\s+(?:has|have|had|later|then|finally|also))*
        \s+(?:seized|captured|recaptured|retook|retaken|took|taken|wrested|liberated|freed|cleared|won\s+back)
        \s+(?:[\w\-’']+\s+){1,5}?(?:back\s+)?from\s+(?:the\s+)?""",
    regex.VERBOSE,
)
#: The mention as the subject of a verb of driving an armed group out: " drove (al-Shabaab) out of ",
#: " pushed (the Houthis) from ", " expelled ".
_DROVE_OUT_AFTER = regex.compile(
    r"""(?i)(?:\s+(?:forces|troops|fighters|soldiers))?(?:\s+(?:has|have|had|later|then|finally|also))*
        \s+(?:drove|driven|pushed|forced|expelled|ousted|chased|flushed|routed|evicted)\s+(?:the\s+)?""",
    regex.VERBOSE,
)
_OUT_OF_AFTER = regex.compile(r"(?i)\s+(?:back\s+)?(?:out\s+of|from)\b")


def _ground_taken_after(text: str, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The armed actor the mention takes ground from or drives out: "The coalition recaptured Mosul from
    ISIS", "seized the town from Islamic State fighters", "drove al-Shabaab out of Mogadishu"."""
    own = {a.code for a in d.members} | ({d.leader.code} if d.leader is not None else set())
    tm = _TOOK_GROUND_AFTER.match(text, d.end, e)
    target = _armed_object(text, tm.end(), hits) if tm is not None else None
    if target is None and (dm := _DROVE_OUT_AFTER.match(text, d.end, e)) is not None:
        first = _armed_object(text, dm.end(), hits)
        if first is not None and _OUT_OF_AFTER.match(text, first.end, e) is not None:
            target = first
    if target is not None and target.code not in own:
        d.adversaries.append(target)


#: Attacks suffered from the mention, just before it: "is trying to stop attacks by ", "face attacks
#: from ".
_VICTIM_BEFORE = regex.compile(
    r"""\b(?:fac(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|endur(?:e|es|ed|ing)|c[ao]me?s?\s+under|coming\s+under
          |quell(?:s|ed|ing)?|repel(?:s|led|ling)?|fend(?:s|ed|ing)?\s+off|withst(?:and|ands|ood|anding)
          |thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?)
        \s+(?:[\w\-]+\s+){0,3}?(?:attacks?|strikes|assaults?|raids?|fire|offensives?|incursions?)\s+(?:by|from)\s+
        (?:[\p{Ll}\-]+\s+){0,8}$  # "attacks by several militias that are tied to ..."
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _victim_before(text: str, s: int, d: _Draft, pre: str, hits: list[ActorHit]) -> None:
    """The subject that suffers the mention's attacks is its adversary: "the United States is trying to
    stop attacks by several militias"."""
    tail = pre[-140:]
    vm = _VICTIM_BEFORE.search(tail) if "by" in tail or "from" in tail else None
    if vm is None:
        return
    verb_start = s + len(pre) - len(tail) + vm.start()
    found = _Draft(d.start, d.end, d.head, d.head_start)
    before = hits_before(hits, verb_start)
    _take_subject(text, found, before, verb_start, s)
    if not found.members and before and before[-1].via == "adjective":
        fa = _FORCE_AFTER.match(text, before[-1].end)  # "Israeli forces face attacks from ..."
        if fa is not None and _SPACES.fullmatch(text, fa.end(), verb_start):
            found.members.append(before[-1].actor)
    own = {a.code for a in d.members} | ({d.leader.code} if d.leader is not None else set())
    d.adversaries.extend(
        a for a in found.members if a.type in ("state", "government", "armed_group") and a.code not in own
    )


#: "a president driven out of the city by ": who ousted someone the mention stands for.
_OUSTED_BY = regex.compile(
    r"""\b(?:ousted|toppled|overthrown|deposed|driven\s+out|forced\s+out|expelled)\b(?:\s+[\w\-]+){0,5}?
        \s+by\s+(?:the\s+)?""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _ousted_by(text: str, d: _Draft, lim: int, hits: list[ActorHit]) -> None:
    """ "to reinstate a president driven out of the city by the rebels": the ouster is the adversary."""
    try:
        m = _OUSTED_BY.search(text, d.end, lim, timeout=_T)
    except TimeoutError:
        return
    if m is None:
        return
    h = hit_covering(hits, m.end())
    if h is not None and h.start == m.end() and h.entry.type in ("state", "armed_group"):
        d.adversaries.append(h.actor)


#: A purpose adjunct that closes the sentence and so serves every clause of it: ", all with the aim of ",
#: ", in order to ".
_PURPOSE_TAIL = regex.compile(
    r"""(?i),\s++(?:all\s++)?(?:with\s++the\s++(?:aim|goal|intention|purpose)\s++of|in\s++(?:order|a\s++bid)(?=\s++to\s)
        |so\s++as(?=\s++to\s)|aimed\s++at|aiming\s++at)\s++""",
    regex.VERBOSE,
)
#: What a demonym must qualify to name its state as a target: "further Russian aggression".
_HOSTILE_AFTER = regex.compile(
    r"""(?i)\s++(?:aggression|expansionism|expansion|threats?|attacks?|incursions?|invasion|provocations?
        |advances?|forces|troops|militants|rebels)(?![\w-])""",
    regex.VERBOSE,
)
_HOSTILE_GAP = regex.compile(
    r"(?i)(?:(?:further|continued|renewed|growing|future|possible|any|more|the)\s+){0,2}"
)


#: A verb of protecting and its object, then "from" before what threatens it: "to protect shipping from ",
#: "shields ships from further ".
_SHIELD_FROM = regex.compile(
    r"""(?i)\b(?:protect(?:s|ed|ing)?|shield(?:s|ed|ing)?|defend(?:s|ed|ing)?|safeguard(?:s|ed|ing)?
        |guard(?:s|ed|ing)?)\s+(?:[\w\-’']+\s+){0,4}?from\s+(?:the\s+)?
        (?:(?:further|continued|renewed|growing|future|possible|any|more)\s+)?""",
    regex.VERBOSE,
)
#: What a name after "from" must be followed by to be the threat (a possessive may stand between): "Houthi
#: attacks", "Russia's missiles".
_THREAT_AFTER = regex.compile(
    r"""(?i)(?:['’]s)?\s++(?:aggression|attacks?|strikes?|missiles?|drones?|raids?|incursions?|threats?|piracy
        |shelling|bombardments?|invasion|interference|coercion)(?![\w-])""",
    regex.VERBOSE,
)


def _shielded_from(text: str, d: _Draft, lim: int, hits: list[ActorHit]) -> None:
    """What the mention protects something from, in its clause: "set up to protect shipping from Houthi
    attacks", "shields ships from Russia's missiles" (an armed group or a state, before a noun of threat),
    "to protect the Baltics from Russia" (a state named alone, at the clause's end or before a comma)."""
    if lim - d.end < 12 or "from" not in text[d.end : lim]:
        return
    try:
        sm = _SHIELD_FROM.search(text, d.end, lim, timeout=_T)
    except TimeoutError:
        return
    if sm is None:
        return
    h = hit_covering(hits, sm.end())
    if h is None or h.start != sm.end() or h.actor.code in {m.code for m in d.members}:
        return
    if _THREAT_AFTER.match(text, h.end) is not None or (
        h.via in ("name", "capital") and _NAME_ENDS_CLAUSE.match(text, h.end) is not None
    ):
        d.adversaries.append(h.actor)


#: A verb of regarding right after the mention, up to the actor regarded: "(NATO) sees ", "(The alliance) has
#: long viewed ", "(the Quad) now calls " (not "does not see": a denied view names no target).
_REGARDS = regex.compile(
    r"""(?i)\s+(?:(?:has|have|had|now|still|long|increasingly|also|formally|openly|explicitly)\s+){0,3}
        (?:sees|saw|seen|views|viewed|regards|regarded|considers|considered|identifies|identified|names|named
           |labels|labell?ed|calls|called|describes|described|lists|listed|treats|treated)\s+(?:the\s+)?""",
    regex.VERBOSE,
)
#: A threat the regarded actor is taken for: "(Russia) as its most significant and direct threat", "(China) a
#: systemic challenge", "(Beijing) as the main rival".
_AS_A_THREAT = regex.compile(
    r"""(?i)\s+(?:as\s+)?(?:its|their|a|an|the)\s+(?:[\w\-]+\s+(?:and\s+)?){0,4}?
        (?:threats?|challenges?|adversar(?:y|ies)|enem(?:y|ies)|rivals?|foes?|dangers?|menaces?)\b""",
    regex.VERBOSE,
)


def _regarded_as_threat(text: str, d: _Draft, lim: int, hits: list[ActorHit]) -> None:
    """The actors the mention regards as a threat, named right after its verb: "The alliance sees Russia as
    its most significant threat", "NATO has called China a systemic challenge"."""
    rm = _REGARDS.match(text, d.end, lim)
    if rm is None:
        return
    actors, end = actor_list(text, rm.end(), lim, hits_after(hits, rm.end()), first_gap=0)
    members = {m.code for m in d.members} | ({d.entry.code} if d.entry is not None else set())
    if actors and _AS_A_THREAT.match(text, end, lim) and not {a.code for a in actors} & members:
        d.adversaries.extend(actors)


#: The end of a clause right after a name: "(from Russia)." / "(from Russia), officials said".
_NAME_ENDS_CLAUSE = regex.compile(r"\s*(?:[.,;:]|$)")


def _purpose_tail(text: str, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """The target of a purpose adjunct closing the sentence of the last mention: "Under the coalition's
    plans ..., all to deter any new Russian aggression" (a state only through a hostile
    noun, or an armed group)."""
    try:
        pm = _PURPOSE_TAIL.search(text, d.end, e, timeout=_T)
        cue = ADVERSARY_CUE.match(text, pm.end(), e) if pm is not None else None
    except TimeoutError:
        return
    if cue is None:
        return
    gap = _HOSTILE_GAP.match(text, cue.end(), e)
    at = gap.end() if gap is not None else cue.end()
    h = hit_covering(hits, at)
    if h is None or h.start != at or h.actor.code in {m.code for m in d.members}:
        return
    if h.entry.type == "armed_group" or (h.via == "adjective" and _HOSTILE_AFTER.match(text, h.end)):
        d.adversaries.append(h.actor)


_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")


def _by_years(text: str, s: int, e: int, fits: list[ActorEntry]) -> list[ActorEntry]:
    """Of known coalitions that fit a mention alike, those its sentence dates: a historical one whose years
    hold a year the sentence names ("invaded Iraq in 2003"); with no year at all, the ones that still exist
    when the sentence speaks in the present or the future ("said it would end its mission in Iraq")."""
    years = [int(y) for y in _YEAR.findall(text, s, e)]

    def span(f: ActorEntry) -> tuple[int, int] | None:
        ends = (f.founded or "")[:4], (f.dissolved or "")[:4]
        return (int(ends[0]), int(ends[1])) if all(x.isdigit() for x in ends) else None

    dated = [f for f in fits if f.historical and (r := span(f)) and any(r[0] <= y <= r[1] for y in years)]
    if dated or years or _PRESENT_VERB.search(text, s, e) is None:
        return dated  # ("Troops of the US-led coalition in Iraq left Baghdad": either, so none)
    return [f for f in fits if not f.historical]


#: A verb in the present or the future: the sentence speaks of today ("the countries in the coalition are").
_PRESENT_VERB = regex.compile(r"\b(?:is|are|has|have|will|would|remains?|says|plans?|wants?)\b")


def _known_coalition(
    text: str, d: _Draft, hits: list[ActorHit], matcher: ActorMatcher, sentence: tuple[int, int]
) -> None:
    """The id of a known ad-hoc coalition for a led mention whose leader and target fit exactly one entry:
    "the US-led coalition" in a sentence naming ISIS is the US-led anti-ISIS coalition; failing a target,
    one whose leader and theatre fit ("the Saudi-led coalition" in a sentence naming Yemen). A mention
    labelled by a description ("the coalition of the willing") takes the entry it describes."""
    if d.entry is not None or d.head == "org" or d.drop:
        return
    if d.label and (described := matcher.described.get(_SPACES.sub(" ", d.label).casefold())):
        entry = _by_theatre(text, d, described, matcher)
        if entry is not None:
            d.entry, d.kind = entry, d.kind or entry.kind
        return
    if (
        d.leader is None
        and d.polarity == "asserted"
        and d.head == "coalition"
        and d.adversaries
        and (
            (sm := _STATES_MOD.search(text, d.start, d.head_start)) is not None
            or (d.det == "the" and (sm := _ANTI_MOD.search(text, d.start, d.head_start)) is not None)
        )
    ):  # "the international coalition against Daesh ... in Iraq", "the anti-ISIS coalition": the known one
        # against that foe there
        foes = {a.code for a in d.adversaries if a.code}
        states = {h.entry.code for h in hits if h.entry.type == "state"}
        fits = [
            e
            for e in matcher.theatred
            if foes & set(e.adversaries)
            and not e.historical
            and any("coalition" in n.casefold() for n in (e.name, e.label or ""))  # not a mission (AMISOM)
        ]
        called = f"{sm.group().casefold()} coalition"
        by_name = [e for e in fits if any(n.casefold().startswith(called) for n in (e.name, *e.aliases))]
        if len(by_name) == 1:  # "the global coalition to defeat ISIL": the coalition whose name it is
            d.entry, d.kind = by_name[0], d.kind or by_name[0].kind
            return
        if len(fits) > 1 or not states & {t for f in fits for t in f.theatre}:
            fits = [e for e in fits if states & set(e.theatre)]
        if len(fits) == 1:
            d.entry, d.kind = fits[0], d.kind or fits[0].kind
        return
    if (
        d.leader is None
        and d.polarity == "asserted"
        and d.head == "coalition"
        and d.det == "the"
        and not d.label
        and not d.members
        and _UNLED_THEATRE_MOD.fullmatch(text, d.start + 3, d.head_start) is not None
    ):  # "The Arab coalition fighting in Yemen", "the Western-backed coalition bombing Yemen": the one
        # known coalition whose theatre the sentence names
        states = {h.entry.code for h in hits if h.entry.type in ("state", "government")}
        fits = [
            f
            for f in matcher.theatred
            if states & set(f.theatre)
            and not f.historical
            and any("coalition" in n.casefold() for n in (f.name, f.label or "", *f.aliases))
        ]
        if len(fits) == 1:
            d.entry, d.kind = fits[0], d.kind or fits[0].kind
        return
    if d.leader is None or d.polarity != "asserted":
        return
    targets = {a.code for a in d.adversaries if a.code} or {
        h.entry.code for h in hits if h.entry.type == "armed_group"
    }
    # a body's force keeps the body as the one that runs it when a state leads it ("Uganda leads the African
    # Union mission in Somalia": the AU's mission there)
    runs = d.runner.code if d.runner is not None else d.leader.code
    fits = [e for e in matcher.known if e.leader == runs and targets & set(e.adversaries)]
    if not fits:
        states = {h.entry.code for h in hits if h.entry.type == "state"} - {d.leader.code, runs}
        fits = [e for e in matcher.theatred if e.leader == runs and states & set(e.theatre)]
        if len(fits) > 1:
            fits = _by_years(text, *sentence, fits)  # "the US-led coalition ... in Iraq": 2003 or today
    # "the US-led alliance": definite and singular, with no kind word, an alliance the data knows by name
    plain = d.kind is None and d.det == "the" and d.head == "alliance"
    if (
        not fits
        and d.head in _STANDING_DESCRIPTION_HEADS
        and (d.kind in _ARMED_KINDS or plain)
        and not d.label
    ):
        # "a Russian-led security alliance": the one standing armed body the data says that state leads
        stated = member_count(text, d.start, d.end)
        own = {a.code for a in d.members if a.code and a.type in ("state", "government")}
        new = _NEW_WORD.search(text, d.start, d.head_start) is not None  # "a new Russian-led alliance"
        fits = [
            e
            for e in matcher.standing_bodies
            if e.leader == d.leader.code
            and not e.historical
            and not new
            and e.kind in _ARMED_KINDS
            and own <= set(e.members)  # "Moscow and Tehran are forming a Russian-led alliance": not the CSTO
            and (stated is None or abs(stated - len(e.members)) <= 1)
            and (not plain or any(w in n for n in (e.name, *e.aliases) for w in ("Alliance", "Treaty")))
        ]
    if len(fits) == 1:
        d.entry, d.kind = fits[0], d.kind or fits[0].kind


_NEW_WORD = regex.compile(r"(?i)\b(?:new|proposed|planned|potential|future|possible|rival)\b")
#: Nouns that describe a standing armed body by its leader: "a Russian-led security alliance".
_STANDING_DESCRIPTION_HEADS = frozenset({"alliance", "bloc", "organization", "organisation", "pact"})


#: How far around a described mention its theatre is looked for (a few sentences of an article).
_THEATRE_WINDOW = 1500


def _by_theatre(
    text: str, d: _Draft, entries: Sequence[ActorEntry], matcher: ActorMatcher
) -> ActorEntry | None:
    """The one of ``entries`` (coalitions sharing a description) whose theatre the text around the mention
    names; with none named, the most recently founded (news of today); with several, none."""
    if len(entries) == 1:
        return entries[0]
    lo, hi = max(0, d.start - _THEATRE_WINDOW), min(len(text), d.end + _THEATRE_WINDOW)
    named = {h.entry.code for h in matcher.hits(text, lo, hi) if h.entry.type in ("state", "government")}
    # a war leader's name stands for the state fought ("refused the coalition of the willing, which toppled
    # Saddam")
    if _LEADER_NAME.search(text, lo, hi) is not None:  # (the stdlib trie as a prefilter)
        named.update(LEADERS[m.group()] for m in _WAR_LEADER.finditer(text, lo, hi))
    fits = [e for e in entries if named & set(e.theatre)]
    if len(fits) == 1:
        return fits[0]
    if fits:
        return None
    # a year near the mention within one coalition's lifetime: "In 2003, the coalition of the willing"
    years = {int(m.group()) for m in _YEAR.finditer(text, max(0, d.start - _YEAR_REACH), d.end + _YEAR_REACH)}
    dated = [e for e in entries if e.founded and any(_lived(e, y) for y in years)]
    if len(dated) == 1:
        return dated[0]
    return max(entries, key=lambda e: e.founded or "")


#: The names of :data:`LEADERS`, longest first, as whole words.
_WAR_LEADER = regex.compile(r"\b(?:\L<names>)\b", names=sorted(LEADERS, key=len, reverse=True))
#: How far from a described mention a year (:data:`_YEAR`) is read.
_YEAR_REACH = 200


def _lived(entry: ActorEntry, year: int) -> bool:
    """Did the coalition exist in ``year`` (from its founding to its dissolution, or to now)?"""
    first = int(entry.founded or "0")
    last = int(entry.dissolved) if entry.dissolved else 9999
    return first <= year <= last


def _owned_war(text: str, s: int, pos: int) -> bool:
    """Is the war at ``pos`` someone else's ("Israel wages a war on") or past ("since the invasion of")?"""
    before = text[max(s, pos - 24) : pos]
    return bool(
        _TIME_PREPOSITION_BEFORE.search(before)
        or _WAR_VERB_BEFORE.search(before)
        or _LED_BEFORE.search(before)
    )


@functools.lru_cache(maxsize=16)  # asked once per mention of the same sentence; str hashes are cached
def _war_spots(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    """Where the sentence ``text[s:e]`` speaks of a war on someone ("the war on Iraq")."""
    return tuple((m.start(), m.end()) for m in _WAR_ON.finditer(text, s, e))


def _war_context(text: str, s: int, e: int, d: _Draft, hits: list[ActorHit]) -> None:
    """A military coalition's target named elsewhere in its sentence: "To frame its war on Iraq as a shared
    duty, London rallied a coalition of the willing"."""
    if d.adversaries or d.polarity == "negated" or d.head not in _WAR_HEADS:
        return
    wars = _war_spots(text, s, e)
    if not wars or _is_headline(text[s:e]):
        return
    members = {m.code for m in d.members} | ({d.leader.code} if d.leader is not None else set())
    for w_start, w_end in wars:
        if d.start <= w_start < d.end or _owned_war(text, s, w_start):
            continue
        after = hits_after(hits, w_end)
        actors, _ = actor_list(text, w_end, e, after, first_gap=4)
        actors = [a for a in actors if a.code not in members]
        if actors:
            d.adversaries.extend(actors[:1])
            return


def _kind(text: str, d: _Draft, lim: int, e: int) -> None:
    """Kind from the mention's words; an organisation keeps its gazetteer kind unless the text denies it."""
    words = {w.casefold() for w in _WORD.findall(text[d.start : d.end])}
    nxt = _WORD.match(text, d.end + 1) if d.end + 1 < len(text) else None
    if nxt is not None and text[d.end : d.end + 1] == " ":
        words.add(nxt.group().casefold())
    kinds: tuple[CoalitionKind, ...] = ("military", "security", "economic", "political")
    for kind in kinds:
        if words & KIND_CUES[kind] and (d.entry is None or d.entry.kind is None):
            d.kind = kind
            break
    else:
        if d.kind is None and (
            (
                d.head in ("coalition", "coalitions")
                and (
                    any(a.type == "armed_group" for a in d.adversaries)
                    or (d.leader is not None and d.leader.code)
                )
            )
            or (
                d.head in ("mission", "force", "forces")
                and any(a.type == "armed_group" for a in d.adversaries)
            )
            # "a multinational African force": troops of several states
            or (d.head in ("force", "forces") and _MULTINATIONAL_MOD.search(text, d.start, d.head_start))
        ):
            d.kind = "military"  # "the SADC mission ... to fight the M23"
    if d.entry is not None and d.entry.kind is not None and d.kind is not None:
        # "a Moscow-dominated security pact, the CSTO": the kind the text's
        # own description gives, one only, outside the body's name, wins over the gazetteer's
        said = {
            k
            for k in kinds
            if any(
                w.casefold() in KIND_CUES[k]
                for w in _WORD.findall(_without_names(text[d.start : d.end], d.entry))
            )
        }
        if len(said) == 1:
            d.kind = said.pop()
    if (
        d.kind == "political"
        and d.head == "org"
        and d.entry is not None
        and (
            _ECONOMIC_OFFICE_BEFORE.search(text, max(0, d.start - 60), d.start) is not None
            or _ECONOMIC_OFFICE_AFTER.match(text, d.end, e) is not None
        )
    ):
        d.kind = "economic"  # "Oil ministers of the Arab League", "ASEAN finance ministers": the body's
        # economic arm meets
    kn = _KIND_NOT.match(text, d.end, e)
    if kn is not None:
        d.kind_denied = kn.group("k").casefold()
        if d.kind == d.kind_denied:
            d.kind = None


def _without_names(surface: str, entry: ActorEntry) -> str:
    """``surface`` with every name, alias and acronym of ``entry`` blanked out ("a security bloc, the
    Collective Security Treaty Organization" keeps "a security bloc, the")."""
    for name in sorted(
        (entry.name, *entry.aliases, *entry.acronyms, entry.label or ""), key=len, reverse=True
    ):
        if name:
            surface = regex.sub(rf"(?i)(?<!\w){regex.escape(name)}(?!\w)", " ", surface)
    return surface


#: Economic office-holders of a body right before or after its name: "Economy and finance ministers of
#: (the)", "deputy oil ministers of the", " finance ministers", " states' trade ministers".
_ECONOMIC_PORTFOLIO = r"(?:oil|energy|petroleum|economy|economic|finance|financial|trade|commerce|industry)"
_ECONOMIC_OFFICE_BEFORE = regex.compile(
    rf"""(?i)\b{_ECONOMIC_PORTFOLIO}\s+(?:(?:and|&)\s+{_ECONOMIC_PORTFOLIO}\s+)?
        (?:ministers?|ministries|chiefs|officials)\s+(?:of|from)\s+(?:the\s+)?$""",
    regex.VERBOSE,
)
_ECONOMIC_OFFICE_AFTER = regex.compile(
    rf"""(?i)(?:['’]s?|\s+(?:states|countries|nations|members|member\s+states)(?:['’])?)?
        \s+{_ECONOMIC_PORTFOLIO}\s+(?:(?:and|&)\s+{_ECONOMIC_PORTFOLIO}\s+)?(?:ministers?|ministries|chiefs)\b""",
    regex.VERBOSE,
)


def _definite(d: _Draft) -> bool:
    """A mention of something already there: a definite determiner, or a body named by its name (not "a
    NATO-style pact")."""
    return d.det in _DEFINITE or (d.entry is not None and d.head == "org" and not d.generic)


#: Plural heads that, bare, speak of such blocs in general: "does not join military alliances".
_PLURAL_HEADS = frozenset({"alliances", "blocs", "coalitions", "pacts"})


def _bare_plural(d: _Draft) -> bool:
    """Is ``d`` a plural head with no determiner and no body named ("military alliances"), which a refused
    entry denies as an indefinite one is ("not join a bloc")?"""
    return d.det is None and d.entry is None and d.head in _PLURAL_HEADS


def _headline_bare(text: str, s: int, e: int, d: _Draft) -> bool:
    """Is ``d`` a bare singular with no body named and no leader ("rules out joining military bloc"): a
    headline's, whose article was dropped, so that it may be an indefinite one? Prose puts an article there;
    a title-case headline is read as one too."""
    return (
        d.det is None
        and d.entry is None
        and d.leader is None
        and d.head not in _PLURAL_HEADS
        and (text[d.start].islower() or _is_headline(text[s:e]))
    )


def _polarity(text: str, s: int, e: int, d: _Draft, pre: str) -> None:
    """Negated, hypothetical or hedged when a cue governs the mention's existence; else asserted."""
    if d.entry is not None and d.entry.standing and not d.generic:
        return
    window = pre[-90:]
    after = text[d.end : min(e, d.end + 70)]
    fw, fa = fold(window), fold(after)  # the literal prefilters below read these
    try:
        if (
            (d.det in _INDEFINITE or _bare_plural(d) or _headline_bare(text, s, e, d))
            and ("nothing" in fw or "no" in fw or "not" in fw or "n't" in fw or "n’t" in fw)
            and _LIFTED_BAR.search(window, timeout=_T) is not None
        ):
            # "nothing bars Austria from joining a military alliance": the bar denied leaves the entry open
            d.polarity = "hypothetical"
        elif (
            (_NEGATED_WORDS(fw) and _NEGATED.search(window, timeout=_T))
            or d.det == "no"
            or (
                (d.det in _INDEFINITE or _bare_plural(d))
                and _NEGATED_WORDS(fw)
                and _NEGATED_ENTRY.search(window, timeout=_T)
            )  # "will not join a bloc", "does not participate in military alliances"
            or (
                _NEGATED_WORDS(fw)
                and _headline_bare(text, s, e, d)
                and _NEGATED_ENTRY.search(window, timeout=_T)
            )  # a headline's "Serbia rules out joining military bloc": its article dropped
            or (d.det == "any" and _ANY_NEGATED.search(window[-50:], timeout=_T) is not None)
            or (_NEGATED_WORDS(fa) and _NEGATED_AFTER.match(after, timeout=_T) is not None)
            or (not _definite(d) and _REJECTED.search(window[-60:], timeout=_T) is not None)
        ):
            d.polarity = "negated"
            if _MEMBERSHIP_BEFORE.search(window[-40:]) is None:
                # "never formed any bloc aimed at NATO": a target of the denied bloc is denied with it; a
                # membership refused ("not party to any coalition against Yemen") leaves its target
                d.denied_foes = any(a.code for a in d.adversaries)
                d.adversaries.clear()
        elif (
            (
                (_HEDGED_BEFORE_WORDS(fw) and _HEDGED_BEFORE.search(window, timeout=_T))
                or (_HEDGED_AFTER_WORDS(fa) and _HEDGED_AFTER.match(after, timeout=_T))
                # "accused NATO of building a bloc"; a likeness ("building an Asian NATO") stays a supposition
                or (
                    d.head != "like"
                    and "accus" in fw
                    and _ACCUSED_OF_BUILDING.search(window[-70:], timeout=_T)
                )
                or (not _definite(d) and "claim" in fw and _CLAIM_BEFORE.search(window, timeout=_T))
                # "reports of a secret alliance", "rumours of a pact": a bloc only reported
                or (
                    not _definite(d)
                    and ("report" in fw or "rumo" in fw or "alleg" in fw or "speculat" in fw)
                    and _REPORTS_OF_BEFORE.search(window[-60:], timeout=_T) is not None
                )
                # "what some call an axis of upheaval": a name others give it
                or (not _definite(d) and "what" in fw and _WHAT_CALLED.search(window[-60:], timeout=_T))
            )
            and not _RESPONDS.match(after)
        ):  # "a claim the alliance rejected": the claim is not the alliance's
            d.polarity = "hedged"
        elif (
            (
                (_HYPOTHETICAL_WORDS(fw) and _HYPOTHETICAL.search(window, timeout=_T))
                or (d.det in _INDEFINITE and _SUPPOSED_BEFORE.search(window[-60:], timeout=_T) is not None)
                or (
                    d.head in _TALKED_OVER_HEADS
                    and (d.det in _INDEFINITE or _headline_bare(text, s, e, d))
                    and _TALKED_OVER_BEFORE.search(window[-60:], timeout=_T) is not None
                )
                or (
                    d.det in _INDEFINITE
                    and " if " in fa
                    and _FUTURE_BEFORE.search(window, timeout=_T) is not None
                    and _IF_AFTER.match(after, timeout=_T) is not None
                )  # "will send troops to join a US-led operation if diplomacy fails"
                or _INVERTED_IF.match(pre) is not None  # "Had we wanted to join an alliance, we would have"
                # "Asked whether Moscow and Beijing were forming a military alliance": a bloc asked about
                or (
                    (d.det in _INDEFINITE or (d.det is None and d.head == "allies"))
                    and "whether" in fw
                    and _WHETHER_FORMING.search(window, timeout=_T)
                )
                # "Asked whether a defence pact with Iran was on the table": the bloc asked about
                or (d.det in _INDEFINITE and _WHETHER_RIGHT_BEFORE.search(window[-12:]) is not None)
                # "warned against forming a military bloc", "opposes the creation of military blocs": a bloc
                # opposed is one not (yet) there
                or (
                    (d.det in _INDEFINITE or _bare_plural(d))
                    and _OPPOSED_WORDS(fw)
                    and _OPPOSED_BEFORE.search(window[-80:], timeout=_T) is not None
                )
            )
            # "A Far East security pact was floated by Moscow": a bloc only put forward
            or (d.det in _INDEFINITE and _PROPOSED_AFTER.match(after, timeout=_T) is not None)
            or (
                _HYPOTHETICAL_AFTER_WORDS(fa)
                and (hm := _HYPOTHETICAL_AFTER.match(after, timeout=_T)) is not None
                and (
                    not _definite(d)
                    or (
                        hm.group().lstrip().casefold()[:5] != "would"
                        and _WOULD_END.search(hm.group()) is None
                    )
                )  # "said the Axis of Resistance would not": a named body is there, "would" reports speech
            )
        ):
            d.polarity = "hypothetical"
        elif d.det in _INDEFINITE and text[e - 1 : e] == "?" and _EXISTENCE_QUESTION.match(text, s, d.start):
            d.polarity = "hedged"  # "Is a Central Asian alliance taking shape?": asked, not asserted
        elif d.det in _INDEFINITE and text[e - 1 : e] == "?" and _MODAL_QUESTION.match(text, s, d.start):
            d.polarity = "hypothetical"  # "Would it then join a Eurasian bloc?": a bloc supposed
    except TimeoutError:
        return


#: A bloc opposed or warned against, right before an indefinite or bare plural mention: "warned against ",
#: "opposes the creation of ", "cautioned against forming ", "objects to the idea of "; the one warned may
#: stand between ("cautioned Asean members against joining ", "warned Manila against entering ").
_OPPOSED_BEFORE = regex.compile(
    r"""(?i)\b(?:(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)(?:\s+[\w\-’']+){0,4}?\s+against
          |oppos(?:e|es|ed|ing)|object(?:s|ed|ing)?\s+to)
        (?:\s+(?:the\s+)?(?:idea|creation|formation|establishment|emergence|prospect|building|forging)\s+of
          |\s+(?:forming|creating|building|establishing|forging|setting\s+up|joining|entering))?\s+$""",
    regex.VERBOSE,
)
#: What others call a mention, right before it: "what some call ", "what analysts have dubbed ".
_WHAT_CALLED = regex.compile(
    r"(?i)\bwhat\s+(?:[\w\-]+\s+){1,3}?(?:calls?|called|dubs?|dubbed|terms?|termed|describes?\s+as)\s+"
    r"[\p{Pi}\"']?$"  # ('what he called "an alliance of convenience"')
)
#: A bloc asked about, formed, joined or held: "whether Moscow and Beijing were forming ", "whether Moscow
#: and Tehran had ", "whether there was ".
_WHETHER_RIGHT_BEFORE = regex.compile(r"(?i)\bwhether\s+$")
_WHETHER_FORMING = regex.compile(
    r"(?i)\bwhether\b[^.;:]{0,60}?\b(?:forming|creating|building|establishing|joining|form|create|build"
    r"|establish|join|formed|created|built|established|joined|forged|forging|had|has|have|signed|sealed"
    r"|concluded|there\s+(?:is|was|were|are|would\s+be)"
    # "unclear whether the pact amounts to a military alliance": what it is asked to be
    r"|amount(?:s|ed)?\s+to|constitut(?:e|es|ed)|represent(?:s|ed)?|(?:can|could|will|would)\s+become"
    # "asked whether Russia and China were allies", "whether they are in an alliance": what they may be
    r"|(?:are|were|is|was|remain|remained)(?:\s+(?:now|still|really|in|members?\s+of|part\s+of))?)\s+$"
)
#: The condition clause of an inverted conditional that opens the sentence: "Had Chad joined ", "Were
#: Manila to join " (up to the first comma or stop: the main clause after it asserts).
_INVERTED_IF = regex.compile(
    r"^\s*[\p{Pi}\"']?(?:Had|Were)\s+(?:\p{Lu}[\p{L}\-]*|we|they|it)\b[^.;:,!?]{0,80}$"
)


#: A question about being that opens right before an indefinite mention: "Is ", "Are there ", "Was ".
_MODAL_QUESTION = regex.compile(r"[\p{Pi}\"']?(?:Would|Could|Will|Should|Might|Can)\s+[^.;:?!]*$")
_EXISTENCE_QUESTION = regex.compile(
    r"""[\p{Pi}"']?(?:(?:Is|Are|Was|Were)(?:\s+there)?
        # "Are Russia and China building an alliance?", "Have Moscow and Tehran forged a pact?": asked
        |(?:Is|Are|Was|Were|Has|Have|Had)\s+[^.;:?!,]{2,60}?\s+(?:(?:really|now|quietly|secretly|finally)\s+)?
          (?:building|forming|forging|creating|cementing|assembling|in|built|formed|forged|created|cemented))\s+$""",
    regex.VERBOSE,
)


# Literal prefilters of the polarity patterns. Each pattern names one of its words (a conjunction: one of
# each group), matched case-insensitively, so a plain substring test on the folded text (see
# :func:`geoquote._coalition_lexicon.fold`) is true wherever the pattern can match; a window without them
# skips the pattern.


def _any_of(*groups: tuple[str, ...]) -> Callable[[str], bool]:
    """A test that the folded text holds a word of every group (one stdlib ``re`` alternation of literals a
    group: a scan in C instead of a substring test a word)."""
    finders = [re.compile("|".join(map(re.escape, g))).search for g in groups]
    return lambda folded: all(find(folded) is not None for find in finders)


def _either(*tests: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda folded: any(t(folded) for t in tests)


_HEDGE_WORDS = (
    "may", "might", "appear", "seem", "accus", "like", "resembl", "smack", "reek",
    "seen", "viewed", "regarded", "perceived", "claim", "alleged", "purported", "reported", "rumo",
    "supposed", "said", "believed", "thought", "understood", "how",
    "describ", "characteri", "portray", "depict", "paint", "brand", "label", "cast",
)  # fmt: skip
_PLAN_WORDS = (
    "plan", "bid", "attempt", "effort", "propos", "hope", "aim", "seek", "sought", "strategy", "path",
    "agree", "decide", "vowed", "pledged",
    "push", "call", "would", "will", "could", "should", "may", "might", "shall", "intend", "want", "moving",
    "working", "talk", "idea", "set", "expected", "poised", "due", "likely", "prepar", "ready", "about",
    "close", "verge", "nearing",
)  # fmt: skip
_MAKE_WORDS = (
    "creat", "form", "forge", "build", "establish", "set", "assemble", "develop", "lead", "launch", "field",
    "sign", "seal", "conclud", "ink",
)  # fmt: skip
_ATTACK_WORDS = _any_of(
    ("attack", "hit", "struck", "strike", "target", "shell", "ambush", "shot", "fired", "launched")
)
_NEGATED_WORDS = _any_of(
    (
        "no",
        "n't",
        "n’t",
        "never",
        "without",
        "neither",
        "reject",
        "deni",
        "deny",
        "dismiss",
        "ruled",
        "rules",
        "ruling",
        "refus",
        "declin",
        "oppos",
        "short",
        "not",
        "rather",
        "more than",
        "instead",
        "myth",
        "fiction",
        "fantasy",
        "figment",
        "none",
        "off the table",
        "out of the question",
        "far from",
        "far cry",
        "anything but",
        "hardly",
        "scarcely",
        "from joining",  # "bars it from joining", "forbids joining" (an entry barred)
        "from entering",
        "from being",
        "from taking",
        "forbid",
        "forbade",
        "prohibit",
        "preclud",
        "failed to",  # "the pact failed to materialise"
        "avoid",  # "avoided calling their ties an alliance"
        "refrain",
    )
)
_IF_VERBS = ("sign", "conclu", "agree")  # "if Moscow and Beijing ever signed a defence pact"
_HEDGED_BEFORE_WORDS = _any_of(_HEDGE_WORDS)
_OPPOSED_WORDS = _any_of(("against", "oppos", "object"))
_HEDGED_AFTER_WORDS = _any_of(("seem", "appear", "claimed", "alleged", "speculated", "suggested", "exist"))
_HYPOTHETICAL_WORDS = _either(
    _any_of(_PLAN_WORDS, _MAKE_WORDS),
    _any_of(("idea", "concept", "strategy", "would", "will", "could", "might", "may", "can")),
    _any_of(("mov", "edg", "inch", "drift", "head", "gravitat"), ("to",)),
    _any_of(
        ("if", "unless", "should"),
        (*_MAKE_WORDS, "join", "enter", "becom", "became", "turn", "evolv", "propos", "float", *_IF_VERBS),
    ),
)
_HYPOTHETICAL_AFTER_WORDS = _any_of(
    (
        "should",
        "would",
        "could",
        "must",
        "might",
        "will",
        "unlikely",
        "improbable",
        "prospect",
        "far off",
        "away",
    )
)


_DENIABLE_HEADS = frozenset({"alliance", "alliances", "bloc", "blocs"})


_OF_THE_GOVERNMENT = regex.compile(
    r"(?i)\s+of\s+the\s+(?:(?:ruling|governing|coalition|incumbent|current)\s+)?(?:government|party|prime\s+minister|premier|cabinet)\b"
)


#: A coalition of parties by its own modifier: "Israel's governing coalition" (not "coalition partners", which
#: the coalition against ISIS has too).
_GOVERNING_COALITION = regex.compile(r"(?i)\b(?:ruling|governing|government|opposition)\s+coalition\b")
#: A chamber after a coalition noun, which makes it a group of parties: "the largest bloc in parliament".
_IN_PARLIAMENT = regex.compile(
    r"(?i)\s+in\s+(?:the\s+)?(?:\w+\s+)?(?:parliament|legislature|assembly|knesset|senate|congress|chamber)\b"
)


#: The fewest letters of a state's name written in capitals that make it a party alliance's acronym ("the
#: INDIA bloc"), not an abbreviation ("the US bloc", "UAE", "DRC").
_ACRONYM_NAME_MIN = 4


def _state_name_as_acronym(text: str, s: int, e: int, d: _Draft) -> bool:
    """Is the state before the mention's noun a party alliance's acronym: a state's name of some length
    written in capitals in a sentence that is not ("the opposition INDIA bloc", an alliance of Indian
    parties, not India)?"""
    a = d.leader
    if a is None or a.type != "state" or not (d.start <= a.start < d.head_start):
        return False
    if len(a.text) < _ACRONYM_NAME_MIN or not a.text.isalpha() or not a.text.isupper() or a.name.isupper():
        return False
    # a headline or a slug in capitals names the state so ("THE INDIA-LED BLOC")
    return not text[d.head_start : d.end].isupper() and not text[s:e].isupper()


#: Two party colours or more joined by hyphens, or a traffic light, before the head: the parties of a
#: coalition at home named by their colours ("the red-green alliance", "a black-red-green coalition").
_PARTY_COLOURS = regex.compile(
    r"""(?i)\b(?:red|green|black|yellow|blue|orange|purple|pink|turquoise|brown)
        (?:-(?:red|green|black|yellow|blue|orange|purple|pink|turquoise|brown))+\b
        |\btraffic[-\s]light\b""",
    regex.VERBOSE,
)


#: Domestic cues that name a camp by its politics, which a bloc of states may share too: "the leftist bloc
#: of Latin American states", "a right-wing alliance of governments" (unlike "opposition" or "ruling").
_IDEOLOGY_CUES = frozenset(
    {
        "leftist",
        "rightist",
        "left-wing",
        "right-wing",
        "far-left",
        "far-right",
        "centre-left",
        "center-left",
        "centre-right",
        "center-right",
        "centrist",
    }
)
#: A mention that ends in states of its own: "(a leftist bloc) of Latin American states".
_OF_STATES_END = regex.compile(r"(?i)of\s+(?:[\w\-]+\s+){0,3}(?:states|countries|nations|governments)$")


def _states_bloc(text: str, d: _Draft) -> bool:
    """Is a mention one of states by what the text reads into it: two member states, a state leading it,
    or a head "of ... states" ("The leftist bloc in Latin America, led by Brazil and Mexico")?"""
    return (
        _states(d) >= 2
        or (d.leader is not None and d.leader.type == "state")
        or _OF_STATES_END.search(text, d.start, d.end) is not None
    )


def _is_domestic(text: str, s: int, e: int, d: _Draft, headline: bool) -> bool:
    """A domestic, party or personal coalition, or a bare mention with nothing international about it."""
    if d.drop:
        return True
    if _state_name_as_acronym(text, s, e, d):
        d.domestic = True
        return True  # "the INDIA bloc": Indian parties named by an acronym, not the state
    resolved = [a for a in (d.leader, *d.members, *d.adversaries) if a is not None and a.code]
    if not d.members and not d.adversaries and _PARTY_COLOURS.search(text, d.start, d.head_start) is not None:
        d.domestic = True
        return True  # "the red-green alliance", "the traffic-light coalition": parties by their colours
    if (
        d.poss_leader
        and d.head in ("coalition", "coalitions")
        and not d.members
        and not d.adversaries
        and may_hold_domestic_cue(text[s:e])
        and DOMESTIC_CUE.search(text, s, e) is not None
    ):
        d.domestic = True
        return True  # "Israel's coalition has 64 seats": the state's governing parties
    if (
        may_hold_domestic_cue(text[d.start : d.head_start + 1])
        and (dc := DOMESTIC_CUE.search(text, d.start, d.head_start + 1)) is not None
        and not (dc.group().casefold() in _IDEOLOGY_CUES and _states_bloc(text, d))
    ):
        d.domestic = True
        return True  # "Belgium's centre-right coalition", "Syria's opposition National Coalition"
    if (d.head == "coalition" and _GOVERNING_COALITION.search(text, d.start, d.end) is not None) or (
        d.head in ("coalition", "alliance", "bloc") and _IN_PARLIAMENT.match(text, d.end, e) is not None
    ):
        d.domestic = True
        return True  # "Israel's governing coalition", "the Fatah bloc in parliament": parties at home
    if (
        d.head in ("ally", "allies")
        and not resolved
        and _OF_THE_GOVERNMENT.match(text, d.end, min(e, d.end + 40)) is not None
    ):
        return True  # "the PPP, a key ally of the government": a party's standing at home
    if d.denied_foes and not resolved:
        return False  # "it is not a coalition against Russia": denied, but a coalition among states
    if d.head == "like":
        return False  # "an Indo-Pacific Nato": a bloc like a body, named by place
    if not resolved and d.entry is None and _NAMES_COMPOUND.search(text, d.start, d.head_start) is not None:
        return True  # "the Renault-Nissan-Mitsubishi alliance": names the gazetteer does not know, companies
    if (
        d.head in ("alliance", "alliances", "coalition", "bloc", "group", "grouping", "partnership")
        and d.entry is None
        and _CARRIERS_LISTED.match(text, d.end, e) is not None
    ):
        return True  # "The oneworld alliance includes British Airways": carriers, whatever states they name
    if (
        d.head in ("alliance", "alliances", "coalition")
        and d.det is None
        and d.entry is None
        and _FIRMS_NOUN_BEFORE.search(text, max(s, d.start - 24), d.start) is not None
    ):
        return True  # "The airline alliance Oneworld added Fiji Airways": carriers, whatever they name
    if (
        d.head in ("alliance", "alliances")
        and not resolved
        and d.entry is None
        and _FIRMS_MOD.search(text, d.start, d.head_start) is not None
    ):
        return True  # "Airbus and Safran formed an industrial alliance": firms ("our industrial allies" are
        # states)
    if (
        d.head in ("coalition", "alliance")
        and d.det is None
        and not resolved
        and d.entry is None
        and _PARTNERS_AFTER.match(text, d.head_start + len(d.head))  # (capitalised, it may hold a label)
        and _home_talk(text, d.start)
    ):
        return True  # "Coalition partners will extract their price" in election talk: parties at home
    ctx = text[max(s, d.start - 60) : min(e, d.end + 40)]
    foreign_leader = d.leader is not None and d.leader.code and d.head != "org"
    weak = not resolved or (d.head in ("coalition", "alliance", "bloc") and not (d.leader and d.leader.code))
    if (
        weak
        and not foreign_leader
        # "Neutrality bars Austria from joining a military alliance, the chancellor said": parties at home do
        # not form military alliances, so a word of home politics near one is the speaker's, not the bloc's
        and d.kind != "military"
        and may_hold_domestic_cue(ctx)
        and DOMESTIC_CUE.search(ctx)
        # (not when politics are all it names and states make it up: "a leftist bloc of Latin American
        # states, including Bolivia and Venezuela")
        and not (
            _states_bloc(text, d)
            and {m.group().casefold() for m in DOMESTIC_CUE.finditer(ctx)} <= _IDEOLOGY_CUES
        )
    ):
        return True
    if (
        d.head
        in (
            "coalition",
            "coalitions",
            "alliance",
            "alliances",
            "bloc",
            "blocs",
            "confederation",
            "axis",
        )
        and (
            d.det in ("a", "an", None)
            # "her party ... would not join any coalition": at home by a domestic word of its sentence (but
            # "Pakistan will not join any coalition" is a state's refusal)
            or (
                d.det == "any"
                and may_hold_domestic_cue(text[s:e])
                and DOMESTIC_CUE.search(text, s, e) is not None
            )
        )
        and not resolved
        and not d.label
        and d.kind is None
        and d.entry is None
    ):
        return not (
            d.leader is not None
            or d.evidence
            or d.anaphoric_group  # "The three countries, which formed an alliance": named before
            or d.head in ("axis", "confederation")
            # "stops short of a formal alliance", "a formal alliance would tie ...": an alliance denied
            # or supposed between states ("coalition" is left out: at home, parties plan and rule out those)
            or (
                d.head in _DENIABLE_HEADS
                and d.det is not None
                and d.polarity in ("negated", "hypothetical", "hedged")
            )
        )
    if d.head in ("allies", "ally"):
        if d.det in ("our",) or d.evidence or d.leader is not None or resolved or d.entry is not None:
            return False
        mods = text[d.start : d.head_start]
        return not (d.det in ("the",) or _ALLIES_MOD.search(mods))
    return False


# ---------------------------------------------------------------------------------------- anaphora


@attrs.define
class _Memory:
    """What the article has named so far: the last coalition with an id, the last group of states."""

    #: the named or labelled mentions so far, latest last (only the last _RECALL or so are kept)
    named: list[_Draft] = attrs.Factory(list)
    last_group: list[Actor] = attrs.Factory(list)
    #: the last named or labelled mention of each head noun ("the coalition of the willing")
    last_headed: dict[str, _Draft] = attrs.Factory(dict)

    def note(self, d: _Draft) -> None:
        if d.drop:
            return
        if d.runner is not None:  # "... not a NATO operation, and the alliance itself ...": NATO was named
            self.note(_Draft(d.start, d.end, "org", d.head_start, entry=d.runner, kind=d.runner.kind))
        like = d.like
        if like is not None:  # "an Asian Nato ... unlike the European alliance": the body compared
            d = _Draft(d.start, d.end, "org", d.head_start, entry=like, kind=like.kind)
            d.label = like.label or like.name
        if (
            d.entry is not None
            or d.label
            or (d.head in _GROUPING_HEADS and d.evidence and d.det in ("a", "an"))
        ):
            self.named.append(d)  # ... or "a group of six countries, led by Spain": "the group" means it
            if len(self.named) > 2 * _RECALL:
                del self.named[:-_RECALL]
            self.last_headed[d.head] = d
        elif _bilateral_alliance(d):  # "the Japan-US alliance ... commitment to the alliance": its own noun
            self.last_headed[d.head] = d
        states = [a for a in d.members if a.code]
        if len({a.code for a in states}) >= 2:
            self.last_group = states

    def note_lists(self, text: str, s: int, e: int, hits: Sequence[ActorHit]) -> bool:
        """Remember the last list of two or more states ("Iran, Iraq and Jordan"); True if one was found."""
        i = 0
        found = False
        while i < len(hits):
            actors, _end = actor_list(text, hits[i].start, e, hits[i:], first_gap=0)
            places = hits[i].via == "capital" and _LOCATIVE_BEFORE.search(
                text, max(s, hits[i].start - 12), hits[i].start
            )
            if len({a.code for a in actors}) >= 2 and not places:  # "centres in Baghdad and Amman" are places
                self.last_group, found = actors, True
            i += max(1, len(actors))
        return found

    def catch_up(self, text: str, skipped: Sequence[tuple[int, int]], matcher: ActorMatcher) -> None:
        """Read the lists of sentences the prefilter skipped, latest first, up to the first that has one."""
        for s, e in reversed(skipped):
            if self.note_lists(text, s, e, matcher.hits(text, s, e)):
                return


#: A modifier that says an anaphor's body does not exist yet: "the proposed grouping", "the planned pact".
_UNFORMED = regex.compile(
    r"(?i)\b(?:proposed|planned|mooted|envisaged|envisioned|would-be|prospective|putative|projected|future)\b"
)


def _resolve_anaphora(
    text: str, d: _Draft, memory: _Memory, quotes: Sequence[Quote], matcher: ActorMatcher, s: int
) -> None:
    """ "the alliance" takes the last named body; "these countries" the last group; "our" the speaker."""
    if (
        d.entry is None
        and d.head != "org"
        and d.det in ("the", "this", "that")
        and not d.domestic
        and _bare(d)
        and not d.label  # 'the self-styled "coalition of the willing"' is named by its own label
    ):
        counted = _same_count(text, d, memory.named) if d.head in _GROUP_HEADS else None
        if counted is not None and not _compatible(text, d, counted):
            counted = None  # "the nine-member grouping": the body with nine members before an informal one
        # "the proposed grouping": a body not yet formed, so none the text named as existing
        unformed = _UNFORMED.search(text, d.start, d.head_start) is not None
        foe_named = _coalition_by_foe(text, d, memory.named, matcher) if d.head == "coalition" else None
        own_body = _body_left_or_kept(text, s, d, memory.named, matcher) if d.head in _BODY_HEADS else None
        prev = (
            counted
            or foe_named
            or own_body
            or _antecedent(
                d,
                memory.named,
                lambda c: (
                    _compatible(text, d, c)
                    and (d.head not in _NEAR_ONLY_HEADS or d.head in fold(text[c.start : c.end]).split())
                    and not _navy_of_groups(text, d, c, matcher)
                    and not (unformed and c.entry is not None)
                    and not _left_by_named(text, c, memory.named)
                ),
            )
            or _same_count(text, d, memory.named)
            or _counted_allies_body(text, d, memory.named)
        )
        if prev is not None and not _compatible(text, d, prev, names_between=prev is not foe_named):
            prev = None
        if (
            prev is not None
            and d.head in _GROUP_NOUNS_OF_ARMED
            and _armed_group_between(text, prev, d, matcher)
        ):
            prev, d.drop = None, True  # "the Arab League met, the Houthis fired ..., the group's spokesman"
        same = memory.last_headed.get(d.head)
        if same is not None and not _compatible(text, d, same):
            same = None
        if (
            same is not None
            and _bilateral_alliance(same)
            and prev is not None
            and prev.start > same.start
            and (prev.entry is None or prev.entry.standing)
        ):
            same = None  # "the Japan-US alliance ... NATO ... the alliance": a standing body named since
        if (
            same is not None
            and same.entry is None
            and (prev is None or prev.head != d.head or same.start > prev.start)
        ):
            # "the coalition of the willing ... using the coalition as cover": the last coalition named so,
            # not a body named since in another role
            d.label, d.kind = same.label, d.kind or same.kind
            d.leader = d.leader or same.leader
            d.members.extend(same.members)
            d.drop = _at_home(text, d, same)
            prev = None
        if prev is None and d.composed is not None and (body := _body_made_of(matcher, *d.composed)):
            d.entry, d.label, d.kind = body, body.label or body.name, d.kind or body.kind
        if (
            prev is None
            and same is None
            and d.head == "axis"
            and d.entry is None
            and not (d.leader or d.members or d.adversaries)
            and _OF_A_THING.match(text, d.end) is not None
        ):
            d.drop = True  # "the axis of the earth", "along the axis of advance": a line, no axis of states
        if (
            prev is None
            and same is None
            and d.entry is None
            and not memory.named
            and not (d.leader or d.members or d.adversaries)
            and d.head in ("coalition", "alliance", "bloc")
            and _home_talk(text, d.start)
        ):
            d.drop = True  # "Pakatan Harapan leaders insisted the coalition remained firm": parties at home
        if prev is not None and prev.entry is not None:
            d.entry, d.label, d.kind = prev.entry, prev.label, d.kind or prev.kind
            d.drop = _at_home(text, d, prev)
        elif prev is not None:  # "a 'northern bloc' ... the group": an informal grouping named so
            d.label, d.kind = prev.label, d.kind or prev.kind
            d.leader = d.leader or prev.leader
            d.members.extend(prev.members)
            d.drop = _at_home(text, d, prev)
        elif same is None and not memory.named and (known := _known_by_foe(text, d, matcher, s)) is not None:
            # "The coalition fighting the Houthis struck Sanaa", with no body named before: the one known
            # coalition against that foe where the sentence puts it, whose members include the ones named
            d.entry, d.kind = known, d.kind or known.kind
    elif (
        d.entry is None
        and d.head in _GROUP_HEADS | {"alliance", "bloc", "pact"}
        and d.det == "the"
        and d.leader is not None
        and d.leader.type in ("state", "government")
        and not d.poss_leader
        and not d.label
    ):  # "The OPEC+ alliance agreed ..., as the group led by A and B seeks ...": the body just named
        prev = memory.named[-1] if memory.named else None  # led by states: no armed group, a body of them
        if (
            prev is not None
            and prev.entry is not None
            and (
                not prev.entry.standing or d.leader.code in prev.entry.members
            )  # "the Russian-led bloc": CSTO
            and prev.entry.type == "organization"
            and d.start - prev.end < 250
            and (d.head in _GROUP_HEADS or _fits(d, prev))
            and _compatible(text, d, prev)
        ):
            d.entry, d.label, d.kind = prev.entry, prev.label, d.kind or prev.kind
    elif d.entry is None and d.det == "the" and d.head in _ANAPHOR_HEADS and not d.label and d.members:
        _listed_body(d, memory.named)
    if d.anaphoric_group and memory.last_group:
        d.members.extend(memory.last_group)
    elif (
        d.called_it
        and not d.members
        and len({a.code for a in memory.last_group}) == 2
        and 0 < d.start - memory.last_group[-1].end < _CALLED_IT_REACH
    ):  # "Asked whether Moscow and Tehran had an alliance, he said: 'I would not call it an alliance'"
        d.members.extend(memory.last_group)
    elif (
        memory.last_group
        and _counted_anaphor(text, d)
        and len({a.code for a in memory.last_group}) == member_count(text, d.start, d.end)
    ):  # "Ministers of A, B, C and D met ... the four-nation grouping": the states just listed
        d.members.extend(memory.last_group)
    if d.head != "org" and (d.det == "our" or d.our or _OUR_START.search(text[d.start : d.start + 4])):
        who = _speaker_state(d.start, quotes, matcher)
        if who is not None:
            if d.members or d.head != "allies":
                d.members.insert(0, who)
            else:
                d.leader = who
                d.members.insert(0, who)


#: "of" and a common noun right after a mention: "(the axis) of the earth", "(the axis) of advance".
_OF_A_THING = regex.compile(r"\s+of\s+(?:the\s+)?\p{Ll}")


def _bilateral_alliance(d: _Draft) -> bool:
    """Is ``d`` a definite alliance named by the states in its own modifier ("the Japan-US alliance", "the
    US-South Korea alliance"), which a later "the alliance" means before an informal format named since
    (the Quad), though not before a standing body (NATO)?"""
    inside = {a.code for a in d.members if a.code and d.start <= a.start and a.end <= d.head_start}
    return d.det == "the" and d.head == "alliance" and d.entry is None and len(inside) >= 2


#: A state's membership changed or kept, right before a body's anaphor: "was suspended from ", "chose not
#: to leave ", "withdrew from ", "remains in ".
_LEFT_OR_KEPT_BEFORE = regex.compile(
    r"""(?i)\b(?:(?:suspended|expelled|barred|excluded|withdr[ae]wn?|exit(?:ed|s)?|withdrawal|readmitted)\s+from
        |(?:leave|leaves|left|leaving|quit|quits|quitting|rejoin(?:s|ed)?|remains?\s+in|remained\s+in|stay(?:s|ed)?\s+in))
        \s+(?:the\s+)?(?:[\w\-]+\s+)?$""",
    regex.VERBOSE,
)


def _body_left_or_kept(
    text: str, s: int, d: _Draft, named: Sequence[_Draft], matcher: ActorMatcher
) -> _Draft | None:
    """The body a state of the sentence left, was suspended from or stays in, named by its anaphor ("Guinea
    was suspended from the regional organisation", "Conakry chose not to leave the bloc"), when the latest
    body that fits has that state neither as a member nor as a former one and a body named a little earlier
    has: after "... we remain in ECOWAS ... the fourth member of the confederation", ECOWAS, not the AES."""
    if _LEFT_OR_KEPT_BEFORE.search(text, max(s, d.start - 40), d.start) is None:
        return None
    states = {h.entry.code for h in matcher.hits(text, s, d.start) if h.entry.type in ("state", "government")}
    if not states:
        return None
    seen: set[str] = set()
    bodies: list[tuple[_Draft, ActorEntry]] = []
    for c in itertools.islice(reversed(named), _RECALL):
        entry = c.entry
        if entry is None or not entry.members or not _fits(d, c) or entry.code in seen:
            continue
        seen.add(entry.code)
        bodies.append((c, entry))
    if not bodies or states & {*bodies[0][1].members, *bodies[0][1].former}:
        return None  # the latest body that fits holds the state: the ordinary reading finds it
    for c, entry in bodies[1:_OTHER_BODIES]:
        if states & {*entry.members, *entry.former}:
            return c
    return None


#: A verb of leaving right before a body's mention: "quit ", "withdrew from the ", "broke away from ".
_LEFT_BODY_BEFORE = regex.compile(
    r"""(?i)\b(?:quit|quits|left|leaves|exited|exits|(?:withdr[ae]w|withdrawn|withdraws|pulled\s+out|walked\s+out)
        \s+(?:from|of)|broke\s+(?:away\s+from|with)|split\s+from)\s+(?:the\s+)?$""",
    regex.VERBOSE,
)


_SENTENCE_STOP = regex.compile(r"[.;!?]")


def _left_by_named(text: str, c: _Draft, named: Sequence[_Draft]) -> bool:
    """Is ``c`` a body that another mention named just before it in its clause left ("The confederation
    quit ECOWAS in January. The bloc ..."): the leaver is what the text is about, so a later anaphor skips
    the body left for it (a state that left, "Britain left the EU", is no mention: the EU stays)."""
    lm = _LEFT_BODY_BEFORE.search(text, max(0, c.start - 30), c.start)
    if lm is None:
        return False
    return any(
        p is not c
        and p.end <= lm.start() < p.end + 150
        and _SENTENCE_STOP.search(text, p.end, lm.start()) is None
        for p in itertools.islice(reversed(named), _RECALL)
    )


#: How many distinct bodies named before an anaphor are read for one its sentence's state belongs to.
_OTHER_BODIES = 4
#: How far around an anaphor the actors it may be said against are read: its clause and the one before.
_FOE_REACH = 200


def _known_by_foe(text: str, d: _Draft, matcher: ActorMatcher, s: int) -> ActorEntry | None:
    """The one known coalition of today (not a mission or operation: its name says "coalition") that the
    data sets against a foe of the bare "the coalition" ``d``, in a theatre its sentence names (a place or a
    capital: "struck Sanaa", "in Iraq and Syria") and whose members include every state ``d`` names; None
    when there is no such foe or theatre, or more than one coalition fits."""
    if d.head != "coalition" or d.polarity != "asserted" or d.leader is not None or d.label:
        return None
    foes = {a.code for a in d.adversaries if a.code}
    if not foes:
        return None
    stop = _CONTEXT_END.search(text, d.end, min(len(text), d.end + _FOE_REACH))
    places = {
        h.entry.code
        for h in matcher.hits(text, s, stop.start() if stop else min(len(text), d.end + _FOE_REACH))
        if h.entry.type in ("state", "government")
    }
    own = {a.code for a in d.members if a.code and a.type in ("state", "government")}
    fits = [
        e
        for e in matcher.theatred
        if foes & set(e.adversaries)
        and places & set(e.theatre)
        and not e.historical
        and own <= set(e.members)
        and any("coalition" in n.casefold() for n in (e.name, e.label or "", *e.aliases))
    ]
    return fits[0] if len(fits) == 1 else None


def _coalition_by_foe(text: str, d: _Draft, named: Sequence[_Draft], matcher: ActorMatcher) -> _Draft | None:
    """The body called a coalition whose known foe is named just around "the coalition" (within
    :data:`_FOE_REACH`), when the latest such body's is not: "the Saudi-led coalition ... the IMCTC ... the
    Houthis claimed strikes, a claim the coalition denied" is the Saudi-led coalition, even past a name
    ending in "Coalition"."""
    called = [
        c for c in itertools.islice(reversed(named), _RECALL) if c.entry is not None and _called_coalition(c)
    ]
    if len(called) < 2 or not any(c.entry.adversaries for c in called if c.entry is not None):
        return None  # (cheap: no other coalition to choose, or none with a known foe)
    lo, hi = max(0, d.start - _FOE_REACH), min(len(text), d.end + _FOE_REACH // 2)
    near = {h.entry.code for h in matcher.hits(text, lo, hi) if h.entry.code}
    if called[0].entry is not None and near & set(called[0].entry.adversaries):
        return None  # the latest is said against a foe named here: the ordinary reading finds it
    for c in called:
        if c.entry is not None and near & set(c.entry.adversaries) and _fits(d, c):
            return c
    return None


#: Words of domestic politics before a bare anaphor with no bloc named in the article that make it a
#: coalition of parties ("seats", "election", "party", "parliament"...): at least this many of them.
_HOME_CUES = 2


def _home_talk(text: str, at: int) -> bool:
    """Talk of domestic politics fills the text before ``at``: distinct domestic cues (see
    :data:`_HOME_CUES`) in the window read for an anaphor's antecedent."""
    lo = max(0, at - _BETWEEN_WINDOW)
    if not may_hold_domestic_cue(text[lo:at]):
        return False
    found = {m.group().casefold() for m in DOMESTIC_CUE.finditer(text, lo, at)}
    return len(found) >= _HOME_CUES


def _listed_body(d: _Draft, named: Sequence[_Draft]) -> None:
    """A definite description whose own list is exactly the known members of a body named before is that
    body: "the AES ... The confederation of Mali, Burkina Faso and Niger"."""
    own = {a.code for a in d.members if a.code}
    for c in itertools.islice(reversed(named), _RECALL):
        if c.entry is not None and c.entry.members and own == set(c.entry.members) and _fits(d, c):
            d.entry, d.label, d.kind = c.entry, c.label, d.kind or c.kind
            return


def _body_made_of(matcher: ActorMatcher, n: int, words: list[str]) -> ActorEntry | None:
    """The one standing body whose name holds every one of ``words`` (a region: "Southeast Asian") and whose
    membership has about ``n`` states; None when the words are none, or no body or several fit."""
    if not words:
        return None
    want = {w.casefold() for w in words}
    found = [
        b
        for b in matcher.standing_bodies
        if b.member_count is not None
        and abs(b.member_count - n) <= max(1, b.member_count // 8)
        and any(want <= set(name.casefold().split()) for name in (b.name, *b.aliases))
    ]
    return found[0] if len(found) == 1 else None


def _bare(d: _Draft) -> bool:
    """An anaphor's own words name no actor: its leader and members, if any, stand outside its span
    ("Finland joined the alliance", "the coalition also includes A and B"), not inside ("the alliance
    between A and B", "the coalition, led by X")."""
    end = d.led_aside if d.led_aside is not None else d.end  # "The confederation, chaired by Mali"
    return all(not d.start <= a.start < end for a in (*d.members, *([d.leader] if d.leader else [])))


#: A coalition named at home: "the ruling coalition", "coalition government", "coalition partner".
_DOMESTIC_COALITION = regex.compile(
    rf"{_GOVERNING_COALITION.pattern}|\bcoalition\s+(?:government|partners?)\b"
)
#: How far back the text before an anaphor is read for a domestic coalition or another body's name.
_BETWEEN_WINDOW = 1500


def _at_home(text: str, d: _Draft, c: _Draft) -> bool:
    """Whether the anaphor ``d`` means a coalition at home rather than the earlier body ``c``: one is named
    since ``c`` (or by ``d``'s own words: "the governing coalition") and "the coalition" is the anaphor, or
    talk of parties surrounds it ("the largest partner in the coalition")."""
    if not (d.domestic_context or d.head == "coalition"):
        return False
    return _DOMESTIC_COALITION.search(text, max(c.end, d.end - _BETWEEN_WINDOW), d.end) is not None


def _compatible(text: str, d: _Draft, c: _Draft, *, names_between: bool = True) -> bool:
    """May the anaphor ``d`` take the earlier body ``c``, given what ``d`` says of itself and what was
    named between them? Not when its own adversary is no known foe of the body ("the coalition against
    ISIS" after the Axis of Resistance), its leader is not the body's, or (with ``names_between``) a name
    ending in its noun came between ("the coalition of the willing ... the Ukraine Defense Contact Group
    ... The group")."""
    known = c.entry
    if (
        known is not None
        and known.type in ("armed_group", "group")
        and _STATES_MOD.search(text, d.start, d.head_start) is not None
    ):
        return False  # "the international coalition" is one of states, no alliance of armed groups
    if _compared_subject(text, d, c):
        return False  # "The JEF is not a substitute for the alliance": another body than the subject
    own_foes = {a.code for a in d.adversaries if a.code}
    if own_foes:
        foes = {a.code for a in c.adversaries if a.code} | set(known.adversaries if known else ())
        if foes and not own_foes & foes:
            return False
        body = {a.code for a in c.members if a.code} | set(known.members if known else ())
        if c.leader is not None and c.leader.code:
            body.add(c.leader.code)
        if own_foes & body or ("WEST" in own_foes and "USA" in body):
            return False  # "the anti-Western bloc" is not the Quad: a body is no foe of its own members
    if d.leader is not None and d.leader.code:
        lead = c.leader.code if c.leader is not None else (known.leader if known else None)
        if lead is not None and lead != d.leader.code:
            return False
    stated = (
        member_count(text, d.start, d.end) if _NATION_COUNT_MOD.search(text, d.start, d.head_start) else None
    )
    whole = known.member_count if known is not None and known.standing else None  # a standing body's list
    if stated is not None and whole and abs(stated - whole) > max(2, whole // 4):
        return False  # "the 16-nation bloc" is no 55-member union
    own = {a.code for a in d.members if a.code and a.type in ("state", "government")}
    if (
        own
        and known is not None
        and known.members
        and not own & {*known.members, *known.former}
        and _MEMBERSHIP_BEFORE.search(text, max(0, d.start - 40), d.start) is None  # "Chad joined the bloc"
    ):
        return False  # "Uruguay's presidency of the bloc": Mercosur, not the EU named since
    name = _NAME_ENDING_IN.get(d.head) if names_between else None
    return name is None or name.search(text, max(c.end, d.start - _BETWEEN_WINDOW), d.start) is None


#: A foe before the head: "the anti-ISIS coalition".
_ANTI_MOD = regex.compile(r"(?i)\banti-\S+")
#: The one modifier of an unled coalition that a theatre can identify: a region's demonym ("the Arab
#: coalition") or a backer ("the Western-backed coalition"), nothing else.
_UNLED_THEATRE_MOD = regex.compile(r"\s+(?:Arab|Gulf|Western-backed|US-backed|U\.S\.-backed)\s+")
#: Words before an anaphor's noun that make it a body of states: "the international coalition".
_STATES_MOD = regex.compile(
    r"(?i)\b(?:international|multinational|multi-national|global|intergovernmental)\b"
)


#: A copula and a noun of comparison between a body and an anaphor: the anaphor means another body.
_COMPARED_WITH = regex.compile(
    r"""(?i)\s+(?:is|was|are|were|will\s+be|would\s+be)\s+(?:not\s+|no\s+|never\s+)?(?:(?:an?|the)\s+)?
        (?:[\w\-]+\s+)?(?:substitute|alternative|rival|complement|counterweight|competitor|replacement|challenger)
        \s+(?:for|to|of)\s+$""",
    regex.VERBOSE,
)


#: Words before an anaphor's noun that give it navies: "the naval coalition", "the maritime mission".
_SEA_MOD = regex.compile(r"(?i)\b(?:naval|maritime|navy|sea|escort)\b")


def _navy_of_groups(text: str, d: _Draft, c: _Draft, matcher: ActorMatcher) -> bool:
    """Would a naval anaphor ("the naval coalition") take a body whose known members are mostly armed
    groups (the Axis of Resistance)? Navies are states'."""
    if c.entry is None or not c.entry.members or _SEA_MOD.search(text, d.start, d.head_start) is None:
        return False
    armed = sum(
        1 for code in c.entry.members if (e := matcher.gazetteer.get(code)) and e.type == "armed_group"
    )
    return 2 * armed > len(c.entry.members)


def _compared_subject(text: str, d: _Draft, c: _Draft) -> bool:
    """Is the earlier mention ``c`` (by its words, or any name of its body) the subject that a comparison
    right before the anaphor ``d`` compares it with ("The JEF is not a substitute for the alliance")?"""
    cm = _COMPARED_WITH.search(text, max(0, d.start - 90), d.start)
    if cm is None:
        return False
    before = text[max(0, cm.start() - 80) : cm.start()]
    names = {text[c.start : c.end]}
    if c.entry is not None:
        names |= {c.entry.name, *c.entry.aliases, *c.entry.acronyms}
    return any(n and before.endswith(n) for n in names)


#: A proper name ending in an anaphor's noun ("the Contact Group", "the Northern Alliance"), by noun.
_NAME_ENDING_IN = {
    h: regex.compile(rf"\b(?!(?:The|This|That|Its|Their|An?)\s)\p{{Lu}}[\p{{L}}\-]++\s++{h.capitalize()}\b")
    for h in ("group", "alliance", "coalition", "bloc", "organization", "organisation", "club", "network")
}


#: Anaphor nouns an armed group named since the antecedent takes: "the group's spokesman" after the Houthis.
_GROUP_NOUNS_OF_ARMED = frozenset({"group", "network", "organization", "organisation"})


def _armed_group_between(text: str, c: _Draft, d: _Draft, matcher: ActorMatcher) -> bool:
    """Is a single armed group (no alliance of its own) named between the antecedent ``c`` and the anaphor
    ``d``? Then "the group" is that group. So is a body that is no bloc: a humanitarian or human-rights
    organisation for "the group" or "the organization" ("Human Rights Watch said ... the group added"), the
    UN or one of its agencies for "the organization" alone."""
    lo = max(c.end, d.start - _BETWEEN_WINDOW)
    if d.head == "group" and (
        _other_group_before(text, c, d, matcher) or _GROUP_NAMED_HERE.match(text, d.end)
    ):
        # "the hacking group APT29 hit the ministry, NATO said. The group used ...": the group the text calls
        # so, not the bloc; "the group it tracks as APT28": a group named here
        return True
    return any(
        (h.entry.type == "armed_group" and h.via != "adjective" and not _eligible_org(h.entry))
        or (
            h.entry.type == "organization"
            and (h.entry.code in _NGOS or (h.entry.code in _OUT_OF_SCOPE and d.head != "group"))
        )
        for h in matcher.hits(text, lo, d.start)
    )


def _other_group_before(text: str, c: _Draft, d: _Draft, matcher: ActorMatcher) -> bool:
    """Is another group's noun ("the hacking group", "a group of migrants") written in the stretch before
    "the group" ``d``, outside the antecedent ``c`` and outside any body's own name ("the Group of Seven")?"""
    back = max(0, d.start - _GROUP_BACK)
    found = [
        g.start() for g in _OTHER_GROUP.finditer(text, back, d.start) if not c.start <= g.start() < c.end
    ]
    if not found:
        return False
    named = [(h.start, h.end) for h in matcher.hits(text, back, d.start)]
    return any(not any(a <= g < b for a, b in named) for g in found)


#: Another group's noun between a bloc and "the group": "the hacking group", "a group of migrants", "rebel
#: groups".
_OTHER_GROUP = regex.compile(r"(?i)\bgroups?\b")
_GROUP_BACK = 400  # characters before "the group" read for another group's noun
#: A group named right after "the group", by those who track it: "the group it tracks as APT28", "the group,
#: which researchers call X", "the group known as X".
_GROUP_NAMED_HERE = regex.compile(
    r"(?i),?\s++(?:(?:which|that|whom)\s++)?(?:(?:it|they|we|researchers|\p{Lu}[\p{L}-]++)\s++)?"
    r"(?:tracks?|tracked|calls?|called|dubs?|dubbed|known|named|identified)\s++(?:as\b|\p{Lu})"
)


#: Known humanitarian and human-rights organisations: what "the group" after them means.
_NGOS = frozenset({"AMNESTY", "HRW", "MSF", "ICRC", "SAVE_THE_CHILDREN", "IRC", "OXFAM", "NRC", "GAVI"})


#: A count of parties in a word before a pact's noun: "the trilateral pact" (a body with three members).
_PARTY_COUNT = {
    "bilateral": 2,
    "trilateral": 3,
    "tripartite": 3,
    "three-way": 3,
    "quadrilateral": 4,
    "four-way": 4,
}
_PARTY_COUNT_WORD = regex.compile(
    r"(?i)\b(?:bilateral|trilateral|tripartite|three-way|quadrilateral|four-way)\b"
)


def _same_count(text: str, d: _Draft, named: Sequence[_Draft]) -> _Draft | None:
    """The latest body the data gives as many members as a counted anaphor says it has, whatever its kind:
    "OPEC+ agreed ... The 22-member alliance", "AUKUS ... the trilateral pact"."""
    n = member_count(text, d.start, d.end) if _NATION_COUNT_MOD.search(text, d.start, d.head_start) else None
    if n is None and (pc := _PARTY_COUNT_WORD.search(text, d.start, d.head_start)) is not None:
        n = _PARTY_COUNT[pc.group().casefold()]
    if n is None:
        return None
    for c in itertools.islice(reversed(named), _RECALL):
        if c.entry is not None and c.entry.member_count == n:
            return c
    return None


def _same_count_after(text: str, drafts: Sequence[_Draft]) -> None:
    """A counted anaphor no earlier body fits takes the body named next in its own sentence when that body has
    as many members, or up to four more since ("Greece, which joined the 10-nation bloc in 1981, ... EC
    ministers")."""
    for i, d in enumerate(drafts):
        if (
            d.entry is not None
            or d.label
            or d.det not in ("the", "this")
            or _NATION_COUNT_MOD.search(text, d.start, d.head_start) is None
        ):
            continue
        n = member_count(text, d.start, d.end)
        later = [c for c in drafts[i + 1 :] if c.entry is not None and c.head == "org"]
        body = later[0].entry if later else None
        if n is not None and body is not None and _count_fits(body, n):
            d.entry, d.label, d.kind = body, body.label or body.name, d.kind or body.kind


def _count_fits(entry: ActorEntry, n: int) -> bool:
    """``n`` members is the body's listed count, or a few fewer: the body before its last enlargements."""
    return entry.member_count is not None and entry.member_count - _ENLARGED_BY <= n <= entry.member_count


#: How far below a body's listed member count the "the N allies" of an earlier year may be (NATO's "the 30
#: allies" before Finland and Sweden joined).
_ENLARGED_BY = 4


def _counted_allies_body(text: str, d: _Draft, named: Sequence[_Draft]) -> _Draft | None:
    """ "the 31 allies" after NATO: the latest standing alliance named before, when the count is its member
    count or a few fewer (the body as it was before its last enlargements)."""
    if d.head != "allies" or d.det != "the" or d.leader is not None:
        return None
    n = member_count(text, d.start, d.end)
    if n is None:
        return None
    for c in itertools.islice(reversed(named), _RECALL):
        e = c.entry
        if e is None or not e.standing or e.type != "organization" or e.kind not in _ARMED_KINDS:
            continue
        if _count_fits(e, n):
            return c
        return None  # the latest alliance named is the one meant, or none is
    return None


def _counted_anaphor(text: str, d: _Draft) -> bool:
    """ "the four-nation grouping", "this 12-member bloc": a definite mention with a count and no members."""
    return (
        d.det in ("the", "this")
        and not d.members
        and _NATION_COUNT_MOD.search(text, d.start, d.head_start) is not None
    )


#: How many named mentions back an anaphor looks for one it fits.
_RECALL = 40
#: Anaphor nouns that may take any earlier mention, and those of them that a standing body's own noun
#: ("Organization", "Union", "Council") makes unlikely: an informal grouping named since is meant first.
_ANAPHOR_HEADS = frozenset(
    {
        "alliance",
        "bloc",
        "organization",
        "organisation",
        "grouping",
        "group",
        "club",
        "coalition",
        "network",
        "confederation",
    }
)
_GROUP_HEADS = frozenset({"group", "grouping", "club", "network"})
#: The heads of mentions that are alliances of their own ("the alliance" may mean them).
_ALLIANCE_HEADS = frozenset({"alliance", "alliances", "coalition", "coalitions", "axis", "pact", "treaty"})
_FORMAL_NOUN = regex.compile(
    r"(?i)\b(?:organi[sz]ation|union|alliance|treaty|pact|community|council|league|association"
    r"|commonwealth)\b"
)
_ARMED_KINDS = frozenset({"military", "security"})
#: The heads of informal groupings that "the network" may re-mention.
_NETWORK_HEADS = frozenset({"network", "axis", "alliance", "alliances", "allies", "group", "grouping"})
_CIVIL_KINDS = frozenset({"economic", "political"})


def _antecedent(
    d: _Draft, named: Sequence[_Draft], ok: Callable[[_Draft], bool] = lambda c: True
) -> _Draft | None:
    """The earlier mention an anaphor ("the alliance", "the group", "the bloc") means: the latest that fits
    its noun and its own kind words and that ``ok`` allows (see :func:`_compatible`); for "the group"/"the
    club", an informal grouping before a standing body with a formal noun of its own. "The group" after a
    known ad-hoc coalition means none (after the anti-ISIS coalition it is ISIS), unless that coalition is
    an alliance of armed groups (the AFC), which "the group" means. ``ok`` is asked of the first few
    candidates that fit only: what rules one out (a name in the noun said since) rules out those before.
    "The coalition" means the latest body called a coalition that fits, if any."""
    asked = itertools.count()

    def allowed(c: _Draft) -> bool:
        return next(asked) < _OK_ASKED and ok(c)

    if d.head in _NAME_NOUNS or d.head in _NAMED_BY_HEADS:  # "the league": the Arab League; "the pan-Arab
        # body": any body; "the pact": the Warsaw Pact
        for c in itertools.islice(reversed(named), _RECALL):
            if d.head in _NEAR_ONLY_HEADS and d.start - c.end > _REMENTION_REACH:
                return None  # "the community" far from ECOWAS: a town's, or the world's
            named_so = c.entry is not None and (d.head == "body" or _name_holds_noun(c.entry, d.head))
            if named_so and _fits(d, c) and allowed(c):
                return c
        return None
    if d.head == "axis":  # "the axis": the Axis of Resistance or another axis named before, no other body
        for c in itertools.islice(reversed(named), _RECALL):
            axis = c.head == "axis" if c.entry is None else _name_holds_noun(c.entry, "axis")
            if axis and _fits(d, c) and allowed(c):
                return c
        return None
    if d.head not in _ANAPHOR_HEADS:
        return None
    fits: list[_Draft] = []
    if d.head == "coalition":  # a coalition is ad hoc: "the coalition" means no standing body, nor a format
        named = [  # of talks ("the Nordic-Baltic Eight", "the Weimar Triangle"), unless the body's name calls
            c  # it a coalition ("the Islamic Military Counter Terrorism Coalition ... the coalition")
            for c in named
            if c.entry is None
            or not (c.entry.standing or c.entry.kind == "political")
            or _name_holds_noun(c.entry, "coalition")
        ]
    for c in itertools.islice(reversed(named), _RECALL):
        if d.head == "group" and c.entry is not None and not c.entry.standing:
            if c.entry.type in ("armed_group", "group") and _fits(d, c) and allowed(c):
                return c  # "the AFC said the group ...": an alliance of armed groups is a group
            if _name_holds_noun(c.entry, d.head) and _fits(d, c) and allowed(c):
                fits.append(c)  # "the Lima Group ... the group": a format that calls itself a group
            break  # "the group" after the anti-ISIS coalition is ISIS: no body before it either
        if _fits(d, c) and allowed(c):
            fits.append(c)
            if d.head not in _GROUP_HEADS and d.head != "coalition":
                break  # the latest that fits
    if d.head == "coalition":
        called = [c for c in fits if _called_coalition(c)]
        if called:  # "the Saudi-led coalition ... the Axis of Resistance ... the coalition": the latest
            return called[0]  # body called a coalition before another that fits
    if d.head in _GROUP_HEADS:
        for c in fits:  # an informal grouping, or a body named by the noun ("the Lima Group": "the group")
            if c.entry is None or _name_holds_noun(c.entry, d.head, proper=True):
                return c
        for c in fits:
            if c.entry is None or not _FORMAL_NOUN.search(c.entry.name):
                return c
    return fits[0] if fits else None


_NAME_NOUNS = HEADS["name_noun"]
#: Head nouns that alone re-mention only a body whose own name holds them: "the pact" after the Warsaw Pact,
#: "the union" after the Eurasian Economic Union; no pact or union of any other kind.
_NAMED_BY_HEADS = frozenset({"pact", "union"}) | HEADS["remention"]
#: Of those, the nouns a text uses of much else ("the community" of a town, "the movement" of troops): they
#: re-mention a body named close before them only (see _REMENTION_REACH).
_NEAR_ONLY_HEADS = HEADS["remention"]
_REMENTION_REACH = 600
#: Words of labour relations in the sentence of "the union": a trade union's, no union of states.
_LABOUR_TALK = regex.compile(
    r"(?i)\b(?:strikes?|striking|strikers|workers|wages?|pay|employees|staff|walkouts?|dockers|miners|nurses"
    r"|bargaining|industrial\s+action|shop\s+stewards?)\b"
)


def _called_coalition(c: _Draft) -> bool:
    """Was the mention ``c`` called a coalition: by its own noun ("the Saudi-led coalition") or by the name
    of its body ("the Coalition to Restore Legitimacy in Yemen")?"""
    return c.head in ("coalition", "coalitions") or (
        c.entry is not None and _name_holds_noun(c.entry, "coalition")
    )


#: How many fitting candidates an anaphor asks whether they are compatible (see :func:`_antecedent`).
_OK_ASKED = 8


def _name_holds_noun(entry: ActorEntry, noun: str, *, proper: bool = False) -> bool:
    """Does a body's own name hold ``noun`` ("league" in "Arab League", "council" in "Gulf Cooperation
    Council")? With ``proper``, a spelling that only adds the noun to another name of the body ("Quad
    grouping" beside "Quad") does not count: the noun describes the body there, it does not name it."""
    names = (entry.name, *entry.aliases, entry.label or "")
    folded = {n.casefold() for n in names} | {a.casefold() for a in entry.acronyms}
    for n in names:
        words = n.casefold().split()
        if noun not in words:
            continue
        if proper and words[-1] == noun and " ".join(words[:-1]) in folded:
            continue
        return True
    return False


#: The nouns that may re-mention an alliance of armed groups: "the alliance", "the rebel coalition".
_ARMED_ALLIANCE_NOUNS = frozenset(
    {"alliance", "alliances", "coalition", "coalitions", "group", "network", "axis"}
)


#: Anaphor nouns of a standing body or grouping, which no operation it sent is meant by.
_BODY_HEADS = frozenset({"bloc", "organization", "organisation", "grouping", "club", "confederation"})
#: The name of an operation rather than a body: a mission, a force, a task force, an operation.
_OPERATION_NAME = regex.compile(r"(?i)\b(?:mission|force|operation)\b")


def _fits(d: _Draft, c: _Draft) -> bool:
    """May the anaphor ``d`` mean the earlier mention ``c``? "The alliance" is no union or economic body
    (the EU, Brics); a mention whose own words give an economic kind ("the emerging-market club") no armed
    alliance, and the other way round."""
    if c.entry is None and d.head not in _GROUP_HEADS:
        return False  # an informal grouping is meant by its own noun (see last_headed)
    if c.entry is None and d.head == "network" and c.head not in _NETWORK_HEADS:
        return False  # "the network" is no "coalition" named before (a radar network, a network of proxies)
    if (
        c.entry is not None
        and c.entry.type in ("armed_group", "group")
        and d.head not in _ARMED_ALLIANCE_NOUNS
    ):
        return False  # "the 16-nation bloc" is no alliance of armed groups named since (the AFC)
    if d.head in _BODY_HEADS and c.entry is not None and _OPERATION_NAME.search(c.entry.name):
        return False  # "the regional bloc" is no mission or force that the bloc sent (SAMIDRC, AMISOM)
    if d.head == "confederation" and not (
        c.entry is not None and any("confederation" in n.casefold() for n in (c.entry.name, *c.entry.aliases))
    ):
        return False  # "the confederation": a body that calls itself one (the AES), not the EU
    ck = c.kind or (c.entry.kind if c.entry is not None else None)  # "NATO allies": the body's own kind
    if d.head in ("alliance", "alliances") and not (
        ck in _ARMED_KINDS
        or (d.kind in _CIVIL_KINDS and ck in _CIVIL_KINDS)  # "the economic and political alliance"
        or c.head in _ALLIANCE_HEADS
        or (c.entry is not None and _name_holds_noun(c.entry, "alliance"))  # "the OPEC+ alliance"
    ):
        return False
    if d.kind is not None and ck is not None and d.kind != ck:
        return not ((d.kind == "economic") != (ck == "economic") and _ARMED_KINDS & {d.kind, ck})
    return True


def _speaker_state(pos: int, quotes: Sequence[Quote], matcher: ActorMatcher) -> Actor | None:
    """The state of the speaker of the quotation around ``pos`` (from role, then organisation)."""
    for q in quotes:
        if q.start <= pos < q.end and q.speaker is not None:
            for phrase in (q.speaker.role, q.speaker.organization):
                if phrase:
                    entry = matcher.lookup_in(phrase)
                    if entry is not None:
                        m = q.speaker.mention
                        span = (m.text, m.start, m.end) if m is not None else ("", pos, pos)
                        return Actor(
                            span[0], span[1], span[2], name=entry.name, code=entry.code, type="state"
                        )
    return None


# ------------------------------------------------------------------------------------------- finish


def _dedupe(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    seen: set[str] = set()
    out: list[Actor] = []
    for a in actors:
        key = a.code or f"?{a.start}"
        if key not in seen:
            seen.add(key)
            out.append(a)
    return tuple(out)


#: Words of fighting that make a mention of an alliance of armed groups military ("an alliance of rebel
#: groups", "a coalition of jihadist factions").
_ARMED_WORDS = frozenset(
    {
        "rebel",
        "rebels",
        "jihadist",
        "jihadists",
        "jihadi",
        "militant",
        "militants",
        "armed",
        "insurgent",
        "insurgents",
        "separatist",
        "separatists",
        "militia",
        "militias",
        "guerrilla",
        "guerrillas",
        "paramilitary",
        "mercenary",
        "mercenaries",
        "warlords",
        "gangs",
    }
)
#: Words of fighting in the clause after an ad-hoc mention ("Western allies unleashed air and missile
#: strikes", "the coalition's battle plan"); "naval" and "air" alone say too little.
_FIGHTING_WORDS = (KIND_CUES["military"] - {"naval", "air"}) | {
    "battle",
    "offensive",
    "bombing",
    "bombed",
    "missile",
    "missiles",
    "jets",
    "raids",
    "airstrike",
    "warplane",
    "fighters",
}
#: Heads of an ad-hoc alignment whose kind the words around it may tell.
_CONTEXT_KIND_HEADS = frozenset(
    {
        "coalition",
        "coalitions",
        "alliance",
        "alliances",
        "allies",
        "ally",
        "pact",
        "treaty",
        "front",
        "axis",
        "bloc",
        "blocs",
    }
)
_CONTEXT_END = regex.compile(r"[.;:!?\n]")


def _armed_name(name: str) -> bool:
    """Does an unresolved actor's name end in a noun of armed men ("jihadists", "Islamist militants",
    "terrorists")?"""
    words = name.casefold().split()
    return (
        bool(words)
        and words[-1] != "gangs"
        and (words[-1] in _ARMED_WORDS or words[-1] in ("terrorists", "fighters"))
    )


def _context_kind(text: str, d: _Draft) -> CoalitionKind | None:
    """The kind of a mention whose own words give none and that names no known body, from what it is made
    of, what it is against and what its clause says it does: an alliance of armed groups, one against a
    state or armed group ("a united front against Nato"), or one whose clause speaks of strikes, troops or
    battle plans is military; None when nothing tells."""
    words = {w.casefold() for w in _WORD.findall(text[d.start : d.end])}
    if (
        words & _ARMED_WORDS
        or (d.entry is not None and d.entry.type == "armed_group")
        or any(a.type == "armed_group" for a in (*d.members, *((d.leader,) if d.leader is not None else ())))
    ):
        return "military"
    if d.head in ("force", "forces") and (d.leader is not None or d.members):
        return "military"  # "a land force led by Poland": a force of states is an armed one
    if d.head not in _CONTEXT_KIND_HEADS:
        return None
    if not d.denied_foes and any(
        a.code and a.type in ("state", "government", "armed_group", "organization") for a in d.adversaries
    ):
        return "military"
    if not d.denied_foes and any(a.code is None and _armed_name(a.name) for a in d.adversaries):
        return (
            "military"  # "pledged to fight jihadists": a foe named as armed men the gazetteer does not know
        )
    stop = _CONTEXT_END.search(text, d.end, min(len(text), d.end + 60))
    after = {w.casefold() for w in _WORD.findall(text, d.end, stop.start() if stop else d.end + 60)}
    if after & _FIGHTING_WORDS and not after & KIND_CUES["economic"]:
        return "military"
    return None


def _member_of_body(a: Actor, entry: ActorEntry | None, gazetteer: Gazetteer) -> Actor:
    """A member state named by a short name that a member of the body bears in full as "Republic of (the)
    <name>", where the body counts that state and not the one the short name names: "Congo" among CEMAC's
    members is the Republic of the Congo (COG), not the Democratic Republic (COD), which CEMAC does not
    count. Any other member is left as it is."""
    if (
        entry is None
        or not entry.members
        or a.type not in ("state", "government")
        or a.code is None
        or a.code in entry.members
        or a.code in entry.former
    ):
        return a
    wanted = {f"republic of {a.text.casefold()}", f"republic of the {a.text.casefold()}"}
    for code in entry.members:
        other = gazetteer.get(code)
        if (
            other is not None
            and other.type == "state"
            and wanted & {n.casefold() for n in (other.name, *other.aliases)}
        ):
            return attrs.evolve(a, name=other.name, code=other.code)
    return a


def _finish(text: str, d: _Draft, gazetteer: Gazetteer) -> Coalition:
    """The frozen record of a draft; its span and every actor's span are slices of ``text``."""
    start, end = d.start, d.end
    while end > start and text[end - 1] in " ,;:—–-":
        end -= 1
    entry = d.entry
    own = entry.code if entry is not None else None
    members = _dedupe(
        [
            _member_of_body(a, entry, gazetteer)
            for a in d.members
            if (a.type != "organization" or a.code in d.listed_bodies) and (own is None or a.code != own)
        ]
    )
    adversaries = _dedupe(
        [a for a in d.adversaries if a.code is None or a.code not in {m.code for m in members}]
    )
    return Coalition(
        text[start:end],
        start,
        end,
        label=d.label,
        id=entry.code if entry is not None else None,
        standing=bool(entry is not None and entry.standing),
        kind=d.kind
        if d.kind is not None
        or (entry is not None and entry.kind is not None and entry.kind == d.kind_denied)
        else entry.kind
        if entry is not None and entry.kind is not None
        else _context_kind(text, d),
        polarity=d.polarity,
        leader=d.leader,
        members=members,
        adversaries=adversaries,
        member_count=member_count(text, start, end, entry.member_count if entry is not None else None)
        or (d.composed[0] if d.composed is not None else None),
    )
