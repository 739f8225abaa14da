"""Speakers: the noun phrase that says something, and what it refers to across the article.

:func:`subject_before` and :func:`subject_after` read the speaker mention beside a reporting verb (a name
with its titles, a pronoun, a role noun, a body that speaks); :class:`Resolver` ties mentions to the
canonical (fullest) name the article gives: surnames to full names, pronouns to the person last speaking,
role nouns ("the ambassador") to whoever was given that role.

>>> from ._quote_lexicon import DEFAULT_LEXICON
>>> s = "Turkish Foreign Minister Selim Karaduman said"
>>> np = subject_before(s, 0, s.index(" said"), DEFAULT_LEXICON)
>>> np.name, np.role
('Selim Karaduman', 'Turkish Foreign Minister')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping
from typing import Literal

import attrs
import regex

from ._data_header import AGENCIES, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, OUTLETS
from ._quote_lexicon import QuoteLexicon, compiled
from ._speaker_names import name_genders, surname_gender, unaccented
from ._speaker_org import COMPANY_FORMS, acronym_expansion, body_before_acronym, organization_in, state_name
from ._speaker_salience import apposed_subjects, leading_word, quoted_spans, sentence_subjects, timed_matches

__all__ = ["Entity", "Mention", "Resolver", "subject_after", "subject_before"]

MASK = "\ue000"

# Every pattern below runs over caller text with a timeout, a backstop (they are possessive or bounded):
# the reading of one mention runs on a window of at most a few hundred characters, and an expiry costs that
# one mention ("no mention"); the scan of the whole article for names gets more time with its length
# (:func:`scan_timeout`) and keeps the names it found before expiring.
_T = 1.0  # seconds, for a window of caller text

MentionKind = Literal["name", "pronoun", "role", "org"]

# Words and marks of a clause: a word keeps inner dots, apostrophes and hyphens ("U.S.", "Russia's").
# A slash joins digits ("9/11 widow", "24/7"), and a comma groups them ("8,000 workers"). ``[^\W_]`` is a
# letter or digit, ``[^\W\d_]`` a letter.
# The stdlib engine, which takes no timeout: the pattern is linear by construction (every branch consumes,
# one possessive loop whose branches start with different characters, lookaheads of one character), and it
# runs on windows of a few hundred characters; it tokenises twice as fast as ``regex`` (with no timeout).
# A word runs on over combining accents ("Jose\u0301", a letter and its accent written apart) and over the
# second character of a letter written as UTF-8 and read as Latin-1 ("FranÃ§ois", "JosÃ©"): a symbol after
# "Ã" or "Â" (either perhaps with its accent written apart) is no word's end.
_TOKEN = re.compile(
    r"[^\W_](?:[^\W_]|['’&-]|\.(?=[^\W\d_])|/(?=\d)|(?<=\d),(?=\d{3}(?!\d))|[\u0300-\u036f]"
    r"|(?:(?<=[\u00c2\u00c3])|(?<=A[\u0302\u0303]))[\u0080-\u009f\u00a1-\u00bf])*+\.?"
    r"|\ue000++|\S"
)
# Capitalised words that open a sentence or clause but never a name.
_CAP_STOP = frozenset(
    [
        "but",
        "and",
        "or",
        "so",
        "yet",
        "meanwhile",
        "however",
        "also",
        "in",
        "on",
        "at",
        "for",
        "during",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "although",
        "though",
        "because",
        "since",
        "then",
        "still",
        "now",
        "today",
        "yesterday",
        "earlier",
        "later",
        "last",
        "this",
        "that",
        "these",
        "those",
        "speaking",
        "asked",
        "moreover",
        "furthermore",
        "besides",
        "instead",
        "thus",
        "hence",
        "indeed",
        "here",
        "there",
        "it",
        "nevertheless",
        "nonetheless",
        "separately",
        "previously",
        "according",
        "with",
        "without",
        "from",
        "by",
        "to",
        "of",
        "about",
        "under",
        "over",
        "through",
        "against",
        "among",
        "between",
        "instead",
        "only",
        "even",
        "what",
        "where",
        "why",
        "how",
        "who",
        "whom",
        "which",
        "whose",
        "once",
        "unlike",
        "like",
        "despite",
        "amid",
        "amidst",
        # sentence adverbs and other words opening a sentence that name no one ("Shortly after X left,
        # Y said", "Beyond the footage, the affidavit cited", "No wonder Trump said")
        *("no", "yes", "not", "beyond", "perhaps", "maybe", "shortly", "finally", "clearly", "apparently"),
        *("currently", "recently", "initially", "eventually", "ultimately", "additionally", "similarly"),
        *("specifically", "obviously", "fortunately", "unfortunately", "importantly", "interestingly"),
        *("notably", "privately", "publicly", "politically", "historically", "traditionally", "typically"),
        *("usually", "generally", "originally", "actually", "really", "already", "again", "soon", "never"),
        *("always", "often", "sometimes", "within", "toward", "towards", "upon", "until", "whether"),
        *("wherever", "whenever", "unless"),  # subordinators ("Wherever Ann Lee goes, ...")
        *("hear", "listen"),  # imperatives opening a quotation ("Hear him: “...”", as Nigerian dailies write)
        *("early", "immediately", "nothing", "nobody", "everyone", "everybody", "someone", "anyone"),
        *("rather", "along", "almost", "nearly", "outside", "inside", "absent", "passing"),
        # prepositions opening a phrase of place or time ("Across town, ...", "Throughout the campaign, ...")
        *("across", "amongst", "throughout", "behind", "around", "near", "beside", "beneath", "below"),
        *("above", "into", "onto", "via", "past", "alongside", "atop", "underneath"),
    ]
)
_PARTY_LETTERS = frozenset("RDI")  # the letters a party tag opens with: a prefilter for _PARTY_TAG
_PARTY_TAG = regex.compile(r"[RDI]\s*[-–]\s*\p{Lu}[\p{L}.]*+(?:\s\p{Lu}[\p{L}.]*+)?|[RDI]\.?", regex.V1)
_TIME_WORDS = frozenset(
    [
        *(d.casefold() for d in ENGLISH_WEEKDAYS),
        *("january", "february", "march", "july", "september", "october", "november", "december"),
    ]
)
# Words that open a circumstantial aside between a subject and its verb ("Clinton, at a rally, said").
_ASIDE_OPENERS = frozenset(
    [
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "with",
        "from",
        "for",
        "as",
        "like",
        "under",
        "while",
        "when",
        "through",  # "X, through a spokeswoman, declined": how X spoke, no role of X's
        "via",
    ]
)
# Lower-case adverbs opening an aside between a name and its verb ("X, now 81 and retired, said").
_ASIDE_ADVERBS = frozenset(
    ["now", "then", "still", "once", "formerly", "long", "already", "himself", "herself", "themselves"]
)
# Nouns of a group or a count before "of" and a role noun ("groups of protesters", "one of the sources").
_GROUP_HEADS = frozenset(
    [
        *("group", "groups", "dozens", "hundreds", "thousands", "scores", "number", "handful", "couple"),
        *("panel", "team", "bench"),  # "the panel of judges", "a team of doctors"
        *(
            "majority",
            "one",
            "some",
            "many",
            "most",
            "several",
            "two",
            "three",
            "four",
            "each",
            "both",
            "none",
        ),
    ]
)
# Ordinals and "other" before a role noun: one of several unnamed people ("the second diplomat").
# The end of what stands before a sentence's first word: a stop, a closing quotation mark, a line break.
_SENTENCE_OPEN = regex.compile(r"(?:[.!?][”\"’)]?[ \t]++|\n[ \t]*+)$", regex.V1)
# A connective opening the sentence before its subject: "But a former minister ...".
_OPENER_BEFORE = regex.compile(
    r"(?:[.!?][”\"’)]?[ \t]++|\n[ \t]*+|^)(?:But|And|Yet|Still|However,|Meanwhile,|Separately,)[ \t]++$",
    regex.V1,
)
# A leading phrase closing with its comma before a sentence's subject: "Back in Brussels, " (the start of
# the text, of a sentence or of a line, a capitalised word and at most 100 characters with no stop).
_LEADING_PHRASE = regex.compile(
    r"(?:^|(?<=[.!?][”\"’)]?[ \t])|(?<=\n))\p{Lu}\p{L}*+[^,.!?;:\n“”\"«»]{0,100}+,[ \t]++$", regex.V1
)
_VERB_NEXT = regex.compile(r"[ \t]++\p{Ll}", regex.V1)  # a lower-case word after the subject (its verb)


# At most three words (a team or body, a role: "Millfield physio ") from a sentence's start to a name.
_SUBJECT_LEAD = regex.compile(
    r"(?:^|(?<=[.!?][”\"’)]?[ \t])|(?<=\n))(?:[\p{L}\p{N}.'’-]++[ \t]++){0,3}+$", regex.V1
)


def _opens_sentence(text: str, at: int) -> bool:
    """The name at ``at`` stands among the first words of its sentence, as its subject."""
    lo = max(0, at - 60)
    return at == 0 or _SUBJECT_LEAD.search(text, lo, at, timeout=_T) is not None


def _after_leading_phrase(text: str, m: Mention) -> bool:
    """The mention opens its clause after a leading phrase and is followed by its verb ("Back in Brussels,
    a senior diplomat rejected ..."), not set off as an apposition ("Ana Ruiz, a senior diplomat, said")."""
    if _VERB_NEXT.match(text, m.end, min(len(text), m.end + 40), timeout=_T) is None:
        return False
    lead = _LEADING_PHRASE.search(text, max(0, m.start - 120), m.start, timeout=_T)
    if lead is None:
        return False
    words = lead.group().split()
    # a phrase ("Back in Brussels", "On Monday"), not a name the clause is about ("Clinton, a top aide said,")
    return any(w.islower() for w in words) or _bare(words[0]) in _CAP_STOP


# Military ranks and princely styles written before a name: no office of their own ("Gen.", "Prince").
_RANKS = frozenset(
    [
        *("gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt"),
        *(
            "sergeant",
            "adm",
            "admiral",
            "brig",
            "brigadier",
            "cmdr",
            "commander",
            "marshal",
            "field",
            "prince",
        ),
        *("princess", "emir", "king", "queen", "commodore", "cdre", "corporal", "cpl", "ensign"),
        *("pfc", "spc", "pvt"),  # the US Army's private first class, specialist and private
        *(
            "lt-gen",
            "lt-col",
            "maj-gen",
            "brig-gen",
            "lieutenant-general",
            "lieutenant-colonel",
            "major-general",
        ),
        *("vice-admiral", "rear-admiral", "colonel-general"),
        # police ranks of Nigeria, Ghana and India: Deputy, Assistant and Chief Superintendent, Deputy and
        # Assistant Commissioner of Police ("DSP Henry Okoye"; written by us, after the forces' rank tables)
        *("dsp", "asp", "csp", "dcp", "acp"),
    ]
)
# Capitalised words that open runs before a surname but are no given names ("Team Trump", "Everything Trump
# says"): read where a run as long as a known person's name might name another of the family. Written by us.
_NOT_GIVEN = frozenset(["team", "everything", "everyone", "everybody", "nothing", "anything", "something"])
# Honorifics that Somali, Arab and South Asian names also carry between a given name and a surname ("Hassan
# Sheikh Mohamud", "Mohamed Haji Ali", "Abdullahi Nur Sheikh Ibrahim"): there they are part of the name, as
# the bearers write it; written before a name alone they stay titles ("Sheikh Tamim"). Written by us, after
# the names' use in Somali, Gulf and Pakistani English-language news.
_MID_NAME_HONORIFICS = frozenset(["sheikh", "shaikh", "sheik", "haji", "hajji", "hajj", "begum"])
# Of these, the ones South Asian copy also writes as a family name closing a name after two name words
# ("Shafiqur Rahman Sheikh", "Rokeya Begum", "Noor Jahan Begum"), where they are no title: written by us,
# after Bangladeshi and Pakistani English-language dailies (The Daily Star, Dawn).
_CLOSING_NAME_HONORIFICS = frozenset(["sheikh", "shaikh", "begum"])
# Post-nominal letters of an honour or a rank at the bar ("Rupert Osei KC", "Alan Reeve OBE"): how a person is
# styled, no office (unlike "MP", "TD"), so a description beside the name gives the role. Written by us.
_HONOURS_AFTER_NAME = frozenset(["kc", "qc", "sc", "san", "obe", "cbe", "mbe", "kbe", "dbe"])
# Abbreviated styles of rulers, royals and ministers in Gulf copy ("HRH", His or Her Royal Highness; "HH", His
# Highness; "HM", His Majesty; "HE", His or Her Excellency), written alone as a sentence's subject ("HRH
# said") after the article has named the person so: that person, not a body. Read case-sensitively (where
# the article styles one person so only). Written by us, after the usage of the Gulf state news agencies
# (WAM, BNA, KUNA, ONA).
_STYLES_FOR_PERSON = frozenset(["HRH", "H.R.H.", "HH", "H.H.", "HM", "H.M.", "HE", "H.E."])
_STYLE_REACH = 40  # characters before a name's run its style may stand at ("HRH Prince Rashid ...")
# Turkish honorifics written after a given name or a surname ("Ahmet Bey", a man; "Zeynep Hanım", a woman),
# read case-sensitively: the person named so, as Turkish English-language papers (Daily Sabah, Hürriyet Daily
# News) write the forms of address of the people they quote. Written by us.
_HONORIFICS_AFTER_NAME = frozenset(["Bey", "Hanım", "Hanim"])
# Styles written before a name in Gulf and Arab English-language news ("HE Saif Al Busaidi": His or Her
# Excellency; "Eng Fahad Al Dosari": Engineer), read case-sensitively and only where they open a name, since
# "he" is a pronoun and "Eng" a word inside Chinese and Malay names ("Lim Eng Chong"). Written by us, after
# the usage of the Emirati, Saudi and Omani state news agencies (WAM, SPA, ONA).
# Likewise the Burmese "U" (a man's style; "Daw", a woman's, is an honorific of the lexicon), the Malay and
# Indonesian "Ibu" (a woman's), "Bapak" (a man's), "Ustaz" and "Ustazah" (a religious teacher's) and "Encik"
# (a man's), and the Filipino "Atty." (a lawyer's): written by us, after the usage of Myanmar, Malaysian,
# Indonesian and Philippine English-language papers (The Irrawaddy, The Star, The Jakarta Post, Rappler).
# ("Pak", short for "Bapak", left out: it is also a Korean family name, "Pak Pong Ju".)
# Likewise the police ranks "CP" (Commissioner of Police), "ACP" (Assistant Commissioner) and "SP"
# (Superintendent of Police) before a name ("the Commissioner of Police, CP Bala Usman,"), read here only,
# since "the SP" (a Dutch party) and "the ACP" (the African, Caribbean and Pacific states) speak as bodies:
# written by us, after the rank structure of the Nigeria Police Force as Nigerian English-language dailies
# write it.
# Likewise the Fijian chiefly style "Ratu" (a man's: "Ratu Josaia Nailatikau ... Ratu Josaia said"): written
# by us, after the usage of the Fiji Times and Fijivillage. ("Adi", a Fijian woman's style, left out: it is
# also a given name, "Adi Shamir"; "Lord" stays in the name, as British papers write a peer's, "Lord Hale".)
_OPENING_STYLES = frozenset(
    [
        *("HE", "H.E.", "Eng", "Eng.", "U", "Ibu", "Bapak", "Ustaz", "Ustazah", "Encik", "Atty.", "Atty"),
        *("CP", "ACP", "SP", "Ratu"),
        *("Sister", "Sr.", "Father", "Mother", "Brother", "Catholicos", "Abuna"),
        *("Elder", "Aunty", "Auntie", "Uncle", "Kaumātua", "Kaumatua", "Kuia"),
    ]
)
# Likewise the styles of respect of Indigenous Australian, Canadian and Māori communities ("Elder Mary X",
# "Aunty Joan X", "Uncle Jack X", "Kaumātua Te X"): written by us, after the usage of NITV, APTN and Te Ao
# Māori News.
# Of these, the kinship words, which open a style before a full name only ("Mother Agnieszka Rowicka"): before
# one word they may be a name's first word ("Mother Jones", a magazine; "Elder" is a family name too).
_KIN_STYLES = frozenset(["Sister", "Father", "Mother", "Brother", "Elder", "Aunty", "Auntie", "Uncle"])
# Styles of two words, conferred by Malaysian rulers ("Tan Sri", its wife's "Puan Sri", "Dato' Sri", "Datuk
# Sri", "Toh Puan"), whose words alone are names ("Tan" a family name, "Sri" a given name: "Sri Mulyani
# Indrawati"); "Datuk Seri" is read word by word, both being honorifics. Written by us, after the style lists
# of the Malaysian state governments and the usage of The Star and Bernama.
_STYLE_PAIRS = frozenset(
    [
        *(("Tan", "Sri"), ("Puan", "Sri"), ("Dato'", "Sri"), ("Dato’", "Sri"), ("Datuk", "Sri")),
        *(("Dato'", "Seri"), ("Dato’", "Seri"), ("Toh", "Puan")),
    ]
)
_STYLE_WORDS = _OPENING_STYLES | frozenset(w for pair in _STYLE_PAIRS for w in pair)  # left out of a role


def _after_styles(words: list[str], k: int) -> int:
    """Index of the first word of a name opening at ``words[k]`` past the styles before it ("HE", "Eng",
    "Tan Sri"; the second word of a pair whose first closed the titles before: "Datuk" "Sri")."""
    if 0 < k < len(words) - 1 and (words[k - 1], words[k]) in _STYLE_PAIRS and _is_cap(words[k + 1]):
        k += 1  # "Datuk Sri Ahmad Zaki": "Datuk", an honorific, ended the titles
    while k < len(words) - 1 and _is_cap(words[k + 1]):
        if words[k] in _OPENING_STYLES and (
            words[k] not in _KIN_STYLES or (k < len(words) - 2 and _is_cap(words[k + 2]))
        ):
            k += 1
        elif k < len(words) - 2 and (words[k], words[k + 1]) in _STYLE_PAIRS and _is_cap(words[k + 2]):
            k += 2
        else:
            break
    return k


# Nouns describing a person, no office, that British, Irish and Australian tabloid and local copy capitalise
# before a full name as a title ("Tenant Maria X said", "Grandad Peter X", "Mum-of-two Kelly X", with a count
# of children after "of"). Written by us, after the usage of the UK tabloids and regional papers. Kin words
# that are styles ("Father", "Sister") are read by _after_styles; "Son" and "Daughter" are left out ("Son" is
# a Korean family name).
_DESCRIBING_NOUNS = frozenset(
    [
        *("tenant", "landlord", "landlady", "homeowner", "householder", "resident", "neighbour", "neighbor"),
        *("motorist", "cyclist", "pedestrian", "commuter", "passenger", "shopper", "customer", "diner"),
        *("punter", "holidaymaker", "tourist", "traveller", "traveler", "visitor", "villager", "islander"),
        *("mum", "mom", "dad", "gran", "granny", "nan", "nana", "grandma", "grandad", "granddad", "grandpa"),
        *("grandmother", "grandfather", "widow", "widower", "wife", "husband", "girlfriend", "boyfriend"),
        *("fiancée", "fiancee", "fiance", "fan", "supporter", "mourner", "victim", "survivor", "witness"),
        *("eyewitness", "onlooker", "bystander", "spectator", "patient", "parent", "pupil", "schoolboy"),
        *("schoolgirl", "teenager", "teen", "toddler", "pensioner", "retiree", "pal", "bestie"),
    ]
)
_CHILDREN_COUNT = "-of-"  # "Mum-of-two", "father-of-three": a describing noun with its count of children


def _after_describing_noun(words: list[str], bares: list[str], k: int, lex: QuoteLexicon) -> int:
    """Index of the first word of a name opening at ``words[k]`` past a capitalised noun describing the
    person before a full name ("Tenant Maria Oduya", "Mum-of-two Kelly Oduya"), read only before a known given
    name, since the nouns are family names too ("Fan Bingbing", "Peter Widow")."""
    if len(words) - k < 3 or not _is_cap(words[k]) or not _is_cap(words[k + 1]):
        return k
    noun = bares[k].partition(_CHILDREN_COUNT)[0]
    names = name_genders(lex)
    if noun not in _DESCRIBING_NOUNS or bares[k] in names or bares[k + 1] not in names:
        return k
    return k + 1


# First words of a description that is no title of the person after it ("A former aide, X,", "His rival, X,").
_NOT_TITLE_OPENERS = frozenset(["a", "an", "one", "another", "his", "her", "their", "its", "our", "my"])
_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "other"])
# Offices whose name opens with an ordinal ("the First Lady", "the first secretary", "first deputy ...").
_ORDINAL_OFFICES = frozenset(["lady", "minister", "secretary", "deputy", "vice", "gentleman", "sea"])


def _ordinal(word: str, after: str) -> bool:
    """``word`` counts one of several unnamed people with the noun ``after`` ("the second diplomat", "the
    first diplomat"), rather than opening the name of an office ("the first lady", "the first minister")."""
    return word in _ORDINALS and not (word == "first" and after in _ORDINAL_OFFICES)


# Capitalised words opening a sentence whose name is then no subject ("Neither Clinton nor Trump ...").
_NOT_SUBJECT = _CAP_STOP | frozenset(["neither", "either", "both", "each", "every", "all", "although"])
_RELATIVE = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
# Participles before "only" that give all the name a description's person is known by ("a farmer known only
# by his first name"): the role ends before them.
_NAMING_PARTICIPLES = frozenset(["known", "identified", "named"])
_ORG_EXTRA = frozenset(["kremlin", "pentagon", "nato"])
# Heads of a body's name that end no person's name (no surname is spelt so): "The Justice Forum", "the
# Hostages and Missing Families Forum", "the Petroleum Producers Association".
_BODY_LAST_WORDS = frozenset(
    [
        *("association", "federation", "forum", "league", "society", "academy", "consortium", "directorate"),
        *("endowment", "brigade", "battalion", "regiment", "university", "airlines", "airways", "holdings"),
        *("institution", "plc", "llc", "ltd", "inc", "gmbh", "jsc", "cjsc", "ojsc", "pjsc"),
        *("defence", "defense", "crescent"),  # "Gaza's Civil Defence", "the Palestinian Red Crescent"
    ]
)
_NP_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my"])
# Kinds of body news names in quotation marks before the kind: "the “Pativ Unem” faction".
_QUOTED_NAME_HEADS = frozenset(
    ["faction", "party", "movement", "bloc", "alliance", "coalition", "group", "list"]
)


@attrs.frozen
class Mention:
    """A speaker mention as written: ``text[start:end]``, with the parts read from it."""

    start: int
    end: int
    kind: MentionKind
    name: str | None = None  # the name part ("Selim Karaduman"), for names and bodies
    role: str | None = None  # a title or apposition ("Turkish Foreign Minister")
    head: str = ""  # casefolded head word ("cavusoglu", "he", "minister")


@attrs.define
class Entity:
    """A person or body the article names, with what it has been called."""

    name: str
    org: bool
    roles: set[str] = attrs.field(factory=set)
    role: str | None = None
    gender: str = ""
    last: int = 0


def _tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[lo:hi]``, a bounded window (linear: see :data:`_TOKEN`); a full stop with no
    space after it is cut from the next sentence's first word ("said.The diplomat")."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, lo, hi):
        tok, start = m.group(), m.start()
        if "." in tok[2:-1] and (cut := _run_on_stop(tok)) > 0:
            out.append((tok[:cut], start, start + cut))
            out.append((tok[cut:], start + cut, m.end()))
        elif (
            tok.startswith(("Secretary", "secretary"))
            and out
            and out[-1][0] in ("Under", "under")
            and out[-1][2] + 1 == start
        ):
            # "Commerce Under Secretary X": one office, no preposition "under"
            out[-1] = (text[out[-1][1] : m.end()], out[-1][1], m.end())
        elif tok == ")" and len(out) >= 2 and out[-2][0] == "(" and _HAN_NAME.fullmatch(out[-1][0]):
            del out[-2:]  # "Lin Yu-fang (林郁芳) of the DPP": the name in Chinese characters, read as no word
        else:
            out.append((tok, start, m.end()))
    return out


# A name written in Chinese characters (two to four), as Hong Kong and Taiwanese English-language papers give
# one in brackets after its romanisation.
_HAN_NAME = regex.compile(r"\p{Han}{2,4}", regex.V1)


def _run_on_stop(tok: str) -> int:
    """Where a word run on after a full stop starts in ``tok`` ("said.The" -> 5): a lower-case word of two
    letters or more, the dot, then a capitalised word ("U.S.", "e.g." and "Dawn.com" are none); else 0."""
    dot = tok.find(".")
    if dot < 2 or not tok[:dot].isalpha() or not tok[:dot].islower():
        return 0
    rest = tok[dot + 1 :]
    return (
        dot + 1 if len(rest) >= 2 and rest[0].isupper() and rest[1:].isalpha() and rest[1:].islower() else 0
    )


def _body_acronym(tok: str, lex: QuoteLexicon) -> bool:
    """``tok`` is a body's acronym in capitals that reads as a stop word in lower case ("WHO", not the
    relative "who"), also as a possessive ("the WHO's team lead"): a name, never a clause boundary. (Not
    cached: a cache key would hash the lexicon, which costs a hundred times the test.)"""
    word = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    return len(word) > 1 and word.isupper() and word.casefold() in lex.institutions


@functools.lru_cache(maxsize=1 << 16)
def _bare(tok: str) -> str:
    """Casefolded word without a possessive or a final dot (cached: the same words recur)."""
    t = tok.casefold()
    if t.endswith(("'s", "’s")):
        return t[:-2]
    if len(t) == 2 and t[1] == "." and tok[0].isupper():
        return t  # an initial ("A.") is no determiner ("a")
    return t.rstrip(".")


def _is_cap(tok: str) -> bool:
    """A capitalised word, or a name word with a lower-case particle joined by a hyphen ("al-Qudra")."""
    if tok[:1].isupper():
        return True
    head, dash, rest = tok.partition("-")
    return bool(dash) and rest[:1].isupper() and head in _HYPHEN_PARTICLES


# Lower-case particles joined to a name by a hyphen ("al-Ansari", "el-Sisi", "bin-Salman", "ad-Din").
_HYPHEN_PARTICLES = frozenset(
    ["al", "el", "ad", "ed", "ash", "as", "at", "az", "ar", "an", "bin", "ibn", "abu", "ul"]
)


def _short_surname_stop(words: list[str]) -> bool:
    """``words`` end a name with a surname of two letters and a full stop ("said Joana Bordalo e Sá."): the
    stop ends the sentence, since no initial closes a name (a suffix, "Jr.", "Sr.", may)."""
    last = words[-1]
    return (
        len(words) >= 2
        and len(last) == 3
        and last.endswith(".")
        and last[0].isupper()
        and last[1].islower()
        and (
            _is_cap(words[-2]) or (len(words) >= 3 and _is_cap(words[-3]) and _lower_particle_word(words[-2]))
        )
        and last[:2].casefold() not in _NAME_SUFFIX_ABBREVIATIONS
    )


_NAME_SUFFIX_ABBREVIATIONS = frozenset(["jr", "sr", "st"])  # ("Jr.", "Sr."; "St." opens a place's name)


def _lower_particle_word(word: str) -> bool:
    """A short lower-case word inside a name ("e", "da", "dos": "Bordalo e Sá")."""
    return word.isalpha() and word.islower() and len(word) <= 3


def _initial(tok: str) -> bool:
    """An initial or a run of them ("J.", "Th.", "G.K.")."""
    return tok.endswith(".") and tok[:1].isupper() and (len(tok) <= 3 or _dotted_capitals(tok))


def _dotted_capitals(tok: str) -> bool:
    """Two to four capitals, each followed by a dot ("G.K.", "J.R.R."): string tests, no pattern to time."""
    return len(tok) in (4, 6, 8) and tok[1::2] == "." * (len(tok) // 2) and all(c.isupper() for c in tok[::2])


def _body_start(words: list[str], bares: list[str], lex: QuoteLexicon) -> int:
    """Where a body's name starts in its noun phrase: after the determiner and the lower-case role nouns
    before it ("the march organizer Alliance for Clean Rivers" -> "Alliance ..."), and the lower-case nouns
    modifying such a role noun when a capitalised name follows ("the event organizer Alliance for ...")."""
    first = 1 if bares[0] in lex.determiners else 0
    cap = next((q for q in range(first, len(words)) if _is_cap(words[q])), len(words))
    while (
        first < len(words) - 1
        and not _is_cap(words[first])
        and (
            _is_role(bares[first], lex)
            or words[first].endswith(("'s", "’s"))  # "the group's Amaq news agency"
            or (first < cap < len(words) and words[first].isalpha())  # "the event organizer Alliance ..."
        )
    ):
        first += 1
    return first


def _titled_surname(words: list[str], bares: list[str], lex: QuoteLexicon) -> bool:
    """The last word, a title's spelling, is a surname: it follows an honorific or a given name
    ("Mr. King", "Larry King", "Rob Bishop"), where "King Abdullah" and "Judge Ito" open with the title."""
    if len(words) < 2 or not _is_cap(words[-1]) or not _is_cap(words[-2]):
        return False
    if bares[-1] not in _titles(lex) and not _is_role(bares[-1], lex):
        return False  # "Miss The ...": only a title's spelling is read as a surname here
    before = bares[-2]
    if before in lex.honorifics:
        return True
    if (
        bares[-1] in _CLOSING_NAME_HONORIFICS
        and before not in _titles(lex)
        and not _is_role(before, lex)
        and not words[-2].endswith(("'s", "’s"))
        and (len(words) == 2 or _is_cap(words[-3]))
    ):
        return True  # "Shafiqur Rahman Sheikh", "Rokeya Begum": a family name, no title closing the name
    if words[-2].endswith(("'s", "’s")):
        return False  # "Chad's Ambassador": a possessor, no given name
    if len(words[-2]) == 2 and _initial(words[-2]) and len(words) >= 3 and _is_cap(words[-3]):
        return bares[-3] not in _titles(lex)  # "Peter T. King": a middle initial before it
    if (
        bares[-1] in compiled(lex).abbreviations
        and not words[-1].endswith(".")
        and not words[-1].isupper()
        and not _is_role(before, lex)
        and before not in _titles(lex)
    ):
        return True  # "Amrita Sen": a title's abbreviation closing a name is a surname (a title opens one)
    return before in name_genders(lex) and before not in _titles(lex) and not _is_role(before, lex)


def _is_role(b: str, lex: QuoteLexicon) -> bool:
    """A role noun, singular or plural ("officials", "supporters"), also after a hyphenated prefix
    ("co-founder", "vice-chair", "ex-minister")."""
    if b in lex.roles or (len(b) > 4 and b.endswith("s") and b[:-1] in lex.roles):
        return True
    if b.endswith("s") and b[:-1] in _abbreviated_roles(lex):
        return True  # "The two PMs agreed", "both FMs": an abbreviated office in the plural
    return "-" in b and _is_role(b.rsplit("-", 1)[1], lex)


_ABBREVIATED: dict[int, tuple[QuoteLexicon, frozenset[str]]] = {}


def _abbreviated_roles(lex: QuoteLexicon) -> frozenset[str]:
    """The abbreviations of offices in ``lex`` ("pm", "fm"), built once per lexicon (by identity)."""
    got = _ABBREVIATED.get(id(lex))
    if got is None or got[0] is not lex:
        got = _ABBREVIATED[id(lex)] = (lex, frozenset(k for k, _ in lex.abbreviations))
    return got[1]


is_role = _is_role  # for the quotation reader: "The senators also wrote" opens with a role noun


def _title_word(b: str, lex: QuoteLexicon) -> bool:
    """``b`` (a bare word) is a title before a name: a role noun or honorific of the lexicon, or a title
    compounded of role words with hyphens ("commissioner-general", "lieutenant-colonel", "commander-in-chief",
    "ex-president"), which no surname spells."""
    if b in _titles(lex):
        return True
    if "-" not in b:
        return False
    if b in _RANKS:
        return True  # "Brig-Gen", "Maj-Gen": a rank abbreviated with a hyphen
    parts = b.split("-")
    return (
        parts[-1] in lex.roles
        and (parts[0] in lex.roles or parts[0] in lex.modifiers or parts[0] in _TITLE_PREFIXES)
        and all(p in _TITLE_JOINS for p in parts[1:-1])
    )


_TITLE_PREFIXES = frozenset(["ex", "co", "vice"])  # "ex-minister", "co-chair"
_TITLE_JOINS = frozenset(["in", "of", "at"])  # "commander-in-chief", "sergeant-at-arms"


def _role_key(word: str, lex: QuoteLexicon) -> str:
    """A role word in a form that compares across spellings ("Spokesman" ~ "spokesperson"; a rank's
    abbreviation, "Col." ~ "colonel", though not "Gen.", which "Attorney General" also ends with)."""
    c = compiled(lex)
    w = _bare(word)
    w = c.synonyms.get(w, w)
    spelt = c.abbreviations.get(w)
    if spelt is not None and " " not in spelt and spelt not in _POSTPOSITIVE_TITLES:
        return c.synonyms.get(spelt, spelt)
    return w


_BODY_NAME_REACH = 4  # words back from the end of a body's name to its institution word


def _body_name_ends(toks: list[tuple[str, int, int]], k: int, lex: QuoteLexicon) -> bool:
    """``toks[k]`` closes a body's name in title case opened by an institution word a few words before
    ("Ministry of Foreign Affairs"), with only capitalised words and "of"/"for"/"and" between."""
    for q in range(k, max(-1, k - _BODY_NAME_REACH - 1), -1):
        word = toks[q][0]
        if _is_cap(word) and _bare(word) in lex.institutions:
            return True
        if not (
            _is_cap(word)
            or word in ("of", "for", "and")
            or (word == "the" and q > 0 and toks[q - 1][0] in ("of", "for"))
        ):
            return False  # ("Commission for the Protection of the Environment": "the" after "for" too)
    return False


_BODY_NUMBER_LEN = 3  # digits of a number inside a body's name ("Climate 200"); a year's four are a date
_ORDINAL = re.compile(r"[0-9]{1,4}(?:st|nd|rd|th)")  # "47th", "3rd": a numbered unit's ordinal
# A name with a prefix, used as a modifier: "pro-Kremlin", "anti-Western".
_CAPITALISED_PREFIXED = regex.compile(r"(?:pro|anti|non|post|pre)-\p{Lu}[\p{L}-]*+", regex.V1)


def _participle_opener(toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon) -> int:
    """Index of the first word of a participle (perhaps after its adverb) standing as an adjective right
    before ``toks[j..i]``, a lower-case role noun or body, after a determiner or a possessive ("the
    embattled", "a newly appointed"); -1 when there is none."""
    p = j - 1
    t = toks[p][0] if p >= 0 else ""
    if not (t.isalpha() and t.islower() and len(t) > _PARTICIPLE_MIN and t.endswith("ed")):
        return -1
    if not _all_lower(toks, j, i) or not (
        _is_role(_bare(toks[i][0]), lex) or _bare(toks[i][0]) in lex.institutions
    ):
        return -1
    first = p
    if p - 1 >= 0 and (adv := toks[p - 1][0]).isalpha() and adv.islower() and adv.endswith("ly"):
        first = p - 1  # "a newly appointed envoy"
    if first - 1 < 0:
        return -1
    before = toks[first - 1][0]
    b = _bare(before)
    if b in _CLAUSE_OPENERS:
        return -1  # "emails that showed senior members sought ...": a relative clause's verb
    if (
        b in _NP_DETERMINERS
        or b in lex.determiners
        or (before.endswith(("'s", "’s")) and before[:1].isalpha())
    ):
        return first
    return -1


_PARTICIPLE_MIN = 5  # letters of a participle read as an adjective, more than: "embattled", not "led"
_CLAUSE_OPENERS = frozenset(["that", "which", "who", "whom", "this", "these", "those"])


def _np_tokens(toks: list[tuple[str, int, int]], i: int, lex: QuoteLexicon) -> int:
    """Index of the first token of the noun phrase that ends with ``toks[i]`` (walking leftwards)."""
    if toks[i][0].islower() and toks[i][0] in compiled(lex).pronouns:
        return i  # "In an interview with RT he blasted": a pronoun is a phrase of its own
    j = i
    n = 0
    compound = 0
    while j - 1 >= 0 and n < 10:
        t = toks[j - 1][0]
        b = _bare(t)
        if t == ")" and (o := _bracketed_name(toks, j - 1)) >= 0:
            j = o  # "Justice and Development Party (AK Party) deputy chair": a short name in brackets
            n += 1
            continue
        if (
            (t == "the" or (t in ("a", "an") and toks[j - 2][0] == "for"))
            and j - 3 >= 0
            and toks[j - 2][0] in ("of", "for")
            and _is_cap(toks[j][0])
            and _is_cap(toks[j - 3][0])
            and (
                _bare(toks[j - 3][0]) in lex.institutions
                # "the Ministry of Foreign Affairs of the Sultanate of Oman": a body's name before "of the"
                or (t == "the" and _body_name_ends(toks, j - 3, lex))
            )
        ):
            # "the Taiwan Affairs Office of the State Council": a body's complement names a body; "Council
            # for a Balanced Harbour Budget": a body named for its cause
            j -= 2
            n += 2
            continue
        if (
            b in _TITLE_CASE_POSSESSIVES
            and t[:1].isupper()
            and j - 2 >= 0
            and _is_cap(toks[j - 2][0])
            and _bare(toks[j - 2][0]) not in _CAP_STOP
            and _is_cap(toks[j][0])
        ):
            j -= 1  # "Alliance to Rebuild Our Harbours", "Save Our Harbours": a possessive inside a name
            n += 1
            continue
        if (
            t.startswith(MASK)
            and j - 2 >= 0
            and toks[j - 2][0] in ("the", "The")
            and j <= i
            and _bare(toks[j][0]) in _QUOTED_NAME_HEADS
        ):
            j -= 1  # "the “Pativ Unem” faction": a body named in quotation marks before its kind
            n += 1
            continue
        after = _bare(toks[j][0])
        if _CAPITALISED_PREFIXED.fullmatch(t) is not None and (
            _is_role(after, lex) or (toks[j][0].islower() and after in lex.institutions)
        ):
            # "the pro-Kremlin blogger", "an anti-Western cleric", "the pro-Kremlin party": a prefixed name as
            # a modifier
            j -= 1
            n += 1
            continue
        if (
            j == i
            and j - 2 >= 0
            and _AGE_EPITHET.fullmatch(t) is not None
            and toks[j - 2][0] in ("the", "The")
            and _nation_noun(toks[i][0].rstrip(".,"))
        ):
            j -= 1  # "the 58-year-old Dane": an age before a nation's people, one description
            n += 1
            continue
        if _ORDINAL.fullmatch(t) is not None and _is_cap(toks[j][0]) and j - 2 >= 0:
            j -= 1  # "the 47th Mechanized Brigade", "the 3rd Assault Brigade": a numbered unit's name
            n += 1
            continue
        if (
            t.isdigit()
            and len(t) <= _BODY_NUMBER_LEN
            and toks[j][0].islower()
            and _is_role(_bare(toks[j][0]), lex)
            and j - 2 >= 0
            and _is_cap(toks[j - 2][0])
            and _bare(toks[j - 2][0]) not in _TIME_HEADS
            and _bare(toks[j - 2][0]) not in _MONTHS
        ):
            j -= 1  # "Climate 200 convenor X", "Group 4 spokesman X": a number inside a body's name
            n += 1
            if toks[j - 1][0] == "No":
                j -= 1  # "A No 10 spokesman": Downing Street's number, "No" written before it
                n += 1
            continue
        if b in _NP_DETERMINERS or b in lex.determiners:
            j -= 1  # "another source", "one official": the determiner belongs to the mention
            if b not in _NP_DETERMINERS and j - 1 >= 0 and _bare(toks[j - 1][0]) in _NP_DETERMINERS:
                j -= 1  # "the three leaders", "its two envoys": the article before a count
            break
        if b in _BODY_CONNECTORS and j - 2 >= 0 and _connects_body(toks[j - 2][0], toks[j][0], lex):
            j -= 1  # "Commission on Presidential Debates", "Center for Public Opinion Research"
            n += 1
            continue
        if (
            b in _TITLE_CASE_LINKS
            and t[:1].isupper()
            and j - 2 >= 0
            and _is_cap(toks[j - 2][0])
            and _is_cap(toks[j][0])
        ):
            j -= 1  # "Reporters Without Borders": a capitalised preposition inside a title-case name
            n += 1
            continue
        if t == "and" and _joined_descriptors(toks, j, i, lex):
            j -= 2  # "former prisoner and student leader X": two descriptions of the one person named
            n += 2
            continue
        if t == "and" and j - 2 >= 0 and _and_in_body(toks, j - 1, i, lex):
            j -= 1  # "Foreign and Expatriates Ministry", "Ministry of Labour and Social Affairs": one body
            n += 1
            continue
        if b in _APPROXIMATORS and j == i and _bare(toks[j][0]) in _GROUP_PRONOUNS:
            j -= 1  # "Almost all said": the approximator is the count's
            break
        if b in _CAP_STOP and b != "of" and not _acronym_opening(t, toks[j][0]) and not _body_acronym(t, lex):
            break
        if _ends_sentence(t, _titles(lex)) or _acronym_stop(t):
            break  # a word that ends a sentence
        if (
            b == "of"
            and j - 2 >= 0
            and _bare(toks[j - 2][0]) in _GROUP_HEADS
            and (not _is_cap(toks[j][0]) or _acronym_before_noun(toks, j, i))
        ):
            j -= 2  # "Small groups of protesters", "dozens of residents", "one of the organisers": the group
            n += 2
            continue
        if b == "of" or (b in lex.particles and not _is_cap(t)):
            # "Ministry of Foreign Affairs", "Bashar al-Assad": only between capitalised words ("Ben Carson",
            # "De Blasio": a capitalised particle opens a name); particles may run ("Luis de la Torre",
            # "Joost van der Berg")
            p = j - 1
            while b != "of" and p - 1 >= 0 and j - p < _PARTICLE_RUN and _lower_particle(toks[p - 1][0], lex):
                p -= 1
            if p - 1 >= 0 and _is_cap(toks[p - 1][0]) and _is_cap(toks[j][0]):
                n += j - p
                j = p
                continue
            break
        if (
            t.endswith(("'s", "’s"))
            and t[:1].islower()
            and t[:-2].isalpha()
            and (k := _owner_words(toks, j - 1, lex)) > 0
        ):
            # "the regulator's press service", "a firm's spokesman", "one shipping line's representative": a
            # noun's possessive after a determiner, whatever the noun
            j -= k
            n += k
            continue
        if _is_cap(t) or _is_role(b, lex) or b in lex.modifiers or b in lex.institutions or t in ("-", "&"):
            if not (_is_cap(t) or t[:1].isalpha()) and t not in ("-", "&"):
                break
            if t == "-" and toks[j - 1][2] < toks[j][1]:
                break  # "“...” - Seoul vows", "-- Seoul": a hyphen with a space after it is a dash, no name's
            j -= 1
            n += 1
            continue
        if (
            (j == i or toks[j][0].islower())  # (also before a name: "the Ukrainian monitoring group X")
            and t.islower()
            and len(b) > 5
            and b.endswith("ing")
            and _bare(toks[j][0]) in lex.institutions
            and j - 2 >= 0
            and _is_cap(toks[j - 2][0])
        ):
            j -= 1  # "the EU monitoring mission", "the UN peacekeeping force": a body's modifier
            n += 1
            continue
        if (
            j == i
            and t.islower()
            and len(b) > 5
            and b.endswith("ing")
            and toks[i][0].islower()
            and _is_role(_bare(toks[i][0]), lex)
            and j - 2 >= 0
            and (
                (_is_cap(toks[j - 2][0]) and _bare(toks[j - 2][0]) not in _CAP_STOP)
                or _bare(toks[j - 2][0]) in _NP_DETERMINERS
                or _bare(toks[j - 2][0]) in lex.determiners
            )
        ):
            j -= 1  # "A United Nations peacekeeping official", "the presiding judge": a role's modifier
            n += 1
            continue
        if (
            j < i
            and t.islower()
            and len(b) > 5
            and b.endswith("ing")
            and toks[j][0].islower()
            and _bare(toks[j][0]) in lex.institutions
            and j - 2 >= 0
            and (_bare(toks[j - 2][0]) in _NP_DETERMINERS or _bare(toks[j - 2][0]) in lex.determiners)
        ):
            j -= 1  # "A mining ministry official", "the ruling party official": the body's modifier
            n += 1
            continue
        if (d := _participle_opener(toks, j, i, lex)) >= 0:
            # "the embattled prime minister", "a newly appointed envoy", "its beleaguered finance ministry": a
            # participle read as an adjective between the determiner and the role noun or body
            n += j - d
            j = d
            continue
        if (
            _HYPHENED_ADJECTIVE.fullmatch(t) is not None
            and _all_lower(toks, j, i)
            and (_is_role(_bare(toks[i][0]), lex) or _bare(toks[i][0]) in lex.institutions)
            and j - 2 >= 0
            and (_bare(toks[j - 2][0]) in _NP_DETERMINERS or toks[j - 2][0].endswith(("'s", "’s")))
        ):
            j -= 1  # "Sudan's army-aligned government", "a well-informed source": a compound adjective
            n += 1
            continue
        head, near = _titling_role(toks, j, i, lex)
        if (
            compound < _MAX_COMPOUND
            and not toks[j][0].endswith(("'s", "’s"))  # "worries Kyiv's allies": no noun before a possessor
            and _compound_word(t, b, head, lex, adjoining=near or _all_lower(toks, j, i))
        ):
            j -= 1  # "civil rights activists", "cast members", "climate advisers": a noun before a role noun
            n += 1
            compound += 1
            continue
        if t.isalpha() and t.islower() and _name_run(toks, j, i, lex):
            # "his friend Ali Oumar", "the developer Sam Roe": a noun no lexicon knows, between a
            # determiner and a name
            for gap in (2, 3):
                d = j - gap
                if (
                    d >= 0
                    and _bare(toks[d][0]) in _NP_DETERMINERS
                    and all(w.isalpha() and w.islower() for w, _s, _e in toks[d + 1 : j])
                ):
                    j = d
                    break
            else:
                d = j - 2
                if (
                    d >= 0
                    and toks[d][0].islower()
                    and _bare(toks[d][0]) in lex.modifiers
                    and (d == 0 or toks[d - 1][0] in (",", "(", "—", "–"))
                ):
                    j = d  # "Another resident, retired machinist Glen Pardo, said": a modifier, set off
        break
    if (
        j - 2 >= 0
        and _bare(toks[j - 1][0]) == "of"
        and _bare(toks[j - 2][0]) in _GROUP_HEADS
        # ("one of Carson's advisers" speaks as the advisers; "a group of U.N. experts" as the group)
        and (not _is_cap(toks[j][0]) or _acronym_before_noun(toks, j, i))
    ):
        j -= 2  # "one of the sources", "some of the lawmakers": the count is the mention's
        if j - 1 >= 0 and _bare(toks[j - 1][0]) in _NP_DETERMINERS:
            j -= 1  # "a handful of the delegates"
    j = _clause_modifiers(toks, j, i, lex)
    # drop capitalised sentence openers ("But", "Meanwhile") left at the front; a lone one is no mention
    while (
        j <= i
        and (_bare(toks[j][0]) in _CAP_STOP or (toks[j][0] == "Both" and j < i and _is_cap(toks[j + 1][0])))
        and not (j < i and _bare(toks[j][0]) in _APPROXIMATORS and _bare(toks[j + 1][0]) in _GROUP_PRONOUNS)
        and not (j < i and _acronym_opening(toks[j][0], toks[j + 1][0]))
        and not _body_acronym(toks[j][0], lex)
    ):
        j += 1  # ("Both Quill and Arlen said": no part of the first name; "Both women said" speak)
    return j


_MAX_COMPOUND = 2  # lower-case nouns read before a role noun
# A lower-case compound adjective of two or three words joined by hyphens ("army-aligned", "well-informed",
# "high-ranking", "far-right", "so-called"), which a determiner or possessor before it keeps in the phrase.
_HYPHENED_ADJECTIVE = regex.compile(r"\p{Ll}{2,}+(?:-\p{Ll}{2,}+){1,2}+", regex.V1)
# Numbers written as words ("Eight years ago"), which a capital at a sentence's start makes no name.
_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
     "thousands", "dozens", "millions"]
)  # fmt: skip
_GROUP_COUNTS = frozenset(["hundreds", "thousands", "dozens", "millions"])  # counts of people, unnamed


def _owner_words(toks: list[tuple[str, int, int]], p: int, lex: QuoteLexicon) -> int:
    """How many tokens up to ``toks[p]``, a noun's possessive in lower case, make an owner opened by a
    determiner (up to two plain words between: "a firm's", "one European shipping line's"), else 0; the
    determiner itself is left to the caller."""
    for k in range(p - 1, max(-1, p - 4), -1):
        b = _bare(toks[k][0])
        if b in _NP_DETERMINERS or b in lex.determiners:
            return p - k
        if not toks[k][0].isalpha() or b in lex.auxiliaries or b in compiled(lex).lemmas:
            return 0
    return 0


def _acronym_before_noun(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """``toks[j..i]`` is a body's acronym before a lower-case noun ("U.N. special rapporteurs")."""
    tok = toks[j][0]
    return (
        j < i and toks[i][0].islower() and tok.replace(".", "").isalpha() and tok.replace(".", "").isupper()
    )


_PARTICLE_RUN = 2  # name particles in a row ("de la", "van der")


def _lower_particle(tok: str, lex: QuoteLexicon) -> bool:
    """A name particle written in lower case ("de", "van", "al"; not "of", which joins a body's name)."""
    b = _bare(tok)
    return b in lex.particles and b != "of" and not _is_cap(tok)


_BRACKET_WORDS = 3  # capitalised words of a body's short name in brackets


def _bracketed_name(toks: list[tuple[str, int, int]], c: int) -> int:
    """The index of the "(" of a body's short name in brackets closed at ``toks[c]`` ("... Party (AK Party)",
    "... Front (FLN)"): one to three capitalised words right after a capitalised word; else -1."""
    o = c - 1
    while o >= 0 and c - o <= _BRACKET_WORDS and _is_cap(toks[o][0]):
        o -= 1
    if o < 1 or o == c - 1 or toks[o][0] != "(" or not _is_cap(toks[o - 1][0]):
        return -1
    return o


def _titling_role(toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon) -> tuple[str, bool]:
    """The role noun or body a lower-case word before ``toks[j]`` may modify, and whether it is one of the
    next few lower-case words: a lower-case role noun or body there titles the name after it ("chief
    financial officer Ann Roe", "head of the district administration Ivan Roe"); else the phrase's head
    ``toks[i]``."""
    for w, _s, _e in toks[j : min(i, j + _MAX_COMPOUND) + 1]:
        if not (w.isalpha() and w.islower()):
            break  # ("among minorities - Georgia businessman Bo Lee": no noun across a dash or a name)
        if _is_role(_bare(w), lex) or (j < i and _bare(w) in lex.institutions):
            return w, True
    return toks[i][0], False


def _acronym_opening(tok: str, after: str) -> bool:
    """A stop word's spelling in capitals before a word in mixed case opens a name ("IF Metall", "ON
    Semiconductor"); an all-capitals headline ("IF OBAMA WINS") opens none."""
    return 1 < len(tok) <= 3 and tok.isupper() and _is_cap(after) and not after.isupper()


def _all_lower(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """``toks[j..i]`` are all lower-case words."""
    return all(t[0].islower() for t in toks[j : i + 1])


def _compound_word(word: str, bare: str, head: str, lex: QuoteLexicon, *, adjoining: bool = True) -> bool:
    """``word`` is a lower-case noun or adjective before the lower-case role noun or body ``head`` in one noun
    phrase ("rights" in "civil rights activists", "cast members", "the U.N. refugee agency", "the state-run
    news agency"): no verb, preposition, conjunction, pronoun, time word or adverb. Before a body the words
    must adjoin it (``adjoining``: only such words stand between them): "a new Gallup poll" is the Gallup
    poll."""
    hb = _bare(head)
    alpha = word.isalpha() or (word.count("-") == 1 and word.replace("-", "").isalpha())  # "state-run"
    body = hb in lex.institutions and adjoining
    if not (alpha and word.islower() and head.islower() and (_is_role(hb, lex) or body)):
        return False
    if bare.endswith(("ly", "ing", "ed")) or bare in _compound_stop() or bare in lex.auxiliaries:
        return False
    return bare not in compiled(lex).pronouns and bare not in lex.determiners and bare not in _TIME_WORDS


@functools.cache
def _compound_stop() -> frozenset[str]:
    """Words that never stand inside a noun phrase before its role noun (built once, from word sets defined
    further down this module)."""
    words = ("said", "says", "told", "that", "than", "who", "which", "whose", "what", "where", "why", "how")
    return _CAP_STOP | _AFTER_STOP | _PLACE_PREPOSITIONS | _SUBORDINATORS | frozenset([*words, "if"])


def _name_run(toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon) -> bool:
    """``toks[j..i]`` is a personal name: two capitalised words or more, none naming a body ("Ali
    Oumar", not "Congressional Budget Office" or "Gallup poll")."""
    run = toks[j : i + 1]
    return (
        len(run) >= 2
        and all(_is_cap(w) and not w.isupper() for w, _s, _e in run)
        and not any(
            _bare(w) in lex.institutions or _bare(w) in _ORG_EXTRA or _bare(w) in lex.modifiers
            for w, _s, _e in run
        )
    )


_BOUNDARY = frozenset([",", "—", "–", ":", ";", "("])
# Lower-case words that open a clause and so never modify a title ("until Haley said", "whether Ruiz").
_SUBORDINATORS = frozenset(
    ["whether", "until", "unless", "whereas", "soon", "than", "not", "nor", "per", "via"]
)
_MAX_CLAUSE_MODIFIERS = 2


def _clause_modifiers(toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon) -> int:
    """Where a noun phrase opening its clause starts when lower-case modifiers precede its capitalised
    words ("panel Chairman Rep. Jo Tam", "9/11 widow Ann Roe"): at most two words, right after a comma,
    a dash, a quotation opening the clause or the start of the tokens, none of them a function word, verb
    or adverb."""
    if j > i or j == 0 or not _is_cap(toks[j][0]) or _bare(toks[j][0]) in _CAP_STOP:
        return j
    k = j
    while k > 0 and j - k < _MAX_CLAUSE_MODIFIERS and _modifier_word(toks[k - 1][0], lex):
        k -= 1
    # "Main opposition Republican People's Party lawmaker X": the party's side opens the clause
    if (
        k < j
        and k >= 1
        and _bare(toks[k - 1][0]) in _SIDE_WORDS
        and _is_cap(toks[k - 1][0])
        and (k - 1 == 0 or toks[k - 2][0] in _BOUNDARY or toks[k - 2][0] in (".", "!", "?"))
    ):
        return k - 1
    if k == j or not (k == 0 or toks[k - 1][0] in _BOUNDARY or _opening_quote(toks, k - 1)):
        return j
    return k


# Capitalised adjectives opening a clause before a party's or bloc's role ("Main opposition ...", "Ruling
# coalition ..."). Written by us.
_SIDE_WORDS = frozenset(["main", "ruling", "governing", "junior", "senior", "opposition", "pro-government"])


def _opening_quote(toks: list[tuple[str, int, int]], k: int) -> bool:
    """``toks[k]`` is a masked quotation opening its clause ("“...,” panel Chairman X said"), not a quoted
    fragment inside one ("The “iron lady” label the senator used")."""
    return toks[k][0].startswith(MASK) and (k == 0 or toks[k - 1][0] in (".", "!", "?", *_BOUNDARY))


def _modifier_word(tok: str, lex: QuoteLexicon) -> bool:
    """A lower-case noun or number that may modify a title ("panel", "9/11", "widow"), not a function word."""
    b = _bare(tok)
    if not tok[:1].isalnum() or any(c.isupper() for c in tok) or tok.endswith("."):
        return False  # "10:35PMChris" (a time run into a name) is no modifier
    if (
        b.isdigit()
        or b in _SUBORDINATORS
        or b in _CAP_STOP
        or b in _NP_DETERMINERS
        or b in lex.determiners
        or b in _RELATIVE
    ):
        return False
    if b in lex.auxiliaries or b in lex.passive or b in compiled(lex).pronouns or b in compiled(lex).lemmas:
        return False
    return not b.endswith(("ly", "ing", "ed")) and b not in _TIME_HEADS


_TITLES: dict[int, tuple[QuoteLexicon, frozenset[str]]] = {}


def _titles(lex: QuoteLexicon) -> frozenset[str]:
    """Role nouns and honorifics of ``lex`` as one set, built once per lexicon (looked up by identity)."""
    got = _TITLES.get(id(lex))
    if got is None or got[0] is not lex:
        got = _TITLES[id(lex)] = (lex, lex.roles | lex.honorifics)
    return got[1]


_STOPS: dict[int, tuple[QuoteLexicon, frozenset[str]]] = {}


def _name_stops(lex: QuoteLexicon) -> frozenset[str]:
    """Words that end a title or opener before a name in a capitalised run, built once per lexicon."""
    got = _STOPS.get(id(lex))
    if got is None or got[0] is not lex:
        stop = _TITLE_ABBREVIATIONS | lex.roles | lex.honorifics | _CAP_STOP | lex.institutions
        # ("Both Ana Ruiz and Tom Hale said": "Both" opens the run, no name)
        got = _STOPS[id(lex)] = (lex, stop | lex.determiners | lex.auxiliaries | {"both"})
    return got[1]


# Lower-case words inside a body's name after an institution word ("Commission on Presidential Debates",
# "Center for Public Opinion Research", "Committee to Protect Journalists").
_BODY_CONNECTORS = frozenset(["on", "for", "to"])
# Prepositions written with a capital only inside a title-case name ("Reporters Without Borders"). Written
# by us.
_TITLE_CASE_LINKS = frozenset(["without", "beyond"])
# Possessive determiners written with a capital inside a title-case name ("Save Our Seas"). Written by us.
_TITLE_CASE_POSSESSIVES = frozenset(["our", "their", "your"])


def _person_after_body(
    words: list[str], bares: list[str], k: int, lex: QuoteLexicon, *, held: bool = False
) -> int:
    """Where a person's name starts after a body's name in one capitalised run ("Foreign Ministry Pavel
    Dorokhin"): after the last institution word, before a given name and at least one more word; else
    ``k``. After an office held in the body ("Deputy Head of the Presidential Office Iryna Veres") two or
    three capitalised words that name no body and no role are the name, whether or not the given name is
    known."""
    last = max((q for q in range(k, len(words)) if _body_end(bares[q], lex)), default=-1)
    rest = len(words) - last - 1
    if last < 0 or rest < 2:
        return k
    if bares[last + 1] in name_genders(lex):
        return last + 1
    office = held or (k >= 2 and bares[k - 1] in ("of", "the") and any(_is_role(b, lex) for b in bares[:k]))
    if not office:
        return k
    tail = bares[last + 1 :]
    if (
        rest <= 3
        and all(_is_cap(w) for w in words[last + 1 :])
        and not any(
            b in lex.institutions or b in _ORG_EXTRA or b in _BODY_COMPLEMENT_ENDS or _is_role(b, lex)
            for b in tail
        )
    ):
        return last + 1
    # "Committee on International Affairs Leonid Slutsky": the body's complement, then a known given name
    genders = name_genders(lex)
    for q in range(max(last + 2, len(words) - 4), len(words) - 1):
        if (
            bares[q] in genders
            and all(_is_cap(w) for w in words[q:])
            and bares[q - 1] in _BODY_COMPLEMENT_ENDS
        ):
            return q
    return k


# Last words of a body's complement ("Committee on International Affairs", "Council for Foreign Relations").
_BODY_COMPLEMENT_ENDS = frozenset(
    ["affairs", "relations", "policy", "security", "defence", "defense", "issues", "matters", "cooperation",
     "development", "trade", "energy", "justice", "rights", "education", "health", "finance", "economy",
     # portfolios of ministries (written by us): "Minister of ... and Information Technology X"
     "technology", "communications", "infrastructure", "transport", "environment", "tourism", "research",
     "culture", "innovation", "agriculture", "fisheries", "housing", "labour", "labor", "employment",
     "industry", "planning", "integration", "worship", "francophonie", "resources", "manpower",
     "information", "broadcasting", "interior", "water", "power", "commerce", "investment", "aviation",
     "mining", "mines", "petroleum", "telecommunications", "irrigation", "forestry", "climate", "youth",
     "sports", "sport", "arts", "media", "welfare", "immigration", "refugees", "repatriation", "relief",
     "rehabilitation",
     "reconstruction", "reconciliation", "unification", "diaspora", "heritage", "statistics", "pensions",
     "veterans", "elections", "privatisation", "privatization", "digitalisation", "digitalization",
     "management", "home", "railways", "textiles", "shipping", "minorities", "prisons", "consumer",
     "opposition",  # "Leader of the Opposition K. Raman"
     # the last word of a chamber an office presides over: "Speaker of the House of Representatives X"
     "representatives", "commons", "lords", "deputies"]
)  # fmt: skip


def _known_body(phrase: str) -> bool:
    """The gazetteer knows ``phrase`` (or its last words) as an organisation's name ("G77 and China")."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    words = phrase.split()
    gaz = default_gazetteer()
    for k in range(len(words) - 2):
        got = gaz.lookup(" ".join(words[k:]))
        if got is not None and got.type != "state":
            return True
    return False


def _joined_descriptors(toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon) -> bool:
    """``toks[j - 1]`` is an "and" joining two lower-case descriptions of the person named at ``toks[i]``
    ("former prisoner and student leader Lesther Aleman"): a role noun before it, perhaps after modifiers,
    with no article or possessive before them (that would be a second person: "the mayor and council
    member X"), and a plain lower-case word after it ("union leader"), no article or pronoun."""
    if j - 2 < 0 or not _is_cap(toks[i][0]):
        return False
    after, before = toks[j][0], toks[j - 2][0]
    if not (after.islower() and before.islower() and before.isalpha() and _is_role(before, lex)):
        return False
    if not after.isalpha() or after in lex.determiners or after in compiled(lex).pronouns:
        return False  # ("the minister and his aide X": the second is another's)
    k = j - 3
    while k >= 0 and toks[k][0].islower() and toks[k][0] in lex.modifiers:
        k -= 1  # "former political prisoner and ..."
    return k < 0 or _bare(toks[k][0]) not in lex.determiners


def _and_in_body(toks: list[tuple[str, int, int]], a: int, i: int, lex: QuoteLexicon) -> bool:
    """``toks[a]``, an "and" between capitalised words, joins one body's name that ends at ``toks[i]``: the
    name ends with an institution word ("Foreign and Expatriates Ministry"), an institution word and "of"
    open it ("Ministry of Labour and Social Affairs"), or the capitalised words after "and" reach an
    institution word right before a member's title ("Justice and Development Party deputy chair Ana
    Ruiz")."""
    if (
        i == a + 1
        and _is_cap(toks[i][0])
        and _known_body(" ".join(w for w, _s, _e in toks[max(0, a - 3) : i + 1]))
    ):
        return True  # "The G77 and China said": one bloc the gazetteer knows, not China
    if not (_is_cap(toks[a - 1][0]) and _is_cap(toks[a + 1][0])):
        return False
    if (_bare(toks[i][0]) in lex.institutions or _bare(toks[i][0]) in lex.organization_heads) and all(
        _is_cap(w) for w, _s, _e in toks[a + 1 : i + 1]
    ):
        return True  # ("Garment Manufacturers and Exporters Association": a body's head word closes it)
    for k in range(max(0, a - 6), a - 1):
        if (
            (_bare(toks[k][0]) in lex.institutions or _bare(toks[k][0]) in lex.organization_heads)
            and _is_cap(toks[k][0])
            and toks[k + 1][0] in ("of", "for", "on")
        ):  # ("University of Transport and Communications", "Council on Smoking and Health")
            if _title_word(_bare(toks[a + 1][0]), lex):
                return False  # "Ana Ruiz of the University of Lund and Professor Holm": another person
            return all(_is_cap(w) or w in ("of", "for", "on", "and", "the") for w, _s, _e in toks[k : i + 1])
    # "Justice and Development Party deputy chair X": a body's name, then its member's title and name; no
    # given name before "and" ("Ana Ruiz and Foreign Ministry spokesman X" are two people)
    given = name_genders(lex)
    if any(_bare(toks[q][0]) in given for q in range(max(0, a - 2), a) if _is_cap(toks[q][0])):
        return False
    e, skipped = a + 1, 0
    while e < i and e - a - skipped <= _AND_BODY_WORDS:
        if toks[e][0] == "(" and e > a + 1:
            # "Justice and Development (AK) Party spokesperson": a short name in brackets before the head
            close = next((q for q in range(e + 1, min(i, e + _BRACKET_WORDS + 2)) if toks[q][0] == ")"), None)
            if close is None:
                return False
            skipped += close + 1 - e
            e = close + 1
            continue
        if not _is_cap(toks[e][0]):
            return False
        if _bare(toks[e][0]) in lex.institutions:
            after = e + 1
            if toks[after][0] == "(":  # "... Progress Party (UPP) spokesman": the short name in brackets
                after = next(
                    (q + 1 for q in range(after, min(i, after + _BRACKET_WORDS + 1)) if toks[q][0] == ")"), i
                )
            nxt = toks[after][0]
            return after <= i and _is_role(_bare(nxt), lex)
        e += 1
    return False


def _connected_body(words: list[str], bares: list[str], lex: QuoteLexicon) -> bool:
    """The words end with a body's name joined by a connector ("Committee to Protect Journalists"), or by
    "of" before its members ("Conference of Catholic Bishops", "Union of Concerned Scientists"): its last word
    may be a role noun, yet the phrase names a body."""
    for k in range(len(words) - 2):
        if (
            (bares[k] in lex.institutions or bares[k] in lex.organization_heads)  # ("Association for ...")
            and (bares[k + 1] in _BODY_CONNECTORS or (bares[k + 1] == "of" and bares[-1].endswith("s")))
            and _is_cap(words[k])
        ):
            return all(_is_cap(w) for w in words[k + 2 :])
    return False


def _connects_body(left: str, right: str, lex: QuoteLexicon) -> bool:
    """'on'/'for'/'to' between an institution word and a capitalised word inside a body's name."""
    return (
        _is_cap(left)
        and _is_cap(right)
        and (_bare(left) in lex.institutions or _bare(left) in lex.organization_heads)  # ("Association for")
    )


_STYLE_OWNERS = frozenset(["his", "her"])  # the possessive of a style of address ("His Highness")
_HIS_EXCELLENCY_ABBREVIATION = "h.e"  # "H.E." as it reads bare
# Styles of address that stand for the holder of one office and are written as capitalised words, no name:
# "the Holy Father" (the pope; "His Holiness" and "the Supreme Pontiff" read as styles and roles already).
# Written by us, after the Holy See's own English usage and Vatican wire copy.
_OFFICE_STYLES = {("holy", "father"): "pope"}
# "H.E. Dr. Ana Ruiz", "H.E. Mr. Li": the name a written style of "His Excellency" goes before.
_STYLED_HOLDER = regex.compile(
    r"""\bH\.E\.[ \t]++(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng|Sheikh)\.?[ \t]++)*+  # the style, then honorifics
    (?P<name>\p{Lu}[\p{L}'’-]++
      (?:[ \t]++(?:(?:al|el|bin|ibn|de|van|von)[ \t-]++)?\p{Lu}[\p{L}'’-]++){0,3}+)""",
    regex.VERBOSE | regex.V1,
)


# Adverbs by their endings, which no name shares ("repeatedly", "typically", "famously", "quietly" is left
# out: a name may end so, as "Connolly" or "Kelly" do). Every ending ends with "ly", tested first.
_MANNER_ADVERB = regex.compile(
    r"\p{Ll}{3,}+(?<=edly|ically|ously|ively|ently|antly|fully|lessly|ingly|ately|ibly|ably)", regex.V1
)


# The sides of a trial named as one speaker ("The defence countered", "the prosecution argued"), where
# "defence" alone would read as the modifier of a role ("the defence minister"). Written by us.
_COURT_SIDES = frozenset(["defence", "defense", "prosecution"])
# Letters written after a person's name for an office or an honour ("Edward Lang KC", "Sean Breen TD",
# "Ada Obi SAN", "Farah Khan MNA", "Alan Reeve OBE"): no part of the name. Written by us, after British,
# Irish, Australian, Nigerian, Pakistani and Indian English-language usage; capitals only.
_POST_NOMINALS = frozenset(
    [
        "KC",
        "QC",
        "SC",
        "SAN",
        "MP",
        "TD",
        "MSP",
        "MLA",
        "MEP",
        "MNA",
        "MPA",
        "OBE",
        "CBE",
        "MBE",
        "KBE",
        "DBE",
    ]
)


# Comparatives that count the people after them with "than" ("More than 200 scientists", "Fewer than ten").
_COMPARATIVES = frozenset(["more", "fewer", "less"])
_THAN = regex.compile(r"[ \t]++than\b", regex.V1)


def _read_np(
    text: str, toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon
) -> Mention | None:
    """Classify ``toks[j..i]`` as a name, role noun or body; ``None`` when it is none of them."""
    words = [t[0] for t in toks[j : i + 1]]
    if words[-1].endswith(("n't", "n’t")):
        return None  # "Don't blame the port", "Can't": a verb's contraction, never a name
    start, end = toks[j][1], toks[i][2]
    last = words[-1]
    titles = _titles(lex)
    if _ends_sentence(last, titles) or _acronym_stop(last) or _short_surname_stop(words):
        end -= 1  # "said a Nevada Democrat.", "according to the AP.": the full stop is no part of the mention
    head = _bare(last)
    if (
        len(words) >= 3
        and last.rstrip(".,") in _POST_NOMINALS
        and _is_cap(words[-2])
        and not any(_bare(w) in lex.modifiers or _bare(w) in _NUMBER_WORDS for w in words[:-1])
    ):
        inner = _read_np(text, toks, j, i - 1, lex)  # "Edward Lang KC", "Sean Breen TD": the name, then
        if inner is not None and inner.kind == "name":  # the letters of an office or honour after it
            return attrs.evolve(inner, end=end, role=inner.role or last.rstrip(".,"))
    if len(words) == 2 and _bare(words[0]) == "the" and head in _COURT_SIDES:
        return Mention(start, end, "role", role=head, head=head)  # "The defence countered that ..."
    if len(words) == 2 and _bare(words[0]) == "the" and _AGE_EPITHET.fullmatch(head):
        return Mention(start, end, "role", role=head, head=_AGE_HEAD)  # "The 71-year-old said"
    if (
        len(words) >= 3
        and _bare(words[0]) in lex.determiners
        and (based := max((k for k, w in enumerate(words) if _bare(w).endswith("-based")), default=0)) > 0
        and based < len(words) - 1
        and all(w.rstrip(".,").isalpha() and w[:1].islower() for w in words[based + 1 :])
    ):
        # "a Tehran-based importer", "the Brooklyn-based campaign team": a seat, then the nouns it describes
        return Mention(start, end, "role", head=head)
    if not head or not head[0].isalpha() or (head.removesuffix("’s") in _RELATIVE and not last.isupper()):
        return None  # "who" is no body (the WHO is)
    if len(words) == 1 and head.endswith("ly") and _MANNER_ADVERB.fullmatch(head) and not last.isupper():
        return None  # "Repeatedly, the hall filled with chants": a sentence adverb is no name
    if len(words) == 1 and head in _COMPARATIVES and _THAN.match(text, end):
        return None  # "More than 1,200 scientists signed ...": a count opening the sentence, no name
    if len(words) == 1 and head in _NUMBER_WORDS and not last.isupper():
        if head in _GROUP_COUNTS:
            return Mention(start, end, "role", head=head)  # "Hundreds of marchers chanted": people, unnamed
        return None  # "Eight years ago, he ...": a number opening the sentence is no name
    cl = compiled(lex)
    if len(words) == 1 and (head in cl.pronouns or _contracted(head) in cl.pronouns):
        base = _contracted(head)  # "she"; "We’re", "they've": the pronoun without its verb
        return Mention(start, start + len(base), "pronoun", head=base)
    bares = [_bare(w) for w in words]
    if bares == [_HIS_EXCELLENCY_ABBREVIATION]:
        # "H.E. stressed": "His Excellency" abbreviated, the dignitary named before, never a name
        return Mention(start, toks[i][2], "role", head="excellency")  # (no office of its own)
    if (
        len(words) == 2
        and bares[0] in _STYLE_OWNERS
        and bares[1] in lex.honorifics
        and _epithet(bares, lex, loose=False)
    ):
        # "His Highness said": a style of address, which stands for the holder of a rank and is no office
        return Mention(start, end, "role", head=bares[1])
    if (len(words) == 2 or (len(words) == 3 and bares[0] == "the")) and (
        style := _OFFICE_STYLES.get((bares[-2], head))
    ) is not None:
        # "the Holy Father said": a style standing for an office's holder, a role mention and no name
        return Mention(start, end, "role", role=" ".join(words[-2:]), head=style)
    if len(words) == 1 and head in _GROUP_PRONOUNS and _is_cap(last):
        return Mention(start, end, "role", head=head)  # "Both said": the people named before, no one name
    if len(words) == 2 and bares[0] in _APPROXIMATORS and head in _GROUP_PRONOUNS and _is_cap(words[0]):
        return Mention(start, end, "role", head=head)  # "Almost all said": the people, no "Almost"
    if (
        len(words) == 3
        and bares[0] == "the"
        and _AGE_EPITHET.fullmatch(bares[1])
        and _nation_noun(last.rstrip(".,"))
    ):
        # "the 58-year-old Dane explains": an age, then a nation's people, no name (the person given the age)
        return Mention(start, end, "role", role=" ".join(words[1:]).rstrip(".,"), head=_AGE_HEAD)
    if len(words) == 2 and bares[0] in ("the", "this") and _nation_noun(last.removesuffix(".")):
        # "the German said": a person of that nation, named before with it in their title, or no one
        return Mention(start, end, "role", role=last.removesuffix("."), head=_bare(last.removesuffix(".")))
    if len(words) == 2 and bares[0] == "the" and head in _ROYAL_TITLES and _is_cap(last):
        # "the Duke said", "the Emperor said": a royal title standing for its holder (Resolver.role), no name
        return Mention(start, end, "role", role=last.rstrip(".,"), head=head)
    lead = 1 if bares[0] == "the" else 0
    if (
        3 <= len(words) - lead <= 4
        and bares[lead] in _PEERAGE_OF
        and bares[lead + 1] == "of"
        and all(_is_cap(w) for w in (words[lead], *words[lead + 2 :]))
    ):
        # "the Prince of Wales said", "Duchess of Kent": a title-name, the holder's name when none other is
        # given
        return Mention(start, end, "name", name=text[toks[j + lead][1] : end], head=head)
    surname = _titled_surname(words, bares, lex)
    if (
        _is_cap(last)
        and (surname or not _is_role(head, lex) or _connected_body(words, bares, lex))
        and not _institution(last, head, lex)
        and last not in ("I",)
    ):
        # a name, perhaps after titles: the name is the run of capitalised non-title words at the end
        k = len(words)
        while k - 1 >= 0:
            w = words[k - 1]
            b = bares[k - 1]
            connector = (
                b in _BODY_CONNECTORS
                and k >= 2
                and (bares[k - 2] in lex.institutions or bares[k - 2] in lex.organization_heads)
            )
            if w == "and" and 0 < k - 1 < len(words) - 1:
                connector = _and_in_body([(x, 0, 0) for x in words], k - 1, len(words) - 1, lex)
            title = (
                (_title_word(b, lex) or (b in _TITLE_ABBREVIATIONS and w.endswith(".")))
                and not (surname and k == len(words))
                and not (w.islower() and b in lex.particles)  # "Eduardo del Castillo": no "Del." (delegate)
                # "Antonio Del Vecchio": a particle capitalised without the abbreviation's dot, in a name
                and not (b in lex.particles and not w.endswith(".") and k < len(words))
            )
            if w == "the" and k >= 3 and bares[k - 2] == "of" and bares[k - 3] in lex.institutions:
                connector = True  # "Office of the State Council"
            if w in ("a", "an") and k >= 3 and bares[k - 2] == "for" and bares[k - 3] in lex.institutions:
                connector = True  # "Council for a Balanced Harbour Budget"
            # ("Chile's Joint Staff", a body, keeps its owner)
            if (
                k < len(words)
                and _possessive_word(w)
                and not _body_words(words[k:], bares[k:], lex)
                and not (k == len(words) - 1 and (bares[k] in lex.roles or bares[k] in _KIN_NOUNS))
            ):  # ("Trump's Son Says" in a title-case headline: a relative, whose owner names him)
                break  # "Iran's Pezeshkian": the owner is no part of a person's name
            if (_is_cap(w) or b in lex.particles or b == "of" or connector) and not title:
                if b in lex.determiners and not connector and not _capital_possessive(words, k - 1):
                    break
                k -= 1
                continue
            if (
                b in _MID_NAME_HONORIFICS
                and k < len(words)
                and k >= 2
                and _is_cap(words[k - 2])
                and not _title_word(bares[k - 2], lex)
                and bares[k - 2] not in lex.institutions
                and not _possessive_word(words[k - 2])
            ):
                k -= 1  # "Hassan Sheikh Mohamud", "Mohamed Haji Ali": the honorific is in the name
                continue
            break
        lead = k
        while k < len(words) and ((bares[k] in lex.particles and not _is_cap(words[k])) or bares[k] == "of"):
            k += 1
        if lead == 0 < k < len(words) and "of" not in bares[:k]:
            k = 0  # "de la Cruz Mendoza said", "de Freitas said": the surname opens with its particles
        k = _after_styles(words, k)  # "HE Saif bin Hamad Al Busaidi": the style is no part of the name
        k = _after_describing_noun(words, bares, k, lex)  # "Tenant Maria Oduya": the noun is her role
        if k >= len(words) or (
            all(b in _TIME_WORDS or b in lex.modifiers for b in bares[k:])
            and not (k == len(words) - 1 and words[-1].isupper() and len(words[-1]) > 1)  # "The US said"
        ):
            return None  # "Democratic presidential nominee ...", "In August": a modifier or a date is no name
        name_end = end
        if (
            of := _person_of(
                words,
                bares,
                k,
                lex,
                # ("Fenna Rijkaart of Climate Action Network Europe": a body's head inside the complement)
                body_after=any(b in lex.organization_heads for b in bares[k + 3 :]),
            )
        ) is not None:
            # "Mina Holt of Dover", "Petra Lund of Halvard": the person, then where she is from; the
            # mention keeps a body after "of" ("Rebecca Holt of James Cook University"), which names hers
            name_end = toks[j + of - 1][2]
            if organization_in(text[toks[j + of - 1][1] : end], lex) is None:
                end = name_end
            words, bares = words[:of], bares[:of]
            last, head = words[-1], bares[-1]
        # a body only when the name itself holds an institution word ("Kremlin spokesman X Y" is a person)
        org = (
            any(
                _institution(w, b, lex) or b in _ORG_EXTRA
                for w, b in zip(words[k:], bares[k:], strict=True)
                if b not in ("press", "house", "news")
            )
            or (
                _is_cap(words[-1]) and bares[-1] in _BODY_LAST_WORDS  # "The Justice Forum": no person "Forum"
            )
            or (
                # "the Group for the Support of Islam and Muslims": a body's head, "for"/"of", its complement
                k >= 2
                and bares[k - 1] in ("for", "of", "the")
                and any(
                    b in lex.institutions and _is_cap(w) for w, b in zip(words[:k], bares[:k], strict=True)
                )
                and not any(
                    _is_role(b, lex) and _is_cap(w) for w, b in zip(words[:k], bares[:k], strict=True)
                )
            )
        )
        if org and (q := _person_after_body(words, bares, k, lex)) > k:
            # "spokesman for the Foreign Ministry Pavel Dorokhin": the body is the person's title
            k, org = q, False
        if k >= 2 and bares[k - 1] == "of" and len(words) - k >= 3 and not org:
            # "Secretary of State Walter P. Hensley": the office's complement, then the person's name
            k = min(_person_tail(words, bares, k, lex), _after_portfolio(words, bares, k, lex))
        elif k >= 1 and bares[k - 1] in _PORTFOLIO_LINKS and len(words) - k >= 3 and not org:
            # "Minister of State for Manpower Gan Siew Ling": the portfolio, then the person's name
            k = _after_portfolio(words, bares, k, lex)
        if (
            k >= 2
            and bares[k - 1] == "of"
            and bares[k - 2] in lex.roles
            and not _titled_surname(words[: k - 1], bares[: k - 1], lex)
            and not org
            and _a_place(words[k:], lex)
        ):
            # "Democrat of California", "Governor of Texas": an office held in a place, no name
            office = " ".join(w for n, w in enumerate(words) if not _dropped_determiner(bares, n, lex))
            return Mention(start, end, "role", role=office, head=_role_key(words[k - 2], lex))
        t = k
        while t > 0 and (_title_word(bares[t - 1], lex) or bares[t - 1] in _TITLE_ABBREVIATIONS):
            t -= 1  # the served person's titles: "Aides to Mr. Danforth", "Lawyers for Gov. Ana Ruiz"
        if t >= 2 and bares[t - 1] in ("to", "for") and bares[t - 2] in _SERVING_HEADS and not org:
            # "Aides to Mr. Danforth said", "Lawyers for Ana Ruiz said": the people serving the one named
            return Mention(start, end, "role", role=" ".join(words), head=bares[t - 2])
        name_start = toks[j + k][1]
        copula = max((n for n in range(k) if bares[n] in _COPULAS), default=-1)
        if copula >= 0:
            # "Her rival is Kyle Roe, who argues": the predicate names the person, the subject their role
            start = name_start
            words, bares, k = (
                [*words[:copula], *words[copula + 1 :]],
                [*bares[:copula], *bares[copula + 1 :]],
                k - 1,
            )
        role_words = [w for n, w in enumerate(words[:k]) if not _dropped_determiner(bares, n, lex)]
        kept = [
            w
            for w in role_words
            if _bare(w) not in lex.honorifics
            and w not in _STYLE_WORDS
            and not _AGE_EPITHET.fullmatch(_bare(w))
        ]  # ("22-year-old Kayleigh Brown": an age is no role)
        kept = _without_trailing_rank(kept, lex)
        role = " ".join(kept).replace("( ", "(").replace(" )", ")") or None  # "Party (AK Party) deputy chair"
        if role and role.endswith(("'s", "’s")) and _not_person(role[:-2]):
            role = None  # "The United Kingdom's Barbara Woodward": whose envoy she is, no title
        name = text[name_start:name_end]
        if "  " in name:
            name = " ".join(name.split())  # a nickname read as blanks: "Rosario “Cha” Villaflor"
        if org:
            name = text[toks[j + _body_start(words, bares, lex)][1] : name_end]
            return Mention(start, end, "org", name=name, head=head)
        return Mention(start, end, "name", name=name, role=role, head=head)
    if head in _STAFF_PLURALS and (bares[0] in _QUANTIFIERS or bares[0] in _COUNTS or bares[0].isdigit()):
        # "Two Senate aides said": people counted, unnamed, whose body the capitalised words name
        role = " ".join(words[1:])
        return Mention(start, end, "role", role=role, head=head)
    owned = head in _DOCUMENT_NOUNS and last.islower()
    if owned and (owner := _document_owner(text, toks, j, i, lex)) is not None:
        return owner  # "Ana Ruiz’s statement said", "The campaign’s letter warns": whoever's text it is
    if head in lex.institutions and (person := _person_of_body(text, toks, j, i, lex)) is not None:
        return person  # "Professor Ann Roe of the Harbor Law Center": the person, her body after "of"
    if head in lex.institutions or head in _ORG_EXTRA or (bares == ["the", "paper"] and last == "paper"):
        # ("The paper added": a newspaper named before; "a policy paper", "the new paper" name no outlet)
        # ("A Wednesday editorial", "The April survey": a date before the noun is no part of a body's name)
        caps = [
            w for w in words if _is_cap(w) and _bare(w) not in lex.determiners and _bare(w) not in _TIME_HEADS
        ]
        if len(words) == 2 and last.islower() and _generic_opener(text, toks[j][1], bares[0], lex):
            caps = []  # "State media reported", "Final report said": an adjective opening a sentence
        body = text[toks[j + _body_start(words, bares, lex)][1] : end] if caps else None
        return Mention(start, end, "org", name=body, head=head)
    if _office_of_holder(words, bares, lex) and (i + 1 >= len(toks) or toks[i + 1][0] not in _OFFICE_LINKS):
        # "The Office of the Prosecutor said": the office of a post, a body, no holder of it
        name = text[toks[j + (1 if bares[0] in lex.determiners else 0)][1] : end]
        return Mention(start, end, "org", name=name, head="office")
    if _is_role(head, lex):
        role = " ".join(w for n, w in enumerate(words) if not _dropped_determiner(bares, n, lex))
        role = role.removeprefix("of ")  # "one of the sources": the sources
        return Mention(start, end, "role", role=role, head=_role_key(head, lex))
    return None


#: Adjectives of reports and news ("Preliminary report", "Initial reports said", "the final report"): before
#: "report" they make it the noun, and opening a sentence before a common noun they name no body.
DOCUMENT_ADJECTIVES = frozenset().union(
    ["preliminary", "final", "interim", "initial", "early", "first", "annual", "quarterly", "draft"],
    ["latest", "leaked", "secret", "internal", "classified", "confidential", "damning", "scathing"],
    ["unconfirmed", "conflicting", "detailed", "unpublished", "forthcoming", "long-awaited", "new"],
    ["recent", "progress"],
)


def _generic_opener(text: str, at: int, bare: str, lex: QuoteLexicon) -> bool:
    """The word at ``at`` opens its sentence and is an adjective of a kind, no part of a body's name."""
    return _after_full_stop(text, at) and (bare in lex.modifiers or bare in DOCUMENT_ADJECTIVES)


def _after_full_stop(text: str, at: int) -> bool:
    """The word at ``at`` opens its sentence: the text, a line or a full stop, question or exclamation mark
    stands before it (an opening quotation mark between them aside)."""
    before = text[max(0, at - 3) : at].rstrip(' \t“"')
    return not before or before[-1] in ".!?\n"


def _office_of_holder(words: list[str], bares: list[str], lex: QuoteLexicon) -> bool:
    """``words`` are "(the) Office of the" and a post written in capitals ("The Office of the Prosecutor",
    "Office of the High Commissioner"): a body named for the post it serves."""
    n = 1 if bares[0] in lex.determiners else 0
    return (
        len(words) >= n + 4
        and words[n] == "Office"
        and bares[n + 1 : n + 3] == ["of", "the"]
        and any(_is_role(b, lex) for b in bares[n + 3 :])
        and all(_is_cap(w) for w in words[n + 3 :])  # (no complement: "... Envoy for Yemen" is read apart)
    )


def _told_outlet(served: str) -> bool:
    """The words after "to" name a news outlet, which the words were said to ("said an aide to Reuters"), no
    one the speaker serves ("an aide to Mayor Ana Ruiz")."""
    words = served.split()[1:]
    if words and _bare(words[0]) == "the":
        words = words[1:]
    name = " ".join(words)
    return bool(name) and (_outlet(name) or _outlet_kind(name) == "print" or name.casefold() in _AGENCY_NAMES)


_AGENCY_NAMES = frozenset(a.casefold() for a in AGENCIES)


def _capital_possessive(words: list[str], k: int) -> bool:
    """``words[k]`` is a possessive determiner written with a capital between two capitalised words of a
    title-case name ("Alliance to Rebuild Our Harbours")."""
    return (
        _bare(words[k]) in _TITLE_CASE_POSSESSIVES
        and words[k][:1].isupper()
        and 0 < k < len(words) - 1
        and _is_cap(words[k - 1])
        and _is_cap(words[k + 1])
    )


def _document_owner(
    text: str, toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon
) -> Mention | None:
    """The owner of the text noun ``toks[i]`` when a possessive names it ("Ana Ruiz’s statement", "the
    board’s latest letter"): the mention of the words up to the possessive; ``None`` otherwise."""
    p = next((n for n in range(i - 1, j - 1, -1) if _possessive_word(toks[n][0])), -1)
    if p < 0 or i - p > _DOCUMENT_MODIFIERS + 1:
        return None
    if not all(w.isalpha() and w.islower() for w, _s, _e in toks[p + 1 : i]):
        return None  # ("the group's Amaq news agency": a name between)
    owner = _read_np(text, toks, j, p, lex)
    if owner is None or owner.kind not in ("name", "org", "role"):
        return None
    if text.endswith(("'s", "’s"), owner.start, owner.end):
        role = owner.role[:-2] if owner.role and owner.role.endswith(("'s", "’s")) else owner.role
        # "The ministry's statement said": the ministry, without its possessive
        owner = attrs.evolve(owner, end=owner.end - 2, role=role)
    return owner


# Nouns of texts a person or body issues, which speak for their owner ("the ministry's statement").
_DOCUMENT_NOUNS = frozenset(
    ["statement", "letter", "memo", "email", "report", "ad", "video", "complaint", "filing", "editorial",
     "post", "tweet", "release", "announcement", "message", "note", "speech", "remarks", "answer", "response"]
)  # fmt: skip
_DOCUMENT_MODIFIERS = 2  # lower-case words between the owner and the text noun ("latest written")


def _without_trailing_rank(words: list[str], lex: QuoteLexicon) -> list[str]:
    """A title without the military rank that closes it after an office ("Government spokesman Colonel" ->
    "Government spokesman"; "Commander of the IRGC Navy Rear Admiral", "national police chief Pol Gen", with
    the words qualifying the rank): the rank is how the person is addressed, the office what they are. A rank
    after a word that only qualifies it stays ("Vice Admiral", "Navy Rear Admiral", "Lieutenant General").
    Likewise a judge's style after an office ("Chief Justice of Pakistan Justice" -> "Chief Justice of
    Pakistan")."""
    if (
        len(words) > 2
        and _bare(words[-1]) in _TRAILING_STYLES
        and _bare(words[-2]) not in _STYLE_COMPOUNDS
        and _bare(words[-2]) not in lex.modifiers
        and _office_of_before(words, len(words) - 1, lex)
    ):
        return words[:-1]
    k = len(words)
    while (
        k > 1
        and _bare(words[k - 1]) in _RANKS
        # ("Attorney General" is an office; "Lieutenant General", "Brigadier General" are ranks)
        and (_bare(words[k - 1]) not in _POSTPOSITIVE_TITLES or _bare(words[k - 2]) in _RANK_QUALIFIERS)
    ):
        k -= 1
    if k == len(words) or k == 0:
        return words
    q = k
    while q > 1 and _bare(words[q - 1]) in _RANK_QUALIFIERS:
        q -= 1  # "Rear", "Pol", "Pol Lt": the words qualifying the rank
    if (q < k or _bare(words[k]) in _RANK_QUALIFIERS) and _office_of_before(words, q, lex):
        return words[:q]
    before = _bare(words[k - 1])
    if not _is_role(before, lex) or before in lex.modifiers or before in _RANK_QUALIFIERS:
        return words
    return words[:k]


# The style of a judge ("Justice X", as South Asian and Commonwealth copy styles a High Court judge) written
# between an office and the name. Written by us, after Pakistani, Indian and Bangladeshi English-language
# dailies. The words that make an office of it stay ("Lord Chief Justice", "Associate Justice").
_TRAILING_STYLES = frozenset(["justice"])
_STYLE_COMPOUNDS = frozenset(["chief", "associate", "puisne", "assistant"])


def _office_of_before(words: list[str], k: int, lex: QuoteLexicon) -> bool:
    """``words[:k]`` (before a rank) end with a role noun, or hold an office with its complement ("Commander
    of the IRGC Navy", "Chief of the General Staff"): the rank after them is how the holder is addressed."""
    if k < 1:
        return False
    last = _bare(words[k - 1])
    if _is_role(last, lex) and last not in _RANK_QUALIFIERS:  # ("police chief Pol Gen")
        return True
    return any(_bare(words[n]) == "of" and _is_role(_bare(words[n - 1]), lex) for n in range(1, k - 1))


_RANK_QUALIFIERS = frozenset(
    [
        "vice",
        "rear",
        "deputy",
        "lieutenant",
        "lt",
        "brigadier",
        "brig",
        "major",
        "maj",
        "field",
        "senior",
        "retired",
        "pol",  # Thai police ranks: "Pol Gen", "Pol Lt Gen", "Pol Col" (after the Bangkok Post's usage)
    ]
)
# Rank words that also close an office's name ("Attorney General", "Secretary General", "Provost Marshal").
_POSTPOSITIVE_TITLES = frozenset(["general", "major", "marshal", "commander"])
POSTPOSITIVE_TITLES = _POSTPOSITIVE_TITLES  # for the quotation reader's roles ("Attorney General")


def _dropped_determiner(bares: list[str], n: int, lex: QuoteLexicon) -> bool:
    """``bares[n]`` is a determiner a role leaves out: any but one inside a body's name after its
    preposition ("Institute for the Study of War analyst", "Secretary of the Treasury" keep theirs)."""
    return bares[n] in lex.determiners and (n == 0 or bares[n - 1] not in _NAME_PREPOSITIONS)


_NAME_PREPOSITIONS = frozenset(["of", "for", "to", "on", "at"])
_QUANTIFIERS = frozenset(
    ["other", "many", "some", "most", "several", "few", "both", "all", "more", "such", "two", "three"]
)
_COPULAS = frozenset(["is", "was", "are", "were"])
# An age standing for a person named before with it ("Ana Ruiz, 71, ... The 71-year-old said").
_AGE_EPITHET = regex.compile(r"\d{1,3}-year-old", regex.V1)
# An epithet after "the" right before a surname: "the elder Levinson", "the late Ruiz", "the embattled Marin".
_EPITHET_BEFORE_NAME = regex.compile(
    r"""(?<![\p{L}\p{N}'’-])[Tt]he\s++(?:elder|younger|late|embattled|beleaguered|veteran|outspoken|ailing
        |reclusive|combative|elderly|disgraced|ousted|jailed|exiled|detained|retired|influential|powerful)\s++$""",
    regex.VERBOSE | regex.V1,
)
_AGE_HEAD = "year-old"
# English nouns for a nation's people that are no adjective of it (the gazetteer knows "Danish", not "Dane"):
# "the 58-year-old Dane", "the Swede said". A demonym names no one ("Finn", a given name too, left out).
# Written by us, after common English usage.
_NATIONAL_NOUNS = frozenset(
    [
        *("dane", "swede", "briton", "scot", "spaniard", "icelander", "luxembourger", "kiwi", "aussie"),
        *("frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman", "irishman"),
        *("irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "croat", "serb", "turk", "pole"),
    ]
)  # fmt: skip


def _nation_noun(word: str) -> bool:
    """``word`` is a capitalised noun or adjective for a nation's people ("Dane", "Brazilian")."""
    return _demonym(word) or (word[:1].isupper() and word.casefold() in _NATIONAL_NOUNS)


# Words standing alone for several people named before ("Both said", "All agreed").
_GROUP_PRONOUNS = frozenset(["both", "all", "each", "neither", "either", "none"])
_APPROXIMATORS = frozenset(["almost", "nearly", "virtually", "practically"])  # "Almost all said"
# Plural nouns of a body's people ("Senate aides") and the counts before them ("Two Senate aides").
_STAFF_PLURALS = frozenset(["aides", "staffers", "advisers", "advisors", "spokespeople", "officials"])
_COUNTS = frozenset(["four", "five", "six", "seven", "eight", "nine", "ten", "a few", "numerous", "multiple"])
# A verb in the past tense right after a name: "Mykola Hrytsenko stood", "... walked", "... was".
_PAST_VERB_NEXT = regex.compile(
    r"[ \t]++(?:\p{Ll}{2,}+(?<=ed)|was|had|stood|sat|went|came|left|lost|ran|told|said|saw|heard|fled|knew"
    r"|felt|held|kept|spent|took|woke|wept|lay|grew|became|began|fought|found|spoke)\b",
    regex.V1,
)
# A verb right after a name opening a sentence (a given name alone, or a full name whose given name is
# unfamiliar): a past form, an auxiliary or a present in -s ("Amara Nwosu runs a clinic").
_LONE_VERB_NEXT = regex.compile(
    r"[ \t]++(?:\p{Ll}{2,}+(?<=ed|es|ks|ys|ts|ls|ns|rs|ds)|was|had|has|will|would|can|could|is|spoke"
    r"|told|said|stood|sat|went|came|left|lost|ran|saw|knew|felt|held|kept|took|wrote|made|gave|met"
    r"|heard|fled|spent|woke|wept|lay|grew|became|began|fought|found)\b",
    regex.V1,
)
# An age set off by commas right after a name, as news gives a person's: "Dana Roe, 33, ...".
_AGE_NEXT = regex.compile(r",[ \t]++\d{1,3}+,", regex.V1)
# A relative clause of persons right after a name: "Kwame Asante, who runs a clinic in Tamale, ...".
_WHO_NEXT = regex.compile(r",[ \t]++who(?:[ \t]|'s[ \t]|’s[ \t])", regex.V1)
# Nouns of family that a possessive owns in a title-case headline ("Trump's Son Says ...").
_KIN_NOUNS = frozenset(
    [
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "widower",
        "nephew", "niece", "cousin", "uncle", "aunt", "family", "grandson", "granddaughter", "stepson",
    ]
)  # fmt: skip


def _body_words(words: list[str], bares: list[str], lex: QuoteLexicon) -> bool:
    """One of the words names a body ("Ministry", "SANA", "Kremlin")."""
    return any(_institution(w, b, lex) or b in _ORG_EXTRA for w, b in zip(words, bares, strict=True))


# Agencies named by an acronym that is also a surname when written in title case ("Mahamadou Sana").
_CAPS_ONLY_BODIES = frozenset(["sana", "tass", "irna", "un", "eu", "cia", "fbi", "opec"])


def _institution(word: str, bare: str, lex: QuoteLexicon) -> bool:
    """``word`` is an institution word: "Ministry", "SANA"; not "Sana", a surname spelt like an agency."""
    return bare in lex.institutions and (bare not in _CAPS_ONLY_BODIES or word.isupper())


# Generic nouns for a body, by kind: "the army" is an armed force, "the group" an armed group, "the alliance"
# a standing organisation.
_BODY_KINDS = {
    **dict.fromkeys(("army", "military", "forces"), "forces"),
    **dict.fromkeys(
        ("group", "movement", "militia", "faction", "organisation", "organization"), "armed_group"
    ),
    **dict.fromkeys(("alliance", "bloc", "bloc's"), "alliance"),
}
_FORCES_WORDS = frozenset(
    ["army", "forces", "military", "navy", "idf", "defense", "defence", "guard", "command"]
)


# A body's initials before an office: "U.N.", "EU", "IAEA".
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,4}+|\p{Lu}{2,5}+", regex.V1)
# A post's place or body after its noun: "for Libya", "to the United Nations", "in Ukraine".
_POST_COMPLEMENTS = frozenset(["for", "to", "in", "of", "at", "on"])


def _up_to_head(said: str, key: str | None) -> list[str]:
    """The words of a role noun phrase after its determiner, up to its head ("U.N. special envoy" of "The
    U.N. special envoy for Libya"), when the head is followed by nothing or by a post's complement."""
    words = said.split()[1:]
    for i, w in enumerate(words):
        if (
            key is not None
            and _bare(w) in (key, key + "s")
            and (i + 1 == len(words) or words[i + 1] in _POST_COMPLEMENTS)
        ):
            return words[: i + 1]
    return words


@functools.lru_cache(maxsize=1 << 10)
def _international_body(name: str) -> bool:
    """``name`` is an organisation the gazetteer knows ("World Food Programme", "UNHCR"), no news agency."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    e = default_gazetteer().lookup(name.removeprefix("The ").removeprefix("the "))
    return e is not None and e.type == "organization" and name not in AGENCIES


@functools.lru_cache(maxsize=1 << 10)
def _known_place(name: str) -> bool:
    """``name`` is a state or a capital the gazetteer knows ("Kuala Lumpur", "Sri Lanka")."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    e = default_gazetteer().lookup(name)
    return e is not None and e.type == "state"


@functools.lru_cache(maxsize=1 << 10)
def _body_kind(name: str) -> str | None:
    """The kind of body ``name`` is: "forces", "armed_group" or "alliance" (gazetteer or name), or None."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    e = default_gazetteer().lookup(name)
    if e is not None and e.type == "armed_group":
        return "armed_group"  # "Rapid Support Forces", "Syrian Democratic Forces": no state's army
    if any(_bare(w) in _FORCES_WORDS for w in name.split()):
        return "forces"
    if e is None:
        return None
    if e.type == "organization" and e.standing and e.kind in ("military", "security"):
        return "alliance"
    return None


def _body_end(bare: str, lex: QuoteLexicon) -> bool:
    """``bare`` may end a body's name: an institution word or a company's legal form ("Ministry", "JSC")."""
    return bare in lex.institutions or bare in COMPANY_FORMS


def _holder_after_place(words: list[str], lex: QuoteLexicon) -> int:
    """Where a person's name starts after the place or body an office is of, in one run ("Republic of
    Belarus Alexander Lukashenko", "United Nations Vassily Nebenzia"): after a run of up to three words the
    gazetteer knows (or an institution word, or the last word of a body's complement: "External Affairs"),
    before two to four capitalised words that name no body or role; else before the first known given name
    opening such words ("Punjab Maryam Nawaz Sharif"); else 0."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    gaz = default_gazetteer()
    bares = [_bare(w) for w in words]
    given = 0
    for q in range(len(words) - 2, 0, -1):
        rest = [w for w in words[q:] if not _lower_particle(w, lex)]  # ("Abdulrahman bin Jassim Al-Kuwari")
        if not 2 <= len(rest) <= 4 or not all(_is_cap(w) for w in rest) or not _is_cap(words[q]):
            continue
        if any(
            b in lex.institutions
            or _is_role(b, lex)
            or b in _BODY_COMPLEMENT_ENDS
            or b in lex.organization_heads
            for b in bares[q:]
        ):
            continue
        p = q - 1
        while p > 0 and bares[p] in lex.honorifics:
            p -= 1  # "Foreign Affairs Dr. Ana Ruiz": the honorific between the office and the name
        if (
            _body_end(bares[p], lex)
            or (p > 0 and bares[p] in lex.organization_heads)  # "Yerevan State University Armen Sargsyan"
            or (bares[p] in _BODY_COMPLEMENT_ENDS and not _title_word(bares[p], lex))
            # "External Affairs Vasudevan Raghunathan" (not "Justice Antonin Scalia")
            or any(gaz.lookup(" ".join(words[i : p + 1])) is not None for i in range(max(0, p - 2), p + 1))
        ):
            return q
        if bares[q] in name_genders(lex) and not any(
            _title_word(b, lex) or b in _TITLE_ABBREVIATIONS for b in bares[:q]
        ):
            given = q  # the first (leftmost) given name wins: "John Forbes Kerry", not "Forbes Kerry"
    return given


def _initials(name: str) -> str:
    """The capitals of a body's name's words ("Israel Defense Forces" -> "IDF"; "of", "the" skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _contracted(word: str) -> str:
    """A casefolded word without a contracted verb ("we’re" -> "we", "she'd" -> "she")."""
    for mark in ("’", "'"):
        if mark in word:
            return word.split(mark, 1)[0]
    return word


def _a_place(words: list[str], lex: QuoteLexicon) -> bool:
    """The complement of an office ("of Texas", "of New York") rather than a person's name."""
    if len(words) == 1 or _not_person(" ".join(words)):
        return True
    return len(words) == 2 and words[0].casefold() not in name_genders(lex)


def _person_of(
    words: list[str], bares: list[str], k: int, lex: QuoteLexicon, body_after: bool = False
) -> int | None:
    """Where "of" follows a person's full name in ``words[k:]`` ("Mina Holt of Dover"): its index.

    The name opens with a given name and holds two or three capitalised words, none a title or a body's.
    ``body_after``: the words after "of" name a body ("Ilse Marrow of Harvard University"), so a given name
    the lexicon does not know opens the name as well, if no word before "of" names a state."""
    try:
        of = bares.index("of", k + 2, k + 4)
    except ValueError:
        return None
    if of + 1 >= len(words):
        return None
    if bares[k] not in name_genders(lex) and not (
        body_after
        and bares[k] not in lex.determiners
        and not any(_country(w) for w in words[k:of])
        and all(w.isalpha() for w in words[k:of])
    ):
        return None
    return (
        of
        if all(
            _is_cap(w) and not _title_word(b, lex) and not _institution(w, b, lex)
            for w, b in zip(words[k:of], bares[k:of], strict=True)
        )
        and _is_cap(words[of + 1])
        else None
    )


def _person_of_body(
    text: str, toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon
) -> Mention | None:
    """A person's name after their titles and before "of" and the body they are of ("Professor Ann Roe of
    Harbor University Law Center"), as a name mention with the titles as its role; ``None`` otherwise."""
    words = [t[0] for t in toks[j : i + 1]]
    bares = [_bare(w) for w in words]
    k = 0
    while k < len(words) and (_title_word(bares[k], lex) or bares[k] in lex.honorifics) and _is_cap(words[k]):
        k += 1
    of = _person_of(words, bares, k, lex, body_after=True) if k < len(words) else None
    if of is None:
        return None
    name = text[toks[j + k][1] : toks[j + of - 1][2]]
    role = " ".join(words[:k]) or None
    return Mention(toks[j][1], toks[i][2], "name", name=name, role=role, head=bares[of - 1])


def _listed_portfolio_holder(text: str, lo: int, got: Mention, lex: QuoteLexicon) -> Mention:
    """``got`` (a name read from the last of a list of portfolios: "Social Affairs Nguyen Van Hoa") as the
    person after it, titled by the office and the whole list ("Deputy Minister of Labour, Invalids and Social
    Affairs"); ``got`` itself when no office written out lists portfolios before it."""
    words = (got.name or "").split()
    bares = [_bare(w) for w in words]
    q = _after_portfolio(words, bares, 0, lex)
    if q >= len(words):
        return got
    listed = _OFFICE_LIST_BEFORE.search(text, max(lo, got.start - _OFFICE_LIST_REACH), got.start, timeout=_T)
    if listed is None:
        return got
    office = listed.group("t").split()
    n = next(k for k, w in enumerate(office) if w in ("of", "for"))
    first = next((k for k in range(n) if all(_title_word(_bare(w), lex) for w in office[k:n])), n)
    if first == n or any(_bare(w) in name_genders(lex) for w in office[n:]):
        return got  # no office before "of" ("Ana Ruiz of Lund, Malmo and ..."), or a person in the list
    start = listed.start("t") + len(" ".join(office[:first])) + (1 if first else 0)
    name = " ".join(words[q:])
    name_start = got.end - len(name)
    if text[name_start : got.end] != name:
        return got
    role = " ".join(text[start:name_start].split())
    return attrs.evolve(got, start=start, name=name, role=role)


_PORTFOLIO_LINKS = frozenset(["of", "for"])  # the words between an office and its portfolio
_PORTFOLIO_WORDS = 4  # capitalised words of a portfolio ("Digital Development and Aerospace Industry")


def _after_portfolio(words: list[str], bares: list[str], k: int, lex: QuoteLexicon) -> int:
    """Where a person's name starts in ``words[k:]`` after a portfolio that closes with one of its usual last
    words ("Foreign Affairs Bassam Khalil al-Haddad", "Manpower Gan Siew Ling"): two to four capitalised
    words, none a title, a body's or a portfolio's; the length of ``words`` when there is no such name."""
    for q in range(k + 1, min(len(words) - 1, k + _PORTFOLIO_WORDS + 1)):
        if bares[q - 1] not in _BODY_COMPLEMENT_ENDS or not _is_cap(words[q - 1]):
            continue
        rest = [n for n in range(q, len(words)) if not _lower_particle(words[n], lex)]
        if 2 <= len(rest) <= _MAX_NAME_WORDS and all(
            _is_cap(words[n])
            and not _title_word(bares[n], lex)
            and not _institution(words[n], bares[n], lex)
            and bares[n] not in _BODY_COMPLEMENT_ENDS
            for n in rest
        ):
            return q
        if not all(_is_cap(w) or _bare(w) == "and" for w in words[k:q]):
            break
    return len(words)


def _person_tail(words: list[str], bares: list[str], k: int, lex: QuoteLexicon) -> int:
    """Where a person's name starts in ``words[k:]`` (an office's complement, then its holder): the
    surname, initials and particles, a first name; or, further back, a known given name after the
    complement's first word that opens a name of at most four words ("Secretary of State John Forbes
    Kerry", "Chief Minister of Punjab Maryam Nawaz Sharif")."""
    n = len(words) - 1
    while n - 1 > k and (_initial(words[n - 1]) or bares[n - 1] in lex.particles):
        n -= 1
    start = max(k, n - 1)
    genders = name_genders(lex)
    for q in range(max(k + 1, len(words) - _MAX_NAME_WORDS), start):
        if (bares[q] in genders or bares[q] in _FAMILY_NAMES_FIRST) and all(
            _is_cap(w) and not _title_word(_bare(w), lex) for w in words[q:]
        ):
            return q
    return start


# Common family names of Vietnamese, Chinese and Korean people, written first in English copy ("Minister of
# Foreign Affairs Nguyen Minh Vu", "Deputy Minister of Foreign Affairs Nguyen Thi Thu Hien"), which open the
# name after an office's complement. Written by us from common knowledge of the most frequent surnames.
_FAMILY_NAMES_FIRST = frozenset(
    ["nguyen", "tran", "pham", "hoang", "huynh", "phan", "vo", "dang", "bui", "ngo", "duong", "wang",
     "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "xu", "sun", "zhu", "guo", "gao", "luo",
     "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang"]
)  # fmt: skip


_MONTHS = frozenset(m.casefold() for m in ENGLISH_MONTHS)
# A participle dated by a month right before the subject's place: "released in April", "published last May"
# (not "by": "a letter signed by May" names its signer).
# An article and a common noun, then "in" before a one-word name: the place of a body or group ("a museum in
# Hamburg", "the diaspora in Vilnius").
_PLACE_OF_NOUN = regex.compile(
    r"\b(?:a|an|the)\s++(?:(?!in\s)[\p{L}-]++\s++)?(?!in\s)\p{Ll}[\p{L}-]*+\s++(?P<in>in)\s++$"
    # "the mayor of the Ecuadorian city of Manta", "the union in the Mexican state of Guerrero": a place's
    # unit names it
    r"|\b(?:of|in|for|from)\s++(?:a|an|the)\s++(?:[\p{L}-]++\s++){0,2}?(?P<unit>city|state|province|region|town"
    r"|village|district|county|port|municipality|department|island|capital|enclave|governorate|prefecture)"
    r"\s++of\s++$"  # (not "the city of Nice urged": the city itself speaks)
    # "Iran's mission to the United Nations in Geneva": a body's name, then the city it sits in
    r"|\b(?P<body>Nations|Union|Council|Agency|Embassy|Mission|Office|Organization|Organisation|Court|Fund"
    r"|Bank|Commission|Committee|Secretariat|Headquarters)\s++in\s++$",
    regex.V1,
)
_OWNER_WORD = regex.compile(r"^\p{Lu}[\p{L}.-]*+['’]s\s++", regex.V1)  # "Brazil's " opening a body's name
# A noun, then "in", "of", "from" or "across" and a list of capitalised names closed by "and" or "or": the
# places of a group ("leaders in Ireland, Belgium and ", "The mayors of Paris, Lyon and ").
_LISTED_PLACES = regex.compile(
    r"\b\p{L}[\p{L}-]*+\s++(?:in|of|from|across)\s++"
    r"(?P<list>(?:(?&item),\s++){1,6}+(?&item),?+\s++)(?:and|or)\s++$"
    r"(?(DEFINE)(?P<item>\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,2}+))",
    regex.V1,
)
_PLACE_WORDS = 3  # words of a place's name after its unit or its body ("of Ciudad del Este", "in New York")
_DATED_PARTICIPLE = regex.compile(
    r"\s\p{Ll}++(?<=ed|en)\s++(?:in|since|until|through|during|last|early|late)\s++(?:early\s++|late\s++)?$",
    regex.V1,
)


# A body's name in title case with lower-case links, alone before the cue from the clause's start: "Friends of
# the Earth", "Save the Children", "Dignity in Dying".
_TITLE_CASE_BODY = regex.compile(
    r"""\s*+(?P<body>(?P<first>\p{Lu}\p{Ll}++)
        (?:\s++(?:of|the|in|without|against)){1,2}
        (?:\s++\p{Lu}\p{Ll}++){1,2})\s*+""",
    regex.VERBOSE | regex.V1,
)
# A firm's name of two capitalised names joined by an ampersand: "Pratt & Whitney", "Procter & Gamble".
_FIRM_AMPERSAND = regex.compile(
    r"\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,2}+\s&\s\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,2}+",
    regex.V1,
)
# A person of such a firm: "Tom Reyes of Baker & Lowe LLP".
_PERSON_OF_FIRM = regex.compile(
    r"(?P<person>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){1,3}+)\s++of\s++" + _FIRM_AMPERSAND.pattern,
    regex.V1,
)


def subject_before(text: str, lo: int, cue_start: int, lex: QuoteLexicon) -> Mention | None:
    """The speaker mention that ends just before a reporting verb at ``cue_start`` (clause from ``lo``).

    Skips auxiliaries and adverbs ("has also said"); refuses passives ("is thought"); reads appositions
    ("Ali Akbar Velayati, Advisor to the Supreme Leader of Iran, says"). A pattern timing out on a
    pathological window gives no mention for this verb only.
    """
    try:
        got = _without_glued_headline(text, _role_without_article(_subject_before(text, lo, cue_start, lex)))
        if (
            got is not None
            and got.kind == "name"
            and _bare(text[got.start : got.end]) in _MONTHS
            and (dated := _DATED_PARTICIPLE.search(text, max(lo, got.start - 40), got.start)) is not None
        ):
            # "A committee report released in April described ...": the month dates the participle; the noun
            # the participle follows is the subject
            got = _role_without_article(_subject_before(text, lo, dated.start(), lex))
        if (
            got is not None
            and got.kind == "name"
            and got.role is None
            and (placed := _PLACE_OF_NOUN.search(text, max(lo, got.start - 40), got.start)) is not None
            and (
                " " not in text[got.start : got.end]
                or (
                    (placed.group("unit") or placed.group("body"))
                    and len(text[got.start : got.end].split()) <= _PLACE_WORDS
                    and text[got.start : got.end].split()[0].casefold() not in name_genders(lex)
                )
            )
        ):
            # "A spokesman for a museum in Hamburg said": the city places the body, no speaker's name; the
            # noun phrase it closes is read whole; "Iran's mission to the United Nations in Geneva said":
            # the body before the city
            got = (
                _role_without_article(_subject_before(text, lo, placed.end("body"), lex))
                if placed.group("body")
                else None
            )
        if (
            got is not None
            and got.kind == "name"
            and got.role is None
            and text.endswith(("and ", "or "), max(lo, got.start - 4), got.start)  # (a prefilter)
            and (listed := _LISTED_PLACES.search(text, max(lo, got.start - 120), got.start)) is not None
        ):
            # "Farm leaders in Ireland, Belgium and Poland said", "The mayors of Paris, Lyon and Marseille
            # said": the list places the noun, which is read whole (its commas read as spaces, offsets kept)
            commaless = text[: listed.start("list")] + text[listed.start("list") : got.start].replace(
                ",", " "
            )
            read = subject_before(
                commaless + text[got.start :], lo, cue_start, lex
            )  # (no comma: no recursion)
            if (
                read is not None
                and read.kind == "role"
                and read.name is None
                and read.start < listed.start("list")
                and (read.role is None or read.role in text[read.start : listed.start("list")])
            ):  # (not "Minister of Labour, Invalids and Social Affairs X": one office's name, no places)
                got = read
        if (
            got is not None
            and got.kind == "name"
            and got.role is None
            and text.endswith(" ", max(lo, got.start - 1), got.start)  # (a prefilter)
            and (epithet := _EPITHET_BEFORE_NAME.search(text, max(lo, got.start - 30), got.start)) is not None
        ):
            got = attrs.evolve(got, start=epithet.start())  # "the elder Levinson said": the epithet is his
        if got is None and (knows := _knowing_before(text, lo, cue_start)) is not None:
            got = knows  # "..., people familiar with the matter said": unnamed people and what they know
        if got is not None and got.kind == "role" and (cut := _after_inner_cue(text, got, lex)) is not None:
            got = cut  # "The documents show officials warned": the officials, after the documents' verb
        if (
            got is not None
            and got.kind in ("name", "org")
            and text.endswith(("and ", "& "), max(lo, got.start - 4), got.start)  # (a prefilter)
            and (joined := _JOINED_NAME_BEFORE.search(text, max(lo, got.start - 40), got.start)) is not None
            and _known_outlet(outlet := text[joined.start("n") : got.end])
        ):
            # "..., The Globe and Mail reported": one outlet's name, no list of two
            name = outlet.removeprefix("The ").removeprefix("the ")
            got = Mention(joined.start(), got.end, "org", name=name, head=_bare(name.split()[-1]))
        if (
            got is not None
            and got.kind == "role"
            and text.endswith("d ", max(lo, got.start - 2), got.start)  # (a prefilter)
            and (placed := _PLACED_BEFORE.search(text, max(lo, got.start - 40), got.start)) is not None
        ):
            got = attrs.evolve(
                got, start=placed.start()
            )  # "highly placed sources", "two well-informed aides"
        if (
            got is None
            and text.endswith(",", lo, cue_start - 1)  # (a prefilter)
            and (described := _DESCRIBED_ROLE.search(text, max(lo, cue_start - 150), cue_start)) is not None
            and (held := _subject_before(text, lo, described.end("np"), lex)) is not None
            and held.kind == "role"
            and held.start == described.start("np")
        ):
            # "..., the witness, a former aide, told investigators", "..., the driver, 54, said": the
            # unnamed speaker before a description or an age set off by commas
            got = _role_without_article(held)
        if (
            got is not None
            and got.kind == "name"
            and got.role is None
            and (whole := _TITLE_CASE_BODY.fullmatch(text, lo, cue_start)) is not None
            and (first_word := _bare(whole.group("first"))) not in name_genders(lex)
            and first_word not in _CAP_STOP
            and first_word not in _QUANTIFIERS
            and not _is_role(first_word, lex)
            and not state_name(got.name or "", lex)
        ):  # "Friends of the Earth said", "Save the Children said", "Dignity in Dying said": one body's name
            name = whole.group("body")
            got = Mention(
                whole.start("body"), whole.end("body"), "org", name=name, head=_bare(name.split()[-1])
            )
        if (
            got is not None
            and got.kind == "role"
            and got.role is not None
            and got.role.endswith(" of Justice")  # (a prefilter: the one title word closing a body's name)
            and text.endswith(got.role, got.start, got.end)
            and organization_in(core := _OWNER_WORD.sub("", got.role), lex) == core
        ):  # "The Ministry of Justice said", "The International Court of Justice ruled": a body, not a judge
            got = Mention(got.start, got.end, "org", name=got.role, head=_bare(core.split()[0]))
        if (
            got is not None
            and got.kind == "name"
            and got.role is not None
            and got.role.endswith(" &")
            and _FIRM_AMPERSAND.fullmatch(text, got.start, got.end) is not None
        ):  # "Pratt & Whitney said": one firm, no person Whitney titled "Pratt &"
            name = text[got.start : got.end]
            got = Mention(got.start, got.end, "org", name=name, head=_bare(name.split()[-1]))
        elif (
            got is not None
            and got.kind == "name"
            and (got.role or "").endswith("&")
            and (of_firm := _PERSON_OF_FIRM.fullmatch(text, got.start, got.end)) is not None
        ):  # "Tom Reyes of Baker & Lowe LLP said": the person of the firm, no person "Lowe LLP"
            person = of_firm.group("person")
            got = Mention(got.start, got.end, "name", name=person, head=_bare(person.split()[-1]))
        if got is not None and got.kind == "name" and got.name and " of " in got.name:
            held_of = _NAME_OF_PLACE.fullmatch(got.name)
            words_of = held_of.group("name").split() if held_of is not None else []
            if (
                held_of is not None
                and (got.role or "." in words_of[0] or words_of[0].casefold() in name_genders(lex))
                and _bare(words_of[-1]) not in lex.institutions
                and _bare(words_of[-1]) not in lex.organization_heads
            ):  # (a body's name keeps its "of": "American Society of Civil Engineers")
                got = attrs.evolve(got, name=held_of.group("name"))  # "Sen. Ann Ruiz of Arizona, ..., said"
        if (
            (got is None or got.kind == "org")
            and " of the " in text[max(lo, cue_start - 90) : cue_start]  # (a prefilter)
            and (member := _MEMBER_OF_BODY.search(text, max(lo, cue_start - 90), cue_start)) is not None
            and (person := _subject_before(text, lo, member.end("person"), lex)) is not None
            and person.kind == "name"
            and person.end == member.end("person")
            and (got is None or got.start >= member.start("body"))
        ):
            # "Senator Ana Villegas of the opposition Democratic Center party said": the member speaks
            got = attrs.evolve(person, end=member.end("body"))
        if (
            (got is None or got.kind == "org")
            and (office := _office_before(text, lo, cue_start, lex)) is not None
            and (got is None or (office.start <= got.start and office.end == got.end))
        ):
            got = office  # "the Minister of Defence said", "the Member of Parliament said": an office
        if (
            got is not None
            and got.kind == "name"
            and got.role
            and len(got.role.split()) >= 2  # a portfolio, then the office: "Cooperation Minister"
            and not _is_role(_bare(got.role.split()[0]), lex)
            and text.startswith(got.role, got.start)
            and text.endswith(("and ", "& "), max(lo, got.start - 4), got.start)  # (a prefilter)
            and (first := _PORTFOLIO_AND_BEFORE.search(text, max(lo, got.start - 60), got.start)) is not None
            and first.group("p").split()[0].casefold() not in name_genders(lex)
            and not any(_is_role(_bare(w), lex) for w in first.group("p").split())  # ("Vice President and")
            and _bare(got.role.split()[-1])
            in _PORTFOLIO_OFFICES  # (not "Ilse Marrow and Dunmore President X")
        ):
            # "International Relations and Cooperation Minister Naledi Dlamini said": one office of two
            # portfolios joined by "and", no second person
            got = attrs.evolve(
                got, start=first.start("p"), role=f"{first.group('p')} {first.group('j')} {got.role}"
            )
        elif (
            got is not None
            and got.kind == "name"
            and got.role
            and text.startswith(got.role, got.start)
            and got.role[:1].isupper()  # (not "... and former Gov. X": a second person)
            and text.endswith("and ", max(lo, got.start - 4), got.start)  # (a prefilter)
            and (joint := _OFFICE_AND_BEFORE.search(text, max(lo, got.start - 90), got.start)) is not None
            and not any(_bare(w) in name_genders(lex) for w in joint.group("t").split())  # (no one's name)
            and (
                _title_word(first_word := _bare(joint.group("t").split()[0]), lex)
                or _is_role(first_word, lex)
                or first_word in lex.modifiers
            )
        ):
            # "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator X said": two
            # offices one person holds, joined by "and"
            got = attrs.evolve(got, start=joint.start("t"), role=f"{joint.group('t')} and {got.role}")
        elif (
            got is not None
            and got.kind == "name"
            and got.role is None
            and got.name
            and text.endswith(("and ", "& "), max(lo, got.start - 4), got.start)  # (a prefilter)
            and text.startswith(got.name, got.start)
        ):
            got = _listed_portfolio_holder(text, lo, got, lex)
        if (
            got is not None
            and got.kind in ("name", "org")
            and got.start - 2 >= lo
            and text[got.start - 1] == " "
            and text[got.start - 2].islower()  # (a prefilter: "in ", "at ", "the ", "consultancy ")
            # ("members of the government, which said": the body's own clause)
            and _WHICH_NEXT.match(text, got.end, cue_start) is None
            and (group := _GROUP_AT_PLACE.search(text, max(lo, got.start - 40), got.start)) is not None
            # (a second place only after a group of people: "Protesters in Puno and Cusco", not "Secretary of
            # State and Democratic nominee X")
            and (not group.group("coord") or (group.group("g").endswith("s") and got.kind == "name"))
            and (held := _subject_before(text, lo, group.end("g"), lex)) is not None
            and (
                held.kind == "role"
                or (  # "The health ministry in Gaza said": a body's head noun placed with "in" or "at"
                    held.kind == "org"
                    and held.name is None
                    and held.head in lex.organization_heads
                    and _IN_OR_AT.match(text, group.end("g")) is not None
                )
            )
            and held.end == group.end("g")
            and not any(  # no verb between ("The secretary of state said Washington wanted")
                w in compiled(lex).lemmas or w in lex.auxiliaries
                for w in text[group.end("g") : got.start].casefold().split()
            )
        ):
            # "Democrats on Capitol Hill said", "Republicans in Congress said", "Farmers in northern Nigeria
            # say", "Residents of northern Israel said", "An executive at one of Taiwan's chip groups says":
            # the person or group there speaks, not the place or body that places it
            got = _role_without_article(attrs.evolve(held, end=got.end))
        elif (
            got is not None
            and got.kind == "name"
            and got.start - 2 >= lo
            and text[got.start - 2].isalpha()
            and got.name
            and _not_person(got.name)
            and (placed := _PERSON_AT_PLACE.search(text, max(lo, got.start - 16), got.start)) is not None
            and (of := text.rfind(" of ", max(lo, placed.start() - 60), placed.start())) > lo
            and (held := _subject_before(text, lo, of, lex)) is not None
            and held.kind == "name"
            and held.end == of
            and not _not_person(held.name or "")
        ):
            # "Dr. Ana Ruiz of Charité hospital in Berlin said": the person of the body, not the city that
            # places the body
            got = held
        if (
            got is not None
            and got.kind in ("name", "org")
            and " who " in text[max(lo, got.start - 80) : got.start]  # (a prefilter)
            and (rel := _RESTRICTIVE_WHO.search(text, max(lo, got.start - 80), got.start)) is not None
            and (held := _subject_before(text, lo, rel.start(), lex)) is not None
            and held.kind in ("role", "name", "org")
        ):
            if held.kind == "role" and known_only_as(text, rel.start(), got.end):
                # "A survivor who gave his name only as Yonas told": the name given, the role before
                got = attrs.evolve(got, role=held.role)
            else:
                got = _role_without_article(held)  # "A UN official who works in Goma said": the official
        if (
            got is not None
            and got.kind == "org"
            and got.name
            and not text[lo : got.start].strip(" \n\"“‘'")
            and len(words := got.name.split()) >= 2
            and words[-1] in _GENERIC_BODY_PLURALS
            and all(w.islower() for w in words[1:])
        ):
            # "Aid agencies said", "Rights groups said": a kind of body opening the clause, none named
            got = attrs.evolve(got, kind="role", name=None, role=got.name, head=words[-1])
        if (
            got is not None
            and text.endswith("by ", max(lo, got.start - 3), got.start)  # (a prefilter)
            and (agent := _CONSULTED_BY.search(text, max(lo, got.start - 30), got.start)) is not None
        ):
            # "Analysts consulted by Mercopress agreed": the outlet consulted them; the analysts speak
            held = _role_without_article(_subject_before(text, lo, agent.start(), lex))
            if held is None and (
                doc := _TEXT_BEFORE.search(text, max(lo, agent.start() - 60), agent.start())
            ):
                # "A document reviewed by The Associated Press says": the text, unnamed, speaks
                held = Mention(doc.start(), doc.end(), "role", role=doc.group("np"), head=doc.group("head"))
            got = held or got
        if got is None and (contact := contact_clause_start(text, lo, cue_start)) is not None:
            # "The experts I interviewed said", "dockers we spoke to say": the noun phrase before the clause
            got = _role_without_article(_subject_before(text, lo, contact + 1, lex))
        if (
            got is not None
            and got.kind in ("name", "org")
            and text.endswith(("from ", "by ", "of "), max(lo, got.start - 5), got.start)  # (a prefilter)
            and (doc := _TEXT_OF_BEFORE.search(text, max(lo, got.start - 40), got.start)) is not None
        ):
            # "“...,” a statement from the ministry said": the body speaks through its text, which the
            # mention takes in
            got = attrs.evolve(got, start=doc.start())
        if (
            got is not None
            and got.kind in ("name", "role")
            and text.endswith("of ", max(lo, got.start - 3), got.start)  # (a prefilter)
            and (body := _BODY_OF_BEFORE.search(text, max(lo, got.start - 40), got.start)) is not None
        ):
            # "The government of President X said": the government speaks, named with its head; "A
            # spokesman for the office of X said": the spokesman does, for that body
            name = " ".join(text[body.start("name") : got.end].split())
            whose = _subject_before(text, lo, body.end("head"), lex) if body.group("for") else None
            if whose is not None and whose.kind == "role":
                got = attrs.evolve(whose, end=got.end)
            elif not body.group("for") and got.kind == "role":
                # "The office of Israel's prime minister said": the office, unnamed as its head is
                got = attrs.evolve(got, start=body.start(), head=body.group("head").casefold())
            elif not body.group("for"):
                got = Mention(body.start(), got.end, "org", name=name, head=body.group("head").casefold())
        if got is None and (own := _INTENSIFIER_END.search(text, max(lo, cue_start - 50), cue_start)):
            # "Ana Ruiz herself also signalled": the subject before the intensifier
            got = _without_glued_headline(
                text, _role_without_article(_subject_before(text, lo, own.start(), lex))
            )
            if got is not None and _RELATIVE_END.search(text, max(lo, got.start - 8), got.start) is not None:
                got = None  # "a vote that the dockers themselves agreed to call": an object's relative
        return got
    except TimeoutError:
        return None


# Offices held for a portfolio, written after it: "Trade Minister", "Home Secretary", "Energy Commissioner".
_PORTFOLIO_OFFICES = frozenset(
    ["minister", "secretary", "commissioner", "spokesperson", "spokesman", "spokeswoman"]
)
# A person, then the party or group they belong to, right before a cue: "Senator Ana Villegas of the
# opposition Democratic Center party", "Rep. Ivo Marin of the Patria caucus".
_MEMBER_OF_BODY = regex.compile(
    r"""(?P<person>\p{Lu}[\p{L}'’-]++)\s++of\s++(?P<body>the\s++(?:[\p{L}'’-]++\s++){0,5}?
        (?:party|caucus|bloc|faction|coalition|alliance|movement|group|union|front
          |unit|department|division|team|office|bureau|branch|wing|desk))\s*+$""",  # "the bank's unit"
    regex.VERBOSE | regex.V1,
)
# A person's name read with the place they are from: "Harlan Beckwith of Arizona" (two words at least before
# "of", so no style such as "Mary of Teck").
_NAME_OF_PLACE = regex.compile(
    r"(?P<name>\p{Lu}\S*+(?:\s++\S++)+?)\s++of\s++\p{Lu}[\p{L}.]*+(?:\s++\p{Lu}[\p{L}.]*+)?+", regex.V1
)
# The first of two portfolios joined by "and" before a titled name: "International Relations and" (before
# "Cooperation Minister Naledi Dlamini"), "Foreign Affairs &".
# An office written out before "and" and a second office: "Under-Secretary-General for Humanitarian Affairs
# and", "Minister of Defence and".
_OFFICE_AND_BEFORE = regex.compile(
    r"""(?<![\p{L}'’-])(?P<t>\p{Lu}[\p{L}-]*+\s++(?:for|of|on)\s++(?:the\s++)?\p{Lu}[\p{L}-]*+
        (?:\s++\p{Lu}[\p{L}-]*+){0,3}+)\s++and\s++$""",
    regex.VERBOSE | regex.V1,
)
# An office written out before the portfolios it lists, up to the "and" before the last: "Deputy Minister of
# Labour, Invalids and", "Minister of Digital Development, Innovation and" (the last portfolio and the
# holder's name follow).
_OFFICE_LIST_BEFORE = regex.compile(
    r"""(?<![\p{L}'’-])(?P<t>(?:\p{Lu}[\p{L}-]*+[ \t]++){1,3}+(?:of|for)[ \t]++(?:the[ \t]++)?+
        (?:\p{Lu}[\p{L}-]*+(?:[ \t]++\p{Lu}[\p{L}-]*+){0,2}+,[ \t]++){0,4}+
        \p{Lu}[\p{L}-]*+(?:[ \t]++\p{Lu}[\p{L}-]*+){0,2}+,?[ \t]++(?:and|&)[ \t]++)$""",
    regex.VERBOSE | regex.V1,
)
_OFFICE_LIST_REACH = 120  # characters before the last portfolio read for the office and the list before it
_PORTFOLIO_AND_BEFORE = regex.compile(
    r"(?<![\p{L}-])(?<!\b(?:Mr|Mrs|Ms|Dr)\.?\s)(?P<p>\p{Lu}[\p{L}-]*+(?:\s++\p{Lu}[\p{L}-]*+)?)\s++(?P<j>and|&)\s++$",
    regex.V1,
)
# A person or group of people, one or many, then the place or body they are at or from: "Democrats on
# Capitol Hill", "Residents of northern", "One Labour MP in the north of", "An executive at one of", "A
# colleague from the same", "A doctor working in" (the place or body's name follows).
_GROUP_AT_PLACE = regex.compile(
    r"""(?<![\p{L}-])(?P<g>\p{L}[\p{L}-]*+)
        (?:\s++(?:working|fighting|based|stationed|living|serving|deployed|posted|operating|sheltering
                 |trapped|displaced|camped|volunteering))?+  # "A commander fighting near X"
        \s++(?:in|on|at|from|of|across|throughout|around|outside|near)\s++
        (?:(?:the|a|an|one\s++of|one\s++of\s++the|some\s++of\s++the)\s++)?
        (?:\p{Lu}[\p{L}.]*+-(?:based|owned|backed)\s++)?  # "Analysts at Oslo-based consultancy X"
        (?:(?!(?:and|or|but|who|that|which)\s)\p{Ll}[\p{Ll}-]*+\s++){0,2}?(?:of\s++(?:the\s++)?)?
        # a first place and "and": "in Puno and (Cusco)"
        (?P<coord>\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+)?\s++(?:and|or)\s++)?$""",
    regex.VERBOSE | regex.V1,
)
_IN_OR_AT = regex.compile(r"\s++(?:in|at)\s", regex.V1)
# The preposition placing a person's body before a place read as the subject: " in ", " in the ".
_PERSON_AT_PLACE = regex.compile(r"(?<=\p{L})\s++(?:in|near|outside)\s++(?:the\s++)?$", regex.V1)
_WHICH_NEXT = regex.compile(r",\s++which\b", regex.V1)  # a relative clause of a thing: its antecedent
# Plural heads of a kind of body, not a body's name: "Aid agencies", "Rights groups".
_GENERIC_BODY_PLURALS = frozenset(
    ["agencies", "groups", "organisations", "organizations", "unions", "companies", "charities", "ngos"]
)
# A restrictive relative clause right before a subject read inside it: "A UN official who works in Goma
# (said)", "The man who shot Ivo Marin (said)"; its antecedent is the subject.
_RESTRICTIVE_WHO = regex.compile(r"(?<=\p{L})\s++who\s++(?:[^\s,;:.!?\ue000]++\s++){1,8}$", regex.V1)
# A participle and "by" between a subject and its verb: "Analysts consulted by Mercopress agreed".
# A text described before "obtained by", "seen by" ("A confidential document", "an internal memo").
_TEXT_BEFORE = regex.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Aa]nother)\s++(?P<np>(?:[\p{Ll}-]++\s++){0,3}?(?P<head>\p{Ll}++))$", regex.V1
)
_CONSULTED_BY = regex.compile(
    r"(?<=\p{L})(?<!\b(?:is|are|was|were|be|been|being))\s++"  # (not a passive: "The report was cited by X")
    r"(?:consulted|interviewed|polled|surveyed|contacted|reached|asked|cited|quoted"
    # ("A letter obtained by CNN said", "An internal memo seen by Reuters said": the text speaks)
    r"|obtained|seen|reviewed|viewed|read)\s++by\s++$",
    regex.V1,
)


def contact_clause_start(text: str, lo: int, cue_start: int) -> int | None:
    """Where a relative clause with no relative pronoun starts right before a verb at ``cue_start`` ("the
    dockers we spoke to said": the space after "dockers"), or ``None``."""
    contact = _CONTACT_CLAUSE.search(text, max(lo, cue_start - 40), cue_start)
    return None if contact is None else contact.start()


# A body's text right before its name, opening the subject: "a statement from ", "the joint communique by ".
_SUBJECT_OPENS = r"(?:^|(?<=[\ue000,;.!?\n][^\S\n]*+|^\s*+))"  # after a stop, a comma, a quotation or a break
_TEXT_OF_BEFORE = regex.compile(
    _SUBJECT_OPENS
    + r"""(?:[Aa]n?|[Tt]he|[Ii]ts)\s++(?:(?:joint|brief|written|official|new)\s++)?
        (?:statement|communiqu[eé]|readout|press\s++release|release|letter|notice)\s++(?:from|by|of)\s++$""",
    regex.VERBOSE | regex.V1,
)
# Prepositions that open a phrase fronted before a sentence's subject ("In a letter to X, the minister said").
_FRONTED_PREPOSITIONS = frozenset(
    ["in", "after", "before", "during", "at", "on", "with", "following", "upon", "from", "for", "to",
     "unlike", "like", "besides", "despite", "against", "ahead", "alongside", "beside"]
)  # fmt: skip
# A body a person heads, right before the person's name: "The government of ", "the administration of ".
_BODY_OF_BEFORE = regex.compile(
    r"""(?:(?P<for>\bfor[^\S\n]++)|"""
    + _SUBJECT_OPENS
    + r""")(?:[Tt]he[^\S\n]++)?
        (?P<name>(?P<head>government|administration|cabinet|campaign|office|party)[^\S\n]++of[^\S\n]++)$""",
    regex.VERBOSE | regex.V1,
)
# An intensifier after a subject, before its verb (maybe after an adverb or auxiliary): "Ana Ruiz herself
# also said", "The skippers themselves have said".
_INTENSIFIER_END = regex.compile(
    r"""(?<=\p{L})\s++(?:himself|herself|themselves|itself)
        (?:\s++(?:also|too|then|later|again|has|have|had|is|was|would|will|\p{Ll}++ly)){0,2}+\s*+$""",
    regex.VERBOSE | regex.V1,
)


_RELATIVE_END = regex.compile(r"\b(?:that|which|whom)\s++$", regex.V1)


# A relative clause with no relative pronoun between a noun and its verb: a personal pronoun, a past verb,
# maybe a preposition ("the experts I interviewed", "dockers we spoke to", "the people she met with").
_CONTACT_CLAUSE = regex.compile(
    r"""(?<=\p{Ll})\s(?:I|we|he|she|they|you)\s++(?:\p{Ll}++(?<=ed)|spoke|met|saw|knew|heard|asked|polled|surveyed
        |talked|interviewed|quoted|consulted|reached)(?:\s++(?:to|with))?\s++$""",
    regex.VERBOSE | regex.V1,
)


# Words in capitals that open a mention, glued to it by a text dump that lost the headline's line break
# ("DEADLY HARBOUR BLAST Turkish President X said"): two words or more of three capitals or more, then a
# word in mixed case.
_GLUED_HEADLINE = regex.compile(r"(?:\p{Lu}{3,}+[’'\p{Lu}-]*+\s++){2,}+(?=\p{Lu}\p{Ll})", regex.V1)


def _without_glued_headline(text: str, m: Mention | None) -> Mention | None:
    """``m`` without a headline in capitals glued before it; its role without those words too."""
    if m is None or m.kind != "name" or (cut := _GLUED_HEADLINE.match(text, m.start, m.end)) is None:
        return m
    caps = text[m.start : cut.end()].strip()
    role = m.role[len(caps) :].strip() or None if m.role and m.role.startswith(caps) else m.role
    return attrs.evolve(m, start=cut.end(), role=role)


def _role_without_article(m: Mention | None) -> Mention | None:
    """``m`` with no article opening its role ("The Minister of Transport of ..." -> "Minister of ...")."""
    if m is None or not m.role or " " not in m.role:
        return m
    first, rest = m.role.split(" ", 1)
    return attrs.evolve(m, role=rest) if first.casefold() in ("the", "a", "an") else m


# Names listed before the last one of a group ("Sens. Ana Ruiz (D-Ore.), Li Wen (D-Ohio) and "), each maybe
# with its label in brackets.
_LIST_NAME = r"\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,3}+(?:\s*+\([^()\n]{1,20}+\))?+"
_NAME_LIST = regex.compile(rf"(?:{_LIST_NAME},\s++)*{_LIST_NAME},?\s++and\s++$", regex.V1)
# A preposition before such a list: the list is its object ("Aides to X and Y both said"; not "with", which
# opens an absolute phrase: "with X and Y all calling for ...").
_PREPOSITION_END = regex.compile(r"\b(?:for|of|to|by|from|at|on|in|about|against)\s++$", regex.V1)


# Adverbs of degree before another adverb between a subject and its verb ("almost universally said").
_DEGREE_ADVERBS = frozenset(["almost", "nearly", "virtually"])


def _floated_after(tok: str) -> bool:
    """A token a floating quantifier ("all", "both") may follow at a subject's end: a name's word, a closing
    bracket of its label ("(D-Ohio)"), a plural noun or a plural pronoun."""
    return (
        tok == ")"
        or (_is_cap(tok) and tok.casefold() not in _APPROXIMATORS)  # ("Almost all said": no floating "all")
        or tok.casefold() in ("they", "we", "you")
        or (tok.islower() and tok.endswith("s") and not tok.endswith("ss") and len(tok) > 3)
    )


def _subject_before(text: str, lo: int, cue_start: int, lex: QuoteLexicon) -> Mention | None:
    toks = _tokens(text, max(lo, cue_start - 400), cue_start)
    i = len(toks) - 1
    floated = False
    while i >= 0:
        b = _bare(toks[i][0])
        if b in lex.passive and not (adverb(b) and i >= 1 and _bare(toks[i - 1][0]) not in lex.passive):
            return None  # ("is thought", "was widely seen"; but "Ruiz generally supported": an adverb)
        # "has also said", "firmly denied"; not "Theresa May said" or "Will Hurd said", where it is a name
        name_like = (b in ("may", "will") and _is_cap(toks[i][0])) or (
            toks[i][0] == "Now"
            and i >= 1
            and _is_cap(toks[i - 1][0])
            and _bare(toks[i - 1][0]) not in lex.auxiliaries
            and _bare(toks[i - 1][0]) not in lex.passive  # ("Trump Is Now Calling": a title-case verb)
        )  # "Peace Now said": a body's name
        if (
            (b in lex.auxiliaries and not name_like)
            or (adverb(b) and not _is_cap(toks[i][0]) and len(b) > 4)
            or (toks[i][0] in _DEGREE_ADVERBS and i + 1 < len(toks) and adverb(_bare(toks[i + 1][0])))
        ):
            i -= 1
            continue
        if b in ("all", "both") and toks[i][0].islower() and i >= 1 and _floated_after(toks[i - 1][0]):
            i -= 1  # "Ana Ruiz (D-Ore.) and Li Wen (D-Ohio) all said", "the senators both said": the group
            floated = True
            continue
        if (k := _perfect_adjunct(toks, i)) >= 0:
            i = k  # "have in the past said", "has on several occasions said": the adjunct inside the verb
            continue
        if b in _ADVERB_PHRASE_ENDS:
            phrase = " ".join(_bare(w) for w, _s, _e in toks[max(0, i - 2) : i + 1])
            skip = next((n for tail, n in _ADVERB_PHRASES if phrase.endswith(tail)), 0)
            if skip and i - skip >= 0 and toks[i - skip][0] != ",":
                i -= skip  # "Zarif in particular said", "Ankara for its part insists": an adverbial
                continue
        break
    if (
        i >= 2
        and toks[i][0] == "and"
        and _INTRANSITIVE_PAST.fullmatch(toks[i - 1][0]) is not None
        and toks[i - 2][0].casefold() in _SUBJECT_PRONOUNS
    ):
        # "Asked about it, she laughed and said": a pronoun subject of two verbs ("Ana Ruiz laughed and
        # said" is read from the sentence's opening name)
        return Mention(toks[i - 2][1], toks[i - 2][2], "pronoun", head=toks[i - 2][0].casefold())
    if i >= 3 and toks[i][0] == "and" and (first := _first_conjunct_subject(text, toks, i, lex)) is not None:
        return first  # "..., the singer booked a small hall and asked": the subject of both verbs
    if i >= 2 and toks[i][0] in _OBJECT_PRONOUNS:
        # "A lawyer who has represented him said", "One of them said": an object pronoun is no subject; the
        # relative's antecedent, or the count the pronoun completes, speaks
        if _bare(toks[i - 1][0]) == "of" and _bare(toks[i - 2][0]) in _GROUP_HEADS:
            return Mention(toks[i - 2][1], toks[i][2], "role", role=None, head=_bare(toks[i - 2][0]))
        k = i - 1
        while k >= 1 and i - k < _RELATIVE_REACH and toks[k][0] not in ("who", "that", ",", ";"):
            k -= 1
        if k >= 1 and toks[k][0] in ("who", "that") and toks[k - 1][0][:1].isalpha():
            held = _subject_at(text, toks, k - 1, lex)
            if held is None or held.kind not in ("role", "name") or _object_of(toks, held.start):
                return None  # ("the former wife of X who sued him": not X, and the wife is no role noun)
            return held
        if (
            _bare(toks[i - 1][0]) in _PERSON_PREPOSITIONS
            and toks[i - 2][0][:1].isalpha()
            and toks[i - 2][0][:1].islower()
        ):
            # "those around him say", "three-fourths of them tell": the people the phrase counts or places
            j = min(_np_tokens(toks, i - 2, lex), i - 2)
            return Mention(toks[j][1], toks[i][2], "role", role=None, head=_bare(toks[i - 2][0]))
        return None
    if i >= 3 and toks[i][0] == "," and toks[i - 2][0] == "," and _bare(toks[i - 1][0]) in _CONNECTIVE_ASIDES:
        i -= 3  # "X, however, urged": the connective set off by commas is no part of the subject
    if i >= 4 and toks[i][0] == "," and (o := _additive_aside(toks, i)) >= 1:
        # "Ana Ruiz herself, as well as her staff, has insisted": the subject before the aside
        i = o - 1
        if i >= 1 and _bare(toks[i][0]) in _INTENSIFIERS:
            i -= 1  # "Ana Ruiz herself": the name, not its intensifier
    if (
        i >= 3
        and toks[i][0] in _PLACE_UNITS
        and _is_cap(toks[i - 1][0])
        and _bare(toks[i - 2][0]) in ("from", "of", "in")
        and _is_cap(toks[i - 3][0])
        and not _is_role(_bare(toks[i - 3][0]), lex)  # ("Residents of Dadu district said": the residents)
    ):
        i -= 1  # "X from Suceava county told": the place's unit in lower case after its name, no head
    n = i - 1 if i >= 2 and toks[i][0] in _CHANNEL_SERVICES else i  # "Channel 12 news reported"
    if (
        n >= 1
        and toks[n][0].isdigit()
        and len(toks[n][0]) <= 3
        and toks[n - 1][2] + 1 == toks[n][1]
        and _is_cap(toks[n - 1][0])
        and _bare(toks[n - 1][0]) not in _DATE_HEADS
        and (m := _subject_at(text, toks, n - 1, lex)) is not None
        and m.kind in ("name", "org")
        and m.end == toks[n - 1][2]
    ):
        # "Channel 12 reported", "France 24 said", "BBC Radio 4 reported": a number closes an outlet's name;
        # "Channel 12 news reported", "Kan 11 television said": the service named after it is the outlet's
        owned = (m.name or "").replace("’", "'").rsplit("'s ", 1)[-1]  # "Israel's Channel": the channel
        name = f"{owned} {toks[n][0]}" if owned else None
        return Mention(m.start, toks[i][2], "org", name=name, role=m.role, head=toks[n][0])
    t = _skip_time(toks, i)
    if t != i:
        # "Lena Holm on Friday, Oct. 22, said", "Omar Haddad last week accused": the time is no subject;
        # after a comma the time closes an apposition ("X, who lives in Salem, Oregon, in May 2019,")
        m = _subject_at(text, toks, t + 1 if toks[t + 1][0] == "," else t, lex)
        if m is not None and (
            _bare(toks[t][0]) == "who"
            or not _after_preposition(text, toks, m.start)
            or _after_title_and(toks, m.start, lex)
        ):
            return (
                m  # "a feud with Varga, who in 2012 said": the relative's antecedent may follow a preposition
            )
        if (
            m is not None
            and m.kind == "org"
            and toks[t][0] != ","
            and _bare(toks[t][0]) not in _TIME_HEADS
            and (n := next((n for n, tok in enumerate(toks) if tok[1] == m.start), 0)) >= 2
            and toks[n - 1][0] == "in"
            and not toks[n - 2][0].endswith("ing")
        ):
            i = t  # "Speakers in the Second Committee today warned": the phrase before the time, read whole
    if i >= 2 and toks[i][0] == "others" and toks[i - 1][0] == "and":
        first = _subject_at(text, toks, i - 2, lex)
        if first is not None and first.kind in ("name", "role", "org") and first.end == toks[i - 2][2]:
            # "Ana Ruiz and others said": the person named and the others with her
            return Mention(first.start, toks[i][2], "role", role="others", head="others")
    for j in (i, i - 1):
        if (
            j >= 0
            and _opens_clause(toks, j)
            and (counted := _count_subject(toks, j, i)) is not None
            and _verb_at(text, cue_start, lex)
            and (counted.head != "one" or _one_speaks(text, toks[j], cue_start))
        ):
            return counted  # "Another tweeted", "The two wrote": people quoted or named before, unnamed
    m = _subject_at(text, toks, i, lex)
    if (
        floated
        and m is not None
        and m.kind == "name"
        and (group := _NAME_LIST.search(text, max(lo, toks[0][1]), m.start)) is not None
        and _PREPOSITION_END.search(text, max(lo, group.start() - 12), group.start()) is None
    ):
        # "Ana Ruiz (D-Ore.), Li Wen (D-Ohio) and Tomas Reyland all said": the names together are the speaker
        return Mention(group.start(), toks[i][2], "role", role=None, head="group")
    if m is None:
        if _REDUCED_RELATIVE.match(text, cue_start):
            return None
        return _person_described(toks, i, lex) or _noun_phrase_after_quotation(toks, i, lex)
    if (
        m is not None
        and i >= 0
        and toks[i][2] == m.end
        and (
            m.kind != "name"
            or len((m.name or "").split()) > 2
            or (m.role is not None and not any(_is_role(_bare(w), lex) for w in m.role.split()))
        )
    ):  # ("Ambassador of X to Damascus Mr. Ivan Orlov": a place read as the title of "Ivan Orlov")
        # "Head of the Department of ... of the Ministry of Foreign Affairs of Kazakhstan Aigerim Seitkali"; a
        # name read with the office's place ("Republic of Kazakhstan Bolat Serikov") is cut to the holder's
        held = _long_office(text, toks, i, lex)
        if held is not None and (m.kind != "name" or f" {m.name}".endswith(f" {held.name}")):
            m = held
    if m is not None and m.kind in ("name", "org") and i >= 0 and toks[i][2] == m.end:
        m = _known_body_over(text, toks, i, m, lex) or m  # "the Organization for Security and ... in Europe"
    if m is not None and m.kind == "role" and i >= 0 and toks[i][2] == m.end:
        m = _unclosed_apposition(text, toks, i, m, lex) or m
    if m is not None and m.kind == "org" and m.name and i >= 0 and toks[i][2] == m.end:
        m = _person_then_body(text, toks, m, lex) or m  # "Ana Ruiz, Pew Research Center: “...”"
    if m is not None and _participle_by(text, m.start, m.end):
        return None  # "Chastened by the analyses, Tate revised ...": a participle, not a name
    if m is not None and m.kind in ("name", "org") and _opens_phrase(text, m):
        return None  # "Holding a sign, ...", "Reprising her role ...": a lone word before a phrase
    if (
        m is not None
        and m.kind == "name"
        and m.name
        and " " in m.name
        and m.name.rsplit(" ", 1)[1].casefold() in _SUBJECT_PRONOUNS
        and text.endswith(m.name.rsplit(" ", 1)[1], m.start, m.end)
    ):
        # "Q. You have said ...": an interview's label before a pronoun, which is the subject
        word = m.name.rsplit(" ", 1)[1]
        return Mention(m.end - len(word), m.end, "pronoun", head=word.casefold())
    if (
        m is not None
        and m.kind == "name"
        and _topic_object(toks, m.start)
        and m.name is not None
        and text.startswith(m.name.split()[0], m.start)  # not "on Saturday -- Lee", a time before the name
        and not text[m.start : m.end].endswith(("'s", "’s", "s'", "s’"))  # "seized on Lee's claim"
        and not text.startswith(("'s", "’s"), m.end)
        and not text.startswith(", who", m.end)  # "an attack on Lee, who has said"
        and not text[cue_start : cue_start + 30].split(None, 1)[0].endswith("ing")  # "about Lee calling"
    ):
        return None  # "Washington's statements on Assad show ...": the topic of the subject's noun
    if (
        m is not None
        and m.kind == "pronoun"
        and _bare(text[m.start : m.end]) in _POSSESSIVE_DETERMINERS
        and _APPOSED_AFTER_NOUN.match(text, m.end, min(len(text), m.end + 60)) is not None
    ):
        return None  # "Her rival, X, released a video claiming ...": the person apposed to the noun speaks
    if m is not None and m.kind == "name" and _lone_opening_word(text, m, cue_start, lex):
        return None  # "Responding, the minister said", "Player reaction was muted": no name
    if m is not None and m.kind == "name" and _common_word_opening(text, m, lex):
        # "Low rates keep the debt low", "Others, however, say": a word the article also writes in lower
        # case names no one; the words stay the subject, unnamed
        return attrs.evolve(m, kind="role", name=None, head=(m.name or "").casefold())
    if (
        m is not None
        and m.kind in ("name", "org")
        and m.name
        and i >= 0
        and toks[i][2] == m.end
        and (held := _person_before_state(text, toks, i, m, lex)) is not None
    ):
        return held  # "Ana Ruiz of Sumter, South Carolina says": the person from the place, not the state
    if m is not None and m.kind in ("name", "org") and m.name and _not_person(m.name):
        return _role_of_list(text, toks, m, lex) or m
    if (
        m is not None
        and m.kind == "name"
        and m.role is None
        and m.name
        and " " not in m.name
        and (m.name.casefold().endswith(_COMMON_PLURAL_ENDINGS) or m.name == "Others")
        and text[m.start : m.end] == m.name
        and _opens_sentence(text, m.start)
        and not _written_after_a_name(text, m.name)
    ):
        # "Colleagues describe him as stubborn", "Sanctions take effect", "Others argued": a plural common
        # noun or pronoun capitalised only because it opens the sentence, no name
        return Mention(m.start, m.end, "role", role=m.name, head=_bare(m.name))
    return m


# Words of a clause read before "and" and a verb of saying for its subject and first verb.
_CONJUNCT_WORDS = 12


# Openings of an aside set off by commas that adds others to the subject before it ("X, as well as Y, says").
_ADDITIVE_ASIDES = (("as", "well", "as"), ("along", "with"), ("together", "with"), ("alongside",))
_ADDITIVE_ASIDE_WORDS = 10  # words of such an aside
_INTENSIFIERS = frozenset(["himself", "herself", "themselves", "itself"])


def _additive_aside(toks: list[tuple[str, int, int]], c: int) -> int:
    """Where the aside ending with the comma ``toks[c]`` opens (its opening comma), when it adds others to the
    subject before it ("Ana Ruiz, as well as her campaign, ..."); else -1."""
    o = c - 1
    while o >= 0 and c - o <= _ADDITIVE_ASIDE_WORDS and toks[o][0] not in (",", ";", ":"):
        o -= 1
    if o < 1 or toks[o][0] != ",":
        return -1
    words = tuple(_bare(w) for w, _s, _e in toks[o + 1 : o + 4])
    return o if any(words[: len(a)] == a for a in _ADDITIVE_ASIDES) else -1


def _first_conjunct_subject(
    text: str, toks: list[tuple[str, int, int]], a: int, lex: QuoteLexicon
) -> Mention | None:
    """The subject of a clause whose first verb phrase ends at ``toks[a]``, an "and" before the verb of
    saying ("..., the singer booked a small hall and asked ..."): a role noun or a person's description
    opening the clause after a comma or a quotation, followed by a lower-case word read as its verb;
    ``None`` otherwise (a name opening the sentence is read from the sentence)."""
    c = a - 1
    while (
        c >= 0 and a - c <= _CONJUNCT_WORDS and toks[c][0] not in (",", ";", ":") and MASK not in toks[c][0]
    ):
        c -= 1
    if c < 0 or a - c > _CONJUNCT_WORDS:
        return None
    c += 1
    bare = _bare(toks[c][0])
    if (
        bare.endswith("s")
        and toks[c][0].islower()
        and c + 2 < a
        and _is_role(bare, lex)
        and (verb := toks[c + 1][0]).isalpha()
        and verb.islower()
        and (verb in _IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed")))
    ):
        # "Outside, demonstrators waved flags and chanted ...": a bare plural of people, then its past verb
        return Mention(toks[c][1], toks[c][2], "role", role=bare, head=bare)
    if bare not in _DESCRIPTION_OPENERS:
        return None
    for k in range(c + 1, min(a - 1, c + 1 + _DESCRIPTION_ADJECTIVES + 1)):
        verb = toks[k + 1][0]
        if not (verb.isalpha() and verb.islower()) or verb in lex.determiners or verb in _PREPOSITIONS:
            continue
        if verb in lex.auxiliaries or verb in lex.passive or verb == "and":
            continue
        m = _read_np(text, toks, c, k, lex)
        if m is None or m.kind != "role":
            m = _person_described(toks, k, lex)
        if m is not None and m.kind == "role" and m.start == toks[c][1] and m.end == toks[k][2]:
            return m
        if (
            (verb in _IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed")))
            and k + 2 < a
            and all(_plain_noun_word(w, lex) for w, _s, _e in toks[c + 1 : k + 1])
        ):
            # "..., the short memo listed no costs and did not explain": a noun phrase, then its past verb
            return Mention(toks[c][1], toks[k][2], "role", head=toks[k][0])
    return None


_AFTER_QUOTATION_WORDS = 3  # lower-case words of a noun phrase after a quotation, its determiner aside


def _noun_phrase_after_quotation(
    toks: list[tuple[str, int, int]], i: int, lex: QuoteLexicon
) -> Mention | None:
    """A determiner and a few lower-case nouns right after a quotation, ending at ``toks[i]``, speak unnamed
    ("“...,” the harbour crew often said"); the mention ends before any adverb before the verb."""
    j = i
    while j >= 0 and i - j < _AFTER_QUOTATION_WORDS and _plain_noun_word(toks[j][0], lex):
        j -= 1
    if j == i or j < 1 or toks[j][0] not in lex.determiners or toks[j][0] not in _DESCRIPTION_OPENERS:
        return None
    # a comma, or the full stop a question or exclamation mark closing the quotation reads as ("“Why?” the
    # harbour crew asked"), may stand between the quotation and the noun phrase
    before = toks[j - 1][0] if toks[j - 1][0] not in (",", ".") or j < 2 else toks[j - 2][0]
    if MASK not in before:
        return None
    return Mention(toks[j][1], toks[i][2], "role", head=toks[i][0])


# Past forms of common verbs that do not end in -ed ("the order gave no reasons and ...").
_IRREGULAR_PAST = frozenset(
    ["gave", "took", "made", "held", "kept", "sent", "won", "paid", "brought", "bought", "built", "drew",
     "drove", "fell", "got", "led", "met", "rose", "sold", "sought", "struck", "threw", "wrote", "left",
     "lost", "ran", "saw", "found", "felt", "began", "became", "spent", "stood", "came", "went", "broke"]
)  # fmt: skip


def _plain_noun_word(word: str, lex: QuoteLexicon) -> bool:
    """``word`` may be a lower-case adjective or noun inside a noun phrase: no function word, verb form or
    adverb."""
    if not (word.isalpha() and word.islower()) or adverb(word) or word in lex.auxiliaries:
        return False
    if word in lex.determiners or word in compiled(lex).pronouns or word in _PREPOSITIONS:
        return False
    return word not in _CAP_STOP and word not in _IRREGULAR_PAST and not word.endswith("ed")


# Determiners that open a person's description standing for a speaker no role noun names ("my father", "the
# woman", "a neighbour").
_DESCRIPTION_OPENERS = frozenset(
    ["my", "his", "her", "their", "our", "your", "the", "a", "an", "one", "another"]
)
_DESCRIPTION_ADJECTIVES = 2  # lower-case words read between such a determiner and its person noun


# A participle and its preposition after a noun, which describe the noun and are no verb of its clause
# ("the woman accused of ...", "a man charged with ...").
_REDUCED_RELATIVE = regex.compile(r"\p{Ll}++(?<=ed)[ \t]++(?:of|by|with|in|over)\b", regex.V1)


def _person_described(toks: list[tuple[str, int, int]], i: int, lex: QuoteLexicon) -> Mention | None:
    """The subject ending at ``toks[i]`` that describes a person by a noun of kin or of people, no role noun,
    opening the clause: "my father (often) said", "the woman later recalled", "her late husband said"; it
    speaks unnamed, its mention ending before any adverb between it and the verb. ``None`` otherwise."""
    if i < 1 or not toks[i][0].isalpha() or not toks[i][0].islower():
        return None
    head = toks[i][0]
    if head not in _KIN_NOUNS and head not in _PERSON_NOUNS:
        return None
    j = i - 1
    while j >= 0 and i - j <= _DESCRIPTION_ADJECTIVES and _bare(toks[j][0]) not in _DESCRIPTION_OPENERS:
        w = toks[j][0]
        if not (w.isalpha() and w.islower()) or w in lex.auxiliaries or w in _CAP_STOP or adverb(w):
            return None
        if w in lex.determiners or w in compiled(lex).pronouns or w in _PREPOSITIONS or w in lex.passive:
            return None
        j -= 1
    if j < 0 or _bare(toks[j][0]) not in _DESCRIPTION_OPENERS:
        return None
    if j > 0 and toks[j - 1][0][:1].isalnum():
        return None  # "the plan of the woman said": not the clause's opening
    return Mention(toks[j][1], toks[i][2], "role", head=head)


# Counts of people named before that stand alone as a clause's subject ("The two wrote", "the three said"),
# and the pronouns "another" and "one" standing for one more of the people just quoted or named ("Another
# said", "tweeted another", "One said").
_PEOPLE_COUNTS = frozenset(["two", "three", "four", "five"])
_ANOTHER = "another"


def _one_speaks(text: str, one: tuple[str, int, int], cue_start: int) -> bool:
    """ "One" right before a cue in lower case is one of the people just named, opening its sentence ("One
    said") or after a quotation ("“...,” one said"); not a headline's "One Tweet Sums Up", an impersonal "one
    might think", nor "..., one seeking ..."."""
    if not text[cue_start : cue_start + 1].islower() or text[one[2] : cue_start].strip():
        return False
    if one[0] == "One":
        return True
    before = text[max(0, one[1] - 4) : one[1]].rstrip(" ,")
    return before.endswith((MASK, "”", '"', "’", "'"))


def _count_subject(toks: list[tuple[str, int, int]], j: int, i: int) -> Mention | None:
    """``toks[j..i]`` is "another" or "the two" standing alone for people named or quoted before; it speaks
    unnamed ("Another tweeted", "“...,” the two write"). ``None`` otherwise."""
    words = [_bare(t[0]) for t in toks[j : i + 1]]
    start, end = toks[j][1], toks[i][1] + len(toks[i][0].rstrip("."))
    if words in ([_ANOTHER], ["one"]):  # "Another said", "One said": one of the people just named
        return Mention(start, end, "role", head=words[0])
    count = len(words) == 2 and words[0] == "the" and words[1] in _PEOPLE_COUNTS
    if count and toks[i][0].rstrip(".").islower():
        return Mention(start, end, "role", head=words[1])
    return None


def _verb_at(text: str, at: int, lex: QuoteLexicon) -> bool:
    """The word at ``at`` is a verb: a form of a cue that is no noun, or a past in -ed ("featured"); not a
    noun that "another" or "the two" would open ("Another user", "The two sides")."""
    word = _WORD.match(text, at, min(len(text), at + 40))
    if word is None:
        return False
    w = word.group().casefold()
    cl = compiled(lex)
    if w in cl.lemmas and w not in cl.noun_forms:
        return True
    return (w.endswith("ed") and w.islower()) or w in _IRREGULAR_PAST


def _opens_clause(toks: list[tuple[str, int, int]], j: int) -> bool:
    """``toks[j]`` opens its clause: nothing before it, or a punctuation mark or a masked quotation, perhaps
    with "yet" between ("Yet another said")."""
    if j >= 1 and _bare(toks[j - 1][0]) == "yet":
        j -= 1
    return j == 0 or not toks[j - 1][0][:1].isalnum() or MASK in toks[j - 1][0]


def _person_before_state(
    text: str, toks: list[tuple[str, int, int]], i: int, m: Mention, lex: QuoteLexicon
) -> Mention | None:
    """The person before "of/from/in Town," when ``m``, ending at ``toks[i]`` just before the verb, is the
    state or country after the town with no comma closing it ("Ana Ruiz of Sumter, South Carolina says");
    read as the apposition the closing comma would make. ``None`` when no person is read so."""
    a = next((k for k in range(i, -1, -1) if toks[k][1] == m.start), -1)
    if a < 2 or toks[a - 1][0] != "," or not (m.name in _us_states() or _country(m.name or "") is not None):
        return None
    if not _state_after_place(text, toks, (max(0, a - 6), a - 2), a, i):
        return None  # ("In August, Harbour House plans": no town before, and a body is no state)
    held = _apposition(text, [*toks[: i + 1], (",", m.end, m.end)], i + 1, lex)
    if held is None or held.kind != "name" or held.start >= m.start or not held.name:
        return None
    return None if _not_person(held.name) else held


def _person_then_body(
    text: str, toks: list[tuple[str, int, int]], m: Mention, lex: QuoteLexicon
) -> Mention | None:
    """The person named before a comma and the body ``m`` that opens their clause ("Ana Ruiz, Pew Research
    Center: ..."), the mention spanning both (the body is their organisation, see ``Resolver.owner_of``);
    ``None`` when no person of two words or more opens the clause there."""
    k = next((n for n, t in enumerate(toks) if t[1] == m.start), -1)
    if k < 2 or toks[k - 1][0] != ",":
        return None
    a = k - 2
    while a - 1 >= 0 and toks[a - 1][0] not in (",", ".", ";", ":", "(", ")", "—", "–"):
        a -= 1
    if a > 0 and toks[a - 1][0] not in (".", ";", ":"):
        return None
    if a > 0 and "\n" not in text[toks[a - 1][2] : toks[a][1]] and toks[a - 1][0] != ".":
        return None
    person = _person_segment(text, toks, (a, k - 2), lex)
    if (
        person is None
        or person.role
        or not person.name
        or len(person.name.split()) < 2
        or _not_person(person.name)
    ):
        return None
    return attrs.evolve(person, end=m.end)


def _written_after_a_name(text: str, word: str) -> bool:
    """``word`` follows a capitalised word somewhere in ``text`` ("Anna Clements"): a surname, then."""
    return word in _words_after_names(text)


@functools.lru_cache(maxsize=4)  # bounded: the articles being read; one pass per text, not one per mention
def _words_after_names(text: str) -> frozenset[str]:
    """The words of ``text`` written right after a capitalised word and one blank ("Anna Clements"), that
    word no article ("The", "A", "An")."""
    out: set[str] = set()
    for m in _WORD_AFTER_CAPITAL.finditer(text):
        prev = m.group("prev")
        if prev[:1].isupper() and prev.isalpha() and prev not in ("The", "A", "An"):
            out.add(m.group("word"))
    return frozenset(out)


# A chunk (what stands between blanks and line ends) opening with a capital, then the leading word of the
# next chunk when only blanks and line ends stand between them, a blank first and last ("Anna Clements").
# One scan instead of a loop over every chunk; the loop above tests the capitalised chunk.
_WORD_AFTER_CAPITAL = regex.compile(
    r"(?<![^ \n])(?P<prev>\p{Lu}[^ \n]*+)[ ][ \n]*+(?<=[ ])(?=(?P<word>[\p{L}\p{N}'’-]++))", regex.V1
)


# Endings of English plural common nouns that hardly any surname has ("-ers" has many: Sanders, Rogers).
# Written by us.
_COMMON_PLURAL_ENDINGS = ("ions", "ists", "gues", "ians", "ants", "ents")
_OBJECT_PRONOUNS = frozenset(["him", "them", "us", "me"])  # pronouns that never open a clause as its subject
_PERSON_PREPOSITIONS = frozenset(["of", "around", "near", "close"])  # "those around him", "many of them"
_RELATIVE_REACH = 8  # tokens read back from an object pronoun for the relative ("who has represented him")
_OFFICE_LINKS = frozenset(["of", "for", "the", "and", "on", "to"])  # lower-case words inside a long office
_LONG_OFFICE_TOKENS = 30  # tokens of an office read back from its holder's name
_OFFICE_REACH = 240  # characters before a name's comma read for an office closing the clause
_HONORIFICS_REACH = 40  # characters before a name read for honorifics ("Sayyid", "H.E. Dr.")


def _long_office(text: str, toks: list[tuple[str, int, int]], i: int, lex: QuoteLexicon) -> Mention | None:
    """A long office written before its holder's name with no comma, as state news agencies write it: a
    title, "of" a chain of bodies and places, then the name ("Head of the Department of Foreign Economic
    Policy of the Ministry of Foreign Affairs of Kazakhstan Aigerim Seitkali"); the name starts after the
    last body or place (:func:`_holder_after_place`). ``None`` unless the run opens with a title."""
    k = i
    while (
        k > 0
        and i - k < _LONG_OFFICE_TOKENS
        and (
            _is_cap(toks[k - 1][0])
            or toks[k - 1][0] in _OFFICE_LINKS
            or _lower_particle(toks[k - 1][0], lex)
            # "Shadow minister for finance X", "Opposition spokesperson for Gozo X": a title in lower case,
            # and a field of one lower-case word after its "for"
            or (toks[k - 1][0].islower() and _is_role(toks[k - 1][0], lex))
            or (k > 1 and toks[k - 2][0] == "for" and toks[k - 1][0].isalpha() and toks[k - 1][0].islower())
        )
    ):
        k -= 1  # (a name's particle: "Dr. Abdulrahman bin Jassim Al-Kuwari")
    while k < i and toks[k][0] in _OFFICE_LINKS:
        k += 1
    start = k
    if _bare(toks[k][0]) in lex.determiners:
        k += 1  # "The Deputy Chairman of ...": the article is no part of the role
    r = k
    while r < k + 2 and r < i and _is_cap(toks[r][0]) and _is_role(_bare(toks[r + 1][0]), lex):
        r += 1  # "Labour MP for ...": a party or nation before the title
    t = r
    while (
        r < i
        and (_is_cap(toks[r][0]) or (toks[r][0].islower() and _is_role(toks[r][0], lex)))
        and (_title_word(_bare(toks[r][0]), lex) or _bare(toks[r][0]) in lex.modifiers)
    ):
        r += 1
    if r == t or r >= i or toks[r][0] not in ("of", "for") or not _is_role(_bare(toks[r - 1][0]), lex):
        return None
    if not _is_cap(toks[r - 1][0]) and not any(_is_cap(w) for w, _s, _e in toks[k:r]):
        return None  # a lower-case title alone ("the minister for X"): a sentence's capital or a body
        # before it ("Shadow minister", "Opposition spokesperson") marks the office's start
    last_of = max(n for n in range(r, i) if toks[n][0] in ("of", "for", "to"))
    tail = [w for w, _s, _e in toks[last_of + 1 : i + 1] if w != "the"]
    q = _holder_after_place(tail, lex)
    if q <= 0:
        return None
    while q < len(tail) - 2 and _bare(tail[q]) in lex.honorifics:
        q += 1  # "Ambassador of X to Damascus Mr. Ivan Orlov": the honorific is neither office nor name
    name = " ".join(tail[q:])
    name_start = toks[i][2] - len(name)
    if text[name_start : toks[i][2]] != name or _not_person(name):
        return None
    role = " ".join(text[toks[k][1] : name_start].split())
    return Mention(toks[start][1], toks[i][2], "name", name=name, role=role, head=_bare(tail[-1]))


def _known_body_over(
    text: str, toks: list[tuple[str, int, int]], i: int, m: Mention, lex: QuoteLexicon
) -> Mention | None:
    """A body the gazetteer knows whose name runs over a preposition and ends with ``m`` ("the
    Organization for Security and Co-operation in Europe said": the organisation, not "Europe"): the
    longest such name of at most :data:`_BODY_NAME_TOKENS` tokens, else ``None``."""
    from ._actors import default_gazetteer  # lazy: the gazetteer is built on first use

    k = next((n for n in range(i, -1, -1) if toks[n][1] == m.start), -1)
    if k < 2 or _bare(toks[k - 1][0]) not in ("in", "of", "for", "on"):
        return None
    gaz = default_gazetteer()
    for n in range(max(0, k - _BODY_NAME_TOKENS), k - 1):
        if not _is_cap(toks[n][0]) or _bare(toks[n][0]) == "the":
            continue
        name = text[toks[n][1] : m.end]
        entry = gaz.lookup(name)
        if entry is not None and entry.type == "organization":
            det = n > 0 and _bare(toks[n - 1][0]) == "the"
            start = toks[n - 1][1] if det else toks[n][1]
            p = n - 2 if det else n - 1  # "International observers from the ...": the role, of that body
            if p >= 1 and _bare(toks[p][0]) in ("from", "of", "at", "with"):
                outer = _subject_at(text, toks, p - 1, lex)
                if outer is not None and outer.kind == "role":
                    return attrs.evolve(outer, end=m.end)
            return Mention(start, m.end, "org", name=name, head=_bare(toks[i][0]))
    return None


_BODY_NAME_TOKENS = 10


def _unclosed_apposition(
    text: str, toks: list[tuple[str, int, int]], i: int, m: Mention, lex: QuoteLexicon
) -> Mention | None:
    """``NAME, ROLE said`` with the apposition's closing comma missing ("Ali Rezaei, deputy head of the
    security committee said"): the named person with that role, read as if the comma were there. Only for
    a person's name of two words or more that opens the clause (or follows a quotation), so "In Tehran, the
    minister said" keeps the minister."""
    k = next((n for n in range(i, -1, -1) if toks[n][1] == m.start), -1) - 1
    if k < 1 or toks[k][0] != ",":
        return None
    n = k - 1
    while n >= 0 and _is_cap(toks[n][0]) and k - n <= _MAX_NAME_WORDS:
        n -= 1
    opens = n < 0 or toks[n][0] in (",", ".", ":", ";") or toks[n][0].startswith(MASK)
    name = text[toks[n + 1][1] : toks[k - 1][2]] if n + 1 < k else ""
    if not opens or len(name.split()) < 2 or _not_person(name):
        return None
    if all(_is_cap(w) for w, s, _e in toks[k + 1 : i + 1] if s >= m.start):
        return None  # "Grain Deal Is Dead, Former Trade Envoy Says": a headline in title case
    got = _apposition(text, [*toks[: i + 1], (",", m.end, m.end)], i + 1, lex)
    return got if got is not None and got.kind == "name" and got.name == name else None


_MAX_NAME_WORDS = 4
# A verb in the past with no object before "and" and a reporting verb ("she laughed and said", "he paused and
# added").
_INTRANSITIVE_PAST = regex.compile(
    r"(?:laugh|smil|nodd|paus|shrugg|sigh|chuckl|grinn|wink|frown|hesitat|interject)ed",
    regex.V1,
)


def _role_of_list(
    text: str, toks: list[tuple[str, int, int]], m: Mention, lex: QuoteLexicon
) -> Mention | None:
    """The people of a list of places the mention ends: "Military leaders of Mali, Burkina Faso and Niger"
    (said ...), a role noun before "of" and the list; ``None`` when ``m`` ends no such list."""
    k = next((n for n, t in enumerate(toks) if t[1] == m.start), -1) - 1
    if k < 1 or toks[k][0] != "and":
        return None
    k -= 1
    stop = max(0, k - _LIST_TOKENS)
    while k > stop and (_is_cap(toks[k][0]) or toks[k][0] in (",", "the")):
        k -= 1
    if k < 1 or _bare(toks[k][0]) not in ("of", "from") or not _is_role(_bare(toks[k - 1][0]), lex):
        return None
    j = _np_tokens(toks, k - 1, lex)
    words = [w for w, _s, _e in toks[j:k] if _bare(w) not in lex.determiners]
    return Mention(toks[j][1], m.end, "role", role=" ".join(words), head=_role_key(toks[k - 1][0], lex))


_LIST_TOKENS = 24  # tokens of a list of places read back from its last item


# Offices held "of" a body, whose holder may follow with a title ("Speaker of the House Rep. Ann Vale"); not
# relations to a person ("supporters of Democrat Nora Quill" speak for themselves).
# Units that speak for the body they are of: "the press service of the ministry", "the press office of X".
_PRESS_UNITS = frozenset(["service", "office"])
# Offices written with their portfolio after "for" ("Secretary for Justice", "Minister for Labour").
_FOR_PORTFOLIO_OFFICES = frozenset(["secretary", "minister"])
_OFFICES_OF = frozenset(
    [
        *("speaker", "secretary", "minister", "head", "chairman", "chairwoman", "chair", "director"),
        *("leader", "chief", "commander", "president", "governor", "mayor"),
    ]
)
# Adverbial phrases between a subject and its verb, with their length in words.
_ADVERB_PHRASES = (
    *((f" {p}", 2) for p in ("in particular", "in turn", "in response", "in reply", "in return")),
    *((f"for {w} part", 3) for w in ("his", "her", "its", "their", "our", "my")),
)
_ADVERB_PHRASE_ENDS = frozenset(tail.split()[-1] for tail, _ in _ADVERB_PHRASES)
# Words after which a lone capitalised word is no subject but the head of a phrase ("Holding a sign").
_PHRASE_NEXT = _NP_DETERMINERS | frozenset(["after", "before", "to"])


def _opens_phrase(text: str, m: Mention) -> bool:
    """The mention is one capitalised word directly followed by a determiner or a preposition: a participle
    or adverb opening a phrase ("Holding a sign", "Early in the day"), not a speaker before its verb."""
    if " " in text[m.start : m.end] or not text.startswith(" ", m.end):
        return False
    stop = text.find(" ", m.end + 1, m.end + 12)
    return stop > 0 and text[m.end + 1 : stop] in _PHRASE_NEXT


# Prepositions after a capitalised word opening a sentence that make it read as a verb ("Preys on our fears"),
# not a noun before its head ("Player reaction"); "of" follows quantifiers ("Much of it") and is left out.
_VERB_PREPOSITIONS = frozenset(
    [
        *("on", "in", "at", "to", "for", "with", "from", "about", "into", "over", "against", "by", "as"),
        *("up", "out"),
    ]
)


@functools.lru_cache(maxsize=4)  # bounded: the articles being read (a string's hash is computed once)
def _word_counts(text: str) -> Mapping[str, int]:
    """How often each word of letters and digits occurs in ``text``."""
    counts: dict[str, int] = {}
    for w in _WORD.findall(text):
        counts[w] = counts.get(w, 0) + 1
    return counts


_WORD = regex.compile(r"[\p{L}\p{N}]++", regex.V1)


def _lone_opening_word(text: str, m: Mention, cue_start: int, lex: QuoteLexicon) -> bool:
    """The mention is one capitalised word opening its sentence that is no name: a participle set off by a
    comma ("Responding, the minister said"), a noun before a noun and its copula or auxiliary ("Player
    reaction was muted") or before "of" ("Much of it"), or a participle or adverb opening a phrase ("Flying
    home, ..."), when the article writes it capitalised nowhere else and it is no given name, place or
    body."""
    word = _capitalised_opener(text, m, lex)
    if word is None:
        return False
    bare = word.casefold()
    if text.startswith(",", m.end):
        return bare.endswith("ing")  # "Responding, ...", not "Okafor, a lawyer, ..."
    nxt = text[cue_start : cue_start + 40].split(None, 2)
    if len(nxt) < 2 or not nxt[0].isalpha() or not nxt[0].islower():
        return False
    after = nxt[0]
    if (
        nxt[1] not in _COPULAS
        and nxt[1] not in lex.auxiliaries
        and after != "of"
        and not bare.endswith(("ing", "ly"))
    ):
        # "Ruiz went on radio": the word after the subject may be a verb; not before a copula ("Player
        # reaction was"), as the head of "of" ("Signs of ...", "Much of ...") or a participle or adverb
        # opening a phrase ("Flying home ...", "Hastily ...")
        return False
    return not (
        after in compiled(lex).lemmas
        or after in _VERB_PREPOSITIONS  # "Preys on ...": a verb or participle, perhaps of a list's item
        or after in lex.auxiliaries
        or after.endswith(("ed", "s"))
        or after in lex.passive
        or cue_start > m.end + 1
    )


def _common_word_opening(text: str, m: Mention, lex: QuoteLexicon) -> bool:
    """The mention is one capitalised word opening its sentence, written nowhere else capitalised but
    in lower case elsewhere in the article ("Low rates ... keep the debt low"), and no given name, place,
    body or word written after a name: a common word, no name."""
    word = _capitalised_opener(text, m, lex)
    return word is not None and _word_counts(text).get(word.casefold(), 0) > 0


def _capitalised_opener(text: str, m: Mention, lex: QuoteLexicon) -> str | None:
    """The mention's one word when it opens its sentence capitalised (a word of letters), the article writes
    it capitalised nowhere else, and it is no given name, place, body or word written after a name; else
    ``None`` (the article's name for someone: "Okafor ... Okafor said")."""
    word = m.name
    if not word or text[m.start : m.end] != word or not (word.isalpha() and word[1:].islower()):
        return None  # (a word of letters holds no blank)
    if not _after_full_stop(text, m.start):
        return None
    if word.casefold() in name_genders(lex) or _not_person(word) or _written_after_a_name(text, word):
        return None
    return word if _word_counts(text).get(word, 0) <= 1 else None


def _participle_by(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` opens with a capitalised participle and "by" (literal prefilter)."""
    stop = min(len(text), end + 8)
    return "by" in text[start:stop] and _PARTICIPLE_BY.match(text, start, stop, timeout=_T) is not None


# A capitalised past participle followed by "by": the opening of a participial clause, no name.
_PARTICIPLE_BY = regex.compile(r"\p{Lu}\p{Ll}{2,}+(?<=ed|en|wn|ung)[ \t]++by\b", regex.V1)


_DESCRIPTION_WORDS = 4  # lower-case words describing a body between "the" and its name ("think tank")


def _person_of_described_body(
    text: str, toks: list[tuple[str, int, int]], j: int, m: Mention, lex: QuoteLexicon
) -> Mention | None:
    """The person named before "of", "at" or "from" and a body described in lower case before its name,
    which ``m`` reads from ``toks[j]`` ("X of the Nairobi-based think tank Africa Policy Lab", "X of the
    daily Kommersant"): the person's mention, to the body's end; else ``None``."""
    q = j - 1
    while (
        q > 0
        and j - q <= _DESCRIPTION_WORDS
        and (toks[q][0][:1].islower() or toks[q][0].rsplit("-", 1)[-1].islower())  # ("Nairobi-based")
        and toks[q][0] not in _NP_DETERMINERS
    ):
        if not toks[q][0].replace("-", "").isalpha() or _bare(toks[q][0]) in _CAP_STOP:
            return None
        q -= 1
    if q == j - 1 or q < 2 or toks[q][0] != "the" or _bare(toks[q - 1][0]) not in ("of", "at", "from"):
        return None
    whose = _subject_at(text, toks, q - 2, lex)
    if whose is None or whose.kind != "name" or whose.end != toks[q - 2][2]:
        return None
    return attrs.evolve(whose, end=m.end)


def _subject_at(text: str, toks: list[tuple[str, int, int]], i: int, lex: QuoteLexicon) -> Mention | None:
    """The subject mention whose last token is ``toks[i]`` (an apposition when it is a comma)."""
    if i >= 0 and toks[i][0] == ")":
        # "Rep. Lena Okafor (D-Ore.) said": step over the parenthesis
        k = i - 1
        while k >= 0 and toks[k][0] != "(" and i - k < 12:
            k -= 1
        if k >= 0 and toks[k][0] == "(":
            i = k - 1
    if i >= 1 and toks[i][0] == "who" and toks[i - 1][0][:1].isalpha():
        i -= 1  # "an architect who said ...": the antecedent speaks
        j = _np_tokens(toks, i, lex)
        return _read_np(text, toks, j, i, lex) if j <= i else None
    if i >= 1 and toks[i][0] in ("which", "that") and (toks[i - 1][0][:1].isalpha() or toks[i - 1][0] == ","):
        # "the Lagos police command, which reported ...": a body that speaks through a relative
        k = i - 2 if toks[i - 1][0] == "," and i >= 2 else i - 1
        j = _np_tokens(toks, k, lex)
        m = _read_np(text, toks, j, k, lex) if j <= k else None
        return m if m is not None and m.kind == "org" else None
    if i >= 2 and _bare(toks[i][0]) == "who" and toks[i - 1][0] == "," and not _body_acronym(toks[i][0], lex):
        i -= 2  # "Trump, who says ...": the antecedent speaks
        if i >= 2 and toks[i][0].isdigit() and len(toks[i][0]) <= 3 and toks[i - 1][0] == ",":
            i -= 2  # "Eleanor Baptiste, 81, who said ...": the age set off after the name
        j = _np_tokens(toks, i, lex)
        m = _read_np(text, toks, j, i, lex) if j <= i else None
        if (
            (m is None or m.kind not in ("name", "org"))
            and j >= 2
            and _bare(toks[j - 1][0]) in ("of", "at", "from", "for", "in")
            and (described := _described_before(text, toks, j, i, lex)) is not None
        ):
            return described  # "Ana Ruiz, the MP for a Lancashire seat, who said": the person described
        if (
            m is not None
            and m.kind == "name"
            and j >= 2
            and toks[j - 1][0] == "in"
            and (whole := _subject_at(text, toks, i, lex)) is not None
            and whole.kind == "name"
            and whole.start < m.start
            and whole.end == m.end  # the person read over the place (not "the University of Cape Town")
        ):
            return whole  # "X of RMIT University in Melbourne, who was not involved, said": X, not the place
        if m is not None and j >= 2 and _bare(toks[j - 1][0]) in ("of", "at", "from", "for"):
            # "Rear Admiral X of the French Navy, who said": the person the body complements
            whole = _subject_at(text, toks, i, lex)
            if whole is not None and whole.kind == "name" and whole.start < m.start:
                return whole
            if (
                whole is not None
                and whole.kind == "role"
                and whole.start < m.start
                and m.kind in ("name", "org")
                and m.name
                and _not_person(m.name)
            ):
                return whole  # "the representative of Ghana, who said": the office holder, not the state
            if m.kind in ("name", "org"):
                # "Senator Ann Roe, a Republican from Indiana, who said", "Ana Ruiz, a former official now at
                # the Royal United Services Institute, who said": the person the description is of
                described = _described_before(text, toks, j, i, lex)
                if described is not None or m.kind == "name":
                    return described or m
        unnamed = m is not None and m.kind == "role" and m.name is None
        if m is not None and unnamed and (named := _named_before(text, toks, j, lex)) is not None:
            # "a feud with Ruiz, now the council's majority leader, who in 2014 warned": the person described
            return attrs.evolve(named, role=named.role or m.role)
        if m is not None and m.kind == "name" and m.role is None and j >= 2 and toks[j - 1][0] == ",":
            # "heard the Special Envoy for the Sahel, Ana Ruiz, who warned": the office set before the name
            role = _office_closing(text, toks, j - 2, lex)
            if role is not None:
                return attrs.evolve(m, role=role)
        return m
    if i < 0:
        return None
    if toks[i][0] in (",", "—", "–"):
        return _apposition(text, toks, i, lex)
    if not (toks[i][0][:1].isalnum()):
        return None
    if toks[i][0] == "It" or (toks[i][0] == "it" and i > 0 and toks[i - 1][0] in ("and", "but")):
        return Mention(toks[i][1], toks[i][2], "pronoun", head="it")  # "It said the talks would go on"
    j = _np_tokens(toks, i, lex)
    if j > i:
        return None
    m = _read_np(text, toks, j, i, lex)
    if m is None:
        return None
    if m.kind in ("name", "org") and (held := _person_of_described_body(text, toks, j, m, lex)) is not None:
        return held  # "Analyst X of the Nairobi-based think tank Africa Policy Lab said": X
    # "Mr. Pruett of the Sierra Club", "a spokesman for the ministry": the head is before the preposition
    prep = _bare(toks[j - 1][0]) if j >= 2 else ""
    seat = (
        prep == "in"
        and m.kind == "name"
        and m.role is None
        and (_not_person(text[m.start : m.end]) or toks[j][0] == "the")  # ("residents in the Negev")
    )
    # "a source in the ministry", "an official with the ministry", "a source close to the Kremlin": a role
    # noun's body after a looser preposition
    close_to = prep == "to" and j >= 3 and _bare(toks[j - 2][0]) == "close"
    loose = prep in ("in", "with") or close_to
    # "Advisor to the President", "Ambassador to Syria", "Representative of Russia to the UN": an office held
    # towards someone
    office_to = (
        prep == "to"
        and not close_to
        and any(_bare(toks[q][0]) in _TO_OFFICES | _TO_BODIES for q in range(max(0, j - 4), j - 1))
    )
    if prep in ("of", "for", "at", "from") or seat or loose or office_to:
        head_end = j - 3 if close_to else j - 2
        k = _np_tokens(toks, head_end, lex)
        if k <= head_end:
            outer = _read_np(text, toks, k, head_end, lex)
            if (
                prep == "in"
                and m.kind == "name"
                and m.role is None
                and outer is not None
                and outer.kind in ("name", "org")
                and (whole := _subject_at(text, toks, head_end, lex)) is not None
                and whole.kind == "name"
                and whole.name
                and not _not_person(whole.name)
                and (
                    _bare(whole.name.split()[0]) in name_genders(lex)
                    or text.startswith(" of ", text.find(whole.name, whole.start) + len(whole.name))
                )  # a given name, or a body after "of" ("Oskar Wendt of RMIT University")
            ):
                # "Oliver Roe of RMIT University in Melbourne said", "Ana Ruiz in Leeds said": the person
                # speaks, the place after "in" is where she is
                return attrs.evolve(whole, end=m.end)
            if (
                loose
                and not seat
                and prep == "in"
                and m.kind == "name"
                and m.role is None
                and outer is not None
            ):
                # "Analysts in Lorvik", "a diplomat at the UN in Tarvos": a capitalised word after "in" that
                # no gazetteer knows is the seat of the person or body before it, not the speaker
                if outer.kind == "role":
                    seat = True
                elif (
                    outer.kind == "org"
                    and outer.name is not None
                    and text.endswith(outer.name, 0, outer.end)
                    and not (k >= 1 and _bare(toks[k - 1][0]) in _PLACE_PREPOSITIONS)  # ("rallied outside")
                ):
                    # "the Hamas-run health ministry in Gaza said": the body speaks, the place is its seat
                    return attrs.evolve(outer, end=m.end, name=text[outer.end - len(outer.name) : m.end])
                elif outer.kind in ("name", "org") and k >= 2:
                    whose = _subject_at(text, toks, head_end, lex)
                    if whose is not None and whose.kind == "role" and whose.start < outer.start:
                        return attrs.evolve(whose, end=m.end)
            if (
                prep == "of"
                and outer is not None
                and (outer.kind == "role" or (outer.kind == "name" and " " not in (outer.name or " ")))
                and m.kind == "name"
                and m.name
                and m.role
                and (styled := _styled_name_start(text, m, lex)) is not None
            ):
                # "Keeper of the Privy Purse Sir Ian Roe", "Master of the Household Dame Ann Lee": the office
                # and its complement, then the holder's name after the style that opens it
                role = " ".join(text[outer.start : styled].split())
                return Mention(outer.start, m.end, "name", name=m.name, role=role, head=m.head)
            if (
                loose
                and not seat
                and (
                    outer is None
                    or outer.kind != "role"
                    or (outer.head not in _SOURCE_HEADS and prep != "with")  # ("an analyst with the bank")
                )
            ):
                return m
            if (
                outer is not None
                and outer.kind == "role"
                and m.kind == "name"
                and m.name
                and m.role
                and (
                    _bare(m.role.split()[-1]) in lex.institutions
                    or (_bare(toks[j - 1][0]) == "of" and outer.head in _OFFICES_OF)
                    # ("adviser to President Ana Costa" serves the titled person: she holds no such office;
                    # "Adviser to the President Ivo Marin" names the adviser)
                    or (
                        office_to and (toks[j][0] == "the" or not _title_word(_bare(m.role.split()[-1]), lex))
                    )
                )
            ):
                # "spokesman for the Foreign Ministry Pavel Dorokhin": the person after the body;
                # "Speaker of the House Rep. Ann Vale": an office of a body, then its holder with a title
                # ("Commander of the IRGC Navy Rear Admiral X": the office, without the rank after it)
                role = " ".join(_without_trailing_rank(text[outer.start : m.end - len(m.name)].split(), lex))
                return _office_chain(text, toks, k, attrs.evolve(m, start=outer.start, role=role), lex)
            if (
                outer is not None
                and outer.kind == "role"
                and m.kind == "name"
                and m.name
                and m.role is not None
                and prep == "for"
                and outer.head in _FOR_PORTFOLIO_OFFICES
                and m.start == toks[j][1]
                and " " not in m.role
                and _is_cap(m.role)
                and not m.role.endswith(".")
            ):
                # "Secretary for Justice Paul Lum", "Minister for Labour Ana Ruiz": the portfolio, a word that
                # also titles a name ("Justice X", a judge), then the portfolio's holder
                role = " ".join(text[outer.start : m.end - len(m.name)].split())
                return _office_chain(text, toks, k, attrs.evolve(m, start=outer.start, role=role), lex)
            if (
                outer is not None
                and outer.kind == "role"
                and m.kind == "name"
                and m.role is None
                and m.name
                and 3 <= len(m.name.split()) <= 5
                and _country(m.name.split()[0]) is not None
                and _bare(m.name.split()[1]) in name_genders(lex)
                and not loose
            ):
                # "Special Representative for Afghanistan Mohammad Sadiq Khan": the office's place, then
                # its holder
                after = m.end - len(m.name) + len(m.name.split()[0])
                name_start = after + len(text[after : m.end]) - len(text[after : m.end].lstrip())
                role = " ".join(text[outer.start : name_start].split())
                return Mention(
                    outer.start, m.end, "name", name=text[name_start : m.end], role=role, head=m.head
                )
            if (
                outer is not None
                and outer.kind == "role"
                and m.kind in ("name", "org")
                and m.role is None
                and m.name
                and (
                    (not loose and ((prep in ("of", "for") and outer.head in _OFFICES_OF) or office_to))
                    # (not "a spokesperson for"); "Ambassador in Lisbon Ana Ruiz", "envoy for Syria Ivo
                    # Marin": an office held at or for a place, then its holder
                    or (prep in ("in", "for") and _place_office(toks, j - 2))
                )
                and (q := _holder_after_place(m.name.split(), lex)) > 0
            ):
                # "President of the Republic of Belarus Alexander Lukashenko", "Governor of the Central Bank
                # of the Russian Federation Elvira Nabiullina": the office's place or body, then its holder
                words = m.name.split()
                holder = " ".join(words[q:])
                name_start = m.end - len(holder)
                if text[name_start : m.end] == holder:
                    role = " ".join(text[outer.start : name_start].split())
                    held = Mention(outer.start, m.end, "name", name=holder, role=role, head=_bare(words[-1]))
                    return _office_chain(text, toks, k, held, lex)
            if outer is not None and outer.kind == "role" and m.kind == "org" and not loose:
                words = [t[0] for t in toks[j : i + 1]]
                q = _person_after_body(words, [_bare(w) for w in words], 0, lex, held=True)
                if q > 0:
                    # "Deputy Head of the Presidential Office Iryna Veres": the office's holder after the body
                    name_start = toks[j + q][1]
                    role = " ".join(text[outer.start : name_start].split())
                    name = text[name_start : m.end]
                    held = Mention(outer.start, m.end, "name", name=name, role=role, head=_bare(words[-1]))
                    return _office_chain(text, toks, k, held, lex)
            if (
                outer is not None
                and outer.kind in ("name", "org")
                and office_to
                and not _TO_OFFICES.intersection(_bare(t[0]) for t in toks[k : j - 1])
            ):
                # "The Chinese Chamber of Commerce to the EU", "the EU delegation to Ukraine": the body sent
                # or accredited to another, named whole
                first = k + 1 if _bare(toks[k][0]) in lex.determiners and k < j - 2 else k
                return attrs.evolve(outer, end=m.end, name=text[toks[first][1] : m.end])
            if (
                outer is not None
                and outer.kind == "org"
                and outer.name is None
                and outer.head in _PRESS_UNITS
                and prep == "of"
                and m.kind == "org"
            ):
                # "the press service of the Kazakh Foreign Ministry reported": the unit that speaks for a body
                return attrs.evolve(outer, end=m.end, name=m.name)
            if outer is not None and outer.kind in ("name", "role"):
                if (
                    outer.kind == "name"
                    and (m.kind == "org" or organization_in(f"{m.name} spokesperson", lex) == m.name)
                    and prep in ("of", "from", "at", "with")
                ):
                    # "Ana Ruiz of the Centre for ...", "X of the French Navy": her body too
                    return attrs.evolve(outer, end=m.end)
                if (
                    outer.kind == "role"
                    and outer.role
                    and prep == "of"
                    and all(t[0].isalpha() and t[0].islower() for t in toks[j : i + 1])
                    and _bare(toks[j][0]) not in lex.determiners
                ):
                    # "the chief of staff", "his deputy chief of staff": an office whose complement is a bare
                    # noun, not a body ("the chief of the militia" is the militia's chief)
                    return attrs.evolve(outer, end=m.end, role=f"{outer.role} of {text[m.start : m.end]}")
                return attrs.evolve(outer, end=m.end, role=outer.role) if outer.kind == "role" else outer
            if (
                outer is not None
                and outer.kind == "org"
                and prep == "of"
                and k >= 2
                and _bare(toks[k - 1][0]) in ("of", "at", "from")
                and (whose := _subject_at(text, toks, head_end, lex)) is not None
                and whose.kind == "name"
                and whose.start < outer.start
            ):
                return attrs.evolve(whose, end=m.end)  # "Ana Ruiz of the University of the Witwatersrand"
            if outer is not None and outer.kind == "org" and seat:
                whose = _subject_at(text, toks, head_end, lex) if k >= 2 else None
                if whose is not None and whose.kind in ("role", "name") and whose.start < outer.start:
                    # "An official at the commission in Abuja said", "Ana Ruiz of the ministry in Lima said":
                    # the role noun or person the body complements
                    return attrs.evolve(whose, end=m.end)
                # "the Chinese embassy in Washington said", "the government in Beijing": the body and its seat
                first = k + 1 if _bare(toks[k][0]) in lex.determiners and k < j - 2 else k
                return attrs.evolve(outer, end=m.end, name=text[toks[first][1] : m.end])
    return m


# A description of a person by their relation to someone named before ("His guest", "Her eldest son").
# Nouns of people that describe a person apposed to them ("One local woman, Ann Lee, ..."), beside the role
# nouns of the lexicon.
_PERSON_NOUNS = frozenset(
    [
        *("woman", "man", "girl", "boy", "mother", "father", "son", "daughter", "wife", "husband", "widow"),
        *("widower", "neighbour", "neighbor", "friend", "owner", "parent", "grandmother", "grandfather"),
        *("local", "native", "shopper", "customer", "passenger", "tourist", "visitor", "commuter", "patient"),
        *("victim", "mourner", "fan", "attendee", "questioner", "caller", "sister", "brother", "colleague"),
        *("person", "user", "crowd", "audience"),
        # the tie nouns of British and US tabloid copy ("A pal of the star said", "An insider at ITV
        # revealed", "her mum said"; "insider" lower case only: "Business Insider" is an outlet), by us
        *("pal", "mum", "dad", "bestie", "insider", "relative"),
    ]
)
_PERSON_DESCRIPTION = regex.compile(r"(?:His|Her|Their)(?:[ \t]++\p{Ll}[\p{Ll}-]*+){1,3}+", regex.V1)
_TITLE_LEAD_WORDS = 10  # words of a description opening a sentence before a name, read as a title
_TITLE_LEAD_HEAD = 5  # words of such a title up to its role noun ("Uganda's Foreign Minister")
# Connectives set off by commas between a subject and its verb ("X, however, urged").
_CONNECTIVE_ASIDES = frozenset(
    ["however", "though", "too", "also", "meanwhile", "moreover", "nevertheless", "instead", "likewise"]
)
# An office tied to its body or state: "representative of Peru", "The EU's foreign policy chief".
# ("former secretary of state" names no body: the body after "of" is capitalised)
_OWNED_OFFICE = regex.compile(r"\S[ \t]++(?:of|for|to)[ \t]++(?:the[ \t]++)?\p{Lu}|\p{L}['’]s[ \t]", regex.V1)
_PRIME = "prime"  # the word that makes a minister the head of government
# Title words that make another office of the same noun ("the minister" is no deputy or shadow minister).
_SECOND_RANK = frozenset(["vice", "deputy", "shadow"])
_OFFICE_RANKS = _SECOND_RANK | {"crown"}  # words that make another office of the noun ("crown prince")


def _other_rank(roles: set[str], words: list[str]) -> bool:
    """A holder with the role words ``roles`` holds another office than a mention of the words ``words``:
    one of them is the second rank or the heir of the office the other names ("vice president" and
    "president", "the Crown Prince" and a prince), or the holder held it once ("former president")."""
    if "admiral" in roles:
        roles = roles - {"vice"}  # a vice admiral is an admiral ("Vice Admiral X ... the admiral said")
    if "former" in roles and "former" not in words:
        return True  # "the president" is not the former president named after the sitting one
    return bool((roles & _SECOND_RANK) - set(words) or (set(words) & _OFFICE_RANKS) - roles)


_HEADLINE_REACH = 200  # characters: the longest first line read as a headline
_APPOSITION_ROLE_REACH = 160  # characters after a name read for the apposition giving its role
_APPOSITION_REACH = 20_000  # characters before a speaker where an apposition naming their role is looked for
# ", the Advisor to the Leader on International Affairs," right after a name: the role it gives.
# A description with a determiner or possessive, ending where a comma sets the name after it apart:
# "in his trade representative" -> "trade representative".
_DESCRIPTION_BEFORE_NAME = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?:the|his|her|their|its|our)[ \t]++"
    r"|(?=(?:\p{Lu}[\p{L}-]*+[ \t]++)?+\p{Lu}[\p{L}-]*+['’]s[ \t]))"  # "Oman's foreign minister, X"
    r"(?P<r>(?:(?:\p{Lu}[\p{L}-]*+[ \t]++)?+\p{Lu}[\p{L}-]*+['’]s[ \t]++)?+"
    r"(?:\p{L}[\p{L}-]*+[ \t]++){0,3}+\p{Ll}[\p{Ll}-]*+)$",  # ("the Omani foreign minister, X")
    regex.V1,
)
# The words from a sentence's or paragraph's start to a comma: a title set before the name after it.
_SENTENCE_LEAD = regex.compile(r"(?:\A|(?<=[.!?]\s)|(?<=\n))(?P<lead>[^\s.!?,;:][^.!?,;:\n]*+)$", regex.V1)
_TITLE_LEAD_REACH = 120  # characters before a name's comma read for a title opening the sentence
_APPOSITION_AFTER_NAME = regex.compile(
    r""",[ \t]++(?:the[ \t]++|a[ \t]++|an[ \t]++)?
        (?!(?:who|whose|which|that|who's|is|was|are|were|has|had|have|says|said|will|would
              |while|when|after|before|because|although|though|but|if|since|where|even|until)\b)
        (?!as[ \t][^,;.:\n]*?[ \t](?:\p{Ll}++ed|said|says|is|are|was|were|has|have|had|will|would)\b)
          # (a clause, not a description: "said X, as both candidates claimed victory")
        (?P<r>\p{L}(?:(?![ \t](?:who|whose|which|that)\b)[^,;.:()\n\ue000“”"]){2,110}?)
        [ \t]*+(?:,|[ \t](?:who|whose|which|that)\b)""",
    regex.V1 | regex.VERBOSE,
)
# Offices held towards someone or something: "Advisor to the President", "Ambassador to Syria".
_TO_OFFICES = frozenset(
    ["advisor", "adviser", "ambassador", "envoy", "representative", "aide", "assistant", "counsellor",
     "counselor", "emissary", "delegate", "attache", "attaché", "secretary", "spokesman", "spokeswoman",
     "spokesperson"]
)  # fmt: skip
# Bodies sent or accredited to another: "the Permanent Mission to the UN", "the EU delegation to Kyiv".
_TO_BODIES = frozenset(["mission", "delegation", "representation", "commerce", "chamber"])


# Offices held at or for a place, which may stand between the office and its holder's name: "Ambassador in
# Lisbon Ana Ruiz", "envoy for Yemen Ivo Marin" (a spokesperson "for" names the body spoken for).
_PLACE_OFFICES = frozenset(
    ["ambassador", "envoy", "representative", "emissary", "delegate", "attache", "attaché", "consul"]
)


def _styled_name_start(text: str, m: Mention, lex: QuoteLexicon) -> int | None:
    """Where the capitalised style before ``m``'s name starts ("Sir" in "the Household Sir Ian Roe"), if one
    opens the name; a possessive style ("His", "Her") is none."""
    name_start = m.end - len(m.name or "")
    before = text[max(m.start, name_start - 12) : name_start].split()
    if not before or not _is_cap(before[-1]) or _bare(before[-1]) not in lex.honorifics:
        return None
    return name_start - len(text[:name_start]) + len(text[:name_start].rstrip()) - len(before[-1])


def _place_office(toks: list[tuple[str, int, int]], k: int) -> bool:
    """``toks[k]`` ends an office held at or for a place: "Ambassador", "envoy", "Consul General"."""
    b = _bare(toks[k][0])
    return b in _PLACE_OFFICES or (b == "general" and k >= 1 and _bare(toks[k - 1][0]) == "consul")


def _office_chain(
    text: str, toks: list[tuple[str, int, int]], k: int, m: Mention, lex: QuoteLexicon
) -> Mention:
    """``m`` (a person whose title starts at ``toks[k]``) widened over an office the title itself depends on:
    "Advisor to | the Head of the Presidential Office Mykhailo Dovhan" (at most two steps)."""
    for _ in range(2):
        if k < 2:
            return m
        prep = _bare(toks[k - 1][0])
        if prep not in ("to", "of", "for") or not (
            _bare(toks[k - 2][0]) in _TO_OFFICES or (prep != "to" and _is_role(_bare(toks[k - 2][0]), lex))
        ):
            return m
        start = _np_tokens(toks, k - 2, lex)
        outer = _read_np(text, toks, start, k - 2, lex) if start <= k - 2 else None
        if outer is None or outer.kind != "role" or not m.name:
            return m
        role = " ".join(text[outer.start : m.end - len(m.name)].split())
        m = attrs.evolve(m, start=outer.start, role=role)
        k = start
    return m


# Role nouns a looser preposition ties to their body ("a source in the ministry", "an official with the
# agency", "a diplomat close to the talks").
_SOURCE_HEADS = frozenset(
    ["source", "sources", "official", "officials", "diplomat", "diplomats", "spokesman", "spokeswoman",
     "spokesperson", "insider", "insiders", "aide", "aides", "adviser", "advisers", "advisor", "advisors"]
)  # fmt: skip
_TIME_HEADS = _TIME_WORDS | frozenset(
    [
        "april",
        "june",
        "august",
        "jan",
        "feb",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "today",
        "yesterday",
        "tonight",
        "ago",
        "day",
    ]
)
# A word of time before a number is a date, no outlet's name ("On May 12", "Mar. 3"): the time heads and the
# two months they leave out ("may", a modal too; "mar", March cut short).
_DATE_HEADS = _TIME_HEADS | frozenset(["may", "mar"])
_TIME_MODIFIERS = frozenset(
    ["on", "last", "this", "next", "earlier", "later", "late", "early", "in", "the", "same", ","]
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_PREPOSITIONS = frozenset(["in", "at", "to", "on", "from", "with", "by", "near", "into", "during", "about"])
_LEAD_PREPOSITIONS = _PREPOSITIONS | frozenset(["as", "among", "like", "unlike", "for", "of"])  # no title


# Prepositions opening an adjunct between a perfect's auxiliary and its participle ("has at times said").
_PERFECT_ADJUNCT_OPENERS = frozenset(["in", "on", "at", "for", "over", "during", "since", "until"])
_PERFECT_AUXILIARIES = frozenset(["has", "have", "had"])
_SAYING_FORMS = frozenset(["said", "says", "say", "told", "tells", "tell"])


def _perfect_adjunct(toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the auxiliary when tokens ``..i`` end in a perfect's auxiliary and a short prepositional
    adjunct before the verb ("aides have in recent weeks said", "has on several occasions said", "had at one
    point said"), else -1. The adjunct's body after the preposition is one to three lower-case words or
    numbers, with no punctuation, pronoun or verb of saying ("has since said she now thinks": a clause)."""
    for j in range(i, max(0, i - 3) - 1, -1):
        w = toks[j][0]
        if not (w.isalnum() and (w.islower() or w.isdigit())) or w in _SUBJECT_PRONOUNS or w in _SAYING_FORMS:
            return -1
        if w in _PERFECT_ADJUNCT_OPENERS and j < i:
            return j - 1 if j >= 1 and toks[j - 1][0] in _PERFECT_AUXILIARIES else -1
    return -1


def _skip_time(toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the last token before a trailing time adverbial ("on Friday, Oct. 22,", "last week")."""
    k = i
    seen_head = False
    while k >= 0:
        b = _bare(toks[k][0])
        if b in _MONTH_ABBREVIATIONS and not _dated_abbreviation(toks, k):
            break  # "Defence Minister Dong Jun said": a name's last word, no month
        if b in _TIME_HEADS or (k == i and k > 0 and _YEAR.fullmatch(b) and _bare(toks[k - 1][0]) == "in"):
            seen_head = True  # "X in 2010 said": a year just before the verb is a time too
        elif not (b in _TIME_MODIFIERS or b.isdigit()):
            break
        k -= 1
    if not seen_head or k < 0 or not (toks[k][0][:1].isalnum() or toks[k][0] == ")"):
        return (
            i  # (a short name in brackets may stand before the time: "the Gulf Cooperation Council (GCC) on")
        )
    return k


# Months cut short: a time only with its dot, a number beside it or a word of time before it ("Oct. 22",
# "on Oct 22"), else a name's word ("Dong Jun", "Kim Jul").
_MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)


def _dated_abbreviation(toks: list[tuple[str, int, int]], k: int) -> bool:
    """The month abbreviation at ``k`` is a date's: its dot, a number after or before it, or a word of time
    before it."""
    word = toks[k][0]
    after = toks[k + 1][0] if k + 1 < len(toks) else ""
    before = _bare(toks[k - 1][0]) if k > 0 else ""
    return word.endswith(".") or after[:1].isdigit() or before.isdigit() or before in _TIME_MODIFIERS


def _object_of(toks: list[tuple[str, int, int]], start: int) -> bool:
    """The mention at ``start`` follows a preposition or "of" ("the former wife of Ivo Marin")."""
    n = next((n for n, t in enumerate(toks) if t[1] == start), 0)
    return n > 0 and (toks[n - 1][0] in _PREPOSITIONS or toks[n - 1][0] in ("of", "for"))


def _topic_object(toks: list[tuple[str, int, int]], start: int) -> bool:
    """The mention at ``start`` is the object of a preposition of topic after a lower-case word
    ("statements on Assad", "the row over Lee"): part of the subject's noun phrase, not its head."""
    n = next((n for n, t in enumerate(toks) if t[1] == start), 0)
    return (
        n > 1
        and toks[n - 1][0] in _TOPIC_PREPOSITIONS
        and toks[n - 2][0].isalpha()
        and toks[n - 2][0].islower()
    )


# A noun and a capitalised name set off after it ("rival, Tomas Lee"), read after a possessive determiner.
_APPOSED_AFTER_NOUN = regex.compile(r"[ \t]++\p{Ll}[\p{L}-]*+,[ \t]++\p{Lu}", regex.V1)
_SUBJECT_PRONOUNS = frozenset(["i", "you", "we", "he", "she", "they"])
_TOPIC_PREPOSITIONS = frozenset(
    ["on", "about", "over", "against", "toward", "towards", "regarding", "concerning"]
)


def _after_title_and(toks: list[tuple[str, int, int]], start: int, lex: QuoteLexicon) -> bool:
    """The mention at ``start`` follows "and" after a title of office: the second of two offices one person
    holds ("Deputy Prime Minister and Foreign Minister X on Monday said"), no object of a preposition."""
    for n, (_, s, _e) in enumerate(toks):
        if s == start:
            return (
                n > 1
                and toks[n - 1][0] == "and"
                and _is_cap(toks[n - 2][0])
                and _is_role(_bare(toks[n - 2][0]), lex)
            )
    return False


def _after_preposition(text: str, toks: list[tuple[str, int, int]], start: int) -> bool:
    """The mention at ``start`` is a preposition's object ("speaking in Ohio on Tuesday") or joined to one
    ("touring Asia and Africa this month")."""
    for n, (_, s, _e) in enumerate(toks):
        if s == start:
            if n > 0 and toks[n - 1][0] in ("and", "or"):
                # "France and Germany on Tuesday said": the first item opens the sentence, no object
                k = n - 2
                while k >= 0 and (_is_cap(toks[k][0]) or toks[k][0] in (",", "and")):
                    k -= 1
                return k >= 0  # ("the Museum of History and Culture on Saturday": a name's words)
            return n > 0 and toks[n - 1][0] in _PREPOSITIONS
    return False


def _person_segment(
    text: str, toks: list[tuple[str, int, int]], seg: tuple[int, int], lex: QuoteLexicon
) -> Mention | None:
    """The segment ``toks[a..b]`` read whole as a person's name, or ``None``."""
    a, b = seg
    j = _np_tokens(toks, b, lex)
    if j > a and not all(_bare(t[0]) in _CAP_STOP for t in toks[a:j]):
        return None
    m = _read_np(text, toks, max(j, a), b, lex) if j <= b else None
    return m if m is not None and m.kind == "name" else None


def _body_named(toks: list[tuple[str, int, int]], seg: tuple[int, int], lex: QuoteLexicon) -> bool:
    """The segment ``toks[a..b]``, a name before a description of a body, names that body rather than a
    person: no known given name opens it, no preposition joins a body to it ("Ann Lund of Halvard"), no
    title, and it has at most three words ("IF Metall", "Unionen")."""
    a, b = seg
    words = [_bare(t[0]) for t in toks[a : b + 1]]
    return (
        len(words) <= 3
        and words[0] not in name_genders(lex)
        and not any(w in _PREPOSITIONS or w == "of" or _title_word(w, lex) for w in words)
    )


_DESCRIPTION_TOKENS = 8  # tokens of a description set off by commas before a relative ("a Republican from")


def _named_before(text: str, toks: list[tuple[str, int, int]], j: int, lex: QuoteLexicon) -> Mention | None:
    """The person named right before a description set off by a comma at ``toks[j]`` ("Ana Ruiz, now the
    majority leader,": Ana Ruiz); ``None`` when no person's name ends before the comma."""
    k = j - 1
    if k >= 0 and _bare(toks[k][0]) in _APPOSED_TIME_ADVERBS:
        k -= 1  # "now the majority leader", "then a senator"
    if k < 1 or toks[k][0] != "," or not toks[k - 1][0][:1].isalpha():
        return None
    a = _np_tokens(toks, k - 1, lex)
    named = _read_np(text, toks, a, k - 1, lex) if a <= k - 1 else None
    if named is None or named.kind != "name" or not named.name or _not_person(named.name):
        return None
    return named


# Adverbs of time opening a description set off after a name ("Ana Ruiz, now the majority leader,").
_APPOSED_TIME_ADVERBS = frozenset(["now", "then", "currently", "formerly", "later", "still"])


def _described_before(
    text: str, toks: list[tuple[str, int, int]], j: int, i: int, lex: QuoteLexicon
) -> Mention | None:
    """The person an indefinite description set off by commas describes, when a place ends it before a
    relative ("Senator Ann Roe, a Republican from Indiana, who said": Ann Roe, "Republican from Indiana");
    ``None`` when no name stands before the description."""
    k = j - 1
    while k > 0 and j - k < _DESCRIPTION_TOKENS and toks[k][0] != ",":
        k -= 1
    if k < 1 or toks[k][0] != "," or _bare(toks[k + 1][0]) not in ("a", "an", "the"):
        return None
    a = _np_tokens(toks, k - 1, lex)
    named = _read_np(text, toks, a, k - 1, lex) if a <= k - 1 else None
    if named is None or named.kind != "name" or not named.name or _not_person(named.name):
        return None
    return attrs.evolve(named, role=named.role or text[toks[k + 2][1] : toks[i][2]])


# Participles opening a sentence before its speaker and the question or occasion of the words ("Asked about
# X's response, ...", "Speaking to reporters, ...").
_FRONTED_PARTICIPLES = frozenset(
    ["asked", "pressed", "questioned", "speaking", "talking", "writing", "responding"]
)
_TAG_TOKENS = 8  # tokens of a party's and a seat's tag in brackets: "(PDP, Enugu)", "(APC, Kano North)"


def _tag_opening(toks: list[tuple[str, int, int]], close: int, lex: QuoteLexicon) -> int:
    """Where the bracket ``toks[close]`` closes opens, when what it holds is a tag of capitalised words and
    commas (a party and a seat: "(PDP, Enugu)") or a state's name (the delegation a chair comes from: "X
    (Poland)"); else -1."""
    o = close - 1
    while o >= 0 and close - o <= _TAG_TOKENS and toks[o][0] != "(":
        if not (toks[o][0] == "," or _is_cap(toks[o][0])):
            return -1
        o -= 1
    if o < 0 or toks[o][0] != "(" or o + 1 == close:
        return -1
    inside = toks[o + 1 : close]
    if "," in (t[0] for t in inside) or state_name(" ".join(t[0] for t in inside), lex):
        return o
    return -1


# A name a description gives as all that is known of the person: "identified only as Mahmoud", "who gave his
# name only as Yonas", "known only by his first name, Ali".
_KNOWN_ONLY_AS = regex.compile(
    r"""(?:\bwho\s++)?\b(?:(?:was\s++|asked\s++to\s++be\s++)?(?:identified|named|known)\s++only\s++
          (?:as|by\s++(?:his|her|their)\s++first\s++name,?)
        |asked\s++to\s++be\s++identified\s++(?:as|by\s++(?:his|her|their)\s++first\s++name,?)
        |identified\s++(?:himself|herself|themselves)\s++(?:only\s++)?as
        |gave\s++(?:only\s++)?(?:his|her|their)\s++(?:first\s++)?name\s++(?:only\s++)?as
        |gave\s++(?:only\s++)?(?:his|her|their)\s++(?:first\s++|last\s++|family\s++|given\s++|sur)name,
        |(?:goes|went|go)\s++by\s++(?:the\s++)?(?:nom\s++de\s++guerre|alias|pseudonym|name|nickname))
        \s++(?P<name>\p{Lu}++-\p{N}++(?![\p{L}\p{N}])             # a witness's code: "Z-14"
          |\p{Lu}\p{Ll}++\s++\p{Lu}\.(?!\p{L})                      # a name and an initial: "Nadia K."
          |\p{Lu}[\p{L}'’-]++(?:\s++\p{Lu}[\p{L}'’-]++)?)
        (?:\s++for\s++(?:his|her|their)\s++(?:own\s++)?(?:protection|safety|security))?+""",
    regex.VERBOSE | regex.V1,
)


def _given_name(known: regex.Match[str], role: str | None) -> Mention:
    """The mention of the name a clause of :data:`_KNOWN_ONLY_AS` gives, with the role described."""
    name = known.group("name")
    return Mention(
        known.start("name"), known.end("name"), "name", name=name, role=role, head=_bare(name.split()[-1])
    )


def known_only_as(text: str, lo: int, end: int) -> bool:
    """Whether ``text[lo:end]`` ends in a clause giving the only name known ("who gave his name as X")."""
    m = _KNOWN_ONLY_AS.search(text, lo, end, timeout=_T)
    return m is not None and m.end() == end


def _apposition(text: str, toks: list[tuple[str, int, int]], i: int, lex: QuoteLexicon) -> Mention | None:
    """``NAME, apposition, CUE`` or ``ROLE, NAME, participle..., CUE``: the named segment and its role."""
    segs: list[tuple[int, int]] = []  # token index ranges between commas, nearest first
    hi = i
    k = i - 1
    while k >= 0 and len(segs) < 5:
        if toks[k][0] == ")" and k == hi - 1 and (o := _tag_opening(toks, k, lex)) > 0:
            hi, k = o, o - 1  # "Hon. X (PDP, Enugu), argued": a party's and a seat's tag after the name
            continue
        if not segs and toks[k][0] == ")" and k == hi - 1 and (o := _bracketed_name(toks, k)) > 0:
            hi, k = o, o - 1  # "X, of the Left (Lewica), said": a body's short name closing the aside
            continue
        quoted_name = (
            toks[k][0].startswith(MASK)
            and k >= 1
            and (
                (toks[k - 1][0] in ("the", "The") and _bare(toks[k + 1][0]) in _QUOTED_NAME_HEADS)
                or toks[k - 1][0] in ("on", "in")
            )
        )  # ("X of the “Pativ Unem” faction", "X, appearing on “Meet the Press”,": a name in quotation marks)
        if toks[k][0] in (".", ";", ":") or (toks[k][0].startswith(MASK) and not quoted_name):
            if k + 1 < hi:
                segs.append((k + 1, hi - 1))
            break
        if toks[k][0] in (",", "—", "–", "(", ")") or k == 0:
            lo_ = k + 1 if toks[k][0] in (",", "—", "–", "(", ")") else k
            if lo_ < hi:
                segs.append((lo_, hi - 1))
            hi = k
            if toks[k][0] not in (",", "—", "–", "(", ")"):
                break
        k -= 1
    roles: list[str] = []
    for n, (a, b) in enumerate(segs):
        known = _KNOWN_ONLY_AS.search(text, toks[a][1], toks[b][2], timeout=_T)
        if known is not None and known.end() == toks[b][2]:
            # "a man, identified only as Mahmoud, said", "a survivor who gave his name only as Yonas, told":
            # the name the description gives; its role from the description before it, if any
            lead = [k for k in range(a, b + 1) if toks[k][2] <= known.start()]
            role = _role_phrase(text, toks, a, lead[-1], lex) if lead else None
            if role is None and n + 1 < len(segs):
                role = _role_phrase(text, toks, *segs[n + 1], lex)
            return _given_name(known, role)
        if toks[a][0][:1] in _PARTY_LETTERS and _PARTY_TAG.fullmatch(
            text, toks[a][1], toks[b][2], timeout=_T
        ):
            continue  # "Mitch McConnell, R-Ky., said": a party tag, not a name
        if n + 1 < len(segs) and _state_after_place(text, toks, segs[n + 1], a, b):
            continue  # "in Tulsa, Oklahoma, arguing": the state after a town is no speaker
        if a == b and _initial_dotted(toks[a][0]) and not _initial(toks[a][0]):
            continue  # "a Hollywood, Fla., rabbi": a state's abbreviation is no speaker
        called = next((k for k in range(a + 2, min(b, a + 5)) if toks[k][0] in ("named", "called")), -1)
        if (
            called > 0
            and _bare(toks[a][0]) in ("a", "an")
            and all(t[0].islower() for t in toks[a + 1 : called])
        ):
            # "One of them, a teacher named Ana Ruiz, told ...": the person the description names
            named = _read_np(text, toks, called + 1, b, lex)
            if named is not None and named.kind == "name" and named.start == toks[called + 1][1]:
                noun = text[toks[a + 1][1] : toks[called - 1][2]]
                return attrs.evolve(named, start=toks[a][1], role=named.role or noun)
        j = _np_tokens(toks, b, lex)
        if a < j <= b and (
            _bare(toks[a][0]) in _ASIDE_OPENERS
            or toks[a][0] == "of"
            or (
                _bare(toks[j - 1][0]) in _ASIDE_OPENERS
                and not any(_is_role(_bare(w), lex) for w, _s, _e in toks[a : j - 1])
            )
        ):
            # "In August, ...", "X, of Ohio, said", "Back in Dayton, ...": a prepositional phrase ("a
            # spokesman for the ministry" is a role)
            continue
        if n + 1 == len(segs) and _bare(toks[a][0]) in _FRONTED_PARTICIPLES:
            continue  # "Asked about Beijing's response, an official, who ..., said": the question, no name
        if toks[a][0] in _ASIDE_ADVERBS and n + 1 < len(segs):
            continue  # "Mr. Orlov, now 79 and living in Salem, Ore., said": an aside about the name
        if (
            a < b
            and toks[a][0].islower()
            and toks[a][0].endswith(("ing", "ed"))
            and n + 1 < len(segs)
            and not _is_role(_bare(toks[a + 1][0]), lex)  # ("X, commanding officer of the unit, said")
            and _bare(toks[a][0]) not in lex.modifiers  # ("Another resident, retired machinist X, said")
        ):
            # "Araghchi, speaking to state TV, said", "A second official, asked about the statement, told": a
            # participle aside, its object no speaker
            continue
        if (
            a > 0
            and toks[a - 1][0] == "("
            and toks[b + 1][0] == ")"
            and n + 1 < len(segs)
            and b - a < _BRACKET_WORDS
            and (
                all(t[0].isupper() for t in toks[a : b + 1])
                or (a >= 2 and _bare(toks[a - 2][0]) in lex.organization_heads and _is_cap(toks[a - 2][0]))
            )
        ):
            # "the Director General of Inter-Services Public Relations (ISPR), told": an acronym; "an
            # analyst at the Oswaldo Cruz Foundation (Fiocruz), said": the body's short name
            continue
        whole = j <= a or all(_bare(t[0]) in _CAP_STOP for t in toks[a:j])
        m = _read_np(text, toks, max(j, a), b, lex) if j <= b else None
        if (
            not whole
            and m is not None
            and m.kind == "name"
            and m.role is not None
            and m.start == toks[j][1]
            and j - a <= 2
            and all(
                t[0].isalpha() and t[0].islower() and t[0] not in _CAP_STOP and t[0][-2:] != "ly"
                for t in toks[a:j]
            )
        ):
            # "In Gaza, displaced resident X, 52, said": an adjective before the person's title
            whole = True
        if (
            not whole
            and j - 2 >= a
            and toks[j - 1][0] == "of"
            and (
                (toks[j][0] == "the" and (toks[j + 1][0].startswith(MASK) or _is_cap(toks[j + 1][0])))
                or (_is_cap(toks[j][0]) and m is not None and m.kind == "org")
            )
            and (held := _read_np(text, toks, a, j - 2, lex)) is not None
            and held.kind == "name"
            and held.start == toks[a][1]
            and not _not_person(held.name or "")
            and (held.name or "").split()[0] == toks[a][0]  # the name opens the part (not "Head of ... X")
            and not _known_actor(text[toks[a][1] : toks[b][2]])  # ("the Democratic Republic of the Congo")
        ):
            # "X of the “Pativ Unem” faction", "rival, X of the PDK, conceded": X, not the body
            m, whole = attrs.evolve(held, end=toks[b][2]), True
        if (
            m is not None
            and m.kind in ("name", "org")
            and not whole
            and n >= 1
            and n + 1 < len(segs)
            and toks[j - 1][0] in ("and", "&")
            and all(_is_cap(t[0]) for t in toks[a : j - 1])
        ):
            return m  # "Venezuela, Cuba and Norway, which ..., said": the list's last, for the joint speaker
        if m is not None and m.kind == "name" and _bare(toks[a][0]) in ("a", "an") and j <= a + 1:
            continue  # "Jo Salk, a Hollywood, Fla., rabbi, said": a place before a noun, no name
        if m is not None and whole and m.kind in ("name", "org", "pronoun"):
            described = m.kind == "org" or (m.kind == "name" and bool(m.role) and _bare(toks[a][0]) == "the")
            if described and n + 1 < len(segs) and (person := _person_segment(text, toks, segs[n + 1], lex)):
                if (
                    m.kind == "org"
                    and _bare(toks[a][0]) in ("the", "a", "an")
                    and _body_named(toks, segs[n + 1], lex)
                ):
                    # "IF Metall, the Swedish industrial union, said": the body the description describes
                    return Mention(person.start, person.end, "org", name=person.name, head=person.head)
                # "Petra Lund of Halvard, Norway's oldest savings bank, said": the person; "Maj. Gen. X,
                # the Director General of Army Public Relations, told": the office of the person before it
                # (a name read in it, "Public Relations", is none of its own), rather than a rank
                office = _role_phrase(text, toks, a, b, lex) if _bare(toks[a][0]) == "the" else None
                if office and (not person.role or _rank_only(person.role, lex)):
                    return attrs.evolve(person, role=office)
                if m.kind == "org" or office:
                    return person
            role = m.role or (roles[0] if roles else None)
            rank = None
            if m.role is not None and (_rank_only(m.role, lex) or _bare(m.role) in _ACADEMIC_TITLES):
                # "Niger's leader, Gen. X,": a rank alone gives way to a title before or after the name
                # ("Counsel for X, Professor Y,": so does an academic title)
                rank, role = m.role, (roles[0] if roles else None)
            if role is None:
                # "The Ambassador of Russia to Syria, Alexander Kinshchak, ...": the segment before the name
                idx = segs.index((a, b))
                if idx + 1 < len(segs):
                    pa, pb = segs[idx + 1]
                    if (
                        idx + 2 < len(segs)
                        and segs[idx + 2][1] == pa - 2
                        and toks[pa - 1][0] == "("
                        and toks[pb + 1][0] == ")"
                        and pb - pa < _BRACKET_WORDS
                    ):
                        # "The head of the Electoral Commission (INEC), X, said": the office before the
                        # body's short name
                        pa, pb = segs[idx + 2]
                    role = _role_phrase(text, toks, pa, pb, lex)
            return attrs.evolve(m, role=role or rank)
        if _bare(toks[a][0]) == "who" and (held_office := _relative_role(text, toks[a][1], toks[b][2], lex)):
            roles.insert(0, held_office)  # "X, who heads the agency's mpox team, said": the office held
            continue
        r = _role_phrase(text, toks, a, b, lex)
        if r and n > 0 and _portfolio_list(toks, *segs[n - 1]) and toks[b - 1][0] in ("of", "for"):
            # "Minister of Transport, Communications and Information Technology": the office's portfolios
            rest = text[toks[segs[n - 1][0]][1] : toks[segs[n - 1][1]][2]]
            if roles and roles[0] == rest:
                roles.pop(0)  # ("Justice and Security" read as a role of its own)
            r = text[text.index(r, toks[a][1]) : toks[segs[n - 1][1]][2]]
        if r:
            roles.insert(0, r)
        elif (
            toks[a][0][:1].islower()
            and not _bare(toks[a][0]).endswith(("ing", "ed"))
            and _bare(toks[a][0]) not in lex.determiners
            and _bare(toks[a][0]) not in _RELATIVE
            and _bare(toks[a][0]) not in _ASIDE_OPENERS
        ):
            return None
    return None


def _office_closing(text: str, toks: list[tuple[str, int, int]], b: int, lex: QuoteLexicon) -> str | None:
    """The office that closes the clause ending at ``toks[b]`` ("The council heard the Special Envoy for the
    Sahel" -> "Special Envoy for the Sahel"): a role word, capitalised words and links after it, and the
    title words and modifiers before it; ``None`` when no office closes it."""
    k = n = b
    while n >= 0 and b - n < _LONG_OFFICE_TOKENS and (_is_cap(toks[n][0]) or toks[n][0] in _OFFICE_LINKS):
        if _is_role(_bare(toks[n][0]), lex):
            k = n  # the first role word of the run heads the office ("Commissioner for Refugees")
        n -= 1
    if not _is_role(_bare(toks[k][0]), lex) or toks[b][0] in _OFFICE_LINKS:
        return None
    if k < b and toks[k + 1][0] not in ("of", "for", "to"):
        return None  # "Senator Ana Roe, Ivo Lund, who": a titled name before, no office
    while k > 0 and (_title_word(_bare(toks[k - 1][0]), lex) or _bare(toks[k - 1][0]) in lex.modifiers):
        k -= 1  # "Special Envoy", "former deputy minister"
    if not _is_cap(toks[k][0]) or _bare(toks[k][0]) in lex.determiners:
        return None  # (a lower-case noun phrase is a description, read elsewhere)
    return text[toks[k][1] : toks[b][2]]


def _compound_noun(word: str) -> bool:
    """A plain lower-case word that may modify a role noun ("shadow", "trade"): no link, verb form or
    participle."""
    plain = word.isalpha() and word.islower()
    return (
        plain
        and word not in _LOWER_TITLE_STOPS
        and (not word.endswith(("ed", "ing")) or word in _PORTFOLIO_NOUNS_IN_ING)
    )


# Portfolios whose names end in -ing, nouns before a role noun ("the housing minister", "the policing
# minister"), not participles.
_PORTFOLIO_NOUNS_IN_ING = frozenset(
    [
        *("housing", "policing", "planning", "shipping", "farming", "fishing", "mining", "banking"),
        *("licensing", "spending", "training", "funding", "building", "nursing", "manufacturing"),
    ]
)


# The parties to a case, by the group of :data:`_CASE_FILED` that names each.
_LITIGANTS = {"applicant": "by", "claimant": "by", "respondent": "against"}
# "Armenia filed the case against Azerbaijan", "Ruritania brought the application": who brought a case.
_CASE_FILED = regex.compile(
    r"""(?<![\p{L}\p{N}])(?P<by>\p{Lu}[\p{L}'’-]++(?:[ \t]++\p{Lu}[\p{L}'’-]++){0,3}+)[ \t]++
    (?:filed|brought|lodged|instituted|submitted)[ \t]++(?:the|a|an|its)[ \t]++
    (?:\p{Ll}++[ \t]++)?(?:case|application|complaint|suit|claim|proceedings)
    (?:[ \t]++against[ \t]++(?:the[ \t]++)?
      (?P<against>\p{Lu}[\p{L}'’-]++(?:[ \t]++\p{Lu}[\p{L}'’-]++){0,3}+))?""",
    regex.VERBOSE | regex.V1,
)
_ACADEMIC_TITLES = frozenset(["professor", "prof"])  # a title of address as much as an office


def _portfolio_list(toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    """``toks[a..b]`` continues a list of an office's portfolios after a comma ("Communications and
    Information Technology"): capitalised words joined by one "and" or "&", no verb."""
    words = [w for w, _s, _e in toks[a : b + 1]]
    joins = [w for w in words if w in ("and", "&")]
    return (
        len(joins) == 1
        and words[0] not in ("and", "&")
        and words[-1] not in ("and", "&")
        and all(_is_cap(w) for w in words if w not in ("and", "&"))
    )


def _initial_dotted(tok: str) -> bool:
    """An abbreviation with a dot ("Calif.", "N.C.", "Mass.")."""
    return tok.endswith(".") and len(tok) <= 6


_PLACE_PREPOSITIONS = _PREPOSITIONS | frozenset(["of", "outside", "across", "throughout"])
_NO_HEARER_START = _PLACE_PREPOSITIONS | frozenset(["about", "for"])  # a capitalised phrase, not a person


def _state_after_place(
    text: str, toks: list[tuple[str, int, int]], before: tuple[int, int], a: int, b: int
) -> bool:
    """``toks[a..b]`` is a place ("Oklahoma", "N.C.") after a segment ending with a place introduced by a
    preposition ("... in Tulsa"): the second part of "Town, State"."""
    if b - a > 2 or not all(_is_cap(t[0]) for t in toks[a : b + 1]):
        return False
    pa, pb = before
    k = pb
    while k >= pa and _is_cap(toks[k][0]) and pb - k < 4:
        k -= 1
    if not (pa <= k < pb and _bare(toks[k][0]) in _PLACE_PREPOSITIONS):
        return False
    place = text[toks[a][1] : toks[b][2]]
    if _not_person(place) or place in _us_states() or (a == b and _initial_dotted(toks[a][0])):
        return True  # "from Sumter, South Carolina, says": a state is no speaker
    # "in Tulsa, Oklahoma": one word after one place word, neither a time
    return a == b and k == pb - 1 and _bare(toks[pb][0]) not in _TIME_HEADS


@functools.cache
def _us_states() -> frozenset[str]:
    """The states of the United States ("South Carolina"), from the shipped stop list."""
    from ._actors import _shipped_stops

    return frozenset(_shipped_stops()["us_states"])


def _role_phrase(
    text: str, toks: list[tuple[str, int, int]], a: int, b: int, lex: QuoteLexicon
) -> str | None:
    """The role in an appositive segment ("a former Obama official who runs X" -> "former Obama official")."""
    words = toks[a : b + 1]
    k = 0
    while k < len(words) and _bare(words[k][0]) in lex.determiners:
        k += 1
    if k >= len(words):
        return None
    if k > 0 and words[k][0] == "of":
        k -= 1  # "X, one of the strike's leaders, said": the count opens the description, not "of"
    stop = len(words)
    for n in range(k, len(words)):
        if (
            (
                _bare(words[n][0]) in _RELATIVE
                or (
                    _bare(words[n][0]) in _NAMING_PARTICIPLES
                    and n + 1 < len(words)
                    and words[n + 1][0] == "only"
                )
            )
            and not (words[n][0].endswith(("'s", "’s")) and words[n][0][:1].isupper())  # ("the WHO's ...")
            and not _body_acronym(words[n][0], lex)
        ) or words[n][0] == "(":
            stop = n
            break
    core = words[k:stop]
    # the role noun among the first words, or the first after a body's possessive ("Human Rights Watch's
    # Horn of Africa director")
    owner = next(
        (
            n + 1
            for n, w in enumerate(core[:4])
            if w[0].endswith(("'s", "’s")) and all(_is_cap(v[0]) for v in core[: n + 1])
        ),
        0,
    )
    if not core or not any(_is_role(_bare(w[0]), lex) for w in core[: owner + _ROLE_PHRASE_WORDS]):
        return None
    phrase = text[core[0][1] : core[-1][2]]
    if core[-1] is words[-1] and b + 1 < len(toks) and toks[b + 1][0] == ",":
        return phrase  # "a professor at M.I.T., said": the dot before a comma is an abbreviation's
    return phrase.rstrip(".")


# Words of an apposition read for its role noun (after a body's possessive, if any).
_ROLE_PHRASE_WORDS = 6
# Conjunctions and sentence adverbs left before a role ("But its spokesman", "Meanwhile the chancellor").
_ROLE_OPENERS = frozenset(
    [
        *("and", "but", "while", "yet", "whereas", "meanwhile", "separately", "also", "still", "instead"),
        *("however", "likewise", "similarly", "elsewhere", "nonetheless", "nevertheless", "moreover"),
    ]
)
_TIME_PREPOSITIONS = frozenset(["on", "in", "at", "late", "early", "earlier", "later", "last", "this"])
_AFTER_STOP = frozenset(
    [
        "in",
        "on",
        "at",
        "who",
        "which",
        "that",
        "during",
        "after",
        "before",
        "as",
        "and",
        "but",
        "with",
        "while",
        "when",
        "to",
        "from",
    ]
)


# Texts a body issues, whose issuer "from" names as "by" does ("a statement from the ministry").
_ISSUED_TEXTS = frozenset(
    ["statement", "readout", "communique", "communiqué", "release", "notice", "results", "figures", "data"]
)
# Participles of issuing a text ("results announced by the commission").
_ISSUING_PARTICIPLES = frozenset(
    ["announced", "released", "published", "issued", "compiled", "provided", "presented", "posted", "shared"]
)


def _issued_text(toks: list[tuple[str, int, int]]) -> bool:
    """The words before an inverted body name a text it issued, with no article first ("preliminary results
    announced by", "results from", "figures published by"): the body speaks through it, as after "a"."""
    if len(toks) < 2:
        return False
    last, before = _bare(toks[-1][0]), _bare(toks[-2][0])
    return (last == "by" and before in _ISSUING_PARTICIPLES) or (last == "from" and before in _ISSUED_TEXTS)


def subject_after(text: str, cue_end: int, hi: int, lex: QuoteLexicon) -> Mention | None:
    """The speaker of an inverted attribution: ``..., said Tomas Ruiz, a former official``.

    A pattern timing out on a pathological window gives no mention for this verb only."""
    try:
        m = _subject_after(text, cue_end, hi, lex)
        if (
            m is None
            and (people := _PEOPLE_WHO_KNOW.match(text, cue_end, min(hi, cue_end + 160))) is not None
        ):
            # "said a person familiar with the matter", "said two people briefed on the talks"
            return Mention(people.start("np"), people.end(), "role", role=None, head=people.group("head"))
        if m is None or (
            m.kind == "name"
            and m.name
            and _PORTFOLIO_BEFORE.search(text, max(cue_end, m.end - len(m.name) - 60), m.end - len(m.name))
        ):
            # "said the Minister of Trade", "said the Minister for European Integration, Ilse Marrow": the
            # portfolio is no person's name
            m = _office_with_portfolio(text, cue_end, hi, lex) or m
        if (
            m is not None
            and m.kind in ("name", "org")
            and m.name
            and (num := _CHANNEL_NUMBER.match(text, m.end, hi)) is not None
            and m.name.split()[-1] in _NUMBERED_CHANNELS
        ):
            # "according to Channel 12", "said France 24": the broadcaster's number is its name's
            return attrs.evolve(m, end=num.end(), name=f"{m.name}{text[m.end : num.end()]}")
        if (
            m is not None
            and m.kind == "role"
            and (given := _KNOWN_ONLY_AS_AFTER.match(text, m.end, min(hi, m.end + 120), timeout=_T))
            is not None
        ):
            # "said the former officer, who asked to be identified only as X": the name given
            return _given_name(given, m.role)
        if (
            m is not None
            and m.kind == "role"
            and _INDEFINITE_OPENING.match(text, m.start) is not None
            and (place := _PLACE_CLOSING.match(text, m.end, hi)) is not None  # (bounded: a few words)
        ):
            # "says a banker in Lagos.", "said one trader from Kano,": where the unnamed speaker is, part of
            # the mention, as before the verb ("a banker in Lagos says")
            m = attrs.evolve(m, end=place.end())
        if (
            m is not None
            and m.kind == "name"
            and m.name
            and m.role
            and text.endswith(m.name, m.start, m.end)
            and (of := _BODY_OF_AFTER.match(text, m.end, min(hi, m.end + 120), timeout=_T)) is not None
            and organization_in(f"{of.group('body')} spokesperson", lex) == of.group("body")
        ):
            # "said Professor Jan Novak of Charles University": the titled name's body joins the mention,
            # as before the verb ("Professor X of Y said")
            m = attrs.evolve(m, end=of.end())
        return _role_without_article(m)
    except TimeoutError:
        return None


# A body's name after "of" right after a titled speaker's name ("... of the Charles University"): capitalised
# words, with the lower-case words a body's name holds between them.
_BODY_OF_AFTER = regex.compile(
    r"""[ \t]++of[ \t]++(?:the[ \t]++)?
        (?P<body>\p{Lu}[\p{L}&'’-]*+  # its first word
        (?:[ \t]++(?:(?:of|for|on|and|the)[ \t]++){0,2}+\p{Lu}[\p{L}&'’-]*+){0,7}+)  # more, joined""",
    regex.VERBOSE | regex.V1,
)


# An indefinite mention of an unnamed speaker: "a banker", "one trader", "another diplomat".
_INDEFINITE_OPENING = regex.compile(r"(?:a|an|one|another)\s", regex.V1 | regex.IGNORECASE)
# A place closing the sentence or set off by a comma after such a mention: " in Lagos", " at a Lagos bank",
# " from Kano" (a capitalised word among the next few, then the sentence's end or a comma).
_PLACE_CLOSING = regex.compile(
    r"""\s++(?:in|at|from)\s++(?:(?:a|an|the)\s++)?(?:[\p{Ll}-]++\s++)?
        \p{Lu}[\p{L}'’-]*+(?:\s++(?:of\s++)?\p{Lu}[\p{L}'’-]*+){0,2}+(?:\s++\p{Ll}++)?
        (?=\s*+[.,!?;])""",
    regex.VERBOSE | regex.V1,
)


# A relative clause giving the only name known, right after an inverted speaker's role noun.
_KNOWN_ONLY_AS_AFTER = regex.compile(
    r"\s*+,?\s*+(?=who\s)" + _KNOWN_ONLY_AS.pattern, regex.VERBOSE | regex.V1
)


# Units of a country's map written in lower case after a place's name ("Suceava county", "Herat province").
_PLACE_UNITS = frozenset(
    [
        "county",
        "province",
        "district",
        "region",
        "municipality",
        "village",
        "governorate",
        "prefecture",
        "oblast",
    ]
)
# Lower-case services a numbered broadcaster's name may carry before the verb ("Channel 12 news reported").
_CHANNEL_SERVICES = frozenset(["news", "television", "TV", "radio"])


def _after_inner_cue(text: str, got: Mention, lex: QuoteLexicon) -> Mention | None:
    """A role mention that holds a reporting verb in the present after a word or after an aside's comma
    ("documents show officials", "The documents, obtained by X, show officials"): the words after that verb,
    another clause's subject; ``None`` when there is none."""
    words = list(regex.finditer(r"\S++", text[got.start : got.end]))
    forms = compiled(lex).lemmas
    for k in range(len(words) - 2, -1, -1):
        w = words[k].group()
        prev = words[k - 1].group() if k else ""
        before = (
            prev[-1:].isalpha() and _bare(prev) not in lex.determiners and _bare(prev) not in _QUANTIFIERS
            if k
            else text[: got.start].rstrip().endswith(",")
        )  # (a noun after a determiner or a count: "Some advocates for ...", "Several cast members")
        if w.islower() and w in forms and not w.endswith(("ed", "ing")) and before:
            start = got.start + words[k + 1].start()
            rest = text[start : got.end]
            role = got.role[len(got.role) - len(rest) :] if got.role and got.role.endswith(rest) else rest
            return attrs.evolve(got, start=start, role=role)
    return None


# A capitalised name and "and" or "&" right before another name: "The Globe and ", "Power & ".
_JOINED_NAME_BEFORE = regex.compile(
    r"(?:(?<=[\s,(])|^)(?:[Tt]he[ \t]++)?(?P<n>\p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+){0,2}+)"
    r"[ \t]++(?:and|&)[ \t]++$",
    regex.V1,
)
# A participle placing unnamed sources, perhaps with an adverb and a count, before the noun the subject
# reader takes: "highly placed government sources", "two well-informed officials".
_PLACED_BEFORE = regex.compile(
    r"""(?:(?<![\p{L}\p{N}])(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Mm]any)[ \t]++)?
        (?<![\p{L}\p{N}])(?:(?:\p{Ll}{2,12}?ly|well|better|best)[ \t-])?
        (?:placed|informed|connected|positioned)[ \t]$""",
    regex.VERBOSE | regex.V1,
)
# An unnamed speaker with a description or an age set off by commas, closing the words before the cue:
# "the witness, a former aide,", "the driver, 54,".
_DESCRIBED_ROLE = regex.compile(
    r"""(?:^|(?<=,\s))(?P<np>(?:[Tt]he|[Aa]n?)\s++[^,;:\ue000]{1,60}?)
        ,\s++(?:(?:an?|the)\s++[^,;:\ue000]{1,80}?|\d{1,3})\s*+,\s*+$""",
    regex.VERBOSE | regex.V1,
)


# Words that broadcasters' names close with before their number ("Channel 12", "France 24", "Rustavi 2").
_NUMBERED_CHANNELS = frozenset(
    [
        *("Channel", "Kanal", "Canal", "Canale", "Kan", "TV", "Radio"),
        *("Rustavi", "France", "Rai", "Antena", "Nova"),
    ]
)
_CHANNEL_NUMBER = regex.compile(r"[ \t]\d{1,3}+(?![\p{L}\p{N}])", regex.V1)


# An office written with its portfolio or place after "of" or "for", the whole set off or closing the
# sentence: "the Minister of Trade", "the Secretary of State", "the Minister for Foreign Affairs and Trade".
_OFFICE = r"""[Tt]he\s++(?P<office>(?:\p{Lu}[\p{Ll}-]++\s++){0,2}(?P<head>\p{Lu}[\p{L}-]++)
        \s++(?:of|for)\s++(?:the\s++)?\p{Lu}[\p{L}'’-]*+(?:\s++(?:and\s++)?\p{Lu}[\p{L}'’-]*+){0,3}+)"""
_OFFICE_WITH_PORTFOLIO = regex.compile(
    rf"""\s*+{_OFFICE}(?=\s*+(?:[,;]|\.(?!\w)|$))""",
    regex.VERBOSE | regex.V1,
)


# The same office right before a cue: "the Minister of Defence said", "the Speaker of Parliament said".
_OFFICE_WITH_PORTFOLIO_END = regex.compile(
    rf"""(?<![\p{{L}}'’-]){_OFFICE}(?P<end>)\s*+$""", regex.VERBOSE | regex.V1
)


def _office_before(text: str, lo: int, cue_start: int, lex: QuoteLexicon) -> Mention | None:
    """An office named by its portfolio right before a cue ("the Minister of Defence said"), as a role."""
    at = max(lo, cue_start - 120)
    if " of " not in text[at:cue_start] and " for " not in text[at:cue_start]:
        return None  # (a prefilter)
    office = _OFFICE_WITH_PORTFOLIO_END.search(text, at, cue_start, timeout=_T)
    if office is None or not _is_role(office.group("head").casefold(), lex):
        return None
    role = " ".join(office.group("office").split())
    return Mention(office.start(), office.end("end"), "role", role=role, head=office.group("head").casefold())


# A title word and "of" or "for" right before a name read after a cue: the name is the title's portfolio
# ("said the Minister for European Integration": no person called "European Integration").
_PORTFOLIO_BEFORE = regex.compile(r"\p{Lu}[\p{Ll}-]++\s++(?:of|for)\s++(?:the\s++)?\Z", regex.V1)


def _office_with_portfolio(text: str, cue_end: int, hi: int, lex: QuoteLexicon) -> Mention | None:
    """After a cue, an office named by its portfolio and nobody's name in it: "said the Minister of Trade."
    gives the office; "said the Secretary of State, Ilse Marrow," gives its holder set off after it. A
    portfolio of more than two words with no "and" may end in its holder's name, and gives ``None``."""
    office = _OFFICE_WITH_PORTFOLIO.match(text, cue_end, min(hi, cue_end + 160), timeout=_T)
    if office is None or not _is_role(office.group("head").casefold(), lex):
        return None
    role = " ".join(office.group("office").split())
    named = _NAME_AFTER_TITLE.match(text, office.end(), min(hi, office.end() + 160))
    if named is not None and named.group("rest") is None and named.group("desc") is None:
        words = named.group("name").split()
        titles = next((k for k, w in enumerate(words) if not _title_word(_bare(w), lex)), len(words))
        name = " ".join(words[titles:])
        if len(words) - titles >= 2 and not _not_person(name) and _bare(words[titles]) not in _CAP_STOP:
            end = named.end("of") if named.group("of") else named.end("name")
            return Mention(
                office.start("office") - 4, end, "name", name=name, role=role, head=_bare(words[-1])
            )
    portfolio = regex.split(r"\s(?:of|for)\s", role, maxsplit=1)[-1].split()
    if len(portfolio) > 2 and "and" not in portfolio:
        return None  # ("said the Minister for Trade Ilse Marrow": a name may close the run)
    return Mention(
        office.start("office") - 4, office.end(), "role", role=role, head=office.group("head").casefold()
    )


# An ordinal in figures ("1st", "2nd", "33rd"), as in a military rank ("1st Lt.", "2nd Sgt.").
_NUMBERED_RANK = re.compile(r"\d+(?:st|nd|rd|th)\Z")


def _subject_after(text: str, cue_end: int, hi: int, lex: QuoteLexicon) -> Mention | None:
    toks = _tokens(text, cue_end, min(hi, cue_end + 300))
    n = 0
    while n < len(toks) and n < 10:
        t = toks[n][0]
        b = _bare(t)
        if t == "and" and _and_after_body(toks, n, lex):
            n += 1  # "said the Centers for Disease Control and Prevention": one body's name
            continue
        linked = (
            0 < n < len(toks) - 2
            and _connects_body(toks[n - 1][0], toks[n + 1][0], lex)
            and _is_cap(toks[n + 2][0])  # two words of the name after it ("on Human Rights"), no date
            and _bare(toks[n + 1][0]) not in _TIME_HEADS  # ("said the Council on Monday Night")
        )
        if t in ("to", "on", "for") and linked:
            n += 1  # "said the Coalition to Stop Gun Violence", "the Commission on Human Rights": one name
            continue
        if b == "from" and 0 < n < len(toks) - 1 and _bare(toks[n - 1][0]) in _ISSUED_TEXTS:
            n += 1  # "according to a statement from China's foreign ministry": the issuer, as after "by"
            continue
        if not (t[:1].isalnum()) or (b in _AFTER_STOP and not _body_acronym(t, lex)):
            break
        if (
            b in ("of", "for", "at")
            and n + 1 < len(toks)
            and _bare(toks[n + 1][0]) in _NP_DETERMINERS
            and not _body_complement(toks, n, lex)
        ):
            break  # "said Del. Ann Ruiz of the Virgin Islands": the head is before the complement
        if b in _NAME_COMPLEMENTS and _ends_full_name(toks, n, lex):
            break  # "wrote Rory Vance for Morning Consult": a full name is complete before its complement
        n += 1
        if _ends_sentence(t, _titles(lex)) or _acronym_stop(t):
            break
    if (
        1 <= n <= 2
        and (counted := _count_subject(toks, 0, n - 1)) is not None
        and (
            counted.head != "one" or n == len(toks) or not toks[n][0][:1].isalpha()
        )  # (not "one of his aides")
    ):
        return counted  # "“...,” tweeted another.", "“...,” wrote the two": people quoted before, unnamed
    if (held := _office_to_after(text, toks, n, lex)) is not None:
        return held
    # the head: the last name, role or body word before the phrase stops
    i = n - 1
    while i >= 0:
        b = _bare(toks[i][0])
        if _is_cap(toks[i][0]) or _is_role(b, lex) or b in lex.institutions or b in compiled(lex).pronouns:
            break
        if i > 0 and toks[i][0].rstrip(".").isalpha() and _bare(toks[i - 1][0]).endswith("-based"):
            break  # "said a Tehran-based importer": the noun its seat describes
        i -= 1
    if i < 0:
        return None
    j = _np_tokens(toks, i, lex)
    if j > i:
        return None
    if any(
        not (toks[k][0][:1].isalpha() and (toks[k][0].islower() or _is_cap(toks[k][0])))
        and not _NUMBERED_RANK.match(toks[k][0])  # "said Army 1st Lt. Ann Roe": a rank's ordinal
        for k in range(j)
    ):
        return None
    m = _read_np(text, toks, j, i, lex)
    if j > 0 and (held := _long_office(text, toks, i, lex)) is not None and held.start == toks[0][1]:
        # "said Minister of State for Trade Ana Ruiz.": the office, then its holder (not the full stop)
        stop = _ends_sentence(toks[i][0], _titles(lex)) or _acronym_stop(toks[i][0])
        return attrs.evolve(held, end=held.end - 1) if stop else held
    if j >= 2 and _bare(toks[j - 1][0]) in ("in", "for") and _place_office(toks, j - 2):
        # "said UN envoy for Yemen Ivo Marin.": the office, its place, then its holder
        held = _subject_at(text, toks, i, lex)
        if held is not None and held.kind == "name" and held.role and held.start == toks[0][1]:
            stop = _ends_sentence(toks[i][0], _titles(lex)) or _acronym_stop(toks[i][0])
            return attrs.evolve(held, end=held.end - 1) if stop and text[held.end - 1] == "." else held
        outer = _read_np(text, toks, 0, j - 2, lex)
        if (
            m is not None
            and m.kind == "name"
            and m.role is None
            and m.name
            and _not_person(m.name)
            and outer is not None
            and outer.kind == "role"
        ):
            # "said the UN envoy for Yemen, Ivo Marin.": the place is the office's, no speaker; the office
            # speaks, or the name set off after it
            office = " ".join(text[outer.start : m.end].split())
            first, _, rest = office.partition(" ")
            office = rest if _bare(first) in lex.determiners and rest else office
            m = Mention(outer.start, m.end, "role", role=office, head=outer.head)
            j = 0
    if j > 0 and _bare(toks[0][0]) not in lex.determiners and not _issued_text(toks[:j]):
        if m is None or not _modified_title(toks, j, i, m, lex):
            return None
        # "said Fox News legal analyst Judge Ann Vole": the words before the title are part of the role
        role = " ".join(w for w in (text[toks[0][1] : toks[j][1]].strip(), m.role) if w)
        return attrs.evolve(m, start=toks[0][1], role=role)
    if m is not None and j > 0 and not _text_by_agent(toks[:j]):
        m = attrs.evolve(m, start=toks[0][1])
    if m is None or (m.kind == "pronoun" and not toks[0][0].islower()):
        return m
    if m.kind == "role" and (named := _NAME_AFTER_TITLE.match(text, m.end, min(hi, m.end + 160))) is not None:
        # "said the ministry's spokesman, Ivo Marin.", "said Russia's ambassador to the UN, Vasily Nebenzia"
        words = named.group("name").split()
        titles = next((k for k, w in enumerate(words) if not _title_word(_bare(w), lex)), len(words))
        name = " ".join(words[titles:])  # "Dr. Ana Ruiz", "Professor Ana Ruiz": the titles are no name
        desc = named.group("desc")
        if (
            len(words) - titles >= 2  # a given name and a surname at least
            and not _not_person(name)
            and _bare(words[titles]) not in _CAP_STOP
            and (desc is None or _is_role(_bare(desc.split()[-1]), lex))  # "the geologist", no other noun
        ):
            role = text[m.start : named.end("rest") if named.group("rest") else m.end]
            first, _, rest = role.partition(" ")
            role = rest if _bare(first) in lex.determiners else role  # "the ministry's spokesman"
            end = named.end("of") if named.group("of") else named.end("name")
            return Mention(m.start, end, "name", name=name, role=role, head=_bare(words[-1]))
    if (
        m.kind == "role"
        and (post := _ROLE_POST_MODIFIER.match(text, m.end, min(hi, m.end + 120))) is not None
    ):
        return attrs.evolve(m, end=post.end())  # "said a person familiar with the matter": who knows
    body = _BODY_AFTER_ROLE.match(text, m.end, min(hi, m.end + 160)) if m.kind == "role" else None
    if body is None and m.kind == "role" and m.head in _SOURCE_HEADS:
        body = _SOURCE_SEAT.match(text, m.end, min(hi, m.end + 160), timeout=_T)  # "a source in the ..."
    if body is not None and organization_in(text[m.start : body.end()], lex) is not None:
        return attrs.evolve(m, end=body.end())  # "said a spokeswoman for the WHO": her body is in the mention
    if (
        m.kind == "name"
        and (body := _BODY_AFTER_NAME.match(text, m.end, min(hi, m.end + 160))) is not None
        and organization_in(text[m.start : body.end("body")], lex) is not None
        # ("said Chief Ana Ruiz of Kingfisher Lake First Nation": after a title, a body's head word names
        # the body; "said Sen. Ana Ruiz of Ohio" is where she holds her seat, no body)
        and (
            m.role is None
            or any(
                _body_end(b, lex) or b in lex.organization_heads
                for b in map(_bare, body.group("body").split())
            )
        )
    ):
        return attrs.evolve(m, end=body.end("body"))  # "said Ana Ruiz of the Lowy Institute.": her body
    if m.kind == "role" and m.name is None and m.head in _SERVING_HEADS:
        served = _SERVED_AFTER_ROLE.match(text, m.end, min(hi, m.end + 120), timeout=_T)
        if served is not None and not _told_outlet(served.group()):
            # "said a longtime adviser to Mayor Ruiz, who ...": whom the adviser serves is in the mention
            return attrs.evolve(m, end=served.end())
    if (
        i + 2 < len(toks)
        and toks[i + 1][0] == ","
        and m.kind == "name"
        and m.role is None
        and _bare(toks[i + 2][0]) == "who"
        and (held_office := _relative_role(text, toks[i + 2][1], hi, lex)) is not None
    ):
        return attrs.evolve(m, role=held_office)  # "said X, who heads the agency's mpox team.": that office
    if i + 2 < len(toks) and toks[i + 1][0] == ",":
        reach = min(len(toks) - 1, i + _APPOSED_AFTER_WORDS)
        aside = next(
            (
                q
                for q in range(i + 3, reach)
                if (
                    toks[q][0] == ","
                    and (
                        _bare(toks[q + 1][0]) in _ASIDE_AFTER_ROLE
                        or (toks[q + 1][0].islower() and toks[q + 1][0].endswith("ing"))  # "referring to"
                    )
                )
                or toks[q + 1][0].startswith(MASK)
            ),
            reach + 1,
        )  # "said Ana Ruiz, a farmer, standing by the fence": the role ends at the aside's comma (or at the
        # quotation resumed after it: "says Ana Ruiz, his campaign manager, “...")
        desc = i + 2
        if _bare(toks[desc][0]) in ("of", "from"):
            return m  # "said Ana Ruiz, of the Metropolitan Police.": the body she is of, no role
        if _bare(toks[desc][0]) in _CLAUSE_AFTER_NAME or (
            toks[desc][0] == "as" and any(_FINITE_WORD.fullmatch(t[0]) for t in toks[desc + 1 : aside])
        ):
            return m  # "said Ana Ruiz, as both candidates claimed victory.": a clause, no role
        if toks[desc][0] == "as" and desc + 1 < aside:
            desc += 1  # "said Ana Ruiz, as head of the delegation": the capacity she spoke in
        if desc + 2 < aside and toks[desc][0].isdigit() and toks[desc + 1][0] == ",":
            desc += 2  # "said Ana Ruiz, 54, a spokeswoman for the city": her age is no role
        r = _role_phrase(text, toks, desc, aside - 1, lex)
        if (
            r
            and m.kind == "name"
            and m.role is not None
            and (_rank_only(m.role, lex) or _bare(m.role) in _ACADEMIC_TITLES)
        ):
            # "said Colonel Ana Ruiz, spokeswoman for the army,": the office apposed up to its comma, not the
            # military rank, is the role (a style of royalty, "Prince", stays); so it is after an academic
            # title ("said Professor Ana Ruiz, the agency's chief adviser"), as before the cue
            close = next(
                (q for q in range(i + 2, len(toks)) if toks[q][0] in (",", ".", ";", ":")), len(toks)
            )
            r = _role_phrase(text, toks, i + 2, min(close - 1, i + 14), lex) if close > i + 2 else None
            if r and not any(_bare(w) in _ROYAL_STYLES for w in m.role.split()):
                return attrs.evolve(m, role=r)
            return m
        if r and m.kind == "name" and m.role is None:
            # "said Colonel Ana Ruiz, spokeswoman for the army": the office apposed, not the rank, is the role
            return attrs.evolve(m, role=r)
    return m


# Words opening a clause set off after a trailing speaker's name ("said X, while Y ...": no description).
_CLAUSE_AFTER_NAME = frozenset(
    ["while", "when", "after", "before", "because", "although", "though", "if", "since", "but", "until"]
)
# A finite verb in lower case: in a segment opened by "as", a clause ("as rivals claimed victory"), not a
# capacity ("as head of the delegation").
_FINITE_WORD = regex.compile(r"\p{Ll}+ed|is|are|was|were|has|have|had|will|would|says|said", regex.V1)
# Tokens after a trailing speaker's name read for an apposed role ("said X, the study's lead author and a
# parasitologist at the University of Ghana in Accra."), up to an aside's comma or the sentence's end.
_APPOSED_AFTER_WORDS = 24
# Words opening an aside after a trailing speaker's apposition: where, when or how the words were said.
_ASIDE_AFTER_ROLE = frozenset(
    [
        *("in", "on", "at", "during", "after", "before", "from", "speaking", "standing", "writing"),
        *("adding", "noting", "told", "said", "who", "which", "when", "while", "as", "according"),
        *(d.casefold() for d in ENGLISH_WEEKDAYS),
        *("yesterday", "today", "tonight", "last", "earlier", "later"),
    ]
)


# A relative clause after a name giving the office its person holds: "who heads the union", "who is now a
# senior fellow at the Istanbul Policy Center", "who served as envoy and is now a professor at Yonsei".
_RELATIVE_OFFICE = regex.compile(
    r"""who\s++(?:(?:also|now|currently|still)\s++)?
    (?:(?P<verb>heads|leads|directs|chairs|runs|coordinates|manages|oversees|commands)\s++
       (?P<obj>(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.'’-]*+['’]s)\s++[^,;:.!?\ue000\n—–]{2,90}?)
     |(?:is|serves\s++as|works\s++as)\s++(?:(?:now|currently|also)\s++)?(?:an?\s++|the\s++)?
       (?P<np>[^,;:.!?\ue000\n—–]{3,100}?))
    \s*+(?:[,.;:—–]|\s++but\b|$)""",
    regex.VERBOSE | regex.V1,
)
# "... and is now a fellow at X" closing a relative clause: the office held now, after one held before.
_NOW_OFFICE = regex.compile(
    r"\band\s++(?:is\s++)?now\s++(?:(?P<verb>heads|leads|directs|chairs|runs)\s++(?P<obj>[^,;:.!?\ue000\n]{2,90}?)"
    r"|(?:is\s++)?(?:an?\s++|the\s++)?(?P<np>[^,;:.!?\ue000\n]{3,100}?))\s*+(?:[,.;:]|$)",
    regex.V1,
)
_OFFICE_OF_VERB = {
    "heads": "head of",
    "leads": "head of",
    "runs": "head of",
    "oversees": "head of",
    "directs": "director of",
    "chairs": "chair of",
    "coordinates": "coordinator of",
    "manages": "manager of",
    "commands": "commander of",
}


def _relative_role(text: str, start: int, end: int, lex: QuoteLexicon) -> str | None:
    """The office a relative clause at ``text[start:end]`` says its person holds ("who heads the union":
    "head of the union"; "who is a nurse at Mulago Hospital": "nurse at Mulago Hospital"), the one held now
    when it names one before ("who served as envoy and is now a professor at Yonsei"), or ``None``."""
    clause = text[start:end]
    m = _RELATIVE_OFFICE.match(clause)
    if m is None and clause.startswith("who"):
        m = _NOW_OFFICE.search(clause)
    if m is None:
        return None
    if m.group("verb"):
        return f"{_OFFICE_OF_VERB[m.group('verb')]} {' '.join(m.group('obj').split())}"
    np = " ".join(m.group("np").split())
    words = [_bare(w) for w in np.split()]
    if words[0].endswith(("ed", "ing")) or not any(_is_role(w, lex) for w in words[:4]):
        return None  # "who is expected to ...", "who is 71": no office
    first = next(k for k, w in enumerate(words) if _is_role(w, lex))
    if any(w in _PREPOSITIONS for w in words[:first]):
        return None  # "who is close to the patriarch": the office is another's, after a preposition
    return np


def plain_role(role: str | None, lex: QuoteLexicon) -> str | None:
    """``role`` without the clause's conjunction or time adverbial that an apposition read along with it
    ("but its secretary-general" -> "secretary-general", "On Thursday his spokeswoman" -> "spokeswoman")."""
    if role is None:
        return None
    words = role.split()
    while len(words) > 1 and _bare(words[-1]) in lex.honorifics and _is_role(_bare(words[0]), lex):
        words.pop()  # "Speaker of the Assembly Mr.", "Minister of Trade H.E. Dr.": no part of the office
    role = " ".join(words)
    k = 0
    while k < len(words) - 1 and _bare(words[k]) in _ROLE_OPENERS:
        k += 1
    k = max(k, _other_conjunct(words, k, lex))
    if k < len(words) and _bare(words[k]) in _TIME_PREPOSITIONS:
        d = next((n for n in range(k + 1, min(len(words), k + 5)) if _bare(words[n]) in lex.determiners), 0)
        if d and not any(_is_role(_bare(w), lex) for w in words[k:d]):
            k = d
    if k == 0:
        return role
    while k < len(words) - 1 and _bare(words[k]) in lex.determiners:
        k += 1
    return " ".join(words[k:])


def _other_conjunct(words: list[str], k: int, lex: QuoteLexicon) -> int:
    """Where the last conjunct of a description opens after a titled name and "and" with a possessive
    ("Minister Ana Ruiz and her Ecuadorian counterpart": the name set off after it is the counterpart's);
    0 when ``words[k:]`` are no such conjunction ("director of X and a professor at Y": one person's)."""
    for n in range(len(words) - 2, k, -1):
        if (
            words[n] == "and"
            and _bare(words[n + 1]) in _CONJUNCT_POSSESSIVES
            and _titled_run(words[k:n], lex)
        ):
            return n + 1
    return 0


_CONJUNCT_POSSESSIVES = frozenset(["his", "her", "their"])  # "X and her counterpart": another person's


def _titled_run(words: list[str], lex: QuoteLexicon) -> bool:
    """``words`` end with a title and a person's name written after it ("Foreign Minister Ana Ruiz")."""
    k = len(words)
    while k > 0 and _is_cap(words[k - 1]) and not _title_word(_bare(words[k - 1]), lex):
        k -= 1
    return 0 < k < len(words) and _is_cap(words[k - 1]) and _title_word(_bare(words[k - 1]), lex)


_SKIPPED_NAME_WORDS = 4  # words of a name a shortened mention may skip one of ("Chaudhry [Muhammad] Akram X")
_KUNYA = frozenset(["abu", "umm"])  # "father of", "mother of": an Arabic name by a child's ("Abu Hamza")
# Styles kept in a name that a later mention writes with the name's next word alone: a Tongan noble's "Lord"
# with his title ("Lord Vaea" for "Lord Vaea Havili", after Matangi Tonga's usage). Written by us.
_NAME_STYLES = frozenset(["lord", "lady"])
# The ranks of the peerage a peer's "Lord" or a peeress's "Lady" stands for when copy names the peer again
# ("Baroness Lorna Wycliffe ... Lady Wycliffe said", "Viscount Harold Pembury ... Lord Pembury"), as Debrett's
# and the House of Lords write the forms of address of barons, viscounts, earls and marquesses (a duke and a
# duchess are "the Duke", "the Duchess"). Written by us.
_PEER_RANKS = {
    "lord": frozenset(["baron", "viscount", "earl", "marquess"]),
    "lady": frozenset(["baroness", "viscountess", "countess", "marchioness"]),
}
# Offices most states name alike, which a counterpart's role may be written with ("his Brazilian counterpart"
# of "Chinese President X": "Brazilian President"). Written by us.
_SHARED_OFFICES = frozenset(["president", "minister", "premier", "chancellor", "mayor", "governor"])
_COUNTERPARTS = frozenset(["counterpart", "counterparts"])  # a holder of the office of another named before
_ROYAL_STYLES = frozenset(["prince", "princess", "emir", "king", "queen"])  # ranks that are styles of royalty
# Royal and noble titles a bare mention stands for ("the Prince said", "the Duchess told"): the royal the
# article gave the title to last, by a personal name ("Prince William", "Emperor Naruhito") or by a title-name
# ("the Duke of Edinburgh"), else no one (the title is no name). Of them, the ranks a title-name is made of
# ("Prince of Wales", "Countess of Wessex"): the holder's canonical name when no personal name is given, as
# British and European court copy names them. Written by us, after the usage of the royal households' own
# circulars and of British papers.
_PEERAGE_OF = frozenset(
    ["prince", "princess", "duke", "duchess", "earl", "countess", "marquess", "marchioness"]
)
_ROYAL_TITLES = _PEERAGE_OF | {"king", "queen", "emperor", "empress"}
_ROYAL_GENDER = dict.fromkeys(["prince", "duke", "earl", "marquess", "king", "emperor"], "male")
_ROYAL_GENDER |= dict.fromkeys(
    ["princess", "duchess", "countess", "marchioness", "queen", "empress"], "female"
)
# A title-name written whole ("Prince of Wales"): a name of its own, no surname "Wales" ("Princess of Wales"
# is another person).
_TITLE_NAME = regex.compile(
    r"(?P<title>Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness)\ of(?:\ \p{Lu}\p{L}++){1,2}",
    regex.V1,
)
# A royal given a title in the article: the title, then "of" and a place (a title-name), or a style written
# before a personal name ("Prince William"; not "Duke" nor "Earl", given names too: "Earl Blumenauer").
_ROYAL_NAMED = regex.compile(
    r"""\b(?:(?P<title>Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness)
         \s++(?P<of>of\s++\p{Lu}\p{L}++(?:\s++\p{Lu}\p{L}++)?+)(?![\p{L}-])
       |(?P<title>Prince|Princess|King|Queen|Emperor|Empress)
         \s++\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,3}+)""",
    regex.VERBOSE | regex.V1,
)


# Ranks of the Shia clergy written before a name ("Hojatoleslam", "Ayatollah", "Grand Ayatollah"): how a
# cleric is addressed, which an office set off beside the name ("a member of the Assembly of Experts")
# outranks as the role. Written by us, after the usage of IRNA, Tehran Times and Iraqi English-language copy.
# Likewise the ranks of the Catholic and Orthodox hierarchies ("Cardinal", "Archbishop", "Metropolitan",
# "Monsignor"), and "Rabbi", written before a name as a style whether or not the cleric holds an office:
# "Cardinal X, the Vatican's secretary of state," holds the office set off beside the name. Written by us,
# after Vatican, Orthodox and Israeli English-language wire copy.
_CLERICAL_RANKS = frozenset(
    [
        *("hojatoleslam", "hojjatoleslam", "ayatollah", "grand", "cardinal", "archbishop", "bishop"),
        *("metropolitan", "archimandrite", "monsignor", "rabbi"),
    ]
)


def _rank_only(role: str, lex: QuoteLexicon) -> bool:
    """A title made of ranks and honorifics alone ("Senior Colonel", "Gen.", "Hojatoleslam"): how a person is
    addressed."""
    return all(
        _bare(w) in _RANKS
        or w == "-"  # "Maj.-Gen.", read as "Maj. - Gen."
        or _bare(w) in _RANK_QUALIFIERS
        or _bare(w) in _CLERICAL_RANKS
        or _bare(w) in lex.honorifics
        or _bare(w) in _HONOURS_AFTER_NAME
        for w in role.split()
    )


def _text_by_agent(toks: list[tuple[str, int, int]]) -> bool:
    """The words before an inverted speaker name a text its agent voiced, with no owner of the text named
    before ("according to a communiqué read by the EAC Secretary General, X"): the agent speaks. A text seen
    or released by someone ("a draft seen by EFE", "a statement released by the ministry") stays the mention
    as written: the one who saw or passed it on is its medium."""
    by = next((n for n, (w, _s, _e) in enumerate(toks) if w == "by"), -1)
    return by > 1 and _bare(toks[by - 1][0]) in _VOICED_BY and not any(_is_cap(w) for w, _s, _e in toks[:by])


# Participles of a text voiced by its agent ("a communiqué read by", "a speech delivered by").
_VOICED_BY = frozenset(["read", "delivered", "presented", "voiced", "spoken"])


# The capitalised words of a body's name, joined by up to two of "of", "for", "on", "and", "the" ("Ministry
# of Foreign Affairs"); ``word`` is defined by each pattern that uses it.
_BODY_NAME_WORDS = r"(?&word)(?:[ \t]++(?:(?:of|for|on|and|the)[ \t]++){0,2}+(?&word)){0,6}+"
# A body's name after an inverted role noun: "said a spokeswoman for the WHO", "said an official at the U.S.
# Embassy in Kyiv" (the place after "in" is left out); a capitalised word keeps the inner dots of an
# initialism and its last one ("U.S.") but no sentence's full stop.
_BODY_AFTER_ROLE = regex.compile(
    r"""[ \t]++(?:for|of|at|with)[ \t]++(?:the[ \t]++)?_BODY_NAME_WORDS
        (?(DEFINE)(?P<word>\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L}))*+(?:(?<=\p{Lu}\.\p{Lu})\.)?))""".replace(
        "_BODY_NAME_WORDS", _BODY_NAME_WORDS
    ),
    regex.VERBOSE | regex.V1,
)


# A body after a trailing speaker's name, closing the phrase: "said Ana Ruiz of the Lowy Institute." (the
# words read with ``organization_in``: a place or a state is none).
_BODY_AFTER_NAME = regex.compile(
    r"""[ \t]++(?:of|at|with)[ \t]++(?P<body>(?:the[ \t]++)?_BODY_NAME_WORDS)
        (?=[ \t]*+(?:[,.;:)]|$))
        (?(DEFINE)(?P<word>\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L}))*+))""".replace(
        "_BODY_NAME_WORDS", _BODY_NAME_WORDS
    ),
    regex.VERBOSE | regex.V1,
)


# Role nouns of people serving or standing by someone, whose "to ..." names them ("an aide to Ana Ruiz").
_SERVING_HEADS = frozenset(
    ["adviser", "advisers", "advisor", "advisors", "aide", "aides", "spokesperson", "spokesman",
     "spokeswoman", "counsel", "lawyer", "lawyers", "attorney", "attorneys", "ally", "allies", "confidant",
     "consultant", "strategist", "surrogate", "staffer", "staffers", "assistant", "donor", "donors"]
)  # fmt: skip
# Whom a role after a cue serves, closing the phrase: " to President Ana Ruiz" (" to both Ruizes") before a
# comma, a full stop or the window's end; titles and initials keep their dots ("to Gov. Ana B. Ruiz.").
_SERVED_AFTER_ROLE = regex.compile(
    r"""[ \t]++to[ \t]++(?:(?:(?:the|both)[ \t]++)?(?&word)(?:[ \t]++(?&word)){0,4}+
                       # "to the president", "to the Saudi ministry of investment"
                       |the[ \t]++(?:[\p{L}'’-]++[ \t]++){0,4}?[\p{L}'’-]++)(?=[ \t]*+[,.;:!?]|$)
        (?(DEFINE)(?P<word>\p{Lu}[\p{L}'’-]*+(?:\.(?=[ \t]++\p{Lu}))?))""",
    regex.VERBOSE | regex.V1,
)


# What an unnamed source knows or is close to, after the role noun: "a person familiar with the matter", "an
# official briefed on the talks", "a source close to the presidency".
_ROLE_POST_MODIFIER = regex.compile(
    r"""\s++(?:familiar\s++with|close\s++to|briefed\s++on|involved\s++in|with\s++(?:direct\s++)?knowledge\s++of
          |knowledgeable\s++about|informed\s++about|aware\s++of|privy\s++to)
        \s++[^,;:.!?\ue000\n]{2,60}?(?=\s*+(?:[,;:.!?]|$))""",
    regex.VERBOSE | regex.V1,
)
# Unnamed people before a cue, with what they know, opening their clause: ", people familiar with the matter
# said", ", diplomats briefed on the talks said" (the counted ones, "two people ...", are read elsewhere too).
_KNOWING_BEFORE = regex.compile(
    r"""(?:^|(?<=[,;:(—–]\s)|(?<=\n))
        (?P<np>(?:(?:a|an|one|two|three|four|five|six|several|some|other|many|the)\s++)?
          (?:\p{Ll}[\p{Ll}-]*+\s++){0,2}?
          (?P<head>people|persons|sources|officials|diplomats|insiders|executives|bankers|traders|analysts
            |officers|aides|lawmakers|person|source|official|diplomat|insider|executive|banker|trader|officer
            |aide|lawmaker)"""
    + _ROLE_POST_MODIFIER.pattern
    + r""")\s*+$""",
    regex.VERBOSE | regex.V1,
)
_KNOWING_REACH = 160  # characters before a cue read for the unnamed people and what they know


def _knowing_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """Unnamed people with what they know, right before the cue (:data:`_KNOWING_BEFORE`), or ``None``."""
    window_lo = max(lo, cue_start - _KNOWING_REACH)
    if not any(
        w in text[window_lo:cue_start] for w in ("familiar", "close", "briefed", "knowledge", "aware")
    ):
        return None  # (a prefilter: a word each post-modifier holds, or most)
    km = _KNOWING_BEFORE.search(text, window_lo, cue_start, timeout=_T)
    if km is None:
        return None
    np_ = km.group("np")
    words = np_.split()
    role = " ".join(words[1:]) if _bare(words[0]) in _KNOWING_DETERMINERS else np_
    return Mention(km.start("np"), km.end("np"), "role", role=role, head=km.group("head"))


_KNOWING_DETERMINERS = frozenset(["a", "an", "one", "two", "three", "four", "five", "six", "the"])
# Unnamed people after a cue, with what they know: "said a person familiar with the matter".
_PEOPLE_WHO_KNOW = regex.compile(
    r"""\s++(?P<np>(?:a|an|one|two|three|four|five|several|some|other)\s++(?:\p{Ll}++\s++)?
        (?P<head>person|people|persons|individuals?))"""
    + _ROLE_POST_MODIFIER.pattern,
    regex.VERBOSE | regex.V1,
)
# The body a source sits in, closing the phrase: "citing a source in the Azerbaijani government", "an official
# in the Chilean Defence Ministry" (capitalised words, then at most two lower-case ones).
_SOURCE_SEAT = regex.compile(
    r"""[ \t]++(?:in|within|inside)[ \t]++(?:the[ \t]++)?
        \p{Lu}[\p{L}'’-]*+(?:[ \t]++\p{Lu}[\p{L}'’-]*+){0,4}+(?:[ \t]++\p{Ll}++){0,2}+(?=[ \t]*+[,.;:]|$)""",
    regex.VERBOSE | regex.V1,
)
_AND_BODY_WORDS = 4  # capitalised words read after "and" for the rest of a body's name


def _and_after_body(toks: list[tuple[str, int, int]], a: int, lex: QuoteLexicon) -> bool:
    """``toks[a]``, an "and" read after a cue, joins one body's name (:func:`_and_in_body`) that ends with
    the run of capitalised words after it."""
    if not 0 < a < len(toks) - 1:
        return False
    e = a + 1
    while e + 1 < len(toks) and e - a < _AND_BODY_WORDS and _is_cap(toks[e + 1][0]):
        e += 1
    return _and_in_body(toks, a, e, lex)


_OFFICE_PLACE_WORDS = 6  # capitalised words read after "to" for an office's place and its holder's name


def _office_to_after(
    text: str, toks: list[tuple[str, int, int]], n: int, lex: QuoteLexicon
) -> Mention | None:
    """After a cue, an office held towards a place, then its holder: "quoted Russian Ambassador to Germany
    Ivan Petrov as saying", "said Special Envoy to the Sahel Anna Berg." (``toks[n]`` is the "to" where the
    phrase stopped); ``None`` unless a titled name is read that way."""
    if not (1 <= n < len(toks) - 2):
        return None
    prep, office = toks[n][0], _bare(toks[n - 1][0])
    if not (
        (prep == "to" and office in _TO_OFFICES) or (prep in ("in", "for") and _place_office(toks, n - 1))
    ):
        return None  # ("said Ambassador in Lisbon Ana Ruiz", "said UN envoy for Yemen Ivo Marin" too)
    e = n + 1 + (toks[n + 1][0] == "the")
    last = -1
    while e < len(toks) and e <= n + _OFFICE_PLACE_WORDS and _is_cap(toks[e][0]):
        last = e
        if _ends_sentence(toks[e][0], _titles(lex)):
            break
        e += 1
    if last < 0:
        return None
    m = _subject_at(text, toks, last, lex)
    if m is None or m.kind != "name" or not m.role or f" {prep} " not in f" {m.role} ":
        return None
    place = m.role.split(f" {prep} ", 1)[-1].split()
    # "aide to President Ana Costa": an office held towards a titled person, who is not its holder ("Adviser
    # to the President Ivo Marin" names the adviser)
    return None if place[0] != "the" and any(_title_word(_bare(w), lex) for w in place) else m


def _body_complement(toks: list[tuple[str, int, int]], n: int, lex: QuoteLexicon) -> bool:
    """``toks[n]``, "of" or "for" followed by "the", joins a capitalised institution word to the rest of its
    body's name ("Office for the Coordination of ...", "Department of the Treasury")."""
    return (
        n >= 1
        and n + 2 < len(toks)
        and toks[n][0] in ("of", "for")
        and toks[n + 1][0] == "the"
        and _is_cap(toks[n - 1][0])
        and _bare(toks[n - 1][0]) in lex.institutions
        and _is_cap(toks[n + 2][0])
    )


# A name set off by a comma after an inverted speaker's title, perhaps after the title's complement, closing
# the clause: "said the ministry's spokesman, Ivo Marin.", "said Russia's envoy to the UN, Vasily Nebenzia,".
# The name may follow a description ("said her former student, the geologist Dr. Ana Ruiz") and titles (read
# off in code), and take a complement ("..., Professor Ana Ruiz of Dover University.").
_NAME_AFTER_TITLE = regex.compile(
    r"""(?P<rest>\s++(?:to|of|for|at|in)\s++(?:(?:the\s++)?\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,4}+
                                          |the(?:\s++\p{L}[\p{L}'’-]*+){1,4}+))?  # "of the agency", "for the
                                                                         # German defence ministry"
        ,\s++(?P<desc>(?:the|an?)\s++(?:\p{Ll}[\p{Ll}-]*+\s++){1,3}+)?
        (?P<name>(?:\p{Lu}\p{Ll}{0,4}+\.\s++){0,2}+\p{Lu}[\p{L}'’-]++
          (?:\s++(?:\p{Lu}\.|(?:(?&particle)(?:-|\s++)){0,2}+\p{Lu}[\p{L}'’-]++)){1,4}+)  # "Majed al-Ansari"
        (?P<of>\s++(?:of|at|from)\s++(?:the\s++)?(?&word)(?:\s++(?:(?:of|for|and|the)\s++){0,2}+(?&word)){0,5}+)?
        (?=\s*+(?:[,.;:!?]|$))
        (?(DEFINE)(?P<word>\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L}))*+)
                  (?P<particle>al|el|ad|as|ash|at|az|bin|ibn|abu|van|von|de|da|di|du|der|den|la|le|dos|das))""",
    regex.VERBOSE | regex.V1,
)
_NAME_COMPLEMENTS = frozenset(["of", "for", "at", "from", "with"])
_MODIFIER_WORDS = 4  # words before a titled name that may still modify its title


def _modified_title(toks: list[tuple[str, int, int]], j: int, i: int, m: Mention, lex: QuoteLexicon) -> bool:
    """``m``, read from ``toks[j..i]``, is a person named with a title, and the few words before it modify
    that title: lower-case nouns and adjectives, or a body's or person's name ("Fox News legal analyst",
    "Ron Day's former press secretary"); no time, adverb or sentence opener."""
    if m.kind != "name" or j > _MODIFIER_WORDS:
        return False
    if not m.role and not (_name_run(toks, j, i, lex) and all(w.islower() for w, _s, _e in toks[:j])):
        return False  # untitled: only lower-case nouns before a full name ("said retired surgeon Ben Cole")
    for w, _s, _e in toks[:j]:
        b = _bare(w)
        if b in _TIME_WORDS or b in _CAP_STOP or b in compiled(lex).pronouns or adverb(b):
            return False
        if b in lex.auxiliaries or b in _AFTER_STOP or b in lex.determiners or b in _NOT_MODIFIERS:
            return False
    return True


# Lower-case words after a cue that say when or how, never what the speaker is ("said later Ben Cole").
_NOT_MODIFIERS = _SUBORDINATORS | frozenset(
    [
        *("today", "yesterday", "tonight", "later", "earlier", "afterward", "afterwards", "then", "now"),
        *("too", "also", "instead", "even", "only", "just", "both", "again", "once", "here", "there"),
    ]
)


def _ends_full_name(toks: list[tuple[str, int, int]], n: int, lex: QuoteLexicon) -> bool:
    """The two words before ``toks[n]`` are capitalised name words (no titles, bodies or openers): what
    follows is a complement ("of Texas", "for Morning Consult"), not part of the name."""
    if n < 2:
        return False
    titles = _titles(lex)

    def plain(w: str) -> bool:
        b = _bare(w)
        if not _is_cap(w) or w.endswith(".") or b in titles or _is_role(b, lex) or b in _CAP_STOP:
            return False
        return b not in lex.institutions and b not in lex.modifiers

    words = [w for w, _s, _e in toks[max(0, n - 3) : n]]
    if not plain(words[-1]) and not _titled_surname(words, [_bare(w) for w in words], lex):
        return False  # "Ann King of Radio Five", "Tom T. King of Ohio": a title's spelling as a surname
    if len(words) == 3 and len(words[1]) == 2 and _initial(words[1]):
        return plain(words[0])  # a middle initial: "Peter T. King"
    return plain(words[-2])


_UNNAMED_REACH = 600  # characters after an unnamed subject within which a pronoun may still mean it


class Resolver:
    """Canonical names for the mentions of one article, read in textual order."""

    def __init__(self, text: str, lo: int, lex: QuoteLexicon) -> None:
        self._text = text
        self._lo = lo
        self._lex = lex
        self._fullest: dict[str, str] | None = None
        self._folded: dict[str, str] | None = None  # unaccented surname key -> full name, when one only
        self._fullest_of: dict[str, str] = {}  # name -> what fullest() answered for it
        self._companies: dict[str, str | None] = {}  # word -> the one firm's name it opens in the article
        self._persons: list[_Named] | None = None
        self._first_at: dict[str, int] | None = None  # where each person is first named (see _first_named)
        self._titled: list[_Titled] = []
        self._apposed: list[tuple[int, Entity]] | None = None
        self._given: list[_Titled] | None = None  # the titles before names and those apposed, in order
        self._no_apposition: set[str] = set()  # names looked up for an earlier apposition in vain
        self._written: set[str] | None = None  # every person's name as a run of the article writes it
        self._titled_names: set[str] | None = None  # the names the article writes after a title
        self._headline: tuple[int, int] | None = None  # the first line's span, when it reads as a headline
        self._titled_full: list[_Titled] | None = None  # the same, each name in its fullest form
        self._expansions: dict[str, str | None] = {}  # acronym -> the name the article introduced it with
        self._unspelt: dict[str, str | None] = {}  # acronym -> a name before its brackets it does not spell
        self._openers: dict[str, str] = {}
        self._folded_openers: dict[str, str] | None = None  # _openers by the unaccented first word
        self._kin: _Kin = {}
        self._dead: frozenset[str] | None = None  # the names the article writes as those of the dead
        self._evidence: dict[str, str] = {}
        self._subjects: list[tuple[int, Entity]] | None = None
        self._apposed_runs: list[tuple[int, str, tuple[str, ...]]] | None = None  # see _apposed_runs_read
        self._described: dict[str, str] = {}  # name -> the title a sentence opened with before it
        self._said: list[tuple[int, Entity]] = []  # (mention position, entity) of every resolved speaker
        # (position, role key, mention) of speakers described, never named
        self._unnamed: list[tuple[int, str, Mention]] = []
        self._unnamed_subject = -1  # where the last of them opened a sentence ("A former diplomat dismissed")
        self._unnamed_mention: Mention | None = None  # that subject's mention
        self._unnamed_for: dict[int, Mention] = {}  # pronoun position -> the unnamed subject it means
        self._unnamed_group: Mention | None = None  # the people nobody names who spoke last ("the people")
        self._pronouns: dict[int, Entity | None] = {}
        self._quotes: tuple[list[int], list[int]] | None = None  # starts and ends of the quoted stretches
        self._entities: dict[str, Entity] = {}
        self._order: list[tuple[int, Entity]] = []
        self.last_person: Entity | None = None

    def fullest(self, name: str) -> str:
        """The longest name in the article ending with ``name``'s surname (same first word if given).

        A lone word no name ends with stands for the one name it opens, if only one does: a family name
        written first ("Xu" for "Xu Lianbo"). The answer depends on the article's names alone, read once,
        so it is kept per name: mentions ask again and again.
        """
        got = self._fullest_of.get(name)
        if got is None:
            got = self._fullest_of[name] = self._read_fullest(name)
        return got

    def _read_fullest(self, name: str) -> str:
        """:meth:`fullest`, read from the article's names (scanned on first use)."""
        if self._fullest is None:
            self._fullest, self._persons, self._openers, self._kin, self._titled = _scan_names(
                self._text, self._lo, self._lex
            )
            # a pronoun after a name with no known given name tells its gender ("Suu Kyi ... her party")
            # (by the full name, and by the surname for a name written alone: "Milton Kress", a man, is no
            # evidence for "Dana Kress", who shares the surname)
            self._evidence = {full: g for _, _key, full, g in self._persons if g and " " in full}
            self._evidence |= {key: g for _, key, full, g in self._persons if g and " " in full}
        if name in _STYLES_FOR_PERSON:
            return self._styled(name) or name
        words = name.split()
        if len(words) == 2 and words[1] in _HONORIFICS_AFTER_NAME and words[0][:1].isupper():
            # "Ahmet Bey", "Zeynep Hanım": the person the given name or surname stands for, when the
            # article names one in full
            fuller = self.fullest(words[0])
            if " " in fuller:
                return fuller
            opened = {
                full
                for full in self._fullest.values()
                if " " in full
                and _bare(full.split()[0]) == _bare(words[0])
                and full.split()[-1] not in _HONORIFICS_AFTER_NAME
            }
            return opened.pop() if len(opened) == 1 else name
        if len(words) == 2 and words[0] in _KIN_STYLES:
            # "Father Wierzbicki" after "Father Tomasz Wierzbicki", "Sister Maria" after "Sister Maria
            # Fonseca": the style before the surname or the given name of a person named in full
            styled = self.fullest(words[1])
            if styled.split()[0] in _KIN_STYLES:
                styled = self._openers.get(_bare(words[1]), styled)
            if " " in styled and styled.split()[0] not in _KIN_STYLES:
                return styled
        best = self._fullest.get(_surname_key(words))
        marked = self._fullest_unaccented(_surname_key(words))
        if marked is not None and marked != best:
            plain = unaccented(marked.casefold())
            if best is None or plain == (tail := unaccented(best.casefold())) or plain.endswith(f" {tail}"):
                best = marked  # "Aylin Gunes" is "Aylin Güneş", written earlier with its marks
        if best is not None and _generation(words) and _generation(words) != _generation(best.split()):
            return name  # "Donald Trump Jr." is not "Donald J. Trump"
        if best is None and len(words) == 1:
            best = self._openers.get(_bare(words[0])) or self._opener_unaccented(_bare(words[0]))
            if (
                best
                and _bare(words[0]) in name_genders(self._lex)
                and (_not_person(name) or _bare(best.split()[-1]) in self._lex.modifiers)
            ):
                best = None  # a given name alone is a person's: "Virginia" is no "Virginia Democratic"
            best = (
                best
                or self._inner(_bare(words[0]))
                or self._hyphen_part(_bare(words[0]))
                or self._misspelt(_bare(words[0]))
            )
            return best or name
        if best is None:
            return self._opened_by(words) or self._middle_skipped(words) or name
        if len(best.split()) <= len(words):
            if best.casefold() != name.casefold() and unaccented(best.casefold()) == unaccented(
                name.casefold()
            ):
                return best  # "Aylin Gunes" for "Aylin Güneş": the name written again without its marks
            if self._better_opened(best, words) and not self._written_alone(name):
                return best
            return self._opened_by(words, particled=True) or self._middle_skipped(words) or name
        first = _bare(words[0])
        if (
            len(words) > 1
            and not _initial(words[0])
            and _bare(best.split()[0]) != first
            and _bare(best.split()[0]) not in _PEER_RANKS.get(first, ())  # "Lady Wycliffe": "Baroness ..."
            and first not in self._lex.particles  # "De Blasio" opening a sentence: "Bill de Blasio"
            and not self._double_surname(words, best)
        ):
            return name
        return best

    def _styled(self, style: str) -> str | None:
        """The one person the article names after ``style`` ("HRH" for "HRH Prince Rashid bin Ali Al
        Khalifa"): a style written alone stands for the person styled so."""
        found = {
            full
            for at, _key, full, _g in self._persons or []
            if " " in full and style in self._text[max(0, at - _STYLE_REACH) : at + len(style) + 1].split()
        }
        return found.pop() if len(found) == 1 else None

    def _opener_unaccented(self, word: str) -> str | None:
        """The one name ``word`` opens written with or without its accents ("João" for "Joao Mendes",
        "Jose" for "José Ruiz"), as copy writes a given name again; ``None`` when several or none do."""
        if self._folded_openers is None:
            folded: dict[str, str] = {}
            for first, full in self._openers.items():
                plain = unaccented(first)
                folded[plain] = full if folded.get(plain, full) == full else ""
            self._folded_openers = folded
        return self._folded_openers.get(unaccented(word)) or None

    def _fullest_unaccented(self, key: str) -> str | None:
        """The one full name whose surname is ``key`` written with or without its accents and marked letters
        ("Kilicarslanoglu" for "Kemal Kılıçarslanoğlu", "Sengun" for "Pervin Şengün"), as copy drops them
        when it names the person again: the spelling with its marks where the article has one only, else
        the one spelling it has."""
        if self._fullest is None:
            return None
        if self._folded is None:
            groups: dict[str, list[str]] = {}
            for k in self._fullest:
                groups.setdefault(unaccented(k), []).append(k)
            self._folded = {}
            for plain, keys in groups.items():
                marked = [k for k in keys if not k.isascii()]
                if len(marked) == 1 or len(keys) == 1:
                    self._folded[plain] = self._fullest[marked[0] if marked else keys[0]]
        return self._folded.get(unaccented(key))

    def _opened_by(self, words: list[str], *, particled: bool = False) -> str | None:
        """The one fuller name ``words`` open, from a given name or a kunya ("Ana Restrepo" for "Ana Restrepo
        Vélez"); ``particled``: only where a particle or one more family name goes on from two words or more
        ("Abu Hamza" for "Abu Hamza al-Masri", "Mohd Faizal" for "Mohd Faizal Harun", though the article
        writes them alone too; not "Donald Trump" for "Donald Trump Jr.")."""
        bares = [_bare(w) for w in words]
        if (
            bares[0] not in _KUNYA
            and bares[0] not in name_genders(self._lex)
            and bares[0] not in _NAME_STYLES
        ):
            return None  # ("Die Nachfrage" for "Die Nachfrage der Airlines": no person's name)
        found = set()
        for full in (self._fullest or {}).values():
            rest = full.split()[len(words) :]
            if (
                rest
                and [_bare(w) for w in full.split()[: len(words)]] == bares
                and (
                    not particled
                    or _bare(rest[0]).split("-", 1)[0] in self._lex.particles
                    # one family name more, no generation ("Mohd Faizal" for "Mohd Faizal Harun"; not
                    # "Donald Trump" for "Donald Trump Jr.")
                    or (len(words) >= 2 and len(rest) == 1 and not _generation(full.split()))
                    # two given names before two family names ("Maria Fernanda" for "Maria Fernanda
                    # Espinosa Garcés", as Latin American copy names a person again by her given names)
                    or self._given_names_only(bares, rest)
                )
            ):
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def _given_names_only(self, bares: list[str], rest: list[str]) -> bool:
        """``bares`` are two given names and ``rest`` two family names, neither a given name ("Maria
        Fernanda", then "Espinosa Garcés"; not "Paul Ryan" in a headline's "Paul Ryan Joins Growing List")."""
        given = name_genders(self._lex)
        return (
            len(bares) == len(rest) == 2
            and all(b in given for b in bares)
            and not any(_bare(w) in given for w in rest)
            and not _generation(rest)
        )

    def _middle_skipped(self, words: list[str]) -> str | None:
        """The one fuller name a two-word mention reads with a middle name left out ("Chaudhry Akram" for
        "Chaudhry Muhammad Akram Warraich", as Pakistani copy shortens names): the same first word, then the
        second among the middle words, before the surname."""
        if len(words) != 2 or not all(_is_cap(w) for w in words):
            return None
        first, second = _bare(words[0]), _bare(words[1])
        found = {
            full
            for full in (self._fullest or {}).values()
            if len(parts := [_bare(w) for w in full.split()]) >= _SKIPPED_NAME_WORDS
            and parts[0] == first
            and second in parts[2:-1]
        }
        return found.pop() if len(found) == 1 else None

    def _double_surname(self, words: list[str], best: str) -> bool:
        """``words`` are the family names closing ``best``, which given names open ("Restrepo Vélez" for
        "Ana Lucía Restrepo Vélez", "Leitao Amaro" for "António Leitão Amaro", written again without its
        marks); not the tail of a run crossing two names ("Ted Cruz South Carolina")."""
        full = best.split()
        given = full[: -len(words)]
        return (
            [unaccented(_bare(w)) for w in full[-len(words) :]] == [unaccented(_bare(w)) for w in words]
            and _bare(given[0]) in name_genders(self._lex)
            and not any(_bare(w) in (self._fullest or {}) for w in given[1:])
        )

    def _named_like_media(self, name: str) -> bool:
        """``name`` is an outlet's name that a person of the article bears ("Bloomberg" after "Michael R.
        Bloomberg", "Fox" after "Vicente Fox"): the person."""
        return name.casefold() in _MEDIA and len(self.fullest(name).split()) > len(name.split())

    def _titled_as(self, name: str) -> bool:
        """The article writes ``name`` whole after a title ("Mayor Ihor Movchan")."""
        if self._titled_names is None:
            self.persons()
            self._titled_names = {full for _, full, _t in self._titled}
        return name in self._titled_names

    def _written_alone(self, name: str) -> bool:
        """``name`` stands in the article as a person's whole name, a run of its own ("Mayor Ihor Movchan
        told", after "Governor Oleh Movchan"): no crossing of a missing comma to be mended."""
        if self._written is None:
            self._written = {full for _, _, full, _ in self.persons()}
        return name in self._written

    def _better_opened(self, best: str, words: list[str]) -> bool:
        """``best`` opens with a given name and ``words`` (a run as long) with neither a given name nor an
        initial: "Mark Dunn" for "New Hampshire Dunn" (a run crossing a missing comma)."""
        given = name_genders(self._lex)
        if not (
            best.split()[0].casefold() in given
            and not (words[0].casefold() in given or _initial(words[0]) or len(words) == 1)
        ):
            return False
        # a run as long as the name, opened by a word no place or body is, names another person of that
        # family: "Hawa Ishag" beside "Adam Ishag" (a given name the lexicon does not know)
        return not (len(words) == len(best.split()) and all(self._given_like(w) for w in words[:-1]))

    def _given_like(self, word: str) -> bool:
        """``word`` may be a given name the lexicon lacks ("Hawa"): capitalised, alphabetic, not a verb's
        "-ing" or "-ed" form ("Railing", "Stated"), and no word the lexicon knows or a place, body or time."""
        b = _bare(word)
        lex = self._lex
        return (
            word.isalpha()
            and _is_cap(word)
            and not b.endswith(("ing", "ed"))
            and b not in _CAP_STOP
            and b not in _NOT_GIVEN
            and b not in lex.modifiers
            and b not in lex.determiners
            and b not in lex.auxiliaries
            and b not in _COPULAS
            and b not in lex.particles  # ("Al Hamwi" for "Omar al-Hamwi")
            and b not in lex.institutions
            and b not in compiled(lex).lemmas
            and b not in compiled(lex).pronouns
            and not _is_role(b, lex)
            and not _not_person(word)
        )

    def _inner(self, word: str) -> str | None:
        """The one person's full name with ``word`` inside it, neither first nor last: the name a person goes
        by ("Lula" for "Luiz Inacio Lula da Silva"; "Perez" for "Ana María Pérez Gómez", written again
        without its marks). Only words of four letters or more."""
        if len(word) < _MIN_INNER or self._fullest is None:
            return None
        plain = unaccented(word)
        found = {
            full
            for full in self._fullest.values()
            if plain in [unaccented(_bare(w)) for w in full.split()[1:-1]]
            # a person's name, opened by a given name or written after a title ("President Leonel Arboleda
            # Quintero ... Arboleda": the first of two family names, as Spanish and Portuguese copy writes it)
            and (full.split()[0].casefold() in name_genders(self._lex) or self._titled_as(full))
            and not self._titled_work(full)
        }
        return found.pop() if len(found) == 1 else None

    def _hyphen_part(self, word: str) -> str | None:
        """The one person's full name whose hyphenated surname ``word`` is a part of: a double surname written
        with one of its parts ("Balili" or "Sotto" for "Arnulfo Sotto-Balili", as Philippine and Spanish copy
        shortens it). Only words of four letters or more, and no Arabic article ("al-")."""
        if len(word) < _MIN_INNER or self._fullest is None:
            return None
        plain = unaccented(word)
        found = {
            full
            for key, full in self._fullest.items()
            if "-" in key
            and plain in unaccented(key).split("-")
            and key.split("-", 1)[0] not in _HYPHEN_PARTICLES
            and " " in full
            and (full.split()[0].casefold() in name_genders(self._lex) or self._titled_as(full))
        }
        return found.pop() if len(found) == 1 else None

    def _titled_work(self, full: str) -> bool:
        """A run that names a show, a body or a place after a person ("Rachel Maddow Show")."""
        last = _bare(full.split()[-1])
        return last in _WORK_HEADS or last in self._lex.institutions or _not_person(full)

    def _misspelt(self, word: str) -> str | None:
        """The one full name whose surname differs from ``word`` by one letter ("Wines" for "Wimes",
        "McLenney" for "McClenney"): a misspelling in the copy. Only words of five letters or more."""
        if len(word) < _MIN_MISSPELT or self._fullest is None:
            return None
        found = [
            full
            for key, full in self._fullest.items()
            if key[:1] == word[:1] and abs(len(key) - len(word)) <= 1 and _one_edit(key, word)
        ]
        return found[0] if len(found) == 1 else None

    def _entity(self, name: str, *, org: bool, gender: str = "") -> Entity:
        """The entity ``name`` stands for; ``gender`` (from "Mr.", "Mrs.") picks among people sharing
        a surname ("Mrs. Clinton" and "Mr. Clinton")."""
        name = name.removesuffix("'s").removesuffix("’s")  # "business mogul Ann Roe’s": the person
        org = org or (_not_person(name) and not self._named_like_media(name)) or _outlet_edition(name)
        if org and name in _STYLES_FOR_PERSON and self.fullest(name) != name:
            org = False  # "HRH said" after "HRH Prince Rashid bin Ali Al Khalifa": the person styled so
        if "-based " in name.casefold():
            # "the Nairobi-based Centre for Great Lakes Policy", "UAE-based Dana Gas": the seat is no part of
            # the body's name (nor of any name)
            words = name.split()
            cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.casefold().endswith("-based")), default=0)
            name = " ".join(words[cut:])
        if not org and name[:1].isupper() and (words := name.split())[0] in _STYLE_WORDS:
            # "U Kyaw Zaw Lin", "HE Saif Al Busaidi" read whole as a sentence's subject: the style before the
            # name is no part of it, as where the name's own run is read
            name = " ".join(words[_after_styles(words, 0) :])
        if not org and (titled := _TITLE_NAME.fullmatch(name)) is not None:
            gender = _ROYAL_GENDER[titled.group("title").casefold()]
            return self._entities.setdefault(name.casefold(), Entity(name=name, org=False, gender=gender))
        full = _without_stop(self.fullest(name) if not org else name)
        if not org and full == name and " " not in name and (firm := self._company_opened(name)) is not None:
            # "Lumacorp said" after "Singapore-listed Lumacorp Holdings": the firm, by its fullest name
            name = full = firm
            org = True
        if not org and full == name and _acronym(name):
            org = True  # "ONA reports", "CNN said": an acronym no person's name ends with is a body
        if not org and full == name and self._body_named(name):
            org = True  # "according to the National Teachers Association": a body's name, no person's
        if org and _acronym(name) and (named := self._expanded(name)) is not None:
            return named  # "the JCS said" after "South Korea's Joint Chiefs of Staff (JCS)"
        if org and " " in name and (fuller := self._fuller_body(name)) is not None:
            return fuller  # "the Air Force added" after "the Ukrainian Air Force said"
        if org and (described := self._described_body(name)) is not None:
            return described  # "The UN health agency said" after "The World Health Organization said"
        key = _name_key(full.split()) if not org else name.casefold()
        family = None if org else self._kin.get(key)
        if family:
            key, full = self._kin_key(key, name, full, family, gender)
        e = self._entities.get(key)
        if (
            e is None
            and not org
            and self._fullest
            and (best := self._fullest.get(key))
            and _generation(best.split())
        ):
            # "Admiral Kessler" after "Adm. Karl Kessler Jr.": the one bearer of the surname, suffix and all
            key = _name_key(best.split())
            e = self._entities.get(key)
        if (
            e is not None
            and not org
            and (full == name or name.split()[0] == full.split()[0])  # ("Adam" for "Adam Ishag")
            and e.name != full
            and len(full.split()) >= 2
            and len(e.name.split()) >= 2
            and full.split()[0] not in e.name.split()
            and e.name.split()[0] not in full.split()
            and (self._titled_as(full) or self._other_person_named(full))
        ):
            # "Mayor Ihor Movchan" or "Mayor Ihor Petro Movchan" after "Governor Oleh Movchan": another
            # person of the same surname, whose given name the table lacks (a known one goes through
            # ``_kin`` above)
            key = f"{key} {full.split()[0].casefold()}"
            e = self._entities.get(key)
        if e is None:
            org = org or _not_person(full)
            gender = (
                self._given_gender(full) or gender or self._evidence.get(full if " " in full else key, "")
            )
            e = self._entities[key] = Entity(name=self._usual_apostrophes(full), org=org, gender=gender)
        return e

    def _other_person_named(self, full: str) -> bool:
        """``full`` is a person's full name whose first word is a given name, or a capitalised word that is
        no place, body, modifier or time ("Hawa Ishag" beside "Adam Ishag"): not a run crossing a comma."""
        first = full.split()[0]
        return first.casefold() in name_genders(self._lex) or self._given_like(first)

    def _usual_apostrophes(self, name: str) -> str:
        """``name`` with each word holding an apostrophe written as the article writes it most often: a
        copy that gives "O’Dell" once and "O'Dell" three times names the person "O'Dell" (a tie keeps
        ``name``'s own form)."""
        if "'" not in name and "’" not in name:
            return name
        words = name.split()
        for k, w in enumerate(words):
            if not _INNER_APOSTROPHE.search(w):
                continue
            straight, curly = w.replace("’", "'"), w.replace("'", "’")
            n_straight, n_curly = self._text.count(straight), self._text.count(curly)
            if n_straight != n_curly:
                words[k] = straight if n_straight > n_curly else curly
        return " ".join(words)

    def _body_named(self, name: str) -> bool:
        """``name`` is a body's: two words or more, no given name first, and the head noun of a body last or
        before "of" ("National Teachers Association", "Association of Tile Makers")."""
        words = name.split()
        if len(words) < 2 or words[0].casefold() in name_genders(self._lex):
            return False
        heads = self._lex.organization_heads
        return _bare(words[-1]) in heads or ("of" in words and _bare(words[words.index("of") - 1]) in heads)

    def _company_opened(self, word: str) -> str | None:
        """The one firm's name the article writes opened by ``word`` and closed by a firm's legal form or
        trade ("Lumacorp Holdings", "Delphis Tankers", "Nordvolt AB") within three words; ``None`` when
        none or several are (read once per word: a literal scan)."""
        if word in self._companies:
            return self._companies[word]
        text, found = self._text, set[str]()
        # (a word the article also writes in lower case is a common word, no firm's: "To Address Clean ...")
        common = not word.isalpha() or word.islower() or _word_counts(text).get(word.casefold(), 0) > 0
        at = -1 if common else text.find(f"{word} ", self._lo)
        while at >= 0 and len(found) < 2:
            if at == 0 or not text[at - 1].isalnum():
                run: list[str] = []
                for w in text[at + len(word) + 1 : at + len(word) + 60].split()[:3]:
                    if not _is_cap(w):
                        break
                    run.append(w.rstrip(".,;:"))
                    if _bare(w) in _COMPANY_NAME_ENDS:
                        found.add(" ".join([word, *run]))
                        break
                    if w[-1] in ".,;:":
                        break
            at = text.find(f"{word} ", at + 1)
        got = self._companies[word] = found.pop() if len(found) == 1 else None
        return got

    def _described_body(self, name: str) -> Entity | None:
        """The body named last before the description ``name`` that it stands for ("UN health agency" for the
        World Health Organization, "U.N. nuclear watchdog" for the IAEA), or ``None``: a description nobody
        named before stays a body of its own."""
        folded = name.casefold()
        if not folded.startswith(("un", "u.n.", "the un", "the u.n.")):
            return None  # (the common case: one test, no lookup)
        bodies = _BODY_DESCRIPTIONS.get(_DESCRIPTION_KEY.sub("", folded.replace("u.n.", "un")))
        if bodies is None:
            return None
        at = self._text.find(name)
        at = at if at >= 0 else len(self._text)
        last = max(bodies, key=lambda b: self._text.rfind(b, 0, at))
        if self._text.rfind(last, 0, at) < 0:
            return None
        return self._entity(last, org=True)

    def _fuller_body(self, name: str) -> Entity | None:
        """The body last named in a fuller form of ``name`` ("Ukrainian Air Force" for "Air Force", "General
        Staff of the Armed Forces of Ukraine" for "General Staff"): its name ends with ``name`` after a
        qualifier, or opens with it before "of"; ``None`` when none was."""
        folded = name.casefold()
        for _p, e in reversed(self._order):
            if not e.org or len(e.name) <= len(name):
                continue
            full = e.name.casefold()
            if full.endswith(f" {folded}") or full.startswith(f"{folded} of "):
                return e
        return None

    def _expanded(self, acronym: str) -> Entity | None:
        """The body an acronym stands for where the article introduced it ("Joint Chiefs of Staff (JCS)"):
        the body already named so (with whatever opened its name: "South Korea's Joint Chiefs ..."), else a
        body of that name."""
        if acronym not in self._expansions:
            self._expansions[acronym] = acronym_expansion(
                self._text, acronym
            )  # once per acronym: a text scan
        full = self._expansions[acronym]
        if full is None:
            # "the Israel Defense Forces said ... The IDF said": a body named before whose initials it is
            spelt = next(
                (
                    e
                    for e in self._entities.values()
                    if e.org and _initials(e.name) == acronym.replace(".", "")
                ),
                None,
            )
            if spelt is not None:
                return spelt
            # "The Disaster and Emergency Management Authority (AFAD) said ... AFAD said": a name its
            # capitals do not spell, introduced with it in brackets (once per acronym: a text scan)
            if acronym not in self._unspelt:
                self._unspelt[acronym] = body_before_acronym(self._text, acronym, self._lex)
            full = self._unspelt[acronym]
            if full is None:
                return None
        tail = full.casefold()
        for e in self._entities.values():
            if e.org and e.name.casefold().endswith(tail):
                return e
        return self._entities.setdefault(tail, Entity(name=full, org=True))

    def _kin_key(
        self, key: str, name: str, full: str, family: dict[str, str], gender: str
    ) -> tuple[str, str]:
        """The entity key and name of one of several people sharing the surname ``key``: the one whose
        given name ``name`` opens with, else, for a bare surname, the one of ``gender`` when the surname's
        main bearer (``full``) is not."""
        words = name.split()
        first = words[0].casefold()
        if (len(words) > 1 or first == full.split()[0].casefold()) and first in family:
            return f"{key} {first}", family[first]  # "Tom Brandvold", or "Tom" alone for him
        if gender and len(words) == 1 and self._given_gender(full) not in ("", gender):
            fits = [(g, f) for g, f in family.items() if self._given_gender(f) == gender]
            if len(fits) == 1:
                return f"{key} {fits[0][0]}", fits[0][1]
        if len(words) == 1 and self._deceased(full):
            # "Jake Mendes, son of the late Antonio Mendes, ... Mendes said": the one of the family alive
            living = [(g, f) for g, f in family.items() if not self._deceased(f)]
            if len(living) == 1:
                return f"{key} {living[0][0]}", living[0][1]
        return key, full

    def _deceased(self, full: str) -> bool:
        """The article writes ``full`` as dead ("the late Antonio Mendes", "his late father, Antonio
        Mendes", "Antonio Mendes died in 2019", "Antonio Mendes, who died ...")."""
        if self._dead is None:
            self._dead = frozenset(
                m.group("name") for m in timed_matches(_DECEASED, self._text, self._lo) if m.group("name")
            )
        return any(dead == full or dead.endswith(f" {full}") for dead in self._dead)

    def _given_gender(self, name: str) -> str:
        """The gender a first name suggests, else the ending of a Slavic family name ("Aigerim Bekova"; ""
        when neither tells)."""
        words = name.split()
        if len(words) < 2:
            return ""
        return name_genders(self._lex).get(words[0].casefold(), "") or surname_gender(name)

    def plain_role(self, role: str | None) -> str | None:
        """``role`` as a title, without a clause's conjunction or time adverbial read along with it."""
        return plain_role(role, self._lex)

    def persons(self) -> list[_Named]:
        """(position, surname key, name, gender) of every personal name the article writes, in order."""
        if self._persons is None:
            self.fullest("x")
        return self._persons or []

    def mark(self) -> int:
        """How many speakers have been recorded so far (see :meth:`forget`)."""
        return len(self._said)

    def forget(self, mark: int) -> None:
        """Forget the speakers recorded since ``mark``: a report inside another speaker's report is no
        turn of its own, so no later pronoun refers back to it ("X said Y had told him ... he recalled")."""
        del self._said[mark:]

    def note(self, m: Mention, pos: int) -> Entity | None:
        """Record a named mention (or an apposition's role) and return its entity."""
        if m.name is None or m.kind not in ("name", "org"):
            return None
        said = self._text[m.start : m.end].split()
        if not said:
            return None  # a mention in the header the resolver reads blanked (a dateline's city): no speaker
        kin = self._kin_of(m) if m.kind == "name" and " " not in m.name else None
        hon = _bare(said[0])
        gender = _HONORIFIC_GENDER.get(hon, "")
        if kin is not None and kin.name is not None:
            # "Linda Roe said ... Her husband, Paul, said": Paul Roe, her husband, another than Linda Roe
            m, words = kin, kin.name.split()
            gender = _ROLE_GENDER.get(kin.role or "", "")
            key = f"{_name_key(words)} {words[0].casefold()}"
            e = self._entities.setdefault(key, Entity(name=kin.name, org=False, gender=gender))
        else:
            e = self._entity(m.name or "", org=m.kind == "org", gender=gender)
        if m.kind == "name" and m.name and " " not in m.name and e.name == m.name:
            # "Kim said" after "Unification Minister Kim Young-ho told ...", with other Kims named: a word
            # several names share stands for the one of them who spoke last
            e = self._recent_bearer(m.name) or e
        given = m.role
        if m.role:
            e.role = e.role or m.role
            e.roles.update(_role_key(w, self._lex) for w in _held_words(m.role))
        elif not e.org and not e.role:
            # a title the article gave the person before ("Kremlin spokesman Dmitry Peskov dismissed the
            # remarks. ... Peskov told reporters"): their role, though no evidence for role nouns (a title
            # read in passing would outbid the person named just before "the senator")
            e.role = given = self._title_before(e, m.start) or self._apposition_before(e, m.start)
        if given and _bare(given.split()[-1]) in _COUNTERPARTS:
            # "Minister Ana Ruiz and her Peruvian counterpart, X": X holds the same office as she does
            e.roles.update(_role_key(w, self._lex) for w in _held_words(given))
            e.roles.update(self._office_of_other(e, m.start))
            if e.role == given and (office := self._office_title_of_other(e, m.start)):
                # "Chinese President X held talks with his Brazilian counterpart Y": Y's role is "Brazilian
                # President", the office named with the counterpart's own qualifiers
                qualifiers = [
                    w for w in given.split()[:-1] if _bare(w) not in ("his", "her", "their", "its", "the")
                ]
                e.role = " ".join([*qualifiers, office])
        e.gender = gender or e.gender
        if not e.gender and not e.org:
            # "Danforth says he admires her": the pronoun opening the person's own report is theirs
            own = _OWN_CLAUSE_PRONOUN.match(self._text, m.end, min(len(self._text), m.end + 40), timeout=_T)
            if own is not None and not self._other_person_before(
                e, m.start, _PRONOUN_GENDER[own.group("pronoun")]
            ):
                # (not with another person named just before: "X died. Her colleague Y said she ...")
                e.gender = _PRONOUN_GENDER[own.group("pronoun")]
        e.last = pos
        self._order.append((pos, e))
        self._said.append((pos, e))
        if not e.org:
            self.last_person = e
        return e

    def _other_person_before(self, e: Entity, pos: int, gender: str) -> bool:
        """Another person is named shortly before ``pos`` whom a pronoun of ``gender`` after it may stand for
        ("X died on Monday. Her colleague Y said she worked hard": "she" may be X, which tells nothing of Y;
        not a person of the other gender, "Nora X spoke. Y says he admires her")."""
        lo = max(0, pos - _OWN_PRONOUN_REACH)
        own = set(e.name.split())
        genders = name_genders(self._lex)
        for run in _NAMED_BEFORE_RUN.finditer(self._text, lo, pos, timeout=_T):
            words = run.group().split()
            if (
                not own.intersection(words)
                and genders.get(words[0].casefold(), gender) == gender
                and not _not_person(run.group())
            ):
                return True
        return False

    def _office_of_other(self, e: Entity, pos: int) -> set[str]:
        """The role words of the office a counterpart holds: the title of the person titled last before
        ``pos`` ("Foreign Minister Ana Ruiz and her Ecuadorian counterpart, X": X is a foreign minister too),
        without its country ("Colombian")."""
        title = self._title_of_other(e, pos)
        if title is None:
            return set()
        return {_role_key(w, self._lex) for w in _plain_words(title) if w and _country(w) is None}

    def _title_of_other(self, e: Entity, pos: int) -> str | None:
        """The title the article gave the person titled last before ``pos`` other than ``e``, or ``None``."""
        for at, full, title in reversed(self._titles_given()):
            if at < pos and self.fullest(full) != e.name:
                return title
        return None

    def _office_title_of_other(self, e: Entity, pos: int) -> str:
        """The title of the person titled last before ``pos`` without its country, as written ("Foreign
        Minister" of "Chilean Foreign Minister Ana Ruiz"); empty when none, or when the title is all country
        or holds a possessive ("Chile's")."""
        title = self._title_of_other(e, pos)
        words = title.split() if title is not None else []
        if any(w.endswith(("'s", "’s")) for w in words):
            return ""
        k = 0
        while k < len(words) and _country(words[k].strip(",.")) is not None:
            k += 1
        if k == len(words) or _bare(words[-1]) not in _SHARED_OFFICES:
            return ""  # ("Defense Secretary": an office other states name otherwise)
        return " ".join(words[k:])

    def _kin_of(self, m: Mention) -> Mention | None:
        """A given name apposed to a kin noun with a possessive ("Her husband, Paul,") with the family name
        of the person the possessive refers to, and the kin noun as the role; ``None`` otherwise."""
        if m.name is None or _bare(m.name) not in name_genders(self._lex):
            return None
        kin = _KIN_BEFORE.search(self._text, max(0, m.start - _KIN_REACH), m.start, timeout=_T)
        if kin is None:
            return None
        if kin.group("named"):
            # "Reyland's husband, Tomas,": the family name of the person the article names so
            owner = self._entity(self.fullest(kin.group("named")), org=False)
            words = owner.name.split()
            if owner.org or _not_person(owner.name) or len(words) < 2 or words[0] == m.name:
                return None
            return attrs.evolve(m, name=f"{m.name} {words[-1]}", role=m.role or kin.group("kin"))
        gender = _PERSON_POSSESSIVES[kin.group("owner").casefold()]
        for e in self._antecedents(m.start, None, gender):
            if e.org or _not_person(e.name) or (e.gender and e.gender != gender):
                continue
            if len(e.name.split()) < 2 or e.name.split()[0] == m.name:
                return None
            return attrs.evolve(m, name=f"{m.name} {e.name.split()[-1]}", role=m.role or kin.group("kin"))
        return None

    def _in_headline(self, pos: int) -> bool:
        """``pos`` lies on the article's first line, written as a headline (no full stop ends it)."""
        if self._headline is None:
            text = self._text
            start = self._lo
            while start < len(text) and text[start].isspace():
                start += 1
            end = text.find("\n", start, start + _HEADLINE_REACH + 1)
            headline = end >= 0 and not text[start:end].rstrip().endswith(".")
            self._headline = (start, end) if headline else (0, 0)
        return self._headline[0] <= pos < self._headline[1]

    def _recent_bearer(self, word: str) -> Entity | None:
        """The person of the last few speakers whose name holds ``word`` as a word of its own."""
        for _p, x in reversed(self._said[-_SAID_REACH:]):
            if not x.org and x.name != word and word in x.name.split():
                return x
        return None

    def _apposition_before(self, e: Entity, pos: int) -> str | None:
        """The role an apposition gave the person where the article named them before ``pos`` without
        quoting them ("Ali Akbar Velayati, the Advisor to the Leader, also weighed in. ... Velayati told"),
        or a description set before the name ("confidence in his trade representative, Alan Brisco")."""
        if e.name in self._no_apposition or len(e.name.split()) < 2:
            return None
        at = self._text.find(e.name, max(0, pos - _APPOSITION_REACH), pos)
        while 0 <= at < pos:
            comma = self._comma_before(at)
            lead = (
                _DESCRIPTION_BEFORE_NAME.search(self._text, max(0, comma - 80), comma, timeout=_T)
                if comma > 0
                else None
            )
            if lead is not None and _is_role(_bare(lead.group("r").split()[-1]), self._lex):
                return lead.group("r")
            if comma > 0:
                # "received the Special Envoy of the Sultan, Sayyid Faisal bin Turki, who": an office
                toks = _tokens(self._text, max(0, comma - _OFFICE_REACH), comma)
                office = _office_closing(self._text, toks, len(toks) - 1, self._lex) if toks else None
                before = self._text[max(0, comma - len(office or "") - 5) : comma - len(office or "")].split()
                if office is not None and before and before[-1] in self._lex.determiners:
                    return office  # ("Among Republicans, X": no office)
                opening = _SENTENCE_LEAD.search(self._text, max(0, comma - _TITLE_LEAD_REACH), comma)
                if (
                    opening is not None
                    and _bare(opening.group("lead").split()[0]) not in _LEAD_PREPOSITIONS
                    and self._title_lead(opening.group("lead"))
                ):
                    # "Peru's ambassador to the UN, X, met reporters": the title opening the
                    # sentence, set off before the name
                    first, _, rest = opening.group("lead").partition(" ")
                    return rest if _bare(first) in self._lex.determiners and rest else opening.group("lead")
            at = self._text.find(e.name, at + 1, pos)
        at = self._text.find(e.name + ",", max(0, pos - _APPOSITION_REACH), pos)
        while 0 <= at < pos:
            am = _APPOSITION_AFTER_NAME.match(self._text, at + len(e.name), min(pos, at + len(e.name) + 160))
            # (a quotation's words describe no one for the writer)
            if am is not None and not self._quoted(at):
                words = am.group("r").split()
                if words[0] in ("a", "an", "the") and len(words) > 1:
                    words = words[1:]  # "X, a 61-year-old farmer in Tula,": the article before a number
                if any(_is_role(_bare(w), self._lex) for w in words[:6]):
                    return " ".join(words)
            at = self._text.find(e.name + ",", at + 1, pos)
        self._no_apposition.add(e.name)
        return None

    def _comma_before(self, at: int) -> int:
        """Where the comma setting off the name at ``at`` stands, past honorifics before the name (", Sayyid
        Faisal"); -1 when no comma does."""
        words = self._text[max(0, at - _HONORIFICS_REACH) : at].split(" ")
        k = len(words) - 1  # (the last piece is the empty string before the name)
        while k > 1 and _bare(words[k - 1]) in self._lex.honorifics:
            k -= 1
        comma = at - len(" ".join(words[k:])) - 2
        return comma if k > 0 and self._text[comma : comma + 1] == "," else -1

    def _apposed_runs_read(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """The names set off by commas after the description opening their sentence (see
        :func:`apposed_subjects`), scanned once per article: titles, apposed people and subjects read them."""
        if self._apposed_runs is None:
            self._apposed_runs = apposed_subjects(self._text, self._lo)
        return self._apposed_runs

    def _titles_given(self) -> list[_Titled]:
        """(position, name, title) of every person the article titles: a title written before the name
        ("Foreign Minister Ana Ruiz"), a description opening the sentence before it, set off by commas
        ("Uganda's Foreign Minister, Ana Ruiz, toured ..."), or one set off after the name ("Ana Ruiz, the
        trade minister, toured ..."), in reading order."""
        if self._given is None:
            self.persons()  # the scan of the article's names, titles included
            apposed: list[_Titled] = []
            for p, whole, opened in self._apposed_runs_read():
                cut = _apposed_name(opened, self._lex)
                if cut < 0:
                    continue
                run = list(opened[cut:])
                words = whole.split()
                k = _other_conjunct(words, 0, self._lex)  # ("X and her counterpart": the last conjunct)
                while 0 < k < len(words) - 1 and _bare(words[k]) in self._lex.determiners:
                    k += 1
                lead = " ".join(words[k:]) if k else whole
                if lead and self._title_lead(lead) and self._titled_name(run):
                    apposed.append((p, " ".join(run), lead.removeprefix("The ").removeprefix("the ")))
            for p, _key, full, _gender in self.persons():
                # "Ilse Marrow, the trade minister, visited ...": a description set off after the name
                # (the name may follow its title: "Sir Ewan Dalgleish, the party's leader, ...")
                at = self._text.find(full + ",", p, p + len(full) + _TITLE_BEFORE_NAME_CHARS)
                if (
                    " " not in full
                    or at < 0
                    or any(_is_role(_bare(w), self._lex) for w in self._text[p:at].split())
                ):
                    continue  # (a title before the name is the one given: "Senator X, Republican of Y,")
                end = at + len(full)
                am = _APPOSITION_AFTER_NAME.match(self._text, end, min(len(self._text), end + 160))
                words = am.group("r").split() if am is not None else []
                if (
                    am is not None
                    # an article or a title opens it ("the trade minister", "Minister of Trade"; not "among
                    # black voters")
                    and (
                        am.start("r") > end + 2
                        or (words[0][:1].isupper() and _is_role(_bare(words[0]), self._lex))
                        # a state's possessive before a role noun ("Kenya's ambassador to Ethiopia")
                        or (
                            len(words) > 1
                            and words[0][:1].isupper()
                            and words[0].endswith(("'s", "’s"))
                            and self._a_state(words[0][:-2])
                            and _bare(words[1]) in self._lex.roles
                        )
                    )
                    and any(_is_role(_bare(w), self._lex) for w in words[:6])
                ):
                    apposed.append((p, full, " ".join(words)))
            apposed.extend(self._worked_titles())
            titled = [  # ("Pope Leo": a one-word name titled, when no fuller name of it is written; not
                # "President Obama", whose fuller name's own title reads it)
                t
                for t in self._titled
                if " " in t[1] or " " not in self.fullest(t[1])
            ]
            self._given = sorted([*titled, *apposed], key=lambda t: t[0])
        return self._given

    def _worked_titles(self) -> list[_Titled]:
        """(position, name, agent noun) of each person named in full as the subject of a verb in the present
        whose doer is a role noun ("Juan Ortiz, 54, farms maize": farmer; "Ana Ruiz teaches at the village
        school": teacher), for a role noun later that no title names ("the farmer says")."""
        out: list[_Titled] = []
        for p, _key, full, _gender in self.persons():
            at = self._text.find(full, p, p + len(full) + _TITLE_BEFORE_NAME_CHARS)
            if " " not in full or at < 0:
                continue
            vm = _WORKING_VERB.match(self._text, at + len(full), min(len(self._text), at + len(full) + 40))
            if vm is None or vm.group("next") in _NOT_WORK_OBJECTS:
                continue  # ("X manages to", "X says that": no work)
            noun = _agent_noun(vm.group("verb"), self._lex)
            if noun is not None:
                out.append((p, full, noun))
        return out

    def _apposed_people(self) -> list[tuple[int, Entity]]:
        """(position, person) of each name set off by commas after a description opening its sentence,
        when the description opens with a determiner and ends with a noun ("The moderator, Amelia Grant,")."""
        if self._apposed is None:
            self._apposed = []
            for p, lead, opened in self._apposed_runs_read():
                words = lead.split()
                cut = _apposed_name(opened, self._lex)
                if (
                    len(words) < 2
                    or cut < 0
                    or (
                        _bare(words[0]) not in ("the", "a", "an", "his", "her", "its", "one", "another")
                        and not words[0].endswith(("'s", "’s"))  # "Easley's colleague, Park Won-gon,"
                    )
                ):
                    continue
                run = list(opened[cut:])
                if not (words[-1].isalpha() and words[-1].islower()):
                    continue
                if self._titled_name(run):
                    self._apposed.append((p, self._entity(self.fullest(" ".join(run)), org=False)))
                elif len(run) == 1 and (gender := name_genders(self._lex).get(run[0].casefold(), "")):
                    # "His wife, Leila, is less impressed": a given name alone, apposed, is a person too
                    self._apposed.append((p, self._entity(run[0], org=False, gender=gender)))
        return self._apposed

    def _titled_name(self, run: list[str]) -> bool:
        """The words after a title set off by commas are a person's name: two to four plain capitalised words,
        no determiner or count first ("Another Ruiz email")."""
        return (
            2 <= len(run) <= _MAX_NAME_WORDS
            and _plain_name(run, self._lex)
            and _bare(run[0]) not in self._lex.determiners
            and _bare(run[0]) not in _QUANTIFIERS
            and _bare(run[0]) not in _NOT_TITLE_OPENERS
        )

    def _title_before(self, e: Entity, pos: int) -> str | None:
        """The title written before the person's name the last time the article titled them before ``pos``."""
        if self._titled_full is None:
            # ("Foreign Minister Ana Ruiz and her Peruvian counterpart, X, met ...": a description set off
            # before the name too)
            self._titled_full = [(at, self.fullest(full), title) for at, full, title in self._titles_given()]
        for at, full, title in reversed(self._titled_full):
            if at < pos and full == e.name:
                return _clean_title(plain_role(title, self._lex) or title, self._lex)
        return None

    def unnamed_again(self, m: Mention, pos: int) -> Mention | None:
        """The described speaker nobody names that a definite role noun at ``pos`` repeats ("A senior
        Foreign Ministry official told reporters ... the official said"): the last such speaker with that
        noun, when no one else has spoken since."""
        said = [_bare(w) for w in self._text[m.start : m.end].split()]
        if said[:1] != ["the"] or not all(w in _GENERIC_MODIFIERS for w in said[1:-1]):
            return None
        # (or "one of the officials said ... the official said": one of several, the noun in the plural)
        nouns = (m.head, f"{m.head}s")
        last = next(((p, described) for p, k, described in reversed(self._unnamed) if k in nouns), None)
        if last is None or last[0] >= pos or any(last[0] < p < pos for p, _e in self._said[-_SAID_REACH:]):
            return None
        if any(last[0] < p < pos and k not in nouns for p, k, _m in self._unnamed[-_SAID_REACH:]):
            return None  # another unnamed speaker since ("a diplomat ... an aide said ... the diplomat")
        return last[1]

    def unnamed_antecedent(self, pos: int) -> Mention | None:
        """The described speaker nobody names ("The representative of Peru said ...") that the pronoun at
        ``pos`` means, when :meth:`pronoun` found no named person for it."""
        return self._unnamed_for.get(pos)

    def pronoun(self, m: Mention, pos: int, recent: Entity | None) -> Entity | None:
        """The person a pronoun refers to: the nearest compatible speaker or sentence subject before it,
        else the last speaker, else a person named nearby."""
        if pos in self._pronouns:
            return self._pronouns[pos]  # a carried turn asks again about the same pronoun
        info = compiled(self._lex).pronouns.get(m.head)
        if info is None:
            return None
        _number, gender, _person = info
        if m.head in ("i", "me", "you"):
            return None
        if m.head == "it" and _DUMMY_IT.match(self._text, m.end) is not None:
            return None  # "It seems unfair to tell them: ...": no one's words
        if m.head in ("it", "they", "them", "we"):
            if m.head == "it" and recent is not None and recent.org:
                self._said.append((pos, recent))
                return recent  # "The ministry said ... It added": the body that spoke last
            if m.head == "it" and (body := self._singular_body_opening(pos)) is not None:
                return body  # "Russia has deployed what it calls ...": the state the sentence opens with
            if (
                m.head == "it"
                and (start := max(self._sentence_start(pos), self._lo)) > self._lo + 1
                and (body := self._singular_body_at(max(self._sentence_start(start - 2), self._lo), start))
            ):
                # "The Foreign Ministry summoned the envoy. In a statement, it said ...": the body the
                # sentence before opens with
                self._said.append((pos, body))
                return body
            if m.head == "they" and (group := self._plural_body_opening(pos)) is not None:
                return group  # "The Houthis fired drones at vessels they say are linked to Israel"
            if m.head == "they" and (group := self._owned_group_opening(pos)) is not None:
                return group  # "Ruiz's campaign is contrasting her plan with what they call .."
            if (
                m.head == "they"
                and self._text[m.start : m.end].casefold() == "they"  # (not "their assurances")
                and self._unnamed_group is not None
                and 0 <= pos - self._unnamed_group.start <= _UNNAMED_REACH
            ):
                # "..., said the people, speaking anonymously. No decision has been made, they said":
                # the people nobody names who spoke last
                self._unnamed_for[pos] = self._unnamed_group
            return None
        owned = _POSSESSED_ROLE_BEFORE.search(self._text, max(0, pos - _OWNER_REACH), pos, timeout=_T)
        if (
            owned is not None
            and _is_role(_bare(owned.group("noun")), self._lex)
            and not self._participle_owner(owned, pos, gender)
        ):
            self._pronouns[pos] = None
            return None  # "When I put it to her spokesman, he replied": the unnamed aide just named
        topic = _TOPIC_BEFORE.search(self._text, max(0, pos - _OWNER_REACH), pos, timeout=_T)
        if topic is not None and (held := self._topic_person(topic.group("name"), gender)) is not None:
            # "As for Ruiz, he said he was not worried": the person the phrase turns to
            self._pronouns[pos] = held
            self._said.append((pos, held))
            return held
        found: Entity | None = None
        introduced = self._introduced_before(pos, gender) if gender else None
        candidates = [introduced] if introduced is not None else self._antecedents(pos, recent, gender)
        if introduced is None and gender and (newcomer := self._newcomer_before(pos)) is not None:
            # "Gov. X said ... In Dover, boat captain Luis Tran, 61, rode out the storm. “...,” he said": the
            # person the sentence before brings in, reporting nothing, before the last speaker
            candidates = [newcomer, *(e for e in candidates if e is not newcomer)]
        for e in candidates:
            if gender and (
                (e.gender and e.gender != gender)
                # ("the spokeswoman" is no "he"; a woman's given name outweighs "chairman", as Hong Kong
                # copy titles women)
                or (_role_gender(e.role) not in ("", gender) and e.gender != gender)
                or e.org
                or _not_person(e.name)
                or _outlet(e.name)
                or _plural_group(e.name, self._lex)
                or _body_like(e.name, self._lex)
            ):
                # "he" is no woman, and no newspaper, broadcaster ("KXYZ-TV reported"), state or group of
                # people ("The Europeans derided the deal")
                continue
            if gender and not e.gender:
                # "X (gender unknown) said ... Sandra Roe was furious. “...,” she said": a person of the
                # pronoun's gender named since is nearer than one whose gender is unknown
                e = self._gendered_since(e, pos, gender) or e
                e.gender = e.gender or gender
            found = e
            break
        if (
            found is not None
            and (since := self._unnamed_subject) > self._last_seen(found, pos)
            and _PERSON_NOUN_GENDER.get(
                (self._unnamed_mention.head if self._unnamed_mention else "") or "", ""
            )
            in ("", gender)  # ("A woman described it. “...,” he said": not her)
            and found.name.split()[-1]
            not in self._text[since:pos]  # ("... said Ruiz misspoke ... her claim")
            and not self._participle_owns_unnamed(pos, gender)  # ("Speaking with her lawyer, she said")
        ):
            found = None  # "X said ... A former diplomat dismissed it. “...,” he told Dawn": the unnamed one
        if (
            found is None
            and self._unnamed_mention is not None
            and 0 <= self._unnamed_subject < pos <= self._unnamed_subject + _UNNAMED_REACH
        ):
            self._unnamed_for[pos] = self._unnamed_mention
        self._pronouns[pos] = found
        if found is not None:
            self._said.append((pos, found))
            if not found.role and found.name in self._described:
                found.role = self._described[found.name]  # "Iran's foreign minister, X, toured ... He said"
            if not found.role and not found.org:
                # "Foreign Minister X rejected it, and he said"; "The talks were hosted by Oman's foreign
                # minister, X. He said"
                found.role = self._title_before(found, pos) or self._apposition_before(found, pos)
        return found

    def unnamed_group_spoke(self, m: Mention) -> None:
        """Record that people nobody names spoke, as the plural role noun ``m`` ("two officials", "the
        people"), for a "they" after them (see :meth:`pronoun`)."""
        self._unnamed_group = m

    def _participle_owner(self, owned: regex.Match[str], pos: int, gender: str) -> bool:
        """The possessive of ``owned`` is the pronoun at ``pos`` itself: it stands in a participle opening
        the pronoun's sentence, whose subject the pronoun is, with the pronoun's gender ("Turning to his
        opponent, he added": he turned, to another)."""
        lead = self._text[self._sentence_start(pos) : owned.start()].split()
        return (
            0 < len(lead) <= 2
            and lead[0][:1].isupper()
            and lead[0].endswith("ing")
            and _PRONOUN_GENDER.get(owned.group("owner"), "") == gender
        )

    def _participle_owns_unnamed(self, pos: int, gender: str) -> bool:
        """The unnamed person last described is owned by the pronoun at ``pos`` itself, in a participle
        opening its sentence ("Speaking with her lawyer, she said": the lawyer is someone else's)."""
        um = self._unnamed_mention
        if um is None or not gender or not self._sentence_start(pos) <= um.start < pos:
            return False
        owned = _POSSESSED_ROLE_BEFORE.search(self._text, max(0, um.start - 8), um.end + 1, timeout=_T)
        return owned is not None and self._participle_owner(owned, pos, gender)

    def _topic_person(self, name: str, gender: str) -> Entity | None:
        """The person a topic phrase names ("As for Ana Ruiz,"), if the article names such a person and the
        pronoun's gender does not rule them out; ``None`` otherwise."""
        words = name.split()
        if self._fullest is None:
            self.fullest(name)
        if self._fullest is None or _surname_key(words) not in self._fullest or _not_person(name):
            return None
        e = self._entity(self.fullest(name), org=False)
        if e.org or (gender and e.gender and e.gender != gender):
            return None
        return e

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` opens: after the last ". " or line break before it."""
        dot = self._text.rfind(". ", 0, pos)
        return max(dot + 2 if dot >= 0 else 0, self._text.rfind("\n", 0, pos) + 1)

    def _named_in_fronted_phrase(self, e: Entity, m: Mention) -> bool:
        """``e`` is named in a phrase set off by a comma before the subject ``m`` in its own sentence ("After
        meeting Minister X, the minister said"): the subject is someone else."""
        start = self._sentence_start(m.start)
        phrase = self._text[start : m.start].rstrip()
        opener = phrase.split(maxsplit=1)[0].casefold() if phrase else ""
        # (a clause with its own subject may name the speaker: "When Minister X landed, the minister said")
        if not phrase.endswith(",") or not (opener in _FRONTED_PREPOSITIONS or opener.endswith("ing")):
            return False
        persons = self.persons()
        k = bisect.bisect_left(persons, start, key=lambda named: named[0])
        return any(p < m.start and self.fullest(name) == e.name for p, _key, name, _g in persons[k:])

    def _plural_body_opening(self, pos: int) -> Entity | None:
        """The body named in the plural ("The Houthis") opening the sentence at ``pos``, or ``None``."""
        start = self._sentence_start(pos)
        run = _CAPITALISED_RUN.match(self._text, start, pos, timeout=_T)
        if run is None:
            return None
        name = _DETERMINER_OPENING.sub("", run.group())
        if (
            not name.endswith("s")
            or organization_in(f"{name} spokesperson", self._lex) != name
            or self._a_state(name)
        ):
            return None
        return self._entity(name, org=True)

    def _singular_body_opening(self, pos: int) -> Entity | None:
        """The state or body that opens the sentence at ``pos`` as its subject ("Russia has deployed what
        it calls", "The United States said it would"), a verb right after its name, or ``None``; a body
        named in the plural is "they" (see :meth:`_plural_body_opening`)."""
        return self._singular_body_at(max(self._sentence_start(pos), self._lo), pos)

    def _singular_body_at(self, start: int, lim: int) -> Entity | None:
        """The state or body named at ``start`` as the subject of a verb before ``lim``, or ``None``."""
        run = _CAPITALISED_RUN.match(self._text, start, lim, timeout=_T)
        if run is None or _VERB_AFTER_SUBJECT.match(self._text, run.end(), lim) is None:
            return None
        name = _DETERMINER_OPENING.sub("", run.group())
        if not self._a_state(name) and (
            name.endswith("s") or organization_in(f"{name} spokesperson", self._lex) != name
        ):
            return None
        return self._entity(name, org=True)

    def _owned_group_opening(self, pos: int) -> Entity | None:
        """The people a named owner's group noun opening the sentence at ``pos`` stands for ("Ruiz's
        campaign", "Lee's allies"), with the words as written, or ``None``."""
        start = max(self._sentence_start(pos), self._lo)
        owned = _OWNED_GROUP.match(self._text, start, pos, timeout=_T)
        if owned is None or _not_person(owned.group("owner")):
            return None
        return self._entity(owned.group("group"), org=True)

    def _gendered_since(self, e: Entity, pos: int, gender: str) -> Entity | None:
        """The person of ``gender`` named last between where ``e`` was last seen and ``pos``, or ``None``."""
        since = self._last_seen(e, pos)
        if since < 0:
            return None
        persons = self.persons()
        k = bisect.bisect_right(persons, since, key=lambda named: named[0])
        best: tuple[str, str] | None = None
        while k < len(persons) and persons[k][0] < pos:
            at, key, name, g = persons[k]
            if (
                (g or self._given_gender(name)) == gender
                and self.fullest(name) != e.name
                and not _not_person(name)
                and _opens_sentence(self._text, at)  # the subject of its sentence, not a passing mention
                and not any(
                    _bare(w) in self._lex.organization_heads for w in name.split()
                )  # "Cornell University"
            ):
                best = key, name
            k += 1
        if best is None:
            return None
        found = self._entities.get(best[0]) or self._entity(self.fullest(best[1]), org=False)
        return None if found.org or (found.gender and found.gender != gender) else found

    def hearer(self, name: str, pos: int) -> None:
        """A person asked a question at ``pos`` ("X asked Sanders whether ..."): the one a pronoun in the
        answer most likely refers to, so the nearest salient person from there on."""
        words = name.split()
        if not words or not all(_is_cap(w) for w in words) or _not_person(name):
            return
        if _bare(words[0]) in _CAP_STOP or _bare(words[0]) in _NO_HEARER_START:
            return  # a headline's "Got Asked About Donald Trump": no hearer
        if len(words) == 1 and _bare(words[0]) in compiled(self._lex).pronouns:
            return
        e = self._entity(self.fullest(name), org=False)
        if not e.org:
            self._said.append((pos, e))

    def answerer(self, e: Entity, pos: int) -> None:
        """``e`` answers the question put at ``pos`` (an interviewer's, "“Is that a yes?” the host asked"):
        the nearest person a pronoun in the answer refers to."""
        self._said.append((pos, e))

    def subjects(self) -> list[tuple[int, Entity]]:
        """(position, entity) of the people named as the subject opening a sentence, in order."""
        if self._subjects is None:
            keys = {key for _, key, _, _ in self.persons()}
            self._subjects = []
            bridge = (_bridge_starts(self._lex), self._bridge)
            cues = compiled(self._lex).lemmas
            for p, run in sentence_subjects(self._text, self._lo, bridge):
                # "Ana Ruiz Calls Tom Hale ...": a title-case headline's subject ends at its verb
                words = _verb_pieces(list(run), p, cues)[0][1]
                if _bare(words[0]) in _NOT_SUBJECT:
                    continue  # "After Hillary Clinton ...", "Like Obama, ...": the name is no subject
                if len(words) == 2 and _bare(words[0]) in ("the", "a", "an", "this", "that"):
                    words = words[1:]  # "The Obama administration said": the person it names, no "The Obama"
                unknown = _surname_key(list(words)) not in keys
                if unknown and len(words) == 1 and (alone := self._opened_name(words[0])) is not None:
                    # "Bambang Hadiprojo said ... Bambang was more direct": the given name alone
                    words, unknown = alone.split(), False
                    keys.add(_surname_key(words))
                if unknown and len(words) == 1 and self._lone_name(words[0], p):
                    # "Daniel will drive her.": a given name alone, its verb next
                    e = self._entity(
                        words[0], org=False, gender=name_genders(self._lex).get(_bare(words[0]), "")
                    )
                    if not e.org:
                        self._subjects.append((p, e))
                    continue
                if unknown and len(words) == 1 and self._lone_surname(words[0], p):
                    # "Reyland defied the question. “...,” he said": a surname alone, a past verb next
                    e = self._entity(words[0], org=False)
                    if not e.org:
                        self._subjects.append((p, e))
                    continue
                if unknown:
                    if not self._unknown_person(words, p):
                        continue
                    keys.add(_surname_key(list(words)))
                cut = max((i + 1 for i, w in enumerate(words) if _title_word(_bare(w), self._lex)), default=0)
                cut = max(cut, _possessive_cut(list(words)))  # "Harbour News’ Ana Ruiz": the owner is no name
                names = list(words[cut:])  # "Supreme Court Justice Harlan Voss": the name after the title
                if not names or _surname_key(names) not in keys:
                    continue
                hon = _HONORIFIC_GENDER.get(_bare(words[cut - 1]), "") if cut else ""
                e = self._entity(" ".join(names), org=False, gender=hon)
                if not e.org:
                    self._subjects.append((p, e))
                    if unknown and (role := self._role_apposition(p + len(" ".join(words)))) is not None:
                        self._described.setdefault(e.name, role)  # "Ana Ruiz, a lecturer at ..., is wary"
            for p, lead, opened in self._apposed_runs_read():
                cut = _apposed_name(opened, self._lex)
                run = opened[cut:]  # "Niger's leader, Gen. Ali Sani, ...": the name after the rank
                if cut < 0 or not run:
                    continue
                # "Iran's foreign minister, Abbas Araghchi, toured ...", "For Gabuev, none of this ...": the
                # person described or whose view the sentence gives
                titled = bool(lead) and self._title_lead(lead)
                # "Recently, Ann Lee, the radio host, was asked ...": a leading word, then the subject (after
                # a longer phrase the name may be apposed to its noun: "Along with her husband, Tom Lee, she")
                phrase = len(lead.split()) == 1 and leading_word(lead.casefold())
                if (
                    lead
                    and not titled
                    and not phrase
                    and not any(_is_role(_bare(w), self._lex) for w in lead.split()[-4:])
                    and _bare(lead.split()[-1]) not in _PERSON_NOUNS  # "One local woman, Ann Lee, ..."
                    and _PERSON_DESCRIPTION.fullmatch(lead, timeout=_T) is None  # "His guest, Ivan Roe, ..."
                ):
                    continue
                unknown = _surname_key(list(run)) not in keys
                if unknown:
                    # "For Awa Diop, an economist in Dakar, the plan ...": a person whose given name is
                    # unfamiliar, described by the apposition after the name; "Uganda's Foreign Minister,
                    # Florence Birungi, toured ...": one titled by the description before the name
                    if titled and self._titled_name(list(run)):
                        pass
                    elif (lead and not phrase) or cut or not self._unknown_person(run, p):
                        continue
                    keys.add(_surname_key(list(run)))
                e = self._entity(" ".join(run), org=False)
                if not e.org:
                    self._subjects.append((p, e))
                    if titled:
                        self._described.setdefault(e.name, lead.removeprefix("The ").removeprefix("the "))
                    elif cut and opened[0][:1].islower():
                        self._described.setdefault(e.name, " ".join(opened[:cut]))  # "military analyst"
                    elif (unknown or phrase) and (role := self._role_apposition(p + len(" ".join(run)))):
                        self._described.setdefault(e.name, role)  # "For Ana Ruiz, an economist, ..."
            self._subjects.sort(key=lambda pe: pe[0])
        return self._subjects

    def _opened_name(self, word: str) -> str | None:
        """The one person's name of two or three plain words that ``word`` opens in the article ("Bambang"
        for "Bambang Hadiprojo", who spoke before), when ``word`` opens a sentence alone; else ``None``."""
        self.persons()  # the scan of the article's names
        full = self._openers.get(_bare(word))
        if not full or full.split()[0] != word or not 2 <= len(full.split()) <= 3:
            return None
        if not _plain_name(full.split(), self._lex) or _not_person(full):
            return None
        # a person the article named as one (a given name, a title) or who spoke ("Compaq Computer" is none)
        key = _bare(full.split()[-1])
        known = self._entities.get(key)
        if (known is not None and not known.org) or any(n == full for _, _, n, _ in self.persons()):
            return full
        return None

    def _lone_name(self, word: str, p: int) -> bool:
        """One capitalised word opening a sentence is a person's name: a given name with a verb after it
        ("Daniel will drive her"), and no place, body, title or role."""
        bare = _bare(word)
        if (
            not self._text.startswith(word, p)
            or bare in _CAP_STOP
            or bare in _NOT_SUBJECT
            or bare in compiled(self._lex).pronouns
            or _is_role(bare, self._lex)
            or _title_word(bare, self._lex)
            or bare in self._lex.institutions
            or _not_person(word)
            or _demonym(word)
        ):
            return False
        end = p + len(word)
        if _LONE_VERB_NEXT.match(self._text, end, min(len(self._text), end + 40), timeout=_T) is None:
            return False
        return bare in name_genders(self._lex)

    def _lone_surname(self, word: str, p: int) -> bool:
        """One capitalised word opening a sentence is a person's surname: a verb in the past tense follows
        ("Reyland defied the question"), the article writes the word nowhere else, in lower case or after
        another name, and it is no given name, place, body, title, role, plural noun or participle."""
        bare = _bare(word)
        if (
            not word.isalpha()
            or not word[1:].islower()
            or not self._text.startswith(word, p)
            or bare in _CAP_STOP
            or bare in _NOT_SUBJECT
            or bare in _TIME_HEADS
            or bare in compiled(self._lex).pronouns
            or _is_role(bare, self._lex)
            or _title_word(bare, self._lex)
            or bare in self._lex.institutions
            or bare in name_genders(self._lex)
            or _not_person(word)
            or _demonym(word)
            or leading_word(bare)
            or adverb(bare)
            or bare.endswith("s")  # "Friends called", "Eyebrows rose": a plural noun, no one person
            or bare in _IRREGULAR_PAST  # "Left stranded ...": a participle opening a phrase
        ):
            return False
        counts = _word_counts(self._text)
        if counts.get(word, 0) != 1 or counts.get(bare, 0) or _written_after_a_name(self._text, word):
            return False
        end = p + len(word)
        verb = _PAST_VERB_NEXT.match(self._text, end, min(len(self._text), end + 40), timeout=_T)
        return verb is not None and verb.group().strip().endswith("ed")

    def _unknown_person(self, words: list[str] | tuple[str, ...], p: int) -> bool:
        """Two or three plain capitalised words opening a sentence are a person though the given name is
        unfamiliar when a verb follows ("Mykola Hrytsenko stood outside ...", "Amara Nwosu runs ..."), a
        relative clause of persons ("Kwame Asante, who runs a clinic, ...") or an apposition giving them a
        role ("Koffi Mensah, a lecturer at the university, ..."): no title, body, place, role or time word
        among them."""
        if not 2 <= len(words) <= 3 or not _plain_name(list(words), self._lex):
            return False
        if _bare(words[0]) in self._lex.determiners or _bare(words[0]) in _QUANTIFIERS:
            return False  # "Many Mexicans", "Other netizens": people, but no one person
        name = " ".join(words)
        end = p + len(name)
        if not self._text.startswith(name, p) or _not_person(name):
            return False
        hi = min(len(self._text), end + _APPOSITION_ROLE_REACH)
        return (
            _LONE_VERB_NEXT.match(self._text, end, hi) is not None
            or _WHO_NEXT.match(self._text, end, hi) is not None
            or _AGE_NEXT.match(self._text, end, hi) is not None
            or self._role_apposition(end) is not None
            or self._kin_apposition(end)
        )

    def _apposed_words(self, end: int) -> list[str] | None:
        """The words of an apposition set off by commas right after ``end`` ("X, a professor at ..., "), or
        ``None`` when none is ("X, who ...": a relative clause is none)."""
        hi = min(len(self._text), end + _APPOSITION_ROLE_REACH)
        try:
            am = _APPOSITION_AFTER_NAME.match(self._text, end, hi, timeout=_T)
        except TimeoutError:
            return None
        if am is None or not self._text.startswith(",", am.end() - 1):
            return None
        return am.group("r").split()

    def _kin_apposition(self, end: int) -> bool:
        """An apposition set off by commas right after ``end`` describes a person by kin or as a person
        ("Obeida Mazen, the brother of the victims, ...", "Ana Ruiz, a mother of three, ...")."""
        words = self._apposed_words(end)
        return words is not None and any(
            _bare(w) in _KIN_NOUNS or _bare(w) in _PERSON_NOUNS for w in words[:3]
        )

    def _role_apposition(self, end: int) -> str | None:
        """The role an apposition set off by commas right after ``end`` gives a person: its words, when a
        role noun is among the first four ("a professor at ...", "the union's chief negotiator")."""
        words = self._apposed_words(end)
        if words is None:
            return None
        return " ".join(words) if any(_is_role(_bare(w), self._lex) for w in words[:4]) else None

    def _title_lead(self, lead: str) -> bool:
        """A description opening a sentence before a name is a title: a role noun at its end and nothing but
        modifiers, possessives and capitalised words before it ("Iran's foreign minister"), no verb."""
        words = lead.split()
        if (
            "\n" in lead
            or "  " in lead
            or len(words) > _TITLE_LEAD_WORDS
            or _bare(words[0]) in _NOT_TITLE_OPENERS
        ):
            return False
        lex = self._lex
        # "Uganda's Minister of State for Regional Cooperation": a capitalised office and its complement
        head = next(
            (
                n
                for n in range(1, len(words) - 1)
                if (
                    words[n] in ("of", "for")
                    or (words[n] == "to" and _bare(words[n - 1]) in _TO_OFFICES)  # "ambassador to the UN"
                )
                and _is_role(_bare(words[n - 1]), lex)
                # (in lower case too: "The minister of defence", "The president of the ECOWAS Commission")
                and all(
                    _is_cap(w) or w in _OFFICE_LINKS or _bare(w) in _BODY_COMPLEMENT_ENDS or w.isalpha()
                    for w in words[n + 1 :]
                )
                and (
                    _is_cap(words[-1])
                    or _bare(words[-1]) in _BODY_COMPLEMENT_ENDS
                    or _bare(words[-1]) in lex.organization_heads  # "of the regional commission"
                )
            ),
            len(words),
        )
        words = words[:head]
        if len(words) > _TITLE_LEAD_HEAD or not _is_role(_bare(words[-1]), lex):
            return False
        return all(
            _is_cap(w)
            or w.endswith(("'s", "’s"))
            or b in lex.determiners
            or b in lex.modifiers
            or _is_role(b, lex)
            or (n >= len(words) - 3 and _compound_noun(w))  # "Labour's shadow trade secretary"
            for n, (w, b) in enumerate((w, _bare(w)) for w in words[:-1])
        )

    def _bridge(self, words: list[str], after: str) -> bool:
        """Lower-case words that join two capitalised runs into one subject: adverbs after an opener ("And
        even Lee"), or nouns ending with a role ("Former Ohio governor Pete Marsh") or before a title
        ("Clinton campaign Chairman Tom Roe"); never a verb ("Lee told reporters Tuesday")."""
        lex = self._lex
        if all(w in _BRIDGE_ADVERBS for w in words):
            return True
        if not (_is_role(words[-1], lex) or _bare(after) in _titles(lex)):
            return False
        return all(w in lex.modifiers or w in lex.roles or _bridge_noun(w, lex) for w in words)

    def _antecedents(self, pos: int, recent: Entity | None, gender: str = "") -> list[Entity]:
        """People before ``pos``, most salient first: the nearest speaker or sentence subject, the last
        speaker, then people named without a reporting verb, nearest first."""
        said = self._said[-_SAID_REACH:]  # the latest speakers (appended in reading order) are enough
        salient = [(p, e) for p, e in said if p < pos and not e.org]
        subjects = self.subjects()
        k = bisect.bisect_left(subjects, pos, key=lambda pe: pe[0])
        salient += subjects[max(0, k - 3) : k]
        # "The moderator, Amelia Grant, tried to steer it. She asked": a person apposed to the description
        # that opens a sentence is its subject too
        salient += [(p, e) for p, e in self._apposed_people() if p < pos][-2:]
        salient.sort(key=lambda pe: pe[0], reverse=True)
        seen: list[tuple[int, Entity]] = []
        persons = self.persons()
        k = bisect.bisect_left(persons, pos - _ANTECEDENT_REACH, key=lambda named: named[0])
        for p, key, name, given in persons[k:]:
            if p >= pos:
                break
            if self._quoted(p):
                continue  # "“... helped Ana Ruiz win,” he said": a name the quotation holds is no speaker
            e = self._person_entity(key, name, given)
            if not e.org:
                seen.append((p, e))
        seen.sort(key=lambda pe: pe[0], reverse=True)
        out: list[Entity] = [e for _, e in salient[:3]]
        near = _previous_sentence_start(self._text, pos)
        subjects_near = [e for p, e in salient[:3] if p >= near]
        if gender and subjects_near and all(e.gender not in ("", gender) for e in subjects_near):
            # the subject of the sentence before is of the other gender: a person that sentence names
            # otherwise comes next ("Justice Ana Ruiz pressed Tom Hale on it. He replied": Hale)
            out = subjects_near + [e for p, e in seen if p >= near and e not in subjects_near]
            out += [e for _, e in salient[:3] if e not in out]
        if recent is not None and not recent.org and recent not in out:
            out.append(recent)
        for _, e in seen:
            if e not in out:
                out.append(e)
        return out

    def _introduced_before(self, pos: int, gender: str) -> Entity | None:
        """The person the sentence right before a quotation closes by introducing, with their role after
        the name ("..., which concerns Ana Ruiz, president of the growers' union.\n\n“...,” she said"),
        when the pronoun at ``pos`` attributes that quotation; ``None`` otherwise."""
        opened = self._attributed_opening(pos)
        if opened is None:
            return None
        lo = max(0, opened - _INTRODUCTION_REACH)
        stop = lo + len(self._text[lo:opened].rstrip())  # the end of the sentence before the quotation
        if stop == lo or self._text[stop - 1] != ".":
            return None
        persons = self.persons()
        j = bisect.bisect_left(persons, opened, key=lambda named: named[0]) - 1
        if j < 0 or persons[j][0] < lo:
            return None
        at, key, name, given = persons[j]
        last = name.split()[-1]
        end = self._text.find(last, at, opened)
        if end < 0 or self._quoted(at):
            return None
        tail = _INTRODUCING_TAIL.fullmatch(self._text, end + len(last), stop, timeout=_T)
        if tail is None or not any(_is_role(_bare(w), self._lex) for w in tail.group("r").split()[:4]):
            return None
        if (given or self._given_gender(name)) not in ("", gender):
            return None
        e = self._entities.get(key) or self._entity(self.fullest(name), org=False)
        return None if e.org or (e.gender and e.gender != gender) else e

    def _newcomer_before(self, pos: int) -> Entity | None:
        """The person the sentence right before the pronoun's sentence (or before the quotation the pronoun
        attributes) is first to name in the article, when that sentence holds no quotation and no
        reporting verb; the last such person, or ``None``."""
        opened = self._attributed_opening(pos)
        cur = opened if opened is not None else self._sentence_start(pos)
        stop = len(self._text[:cur].rstrip())
        if stop <= 0 or self._text[stop - 1] not in ".!":
            return None
        lo = max(self._sentence_start(stop - 1), stop - _INTRODUCTION_REACH)
        sentence = self._text[lo:stop]
        if any(ch in sentence for ch in _QUOTE_CHARS):
            return None
        forms = compiled(self._lex).clause_forms
        if any(_bare(w) in forms for w in sentence.split()):
            return None  # ("X said the deal with Ana Ruiz held": Ruiz is named in what X said)
        persons = self.persons()
        first = self._first_named()
        j = bisect.bisect_left(persons, lo, key=lambda named: named[0])
        newcomer: Entity | None = None
        line_end = self._text.find("\n", pos)
        line_end = len(self._text) if line_end < 0 else line_end
        for at, key, name, given in persons[j:]:
            if at >= stop:
                break
            if first.get(key, at) < lo or self._quoted(at) or _not_person(name):
                continue
            last = name.split()[-1]
            end = self._text.find(last, at, stop)
            if end < 0 or _INTRODUCED_AFTER.match(self._text, end + len(last), stop) is None:
                continue  # (a name in passing: "... as Lincoln did", not "Luis Tran, 61, a boat captain,")
            if last in self._text[pos:line_end]:
                continue  # ("... is Gonzalo Curiel, who ... He insisted Curiel had": not the one spoken of)
            e = self._person_entity(key, name, given)
            if not e.org:
                newcomer = e
        return newcomer

    def _person_entity(self, key: str, name: str, given: str) -> Entity:
        """The entity of a personal name the article writes at some place (see :meth:`persons`), with the
        gender its given name tells when none was known."""
        e = self._entity(name, org=False, gender=given) if key in self._kin else None
        held = self._entities.get(key)
        if held is not None and " " in name and held.name.split()[0] != name.split()[0]:
            held = None  # "Milton Kress" is not "Dana Kress", whose entity holds the surname's key
        e = e or held or self._entity(self.fullest(name), org=False)
        e.gender = e.gender or given
        return e

    def _first_named(self) -> dict[str, int]:
        """Where the article first names each person (by surname key)."""
        if self._first_at is None:
            self._first_at = {}
            for at, key, _name, _given in self.persons():
                self._first_at.setdefault(key, at)
        return self._first_at

    def _quote_spans(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of the article's quoted stretches, in order (scanned once)."""
        if self._quotes is None:
            spans = quoted_spans(self._text, self._lo)
            self._quotes = ([a for a, _ in spans], [b for _, b in spans])
        return self._quotes

    def _attributed_opening(self, pos: int) -> int | None:
        """Where the opening mark stands of the quotation that closes right before the pronoun at ``pos``
        (“...,” she said), which the pronoun attributes; ``None`` when no quotation closes there."""
        starts, ends = self._quote_spans()
        k = bisect.bisect_right(ends, pos) - 1
        if k < 0 or not 0 <= pos - ends[k] <= _ATTRIBUTION_GAP:
            return None
        return starts[k] - 1

    def _quoted(self, pos: int) -> bool:
        """``pos`` lies inside quotation marks."""
        starts, ends = self._quote_spans()
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]

    def role(self, m: Mention, pos: int) -> Entity | None:
        """Whoever was given the role a role noun names ("the ambassador"), nearest before, else after."""
        if m.role is None and _AGE_EPITHET.fullmatch(m.head or ""):
            m = attrs.evolve(m, role=m.head, head=_AGE_HEAD)  # "says the 34-year-old" (read after the cue)
        key = m.head
        said_words = [_bare(w) for w in self._text[m.start : m.end].split()]
        if len(said_words) == 1 and self._text[m.start : m.start + 1].isupper():
            # "Congressman Peter King spoke. “...,” King said": a surname spelt like a title, of the person
            # named before with it
            named = [(k, name, g) for p, k, name, g in self.persons() if p < m.start and k == said_words[0]]
            if named:
                bearer = self._person_entity(*named[-1])
                self._said.append((pos, bearer))
                return bearer
        if said_words == [_HIS_EXCELLENCY_ABBREVIATION]:
            # "Minister X H.E. Dr. Ana Ruiz met the envoy. H.E. stressed": the last person styled so
            styled = [*_STYLED_HOLDER.finditer(self._text, max(0, pos - _TITLED_REACH), pos, timeout=_T)]
            if styled:
                holder = self._entity(self.fullest(styled[-1].group("name")), org=False)
                holder.role = holder.role or self._title_before(holder, pos)  # the office given with the name
                self._said.append((pos, holder))
                return holder
            return None
        if len(said_words) == 2 and said_words[0] == "the" and key in _ROYAL_TITLES:
            # "The Prince of Wales visited Leeds. “...,” said the Prince": the royal given the title last, by
            # a title-name or a personal name; none, no one (a bare title is no name)
            royal = self._royal_titled(key, pos)
            if royal is not None:
                self._said.append((pos, royal))
            return royal
        if m.role is None and said_words[0] in _STYLE_OWNERS and _epithet(said_words, self._lex, loose=False):
            m = attrs.evolve(
                m, role=self._text[m.start : m.end].split()[-1]
            )  # the style, for the holder's rank
        if m.role is None:
            if (
                said_words[0] == "the"
                and len(said_words) == 2
                and (described := self._described_as(key, pos))
            ):
                # "Tenant Maria Oduya said ... “...,” the tenant said": the speaker titled with the noun
                self._said.append((pos, described))
                return described
            if (
                said_words[0] in ("a", "an", "one", "another", "the")
                and key in _PERSON_NOUN_GENDER
                and (_SENTENCE_OPEN.search(self._text, max(0, m.start - 4), m.start) or m.start == 0)
            ):
                # "A young man from Ardamata described the attack. “...,” he said": a person nobody names,
                # whom a pronoun after means rather than a person named before
                self._unnamed_subject, self._unnamed_mention = m.start, m
            return None
        first = said_words[0]
        if first in ("the", "that") and len(said_words) > 2 and _ordinal(said_words[1], said_words[2]):
            return None  # "Another diplomat said ... the second diplomat said": one of several unnamed
        if first in ("a", "an", "one", "another"):
            later = self._named_later(m, pos)  # "A senior diplomat warned ... The diplomat, Lena Holm, ..."
            if later is None:
                self._unnamed.append((pos, key, m))  # "A State Department spokesperson said": nobody named
                if (
                    _SENTENCE_OPEN.search(self._text, max(0, m.start - 4), m.start)
                    or _OPENER_BEFORE.search(self._text, max(0, m.start - 16), m.start)
                    or m.start == 0
                    or _after_leading_phrase(self._text, m)
                ):  # ("But a former minister, ..., said": an opener before the subject)
                    self._unnamed_subject, self._unnamed_mention = m.start, m
            return later
        if key in _LITIGANTS and first == "the" and len(said_words) == 2:
            # "Armenia filed the case. The applicant said": the party that brought it (the respondent: the
            # party it was brought against)
            filed = [*_CASE_FILED.finditer(self._text, max(0, pos - _SOLE_TITLED_REACH), pos, timeout=_T)]
            party = filed[-1].group(_LITIGANTS[key]) if filed else None
            if party:
                litigant = self._entity(party, org=True)
                self._said.append((pos, litigant))
                return litigant
            return None
        if key == _AGE_HEAD:
            found = self._aged(m.role.split("-", 1)[0], pos)
            if len(said_words) == 3 and _nation_noun(self._text[m.start : m.end].split()[-1].rstrip(".,")):
                said_words = said_words[:2]  # "the 58-year-old Dane": the age, as "the 58-year-old"
            if found is None and _bare(said_words[0]) == "the" and len(said_words) == 2:
                # "X said he would run. “...,” the 71-year-old told supporters": no one given the age, the
                # person who spoke just before, nobody named since
                found = self._generic_for_last(m, key, pos)
            if (
                found is None
                and _bare(said_words[0]) == "the"
                and len(said_words) == 2
                and all(self._in_headline(p) for p, _e in self._said if p < pos)
            ):
                # "Fatima Idris fled in June. “...,” says the 34-year-old": no one has spoken yet (but for a
                # headline read as a quotation); the person the sentence before opened with, nobody else
                # named since
                found = self._subject_just_before(pos)
            if found is not None:
                self._said.append((pos, found))
            return found
        state = _state_qualifier(self._text[m.start : m.end].split()[1:-1])
        if state is not None and key in _PARTIES:
            # "Rep. Ana Ruiz of Texas spoke. The Texas Republican said": the politician of that state
            found = self._partisan(_PARTIES[key], state, pos)
            if found is not None:
                self._said.append((pos, found))
            return found
        if key in GENERIC_ROLE_NOUNS and (found := self._generic_for_last(m, key, pos)) is not None:
            # "X told reporters ... The official insisted", "“...,” the diplomat said": the person who spoke
            # just before, with nobody else named between
            self._said.append((pos, found))
            return found
        if key in ("official", "officials", "source", "sources", "family", "families", "relatives", "allies"):
            return None  # (a family, a group of allies: no one person who holds a title)
        if key in _GENERIC_BODY_PLURALS:
            return None  # ("Protest groups say": bodies of a kind, no person)
        if first in ("some", "several", "two", "three", "many", "other", "another"):
            return None
        abbrev = compiled(self._lex).abbreviations
        keys = {key} | {
            _role_key(w, self._lex) for w in abbrev.get(_bare(m.role.split()[-1]), "").split()[-1:]
        }
        if key in _LAWMAKER_NOUNS and first == "the":
            keys |= _LEGISLATIVE_OFFICES  # "Rep. Ana Ruiz spoke. The lawmaker said": the representative
        borrowed: frozenset[str] = frozenset()
        if len(said_words) == 2 and first == "the":
            # "Gen. Ana Ruiz spoke. The general said": the noun's abbreviation; "Lt. Col. X ... the officer",
            # "Justice X ... the judge": a rank for an officer, a judge's title for a judge
            borrowed = _HOLDERS_OF.get(key, frozenset())
            keys |= {a for a, spelt in abbrev.items() if spelt == key} | borrowed
        words = [_role_key(w, self._lex) for w in m.role.split()]
        countries = _countries(_plain_words(m.role))
        qual = _Qualifiers.read(self._text[m.start : m.end], m.role, keys, self._lex)
        alts = _epithet(words, self._lex, loose=bool(countries) or bool(qual.portfolio))
        # "His Eminence", "Her Majesty": a style of address stands for the holder of a rank named before
        style = _epithet(said_words, self._lex, loose=False) if first in ("his", "her") else None
        alts = alts or style
        if alts and qual.places:
            # "The Head of State said": the epithet's own words in capitals name no place ("of State")
            qual = attrs.evolve(qual, places=qual.places - {_bare(w) for w in m.role.split()})

        def fits(roles: set[str], org: bool, title: str = "", strict: bool = False) -> bool:
            """The roles hold this one (or one the epithet describes) and no other country's office;
            ``strict``: the ``title`` read from the text names the same country."""
            if alts:
                held = not org and any(all(k in roles for k in alt) for alt in alts)
            else:
                held = bool(roles & keys)
            if held and _other_rank(roles, words):
                # "the president" is no vice president, "the minister" no deputy minister, and the other way
                # round; "the Crown Prince" is no other prince
                return False
            if held and borrowed and not roles & (keys - borrowed):
                # a title that closes with the rank or the judge's title ("Lt. Col.", "Chief Justice"), not
                # one that only holds the word ("Justice Minister")
                closing = _plain_words(title)[-1:]
                held = bool(closing) and _role_key(closing[0], self._lex) in borrowed
            if held and qual.clash(roles, title, keys, self._lex):
                return False  # "the health minister" is not the interior minister named before
            if not held or not countries:
                return held
            theirs = _countries(_plain_words(title))
            if strict:
                return bool(theirs & countries)
            return not theirs or bool(theirs & countries)

        # the speaker named last who holds the office, by a title given with the mention or before it
        # ("Senator A arrived. Senator B asked ... A asked ... the senator said": A)
        found = next((e for _, e in reversed(self._order) if fits(self._held(e), e.org, e.role or "")), None)
        if found is None:
            owned = self._text[m.start : m.end].split()[0].endswith(("'s", "’s"))  # "Poland's president"
            found = self._last_speaker_holding(words, keys, fits, pos, owned=owned)
            if found is not None and found.role and qual.clash(found.roles, found.role, keys, self._lex):
                found = None  # "Chinese Foreign Minister X said ... the Japanese foreign minister said"

        def foreign(e: Entity) -> bool:
            """``e`` was titled as another state's holder of the office, its state a possessive before the
            title ("Azerbaijan's Foreign Minister X" is not "the Hungarian minister")."""
            return bool(countries) and bool(owner := self._titling_owner(e, pos)) and not owner & countries

        if found is not None and foreign(found):
            found = None
        if found is not None and countries and not _countries(_plain_words(found.role or "")) & countries:
            # "Minister Ana Ruiz met her Slovak counterpart X. ... The Slovak minister said": the counterpart
            # whose title names the country, rather than a speaker whose title names none
            other = [
                full
                for at, full, title in self._titles_given()
                if at < pos
                and _countries(_plain_words(title)) & countries
                and _bare(title.split()[-1]) in _COUNTERPARTS
                and self.fullest(full) != found.name
            ]
            if other:
                found = self._entity(self.fullest(other[-1]), org=False)
        if found is not None and not alts and (newer := self._titled_since(found, pos, fits)) is not None:
            found = newer  # "A, president of a farmers' union, said ... President B backed it. “...,” the
            # president said": the holder who opened a sentence since the last speaker holding it spoke
        if found is not None and _PRIME in self._held(found) and _PRIME not in words:
            # "Prime Minister A said ... Minister B met C ... the minister said": a minister named since
            since = self._last_seen(found, pos)
            nearer = [
                (at, full)
                for at, full, title in self._titles_given()
                if since < at < pos
                and _PRIME not in (held := {_role_key(w, self._lex) for w in _held_words(title)})
                and fits(held, False, title)
            ]
            if nearer:
                found = self._entity(self.fullest(nearer[-1][1]), org=False)
        if found is not None and self._unnamed:
            since = self._last_said(found)
            if any(since < p < pos and k == key for p, k, _m in self._unnamed[-_SAID_REACH:]):
                return None  # "A U.S. spokesperson said ... the spokesperson said": the unnamed one, again
        if found is None:
            holders = (e for e in self._entities.values() if fits(e.roles, e.org, e.role or ""))
            found = next((e for e in holders if not foreign(e)), None)
        if found is None and not self._said and self._in_headline(pos):
            # "Iran will not negotiate under pressure - FM", "...: spokesperson": a headline's office, held by
            # the person the story then names with that title
            found = self._titled_before(pos, fits)
            if found is None and countries:
                # "Iranian spokeswoman: ..." over "Government Spokeswoman X said": the first person the story
                # titles, with no country written in the title, when the title holds the whole office ("PM"
                # is no finance minister)
                last = _bare(m.role.split()[-1])
                need = {_role_key(w, self._lex) for w in (abbrev.get(last) or last).split()}

                def whole(roles: set[str], org: bool, title: str = "", strict: bool = False) -> bool:
                    return need <= roles and fits(roles, org, title, strict)

                found = self._titled_after(pos, whole, titles=False)
        if found is None and (countries or style):
            # "Syrian President X arrived ... The Syrian leader said": a country's office, named before;
            # "Ayatollah X met commanders ... His Eminence said": the rank the style is given to
            found = self._titled_before(pos, fits)
        elif found is None and not alts:
            # "Foreign Ministry spokesperson Lin Jian made the remarks ... The spokesperson added", "Defence
            # Minister X toured the docks. The Defence Minister said": the office given to the person named
            # just before, with no other person named between, its portfolio the same (an epithet with no
            # country, "the top diplomat", guesses nothing)
            found = self._titled_before(pos, fits, reach=_TITLED_REACH)
            if found is None:
                found = self._sole_titled(pos, fits, key)
        if found is None and alts and not countries and not style and len(said_words) >= 3:
            # "President X signed a decree. “...,” the head of state said", "Foreign Minister X met Y. The top
            # diplomat said": an epithet of two words or more for the office given to the person named just
            # before, no other person named between
            found = self._titled_before(pos, fits, reach=_TITLED_REACH)
        if found is None and not alts and all(w in _GENERIC_MODIFIERS for w in said_words[:-1]):
            # "Former prime minister X attended. ... the former premier said": a noun that stands for one
            # office or two ("premier": a prime minister), for the person titled just before
            alts = _epithet(words[-1:], self._lex, loose=True)
            if alts is not None and len(alts) <= _SYNONYM_ALTS:
                found = self._titled_before(pos, fits, reach=_TITLED_REACH) or self._sole_titled(
                    pos, fits, key
                )
            alts = None
        if (
            found is None
            and first in _STYLE_OWNERS | {"the", "its"}
            and (
                all(w in _GENERIC_MODIFIERS for w in said_words[:-1])
                # a portfolio in lower case ("The health secretary", "its development minister"), which the
                # title given after must hold, or a body's initials ("The U.N. envoy"), maybe with the place
                # of the post after the noun ("The U.N. special envoy for Libya"); not a place ("the New
                # Jersey governor": no guess)
                or all(
                    w.islower() or _INITIALS.fullmatch(w)
                    for w in _up_to_head(self._text[m.start : m.end], key)
                )
            )
            # (no one has spoken but in the headline, or this very subject before a second verb)
            and all(self._in_headline(p) or p >= m.start for p, _e in self._said)
            and not self._named_before(pos)
        ):
            # "..., with the rapporteur warning that ... “...,” said rapporteur Ana Ruiz": an office in the
            # lede, held by the person the story names with that title right after
            found = self._titled_after(pos, fits)
            if found is None and (qual.of_countries or qual.places):
                # "The U.N. special envoy for Libya told ... “...,” envoy Ana Ruiz said": the title given
                # after need not name the post's place again
                qual = attrs.evolve(qual, of_countries=frozenset(), places=frozenset())
                found = self._titled_after(pos, fits)
        opener = self._text[m.start : m.end].split()[0]
        if found is None and countries and opener.endswith(("'s", "’s")) and _countries(_plain_words(opener)):
            # "Ukraine's deputy infrastructure minister warned ... “...,” Deputy Minister Ana Ruiz told
            # Reuters": a country's office nobody held before, held by the person titled so right after
            found = self._titled_after(pos, fits)
        if found is not None and self._other_gender(found, m.role):
            return None  # "Ministry spokesman X said ... The ministry's spokeswoman said": someone else
        if found is not None and foreign(found):
            return None  # ("Azerbaijan's Foreign Minister X" titled last, no Hungarian minister named)
        if found is not None and state is not None and not self._of_state(found, state, pos):
            return None  # "the California congressman": another person than the one of another state
        if found is not None and self._named_in_fronted_phrase(found, m):
            return None  # "In a letter to Minister X, the minister said": X is whom the speaker wrote to
        if found is not None and not countries and self._other_body_titled(found, m, pos):
            return None  # "Government spokesman X said ... The European Commission's spokesperson said"
        if found is not None:
            self._said.append((pos, found))
        elif _OWNED_OFFICE.search(self._text, m.start, m.end, timeout=_T) and (
            _SENTENCE_OPEN.search(self._text, max(0, m.start - 4), m.start) or m.start == 0
        ):
            # "The representative of Peru said ... She called on donors": a pronoun after the holder of a
            # body's or state's office nobody names means that holder, not a person named before (a bare
            # "The minister" or an epithet, "The Republican nominee", may yet be someone named)
            self._unnamed_subject, self._unnamed_mention = m.start, m
        return found

    def _described_as(self, key: str | None, pos: int) -> Entity | None:
        """The one recent speaker whose title is the describing noun ``key`` ("Tenant", "Mum-of-two"; see
        :data:`_DESCRIBING_NOUNS`), for "the tenant", "the mum" after them."""
        if key not in _DESCRIBING_NOUNS:
            return None
        found = {
            id(e): e
            for p, e in self._said[-_SAID_REACH:]
            if p < pos
            and not e.org
            and e.role
            and _bare(e.role.split()[-1]).partition(_CHILDREN_COUNT)[0] == key
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _royal_titled(self, key: str, pos: int) -> Entity | None:
        """The royal the article gave the title ``key`` to last before ``pos`` ("Prince of Wales" after "The
        Prince of Wales visited", the person after "Emperor Naruhito"), if any."""
        given = [
            r
            for r in _ROYAL_NAMED.finditer(self._text, self._lo, pos, timeout=_T)
            if r.group("title").casefold() == key
        ]
        if not given:
            return None
        last = given[-1]
        if last.group("of") is not None:
            name = f"{last.group('title')} {' '.join(last.group('of').split())}"
            return self._entity(name, org=False)
        toks = _tokens(self._text, last.start(), last.end())
        named = _read_np(self._text, toks, 0, len(toks) - 1, self._lex) if toks else None
        if named is None or named.kind != "name" or not named.name:
            return None  # ("Duke Energy": a body, no royal)
        return self._entity(named.name, org=False)

    def _other_body_titled(self, e: Entity, m: Mention, pos: int) -> bool:
        """The role mention names its owner, a body, by a possessive ("The European Commission's
        spokesperson"), and every title ``e`` was given before ``pos`` names a body of its own, none of the
        owner's words among them ("Government spokesman X"): someone else holds the office."""
        owner = _BODY_OWNER.match(self._text, m.start, m.end, timeout=_T)
        if owner is None:
            return False
        owned = {_bare(w) for w in owner.group("owner").split()} - {"of", "the", "and", "for"}
        if not (owned & self._lex.institutions or owner.group("owner").isupper()):
            return False  # (a person's or a place's: "Orbán's spokesman", "Ontario's finance minister")
        titles = [
            title for at, full, title in self._titles_given() if at < pos and self.fullest(full) == e.name
        ]
        if e.role:
            titles.append(e.role)
        if not titles:
            return False
        for title in titles:
            body = {
                b
                for w in title.split()
                if w[:1].isupper()
                and not _is_role(b := _bare(w), self._lex)
                and b not in _GENERIC_MODIFIERS
                and b not in _RANK_MODIFIERS
            }
            if not body or body & owned:
                return False  # (a title naming no body, or the owner's: the same office may be meant)
        return True

    def _partisan(self, party: str, state: str, pos: int) -> Entity | None:
        """The politician a party epithet with a state ("The Ohio Democrat") refers to: the nearest person
        named before ``pos`` who holds a political office or a party, given that state and no other party;
        else the person named last, when the article gave them no state."""
        persons = self.persons()
        k = bisect.bisect_left(persons, pos, key=lambda named: named[0])
        seen: set[str] = set()
        unplaced: Entity | None = None
        for p, _key, name, _g in reversed(persons[:k]):
            if pos - p > _ANTECEDENT_REACH:
                break
            e = self._entity(self.fullest(name), org=False)
            if e.org or e.name in seen:
                continue
            seen.add(e.name)
            parties, states = self._affiliation(e, pos)
            title = e.role or self._title_before(e, pos) or ""
            held = self._held(e) | {_role_key(w, self._lex) for w in _held_words(title)}
            if not (parties or states or held & _POLITICAL_ROLES):
                continue
            if parties and party not in parties:
                continue
            if states and not any(_same_state(state, st) for st in states):
                continue
            if not (parties or states) and not held & _STATE_OFFICES:
                continue  # "President X": no office a state's epithet describes, nor a party given
            if states:
                return e
            if len(seen) == 1:
                unplaced = e  # the person named last, whose state the article never gave
        return unplaced

    def _aged(self, age: str, pos: int) -> Entity | None:
        """The person an age epithet ("the 71-year-old") refers to: the nearest named before ``pos`` with
        that age after the name ("Ana Ruiz, 71,"); ``None`` when the article gave no one that age."""
        persons = self.persons()
        k = bisect.bisect_left(persons, pos, key=lambda named: named[0])
        for p, _key, name, _g in reversed(persons[:k]):
            if pos - p > _ANTECEDENT_REACH:
                break
            e = self._entity(self.fullest(name), org=False)
            end = self._text.find(name.split()[-1], p) + len(name.split()[-1])
            if not e.org and self._text.startswith((f", {age},", f" ({age})", f", {age}."), end):
                return e
        return None

    def _of_state(self, e: Entity, state: str, pos: int) -> bool:
        """``e`` may be the holder of an office qualified by the US state ``state`` ("the Texas senator"): the
        article gives them that state, or gives them none and names nobody else between them and ``pos``."""
        _parties, states = self._affiliation(e, pos)
        titled = _state_qualifier((e.role or "").split()[:-1])  # "Texas Sen.": another state's senator
        if titled is not None:
            states = states | {titled}
        if states or any(_same_state(state, w) for w in (e.role or "").split()):
            return any(_same_state(state, st) for st in states | set((e.role or "").split()))
        persons = self.persons()
        k = bisect.bisect_left(persons, pos, key=lambda named: named[0])
        for _p, _key, name, _g in reversed(persons[:k]):
            if self.fullest(name) == e.name:
                return True
            if not _not_person(name):
                return False  # someone else named since: the office may be theirs
        return False

    def _affiliation(self, e: Entity, pos: int) -> tuple[set[str], set[str]]:
        """The party letters and US states the article gives the person before ``pos``: a party tag after
        the name ("Ana Ruiz, R-Texas", "(D-Ohio)"), "of" and a state after it ("Rep. Ana Ruiz of Texas"), a
        party before the title ("Republican Sen. Ana Ruiz"), a state in the title ("Ohio Gov. Ana Ruiz")."""
        parties: set[str] = set()
        states: set[str] = set()
        surname = e.name.split()[-1]
        at = self._text.find(surname, self._lo, pos)
        while at >= 0:
            end = at + len(surname)
            if end < len(self._text) and (self._text[end].isalnum() or (at and self._text[at - 1].isalnum())):
                at = self._text.find(surname, end, pos)
                continue
            tag = _AFFILIATION_AFTER.match(self._text, end, min(len(self._text), end + 40), timeout=_T)
            if tag is not None and tag.group("party"):
                parties.add(tag.group("party"))
                states.add(tag.group("state"))
            elif tag is not None and _a_us_state(tag.group("place")):
                states.add(tag.group("place"))
            before = _PARTY_BEFORE.search(self._text, max(0, at - 60), at, timeout=_T)
            if before is not None:
                parties.add(before.group("party")[0])
                if (place := before.group("place")) and _a_us_state(place.strip()):
                    states.add(place.strip())
            at = self._text.find(surname, end, pos)
        return parties, states

    def _held(self, e: Entity) -> set[str]:
        """The role words of the offices ``e`` holds: those read with its mentions, else those of the title
        the article gave the person before (a person's, not a body's)."""
        if e.roles or e.org or not e.role:
            return e.roles
        return {_role_key(w, self._lex) for w in _held_words(e.role)}

    def _other_gender(self, e: Entity, role: str) -> bool:
        """The role noun is a gendered one ("spokeswoman") and the person is known to be of the other gender,
        by an honorific, a gendered title given before, or a given name."""
        want = _ROLE_GENDER.get(_bare(role.split()[-1]), "")
        if not want:
            return False
        known = {e.gender, self._given_gender(e.name), _role_gender(e.role)}
        return bool(known - {want, ""})

    def _sole_titled(self, pos: int, fits: Callable[[set[str], bool, str], bool], key: str) -> Entity | None:
        """The one person titled with the office a bare role noun names, before ``pos`` and not far
        ("Ministry spokesperson Ana Costa opened the briefing. Minister Ivo Marin said ... he said. The
        spokesperson closed it": Ana Costa, though another person spoke between); ``None`` when two people
        were given that office, or an unnamed holder of it spoke since."""
        holders: dict[str, tuple[int, str]] = {}
        for at, full, title in self._titles_given():
            if pos - _SOLE_TITLED_REACH <= at < pos:
                roles = {_role_key(w, self._lex) for w in _held_words(title)}
                if fits(roles, False, title):
                    holders[self.fullest(full)] = (at, title)
        if len(holders) != 1:
            return None
        ((name, (at, title)),) = holders.items()
        if any(at < p < pos and k == key for p, k, _m in self._unnamed[-_SAID_REACH:]):
            return None  # "a spokesperson said": an unnamed holder spoke since
        if any(at < p < pos and not e.org and e.name != name and not e.role for p, e in self._said):
            return None  # someone spoke since whose office the article never gave: it may be theirs
        titled = {t[0] for t in self._titles_given()}

        def other_office(at: int, key: str) -> bool:
            """The person named at ``at`` is titled there, or spoke titled, with another office ("Senator
            Batt questioned a former official")."""
            first = self._text[at : at + _TITLE_PEEK].split(maxsplit=1)[:1]
            if first and _title_word(_bare(first[0]), self._lex):
                word = _role_key(first[0], self._lex)
                return not fits({word}, False, first[0])
            e = self._entities.get(key)
            return e is not None and bool(e.role) and not fits(self._held(e), False, e.role or "")

        if any(
            at < p < pos and p not in titled and self.fullest(n) != name and not other_office(p, k)
            for p, k, n, _g in self.persons()
        ):
            return None  # someone named since without a title: the office may be theirs
        e = self._entity(name, org=False)
        e.roles.update(_role_key(w, self._lex) for w in _held_words(title))
        e.role = e.role or title
        return e

    def _generic_for_last(self, m: Mention, key: str, pos: int) -> Entity | None:
        """The person who spoke just before a definite generic role noun ("the official", "the diplomat",
        "the lawmaker"), which news copy uses for the speaker it last named: within
        :data:`_LAST_SPEAKER_REACH` characters, nobody else named since, and no one described by that noun
        since ("a senior official said ... the official added" is the unnamed one)."""
        said = self._text[m.start : m.end].split()
        if _bare(said[0]) != "the":
            return None
        own = [b for w in said[1:-1] if (b := _bare(w)) not in _GENERIC_MODIFIERS]
        at, last = next(((p, e) for p, e in reversed(self._said[-_SAID_REACH:]) if p < pos), (-1, None))
        if last is None or last.org or pos - at > _LAST_SPEAKER_REACH:
            return None  # (a body spoke last: "the official" is one of its people, unnamed)
        title_words = {_bare(w) for w in (last.role or "").split()}
        # the description's own words all from the speaker's title ("the Kremlin official" after "Kremlin
        # spokesman X"), before a state's name among them is set aside
        from_title = own if set(own) <= title_words else []
        if own and (state := _country(said[1])) is not None and self._state_named_near(state, at, pos):
            own = own[1:]  # "the Russian diplomat" after "Russia's deputy foreign minister X said"
        if own and not set(own) <= title_words:
            # ("the second official", "the health ministry official": another person; "the Kremlin official"
            # after "Kremlin Spokesman X": the words of the title the speaker was given)
            return None
        if any(at <= p < pos for p, _k, _m in self._unnamed[-_SAID_REACH:]):
            return None  # someone unnamed spoke since ("A former deputy minister told ... the former official
            # said": that one, whatever noun described them)
        if not self._only_named_since(at, pos, last.name) and not (
            from_title and self._others_titled_otherwise(at, pos, last.name, from_title)
        ):
            return None  # someone else was named since: the noun may be theirs (but "the Kremlin official"
            # after "Kremlin Spokesman X said President Y ...": the title's words are X's alone)
        try:
            indefinite = _INDEFINITE_ROLE.get(key)
            if indefinite is not None and indefinite.search(self._text, at, m.start, timeout=_T):
                return None  # "A senior official briefed reporters. The official said": that one
        except TimeoutError:
            return None
        return last

    def _others_titled_otherwise(self, at: int, pos: int, name: str, own: list[str]) -> bool:
        """Every person other than ``name`` named between ``at`` and ``pos`` holds a title the article gave,
        and none of those titles has all the words ``own``."""
        titles = {t_at: title for t_at, _full, title in self._titles_given()}
        for p, _k, n, _g in self.persons():
            if at < p < pos and self.fullest(n) != name:
                title = titles.get(p)
                if title is None or set(own) <= {_bare(w) for w in title.split()}:
                    return False
        return True

    def _subject_just_before(self, pos: int) -> Entity | None:
        """The person who opened a sentence last before ``pos``, within :data:`_LAST_SPEAKER_REACH`
        characters and with nobody else named since; ``None`` otherwise."""
        subjects = self.subjects()
        k = bisect.bisect_left(subjects, pos, key=lambda pe: pe[0])
        if k == 0:
            return None
        at, e = subjects[k - 1]
        if e.org or pos - at > _LAST_SPEAKER_REACH:
            return None
        return (
            e if self._only_named_since(at, pos, e.name) else None
        )  # (not when someone else was named since)

    def _only_named_since(self, at: int, pos: int, name: str) -> bool:
        """Every person named between ``at`` and ``pos`` is ``name`` (in its fullest form), or none is."""
        persons = self.persons()  # in reading order: only those named since ``at`` are read
        k = bisect.bisect_right(persons, at, key=lambda t: t[0])
        while k < len(persons) and persons[k][0] < pos:
            if self.fullest(persons[k][2]) != name:
                return False
            k += 1
        return True

    def _state_named_near(self, code: str, at: int, pos: int) -> bool:
        """The state ``code`` (or its adjective) is named within reach before the speaker at ``at``, or
        between that speaker and ``pos``: the one state the speaker's words are about."""
        from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

        lo = max(0, at - _LAST_SPEAKER_REACH)
        codes = {
            h.code for h in default_gazetteer().find(self._text[lo:pos]) if h.type in ("state", "government")
        }
        return codes == {code}

    def _last_speaker_holding(
        self,
        words: list[str],
        keys: set[str],
        fits: Callable[[set[str], bool, str], bool],
        pos: int,
        *,
        owned: bool = False,
    ) -> Entity | None:
        """The speaker of just before, when they hold the office a role noun names by a title given when
        they were named in passing ("Foreign Minister X will travel ... X said ... the foreign minister
        said"), or by an epithet ("Russian envoy X said ... the diplomat said"); nobody else named since."""
        head = _bare(words[-1]) if words else ""
        if head not in self._lex.roles and head.endswith("s") and head[:-1] in self._lex.roles:
            return None  # "Pentagon lawyers criticized ...": people in the plural, no one speaker
        # the last person who spoke (a state or body speaking since, "Moscow has warned", is no person)
        at, last = next(((p, e) for p, e in reversed(self._said[-_SAID_REACH:]) if not e.org), (-1, None))
        if last is None or pos - at > _LAST_SPEAKER_REACH:
            return None
        if not self._only_named_since(at, pos, last.name):
            return None  # someone else was named since: the office may be theirs ("Rubio ... senator")
        roles = last.roles | {_role_key(w, self._lex) for w in _held_words(last.role or "")}
        loose = _epithet(words, self._lex, loose=True)
        if not roles and ((_countries(words) and not owned) or _epithet(words, self._lex, loose=False)):
            # "Vassily Nebenzia said ... the Russian envoy said", "... the head of state said": an office with
            # its country, or a description, for a speaker the article titles only now (a state's office
            # owned by a possessive, "Poland's president said", brings in its holder, no one named before)
            return last
        if loose:
            held = any(all(k in roles for k in alt) for alt in loose)
            return last if held and not _other_rank(roles, words) else None  # (no deputy)
        return last if keys <= roles and fits(roles, False, last.role or "") else None

    def _last_seen(self, e: Entity, pos: int) -> int:
        """Where ``e`` last spoke or opened a sentence before ``pos``, or -1."""
        subjects = self.subjects()
        k = bisect.bisect_left(subjects, pos, key=lambda pe: pe[0])
        opened = next((p for p, x in reversed(subjects[max(0, k - 3) : k]) if x is e), -1)
        return max(self._last_said(e), opened)

    def _last_said(self, e: Entity) -> int:
        """Where ``e`` last spoke (or was last resolved as a speaker), or -1 (read from the latest back)."""
        return next((p for p, x in reversed(self._said) if x is e), -1)

    def _named_before(self, pos: int) -> bool:
        """The article names a person before ``pos``."""
        persons = self.persons()
        return bool(persons) and persons[0][0] < pos

    def _titled_after(
        self, pos: int, fits: Callable[[set[str], bool, str, bool], bool], *, titles: bool = True
    ) -> Entity | None:
        """The first person named after ``pos``, within :data:`_FORWARD_REACH` characters, when the title
        written before the name or the apposition after it ``fits``; ``titles``: the title becomes the
        person's role if they have none yet (a headline's guess leaves that to the story's own mention)."""
        hi = min(len(self._text), pos + _FORWARD_REACH)
        try:
            runs = _NAME_RUN.finditer(self._text, pos, hi, timeout=_T)
            named = next(
                (r for r in runs if self._titled_name(r.group().split()) and not _known_place(r.group())),
                None,
            )  # (not "Kuala Lumpur": a capital, no person)
        except TimeoutError:
            named = None
        titled = [t for t in self._titles_given() if pos < t[0] <= hi][:1]
        if named is not None and not (titled and titled[0][0] <= named.start()):
            role = self._role_apposition(named.end())  # "X, Spokesperson for the Secretary-General, told"
            titled = [(named.start(), named.group(), role)] if role else []
        for _at, full, title in titled:
            roles = {_role_key(w, self._lex) for w in _held_words(title)}
            if fits(roles, False, title, False):
                e = self._entity(self.fullest(full), org=False)
                if titles:
                    e.roles.update(roles)
                    e.role = e.role or _office_words(title, self._lex)
                return e
        return None

    def _titling_owner(self, e: Entity, pos: int) -> set[str]:
        """The states a possessive names right before the title ``e`` was last given before ``pos``
        ("Azerbaijan's Foreign Minister X": AZE), where the title itself names none."""
        for at, full, title in reversed(self._titles_given()):
            if at < pos and self.fullest(full) == e.name:
                if _countries(_plain_words(title)):
                    return set()
                owner = _OWNER_BEFORE_TITLE.search(self._text, max(0, at - _OWNER_REACH), at)
                return _countries(_plain_words(owner.group())) if owner is not None else set()
        return set()

    def _titled_since(
        self, found: Entity, pos: int, fits: Callable[[set[str], bool, str, bool], bool]
    ) -> Entity | None:
        """Another holder of the office ``fits`` reads, titled as the subject opening a sentence after
        ``found`` last spoke, the last person named before ``pos`` (within :data:`_TITLED_REACH`)."""
        since = self._last_seen(found, pos)
        newer = self._titled_before(pos, fits, reach=_TITLED_REACH)
        if newer is None or newer is found:
            return None
        opened = any(since < p < pos and e is newer for p, e in self.subjects())
        return newer if opened else None

    def _titled_before(
        self, pos: int, fits: Callable[[set[str], bool, str, bool], bool], reach: int = 0
    ) -> Entity | None:
        """The person named nearest before ``pos`` (else nearest after it) with a title that ``fits``
        ("Iranian Foreign Minister X" for "the Iranian top diplomat"), though not yet a speaker. With
        ``reach``: only the person named last before ``pos``, and at most ``reach`` characters before it."""
        given = self._titles_given()
        before = [t for t in given if t[0] < pos]
        after = [t for t in given if t[0] > pos]
        if reach:
            last = max((p for p, *_ in self.persons() if p < pos), default=-1)
            before = [t for t in before[-1:] if t[0] >= max(last, pos - reach)]
            after = []
            if before and any(  # someone else has spoken since: the office may be theirs
                before[0][0] < p < pos and e.name != self.fullest(before[0][1]) for p, e in self._said
            ):
                before = []
        # nearest before first; then after ("Turkish Foreign Minister: “...”" in a headline, named below)
        for at, full, title in [*reversed(before), *after]:
            roles = {_role_key(w, self._lex) for w in _held_words(title)}
            if fits(roles, False, title, at > pos):  # named after it: only with the country written out
                e = self._entity(self.fullest(full), org=False)
                e.roles.update(roles)
                e.role = e.role or _office_words(title, self._lex)
                return e
        return None

    def body(self, m: Mention, pos: int) -> Entity | None:
        """The body a definite body noun refers to ("the ministry" after "the Russian Foreign Ministry"): the
        nearest body named before it whose name holds that noun."""
        first = _bare(self._text[m.start : m.end].split()[0])
        if first in _PERSON_POSSESSIVES and m.head in _PERSONAL_BODIES:
            owned = self._owned_by_person(m.head, _PERSON_POSSESSIVES[first], pos)
            if owned is not None:
                return owned  # "Gov. Ann Roe spoke. His campaign said": the campaign of the man named
        said = self._text[m.start : m.end]
        if said.casefold() == "police":
            # "Abu Dhabi Police warned ... According to police, ...": the police force named before by place
            force = next(
                (
                    e
                    for p, e in reversed(self._order)
                    if e.org and p < pos and " " in e.name and e.name.split()[-1].casefold() == "police"
                ),
                None,
            )
            if force is not None:
                self._said.append((pos, force))
            return force
        if first not in ("the", "this") and not (first in _POSSESSIVE_DETERMINERS and m.head in _WORKPLACES):
            return None  # ("Her ministry later said", "Her organisation called for": one named before)
        qual = _Qualifiers.read(said, said, {m.head}, self._lex)

        def agrees(e: Entity) -> bool:
            """The body's name holds the noun and no other portfolio or country ("the health ministry"
            is not the Interior Ministry)."""
            roles = {_role_key(w, self._lex) for w in _plain_words(e.name)}
            return m.head in roles and not qual.clash(roles, e.name, {m.head}, self._lex)

        found = next((e for p, e in reversed(self._order) if e.org and p < pos and agrees(e)), None)
        if found is None:
            found = self._body_of_speaker(m.head, pos)
        if found is None and m.head in _BODY_KINDS:
            # "The Sudanese Armed Forces rejected ... the army said", "Hamas ... the group said": the body
            # that spoke last, when it is of the kind the noun names
            last = next((e for p, e in reversed(self._order) if e.org and p < pos), None)
            if last is not None and _body_kind(last.name) == _BODY_KINDS[m.head]:
                found = last
        if found is None and m.head in _GENERIC_BODIES:
            # "OCHA said ... The agency said": a generic noun for the body that spoke last, nearby
            at, last = next(
                ((p, e) for p, e in reversed(self._order) if (e.org or e.name.isupper()) and p < pos),
                (-1, None),
            )
            if (
                last is not None
                and pos - at <= _BODY_REACH
                and last.name.split()[-1][:1].isupper()  # a body's name, not "Carson's advisers"
                and not self._a_state(last.name)  # (a body, known or not; no state)
            ):
                found = last
        if found is None and m.head in _ASSOCIATION_NOUNS:
            # "The National Association of Tile Makers said ... The group called on": an association that
            # spoke last, nearby
            at, last = next(((p, e) for p, e in reversed(self._order) if e.org and p < pos), (-1, None))
            if (
                last is not None
                and pos - at <= _BODY_REACH
                and any(_bare(w) in _ASSOCIATION_HEADS for w in last.name.split())
            ):
                found = last
            elif first == "the":
                # "The Fraternal Order of Ushers weighed in. The union said": one named in passing just before
                named = self._body_named_near(
                    pos, lambda name: any(_bare(w) in _ASSOCIATION_HEADS for w in name.split()[1:])
                )
                found = self._entity(named, org=True) if named is not None else None
        if found is None and first == "the" and m.head in _GROUPING_BODIES:
            # "After the Alliance of Sahel States met, the confederation said": a grouping named in passing
            # in this sentence or the one before, the last one there
            named = self._body_named_near(pos, lambda name: not self._a_state(name))
            found = self._entity(named, org=True) if named is not None else None
        bare_noun = [_bare(w) for w in said.split()[1:]] == [m.head]  # "the court", no qualifier
        if found is None and bare_noun and first == "the" and m.head not in _OUTLET_KINDS:
            # "The International Court of Justice heard the case. The court ruled": a body named in passing
            # in this sentence or the two before, whose name holds the noun ("the health ministry" may be
            # another ministry than one named in passing, so a qualified noun takes none)
            named = self._body_named_near(
                pos, lambda name: agrees(Entity(name, org=True)) and not self._a_state(name), back=2
            )
            found = self._entity(named, org=True) if named is not None else None
        if found is None and bare_noun and first == "the" and m.head in _GENERIC_BODIES:
            # "The World Food Programme will cut rations, the agency said": an international organisation
            # named in passing in this sentence or the one before
            named = self._body_named_near(pos, _international_body, back=2)
            found = self._entity(named, org=True) if named is not None else None
        if found is None and m.head in _OUTLET_KINDS:
            found = self._outlet_before(m.head, pos)  # "NTV said ... According to the channel"
        if found is None and first in _POSSESSIVE_DETERMINERS:
            found = self._workplace_before(
                m.head, pos
            )  # "X, the centre's director, said ... Her organisation"
        if found is None and m.head in _COMPANY_HEADS:
            # "Nordvolt, a Swedish battery maker, said ... The company said": the speaker a company was said
            # to be, nearby
            for p, e in reversed(self._said[-_SAID_REACH:]):
                if p >= pos:
                    continue
                if pos - p > _BODY_REACH:
                    break
                if _COMPANY_APPOSITION.match(self._text, p, min(len(self._text), p + 160)) is not None or (
                    e.name.split()[-1].casefold().rstrip(".") in _COMPANY_NAME_ENDS
                    and e.name.split()[0].casefold() not in name_genders(self._lex)  # (not "Ana Lines")
                ):
                    found = e  # (or a firm by its name: "Delphis Tankers confirmed ... the company said")
                    break
        if found is None and m.head in _COMPANY_HEADS and bare_noun and first == "the":
            # "Flixa Inc. will raise prices, the company said", "Delphis Tankers Ltd cut its forecast. The
            # company said": a firm named in passing, by its legal form, in this sentence or the one before
            named = self._body_named_near(
                pos,
                lambda name: name.split()[-1].casefold().rstrip(".") in _COMPANY_NAME_ENDS and " " in name,
            )
            found = self._entity(named, org=True) if named is not None else None
        if found is None and m.head in _COMPANY_HEADS and bare_noun and first == "the":
            # "Danish shipping group Maersk halted bookings. The company said": a firm named in passing after
            # the noun of its trade, in this sentence or the one before
            named = self._company_introduced(pos)
            found = self._entity(named, org=True) if named is not None else None
        if found is not None:
            self._said.append((pos, found))
        return found

    def _company_introduced(self, pos: int) -> str | None:
        """The firm named last before ``pos`` after the noun of its trade ("shipping group Maersk", "carmaker
        Volvo"), in the sentence of ``pos`` or the one before; ``None`` when none is."""
        lo = max(0, pos - _BODY_REACH)
        stops = [m.end() for m in _SENTENCE_GAP.finditer(self._text, lo, pos)]
        if len(stops) >= 2:
            lo = stops[-2]
        found = [*_COMPANY_BEFORE_NAME.finditer(self._text, lo, pos, timeout=_T)]
        return found[-1].group("name") if found else None

    def _owned_by_person(self, head: str, gender: str, pos: int) -> Entity | None:
        """The body ``head`` names ("campaign", "office") of the person a possessive of ``gender`` refers
        to, as a pronoun of that gender would ("Marc Ode's campaign"); ``None`` when no one fits."""
        for e in self._antecedents(pos, None, gender):
            if e.org or _not_person(e.name) or (e.gender and e.gender != gender):
                continue
            name = f"{e.name}’s {head}" if "’" in self._text else f"{e.name}'s {head}"
            return self._entities.setdefault(name.casefold(), Entity(name=name, org=True))
        return None

    def owner_of(self, m: Mention, role: str | None) -> str | None:
        """The body an aside right after the speaker's name gives ("X, of West Yorkshire Police, said"), or
        the one a possessive title written just before the speaker names ("Its spokesman, X, said",
        "the group's regional director said"): the body that spoke last within reach, else the last one
        named in this sentence or the one before, of the noun's kind when a noun owns the title; ``None``
        when no title is owned so, or no body fits."""
        label = self._text[m.start : m.end].split(", ")
        if m.kind == "name" and len(label) == 2 and m.name and label[0].endswith(m.name):
            body = label[1]
            if organization_in(f"{body} spokesperson", self._lex) == body and not self._a_state(body):
                return body  # "Ana Ruiz, Pew Research Center: ...": the body after the name
        if (
            m.kind == "name"
            and (aside := _BODY_ASIDE.match(self._text, m.end, timeout=_T)) is not None
            and (of_body := organization_in(aside.group("aside"), self._lex)) is not None
            and not self._a_state(of_body)
        ):
            return (
                of_body  # "DI Ana Ruiz, of West Yorkshire Police, said": the body the aside after her names
            )
        owned = self._owned_title(m, role)
        if owned is None:
            return self._served_body(m, role) or self._spokesperson_of_body_before(m)
        noun = _bare(owned.group("noun")) if owned.group("noun") else None
        if (
            noun is not None
            and noun not in _BODY_KINDS
            and noun not in _GENERIC_BODIES | self._lex.institutions
        ):
            return None  # "the president's spokesman": a person's aide

        def fits(name: str) -> bool:
            """A body, no state, whose name holds the owning noun when that noun names a portfolio."""
            if self._a_state(name):
                return False  # ("Iran said ... its spokesman": a state's spokesman speaks for a government)
            generic = noun is None or noun in _GENERIC_BODIES or noun in _BODY_KINDS
            return generic or noun in {_role_key(w, self._lex) for w in _plain_words(name)}

        at = owned.start()
        near = self._body_named_near(at, fits)  # "The Houthis fired missiles, and the group's spokesman"
        named_at = self._text.rfind(near, 0, at) if near is not None else -1
        for p, e in reversed(self._order):
            if at - p > _BODY_REACH or p < named_at:
                break  # ("X Association said ... The Y Federation backed it. Its president": Y, named since)
            if p < at and e.org and fits(e.name):
                return e.name
        return near

    def _spokesperson_of_body_before(self, m: Mention) -> str | None:
        """The body that spoke earlier in the sentence of an unnamed spokesperson ("The State Department said
        it was concerned, and a spokesperson said ...": the department's); ``None`` otherwise."""
        if _BARE_SPOKESPERSON.fullmatch(self._text, m.start, m.end) is None:
            return None
        opens = self._sentence_start(m.start)
        for p, e in reversed(self._order):
            if p < opens:
                break
            if p < m.start:
                return e.name if e.org and not self._a_state(e.name) else None
        return None

    def _served_body(self, m: Mention, role: str | None) -> str | None:
        """The body a title served "for the group" means ("A spokeswoman for the group, X, said" after "NCTA
        contends"): the body that spoke last within reach, else one named just before; ``None`` when the
        title serves no such noun."""
        # (the pattern's first word is looked for first: most titles serve no "for the ...")
        served = (_SERVED_BODY.search(role, timeout=_T) if role and "for" in role else None) or (
            _SERVED_BODY.search(self._text, m.start, m.end, timeout=_T)
            if self._text.find("for", m.start, m.end) >= 0
            else None
        )
        if served is None:
            return None
        noun = served.group("noun").casefold()
        if noun not in _ASSOCIATION_NOUNS | _GENERIC_BODIES | _COMPANY_HEADS:
            return None
        for p, e in reversed(self._order):
            if m.start - p > _BODY_REACH:
                break
            if p < m.start and e.org and not self._a_state(e.name):
                return e.name
        return self._body_named_near(m.start, lambda name: not self._a_state(name))

    def _body_named_near(self, at: int, fits: Callable[[str], bool], *, back: int = 1) -> str | None:
        """The last body named, in passing or not, in the sentence before ``at`` or the ``back`` ones before
        it, that ``fits``; ``None`` when there is none."""
        sentence = self._text.rfind(". ", 0, at)
        for _ in range(back - 1):
            sentence = self._text.rfind(". ", 0, max(0, sentence))
        lo = max(self._text.rfind(". ", 0, max(0, sentence)) + 1, at - _BODY_REACH, 0)
        found = None
        for run in _CAPITALISED_RUN.finditer(self._text, lo, at, timeout=_T):
            words = run.group().split()
            while words and (_bare(words[0]) in _CAP_STOP or _bare(words[0]) in _OFFICE_LINKS):
                words = words[1:]  # "After the Alliance of ...": the sentence's opener is no part of it
            cut = next(
                (
                    k
                    for k in range(1, len(words) - 1)
                    if words[k] == "on" and _bare(words[k + 1]) in _TIME_HEADS
                ),
                len(words),
            )
            words = words[:cut]  # "The General Court on Wednesday upheld": the day is no part of the name
            name = " ".join(words)
            # (a state's possessive before the body is its name's too: "Russia's Foreign Ministry")
            core = " ".join(words[1:]) if len(words) > 1 and words[0].endswith(("'s", "’s")) else name
            if name and organization_in(f"{core} spokesperson", self._lex) == core and fits(name):
                found = name
        return found

    def issuer_in_aside(self, m: Mention) -> Mention | None:
        """The body a participle aside after a definite text noun names as its issuer ("The statement,
        issued after a GCC meeting, said", "The communique, released by the Foreign Ministry, said"), as a
        mention of that body; ``None`` when no aside follows or it names no body."""
        sent = _TEXT_FROM.match(self._text, m.end, min(len(self._text), m.end + _OWNER_REACH), timeout=_T)
        if sent is not None:
            # "according to a statement from the Taxpayers League": the body it came from
            name = sent.group("body")
            if organization_in(f"{name} spokesperson", self._lex) == name and not self._a_state(name):
                return Mention(
                    sent.start("body"), sent.end("body"), "org", name=name, head=_bare(name.split()[-1])
                )
        if self._text[m.start : m.start + 2].casefold() in ("a ", "an"):
            return self._issuer_before(m)
        if self._text[m.start : m.start + 4].casefold() != "the ":
            return None
        aside = _ISSUING_ASIDE.match(
            self._text, m.end, min(len(self._text), m.end + _OWNER_REACH), timeout=_T
        )
        if aside is None:
            return None
        name = aside.group("body")
        if organization_in(f"{name} spokesperson", self._lex) != name or self._a_state(name):
            return None
        return Mention(aside.start("body"), aside.end("body"), "org", name=name, head=_bare(name.split()[-1]))

    def _issuer_before(self, m: Mention) -> Mention | None:
        """The named subject of the issuing verb right before an indefinite text noun ("His challenger, Ana
        Ruiz, issued a statement saying ..."), or ``None``."""
        lo = max(self._lo, m.start - _ISSUER_REACH)
        verb = _ISSUING_VERB.search(self._text, lo, m.start, timeout=_T)
        if verb is None:
            return None
        ends = [e.end() for e in _CLAUSE_BREAK.finditer(self._text, lo, verb.start(), timeout=_T)]
        start = max(ends[-1] if ends else lo, self._text.rfind("\n", lo, verb.start()) + 1)
        who = subject_before(self._text, start, verb.start(), self._lex)
        return who if who is not None and who.kind in ("name", "org") and who.name else None

    def _owned_title(self, m: Mention, role: str | None) -> regex.Match[str] | None:
        """The owner ("its", "the group's") of the title ``role`` written just before ``m``, in its
        sentence, or ``None``."""
        if not role:
            return None
        owned = None
        for found in _OWNED_TITLE.finditer(self._text, max(0, m.start - _OWNER_REACH), m.end, timeout=_T):
            owned = found
        if owned is None:
            return None
        words = self._text[owned.end() : m.end].split()[:_OWNED_TITLE_WORDS]
        cut = next(
            (k + 1 for k, w in enumerate(words) if w.endswith((",", ".", ";", ":", "!", "?"))), len(words)
        )
        if _bare(role.split()[-1]) not in [_bare(w.rstrip(",.;:!?")) for w in words[:cut]]:
            return None  # ("on its site. Party leader X", "its stores, staff said": not its title)
        return owned

    def _a_state(self, name: str) -> bool:
        """The gazetteer knows ``name`` as a state (or a loose grouping), no body that has officers."""
        return state_name(name, self._lex, groups=True)

    def _workplace_before(self, head: str, pos: int) -> Entity | None:
        """The body a possessive body noun means ("Her ministry", "Her organisation") when no body of it
        spoke: the body the last speaker's role names ("spokeswoman for the Economy Ministry"), or owns
        ("the centre's executive director": the centre named before), else the body with that noun the text
        named last, in passing ("in a statement published by the Economy Ministry")."""
        for p, e in reversed(self._said[-_SAID_REACH:]):
            if p >= pos or e.org:
                continue
            if pos - p > _BODY_REACH:
                break
            org = organization_in(e.role, self._lex)
            if org is not None and (head in _GENERIC_BODIES or head in [_bare(w) for w in org.split()]):
                return self._entity(org, org=True)
            owner = next(
                (
                    _bare(w)
                    for w in (e.role or "").split()
                    if w.endswith(("'s", "’s")) and _bare(w) in self._lex.institutions
                ),
                None,
            )
            if owner is not None and (head in _GENERIC_BODIES or owner == head):
                return self._named_body(owner, pos)
            break
        return None if head in _GENERIC_BODIES else self._named_body(head, pos)

    def _named_body(self, head: str, pos: int) -> Entity | None:
        """The body with the head noun ``head`` the text named last before ``pos`` ("the Nairobi-based Centre
        for Great Lakes Policy" for "centre"), its seat left out; ``None`` when none is near."""
        lo = max(0, pos - _NAMED_BODY_REACH)
        try:
            named = [
                d
                for d in _body_name_pattern(head).finditer(self._text, lo, pos, timeout=_T)
                if " " in d.group()
            ]
        except TimeoutError:
            return None
        if not named:
            return None
        words = named[-1].group().split()
        if _bare(words[0]) in self._lex.determiners:
            words = words[1:]  # "The Transport Ministry" opening a sentence
        return self._entity(" ".join(words), org=True)  # (the seat left out there)

    def _outlet_before(self, head: str, pos: int) -> Entity | None:
        """The outlet a category noun ("the newspaper", "the paper", "the channel") refers to, named before
        ``pos`` and not far: the body that spoke last when it is an outlet of that kind (a known outlet, an
        acronym, or one the text introduced with such a noun: "tabloid Komsomolskaya Pravda"), else the last
        outlet the text so introduced."""
        kind = _OUTLET_KINDS[head]
        lo = max(0, pos - _BODY_REACH)
        for p, e in reversed(self._order):
            if p >= pos:
                continue
            if p < lo:
                break
            if _country(e.name) is not None or _bare(e.name.split()[-1]) in name_genders(self._lex):
                continue  # a state ("Russia said") or a person is no outlet
            introduced = self._introduced_as(e.name, pos) or _outlet_kind(e.name)
            if introduced is not None and introduced != kind:
                continue  # "the channel" is no newspaper ("tabloid X", "The Daily Times")
            if introduced or e.name.isupper() or _known_outlet(e.name):
                return e
        try:
            named = list(_OUTLET_INTRODUCED.finditer(self._text, lo, pos, timeout=_T))
        except TimeoutError:
            return None
        for d in reversed(named):
            if _OUTLET_KINDS[d.group("noun").casefold()] == kind:
                return self._entity(_without_stop(d.group("name")), org=True)
        return None

    def _introduced_as(self, name: str, pos: int) -> str | None:
        """The kind of outlet ("print", "broadcast") the text introduced ``name`` as before ``pos``."""
        at = self._text.rfind(name, 0, pos)
        while at > 0:
            d = _OUTLET_BEFORE_NAME.search(self._text, max(0, at - _OUTLET_NOUN_REACH), at, timeout=_T)
            if d is not None:
                return _OUTLET_KINDS[d.group("noun").casefold()]
            at = self._text.rfind(name, 0, at)
        return None

    def _body_of_speaker(self, head: str, pos: int) -> Entity | None:
        """The body a recent speaker's title names, when its name holds ``head`` ("Foreign Ministry
        spokesperson Lin Hao said ... the ministry said": the Foreign Ministry)."""
        for p, e in reversed(self._said[-_SAID_REACH:]):
            if p >= pos or e.org or not e.role:
                continue
            if pos - p > _BODY_REACH:
                break
            org = organization_in(e.role, self._lex)
            if org is not None and head in [_bare(w) for w in org.split()]:
                return self._entity(org, org=True)
        return None

    def _named_later(self, m: Mention, pos: int) -> Entity | None:
        """The person an indefinite description is named as further on: "The diplomat, Lena Holm, ..."."""
        try:
            return self._named_in(m, pos, m.end, min(len(self._text), m.end + _FORWARD_REACH))
        except TimeoutError:
            return None  # a pathological stretch: the description stays unnamed

    def _named_in(self, m: Mention, pos: int, lo: int, hi: int) -> Entity | None:
        for d in _DEFINITE_NAMED.finditer(self._text, lo, hi, timeout=_T):
            if _role_key(d.group("head"), self._lex) != m.head:
                continue
            name = d.group("name")
            if _not_person(name):
                return None
            e = self._entity(name, org=False)
            e.roles.add(m.head)
            e.role = e.role or m.role
            self._said.append((pos, e))
            return e
        return None


# "The diplomat, Lena Holm, ...", "the senior envoy, Xu Lianbo, ...": a definite role noun and its name
_DEFINITE_NAMED = regex.compile(
    r"""
    (?<![\p{L}\p{N}])[Tt]he[ \t]++
    (?:\p{Ll}[\p{L}-]*+[ \t]++){0,2}?                      # up to two modifiers ("senior", "foreign")
    (?P<head>\p{Ll}[\p{L}-]*+),[ \t]++                     # the role noun, then a comma
    (?P<name>\p{Lu}[\p{L}'’-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+){1,3}+)  # two to four capitalised words
    (?=,)                                                   # closed by a comma
    """,
    regex.VERBOSE | regex.V1,
)
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "its", "their"])
# A kin noun owned by "his" or "her" and set off before a given name: "Her husband, " (before "Paul").
_KIN_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?P<owner>[Hh]is|[Hh]er)|(?P<named>\p{Lu}[\p{L}-]++)['’]s?)[ \t]++"
    r"(?P<kin>husband|wife|son|daughter|brother|sister|father|mother|widow|widower|grandson|granddaughter"
    r"|grandmother|grandfather|niece|nephew|aunt|uncle)[ \t]*+,[ \t]*+$",
    regex.V1,
)  # ("Her husband, ", "Reyland's husband, ": the owner by a possessive pronoun or by name)
_KIN_REACH = 40  # characters before a given name read for the kin noun it is apposed to
# A person written as dead: after "the late" (with a description or a kin noun between: "the late shipping
# magnate X", "her late husband, X"), or before "died" or "passed away" ("X, who died in 2019,"): no speaker
# of the article's present where one of the family still lives.
_DECEASED = regex.compile(
    r"""(?<![\p{L}\p{N}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]++late[ \t]++
        (?:\p{Ll}[\p{Ll}-]*+[ \t]++){0,3}?(?:\p{Ll}++,[ \t]++)?  # "shipping magnate", "husband, "
        (?P<name>\p{Lu}[\p{L}'’-]*+(?:[ \t]++\p{Lu}[\p{L}'’-]*+){1,3}+)
    |(?P<name>\p{Lu}[\p{L}'’-]*+(?:[ \t]++\p{Lu}[\p{L}'’-]*+){1,3}+)
        (?:,[ \t]++who)?[ \t]++(?:died|passed[ \t]++away)(?![\p{L}\p{N}])""",
    regex.V1 | regex.VERBOSE,
)
# Bodies that belong to one person ("His campaign", "Her office"): the person's, whom the possessive refers
# to as a pronoun of its gender would; and the gender of each possessive.
_PERSONAL_BODIES = frozenset(["campaign", "office", "staff", "team", "administration"])
_PERSON_POSSESSIVES = {"his": "male", "her": "female"}
# Bodies a person works for, which a possessive names as the one named before ("Her ministry", "his party"),
# unlike what is the person's own ("his campaign", "her team": theirs, whichever was named last).
_WORKPLACES = frozenset(
    ["ministry", "department", "organisation", "organization", "agency", "office", "company", "firm", "party",
     "centre", "center", "institute", "foundation", "commission", "committee", "union", "newspaper"]
)  # fmt: skip
# Nouns a news report uses for any body it named before ("the agency" for OCHA, "the organisation" for the
# WHO), whatever the body's own name holds.
_GENERIC_BODIES = frozenset(["agency", "organisation", "organization", "body", "watchdog"])
# Nouns for a grouping of states or parties, which "the ..." uses for one named just before (written by us).
# Nouns news uses for an association, a union or an advocacy body it named before ("the group"), and the
# head words of such bodies' names ("Association", "Federation", "Order"). Written by us.
_ASSOCIATION_NOUNS = frozenset(["group", "association", "organization", "organisation", "union"])
_ASSOCIATION_HEADS = frozenset(
    [
        *("association", "associations", "union", "federation", "league", "society", "foundation"),
        *("institute", "coalition", "alliance", "network", "caucus", "order", "club", "project"),
        *("fund", "council", "center", "centre", "organization", "organisation", "group", "trust"),
    ]
)
_GROUPING_BODIES = frozenset(["confederation", "bloc", "alliance", "grouping", "coalition", "federation"])
# Nouns of a firm, and a name set off as one: "Nordvolt, a Swedish battery maker, said".
_COMPANY_HEADS = frozenset(["company", "firm", "maker", "manufacturer", "producer", "operator", "group"])
# Last words of a firm's name: its legal form or its trade ("Delphis Tankers", "Nordvolt AB"). Written by us.
_COMPANY_NAME_ENDS = frozenset(
    [
        *(
            "inc",
            "ltd",
            "plc",
            "corp",
            "corporation",
            "co",
            "llc",
            "ag",
            "sa",
            "nv",
            "spa",
            "gmbh",
            "ab",
            "asa",
        ),
        *("holdings", "tankers", "shipping", "lines", "airlines", "airways", "motors", "technologies"),
        *("telecom", "pharmaceuticals", "pharma", "mining", "logistics", "petroleum", "energy", "industries"),
    ]
)
_COMPANY_APPOSITION = regex.compile(
    r"""\p{Lu}[\p{L}\p{N}&.'’-]*+(?:[^\S\n]++\p{Lu}[\p{L}\p{N}&.'’-]*+){0,3}+,[^\S\n]++(?:an?|the)[^\S\n]++
        (?:[\p{L}-]++[^\S\n]++){0,3}?(?:maker|manufacturer|company|firm|producer|operator|group|giant|lender
        |carrier|exporter|developer|retailer|insurer|bank|conglomerate)\b""",
    regex.VERBOSE | regex.V1,
)
_SENTENCE_GAP = regex.compile(r"[.!?]?+\s*+\n\s*+|[.!?][ \t]++", regex.V1)  # a sentence's or paragraph's end
# A firm named right after the noun of its trade, in lower case: "shipping group Maersk", "carmaker Volvo",
# "Danish shipping giant Maersk" (written by us).
_COMPANY_BEFORE_NAME = regex.compile(
    r"""(?<![\p{L}\p{N}])(?!(?i:militant|rebel|armed|jihadist|extremist|terrorist|terror|militia|political
          |advocacy|rights|pressure|lobby|lobbying|opposition|civic|islamist|insurgent|separatist|paramilitary
          |activist|campaign|human)\b)
        \p{L}[\p{Ll}-]*+[^\S\n]++  # the trade ("shipping"), no kind of militant or civic group
        (?:group|giant|firm|company|maker|carmaker|automaker|carrier|operator|conglomerate|producer|exporter
        |lender|insurer|retailer|manufacturer|miner|airline|shipper|supplier|developer|contractor)
        [^\S\n]++(?P<name>\p{Lu}[\p{L}\p{N}&.'’-]*+(?:[^\S\n]++\p{Lu}[\p{L}\p{N}&.'’-]*+){0,3}+)""",
    regex.VERBOSE | regex.V1,
)
# the noun of the body a title serves: "spokeswoman for the group"
_SERVED_BODY = regex.compile(r"\bfor[ \t]++the[ \t]++(?P<noun>\p{Ll}++)$", regex.V1)
# An aside right after a person's name giving the body they are of: "X, of the Centre for Justice, said".
_BODY_ASIDE = regex.compile(
    r",[ \t]++(?P<aside>(?:of|from)[ \t]++(?:[^,;:.()\n\p{Pi}\p{Pf}\"]|\.(?=\S)){2,80}+)", regex.V1
)
_OWNER_REACH = 160  # characters before a speaker read for a possessive title ("its spokesman, X,")
# The owner of a title, a body named before: "its spokesman", "the group's regional director".
_OWNED_TITLE = regex.compile(r"\b(?:[Ii]ts|[Tt]he[ \t]++(?P<noun>\p{Ll}++)['’]s)[ \t]", regex.V1)
_CAPITALISED_RUN = regex.compile(
    r"\p{Lu}[\p{L}&.'’-]*+(?:[ \t]++(?:(?:of|for|on|and|the)[ \t]++){0,2}+\p{Lu}[\p{L}&.'’-]*+){0,6}+",
    regex.V1,
)  # a name of up to seven capitalised words, with lower-case links
_DETERMINER_OPENING = regex.compile(r"^(?:The|A|An|This)[ \t]++")
# A finite verb right after a sentence's subject: "Russia has deployed", "Moscow said", "Kyiv denies".
_VERB_AFTER_SUBJECT = regex.compile(
    r"[ \t]++(?:(?:has|had|have|is|was|will|would|also|again|on[ \t]++\p{Lu}\p{Ll}++day)[ \t]++)*+"
    r"(?:\p{Ll}++(?<=ed|s)|said|told|made|sent|took|gave|held|won|lost)\b",
    regex.V1,
)
# A named person's group opening a sentence: "Ruiz's campaign", "Lee’s top advisers" (one modifier at most).
_OWNED_GROUP = regex.compile(
    r"""(?P<group>(?P<owner>\p{Lu}[\p{L}.-]*+(?:[ \t]++\p{Lu}[\p{L}.-]*+){0,2}+)['’]s?[ \t]++
        (?:\p{Ll}++[ \t]++)?
        (?:campaign|team|allies|aides|advisers|advisors|supporters|backers|staff|lawyers|attorneys|camp))\b""",
    regex.V1 | regex.VERBOSE,
)
# "to her spokesman, " right before a pronoun: a person's aide, named by role only, whom the pronoun means
# (the preposition keeps out a reported clause that ends with one: "X called his lawyer, he said").
# A phrase turning to a person just before a pronoun: "As for Ana Ruiz, " (then "she said ...").
_TOPIC_BEFORE = regex.compile(
    r"""\b(?:As|as)[ \t]++for[ \t]++
        (?P<name>\p{Lu}[\p{L}'’-]*+(?:[ \t]++\p{Lu}[\p{L}'’-]*+){0,2}+),[ \t]++\Z""",
    regex.V1 | regex.VERBOSE,
)
_POSSESSED_ROLE_BEFORE = regex.compile(
    r"""\b(?:to|with|from|for)[ \t]++(?P<owner>his|her|their)[ \t]++
        (?:\p{Ll}[\p{Ll}-]*+[ \t]++){0,2}?(?P<noun>\p{Ll}[\p{Ll}-]*+),[ \t]*+\Z""",
    regex.V1 | regex.VERBOSE,
)
_OWNED_TITLE_WORDS = 4  # words of the title after its owner
# ", issued after a GCC meeting", ", released by the Foreign Ministry": an aside naming who issued a text.
# An issuing verb right before a text noun ("issued a statement saying"): its subject issued the text.
_ISSUING_VERB = regex.compile(
    r"(?<![\p{L}\p{N}])(?:issued|released|published|posted|put[ \t]++out|sent|shared|tweeted)[ \t]++$",
    regex.V1,
)
_ISSUER_REACH = 300  # characters read back from a text noun for its issuer's clause
# " from the Taxpayers League" right after a text noun: the body that sent it.
_TEXT_FROM = regex.compile(
    r"""[ \t]++(?:from|by)[ \t]++(?:the[ \t]++)?
        (?P<body>\p{Lu}[\p{L}&.'’-]*+
            (?:[ \t]++(?:(?:of|for|and|the)[ \t]++){0,2}+\p{Lu}[\p{L}&.'’-]*+){0,6}+)""",
    regex.V1 | regex.VERBOSE,
)
_CLAUSE_BREAK = regex.compile(
    r"(?<!\p{Lu})[.!?][”\"’]?[ \t]++(?=\p{Lu})", regex.V1
)  # ("... of the job.” His rival, X, issued")
_ISSUING_ASIDE = regex.compile(
    r""",[ \t]++(?:issued|released|published|adopted|read[ \t]++out)[ \t]++(?:by|after|at|following)[ \t]++
        (?:(?:a|an|the)[ \t]++)?(?:\p{Ll}++[ \t]++)?
        (?P<body>\p{Lu}[\p{L}&.'’-]*+
            (?:[ \t]++(?:(?:of|for|and|the)[ \t]++){0,2}+\p{Lu}[\p{L}&.'’-]*+){0,6}+)""",
    regex.V1 | regex.VERBOSE,
)
_TITLE_BEFORE_NAME_CHARS = 40  # characters of a title between a person's scanned position and the name
_BODY_REACH = 400  # characters back to the speaker a body noun refers to when no body with that noun is named
_NAMED_BODY_REACH = 1500  # characters back to a body named in passing that a possessive body noun means


# How wire copy describes a United Nations body named before ("The UN health agency said", "the U.N. nuclear
# watchdog"): each description, casefolded, without "the" and the possessive "'s", and the names and acronyms
# of the bodies it may stand for, the one named last before it being meant. From the bodies' own descriptions
# of their mandates (who.int, iaea.org, unhcr.org, unicef.org, fao.org, wfp.org, wmo.int, unesco.org,
# ilo.org, iom.int, icao.int, ohchr.org, unrwa.org); written by us.
_WHO = ("World Health Organization", "World Health Organisation", "WHO")
_WFP = ("World Food Programme", "World Food Program", "WFP")
_BODY_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    description: names
    for descriptions, names in (
        (("un health agency", "un health body"), _WHO),
        (("un nuclear watchdog", "un atomic watchdog"), ("International Atomic Energy Agency", "IAEA")),
        (("un refugee agency",), ("UNHCR", "UN High Commissioner for Refugees")),
        (("un children agency", "un children fund"), ("UNICEF", "Unicef")),
        (("un food agency",), ("Food and Agriculture Organization", "FAO", *_WFP)),
        (("un food aid agency",), _WFP),
        (("un weather agency",), ("World Meteorological Organization", "WMO")),
        (("un cultural agency",), ("UNESCO", "Unesco")),
        (("un labour agency", "un labor agency"), ("International Labour Organization", "ILO")),
        (("un migration agency",), ("International Organization for Migration", "IOM")),
        (("un aviation agency",), ("International Civil Aviation Organization", "ICAO")),
        (("un human rights office",), ("OHCHR", "UN High Commissioner for Human Rights")),
        (("un agency for palestinian refugees",), ("UNRWA",)),
    )
    for description in descriptions
}
_DESCRIPTION_KEY = regex.compile(r"^the\s++|['’]s\b", regex.V1)


def _held_words(role: str) -> list[str]:
    """The words of ``role`` that name offices its holder holds alone: none after "one of" ("an economist at
    X and one of the survey's three authors" is no one "the authors" stand for), none of the office a
    serving one serves ("Special Adviser to the President" is no president, "spokesperson for the
    Secretary-General" no secretary-general)."""
    words = role.split()
    return next(
        (
            words[:n]
            for n in range(len(words) - 1)
            if (words[n] == "one" and words[n + 1] == "of")
            or (n > 0 and words[n] in ("to", "for", "of") and _bare(words[n - 1]) in _SERVING_OFFICES)
        ),
        words,
    )


# Offices held in the service of another office, which a complement after them names ("Adviser to the
# President", "Chief of Staff to the Prime Minister", "Special Representative of the Secretary-General").
_SERVING_OFFICES = frozenset(
    ["adviser", "advisor", "aide", "assistant", "spokesperson", "spokesman", "spokeswoman", "counsellor",
     "counselor", "staff", "secretary", "representative", "envoy", "deputy", "consultant"]
)  # fmt: skip


@functools.lru_cache(maxsize=64)  # bounded: heads come from the lexicon
def _body_name_pattern(head: str) -> regex.Pattern[str]:
    """A body's name built on ``head`` in title case: capitalised words before it ("Economy Ministry"), or
    "of"/"for"/"on" and capitalised words after it ("Centre for Great Lakes Policy")."""
    word = r"\p{Lu}[\p{L}'’.&-]*+"
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{N}}])(?:{word}[ \t]++){{0,4}}               # capitalised words before the head
            {regex.escape(head.capitalize())}(?![\p{{L}}\p{{N}}])          # the head ("Ministry", "Centre")
            (?:[ \t]++(?:of|for|on)[ \t]++(?:the[ \t]++)?{word}(?:[ \t]++(?:and[ \t]++)?{word}){{0,4}}+)?""",
        regex.VERBOSE | regex.V1,
    )


# Category nouns of news outlets, by kind: "the newspaper" is a paper named before, "the channel" a
# broadcaster.
_OUTLET_KINDS = {
    **dict.fromkeys(("newspaper", "paper", "daily", "tabloid", "weekly", "magazine"), "print"),
    **dict.fromkeys(("channel", "broadcaster", "network", "television", "tv", "radio"), "broadcast"),
}
_OUTLET_NOUNS = "|".join(sorted(_OUTLET_KINDS, key=len, reverse=True))  # longest first
# An outlet introduced by its category noun: "tabloid Komsomolskaya Pravda", "the broadcaster NTV".
_OUTLET_INTRODUCED = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}])(?P<noun>(?i:{_OUTLET_NOUNS}))[ \t]++
        (?P<name>\p{{Lu}}[\p{{L}}\p{{N}}&'’.-]*+(?:[ \t]++\p{{Lu}}[\p{{L}}\p{{N}}&'’.-]*+){{0,3}}+)""",
    regex.VERBOSE | regex.V1,
)
# The category noun right before a name ("tabloid |Komsomolskaya Pravda"), read back from the name.
_OUTLET_BEFORE_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<noun>(?i:{_OUTLET_NOUNS}))[ \t]++(?:the[ \t]++)?$", regex.V1
)
_OUTLET_NOUN_REACH = 20  # characters before a name read for its category noun
_TITLE_PEEK = 30  # characters read at a name's run for the title opening it
_SOLE_TITLED_REACH = 1500  # characters back to the one person given the office a bare role noun names
_TITLED_REACH = 400  # characters back to the titled person a bare office refers to
_FORWARD_REACH = 600  # characters read on for the name of an indefinite description

_Named = tuple[int, str, str, str]  # position, surname key, name as written, gender from an honorific


def _clean_title(title: str, lex: QuoteLexicon) -> str | None:
    """A title read before a name, as a role: without a sentence's opening word ("As Rep.", "Since
    President"); ``None`` for no office ("Sir") or an office of several ("Sens.")."""
    words = title.split()
    while words and (_bare(words[0]) in _CAP_STOP or _bare(words[0]) in lex.determiners):
        words.pop(0)
    bares = [_bare(w) for w in words]
    if not words or (
        bares[-1] not in lex.roles
        and bares[-1] not in compiled(lex).abbreviations
        and not _office_with_complement(words, bares, lex)
    ):
        return None
    if bares[-1].endswith("s") and bares[-1][:-1] in lex.roles:
        return None  # "Democratic candidates"
    if any(_GLUED.search(w) for w in words):
        return None  # "BushASSOCIATED PRESSOhio Gov.": a caption glued to the text
    return " ".join(words)


def _office_with_complement(words: list[str], bares: list[str], lex: QuoteLexicon) -> bool:
    """``words`` are an office written out with its complement, all capitalised but the links ("President of
    the Kyrgyz Republic", "Foreign Minister of Uzbekistan", "Minister for Manpower")."""
    n = next((n for n in range(1, len(words) - 1) if bares[n] in _OFFICE_COMPLEMENT_LINKS), 0)
    return (
        n > 0
        and bares[n - 1] in lex.roles
        and bares[n - 1][:-1] not in lex.roles  # ("Cabinet of Ministers of Turkmenistan" is a body)
        and all(_is_cap(w) or b in _OFFICE_LINKS for w, b in zip(words, bares, strict=True))
    )


_OFFICE_COMPLEMENT_LINKS = frozenset(["of", "for", "to"])


def _office_words(title: str, lex: QuoteLexicon) -> str | None:
    """A title without the styles and honorifics in it ("His Highness Sheikh" -> ``None``, "H.E. Minister"
    -> "Minister")."""
    words = [w for w in title.split() if _bare(w) not in lex.honorifics and _bare(w) not in _STYLE_OWNERS]
    return " ".join(words) or None


_GLUED = regex.compile(r"\p{Ll}\p{Lu}{2,}|\p{Lu}{3,}\p{Ll}")


_Titled = tuple[int, str, str]  # position, name as written, the title before it ("Syrian President")

# A verb in the present right after a person's full name, perhaps after an age set off by commas ("Juan Ortiz,
# 54, farms maize"), and the word after it.
_WORKING_VERB = regex.compile(
    r"(?:,[ \t]++\d{1,3}+,)?+[ \t]++(?P<verb>\p{Ll}{3,}+(?<=s))[ \t]++(?P<next>\p{L}++)", regex.V1
)
# Words after such a verb that make it no work done ("manages to", "says that", "trains as").
_NOT_WORK_OBJECTS = frozenset(["to", "that", "as", "it", "he", "she", "they", "we", "i", "you"])
# Endings that make a doer of a verb's stem ("farm" -> "farmer", "drive" -> "driver", "fish" -> "fisherman").
_AGENT_ENDINGS = ("er", "r", "erman")


def _agent_noun(verb: str, lex: QuoteLexicon) -> str | None:
    """The role noun naming the doer of ``verb`` in the third person present ("farms" -> "farmer",
    "teaches" -> "teacher", "fishes" -> "fisherman"), or ``None``; none for a role noun's plural ("Bernie
    Sanders supporters": no verb)."""
    if _is_role(verb, lex):
        return None
    stems = [verb[:-2], verb[:-1]] if verb.endswith("es") else [verb[:-1]]
    for stem in stems:
        for ending in _AGENT_ENDINGS:
            if len(stem) >= 3 and stem + ending in lex.roles:
                return stem + ending
    return None


_NAME_RUN = regex.compile(
    r"""
    (?<![\p{L}\p{N}'’.-])
    \p{Lu}[\p{L}'’-]*+\.?                                   # a capitalised word or an initial
    (?:(?:[ \t][“"]\p{Lu}[\p{L}'’-]*+[”"](?=[ \t]\p{Lu}))?  # a nickname in quotes ('Juan "Chico" Ortiz')
        [ \t](?:(?:al|el|bin|bint|ibn|de|del|dos|da|van|von|der|den|ter|la|le|abu)[ \t-]){0,2}  # "van der"
        \p{Lu}[\p{L}'’-]*+\.?){1,7}
    # more words, joined by spaces or tabs only: a name never crosses a line break
    """,
    regex.VERBOSE | regex.V1,
)
# A nickname in quotes inside a name, with the blank before it: the name is read without it.
_NICKNAME = regex.compile(r"[ \t][“\"]\p{Lu}[\p{L}'’-]*+[”\"]", regex.V1)


_Kin = dict[str, dict[str, str]]  # surname -> given name -> full name, for the others sharing a surname


def _scan_names(
    text: str, lo: int, lex: QuoteLexicon
) -> tuple[dict[str, str], list[_Named], dict[str, str], _Kin, list[_Titled]]:
    """Surname -> the longest run of name words ending with it, titles and openers removed; where each
    such personal name stands (places and bodies left out); first word -> the one name it opens
    ("" when several do), for family names written first; and the other people sharing a surname.

    Of several people sharing a surname ("Chris Dunleavy", later "Anne Marie Dunleavy"), the one named first
    keeps the bare surname."""
    out: dict[str, str] = {}
    kin: _Kin = {}
    ranks: dict[str, tuple[bool, bool, int]] = {}  # how good out's name is: opened by a given name, with no
    # generational suffix ("Donald J. Trump" over "Donald Trump Jr." for "Trump"), length
    openers: dict[str, str] = {}
    where: list[_Named] = []
    titled: list[_Titled] = []
    known = (_name_stops(lex), compiled(lex).lemmas, name_genders(lex))
    titles = _titles(lex)
    headlines = _Headlines(text)
    for m in timed_matches(_NAME_RUN, text, lo):  # a pathological article: the names before the expiry
        if headlines.holds(m.start()):
            continue  # "The New Mitt Romney Exploits Trump": title case joins words no name joins
        owner = any(mark in m.group() for mark in ("'s ", "’s ", "s' ", "s’ "))  # a possessive inside the run
        # (a nickname cut moves the words after it back by its length: their positions are near enough)
        whole = _NICKNAME.sub("", m.group()) if '"' in m.group() or "“" in m.group() else m.group()
        for start, run in _sentence_pieces(whole, m.start(), titles):
            for at, words in _verb_pieces(run, start, known[1]):
                if len(words) > 2 and words[-1].rstrip(".,") in _POST_NOMINALS:
                    words = words[:-1]  # "Edward Lang KC": the letters after the name are no part of it
                _note_name(words, at, lex, known, (out, where, openers, ranks, kin, titled), text, owner)
    return out, where, openers, kin, titled


class _Headlines:
    """Whether positions, asked in increasing order, lie on a short line written in title case (a
    headline or a subhead), where capitalised runs mix names with other words."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._line = (-1, -1)  # the line last looked at
        self._title = False

    def holds(self, pos: int) -> bool:
        """``pos`` lies on a title-case line (each line is read once)."""
        if not self._line[0] <= pos < self._line[1]:
            text = self._text
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            self._line = (start, end)
            self._title = end - start <= _HEADLINE_MAX and _title_case(text[start:end])
        return self._title


# Role nouns that tell a gender, for pronoun agreement ("spokeswoman Liu Meixin ... he" is someone else).
_ROLE_GENDER = {
    **dict.fromkeys(
        ["spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman"], "female"
    ),
    **dict.fromkeys(["spokesman", "chairman", "congressman", "businessman", "councilman"], "male"),
    **dict.fromkeys(["queen", "princess", "actress", "wife", "mother", "daughter", "sister"], "female"),
    **dict.fromkeys(["king", "prince", "actor", "husband", "father", "son", "brother"], "male"),
    **dict.fromkeys(["widow", "granddaughter", "grandmother", "niece", "aunt"], "female"),
    **dict.fromkeys(["widower", "grandson", "grandfather", "nephew", "uncle"], "male"),
}
_ROLE_REACH = 60  # characters before a name read for the lower-case role noun that titles it, and its body
# A possessive right before a title: "Azerbaijan's " in "Azerbaijan's Foreign Minister X".
_OWNER_BEFORE_TITLE = regex.compile(r"\p{Lu}[\p{L}-]*+(?:\s++\p{Lu}[\p{L}-]*+)?['’]s\s++$", regex.V1)
_HEADLINE_MAX = 200  # characters: longer lines are paragraphs, never headlines


def _title_case(line: str) -> bool:
    """Every word of four letters or more is capitalised, and there are at least four of them; a sentence
    closed by a full stop with a lower-case word in it is prose ("Foreign Minister Ana Ruiz met Foreign
    Minister Li Wen on Tuesday.")."""
    words = line.split()
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    if len(long_words) < 4 or not all(w[:1].isupper() for w in long_words):
        return False
    return not (line.rstrip().endswith(".") and any(w.isalpha() and w.islower() for w in words))


def _verb_pieces(words: list[str], at: int, cues: Mapping[str, str]) -> list[tuple[int, list[str]]]:
    """The words of a capitalised run cut at a reporting verb in the third person inside it, as title-case
    headlines write them ("Ana Ruiz Calls Tom Hale ..." -> "Ana Ruiz", "Tom
    Hale"); a verb opening the run stays ("Says Ellis: ..." is read by :func:`_note_name`)."""
    cut = [n for n in range(1, len(words)) if _third_person_cue(words[n], cues)]
    if not cut:
        return [(at, words)]
    pieces: list[tuple[int, list[str]]] = []
    prev = 0
    for n in [*cut, len(words)]:
        if prev < n:
            pieces.append((at + sum(len(w) + 1 for w in words[:prev]), words[prev:n]))
        prev = n + 1
    return pieces


def _third_person_cue(word: str, cues: Mapping[str, str]) -> bool:
    """A capitalised cue form in the third person ("Calls", "Says", "Slams"), not "Stress" or "Ross"."""
    return word.endswith("s") and not word.endswith("ss") and word.casefold() in cues


def _sentence_pieces(run: str, at: int, titles: frozenset[str]) -> list[tuple[int, list[str]]]:
    """The words of a capitalised run cut after each word whose dot ends a sentence
    ("Barack Obama. The" -> "Barack Obama.", "The"), each piece with its position.

    A run's words are joined by one blank each (:data:`_NAME_RUN`), so ``split`` finds them and their
    offsets follow from their lengths."""
    words = run.split()
    if "." not in run:
        return [(at, words)]  # no dot, no sentence end: the common case
    pieces: list[tuple[int, list[str]]] = []
    piece: list[str] = []
    start = pos = at
    for w in words:
        if not piece:
            start = pos
        piece.append(w)
        pos += len(w) + 1
        if _ends_sentence(w, titles):
            pieces.append((start, piece))
            piece = []
    if piece:
        pieces.append((start, piece))
    return pieces


def _note_name(
    words: list[str],
    start: int,
    lex: QuoteLexicon,
    known: tuple[frozenset[str], Mapping[str, str], Mapping[str, str]],
    into: tuple[
        dict[str, str], list[_Named], dict[str, str], dict[str, tuple[bool, bool, int]], _Kin, list[_Titled]
    ],
    text: str = "",
    owner: bool = False,
) -> None:
    """Record one piece of a capitalised run: its personal name after titles, by surname and first word.

    ``known`` holds the words that end a title or opener, the cue forms and the given names."""
    stop, cues, given_names = known
    out, where, openers, ranks, kin, titled_names = into
    if len(words) == 1 and _nation_noun(words[0].rstrip(".,")):
        return  # "the 58-year-old Dane": a nation's people, no one's name
    office_title = office_head = ""  # "Minister of Foreign Affairs": an office written before the name
    if len(words) > 2 and words[0] == "State" and text[max(0, start - 3) : start] == "of ":
        # "Minister of State Noura Al Suwaidi", "Secretary of State Antony Blinken": the office's complement,
        # then the name; the office is the title
        office = text[max(0, start - _ROLE_REACH, text.rfind("\n", 0, start) + 1) : start - 3].split()
        opens = len(office)
        while opens > 0 and _is_cap(office[opens - 1]) and _title_word(_bare(office[opens - 1]), lex):
            opens -= 1
        if opens < len(office):
            office_title, office_head = f"{' '.join(office[opens:])} of State", _bare(office[-1])
        words, start = words[1:], start + len("State ")
    the = 4 if text.endswith("the ", 0, start) else 0  # "President of the Kyrgyz Republic Sadyr Japarov"
    link = (4 if text[max(0, start - the - 4) : start - the] == "for " else 3) + the  # ("MP for Dunmore X")
    if (
        len(words) > 2
        and text[max(0, start - link) : start] in ("of ", "to ", "for ", "of the ", "to the ", "for the ")
        and (q := _holder_after_place(words, lex))
    ):
        # "President of the Republic of Belarus Alexander Lukashenko": the office's place, then the name
        office = text[max(0, start - _ROLE_REACH, text.rfind("\n", 0, start) + 1) : start - link].split()
        held = len(office)
        while (
            held > 0
            and (_is_cap(office[held - 1]) or office[held - 1] in _OFFICE_LINKS)
            and not office[held - 1].endswith((".", ",", ";", ":"))
            and not _title_word(_bare(office[held - 1]), lex)
        ):
            held -= 1  # "Minister of Energy of the Republic": the office's own complement before "of"
        if held < len(office) and (held == 0 or not _is_cap(office[held - 1])):
            held = len(office)
        opens = held
        while (
            opens > 0
            and _is_cap(office[opens - 1])
            and (
                _title_word(_bare(office[opens - 1]), lex)
                or (opens < held and _bare(office[opens - 1]) in lex.modifiers)
            )
        ):
            opens -= (
                1  # "Deputy Minister of Foreign Affairs", "Foreign Minister of": the title words before "of"
            )
        if opens < held:
            joined = text[start - link : start - 1]  # "of", "to", "for"
            office_title = f"{' '.join(office[opens:])} {joined} {' '.join(words[:q])}"
            office_head = _bare(office[held - 1])
        start += len(" ".join(words[:q])) + 1
        words = words[q:]
    cut = _possessive_cut(words) if owner else 0
    if cut:
        # "Barack Obama's America": the owner's name, then what is his, each a run of its own
        _note_name(words[:cut], start, lex, known, into, text)
        _note_name(words[cut:], start + sum(len(w) + 1 for w in words[:cut]), lex, known, into, text, True)
        return
    end = start + len(" ".join(words))  # the run's end, before titles and initials are cut from it
    k = len(words)
    if _bare(words[-1]) in stop and _titled_surname(words, [_bare(w) for w in words], lex):
        k -= 1  # "Larry King", "Mr. Prince": a title's spelling that is the surname
    while k > 0 and (
        (words[k - 1].islower() and _bare(words[k - 1]) in lex.particles)  # ("del", no "Del." for delegate)
        # ("Mario Del Bono": a particle capitalised without the abbreviation's dot, inside the name)
        or (k < len(words) and _bare(words[k - 1]) in lex.particles and not words[k - 1].endswith("."))
        or (
            _bare(words[k - 1]) not in stop
            and not _plural_title(words[k - 1], lex)
            and not _title_word(_bare(words[k - 1]), lex)
        )
    ):
        k -= 1
    title = _bare(words[k - 1]) if k > 0 else ""
    titled = _title_word(title, lex) or title in _TITLE_ABBREVIATIONS
    title_words = " ".join(words[:k])
    if (
        titled
        and k > 0
        and text
        and (time_word := _TIME_BEFORE_TITLE.search(text, max(0, start - 12), start))
    ):
        title_words = f"{time_word.group(1)} {title_words}"  # "former President X": a former president
    if office_title and all(_bare(w) in lex.honorifics for w in words[:k]):
        # ("Minister of Foreign Affairs H.E. Dr. Ana Ruiz": the office, not the honorifics after it)
        titled, title, title_words = True, office_head, office_title
    if not titled and k == 0 and text:
        # "pollster Cornell Abara", "spokeswoman Ilse Varga": a lower-case role noun titles the name, with
        # the name of a body before it ("Hamas chief Ismail Haniyeh")
        lo = max(0, start - _ROLE_REACH, text.rfind("\n", 0, start) + 1)  # (on the name's own line)
        before = text[lo:start].split()
        # ("the Emirati minister of state Saeed Al Marri": the office's complement after its noun)
        noun = len(before) - (3 if before[-3:-1] == ["minister", "of"] and before[-1:] == ["state"] else 1)
        if before and before[noun].islower() and _is_role(before[noun], lex):
            titled, title = True, before[noun]
            opens = noun
            while (
                opens > 0
                and len(before) - opens <= _BODY_TITLE_WORDS
                and _is_cap(before[opens - 1])
                # (a quotation's last word is no body's: '"... with this Council," envoy X said'; an
                # initialism's stops are its own: "U.S. envoy X")
                and (
                    not before[opens - 1].endswith((",", ".", ":", ";", '"', "”", "’", "»", "!", "?"))
                    or _dotted_capitals(before[opens - 1])
                )
                and _bare(before[opens - 1]) not in _CAP_STOP
            ):
                opens -= 1  # "Foreign Ministry spokesperson Mao Ning": the body's whole name before the role
            opens = _lower_title_start(before, opens, lo == 0 or text[lo - 1] == "\n", cues, lex)
            title_words = " ".join(before[opens:])
    title_gender = _HONORIFIC_GENDER.get(title, "") or _ROLE_GENDER.get(title, "")
    if (styled := _after_styles(words, k)) > k:
        titled = True  # "HE Saif bin Hamad Al Busaidi", "Datuk Sri Ahmad Zaki": a style titles the name
    words = words[styled:]
    while words and _bare(words[0]) in cues:
        words = words[1:]  # "Said Ellis: ...": the cue opens the run
    while words and words[-1].endswith(".") and _initial(words[-1]) and _bare(words[-1]) not in _GENERATIONS:
        words = words[:-1]
    if words and words[-1].endswith(".") and _bare(words[-1]) not in _GENERATIONS:
        words = [*words[:-1], words[-1][:-1]]  # "President Barack Obama." ends a sentence
    if len(words) == 1 and titled and len(words[0]) > 1:
        where.append((start, _bare(words[0]), words[0], title_gender))  # "Mr. Ito"
        if title_words and _is_role(title, lex):
            titled_names.append((start, words[0], title_words))  # "Pope Leo visited ... the pope said"
        return
    if len(words) < 2:
        return
    key = _surname_key(words)
    full = " ".join([*words[:-1], words[-1].removesuffix("'s").removesuffix("’s")])
    given = words[0].casefold() in given_names
    rank = (given or _initial(words[0]), not _generation(words), len(words))
    if given and _another_given(out.get(key), words[0], given_names):
        # "Anne Marie Dunleavy" after "Chris Dunleavy": another person of the same family
        family = kin.setdefault(key, {})
        first = words[0].casefold()
        if len(full) > len(family.get(first, "")):
            family[first] = full
    elif rank > ranks.get(key, (False, False, 0)):
        # the longest run opened by a given name or an initial ("Bernie Sanders" over "New Hampshire
        # Sanders", a run crossing a missing comma); else the longest run
        out[key] = full
        ranks[key] = rank
    if (len(words) <= 3 or given or titled) and not _initial(words[0]):
        # the one name a word opens: a family name written first ("Xi" for "Xi Jinping", though "xi" is
        # also a given name) or a given name alone ("Hillary"; after a title, "Sheikha Latifa" for "Sheikha
        # Latifa bint Khalid Al Suwaidi")
        first = _bare(words[0])
        openers[first] = full if openers.get(first, full) == full else ""
    if (titled or given) and not _not_person(full) and key not in lex.institutions:
        where.append((start, key, full, title_gender))  # "Daw Aye Mon", "spokeswoman Liu Meixin": a woman
        if titled and title_words:
            titled_names.append((start, full, title_words))  # "Syrian President Bashar al-Assad"
    elif len(words) <= 3 and text:
        kin_noun = _KIN_BEFORE.search(text, max(0, start - _KIN_REACH), start, timeout=_T)
        # "her husband, Milton Kress, a banker, she ...": the relative's noun before the name tells, not the
        # pronoun after it (the other's); else the pronoun (it fails fast, at the next capital or comma)
        gender = _ROLE_GENDER.get(kin_noun.group("kin"), "") if kin_noun else _gender_after(text, end)
        if not kin_noun and _OWN_CLAUSE_PRONOUN.match(text, end, min(len(text), end + 40), timeout=_T):
            gender = ""  # "Her colleague Y said she worked hard": whose "she" is the resolver's to judge
        # ("Timur Bekov met Dariga Seitkaliyeva": a Slavic family name's ending tells, as a given name would)
        gender = gender or surname_gender(full)
        if (
            gender
            and _plain_name(words, lex)
            and _not_after_place_word(text, start)
            and not _not_person(full)
        ):
            where.append((start, key, full, gender))  # "Suu Kyi ... after her party won": a woman
        elif (
            (apposed := _apposed_office(text, end, lex))
            and _plain_name(words, lex)
            and _not_after_place_word(text, start)
            and not _not_person(full)
        ):
            # "Khalid Rahimi, the acting minister of mines, visited ...": the office set off after a name no
            # given name tells, for a role noun later ("the minister said")
            titled_names.append((start, full, apposed))


def _apposed_office(text: str, end: int, lex: QuoteLexicon) -> str:
    """The office set off by commas right after a name, opened by an article, with a role noun in lower case
    among its first words ("Khalid Rahimi, the acting minister of mines, visited": "acting minister of
    mines"), else ``""``."""
    if not text.startswith(", ", end):
        return ""
    am = _APPOSITION_AFTER_NAME.match(text, end, min(len(text), end + 160))
    if am is None or am.start("r") == end + 2:
        # (an article opens it: not "Khalid Rahimi, Minister of Mines," nor a place, "Rome, Italy,")
        return ""
    words = am.group("r").split()
    if not any(w.islower() and _is_role(_bare(w), lex) for w in words[:_APPOSED_ROLE_WORDS]):
        return ""
    return " ".join(words)


_APPOSED_ROLE_WORDS = 6  # words of a description after a name read for its role noun


_RANK_MODIFIERS = frozenset(["deputy", "vice", "first", "second", "principal", "lead"])  # no body's words
# A body's name as a possessive opening a role mention: "The European Commission's (spokesperson)".
_BODY_OWNER = regex.compile(
    r"(?:[Tt]he\s++)?(?P<owner>\p{Lu}[\p{L}.&-]*+(?:\s++(?:of\s++|for\s++|and\s++)?\p{Lu}[\p{L}.&-]*+){0,4}+)"
    r"['’]s\s",
    regex.V1,
)


# Generational suffixes after a surname ("Ramon Villanueva Jr.", "John Smith III"): part of the name, never
# the surname a later mention uses.
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _lower_title_start(
    before: list[str], opens: int, at_start: bool, cues: Mapping[str, str], lex: QuoteLexicon
) -> int:
    """Where a title written in lower case before a name opens ("His old rival, former communist party leader
    X": "former communist party leader"): plain words back to a comma, an article or the text's start, no
    reporting verb among them; else ``opens`` as it was."""
    k = opens
    while (
        k > 0
        and opens - k < _BODY_TITLE_WORDS
        and before[k - 1].isalpha()
        and _bare(before[k - 1]) not in cues
        and _bare(before[k - 1]) not in lex.determiners
        and _bare(before[k - 1]) not in _LOWER_TITLE_STOPS
        and (not before[k - 1].endswith(("ed", "ing")) or _bare(before[k - 1]) in lex.modifiers)
    ):
        k -= 1
    if k == opens:
        return opens
    if k == 0:
        return 0 if at_start else opens
    prev = before[k - 1]
    if prev.endswith((",", ".", ":", ";")) or _bare(prev) in lex.determiners or prev in _TITLE_PREPOSITIONS:
        return k  # ("after former prime minister X": a preposition's object opens with the title)
    # "nominated former footballer X", "met outgoing president X": a word of the title's time opens it
    return next((n for n in range(k, opens) if _bare(before[n]) in _TITLE_TIMES), opens)


# A lower-case word of a title's time right before a capitalised title ("former President X").
_TIME_BEFORE_TITLE = regex.compile(
    r"(?<![\p{L}-])(former|ex-|outgoing|incoming|then-|acting|interim|late)\s++$", regex.V1
)
# An unnamed spokesperson, with its article and nothing else: "a spokesperson", "a spokesman".
_BARE_SPOKESPERSON = regex.compile(r"(?i:an?)\s++spokes(?:person|man|woman)", regex.V1)
# Words of when a title was or will be held, which open it ("former footballer", "outgoing president").
# Written by us.
_TITLE_TIMES = frozenset(["former", "ex", "outgoing", "incoming", "then", "acting", "interim", "late"])
# Prepositions whose object may open with a lower-case title ("after former prime minister X returned",
# "talks with opposition leader X"). Written by us.
_TITLE_PREPOSITIONS = frozenset(
    ["after", "before", "with", "by", "from", "for", "against", "about", "over", "on", "at", "of"]
)


# Words no title holds: links, prepositions and the verbs a clause may put before a name. Written by us.
_LOWER_TITLE_STOPS = frozenset(
    ["and", "or", "but", "of", "to", "in", "on", "at", "with", "by", "for", "from", "as", "about", "after",
     "before", "against", "over", "than", "like", "is", "was", "are", "were", "be", "been", "has", "have",
     "had", "who", "whom", "which", "that", "when", "while", "if", "not", "also", "says", "said", "told",
     "met", "saw", "called", "named", "hired", "replaced", "beat", "joined", "became"]
)  # fmt: skip


# An apostrophe between letters, inside a word ("O'Dell", "N’Diaye"), not a possessive's.
_INNER_APOSTROPHE = re.compile(r"[^\W\d_]['’](?!s$)[^\W\d_]")


_ARTICLE_KEY_LEN = 5  # a surname with the Arabic article holds more letters than "al-" and two


def _surname_key(words: list[str]) -> str:
    """The casefolded surname of a name's words, past a generational suffix ("Villanueva" in "Ramon
    Villanueva Jr.") and without the Arabic article joined to it ("al-Moussawi" is "Moussawi" written
    alone)."""
    key = _bare(words[-2]) if len(words) > 1 and _bare(words[-1]) in _GENERATIONS else _bare(words[-1])
    if key.startswith(("al-", "el-")) and len(key) > _ARTICLE_KEY_LEN:
        return key[3:]
    return key


# Nouns for a person that no role noun is, with the gender they mark ("" for none): an unnamed speaker
# described by them ("A young man from Ardamata", "an elderly woman") is the antecedent of a pronoun after.
_PERSON_NOUN_GENDER = {
    **dict.fromkeys(["man", "boy", "father", "husband", "son", "brother", "grandfather"], "male"),
    **dict.fromkeys(["woman", "girl", "mother", "wife", "daughter", "sister", "grandmother"], "female"),
    **dict.fromkeys(["teenager", "youth", "person", "parent", "child"], ""),
    # people a story describes by what they do, not an office ("The intermediary said ... “...,” he said")
    **dict.fromkeys(
        ["intermediary", "mediator", "negotiator", "witness", "resident", "survivor", "villager"], ""
    ),
}


# A dummy "it" opening an impersonal clause: "It seems unfair", "It is time", "It would be wrong".
_DUMMY_IT = regex.compile(
    r"\s++(?:seems|seemed|appears|appeared|is|was|would\s++be|will\s++be|remains|remained)\s++"
    r"(?:\p{Ll}++\s++){0,2}?(?:unfair|fair|time|clear|unclear|likely|unlikely|possible|impossible|hard|easy"
    r"|difficult|wrong|right|true|important|necessary|worth|striking|odd|strange|ironic|obvious)\b",
    regex.V1,
)


def _role_gender(role: str | None) -> str:
    """The gender a gendered role noun in ``role`` marks ("spokeswoman": female), or "": read up to the
    first preposition ("vice president at her father's company" marks none)."""
    for w in (role or "").split():
        b = _bare(w)
        if b in _ROLE_GENDER_STOPS:
            return ""
        if g := _ROLE_GENDER.get(b, ""):
            return g
    return ""


_ROLE_GENDER_STOPS = frozenset(["of", "at", "for", "to", "in", "with", "from", "on", "by"])


def _generation(words: list[str]) -> str:
    """The generational suffix closing a name's words ("jr"), or ""."""
    return _bare(words[-1]) if len(words) > 1 and _bare(words[-1]) in _GENERATIONS else ""


def _name_key(words: list[str]) -> str:
    """The key of a person's entity: the surname, with a generational suffix when there is one ("trump jr"
    for "Donald Trump Jr.", another person than "Donald J. Trump")."""
    generation = _generation(words)
    return f"{_surname_key(words)} {generation}" if generation else _surname_key(words)


def _apposed_name(words: tuple[str, ...], lex: QuoteLexicon) -> int:
    """Where the name starts in the words set off by commas after a sentence's opening description: after
    its titles ("Gen. Ali Sani", "military analyst Ivan Roe"); -1 when lower-case words open them without a
    role noun ending them ("police arrested Tom Hale")."""
    cut = max((i + 1 for i, w in enumerate(words) if _title_word(_bare(w), lex)), default=0)
    lower = next((i for i, w in enumerate(words) if not w[:1].islower()), len(words))
    if lower and not (cut >= lower and _is_role(_bare(words[lower - 1]), lex)):
        return -1
    return cut


def _possessive_cut(words: list[str]) -> int:
    """1 + the index of the first word but the last ending with a possessive, else 0."""
    for n in range(len(words) - 1):
        if words[n].endswith(("'s", "’s")) or (_possessive_word(words[n]) and len(words) - n > 2):
            return n + 1  # (a plural's apostrophe before a full name: "Harbour News’ Ana Ruiz", not
            # "Leaders’ College")
    return 0


def _possessive_word(word: str) -> bool:
    """A possessive: "Iran's", or a plural's bare apostrophe ("Harbour Times’ Ana Ruiz")."""
    return word.endswith(("'s", "’s", "s'", "s’")) and len(word) > 2


def _plain_name(words: list[str], lex: QuoteLexicon) -> bool:
    """Capitalised words that may be a person's name: no initial-only, institution, modifier or role."""
    stop = _not_name_words(lex)
    for w in words:
        b = _bare(w)
        if len(b) < 2 or not _is_cap(w) or b in stop or (w.isupper() and len(w) > 1):
            return False
        if len(b) > 4 and b.endswith("s") and b[:-1] in lex.roles:
            return False  # "Officials"
    return True


_NOT_NAMES: dict[int, tuple[QuoteLexicon, frozenset[str]]] = {}


def _not_name_words(lex: QuoteLexicon) -> frozenset[str]:
    """Words that are never part of a plain personal name, as one set built once per lexicon."""
    got = _NOT_NAMES.get(id(lex))
    if got is None or got[0] is not lex:
        words = lex.institutions | lex.modifiers | lex.roles | _ORG_EXTRA | _TIME_HEADS | _CAP_STOP
        got = _NOT_NAMES[id(lex)] = (lex, words)
    return got[1]


# Words before a capitalised run that make it a place or a body rather than a person ("in New Hampshire",
# "the Washington Redskins").
_PLACE_BEFORE = _PLACE_PREPOSITIONS | frozenset(["the", "a", "an", "across", "around", "toward", "towards"])


def _not_after_place_word(text: str, start: int) -> bool:
    """The word before ``start`` is no preposition or article ("in New Hampshire", "the Washington ...")."""
    before = text[max(0, start - 12) : start].split()
    return not before or before[-1].casefold() not in _PLACE_BEFORE


# A third-person pronoun later in the sentence of a name, with no capitalised word or sentence end between:
# "Khin Myo kept her seat even after her party lost" (not "him": an object may be anyone).
_GENDER_NEXT = regex.compile(
    r"""
    [^\p{Lu}.!?;:,\n“”"«»()]{1,80}?
    (?<![\p{L}\p{N}'’-])(?P<pronoun>she|her|herself|he|his|himself)(?![\p{L}\p{N}'’-])
    """,
    regex.VERBOSE | regex.V1,
)
# A verb after a speaker's name and the pronoun opening the clause it reports: "says he", "said that she".
_OWN_PRONOUN_REACH = 300  # characters before a speaker read for another person a pronoun after it may mean
_NAMED_BEFORE_RUN = regex.compile(
    r"(?<![\p{L}'’.-])\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++){1,3}+(?![\p{L}'’-])", regex.V1
)  # two to four capitalised words: a person's name, maybe, before a speaker
_OWN_CLAUSE_PRONOUN = regex.compile(
    r"[ \t]++\p{Ll}++(?:[ \t]++that)?+[ \t]++(?P<pronoun>he|she)(?![\p{L}\p{N}'’-])", regex.V1
)
_PRONOUN_GENDER = {"she": "female", "her": "female", "herself": "female"}
_PRONOUN_GENDER |= {"he": "male", "his": "male", "himself": "male"}


def _gender_after(text: str, end: int) -> str:
    """The gender of the first pronoun after a name ending at ``end``, in its sentence, with no other
    capitalised word before it ("" when there is none or the pattern times out)."""
    try:
        m = _GENDER_NEXT.match(text, end, min(len(text), end + 90), timeout=_T)
    except TimeoutError:
        return ""
    return "" if m is None else _PRONOUN_GENDER[m.group("pronoun")]


def _another_given(known: str | None, first: str, given_names: Mapping[str, str]) -> bool:
    """``known`` (the name a surname stands for) opens with a given name other than ``first``, which is none
    of its middle words ("Manuel Arancibia" for "Juan Carlos Manuel Arancibia": a second given name or a
    first surname, as Spanish and Portuguese names put two surnames after two given names)."""
    if known is None:
        return False
    words = known.casefold().split()
    return words[0] != first.casefold() and words[0] in given_names and first.casefold() not in words[1:-1]


def _plural_title(word: str, lex: QuoteLexicon) -> bool:
    """An abbreviated title in the plural ("Sens.", "Reps.", "Govs.") before several names."""
    b = _bare(word)
    return word.endswith(".") and len(b) > 2 and b.endswith("s") and b[:-1] in lex.roles


def _ends_sentence(word: str, titles: frozenset[str]) -> bool:
    """A word whose final dot ends a sentence inside a run of capitals ("Monday. Liu", "Cruz. Along"),
    not an initial, a title or another abbreviation ("Del.", "Gen.", "Sgt.", "St.")."""
    if not word.endswith(".") or _initial(word):
        return False
    b = _bare(word)
    # a title's abbreviation is short ("Gen.", "Sen.", "Prof."); a title written out ends its sentence there
    # ("“We’re Republicans. We argue a lot.”")
    short = b in titles and len(b) <= _TITLE_ABBREVIATION_LEN and b not in _SHORT_WORD_TITLES
    return not (short or b in _ABBREVIATIONS)


# Titles of four letters or fewer that are whole words, never abbreviations ("said a Democratic aide.").
_SHORT_WORD_TITLES = frozenset(
    ["aide", "aides", "head", "host", "chef", "boss", "dean", "king", "emir", "pope", "imam", "czar", "tsar"]
)


def _without_stop(name: str) -> str:
    """A canonical name without a sentence's full stop or a closing quote mark it was read with ("Ben
    Jealous.”"); an initial's or an abbreviation's dot stays ("Joseph R. Biden Jr.", "U.S.")."""
    name = name.rstrip("\"”’'")
    words = name.split()
    if len(words) > 1 and _ends_sentence(words[-1], frozenset()) and not _dotted_capitals(words[-1]):
        return name[:-1]
    return name


def _acronym_stop(word: str) -> bool:
    """Two capitals and a dot ("AP.", "UN."): an acronym before a full stop, not a run of initials."""
    return len(word) == 3 and word[2] == "." and word[:2].isupper() and word[:2].isalpha()


_TITLE_ABBREVIATION_LEN = 4  # letters: "Gov.", "Rep.", "Prof." may abbreviate a title; "Democrats." does not
# Abbreviated titles the lexicon lacks ("Sgt. Tom Bale"): cut from names like the lexicon's titles.
_TITLE_ABBREVIATIONS = frozenset(
    [
        *(
            "sgt",
            "capt",
            "maj",
            "cmdr",
            "supt",
            "amb",
            "atty",
            "pres",
            "sec",
            "cpl",
            "pvt",
            "brig",
            "pfc",
            "spc",
        ),
        *("sens", "reps", "govs", "gens", "messrs"),
    ]
)
# Abbreviations with a dot that may stand inside a run of capitals, besides the titles.
_ABBREVIATIONS = _TITLE_ABBREVIATIONS | frozenset(
    ["st", "mt", "ft", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "bros", "dept", "univ", "assn"]
)


_MIN_MISSPELT = 5  # letters: shorter surnames differ by one letter too often to be the same person


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or len(a) < 4 or len(b) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


_HONORIFIC_GENDER = {"mr": "male", "sir": "male", "mrs": "female", "ms": "female", "miss": "female"}
_HONORIFIC_GENDER |= {"madam": "female", "daw": "female"}  # "Daw": a Burmese woman's honorific
# Adverbs that may stand between a sentence opener and its subject ("And even Lee", "But then Ruiz").
_BRIDGE_ADVERBS = frozenset(["even", "also", "then", "now", "still", "only", "again", "finally"])


def _bridge_noun(word: str, lex: QuoteLexicon) -> bool:
    """A lower-case word that may modify a title inside a subject ("campaign", "science"): no function
    word, verb form, adverb or participle."""
    if word in _CAP_STOP or word in _NP_DETERMINERS or word in lex.determiners or word in _RELATIVE:
        return False
    if word in lex.auxiliaries or word in compiled(lex).lemmas or word in compiled(lex).pronouns:
        return False
    return not word.endswith(("ed", "ly", "ing", "'s", "’s"))


_STARTS: dict[int, tuple[QuoteLexicon, frozenset[str]]] = {}


def _bridge_starts(lex: QuoteLexicon) -> frozenset[str]:
    """Words that may open a bridge inside a subject: roles, modifiers, adverbs (built once per lexicon)."""
    got = _STARTS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _STARTS[id(lex)] = (lex, lex.roles | lex.modifiers | _BRIDGE_ADVERBS | _TITLE_OPENING_NOUNS)
    return got[1]


# Nouns that open a title in lower case after a sentence's opener ("But opposition MP Ana Ruiz disagreed",
# "Then district chief Omar Ali spoke"); as nouns alone ("the opposition said") they are no modifiers.
_TITLE_OPENING_NOUNS = frozenset(
    [
        *("opposition", "parliamentary", "provincial", "municipal", "district", "city", "county"),
        *("village", "tribal", "community", "union"),
    ]
)


# Last words of a run that names a show or a work after a person, not the person ("The Rachel Maddow Show").
_WORK_HEADS = frozenset(
    ["show", "program", "programme", "podcast", "hour", "award", "prize", "act", "doctrine"]
)
_BODY_TITLE_WORDS = 5  # capitalised words of a body's name read before a lower-case role noun
_MIN_INNER = 4  # letters: a shorter word inside a name ("de", "bin", "Al") names nobody alone
# What introduces a person right after their name: an age or a description set off by a comma.
_INTRODUCED_AFTER = regex.compile(r",\s++(?:\p{N}{1,3}+\s*+,|(?:an?|the|who)\s)", regex.V1)
_QUOTE_CHARS = frozenset('"“”«»„')  # marks of a quotation in a sentence that introduces a newcomer
_ATTRIBUTION_GAP = 4  # characters from a quotation's closing mark to the pronoun attributing it (", he")
_INTRODUCTION_REACH = 400  # characters before a quotation read for the sentence introducing its speaker
# A role set off by a comma after a name, closing its sentence: ", president of the growers' union."
_INTRODUCING_TAIL = regex.compile(
    r",[ \t]++(?!(?:who|whose|whom|which|that|where|when)\b)(?P<r>[\p{Ll}\p{Lu}][^,.!?;:“”\"\n]{2,160}+)\.",
    regex.V1,
)  # (no relative clause: "..., whose family fished here." introduces no one)
_SAID_REACH = 12  # resolved speakers a pronoun weighs, latest first (bounded on dense text)


def _acronym(name: str) -> bool:
    """Two to seven capitals ("ONA", "CNN", "IRNA", "UKMTO", "CENTCOM"): string tests, no pattern to time."""
    return 2 <= len(name) <= _ACRONYM_LETTERS and all(c.isupper() for c in name)


_ACRONYM_LETTERS = 7


_ANTECEDENT_REACH = 1500  # characters: how far back a pronoun looks for a person named without speaking


_MEDIA = frozenset(n.casefold() for n in (*AGENCIES, *OUTLETS))


def _epithet(words: list[str], lex: QuoteLexicon, *, loose: bool) -> tuple[tuple[str, ...], ...] | None:
    """The role-word sets an epithet ending ``words`` stands for ("Russian top diplomat" -> foreign
    minister or secretary of state), the longest epithet first; ``None`` when none ends them. A one-word
    epithet ("leader", "chief") only when ``loose`` (a country or body is named with it: "the Syrian
    leader"); alone it stays the role it names."""
    for n in (3, 2, 1) if loose else (3, 2):
        if len(words) >= n:
            alts = compiled(lex).epithets.get(" ".join(words[-n:]))
            if alts is not None:
                return alts
    return None


# Words before a role noun that rank or describe its holder without naming another office ("the senior
# minister", "the outgoing mayor", "the top diplomat"): they never set two holders of one noun apart.
_GENERIC_MODIFIERS = frozenset(
    [
        *("former", "senior", "top", "acting", "chief", "leading", "prominent", "veteran", "longtime"),
        *("outgoing", "incoming", "retired", "current", "then", "well-known", "famous", "unnamed", "new"),
        *("anonymous", "high-ranking", "high", "ranking", "official", "junior", "assistant", "associate"),
        *("special", "general", "executive", "powerful", "embattled", "influential", "young", "old"),
        *("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "of", "for", "and"),
        *("longtime", "long-time", "newly", "appointed", "elected", "interim", "caretaker", "sitting"),
        *("freshman", "sophomore", "first-term", "second-term", "rookie"),
    ]
)
_PLACE_LINKS = frozenset(["of", "for"])  # "the mayor of Eastport", "the envoy for Sudan"


# Party epithets news uses for a politician it named before ("The Ohio Democrat"), and the letter of each
# party's tag ("D-Ohio"). Written by us, after US political news.
_PARTIES = {"democrat": "D", "republican": "R", "independent": "I"}
# Role words of an office a party epithet may stand for ("Sen.", "Rep.", "Gov."): a politician's.
_POLITICAL_ROLES = frozenset(
    [
        *("senator", "representative", "governor", "mayor", "president", "lawmaker", "legislator"),
        *("candidate", "nominee", "speaker", "leader", "whip", "delegate", "councilman", "councilwoman"),
    ]
)
# Offices held for one US state, which an epithet naming the state describes ("the Texas senator").
_STATE_OFFICES = frozenset(["senator", "representative", "governor", "lawmaker", "legislator", "delegate"])
# A party tag or a state after a person's name: ", R-Texas", " (D-Calif.)", " of Ohio".
_AFFILIATION_AFTER = regex.compile(
    r"""
    (?:[ \t]*+,[ \t]*+|[ \t]++\([ \t]*+)
    (?P<party>[RDI])[ \t]*+[-–][ \t]*+(?P<state>\p{Lu}[\p{L}.]*+(?:[ \t]\p{Lu}[\p{L}.]*+)?)
    | [ \t]++of[ \t]++(?P<place>\p{Lu}\p{L}++(?:[ \t]\p{Lu}\p{L}++)?)
    """,
    regex.V1 | regex.VERBOSE,
)
# A party and perhaps a state before a title and a name: "Republican Sen. ", "Ohio Democratic Rep. Ana ".
_PARTY_BEFORE = regex.compile(
    r"(?P<place>\p{Lu}\p{Ll}++[ \t]++(?:\p{Lu}\p{Ll}++[ \t]++)?)?(?P<party>Democratic|Republican)[ \t]++"
    r"(?:\p{Lu}[\p{L}.]*+[ \t]++){1,3}+$",
    regex.V1,
)


def _state_qualifier(words: list[str]) -> str | None:
    """The US state among the words before a role noun ("The Ohio Democrat", "the former Texas governor"),
    the others only ranking the holder; ``None`` when none names a state."""
    lead = [w for w in words if w.casefold() not in _GENERIC_MODIFIERS and w.casefold() != "freshman"]
    name = " ".join(lead)
    return name if lead and _a_us_state(name) else None


def _a_us_state(name: str) -> bool:
    """``name`` is a US state's, as a politician's epithet or tag writes it; "Georgia" and "Washington" too,
    which the shipped list leaves out as a country and a capital."""
    return name in _us_states() or name in ("Georgia", "Washington")


def _same_state(state: str, written: str) -> bool:
    """``written`` names the US state ``state``: the name itself, or an abbreviation whose letters the name
    holds in order from its first ("Calif.", "Fla.", "N.Y.")."""
    short = written.replace(".", "").replace(" ", "").casefold()
    full = state.replace(" ", "").casefold()
    if not short or short[0] != full[0]:
        return False
    it = iter(full)
    return short == full or ((written.endswith(".") or len(short) <= 2) and all(c in it for c in short))


_SENTENCE_END = regex.compile(r"[.!?][”\"’)]?[ \t]++(?=[\p{Lu}“\"])|\n", regex.V1 | regex.REVERSE)
_SENTENCE_REACH = 600  # characters read back for the start of the sentence before


def _previous_sentence_start(text: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts (the reach's start when none is found)."""
    lo = max(0, pos - _SENTENCE_REACH)
    ends = iter(_SENTENCE_END.finditer(text, lo, min(len(text), pos + 1), timeout=_T))  # (+1: its capital)
    next(ends, None)  # the end of the sentence before: the start of this one
    before = next(ends, None)
    return before.end() if before is not None else lo


def _generic_only(words: list[str]) -> bool:
    """Every word before a role noun only ranks or describes its holder ("the former governor"): none
    names another office or a place."""
    return all(w.casefold() in _GENERIC_MODIFIERS for w in words)


@attrs.frozen
class _Qualifiers:
    """What sets the office a role noun names apart from another with the same noun: its portfolio
    ("health" in "the health minister"), its country ("the Japanese foreign minister", "China's envoy")
    and the state or place after "of" ("the representative of France", "the mayor of Eastport")."""

    portfolio: frozenset[str]
    countries: frozenset[str]  # states named before the noun ("Japanese", "China's")
    of_countries: frozenset[str]  # states named after it ("of France"): the holder's title must name one
    places: frozenset[str]  # casefolded capitalised words after "of"/"for" that name no state

    @classmethod
    def read(cls, said: str, role: str, heads: set[str], lex: QuoteLexicon) -> _Qualifiers:
        """The qualifiers of a mention written ``said`` whose role is ``role`` and head one of ``heads``."""
        words = _plain_words(role)
        portfolio = {
            _role_key(w, lex)
            for w, raw in zip(words[:-1], role.split(), strict=False)
            if (w.islower() or w.casefold() in lex.modifiers)
            and w == raw.strip(".,;:()")  # no possessor ("the congressman's spokesman")
            and _role_key(w, lex) not in heads
            and w.casefold() not in _GENERIC_MODIFIERS
            and _country(w) is None
        }
        plain = _plain_words(said)
        at = next((i for i, w in enumerate(plain) if _role_key(w, lex) in heads), len(plain))
        tail = plain[at + 1 :]
        places: set[str] = set()
        of_countries: set[str] = set()
        if tail and tail[0].casefold() in _PLACE_LINKS:
            of_countries = _countries(tail[1:])
            places = {w.casefold() for w in tail[1:] if w[:1].isupper() and _country(w) is None}
        return cls(
            frozenset(portfolio), frozenset(_countries(words)), frozenset(of_countries), frozenset(places)
        )

    def clash(self, roles: set[str], title: str, heads: set[str], lex: QuoteLexicon) -> bool:
        """A holder titled ``title`` (role words ``roles``) holds another office than the one qualified:
        another portfolio ("Interior Minister" for "the health minister"; a title with no portfolio,
        "Minister", clashes with none), another country, or no word of what follows "of" ("Mayor Lund"
        is not "the mayor of Eastport", nor the UN's envoy "the representative of France")."""
        if self.portfolio - roles:
            # the holder's own portfolio: a known office word of their title ("Christian and corporate
            # speaker" has none that sets them apart from "the conference speaker")
            theirs = {
                r for r in roles - heads - _GENERIC_MODIFIERS if r in lex.modifiers and _country(r) is None
            }
            if theirs - self.portfolio:
                return True
        if not (self.countries or self.of_countries or self.places):
            return False
        plain = _plain_words(title)
        codes = _countries(plain)
        if self.of_countries and not codes & self.of_countries:
            return True
        if self.places and not self.places <= {w.casefold() for w in plain} | roles:
            return True
        return bool(self.countries and codes and not codes & self.countries)


# Nouns for any member of a legislature, and the offices they stand for ("the lawmaker" after "Sen. X").
_LAWMAKER_NOUNS = frozenset(["lawmaker", "legislator"])
_LEGISLATIVE_OFFICES = frozenset(["representative", "senator", "legislator", "lawmaker", "delegate", "mp"])
_LAST_SPEAKER_REACH = 400  # characters from the speaker of just before to a role noun that may be theirs
# Role nouns news copy uses for whichever official, diplomat or lawmaker it last quoted, whatever their title
# ("Governor X wrote ... the official said"). Written by us.
# Role nouns that stand for a holder of other titles: an officer for a military rank ("Lt. Col. X ... the
# officer said"), a judge for a judge's title ("Justice X ... the judge ruled"). Written by us.
_HOLDERS_OF = {
    "officer": _RANKS - {"prince", "princess", "emir", "king", "queen", "field"},
    "judge": frozenset(["justice"]),
}
_SYNONYM_ALTS = 2  # offices a one-word epithet may stand for and still be read as a synonym ("premier")
GENERIC_ROLE_NOUNS = frozenset(["official", "diplomat", "lawmaker", "legislator", "politician"])
# One person described by such a noun with an indefinite article ("a senior official", "another diplomat").
_INDEFINITE_ROLE = {
    noun: regex.compile(
        rf"""(?<![\p{{L}}\p{{N}}])(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]++  # the indefinite article
            (?:[\p{{L}}-]++[ \t]++){{0,3}}?{noun}(?!\p{{L}})          # up to three modifiers, the noun""",
        regex.V1 | regex.VERBOSE,
    )
    for noun in GENERIC_ROLE_NOUNS
}
_COMPASS = frozenset(["new", "north", "south", "east", "west"])


def _plain_words(text: str) -> list[str]:
    """The words of a title as written, without possessives and commas ("Russia's", "NATO")."""
    return [w.removesuffix("'s").removesuffix("’s").strip(".,;:()") for w in text.split()]


def _countries(words: list[str]) -> set[str]:
    """The states and bodies ``words`` name ("Russian", "North Korean", "NATO", "Hamas"); "New Jersey" and
    "South Carolina" name none however their second word reads."""
    out: set[str] = set()
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i].casefold() in _COMPASS:
            code = _country(f"{words[i]} {words[i + 1]}")
            if code:
                out.add(code)
            i += 2
            continue
        if (
            i + 1 < len(words)
            and words[i][:1].isupper()
            and words[i + 1][:1].isupper()
            and (code := _country(f"{words[i]} {words[i + 1]}"))
        ):
            out.add(code)  # "representative of the United States", "the United Kingdom's envoy"
            i += 2
            continue
        code = _country(words[i])
        if code:
            out.add(code)
        i += 1
    return out


_NAME_CACHE = 1 << 14  # names remembered; a stream of articles brings ever new ones


@functools.lru_cache(maxsize=_NAME_CACHE)  # bounded: names come from the text
def _country(word: str) -> str | None:
    """The state or body a title word names ("Russian", "Iran", "NATO" -> its code), or ``None``."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    if not word[:1].isalpha() or len(word) < 2 or (len(word) < 3 and not word.isupper()):
        return None
    g = default_gazetteer()
    e = g.adjective(word) or g.lookup(word)
    return e.code if e is not None else None


@functools.lru_cache(maxsize=_NAME_CACHE)  # bounded: words come from the text
def _demonym(word: str) -> bool:
    """A capitalised nation's adjective used as a noun ("German", "Italian"), which names no one by itself;
    a state's own name ("Germany") is no demonym."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    if not (word[:1].isupper() and word.isalpha()) or word.isupper():
        return False
    e = default_gazetteer().adjective(word)
    return (
        e is not None
        and e.type == "state"
        and word.casefold() not in (n.casefold() for n in (e.name, *e.aliases))
    )


def _plural_group(name: str, lex: QuoteLexicon) -> bool:
    """``name`` ends with a capitalised word naming a group of people in the plural: a nation's, region's or
    faith's people ("Europeans", "Hispanics", "Americans") or the holders of a role or party ("Democrats",
    "Aides"), which no "he" or "she" refers to."""
    words = name.split()
    last = words[-1]
    if len(words) > 3 or len(last) < 4 or not last.isalpha() or not last.endswith("s") or last.endswith("ss"):
        return False  # ("Conservative Christians", "Many Americans": the group after its modifiers)
    one = last[:-1]
    return one.casefold() in _GROUP_NOUNS or _demonym(one) or _is_role(one.casefold(), lex)


def _body_like(name: str, lex: QuoteLexicon) -> bool:
    """``name`` reads as a body's or a website's, not a person's: a word of it heads a body's name
    ("Association of Flight Attendants", "Cornell University"), or it ends with a web domain
    ("Harbourcheck.org")."""
    if _WEB_NAME.search(name) is not None:
        return True
    words = name.split()
    if words[0] in ("The", "the") or any(_capitals_word(w) for w in words):
        return True  # "The Obama" (a headline's run), "Super PAC", "F.A.A.": no person's name
    return any(_bare(w) in lex.organization_heads for w in words)


def _capitals_word(word: str) -> bool:
    """``word`` is written in capitals like an acronym ("PAC", "HP", "F.A.A."), not like initials ("J.M.")."""
    letters = word.replace(".", "")
    if not (letters.isalpha() and letters.isupper()) or letters.casefold() in _GENERATIONS:
        return False  # ("Luther Pate IV": a generation)
    return len(letters) >= 3 or (len(letters) == 2 and "." not in word)


_WEB_NAME = regex.compile(r"\.(?:com|org|net|gov|edu|co\.uk)$", regex.V1 | regex.I)


# The people a capitalised plural may name as a group, besides a state's demonym and a role noun.
_GROUP_NOUNS = frozenset(
    [
        *("european", "hispanic", "latino", "latina", "asian", "african", "arab", "muslim", "christian"),
        *(
            "catholic",
            "evangelical",
            "protestant",
            "jew",
            "sunni",
            "shiite",
            "kurd",
            "democrat",
            "republican",
        ),
        *("liberal", "conservative", "progressive", "libertarian", "independent", "moderate", "millennial"),
    ]
)


# Nouns that end like an adverb: "the family said", "a close ally said".
_LY_NOUNS = frozenset(
    ["family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "homily", "bully", "italy"]
)


# Words in an outlet's name that tell its kind ("Channel One", "The Moscow Times", "Pravda"). Written by us.
_PRINT_WORDS = frozenset(
    ["times", "post", "journal", "gazette", "gazeta", "daily", "herald", "tribune", "globe", "pravda", "mail",
     "telegraph", "guardian", "izvestia", "kommersant", "newspaper", "magazine", "weekly", "chronicle",
     "examiner", "observer", "shimbun", "star", "express", "courier"]
)  # fmt: skip
_BROADCAST_WORDS = frozenset(["tv", "television", "radio", "channel", "broadcasting", "broadcaster"])


def _outlet_kind(name: str) -> str | None:
    """ "print" or "broadcast" when a word of the outlet's name tells which, else ``None``."""
    words = {_bare(w) for w in name.split()}
    if words & _BROADCAST_WORDS:
        return "broadcast"
    return "print" if words & _PRINT_WORDS else None


def _outlet(name: str) -> bool:
    """``name`` is a news outlet: one geoquote knows, or one whose name says it broadcasts ("KXYZ-TV", "Radio
    Liberty")."""
    return _known_outlet(name) or bool(set(_bare(name).replace("-", " ").split()) & _BROADCAST_WORDS)


def _known_outlet(name: str) -> bool:
    """``name`` is a news outlet or agency geoquote knows, or such an outlet's edition for a place ("Novaya
    Gazeta Europe")."""
    return name.casefold() in _MEDIA or _outlet_edition(name)


def _outlet_edition(name: str) -> bool:
    """``name`` is a known outlet's edition for a place or language ("Novaya Gazeta Europe"); not a host
    named after the outlet ("Fox News Sean Hannity")."""
    words = name.casefold().split(" ")
    for k in range(len(words) - 1, 1, -1):  # the longest outlet name the words open with
        if " ".join(words[:k]) in _MEDIA_OF_WORDS:
            rest = " ".join(name.split(" ")[k:])
            return bool(rest) and (rest.casefold() in _EDITIONS or _country(rest) is not None)
    return False


# Words naming an outlet's edition after its name ("Novaya Gazeta Europe", "Al Jazeera English"). Written by
# us.
_EDITIONS = frozenset(
    ["europe", "asia", "africa", "america", "americas", "international", "english", "online"]
)
# Outlets whose names have two words or more: a name they open is theirs ("Novaya Gazeta Europe"); a one-word
# outlet may open a person's name ("Dawn", "Fox").
_MEDIA_OF_WORDS = frozenset(m for m in _MEDIA if " " in m)


def adverb(word: str) -> bool:
    """A lower-case word ending in "-ly" that is no noun ending so ("firmly", not "family" or "ally")."""
    return word.endswith("ly") and word not in _LY_NOUNS


def not_person(name: str) -> bool:
    """A name that is a place, state, body or time rather than a person ("Moscow", "North Korea")."""
    return _not_person(name.removeprefix("the ").strip())


def _known_actor(name: str) -> bool:
    """The gazetteer knows ``name`` as a state, body or group ("Democratic Republic of the Congo")."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    return default_gazetteer().lookup(name) is not None


@functools.lru_cache(maxsize=_NAME_CACHE)  # bounded: names come from the text
def _not_person(name: str) -> bool:
    """A name that is a place, state, body or time rather than a person ("Moscow", "North Korea")."""
    words = name.split()
    if not words or any(_bare(w) in _TIME_WORDS for w in words):
        return True
    if name.casefold() in _MEDIA:
        return True  # "told Politico", "Fox News reported": an outlet
    if any(_bare(w) in ("states", "house", "council", "committee", "party", "union") for w in words):
        return True
    return _known_actor(name)
