"""Quotation finding: direct, mixed and indirect quotations with their speakers.

The body is read paragraph by paragraph. Quotation marks are paired first (:mod:`._quote_marks`) and the
quoted stretches masked, so that sentence ends and reporting verbs inside quotations are not seen. Each
reporting verb outside the quotes ("said", "told", "according to", "quoted him as saying") with a speaker
beside it becomes an attribution whose content is the clause it governs, or the quotation it introduces
or follows. Quotations with no cue of their own continue the turn of the speaker before them. Speakers
are then resolved across the article (:mod:`._speakers`).

>>> qs = find_quotes('Ali Akbar Velayati, an adviser, said so. He said: “We will win this fight.”')
>>> [(q.kind, q.text, q.speaker.name, q.speaker.resolution, q.cue.lemma) for q in qs]
[('direct', 'We will win this fight.', 'Ali Akbar Velayati', 'pronoun', 'say')]
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import re
from collections import Counter

import attrs
import regex

from ._actors import default_gazetteer
from ._check import ensure_instance, ensure_offset, ensure_text
from ._data_header import (
    AGENCIES,
    COLON_DATELINE_CITIES,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    OUTLETS,
    WIRE_TAGS,
)
from ._quote_layout import blank, paragraphs
from ._quote_lexicon import DEFAULT_LEXICON, CompiledLexicon, QuoteLexicon, compiled
from ._quote_marks import MarkRun, scan_paragraph
from ._quote_passive import passive_reports
from ._quote_polls import names_poll, poll_reports
from ._reading import TIME_STAMP_PATTERN, reading_copy, respan
from ._records import Cue, Header, Quote, QuoteKind, Resolution, Span, Speaker
from ._speaker_org import organization_in, state_name
from ._speakers import (
    DOCUMENT_ADJECTIVES,
    GENERIC_ROLE_NOUNS,
    MASK,
    POSTPOSITIVE_TITLES,
    Entity,
    Mention,
    Resolver,
    adverb,
    contact_clause_start,
    is_role,
    known_only_as,
    not_person,
    subject_after,
    subject_before,
)

__all__ = ["find_quotes"]

# The regex backstop. Every pattern here is linear by construction (possessive quantifiers, atomic groups,
# bounded repeats), and most run on bounded windows (a cue's _LOOKBACK, a clause). A pattern run over a
# window longer than _GUARDED_SPAN characters (a megabyte "sentence" of hostile text) also gets a timeout;
# its expiry costs that one step (one cue, one sentence split, one embedded clause), never the article.
# Short windows go without: the regex module's timeout costs ~1.5 us a call, 6% of find_quotes if always on.
_T = 1.0
_GUARDED_SPAN = 2_000


def _tmo(a: int, b: int) -> float | None:
    """The timeout for a pattern run over ``[a, b)``: none for a short window."""
    return _T if b - a > _GUARDED_SPAN else None


_SENT_END = regex.compile(
    r"""
    (?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Del|Gov|Gen|Col|Lt|Capt|Maj|Sgt|Adm|Cmdr|Amb|Atty|Supt|Insp|Fr|Hon|Brig|Cpl|Pfc|Spc|Pvt
            |Msgr|Mgr|St|Jr|Sr|Prof|Rev|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|v|etc|U\.S|U\.N|U\.K|E\.U|\p{Lu}))
    (?!(?<=\b[ap]\.m)\.\s++(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June
        |July|August|September|October|November|December|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|AEST|AEDT)\b)
    # ("at 4 p.m. Sunday", "9 a.m. EDT": the time goes on)
    [.!?]++[\"”’»)]*+\s++                     # a full stop and the blanks after it
    (?=[\p{Lu}\p{N}\"“‘«(\ue000])             # before what opens a sentence
  | (?<=\s\p{Lu})\.\s++(?=[\"“‘«\ue000])  # "... in a post on X. “At the same time": a capital before
                                      # a quotation ends the sentence (an initial is no last word)
  | (?<=\b(?:on|via|to)\sX)\.[\"”’»)]*+\s++(?=\p{Lu})  # "the governor said on X. Rescue work": the platform
  | (?<=\p{Ll}{2}|\ue000)[.!?](?=\ue000|\p{Lu}\p{Ll}{2,}+(?<!\.(?:Com|Net|Org|Info|Biz)(?!\p{L})))
                                      # "said the army would stay.The envoy said": a sentence glued to the one
                                      # before ("said.“Talks ...”", "“... stay.”The"); not an outlet's domain
                                      # ("News.Az", "Lenta.Ru", "Rt.Com")
  | (?<=\b(?:U\.S|U\.N|U\.K|E\.U))\.[\"”’»)]*+\s++  # "... in the U.K. But she said": an initialism ends it
    (?=(?:He|She|They|It|We|I|The|This|That|These|Those|There|But|And|In|On|At|As|If|When|While|After|A|An
         |His|Her|Their|Its|Our)\s)
    """,
    regex.VERBOSE | regex.V1,
)
# Auxiliaries and modals: a finite verb that opens a clause ("told Reuters Lima would ...").
_DAYS = ENGLISH_WEEKDAYS  # "Monday" ... "Sunday", as a named list (``\L<days>``) in the patterns below
_WEEKDAYS = tuple(d.casefold() for d in _DAYS)
# Weekdays and months, written out or abbreviated (casefolded); as capitalised words, a named list
# (``\L<dates>``) in the patterns below.
_DAY_OR_MONTH = frozenset(
    [
        *_WEEKDAYS,
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"),
        *("nov", "dec"),
    ]
)
_DAY_OR_MONTH_WORDS = sorted(w.capitalize() for w in _DAY_OR_MONTH)
_AUXILIARIES = "is|are|was|were|has|have|had|will|would|could|can|should|may|might|must"
_MODALS = "would|will|could|cannot|can|should|may|might|must|’ll|'ll"  # modals, as words and contracted
_ADDRESSEE = regex.compile(
    r"""
    \s+(?P<a>(?:
        (?:council|committee|board|party|cabinet|union|church|club|coalition|fellow|state|local|foreign|visiting
          |\p{Lu}\p{Ll}++(?<=an|ish|ese|i|ch))\s++   # "council members", "Spanish reporters"
        (?:members|reporters|journalists|lawmakers|officials|leaders|colleagues|delegates|ministers|diplomats)
        (?![\p{L}\p{N}])
      | the\s++\p{Lu}\p{Ll}++(?<=an|ish|ese|i|ch)\s++  # "told the French minister the budget was short"
        (?:minister|envoy|ambassador|president|counterpart|delegation|side|government|leader)
        (?![\p{L}\p{N}])
        (?:\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){1,2}(?=\s++that\b))?+  # "... Ivo Lenk that"
        (?!\s++\p{Lu})
      |
        (?:the|a|an)\s++(?:\p{Lu}[\p{L}'’-]*+\s++){1,2}?  # "the Armenian parliament": a body after its state
        (?:(?!(?:the|a|an|that|this|his|her|its|their|and|or)\s)\p{Ll}[\p{L}-]*+\s++){0,3}?  # (its field:
        (?:parliament|legislature|senate|cabinet|government|assembly|council|committee|court|inquiry|tribunal
          |panel|commission|jury)(?![\p{L}\p{N}])
                                                       # "the Commons foreign affairs committee")
      |
        (?:(?:the|a|an|his|her|their|its|our|both|all)\s++(?:(?!(?&link))[\p{L}\p{N}'’-]++\s++){0,2}?
           (?!(?&link))\p{Ll}[\p{L}'’-]*+
         |\p{Ll}++(?=\s++(?:for|of)\s++(?:the\s++)?\p{L}))        # any person or group, as long as a clause
        (?:\s++(?:for|of|from|at)\s++(?:the\s++)?(?!(?&link))[\p{L}'’.-]++(?:\s++\p{Lu}[\p{L}'’.-]*+){0,3}+)?+
        (?:,\s++\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){1,3}+(?=,))?+  # "the minister, Ivo Lenk,"
        (?=,?\s++(?:whether|if|(?:he|she|they|we|I|it)\s++(?:(?&finite)|\p{Ll}++(?<=ed)))\b)
                                          # opens right after: "told the secretary she would ask", "asked
                                          # counsel for Elbonia whether"
      |
        (?:the\s+|The\s+)?
        (?:\p{Lu}\p{Ll}++(?<=an|ish|ese|ch)\s+(?=(?:(?&kept)\s+)?(?:news\s+)?
                                                 (?:broadcaster|newspaper|daily|weekly|news|agency|channel|radio
                                                  |station|magazine|website|outlet|network)\s+\p{Lu}))?+
                                          # "told Italian daily Corriere della Sera", "Hungarian state news
                                          # agency MTI"
        (?:(?:(?&kept)\s+)?
           (?:broadcaster|newspaper|daily|weekly|(?:news\s+)?agency|channel|radio|station|magazine|website|outlet
             |network|host|presenter|anchor|interviewer|moderator
             |(?:district\s+|federal\s+|trial\s+|magistrate\s+)?judge|magistrate)   # "told district judge X"
           \s+(?=\p{Lu}))?+                # "told broadcaster ZDF", "told news agency TT", "told host X"
        (?:\p{Lu}|\p{N}(?=\p{Lu}{2}))(?:[\p{L}\p{N}'’.&-]|/(?=\p{Lu}))*+  # ("RFE/RL"; radio "3AW", "2GB")
        (?:\+(?![\p{L}\p{N}+]))?+                                   # a streaming service: "Canal+", "LN+"
        (?:(?<=\b(?:Yahoo|Hello|HELLO|OK))!)?+                        # "Yahoo! News", "Hello! magazine"
        (?:\s+(?:of\s+(?:the\s+(?=\p{Lu}))?|(?<=\b(?:Meet|Face)\s+)the\s+|(?:am|della|del|di|du|des|der|de|da|do|dos|das)\s+(?=\p{Lu}))?
           [\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+(?:\+(?![\p{L}\p{N}+]))?+(?!\s+(?&finite))  # ("Apple TV+")
         |\s+(?:noviny|listy?|novine|novosti|vesti|vijesti)(?![\p{L}\p{N}]))*
                                          # a Czech, Slovak or South Slavic paper's lower-case noun:
                                          # "Lidové noviny", "Jutarnji list", "Večernje novosti"
                                          # "BBC Radio 5 Live", "Face the Nation" (not "Reuters the Russian"),
                                          # "Bild am Sonntag", "Corriere della Sera", "Folha de S.Paulo"
        (?:\s+with\s+\p{Lu}[\p{L}'’.-]*+(?:\s+\p{Lu}[\p{L}'’.-]*+){0,2}+(?=\s+(?:programme|program|show)\b))?+
                                                         # "the BBC's Sunday with Laura Kuenssberg programme"
        (?:\s+(?:(?:business|financial|public|state|national|private|news)\s+)?  # "LSM public broadcaster"
              (?:agency|service|channel|newspaper|daily|television|broadcaster|radio|TV|station
                              |network|magazine|website|outlet)                  # "ABC radio", "agency";
           (?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+                               # "Swedish broadcaster SVT"
          |\s+(?:programme|program|show|podcast)                                # "the BBC's Today programme"
           (?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+(?=\s*+(?:that\b|[,.;:])))?+
                                                   # "CNN's Sunday programme Global Square, ...": its name
          |\s+[Nn]ews(?!\s+(?:of|that|about)\b)                                # "Channel 12 news"
          |(?<=['’]s|s['’])\s+(?:(?:own|senior|chief|local|special|foreign|political|diplomatic|military)\s+)?
            (?:reporter|correspondent|journalist|interviewer|editor|anchor|host|presenter|crew|team|aide|adviser
              |advisor|lawyer|ally|allie|supporter|staff|(?:editorial\s+)?board)s?+(?![\p{L}\p{N}])
            (?:\s+in\s+\p{Lu}[\p{L}'’.-]*+)?+         # "SANA's reporter", "Reuters' correspondent in Kyiv"
          |\s+(?:members|officials|leaders|lawmakers|ministers|delegates|diplomats|envoys  # "Security Council
             |counterparts|colleagues|representatives|commanders|officers|staff   # members", "Liberal Party
             |faithful|supporters|loyalists|activists|voters|volunteers))?+      # faithful"
        (?:\s+\(\p{Lu}[\p{Lu}\p{N}&.-]*+\))?+  # its initials after it: "Radio Free Asia (RFA)"
      | (?:his|her|their|its|our)\s+(?:[\p{Ll}-]+\s+){0,2}?  # "her weekly briefing", "his supporters"
        (?:(?:press\s+|news\s+)?(?:conference|briefing)|audience|supporters|followers|readers|viewers
          |listeners|cabinet|constituents|party|congress|rally|aides|advisers|advisors|allies|colleagues
          |staff|staffers|team|ministers|officials|lawyers|generals|commanders|troops|soldiers|counterparts)\b
        (?!['’])  # ("told his party's parliamentary group": the group, read whole below)
      | reporters|journalists|lawmakers|parliament|supporters|him|her|them|us|me|you
      | (?:this|our)\s++(?:publication|newspaper|paper|website|magazine|outlet|reporter|correspondent|scribe
                        |writer|journalist|daily|portal|(?:news\s++)?agency)  # "told this publication"
      | \p{Ll}[\p{Ll}\p{N}-]*+\.(?:com|net|org|info|news|\p{Ll}{2})(?:\.\p{Ll}{2})?+(?![\p{L}\p{N}])
                                                  # a site by its address: "told bdnews24.com", "told hvg.hu"
      | \p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*+(?![\p{L}\p{N}'’-]|\.\p{L})  # opened in lower case: "bTV", "iROZHLAS"
        (?:\s++(?:users|customers|viewers|listeners|readers|subscribers|fans)\b)?+
      | ambassadors|diplomats|envoys|delegates|students|troops|soldiers|residents|voters|investors
      | participants|allies|aides|donors|colleagues|advisers|advisors|staffers|senators|legislators
      | peers|deputies|ministers|officials|delegations|negotiators         # "told peers the measure was"
      | jurors|investigators|prosecutors|detectives|police(?:\s+(?:officials|officers|investigators|chiefs))?
      | (?:the|a|an)\s+(?:\w+\s+){0,2}
        (?:newspaper|agency|paper|outlet|committee|council|assembly|chamber|court|tribunal|jury|panel|summit|forum
          |parliament|legislature|senate|cabinet|nation
          |judges?|magistrates?|justices|jurors|inquiry|commission|hearing|delegation  # "told the judge the"
          |(?:press\s+|news\s+)?(?:conference|briefing)|audience|crowd|rally|gathering|meeting|congress
          |convention|ceremony|seminar|symposium|session|webinar
          |press|media|broadcaster|channel|television|radio|station|network|daily|weekly|magazine|website)
        (?:['’]s(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+){1,4}+
           (?:\s+with\s+\p{Lu}[\p{L}'’.-]*+(?:\s+\p{Lu}[\p{L}'’.-]*+){0,2}+(?=\s+(?:programme|program|show)\b))?+
           (?:\s+(?:programme|program|show|podcast))?+
          |(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}(?!\s+(?&finite)))  # "the state broadcaster RTS", "the
                                                  # network's Sunday show" (not "a news conference Tokyo had")
      | (?:state(?:-run|-owned)?|local|national|public|official)\s+
        (?:television|TV|media|radio|broadcaster|(?:news\s+)?agency)  # "state TV", "state news agency"
        (?:\s+(?:station|channel|network))?  # "local radio station El Espectador"
        (?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}  # "state television IRIB" (not "state TV Moscow would")
        (?!\s++(?&finite))
    # a body or person the hearer owns: "told parliament's defence committee", "told Britain's envoy"
    )(?:(?:(?<=\p{L}['’]s)|['’]s)(?:\s+(?!(?&link))\p{Ll}[\p{L}-]*+){0,2}?\s+
        (?:committee|subcommittee|panel|commission|council|cabinet|assembly|caucus|delegation|board|inquiry
          |envoy|ambassador|president|minister|counterpart|leaders|lawmakers|members|officials|parliamentarians
          |ministers|envoys|negotiators|delegates|diplomats))?+)
    (?![\p{L}\p{N}])
    (?(DEFINE)(?P<kept>state(?:-run|-owned)?|public|national|official|private|semi-official|independent
                      |radio|television|TV|local|regional|community)  # "told radio station Itatiaia"
              (?P<finite>(?:_AUXILIARIES)\b)(?P<link>(?:that|who|which|whether|if|and|or|to|when|as|how|why|what|where|of|in|on|about|with)\b))
    """.replace("_AUXILIARIES", _AUXILIARIES),
    regex.VERBOSE | regex.V1,
)
# A broadcaster's show in quotation marks closing the sentence as the hearer: "told CNBC's “Squawk Box”."
_QUOTED_SHOW_END = regex.compile(
    r"""\s++(?P<a>(?:\p{Lu}[\p{L}.]*+\s++)?+\p{Lu}[\p{L}.]*+(?:['’]s|(?<=s)['’])\s++\ue000++
        (?:\s++(?:[\p{Ll}-]++\s++)?(?:programme|program|show|podcast|broadcast|bulletin|newscast))?+\.?+)
        # ('told ERR's “Esimene stuudio” talk show': the show's kind after its title)
        (?=\s*+$|\s++(?:on|last|this|early|late|earlier|later)\s[^\ue000,;:]*+$)  # (perhaps a time next)""",
    regex.VERBOSE | regex.V1,
)
# A quoted title as the hearer, before a reported clause: 'told “Meet the Press” (on Sunday) that ...'.
_QUOTED_ADDRESSEE = regex.compile(
    r"""
    # a masked quotation after the verb ("ABC’s “...”", "Fox News' “...”")
    \s+(?P<a>(?:(?:\p{Lu}[\p{L}.]*+\s++)?+\p{Lu}[\p{L}.]*+(?:['’]s|(?<=s)['’])\s+)?+\ue000++)
    (?=(?:\s+(?:on|in)\s+\p{Lu}[\p{L}.]*+|\s+(?:last|this|next)\s+\p{Ll}++
       |\s+(?:yesterday|today|earlier|recently|later|afterwards?|privately|separately)
       |\s+that\s+(?:night|day|morning|afternoon|evening|week|weekend))?+  # 'told X that night that'
       \s+that\b)   # then 'that', maybe after a day ('on Sunday')
    """,
    regex.VERBOSE | regex.V1,
)
# Any short hearer before 'that': "told a town hall in Dover on Monday that ...", up to eight words; a
# longer one after a hearer read with "with" ("told a joint news conference with his Jordanian counterpart X
# on Wednesday that"), up to twelve.
_HEARER_BEFORE_THAT_PATTERN = r"""
    \s+(?!(?:on|in|at|so|such|last|this|next|earlier|later|yesterday|today
            |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)  # not an adjunct ("last week", "Sunday")
    (?P<a>(?:(?!(?&clausal)|[-–—]\s)(?:[\p{L}\p{N}'’.&-]|(?<=\p{N}),(?=\p{N}{3}))++\s++){0,_WORDS}?
          (?!(?&clausal))(?:[\p{L}\p{N}'’.&-]|(?<=\p{N}),(?=\p{N}{3}))++)  # ("of 12,000")
    (?=(?:\s+(?:on|in)\s+\p{Lu}[\p{L}.]*+|\s+(?:last|this|next)\s+\p{Ll}++
       |\s+(?:yesterday|today|earlier|recently|later|afterwards?|privately|separately)
       |\s+that\s+(?:night|day|morning|afternoon|evening|week|weekend))?+  # 'told X that night that'
       \s+that\b(?!\s++(?:night|day|morning|afternoon|evening|week|weekend)\s++that\b))
    (?(DEFINE)(?P<clausal>(?:who|which|whether|if|how|why|what|when|where|he|she|they|we|I|it|is|was|are|were
                              |and(?!\s++\p{Lu})|or|could|would|can|will|should|might|must
                              |\p{Ll}++(?<=ed)(?<!hundred)(?!\s++(?:in|at|by|from|near|inside|across)\s)
                              |to(?=\s++\p{Ll})(?!\s++(?:the|a|an|his|her|their|its|our|this|that)\b))\b(?!-)))
    # (an infinitive is no hearer: "asked both parties to clarify the number of trucks that ..."; "a
    # closed-door meeting" is one)
    """
_HEARER_BEFORE_THAT = regex.compile(
    _HEARER_BEFORE_THAT_PATTERN.replace("_WORDS", "7"), regex.VERBOSE | regex.V1
)
_LONG_HEARER_BEFORE_THAT = regex.compile(
    _HEARER_BEFORE_THAT_PATTERN.replace("_WORDS", "11"), regex.VERBOSE | regex.V1
)
# A short hearer before a colon or comma that opens a quotation: "told a colleague: “...”", "told fans,
# “...”" (a bare noun only in the lower case, and no adverb: "told later, “...”" has no hearer).
_HEARER_BEFORE_COLON = regex.compile(
    r"""\s++(?P<a>(?:the|a|an|his|her|their|its|our)\s++(?:[\p{L}\p{N}'’.&-]++\s++){0,4}?[\p{L}\p{N}'’.&-]++
                |(?!(?:later|earlier|again|afterwards|then|today|tonight|yesterday|simply|also|once|twice
                      |bluntly|flatly|frankly|plainly|repeatedly)\b)\p{Ll}[\p{Ll}-]*+(?<!ly))
        (?=\s*+[:,]\s*+\ue000)""",
    regex.VERBOSE | regex.V1,
)
# Whom the words were written or given to, after a verb that takes no object hearer: "wrote to a colleague
# that", "wrote to the board: “...”", "testified before the Senate Harbour Committee that".
_TO_HEARER_THEN = regex.compile(
    r"""\s++(?P<a>to\s++(?:(?:the|a|an|his|her|their|its|our)\s++|(?=\p{Lu}))
          (?:[\p{L}\p{N}'’.&-]++\s++){0,5}?[\p{L}\p{N}'’.&-]++
        |before\s++(?:the\s++|a\s++)?(?:[\p{L}\p{N}'’.&-]++\s++){0,5}?  # a body heard: not "before the vote"
          (?:\p{Lu}[\p{L}\p{N}'’.&-]*+|committee|subcommittee|court|panel|jury|tribunal|commission|inquiry
            |judges?|lawmakers|legislators|parliament|congress|senate|assembly))
        (?=\s*+(?:that\b|:\s*+\ue000))""",
    regex.VERBOSE | regex.V1,
)
_TO_HEARER_LEMMAS = frozenset(
    ["write", "testify", "say", "explain", "complain", "confess", "declare", "announce", "admit", "boast",
     "insist", "stress", "repeat", "reiterate", "pledge", "vow", "swear", "state", "argue", "report",
     "recount"]
)  # fmt: skip
# A broadcast's show by name after its channel's possessive: "Meet the Press", "State of the Union".
_SHOW = r"""(?:(?:Meet|Face)\s++the\s++)?\p{Lu}[\p{L}\p{N}'’&-]*+
    (?:\s++(?:(?:of|of\s++the|on|to|and|in|at|with)\s++)?\p{Lu}[\p{L}\p{N}'’&-]*+){0,5}+"""
# A show by its kind, after its channel's possessive: "evening news programme", "Sunday programme".
_SHOW_KIND = r"""(?:[\p{L}-]++\s++){0,2}?(?:programme|program|show|podcast|broadcast|bulletin|newscast)"""
# A show after its channel's possessive, by its kind and perhaps its name: "(Yle's) morning programme
# Ykkösaamu", "(ERR's) evening news show".
_POSSESSIVE_SHOW = regex.compile(
    r"\s++" + _SHOW_KIND + r"(?:\s++\p{Lu}[\p{L}\p{N}'’&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’&-]*+){0,3}+)?+"
    r"(?![\p{L}\p{N}])",
    regex.V1,
)
# A hearer's name in its own script, in brackets: " (自由時報)".
_HEARER_OWN_SCRIPT = regex.compile(
    r"\s*+\((?:\p{Han}|\p{Hangul}|\p{Hiragana}|\p{Katakana}|\p{Cyrillic}|\p{Arabic}|\p{Hebrew}){2,20}+\)",
    regex.V1,
)
# A medium described by its kind, perhaps then named: "a local radio station", "the daily Hürriyet".
_MEDIA_NP = r"""(?:(?:an?|the)\s++(?:\p{Lu}\p{Ll}++(?<=an|ish|ese|ch)\s++)?+
       |\p{Lu}\p{Ll}++(?<=an|ish|ese|ch)\s++)
    (?:[\p{Ll}-]++\s++){0,3}  # ("German newspaper Handelsblatt": a nationality for the article)
    (?:radio|television|TV|station|newspaper|daily|weekly|broadcaster|channel|outlet|magazine|website|podcast)
    (?:\s++(?:(?:am|della|del|di|du|des|der|de|da|do|dos|das)\s++)?+\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+"""
# ("the newspaper Folha de S.Paulo", "the daily Corriere della Sera")
_INTERVIEW = regex.compile(
    r"""
    \s*,?\s+(?:(?:on\s+)?(?:\L<days>)  # "said Sunday in an
       (?:\s+(?:night|morning|afternoon|evening))?\s+(?=in\s))?+                     # interview with ..."
    (?P<a>(?:in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+(?:with|to|on)
                  # "in a written reply to the Financial Times", "in comments to Euractiv"
                  |in\s+(?:(?:a|an|his|her|their|its)\s+)?
                   (?:(?:written|emailed)\s+(?:reply|response)|comments|remarks|e-?mail|statements|declarations)\s+to
                  |to)\s+
        (?:(?<=interview\s++(?:with|to)\s++)_MEDIA_NP   # "in an interview with the daily Kurier"
        |\p{Lu}[\p{L}\p{N}.&-]*+['’]s\s++(?:_SHOW_KIND(?:\s++_SHOW)?+|_SHOW)  # "CNN's State of the Union"
        |(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*+)*
                       (?:\s++\d{1,3}+(?![\p{L}\p{N}])  # "Channel 12", "France 24", "Il Sole 24 Ore"
                          (?:\s++\p{Lu}\p{Ll}++){0,2}+)?+
                       (?:\s++(?:news\s++)?(?:agency|channel|network|newspaper|daily|broadcaster|radio|website))?+
                      |state(?:-run)?\s++(?:television|TV|radio|media)
                      |reporters|journalists|lawmakers|supporters|(?<=to\s++the\s++)(?:press|media))))(?![\p{L}\p{N}])
    """.replace("_MEDIA_NP", _MEDIA_NP)
    .replace("_SHOW_KIND", _SHOW_KIND)
    .replace("_SHOW", _SHOW),
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# When and where a medium carried the words, right after it: "in an interview published on Friday", "in a
# video posted late on Sunday", "in remarks aired by state television". What follows is the clause's end or
# its 'that'.
_MEDIUM_PARTICIPLE = regex.compile(
    r"""\s++(?:published|posted|aired|broadcast|released|televised|shown|carried|read|issued|attributed|signed
        |sent|e-?mailed)\s++  # "in a text message sent to reporters"
        (?:on|in|by|to|through|via|late|early|last|this|earlier|later|at|out|online)\b[^,;:.!?\ue000\n]{0,60}?
        # "signed by its spokesman, Mr X, (on Sunday) that": the signatory set off by commas
        (?:,[^,;:.!?\ue000\n]{2,60}?,(?=\s++(?:\S++\s++){0,3}?that\b))?+
        (?:\s++(?:on|late|early|last|this)\s++\p{L}++)?+(?=\s*+(?:[,.;:!?]|that\b|$))""",
    regex.VERBOSE | regex.V1,
)
# A name set off by commas closing a description: ", Ebrahim Rezaei," before "as saying".
_APPOSED_NAME_END = regex.compile(
    r",\s++(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){1,3}+)\s*+,?\s*+$", regex.V1
)
# The outlet a passive relay names: "was quoted as saying by RIA Novosti".
_BY_MEDIUM = regex.compile(
    r"""\s++by\s++(?P<a>(?:the\s++)?(?:(?:state|state-run|state-owned|official|local|pro-government|semi-official
        |independent|private)\s++(?:news\s++agency\s++|newspaper\s++|daily\s++|broadcaster\s++|television\s++)?)?+
        \p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+)*+
        (?:\s++(?:news\s++)?(?:agency|service|channel|website|newspaper|daily|television|broadcaster)
          |(?<=\p{Ll}(?:an|ish|ese|ch|i))\s++(?:media|press|newspapers|outlets|television|TV|state\s++media))?+)""",
    regex.VERBOSE | regex.V1,
)  # ("quoted by Spanish media": the demonym's media)
# A platform the words went out on, after the cue: "wrote on Telegram", "said in a post on X", "said on
# his Telegram channel". The platforms are the social networks news cites by name.
_PLATFORM = regex.compile(
    r"""
    (?:\s*+,)?\s++(?P<a>in\s++(?:a|an|his|her|its|their)\s++
                      (?:Telegram|Facebook|Twitter|Instagram|TikTok|YouTube|VKontakte|Weibo|WeChat|X)\s++
                      (?:post|message|video|statement|comment|update)s?\b   # "in a Facebook post"
      |(?:in\s++(?:a|an|his|her|its|their)\s++(?:[\w-]++\s++){0,2}?
                      (?:post|message|video|statement|comment|update)s?\s++
                      (?:(?:posted|published|shared|carried)\s++(?=to|on))?(?:on|to)
                    |on|via|in(?=\s++(?:his|her|its|their)\s++\p{Lu}[\p{L}\s]{1,20}?(?:channel|account|page)\b))\s++
      (?:(?:his|her|its|their|the)\s++)?
      (?:(?:official\s++)?(?:messaging\s++app|social\s++media(?:\s++platform)?|social\s++network)\s++)?
      (?:Telegram|X|Twitter|Facebook|Instagram|TikTok|YouTube|Truth\s++Social|Weibo|WeChat|VKontakte|Bluesky
        |social\s++media|(?<=(?:its|his|her|their|the)\s++(?:official\s++)?)website)
      (?:\s++(?:channel|account|page|platform|feed|site|app  # "on his Truth Social platform", "on its
               |messaging\s++(?:app|service|platform)          # website", "on the Telegram messaging app"
               |social\s++(?:media\s++)?(?:network|platform)))?
     |by\s++(?:telephone|phone|e-?mail|text\s++message|video\s++link))  # "said by telephone that"
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE | regex.V1,
)
# A broadcast the words went out on, after the cue: "said on state television that", "said on CNN that",
# "said on Fox Business that", "said on CNN's “Weekend Briefing” that" (a channel in capitals, or named
# with a broadcaster's word, perhaps with its show in quotation marks).
_ON_AIR = regex.compile(
    r"""(?:\s*+,)?\s++(?P<a>on\s++
      (?:(?:the\s++)?(?:(?:state|state-run|state-owned|national|public|local)\s++)?(?:television|TV|radio)
        |\p{Lu}{2,6}+(?:[\s-]\p{Lu}{1,6}+|\d{1,2}+)?+(?![\p{L}\p{N}])  # "CNN", "C-SPAN", "BBC One", "TVN24"
        |\p{Lu}[\p{L}\p{N}&-]*+(?:\s++\p{Lu}[\p{L}\p{N}&-]*+){0,2}?\s++
         (?:TV|Television|News|Radio|Business|Network|Channel|One|Two|24)(?![\p{L}\p{N}]))
      (?:['’]s\s++(?:\ue000++|_SHOW_KIND(?:\s++(?:_SHOW|\ue000++))?+|_SHOW)|\s++\ue000++)?+)
      # its show: 'CNN's “Weekend Briefing”', "NBC's Meet the Press", "TF1's evening news programme"
    (?=\s++that\b|\s*+[,.:;]|\s*+$)""".replace("_SHOW_KIND", _SHOW_KIND).replace("_SHOW", _SHOW),
    regex.VERBOSE | regex.V1,
)
# An audience a speaker addressed: "a rally in Lahore", "a gathering of industry leaders", "the National
# Assembly" (a body in capitals, or a gathering's or a hearers' noun after a determiner).
_AUDIENCE = r"""(?:(?:an?|the|his|her|its|their)\s++(?:[\p{L}-]++\s++){0,2}?
      (?:rally|gathering|crowd|conference|summit|meeting|session|forum|audience|convention|congress|assembly
        |ceremony|event|seminar|symposium|parliament|nation|lawmakers|legislators|reporters|journalists|students
        |supporters|troops|delegates|diplomats|workers|members|graduates|voters)
      (?:\s++of\s++(?:[\p{L}'’-]++\s++){0,3}?[\p{L}'’-]++)?
    | (?:the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+
      (?:\s++(?:of\s++(?:the\s++)?)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+){0,4}+)"""
# The hearers or medium of a participle after the cue: "said, speaking to reporters in Islamabad", "said while
# addressing a rally in Lahore that ...", "said, talking to journalists" (where they were, then the clause's
# end or its 'that').
_SPEAKING_AFTER = regex.compile(
    r"""(?:\s*+,)?\s++(?:while\s++|when\s++)?
    (?:(?:speaking|talking)\s++(?:(?:exclusively|separately|later|earlier|privately)\s++)?(?:to|with)\s++
        (?P<a>(?:the\s++)?(?:reporters|journalists|the\s++press|lawmakers|legislators|supporters|students
          |state\s++(?:TV|television|media|radio))
          |_MEDIA_NP
          |(?:(?:the\s++)?(?:broadcaster|channel|newspaper|daily|network|station|agency|magazine)\s++)?
           \p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+){0,3}+
           (?:\s++(?:news\s++)?(?:agency|channel|network|newspaper|daily|broadcaster))?+)
      | addressing\s++(?P<a>_AUDIENCE))
    (?:\s++(?:in|at|on|after|before|during|outside)\s++[\p{L}\p{N}'’.-]++(?:\s++[\p{L}\p{N}'’.-]++){0,5}?)?
    (?=\s*+[.,;:!?]|\s++that\b|\s*+$)""".replace("_MEDIA_NP", _MEDIA_NP).replace("_AUDIENCE", _AUDIENCE),
    regex.VERBOSE | regex.V1,
)
# What _SPEAKING_AFTER opens with: a prefilter.
_SPEAKING_OPENERS = tuple(
    f"{comma} {word} "
    for comma in ("", ",")
    for word in ("while", "when", "speaking", "talking", "addressing")
)
# First letters of what the patterns below open with ("on", "in", "via", "during", "as", "by"): a prefilter.
_MEDIUM_OPENERS = frozenset("oivdaleb")
# Those a note or letter goes to, after "to": "in a note to clients", "in a letter to shareholders".
_RECIPIENTS = r"""(?:(?:(?:\p{Lu}[\p{L}.'’-]*+|fellow|party|world|western|european|g7|nato|eu)\s++)?
    (?:clients|investors|customers|members|staff|employees|shareholders|subscribers|leaders|lawmakers
      |legislators|senators|ministers|counterparts|allies|governments|colleagues|supporters|voters))"""
# The speech or text a cue went out in, closing the clause: "said later in a televised address", "said in
# the video".
_IN_MEDIUM_AFTER = regex.compile(
    r"""\s++(?:(?:later|earlier|again|also)\s++)?
    (?P<a>in\s++(?:a|an|the|his|her|its|their)\s++(?:[\w-]++\s++){0,2}?
      (?:address|speech|interview|statement|video(?:\s++message)?|post|message|letter|broadcast|podcast|tweet
        |livestream|(?:research\s++)?note|report|newsletter|blog\s++post|update|bulletin
        |op-ed|column|memoir|book|communiqu[eé]|declaration|decree|readout|press\s++release
        |ruling|judgment|judgement|verdict|e-?mail|text\s++message
        |advisory|alert|notice|circular  # "the judges said in their ruling that", "said in an advisory"
        |(?:press\s++|news\s++)?briefing|(?:news|press)\s++conference)  # "said in a televised briefing"
      (?:\s++on\s++(?:[\w-]++\s++){0,3}?[\w-]++(?=\s++that\b))?+  # "... on preliminary objections"
      (?:\s++to\s++(?:_RECIPIENTS
         |(?:the\s++)?\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,5}+))?+  # "a letter to UN chief X"
      (?:\s++from\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+)?+)?+  # "in a televised speech from Qatar"
      (?=(?:\s++(?:(?:late\s++|early\s++)?on\s++)?(?:\L<days>)
           (?:\s++(?:morning|afternoon|evening|night))?+
         |\s++(?:after|following|before|during|at)\s++(?:the|a|an|his|her|its|their|this|last)\s++
           (?:[\p{L}-]++\s++){0,2}?[\p{L}-]++)?+  # "in a televised address on Wednesday evening", "in a
                                                   # statement after the meeting"
        (?:\s*+[.,;:]|\s++(?:that|published|posted|aired|broadcast|read|issued|released|carried
                        |attributed|signed|sent)\b|\s*+$))  # "in a statement attributed to his spokesperson"
     |in\s++(?:a|an|the|his|her|its|their)\s++(?:[\w-]++\s++){0,2}?(?:editorial|commentary|article|essay)
      (?=\s*+[.,;:]|\s++that\b|\s*+$)                        # "wrote in an editorial that"
     |in\s++(?:a|an|the|his|her|its|their)\s++(?:[\w-]++\s++){0,2}?(?:filing|submission|motion|brief|affidavit
        |complaint|indictment|lawsuit|petition|appeal)
      (?=\s*+[.,;:]|\s++that\b|\s*+$)                        # "prosecutors said in a filing that"
     |in\s++(?:(?:a|an|the|his|her|its|their)\s++)?(?:court\s++(?:papers|documents|filings)|written\s++submissions
        |(?:legal\s++)?filings)
      (?=\s*+[.,;:]|\s++that\b|\s*+$)                        # "argued in court papers that"
     # "said at the weekly briefing", "at a rally in Tehran"
     |at\s++(?:a|an|the|his|her|its|their)\s++(?:[\w-]++\s++){0,2}?
        (?:(?:press\s++|news\s++)?briefing|(?:news|press)\s++conference|ceremony|rally|summit|forum|event
          |conference|seminar|gathering|meeting|session)
      (?:\s++in\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,2}+)?+
      (?:\s++with\s++(?:(?:his|her|their|its)\s++(?:\p{Lu}[\p{L}'’-]*+\s++)?+counterparts?+\s++)?+
        \p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,3}+)?+  # "at a joint news conference with Merz"
      (?=(?:\s++(?:(?:late|early)\s++)?on\s++(?:\L<days>)(?:\s++(?:morning|afternoon|evening|night))?+)?+
        (?:\s*+[.,;:]|\s++that\b|\s*+$)))  # "at a summit in Nairobi on Friday."
    """.replace("_RECIPIENTS", _RECIPIENTS),
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# The outlet that carried a statement: "said in a statement carried by the official Armenpress news agency
# that ...", "in a statement published on its website".
_CARRIED_BY = regex.compile(
    r"""\s++in\s++(?:an?\s++)?(?:[\p{Ll}-]++\s++)?(?:statement|message|post|video|letter|communique|remarks
          |comments|speech|address|interview)\s++
        (?:carried|published|posted|distributed|released|broadcast|aired)\s++(?:by|on)\s++
        (?!(?:\L<days>)\b)  # ("published on Sunday": when)
        (?P<a>(?:(?:the|its|his|her|their)\s++)?(?:[\p{Ll}-]++\s++){0,2}?
          (?!(?:on|late|early|last)\s)  # (a time after the outlet: "by state television on Monday")
          [\p{Lu}\p{Ll}][\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+
          (?:\s++(?:news\s++)?(?:agency|television|channel|newspaper|website|page|account))?+)
        (?:\s++(?:(?:late|early)\s++)?on\s++(?:\L<days>)(?:\s++(?:morning|afternoon|evening|night))?+)?+
        (?=\s++that\b|\s*+[,.:]|\s*+$)""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# The outlet relaying the words, as an aside after the cue: "said, as quoted by RIA Novosti, that ...".
_AS_QUOTED = regex.compile(
    r"""\s*+,\s*+as\s++(?:quoted|cited|reported)\s++by\s++
        (?P<a>(?:the\s++)?(?:(?:state(?:-run)?|state-owned|official|local|independent|private)\s++)?
        (?:(?:news\s++agency|newspaper|daily|broadcaster|television|TV|channel|website)\s++)?[\p{Lu}\d][\p{L}\p{N}'’.&-]*+(?:\s++(?:[\p{Lu}\d][\p{L}\p{N}'’.&-]*+|news|agency)){0,4}+)
        (?=\s*+(?:,|\.|$))""",
    regex.VERBOSE | regex.V1,
)
# The audience of a speech, after the cue: "said in a speech to his party's lawmakers", "said in an address
# to the nation" (up to six words, before 'that', a comma or the reported quotation).
_SPEECH_TO = regex.compile(
    r"""
    (?:\s*+,)?\s++(?P<a>(?:in|during)\s++(?:(?:a|an|his|her|its|their|the)\s++(?:[\w-]++\s++){0,2}?
      (?:speech|address|remarks|briefing|message|comments?|statement)|remarks|comments)\s++to\s++
      (?=\p{Lu}|(?:the|a|an|his|her|its|their|our|lawmakers|parliament|reporters|journalists
          |supporters|students|troops|diplomats|delegates|members|workers|ambassadors|envoys|officers
          |cadets|graduates|voters|donors|soldiers)\b)  # not "to mark the day"
      (?:[\p{L}\p{N}'’.&-]++\s++){0,5}?[\p{L}\p{N}'’.&-]++)
    (?=\s*+(?:,|:|\bthat\b|\ue000|$))
    """,
    regex.VERBOSE | regex.V1,
)
# When a fronted phrase's call or writing happened, after what it names: "last month", "on Monday evening".
_WHEN = r"""(?:\s++(?:last|this|earlier\s++this)\s++(?:week|month|year|\L<days>)
    |\s++(?:late\s++|early\s++)?on\s++\L<days>(?:\s++(?:morning|afternoon|evening|night))?)?+"""
# A medium named by a phrase opening the sentence, before its speaker: "In an interview with CNN, X said",
# "Speaking to reporters in Kyiv, X said", "Writing on Telegram, X said", "In a post on X, the ministry said".
_FRONTED_MEDIUM = regex.compile(
    r"""
    (?:(?:(?:Speaking|Talking)\s++)?(?P<a>(?:In|(?<=g\s++)in)\s++an?\s++(?:[\w-]++\s++){0,2}?interview\s++
          (?:with|to|on)\s++(?:the\s++)?
          (?:(?:state-run|state-owned|pro-government|independent|private|public)\s++)?  # "the state-run RIA"
          \p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+){0,4}+
          (?:\s++(?:programme|program|show|podcast)  # "with BBC Radio 4's Today programme"
            |\s++(?:news\s++)?(?:network|channel|agency|newspaper|daily|broadcaster|radio|website|TV|television)
            |\s++(?:media|publishing|newspaper)\s++group  # "with the Funke media group"
          )?+)                                         # "with the Arabic-language Al-Alam news network"
          (?:\s++in\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+)?+)?+  # "with Xinhua in Jakarta"
          (?:\s++(?:published|aired|broadcast|released)\s++(?:(?:on|late|early|last|this)\s++)?+\p{L}++
             (?:\s++(?:morning|afternoon|evening|night))?+)?+
                                                         # "with the Clarín daily published on Sunday"
      | (?:In|During)\s++(?:(?:his|her|their|brief|short|a|an)\s++)?
          (?:remarks|comments?|answer|reply)\s++to\s++
          (?:(?:a\s++)?questions?\s++(?:raised|put|posed|asked)\s++by\s++(?:the\s++)?)?+
          (?P<a>reporters|journalists|the\s++press|_MEDIA_NP  # "In remarks to reporters, X said"
            |\p{Lu}[\p{L}\p{N}'’.&/-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&/-]*+){0,3}+)  # "to Euractiv"
          (?:\s++in\s++\p{Lu}[\p{L}'’-]*+)?+_WHEN  # "In remarks to reporters in Moscow last week, X said"
      | (?P<a>In\s++an?\s++(?:[\w-]++\s++){0,2}?interview\s++(?:with|to|on)\s++_MEDIA_NP)
      | (?:In|During)\s++(?:(?:an?|the|his|her)\s++)?(?:[\w-]++\s++){0,2}?
          (?:phone\s++call|call|conversation|meeting|talks)\s++with\s++
          (?P<a>[^,;\ue000\n]{2,60}?)_WHEN  # "In a phone call with X on Monday, Y said"
      | (?:Writing|Posting)\s++in\s++
          (?P<a>_MEDIA_NP|(?:the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+)
          _WHEN                                                    # "Writing in Foreign Affairs last month,"
      | (?:Speaking|Talking)\s++(?:(?:exclusively|separately|later|earlier|privately)\s++)?
          (?:by\s++(?:telephone|phone|video\s++link)\s++)?(?:to|with)\s++  # "Speaking by telephone to AFP"
          (?P<a>(?:the\s++)?(?:reporters|journalists|the\s++press|state\s++(?:TV|television|media|radio)
              |lawmakers|legislators|parliament|senators|deputies|MPs|supporters|students|diplomats|envoys
              # "broadcaster ZDF"
              |(?:(?:broadcaster|channel|newspaper|daily|network|station|agency|magazine)\s++)?
               \p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+){0,3}+
               # "Speaking to the BBC's Today programme", "Speaking to the ANI news agency"
               (?:\s++(?:programme|program|show|podcast)
                 |\s++(?:news\s++)?(?:agency|channel|network|newspaper|daily|broadcaster))?+))
          (?:\s++\(\p{Lu}{2,6}\))?+                              # "Speaking to Anadolu Agency (AA)"
          (?:\s++(?:in|on|at|after|before|during|while|outside|ahead\s++of)\s++
             [\p{L}\p{N}'’.-]++(?:\s++[\p{L}\p{N}'’.-]++){0,14}?)?  # "... before entering the building,"
          (?:\s++(?:afterwards?|later|earlier|by\s++(?:telephone|phone)))?+  # "Speaking to them afterward"
      | (?:Writing|Posting)\s++(?P<a>on\s++(?:(?:his|her|its|their|the)\s++)?
          (?:Telegram|X|Twitter|Facebook|Instagram|TikTok|YouTube|Truth\s++Social|Weibo|WeChat|VKontakte|Bluesky
            |social\s++media)
          (?:\s++(?:channel|account|page|platform|feed))?+)  # "Writing on his Telegram channel,"
      | (?:Speaking|Talking|Appearing)\s++on\s++  # "Speaking on Sky News," (the caller checks: on air)
          (?P<a>(?P<air>(?:(?:the|its|his|her|their)\s++(?:[\p{Ll}-]++['’]s\s++)?)?(?:al-|el-)?\p{Lu}[\p{L}\p{N}'’.&-]*+
              (?:\s++(?:of\s++(?:the\s++)?)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*+){0,4}+)  # "State of the Union"
             (?:\s++(?:programme|program|show|podcast|radio|television|TV|channel))?+)  # "France Inter radio"
          _WHEN
      | Addressing\s++(?P<a>_AUDIENCE)                                 # "Addressing the National Assembly,"
      | (?:Contacted|Reached|Interviewed)\s++by\s++  # "Contacted by RFI, a spokesman said"
          (?P<a>(?:the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+
            |_MEDIA_NP)
      # "In comments carried by state news agency WAM,", "In an interview broadcast on Sunday by Al Arabiya,":
      # the outlet that carried the words, without its "by"
      | (?:In|During)\s++(?:(?:a|an|his|her|its|their)\s++)?(?:[\w-]++\s++){0,2}?
          (?:interview|comments|remarks|statement|message|post|video|address|speech|letter|article|op-ed)\s++
          (?:carried|published|broadcast|aired|released|distributed|relayed|reported)_WHEN\s++by\s++
          (?P<a>(?:the\s++)?(?:(?:state(?:-run|-owned)?|official|semi-official|local|national|public
              |pro-government|independent|private)\s++)*+
            (?:(?:news\s++agency|agency|broadcaster|television|TV|channel|newspaper|daily|website|radio|media)
               (?=\s*+,|\s++\p{Lu})\s*+)?+
            (?:\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+
              (?:\s++(?:news\s++)?(?:agency|television|TV|channel|newspaper|website|radio|broadcaster|network
                 |daily))?+)?+)
          (?<![\s,])_WHEN
      | (?:(?:Speaking|Talking)\s++)?  # "Speaking in his nightly video address, X said"
        # "In a televised address, she"
        (?P<a>(?:In|(?<=g\s++)in)\s++(?:a|an|his|her|its|their|the)\s++(?:[\w-]++\s++){0,2}?
          (?:address|speech|memoir|memoirs|op-ed|column|book|broadcast|podcast|video\s++message|editorial
            |article|essay|(?:research\s++)?note|report|memo|newsletter
            |ruling|decision|judgment|judgement|verdict|filing|submission|letter|testimony|affidavit
            |indictment)
          (?:\s++to\s++(?:_RECIPIENTS
             |(?:the|his|her|its|their)\s++[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]*+){0,3}+))?+  # "letter to the PM"
          (?:\s++(?:for|in)\s++(?:the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+)?+)
                                                                         # "In an op-ed for Al Jazeera, X"
      | (?P<a>In\s++an?\s++(?:[\w-]++\s++){0,2}?(?:statement|communiqu[eé]|press\s++release))
          (?:\s++(?:issued|released|published)\s++(?:on|late|early|last|this)\s++[\p{L}\s]{3,30}?)?_WHEN
          (?=\s*+,|\s++(?:after|before|following|during|at|made|sent|shared)\b)  # "In a statement, X said"
      | In\s++an?\s++(?:[\w-]++\s++){0,2}?(?:post|statement|message|video)\s++
          (?:(?:posted|published|carried|released|read|broadcast|aired)\s++)?  # "read on state television"
          (?P<a>(?:on|by)\s++(?!(?:\L<days>)\b)(?:(?:its|his|her|their|the)\s++)?(?:official\s++)?
            (?:Telegram|X|Twitter|Facebook|Instagram|website|state\s++(?:news\s++agency|television|media|radio)
              |\p{Lu}[\p{L}\p{N}'’.&-]*+)
            (?:\s++(?:channel|account|page|website|news\s++agency|agency))?
            (?:\s++\p{Lu}[\p{L}'’-]*+){0,2}+  # "by the state news agency Khovar"
            (?:\s++(?:platform|account|channel|page|feed))?+)  # "on his Truth Social platform"
          # "... posted on X after the ruling,"
          (?:\s++(?:after|before|following|during)\s++(?:the|a|an|his|her|its|their)\s++[\p{L}-]++)?
    )
    # "In a post on Facebook after the talks ended,", "In a filing made public on Thursday,", "In a statement
    # sent to dpa,": when, where or how the words went out
    (?:\s++(?:after|before|following|during|at|made|sent|shared|late|early|last|this|marking|on\s++(?:\L<days>))\b
       [^,;:\ue000\n]{0,60}?)?
    \s*+,\s*+
    """.replace("_MEDIA_NP", _MEDIA_NP)
    .replace("_WHEN", _WHEN)
    .replace("_AUDIENCE", _AUDIENCE)
    .replace("_RECIPIENTS", _RECIPIENTS),
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# A weekday alone, perhaps with its part of the day: when, never a hearer ("warned Sunday that").
_WEEKDAY_ONLY = regex.compile(r"\L<days>(?:\s++(?:morning|afternoon|evening|night))?+", regex.V1, days=_DAYS)
_FRONTED_OPENERS = frozenset("ISTWPDACRO")  # first letters of the phrases above and below: a prefilter
# A show in quotation marks opening the sentence, its comma inside the marks: 'On ABC's “Capitol Week,”
# X said', 'Appearing on “Meet the Press,” X said', 'In an interview on Fox News' “Hannity,” X said'.
_FRONTED_SHOW = regex.compile(
    r"""(?:On|(?:Speaking|Appearing|Talking)\s++on|(?:In|During)\s++an?\s++(?:[\w-]++\s++){0,2}?
          (?:interview|appearance)\s++on)\s++
        (?P<a>(?:(?:\p{Lu}[\p{L}\p{N}.&-]*+\s++)?+\p{Lu}[\p{L}\p{N}.&-]*+(?:['’]s|(?<=s)['’])\s++)?+\ue000++)
        (?:\s*+,)?+\s*+""",
    regex.VERBOSE | regex.V1,
)
# What may stand between a fronted medium and its speaker's name: the speaker's title, set off by commas.
_APPOSED_SUBJECT = regex.compile(r"[^,.;:!?\ue000]{3,80}+,\s++", regex.V1)
# An interview named between a speaker and the cue: ", in an interview with Al Jazeera, said".
_INTERVIEW_ASIDE = regex.compile(
    r""",\s*+(?:
        (?P<a>in\s++an?\s++(?:[\w-]++\s++){0,2}?interview\s++(?:with|to|on)\s++(?:the\s++)?
          (?:(?:[\p{Ll}-]++\s++)?(?:broadcaster|channel|newspaper|daily|network|station|agency|magazine|outlet)
             \s++)?
          \p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+)*+
          (?:\s++(?:news\s++)?(?:network|channel|agency|newspaper|daily|broadcaster|radio|website|TV|television))?+)
        (?:\s++(?:on|late|early|last)\s++[\p{L}\s]{3,30}?)?  # "on Thursday evening"
      | (?P<a>in\s++an?\s++(?:[\w-]++\s++)?(?:post|message|video|statement)\s++on\s++  # ", in a post on X,"
          (?:his\s++|her\s++|the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+)
      | (?P<a>in\s++(?:a|an|its|his|her|their)\s++(?:[\p{Ll}-]++\s++)?(?:statement|communiqu[eé]|post|message
          |video|letter|note)  # ", in a statement posted on Facebook,", ", in a written statement,"
          (?:\s++(?:posted|published|issued|released|sent|shared|read)\s++(?:on|by|to|late|early|this|last)\s++
             [^,;:\ue000\n]{1,40}?)?)
      | (?:speaking|talking|writing)\s++(?:to|with|on(?!\s++(?:condition|background|the\s++sidelines|behalf
          |\L<days>)\b))
        \s++  # ", speaking to state TV,"; not "speaking in Yerevan", "speaking on background"
        (?P<a>(?:(?:the|a|an|state|local|national|public)\s++)?+[\p{L}\p{N}'’.&-]++(?:\s++[\p{L}\p{N}'’.&-]++){0,6}?)
        (?:\s++(?:later|earlier|afterwards|again|yesterday|today))?+  # ", speaking to journalists later,"
        (?:\s++(?:on|late|early|last|this|in|at|after)\s++[\p{L}\s]{3,50}?)?  # "... to Anadolu on Monday,"
      # ", quoted by Polish media,", ", quoted by the ISNA news agency,"
      | quoted\s++by\s++(?P<a>(?:the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+
          (?:\s++(?:news\s++)?(?:media|press|television|TV|radio|newspapers?|outlets?|agency|daily|channel
             |broadcaster|network|website))?+)
      # ", quoted by state TV,", ", quoted by local radio,"
      | quoted\s++by\s++(?P<a>(?:the\s++)?(?:state|local|national|public|official|private|independent
          |semi-official|pro-government|opposition)\s++(?:[\p{Ll}-]++\s++)?+
          (?:media|press|television|TV|radio|newspapers?|outlets?|agency|broadcaster|daily|channel))
      | (?P<a>in\s++an?\s++(?:[\w-]++\s++){0,2}?interview\s++(?:with|to|on)\s++(?:a|an|the)\s++  # ", in an
          (?:[\p{L}-]++\s++){0,3}?                                 # interview with a private TV channel,"
          (?:channel|network|newspaper|daily|broadcaster|station|radio|television|outlet|website|magazine))
      | (?P<a>in\s++(?:(?:his|her|their|a|an)\s++)?(?:[\p{Ll}-]++\s++)??
          (?:comments?|remarks|message|letter|answer|reply|response)
          \s++to\s++(?:the\s++)?  # ", in comments to Euractiv", ", in a message to Pope Francis on Sunday,"
          (?:(?:a\s++)?questions?\s++(?:raised|put|posed|asked)\s++by\s++(?:the\s++)?)?+
          \p{Lu}[\p{L}\p{N}'’.&/-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&/-]*+){0,3}+)  # ", in an answer to a question
                                                                          # raised by KCNA,"
        (?:\s++(?:on|late|early|last|this|after|before|at)\s++[\p{L}\s]{3,30}?)?  # "... after the talks,"
      # ", addressing lawmakers from his party in parliament,", ", addressing a rally in Lahore,"
      | addressing\s++(?P<a>(?:(?:the|a|an|his|her|its|their)\s++)?(?:[\p{L}'’-]++\s++){0,3}?
          (?:rally|gathering|crowd|conference|summit|meeting|session|forum|audience|convention|congress
            |assembly|ceremony|parliament|nation|lawmakers|legislators|reporters|journalists|students
            |supporters|troops|delegates|diplomats|workers|members|graduates|voters)
          (?:\s++(?:from|of|at|in)\s++[^,;\ue000\n]{1,60}?)?)
      # ", in a televised address,", ", in a speech to the nation on Sunday,"
      | (?P<a>in\s++(?:a|an|his|her|its|their)\s++(?:[\p{Ll}-]++\s++){0,2}?
          (?:address|speech|(?:press\s++|news\s++)?briefing|(?:news|press)\s++conference|broadcast)
          (?:\s++to\s++(?:the\s++)?nation)?+)
        (?:\s++(?:on|late|early|last|this)\s++[\p{L}\s]{3,30}?)?
      # ", at a news conference in Doha,", ", at a rally on Sunday,"
      # ", speaking alongside Macron at a joint news conference in Berlin,": the conference
      | (?:speaking\s++(?:(?:alongside|beside|next\s++to)\s++[^,;\ue000\n]{1,40}?\s++)?)?
        (?P<a>at\s++(?:a|an|the|his|her|its|their)\s++(?:[\w-]++\s++){0,2}?
          (?:(?:press\s++|news\s++)?briefing|(?:news|press)\s++conference|ceremony|rally|summit|forum
            |event|conference|seminar|gathering|meeting|session)
          (?:\s++in\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,2}+)?+)
        (?:\s++(?:on|late|early|last|this)\s++[\p{L}\s]{3,30}?)?
    )\s*+,\s*+$""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
_ADJUNCT = regex.compile(
    r"""
    (?:\s*,)?\s+(?:(?:most\s+)?\p{Ll}+ly\s+)?                             # ", most recently in ..., that"
    # (", in a move that could ...": the writer's frame, no hearer's that)
    (?!in\s++(?:what|(?:a|an)\s++(?:move|step|sign|bid|decision|development)\b))
    (?:(?:in|via)\s++(?:a|an|the|its|his|her|their)\s++(?:[\p{L}-]++\s++)?  # "in a statement carried by
         (?:statement|post|message|letter|video|readout|release|note|communiqu[eé])  # the official SPA news
         \s++(?:carried|posted|published|released|issued|sent|shared|signed)\s++(?:by|on|in|via|to)  # agency
                                                                      # that", "in a statement signed by"
      |on|in|at(?!\s++(?:least|most)\b)|during|from|via|through|without|last|this|earlier|later|late|early
                  |yesterday|today|tonight|here  # (not "said at least 11 civilians, ...": a count; "claimed
                                            # without evidence in a video that ...": an adjunct)
                  |(?P<sub>after|before|while|when|by|(?P<as>as|upon))|over|for|outside|inside|near|behind|ahead\s++of
                  |\L<days>|that(?=\s++(?:night|day|morning|afternoon|evening|week|weekend)\s++that\b))\b
    (?:\s+(?!(?:had|has|have|was|were|is|are|would|will|could|can|should|did|does|if|whether
                |adding|saying|noting|arguing|explaining|insisting|claiming|telling|warning
                )\b
              |(?(sub)(?!)|(?:(?:he|she|they|we|I)\b|it\s++\p{Ll})))
       # (a subject after a preposition opens the clause: "said in a statement it condemns X, warning ...";
       # not after a conjunction: "told X before he spoke that", "concluded by making it clear that"; a
       # title in quotation marks: 'said on “Face the Nation” that')
       (?:[^\s,:;\ue000]++|\ue000++)){0,8}?
    (?<!\b(?:way|manner|fashion|ways))  # ("respond in a way that hurts them": a relative clause of 'way')
    (?(as)(?=\s++that\b)|(?=\s*(?:,|:|\bthat\b)))  # ("told reporters as he arrived that"; not "said as the
                                                   # heckler yelled:", whose words are the heckler's)
    # no finite verb inside: "said on Friday no truce had been reached, after ..." is a clause; no question:
    # "said when asked if that remains his view" asks, its 'that' is no complementizer; no cue of its own:
    # "replied, before adding that ..." leaves the reply its quotation
    """,
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# A relative clause on the interview or post that carried the words, closing the sentence ("said in an
# interview with ANI that aired on Sunday", "..., which was published on Monday") or before the reported
# clause's "that" ("said in an interview that aired on Sunday that ...").
_MEDIUM_RELATIVE = regex.compile(
    r"""\s*+,?\s*+(?:(?:that|which)\s++(?:(?:was|were|is|has\s++been|had\s++been|will\s++be)\s++)?
        (?:aired|airs|will\s++air|broadcast|published|posted|released|appeared|ran|runs|will\s++run|was\s++aired)\b
        |(?P<by>seen|obtained|reviewed|viewed)\s++by\b)  # "said in its written decision, seen by Reuters."
        (?:(?!\s(?:that|said|says)\b)[^,;:\ue000\n]){0,60}?(?:\s*+[.!?]?\s*+$|\s*+,(?=\s++that\b)|(?=\s++that\b))""",
    regex.VERBOSE | regex.V1,
)
# The last nouns of a hearer's phrase that the hearer reader left, right before "that": "told the Ynet news
# site that", "told State House correspondents that" (not before a relative "that": "asked Kano agencies
# that handled the case").
_HEARER_NOUN_TAIL = regex.compile(
    r"""(?:\s++(?:site|programme|program|show|channel|service|desk|newspaper|daily|network|radio|station|website
        |portal|outlet|agency|media|television|state  # (then a plural noun, not an adverb:)
        |(?!(?:afterwards|always|perhaps|sometimes|besides|overseas|indoors|outdoors|nevertheless)\b)
          \p{Ll}[\p{Ll}-]*+(?<=[^s]s)(?<!ss)(?<!\bhis|\bhas|\bwas|\bits
        |\bthis|\bus)))
        {1,2}+(?:\s++\p{Lu}[\p{L}\p{N}.'’-]*+){0,2}+  # "told Moldovan television channel TV8 that": its name
        (?=\s++that\b(?!\s++(?:\p{Ll}++(?<=ed)|is|was|are|were|has|have|had|will|would|could|can
        |dealt|met|took|made|ran|led|held|kept|sent|won|lost|saw|gave|went|came|found|left|fought|paid)\b))""",
    regex.VERBOSE | regex.V1,
)
# A name set off by commas after an adjunct and before "that": "in a statement signed by the adviser on media,
# Mr. Ade Bello, that".
_APPOSED_NAME_THAT = regex.compile(
    r"\s*+,\s*+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s++)?\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,4}+\s*+,(?=\s*+that\b)",
    regex.V1,
)
# An aside set off by commas between a cue and its "that" ("cautioned, as did the ministry itself, that"),
# "that" opening a clause (not the subject of a verb: ", that was"; not ", citing X, that", which is read
# with its source).
_ASIDE_BEFORE_THAT = regex.compile(
    r"""\s*+,\s*+
        (?:(?!\p{Ll}++(?<=ing)\b)[^,;:\ue000.!?\n]{2,80}?  # (no participle: ", adding that" is a cue)
          # but one of how the speaker spoke: "told AFP, speaking anonymously because ..., that"
          |(?:speaking|talking)\s++(?:on\s++(?:condition|background)|anonymously|privately|by\s++(?:tele)?phone)\b
           [^,;:\ue000.!?\n]{0,160}?
          # or a participle of the occasion, no cue of its own: "said, speaking in Italian, that", "said,
          # departing from his prepared text, that"
          |(?:speaking|talking|departing|reading|standing|sitting|looking|appearing|answering|responding)
           \s[^,;:\ue000.!?\n]{2,80}?)
        ,\s*+(?=that\s++(?!(?:was|is|were|are|would|will|had|has)\b))""",
    regex.VERBOSE | regex.V1,
)
# Between a cue and a participle that only describes the document it names: "said in a statement (posted
# on X)", "told reporters in a message (carried by SPA)".
_IN_DOCUMENT = regex.compile(
    r"\s++(?:\p{L}++\s++){0,2}?(?:in|via|through)\s++(?:a|an|the|its|his|her|their)\s++(?:[\p{L}-]++\s++){1,3}",
    regex.V1,
)
_IN_DOCUMENT_REACH = 90  # characters from the earlier cue: the pattern cannot span more
# A "that" subject of its verb right after an adjunct: "in a case that has angered many" (a relative clause).
_THAT_SUBJECT_AT = regex.compile(r"\s*+that\s++(?:has|have|had|was|were|is|are|would|will)\b", regex.V1)
_THAT = regex.compile(
    r"\s*[,:]?\s*(?:(?P<that>that)(?![\p{L}\p{N}])(?!\s++(?:was|is|were|are|would|will|had|has)\b)"
    r"(?!\s++(?:night|day|morning|afternoon|evening|week|weekend|month|year)\s++(?:was|is|had)\b)\s*)?",
    regex.V1,
)  # (no complementizer before a verb: "said that was “not the intention”", where "that" is the subject; nor
#    before a time noun and its verb: "said that night was the worst")
# ", adding", " and said", ", but lamented": where a clause ends before the next reporting verb
_PARTICIPLE_CUT = regex.compile(
    r"""
    (?:,|\ue000(?=\s)                                          # (a quotation closed: "“...,” adding")
      |(?<!\p{Lu}[\p{L}'’.-]*\s)\band|\band(?!\s++\p{Lu})  # an "and" between capitalised words is a
      |(?:,\s*|\s)but|\s(?:before|after|while|without))\s*     # name's ("Foreign and Expatriates Ministry")
    (?:(?:he|she|they|it|we|others|some|many|most|critics|officials|both)\s+    # "and others have said",
      |(?<=(?:\band|,)\s*+)(?:\p{Lu}[\p{L}.'’-]*+\s++){1,3})?                  # "and Democrats accused",
                                                                              # ", TASS reports"
    (?:(?:also|have|has|had|is|are|was|were)\s+|\p{Ll}+ly\s+)*$                 # "and X is promising"
    """,
    regex.VERBOSE | regex.V1,
)
# An object that names what was said rather than saying it: "X confirmed this news report", "asking not
# to be identified".
_RE_MENTION = regex.compile(
    r"""
    (?:this|these|that|those|the|such)\s++(?:\p{L}++\s++)?
    (?:reports?|news|information|statements?|claims?|accounts?|allegations?|assessment|remarks?)\b
    (?!\s++(?:was|were|is|are|had|has|have|would|will|could|did|does|do|can|might|may)\b  # "the claim was"
      |\s*+\ue000                                    # 'the report “does not hold”': its predicate quoted
      |\s++\p{Ll}++(?<=ed|s)\s++(?!(?:by|in|on|at|last|earlier|this|yesterday|today|from|over)\b)[\p{Ll}\ue000])
                                                     # "the report contained errors": a clause, not a noun
  | (?:not\s++)?to\s++be\s++(?:identified|named|quoted)\b
  | (?:\p{L}++['’]s\s++)?(?:a\s++|the\s++)?requests?\s++for\s++comments?\b   # "AFP's request for comment"
  | (?:on\s++)?(?:the\s++)?condition\s++of\s++anonymity\b
    """,
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
)
# A clause opening with a participle or "Asked" ("Speaking to reporters, ...", "Asked about X, ...") that
# has at most a few words before its comma: the circumstance of the speech.
_CIRCUMSTANCE = regex.compile(
    r"""
    (?:\p{Lu}\p{Ll}++(?<=ing)\b                     # "Speaking to state media", but no gerund subject
      (?![^,\ue000]{0,60}?\s(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had)\s)
      (?!\s++(?:\p{Ll}++(?<=ed)|went|came|began|broke|rose|fell|spread|took|grew|ran|continues|goes|remains)\b)
                                                    # ("Fighting went on near X, the army said")
    | Asked\b)                                      # ("Defending it is hard"); "Asked if he was ..."
    [^,\ue000]{0,60}+$
  | (?:(?:But|And|Yet|Even|Soon|Shortly|Long|Just)\s++)?  # "In December", "Soon after the vote": a time
    (?:In|On|At(?!\s++(?:least|most)\b)|After|Before|During|Despite|Since|Until|When|While|As|For|With|Without
      |From|By|Over(?!\s++\p{N})|Amid  # ("Over 300 people were targeted, police said": a count)
      |Following|Earlier|Later|Like|Unlike|Under|Through|Within)\b[^,\ue000]{0,120}+$
  | (?:Last|This|Next|That|Every|Each|(?:Earlier|Later)\s++(?:this|that))\s++  # "Last month", "This week"
    (?:week|weekend|month|year|day|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|quarter
      |season|time|\L<dates>)\b[^,\ue000]{0,40}+$
  | (?:[\p{L}\p{N}-]++\s++){0,2}?                          # "Two weeks ago", "A day later", "Hours earlier"
    (?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s++(?:ago|later|earlier|before|after)\b
    [^,\ue000]{0,60}+$
  | (?:Yesterday|Today|Tonight|Overnight)\b[^,\ue000]{0,40}+$
    """,
    regex.VERBOSE | regex.V1,
    dates=_DAY_OR_MONTH_WORDS,
)
# ", citing <source>," as an aside between an outlet and its reporting verb, read before the verb and after
# the participle.
_CITING_ASIDE = regex.compile(r",\s*+citing\s++(?P<src>[^,;\ue000]{3,100}+),$", regex.V1)
_CITING_ASIDE_END = regex.compile(r"[^,;\ue000]{3,100}+,\s*+\p{Ll}++(?<=ed|s)\b", regex.V1)
# Participles of an aside between a cue and its that-clause: "said, citing X, that", "said, commenting on X,
# that", "said, referring to X, that".
_ASIDE_PARTICIPLES = frozenset(
    ["citing", "commenting", "commenting on", "referring to", "responding to", "reacting to"]
)


def _cue_then_comma(masked: str, ce: int, at: int) -> bool:
    """Only a comma, maybe after a time ("reported on Monday,", "reported earlier,"), stands between a cue
    ending at ``ce`` and the participle at ``at``."""
    return masked[ce:at].strip() == "," or _WHEN_THEN_COMMA.fullmatch(masked, ce, at) is not None


_WHEN_THEN_COMMA = regex.compile(
    r"""\s++(?:(?:late\s++|early\s++)?on\s++\L<days>(?:\s++(?:night|morning|afternoon|evening))?
        |\L<days>|earlier|later|yesterday|today|(?:last|this|earlier\s++this)\s++(?:week|month|year))\s*+,\s*+""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)


# ", citing <source>, that <clause>" after an outlet's reporting verb.
_CITED_THAT = regex.compile(r"(?P<src>\s++[^,;\ue000]{3,100}?)\s*+,\s*+that\s++", regex.V1)
# "by" and the agent of a participle ("proposed by President X"); not a means ("concluded by making it
# clear").
_AGENT_BY = regex.compile(r" by\s++(?!(?:\p{L}++(?<=ly)\s++)?+\p{L}++(?<=ing)\b)", regex.V1)
# An object that points back to what was said before: "He stated this in an interview with ...".
_PRONOUN_OBJECT = regex.compile(
    r"""(?:this|that|so|it|these|those|them|him|us|me)
        (?:\s++(?:in|at|on|during|while|when|after|before|via|through|last|earlier|later|yesterday|today|every
                |each|whenever|again|often)\b
          |[\s.,;]*+$)""",
    regex.VERBOSE | regex.V1,
)
# A finite verb of a that-less clause ("added the talks had stalled", "added Kyiv remained ready").
# "that every month makes it worse": a quantified subject and its verb after "that", a clause.
_QUANTIFIED_SUBJECT = regex.compile(r"that\s++(?:every|each)\s++\p{Ll}++\s++\p{Ll}++(?<=s)\b", regex.V1)
_FINITE = regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|do|does|did"
    r"|\p{Ll}++(?<=ed)|\p{Ll}++n['’]t|(?<=\b(?:\p{Lu}\p{Ll}*+|he|she|it|they|we)\s)\p{Ll}++(?<=s)"
    r"|(?:it|he|she|that|there|what|who)['’]s|\p{L}++['’](?:re|ll|ve|d|m))\b",
    regex.V1,
)
# A count after "about", no topic: "said about half of the rise", "about two-thirds of".
_ABOUT_COUNTS = frozenset(
    [
        *("half", "one", "two", "three", "four", "five", "six"),
        *("seven", "eight", "nine", "ten", "dozens", "hundreds"),
    ]
)
# A negative subject before the place or body a speaker reader took: "Nobody in Brussels", "None of them".
_ALL_BUT_BEFORE = regex.compile(
    r"\b(Everyone|Everybody|All|Everyone\s++else)\s++(?:but|except)\s++$", regex.V1
)
_NOBODY_BEFORE = regex.compile(
    r"\b(?:[Nn]obody|[Nn]o[ -]one|[Nn]one|[Nn]either)\s++(?:in|at|of|from|among)\s++$", regex.V1
)
# A cleft before the reported clause: "What I can tell you is that ...", "What he said was that ...".
_CLEFT_THAT = regex.compile(r"\s++(?:is|was)\s++(?=that\b)", regex.V1)
_WHAT_BEFORE = regex.compile(r"\b(?:[Ww]hat|[Aa]ll)\s++(?:[\p{L}'’-]++\s++){1,5}?$", regex.V1)
# First words of a two-word content that make it no clause ("is true", "he would", "to go", "CNN had").
_SUBJECTS = frozenset(
    ["he", "she", "it", "they", "we", "i", "you"]
)  # after "that": "said that they disagreed"
_SHORT_ANSWER_VERBS = frozenset(
    ["did", "does", "was", "were", "is", "are", "had", "has", "would", "will", "could"]
)
_COMPARED_BEFORE = regex.compile(r"\b(?:as|than|what|like)\s++$", regex.V1)  # "as he said he would"
_SHORT_CLAUSE_NOT_FIRST = frozenset(
    [
        *_AUXILIARIES.split("|"),
        *("did", "does", "do", "he", "she", "it", "they", "we", "i", "you", "this"),
        *("that", "what", "who", "which", "so", "to", "of", "about", "for", "with", "by", "on", "at", "as"),
        *("not", "never", "also", "then", "there", "here", "and", "but", "or"),
    ]
)
# The named body a hearer belongs to, after "of", "on" or "for": "of the Joint Committee on Education" (not a
# date: "on Monday").
_HEARER_BODY_TAIL = r"""\s++(?:of|on|for)\s++(?:the\s++)?(?!\L<dates>\b)\p{Lu}[\p{L}'’.&-]*+
    (?:\s++(?:(?:of|on|for|and|&)\s++(?:the\s++)?)?(?!\L<dates>\b)\p{Lu}[\p{L}'’.&-]*+){0,6}+"""
_HEARER_TAIL_END = regex.compile(
    _HEARER_BODY_TAIL + r"(?=\s*+[.!?]?\s*+$|\s++that\b)", regex.VERBOSE | regex.V1, dates=_DAY_OR_MONTH_WORDS
)  # "told the Senate Budget Subcommittee on Public Safety." / "... on Public Safety that"
# The second of two capitalised portfolios after a body's "of", before an infinitive: "(asked the Ministry of
# Industry) and Trade (to ...)".
_PORTFOLIO_JOINED = regex.compile(
    r"\s++(?:and|&)\s++\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,2}+(?=\s++to\s)", regex.V1
)
# A hearer closing the sentence after "told": "“...,” he told the general."
_HEARER_CLOSING = regex.compile(
    r"""\s++(?P<a>(?:(?:the|a|an|his|her|their|its|(?:tens\s++of\s++)?(?:thousands|hundreds|dozens|scores)\s++of)
        \s++(?:[\p{L}\p{N}'’-]++\s++){0,4}?[\p{L}'’-]++  # "he told the semi-official Tasnim news agency."
        |(?!(?:always|sometimes|perhaps|besides|nevertheless|regardless|nonetheless)\b)
         (?:\p{Ll}[\p{Ll}-]*+\s++){0,2}?\p{Ll}[\p{Ll}-]*+(?<=[^s]s)(?<!wards))  # "told business leaders."
        (?&body)?+)                        # "told members of the Joint Committee on Education."
        (?:\s++(?:on|in|at|during|after|before)\s++[\p{L}\p{N}\s'’-]{2,30}?)?\s*+[.!?]?\s*+$
        (?(DEFINE)(?P<body>"""
    + _HEARER_BODY_TAIL
    + r"""))""",
    regex.VERBOSE | regex.V1,
    dates=_DAY_OR_MONTH_WORDS,
)
# The hearer closing a sentence after a quotation and its speaker: "“...,” she urged residents (on Monday)."
_HEARER_LAST = regex.compile(
    r"""\s++(?P<a>(?:(?:the|all|local|fellow|his|her|their|our)\s++)?(?:[\p{L}'’-]++\s++){0,2}?
        (?:residents|citizens|people|voters|supporters|followers|reporters|journalists|lawmakers|members
          |delegates|troops|soldiers|parents|farmers|workers|students|colleagues|allies|leaders|him|her|them|us
          |\p{Lu}\p{Ll}++(?<=ans|ers|ese|ians))\b)
        (?:\s++(?:on|in|at|during)\s++[\p{L}\s]{2,30}?)?\s*+[.!?]?\s*+$""",
    regex.VERBOSE | regex.V1,
)
# A place after the hearer, before the reported clause: "told reporters in Tokyo", "told delegates at Davos",
# "told reporters at Queen's Park".
_HEARER_PLACE = regex.compile(
    r"\s++(?:in|at)\s++(?:the\s++)?\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,2}+"
    r"(?=\s++(?:that|the|a|an|his|her|its|their|he|she|it|they|we|I|\p{Lu}\p{L}*+)\b)",
    regex.V1,
)
# A clause of time set off between a cue and its 'that', maybe after a time adverbial: "said last year, when
# the rule was issued, that", "said on Monday, as talks resumed, that".
_WHEN_ASIDE_THAT = regex.compile(
    r"""(?:\s++(?:last|this|next|earlier|later|on|in|at)\b[^,;:\ue000\n]{0,30}?)?\s*+,\s*+
        (?:when|as|after|before|while|since|once|shortly\s++after|just\s++before|even\s++as)\s
        [^,;:\ue000\n]{3,100}?,(?=\s*+that\b)""",
    regex.VERBOSE | regex.V1,
)
# Where or when the hearers were told, or who they were, before the reported clause's 'that': "told reporters
# aboard Air Force One that", "told a crowd of hundreds at a hotel ballroom that", "told reporters travelling
# with him that" (words of a clause stop it: "told aides at dawn he would go, so that ...").
_HEARER_WHERE_THAT = regex.compile(
    r"""\s++(?:aboard|at|in|on|outside|inside|during|after|before|near|from|of|gathered|travell?ing|assembled
             |attending|waiting|accompanying)
        (?:\s++(?!(?&clausal))[\p{L}\p{N}'’.&-]++){1,8}?(?=\s++that\b)
        (?(DEFINE)(?P<clausal>(?:who|which|whether|if|how|why|what|when|where|he|she|they|we|I|it|is|was|are|were
                                  |has|have|had|and|or|but|so|could|would|can|will|should|might|must
                                  |\p{Ll}++(?<=ed)(?<!hundred))\b))""",
    regex.VERBOSE | regex.V1,
)
# The writer's comment on a reported clause, set off after its attribution: "a move that ...", "a step
# which ...", "a result the opposition rejects".
_WRITER_COMMENT = regex.compile(
    r"""(?:a|an)\s++(?:[\p{Ll}-]++\s++){0,2}?(?:move|step|decision|result|development|shift|sign|signal
        |blow|setback|boost|claim|charge|figure|outcome|deal|plan)\s++(?:that|which|the|likely|seen)\b""",
    regex.VERBOSE | regex.V1,
)
_MAX_PRONOUN_TAIL = 6  # words of an adjunct after an object "that" ("... hinted at that during a radio call")
_BAD_START = frozenset(["to", "of", "about", "for", "with", "by", "on", "at", "into", "from", "over", "as"])
# What follows "X said" that is a circumstance, not a reported clause ("“...,” X said in a statement",
# "... said during the interview", "... said and hung up"): the content is then before the speaker.
_ADJUNCT_START = frozenset(
    [
        "in", "at", "during", "aboard", "outside", "inside", "earlier", "later", "last", "while",
        "after", "before", "and", "but", "through", "via", "according", "onstage", "afterward", "afterwards",
        *_WEEKDAYS, "yesterday", "today", "tonight", "recently", "then", "again", "once", "repeatedly",
        "privately", "publicly", "or", "when", "compared", "including", "based", "following", "amid",
        "ahead", "upon",  # "said ahead of the summit", "said upon arrival"
    ]
)  # fmt: skip
# A word of letters and digits. Stdlib ``re`` (about twice as fast; linear: one character class): ``[^\W_]``
# is what ``[\p{L}\p{N}]`` is on every character assigned in Python's Unicode tables.
_WORD = re.compile(r"[^\W_]+")
_NOT_NEWLINE = regex.compile(r"[^\n]")
_BE_END = regex.compile(r"\s(?:was|were|is|are|has\s+been|had\s+been)\s*+$", regex.V1)
# ", and" right after an interrupting attribution: the second half of the reported clause follows.
_AND_AFTER_CUE = regex.compile(
    r"\s*+,\s*+(?:and\s++|but\s++(?!(?:a|an|the|his|her|its|their)\s))(?=\p{Ll})", regex.V1
)  # (not ", but a spokesman declined to ...": a contrast with a subject of its own)
# ", but" or ", and", then a clause whose subject has a determiner and whose verb is an auxiliary or modal,
# after an interrupting attribution: the reported clause's second half ("..., he said, but the vote would
# ..."), not the writer's next deed (", but a spokesman declined to comment").
_SUBJECT_AND_AFTER_CUE = regex.compile(
    r"\s*+,\s*+(?:and|but)\s++(?=(?:the|a|an|his|her|its|their)\s++(?:[\p{L}\-’']++\s++){1,3}?(?:"
    + _AUXILIARIES
    + r")\s)",
    regex.V1,
)
# ", but" and a subject of its own after an interrupting attribution: the writer's next clause (", but a
# spokesman declined to comment"), no part of the reported one.
_OWN_SUBJECT_AFTER_CUE = regex.compile(
    r"\s*+,\s*+(?:and|but)\s++(?:(?:the|a|an|his|her|its|their)\s"
    # ", and Tokyo described its role ...": a name and a verb in the past, the writer's next clause
    r"|\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,3}+\s++\p{Ll}++(?<=ed)\b)",
    regex.V1,
)
# A short adjunct of the cue, then the clause going on: "said in its yearly review, and", "said Monday, but".
_ADJUNCT_AND_AFTER_CUE = regex.compile(
    r"""\s++(?:(?:on|in|at|during|last|this|late|early|earlier|later|by|to|through|from|with|after|before
        |yesterday|today|tonight|\L<days>)\b
        [^,;:\ue000.!?]{0,60}?
        |(?<=\btold\s++)(?:reporters|journalists|lawmakers|(?:the\s++)?\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,3}))?
        \s*+,\s*+(?:and\s++|but\s++(?!(?:a|an|the|his|her|its|their)\s))(?=\p{Ll})
        (?!(?:then|also|later|still|never|again|even|just|soon)\b)
        (?!(?:\p{Ll}++(?<=ly)\s++)?(?:\p{Ll}++(?<=ed)|"""
    + _AUXILIARIES
    + r"""|went|came|took|gave|made|got|held|left|told|said|spoke|wrote|urged)\b)""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)  # (not "said on Monday, but declined to ...", "and then left", "and would ...": the speaker's second
# predicate)
# not ", asking ...", but ", including ...": the clause's own list goes on
_COMMA_WORD = regex.compile(r"\s*,\s*(?!(?!including\b)\p{Ll}++(?<=ing)\b)[\p{L}\p{N}]", regex.V1)
_TO_COMMA = regex.compile(r"[^,]*+,")
_THAT_END = regex.compile(r"\bthat\s*+$", regex.V1)
_THAT_END_REACH = 24  # characters before a quotation read for the "that" opening it
# A that opening a clause, maybe with an adverb after it ("that lately"), right before an adjunct of its own
# set off by commas: "said that lately, when he travels, he is asked ...".
_THAT_OPENING_END = regex.compile(
    r"\bthat(?:\s++(?:\p{Ll}++(?<=ly)|now|then|today|still|again|once|soon|already))?\s*+$", regex.V1
)
# A passive participle and its phrase after a subject, right before the cue: "A former official accused of
# taking bribes (told)", "The man charged with the attack (said)".
_REDUCED_PASSIVE_BEFORE = regex.compile(
    r"""(?<=\p{L})\s++(?:accused|charged|convicted|suspected|arrested|detained|jailed|sentenced|indicted|held)
        \s++(?:of|with|for|in|over|on)\s++[^,;:\ue000]{1,60}?$""",
    regex.VERBOSE | regex.V1,
)
# Words before "accused of" that make it a verb or a passive besides the lexicon's auxiliaries, passive
# markers and pronouns: "whom he accused of", "who accused of", "got accused of", "was falsely accused of".
_NOT_A_HEAD = frozenset(["who", "get", "got", "gets", "falsely"])
# A form of "be" or "have" right after a word: the word is a plural noun, the subject of that verb.
_BE_NEXT = regex.compile(r"\s++(?:are|were|have|remain|seem)\b", regex.V1)
# A finite verb of saying or reacting right after a cue's form, which is then a noun heading its subject.
_SAYING_NEXT = regex.compile(
    r"""\s++(?:said|say|says|told|warned|welcomed|argued|urged|claimed|noted|added|insisted|criticized|criticised
        |praised|condemned|rejected|denied|accused|demanded|wrote|stressed|complained|called|asked)\b""",
    regex.VERBOSE | regex.V1,
)
# A verb in the past right after a cue's base form ("European demand collapsed"), and the capitalised word
# that closes the text before the cue ("European").
_PAST_NEXT = regex.compile(r"\s++\p{Ll}{2,}ed\b", regex.V1)
_LAST_WORD = regex.compile(r"\p{Lu}\p{Ll}++(?=\s*+$)", regex.V1)
# A time word owning the clause's subject, no adjunct: "said Monday's vote was a mistake", "last week's".
_TIME_POSSESSIVE = regex.compile(r"(?:(?:last|this)\s++)?\p{L}++['’]s\s++\p{L}", regex.V1)


@attrs.define
class _Attr:
    """One reporting verb with its speaker mention and what it governs."""

    cue: tuple[int, int, str] | None  # start, end, lemma
    mention: Mention | None
    addressee: tuple[int, int] | None = None
    content: tuple[int, int] | None = None  # an indirect or mixed clause
    runs: list[MarkRun] = attrs.field(factory=list)  # the quotations it introduces or follows
    para: int = 0
    carried: bool = False
    silent: bool = False  # a speaker mention that governs nothing quoted: kept for resolution only
    fragment: bool = False  # the content ends with its last quotation ("called X “Y”")
    lead: tuple[int, int] | None = None  # the clause's part before its attribution ("A, X said, B")
    answer: bool = False  # an interview's "A:" turn, its speaker the interviewee the article introduced


def find_quotes(
    text: str,
    *,
    body_start: int = 0,
    lexicon: QuoteLexicon = DEFAULT_LEXICON,
    header: Header | None = None,
) -> tuple[Quote, ...]:
    """Find the quotations in ``text[body_start:]``, each with its speaker, cue and addressee.

    ``lexicon`` holds the reporting verbs, role nouns and pronouns (English by default, see
    :class:`~geoquote.QuoteLexicon`). ``header`` is the article's parsed header
    (:func:`~geoquote.parse_header` of the same ``text``): its title and subtitle are then read as
    paragraphs of their own, the body from its ``body_start`` on, and the byline, the dateline and a title
    repeated above the body are no quotation text. Without it, a wire dateline opening the body
    ("MOSCOW, Nov 27 (Reuters) -") is still left out. Messy text never raises; it yields fewer quotes.

    >>> t = "ANKARA, Nov 27 (Reuters) - “We will keep it open,” Selim Karaduman told reporters."
    >>> [(q.kind, q.text) for q in find_quotes(t)]
    [('direct', 'We will keep it open,')]
    """
    ensure_text(text)
    body_start = min(ensure_offset(body_start), len(text))
    ensure_instance(lexicon, QuoteLexicon, "lexicon", "a geoquote.QuoteLexicon")
    if header is not None:
        ensure_instance(header, Header, "header", "a geoquote.Header (from parse_header) or None")
    work = reading_copy(text, body_start if header is None else max(body_start, header.body_start))
    return quotes_in(text, work, body_start, lexicon, header)


def quotes_in(
    text: str, work: str, body_start: int, lexicon: QuoteLexicon, header: Header | None
) -> tuple[Quote, ...]:
    """The quotations of ``text[body_start:]``, read in ``work`` (``text`` or its :func:`reading_copy`):
    the spans quote ``text``."""
    if work is not text:
        return tuple(respan(q, text) for q in _quotes_in(work, body_start, lexicon, header))
    return _quotes_in(text, body_start, lexicon, header)


def _quotes_in(text: str, body_start: int, lexicon: QuoteLexicon, header: Header | None) -> tuple[Quote, ...]:
    layout = paragraphs(text, body_start, header)
    paras = layout.paras
    if not paras:
        return ()
    runs = _pair_marks(text, paras)
    prose_lines: dict[int, bool] = {}
    nicknames = [r for _, r in runs if _nickname(text, r, prose_lines)]
    if nicknames:
        named = {id(r) for r in nicknames}
        runs = [(pi, r) for pi, r in runs if id(r) not in named]
    masked = _blank_newsletter_labels(_mask(text, runs), paras)
    for r in nicknames:  # read as blanks inside the name: "Rosario “Cha” Villaflor" is "Rosario Villaflor"
        masked = masked[: r.open_at] + " " * (r.close_end - r.open_at) + masked[r.close_end :]
    attrs_: list[_Attr] = []
    first = compiled(lexicon).first_words
    participles = compiled(lexicon).passive_participles
    for pi, (ps, pe) in enumerate(paras):
        head = None if pi else _headline_attribution(masked, ps, pe, lexicon)
        if head is not None:
            attrs_.append(head)
        # where a cue may start, read once per paragraph: no word runs over a sentence end ("said.")
        # (and a passive's participle: "The figures were disputed by the ferry company", no lexicon cue)
        starts = [
            (w.start(), g)
            for w in _LETTERS.finditer(masked, ps, pe)
            if ((g := w.group()) in first or g in participles)
            and not (pi and g[0].isupper() and _NAME_LIKE_CUE.match(masked, w.start()) is not None)
        ]
        if not starts:
            continue  # no word that opens a cue: no attribution, so no sentences to split
        k = 0
        for ss, se in _closing_cues_joined(masked, _sentences(masked, ps, pe), first):
            k0 = k
            while k < len(starts) and starts[k][0] < se:
                k += 1
            if k > k0:
                found = _attributions(masked, ss, se, pi, lexicon, starts[k0:k])
                if head is not None and head.content is not None:
                    # "Syria condemns Israeli aggression – Foreign Ministry": a verb inside the headline's
                    # attributed clause is part of it
                    for at in found:
                        if (
                            at.cue is not None
                            and at.content is not None
                            and head.content[0] <= at.cue[0] < head.content[1]
                            and MASK not in masked[at.content[0] : at.content[1]]
                        ):
                            at.silent = True
                _relayed_speakers(masked, found)
                attrs_.extend(found)
    _blocks_after_colons(masked, paras, attrs_)
    attrs_ = _claim_runs(text, masked, paras, runs, attrs_, lexicon)
    if "(@" in text:  # (a prefilter: an embedded post's signature names its account)
        attrs_.extend(_embedded_posts(masked, paras, attrs_, lexicon))
    _reports_before_inner_quotes(masked, attrs_)
    asks = _turns_of(_ASK_TURN, text, paras)  # "Q: ..." / "Question: ..." paragraphs
    attrs_ = _turn_labels(text, paras, attrs_, lexicon, asked=bool(asks))
    attrs_ = _question_turns(text, paras, attrs_, asks, lexicon)
    # the resolver reads names over the text read here: a byline's writer is no speaker's fuller name
    quotes = _emit(text, masked, blank(text, layout.skipped), paras[0][0], attrs_, lexicon)
    return _headline_roles(_headline_echoes(quotes, paras[0]), paras[0]) if len(paras) > 1 else quotes


def _headline_roles(quotes: tuple[Quote, ...], head: tuple[int, int]) -> tuple[Quote, ...]:
    """``quotes`` with each named speaker of the headline given no role there taken the role the story
    gives the same person first ("Turkey will not back down — Erdogan" over "Turkish President Tayyip
    Erdogan said ...": Turkish President, and the body the role names); a headline writes names bare."""
    hs, he = head
    later: dict[str, Speaker] = {}
    for q in quotes:
        sp = q.speaker
        if q.start >= he and sp is not None and sp.name and sp.role and sp.name not in later:
            later[sp.name] = sp
    if not later:
        return quotes
    out = list(quotes)
    for k, q in enumerate(quotes):
        sp = q.speaker
        if (
            hs <= q.start < he
            and sp is not None
            and sp.name
            and not sp.role
            and (found := later.get(sp.name))
        ):
            org = sp.organization or found.organization
            out[k] = attrs.evolve(q, speaker=attrs.evolve(sp, role=found.role, organization=org))
    return tuple(out)


# The signature a page keeps of an embedded social-media post, closing the post's paragraph or alone on the
# next: "— Ana Ruiz (@AnaRuizMFA) December 1, 2026", "- NATO Press (@NATOpress) Dec 1, 2026".
_POST_SIGNATURE = regex.compile(
    r"""(?P<dash>[—–―]|-{1,2})[^\S\n]*+
        (?P<name>\p{Lu}[\p{L}.'’-]*+(?:[^\S\n]++(?:\p{Lu}[\p{L}.'’-]*+|of|the|for|al|bin|de|von|van)){0,6}+)
        [^\S\n]*+\(@\w{1,30}+\)[^\S\n]*+
        (?:\p{Lu}\p{Ll}{2,8}+\.?[^\S\n]++\d{1,2},?[^\S\n]++\d{4}|\d{1,2}[^\S\n]++\p{Lu}\p{Ll}{2,8}+[^\S\n]++\d{4})
        [^\S\n]*+$""",
    regex.VERBOSE | regex.V1,
)
# Links a post ends with, no part of its words: "pic.twitter.com/abc123", "https://t.co/xyz".
_POST_LINKS = regex.compile(r"(?:[^\S\n]*+(?:pic\.twitter\.com/\w++|https?://\S++))++[^\S\n]*+$", regex.V1)
_POST_MIN_WORDS = 3


def _embedded_posts(
    masked: str, paras: list[tuple[int, int]], attrs_: list[_Attr], lex: QuoteLexicon
) -> list[_Attr]:
    """The posts a page embeds, each given to the account its signature names ("We will not be intimidated.
    ¶ — Ana Ruiz (@AnaRuizMFA) December 1, 2026": Ana Ruiz's words, quoted whole): the post's words in the
    signature's paragraph before it, else the paragraph before; a post that holds a quotation or a report
    already read is left as read."""
    out: list[_Attr] = []
    by_para: dict[int, list[_Attr]] = {}
    for at in attrs_:
        by_para.setdefault(at.para, []).append(at)
    for pi, (ps, pe) in enumerate(paras):
        sig = _POST_SIGNATURE.search(masked, ps, pe, timeout=_tmo(ps, pe))
        if sig is None:
            continue
        a, b = ps, sig.start()
        if not masked[a:b].strip() and pi > 0:
            a, b = paras[pi - 1]
        if (links := _POST_LINKS.search(masked, a, b)) is not None:
            b = links.start()
        a += len(masked[a:b]) - len(masked[a:b].lstrip())
        b -= len(masked[a:b]) - len(masked[a:b].rstrip())  # (its closing stop is the post's, kept)
        if (
            len(_WORD.findall(masked, a, b)) < _POST_MIN_WORDS
            or MASK in masked[a:b]
            or any(_overlaps(at, a, b) for n in (pi - 1, pi, pi + 1) for at in by_para.get(n, ()))
        ):
            continue
        who = subject_after(masked, sig.start("name") - 1, sig.end("name"), lex)
        if who is None or who.start != sig.start("name") or who.kind not in ("name", "org"):
            continue
        out.append(_Attr(None, who, runs=[MarkRun(a, b, a, b, True, False)], para=pi))
    return out


def _overlaps(at: _Attr, a: int, b: int) -> bool:
    """Whether an attribution's cue, content or quotations fall inside ``[a, b)``."""
    spans = [at.content, *((r.open_at, r.close_end) for r in at.runs)]
    if at.cue is not None:
        spans.append((at.cue[0], at.cue[1]))
    return any(s is not None and s[0] < b and a < s[1] for s in spans)


_ECHO_HEADLINE = 240  # characters of a headline whose quotations may echo the body's


def _headline_echoes(quotes: tuple[Quote, ...], head: tuple[int, int]) -> tuple[Quote, ...]:
    """``quotes`` with each quotation of a short headline that names nobody given the speaker of the body's
    quotation holding the same words, carried ("“We were lucky”: passengers recall ..." over “We were lucky,”
    said Ann Roe): the headline repeats what the story reports."""
    hs, he = head
    if he - hs > _ECHO_HEADLINE:
        return quotes
    heard = [
        (f" {' '.join(_WORD.findall(q.text.casefold()))} ", q)
        for q in quotes
        if q.start >= he and q.speaker is not None and q.speaker.name
    ]
    if not heard:
        return quotes
    out = list(quotes)
    for k, q in enumerate(quotes):
        if q.start >= he or (q.speaker is not None and q.speaker.name) or q.kind == "indirect":
            continue
        words = " ".join(_WORD.findall(q.text.casefold()))
        if words.count(" ") < 1:
            continue
        for said, b in heard:
            if f" {words} " not in said:
                continue
            found = b.speaker
            assert found is not None
            if q.speaker is None:
                sp = attrs.evolve(found, resolution="carried")
            else:  # '“...,” says survivor': the headline's noun for the body's speaker
                org = q.speaker.organization or found.organization
                sp = attrs.evolve(q.speaker, name=found.name, organization=org, resolution="role")
            out[k] = attrs.evolve(q, speaker=sp)
            break
    return tuple(out)


# A newsletter's label opening a paragraph or a bullet, with its colon ("Driving the news: ...", "- Why it
# matters: ...", "What they're saying: ..."): the writer's signpost, no speaker's and no part of a clause.
_NEWSLETTER_LABEL = regex.compile(
    r"""[^\S\n]*+(?:[-•*·][^\S\n]++)?+
    (?i:driving\ the\ news|why\ it\ matters|what\ they['’]re\ saying|between\ the\ lines|the\ other\ side
      |(?:the\ )?big\ picture|zoom\ (?:in|out)|what['’]s\ next|flashback|yes,\ but|by\ the\ numbers
      |(?:the\ )?bottom\ line|(?:the\ )?state\ of\ play|catch\ up\ quick|go\ deeper|reality\ check
      |worth\ noting|our\ thought\ bubble|the\ intrigue|what\ to\ watch|what\ we['’]re\ watching|be\ smart
      |behind\ the\ scenes|threat\ level|follow\ the\ money|case\ in\ point|the\ backstory|where\ it\ stands
      |the\ big\ question|the\ fine\ print|why\ now|the\ kicker|what\ happened|what['’]s\ happening
      |key\ quote|of\ note|the\ latest|context|details)
    [^\S\n]*+:[^\S\n]++(?=\S)""",
    regex.VERBOSE | regex.V1,
)


# A web page's link to another story, the story's headline after the label: "Related: Ukraine says ...",
# "READ MORE: Kremlin says ...", "See also: ...".
_LINK_LINE = regex.compile(
    r"""[^\S\n]*+(?i:related|read\ more|read\ also|also\ read|see\ also|more\ on\ this|recommended
      |watch|listen|related\ stories|related\ story|related\ articles|you\ may\ also\ like
      |more\ from\ \p{L}++)[^\S\n]*+:""",
    regex.VERBOSE | regex.V1,
)


def _blank_newsletter_labels(masked: str, paras: list[tuple[int, int]]) -> str:
    """``masked`` with each paragraph's opening newsletter label blanked (see :data:`_NEWSLETTER_LABEL`), and
    each line linking to another story (see :data:`_LINK_LINE`): its headline is no part of this one."""
    cut: list[tuple[int, int]] = []
    for ps, pe in paras:
        if (m := _NEWSLETTER_LABEL.match(masked, ps, pe)) is not None:
            cut.append(m.span())
        elif _LINK_LINE.match(masked, ps, pe) is not None and "\n" not in masked[ps:pe]:
            cut.append((ps, pe))
    return blank(masked, cut)


def _blocks_after_colons(masked: str, paras: list[tuple[int, int]], attrs_: list[_Attr]) -> None:
    """A speaker and cue closing their paragraph with a colon, the next paragraph a block of their words set
    without quotation marks ("The governor added:" then "It is typical of her. ..."): that paragraph is the
    content (a paragraph holding a quotation mark or an attribution of its own is no such block)."""
    para_starts = [p[0] for p in paras]
    has_attr = {at.para for at in attrs_ if at.mention is not None and at.cue is not None}
    for at in attrs_:
        if at.content is not None or at.silent or at.runs or at.mention is None or at.cue is None:
            continue
        pi = bisect.bisect_right(para_starts, at.cue[0]) - 1
        if pi < 0 or pi + 1 >= len(paras) or masked[at.cue[1] : paras[pi][1]].strip() != ":":
            continue
        nxt = pi + 1
        a, b = _trim(masked, *paras[nxt])
        if MASK in masked[a:b] or nxt in has_attr or len(_WORD.findall(masked, a, b)) < _BLOCK_WORDS:
            continue
        at.content = (a, b)


_BLOCK_WORDS = 6  # words of a block paragraph after a colon, at least: a sentence, not a heading
_RELAY_LEMMAS = frozenset(["report", "quote", "cite", "carry", "publish"])  # verbs a medium relays with


def _relayed_speakers(masked: str, found: list[_Attr]) -> None:
    """ "Kazinform reported that the deputy minister, X, said ...": the outlet's report holds only the
    subject of the next attribution, so it relays that speaker's words: no record of its own, its speaker
    the other's medium."""
    for outer, inner in itertools.pairwise(found):
        if (
            outer.content is not None
            and not outer.runs
            and inner.mention is not None
            and inner.cue is not None
            and outer.mention is not None
            and outer.content[0] <= inner.mention.start
            and inner.mention.end <= outer.content[1] <= inner.cue[0]
            and not masked[outer.content[1] : inner.cue[0]].strip(" ,")
            and (
                (outer.cue is not None and outer.cue[2] in _RELAY_LEMMAS) or _is_outlet(masked, outer.mention)
            )
            and inner.cue[2] in _LOOSE_LEMMAS
        ):
            outer.silent = True
            outer.content = None
            if inner.addressee is None:
                inner.addressee = (outer.mention.start, outer.mention.end)


# --------------------------------------------------------------------------- marks and sentences


def _pair_marks(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, MarkRun]]:
    """Every top-level quotation as (paragraph index, run); a quote over paragraphs is merged into one."""
    out: list[tuple[int, MarkRun]] = []
    pending: tuple[int, MarkRun] | None = None
    single_speech = False  # a typewriter single-quoted sentence has stood beside words of its own before
    for pi, (ps, pe) in enumerate(paras):
        found = scan_paragraph(
            text, ps, pe, goes_on=pending is not None and pending[1].single, single_speech=single_speech
        )
        single_speech = single_speech or any(_single_speech(text, r, ps, pe) for r in found)
        if pending is not None:
            ppi, prun = pending
            if found and found[0].open_at == ps and ppi == pi - 1 and _runs_on(text, prun):
                first = found.pop(0)
                merged = MarkRun(
                    prun.start, first.end, prun.open_at, first.close_end, first.closed, prun.single
                )
                if first.closed:
                    out.append((ppi, merged))
                    pending = None
                else:
                    pending = (pi, merged)
            elif (
                ppi == pi - 1
                and _opens_paragraph(text, prun, paras[ppi][0])
                and (close := _close_in(text, ps, pe, prun, found)) >= 0
            ):
                # "“A.\n\nB,” she said": the next paragraph goes on without reopening and closes it
                end = close
                while end > ps and text[end - 1].isspace():
                    end -= 1
                out.append((ppi, MarkRun(prun.start, end, prun.open_at, close + 1, True, False)))
                pending = None
                found = [r for r in found if r.open_at > close]
            else:
                out.append(pending)
                pending = None
        for r in found:
            if not r.closed and r is found[-1]:
                pending = (pi, r)
            elif r.closed:
                out.append((pi, r))
    if pending is not None:
        out.append(pending)
    return out


def _single_speech(text: str, r: MarkRun, ps: int, pe: int) -> bool:
    """``r`` is a closed sentence in typewriter single marks with words of its own paragraph after it ("'He
    came at me with a blade,' said Arthur."): the article sets speech in them, as British papers do."""
    return (
        r.single
        and r.closed
        and text[r.open_at] == "'"
        and text[r.close_end - 2 : r.close_end - 1] in _SPEECH_CLOSE
        and len(_WORD.findall(text, r.start, min(r.end, r.start + 200))) >= 3
        and _WORD.search(text, r.close_end, pe) is not None
    )


_SPEECH_CLOSE = frozenset(",.!?")


def _opens_paragraph(text: str, r: MarkRun, ps: int) -> bool:
    """The unclosed run opens its paragraph and holds a sentence's words: a quotation that may go on."""
    return (
        not text[ps : r.open_at].strip() and len(_WORD.findall(text, r.start, min(r.end, r.start + 400))) >= 3
    )


def _credit_line(seg: str) -> bool:
    """``seg`` is a credit: a name with its title and nothing said ("Ana Ruiz, deputy trade adviser.",
    "Former union president Tom Hale.")."""
    words = seg.strip().rstrip(".").split()
    if not 2 <= len(words) <= _CREDIT_WORDS:
        return False
    head = seg.split(",", 1)[0].split()
    return len(head) >= 2 and all(w[:1].isupper() for w in head[-2:])


_CREDIT_WORDS = 8
_CLOSERS = {"“": "”", "«": "»", "„": "“”", '"': '"', "‘": "’", "‹": "›", "「": "」"}


def _close_in(text: str, ps: int, pe: int, prun: MarkRun, found: list[MarkRun]) -> int:
    """Where a closing mark of the kind that opened ``prun`` stands in the paragraph ``text[ps:pe]`` before
    any quotation the paragraph opens, right after a word or a comma or full stop (so it closes), else -1."""
    closers = _CLOSERS.get(text[prun.open_at : prun.open_at + 1], "")
    if not closers:
        return -1
    limit = min([r.open_at for r in found] + [pe])
    for i in range(ps, limit):
        if text[i] in closers and i > ps and not text[i - 1].isspace():
            nxt = text[i + 1 : i + 2]
            if nxt.isalnum():
                continue
            # a paragraph that is only a name and its title ("Ana Ruiz, deputy trade adviser.”")
            # credits the quotation above; it does not go on with it
            return -1 if _credit_line(text[ps:i]) else i
    return -1


# A quotation left open that goes on into the next paragraph is a long stretch of speech; a stray mark a
# few words before the paragraph's end opens nothing ("a stray “ mark in it.").
_CONTINUED_WORDS = 8


def _runs_on(text: str, r: MarkRun) -> bool:
    """Whether an unclosed run is long enough to be a quotation continued in the next paragraph."""
    return len(_WORD.findall(text, r.start, min(r.end, r.start + 400))) >= _CONTINUED_WORDS


# A nickname in quotation marks inside a name: a capitalised word or two between a capitalised word and
# another ('Senator Rosario “Cha” Villaflor', 'Gen. Arnulfo "Jun" Dimaculangan'), read as part of the name.
_NICKNAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*+\.?[ \t]$", regex.V1)
_NICKNAME_INSIDE = regex.compile(r"\p{Lu}[\p{L}'’.-]*+(?:[ \t]\p{Lu}[\p{L}'’.-]*+)?", regex.V1)
_NICKNAME_AFTER = regex.compile(r"[ \t]\p{Lu}\p{Ll}", regex.V1)


def _nickname(text: str, r: MarkRun, prose_lines: dict[int, bool]) -> bool:
    """``r`` quotes a nickname inside a person's name (see :data:`_NICKNAME_BEFORE`), on a line that is no
    title-case headline ('Christie Calls Clinton ‘A Disgrace’ Over ...'); ``prose_lines`` keeps, by the
    line's start, whether a line read before is prose."""
    if not (
        r.closed
        and r.end - r.start <= _NICKNAME_CHARS
        and _NICKNAME_INSIDE.fullmatch(text, r.start, r.end) is not None
        and _NICKNAME_AFTER.match(text, r.close_end) is not None
        and _NICKNAME_BEFORE.search(text, max(0, r.open_at - 30), r.open_at) is not None
    ):
        return False
    ls = text.rfind("\n", 0, r.open_at) + 1
    if ls not in prose_lines:
        le = text.find("\n", r.close_end)
        line = text[ls : le if le >= 0 else len(text)]
        prose_lines[ls] = any(len(w) >= _LOWER_WORD_CHARS and w[:1].islower() for w in line.split())
    return prose_lines[ls]


_NICKNAME_CHARS = 20
_LOWER_WORD_CHARS = 4  # a line with a lower-case word this long is prose, not a title-case headline


def _mask(text: str, runs: list[tuple[int, MarkRun]]) -> str:
    """``text`` with every quotation (marks included) replaced by mask characters of the same length."""
    parts: list[str] = []
    pos = 0
    for _, r in runs:
        a, b = r.open_at, r.close_end
        if a < pos:
            continue
        parts.append(text[pos:a])
        seg = text[a:b]
        # keep line breaks (paragraphs) and a final full stop (sentence end) visible
        body = MASK * len(seg) if "\n" not in seg else _NOT_NEWLINE.sub(MASK, seg)
        if (
            text[r.end - 1 : r.end] in ".!?"
            and b == r.close_end
            and len(body) > 1
            and not body.endswith("\n")
        ):
            body = body[:-1] + "."
        parts.append(body)
        pos = b
        dash = _DASH_AFTER_QUOTE.match(text, b, min(len(text), b + 40))
        if dash is not None:  # "«...» - she noted": a spaced hyphen after a quotation reads as its comma
            parts.append(text[b : dash.start("dash")] + ",")
            pos = dash.end("dash")
    parts.append(text[pos:])
    masked = "".join(parts)
    if "day (" in masked:
        # "on Tuesday (4 March) said": the weekday's date in brackets, as Brussels outlets print it, reads as
        # blank space, so the time phrase and its clause read as without it
        masked = _DAY_DATE_BRACKETS.sub(lambda m: " " * len(m.group()), masked)
    if "es.)" in masked or "et.)" in masked or "etd" in masked:
        # "Brig. Gen. (res.) Amir Avivi told": a reservist's or a retired officer's mark after the rank reads
        # as blank space, so the rank and the name read as one title and name
        masked = _RESERVE_MARK.sub(lambda m: " " * len(m.group()), masked)
    return masked


# A reservist's or a retired officer's mark after a rank, as Israeli and US copy prints it: " (res.)",
# " (ret.)", " (Ret.)", " (retd)".
_RESERVE_MARK = regex.compile(r"(?<=\.)[ \t]\((?:[Rr]es|[Rr]et|[Rr]etd)\.?\)(?=[ \t]\p{Lu})", regex.V1)


# A cue's form in capitals inside a sentence, after a comma or a word in lower case, then a capitalised word:
# a given name ("His brother, Said Omar, told", "the imam Said Ahmed"); in the body only (a headline in title
# case: "Biden to Announce New Sanctions").
_NAME_LIKE_CUE = regex.compile(
    r"(?<=(?:,|(?<![\p{L}\p{N}'’.-])\p{Ll}++)[ \t]++)\p{Lu}\p{Ll}++[ \t]++\p{Lu}\p{Ll}", regex.V1
)
# The date in brackets after a weekday: " (4 March)", " (March 4)".
_DAY_DATE_BRACKETS = regex.compile(
    r"(?<=\b\L<days>)[ \t]\((?:\d{1,2}\s\L<months>|\L<months>\s\d{1,2})\)(?=[\s,.])",
    regex.V1,
    days=_DAYS,
    months=ENGLISH_MONTHS,
)
# A spaced hyphen or dash right after a quotation, before its attribution ("«...» - she noted", "” – X said").
_DASH_AFTER_QUOTE = regex.compile(
    r"""[,.]?[^\S\n]++(?P<dash>[-–—])[^\S\n]++
        (?=(?:he|she|they|we|I)\s|\p{Lu}\p{Ll}*+\s++\p{Ll}++(?<=ed|id|ld|ote|ys)\b)""",
    regex.VERBOSE | regex.V1,
)  # (a dash before other words goes on with the sentence: "“...” - a white shirt")


def _sentences(masked: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``masked[ps:pe]`` (a timed-out split leaves the rest as one)."""
    out = []
    s = ps
    with contextlib.suppress(TimeoutError):
        for m in _SENT_END.finditer(masked, ps, pe, timeout=_tmo(ps, pe)):
            out.append((s, m.start() + 1))
            s = m.end()
    if s < pe:
        out.append((s, pe))
    return out


# A sentence this short, with no quotation of its own, after a sentence that is one quotation closed by its
# own full stop, question or exclamation mark is that quotation's attribution ("“Why now?” Vitter asked.").
_CLOSING_WORDS = 6
# Lower-case particles inside a name, not counted among those words ("Faisal bin Tariq al-Saud", "Ana de la
# Cruz").
_PARTICLES_IN_NAME = frozenset(
    ["bin", "ibn", "bint", "al", "el", "abu", "de", "da", "do", "dos", "del", "la", "van", "von"]
)
_ONLY_QUOTATION = regex.compile(r"\s*+\ue000++\.", regex.V1)  # a sentence that is one quotation, closed


def _closing_then_aside(masked: str, words: list[re.Match[str]], first: frozenset[str], end: int) -> bool:
    """The short attribution opens a longer sentence and a comma closes it: "“Who won?” Ruiz said, looking
    out at the crowd." (the cue among its first words, a comma at most three words after it, and an aside
    after the comma rather than a clause of its own)."""
    for w in words[:_CLOSING_WORDS]:
        if w.group() in first:
            comma = masked.find(",", w.end(), end)
            if comma < 0 or len(_LETTERS.findall(masked, w.end(), comma)) > 3:
                return False
            aside = _LETTERS.search(masked, comma, end)
            return aside is not None and (aside.group().endswith("ing") or aside.group() in _ASIDE_OPENERS)
    return False


def _closing_then_adjunct(words: list[re.Match[str]], first: frozenset[str]) -> bool:
    """The short attribution goes on with where or when it was said, and nothing else: "“Why now?” Ruiz
    said at a party meeting in the capital on Friday." (the cue among its first words, a preposition right
    after it, no "that" and no second cue after it, and at most a dozen words more)."""
    for k, w in enumerate(words[:_CLOSING_WORDS]):
        if w.group() in first:
            rest = [x.group() for x in words[k + 1 :]]
            heard = w.group() in ("told", "tells") and bool(rest) and rest[0] in _CLOSING_HEARER_OPENERS
            return (
                0 < len(rest) <= _CLOSING_ADJUNCT_WORDS
                and (rest[0] in _CLOSING_ADJUNCT_OPENERS or heard)
                and "that" not in rest
                and not any(x in first and x not in _CLOSING_ADJUNCT_OPENERS for x in rest)
                and not (heard and any(x in _CLOSING_CLAUSE_WORDS or x.endswith("ed") for x in rest))
            )
    return False


_CLOSING_ADJUNCT_WORDS = 12
_CLOSING_ADJUNCT_OPENERS = frozenset(["at", "in", "on", "during", "after", "before", "outside", "from"])
# Hearers after "told" ("“Why pay?” Ana Cruz told the summit in Riyadh."), with no clause of their own.
_CLOSING_HEARER_OPENERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "reporters", "journalists"]
)
_CLOSING_CLAUSE_WORDS = frozenset(
    ["is", "was", "are", "were", "will", "would", "could", "can", "should", "must", "has", "have", "had"]
)


# what opens the aside after a closing attribution: "Ruiz said, as the crowd cheered" (not "Ruiz said, twice,
# that ...", whose clause is a report of its own)
_ASIDE_OPENERS = frozenset(
    ["as", "while", "before", "after", "and", "then", "his", "her", "their", "a", "an"]
)


def _closing_cues_joined(
    masked: str, sentences: list[tuple[int, int]], first: frozenset[str]
) -> list[tuple[int, int]]:
    """``sentences`` with a short one holding a cue word joined to a quotation that ends the sentence before
    ("“Why now?” Vitter asked." is one sentence: the quotation's "?" is no end of its attribution)."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and _ONLY_QUOTATION.fullmatch(masked, *out[-1]) and MASK not in masked[s:e]:
            words = list(_LETTERS.finditer(masked, s, e))
            if any(w.group() in first for w in words) and (
                len(core := [w for w in words if w.group() not in _PARTICLES_IN_NAME]) <= _CLOSING_WORDS
                or _closing_then_aside(masked, words, first, e)
                or _closing_then_adjunct(core, first)
            ):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


# --------------------------------------------------------------------------- attributions

# ``Pence: Flowers Won’t Be at Debate``: a headline opened by a speaker and a colon. Only the first
# paragraph: further down, "Iowa: names..." and "Sanders: Win in a walk" are list and section labels.
# A live blog's time stamp may open the paragraph (see :data:`._reading.TIME_STAMP_PATTERN`).
_COLON_HEAD = regex.compile(
    rf"""(?:{TIME_STAMP_PATTERN})?+                      # a live blog's time stamp: "13:30 GMT – "
        [^\S\n]*+(?P<head>[\p{{Lu}}][^:\n\ue000]{{0,58}}?)[^\S\n]*+:[^\S\n]++(?=\S)""",
    regex.VERBOSE | regex.V1,
)
_NO_SPEAKER_HEADS = frozenset(
    [
        "update", "updated", "watch", "related", "note", "editor's note", "editor’s note", "photo", "photos",
        "video", "read", "read more", "listen", "correction", "breaking", "exclusive", "opinion", "analysis",
        "live", "see also", "more", "q", "a", "question", "answer", "transcript", "warning", "disclosure",
        "the", "latest", "poll", "wow", "boom", "look", "bombshell", "just", "report", "news", "daily",
        "email", "notice", "fact", "check", "alert", "scoop",
        # a broadcast's or a page's rubric ("Q&A: X on her Senate run", "Panel: ...", "Reactions: ...")
        "q&a", "panel", "roundtable", "reactions", "reaction", "explained", "recap", "highlights", "quiz",
    ]
)  # fmt: skip
# Last words of a headline's label that name a column's rubric or the event the story is about, not a speaker
# ("Capitol Notebook: ...", "Kosovo Election: X Claims Mandate", "Budget Deadlock: ..."; but "Election
# commission: ..." speaks). Written by us.
_TOPIC_HEADS = frozenset(
    [
        *("notebook", "diary", "dispatch", "roundup", "digest", "newsletter", "preview", "election"),
        *("elections", "vote", "referendum", "deadlock", "standoff", "showdown", "crisis", "war", "race"),
        *("talks", "summit", "budget", "deal", "attack", "attacks", "earthquake", "floods", "storm"),
        "protests",
        *("review", "recap", "explainer", "timeline", "factbox", "briefing", "wrap", "update", "live"),
    ]
)
# A wire's version tag glued to a headline: "UPDATE 2-", "REFILE-", "EXCLUSIVE-", "ANALYSIS-".
_WIRE_TAG = regex.compile(
    r"(?:\L<tags>)(?:[^\S\n]\d{1,2})?[^\S\n]?[-–][^\S\n]*+(?=\p{Lu})", regex.V1, tags=list(WIRE_TAGS)
)


def _fronted_medium(got: _Attr | None, medium: tuple[int, int] | None, mention: Mention) -> None:
    """Give ``got`` the medium fronted before its speaker ("In a post on X, she called it ...") as its
    addressee, when it has none of its own."""
    if got is not None and got.addressee is None and medium is not None and medium[1] <= mention.start:
        got.addressee = medium


# Wire tags of the writer's own pieces, whose headline's colon credits no one ("FACTBOX-BRICS: ...").
_WRITERS_TAGS = frozenset(["factbox", "explainer", "timeline", "analysis", "insight", "graphic", "column"])
# A label and its colon opening a clause: "Exclusive: ...", "ANALYSIS: ...".
_LEADING_LABEL = regex.compile(r"(\p{L}[\p{L}'’ ]{0,20}?)[^\S\n]*+:[^\S\n]++", regex.V1)
# Section labels that head a headline as a whole ("INTERVIEW: ...", "FACTBOX: ..."), though a speaker's head
# may hold the word ("Putin interview: ...", "WSJ editorial: ...").
_SECTION_LABELS = _NO_SPEAKER_HEADS | frozenset(
    ["interview", "exclusive interview", "factbox", "explainer", "timeline", "insight", "corrected",
     "editorial", "commentary", "review", "profile", "feature"]
)  # fmt: skip


def _colon_head(masked: str, ps: int, pe: int, pi: int, lex: QuoteLexicon) -> _Attr | None:
    """The attribution of a paragraph that opens ``SPEAKER: WORDS`` (not a label like ``UPDATE:``)."""
    if (tag := _WIRE_TAG.match(masked, ps, pe)) is not None:
        if tag.group().split("-")[0].strip().casefold() in _WRITERS_TAGS:
            return None  # "FACTBOX-BRICS: who are the members ...": the writer's own explainer
        ps = tag.end()  # "UPDATE 2-Lavrov: ...": the version tag, then the speaker
    m = _COLON_HEAD.match(masked, ps, pe)
    if m is None:
        return None
    if (
        (lab := _LABEL_DASH.match(masked, m.start("head"), m.end("head"))) is not None
        and lab.group(1).casefold() in _SECTION_LABELS
        and (m := _COLON_HEAD.match(masked, lab.end(), pe)) is None
    ):
        return None  # "Exclusive — Sen. Ruiz: ...": the section's label, then the speaker
    words = m.group("head").split()
    # "Poll: Wealthy Voters Abandon the Party", "New Survey: ...": a document reports the claim after it
    document = len(words) == 1 and words[0].casefold() in _HEADLINE_DOCUMENTS
    if m.group("head").casefold() in _SECTION_LABELS and not document:
        return None
    colon = m.end("head") + masked[m.end("head") : m.end()].index(":")
    clause_forms = compiled(lex).clause_forms
    cue = (colon, colon + 1, ":")
    head_end = m.end("head")
    if len(words) > 1 and words[-1].casefold() in clause_forms:
        # "Lavrov Says: The West Is Lying": the speaker and his verb before the colon
        cs = m.start("head") + m.group("head").rindex(words[-1])
        cue = (cs, cs + len(words[-1]), clause_forms[words[-1].casefold()])
        head_end, words = cs, words[:-1]
    elif any(w.casefold() in clause_forms for w in masked[m.end() : pe].split()[:_COLON_REST_CUE]) and all(
        not_person(p) or p.casefold() in COLON_DATELINE_CITIES
        for p in _PLACE_SPLIT.split(m.group("head"))
        if p
    ):
        # "Sudan: Army says it retook the capital", "Gaza: UN warns of ...": a place names the story, the part
        # after the colon has its own speaker (but "Ruiz: Lima thinks the deal is dead" is Ruiz's)
        return None
    if (tail := _TRAILING_SPEAKER_TAIL.search(masked, m.end(), pe)) is not None and any(
        w.casefold() in clause_forms for w in tail.group().split()
    ):
        return None  # "ICC: Militia leader ‘ordered attacks’, prosecutors say": the words have their speaker
    hearer: tuple[int, int] | None = None
    if (to := _TO_HEARER.search(masked, m.start("head"), head_end)) is not None:
        # "Erdogan to Netanyahu: “You will pay”": the speaker, then whom the words are for
        hearer, head_end = (to.end(), head_end), to.start()
        words = masked[m.start("head") : head_end].split()
    # (read without what follows: "Iran to US" would make "Iran" the subject of an infinitive)
    who = subject_before(masked[:head_end] if hearer else masked, m.start("head"), head_end, lex)
    if document:
        who = Mention(m.start("head"), head_end, "role", head=words[-1].casefold())
    elif (
        who is None
        or who.start != m.start("head")
        or who.kind not in ("name", "org", "role")
        or len(words) > 3
        or any(w.casefold() in _NO_SPEAKER_HEADS or w.casefold().endswith("ed") for w in words)
        or words[-1].casefold() in _TOPIC_HEADS
        or _places(m.group("head"))
        # "Flooding: Governor orders ...": a gerund names the story's topic, unless the story names it again
        or (len(words) == 1 and words[0].endswith("ing") and not _named_again(masked, words[0], pe))
    ):
        return None  # a speaker ("Ruiz:", "Foreign Ministry:", "Russian expert:"), not "The Latest:", "Wow:"
    if hearer is not None and not _named_again(masked, masked[who.start : who.end].split()[-1], pe):
        return None  # ("Welcome to Ashland: ...", "Road to Damascus: ...": a feature's title, no speaker)
    if (
        who.kind == "name"
        and not document
        and (
            masked[who.end : head_end].strip()
            or any(w.endswith(("'s", "’s")) for w in words[:-1])
            or (len(words) == 1 and _ABSTRACT_NOUN.search(words[0]) is not None)
        )
    ):
        # "Election night: ...", "Prime Minister's Questions: ...", "Insecurity: ...": a rubric's words, no
        # speaker's name
        return None
    if len(words) == 1 and who.kind == "name" and _named_again(masked, words[0], pe, placed=True):
        return None  # "Jonglei: Officials say 40 killed ..." with "in Jonglei state" below: a place's rubric
    a, b = _trim(masked, m.end(), pe)
    if (
        len(words) == 1
        and (state := default_gazetteer().lookup(words[0])) is not None
        and state.type == "state"
        and words[0] in (state.name, *state.aliases)
        and MASK not in masked[a:b]
        and _STANCE_WORD.search(masked, a, b) is None
    ):
        return None  # "Portugal: Doctors' strike closes emergency wards": the country's rubric over the news
        # (not "Iran: US must lift sanctions first", a state's stand)
    if len(_WORD.findall(masked, a, b)) < 3 and MASK not in masked[a:b]:
        return None
    return _Attr(cue, who, hearer, content=(a, b), para=pi)


# The ending of an abstract noun, which names a story's topic and no person ("Insecurity", "Terrorism").
_ABSTRACT_NOUN = regex.compile(r"\p{Ll}(?:ity|ism|tion|sion|ness|ment|ance|ence|ship|ery|acy)$", regex.V1)
_NAMED_AGAIN_REACH = 3000  # characters of the story read for the headline speaker's name
# Words of a stand taken rather than news told, after a state's name and a headline's colon: a modal, a
# negation, the first person ("Iran: US must lift sanctions first", "China: We oppose the visit").
_STANCE_WORD = regex.compile(
    r"\b(?:must|should|will|would|shall|can|cannot|can't|won't|need|needs|not|no|never|we|our|us|I|my)\b",
    regex.V1 | regex.IGNORECASE,
)


def _named_again(masked: str, word: str, at: int, *, placed: bool = False) -> bool:
    """``word``, a headline's speaker, is written again in the story after ``at`` (a name the story goes on to
    use, not a word of a title); ``placed``: written as a place there ("in Jonglei", "from Ituri province"),
    the rubric of a regional outlet, no speaker."""
    lead = r"(?:in|of|from|across|near|around)\s++(?:the\s++)?" if placed else ""
    return (
        regex.search(
            rf"(?<![\p{{L}}\p{{N}}]){lead}{regex.escape(word)}(?![\p{{L}}\p{{N}}])",
            masked,
            pos=at,
            endpos=at + _NAMED_AGAIN_REACH,
        )
        is not None
    )


# "to" between a headline's speaker and the one addressed, both capitalised: "Erdogan to Netanyahu".
_TO_HEARER = regex.compile(r"(?<=\p{L})[^\S\n]++to[^\S\n]++(?=\p{Lu})", regex.V1)
_HEADLINE_DOCUMENTS = frozenset(["poll", "survey", "study"])
_LABEL_DASH = regex.compile(r"(\p{L}[\p{L} ]{0,20}?)[^\S\n]*+[—–-][^\S\n]++", regex.V1)  # "Exclusive — "
# A headline's closing attribution after a comma: ", prosecutors say", ", UN officials warn." (its last word
# a verb of saying, checked against the lexicon).
_TRAILING_SPEAKER_TAIL = regex.compile(
    r",[^\S\n]++(?:[\p{L}.'’-]++[^\S\n]++){1,3}\p{L}++[.!]?[^\S\n]*+$", regex.V1
)
_TOPIC_WORDS = 3  # words of a headline's topic before its colon ("ICC:", "Mining lease scam:")
_COLON_REST_CUE = 5  # words after a headline's colon where a verb of saying gives that part its own speaker


# ``Border talks have stalled - Foreign Ministry``: a headline credited by a dash and a short speaker.
_DASH_HEAD = regex.compile(
    r"[^\n]{12,}?(?P<dash>[^\S\n]++[-–—―]{1,2}[^\S\n]++|:[^\S\n]++)(?=[^\n\ue000]{2,40}$)", regex.V1
)
_DASH_HEAD_WORDS = 4
# An agency or outlet after a headline's dash is its publisher, not its speaker ("... - Reuters").
_OUTLETS = frozenset(a.casefold() for a in AGENCIES)


def _headline_attribution(masked: str, ps: int, pe: int, lex: QuoteLexicon) -> _Attr | None:
    """The first paragraph's ``SPEAKER: CLAIM`` or ``CLAIM - SPEAKER``; a first paragraph of several
    sentences is a story's lead, not a headline ("X said: “A.” Asked about B, he said: “C.”" gives its
    colon's words to the first sentence alone)."""
    if ":" in masked[ps:pe] and len(_sentences(masked, ps, pe)) == 1:
        colon = _colon_head(masked, ps, pe, 0, lex)
        if colon is not None:
            return colon
    return _dash_head(masked, ps, pe, lex)


def _dash_head(masked: str, ps: int, pe: int, lex: QuoteLexicon) -> _Attr | None:
    """The attribution of a headline that ends ``CLAIM - SPEAKER`` (a name, a body or a role)."""
    end = pe
    while end > ps and masked[end - 1] in " .\u00a0":
        end -= 1
    m = _DASH_HEAD.match(masked, ps, end)
    if m is None or len(masked[m.end() : end].split()) > _DASH_HEAD_WORDS:
        return None
    who = subject_after(masked, m.end("dash") - 1, end, lex)
    if who is None or who.kind not in ("name", "org", "role") or masked[who.end : end].strip():
        return None
    if (
        ":" in m.group("dash")
        and who.kind in ("name", "org")
        and any(w[:1].islower() and w not in _NAME_PARTICLES for w in masked[who.start : who.end].split()[1:])
    ):
        return None  # "Brazil's farms: Soy story": a column's punning title after the colon, no speaker
    if masked[who.start : who.end].casefold() in _OUTLETS:
        return None
    a, b = _trim(masked, ps, m.start("dash"))
    if len(_WORD.findall(masked, a, b)) < 3 and MASK not in masked[a:b]:
        return None  # ('“Aid failed farms”: US researcher': a quoted claim)
    dash = m.start("dash") + len(m.group("dash")) - len(m.group("dash").lstrip())
    return _Attr((dash, dash + len(m.group("dash").strip()), "―"), who, content=(a, b), para=0)


_NAME_PARTICLES = frozenset(["of", "for", "the", "and", "de", "da", "do", "dos", "van", "von", "al", "bin"])
_PLACE_SPLIT = regex.compile(r"\s*+(?:[-–—/&]|\band\b)\s*+", regex.V1)


_LOWER_AFTER = regex.compile(r"\s++\p{Ll}", regex.V1)
_HEARER_NOUN = regex.compile(
    r"\s++(?:reporters|journalists|lawmakers|supporters|media|television|TV|radio|state\s++media)\b", regex.V1
)


def _demonym_before_noun(masked: str, m: regex.Match[str]) -> bool:
    """The name an addressee pattern read after "to" is one demonym adjective with a lower-case word after
    it ("to Israeli strikes", "to Russian demands"): a thing, not a hearer."""
    words = masked[m.start("a") : m.end("a")].split()
    return (
        len(words) == 2
        and words[0] == "to"
        and default_gazetteer().adjective(words[1]) is not None
        and _LOWER_AFTER.match(masked, m.end()) is not None
    )


# A capitalised word in the form of a regional adjective: "European", "Arab", "Asian", "Nordic", "Baltic".
_ADJECTIVE_FORM = regex.compile(r"\p{Lu}\p{Ll}++(?<=an|ese|ish|ic)|Arab", regex.V1)


_DETERMINERS_AFTER = frozenset(
    ["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our"]
)


def _demonym_noun(masked: str, start: int, end: int, se: int) -> int | None:
    """Where the noun ends when ``masked[start:end]`` is an article and one demonym with a lower-case noun
    after it ("the American plan", "the Arab summit"): the adjective of a noun phrase, not a person or body
    called "the American"; else ``None``."""
    words = masked[start:end].split()
    if (
        len(words) == 2
        and words[0].casefold() in ("the", "a", "an")
        and (default_gazetteer().adjective(words[1]) is not None or _ADJECTIVE_FORM.fullmatch(words[1]))
        and (noun := _NOUN_AFTER_MODIFIER.match(masked, end, se)) is not None
        and noun.group().lstrip() not in _DETERMINERS_AFTER
    ):
        return noun.end()
    return None


def _places(head: str) -> bool:
    """A headline head naming places, not a speaker ("Moscow-Tehran: ...", "Iran and Iraq: ...")."""
    parts = [p for p in _PLACE_SPLIT.split(head) if p]
    gaz = default_gazetteer()
    return len(parts) > 1 and all(gaz.lookup(p) is not None for p in parts)


# A relative clause set off by commas whose object is its antecedent, up to the cue: ", which China calls",
# ", which Beijing claims" (the clause then closes within a few words: ", which China calls Diaoyu,").
_GAP_RELATIVE_BEFORE = regex.compile(r",\s*+(?:which|whom)\s++(?:[\p{L}\p{N}.'’-]++\s++){1,4}$", regex.V1)
_GAP_RELATIVE_AFTER = regex.compile(  # (not a verb after the cue: "which he said was dead")
    r"(?!\s++(?:is|was|are|were|had|has|have|would|will|could|should|might|may|must)\b)"
    r"(?:\s++[\p{L}\p{N}.'’-]++){0,3}\s*+,",
    regex.V1,
)


def _in_gap_relative(masked: str, ss: int, se: int, m: regex.Match[str]) -> bool:
    """The cue is the verb of a relative clause whose object is the noun before it ("the islands, which China
    calls Diaoyu, belong to China", "the islands, which Beijing claims, ..."): it reports nothing, and the
    clause around it goes on."""
    lo = max(ss, m.start() - 60)
    return (
        _GAP_RELATIVE_BEFORE.search(masked, lo, m.start()) is not None
        and _GAP_RELATIVE_AFTER.match(masked, m.end(), se) is not None
    )


# A title-case headline's word after a verb-like noun: "Questions Over", "Calls for Restraint At".
_TITLE_PREPOSITION = regex.compile(r"(?:Over|About|On|At|In|Into|From|With|Amid|After|Against)\b", regex.V1)


# "think tank" after a word that is no subject of "think": "the think tank", "a Washington-based think-tank"
# (not "I think tanks will decide it").
_THINK_TANK = regex.compile(
    r"(?<!\b(?:I|we|We|you|You|they|They|he|He|she|She|who)\s++)[Tt]hink[\s-]tanks?+\b", regex.V1
)


def _attributions(
    masked: str, ss: int, se: int, pi: int, lex: QuoteLexicon, starts: list[tuple[int, str]]
) -> list[_Attr]:
    """The attributions of one sentence (``masked[ss:se]``; ``starts``: where a word that may open a cue
    stands, with the word)."""
    cl = compiled(lex)
    out: list[_Attr] = []
    if masked[ss : ss + 1] in "QA" and (label := _QA_LABEL.match(masked, ss, se)) is not None:
        ss = label.end()  # "Q: The Secretary said ...": the transcript's label is no part of the clause
    relative = "which" in masked[ss:se] or "whom" in masked[ss:se]  # (a prefilter of _in_gap_relative)
    matches = [
        m
        for m in _cues(masked, se, cl, starts)
        if not _noun_cue(masked, ss, se, m, cl)
        and not (m.group().casefold() in _THINK_FORMS and _THINKING_OF.match(masked, m.end(), se) is not None)
        and not (
            m.group().casefold() == "think" and _THINK_TANK.match(masked, m.start()) is not None
        )  # a body
        and not _narrow_unused(masked, se, m, cl)
        and not (relative and _in_gap_relative(masked, ss, se, m))
    ]  # ("and thought of her late father ...": a memory, no report; the clause before it goes on)
    if not matches and masked.startswith("In ", ss) and (poll := _in_poll(masked, ss, se, pi)) is not None:
        return [poll]  # "In a Gazette survey published Tuesday, 44 percent of residents backed Marrow."
    trail = _trailing_speaker(masked, ss, se, matches, lex) if len(matches) > 1 else None
    for n, m in enumerate(matches):
        try:
            nxt = _next_clause(masked, m.end(), matches[n + 1 :], se, (ss, lex))
            a = _one(masked, ss, se, m, nxt, out, pi, lex)
        except TimeoutError:
            continue  # a pattern gave up on this cue's clause: the cue is lost, not the sentence
        if (
            a is not None
            and a.content is not None
            and m.group()[:1].isupper()
            and m.start() > ss
            and _TITLE_PREPOSITION.match(masked, a.content[0]) is not None
        ):
            continue  # "Minister Faces Questions Over Spending": in a title-case headline, a noun
        if a is not None:
            if (
                trail is not None
                and a.content is not None
                and max(m.end(), a.content[0]) < trail < a.content[1]
            ):
                # "The report shows that casualties rose, the U.N. office said.": the clause ends before the
                # sentence's trailing speaker
                a.content = _trim(masked, a.content[0], trail)
            out.append(a)
    if any(w in cl.passive_participles for _, w in starts):
        # "The plan is supported by most of the dock unions": a passive whose participle no cue read
        taken = [a.cue for a in out if a.cue is not None]
        for p in passive_reports(masked, ss, se, lex):
            if not any(c[0] <= p.cue[0] < c[1] for c in taken):
                bisect.insort(out, _Attr(p.cue, p.agent, content=p.content, para=pi), key=_pos)
    if names_poll(masked, ss, se):
        # "Marrow drew 41 percent backing in a Gazette poll": a poll after "in" reports the clause before it,
        # unless an attribution of the sentence reads that stretch already
        read = [r for x in out for r in (x.content, x.cue and x.cue[:2], x.lead) if r]
        read += [(x.mention.start, x.mention.end) for x in out if x.mention]
        read += [(r.open_at, r.close_end) for x in out for r in x.runs]
        for r in poll_reports(masked, ss, se, read, language=lex.language):
            doc = Mention(r.source[0], r.source[1], "role", head=r.head)
            bisect.insort(out, _Attr(r.cue, doc, content=r.content, para=pi), key=_pos)
    if len(out) > 1:
        out = [a for a in out if not _apposed_relative(masked, a, out)]
    _credits_as_media(masked, out)
    _according_aside(out)
    _inverted_aside(masked, out, se, lex)
    _outlet_citing(masked, out, se, lex)
    _medium_closing(masked, out, cl.object_lemmas)
    if pi == 0 and out:
        _headline_as_clause(masked, ss, se, out)
    _nested_reports(masked, out)
    return out


# "as" opening a headline's second clause, with its own subject and verb: "PM defends stance as Opposition
# calls for unity", "E3 warn Iran of snapback as Tehran says ...".
_HEADLINE_AS = regex.compile(
    r"\s++as\s++(?=\p{Lu}[\p{L}\p{N}'’.&+-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&+-]*+){0,3}+\s++\p{Ll}++(?<=s)\b)",
    regex.V1,
)
_HEADLINE_WORDS = 25  # words of a headline at most


def _headline_as_clause(masked: str, ss: int, se: int, out: list[_Attr]) -> None:
    """In a headline (no full stop closing it, few words), a report's clause ends before "as" opening a
    clause of its own, which may hold a report of its own."""
    if masked[ss:se].rstrip().endswith(".") or len(_WORD.findall(masked, ss, se)) > _HEADLINE_WORDS:
        return
    for at in out:
        if at.content is None:
            continue
        a, b = at.content
        if (cut := _HEADLINE_AS.search(masked, a, b)) is not None and cut.start() > a:
            at.content = (a, cut.start())


_WHO_BETWEEN = regex.compile(r"\s++who\s++(?:\p{Ll}++\s++){0,2}?$", regex.V1)  # "... chairman who (also) "


def _apposed_relative(masked: str, a: _Attr, out: list[_Attr]) -> bool:
    """``a`` is a cue in a relative clause describing another attribution's speaker: '“...,” said Gene
    Ruiz, a former party chairman who endorsed her in May.' With nothing reported after it, the description
    says what he did and the next quotation is still his: drop it. With a report after it ("who praised her
    plan"), it is his too: its speaker is the name the description is apposed to."""
    m = a.mention
    if m is None or a.cue is None or _WHO_BETWEEN.search(masked, m.end, a.cue[0]) is None:
        return False
    for b in out:
        if (
            b is not a
            and b.mention is not None
            and b.cue is not None
            and b.cue[1] <= b.mention.start  # an inverted attribution: "said Gene Ruiz, ..."
            and b.mention.kind == "name"
            and 0 <= m.start - b.mention.end <= 3
            and masked[b.mention.end : m.start].strip() == ","
        ):
            if a.content is not None and a.content[1] > a.cue[0]:
                a.mention = b.mention
                return False
            return True
    return False


_APPOSED_NAME_GAP = 80  # characters between a subject and the name apposed to it ("A spokesman for X, Name")


# A medium closing a clause: "rejected the offer on state television", "praised the deal on Twitter", "said
# the port would reopen in an interview with CNN". The annotated clauses mostly end before it. A broadcast or
# a platform closes only an object ("said he had watched it on television": the clause's own verb's).
_MEDIUM_CLOSING = regex.compile(
    r"""(?:\s*+,)?\s++(?P<a>(?P<aired>(?:on|in)\s++(?:the\s++)?(?:(?:state|state-run|national|public|local)\s++)?
          (?:television|TV|radio)
        |on\s++(?:Twitter|X|Facebook|Telegram|Instagram|TikTok|YouTube|Truth\s++Social|social\s++media))
        |in\s++an?\s++(?:[\w-]++\s++){0,2}?interview
          (?:\s++with\s++(?:the\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+)?+)$""",
    regex.VERBOSE | regex.V1,
)
_MEDIUM_CLOSING_REACH = 80  # characters before a clause's end read for a closing medium
_MEDIUM_CLOSING_WORDS = re.compile(
    r"interview|television|TV|radio|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Truth|social"
)
_MEDIUM_OBJECT_WORDS = 6  # the longest object a broadcast or a platform closes: a longer one may be a clause


def _outlet_citing(masked: str, out: list[_Attr], se: int, lex: QuoteLexicon) -> None:
    """A news outlet closing the sentence with its source ("..., Reuters reported, citing two diplomats.",
    "..., AZERTAC reports, citing the press service of the ministry."): the source speaks, the outlet is the
    medium; a record of "citing" itself goes."""
    for at in out:
        if (
            at.cue is None
            or at.mention is None
            or at.mention.end > at.cue[0]
            or not _is_outlet(masked, at.mention)
        ):
            continue
        cited = _CITING_AFTER.match(masked, at.cue[1], se)
        if cited is None:
            continue
        src = subject_after(masked, cited.end() - 1, se, lex)
        if src is None or src.kind == "pronoun" or _SOURCE_REST.fullmatch(masked, src.end, se) is None:
            continue  # (the source closes the sentence, perhaps with its body: "the press service of X")
        outlet = (at.mention.start, at.mention.end)
        at.mention, at.addressee = src, at.addressee or outlet
        for other in out:
            if other is not at and other.cue is not None and other.cue[0] == cited.start("cue"):
                other.silent = True  # ("citing the press service ...": no report of the outlet's own)


_SOURCE_REST = regex.compile(r"(?:\s++(?:of|at|in|for)\s[^,;:\ue000]{1,80}?)?\s*+[.!]?\s*+", regex.V1)
# ", citing" after an outlet's cue, then its source: "..., Reuters reported, citing two diplomats."
_CITING_AFTER = regex.compile(r"(?:\s++(?:on|late|early)\s++\p{L}++)?+\s*+,\s*+(?P<cue>citing)\s", regex.V1)


def _inverted_aside(masked: str, out: list[_Attr], se: int, lex: QuoteLexicon) -> None:
    """An inverted attribution set off inside its clause ("Buenos Aires, said Gustavo Iriarte, remained open
    to dialogue"): the speaker is the name after the verb, and what was said is the clause around it, in two
    parts; the subject before the verb had been read as the speaker and the name as part of the words."""
    for at in out:
        if (
            at.cue is None
            or at.mention is None
            or at.content is None
            or at.lead is not None
            or at.cue[2] not in _LOOSE_LEMMAS
            or masked[at.mention.end : at.cue[0]] != ", "
            or not at.cue[1] < at.content[0] <= at.cue[1] + 1
            or not _opens_sentence_at(masked, at.mention.start)
        ):
            continue  # (the subject opens its sentence: not "... to Mr. Sanders, said X, a former ...")
        who = subject_after(masked, at.cue[1], se, lex)
        if (
            who is None
            or who.start != at.content[0]
            or who.kind not in ("name", "role")
            or (rest := _REST_AFTER_ASIDE.match(masked, who.end, at.content[1])) is None
        ):
            continue
        at.lead = (at.mention.start, at.mention.end)
        at.mention = who
        at.content = (rest.end() - 1, at.content[1])


def _opens_sentence_at(masked: str, pos: int) -> bool:
    """``pos`` opens its paragraph or follows a sentence's closing stop."""
    gap = masked[masked.rfind("\n", 0, pos) + 1 : pos].rstrip()
    return not gap or gap.endswith((".", "!", "?", MASK))


# The rest of a clause after an inverted attribution set off inside it: a comma, then a verb in lower case.
_REST_AFTER_ASIDE = regex.compile(
    r",\s++(?!(?:a|an|the|who|whose|which|his|her|its|their|one|another|now|then|also|and|but)\b)\p{Ll}",
    regex.V1,
)


def _according_aside(out: list[_Attr]) -> None:
    """An "according to" aside between a subject and its own verb ("The OAS, according to a statement from
    its secretary general, welcomed the vote") is the medium of the subject's report, no report of the
    subject's name: its record goes, its source becomes the addressee."""
    for at in out:
        if at.cue is None or at.cue[2] != "according to" or at.content is None or at.mention is None:
            continue
        owner = next(
            (
                o
                for o in out
                if o is not at
                and o.mention is not None
                and o.cue is not None
                and o.cue[0] > at.mention.end
                and (o.mention.start, o.mention.end) == at.content
            ),
            None,
        )
        if owner is None:
            continue
        at.silent = True
        if owner.addressee is None:
            owner.addressee = (at.mention.start, at.mention.end)


def _medium_closing(masked: str, out: list[_Attr], object_lemmas: frozenset[str]) -> None:
    """A medium closing an attribution's clause is its addressee, not part of what was said ("dismissed the
    offer on state television"); ``object_lemmas``: the cues whose content is an object."""
    for at in out:
        if at.content is not None and at.fragment and at.addressee is None:
            at.addressee = _medium_after_fragment(masked, at.content[1])
        if at.content is None or at.fragment:
            continue
        a, b = at.content
        lo = max(a, b - _MEDIUM_CLOSING_REACH)
        if _MEDIUM_CLOSING_WORDS.search(masked, lo, b) is None and not masked.endswith(" X", lo, b):
            continue  # (a prefilter: a word each medium holds)
        got = _MEDIUM_CLOSING.search(masked, lo, b)
        if got is None or MASK in masked[got.start() : b] or len(_WORD.findall(masked, a, got.start())) < 2:
            continue
        if got.group("aired") and (
            at.cue is None
            or at.cue[2] not in object_lemmas
            or len(_WORD.findall(masked, a, got.start())) > _MEDIUM_OBJECT_WORDS
        ):
            continue  # ("appears to show that A coordinated with B to push stories on social media")
        at.content = _trim(masked, a, got.start())
        if at.addressee is None:
            at.addressee = got.span("a")


# What closes the sentence after a medium: its end, or a comma before more.
_MEDIUM_THEN_END = regex.compile(r"\s*+(?:[.,;!?]|$)", regex.V1)


def _medium_after_fragment(masked: str, end: int) -> tuple[int, int] | None:
    """The span of the medium right after a quoted fragment that closes its clause ('called the deal “a
    fraud” in a post on X', '... in a statement to the Daily Caller', '... in an interview with CNN'), or
    ``None``."""
    pos = end
    while pos < len(masked) and masked[pos] == MASK:
        pos += 1  # past the fragment's closing mark
    if masked[pos : pos + 4].replace(",", " ").lstrip()[:1] not in _MEDIUM_OPENERS:
        return None
    for pattern in (_PLATFORM, _SPEECH_TO, _INTERVIEW, _IN_MEDIUM_AFTER):
        m = pattern.match(masked, pos, min(len(masked), pos + 120))
        if m is not None and _MEDIUM_THEN_END.match(masked, m.end()) is not None:
            return m.span("a")
    return None


def _narrow_unused(masked: str, se: int, m: regex.Match[str], cl: CompiledLexicon) -> bool:
    """A word of a narrow reading without what it reports ("wondered aloud", "aimed at", "seem confident
    they"): no cue, so no end of the clause before it either."""
    form = " ".join(m.group().casefold().split())
    if form in cl.narrow_forms:
        return not (
            (form in cl.question_forms and _QUESTION_AFTER.match(masked, m.end(), se) is not None)
            or (form in cl.as_forms and _AS_COMPLEMENT.match(masked, m.end(), se) is not None)
            or (form in cl.about_forms and _ABOUT_GAP.match(masked, m.end(), se) is not None)
            or (
                cl.lemmas.get(form) in cl.infinitive_lemmas
                and _TO_INFINITIVE.match(masked, _infinitive_at(masked, m.end(), se), se) is not None
            )
        )
    stance = cl.stance_lemmas.get(form)
    return (
        stance is not None
        and cl.lemmas.get(form) == stance
        and _THAT_AFTER_STANCE.match(masked, m.end(), se) is None
    )


# The object of a verb of viewing and its "as" complement: "see the port as a lifeline", "viewed him as a
# threat" (not "as well", "as long as", "as soon as", nor "as" opening a clause, "saw it as it happened").
_AS_COMPLEMENT = regex.compile(
    r"""
    \s++(?:[^\s,.;:!?\ue000]++\s++){1,6}?as\s++
    (?!(?:well|long|soon|much|many|far|if|though|usual|such|they|he|she|it|we|I|you
         |the\s++\p{Ll}++\s++(?:was|were|is|are))\b)
    [\p{L}\p{N}$]
    """,
    regex.VERBOSE | regex.V1,
)


# What a verb of speaking reports: the object of "about" after a manner, a hearer ("to"/"with" and up to five
# words) and up to four words of occasion ("spoke to reporters on Tuesday about", "talked candidly with donors
# about"; not "spoke to a crowd of about 300"), or of "of" after one or two adverbs ("spoke warmly of"). No
# word that opens a clause comes between ("spoke to voters who asked about").
_ABOUT_GAP = regex.compile(
    r"""
    (?:\s++\p{Ll}++(?<=ly))?+                                       # "talked candidly with donors about"
    (?:\s++(?P<a>(?:to|with)(?:\s++(?!(?&stop)|(?&adjunct))[\p{L}\p{N}'’.-]++){1,5}+)
       (?=(?:\s++(?!(?&stop))[\p{L}\p{N}'’.-]++){0,4}?\s++about\s))?+      # the hearer
    (?:\s++(?!(?&stop))[\p{L}\p{N}'’.-]++){0,4}?
    \s++(?P<p>about)(?=\s++(?!(?&amount))[\p{L}\ue000])
  | (?:\s++(?:\p{Ll}++(?<=ly)|highly|often|more|less|much|out)){1,2}+\s++(?P<p>of)(?=\s++[\p{L}\ue000])
    (?(DEFINE)
      (?P<stop>(?:who|whom|which|that|and|or|but|when|while|because|if|as|where|than|about|said|says|told)\b)
      (?P<adjunct>(?:for|at|in|on|during|after|before|over|via|by|last|this|earlier|later|\p{Lu}\p{Ll}++(?<=day))\b)
      (?P<amount>(?:\p{N}|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty
         |a\s++(?:dozen|third|quarter|half|hundred|thousand|million|few|couple|minute|hour|day|week|month|year)
         |an\s++hour)\b))
    """,
    regex.VERBOSE | regex.V1,
)


# What "offer" reports: a 'to' infinitive, what was promised ("offered to mediate"), or an object whose head
# is a word of speech or judgement within its first six words ("offered no details", "offered the crowd an
# emotional assessment of the race", "offered his condolences"); not "offered loans", "offered military
# support" or "offered new defence efforts", which are deeds.
_OFFERED_WORDS = regex.compile(
    r"""\s++(?:to\s++\p{Ll}
      |(?:(?!(?:to|for|on|in|at|of|about|with|and|but|that|which|who)\b)[\p{L}\p{N}'’-]++\s++){0,5}?
       (?:advice|apolog(?:y|ies)|assessments?|assurances?|reassurances?|condolences|congratulations|criticism
         |critiques?|defen[cs]e\s++of|details|evidence|explanations?|guarantees?|insights?|praise|prayers|promises?
         |proof|responses?|rebuttals?|remarks|comments?|sympathy|thoughts|views?|vision|words|warnings?
         |specifics|evaluations?|rationale|arguments?|answers?|solutions?|plans?|proposals?|suggestions?
         |predictions?|opinions?|thanks|tributes?|compliments?|caveats?|endorsements?|hints?|reasons?)\b)""",
    regex.VERBOSE | regex.V1,
)


def _in_poll(masked: str, ss: int, se: int, pi: int) -> _Attr | None:
    """``In DOCUMENT, CLAUSE.`` with no reporting verb in the sentence: the poll, survey or study the opening
    phrase names reports the clause ("In a telephone poll of 650 residents, taken in March, 38 percent chose
    Reyland"; not "In a sign of the times, ...", whose head is no document)."""
    m = _IN_POLL.match(masked, ss, se)
    if m is None:
        return None
    a, b = _trim(masked, m.end(), se)
    if len(_WORD.findall(masked, a, b)) < 4 or MASK in masked[a:b]:
        return None
    doc = Mention(m.start("np"), m.end("np"), "role", head=m.group("head").casefold())
    return _Attr((ss, ss + 2, "in"), doc, content=(a, b), para=pi)


_IN_POLL = regex.compile(
    r"""In\s++(?P<np>(?:a|an|the|its|his|her|their|this|that|one|each|every)\s++
        (?:[\p{L}\p{N}’'/.&-]++\s++){0,6}?(?P<head>poll|survey|study|analysis)\b
        (?:[^,;:\ue000\n]|(?<=\p{N}),(?=\p{N}{3}))  {0,80}?)  # ("a survey of 1,200 voters")
        ,(?:\s++(?:conducted|released|published|taken|carried\s++out|fielded)\b[^,;:\ue000\n]{0,60}+,)?\s++
        (?=\p{L}|\p{N})""",
    regex.VERBOSE | regex.V1,
)


_THINK_FORMS = frozenset(["think", "thinks", "thought"])
_THINKING_OF = regex.compile(r"\s++(?:of|about|back|twice|hard|through|over|ahead)\b", regex.V1)


def _reports_before_inner_quotes(masked: str, attrs_: list[_Attr]) -> None:
    """A report holding a quotation that has its own speaker and cue inside it ends before that quotation:
    "X said that Y had told him “We mean it”" is X's "Y had told him" and Y's own words."""
    quoted: list[tuple[int, _Attr]] = []  # direct quotations with a speaker and a speech cue of their own
    for x in attrs_:
        if (
            len(x.runs) == 1
            and x.content is None
            and x.cue is not None
            and x.mention is not None
            and not x.silent
            and x.cue[2] in ("say", "tell", "add")
            and not masked[x.cue[0] : x.cue[1]].endswith("ing")
            and x.mention.kind in ("name", "org")
        ):
            quoted.append((x.mention.start, x))
    if not quoted:
        return
    quoted.sort(key=lambda t: t[0])
    starts = [p for p, _ in quoted]
    for outer in attrs_:
        if outer.content is None or outer.silent or outer.cue is None:
            continue
        a, b = outer.content
        k = bisect.bisect_left(starts, a)  # (sorted: each report looks at the quotations inside it only)
        while k < len(quoted) and quoted[k][0] < b:
            inner = quoted[k][1]
            r = inner.runs[0]
            if inner is not outer and quoted[k][0] < r.open_at < b <= r.close_end + 1:
                cut = _trim(masked, a, r.open_at)
                if len(_WORD.findall(masked, *cut)) >= 2:
                    outer.content = cut
                break
            k += 1


def _nested_reports(masked: str, out: list[_Attr]) -> None:
    """Speech reported inside reported speech is part of the outer report ("X said the minister believed
    Y", "X told Anadolu that Baku expected Yerevan to ..."): the inner attribution keeps its speaker for
    resolution but gives no record of its own. A quotation with its own speaker inside a report keeps its
    record ("X said Y had told him “We mean it”")."""
    for outer in out:
        if not outer.silent and outer.content is not None:
            _silence_naming(masked, out, outer)
        if (
            outer.silent
            or outer.content is None
            or outer.cue is None
            or (
                outer.cue[2] not in _LOOSE_LEMMAS
                and outer.cue[2] not in _NESTING_EXTRA
                and outer.cue[2] != "according to"
                and _REPORTS_THAT.match(masked, *outer.content) is None
                and not _relayed(masked, outer)
            )
        ):
            continue  # ("dismissed reports that Lima had rejected ...": what the reports say is content)
        if outer.content is not None:
            _silence_nested(masked, out, outer, *outer.content)
        if outer.lead is not None:  # "Lima wants A, he said, and B": the lead's verb of wish is his words
            _silence_nested(masked, out, outer, *outer.lead, loose=False)


# The relative and pronoun before a verb by which a speaker names what they report ("condemned what he called
# a “pogrom”", "attacked X, whom she described as “...”"; the verbs: _NAMING_LEMMAS).
_NAMING_RELATIVE = regex.compile(
    r"\b(?:what|whom|which|who)\s++(?:he|she|they|it|the\s++\p{Ll}++)\s++(?:\p{Ll}++ly\s++)?$", regex.V1
)
_NAMING_REACH = 40  # characters before a naming cue read for its relative and pronoun


def _silence_naming(masked: str, out: list[_Attr], outer: _Attr) -> None:
    """A speaker's naming of a thing inside their own report is part of it ("X condemned what he called a
    “pogrom”": one record, X's, not a second one for "called")."""
    assert outer.content is not None
    a, b = outer.content
    for inner in out:
        if (
            inner is not outer
            and not inner.silent
            and inner.cue is not None
            and inner.cue[2] in _NAMING_LEMMAS
            and inner.content is not None
            and a <= inner.cue[0]
            and inner.content[1] <= b
            and _NAMING_RELATIVE.search(masked, max(a, inner.cue[0] - _NAMING_REACH), inner.cue[0])
            is not None
        ):
            inner.silent = True


# Verbs of stating beyond _LOOSE_LEMMAS whose reported clause holds any report inside it ("The minister
# continued that the envoy had told him ...": one report, the minister's).
_NESTING_EXTRA = frozenset(
    [
        *("continue", "indicate", "point out", "emphasize", "stress", "reiterate", "announce", "confirm"),
        *(
            "state",
            "reveal",
            "explain",
            "declare",
            "affirm",
            "reaffirm",
            "underline",
            "underscore",
            "clarify",
        ),
        "assure",
        *("deny", "report", "allege", "suggest", "hint", "signal"),
    ]
)


def _relayed(masked: str, outer: _Attr) -> bool:
    """``outer`` relays a speaker's words through an outlet ("X was quoted by SANA as saying that ...",
    "TASS cited X as telling reporters that"): a report of the speaker's, which holds any report inside it."""
    return (
        outer.cue is not None
        and outer.content is not None
        and outer.cue[2] in ("quote", "cite")
        and outer.cue[1] <= outer.content[0]
        and _RELAY_TAIL.search(masked, outer.cue[1], outer.content[0]) is not None
    )


_RELAY_TAIL = regex.compile(r"\bas\s++(?:having\s++said|\p{Ll}++(?<=ing))\b", regex.V1)


def _silence_nested(
    masked: str, out: list[_Attr], outer: _Attr, a: int, b: int, *, loose: bool = True
) -> None:
    """Silence the attributions of ``out`` reported inside ``masked[a:b]``, a part of ``outer``'s report
    (with ``loose`` false, not those whose verb is one of saying: a lead may run back over another report)."""
    for inner in out:
        if (
            inner is not outer
            and not inner.silent
            and inner.cue is not None
            and (loose or inner.cue[2] not in _LOOSE_LEMMAS)
            and inner.content is not None
            and a <= inner.cue[0] < b  # (a credit closing the sentence, "..., the governor said", is outside)
            and inner.content[1] <= b
        ):
            foreseen = _after_modal(masked, inner.cue[0])
            own = not inner.runs and MASK not in masked[inner.content[0] : inner.content[1]]
            # "said Lima wanted the pause “extended”", "said Beijing opposed “any bloc confrontation”": a
            # stance the outer speaker reports, in his words
            deed = (
                inner.cue[2] in _DEED_LEMMAS
                or inner.cue[2] in _STANCE_LEMMAS
                # "said she expected a “tough but fair” hearing", "said the senator was referring to “...”":
                # a thought or a meaning the outer speaker reports, in words the outer report quotes
                or inner.cue[2] in _THOUGHT_LEMMAS
            )
            if (own or foreseen or deed) and (inner.mention is None or a <= inner.mention.start):
                # "X said Russia would respond “with firm measures”": a deed foreseen, the words X's
                inner.silent = True
            elif (
                own
                and inner.mention == outer.mention
                and inner.cue[2] not in _LOOSE_LEMMAS  # "... but said": a second report of his own
                and _AND_BEFORE.search(masked[max(a, inner.cue[0] - 24) : inner.cue[0]].rstrip())
            ):
                inner.silent = True  # "X said A supported “B” but wanted C": one report of X, not two


# Verbs of thinking, hoping and meaning, whose report inside another's is the outer speaker's.
_THOUGHT_LEMMAS = frozenset(
    ["expect", "hope", "believe", "think", "fear", "want", "wish", "feel", "refer to", "mean", "intend"]
)
# Verbs of a stance taken ("supported", "opposed"), whose report inside another's is the outer speaker's.
_STANCE_LEMMAS = frozenset(["support", "oppose", "back", "welcome", "agree", "reject", "favour"])
_CREDIT_GAP = 3  # words between a trailing cue and "according to" ("..., X said on Monday, according to Y")
# Words of when between a silent cue and "according to" ("said late on Monday, according to Y").
_TIME_GAP_WORDS = frozenset(
    [
        *("on", "late", "early", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "in"),
        *("the", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "at"),
        "during",
    ]
)
_APPOSED_SOURCE = regex.compile(r"\s*+,\s*+(?:which|who|whose|where|a|an|the|one|itself)\b", regex.V1)
# A clause after the comma closing the aside, its subject opened by an article: ", the crowd was peaceful"
# (not an apposition on the source: ", a think tank that was founded in 1990, said").
_CLAUSE_AFTER_SOURCE = regex.compile(
    r"""\s*+,\s*+(?:the|a|an)\s++(?:(?!(?:that|which|who|whose)\b)[^,;\ue000]){0,60}?\b
        (?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must)\b""",
    regex.VERBOSE | regex.V1,
)


def _according_inside(
    masked: str, ss: int, se: int, cs: int, ce: int, nxt: int, prev: list[_Attr], lex: QuoteLexicon
) -> bool | None:
    """An "according to X" set off by commas after another report of the sentence, without a quotation
    before it: ``True`` when it is read as part of that report (its medium when it closes the sentence,
    "Lima will leave, the minister said, according to TASS"; words inside it when more of the clause
    follows, "said the summit had ignored Kivu, where, according to the UN, 600,000 people ..."), else
    ``None`` (the usual reading)."""
    if not prev or (at := prev[-1]).cue is None or at.cue[0] < ss or at.cue[2] in _DEED_LEMMAS:
        return None
    if at.silent and (at.content is not None or at.cue[2] not in _LOOSE_LEMMAS or at.runs):
        return None
    if not masked[ss:cs].rstrip().endswith(",") or MASK in masked[ss:cs]:
        return None
    src = subject_after(masked, ce, se, lex) or _source_np(masked, ce, se)
    if src is None:
        return None
    after = masked[src.end : se]
    if _WORD.search(after) is None:  # the sentence ends: a credit of a report closing before it, its medium
        gap = _WORD.findall(masked, at.cue[1], cs)
        if len(gap) > _CREDIT_GAP:
            return None  # ("X cites his followers as a source, according to Y": Y reports the sentence)
        if at.silent and any(w.islower() and w not in _TIME_GAP_WORDS for w in gap):
            return None  # "The rebels claimed the attack, according to X": an object, no words reported
        if at.addressee is None:
            at.addressee = (src.start, src.end)
        return True
    if (
        not after.lstrip().startswith(",")
        or (_APPOSED_SOURCE.match(after) is not None and _CLAUSE_AFTER_SOURCE.match(after) is None)
        or _LOWER_AFTER.search(after) is None
    ):
        return (
            None  # (", according to X, a think tank, ...", "..., which ...", ", R-Mass.": about the source)
        )
    if at.content is None and at.silent and _WORD.search(masked, at.cue[1], cs) is not None:
        at.content, at.silent = _trim(masked, at.cue[1], cs), False  # "said the talks, according to X, had"
    if at.content is None or not at.content[0] <= cs:  # (or the clause opens with the aside)
        return None
    if masked[at.content[1] : cs].strip(" ,") != "" and at.content[1] < at.cue[0]:
        return None  # the report's clause stands before its cue ("A, X said, B"): leave it
    if at.content[1] <= cs or at.content[0] == cs:
        # the report's clause goes on after the aside: "..., where, according to X, B"; "said that, according
        # to X, more than 300 were hurt" (the clause's own stops are read after the aside, not inside it)
        rest = masked.index(",", src.end) + 1
        at.content = _trim(masked, at.content[0], _content_end(masked, rest, nxt, se))
    return True


# A noun of report and its clause opening an object: "reports that ...", "the claim that ...".
_REPORTS_THAT = regex.compile(
    r"(?:(?:the|these|those|such|media|press|news)\s++)?(?:reports?|claims?|allegations?|suggestions?|rumou?rs?"
    r"|speculation|accusations?|assertions?)\s++that\b",
    regex.V1,
)
# Cues of a belief or an expectation reported of someone ("experts believe that ..."): what an outlet relays.
_BELIEF_CUES = frozenset(
    ["believe", "think", "expect", "fear", "hope", "consider", "feel", "doubt", "predict"]
)
# Heads of a mention that names an outlet rather than a person or a body speaking for itself.
_OUTLET_HEADS = frozenset(
    ["agency", "newspaper", "daily", "channel", "television", "tv", "broadcaster", "radio", "outlet",
     "website", "portal", "network", "station", "magazine", "tabloid", "weekly"]
)  # fmt: skip
_MEDIA_NAMES = frozenset(n.casefold() for n in (*AGENCIES, *OUTLETS))


def _credits_as_media(masked: str, out: list[_Attr]) -> None:
    """An outlet credited for a clause that has its own speaker and cue is that speaker's medium, not a
    second speaker: "Peskov said the talks were off, according to TASS", "As Ukrinform reported, Zelensky
    said ...": one record, Peskov's, with TASS as its addressee."""
    for credit in out:
        if (
            credit.silent
            or credit.cue is None
            or credit.cue[2] not in ("according to", "report", "cite", "quote")
            or credit.content is None
            or credit.mention is None
            or not (
                _is_outlet(masked, credit.mention)
                or masked[max(0, credit.mention.start - 3) : credit.mention.start] in ("As ", "as ")
                or (
                    credit.cue[2] == "according to"
                    and _RELAYING_TEXT.match(masked, credit.mention.start, credit.mention.end) is not None
                )
            )
        ):
            continue  # ("According to a statement by the ministry, Araghchi said ...": the statement relays)
        a, b = credit.content
        if b <= a:  # cut back to nothing before a trailing speaker: the clause runs on to that speaker
            b = len(masked)
        inner = [
            x
            for x in out
            if x is not credit
            and not x.silent
            and x.cue is not None
            and x.mention is not None
            and a <= x.mention.start
            and x.cue[1] <= b
            and (x.content is not None or x.runs)
            and (x.cue[2] in _LOOSE_LEMMAS or x.cue[2] in _BELIEF_CUES)  # words or beliefs, no deed
            and len(_WORD.findall(masked, a, x.mention.start)) <= _CREDIT_LEAD_WORDS  # the clause's subject
        ]
        if inner:
            credit.silent = True
            for x in inner:
                if x.addressee is None:
                    x.addressee = (credit.mention.start, credit.mention.end)


# Texts that relay what someone said: "according to a statement / a Kremlin readout / the transcript".
_RELAYING_NOUNS = r"(?:statement|readout|transcript|translation|communiqu[eé]|release|remarks|excerpts)\b"
_TEXT_NOUN = regex.compile(rf"\s++{_RELAYING_NOUNS}", regex.V1)
_RELAYING_TEXT = regex.compile(
    rf"(?:(?:an?|the|its|his|her|their)\s++(?:[\p{{L}}-]++\s++)?|(?:prepared|released|published)\s++)"
    rf"{_RELAYING_NOUNS}",  # ("according to prepared remarks": her own text)
    regex.V1,
)
_CREDIT_LEAD_WORDS = 4  # words before the credited clause's speaker ("Earlier Tuesday, his campaign manager")


def _is_outlet(masked: str, m: Mention) -> bool:
    """The mention names a news outlet or agency ("TASS", "the state news agency IRNA", "Ukrinform")."""
    name = (m.name or masked[m.start : m.end]).casefold().removeprefix("the ")
    if name in _MEDIA_NAMES or (m.head or "").casefold() in _OUTLET_HEADS:
        return True
    # "Turkish pro-government daily Sabah": an outlet word right before the name
    before = masked[m.start : m.end].removesuffix(m.name or "").split()
    if bool(m.name) and bool(before) and before[-1].casefold() in _OUTLET_HEADS:
        return True
    # "Iran's state news agency IRNA" read whole as the name: an outlet word before its last word
    words = name.split()
    return len(words) >= 2 and words[-2] in _OUTLET_HEADS and words[0].endswith(("'s", "’s"))


# Words that make a name one of a broadcaster or a programme ("Sky News", "BBC Radio 4", "LBC Breakfast").
_AIR_WORDS = frozenset(["news", "tv", "radio", "television", "fm", "programme", "program", "show", "podcast"])


def _on_air(name: str) -> bool:
    """``name``, after "Speaking on", names a broadcaster or a programme ("Sky News", "BBC Radio 4's Today
    programme", "CNN's State of the Union"), not a place or a day ("Capitol Hill")."""
    words = [w.casefold().removesuffix("'s").removesuffix("’s") for w in name.split()]
    return any(w in _AIR_WORDS or w in _MEDIA_NAMES for w in words) or " ".join(words) in _MEDIA_NAMES


def _noun_cue(masked: str, ss: int, se: int, m: regex.Match[str], cl: CompiledLexicon) -> bool:
    """A cue word used as a noun after a determiner or possessive ("said the report contained errors"): no
    cue, and no end of the clause before it. "Ruiz's claim that ..." still reports."""
    form = " ".join(m.group().casefold().split())
    if form == "states":
        # "the complaint states that": a verb after a text that states; else the noun ("the Gulf States",
        # "in other states", "member states that ...")
        last = masked[max(ss, m.start() - 20) : m.start()].split()[-1:]
        return m.group() != "states" or not last or last[0].casefold() not in _STATING_TEXTS
    if not (form == cl.lemmas.get(form, form) or form.endswith(("s", "ing"))):
        return False
    before = masked[max(ss, m.start() - _NOUN_BEFORE_REACH - 2) : m.start()].rstrip()
    if (
        form.endswith("s")
        and _MODAL_NEXT.match(masked, m.end(), se) is not None
        and _ADJECTIVE_BEFORE.search(masked[max(ss, m.start() - 40) : m.start()].rstrip()) is not None
    ):
        # "The competing claims could not be verified": a plural noun after its adjective, the modal its verb
        # (not "the man she hopes will replace her": a subject before the verb of a gapped clause)
        return True
    if form.endswith("ing") and before.endswith((" without", " with no")):
        return not _THAT_NEXT.match(masked, m.end(), se)  # "opened fire without warning": no cue
    if form.endswith("ing") and _COORDINATED_ADJECTIVE.search(masked, max(ss, m.start() - 40), m.start()):
        return not _THAT_NEXT.match(masked, m.end(), se)  # "an awkward but promising start": an adjective
    return _noun_before(before) and not _THAT_NEXT.match(masked, m.end(), se)


# A modal right after a cue word in -s, and a determiner and an adjective before it: the word is a plural
# noun ("The competing claims could not be verified").
_MODAL_NEXT = regex.compile(r"\s++(?:could|would|can|will|may|might|must|should|shall)\b", regex.V1)
_ADJECTIVE_BEFORE = regex.compile(
    r"\b(?:the|The|these|These|those|Those|such|Such|their|Their|its|Its)\s++\p{Ll}[\p{Ll}-]*+"
    r"(?<=ing|ed|ous|ive|ful|less)$",  # an adjective's ending: not "a rise the institute expects will"
    regex.V1,
)
# A determiner and an adjective coordinated with the -ing word next: "an awkward but promising".
_COORDINATED_ADJECTIVE = regex.compile(
    r"\b(?:the|a|an|his|her|their|its|this|our)\s++\p{Ll}[\p{Ll}-]*+\s++(?:but|yet|if|though)\s++$",
    regex.V1,
)


_TRAIL_WORDS = 5  # words after a sentence's last cue that still leave it trailing ("said in a statement")


def _trailing_speaker(
    masked: str, ss: int, se: int, matches: list[regex.Match[str]], lex: QuoteLexicon
) -> int | None:
    """The comma before a speaker and cue that close the sentence ("..., the U.N. office said on Monday."),
    or ``None``."""
    last = matches[-1]
    if len(_WORD.findall(masked, last.end(), se)) > _TRAIL_WORDS:
        # a longer tail may still be a circumstance of the report: "..., X said on Tuesday, hours after Y ..."
        circ = _CIRCUMSTANCE_TAIL.search(masked, last.end(), se, timeout=_tmo(last.end(), se))
        if circ is None or len(_WORD.findall(masked, last.end(), circ.start())) > _TRAIL_WORDS:
            return None
    form = " ".join(last.group().casefold().split())
    if form in compiled(lex).object_forms and _WORD.search(masked, last.end(), se) is not None:
        return None  # "..., in 1992, she supported a plan for the pier": the verb's object follows, no credit
    comma = masked.rfind(",", ss, last.start())
    if comma < 0 or MASK in masked[comma : last.start()]:
        return None
    sub = subject_before(masked, comma + 1, last.start(), lex)
    first = comma + 1 + len(masked[comma + 1 : last.start()]) - len(masked[comma + 1 : last.start()].lstrip())
    return comma if sub is not None and sub.start == first else None


# A word of letters (stdlib ``re``: several times faster than the cue pattern run at every word start).
_LETTERS = re.compile(r"[^\W\d_]+")


# Real news has at most five reporting verbs in a sentence (polnear_train: 26,352 sentences); past this
# many the "sentence" is no prose ("said said said ..."), and reading more cues would make it quadratic.
_MAX_CUES = 8
# How far back from a cue its subject and the words before it are read: appositions run to ~150 characters.
_LOOKBACK = 400


# A singular determiner and common nouns before "report" ("a news report", "a media report"): the noun's,
# since no singular subject takes the verb "report" (a body's report, "a Pew Research report that ...",
# stays the body's words).
_SINGULAR_BEFORE_REPORT = regex.compile(
    r"\b(?i:a|an|one|another|this)\s++(?:\p{Ll}[\p{L}-]*+\s++){0,2}+$", regex.V1
)
# A participle right after "report" that dates or places it: "report released in April", "report published".
_VERB_AFTER_REPORT = regex.compile(
    r"\s++(?:released|published|issued|obtained|seen|prepared|commissioned|compiled|leaked|posted)\b",
    regex.V1,
)


# An adjective that only qualifies the noun right before "report" or "reports" ("Preliminary report details
# ...", "Initial reports said", "the final report blames"): no subject of the verb is such a word alone.
_ADJECTIVE_BEFORE_REPORT = regex.compile(
    r"\b(?i:" + "|".join(sorted(DOCUMENT_ADJECTIVES | {"official", "independent", "full"})) + r")\s++$",
    regex.V1,
)


def _report_as_noun(masked: str, at: int, end: int) -> bool:
    """The word "report" or "reports" at ``masked[at:end]`` is the noun: an adjective of reports stands right
    before it, or, for "report", an indefinite article and common nouns open its phrase or a participle of
    its making follows it."""
    if _ADJECTIVE_BEFORE_REPORT.search(masked, max(0, at - 30), at) is not None:
        return True
    if masked.startswith(":", end) and masked[end - 1] != "s":
        return True  # "Crash report: “...”": a rubric's noun before its colon (not "X reports: ...")
    return masked[end - 1] != "s" and (
        _SINGULAR_BEFORE_REPORT.search(masked, max(0, at - 60), at) is not None
        or _VERB_AFTER_REPORT.match(masked, end) is not None
    )


# A participle of report set off by commas inside a clause, its infinitive then the clause's verb ("a third
# man, believed to have led the raid, is still sought"): an aside, no attribution cutting the clause.
_REPORT_ASIDES = frozenset(
    ["believed", "thought", "said", "understood", "reported", "alleged", "known", "expected", "suspected"]
)
_ASIDE_INFINITIVE = regex.compile(
    r"\s++to\s++[^,;:.!?\ue000\n]{1,80}?,\s++(?:was|is|were|are|had|has|have|will|would|remains|remained"
    r"|could|can|may|might)\b",
    regex.V1,
)
# What follows "responded" when emergency services answered a call, no words: a time, a manner or the scene
# ("responded at about 9 p.m.", "responded quickly to the blaze", "responded to the scene").
_RESPONSE_DEED = regex.compile(
    r"\s++(?:at\s++(?:about|around|approximately|\p{N})|around|about|shortly|within|quickly|swiftly|immediately"
    r"|to\s++(?:the|a|an)\s++(?:scene|call|house|home|address|report|reports|blaze|fire|crash|incident|area)\b"
    r"|to\s++(?:reports|calls|a\s++report|a\s++call)\b)",
    regex.V1,
)


# A demand and its "that" before a named subject: "demanded that Beijing ", "urged that the EU ".
_MANDATE_BEFORE = regex.compile(
    r"\b(?:demand|urg|insist|ask|propos|recommend|requir|request)(?:s|ed|e|ing)?\s++that\s++"
    r"(?:the\s++)?\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,2}+\s++$",
    regex.V1,
)
# The rest of a participle's aside set off by commas, then the clause's own verb of saying: " on X, said".
_ASIDE_BEFORE_CUE = regex.compile(
    r"\s++(?:on|in|to|for|with)\s[^,;:\ue000\n]{1,60}+,\s++(?:\p{Ll}++ly\s++)?+"
    r"(?:said|says|wrote|writes|added|adds|told|tells|argued|stressed|warned|noted|insisted|declared)\b",
    regex.V1,
)
# An indefinite article and one or two capitalised words right before a word: "a Senate " in "a Senate
# estimates hearing" (no subject of a verb in "-s" is an article and a name alone).
_INDEFINITE_NAME_BEFORE = regex.compile(r"(?<!\S)(?-i:an?)\s++(?:\p{Lu}[\p{L}.'’-]*+\s++){1,2}+$", regex.V1)
# A quotation mark or "as" right after a plural noun: "the Russian plans “...”", "the Russian plans as ...".
_MARK_OR_AS_AFTER = regex.compile(r"\s*+(?:\ue000|as\b)", regex.V1)
# A determiner and a demonym right before a word: "the Russian " in "the Russian plans".
_DEMONYM_BEFORE = regex.compile(
    r"\b(?i:the|its|his|her|their|our|these|those)\s++(\p{Lu}\p{Ll}++)\s++$", regex.V1
)


def _cues(masked: str, se: int, cl: CompiledLexicon, starts: list[tuple[int, str]]) -> list[regex.Match[str]]:
    """The first cue matches of a sentence ending at ``se``: the cue pattern is tried only at ``starts``,
    where a word opens a cue (stdlib ``re`` finds those words several times faster than the pattern would
    be run at every word start), and only where one of the cue forms beginning with that word is written
    (:attr:`CompiledLexicon.cue_forms`; a match is one of them), narrowed to those forms when the word is
    frequent (:meth:`CompiledLexicon.cue_at`)."""
    forms = cl.cue_forms
    out: list[regex.Match[str]] = []
    for p, word in starts:
        if not any(masked.startswith(f, p, se) for f in forms.get(word, ())):
            continue
        m = cl.cue_at(word).match(masked, p, se)
        if (
            m is not None
            and m.group().casefold() in ("report", "reports")
            and _report_as_noun(masked, p, m.end())
        ):
            continue  # "after a news report detailed ...", "Initial reports said": the noun, no verb
        if (
            m is not None
            and _SELF_NAMING.match(masked, m.end(), se) is not None
            and m.group()[:4] in _NAMING_STEMS
        ):
            continue  # "the council, which calls itself the “...”, said": a name it gives itself, no report
        if (
            m is not None
            and m.group().endswith("s")
            and masked.startswith(" ", m.end())
            and _INDEFINITE_NAME_BEFORE.search(masked, max(0, p - 40), p) is not None
        ):
            continue  # "told a Senate estimates hearing": a noun of the compound, no verb after "a Senate"
        if (
            m is not None
            and m.group().endswith("ing")
            and masked.endswith(", ", 0, p)
            and _ASIDE_BEFORE_CUE.match(masked, m.end(), se) is not None
        ):
            continue  # "Altun, writing on X, said ...": the aside names the medium of the verb after it
        if (
            m is not None
            and m.group() == "ruling"
            and _RULING_THAT.search(masked, max(0, p - 4), p + 12) is None
        ):
            continue  # "the court's ruling paved the way": the noun; only ", ruling that" is the participle
        if (
            m is not None
            and masked.endswith(("who ", "which "), 0, p)
            and m.group().casefold() in _ANONYMITY_VERBS
            and _ANONYMITY_AFTER.match(masked, m.end(), se) is not None
        ):
            continue  # "one medic, who asked that her name stay private, then told": no cue of its own
        if (
            m is not None
            and masked.endswith(", ", 0, p)
            and m.group() in _REPORT_ASIDES
            and _ASIDE_INFINITIVE.match(masked, m.end(), se) is not None
        ):
            continue  # "a third man, believed to have led the raid, is still sought": an aside in the clause
        if (
            m is not None
            and not m.group().endswith(("s", "ed"))
            and "that" in masked[max(0, p - 60) : p]  # (a prefilter: most cues follow no "that")
            and _MANDATE_BEFORE.search(masked, max(0, p - 60), p) is not None
        ):
            continue  # "demanded that Beijing recall its vessel": a subjunctive the demand governs, no report
        if (
            m is not None
            and m.group().startswith(("respond", "Respond"))
            and _RESPONSE_DEED.match(masked, m.end(), se) is not None
        ):
            continue  # "Officers responded at about 9 p.m. to reports of gunfire": a deed, no reply
        if (
            m is not None
            and m.group().endswith("s")
            and _MARK_OR_AS_AFTER.match(masked, m.end(), se) is not None
            and (demonym := _DEMONYM_BEFORE.search(masked, max(0, p - 24), p)) is not None
            and default_gazetteer().adjective(demonym.group(1)) is not None
        ):
            continue  # "called the Russian plans “blackmail”": a demonym and the plural noun it qualifies
        if m is not None and (day := _DAY_AFTER_ON.match(masked, m.end(), se)) is not None:
            # "called on Wednesday for unity": "on" opens a day, not the cue "call on"; the shorter cue
            m = cl.cue_at(word).match(masked, p, m.end() - len(day.group("on")))
        if m is not None and (not out or m.start() >= out[-1].end()):
            out.append(m)
            if len(out) == _MAX_CUES:
                break
    return out


_ANONYMITY_VERBS = frozenset(
    ["asked", "requested", "declined", "spoke", "insisted", "requesting", "speaking"]
)
_SELF_NAMING = regex.compile(r"\s++itself\b", regex.V1)  # (a person's "calls himself X" is a report)
# The first letters of naming verbs ("calls", "styles", "dubbed", "billed itself").
_NAMING_STEMS = frozenset(["call", "styl", "dubb", "bran", "labe", "bill"])
_RULING_THAT = regex.compile(r",\s++ruling\s++that\b", regex.V1)  # "blocked the law, ruling that it ..."
# What follows a cue opening a relative clause of anonymity: "(who asked) that he not be identified", "(who
# spoke to us) on condition of anonymity", "(who requested) that her name be withheld".
_ANONYMITY_AFTER = regex.compile(
    r"[^,;\ue000]{0,60}?\b(?:be\s++(?:named|identified)|anonymity|publicly|(?:on|off)\s++the\s++record"
    r"|(?:his|her|their)\s++(?:(?:full|real|last|first|family)\s++)?names?)\b",  # ("her full name")
    regex.V1,
)
# A day after a cue that closes with "on" or "upon", read back from the cue's end: "called on Wednesday".
_DAY_AFTER_ON = regex.compile(
    r"(?<=(?P<on>\s++(?:on|upon)))\s++\L<dates>\b", regex.V1, dates=_DAY_OR_MONTH_WORDS
)


# A day, then "for" or "on": "called on Wednesday for unity", "called late on Friday on the board to".
_DAY_THEN_FOR = regex.compile(
    r"\s++(?:(?:late|early)\s++)?on\s++\L<dates>\b(?:\s++\p{N}{1,2}\b)?(?:\s++(?:morning|afternoon|evening|night))?"
    r"\s++(?P<p>for|on|upon)\b",
    regex.V1,
    dates=_DAY_OR_MONTH_WORDS,
)


def _silent(cue: tuple[int, int, str], mention: Mention | None, pi: int) -> _Attr | None:
    if mention is None or mention.kind not in ("name", "org", "role"):
        return None
    return _Attr(cue, mention, para=pi, silent=True)


# Past verbs of saying or of a stance: after "but" and a quoted fragment, the speaker's own next report or
# deed ("... “a start” but added", "but declined"), not the reported subject's second verb ("but needed
# rest").
_SPEAKER_PAST = r"""(?:said|added|noted|stated|warned|stressed|insisted|declined|refused|acknowledged|admitted
    |conceded|cautioned|argued|claimed|asked|urged|suggested|pointed|told|replied|responded|explained
    |emphasi[sz]ed|stopped|offered|called|vowed|pledged|promised|rejected|dismissed)"""


# A reported clause stops at a relative clause or an adjunct (", which", ", including"), a contrast (", but"),
# a semicolon or a spaced dash: PolNeAR's annotators end the reported clause there.
_CLAUSE_STOP = regex.compile(
    r"""
    ,\s++(?:\p{Ll}++(?<=ly)\s++)?+(?!(?:including|(?:some|any|no|every)thing|during|morning|evening)\b)
    \p{Ll}++(?<=ing)\b                                                       # ", (implicitly) putting"
  | ,\s++(?:which|who|whose|where|when|while                                   # a relative, an adjunct
         |but(?!\s++that\b|\s++\ue000)|whereas|yet|even\s++(?:though|as)  # a contrast (not
                                    # a second that-clause, "said A, but that B", nor a quoted predicate,
                                    # "said it was ready, but “does not intend ...”")
         |(?:al)?though(?!\s++(?:\p{Ll}++\s++)?\p{Ll}++,)  # (not ", though rare,": an aside in the clause)
         |however(?!\s*+,|\s++\p{L}++,))\b            # (not "however, ..." nor "however messy,")
  | ,\s++(?:after|before)\b(?!\s++\p{Ll}++(?<=ing)\b)                           # ", after Hamas said"
  | (?<=\ue000)\s++(?:but|though|although|whereas|yet|while)\b(?!\s++also\b)  # "was “true,” but ..."
    (?!\s++(?:had|has|have|would|will|could|can|was|were|is|are|did|does|do|should|must|might|may|that)\b
       |(?<!\b(?:would|will|could|can|should|might|may|must)\b[^,;.]{0,80})
        \s++(?!_SPEAKER_PAST\b)
         \p{Ll}++(?<=ed)\b)
                                # (not "would “not be intimidated” but had “no intention ...”": one clause;
                                # nor "could not give “a guarantee” but that ...", a second that-clause; nor
                                # "was “in good spirits” but needed rest", a second verb of its subject,
                                # unless a modal foresaw the first: "would “look at it” but remained")
  | ,\s++without\b                                                            # ", without giving details"
  | ,\s++(?:more|less|fewer)\s++than\s++(?:\p{N}|a\s|an\s|half|twice|double)  # ", more than half a point"
  | (?:,|(?<=\ue000))\s++in\s++(?:a|an)\s++(?:[\p{L}-]++\s++){0,2}?
    (?:statement|interview|post|message|speech|letter|video|readout|address|briefing|communiqu[eé])\b
                                                                              # ", in a statement carried by"
  | (?:,|(?<=\ue000))\s++in\s++(?:(?:his|her|their|its)\s++)?(?:remarks|comments)  # ", in remarks carried
    (?=\s++(?:carried|broadcast|aired|published|posted|to|on|at|quoted|reported)\b  # by state TV"
       |\s*+[.;]|\s*+$)
  | (?:,|(?<=\ue000))\s++(?:a|an)\s++(?:[\p{Ll}-]++\s++){0,2}?                    # ", a figure BIRN could not
    (?:figure|claim|number|reference|charge|assertion|allegation|accusation     # verify": the writer's
      |estimate|sentiment|remark|signal|hint|nod|jab|swipe|dig|tally|statement|assessment|prediction
      |forecast|view|argument)\b                                              # comment on the clause
  | ,\s++(?:a|an)\s++(?:[\p{Ll}-]++\s++){0,2}?(?:move|statement|step|decision|stance|warning|threat|pledge
      |promise|message|position|development|prospect)\s++(?:that|which)\b     # ", a move that angered"
  | \sbut\s++(?:declined|refused|would\s++not\s++(?:say|elaborate|comment)|gave\s++no|offered\s++no
      |(?:did|would|could)(?:\s++not|n['’]t)\s++(?:say|elaborate|comment|specify|explain|disclose|detail|confirm
         |give\s++(?:details|a\s++date|a\s++reason|figures)|provide\s++(?:details|evidence))\b)\b
                                                                # "... but declined to name them": a deed
  | ,\s++and\s++(?:the|a|an|this|his|her|its|their)\s++\p{L}++\s++           # ", and the downgrade is":
    (?:is|was|are|were|has|have|had|will|would|could|can)\b                    # a clause of its own
  | ,\s++and\s++that\s++(?!(?:they|he|she|it|we|I|you|most|many|some|all|both|none|few|several|each|every)\b)
    \p{Ll}++(?<!s)\s++(?:is|was|has|had|will|would|could|can)\b  # (a demonstrative's noun, "and that deal
                         # was"; not a second that-clause, "and that most were", "and that hospitals had")
  | ,\s++and\s++(?:he|she|they)\s++\p{Ll}++(?<=ed)\b                         # ", and he railed against":
                                                                                # the writer goes on
  | (?:,|(?<=\ue000))\s++and\s++(?!that\b)(?:\p{L}[\p{L}.'’-]*+\s++){0,3}?\p{L}[\p{L}.'’-]*+
    (?:\s*+,[^,;\ue000]{2,60}+,)?+\s++   # ", and several conservatives, including X, urged": another
    (?:said|added|noted|stated|warned|stressed|insisted|argued|claimed|urged|told|replied|responded  # report
      |explained|cautioned|vowed|pledged|acknowledged|conceded|countered)\b  # (not "and the procedure
                                                                          # sometimes called ...")
  | (?:,|(?<=\ue000))\s++as\s++(?:\p{Lu}|(?:the|a|an|one|his|her|their)\s)  # ", as Ruiz (then ...) put it":
    [^,;\ue000]{0,80}?(?:,[^,;\ue000]{0,60}+,)?\s                           # a comment clause, with its
    (?:puts?\s++it|said|says|noted|notes|wrote|writes|observed|told)\b     # own speaker
  | ;\s                                                                         # "“a start”; the council"
  | \s[—–]\s                                                                    # a spaced dash: an aside
  | \s(?:―|--)\s++(?:as|which|who|whose|while|although|though|but|\p{Ll}++(?<=ing))\b  # "-- assuming"
    """.replace("_SPEAKER_PAST", _SPEAKER_PAST),
    regex.VERBOSE | regex.V1,
)


# A phrase of time or place opening a reported clause before its subject: "that at one meeting, in 1992,".
_FRONTED_ADJUNCT = regex.compile(
    r"\s*+(?:that\s++)?(?:at|in|on|during|after|before|since|by|for|from|over|within|last|this|early|late)\s",
    regex.V1,
)


def _participle_cut(masked: str, a: int, cue: int) -> int | None:
    """Where the clause from ``a`` ends before the next cue at ``cue`` (", adding", " and said"), or ``None``.
    After "without" only a participle opens a clause: "held without charge" names a thing."""
    cut = _PARTICIPLE_CUT.search(masked, a, cue, timeout=_tmo(a, cue))
    if cut is None:
        return None
    if masked[cut.start() : cue].strip() == "without" and not _WORD_ING.match(masked, cue):
        return None
    if masked[cut.start()] == MASK and not _WORD_ING.match(masked, cue):
        return None  # a quotation closed before a participle ("“will not pay,” adding"), not before a verb
    if (
        masked[cut.start()] == ","
        and not _WORD_ING.match(masked, cue)
        and masked[cut.start() + 1 : cue].strip()
        and _FINITE.search(masked, a, cut.start()) is None
        and _FRONTED_ADJUNCT.match(masked, a, cut.start()) is not None
    ):
        return None  # "noted that at one meeting, in 1992, he backed ...": the adjunct, then its verb
    if (
        masked[cut.start()] == ","
        and not masked[cut.start() + 1 : cue].strip()
        and _REDUCED_PASSIVE_ASIDE.match(masked, cue, min(len(masked), cue + _ASIDE_REACH)) is not None
    ):
        return None  # "said the suspension, announced last month, affected 40 clinics": a reduced relative
    aux = masked[cut.start() + 1 : cue].split()
    if (
        masked[cut.start()] == ","
        and aux
        and all(w in _BARE_AUXILIARIES for w in aux)
        and "," in masked[a : cut.start()]
    ):
        return None  # "said the union, an armed group, had reported ...": the apposition closes
    if masked[cut.start()] == " " and masked[cut.start() : cue].split()[0] == "but":
        # without a comma, "but" opens a second report of the speaker with a verb of saying, not of mind
        # or wish ("said X would sign but warned that ..."; "said The Hague backed it but wanted to spare it")
        return None if _MIND_VERB.match(masked, cue) is not None else cut.start()
    joint = masked[cut.start() : cue].split()
    if (
        joint == ["and"]
        and not masked[max(0, cut.start() - 3) : cut.start()].rstrip().endswith(",")  # (", and X said": X may
        # be the next clause's subject)
        and (verb := _WORD.match(masked, cue)) is not None
        and _BASE_FORM.fullmatch(verb.group()) is not None
        and _IRREGULAR_PAST.fullmatch(verb.group()) is None
        and _BASE_SCOPE.search(masked, max(a, cut.start() - _BASE_REACH), cut.start()) is not None
    ):
        return None  # "said money is needed to develop a vaccine and learn more": the infinitive goes on
    if (
        joint[:1] == ["and"]
        and len(joint) > 1  # a subject after "and": "both he and Rubio promised", not "... and said"
        and len(_WORD.findall(masked, a, cut.start())) < 3
        and MASK not in masked[a : cut.start()]
    ):
        return None  # "said both she and Ortiz pledged ...": a coordinated subject, no clause before "and"
    return cut.start()


# A cue's past participle right after a comma, with a phrase of agent, time or place, then a comma and the
# main verb: a reduced relative clause set off inside the reported clause ("the suspension, announced last
# month, affected"), not a second clause of the speaker's.
_REDUCED_PASSIVE_ASIDE = regex.compile(
    r"""\p{Ll}++(?<=ed)\s++
        (?:by|on|in|at|last|this|earlier|for|after|before|during|under|from|with|over|since)\b
        [^,;:\ue000\n]{1,80}+,\s++
        (?!(?:and|but|or|which|who|as|while|although|though|because|if|when|so)\b)\p{Ll}++(?<!ing)\b""",
    regex.VERBOSE | regex.V1,
)
_ASIDE_REACH = 120  # characters read after the participle for the aside and the verb after it
# A verb in its base form: no -s, -ed or -ing ending, no irregular past ("learn", "decide", not "told").
_BASE_FORM = regex.compile(r"\p{Ll}++(?<!ed|ing)(?<!(?<!s)s)", regex.V1)
_BASE_REACH = 200  # how far before the "and" an infinitive or a modal is looked for (a bounded window)
# What puts a later base form inside the reported clause: an infinitive or a modal before it, in the clause.
_BASE_SCOPE = regex.compile(
    r"\b(?:to\s++\p{Ll}++|will|would|could|should|can|may|might|must|shall)\b(?![^,;]*+[,;]\s++and\b)",
    regex.V1,
)
# A speaker between a comma and the cue ending at the search's end: ", the senator said" (a verb after an
# auxiliary is no such cue: ", Moldova will respond").
_PARENTHETICAL_CUE_END = regex.compile(
    rf",\s++(?:[\p{{L}}.'’-]++\s++){{1,6}}?(?<!\b(?:{_AUXILIARIES}|{_MODALS}|not|to)\s++)\p{{L}}++$",
    regex.V1,
)


def _subject_opens_rest(masked: str, ce: int, cs: int, where: tuple[int, QuoteLexicon]) -> bool:
    """The words between a cue's comma (at ``ce``) and a later cue at ``cs`` are that later cue's subject
    alone: the later cue's clause is what the first cue reports."""
    if "," in masked[ce + 1 : cs] or MASK in masked[ce:cs]:
        return False
    who = subject_before(masked, where[0], cs, where[1])
    return who is not None and who.kind != "pronoun" and not masked[ce + 1 : who.start].strip()


# Verbs that report only a clause, with or without 'that': their bare noun phrase is a thing ("added 300
# jobs", "knows the city", "felt the pressure", "understood the rules").
_CLAUSE_ONLY_LEMMAS = frozenset(["add", "know", "feel", "understand", "realize", "be sure"])
_BARE_AUXILIARIES = frozenset(["have", "has", "had", "is", "are", "was", "were"])
_WORD_ING = regex.compile(r"\p{L}++(?<=ing)\b", regex.V1)
_MIND_VERB = regex.compile(
    r"(?:want|wish|hope|think|thought|believe|fear|expect|feel|felt|know|knew|underst[oa]od|plan|intend"
    r"|prefer)\p{Ll}*+\b|\p{L}++(?<=ing)\b",
    regex.V1,
)


# A body's kind, then its name in quotation marks, closing the words before a cue: "association “...”".
_QUOTED_BODY_NAME = regex.compile(
    r"""\b(?:association|union|federation|movement|party|group|faction|alliance|coalition|organi[sz]ation
        |foundation|network|collective|league|front|bloc|platform|initiative|campaign|NGO|charity)
        \s++(?P<q>\ue000++)$""",
    regex.VERBOSE | regex.V1,
)
# A gloss on a name between commas: "(the islands), as China calls them, (...)".
_AS_CALLED_GLOSS = regex.compile(r",\s*+as\s++[^,;\ue000]{1,40}+$", regex.V1)
_GLOSS_OBJECT = regex.compile(r"\s++(?:them|it|him|her|this|that)\s*+,(?!\s*+\ue000)", regex.V1)
# "that" and a comma right after a cue: an aside opens the reported clause ("said that, according to X, ...").
_THAT_COMMA = regex.compile(r"\s++that\s*+,\s*+", regex.V1)


def _next_clause(
    masked: str, ce: int, later: list[regex.Match[str]], se: int, where: tuple[int, QuoteLexicon]
) -> int:
    """Where the next attribution of the sentence starts: the first later cue that opens a clause of its own
    (", arguing", "and suggested"; not a verb inside the reported clause, as in "said she did not think the
    figures were wrong, arguing that"), or the ", and" opening a clause whose own subject speaks (", and the
    mother replied"), else the next cue, else the sentence end."""
    ss, lex = where
    lemmas = compiled(lex).lemmas
    later = [  # "said it contained “nothing new” and repeated old charges": a deed, no clause of its own
        c
        for c in later
        if (
            lemmas.get(" ".join(c.group().casefold().split())) not in _SAYING_OR_DOING
            or _THAT_NEXT.match(masked, c.end(), se) is not None
        )
        and not (c.group("according") and _THAT_COMMA.fullmatch(masked, ce, c.start()) is not None)
    ]  # ("said that, according to the police, the crowd was calm": the aside opens the clause said)
    for later_cue in later:
        if _participle_cut(masked, ce, later_cue.start()) is not None:
            return later_cue.start()
    if masked.startswith(",", ce) and _PARENTHETICAL_CUE_END.search(masked, max(ss, ce - 80), ce) is not None:
        # "A, the senator said, the press saw him as B": the clause after the comma is the one reported, its
        # own verb a report inside it (not "Moldova will respond, the minister said": no speaker between
        # commas before the first verb)
        later = [c for c in later if not _subject_opens_rest(masked, ce, c.start(), where)]
    if not later:
        return se
    for later_cue in later:  # (a cue inside the reported clause, "could not claim the bonus", is passed over)
        cs = later_cue.start()
        joint = masked.rfind(", and ", ce, cs)
        after = joint + len(", and ")
        if joint < 0 or masked.startswith("that ", after):  # ", and that ...": still what was said
            continue
        who = (
            subject_before(masked, ss, cs, lex)
            or _loose_subject(masked, after, cs, lex)
            or _quantified_subject(masked, max(joint, cs - 120), cs)  # ", and two-thirds said the same"
        )
        if who is not None and who.kind != "pronoun" and who.start > joint:
            return after  # "said X, and when pressed, the mother replied": a clause of its own
    return later[0].start()


# A credit closing the sentence after a comma: its speaker (a few words, no clause of their own), the verb of
# saying, perhaps when: ", the foreign ministry said Thursday.", ", the readout said."
_CLOSING_CREDIT = regex.compile(
    r""",\s++(?!(?:and|but|or|so|which|who|as|while|when|if)\b)
        (?:[\p{L}\p{N}'’.-]++\s++){0,6}?(?<!\b(?:that|which|who|and|but)\s++)
        (?:said|says|reported|told\s++(?:reporters|journalists))
        (?:\s++(?:on\s++|late\s++|early\s++)?(?:\L<days>|today|yesterday))?+
        # ", the ministry said in a readout of the call.": where it said so
        (?:\s++in\s++(?:a|an|its|his|her|their)\s++(?:[\p{Ll}-]++\s++)?
           (?:statement|readout|release|communiqu[eé]|post|message|briefing)
           (?:\s++(?:of|on|after)\s++(?:the|a|an|its|his|her|their)\s++(?:[\p{Ll}-]++\s++)?[\p{Ll}-]++)?+
           (?:\s++(?:on\s++|late\s++|early\s++)?(?:\L<days>|today|yesterday))?+)?+
        \s*+[.!?]?\s*+$""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)


# The writer's noun for what was said or done, set after it with a clause of its own: ", a move Ishikawa
# described as overdue", ", comments that angered Riyadh", ", an idea the minister had dismissed".
_WRITERS_GLOSS = regex.compile(
    r""",\s++(?:(?:a|an|the|in\s++a)\s++)?(?:[\p{Ll}-]++\s++)?
        (?:move|step|decision|position|idea|proposal|claim|remark|comment|statement|phrase|view|assertion
          |suggestion|pledge|promise|warning|threat|stance|demand|charge|accusation|argument|assessment
          |sentiment|signal|reference|plan|call)s?
        \s++(?:that|which|who|he|she|they|it|we|many|some|critics|officials|analysts|observers|traders|investors
              # a contact clause: "a move Ishikawa described as", "an idea the minister had dismissed"
              |(?:\p{Lu}[\p{Ll}'’-]++|the\s++(?:\p{Ll}++\s++){0,2}?\p{Ll}++)
               (?=\s++(?:\p{Lu}[\p{Ll}'’-]++\s++)?(?:had\s++|has\s++|have\s++)?\p{Ll}+?ed\b))\b""",
    regex.VERBOSE | regex.V1,
)


# The writer's frame set after a report: when or amid what it was made (", as public hearings opened", ",
# as members of the committee accused ...", ", amid a renewed debate over ...", ", in one of the first trials
# for ..."); not an "as" of the speaker's own (", as expected", ", as they did last year").
_WRITERS_FRAME = regex.compile(
    r""",\s++(?:amid\s
      |(?:(?:\p{Ll}++\s++)?(?:hours|days|weeks|months|minutes)|(?:a|an|one)\s++(?:day|week|month|year))\s++(?:after|before)\s
      |the\s++latest\s++(?:in|of)\s
      # ", the latest flare-up between the two neighbours", ", the third such walkout this year"
      |the\s++(?:latest|first|second|third|fourth|fifth|only|last)\s++such\s
      |the\s++(?:latest|newest|most\s++recent|first|second|third|fourth|fifth)\s++(?:[\p{Ll}-]++\s++){0,2}?
        (?:flare-up|escalation|sign|incident|clash|spat|row|dispute|setback|blow|confrontation|standoff|episode
          |salvo|twist|chapter|round|attempt|case|example|instance)s?\b
      # ", a setback for the talks", ", a blow to the government": the writer's word on it
      |(?:a|an)\s++(?:[\p{Ll}-]++\s++){0,2}?(?:setback|blow|boost|rebuke|snub|escalation|reversal|jab|swipe)
        \s++(?:to|for|that|which)\s
      |with\s++(?:[\p{L}'’-]++\s++){1,5}?(?:saying|warning|arguing|noting|claiming|insisting)\b  # ", with aid
                                                                      # agencies saying that ...": another's
      |in\s++(?:one\s++of\s++the|the\s++(?:latest|first|second|third|last)|a\s++(?:move|sign|bid|rare))\s
      |as\s++(?:the|a|an|some|many|members|\p{Lu}\p{Ll}++)\s++(?:[\p{L}'’-]++\s++){0,6}?
        (?:opened|began|met|gathered|convened|arrived|ended|closed|resumed|continued|accused|criticized
          |criticised|protested|rose|fell|grew|came|went|took|held|sought|fought)\b)""",
    regex.VERBOSE | regex.V1,
)


def _content_end(masked: str, start: int, nxt: int, se: int) -> int:
    """Where a forward clause ends: before the next attribution ("..., adding that", "..., the ministry
    said.") or at sentence end."""
    if (
        masked.startswith(MASK, start)
        and (
            scene := _SCENE_AFTER_QUOTE.match(
                masked, len(masked[start:se]) - len(masked[start:se].lstrip(MASK)) + start, se
            )
        )
        is not None
    ):
        # "chanted “...” as police fired tear gas": the quotation, then the writer's scene
        return scene.start()
    end = se
    if nxt < se:
        cut = _participle_cut(masked, start, nxt)
        if cut is not None:
            end = cut
        colon = masked.rfind(": ", start, nxt)
        if (
            colon > start
            and MASK not in masked[colon:nxt]
            and "," in masked[colon:nxt]
            and _SAID_AT.match(masked, nxt) is not None
        ):
            end = min(end, colon)  # "warned that A: B, she said, C": the next attribution's clause after it
    if (comma := masked.rfind(",", start, end)) > start and _CLOSING_CREDIT.match(masked, comma, se):
        end = comma  # "asked China to leave, the foreign ministry said.": the credit is another report
    if ", " in masked[start:end] and (
        gloss := _WRITERS_GLOSS.search(masked, start, end) or _WRITERS_FRAME.search(masked, start, end)
    ):
        end = gloss.start()  # "..., a move analysts saw as overdue": the writer's word on what was said
    # (read a few characters on: a comment clause's verb may be the next cue, "..., as Ruiz put it")
    reach = min(se, end + _STOP_REACH)
    pos = start
    while True:
        rel = _CLAUSE_STOP.search(masked, pos, reach, timeout=_tmo(pos, reach))
        if rel is None or rel.start() >= end:
            return end
        inner = _EMBEDDED_RELATIVE.match(masked, rel.start(), end) or _DASH_PAIR.match(
            masked, rel.start(), end
        )
        if inner is None:
            if masked.startswith(",", rel.start()) and (
                _THAT_OPENING_END.search(masked, max(0, start - 8, rel.start() - 40), rel.start()) is not None
                or (
                    _FRONTED_ADJUNCT.match(masked, start, rel.start()) is not None
                    and _FINITE.search(masked, start, rel.start()) is None
                )
            ):
                # "concluded that at the two busiest harbours, which handle most freight, pilots have
                # worked double shifts": a phrase of place or time opens the clause, whose verb is still to
                # come; "argue that, while the levy may lower fares, crews will ...": a clause of its own
                # opens it
                pos = rel.start() + 1
                continue
            return rel.start()
        pos = inner.end()  # "that the treaty, which expired in 2019, could not be revived": read on


# A person named as the one asked ("Ruiz", "Sen. Ana Ruiz"), not a group ("reporters") or a pronoun.
_NAMED_HEARER = regex.compile(r"(?:\p{Lu}[\p{L}.'’-]*+\s++){0,3}\p{Lu}\p{Ll}[\p{L}'’-]*+", regex.V1)
# A clause of the writer's right after a quotation that opens what was said: a subordinator, a short subject
# and a verb in the past ("“...” as police fired tear gas", "“...” while the crowd cheered").
_SCENE_AFTER_QUOTE = regex.compile(
    r"""[\"”’]?\s++(?:as|while|when|after|before)\s++
        (?:(?!(?:to|that|and|or|but|if|is|are|be)\b)[\p{L}\p{N}'’.-]++\s++){1,4}?
        (?:\p{Ll}++(?<=ed)|went|came|took|gave|made|held|left|lost|won|told|said|met|ran|rose|fell|broke|began
          |stood|spoke|drew|threw|swept|fought|sang)\b""",
    regex.VERBOSE | regex.V1,
)
# A relative pronoun with no comma before it, right before a cue (maybe after an auxiliary or adverbs):
# "Voters who said", "the polls that show", "a supporter who has long wanted".
_BARE_RELATIVE_CUE = regex.compile(
    r"""(?<![,(\[—–-]\s*+)\b(?P<rel>who|that|which)\s++
        (?:(?:has|have|had|is|are|was|were|did|does|do|not|also|never|still|already|once|long|first
           |\p{Ll}++(?<=ly))\s++){0,3}$""",
    regex.VERBOSE | regex.V1,
)
# A word of a noun phrase: no sentence's closing stop in it, an initialism's is ("U.S.").
_NP_WORD = r"[\p{L}\p{N}%$](?:[\p{L}\p{N}'’%$-]|\.(?=[\p{L}\p{N}]))*+(?:(?<=\b\p{Lu})\.)?"
# The noun phrase before that relative pronoun, opening its clause: no subject pronoun, verb or auxiliary
# in it, so the relative clause stands in the sentence's subject and the main verb is still to come.
_ANTECEDENT_SUBJECT = regex.compile(
    rf"""(?:^|(?<!\b\p{{Lu}})[.!?]\s++|[;:\n\ue000]\s*+|,\s++(?:and\s++|but\s++)?)  # (not "U.S.")
        (?:(?:And|But|So|Yet|Even|Only|Still|Now|Also|and|but|so|yet|even|only|still|also)[^\S\n]++)?
        (?!(?:{_NP_WORD}[^\S\n]++)*?(?:he|she|it|they|we|I|you|there|He|She|It|They|We|There|You
           |is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do
           |said|says|say|told|tells|think|believe|If|When|While|As|Because|Although
           |if|when|while|as|because|although)\s)
        (?!(?:{_NP_WORD}[^\S\n]++)*?(?:so|such|now|than)[^\S\n]++$)
        (?!(?i:and|but|or)\b)(?P<np>{_NP_WORD}(?:[^\S\n]++{_NP_WORD}){{0,9}}?)[^\S\n]++$""",
    regex.VERBOSE | regex.V1,
)
# A finite auxiliary or modal that opens the main clause's predicate after the relative clause.
_MAIN_AUX = regex.compile(
    r"\s(?P<v>is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b",
    regex.V1,
)
# A past verb opening the main predicate (not a participle with its complement: "the money earmarked for").
_MAIN_PAST = regex.compile(
    r"\s(?P<v>\p{Ll}++(?<=ed))\b(?!\s++(?:by|for|to|in|into|on|at|from|with|as|under|over)\b)",
    regex.V1,
)
# A verb in the words before the relative pronoun: a past form (not an adjective after a determiner, "the
# embattled mayor") or a common irregular past.
_VERB_IN_NP = regex.compile(
    r"(?<!\b(?i:the|a|an|his|her|its|their|our|some|many|most|all|several|newly|recently|of|among|for|with)"
    r"\s++)\b\p{Ll}++(?<=ed)\b"
    r"|\b(?:met|told|said|saw|found|took|gave|made|got|held|left|won|lost|sent|urged|asked|thanked|hit|led|let"
    r"|put|ran|brought|became|kept|heard)\b",
    regex.V1,
)
_PLURAL_PRONOUN_VERB = regex.compile(r"\b(?:I|you|we|they)\s++(?:\p{Ll}++(?<=ly)\s++)?+\p{Ll}++\b", regex.V1)
_WORD_TO = regex.compile(r"to\s", regex.V1)
# Words that cannot end the noun phrase a main verb follows (a subject of the verb's own, a complementizer,
# a coordinator, a preposition, an auxiliary).
_NOT_BEFORE_MAIN = regex.compile(
    r"(?:"
    r"he|she|it|they|we|i|you|there|this|that|these|those|which|who|whom|what|whose|where|when|why|how|if"
    r"|whether|because|as|than|so|and|or|but|nor|to|of|in|on|at|by|for|with|from|about|into|over|under|not"
    r"|is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|did|does|do"
    r"|also|still|never|just|only|even|ever|yet|already|often|always|now|then|once|the|a|an|his|her|their"
    r"|its|our|my|your"
    r")",
    regex.V1,
)
# A verb that takes a clause of its own without "that" ("believes the plan is"): a verb after it is the
# inner clause's.
_CLAUSE_TAKING = regex.compile(
    r"\b(?:believ|think|thought|say|said|claim|know|knew|feel|felt|hop|fear|expect|argu|insist|suggest|mean"
    r"|show|found|find|warn|guess|assum|suppos|reckon|worr|tell|told|wish|realiz|note)\p{Ll}*+\b",
    regex.V1,
)
# What opens a clause of the content's own, or closes the relative clause: a verb after it is no main verb.
_SUBORDINATORS = regex.compile(
    r"\b(?:that|which|who|whom|whose|what|where|when|while|whether|if|because|although|though|as|until"
    r"|unless|since|after|before|but|how|why)\b|[,;:\ue000(—–]",
    regex.V1,
)

_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"])


def _contact_relative(words: list[str]) -> bool:
    """Whether a noun phrase opens right after a noun in ``words`` ("things the council"): a relative
    clause with no pronoun, whose verb follows."""
    for n, (prev, word) in enumerate(itertools.pairwise(words)):
        low = prev.casefold()
        if (
            word.casefold() in _DETERMINERS
            and (n == 0 or words[n - 1].casefold() not in ("to", "and", "or"))  # ("to ban the levy")
            and prev[:1].islower()
            and not _NOT_BEFORE_MAIN.fullmatch(low)
            and not low.endswith(("ing", "ed", "ly"))
        ):
            return True
    return False


def _relative_main_verb(masked: str, cs: int, start: int, end: int, nxt: int, *, clause: bool) -> int | None:
    """Where the sentence's main verb follows a report made in a relative clause on its subject, with no
    comma before the relative pronoun ("Voters who said they had doubts were ...", "Residents who called for
    the release say ..."): the content ends before it. ``cs`` is the cue's start, ``masked[start:end]`` the
    content read so far, ``nxt`` the next cue's start; ``clause``: the content is a clause with a verb of
    its own, which comes first (an object or an infinitive has none)."""
    rel = _BARE_RELATIVE_CUE.search(masked, max(0, cs - 60), cs)
    if rel is not None:
        head = rel.start()
    elif _WORD_ING.match(masked, cs) is not None and masked[cs - 2 : cs - 1].isalpha():
        head = cs  # a reduced relative: "Residents calling for the release say ..."
    else:
        return None
    np = _ANTECEDENT_SUBJECT.search(masked, max(0, head - 120), head)
    if np is None or _VERB_IN_NP.search(masked, np.start("np"), np.end("np")) is not None:
        return None  # ("Marrow met voters who", "Reyland warned voters who": the clause is an object's)
    if rel is None and _NOT_BEFORE_MAIN.fullmatch(
        masked[np.start("np") : np.end("np")].split()[-1].casefold()
    ):
        return None  # ("he was there and seeking to ...": no noun before the participle)
    pos = start
    if clause:
        own = _FINITE.search(masked, start, end, timeout=_tmo(start, end))
        plural = _PLURAL_PRONOUN_VERB.search(masked, start, own.start() if own else end)
        if plural is not None:
            own = plural  # "they back the strike": a present verb after its pronoun
        if own is None:
            return None
        pos = own.end()
    stops = [m.start("v") for m in _MAIN_AUX.finditer(masked, pos, end)]
    if clause:  # "who said they had doubts about the mayor stayed home": a past verb after the clause's own
        stops += [m.start("v") for m in _MAIN_PAST.finditer(masked, pos, end)]
    if pos <= nxt < end:
        stops.append(nxt)
    stops.sort()
    for at in stops:
        if _SUBORDINATORS.search(masked, pos, at) is not None:
            return None  # a verb inside a clause of the content's own ("oppose what the council is doing")
        before = masked[pos:at].split()
        if not before:
            continue
        word = before[-1].casefold()
        if _NOT_BEFORE_MAIN.fullmatch(word) or word.endswith(("ly", "'s", "’s")):
            continue
        if _CLAUSE_TAKING.search(masked, start, at) is not None:
            return None  # "who said he believes the board is ...": the verb is the inner clause's
        if _contact_relative(masked[pos:at].split()):
            return None  # "criticized things the council is doing": the verb is a relative clause's
        return at
    return None


# A relative clause inside the reported clause's subject, closed by a comma before the subject's verb:
# "the treaty, which expired in 2019, could not be revived". The reported clause goes on after it.
_EMBEDDED_RELATIVE = regex.compile(
    r"""
    (?:,\s++(?:which|who|whose|where|when)\b(?:[^,;:\ue000\n]{1,80}+,){1,5}?\s++  # (a list inside, too;
      # "the plan, when it is ready, will be published": a clause of time)
      # a concession of a few lower-case words, no subject of its own, set off before the verb: "French arms,
      # while symbolically important, could not ...", "the sanctions, though painful, would stay"
      |,\s++(?:while|though|although|albeit|however)
         (?:\s++(?!(?:the|a|an|his|her|their|its|our|this|that)\b)[\p{Ll}-]++){0,4},\s++
      # a participle's phrase set off before the verb: "the ship, carrying grain from Odesa, was seized"
      |,\s++\p{Ll}++(?<=ing)\s++[^,;:\ue000\n]{1,60}+,\s++)
    (?=(?:could|would|will|can|may|might|must|should|shall|is|was|are|were|has|have|had|did|does|do
         |remains?|remained|also|still|never|already|now
         |\p{Ll}++(?<=ed)|stood|held|kept|took|gave|made|saw|won|lost|grew|fell|rose|led|met|sought|came|went
         |stands|holds|wants|needs|seeks|faces|backs|supports|opposes)\b)  # ("her country, which has an old
                                                  # population, stood ready to help": a verb of its own)
    # a naming or claiming relative whose object is the noun before it, then any verb: "the islands, which
    # China calls Diaoyu, belong to China"
  | ,\s++which\s++(?:[\p{L}\p{N}.'’-]++\s++){1,4}?(?:calls|called|claims|claimed|considers|regards|terms|dubs
       |dubbed)(?:\s++[\p{L}\p{N}.'’-]++){0,3}\s*+,\s++
    (?=\p{Ll}++\b(?<!\b(?:and|but|or|the|a|an|which|who|as|in|on|at|to|for|with|by|from|of)))
    """,
    regex.VERBOSE | regex.V1,
)


# An aside between two spaced dashes inside the reported clause, which goes on after it: "said the rain —
# nearly nine inches — would have overwhelmed any levee".
_DASH_PAIR = regex.compile(r"\s(?P<d>[—–])\s[^—–;\ue000\n]{1,80}?\s(?P=d)\s++(?=\p{Ll})", regex.V1)
_STOP_REACH = 12
_SAID_AT = regex.compile(r"(?:said|says|told|added|noted|argued|insisted)\b", regex.V1)
_BULLETS = frozenset("•▪●·◦‣")  # a list's bullet opening a paragraph, no part of what it holds


def _trim(masked: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (masked[a].isspace() or masked[a] in ",:;—–-" or masked[a] in _BULLETS):  # "• Iran has"
        a += 1
    while b > a and (masked[b - 1].isspace() or (masked[b - 1] in ".,;:!?—–-" and masked[b - 1] != MASK)):
        b -= 1
    return a, b


def _contrast_subject(masked: str, prev: list[_Attr], cs: int, lex: QuoteLexicon) -> Mention | None:
    """The subject of a contrasting clause (", while", ", whereas", ", but") opened after the sentence's
    latest attribution and before a participle at ``cs``, when a name or description opens it."""
    last = prev[-1]
    if last.cue is None or last.cue[1] >= cs:
        return None
    lo = max(last.cue[1], last.content[1] if last.content is not None else 0)
    opened = [m.end() for m in _CONTRAST_OPENING.finditer(masked, lo, cs)]
    if not opened:
        return None
    sub = _sentence_subject(masked, opened[-1], cs, lex)
    return sub if sub is not None and sub.kind in ("name", "role") and sub.start >= opened[-1] else None


# A clause of contrast opening after a comma: ", while Sen. Y ...", ", whereas the envoy ...".
_CONTRAST_OPENING = regex.compile(
    r"(?:,|(?<=\ue000))\s++(?:while|whereas|but|though|although)\s++(?=\p{Lu})", regex.V1
)  # (after a quotation, its comma is inside the marks)


def _outer_mention(prev: list[_Attr], masked: str = "", cs: int = 0) -> Mention | None:
    """The speaker of the sentence's latest attribution, passing over a verb inside another's reported
    clause ("X said that Kyiv would never agree to ..., rejecting ...": X rejects, not Kyiv; "X said Budapest
    supported every effort, adding that ...": X adds), unless that verb closes the clause just before the
    participle ("..., Ruiz added, saying")."""
    for k in range(len(prev) - 1, -1, -1):
        at = prev[k]
        cue = at.cue
        if at.mention is None:
            continue
        if cue is None or masked[cue[1] : cs].strip() in (",", ""):
            return at.mention
        if not any(o.content is not None and o.content[0] <= cue[0] < o.content[1] for o in prev[:k]):
            return at.mention
    return None


def _one(
    masked: str,
    ss: int,
    se: int,
    m: regex.Match[str],
    nxt: int,
    prev: list[_Attr],
    pi: int,
    lex: QuoteLexicon,
) -> _Attr | None:
    """The attribution a cue match makes, or ``None``."""
    cl = compiled(lex)
    cs, ce = m.span()
    if (
        prev
        and (prior := prev[-1].cue) is not None
        and cs - prior[1] < _IN_DOCUMENT_REACH
        and _IN_DOCUMENT.fullmatch(masked, prior[1], cs)
    ):
        # "said in a statement posted on X that ...": the statement's participle, no cue of its own
        return None
    if m.group("according"):
        if _according_inside(masked, ss, se, cs, ce, nxt, prev, lex):
            return None  # the aside belongs to the sentence's report
        if (
            prev
            and (
                (masked[ss:cs].rstrip().endswith(",") and MASK in masked[ss:cs])
                or (  # "..., he said, according to a court transcript", "“...,” according to a translation"
                    masked[ss:cs].rstrip().endswith((",", MASK))
                    and _RELAYING_TEXT.match(masked, ce + 1, se) is not None
                )
            )
            and prev[-1].cue is not None
            and prev[-1].cue[2] not in _DEED_LEMMAS  # ("X ordered Y to ..., according to his office")
        ):
            # "“...,” the minister added, according to a readout": a credit of that report, its medium
            if _RELAYING_TEXT.match(masked, ce + 1, se) is not None:
                credit = _source_np(masked, ce, se)  # "according to a court transcript": the text whole
            else:
                credit = subject_after(masked, ce, se, lex) or _source_np(masked, ce, se)
            if credit is not None and prev[-1].addressee is None:
                prev[-1].addressee = (credit.start, credit.end)
            return None
        got = _according(masked, ss, se, cs, ce, pi, lex)
        deed = prev[-1] if prev else None
        if (
            got is not None
            and got.content is not None
            and deed is not None
            and deed.cue is not None
            and deed.cue[2] in _DEED_LEMMAS
            and got.content[0] <= deed.cue[0] < got.content[1]
        ):
            deed.silent = True  # "Shin ordered officials to ..., according to the presidential office"
        return got
    if m.group("relay"):
        t = cl.relay_tail_re.match(masked, ce, se)
        if t is None:
            return None
        by = _BY_MEDIUM.match(masked, ce, t.start("tail"))  # "X was quoted by Interfax as saying"
        who = subject_after(masked, ce, t.start("tail"), lex) if t.group("who").strip() and not by else None
        if (
            who is not None
            and who.kind in ("org", "role")
            and (named := _APPOSED_NAME_END.match(masked, who.end, t.start("tail"))) is not None
        ):
            # "quoted a senior member of the committee, Ebrahim Rezaei, as saying": the person the description
            # names
            role = " ".join(masked[who.start : who.end].split())
            first, _, rest = role.partition(" ")
            who = Mention(
                who.start,
                named.end("name"),
                "name",
                name=named.group("name"),
                role=rest if first.casefold() in lex.determiners and rest else role,
                head=named.group("name").split()[-1].casefold(),
            )
        medium: tuple[int, int] | None = None
        if who is None:
            who = subject_before(masked, ss, _skip_be(masked, max(ss, cs - _LOOKBACK), cs), lex)
            by = by or _BY_MEDIUM.match(masked, t.end(), se)  # "X was quoted as saying by RIA Novosti"
            medium = _trim(masked, *by.span("a")) if by is not None else None
        else:
            source = subject_before(masked, ss, cs, lex)  # "TASS quoted X as saying": TASS relays X
            medium = (source.start, source.end) if source is not None else None
        lemma = cl.lemmas.get(" ".join(m.group().casefold().split()), "quote")
        pos = t.end() if medium is None or medium[0] < t.end() else medium[1]
        if (
            pos == t.end()
            and t.group("tail").endswith("telling")
            and (hearer := _LONG_HEARER_BEFORE_THAT.match(masked, pos, min(se, pos + 140))) is not None
        ):
            # "was quoted by SANA as telling his Turkish counterpart X in a phone call that ...": the hearer
            # and the call, then what was said
            pos = hearer.end("a")
            if (that := _THAT.match(masked, pos, se)) is not None and that.group("that"):
                pos = that.end()
        got = _forward(masked, ss, se, (cs, ce, lemma), pos, who, medium, nxt, pi, lex)
        if got is None and who is not None and medium is not None and medium[1] <= cs:
            # "“...,” TASS reported him as saying.": the quotation stands before the relaying outlet
            head = masked[ss : medium[0]].rstrip()
            ends = (
                _WORD.search(masked, t.end(), se) is None or _TIME_ONLY.match(masked, t.end(), se) is not None
            )
            if head.endswith((",", MASK)) and (MASK in head or (head.endswith(",") and ends)):
                # (or "The talks stalled, Interfax cited a source as saying on Thursday.": the clause before)
                got = _Attr((cs, ce, lemma), who, medium, content=_trim(masked, ss, ss + len(head)), para=pi)
        return got
    form = " ".join(m.group().casefold().split())
    lemma = cl.lemmas.get(form, form)
    lo = max(ss, cs - _LOOKBACK)  # the words read before the cue: bounded, so long sentences stay linear
    before = masked[lo:cs].rstrip()
    # "Having said that, ...", "Having announced that ..., the judge ...": a participle clause, no speaker
    if before.endswith(("Having", "having")):
        return None
    if form == "told" and before.endswith(("All", "all")) and masked.startswith(",", ce):
        return None  # "All told, ...": an idiom for "in total"
    if form.endswith("ing") and _AUXILIARY_NEXT.match(masked, ce, se) is not None:
        return None  # "the MetService warning had come too late": a noun, the clause's verb after it
    if form.endswith("ed") and (
        _POSSESSIVE_END.search(before) is not None or (form == "continued" and before.endswith(("'s", "’s")))
    ):
        return None  # "its stated aim", "Israel's continued presence": an adjective after a possessive
    question = form in cl.question_forms and _QUESTION_AFTER.match(masked, ce, se) is not None
    to_at = ce  # where the 'to' infinitive after the cue stands ("decided after a long review not to")
    if lemma in cl.infinitive_lemmas or lemma in _COMMITMENT_LEMMAS or lemma == "refuse":
        to_at = _infinitive_at(masked, ce, se)
    intends = lemma in cl.infinitive_lemmas and _TO_INFINITIVE.match(masked, to_at, se) is not None
    view = _AS_COMPLEMENT.match(masked, ce, se) if form in cl.as_forms else None
    viewed = view is not None
    about = _ABOUT_GAP.match(masked, ce, se) if form in cl.about_forms else None
    if form in cl.narrow_forms and not question and not intends and not viewed and about is None:
        return None  # "wondered aloud", "aimed at the port", "saw the port": no question, intention or view
    if about is not None:
        lemma = f"{lemma} {about.group('p')}"  # "spoke to reporters about": what was spoken about
    if form in cl.noun_forms:
        if prev and (verb := prev[-1].cue) is not None and _NOUN_MODIFIERS.fullmatch(masked, verb[1], cs):
            return None  # "expressed concern that", "dismissed concerns that": the verb's report holds it
        return _noun_report(masked, ss, se, cs, ce, lo, nxt, pi, lex)  # "despite complaints that ..."
    if form in cl.stance_lemmas and (got := _stance(masked, ss, se, cs, ce, lo, nxt, pi, lex)) is not None:
        return got  # "Unions are worried that the port will close"
    if form in cl.stance_lemmas and cl.lemmas.get(form) == cl.stance_lemmas[form]:
        return None  # an adjective with no linking verb or no that-clause: no report
    topic = form in cl.topic_forms and MASK not in masked[ce:se]
    if topic and form.endswith("ed to") and (before.endswith(",") or _BE_BEFORE.search(before[-40:])):
        return None  # "is often referred to as", "The ferry, referred to as ...": a passive, no speaker
    if topic and form == "pointing to" and before.endswith((",", MASK)):
        return None  # "..., pointing to the cuts": a gesture or the evidence of the report before, no report
    if topic and _GAP_AFTER_TOPIC.match(masked, ce, se) is not None:
        return None  # "the trends critics point to with alarm", "the judge he was referring to is": no object
    if form == "asked" and (by := _ASKED_BY.match(masked, ce, se)) is not None:
        return _asked_by(masked, ss, se, (cs, ce, lemma), by, nxt, pi, lex)  # "was asked by a listener how"
    if masked.startswith(_ASKED_OPENERS, ss) and _ASKED_LEAD.match(masked, ss, cs) is not None:
        return None  # "Asked whether Russia would respond, Peskov said": the question, no speaker of its own
    if lemma == "call" and _AS_CALLED_GLOSS.search(before[-60:]) and _GLOSS_OBJECT.match(masked, ce, se):
        return None  # "the Diaoyu Islands, as China calls them, were ...": a gloss on a name, no report
    if lemma == "affirm" and _AFFIRMED_ACT.match(masked, ce, se) is not None:
        return None  # "The appeals court affirmed the ruling": a court's act upon a judgment, no words
    if lemma == "declare" and _DECLARED_ACT.match(masked, ce, se) is not None:
        return None  # "the junta declared war on its neighbour", "declared a state of emergency": an act
    if lemma == "continue" and _CONTINUED_ACT.match(masked, ce, se) is not None:
        return None  # "The committee continued its general debate", "continued with the vote": no words
    if _IN_QUESTION_ASIDE.search(before[-160:]) is not None:
        return (
            None  # "Peskov, asked whether Moscow would respond, said ...": a verb of the question put to him
        )
    if form == "asked" and before.endswith(",") and _ASKED_ASIDE.match(masked, ce, se) is not None:
        # "X, asked whether Y might join, said ...": X was asked; the question is no report of his
        return None
    if form.endswith(("ed", "en", "wn")) and _AGENT_BY.match(masked, ce, se) is not None:
        return None  # "the Peace Formula proposed by President X": a participle, its agent after "by"
    if (
        form in _ASIDE_PARTICIPLES
        and prev
        and (earlier := prev[-1]).mention is not None
        and earlier.content is None
        and earlier.cue is not None
        and _cue_then_comma(masked, earlier.cue[1], cs)
        and (cited := _CITED_THAT.match(masked, ce, se)) is not None
    ):
        a, b = _trim(masked, cited.end(), _content_end(masked, cited.end(), nxt, se))
        outlet = form == "citing" and _is_outlet(masked, earlier.mention)
        src = subject_after(masked, ce, cited.end("src"), lex) if outlet else None
        if src is not None:
            # "APA reported, citing a source in the State Border Service, that ...": the source speaks, the
            # outlet is its medium
            earlier.silent = True
            if a < b:
                return _Attr(
                    (cs, ce, lemma),
                    src,
                    (earlier.mention.start, earlier.mention.end),
                    content=(a, b),
                    para=pi,
                )
        elif a < b:
            # "The ministry said, citing intelligence reports, that ...", "X said, commenting on the
            # sanctions, that ...": the speaker's evidence or occasion, an aside
            earlier.content, earlier.silent = (a, b), False
            return None
    if form == "citing" and before.endswith(",") and _CITING_ASIDE_END.match(masked, ce, se) is not None:
        return None  # "Izvestia, citing sources in the government, reported that ...": read at "reported"
    if form.endswith("ing") and _CREDIT_BY.match(masked, ce, se):
        return None  # "Additional reporting by X; editing by Y": a credit line
    noun_like = (form == lemma or form.endswith(("s", "ing"))) and form not in _VERB_ONLY_FORMS
    if noun_like and form.endswith("s") and _BE_NEXT.match(masked, ce, se) is not None:
        return None  # "Some claims are hard to prove", "the reports were false": a plural noun, a subject
    if noun_like and _SAYING_NEXT.match(masked, ce, se) is not None:
        return None  # "Immigration advocates said ...": the noun heads the subject of the verb after it
    if (
        noun_like
        and form == lemma
        and (prev_word := _LAST_WORD.search(before)) is not None
        and not prev_word.group().endswith("s")
        and prev_word.group() not in ("They", "We", "You")
        and _PAST_NEXT.match(masked, ce, se) is not None
    ):
        return None  # "European demand collapsed": a base form after a singular word is a noun, not its verb
    if noun_like and _noun_before(before) and not _THAT_NEXT.match(masked, ce, se):
        return None  # "the host's show", "the showing": a noun; "Ruiz's claim that ..." still reports
    near = before[-60:]  # a determiner or possessive and up to three capitalised words
    # (the noun "say" is never a name's: "the Marrows say" is a family speaking, "the Ruiz plan" a plan)
    named_noun = _NAMED_NOUN_BEFORE.search(near) if form == lemma and form != "say" else None
    if named_noun is None and noun_like and form != "say":  # ("Yemen's Armed Forces say ...": a plural body)
        named_noun = _POSSESSED_NAMED_NOUN.search(near)  # "the ambassador's Fifth Amendment claims"
    if named_noun is not None and not _THAT_NEXT.match(masked, ce, se):
        return None  # "hosts an MSNBC show", "the Ruiz plan": a noun after a name used as a modifier
    if (
        (form in cl.object_forms or form in cl.quoted_object_forms)
        and _FRONTED_OBJECT.search(before)
        and not (form in cl.quoted_object_forms and _AS_QUOTATION.match(masked, ce, se) is not None)
    ):  # (but "which he described as “a declaration of war”": the words he put on it follow)
        return None  # "which the senator proposed under a flat rate": the object went before the speaker
    if (
        m.group()[:1].isupper()
        and _CAP_BEFORE.search(before)
        and (not _CAP_AFTER.match(masked, ce, se) or _prose(masked, ss, se))
        and not (
            lemma in _LOOSE_LEMMAS  # "Rates Will Hold, Ruiz Warns"; not "Bank Holds Rates, Signals Caution"
            and _HEADLINE_SPEAKER_END.search(before[-80:])
            and _NOTHING_AFTER.match(masked, ce, se)
        )
    ):
        return None  # "the United States", "the Custody Reporting Act" in prose: part of a name
    if (
        lemma == "champion"
        and form in ("champion", "champions")
        and (
            _CHAMPION_NOUN_BEFORE.search(before[-30:]) is not None
            or _CHAMPION_NOUN_AFTER.match(masked, ce, se)
        )
    ):
        return None  # "Former Olympic champion X was elected", "a former world champion, said": a title
    if lemma in _FORECAST_LEMMAS and _MODAL_END.search(before[-24:]):
        return None  # "Audiences can expect him to ...": a prediction, not what someone said they expect
    if lemma == "expect" and (be := _EXPECTED_BE.search(before[-12:])) is not None:
        be_at = lo + max(0, len(before) - 12) + be.start()  # where "is" / "are" stands
        return _expected(masked, ss, se, (cs, ce, lemma), be_at, nxt, prev, pi)
    if m.group()[:1].isupper() and _LOWER_WORD_END.search(before[-40:]) and _NAME_AFTER.match(masked, ce, se):
        return None  # "spokeswoman Hope Lindqvist said": a given name spelt like a verb, inside a sentence
    mention = None
    if before.endswith(MASK) and (quoted := _QUOTED_BODY_NAME.search(before)) is not None:
        # "The farmers' association “Fermierii Uniți” said": a body named in quotation marks after its kind
        at = lo + quoted.start("q")
        kind_np = subject_before(masked, ss, at, lex) or _loose_subject(masked, ss, at, lex)
        if kind_np is not None and kind_np.kind in ("role", "org"):
            mention = Mention(
                kind_np.start, lo + quoted.end("q"), "org", role=kind_np.role, head=kind_np.head
            )
    ing = form.split(" ", 1)[0].endswith("ing")  # a participle, alone or with its particle ("calling for")
    if ing and nxt < se and not before.strip() and (opening := _opening_participle(masked, ce, nxt, se, lex)):
        main, content = opening  # "Noting that ties are 32 years old, Xi said ...": the main clause's speaker
        return _Attr((cs, ce, lemma), main, None, content=content, para=pi)
    if ing and (prog := _PROGRESSIVE.search(masked, lo, cs)) is not None:
        mention = subject_before(masked, ss, prog.start() + 1, lex)  # "X is saying", "X has been telling"
    if mention is None and form in cl.quoted_object_forms and ing and before.endswith(","):
        # "X hammered Trump, calling him a “Y”": the sentence's speaker, not the object before the comma
        mention = _outer_mention(prev, masked, cs) if prev else _sentence_subject(masked, ss, cs, lex)
    comma_ing = ing and (before.endswith(",") or _COMMA_ADVERB.search(before[-30:]) is not None)
    # (", falsely suggesting that", ", again saying": an adverb between the comma and the participle)
    if mention is None and comma_ing and prev:
        # "X called it weak, while Sen. Y, R-Idaho, voted against it, arguing that ...": a clause of its own
        # after the attribution, whose subject argues
        mention = _contrast_subject(masked, prev, cs, lex)
    if mention is None and comma_ing:
        # "Trump dismissed Walker as weak, arguing that ...": the speaker of the sentence's attribution, not a
        # noun phrase before the comma ("Inside the harbour warehouse, Okafor ...")
        mention = _outer_mention(prev, masked, cs)
        if mention is None and not prev:
            # "Angola left OPEC in January, saying ...": the sentence's subject, not the object before it
            mention = _sentence_subject(masked, ss, cs, lex)
    cited_by: Mention | None = None
    if before.endswith(",") and (aside_src := _CITING_ASIDE.search(before)) is not None:
        # "The newspaper Izvestia, citing sources in the government, reported that ...": the sources speak,
        # the newspaper is their medium
        src_at = lo + aside_src.start("src")
        cited_src = subject_after(masked, src_at - 1, lo + aside_src.end("src"), lex)
        relayer = subject_before(masked, ss, lo + aside_src.start(), lex)
        if (
            cited_src is not None
            and relayer is not None
            and (_is_outlet(masked, relayer) or masked[relayer.start : relayer.end].endswith(" News"))
        ):  # ("Egypt's state-affiliated Al-Qahera News, citing a senior source, reported")
            mention, cited_by = cited_src, relayer
    if (
        mention is None
        and pi == 0
        and form.endswith("s")
        and len(before) <= _HEADLINE_REACH
        and _HEADLINE_SECOND_VERB.match(before) is not None
        and not masked[ss:se].rstrip().endswith((".", "!", "?"))
        and not _speaker_closes(masked, ce, se, lex)  # ("Talks must not drift, says Teo Han Seng")
    ):
        mention = _sentence_subject(masked, ss, cs, lex)  # "Beijing rebukes Hanoi, says ...": the headline's
        # subject holds both verbs
    if mention is None:
        mention = _past_post_modifier(masked, ss, cs, subject_before(masked, ss, cs, lex), lex)
        bare = _AUX_END.sub("", before) if before.endswith(_AUX_ENDINGS) else before  # "..., have urged"
        closed = (
            _CLOSED_ASIDE.search(bare)
            if bare.endswith(",")
            # 'X, whom supporters call “Iron Ruth,” said', 'X, a member of “the Squad,” said': the aside
            # closes with a quotation, its comma inside the marks
            else _QUOTE_CLOSED_ASIDE.search(bare)
            if bare.endswith(MASK)
            else None
        )
        if (
            closed is not None
            and lemma in _INVERTING_LEMMAS
            and _INVERTED_NAME_AFTER.match(masked, ce, se) is not None
        ):
            closed = None  # "..., who ..., said Ana Ruiz, a professor.": the aside is the content's, inverted
        if (
            closed is not None
            and closed.group().startswith(", whose")
            and _FINITE.search(closed.group()) is None
        ):
            closed = (
                None  # "China, whose spokeswoman, Mao Ning, said": no verb in it, the name is the subject
            )
        if (
            mention is not None
            and closed is not None
            and masked[ss : mention.start].rstrip().endswith(")")
            and (whole := subject_before(masked, ss, lo + closed.start(), lex)) is not None
            and whole.start < mention.start
            and whole.end == mention.end
        ):
            mention = whole  # "Nationalist Movement Party (MHP) leader X, in a statement, said": the whole
        if (
            closed is not None
            and (
                mention is None
                or mention.start >= lo + closed.start()
                or _CONTRAST_CLAUSE.search(masked, mention.end, lo + closed.start()) is not None
            )
            # ("A resident, who gave her name only as Meseret, said": the name the aside gives)
            and not (mention is not None and known_only_as(masked, lo + closed.start(), mention.end))
        ):  # (also past a clause of contrast: "A applied ..., while Turkey, which ..., said" is Turkey's)
            # "An army officer, who gave only his first name, told Reuters", "Fidan, in a televised interview
            # with broadcaster A Haber on Thursday, said": the subject before the aside, not a name in it
            close_sub = subject_before(masked, ss, lo + closed.start(), lex)
            wide_sub = subject_before(masked, ss, lo + closed.start() + 1, lex)  # "X, the head of Y, which"
            if (
                wide_sub is not None
                and close_sub is not None
                and close_sub.kind in ("name", "org")
                and masked.endswith(("and ", "& "), ss, close_sub.start)
            ):
                wide_sub = None  # "Venezuela, Cuba and Norway, which ..., said": the list's last name
            if (
                wide_sub is not None
                and close_sub is not None
                and _CONTRAST_CLAUSE.search(masked, wide_sub.end, close_sub.start + 1)
            ):
                wide_sub = (
                    None  # "A applied ..., while Turkey, which ...": the subject of the contrast clause
                )
            mention = (
                _past_post_modifier(masked, ss, lo + closed.start(), wide_sub or close_sub, lex) or mention
            )
            # ("People familiar with the talks, who ..., said": the people, not the talks)
            listed = closed.group().lstrip(", ").startswith("including")
            if mention is None and listed and lemma in _LOOSE_LEMMAS:
                # "Dozens of dockers, including Mr. Reyland, said": the group the list is part of speaks
                mention = _loose_subject(masked, ss, lo + closed.start(), lex)
            elif mention is None and listed and not form.endswith("ing"):
                # "Many skippers, including two from Welvik, opposed the rota": a group of people, other cues
                mention = _people_subject(masked, ss, lo + closed.start(), lex)
            if (
                mention is not None
                and masked[mention.start : mention.end].endswith(".")
                and mention.end - mention.start <= 5
            ):
                mention = None  # "... in Chappaqua, N.Y., speaking ...": a state's abbreviation ends a place
    if (
        mention is None
        and before.endswith(("that", "which"))
        and (rel := _RELATIVE_SUBJECT.search(before)) is not None
        and (np_ := subject_before(masked, ss, lo + rel.start(), lex)) is not None
        and (np_.head in _DOCUMENT_HEADS or np_.head in _ISSUED)
    ):
        mention = np_  # "issued a joint statement that referred to “...”": the statement speaks
    if (
        mention is None
        and before.endswith(MASK)
        and (nick := _NAMING_PARTICIPLE_END.search(before)) is not None
    ):
        mention = subject_before(masked, ss, lo + nick.start(), lex)  # "A soldier nicknamed “Grandpa” said"
    if mention is None and before.endswith(("that", "which")):
        # "a letter from his doctor (dated Friday) that says ...": the document, past what qualifies it
        mention = _document_before_relative(before, lo)
    if mention is None and before.endswith("to") and (chain := _CHAIN.search(before)) is not None:
        mention = subject_before(masked, ss, lo + chain.start(), lex)  # "Okafor went on to write that"
    if (
        mention is None
        and lemma in _LOOSE_LEMMAS
        and before.endswith("to")
        and (habit := _HABIT_TO.search(before)) is not None
    ):
        mention = subject_before(masked, ss, lo + habit.start(), lex)  # "Ruiz likes to say that"
    if mention is None and before.endswith("have") and (hearsay := _SAID_TO_HAVE.search(before)) is not None:
        mention = subject_before(masked, ss, lo + hearsay.start(), lex)  # "X is said to have told Y that"
    if mention is None and (held := _REDUCED_PASSIVE_BEFORE.search(before)) is not None:
        np_ = subject_before(masked, ss, lo + held.start(), lex)
        if np_ is not None and np_.kind in ("name", "role"):
            mention = np_  # "A former official accused of taking bribes told ...": the official
    if mention is None and (anon := _ANONYMITY_RELATIVE.search(before)) is not None:
        mention = subject_before(masked, ss, lo + anon.start(), lex)  # "A district head who asked not to be
        # named said"
    object_pronoun = (
        mention is not None and masked[mention.start : mention.end].casefold() in _OBJECT_PRONOUNS
    )
    if (
        not form.endswith("ing")
        and (who_rel := _WHO_RELATIVE.search(before)) is not None
        and (mention is None or object_pronoun or mention.start >= lo + who_rel.start())
        and not (mention is not None and known_only_as(masked, lo + who_rel.start(), mention.end))
    ):  # ("A lawyer who has represented him said": not "him"; "Dockers who met X said": not X)
        at = lo + len(before[: who_rel.start()].rstrip(" -–—"))  # ("The judge -- who ... -- said")
        np_ = subject_before(masked, ss, at, lex)
        if np_ is None and (
            mention is not None
            or (lemma in ("say", "tell") and not _TO_BEFORE.search(masked, max(ss, cs - 4), cs))
        ):
            # "Even dockers who have praised the mayor warned", "A reservist who fought there says": a noun
            # phrase naming no known role (with no subject read, only before "say" or "tell" as the main
            # verb: not "An aide who was not allowed to discuss ...")
            np_ = _loose_subject(masked, ss, at, lex)
        adv = _OPENING_ADVERB.match(masked, ss, at)
        if adv is None and who_rel.group("that") is None:  # (a "that" after a plural noun stays stricter)
            adv = _OPENING_PLACE_OR_TIME.match(masked, ss, at)
        opens = ss if adv is None else adv.end()
        if (
            np_ is not None
            and (np_.kind == "role" or mention is not None)
            and (
                who_rel.group("that") is None  # ("that" after the noun it stands for: not "X warned that")
                or (
                    np_.kind == "role"
                    and np_.end == at
                    and np_.head == (rel_head := masked[np_.start : at].rsplit(None, 1)[-1].casefold())
                    and _speaking_plural(rel_head, lex)
                )
            )
            and np_.start <= _first_word(masked, opens, np_.end)
            and (mention is None or not masked[np_.end : at].strip())  # (the relative is the phrase's own)
        ):
            mention = np_  # "A militia commander who attended the meetings confirmed that ...": the commander
    if (
        mention is not None
        and not (lemma in _FINDING_LEMMAS and mention.head in _DOCUMENT_HEADS)  # ("customs data shows ...")
        and _noun_compound(masked, mention, form, lex)
    ):
        return None  # "media reports that ...": a noun, not a verb with its subject
    if mention is not None and (
        but := _ALL_BUT_BEFORE.search(masked, max(ss, mention.start - 20), mention.start)
    ):
        # "Everyone but Hewlett said yes": all the others speak, unnamed
        mention = Mention(but.start(), mention.end, "role", head=but.group(1).casefold())
    if mention is not None and _NOBODY_BEFORE.search(masked, max(ss, mention.start - 16), mention.start):
        return None  # "Nobody in Brussels wanted to sign it": no one speaks
    if (
        (mention is None or mention.start > ss)
        and (example := _EXAMPLE_ASIDE.search(masked, ss, cs)) is not None
        and (mention is None or mention.start > example.start())
        and (group := _loose_subject(masked, ss, cs, lex)) is not None
        and group.end <= example.start()
    ):
        mention = group  # "Several senators, including Sen. Ana Ruiz (of Ohio), urged": the group speaks
    loose = lemma in _LOOSE_LEMMAS and _LOOSE_FORM.fullmatch(form) is not None
    aside = loose and (
        _ASIDE_WORDS.search(before) is not None
        or (before.endswith(_AUX_ENDINGS) and _ASIDE_WORDS.search(_AUX_END.sub("", before)) is not None)
    )  # ("Ray Costa, by contrast, has told allies ...")
    if mention is None and (aside or (not loose and _ASIDE_WORDS.search(before) is not None)):
        mention = _loose_subject(masked, ss, cs, lex)  # "Ruiz, though, said he ...": not inverted
    if (
        mention is not None
        and m.group()[:1].isupper()
        and lemma in _LOOSE_LEMMAS
        and before.endswith(",")
        and _PROSE_WORD.search(before) is None  # (a title-case clause)
        and subject_after(masked, ce, se, lex) is not None
    ):
        mention = None  # "Rates Will Hold, Says Ruiz": a title-case headline's clause is no name, the speaker
        # follows the verb
    inverted = False
    ends_clause = before.endswith((",", MASK, "—", "–", "."))
    if mention is None and before.endswith(",") and (how := _PARTICIPLE_ASIDE.search(before)) is not None:
        # "A naval source, speaking on condition of anonymity as ..., told AFP": the subject before
        # the aside, not the hearer after the verb
        mention = subject_before(masked, ss, lo + how.start(), lex)
        if (
            mention is not None
            and masked[mention.start : mention.end].endswith(".")
            and mention.end - mention.start <= 5
        ):
            mention = None  # "... in Chappaqua, N.Y., speaking ...": a state's abbreviation ends a place
    if (
        mention is None
        and not ing
        and lemma != "tell"
        and " " not in form  # "..., calls for a standing division under X": a phrasal verb is never inverted
        and (not before or (ends_clause and masked[cs - 1 : cs] in (" ", MASK)))  # ('“...,”said X': glued)
    ):
        # (a participle is never inverted: "..., telling the host that" names the hearer)
        mention = subject_after(masked, ce, se, lex)
        if mention is not None and (
            _GOES_ON.match(masked, mention.end, se)
            or masked.endswith(("'s", "’s"), mention.start, mention.end)
        ):
            mention = None  # "X, who was at the meeting, said the port also has", "..., suggested the
            # mayor's refusal ...": no inversion (a possessive owns the clause's subject)
        if (
            mention is not None
            and not loose
            and mention.kind != "name"
            and before.endswith(",")
            and MASK not in before
            and masked[mention.end : se].strip(" .") == ""
            and _FINITE.search(masked, ss, cs, timeout=_tmo(ss, cs)) is None
        ):
            mention = None  # "Bolivia and Cuba, its closest allies, condemned the statement.": the object
            # closing the sentence after a verb that reports no words is no inverted speaker
        if mention is not None and _demonym_noun(masked, mention.start, mention.end, se) is not None:
            mention = None  # "..., said the European move was a bluff": the demonym qualifies the clause's
            # subject, no one is named after the verb
        if (
            mention is not None
            and mention.kind == "pronoun"
            and _PRONOUN_GOES_ON.match(masked, mention.end, se) is not None
        ):
            mention = None  # "X and Y, the pilots, say they had to act": the pronoun opens the clause
        if (
            mention is None
            and (
                before.rstrip(",").endswith(MASK) or (m.group()[:1].islower() and before.endswith(MASK + "."))
            )
            and loose
        ):  # "“...,” said a 2008 campaign veteran.", "“Why?” asked the woman." (its mark read as a stop)
            mention = _np_after(masked, ce, se, lex)
        inverted = mention is not None
        if inverted and m.group()[:1].isupper() and before and lemma not in _LOOSE_LEMMAS:
            return None  # "China Calls for Calm, Urges Dialogue": a title-case headline's second verb, whose
            # object is no speaker ("Rates Will Hold, Says Ruiz" is inverted)
    dash = _DASH_ASIDE_END.search(before)
    named_aside = dash is not None and _NAME_ONLY.fullmatch(before[dash.start() :].strip(" —–-")) is not None
    if (
        dash is not None
        and named_aside
        and (mention is None or masked[mention.start : mention.end].rstrip().endswith(("—", "–", "-")))
    ):
        # "A former harbour master -- Tomas Reyland -- said": the name between the dashes speaks
        closing = lo + len(before.rstrip("—–-").rstrip())
        between = before[dash.start() :]
        name_at = lo + dash.start() + len(between) - len(between.lstrip(" —–-"))
        mention = subject_before(masked, name_at, closing, lex) or mention
    elif (dash is not None and not named_aside) and (
        mention is None
        or masked[mention.start : mention.end].rstrip().endswith(("—", "–", "-"))
        or (mention.start >= lo + dash.start() and mention.kind != "name")
    ):  # (a name between the dashes is the subject's own: "A former candidate -- Ana Ruiz -- said")
        # "The mayor — a former docker — said", "Insiders in two towns -- A and B -- said": the subject
        # before the aside between dashes
        at = lo + dash.start()
        mention = subject_before(masked, ss, at, lex) or _loose_subject(masked, ss, at, lex) or mention
    if mention is not None and mention.kind == "role" and mention.head in _AUX_HEADS:
        mention = None  # "the mayor was forced into ... and said": an auxiliary is no head of a subject
    if mention is None and _AND_BEFORE.search(before):
        # "Fowler supported X and said he ...", "Wilson praised X and said ...": the sentence's speaker
        mention = _sentence_subject(masked, ss, cs, lex)
        said = prev[-1].mention if prev else None
        if (
            said is not None
            and said.start < cs
            and (
                mention is None
                or (said.start == mention.start and said.end > mention.end)
                # "A spokesman for the WFP, Jean Moreau, told Reuters ... and warned": the name apposed to
                # the sentence's subject
                or (
                    mention.kind == "role"
                    and said.kind == "name"
                    and 0 < said.start - mention.end <= _APPOSED_NAME_GAP
                    and masked[mention.end : said.start].rstrip().endswith(",")
                    and MASK not in masked[mention.end : said.start]
                )
            )
        ):
            mention = said  # "A spokesperson for the fleet said ..., but highlighted": the fuller reading
    if (
        mention is None
        and not ing
        and (adv := _PLAIN_ADVERB_END.search(before)) is not None
        and _RELATIVE_AUX_END.search(before, 0, adv.start()) is None  # ("X, who has long dismissed")
    ):
        # "Marrow has long said that", "Harbour Bank just last week announced": the subject before the adverb
        mention = subject_before(masked, ss, lo + adv.start(), lex)
    if mention is None:
        mention = _generic_subject(masked, lo, cs, ce, se)  # "..., one slide says."
    if (
        lemma in _FINDING_LEMMAS
        and not ing
        and (mention is None or mention.start > lo)
        and (closing_doc := _closing_document(masked, lo, cs, ce, se)) is not None
        and (mention is None or closing_doc.start < mention.start)
    ):
        mention = closing_doc  # "..., a Reuters analysis of newly filed reports shows."
    if mention is None:
        mention = _quantified_subject(masked, max(ss, cs - 120), cs)  # "About four in 10 said"
        if mention is not None and lemma == "report" and _WITH_END.search(masked, ss, mention.start):
            mention = None  # "with 98 percent of precincts reporting": a count of returns, no report
    elif (
        mention.kind in ("name", "role", "org")
        and (mention.start > ss or mention.kind == "name")
        and (quantified := _quantified_subject(masked, max(ss, cs - 120), cs)) is not None
        and (
            quantified.start < mention.start or (quantified.start == mention.start and mention.kind == "name")
        )
        and quantified.end == mention.end
    ):
        mention = quantified  # "Nearly half of voters said", "A majority of Americans believe": a share
        # ("Two-thirds of the farmers said" is no person named Two-thirds)
    if mention is not None and mention.kind == "role" and mention.start > ss:
        mention = _coordinated_group(masked, ss, mention, lex)  # "Federal and state officials said"
        mention = _people_conjuncts(masked, ss, cs, mention, lex)  # "Port officials and skippers said"
    if mention is None and ing and (before.endswith((",", MASK)) or _PARTICIPLE_LINK.search(before)):
        # "..., adding that", "... before claiming that": the speaker of the sentence's attribution, else its
        # subject
        mention = _outer_mention(prev, masked, cs) if prev else _sentence_subject(masked, ss, cs, lex)
    if mention is None and loose and not aside:  # (after an aside it was read above, to the same end)
        np_ = _loose_subject(masked, ss, cs, lex)
        if np_ is not None and (not prev or prev[-1].cue is None or np_.start > prev[-1].cue[1]):
            mention = np_  # "A and B happened, an official briefed on the talks said": after any earlier cue
    if (
        mention is None
        and (not loose or lemma == "say")
        and not ing
        and lemma != "mean"
        and (
            lemma == "say"
            or _THAT_NEXT.match(masked, ce, se)
            or _ADVERB_THAT.match(masked, ce, se)
            or (lemma in _BELIEF_LEMMAS and _MODAL_CLAUSE_NEXT.match(masked, ce, se))
        )
    ):
        # "But environmentalists worry that ...": a group (but "All those factors mean that" is no speaker);
        # with "say" also without "that" ("But harbour specialists say the claims are false"), and a belief's
        # clause without 'that' ("Some dockers think the mayor should drop it")
        mention = _group_before_that(masked, ss, cs, lex)
    finding = lemma in _FINDING_LEMMAS and not ing
    if (
        finding
        and not prev
        and (
            mention is None
            or mention.head not in _DOCUMENT_HEADS
            or masked[max(ss, mention.start - 3) : mention.start] == "of "
        )
    ):
        # "The May survey found Ruiz leading"; "A 2014 study by law professor X found ...": the document;
        # "An analysis of customs data shows": the analysis, not what it read
        np_ = _loose_subject(masked, ss, cs, lex)
        if (
            np_ is not None
            and (np_.head in _DOCUMENT_HEADS or (mention is None and np_.head in _FINDING_BODIES))
            and (mention is None or np_.start <= mention.start)
        ):
            mention = np_  # (a body only when no speaker was read: "An arbitration panel found ...")
        elif mention is None and (doc_np := _document_opening(masked, ss, cs)) is not None:
            mention = doc_np  # "A chart from a briefing that her advisers keep on hand shows ..."
    if (
        finding
        and (doc := _DOCUMENT_FROM_BEFORE.search(before)) is not None
        and (mention is None or mention.start > lo + doc.start("np"))
    ):
        # "..., data from the exchange showed": the document named with its source
        mention = Mention(lo + doc.start("np"), lo + doc.end("np"), "org", head=doc.group("head").casefold())
    in_phrase = False  # the cue's relative clause stands in an opening phrase ("Among those who said A, B")
    if (
        mention is None
        and not ing
        and MASK not in masked[ss:se]
        and (rel := _PLURAL_BEFORE_WHO.search(before)) is not None
        and (
            (
                in_phrase := _PHRASE_OPENER.match(masked, ss, lo + rel.start("np")) is not None
                and "," in masked[cs:se]
            )
            or _OBJECT_VERB_END.search(masked, ss, lo + rel.start("np")) is not None
        )
    ):
        # "The mayor met dockers who said ...", "Among those who say A, B": the group the relative clause is
        # about, when it is an object or in an opening phrase (a subject's relative clause runs into the
        # main clause: "Those who described A are B")
        a = lo + rel.start("np")
        mention = Mention(a, lo + rel.end("np"), "role", head=rel.group("head").casefold())
    if (
        mention is None
        and ing
        and lemma == "say"
        and before
        and before.rsplit(None, 1)[-1].casefold() in _ISSUED
    ):
        # "The mayor posted tweets saying ...": a text the speaker reader does not take for a speaker, its
        # issuer speaks: the sentence's subject, unless a possessive or another clause's subject comes between
        # ("Trump's tweets saying", "after Trump posted tweets saying")
        issuer = _sentence_subject(masked, ss, cs, lex)
        if issuer is not None and _OTHER_ISSUER.search(masked, issuer.end, cs) is None:
            mention = issuer
    if mention is None and lemma == "read" and (np_ := _loose_subject(masked, ss, cs, lex)) is not None:
        mention = np_ if np_.head in _READ_BY else None  # "A banner read “...”": the banner's words
    if (
        mention is None
        and not loose
        and not ing
        and lemma not in _FINDING_LEMMAS
        and lemma != "read"
        and not m.group()[:1].isupper()
    ):
        np_ = _people_subject(masked, ss, cs, lex, form_is_base=form == lemma)
        if np_ is not None and (not prev or prev[-1].cue is None or np_.start > prev[-1].cue[1]):
            mention = np_  # "The harbour master criticized the plan", "Local fishermen agreed to": people
    if mention is None and not ing and (contact := contact_clause_start(masked, ss, cs)) is not None:
        # "Most of the dockers we spoke to said", "The skippers we interviewed criticized": the noun phrase
        # before the relative clause with no pronoun
        mention = _quantified_subject(masked, max(ss, contact - 120), contact)
        if mention is None:
            mention = (
                _loose_subject(masked, ss, contact, lex)
                if loose
                else _people_subject(masked, ss, contact, lex)
            )
    if mention is None and not ing and _ONE_OF_THEM.search(before) is not None:
        # "One of the dissenters called the endorsement “...”": one of a group, unnamed, for any cue
        mention = _loose_subject(masked, ss, cs, lex)
    if mention is None:
        return None
    if lemma == "read" and (mention.head not in _READ_BY or _READ_OUT.match(masked, ce) is not None):
        # "the statement read": only a text reads; "she read the report", "The statement, read by
        # spokesman X," and "a statement read on national television" report nothing
        return None
    if (
        ing
        and mention.kind == "org"
        and mention.name is None
        and mention.head in _ISSUED
        and mention.start > ss
    ):
        # "The union issued a statement saying ...": the issuer speaks, not the statement
        owner = _sentence_subject(masked, ss, mention.start, lex) or (prev[-1].mention if prev else None)
        if owner is not None and owner.start < mention.start:
            mention = owner
    if (
        ing
        and lemma == "say"
        and mention.kind == "role"
        and mention.start > ss
        and (hearers := _HEARERS_BEFORE.search(masked, max(ss, mention.start - 20), mention.start))
        is not None
    ):
        # "The senator emailed supporters saying ...", "made a pitch to voters saying ...": the group written
        # to hears; the sentence's subject (or the subject of the verb of writing) says
        owner = _sentence_subject(masked, ss, mention.start, lex)
        if owner is None and hearers.group("w") != "to":
            owner = subject_before(masked, ss, hearers.start(), lex)
        if owner is not None and owner.end <= mention.start:
            mention = owner
    if lemma in ("cite", "quote") and _ACCORDING_TO_BEFORE.search(masked, ss, cs) is not None:
        return None  # "According to Reuters, citing two sources, the talks failed": the source's sources
    if lemma == "admit" and _ADMITTED_MEMBER.match(masked, ce, se) is not None:
        return None  # "The bloc admitted Belarus as its tenth member": a body let a state in, no words
    if (
        lemma == "accuse"
        and masked.startswith((" of ", ", of "), ce)
        and (last := before.rstrip(" ,").rsplit(None, 1)[-1:]) != []
        and (word := last[0].casefold()) not in _NOT_A_HEAD
        and word not in lex.auxiliaries
        and word not in lex.passive
        and word not in cl.pronouns
    ):
        return None  # "A former official accused of taking bribes told ...": a participle after its noun
    if lemma == "write" and masked.startswith((" down ", " off ", " down.", " off."), ce):
        return None  # "The firm wrote down the value of its projects", "wrote off loans": an accounting entry
    if lemma == "report" and m.group().endswith("ing") and masked.startswith((" from ", " live from "), ce):
        return None  # "X, reporting from Istanbul, says ...": where a correspondent is, no report
    if lemma == "show" and (_SHOW_NOUN_BEFORE.search(before[-20:]) or _SHOWN_TRAIT.match(masked, ce, se)):
        return None  # "a radio show", "the morning shows"; "she has shown restraint": no report
    pos = ce if not inverted else mention.end
    addressee = (cited_by.start, cited_by.end) if cited_by is not None else None
    if lemma in lex.addressee_lemmas and not inverted:
        am = (
            _QUOTED_ADDRESSEE.match(masked, pos, se)
            or _QUOTED_SHOW_END.match(masked, pos, se)
            or _ADDRESSEE.match(masked, pos, se)
        )
        if am is None or masked.startswith((" of ", " and "), am.end()):
            # "told a meeting of donors that ...", "told the Energy and Natural Resources Committee that"
            am = _HEARER_BEFORE_THAT.match(masked, pos, min(se, pos + 90)) or am
        elif masked.startswith(" with ", am.end()):
            # "told a joint news conference with his Egyptian counterpart X on Wednesday that"
            am = _LONG_HEARER_BEFORE_THAT.match(masked, pos, min(se, pos + 140)) or am
        if (am is None or masked.startswith(" of ", am.end())) and MASK in masked[ss:cs]:
            # "“I don't smoke,” he told the general.", "“...,” he told a gathering of Saudi businessmen."
            am = _HEARER_CLOSING.match(masked, pos, se) or am
        if am is None:
            am = _HEARER_BEFORE_COLON.match(masked, pos, min(se, pos + 90))  # "told a colleague: “...”"
        if am and lemma == "warn" and _VERB_NEXT.match(masked, am.end(), se) is not None:
            am = None  # "warned Gaza faced catastrophe": the name is the warned clause's subject, no hearer
        if am and _WEEKDAY_ONLY.fullmatch(masked, *am.span("a")) is not None:
            am = None  # "warned Sunday that ...": when, no hearer
        if am and (word := am.group("a")).isalpha() and word.islower() and adverb(word):
            am = None  # "has warned repeatedly that ...": how, no hearer
        if am:
            addressee, pos = am.span("a"), am.end()
            if pos == addressee[1] and (noun_end := _demonym_noun(masked, *addressee, se)) is not None:
                addressee, pos = (addressee[0], noun_end), noun_end  # "told the Arab summit": the summit
            if (
                pos == addressee[1]
                and " of " in masked[addressee[0] : pos]
                and (joined := _PORTFOLIO_JOINED.match(masked, pos, se)) is not None
            ):
                # "asked the Ministry of Industry and Trade to": both portfolios name the one body
                addressee, pos = (addressee[0], joined.end()), joined.end()
            if pos == addressee[1] and (body := _HEARER_TAIL_END.match(masked, pos, se)) is not None:
                # "told the Senate Budget Subcommittee on Public Safety.": the body's complement
                addressee, pos = (addressee[0], body.end()), body.end()
            if (
                pos == addressee[1]
                and masked.startswith(("'s", "’s"), pos - 2)
                and (show := _POSSESSIVE_SHOW.match(masked, pos, se)) is not None
            ):
                # "told Yle's morning programme Ykkösaamu": the show of the channel
                addressee, pos = (addressee[0], show.end()), show.end()
            if pos == addressee[1] and (own := _HEARER_OWN_SCRIPT.match(masked, pos, se)) is not None:
                # "told the Liberty Times (自由時報) that": the name in its own script, then the clause
                addressee, pos = (addressee[0], own.end()), own.end()
            if (place := _HEARER_PLACE.match(masked, pos, se)) is not None:
                pos = place.end()  # "told reporters in Tokyo the missile landed ...": where they were told
            elif (where := _HEARER_WHERE_THAT.match(masked, pos, min(se, pos + 90))) is not None:
                pos = where.end()  # "told reporters aboard Air Force One that ...": where they were told
    if (
        addressee is None
        and not inverted
        and (
            masked[pos : pos + 8].replace(",", " ").lstrip()[:1] in _MEDIUM_OPENERS
            or masked.startswith(_SPEAKING_OPENERS, pos)
        )
    ):
        pm = (
            _PLATFORM.match(masked, pos, se)
            or _ON_AIR.match(masked, pos, se)
            or _SPEECH_TO.match(masked, pos, se)
            or _AS_QUOTED.match(masked, pos, se)
            or _CARRIED_BY.match(masked, pos, se)
            or _IN_MEDIUM_AFTER.match(masked, pos, se)
        )
        if pm is None and masked.startswith(_SPEAKING_OPENERS, pos):
            pm = _SPEAKING_AFTER.match(masked, pos, se)
        if pm is not None:  # "wrote on Telegram that", "said in a speech to lawmakers that"
            addressee, pos = pm.span("a"), pm.end()
    if (
        addressee is None
        and not inverted
        and lemma in _TO_HEARER_LEMMAS
        and (th := _TO_HEARER_THEN.match(masked, pos, min(se, pos + 90))) is not None
    ):
        addressee, pos = th.span("a"), th.end()  # "wrote to a colleague that", "testified before X that"
    im = _INTERVIEW.match(masked, pos, se)
    if im and _demonym_before_noun(masked, im):
        # "told to Russian reporters": the hearers; "will respond to Israeli strikes": a thing, no hearer
        hearers = _HEARER_NOUN.match(masked, im.end(), se)
        if hearers is not None:
            addressee, pos = (im.start("a"), hearers.end()), hearers.end()
        im = None
    if im and addressee is not None and addressee[1] == im.start() and im.group("a").startswith("to "):
        addressee, pos = (addressee[0], im.end()), im.end()  # "told ambassadors to the UN that": one hearer
    elif im:
        addressee, pos = im.span("a"), im.end()
    elif addressee is None and not inverted and mention.end < cs:
        # "The minister, in an interview with Al Jazeera, said ...": the medium stands before the cue
        interview = _INTERVIEW_ASIDE.search(masked, mention.end, cs)
        if interview is not None:
            addressee = interview.span("a")
    if (
        addressee is not None
        and addressee[1] == pos
        and (aired := _MEDIUM_PARTICIPLE.match(masked, pos, se)) is not None
    ):
        pos = aired.end()  # "said in an interview with Izvestia published on Friday": when it went out
    if (
        addressee is not None
        and addressee[1] == pos
        and (tail := _HEARER_NOUN_TAIL.match(masked, pos, se)) is not None
    ):
        addressee, pos = (addressee[0], tail.end()), tail.end()  # "told the Ynet news site that"
    if (
        addressee is None
        and not inverted
        and ss < mention.start
        and masked[ss : ss + 1] in _FRONTED_OPENERS
        and (
            fronted := _FRONTED_MEDIUM.match(masked, ss, mention.start)
            or _FRONTED_SHOW.match(masked, ss, mention.start)  # 'On ABC's “Capitol Week,” X said': the show
        )
        is not None
        and (fronted.groupdict().get("air") is None or _on_air(fronted.group("a")))
        and (
            fronted.end() == mention.start
            or _APPOSED_SUBJECT.fullmatch(masked, fronted.end(), mention.start) is not None
        )
    ):  # (also before an apposition: "Speaking to the BBC, Britain's defence secretary, John Healey, said")
        addressee = fronted.span("a")  # "In an interview with CNN, X said", "Writing on Telegram, X said"
    if about is not None:
        pos = about.end()  # "spoke to reporters on Tuesday about the levy": the hearer, then the object
        if addressee is None and about.group("a"):
            addressee = about.span("a")
    if to_at > ce and pos == ce:
        pos = to_at  # "vowed on Tuesday to rebuild the pier": the adjunct tells when, the infinitive what
    if lemma == "call" and pos == ce and (day_for := _DAY_THEN_FOR.match(masked, ce, se)) is not None:
        # "called on Wednesday for national unity", "called on Monday on the board to resign": a call for or
        # on, the day between
        prep = "on" if day_for.group("p") == "upon" else day_for.group("p")
        form, lemma, pos = f"{form} {prep}", f"call {prep}", day_for.end()
    if not inverted and "," in masked[pos : pos + 40] and (when := _WHEN_ASIDE_THAT.match(masked, pos, se)):
        pos = when.end()  # "said last year, when the rule was issued, that ...": the aside tells when
    commits = _commits(masked, lemma, pos, se, before)
    if lemma == "put it" and _PUT_IT_PARTICLE.match(masked, ce, se) is not None:
        return None  # "putting it out of service", "put it on hold": a deed, no words
    if lemma == "refuse":
        # "refused to release his tax returns": what the speaker will not do, from 'to' to the clause's end
        if inverted or _TO_INFINITIVE.match(masked, pos, se) is None or _RELATIVE_AUX_END.search(before):
            return None
        got = _infinitive(masked, se, (cs, ce, lemma), pos, mention, nxt, pi)
        if got is not None and got.content is not None:
            a, b = got.content
            if _in_subordinate(masked, ss, cs):
                a, b = _subordinate_end(masked, a, b)  # "After the court refused to X, the state asked ..."
            if (stop := _REFUSAL_END.search(masked, a, b, timeout=_tmo(a, b))) is not None:
                a, b = _trim(masked, a, stop.start())  # "refused to endorse him during a speech in July"
            got.content = (a, b) if len(_WORD.findall(masked, a, b)) >= _MIN_INFINITIVE_WORDS - 1 else None
            if got.content is None:
                return None
        return got
    if (
        form in cl.that_only
        and not (finding and mention.head in _DOCUMENT_HEADS)
        and not (
            finding and mention.head in _FINDING_BODIES and _FINDING_CLAUSE.match(masked, pos, se) is not None
        )
        and not (  # "Repair costs have doubled, the committee found.": the finding before its finder
            finding
            and not inverted
            and any(w.casefold() in _FINDING_BODIES for w in masked[mention.start : mention.end].split())
            and masked[ss : mention.start].rstrip().endswith(",")
            and _FINDING_CLOSES.match(masked, pos, se) is not None
            and len(found_words := _WORD.findall(masked, ss, mention.start)) >= _FOUND_WORDS
            and _finite_clause(masked, ss, mention.start, found_words[1:])
        )
        and not commits
    ):
        adj = _ADJUNCT.match(masked, pos, se)
        p2 = adj.end() if adj else pos
        adv = _ADVERB_THAT.match(masked, p2, se)
        th = _THAT.match(masked, adv.end() if adv else p2, se)
        colon_quote = (
            th is not None
            and (":" in th.group() or ("," in th.group() and lemma in _SAYING_OR_DOING))
            and masked.startswith(MASK, th.end())
        )  # ("X shot back, “...”"; not "what she had meant, “and that is the point,” one analyst said")
        closing = (
            not inverted
            and masked[ss : mention.start].rstrip().endswith((",", MASK))
            and MASK in masked[ss : mention.start]
            and masked[pos : pos + 2].lstrip()[:1] in ("", ".", ",", "!", "?")
        ) or (
            inverted and MASK in masked[ss:cs] and not masked[ss:cs].strip(f"{MASK}, .…-—–")
        )  # "“Not yet,” she answered.", "“Not yet,” remarked the envoy.": the verb closes the quotation
        if (th is None or not th.group("that")) and not colon_quote and not closing:
            return None  # (but "posted on X: “...”" introduces a quotation)
    if (
        form in cl.quoted_object_forms
        and not inverted
        and not question
        and not topic
        and _that_clause_at(masked, pos, se) is not None  # (not "pledged that sum to the fund")
    ):
        # "pledged that by March it would ...": the clause is what was pledged
        return _forward(masked, ss, se, (cs, ce, lemma), pos, mention, None, nxt, pi, lex)
    if (
        form in cl.quoted_object_forms
        and not question
        and not topic
        and (MASK in masked[ce:se] or not commits)
    ):
        # (with no quotation after it, "pledged to cut taxes" commits as "promised to" does)
        got = _quoted_object(masked, se, (cs, ce, lemma), pos, mention, nxt, pi, inverted=inverted)
        _fronted_medium(got, addressee, mention)  # "In a post on X, she called it “...”"
        return got if got is not None else _silent((cs, ce, lemma), mention, pi)
    if form in cl.object_forms and form == lemma and _NOUN_NEXT.match(masked, ce, se) is not None:
        return None  # "support for the levy", "support among dockers is strong": the noun, no verb
    if (
        form.endswith("s")
        and form != lemma
        and (past := _PAST_CUE_NEXT.match(masked, ce, se)) is not None
        and past.group(1) in cl.lemmas
        and _GAP_BEFORE.search(masked, max(ss, cs - 40), cs) is None  # ("which Will claims affirmed ...")
    ):
        # "Privacy advocates (had) urged": a plural noun before the verb of saying, no verb itself
        return None
    if lemma == "offer" and _OFFERED_WORDS.match(masked, pos, se) is None:
        return None  # "offered loans to parents", "offered a restrained embrace": a deed, no words
    if (form in cl.object_forms or topic or viewed or about is not None) and not (
        masked[ss : mention.start].rstrip().endswith(",") and _TIME_ONLY.match(masked, pos, se) is not None
    ):  # ("A, a new poll showed on Tuesday.": a time closes the sentence, no object: A is what it showed)
        if _MODAL_BEFORE.search(before[-24:]) is not None and MASK not in masked[ce:se]:
            # "the alliance would defend every inch": a deed foreseen, no words reported (but "will accuse
            # you of a “freak out”" reports words it quotes)
            return None
        nested = any(p.content is not None and p.content[0] <= cs < p.content[1] for p in prev)
        got = _object(
            masked,
            se,
            (cs, ce, lemma),
            pos,
            mention,
            nxt,
            pi,
            inverted=inverted,
            nested=nested,
            through=view.end() - 1 if view is not None else -1,
        )
        if got is not None and got.content is not None and _in_subordinate(masked, ss, cs):
            got.content = _subordinate_end(masked, *got.content)  # "But if Ruiz implied that A, he ..."
        if got is not None and about is not None and got.addressee is None:
            got.addressee = addressee  # "spoke to reporters about": the hearer
        else:
            _fronted_medium(got, addressee, mention)  # "In a post on X, the ministry accused Moscow of ..."
        if (
            got is None
            and not inverted
            and masked[ss : mention.start].rstrip().endswith((",", MASK))
            and MASK in masked[ss : mention.start]
            and (hearer := _HEARER_LAST.match(masked, pos, se)) is not None
        ):  # "“Stay in shelters,” she urged residents.": the words before, the hearer after
            return _forward(masked, ss, se, (cs, ce, lemma), se, mention, hearer.span("a"), nxt, pi, lex)
        if got is not None or _WORD.search(masked, pos, se):
            return got
        # nothing after the verb: it closes a quotation before it ("“Why not?” Ruiz demanded.")
    if (
        lemma == "report"
        and (relayed := _relayed_report(prev, ss)) is not None
        and (relayed.cue is None or relayed.cue[2] not in _DEED_LEMMAS)
        and not inverted
        and masked[ss : mention.start].rstrip().endswith((",", MASK))  # "..., “...,” IRNA reported."
        and not _WORD.search(masked, ce, se)
    ):
        # "X emphasized that ..., TASS reports.": the outlet relays the sentence's report, its medium
        if relayed.addressee is None:
            relayed.addressee = (mention.start, mention.end)
        return None
    got = _forward(
        masked,
        ss,
        se,
        (cs, ce, lemma),
        pos,
        mention,
        addressee,
        nxt,
        pi,
        lex,
        inverted=inverted,
        after=any(
            _reports_speech(masked, p) and not _in_relative(masked, ss, p) for p in prev
        ),  # ("The relatives, who asked to see the video, watched it, lawyers said": the aside's report)
    )
    if (
        got is not None
        and got.content is not None
        and got.content[0] > cs
        and "," not in masked[ss:cs]
        and (in_phrase or _SUBORDINATE.match(masked, ss, cs) is not None)
    ):
        got.content = _subordinate_end(masked, *got.content)  # "While a share said A, another backed B"
    if got is not None and got.content is not None and (ans := _ANSWER_THEN.match(masked, *got.content)):
        got.content = (got.content[0], ans.end("answer"))  # "72 percent said yes while 48 percent ...": yes
    deed = prev[-1] if prev else None
    if (
        got is not None
        and got.content is not None
        and deed is not None
        and deed.cue is not None
        and deed.cue[2] in _DEED_LEMMAS
        and deed.cue[2] != "show"  # "The survey shows that X, the agency said": a finding, still reported
        and got.content[0] <= deed.cue[0] < got.content[1]
    ):
        deed.silent = True  # "A and B discussed X, the ministry said": the ministry reports the deed
    if (
        got is None
        and intends
        and mention.kind == "pronoun"
        and _NOUN_THEN_SUBJECT.search(masked, max(ss, mention.start - 40), mention.start) is not None
    ):
        return None  # "the port she still aims to rebuild": a relative clause whose object went before it
    if got is None and (intends or _commits(masked, lemma, pos, se, before)):
        # "vowed to “wipe the floor” with ...": a 'to' infinitive carrying a quoted fragment
        got = _quoted_object(masked, se, (cs, ce, lemma), pos, mention, nxt, pi, inverted=inverted)
        if got is None and not inverted:
            got = _infinitive(masked, se, (cs, ce, lemma), pos, mention, nxt, pi)  # "vowed to continue ..."
    return got if got is not None else _silent((cs, ce, lemma), mention, pi)


# A noun right before a pronoun subject, with no word that opens a clause between: a relative clause
# without its pronoun ("the port she aims to rebuild", "the rival he hopes to unseat").
_NOUN_THEN_SUBJECT = regex.compile(
    r"""(?<![\p{L}'’-])(?!(?:and|but|or|so|yet|nor|because|since|when|while|if|that|as|though|although|where
        |now|then|also|still|once|after|before|until|unless|whether|says|said|thinks|thought|believes)\b)
        \p{Ll}[\p{L}'’-]*+\s++$""",
    regex.VERBOSE | regex.V1,
)
# A form of "be" (and an adverb or two) right before a verb: its passive ("is often referred to as").
_BE_BEFORE = regex.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s++\p{Ll}++(?<=ly)){0,2}+$", regex.V1)
# A linking verb (and up to three adverbs) right before an adjective of stance: "are worried", "remained
# hopeful", "she’s confident", "is increasingly concerned".
_BE_LINK = regex.compile(
    r"""(?:\b(?:is|are|was|were|am|be|been|being|remain|remains|remained|remaining|seem|seems|seemed|appear
         |appears|appeared|grew|grow|grows|growing|became|become|becomes|feel|feels|felt)|(?<=\p{L})[’'](?:s|re|m))
       (?:\s++(?:not|also|still|now|very|so|quite|more|less|all|both|too|fairly|\p{Ll}++(?<=ly))){0,3}+$""",
    regex.VERBOSE | regex.V1,
)
_THAT_AFTER_STANCE = regex.compile(r"\s++(?:\p{Ll}++(?<=ly)\s++)?+that\b", regex.V1)
_EXPLETIVES = frozenset(["it", "there", "this", "that"])


def _stance(
    masked: str, ss: int, se: int, cs: int, ce: int, lo: int, nxt: int, pi: int, lex: QuoteLexicon
) -> _Attr | None:
    """An adjective of stance after a linking verb, before a that-clause: "Unions are worried that the port
    will close" (speaker the linking verb's subject, cue the adjective, content the clause)."""
    if _THAT_AFTER_STANCE.match(masked, ce, se) is None:
        return None
    link = _BE_LINK.search(masked[lo:cs].rstrip())
    if link is None:
        return None
    mention = subject_before(masked, ss, lo + link.start(), lex)
    if mention is None:
        mention = _people_subject(masked, ss, lo + link.start(), lex)  # "Local fishermen are worried that"
    if mention is None or masked[mention.start : mention.end].casefold() in _EXPLETIVES:
        return None  # "It is certain that ...": no one holds the view
    lemma = compiled(lex).stance_lemmas[" ".join(masked[cs:ce].casefold().split())]
    return _forward(masked, ss, se, (cs, ce, lemma), ce, mention, None, nxt, pi, lex)


# "that" opening a noun's complement clause, not a relative one: a subject follows ("concerns that the port
# will close"; not "concerns that give them pause").
_THAT_COMPLEMENT = regex.compile(
    r"""\s++that\s++(?=(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|more|no|any|all
        |every|each|it|he|she|they|we|I|you|there)\b|\p{Lu}|\p{N}|\ue000)""",
    regex.VERBOSE | regex.V1,
)
# A possessor right before a noun (with up to two modifiers): "his stern", "the dockers’", "Marrow's".
_POSSESSOR_BEFORE = regex.compile(
    r"""(?:(?<![\p{L}'’-])(?P<pron>his|her|their|its)|(?P<owner>\p{L}[\p{L}.'’-]*?)(?:['’]s|(?<=s)['’]))
        (?:\s++[\p{Ll}-]++){0,2}?\s*+$""",
    regex.VERBOSE | regex.V1,
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Between a verb and its object noun: a determiner, a possessive pronoun, adjectives (at most four words).
_NOUN_MODIFIERS = regex.compile(r"(?:\s++[\p{Ll}-]++){0,4}?\s++", regex.V1)
# A verb whose object the noun is, in a phrase its subject speaks ("gave assurances", "repeated his
# complaints", "voiced concern"), up to the noun.
_LIGHT_VERB_BEFORE = regex.compile(
    r"""\b(?:gave|give|gives|giving|offered|offer|offers|offering|provided|made|make|makes|making|repeated
        |repeats|raised|raises|raising|issued|filed|lodged|aired|renewed|reiterated|dismissed)
        (?:\s++(?:his|her|their|its|our|my|the|a|an|new|fresh|repeated|private|public|renewed|similar|such
           |serious|formal|written|several|many|numerous|some|no))*+\s++$""",
    regex.VERBOSE | regex.V1,
)
# A prepositional phrase opening the sentence, up to the noun: "Despite complaints", "Amid growing concerns".
_OPENING_PHRASE = regex.compile(
    r"""(?:(?:But|And|Yet)\s++)?(?:Despite|Amid|Amidst|After|Following|Given|With|Over|Beyond|Against
        |Because\s++of|In\s++spite\s++of|In\s++the\s++face\s++of)\b[^,;\ue000]*+$""",
    regex.VERBOSE | regex.V1,
)


def _noun_report(
    masked: str, ss: int, se: int, cs: int, ce: int, lo: int, nxt: int, pi: int, lex: QuoteLexicon
) -> _Attr | None:
    """A noun of saying or feeling before a that-clause ("the dockers' complaints that the shifts were
    unsafe"): the clause, spoken by the possessor before the noun, else by no one named ("Despite
    complaints that ...")."""
    if _THAT_COMPLEMENT.match(masked, ce, se) is None:
        return None
    lemma = compiled(lex).lemmas[" ".join(masked[cs:ce].casefold().split())]
    mention: Mention | None = None
    if (light := _LIGHT_VERB_BEFORE.search(masked, max(lo, cs - 60), cs)) is not None:
        mention = subject_before(masked, ss, light.start(), lex)  # "The board gave assurances that"
        if mention is None:
            return None
    elif (own := _POSSESSOR_BEFORE.search(masked, max(lo, cs - 80), cs)) is not None:
        if own.group("pron") is not None:
            word = own.group("pron").casefold()
            mention = Mention(own.start("pron"), own.end("pron"), "pronoun", head=_POSSESSIVE_PRONOUNS[word])
        else:
            mention = subject_before(masked, ss, own.end("owner"), lex)
            if mention is None or mention.end != own.end("owner"):
                return None  # a possessor read no speaker from: no guess
    got = _forward(masked, ss, se, (cs, ce, lemma), ce, None, None, nxt, pi, lex)
    if got is None or got.content is None:
        return None
    got.mention = mention
    a, b = got.content
    if _OPENING_PHRASE.match(masked, ss, cs) is not None and (comma := masked.find(",", a, b)) > a:
        got.content = _trim(masked, a, comma)  # "Despite complaints that A, B": the phrase ends at its comma
    return got


# What follows a topic verb whose object stands before it: a preposition or a finite verb.
_GAP_AFTER_TOPIC = regex.compile(
    r"\s++(?:with|in|at|on|for|by|from|during|is|was|are|were|has|had|will|would)\b|\s*+[.,;:]", regex.V1
)
# The asker of a passive "asked", then the question: "was asked by a listener how", "when asked by host X on
# Sunday whether".
_ASKED_BY = regex.compile(
    r"""\s++by\s++(?P<who>[^,;:\ue000]{2,80}?)(?:\s++(?:on|in|at|during|last|this)\s++[^,;:\ue000]{1,40}?)?
        \s++(?P<q>whether|if|how|why|what|who|when|where|about)\b""",
    regex.VERBOSE | regex.V1,
)


def _asked_by_asker(text: str, at: _Attr) -> bool:
    """``at`` is the question of an asker named after a passive "asked" ("Asked by X whether ...", "was asked
    by X how"): the answer that follows is another's."""
    return (
        at.cue is not None
        and at.cue[2] == "ask"
        and at.mention is not None
        and at.mention.start > at.cue[1]
        and text[at.cue[1] : at.mention.start].strip() == "by"
    )


def _asked_by(
    masked: str,
    ss: int,
    se: int,
    cue: tuple[int, int, str],
    by: regex.Match[str],
    nxt: int,
    pi: int,
    lex: QuoteLexicon,
) -> _Attr | None:
    """A question put by the agent of a passive "asked" ("Reyland was asked by a listener how the ferry had
    stopped"): the agent asks, the content is the question (up to its comma when it opens the sentence or
    stands aside: "When asked by the host if ..., Marrow said")."""
    asker = subject_after(masked, by.start("who") - 1, by.end("who"), lex)
    if asker is None or asker.end != by.end("who"):
        return None
    a = by.start("q")
    end = _content_end(masked, a, nxt, se)
    lead = masked[ss : cue[0]].rstrip()
    if (not lead or lead.endswith((",", "When", "when"))) and (comma := masked.find(",", a, end)) >= 0:
        end = comma
    a, b = _trim(masked, a, end)
    if len(_WORD.findall(masked, a, b)) < 2:
        return None
    hearer: tuple[int, int] | None = None
    if (be := _BE_BEFORE.search(lead[-40:])) is not None:
        asked = subject_before(masked, ss, ss + len(lead) - len(lead[-40:]) + be.start(), lex)  # "Marrow was"
        hearer = (asked.start, asked.end) if asked is not None else None
    return _Attr(cue, asker, hearer, content=(a, b), para=pi)


# A comma, then an adverb right before a participle: ", falsely suggesting", ", again saying".
_COMMA_ADVERB = regex.compile(r",\s++(?:\p{Ll}++(?<=ly)|again|also|even|only|then)$", regex.V1)
# A question word after a verb of questioning: "wondered whether", "question why".
_QUESTION_AFTER = regex.compile(r"\s++(?:whether|if|how|why|what|who|whom|which|when|where)\b", regex.V1)
_MIN_INFINITIVE_WORDS = 4
# Where what a speaker refused to do ends: a circumstance or a clause of the writer's after it.
_REFUSAL_END = regex.compile(
    r"""\s(?:during|as|after|before|(?<!\b(?:say|disclose|reveal|specify|explain|confirm|discuss)\s)when|while
          |because|since|until|unless|despite|on\s++multiple)\s  # (not "refused to say when ...")
      | ,\s++(?:aside\s++from|in\s++what|\p{Lu})
      | \s++(?:is|was|are|were|may\s++be|might\s++be|could\s++be)\s++that\b""",
    regex.VERBOSE | regex.V1,
)


def _opening_participle(
    masked: str, ce: int, nxt: int, se: int, lex: QuoteLexicon
) -> tuple[Mention, tuple[int, int]] | None:
    """A participle cue opening the sentence with its that-clause, before the main clause's attribution
    ("Noting that this year marks 32 years of ties, Xi said ..."): the main clause's speaker, and the
    that-clause up to the comma before that speaker."""
    th = _THAT.match(masked, ce, nxt)
    if th is None or not th.group("that"):
        return None
    comma = masked.rfind(",", th.end(), nxt)
    if comma < 0 or MASK in masked[comma:nxt]:
        return None
    main = subject_before(masked, comma + 1, nxt, lex)
    if main is None or masked[comma + 1 : main.start].strip():
        return None
    a, b = _trim(masked, th.end(), comma)
    return (main, (a, b)) if len(_WORD.findall(masked, a, b)) >= _MIN_OPENING_CLAUSE_WORDS else None


_MIN_OPENING_CLAUSE_WORDS = 3  # words of the that-clause of an opening participle ("Noting that ties grew,")


def _infinitive(
    masked: str, se: int, cue: tuple[int, int, str], pos: int, mention: Mention, nxt: int, pi: int
) -> _Attr | None:
    """What a verb of commitment commits to: "vowed to continue the operation until ...", from 'to' to the
    clause's end."""
    start = pos + len(masked[pos:se]) - len(masked[pos:se].lstrip())
    end = _content_end(masked, start, nxt, se)
    if (main_at := _relative_main_verb(masked, cue[0], start, end, nxt, clause=False)) is not None:
        end = main_at  # "A donor who hopes to buy the paper could lose ...": the main verb is the writer's
    elif (closed := _relative_clause_end(masked, 0, cue[0], start, end)) is not None:
        end = closed  # "Ruiz, who had hoped to run, did not comment": the relative clause's comma
    a, b = _trim(masked, start, end)
    if len(_WORD.findall(masked, a, b)) < _MIN_INFINITIVE_WORDS:
        return None  # "vows to defend it": too little to be a statement of its own
    return _Attr(cue, mention, content=(a, b), para=pi)


def _relayed_report(prev: list[_Attr], ss: int) -> _Attr | None:
    """The report an outlet closing the sentence relays: the last one before it with words, past the cues
    read inside those words that govern none of their own ("Putin said Russia would respond to any
    deployment, TASS reported": "respond" is Putin's words, the report his)."""
    for at in reversed(prev):
        if at.content is not None:
            return at
        if at.cue is None or at.cue[0] < ss:
            return None
    return None


# Cues of a deed or wish rather than words ("discussed", "wants", "ordered"): an outlet reporting the
# sentence ("The two leaders discussed security, SPA reported.") reports all of it, not their words.
_DEED_LEMMAS = frozenset(["discuss", "want", "plan", "prefer", "favor", "order", "show", "decline"])
# Verbs of commitment whose 'to' opens an infinitive, not a hearer or a topic ("replied to him", "responded
# to the news", "agreed to a call" read wrongly on PolNeAR train with the rule open to every verb).
_COMMITMENT_LEMMAS = frozenset(["promise", "vow", "pledge", "threaten", "agree"])


def _commits(masked: str, lemma: str, pos: int, se: int, before: str) -> bool:
    """A verb of commitment with a 'to' infinitive after it; "agree" only when no modal foresees it ("would
    never agree to reopen the talks" is no agreement)."""
    if lemma not in _COMMITMENT_LEMMAS or _TO_INFINITIVE.match(masked, pos, se) is None:
        return False
    return lemma != "agree" or _MODAL_NOT_BEFORE.search(before[-32:]) is None


_MODAL_NOT_BEFORE = regex.compile(
    rf"\b(?:{_MODALS}|’d|'d)(?:\s++(?:not|never|\p{{Ll}}++ly))?+\s*+$", regex.V1
)  # ("would never agree", "he'd agree"; see _MODAL_BEFORE)
# An adjunct of time, place or manner between a verb of intention or commitment and its 'to' infinitive:
# "decided after a lengthy review not to", "vowed on Tuesday to", "pledged again to" (no verb, conjunction
# or 'to' inside it).
_ADJUNCT_BEFORE_TO = regex.compile(
    r"""\s++(?:on|at|in|after|during|following|last|this|earlier|later|again|also|now|once|\p{Ll}++(?<=ly)
            |\L<days>|yesterday|today|tonight)\b  # (a bare day, as US copy writes it: "vowed Wednesday to")
        (?:\s++(?!(?:to|that|and|but|or|who|which|is|was|are|were|has|have|had|not|never)\b)[^\s,;:\ue000]++){0,6}?
        (?=\s++(?:not\s++|never\s++)?to\s++(?:\ue000|(?!(?:the|a|an|his|her|their|its|our|this|these|those|any|all
            |some|me|him|them|us|you)\b)\p{Ll}))""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)


def _infinitive_at(masked: str, pos: int, se: int) -> int:
    """Where a 'to' infinitive after a verb ending at ``pos`` may stand: past an adjunct between them, if one
    comes before "to" ("vowed on Tuesday to"), else at ``pos``."""
    adj = _ADJUNCT_BEFORE_TO.match(masked, pos, se)
    return adj.end() if adj is not None else pos


_TO_INFINITIVE = regex.compile(
    r"\s++(?:not\s++|never\s++)?to\s++(?:\ue000|(?!(?:the|a|an|his|her|their|its|our|this|these|those|any|all|some)\b)\p{Ll})",
    regex.V1,
)  # (a verb or a quotation after 'to': "agreed to a ceasefire" commits to a thing, no words)


# A time phrase between a cue and a that-less clause: "said on Monday no deal had been reached".
_TIME_ADJUNCT = regex.compile(
    r"""
    \s++(?:here\s++)?+(?:(?:on|last|this|late|early|earlier|later)\s++  # "said here on Thursday the ..."
         (?:\L<days>|week|month|year|weekend|night|morning)
       | \L<days>|yesterday|today|tonight                    # "said Friday the port was shut"
       | at\s++the\s++time|then(?=\s++that\b)       # "said at the time the patrol was routine"
       | at\s++(?:a|the)\s++(?:briefing|news\s++conference)
       | (?:afterwards?|later|earlier|privately|publicly|separately|repeatedly)  # "said afterward they ..."
         (?:\s++(?:this|last)\s++(?:week|month|year))?+
         (?!\s++(?:in|on|at|to|after|before|during|that|and|but|when|while|as|with|by|for|from|of|if)\b))
    (?:\s++(?:night|morning|afternoon|evening))?+
    (?=\s++\p{L})
    (?!\s++(?:is|was|will|would|could|should|can|may|might|must|has|had|marks|marked)\b)  # "said Friday was"
    """,
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# An object that stands for words without giving them: "say so", "said something more interesting".
_EMPTY_OBJECT = regex.compile(
    r"""\s*+(?:so(?=\s*+[.,;:!?]|\s*+$|\s++(?:in|on|at|to|after|before|publicly|privately|repeatedly|too|again
                              |then|because|when|while|if|himself|herself|themselves|openly|explicitly)\b)
          |(?:something|nothing|anything)(?:\s++(?:more|else|new|similar|different|of\s++the\s++(?:kind|sort)))?
            (?:\s++\p{Ll}++)?\s*+[.!?]?\s*+$
          |(?:little|much|(?:no\s++)?more(?:\s++than\s++that)?)        # "said little during the hearing",
            (?=\s*+[.,;!?]|\s*+$|\s++(?:about|during|in|at|on|after|before|beyond|publicly|since|until)\b))""",
    # "will not say more than that"
    regex.VERBOSE | regex.V1,
)
# The text or event a cue went out in, then a that-less clause: "said in a statement it would appeal".
_MEDIUM_THEN_CLAUSE = regex.compile(
    r"""\s++(?P<a>in\s++(?:a|an|his|her|its|their|the)\s++(?:[\p{L}-]++\s++){0,2}?
        (?:statement|interview|post|message|letter|video|speech|address|briefing|communiqu[eé]|tweet))
    (?=(?:\s++(?:on\s++)?\L<days>(?:\s++(?:night|morning|afternoon|evening))?+)?+  # ("... on Monday it had")
       \s++(?:it|he|she|they|we|I|there|the|its|his|her|their|this|\p{Lu}\p{Ll}++)\s++\p{Ll})""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# An event the words were said at, then a that-less clause opening with a pronoun and its verb: "said
# after the vote she would not sign it", "said during the visit they had agreed".
_EVENT_THEN_CLAUSE = regex.compile(
    r"""\s++(?:(?:after|before|during|following|at|outside|ahead\s++of)\s++(?:the|a|an|his|her|its|their|this|last)
           (?:\s++[\p{L}-]++){1,3}?
         | in\s++(?:[\p{L}-]++\s++)?[\p{L}-]++)\s++  # "said in business it pays to wait", "in Paris he"
    (?=(?:he|she|they|it|we|I)\s++(?:would|will|had|has|have|was|were|is|are|could|should|did|does|might|may
                                  |can|must|wanted|planned|hoped|expected|\p{Ll}++(?<=[^s]s))\b)""",
    regex.VERBOSE | regex.V1,
)
_ADVERB_THAT = regex.compile(
    r"""
    (?:(?:\s++\p{Ll}++(?<=ly)){1,2}+                 # "said explicitly that"
      | ,\s*+(?:however|though|too|also|moreover|meanwhile|again|in\s++turn|in\s++particular
               |twice|once\s++more|\p{Ll}++(?<=ly))\s*+,  # "said, twice, that", "said, privately, that"
      | \s++(?:(?:yet|once)\s++)?again|\s++also|\s++afterwards?|\s++later|\s++too|\s++twice
                                                    # "said again that"
      | \s++(?:(?:a|one)\s++(?:day|week|month|year)|(?:days|hours|weeks|months|years|minutes|moments)
              |(?:two|three|four|five|several|a\s++few)\s++(?:days|hours|weeks|months|years))\s++later
                                                    # "responded hours later that", "said a day later that"
      | \s++(?:many|several|countless|multiple)\s++times|\s++more\s++than\s++once|\s++time\s++and\s++again
                                                    # "has said many times that"
      | \s++with\s++(?:(?:great|deep|some|grave|particular)\s++)?   # "noted with concern that"
          (?:concern|regret|satisfaction|pleasure|alarm|appreciation|pride|sadness|dismay|interest|approval)
    )(?=\s++that\b)                                 # "noted, however, that"
    """,
    regex.VERBOSE | regex.V1,
)
# A headline's first verb phrase before the comma that opens its second ("Beijing rebukes Hanoi, says ...").
_HEADLINE_SECOND_VERB = regex.compile(r"\p{Lu}[^,]*?\s\p{Ll}++(?<=s)\s[^,]*+,$", regex.V1)


def _speaker_closes(masked: str, ce: int, se: int, lex: QuoteLexicon) -> bool:
    """Whether the words after a cue at ``ce`` are a speaker and nothing more: an inverted cue closing a
    headline ("..., says Teo Han Seng", "..., says minister")."""
    after = subject_after(masked, ce, se, lex)
    return after is not None and masked[after.end : se].strip(" .") == ""


_HEADLINE_REACH = 160  # characters before a headline's second verb (a bound: the pattern is quadratic)
_ASKED_OPENERS = ("Asked", "When", "If", "Pressed", "Questioned")  # a prefilter for _ASKED_LEAD
_ASKED_OPENING = r"(?:When\s++|If\s++)?(?:Asked|Pressed|Questioned)"  # a question put, opening the sentence
_QUESTION_PUT = regex.compile(rf"{_ASKED_OPENING}\s", regex.V1)
# A question put to the speaker, opening the sentence, up to the cue inside it (no comma between; a few words
# may tell when or by whom: "Asked last month whether", "Asked by reporters if").
_ASKED_LEAD = regex.compile(
    _ASKED_OPENING + r"(?:\s++by(?:\s++[\p{L}\p{N}'’.-]++){1,8}?|(?:\s++[\p{L}\p{N}'’.-]++){0,4}?)"
    r"\s++(?:whether|if|about|how|why|what|when|on)\b[^,;:\ue000]*+$",
    regex.V1,
)
# An aside on how the speaker spoke, between the subject and the verb: ", speaking on condition of anonymity
# because he was not authorised to speak to the media,".
_PARTICIPLE_ASIDE = regex.compile(
    r",\s*+(?:speaking|talking|writing|declining|asking|requesting|citing|addressing|briefing|visiting|answering"
    r"|responding|appearing|testifying)\b[^,;\ue000]{0,160}+,$",
    regex.V1,
)
# Auxiliaries between an aside and its cue ("Proponents, including X, have urged"), and a prefilter for them.
_AUX_END = regex.compile(
    r"(?:\s++(?:has|have|had|is|are|was|were|will|would|also|had\s++also)){1,2}+$", regex.V1
)
_AUX_ENDINGS = ("has", "have", "had", "is", "are", "was", "were", "will", "would", "also")
_AUX_HEADS = frozenset(_AUX_ENDINGS)
# A name alone, as an aside between dashes may hold one: "A former candidate -- Ana Ruiz -- said".
_NAME_ONLY = regex.compile(r"\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,3}", regex.V1)
# An aside between dashes closing the words before a cue: "The mayor — a former docker — said".
_DASH_ASIDE_END = regex.compile(r"\s*+(?:—|–|--)\s*+[^—–\n\ue000]{1,100}?\s*+(?:—|–|--)$", regex.V1)
# An aside closed by a comma right before the cue: a relative clause or a circumstance ("X, who asked not to
# be named, told", "X, in an interview with broadcaster Y on Thursday, said"). Its words name no speaker.
_CLOSED_ASIDE = regex.compile(
    r""",\s*+(?:(?:who|whom|whose|which|including)\b(?:[^,;]{0,160}+,){1,6}+$   # a relative clause or a list
        |(?:sent|written|signed|published|issued|released|posted|obtained|seen|drafted|dated|delivered|addressed
           |submitted|presented|circulated|leaked|filed|prepared|compiled|reviewed|shared)\s
            [^,;\ue000]{1,100}+,$                                              # "The memo, sent to X, said"
        |(?:from|among)\s++(?:an?|the|his|her|their|its|one\s++of)\s[^,;\ue000]{1,80}+,$
                                                       # "A second diplomat, from a Nordic member state, said"
        |(?:when\s++)?asked\s++(?:about|whether|if|why|how|what|when|to|for)\b[^,;\ue000]{1,120}+,$
                                                 # "A second official, asked about the list, told reporters"
        |(?:(?:also|popularly|better|widely|commonly|locally|affectionately|long)\s++)?known
            (?:\s++(?:to|in|among|across)(?:\s++[\p{L}'’-]++){1,3}?)?\s++as\s[^,;]{1,60}+,$
            # "X, known as Y,", 'known as “Captain Fantastic” to fans,', "known to fans as Y,"
        |identified\s++(?:only\s++)?(?:as|by|under|with)\s[^,;]{1,60}+,$  # "the witness, identified as Z-14,"
        |(?:titled|entitled|headlined|dubbed|codenamed|code-named|nicknamed|called|named)\s++\ue000++
            (?:\s[^,;\ue000]{1,40}+)?,$                               # 'nicknamed “The General” by fans,'
        |(?:(?:an?|the)\s++)?(?:[\p{L}-]++\s++){0,3}?(?:author|host|star|creator|director|producer|editor|founder)
            \s++of\s++[^,;\ue000]{0,60}+\ue000[^,;]{0,60}+,$  # 'Dr. X, author of “The Long Siege”, said'
        |(?:best\s++)?known\s++for\s[^,;\ue000]{0,80}+\ue000[^,;]{0,60}+,$  # 'X, best known for “Y”, said'
                                                                # 'The report, titled “Red Lines”, says'
        |(?:in\s++(?:an?|the|his|her|their|a\s++televised)\s|at\s++(?:an?|the)\s|during\s
            |(?:addressing|speaking|talking|briefing|visiting|answering|responding|appearing|testifying|touring
               |receiving|meeting|hosting|welcoming|chairing|opening|closing|concluding|wrapping\s++up)\s)
        [^,;\ue000]{0,160}+,(?:[^,;\ue000]{1,80}+,){0,2}+$)  # "X, receiving a delegation headed by the
                                                              # chairman, Y, underscored"
    """,
    regex.VERBOSE | regex.V1,
)
# A name right after an inverting cue, closing the sentence or set off by a comma: "said Ana Ruiz, a ...".
_INVERTED_NAME_AFTER = regex.compile(
    r"\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){1,3}(?:,|[.!?](?:\s|$)|$)", regex.V1
)
_INVERTING_LEMMAS = frozenset(["say", "add", "write", "explain", "note"])
# One or some of a group opening the subject before the cue: "One of the dissenters", "Two of his aides".
_ONE_OF_THEM = regex.compile(
    r"""(?:^|(?<=[.!?;:]\s)|(?<=^\W))(?i:one|two|three|four|some|several|many|most|each|none|neither|either)
        \s++of\s++(?i:the|his|her|their|its|those|these)\s++(?:[\p{L}-]++\s++){0,2}?\p{Ll}[\p{L}-]*+(?<=s)$""",
    regex.VERBOSE | regex.V1,
)
# An aside closed by a quotation before the cue: ", whom supporters call “...,”", ", who wrote “...,”",
# ", whose memoir “...” was a bestseller,", ", a member of “...,”", ", the author of “...,”".
_QUOTE_CLOSED_ASIDE = regex.compile(
    r""",\s++(?:(?:who|whom|whose|which)\s[^,;\ue000]{1,80}?
          |(?:(?:an?|the)\s++)?(?:[\p{L}-]++\s++){0,3}?(?:member|author|host|star|creator|leader|founder|head
                                                       |director|producer|editor)
           \s++of\s++(?:(?:the|a|his|her|their)\s++)?(?:(?:new|recent|best-?selling)\s++)?
           (?:(?:book|novel|memoir|report|study|film|documentary|song|album|play|series|paper|podcast|biography)
              \s++)?  # 'X, author of the book “...,” said'
          |(?:titled|entitled|headlined|dubbed|codenamed|code-named|nicknamed|called|named)\s++
          |(?:(?:best|also|popularly|better|widely|commonly|locally|affectionately|long)\s++)?known
            (?:\s++(?:to|in|among|across)(?:\s++[\p{L}'’-]++){1,3}?)?\s++(?:for|as)\s[^,;\ue000]{0,80}?
          |identified\s++(?:only\s++)?(?:as|by|under|with)\s[^,;\ue000]{0,60}?
          |(?:an?\s++|the\s++)?[^,;\ue000]{0,60}?\b(?:call\s++sign|callsign|nom\s++de\s++guerre|nickname|alias
             |pseudonym)\s++  # 'a captain with the call sign “Bison,” said'
          |[^,;\ue000]{0,60}?\b(?:call\s++sign|callsign|nickname|pseudonym),\s++  # 'gave his call sign, “X,”'
          |(?:speaking|talking|appearing|writing)\s++(?:on|to|in|with)\s[^,;\ue000]{0,60}?)
        \ue000++$""",
    regex.VERBOSE | regex.V1,
)
# A naming participle and the quoted name it gives, right before a cue: "A soldier nicknamed “Grandpa” said".
_NAMING_PARTICIPLE_END = regex.compile(
    r"(?<=\p{L})\s++(?:nicknamed|dubbed|codenamed|code-named|(?:also\s++)?known\s++as"
    # a relative clause of naming: "who goes by the nom de guerre “...”"
    r"|(?:who|which)\s++(?:goes|go|went)\s++by(?:\s++(?:the|a|his|her|their))?(?:\s++[\p{Ll}-]++){0,4}?)"
    r"\s++\ue000++$",
    regex.V1,
)
# A clause of contrast opening between a subject read too far back and the aside before the cue.
_CONTRAST_CLAUSE = regex.compile(r",\s++(?:while|whereas|but|and|though|although)\s++\p{Lu}", regex.V1)
# A document and its source right before a verb of finding: ", data from the exchange showed".
_DOCUMENT_FROM_BEFORE = regex.compile(
    r"""(?:^|,\s++)(?P<np>(?:the\s++|official\s++|new\s++|latest\s++)*+
        (?P<head>data|figures|statistics|numbers|estimates|records|results|polls?|surveys?)
        \s++(?:from|by|of|released\s++by|compiled\s++by)\s++[^,;:\ue000]{2,60}?)\s*+$""",
    regex.VERBOSE | regex.V1,
)
# A restrictive relative clause between a role noun opening the sentence and its cue: "A commander who
# attended the meetings confirmed".
_OBJECT_PRONOUNS = frozenset(["him", "them", "us", "me"])
_WHO_RELATIVE = regex.compile(
    r"\s++(?:[-–—]{1,2}\s++)?(?:who|whose|(?P<that>that))\s++[^,;:\ue000]{3,100}+$", regex.V1
)  # ("that" only after a role noun: "Countries that border Russia say", not "warned that Russia says")
# Plurals of the states that speak as a group ("Member states that border Russia say").
_STATE_PLURALS = frozenset(["states", "countries", "nations", "governments", "allies", "members"])


def _speaking_plural(word: str, lex: QuoteLexicon) -> bool:
    """``word`` (casefolded) is a plural of people or bodies that speak: a role, an institution, a state."""
    if word in _STATE_PLURALS:
        return True
    if not word.endswith("s") or word.endswith("ss"):
        return False
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return any(w in lex.roles or w in lex.institutions or w in lex.organization_heads for w in (word, one))


# An adverb opening the sentence before its subject: "Even dockers who ...", "Only those who ...".
_OPENING_ADVERB = regex.compile(r"(?:Even|Only|Also|Still|And|But)\s++", regex.V1)
# A phrase of place or time set off at the sentence's opening, before the subject: "In Jerusalem, ", "On
# Monday, ", "Later in the day, ".
_OPENING_PLACE_OR_TIME = regex.compile(
    r"(?:In|At|On|From|Outside|Inside|Near|Across|During|After|Before|Later|Earlier|Back\s++in|Elsewhere)\b"
    r"[^,;:.\ue000]{0,40}+,\s++",
    regex.V1,
)


def _first_word(masked: str, ss: int, end: int) -> int:
    """Where the first word of ``masked[ss:end]`` starts (``end`` when there is none)."""
    m = _WORD.search(masked, ss, end)
    return end if m is None else m.start()


# A relative pronoun as the cue's subject, after the noun it stands for: "a statement that referred to".
_RELATIVE_SUBJECT = regex.compile(r"(?<=\p{Ll})\s++(?:that|which)$", regex.V1)


def _document_before_relative(before: str, lo: int) -> Mention | None:
    """The document a relative pronoun closing ``before`` (the text from ``lo``) stands for, when only words
    that qualify it come between: "a memo from the agency last week that ..." (no finite verb)."""
    tail = before[-_DOCUMENT_REACH:]
    at = lo + len(before) - len(tail)
    for doc in _DOCUMENT_THEN_RELATIVE.finditer(tail, overlapped=True):
        head = doc.group("head").casefold()
        if head in _DOCUMENT_HEADS and _FINITE.search(doc.group("tail")) is None:
            return Mention(at + doc.start("np"), at + doc.end("np"), "org", head=head)
    return None


_DOCUMENT_REACH = 120  # characters before the relative pronoun read for the document
# A determined document noun, what qualifies it (up to six words), then a relative pronoun closing the text.
_DOCUMENT_THEN_RELATIVE = regex.compile(
    r"""(?P<np>\b(?:a|an|the|his|her|its|their)\s++(?:[\p{L}-]++\s++){0,2}?(?P<head>\p{Ll}++))
        (?P<tail>(?:\s++[\p{L}'’.-]++){0,6}?)\s++(?:that|which)$""",
    regex.VERBOSE | regex.V1,
)
# The question put to a speaker, set off after its subject, up to a cue inside it: ", asked whether X would".
_IN_QUESTION_ASIDE = regex.compile(
    r"(?:^|,)\s*+(?:when\s++)?asked\s++(?:about|whether|if|why|how|what|when)\b[^,;\ue000]*+$", regex.V1
)
# What follows "continued" when it goes on with an act, no words: its object or a preposition.
_CONTINUED_ACT = regex.compile(
    r"\s++(?:its|their|his|her|our|the|this|these|a|an|with|on|in|for|to|after|until|through|into|apace)\b",
    regex.V1,
)
# What one declares by doing it, not by reporting it: war, martial law, an emergency, a ceasefire.
_DECLARED_ACT = regex.compile(
    r"""\s++(?:war|martial\s++law|independence|(?:(?:its|their|his|her)\s++)?(?:bankruptcy|insolvency|victory)
        |a\s++(?:state|period)\s++of
        |an?\s++(?:[\p{L}-]++\s++)?(?:emergency|ceasefire|truce|curfew|no-fly\s++zone|lockdown|holiday))\b""",
    regex.VERBOSE | regex.V1,
)
# A question put to the subject, as an aside before its answer: ", asked whether ..., said".
_ASKED_ASIDE = regex.compile(
    r"""\s++(?:whether|if|about|how|why|what|when|on)\b[^,;\ue000]{0,160}+,\s++(?:\p{Ll}++\s++){0,2}?
        (?:said|says|told|tells|replied|replies|answered|responded|added|stressed|noted|insisted)\b""",
    regex.VERBOSE | regex.V1,
)
# "says a lot about", "said little about": a judgment or a refusal, no report.
_SAYS_ABOUT = regex.compile(
    r"(?:a\s++lot|much|something|little|nothing|volumes|more|less)\s++about\b", regex.V1
)
_DASHES = frozenset("—–―-")  # a prefilter for _OPENING_ASIDE (the empty string is not in it)
# An aside between dashes opening a reported clause.
_OPENING_ASIDE = regex.compile(r"\s*+(?:[—–―]|--)\s[^—–―\ue000]{1,80}?\s(?:[—–―]|--)(?=\s)", regex.V1)
# A manner phrase set off by a comma between a cue and the colon before its quotation ("replied, with a
# smile: “...”").
_MANNER_BEFORE_COLON = regex.compile(
    r"(?:\s++\p{Ll}++(?<=ly))?\s*+,\s*+(?:with|without|amid|through)\s++[^,;:.\ue000\n]{1,40}?(?=\s*+:\s*+\ue000)",
    regex.V1,
)
# A manner adverb closing an attribution that interrupts a clause ("Its programme, he notes dryly, has ...").
_ADVERB_COMMA = regex.compile(
    r"\s++\p{Ll}++(?<=ly)(?=\s*+,\s*+(?!(?:with|without|in|at|on|as|after|before|from|for|to|by|during|and|but"
    r"|then)\b|\p{Ll}++ing\b))",
    regex.V1,
)  # (not "responded pointedly, with a smile:")
_ADVERB_QUOTE = regex.compile(r"\s++\p{Ll}++(?<=ly)\s*+[,:]?+(?=\s*+\ue000)", regex.V1)
_CREDIT_BY = regex.compile(r"\s++by\s++\p{Lu}", regex.V1)
# A cue form that may be a noun reads as one after a determiner and a name used as a modifier.
# Third-person forms that are never nouns: "Russia's Lavrov says" is a speaker and a verb, where "the
# ambassador's Fifth Amendment claims" is a noun phrase.
_VERB_ONLY_FORMS = frozenset(
    [
        "says", "tells", "adds", "thinks", "believes", "argues", "insists", "warns", "explains", "urges",
        "writes", "tweets", "vows", "asserts", "contends", "admits", "denies", "suggests", "predicts",
        "announces", "confirms", "accuses", "stresses", "emphasizes", "emphasises", "acknowledges",
        "declares", "reiterates", "underlines",
    ]
)  # fmt: skip
_POSSESSED_NAMED_NOUN = regex.compile(r"\p{L}['’]s(?:\s++\p{Lu}[\p{L}'’.&-]*+){1,3}+$", regex.V1)
_NAMED_NOUN_BEFORE = regex.compile(
    r"\b(?:the|a|an|his|her|their|its|this|our|my|your)(?:\s++\p{Lu}[\p{L}'’.&-]*+){1,3}+$", regex.V1
)
# A relative pronoun opening the clause of the cue: its object stands before the subject.
_FRONTED_OBJECT = regex.compile(
    r"(?:^|[\s,(])(?:which|whom)(?:\s++\p{L}[\p{L}.'’-]*+){1,6}+$",
    regex.V1 | regex.IGNORECASE,
)
_THAT_NEXT = regex.compile(r"\s++that\b", regex.V1)
_AS_QUOTATION = regex.compile(r"\s++(?:as\s*+)?\ue000", regex.V1)  # "... (as) “a declaration of war”"
# Verbs of saying that also take a plain object ("repeated the charge"): a report only with "that", or with a
# quotation after a comma ("shot back, “...”").
_SAYING_OR_DOING = frozenset(["repeat", "shoot back", "hit back", "fire back", "go on"])
# A cue form that may be a noun reads as one after a possessive or a determiner ("he's saying" is no
# possessive; "which critics say was" and "he believes will" are verbs before a finite verb, so what follows
# the cue tells nothing).
_NOUN_BEFORE = regex.compile(
    r"(?:(?<!\b(?i:he|she|it|that|who|there|what|here))['’]s"
    r"|\b(?:the|a|an|his|her|their|its|this|our|my|your|(?i:such|these|those|any|no|neither|either|each|every))"
    r"|(?<![\p{L}'’-])(?:The|A|An|His|Her|Their|Its|This|Our|My|Your))$",  # ("Her support among ...")
    regex.V1,
)
# A match of _NOUN_BEFORE ends at the end of the text and is at most seven characters long ("neither"), eight
# with a final line break: searching the last ten characters finds it (lookbehinds still see before).
_NOUN_BEFORE_REACH = 10


def _noun_before(before: str) -> bool:
    """``before`` ends with a possessive or a determiner (:data:`_NOUN_BEFORE`), read at its end only."""
    return _NOUN_BEFORE.search(before, max(0, len(before) - _NOUN_BEFORE_REACH)) is not None


# A preposition linking a participle cue to the clause before it: "X said Y before claiming that Z".
_PARTICIPLE_LINK = regex.compile(
    r"\s(?:before|after|while|without|by)(?:\s++(?:also|then|again))?+$", regex.V1
)
# A progressive before an -ing cue: "X is saying", "X has been telling", "X was also promising".
_PROGRESSIVE = regex.compile(
    r"""
    (?:\s(?:is|are|was|were|(?:has|have|had)\s++been|will\s++be)
      |\p{L}['’](?:(?:s|ve|d)\s++been|re))           # "who’s been telling", "they’re saying"
    (?:\s++(?:still|also|now|not|already|repeatedly|increasingly|\p{Ll}++(?<=ly))){0,2}+\s++$
    """,
    regex.VERBOSE | regex.V1,
)
# Hearsay before a perfect infinitive cue: "X is said to have told Y that", "was reported to have written".
_SAID_TO_HAVE = regex.compile(
    r"\s(?:is|was|are|were)\s++(?:also\s++)?(?:said|reported|believed|understood|alleged)\s++to\s++have$",
    regex.V1,
)
# A relative clause of anonymity between a speaker and the cue, with no commas: "A district head who asked
# not to be named said", "an official who declined to be identified told".
_ANONYMITY_RELATIVE = regex.compile(
    r"""\s(?:who|which)\s++(?:asked|declined|requested|spoke|was\s++not\s++authori[sz]ed|is\s++not\s++authori[sz]ed
          |did\s++not\s++want|wished|insisted)\b[^,;\ue000]{0,60}?
        (?:named|identified|anonymity|publicly|record|name)$""",
    regex.VERBOSE | regex.V1,
)
# A verb chain between the speaker and the reporting verb: "X went on to say", "X was quick to add". Tried
# only where the (right-stripped) words before the cue end with "to": a literal prefilter.
_CHAIN = regex.compile(
    r"""
    \s(?:(?:went|goes|go|going)\s++on|continued|continues|proceeded|proceeds|hastened|rushed
       |started|starts|began|begins|tried|tries|sought|seeks
       |(?:was|were|is|are)\s++quick
       |(?:went|go|goes|going)\s++out\s++of\s++(?:their|his|her|its|the|our)\s++way  # "went out of their way"
       # a medium or an occasion before a purpose: "took to Telegram at dawn to accuse", "went on
       # television to warn", "used the speech to argue"
       |(?:took|takes|taking)\s++to\s++[\p{L}\p{N}.-]++(?:\s++[\p{L}\p{N}.-]++){0,2}?
       |(?:went|goes|appeared|appears)\s++on\s++(?:(?:state|local|national|public|live)\s++)?+
        (?:\p{Lu}[\p{L}\p{N}.'’-]*+|television|TV|air|radio)
        (?:\s++[\p{L}\p{N}.'’-]++){0,3}?
       |(?:used|uses|using)\s++(?:the|his|her|their|its|a|an)\s++(?:[\p{L}-]++\s++)?
        (?:speech|address|remarks|appearance|platform|interview|visit|meeting|occasion|opportunity
          |post|tweet|statement|briefing|rally)(?:\s++[\p{L}\p{N}.'’-]++){0,5}?)
    \s++to\s*+$
    """,
    regex.VERBOSE | regex.V1,
)
# A habit before a verb of saying: "likes to say that", "used to tell us that".
_HABIT_TO = regex.compile(r"\s(?:likes|like|liked|loves|love|loved|used)\s++to$", regex.V1)
_FORECAST_LEMMAS = frozenset(["expect", "hope", "fear"])
# The noun "champion": after an article or a modifier of titles, or before a name, a comma or the sentence's
# end.
_CHAMPION_NOUN_BEFORE = regex.compile(
    r"\b(?i:a|an|the|former|reigning|defending|world|national|olympic|two-time|three-time|his|her|their|its)$",
    regex.V1,
)
_CHAMPION_NOUN_AFTER = regex.compile(r"\s*+(?:[,.;:]|\p{Lu}|$)", regex.V1)
_EXPECTED_BE = regex.compile(r"\b(?:is|are|was|were)$", regex.V1)
_EXPECTED_TO = regex.compile(r"\s++to\s++\p{Ll}", regex.V1)
_RELATIVE_BEFORE = regex.compile(r"\b(?:who|which|that)\s++$", regex.V1)
_MAX_EXPECTED_SUBJECT = 8  # words: an opening phrase longer than this before the subject is a clause


def _expected(
    masked: str, ss: int, se: int, cue: tuple[int, int, str], be: int, nxt: int, prev: list[_Attr], pi: int
) -> _Attr | None:
    """ "Talks are expected to resume on Monday": an expectation nobody is named as holding, reported as the
    whole clause (subject included) with no speaker. Only where no other attribution of the sentence claims
    it ("..., officials said")."""
    if not _EXPECTED_TO.match(masked, cue[1], se) or _WORD.search(masked, nxt, se) or prev:
        return None
    start = ss
    if (rel := _RELATIVE_BEFORE.search(masked, max(ss, be - 8), be)) is not None:
        start = rel.start()  # "... Democrats, who are expected to": the relative clause
    else:
        comma = masked.rfind(", ", ss, be)
        aside = None
        if comma >= 0 and _WORD.search(masked, comma, be) is None:
            aside = _CLOSED_ASIDE.search(masked, ss, comma + 1)  # "X, who flew home, is expected to"
            comma = masked.rfind(", ", ss, aside.start()) if aside is not None else comma
        if comma >= 0 and (
            aside is not None or len(_WORD.findall(masked, comma, be)) <= _MAX_EXPECTED_SUBJECT
        ):
            start = comma + 2  # "In Iowa, Sanders is expected to win": from the subject
    if MASK in masked[start : cue[0]]:
        return None
    a, b = _trim(masked, start, _content_end(masked, cue[1], nxt, se))
    if len(_WORD.findall(masked, a, b)) < _MIN_INFINITIVE_WORDS:
        return None
    return _Attr(cue, None, content=(a, b), para=pi)


_MODAL_END = regex.compile(
    r"\b(?:can|could|should|may|might|must)(?:\s++(?:only|not|never|just|still|\p{Ll}++(?<=ly)))?+$", regex.V1
)  # ("can only hope to ...")
_LOWER_WORD_END = regex.compile(r"\b\p{Ll}++$", regex.V1)  # "spokeswoman" just before a capitalised cue
_NAME_AFTER = regex.compile(r"[ \t]\p{Lu}\p{Ll}", regex.V1)  # "Hope Lindqvist": a name's next word
# A title-case headline ending with its speaker and cue: "Iran Ready to Resume Talks, Araqchi Says".
_HEADLINE_SPEAKER_END = regex.compile(r",\s++(?:\p{Lu}[\p{L}'’.-]*+\s++){0,4}+\p{Lu}[\p{L}'’.-]*+$", regex.V1)
_NOTHING_AFTER = regex.compile(r"[\s.]*+$", regex.V1)
_CAP_AFTER = regex.compile(r"\s+[\p{Lu}\p{N}\"“‘']", regex.V1)  # a title-case headline goes on
_CAP_BEFORE = regex.compile(r"(?<![.!?:]\s*)\b\p{Lu}[\p{L}'’.-]*+$", regex.V1)


def _noun_compound(masked: str, mention: Mention, form: str, lex: QuoteLexicon) -> bool:
    """A bare lowercase noun before an -s form ("media reports", "news claims") makes a noun compound."""
    if mention.kind not in ("role", "org") or not form.endswith("s") or form.endswith("ss"):
        return False
    if form in _NEVER_NOUNS:
        return False  # "..., source says": a headline's bare noun and its verb
    words = masked[mention.start : mention.end].split()
    first = words[0]
    if len(words) >= 2 and words[-1][:1].isupper() and words[-2].casefold() in _OUTLET_NOUNS:
        return False  # "..., news agency Interfax reports": an outlet's name closes the subject, no compound
    if _DETERMINED.search(masked, max(0, mention.start - 40), mention.start):
        return False  # "A new poll shows": a determiner opens the noun phrase, so "shows" is its verb
    return first[:1].islower() and first.casefold() not in lex.determiners and first.casefold() != "the"


# Nouns of a kind of outlet written before its name ("news agency Interfax", "state broadcaster NHK").
_OUTLET_NOUNS = frozenset(
    [
        *("agency", "broadcaster", "daily", "newspaper", "outlet", "channel", "network", "website"),
        *("station", "service", "tabloid", "weekly", "magazine", "television", "radio", "portal", "wire"),
    ]
)
# Verb forms in -s that are no nouns: after a bare noun they are still its verb ("source says").
_NEVER_NOUNS = frozenset(
    ["says", "tells", "adds", "argues", "insists", "believes", "thinks", "warns", "admits"]
)
# A determiner and up to two modifiers just before a mention ("A new | poll", "the latest | survey").
_DETERMINED = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:a|an|the|this|that|its|his|her|their|our)(?:\s++\p{Ll}[\p{Ll}-]*+){0,2}+\s++$",
    regex.V1,
)
_LOWER_START = re.compile(r"\b[a-z]")  # linear: a word starting in lower case (ASCII is enough to tell)
_UPPER_START = re.compile(r"\b[A-Z]")


def _prose(masked: str, ss: int, se: int) -> bool:
    """The sentence is prose, not a title-case headline: most of its words start in lower case."""
    lower = len(_LOWER_START.findall(masked, ss, se))
    return lower > len(_UPPER_START.findall(masked, ss, se))


_AND_BEFORE = regex.compile(
    r"(?:(?<![;])\s(?:and|but)|,\s++but)"
    r"(?:\s++(?:\p{Ll}++(?<=ly)|has|have|had|also|then|later|since|already|long|often|now|again|still)){0,2}+$",
    regex.V1,
)  # ("Beijing protested and has warned Manila", "but has since said": an auxiliary or adverb after it)
# After an inverted subject ("..., said Ana Ruiz, a senior negotiator."), a finite verb shows the words after
# the cue to be the subject of a reported clause instead ("said the mayor also has spoken").
# A word that goes on with a clause after a pronoun ("say they felt ..."), where an inverted pronoun ("said
# he.", "says she in a statement") stands before a clause's end, a preposition or an adverb of time.
_PRONOUN_GOES_ON = regex.compile(
    r"""[^\S\n]++(?!(?:in|on|at|to|with|after|before|when|while|as|during|of|about|from|for|by|today|yesterday
        |tonight|later|then|again|also|recently|earlier|now|once|too|afterwards?|last|this|on|and|but)\b)
        \p{Ll}++\b""",
    regex.VERBOSE | regex.V1,
)
_GOES_ON = regex.compile(
    r"\s++(?:also|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must|did|does|do"
    # a verb of its own: "said Paris wanted calm" (the clause's subject, no inverted speaker)
    r"|\p{Ll}++(?<=ed)(?!\s++(?:by|in|at|on|from|to|with|for|as)\b)|wants|needs|hopes|knew|felt|saw|made|took"
    r"|gave|went|came|kept)\b",
    regex.V1,
)
_GENERIC_NP = regex.compile(
    r"""
    ,\s*+(?P<np>(?:the|a|an|one|another|some|many|most|several|two|three|other|\p{N}++)
              (?:\s++(?!(?&aux)(?:\s++(?&aux))*+\s*+$)[\p{Ll}\p{N}-]++){1,4}+)  # ", one slide", ", a study"
    (?:\s++(?&aux))*+\s*+$                          # without the auxiliaries and adverbs ending it ("have")
    (?(DEFINE)(?P<aux>(?:have|has|had|also|still|often|always|never|long|once|later|\p{Ll}++(?<=ly))
                      (?![\p{L}\p{N}-])))
    """,
    regex.VERBOSE | regex.V1,
)
_CUE_TO_END = regex.compile(r"(?:\s++[\p{L}\p{N}.'’-]++){0,4}+\s*+[.!?]?\s*+$", regex.V1)


def _generic_subject(masked: str, ss: int, cs: int, ce: int, se: int) -> Mention | None:
    """``CLAUSE, DET NOUN CUE.``: any noun phrase speaks in that closing frame ("..., one estimate says.")."""
    g = _GENERIC_NP.search(masked, ss, cs, timeout=_tmo(ss, cs))
    if g is None or _CUE_TO_END.match(masked, ce, se) is None:
        return None
    words = g.group("np").split()
    if (gap := _relative_gap(words)) > 0:
        # "..., a move the opposition criticised as unnecessary.": a noun, then a relative clause without
        # its pronoun, whose subject speaks of the noun
        words = words[gap:]
        return Mention(g.end("np") - len(" ".join(words)), g.end("np"), "role", head=words[-1].casefold())
    return Mention(g.start("np"), g.end("np"), "role", role=" ".join(words[1:]), head=words[-1].casefold())


def _relative_gap(words: list[str]) -> int:
    """Where an article opens a second noun phrase inside ``words`` right after a noun, a relative clause
    without its pronoun ("a move the opposition"); 0 when there is none ("the head of the agency")."""
    return next(
        (
            k
            for k in range(2, len(words))
            if words[k] in _ARTICLES and words[k - 1].isalpha() and words[k - 1] not in _NOT_BEFORE_GAP
        ),
        0,
    )


_TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
# A quantified subject opening its clause ("Most said", "About four in 10 said", "Those surveyed said",
# "..., while a majority of Democrats said"): no name, but a speaker that news names by these words.
_QUANTIFIED = regex.compile(
    r"""
    (?P<np>
        (?:(?<=\A|\n|[.!?;:\ue000”"]\s++|,\s++|(?:But|And|Yet|Still|While|Though|Although|Whereas),?\s++
               |\bwith\s++)                       # "..., with 41 percent saying the mayor is ready": a share
           (?:(?:(?:about|nearly|almost|roughly|only|just|some|over|under|(?:more|fewer|less)\s++than)\s++){0,2}
           (?:most|many|few|half|others|those\s++(?:surveyed|polled|asked|questioned|interviewed)
             |(?:\p{N}++|one|two|three|four|five|six|seven|eight|nine)\s++(?:in|out\s++of)\s++
                (?:\p{N}++|ten|two|three|four|five|six|seven|eight|nine)     # "Six in 10", "One in three"
             |all\s++but\s++(?:\p{N}++|one|two|three|four|five|a\s++few|a\s++handful)  # "All but two said"
             |(?:\p{N}++(?:\.\p{N}++)?|\L<tens>(?:-\L<units>)?|\L<units>|\L<teens>)\s*+(?:%|percent)
                                                    # ("Twelve percent indicated that")
             |a\s++(?:majority|third|quarter|minority|plurality)|two-thirds|three-quarters)
           (?:\s++(?:of\s++)?(?:the(?=\s)|those(?=\s)|them  # "of voters", "of the delegates", no adverb
              |(?!\p{L}++(?<=ly)\b)\p{L}[\p{L}-]*+)){0,3}?
         | (?:some|several)\s++(?:in|at|inside|within)    # "Some in Moscow argue", "Some at the Pentagon"
             (?:\s++(?:the(?=\s)|(?!\p{L}++(?<=ly)\b)\p{L}[\p{L}-]*+)){1,3}?
         | (?:some|several|all|both)(?:\s++of\s++(?:them|those|us))?))  # alone: "all agreed that" (not
    )                                                                   # "All those factors suggest")
    (?:\s++\p{L}++(?<=ly))?                         # an adverb is no part of the subject ("many privately")
    (?:\s++(?:also|still|have|had|has))?\s*+$
    """,
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
    units=["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    teens=["ten", "eleven", "twelve", *_TEENS],
    tens=["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
)


# The literal prefilter: a quantified subject holds one of these words or phrases (looked for in the
# lowercased text, in one pass of stdlib ``re``: literals and bounded blanks, linear).
_QUANTIFIER_WORDS = (
    *("most", "many", "few", "half", "others", "some", "several", "all", "both", "those", "percent", "%"),
    *("majority", "third", "quarter", "minority", "plurality"),
)
_QUANTIFIER_HINT = re.compile(
    "|".join(
        [
            *map(re.escape, _QUANTIFIER_WORDS),
            r"\sin\s+(?:\d|ten|two|three|four|five|six|seven|eight|nine)|out\s+of",
        ]
    )
)
# The characters other than A-Z that ``re`` matches to an ASCII letter ignoring case (İ ı ſ K), folded so
# that the lowercased text holds every word the case-insensitive pattern found.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


# Group words coordinated before a group speaker: "Federal and state", "Regulators and", "Russian and".
_GROUP_CONJUNCTS = regex.compile(
    r"(?:^|(?<=[\s,]))(\p{L}[\p{L}-]*+)(?:,\s++\p{L}[\p{L}-]*+)*+,?\s++and\s++$", regex.V1
)
_GROUP_ADJECTIVES = frozenset(
    ["federal", "state", "local", "regional", "national", "foreign", "international"]
)


def _coordinated_group(masked: str, ss: int, mention: Mention, lex: QuoteLexicon) -> Mention:
    """``mention``, a group, with the group words coordinated before it ("Federal and state officials",
    "Regulators and environmental groups", "Russian and Chinese diplomats"): one speaker. A name before "and"
    stays apart ("Ruiz and local officials": the last conjunct speaks, as for two names)."""
    m = _GROUP_CONJUNCTS.search(masked, max(ss, mention.start - 40), mention.start)
    if m is None:
        return mention
    words = [w.strip(",") for w in masked[m.start() : mention.start].split()[:-1]]
    for w in words:
        low = w.casefold()
        if not (
            w.islower()
            or low in lex.roles
            or low in lex.modifiers
            or low in _GROUP_ADJECTIVES
            or (low.endswith("s") and low[:-1] in lex.roles)
            or default_gazetteer().adjective(w) is not None
        ):
            return mention
    before = masked[ss : m.start()].strip().casefold()
    if before and before not in lex.determiners:
        return mention  # ("In a joint letter, federal and state officials said": read from the clause start)
    return attrs.evolve(mention, start=ss if before else m.start())


def _quantified_subject(masked: str, lo: int, cs: int) -> Mention | None:
    """A quantified subject right before the cue at ``cs`` (its clause read from ``lo``)."""
    low = masked[lo:cs]
    low = (low if low.isascii() else low.translate(_FOLD_TO_ASCII)).lower()
    if _QUANTIFIER_HINT.search(low) is None:
        return None  # literal prefilter: most cues have no quantifier before them
    q = _QUANTIFIED.search(masked, lo, cs)  # (a window of at most 120 characters: no timeout needed)
    if q is None:
        return None
    words = q.group("np").split()
    if words[0].casefold() in _BARE_QUANTIFIERS:
        before = masked[lo : q.start("np")].rstrip()
        last = before.rsplit(None, 1)[-1].casefold() if before else ""
        if before and before[-1] not in _QUANTIFIER_OPENERS and last not in ("but", "and", "yet", "still"):
            return None  # "Marrow and Reyland all suggested": the names speak, 'all' floats after them
    return Mention(q.start("np"), q.end("np"), "role", role=q.group("np"), head=words[-1].casefold())


# An adverb without '-ly', or a time, between a subject (and its auxiliary) and the cue: "has long said",
# "just this month announced", "had earlier told".
_PLAIN_ADVERB_END = regex.compile(
    r"""(?<=\p{L})\s++(?:long|often|never|always|still|already|since|once|now|later|first|again|even|earlier|ever
         |(?:just\s++)?(?:this|last)\s++(?:week|month|year)|just)$""",
    regex.VERBOSE | regex.V1,
)
_RELATIVE_AUX_END = regex.compile(r"\b(?:who|which|that)(?:\s++(?:has|have|had|is|are|was|were))?$", regex.V1)
_BARE_QUANTIFIERS = frozenset(["some", "several", "all", "both"])
_QUANTIFIER_OPENERS = frozenset('.!?;:,\n\ue000”"')


_LOWER_WORD = regex.compile(r"\s(\p{Ll}[\p{L}-]*+)", regex.V1)
# A sentence opened by a participle or a preposition ("Chastened by the analyses, Trump revised ...", "In
# a statement, Sen. Ana Ruiz said ..."): the subject comes after its comma.
_LEAD_PHRASE = regex.compile(
    r"""
    (?:\p{Lu}\p{Ll}++(?<=ed|ing)(?=\s++\p{Ll})     # "Chastened by", not "Ted Cruz," or "Sterling,"
      |In|At|On|After|Before|During|Despite|With|Without|Asked|Facing|Unlike|Like
      |Within|Throughout|Since|Until|Amid|Following
      |By(?=\s++(?:the\s++(?:end|time)|(?:his|her|its|their)\s++(?:own\s++)?account)\b)  # (no "By 2015")
      |Stung|Shaken|Driven|Beaten|Caught|Struck|Torn|Undone|Known|Seen
      |Speaking|Earlier|Later|Meanwhile|Still|However|Instead|Yet|But|And|So|Now|Then|Here|There|Back
      |(?:Minutes|Hours|Days|Weeks|Months|Years|Moments)(?=\s++(?:later|earlier|after|before|ago)\b)
      |Last|This|Next|For(?=\s++(?:his|her|its|their|our|my)\s++part\b))  # "For his part, X ..."
    \b[^,\n\ue000]{0,80}+,\s++(?=\p{Lu}|(?:the|a|an)\s)
  | (?:(?:(?:On|Late|Early)\s++)?\L<days>|(?:Last|This)\s++(?:\L<days>|week|weekend|month|year))
    (?:\s++(?:night|morning|afternoon|evening))?+\s++    # "On Wednesday night he doubled down, telling ...":
    (?=(?:he|she|they|we|I)\s|\p{Lu})                    # a day without a comma
  | (?:(?:And|But|Yet|So)(?:\s++even)?|Even)\s++        # "And even Marrow tried to help, noting ...": a
    (?=(?:he|she|they|we|I)\s|\p{Lu})                    # conjunction or "even" before the subject
    """,
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)


# A description opening a sentence and the name apposed to it: "His colleague, Councillor Amira Siddiqui,".
_DESCRIBED_NAME_OPENING = regex.compile(
    r"(?:His|Her|Their|Its|The|A|An|\p{Lu}\p{L}*+['’]s)[^\S\n]++"
    r"(?P<desc>(?:\p{Ll}[\p{Ll}-]*+[^\S\n]++){0,3}?\p{Ll}[\p{Ll}-]*+),"
    r"[^\S\n]++"
    r"(?P<name>\p{Lu}[\p{L}.'’-]*+(?:[^\S\n]++\p{Lu}[\p{L}.'’-]*+){1,4}+)"
    r"(?:[^\S\n]++of[^\S\n]++(?:the[^\S\n]++)?\p{Lu}[^,;\n]{0,60}?)?,",  # ("X of the PDK,": his party)
    regex.V1,
)


_NAME_LINKS = frozenset(["of", "for", "on"])  # lower-case words inside a body's or an office's name


def _sentence_subject(masked: str, ss: int, cs: int, lex: QuoteLexicon) -> Mention | None:
    """The name or pronoun opening the sentence ("Lev Dorn dismissed the reports, saying ..."), after a
    leading participle or prepositional phrase ("Chastened by X, Trump revised ..."), title words kept
    ("Opposition leader Ana Ruiz chimed in, saying")."""
    lead = _LEAD_PHRASE.match(masked, ss, cs)
    if lead is not None:
        ss = lead.end()
    end = -1
    article_of_name = (
        False  # the "the" after a link inside a capitalised name ("President of the Kyrgyz ...")
    )
    owned_end = -1  # where the role a possessive opens ends: "Slovakia's new prime minister"
    aside_start = aside_end = -1  # a connective aside after the subject: ", in turn,"
    for low in _LOWER_WORD.finditer(masked, ss, cs, timeout=_tmo(ss, cs)):
        w = low.group(1)
        if low.start() < owned_end:
            continue
        if (aside := _ASIDE_AT.match(masked, masked.rfind(",", ss, low.start()), cs)) is not None and (
            aside.start() >= ss and not masked[aside.start() + 1 : low.start()].strip()
        ):
            owned_end = aside_end = aside.end()  # "The minister, in turn, thanked ... and said": no verb
            aside_start = aside.start()
            continue
        if masked.endswith(("'s", "’s"), ss, low.start()) and (
            owned := _owned_role_end(masked, low, cs, lex)
        ):
            owned_end = owned  # "Slovakia's new prime minister has voiced doubts but said": the owner's
            continue  # officer speaks, not the owner
        if article_of_name and w == "the":
            article_of_name = False
            continue
        article_of_name = False
        if not is_role(w, lex) and w not in lex.modifiers and w not in lex.institutions:  # ("The senators")
            after = masked[low.end() : low.end() + 40].split(None, 1)
            nxt = after[0].casefold() if after else ""
            before = masked[max(ss, low.start() - 30) : low.start()].split()
            the_name = nxt == "the" and len(after) > 1 and after[1][:1].isupper()
            if (
                w in _NAME_LINKS
                and after
                and (after[0][:1].isupper() or the_name)
                and before
                and (b := before[-1].casefold()) != before[-1]
                and (b in lex.institutions or b in lex.organization_heads or is_role(b, lex))
            ):
                # "Tobago House of Assembly Chief Secretary X struck ...", "President of the Kyrgyz Republic
                # X thanked ...": a body's or an office's name goes on
                article_of_name = the_name
                continue
            if (
                after
                and after[0].islower()
                and w not in lex.determiners
                and (nxt in lex.roles or (nxt.endswith("s") and nxt[:-1] in lex.roles))
                and not w.endswith("ed")
                and _IRREGULAR_PAST.fullmatch(w) is None
            ):
                continue  # "Nuclear proliferation experts have ...": a noun before the role noun (not a verb
                # in the past: "The mayor met survivors and said ...")
            end = low.start()
            break
    if end >= 0 and aside_end >= 0 and not masked[aside_end:end].strip():
        end = aside_start - 1  # (the subject is read before the aside)
    m = subject_before(masked, ss, end + 1, lex) if end >= 0 else None
    if (
        m is not None
        and m.kind == "role"
        and m.start > ss
        and (comma := masked.rfind(",", ss, m.start)) > ss
        and not masked[comma : m.start].strip(" ,")
        and masked.find(",", m.end, cs)
        >= 0  # (the apposition closed by a comma: not "Essentially, X looked")
        and (named := subject_before(masked, ss, comma, lex)) is not None
        and named.start == ss
        and named.kind in ("name", "org")
    ):
        # "Senator Ana Ruiz, chair of the panel, thanked ... and said": the name, not its apposition
        m = named
    if (
        m is not None
        and m.kind in ("name", "org")
        and masked.endswith(("'s", "’s"), m.start, m.end)
        and _DESCRIBED_NAME_OPENING.match(masked, ss, cs) is not None
    ):
        m = None  # "Germany's largest trade union, IG Metall, opened talks, warning": the owner is no subject
    if m is None or m.start != ss or m.kind not in ("name", "pronoun", "role", "org"):
        if (apposed := _DESCRIBED_NAME_OPENING.match(masked, ss, cs)) is not None:
            # "His colleague, Councillor Amira Siddiqui, went further, calling ...", "Germany's largest union,
            # IG Metall, opened talks, warning": the name apposed
            m = subject_before(masked, ss, apposed.end("name"), lex)
            if m is not None and m.kind == "name":
                described = " ".join(masked[apposed.start("desc") : apposed.end("desc")].split())
                return attrs.evolve(m, start=ss, role=m.role or described)
        return None
    if (
        m.kind == "name"
        and m.name is not None
        and " " not in m.name
        and default_gazetteer().adjective(m.name)
    ):
        return None  # "The Romanian hacker ... pleaded guilty": a demonym before a noun, no name
    return m


# Lower-case words between a possessive and the role noun it opens: "Slovakia's new prime minister".
_OWNED_ROLE_WORDS = 4


def _owned_role_end(masked: str, low: regex.Match[str], cs: int, lex: QuoteLexicon) -> int:
    """Where a role or an institution noun ends that the lower-case words from ``low`` (the first after a
    possessive) close within a few words ("new prime minister", "foreign ministry"), no verb before it; else
    0 (the words after the owner are its verb: "Russia's has ...", or no role follows)."""
    words = masked[low.start() : cs].split(None, _OWNED_ROLE_WORDS)[:_OWNED_ROLE_WORDS]
    at = low.start()
    end = 0
    for word in words:
        w = word.rstrip(",.;:")
        at = masked.index(word, at) + len(word)
        if not w.isalpha() or not w.islower() or w in lex.auxiliaries or w in lex.determiners:
            break
        if w.endswith("ed") or _IRREGULAR_PAST.fullmatch(w) is not None:
            break
        if is_role(w, lex) or w in lex.institutions:
            end = at - (len(word) - len(w))
        elif end:
            break
        if word != w:
            break
    return end


# The verbs of plain saying, whose subject is a speaker even when the speaker reader cannot tell what kind of
# speaker it is: any other verb ("Critics blasted", "Voters liked") needs a subject it knows.
_LOOSE_LEMMAS = frozenset(
    [
        *("say", "tell", "add", "argue", "claim", "note", "warn", "insist", "explain", "write", "contend"),
        *("maintain", "assert", "acknowledge", "predict", "stress", "complain", "concede", "admit", "recall"),
        *("chant", "shout", "yell", "scream", "exclaim", "reply", "respond", "answer", "ask", "put it"),
    ]
)
# Verbs of finding, whose subject may be a document: "The audit found the agency had ...", "A poll released
# on Monday found 60 percent ...", with or without 'that'.
_FINDING_LEMMAS = frozenset(["find", "conclude", "estimate", "show", "indicate", "suggest", "reveal"])
# Texts and bodies that "state" what they say, as legal and official copy writes it ("the complaint states
# that", "the ministry states that"): the only words "states" may follow as a verb (some document heads among
# them, not all: "a poll states" is unheard of). Written by us.
_STATING_TEXTS = frozenset(
    [
        *(
            "complaint",
            "lawsuit",
            "suit",
            "indictment",
            "affidavit",
            "statement",
            "document",
            "draft",
            "text",
        ),
        *(
            "bill",
            "law",
            "order",
            "filing",
            "motion",
            "petition",
            "warrant",
            "charter",
            "constitution",
            "policy",
        ),
        *("website", "agreement", "resolution", "release", "article", "paragraph", "clause", "section"),
        *("guidance", "note", "notice", "decision", "judgment", "verdict", "opinion", "regulation", "treaty"),
        *("report", "memo", "letter", "ruling", "study", "audit", "review", "transcript", "post", "page"),
        *("encyclical", "catechism", "directive", "convention", "declaration", "communique", "communiqué"),
        # bodies that state in their own name ("The ministry states that", "The dicastery states in ...")
        *("ministry", "dicastery", "government", "court", "commission", "committee", "agency", "office"),
        *("department", "company", "firm", "embassy", "tribunal", "prosecutor", "spokesperson"),
    ]
)
_DOCUMENT_HEADS = frozenset(
    [
        *("report", "reports", "survey", "surveys", "poll", "polls", "study", "studies", "analysis"),
        *("review", "audit", "investigation", "probe", "data", "research", "assessment", "estimates"),
        *("figures", "records", "documents", "filings", "memo", "letter", "ruling", "census", "tally"),
        *("forecast", "index", "inquiry", "average", "averages", "transcript", "slide", "chart", "video"),
        "footage",
        *("recording", "model", "projections"),
    ]
)
# Bodies whose finding is a report with or without 'that': "an arbitration panel found the state was in
# breach", "The jury found the officer had acted lawfully".
_FOUND_WORDS = 3  # words of a finding before its finder, at least: "Costs have risen, the panel found"
_FINDING_CLOSES = regex.compile(r"\s*+(?:[.!?]|$)", regex.V1)  # nothing after a finder's verb but the stop
_FINDING_BODIES = frozenset(
    [
        *("panel", "court", "judge", "jury", "tribunal", "commission", "committee", "inquiry", "arbitrator"),
        *("arbitrators", "investigators", "researchers", "auditors", "inspectors", "inspector", "regulators"),
    ]
)
# A that-less clause after a body's verb of finding: a subject of a few words, then a finite verb ("found the
# province was in breach"; not "found a public interest in their contents").
_FINDING_CLAUSE = regex.compile(
    r"\s++[^,;:\ue000]{1,60}?\s(?:was|were|is|are|had|has|have|would|could|should|did|does|will|can|may|might)\b",
    regex.V1,
)
# After "read", a passive participle's complement: "read by", "read on state television", "read out".
_READ_OUT = regex.compile(r"\s++(?:by|on|out|aloud|at|during|over|to)\b", regex.V1)
# What a text "reads" ("“...,” the statement read", "reads the letter").
_READ_BY = frozenset(
    [
        *("statement", "letter", "message", "post", "tweet", "note", "text", "sign", "banner", "headline"),
        *("caption", "communique", "declaration", "release", "memo", "placard", "inscription", "notice"),
        *("communiqué", "alert", "advisory", "circular", "bulletin"),
    ]
)
# What a speaker issues, releases or posts, with a participle cue after it ("a statement saying").
_ISSUED = frozenset(
    [
        *("statement", "statements", "letter", "release", "tweet", "tweets", "post", "note", "memo"),
        *("message", "email", "e-mail", "video", "ad", "advertisement", "communique", "declaration"),
        *("article", "op-ed", "column", "editorial", "blog", "communiqué", "alert", "advisory", "circular"),
        *("bulletin", "notice", "readout"),
    ]
)
# A word before a group that makes it the hearer of what follows ("emailed supporters", "a pitch to voters").
_HEARERS_BEFORE = regex.compile(
    r"\b(?P<w>to|emailed|e-mailed|texted|messaged|wrote|told|urged|reminded|assured|thanked)\s++$", regex.V1
)
# "with" right before a share of a group ("with 22 percent saying").
_WITH_END = regex.compile(r"\b(?i:with)\s++$", regex.V1)
# Between a sentence's subject and a text it issued: a possessive, or a subordinate clause naming another
# issuer.
_OTHER_ISSUER = regex.compile(
    r"\p{L}['’]s?\s|\b(?:after|before|when|while|as|because|since|that|who|which|where|until|once)\s",
    regex.V1,
)
# Nouns that make "show" a programme ("his radio show", "the Sunday talk shows").
_SHOW_NOUN_BEFORE = regex.compile(
    r"\b(?i:radio|tv|television|talk|morning|evening|news|game|reality|cable|daily|late-night|chat|cooking"
    r"|comedy|variety|sunday|weekly|nightly|hit)$",
    regex.V1,
)
# What "show" takes when it shows a trait or a sign, not a finding ("showed restraint", "little interest"),
# or a thing shown to someone ("the photographs she showed to the police").
_SHOWN_TRAIT = regex.compile(
    r"\s++(?:signs?|little|no|flashes|glimpses|restraint|interest|strength|courage|compassion"
    r"|leadership|vulnerability|inclination|willingness|respect|remorse|up|off|me|to)\b",
    regex.V1,
)
# Only a finite form ("said", "says", "argued", "wrote"): "telling", "adding", "to explain" and "the added
# security" are no verbs of a subject before them.
_LOOSE_FORM = regex.compile(r"says|say|\p{L}++(?<=ed|[^s]s)|told|wrote|said", regex.V1)
# Conjunctions and adverbs opening a clause before its subject ("But", "While", "And so").
_CLAUSE_OPENER = regex.compile(
    r"(?:(?:But|And|Yet|So|Still|While|Although|Though|Whereas|Now|Meanwhile|However|Instead),?\s++)++",
    regex.V1,
)
# The connective words an aside between a subject and its verb holds ("Ruiz, though, said"; "Cruz, for his
# part, said").
_CONNECTIVES = r"""though|however|too|meanwhile|in\s++turn|for\s++(?:his|her|its|their)\s++part|in\s++contrast
    |by\s++contrast|in\s++particular|in\s++fact|of\s++course|on\s++the\s++other\s++hand"""
# Such an aside closing the words before a cue, examples' words too ("Critics, for example, say").
_ASIDE_WORDS = regex.compile(
    rf"\s*+,\s*+(?:{_CONNECTIVES}|for\s++(?:example|instance|one))\s*+,\s*+$", regex.VERBOSE | regex.V1
)
# Such an aside where it opens, right after the subject ("The minister, in turn, thanked ... and said").
_ASIDE_AT = regex.compile(rf",\s*+(?:{_CONNECTIVES})\s*+,", regex.VERBOSE | regex.V1)
# Words that make a clause of the words before a cue, not a noun phrase: verbs, pronouns, subordinators.
_ROLE_PREPOSITIONS = frozenset(["to", "with", "of", "for", "on", "at", "in"])
_NOT_IN_NP = frozenset(
    [
        *("is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "will", "would"),
        *("can", "could", "should", "may", "might", "must", "shall", "has", "have", "had", "said", "says"),
        *("say", "told", "tells", "that", "which", "what", "when", "where", "why", "how", "if", "whether"),
        *("because", "since", "after", "before", "as", "it", "he", "she", "they", "we", "i", "you", "there"),
        *("who", "whom", "whose", "than", "so", "not", "to", "only", "time", "today", "yesterday"),
        *_WEEKDAYS,
    ]
)
# What may follow an -ed word inside a subject: "People briefed on the talks", "A court filing Thursday".
_AFTER_PARTICIPLE = frozenset(
    [
        "on",
        "in",
        "by",
        "with",
        "at",
        "about",
        "last",
        "this",
        "after",
        "before",
        "during",
        "following",
        "",
        *_WEEKDAYS,
    ]
)
# A participle or adjective and its preposition after a subject's head, right before a noun phrase: "involved
# in", "based in", "signed in", "close to" (the noun phrase after it is no speaker).
_POST_MODIFIER_END = regex.compile(
    r"\b(?:(?:\p{Ll}++(?<=ed|ing)|held|taken|made|done|given|seen|written|drawn|shown|known|sent|built|run|led"
    r"|kept|found|brought|sold|won)\s++(?:in|on|at|to|from|for)|familiar\s++with|close\s++to)\s++$",
    regex.V1,
)  # (an irregular participle too: "The survey held in Ulken showed", "The poll taken in Ohio found")


def _past_post_modifier(
    masked: str, ss: int, end: int, mention: Mention | None, lex: QuoteLexicon
) -> Mention | None:
    """``mention``, the subject read right before ``end``, or the noun phrase it post-modifies when a
    participle or adjective and its preposition stand before it: "A congressional aide involved in the
    review said" is the aide's, not the review's (but "A notice put up on the site X said": the body)."""
    if (
        mention is not None
        and mention.start > ss
        and not masked.startswith(("’s", "'s"), mention.end - 2)  # "seized on Trump's claim that"
        and _POST_MODIFIER_END.search(masked, max(ss, mention.start - 40), mention.start) is not None
        and (np_ := _loose_subject(masked, ss, end, lex)) is not None
        and np_.start < mention.start
        and not (
            (np_.head in _OWNED_DOCS or np_.head in _DOCUMENT_HEADS)
            and not not_person(masked[mention.start : mention.end])
        )
    ):
        return np_
    return mention


# Counts opening a noun phrase like an article ("One aide", "Two officials", "Several residents").
_COUNT_OPENERS = frozenset(["one", "another", "two", "three", "four", "several", "some", "many"])
# Where the head of a subject ends: before its preposition or modifier ("People familiar with the plan").
# Words an article follows inside one noun phrase (a preposition, a conjunction, a quantifier), so no relative
# clause opens there ("a source close to the talks", "one of the officials", "both the mayor and ...").
_NOT_BEFORE_GAP = _ROLE_PREPOSITIONS.union(
    ["from", "by", "about", "near", "inside", "outside", "behind", "across", "into"],
    ["over", "under", "among", "between", "against", "within", "and", "or", "than", "like", "including"],
    ["as", "all", "both", "half", "such", "quite", "what", "many", "once", "twice"],
)
_AFTER_HEAD = frozenset(["of", "in", "at", "for", "from", "with", "on", "by", "briefed", "familiar", "close"])
_AFTER_ACTING = frozenset(["the", "a", "an", "his", "her", "its", "their", "at", "in", "on", "for", "with"])
_NP_FIRST = regex.compile(r"\p{Lu}|\p{N}|%", regex.V1)
_LOOSE_NP_WORDS = 10


def _loose_subject(masked: str, ss: int, cs: int, lex: QuoteLexicon) -> Mention | None:
    """The subject of a verb of saying that the speaker reader did not take: a name behind an aside or an
    apposition it cannot read ("Ola Berg, dean of the law school, said"; "Ruiz, though, said"), or a
    noun phrase opening the clause that names no known role ("Farm groups said", "People briefed
    on the talks said"); the latter speaks unnamed."""
    lo = ss
    lead = _LEAD_PHRASE.match(masked, lo, cs)
    if lead is not None:
        lo = lead.end()
    opener = _CLAUSE_OPENER.match(masked, lo, cs)
    if opener is not None:
        lo = opener.end()
    seg = masked[lo:cs]
    if seg.rstrip().endswith(_AUX_ENDINGS) and _ASIDE_WORDS.search(bare := _AUX_END.sub("", seg.rstrip())):
        cs = lo + len(bare)  # "Ray Costa, by contrast, has told": the aside before "has"
        seg = masked[lo:cs]
    if MASK in seg:
        # "“...,” the insider said": a determined noun phrase right after the quotation speaks unnamed
        after = seg.rfind(MASK) + 1
        tail = seg[after:].lstrip(" ,")
        if not tail or " " not in tail.strip() or tail.strip()[:1].isupper():
            return None
        lo += len(seg) - len(tail)
        seg = masked[lo:cs]
        words = seg.split()
        if words[0].casefold() not in lex.determiners:
            return None
        if (comma := seg.find(",")) > 0:
            # "“...,” one of the sources, a senior diplomat, said": the description names the role; the
            # subject alone otherwise
            if (
                _vague_subject(seg[:comma])
                and (appos := _INDEFINITE_APPOSITION.fullmatch(seg, comma))
                and (described := _described_role(masked, appos, lo, lex, lower=True)) is not None
            ):
                return described
            seg = seg[:comma]
            words = seg.split()
        return _plain_np(masked, lo, seg, words, lex, lower=True)
    words = _without_auxiliaries(seg, lex)
    if not words:
        return None
    comma = seg.find(",")
    if comma > 0 and (_ASIDE_WORDS.search(seg) is not None or seg.rstrip().endswith(",")):
        # "NAME, aside or apposition, said": the speaker reader run on what stands before the first comma
        m = subject_before(masked, lo, lo + comma, lex)
        first = seg[:comma].split()
        if m is None and "who" in first[1:] and (rel := seg.find(" who ", 0, comma)) > 0:
            # "A villager who fled to the monastery, speaking on condition of anonymity, said": the noun
            # phrase the relative clause describes
            seg, comma, first = seg[:rel], rel, first[: first.index("who")]
        if (
            m is None
            and first
            and (
                first[0].casefold() in ("a", "an", "the")
                or (len(first) > 1 and first[0].casefold() in _COUNT_OPENERS)
            )
        ):
            # "A shopkeeper, who gave only her first name, said", "One aide involved in the talks, who ...,
            # said": a noun phrase naming no role speaks unnamed
            return _plain_np(masked, lo, seg[:comma], first, lex)
        if m is None and first and _EXAMPLE_ASIDE.match(seg, comma) is not None:
            # "Critics on the left, such as Ana Ruiz, say": the group the aside names one of
            return _plain_np(masked, lo, seg[:comma], first, lex)
        if m is None and first and _ASIDE_WORDS.fullmatch(seg, comma) is not None:
            # "Opponents of the levy, on the other hand, argued": the noun phrase before a connective aside
            return _plain_np(masked, lo, seg[:comma], first, lex)
        if (
            (m is None or m.kind == "role")
            and _vague_subject(seg[:comma])
            and (appos := _INDEFINITE_APPOSITION.fullmatch(seg, comma))
            and (described := _described_role(masked, appos, lo, lex)) is not None
        ):
            return described  # "One of the sources, an Egyptian security official, said": its role
        if m is None or m.kind == "pronoun" or len(masked[lo : m.start].split()) > 3:
            return None
        return m if m.start == lo else attrs.evolve(m, start=lo)  # "A city official, who ..., said"
    if (
        comma < 0
        and opener is not None
        and _NP_FIRST.match(words[0]) is None
        and words[0].casefold() not in lex.determiners
    ):
        # "But hacking specialists say": after the opener, a bare plural in lower case
        return _plain_np(masked, lo, seg, words, lex, lower=True) if words[-1].endswith("s") else None
    if comma > 0:
        # "On most nights, former aides said, she ...", "If it slows, forecasters say ...": the noun phrase
        # after the clause's last comma
        last = seg.rfind(",") + 1
        lo += last + len(seg[last:]) - len(seg[last:].lstrip())
        if masked.startswith(("and ", "but "), lo):
            lo += 4  # "..., and the mother replied": the subject after the conjunction
        elif (sub := _SUBORDINATOR.match(masked, lo, cs)) is not None:
            lo = sub.end()  # "..., though an arbitration panel found": the subject after the subordinator
        seg = masked[lo:cs]
        words = _without_auxiliaries(seg, lex)  # (the words after the comma, read again: "..., has always")
        if not words or not (words[-1].endswith("s") or words[0].casefold() in lex.determiners):
            return None  # a bare plural ("forecasters") or a determined phrase ("the mother of three")
        return _plain_np(masked, lo, seg, words, lex, lower=True)
    return _plain_np(masked, lo, seg, words, lex)


def _described_role(
    masked: str, appos: regex.Match[str], offset: int, lex: QuoteLexicon, *, lower: bool = False
) -> Mention | None:
    """The unnamed speaker the description ``appos`` set off after a vague subject names, matched ``offset``
    characters into ``masked`` ("..., an Egyptian security official,"); ``None`` unless it names a role."""
    np_ = appos.group("np")
    described = _plain_np(masked, offset + appos.start("np"), np_, np_.split(), lex, lower=lower)
    return described if described is not None and described.role else None


def _vague_subject(subject: str) -> bool:
    """A subject that tells no role of its own, which a description set off after it gives: a source or
    person ("The second source", "A person familiar with ..."), or one of a group ("One of the sources")."""
    words = [w.casefold() for w in subject.split()]
    return bool(words) and (
        (words[0] in _COUNT_OPENERS and "of" in words[1:3]) or bool(_VAGUE_HEADS.intersection(words[:4]))
    )


_VAGUE_HEADS = frozenset(["source", "sources", "person", "people", "individual"])
# An indefinite description set off after a subject, right before the verb: ", an Egyptian security
# official,".
_INDEFINITE_APPOSITION = regex.compile(r",\s*+(?P<np>(?:a|an)\s++[^,;\ue000]{2,60}?),\s*+", regex.V1)
# An aside naming examples of the group before it, up to its closing comma: ", such as Ana Ruiz,", ",
# including two former ministers,".
_EXAMPLE_ASIDE = regex.compile(r",\s*+(?:such\s++as|including|among\s++them)\s[^,]++,\s*+$", regex.V1)


def _people_subject(
    masked: str, ss: int, cs: int, lex: QuoteLexicon, *, form_is_base: bool = False
) -> Mention | None:
    """The plain noun phrase of people or bodies opening the clause before a cue that is no verb of saying,
    which the speaker reader did not take: "The harbour master criticized", "Local fishermen agreed to"; it
    speaks unnamed. A determiner or a plural head opens or ends it, and its head names people or a body
    ("The pier supports the weight", "The storm caused delays" are no speakers)."""
    np_ = _loose_subject(masked, ss, cs, lex)
    if np_ is None or np_.kind != "role" or np_.name is not None or np_.head is None:
        return None
    words = masked[np_.start : np_.end].split()
    if not words or MASK in masked[np_.start : np_.end]:
        return None
    determined = words[0].casefold() in lex.determiners
    if not (determined or _PLURAL_HEAD.fullmatch(np_.head) or np_.head.endswith("men")):
        return None
    if _REDUCED_AFTER_CUE.match(masked, cs) is not None:
        return None  # "The man accused of ...", "a firm focused on ...": a participle after its noun
    if words[-1].endswith(("'", "’")):
        return None  # "the skippers' plans": a possessive before a noun
    if not words[-1][:1].islower() or not words[0][:1].isalpha():
        return None  # "The May tally", "40,000 migrants": a month's noun, a count read after its comma
    folded = [w.strip(".,'’").casefold() for w in words]
    if any(w in _NP_INNER_PREPOSITIONS for w in folded[1:]):
        return None  # "Traffic between the two ports fell": the head stands before the preposition
    if any(w in _HEDGES or w.endswith(("n’t", "n't")) for w in masked[np_.end : cs].casefold().split()):
        return None  # "owners may decide to", "the ferry firms do not publish": no report made
    plural = _PLURAL_HEAD.fullmatch(np_.head) is not None or np_.head.endswith("men")
    if form_is_base and not plural:
        return None  # "a founder of the harbour think tank", "the clerk in charge": a base form, no verb
    return np_ if _people_head(np_.head, lex) else None


# Prepositions inside a noun phrase after which its last word is no head ("Traffic between the two ports").
_NP_INNER_PREPOSITIONS = frozenset(
    ["between", "within", "among", "across", "against", "about", "around", "near", "over", "under", "than"]
)
# Modals and negation between a subject and its verb: a possibility or a denial, no report.
_HEDGES = frozenset(["may", "might", "could", "would", "should", "can", "must", "not", "never", "cannot"])


def _people_conjuncts(masked: str, ss: int, cs: int, mention: Mention, lex: QuoteLexicon) -> Mention:
    """``mention``, a group after "and", with the group of people coordinated before it when the two open the
    clause ("Port officials and skippers criticized": both groups, not the skippers alone)."""
    if not masked.endswith(" and ", max(ss, mention.start - 5), mention.start):
        return mention
    np_ = _people_subject(masked, ss, cs, lex)
    if np_ is None or np_.start >= mention.start or np_.end != mention.end:
        return mention
    first = masked[np_.start : mention.start - 5].split()
    if not 0 < len(first) <= _CONJUNCT_WORDS or not _people_head(first[-1].strip(",").casefold(), lex):
        return mention
    if any(w.casefold() in _VERBS_IN_PHRASE or w.endswith("ed") for w in first[1:]):
        return mention  # "The mayor met dockers and skippers said": a clause, not a group
    return attrs.evolve(mention, start=np_.start)


_CONJUNCT_WORDS = 3  # words of the first group before "and"
_VERBS_IN_PHRASE = frozenset(["met", "saw", "told", "said", "found", "heard", "asked", "left", "led", "took"])


def _people_head(head: str, lex: QuoteLexicon) -> bool:
    """``head`` names people or a body: a role noun, a noun of people or kin, a body's noun, or an agent noun
    ("master", "fishermen", "insurers", "dockers", "consultants"), not a thing's ("paper", "sector")."""
    if head in lex.roles or head in _PEOPLE_WORDS or head in _COLLECTIVE_HEADS:
        return True
    if head.endswith("ies"):
        one = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        one = head[:-1]
    else:
        one = head
    if one in lex.roles or one in _PEOPLE_WORDS or one in _BODY_NOUNS or one in _COLLECTIVE_HEADS:
        return True  # ("Both sides reiterated", "The two camps agreed": a collective in the plural)
    if one in _THING_AGENT_NOUNS or one.endswith(("ment", "meter", "center", "centre")):
        return False
    return one.endswith(_AGENT_ENDINGS) and len(one) > 4


# A participle and its preposition right after a noun phrase: "The man accused of ...", "a firm focused on".
_REDUCED_AFTER_CUE = regex.compile(r"\p{Ll}++(?<=ed)[ \t]++(?:of|by|on|in|with|over|as)\b", regex.V1)
_PEOPLE_WORDS = frozenset(
    [
        *("woman", "man", "women", "men", "people", "person", "couple", "family", "friend", "neighbour"),
        *("neighbor", "parent", "child", "children", "mogul", "veteran", "crew", "staff", "fan", "mother"),
        *("father", "son", "daughter", "wife", "husband", "widow", "brother", "sister", "colleague"),
        *("associate", "victim", "local", "native", "patient", "nominee", "employee", "trustee", "refugee"),
        *("pilot", "guest", "youth", "elder", "monk", "nun", "clergy"),
    ]
)  # fmt: skip
_BODY_NOUNS = frozenset(
    [
        *("party", "country", "nation", "city", "campaign", "group", "firm", "company", "union", "board"),
        *("panel", "government", "bank", "agency", "organization", "organisation", "council", "committee"),
        *("ministry", "administration", "insurer", "lender", "airline", "carrier", "league", "coalition"),
        *("alliance", "association", "federation", "court", "jury", "nonprofit", "charity", "team", "club"),
    ]
)  # fmt: skip
# Agent nouns' endings ("master", "investor", "activist", "politician", "consultant", "resident",
# "fisherman"), and nouns of things written with them.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men")
_THING_AGENT_NOUNS = frozenset(
    [
        *("paper", "number", "letter", "order", "matter", "power", "water", "border", "computer", "tower"),
        *("corner", "chapter", "summer", "winter", "weather", "quarter", "river", "layer", "answer"),
        *("banner", "barrier", "cancer", "disorder", "filter", "folder", "offer", "poster", "printer"),
        *("shelter", "theater", "trigger", "wonder", "container", "transfer", "register", "character"),
        *("charter", "cluster", "counter", "encounter", "manner", "cover", "factor", "sector", "motor"),
        *("door", "floor", "error", "color", "mirror", "corridor", "tumor", "terror", "horror", "favor"),
        *("labor", "honor", "humor", "minor", "major", "percent", "event", "extent", "talent", "content"),
        *("intent", "plant", "grant", "restaurant", "giant", "pier", "dollar", "member", "year", "hour"),
        *("other", "either", "neither", "ever", "together", "rather", "further", "whether", "however"),
        *("never", "meter", "liter", "recent", "current", "present", "different", "silent", "urgent"),
        *("frequent", "innocent", "violent", "important", "significant", "relevant", "pregnant", "distant"),
        *("constant", "elegant", "vacant", "incident", "accident", "evident", "consistent", "independent"),
        *("apparent", "efficient", "sufficient", "ancient", "moment", "comment", "element", "segment"),
        *("statement", "agreement", "thunder", "timber", "trailer", "voucher", "ladder", "hammer", "sticker"),
        *("lever", "silver", "rubber", "finger", "shoulder", "dinner", "lunch", "newspaper", "spider"),
        *("cylinder", "platter", "proper", "upper", "lower", "inner", "outer", "after", "under", "over"),
        *("later"),
    ]
)  # fmt: skip


def _without_auxiliaries(seg: str, lex: QuoteLexicon) -> list[str]:
    """The words of ``seg`` without the auxiliaries, adverbs (and a floating "both" or "all") that end it:
    "the harbour pilots have repeatedly" -> "the harbour pilots"."""
    words = seg.split()
    while words and (
        words[-1].casefold() in lex.auxiliaries
        or words[-1] in _FLOATING_BEFORE_CUE
        or (words[-1].islower() and adverb(words[-1]))
    ):
        words.pop()
    return words


#: Words between a subject and its verb of saying that the lexicon's auxiliaries (which hold "also", "often",
#: "never" and kin) do not: a floating quantifier, "long" ("have long said") and an adverb of degree before
#: another ("almost universally condemned").
_FLOATING_BEFORE_CUE = frozenset({"both", "all", "long", "almost", "nearly", "virtually"})


def _closing_document(masked: str, lo: int, cs: int, ce: int, se: int) -> Mention | None:
    """``CLAUSE, DOCUMENT NOUN PHRASE FINDS.``: a document with its qualifiers closing the sentence ("...,
    a Harbour Daily analysis of newly filed campaign reports shows.")."""
    g = _CLOSING_DOCUMENT.search(masked, lo, cs, timeout=_tmo(lo, cs))
    if g is None or _CUE_TO_END.match(masked, ce, se) is None:
        return None
    words = g.group("np").split()
    return Mention(g.start("np"), g.end("np"), "role", head=words[-1].casefold())


def _document_opening(masked: str, ss: int, cs: int) -> Mention | None:
    """The noun phrase opening the sentence up to a verb of finding at ``cs``, when a document heads it within
    its first words, however long what qualifies it ("A chart from a briefing that her advisers keep on
    hand shows", "Leaked pages from her 2004 expense claims show", "The average of surveys conducted during
    ten days shows"); ``None`` when a clause stands between (a verb of its own, a semicolon, a quotation)."""
    seg = masked[ss:cs]
    words = seg.split()
    if not words or len(words) > _DOCUMENT_OPENING_WORDS or any(c in seg for c in ";:\ue000"):
        return None
    m = _DOCUMENT_OPENING.match(masked, ss, cs)
    if m is None or _FINITE_IN_OPENING.search(masked, ss, m.end("head")) is not None:
        return None
    a, b = _trim(masked, ss, cs)
    return Mention(a, b, "role", head=words[-1].strip(",").casefold())


_DOCUMENT_OPENING_WORDS = 30
_DOCUMENT_OPENING = regex.compile(
    r"""(?:A|An|The|This|That|These|Those|Its|His|Her|Their|\p{Lu}\p{Ll}++)\s++
        (?:[\p{L}\p{N}’'$.&/-]++\s++){0,4}?
        (?P<head>\L<heads>)\b""",
    regex.VERBOSE | regex.V1,
    heads=sorted(
        _DOCUMENT_HEADS
        | {"slide", "slides", "analyses", "reviews", "audits", "memos", "letters", "polling", "emails"}
    ),
)
_CLOSING_DOCUMENT = regex.compile(
    r""",\s*+(?P<np>(?:(?:the|a|an|one|another|new|latest)\s++)?(?:[\p{L}\p{N}’'$.&/-]++\s++){0,4}?(?:\L<heads>)\b
              (?:\s++(?!(?:is|are|was|were|has|have|had|said|says|who|which|that)\b)[\p{L}\p{N}’'$.&/-]++){0,10}?)
        \s*+$""",
    regex.VERBOSE | regex.V1,
    heads=sorted(_DOCUMENT_HEADS | {"polling", "emails"}),
)
_FINITE_IN_OPENING = regex.compile(r"\s(?:is|are|was|were|has|have|had|said|says|will|would)\s", regex.V1)


def _group_before_that(masked: str, ss: int, cs: int, lex: QuoteLexicon) -> Mention | None:
    """The plural noun phrase opening the clause of a verb with 'that' after it, a group that no role list
    holds ("But environmentalists worry that", "Many people involved in the talks assumed that"); a noun
    phrase of a thing ("A look at the fleet suggests that", "The primary showed that") is no speaker."""
    np_ = _loose_subject(masked, ss, cs, lex)
    if np_ is None:
        lo = ss
        opener = _CLAUSE_OPENER.match(masked, lo, cs)
        if opener is not None:
            lo = opener.end()
        words = masked[lo:cs].split()
        if not 0 < len(words) <= _BARE_GROUP_WORDS or not words[0][:1].islower():
            return None
        np_ = _plain_np(masked, lo, masked[lo:cs], words, lex, lower=True)  # "environmentalists worry"
    if np_ is None or np_.head is None:
        return None
    if np_.role is not None or _PLURAL_HEAD.fullmatch(np_.head) or np_.head in _COLLECTIVE_HEADS:
        return np_
    return None


_BARE_GROUP_WORDS = 3
# A one-word answer a share gave, then the rest of the sentence: "said yes while 48 percent agreed".
_ANSWER_THEN = regex.compile(
    r"(?P<answer>(?i:yes|no))\s*+(?:,\s*+)?(?:while|but|and|compared|whereas|as)\b", regex.V1
)
# A phrase opening the sentence before its subject, which may hold a group's relative clause ("Among those
# who said A, most backed B").
_PHRASE_OPENER = regex.compile(r"(?:Among|Of|For|Like|Unlike|With|From)\s", regex.V1)
# A verb in the past or of meeting and asking right before an object: "met", "interviewed", "asked".
_OBJECT_VERB_END = regex.compile(
    r"\b(?:\p{Ll}++(?<=ed)|met|saw|found|heard|spoke\s++to|talked\s++to|asked|polled|surveyed)\s++$", regex.V1
)
# A plural noun (with its determiner) right before a "who" that is the cue's subject: "met dockers who
# said", "among those who say", "voters who believe" (a name before "who" is the speaker reader's).
_PLURAL_BEFORE_WHO = regex.compile(
    r"""(?:^|(?<=\s))(?P<np>(?:(?:the|these|those|some|many|most|several|other|all)\s++)?
        (?P<head>\p{Ll}[\p{Ll}-]*+(?<=[^s]s)|those|people))\s++who(?:\s++(?:also|still|have|had|has))?$""",
    regex.VERBOSE | regex.V1,
)
# Verbs of belief whose clause needs no 'that', and that clause opened by a subject and its modal or 'be'
# form: "Some dockers think the mayor should drop the plan", "many believe it would be easy".
_BELIEF_LEMMAS = frozenset(["think", "believe", "fear", "worry", "expect", "suspect", "feel", "hope"])
_MODAL_CLAUSE_NEXT = regex.compile(
    r"""\s++(?:the|a|an|this|these|those|his|her|its|their|he|she|it|they|we|I|\p{Lu}\p{Ll}++)
        (?:\s++[\p{L}'’-]++){0,4}?
        \s++(?:would|will|should|could|can|may|might|must|is|are|was|were|has|have|had)\b""",
    regex.VERBOSE | regex.V1,
)
# Nouns for a group of people, singular in form: "the mayor's inner circle believes that", "the Russian side
# believes that", "his camp fears that" (written by the geoquote authors).
_COLLECTIVE_HEADS = frozenset(
    ["circle", "camp", "team", "entourage", "side", "leadership", "staff", "base", "family", "establishment"]
)
_PLURAL_HEAD = regex.compile(r"\p{Ll}[\p{Ll}-]*+(?<=[^s]s)|people", regex.V1)


_SUBORDINATOR = regex.compile(r"(?:though|although|while|whereas|because|since|even\s++though)\s++", regex.V1)


# Where an inverted speaker's noun phrase ends: a comma, a stop, a dash, a relative clause or a quotation.
_NP_AFTER_END = regex.compile(r"[,.;:—–\ue000]|\s(?:who|whose|which|that|after|when|while|as)\s", regex.V1)


def _np_after(masked: str, ce: int, se: int, lex: QuoteLexicon) -> Mention | None:
    """The speaker of "“...,” said a 2008 campaign veteran": a noun phrase that opens with a determiner and
    names no role the speaker reader knows; it speaks unnamed."""
    lo = ce + len(masked[ce:se]) - len(masked[ce:se].lstrip())
    stop = _NP_AFTER_END.search(masked, lo, se, timeout=_tmo(lo, se))
    seg = masked[lo : stop.start() if stop else se]
    words = seg.split()
    if not words or words[0].casefold() not in lex.determiners:
        return None
    if stop is not None and stop.group().strip() == "that":
        return None  # "said one vendor at a stall that sells ...": where the phrase ends is unclear
    np_ = _plain_np(masked, lo, seg, words, lex)
    if np_ is not None and stop is not None and stop.group() == ",":
        named = subject_after(masked, stop.end(), se, lex)  # "said his best friend, Dale Furrow, who"
        if named is not None and named.kind == "name":
            return attrs.evolve(named, role=named.role or seg.strip())
        if (
            _vague_subject(seg)
            and (appos := _APPOSED_INDEFINITE_END.match(masked, stop.start(), se))
            and (described := _described_role(masked, appos, 0, lex)) is not None
        ):
            return described  # "said one of the sources, a senior diplomat.": the description's role
    return np_


# An indefinite description closing the sentence after an unnamed speaker: ", a senior diplomat."
_APPOSED_INDEFINITE_END = regex.compile(
    r",\s*+(?P<np>(?:a|an)\s++[^,;:\ue000.!?]{2,60}?)\s*+(?:[,.!?]|$)", regex.V1
)


def _plain_np(
    masked: str, lo: int, seg: str, words: list[str], lex: QuoteLexicon, *, lower: bool = False
) -> Mention | None:
    """``masked[lo:]`` opens with ``words``, a noun phrase of a subject, or ``None`` when they read as a
    clause ("Voters used pens to"): no verb, pronoun or subordinator, no -ed word but a participle.
    It opens with a capital, a number or a determiner, or (``lower``) any word."""
    if len(words) > _LOOSE_NP_WORDS:
        return None
    if not lower and _NP_FIRST.match(words[0]) is None and words[0].casefold() not in lex.determiners:
        return None
    folded = [w.strip(".,'’").casefold() for w in words]
    dated = [
        ((w not in _WEEKDAYS and w not in ("after", "before")) or not p.endswith("ed"))
        and not (w == "to" and p in _TO_ADJECTIVES)
        for p, w in zip(["", *folded], folded, strict=False)
    ]  # ("A poll released Friday", "a statement issued after the signing": the participle's adjunct; "a
    # source close to the talks": the adjective's complement)
    if (
        any(
            w in _NOT_IN_NP and free and not (k == 0 and w in lex.determiners)  # "That person said"
            for k, (w, free) in enumerate(zip(folded, dated, strict=True))
        )
        or adverb(folded[-1])
        or folded[-1] in lex.determiners
    ):
        return None  # (a weekday after a participle dates the subject: "A poll released Friday")
    if any(w.endswith(("n’t", "n't")) for w in folded):
        return None  # "the agency doesn’t track ... and has maintained": a verb, so a clause
    following = [*folded[1:], ""]
    triples = zip(folded[:-1], folded[1:], following[1:], strict=True)
    if any(
        w.endswith("ed") and "-" not in w and nxt not in _AFTER_PARTICIPLE and prev not in lex.determiners
        for prev, w, nxt in triples
    ):
        return None  # "Voters used pens to": a verb; "People briefed on the talks": a participle (a
        # compound adjective stays: "The self-described socialist said", and one after a determiner: "some
        # undecided voters")
    end = lo + seg.find(words[-1]) + len(words[-1])
    if (tail := _TIME_TAIL.search(masked, lo, end)) is not None and tail.start() > lo:
        end = tail.start()  # "an arbitration panel in 2009 found": the panel (not "A poll released Friday")
    head = _np_head(folded)
    if head in _COUNT_OPENERS and len(folded) > 2 and folded[1] == "of":
        # "one of the diplomats", "two of the sources": the group counted from is the head, as before the
        # verb ("One of the diplomats said")
        head = _np_head(folded[2:] if folded[2] not in lex.determiners else folded[3:] or folded[2:])
        words, folded = words[2:], folded[2:]
    epithets = compiled(lex).epithets
    role = None
    if head in lex.roles or any(" ".join(folded[-n:]) in epithets for n in (1, 2, 3)):
        # "the head of state", "the Iranian official": a role the resolver may tie to a person named before
        role = (
            " ".join(
                w
                for n, (w, f) in enumerate(zip(words, folded, strict=True))
                if f not in lex.determiners or (n > 0 and folded[n - 1] in _ROLE_PREPOSITIONS)
            )
            or None
        )  # ("diplomat familiar with the talks": an article after a preposition stays)
    return Mention(lo, end, "role", role=role, head=head)


# Adjectives whose complement opens with "to" inside a subject: "a source close to the talks", "sources
# privy to the negotiations", "officials sympathetic to the plan".
_TO_ADJECTIVES = frozenset(
    ["close", "closer", "loyal", "linked", "tied", "allied", "privy", "sympathetic", "opposed", "connected"]
)


# A time alone closing the sentence after a cue: " on Tuesday.", " last week.", " late Monday."
_TIME_ONLY = regex.compile(
    r"""\s++(?:here\s++)?+  # "said here on Wednesday.": the dateline's city, then the day
        (?:(?:on|late|early|last|this|earlier|later|shortly|after|that
            |the\s++(?:following|next|same|previous))\s++){0,2}  # "said the following morning."
        (?:\L<days>|day|week|month|year|today|yesterday|morning|night|evening|afternoon|midnight|overnight)
        (?:\s++(?:morning|afternoon|evening|night))?\s*+[.!?]?[\"”’]?\s*+$""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# A time phrase alone after a verb whose object is the content, up to the sentence's end: the object went
# before it ("a position that Ruiz advocated over the weekend.").
_TIME_OBJECT = regex.compile(
    r"""\s*+(?:(?:over|on|at|during|last|this|earlier|late|early|the)\s++){0,3}
        (?:\L<days>|week|weekend|month|year|today|yesterday|morning|night|evening|afternoon)
        (?:\s++(?:morning|afternoon|evening|night))?\s*+[.!?]?[\"”’]?\s*+$""",
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# A year or a recent time closing a subject after its noun: "in 2009", "last year" (not after a participle).
_TIME_TAIL = regex.compile(
    r"(?<=\p{Ll}(?<!ed))\s++(?:in\s++\p{N}{4}|(?:last|this)\s++(?:year|month|week))$", regex.V1
)


def _np_head(words: list[str]) -> str:
    """The head of a noun phrase's ``words``: the last one before its preposition or modifier ("People
    familiar with the plan" -> "People") or its participle ("A poll released Friday" -> "poll"), else its last
    word."""
    nexts = [*words[1:], ""]
    after = [*words[2:], "", ""][: len(words)]
    for k, (w, nxt, then) in enumerate(zip(words, nexts, after, strict=True)):
        dated = k > 0 and nxt.endswith("ed") and then != "" and then.casefold() in _AFTER_PARTICIPLE
        # "A lawyer representing the family", "An engineer working at the plant": a participle's object
        acting = k > 0 and nxt.endswith("ing") and then in _AFTER_ACTING
        if nxt in _AFTER_HEAD or dated or acting:
            return w
    return words[-1]


def _skip_be(masked: str, ss: int, cs: int) -> int:
    """Position before a passive auxiliary ("X was quoted as saying")."""
    bm = _BE_END.search(masked, ss, cs, timeout=_tmo(ss, cs))
    return bm.start() if bm else cs


def _comma_or(masked: str, a: int, b: int) -> int:
    """The first comma of ``masked[a:b]``, or ``b``: "said, as quoted by TASS" ends its clause at "said"."""
    at = masked.find(",", a, b)
    return b if at < 0 else at


# Verbs of denying or admitting whose object may be a noun phrase of two words ("denied any wrongdoing").
_DENIAL_LEMMAS = frozenset(["deny", "acknowledge", "admit", "dispute"])
_OBJECT_DETERMINERS = frozenset(["the", "any", "all", "these", "those", "such", "his", "her", "its", "their"])
_INVERTED_TAIL = 4  # words from a trailing cue to its clause's end: "said on Tuesday", "told reporters"


# What stands before a cue word used as a noun ("the senator's claim that", "a viral claim that"), and a
# verdict closing the sentence it is the subject of ("... is false", "... needs context"), as fact-checks
# print them (written by us).
_NOUN_BEFORE_CUE = regex.compile(
    r"(?:['’]s|\b(?i:the|a|an|his|her|their|its|viral|false|misleading))\s++$", regex.V1
)
_VERDICT_END = regex.compile(
    r"""\s++(?:(?:is|are|was|were)\s++(?:(?:also|simply|largely|mostly|partly|still)\s++)?
        (?:false|wrong|misleading|untrue|baseless|inaccurate|incorrect|unfounded|exaggerated|fabricated|fake
          |not\s++true|out\s++of\s++context)
      |(?:needs|lacks)\s++(?:context|evidence))[\s.!]*+$""",
    regex.VERBOSE | regex.V1,
)


# A manner closing the sentence after the cue: ", without providing evidence.", " without elaborating."
_WITHOUT_TAIL = regex.compile(
    r"[\s,]*+without\s++\p{Ll}++(?<=ing)(?:\s++(?!(?:"
    + _AUXILIARIES
    + r"|did|does)\b)[\p{L}\p{N}'’-]++){0,6}+"
    r"[.!?]?\s*+$",
    regex.V1,
)  # (not "said without raising taxes the budget would fail": a clause with its own verb)


# The writer's gloss before a translation of the words just quoted: "which translates as “...”", "meaning
# “...”", "(roughly) translated as “...”".
_GLOSS_OPENING = regex.compile(
    r"""(?:(?:which|that)\s++(?:roughly\s++|loosely\s++)?(?:translates|means)(?:\s++(?:to|as))?
        |(?:roughly\s++|loosely\s++)?(?:translated|meaning)(?:\s++as)?)\s*+(?=\ue000)""",
    regex.VERBOSE | regex.V1,
)


# "this" as the whole object of a cue, then a circumstance or the sentence's end: "disclosed this to
# journalists", "stated this on Monday while ...".
_THIS_OBJECT = regex.compile(
    r"\s*+this(?=\s*+(?:[.,;]|$)|\s++(?:to|on|in|at|while|during|when|after|before|yesterday|today|through"
    r"|via|as|shortly|late|early)\b)",
    regex.V1,
)
# A relative pronoun between a speaker and a cue: ", who ", " who ".
_WHO_GAP = regex.compile(r"\s*+,?\s*+who\s++(?:\p{Ll}++\s++)?", regex.V1)


def _forward(
    masked: str,
    ss: int,
    se: int,
    cue: tuple[int, int, str],
    pos: int,
    mention: Mention | None,
    addressee: tuple[int, int] | None,
    nxt: int,
    pi: int,
    lex: QuoteLexicon,
    *,
    inverted: bool = False,
    after: bool = False,
) -> _Attr | None:
    """Read the clause after the cue (or, when there is none, the clause before the speaker).

    ``after``: the sentence already has an attribution, so a trailing "..., ONA reports." is a credit.
    """
    adj = _ADJUNCT.match(masked, pos, se)
    if adj and _THAT_SUBJECT_AT.match(masked, adj.end(), se) is None:
        pos = adj.end()  # (not ", in a case that has angered many": the relative's "that", no clause said)
    if MASK not in masked[ss : cue[0]] and _THIS_OBJECT.match(masked, pos, se) is not None:
        return None  # "The commissioner disclosed this to journalists": what was said before, not again
    if (named := _APPOSED_NAME_THAT.match(masked, pos, se)) is not None:
        pos = named.end()  # "said in a statement signed by its spokesman, Ade Bello, that": his name
    elif (aired := _MEDIUM_RELATIVE.match(masked, pos, se)) is not None and (
        addressee is not None or aired.group("by") is not None
    ):
        pos = aired.end()  # "said in an interview with ANI that aired on Sunday.": the interview's, no clause
    elif (aside := _ASIDE_BEFORE_THAT.match(masked, pos, se)) is not None:
        pos = aside.end()  # "cautioned, as did the ministry itself, that ...": the clause after the aside
    adv = (
        _ADVERB_THAT.match(masked, pos, se)
        or _ADVERB_QUOTE.match(masked, pos, se)
        or (_ADVERB_COMMA.match(masked, pos, se) if not inverted else None)
    )
    if (manner := _MANNER_BEFORE_COLON.match(masked, adv.end() if adv else pos, se)) is not None:
        adv = manner  # "replied calmly, with a smile: “...”": the manner, then the quotation
    if adv:
        pos = adv.end()  # "argued insistently that", "said explicitly that", "told Reuters simply, “...”"
    elif (when := _TIME_ADJUNCT.match(masked, pos, se)) is not None:
        pos = when.end()  # "said on Monday no deal had been reached"
    elif (medium := _MEDIUM_THEN_CLAUSE.match(masked, pos, se)) is not None:
        pos = medium.end()  # "said in a statement it would appeal": the medium, then the clause
        if addressee is None:
            addressee = medium.span("a")
        if (when := _TIME_ADJUNCT.match(masked, pos, se)) is not None:
            pos = when.end()  # "said in a statement late on Friday it had withdrawn the offer"
    elif (event := _EVENT_THEN_CLAUSE.match(masked, pos, se)) is not None:
        pos = event.end()  # "said after the vote she would not sign it"
    if (cleft := _CLEFT_THAT.match(masked, pos, se)) is not None and _WHAT_BEFORE.search(masked, ss, cue[0]):
        pos = cleft.end()  # "What I can tell you is that ...": the clause after the cleft's "that"
    th = _THAT.match(masked, pos, se)
    start = th.end() if th else pos
    if _EMPTY_OBJECT.match(masked, start, se) is not None:
        return None  # "the people who say so ...", "then he said something more interesting.": no words given
    if masked[start : start + 4].lstrip()[:1] in _DASHES and (
        aside := _OPENING_ASIDE.match(masked, start, se)
    ):
        # "argues that – as a farmer – the levy helps", "said – on Friday – that ...": the clause after the
        # aside
        after_aside = _THAT.match(masked, aside.end(), se)
        if after_aside is not None and after_aside.group("that"):
            th, start = after_aside, after_aside.end()
        else:
            start = aside.end()
    if (
        pi == 0
        and start == nxt
        and masked[:start].rstrip().endswith(",")
        and not masked[ss:se].rstrip().endswith((".", "!", "?"))
    ):
        return None  # "China warns Manila over reef, says ...": the clause is the next verb's (a headline)
    end = _content_end(masked, start, nxt, se)
    # "While Ruiz admitted that it was hard, his party argued ...": the subordinate clause's comma ends it;
    # so does the relative clause's in "Holt, who said the senator lied, recounted ..."
    if (closed := _relative_clause_end(masked, ss, cue[0], start, end)) is not None:
        end = closed
    elif (
        main_at := _relative_main_verb(
            masked, cue[0], start, end, nxt, clause=not _WORD_TO.match(masked, start)
        )
    ) is not None:
        end = main_at  # "Voters who said they had doubts were ...": the main verb is the writer's
    a, b = (
        _subordinate_end(masked, start, end)
        if _in_subordinate(masked, ss, cue[0])
        else _trim(masked, start, end)
    )
    attr = _Attr(cue, mention, addressee, para=pi)
    words = _WORD.findall(masked, a, b)
    first = words[0].casefold() if words else ""
    if inverted and not (th and th.group("that")):
        words = []  # "..., said Tomas Ruiz, a senior negotiator.": what follows is an apposition
    that = bool(th and th.group("that"))
    if (
        that
        and _NOUN_BEFORE_CUE.search(masked, max(ss, cue[0] - 30), cue[0]) is not None
        and (verdict := _VERDICT_END.search(masked, a, b)) is not None
    ):
        b = verdict.start()  # "Senator's claim that crime tripled is false": the claim, not the verdict on it
    if (
        that
        and th is not None
        and _PRONOUN_OBJECT.match(masked, th.start("that"), b) is not None
        and _QUANTIFIED_SUBJECT.match(masked, th.start("that"), b) is None
        and len(_WORD.findall(masked, a, b)) <= _MAX_PRONOUN_TAIL
        and _FINITE.search(masked, a, b) is None
        and MASK not in masked[a:b]
        and _WORD.search(masked, b, se) is None
    ):
        return None  # "hinted at that during a radio call": "that" is the object, no clause follows
    if first == "to" and addressee is not None and not that and _TO_VERB.match(masked, a):
        # "asked the hall to greet the mayor": the hearer is the subject of what was asked
        a = addressee[0]
        words = _WORD.findall(masked, a, b)
        first = words[0].casefold()
    if (
        not that
        and first in ("of", "against")
        and cue[2] in ("warn", "caution")
        and (len(words) >= 4 or MASK in masked[a:b])  # 'warned of a “decisive response”'
    ):
        # "warned of a looming catastrophe", "cautioned against a rush": the warning's object, after its word
        a = masked.index(words[0], a) + len(words[0])
        a, b = _trim(masked, a, b)
        words = _WORD.findall(masked, a, b)
        first = words[0].casefold() if words else ""  # ('warned of “a decisive response”': a quotation only)
    asked_about = first == "about" and cue[2] == "ask" and addressee is not None  # "asked Trump about X"
    if asked_about and (topic_end := masked.find(",", a, b)) > 0:
        a, b = _trim(masked, a, topic_end)  # the topic is a noun phrase: "asked X about Y, Z said" ends at Y
        words = _WORD.findall(masked, a, b)
    quantity = (
        len(words) > 1
        and (
            (first == "at" and words[1].casefold() in ("least", "most"))  # "at least 20"
            or (first == "about" and (words[1][:1].isdigit() or words[1].casefold() in _ABOUT_COUNTS))
        )
    )  # "said about half of the rise was ...": a quantity, no topic
    if not that and (gloss := _GLOSS_OPENING.match(masked, a, b)) is not None:
        a = gloss.end()  # "“...,” she said, which translates as “...”": the translation, the same words
        words = _WORD.findall(masked, a, b)
    if not that and _SAYS_ABOUT.match(masked, a, b) is not None:
        return None  # "It says a lot about the mayor that ...": an idiom of judging, no report
    if (
        not that
        and "," in masked[cue[1] : a]
        and (
            _WRITER_COMMENT.match(masked, a, b) is not None
            or (
                not inverted
                and _WRITER_FRAME.match(masked, a) is not None
                and MASK not in masked[a:b]
                and not _FINITE.search(masked, a, b)
            )
        )
    ):
        # "..., three sources told Reuters, a move that would ...", "..., the report said, an increase of 92
        # kg since November": the writer's comment or frame; what was said comes before the speaker
        words = []
    bad = (
        not that
        and not quantity
        and (
            (first in _BAD_START and not asked_about)
            or (a > 0 and _TIME_ONLY.match(masked, a - 1, se) is not None)  # "said late on Saturday."
            or _WITHOUT_TAIL.match(masked, a, se) is not None  # "said, without providing evidence."
            or _PRONOUN_OBJECT.match(masked, a, b) is not None
            or _RE_MENTION.match(masked, a, b) is not None
            or (
                # "Russia will respond, Foreign Minister X said on Tuesday": the clause after the comma is
                # the next attribution's speaker and cue, nothing reported
                not inverted
                and a <= nxt < b
                and "," in masked[cue[1] : a]
                and len(_WORD.findall(masked, nxt, _comma_or(masked, nxt, b))) <= _INVERTED_TAIL
                and (sub := subject_before(masked, a, nxt, lex)) is not None
                and sub.start == a
            )
            or (
                not inverted
                and (
                    (first in _ADJUNCT_START and _TIME_POSSESSIVE.match(masked, a, b) is None)
                    or (first.endswith("ing") and "," in masked[pos:a])
                    or ("," in masked[cue[1] : a] and _TIME_AFTER.match(masked, a, b) is not None)
                    # "..., the Kremlin said, though Beijing has yet to confirm it": the writer's contrast
                    or ("," in masked[cue[1] : a] and first in ("though", "although", "whereas"))
                )  # "..., the military said, hours after the rocket fire": a circumstance
            )
        )
    )
    short_rest = len(words) == 2 and "," in masked[cue[1] : a] and _AUX_FIRST.match(masked, a) is not None
    short_clause = (  # "The mayor said crime rose.", "the minister said Tokyo disagreed"
        len(words) == 2
        and not inverted
        and "," not in masked[cue[1] : b]
        and (
            words[0].casefold() not in _SHORT_CLAUSE_NOT_FIRST or (that and words[0].casefold() in _SUBJECTS)
        )
        and (
            (words[1].endswith("ed") and words[1].casefold() not in _SHORT_CLAUSE_NOT_FIRST)
            or _IRREGULAR_PAST.fullmatch(words[1]) is not None
        )
    )
    short_answer = (  # "Osei said he did.", "Cardwell said she agreed.": an answer given in two words
        len(words) == 2
        and not inverted
        and "," not in masked[cue[1] : b]
        and words[0].casefold() in _SUBJECTS
        and (
            words[1].casefold() in _SHORT_ANSWER_VERBS
            or (words[1].endswith("ed") and words[1].casefold() not in _SHORT_CLAUSE_NOT_FIRST)
            or _IRREGULAR_PAST.fullmatch(words[1]) is not None
        )
        and mention is not None
        and _COMPARED_BEFORE.search(masked, max(ss, mention.start - 12), mention.start) is None
        and not _WORD.search(masked, b, se)
    )  # (not "as he said he would", "more than she said it would"; only at the sentence's end)
    short_object = (  # "denied any wrongdoing", "admitted the mistake"
        len(words) == 2
        and cue[2] in _DENIAL_LEMMAS
        and not inverted
        and words[0].casefold() in _OBJECT_DETERMINERS
        and words[1].islower()
        and "," not in masked[cue[1] : a]
        and masked[b : b + 1] in ("", ".", ",", ";")
    )
    yes_no = (  # "the candidate said no.", "75 percent said yes, but ...": the answer itself
        0 < len(words) <= 3
        and cue[2] == "say"
        and not inverted
        and all(w.casefold() in ("yes", "no") for w in words)
        and masked[b : b + 1] in ("", ".", ",", ";", "!")
    )
    if (
        (
            len(words) >= 3
            or short_rest  # "South Korea, the minister said, will respond"
            or short_clause
            or short_answer
            or short_object
            or yes_no
            or (MASK in masked[a:b] and not (inverted and not that and masked[a] != MASK))
        )
        and not (bad and masked[a] != MASK)
    ):  # (after an inverted speaker, a that-clause or a quotation: "Said Ellis: “...”", not ", adding that")
        if (
            cue[2] in _CLAUSE_ONLY_LEMMAS
            and not that
            and MASK not in masked[a:b]
            and not _FINITE.search(masked, a, b)
        ):
            return None  # "The bloc has since added Egypt", "knows the city well": a thing, no clause
        if not (that or MASK in masked[a:b]) and _cue_after_quote(masked, ss, cue, mention, lex):
            words = []  # "“We have come far,” she told cheering supporters in Dover": the hearers
        else:
            attr.content = (a, b)
            if not that and mention is not None and not inverted and "," in masked[cue[1] : a]:
                # "A, officials said, B": A is said too; a short A only as the subject of B's verb (and "“A,”
                # he said, “B”" has no lead: _lead keeps no quotation)
                lead = _lead(masked, ss, mention.start, short=_verb_first(masked, a, b))
                if lead is not None and masked[a] == MASK and len(_WORD.findall(masked, *lead)) > 2:
                    lead = (
                        None  # before a quotation only a subject of a word or two ("Readers, he said, “...”")
                    )
                if (
                    lead is not None
                    and mention.role
                    and _DETERMINER_START.sub("", masked[lead[0] : lead[1]]).casefold()
                    == mention.role.casefold()
                ):
                    lead = None  # "The coach, Dario Velko, said, “...”": his title, nothing said
                if (
                    lead is not None
                    and MASK not in masked[a:b]
                    and _WRITER_FRAME.match(masked, a) is not None
                    and not _FINITE.search(masked, a, b)
                    and len(_WORD.findall(masked, *lead)) >= _FRAMED_LEAD_WORDS
                ):
                    # "Stocks fell, the agency said on Wednesday, against expectations of a rise": the words
                    # after the speaker are the writer's frame, no part of the report
                    attr.content, lead = lead, None
                attr.lead = lead
            return attr
    # nothing after the cue: the content is before the speaker ("The deal is dead, Smith said.")
    if mention is not None and not inverted and _WHO_GAP.fullmatch(masked, mention.end, cue[0]) is not None:
        return None  # "The officer, Ade Bello, who confirmed the incident, said": the relative's verb
    lim = mention.start if (mention is not None and not inverted) else cue[0]
    head = masked[ss:lim].rstrip()
    if (
        mention is not None
        and mention.kind in ("name", "org", "role")
        and not inverted
        and head.endswith(" and")
    ):
        pair = _FIRST_CONJUNCT.search(head)
        item = _LIST_ITEM_END.search(head, 0, pair.start()) if pair is not None else None
        if item is not None and item.group().casefold().rstrip(".") in _DAY_OR_MONTH:
            item = None  # "... on Sunday, Saudi and US mediators said": a date ends the clause, no list
        if pair is not None and item is None:
            head = head[: pair.start() + 1]  # "The base is ready, Megahan and Harman said": two speakers
    if (low := _LOWER_MODIFIERS_END.search(head)) is not None:
        head = head[: low.start() + 1]  # "“...,” coastguard spokesman X said": a modifier of the title
    elif (
        mention is not None
        and mention.kind == "name"
        and not inverted
        and cue[2] in _LOOSE_LEMMAS
        and not head.endswith((",", MASK))
    ):
        head = _before_title_list(head, lex)  # "..., Russian political scientist, security expert X told"
    if (
        mention is not None
        and mention.kind in ("name", "org")
        and not inverted
        and head.endswith(",")
        and (title := _TITLE_BEFORE_NAME.search(head)) is not None
    ):
        head = head[
            : title.start() + 1
        ]  # "The tool was built fast, a spokeswoman, Anna White, said": her title
    if (
        mention is not None
        and mention.role
        and not inverted
        and _DETERMINER_START.sub("", head.rstrip(",").strip()).casefold() == mention.role.casefold()
    ):
        return attr  # "The envoy, Ana Ruiz, said in a statement.": the head is her title, no content (a
        # quotation after the cue is still hers: "As the chief executive, X, put it, “...”")
    if (
        mention is not None
        and mention.kind in ("name", "org")
        and not inverted
        and head.endswith(",")
        and (described := _DESCRIPTION_HEAD.fullmatch(head)) is not None
        and _FINITE.search(described.group()) is None
        and _IRREGULAR_PAST.search(described.group()) is None
    ):
        return attr  # "The Chinese group, Zhonghai Trading Group, did not respond": a description, no content
    if head.endswith((", as", MASK + " as")) and len(_WORD.findall(masked, cue[1], se)) <= _COMMENT_TAIL:
        head = head[:-3].rstrip()  # "The levy is dead, as Ruiz noted.": a comment clause credits the clause
    if MASK not in head and _ANNOUNCING_TAIL.fullmatch(masked, cue[1], se) is not None:
        attr.content = None  # "In a post on X, the minister, Ana Ruiz, wrote:": the next paragraph is hers
        return attr
    # a quotation closed by "?" or "!" is masked with a full stop: "“You winning?” she said" goes on
    if not head.endswith((",", MASK, "—", "–", MASK + ".", MASK + ":")):  # ('“...”: Iran says' heads a story)
        if masked[a:b].strip() == "" and masked[cue[1] : se].rstrip().endswith(":"):
            attr.content = None  # "The Times reports:" announces the next paragraph's quotation
            return attr
        return None
    head_end = ss + len(head)
    colon = masked.rfind(": ", ss, head_end) if after else -1
    if colon >= 0 and MASK not in masked[colon:head_end]:
        ss, after = colon + 1, False  # "X warned that A: B, she said": the earlier report ends at the colon
    a, b = _trim(masked, ss, head_end)
    if (semi := masked.rfind("; ", a, b)) >= 0 and (
        MASK in masked[semi:b] or len(_WORD.findall(masked, semi, b)) >= _MIN_CLAUSE_WORDS
    ):
        a = _trim(masked, semi + 1, b)[0]  # "X thanked them; “You have done much,” he said": the last clause
    if (adv := _CONNECTIVE.match(masked, a, b)) is not None:
        a = adv.end()  # "Separately, X held a call ..., sources said": the writer's link, not what was said
    elif (label := _LEADING_LABEL.match(masked, a, b)) is not None and (
        label.group(1).casefold() in _SECTION_LABELS
        or (attr.para == 0 and label.group(1)[:1].isupper() and len(label.group(1).split()) <= _TOPIC_WORDS)
    ):
        # "Exclusive: officials held secret talks, sources say": the section's label; in a headline, the
        # story's topic ("ICC: Militia leader ‘ordered attacks’, prosecutors say")
        a = label.end()
    elif (tag := _WIRE_TAG.match(masked, a, b)) is not None:
        a = tag.end()  # "UPDATE 2-Grain convoy attacked, officials say": the wire's version tag
    if _circumstance(masked, a, b):
        # "Speaking to state media, Wang said ...": a circumstance, not what was said; a quotation after the
        # cue ("..., Wang said of the plan, “...”") is still his
        return attr if _QUOTE_AFTER_ADJUNCT.match(masked, cue[1], se) else None
    tail = masked[cue[1] : se]
    lead_words = len(_WORD.findall(masked, a, b))
    if (
        (comma_word := _COMMA_WORD.match(tail))
        and len(_WORD.findall(tail)) >= 3
        and not (
            lead_words >= 3
            and (
                _CIRCUMSTANCE_TAIL.match(tail)
                # "..., the report said, an increase of 92 kg": the writer's frame, no verb of its own
                or (
                    _WRITER_FRAME.match(masked, cue[1] + comma_word.end() - 1) is not None
                    and not _FINITE.search(masked, cue[1], se)
                )
            )
        )
    ):
        if (
            and_ := _AND_AFTER_CUE.match(masked, cue[1], se)
            or _SUBJECT_AND_AFTER_CUE.match(masked, cue[1], se)
        ) is not None and lead_words >= 2:
            # "The Europeans are wrong, Grushko said, and will regret it", "The override was unlikely, he
            # said, but the vote would put them on record": the two parts around the cue
            attr.lead = (a, b)
            attr.content = _trim(masked, and_.end(), se)
            return attr
        if _OWN_SUBJECT_AFTER_CUE.match(masked, cue[1], se) is None:
            b = _trim(masked, a, se)[1]  # "He has a plan, he said, for how ...": the clause around the cue
    elif (
        not after
        and lead_words >= 3
        and MASK not in masked[a:b]
        and (and_ := _ADJUNCT_AND_AFTER_CUE.match(masked, cue[1], se)) is not None
        and len(_WORD.findall(masked, and_.end(), se)) >= 3
    ):
        # "Rents rose, the port board said in its yearly review, and wages fell": both parts around it
        attr.lead = (a, b)
        attr.content = _trim(masked, and_.end(), se)
        return attr
    if (
        inverted
        and not after
        and mention is not None
        and (rest := _COMMA_THEN_VERB.match(masked, mention.end, se)) is not None
        and _verb_first(masked, rest.end(), se)
        and len(_WORD.findall(masked, rest.end(), se)) >= 2
        and _lead(masked, a, cue[0], short=True) is not None
    ):
        # "The real problem, says Mr Okafor, is the currency": the clause the inverted attribution
        # interrupts, both its parts
        attr.lead = _trim(masked, a, cue[0])
        attr.content = _trim(masked, rest.end(), se)
        return attr
    if after or (len(_WORD.findall(masked, a, b)) < 2 and MASK not in masked[a:b]):
        return None
    attr.content = (a, b)
    return attr


# The comma closing an inverted speaker that interrupts a clause ("..., says Mr Okafor, is the currency").
_COMMA_THEN_VERB = regex.compile(r",\s++(?=\p{Ll}|\ue000)", regex.V1)


# What may follow a cue that announces the next paragraph's words: a platform, a medium or reporters, then a
# colon closing the paragraph ("wrote on X:", "told reporters:", "said in a statement:").
_ANNOUNCING_TAIL = regex.compile(
    r"(?:\s++(?:on|in)\s++[^,;.!?\ue000\n]{1,40}?|\s++(?:reporters|journalists))?\s*+:\s*+", regex.V1
)
# Heads of a body that speaks unnamed but as written ("the interior ministry", "the appeals court").
_UNNAMED_BODY_HEADS = frozenset(
    [
        *("ministry", "department", "embassy", "agency", "council", "commission", "committee", "court"),
        *("parliament", "government", "army", "police", "military", "navy", "office", "secretariat"),
    ]
)
_DETERMINER_START = regex.compile(r"^(?:the|a|an|its|his|her|their)\s++", regex.V1 | regex.IGNORECASE)


def _before_title_list(head: str, lex: QuoteLexicon) -> str:
    """``head`` up to the comma that opens a speaker's title made of a list ("Armenia has run out of options,
    Russian political scientist, security expert" before "Oleg Vasnetsov told"): the last comma, or the
    one before it, after which there are only a few words with a role among them and no verb."""
    at = len(head)
    for _ in range(2):
        at = head.rfind(",", 0, at)
        if at <= 0:
            return head
        tail = head[at + 1 :]
        words = [w.casefold() for w in _WORD.findall(tail)]
        if (
            len(words) <= _TITLE_LIST_WORDS
            and any(w in lex.roles for w in words)
            and not any(w in _NOT_IN_TITLE for w in words)
            and _FINITE.search(tail) is None
            and _IRREGULAR_PAST.search(tail) is None
            and MASK not in tail
        ):
            return head[: at + 1]
    return head


_TITLE_LIST_WORDS = 10
# Words of a phrase that is no title before a name: prepositions of circumstance, owners, relatives.
_NOT_IN_TITLE = frozenset(
    [
        *("with", "while", "when", "as", "his", "her", "their", "its", "our", "my"),
        *("close", "who", "which", "that"),
    ]
)
# A speaker's title set off by commas before the name: ", a spokeswoman," in "..., a spokeswoman, X, said".
_TITLE_BEFORE_NAME = regex.compile(
    r""",\s++(?:an?|the|its|his|her|their
              |\p{Lu}[\p{L}.-]*+(?:\s++\p{Lu}[\p{L}.-]*+)?+['’]s)  # ("..., Russia's deputy minister, X,")
        \s++(?:[\p{L}’'-]++\s++){0,5}?[\p{L}-]++,$""",
    regex.VERBOSE | regex.V1,
)
# A description opening the sentence and set off before a name: "The Chinese group," (no clause of its own).
_DESCRIPTION_HEAD = regex.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s++(?:[\p{L}’'-]++\s++){0,4}?\p{Ll}[\p{L}-]*+,",
    regex.V1,
)
# The first of two coordinated names before a speaker: ", Megahan and" in "..., Megahan and Harman said".
# A capitalised word ending the text before a comma: a list's item ("China, Vietnam, Brunei and Taiwan").
_LIST_ITEM_END = regex.compile(r"\p{Lu}[\p{L}.'’-]*+$", regex.V1)
_FIRST_CONJUNCT = regex.compile(
    r"[,\ue000]\s*+(?P<first>(?:the\s++)?(?:\p{Lu}[\p{L}.'’-]*+\s++){1,4})and$", regex.V1
)
# Lower-case words between a closing quotation (or comma) and a speaker's title: "“...,” coastguard
# spokesman Zhang said", "“...,” army spokesman X said".
_LOWER_MODIFIERS_END = regex.compile(
    r"""\ue000,?+\s++(?!(?:but|and|or|as|so|then|also|while|when|which|who|that|if|because|though|yet|the|a|an)\b)
        (?:\p{Ll}[\p{Ll}-]*+\s++){0,1}\p{Ll}[\p{Ll}-]*+$""",
    regex.VERBOSE | regex.V1,
)
# A connective adverb opening a sentence: the writer's, no part of a reported clause.
_CONNECTIVE = regex.compile(
    r"(?:Separately|Meanwhile|Elsewhere|Additionally|Moreover|Furthermore|Also|Still|Earlier|Later)\s*+,\s*+",
    regex.V1,
)
# A finite verb right after a name: "warned Gaza faces ...", "warned Kyiv would ...".
_VERB_NEXT = regex.compile(
    rf"\s++(?:{_AUXILIARIES}|\p{{Ll}}++(?<=ed|es))\b",
    regex.V1,
)
# A clause of circumstance after an interrupting attribution: "Kyiv needs more air defence, its foreign
# minister said, as Russia stepped up its strikes" (the reported clause ended before the speaker).
# A span of time before "after" or "before": "hours", "shortly", "a year" (one alternation, both patterns).
_TIME_SPAN = (
    r"(?:\p{Ll}++\s++)?(?:hours|days|weeks|months|years|minutes|moments|shortly|soon|just"
    r"|(?:a|an|one)\s++(?:day|week|month|year|decade)"
)
_TIME_AFTER = regex.compile(
    _TIME_SPAN + r"|(?:a\s++)?(?:decade|year|month|week)s?)\s++(?:after|before)\b",
    regex.V1,
)  # ("..., the military said, hours after the rocket fire", "..., a year after they quit the bloc")
# The writer's frame opening the words after a closing speaker, without a verb of their own: "..., the agency
# said on Wednesday, against expectations of a build", "..., QatarEnergy said, the latest such deal".
_WRITER_FRAME = regex.compile(
    r"""(?:against|compared\s++(?:with|to)|versus|amid|despite|ahead\s++of
        |the\s++(?:latest|biggest|largest|highest|lowest|fastest|sharpest|steepest)
        |a\s++(?:move|sign|step|record|structure|figure|level|rise|drop|fall|decline|sharp|steep)
        |an\s++(?:increase|agreement|outcome))\b""",
    regex.VERBOSE | regex.V1,
)
_FRAMED_LEAD_WORDS = 4  # words of the report before its speaker that make a clause of their own
_CIRCUMSTANCE_TAIL = regex.compile(
    r"\s*+,\s*+(?:as|while|after|before|when|amid|despite|following|since|because|although|though|whereas"
    r"|" + _TIME_SPAN + r")\s++(?:after|before)"
    # the writer's frame: "..., the military said, in the latest of a run of tests", "in what", "marking"
    r"|in\s++(?:(?:the|its|their|his|her)\s++(?:latest|first|second|third|last)|what|a\s++(?:move|sign|step|bid|rare|fresh|further"
    r"|new|sharp|major))|marking"
    r"|without\s++\p{Ll}++(?<=ing)"  # "..., the ministry said, without providing evidence"
    # "..., the government said, with the missile landing in the sea": an absolute of the writer's
    r"|with\s++(?:[\p{L}\d’'-]++\s++){1,4}?\p{Ll}++(?<=ing)"
    r"|in\s++(?:a|an)\s++\p{Ll}++\s++(?:that|which))\b",  # "..., relatives say, in a case that has ..."
    regex.V1,
)
# A quotation after the cue and a short adjunct ("said of the plan, “...”", "said on Monday: “...”").
_QUOTE_AFTER_ADJUNCT = regex.compile(r"[^\ue000,:]{0,80}+[,:]\s*+\ue000", regex.V1)
_COMMENT_TAIL = 3  # words after a comment clause's verb ("as Ruiz noted in a memo")
# The last comma-separated part of a clause before its speaker that is an adjunct, not a clause: "At every
# stop, to cheering crowds, Ruiz said"; "On Friday, even as prices fell, the bank said".
_ADJUNCT_TAIL = regex.compile(
    r",\s++(?:to|at|in|on|for|with|from|by|as|even\s++as|while|after|before|during|amid|despite)\s"
    r"(?!\s*+(?:which|whom|whose)\b)"  # (", during which the sides ...": a relative clause of the content)
    # (not ", on Monday inaugurated ...": the subject's verb after a time, set off with its apposition)
    r"(?!(?-i:(?:the\s++)?(?:[\p{Lu}\d][\p{L}\d]*+\s++){1,2}\p{Ll}++(?<=ed)\s))"
    r"[^,\ue000]*+$",
    regex.V1 | regex.IGNORECASE,
)


_MIN_CLAUSE_WORDS = 3  # words after a semicolon that make a clause of their own ("; more so" makes none)


def _circumstance(masked: str, a: int, b: int) -> bool:
    """``masked[a:b]``, the clause before a speaker, is the circumstance of the statement ("Speaking to
    state media", "In December", "At every stop, to cheering crowds"), not what was said."""
    if _SUBORDINATE.match(masked, a, b) is not None and "," not in masked[a:b].rstrip(" ,"):
        return True  # "Although the levy passed in May, Ruiz said of it, “...”": a subordinate clause alone
    if _CIRCUMSTANCE.match(masked, a, b) is not None:
        return True
    tail = _ADJUNCT_TAIL.search(masked, a, b, timeout=_tmo(a, b))
    if tail is None:
        return False
    words = _WORD.findall(masked, tail.start(), b)
    main = _WORD.findall(masked, a, tail.start())
    # "Gunmen stormed a hotel, after an attack left 17 dead, officials said": a main clause and a clause of
    # time after it, no circumstance; so too a main clause and an absolute phrase ("A reshuffle is likely,
    # with three ministers set to go, sources said")
    return not (
        (
            (
                words[0].casefold() in _CLAUSE_CONJUNCTIONS
                and _finite_clause(masked, tail.start(), b, words[2:])
            )
            or words[0].casefold() == "with"
        )
        and len(main) >= _MAIN_CLAUSE_WORDS
        and _finite_clause(masked, a, tail.start(), main[1:])
        and _SUBORDINATE.match(masked, a, b) is None
        and _CONNECTIVE.match(masked, a, b) is None
    )


def _finite_clause(masked: str, a: int, b: int, words: list[str]) -> bool:
    """``masked[a:b]``, whose words after its first are ``words``, holds a finite verb: an auxiliary, an
    irregular past or a word in -ed."""
    return _FINITE.search(masked, a, b) is not None or any(
        _IRREGULAR_PAST.fullmatch(w) is not None or (w.endswith("ed") and w.islower()) for w in words
    )


# Conjunctions that open a clause of time after a main clause; words of that main clause at the least.
_CLAUSE_CONJUNCTIONS = frozenset(["after", "before", "while", "as"])
_MAIN_CLAUSE_WORDS = 4


def _lead(masked: str, ss: int, lim: int, *, short: bool = False) -> tuple[int, int] | None:
    """The first part of a reported clause the attribution interrupts ("Whatever the talks achieve, officials
    said, could be undone"): the clause before the speaker when it ends with a comma and is no circumstance
    ("In Ohio, voters said, ..." keeps nothing).

    ``short``: the part after the attribution opens with a finite verb, so one or two words before it are
    its subject ("Russia, he argued, had no interest ...", "The museum, Obama said, would ...")."""
    colon = masked.rfind(": ", ss, lim)
    if colon >= 0:
        ss = colon + 1  # "X warned that A: B, she said, C": B is the part before the speaker
    head = masked[ss:lim].rstrip()
    if not head.endswith(",") or head.endswith((" and,", " but,", " or,")) or _RELATIVE_END.search(head):
        # ("X, who works for RT and, Y said, has ...": a clause of the writer's before "and"; "X backed the
        # plan, which, she said, had saved lives" and "an accountant who, they said, would ...": the
        # writer's clause before the relative pronoun)
        return None
    a, b = _trim(masked, ss, ss + len(head))
    words = _WORD.findall(masked, a, b)
    if (
        not short
        and MASK not in masked[a:b]
        and (sub := _SUBORDINATE_LEAD.match(masked, a, b)) is not None
        and (
            sub.group("weak") is None
            or _FINITE.search(masked, sub.end(), b) is not None
            or any(_IRREGULAR_PAST.fullmatch(w) is not None for w in _WORD.findall(masked, sub.end(), b))
        )
    ):
        return a, b  # "If the levy rises, Ruiz said, farmers will suffer": the condition is said too
    if len(words) < (1 if short else 3) or MASK in masked[a:b] or _circumstance(masked, a, b):
        return None
    first = words[0].casefold()
    if first in _ADJUNCT_START or first in _LEAD_OPENERS or first.endswith(("ing", "ed")):
        return None  # "In his speech on Monday, X said, ...", "Asked about it, X said, ...": a circumstance
    if words[-1].casefold() == "ago" or first in ("nor", "or", "yet", "so"):
        return None  # "Six months ago, he said, ...", "Nor, he said, did he ...": no subject
    if len(words) < 3 and (
        _SHORT_LEAD.fullmatch(masked, a, b) is None
        or first.endswith("ly")
        or (first in _SHORT_LEAD_STOPS and not (len(words) == 2 and first in ("this", "that")))
    ):
        return None  # "Still, ...", "Clearly, ...", "Yesterday, ...": no subject ("This campaign, he
        # says, is" has one)
    return a, b


# A subordinate clause with its own subject opening the part of a reported clause before an interrupting
# attribution ("Though the vote went well, he said, the next will not"): not "When asked", "After talks".
_SUBORDINATE_LEAD = regex.compile(
    r"""(?:(?:and|but)\s++)?(?i:if|unless|because|although|though|whereas|even\s++(?:if|though)
        |(?P<weak>while|since|once|until|after|before|when))
        \s++(?!of\b|\p{Ll}++(?<=ing|ed)\b)\p{L}++\s++\p{L}++\s""",
    regex.VERBOSE | regex.V1,
)
# One or two words that can be the subject of the verb after an attribution: a name or a determiner and a
# noun ("Russia", "South Korea", "The museum", "His plan").
_SHORT_LEAD = regex.compile(
    r"""(?:\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+)?
        |(?i:the|this|that|these|those|his|her|its|their|our|such)\s++[\p{L}-]++
        |(?!To\s)\p{Lu}\p{Ll}++\s++(?!\p{Ll}++(?<=ed)\b)\p{Ll}[\p{Ll}-]*+)  # a noun and its modifier
        # opening the sentence ("Climate change"; not "To wit", nor an absolute "Eyebrows raised")""",
    regex.VERBOSE | regex.V1,
)
_SHORT_LEAD_STOPS = frozenset(
    [
        "yesterday", "today", "tonight", "tomorrow", "now", "then", "however", "indeed", "instead", "still",
        "also", "moreover", "meanwhile", "nevertheless", "overall", "again", "here", "there", "this", "that",
        *_WEEKDAYS, "he", "she", "it",
        "they", "we", "i", "you", "sources", "officials", "analysts", "experts", "observers", "diplomats",
    ]
)  # fmt: skip
# A finite verb opening the part of a clause after an interrupting attribution: ", he said, would ...".
# A relative pronoun ending the clause before a parenthetical cue ("an accountant who,"; not "All of which,",
# a sentence's link)
_RELATIVE_END = regex.compile(r"(?<=[\p{L},]\s)(?<!\bof\s)(?:who|whom|which|whose|where)\s*+,$", regex.V1)


def _verb_first(masked: str, a: int, b: int) -> bool:
    """The part after a parenthetical attribution opens with a finite verb ("would cut", "supports the
    plan", "“voted with ...”"): the one or two words before the attribution are its subject."""
    if _AUX_FIRST.match(masked, a, b) is not None:
        return True
    if masked[a : a + 1] == MASK:  # "Readers, he said, “voted with their wallets.”"
        return True
    return _LEXICAL_VERB_FIRST.match(masked, a, b) is not None


# A finite lexical verb opening a clause: a third-person or past form before its object's determiner
# ("supports the plan", "backed a ban"), or any -ed/-s form before a preposition ("voted for it").
_LEXICAL_VERB_FIRST = regex.compile(
    r"\p{Ll}++(?<=s|ed)(?<!ss|ous|is|as|us)\s++(?:the|a|an|his|her|its|their|this|that|these|those|every|no|more|less"
    r"|for|against|with|to|on|in|at)\b",
    regex.V1,
)
_AUX_FIRST = regex.compile(
    rf"(?:{_AUXILIARIES}|does|did|do|remains|remained)\b",
    regex.V1,
)


# Words opening a circumstance before an interrupted clause's speaker ("When asked, ...", "Still, ...").
_LEAD_OPENERS = frozenset(
    [
        "on", "as", "when", "with", "without", "asked", "just", "so", "if", "because", "although", "though",
        "since", "until", "for", "from", "by", "despite", "like", "unlike", "meanwhile", "still", "however",
        "instead", "now", "yet", "look", "of", "particularly", "especially", "regarding", "about", "as for",
    ]
)  # fmt: skip


def _reports_speech(masked: str, at: _Attr) -> bool:
    """An earlier attribution of the sentence that reports words ("said", a quotation): a trailing cue after
    it is a credit of that report ("“...,” Ruiz said, ONA reported"), not a speaker of the clause before.
    A cue that governs nothing reports nothing ("Russia will respond to any expansion, Lavrov said")."""
    if at.silent:
        return False
    if at.cue is not None and _after_modal(masked, at.cue[0]):
        return False  # "The army would respond “with force”, the minister said": a deed foreseen, his words
    if at.cue is not None and at.cue[2] in _LOOSE_LEMMAS:
        return True
    return at.content is not None and MASK in masked[at.content[0] : at.content[1]]


# A sentence opened by a subordinate clause: the reported clause inside it ends at its comma.
_SUBORDINATE = regex.compile(
    r"(?:While|Although|Though|Whereas|Because|Since|Even\s++though|Even\s++as)\s", regex.V1
)
_FIRST_COMMA = regex.compile(r",\s++(?=\p{L})|(?<!\p{N}),\s++(?=\p{N})", regex.V1)  # (not "March 3, 2019,")
# A subordinate clause holding the cue, opened after the sentence's start or a coordinator ("But if Ruiz
# implied that ..., he", "..., and while he said ..., it", "Years after Ruiz claimed that ..., Oz won").
_CLAUSE_HEAD = regex.compile(
    r"""(?:(?:but|and|yet|so)\s++)?
        (?:while|although|though|whereas|because|since|even\s++(?:though|as|if)|if|unless|once|when
          |(?:(?:years|months|weeks|days|hours|minutes|moments|shortly|soon|long|just)\s++)?(?:after|before))\s
        [^,;:\ue000]*+$""",
    regex.VERBOSE | regex.V1 | regex.IGNORECASE,
)


def _in_relative(masked: str, ss: int, at: _Attr) -> bool:
    """``at``'s cue opens a relative clause set off by commas (", who asked ..."): its report belongs to the
    aside, not to the sentence."""
    return at.cue is not None and _RELATIVE_CUE.search(masked, max(ss, at.cue[0] - 40), at.cue[0]) is not None


# A relative pronoun right before a cue, maybe with an auxiliary or adverb: ", who said", "who has long said".
_RELATIVE_CUE = regex.compile(r",\s++(?:who|which)\s++(?:\p{Ll}++\s++){0,2}?$", regex.V1)
# A relative pronoun set off after a noun, then the cue's subject ("The deal, which diplomats said"): the
# pronoun is the subject of what was said, which opens with its verb (_GAP_OPENING).
_GAPPED_RELATIVE_CUE = regex.compile(
    r",\s++(?:which|that)\s++(?:the\s++|some\s++|many\s++)?(?:[\p{L}][\p{L}'’.-]*+\s++){1,3}?"
    r"(?:(?:have|has|had)\s++)?$",
    regex.V1,
)
_GAP_OPENING = regex.compile(
    r"\s*+(?:would|will|could|can|should|may|might|must|is|was|are|were|has|had|have|posed|poses|remains)\b",
    regex.V1,
)
# The main clause's verb after a relative clause closes: ", recounted the incident", ", declines to", ", did
# not comment", ", left early" (not an auxiliary: "the two men, and X in particular, must do more").
_MAIN_VERB_AFTER = regex.compile(
    r",\s++(?:(?!\p{Ll}++ly\b)\p{Ll}++(?<=ed|[^s]s)"
    r"|did|does|left|met|went|came|made|took|gave|won|lost|held|kept|ran|fled|spent|saw|became|got)\s",
    regex.V1,
)


def _relative_clause_end(masked: str, lo: int, cs: int, start: int, end: int) -> int | None:
    """Where the content ``masked[start:end]`` of a cue at ``cs`` in a relative clause set off on the
    subject ends: at the comma before the main clause's verb ("Holt, who said the senator lied, recounted
    ..."); ``None`` when the cue opens no such clause (``lo``: how far back the relative pronoun is read)."""
    if (
        _GAPPED_RELATIVE_CUE.search(masked, max(lo, cs - 60), cs) is not None
        and _GAP_OPENING.match(masked, start, end) is not None
        and (comma := masked.find(",", start, end)) > start
    ):
        return comma  # "The deal, which diplomats said could be signed soon, would ...": what they said of it
    if _RELATIVE_CUE.search(masked, max(lo, cs - 24), cs) is None:
        return None
    main = _MAIN_VERB_AFTER.search(masked, start, end, timeout=_tmo(start, end))
    return main.start() if main is not None else None


def _subordinate_end(masked: str, a: int, b: int) -> tuple[int, int]:
    """The reported clause ``masked[a:b]`` cut at its first comma: the subordinate clause ends there."""
    comma = _FIRST_COMMA.search(masked, a, b, timeout=_tmo(a, b))
    return _trim(masked, a, comma.start() if comma else b)


def _in_subordinate(masked: str, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` stands in a sentence opened by a subordinate clause ("While Ruiz admitted
    that A, his party argued B" and "Although A, Ruiz said B, as ...": the first comma ends the clause), or
    in a subordinate clause opening a coordinated clause, with no comma between its opening word and the
    cue."""
    if _SUBORDINATE.match(masked, ss, cs):
        return True
    clause = max(
        ss, masked.rfind(", and ", ss, cs), masked.rfind(", but ", ss, cs), masked.rfind("; ", ss, cs)
    )
    if clause > ss:
        clause = masked.index(" ", clause) + 1  # (the coordinator itself is read by the pattern)
    if _CLAUSE_HEAD.match(masked, clause, cs) is not None:
        return True
    # "Last month, when I asked Reyland if he would run, he ...": the clause after an opening adverbial
    lead = masked.find(", ", ss, cs)
    return (
        lead >= 0 and lead + 2 < cs and lead > clause and _CLAUSE_HEAD.match(masked, lead + 2, cs) is not None
    )


def _cue_after_quote(
    masked: str, ss: int, cue: tuple[int, int, str], mention: Mention | None, lex: QuoteLexicon
) -> bool:
    """``“...,” SPEAKER told/said ...``: a cue after a quotation it closes, so what follows the verb is the
    hearer and the circumstances ("she said several months later"), not what was said."""
    if mention is None or mention.start < ss or "," in masked[mention.end : cue[0]]:
        return False  # ", adding ...": the participle speaks for a speaker named before, not after a quote
    head = masked[ss : mention.start].rstrip()
    if not head.endswith((MASK, MASK + ",", MASK + ".")):
        return False
    if masked.startswith(_ASKED_OPENERS, ss) and _QUESTION_PUT.match(masked, ss) is not None:
        return False  # 'Asked whether the plan was still “settled”, the spokesman said ...': the question's
    # not a quoted title that a preposition, an article or a naming participle governs, closing a leading
    # phrase ("With help from “Open the Door”, the mayor said the bridge would reopen": what follows the verb
    # is said)
    return _GOVERNED_QUOTE.search(head) is None


# A quotation right after a preposition or an article ("from “...”", "the “...”"), up to the end of a head.
_GOVERNED_QUOTE = regex.compile(
    r"(?i)\b(?:from|of|in|on|at|by|with|for|about|to|into|the|a|an|its|their|his|her"
    r"|titled|entitled|headlined|dubbed|called|named)\s++"  # "In a piece titled “...”, KCNA said ..."
    # a network's possessive between: "on CNN's “...”"
    r"(?-i:(?:\p{Lu}[\p{L}\p{N}.&-]*+\s++)?+\p{Lu}[\p{L}\p{N}.&-]*+(?:['’]s|(?<=s)['’])\s++)?+"
    r"\ue000++[,.]?$",
    regex.V1,
)


# A coordinated verb phrase going on after an object's quoted fragment ("urged them to “act now” and consider
# sanctions"): the object runs on to its clause end.
_AND_VERB = regex.compile(r"\s++and\s++\p{Ll}++(?<!the|a|an|his|her|its|their)\s", regex.V1)
_TO_VERB = regex.compile(r"to\s++(?:\p{Ll}|\ue000)", regex.V1)  # ("told them to “act now”")
# Words that cannot open a verb's object: a particle of a phrasal verb ("showed up"), a conjunction.
_NO_OBJECT_START = frozenset(["up", "off", "out", "down", "back", "away", "and", "but", "or", "nor", "so"])
_DASH_BEFORE = re.compile(r"--|[—–]")  # linear: literals
# Where an object that is a noun phrase ends: a subordinate clause, the circumstance of the statement, a
# comma ("called for more rail funding in a statement on Friday", "condemned the launch as X fired").
_OBJECT_END = regex.compile(
    r"""
    \s(?:(?<!\b(?:such|well|much|many|long|soon)\s)as(?!\s++(?:well|much|many|long|soon)\s++as\b|\s++possible\b)
       # ("declined to say when the talks would resume": the question is what was not said)
       |(?<!\b(?:say|disclose|reveal|specify|explain|confirm|predict|know|discuss|estimate)\s)when
       |while|after|before|during|since|though|although|whereas
       |unless)\s      # (not "as well as", "as possible"; "because" and "until" go on: "opposed the
                       # levy because it hit small yards", "urged them to wait until the audit": the
                       # speaker's reason or term)
  | \s\((?=[^()\n]{0,80}?\s(?:has|have|had|is|was|are|were|said|says)\s)    # "(Obama has proposed ...)"
  | \s(?:and|but)\s++(?:also\s++)?(?:has|have|had)\s++(?:also\s++|since\s++|\p{Ll}++(?<=ly)\s++)?\p{Ll}++\b
                                                            # "urged X and has since pledged to": his deed
  | \s(?:in|on)\s++(?:a|an|the|his|her|their|its)\s++(?:[\p{L}’'-]++\s++){0,2}?
    (?:statement|interview|speech|letter|post|tweet|video|debate|page|op-ed|remarks|ruling)\b
  | \s(?:on|under)\s++(?:the\s++)?condition\s++(?:of|that)\b                  # "on condition of anonymity"
  | (?<!held|signed|announced|released|published|launched|passed|adopted|approved|issued|reached|struck
      |unveiled|introduced|made|set|given|taken)  # ("the vote held last week": when it was held)
    \s(?:on|last|this)\s++(?:\L<days>|week)\b(?!['’]s)    # ("the results of last week's election")
    (?!(?:\s++(?:night|morning|afternoon|evening))?+\s++to\s++\p{Ll})  # "urged X on Tuesday to ...": goes on
  | ,\s
    """,
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)
# After an object, an "as" that does not judge it: a clause ("as he left", "as the talks stalled", "as Ruiz
# put it", "as did the ministry") or an adverbial of its own ("as expected", "as a result", "as part of", "as
# early as"). Any other "as" judges the object, and the object goes on ("slammed the rota as a danger to
# crane drivers", "defended her record as mayor", "dismissed the report as flawed").
_AS_NO_JUDGEMENT = regex.compile(
    r"""
    (?:he|she|it|they|we|I|you|there|if|though|of|for|to|per|yet|in|with|and|or|such|usual|always|ever|part
      |expected|planned|scheduled|promised|reported|noted|required|needed|necessary|possible|agreed|announced
      |mentioned|stated|outlined|intended|anticipated|predicted|forecast|recently|previously|early|late|far
      |little|few|well|long|soon|much|many|quickly|often|opposed|defined|described|seen|known|measured
      |\p{Ll}++\s++as                                          # a comparison: "as good as", "as early as"
      |(?:a|an)\s++(?:result|consequence|whole|rule|matter|precaution)
      |do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b
  | (?:(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|both|each|every
       |no)\s++)?
    (?:(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|who|which|whose|whom|where|when|to|of|for|in
            |on|at|by|with|from|and|or|but|than|about|over|under|into|most|more|less|least|very|so|too|almost
            |quite|rather|somewhat|also|even|still|not|never)\b)
       (?!\p{Ll}++(?<=ly)\b)[\p{L}\p{N}][\p{L}\p{N}'’.-]*+\s++){1,3}?
    (?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|do|does|did
      |\p{Ll}++(?<=ed)|(?&irregular))\b                  # a subject and its verb: "as the talks stalled"
    (?(DEFINE)(?P<irregular>(?:went|came|took|gave|made|got|held|left|lost|won|told|said|thought|knew|saw|found
      |felt|became|began|brought|drew|fell|fought|grew|kept|led|met|put|ran|rose|sent|set|spoke|stood|struck|wrote
      |broke)))
    """,
    regex.VERBOSE | regex.V1,
)
# A deed coordinated after a judging "as" ("slammed the shift as a U-turn and accused Ruiz of ...", "and
# offered to ..."), or a dash before another clause ("as a choice - but ..."): the object ends there.
_AND_DEED = regex.compile(
    r"""\sand\s++(?:then\s++)?(?:\p{Ll}++(?<=ed)|said|told|took|gave|made|went|met)
        \s++(?:the|a|an|his|her|its|their|him|them|it|to|that|\p{Lu})
      | \s--?\s""",
    regex.VERBOSE | regex.V1,
)
# Where the examples after ", including" end: a clause after a comma (a relative, a conjunction, a pronoun
# subject, a participle), a semicolon, a colon, a dash or a parenthesis.
_LIST_END = regex.compile(
    r"""
    ,\s++(?:and\s++)?(?=(?:which|who|whom|whose|where|when|while|but|though|although|according|after|before
                        |because|since|as|so|yet|he|she|they|it|we|I|said|says|\p{Ll}++(?<=ing)(?<!including))\b)
  | [;:(] | \s[—–-]{1,2}\s
    """,
    regex.VERBOSE | regex.V1,
)


def _deed_after(masked: str, a: int, b: int) -> regex.Match[str] | None:
    """The first deed of the speaker's or dash (_AND_DEED) between ``a`` and ``b``, after a judging "as"; a
    verb coordinated inside a relative clause is the relative's ("as a novice who read out notes and lacked
    the experience")."""
    for deed in _AND_DEED.finditer(masked, a, b, timeout=_tmo(a, b)):
        if (
            deed.group().lstrip().startswith("-")
            or _RELATIVE_IN_OBJECT.search(masked, a, deed.start()) is None
        ):
            return deed
    return None


# The rest of a list after an object's first item: items set off by commas, then "and" or "or" and the
# last item, up to the next mark ("his tactics, his judgment and his temper"); no item opens a clause.
_LIST_REST = regex.compile(
    r"""
    (?:,\s++(?!(?&opener))[^,;:\ue000—–()]{1,60}?){1,6}?,?\s(?:and|or)\s++(?!(?&opener))[^,;:\ue000—–()]+?
    (?=\s*+(?:[,;:.!?—–(]|$))
    (?(DEFINE)(?P<opener>(?:which|who|whom|whose|where|when|while|but|and|or|as|in|on|at|for|with|from|by|to|of
      |he|she|it|they|we|I|you|including|such|even|not|according|after|before|because|though|although|if|so|yet
      |then|than|more|less|especially|only|just|now|said|says|saying|adding|also)\b))
    """,
    regex.VERBOSE | regex.V1,
)
# A list item that is a clause with its verb left out: a name and a figure ("Harbour Poll 4.3 points").
_GAPPED_ITEM = regex.compile(
    r"(?:,|\s(?:and|or))\s++(?:(?:and|or)\s++)?\p{Lu}[\p{L}\p{N}.’'-]*+(?:\s++\p{Lu}[\p{L}\p{N}.’'-]*+){0,3}\s++\p{N}",
    regex.V1,
)
_NAME_LAST = regex.compile(r"\p{Lu}[\p{L}.’'-]*+$", regex.V1)
_ARTICLE_FIRST = regex.compile(r"\s*+(?:a|an|the)\s", regex.V1)
# What may follow a month that closes an object: a day or a year ("in December 2015", "in March 3, 2016").
_MONTH_CLOSES = regex.compile(r"(?:\s++\p{N}++(?:,\s*+\p{N}++)?)?[\s.!?”\"’']*+$", regex.V1)
# A relative clause inside an object: examples after it may be the relative's ("helping people who feel the
# pinch, including ...").
_RELATIVE_IN_OBJECT = regex.compile(r"\s(?:who|which|that|whose|whom)\s", regex.V1)
# An object that is a lone pronoun before "as": "opposed it as a candidate" judges nothing it names.
_PRONOUN_BEFORE_AS = regex.compile(r"\s*+(?:it|him|her|them|this|that)\s++as\s", regex.V1)

# "that" before a lone noun and a preposition, a conjunction or the clause end: a determiner.
_THAT_DETERMINER = regex.compile(
    r"\s++that\s++\p{Ll}[\p{L}-]*+(?=\s*+(?:[.,;:!?]|$|(?:in|on|at|for|with|by|from|during|and|but|as)\s))",
    regex.V1,
)


def _that_clause_at(masked: str, at: int, se: int) -> regex.Match[str] | None:
    """The "that" opening a clause at ``at`` (maybe after a comma or a colon), or ``None``: no "that" there,
    or one that is a determiner ("pledged that sum to the fund", "rejected that defence in a ruling")."""
    th = _THAT.match(masked, at, se)
    if th is None or not th.group("that") or _THAT_DETERMINER.match(masked, at, se) is not None:
        return None
    return th


# The rest of a list of bare verbs after an infinitive's first verb phrase: ", grow the corps and create".
_VERB_LIST = regex.compile(
    r""",\s++(?!(?:the|a|an|his|her|its|their|this|that|which|who|whose|where|when|while|but|and|or|as|in|on|at
                |for|with|from|by|to|of|he|she|it|they|we|including|such|even|not)\b)
       \p{Ll}++(?<!ing|ed|ly|s)\s[^,;:\ue000]{1,80}?,?\s(?:and|or)\s++\p{Ll}++(?<!ing|ed|ly)\s""",
    regex.VERBOSE | regex.V1,
)
_MONTH_AFTER_OBJECT = regex.compile(
    r"\s(?:in|last|this)\s++(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b",
    regex.V1,
)
# ", saying ...", ", recently stepping up ...", " — "
_PARTICIPLE_CLAUSE = regex.compile(r",\s++(?:\p{Ll}++(?<=ly)\s++)?\p{Ll}++(?<=ing)\b|\s[—–]\s", regex.V1)


# A participle set off after an object: ", saying ...".
_THEN_PARTICIPLE = regex.compile(r"\s*+,\s*+\p{Ll}++(?<=ing)\s", regex.V1)
# Verbs of calling for something whose object can be one bare noun closing the sentence ("called for
# restraint", "urged calm"); the pronouns and words of quantity are no such call ("urged them", "demanded
# more").
_ONE_WORD_OBJECT_LEMMAS = frozenset(["call for", "urge", "demand", "advocate", "push for"])
# The people "urge" is said to, not what it calls for ("urged residents", "urged people"): a plural or one of
# these.
_HEARER_WORDS = frozenset(["people", "everyone", "everybody", "police", "staff", "public", "parliament"])
_ONE_WORD_NOT_OBJECT = frozenset(
    ["it", "this", "that", "them", "him", "her", "us", "me", "you", "so", "more", "less", "much", "otherwise",
     "one", "some", "all", "both", "none", "nothing", "everything", "something", "anything", "help", "change"]
)  # fmt: skip


def _object(
    masked: str,
    se: int,
    cue: tuple[int, int, str],
    pos: int,
    mention: Mention,
    nxt: int,
    pi: int,
    *,
    inverted: bool,
    nested: bool = False,
    through: int = -1,
) -> _Attr | None:
    """A verb whose object is the content ("called for a ban on X", "a poll shows X leading"). ``nested``:
    the verb stands inside another attribution's reported clause; the object goes on at least to
    ``through`` ("saw the port as a lifeline": the "as" complement is part of what was seen)."""
    if inverted or _TIME_OBJECT.match(masked, pos, se) is not None:
        return None  # ("a position that Ruiz advocated over the weekend.": a time, no object)
    th = _THAT.match(masked, pos, se)
    if th is not None and th.group("that") and _THAT_DETERMINER.match(masked, pos, se) is not None:
        th = None  # "rejected that defence in a ruling", "declined that assignment": a determiner
    if (th is None or not th.group("that")) and (adj := _ADJUNCT.match(masked, pos, se)) is not None:
        # "pledged on Monday that it would ...": the clause after the time is what was said
        th = _that_clause_at(masked, adj.end(), se) or th
    start = th.end() if th else pos
    if not (th and th.group("that")) and (att := _ATTITUDE_THAT.match(masked, pos, se)) is not None:
        start = att.end()  # "expressed hope that the talks would resume": the clause is what was said
    end = _content_end(masked, start, nxt, se)
    if (
        main_at := _relative_main_verb(masked, cue[0], start, end, nxt, clause=bool(th and th.group("that")))
    ) is not None:
        end = main_at  # "the polls that show Voss ahead have ...": the main verb is the writer's
    cut = _PARTICIPLE_CLAUSE.search(masked, start, end, timeout=_tmo(start, end))
    listed = -1  # where ", including" opens the examples of the object
    if (
        cut is not None
        and masked.startswith("including", cut.end() - 9)
        and _RELATIVE_IN_OBJECT.search(masked, start, cut.start(), timeout=_tmo(start, cut.start())) is None
    ):
        # "backs a ban on night dredging, including ...": the examples belong to the object, up to a
        # clause after them
        stop = _LIST_END.search(masked, cut.end(), end, timeout=_tmo(cut.end(), end))
        if MASK not in masked[cut.end() : stop.start() if stop else end]:  # (quoted examples: read as before)
            listed = cut.start()
            cut = _PARTICIPLE_CLAUSE.search(masked, cut.end(), stop.start() if stop else end)
            end = stop.start() if stop else end
    end = cut.start() if cut else end
    reach = max(start, min(through, end))
    obj_end = _OBJECT_END.search(
        masked, reach, listed if listed >= 0 else end, timeout=_tmo(reach, listed if listed >= 0 else end)
    )
    if (
        obj_end is not None
        and masked.startswith("to ", start)
        and masked.startswith(",", obj_end.start())
        and (verbs := _VERB_LIST.match(masked, obj_end.start(), end)) is not None
    ):  # "wants to triple the program, grow the corps and create a reserve": a list of what is wanted
        obj_end = _OBJECT_END.search(masked, verbs.end(), end, timeout=_tmo(verbs.end(), end))
    if (
        obj_end is not None
        and masked.startswith(",", obj_end.start())
        and (items := _LIST_REST.match(masked, obj_end.start(), end, timeout=_tmo(obj_end.start(), end)))
        is not None
        and _FINITE.search(masked, obj_end.start(), items.end()) is None
        and _IRREGULAR_PAST.search(masked, obj_end.start(), items.end()) is None
        and _GAPPED_ITEM.search(masked, obj_end.start(), items.end()) is None
        and not (
            _NAME_LAST.search(masked, start, obj_end.start()) is not None
            and _ARTICLE_FIRST.match(masked, obj_end.start() + 1, items.end()) is not None
        )  # (not "Jon Vale, a harbour official who oversees A and B": an apposition)
    ):  # "questioned his tactics, his judgment and his temper": the object is the whole list
        obj_end = _OBJECT_END.search(masked, items.end(), end, timeout=_tmo(items.end(), end))
    while (
        obj_end is not None
        and masked.startswith(",", obj_end.start())
        and (named := _APPOSED_PERSON.match(masked, obj_end.start(), end)) is not None
        and _OBJECT_GOES_ON.match(masked, named.end(), end) is not None
    ):  # "accused its commander, Ana Ruiz, of ...": the name set off after the object is part of it (not
        # "the PAC supporting X's bid, Y PAC, raised ...": the subject's name, its verb after it)
        obj_end = _OBJECT_END.search(masked, named.end(), end, timeout=_tmo(named.end(), end))
    judged = -1
    while (
        obj_end is not None
        and masked[obj_end.start() + 1 : obj_end.end() - 1] == "as"
        and _AS_NO_JUDGEMENT.match(masked, obj_end.end(), end) is None
        and _PRONOUN_BEFORE_AS.fullmatch(masked, reach, obj_end.end()) is None
    ):  # "slammed the rota as a danger to ...": the judgement is part of the object
        after = _OBJECT_END.search(masked, obj_end.end() - 1, end, timeout=_tmo(obj_end.end() - 1, end))
        if MASK in masked[obj_end.end() : after.start() if after else end]:
            break  # ("dismissed the offer as “a stunt” because ...": a quoted judgement is read as before)
        judged, obj_end = obj_end.end(), after
    if judged >= 0 and (deed := _deed_after(masked, judged, obj_end.start() if obj_end else end)) is not None:
        obj_end = deed
    if not (th and th.group("that")) and obj_end is not None and MASK not in masked[obj_end.start() : end]:
        end = obj_end.start()  # "condemned the launch as Pyongyang fired ...": the object is the noun phrase
    if (
        not (th and th.group("that"))
        and cue[2] not in _FINDING_LEMMAS  # ("a poll shows exports fell in May": a clause keeps its month)
        and (month := _MONTH_AFTER_OBJECT.search(masked, start, end, timeout=_tmo(start, end))) is not None
        and MASK not in masked[month.start() : end]
        and _MONTH_CLOSES.match(masked, month.end(), end) is not None
        and _FINITE.search(masked, start, month.start(), timeout=_tmo(start, month.start())) is None
        and _RELATIVE_IN_OBJECT.search(masked, start, month.start(), timeout=_tmo(start, month.start()))
        is None
    ):  # (not "backed a vote at the congress in June that would ...", "a pilot who can steer it in May")
        end = month.start()  # "touted the border wall in December": the object, not when
    a, b = _trim(masked, start, end)
    words = _WORD.findall(masked, a, b)
    quoted = MASK in masked[a:b]
    figure = cue[2] in _FIGURE_LEMMAS and bool(words) and words[0][:1].isdigit()  # "put the toll at 42"
    one_noun = (  # "called for restraint", "urged calm", "demanded justice": a call made in one word
        len(words) == 1
        and cue[2] in _ONE_WORD_OBJECT_LEMMAS
        and words[0].islower()
        and words[0] not in _ONE_WORD_NOT_OBJECT
        and not (cue[2] == "urge" and (words[0].endswith("s") or words[0] in _HEARER_WORDS))
        and (_WORD.search(masked, b, se) is None or _THEN_PARTICIPLE.match(masked, b, se) is not None)
    )  # (closing the sentence, or before ", saying ...")
    if (
        not words
        or (len(words) < 2 and not quoted and not figure and not one_noun)
        or (_RE_MENTION.match(masked, a, b) and not quoted)
    ):
        return None  # "dismissed the reports, saying ...": the object names what others said ("dismissed
        # the report as “fake news”" still judges it in words of its own)
    opens_quoted = masked[a] == MASK and not nested  # "called for “a ceasefire” and ...": the object
    if (not opens_quoted and words[0].casefold() in _NO_OBJECT_START) or _DASH_BEFORE.search(masked, pos, a):
        return None  # "showed up at", "what she wants and ...", "whatever you want -- a network": no object
    last = masked.rfind(MASK, a, b)
    if last >= 0 and last + 1 < b and masked[a] != MASK and not _AND_VERB.match(masked, last + 1, b):
        # "called for lower rents and “homes, homes, homes” for the young, ...": the object ends with its
        # quoted fragment and the phrase that belongs to it
        b, _ = _fragment_end(masked, last, b)
    # "X, in his nightly video address, urged allies to ...": the medium set off before the verb
    aside = _INTERVIEW_ASIDE.search(masked, mention.end, cue[0]) if mention.end < cue[0] else None
    return _Attr(cue, mention, addressee=aside.span("a") if aside else None, content=(a, b), para=pi)


# What follows a verb's base form when it is the noun of the same spelling: a preposition a verb of backing
# does not take, or a finite verb ("support for", "support among", "support is").
_NOUN_NEXT = regex.compile(
    r"\s++(?:for|from|among|of|within|behind|is|was|has|had|will|would|remains|grew|fell|rose)\b", regex.V1
)
# A relative pronoun and a subject of a word or two before a verb: its object is the gap ("which X claims").
_GAP_BEFORE = regex.compile(r"\b(?:which|that|who|whom|what)\s++(?:\S++\s++){1,2}$", regex.V1)
# A verb in the past right after a word, or after a plural's auxiliary: "advocates urged", "advocates have
# urged" (the word a plural noun, no cue).
_PAST_CUE_NEXT = regex.compile(r"\s++(?:(?:have|had|were)\s++)?(\p{Ll}++(?<=ed)|said|told|wrote)\b", regex.V1)
# Cues whose object is a figure, one number being enough ("put the death toll at 42").
_FIGURE_LEMMAS = frozenset(["put the toll at"])
# A modal (and an adverb) right before a verb whose object is the content.
_MODAL_BEFORE = regex.compile(rf"\b(?:{_MODALS})(?:\s++\p{{Ll}}++ly)?$", regex.V1)


def _after_modal(masked: str, cue: int) -> bool:
    """The cue starting at ``cue`` follows a modal: a deed foreseen ("Russia would respond")."""
    return _MODAL_BEFORE.search(masked[max(0, cue - 24) : cue].rstrip()) is not None


# A noun of attitude and its that-clause as an object ("expressed hope that", "voiced concern that").
_ATTITUDE_THAT = regex.compile(
    r"""
    \s++(?:(?:his|her|their|its|our|the|deep|serious|grave|strong|full|firm|growing)\s++){0,2}
    (?:hope|concern|confidence|regret|fear|doubt|belief|satisfaction|dissatisfaction|disappointment|surprise
      |optimism|conviction|assurance|readiness|frustration|alarm|fact)s?+
    \s++(?:that\s++|(?!(?:about|over|for|of|at|in|on|with|regarding|to|from|and|or)\b)(?=\p{L}))
    """,
    regex.VERBOSE | regex.V1,
)
# What goes on after a naming verb's quoted fragment and belongs to its clause: a prepositional phrase or
# a reason ("called the deal “a historic step” in efforts to ...", "a “blueprint” for how ..."), up to a
# comma, a dash or a coordinated verb.
_FRAGMENT_TAIL = regex.compile(
    r"""
    \s++(?:in|for|to|of|because|since|that|who|which|against|toward|towards|from|out|with|into|over|about|if|when
          |on(?!\s++(?:\L<days>|\p{N}))|at|among|across)\s
    [^,;:\ue000—–()]*+
    """,
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)


def _fragment_end(masked: str, last: int, end: int, *, phrase: bool = True) -> tuple[int, bool]:
    """Where an object whose last quoted fragment ends at ``last`` (its last mask) ends, before ``end``: after
    the phrase that belongs to the fragment ("“a historic step” in efforts to ..."; with ``phrase`` false,
    the fragment is a name and only an "of" phrase is its own: "what she called a “flagrant violation” of the
    rules", not "what it calls “peacekeepers” to the region"), if one follows (the second value), else at
    the fragment; after the noun a quoted modifier qualifies ("the “brilliant” decision")."""
    tail = _FRAGMENT_TAIL.match(masked, last + 1, end)
    if not phrase and tail is not None and tail.group().split()[0] != "of":
        tail = None
    if tail is None:
        run = _MASK_RUN.match(masked, 0, last + 1)  # read backwards: the fragment's own marks
        opened = run.start() if run else last
        if _TO_BEFORE.search(masked, max(0, opened - 4), opened) or (
            _OF_BEFORE.search(masked, max(0, opened - 8), opened)
            and _DETERMINER_NEXT.match(masked, last + 1, end) is not None
        ):
            # "to “check out” her tape", "accused Israel of “overturning” the truce": the quoted verb's object
            tail = _VERB_OBJECT.match(masked, last + 1, end)
        elif (
            _MODIFIER_BEFORE.search(masked, max(0, opened - 24), opened) is not None
            and len(_WORD.findall(masked, opened, last)) <= 2
            and _NOUN_AFTER_MODIFIER.match(masked, last + 1, end) is not None
        ):
            tail = _VERB_OBJECT.match(masked, last + 1, end)  # "the “fraudulent” nomination of X": its noun
    return (last + 1, False) if tail is None else (_trim(masked, last + 1, tail.end())[1], True)


# Articles and possessives right before a quotation mark ("the “Stronger Together” slogan", "his “plan”").
_QUOTE_DETERMINERS = "the|a|an|his|her|their|its|this|so-called"
# A quoted word or two that modifies the noun after it: a determiner (or "that") before the quotation ("the
# “fraudulent” nomination", "a so-called “pass through” income"), a lower-case word after it that is no
# verb, conjunction or preposition.
_MODIFIER_BEFORE = regex.compile(
    rf"\b(?:{_QUOTE_DETERMINERS}|that)\s++(?:(?:more|less|most|least|very|truly|genuinely|fully)\s++)?+$"
    rf"|\b(?:{_QUOTE_DETERMINERS}|that)$",
    regex.V1 | regex.I,
)  # ("a more “equal” alliance": a degree adverb between)

_NOUN_AFTER_MODIFIER = regex.compile(
    r"""\s++(?!(?:and|or|but|nor|is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might
              |must|do|does|did|that|which|who|to|as|of|for|in|on|at|by|with|from|than|then|if|when|while
              |because|after|before|so|not|also|he|she|it|they|we|you|i|over|about|against|into|through|under
              |amid|since|until|without|within|across|toward|towards|upon|despite|ahead|here|there|now|too
              |again|either|even|yet|just|only|still)\b)
       \p{Ll}++(?<![^s]s|ed|ly|ing)\b""",
    regex.VERBOSE | regex.V1,
)
_MASK_RUN = regex.compile(r"\ue000++", regex.V1 | regex.REVERSE)  # a run of masked marks, ending where asked
# "to" right before a quoted fragment or a cue: the word after it is an infinitive's verb ("vowed to “...”",
# "who was not allowed to discuss").
_TO_BEFORE = regex.compile(r"\bto\s++$", regex.V1)
_OF_BEFORE = regex.compile(r"\b(?:of|for)\s++$", regex.V1)  # a quoted fragment a preposition governs
_DETERMINER_NEXT = regex.compile(r"\s++(?:the|a|an|its|his|her|their|our|this|these|those)\s", regex.V1)
# The object of that verb, up to the clause end (a comma, a colon, a dash, a parenthesis, a quotation).
_VERB_OBJECT = regex.compile(r"\s++(?!-\s)(?:(?!\s-\s)[^,;:\ue000—–()])++", regex.V1)


# Words an object may have before the quoted fragment it carries ("called the plan a “farce”", "described
# the mayor's budget for the coming year as “a fantasy”").
_OBJECT_WORDS = 20
# Verbs that name or rate their object ("called it “X”"): a quotation right after them with no object
# before it is a label ("a company called “Blue Harbor”"); after the others it is the words cited
# ("referred to “dangerous actions”", "denounced “provocations”").
_NAMING_LEMMAS = frozenset(
    [
        *("call", "describe", "label", "dub", "term", "deem", "characterize", "brand", "portray", "identify"),
        *("address", "rate", "compare", "liken", "tout", "sing", "name", "nickname", "title"),
    ]
)


def _quoted_object(
    masked: str,
    se: int,
    cue: tuple[int, int, str],
    pos: int,
    mention: Mention,
    nxt: int,
    pi: int,
    *,
    inverted: bool,
) -> _Attr | None:
    """A naming verb whose object carries a quotation ("called them “deplorables”"): object up to its end."""
    if inverted:
        return None
    end = _content_end(masked, pos, nxt, se)
    last = masked.rfind(MASK, pos, end)
    if last < 0:
        judged_as = cue[2] in _AS_LEMMAS or cue[2] in _VERDICT_LEMMAS  # ("derided the deal as toothless")
        if (
            judged_as
            and (as_ := _OBJECT_AS.match(masked, pos, end)) is not None
            and _AS_CLAUSE.search(as_.group()) is None  # ("assails elites as he accepts the nomination")
            and _AS_NO_JUDGEMENT.match(masked, as_.end("as"), end)
            is None  # (nor "hailed the plan as expected")
        ):
            # "described the blast as an accident": the object and what it is described as (up to a deed of
            # the speaker's: "branded the vote a sham and called for ...")
            deed = _deed_after(masked, as_.end("as"), as_.end())
            return _Attr(
                cue, mention, content=_trim(masked, pos, deed.start() if deed else as_.end()), para=pi
            )
        if cue[2] == "call" and (named := _CALLED_A.match(masked, pos, end)) is not None:
            # "called the plan a disaster", "called Oz a quack": what the object was called, unquoted
            return _Attr(cue, mention, content=_trim(masked, pos, named.end()), para=pi)
        censure = cue[2] in _VERDICT_LEMMAS or (
            cue[2] == "attack" and _ATTACKED_FOR.match(masked, pos, end) is not None
        )  # ("attacked Marrow for her vote"; an attack with no reason may be a deed: "attacked the convoy")
        if censure and _CENSURED_OBJECT.match(masked, pos, end) is not None:
            # "blasted him for not paying his parking fines", "decried the unrest in the city", "hailed the
            # deal": the verdict's object, up to an occasion after it ("denounced the merger in a late-night
            # broadcast")
            got = _object(masked, se, cue, pos, mention, nxt, pi, inverted=inverted)
            if got is not None and got.content is not None:
                a, b = got.content
                if (occasion := _OCCASION.search(masked, a, b, timeout=_tmo(a, b))) is not None:
                    got.content = _trim(masked, a, occasion.start())
            return got
        if cue[2] == "describe" and _DESCRIBED_OBJECT.match(masked, pos, end) is not None:
            # "They described crass behaviour behind the scenes": what was described, in their words
            return _object(masked, se, cue, pos, mention, nxt, pi, inverted=inverted)
        if cue[2] in _JUDGING_LEMMAS and _CALLED_ADJECTIVE.match(masked, pos, end) is not None:
            # "called the claims baseless and invented": the object and the judgement on it
            return _Attr(cue, mention, content=_trim(masked, pos, end), para=pi)
        return None
    a, _ = _trim(masked, pos, end)
    first = masked.find(MASK, a, end)
    what = masked[max(0, mention.start - 6) : mention.start].rstrip().endswith("what")
    if (
        not what
        and 0 <= first <= a + 3  # (right after the cue, or after "as")
        and _NAMING_RELATIVE.search(masked, max(0, cue[0] - _NAMING_REACH), cue[0]) is not None
    ):
        # "defended the plan, which he called “the best in Europe”", "..., which she described as “...”":
        # the relative stands for the object, the quotation is what the speaker called it
        b, with_phrase = _fragment_end(masked, last, end, phrase=True)
        return _Attr(cue, mention, content=(first, b), para=pi, fragment=not with_phrase)
    if a > last or (
        not _WORD.search(masked, a, first)
        and cue[2] in _NAMING_LEMMAS
        and not what  # ("writing what he calls “a manual”": the name he gives it, his words)
    ):  # no object before the quotation: "a company called “Blue Harbor”" is a label
        return None
    if len(_WORD.findall(masked, a, first)) > _OBJECT_WORDS:
        return None  # the quotation is too far to belong to the object
    # ("deployed what it calls “peacekeepers” to the region": the name it gives, not where they went)
    b, with_phrase = _fragment_end(masked, last, end, phrase=not what)
    return _Attr(cue, mention, content=(a, b), para=pi, fragment=not with_phrase)


# Verbs that describe their object as something ("described the blast as an accident"): without a
# quoted fragment, the object with its 'as' complement is what was said.
_AS_LEMMAS = frozenset(["describe", "characterize", "characterise", "portray", "depict", "label", "brand"])
_OBJECT_AS = regex.compile(
    r"\s*+[^,;:\ue000]{1,80}?\sas\s++(?P<as>)(?:(?!\s(?:when|while|after|before|because|since|until)\s)[^,;:\ue000])++",
    regex.V1,
)  # ("described him as a housing crusader when he stood": the judgement ends before 'when')
# "called X a Y": an object of one to nine words (no time, conjunction or 'to' among them), then what it is
# called, up to the clause's end; not "called a press conference", "called him a day later" or "called it
# a day".
_CALLED_A = regex.compile(
    r"""
    \s++(?!(?:a|an|for|on|off|up|in|out|to|back|upon|whatever|what)\b)
    (?:(?!(?:after|before|during|at|when|while|since|until|and|but|or|than|on|to)\s)
       [\p{L}\p{N}][\p{L}\p{N}'’.-]*+\s++){1,9}?                 # "her support for the harbour plan"
    (?:a|an)\s++(?!(?:day|week|month|year|time|while|moment|few|couple|number|lot|bit|series|total|half|hour)\b)
    \p{L}[^,;:\ue000]*+
    """,
    regex.VERBOSE | regex.V1,
)


_JUDGING_LEMMAS = frozenset(["call", "deem", "term", "label", "brand"])
# Verbs of public censure whose object, quoted or not, is what the speaker said of it.
_CENSURE_LEMMAS = frozenset(
    [
        *("blast", "denounce", "decry", "lambaste", "assail", "deride", "chide", "scold", "skewer", "bemoan"),
        *("rebuke", "castigate", "excoriate", "berate", "rail against", "take issue with", "push back on"),
        *("chastise", "reprimand", "admonish", "upbraid", "disparage", "belittle", "denigrate", "lampoon"),
        "ridicule",
    ]
)
# Verbs of public praise and of likening, read the same way: "hailed the deal", "lauded the workers for
# their work", "likened the levy to a toll". (A person or a preposition after the verb is no verdict:
# "welcomed by the crowd", "applauded as he left" end at the checks of _CENSURED_OBJECT and _AS_CLAUSE.)
_PRAISE_LEMMAS = frozenset(["hail", "laud", "applaud", "welcome", "commend", "liken", "compliment", "extol"])
_VERDICT_LEMMAS = _CENSURE_LEMMAS | _PRAISE_LEMMAS
# An occasion or a means after a censured object: "during a rally", "in an on-air diatribe", "at a news
# conference", "by publicly expressing sympathy", "from multiple angles".
_OCCASION = regex.compile(
    r"""\s(?:during|amid|following|now\s++that|(?i:as\s++(?:he|she|they|it|we|I|you))
         |at\s++(?:a|an|the|his|her|their|its)\s
         |by\s++(?:\p{Ll}++(?<=ly)\s++)?\p{Ll}++(?<=ing)  # the means: "rebuked X by publicly expressing"
         |from\s++(?:multiple|many|several|all|different|both)\s++(?:angles|sides|directions|fronts)
         |in\s++(?:a|an|his|her|their|its)\s++(?:[\p{L}’'-]++\s++){0,2}?(?:diatribe|tirade|rant|column|editorial
           |segment|appearance|broadcast|address|rally|remarks))\b""",
    regex.VERBOSE | regex.V1,
)
_ATTACKED_FOR = regex.compile(r"\s++[^,;:.!?\ue000]{1,60}?\sfor\s", regex.V1)
_CENSURED_OBJECT = regex.compile(
    r"\s++(?!(?i:as|by|to|for|in|on|at|with|from|off|out|up|back)\b)\p{L}", regex.V1
)  # (not a passive's agent, "Skewered By X", nor a reason, "lauded for his effectiveness")
# An 'as' opening a clause, not a judgement: "as he accepts the nomination".
_AS_CLAUSE = regex.compile(r"\s(?i:as\s++(?:he|she|they|it|we|I|you))\s", regex.V1)
# What "describe" takes as its object when it reports words: a noun phrase or a question word ("described
# crass behaviour by the host", "described how the talks broke down"), not a pronoun ("described it as"), a
# preposition ("what analysts described as") or a gerund.
_DESCRIBED_OBJECT = regex.compile(
    r"""\s++(?!(?:him|her|it|them|me|us|you|himself|herself|itself|themselves|this|that|these|those
              |as|to|by|in|on|at|with|for|from|about|\p{Ll}++(?<=ing))\b)\p{L}""",
    regex.VERBOSE | regex.V1,
)
# "called X ADJECTIVE": a determined object or a pronoun, up to four more words (no preposition, conjunction,
# relative or pronoun among them), then a judging adjective by its ending ("unsubstantiated", "baseless",
# "unconstitutional", "irresponsible"); not "called her minutes before she boarded", "called the race early".
_CALLED_ADJECTIVE = regex.compile(
    r"""
    \s++(?:the|his|her|their|its|this|that|these|those|it|them|him)
    (?:\s++(?!(?:after|before|during|at|when|while|since|until|and|but|or|than|on|to|for|in|from|with|by|that
                 |which|who|I|he|she|we|they|you|back|up|out|off|down|over)\b)[\p{L}\p{N}][\p{L}\p{N}'’-]*+){0,4}?
    \s++\p{Ll}{3,}+(?<=ed|ous|ful|able|ible|ive|ic|al|ent|ant|less|ary|ate|ish)
    (?=\s*+(?:[,.;!?]|and\s|or\s|$))  # the adjective ends its phrase ("... unfair and absurd")
    """,
    regex.VERBOSE | regex.V1,
)


def _according(masked: str, ss: int, se: int, cs: int, ce: int, pi: int, lex: QuoteLexicon) -> _Attr | None:
    """``according to X, CLAUSE``, ``CLAUSE, according to X`` or ``A, according to X, B`` (the longer of A
    and B is read: a record holds one span)."""
    words = masked[cs:ce].split()
    medium: tuple[int, int] | None = None
    if len(words) == 3 and words[-1].casefold() in ("words", "opinion", "view"):
        # "In his words, the sanctions have failed", "In her view, ...": the possessive is the speaker
        at = cs + len(words[0]) + 1
        subject = _POSSESSIVE_SUBJECT.get(words[1].casefold(), words[1].casefold())
        who: Mention | None = Mention(at, at + len(words[1]), "pronoun", head=subject)
        tail_from = ce
    else:
        who = subject_after(masked, ce, se, lex)
        if who is not None and who.kind == "org" and (text := _TEXT_NOUN.match(masked, who.end)) is not None:
            # "according to a Kremlin readout": the body's text, which the body issued
            who = attrs.evolve(who, end=text.end())
        elif (
            who is not None
            and who.head in _DOCUMENT_HEADS
            and (source := _FROM_SOURCE.match(masked, who.end, se)) is not None
        ):  # "according to data from the Intercontinental Exchange": the data's source is named with it
            end = source.end() - 1 if masked[source.end() - 1] == "." else source.end()  # (not the full stop)
            who = attrs.evolve(who, end=end)
        elif who is None or masked[who.start : who.end].endswith(("'s", "’s")):
            # "according to Ukraine's air force": the owner's name is no source, the phrase is
            who = _source_np(masked, ce, se) or who
        elif (seen := _SEEN_BY.fullmatch(masked, who.start, who.end)) is not None:
            # "according to a draft seen by AFP": the document speaks, the outlet that saw it is the medium
            medium = seen.span("by")
            who = Mention(seen.start("doc"), seen.end("doc"), "role", head=seen.group("head").casefold())
        tail_from = ce if who is None else max(who.end, medium[1]) if medium else who.end
        if who is not None and who.role is not None and (MASK in who.role or _FINITE.search(who.role)):
            who = attrs.evolve(who, role=None)  # an apposition read into the clause after it is no role
        if (
            who is not None
            and (who.kind == "role" or (who.kind == "name" and " of " in masked[who.start : who.end]))
            and (named := _APPOSED_PERSON.match(masked, who.end, se)) is not None
            and not not_person(named.group("name"))
        ):
            # "according to the mayor of Goma, Jean Mutombo, the rebels ...", "according to his wife, Claire
            # Ellery, he ...": the person set off after the office or relation is the source
            role = _DETERMINER_START.sub("", " ".join(masked[who.start : who.end].split()))
            name = named.group("name")
            who = Mention(
                named.start("name"),
                named.end("name"),
                "name",
                name=name,
                role=role,
                head=name.split()[-1].casefold(),
            )
            tail_from = named.end() - 1
            if (app := _APPOSED_ROLE.match(masked, tail_from, se)) is not None and _description(masked, app):
                tail_from = app.end() - 1  # "according to his wife, Claire Ellery, a pediatrician, he ..."
        elif (
            who is not None
            and who.kind in ("name", "org")
            and (app := _APPOSED_ROLE.match(masked, who.end, se)) is not None
            and _description(masked, app)
            and (
                _RELATIVE_NEXT.match(masked, app.end(), se) is None
                or _WORD.search(masked, ss, cs) is not None
            )
        ):
            # "according to Ibrahim Jalal, a scholar at the institute, the strikes ...": the apposition is
            # the source's role, the clause follows it (not "According to X, the fleet stands at 4%, which
            # should ...": a relative clause after the commas is no reported clause, the words before it are)
            tail_from = app.end() - 1
            who = attrs.evolve(who, role=" ".join(masked[app.start("role") : app.end("role")].split()))
        elif (
            who is not None
            and who.kind in ("name", "org")
            # (a clause or a quotation before: "A, according to X, a ...", "“...,” according to X, a ...")
            and (_WORD.search(masked, ss, cs) is not None or MASK in masked[ss:cs])
            and (app := _APPOSED_ROLE_END.match(masked, who.end, se)) is not None
            and _description(masked, app)
        ):
            # "..., according to Ilse Marrow, a Dover-based analyst.": the apposition closing the sentence is
            # the source's description, nothing said
            tail_from = app.end()
            who = attrs.evolve(who, role=" ".join(app.group("role").split()))
    if who is None:
        return None
    noun = next((w.casefold() for w in words if w.casefold() in ("words", "opinion", "view")), "")
    cue = (cs, ce, f"in the {noun} of" if noun else "according to")
    before = masked[ss:cs].strip()
    rest = _TO_COMMA.match(masked, tail_from, se)
    after: tuple[int, int] | None = None
    if rest is not None or not before:
        after = _trim(masked, rest.end() if rest else tail_from, se)
        if (aside := _INNER_CONNECTIVE.match(masked, *after)) is not None:
            after = (aside.end(), after[1])  # "According to Ruiz, however, the talks failed"
        elif (rel := _SOURCE_RELATIVE.match(masked, *after)) is not None:
            after = (rel.end(), after[1])  # "According to the survey, which polled 2,400 people, most ..."
    if not before or all(w.casefold() in ("but", "and", "however", "yet", "so") for w in before.split()):
        if after is None or (
            len(_WORD.findall(masked, *after)) < 3 and MASK not in masked[after[0] : after[1]]
        ):
            return None  # "According to Ruiz, “...”" gives the quotation
        return _Attr(cue, who, medium, content=after, para=pi)
    head = masked[ss:cs].rstrip()
    # "115 ships — tankers among them — according to port data": the dash closes an aside (one opening an
    # aside, "blamed X while — according to emails — knowing Y", leaves the source inside it)
    dashed = head.endswith(("—", "–", "--")) and len(_DASH.findall(head)) % 2 == 0
    bare = (  # "X leads Y by 27 seats according to a tally by Z": a tally credited without a comma
        not head.endswith((",", MASK))
        and len(_WORD.findall(masked, ss, cs)) >= 4
        and (tally := _source_np(masked, ce, se)) is not None
        and tally.head in _TALLY_SOURCES
        and not masked.startswith(("his ", "her ", "its ", "their "), tally.start)  # ("his body mass index")
        and _FINITE.search(masked, ss, cs) is not None
    )
    if head.endswith((",", MASK)) or dashed or bare:  # ('The talks “went well,” according to X')
        a, b = _trim(masked, ss, ss + len(head.rstrip("—–-").rstrip() if dashed else head))
        n_before = len(_WORD.findall(masked, a, b))
        if (
            after is not None
            and len(_WORD.findall(masked, *after)) > max(n_before, 2)
            and _CONJUNCTION_START.match(masked, after[0], after[1]) is None
        ):
            if (
                n_before <= _SUBJECT_LEAD_WORDS
                and MASK not in masked[a:b]
                and "," not in masked[a:b]
                and _FINITE.search(masked, a, b) is None
                and _AUX_FIRST.match(masked, after[0]) is not None
            ):
                # "The deal, according to two diplomats, could be signed in June": the subject before the
                # source is the clause's too
                return _Attr(cue, who, medium, content=after, para=pi, lead=(a, b))
            a, b = after  # "Donations, according to the campaign, have doubled since May."
        elif (
            after is not None
            and rest is not None
            and masked[tail_from : rest.end()].strip() == ","
            and head.endswith(",")
            and n_before >= 3
            and MASK not in masked[a:b]
            and (and_ := _AND_CLAUSE_START.match(masked, after[0], after[1])) is not None
            and len(_WORD.findall(masked, and_.end(), after[1])) >= 3
        ):
            # "Only one person died, according to the police, and eight were hurt": both parts around it
            return _Attr(cue, who, medium, content=(and_.end(), after[1]), para=pi, lead=(a, b))
        elif n_before < 3 and MASK not in masked[a:b]:
            return None
        elif (part := _CREDITED_PART.search(masked, a, b)) is not None and MASK not in masked[
            part.start() : b
        ]:
            # "Polls favour him, with 56 percent approving, according to a poll": the figures are the poll's;
            # "She praised him, and won 77 percent, according to exit polls": the tally is theirs
            a = part.start("part")
        return _Attr(cue, who, medium, content=(a, b), para=pi)
    return None


_DASH = regex.compile(r"—|–|--", regex.V1)
_SUBJECT_LEAD_WORDS = 6  # words of a subject set before "according to X," whose clause goes on after it
# The sources a trailing "according to" credits without a comma before it: polls, counts and data, not a rule
# or a plan ("acted according to the rules", "went according to plan").
_TALLY_SOURCES = _DOCUMENT_HEADS | frozenset(
    ["count", "counts", "estimate", "tallies", "statistics", "results"]
)


# The last part of a sentence that a trailing "according to X" credits alone: an absolute phrase of figures
# (", with 56 percent of voters viewing him well"), a second predicate with no subject of its own (", and
# won 77 percent of the vote") or a second clause with a subject of its own (", and Ruiz broke it"): the
# writer's clause before it is not the source's.
_CREDITED_PART = regex.compile(
    r""",\s++(?:(?P<part>with\s++(?:(?:about|nearly|almost|roughly|more\s++than|less\s++than|only|just
                                  |over)\s++)?
                (?:\p{N}|a\s++(?:majority|third|quarter|large|small|growing)|(?:two|three)-(?:thirds|quarters)
                  |half)
                [^,;\ue000]*+)
              | and\s++(?P<part>(?:\p{Ll}++(?<=ly)\s++)?
                  (?:\p{Ll}++(?<=ed)|won|lost|rose|fell|grew|gave|took|made|got|held)
                  \s[^,;\ue000]*+(?:,[^,;\ue000]*+)?)
              | (?:and|but)\s++(?P<part>(?:he|she|they|it|we|(?:the|his|her|its|their)\s++\p{Ll}[\p{L}-]*+
                                          |\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+)?)
                  \s++(?:(?:\p{Ll}++(?<=ly)|also|sometimes|often|still|never|already|just|later|then|now|even)\s++)?
                  (?:\p{Ll}++(?<=ed)|is|was|are|were|has|had|have|will|would|could|can|did|does|won|lost|broke
                    |rose|fell|grew|gave|took|made|got|held|remains|remained)
                  \s[^,;\ue000]*+))$""",
    regex.VERBOSE | regex.V1,
)


# Frequent irregular past forms, which _FINITE (an -ed ending) does not see.
_IRREGULAR_PAST = regex.compile(
    r"\b(?:went|came|took|gave|made|got|held|left|lost|won|told|said|thought|knew|saw|found|felt|became|began"
    r"|brought|bought|built|caught|chose|drew|drove|fell|fought|flew|grew|hid|hit|kept|led|let|meant|met"
    r"|paid|put|ran|rose|sent|set|shot|sold|spent|spoke|stood|struck|taught|threw|understood|wrote|broke)\b",
    regex.V1,
)
# A relative clause on the source, closed by a comma, before the reported clause.
# The body a document comes from, after it: " from the Intercontinental Exchange", " by the central bank".
_FROM_SOURCE = regex.compile(
    r"\s++(?:from|by|of|compiled\s++by|published\s++by|released\s++by)\s++(?:the\s++)?"
    r"(?:\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++(?:of\s++|for\s++|and\s++)?\p{Lu}[\p{L}\p{N}'’.&-]*+){0,6}+"
    r"|(?:central|national|state|statistics|statistical)\s++(?:\p{Ll}++\s++)?(?:bank|office|agency|bureau|service))",
    regex.V1,
)
_SOURCE_RELATIVE = regex.compile(
    r"(?:which|who|whose|including|among\s++them|such\s++as|citing|quoting)\b(?:[^,;\ue000]|,(?=\d)){1,120}+,\s*+(?=\S)",
    regex.V1,
)
# "According to X, " right before a cue: the cue opens an aside on X's own sources ("citing two sources").
_ACCORDING_TO_BEFORE = regex.compile(r"\b[Aa]ccording\s++to\s++[^,;:\ue000]{1,80}+,\s*+$", regex.V1)
# A connective set off by commas inside a clause: "however, ", "though, ".
_INNER_CONNECTIVE = regex.compile(
    r"(?:however|though|meanwhile|moreover|nevertheless|instead|too|also)\s*+,\s*+", regex.V1
)
_HYPHENATED = regex.compile(r"[^\s-]++(?:-[^\s-]++)++", regex.V1)  # a compound word ("Washington-based")


def _description(masked: str, app: regex.Match[str]) -> bool:
    """The apposition ``app`` after a source is a description, with no verb in its "role" group (not ", a
    letter was sent by X," nor ", a letter went out,"; the "-based" of "a Washington-based think tank" is no
    verb)."""
    role = _PLURAL_MODIFIER.sub(" ", _HYPHENATED.sub(" ", app.group("role")))
    return _FINITE.search(role) is None and _IRREGULAR_PAST.search(masked, *app.span("role")) is None


# Nouns in the plural that modify the noun after them, no verbs: "a Belarusian rights group", "an arms
# monitor", "a foreign affairs think tank".
_PLURAL_MODIFIER = regex.compile(
    r"\b(?:rights|arms|affairs|news|relations|sports|goods|savings|communications|operations|services|forces)"
    r"\s++(?=\p{Ll})",
    regex.V1,
)


# A title opening an apposition after a source's name with no article: "chairman of the district committee".
_SOURCE_TITLE = r"""(?(DEFINE)(?P<title>(?:senior\s++|deputy\s++|former\s++|chief\s++)?
    (?:director|head|chairman|chair|president|professor|fellow|analyst|researcher|expert|economist|spokesman
      |spokeswoman|spokesperson|founder|editor|adviser|advisor|minister|ambassador|envoy|lecturer|scholar
      |chief)))"""
# An apposition closing the sentence after a source's name: ", a Dover-based analyst.", ", chairman of the
# district committee."
_APPOSED_ROLE_END = regex.compile(
    r""",\s*+(?:(?:an?|the|his|her|its|their)\s++(?P<role>[^,;:\ue000.!?]{1,100}?)
              |(?P<role>(?&title)\b[^,;:\ue000.!?]{0,100}?))\s*+[.!?]?\s*+$"""
    + _SOURCE_TITLE,
    regex.VERBOSE | regex.V1,
)
# What goes on after a name set off by commas inside an object: the verb's preposition ("accused X, Y, of"),
# or the sentence's end.
_OBJECT_GOES_ON = regex.compile(r"\s*+(?:(?:of|for|as|to|with|from|over|about)\b|[.!?]?\s*+$)", regex.V1)
# A relative pronoun opening what follows a comma: " which should ...", " who ...".
_RELATIVE_NEXT = regex.compile(r"\s*+(?:which|who|whose)\b", regex.V1)
# An apposition after a source's name, closed by a comma: ", a scholar at the Middle East Institute,".
# A person's name set off by commas after an office or a relation: ", Jean Mutombo," (two to four words).
_APPOSED_PERSON = regex.compile(
    r",\s++(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){1,3}+)\s*+,", regex.V1
)
_APPOSED_ROLE = regex.compile(
    r""",\s*+(?:(?:an?|the|his|her|its|their)\s++(?P<role>[^,;:\ue000]{1,100}?)
              |(?P<role>(?&title)\b[^,;:\ue000]{0,100}?))\s*+,"""
    + _SOURCE_TITLE,
    regex.VERBOSE | regex.V1,
)
# A document an outlet saw, before the outlet's name: "a draft seen by", "documents obtained by".
_SEEN_BY = regex.compile(
    r"""(?P<doc>(?:an?|the)\s++(?:[\p{L}-]++\s++){0,3}?(?P<head>[\p{Ll}-]++))
        \s++(?:seen|obtained|reviewed|viewed)\s++by\s++(?P<by>\S.*+)""",
    regex.VERBOSE | regex.V1,
)
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they"}
# "and" opening a clause with a subject of its own after "according to X," ("and there were", "and the
# port"; not "and has a lead", a second predicate, nor "but", the writer's contrast)
_AND_CLAUSE_START = regex.compile(
    r"and\s++(?=(?:the|a|an|there|it|he|she|they|its|his|her|their|this|these|those|some|most|many|only)\s)",
    regex.V1,
)
_CONJUNCTION_START = regex.compile(r"(?:and|but|or|although|though|while|as|which|because|so)\b", regex.V1)
# The object of "according to" that names no person or body the speaker reader knows: a noun phrase up to
# the clause's comma ("a 2024 study by the statistics office", "early returns").
_SOURCE_NP = regex.compile(r"\s++(?P<np>[\p{L}\p{N}][^,;:\ue000]{0,150}?)\s*+(?=[,;:]|[.!?]?\s*+$)", regex.V1)


def _source_np(masked: str, ce: int, se: int) -> Mention | None:
    """The noun phrase after "according to" up to its comma or the sentence end, unnamed."""
    m = _SOURCE_NP.match(masked, ce, se)
    if m is None:
        return None
    words = m.group("np").split()
    return Mention(m.start("np"), m.end("np"), "role", role=None, head=_np_head(words).casefold())


# --------------------------------------------------------------------------- quotations to attributions


def _is_sentence_like(text: str, r: MarkRun) -> bool:
    """A real quotation rather than a scare-quoted word, label or title."""
    body = text[r.start : r.end]
    words = _WORD.findall(body)
    if _is_title(text, r):
        return False
    if len(words) >= 6:
        return True
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    if caps == len(words):
        return False  # a title or a name
    return body.rstrip()[-1:] in ".!?,;" or len(words) >= 4 or _opens_line_before_colon(text, r)


def _opens_line_before_colon(text: str, r: MarkRun) -> bool:
    """The quotation opens its line and a colon follows its closing mark: a headline's or a standfirst's
    quotation ("“We were lucky”: passengers recall ...")."""
    return (r.open_at == 0 or text[r.open_at - 1] == "\n") and text.startswith(": ", r.close_end)


def _short_follow_on(text: str, r: MarkRun, same: list[_Attr]) -> bool:
    """A quotation of a word or two that is a sentence of its own after a quoted speaker's sentence of the
    same paragraph: the speaker goes on ("“Data,” he said. “Always data.”"), no label."""
    body = text[r.start : r.end].rstrip()
    if not body or body[-1] not in ".!?" or not body[:1].isupper() or _is_title(text, r):
        return False
    before = text[max(0, r.open_at - 40) : r.open_at].rstrip()  # (bounded: hostile text holds many runs)
    if not before.endswith((".", "!", "?")):
        return False
    return any(a.mention is not None and not a.silent and a.runs and _pos(a) < r.open_at for a in same)


def _interrupted_lead(text: str, runs: list[tuple[int, MarkRun]], k: int) -> bool:
    """Run ``k`` is the short first part of a quotation its attribution interrupts: it closes on a comma
    and the next run of its paragraph, a few words on, goes on in lower case ("“Some doors,” X said,
    “are ...”")."""
    pi, r = runs[k]
    if r.end <= r.start or text[r.end - 1] != "," or k + 1 >= len(runs):
        return False
    pj, nxt = runs[k + 1]
    gap = text[r.close_end : nxt.open_at]
    return (
        pj == pi
        and text[nxt.start : nxt.start + 1].islower()
        and len(_WORD.findall(gap)) <= _INTERRUPTION_WORDS
        and gap.rstrip().endswith(",")
    )


_INTERRUPTION_WORDS = 8  # words of an attribution interrupting a quotation ("the minister told reporters")


_NAMED_REACH = 60  # characters before a quotation read for the naming participle ("long known in Rome as")


def _label_run(text: str, r: MarkRun) -> bool:
    """A short lower-case quoted phrase right after an article, or any quotation a naming participle
    introduces: a name, label or title ("the “One China” policy", 'The resolution was titled “Demanding
    ...”', 'dubbed “the fourteenth package”')."""
    if (
        _NAMED_BEFORE.search(text, max(0, r.open_at - _NAMED_REACH), r.open_at) is not None
        or _ASIDE_TITLE_BEFORE.search(text, max(0, r.open_at - 40), r.open_at) is not None
        or _SIGN_TEXT_BEFORE.search(text, max(0, r.open_at - _SIGN_REACH), r.open_at) is not None
    ):
        return True
    if text[r.start : r.start + 1].isupper() and _NAMING_NOUN_BEFORE.search(
        text, max(0, r.open_at - _NAMING_NOUN_REACH), r.open_at
    ):  # ("got the program “back on track”" is no name)
        return True  # "the forum «Caspian - sea of friendship»", "the operation “Iron Shield”": a name
    words = _WORD.findall(text, r.start, r.end)
    if not (0 < len(words) < _LABEL_WORDS and words[0][:1].islower()):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, r.open_at - 12), r.open_at) is not None:
        return True
    # a lower-case phrase modifying the noun after it: 'unveil “coalition of the willing” force plan'
    nxt = _NOUN_AFTER_LABEL.match(text, r.close_end)
    return nxt is not None and nxt.group(1) not in _NOT_A_HEAD_NOUN and text[r.end - 1 : r.end].isalnum()


# A state let into a body: "admitted Belarus as its tenth full member", "admitted Timor-Leste into the bloc".
_ADMITTED_MEMBER = regex.compile(
    r"""\s++(?:\p{Lu}[\p{L}.'’-]*+\s++){1,4}?(?:as\s++(?:an?|its|the|their)\s++(?:[\p{L}-]++\s++){0,3}?
        (?:member|observer|partner|participant|signatory)s?|(?:in)?to\s++(?:the|its|their)\s++
        (?:[\p{L}-]++\s++){0,2}?(?:bloc|alliance|union|club|group|grouping|organi[sz]ation|community|league))\b""",
    regex.VERBOSE | regex.V1,
)
# The lower-case word right after a quoted phrase's closing mark, not ending like a verb or an adverb.
_NOUN_AFTER_LABEL = regex.compile(r"[^\S\n](\p{Ll}[\p{Ll}-]{2,}+)(?<!ed|ly|ing)\b(?![,.;:!?])", regex.V1)
_NOT_A_HEAD_NOUN = frozenset(
    [
        *("and", "but", "for", "nor", "the", "that", "this", "these", "those", "than", "then", "from"),
        *("with", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "while"),
        *(
            "when",
            "where",
            "which",
            "who",
            "whom",
            "whose",
            "are",
            "was",
            "were",
            "will",
            "would",
            "can",
            "could",
        ),
        *("should", "may", "might", "must", "has", "had", "have", "does", "did", "not", "its", "his", "her"),
        *("their", "our", "your", "says", "say", "tells", "adds", "because", "unless", "though", "also"),
        *("yesterday", "today", "tomorrow", "tonight", "now", "again", "too", "even", "only", "just", "yet"),
        *("against", "among", "amid", "across", "through", "toward", "towards", "upon", "within", "without"),
        *("via", "per", "out", "off", "all", "any", "some", "both", "each", "every", "such", "very", "much"),
    ]
)
# A naming participle right before a quotation: what follows is a title or a name, nobody's words.
_NAMED_BEFORE = regex.compile(
    r"\b(?:titled|entitled|headlined|dubbed|codenamed|code-named|nicknamed|labell?ed|branded|named"
    r"|(?:often|sometimes|also|widely|commonly|popularly|informally|officially|now|once|so)[\s-]++called"
    r"|(?:(?:also|better|widely|locally|popularly|long|commonly|affectionately)\s++)?known"
    r"(?:\s++(?:in|among|to|across)\s++[\p{L}'’-]++(?:\s++[\p{L}'’-]++){0,3}?)?\s++as"  # "known in Rome as"
    r"|referred\s++to\s++as)\s*+$",
    regex.V1,
)


_LABEL_WORDS = 5
# What a sign, banner or shirt reads, and a second such text after "and": words printed, nobody's speech
# ("carried banners reading “...” and “...”", "wore T-shirts that read “...”").
_SIGN_TEXT_BEFORE = regex.compile(
    r"""\b(?i:signs?|banners?|placards?|posters?|billboards?|t-shirts?|shirts?|flags?|stickers?|graffiti)
        \s++(?:that\s++|which\s++)?(?:read(?:ing|s)?|bore|bearing|emblazoned\s++with|with\s++the\s++words)
        \s*+(?:[\"“”'‘’«»][^\n]{1,80}?[\"“”'‘’«»],?\s++(?:and|or)\s++)?$""",
    regex.VERBOSE | regex.V1,
)
_SIGN_REACH = 120  # characters back from a quotation to the sign whose text it may be
# A naming participle or a maker's noun opening an aside right before a quotation: a title, whoever speaks in
# the sentence ('A state audit, titled “...”, found', 'X, author of “...”, said').
_ASIDE_TITLE_BEFORE = regex.compile(
    r""",\s*+(?:titled|entitled|headlined|dubbed|codenamed|nicknamed|(?:(?:also|better|widely)\s++)?known\s++as
        |(?:(?:an?|the)\s++)?(?:author|co-author|director|producer|creator|star|host|editor)\s++of(?:\s++(?:the|a))?
         (?:\s++(?:new\s++|recent\s++|best-selling\s++|bestselling\s++)?(?:book|novel|memoir|report|study|film
             |documentary|song|album|play|series|paper|podcast|biography))?)  # "author of the book “...”"
        \s*+$""",
    regex.VERBOSE | regex.V1,
)
# A noun that a name in quotation marks follows: "the forum “...”", "Operation “...”", "the exercise “...”".
_NAMING_NOUN_REACH = 32  # characters back from a quotation to its naming noun ("under their old slogan ")
_NAMING_NOUN_BEFORE = regex.compile(
    r"""\b(?i:forum|conference|festival|programme|program|project|operation|initiative|exercises?|campaign
        |doctrine|strategy|summit|award|prize|book|film|movie|documentary|album|song|series|format|concept
        |platform|movement|brand|codename|code\s++name)[^\S\n]*+$
      | \b(?i:slogan|motto|tagline|catchphrase|hashtag|watchword)[^\S\n]*+[,:][^\S\n]*+$
                                                # "its slogan, “...”,", "have a slogan: “...”"
      | \bunder\s++(?:the|a|their|its|his|her)\s++(?:(?:\p{Ll}++\s++)?(?i:slogan|motto|banner|hashtag|theme))
        [^\S\n]*+,?[^\S\n]*+$  # "marched under the motto “...”", "staged protests under the slogan “...”"
    """,
    regex.VERBOSE | regex.V1,
)


def _cue_in_sentence(masked: str, attrs_: list[_Attr], r: MarkRun) -> bool:
    """Some attribution of the paragraph has its cue in the sentence that holds ``r``."""
    for at in attrs_:
        if at.cue is None:
            continue
        lo, hi = sorted((at.cue[0], r.open_at))
        if not _SENT_END.search(masked, lo, hi):
            return True
    return False


# An article or possessive right before a quotation mark: what the marks hold is a name or a label.
_DETERMINER_BEFORE = regex.compile(rf"\b(?:{_QUOTE_DETERMINERS})\s*+$", regex.V1 | regex.I)
# Words a title leaves in lower case ("A Time for Truth", "Bridge of Spies").
_TITLE_SMALL = frozenset(
    [
        "a", "an", "the", "of", "for", "and", "or", "nor", "but", "in", "on", "at", "to", "by", "from",
        "with", "as", "into", "than", "vs", "not", "no", "is",
    ]
)  # fmt: skip


# Verbs of writing a work: their quoted title-case object is the work's title ("who wrote “The Long
# Drought”").
_AUTHORING_LEMMAS = frozenset(["write", "publish", "edit", "author", "co-author"])


def _is_title(text: str, r: MarkRun) -> bool:
    """Title case over a short stretch ("A Choice, Not an Echo", "MEET THE PRESS"): a title, not speech."""
    words = _WORD.findall(text, r.start, r.end)
    if not 2 <= len(words) <= 12 or text[r.end - 1] in "!?":
        return False  # "Ole! Ole! Ole!" is a chant
    big = 0
    for w in words:
        if w[:1].isupper() or w[:1].isdigit():
            big += 1
        elif w not in _TITLE_SMALL:
            return False
    return big >= 2


# What after a reported clause's last quoted fragment opens another clause, not the reported one: a
# coordinated verb, a participle or a relative after a comma, a spaced dash, a subordinate 'as'/'while'.
_AFTER_FRAGMENT = regex.compile(
    r"""
    [,.]?+\s++(?:
        but\s++(?:also\s++)?(?:\p{Ll}++(?<=s|ing)\b       # "but argues", "but suggesting"; in the past only a
          |_SPEAKER_PAST\b                             # verb of saying or of a stance, or any past verb
                                                       # after a modal ("would “look at it” but remained")
          |(?<=\b(?:would|will|could|can|should|might|may|must)\b[^,;.]{0,80}[,.]?+\s++but\s++(?:also\s++)?)
           \p{Ll}++(?<=ed)\b)                  # ("was “in good spirits” but needed rest": one clause)
      | [—–]\s                                        # a spaced dash
      | (?<=,\s*+)(?:\p{Ll}++(?<=ing)|while|who|which|whose)\b  # ", referring to", ", while ..."
      | as\s++(?:he|she|they|it|the)\b                  # "as he faces ..."
      | (?<=,\s*+)(?:in|at|during)\s++[^,;\ue000]{1,80}+[.!?]?\s*+$
                                                       # '“clear limits”, in pointed remarks at a briefing.'
    )
    """.replace("_SPEAKER_PAST", _SPEAKER_PAST),
    regex.VERBOSE | regex.V1,
)


# After a quoted fragment that closes with its own comma (“rigged,”), what opens another clause: a participle,
# a relative, "for instance", "and then".
_AFTER_COMMA_FRAGMENT = regex.compile(
    r"""\s++(?:\p{Ll}++(?<=ing)|while|who|which|whose|where|for\s++(?:instance|example)|and\s++then|in\s++which
           |without                                                       # ", without giving details"
           |\p{Lu}[\p{L}\p{N}'’.&-]*+(?:\s++\p{Lu}[\p{L}\p{N}'’.&-]*+){0,3}+\s++(?:reported|reports|said|says|added)
             (?=\s*+[.;]?\s*+$)                                              # '“...,” Interfax reported.'
           |(?:one|some|two|three|several|many|most|both|an?|the)\s++(?:[\p{L}'’-]++\s++){0,4}?
              (?:said|says|told\s++\p{L}++|added)(?=\s*+[.;]?\s*+$)          # '“...,” one of the aides said.'

           |(?:a|an)\s++(?:[\p{Ll}-]++\s++){0,2}?(?:reference|jab|swipe|dig|nod|hint|allusion|remark)  # the
        )\b""",  # writer's comment on the words
    regex.VERBOSE | regex.V1,
)


_MIN_OBJECT_TAIL = 3  # words after an object's opening quotation that make it go on ("and the release of")


# A preposition opening the words before a colon: the topic a quotation after it speaks to ("On the crash:").
_TOPIC_OPENING = regex.compile(r"(?i:on|about|over|regarding|asked\s++about|of|for|as\s++for)\b", regex.V1)


def _rubric_before(masked: str, at: _Attr, a: int) -> bool:
    """The words at ``a`` before a colon and the quotation the cue after it closes are the writer's: a
    headline's rubric ("Crash report: “...,” says survivor") or a topic a preposition opens ("On the crash:
    “...,” says X")."""
    return at.para == 0 or _TOPIC_OPENING.match(masked, a) is not None


def _claim_runs(
    text: str,
    masked: str,
    paras: list[tuple[int, int]],
    runs: list[tuple[int, MarkRun]],
    attrs_: list[_Attr],
    lex: QuoteLexicon,
) -> list[_Attr]:
    """Give every quotation to the attribution whose clause holds it, or carry the previous speaker."""
    claimed: set[int] = set()
    by_start = {r.open_at: (k, r) for k, (_, r) in enumerate(runs)}
    starts = sorted(by_start)
    para_starts = [p[0] for p in paras]
    para_runs: dict[int, list[MarkRun]] = {}
    for pi, r in runs:
        para_runs.setdefault(pi, []).append(r)

    for at in attrs_:
        if at.content is None:
            continue
        a, b = at.content
        k0 = bisect.bisect_left(starts, a - 2)
        if k0 > 0:
            k_open, opened = by_start[starts[k0 - 1]]
            para_at = paras[max(0, bisect.bisect_right(para_starts, a) - 1)][0]
            if (
                opened.start < a
                and b <= opened.close_end
                and not masked[a:b].strip(MASK)
                and (
                    text[para_at : para_at + 1] == text[opened.open_at : opened.open_at + 1]
                    or text[para_at : para_at + 1].isalnum()  # "“A.\n\nB,” he said": no mark reopens it
                )
            ):
                # the clause is the part of a quotation that opened paragraphs before and reopens this one
                # with the same mark ("“A.\n\n“B,” he said"): the speaker's quotation is the whole run
                claimed.add(k_open)
                at.runs.append(opened)
                at.content = None
                continue
        k1 = bisect.bisect_left(starts, b, k0)
        inner = [by_start[s] for s in starts[k0:k1]]
        if not inner:
            continue
        _first_k, first = inner[0]
        pre = masked[a : first.open_at].strip()
        if (not pre or (pre.endswith(":") and len(_WORD.findall(pre)) < 3)) and _goes_on(
            text, masked, at, first, b, lex
        ):
            # "said that “X” remains under investigation": a quotation opening a clause that goes on
            try:
                cut = _TAIL_CUT.search(masked, first.close_end, b, timeout=_tmo(first.close_end, b))
            except TimeoutError:
                cut = None
            b = _trim(masked, a, cut.start())[1] if cut else b
            inner = [(k, r) for k, r in inner if r.open_at < b]
            for k, _ in inner:
                claimed.add(k)
            last = inner[-1][1]
            at.content = (first.start, last.end if last.close_end >= b - 1 else b)
        elif (
            not pre
            and at.cue is not None
            and at.cue[2] in compiled(lex).object_lemmas
            and len(_WORD.findall(masked, inner[-1][1].close_end, b)) >= _MIN_OBJECT_TAIL
            and text[inner[-1][1].end - 1 : inner[-1][1].end] not in ",.;:!?"  # not "“...,” said X"
            and not masked[inner[-1][1].close_end : b].lstrip().startswith((",", ";", ":"))
        ):
            # "called for “an immediate ceasefire” and the release of all hostages": an object noun phrase
            # that opens with its quoted part and goes on, mixed
            for k, _ in inner:
                claimed.add(k)
            at.content = (first.start, b)
        elif (
            not pre
            and at.cue is not None
            and at.cue[2] in _AUTHORING_LEMMAS
            and len(inner) == 1
            and first.open_at >= at.cue[1]
            and not masked[at.cue[1] : first.open_at].strip()  # right after the verb (not "wrote: “...”")
            and _is_title(text, first)
        ):
            # "X, who wrote “The Long Drought”, a history of ...": the title of a work the speaker wrote
            claimed.add(_first_k)
            at.content = None
            at.silent = True
        elif not pre or pre.endswith(":"):
            # "X said: “...”" / "“...,” X said": the clause is the quotation itself,
            # maybe after an indirect part
            for k, r in inner:
                claimed.add(k)
                at.runs.append(r)
            if (
                pre.endswith(":")
                and len(_WORD.findall(pre)) >= 3
                and not _object_only(masked, at, a, lex)
                and not (at.cue is not None and at.cue[0] > first.open_at and _rubric_before(masked, at, a))
            ):
                ia, ib = _trim(masked, a, a + masked[a:b].index(pre) + len(pre))
                at.content = (ia, ib)
            else:
                at.content = None
        else:
            # a quoted fragment inside reported speech: mixed
            for k, _ in inner:
                claimed.add(k)
            last = inner[-1][1]
            if last.close_end >= b - 1 or at.fragment:
                at.content = (a, last.end)
            elif _AFTER_FRAGMENT.match(masked, last.close_end, b):
                at.content = (a, last.end)  # "... “passion and commitment” but argues ...": the clause ends
            elif text[last.end - 1 : last.end] == "," and _AFTER_COMMA_FRAGMENT.match(
                masked, last.close_end, b
            ):
                at.content = (a, last.end)  # "said it was “rigged,” noting that ...": the comma ends it
    out = list(attrs_)
    # quotations no verb claims: headline colons, split quotes, carried turns
    by_para: dict[int, list[_Attr]] = {}  # each paragraph's attributions, in the order of the text
    for at in out:
        by_para.setdefault(at.para, []).append(at)
    for listed in by_para.values():
        listed.sort(key=_pos)
    owner = {id(r): at for at in out for r in at.runs}  # which attribution holds each claimed quotation
    for k, (pi, r) in enumerate(runs):
        if k in claimed:
            continue
        if not _is_sentence_like(text, r) and not _short_follow_on(text, r, _near(by_para, pi, r)):
            if _interrupted_lead(text, runs, k) and (holder := owner.get(id(runs[k + 1][1]))) is not None:
                holder.runs.insert(0, r)  # "“Some doors,” X said, “are ...”": the first part of X's quotation
                claimed.add(k)
            continue
        if _label_run(text, r) and (
            not _cue_in_sentence(masked, _near(by_para, pi, r), r)
            or _ASIDE_TITLE_BEFORE.search(text, max(0, r.open_at - 40), r.open_at) is not None
        ):  # 'coverage of the "special military operation,"' with no speaker in sight: a label; and a title
            continue  # set off in the speaker's aside ('X, author of “...”, said') even with one
        if _CHARGE_BEFORE.search(text, max(0, r.open_at - _CHARGE_REACH), r.open_at) is not None:
            continue  # "arrested on suspicion of “acts with seditious intention”": a charge's legal name
        found = (
            _colon_cue(masked, paras[pi][0], r, pi, lex)
            or _dash_credit(masked, paras[pi][1], r, pi, lex)
            or _label_above(masked, paras, pi, r, lex)
        )
        if found is None and not r.closed:
            found = _continued_by(text, pi, r, by_para, paras, para_runs)
        at = found if found is not None else _carry(text, pi, r, by_para, paras, masked, lex)
        if found is None:
            with contextlib.suppress(TimeoutError):  # a timed-out clause leaves the quotation as it is
                _embed(text, masked, paras[pi], r, at)
        bisect.insort(by_para.setdefault(pi, []), at, key=_pos)
        out.append(at)
    return out


# A possessive right before a cue's form in -ed, which makes the form an adjective ("its stated aim"); after a
# name's "'s" only "continued", since "Ruiz's said" may be "Ruiz has said".
_POSSESSIVE_END = regex.compile(
    r"(?<![\p{L}\p{N}])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)$",
    regex.V1,
)
# An auxiliary right after a cue's form: the form is a noun, the subject of that verb ("the warning had").
_AUXILIARY_NEXT = regex.compile(
    rf"[ \t]++(?:{_AUXILIARIES})(?![\p{{L}}\p{{N}}])(?![ \t]++that\b)", regex.V1
)  # ("All I'm asking is that ...": a cleft, the cue's clause after "that")
_COLON_AFTER_QUOTE = regex.compile(
    r"[ \t]*+:[ \t]++(?=\p{Lu})", regex.V1
)  # a headline's "“...”: Minister ..."
# Words of quantity that open a sentence in capitals and are no one's name ("More than 100 MPs ...").
_COUNT_WORDS_OPENING = frozenset(
    ["more", "most", "many", "some", "several", "few", "fewer", "less", "all", "both"]
)
# A judgment a higher court upholds after "affirmed": "affirmed the ruling", "affirmed his conviction".
_AFFIRMED_ACT = regex.compile(
    r"""\s++(?:(?:the|a|an|his|her|their|its|that|this|lower|district|trial)\s++){0,3}(?:\p{L}++\s++)?
        (?:ruling|rulings|decision|decisions|judgment|judgement|verdict|conviction|convictions|sentence
          |sentences|order|orders|dismissal|award|injunction|finding|findings|court)\b""",
    regex.VERBOSE | regex.V1,
)
_NEAR = 3000  # characters around a quotation in which its paragraph's attributions are read
# A charge named right before a quotation no verb claims: "on suspicion of ", "charged with ", "convicted
# of ", "sentenced to six years for ".
_CHARGE_BEFORE = regex.compile(
    r"""(?:\bon\s++suspicion\s++of|\bcharged\s++with|\bon\s++(?:a\s++)?charges?\s++of
        |\b(?:convicted|accused|guilty|suspected|acquitted|cleared)\s++of
        |\b(?:sentenced|jailed|imprisoned|arrested|detained|indicted|prosecuted|tried)\b[^.;:!?“”"\n]{0,40}?\s(?:for|on))
        \s*+$""",
    regex.VERBOSE | regex.V1,
)
_CHARGE_REACH = 60  # characters before a quotation read for a charge


def _near(by_para: dict[int, list[_Attr]], pi: int, r: MarkRun) -> list[_Attr]:
    """The attributions of paragraph ``pi`` (in text order) that stand near ``r``: a bounded read, so that
    a paragraph of thousands of quotations costs no more per quotation than a short one."""
    listed = by_para.get(pi, [])
    lo = bisect.bisect_left(listed, r.open_at - _NEAR, key=_pos)
    hi = bisect.bisect_right(listed, r.close_end + _NEAR, key=_pos)
    return listed[lo:hi]


# The clause around a quotation embedded in prose: from "that"/"as"/a clause mark before it to a clause mark
# after it (marks outside quotations: the masked text has none inside).
_CLAUSE_LEFT = regex.compile(r"(?:[,;:(—–]|\bthat\b)[^,;:(—–]*+$", regex.V1)
_CLAUSE_RIGHT = regex.compile(r"[^,;:)—–]*+", regex.V1)
_EMBED_SIDE_WORDS = 6  # words of prose read on either side of an embedded quotation


def _embed(text: str, masked: str, para: tuple[int, int], r: MarkRun, at: _Attr) -> None:
    """A quotation no verb claims, opened right after a word of its sentence ("is now “cheaper than candy”",
    "the “end of the line” if ..."): a fragment of reported prose, read with its clause as mixed."""
    ps, pe = para
    b0 = r.open_at
    while b0 > ps and masked[b0 - 1] == " ":
        b0 -= 1
    if b0 == ps or not masked[b0 - 1].isalpha() or b0 == r.open_at:
        return
    ss = max(ps, *(m.end() for m in _SENT_END.finditer(masked, max(ps, b0 - 300), b0)), max(ps, b0 - 300))
    lm = _CLAUSE_LEFT.search(masked, ss, b0)
    a = lm.start() + (1 if masked[lm.start()] in ",;:(—–" else 0) if lm else ss
    sm = _SENT_END.search(masked, r.close_end, min(pe, r.close_end + 300))
    se = sm.start() + 1 if sm else pe
    if masked[r.close_end - 1] in ".!?":
        se = r.close_end  # 'the report "does not correspond to reality." Its ...': the quotation ends it
    rm = _CLAUSE_RIGHT.match(masked, r.close_end, se)
    b = rm.end() if rm else r.close_end
    a, b = _trim(masked, a, b)
    if len(_WORD.findall(masked, a, r.open_at)) > _EMBED_SIDE_WORDS:
        a = r.open_at
    if len(_WORD.findall(masked, r.close_end, b)) > _EMBED_SIDE_WORDS:
        b = r.close_end
    if (a, b) == (r.open_at, r.close_end) or a > r.open_at:
        return
    at.content = (a, max(b, r.end))
    at.runs = []


# A quotation followed by these words is followed by a circumstance ("in a statement", "on Friday"); a
# subordinate clause ("before the issue is resolved") goes on with the reported clause.
_NOT_GOING_ON = _ADJUNCT_START - {"before", "after", "while"}
_GAP_COMMA = regex.compile(r"[^\p{L}\p{N}]*?[,;]", regex.V1)


# Where a clause opened by a quotation stops: a participle, a relative or a new clause after a comma.
_TAIL_CUT = regex.compile(
    r",\s*+(?:\p{Ll}++(?<=ing)|but|which|who|when|while|as|asked|presumably|according)\b|;", regex.V1
)


def _goes_on(text: str, masked: str, at: _Attr, first: MarkRun, b: int, lex: QuoteLexicon) -> bool:
    """Whether the clause goes on after the quotation opening it ("“X” remains under investigation",
    "“X” and that “Y” can be ...") rather than a circumstance following it ("“X” in a statement",
    "“X,” she said, in a caution to ...", "“X”, speaking at ...")."""
    if at.cue is not None and first.close_end <= at.cue[0] < b:
        return False
    if text[first.end - 1] in ",;?!" or _is_title(text, first):
        return False  # "“X,” said Y", "“X?” asked Y", "“The Apprentice” who ...": the quotation ends there
    if _GAP_COMMA.match(masked, first.close_end, b):
        return False
    words = [w.casefold() for w in _WORD.findall(masked, first.close_end, b)]
    return (
        len(words) >= 3
        and (
            words[0] not in _NOT_GOING_ON
            or words[:2] == ["and", "that"]
            or (
                words[0] == "and"
                and text[first.end - 1 : first.end] not in _STOPS
                and _AND_SUBJECT_THEN_VERB.match(masked, first.close_end, b) is not None
            )  # "said “budget cuts” and the sale of ferries would pay for it": one subject, its verb after
            or (
                words[:2] in (["in", "the"], ["at", "the"])
                and text[first.end - 1 : first.end] not in _STOPS  # a fragment, not a sentence quoted whole
                and at.cue is not None
                and " ".join(masked[at.cue[0] : at.cue[1]].casefold().split())
                not in compiled(lex).quoted_object_forms
                # (after a verb of naming or judging, words cited: 'referred to “X” in the strait')
                and _SPEECH_CIRCUMSTANCE.match(masked, first.close_end, b) is None
            )  # "reported “1,200 rescues” in the strait between March and June": a place of the clause's own
        )
    )


_STOPS = frozenset(".,;:!?…")
# "and" and a noun phrase (up to eight words, no clause mark) before a finite verb: a quotation that is the
# first conjunct of the clause's subject.
_AND_SUBJECT_THEN_VERB = regex.compile(
    r"""\s++and\s++(?:the|a|an|his|her|its|their|other|more|some|many|several|new|higher|lower)\s++
        (?:[\p{L}\p{N}'’-]++\s++){0,7}?(?:would|will|could|can|should|may|might|must|is|are|was|were|has|have
        |had)\b""",
    regex.VERBOSE | regex.V1,
)
# A circumstance of the speech after a quotation: where, when or in what it was said ("“...” in a statement",
# "at a rally", "in Iowa", "in 2014").
_SPEECH_CIRCUMSTANCE = regex.compile(
    r"""\s++(?:in|at)\s++(?:
        (?:(?:a|an|the|his|her|their|its|this|that|last|one|another)\s++)?(?:[\p{L}\p{N}'’-]++\s++){0,3}?
        (?:statement|interview|speech|address|post|tweet|message|letter|video|e-?mail|conference|briefing|rally
          |meeting|hearing|debate|event|forum|appearance|broadcast|program|programme|show|podcast|op-ed
          |column|editorial|article|book|memoir|remarks|comments|session|summit|ceremony|release|filing|report
          |testimony|lecture|sermon|visit|stop|campaign|news|press|radio|television|TV|town\s++hall|convention
          |congress|dinner|luncheon|breakfast|gala|fundraiser|caucus|primary|race|election|vote|poll|survey)s?\b
      | [\p{Lu}\p{N}])""",
    regex.VERBOSE | regex.V1,
)


def _object_only(masked: str, at: _Attr, a: int, lex: QuoteLexicon) -> bool:
    """The cue takes a noun phrase before the colon ("cited the example of X: “...”"), not a clause."""
    if at.cue is None or at.cue[2] not in lex.object_cues:
        return False
    return _THAT_END.search(masked, at.cue[1], a, timeout=_tmo(at.cue[1], a)) is None


_COLON_HEAD_REACH = 400  # characters from a paragraph's start to its quotation for "Speaker: “...”"


def _colon_cue(masked: str, ps: int, r: MarkRun, pi: int, lex: QuoteLexicon) -> _Attr | None:
    """``Turkish Foreign Minister: “...”``: a speaker, a colon and the quotation."""
    if r.open_at - ps > _COLON_HEAD_REACH:
        return None  # (checked before the slice: a long paragraph holds many quotations)
    head = masked[ps : r.open_at].rstrip()
    if not head.endswith(":") or len(head) > 120:
        return None
    colon = ps + len(head) - 1
    stamp = _TIME_STAMP.match(masked, ps, colon)
    start = stamp.end() if stamp is not None else ps  # "13:30 GMT – Netanyahu: “...”" in a live blog
    if (dash := _HEADING_DASH.search(masked, start, colon)) is not None:
        start = dash.end()  # "FARMS LOSE GROUND - Ana Ruiz: “...”": a section heading, a dash, the speaker
        if (more := _MORE_FROM.match(masked, start, colon)) is not None:
            start = more.end()  # "What it means - More from Ruiz: “...”"
    if (label := _QUOTE_LABEL.match(masked, start, colon)) is not None:
        if not masked[label.end() : colon].strip():
            return None  # "Quote: “...”": a layout's label, no speaker
        start = label.end()  # "Quote from Bilenko: “...”": the one after "from"
    m = subject_before(masked, start, colon, lex)
    if m is None or masked[start : m.start].strip():
        return _inline_colon_cue(masked, ps, r, pi, lex)
    return _Attr((colon, colon + 1, ":"), m, runs=[r], para=pi)


# A name and its colon right after a sentence's end, right before a quotation: 'Quill: “...” Arlen: “...”'.
_INLINE_COLON_HEAD = regex.compile(
    r"(?:[.!?][”\"’)]?|\ue000)[^\S\n]++(?P<head>\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++\p{Lu}[\p{L}'’.-]*+){0,3})"
    r"[^\S\n]*+:[^\S\n]*+$",
    regex.V1,
)


def _inline_colon_cue(masked: str, ps: int, r: MarkRun, pi: int, lex: QuoteLexicon) -> _Attr | None:
    """``... the plan. Quill: “...” Arlen: “...”``: a name and a colon after a sentence inside a paragraph,
    each opening the quotation after it (a name only: "The reason: “...”" is the writer's)."""
    head = _INLINE_COLON_HEAD.search(masked, max(ps, r.open_at - 60), r.open_at)
    if head is None:
        return None
    colon = masked.rindex(":", head.end("head"), r.open_at)
    m = subject_before(masked, head.start("head"), colon, lex)
    if m is None or m.kind != "name" or m.start != head.start("head"):
        return None
    named = regex.compile(r"(?<=[\p{L},][^\S\n])" + regex.escape(masked[m.start : m.end]) + r"\b", regex.V1)
    if named.search(masked, max(0, m.start - _NEAR), head.start()) is None:
        return None  # (a name the article gave before inside a sentence: "Result: “...”" names no one)
    return _Attr((colon, colon + 1, ":"), m, runs=[r], para=pi)


def _label_above(
    masked: str, paras: list[tuple[int, int]], pi: int, r: MarkRun, lex: QuoteLexicon
) -> _Attr | None:
    """``Polish President Ana Nowak:`` as a paragraph of its own, the quotation opening the next: a list of
    key quotes, each under its speaker's label (a speaker, a colon and nothing else)."""
    if pi == 0 or masked[paras[pi][0] : r.open_at].strip():
        return None
    ps, pe = paras[pi - 1]
    start = ps + len(masked[ps:pe]) - len(masked[ps:pe].lstrip())
    head = masked[start:pe].rstrip()
    if not head.endswith(":") or len(head) > _LABEL_LINE_CHARS:
        return None
    colon = start + len(head) - 1
    words = masked[start:colon].split()
    if len(words) > _LABEL_LINE_WORDS or not all(w[:1].isupper() or w in _LABEL_LINKS for w in words):
        return None  # (a title and a name only: "Polish President Ana Nowak:", not "Reid said:")
    m = subject_before(masked, start, colon, lex)
    if m is None or m.start != start or m.kind not in ("name", "role", "org"):
        return None
    return _Attr((colon, colon + 1, ":"), m, runs=[r], para=pi)


_LABEL_LINE_WORDS = 8  # words of a speaker's label on a line of its own
_LABEL_LINE_CHARS = 90  # characters of that line, its colon included
_LABEL_LINKS = frozenset(["of", "for", "the", "and", "de", "van", "der", "von", "al", "bin"])


# A layout's label before a quotation, as some Ukrainian outlets print them: "Quote:", "Quote from X:".
_QUOTE_LABEL = regex.compile(r"[^\S\n]*+(?:Quote|QUOTE)(?:[^\S\n]++from[^\S\n]++|[^\S\n]*+$)", regex.V1)


_HEADING_DASH = regex.compile(r"[^\S\n][-–—][^\S\n]++(?!.*[^\S\n][-–—][^\S\n])", regex.V1)
_MORE_FROM = regex.compile(r"More[^\S\n]++from[^\S\n]++", regex.V1)
_QA_LABEL = regex.compile(r"(?:Q|A|Question|Answer)[^\S\n]*+:[^\S\n]++", regex.V1)
_TIME_STAMP = regex.compile(TIME_STAMP_PATTERN, regex.VERBOSE | regex.V1)


_DASH_CREDIT = regex.compile(r"\s*[,.]?\s*(?P<dash>[―—–-]{1,2})\s*(?=\p{Lu})", regex.V1)


def _dash_credit(masked: str, pe: int, r: MarkRun, pi: int, lex: QuoteLexicon) -> _Attr | None:
    """``“...” ― Tessa Hurlock``: a quotation credited by a dash and a name ending the paragraph."""
    d = _DASH_CREDIT.match(masked, r.close_end, pe)
    if d is None:
        return None
    m = subject_after(masked, d.end(), pe, lex)
    if m is None or m.kind not in ("name", "role", "org"):
        return None
    rest = masked[m.end : pe].strip(" .\u00a0")
    if rest and not (rest.startswith(",") and MASK not in rest and len(rest.split()) <= _CREDIT_REST_WORDS):
        return None  # "― Tom Hale, Dover" and "― Tom Hale, 34, a nurse" credit; more words are prose
    return _Attr((*d.span("dash"), "―"), m, runs=[r], para=pi)


_CREDIT_REST_WORDS = 6


_CONTINUED_PARAS = 8  # paragraphs one quotation may run over, unclosed, before its closing attribution


def _continued_by(
    text: str,
    pi: int,
    r: MarkRun,
    by_para: dict[int, list[_Attr]],
    paras: list[tuple[int, int]],
    para_runs: dict[int, list[MarkRun]],
) -> _Attr | None:
    """A quotation left open at its paragraph's end and reopened with the same mark by the next paragraph
    ("“A.\n\n“B,” he said"): the attribution of the paragraph that closes it, with this part as its run."""
    mark = text[r.open_at : r.open_at + 1]
    for nxt in range(pi + 1, min(len(paras), pi + 1 + _CONTINUED_PARAS)):
        opening = next((x for x in para_runs.get(nxt, []) if x.open_at == paras[nxt][0]), None)
        if opening is None or text[opening.open_at : opening.open_at + 1] != mark:
            return None
        for at in by_para.get(nxt, []):
            if opening in at.runs and at.mention is not None and not at.silent:
                return _Attr(at.cue, at.mention, at.addressee, runs=[r], para=pi)
        if opening.closed:
            return None
    return None


def _carry(
    text: str,
    pi: int,
    r: MarkRun,
    by_para: dict[int, list[_Attr]],
    paras: list[tuple[int, int]],
    masked: str,
    lex: QuoteLexicon,
) -> _Attr:
    """A quotation with no cue: the speaker of the quote beside it in its paragraph, else the person its
    paragraph opens a sentence with before it, else the person quoted in the paragraph just before."""
    same = [a for a in _near(by_para, pi, r) if a.mention is not None and not a.silent]
    ends_in = pi
    while ends_in + 1 < len(paras) and paras[ends_in + 1][0] < r.close_end:
        ends_in += 1  # a quotation over several paragraphs: its attribution may follow it in the last one
    closing = (
        [a for a in _near(by_para, ends_in, r) if a.mention is not None and not a.silent]
        if ends_in > pi
        else []
    )
    topics = compiled(lex).topic_forms
    for a in [*same, *closing]:
        assert a.mention is not None
        opens = min(a.mention.start, a.cue[0]) if a.cue is not None else a.mention.start
        gap = masked[r.close_end : opens] if opens >= r.close_end else "x"
        if not gap.strip(" \t,") and ("," in gap or text[r.start : r.end].rstrip().endswith(",")):
            # "“A,” Grossi told journalists, “B.”": the first part of a split quotation, its own speaker and
            # cue right after it, however the sentence before ended
            return _Attr(_speech_cue(masked, a, topics), a.mention, a.addressee, runs=[r], para=pi)
    if pi > 0 and not masked[paras[pi][0] : r.open_at].strip():
        # "Finance Minister X told reporters:" closing the paragraph before: its verb and hearer are the
        # quotation's
        told = _last_speaking(by_para, pi - 1)
        if (
            told is not None
            and told.cue is not None
            and told.content is None
            and not told.runs
            and masked[told.cue[1] : paras[pi - 1][1]].rstrip().endswith(":")
        ):
            return _Attr(told.cue, told.mention, told.addressee, runs=[r], para=pi)
    if (introduced := _colon_subject(masked, paras, pi, r, lex)) is not None:
        return introduced  # "Tomas Reyland fired back: “...”": the subject of the clause the colon closes
    if (closer := _closing_clause(text, masked, paras[pi][1], r, pi, lex)) is not None:
        return closer  # "“...?” Marrow pressed.": the short clause closing the quotation names its speaker
    if same:
        before = [a for a in same if _pos(a) < r.open_at]
        src = before[-1] if before else same[0]
        named = (
            _subject_after_turn(masked, src, r.open_at, lex)
            if before
            else _person_opening(masked, paras[pi][0], r.open_at, lex)
        )
        if named is not None:
            # "“A,” Marrow said. Tomas Reyland shook his head. “B.”": a person opening a sentence between
            # the last speaker (or the paragraph's start) and the quotation takes the turn
            return _Attr(None, named, None, runs=[r], para=pi)
        if before and src.content is not None and not src.runs:
            # a quotation after an indirect statement continues its speaker's turn with no cue of its own
            return _Attr(None, src.mention, None, runs=[r], para=pi, carried=True)
        return _Attr(_speech_cue(masked, src, topics), src.mention, src.addressee, runs=[r], para=pi)
    if (
        pi == 0
        and not masked[paras[0][0] : r.open_at].strip()
        and (colon := _COLON_AFTER_QUOTE.match(masked, r.close_end, paras[0][1])) is not None
        and (who := _sentence_subject(masked, colon.end(), paras[0][1], lex)) is not None
        and who.start == colon.end()
        and (who.kind == "role" or (who.kind in ("name", "org") and " " in (who.name or "")))
        and not masked.endswith(("'s", "’s"), who.start, who.end)  # ("‘...’: X's remarks spark outrage")
        and not masked.startswith(("'s", "’s"), who.end)
    ):
        return _Attr(None, who, None, runs=[r], para=pi)  # "‘We got it wrong’: Minister apologises over ..."
    own = _paragraph_subject(masked, paras[pi][0], r.open_at, lex)
    if own is not None and (own.name or "").casefold() in _COUNT_WORDS_OPENING:
        own = None  # "More than 100 MPs are preparing to ...": a count opening the sentence, no one's name
    if own is not None:
        return _Attr(None, own, None, runs=[r], para=pi)  # "Ohio's Mara Quist agreed. “...”"
    for back in (pi - 1, pi - 2):
        last = _last_speaking(by_para, back)
        if last is not None:
            if last.content is None and not last.runs:
                return _Attr(last.cue, last.mention, last.addressee, runs=[r], para=pi)  # "X reports:"
            if (
                last.cue is not None
                and last.cue[2] == "ask"
                and last.addressee is not None
                and _NAMED_HEARER.fullmatch(masked, *last.addressee) is not None
            ):
                break  # "Ruiz was asked by the host whether ... ¶ His answer was that “...”": not the asker's
            if last.mention is not None and (
                last.mention.kind in _CARRIED_KINDS
                or (
                    last.mention.kind == "role"
                    and last.runs
                    and masked.startswith(("The ", "the "), last.mention.start)
                    and not last.mention.head.endswith("s")
                    and masked[last.runs[0].open_at - 2 : last.runs[0].open_at].strip() == ":"
                )
            ):
                # (a role that announced a speech with a colon, "The King said: “...”", goes on in it)
                return _Attr(None, last.mention, None, runs=[r], para=pi, carried=True)
            break
        if back == pi - 1 and masked[paras[back][0] : paras[back][1]].strip():
            continue
    return _Attr(None, None, runs=[r], para=pi)


def _last_speaking(by_para: dict[int, list[_Attr]], pi: int) -> _Attr | None:
    """The last attribution of paragraph ``pi`` that names a speaker and is not silenced."""
    return next((a for a in reversed(by_para.get(pi, [])) if a.mention is not None and not a.silent), None)


def _colon_subject(
    masked: str, paras: list[tuple[int, int]], pi: int, r: MarkRun, lex: QuoteLexicon
) -> _Attr | None:
    """A quotation right after a colon that closes a clause with no verb of saying ("Tomas Reyland fired
    back: “...”", "The council issued this statement:\n\n“...”"): the subject of that clause speaks."""
    ps = paras[pi][0]
    lo = max(ps, r.open_at - _NEAR)  # (bounded: a huge paragraph)
    if not masked[lo : r.open_at].strip() and pi > 0 and r.open_at - ps < _NEAR:
        # the quotation opens its paragraph: the clause closing the paragraph before
        lo = max(paras[pi - 1][0], paras[pi - 1][1] - _NEAR)
        head = masked[lo : paras[pi - 1][1]].rstrip()
    else:
        head = masked[lo : r.open_at].rstrip()
    if not head.endswith((":", ",")):
        return None
    colon = lo + len(head) - 1
    ss = _sentences(masked, lo, colon)[-1][0] if colon > lo else lo
    if head.endswith(",") and (
        _AS_OPENING.match(masked, ss, colon) is None or not _PUT_IT.search(masked, ss, colon)
    ):
        return None  # a comma before the quotation: only "As Ruiz put it in a statement, “...”"
    if (adverb := _OPENING_ADVERB_COMMA.match(masked, ss, colon)) is not None:
        ss = adverb.end()  # "Likewise, a paper had this to say:": the subject follows the adverb
    elif (as_ := _AS_OPENING.match(masked, ss, colon)) is not None and _as_said(
        masked, as_.end(), colon, lex
    ):
        ss = as_.end()  # "Or, as Ruiz, a former aide, put it:": the subject of the "as" clause
    at = ss
    for inner in _INNER_SUBJECT.finditer(masked, ss, colon, timeout=_tmo(ss, colon)):
        at = inner.start("p")  # "She grew so cross that I gave in and said:": the last clause's subject
    m = _sentence_subject(masked, at, colon, lex)
    if m is None and at == ss:
        # "On July 6, 2015, Ruiz made the following comment:", "With the vote near, Ruiz has one message:": an
        # opening phrase the lead pattern does not read, the subject after one of its first commas
        for comma in itertools.islice(_COMMA_THEN_WORD.finditer(masked, ss, colon), _OPENING_COMMAS):
            if (m := _sentence_subject(masked, comma.end(), colon, lex)) is not None:
                break
    if m is None:
        return None
    cue = (colon, colon + 1, ":") if masked[colon] == ":" else None  # (a comma is no cue)
    return _Attr(cue, m, runs=[r], para=pi)


def _as_said(masked: str, a: int, colon: int, lex: QuoteLexicon) -> bool:
    """Whether ``masked[a:colon]`` after an opening "as" is a clause of saying ("as Ruiz, a former aide, put
    it", "as Ruiz reported after the raid"), not of anything else ("As Ruiz tried to discuss it")."""
    m = _sentence_subject(masked, a, colon, lex)
    if m is None:
        return False
    if _PUT_IT.search(masked, m.end, colon) is not None:
        return True
    verb = _LOWER_WORD.match(masked, m.end, colon)
    return verb is not None and verb.group(1).casefold() in compiled(lex).clause_forms


_PUT_IT = regex.compile(r"\bput\s++it\b", regex.V1)
# A particle or place after "put it" that makes it a deed: "putting it out of service", "put it on hold" (not
# "in", "as X put it in a memo", nor "at", an estimate: "officials put it at 40").
_PUT_IT_PARTICLE = regex.compile(
    r"\s++(?:out|on|into|down|up|off|back|under|over|aside|forward|behind|together|through|away|ahead"
    r"|before|beyond|onto|there|here|first|last|right)\b",
    regex.V1,
)
_AS_OPENING = regex.compile(
    r"(?:(?:Or|But|And|So)\s*+,?\s++)?(?i:as)\s++(?=\p{Lu})", regex.V1
)  # "Or, as Ruiz"
_COMMA_THEN_WORD = regex.compile(r",\s++(?=\S)", regex.V1)
_OPENING_COMMAS = 3


_CLOSING_WORDS_BEFORE_VERB = 8  # words of a closing clause's subject ("an angry council leader")
_CLOSING_WORDS_AFTER_VERB = 8  # words after its verb to the sentence's end ("riffed on the radio on Monday")
_CLOSING_WINDOW = 240
_ARTICLES = frozenset(["a", "an", "the"])
_BE_OR_HAVE = frozenset(["is", "was", "are", "were", "has", "had", "have", "does"])
_CLOSING_WORD = regex.compile(r"[\p{L}\p{N}]++(?:['’.-][\p{L}\p{N}]++)*+", regex.V1)
_PAST_OR_PRESENT = regex.compile(
    r"\p{Ll}++(?<=ed|[^su]s)|wrote|spoke|began|went|shot|put|read|rang|sang", regex.V1
)


def _closing_clause(text: str, masked: str, pe: int, r: MarkRun, pi: int, lex: QuoteLexicon) -> _Attr | None:
    """A quotation closed by a comma, question or exclamation mark and followed by a short clause of a
    subject and a verb the lexicon does not list ("“...?” Marrow pressed.", "“...,” an angry Reyland shot
    back on Monday."), or of the verb and its subject ("“...,” remembered Tomas Reyland, a former aide."):
    that subject is the speaker, not the one before carried over."""
    if text[r.end - 1 : r.end] not in (",", "?", "!") and masked[r.close_end : r.close_end + 1] != ",":
        return None
    lo = r.close_end + (masked[r.close_end : r.close_end + 1] == ",")
    hi = min(pe, lo + _CLOSING_WINDOW)
    end = _SENT_END.search(masked, lo, hi)
    se = end.start() if end is not None else hi
    if (end is None and hi < pe) or MASK in masked[lo:se]:
        return None  # a long sentence, or another quotation in it: no short closing clause
    words = list(_CLOSING_WORD.finditer(masked, lo, se))
    if not words:
        return None
    first = words[0]
    if _PAST_OR_PRESENT.fullmatch(first.group()):
        m = subject_after(masked, first.end(), se, lex)  # "“...,” remembered Tomas Reyland"
        if m is not None and masked[m.start : m.end].endswith(("'s", "’s")):
            m = _np_after(masked, first.end(), se, lex)  # "exhorted the council's guest, actress X"
        elif m is not None and masked[first.end() : m.start].strip():
            return None
        if m is None or m.kind not in ("name", "role", "org"):
            return None
        rest = masked[m.end : se]
        if rest.strip(" .") and not rest.lstrip().startswith(",") and not _SHORT_PLACE.fullmatch(rest):
            return None  # (", a former aide" or "in the Dover Courier" may follow the subject; more is prose)
        return _Attr(None, m, runs=[r], para=pi)  # (a verb the lexicon does not list: no cue)
    for k, w in enumerate(words[: _CLOSING_WORDS_BEFORE_VERB + 1]):
        if not w.group()[:1].islower() or k == 0:
            continue
        if w.group() in _BE_OR_HAVE:
            return None  # "“...,” Reyland was told.": a passive, its subject the hearer
        if not _PAST_OR_PRESENT.fullmatch(w.group()) or len(words) - k - 1 > _CLOSING_WORDS_AFTER_VERB:
            continue
        m = subject_before(masked, lo, w.start(), lex)
        if m is None or m.kind not in ("name", "role", "org", "pronoun"):
            continue
        before = masked[lo : m.start].split()
        described = not before or (
            before[0] in _ARTICLES and len(before) <= 2 and before[-1].replace("-", "").isalpha()
        )
        if not described or masked[m.end : w.start()].strip():
            continue  # "an angry Reyland" is a subject with its adjective; more is a clause of its own
        return _Attr(None, m, runs=[r], para=pi)
    return None


_SHORT_PLACE = regex.compile(r"\s++(?:in|of|at|for|from|on)\s++[^,;:\ue000]{1,60}?[\s.]*+", regex.V1)
_OPENING_ADVERB_COMMA = regex.compile(
    r"(?:\p{Lu}\p{Ll}++(?<=ly|wise)|Indeed|Instead|Meanwhile|Moreover|Still|Yet|Again|Also|Overall|Elsewhere)\s*+,\s*+",
    regex.V1,
)
_INNER_SUBJECT = regex.compile(
    r"\b(?:that|so|because|when|while|until|and|but|as|after|before|if)\s++(?P<p>I|he|she|we|they|you)\s",
    regex.V1,
)


def _speech_cue(masked: str, a: _Attr, topics: frozenset[str]) -> tuple[int, int, str] | None:
    """The cue of ``a`` for a quotation it is given, unless the verb only names a topic ("“...,” she said,
    pointing to the pier": the speaker's, with no cue of its own)."""
    if a.cue is not None and " ".join(masked[a.cue[0] : a.cue[1]].casefold().split()) in topics:
        return None
    return a.cue


# A turn is carried over a paragraph break from a person only: a role, a body or a study ("the source",
# "Apple Music", "directors") that spoke in the paragraph before rarely goes on speaking in the next.
_CARRIED_KINDS = frozenset(["name", "pronoun"])


def _paragraph_subject(masked: str, ps: int, at: int, lex: QuoteLexicon) -> Mention | None:
    """The person opening a sentence of the paragraph before ``at``, the nearest first."""
    for ss, _ in reversed(_sentences(masked, max(ps, at - _NEAR), at)):  # (bounded: a huge paragraph)
        m = _sentence_subject(masked, ss, at, lex)
        if m is not None and m.kind == "name":
            return m
    return None


def _subject_after_turn(masked: str, a: _Attr, at: int, lex: QuoteLexicon) -> Mention | None:
    """The person opening a sentence after the one holding ``a`` and before ``at``, the nearest first."""
    assert a.mention is not None
    last = max(
        a.mention.end,
        a.cue[1] if a.cue is not None else 0,
        a.content[1] if a.content is not None else 0,
        *(x.close_end for x in a.runs),
    )
    if last >= at:
        return None
    end = _SENT_END.search(masked, last, at, timeout=_tmo(last, at))
    return _person_opening(masked, end.end(), at, lex) if end is not None else None


def _person_opening(masked: str, lo: int, at: int, lex: QuoteLexicon) -> Mention | None:
    """The person named at the start of a sentence of ``masked[lo:at]``, the nearest first: a name of two
    words or more, or of one that stands inside a sentence nearby too."""
    m = _paragraph_subject(masked, lo, at, lex)
    if m is None or m.name is None:
        return None
    if " " not in m.name and not _named_mid_sentence(masked, m, at):
        return (
            None  # "Audiences can expect ...", "Unless rivals quit ...": a capital that only opens a sentence
        )
    return m


def _named_mid_sentence(masked: str, m: Mention, at: int) -> bool:
    """Whether the one-word name of ``m`` stands inside a sentence somewhere near ``at`` ("Sam Jacobs", "met
    Jacobs"), so that its capital is a name's, not only a sentence's first letter."""
    assert m.name is not None
    lo = max(0, at - _NEAR)
    for found in regex.finditer(rf"\b{regex.escape(m.name)}\b", masked[lo : min(len(masked), at + _NEAR)]):
        k = lo + found.start()
        if (
            k != m.start
            and k >= 2
            and masked[k - 1] == " "
            and (masked[k - 2].isalpha() or masked[k - 2] == ",")
        ):
            return True
    return False


def _pos(a: _Attr) -> int:
    """Where an attribution stands in reading order: its cue, else its first quotation, else its clause (a
    carried clause with neither, "..., though “the gap is real.”", is read where it stands, not first)."""
    if a.cue is not None:
        return a.cue[0]
    if a.runs:
        return a.runs[0].open_at
    if a.content is not None:
        return a.content[0]
    return a.mention.start if a.mention is not None else 0


# --------------------------------------------------------------------------- transcripts

# A transcript's turn label opening a paragraph, in capitals ("TAPPER: ...", "JAKE TAPPER: ...").
_TURN_LABEL = regex.compile(
    r"""
    ["“]?+                                             # a transcript quoted whole opens each turn with a mark
    (?P<label>\p{Lu}[\p{Lu}'’.-]*+(?:[^\S\n]\p{Lu}[\p{Lu}'’.-]*+){0,3}+  # "WALLACE", "SEN. ANA RUIZ"
      | (?P<titled>\p{Lu}\p{Ll}[\p{L}'’-]*+(?:[^\S\n]\p{Lu}\p{Ll}[\p{L}'’-]*+){0,2}+))
                                                       # "Iravani", "Lin Jian": a name the article gave before
    (?(titled)|(?P<desc>,[^\S\n]++\p{Lu}[\p{Lu}'’.-]*+(?:[^\S\n]\p{Lu}[\p{Lu}'’.-]*+){0,4}+  # ", DEMOCRATIC
                                                                                  # STRATEGIST"
       |[^\S\n]++\([\p{Lu}\p{N}][^()\n]{0,30}+\))?+)  # "(D-VT)", '(ABC "THIS WEEK" CO-ANCHOR)'
    [^\S\n]*+:[^\S\n]++(?=\S)                          # the colon, then the turn's words
    """,
    regex.V1 | regex.VERBOSE,
)
_TURN_LABEL_SPAN = 72  # characters read at a paragraph's start for its label (and a title after it)
# Function words that no speaker's label in capitals holds, but a section heading does ("THE VIEW FROM
# BEIJING:", "WHAT DEMOCRATS WANT:", "DRIVING THE DAY:").
_HEADING_WORDS = frozenset(
    [
        *("the", "a", "an", "of", "to", "in", "on", "for", "from", "with", "what", "why", "how", "where"),
        *("when", "who", "is", "are", "we", "you", "our", "it", "this", "that", "about", "at"),
    ]
)
# Labels of the side that asks in a briefing or an interview: turns though no name was given before.
_ASKERS = frozenset(["reporter", "journalist", "interviewer", "host", "moderator", "anchor", "correspondent"])


def _turn_label(text: str, ps: int, pe: int, *, asked: bool = False) -> regex.Match[str] | None:
    """The label opening a transcript's turn in ``text[ps:pe]``; ``asked``: the article prints questions
    ("Question: ..."), so a name of two words or more answering them is a label even unnamed before."""
    m = _TURN_LABEL.match(text, ps, min(pe, ps + _TURN_LABEL_SPAN))
    if m is None:
        return None
    label = m.group("label").casefold()
    if len(label) < 2 or label in _SECTION_LABELS:
        return None  # "UPDATE:", and "Q:" / "A:", whose turns PolNeAR annotates one interview in two
    if not m.group("titled") and any(w in _HEADING_WORDS for w in label.split()):
        return None  # "DRIVING THE DAY:", "WHAT DEMOCRATS WANT:": a newsletter's section heading, no name
    if (
        m.group("titled")
        and not _named_before(text, m.group("titled"), ps)
        and label not in _ASKERS
        and not (asked and " " in m.group("titled").strip())
    ):
        return None  # "Update: ...", "Note: ...": a title-case label is a turn only as a name used before
    return m


def _section_heading(text: str, ps: int, pe: int) -> bool:
    """The paragraph opens with a heading in capitals that holds a function word ("DRIVING THE DAY:")."""
    m = _TURN_LABEL.match(text, ps, min(pe, ps + _TURN_LABEL_SPAN))
    return (
        m is not None
        and not m.group("titled")
        and any(w in _HEADING_WORDS for w in m.group("label").casefold().split())
    )


def _named_elsewhere(text: str, label: str) -> bool:
    """In a newsletter with section headings, a label in capitals that heads one turn only is a speaker's
    when it has two words or more ("KATE BOULDUAN:"), is an acronym ("CNN:") or is a word the article writes
    in mixed case too ("GRAHAM:" after "Sen. Lindsey Graham"); else another heading ("BIRTHDAYS:",
    "ABROAD:")."""
    last = label.split()[-1].strip(".")
    if " " in label.strip() or _acronym_label(label) or len(last) < 2:
        return True
    word = last[0] + last[1:].lower()
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])", text) is not None


def _acronym_label(label: str) -> bool:
    """An agency's or a network's acronym as a label: one the agencies list ("IRNA", "TASS"), or capitals
    with no vowel ("CNN", "BBC", "NPR"); a name in capitals is no acronym ("LEE", "ROSS")."""
    return label in AGENCIES or (len(label) <= 5 and label.isupper() and not any(c in "AEIOU" for c in label))


def _named_before(text: str, word: str, before: int) -> bool:
    """``word`` stands as a whole word in ``text[:before]`` ("Iravani" after "Amir Saeid Iravani")."""
    at = text.find(word, 0, before)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end, before)
    return False


def _turn_labels(
    text: str, paras: list[tuple[int, int]], attrs_: list[_Attr], lex: QuoteLexicon, *, asked: bool = False
) -> list[_Attr]:
    """An interview transcript's turns ("TAPPER: ...") are each their speaker's, with the colon as cue.

    Read only in an article where two paragraphs at least open with different labels in capitals. A
    quotation opening at a turn's start (a transcript quoted whole) is the turn's, not a quotation.
    """
    found = [
        (pi, m)
        for pi, (ps, pe) in enumerate(paras)
        if (m := _turn_label(text, ps, pe, asked=asked)) is not None
    ]
    # a title-case label is a turn only where it recurs with words of its own ("Iravani: No. ...", twice);
    # once, it heads a summary ("Kasich: Now or never.") or a figure ("Clinton: 547.")
    counts = Counter(m.group("label") for _, m in found)
    named = {w for label in counts for w in label.split()[1:]}  # "BOULDUAN:" after "KATE BOULDUAN:"
    # a newsletter's sections, read only when a label in capitals heads one paragraph and no other names it
    lone = any(
        not m.group("titled") and counts[m.group("label")] < 2 and m.group("label") not in named
        for _, m in found
    )
    headed = lone and any(_section_heading(text, ps, pe) for ps, pe in paras)
    found = [
        (pi, m)
        for pi, m in found
        if (
            not m.group("titled")
            and (
                not headed
                or counts[m.group("label")] >= 2
                or m.group("label") in named
                or _named_elsewhere(text, m.group("label"))
            )
        )
        or (counts[m.group("label")] >= 2 and len(_LETTERS.findall(text, m.end(), paras[pi][1])) >= 2)
    ]
    labels = {m.group("label") for _, m in found}
    if asked:
        labels.add("Q")  # "Question: ..." then "Li Wen: ...": the asker's turns are the other label
    if len(found) < 2 or len(labels) < 2:
        return attrs_
    turns: list[_Attr] = []
    opens: set[int] = set()  # where a mark opens a turn ('"WALLACE: ...')
    for pi, m in found:
        a, b = m.end(), paras[pi][1]
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            continue
        label = m.group("label")
        colon = text.index(":", m.end("label"))
        # "WALLACE" is Wallace, an agency's acronym stays ("IRNA"), a title-case name as written
        name = (
            label
            if m.group("titled") or _acronym_label(label)
            else " ".join(w.capitalize() for w in label.split())
        )
        words = name.split()
        while len(words) > 1 and words[0].casefold().rstrip(".") in lex.honorifics:
            words = words[1:]  # "MR MILLER:", "MS. RUIZ:": the honorific is no part of the name
        titles = 0
        while titles < len(words) - 1 and is_role(words[titles].casefold().rstrip("."), lex):
            titles += 1  # "SEN. ANA RUIZ:", "GOV. DALE WHITCOMB:": the title is the role, not the name
        role = " ".join(words[:titles]) or None
        name = " ".join(words[titles:])
        if m.group("desc") and m.group("desc").lstrip().startswith(","):
            # "KELSEY DRUMMOND, DEMOCRATIC STRATEGIST:": the title after the name, as the name is written
            role = " ".join(w.capitalize() for w in m.group("desc").lstrip(", ").split())
        if label.casefold() in _ASKERS:  # "Reporter: ...": an unnamed asker
            who = Mention(m.start("label"), m.end("label"), "role", role=label, head=label.casefold())
        else:
            head = name.split()[-1].casefold()
            who = Mention(m.start("label"), m.end("label"), "name", name=name, role=role, head=head)
        turns.append(_Attr((colon, colon + 1, ":"), who, content=(a, b), para=pi))
        opens.add(m.start())
    colons = {t.cue[0] for t in turns if t.cue is not None}
    attrs_ = [at for at in attrs_ if at.cue is None or at.cue[0] not in colons]  # (a headline's "X: ..." too)
    for at in attrs_:
        if at.runs:
            at.runs = [r for r in at.runs if r.open_at not in opens]
            if not at.runs and at.content is None:
                at.silent = True
    return attrs_ + turns


# A question or answer label opening a paragraph of an interview printed as questions and answers.
_ASK_TURN = regex.compile(
    r"[\"“]?+(?P<label>Q|Question|QUESTION)"
    r"(?:[^\S\n]*+\([^()\n]{1,40}+\))?+"  # the asker's outlet: "QUESTION (NRK):", "Q (Reuters):"
    r"[^\S\n]*+:[^\S\n]++(?=\S)",
    regex.V1,
)
_ANSWER_TURN = regex.compile(r"[\"“]?+(?P<label>A|Answer|ANSWER)[^\S\n]*+:[^\S\n]++(?=\S)", regex.V1)
# A run of two to five capitalised words: a name, maybe after its title (where the interviewee is looked
# for).
_PERSON_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}[\p{L}'’-]*+(?:[^\S\n]\p{Lu}\p{Ll}[\p{L}'’-]*+){1,4}+", regex.V1
)
_INTRO_REACH = 4000  # characters of an interview's introduction read for the interviewee
# Whoever asks the questions, named in an interview's introduction: no interviewee.
_ASKER_TITLES = frozenset(
    ["reporter", "writer", "correspondent", "editor", "columnist", "host", "interviewer"]
)


def _turns_of(
    label: regex.Pattern[str], text: str, paras: list[tuple[int, int]]
) -> list[tuple[int, regex.Match[str]]]:
    """The paragraphs that ``label`` opens (a question's or an answer's), each with the label's match."""
    return [(pi, m) for pi, (ps, pe) in enumerate(paras) if (m := label.match(text, ps, pe)) is not None]


def _question_turns(
    text: str,
    paras: list[tuple[int, int]],
    attrs_: list[_Attr],
    asks: list[tuple[int, regex.Match[str]]],
    lex: QuoteLexicon,
) -> list[_Attr]:
    """An interview printed as questions and answers ("Q: ..." / "A: ...", or "Question: ..." before a
    named spokesperson's turns; ``asks``: the question paragraphs): each question is a turn of the unnamed
    asker, each "A:" turn the interviewee's, the person the introduction names most. Read only where two
    questions at least open paragraphs. A speaker's turn ("Li Wen: ...") after a question is read as a
    transcript's turn."""
    if len(asks) < 2:
        return attrs_
    answers = _turns_of(_ANSWER_TURN, text, paras)
    ask_paras = {pi for pi, _ in asks}
    taken = {a.para for a in attrs_ if a.cue is not None and a.cue[2] == ":" and a.para in ask_paras}
    turns: list[_Attr] = []
    first = asks[0][0]
    who = _interviewee(text, paras[0][0], paras[first][0], lex) if answers else None
    for pi, m, asking in [(pi, m, True) for pi, m in asks] + [(pi, m, False) for pi, m in answers]:
        if pi in taken:
            continue
        a, b = m.end(), paras[pi][1]
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            continue
        colon = text.index(":", m.end("label"))
        if asking:
            mention = Mention(m.start("label"), m.end("label"), "role", head=m.group("label").casefold())
            turns.append(_Attr((colon, colon + 1, ":"), mention, content=(a, b), para=pi))
        elif who is not None:
            mention = Mention(
                m.start("label"), m.end("label"), "name", name=who, head=who.split()[-1].casefold()
            )
            turns.append(_Attr((colon, colon + 1, ":"), mention, content=(a, b), para=pi, answer=True))
        else:  # an interviewee the introduction does not name: the answer is still a turn, speaker unnamed
            mention = Mention(m.start("label"), m.end("label"), "role", head=m.group("label").casefold())
            turns.append(_Attr((colon, colon + 1, ":"), mention, content=(a, b), para=pi))
    return attrs_ + turns


def _interviewee(text: str, lo: int, hi: int, lex: QuoteLexicon) -> str | None:
    """The person an interview's introduction (``text[lo:hi]``) names most often by surname: two to five
    capitalised words, a title before them left out ("Vice President Ana Ruiz"), that name no place or body
    and no interviewer ("senior writer X"); one opened by a known given name or written after a title counts
    once more."""
    from ._speaker_names import name_genders  # the given names of the lexicon

    given = name_genders(lex)
    lo = max(lo, hi - _INTRO_REACH)
    counts = Counter(_LETTERS.findall(text, lo, hi))
    best: tuple[int, int, str] | None = None
    for m in _PERSON_RUN.finditer(text, lo, hi):
        words = m.group().split()
        if words[0] == "By":
            continue  # "By Ingrid Lund": the byline's writer, who asks the questions
        if (own := next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), -1)) >= 0:
            words = [*words[:own], words[own][:-2]]  # "Spokesperson Lin Jian's Regular Press Conference"
        titled = False
        while words and (
            words[0].casefold() in lex.roles
            or words[0].casefold() in lex.modifiers
            or (len(words) > 2 and words[0].casefold() in lex.institutions)
        ):
            # "Vice President Ana Ruiz", "Foreign Ministry Spokesperson Lin Jian": the name after the title
            words, titled = words[1:], True
        while len(words) > 2 and not_person(words[0]):
            words, titled = (
                words[1:],
                True,
            )  # "Minister of Kazakhstan Ivo Lind": the name after the office's place
        name = " ".join(words)
        if len(words) < 2 or not_person(name) or any(w.casefold() in lex.institutions for w in words):
            continue
        if words[-1].casefold() in lex.roles:
            continue  # "interview with Kazakh Foreign Minister": an office, whose holder is named elsewhere
        before = text[max(lo, m.start() - 30) : m.start()].split()
        if before and before[-1].casefold() in _ASKER_TITLES:
            continue  # "senior writer Ivo Lind": the interviewer
        titled = titled or (bool(before) and before[-1].casefold().strip(",") in lex.roles)
        surname = words[-1]
        count = counts[surname] + (1 if words[0].casefold() in given or titled else 0)
        key = (count, -m.start(), name)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best is not None else None


# --------------------------------------------------------------------------- records


class _Contents:
    """The reported clauses of a text's attributions, to ask whether an offset lies inside one of another
    attribution's in logarithmic time (a scan of every attribution for every one was quadratic)."""

    def __init__(self, attrs_: list[_Attr]) -> None:
        spans = sorted((at.content[0], at.content[1], id(at)) for at in attrs_ if at.content is not None)
        self._starts = [a for a, _, _ in spans]
        self._spans = spans
        # the two furthest-reaching clauses among those opened so far, with their owners
        self._reach: list[tuple[tuple[int, int], tuple[int, int]]] = []
        first, second = (-1, 0), (-1, 0)
        for _, end, owner in spans:
            if end > first[0]:
                first, second = (end, owner), first
            elif end > second[0]:
                second = (end, owner)
            self._reach.append((first, second))

    def holds(self, pos: int, at: _Attr) -> bool:
        """Whether ``pos`` lies inside the reported clause of an attribution other than ``at``."""
        k = bisect.bisect_right(self._starts, pos) - 1
        if k < 0:
            return False
        first, second = self._reach[k]
        return (first[0] > pos and first[1] != id(at)) or second[0] > pos


# An unnamed member of the press asking a question at a briefing: "A reporter", "one journalist".
_PRESS_ASKER = regex.compile(
    r"(?i:an?|one|another)\s++(?:[\p{Ll}-]++\s++)?(?i:reporter|journalist|correspondent)\b", regex.V1
)
# Role nouns of a person who puts questions for an outlet: an interviewer's question is answered by the guest.
_INTERVIEWER = regex.compile(
    r"\b(?i:host|co-host|presenter|moderator|interviewer|anchor|anchorwoman|anchorman)\b", regex.V1
)


def _emit(
    text: str, masked: str, read: str, lo: int, attrs_: list[_Attr], lex: QuoteLexicon
) -> tuple[Quote, ...]:
    """Resolve speakers in textual order (names read in ``read``, ``text`` with the header blanked;
    ``masked``: the text with its quotations masked)."""
    resolver = Resolver(read, lo, lex)
    attrs_.sort(key=_pos)
    inside = _Contents(attrs_)
    out: list[Quote] = []
    recent: Entity | None = None
    guest: Entity | None = None  # the speaker before the last one: who answers an interviewer's question
    turns: list[tuple[int, int, Speaker]] = []  # the named turns of a transcript ("Lin Hao: ..."), in order
    for at in attrs_:
        mark = resolver.mark()
        speaker, ent = _speaker(text, at, resolver, recent, lex)
        if speaker is not None and speaker.name is None and turns and at.mention is not None:
            speaker = _turn_speaker(speaker, at.mention, turns)  # "Lin: ... We hope ...": Lin's "we"
        elif speaker is not None and speaker.resolution == "named" and at.mention is not None and at.cue:
            # "Russia and China said": both speak (names read where the header is blanked)
            speaker = _joint_speaker(read, speaker, at.mention, at.cue[0], resolver, lex)
        if speaker is not None and speaker.role and speaker.mention is not None:
            speaker = _shared_office(read, speaker, lex)  # "Foreign and Expatriates Minister X"
        if at.answer and speaker is not None:
            speaker = attrs.evolve(
                speaker, resolution="role"
            )  # "A:": the interviewee's role in the interview
        if at.silent and at.mention is not None and inside.holds(at.mention.start, at):
            resolver.forget(mark)  # "X said Y had told him ...": Y's report inside X's is no turn of Y's
            ent = None
        elif _asked_by_asker(text, at):
            resolver.forget(mark)  # "Asked by X whether ..., he said": the one asked answers, not X
            ent = None
        if ent is not None and ent is not recent:
            guest = recent  # (the speaker before the one who speaks now)
        if ent is not None:
            recent = ent
        if at.cue is not None and at.cue[2] == "ask" and at.addressee is not None:
            resolver.hearer(text[at.addressee[0] : at.addressee[1]], at.addressee[0])  # who will answer
        elif (
            at.cue is not None
            and at.cue[2] == "ask"
            and ent is not None
            and guest is not None
            and guest is not ent
            and _INTERVIEWER.search((speaker.role or "") if speaker is not None else "") is not None
        ):
            resolver.answerer(guest, at.cue[1])  # "“Is that a yes?” host X asked. “...,” she said": the guest
        elif (
            at.cue is not None
            and at.cue[2] == "ask"
            and ent is None
            and recent is not None
            and at.mention is not None
            and _PRESS_ASKER.match(text, at.mention.start, at.mention.end) is not None
        ):
            resolver.answerer(recent, at.cue[1])  # "A reporter asked whether ... “...,” he answered": the one
            # who spoke before, not the reporter
        if at.cue is not None and at.cue[2] == ":" and at.content is not None and speaker and speaker.name:
            turns.append((*at.content, speaker))
        if at.silent:
            continue
        cue = None if at.cue is None else Cue(text[at.cue[0] : at.cue[1]], at.cue[0], at.cue[1], at.cue[2])
        addr = None if at.addressee is None else Span.of(text, *_span_without_stop(text, *at.addressee))
        for part in (at.lead, at.content):
            if part is None:
                continue
            # no mark at the edges: "the topic as “very difficult,", "“look like Donald Trump."
            a, b = _without_edge_marks(text, masked, *part)
            if a >= b or ((a, b) != part and _ONE_WORD.fullmatch(text, a, b) is not None):
                continue  # (a single quoted word is no quotation: 'referenced “ISIS”')
            # a quoted stretch beside words of the clause's own ("the offer was 'not ...'"), or a clause that
            # was quoted when its marks were cut (a transcript's turn quoted whole stays indirect)
            seg = masked[a:b]
            mixed = _QUOTE_CHAR.search(text, a, b) is not None or (
                MASK in seg and ((a, b) != part or any(c.isalnum() for c in seg))
            )
            if mixed and _only_quoted_names(text, a, b):
                mixed = False  # "align its plans with Kazakhstan's “Bright Path” policy": a name, no words
                a, b = _with_cut_marks(text, a, b)  # a name at the edge keeps its marks: 'backed the “X Y”'
            kind: QuoteKind = "mixed" if mixed else "indirect"
            out.append(Quote(text[a:b], a, b, kind=kind, speaker=speaker, cue=cue, addressee=addr))
        cited = cue is not None and " ".join(cue.text.casefold().split()) in compiled(lex).quoted_object_forms
        for r in at.runs:
            if cited and _ONE_WORD.fullmatch(text, r.start, r.end) is not None:
                continue  # 'it referenced “ISIS”': one word cited by a verb of naming or judging
            kind = "direct"
            if at.cue is not None and at.cue[0] < r.open_at and _that_before(text, at.cue[1], r.open_at):
                kind = "mixed"
            out.append(
                Quote(
                    text[r.start : r.end], r.start, r.end, kind=kind, speaker=speaker, cue=cue, addressee=addr
                )
            )
    out.sort(key=lambda q: (q.start, q.end))
    if "made the" in read or "made these" in read:  # (a prefilter)
        out = _remarks_made_by(read, out, lex)
    return tuple(_one_per_span(out))


# A named person who "made the remarks" after an unnamed officer spoke: "A spokesman for the ministry said ...
# Senior Colonel X, spokesman for the ministry, made the remarks at a monthly news conference."
_MADE_REMARKS = regex.compile(
    r"(?<=\p{L}|,)\s++made\s++(?:the|these|those)\s++(?:remarks|comments|statement)\b", regex.V1
)
_REMARKS_REACH = 1_500  # characters before the naming sentence read for the unnamed speaker


def _remarks_made_by(read: str, out: list[Quote], lex: QuoteLexicon) -> list[Quote]:
    """Quotations of an unnamed speaker given a role ("A spokesman for the ministry said") whom a later
    sentence names as the one who "made the remarks", with a title of the same noun: that person's."""
    for made in _MADE_REMARKS.finditer(read):
        ss = max(read.rfind("\n", 0, made.start()), read.rfind(". ", 0, made.start()) + 1, 0)
        who = subject_before(read, ss, made.start(), lex)
        if who is None or who.kind != "name" or not who.name or not who.role:
            continue
        heads = {w.casefold().strip(",.") for w in f"{read[who.start : who.end]} {who.role}".split()}
        for k, q in enumerate(out):
            sp = q.speaker
            if (
                q.start < made.start() - _REMARKS_REACH
                or q.start >= ss
                or sp is None
                or sp.name is not None
                or sp.resolution != "none"
                or not sp.role
                or sp.role.split()[-1].casefold() not in heads
            ):
                continue
            out[k] = attrs.evolve(q, speaker=attrs.evolve(sp, name=who.name, resolution="role"))
    return out


_ONE_WORD = regex.compile(r"[\p{L}\p{N}'’-]++[,.!?]?", regex.V1)
_EDGE_MARKS = frozenset('“”"«»„‘’‹›「」『』')


def _without_edge_marks(text: str, masked: str, a: int, b: int) -> tuple[int, int]:
    """A reported clause without a quotation mark at either edge (OUTPUT.md: "the quoted content, without its
    quote marks"); only a masked mark, so an apostrophe ending the clause stays ("the ministers’")."""
    while a < b and text[a] in _EDGE_MARKS and masked[a] == MASK:
        a += 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _EDGE_MARKS and masked[b - 1] == MASK:
        b -= 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _span_without_stop(text: str, a: int, b: int) -> tuple[int, int]:
    """A span without the sentence's full stop ("told TASS."), an abbreviation's dot kept ("U.S.")."""
    if b - a > 1 and text[b - 1] == "." and _ABBREVIATION_END.search(text, a, b) is None:
        return a, b - 1
    return a, b


_ABBREVIATION_END = re.compile(r"(?:\b[^\W\d_]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St)\.$")


def _one_per_span(quotes: list[Quote]) -> list[Quote]:
    """One record per quoted span: of two attributions claiming the same words ("X explained, saying
    “...”"), the one whose cue stands nearest to them, the earlier on a tie."""
    best: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        have = best.get(key)
        if have is None or _cue_distance(q) < _cue_distance(have):
            best[key] = q
    kept = [q for q in quotes if best[(q.start, q.end)] is q]
    # a direct quotation that ends a mixed one of the same speaker with a nearer cue is that one's fragment
    # ("stressed that “A,” adding that B “C.”": C is the adding clause's, not a second record of "stressed")
    out: list[Quote] = []
    for i, q in enumerate(kept):
        if (
            q.kind == "direct"
            and any(
                o.kind == "mixed"
                and o.start < q.start
                and q.end <= o.end
                and o.cue is not None
                and q.cue is not None
                and q.cue.start
                < o.cue.start
                < q.start  # a later cue, between the earlier one and these words
                and _cue_distance(o) < _cue_distance(q)
                for o in kept[max(0, i - _OVERLAP_LOOK) : i]
            )
        ):
            continue
        if (
            q.kind == "direct"
            and q.cue is not None
            and any(
                o.kind == "mixed"
                and o.start <= q.cue.start
                and q.end <= o.end
                and o.cue is not None
                and o.speaker == q.speaker
                and not _mentioned_inside(q, o)
                for o in kept[max(0, i - _OVERLAP_LOOK) : i]
            )
        ):
            # "X said the bloc backed it but wanted “more detail”": a verb of X's reported clause, read as
            # X's again
            continue
        if q.cue is None and any(
            o.kind == "mixed" and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start
            for o in kept[max(0, i - _OVERLAP_LOOK) : i]
        ):
            continue  # "A is “B” and C is “D.”" with no cue: D is part of the mixed record, not a second one
        out.append(q)
    return out


_OVERLAP_LOOK = 4  # records before a direct quotation (sorted by start) that may hold it


def _mentioned_inside(q: Quote, o: Quote) -> bool:
    """``q``'s speaker is mentioned inside ``o``'s words (a clause of its own there, not one of ``o``'s)."""
    m = q.speaker.mention if q.speaker is not None else None
    return m is not None and o.start <= m.start < o.end


def _cue_distance(q: Quote) -> int:
    """How far a quotation's cue stands from its words (no cue: farthest)."""
    if q.cue is None:
        return 1 << 30
    return max(q.start - q.cue.end, q.cue.start - q.end, 0)


# Counts a body keeps and publishes ("according to an AFP tally"): its keeper speaks, as for its statements.
_OWNED_COUNTS = frozenset(
    ["tally", "count", "readout", "transcript", "figures", "data", "statistics", "estimates", "numbers"]
)
_OWNED_DOCS = _ISSUED | _OWNED_COUNTS  # what opens with its body's name ("a Pentagon statement")
# A body named by its noun owning a count: "the ministry's figures", "the agency's latest data".
_BODY_OWNS_COUNT = regex.compile(
    r"(?P<owner>(?i:the)\s++(?:\p{Ll}++\s++)?(?P<noun>\p{Ll}++))['’]s\s++(?:\p{Ll}++\s++)?\p{Ll}++", regex.V1
)


# A board named by the plural of its members' title in title case, with its complement: "The Joint Chiefs of
# Staff", "the Chiefs of Staff Committee".
_TITLED_BOARD = regex.compile(
    r"(?i:the)\s++(?P<name>(?:\p{Lu}\p{Ll}++\s++){0,2}\p{Lu}\p{Ll}++(?<=[^s]s)\s++of\s++(?:the\s++)?\p{Lu}\p{Ll}++"
    r"(?:\s++\p{Lu}\p{Ll}++){0,2})",
    regex.V1,
)
_ACCORDING_END = regex.compile(r"(?i:according\s++to)\s++(?:the\s++)?$", regex.V1)


def _document_owner(text: str, m: Mention, lex: QuoteLexicon) -> Mention | None:
    """The body a document's name opens with ("a Pentagon statement", "a Foreign Ministry communique"), as
    the mention of that body; ``None`` when the words before the document noun name no body ("an Instagram
    post", "a joint statement")."""
    words = (m.name or "").split()
    if len(words) < 2 or words[-1] not in _OWNED_DOCS:
        return None  # (in lower case: "the Bureau of Labor Statistics" is a name)
    if words[-1] == "figures" and not _ACCORDING_END.search(text, max(0, m.start - 16), m.start):
        return None  # "some GOP figures declared": people; "according to AFAD figures": the body's count
    owner = " ".join(words[:-1])
    if organization_in(f"{owner} spokesperson", lex) != owner:
        return None  # the body test of titles: "Pentagon", "Foreign Ministry", "IAEA"
    return attrs.evolve(m, kind="org", name=owner, head=owner.casefold())


def _issuer(text: str, m: Mention, lex: QuoteLexicon) -> Mention | None:
    """Who issued the text a definite document noun names ("the statement" after "The Foreign Ministry
    issued a statement on Sunday"): the named subject of the nearest such verb before it, else ``None``."""
    if text[m.start : m.start + 4].casefold() not in ("the ", "this"):
        return None
    if (signed := _SIGNED_BY.match(text, m.end)) is not None:
        # "said the statement, signed by Foreign Minister X": the signer speaks through it
        who = subject_after(text, signed.end() - 1, min(len(text), signed.end() + 200), lex)
        if who is not None and who.kind in ("name", "org") and who.name:
            return who
    lo = max(0, m.start - _ISSUER_REACH)
    issued = list(_ISSUING.finditer(text, lo, m.start, timeout=_tmo(lo, m.start)))
    found = issued[-1] if issued else None
    fronted = list(_FRONTED_TEXT.finditer(text, lo, m.start, timeout=_tmo(lo, m.start)))
    if (
        fronted
        and (found is None or fronted[-1].start() > found.start())
        and fronted[-1].group("noun") == m.head
    ):
        # "In a statement put out by his office, the senator said ...": the subject after the comma
        f = fronted[-1]
        verb = _FRONTED_VERB.search(text, f.end(), min(m.start, f.end() + _FRONTED_SUBJECT_REACH))
        who = subject_before(text, f.end(), verb.start(), lex) if verb is not None else None
        return who if who is not None and who.kind in ("name", "org", "role") else None
    if found is None or found.group("noun").casefold() != m.head:
        return None
    start = max(text.rfind(". ", lo, found.start()), text.rfind("\n", lo, found.start())) + 1
    who = subject_before(text, start, found.start(), lex)
    return who if who is not None and who.kind in ("name", "org") and who.name else None


_ISSUER_REACH = 800  # characters read back for the issuing of a statement
# A text opening its sentence as the medium of what the subject after the comma said: "In a statement
# put out by his office, the senator said".
_FRONTED_TEXT = regex.compile(
    r"""(?:^|(?<=[.!?][”"’]?\s)|(?<=\n))In\s++(?:a|an|his|her|its|their)\s++(?:[\p{L}-]++\s++){0,2}?
        (?P<noun>statement|letter|communique|declaration|note|memo|release)\b[^.!?\n,]{0,80}+,\s++""",
    regex.VERBOSE | regex.V1,
)
_FRONTED_SUBJECT_REACH = 120  # characters after the fronted text's comma read for the subject and its verb
_FRONTED_VERB = regex.compile(
    r"\b(?:said|says|stated|added|announced|declared|wrote|insisted|argued)\b", regex.V1
)
# The signer named right after a text: ", signed by ", " signed by ".
_SIGNED_BY = regex.compile(r",?\s++(?:(?:which|that)\s++was\s++)?(?:signed|issued)\s++by\s", regex.V1)
_ISSUING = regex.compile(
    r"""
    \b(?:issued|issues|released|releases|published|publishes|posted|posts|sent|sends|put\s++out
       |(?:said|says|stated|added|announced)\s++in                   # "said in a statement that ..."
       |(?<=\p{L}),\s++in)                                            # "The ministry, in a statement, ..."
    \s++(?:a|an)\s++(?:[\p{L}-]++\s++){0,2}?
    (?P<noun>statement|letter|communique|communiqué|declaration|note|memo|release|alert|advisory|circular
      |bulletin|notice|readout)\b
    """,
    regex.VERBOSE | regex.V1,
)


# Any quotation mark: content holding one is mixed (one scan in C instead of a loop over characters).
# A ’ between letters is an apostrophe; of the typewriter marks '' always counts, a single ' where the
# quotation reader paired it (a masked stretch, see ``_emit``).
# A quoted stretch inside a clause (straight or curly marks), bounded and on one line.
_QUOTED_STRETCH = regex.compile(
    r"""“(?P<in>[^“”\n]{1,80}+)”|"(?P<in>[^"\n]{1,80}+)"|«(?P<in>[^«»\n]{1,80}+)»|„(?P<in>[^„“”\n]{1,80}+)[“”]
      |(?<!\p{L})‘(?P<in>(?:[^‘’\n]|’(?=\p{L})){1,80}+)’(?!\p{L})""",
    regex.VERBOSE | regex.V1,
)
# A lower-case word of five letters or more: the clause around a quoted name is no title-case headline.
_PROSE_WORD = regex.compile(r"\b\p{Ll}{5,}+\b", regex.V1)
# A proper name or a title in title case: "Bright Path", "Belt and Road", "Genocide".
_TITLE_CASE = regex.compile(
    r"\p{Lu}[\p{L}\p{N}'’.-]*+(?:\s++(?:(?:of|the|and|for|in|on|to|de|la|al)\s++)*\p{Lu}[\p{L}\p{N}'’.-]*+){0,4}",
    regex.V1,
)


def _only_quoted_names(text: str, a: int, b: int) -> bool:
    """Every quoted stretch in ``text[a:b]`` is a name in title case and no other mark is left: the clause
    quotes nobody's words ("its “Bright Path” programme")."""
    a, b = _with_cut_marks(text, a, b)  # (a mark cut from the clause's edge still bounds its stretch)
    stretches = list(_QUOTED_STRETCH.finditer(text, a, b))
    if not stretches or not all(
        _TITLE_CASE.fullmatch(s.group("in").strip(" ,.")) is not None
        or _SO_CALLED.search(text, max(0, s.start() - 12), s.start()) is not None
        for s in stretches
    ):
        return False
    rest = "".join(
        text[p:q]
        for p, q in zip([a, *(s.end() for s in stretches)], [*(s.start() for s in stretches), b], strict=True)
    )
    return _QUOTE_CHAR.search(rest) is None and _PROSE_WORD.search(rest) is not None


_DOUBLE_MARKS = frozenset('“”"«»„')


def _with_cut_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` widened over a double quotation mark just outside it that closes (opens) a stretch left
    open inside it: an odd number of double marks inside."""
    if sum(c in _DOUBLE_MARKS for c in text[a:b]) % 2 == 1:
        if b < len(text) and text[b] in _DOUBLE_MARKS:
            b += 1
        elif a > 0 and text[a - 1] in _DOUBLE_MARKS:
            a -= 1
    return a, b


_SO_CALLED = regex.compile(r"\bso-called\s*+$", regex.V1 | regex.I)  # "the so-called “energy truce”"
# A quotation mark in a clause: not the apostrophe inside a word ("it’s") or after a plural's "s" ("the
# attackers’ faces").
_QUOTE_CHAR = re.compile(r"""[\"“”«»„‘]|''|(?<![^\W\d_])’|’(?![^\W\d_])(?<!s’)""")


def _that_before(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` ends with "that" (a timed-out search reads as no); only its last characters are read,
    which hold the word and the blanks after it."""
    a = max(a, b - _THAT_END_REACH)
    try:
        return _THAT_END.search(text, a, b, timeout=_tmo(a, b)) is not None
    except TimeoutError:
        return False


# Names coordinated before the last one, from a sentence's or a clause's start: "Russia and ", "Mali, Burkina
# Faso and ", "The United States, Britain and ". Each name is capitalised words, maybe with "of" inside.
_JOINT_NAME = (
    r"(?:the[^\S\n]++|The[^\S\n]++)?\p{Lu}[\p{L}.'’-]*+"
    r"(?:[^\S\n]++(?:of[^\S\n]++(?:the[^\S\n]++)?)?\p{Lu}[\p{L}.'’-]*+){0,4}+"
)
_JOINT_SUBJECT = regex.compile(
    rf"""(?:^|(?<=[.!?]\s|\n|\ue000\s|[^\S\n]{{2}})  # (two blanks: a blanked dateline)
          |(?<=(?:^|[.!?]\s|\n)(?:Both|But|And|Yet)[^\S\n]))  # "Both Russia and China said"
        (?!(?:In|On|At|After|Before|But|And|As|When|While|If|Since|For|From|By
                                          |With|Without|Under|Over|During|Asked|Both|Neither|Either|Meanwhile
                                          |Earlier|Later|Last|This|Separately|Also|However|Instead|Still|Yet
                                          |Now|Then|Indeed|Today|Yesterday|So|Thus|Again|Even|Only|Together
                                          |Likewise|Similarly|Moreover|Furthermore|Nevertheless|Overall)\b)
        (?:{_JOINT_NAME},[^\S\n]++){{0,5}}{_JOINT_NAME},?[^\S\n]++(?:and|&)[^\S\n]++$""",
    regex.VERBOSE | regex.V1,
)
# What may stand between a joint subject and its cue: "Ghana and Nigeria have (also) called for".
_JOINT_GAP = regex.compile(
    r"""(?:\s*+,\s*+(?:which|who|all|both|each)\s[^,;:.!?\ue000\n]{1,80}+,)?+  # "A, B and C, which act as
        # guarantors, said", "A and B, both permanent members, said"
        (?:\s++(?:have|has|had|also|jointly|both|all|together|now|again|earlier|later|yesterday|today
            |(?:on\s++)?(?:\L<days>)(?:\s++(?:night|morning|evening|afternoon))?
            |(?:last|this)\s++(?:week|month|year)))*+\s*+""",  # "Russia and China on Tuesday said"
    regex.VERBOSE | regex.V1,
    days=_DAYS,
)


def _joint_speaker(
    text: str, speaker: Speaker, m: Mention, cue: int, resolver: Resolver, lex: QuoteLexicon
) -> Speaker:
    """A named subject that is the last of a coordination of names opening the sentence, right before the
    cue ("Russia and China said", "Mali, Burkina Faso and Niger warned"): the speaker is all of them, each
    named without a title before it by the fullest name the article gives ("Russian President Vladimir Putin
    and Chinese President Xi Jinping said": "Vladimir Putin and Xi Jinping"); else ``speaker`` as it was.
    ``text`` has its header blanked: a dateline ("Damascus, SANA- ") is no speaker."""
    if (
        m.end <= cue
        and speaker.mention is not None
        and (ahead := _JOINT_AHEAD.match(text, m.start, cue, timeout=_T)) is not None
        and (
            _JOINT_GAP.fullmatch(text, ahead.end(), cue)
            # "China and Russia abstained, saying": the participle's subject is the sentence's
            or (
                _PARTICIPLE_AT.match(text, cue)
                and _OWN_CLAUSE_GAP.fullmatch(text, ahead.end(), cue)
                and _finite_past(text[ahead.end() : cue].split(None, 1)[0], lex)
            )
        )
        and _JOINT_OPENING.search(text, max(0, m.start - 12), m.start) is not None
        and (names := _joint_names(ahead.group(), resolver, lex)) is not None
        and len(names) >= 2
        # (the mention read whole is one body's or firm's name, "the Ministry of Labour and Social Affairs",
        # or one person's office, "International Relations and Cooperation Minister X")
        and (ahead.end() > m.end or (speaker.name == names[-1] and speaker.role is None))
    ):
        # "Niger, Mali and Burkina Faso, all run by juntas, said", "Britain and France, both permanent
        # members, said": the whole list read on from its first name, before an aside
        span = Span.of(text, m.start, ahead.end())
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return attrs.evolve(speaker, name=name, mention=span, role=None, organization=None)
    if m.end > cue or not _JOINT_GAP.fullmatch(text, m.end, cue) or speaker.mention is None or m.start < 3:
        return speaker
    if text[m.start - 3 : m.start].casefold() not in ("and", "nd ") and text[m.start - 2 : m.start] != "& ":
        return _headline_pair(text, speaker, m, lex)
    joint = _JOINT_SUBJECT.search(text, max(0, m.start - 160), m.start, timeout=_T)
    first = (
        m.start + 4 if text.startswith("the ", m.start) and state_name(speaker.name or "", lex) else m.start
    )
    if joint is None or not text[first : first + 1].isupper():
        # ("Popular author and corporate speaker X": one person's two descriptions; "Mexico and the United
        # States said": a state's name with its article)
        return speaker
    full = _joint_names(text[joint.start() : joint.end()], resolver, lex)
    if full is None:
        # "Fox News Vice President and Managing Editor X", "Foreign and Expatriates Minister X": one
        # person's titles
        return speaker
    full.append(speaker.name or " ".join(text[m.start : m.end].split()))
    span = Span.of(text, joint.start(), speaker.mention.end)
    name = ", ".join(full[:-1]) + " and " + full[-1]
    return attrs.evolve(speaker, name=name, mention=span, role=None, organization=None)


# A list of names read on from its first: "Niger, Mali and Burkina Faso", "Britain and France".
_JOINT_AHEAD = regex.compile(
    rf"(?:{_JOINT_NAME},[^\S\n]++){{0,5}}{_JOINT_NAME},?[^\S\n]++(?:and|&)[^\S\n]++{_JOINT_NAME}", regex.V1
)
# A participle at a cue ("saying", "adding"), and the verb phrase with its comma between a sentence's
# subject and such a participle ("abstained, ", "left the bloc on Monday, ").
_PARTICIPLE_AT = regex.compile(r"\p{Ll}++(?<=ing)\b", regex.V1)
_OWN_CLAUSE_GAP = regex.compile(r"[^\S\n]++\p{Ll}[^.;:!?\n\ue000,]{0,80}+,[^\S\n]++", regex.V1)


def _finite_past(word: str, lex: QuoteLexicon) -> bool:
    """``word`` reads as a verb in the past or an auxiliary ("abstained", "left", "have"), not a noun."""
    w = word.rstrip(",")
    return (
        w in lex.auxiliaries or (len(w) > 4 and w.endswith("ed")) or _IRREGULAR_PAST.fullmatch(w) is not None
    )


# What opens a sentence or a clause right before a joint subject's first name.
_JOINT_OPENING = regex.compile(
    r"(?:^|[.!?][^\S\n]++|\n|\ue000[^\S\n]|[^\S\n]{2}|(?:^|[.!?]\s|\n)(?:Both|But|And|Yet)[^\S\n]++)$",
    regex.V1,
)


def _joint_names(words: str, resolver: Resolver, lex: QuoteLexicon) -> list[str] | None:
    """The names of a list of speakers ("Niger, Mali and Burkina Faso", "Russia, "), each by the fullest form
    the article gives, titles before them dropped; ``None`` when an item is no name or names an office (one
    person's titles: "Foreign and Expatriates Minister X")."""
    said = [_untitled(w.split(), lex) for w in _JOINT_SEPARATOR.split(words) if w]
    items = [item for item in said if item is not None]
    if (
        not items
        or len(items) < len(said)
        or any(_office_words(item, lex) or default_gazetteer().adjective(item) for item in items)
    ):
        return None  # (or "Italian" in "X and Italian drugmaker Y": a demonym, no name)
    return [
        item if state_name(item, lex) else _untitled(resolver.fullest(item).split(), lex) or item
        for item in items
    ]


def _headline_pair(text: str, speaker: Speaker, m: Mention, lex: QuoteLexicon) -> Speaker:
    """A headline's two states joined by a comma before the verb ("Qatar, Egypt say ...", "Bahrain, UK
    discuss ..."): both speak; else ``speaker`` as it was."""
    if (
        text[m.start - 2 : m.start] != ", "
        or "\n" in text[: m.start]
        or not state_name(speaker.name or "", lex)
    ):
        return speaker
    before = _HEADLINE_STATE.search(text, max(0, m.start - 40), m.start - 2)
    if (
        before is None
        or before.start() != 0
        or not state_name(before.group(), lex)
        or speaker.mention is None
    ):
        return speaker
    span = Span.of(text, before.start(), speaker.mention.end)
    return attrs.evolve(
        speaker, name=f"{before.group()} and {speaker.name}", mention=span, role=None, organization=None
    )


# A state's name of one to three capitalised words closing a stretch: the first of a headline's pair.
_HEADLINE_STATE = regex.compile(r"\p{Lu}[\p{L}.'’-]*+(?:[^\S\n]++\p{Lu}[\p{L}.'’-]*+){0,2}+$", regex.V1)


# Where the items of a joint subject part: commas and the last "and".
_JOINT_SEPARATOR = regex.compile(r"\s*+,\s*+(?:and\s++|&\s++)?|\s++(?:and|&)\s*+", regex.V1)


# The "and" that joins words of an office to the title a mention opens with: "Foreign and ".
_AND_END = regex.compile(r"[^\S\n]++and[^\S\n]++$", regex.V1)
# A capitalised word (maybe with its comma) right before a position: "Trade, " in "Industry, Trade and".
_CAPITAL_WORD_END = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}++,?[^\S\n]*+$", regex.V1)


def _shared_office(text: str, speaker: Speaker, lex: QuoteLexicon) -> Speaker:
    """A title that shares its office noun with words before "and" ("Foreign and Expatriates Minister Faisal
    Mekdad", "Industry, Trade and Tourism Minister X"): the mention and the role take those words in, as
    far back as they qualify an office ("Syrian Foreign and ...": "Foreign and ...")."""
    m, role = speaker.mention, speaker.role
    if m is None or not role or not m.text.startswith(role.split()[0]) or not role.istitle():
        return speaker  # (a title in capitals only: "Expatriates Minister", not "congressional leaders")
    joined = _AND_END.search(text, max(0, m.start - 8), m.start)
    if joined is None:
        return speaker
    start = joined.start()
    while (word := _CAPITAL_WORD_END.search(text, max(0, start - 20), start)) is not None and (
        word.group().strip(", \t").casefold() in lex.modifiers
    ):
        start = word.start()
    if start == joined.start() or text[max(0, start - 3) : start] == "of ":
        return speaker  # (no office words; "Secretary of State and ...": the words end another office)
    words = text[start : m.start]
    return attrs.evolve(speaker, mention=Span.of(text, start, m.end), role=" ".join((words + role).split()))


def _office_words(item: str, lex: QuoteLexicon) -> bool:
    """``item`` ends in a word that qualifies an office ("Foreign", "Syrian Foreign", "Deputy Defence"): a
    title's first half, no name."""
    return item.split()[-1].casefold() in lex.modifiers


def _untitled(words: list[str], lex: QuoteLexicon) -> str | None:
    """A name without the title before it ("Russian President Vladimir Putin" -> "Vladimir Putin",
    "MSNBC's Alex Ruiz" -> "Alex Ruiz"); None when the words end in a title ("Vice President")."""
    if len(words) > 1 and words[0] in ("the", "The"):
        words = words[1:]  # "The United States": the name without its article
    if len(words) > 1 and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "MSNBC’s Alex Ruiz": the name without its owner
    bare = [w.casefold().strip(".,") for w in words]
    last = max(
        (
            i
            for i, b in enumerate(bare)
            if b in lex.roles or b.rstrip("s") in lex.roles or b in lex.honorifics
        ),
        default=-1,
    )
    rest = words[last + 1 :]
    return " ".join(rest) if rest and rest[0][:1].isupper() else None  # ("Secretary of State": a title)


def _turn_speaker(speaker: Speaker, m: Mention, turns: list[tuple[int, int, Speaker]]) -> Speaker:
    """The speaker of a transcript's turn for a first-person subject inside it ("Lin Hao: We have noted the
    reports. We hope the parties ...": "We" is Lin Hao's), else ``speaker`` as it was."""
    if m.head not in ("i", "we"):
        return speaker
    a, b, held = turns[-1]
    if not a <= m.start < b:
        return speaker
    return attrs.evolve(held, mention=speaker.mention, resolution="pronoun")


def _speaker(
    text: str, at: _Attr, resolver: Resolver, recent: Entity | None, lex: QuoteLexicon
) -> tuple[Speaker | None, Entity | None]:
    m = at.mention
    if m is None:
        return None, None
    if m.role and m.role[:1] in _BULLETS:
        m = attrs.evolve(m, role=m.role.lstrip("".join(_BULLETS) + " ") or None)  # "• The agency's chief"
    if m.role and (plain := resolver.plain_role(m.role)) != m.role:
        m = attrs.evolve(m, role=plain)  # "but its secretary-general, X,": the conjunction is no title
    span = Span.of(text, m.start, m.end)
    lead = span.text.split(" ", 1)
    if m.name and lead[0] in ("a", "an") and lead[-1] == m.name and text[m.end : m.end + 2].strip().islower():
        # "according to a UN estimate": the article is the estimate's, not the body's
        span = Span.of(text, m.end - len(m.name), m.end)
    res: Resolution
    ent: Entity | None
    if m.kind == "role" and m.name is None and (board := _TITLED_BOARD.fullmatch(span.text)) is not None:
        # "The Joint Chiefs of Staff said": a board named in title case by the plural of its members' title
        m = attrs.evolve(m, kind="org", name=board.group("name"), role=None)
    if m.head in _OWNED_DOCS and m.name and (owner := _document_owner(text, m, lex)):
        # "According to a Pentagon statement", "a Foreign Ministry statement": the body that issued it speaks
        m = owner
    elif (
        m.head in _OWNED_COUNTS
        and m.name is None
        and (owned := _BODY_OWNS_COUNT.fullmatch(text, m.start, m.end)) is not None
        and owned.group("noun").casefold() in lex.institutions
        and (m.head != "figures" or _ACCORDING_END.search(text, max(0, m.start - 16), m.start) is not None)
    ):  # ("the party's top figures expressed": people)
        # "According to the ministry's figures": the body whose count it is, as a body named by its noun
        noun = owned.group("noun").casefold()
        m = Mention(m.start, owned.end("owner"), "org", name=None, head=noun)
        span = Span.of(text, m.start, m.end)
    if (
        m.name is None
        and m.head in _ISSUED
        and (issuer := _issuer(text, m, lex) or resolver.issuer_in_aside(m))
    ):
        # "The ministry issued a statement ... “...,” the statement read": the issuer speaks through it
        if issuer.kind == "role":
            ent = resolver.role(issuer, issuer.start)  # "In a statement ..., the senator said": his
        elif issuer.kind == "org" and issuer.name is None:
            ent = resolver.body(issuer, issuer.start)  # "In a statement, the ministry said": the body's
        else:
            ent = resolver.note(issuer, issuer.start)
        res = "role" if ent is not None else "none"
    elif m.kind == "org" and m.name is None:
        ent = resolver.body(m, m.start)  # "the ministry": a body named before, like a role noun
        res = "role" if ent is not None else "none"
    elif m.kind in ("name", "org"):
        ent = resolver.note(m, m.start)
        res = "named"
    elif m.kind == "pronoun":
        ent = resolver.pronoun(m, m.start, recent)
        res = "pronoun"
    else:
        if (again := resolver.unnamed_again(m, m.start)) is not None:
            # "A senior Foreign Ministry official told reporters ... the official said", "..., one of the
            # officials said. “...,” the official said": the same official, nobody named, whoever else holds a
            # title of that noun before them
            if m.head and again.head == f"{m.head}s" and (again.role or "").endswith("s"):
                again = attrs.evolve(again, role=(again.role or "")[:-1], head=m.head)  # one official
            return _unnamed_speaker(text, span, again, "role", lex), None
        ent = resolver.role(m, m.start)
        if ent is None and m.head in lex.organization_heads and m.head not in lex.roles:
            # "The Turkish Football Federation fined X. The federation said": the head word of a body's name
            # that is no institution noun, used as one for the body named before
            ent = resolver.body(m, m.start)
        res = "role" if ent is not None else "none"
        if ent is not None and not ent.org and " " not in span.text and ent.name.endswith(f" {span.text}"):
            m, res = attrs.evolve(m, role=None), "named"  # "Pete King spoke. ... King said": his surname
    if at.carried:
        res = "carried"
    if ent is None:
        if m.kind in ("name", "org"):
            org = None if m.kind == "org" else organization_in(m.role, lex)
            if (
                m.kind == "org"
                and m.name is None
                and m.head in _UNNAMED_BODY_HEADS
                and span.text[:4].casefold() == "the "
                and len(body := _DETERMINER_START.sub("", span.text).split()) > 1
                and all(
                    w.isalpha() and (w.islower() or (k == 0 and state_name(w, lex)))
                    for k, w in enumerate(body)
                )
            ):
                # "The interior ministry said", "The Syrian interior ministry said": the body as written
                org = " ".join(body)
            return Speaker(m.name, span, _role_text(m.role, lex), org, res), None
        # "a spokesperson for the U.S. Indo-Pacific Command": the body the description names
        org = (organization_in(m.role, lex) or organization_in(span.text, lex)) if m.kind == "role" else None
        if org is None and m.kind == "role" and (owning := resolver.owner_of(m, m.role)) is not None:
            org = owning  # "The group's regional director said": the group named before
        if m.kind == "role" and m.head is not None and _PLURAL_HEAD.fullmatch(m.head) and m.role:
            resolver.unnamed_group_spoke(m)  # "..., said the people. ... they said": those people
        if m.kind == "pronoun" and (unnamed := resolver.unnamed_antecedent(m.start)) is not None:
            # "The representative of Peru said ... She called on donors": the delegate nobody names
            return _unnamed_speaker(text, span, unnamed, "pronoun", lex), None
        return Speaker(None, span, _role_text(m.role, lex), org, res if m.kind != "pronoun" else "none"), None
    role = resolver.plain_role(_fuller_role(m.role, ent.role))
    if (
        res == "role"
        and m.role
        and ent.role
        and not ent.org
        and (_epithet_role(m.role, lex) or m.role.split()[-1].casefold() in GENERIC_ROLE_NOUNS)
        and m.role.split()[-1].casefold() not in ent.role.casefold().split()  # ("the spokesperson")
    ):
        # "Maria Zakharova, the ministry's spokeswoman, ... the diplomat added", "Kremlin spokesman X ... the
        # Kremlin official said": the office the epithet or the generic noun stood for, as the article gave it
        role = resolver.plain_role(ent.role)
    org = (None if state_name(ent.name, lex) else ent.name) if ent.org else organization_in(role, lex)
    if (
        org is None
        and not ent.org
        and m.kind == "name"
        and (link := next((w for w in (" of ", " at ", " with ") if w in span.text), None)) is not None
        and m.name is not None
        and span.text.split(link, 1)[0].endswith(m.name)
    ):
        org = organization_in(span.text, lex)  # "Ana Ruiz of the Centre for Strategic Studies": her body
    if org is None and not ent.org and (owning := resolver.owner_of(m, role)) is not None:
        org = owning  # "Its spokesman, X, said": the body named before
    return Speaker(ent.name, span, _role_text(role, lex), org, res), ent


_NOT_A_ROLE = regex.compile(r"[.!?][\s\p{Pf}\p{Pi}\"']|[\p{Pi}\p{Pf}\"]", regex.V1)


def _unnamed_speaker(
    text: str, span: Span, earlier: Mention, resolution: Resolution, lex: QuoteLexicon
) -> Speaker:
    """The speaker of ``span``, a role noun or pronoun standing for the unnamed person ``earlier`` mentions:
    no name, the role and organisation that mention gave."""
    described = earlier.role or _DETERMINER_START.sub("", text[earlier.start : earlier.end])
    org = organization_in(described, lex) or organization_in(text[earlier.start : earlier.end], lex)
    return Speaker(None, span, _role_text(described, lex), org, resolution)


def _epithet_role(role: str, lex: QuoteLexicon) -> bool:
    """``role`` ends with a description news uses for an office named before ("diplomat", "top diplomat",
    "leader", "federation chief"), not with the office's own noun."""
    words = [w.casefold().strip(".,") for w in role.split()]
    epithets = compiled(lex).epithets
    return any(" ".join(words[-n:]) in epithets for n in (1, 2, 3) if len(words) >= n)


def _fuller_role(said: str | None, known: str | None) -> str | None:
    """The role a mention gives ("the minister", "Minister X"), or the fuller one the article gave the
    same person before when it holds every word of it ("Minister of Trade and Industry", "Russian Foreign
    Minister")."""
    if not said or not known:
        return said or known
    if _NOT_A_ROLE.search(known) is not None:
        return said  # a role read over a sentence's end or a quotation mark is no fuller office
    words = {w.casefold().strip(".,") for w in known.split()}
    known = known.rstrip(" ,;:")
    if len(known) > len(said) and all(w.casefold().strip(".,") in words for w in said.split()):
        return known
    return said


def _role_text(role: str | None, lex: QuoteLexicon) -> str | None:
    """A role without the sentence's full stop ("noted the Russian leader." -> "Russian leader"; an
    abbreviation keeps its dot: "Gen.", "Sen.") and without a rank or title of address written between an
    office and the name ("Chief of Army Staff General X", "Committee chairman Senator X", "PTI Chairman
    Barrister X" give the office)."""
    if role is not None and MASK in role:
        role = role.partition(MASK)[0].rstrip(" ,;:—–-") or None  # (never a quotation's masked text)
    if role is None:
        return None
    if role.endswith(".") and len(role.split()[-1]) > _ABBREVIATION_LEN:
        role = role[:-1]
    if not any(c.isalpha() for c in role):
        return None  # "Dr. (Mrs.) X": the brackets of a second style, no role
    if (day := _DAY_OPENING_ROLE.match(role)) is not None and day.end() < len(role):
        # "received on Wednesday Deputy Minister X": the day is no part of the office
        role = role[day.end() :]
    if _POSSESSIVE_ONLY.fullmatch(role) is not None:
        return None  # "ECB's X says": the body the person is of, no office
    while " " in role.strip():
        head, last = role.rsplit(None, 1)
        bare = last.casefold().rstrip(".")
        words = [w.casefold().rstrip(".,") for w in head.split()]
        if (
            (bare in _POSTPOSITIVE_RANKS or (bare in _ADDRESS_AFTER_OFFICE and words[-1] in _RANK_PREFIXES))
            and len(words) >= 2
            and (words[-1] in _ADDRESS_AFTER_OFFICE or words[-1] in _RANK_PREFIXES)
            and is_role(words[-2], lex)
            and words[-2] not in _NO_OFFICE_BEFORE_ADDRESS
        ):
            # "UPDF spokesman Brigadier General", "ministry spokesperson Rear Admiral": a rank of two words
            role = head.rsplit(None, 1)[0]
            continue
        if (
            bare not in _ADDRESS_AFTER_OFFICE
            or (
                bare in _POSTPOSITIVE_RANKS and is_role(words[-1], lex) and not words[-1].startswith("spokes")
            )  # "Director General", "Judge Advocate" (not "Navy spokesperson Commander": a rank after it)
            or not (  # an office right before it, or one with its complement ("Chief of Army Staff", "Saudi
                # Minister of Energy Prince X", "Minister of State for Trade Dr. X")
                (is_role(words[-1], lex) and words[-1] not in _NO_OFFICE_BEFORE_ADDRESS)
                or _office_with_complement(words, lex)
            )  # (not "Retired Lt Gen", "Republican Sen.", "Texas Senator", "governor and senator")
        ):
            break
        role = head
    return role


def _office_with_complement(words: list[str], lex: QuoteLexicon) -> bool:
    """``words`` (casefolded) are an office and its complement: a role noun opening them before an "of"
    ("chief of army staff", "director general of ...") or right before the first "of" or "for" ("saudi
    arabia's minister of energy", "minister of state for trade")."""
    if "of" in words and is_role(words[0], lex) and words[0] not in _ADDRESS_AFTER_OFFICE:
        return True  # "director general of the agency"
    at = next((n for n, w in enumerate(words) if w in ("of", "for")), -1)
    return at >= 1 and is_role(words[at - 1], lex) and words[at - 1] not in _ADDRESS_AFTER_OFFICE


# A day opening a role read after a verb of meeting: "(received on) Wednesday Deputy Minister X".
_DAY_OPENING_ROLE = regex.compile(r"\L<days>\s++(?=\p{Lu})", regex.V1, days=_DAYS)
# A role that is only a possessive: "ECB's", "the Fed's".
_POSSESSIVE_ONLY = regex.compile(r"(?:the\s++)?[\p{L}.&-]++(?:\s++[\p{L}.&-]++)?['’]s", regex.V1)


# Ranks and titles of address that may stand between an office and the name ("Chief of Army Staff General
# X", "Chief Adviser Professor X", "Leader of the Islamic Revolution Ayatollah X"): the office is the role.
# Written by us.
_ADDRESS_AFTER_OFFICE = frozenset(
    ["general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral",
     "adm", "commodore", "brigadier", "brig", "marshal", "commander", "cmdr", "sergeant", "sgt", "senator",
     "sen", "representative", "rep", "congressman", "congresswoman", "barrister", "advocate", "professor",
     "prof", "dr", "shri", "smt", "sheikh", "sir", "dame", "prince", "princess", "emir", "ayatollah",
     "hojatoleslam"]
)  # fmt: skip
# Words that make a rank of the next ("Vice Admiral", "Staff Sergeant"), no office of their own.
_RANK_PREFIXES = frozenset(["vice", "rear", "field", "fleet", "staff", "master", "first", "air", "wing"])
# Members of a party named before a title of address ("Republican Sen. X"): no office the title stands after.
_PARTY_MEMBERS = frozenset(["republican", "democrat", "democratic", "conservative", "liberal", "independent"])
_NO_OFFICE_BEFORE_ADDRESS = _ADDRESS_AFTER_OFFICE | _PARTY_MEMBERS | _RANK_PREFIXES
# Those of them that also close an office's name after a role noun ("Attorney General", "Judge Advocate").
_POSTPOSITIVE_RANKS = POSTPOSITIVE_TITLES | {"advocate"}


_ABBREVIATION_LEN = 5  # "Gen.", "Lt.", "Brig." keep their dot
