"""The organisation a speaker's title or description names.

A person's role often says whom they speak for: "State Department spokesman Ned Price", "Maria Zakharova,
spokeswoman for the Russian Foreign Ministry", "a spokesperson for the U.S. Indo-Pacific Command", "Yang
Moo-jin, president of the University of North Korean Studies". :func:`organization_in` reads that body
from the words of a role or a mention: a capitalised run before the role noun, or after "of", "for", "at",
"with", "from" or "in" (and "by" after a work: "a report by ..."), perhaps after words that describe it
("the advocacy group ...", "the libertarian ... Institute"). A run counts as an organisation when it is
built on an organisation's head noun (``QuoteLexicon.organization_heads``: "Ministry", "Command",
"University"), or the gazetteer knows it as a body or armed group ("Hamas", "IAEA"); a lone unknown word
counts only as an employer or author ("an analyst at ...", "chief executive of ..."). A state or a place
is no organisation ("Ambassador of Russia to Syria", "Advisor to the Supreme Leader of Iran", "the
representative of the Russian Federation", "his counterpart in Brussels" name none). A body written in
lower case is read as written ("Peru's foreign ministry", "Defence ministry spokeswoman").

>>> from geoquote._quote_lexicon import DEFAULT_LEXICON as lex
>>> organization_in("spokeswoman for the Russian Foreign Ministry", lex)
'Russian Foreign Ministry'
>>> organization_in("State Department spokesman", lex)
'State Department'
>>> organization_in("Ambassador of Russia to Syria", lex) is None
True
"""

from __future__ import annotations

import functools
import re

from ._data_header import COLON_DATELINE_CITIES, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, US_STATES
from ._quote_lexicon import QuoteLexicon
from ._speaker_names import name_genders

__all__ = ["COMPANY_FORMS", "acronym_expansion", "organization_in", "state_name"]

# Words that introduce the body a role serves ("spokeswoman for", "president of", "fellow at").
_INTRODUCERS = frozenset(["of", "for", "at", "with", "from", "in"])
# Written works whose author "by" introduces ("a report by the ... Group", "a study by SIPRI").
_WORKS = frozenset(
    [
        *("report", "study", "survey", "poll", "analysis", "paper", "review", "audit", "assessment"),
        *("investigation", "estimate", "statement", "letter", "memo", "brief", "index", "census", "tally"),
        *("forecast", "inquiry", "briefing", "research", "count", "evaluation"),
    ]
)
# Introducers of a place as well as a body: a body's seat after them is the place.
_LOCATIVE = frozenset(["in", "from", "at"])
# Lower-case words inside a body's name between capitalised words ("Council on Foreign Relations",
# "Ministry of Foreign Affairs and Expatriates", "Committee to Protect Journalists"), "&" among them ("London
# School of Hygiene & Tropical Medicine").
_INNER = frozenset(
    ["of", "for", "on", "and", "&", "to", "the", "de", "du", "des", "al", "della", "del", "di", "la"]
)
# Connectors after a head noun that opens a body's name ("Ministry of ...", "Council on ...").
_OPENING_LINKS = frozenset(["of", "for", "on", "to"])
# Words before a body's name that are no part of it ("A Pentagon spokesman", "Retired Army Col.").
_LEADING = frozenset(
    [
        "a",
        "an",
        "former",
        "retired",
        "acting",
        "outgoing",
        "incoming",
        "longtime",
        "veteran",
        "ruling",
        "main",
        "opposition",
        "governing",
    ]
)
# Abbreviated styles of address before a title ("HRH Prince", "HE Minister"; His Royal Highness, His
# Excellency), read case-sensitively: no body, though written in capitals. Written by us, after the usage of
# the Gulf state news agencies (WAM, BNA, KUNA).
_STYLES = frozenset(["HRH", "H.R.H.", "HH", "H.H.", "HM", "H.M.", "HE", "H.E."])
# A chamber written after the side that leads it and before a floor office ("Government House Leader",
# "Opposition House Leader", "Conservative Senate Leader", "NDP House Leader", as Canadian copy writes the
# offices of the House of Commons and the Senate; "Democratic House Whip"): the side and the chamber name no
# body together. Written by us, after the Parliament of Canada's own English names of the offices.
_CHAMBERS = frozenset(["House", "Senate"])
_FLOOR_OFFICES = frozenset(["leader", "whip"])
# An acronym or short name in brackets after a body's name ("Justice and Development Party (AK Party)").
_BRACKETED = re.compile(r"[ \t]*+\([^()\n]{1,24}+\)")
_STRIP = ',;:()[]"“”‘’'


def _word(tok: str) -> str:
    """A token without the punctuation around it."""
    return tok.strip(_STRIP)


def _possessive(w: str) -> bool:
    return w.endswith(("'s", "’s"))


def _cap(w: str) -> bool:
    return (
        w[:1].isupper()
        or (w[:3] == "al-" and w[3:4].isupper())
        or (w[:2] in ("d'", "d’") and w[2:3].isupper())
    )


def _bare(w: str) -> str:
    w = w.casefold().rstrip(".")
    return w[:-2] if _possessive(w) else w


def _acronym(w: str) -> bool:
    """Two to six capitals, dots allowed ("IAEA", "U.N.")."""
    letters = w.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


_NAME_CACHE = 1 << 14  # names remembered; a stream of articles brings ever new ones


@functools.lru_cache(maxsize=_NAME_CACHE)  # bounded: names come from the text
def _known_body(name: str) -> bool | None:
    """True: the gazetteer knows ``name`` as a body or armed group; False: as a state; None: unknown."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    e = default_gazetteer().lookup(name)
    if e is None:
        return None
    if e.type == "group":
        return False  # "Western", "Arab": a loose grouping describes the person, no body they work for
    return e.type != "state"


# Parties that English-language copy names by one word of their own language or a mixed-case short name,
# which neither the gazetteer nor the reading of capitals as an acronym knows ("PiS MP X", "Likud MK X",
# "Isamaa chairman X"), read case-sensitively. From the parties' names as the national parliaments list their
# groups: the Sejm (Poland), the Riigikogu (Estonia), the Eduskunta (Finland), the Riksdag (Sweden), the
# Storting (Norway), the Folketing (Denmark), the Knesset (Israel) and the Legislative Yuan (Taiwan).
# Names that are also common words or given names ("Reform", "Centre", "Left", "Razem") left out.
_PARTY_NAMES = frozenset(
    [
        *("PiS", "Konfederacja", "Lewica"),  # Poland
        *("Isamaa", "Keskerakond", "Reformierakond"),  # Estonia
        *("Kokoomus", "Keskusta", "Perussuomalaiset", "Vihreät"),  # Finland
        *("Moderaterna", "Sverigedemokraterna", "Socialdemokraterna", "Kristdemokraterna"),  # Sweden
        *("Høyre", "Senterpartiet", "Arbeiderpartiet", "Fremskrittspartiet"),  # Norway
        *("Venstre", "Socialdemokratiet", "Moderaterne"),  # Denmark
        *(
            "Likud",
            "Shas",
            "Meretz",
            "Hadash",
            "Ra'am",
            "Ra’am",
            "Balad",
            "Hadash-Ta'al",
            "Hadash-Ta’al",
        ),  # Israel
        "Kuomintang",  # Taiwan
        # Australia (the Parliament of Australia's party list: the Australian Greens, The Nationals), New
        # Zealand (the NZ Parliament's: the Green Party, "the Greens"); "Labor" and "Liberal" left out,
        # read as adjectives as "Labour MP" is (and "Labor Secretary X" is a US office)
        *("Greens", "Nationals"),
    ]
)


# Names a ruling movement governs under, which copy writes as the body that speaks ("Islamic Emirate spokesman
# X", "the Islamic Emirate's deputy spokesman"), unlike the state's own name: the Taliban's name for their
# government since 2021 (as Afghan English-language outlets, Tolo News and Pajhwok, print it). Written by us.
_RULERS_NAMES = frozenset(["Islamic Emirate"])


# Nouns for an armed group's people, after its name or adjective ("Houthi rebels", "Hamas fighters").
_FIGHTERS = frozenset(["rebels", "fighters", "militants", "insurgents", "militiamen", "gunmen", "guerrillas"])


@functools.lru_cache(maxsize=_NAME_CACHE)  # bounded: words come from the text
def _armed_group(word: str) -> str | None:
    """The armed group ``word`` names or describes ("Houthi", "Hamas"), by its canonical name, or ``None``."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    g = default_gazetteer()
    e = g.adjective(word) or g.lookup(word)
    return e.name if e is not None and e.type == "armed_group" else None


@functools.lru_cache(maxsize=_NAME_CACHE)
def _seat(name: str) -> bool:
    """The one word ``name`` is the seat the gazetteer names a body by, no word of the body's own name nor
    its acronym ("Brussels" for the European Union): after "in" it is the place."""
    from ._actors import default_gazetteer

    e = default_gazetteer().lookup(name)
    return (
        e is not None
        and e.type == "organization"
        and " " not in name
        and name.casefold() not in e.name.casefold()
        and name not in e.acronyms
    )


@functools.lru_cache(maxsize=_NAME_CACHE)
def _state_name(name: str) -> bool:
    """``name`` is a state's own name or one of its aliases ("Russian Federation", "Soviet Union"), though
    built on a body's head noun: a state, no organisation."""
    from ._actors import default_gazetteer

    e = default_gazetteer().lookup(name)
    folded = name.casefold()
    return e is not None and e.type == "state" and any(folded == n.casefold() for n in (e.name, *e.aliases))


# Title modifiers that may close a body's name as its portfolio ("Ministry of National Defence", "Department
# of Homeland Security"); any other ("National", "Executive") is the first word of a title glued to the name
# ("Council on ... Relations National Executive Director").
_CLOSING_PORTFOLIOS = frozenset(
    [
        *("administration", "communications", "defence", "defense", "energy", "finance", "government"),
        *("health", "intelligence", "interior", "justice", "police", "policy", "research", "security"),
        *("state", "trade"),
    ]
)

# Head nouns of a body's name beside the lexicon's, only inside a name of two words or more: "House",
# "Club", "Coalition", "Caucus", "School", "Services", "Police" closing one ("Freedom House", "Sierra Club",
# "Law School", "West Yorkshire Police", "Federal Police"; "the House" alone is a chamber, "the Ruiz White
# House" an administration, "police" alone no one force) and "Order", "Club", "Coalition", "Caucus",
# "School" opening one before "of", "for" or "on" ("Warsaw School of Economics"; not "to": "Coalition to
# Stop X and March on Y" runs two names together)
# "of" ("Fraternal Order of Police"; an "Executive Order" is a document).
_CLOSING_HEADS = frozenset(["house", "club", "coalition", "caucus", "school", "services", "police"])
_OPENING_HEADS = frozenset(["order", "club", "coalition", "caucus", "school"])
# Head nouns of a college's name that the city it stands in closes ("University College London", "Imperial
# College London", "King's College London", as the colleges write their own names).
_SEATED_HEADS = frozenset(["college", "university", "school"])

# Head nouns that name one body on their own ("Kremlin spokesman", "Senate Majority Leader"); any other lone
# head ("Party leaders", "Committee Chairman") is too little to name one. Likewise "Fed", as wire copy calls
# the US Federal Reserve before its officers' titles ("Fed Chair X", "Fed Governor X"; written by us).
# So do the national parliaments' own names, as English copy writes them before a member's title ("Knesset
# member X", "Bundestag deputy X", "Sejm speaker X"; the parliaments' names in the Inter-Parliamentary Union's
# Parline database); "Sabha", "Shura" and "Jirga" name one only with the word before them ("Lok Sabha").
_PARLIAMENTS = frozenset(
    [
        *("knesset", "duma", "rada", "sejm", "bundestag", "bundesrat", "majlis", "mejlis", "mazhilis"),
        *(
            "kenesh",
            "khural",
            "storting",
            "riigikogu",
            "saeima",
            "seimas",
            "sabor",
            "skupstina",
            "oireachtas",
        ),
        *("folketing", "riksdag", "eduskunta", "althing", "hluttaw"),
    ]
)
_STANDALONE = frozenset(
    ["kremlin", "pentagon", "senate", "congress", "parliament", "army", "navy", "fed", *_PARLIAMENTS]
)


def _is_org(words: list[str], lex: QuoteLexicon) -> bool:
    """The capitalised run ``words`` names an organisation."""
    if not words:
        return False
    heads = lex.organization_heads
    bares = [_bare(w) for w in words]
    if len(words) > 1 and _state_name(" ".join(words)):
        return False  # "the representative of the Russian Federation": a state
    if "to" in bares[1:] and _state_name(" ".join(words[: bares.index("to", 1)])):
        return False  # "Ambassador of the Russian Federation to Damascus": a state, then where it is sent
    if " ".join(words).removesuffix("'s").removesuffix("’s") in _RULERS_NAMES:
        return True  # "Islamic Emirate spokesman X": the ruling movement, by the name it governs under
    if len(words) == 1:
        if bares[0] in _STANDALONE or words[0] in _PARTY_NAMES:
            return True
        known = _known_body(words[0])
        if known is not None:
            return known
        return (
            len(words[0].replace(".", "")) >= 3
            and _acronym(words[0])
            and bares[0] not in lex.modifiers  # ("PRIME Minister X": a paper's capitals opening a story)
            and bares[0] not in lex.roles
        )
    if (
        " ".join(bares) in heads
        or bares[-1] in heads
        or (
            bares[-1] in _CLOSING_HEADS
            and " ".join(bares[-2:]) not in heads
            and not all(b in lex.modifiers for b in bares[:-1])  # ("Interim Police Commissioner": no body)
        )
    ):
        return True  # "Russian Foreign Ministry", "White House" (the gazetteer reads both as their state)
    if len(words) >= 3 and bares[-2] in _SEATED_HEADS and _cap(words[-3]) and _known_body(words[-1]) is False:
        return True  # "University College London", "Imperial College London": a head, then the city it is in
    if (bares[-1] not in lex.modifiers or bares[-1] in _CLOSING_PORTFOLIOS) and any(
        (bares[k] in heads and bares[k + 1] in _OPENING_LINKS)
        or (bares[k] in _OPENING_HEADS and bares[k + 1] in ("of", "for", "on"))
        for k in range(min(4, len(words) - 2))
    ):
        return True  # "Ministry of Foreign Affairs", "Syrian Observatory for Human Rights"
    if (
        len(words) >= 4
        and bares[-2] == "of"
        and bares[-3].endswith("s")
        and _cap(words[-3])
        and _cap(words[-4])
        and _known_body(words[-1]) is False
    ):
        # "Communications Workers of America", "Mine Workers of America": a body named for its land, by two
        # capitalised words at least ("the Christians of Iraq" are no body)
        return True
    return bool(_known_body(" ".join(words)))


def _run(words: list[str], i: int, lex: QuoteLexicon, *, roles: bool) -> tuple[list[str], int]:
    """The capitalised run that opens at ``words[i]``, with lower-case joining words kept inside it, and
    the index after it. With ``roles`` false, a role noun ends it ("Foreign Ministry spokesperson")."""
    out: list[str] = []
    j = i
    while j < len(words):
        w = words[j]
        if _cap(w) and (roles or _bare(_word(w)) not in lex.roles or _inside_name(words, j, lex)):
            out.append(w)
            j += 1
            if w.endswith((",", ";", ":", ")")):
                break  # "the Foreign Ministry, said": the comma ends the name
            continue
        # a joining word counts only between capitalised words
        k = j
        while k < len(words) and words[k] in _INNER:
            k += 1
        if k == j or k >= len(words) or not out or not _cap(words[k]):
            break
        if not roles and _bare(_word(words[k])) in lex.roles and not _inside_name(words, k, lex):
            break
        if "and" in words[j:k] and _bare(words[k]) in name_genders(lex):
            break  # "the Court of Appeals and William M. Landes": a person joins, no body's name goes on
        out.extend(words[j:k])
        j = k
    return [_word(w) for w in out], j


# Legal-form suffixes that close a company's name ("Kazakhstan Temir Zholy JSC", "Caspian Shipping LLC").
# Written by us.
COMPANY_FORMS = frozenset(["jsc", "cjsc", "pjsc", "ojsc", "llc", "plc", "ltd", "inc", "gmbh"])


def _company_of(run: list[str]) -> list[str]:
    """The company a board or unit of it belongs to ("Management Board of Kazakhstan Temir Zholy JSC" ->
    "Kazakhstan Temir Zholy JSC"): the words after the last "of" when a legal form closes the run."""
    if len(run) < 3 or _bare(run[-1]) not in COMPANY_FORMS:
        return run
    cut = max((k + 1 for k, w in enumerate(run[:-1]) if w in ("of", "the")), default=0)
    return run[cut:]


def _inside_name(words: list[str], j: int, lex: QuoteLexicon) -> bool:
    """The capitalised role word ``words[j]`` stands inside a body's name, not after it: a possessive
    ("President's Office") or a portfolio's word joined by "and" to the next capitalised one ("Justice and
    Development Party"; not the title "Gov." in "Pennsylvania Gov. and Party Chairman"), or a portfolio after
    a head noun and "of" or "for" ("Ministry of Justice", "Fraternal Order of Police"), or a head noun
    closing a body's name before a role noun ("Merseyside Police spokeswoman")."""
    if _possessive(words[j]):
        return True
    if (
        0 < j < len(words) - 1
        and _bare(_word(words[j])) in _CLOSING_HEADS
        and _cap(words[j - 1])
        and _bare(_word(words[j + 1])) in lex.roles
    ):
        return True  # "Merseyside Police spokeswoman": the head closing a force's name, then the role
    if (
        j >= 2
        and words[j - 1] in ("of", "for")
        and _bare(_word(words[j])) in _CLOSING_PORTFOLIOS
        and (_bare(words[j - 2]) in lex.organization_heads or _bare(words[j - 2]) in _OPENING_HEADS)
    ):
        return True
    return (
        j + 2 < len(words)
        and words[j + 1] == "and"
        and _cap(words[j + 2])
        and _bare(words[j]) in lex.modifiers
        and not words[j].endswith(".")
    )


def _without_seat(run: list[str]) -> list[str]:
    """A body's name without the seat or the patron written before it ("Abu Dhabi-based Emirates Policy
    Forum" -> "Emirates Policy Forum", "Kremlin-backed Union of Veterans" -> "Union of Veterans")."""
    cut = max((k + 1 for k, w in enumerate(run[:-1]) if w.casefold().endswith(_SEAT_SUFFIXES)), default=0)
    if cut == len(run) - 1 and not run[cut - 1].casefold().endswith("-based"):
        return run  # "Saudi-led Coalition": a lone head after its patron names no body without it
    return run[cut:]


# Nouns of a firm's or body's kind set before its name ("brokerage Vistula Capital", "the NGO Health Action").
_FIRM_KINDS = frozenset(
    [
        *("firm", "brokerage", "consultancy", "bank", "fund", "company", "charity", "ngo", "tank"),
        *("lender", "insurer", "broker", "investor", "house", "startup", "start-up", "group"),
        *("network", "organisation", "organization", "outfit", "shop", "institute", "centre", "center"),
    ]
)
_KIND_WORDS = 3  # words of a firm's kind before its name ("blockchain analytics firm")


def _named_after_kind(words: list[str], j: int) -> int | None:
    """Where a name starts after a seat ("Warsaw-based") and a kind of firm or body before it ("brokerage",
    "blockchain analytics firm", "NGO"), from ``words[j]``; ``None`` when no kind noun is there."""
    k = j
    if k < len(words) and _bare(words[k]).endswith(_SEAT_SUFFIXES):
        k += 1
    for n in range(1, _KIND_WORDS + 1):
        kind = words[k : k + n]
        if len(kind) < n or k + n >= len(words):
            return None
        if not all(w.islower() or w == "NGO" for w in kind):
            return None
        if _bare(kind[-1]) in _FIRM_KINDS and _cap(words[k + n]):
            return k + n
    return None


# Hyphenated words before a body's name that say where it sits or whom it backs ("Doha-based", "Smith-
# supporting", "Kremlin-backed"): no part of the name.
_SEAT_SUFFIXES = ("-based", "-backed", "-led", "-supporting", "-funded", "-owned", "-aligned", "-affiliated")


# People's plurals that take "'s" ("Women's", "Fishermen's"): inside a body's name they say whom it serves.
_PEOPLE_PLURALS = frozenset(["women", "men", "children", "people", "peoples"])


def _named_for(run: list[str], k: int, lex: QuoteLexicon) -> bool:
    """The possessive ``run[k]`` is a people's plural inside a body's name, before its head noun ("National
    Federation of Fishermen's Organisations", "Council of Women's Organizations"), no owner of a body."""
    people = _bare(run[k])
    head = _bare(run[k + 1])
    return (people in _PEOPLE_PLURALS or people.endswith("men")) and (
        head in lex.organization_heads or head.rstrip("s") in lex.organization_heads
    )


def _after_possessor(run: list[str], lex: QuoteLexicon) -> list[str]:
    """A body named after its owner's possessive ("Germany's Green Party", "China’s Taiwan Affairs
    Office"): the body's own name, when the owner is a place, state or body the gazetteer knows or itself
    names a body ("University of Essex's Centre for Conflict Studies"); else the run as written ("Alzheimer's
    Impact Movement")."""
    if run and _possessive(run[-1]):
        run = [*run[:-1], run[-1][:-2]]  # "Podesta Group's CEO"
    cut = max(
        (k for k, w in enumerate(run[:-1]) if _possessive(w) and not _named_for(run, k, lex)), default=-1
    )
    if cut < 0:
        return run
    owner = [*run[:cut], run[cut][:-2]]
    if _is_org(owner, lex) and (len(run) - cut - 1 == 1 or not _is_org(run[cut + 1 :], lex)):
        # "Human Rights Watch's UN director": the owner's desk for one body, the owner speaks; so it does
        # for a unit no head noun names ("X University's Program on Extremism")
        return owner
    if _known_body(" ".join(owner)) is not None or _is_org(owner, lex):
        return run[cut + 1 :]
    return run


def _role_spelt(w: str, lex: QuoteLexicon) -> bool:
    """The word is spelt as a role noun, in the singular or the plural ("Justice", "Teachers")."""
    b = _bare(w)
    return b in lex.roles or (b.endswith("s") and b[:-1] in lex.roles)


def _role_follows(words: list[str], k: int, lex: QuoteLexicon) -> bool:
    """A role noun follows at ``words[k]``, perhaps after lower-case words ("Pentagon press secretary",
    "Hamas political bureau chief"; not "Quinnipiac University poll released in")."""
    for w in words[k : k + 3]:
        if _bare(_word(w)) in lex.roles:
            return True
        if not w.islower():
            return False
    return False


# Head nouns of a body written in lower case before a role noun ("foreign ministry spokeswoman", "coast guard
# spokesman"): heads no other lower-case phrase ends with ("party official" names no body).
_LOWER_HEADS = frozenset(
    ["ministry", "department", "embassy", "commission", "command", "directorate", "secretariat", "guard"]
)


# Words of rank before a head noun that make it part of a title ("vice department director", "deputy
# ministry head"): the head then names no body.
_RANKS = frozenset(["vice", "deputy", "assistant", "associate", "acting", "chief", "senior", "junior", "sub"])


# A state's armed forces and police written in lower case after its adjective ("the Congolese army", "a
# Sudanese army spokesman", "the Israeli military", "the Kenyan police"): one body each, named by the state.
_LOWER_FORCES = frozenset(["army", "military", "police", "navy"])


# Roles of people who write or speak about a state's forces from outside them ("a Russian military expert",
# "a British army veteran"): the forces are their subject, no body they serve.
_OUTSIDERS = frozenset(
    [
        *("analyst", "expert", "blogger", "commentator", "observer", "historian", "veteran", "critic"),
        *("correspondent", "reporter", "journalist", "writer", "scholar", "specialist", "researcher"),
    ]
)


@functools.lru_cache(maxsize=_NAME_CACHE)  # bounded: words come from the text
def _state_adjective(word: str) -> bool:
    """``word`` is a state's adjective or name ("Sudanese", "Israeli"), no grouping's ("Western")."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    g = default_gazetteer()
    e = g.adjective(word) or g.lookup(word)
    return e is not None and e.type == "state"


def _lower_body(words: list[str], first: int, lex: QuoteLexicon, *, least: int = 2) -> str | None:
    """A body named in lower case by two or three words before a role noun (with ``least`` 1, after a
    state's adjective, one word: "army" in "Sudanese army spokesman"), or ``None``."""
    for n in range(least, 4):
        body = words[first : first + n]
        heads = _LOWER_HEADS | _LOWER_FORCES if n == 1 else _LOWER_HEADS
        if n == 1 and first + 1 < len(words) and _bare(_word(words[first + 1])) in _OUTSIDERS:
            continue  # "a Russian military expert": the forces are the expert's subject
        if (
            len(body) == n
            and _bare(body[-1]) in heads
            and _bare(body[0]) not in _RANKS
            and all(w.isalpha() and w.islower() for w in body)
            and _role_follows(words, first + n, lex)
        ):
            return " ".join(body)
    return None


# Heads of a body in lower case after "of the" that closes a title ("head of the regional administration").
_LOWER_HEADS_AFTER = _LOWER_HEADS | _LOWER_FORCES | frozenset(["administration", "government"])
# Words opening such a phrase that say which holder, not which body ("member of the current administration").
_NOT_BODY_MODIFIERS = frozenset(
    ["current", "previous", "former", "new", "outgoing", "incoming", "senior", "whole", "entire", "same"]
)


def _lower_body_after(words: list[str]) -> str | None:
    """The body that closes a title after "of the" when written in lower case: two or three words ending
    with a body's head noun ("regional administration", "foreign ministry"), perhaps after its state's
    adjective ("Azerbaijani government") or possessive ("Azerbaijan's foreign ministry"), or ``None``."""
    if not 2 <= len(words) <= 3 or _bare(words[0]) in _NOT_BODY_MODIFIERS:
        return None
    body = [w.rstrip(",.;:") for w in words]
    owned = _possessive(body[0]) and _known_body(body[0][:-2]) is not None  # a state or a known body's
    lower = body[1:] if _cap(body[0]) and (owned or not _possessive(body[0])) else body
    if _bare(body[-1]) in _LOWER_HEADS_AFTER and all(w.isalpha() and w.islower() for w in lower):
        return " ".join(body)
    return None


def state_name(name: str, lex: QuoteLexicon, *, groups: bool = False) -> bool:
    """The gazetteer knows ``name`` as a state ("Britain", "Islamabad" as the capital standing for it; with
    ``groups``, a loose grouping too), and it names no body that has officers of its own ("the Kremlin",
    "the White House" do): no organisation."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    e = default_gazetteer().lookup(name)
    kinds = ("state", "group") if groups else ("state",)
    return e is not None and e.type in kinds and organization_in(f"{name} spokesperson", lex) is None


def organization_in(phrase: str | None, lex: QuoteLexicon) -> str | None:
    """The organisation named in a role or a speaker's description, or ``None``."""
    if not phrase:
        return None
    if "(" in phrase:
        phrase = _BRACKETED.sub("", phrase)  # "Justice and Development Party (AK Party) deputy chair"
    words = phrase.split()
    if not words:
        return None
    if len(words) >= 2 and _bare(words[-1]) in _FIGHTERS and (group := _armed_group(words[-2])) is not None:
        return group  # "Houthi rebels", "Yemen's Houthi rebels", "Hamas fighters": the armed group's people
    # "State Department spokesman", "Ministry of Foreign Affairs spokesperson": a body before the role noun
    first = 0
    while first < len(words) - 1 and (
        _bare(words[first]) in _LEADING
        or words[first] in _STYLES
        or (words[first].islower() and _bare(words[first]) in lex.modifiers and _cap(words[first + 1]))
    ):
        first += 1  # "Retired Army Col.", "A Pentagon spokesman", "a senior ECOWAS official"
    lead, after = _run(words, first, lex, roles=False)
    if not lead:
        # "Republican People's Party lawmaker": a body whose name opens with a role noun's spelling
        lead, after = _run(words, first, lex, roles=True)
    lead = _after_possessor(_without_seat(lead), lex)
    if lead and _role_follows(words, after, lex):
        if (
            len(lead) == 2
            and lead[1] in _CHAMBERS
            and after < len(words)
            and _bare(words[after]) in _FLOOR_OFFICES
        ):
            return (
                None  # "Government House Leader", "Conservative Senate Leader": a side's office in a chamber
            )
        whole, shrunk = list(lead), 0
        while len(lead) > 1 and not _is_org(lead, lex):
            lead.pop()  # "White House Press Secretary", "Senate Majority Leader": the role's words go
            shrunk += 1
        if _is_org(lead, lex) and (
            not shrunk or len(lead) > 1 or _bare(lead[0]) in _STANDALONE or _known_body(lead[0]) is True
        ):  # ("IMF Managing Director": a body the gazetteer knows, then a title of two words)
            return " ".join(lead)
        if (
            _firm_role(words[after:])
            and _firm_name(whole, lex)
            and not (
                len(whole) == 1
                and (
                    _bare(whole[0]) in lex.modifiers
                    or _bare(whole[0]) in lex.roles
                    or _bare(whole[0]) in lex.determiners  # ("The Chief Executive said": no firm "The")
                )
            )
        ):  # ("Chief executive X" opening a sentence: the title's own first word, no firm)
            return " ".join(whole)  # "Maersk chief executive", "Hapag-Lloyd CEO": a firm the gazetteer lacks
    if after == len(words) and len(lead) > 1 and (_role_spelt(lead[-1], lex) or _possessive(words[-1])):
        body = lead[1:] if lead[0] == "The" else lead
        if _is_org(body, lex):
            # "The Centre for Justice", "the Federation of Teachers": a body's name closing with a role
            # noun's spelling, and no role after it, names the body; so does its possessive before a name
            # ("Iowa Policy Forum's Ana Ruiz")
            return " ".join(body)
    if not lead and (low := _lower_body(words, first, lex)) is not None:
        return low  # "A foreign ministry spokeswoman", "a state department official", as written
    if (
        len(lead) == 1
        and after == first + 1
        and _known_body(lead[0]) is False
        and (low := _lower_body(words, after, lex, least=1 if _state_adjective(lead[0]) else 2)) is not None
    ):
        return f"{lead[0]} {low}"  # "Chinese foreign ministry spokesman": the state's body, as written
    if (
        len(lead) == 1
        and after == first + 1
        and lead[0][1:].islower()
        and (low := _lower_body([lead[0].lower(), *words[after:]], 0, lex)) is not None
    ):
        return (
            f"{lead[0]}{low[len(lead[0]) :]}"  # "Foreign ministry spokesman": capitalised opening a sentence
        )
    # "spokeswoman for the Russian Foreign Ministry", "president of the University of ..."
    for i, w in enumerate(words[:-1]):
        if w.casefold() not in _INTRODUCERS and not (w == "by" and _authored(words[:i])):
            continue  # "by" names an author only after a work: "a poll released on Friday by X"
        j = i + 1
        if words[j] in ("the", "its"):
            j += 1
        elif (
            _possessive(words[j])
            and _state_adjective(words[j][:-2])
            and j + 1 < len(words)
            and (described := _described_body(words, j + 1, lex)) is not None
        ):
            return described  # "for Brazil's environmental agency Ibama": the state's, then the body's kind
        if w.casefold() in ("at", "with", "for") and (named := _named_after_kind(words, j)) is not None:
            # "at Warsaw-based brokerage Vistula Capital", "at blockchain analytics firm Elliptic": the name
            # after the seat and the kind of firm
            run = _run(words, named, lex, roles=True)[0]
            if run and len(run) <= _EMPLOYER_WORDS and (_is_org(run, lex) or _employer_run(run)):
                return " ".join(run)
        if (j > i + 1 or _possessive(words[j])) and (low := _lower_body_after(words[j:])) is not None:
            return low  # "head of the regional administration", "for Peru's foreign ministry": as written
        if j > i + 1 and (described := _described_body(words, j, lex)) is not None:
            return described  # "for the advocacy group X", "of the ruling party Central Committee"
        if j < len(words) and _cap(words[j]):
            run, end = _run(words, j, lex, roles=True)
            if "&" in run and not _is_org(run, lex):
                # "a lawyer at Dorsey & Whitlock": no body's name the head nouns make, read to the "&" only
                end = j + run.index("&")
                run = run[: run.index("&")]
            if end < len(words) and all(w in _INNER for w in words[end:]):
                continue  # "at the Massachusetts Institute of": a title cut short
            if end < len(words) and words[end - 1].endswith(",") and (campus := _campus(run, words[end:])):
                # "University of California, San Francisco": the campus closes the body's name
                run, end = [*run[:-1], f"{run[-1]},", *campus], len(words)
            run = _after_possessor(_company_of(_without_seat(run)), lex)
            if w.casefold() in _LOCATIVE and len(run) == 1 and _seat(run[0]):
                continue  # "his counterpart in Brussels": the city, not the body it stands for elsewhere
            if (
                _is_org(run, lex)
                or (
                    j == i + 1
                    and end == j + 1
                    and (
                        w == "by"  # "an analysis of ... data by X": the work's author
                        or (w == "at" and any(_role_spelt(b, lex) for b in words[:i]))  # "an analyst at X"
                        or (w == "with" and i > 0 and _role_spelt(words[i - 1], lex))  # "an analyst with X"
                        or (w == "of" and _firm_title(words, i))  # "chief executive of X"
                        or _named_holder_of(words, i, lex)  # "Pollster Dev Anand of Ipsos"
                    )
                    and _employer(words[j:], lex)
                )
                or (
                    (
                        w in ("at", "with")
                        or _named_holder_of(words, i, lex)
                        or (w == "of" and _firm_title(words, i))
                    )
                    and j == i + 1
                    and 2 <= len(run) <= _EMPLOYER_WORDS
                    and any(_role_spelt(b, lex) for b in words[:i])
                    and _employer_run(run)
                )  # "senior oil analyst at Rystad Energy", "a strategist with BlueBay Asset Management",
                # "pollster Fiona Kacz of Abacus Data"
            ):
                return _without_stop(" ".join(run))  # ("at the London School of Economics.")
    return None


# A campus written after a university's name and a comma ("University of California, San Francisco",
# "University of Massachusetts, Amherst", as the campuses of US state systems write their own names): one to
# three capitalised words closing the phrase. A state, a country or a nation of the United Kingdom there is
# where the university is ("University of Nairobi, Kenya", "University of Oxford, England"), no campus.
_CAMPUS_WORDS = 3
_NOT_CAMPUSES = frozenset(
    [*(s.casefold() for s in US_STATES), "england", "scotland", "wales", "northern ireland", "uk", "u.k."]
)


def _campus(run: list[str], rest: list[str]) -> list[str]:
    """The campus closing the phrase after the university ``run`` and its comma ("San Francisco"), its
    words without the sentence's stop, or no words."""
    if len(run) < 3 or _bare(run[0]) != "university" or run[1] != "of" or not 1 <= len(rest) <= _CAMPUS_WORDS:
        return []
    words = [w.rstrip(".,;:") if k == len(rest) - 1 else w for k, w in enumerate(rest)]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return []
    name = " ".join(words)
    if name.casefold() in _NOT_CAMPUSES or _known_body(name) is not None:
        return []
    return words


def _without_stop(name: str) -> str:
    """A body's name without the full stop of the sentence it closes ("London School of Economics." ->
    "London School of Economics"); an abbreviation keeps its dot ("Ltd.", "U.S.")."""
    last = name.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) > 5 and "." not in last[:-1] and not last.isupper():
        return name[:-1]
    return name


def _named_holder_of(words: list[str], i: int, lex: QuoteLexicon) -> bool:
    """``words[i]`` is the "of" after an occupation written before a person's name ("Pollster Dev Anand of
    Ipsos", "analyst Ana Ruiz of Abacus Data"): what follows names where the person works."""
    return (
        words[i] == "of"
        and i >= 2
        and _role_spelt(words[0], lex)
        and _cap(words[i - 1])
        and not _role_spelt(words[i - 1], lex)
        and all(_cap(w) for w in words[1:i])
    )


# Nouns of a body's kind set before its name in apposition ("the advocacy group X", "the think tank X",
# "the newspaper X"), beside the lexicon's head nouns; and those that own the body named after them, whose
# name keeps them ("the party Central Committee": the party's committee, not a committee called so).
_KINDS = frozenset(
    [
        *("firm", "tank", "magazine", "outlet", "charity", "nonprofit", "lobby", "watchdog", "insurer"),
        *("carrier", "lender", "regulator", "conglomerate", "utility", "giant"),
    ]
)
_OWNING_KINDS = frozenset(["party", "army", "government"])
_DESCRIBING_WORDS = 4  # lower-case words read between "the" and a body's name
# Words after a body's name that leave it whole ("of the X Institute and a professor", "in Lagos").
_GOES_ON = _INTRODUCERS | _INNER | frozenset(["who", "which", "that", "since", "until", "when", "where"])
_NOT_DESCRIBING = frozenset(["by", "about", "as", "than", "into", "over", "under", "after", "before"])
_CALENDAR = frozenset(w.casefold() for w in (*ENGLISH_WEEKDAYS, *ENGLISH_MONTHS))


def _described_body(words: list[str], j: int, lex: QuoteLexicon) -> str | None:
    """A body's name after words that describe it, from ``words[j]`` after "of the", "for the": lower-case
    words or a state's adjective, then a capitalised run. After a noun of the body's kind the run is the
    body, as written ("the advocacy group X", "the Italian newspaper X"); after a noun that owns it the noun
    stays ("the ruling party Central Committee" -> "party Central Committee"); after other words the run
    must name a body itself ("the right-wing Party for Freedom"). ``None`` when no such run follows."""
    c = j
    while c < len(words) and c - j < _DESCRIBING_WORDS:
        w = words[c]
        if w in _INTRODUCERS or w in _INNER or w in _NOT_DESCRIBING:
            break  # "the memo seen by The Ledger": a phrase of its own, no description of a body
        if w.islower() and w.replace("-", "").isalpha():
            c += 1
        elif _cap(w) and not _possessive(w) and c + 1 < len(words) and words[c + 1].islower():
            if _known_body(w) is not False:
                break
            c += 1  # "the Italian newspaper": whose body, before what kind
        else:
            break
    if c == j or c >= len(words) or not _cap(words[c]) or not any(words[k].islower() for k in range(j, c)):
        return None
    run, end = _run(words, c, lex, roles=True)
    if not run or (end < len(words) and all(w in _INNER for w in words[end:])):
        return None  # a title cut short
    if end < len(words) and words[end].isalpha() and words[end].islower() and words[end] not in _GOES_ON:
        return None  # "of the latest X University poll": the run describes a noun after it
    kind = _bare(words[c - 1])
    if kind in _OWNING_KINDS:
        return " ".join([words[c - 1], *run]) if _is_org(run, lex) else None
    if _is_org(run, lex):
        return " ".join(run)
    if (kind in lex.organization_heads or kind in _KINDS) and _bare(run[0]) not in _CALENDAR:
        return (
            None
            if _known_body(" ".join(run)) is False or _bare(run[0]) in name_genders(lex)
            else " ".join(run)
        )
    return None


# Titles held in a firm, whose "of" names the firm ("chief executive of X", "co-founder of X"); other titles'
# "of" names a place as often ("governor of X", "mayor of X").
_FIRM_ROLES = frozenset(
    ["executive", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "board"]
)
_WORK_REACH = 8  # words read back from "by" for the work it names the author of
# A firm's officer written before "of" whose head is no firm's word alone ("managing director of X"; a
# "director of" may head a public office). Written by us, after business and shipping wire copy.
_FIRM_TITLES = frozenset([("managing", "director")])


def _firm_title(words: list[str], i: int) -> bool:
    """The words before ``words[i]`` ("of") end with a firm's officer ("chief executive", "managing
    director"), so the capitalised run after it names the firm."""
    return i > 0 and (
        _bare(words[i - 1]) in _FIRM_ROLES
        or (i > 1 and (_bare(words[i - 2]), _bare(words[i - 1])) in _FIRM_TITLES)
    )


# Participles between a work and "by" that make what follows its author ("a survey conducted by X"); any
# other ("the letter reviewed by X", "a memo seen by X") names a reader.
_AUTHORING = frozenset(
    [
        *("conducted", "compiled", "released", "published", "commissioned", "issued", "prepared"),
        *("produced", "written", "funded", "sponsored", "run", "carried"),
    ]
)


def _authored(before: list[str]) -> bool:
    """The words before "by" end with a work ("a report") or a work and a participle of its making ("a
    poll released on Friday"), so "by" names its author."""
    if before and _bare(before[-1]) in _WORKS:
        return True
    tail = [_bare(w) for w in before[-_WORK_REACH:]]
    made = max((k for k, w in enumerate(tail) if w in _AUTHORING), default=-1)
    return made > 0 and any(w in _WORKS for w in tail[:made])


def _employer(rest: list[str], lex: QuoteLexicon) -> bool:
    """The one capitalised word opening ``rest`` names a body that employs or authors ("an analyst at
    Evercore", "a professor at Princeton", "chief executive of Hewlett-Packard"): letters and hyphens,
    perhaps closed by a comma; no place, state or body the gazetteer knows, no given name, no seat, no
    possessive ("at Carrier's parent company"), no first name of a firm ("at Bailey & Glasser")."""
    w = rest[0].rstrip(",")
    if not w.replace("-", "").isalpha() or (len(rest) > 1 and rest[1] == "&"):
        return False
    return _known_body(w) is None and _bare(w) not in name_genders(lex) and not _seat(w)


def _firm_role(rest: list[str]) -> bool:
    """``rest`` opens with a role only a firm has ("chief executive", "CEO", "founder"), not one a
    person's staff has ("a Biden spokesman")."""
    first = _bare(rest[0]) if rest else ""
    return first in _FIRM_ROLES or (first == "chief" and len(rest) > 1 and _bare(rest[1]) == "executive")


def _firm_name(run: list[str], lex: QuoteLexicon) -> bool:
    """The one to three capitalised words ``run`` before a firm's role name a firm: no given name opens
    them, and they are no place, state or body the gazetteer knows."""
    return (
        len(run) <= 3
        and _bare(run[0]) not in name_genders(lex)
        and not _possessive(run[-1])
        and _employer_run(run)
        and all(_known_body(w) is None for w in run)
    )


_EMPLOYER_WORDS = 4  # words of an unknown firm's name after "at" ("BlueBay Asset Management")


def _employer_run(run: list[str]) -> bool:
    """The capitalised words ``run`` after "an analyst at" name a firm the gazetteer does not know: letters,
    hyphens and "&" only, no state, capital or other place the gazetteer knows, whole or in part."""
    words = [w.rstrip(",") for w in run]
    if not all(
        w == "&" or (w[:1].isupper() and w.replace("-", "").replace("&", "").isalpha()) for w in words
    ):
        return False
    name = " ".join(words)
    if name.casefold() in COLON_DATELINE_CITIES or _bare(words[-1]) in _PLACE_LAST_WORDS:
        return False  # ("a student at Tel Aviv", "a doctor at Panama City": a city)
    # a state's name or adjective may open a firm's name ("chief executive of Saudi Aramco", "an analyst at
    # China Merchants"), not close it nor stand alone
    own = words[1:] if len(words) > 1 and _state_adjective(words[0]) else words
    return _known_body(name) is not False and all(_known_body(w) is not False for w in own)


# Last words of a place's name after a state's ("Kuwait City", "Gaza Strip", "Sinai Peninsula").
_PLACE_LAST_WORDS = frozenset(["city", "strip", "peninsula", "province", "region", "island", "islands"])


_MAX_EXPANSION_WORDS = 12


def acronym_expansion(text: str, acronym: str) -> str | None:
    """The name an acronym was introduced with, "Full Name (ACR)", the first time the text does so: the
    words before the bracket whose capitals spell it ("Islamic Revolutionary Guard Corps (IRGC)",
    "Organization for Security and Co-operation in Europe (OSCE)"); ``None`` when no such name precedes it.

    >>> acronym_expansion("South Korea's Joint Chiefs of Staff (JCS) said ...", "JCS")
    'Joint Chiefs of Staff'
    """
    at = text.find(f"({acronym})")
    if at <= 0 or not acronym.isalpha():
        return None
    words = text[max(0, at - 200) : at].split()[-_MAX_EXPANSION_WORDS:]
    need = len(acronym)
    k = len(words)
    while k > 0 and need > 0:
        w = words[k - 1]
        k -= 1
        if w in _INNER or w == "in":
            continue
        parts = [p for p in w.split("-") if p]
        if not parts or not _cap(parts[0]):
            return None  # a lower-case word inside the name: no name that spells it
        for p in reversed(parts):
            if _cap(p):
                if need == 0 or p[0] != acronym[need - 1]:
                    return None
                need -= 1
    if need:
        return None
    name = " ".join(words[k:]).strip(_STRIP)
    return name or None


def body_before_acronym(text: str, acronym: str, lex: QuoteLexicon) -> str | None:
    """The body's name right before the first "(ACR)" whose capitals do not spell it, as in a name
    translated from the body's own language ("Disaster and Emergency Management Authority (AFAD)",
    "Philippine Institute of Volcanology and Seismology (Phivolcs)"); ``None`` when the words there name no
    body."""
    at = text.find(f"({acronym})")
    if at <= 0 or not acronym.replace(".", "").isalpha():
        return None
    lo = max(0, at - 200, text.rfind("\n", 0, at) + 1, text.rfind(". ", 0, at) + 2)  # its sentence only
    words = text[lo:at].split()[-_MAX_EXPANSION_WORDS:]
    k = len(words)
    while k > 0 and (_cap(words[k - 1]) or words[k - 1] in _INNER):
        k -= 1
    while k < len(words) and (words[k] in _INNER or words[k] in ("The", "A") or _possessive(words[k])):
        k += 1  # "... by the Disaster and ...", "Turkey's Disaster ...": the name opens after its owner
    run = words[k:]
    name = " ".join(run).strip(_STRIP)
    if len(run) < 2 or any(w.strip(_STRIP) != w for w in run[:-1]):
        return None  # (one word, or a comma inside: no single name)
    return name if organization_in(f"{name} spokesperson", lex) == name else None
