"""The coalition finder's word lists and the patterns built from them, compiled once at import.

The lists live in ``geoquote/data/coalition_lexicon.json`` (written by the geoquote authors from the
annotation scheme; see its ``_source``); this module only turns them into ``regex`` patterns.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import regex

from ._trie import trie

__all__ = [
    "ADVERSARY_CUE",
    "ALL_HEADS",
    "BODIES_NAMED_IN_CONTEXT",
    "BODIES_NAMED_WITH_MEMBERS",
    "CONCEPT_NOUNS",
    "COUNT_WORDS",
    "DETERMINERS",
    "DOMESTIC_CUE",
    "FORCE_NOUNS",
    "GROUP_NOUNS",
    "HEAD",
    "HEADS",
    "KIND_CUES",
    "LEADERS",
    "MEMBER_MODIFIERS",
    "NON_POLITICAL",
    "NON_STATE_MODIFIERS",
    "NON_STATE_PARTS",
    "PERSONAL_POSSESSIVES",
    "PREMODIFIERS",
    "STOP_PREMODIFIERS",
    "STRIKE_VERBS",
    "fold",
    "may_hold_adversary_cue",
    "may_hold_domestic_cue",
    "trie",
]


def _load() -> dict[str, Any]:
    raw = resources.files("geoquote").joinpath("data/coalition_lexicon.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


_LEX = _load()

HEADS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _LEX["heads"].items()}
ALL_HEADS: frozenset[str] = frozenset().union(*HEADS.values())
DETERMINERS = frozenset(_LEX["determiners"])
PERSONAL_POSSESSIVES = frozenset(_LEX["personal_possessives"])
COUNT_WORDS = frozenset(_LEX["count_words"])
PREMODIFIERS = frozenset(_LEX["premodifiers"])
STOP_PREMODIFIERS = frozenset(_LEX["stop_premodifiers"])
GROUP_NOUNS = frozenset(_LEX["group_nouns"])
#: Words between a body's name and a plural member noun that name a part of its members: "(ASEAN) claimant
#: (states)", "(NATO) frontline (states)".
MEMBER_MODIFIERS = frozenset(_LEX["member_modifiers"])
#: Nouns after a bare coalition noun that make it a concept: "bloc confrontation", "alliance politics".
CONCEPT_NOUNS = frozenset(_LEX["concept_nouns"])
#: Words before "group", "network" or "organisation" that make it a non-state group: "the jihadist group".
NON_STATE_MODIFIERS = frozenset(_LEX["non_state_group_modifiers"])
NON_POLITICAL = frozenset(_LEX["non_political_members"])
#: Words before "groups" or "organisations" after "a coalition of" that make its members civil society, not
#: states or armed groups: "a coalition of human rights organisations", "of faith groups".
CIVIL_SOCIETY_MODIFIERS = frozenset(_LEX["civil_society_modifiers"])
#: Nouns after a demonym that name a non-state part of the country, not the state: "Iraqi militias", "its
#: Syrian offshoot".
NON_STATE_PARTS = frozenset(_LEX["non_state_parts"])
KIND_CUES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _LEX["kind_cues"].items()}
#: Nouns for armed forces and their holdings: "Gaddafi's forces", "Houthi positions", "Iraqi troops".
FORCE_NOUNS = frozenset(_LEX["force_nouns"])
#: Verbs of armed action whose object is the mention's target: "struck", "pounded", "killing".
STRIKE_VERBS = frozenset(_LEX["strike_verbs"])
#: Bodies whose name is also a common noun or another group's ("Squad"), by code: how many of the body's
#: members the sentence must name for the name to be the body.
BODIES_NAMED_WITH_MEMBERS: dict[str, int] = dict(_LEX["bodies_named_with_members"])
#: Bodies whose short name is also a road, a paper size or a product ("the A3 motorway", "A3 paper"), by
#: code: the short names that need context, and the words of which the sentence or the text just before it
#: must hold one for the short name to be the body ("the A3 ... at the Security Council").
BODIES_NAMED_IN_CONTEXT: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    code: (frozenset(d["names"]), tuple(d["context"])) for code, d in _LEX["bodies_named_in_context"].items()
}
#: A leader's name that stands for the state's forces ("Gaddafi's forces"), by the state's code.
LEADERS: dict[str, str] = {name: code for code, names in _LEX["leaders"].items() for name in names}


#: A trigger head noun, or an "X-led"/"X led" compound, in a sentence the literal prefilter selected. The
#: stdlib engine, not `regex`: a trie of literals cannot backtrack catastrophically (no timeout needed),
#: and its first-character prefilter makes the scan about twice as fast as a `regex` named list.
HEAD = re.compile(
    rf"""
    (?:(?<![\w-])|(?<=quasi-)|(?<=semi-)|(?<=near-))   # "a quasi-alliance": the prefix is a modifier
    (?P<head>{trie(ALL_HEADS)})(?![\w-])              # coalition, alliance, bloc, allies, pact, ...
    | (?P<led>[-\s]led\b)                              # "US-led", "U.S. led"
    | (?P<allied>\ballied\s++(?:to|with)\b|-aligned\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Words that place a coalition at home: governments, parties, parliaments, polls ("party to a pact" is
#: none, and a party's name is capitalised: "not party to" names no party).
DOMESTIC_CUE = regex.compile(
    r"(?<![\w-])(?:\L<cues>)(?![\w-])(?<!\bpart(?:y|ies))|\bpart(?:y|ies)\b(?!\s+to\b)"
    r"|\b(?-i:\p{Lu})\w+\s+(?:Party|party)\b(?!\s+to\b)|\b(?:two|three|four|five|six|\d+)-party\b",
    regex.IGNORECASE,
    cues=sorted(_LEX["domestic_cues"], key=len, reverse=True),
)

#: A purpose or action against someone: "against", "fighting", "to combat", "anti-" is handled apart.
ADVERSARY_CUE = regex.compile(
    r"(?<![\w-])(?:\L<cues>)\s+(?:the\s+)?",
    regex.IGNORECASE,
    cues=sorted(_LEX["adversary_cues"], key=len, reverse=True),
)
#: What IGNORECASE equates with an ASCII letter besides its two cases: the dotted capital I, the Kelvin sign
#: and the long s (checked over every code point). Mapping them and lower-casing gives a text in which every
#: case-insensitive match of an ASCII word shows as the lower-case word.
_FOLD = str.maketrans({"\u0130": "i", "\u212a": "k", "\u017f": "s"})


def fold(s: str) -> str:
    """``s`` with every letter that IGNORECASE matches to an ASCII letter written as that letter, lower case.

    >>> fold("NATO-Led")
    'nato-led'
    """
    return s.translate(_FOLD).lower()


#: The adversary cues as a case-sensitive trie of lower-case literals: a prefilter for
#: :data:`ADVERSARY_CUE` on folded text (see :func:`may_hold_adversary_cue`).
_ADVERSARY_CUE_LOWER = re.compile(trie(c.lower() for c in _LEX["adversary_cues"]))
#: The same for :data:`DOMESTIC_CUE`, whose other branches both hold "party".
_DOMESTIC_CUE_LOWER = re.compile(trie({*(c.lower() for c in _LEX["domestic_cues"]), "party"}))


def may_hold_adversary_cue(window: str) -> bool:
    """False when :data:`ADVERSARY_CUE` cannot match inside ``window``; True when it may.

    Every cue is ASCII, so a stdlib trie scan of the folded window (see :func:`fold`) settles the common
    case (no cue at all) far faster than the case-insensitive pattern.
    """
    return _ADVERSARY_CUE_LOWER.search(fold(window)) is not None


def may_hold_domestic_cue(window: str) -> bool:
    """False when :data:`DOMESTIC_CUE` cannot match inside ``window``; True when it may (as above)."""
    return _DOMESTIC_CUE_LOWER.search(fold(window)) is not None
