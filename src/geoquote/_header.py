"""Header parsing: title, standfirst, byline, authors, source, dateline, dates and where the body starts.

The parser reads only the top of the article (its first non-empty lines, a few kilobytes), plus two
cheap scans: a labelled "Published ..." (else "Updated ...") line further down when the top has no date,
and an agency sign-off ("Reuter", "(dpa)", "Quelle: dpa", "... the plan. /PAP/") on the last line. Each
line of the top is classified in turn:

    header  := [masthead] {kicker | date-line} title [repeated-title] [standfirst]
               { byline [outlet-line] | source-line | credit date | date-line [time-line] | junk }*
               [dateline [by-line]] body
    repeated-title := the title again, whatever its case and punctuation, with an outlet's name after
               it (" - Lusa"), or with a word or two changed
    byline  := ("By" | "Von" | "Par" | "di" | "de" | "Penulis" | ...) names [, outlet | , city] [date]
             | ["By"] names ("|" | "/") agency-or-outlet   |   desks-and-agencies ("Redacción / EFE")
             | "By" NEWLINE names [NEWLINE "-"] [NEWLINE date]   |   date "/" name
             | "By" names NEWLINE ("and" | "&") names   |   "Von unserem Korrespondenten" names
             | bare-name-line   |   name newspaper ("Jim Lee Lakeside Courier")   |   "Reuters Staff"
    dateline:= [(AGENCY) -] PLACE [(COUNTRY)] [, date] [(AGENCY) | /AGENCY/] ("-" | "--" | "—" | ".")
             | PLACE. date. AGENCY -     (Interfax)   |   PLACE ("," | ".") AGENCY -   (Kazinform)
             | PLACE, day (AGENCY) NEWLINE   (Europa Press)
             | PLACE ["،" date | "في" date] ("(" AGENCY ")" | "/" AGENCY "/") ["-"]   (Arabic copy)

A standfirst that ends ", writes <name>" credits its writer; a closing wire credit ("Reporting by ...")
names the authors of a story without a byline, and is never read as its byline.

Dates are isolated by :data:`geoquote._dates.DATE_RE` and read by :func:`geoquote._dates.parse_date`.

>>> h = parse_header("Iran deal\\n\\nBy Jane Doe, Reuters\\n\\nTEHRAN, Nov 27 (Reuters) - Talks resumed.")
>>> h.title.text, [a.name for a in h.authors], h.source.name, h.dateline.place
('Iran deal', ['Jane Doe'], 'Reuters', 'TEHRAN')
>>> h.dateline.date.value[5:]
'11-27'
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import difflib
import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from importlib import resources

import attrs
import regex

from ._check import ensure_items, ensure_reference_date, ensure_text
from ._data_header import (
    AGENCIES,
    AGENCY_NATIVE_NAMES,
    ARABIC_AGENCIES,
    BRITISH_OUTLETS,
    BROADCAST_OUTLETS,
    BYLINE_WORDS,
    CAPITALS_ONLY_AGENCIES,
    CJK_AGENCIES,
    CJK_DATELINE_AGENCIES,
    CJK_DATELINE_PLACES,
    COLON_DATELINE_CITIES,
    COLUMN_WORDS,
    DESK_WORDS,
    ENGLISH_MONTHS,
    FIELD_LABELS,
    FURNITURE_LINES,
    INSTITUTION_WORDS,
    MONTH_FIRST_OUTLETS,
    MONTHS,
    NAVIGATION_WORDS,
    NETWORK_ENDS,
    NEWSPAPER_WORDS,
    NOT_PLACES,
    OTHER_CALENDAR_MONTHS,
    OTHER_CALENDAR_WEEKDAYS,
    OUTLET_WORDS,
    OUTLETS,
    PHOTO_AGENCIES,
    PUBLISHED_LABELS,
    RELEASE_MARKS,
    ROLE_WORDS,
    ROYAL_AND_CHURCH_STYLES,
    SECTION_NAMES,
    SITE_PAGE_WORDS,
    STYLES_BEFORE_A_GIVEN_NAME,
    SUMMER_ZONES,
    TEASER_LABELS,
    UI_WORDS,
    UPDATED_LABELS,
    US_STATES,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
    WIDGET_LINES,
    WIRE_TAGS,
    WORD_AGENCIES,
    ZONES_BY_OUTLET,
    ZONES_BY_PLACE,
)
from ._dates import (
    DATE_RE,
    DEFAULT_LANGUAGES,
    RELATIVE_RE,
    ZONE_AFTER_TIME,
    DateOrder,
    DateSettings,
    clock_hour,
    find_dates,
    match_date,
    parse_date,
    search_date,
    with_zone,
)
from ._plain import ascii_digits, plain_characters, respan
from ._records import Author, Dateline, DateValue, Header, Source, Span
from ._trie import trie
from .errors import OptionError

__all__ = ["COLON_DATELINE", "dateline_city", "parse_header"]

#: How far the header may reach: this many non-empty lines, and this many characters. A page's menus and
#: teasers can fill fifty short lines above the byline; the scan still stops after MAX_BODY_LINES paragraphs.
MAX_LINES = 80
MAX_CHARS = 8000
#: After this many body paragraphs the header scan stops.
MAX_BODY_LINES = 3

_T = 1.0  # regex timeout (seconds) for patterns run over caller text

_AGENCY_ALIASES = {
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    **CJK_AGENCIES,  # "新华社" is Xinhua
    **{k.casefold(): v for k, v in AGENCY_NATIVE_NAMES.items()},  # "Agencia EFE" is EFE
}
_AGENCY_SET = (
    {a.casefold() for a in AGENCIES} | set(CJK_AGENCIES) | {k.casefold() for k in AGENCY_NATIVE_NAMES}
)
_AGENCY_EXACT = frozenset(AGENCIES)
#: An agency's name as the list spells it, whatever the case printed ("INTERFAX" -> "Interfax").
_AGENCY_SPELLING = {a.casefold(): a for a in reversed(AGENCIES)}  # the first spelling listed wins
_OUTLET_SET = {w.casefold() for w in OUTLET_WORDS}
_DESK_SET = {w.casefold() for w in DESK_WORDS}
_OUTLET_NAMES = {w.casefold() for w in (*OUTLETS, *BROADCAST_OUTLETS)}  # (the header's own list too)
# The listed outlets spelt exactly as listed, whatever their first letter ("franceinfo", "1News").
_OUTLET_EXACT = frozenset((*OUTLETS, *BROADCAST_OUTLETS))
_NAVIGATION_SET = {w.casefold() for w in NAVIGATION_WORDS}
_BYLINE_WORD_SET = {w.casefold() for w in BYLINE_WORDS if " " not in w}
_NEWSPAPER_SET = {w.casefold() for w in NEWSPAPER_WORDS}
_ROLE_SET = {w.casefold() for w in ROLE_WORDS}
_NOT_PLACES = {w.casefold() for w in NOT_PLACES}
_INSTITUTION_SET = frozenset(w.casefold() for w in INSTITUTION_WORDS)
_WEEKDAY_SET = {w.casefold() for w in WEEKDAYS}
_TEASER_SET = frozenset(TEASER_LABELS)
#: Definite articles that open an outlet's name, never a person's ("Le", "La" and "El" do open surnames).
_ARTICLES = {"the", "die", "der", "das", "il", "lo", "les", "los", "las"}
_PARTICLES = {
    "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "al", "el", "di", "du",
    "dos", "das", "ten", "ter", "y", "e", "zu", "st.", "ibn", "abu",
}  # fmt: skip


def _longest_first(words: Sequence[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _spellings(word: str) -> set[str]:
    """The ways a byline word is printed: as listed, in lower case, in capitals, and a phrase in title case
    but for the small words that join credits ("Story By", "Photos and Story By"; a single word keeps its
    listed case: "de" is no "De")."""
    out = {word, word.lower(), word.upper()}
    if " " in word:
        out.add(" ".join(w if w in _JOINING else w[:1].upper() + w[1:] for w in word.split(" ")))
    return out


_JOINING = frozenset({"and", "und", "et", "e", "y"})


# "By X" at the start of a line, or after a separator / a date on a short line ("Dec 21 | By Lexi G").
_BYLINE_RE = regex.compile(
    r"""
    (?:^|(?<=[|•·/]\s?)|(?<=\s))
    (?P<word>\L<bywords>)
    (?:\s?+:)?+                    # "By: Jane Doe", "Por : Ana Ruiz"
    (?:\s+|(?<=\p{Ll})(?=\p{Lu})|$)   # "ByYi-Jin Yu" glues the word to the name (in capitals a word opens
    # the name: "DEBORAH KING", "AFP World" are no "DE" or "AF" and a name)
    """,
    regex.VERBOSE,
    bywords=_longest_first([v for w in BYLINE_WORDS for v in _spellings(w)]),
)
#: The literal prefilter of :data:`_BYLINE_RE`: a byline word at the start or after a blank or a separator
#: (the stdlib ``\s`` takes in every blank of ``regex``). A stdlib trie of literals cannot backtrack.
_BYLINE_WORD_AT = re.compile(rf"(?:^|(?<=[\s|•·/])){trie(v for w in BYLINE_WORDS for v in _spellings(w))}")

# The parts of a desk credit: what stands between "/", "|", ",", "&", "and", "with" ("Redacción / EFE", "DAILY
# SABAH WITH AA"), also in French, German, Spanish, Italian and Portuguese ("France 24 avec AFP", "ZDF mit
# dpa", "RTVE con EFE", "g1 com Reuters").
_DESK_SEP_RE = regex.compile(r"\s*(?:[/|,&•·]|\s(?i:and|with|y|und|et|e|ve|avec|mit|con|com)\s)\s*")

# "Jane Doe | Reuters", "Ana Ruiz / EFE", "Anna Lindqvist/TT", "Jan Gerber | News24", "Ana Ruiz | RFE/RL" (a
# listed outlet's own slash): the credit is checked by :func:`_credit_name`.
_PIPE_CREDIT_RE = regex.compile(
    # a labelled date after a blank: "A | Dawn.com Published December 1, 2026"
    r"^(?P<names>[^|/]{2,80}?)\s*[|/]\s*(?P<agency>[^|/\s][^|/]{0,38}?)"
    r"\s++(?=(?:Published|Updated|Posted|Last\supdated)\s?:?\s(?:on\s)?+\p{L}{0,9}\s?\d)[^|/]*+$"
    r"|^(?P<names>[^|/]{2,80}?)\s*[|/]\s*(?P<agency>(?i:\L<slashed>)(?!\p{L})|[^|/\s][^|/]{0,38}?)"
    r"(?:\s*[|/]\s*[^|/\d]*\d(?:[^|/]|(?<=\d)/(?=\d))*)?\s*$",  # "A / TNN / Updated: Mar 13, 2025": a date
    slashed=_longest_first([n for n in (*OUTLETS, *BROADCAST_OUTLETS, *AGENCIES) if "/" in n]),
)
# The listed outlets and agencies whose name holds a slash ("RFE/RL", "Radio Free Europe/Radio Liberty"),
# followed by no letter but maybe a possessive's ("RFE/RL's Balkan Service").
_SLASHED_OUTLET_RE = regex.compile(
    r"(?<!\p{L})(?i:\L<names>)(?!\p{L})",
    names=[n for n in (*OUTLETS, *BROADCAST_OUTLETS, *AGENCIES) if "/" in n],
)


# An outlet's language service or desk after its possessive: "RFE/RL's Balkan Service", "BBC's Russian
# service", "VOA's Persian desk", "Al Jazeera's Balkans bureau" (the outlet checked by :func:`_credit_name`).
_OUTLET_SERVICE_RE = regex.compile(
    r"""\s*+(?P<outlet>\p{Lu}[^,;'’\n]{1,40}?)['’]s
        (?:\s\p{Lu}[\p{L}\-]*+){1,3}?\s(?i:service|desk|bureau|newsroom|unit)\s*+""",
    regex.VERBOSE,
)


def _slash_in_outlet(t: str, start: int, end: int) -> bool:
    """Whether the separator ``t[start:end]`` is the slash inside a listed outlet's name ("RFE/RL")."""
    return "/" in t[start:end] and any(
        m.start() < start and m.end() > end - 1 for m in _SLASHED_OUTLET_RE.finditer(t, timeout=_T)
    )


# The listed outlets whose name a byline's end would cut: at a capital glued inside a word ("MaltaToday",
# "TradeWinds", "Korea JoongAng Daily") or at "in" ("Wanted in Rome", "Sur in English").
_CUT_OUTLET_RE = regex.compile(
    r"(?<![\p{L}\d])(?:\L<names>)(?![\p{L}\d])",
    names=_longest_first(
        [n for n in (*OUTLETS, *BROADCAST_OUTLETS) if regex.search(r"\p{Lu}\p{Ll}{3,}\p{Lu}|\sin\s", n)]
    ),
)


def _cut_in_outlet(t: str, start: int, end: int) -> bool:
    """Whether the byline's end ``t[start:end]`` (a capital glued inside a word, or "in") falls inside a
    listed outlet's name ("Jane Doe, MaltaToday", "Jane Doe, Wanted in Rome")."""
    return (start == end or " in " in t[start:end]) and any(
        m.start() < start and m.end() > end for m in _CUT_OUTLET_RE.finditer(t, timeout=_T)
    )


# "Dian Pratiwi - detikNews", "Jane Doe – Reuters": names, a dash between blanks, then the credit (checked by
# :func:`_credit_name`), as Indonesian portals print their reporter's line.
_DASH_BLANKS = re.compile(r"\s[-–—]\s")
_DASH_CREDIT_RE = regex.compile(
    r"^(?P<names>[^|/\-–—]{4,80}?)\s[-–—]\s(?P<agency>[^|/\s\-–—][^|/\-–—]{0,38}?)\s*$"
)
# An outlet's name opening with a possessive ("Lloyd's List"): no person's name holds one.
_POSSESSIVE_BRAND_RE = regex.compile(r"\p{Lu}\p{L}++['’]s(?:\s\p{Lu}[\p{L}&-]*+){1,3}+")
# An outlet's brand of letters and digits ("News24"): no person's name holds a digit.
_BRAND_DIGITS_RE = regex.compile(r"\p{Lu}\p{L}++\d{1,4}+")
# A US broadcast station's call sign, as a local station's page prints it after its reporter's name ("By Jane
# Doe | WXYZ", "KNBC-TV"): K or W and two or three more capitals (47 CFR 73.3550; the ITU gives the US the
# K and W prefixes), maybe with the service's suffix.
_CALL_SIGN_RE = regex.compile(r"[KW]\p{Lu}{2,3}+(?:-(?:TV|DT|CD|LD|FM|AM))?+(?:\s(?:[1-9]\d?+|News))?+")
# A network's station by its brand: the network, maybe its channel number, and the city or area it serves
# ("NBC Chicago", "ABC7 Chicago", "CBS News Bay Area", "FOX 5 DC"), as the stations' pages print it.
_NETWORK_STATION_RE = regex.compile(
    r"(?:NBC|CBS|ABC|FOX)\s?+(?:[1-9]\d?+\s)?+(?:News\s)?+\p{Lu}[\p{L}.]*+(?:\s\p{Lu}[\p{L}.]*+){0,2}+"
)

# "Dawn.com | Tahir Khan": the outlet, then the names; "Cairo: Sawsan Haddad": the place, then the names.
_OUTLET_THEN_NAMES_RE = regex.compile(r"^(?P<outlet>[^|\n]{2,40}?)\s*\|\s*(?P<names>[^|\n]{4,80}?)\s*$")
_PLACE_THEN_NAMES_RE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{L}\-]++(?:\s\p{Lu}[\p{L}\-]++)?+)\s?:\s(?P<names>[^:\n]{4,80}+)$"
)
# A web address as an outlet's name: "Dawn.com", "TIMESOFINDIA.COM", and under a country's domain:
# "chinadaily.com.cn", "news.com.au", "iol.co.za", "nation.co.ke".
_DOMAIN_RE = regex.compile(
    r"\p{L}[\p{L}\d\-]*+\.(?i:(?:com|net|org)(?:\.\p{Ll}{2})?+|co\.(?:uk|za|ke|id|in|jp|kr|nz|tz|ug|zw)|in|pk|ru|ua|de|fr)"
)

# An agency's credit, then a dash and a date: "KYODO NEWS - Mar 15, 2025 - 19:47 | World", "Philippine Daily
# Inquirer / 04:30 AM November 18, 2025".
# A time printed before a date: "04:30 AM ", "14:05 ".
_CLOCK_BEFORE_RE = regex.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?\s++")
# (A bar may touch the date: "Anadolu staff  |29.11.2026 - Update : 29.11.2026", as Anadolu prints it.)
_CREDIT_THEN_DATE_RE = regex.compile(r"(?P<credit>\p{Lu}[^\-–—|/·•\n]{1,30}?)\s++(?:[-–—/·•]\s++|\|\s*+)")

# The label of a link to an author's page, printed before the name under a lone "By": "Social Links for
# Ann Lee", "View all posts by Ann Lee", "More articles by Ann Lee".
_AUTHOR_LINK_RE = regex.compile(
    r"""(?:Social\s(?:media\s)?links\sfor|(?:View|See|Read|More|All)\s(?:all\s|more\s)?(?:posts|articles|stories)\s(?:by|from)
        |(?:Posts|Articles|Stories)\sby|More\sfrom)\s++(?=\p{Lu})""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Where the name part of a byline ends: a separator, a handle, a date, " on <date>", a label, a role glued
# to the name ("NetburnStaff Writer"), a month glued to it ("SamDecember 20").
_BYLINE_END_RE = regex.compile(
    r"""
        \s++\(?+[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++\)?+\s*+$   # an e-mail address: "A mjkim@yna.co.kr"
    |   \s*[|•·/@\t]
    |   \s*+\(@   # a handle in brackets: "Ana Ruiz (@anaruiz)"
    |   \s++(?:Twitter|X|Instagram|Facebook|LinkedIn|Bluesky|Threads|Mastodon|Telegram)\s*+:?\s*+(?=@)
        # (a network's name before the handle: "Ana Ruiz Twitter @anaruiz")
    |   \s+[-–—]\s
    |   \s+(?:on|am|le|el|the)\s+(?=\d|\L<months>(?!\p{L}))
    |   \s*\b(?:Published|Updated|Posted|Tags|Veröffentlicht|Aktualisiert|Publié)\b
    |   \s+(?:Last\s(?i:updated|modified)|Mis\sà\sjour|Actualizado|Atualizado|Aggiornato|Pubblicato
            |Publicado)\b
    |   (?<=\p{Ll})(?=(?:\L<roles>|\L<months>|Published|Updated|Posted)(?!\p{Ll}))
    |   (?<=\p{L})(?=\p{Lu}\p{L}{2,8}\.?\s\d)(?=\L<months>\.?\s\d)   # "Renée LMar. 4": glued initial
    |   (?<=(?<!\p{L})\p{Lu}\p{Ll}{3,})(?=\p{Lu})     # "KambhampatiData", but not "McGregor", "MacDonald"
        (?!(?:News|Press|Post|Times|Online)(?!\p{L}))   # nor a brand's glued outlet word: "MercoPress"
        (?!\p{L}++\.\p{Ll}{2,}+(?![\p{L}\-]))   # nor a web address in camel case: "JusticeInfo.net"
    |   \s+\d{1,2}:\d\d
    |   (?<!\sin\s\p{Lu}[^\n]*?(?:\s(?:and|&)\s|,\s)[^\n]*?)   # (nor B's place in "A in Kyiv and B in
        # Moscow" or "A in Kyiv, B in Moscow")
        \s+in\s+(?=\p{Lu}(?:(?!\s(?:and|&)\s|(?&next_writer)).)*$)   # "Joanna Walters in New York" (not "A in
        # X and B in Y", nor "A in X, B in Y", as the Financial Times prints its writers and their places)
    |   \s+\+\d+\s+more
    |   \s+\+?\s?(?:Follow|Subscribe|Seguir|Suivre|Folgen)(?:\s(?:author|me|us))?\s*$   # a button: "A Follow"
    |   \s*[;,]\s*(?i:edited|editing|produced|fact-checked)\s+by\b   # "A; Edited by: B": an editor
    |   ,?\s+(?:mit\sMaterial\s(?:von|der|aus)|with\s(?:material|files|wires?)\sfrom
            |con\s(?:información|material)\sde|com\sinformações\sd[ae])\s   # "Von A, mit Material von dpa"
    |   [,;]?\s+(?i:photos?|fotos?|pictures|images|bilder|video|grafik|graphics|illustrations?|infograf[ií]a)
            \s?:   # "Text: A, Photos: B": the photographer is no author
    |   ,?\s+from\s+(?:(?:staff\s+and\s+)?wire\s+(?:reports|services|dispatches)|(?:news\s+)?agenc(?:y|ies)
            (?:\s+reports)?|staff\s+reports|wires|dispatches)\s*$   # "Compiled by A from wire reports"
    |   \s*\((?=[^()\n]{2,60}\)\s*$)                  # "Par Ana Roy (Dakar, correspondante)"
    (?(DEFINE)(?P<next_writer>,\s(?:\p{Lu}[\p{L}'’\-]*+\s){1,3}in\s\p{Lu}))   # ", B in Y": one more writer
    """,
    regex.VERBOSE,
    roles=_longest_first(ROLE_WORDS),
    months=_longest_first([m.capitalize() for m in MONTHS] + [m.upper() for m in MONTHS]),
)

# A dangling word left where a byline was cut before its date: "Jane Doe on", "Hans Meier am".
_TRAILING_WORD_RE = regex.compile(
    r"(?:\s+(?:on|am|le|el|the|at|um|de|vom|du|del|,|\||-))+\s*$", regex.IGNORECASE
)

# What web pages print beside an author's name: "and others", "+2 more", "5 min read", "Lesezeit: 4 Min.",
# a news app's age stamp ("· 2h").
_BYLINE_COMPANY_RE = regex.compile(
    r"""^(?:and\s+others|\+\s?\d+\s+more)$|\b\d+\s?-?\s?min(?:ute)?s?\.?\s+read\b|\b(?:Lesezeit|Lesedauer)\b
    |   [·•]\s?\d{1,2}\s?(?:h|hr|hrs|m|min|d)$   # a news app's age stamp: "Ana Ruiz · 2h"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# An American time zone after a time, which makes "3/4/2025 11:05 AM PT" month first.
_US_ZONE_RE = regex.compile(
    r"(?:\s?(?:,|at|-|–|—|\|)?\s?(?:[01]?\d|2[0-3])[:.]\d\d(?:\s?[AaPp]\.?[Mm]\.?)?)?\s?"
    r"(?:E[SD]?T|P[SD]?T|C[SD]T|CT|M[SD]T|MT)\b"
)
# A revision time printed without its day, after the day of publication ("..., mis à jour à 09h45",
# "| Updated 9:05 p.m.") or on a line of its own under it ("Updated at 7:15 pm").
_UPDATED_TIME_RE = regex.compile(
    r"""(?<!\p{L})(?:\L<labels>)(?!\p{L})\s?:?\s(?:(?:at|à|um|a\slas|alle|às|le|om|kl\.?|o)\s)?
        (?P<time>(?P<H>[01]?\d|2[0-3])[:h.](?P<M>[0-5]\d)
            (?:\s?(?P<ap>[AaPp](?:\.\s?[Mm]\.?|\s?[Mm]))(?!\p{L}))?)   # "7:15 pm", "9:05 p.m."
        (?!\d|\.\d)                                                  # (not "Updated 09.12.2025")
    """,
    regex.VERBOSE | regex.IGNORECASE,
    labels=_longest_first(UPDATED_LABELS),
)
_DAY_PRECISION = ("day", "time")
# A time alone on its line, maybe with its zone: "14:22", "2:22 pm", "14.22 Uhr", "10:22 WIB".
_LONE_TIME_RE = regex.compile(
    r"(?P<time>(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:\s?(?P<ap>[AaPp](?:\.\s?[Mm]\.?|\s?[Mm])))?)"
    r"(?:\s?(?P<tz>[A-Z]{2,4}(?:[+-]\d{1,2})?)|\s?(?:Uhr|h))?"
)
# A reading time, as pages print it over the text: "4 min read", "Lesezeit: 4 Min.", "3 minuti di lettura",
# "Ten artykuł przeczytasz w 2 minuty" (the labels written by us).
_READING_TIME_RE = regex.compile(
    r"""\d+\s?(?:min|mins|minutes?|minuti|minutos|minuty|minut|minute|dk)\.?\s(?:read|di\slettura|de\slectura
            |de\sleitura|de\slecture)\b
    |   \b(?:Lesezeit|Lesedauer|Okunma\ssüresi|Okuma\ssüresi|Leestijd|Lästid|Timp\sde\scitire
            |Tiempo\sde\slectura|Temps\sde\slecture|Tempo\sde\sleitura|Tempo\sdi\slettura|Czas\sczytania
            |przeczytasz|Reading\stime|Read\stime|Время\sчтения)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A reading time after its label, alone on its line: "Reading time: 4 minutes", "Temps de lecture : 3 min",
# "Tempo di lettura: 3 minuti", "Okuma süresi: 3 dakika" (the labels of :data:`_READING_TIME_RE`).
_LABELLED_READING_TIME_RE = regex.compile(
    r"""(?i:reading\stime|read\stime|lesezeit|lesedauer|okunma\ssüresi|okuma\ssüresi|leestijd|lästid
            |timp\sde\scitire|tiempo\sde\slectura|temps\sde\slecture|tempo\sde\sleitura|tempo\sdi\slettura
            |czas\sczytania|время\sчтения)
        \s?+:?+\s?+(?:(?i:about|approx\.?|ca\.|env\.|environ|unos|circa|cerca\sde|yaklaşık)\s)?+
        \d{1,2}+(?:\s?+[-–]\s?+\d{1,2}+)?+\s?+
        (?i:min|mins|minutes?|minuten|minuti|minutos|minuty|minut|dk|dakika|мин|минут[аы]?+)\.?+""",
    regex.VERBOSE,
)
#: How many days a dateline's day may fall after the printed date (a local day ahead of the page's clock).
_DATELINE_LEAD_DAYS = 2
# An honorific or ranks before a name: "Dr. Anne Fischer", "Mr Tom Lee", "Prof. Omar Reyes", "Maj. Gen. (Retd)
# Omar Reyes", as South Asian papers credit retired officers.
_HONORIFIC_RE = regex.compile(
    r"""(?:(?:Dr|Prof|Mr|Mrs|Ms|Mme|Sr|Sra|Hr|Fr|Gen|Lt|Maj|Brig|Col|Capt|Cdr|Adm|Rev|Amb)\.\s+
        |(?:Dr|Prof|Mr|Mrs|Ms)\s+(?=\p{Lu})
        |(?:Sir|Dame)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}))++   # ("Sir Tom Hale": a knight's title, then a name)
        (?:\((?i:retd|retired|r)\.?\)\s+)?+""",
    regex.VERBOSE,
)
_INITIALS_RE = regex.compile(r"(?:\p{L}\.)+|Jr\.|Sr\.")
# A line that opens with a date (and a time) and a separator, a name after it: "May 30, 2023 / Amy Gallo".
_DATE_THEN_NAME_RE = regex.compile(
    r"^(?:[^|/•·\n]|(?<=\d)/(?=\d)){4,40}?(?:\s[|/•·]\s[^|/•·\n]{2,12}?)?(?P<sep>\s[|/•·]\s)(?=\p{Lu})"
)
# The label of a credited source: "Source: Reuters", "Quelle: dpa", "Fuente: EFE", "Kaynak: AA".
# The outlet an aggregator credits: "from Al Jazeera", "via Reuters", "Reuters via Yahoo News".
_VIA_RE = regex.compile(
    r"(?:from|via|von|de|par)\s++(?P<a>\p{Lu}[^\n]{1,40}+)|(?P<a>\p{Lu}[^\n]{1,40}?)\s++via\s++\S[^\n]{0,40}+"
)
# (the labels, then those of Chinese, Japanese and Korean pages, which a full-width colon may close)
_SOURCE_LABELS = r"Source|Sources|Quelle|Fuente|Fonte|Kaynak|Источник"
_CJK_SOURCE_LABELS = r"来源|來源|出典|출처"
_SOURCE_LABEL_RE = regex.compile(rf"\s*(?:{_SOURCE_LABELS}|{_CJK_SOURCE_LABELS})\s?[:：]\s*")
# A time printed before its date, with a zone maybe: "6:42 PM EST, ", "9:41 PM GMT+1, ", "10.02 Uhr, ", and
# the date's weekday maybe ("9:42 AM EST, Wed "); the time maybe in brackets ("[14:05] ", "(14:05 CET) ").
_TIME_BEFORE_RE = regex.compile(
    r"(?P<bk>[\[(])?(?<![\d:.])(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:\s?(?P<ap>[AaPp]\.?[Mm]\.?))?"
    r"(?:\s?(?P<tz>[A-Z]{2,4}(?:[+\-−](?:1[0-4]|0?\d)(?::?[0-5]\d)?)?)|\s?(?:Uhr|h))?(?(bk)[\])])"
    r"\s?(?:,|\||·|•|-|–|—|on)?\s?"
    r"(?:(?:\L<weekdays>)\.?,?\s)?$",  # "9:42 AM EST, Wed November 25, 2026": the weekday between
    weekdays=_longest_first([w.capitalize() for w in WEEKDAYS if len(w) > 2]),
)
_SEPARATOR_AT = regex.compile(r"\s*[|•·]")
# A parenthesis closing a line: "(Dakar, correspondante)", "(Bruxelles, envoyé spécial)".
_PAREN_END_RE = regex.compile(r"\s*\([^()\n]{2,60}+\)\s*$")
# A place in the parenthesis closing a byline, after its preposition or before the writer's title: "(à
# Genève)", "(in Geneva)", "(Dakar, correspondante)" (the place must be a known city; a city alone in the
# parenthesis, "(Kyiv)", is left unread).
_PAREN_PLACE_RE = regex.compile(
    r"""\s*+\((?P<word>(?:à|in|en|em|aus|a|в|у)\s++)?+
        (?P<place>\p{Lu}[\p{L}\-’']*+(?:\s(?:(?:de|do|da|del)\s)?+\p{Lu}[\p{L}\-’']*+){0,2}+)
        (?(word)|\s*+,\s*+[^()\n]{2,40}+)\)\s*+$""",
    regex.VERBOSE,
)
# Words that join one more name to a byline: "A, Senior Correspondent, and B", "A, with reporting by B".
_JOIN_NEXT_RE = regex.compile(r"\b(?:and|und|et|y|e|и|och|og|és|with|reporting\s+by)\b|&", regex.IGNORECASE)
_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_UI_WORDS = {w.casefold() for w in UI_WORDS}
# The label of a publication date printed under the date of the latest revision, as the Guardian prints it.
_FIRST_PUBLISHED_RE = regex.compile(r"(?i:first|originally)\s(?i:published)(?!\p{L})")

# Splits a byline into names: commas, "and", "&", "und", "et", "y", "и", semicolons.
# Italian and Portuguese "e", Turkish "ve", Polish "i", Dutch "en", Ukrainian "та" and "і", Swedish "och",
# Danish and Norwegian "og", Hungarian "és" only before a name of two words (or an agency's one word closing
# the line, "A og Ritzau"; for the first ones a listed agency's or outlet's name closing it, "A e Lusa", "A e
# Corriere della Sera"): "Sousa e Silva" is one name.
_NAME_SPLIT_RE = regex.compile(
    r"""\s*(?:,?\s*\b(?:with\s+)?(?:additional\s+)?reporting\s+by\b   # "A with (additional) reporting by B"
        |,|;|&|\||\band\b|\bund\b|\bet\b|\by\b|\bи\b|(?-i:\b(?:with|avec|mit|con)\b)
        |(?-i:\b(?:e|ve|i|en|та|і)\b(?=\s+\p{Lu}[\p{L}'’\-]*\.?\s+\p{Lu}|\s+(?:\L<credits>)\s*$))
        |(?-i:\b(?:With|WITH|Avec|Mit|Con)\b(?=\s+(?i:\L<credits>)\s*$)   # "A With AFP" (a title-case line),
            |\bWith\b(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))   # "A With B C": one more writer
        |(?-i:\b(?:och|og|és)\b(?=\s+\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}|\s*$))))\s*""",
    regex.IGNORECASE | regex.VERBOSE,
    credits=_longest_first([*AGENCIES, *OUTLETS, *BROADCAST_OUTLETS]),
)
# Where a contributor filed from, after the name: "Marie Leclerc in Brussels", "à Bruxelles", "в Киеве", "IN
# WASHINGTON" (a tabloid's byline in capitals).
_FILED_FROM_RE = regex.compile(
    r"\s+(?:in|IN|à|en|em|aus|desde|из|в)\s+\p{Lu}[\p{L}\-’']*(?:\s+\p{Lu}[\p{L}\-’']*)?$"
)
# A standfirst that names its writer at its end: "..., writes Jane Doe", "... — argues Omar Said.", "Your
# weekly briefing on African politics, by Amara Diallo" ("by" after a comma or a dash: a person's name).
_WRITES_RE = regex.compile(
    r"""(?:[,;:—–-]|(?<=[.!?…]))\s*(?:writes|argues|explains|reports|(?<=[,—–-]\s)(?P<by>by))\s+
        (?P<name>\p{Lu}[\p{L}.'’\-]*(?:\s+[\p{L}.'’\-]+){1,4}?)\s*\.?$""",
    regex.VERBOSE,
)
# A verb in the passive, whose agent "by" may name: "were unveiled", "has been approved", "is being drawn".
_PASSIVE_RE = regex.compile(
    r"\b(?i:is|are|was|were|be|been|being)\s(?:\p{Ll}++ly\s)?+(?:being\s)?+\p{Ll}{2,}+(?<=ed|en|wn|ne|t)\b"
)
# A wire credit line closing the story: "Reporting by Anna Petrova and Kenji Mori; Editing by Peter Graff".
# The same at the foot of Antara's and Agerpres's copy: "Pewarta: Dewi Lestari" (Indonesian: reporter),
# "AGERPRES/(AS - autor: Ana Pop, editor: Ion Ilie)" (Romanian: author; the editor's initials first).
_CREDIT_LINE_RE = regex.compile(
    r"""(?:^[ \t]*\(?|[;(][ \t]*|\(\p{Lu}{1,4}\s[-–][ \t]*)
        (?:(?:Additional\s+)?(?:Reporting|Writing)\s+by\s+|(?:Pewarta|autor)\s?:\s*
          # Reuters' French, German and Spanish services: "(Rédigé par A, édité par B)", "(Bericht von A,
          # redigiert von B)", "(Información de A; editado por B)" (written by us)
          |(?:Rédigé|Écrit)\s+par\s+|Bericht\s+von\s+|Información\s+de\s+)
        (?P<names>[^;\n()]{3,200}?)
        \s*(?=[;)]|,\s*(?:édité|edité|redigiert|bearbeitet|editado|editing|edited)\b|\.?[ \t]*$)""",
    regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE,
)

# One token of a person's name: "Jane", "D.", "O'Neill", "Tremayne-Pengelly", "RUSSO", "McGregor".
_NAME_TOKEN_RE = regex.compile(
    r"(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|\p{Ll}+\p{Lu}[\p{L}]*|\p{Ll}{1,4}['’]\p{Lu}[\p{L}'’\-]*"
    r"|(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu)-\p{Lu}[\p{L}'’\-]*)"
)  # (and "d'Almeida", "dell'Orto": an elided particle glued to the name; "al-Rikabi": the Arabic article)
_BRAND_TOKEN_RE = regex.compile(r"\p{Lu}{2,}\p{Ll}")  # "FOXBusiness": an outlet glued to a name

# What may follow a dateline's date before the agency: a full stop, a weekday after a comma ("2025. november
# 28., szombat (MTI)", "28. studenoga 2025. (Hina)").
_DATE_CLOSE_RE = regex.compile(r"(?:,\s++\p{L}++)?\.?$")
# The article French, Spanish, Italian, Portuguese and German datelines print before the day: "le 3 mars",
# "el 3 de marzo", "il 3 marzo", "den 3. März".
_DATE_ARTICLE = regex.compile(r"(?:le|el|il|o|den|am)\s++(?=\d)")
# A wire dateline opening the body: "LOS ANGELES, Feb 26 -", "TALLAHASSEE, Fla. (AP) —",
# "Moscow, 27 November 2016 /TASS/.", "MILLVILLE - ", "CNN —".
_DATELINE_RE = regex.compile(
    r"""
    ^(?P<place>
        (?P<caps>\p{Lu}[\p{Lu}\p{M}\p{Lm}.'’&\-]*(?:/\p{Lu}[\p{Lu}\p{M}.'’&\-]*)*+  # ANKARA/BAGHDAD
            (?:\s(?!-)[\p{Lu}\p{M}.'’&\-]+(?:/\p{Lu}[\p{Lu}\p{M}.'’&\-]*)*+){0,7})  # NEW DELHI/KABUL
                                                    # (a dash alone is no word of it: "WASHINGTON --"; more
                                                    # than four words only before a listed agency in brackets:
                                                    # "ABOARD THE USS GERALD R. FORD (AP) —")
        (?:,\s(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*\d)  # (not "Jan. 5")
            (?P<region>\p{Lu}[\p{L}.]*\.?(?:\s(?:(?:of|the)\s)?\p{Lu}[\p{L}.]*){0,3}))?   # , N.Y. / , British
                                                    # Columbia / , Democratic Republic of Congo
    |   (?P<mixed>\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?+
            (?:[\s\-/](?:(?:es|el|al|ez|ad|de|da|do|di|au|en|sur|of)[\s\-])?\p{Lu}\p{Ll}+){0,3})
        # Moscow, Kiew/Moskau, Dar es Salaam, Sharm el-Sheikh, Nuku'alofa, Port-au-Prince, Ho Chi Minh City
        # (needs a date, an agency or a known city)
    )
    (?:\s\((?P<country>(?&region_name))\)(?=,|\s\()                             # "Leticia (Colombia),"
      |(?:\s\((?&region_name)\))?+\s\[(?P<country>(?&region_name))\](?=,|:|\s\(|\s[\-–—]))?
        # "Delhi [India],", "NEW DELHI [India]:", "Srinagar (Jammu and Kashmir) [India],": a state, then the
        # country in square brackets, as ANI prints it
    # (or before the agency in brackets, as AFP prints it: "Gaza City (Palestinian Territories) (AFP) -")
    (?:(?:,|\.(?=\s(?:\d|\p{Lu}\p{Ll}{2,8}\.?\s\d)[^()\n]{0,30}\(\p{L})   # "MOSCOW. Nov 25 (Interfax) -"
          |(?<=\p{L}{3})(?=\s\d{1,2}\.\s\p{L}[^()\n]{0,30}\(\p{L}))   # "PRAHA 28. listopadu (ČTK) -",
        # "Bratislava 29. novembra (TASR) -"
        \s?(?P<date>(?:[^()\-–—/\n]|(?<=\d)/(?=\d)|(?<=\d\s)/(?=\s\d))  # (a slash between digits: ENA's
            # "November 29/2026"; or between blanks before the time: CNA's "Dec 1, 2026 / 09:41 am (CNA).")
            {3,40}?))?
    (?:\.(?=\s*/))?                                                    # "MOSCOW, March 3. /TASS/."
    # "(dpa)", "(awp/sda)", "(Kurdistan24)", "(France 24)"
    \s*(?:\((?P<agency>[\p{L}\s.\-]{2,30}(?:/[\p{L}\s.\-]{2,20}){0,2}|\p{L}++\s?\d{1,3}
              |\p{Lu}\p{L}++['’]s(?:\s\p{Lu}\p{L}++){1,2}   # an outlet's possessive brand: "(Lloyd's List)"
              |\p{Ll}[\p{Ll}\d\-]*+\.(?:com|net|org))\)   # a site by its address: "(bdnews24.com)"
        |/(?P<agency2>[\p{Lu}\p{L}\s\-]{2,30})/)?
    # (a stop before a lower-case word and a number is a year's: "2025. november 28.")
    \s*(?P<dash>(?<=\)\s?+)\.-|(?<=[)\]]):|-{1,2}|–|—|//|\.(?=\s)(?!\s*+\(|\s\p{Ll}++\s\d)
        (?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)
        (?<!\b(?:am|den|dem)\s\d{1,2}\.)   # (the German ordinal's stop: "Wien, am 3. März 2025 (APA) -")
        |(?<=\))(?=\s+[\p{Lu}"“«])   # PTI prints no dash: "New Delhi, Mar 4 (PTI) The ..."
        |(?<=/)(?=\s+[\p{Lu}"“«])    # nor an agency between slashes: "KYIV / Ukrinform / The ..."
        |(?<=\))$)                     # nor Europa Press, on a line of its own: "MADRID, 4 (EUROPA PRESS)"
    (?:\s+|$|(?<=\)(?:-{1,2}|–|—|:))(?=[\p{Lu}"“«]))
    # (Jiji glues the dash: "Tokyo, Nov. 5 (Jiji Press)--The", and APP the colon: "LAHORE, Nov 29 (APP):The")
    (?(DEFINE)(?P<region_name>   # a state's or a country's name in brackets, small words of names inside
        \p{Lu}[\p{L}.\-]++(?:\s(?:(?:and|of|the|&)\s)?+\p{Lu}[\p{L}.\-]++){0,3}+))
    """,
    regex.VERBOSE,
)
# The full stop after a place's last word of four letters or more ("GINEBRA."), no abbreviation's ("D.C.").
_STOP_AFTER_PLACE_RE = regex.compile(r"(?:^|\s)\p{L}{4,}+\.$")
_CAPS_PLACE_BLANKS = 4  # blanks from which a place in capitals needs a listed agency in brackets after it


def _dateline_match(t: str) -> regex.Match[str] | None:
    """:data:`_DATELINE_RE` at the start of ``t``; a place of five words or more in capitals only before a
    listed agency in brackets ("ON BOARD THE PAPAL PLANE (AP) —", "ABOARD THE USS GERALD R. FORD (AP) —"),
    never before a dash alone ("SENATE PASSES THE BUDGET BILL - ..." is a headline)."""
    m = _DATELINE_RE.match(t, timeout=_T)
    if (
        m is not None
        and m.group("caps") is not None
        and m.group("caps").count(" ") >= _CAPS_PLACE_BLANKS
        and (m.group("agency") is None or _agency_name(m.group("agency")) is None)
    ):
        return None
    return m


# A section's name in capitals, all that follows a dash on its line: "POLITIQUE" in "FRANCE - POLITIQUE".
_SECTION_AFTER_DASH_RE = regex.compile(r"\p{Lu}[\p{Lu}\p{M}'’\-]*+(?:\s\p{Lu}[\p{Lu}\p{M}'’\-]*+){0,2}+")
# A byline that credits the paper's staff, not a person: "Staff Reporter", "By Our Correspondent", "From our
# correspondent in Kyiv", "Web Desk".
_STAFF_BYLINE_RE = regex.compile(
    r"""^\s*(?:By\s+)?(?P<credit>(?:
        (?:(?:From\s+)?(?:our|a|an)\s+)?
        (?:(?:Staff|Special|Senior|Diplomatic|Foreign|Political|Defen[cs]e|Security|Own|Web|News|Online|Digital|City
            |Monitoring|Sports?|Business|Metro|Crime|Court|National|International|Entertainment)\s+)?
            # ("Monitoring Desk", "Sports Desk", "Business Desk": South Asian papers' desks)
        (?:Reporters?|Writers?|Correspondents?|Desk|Bureau)
      |(?:Staff|News|Special)\s+Reports?                 # "Staff Report": the paper's own, nobody named
      |(?:From\s+)?(?:staff\s+and\s+)?(?:wire|news|agency)\s+(?:reports|services|dispatches)
        # "From staff and wire reports": the paper's own and the wires', nobody named
      |(?-i:\p{Lu}{2,4}+)\s+(?:Staff\s+)?(?:Correspondent|Reporter|Writer)   # the paper's initials: "HT
      # Correspondent", "CNA staff writer" (Focus Taiwan's byline for its agency's staff)
      # a paper's own reporter, the paper named: "By Daily Monitor Reporter", "By Nation Reporter"
      |(?:The\s+)?(?=(?:\p{L}+\s+){0,2}?(?:\L<papers>)\s)(?:(?-i:\p{Lu})\p{L}*+\s+){1,3}(?:Staff\s+)?(?:Reporter|Correspondent|Writer))
        (?P<where>(?:\s+(?:in|at)\s+|,\s*)(?!with\s)\p{Lu}[\p{L}\-’']*(?:\s\p{Lu}[\p{L}\-’']*)?)?)
        # (", Dhaka" too; "with" opens the agency after it)
        (?:,?\s+with\s+(?P<agency>[^\s,|•·][^,|•·\n]{0,40}?))?   # the agency written with: ", with CNA"
        (?P<rest>\s*[|•·]\s*[^|•·\n]*\d[^\n]*)?+   # then a separator and the date: "| Published Nov 29, 2026"
        \s*$""",
    regex.VERBOSE | regex.IGNORECASE,
    papers=NEWSPAPER_WORDS,
)
# A byline word and the paper's own correspondent before the name: "Von unserem Korrespondenten Jonas Weber",
# "Par notre envoyée spéciale à Kyiv, Léa Roux", "De nuestro corresponsal en Moscú, Luis Gil", "Dal nostro
# inviato a Kiev Marco Neri", "By our Moscow correspondent Ann Lee" (the words written by us).
_OUR_CORRESPONDENT_RE = regex.compile(
    r"""^(?i:by|from|von|par|de|por|di|dal|dalla|da|do|da)\s+
        (?i:our|unserem|unserer|unseren|notre|nos|nuestro|nuestra|nuestros|nosso|nossa|nostro|nostra)\s+
        (?:\p{Lu}[\p{L}\-]+\s+)?                       # "our Moscow correspondent"
        (?i:(?:special|own|foreign|chief|diplomatic)\s+)?
        (?i:correspondents?|Korrespondent(?:en|in|innen)?|Reporter(?:in)?|correspondant(?:e|s|es)?
            |envoyée?s?\s+spéciale?s?|corresponsal(?:es)?|enviad[oa]s?\s+especial(?:es)?|correspondentes?
            |inviat[oa]|corrispondente)
        (?:\s+(?i:in|à|a|en|em|aus|no|na|para)\s+(?P<place>\p{Lu}[\p{L}\-’']*+(?:\s\p{Lu}[\p{L}\-’']*+(?=,))?+))?+
        \s*+[,:]?\s*+""",  # (a place of two words only before a comma: "a Kiev Marco Neri")
    regex.VERBOSE,
)
# A place in capitals and a colon opening the body, as Gulf and South Asian papers print it: "DUBAI: Gulf
# officials ...", "NEW DELHI: ...", with an apostrophe inside a word: "COX'S BAZAR: ...", "N'DJAMENA: ...".
# (Labels such as "UPDATE:" or "ANALYSIS:" are no places.)
COLON_DATELINE = regex.compile(
    r"""^(?P<place>(?:\p{Lu}++['’]\p{Lu}++|\p{Lu}{3,}+)
        (?:(?:[^\S\n]|-)(?:\p{Lu}++['’]\p{Lu}++|\p{Lu}{2,}+)){0,2}+):[^\S\n]++(?=\p{Lu}|\p{Pi}|\")""",
    regex.MULTILINE | regex.VERBOSE,
)
# A known city in mixed case and a colon opening the first paragraph, as Gulf News prints it: "Manama: The
# Crown Prince received ...", "Abu Dhabi: ...", "N'Djamena: ...". (The city must be known: "Update: ..." is no
# place.)
_MIXED_COLON_DATELINE_RE = regex.compile(
    r"""(?P<place>(?:\p{Lu}\p{Ll}*+['’]\p{L}\p{Ll}++|\p{Lu}\p{Ll}++)(?:[^\S\n]\p{Lu}\p{Ll}++){0,2}+)
        :[^\S\n]++(?=\p{Lu}|\p{Pi}|\")""",
    regex.VERBOSE,
)
# An agency named after a dateline's dash and closed by a full stop, maybe with its correspondent after a
# comma, as RIA Novosti prints it: "МОСКВА, 12 мар — РИА Новости. ...", "АСТАНА, 30 ноя — РИА Новости, Ирина
# Волкова.", or by a second dash, as Central Asian agencies print it: "Tashkent — UzA — The ..."
_AGENCY_AFTER_DASH = regex.compile(
    r"\s*+(?P<agency>\L<agencies>)(?:(?:,\s(?P<reporter>\p{Lu}\p{Ll}++(?:[\s\-]\p{Lu}\p{Ll}++){1,2}+))?+\.(?=\s)"
    r"|\s(?:-{1,2}|–|—)(?=\s))",
    agencies=AGENCIES,
)
# A dateline of full stops, as Interfax prints it: "Москва. 4 марта. INTERFAX.RU - ".
_DOTTED_DATELINE_RE = regex.compile(
    r"""^(?P<place>\p{Lu}[\p{L}\-]++(?:\s\p{Lu}[\p{L}\-]++)?+)\.\s(?P<date>[^.\n]{3,30}?)\.\s
        (?P<agency>\p{Lu}[\p{L}.\-]{1,24}?)\s*(?:-{1,2}|–|—)(?:\s+|$)""",
    regex.VERBOSE,
)
# An agency before the place: "(ANSA) - ROMA, 05 MAR - ".
_AGENCY_FIRST_RE = regex.compile(r"^\((?P<agency>[\p{L}\s.\-]{2,30})\)\s*+(?:-{1,2}|–|—)\s*+(?=\p{Lu})")
_DAY_ONLY_RE = regex.compile(r"3[01]|[12]\d|0?[1-9]")
# A date and an agency in brackets with no place before them, as Reuters' web pages open the lead: "Dec 1
# (Reuters) - ...", "December 1, 2026 (AFP) — ..."; the date is checked by DATE_RE, the agency by the list.
_DATE_AGENCY_RE = regex.compile(
    r"""^(?P<date>[\p{Lu}\d][\p{L}\d.,\ ]{2,28}?)\s\((?P<agency>[\p{L}\s.\-]{2,30})\)\s*+
        (?P<dash>-{1,2}|–|—)\s++(?=[\p{Lu}"“«‘])""",
    regex.VERBOSE,
)
# A listed agency as the list spells it, a dash and a known city, maybe with its country in brackets, opening
# the lead, as the Agence de Presse Africaine prints it: "APA-Dakar (Senegal) The ...", "APA – Bamako (Mali)
# - ...".
_AGENCY_DASH_PLACE_RE = regex.compile(
    r"""(?P<agency>\L<agencies>)\s?+[-–—]\s?+
        (?P<place>\p{Lu}\p{Ll}++(?:[\s\-]\p{Lu}\p{Ll}++(?=\s?+[(\-–—:]))?+)   # (a second word before a mark)
        (?:\s\((?P<country>\p{Lu}[\p{L}\s]{2,30}?)\))?+
        (?:\s?+[-–—:])?+\s++(?=\p{Lu}|\p{Pi}|")""",
    regex.VERBOSE,
    agencies=_longest_first(AGENCIES),
)
# A listed outlet as the list spells it and a dash opening the lead, as outlets sign their own copy with no
# place: "The Moscow Times — The ministry said ...", "Buenos Aires Times - ...".
_OUTLET_DASH_RE = regex.compile(
    r"(?P<outlet>\L<outlets>)\s?+(?:-{1,2}|–|—)\s++(?=\p{Lu}|\p{Pi}|\")",
    outlets=_longest_first([o for o in (*OUTLETS, *BROADCAST_OUTLETS) if len(o) > 3]),
)
# A known city, a dash or a slash and a listed agency as the list spells it, glued to the lead on one line, as
# the Iraqi News Agency, Gulf agencies and Anadolu print it: "Baghdad-INA The ministry said ...", "RIYADH -
# SPA The ...", "Ankara / Anadolu Agency - The ...", "Baku / Trend / The ..." (the agency's whole name: alone
# on its line, "Ankara / Anadolu Agency" is no "Anadolu" glued to a lead "Agency"); or a full stop after the
# agency, as German regional papers print dpa's credit: "BERLIN/dpa. Der Bundestag ...".
_PLACE_DASH_AGENCY_RE = regex.compile(
    r"""^(?P<place>\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++)?+|\p{Lu}{3,}+(?:\s\p{Lu}{2,}+)?+)\s?+[-–—/]\s?+
        (?P<agency>(?>\L<agencies>))(?:\s?+[-–—:/]|\.)?+\s++(?=\p{Lu}|\p{Pi}|")""",
    regex.VERBOSE,
    agencies=_longest_first(AGENCIES),
)
# A known city, a listed agency or broadcaster with no brackets and a dash, as CNN's pages print their
# dateline: "Hong Kong CNN — ...", "Washington CNN — ..." (a page's dump breaks it over three lines: "Hong
# Kong" / "CNN" / "—").
_PLACE_AGENCY_DASH_RE = regex.compile(
    r"""^(?P<place>\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++)?+|\p{Lu}{3,}+(?:\s\p{Lu}{2,}+){0,2})\s++
        (?P<agency>(?>\L<agencies>))\s*+(?P<dash>-{1,2}|–|—)(?:\s++|$)""",
    regex.VERBOSE,
    agencies=_longest_first(AGENCIES),
)
# A word and a day where a wire's dateline prints its date, the month misspelt ("NEW YORK, Narch 2 - "): the
# place in capitals and the dash make it a dateline, with no date read.
_MISSPELT_DATE_RE = regex.compile(r"\p{Lu}\p{Ll}{2,8}\.?\s(?:3[01]|[12]\d|0?[1-9])")


def _misspelt_date(
    start: int, date_s: str, ref: _dt.datetime | None, settings: DateSettings
) -> DateValue | None:
    """The date of a wire dateline whose English month name is misspelt by one letter ("Narch 2",
    "Fbruary 3"): read with the only month one edit away, the span on the printed text; None if not one."""
    word, day = date_s.strip().rstrip(".").split(None, 1)[0].rstrip("."), date_s.strip().split()[-1]
    near = [mo for mo in ENGLISH_MONTHS if _one_edit(word.casefold(), mo.casefold())]
    if len(near) != 1:
        return None
    ds = start + (len(date_s) - len(date_s.lstrip()))
    parsed = _date_value(ds, ds + len(date_s.strip()), f"{near[0]} {day}", ref, settings)
    return None if parsed is None else attrs.evolve(parsed, text=date_s.strip())


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one substituted, dropped or added letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


_UPPER = regex.compile(r"\p{Lu}")  # what a dateline opens with (the same engine's Unicode data)
_AGENCY_ONLY_DATELINE_RE = regex.compile(
    r"""^(?:(?P<place>\p{Lu}[\p{L}\-]++(?:\s\p{Lu}[\p{L}\-]++){0,2}+  # "Damascus, SANA- ..."
            (?:,\s*+(?!(?i:\L<months>)(?!\p{L}))\p{Lu}[\p{L}\-]++(?:\s\p{Lu}[\p{L}\-]++)?)?)  # "PORT OF
            # SPAIN, Trinidad, CMC –" (a month is the date's: "Accra, Nov. 29, GNA -")
        (?P<sep>[,.])\s*+
        (?:(?P<date>[^\n\-–—()]{0,50}?\d[^\n\-–—()]{0,20}?)
            (?:[,.]\s*+|\s++(?=(?i:\L<agencies>)\s*+(?:-{1,2}|–|—)\s)))?)?   # "Riyadh, Nov 27, 2026, SPA --",
        # "Baku, 1 December, AZERTAC." (the day first); "TOKYO, Dec. 1 Kyodo -" (a blank, then a dash after
        # the agency, as Kyodo's wire prints it)
        (?P<agency>(?i:\L<agencies>)|\p{L}[\p{L}\d\-]*+\.(?i:com|net|org))       # "ASTANA. KAZINFORM –"
        \s*+(?P<end>-{1,2}|–|—|\.(?=\s++\p{Lu})|:(?=\s)   # ("YEREVAN, APRIL 3, ARMENPRESS. The ...")
            |(?<=\p{Lu}{4})$|(?<=\p{Lu}{4}\s++)(?=\p{Lu}\p{Ll}))(?:\s+|$|(?<=\s))""",
    # ("BAKU, Azerbaijan, November 29. Trend: The ...", as Trend prints it; "Baku, November 29, AZERTAC The
    # ...", as AZERTAC prints it: an agency in capitals and no stop before the lead)
    regex.VERBOSE,
    agencies=AGENCIES,
    months=_longest_first(list(MONTHS)),
)

# Where a date's label starts: after no letter, or glued to the time zone before it, capitalised, as a
# page's text dump joins the date's zone and the next label ("7:15 PM GMTUpdated 2 hours ago").
_LABEL_START = r"(?:(?<!\p{L})|(?<=(?<!\p{L})(?-i:\p{Lu}{2,5}))(?=(?-i:\p{Lu}\p{Ll})))"
_PUBLISHED_RE = regex.compile(
    _LABEL_START + r"(?:\L<labels>)(?!\p{L})\s*:?",
    regex.IGNORECASE,
    labels=_longest_first(PUBLISHED_LABELS),
)
_UPDATED_RE = regex.compile(
    _LABEL_START + r"(?:\L<labels>)(?!\p{L})\s*:?",
    regex.IGNORECASE,
    labels=_longest_first(UPDATED_LABELS),
)


@attrs.frozen
class _LabelScan:
    """The cheap scan of the whole text for a labelled date when the top has none.

    ``lower`` runs on lower-cased text (a case-sensitive named list is a fast trie, a case-insensitive one
    is not); ``spot`` is its literal prefilter, a stdlib trie of the lower-cased labels, where its matches
    can only start (literals cannot backtrack, and a consuming trie lets the engine skip ahead);
    ``anycase`` is for the rare text whose lower-casing moves offsets.
    """

    anycase: regex.Pattern[str]
    lower: regex.Pattern[str]
    spot: re.Pattern[str]

    @classmethod
    def of(cls, labels: Sequence[str]) -> _LabelScan:
        """The scan for ``labels``."""
        pattern = r"(?<!\p{L})(?:\L<labels>)(?!\p{L})[^\n\d]{0,25}"
        low = [x.lower() for x in labels]
        return cls(
            regex.compile(pattern, regex.IGNORECASE, labels=_longest_first(labels)),
            regex.compile(pattern, labels=_longest_first(low)),
            re.compile(trie(low)),
        )


#: Publication labels, with the words of blog footers ("Dieser Beitrag wurde am <Datum> veröffentlicht").
_SCAN_PUBLISHED = _LabelScan.of(
    [*PUBLISHED_LABELS, "veröffentlicht", "gepostet", "posted", "Beitrag wurde am", "Eintrag wurde am"]
)
#: Revision labels: the date of a page that prints no other ("Aktualisiert: 30.12.2016" at its foot).
_SCAN_UPDATED = _LabelScan.of(UPDATED_LABELS)

# A section label glued before a headline by a page's text dump, and a media tag after it.
_KICKER_RE = regex.compile(
    r"(?:Opinion|Analysis|Commentary|Editorial|Perspective|Explainer|Column|Essay|Meinung|Kommentar|Opinión)"
    r"\s+(?=\p{Lu})"
)
# What separates the parts of a breadcrumb: "Startseite > Ausland", "CHINA / DIPLOMACY", "News|World".
_CRUMB_SEP_RE = regex.compile(r"\s*+[|>›»]\s*+|\s++/\s++")
# An article's number printed over its headline: "News ID: 228845", "ID: 5521".
# The site's name opening a breadcrumb, as it brands itself: "iDNES.cz", "euronews", "News24".
_BRAND_RE = regex.compile(r"\p{L}[\p{L}\d]{1,15}+(?:\.\p{Ll}{2,3})?+")
_ARTICLE_ID_RE = regex.compile(r"(?:\p{L}++\s)?+ID\s?+:?+\s?+\d++")
# A photo's caption or credit, which is no byline, standfirst or date of the article: a credit closing the
# line ("... [Yuki Iwamura/AP]", "... (Photo by Ann Lee / AFP)", "... JEAN DUPONT / AFP"), or a line that is
# a credit ("Foto: Kay Lenz / dpa", "© Ivan Orlov/TASS", "Photo: Reuters", "Photo by Ann Lee", "Image credit:
# Ann Lee", "Courtesy of the city", "Image source, Reuters"), or a caption ("Image caption, ...", "Image
# caption: ...", "Picture: Police fire tear gas at ..." of any length) closed by its credit after a full stop
# ("Crowds on the quay. Photo: Ann Lee/AP", "A worker at an estate. PHOTO | FILE").
_CAPTION_RE = regex.compile(
    r"""
        [\[(](?:(?:Photo|Foto|Image|Picture|Bild|Credit)s?\b[^\[\]()\n]{0,80}+
            |[^\[\]()\n/]{2,40}+/[^\[\]()\n/]{2,30}+)[\])]\.?$
    |   (?<=\S\s)(?<!^(?i:by)\s[^\n]{0,40})   # (not in a byline: "By AFP/Reuters", "BY ANN LEE/AFP")
        \p{Lu}[\p{Lu}\p{M}.'’\-]++(?:\s\p{Lu}[\p{Lu}\p{M}.'’\-]++){0,3}+\s?/\s?\L<agencies>\.?$
    |   (?<=[.!?…]\s)\p{Lu}[\p{Lu}\p{M}.'’\-]++(?:\s\p{Lu}[\p{Lu}\p{M}.'’\-]++){0,3}+\s\((?i:\L<agencies>)\)$
    |   ^(?:(?:Photo(?:graph)?|Foto|Image|Picture|Bild|Credit|Illustration|Composite|Фото)s?
            (?:\s(?i:credits?|courtesy))?+\s?:|©|\(c\)\s
            |(?:(?:Photo|Image|Picture)\s)?(?i:courtesy)\s(?:of\s)?)[^\n]{2,80}+$
    |   ^(?:Photo(?:graph)?s?|Image|Picture|Foto)\s(?:by|von|de|di|par|por)\s[^\n]{2,60}+$
    |   ^(?:Image|Media|Video|Audio)\s(?:caption|source),\s[^\n]{2,}+$   # ("Image caption, ...": the BBC's)
    |   ^(?:(?:Photo|Image|Picture|Video|Main\spicture|Top\spicture)\s)?+(?i:caption)\s?+:\s[^\n]{2,}+$
    |   ^(?:Photo|PHOTO|Foto|FOTO|Image|IMAGE|Picture|PICTURE|Pictured|PICTURED|Bild|Фото)s?+\s?+:\s
            [\p{Lu}\d"“‘'][^\n]{80,}+$   # a labelled caption's sentence ("Picture: Police fire tear gas ...")
    |   (?<=[.!?…]\s)(?:PHOTO|FOTO|FILE\sPHOTO)(?:\s?+[|/:]\s?+[^\n]{2,60}+)?+$   # "... Monday. PHOTO | FILE"
    |   (?<=[.!?…]\s)(?:Photo(?:graph)?s?|Foto|Image|Picture|Bild|Credit|Фото)(?:\s?:|\sby)\s[^\n]{2,60}+$
    |   (?:^|(?<=[.!?…]\s))(?-i:\L<caps>)(?:\sPHOTO)?+\s?+/\s?+   # the agency in capitals, the photographer:
        (?!(?i:\L<credits>)(?:\s\p{L}++)?+\s*+(?:/|$))                  # "REUTERS/Denis Balibouse/File
        (?![^\n/]*?(?i:staff|desk|team|bureau|newsroom)\s*+$)        # Photo", as Reuters credits its
        \p{Lu}[\p{L}\p{M}.'’\-]++(?:\s\p{Lu}[\p{L}\p{M}.'’\-]++){0,3}+   # pictures, alone or closing the
        (?:\s?+/\s?+\p{Lu}[\p{L}\s]{1,20}+)*+\.?$                     # caption
        # (not a credit of agencies, outlets or their staff: "AFP/Reuters", "DPA/AFP", "AFP/Kyiv Post Staff")
    """,
    regex.VERBOSE,
    agencies=_longest_first(AGENCIES),
    credits=_longest_first([*AGENCIES, *OUTLETS, *BROADCAST_OUTLETS]),
    caps=_longest_first(sorted({a.upper() for a in (*AGENCIES, *PHOTO_AGENCIES) if " " not in a})),
)
# A photo's credit on the line under its caption: the photographer and a picture agency, maybe through others
# ("Kevin Lo/Getty Images", "Ann Lee / AFP via Getty Images", "Jo Ruiz/UK Parliament/AFP/Getty Images").
_PHOTO_CREDIT_RE = regex.compile(
    r"""\p{Lu}[\p{L}\p{M}.'’\-]++(?:\s\p{Lu}[\p{L}\p{M}.'’\-]++){0,3}+
        (?:\s?+/\s?+[^/\n]{2,30}?)*?\s?+/\s?+(?:\L<agencies>\svia\s)?+\L<photo>""",
    regex.VERBOSE,
    agencies=_longest_first(AGENCIES),
    photo=_longest_first(PHOTO_AGENCIES),
)
# The notice of a syndicated copy, which names the outlet that first ran the story or the agency that
# distributes it ("This article originally appeared in The Conversation.", "This story was first published
# by ProPublica", "Republished with permission from Grist", "Distributed by Tribune Content Agency, LLC."):
# neither headline, standfirst nor body.
_SYNDICATION_RE = regex.compile(
    r"""(?i:
        (?:editor['’]s\snote\s?:\s)?+
        (?:this\s(?:article|story|piece|post|column|essay|report|interview)\s
            (?:was\s|is\s|has\sbeen\s|first\s|originally\s){0,3}+
            (?:originally\s|first\s)?+
            (?:appeared|published|republished|produced|posted|reprinted|syndicated)
        |   (?:originally|first)\s(?:appeared|published)
        |   (?:republished|reprinted|reproduced)(?:\swith\s(?:kind\s)?permission)?+
        |   distributed)
        \s(?:in|on|by|from|with|through|via)\s)
    (?P<outlet>\p{Lu}[^.,;()\n]{1,50}?)(?:,\s(?:LLC|Inc)\.?)?+
    (?=\s*+(?:[.;(]|$)|\s(?i:under|as)\s)   # the notice ends with the outlet ("..., under a licence")""",
    regex.VERBOSE,
)
_SYNDICATION_MAX_CHARS = 300
_SYNDICATION_INITIALS = frozenset("TtOoFfRrDdEe")  # the letters a notice opens with (the prefilter)


def _wire_routing(t: str) -> bool:
    """Whether ``t`` is the Associated Press's slug line or its note to editors (see :data:`_AP_SLUG_RE`)."""
    if t.startswith("BC-"):
        return _AP_SLUG_RE.fullmatch(t, timeout=_T) is not None
    return t[:3].casefold() == "eds" and _EDS_NOTE_RE.fullmatch(t, timeout=_T) is not None


def _syndication(t: str) -> regex.Match[str] | None:
    """The notice of a syndicated copy that ``t`` is (see :data:`_SYNDICATION_RE`), or None."""
    if len(t) > _SYNDICATION_MAX_CHARS or t[:1] not in _SYNDICATION_INITIALS:
        return None
    m = _SYNDICATION_RE.match(t, timeout=_T)
    if m is None or m.group("outlet").split()[0].strip(",.").casefold() in _WEEKDAY_SET:
        return None
    return None if search_date(t, m.start("outlet"), timeout=_T) else m  # "First published on 5 Mar 2025"


# A wire's note on what a new version of its story changed, in brackets on its own line under the headline
# ("(Adds quote in paragraph 5)", "(Updates prices, adds analyst comment)", "(Corrects spelling of name in
# paragraph 3)", "(Repeats with no change to text)"): a revision verb in the third person, then its object.
_WIRE_NOTE_RE = regex.compile(
    r"""[(\[]
    (?:Adds|Updates|Corrects|Repeats|Fixes|Recasts|Removes|Changes|Inserts|Deletes|Rewrites|Refiles
    |   Clarifies|Amends|Restores|Replaces|Expands|Writes\sthrough|Tops|Moves|Reissues|Resends
    |   Withdraws|Kills|Eliminates|Refiled|Corrected|Updated)
    \s[^()\[\]\n]{2,160}[)\]]""",
    regex.VERBOSE,
)
# The Associated Press's slug line over a story, its keyword and its version ("BC-EU--Ukraine-Grid, 1st
# Ld-Writethru", "BC-US-Budget-Vote,0512"), and its note to editors under the headline ("Eds: Updates with
# minister's comments."): a wire's routing, no headline nor standfirst.
_AP_SLUG_RE = regex.compile(r"BC-[\p{L}\d]++(?:-{1,2}[\p{L}\d]++)*+(?:,\s?+[^\n]{1,60}+)?+")
_EDS_NOTE_RE = regex.compile(r"(?:Eds|EDs|EDS)\s?+:\s[^\n]{3,300}+")
# A newsletter's sign-up box over an article: "Sign up for our free morning newsletter", "Subscribe to the
# Morning Brief newsletter".
_NEWSLETTER_RE = regex.compile(
    r"""(?:
        (?i:sign\s?+up|subscribe)\s++(?i:for|to)\s++[^\n.!?]{0,60}?(?i:newsletters?|briefing)
        # the same prompt in the languages of the pages we read: "Newsletter abonnieren", "Inscrivez-vous à
        # notre newsletter", "Suscríbete a nuestro boletín", "Iscriviti alla newsletter", "Assine nossa
        # newsletter", "Bültenimize abone olun", "Подпишитесь на нашу рассылку"
    |   (?i:unseren\s|den\s)?+(?i:newsletter)\s(?i:abonnieren|bestellen)
    |   (?i:inscrivez-vous|abonnez-vous|suscr[íi]bete|suscr[íi]base|iscriviti|assine|inscreva-se|cadastre-se)
        \s(?i:à|a|al|alla|na|no|en)?+\s?+[^\n.!?]{0,30}?(?i:newsletters?|bolet[íi]n|lettre\sd['’]information)
    |   (?i:bültenimize|bültene|e-bültene)\s(?i:abone\sol(?:un)?+|kaydolun)
    |   (?i:подпишитесь|подписывайтесь)\s(?i:на)\s[^\n.!?]{0,30}?(?i:рассылку|канал|telegram)
        # a prompt to follow the outlet elsewhere: "Follow us on Google News", "Join our WhatsApp channel",
        # "Get the latest headlines sent to your inbox"
    |   (?i:follow)\s(?i:us|\p{Lu}[\p{L}\d]*+)\s(?i:on)\s(?:\p{Lu}[\p{L}\d]*+|X)(?:\s(?:\p{Lu}[\p{L}\d]*+))?+
    |   (?i:join)\s(?i:our|the)\s(?:\p{Lu}[\p{L}\d]*+\s)?+(?i:channel|community|newsletter)
    |   (?i:get)\s[^\n.!?]{0,40}?(?i:sent|delivered)\s(?i:to|straight\sto)\s(?i:your)\s(?i:inbox)
    )(?:\s?+[.!:>»›])?+""",
    regex.VERBOSE,
)
# An audio player's button over an article, maybe with its length ("Listen · 5:12", "Listen (4 min)"): not
# "Listen: ...", a headline's label.
_LISTEN_RE = regex.compile(
    r"""(?i:listen)(?:\s++(?i:now|to\s++(?:this\s++)?+(?:article|story)))?+   # "Listen to this article"
        (?:\s*+[·•|(\-–]?+\s*+\d{1,2}+(?::\d\d)?+(?:\s?+(?i:min|mins|minutes))?+\)?+)?+""",
    regex.VERBOSE,
)
# A reading or listening time alone on its line, under a player's button: "3 min", "12 mins".
_LONE_LENGTH_RE = regex.compile(r"\d{1,2}\s?(?i:min|mins|minutes|Min\.)")
# The label a broadcaster's page prints before a photo's caption or credit: "Image caption, ...", "Image
# source, Getty Images", "Media caption, ...".
_MEDIA_LABEL_RE = regex.compile(r"(?:Image|Media|Video|Audio)\s(?:caption|source),\s")
# A photographer and a news agency, as a credit under a caption prints them: "Ivan Petrenko/Reuters", "Ann
# Lee / AFP" (a byline too, "Anna Lindqvist/TT": a credit only under a caption's sentence).
_AGENCY_PHOTO_CREDIT_RE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'’\-]++(?:\s\p{Lu}[\p{L}\p{M}.'’\-]++){0,3}+\s?+/\s?+(?:\L<agencies>)",
    agencies=_longest_first(AGENCIES),
)
# A link to another story, its label and its headline on one line: "Read more: Naira hits new low", "Also
# Read: Treasury plans new Eurobond sale", "RELATED: ...". No standfirst, and no date of the article's.
_TEASER_LINE_RE = regex.compile(
    r"(?i:\L<labels>|read\smore|read\snext|read|more\son\sthis)\s?+:\s++\S",
    labels=_longest_first(TEASER_LABELS),
)
_CAPTION_MIN_WORDS = 6  # words at least of a caption's sentence over a news agency's photo credit
#: Characters at most of a photo's caption, and of the credit line under it.
_CAPTION_MAX_CHARS = 400
_TEASER_MAX_CHARS = 200  # characters at most of a line linking to another story, its label and headline
_PHOTO_CREDIT_MAX_CHARS = 90
# The kinds of story a wire tags in mixed case in brackets before the headline, besides the slugs' own words
# in title case ("(Yonhap Feature)", "(Movie Review)", "(Lead)", as Yonhap and the Korea Herald print them).
_STORY_KINDS = ("Feature", "Review", "Profile", "Special", "Lead", "Urgent", "Editorial", "Commentary")
# What a text dump prints before the headline on its line: an e-mail's or a feed item's field label
# ("Subject: ", "Title: ", "Betreff: ") or a wire's tag in capitals in brackets ("(LEAD) ", "(2nd LD) ",
# "(URGENT) ", "(UPDATE 2) "), or glued to it by a hyphen ("UPDATE 3-", "REFILE-", "CORRECTED-UPDATE 1-",
# one slug at a time), as Reuters prints the version and kind of its story.
_TITLE_PREFIX_RE = regex.compile(
    r"""
        (?i:\L<labels>)\s?+:\s++(?=\S)                    # ("title: ..." as a feed's dump prints it)
    |   \((?:\d{1,2}(?:st|nd|rd|th)\s)?+\p{Lu}{2,}+(?:[\s\-]\p{Lu}{2,}+|\s\d{1,2})*+\)\s++(?=\S)
    |   \((?:\p{Lu}\p{Ll}++\s){0,2}+(?:\L<kinds>)\)\s++(?=[\p{Lu}\d"“‘'])   # "(News Focus) "
    |   (?:\L<tags>)(?:\s\d{1,2}+)?+\s?+-\s?+(?=[\p{Lu}\d"“‘'])   # (capitals only: "Update-style" is a word)
    """,
    regex.VERBOSE,
    labels=_longest_first(FIELD_LABELS["title"]),
    tags=_longest_first(WIRE_TAGS),
    kinds=_longest_first([*(t.title() for t in WIRE_TAGS), *_STORY_KINDS]),
)
# An e-mail's sender with its address: "From: The Daily Ledger <news@ledger.example>",
# "Von: Ana Roth <a@b.de>".
_SENDER_RE = regex.compile(
    r"""^(?:\L<labels>)\s?+:\s*+["“]?+(?P<name>[^<>"“”\n]{2,60}?)["”]?+\s*+<(?P<local>[^<>\s@]++)@[^<>\s]++>$""",
    labels=_longest_first(FIELD_LABELS["sender"]),
)
# A web address alone on its line, maybe after its label: "Link: https://...", "www.example.org/a".
_URL_LINE_RE = regex.compile(r"(?:\p{L}{2,12}+\s?+:\s*+)?+(?:https?://|www\.)\S++")
# A field of an e-mail's header block, other than its subject: "From: ...", "Sent: ...", "To: ...".
_MAIL_FIELD_RE = regex.compile(
    r"(?:\L<labels>)\s?+:\s",
    labels=_longest_first([*FIELD_LABELS["sender"], *FIELD_LABELS["mail"]]),
)
_SUBJECT_RE = regex.compile(r"(?:\L<labels>)\s?+:\s", labels=_longest_first(FIELD_LABELS["title"]))
# A feed item's summary label before a standfirst: "Description: ...", "Zusammenfassung: ...".
_SUMMARY_LABEL_RE = regex.compile(
    r"(?i:\L<labels>)\s?+:\s++(?=\S)", labels=_longest_first(FIELD_LABELS["summary"])
)
_FURNITURE_SET = frozenset(FURNITURE_LINES)
_WIDGET_SET = frozenset(WIDGET_LINES)
# A PDF's page marker on a line of its own or in its running head: "Page 1 of 3", "Seite 2 von 4", "- 3 -".
_PAGE_MARK_RE = regex.compile(
    r"""(?i:page|seite|página|pagina|strona|стр\.?|страница|sayfa)\s\d{1,4}+\s?(?:of|von|de|di|z|из|/)\s?\d{1,4}+
    |   ^[-–—]\s?\d{1,4}+\s?[-–—]$
    |   ^\d{1,4}+\s[|•·]\s.*[|•·]   |   [|•·].*\s[|•·]\s\d{1,4}+$   # "2 | THE GAZETTE | MONDAY", "A | B | 3"
    """,
    regex.VERBOSE,
)
# A press release's marks over its headline: the filing words, maybe with the release's number and a date
# or a time after a separator ("FOR IMMEDIATE RELEASE", "For immediate release: March 16, 2026", "Press
# Release No. 45/2026", "Comunicado de prensa nº 12"); an embargo ("EMBARGOED UNTIL 00:01 GMT, 17 March");
# the press office's contact ("Media contact: Ann Lee, +1 202 555 0100"). A headline that opens with the
# words ("Press release angers ministry") goes on with a word, not a separator, and is no mark.
_RELEASE_MARK_RE = regex.compile(
    r"""(?:(?i:\L<marks>)
            (?:\s++(?i:no|nr|n[º°o]|n\.º|núm|num|\#)\.?+\s?+:?+\s?+\d[\d/\-.]*+)?+
            (?:\s?+[:|•·\-–—,]\s*+\S.{0,100}+)?+
        |   (?i:embargoed\s(?:until|till)|under\sembargo\suntil|embargo\s?:)\s.{1,100}+
        |   (?i:(?:media\s|press\s)?contacts?|media\sinquiries|press\sinquiries)\s?:\s.{1,160}+
        )""",
    regex.VERBOSE,
    marks=_longest_first(RELEASE_MARKS),
)
# The body that issues a press release, on its own line beside the release's mark: "Ministry of Agriculture
# and Rural Development", "GOVERNMENT OF ANAMBRA STATE", "Office of the Governor", "Embassy of Ghana in
# Berlin", "State House" (a government's office or body, no sentence).
_ISSUER_RE = regex.compile(
    r"""(?:(?i:the)\s)?+
        (?i:ministry|ministries|department|office|government|embassy|high\scommission|consulate|permanent\smission
            |presidency|state\shouse|prime\sminister['’]s\soffice|secretariat|directorate|ministère|ministerio
            |ministério|bundesministerium|auswärtiges\samt)(?!\p{L})
        (?:\s(?i:of|for|and|in|to|the|de|du|des|la|del|da|do|für|&)(?!\p{L})|\s\p{Lu}[\p{L}'’\-]*+|,)*+""",
    regex.VERBOSE,
)
_ISSUER_MAX_CHARS = 90
# A United Nations document's symbol alone on its line, as the UN's press releases print theirs over or under
# the headline: series letters and numbers between slashes, a digit among them, maybe a second symbol after a
# hyphen or the year in brackets ("SC/15500", "GA/EF/3600", "SG/SM/23100-OBV/2300", "S/RES/2810 (2026)",
# "A/80/L.12"; the UN's "Document symbols" research guide, research.un.org/en/docs/symbols).
_UN_SYMBOL_RE = regex.compile(
    r"""(?=[^\n]{0,15}\d)
    \p{Lu}{1,6}+(?:/(?:\p{Lu}{1,6}+(?:\.\d{1,4}+)?+|\d{1,5}+))++
    (?:-\p{Lu}{1,6}+(?:/(?:\p{Lu}{1,6}+|\d{1,5}+))++)?+
    (?:\s\((?:19|20)\d\d\))?+""",
    regex.VERBOSE,
)
# A date of the Hijri or the Hebrew calendar alone on its line, maybe after its weekday: "Sunday 18 Jumada
# al-Akhirah 1448 AH", "الأحد، 18 جمادى الآخرة 1448هـ", "28 Kislev 5787", "Kislev 28, 5787", "יום ראשון,
# כ״ח בכסלו תשפ״ז". The day in digits or Hebrew letters (with their geresh or gershayim), the year a Hijri
# one (13xx, 14xx), a Hebrew one (57xx, 58xx) or in Hebrew letters, maybe with its era's mark ("AH", "هـ").
_OTHER_CALENDAR_DATE_RE = regex.compile(
    r"""(?:(?:(?i:\L<weekdays>)|(?:يوم\s)?+\L<other_weekdays>)[,،]?+\s++)?+
    (?:(?&day)\s++(?:of\s)?+(?i:\L<months>)|(?i:\L<months>)\s(?&day))[,،]?+\s++   # ("Kislev 28, 5787")
    (?:1[34]\d\d|5[78]\d\d|ה?+ת\p{Hebrew}{0,2}+["״'׳]\p{Hebrew})
    (?:\s?+(?:AH|A\.H\.|H\.|هـ|ه|ھ))?+
    (?(DEFINE)(?P<day>(?:3[01]|[12]\d|0?+[1-9]|\p{Hebrew}{1,2}+["״'׳]\p{Hebrew}?+)(?:st|nd|rd|th)?+))""",
    regex.VERBOSE,
    weekdays=_longest_first(WEEKDAYS),
    other_weekdays=_longest_first(OTHER_CALENDAR_WEEKDAYS),
    months=_longest_first(OTHER_CALENDAR_MONTHS),
)
# An interview's or a transcript's note on its editing, under the headline or the byline: "This interview has
# been edited for clarity and length.", "Edited for clarity and length", "(This conversation has been
# condensed and edited.)", "Editor's note: This transcript has been lightly edited."
_EDITING_NOTE_RE = regex.compile(
    r"""\(?+(?i:editor['’]s\snote\s?+:\s*+)?+
    (?:(?i:this|the\sfollowing)\s(?i:interview|conversation|transcript|q\s?&\s?a|discussion|exchange|podcast
        |episode|text)(?:\s(?i:transcript))?+\s(?i:has\sbeen|have\sbeen|was|is)\s)?+
    (?i:lightly\s|slightly\s)?+(?&verb)(?:,?\s(?i:and|&)\s(?&verb))?+
    (?:\s(?i:for)\s(?&aim)(?:,?\s(?i:and|&)\s(?&aim))?+)?+[.)]{0,2}+
    (?(DEFINE)(?P<verb>(?i:edited|condensed|abridged|shortened|translated))
              (?P<aim>(?i:length|clarity|brevity|space|readability|style)))""",
    regex.VERBOSE,
)
# A markup tag alone on its line, as a feed's item dumped as text keeps it: "<item>", "<entry>", "</div>".
_TAG_LINE_RE = regex.compile(r"</?[A-Za-z][\w:\-]{0,30}+(?:\s[^<>\n]{0,80}+)?+/?>")
# What may follow a furniture phrase on its line: "View in browser | Unsubscribe", "Having trouble ...? View".
_FURNITURE_TAIL_RE = regex.compile(r"\s?+[|•·?!:.>»›(\-–—]")
_MEDIA_TAG_RE = regex.compile(r"\s*[(\[](?i:video|videos|photos?|pictures|gallery|audio|podcast|watch)[)\]]$")
_SENTENCE_END_RE = regex.compile(r"[.!?…:;\"”»)]$")
#: A line as ``str.strip`` leaves it: from its first to its last non-blank character (the stdlib ``\s`` is
#: exactly ``str.isspace``, and never crosses a line break). One scan instead of a Python step per line; the
#: greedy run gives back only the line's trailing blanks, so the scan stays linear.
_STRIPPED_LINE = re.compile(r"\S(?:[^\n]*\S)?")


@attrs.frozen
class _Line:
    """One stripped, non-empty line of the top of the text."""

    start: int
    end: int
    text: str


@attrs.define
class _State:
    """What the line walk has found so far."""

    title: Span | None = None
    title_line: int = 0  # the headline's line: after the section labels (kickers) above it
    standfirst_line: int = 1  # where a standfirst may stand: under the headline and the lines printed with it
    subtitle: Span | None = None
    header_end_over_subtitle: int = 0  # where the header's lines over the standfirst end
    byline: Span | None = None
    byline_line: int = -1  # the index of the (last) line of the byline, when a name line gave it
    byline_bare: bool = False  # the byline is a bare name line, without "By"
    byline_desk: bool = False  # the byline credits only desks and agencies ("Associated Press")
    authors: tuple[Author, ...] = ()
    source: Source | None = None
    dateline: Dateline | None = None
    published: DateValue | None = None
    updated: DateValue | None = None
    first_date: DateValue | None = None
    masthead: Source | None = None  # a listed outlet's name over the headline: the source if none is credited
    first_published: bool = False  # the publication date is labelled "First published": a revision is shown
    last_header_end: int = 0
    body_start: int | None = None
    body_lines: list[int] = attrs.Factory(list)
    filed_from: Dateline | None = None  # a place the byline names ("By A, Abuja"), the dateline if none other
    standfirst_under_date: bool = False  # a date line stands where the standfirst may: it may stand under it
    as_of: DateValue | None = None  # the date after German "Stand:": a revision, or the publication if alone
    bio_author: Author | None = None  # the writer an author's note over the headline names


def parse_header(
    text: str,
    *,
    reference_date: _dt.date | _dt.datetime | None = None,
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    date_order: DateOrder = "DMY",
) -> Header:
    """Parse the header of ``text``: what stands above the body, and where the body starts.

    ``reference_date`` resolves relative dates ("2 hours ago") and gives a year to dates printed
    without one ("Feb 26"); hours or minutes ago on a ``date`` (no clock time) are that day, with day
    precision, and on a ``datetime`` a time; ``languages`` are the languages dateparser tries for dates
    the built-in shapes do not cover; ``date_order`` reads an ambiguous "04/02/2020" ("DMY" or "MDY").
    ``published`` is the labelled publication date, else the first date of the header; a page that
    prints only a revision date ("Updated Dec 22, 2023") gets that date as ``published`` and ``updated``,
    unless its dateline gives a day ("BEIJING, March 14 (Xinhua) --"), which is then ``published``.
    A dateline printed without a year ("BRUSSELS, March 12 (Reuters) -") takes the year of the header's
    printed date when there is one, else that of ``reference_date``, else the current year. A story with no
    byline takes its ``authors`` from a closing wire credit ("Reporting by A and B; Editing by C": A and B).

    >>> h = parse_header("Talks\\n\\nPublished: 2 May 2021\\n\\nDUBAI: Envoys met.\\n\\nReporting by Li Ma")
    >>> h.dateline.place, [a.name for a in h.authors]
    ('DUBAI', ['Li Ma'])
    """
    ensure_text(text)
    ref = ensure_reference_date(reference_date)
    settings = _settings(languages, date_order)
    # bare carriage returns, no-break spaces, a byte order mark, Arabic or full-width digits are read as
    # plain ones, and the spans then quote the caller's characters
    plain = ascii_digits(plain_characters(text))
    if plain is not text:
        return respan(_parse(plain, ref, settings), text)
    return _parse(text, ref, settings)


def _parse(text: str, ref: _dt.datetime | None, settings: DateSettings) -> Header:
    """:func:`parse_header` of a text whose line ends and blanks are plain, with its options checked."""
    lines = _top_lines(text)
    if not lines:
        return Header()
    st = _State()
    if _is_sentence(lines[0]) and (broken := _page_on_one_line(text, lines[0])) is not None:
        return respan(_parse(broken, ref, settings), text)  # (the same offsets: a blank became a line end)
    if len(lines) == 1 and _is_sentence(lines[0]):  # a lone sentence is body text, not a headline
        with contextlib.suppress(TimeoutError):  # ... that may open with a wire dateline
            if _try_dateline(text, lines[0], st, ref, settings):
                return Header(source=st.source, dateline=st.dateline, body_start=st.body_start or 0)
        return Header(body_start=lines[0].start)
    with contextlib.suppress(TimeoutError):  # a pathological line: keep what was found so far
        _walk(text, lines, st, ref, settings)
    if st.subtitle is not None and not st.authors and st.byline is None:
        _writer_credit(st.subtitle, st)
    if (
        st.subtitle is not None
        and st.last_header_end == st.subtitle.end
        and st.byline is None
        and st.body_start is None  # (a dateline opening the body under it: "PARIS (AFP) — ...")
    ):
        # nothing of a header (byline, date, dateline) follows: the "standfirst" is the lead paragraph
        st.last_header_end = (
            st.header_end_over_subtitle
        )  # (the headline's, or the headline repeated under it)
        if not st.standfirst_under_date:  # (under a date line, a caption or a subheading: neither)
            st.body_lines.insert(0, st.subtitle.start)
        st.subtitle = None
    if st.published is None and st.first_date is not None and st.first_date.precision == "month":
        with contextlib.suppress(
            TimeoutError
        ):  # "September 2010" of an archive's list: a day labelled below wins
            labelled = _scan_labelled_date(text, ref, settings, _SCAN_PUBLISHED) or _footer_date(
                text, ref, settings
            )
            if labelled is not None and labelled.precision in _DAY_PRECISION:
                st.published = labelled
    if st.as_of is not None:
        _settle_as_of(st, st.as_of)
    if st.published is None:
        st.published = st.first_date
    elif (
        st.first_published
        and st.updated is None
        and st.first_date is not None
        and st.first_date.value > st.published.value
    ):
        st.updated = st.first_date  # "4 Mar 2025 16.30 GMT" over "First published on ..."
    if st.published is None and st.dateline is None:
        with contextlib.suppress(TimeoutError):  # a pathological text costs its fallback date only
            st.published = (
                _scan_labelled_date(text, ref, settings, _SCAN_PUBLISHED)
                or _footer_date(text, ref, settings)
                or st.updated  # only a revision date is printed: it is the article's date as far as is known
                or _date_led_line(lines, ref, settings)
                or _scan_labelled_date(text, ref, settings, _SCAN_UPDATED)
            )
    if st.published is None and st.dateline is not None and st.dateline.date is None:
        st.published = st.updated  # "CHICAGO (AP) —" under "Updated March 4, 2025": the only date printed
        if st.published is None:
            with contextlib.suppress(TimeoutError):  # "HAMBURG - ..." over "© dpa | 04.03.2025 09:30"
                st.published = _footer_date(text, ref, settings)
    if st.dateline is None:
        st.dateline = st.filed_from  # (set only now: a dateline keeps the fallback date scan from running)
    printed = st.published or st.updated
    if st.dateline is not None and printed is not None:
        # "BRUSSELS, March 12 (Reuters)" under "Published: 12 March 2023": the printed year, not the clock's
        # nor the reference date's (an archive read with its crawl date as the reference)
        st.dateline = _dateline_in_year_of(st.dateline, printed, settings)
    if st.published is None and st.dateline is not None and st.dateline.date is not None:
        # "BEIJING, March 14 (Xinhua) --" under "Updated: 2026-03-14 09:12": the day the dateline gives
        st.published = st.dateline.date
    if st.source is None and st.dateline is not None and st.dateline.agency is None:
        st.source = _learned_agency(text, st.dateline.end)  # "ALGIERS - ..., APS learned from ..."
    if st.source is None:
        st.source = _issue_of(text, lines) or _signoff(text) or st.masthead
    elif st.masthead is not None and _initials_of(st.source.name, st.masthead.name):
        # "ToI Staff" under the masthead "The Times of Israel": the outlet's full name, as the page prints it
        st.source = attrs.evolve(st.source, name=st.masthead.name)
    if st.source is not None and (st.published or st.updated) is not None:
        # "Updated: Nov 29, 2026 14:05 IST" on an Indian outlet's page: India Standard Time, UTC+5:30
        st.published = _zoned_by_outlet(_month_first(st.published, st.source.name), st.source.name)
        st.updated = _zoned_by_outlet(_month_first(st.updated, st.source.name), st.source.name)
    if st.dateline is not None and st.dateline.place:
        # "Updated: Dec 2, 2026 10:30 IST" over "NEW DELHI: ...": the dateline's country's time
        st.published = _zoned_by_place(st.published, st.dateline.place)
        st.updated = _zoned_by_place(st.updated, st.dateline.place)
    if st.dateline is not None and st.dateline.date is not None:
        # "Guwahati | December 1, 2026 18:05 IST": the dateline's own date gets the offset its page's gets
        day = st.dateline.date
        zoned = _zoned_by_outlet(day, st.source.name) if st.source is not None else day
        zoned = _zoned_by_place(zoned, st.dateline.place) if st.dateline.place else zoned
        if zoned is not day:
            st.dateline = attrs.evolve(st.dateline, date=zoned)
    body = st.body_start
    if body is None:
        after = [b for b in st.body_lines if b >= st.last_header_end]
        body = after[0] if after else _body_after(text, st.last_header_end)
        if after:
            body = _short_lead(lines, st.last_header_end, body)
    if st.published is not None and (swap := _order_by_weekday(text, st.published, body)) is not None:
        st.published = swap  # "Published: 03/04/2025" over "... voted Tuesday": March 4, not April 3
        if st.updated is not None:
            st.updated = _swapped(st.updated) or st.updated
    if not st.authors and st.byline is None:
        with contextlib.suppress(TimeoutError):
            st.authors = _credited_authors(text, body)
    if not st.authors and st.byline is None and st.bio_author is not None:
        st.authors = (st.bio_author,)
    return Header(
        title=st.title,
        subtitle=st.subtitle,
        byline=st.byline,
        authors=st.authors,
        source=st.source,
        dateline=st.dateline,
        published=st.published,
        updated=st.updated,
        body_start=body,
    )


# A byline word, capitalised, between a page's headline and its writer's name on a page dumped as one line.
_ONE_LINE_BY_RE = regex.compile(
    r"\s(?:By|Von|Par|Por)(?:(?:\s?+:)?+\s(?=\p{Lu})|(?=\p{Lu}\p{Ll}))"
)  # ("ByZack")
_ONE_LINE_TITLE_WORDS = (3, 20)  # words of the headline before it
_ONE_LINE_NAME_WORDS = (2, 4)  # words of each writer's name
_ONE_LINE_NAMES_SEP_RE = regex.compile(r"\s*+[,|•·]\s*+(?:and\s)?+|\s(?:and|und|et|y|&)\s")
_ONE_LINE_REACH = 200  # characters of the line in which the byline word stands
_ONE_LINE_NAME_CHARS = 60  # characters at most of the name before the date or its label


def _page_on_one_line(text: str, line: _Line) -> str | None:
    """``text`` with the blanks between a page's parts written as line ends, when its first line is the whole
    page on one line, as a careless scrape leaves it: a headline (no sentence's stop in it), a capitalised
    byline word and a name, a date maybe after its label, then the body ("Talks resume in Geneva By Jane
    Whitfield Published: 1 December 2026 Negotiators ..."); None otherwise. The date closes the name, so it
    must follow it."""
    t = line.text
    bm = _ONE_LINE_BY_RE.search(t, 0, _ONE_LINE_REACH)
    if bm is None:
        return None
    head = t[: bm.start()]
    lo, hi = _ONE_LINE_TITLE_WORDS
    if not lo <= len(head.split()) <= hi or not head[:1].isupper() or regex.search(r"[.!?;](?:\s|$)", head):
        return None
    rest = bm.end()
    dm = search_date(t, rest, rest + _ONE_LINE_NAME_CHARS + 40, timeout=_T)
    if dm is None:
        return None
    between = t[rest : dm.start()]
    label = _PUBLISHED_RE.search(between) or _UPDATED_RE.search(between)
    name = between[: label.start()] if label is not None else between
    lo, hi = _ONE_LINE_NAME_WORDS
    names = name.strip(" ,|•·-–—")
    if (
        len(name) > _ONE_LINE_NAME_CHARS
        or (label is not None and between[label.end() :].strip())
        or not all(
            (lo <= len(part.split()) <= hi and _name_tokens(part)) or (k and _credit_name(part) is not None)
            for k, part in enumerate(_ONE_LINE_NAMES_SEP_RE.split(names, timeout=_T))
        )
    ):  # (writers, maybe an agency after them: "By Jane Whitfield, Reuters")
        return None
    after = t[dm.end() :]
    body = len(after) - len(after.lstrip())
    if not body or not after.lstrip()[:1].isupper() or len(after.split()) < _STANDFIRST_MIN_WORDS:
        return None
    name_end = rest + len(name.rstrip())
    cuts = (bm.start(), name_end, dm.end())  # each a blank: before the byline word, the date, the body
    if not all(t[c].isspace() for c in cuts):
        return None
    chars = list(text)
    for c in cuts:
        chars[line.start + c] = "\n"
    return "".join(chars)


def _settle_as_of(st: _State, as_of: DateValue) -> None:
    """The date after German "Stand:" ("as of") is the revision's when the header prints another date
    ("Veröffentlicht am 01.12.2026" or a bare "01.12.2026, 10:00 Uhr" with "Stand: 02.12.2026 14:05 Uhr"), and
    stays the publication's when it is the only one, as a page that prints nothing else dates its story."""
    bare = st.first_date
    if (
        st.published is as_of
        and bare is not None
        and bare.precision in _DAY_PRECISION
        and bare.start < as_of.start
        and bare.value <= as_of.value
    ):
        st.published = bare  # (the bare day printed over it is the publication's; not a month, nor a day
        # printed under it, such as the earlier day since which an advisory has held)
    printed = st.published
    if printed is not None and printed is not as_of and st.updated is None and as_of.value >= printed.value:
        st.updated = as_of


# A zone abbreviation that names several zones closing a date's text ("14:05 IST", "14:05 (IST)").
_AMBIGUOUS_ZONE_RE = regex.compile(r"(?<=[\s(])(?P<zone>\L<zones>)\)?$", zones=sorted(ZONES_BY_OUTLET))
# The same zone after a time that opens the date's text: "14:32 BST, 12 June 2026".
_ZONE_OPENING_RE = regex.compile(
    r"\d{1,2}[:.]\d\d(?:\s?+[AaPp]\.?[Mm]\.?)?+\s\(?(?P<zone>\L<zones>)\)?(?![\p{L}\d])",
    zones=sorted(ZONES_BY_OUTLET),
)


def _ambiguous_zone(dv: DateValue | None) -> str:
    """The zone abbreviation that closes ``dv``'s text when it names several zones ("IST") and ``dv`` has a
    time without an offset; "" otherwise."""
    if dv is None or dv.precision != "time" or dv.value[-6:-5] in ("+", "-") or dv.value.endswith("Z"):
        return ""
    m = _AMBIGUOUS_ZONE_RE.search(dv.text, max(0, len(dv.text) - 6)) or _ZONE_OPENING_RE.match(dv.text)
    return m.group("zone") if m is not None else ""


def _zoned_by_outlet(dv: DateValue | None, outlet: str) -> DateValue | None:
    """``dv`` with the offset from UTC that the ``outlet``'s country means by the ambiguous zone abbreviation
    closing it ("14:05 IST" on an Indian page: UTC+5:30; on an Israeli one: UTC+2; "BST" on a British one in
    summer: UTC+1); ``dv`` itself when it has no such zone or the outlet is not listed
    (:data:`ZONES_BY_OUTLET`, :data:`BRITISH_OUTLETS`)."""
    zone = _ambiguous_zone(dv)
    key = outlet.casefold()
    offset = ZONES_BY_OUTLET[zone].get(key) if zone else None
    if offset is None and zone == "BST" and key in BRITISH_OUTLETS:
        offset = 60
    return _zoned(dv, zone, offset)


def _zoned_by_place(dv: DateValue | None, place: str) -> DateValue | None:
    """``dv`` with the offset from UTC that the country of the dateline's city ``place`` means by the
    ambiguous zone abbreviation closing it ("14:05 IST" over "NEW DELHI:": UTC+5:30; "BST" over "DHAKA":
    UTC+6); ``dv`` itself when it has no such zone or the city is not listed (:data:`ZONES_BY_PLACE`)."""
    zone = _ambiguous_zone(dv)
    offset = ZONES_BY_PLACE[zone].get(place.strip().casefold()) if zone in ZONES_BY_PLACE else None
    return _zoned(dv, zone, offset)


def _zoned(dv: DateValue | None, zone: str, offset: int | None) -> DateValue | None:
    """``dv`` with the ``offset`` (minutes from UTC) of its ``zone``; ``dv`` itself with no offset, or for a
    summer zone (:data:`SUMMER_ZONES`) on a date outside the summer."""
    if dv is None or offset is None:
        return dv
    local = _dt.datetime.fromisoformat(dv.value)
    if (zone, offset) in SUMMER_ZONES and not _european_summer(local.date()):
        return dv  # ("BST" on a British page in November: no British time; the zone is read as none)
    zoned = local.replace(tzinfo=_dt.timezone(_dt.timedelta(minutes=offset)))
    return attrs.evolve(dv, value=zoned.isoformat())


def _european_summer(day: _dt.date) -> bool:
    """Whether summer time holds in the UK and Ireland on ``day``: from the last Sunday of March to the day
    before the last Sunday of October (the clocks change at 01:00 UTC on those Sundays)."""

    def last_sunday(month: int) -> _dt.date:
        last = _dt.date(day.year, month, 31)
        return last - _dt.timedelta(days=(last.weekday() + 1) % 7)

    return last_sunday(3) <= day < last_sunday(10)


# A dotted date whose first two numbers could both be months: "11.05.26", "3.4.2026".
_DOTTED_AMBIGUOUS_RE = regex.compile(
    r"(?<![\d.])(?P<a>0?[1-9]|1[0-2])\.(?P<b>0?[1-9]|1[0-2])\.(?:\d\d){1,2}+(?![\d.])"
)


def _month_first(dv: DateValue | None, outlet: str) -> DateValue | None:
    """``dv`` read month first when the ``outlet`` prints its dotted dates so (:data:`MONTH_FIRST_OUTLETS`:
    "Published: 11.05.26" on Ynetnews is 5 November, not 11 May); ``dv`` itself otherwise."""
    if dv is None or dv.precision not in _DAY_PRECISION or outlet.casefold() not in MONTH_FIRST_OUTLETS:
        return dv
    m = _DOTTED_AMBIGUOUS_RE.search(dv.text)
    if m is None:
        return dv
    a, b = int(m["a"]), int(m["b"])
    if dv.value[5:10] != f"{b:02d}-{a:02d}":  # (read day first, as every dotted date is elsewhere)
        return dv
    return attrs.evolve(dv, value=f"{dv.value[:5]}{a:02d}-{b:02d}{dv.value[10:]}")


# A numeric date whose day and month could be read either way: "03/04/2025" (slashes only: a date of dots or
# dashes is day first wherever it is printed so).
_AMBIGUOUS_DATE_RE = regex.compile(r"(?P<a>0?[1-9]|1[0-2])/(?P<b>0?[1-9]|1[0-2])/(?:19|20)\d\d")
_WEEKDAY_WORD_RE = regex.compile(
    r"(?<!\p{L})(?i:\L<days>)(?!\p{L})", days=sorted(WEEKDAY_NUMBERS, key=len, reverse=True)
)
_SHORT_WEEKDAYS = {
    **WEEKDAY_NUMBERS,
    **{
        w: k
        for k, ws in enumerate(("mon", "tue tues", "wed", "thu thurs", "fri", "sat", "sun"))
        for w in ws.split()
    },
}
_SHORT_WEEKDAY_RE = regex.compile(
    r"(?<!\p{L})(?i:\L<days>)(?!\p{L})", days=sorted(_SHORT_WEEKDAYS, key=len, reverse=True)
)
#: How far into the body the lead is read for a weekday (its first sentence only).
_LEAD_CHARS = 300
_SENTENCE_STOP_RE = regex.compile(r"[.!?](?=\s)|\n")


def _order_by_weekday(text: str, dv: DateValue, body: int) -> DateValue | None:
    """``dv`` read with its day and month swapped, when it is an ambiguous numeric date and the weekday
    printed with it, or else the first sentence of the lead, names the swapped day (or the day before it,
    for a story filed the morning after) and not that of ``dv`` (nor the day before it); None otherwise."""
    alt = _swapped(dv)
    if alt is None:
        return None
    line_start = text.rfind("\n", 0, dv.start) + 1
    line_end = text.find("\n", dv.end)
    own = text[line_start : len(text) if line_end < 0 else line_end]
    lead = text[body : body + _LEAD_CHARS]
    if (stop := _SENTENCE_STOP_RE.search(lead, 20)) is not None:
        lead = lead[: stop.start()]
    named: set[int] = set()
    named = {_SHORT_WEEKDAYS[m.group().casefold()] for m in _SHORT_WEEKDAY_RE.finditer(own, timeout=_T)}
    if not named:  # ("Tue, 03/04/2025": the weekday printed with the date, else the lead's)
        named = {WEEKDAY_NUMBERS[m.group().casefold()] for m in _WEEKDAY_WORD_RE.finditer(lead, timeout=_T)}
    if not named:
        return None

    def fits(v: DateValue) -> bool:
        day = _dt.date.fromisoformat(v.value[:10])
        return day.weekday() in named or (day - _dt.timedelta(days=1)).weekday() in named

    return alt if fits(alt) and not fits(dv) else None


def _swapped(dv: DateValue) -> DateValue | None:
    """``dv`` with day and month swapped when its text opens with an ambiguous numeric date, else None."""
    m = _AMBIGUOUS_DATE_RE.match(dv.text)
    if m is None or int(m.group("a")) == int(m.group("b")):
        return None
    try:
        day = _dt.date.fromisoformat(dv.value[:10])
        alt = day.replace(month=day.day, day=day.month)
    except ValueError:
        return None
    return attrs.evolve(dv, value=alt.isoformat() + dv.value[10:])


def _dateline_in_year_of(dl: Dateline, published: DateValue, settings: DateSettings) -> Dateline:
    """``dl`` with a date printed without its year placed in the year nearest to ``published`` (a dateline
    of Dec 31 above a story published on Jan 1 is of the year before), but never more than
    :data:`_DATELINE_LEAD_DAYS` after it: a story is filed before it is published."""
    date = dl.date
    if date is None or date.start == published.start or _YEAR_RE.search(date.text) is not None:
        return dl
    try:
        anchor = _dt.date.fromisoformat(published.value[:10])
    except ValueError:
        return dl
    best: tuple[int, DateValue] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        dv = _date_value(date.start, date.end, date.text, _dt.datetime(year, 1, 1), settings)
        if dv is None:
            continue
        gap = (_dt.date.fromisoformat(dv.value[:10]) - anchor).days
        if gap > _DATELINE_LEAD_DAYS:
            continue
        if best is None or abs(gap) < best[0]:
            best = (abs(gap), dv)
    return dl if best is None else attrs.evolve(dl, date=best[1])


def _settings(languages: Sequence[str], date_order: DateOrder) -> DateSettings:
    """Check the options and build the date settings."""
    languages = ensure_items(languages, str, "languages", "str (a language code)")
    if date_order not in ("DMY", "MDY"):
        raise OptionError.choices("date_order", date_order, ("DMY", "MDY"))
    return DateSettings(languages=tuple(languages), date_order=date_order)


def _top_lines(text: str) -> list[_Line]:
    """The first :data:`MAX_LINES` non-empty lines that start within :data:`MAX_CHARS`, stripped, with
    offsets."""
    out: list[_Line] = []
    limit = min(len(text), MAX_CHARS)
    nl = text.find("\n", limit)  # every line that starts before the limit ends by this line break
    for m in _STRIPPED_LINE.finditer(text, 0, len(text) if nl == -1 else nl):
        s = m.start()
        if s >= limit and text.rfind("\n", 0, s) + 1 >= limit:
            break  # the line starts past the limit
        out.append(_Line(s, m.end(), m.group()))
        if len(out) == MAX_LINES:
            break
    return out


def _is_sentence(line: _Line) -> bool:
    """A full sentence of running text: several words and closing punctuation."""
    return line.text.count(" ") >= 7 and _SENTENCE_END_RE.search(line.text) is not None


_LEAD_MIN_WORDS = 5  # words of a short lead sentence over the first long paragraph
_LEAD_LINES = 2  # short lead lines read back from the first long paragraph


def _short_lead(lines: list[_Line], header_end: int, body: int) -> int:
    """Where the body opens: at ``body``, the first long paragraph, or at the short lead sentences right
    under the header before it ("The cabinet approved the budget overnight." over "The finance minister,
    X, said ..."): lines of running text, several words closing with a stop, not in title case."""
    between = [ln for ln in lines if header_end < ln.start < body]
    if between and _speaker_label(between[-1].text):
        return between[-1].start  # "HOST:" over the first turn of a transcript: the body opens at the label
    if not between or len(between) > _LEAD_LINES:
        return body
    for ln in between:
        t = ln.text
        if (
            t.count(" ") + 1 < _LEAD_MIN_WORDS
            or not t[:1].isupper()
            or t[-1:] not in ".!?"
            or _title_case(t)
            or ":" in t
        ):
            return body
    return between[0].start


# A transcript's speaker label alone on its line, over the words spoken: "HOST:", "JAN PEETERS, HOST:",
# "MARIE DUBOIS:" (capitals, at most five words, a colon closing the line).
_SPEAKER_LABEL_RE = regex.compile(r"\p{Lu}[\p{Lu}\p{M}.'’\-]*+(?:,?+\s\p{Lu}[\p{Lu}\p{M}.'’\-]*+){0,4}+\s?+:")


def _speaker_label(t: str) -> bool:
    """Whether ``t`` is a transcript's speaker label alone on its line ("HOST:", "JAN PEETERS, HOST:"), and
    no label of the page ("UPDATE:", "EDITOR'S NOTE:")."""
    return (
        len(t) <= 60
        and t.endswith(":")
        and _SPEAKER_LABEL_RE.fullmatch(t, timeout=_T) is not None
        and t[:-1].strip().casefold() not in _NOT_PLACES
        and _PUBLISHED_RE.match(t) is None
        and _UPDATED_RE.match(t) is None
    )


def _is_body(line: _Line) -> bool:
    """A paragraph of running text, not a header line: a teaser's headline in title case ("Best Moments
    From the Harbour Festival: Bands, Boats & More!") is none, whatever its closing mark."""
    t = line.text
    if len(t) >= 150:
        return True
    words = t.count(" ") + 1
    return words >= 12 and _SENTENCE_END_RE.search(t) is not None and not _title_case(t)


_WRAPPED_MIN_CHARS = 50  # a hard-wrapped paragraph's first line is most of a 60-80 column width
_WRAPPED_MIN_WORDS = 8


def _wrapped_paragraph(text: str, lines: list[_Line], i: int) -> bool:
    """``lines[i]`` opens a paragraph hard-wrapped by a scraper or a mail client ("NATO defence ministers
    agreed on Thursday to speed up deliveries of" / "air defence systems to Ukraine, but ..."): a wide line
    with no closing stop, the next lines right under it without a blank line, and together a paragraph of
    running text. Read line by line it is none: no line of it is a sentence."""
    line = lines[i]
    t = line.text
    if len(t) < _WRAPPED_MIN_CHARS or t.count(" ") + 1 < _WRAPPED_MIN_WORDS or _SENTENCE_END_RE.search(t):
        return False
    k = i
    while k + 1 < len(lines) and "\n" not in text[lines[k].end : lines[k + 1].start].replace("\n", "", 1):
        k += 1  # the lines that follow with no blank line between
    if k == i or (k == i + 1 and not lines[k].text[:1].islower()):
        return False  # one more line only, not opening in lower case: maybe a standfirst over a byline
    joined = _Line(line.start, lines[k].end, " ".join(ln.text for ln in lines[i : k + 1]))
    return _is_body(joined) and not _title_case(t)


_LONG_WORD_RE = regex.compile(r"(?<![\p{L}'’\-])\p{L}[\p{L}'’\-]{3,}+")


def _title_case(t: str) -> bool:
    """Every word of four letters or more opens with a capital, as in a headline set in title case."""
    return all(w[0].isupper() for w in _LONG_WORD_RE.findall(t))


def _walk(
    text: str,
    lines: list[_Line],
    st: _State,
    ref: _dt.datetime | None,
    settings: DateSettings,
) -> None:
    """Classify the top lines in order, filling ``st``."""
    first = lines[0]
    if _is_body(first) and len(first.text) > 250:
        st.body_start = first.start
        _dates_in(first, st, ref, settings, labelled_only=True)
        return
    if (_is_body(first) or _is_sentence(first)) and _try_dateline(text, first, st, ref, settings):
        return  # "BEIJING, Jan. 5 (Xinhua) -- China is ...": wire copy with no headline opens with a dateline
    skip = _furniture_lines(text, lines)  # "View this email in your browser", "Page 1 of 3", "Google News"
    skip += _navigation_trail(lines[skip:])  # "Home" / "News" / "World" / "Share on Facebook" / the headline
    for furniture in lines[:skip]:  # "Jane Doe is a senior fellow at ...": a commentary's author's note
        if (bio := _author_bio(furniture)) is not None:
            st.bio_author = bio
            break
    st.title_line = skip + _kicker_lines(lines[skip:])  # "Bundestag" over "Opposition fordert ..."
    for mast in lines[: st.title_line]:  # "Apple News" / "The Atlantic" / the headline
        if (name := _agency_name(mast.text) or _listed_outlet(mast.text)) is not None:
            st.masthead = Source(mast.text, mast.start, mast.end, name)
            break
    for label in lines[: st.title_line]:
        if _credited_caption(label.text):
            continue  # (the day a photo's caption names is the picture's, not the article's)
        _dates_in(label, st, ref, settings, labelled_only=False)  # a date line among the labels
        _sender_line(label, text, st)  # an e-mail's sender over its subject
    first = lines[st.title_line]
    st.title = _title(first)
    if (split := _outlet_after_title(first, st.title)) is not None:
        st.title, outlet = split  # "Talks stall again - Daily Sentinel": the page's outlet after the headline
        st.masthead = st.masthead or outlet
    st.last_header_end = first.end
    _dates_in(first, st, ref, settings, labelled_only=True)
    i = st.title_line + 1
    if i < len(lines) and st.title.end == first.end and _continues_headline(text, first, lines[i]):
        nxt = lines[i]  # "Quarry expansion plan goes" / "to a vote next month": a headline wrapped by a PDF
        st.title = Span(text[st.title.start : nxt.end], st.title.start, nxt.end)
        st.last_header_end = nxt.end
        i += 1
    st.standfirst_line = i
    teaser = 0  # the lines up to this index stand under "Read also": another story's headline and date
    while i < len(lines) and len(st.body_lines) < MAX_BODY_LINES:
        line = lines[i]
        i += 1
        if (st.body_lines or st.subtitle) and line.text.rstrip(" :").casefold() in _TEASER_SET:
            teaser = i + 2
            continue
        if i <= teaser:
            continue
        near = i - 1 <= st.title_line + 2 and not st.body_lines  # (a copy stands right under the headline)
        if line.text == first.text or (near and _repeats_title(line, first, st)):
            if not st.body_lines:  # (the headline printed again under the lead is no more header)
                st.last_header_end = line.end
            _pass_standfirst_line(i - 1, st)  # "Politics" / the headline again / the standfirst
            continue
        if (
            i - 1 == st.standfirst_line == st.title_line + 1
            and _byline_word(line.text) is None
            and _is_label(line.text, lines[i].text if i < len(lines) else "")
        ):
            st.standfirst_line = i  # a section label printed under the headline ("Ausland", "World")
        if _try_dateline(text, line, st, ref, settings):
            _byline_after_lead(text, lines, i, st, ref, settings)
            return
        if not st.body_lines and st.dateline is None and (used := _broken_dateline(text, lines, i - 1, st)):
            _byline_after_lead(text, lines, i - 1 + used, st, ref, settings)
            return  # "Hong Kong" / "CNN" / "—" over the lead: a broadcaster's dateline, a part a line
        if (
            len(line.text) <= _CAPTION_MAX_CHARS
            and _CAPTION_RE.search(line.text, timeout=_T)
            and _ROLE_CREDITS_RE.fullmatch(line.text, timeout=_T) is None  # ("A (Text) und B (Fotos)")
        ):
            if not st.body_lines:  # a photo's caption among the header's lines
                st.last_header_end = line.end
                _pass_standfirst_line(i - 1, st)  # (the standfirst may stand under the picture's caption)
            continue
        if len(line.text) <= _TEASER_MAX_CHARS and _TEASER_LINE_RE.match(line.text, timeout=_T):
            if not st.body_lines:  # "Read more: Naira hits new low": a link to another story
                st.last_header_end = line.end
            continue
        if (
            not st.body_lines
            and len(line.text) <= 80
            and _OTHER_CALENDAR_DATE_RE.fullmatch(line.text, timeout=_T)
        ):
            st.last_header_end = line.end  # "18 Jumada al-Akhirah 1448 AH": a date no value is read of
            continue
        if not st.body_lines and len(line.text) <= 120 and _EDITING_NOTE_RE.fullmatch(line.text, timeout=_T):
            st.last_header_end = line.end  # "This interview has been edited for clarity and length."
            continue
        if not st.body_lines and _release_mark(line.text):
            st.last_header_end = line.end  # "Press Release" or "SC/15500" under the headline: no credit
            _dates_in(line, st, ref, settings, labelled_only=False)  # ("Press release | 29 November 2026")
            continue
        if not st.body_lines and _issuer_line(lines, i - 1):
            st.last_header_end = line.end  # "PRESS RELEASE" / "Ministry of Agriculture": who issues it
            if st.source is None:
                st.source = Source(line.text, line.start, line.end, line.text)
            continue
        if (line.text[:1] in "([" and _WIRE_NOTE_RE.fullmatch(line.text, timeout=_T) is not None) or (
            line.text[:1] in "EB" and _wire_routing(line.text)
        ):
            if not st.body_lines:  # "(Adds quote in paragraph 5)", "Eds: ...": a wire's note on its version
                st.last_header_end = line.end
            continue
        if not st.body_lines and (sm := _syndication(line.text)) is not None:
            st.last_header_end = line.end  # "This article originally appeared in ...": a copy's notice
            origin = line.text[:1].casefold() != "d"  # (a distributor, "Distributed by ...", is no source)
            if origin and st.masthead is None and (name := _credit_name(sm.group("outlet"))) is not None:
                at = line.start + sm.start("outlet")  # the outlet that first ran it: the source if none other
                st.masthead = Source(sm.group("outlet"), at, at + len(sm.group("outlet")), name)
            continue
        if i < len(lines) and _credit_under(text, line, lines[i]):
            i += 1  # "Sen. Ann Lee speaks to reporters." over "Kevin Lo/Getty Images": a caption, its credit
            if not st.body_lines:
                st.last_header_end = lines[i - 1].end
                if st.standfirst_line == i - 2:  # (the standfirst may stand under them)
                    st.standfirst_line = i
            continue
        if len(line.text) <= 400 and _URL_LINE_RE.fullmatch(line.text, timeout=_T):
            if not st.body_lines:  # a feed item's link, an e-mail's web address: no standfirst
                st.last_header_end = line.end
            continue
        if not st.body_lines and st.subtitle is None and (bio := _author_bio(line)) is not None:
            st.bio_author = st.bio_author or bio  # "Ana Ruiz is a senior fellow at ..." under the headline
            st.last_header_end = line.end
            continue
        if (
            not st.body_lines
            and i < len(lines)
            and _PLATFORM_LABEL_RE.fullmatch(line.text, timeout=_T) is not None
            and _short_credit_line(pub := lines[i].text)
        ):
            i += 1  # "Published in" / "World News": the publication a platform's story appears in
            st.last_header_end = lines[i - 1].end
            if st.source is None:
                st.source = Source(pub, lines[i - 1].start, lines[i - 1].end, _credit_name(pub) or pub)
            continue
        if not st.body_lines and (_button_line(line.text) or _page_prompt(line.text)):
            st.last_header_end = line.end  # "Listen to this article", "Share", "3 min": the page's buttons
            _pass_standfirst_line(i - 1, st)
            continue
        consumed = _try_byline(text, lines, i - 1, st, ref, settings)
        if consumed:
            i = max(i, i - 1 + consumed)
            st.last_header_end = lines[i - 1].end
            continue
        labelled = st.subtitle is None and not st.body_lines and len(line.text) <= 600
        if (labelled and _SUMMARY_LABEL_RE.match(line.text, timeout=_T)) or _is_standfirst(line, i - 1, st):
            # ("Description: ..." under the feed's other fields, "Link:", "Published:", "Author:")
            lm = _SUMMARY_LABEL_RE.match(line.text, timeout=_T)  # "Description: ...": a feed's field
            at = lm.end() if lm is not None else 0
            st.subtitle = Span(line.text[at:], line.start + at, line.end)
            st.header_end_over_subtitle = st.last_header_end
            st.last_header_end = line.end
            _dates_in(line, st, ref, settings, labelled_only=True)
            continue
        if (
            not st.body_lines
            and st.dateline is None
            and (
                _is_place_line(line.text)
                or _city_by_date(line, lines[i - 2] if i >= 2 else None, lines[i] if i < len(lines) else None)
            )
        ):
            st.dateline = Dateline(line.text, line.start, line.end, place=line.text)
            st.last_header_end = line.end  # "ANKARA" alone over the first paragraph, as Anadolu prints it
            continue
        if not st.body_lines and st.dateline is None and _place_date_line(line, st, ref, settings):
            continue  # "LONDON, 2 June 2025" alone over the first paragraph
        if (
            not st.body_lines
            and st.dateline is None
            and line.text[-1:] == ":"
            and _is_place_line(line.text[:-1])
        ):
            # "ISLAMABAD:" alone over the first paragraph: a break after the colon
            st.dateline = Dateline(line.text, line.start, line.end, place=line.text[:-1])
            st.last_header_end = line.end
            continue
        if not st.body_lines and st.dateline is None and _dateline_field(line, st, ref, settings):
            continue  # "Dateline: GENEVA", a news database's field of the place the story was filed from
        pm = _PLACE_DASH_LINE_RE.fullmatch(line.text, timeout=_T) if len(line.text) <= 40 else None
        if (
            pm is not None
            and not st.body_lines
            and st.dateline is None
            and dateline_city(pm["place"].upper())
        ):
            st.dateline = Dateline(line.text, line.start, line.end, place=pm.group("place"))
            st.last_header_end = line.end  # "Washington —" alone over the first paragraph
            continue
        if _is_body(line) or _wrapped_paragraph(text, lines, i - 1):
            st.body_lines.append(line.start)
            _dates_in(line, st, ref, settings, labelled_only=True)
            continue
        had = st.published or st.first_date
        if _dates_in(line, st, ref, settings, labelled_only=False) and not st.body_lines:
            st.last_header_end = line.end
            if i - 1 == st.standfirst_line and _only_a_date(line.text):
                _pass_standfirst_line(i - 1, st)  # "WORLD" / "UPDATED: 03.03.2025 18:41" / the standfirst
                st.standfirst_under_date = True
            if st.source is None:
                _labelled_source(line, st)  # "Mar 4, 2025 | 10:12 PM IST | Source: PTI"
            if st.dateline is None:
                _place_over_dates(line, st)  # "New Delhi, UPDATED: Nov 29, 2026 10:31 IST"
            placed = st.dateline is not None and st.dateline.start == line.start  # ("BAGHDAD / Mar 3, 2025")
            pm = _PLACE_AFTER_DATE_RE.search(line.text, timeout=_T) if st.dateline is None or placed else None
            if pm is not None and not placed and _place_after_date(pm.group("city")):
                # "Updated - March 04, 2025 10:12 pm IST - KOCHI": The Hindu's place after its date
                at = line.start + pm.start("place")
                st.dateline = Dateline(pm.group("place"), at, line.end, place=pm.group("place"))
            elif pm is not None and st.source is None and (name := _agency_name(pm.group("place"))):
                at = line.start + pm.start("place")  # "Published - March 04, 2025 10:12 pm IST - PTI"
                st.source = Source(pm.group("place"), at, line.end, name)
                if placed and st.dateline is not None:  # "BAGHDAD / Mar 3, 2025 / INA": the place's agency
                    st.dateline = attrs.evolve(st.dateline, agency=pm.group("place"))
        elif st.body_lines and had is not None and st.published is not None and st.published is not had:
            if st.published.value[:10] != had.value[:10]:
                # "Datum: 28/02/2025" under the lead, a day other than the header's: the date of what the
                # story shows (a photo's), not the story's; the same day with its time refines it
                st.published = None if had is st.first_date else had
        elif not st.body_lines and _lone_time(text, line, st):
            st.last_header_end = line.end  # "November 17, 2025" then "14:22": the time of the date above
        elif not st.body_lines and len(line.text) <= 50 and _READING_TIME_RE.search(line.text, timeout=_T):
            st.last_header_end = line.end  # "4 min read", "3 minuti di lettura": the page's furniture


# A news database's field of the dateline, as an export prints it on its own line: "Dateline: GENEVA",
# "Dateline: Geneva, Dec 1 2026", "DATELINE: Geneva, Switzerland".
_DATELINE_FIELD_RE = regex.compile(
    r"(?i:dateline)\s?+:\s*+(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:\s\p{L}[\p{L}\p{M}.'’\-]*+){0,4}+)"
    r"(?:\s*+,\s*+(?P<rest>[^\n]{2,40}+))?+"
)


def _dateline_field(line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings) -> bool:
    """Record the place, and the date after it, of a news database's dateline field ("Dateline: GENEVA",
    "Dateline: Geneva, Dec 1 2026"); False if ``line`` is none. The label says what the place is, so it
    need be no known city."""
    if len(line.text) > 80 or line.text[:1] not in "Dd":
        return False
    m = _DATELINE_FIELD_RE.fullmatch(line.text, timeout=_T)
    if m is None or not all(w[:1].isupper() or w in _PLACE_SMALL_WORDS for w in m.group("place").split()):
        return False
    dv = None
    if m.group("rest") is not None and (dm := search_date(m.group("rest"), timeout=_T)) is not None:
        at = line.start + m.start("rest") + dm.start()
        dv = _date_value(at, at + len(dm.group(0)), dm.group(0), ref, settings)
    at = line.start + m.start("place")
    st.dateline = Dateline(line.text[m.start("place") :], at, line.end, place=m.group("place"), date=dv)
    st.last_header_end = line.end
    return True


_PLACE_SMALL_WORDS = frozenset({"de", "del", "da", "do", "of", "es", "el", "al", "the", "sur", "am"})


def _byline_after_lead(
    text: str, lines: list[_Line], i: int, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> None:
    """A "By" line printed under the dateline's first paragraph, as some pages place it, and the dates on
    the short lines right under it ("PEORIA (AP) — ...", then "By Ann Lee The Associated Press",
    "Mar 5, 2025"). The body still starts at the dateline."""
    if st.byline is not None:
        return
    for k in range(i, min(i + 2, len(lines))):  # (``lines[i]`` is the line after the dateline's)
        line = lines[k]
        if len(line.text) > 160 or _byline_word(line.text) is None or _CREDIT_LINE_RE.match(line.text):
            continue  # (a closing wire credit, "Reporting by A; Editing by B", is read as such)
        if _try_byline(text, lines, k, st, ref, settings):
            for nxt in lines[k + 1 : k + 4]:
                if _is_body(nxt):
                    break
                _dates_in(nxt, st, ref, settings, labelled_only=False)
        return


def _credit_under(text: str, line: _Line, nxt: _Line) -> bool:
    """Whether ``nxt`` is a photo's credit printed right under ``line``, with no blank line between
    ("Kevin Lo/Getty Images"): ``line`` is then the photo's caption."""
    if not (
        len(nxt.text) <= _PHOTO_CREDIT_MAX_CHARS
        and len(line.text) <= _CAPTION_MAX_CHARS
        and "/" in nxt.text
        and text.count("\n", line.end, nxt.start) == 1
    ):
        return False
    if _PHOTO_CREDIT_RE.fullmatch(nxt.text, timeout=_T) is not None:
        return True
    # a news agency's photographer under a sentence: "Firefighters at the site on Sunday." / "Ann Lee/Reuters"
    return (
        line.text.endswith((".", "!", "?"))
        and len(line.text.split()) >= _CAPTION_MIN_WORDS
        and _AGENCY_PHOTO_CREDIT_RE.fullmatch(nxt.text, timeout=_T) is not None
    )


def _furniture_lines(text: str, lines: list[_Line]) -> int:
    """How many lines of the medium's furniture open the text (an e-mail's "View in browser", a PDF's running
    head with its page marker, a news app's name and buttons), with the masthead or the date printed under
    them ("THE WEEKLY LEDGER", "Tuesday, November 24, 2026") when a headline follows; 0 if none."""
    k = _mail_fields(lines)
    if k:
        return k  # the subject is the headline
    while k < min(4, len(lines) - 2):
        if _is_furniture(lines[k].text):
            k += 1
        elif k + 3 < len(lines) and _credit_under(text, lines[k], lines[k + 1]):
            k += 2  # a photo's caption and its credit over the headline
        elif k + 2 < len(lines) and _credited_caption(lines[k].text) and _is_headline(lines[k + 1]):
            k += 1  # "Delegates arrive in Geneva. REUTERS/Ann Lee" over the headline: the photo's caption
        else:
            break
    if k == 0:
        return 0
    for _ in range(2):  # the masthead, then the date, over the headline
        if k >= len(lines) - 2 or not _is_headline(lines[k + 1]):
            break
        t = lines[k].text
        dm = search_date(t, timeout=_T)
        dated = dm is not None and dm.group("y") is not None and len(t) - len(dm.group(0)) <= 16
        if _masthead(t) is None and not dated:  # ("Tuesday, November 24, 2026": a weekday before it)
            break
        k += 1
    return k


def _credited_caption(t: str) -> bool:
    """Whether ``t`` is a photo's caption closed by its credit after the caption's full stop ("A delegate
    arrives in Geneva on Monday. (Photo: Reuters)", "Delegates at the talks. REUTERS/Ann Lee"), as a page
    copied with its picture prints it over the headline; a headline closed by a bracket ("Floods hit the
    coast (Photos)") has no stop before it and is none."""
    if len(t) > _CAPTION_MAX_CHARS:
        return False
    if (lm := _CREDIT_LABEL_RE.match(t)) is not None:  # "Photo: Reuters", "Foto: Jana Weber/dpa"
        return _picture_credit(t[lm.end() :])
    if len(t.split()) < _CAPTION_MIN_WORDS:
        return False
    stop = max(t.rfind(". "), t.rfind("! "), t.rfind("? "))
    if stop > 0 and _picture_credit(t[stop + 2 :]):
        return True  # "... in Geneva on Monday. Jane Roe/AFP via Getty Images"
    m = _CAPTION_RE.search(t, timeout=_T)
    if m is None or m.start() == 0 or _ROLE_CREDITS_RE.fullmatch(t, timeout=_T) is not None:
        return False
    if t[m.start()] in "[(" and _picture_credit(t[m.start() + 1 : m.end()].rstrip(".)]")):
        return True  # "... on Monday [Jane Roe/Reuters]", "... (AP Photo/Jane Roe)": a credit in brackets
    return t[: m.start()].rstrip().endswith((".", "!", "?", "…", '."', ".”"))


# The label before a photo's credit alone on its line ("Photo: Reuters", "Foto: Jana Weber/dpa", "© AFP").
_CREDIT_LABEL_RE = regex.compile(r"(?:(?:Photo|Foto|Image|Picture|Bild|Фото)s?+\s?+:|©)\s*+")
# A news agency's photo credit: "AP Photo/Jane Roe", "AFP Photo", "Reuters Photo".
_AGENCY_PHOTO_RE = regex.compile(
    r"(?:\L<agencies>)\s(?i:photo)(?:\s?+/\s?+[^/\n]{2,40}+)?+", agencies=_longest_first(AGENCIES)
)


def _picture_credit(t: str) -> bool:
    """Whether ``t`` is a picture's credit: a listed agency or outlet, a photographer and an agency ("Jane
    Roe/Reuters", "Jane Roe/AFP via Getty Images") or an agency's photo ("AP Photo/Jane Roe")."""
    t = t.strip()
    return bool(t) and (
        _credit_name(t) is not None
        or t in PHOTO_AGENCIES
        or _PHOTO_CREDIT_RE.fullmatch(t, timeout=_T) is not None
        or _AGENCY_PHOTO_CREDIT_RE.fullmatch(t, timeout=_T) is not None
        or _AGENCY_PHOTO_RE.fullmatch(t, timeout=_T) is not None
    )


def _mail_fields(lines: list[_Line]) -> int:
    """How many fields of an e-mail's header block ("From:", "Sent:", "To:") stand over its subject line
    ("Subject: ..."), or 0 when the text opens with no such block or the block holds no subject."""
    for k, line in enumerate(lines[: min(8, len(lines) - 1)]):
        if _SUBJECT_RE.match(line.text, timeout=_T) is not None:
            return k
        if _MAIL_FIELD_RE.match(line.text, timeout=_T) is None:
            return 0
    return 0


def _button_line(t: str) -> bool:
    """A button of the page alone on its line under the headline ("Listen to this article", "Share",
    "Listen · 4:12 min") or the length beside it ("3 min")."""
    if len(t) > 40:
        return False
    low = t.casefold().rstrip(" .:!>»›")
    return (
        low in _FURNITURE_SET
        or low in _WIDGET_SET
        or _LISTEN_RE.fullmatch(t, timeout=_T) is not None
        or _LONE_LENGTH_RE.fullmatch(t, timeout=_T) is not None
    )


def _page_prompt(t: str) -> bool:
    """A prompt of the page alone on its line, no standfirst: to sign up for its newsletter ("Subscribe to
    our newsletter", "Newsletter abonnieren"), to follow it elsewhere ("Follow us on Google News"), or a
    labelled reading time ("Reading time: 4 minutes", "Temps de lecture : 3 min")."""
    return len(t) <= 80 and (
        _NEWSLETTER_RE.fullmatch(t, timeout=_T) is not None
        or _LABELLED_READING_TIME_RE.fullmatch(t, timeout=_T) is not None
    )


def _is_furniture(t: str) -> bool:
    """A line of the medium's furniture: a listed phrase alone or before a separator ("View in browser |
    Unsubscribe"), a page marker ("THE DAILY LEDGER   Page 1 of 3"), or a press release's mark ("FOR
    IMMEDIATE RELEASE", "Contact: ...")."""
    if len(t) > 120:
        return False
    low = t.casefold().rstrip(" .:!>»›")
    if low in _FURNITURE_SET or low in _WIDGET_SET:
        return True
    for phrase in _FURNITURE_SET:
        if low.startswith(phrase) and _FURNITURE_TAIL_RE.match(low, len(phrase)):
            return True
    return (
        _PAGE_MARK_RE.search(t, timeout=_T) is not None
        or _TAG_LINE_RE.fullmatch(t) is not None
        or _release_mark(t)
        or _syndication(t) is not None  # "This article originally appeared on The Conversation."
        or (t[:1] == "B" and _wire_routing(t))  # "BC-EU--Ukraine-Grid, 1st Ld-Writethru"
        or _MEDIA_LABEL_RE.match(t) is not None  # "Image source, Getty Images" over the headline
        or (len(t) <= 30 and _READING_TIME_RE.match(t, timeout=_T) is not None)  # "5 min read"
        or _NEWSLETTER_RE.fullmatch(t, timeout=_T) is not None  # "Sign up for our free morning newsletter"
        or _LISTEN_RE.fullmatch(t, timeout=_T) is not None  # "Listen · 5:12", "Listen (4 min)"
        or _author_bio(_Line(0, len(t), t)) is not None  # "Jane Doe is a senior fellow at ..."
    )


def _issuer_line(lines: Sequence[_Line], i: int) -> bool:
    """``lines[i]`` names the government body that issues a press release ("Ministry of Agriculture and
    Rural Development", "GOVERNMENT OF ANAMBRA STATE" over "Office of the Governor"), right over or under the
    release's mark ("PRESS RELEASE", "Press Statement | 3rd March, 2025") or another such line beside it."""
    if not _issuer_text(lines[i].text):
        return False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and abs(k - i) <= 2:
            if _release_mark(lines[k].text):
                return True
            if not _issuer_text(lines[k].text):
                break
            k += step
    return False


def _issuer_text(t: str) -> bool:
    """``t`` is a government body's name alone on its line, short enough to be no sentence."""
    return len(t) <= _ISSUER_MAX_CHARS and _ISSUER_RE.fullmatch(t, timeout=_T) is not None


def _release_mark(t: str) -> bool:
    """A press release's mark alone on its line ("FOR IMMEDIATE RELEASE", "Press Release No. 45/2026",
    "Media contact: ...") or a UN document's symbol ("SC/15500"), over or under the headline."""
    return len(t) <= 120 and (
        _RELEASE_MARK_RE.fullmatch(t, timeout=_T) is not None
        or (len(t) <= 40 and _UN_SYMBOL_RE.fullmatch(t, timeout=_T) is not None)
    )


# An author's note, as think tanks print it over a commentary: "Jane Doe is a senior fellow at the Atlantic
# Council." A name, "is" or "serves as", and a sentence naming a post.
_BIO_RE = regex.compile(
    r"""(?P<name>\p{Lu}[\p{L}'’\-]++(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]++)){1,3}+)
    \s(?:is|serves\sas)\s(?:a\s|an\s|the\s)?+
    (?P<post>[^\n]{3,200}?)\.""",
    regex.VERBOSE,
)
# The posts an author's note names: "fellow", "director", "professor", ...
_BIO_POST_RE = regex.compile(
    r"(?<!\p{L})(?i:fellow|director|professor|analyst|researcher|scholar|economist|lecturer|adviser|advisor"
    r"|president|chair|founder|editor|columnist|correspondent|expert|associate|head\sof)(?!\p{L})"
)


def _author_bio(line: _Line) -> Author | None:
    """The writer an author's note names ("Jane Doe is a senior fellow at the Atlantic Council."), or
    None when ``line`` is none."""
    t = line.text
    if len(t) > 260 or not t.endswith(".") or (" is " not in t and " serves as " not in t):
        return None
    m = _BIO_RE.fullmatch(t, timeout=_T)
    if m is None or _BIO_POST_RE.search(m.group("post")) is None or not _bare_name(m.group("name")):
        return None
    name = m.group("name")
    return Author(name, line.start, line.start + len(name), _person_name(name))


def _kicker_lines(lines: list[_Line]) -> int:
    """How many lines of furniture stand over the headline: the outlet's masthead maybe ("Premium Times",
    "Corriere della Sera"), then section labels (kickers: "Bundestag", "Middle East", "CHINA / DIPLOMACY",
    "Startseite > Ausland > Europa", "News ID: 228845"), up to three, with a date line among them maybe; 0
    unless a headline-shaped line follows them (three words or more, no full stop, no date, byline or
    dateline, no breadcrumb).

    A masthead stands over a section label, or alone over the headline when it is an outlet's name: a listed
    one, a web address, or capitalised words ending with a newspaper's word ("The Straits Times")."""
    mast = _masthead(lines[0].text) if len(lines) > 2 else None
    if mast is not None and (k := _labels_over_headline(lines, 1)):
        return k  # ("The Times of Israel" / "Israel at War" / the headline)
    if mast and len(lines) > 3 and _is_date_line(lines[1].text) and _is_headline(lines[2]):
        return 2  # a newsletter's name, the day's date, the headline: "The Europe Briefing", "Tuesday, ..."
    if mast and _is_headline(lines[1]) and not _is_crumb(lines[1].text):
        return 1
    if mast and (k := _furniture_over_headline(lines)):
        return k  # ("Meetings Coverage and Press Releases" / "SC/15500" / "29 November 2026" / the headline)
    return _labels_over_headline(lines, 0)


# A share button copied as a line of its own: "Share on Facebook", "Share via Email", "WhatsApp".
_SHARE_LINE_RE = regex.compile(
    r"""(?i:share\s(?:on|via|to)\s\p{L}[\p{L}\s]{0,15}+|share\sthis\s(?:article|story|page)
        |facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|reddit|copy\slink)""",
    regex.VERBOSE,
)
_TRAIL_MAX_LINES = 10


def _navigation_trail(lines: list[_Line]) -> int:
    """The index of the headline under a web page's navigation copied one entry a line: a navigation word
    first ("Home", "Menu"), then more of them, section names and share buttons ("News" / "World" / "Share
    on Facebook"); 0 if none, or if no headline-shaped line follows."""
    if len(lines) < 4 or lines[0].text.casefold() not in _NAVIGATION_SET:
        return 0
    k = 1
    while k < min(_TRAIL_MAX_LINES, len(lines) - 2):
        t = lines[k].text
        if not (
            t.casefold() in _NAVIGATION_SET
            or _button_line(t)
            or _SHARE_LINE_RE.fullmatch(t, timeout=_T) is not None
            or _is_label_part(t, crumb=False)  # (a section's name: "World", "Middle East"; no headline)
        ):
            break
        k += 1
    if not (_is_headline(lines[k]) or _short_headline(lines, k)) or _is_crumb(lines[k].text):
        return 0
    words = {w.casefold() for ln in lines[: k + 1] for w in _WORD_RE.findall(ln.text)}
    if words & SITE_PAGE_WORDS:
        return 0  # ("Suche" / "Kontakt" / "Impressum und Datenschutz": the site's menu, no story)
    return k


# A headline of two words in sentence case, a noun and its verb ("Truce holds", "Prices soar"): no section's
# name, which is capitalised throughout ("Middle East") or one word.
_TWO_WORD_HEADLINE_RE = regex.compile(r"\p{Lu}\p{Ll}++\s\p{Ll}{3,}+")


def _short_headline(lines: list[_Line], k: int) -> bool:
    """Whether ``lines[k]``, under a navigation trail, is a headline of two words in sentence case ("Truce
    holds") over a byline or a date line, which a list's heading ("Top stories") never stands over."""
    if k + 1 >= len(lines) or _TWO_WORD_HEADLINE_RE.fullmatch(lines[k].text, timeout=_T) is None:
        return False
    if any(w.casefold() in _NAVIGATION_SET or w.casefold() in _UI_WORDS for w in lines[k].text.split()):
        return False
    nxt = lines[k + 1].text
    return _byline_word(nxt) is not None or _is_date_line(nxt)


def _furniture_over_headline(lines: list[_Line]) -> int:
    """The index of the headline under a masthead and then up to three lines of furniture or dates, one of
    them furniture at least (a press office's name, its release's symbol and its date), or 0."""
    k, furniture = 1, False
    while k < min(4, len(lines) - 2):
        if _is_furniture(lines[k].text):
            furniture = True
        elif not _is_date_line(lines[k].text):
            break
        k += 1
    return k if furniture and _is_headline(lines[k]) and not _is_crumb(lines[k].text) else 0


def _labels_over_headline(lines: list[_Line], start: int) -> int:
    """The index of the headline under one to four label lines from ``lines[start]``, or 0."""
    k = start
    labels = 0
    while k < min(start + 4, len(lines) - 2):
        line, nxt = lines[k], lines[k + 1]
        if _is_label(line.text, nxt.text) or (
            k == start > 0 and _masthead_label(line.text) and _byline_word(line.text) is None
        ):  # (under a masthead a label may have three words: "Israel at War", "Ciencia y Salud"; "By Ola
            labels += 1  # Nilsen" is the byline under a headline in title case)
        elif not (k > start and labels and _is_date_line(line.text)):
            break
        k += 1
        if labels and _is_headline(lines[k]) and not _is_crumb(lines[k].text):
            return k
    return 0


# A newspaper's name as a masthead prints it: capitalised words, the small words of names between them
# ("Corriere della Sera", "The Times of Israel", "Folha de S.Paulo").
_MASTHEAD_WORD_RE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'’\-]*+|of|and|the|de|da|do|della|del|di|du|des|la|le|van"
)
# A section's name of up to three words in title case under a masthead: "Israel at War".
_MASTHEAD_LABEL_RE = regex.compile(r"\p{Lu}[\p{L}\-]*+(?:\s(?:\p{Lu}[\p{L}\-]*+|\p{Ll}{1,3}+)){0,2}+")
_MASTHEAD_SEP_RE = regex.compile(r"\s*+(?:,|\s[|\-–—]\s)\s*+")
# The agency word closing a newspaper's or an agency's name ("South Atlantic News Agency").
_NETWORK_ENDS = frozenset(NETWORK_ENDS)
_MASTHEAD_ENDS = frozenset({*_NEWSPAPER_SET, "agency", "briefing", "newsletter", "digest", "roundup"})


# Words with which a page labels a list of its stories before a newspaper's word ("All News", "Top Stories",
# "Latest News", "More News"): such a label is no outlet's masthead. Written by us.
_LIST_LABEL_WORDS = frozenset(
    {
        "all",
        "top",
        "latest",
        "more",
        "other",
        "related",
        "recent",
        "popular",
        "trending",
        "featured",
        "breaking",
    }
)


def _masthead(t: str) -> bool | None:
    """Whether the first line ``t`` may be the outlet's masthead: True when it is an outlet's name (listed,
    a web address, or a name ending with a newspaper's word: "Premium Times", "MercoPress, South Atlantic
    News Agency"), False when it only has a name's shape (two to four words, capitalised but for the small
    words of names: "Balkan Insight", "Українська правда"), None when it is no name."""
    if len(t) > 60 or _SENTENCE_END_RE.search(t):
        return None
    if not t[:1].isupper():  # a listed brand printed in camel case ("detikNews", "iDNES.cz"), a web
        # address in lower case ("chinadaily.com.cn", "iol.co.za"), else none
        if t[:1].islower() and _DOMAIN_RE.fullmatch(t) is not None:
            return True
        return True if t[:1].islower() and t.casefold() in _OUTLET_NAMES and not t.islower() else None
    if t.casefold() in _OUTLET_NAMES or _agency_name(t) is not None or _DOMAIN_RE.fullmatch(t):
        return True
    if any(c.isdigit() for c in t):
        return None
    parts = _MASTHEAD_SEP_RE.split(t)
    for part in parts:
        words = part.split()
        if (
            2 <= len(words) <= 5
            and all(_MASTHEAD_WORD_RE.fullmatch(w) for w in words)
            and (words[-1].casefold() in _MASTHEAD_ENDS or " ".join(words[-2:]) in _NETWORK_ENDS)
            and not all(w.casefold() in _LIST_LABEL_WORDS for w in words[:-1])
        ):
            return True  # ("Premium Times", "Asia News Network": a network's or service's name)
    words = t.split()
    if len(parts) > 1 or not 2 <= len(words) <= 4:
        return None  # (a word alone over a label is a label itself: "Clarín", and so is "Suche")
    if len(words) == 2 or all(_MASTHEAD_WORD_RE.fullmatch(w) for w in words):
        return False
    return None


def _listed_outlet(t: str) -> str | None:
    """``t`` when it is a listed outlet's name ("The Atlantic"), else None."""
    return t if t.casefold() in _OUTLET_NAMES else None


def _masthead_label(t: str) -> bool:
    """A section's name of up to three words in title case, as a masthead has over the headline ("Israel
    at War"); no navigation word ("Home")."""
    return _MASTHEAD_LABEL_RE.fullmatch(t) is not None and t.casefold() not in _NAVIGATION_SET


def _is_crumb(t: str) -> bool:
    """A breadcrumb: short parts between separators ("World > Europe", "Ekonomia › Finanse"), no headline."""
    parts = [p for p in _CRUMB_SEP_RE.split(t) if p]
    return len(parts) > 1 and all(len(p.split()) <= 2 for p in parts) and _is_label(t, "")


def _is_label(label: str, nxt: str) -> bool:
    """Whether ``label`` is a section label or a breadcrumb (``nxt`` is the line under it): one word, two in
    capitals or title case ("Middle East", "В мире"), short parts between separators ("News|World",
    "Accueil > International", a trail ending with the headline printed under it), or an article's id."""
    if label.endswith(":") and 1 <= len(label.split()) <= 2 and label[:1].isupper():
        return True  # "Aktuelle Seite:", "Related:": a label introducing what follows
    label = label.rstrip(".:")
    if _ARTICLE_ID_RE.fullmatch(label):
        return True
    parts = [p for p in _CRUMB_SEP_RE.split(label) if p]  # ("RTL>news>" ends with its separator)
    if not parts:
        return False
    if len(parts) > 1 or len(parts[0]) < len(label):
        if parts[-1] == nxt:  # "News / India News / <the headline>" over the headline
            parts = parts[:-1]
            if not parts:
                return False  # (the line is the headline itself behind a separator: ", <headline>")
        elif _agency_name(parts[-1]) is not None or parts[-1].casefold() in _OUTLET_NAMES:
            return False  # "Oil slips | Reuters": a headline and its site
        first = _is_label_part(parts[0], crumb=True) or (len(parts) > 1 and _BRAND_RE.fullmatch(parts[0]))
        return bool(first) and all(
            _is_label_part(p[0].upper() + p[1:], crumb=True) for p in parts[1:]
        )  # (the later parts may be in lower case: "RTL > news")
    return _is_label_part(label, crumb=False)


def _is_label_part(label: str, *, crumb: bool) -> bool:
    """One section name: capitalised, short, no digits, no page furniture ("Menu")."""
    words = label.split()
    if not words or len(label) > 30 or any(c.isdigit() for c in label) or not label[0].isupper():
        return False
    if label.casefold() in _NAVIGATION_SET and not crumb:
        return False  # ("Menu" over "Subscribe Search My Account" is the page's furniture)
    if len(words) == 1 or label.isupper():  # ("FRANCE - POLITIQUE": a dash between two names is no word)
        return sum(w not in _DASH_WORDS for w in words) <= (3 if crumb else 2)
    if len(words) > (3 if crumb else 2):
        return False
    # two words: title case ("Middle East", "América Latina") or after a short preposition ("В мире");
    # in a breadcrumb the words of a topic may be in lower case ("Israel-Palestine conflict")
    short = len(words[0]) == 1 or (len(words[0]) == 2 and not words[0].isupper())  # (not "EU agrees")
    if crumb or short:
        return True
    # two title-case words: a section's name or a region ("Middle East", "Arab World"), not a headline of
    # two words ("Ceasefire Holds")
    return all(w[0].isupper() for w in words) and (
        any(w.casefold().strip(".,") in _SECTION_WORDS for w in words) or _a_region(label)
    )


_DASH_WORDS = frozenset({"-", "–", "—"})
# Words of section names over a headline ("World News", "Asia Pacific", "El Mundo", "América Latina").
_SECTION_WORDS = frozenset(
    [
        *(
            "news",
            "world",
            "mundo",
            "monde",
            "welt",
            "politics",
            "politik",
            "business",
            "economy",
            "economia",
        ),
        *(
            "opinion",
            "sport",
            "sports",
            "culture",
            "europe",
            "asia",
            "africa",
            "americas",
            "america",
            "américa",
        ),
        *("latina", "latin", "middle", "east", "west", "pacific", "arab", "gulf", "region", "regions", "top"),
        *("stories", "latest", "analysis", "features", "tech", "technology", "science", "health", "climate"),
        *("environment", "international", "national", "local", "defense", "defence", "security", "diplomacy"),
        *("feed", "live", "video", "videos", "photos", "breaking", "home", "nation", "affairs", "desk"),
    ]
)


def _a_region(label: str) -> bool:
    """The label names a place or region the gazetteer knows ("Middle East", "South Asia")."""
    from ._actors import default_gazetteer  # lazy: the gazetteer is built on first use

    return default_gazetteer().lookup(label) is not None


_WEEKDAY_LEAD_RE = regex.compile(r"(?i:\L<days>)\.?+,?+\s++", days=_longest_first(WEEKDAYS))


def _is_date_line(t: str) -> bool:
    """A line that is a date with its time, no more ("Mar 14, 2025, 6:12 PM"), maybe after its weekday
    ("Tuesday, March 4, 2025")."""
    wm = _WEEKDAY_LEAD_RE.match(t, timeout=_T)
    m = match_date(t, wm.end() if wm is not None else 0, timeout=_T)
    return m is not None and m.group("y") is not None and len(t) - m.end() <= 12


def _only_a_date(t: str) -> bool:
    """A date line, maybe after its label: "UPDATED: 03.03.2025 18:41", "March 4, 2025"."""
    lm = _PUBLISHED_RE.match(t, timeout=_T) or _UPDATED_RE.match(t, timeout=_T)
    return _is_date_line(t[lm.end() :].lstrip() if lm is not None else t)


def _is_headline(line: _Line) -> bool:
    """A headline-shaped line: three words or more, no full stop, no date, byline, dateline or date label."""
    head = line.text
    n = len(head.split())
    if head[0].islower():
        return False
    if not 3 <= n <= 25 or len(head) > 200 or head.endswith((".", ":")) or _is_body(line):
        return False
    if match_date(head, timeout=_T) is not None or _byline_word(head) is not None:
        return False
    if _PUBLISHED_RE.match(head) or _UPDATED_RE.match(head) or RELATIVE_RE.search(head, timeout=_T):
        return False  # "Aggiornato 2 ore fa": a date line
    return _dateline_match(head) is None and COLON_DATELINE.match(head, timeout=_T) is None


def _title(line: _Line) -> Span:
    """The headline on ``line``, without a field's label or a wire's tag before it ("Subject: ...", "(LEAD)
    ..."), a section label glued before it ("Opinion The quiet crisis in our schools", "WORLD | ...") or a
    media tag after it ("... (video)")."""
    start, end = 0, len(line.text)
    tag = _MEDIA_TAG_RE.search(line.text, timeout=_T)
    if tag is not None and tag.start() > 0:
        end = tag.start()
    for _ in range(3):  # "Subject: Fwd: ...", "(LEAD) ...", "CORRECTED-UPDATE 2-": labels, wire tags
        pm = _TITLE_PREFIX_RE.match(line.text, start, end, timeout=_T)
        if pm is None or len(line.text[pm.end() : end].split()) < 2:
            break
        start = pm.end()
    lm = _SECTION_BAR_RE.match(line.text, start, end, timeout=_T)
    if lm is not None and len(line.text[lm.end() : end].split()) >= _SECTION_BAR_MIN_WORDS:
        label = lm.group("label")  # "WORLD | Ukraine extends ...", "Europe · ...": the page's section
        if all(w.casefold() in _SECTION_WORDS for w in label.split()) or _a_region(label):
            start = lm.end()
    km = _KICKER_RE.match(line.text, start, end, timeout=_T)
    if km is not None:
        rest = line.text[km.end() : end].split()
        if len(rest) >= 3 and sum(w[0].islower() for w in rest[1:]) >= 2:  # the headline is in sentence case
            start = km.end()
    return Span(line.text[start:end], line.start + start, line.start + end)


# The separator before an outlet's name that a page prints after its headline: "... - Daily Sentinel",
# "... | The Nation Herald", "... :: Kathmandu Post"; the name may hold hyphens and slashes of its own.
_TITLE_OUTLET_SEP_RE = regex.compile(r"\s(?:[-–—|•·]|::)\s")
_TITLE_OUTLET_WORDS = 4  # words at most of an outlet's name after the headline
_TITLE_OUTLET_MAX_CHARS = 50
_HEADLINE_MIN_WORDS = 3  # words at least of the headline left before it ("Gold steadies | Reuters" stays)
# The small words of an outlet's name in title case ("The Times of India", "Folha de S.Paulo").
_TITLE_OUTLET_SMALL = frozenset(
    {"of", "and", "the", "de", "da", "do", "del", "della", "di", "du", "des", "la"}
)


def _outlet_after_title(line: _Line, title: Span) -> tuple[Span, Source] | None:
    """The headline without the outlet's name a page prints after it, and that outlet, when ``title`` closes
    with a separator and one to four words in title case that name a news outlet or agency: a listed one, or
    a name ending with a newspaper's word ("Talks stall again - Daily Sentinel", "... | The Nation Herald");
    a section's name between them goes too ("... | World | Daily Sentinel"). None when the words are no
    outlet's ("Measles cases double - WHO", "... - but for how long?"), when the line is in capitals (a wire's
    slug: "OPEC MAY HAVE TO MEET - ANALYSTS") or when fewer than three words would be left of the headline."""
    t = line.text[title.start - line.start : title.end - line.start]
    if not _TITLE_OUTLET_SEP_RE.search(t) or not any(c.islower() for c in t):
        return None
    seps = list(_TITLE_OUTLET_SEP_RE.finditer(t, timeout=_T))
    sep = seps[-1]
    printed = t[sep.end() :].strip()
    words = printed.split()
    if not 1 <= len(words) <= _TITLE_OUTLET_WORDS or len(printed) > _TITLE_OUTLET_MAX_CHARS:
        return None
    if not words[0][:1].isupper() or not all(
        w[:1].isupper() or w[:1].isdigit() or w in _TITLE_OUTLET_SMALL for w in words
    ):
        return None
    name = _title_outlet_name(printed)
    if name is None:
        return None
    end = sep.start()
    if len(seps) > 1:  # "... | World News | Daily Sentinel": the page's section goes with its outlet
        section = t[seps[-2].end() : end].strip()
        if 1 <= len(section.split()) <= _LABEL_WORDS - 1 and (
            all(w.casefold() in _SECTION_WORDS for w in section.split()) or _a_region(section)
        ):
            end = seps[-2].start()
    head = t[:end].rstrip()
    if len(head.split()) < _HEADLINE_MIN_WORDS:
        return None
    at = title.start + t.index(printed, sep.end())
    return Span(head, title.start, title.start + len(head)), Source(printed, at, at + len(printed), name)


def _title_outlet_name(printed: str) -> str | None:
    """The outlet's or agency's name when ``printed``, after a headline, names one: a listed agency or outlet,
    or capitalised words ending with a newspaper's or an agency's word that are no section of a page ("World
    News", "Local News"); no call sign nor brand of digits, which an organisation's initials or a disease's
    name can look like ("WHO")."""
    if (name := _agency_name(printed) or _agency_of_section(printed) or _agency_service(printed)) is not None:
        return name
    if printed.casefold() in _OUTLET_NAMES or _DOMAIN_RE.fullmatch(printed) is not None:
        return printed
    words = printed.split()
    if all(w.casefold() in _SECTION_WORDS or w.casefold() in _LIST_LABEL_WORDS for w in words):
        return None
    last = words[-1].split("-")[-1].casefold()
    if _masthead(printed) is True and (last in _NEWSPAPER_SET or last == "agency"):
        return printed
    return None


# A section's name of up to three words glued before the headline by a bar or a dot ("WORLD | ...", "Europe ·
# ..."); the headline keeps a label before a colon ("EXCLUSIVE: ...", "LIVE: ..."), which outlets print as
# part of it.
_SECTION_BAR_RE = regex.compile(r"(?P<label>\p{L}++(?:\s\p{L}++){0,2}+)\s++[|·•]\s++(?=\S)")
_SECTION_BAR_MIN_WORDS = 4  # words at least of the headline after a section's name


#: English words that cannot end a headline: a line that ends with one runs on to the next.
_RUNS_ON = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "after", "over", "from", "by"),
        *("and", "or", "as", "into", "amid", "against", "before", "under"),
    }
)
_CLOCK_RE = regex.compile(r"\d{1,2}[:.h]\d\d")


def _continues_headline(text: str, head: _Line, nxt: _Line) -> bool:
    """Whether ``nxt`` is the rest of a headline wrapped at the end of ``head``, as PDF exports break it: on
    the very next line, a few words opening in lower case, and neither line a sentence's end, a date or a
    byline."""
    t = nxt.text
    if not t[:1].islower() or len(t.split()) > 8 or len(head.text) + len(t) > 200:
        return False
    if text.count("\n", head.end, nxt.start) != 1 or len(head.text.split()) < 2:
        return False  # (a blank line ends the headline)
    if _SENTENCE_END_RE.search(head.text) or _SENTENCE_END_RE.search(t) or head.text.endswith((",", "-")):
        return False
    if " " not in t and head.text.rsplit(None, 1)[-1].casefold() not in _RUNS_ON:
        return False  # one word: only after a word that needs one ("... tightened after" / "collapse")
    if _VIA_RE.fullmatch(t, timeout=_T) or _URL_LINE_RE.match(t, timeout=_T) or _credit_name(t):
        return False  # "from Al Jazeera": an aggregator's credit
    if _CLOCK_RE.search(t) or RELATIVE_RE.search(t, timeout=_T):
        return False  # "vandaag, 06:50": a date line
    if _OUR_CORRESPONDENT_RE.match(t, timeout=_T):
        return False  # "dal nostro corrispondente Marco Neri": the paper's own correspondent, a byline
    return search_date(t, timeout=_T) is None and _byline_word(t) is None


_WORD_RE = regex.compile(r"[\p{L}\p{N}]++")
# What may stand between a headline and the outlet named after it: "... - Lusa", "... | Reuters".
_TITLE_SUFFIX_RE = regex.compile(r"\s++(?:[-–—|:•·]|::)\s++(?P<credit>[^-–—|:•·\n]{2,40}+)$")
#: How alike, word for word, a line must be to the headline to print it again ("Kremlin says it will study
#: European truce plan" under "Kremlin says it will study truce plan"); a standfirst that opens with the
#: headline's words and goes on stays well below it.
_REPEAT_RATIO = 0.8


def _repeats_title(line: _Line, head: _Line, st: _State) -> bool:
    """Whether ``line``, under the headline ``head``, prints the headline again: the same words whatever the
    case, quotes and punctuation ("KREMLIN SAYS ..." over "Kremlin says ..."), the headline with an outlet's
    name after a separator ("... - Lusa"), or a near copy with a word or two changed, as a page's title and
    its headline differ. When the headline line is the one that carries the outlet's name, the repeated line
    becomes the title."""
    short, long = sorted((len(head.text), len(line.text)))
    if short < 12 or long > 2 * short + 60:
        return False  # (far apart in length: no copy, and no headline with an outlet's name after it)
    a, b = _WORD_RE.findall(head.text.casefold()), _WORD_RE.findall(line.text.casefold())
    if len(a) < 3 or len(b) < 3:
        return False
    if a == b:
        return True
    for longer, shorter in ((line, head), (head, line)):
        if _WORD_RE.findall(shorter.text.casefold()) in _bare_headlines(longer.text):
            if longer is head and st.title is not None and st.title.text == head.text:
                st.title = _title(shorter)  # "Truce talks resume - BBC News" over "Truce talks resume"
            return True
    if 2 * min(len(a), len(b)) < _REPEAT_RATIO * (len(a) + len(b)):
        return False  # (the ratio cannot reach the bar)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _REPEAT_RATIO


# A kicker or label before a headline, apart by a colon, a bar, a dot or a dash: "EXCLUSIVE: ", "LIVE | ".
_LABEL_BEFORE_RE = regex.compile(r"(?P<label>[^|:·•\n]{2,30}?)(?:\s?+:|\s[|·•]|\s[-–—])\s++(?=\S)")
_LABEL_WORDS = 4  # words at most of a label before a headline
_LABEL_MARK_RE = re.compile(r"[:|·•]|\s[-–—]")  # the prefilter: a separator where a label can end


def _bare_headlines(t: str) -> list[list[str]]:
    """The words of what ``t`` may print around its headline taken off, each way it may be: an outlet's name
    after a separator ("... - BBC News"), with a section's name before it maybe ("... | World News | The
    Kyiv Independent"), or a label before it ("EXCLUSIVE: ...", "WORLD | ...")."""
    out = []
    sm = _TITLE_SUFFIX_RE.search(t, timeout=_T)
    if sm is not None and _credit_name(sm.group("credit")) is not None:
        out.append(_WORD_RE.findall(t[: sm.start()].casefold()))
        section = _TITLE_SUFFIX_RE.search(t, 0, sm.start(), timeout=_T)
        if section is not None and len(section.group("credit").split()) <= _LABEL_WORDS - 1:
            out.append(_WORD_RE.findall(t[: section.start()].casefold()))
    lm = _LABEL_BEFORE_RE.match(t, timeout=_T) if _LABEL_MARK_RE.search(t, 0, 34) else None
    if lm is not None and len(lm.group("label").split()) <= _LABEL_WORDS:
        out.append(_WORD_RE.findall(t[lm.end() :].casefold()))
    return out


#: Words of a standfirst printed under a section label or the headline repeated: a sentence, no label.
_STANDFIRST_MIN_WORDS = 6
#: Characters of a standfirst at most: a longer line is a paragraph of the body.
_STANDFIRST_MAX_CHARS = 400
#: Characters at most of a paragraph over a bare name line that may be a standfirst left unread (a teaser of
#: three sentences or so); a longer one is the body's first paragraph, and a name line under it a subheading.
_UNREAD_STANDFIRST_CHARS = 500


def _pass_standfirst_line(index: int, st: _State) -> None:
    """``lines[index]`` is printed with the headline, not after it (a section label, the headline again, a
    date line): when it stands where a standfirst may, the standfirst may stand under it."""
    if index == st.standfirst_line:
        st.standfirst_line = index + 1


def _is_standfirst(line: _Line, index: int, st: _State) -> bool:
    """The line right after the title, or after the section label, repeated title or date line printed
    under it ("Politics" / the headline again / "Updated 4 March 2025"), before any byline and with no date
    over the title: a standfirst (or a kicker)."""
    if st.subtitle is not None or st.byline is not None:
        return False
    if st.first_date is not None and st.title is not None and st.first_date.start < st.title.end:
        return False
    if index != st.standfirst_line:
        return False
    t = line.text
    if index > st.title_line + 1 and t.count(" ") + 1 < _STANDFIRST_MIN_WORDS:
        return False  # under a label, a short line is another label or a tag ("Internationale Politik")
    if _PUBLISHED_RE.match(t) or _UPDATED_RE.match(t) or RELATIVE_RE.search(t, 0, 60, timeout=_T):
        return False  # "Aktualisiert vor 2 Stunden", "Publié aujourd'hui à 06h00": a date line
    if st.standfirst_under_date and (
        _SENTENCE_END_RE.search(t) is not None or t.count(" ") + 1 < _STANDFIRST_MIN_WORDS
    ):
        return False  # under a date line, a paragraph closed by a stop is the story's lead, no standfirst
    return 20 < len(t) <= _STANDFIRST_MAX_CHARS and " " in t and search_date(t, 0, 60, timeout=_T) is None


_LABELLED_DATE_REACH = 3000  # characters of a long line read for a labelled date


def _dates_in(
    line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings, *, labelled_only: bool
) -> bool:
    """Record the dates of one line (published, updated, or the first unlabelled one); True if any."""
    if len(line.text) > 200 and not labelled_only:
        return False
    found = False
    day: DateValue | None = None  # the last date read on the line
    # (a labelled date stands near its line's start: a longer line is read that far, so that a line of
    # digits and letters costs a bounded search)
    for m in find_dates(line.text, 0, _LABELLED_DATE_REACH, timeout=_T):
        before = line.text[max(0, m.start() - 40) : m.start()]
        kind = _label_kind(before)
        if labelled_only and kind is not None and not _printed_label(line.text[: m.start()]):
            kind = None  # "the film, which was released in May 2022": prose, not a label
        if labelled_only and kind is not None and m.group("d") is None and m.group("a") is None:
            continue  # a month in running text ("(Stand: Mai 2024)") dates a fact, not the article
        if labelled_only and kind is None and (m.group("y") is None or not _opens_line(line.text, m.start())):
            continue  # in running text only a labelled date counts, or one that opens the line
        yearless = m.group("y") is None and m.group("a") is None
        anchor = (day or st.published or st.first_date) if yearless and kind == "updated" else None
        if yearless and anchor is None and not _looks_dateish(line.text, m):
            continue  # ("Publié le 4 mars 2025 - Mis à jour le 5 mars à 08h10": a revision's day is read)
        order = settings
        zone_at = m.start("tz") if m.group("tz") else m.end()  # (the zone is the date's: "11:05 AM PT")
        if m.group("a") is not None and _US_ZONE_RE.match(line.text, zone_at):
            order = attrs.evolve(settings, date_order="MDY")  # "3/4/2025 11:05 AM PT": an American page
        if anchor is not None and _YEAR_RE.search(anchor.text):
            dv = _revised_on(line.start + m.start(), m.group(0), anchor, order)
        else:
            dv = _date_value(line.start + m.start(), line.start + m.end(), m.group(0), ref, order)
        if dv is None:
            continue
        if dv.precision == "day":
            dv = _time_before(line, m.start(), dv)
        found, day = True, dv
        if kind == "updated":
            st.updated = st.updated or dv
        elif kind == "as_of" and st.as_of is None:
            st.as_of = dv  # "Stand: 02.12.2026 14:05 Uhr": the publication's date until another is read
            st.published = st.published or dv
        elif kind in ("published", "as_of"):
            st.published = dv if st.published is None or st.published is st.as_of else st.published
            st.first_published = st.first_published or _FIRST_PUBLISHED_RE.search(before) is not None
        elif st.first_date is None or (st.first_date.precision == "month" and dv.precision in _DAY_PRECISION):
            st.first_date = dv  # a day printed after a bare "January 2022" is the article's date
        elif (
            st.first_date.start >= line.start
            and dv.value < st.first_date.value
            and dv.precision in _DAY_PRECISION
            and _only_dates(line.text)
        ):
            st.first_date = dv  # "2025-03-09 10:12:00 2025-03-04 08:00:00": a page's revision and publication
    tm = _UPDATED_TIME_RE.search(line.text, timeout=_T) if day is not None and st.updated is None else None
    if day is not None and tm is not None and tm.start("H") > day.end - line.start:
        # "Publié le 12/03/2025 à 07h30, mis à jour à 09h45": the revision time of the day printed before
        st.updated = _time_of_day(line, tm, day)
    printed = st.published or st.first_date
    if (
        day is None
        and st.updated is None
        and printed is not None
        and printed.precision in _DAY_PRECISION
        and not labelled_only
        and len(line.text) <= 40
        and (tm := _UPDATED_TIME_RE.match(line.text, timeout=_T)) is not None
        and len(line.text) - tm.end() <= 6  # (a time zone after it: "Updated at 19:15 CET")
    ):
        # "17 November 2025, 5:42 pm" then "Updated at 7:15 pm": a revision the same day, on its own line
        st.updated = _time_of_day(line, tm, printed)
        found = st.updated is not None
    if day is not None and st.updated is None and ref is not None:
        # "Publié le 12 mars 2025 à 14:02, mis à jour il y a 3 heures": a relative revision after the date
        rm = RELATIVE_RE.search(line.text, day.end - line.start, timeout=_T)
        if rm is not None and _label_kind(line.text[max(0, rm.start() - 40) : rm.start()]) == "updated":
            dv = _date_value(line.start + rm.start(), line.start + rm.end(), rm.group(0), ref, settings)
            st.updated = dv or st.updated
    if not found and not labelled_only and len(line.text) < 60:
        rm = RELATIVE_RE.search(line.text, timeout=_T)
        # "Publié aujourd'hui à 14h05, modifié à 15h10": the revision's time of that day right after it
        after = rm.end() if rm is not None else len(line.text)
        # "Posted 5 hours ago, updated 2 hours ago": a relative revision after its label right after it
        rv = RELATIVE_RE.search(line.text, after, timeout=_T) if rm is not None else None
        gap = line.text[after : rv.start()] if rv is not None else ""
        if rv is not None and (_label_kind(gap) != "updated" or len(gap.strip(" ,;|·•-–—").split()) > 3):
            rv = None
        um = _UPDATED_TIME_RE.search(line.text, after, timeout=_T) if rm is not None and rv is None else None
        if um is not None and line.text[after : um.start()].strip(" ,;|·•-–—"):
            um = None
        rest = line.text[after : um.start() if um is not None else len(line.text)]
        if rv is not None:
            rest = line.text[rv.end() :]  # (the label's words are no sentence's)
        if rm is not None and _lower_words(line.text[: rm.start()] + " " + rest) >= 3:
            rm = None  # "Ministers meet in Brussels today.": a short sentence, no date line
        if rm is not None and ref is not None:
            dv = _date_value(line.start + rm.start(), line.start + rm.end(), rm.group(0), ref, settings)
            if dv is not None:
                found = True
                if _label_kind(line.text[: rm.start()]) == "updated":
                    st.updated = st.updated or dv
                else:
                    st.first_date = st.first_date or dv
                    if um is not None and st.updated is None and dv.precision in _DAY_PRECISION:
                        st.updated = _time_of_day(line, um, dv)
                    if rv is not None and st.updated is None:
                        start, end = line.start + rv.start(), line.start + rv.end()
                        st.updated = _date_value(start, end, rv.group(0), ref, settings)
    return found


_DATES_ONLY_RE = regex.compile(r"[\d\s:.\-/,|]++")


def _only_dates(t: str) -> bool:
    """Whether ``t`` holds nothing but numeric dates and times, with no word: a page's time stamps."""
    return _DATES_ONLY_RE.fullmatch(t, timeout=_T) is not None


# A short credit and a separator before a date that opens a paragraph: "Red. / 04.03.2025 Der Hafen ...".
_CREDIT_BEFORE_DATE_RE = regex.compile(r"\p{Lu}[\p{L}.\-]{0,15}+(?:\s\p{Lu}[\p{L}.\-]{0,15}+)?+\s[/|·•]\s")


def _opens_line(t: str, at: int) -> bool:
    """Whether a date at ``at`` opens the line ``t``, or stands right after a short credit there."""
    return at == 0 or (at <= 34 and _CREDIT_BEFORE_DATE_RE.fullmatch(t, 0, at) is not None)


def _revised_on(start: int, s: str, anchor: DateValue, settings: DateSettings) -> DateValue | None:
    """The revision date ``s``, printed without its year after the date ``anchor`` ("Published 30 Dec
    2024 | Updated 2 Jan"): in the year of ``anchor``, or the next when it would fall before it."""
    try:
        year = _dt.date.fromisoformat(anchor.value[:10]).year
    except ValueError:
        return None
    dv = _date_value(start, start + len(s), s, _dt.datetime(year, 1, 1), settings)
    if dv is not None and dv.value[:10] < anchor.value[:10]:
        dv = _date_value(start, start + len(s), s, _dt.datetime(year + 1, 1, 1), settings)
    return dv


def _lower_words(s: str) -> int:
    """How many words of ``s`` open in lower case."""
    return sum(1 for w in s.split() if w[:1].islower())


def _time_of_day(line: _Line, tm: regex.Match[str], day: DateValue) -> DateValue | None:
    """The revision time matched by :data:`_UPDATED_TIME_RE` on ``line``, on the day of ``day``."""
    hour, minute = clock_hour(int(tm.group("H")), tm.group("ap")), int(tm.group("M"))
    if hour > 23:
        return None
    start, end = line.start + tm.start("time"), tm.end("time")
    value = f"{day.value[:10]}T{hour:02d}:{minute:02d}:00"
    if (zm := ZONE_AFTER_TIME.match(line.text, end, timeout=_T)) is not None:  # "Updated 9:05 p.m. ET"
        value, end = with_zone(value, zm.group("tz")), zm.end()
    return DateValue(line.text[tm.start("time") : end], start, line.start + end, value, "time")


def _lone_time(text: str, line: _Line, st: _State) -> bool:
    """Give the publication date printed on the line above ``line`` the time ``line`` holds alone ("14:22",
    "2:22 pm"): the date's span then takes in both lines. True if so."""
    tm = _LONE_TIME_RE.fullmatch(line.text, timeout=_T)
    day = st.published or st.first_date
    if tm is None or day is None or day.precision != "day":
        return False
    if text[day.end : line.start].strip():
        return False  # (only the date's own line stands above it)
    hour, minute = clock_hour(int(tm.group("H")), tm.group("ap")), int(tm.group("M"))
    end = line.start + (tm.end() if tm.group("tz") else tm.end("time"))  # ("10:22 WIB", not "14.22 Uhr")
    value = with_zone(f"{day.value}T{hour:02d}:{minute:02d}:00", tm.group("tz"))
    dv = DateValue(text[day.start : end], day.start, end, value, "time")
    if st.published is day:
        st.published = dv
    if st.first_date is day:
        st.first_date = dv
    return True


def _time_before(line: _Line, at: int, dv: DateValue) -> DateValue:
    """``dv`` with the time printed just before its date ("Updated 6:42 PM EST, March 4, 2025",
    "Updated 12:34 GMT, 27 Nov 2016"), the span then covering both; ``dv`` when there is none."""
    tm = _TIME_BEFORE_RE.search(line.text, max(0, at - 34), at)
    if tm is None:
        return dv
    hour, minute = clock_hour(int(tm.group("H")), tm.group("ap")), int(tm.group("M"))
    if hour > 23:
        return dv
    start = line.start + tm.start()
    return DateValue(
        line.text[tm.start() : dv.end - line.start],
        start,
        dv.end,
        with_zone(f"{dv.value}T{hour:02d}:{minute:02d}:00", tm.group("tz")),  # "6:42 PM EST, March 4"
        "time",
    )


def _printed_label(before: str) -> bool:
    """Whether the last date label in ``before`` (the line up to a date) is printed as a label: at the
    start of the line or after a separator or a sentence's end, not inside a sentence."""
    last = None
    for lm in _PUBLISHED_RE.finditer(before, timeout=_T):
        last = lm
    for um in _UPDATED_RE.finditer(before, timeout=_T):
        if last is None or um.start() > last.start():
            last = um
    if last is None:
        return False
    head = before[: last.start()].rstrip()
    if not head or head[-1] in "|•·/;.!?()[]:–—-":
        return True
    words = head.split()  # a byline before the label: "By Jane Doe Last updated Nov 8, 2023"
    return len(words) <= 6 and all(w[0].isupper() or w.casefold() in _BYLINE_WORD_SET for w in words)


def _looks_dateish(line: str, m: regex.Match[str]) -> bool:
    """A date without a year ("Feb 26") counts only on a line that is little more than the date, or than
    its dates and their labels ("December 01, 18:05 UPD: December 01, 19:12", as TASS prints them)."""
    if len(line) - len(m.group(0)) <= 20:
        return True
    rest = _UPDATED_RE.sub(" ", _PUBLISHED_RE.sub(" ", line))
    rest = "".join(rest[a:b] for a, b in _gaps(rest, [d.span() for d in find_dates(rest, timeout=_T)]))
    return len(rest.strip(" |,;:-–—•·")) <= _DATEISH_REST_CHARS


_DATEISH_REST_CHARS = 8


def _gaps(t: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``t`` between the ordered ``spans``."""
    out, at = [], 0
    for a, b in spans:
        out.append((at, a))
        at = b
    out.append((at, len(t)))
    return out


def _label_kind(before: str) -> str | None:
    """'published' or 'updated' when a label stands just before a date, 'as_of' when it is the German "Stand"
    ("as of": the page's last revision, its only date on many pages), else None."""
    up = None
    for um in _UPDATED_RE.finditer(before, timeout=_T):
        up = um
    pub = None
    for pm in _PUBLISHED_RE.finditer(before, timeout=_T):
        pub = pm
    if up is None and pub is None:
        return None
    if pub is None or (up is not None and up.start() > pub.start()):
        return "updated"
    return "as_of" if pub.group().rstrip(" :").casefold() == "stand" else "published"


def _date_value(
    start: int, end: int, s: str, ref: _dt.datetime | None, settings: DateSettings
) -> DateValue | None:
    """The DateValue of the isolated date string ``s`` at ``start:end``."""
    parsed = parse_date(s, reference_date=ref, settings=settings)
    if parsed is None:
        return None
    return DateValue(s, start, end, parsed.value, parsed.precision)


# --------------------------------------------------------------------------- bylines


def _try_byline(
    text: str,
    lines: list[_Line],
    i: int,
    st: _State,
    ref: _dt.datetime | None,
    settings: DateSettings,
) -> int:
    """If ``lines[i]`` opens a byline, record it and return how many lines it used; else 0."""
    line = lines[i]
    km = _KIND_LABEL_RE.match(line.text, timeout=_T) if "|" in line.text or "•" in line.text else None
    if km is not None and km.end() < len(line.text):
        # "Commentary | 1 December 2026 | Ana Ruiz": the kind of piece, then the credit line it opens
        credits = _Line(line.start + km.end(), line.end, line.text[km.end() :])
        return _try_byline(text, [*lines[:i], credits, *lines[i + 1 :]], i, st, ref, settings)
    k = i - st.title_line  # how far under the headline (the masthead and labels above it do not count)
    under_byline = st.byline is not None and (
        i == st.byline_line + 1
        or (i == st.byline_line + 2 and (_role_line(lines[i - 1].text) or _is_city(lines[i - 1].text)))
    )  # ("By Ann Lee" / "Senior Reporter" / "Nation Media Group": the outlet under the writer's title; "Ann
    # Lee" / "Belgrade" / "BIRN": under the place the story was filed from)
    sv = (
        _OUTLET_SERVICE_RE.fullmatch(line.text, timeout=_T)
        if under_byline and st.source is None and "s " in line.text and len(line.text) <= _OUTLET_LINE_CHARS
        else None
    )
    if sv is not None and (named := _credit_name(sv.group("outlet"))) is not None:
        at = line.start + sv.start("outlet")  # "By A" / "RFE/RL's Balkan Service": the outlet and its service
        st.source = Source(sv.group("outlet"), at, at + len(sv.group("outlet")), named)
        return 1
    fl = _FOR_LINE_RE.match(line.text, timeout=_T) if under_byline and st.source is None else None
    outlet, _, place = line.text[fl.end() :].partition(", ") if fl is not None else ("", "", "")
    if place and _FILED_FROM_RE.fullmatch(" " + place, timeout=_T) is None:
        outlet, place = line.text[fl.end() :] if fl is not None else "", ""
    if fl is not None and (named := _credit_name(outlet)) is not None:
        at = line.start + fl.end()  # "By A" / "For the Buenos Aires Times": the outlet the writer files for
        st.source = Source(outlet, at, at + len(outlet), named)
        if place:  # "Ana Souza" / "Do UOL, em Brasília": and where the story was filed
            _filed_from(" " + place, line.end - len(place) - 1, st)
        return 1
    fp = _FROM_PLACE_RE.fullmatch(line.text, timeout=_T) if under_byline and st.filed_from is None else None
    if fp is not None and dateline_city(fp.group("place")):
        at = line.start + fp.start("place")  # "Ana Souza" / "De São Paulo": where the story was filed
        st.filed_from = Dateline(fp.group("place"), at, line.end, place=fp.group("place"))
        return 1
    role, _, outlet = line.text.rpartition(", ") if under_byline and st.source is None else ("", "", "")
    if role and len(line.text) <= _OUTLET_LINE_CHARS and _role_line(role) and (named := _credit_name(outlet)):
        at = line.end - len(outlet)  # "By A" / "Business reporter, BBC News": the writer's title, the outlet
        st.source = Source(outlet, at, line.end, named)
        return 1
    if (
        under_byline
        and st.source is None
        and len(line.text) <= _OUTLET_LINE_CHARS
        and _outlet_line(line.text)
    ):
        outlet, _, place = line.text.rpartition(", ")
        if (
            outlet
            and (_is_city(place) or _town_shaped(place))
            and (named := _credit_name(outlet)) is not None
        ):
            # "By A" / "BBC News, Johannesburg": the outlet, then where the story was filed
            at = line.end - len(place)
            st.source = Source(outlet, line.start, line.start + len(outlet), named)
            st.filed_from = st.filed_from or Dateline(place, at, line.end, place=place)
            return 1
        if (
            outlet
            and (_role_line(place) or place.casefold() in _SECTION_WORDS)
            and (named := _credit_name(outlet)) is not None
        ):
            st.source = Source(outlet, line.start, line.start + len(outlet), named)
            return 1  # "By A" / "BBC News, Business" or "... , Technology reporter": the outlet, its desk
        credited = _credit_name(line.text) or line.text  # (not "outlet, city": the line is the outlet)
        st.source = Source(line.text, line.start, line.end, credited)  # "By A and B" / "Nation Media Group"
        return 1
    if (
        under_byline
        and st.source is None
        and len(line.text) <= _OUTLET_LINE_CHARS
        and (head := _desk_head(line.text)) is not None
        and (named := _credit_name(head)) is not None
    ):
        st.source = Source(head, line.start, line.start + len(head), named)  # "By A" / "Kyiv Independent
        return 1  # news desk": the outlet whose desk the writer is of
    if (
        st.byline is None
        and st.source is None
        and k <= 8
        and not st.body_lines
        and _outlet_then_city(line, st)
    ):
        return 1  # "Reuters, London", "PTI | New Delhi": the outlet and where the story was filed, no writer
    if (under_byline or st.byline is None) and k <= 8 and not st.body_lines and _credit_then_date(line, st):
        _dates_in(line, st, ref, settings, labelled_only=False)
        return (
            1  # "KYODO NEWS - Mar 15, 2025 - 19:47", "Philippine Daily Inquirer / 04:30 AM November 18, 2025"
        )
    if st.byline is not None:
        if k <= 8 and not st.body_lines and len(line.text) <= 60 and _SOURCE_LABEL_RE.match(line.text):
            return int(_source_line(line, st))  # "By A" / "Source: Reuters": the source under the byline
        role, _, place = line.text.rpartition(", ")
        if under_byline and st.filed_from is None and (not role or _role_line(role)) and _is_city(place):
            # "By A" / "Senior Correspondent, Warsaw", "By A" / "Senior Correspondent" / "Warsaw": where the
            # story was filed
            at = line.end - len(place)
            st.filed_from = Dateline(place, at, line.end, place=place)
            return 1
        if (
            under_byline
            and st.filed_from is None
            and len(line.text) <= 50
            and role.count(",") == 0
            and _is_city(role)
            and _state_word(place)
        ):
            # "By A" / "Nairobi, Kenya": the city the story was filed from, and its country
            st.filed_from = Dateline(line.text, line.start, line.end, place=role)
            return 1
        near = 0 < i - st.byline_line <= 2 and not st.body_lines  # (under the writer's title or outlet)
        rm = _REPORTING_FROM_RE.fullmatch(line.text, timeout=_T) if near and len(line.text) <= 60 else None
        country = rm.group("country") if rm is not None else None
        if country is not None and not (_state_word(country) or _town_shaped(country)):
            rm = None  # ("Reporting from Leeds, England"; not a place, then a word of another kind)
        if rm is not None and (
            _is_city(rm.group("place"))
            or (rm.group(0)[:1] in "RrFfWw" and _town_shaped(rm.group("place")))  # "Reporting from Leeds"
        ):
            if st.filed_from is None:  # "By A" / "Reporting from Kyiv", as broadcasters print it
                at = line.start + rm.start("place")
                st.filed_from = Dateline(text[at : line.end], at, line.end, place=rm.group("place"))
            return 1
        return _second_byline(text, lines, i, st, ref, settings)
    if len(line.text) > 160:
        return 0
    if k <= 8 and not st.body_lines and len(line.text) <= 60 and _source_line(line, st):
        return 1  # "Fuente: EFE": the source, no byline
    pm = _PLACE_THEN_AGENCY_RE.fullmatch(line.text, timeout=_T) if k <= 8 and len(line.text) <= 50 else None
    name = _credit_name(pm.group("agency")) if pm is not None and st.dateline is None else None
    if pm is not None and name is not None and dateline_city(pm.group("place")):
        # "Kyiv • UNN": the place and the agency over the lead
        st.dateline = Dateline(line.text, line.start, line.end, place=pm.group("place"), agency=name)
        at = line.start + pm.start("agency")
        st.source = st.source or Source(pm.group("agency"), at, line.end, name)
        return 1
    if k <= 8 and not st.body_lines and _sender_line(line, text, st):
        return 1  # "From: The Daily Ledger <news@ledger.example>": an e-mail's sender
    last = i == len(lines) - 1 and line.end >= len(text.rstrip())  # a sign-off ("Reuter") ends the story
    if (
        k <= 5
        and not st.body_lines
        and not last
        and len(line.text) <= 60
        and (_outlet_desk_line(line, st) or _desk_credit(line, st, near_title=k <= 2))
    ):
        st.byline_line, st.byline_desk = i, True
        return 1  # "Redacción / EFE", "dpa/AFP", "Agencies"
    pm = _PIPE_CREDIT_RE.match(line.text, timeout=_T) if "|" in line.text or "/" in line.text else None
    if pm is not None and _slash_in_outlet(line.text, pm.end("names"), pm.start("agency")):
        pm = None  # "By A, RFE/RL's Balkan Service": the slash is the outlet's own, no separator
    if pm is None and k <= 8 and not st.body_lines and len(line.text) <= 80 and " " in line.text:
        dm = _DASH_CREDIT_RE.match(line.text, timeout=_T) if _DASH_BLANKS.search(line.text) else None
        if dm is not None and all(len(p.split()) >= 2 for p, _ in _split_names(dm.group("names"))):
            pm = dm  # "Dian Pratiwi - detikNews" (each name of two words at least: "Kyiv - Reuters" is none)
    credit = _credit_name(pm.group("agency")) if pm is not None else None
    a_len = len(pm.group("agency")) if pm is not None else 0
    if pm is not None and credit is None and (head := _desk_head(pm.group("agency"))) is not None:
        credit, a_len = _credit_name(head), len(head)  # "A | Times of Israel staff": the outlet's staff
    # "By Ana Ruiz and Luis Gil | Reuters": the names start after the byline word
    lead = bw.end() if pm is not None and (bw := _byline_word(pm.group("names"))) is not None else 0
    names = pm.group("names")[lead:] if pm is not None else ""
    if pm is not None and credit and names and _STAFF_BYLINE_RE.fullmatch(names, timeout=_T) is not None:
        b_start, a_start = line.start + pm.start("names") + lead, line.start + pm.start("agency")
        st.byline = Span(
            text[b_start : line.start + pm.end("agency")], b_start, line.start + pm.end("agency")
        )
        st.source = st.source or Source(text[a_start : a_start + a_len], a_start, a_start + a_len, credit)
        st.byline_line, st.byline_desk = i, True
        _dates_in(line, st, ref, settings, labelled_only=False)
        return 1  # "Our Correspondent | Dawn": the paper's own reporter, nobody named
    if pm is not None and credit and names and _section_name(names):
        a_start = line.start + pm.start("agency")  # "World | AFP", "Ekonomi / AA": a section, then the agency
        st.source = st.source or Source(text[a_start : a_start + a_len], a_start, a_start + a_len, credit)
        _dates_in(line, st, ref, settings, labelled_only=False)
        return 1
    if pm is not None and credit and names and all(_name_tokens(p) for p, _ in _split_names(names)):
        _set_byline(line.start + pm.start("names") + lead, line.start + pm.end("names"), text, st)
        b_start, a_start, b_end = (
            line.start + pm.start("names") + lead,
            line.start + pm.start("agency"),
            line.start + pm.end("agency"),
        )
        st.byline = Span(text[b_start:b_end], b_start, b_end)
        st.source = st.source or Source(text[a_start : a_start + a_len], a_start, a_start + a_len, credit)
        _dates_in(line, st, ref, settings, labelled_only=False)
        return 1
    if (
        pm is not None
        and credit is None
        and pm.re is _DASH_CREDIT_RE
        and _writer_dash_city(line, pm, text, st)
    ):
        st.byline_line = i
        return 1
    if k <= 8 and not st.body_lines and _outlet_or_place_then_names(line, text, st):
        st.byline_line = i
        return 1
    cm = _OUR_CORRESPONDENT_RE.match(line.text, timeout=_T) if len(line.text) <= 120 else None
    if cm is not None and _SEPARATOR_AT.match(line.text, cm.end()):
        cm = None  # "By Our Correspondent | Published ...": a separator, then no name (the staff credit's)
    if cm is not None:  # "Von unserem Korrespondenten Jonas Weber, Moskau": the names after the credit
        scratch = _State()
        place = cm.group("place")
        if place is not None and st.filed_from is None and dateline_city(place):
            # "Dal nostro inviato a Ginevra Marco Neri", "De notre correspondant à Genève, Léa Roux": where
            # the correspondent files from
            at = line.start + cm.start("place")
            st.filed_from = Dateline(place, at, at + len(place), place=place)
        if cm.end() < len(line.text) and _set_byline(line.start + cm.end(), line.end, text, scratch):
            st.byline, st.authors, st.byline_line = scratch.byline, scratch.authors, i
            st.source = st.source or scratch.source
            st.filed_from = st.filed_from or scratch.filed_from  # ("Von unserem Korrespondenten A, Genf")
            return 1
        if cm.end() == len(line.text):  # "Par notre envoyé spécial à Kyiv": nobody named
            w = _BY_WORD_RE.match(line.text)  # (the byline without its "By", "Par", "Von")
            at = line.start + (w.end() if w is not None else 0)
            st.byline = Span(text[at : line.end], at, line.end)
            return 1
    sm = _STAFF_BYLINE_RE.match(line.text, timeout=_T) if len(line.text) <= 100 else None
    if sm is not None and sm.group("rest") is None and len(line.text) > 60:
        sm = None  # (a long line only with a date after a separator)
    if sm is not None:  # "Staff Reporter", "From our correspondent in Kyiv": a byline naming nobody
        st.byline = Span(sm.group("credit"), line.start + sm.start("credit"), line.start + sm.end("credit"))
        if sm.group("rest") is not None:  # "By Our Correspondent | Published November 29, 2026"
            _dates_in(line, st, ref, settings, labelled_only=False)
        own = line.text[sm.start("credit") : sm.start("where") if sm.group("where") else sm.end("credit")]
        if st.source is None and (paper := _outlet_before_role(own)) is not None:
            at = line.start + sm.start("credit") + own.index(paper)  # "Kathmandu Post Correspondent"
            st.source = Source(paper, at, at + len(paper), _credit_name(paper) or paper)
        if (
            st.source is None
            and sm.group("agency")
            and (named := _agency_name(sm.group("agency"))) is not None
        ):
            at = line.start + sm.start(
                "agency"
            )  # "Staff writer, with CNA": the agency the story was written with
            st.source = Source(sm.group("agency"), at, line.start + sm.end("agency"), named)
        return 1
    if k <= 8 and not st.body_lines and not line.text.isascii() and _caseless_byline(line, st):
        st.byline_line = i
        _dates_in(line, st, ref, settings, labelled_only=False)
        return 1  # "بقلم: أحمد الخطيب", "نویسنده: مریم احمدی", "作者：王海明", "김민준 기자"
    if k <= 8 and not st.body_lines and len(line.text) <= 100 and _writer_from(line, text, st):
        st.byline_line = i
        return 1  # "From Ana Ruiz in Nairobi", "Ana Ruiz reports from Nairobi"
    if k <= 8 and not st.body_lines and len(line.text) <= 80 and _desk_byline(line, st):
        st.byline_line, st.byline_desk = i, True
        return 1  # "By the Africa desk", "By BBC Verify team", "By AFP/Reuters": a desk or agencies, nobody
    om = _OUTLETS_WRITER_RE.fullmatch(line.text, timeout=_T) if "s " in line.text[:60] else None
    if om is not None and k <= 8 and not st.body_lines and (named := _credit_name(om.group("outlet"))):
        scratch = _State()  # "From CNN's Marta Olsen", "By the BBC's Ana Ruiz": the outlet's own writer
        if _set_byline(line.start + om.start("names"), line.end, text, scratch) and scratch.authors:
            assert scratch.byline is not None
            b_start = line.start + om.start("credit")  # (the byline as printed: "CNN's Marta Olsen")
            st.byline = Span(text[b_start : scratch.byline.end], b_start, scratch.byline.end)
            st.authors, st.byline_line = scratch.authors, i
            st.filed_from = st.filed_from or scratch.filed_from
            at = line.start + om.start("outlet")
            st.source = st.source or Source(om.group("outlet"), at, at + len(om.group("outlet")), named)
            return 1
    rc = _ROLE_CREDITS_RE.fullmatch(line.text, timeout=_T) if k <= 8 and not st.body_lines else None
    if rc is not None and len(line.text) <= 160:
        scratch = _State()  # "Anna Becker (Text) und Jonas Weber (Fotos)": the writer the author, not the
        at = line.start + rc.start("names")  # photographer
        if _set_byline(at, line.start + rc.end("names"), text, scratch) and scratch.authors:
            st.byline = Span(text[at : line.end], at, line.end)
            st.authors, st.byline_line = scratch.authors, i
            st.source = st.source or scratch.source
            return 1
    bm = _byline_word(line.text)
    if bm is not None and _closing_credit(line.text, st, last=last):
        return 0  # "Reporting by A; Editing by B" under the story: its credit, read at the end
    if bm is not None:
        rest_start = line.start + bm.end()
        if rest_start >= line.end:  # "By" alone: the name is on the next line(s)
            if i + 1 >= len(lines):
                return 0
            nxt = lines[i + 1]
            lm = _AUTHOR_LINK_RE.match(nxt.text, timeout=_T)  # "Social Links for Ann Lee": a link's label
            if not _set_byline(nxt.start + (lm.end() if lm else 0), nxt.end, text, st):
                return 0
            st.byline_line = i + 1
            used = 2
            if i + 2 < len(lines) and lines[i + 2].text in {"-", "–", "—", "|", "•"}:
                used = 3
            return used
        if _set_byline(rest_start, line.end, text, st):
            st.byline_line = i
            _dates_in(line, st, ref, settings, labelled_only=False)
            return 1
        return 0
    # (a paragraph over the name may be a standfirst left unread, when it is no longer than one)
    lead = len(st.body_lines) == 1 and any(
        ln.start == st.body_lines[0] and len(ln.text) <= _UNREAD_STANDFIRST_CHARS for ln in lines[:i]
    )
    bare = (
        k <= 8
        and (lead or not st.body_lines)
        and _bare_name_line(line.text)
        and (_near_date(lines, i) or _writers_in_cities(line.text))
    )
    if bare and _set_byline(line.start, line.end, text, st, bare=True):
        st.byline_line, st.byline_bare = i, True
        _dates_in(line, st, ref, settings, labelled_only=False)
        return 1
    if st.byline is None and st.source is None and k <= 8 and not st.body_lines and _lone_outlet(lines, i):
        named = _credit_name(line.text) or line.text  # "ERR News" / "29.11.2026 14:05": the outlet, no writer
        st.source = Source(line.text, line.start, line.end, named)
        return 1
    dl = _DATE_THEN_NAME_RE.match(line.text, timeout=_T) if k <= 8 and not st.body_lines else None
    if dl is not None and match_date(line.text, 0, dl.end("sep"), timeout=_T) is not None:
        rest = line.text[dl.end() :]  # "May 30, 2023 / Amy Gallo", "22.12.2019 | 13:10 Uhr | Uta Helm"
        if _bare_name_line(rest) and _set_byline(line.start + dl.end(), line.end, text, st, bare=True):
            st.byline_line, st.byline_bare = i, True
            _dates_in(line, st, ref, settings, labelled_only=False)
            return 1
    lead = _dates_lead(line.text) if k <= 8 and not st.body_lines and len(line.text) <= 120 else 0
    if lead:  # "September 17, 2019 Ann Lee 0", "6 March 20256 March 2025 Ann Lee Harbours, News": a blog's
        rest = line.text[lead:]  # date (twice when the page prints its two dates), author, comments, tags
        name = _COUNT_OR_TAGS_RE.sub("", rest, count=1, timeout=_T)
        a = line.start + lead
        # with nothing after it, the words must open with a given name: a date and a section ("Kultur") are
        # no byline
        known = name != rest or name.split()[0].casefold() in _given_names()
        if known and _bare_name_line(name) and _set_byline(a, a + len(name), text, st, bare=True):
            st.byline_line, st.byline_bare = i, True
            _dates_in(line, st, ref, settings, labelled_only=False)
            return 1
    glued = _glued_agency(line.text) if k <= 2 and not st.body_lines and len(line.text) <= 80 else None
    if glued is not None and 2 <= len(glued[0].split()) <= 3 and _bare_name(glued[0]):
        # "Owen Pratt Lakeside Evening Courier", "Jan Gerber News24", "Jane Doe Reuters": a name, then the
        # paper or the agency without a separator
        name, paper = glued
        cut = len(line.text) - len(paper)
        st.byline = Span(line.text, line.start, line.end)
        st.authors = (Author(name, line.start, line.start + len(name), _person_name(name)),)
        st.source = st.source or Source(paper, line.start + cut, line.end, _agency_name(paper) or paper)
        st.byline_line, st.byline_bare = i, True
        return 1
    return 0


# A credit line naming each contributor's part in brackets, as magazines and photo essays print it: the
# writers ("(Text)", "(Texte)", "(Texto)", "(Words)"), then the photographers, illustrators or video makers
# ("und Jonas Weber (Fotos)", "and Ann Lee (Photos)"), maybe after "Von", "By": the writers alone are the
# authors, those of the pictures no writers.
_ROLE_CREDITS_RE = regex.compile(
    r"""(?:(?i:by|von|par|por|di|door|av)\s++)?+
        (?P<names>\p{Lu}[^()\n]{2,80}?)\s?+\((?i:text|texte|texto|testo|tekst|words|story|reportage)\)
        (?:\s*+(?:,|;|und|and|&|et|y|e|i|en|og|och|\|)\s*+\p{Lu}[^()\n]{2,60}?\s?+
            \((?i:photos?|fotos?|photographs|pictures|bilder|images|video|grafik|graphics
                |illustrations?|illustrationen|infografik)\))++\s*+""",
    regex.VERBOSE,
)
# A byline in a script without capitals, where no name has a capital's shape: the label, then the names,
# maybe with a date after a separator: Arabic "بقلم" ("by the pen of", with or without a colon), "كتب"/"كتبت"
# ("wrote", only before a colon or a dash: the verb opens sentences too) and "إعداد" ("prepared by"); Persian
# "نویسنده" ("writer") and "به قلم"; Hebrew "מאת" ("by", with or without a colon) and "כתב"/"כתבה"/"כתבת"
# ("correspondent", only before a colon or a dash); Chinese and Japanese "作者", "记者"/"記者", "撰文", "文"
# and "筆者" before a colon or a slash, or "记者"/"記者" and one name after a blank, maybe with the paper's
# word before it ("本报记者 王海明": "this paper's reporter"). Korean prints the name before "기자"
# ("reporter"): "김민준 기자 kim@example.kr".
_CASELESS_BYLINE_RE = regex.compile(
    r"""
    (?:
        (?:بقلم|به\sقلم|نویسنده|نویسندگان|מאת)\s*+[:：\-–]?+
    |   (?:كتب|كتبت|إعداد|اعداد|כתב|כתבה|כתבת)\s*+[:：\-–]
    |   (?:作者|记者|記者|撰文|文|筆者)\s*+[:：/／|｜]
    )\s*+
    (?P<names>[\p{Arabic}\p{Hebrew}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{M}・·'׳]++
        (?:(?:\s|\s*+[،,、，]\s*+|\s++و\s*+)[\p{Arabic}\p{Hebrew}\p{Han}\p{Hangul}\p{Katakana}\p{M}・·'׳]++){0,7}+)
    \s*+(?:$|[|｜/／•·\-–—]|(?=\d))
    |   (?P<names>\p{Hangul}{2,4}+(?:[,，·]\s?+\p{Hangul}{2,4}+)*+)\s?+(?:기자|특파원)
        (?:\s++[\w.\-]++@[\w.\-]++)?+\s*+$
    |   (?P<names>(?![^\n]*?(?:社|報|报|紙|誌|新聞|新闻|通信|放送|局|部|台|班)\s?+記者)
            (?&han){1,3}\s?+(?:(?&han){1,3}|[\p{Hiragana}\p{Katakana}]{2,4}))
        \s?+記者\s*+$
        # (a Japanese paper's name before "記者" alone on its line: "山田太郎記者", "山田さくら記者", the
        # given name in kanji or of two kana at least; not the paper's or the agency's word: "共同通信記者")
    |   (?:\p{Han}{1,5}?)??(?:记者|記者)\s++(?P<names>\p{Han}{2,4}+)\s*+(?:$|[|｜/／•·\-–—]|(?=\d))
        # ("本报记者 王海明", "记者 王海明": the word and one name after a blank, as Chinese papers print it)
    (?(DEFINE)(?P<han>(?!記者)\p{Han}))   # a character of a Japanese name (the family name's, or the given)
    """,
    regex.VERBOSE,
)
# Between the names of a byline: "أحمد الخطيب، سارة علي", "王海明、李娜"; Hebrew's "and" is a letter glued to
# the next name ("יעל כהן ודני לוי"), read so only between names of two words (a surname may open with it:
# "יעל ורדי").
_CASELESS_NAME_SEP_RE = regex.compile(
    r"\s*+[،,、，]\s*+|\s++و\s*+|(?<=\p{Hebrew}{2,}+\s\p{Hebrew}{2,}+)\s++ו(?=\p{Hebrew}{2,}+\s\p{Hebrew})"
)
_CASELESS_NAME_WORDS = 4  # words at most of one name in Arabic or Persian letters
_LONG_HAN_RE = regex.compile(r"\p{Han}{5,}+")  # longer than a Chinese name (two to four characters)


def _caseless_byline(line: _Line, st: _State) -> bool:
    """Record a byline in Arabic, Persian, Chinese, Japanese or Korean script (see
    :data:`_CASELESS_BYLINE_RE`) and its names as the authors; False if ``line`` is none."""
    m = _CASELESS_BYLINE_RE.match(line.text, timeout=_T)
    if m is None and line.text[:1].isdigit():  # "2026年11月30日 作者：王海明": the date, then the byline
        m = _CASELESS_BYLINE_RE.match(line.text, _dates_lead(line.text) or len(line.text), timeout=_T)
    if m is None:
        return False
    names, at = m.group("names"), line.start + m.start("names")
    authors: list[Author] = []
    pos = 0
    for sep in [*_CASELESS_NAME_SEP_RE.finditer(names), None]:
        end = len(names) if sep is None else sep.start()
        name = names[pos:end]
        if not name or len(name.split()) > _CASELESS_NAME_WORDS or _LONG_HAN_RE.fullmatch(name):
            return False  # (a sentence after the label, not names: "记者：谢谢您接受采访")
        authors.append(Author(name, at + pos, at + end, name))
        pos = 0 if sep is None else sep.end()
    st.byline = Span(names, at, at + len(names))
    st.authors = tuple(authors)
    return True


# What follows a blog's author on its date line: a count of comments, or a list of two tags or more.
_COUNT_OR_TAGS_RE = regex.compile(r"\s++(?:\d{1,5}+|\p{Lu}[\p{L}&\-]*+(?:,\s\p{Lu}[\p{L}&\-]*+)++)$")


def _dates_lead(t: str) -> int:
    """Where the run of dates that opens ``t`` ends, after the space behind it: 0 unless a date with its year
    opens the line and a word follows the run. Dates in the run are apart by spaces, or glued to the last
    digit of the year before ("6 March 20256 March 2025")."""
    end = 0
    for m in find_dates(t, timeout=_T):
        gap = t[end : m.start()].strip()
        if (end == 0 and m.start() != 0) or (end and gap and not (gap.isdigit() and len(gap) <= 2)):
            break
        end = m.end()
    if end == 0 or _YEAR_RE.search(t, 0, end) is None:
        return 0
    rest = len(t) - len(t[end:].lstrip())
    return rest if rest > end and rest < len(t) else 0


# A line that adds names to the byline above it: "and Omar Said", "& Lea Roth", "und Lea Roth".
_JOINED_NAMES_RE = regex.compile(r"(?:(?i:and)|&|und|et|y|e|ve|i|и|och|og|és)\s++(?=\p{Lu})")
_CLOSING_CREDIT_RE = regex.compile(r"\(?\s*+(?:additional\s+)?(?:reporting|writing)\s+by\b", regex.IGNORECASE)
_EDITING_BY_RE = regex.compile(r"\bEditing\s+by\b", regex.IGNORECASE)


def _closing_credit(t: str, st: _State, *, last: bool) -> bool:
    """Whether the line ``t`` is a wire story's closing credit ("Reporting by A in Kyiv; Editing by B"),
    not its byline: it opens with "Reporting by" or "Writing by" and names an editor, or stands under a
    paragraph of the body or at the very end of a short story."""
    if _CLOSING_CREDIT_RE.match(t) is None:
        return False
    return bool(st.body_lines) or last or _EDITING_BY_RE.search(t) is not None


def _credit_then_date(line: _Line, st: _State) -> bool:
    """Record the outlet or agency credited before the date on ``line`` ("Kompas.com - 05/11/2025, 10:22",
    "Philippine Daily Inquirer / 04:30 AM November 18, 2025") as the source; False if the line is none."""
    cm = _CREDIT_THEN_DATE_RE.match(line.text, timeout=_T) if len(line.text) <= 120 else None
    if cm is None:
        return False
    desk = None  # "TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 4, 2025": a desk, then the outlet
    if _desk_head(cm.group("credit")) is not None or cm.group("credit").casefold() in _DESK_SET:
        nm = _CREDIT_THEN_DATE_RE.match(line.text, cm.end(), timeout=_T)
        if nm is not None:
            desk, cm = cm, nm
    at = cm.end()
    if (lm := _PUBLISHED_RE.match(line.text, at) or _UPDATED_RE.match(line.text, at)) is not None:
        at = _skip_spaces(line.text, lm.end())  # (the date's label: "... / Updated: Mar 4, 2025")
    if (tm := _CLOCK_BEFORE_RE.match(line.text, at, timeout=_T)) is not None:
        at = tm.end()  # (a time printed before the date)
    dated = match_date(line.text, at, timeout=_T) is not None or (
        RELATIVE_RE.match(line.text, at, timeout=_T) is not None  # "BBC News · 3 hours ago"
    )
    if not dated:
        return False
    credit, start = cm.group("credit"), line.start + cm.start("credit")
    if (name := _credit_name(credit)) is None:
        head = _agency_head(credit)  # "Anadolu staff | 29.11.2026": the staff's agency, the source
        if head is None or credit[len(head) :].strip().casefold() not in _DESK_SET:
            head = _outlet_staff_head(credit)
        if head is None or head.casefold() in _OUTLET_SET or desk is not None:
            return False
        st.source = st.source or Source(head, start, start + len(head), _credit_name(head) or head)
        if st.byline is None:  # (the staff credit names nobody)
            st.byline, st.byline_desk = Span(credit, start, start + len(credit)), True
        return True
    st.source = st.source or Source(credit, start, start + len(credit), name)
    if desk is not None and st.byline is None:
        d_start = line.start + desk.start("credit")
        st.byline = Span(desk.group("credit"), d_start, d_start + len(desk.group("credit")))
        st.byline_desk = True
    return True


def _writer_dash_city(line: _Line, m: regex.Match[str], text: str, st: _State) -> bool:
    """A writer's line of names, a dash and a known city ("Lisa Moretti - Vatican City", "Ana Gil – Lisbon",
    as Vatican News and Southern European outlets print it), matched by :data:`_DASH_CREDIT_RE`: the names
    are the authors and the city where the story was filed, set in ``st``; each name must open with a known
    given name ("Middle East - Rome" is a section's line). False if not one."""
    place = m.group("agency").strip()
    names = _split_names(m.group("names"))
    if not dateline_city(place) or not all(
        p.split()[0].casefold() in _given_names() and _bare_name(p.strip()) for p, _ in names
    ):
        return False
    if (
        not _set_byline(line.start + m.start("names"), line.start + m.end("names"), text, st)
        or not st.authors
    ):
        return False
    if st.filed_from is None:
        at = line.start + m.start("agency")
        st.filed_from = Dateline(place, at, at + len(place), place=place)
    return True


def _skip_spaces(t: str, at: int) -> int:
    """The first index from ``at`` where ``t`` holds no blank."""
    while at < len(t) and t[at].isspace():
        at += 1
    return at


def _outlet_or_place_then_names(line: _Line, text: str, st: _State) -> bool:
    """Record a byline printed after its outlet ("Dawn.com | Tahir Khan") or its place ("Cairo: Sawsan
    Haddad", the place then being the dateline's); False if ``line`` is none."""
    t = line.text
    om = _OUTLET_THEN_NAMES_RE.match(t, timeout=_T) if "|" in t else None
    pm = _PLACE_THEN_NAMES_RE.match(t, timeout=_T) if om is None and ":" in t[:30] else None
    m = om or pm
    if m is None or not _bare_name_line(m.group("names")):
        return False
    head = m.group(1)
    if om is not None:
        name = _agency_name(head) or (head if _is_outlet(head) or _DOMAIN_RE.fullmatch(head) else None)
        if name is None:
            return False
    elif not _is_city(head):
        return False
    scratch = _State()
    if not _set_byline(line.start + m.start("names"), line.start + m.end("names"), text, scratch, bare=True):
        return False
    st.byline, st.authors = scratch.byline, scratch.authors
    at = line.start + m.start(1)
    if om is not None:
        st.source = st.source or Source(head, at, at + len(head), name or head)
    elif st.dateline is None:
        st.dateline = Dateline(t[: m.end(1) + 1], at, line.start + m.end(1) + 1, place=head)
    return True


# An outlet's or agency's name, then a comma or a bar and a place, alone on their line: "PTI | New Delhi".
_OUTLET_THEN_PLACE_RE = regex.compile(
    r"(?P<outlet>[^,|•·\n]{2,40}?)(?:\s*+,|\s[|•·])\s*+(?P<place>[^,|•·\n]{2,30}+)"
)


# A listed outlet's or agency's name and a city of one word, or of two, after it with only a blank between
# ("N1 Belgrade", "Reuters Banja Luka"); the outlet is checked against the lists.
_OUTLET_BLANK_PLACE_RES = (
    regex.compile(r"(?P<outlet>\S.{0,39}?)\s++(?P<place>\p{Lu}[\p{L}\-]++)"),
    regex.compile(r"(?P<outlet>\S.{0,39}?)\s++(?P<place>\p{Lu}[\p{L}\-]++\s\p{Lu}[\p{L}\-]++)"),
)


def _listed_outlet_then_city(t: str) -> regex.Match[str] | None:
    """The match of a listed outlet's name, a blank and a known city filling ``t`` ("N1 Belgrade"), or None;
    an outlet of no list ("Daily Planet Metropolis") is none."""
    for pattern in _OUTLET_BLANK_PLACE_RES:
        m = pattern.fullmatch(t, timeout=_T)
        if m is None:
            continue
        outlet = m.group("outlet")
        if (outlet.casefold() in _OUTLET_NAMES or _agency_name(outlet) is not None) and _is_city(m["place"]):
            return m
    return None


def _lone_outlet(lines: list[_Line], i: int) -> bool:
    """Whether ``lines[i]`` is an outlet's name alone over the date line, no writer named ("ERR News" over
    "29.11.2026 14:05", "Focus Taiwan" over "11/29/2026 02:05 PM"): a listed outlet or agency, or capitalised
    words ending with a newspaper's word that open with no given name ("Anna Star" is a writer) and are no
    section's name ("World News")."""
    t = lines[i].text
    if len(t) > _OUTLET_LINE_CHARS or i + 1 >= len(lines) or len(lines[i + 1].text) > _DATE_LINE_CHARS:
        return False
    if _credit_name(t) is None:
        return False
    words = t.split()
    listed = _agency_name(t) is not None or t.casefold() in _OUTLET_NAMES
    if not listed and (
        words[0].casefold() in _given_names() or all(w.casefold() in _SECTION_WORDS for w in words[:-1])
    ):
        return False
    return search_date(lines[i + 1].text, timeout=_T) is not None


_DATE_LINE_CHARS = 60  # characters at most of the date line under an outlet's name alone


def _outlet_then_city(line: _Line, st: _State) -> bool:
    """Record an outlet's or agency's credit with the known city the story was filed from, on a line with
    no writer under the headline ("Reuters, London", "Express News Service | New Delhi"); False if ``line``
    is none."""
    if len(line.text) > _OUTLET_LINE_CHARS + 30:
        return False
    m = _OUTLET_THEN_PLACE_RE.fullmatch(line.text, timeout=_T)
    if m is None and " " in line.text:
        m = _listed_outlet_then_city(line.text)  # "N1 Belgrade": a listed outlet, a blank, the city
    if m is None or not _is_city(m.group("place")) or (named := _credit_name(m.group("outlet"))) is None:
        return False
    at, p_at = line.start + m.start("outlet"), line.start + m.start("place")
    st.source = Source(m.group("outlet"), at, at + len(m.group("outlet")), named)
    st.filed_from = st.filed_from or Dateline(m["place"], p_at, p_at + len(m["place"]), place=m["place"])
    return True


def _name_then_newspaper(line: str) -> int | None:
    """Where a newspaper's name starts on a line that is a person's name and then that name, with no
    separator ("Owen Pratt Lakeside Evening Courier"), or None. The name is two words, or three with an
    initial ("Ana M. Ruiz"); the paper is two capitalised words or more ending in a newspaper word ("Post",
    "Times")."""
    toks = line.split()
    if not 3 <= len(toks) <= 8 or not all(t[0].isupper() for t in toks):
        return None
    last = toks[-1].split("-")
    if not any(p.casefold() in _NEWSPAPER_SET for p in last):
        return None
    k = 3 if regex.fullmatch(r"\p{Lu}\.", toks[1]) else 2
    if len(toks) <= k + 1 or not _bare_name(" ".join(toks[:k])):
        return None  # (a newspaper's word alone names no paper: "North Shore News" is one outlet's name)
    if any(t.casefold() in _NEWSPAPER_SET or t.casefold() in _OUTLET_SET for t in toks[:k]):
        return None
    return line.index(toks[k], len(" ".join(toks[:k])))


# A byline word and an outlet's possessive before the writers' names: "From CNN's Marta Olsen", "By the
# BBC's Ana Ruiz and Leo Brandt" (the outlet is checked against the lists).
_OUTLETS_WRITER_RE = regex.compile(
    r"""(?i:from|by)\s++(?P<credit>(?:the\s++)?+
        (?P<outlet>\p{Lu}[\p{L}\d&.\-]*+(?:\s\p{Lu}[\p{L}\d&.\-]*+){0,3}?)['’]s\s++
        (?P<names>\p{Lu}[^\n]{2,80}+))""",
    regex.VERBOSE,
)


def _role_line(t: str) -> bool:
    """A writer's title alone on its line: "Senior Reporter", "Transport Correspondent"."""
    toks = t.split()
    return len(t) <= 40 and 1 <= len(toks) <= 4 and toks[-1].casefold() in _ROLE_SET


def _second_byline(
    text: str,
    lines: list[_Line],
    i: int,
    st: _State,
    ref: _dt.datetime | None,
    settings: DateSettings,
) -> int:
    """A "By" line after the byline found: it replaces a bare name line or a credit of desks and agencies
    just above it (a column's name read as a person's, "Associated Press" over the date), and adds its
    names to a "By" line right above it (one line per author); 1 if so."""
    line = lines[i]
    gap = i - st.byline_line - (0 if st.body_lines else _page_lines_between(lines, st.byline_line, i))
    if st.byline_line < 0 or not 0 < gap <= 2 or len(line.text) > 160:
        return 0
    dated = i + 1 < len(lines) and _only_a_date(lines[i + 1].text)
    if (
        st.byline_desk
        and not st.authors
        and i == st.byline_line + 1
        and _writer_under_outlet(line.text, dated=dated)
    ):
        scratch = _State()  # "Reuters" / "Daniel Koval": the outlet's credit, then its writer's name
        if _set_byline(line.start, line.end, text, scratch, bare=True) and scratch.authors:
            st.byline, st.authors, st.byline_desk = scratch.byline, scratch.authors, False
            st.source = st.source or scratch.source
            st.byline_line = i
            _dates_in(line, st, ref, settings, labelled_only=False)
            return 1
    if i == st.byline_line + 1 and st.byline is not None and st.authors:
        used = _wrapped_names(text, lines, i, st)
        if used:
            return used
    jm = _JOINED_NAMES_RE.match(line.text, timeout=_T)
    if jm is not None and i == st.byline_line + 1 and st.byline is not None and st.authors:
        scratch = _State()  # "By Ann Lee" / "and Omar Said": the byline goes on on the next line
        if not _set_byline(line.start + jm.end(), line.end, text, scratch, bare=True) or not scratch.authors:
            return 0
        known = {a.name for a in st.authors}
        st.authors += tuple(a for a in scratch.authors if a.name not in known)
        assert scratch.byline is not None
        st.byline = Span(text[st.byline.start : scratch.byline.end], st.byline.start, scratch.byline.end)
        st.source = st.source or scratch.source
        st.byline_line = i
        return 1
    bm = _byline_word(line.text)
    if bm is None or line.start + bm.end() >= line.end:
        return 0
    if not (st.byline_bare or st.byline_desk) and gap != 1:
        return 0
    scratch = _State()
    if not _set_byline(line.start + bm.end(), line.end, text, scratch) or not scratch.authors:
        return 0
    if st.byline_bare or st.byline_desk:  # ("Associated Press" over the date, then "By Ann Lee")
        st.byline, st.authors, st.byline_bare, st.byline_desk = scratch.byline, scratch.authors, False, False
    else:
        known = {a.name for a in st.authors}
        st.authors += tuple(a for a in scratch.authors if a.name not in known)
    st.source = st.source or scratch.source
    st.byline_line = i
    _dates_in(line, st, ref, settings, labelled_only=False)
    return 1


# The joining word or comma that closes a byline's line when its names go on on the next: "By Ann Lee and",
# "Von Anna Becker und", "By Ann Lee,"; or the joining word alone on its line ("By" / "Ann Lee" / "and" /
# "Omar Said", as a page's dump prints each of its links on a line).
# The label over the writers' names when each stands on its own line: "Authors" / "Ann Lee" / "Omar Said".
_WRITERS_LABELS = frozenset(
    {
        "authors",
        "autoren",
        "auteurs",
        "autores",
        "autori",
        "yazarlar",
        "авторы",
        "автори",
        "autorzy",
        "writers",
    }
)
_JOINER_AT_END_RE = regex.compile(r"(?:,|(?<=\s|^)(?:(?i:and)|&|und|et|y|e|ve|i|и|och|og|és))$")


def _wrapped_names(text: str, lines: list[_Line], i: int, st: _State) -> int:
    """Add the names on ``lines[i]`` to the byline on the line above when that line closes with a joining
    word or a comma ("By Ann Lee and" / "Omar Said"), when ``lines[i]`` is the joining word alone and the
    names stand on the next line ("Ann Lee" / "and" / "Omar Said"), or when a label of writers stands alone
    over the byline ("Authors" / "Ann Lee" / "Omar Said"); how many lines were used (0 if none)."""
    assert st.byline is not None
    above = text[lines[st.byline_line].start : lines[st.byline_line].end]
    first = next((j for j in range(st.byline_line, -1, -1) if lines[j].start <= st.byline.start), 0)
    listed = first > 0 and lines[first - 1].text.rstrip(" :").casefold() in _WRITERS_LABELS
    k = i
    if _JOINER_AT_END_RE.fullmatch(lines[i].text, timeout=_T) is not None and lines[i].text != ",":
        k = i + 1  # "and" alone on its line: the names on the next
    elif not listed and _JOINER_AT_END_RE.search(above, timeout=_T) is None:
        return (
            0  # (under "Authors" alone on its line, a name on each line: "Authors" / "Ann Lee" / "Omar Said")
        )
    if k >= len(lines) or not _bare_name_line(lines[k].text):
        return 0
    scratch = _State()
    if not _set_byline(lines[k].start, lines[k].end, text, scratch, bare=True) or not scratch.authors:
        return 0
    assert scratch.byline is not None
    known = {a.name for a in st.authors}
    st.authors += tuple(a for a in scratch.authors if a.name not in known)
    st.byline = Span(text[st.byline.start : scratch.byline.end], st.byline.start, scratch.byline.end)
    st.source = st.source or scratch.source
    st.byline_line = k
    return k - i + 1


def _page_lines_between(lines: list[_Line], a: int, b: int) -> int:
    """How many lines between ``lines[a]`` and ``lines[b]`` are the page's, no credit: a date alone, a
    reading time or a button ("Kyiv Independent" / "December 1, 2026" / "2 min read" / "Written by A")."""
    if a < 0:
        return 0
    return sum(
        1
        for ln in lines[a + 1 : b]
        if _only_a_date(ln.text)
        or _button_line(ln.text)
        or (len(ln.text) <= 30 and _READING_TIME_RE.search(ln.text, timeout=_T) is not None)
    )


def _writer_under_outlet(t: str, *, dated: bool) -> bool:
    """Whether the line ``t`` under an outlet's credit is its writer's bare name, opening with a known given
    name ("Daniel Koval", "Daniel Koval and Anna Berg"), or, right over a line of only a date (``dated``),
    names of two or three words none of which a section, a desk or a role uses and no place the gazetteer
    knows ("Pongsak Chaiyo"), the date also on the same line after them ("Grant Holloway December 1, 2026"):
    a section's name ("Middle East", "Climate News") is none."""
    cut = _cut_byline(t)
    parts = [p.strip() for p, _ in _split_names(t[:cut])]
    if not (parts and _bare_name_line(t) and all(_bare_name(p) and _credit_name(p) is None for p in parts)):
        return False
    dated = dated or (cut < len(t) and _only_a_date(t[cut:].strip()))
    if parts[0].split()[0].casefold() in _given_names():
        return True
    return dated and all(
        2 <= len(p.split()) <= 3
        and not _a_region(p)
        and not any(_section_like(w) or _a_region(w) for w in p.split())  # ("Bangkok Traffic", "Asean Focus")
        for p in parts
    )


def _section_name(part: str) -> bool:
    """Whether ``part``, the words before an agency's credit, is a section's name and no writer's: one or
    two words of sections ("World", "Middle East", "Ekonomi", "Wirtschaft") or a region the gazetteer
    knows ("Europe", "South Asia"); a name of which one word is a section's stays a name ("Jane East")."""
    words = part.split()
    if not 1 <= len(words) <= 2 or not part[:1].isupper():
        return False
    low = part.casefold()
    if low in SECTION_NAMES or all(w.casefold() in _SECTION_WORDS for w in words):
        return True
    return len(words) <= 2 and words[0].casefold() not in _given_names() and _a_region(part)


def _section_like(word: str) -> bool:
    """Whether ``word`` is one a section's, a desk's or a page's label uses ("East", "News", "Editor")."""
    w = word.casefold()
    return any(w in s for s in (_SECTION_WORDS, _ROLE_SET, _OUTLET_SET, _DESK_SET, _NEWSPAPER_SET)) or any(
        w in s for s in (_NAVIGATION_SET, _UI_WORDS, _WEEKDAY_SET, _INSTITUTION_SET)
    )


# An editor's initials in lower case closing a credit of agencies, as German pages print it ("dpa/AFP/hei").
_EDITOR_INITIALS_RE = regex.compile(r"\p{Ll}{2,4}+")


def _edition_only(rest: str) -> bool:
    """Whether ``rest``, what follows an agency's name and a dash, is only the language of its service or
    edition ("English", "French edition"), no story's lead."""
    words = rest.split()
    return (
        1 <= len(words) <= 2
        and words[0].casefold() in _SERVICE_WORDS
        and (len(words) == 1 or words[1].casefold() == "edition")
    )


def _desk_credit(line: _Line, st: _State, *, near_title: bool) -> bool:
    """Record a line that credits only desks and agencies ("Redacción / EFE", "dpa/AFP") as the byline,
    with the first agency as the source; False if any part of it is something else."""
    whole = line.text.rstrip(" .")
    if near_title and whole.casefold() in _OUTLET_NAMES:  # a name that holds a joining word is one name
        st.byline = Span(line.text, line.start, line.end)  # ("Mail & Guardian", "Meetings Coverage and ...")
        st.source = st.source or Source(whole, line.start, line.start + len(whole), whole)
        return True
    em = _EDITION_RE.fullmatch(whole, timeout=_T) if near_title and whole[-1:] in ")hH" else None
    if em is not None and (named := _credit_name(em.group("outlet"))) is not None:
        # "The Guardian (London)", "Agence France Presse -- English": a news database's publication line,
        # the outlet and its city or edition
        st.byline = Span(line.text, line.start, line.end)
        st.source = st.source or Source(em.group("outlet"), line.start, line.start + len(em["outlet"]), named)
        return True
    source: Source | None = None
    desk = False
    agency_alone = False  # (the source so far is an agency named bare: "BNS" in "BNS/TBT Staff")
    pos = 0
    for sep in [*_DESK_SEP_RE.finditer(line.text, timeout=_T), None]:
        end = len(line.text) if sep is None else sep.start()
        part, at = line.text[pos:end].rstrip(" ."), line.start + pos
        pos = end if sep is None else sep.end()
        if not part:
            continue
        if part.casefold() in _DESK_SET:
            desk = True
        elif (head := _agency_head(part)) is not None and part[len(head) :].strip().casefold() in _DESK_SET:
            desk = True  # "Reuters Staff", "AFP Newsroom": the agency's desk
            source = source or Source(head, at, at + len(head), _agency_name(head) or head)
        elif (head := _outlet_staff_head(part)) is not None:
            desk = True  # "Bangkok Post reporters", "JERUSALEM POST STAFF", "TOI STAFF": the outlet's staff
            if source is None or agency_alone:  # "BNS/TBT Staff": the staff's paper wrote it, from the wire
                source, agency_alone = Source(head, at, at + len(head), _credit_name(head) or head), False
        elif (tail := _agency_after_desk(part)) is not None:
            desk = True  # "Redazione ANSA", "Redacción EFE": the agency's desk, the desk's word first
            a_at = at + len(part) - len(tail)
            source = source or Source(tail, a_at, a_at + len(tail), _credit_name(tail) or tail)
        elif _section_desk(part):
            desk = True  # "Redacción Internacional", "Redazione Esteri": a newsroom's section, no outlet
        elif (name := _agency_name(part)) is not None or (near_title and part.casefold() in _OUTLET_NAMES):
            agency_alone = agency_alone or (source is None and name is not None)
            source = source or Source(part, at, at + len(part), name or part)  # ("Arab News" over the date)
        elif source is not None and sep is None and _EDITOR_INITIALS_RE.fullmatch(part) is not None:
            pass  # "AFP/dpa/hei": the initials of the editor who put the wires together, last
        else:
            return False
    if source is None and not desk:
        return False
    if not desk and source is not None and source.text == line.text and not near_title:
        return False  # a lone agency's name far from the title may be a word: "Mehr" ("more") under "Teilen"
    st.byline = Span(line.text, line.start, line.end)
    st.source = st.source or source
    return True


# "By" and a desk, a team or a bureau credited where a writer stands, maybe the outlet's name among the words
# before its noun: "By the Africa desk", "By BBC Verify team", "By the Telegraph's foreign staff", "By the
# RFE/RL Russian Service", "By Dawn Report", "By the editorial board" (the nouns written by us).
_DESK_BYLINE_RE = regex.compile(
    r"""(?i:by)\s++(?P<credit>(?:(?i:the|our|an?)\s++)?
        (?:(?P<words>[^\s,;|•·()]++(?:\s[^\s,;|•·()]++){0,4}?)\s++)?   # (a line of 80 characters at most)
        (?P<noun>(?i:desk|news\sdesk|bureau|team|staff|service|report|newsroom|editorial\sboard)))\.?+""",
    regex.VERBOSE,
)
# Words in lower case that may describe a desk before its noun ("foreign staff", "the Kyiv Independent news
# desk").
_DESK_ADJECTIVES = frozenset(
    {*_SECTION_WORDS, "foreign", "political", "diplomatic", "metro", "city", "web", "online", "digital"}
    | {"investigations", "data", "visual", "graphics", "verification", "fact-check", "editorial", "regional"}
)


def _desk_byline(line: _Line, st: _State) -> bool:
    """Record a "By" line that credits a desk, a team, a bureau or a service, or agencies alone, never a
    person ("By the Africa desk", "By BBC Verify team", "By AFP/Reuters"): the words after "By" are the
    byline, the outlet or agency among them the source ("By the Telegraph's foreign staff": the Telegraph).
    False if the line credits anyone else: "By Ann Lee", or words before the desk's noun that are neither an
    outlet, a place nor a desk's words ("By Tendai Moyo Bulawayo Bureau": a writer, then the title)."""
    t = line.text.rstrip(" .")
    if t[:3].casefold() != "by " or len(t) < 5:
        return False
    m = _DESK_BYLINE_RE.fullmatch(t, timeout=_T)
    if m is None:
        rest = _Line(line.start + 3, line.start + len(t), t[3:])
        scratch = _State()
        if (
            "/" not in rest.text
            or not _desk_credit(rest, scratch, near_title=False)
            or scratch.source is None
        ):
            return False
        st.byline = Span(rest.text, rest.start, rest.end)  # "By AFP/Reuters": agencies alone after "By"
        st.source = st.source or scratch.source
        return True
    words = (m.group("words") or "").split()
    article = m.start("credit") != m.start("words") if m.group("words") else True
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _DESK_ADJECTIVES or w in _TITLE_OUTLET_SMALL
        for w in words
    ):
        return False  # ("By the way the staff ...": a sentence)
    source = None
    if words and (head := _outlet_section_desk(t[m.start("words") :])) is not None:
        at = line.start + m.start("words")  # "By TOI World Desk": the outlet, not its section
        source = Source(head, at, at + len(head), _credit_name(head) or head)
        words = []
    for k in range(len(words), 0, -1):  # the longest run of words from the first that names an outlet
        if any(w.endswith(("'s", "’s")) for w in words[: k - 1]):
            continue  # ("BBC's Africa": the outlet's possessive ends its name)
        printed = " ".join(words[:k])
        printed = printed[:-2] if printed.endswith(("'s", "’s")) else printed
        name = _credit_name(printed) or _credit_name(f"The {printed}")
        if name is not None and not _a_place(printed):
            at = line.start + m.start("words")
            source = Source(printed, at, at + len(printed), name)
            break
    if source is None and len(words) == 1 and _INITIALS_OUTLET_RE.fullmatch(words[0]) is not None:
        at = line.start + m.start("words")  # "By ToI Staff": the outlet's initials
        source = Source(words[0], at, at + len(words[0]), words[0])
    if (
        source is None
        and not article
        and words
        and len(words) > 1
        and not (all(w.casefold() in _DESK_ADJECTIVES for w in words) or _a_place(" ".join(words)))
    ):
        return False  # "By Tendai Moyo Bulawayo Bureau": a person's name, then the title (read as such)
    st.byline = Span(t[m.start("credit") :], line.start + m.start("credit"), line.start + len(t))
    st.source = st.source or source
    return True


# An outlet's name and the noun of its desk or bureau on a line of their own, no "By": "Dawn Report", "The
# Hindu Bureau", "Nation Herald News Desk" (the nouns written by us).
_BARE_DESK_RE = regex.compile(
    r"(?P<outlet>\p{Lu}[^\n,;|•·()/]{1,40}?)\s++(?:(?i:report|bureau|desk|news\sdesk|team))\.?+"
)


def _outlet_desk_line(line: _Line, st: _State) -> bool:
    """Record a line that credits an outlet's desk or bureau without "By" ("Dawn Report", "The Hindu
    Bureau"): the line is the byline, the outlet the source, nobody the author; False unless the words
    before the noun name an outlet or an agency ("Islamabad Bureau", "Tom Report" name none)."""
    m = _BARE_DESK_RE.fullmatch(line.text, timeout=_T)
    if m is None or _byline_word(line.text) is not None:
        return False  # (a "By" line is read as one: "By the Kyiv Independent news desk")
    desk_of = _outlet_section_desk(line.text)  # ("TOI World Desk": "TOI", the outlet by its initials)
    printed = desk_of or m.group("outlet")
    name = _credit_name(printed) or desk_of
    if name is None or _a_place(printed):
        return False
    st.byline = Span(line.text, line.start, line.end)
    st.source = st.source or Source(printed, line.start, line.start + len(printed), name)
    return True


# The staff nouns that close an outlet's credit of its own staff, in any case ("Straits Times staff",
# "Bangkok Post Reporters", "TOI STAFF"); written by us.
_STAFF_NOUNS = frozenset(
    {"staff", "reporters", "writers", "correspondents", "staff reporters", "staff writers"}
)
# An outlet's initials before its staff noun ("ToI", "ST", "JP"): two to five letters, two capitals at least.
_INITIALS_OUTLET_RE = regex.compile(r"(?=(?:\p{Ll}*+\p{Lu}){2})\p{Lu}\p{L}{1,4}+")


def _outlet_staff_head(part: str) -> str | None:
    """The outlet before the staff noun that closes ``part`` ("Moscow Times staff": "Moscow Times", "ToI
    Staff": "ToI"): an outlet's name (listed or ending with a newspaper's word) or its initials; None if
    ``part`` is anything else ("News Staff", "Anna Berg staff") or opens with a byline word ("By ...")."""
    toks = part.split()
    if toks and toks[0].casefold() in _BYLINE_WORD_SET:
        return None  # ("By Kyiv Independent Staff": a byline, read as one)
    for k in (2, 1):
        if len(toks) <= k or " ".join(toks[-k:]).casefold() not in _STAFF_NOUNS:
            continue
        head = " ".join(toks[:-k])
        if not part.startswith(head) or head.casefold() in _OUTLET_SET:
            return None
        if len(toks) - k == 1 and _INITIALS_OUTLET_RE.fullmatch(head) is not None:
            return head
        return head if _credit_name(head) is not None else None
    return None


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of the outlet's ``name``, its article left out ("ToI" of "The Times
    of Israel", "ST" of "The Straits Times", "JP" of "Jerusalem Post")."""
    if _INITIALS_OUTLET_RE.fullmatch(short) is None:
        return False
    words = name.split()
    if len(words) > 1 and words[0].casefold() in _ARTICLES:
        words = words[1:]
    return len(words) > 1 and "".join(w[0] for w in words).casefold() == short.casefold()


def _desk_of_section(part: str) -> bool:
    """Whether ``part`` is a newsroom's word and the section after it ("Redazione Cronaca", "Redação
    Internacional", "Redakcja Kraj"): one or two capitalised words, no person's name."""
    toks = part.split()
    head = toks[0].casefold() if toks else ""
    return (
        1 < len(toks) <= 3
        and head in _DESK_SET
        and head not in _ROLE_SET  # ("Staff Writer Lee": a title, then the name)
        and all(t[:1].isupper() for t in toks)
    )


def _section_desk(part: str) -> bool:
    """Whether ``part`` is a newsroom's word and one word of its section ("Redacción Internacional",
    "Redaktion Ausland"), no agency's or listed outlet's desk ("Redazione ANSA", "Redacción Clarín")."""
    return len(part.split()) == 2 and _desk_of_section(part) and _agency_after_desk(part) is None


def _agency_after_desk(part: str) -> str | None:
    """The agency or listed outlet after a desk's word in ``part`` ("Redazione ANSA", "Redakcja PAP", "Haber
    Merkezi AA", "Redacción Clarín"), as printed, or None."""
    toks = part.split()
    for k in (1, 2):
        if len(toks) > k and " ".join(toks[:k]).casefold() in _DESK_SET:
            tail = " ".join(toks[k:])
            known = _agency_name(tail) is not None or tail.casefold() in _OUTLET_NAMES
            return tail if part.endswith(tail) and known else None
    return None


def _byline_word(line: str) -> regex.Match[str] | None:
    """The "By"/"Von"/"Par" that opens the byline of ``line``, if any."""
    if _BYLINE_WORD_AT.search(line) is None:
        return None
    for m in _BYLINE_RE.finditer(line, timeout=_T):
        # a preposition or a noun opening a sentence ("Di fronte alle ...", "Von der Leyen says ...", "De la
        # ...", "Penulis buku itu ..."), unless only names follow: "di Marco Rossi", "Par Jean Dupont, avec
        # AFP"
        word, rest = m.group("word").lower(), line[m.end() :]
        names = word not in _WORD_BYLINE_WORDS or not rest.strip() or _names_only(rest)
        if word in _LABEL_WORDS_BEFORE_NAMES and not (rest.strip() and _names_only(rest)):
            return None  # "Autor" alone: a menu's entry ("Autor/Author" over "Deutsch"), no label over a name
        if m.start() == 0:
            return m if names else None
        before = line[: m.start()].rstrip()
        if (names or word != "de") and (
            before.endswith(("|", "•", "·", "/")) or search_date(before, timeout=_T)
        ):
            return m  # after a date: "... 18:18 von Creeny", "Joi, 13 noiembrie 2025 de Mihai Popescu"
        if " " in word and _ARTICLE_BEFORE_CREDIT_RE.fullmatch(before) and rest.strip() and _names_only(rest):
            return m  # "An analysis by Kwame Mensah", "A weekly column by Ana Ruiz": a kind, its article
    return None  # ("19 de febrero de 2020": "de" joins the parts of a date too)


# An article and up to two words in lower case before a byline word that names the kind of piece ("An" of "An
# analysis by", "A weekly" of "A weekly column by").
_ARTICLE_BEFORE_CREDIT_RE = regex.compile(r"(?:A|An|Our)(?:\s\p{Ll}[\p{Ll}\-]*+){0,2}+")

#: Writers' labels printed without their colon: a byline only with names after them on the same line.
_LABEL_WORDS_BEFORE_NAMES = frozenset({"author", "autor"})
#: Byline words that are also common words at the start of a sentence: a byline only before names.
_WORD_BYLINE_WORDS = frozenset(
    {
        *("von", "par", "por", "di", "door", "de", "penulis", "author", "autor"),
        *("του", "της", "των", "από τον", "από την"),  # (Greek "of the", "from the")
        "hosted by",  # ("Hosted by the Wilson Center": an event's host)
    }
)


def _names_only(rest: str) -> bool:
    """Whether ``rest`` (a short line after "di"/"von"/"por") is a list of names, maybe with a date after
    them: the byline of outlets that print the word in lower case ("di Marco Rossi e Lia Neri")."""
    rest = _PAREN_END_RE.sub("", rest)  # "Par Ana Roy (Dakar, correspondante)": where and what she is
    if "," in rest and (rm := _CORRESPONDENT_AFTER_RE.search(rest, timeout=_T)) is not None and rm.start():
        rest = rest[: rm.start()]  # "di Marco Rossi, corrispondente da Kiev": the title after the name
    if len(rest) > 100 or _SENTENCE_END_RE.search(rest) is not None:
        return False
    cut = _cut_byline(rest)
    parts = [_without_place(p) for p, _ in _split_names(rest[:cut].strip(" ,"))]
    if not parts:
        return False
    head = parts[0].split()
    cut_short = cut < len(rest.rstrip())  # a separator or a date ends the name: "Von Jörg / 5. März"
    name_like = 1 if cut_short else 2
    if parts[0].strip().casefold() in _DESK_SET:
        return True  # "di Redazione", "Por Redação"
    if not (
        (
            name_like <= len(head) <= 5
            and _name_tokens(parts[0])
            and not any(t.casefold() in _UI_WORDS for t in head)
        )
        or _agency_name(parts[0])
        or _is_outlet(parts[0])
    ):
        return False
    if len(parts) > 1 and len(parts[-1].split()) <= 2:
        parts = parts[:-1]  # the outlet or city after the names: "Por Ana Lima e Rui Alves, g1 — Brasília"
    return all(_name_tokens(p) or _agency_name(p) or _is_outlet(p) or _outlet_credit(p) for p in parts)


def _outlet_credit(part: str) -> bool:
    """Whether a byline's ``part`` after the names credits the outlet after its preposition ("da CNN", "do
    UOL", "for Reuters"), or is where the writer filed from ("em Brasília", "in Kyiv")."""
    fm = _FOR_OUTLET_RE.fullmatch(part, timeout=_T)
    if fm is not None and not fm.group("name").strip():
        return _credit_name(fm.group("outlet")) is not None
    return _FILED_FROM_RE.fullmatch(" " + part, timeout=_T) is not None


def _near_date(lines: list[_Line], i: int) -> bool:
    """Whether a date, a role, a handle or a reading time is printed on ``lines[i]`` or close by (a bare
    name's company)."""
    end = i + 3
    while end < min(i + 5, len(lines)) and _short_credit_line(lines[end - 1].text) and end - 1 > i:
        end += (
            1  # ("Sasa Dragojlo" / "BIRN" / "Belgrade" / "November 17, 2025": an outlet and a place between)
        )
    if i + 1 < len(lines) and not lines[i].text.endswith(".") and _opens_with_dateline(lines[i + 1].text):
        return True  # "Petra Dvořáková" over "Praha - Vláda ve středu ...": the name over the story
        # (not "Correction Appended." over "WASHINGTON - ...": a name line has no full stop)
    if (
        i + 1 < len(lines)
        and len(lines[i + 1].text) <= _OUTLET_LINE_CHARS
        and _outlet_line(lines[i + 1].text)
    ):
        return True  # "Dana Orlova" over "BBC News, Kyiv" or "The Kyiv Independent": the writer's outlet
    if (
        (j := _past_chrome(lines, i + 1)) > i + 1
        and j < len(lines)
        and (
            search_date(lines[j].text, timeout=_T)
            or (len(lines[j].text) < 40 and RELATIVE_RE.search(lines[j].text, timeout=_T))
        )
    ):
        return (
            True  # "Jane Doe" / "Follow" / "Published in" / "World News" / "·" / "4 min read" / "Dec 1, 2026"
        )
    for line in lines[max(0, i - 1) : end]:
        if "@" in line.text or _YEAR_RE.search(line.text) or search_date(line.text, timeout=_T):
            return True
        if len(line.text) < 40 and RELATIVE_RE.search(line.text, timeout=_T):
            return True  # "Updated 14 min ago" under the name
        if len(line.text) < 40 and _BYLINE_COMPANY_RE.search(line.text, timeout=_T):
            return True
        if len(line.text) < 40 and any(w.strip(",.;:").casefold() in _ROLE_SET for w in line.text.split()):
            return True
    return False


_OUTLET_LINE_CHARS = 40  # characters at most of an outlet's line under a writer's name
_CHROME_REACH = 8  # lines at most of a page's buttons and marks between a writer's name and the date
_LONE_MARK_RE = regex.compile(r"[|•·/\-–—]")
# A blogging platform's label over the publication a story appears in, alone on its line (Medium's
# "Published in" / "World News"), in English, Spanish, Portuguese, French and German (written by us).
_PLATFORM_LABEL_RE = regex.compile(
    r"(?i:published\s++in|publicado\s++(?:en|em|no|na)|publié\s++dans|veröffentlicht\s++in)\s*+:?+"
)


def _past_chrome(lines: list[_Line], j: int) -> int:
    """The index of the first line from ``lines[j]`` on that is no page chrome between a writer's name and
    the date: a button ("Follow"), a lone mark ("·"), a reading time ("4 min read"), a platform's label and
    the publication under it ("Published in" / "World News"); at most :data:`_CHROME_REACH` lines on."""
    stop = min(len(lines), j + _CHROME_REACH)
    while j < stop:
        t = lines[j].text
        if _PLATFORM_LABEL_RE.fullmatch(t, timeout=_T) is not None and j + 1 < stop:
            j += 2 if len(lines[j + 1].text) <= _OUTLET_LINE_CHARS else 1
        elif (
            _button_line(t)
            or _LONE_MARK_RE.fullmatch(t) is not None
            or (len(t) <= 30 and _READING_TIME_RE.search(t, timeout=_T) is not None)
        ):
            j += 1
        else:
            break
    return j


# A town's name as an outlet's credit line prints it after a comma ("BBC News, Manchester", "BBC News, West
# Midlands"): one to three capitalised words.
_TOWN_SHAPE_RE = regex.compile(r"\p{Lu}\p{Ll}++(?:[\s\-]\p{Lu}\p{Ll}++){0,2}+")


def _town_shaped(t: str) -> bool:
    """Whether ``t``, after an outlet's comma, has a town's shape no gazetteer need know ("Manchester"): one
    to three capitalised words, none a section's (a desk: "Business"), no outlet's nor a writer's title."""
    if _TOWN_SHAPE_RE.fullmatch(t, timeout=_T) is None:
        return False
    if t.casefold() in _SECTION_WORDS:  # (a desk's one word: "Business"; "West Midlands" is a region)
        return False
    return _credit_name(t) is None and not _role_line(t) and not _is_outlet(t)


def _outlet_line(t: str) -> bool:
    """Whether ``t`` is an outlet's or agency's credit, maybe with the place the story was filed from ("The
    Kyiv Independent", "BBC News, Kyiv", "Reuters")."""
    if _credit_name(t) is not None:
        return True
    outlet, _, place = t.rpartition(", ")
    return bool(outlet) and _is_city(place) and _credit_name(outlet) is not None


def _opens_with_dateline(t: str) -> bool:
    """Whether the paragraph ``t`` opens with a wire dateline: a place in capitals, or one with a date or an
    agency, or a one-word place and a dash ("Praha - ..."), before a sentence."""
    if not (_is_body(_Line(0, len(t), t)) or _is_sentence(_Line(0, len(t), t))):
        return False
    m = _dateline_match(t) if _UPPER.match(t) else None
    if m is None or not m.group("dash"):
        return False
    if m.group("caps") is not None:
        return len(m.group("caps")) >= 3 and m.group("caps").casefold() not in _NOT_PLACES
    return bool(m.group("date") or m.group("agency") or m.group("agency2")) or (
        " " not in m.group("mixed")
        and m.group("dash") in ("-", "–", "—")
        and t[m.end() : m.end() + 1].isupper()
    )


def _short_credit_line(t: str) -> bool:
    """A line of one to three capitalised words without digits, as an outlet's or a place's name under a
    byline ("BIRN", "Belgrade", "Nation Media Group")."""
    words = t.split()
    return (
        1 <= len(words) <= 3
        and len(t) <= 30
        and all(w[:1].isupper() for w in words)
        and not _YEAR_RE.search(t)
    )


_NAME_LINE_WORDS = 12  # words of a bare name line at most, its writers' places left out
# The place after a writer's name in a line of several ("in New Delhi" before ", ", " and " or the end).
_PLACE_OF_NAME_RE = regex.compile(
    r"\s++in\s++\p{Lu}[\p{L}\-’']*+(?:\s\p{Lu}[\p{L}\-’']*+){0,2}+(?=,|\s(?:and|&)\s|$)"
)


# The agencies a story was written with, in brackets after the writer's name: "Dana Orlova (with AP, dpa)",
# "Anna Schmidt (mit AFP)", "Lucía Fernández (con EFE)", "Claire Dubois (avec AFP)".
# An agency or outlet in parentheses closing a byline: "By Jane Doe (Reuters)".
_PAREN_CREDIT_RE = regex.compile(r"\s*+\((?P<credit>[^()\n]{2,40}+)\)\s*+$")
_WITH_AGENCIES_RE = regex.compile(r"\s*+\((?:with|mit|con|avec|com)\s++(?P<agencies>[^()\n]{2,60}+)\)\s*+$")


# A royal's or a church head's style and a capitalised name after it: "Princess Kate", "Pope Leo".
_ROYAL_STYLE_RE = regex.compile(r"(?:\L<styles>)\s\p{Lu}", styles=_longest_first(ROYAL_AND_CHURCH_STYLES))
# A style that opens writers' names too, and the one name after it: "Prince William", "Sheikh Mohammed".
_STYLE_AND_NAME_RE = regex.compile(
    r"(?:\L<styles>)\s(?P<name>\p{Lu}[\p{L}'’\-]++)(?:\s*+[-–—|,:]|$)", styles=STYLES_BEFORE_A_GIVEN_NAME
)
_COLUMN_WORD_SET = frozenset(COLUMN_WORDS)


def _royal_subject(line: str) -> bool:
    """A name line that opens with a royal's or a church head's style ("Princess Kate", "Pope Leo - Rome"),
    or with a style writers' names open with too and a given name alone after it ("Prince William",
    "Sheikh Mohammed", "Lady Louise"; not "Prince Ade Okafor"): a royal page's topic tag, no writer."""
    if _ROYAL_STYLE_RE.match(line) is not None:
        return True
    sm = _STYLE_AND_NAME_RE.match(line, timeout=_T)
    return sm is not None and sm.group("name").casefold() in _given_names()


def _date_after_slash(line: str, at: int) -> bool:
    """Whether the slash at ``at`` only parts the name from a date, maybe labelled, that ends the line
    ("Rohan Deshmukh / Dec 1, 2026, 23:45 IST", "... / Updated: Dec 1, 2026"), with no other slash."""
    rest = line[at + 1 :].lstrip()
    if (lm := _PUBLISHED_RE.match(rest) or _UPDATED_RE.match(rest)) is not None:
        rest = rest[lm.end() :].lstrip(" :")
    dm = match_date(rest, timeout=_T)  # (a date at the slash's right: "A / TNN / ..." is another credit)
    return dm is not None and "/" not in rest[dm.end() :] and len(rest) - dm.end() <= 12


def _bare_name_line(line: str) -> bool:
    """A line that is a person's name, maybe followed by a role or a date ("Liz Hoggard 19 December"), or by
    the agencies the story was written with ("Dana Orlova (with AP, dpa)")."""
    if "(" in line and (wm := _WITH_AGENCIES_RE.search(line, timeout=_T)) is not None:
        parts = _DESK_SEP_RE.split(wm.group("agencies"), timeout=_T)
        if all(_agency_name(p) is not None for p in parts if p):
            line = line[: wm.start()]
    elif (
        "(" in line
        and (pm := _PAREN_CREDIT_RE.search(line, timeout=_T)) is not None
        and _credit_name(pm.group("credit")) is not None
    ):
        line = line[: pm.start()]  # "Jane Doe (Reuters)": the writer, then the agency
    if "(@" in line and (hm := _HANDLE_AFTER_RE.search(line, timeout=_T)) is not None:
        line = line[: hm.start()]  # "Ana Ruiz (@anaruiz)": the writer, then the handle
    if "(" in line or len(line) > 160 or not line[:1].isupper():
        return False
    if _royal_subject(line):
        return False  # "Princess Kate", "Pope Leo - Rome": a royal page's topic tag, the subject, no writer
    if (
        (at := line.find("/", 0, 40)) >= 0
        and not _slash_in_outlet(line, at, at + 1)
        and not ((dm := search_date(line, timeout=_T)) is not None and dm.start() < at < dm.end())
        and not _date_after_slash(line, at)
    ):
        return False  # a slash is a separator, unless it is a listed outlet's own ("Anna Berg, RFE/RL") or a
        # date's ("Klaus Becker | 03/03/2025")
    if _PUBLISHED_RE.match(line) or _UPDATED_RE.match(line):
        return False  # "Publié le 15 mars 2025", "Publicado el ...": a date's label, no name
    # (the places of several writers count no words: "A B in Moscow, C D in New Delhi and E F in São Paulo")
    names = _PLACE_OF_NAME_RE.sub("", line, timeout=_T) if " in " in line else line
    long = len(line) > 120 or len(names.split()) > _NAME_LINE_WORDS
    if long and not any(c in line for c in "|•·"):
        return False
    cut = _cut_byline(line)
    names = _PLACE_OF_NAME_RE.sub("", line[:cut], timeout=_T) if " in " in line else line[:cut]
    if len(names.split()) > _NAME_LINE_WORDS or (long and not _SEPARATOR_AT.match(line, cut)):
        return False  # a long line is a byline only when a separator ends the name: "A B · Valley News · ..."
    if _running_words(line[:cut]) >= 3:
        return False  # a sentence opening with its subject: "Policy Committee, lowered the rate by 100 ..."
    head = line[:cut].split(",")[0].strip()
    if " and " in head or " & " in head:
        head = line[:cut].strip(" ,")
    parts = [_without_place(p) for p, _ in _split_names(head)]
    if len(parts) > 1 and (_credit_name(parts[-1]) is not None or parts[-1].strip().casefold() in _DESK_SET):
        parts = parts[:-1]  # "Ann Lee and Omar Said, Reuters", "Ann Lee and news agencies": after the names
    if parts and not _is_outlet(parts[0]) and any(t.casefold() in _ROLE_SET for t in parts[0].split()):
        first = _strip_roles(parts[0], first=True)  # "Tom Ashby Environment correspondent"
        if first is None:
            return False
        parts[0] = first
    return bool(parts) and all(_bare_name(p) for p in parts)


def _writers_in_cities(line: str) -> bool:
    """A bare name line that gives each writer's city, as the Financial Times prints its byline with no date
    near: "A B in Moscow, C D in New Delhi and E F in São Paulo", or one writer whose first word is a known
    given name ("Anna Berg in Brussels"). Every place is a known city ("Talks in Doha" is a subheading)."""
    if " in " not in line:
        return False
    parts = [p for p, _ in _split_names(line)]
    places = [_FILED_FROM_RE.search(p, timeout=_T) for p in parts]
    if not all(m is not None and dateline_city(m.group(0).split(None, 1)[1]) for m in places):
        return False
    return len(parts) > 1 or line.split()[0].casefold() in _given_names()


#: The lower-case words that join the names of a byline or say where they filed from.
_NAME_JOINERS = frozenset(
    {"and", "und", "et", "y", "e", "ve", "i", "и", "och", "og", "és", "with", "avec", "mit", "con", "in", "à"}
)


def _running_words(s: str) -> int:
    """How many words of running text ``s`` holds: lower-case words that are no particle of a name, no
    word of a staff title and no word joining names ("Jane Doe, chief political correspondent": 1)."""
    return sum(
        1
        for w in s.split()
        if w[:1].islower()
        and (k := w.strip(",.;:")) not in _PARTICLES
        and _NAME_TOKEN_RE.fullmatch(k) is None  # ("al-Rikabi", "van't Hoff")
        and k not in _ROLE_SET
        and k not in _NAME_JOINERS
    )


def _without_place(part: str) -> str:
    """``part`` without the place a contributor filed from ("Anna Berg in Oslo": "Anna Berg")."""
    place = _FILED_FROM_RE.search(part, timeout=_T)
    return part if place is None else part[: place.start()]


def _bare_name(part: str) -> bool:
    """A person's name standing alone: 2-4 capitalised tokens, none a word of the page's furniture."""
    toks = part.split()
    if not 2 <= len(toks) <= 4 or toks[0].casefold() in _BYLINE_WORD_SET:
        return False  # ("Por Redação" is a byline word and a desk)
    if part.isupper() and toks[0].casefold() in _given_names():
        part = part.title()  # "ISABEL ROCHA NÚÑEZ": a name in capitals, opening with a given name
        toks = part.split()
    elif _surname_in_capitals(toks):
        part = " ".join([toks[0], *(t.title() for t in toks[1:])])  # "Léa ROUX": the surname in capitals
        toks = part.split()  # after the given name, as French pages print it
    if any(
        (t.isupper() and len(t) > 2) or t.casefold() in _UI_WORDS or t.endswith(("'s", "’s")) for t in toks
    ):
        return False
    if toks[-1].casefold() in _COLUMN_WORD_SET:
        return False  # "Court Circular", "Morning Briefing": a column's title, no person
    return _name_tokens(part) and not _is_city(part)  # ("Mexico City - MAR 04, 2025": a place and a date)


def _surname_in_capitals(toks: list[str]) -> bool:
    """Whether ``toks`` are a known given name in mixed case and a surname in capitals ("Jane WHITFIELD",
    "Jean-Pierre MARTIN"), as French pages print a writer's name (a label over the headline's topic, "Analyse
    ÉCONOMIE", "Sommet UE", opens with no given name)."""
    first, rest = toks[0], toks[1:]
    if first.isupper() or not first[:1].isupper() or not all(t.isupper() and len(t) > 1 for t in rest):
        return False
    return first.casefold() in _given_names() and not _a_place(" ".join(t.title() for t in rest))


def _cut_byline(s: str) -> int:
    """Where the names of a byline end: before a date, a separator, a label or a glued role."""
    end = len(s)
    dm = search_date(s, timeout=_T)
    if dm is not None:
        end = dm.start()
    em = _BYLINE_END_RE.search(s, 0, end, timeout=_T)
    while (
        em is not None
        and em.start() > 0
        and (_slash_in_outlet(s, em.start(), em.end()) or _cut_in_outlet(s, em.start(), em.end()))
    ):
        # ("A, RFE/RL": the outlet's own slash; "A, MaltaToday", "A, Wanted in Rome": inside its name)
        em = _BYLINE_END_RE.search(s, max(em.end(), em.start() + 1), end, timeout=_T)
    if em is not None and em.start() > 0:
        end = em.start()
    while end < len(s) and (bm := _BAR_NAME_RE.match(s, end, timeout=_T)) is not None:
        if not _another_person(bm.group("name")):
            break
        end = bm.end("name")  # "Tariq Zaman | Sana Malik": a second writer after the bar, not the outlet
    return end


# The kind of piece a think tank's or a newspaper's page prints before the credit and the date, apart by a
# bar or a bullet: "Commentary | 1 December 2026 | Ana Ruiz", "Analysis • Ana Ruiz • 1 December 2026".
_KIND_LABEL_RE = regex.compile(
    r"""(?i:commentary|analysis|opinion|op-ed|editorial|perspective|explainer|column|essay|interview|feature
        |review|report|policy\sbrief|brief|blog(?:\spost)?+|insight|expert\scomment|article|news)
        \s*+[|•·]\s*+(?=\S)""",
    regex.VERBOSE,
)
# A social media handle in brackets closing a name line: "Ana Ruiz (@anaruiz)".
_HANDLE_AFTER_RE = regex.compile(r"\s*+\(@[\w.]++\)\s*+$")
# A broadcaster's credit of its reporter and where the story was filed, the whole line: "From Ana Ruiz in
# Nairobi", "Ana Ruiz reports from Nairobi", "Ana Ruiz, reporting from Kyiv".
_FROM_WRITER_RE = regex.compile(
    r"""(?:From\s(?P<names>[^,\n]{4,60}?)\sin\s
        |(?P<names2>[^,\n]{4,60}?),?\s(?:reports|reporting)\sfrom\s)
        (?P<place>\p{Lu}[\p{L}\-’']*+(?:\s\p{Lu}[\p{L}\-’']*+){0,2}+)""",
    regex.VERBOSE,
)
# A line under the byline that says where the writer reports from: "Reporting from Kyiv".
_REPORTING_FROM_RE = regex.compile(
    r"""(?:(?i:reporting|filed|writing|reports)\s++from|(?i:in))   # ("in Kyiv" alone under the writer's name)
        \s++(?P<place>\p{Lu}[\p{L}\-’']*+(?:\s\p{Lu}[\p{L}\-’']*+)?+)
        (?:,\s(?P<country>\p{Lu}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+)?+))?+   # "Manchester, England" """,
    regex.VERBOSE,
)
# The place a byline's writers filed from, after its names: " in Kyiv", " in New York" (the line's end),
# maybe then the outlet they file for: " in Berlin for Reuters", " in Lagos for the BBC"; or a separator and
# what follows it: " in Beijing | China Daily | Updated: ...".
_IN_PLACE_RE = regex.compile(
    r""",?\s++in\s++(?P<place>\p{Lu}[\p{L}\-’']*+(?:\s\p{Lu}[\p{L}\-’']*+)?+)
        (?:,?\s++(?i:for)\s++(?:(?i:the)\s++)?+(?P<outlet>\p{Lu}[^,;|•·\n]{1,40}+))?+\s*+(?=$|[|•·])""",
    regex.VERBOSE,
)
# A bar and what stands after it up to the next separator, date or line's end.
_BAR_NAME_RE = regex.compile(r"[^\S\n]*+\|[^\S\n]*+(?P<name>\p{Lu}[^|•·/@\t\d\n]{2,40}?)\s*(?=[|•·/@\t]|$)")
# The writer's title and the outlet after a dash, maybe then the place: "Por A - Repórter da Agência Brasil -
# Brasília", "A - Correspondent for Gulf News".
_ROLE_OF_OUTLET_RE = regex.compile(
    r"""\s++[-–—|]\s++(?:(?i:\L<roles>)\s++){1,3}+(?:da|do|de|of|for|at|del|della)\s++
        (?P<outlet>\p{Lu}[^-–—|\n]{1,40}?)(?:\s++[-–—|]\s++(?P<place>\p{Lu}[\p{L}\s]{1,30}?))?\s*+$""",
    regex.VERBOSE,
    roles=_longest_first(ROLE_WORDS),
)
# A dash and a city alone closing a byline after its names and outlet: "Por A, g1 — Brasília" (g1's).
_DASH_PLACE_RE = regex.compile(
    r"\s*+[-–—]\s++(?P<place>\p{Lu}\p{Ll}[\p{L}\-’']*+(?:\s(?:(?:de|do|da|del|di)\s)?+\p{Lu}[\p{L}\-’']*+){0,2}+)\s*+"
)  # ("Rio de Janeiro", "São Paulo")
# The writer's title and the place after dashes, with no outlet: "Por A - Repórter - Brasília", "By A -
# Reporter - Rio de Janeiro", as Agência Brasil's English pages print it.
_ROLE_PLACE_RE = regex.compile(
    r"""\s++[-–—|]\s++(?i:\L<roles>)(?:\s++(?i:\L<roles>)){0,2}+\s++[-–—|]\s++
        (?P<place>\p{Lu}[\p{L}\s]{1,30}?)\s*+$""",
    regex.VERBOSE,
    roles=_longest_first(ROLE_WORDS),
)
# The outlet a writer files for, after the name or alone after a comma: "A for AFP", "for Reuters", "da
# Agência Brasil", "de EFE", "per l'ANSA", "dla PAP", "untuk Antara" (English, Portuguese, Spanish, Italian,
# French, German, Polish and Indonesian prepositions). The outlet must be a known credit.
_FOR_OUTLET_RE = regex.compile(
    r"""(?P<name>(?:\p{Lu}[^\s,]*+\s++){0,4}?)
        (?:(?i:for)|da|do|de|di|per|pour|für|para|dla|untuk)\s++   # ("FOR MAILONLINE": a tabloid's capitals)
        (?:l['’]|the\s++)?+   # "for the Kyiv Independent"
        (?P<outlet>\p{Lu}[^,;\n]{1,40}+)""",
    regex.VERBOSE,
)
# The Portuguese, Spanish or Italian word for "from" or "in" and a place, alone on the line under the writer
# or after the writer's comma, as Brazilian papers print where the story was filed: "De São Paulo", "Do Rio de
# Janeiro", "Em Brasília", "Desde Madrid" (the place must be a known city).
_FROM_PLACE_RE = regex.compile(
    r"""(?i:de|do|da|desde|em|no|na|en|dal|dalla|dall['’])\s*+
        (?P<place>\p{Lu}[\p{L}\-’'.]*+(?:\s++(?:(?:de|do|da|del|di)\s++)?+\p{Lu}[\p{L}\-’'.]*+){0,2}+)""",
    regex.VERBOSE,
)
# The word for whom a writer files opening the line under the byline: "For the Buenos Aires Times", "For AFP",
# or the Portuguese "of the" before the outlet the writer is of: "Do UOL", "Da Folha de S.Paulo".
_FOR_LINE_RE = regex.compile(
    r"""(?:(?i:for)\s++(?:(?i:the)\s++)?+|(?:Do|Da|Dos|Das)\s++
        |(?:Colabora[çc][ãa]o|Colaboraci[óo]n|Especial|Exclusivo)\s++(?:para|pro|pra)\s++(?:(?:o|a|os|as)\s++)?+)
    (?=\p{Lu})""",  # "Colaboração para o UOL", "Especial para a Folha", "Colaboración para Infobae"
    regex.VERBOSE,
)
# A bar or a dot and what stands after it, the same way: "· CBC News · Posted: ...", "| TNN | Updated: ...",
# maybe with the word for whom the writer files: "· for CBC News ·", "· für dpa"; or before a dash and the
# date, as El País prints its writer, city and date: "A | Madrid - DEC 01, 2026 - 09:41 CET".
_SEP_NAME_RE = regex.compile(
    r"""(?:[^\S\n]*+[|•·]|[^\S\n]++[-–—](?=[^\S\n]))[^\S\n]*+(?:(?:for|für|pour|para|per)[^\S\n]++)?+
        (?P<name>\p{Lu}[^|•·/@\t\d\n]{2,40}?|\p{Ll}[\p{Ll}\d\-]{1,30}+(?:\.\p{Ll}{2,3}+){1,2}+)
        \s*(?=[|•·/@\t]|$|[-–—]\s)""",  # (or a web address in lower case: "| iol.co.za |")
    regex.VERBOSE,
)


# A correspondent's title after the byline's names and a comma, maybe with the outlet the writer reports for
# and the place of filing: "A, corresponsal de EFE en Lima", "A, corrispondente da Kiev", "A, correspondante
# à Kiev", "A, correspondent of Reuters in Kyiv", "А, корреспондент «Коммерсанта» в Киеве" (English, Spanish,
# Portuguese, French, Italian, German and Russian titles and prepositions, written by us).
_CORRESPONDENT_AFTER_RE = regex.compile(
    r"""\s*+[,|•·]\s*+(?:(?i:special|senior|chief|foreign)\s++)?+
        (?i:correspondents?|corresponsal(?:es)?|correspondentes?|correspondant(?:e|s|es)?|corrispondente
            |Korrespondent(?:in)?|корреспондент(?:ка)?|спецкор(?:респондент)?
            |enviad[oa]s?\s++especial(?:es)?|envoyée?s?\s++spéciale?s?|inviat[oa](?:\s++special[ei])?)
            # (a special envoy: "A, enviado especial a Kiev", "A, inviato a Kiev")
        (?:\s++(?:of|for|de|da|do|del|di|della|dell['’]|de\sla|für|von|der|des|du)\s*+(?P<outlet>\p{Lu}[\p{L}\d.&\-]*+
            (?:\s\p{Lu}[\p{L}\d.&\-]*+){0,3}+)
        |\s++[«"“](?P<quoted>[^»"”\n]{2,40}+)[»"”]
        |\s++(?P<caps>\p{Lu}{2,}+(?:\s\p{Lu}{2,}+)?+)
        )?+
        (?:\s++(?:in|en|em|à|a|au|da|aus|в|во)\s++(?P<place>\p{Lu}[\p{L}\-’']*+(?:\s\p{Lu}[\p{L}\-’']*+)?+))?+
        \s*+$""",
    regex.VERBOSE,
)


# An outlet's name of one to four capitalised words after the English "for" of a byline: "New Frame".
_FOR_WHOM_RE = regex.compile(r"\p{Lu}[\p{L}\d.&'’\-]*+(?:\s\p{Lu}[\p{L}\d.&'’\-]*+){0,3}+")
# A contributor's credit closing a byline, the outlet whole after "Special to" or "for" (an "and" of its
# name splits no writers): ", Special to The Globe and Mail", ", special to CNN", ", for the Mail and
# Guardian".
_SPECIAL_TO_RE = regex.compile(
    r""",\s*+(?:(?i:special)\s++to|(?i:for))\s++(?:the\s++)?+
        (?P<outlet>\p{Lu}[\p{L}\d.&'’\-]*+(?:\s(?:and\s|of\s|&\s)?+\p{Lu}[\p{L}\d.&'’\-]*+){0,5}+)\s*+$""",
    regex.VERBOSE,
)


def _correspondent_title(m: regex.Match[str], base: int, st: _State) -> Source | None:
    """The outlet a correspondent's title after a byline's names credits, if a known one, and where the story
    was filed, set in ``st`` ("A, corresponsal de EFE en Lima": EFE, Lima); ``base`` is the offset of the
    matched string in the text."""
    source = None
    for group in ("outlet", "quoted", "caps"):
        if m.group(group) and (credit := _credit_name(m.group(group))) is not None:
            c_start = base + m.start(group)
            source = Source(m.group(group), c_start, c_start + len(m.group(group)), credit)
    # ("da", "de" name the outlet or the place: "A, corrispondente da Kiev")
    where = "place" if m.group("place") else "outlet" if m.group("outlet") and source is None else None
    if where is not None and st.filed_from is None and dateline_city(place := m.group(where)):
        c_start = base + m.start(where)
        st.filed_from = Dateline(place, c_start, c_start + len(place), place=place)
    return source


def _names_a_place(part: str) -> bool:
    """Whether a byline's part ends with the place its writer filed from, maybe before the outlet the
    writer files for ("A in Kyiv", "A IN BERLIN FOR MAILONLINE")."""
    if _FILED_FROM_RE.search(part, timeout=_T) is not None:
        return True
    fm = _FOR_OUTLET_RE.fullmatch(part, timeout=_T) if " " in part.strip() else None
    return fm is not None and _FILED_FROM_RE.search(fm.group("name").rstrip(), timeout=_T) is not None


# The preposition before the place a contributor filed from, and the blanks around it.
_FILED_FROM_WORD_RE = regex.compile(r"\s++\S++\s++")


def _filed_from(found: str, at: int, st: _State) -> None:
    """Set the place of ``found``, a match of :data:`_FILED_FROM_RE` at ``at`` in the text (" IN NEW YORK"),
    as where the story was filed, if no place is known yet and it is a dateline's city."""
    word = _FILED_FROM_WORD_RE.match(found)
    place = found[word.end() :] if word is not None else ""
    if st.filed_from is None and place and dateline_city(place):
        p_at = at + len(found) - len(place)
        st.filed_from = Dateline(place, p_at, p_at + len(place), place=place)


def _another_person(part: str) -> bool:
    """A person's name opening with a common given name, and no outlet's or agency's."""
    toks = part.split()
    return (
        bool(toks)
        and toks[0].casefold() in _given_names()
        and _bare_name(part)
        and not _is_outlet(part)
        and _credit_name(part) is None
    )


#: The last word of a byline before its date after a comma, when it may be the date's weekday ("...,
#: Saturday"; without a comma it may be a surname: "Placido Domingo").
_TRAILING_WEEKDAY_RE = regex.compile(r"(?<=\S)\s*+,\s*+(?P<day>\p{L}++)\.?$")


def _set_byline(start: int, end: int, text: str, st: _State, *, bare: bool = False) -> bool:
    """Parse the byline text ``text[start:end]`` (without "By") into byline, authors and source."""
    seg = text[start:end]
    cut = _cut_byline(seg)
    body = _TRAILING_WORD_RE.sub("", seg[:cut]).rstrip(" ,;:-–—|")
    if (wd := _TRAILING_WEEKDAY_RE.search(body)) is not None and wd.group("day").casefold() in _WEEKDAY_SET:
        body = body[: wd.start()].rstrip(" ,;:-–—|")  # "Ahram Online , Saturday 14 Mar 2026": the date's day
    lead = len(body) - len(body.lstrip(" ,;:"))
    body = body.strip(" ,;:")
    if not body or len(body) > 120:
        return False
    b_start = start + lead
    authors: list[Author] = []
    source: Source | None = None
    b_len = len(body)  # (the byline keeps a correspondent's title after the names)
    if (sp := _SPECIAL_TO_RE.search(body, timeout=_T)) is not None and sp.start() > 0:
        # "A, Special to The Globe and Mail": a contributor's credit, the outlet whole ("and" in its name)
        o_at = b_start + sp.start("outlet")
        named = _credit_name(sp.group("outlet")) or sp.group("outlet")
        source = Source(sp.group("outlet"), o_at, o_at + len(sp.group("outlet")), named)
        body = body[: sp.start()]
    rm = _CORRESPONDENT_AFTER_RE.search(body, timeout=_T) if "," in body else None
    if rm is not None and rm.start() > 0:
        source = _correspondent_title(rm, b_start, st)  # "A, corresponsal de EFE en Lima"
        body = body[: rm.start()]
    elif cut < len(seg) and (rm := _CORRESPONDENT_AFTER_RE.match(seg, cut, timeout=_T)) is not None:
        source = _correspondent_title(rm, start, st)  # "A | Corresponsal en Lima"
    im = _IN_PLACE_RE.match(seg, cut, timeout=_T) if cut < len(seg) else None
    at_sep = im.end() if im is not None else cut  # ("A in Beijing | China Daily": the bar after the place)
    cm = _SEP_NAME_RE.match(seg, at_sep, timeout=_T) if at_sep < len(seg) else None
    if cm is not None and (credit := _agency_name(cm.group("name")) or _credit_name(cm.group("name"))):
        # "Kavya Rao | TNN | Updated: ...", "A · CBC News · Posted: ...": the agency or outlet after the bar
        c_start = start + cm.start("name")
        source = Source(cm.group("name"), c_start, c_start + len(cm.group("name")), credit)
    elif cm is not None and st.filed_from is None and dateline_city(cm.group("name")):
        c_start = start + cm.start("name")  # "Written by A B | New Delhi | Updated: ...": where it was filed
        c_end = c_start + len(cm.group("name"))
        st.filed_from = Dateline(cm.group("name"), c_start, c_end, place=cm.group("name"))
    if im is not None and st.filed_from is None and dateline_city(im.group("place")):
        c_start = start + im.start("place")  # "By A in Kyiv", "By A, BBC News, in Kyiv": where it was filed
        st.filed_from = Dateline(im.group("place"), c_start, start + im.end("place"), place=im.group("place"))
    if im is not None and source is None and im.group("outlet") and (credit := _credit_name(im["outlet"])):
        c_start = start + im.start("outlet")  # "By A in Berlin for Reuters": the outlet after the place
        source = Source(im.group("outlet"), c_start, c_start + len(im.group("outlet")), credit)
    pp = _PAREN_PLACE_RE.match(seg, cut, timeout=_T) if st.filed_from is None and cut < len(seg) else None
    if pp is not None and dateline_city(pp.group("place")):
        c_start = start + pp.start("place")  # "Par Léa Roux (à Genève)", "Par A (Dakar, correspondante)"
        st.filed_from = Dateline(pp.group("place"), c_start, start + pp.end("place"), place=pp["place"])
    pc = _PAREN_CREDIT_RE.match(seg, cut, timeout=_T) if source is None and cut < len(seg) else None
    if pc is not None and (credit := _credit_name(pc.group("credit"))) is not None:
        c_start = start + pc.start("credit")  # "By Jane Doe (Reuters)", "Author: Jane Doe (WGN)"
        source = Source(pc.group("credit"), c_start, c_start + len(pc.group("credit")), credit)
    om = _ROLE_OF_OUTLET_RE.match(seg, cut, timeout=_T) if source is None and cut < len(seg) else None
    if om is not None and (credit := _credit_name(om.group("outlet"))) is not None:
        c_start = start + om.start("outlet")  # "Por A - Repórter da Agência Brasil - Brasília"
        source = Source(om.group("outlet"), c_start, c_start + len(om.group("outlet")), credit)
        if om.group("place") and st.filed_from is None and dateline_city(om.group("place")):
            c_start = start + om.start("place")
            st.filed_from = Dateline(om.group("place"), c_start, start + om.end("place"), place=om["place"])
    rp = _ROLE_PLACE_RE.match(seg, cut, timeout=_T) if om is None and st.filed_from is None else None
    if rp is not None and dateline_city(rp.group("place")):
        c_start = start + rp.start("place")  # "By A - Reporter - Brasília": the title, then the place
        st.filed_from = Dateline(rp.group("place"), c_start, start + rp.end("place"), place=rp["place"])
    dp = _DASH_PLACE_RE.fullmatch(seg, cut, timeout=_T) if st.filed_from is None and cut < len(seg) else None
    if dp is not None and dateline_city(dp.group("place")):
        c_start = start + dp.start("place")  # "Por A, g1 — Brasília": the outlet, a dash, then the place
        st.filed_from = Dateline(dp.group("place"), c_start, start + dp.end("place"), place=dp["place"])
    pos = 0
    desk = False
    parts = _split_names(body)
    # the place after the last name is where the story was filed, unless each writer has a place of their own
    # ("A and B IN NEW YORK"; "A in Kyiv and B in Warsaw" names no one place)
    places = [_names_a_place(p) for p, _ in parts]
    one_place = places[-1:] == [True] and sum(places) == 1
    for k, pm in enumerate(parts):
        part, p_start = pm
        p_abs = b_start + p_start
        sv = _OUTLET_SERVICE_RE.fullmatch(part, timeout=_T) if "s " in part else None
        if sv is not None and (credit := _credit_name(sv.group("outlet"))) is not None:
            # "By A, RFE/RL's Balkan Service", "By BBC's Russian Service": the outlet, its service after it
            o_abs = p_abs + sv.start("outlet")
            source = source or Source(sv.group("outlet"), o_abs, o_abs + len(sv.group("outlet")), credit)
            continue
        fm = _FOR_OUTLET_RE.fullmatch(part, timeout=_T) if " " in part.strip() else None
        outlet = fm.group("outlet") if fm is not None else ""
        if fm is not None and _credit_name(outlet) is None and (fp := _FILED_FROM_RE.search(outlet)):
            # "A FOR MAILONLINE IN NEW YORK": the place the writer filed from after the outlet
            if one_place:
                _filed_from(outlet[fp.start() :], p_abs + fm.start("outlet") + fp.start(), st)
            outlet = outlet[: fp.start()]
        credit = _credit_name(outlet) if fm is not None else None
        if (
            fm is not None
            and credit is None
            and part[fm.end("name") : fm.start("outlet")].strip().casefold().startswith("for")
            and _FOR_WHOM_RE.fullmatch(outlet) is not None
        ):
            credit = outlet  # "By A for New Frame": an outlet's name of capitalised words after "for"
        if fm is not None and credit is not None:
            # "By A, for Reuters", "Por A, da Agência Brasil", "By A for AFP": the outlet the writer files for
            o_abs = p_abs + fm.start("outlet")
            source = source or Source(outlet, o_abs, o_abs + len(outlet), credit)
            part = fm.group("name").rstrip()  # ("A in Kyiv for AFP": the place then ends the part)
            if not part.strip():
                continue
        pc = _PART_CREDIT_RE.fullmatch(part, timeout=_T) if part.endswith(")") else None
        if pc is not None and (named := _credit_name(pc.group("credit"))) is not None:
            # "A (Reuters) and B (AFP)": each writer with the agency they file for, the first the source
            c_abs = p_abs + pc.start("credit")
            source = source or Source(pc.group("credit"), c_abs, c_abs + len(pc.group("credit")), named)
            part = pc.group("name")
        glued = _glued_agency(part)
        if glued is not None:  # "David Okafor Associated Press": a name, then its agency without a comma
            a_abs = (
                p_abs + len(part) - len(glued[1])
            )  # (the agency closes the part, whatever blanks before it)
            part, agency_part = glued
            source = source or Source(
                agency_part, a_abs, a_abs + len(agency_part), _agency_name(agency_part) or agency_part
            )
        if k > 0 and (head := _outlet_before_role(part)) is not None:
            part = head  # "Ahmed Saleh, Gulf News Correspondent": the outlet, the writer's title after it
        if k > 0 and (cm := _OUTLET_COMPOUND_RE.match(part, timeout=_T)) is not None:
            part = cm.group("outlet")  # "Anna Berg, ARD-Hauptstadtstudio": the outlet that opens the compound
        # (first, a listed agency, or its section or unit: "By Reuters Graphics", "By AFP Fact Check")
        agency = _credit_name(part) if k > 0 else _agency_name(part) or _agency_of_section(part)
        if agency is not None:
            source = source or Source(part, p_abs, p_abs + len(part), agency)
            continue
        if (joined := _joined_agencies(part)) is not None:
            # "By APA-dpa", "AFP-JIJI": agencies joined by a hyphen, the first the source
            named, first = joined
            source = source or Source(first, p_abs, p_abs + len(first), named)
            continue
        if (desk_of := _outlet_section_desk(part)) is not None:
            # "TOI World Desk", "India Today World Desk": an outlet's section's desk, the outlet the source
            source = source or Source(desk_of, p_abs, p_abs + len(desk_of), _credit_name(desk_of) or desk_of)
            desk = True
            continue
        if k == 0 and _lone_initials(part):
            lone = part.strip()  # "By TOI", "By MEE and agencies": an outlet's initials, no one's name
            source = source or Source(lone, p_abs, p_abs + len(lone), lone)
            continue
        if part.strip().casefold() in _DESK_SET:
            desk = True
            continue  # "Anna Berg, Redaktion": a desk, no outlet's name
        if part.strip().casefold() in _OUTLET_NAMES:  # "Jane Doe, Politico"
            source = source or Source(part.strip(), p_abs, p_abs + len(part.strip()), part.strip())
            continue
        if _section_desk(part):
            desk = True  # "Por Redacción Internacional": a newsroom's section, no outlet
            continue
        if _is_outlet(part):
            head = _agency_head(part) or _desk_head(part) or _outlet_staff_head(part)  # "Reuters Staff"
            if head is not None and head.casefold() in _OUTLET_SET:
                head = None  # ("News Staff" names no outlet but itself)
            if head is not None:
                source = source or Source(head, p_abs, p_abs + len(head), _agency_name(head) or head)
            elif part[:1].isupper():  # ("wire reports" is no outlet's name)
                source = source or Source(part, p_abs, p_abs + len(part), part)
            continue
        if _staff_in_plural(part):
            desk = True  # "By Mirror Reporters": the paper's reporters, no name (a listed outlet's are above)
            continue
        if k > 0 and authors and _plural_title(part):
            continue  # "A and B, Political Reporters": the writers' title, no name
        fp = _FROM_PLACE_RE.fullmatch(part.strip(), timeout=_T) if k > 0 and authors else None
        if fp is not None and dateline_city(fp.group("place")):
            if st.filed_from is None:  # "Por Ana Souza, de Brasília": where the story was filed
                at = p_abs + len(part) - len(part.lstrip()) + fp.start("place")
                place = fp.group("place")
                st.filed_from = Dateline(place, at, at + len(place), place=place)
            continue
        if k > 0 and k == len(parts) - 1 and _FILED_FROM_RE.fullmatch(" " + part, timeout=_T) is not None:
            _filed_from(" " + part, p_abs - 1, st)  # "Por A, da CNN, em Brasília": where it was filed, alone
            continue
        place = _FILED_FROM_RE.search(part, timeout=_T)
        if place is not None:
            if one_place:
                _filed_from(place.group(), p_abs + place.start(), st)
            part = part[: place.start()]  # "Marie Leclerc à Bruxelles"
        if (
            (authors or source)
            and k == len(parts) - 2
            and _is_city(part)
            and _state_word(parts[-1][0].strip())
        ):
            if st.filed_from is None and dateline_city(part.strip()):  # "By A B, Nairobi, Kenya": the city,
                city, at = part.strip(), p_abs + len(part) - len(part.lstrip())  # then its country
                st.filed_from = Dateline(city, at, at + len(city), place=city)
            continue
        last_city = k == len(parts) - 1 and _is_city(part)  # ("The Hindu, New Delhi": no name, the place)
        if (authors and k == len(parts) - 1 and len(part.split()) == 1) or (
            (authors or source) and last_city
        ):
            if st.filed_from is None and dateline_city(part.strip()):  # ("By A B, Abuja": where it was filed)
                city, at = part.strip(), p_abs + len(part) - len(part.lstrip())
                st.filed_from = Dateline(city, at, at + len(city), place=city)
            continue  # one word or a city after the names is where they filed from: "Anna Berg, Tel Aviv"
        if authors and body[p_start + len(part) :].lstrip().startswith(";") and _is_city(part):
            continue  # "Anna Berg, Oslo; Li Wei, Beijing": each name with where it was filed from
        if authors and k + 1 < len(parts) and _is_city(part) and _city_between_names(body, parts, k):
            if st.filed_from is None:  # "By A B, Abuja and C D, Lagos": the first writer's place
                city, at = part.strip(), p_abs + len(part) - len(part.lstrip())
                st.filed_from = Dateline(city, at, at + len(city), place=city)
            continue  # each name with where it was filed from
        if (
            k > 0
            and " " not in part.strip()
            and k + 1 < len(parts)
            and _has_role(parts[k + 1][0])
            and _JOIN_NEXT_RE.search(body, p_start + len(part), parts[k + 1][1]) is not None
        ):
            continue  # "A, Defence and Security Correspondent": a topic of the title that follows, no name
        if _desk_of_section(part):
            desk = True
            continue  # "Redazione Cronaca", "Redação Internacional": a section's desk, no person
        name = _strip_roles(part, first=k == 0)
        if name is None:
            if k > 0 and any(t.casefold() in _ROLE_SET for t in part.split()):
                nxt = parts[k + 1][1] if k + 1 < len(parts) else len(body)
                titled_next = (  # "A, Transport Editor, B, Political Correspondent": one more name, titled
                    k + 2 < len(parts) and _bare_name(parts[k + 1][0]) and _has_role(parts[k + 2][0])
                )
                outlet_next = k + 2 == len(parts) and (  # "A, Senior Reporter, The East African"
                    _credit_name(parts[k + 1][0]) is not None or _is_outlet(parts[k + 1][0])
                )
                if _JOIN_NEXT_RE.search(body, p_start + len(part), nxt) is None and not (
                    titled_next or outlet_next
                ):
                    break  # a staff title: what follows it is more title ("General Editor, F1")
            continue  # ("A, Senior Correspondent, and B, Staff Writer": B is one more name)
        if " " in name and _state_word(name):
            continue  # "United States | Harbour politics": a section named for a state (The Economist's)
        at = p_abs + len(part) - len(name) if not part.startswith(name) else p_abs  # (a title before it)
        authors.append(Author(name, at, at + len(name), _person_name(name)))
        pos += 1
    if not authors and source is None and (bare or not desk):
        return False  # (a "By" line of desks only, "By Staff and wire reports", credits nobody by name)
    b_end = b_start + b_len
    if authors and len(parts) > 1 and _has_role(parts[-1][0]):
        # "A, Aviation Correspondent | B, Business Editor": one more name with its title after a separator
        for name, n_start, p_end in _titled_names_after(seg, cut):
            authors.append(Author(name, start + n_start, start + n_start + len(name), _person_name(name)))
            b_end = start + p_end
    st.byline = Span(text[b_start:b_end], b_start, b_end)
    st.authors = tuple(authors)
    if source is not None:
        st.source = st.source or source
    return True


# A listed outlet or agency joined by a hyphen to a noun of its newsroom, as German credits print it: "ARD-
# Hauptstadtstudio", "ARD-Studio Brüssel", "ZDF-Korrespondentin in Paris", "dpa-Korrespondent" (the outlet
# itself may hold no hyphen, "Ouest-France" is one name). Only an agency or an outlet's initials: "Dawn" and
# "Fox" open given names and surnames ("Dawn-Marie Lee").
_OUTLET_COMPOUND_RE = regex.compile(
    r"(?P<outlet>\L<outlets>)-(?=\p{Lu}\p{Ll})(?!\S*+-)",
    outlets=_longest_first(
        [
            o
            for o in (*OUTLETS, *BROADCAST_OUTLETS, *AGENCIES)
            if "-" not in o and (o.isupper() or o in AGENCIES)
        ]
    ),
)


_DESK_NOUNS = frozenset({"desk", "bureau"})


# A writer's name and the outlet they file for in brackets, one part of a byline of several: "Jane Doe
# (Reuters)" in "Jane Doe (Reuters) and Tom Hale (AFP)".
_PART_CREDIT_RE = regex.compile(r"(?P<name>\s*+\p{Lu}[^()\n]{1,60}?)\s*+\((?P<credit>[^()\n]{2,40}+)\)\s*+")


def _outlet_section_desk(part: str) -> str | None:
    """The outlet whose section's desk ``part`` credits: an outlet's name or initials, one or two words of
    a section, then "Desk" or "Bureau" ("TOI World Desk", "India Today World Desk", "HT Sports Desk"), or
    None; a writer's title after a name ("Ann Lee World Desk") names no outlet."""
    toks = part.split()
    if not 3 <= len(toks) <= 6 or toks[-1].casefold() not in _DESK_NOUNS:
        return None
    j = len(toks) - 1
    while j > 1 and toks[j - 1].casefold() in _SECTION_WORDS and len(toks) - 1 - j < 2:
        j -= 1
    if j == len(toks) - 1:
        return None  # (no section: "Kyiv Independent news desk" is read as before)
    head = part.strip()[: part.strip().index(toks[j - 1]) + len(toks[j - 1])]
    if (j == 1 and _INITIALS_OUTLET_RE.fullmatch(head) is not None) or _credit_name(head) is not None:
        return head if head.casefold() not in _given_names() else None
    return None


def _joined_agencies(part: str) -> tuple[str, str] | None:
    """The first agency's name and its printed word when ``part`` is two or three listed agencies joined by
    hyphens, as a paper credits a story it took from two wires ("APA-dpa", "AFP-JIJI", "Kyodo-AFP"); None
    otherwise."""
    pieces = part.strip().split("-")
    if not 2 <= len(pieces) <= 3 or not part.startswith(pieces[0]):
        return None
    names = [_agency_name(p) for p in pieces]
    return (names[0], pieces[0]) if all(names) and names[0] is not None else None


# An outlet's initials standing alone for its name: three to six capitals ("TOI", "MEE", "NOS").
_LONE_INITIALS_RE = regex.compile(r"\p{Lu}{3,6}+")


def _lone_initials(part: str) -> bool:
    """Whether the first part of a byline is an outlet's initials alone ("By TOI", "By MEE and agencies"):
    three to six capitals, no given name ("JANE") nor a city ("ROME"); no name is one word of capitals."""
    p = part.strip()
    return (
        _LONE_INITIALS_RE.fullmatch(p) is not None
        and p.casefold() not in _given_names()
        and not dateline_city(p)
    )


# The staff nouns in the plural that close a desk's credit of its paper's reporters ("Mirror Reporters").
_PLURAL_STAFF_NOUNS = frozenset({"reporters", "correspondents", "writers"})


def _staff_in_plural(part: str) -> bool:
    """Whether ``part`` credits a paper's reporters in the plural ("Mirror Reporters", "Herald
    Correspondents"): capitalised words closed by a staff noun in the plural, the first no given name (no
    person's name ends with a plural noun)."""
    toks = part.split()
    return (
        2 <= len(toks) <= 4
        and toks[-1].casefold() in _PLURAL_STAFF_NOUNS
        and toks[0].casefold() not in _given_names()
        and all(t[:1].isupper() for t in toks)
    )


def _city_between_names(body: str, parts: list[tuple[str, int]], k: int) -> bool:
    """Whether the byline part ``parts[k]``, after a name, is that writer's place with the next writer after
    it: joined by "and" or "&" ("A B, Abuja and C D, Lagos"), or by a comma before a name of two words or
    more ("A B, Kano, C D, Lagos and ...")."""
    between = body[parts[k][1] + len(parts[k][0]) : parts[k + 1][1]].strip(" ,")
    if between:
        return _JOIN_NEXT_RE.fullmatch(between) is not None
    return len(parts[k + 1][0].split()) >= 2 and _bare_name(parts[k + 1][0].strip())


# One more part of a byline after a separator: "| Ruth Abebe, Business Editor".
_TITLED_NEXT_RE = regex.compile(r"\s*+[|•·]\s*+(?P<piece>[^|•·\n]{4,80}?)\s*+(?=[|•·]|$)")


def _plural_title(part: str) -> bool:
    """Whether a byline part is a staff title in the plural, closed by a title's word and an "s" ("Political
    Reporters", "Foreign Correspondents"), as a byline of several writers prints it after their names."""
    last = part.split()[-1].casefold() if part.strip() else ""
    return last.endswith("s") and last[:-1] in _ROLE_SET


def _has_role(part: str) -> bool:
    """Whether a byline part holds a staff title's word ("Aviation Correspondent")."""
    return any(t.casefold().strip(",.") in _ROLE_SET for t in part.split())


def _titled_names_after(seg: str, pos: int) -> Iterator[tuple[str, int, int]]:
    """The names printed each with its staff title after a separator from ``seg[pos:]`` ("| Ruth Abebe,
    Business Editor"), as (name, its offset, the offset where its part ends); none past the first part that
    is not a name, a comma and a title."""
    while (m := _TITLED_NEXT_RE.match(seg, pos, timeout=_T)) is not None:
        head, comma, role = m.group("piece").partition(",")
        name = _strip_roles(head.strip(), first=True) if comma and _has_role(role) else None
        if name is None or not _bare_name(name) or not head.startswith(name):
            return
        yield name, m.start("piece"), m.end("piece")
        pos = m.end("piece")


def _writer_credit(line: Span, st: _State) -> None:
    """The writer a standfirst credits at its end ("Prices are falling, writes Jane Doe", "A weekly briefing,
    by Amara Diallo") as the byline."""
    m = _WRITES_RE.search(line.text, timeout=_T)
    if m is None:
        return
    name = m.group("name")
    if not _name_tokens(name) or _agency_name(name) is not None or _is_outlet(name):
        return
    if m.group("by") and (not _bare_name(name) or _PASSIVE_RE.search(line.text, 0, m.start(), timeout=_T)):
        return  # ("..., by Tuesday's count", "Plans were unveiled on Monday, by President Ruto": no writer)
    start = line.start + m.start("name")
    st.byline = Span(name, start, start + len(name))
    st.authors = (Author(name, start, start + len(name), _person_name(name)),)


def _writer_from(line: _Line, text: str, st: _State) -> bool:
    """A broadcaster's credit line naming its reporters and the city they filed from ("From Ana Ruiz in
    Nairobi", "Ana Ruiz reports from Nairobi"): the byline and where the story was filed, set in ``st``;
    False when ``line`` is none (a name that is no person's, a place that is no known city)."""
    if ("From " not in line.text and " from " not in line.text) or (
        m := _FROM_WRITER_RE.fullmatch(line.text, timeout=_T)
    ) is None:
        return False
    group = "names" if m.group("names") is not None else "names2"
    parts = [p for p, _ in _split_names(m.group(group))]
    if not parts or not all(_bare_name(p) for p in parts) or not _is_city(m.group("place")):
        return False
    scratch = _State()
    if not _set_byline(line.start + m.start(group), line.start + m.end(group), text, scratch):
        return False
    st.byline, st.authors = scratch.byline, scratch.authors
    at = line.start + m.start("place")
    st.filed_from = st.filed_from or Dateline(m.group("place"), at, line.end, place=m.group("place"))
    return True


def _glued_agency(part: str) -> tuple[str, str] | None:
    """``part`` split into a name and the agency or outlet glued after it without a comma ("Maria Garcia
    Associated Press", "Clara Dubois Euractiv", "Sipho Dlamini Daily Maverick", "Owen Pratt Lakeside
    Courier"), or None. Before an outlet the head must be a person's name (not "The Kyiv" of "The Kyiv
    Independent"), and a listed outlet of one word closes a name of two words only when the word before it
    is no given name ("Mary Kate Forbes" is a person's name) and the outlet's word is no newspaper's word
    alone ("Press" of "ByThe Associated Press")."""
    if part.strip().casefold() in _OUTLET_NAMES:
        return None  # a listed outlet whole: "South China Morning Post" holds no name before "Morning Post"
    toks = part.split()
    if len(toks) > 1 and _agency_name(" ".join(toks[1:])) is not None:
        return None  # ("ByThe Associated Press": one word, then the agency's whole name)
    for k in range(max(2, len(toks) - 3), len(toks)):
        tail = " ".join(toks[k:])
        if not part.endswith(tail):
            continue
        head = part[: len(part) - len(tail)].rstrip()
        if _agency_name(tail) is not None:
            return head, tail
        one_word = k == len(toks) - 1
        if (
            tail.casefold() in _OUTLET_NAMES
            and not (
                one_word and (toks[k - 1].casefold() in _given_names() or tail.casefold() in _NEWSPAPER_SET)
            )
            and toks[0].casefold() not in _ARTICLES
            and _bare_name(head)
        ):
            return head, tail
    cut = _name_then_newspaper(part)  # ("Owen Pratt Lakeside Courier": a newspaper's word closes it)
    if cut is None or toks[0].casefold() in _ARTICLES:
        return None
    return part[:cut].rstrip(), part[cut:]


def _credited_authors(text: str, body_start: int) -> tuple[Author, ...]:
    """The reporters a closing credit line names ("Reporting by A and B in Kyiv; Editing by C"): the
    writers of a story whose header has no byline. Editors are no authors."""
    tail_start = max(body_start, len(text) - 600)
    authors: list[Author] = []
    for m in _CREDIT_LINE_RE.finditer(text, tail_start, timeout=_T):
        base = m.start("names")
        for part, off in _split_names(m.group("names")):
            place = _FILED_FROM_RE.search(part, timeout=_T)
            core = part[: place.start()] if place is not None else part
            core = core.rstrip(" .")
            if _name_tokens(core) and _agency_name(core) is None:
                authors.append(Author(core, base + off, base + off + len(core), _person_name(core)))
    return tuple(authors)


def _person_name(printed: str) -> str:
    """The normalised name of a person: without an honorific ("Dr. Anne Fischer" -> "Anne Fischer"), and
    in the usual case when printed in capitals ("ELENA MARSH" -> "Elena Marsh", "O'NEILL" -> "O'Neill")."""
    hm = _HONORIFIC_RE.match(printed)
    if hm is not None and len(printed[hm.end() :].split()) >= 2:
        printed = printed[hm.end() :]
    if not printed.isupper() or sum(c.isalpha() for c in printed) < 4:
        # "Anna BERG" (AFP's and French pages' surnames in capitals): each such word in the usual case
        words = printed.split()
        if any(not w.isupper() for w in words) and any(_CAPS_SURNAME.fullmatch(w) for w in words):
            return " ".join(_cap_word(w) if _CAPS_SURNAME.fullmatch(w) else w for w in words)
        return printed
    return " ".join(_cap_word(w) for w in printed.split())


#: A word of a name printed in capitals, of two letters or more, no Roman numeral ("BERG", "O'NEILL").
_CAPS_SURNAME = regex.compile(r"(?![IVX]++$)\p{Lu}[\p{Lu}'’\-]*\p{Lu}")


def _cap_word(word: str) -> str:
    """One capitalised word of a name: particles lower-cased ("DE" -> "de"), initials kept ("J.")."""
    if word.casefold() in _PARTICLES:
        return word.lower()
    return regex.sub(r"(?<=\p{L})\p{L}+", lambda m: m.group().lower(), word)


def _split_names(body: str) -> list[tuple[str, int]]:
    """The parts of a byline between commas and "and"s, with their offsets."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in _NAME_SPLIT_RE.finditer(body, timeout=_T):
        if m.start() > pos:
            out.append((body[pos : m.start()], pos))
        pos = m.end()
    if pos < len(body):
        out.append((body[pos:], pos))
    return [(p, o) for p, o in out if p.strip() and p.lower() not in {"others", "more"}]


def _agency_name(part: str) -> str | None:
    """The canonical agency name when ``part`` is a news agency ("Reuter" -> "Reuters")."""
    key = part.strip().casefold()
    if key.startswith(("l'", "l’")) and key[2:] in _AGENCY_SET:
        key = key[2:]  # "Par Julien Moreau et l'AFP"
    if key in _AGENCY_SET:
        name = _AGENCY_ALIASES.get(key) or _AGENCY_SPELLING[key]
        # ("Ina", "Map": a given name or a word, the agency only in capitals)
        printed_as_initials = key == name.casefold() and name in CAPITALS_ONLY_AGENCIES
        return None if printed_as_initials and part.strip() != name else name
    return None


def _credit_name(part: str) -> str | None:
    """The outlet or agency a byline credits after the names ("Jan Gerber | News24", "Anna Lindqvist/TT"):
    a listed agency (its canonical name) or outlet, a web address ("Kompas.com"), capitalised words ending
    with a newspaper's word ("Philippine Daily Inquirer") or a brand of letters and digits ("News24"); None
    otherwise."""
    p = part.strip()
    name = _agency_name(p) or _agency_of_section(p)
    if name is not None:
        return name
    if (
        p in _OUTLET_EXACT  # (a brand in lower case or opening with a digit, spelt as listed: "franceinfo")
        or _masthead(p)
        or _BRAND_DIGITS_RE.fullmatch(p)
        or _POSSESSIVE_BRAND_RE.fullmatch(p)
        or (_CALL_SIGN_RE.fullmatch(p) and not dateline_city(p))
        or _NETWORK_STATION_RE.fullmatch(p)
    ):
        # a listed outlet, a web address, a newspaper's name ("Philippine Daily Inquirer"), "News24", a
        # brand with a possessive no person's name has ("Lloyd's List"), a station's call sign ("WXYZ",
        # "KARE 11", not a city of its shape: "KYIV", "KIEV") or brand ("NBC Chicago")
        return p
    return _agency_service(p)


def _agency_service(p: str) -> str | None:
    """The agency whose language service ``p`` names: a listed agency spelt as listed, then the words of a
    service ("ANSA English", "EFE English", "Xinhua English Service"): the agency's name; None otherwise."""
    toks = p.split()
    if not 2 <= len(toks) <= 4 or toks[-1].casefold() not in _SERVICE_WORDS:
        return None
    for k in range(len(toks) - 1, 0, -1):
        head = " ".join(toks[:k])
        if head in _AGENCY_EXACT and all(t.casefold() in _SERVICE_WORDS for t in toks[k:]):
            return _agency_name(head)
    return None


def _agency_of_section(part: str) -> str | None:
    """The agency whose section, unit or regional service ``part`` names, the agency's name then a section's
    or a unit's words or a region ("AFP World", "Reuters Business", "AP Fact Check", "AFP Africa"), or
    None."""
    head = _agency_head(part) if " " in part and part.casefold() not in _OUTLET_NAMES else None
    if head is None:
        return None
    rest = part[len(head) :].strip()
    if all(w.casefold() in _SECTION_WORDS or w.casefold() in _AGENCY_UNIT_WORDS for w in rest.split()):
        return _agency_name(head)
    return _agency_name(head) if _a_place(rest) else None


# The words of an agency's own units that sign its copy: "Reuters Graphics", "Reuters Investigates", "AFP Fact
# Check", "AP Fact Check" (the agencies' own pages; written by us).
_AGENCY_UNIT_WORDS = frozenset({"graphics", "investigates", "fact", "check", "factcheck", "visuals", "data"})


def _a_place(name: str) -> bool:
    """``name`` is a place or a region the gazetteer knows, named whole and not by its adjective ("Africa",
    "Middle East"; not "Ukrainian", a language service's name)."""
    from ._actors import default_gazetteer  # lazy: the gazetteer is built on first use

    hits = default_gazetteer().find(name, adjectives=False)
    return len(hits) == 1 and hits[0].text == name


def _agency_head(part: str) -> str | None:
    """The agency that opens an outlet-like byline part ("Reuters Staff", "AFP Newsroom"), or None."""
    toks = part.split()
    for k in range(len(toks) - 1, 0, -1):
        head = " ".join(toks[:k])
        if _agency_name(head) is not None and part.startswith(head):
            return head
    return None


def _is_outlet(part: str) -> bool:
    """A desk or outlet rather than a person: "Autoblog Staff", "Daily News Egypt", "The Citizen"."""
    toks = part.split()
    if not toks:
        return False
    if toks[0].casefold() in _ARTICLES:  # "The Citizen", "Die Gartenpost", "Il Foglio"
        return True
    if _outlet_prefix(part) or _desk_head(part) is not None:  # "Al Arabiya English", "X news desk"
        return True
    if len(toks) == 1 and _GLUED_OUTLET_RE.fullmatch(part.strip()) is not None:
        return True  # "Azernews", "MercoPress": an outlet's word glued to its brand, no one's name
    words = [w for t in toks for w in (t, *t.split("-"))]  # "ARD-Studio": its "Studio"
    if (
        len(toks) >= 2
        and toks[0].casefold() not in _given_names()
        and any(p.casefold() in _NEWSPAPER_SET for p in toks[-1].split("-"))
    ):
        return True  # "Tulsa World", "Springfield News-Leader": a newspaper's last word closes it
    return any(t.casefold() in _OUTLET_SET for t in words) and not any(
        t.casefold() in _ROLE_SET - {"staff"}
        and not (k and toks[k - 1].casefold() == "staff" and t.casefold().endswith("s"))
        for k, t in enumerate(toks)
    )  # ("Nikkei staff writers": the staff's own noun after it; "Crimson Staff Writer" is a person's title)


def _desk_head(part: str) -> str | None:
    """The outlet before a desk word that ends ``part`` ("Kyiv Independent news desk": "Kyiv Independent"),
    or None."""
    toks = part.split()
    if _AGENCY_NAME_END_RE.search(part) is not None:
        return None  # "Rwanda News Agency": an agency's own name, whose last word is no desk
    for k in (2, 1):
        if len(toks) > k and " ".join(toks[-k:]).casefold() in _DESK_SET and toks[0][:1].isupper():
            return part[: part.rindex(toks[-k])].rstrip()
    return None


# One word of a brand with a news outlet's word glued after it, as outlets sign their own copy: "Azernews",
# "MercoPress", "Trendnews", "Dailypost" (no surname ends so; "Newsome" opens with one and stays a name).
_GLUED_OUTLET_RE = regex.compile(r"\p{Lu}\p{L}{2,}?(?i:news|press|post|times|online)")

# The words that close a news agency's name: "Rwanda News Agency", "Mongolian News Agency", "Press Agency".
_AGENCY_NAME_END_RE = regex.compile(r"\p{Lu}\p{L}++\s(?:News|Press)\sAgency$")


def _outlet_prefix(part: str) -> bool:
    """Whether ``part`` is a listed outlet's name, maybe with a word or two after it ("Al Arabiya English",
    "Meduza Online"), or a listed agency's name spelt as listed with the name of its language service after
    it ("ANSA English", "EFE English", "Xinhua English Service"; not "Trend Walker", a person's name)."""
    toks = part.split()
    if len(toks) > 4:
        return False
    if _given_name_and_surname(toks):
        return False  # "Dawn Morgan": a listed outlet's one word that is a given name, then a surname
    if any(" ".join(toks[:k]).casefold() in _OUTLET_NAMES for k in range(len(toks), 0, -1)):
        return True
    return any(
        " ".join(toks[:k]) in _AGENCY_EXACT and all(t.casefold() in _SERVICE_WORDS for t in toks[k:])
        for k in range(len(toks) - 1, 0, -1)
    )


def _given_name_and_surname(toks: list[str]) -> bool:
    """Whether two tokens are a known given name and a surname ("Dawn Morgan"), whatever outlet the first
    names: the second capitalised and no word of an outlet, a desk, a title or a service ("Dawn Staff",
    "Dawn News", "Dawn English"), nor a known city ("Dawn Karachi")."""
    if len(toks) != 2 or toks[0].casefold() not in _given_names() or not toks[1][:1].isupper():
        return False
    last = toks[1].casefold()
    if last in _OUTLET_SET or last in _DESK_SET or last in _ROLE_SET or last in _SERVICE_WORDS:
        return False
    return (
        _NAME_TOKEN_RE.fullmatch(toks[1]) is not None
        and " ".join(toks).casefold() not in _OUTLET_NAMES
        and not dateline_city(toks[1])
    )


# The words of an agency's service after its name: the languages its services print in and "Service",
# "International", "World" (the words written by us).
_SERVICE_WORDS = frozenset(
    (
        *("english", "french", "spanish", "portuguese", "arabic", "russian", "chinese", "german", "italian"),
        *("turkish", "persian", "japanese", "korean", "service", "international", "world"),
    )
)


# An outlet's name and its city or edition, as a news database prints its publication line under the
# headline: "The Guardian (London)", "The Straits Times (Singapore)", "Agence France Presse -- English".
_EDITION_RE = regex.compile(
    r"""(?P<outlet>\p{Lu}[^()\n]{1,60}?)
        (?:\s\((?P<paren>\p{Lu}[^()\n]{1,40}+)\)|\s-{1,2}\s(?i:\L<services>)(?:\s(?i:edition))?+)""",
    regex.VERBOSE,
    services=sorted(_SERVICE_WORDS),
)


def _is_city(part: str) -> bool:
    """A capital or a city that datelines name often ("Tel Aviv", "Wien"), printed after a byline's names."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and dateline_city(part)


def _outlet_before_role(part: str) -> str | None:
    """The outlet that opens ``part`` when staff-title words close it ("Gulf News Correspondent", "Dawn Staff
    Reporter"), the title's lower-case words before them too ("RNZ political reporter"), else None."""
    toks = part.split()
    j = len(toks)
    while j > 1 and toks[j - 1].casefold() in _ROLE_SET:
        j -= 1
    if j == len(toks) or j == 0:
        return None
    while j > 1 and toks[j - 1].islower():  # ("senior", "political", "foreign affairs" before the title)
        j -= 1
    head = part[: part.index(toks[j - 1]) + len(toks[j - 1])] if part.count(toks[j - 1]) == 1 else None
    if head is None or head.casefold() in _OUTLET_SET:
        return None
    return head if _credit_name(head) is not None else None


_LEADING_TITLE_WORDS = 2  # words of a staff title before its first role word when it precedes the name


# The words a broadcast's or a podcast's page prints before its presenter's name ("Host Ann Lee"); only
# before a name, since they are surnames too ("Sarah Host").
_PRESENTER_WORDS = frozenset({"host", "co-host", "cohost", "presenter", "anchor", "moderator"})


# A region of two words in a writer's title ("Middle East correspondent", "South Asia editor"): a compass
# word, then the region's head (written by us).
_COMPASS_WORDS = frozenset(
    {"Middle", "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
    | {"Latin", "Far", "Southeast", "Northeast", "Southwest", "Northwest"}
)
_REGION_HEADS = frozenset(
    {"East", "Asia", "Africa", "America", "Americas", "Europe", "England", "Ireland", "Pacific", "Caucasus"}
)


def _strip_roles(part: str, *, first: bool) -> str | None:
    """The person's name in ``part``: a staff title before or after it and glued outlets removed; None if
    no name.

    The title starts at its first role word, with the lower-case words before it ("chief political
    correspondent"); a title in sentence case takes one capitalised word more, the name keeping two
    ("Tom Ashby Environment correspondent": "Tom Ashby")."""
    toks = part.split()
    if len(toks) >= 3 and toks[0].casefold() in _PRESENTER_WORDS and _name_tokens(" ".join(toks[1:])):
        toks = toks[
            1:
        ]  # "Host Ann Lee", "Presenter Ann Lee": a broadcast's presenter, the word before the name
        part = " ".join(toks)
    roles = [k for k, t in enumerate(toks) if t.casefold() in _ROLE_SET]
    if roles and roles[0] <= _LEADING_TITLE_WORDS:
        # "Political Correspondent Ann Lee", "Rome correspondent Ann Lee", "Deputy Political Editor Ann Lee":
        # the staff title printed before the name
        k = max(r for r in roles if r <= _LEADING_TITLE_WORDS + 1)
        rest = " ".join(toks[k + 1 :])
        if len(toks) - k - 1 >= 2 and roles[-1] == k and _name_tokens(rest) and part.endswith(rest):
            return rest
    if roles:
        if not first:
            return None
        r = j = roles[0]
        while j > 0 and toks[j - 1].islower():
            j -= 1
        if toks[r].islower() and j >= 3:
            j -= 1
        while j > 0 and (toks[j - 1].casefold() in _ROLE_SET or toks[j - 1].casefold() in _OUTLET_SET):
            j -= 1
        if (
            j >= 3
            and j == r
            and toks[r][:1].isupper()
            and (toks[j - 1].casefold() in _SECTION_WORDS or dateline_city(toks[j - 1]))
        ):
            j -= 1  # "Tendai Moyo Bulawayo Bureau", "Ann Lee Health Correspondent": the title's city or field
        if j >= 3 and j == r - 1 and toks[j - 1] in _COMPASS_WORDS and toks[j] in _REGION_HEADS:
            j -= 1  # "Ola Nilsen Middle East correspondent": a region of two words, the title's
        if (q := next((k for k in range(3, j) if toks[k] == "of" and toks[k - 1][:1].isupper()), 0)) > 0:
            j = q - 1  # "Ola Nilsen North of England correspondent": the region's words before "of" are the
            # title's, no name has "of" (its particles are "de", "van", "von")
        toks = toks[:j]
    while toks and _BRAND_TOKEN_RE.match(toks[-1]) and len(toks) > 1:
        toks.pop()
    name = " ".join(toks)
    if name.endswith(".") and len(toks[-1]) > 3 and not _INITIALS_RE.fullmatch(toks[-1]):
        name = name[:-1]  # "Marc Le Goff." closes the line with a full stop; "Jr." and "J.R." keep theirs
    if not name or not part.startswith(name):
        return None
    return name if _name_tokens(name) else None


def _name_tokens(s: str) -> bool:
    """Whether ``s`` has the shape of a person's name: 1-6 capitalised tokens or particles, no digits."""
    hm = _HONORIFIC_RE.match(s)
    if hm is not None and "(" in hm.group():
        s = s[hm.end() :]  # ("Maj. Gen. (Retd) Omar Reyes": the name after the ranks)
    toks = s.split()
    if not 1 <= len(toks) <= 6 or any(c.isdigit() for c in s):
        return False
    if len(toks) >= 2 and any(t.casefold() in _INSTITUTION_SET for t in toks):
        return False  # "Brookings Institution", "Council of Europe": an institution, no person
    return all(_NAME_TOKEN_RE.fullmatch(t) or t.casefold() in _PARTICLES for t in toks) and bool(
        _NAME_TOKEN_RE.fullmatch(toks[0])
    )


# --------------------------------------------------------------------------- datelines


def _try_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """If ``line`` opens with a wire dateline, record it and the body start; True if so."""
    if _ARABIC_LETTER.match(line.text) is not None:
        return _arabic_dateline(text, line, st, ref, settings)
    if _CJK_OPENING.match(line.text) is not None and _cjk_dateline(text, line, st, ref, settings):
        return True  # ("(ANSA) - MILANO, ..." opens with a bracket too: the patterns below read it)
    # Both patterns end in a dash ("-", "–", "—", or a dot for the dateline), and a dateline opens with an
    # upper-case letter: lines without them are settled without running either.
    dashed = "-" in line.text or "–" in line.text or "—" in line.text or "//" in line.text
    pm = _AGENCY_DASH_PLACE_RE.match(line.text, timeout=_T) if dashed else None
    if pm is not None and dateline_city(pm.group("place")):  # "APA-Dakar (Senegal) The ministry said ..."
        end = len(line.text[: pm.end()].rstrip())
        agency = pm.group("agency")
        st.dateline = Dateline(
            line.text[:end], line.start, line.start + end, place=pm["place"], agency=agency
        )
        st.source = st.source or _source_of(agency, line.start)
        st.body_start = _skip_to_text(text, line.start + pm.end())
        return True
    am = (
        _AGENCY_ONLY_DATELINE_RE.match(line.text, timeout=_T)
        if dashed or ". " in line.text or ": " in line.text or ", " in line.text[:40]
        else None
    )
    if (
        am is not None
        and am.group("end") in {".", ":", ""}
        and (am.group("place") is None or am.group("date") is None)
    ):
        am = None  # a stop, a colon or nothing ends it only after a place and a date: "YEREVAN, APRIL 3,
        # ARMENPRESS.", "BAKU, Azerbaijan, November 29. Trend:", "Baku, November 29, AZERTAC"
    if (
        am is not None
        and am["agency"] not in CAPITALS_ONLY_AGENCIES
        and am["agency"].upper() in CAPITALS_ONLY_AGENCIES
    ):
        am = None  # ("Baghdad, Ina -": the agency only in capitals)
    if am is not None and am.group("place") is None and am.group("agency") not in _AGENCY_EXACT:
        am = None  # without a place, only an agency printed as the list spells it: not "MEHR - ..."
    if am is not None and am.group("place") is None and _edition_only(line.text[am.end() :]):
        am = None  # "Agence France Presse -- English": a news database's publication line, no lead after it
    dv = _last_date(line, am, ref, settings) if am is not None else None
    if am is not None and am.group("date") is not None and dv is None:
        am = None  # (between the place and the agency only a date may stand: "Riyadh, Nov 27, 2026, SPA --")
    if am is not None:
        st.dateline = Dateline(am.group(0).rstrip(), line.start, line.start + len(am.group(0).rstrip()))
        st.dateline = attrs.evolve(st.dateline, agency=am.group("agency"), place=am.group("place"), date=dv)
        agency, at = am.group("agency"), line.start + am.start("agency")
        st.source = st.source or Source(agency, at, at + len(agency), _credit_name(agency) or agency)
        st.body_start = _skip_to_text(text, line.start + am.end())
        return True
    cm = COLON_DATELINE.match(line.text, timeout=_T) if ":" in line.text[:40] else None
    if cm is None and ":" in line.text[:40] and _dated_colon_dateline(text, line, st, ref, settings):
        return True
    if cm is None and ":" in line.text[:30] and not st.body_lines and _is_sentence(line):
        # (only over the first paragraph, and before a sentence: "Beirut: Rania Khoury" is a byline)
        cm = _MIXED_COLON_DATELINE_RE.match(line.text, timeout=_T)
    if cm is not None and dateline_city(cm.group("place")):
        st.dateline = Dateline(
            cm.group("place") + ":", line.start, line.start + cm.end("place") + 1, place=cm.group("place")
        )
        st.body_start = _skip_to_text(text, line.start + cm.end())
        return True
    dm = _DOTTED_DATELINE_RE.match(line.text, timeout=_T) if dashed else None
    if dm is not None and _dotted_dateline(text, line, dm, st, ref, settings):
        return True
    if ") " in line.text[:50] and _date_agency_dateline(text, line, st, ref, settings):
        return True
    fm = _AGENCY_FIRST_RE.match(line.text, timeout=_T) if line.text.startswith("(") else None
    if fm is not None and (
        _agency_name(fm.group("agency")) is not None or fm.group("agency").casefold() in _OUTLET_NAMES
    ):
        # "(ANSA) - ROMA, 05 MAR - ...": the agency before the place; "(Addis Standard) – ...": a listed
        # outlet's own credit opening the lead
        rest = _Line(line.start + fm.end(), line.end, line.text[fm.end() :])
        agency = fm.group("agency")
        if not _try_dateline(text, rest, st, ref, settings) or st.dateline is None:
            # "(Bloomberg) -- Turkey's central bank ...": the agency's credit opening the body, no place
            credit = fm.group(0).rstrip()
            st.dateline = Dateline(credit, line.start, line.start + len(credit), agency=agency)
            st.source = st.source or _source_of(agency, line.start + fm.start("agency"))
            st.body_start = _skip_to_text(text, line.start + fm.end())
            return True
        st.dateline = attrs.evolve(
            st.dateline,
            text=text[line.start : st.dateline.end],
            start=line.start,
            agency=st.dateline.agency or agency,
        )
        st.source = st.source or _source_of(agency, line.start + fm.start("agency"))
        return True
    if line.text.startswith("(") and _paren_dateline(text, line, st, ref, settings):
        return True
    slashed = "/" in line.text[:60]  # "Ankara / Anadolu Agency - ...", "KYIV / Ukrinform / ..."
    if not (dashed or slashed or "." in line.text or ")" in line.text) or _UPPER.match(line.text) is None:
        return False
    if dashed and _place_date_dash_dateline(text, line, st, ref, settings):
        return True
    om = _OUTLET_DASH_RE.match(line.text, timeout=_T) if dashed else None
    if om is not None and _is_sentence(line):  # "The Moscow Times — The ministry said ...": no place
        credit = line.text[: om.end()].rstrip()
        st.dateline = Dateline(credit, line.start, line.start + len(credit), agency=om.group("outlet"))
        st.source = st.source or _source_of(om.group("outlet"), line.start)
        st.body_start = _skip_to_text(text, line.start + om.end())
        return True
    gm = _PLACE_DASH_AGENCY_RE.match(line.text, timeout=_T) if dashed or slashed else None
    if gm is not None and dateline_city(gm.group("place")):  # "Baghdad-INA The ministry said ..."
        end = len(line.text[: gm.end()].rstrip())
        agency, at = gm.group("agency"), line.start + gm.start("agency")
        st.dateline = Dateline(
            line.text[:end], line.start, line.start + end, place=gm["place"], agency=agency
        )
        st.source = st.source or _source_of(agency, at)
        st.body_start = _skip_to_text(text, line.start + gm.end())
        return True
    if dashed and _broken_dateline(text, [line], 0, st):
        return True  # "LONDON BBC – ...": the agency after a place in capitals, no part of it
    m = _dateline_match(line.text)
    if m is None:
        return False
    agency = m.group("agency") or m.group("agency2")
    date_s = m.group("date")
    if date_s is not None and date_s.strip().rstrip(".").casefold() in _WEEKDAY_SET:
        date_s = None  # "Geneva, Tuesday (AFP) -": the day of the week, no date to read
    dv = None
    in_state = (  # "Doha, Qatar – Negotiators ...": a city, its country and a dash, as Al Jazeera prints them
        m.group("mixed") is not None
        and date_s is not None
        and (agency is None or m.group("agency") is not None)  # ("Tashkent, Uzbekistan (Gazeta.uz) —")
        and m.group("dash") in ("-", "–", "—")
        and line.text[m.end() : m.end() + 1].isupper()
        and (_state_word(date_s.strip()) or _country_initials(m.group("mixed"), date_s.strip()))
    )
    if in_state:
        date_s = None
    date_at, state_end = m.start("date"), None
    us = _US_STATE_RE.match(date_s) if m.group("mixed") is not None and date_s is not None else None
    if us is None and m.group("mixed") is not None and date_s is not None and not in_state:
        # "Georgetown, Guyana, Dec 1 (CMC) –", "Port-au-Prince, Haiti (AP) —": a country after the city
        us = _COUNTRY_AFTER_CITY_RE.match(date_s, timeout=_T)
        if us is not None and (
            not _state_word(us.group("state")) or (us.end() == len(date_s) and not agency)
        ):
            us = None  # (with no date, only before an agency: "Madrid, Spain - a city ..." is none)
    if us is not None and date_s is not None and not _writer_before_state(m.group("mixed")):
        if us.end() == len(date_s):  # "Denver, Colo. (AP) —": the city and its state, no date
            if agency is None and not (m.group("dash") in ("-", "–", "—") and _is_sentence(line)):
                return False  # (with no agency, a dash and a sentence after it: "Waco, Texas – The ...")
            state_end, date_s = date_at + us.end("state"), None
        else:  # "Houston, Texas, Dec 1 (Reuters) -": the date after the state
            state_end, date_at, date_s = date_at + us.end("state"), date_at + us.end(), date_s[us.end() :]
    if date_s is not None:
        lead = len(date_s) - len(date_s.lstrip())
        if (article := _DATE_ARTICLE.match(date_s, lead)) is not None:
            lead = article.end()  # "Paris, le 3 mars (AFP) -": the article before the day
        day = date_s[lead:].rstrip()
        dm = DATE_RE.fullmatch(day, timeout=_T)
        if dm is None and (short := _DATE_CLOSE_RE.sub("", day)) != day:
            day = short  # "2025. november 28., szombat", "28. studenoga 2025.": the date, not its weekday
            dm = DATE_RE.fullmatch(day, timeout=_T)
        if dm is not None:
            ds = line.start + date_at + lead
            dv = _date_value(ds, ds + len(day), day, ref, settings)
        elif m.group("caps") is not None and m.group("dash") and _MISSPELT_DATE_RE.fullmatch(date_s.strip()):
            dv = _misspelt_date(line.start + m.start("date"), date_s, ref, settings)  # "NEW YORK, Narch 2 -"
        elif not (_DAY_ONLY_RE.fullmatch(date_s.strip()) and agency):
            return False  # (a day alone stands only before an agency: "MADRID, 4 (EUROPA PRESS) -")
    if (
        m.group("mixed") is not None
        and dv is None
        and agency is None
        and not in_state
        and state_end is None
        and not _bare_place_dateline(line, m, st)
    ):
        return False
    if not m.group("dash") and (agency is None or _agency_name(agency) is None):
        return False  # no dash: only a known agency's brackets end the dateline
    if (
        date_s is not None
        and m.group("mixed") is not None
        and " " in m.group("mixed")
        and not line.text[m.end("place") : m.start("date")].strip()
        and not dateline_city(m.group("mixed"))
    ):
        return False  # a day with no comma after a place of words: one city's ("Jana Nováková 29. listopadu")
    if not m.group("dash") and (
        _byline_word(line.text[: m.end()]) is not None or _writer_before_agency(m, date_s)
    ):
        # ("By Jane Doe (Reuters)", "Jane Doe (AFP)": a writer and the agency, no place; a "by" in the lead
        # after it is the sentence's: "New Delhi, Dec 2 (PTI) The deadline was extended by one month")
        return False
    caps_dot = m.group("caps") is not None and m.group("dash") == "." and agency is None and dv is None
    if caps_dot and (m.group("region") is not None or not dateline_city(m.group("caps"))):
        return False  # (a date or a known city makes it one: "ТЕЛЬ-АВИВ, 12 марта. ...", "BERLIN. Der ...")
    if m.group("caps") is not None and len(m.group("caps")) < 3 and agency is None:
        return False
    if in_state:
        place = line.text[m.start("place") : m.end("date")].strip()
    elif state_end is not None:
        place = line.text[m.start("place") : state_end]  # "Denver, Colo.": the city and its state
    else:
        place = m.group("place").strip()
        if (region := m.group("region")) is not None and region.rstrip(".").casefold() in _WEEKDAY_SET:
            place = m.group("caps")  # "GENEVA, Tuesday —": the day of the week is no part of the place
        elif region is None and m.group("dash") == "-" and _STOP_AFTER_PLACE_RE.search(place) is not None:
            place = place[:-1]  # "GINEBRA.- ...", as Latin American papers print it: the stop before the dash
    if (nm := _NEWSROOM_PLACE_RE.fullmatch(place)) is not None:
        place = nm.group("city")  # "Rome Newsroom, Dec 1, 2026 / 09:41 am (CNA).": the newsroom's city
    desk_only = place.casefold() in _DESK_SET  # "Newsroom, Dec 1 (CNA) -": a desk where the place stands
    if desk_only and (agency is None or dv is None):
        return False
    if place.casefold() in _NOT_PLACES or place.casefold() in _WEEKDAY_SET or _labelled_weekday(place):
        return False  # ("Saturday, 15 March 2025 - 16:45", "Updated Sunday, 29 Nov 2026 - 14:05": date lines)
    if _agency_name(place) is not None or place.casefold() in _OUTLET_NAMES:
        # an agency or an outlet is no place: "KYODO NEWS - 7 hours ago - 14:05 | World" is a credit line,
        # and "REUTERS - Japan will ..." the agency's credit opening the lead
        if (
            agency is not None
            or dv is not None
            or m["dash"] not in {"-", "--", "–", "—"}
            or not _is_sentence(line)
        ):
            return False
        credit = line.text[: m.end("dash")]
        st.dateline = Dateline(credit, line.start, line.start + len(credit), agency=place)
        st.source = st.source or _source_of(place, line.start + m.start("place"))
        st.body_start = _skip_to_text(text, line.start + m.end("dash"))
        return True
    if match_date(line.text, m.end(), timeout=_T) is not None:
        return False  # "KYODO NEWS - Mar 15, 2025 - 19:47": a credit and the date, no dateline
    if (
        m.group("agency2") is not None
        and m.group("mixed") is not None
        and (_UPDATED_RE.match(line.text, m.end()) or _PUBLISHED_RE.match(line.text, m.end()))
        and not dateline_city(m.group("mixed"))
    ):
        return False  # "Rohan Deshmukh / TNN / Updated: ...": a writer, the agency and a labelled date
    if agency is None and dv is None and _SECTION_AFTER_DASH_RE.fullmatch(line.text, m.end(), timeout=_T):
        return False  # "FRANCE - POLITIQUE": a section and its subsection, with no story after the dash
    span_end = m.end("dash")
    if agency is None and (after := _AGENCY_AFTER_DASH.match(line.text, span_end, timeout=_T)) is not None:
        # "МОСКВА, 12 мар — РИА Новости. ...": the agency after the dash, closed by a full stop
        agency, key = after.group("agency"), after.start("agency")
        span_end = after.end()
        st.source = st.source or _source_of(agency, line.start + key)
        if after.group("reporter") is not None and st.byline is None:
            a, b = line.start + after.start("reporter"), line.start + after.end("reporter")
            st.byline = Span(after.group("reporter"), a, b)  # the correspondent the dateline names
            st.authors = (Author(after.group("reporter"), a, b, after.group("reporter")),)
    dl_text = line.text[:span_end]
    st.dateline = Dateline(
        dl_text,
        line.start,
        line.start + len(dl_text),
        place=None if desk_only else place,
        agency=agency.strip() if agency else None,
        date=dv,
    )
    if agency and (m.group("agency") or m.group("agency2")):
        key = m.start("agency") if m.group("agency") else m.start("agency2")
        key += len(agency) - len(agency.lstrip())  # ("KYIV / Ukrinform /": the blank inside the slash)
        if "/" in agency:  # "(awp/sda)": the first agency the list knows, else the first named
            parts = agency.split("/")
            k = next((j for j, p in enumerate(parts) if _agency_name(p) is not None), 0)
            key += sum(len(p) + 1 for p in parts[:k])
            agency = parts[k]
        st.source = st.source or _source_of(agency.strip(), line.start + key)
    st.body_start = _skip_to_text(text, line.start + span_end)
    return True


_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_ARABIC_AGENCY_KEYS = {regex.sub(r"[\s.]+", " ", k).strip(): v for k, v in ARABIC_AGENCIES.items()}
# A dateline of Arabic copy: the place, maybe a date after "،" or "في" ("in"), and the agency in brackets or
# between slashes: "القاهرة، 3 مارس (رويترز) -", "بيروت (أ ف ب) -", "أبوظبي في 4 مارس / وام /"; or the
# agency after a dash, as SANA prints it: "دمشق-سانا", and IRNA with a dash after it too: "تهران- ایرنا-".
_ARABIC_DATELINE_RE = regex.compile(
    r"""^(?P<place>\p{Arabic}[\p{Arabic}\p{M}]*+(?:\s\p{Arabic}[\p{Arabic}\p{M}]*+){0,2}?)
    (?:
        (?:\s*+[،,]\s*+|\s++في\s++|\s*+[-–]\s*+)(?P<date>[^()/\n]{1,40}?)\s*
    |   \s*
    )
    (?:\((?P<agency>[^()\n]{2,20}+)\)|/\s*+(?P<slashed>[^/\n]{2,20}?)\s*+/)
    (?:\s*+(?:-{1,2}|–|—|:))?(?:\s++|$)
    |   ^(?P<place2>\p{Arabic}[\p{Arabic}\p{M}]*+(?:\s\p{Arabic}[\p{Arabic}\p{M}]*+)?+)\s?[-–]\s?
        (?P<dashed>\p{Arabic}[\p{Arabic}\p{M}]*+)(?:\s?+[-–])?+(?:\s++|$)""",  # ("تهران- ایرنا- ...")
    regex.VERBOSE,
)


_DASHES = frozenset({"-", "--", "–", "—"})


def _broken_dateline(text: str, lines: list[_Line], i: int, st: _State) -> int:
    """Record the dateline of a known city, a listed agency or broadcaster and a dash with no brackets, as
    CNN prints it, on ``lines[i]`` ("Hong Kong CNN — The ...") or broken over it and the next two lines
    ("Hong Kong" / "CNN" / "—", as a page's dump prints each part); how many lines it takes (0 if none)."""
    line = lines[i]
    used = 1
    if (m := _PLACE_AGENCY_DASH_RE.match(line.text, timeout=_T)) is not None:
        place, agency, at = m.group("place"), m.group("agency"), line.start + m.start("agency")
        end = line.start + m.end("dash")
    elif len(line.text) <= 40 and i + 2 < len(lines) and lines[i + 2].text[:2].rstrip() in _DASHES:
        name, dash = lines[i + 1], lines[i + 2]
        if _PLACE_AGENCY_DASH_RE.fullmatch(f"{line.text} {name.text} —", timeout=_T) is None:
            return 0
        place, agency, at, used = line.text, name.text, name.start, 3
        end = dash.start + len(dash.text[:2].rstrip())
    else:
        return 0
    if _agency_name(agency) is None or not (dateline_city(place) or (place.isupper() and agency.isupper())):
        return 0  # (a place unknown in capitals before an agency in capitals: "KRAMATORSK AFP —")
    st.dateline = Dateline(text[line.start : end], line.start, end, place=place, agency=agency)
    st.source = st.source or _source_of(agency, at)
    st.body_start = _skip_to_text(text, end)
    return used


def _arabic_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """Record the dateline of Arabic copy ("القاهرة، 3 مارس (رويترز) -"): a place, maybe a date, and an
    agency the list :data:`ARABIC_AGENCIES` knows, whose canonical name is the source; False if none."""
    m = _ARABIC_DATELINE_RE.match(line.text, timeout=_T)
    if m is None:
        return _arabic_place_dash(text, line, st)
    key = next(k for k in ("agency", "slashed", "dashed") if m.group(k) is not None)
    agency = m.group(key).strip()
    name = _ARABIC_AGENCY_KEYS.get(regex.sub(r"[\s.]+", " ", agency).strip())
    if name is None:
        return _arabic_place_dash(text, line, st)
    dv = None
    if m.group("date") is not None:
        last = None
        for dm in find_dates(line.text, m.start("date"), m.end("date"), timeout=_T):
            last = dm
        if last is not None:
            dv = _date_value(line.start + last.start(), line.start + last.end(), last.group(0), ref, settings)
    end = len(m.group(0).rstrip())
    place = m.group("place") or m.group("place2")
    st.dateline = Dateline(line.text[:end], line.start, line.start + end, place=place, agency=agency, date=dv)
    at = line.start + m.start(key) + (len(m.group(key)) - len(m.group(key).lstrip()))
    st.source = st.source or Source(agency, at, at + len(agency), name)
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


# A known city in Arabic letters and a dash between blanks, no agency, opening the lead: "القاهرة - ",
# "تهران – " (a dash glued to the place opens a wire's "place- agency-": "تهران- ایرنا- ").
_ARABIC_PLACE_DASH_RE = regex.compile(
    r"(?P<place>\p{Arabic}[\p{Arabic}\p{M}]*+(?:\s\p{Arabic}[\p{Arabic}\p{M}]*+)?+)\s[-–—]\s++(?=\p{Arabic})"
)


def _arabic_place_dash(text: str, line: _Line, st: _State) -> bool:
    """Record the dateline of Arabic or Persian copy that opens with a known city and a dash and names no
    agency ("القاهرة - قالت الحكومة ..."); False if the line does not open so."""
    m = _ARABIC_PLACE_DASH_RE.match(line.text, timeout=_T)
    if m is None or not dateline_city(m.group("place")):
        return False
    end = len(m.group(0).rstrip())
    st.dateline = Dateline(line.text[:end], line.start, line.start + end, place=m.group("place"))
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


_CJK_OPENING = regex.compile(r"[\p{Han}\p{Hangul}【(（]")  # what a CJK dateline opens with
# A wire dateline of Chinese, Japanese or Korean copy: the agency, the place, the day and "电"
# ("dispatch"), maybe with the reporters in brackets ("新华社北京11月30日电（记者王海明）",
# "中新网东京30日电"); a place and the agency, or a place and the correspondent, in lenticular
# brackets ("【マニラ共同】", "【ワシントン＝山田太郎】"); a place and the agency in brackets, maybe
# with the reporter ("(서울=연합뉴스) 김민준 기자 =").
_CJK_DATELINE_RE = regex.compile(
    r"""
        (?P<agency>\L<agencies>)(?P<place>\p{Han}{1,10}?)
        (?P<date>(?:1[0-2]|0?[1-9])月)?+(?P<day>3[01]|[12]\d|0?[1-9])日[电電]
        (?:\s?+[（(](?:记者|記者)\s?+(?P<names>[^（）()\n]{2,40}?)[）)])?+
    |   【(?P<place>[^【】＝=\s\d]{1,12}?)(?:(?P<agency>\L<agencies>)|[＝=](?P<names>[^【】＝=\n]{2,20}))】
    |   [(（](?P<agency>\L<agencies>)
        (?:(?:记者|記者)(?P<who>(?:\p{Han}{2,4}+、)*+\p{Han}{3,14}?)|(?P<place>\p{Han}{1,10}?))
        (?P<date>(?:1[0-2]|0?[1-9])月)?+(?P<day>3[01]|[12]\d|0?[1-9])日[电電][)）]
        # (Taiwan's CNA: "（中央社台北29日電）", "（中央社記者王海明台北29日電）", a name glued to the place)
    |   [(（](?P<place>[^()（）=＝\n]{1,12})[=＝](?P<agency>\L<agencies>)[)）]
        (?:\s*+(?P<names>\p{Hangul}{2,4})\s?+(?:기자|특파원)\s?+=)?+
    """,
    regex.VERBOSE,
    agencies=_longest_first(list(CJK_DATELINE_AGENCIES)),
)
_CJK_NAME_SEP_RE = regex.compile(r"\s*+[、，,]\s*+|\s++")  # between a dateline's reporters: "王海明、李娜"


def _cjk_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """Record the dateline of Chinese, Japanese or Korean wire copy (see :data:`_CJK_DATELINE_RE`): its
    place, its agency (the source, by its name in Latin letters), its day, and the reporters it names as the
    authors when no byline did; False if the line opens with none."""
    m = _CJK_DATELINE_RE.match(line.text, timeout=_T)
    if m is None:
        return False
    dv = None
    if m.group("date") is not None:
        a, b = m.start("date"), m.end("day") + 1
        dv = _date_value(line.start + a, line.start + b, line.text[a:b], ref, settings)
    agency, place = m.group("agency"), m.group("place")
    names: tuple[str, int] | None = None  # the reporters and where they start in the line
    if m.group("names") is not None:
        names = (m.group("names"), m.start("names"))
    elif (who := m.group("who")) is not None:  # "王海明台北": a name of two to four characters, the place
        last = who.rfind("、") + 1  # ("王海明、李娜台北": the place glued to the last name)
        tail = who[last:]
        cut = next((k for k in (3, 2, 4) if tail[k:] in CJK_DATELINE_PLACES), None)
        if cut is None and len(tail) >= 5:
            cut = 3  # (an unlisted place: most Chinese names are of three characters)
        if cut is not None:
            place, names = tail[cut:], (who[: last + cut], m.start("who"))
    st.dateline = Dateline(m.group(0), line.start, line.start + m.end(), place=place, agency=agency)
    st.dateline = attrs.evolve(st.dateline, date=dv)
    if agency is not None and st.source is None:
        at = line.start + m.start("agency")
        st.source = Source(agency, at, at + len(agency), CJK_DATELINE_AGENCIES[agency])
    if names is not None and st.byline is None:
        at = line.start + names[1]
        st.byline = Span(names[0], at, at + len(names[0]))
        st.authors = tuple(
            Author(n.group(), at + n.start(), at + n.end(), n.group())
            for n in regex.finditer(r"[^\s、，,]++", names[0])
        )
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


# The word for "by" that opens a credit naming nobody: "By Our Staff Reporter", "Par notre envoyé spécial".
_BY_WORD_RE = regex.compile(r"(?i:by|von|par|por|di|dal|dalla)\s++(?=\p{L})")
# A place and an agency or outlet alone on a line, apart by a dot, a bar, a dash, a colon or a slash: "Kyiv •
# UNN", "ANKARA | AA", "Riyadh - Asharq Al-Awsat", "Ankara / AA", "Berlin/dpa" (as Turkish and German pages
# print it over the lead).
_PLACE_THEN_AGENCY_RE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}\-]*\p{L}(?:\s\p{Lu}[\p{L}\-]*\p{L})?+)\s*+(?:[•·|:/]|\s?[-–—])\s*+"
    r"(?P<agency>\p{Lu}[\p{L}\-]{1,24}+(?:\s\p{Lu}[\p{L}\-]{1,24}+){0,2}|(?-i:dpa|epd))"
)  # ("Riyadh - Asharq Al-Awsat", "Beirut- Asharq Al-Awsat", "Cairo: Ahram Online")
# A source's label and name between the separators of a date line: "... | Source: PTI", "Source: AFP | ...".
_LABELLED_SOURCE_RE = regex.compile(
    rf"""(?:(?:^|[|•·]\s*+)(?:{_SOURCE_LABELS})\s?:
          |(?:^|[|•·\s]\s*+)(?:{_CJK_SOURCE_LABELS})\s?[:：])\s*+      # ("2024年3月3日 14:05 来源：新华社")
        (?P<src>[^|•·\n]{{2,40}}?)\s*+(?=[|•·]|$)""",
    regex.VERBOSE,
)


def _labelled_source(line: _Line, st: _State) -> None:
    """Record the agency or outlet a date line credits after a "Source:" label, if any."""
    for sm in _LABELLED_SOURCE_RE.finditer(line.text, timeout=_T):
        name = _credit_name(sm.group("src"))
        if name is not None:
            at = line.start + sm.start("src")
            st.source = Source(sm.group("src"), at, at + len(sm.group("src")), name)
            return


# A place in capitals closing a date line after a dash or bar: "Updated - March 04, 2025 9:12 pm IST - KOCHI";
# after a bar glued to the year, maybe with its state's initials, as The Economist prints its dateline: "Dec
# 1st 2026|WASHINGTON, DC".
_PLACE_AFTER_DATE_RE = regex.compile(
    r"""(?:(?<=\d|\p{Lu}{2,})\s[-–—|/]\s|(?<=\d)\s?+\|\s?+)
        (?P<place>(?P<city>\p{Lu}[\p{Lu}\s]{2,28}+)(?:,\s(?:\p{Lu}\.?){2})?+)$""",
    regex.VERBOSE,
)


def _place_after_date(t: str) -> bool:
    """Words in capitals after a date line's dash that name a place: a known city, or any words of letters
    that are no agency ("- PTI"), label or furniture."""
    if _is_place_line(t):
        return True
    key = t.casefold()
    return (
        len(t) >= 4
        and t.replace(" ", "").isalpha()
        and key not in _NOT_PLACES
        and key not in _UI_WORDS
        and _agency_name(t) is None
        and _PUBLISHED_RE.match(t) is None
        and _UPDATED_RE.match(t) is None
    )


def _city_by_date(line: _Line, above: _Line | None, below: _Line | None) -> bool:
    """A capital's name in mixed case alone on its line right above or under a date line ("Nairobi" over
    "Tuesday, March 04, 2025", "Bogotá" under "March 4, 2025")."""
    t = line.text
    if not (3 <= len(t) <= 30 and len(t.split()) <= 3 and t[0].isupper() and not t.isupper()):
        return False
    if not t.replace(" ", "").replace("-", "").isalpha():
        return False
    dated = any(n is not None and _is_date_line(n.text) for n in (above, below))
    return dated and dateline_city(t)


# A place and a dash alone on their line, over the first paragraph: "Washington —", "Mexico City -".
_PLACE_DASH_LINE_RE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}\-]*+(?: \p{Lu}[\p{L}\-]*+){0,2}+)\s?+(?:—|–|-{1,2}+)"
)
_PLACE_COMMA_RE = regex.compile(
    r"""(?P<place>\p{Lu}[\p{L}\-]*+(?:\ (?:(?:de|del|da|do|di)\ )?+\p{Lu}[\p{L}\-]*+){0,2}+)
    (?:(?:,|\ [•|·/●\-–—])[^\S\n]++|,(?=\p{Lu}{4,}+\s?+:))  # a comma, or a bullet, bar, slash or dash
    # between blanks: "Kyiv • 30 Nov 2026" (the Jakarta Post's black circle too: "Jakarta ● Sun, November 29,
    # 2026"; El País's dash: "Madrid - MAR 03, 2025 - 14:20 CET"); a comma glued to a label in capitals, as
    # India Today prints it: "New Delhi,UPDATED: Nov 29, 2026 10:31 IST"
    (?:(?i:\L<days>)\.?+,?+[^\S\n]++)?+  # a weekday before the date: "lunes", "Montag,"
    (?:(?:le|el|il|o|den|am)[^\S\n]++(?=\d))?+  # an article before the day: "le 30 novembre"
    """,
    regex.VERBOSE,
    days=_longest_first(WEEKDAYS),
)


def _place_date_line(line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings) -> bool:
    """A known city or capital, a comma and a full date, alone on their line under the header ("LONDON, 2
    June 2025", "Nairobi, March 4, 2025"), maybe with a weekday or an article before the date ("Madrid,
    lunes 30 de noviembre de 2026", "Paris, le 30 novembre 2026") or a bullet for the comma ("Kyiv • 30 Nov
    2026"): the story's dateline, set in ``st`` with its date."""
    m = _PLACE_COMMA_RE.match(line.text, timeout=_T)
    if m is None or len(line.text) > 60 or not dateline_city(m.group("place").upper()):
        return False
    rest = line.text[m.end() :]
    if not _is_date_line(rest) and DATE_RE.fullmatch(rest, timeout=_T) is None:
        return False  # (the year may be left out: "NEW DELHI, November 4")
    date = _date_value(line.start + m.end(), line.end, rest, ref, settings)
    if date is None:
        return False
    st.dateline = Dateline(line.text, line.start, line.end, place=m.group("place"), date=date)
    st.last_header_end = line.end
    return True


def _place_over_dates(line: _Line, st: _State) -> None:
    """A known city or capital opening a line of dates, before a comma or a bar, where the line goes on
    with more than a date ("New Delhi, UPDATED: Nov 29, 2026 10:31 IST", "NEW DELHI, November 29, 2026 10:31
    pm | Updated 10:40 pm IST"): the dateline's place, set in ``st``; the dates are read as the line's."""
    m = _PLACE_COMMA_RE.match(line.text, timeout=_T)
    if m is not None and dateline_city(m.group("place").upper()):
        place = m.group("place")
        st.dateline = Dateline(place, line.start, line.start + len(place), place=place)


def _is_place_line(t: str) -> bool:
    """A place in capitals alone on its line under the header, a known city or capital ("ANKARA", "NEW
    DELHI"): the dateline of a story that prints it over its first paragraph."""
    return (
        len(t) <= 30
        and t.isupper()
        and len(t.split()) <= 3
        and t.replace(" ", "").isalpha()
        and (dateline_city(t))
    )


def _last_date(
    line: _Line, am: regex.Match[str], ref: _dt.datetime | None, settings: DateSettings
) -> DateValue | None:
    """The last full date printed between a dateline's place and its agency ("Riyadh, Jumada I 6, 1448,
    Nov 27, 2026, SPA --": the Gregorian date after the Hijri one), or None."""
    if am.group("date") is None:
        return None
    last = None
    for m in find_dates(line.text, am.start("date"), am.end("date"), timeout=_T):
        last = m
    if last is None or (last.group("y") is None and last.group(0) != am.group("date").strip()):
        return None  # (a day with no year only when it is the whole date: "YEREVAN, APRIL 3, ARMENPRESS.")
    return _date_value(line.start + last.start(), line.start + last.end(), last.group(0), ref, settings)


# Capitalised words closed by a full stop, the last no abbreviation: the second of a list of places or words
# ("Madrid. Mallorca. ..."), no lead after a dateline (as "Mr. Ruto said ..." is).
_NAMES_THEN_STOP_RE = regex.compile(r"(?:\p{Lu}[\p{L}\-]*+\s){0,2}+\p{Lu}[\p{L}\-]{3,}+\.(?:\s|$)")


def _bare_place_dateline(line: _Line, m: regex.Match[str], st: _State) -> bool:
    """A place in mixed case and a dash alone opening the first paragraph under a dated or signed header
    ("Praha - Vláda ve středu schválila ...", as ČTK prints it): one word, or a known city of more ("Gaza
    City — The United Nations ..."), a dash between blanks, a capital and no date after it ("Wien -
    Mittwoch, 02.02.2022" is a date line), a sentence closed by a full stop. A known city and a full stop
    too, as East African dailies print it ("Dar es Salaam. The government has ...", "Kisumu. Traders ...")."""
    dot = m.group("dash") == "."
    if (m.group("dash") not in ("-", "–", "—") and not dot) or m.group("country"):
        return False
    if " " in m.group("mixed") and not dateline_city(m.group("mixed")):
        return False  # ("Prime Minister - ...")
    after = line.text[m.end() :]
    if dot and (not dateline_city(m.group("mixed")) or _NAMES_THEN_STOP_RE.match(after) is not None):
        return False  # ("Later. The talks ...": a sentence of one word; "Madrid. Mallorca. Three cities ...")
    if not after[:1].isupper() or search_date(after, 0, 30, timeout=_T) is not None:
        return False  # ("Trump - who denies it - said ...": a dash of the sentence)
    if not (_is_body(line) or _is_sentence(line)) or not line.text.endswith((".", "!", "?")):
        return False
    return (
        dateline_city(m.group("mixed"))
        or st.byline is not None
        or (st.published or st.first_date) is not None
    )


# A place in capitals or in mixed case, a comma, a month and day, then a colon, as South Asian dailies open a
# story: "DHAKA, Aug 21: The interim government ...", "Quetta, Nov 30: ...", "Cox's Bazar, Nov 30: ...".
_DATED_COLON_DATELINE_RE = regex.compile(
    r"""(?P<place>\p{Lu}{3,}+(?:[^\S\n]\p{Lu}{2,}+){0,2}+
          |\p{Lu}\p{Ll}++(?:['’]\p{Ll}++)?+(?:[^\S\n]\p{Lu}\p{Ll}++){0,2}+)
        ,[^\S\n](?P<date>[\p{L}\d.\s]{3,16}?):[^\S\n]++(?=\p{Lu}|\p{Pi}|\")""",
    regex.VERBOSE,
)


def _dated_colon_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """A known city, its day and a colon opening the first paragraph ("DHAKA, Aug 21: The ...", "Quetta, Nov
    30: The ..."): the dateline, set in ``st`` with its date, and the body after it; False if ``line`` opens
    otherwise."""
    m = _DATED_COLON_DATELINE_RE.match(line.text, timeout=_T)
    if (
        m is None
        or DATE_RE.fullmatch(m.group("date"), timeout=_T) is None
        or not dateline_city(m.group("place"))
    ):
        return False
    at = line.start + m.start("date")
    date = _date_value(at, at + len(m.group("date")), m.group("date"), ref, settings)
    if date is None:
        return False
    end = line.start + m.end("date") + 1  # (with its colon)
    st.dateline = Dateline(text[line.start : end], line.start, end, place=m.group("place"), date=date)
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


def _dotted_dateline(
    text: str, line: _Line, m: regex.Match[str], st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """Record a dateline of full stops ("Москва. 4 марта. INTERFAX.RU - "): a date and a known agency,
    maybe printed as its web address; False if either is missing."""
    date_s, agency = m.group("date"), m.group("agency")
    if DATE_RE.fullmatch(date_s, timeout=_T) is None:
        return False
    name = _agency_name(agency) or _agency_name(agency.split(".")[0])
    if name is None:
        return False
    ds = line.start + m.start("date")
    dv = _date_value(ds, ds + len(date_s), date_s, ref, settings)
    dl_text = m.group(0).rstrip()
    st.dateline = Dateline(
        dl_text, line.start, line.start + len(dl_text), place=m.group("place"), agency=agency, date=dv
    )
    st.source = st.source or Source(
        agency, line.start + m.start("agency"), line.start + m.end("agency"), name
    )
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


_INITIALS_ONLY_RE = regex.compile(r"\p{Lu}{2,4}+")


def _country_initials(city: str, initials: str) -> bool:
    """Whether ``initials`` after a known city are its country's or state's ("Port Moresby, PNG –", "Karachi,
    PK –"): two to four capitals, no agency's or outlet's name, after a capital or a listed city."""
    return (
        _INITIALS_ONLY_RE.fullmatch(initials) is not None
        and _agency_name(initials) is None
        and initials.casefold() not in _OUTLET_NAMES
        and dateline_city(city)
    )


# A state of the United States after a city in mixed case, then a comma and the date or the end of what a
# dateline's date may hold: " Texas, Dec 1", " Colo., Dec 1", " Colo." (before "(AP) —").
_US_STATE_RE = regex.compile(
    r"\s?+(?P<state>\L<states>)(?:(?<=\.)|(?!\p{L}))(?:,\s?+(?=\S)|\s*+$)", states=_longest_first(US_STATES)
)
# A country's name after a city in mixed case, then a comma and the date or the end of what a dateline's date
# may hold: " Guyana, Dec 1", " Haiti" (before "(AP) —"); the name is checked against the gazetteer.
_COUNTRY_AFTER_CITY_RE = regex.compile(
    r"\s?+(?P<state>\p{Lu}\p{Ll}++(?:\s(?:(?:of|the|and)\s)?+\p{Lu}\p{Ll}++){0,3}+)(?:,\s?+(?=\S)|\s*+$)"
)
# A city and the word of the newsroom filing from it, as Catholic News Agency's datelines print it: "Rome
# Newsroom", "Vatican City Bureau".
_NEWSROOM_PLACE_RE = regex.compile(
    r"(?P<city>\p{Lu}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+){0,2}?)\s(?:Newsroom|Bureau|NEWSROOM|BUREAU)"
)


def _state_word(name: str) -> bool:
    """``name`` is a state's name as written ("Qatar", "United States")."""
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    hits = default_gazetteer().find(name, adjectives=False)
    return len(hits) == 1 and hits[0].text == name and hits[0].type == "state"


# A place, maybe with its date, in brackets before a dash, as Human Rights Watch opens its releases:
# "(Bangkok, March 12, 2025) – ...", "(Mexico City) – ...".
_PAREN_DATELINE_RE = regex.compile(
    r"""\((?P<place>\p{Lu}[\p{L}'’.\-]*+(?:\s\p{Lu}[\p{L}'’.\-]*+){0,3}+)
        (?:,\s*+(?P<date>[^()\n]{3,40}?))?\)\s*+(?P<dash>–|—|-{1,2})\s+""",
    regex.VERBOSE | regex.V1,
)


def _date_agency_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """Record a dateline of a date and a listed agency in brackets with no place ("Dec 1 (Reuters) -");
    True if one opens ``line``."""
    m = _DATE_AGENCY_RE.match(line.text, timeout=_T)
    if m is None or _agency_name(m.group("agency")) is None:
        return False
    day = m.group("date").strip()
    if DATE_RE.fullmatch(day, timeout=_T) is None:
        return False
    dv = _date_value(line.start, line.start + len(day), day, ref, settings)
    if dv is None:
        return False
    end = m.end("dash")
    agency, at = m.group("agency"), line.start + m.start("agency")
    st.dateline = Dateline(line.text[:end], line.start, line.start + end, agency=agency, date=dv)
    st.source = st.source or _source_of(agency, at)
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


def _paren_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """Record a bracketed dateline opening ``line`` ("(Bangkok, March 12, 2025) –"); True if one is there: a
    known city (not "(Reuters) -", an agency's credit), and after its comma a date only."""
    m = _PAREN_DATELINE_RE.match(line.text, timeout=_T)
    if m is None or not dateline_city(m.group("place")):
        return False
    dv = None
    if m.group("date") is not None:
        day = m.group("date").strip()
        if DATE_RE.fullmatch(day, timeout=_T) is None:
            return False
        ds = line.start + m.start("date") + len(m.group("date")) - len(m.group("date").lstrip())
        dv = _date_value(ds, ds + len(day), day, ref, settings)
    end = m.end("dash")
    st.dateline = Dateline(line.text[:end], line.start, line.start + end, place=m.group("place"), date=dv)
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


# A place and its full date in brackets or between two dashes, as government and UN releases open: "GENEVA
# (17 March 2026) – ...", "WASHINGTON, D.C. - March 16, 2026 - ...", "Washington, D.C. — March 16, 2026 —";
# the story goes on after the last dash with a capital or a quotation mark, never a clock time ("KYODO NEWS -
# Mar 15, 2025 - 19:47" is a credit and a date).
_PLACE_DATE_DASH_RE = regex.compile(
    r"""(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:\s\p{Lu}[\p{L}\p{M}.'’\-]*+){0,2}+
            (?:,\s\p{Lu}[\p{L}.]*+(?:\s\p{Lu}[\p{L}.]*+)?+)?+)       # ", D.C.", ", Switzerland"
        \s(?:\((?P<date>[^()\n]{6,40}+)\)\s?+(?P<dash>-{1,2}|–|—)
          |(?:-{1,2}|–|—)\s(?P<date>[^\-–—()\n]{6,40}?)\s(?P<dash>-{1,2}|–|—))
        \s++(?=[\p{Lu}"“«‘'])""",
    regex.VERBOSE,
)
_DATE_LABELS = frozenset(w.casefold() for w in (*PUBLISHED_LABELS, *UPDATED_LABELS))


def _labelled_weekday(place: str) -> bool:
    """Whether ``place`` is a date's label and a weekday, no place ("Updated Sunday", "Actualizado Domingo",
    "Aktualisiert Sonntag"): the head of a labelled date line."""
    m = _UPDATED_RE.match(place, timeout=_T) or _PUBLISHED_RE.match(place, timeout=_T)
    return m is not None and place[m.end() :].strip(" ,").casefold() in _WEEKDAY_SET


def _place_date_dash_dateline(
    text: str, line: _Line, st: _State, ref: _dt.datetime | None, settings: DateSettings
) -> bool:
    """Record a release's dateline of a place and its full date in brackets or between dashes ("GENEVA (17
    March 2026) –", "WASHINGTON, D.C. - March 16, 2026 -"); True if one opens ``line``. The place is in
    capitals or a known city, and no date label, weekday or agency ("Updated - ... -", "KYODO NEWS - ...")."""
    m = _PLACE_DATE_DASH_RE.match(line.text, timeout=_T)
    if m is None:
        return False
    place = m.group("place")
    city = place.split(",")[0]
    if not (city.isupper() or dateline_city(city.upper())):
        return False
    key = place.casefold()
    if key in _DATE_LABELS or key in _NOT_PLACES or key in _WEEKDAY_SET or _agency_name(city) is not None:
        return False
    day = m.group("date").strip()
    if DATE_RE.fullmatch(day, timeout=_T) is None:
        return False
    ds = line.start + m.start("date") + len(m.group("date")) - len(m.group("date").lstrip())
    dv = _date_value(ds, ds + len(day), day, ref, settings)
    if dv is None or dv.precision not in _DAY_PRECISION:
        return False
    end = m.end("dash")
    st.dateline = Dateline(line.text[:end], line.start, line.start + end, place=place, date=dv)
    st.body_start = _skip_to_text(text, line.start + m.end())
    return True


def dateline_city(caps: str) -> bool:
    """Is ``caps`` ("DUBAI", "NEW DELHI") a place that opens a story with a colon? A capital or a
    listed city; an interview's turn label ("TAPPER:") or a section label ("ANALYSIS:") is none."""
    place = " ".join(w.capitalize() for w in caps.split())
    if place.casefold() in COLON_DATELINE_CITIES:
        return True
    from ._actors import default_gazetteer  # a lazy import: the gazetteer is built on first use

    # (and a capital after an elided letter, as "N'DJAMENA" is written in mixed case: "N'Djamena")
    for name in {place, _ELIDED_RE.sub(lambda m: m.group(0).upper(), place)}:
        hits = default_gazetteer().find(name, adjectives=False)
        if len(hits) == 1 and hits[0].text == name and hits[0].type == "government":  # a capital
            return True
    return False


_ELIDED_RE = regex.compile(r"(?<=(?<!\p{L})\p{L}['’])\p{Ll}")  # the letter after "N'" or "L'"


def _writer_before_agency(m: regex.Match[str], date_s: str | None) -> bool:
    """Whether the place of a dateline without a dash or a date is a person's name, a known given name and
    a surname ("Jane Doe (AFP)"), and no known city."""
    words = m.group("place").split()
    return (
        date_s is None
        and len(words) >= 2
        and words[0].casefold() in _given_names()
        and _bare_name(m.group("place").strip())
    )


def _writer_before_state(place: str) -> bool:
    """Whether the place before a state's name is a person's, a known given name and a surname ("Jane Doe,
    Texas, Dec 1"), and no known city."""
    words = place.split()
    return len(words) >= 2 and words[0].casefold() in _given_names() and not dateline_city(place)


# A magazine's issue the article was printed in, on a header line: "• aus DER SPIEGEL 49/2026", "From The
# Economist 49/2026", "aus DIE ZEIT Nr. 49/2026".
_ISSUE_RE = regex.compile(
    r"""(?:^|(?<=[•|·]\s?))(?i:aus|from)\s++(?P<outlet>\p{Lu}[\p{L}'’\ ]{1,30}?)\s++(?:(?i:nr|no)\.\s?+)?+
        \d{1,2}/(?:19|20)\d\d(?!\d)""",
    regex.VERBOSE | regex.MULTILINE,
)


def _issue_of(text: str, lines: Sequence[_Line]) -> Source | None:
    """The listed magazine whose issue a header line names ("aus DER SPIEGEL 49/2026"), on the short lines
    over the first paragraph of running text."""
    for line in lines[:_ISSUE_MAX_LINES]:
        if _is_body(line):
            break
        if len(line.text) > _ISSUE_MAX_CHARS or "/" not in line.text:
            continue
        for m in _ISSUE_RE.finditer(text, line.start, line.end, timeout=_T):
            if (name := _credit_name(m.group("outlet"))) is not None:
                return Source(m.group("outlet"), m.start("outlet"), m.end("outlet"), name)
    return None


_ISSUE_MAX_LINES = 12
_ISSUE_MAX_CHARS = 120


def _source_of(agency: str, start: int) -> Source:
    """A Source for an agency named in a dateline."""
    name = _AGENCY_ALIASES.get(agency.casefold())
    if name is None and agency.isupper():
        name = _agency_name(agency)  # "EUROPA PRESS": as the list spells it
    name = name or agency
    return Source(agency, start, start + len(agency), name)


def _skip_to_text(text: str, pos: int) -> int:
    """The first non-space offset at or after ``pos`` (the body after a dateline)."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return min(pos, n)


def _body_after(text: str, pos: int) -> int:
    """The start of the first non-empty line after offset ``pos`` (or the end of the text)."""
    nl = text.find("\n", pos)
    if nl == -1:
        return len(text) if text[pos:].strip() == "" else pos
    return _skip_to_text(text, nl + 1)


# --------------------------------------------------------------------------- cheap scans


def _scan_labelled_date(
    text: str, ref: _dt.datetime | None, settings: DateSettings, scan: _LabelScan
) -> DateValue | None:
    """The first date after a label of ``scan`` ("Published", "Veröffentlicht am") anywhere in the text."""
    lower = text.lower()
    labels = (
        _label_matches(lower, scan)
        if len(lower) == len(text)  # lower-casing kept every offset (it nearly always does)
        else scan.anycase.finditer(text, timeout=_T)
    )
    for lm in labels:
        dm = match_date(text, lm.end(), min(len(text), lm.end() + 60), timeout=_T)
        if dm is None:
            dm2 = search_date(text, lm.end(), lm.end() + 40, timeout=_T)
            if dm2 is None or (dm2.group("y") is None and dm2.group("a") is None):
                continue
            dm = dm2
        dv = _date_value(dm.start(), dm.end(), dm.group(0), ref, settings)
        if dv is not None:
            return dv
    return None


# A blog's footer naming its date before the verb: "X wurde am 4. März 2025 um 09:30 Uhr gepostet und unter
# Y abgelegt", "Dieser Artikel wurde am 04/03/2025 von Ann Lee veröffentlicht".
_FOOTER_DATE_RE = regex.compile(
    r"\swurde\sam\s(?P<date>[^\n]{6,40}?)(?:\s(?:um|von|in|unter)\s[^\n]{1,80}?)?\s(?:gepostet|veröffentlicht|publiziert)"
)


# A post signed on its own line with its date: "Author: Ann Lee am 04.03.2025, 09:30 Uhr", "Posted by Ann Lee
# on March 4, 2025", "© dpa | Foto: Hafen AG | 04.03.2025 09:30" (a wire's copyright line under the story).
_SIGNED_DATE_RE = regex.compile(
    r"""^(?:(?:Author|Autor|Verfasser|Posted\sby|Written\sby|Geschrieben\svon|Verfasst\svon|Publié\spar)\s?:?\s
            [^\n]{2,40}?\s(?:am|on|le|el|em)\s
        |©[^\n]{1,60}?[|/\-–—]\s?)(?=\d)
    |^Published\sin\s\p{Lu}[^\n,]{1,40}?,\s(?=\p{Lu}\p{Ll}|\d)  # "Published in Dawn, March 8th, 2025"
    """,
    regex.VERBOSE | regex.MULTILINE,
)


def _footer_date(text: str, ref: _dt.datetime | None, settings: DateSettings) -> DateValue | None:
    """The date of a blog's footer ("... wurde am 4. März 2025 um 09:30 Uhr gepostet"), of a post's signature
    line or of a wire's copyright line under the story, or None."""
    at = text.find(" wurde am ")
    while at >= 0:
        fm = _FOOTER_DATE_RE.match(text, at, timeout=_T)
        dm = match_date(text, fm.start("date"), fm.end(), timeout=_T) if fm is not None else None
        if dm is not None and dm.group("y") is not None:
            return _date_value(dm.start(), dm.end(), dm.group(0), ref, settings)
        at = text.find(" wurde am ", at + 1)
    for sm in _SIGNED_DATE_RE.finditer(text, timeout=_T):
        dm = match_date(text, sm.end(), min(len(text), sm.end() + 40), timeout=_T)
        if dm is not None and dm.group("y") is not None:
            return _date_value(dm.start(), dm.end(), dm.group(0), ref, settings)
    return None


def _label_matches(lower: str, scan: _LabelScan) -> Iterator[regex.Match[str]]:
    """``scan.lower.finditer(lower)``, trying the pattern only where a label starts."""
    done = 0
    spot = scan.spot.search(lower)
    while spot is not None:  # every position where a label starts, overlapping ones too
        at = spot.start()
        if at >= done:
            m = scan.lower.match(lower, at, timeout=_T)
            if m is not None:
                done = max(m.end(), m.start() + 1)
                yield m
        spot = scan.spot.search(lower, at + 1)


def _date_led_line(lines: list[_Line], ref: _dt.datetime | None, settings: DateSettings) -> DateValue | None:
    """The first short top line that opens with a full date ("22.12.2019 | 13:10 Uhr | Uta Helm"), unless it
    stands under "Read also" and dates another story."""
    for above, line in itertools.pairwise(lines):
        if above.text.rstrip(" :").casefold() in _TEASER_SET:
            continue
        m = match_date(line.text, timeout=_T)
        if m is None or m.group("y") is None or len(line.text) - m.end() > 40:
            continue
        dv = _date_value(line.start, line.start + m.end(), m.group(0), ref, settings)
        if dv is not None:
            return dv
    return None


# The paper a South Asian daily's story closes with: "Published in Dawn, March 8th, 2025".
_PUBLISHED_IN_RE = regex.compile(r"\s*+Published\sin\s(?P<a>\p{Lu}[^\n,]{1,40}?),\s(?=\p{Lu}\p{Ll}|\d)")


# An agency telling in the lead what it learned, as Algerian, Moroccan and other agencies word their own news
# ("..., APS learned from the minister", "MAP has learnt that ..."): the agency after a comma or opening the
# lead, before "learned", "learnt" or "has learned" (the name checked by :func:`_agency_name`).
_LEARNED_RE = regex.compile(
    r"(?:\G[^\p{L}\d\n]{0,3}+|,\s)"  # the lead's start (after the dateline's dash) or a comma
    r"(?P<a>\p{Lu}[\p{L}/\-]{1,20}+(?:\s\p{Lu}\p{L}++){0,2}?)\s(?:has\s|had\s)?learn(?:ed|t)(?!\p{L})"
)
_LEAD_WINDOW = 500  # characters of the lead read for the agency that learned its news


def _learned_agency(text: str, start: int) -> Source | None:
    """The agency a dateline without one names in its lead's paragraph as having learned the news
    ("ALGIERS - The ministry will open a plant, APS learned from its director": APS)."""
    end = text.find("\n", start, start + _LEAD_WINDOW)
    end = min(len(text), start + _LEAD_WINDOW) if end < 0 else end
    if text.find("learn", start, end) < 0:
        return None
    with contextlib.suppress(TimeoutError):
        for m in _LEARNED_RE.finditer(text, start, end, timeout=_T):
            if (name := _agency_name(m.group("a"))) is not None:
                return Source(m.group("a"), m.start("a"), m.end("a"), name)
    return None


def _signoff(text: str) -> Source | None:
    """The agency signing off the story on its last line ("Reuter", "(dpa)", "Quelle: dpa", "Fuente: EFE")."""
    tail_start = max(0, len(text) - 200)
    tail = text[tail_start:].rstrip()
    nl = tail.rfind("\n")
    last = tail[nl + 1 :]
    s = tail_start + nl + 1
    lm = _SOURCE_LABEL_RE.match(last)
    if lm is not None:
        last, s = last[lm.end() :], s + lm.end()
    if (pm := _PUBLISHED_IN_RE.match(last)) is not None:  # "Published in Dawn, March 8th, 2025"
        paper = pm.group("a")
        return Source(paper, s + pm.start("a"), s + pm.end("a"), _credit_name(paper) or paper)
    stripped = last.strip().rstrip(".")
    marked = stripped.startswith("(") and stripped.endswith(")")
    if marked:
        stripped = stripped[1:-1].strip()
    name = _agency_name(stripped)
    if name in WORD_AGENCIES and not marked:
        name = None  # "Mehr." alone: the word ("more"), a link under the story; "(Mehr)" signs it off
    if name is not None:
        s += last.index(stripped)
        return Source(stripped, s, s + len(stripped), name)
    with contextlib.suppress(TimeoutError):
        m = _SIGNOFF_END_RE.search(last, timeout=_T)
        if m is not None and (name := _agency_name(m.group("a"))) is not None:
            return Source(m.group("a"), s + m.start("a"), s + m.end("a"), name)
    return None


# An agency's credit closing the story's last line, after its last sentence or alone, as agencies sign
# their copy: "... the plan. (AFP)", "... the plan. /PAP/", "akw/ mok/ /PAP/" (the editors' initials
# first), "— ANSA", "Lusa/Fim" ("Fim": the end), "AGERPRES/(AS - autor: ...)".
_SIGNOFF_END_RE = regex.compile(
    r"""(?:^|(?<=[.!?…"”»])\s++|(?<=/)\s++)
        (?:\((?P<a>[^()\n]{2,30}?)\)
        |  /(?P<a>[^/\n]{2,30}?)/
        |  [—–-]\s*+(?P<a>[^\s/()—–-][^/()\n]{1,29}?)
        |  (?P<a>[^\s/()][^/()\n]{1,29}?)/(?:\p{L}{2,5}+|\([^()\n]{0,80}+\)))
        \s*+\.?\s*+$""",
    regex.VERBOSE,
)


class _NameSet(frozenset[str]):
    """Given names, casefolded, that also hold a name written with accents the table writes without ("maría"
    for "maria", "josé" for "jose"): a byline in capitals keeps its accents ("MARÍA LÓPEZ")."""

    def __contains__(self, key: object) -> bool:
        if super().__contains__(key):
            return True
        if not isinstance(key, str) or key.isascii():
            return False
        bare = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
        return bare != key and super().__contains__(bare)


@functools.cache
def _given_names() -> frozenset[str]:
    """Common given names, casefolded: the package's table (``data/given_names_en.json``), read once."""
    raw = json.loads(resources.files("geoquote.data").joinpath("given_names_en.json").read_text("utf-8"))
    return _NameSet(n.casefold() for g in ("male", "female") for n in raw[g])


def _sender_line(line: _Line, text: str, st: _State) -> bool:
    """Record an e-mail's sender ("From: Name <address>"): a person's name (a common given name first, or
    the address opening with the first name: "Mira Castell <mira@...>") as the byline, else the outlet's
    name as the source ("Harbour Brief <brief@...>"); False if ``line`` is no sender's line."""
    sm = _SENDER_RE.match(line.text, timeout=_T) if "@" in line.text else None
    if sm is None:
        return False
    name = sm.group("name").strip()
    start = line.start + sm.start("name")
    first = name.split()[0].casefold() if name.split() else ""
    person = first in _given_names() or sm.group("local").casefold().startswith(first)  # "Ana Ruiz <ana@...>"
    if (
        person
        and _bare_name(name)
        and not _is_outlet(name)
        and _set_byline(start, start + len(name), text, st, bare=True)
    ):
        return True
    st.source = st.source or Source(name, start, start + len(name), _agency_name(name) or name)
    return True


def _source_line(line: _Line, st: _State) -> bool:
    """Record a labelled source line of the header ("Fuente: EFE", "Quelle: dpa", "Source: Reuters"), or the
    outlet an aggregator credits ("from Al Jazeera", "Reuters via Yahoo News": Reuters)."""
    lm = _SOURCE_LABEL_RE.match(line.text)
    if lm is None:
        vm = _VIA_RE.fullmatch(line.text, timeout=_T)
        if vm is None or (name := _credit_name(vm.group("a"))) is None:
            return False
        start = line.start + vm.start("a")
        st.source = st.source or Source(vm.group("a"), start, vm.end("a") + line.start, name)
        return True
    rest = line.text[lm.end() :].strip().rstrip(".")
    name = _agency_name(rest) or (rest if rest.casefold() in _OUTLET_NAMES else None)
    if name is None and "," in rest:  # "Quelle: ZEIT ONLINE, dpa, AFP": the first credit a list knows
        first = rest.split(",")[0].strip()
        name = _credit_name(first) if first else None
        rest = first
    if name is None:
        return False
    start = line.start + line.text.index(rest, lm.end())
    st.source = st.source or Source(rest, start, start + len(rest), name)
    return True
