"""The vocabularies of quotation finding: reporting verbs, role nouns and pronouns, per language.

The words live in ``data/cues_<lang>.json``, ``data/roles_<lang>.json`` and ``data/pronouns_<lang>.json``
(each file names its source and licence); :meth:`QuoteLexicon.load` reads one language, so another language
is added by writing its three files beside the English ones. A lexicon is a frozen, hashable record; the
patterns built from it are compiled once per lexicon (:func:`compiled`).

>>> lex = QuoteLexicon.load("en")
>>> lex.cue_lemma("told")
'tell'
>>> lex.cue_lemma("Pointed out")
'point out'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from .errors import InputTypeError

__all__ = ["DEFAULT_LEXICON", "CompiledLexicon", "QuoteLexicon", "compiled"]


def _read(name: str) -> Mapping[str, Any]:
    data: Mapping[str, Any] = json.loads(resources.files("geoquote.data").joinpath(name).read_text("utf-8"))
    return data


def _pairs(table: Mapping[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """``{lemma: [forms]}`` -> ``((form, lemma), ...)`` with forms casefolded."""
    return tuple(sorted({(f.casefold(), lemma) for lemma, forms in table.items() for f in forms}))


@attrs.frozen
class QuoteLexicon:
    """Words that mark reported speech and name speakers, for one language.

    ``clause_cues`` take a reported clause with or without "that"; ``that_cues`` only with "that";
    ``object_cues_content`` take their object as the content ("called for a ban", "a poll shows X leading");
    ``quoted_object_cues`` attribute only an object that carries a quoted fragment ("called them
    “deplorables”", "described him as “unhinged”"); each maps a written form to its lemma. ``roles`` are
    nouns of office ("minister"), ``honorifics`` ("Mr"), ``institutions`` head nouns of bodies that speak
    ("ministry", "Kremlin"), ``organization_heads`` head nouns of the bodies a person's title may name
    ("ministry", "university": "spokeswoman for the Foreign Ministry"); ``role_epithets`` map a description
    news gives an office it named before ("top diplomat") to the sets of role words one of which its holder
    must have ("foreign", "minister").
    """

    language: str
    clause_cues: tuple[tuple[str, str], ...]
    that_cues: tuple[tuple[str, str], ...]
    object_cues_content: tuple[tuple[str, str], ...]
    addressee_lemmas: frozenset[str]
    object_cues: frozenset[str]
    relay_cues: tuple[tuple[str, str], ...]
    relay_tails: tuple[str, ...]
    according: tuple[str, ...]
    media_addressees: tuple[str, ...]
    roles: frozenset[str]
    honorifics: frozenset[str]
    role_synonyms: tuple[tuple[str, str], ...]
    abbreviations: tuple[tuple[str, str], ...]
    modifiers: frozenset[str]
    institutions: frozenset[str]
    pronouns: tuple[tuple[str, str, str, bool], ...]
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    particles: frozenset[str]
    given_names: tuple[tuple[str, str], ...] = ()
    quoted_object_cues: tuple[tuple[str, str], ...] = ()
    role_epithets: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    organization_heads: frozenset[str] = frozenset()

    @classmethod
    def load(cls, language: str = "en") -> QuoteLexicon:
        """Read the vocabularies of ``language`` from the package's data files."""
        if not isinstance(language, str):
            raise InputTypeError.expected("language", "str", language)
        cues, roles, prons = (_read(f"{k}_{language}.json") for k in ("cues", "roles", "pronouns"))
        return cls(
            language=language,
            clause_cues=_pairs(cues["clause"]),
            that_cues=_pairs(cues["that_only"]),
            object_cues_content=_pairs(cues.get("object_content", {})),
            addressee_lemmas=frozenset(cues["addressee"]),
            object_cues=frozenset(cues["object"]),
            relay_cues=_pairs(cues["relay"]),
            relay_tails=tuple(cues["relay_tail"]),
            according=tuple(cues["according_to"]),
            media_addressees=tuple(cues["media_addressee"]),
            roles=frozenset(roles["roles"]),
            honorifics=frozenset(roles["honorifics"]),
            role_synonyms=tuple(sorted(roles["role_synonyms"].items())),
            abbreviations=tuple(sorted(roles["abbreviations"].items())),
            modifiers=frozenset(roles["modifiers"]),
            institutions=frozenset(roles["institutions"]),
            pronouns=tuple(
                sorted(
                    (p, v["number"], v["gender"] or "", bool(v["person"]))
                    for p, v in prons["pronouns"].items()
                )
            ),
            determiners=frozenset(prons["determiners"]),
            auxiliaries=frozenset(prons["auxiliaries"]),
            passive=frozenset(prons["passive"]),
            particles=frozenset(prons["particles"]),
            quoted_object_cues=_pairs(cues.get("quoted_object", {})),
            role_epithets=tuple(
                sorted(
                    (phrase, tuple(tuple(alt) for alt in alts))
                    for phrase, alts in roles.get("role_epithets", {}).items()
                    if phrase != "about"
                )
            ),
            organization_heads=frozenset(roles.get("organization_heads", ())),
            given_names=tuple(
                sorted((n.casefold(), g) for g, names in prons.get("given_names", {}).items() for n in names)
            ),
        )

    def cue_lemma(self, form: str) -> str | None:
        """The lemma of a reporting-verb form, or ``None``."""
        return compiled(self).lemmas.get(" ".join(form.casefold().split()))


@attrs.frozen
class CompiledLexicon:
    """The lookup tables and patterns of one :class:`QuoteLexicon`, built once."""

    lemmas: Mapping[str, str]
    clause_forms: Mapping[str, str]  # one-word forms of the cues that take a clause, casefolded -> lemma
    that_only: frozenset[str]
    object_forms: frozenset[str]
    object_lemmas: frozenset[str]  # the lemmas of object_forms ("call for", "urge")
    quoted_object_forms: frozenset[str]
    first_words: frozenset[str]  # the first word of every cue, as written or capitalised: the prefilter
    cue_re: regex.Pattern[str]
    # leading letters -> the cue forms that begin with them: where no form is written at a word that opens
    # cues, the cue pattern cannot match there (a string test, several times cheaper than the pattern)
    cue_forms: Mapping[str, tuple[str, ...]]
    pronouns: Mapping[str, tuple[str, str, bool]]
    synonyms: Mapping[str, str]
    epithets: Mapping[str, tuple[tuple[str, ...], ...]]
    abbreviations: Mapping[str, str]
    cue_kinds: Mapping[str, Mapping[str, list[str]]]  # leading letters -> the forms of each kind of cue
    cue_tails: list[str]
    _narrow: dict[str, regex.Pattern[str]] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _tries: dict[str, int] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def cue_at(self, word: str) -> regex.Pattern[str]:
        """The pattern to try where ``word`` (a key of :attr:`cue_forms`) opens the text and one of its
        :attr:`cue_forms` is written there: :attr:`cue_re`, narrowed to the cues beginning with ``word`` once
        that word has been tried often enough to repay compiling (the narrow pattern matches there as the
        whole one does, several times faster). A word whose one form is itself (most: "said", "told") gets
        at once the pattern shared by all such words of its length (:func:`_one_form_pattern`)."""
        got = self._narrow.get(word)
        if got is not None:
            return got
        kinds = self.cue_kinds[word]
        if len(kinds) == 1 and kinds.get("verbs") == [word]:
            got = self._narrow[word] = _one_form_pattern(len(word))
            return got
        tries = self._tries[word] = self._tries.get(word, 0) + 1
        if tries < _NARROW_AFTER:
            return self.cue_re
        got = self._narrow[word] = _cue_pattern(self.cue_kinds[word], self.cue_tails)
        return got


def _alternation(words: list[str]) -> str:
    """A longest-first alternation of literal phrases, spaces matching any run of blanks."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_BUILT: dict[int, tuple[QuoteLexicon, CompiledLexicon]] = {}


def compiled(lex: QuoteLexicon) -> CompiledLexicon:
    """The tables and the cue pattern of ``lex``, built once per lexicon object (looked up by identity:
    hashing a lexicon's word sets on every call would cost more than the lookups it serves)."""
    got = _BUILT.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1]
    built = _build(lex)
    _BUILT[id(lex)] = (lex, built)
    return built


_LEADING_LETTERS = regex.compile(r"\p{L}++", regex.V1)
# Tries of the whole cue pattern at one word before a pattern narrowed to that word's cues is compiled
# (~0.2 ms, repaid after some 40 tries): frequent verbs ("said", "told") get one, a short run compiles few.
_NARROW_AFTER = 16


def _cue_pattern(lists: Mapping[str, list[str]], tails: list[str]) -> regex.Pattern[str]:
    """The cue pattern over ``lists`` (the cased forms of each kind of cue: "according", "relay", "verbs"),
    written compactly (it is compiled for single words as they turn out frequent).

    A kind without forms gets a branch that never matches (an empty named list would match the empty
    string), so every pattern has the same three groups."""
    initials = regex.escape("".join(sorted({w[0] for forms in lists.values() for w in forms})))
    never = r"(?!)"
    according = r"\L<according>" if lists.get("according") else never  # "according to X"
    # "quoted him as saying": a relay verb, then "as saying" within a few words
    relay = r"\L<relay>(?=\s+(?:[\w.'’-]+\s+){0,6}?(?:\L<tails>)\b)" if lists.get("relay") else never
    verb = r"\L<verbs>" if lists.get("verbs") else never  # a reporting verb
    return regex.compile(
        rf"\b(?<![\w'’-])(?=[{initials}])"  # a whole word, starting as some cue does
        rf"(?:(?P<according>{according})|(?P<relay>{relay})|(?P<verb>{verb}))"
        r"(?![\w'’-])",
        regex.V1,
        ignore_unused=True,  # a kind left out has its (empty) list unused
        according=lists.get("according", []),
        relay=lists.get("relay", []),
        verbs=lists.get("verbs", []),
        tails=tails,
    )


@functools.cache
def _one_form_pattern(n: int) -> regex.Pattern[str]:
    """The narrow cue pattern (:func:`_cue_pattern`) of a word whose one form is the word itself, for every
    such word of ``n`` letters: the caller has found the form written where it tries the pattern
    (:func:`geoquote._quotes._cues`), so ``n`` characters there stand for the literal; the word bounds and
    the three groups are those of the narrow pattern. One pattern per length, compiled on first use."""
    return regex.compile(
        rf"\b(?<![\w'’-])(?:(?P<according>(?!))|(?P<relay>(?!))|(?P<verb>(?s:.){{{n}}}))(?![\w'’-])",
        regex.V1,
    )


def _by_leading_letters(forms: list[str]) -> dict[str, tuple[str, ...]]:
    """``forms`` grouped by their leading letters ("pointed out" under "pointed", "co-author" under "co")."""
    out: dict[str, list[str]] = {}
    for form in forms:
        head = _LEADING_LETTERS.match(form)
        if head is not None:
            out.setdefault(head.group(), []).append(form)
    return {k: tuple(v) for k, v in out.items()}


def _kinds_by_leading_letters(kinds: Mapping[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """The forms of each kind of cue grouped by their leading letters (as :func:`_by_leading_letters`)."""
    out: dict[str, dict[str, list[str]]] = {}
    for kind, forms in kinds.items():
        for head, group in _by_leading_letters(forms).items():
            out.setdefault(head, {})[kind] = list(group)
    return out


@functools.cache
def _build(lex: QuoteLexicon) -> CompiledLexicon:
    """Build the tables and the cue pattern of ``lex`` (equal lexicons share one build)."""
    lemmas = (
        dict(lex.quoted_object_cues)
        | dict(lex.clause_cues)
        | dict(lex.that_cues)
        | dict(lex.object_cues_content)
    )
    forms = list(lemmas)
    according = list(lex.according)
    relay = [f for f, _ in lex.relay_cues]

    def cased(words: list[str]) -> list[str]:
        return sorted({v for w in words for v in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)

    initials = "".join(sorted({w[0] for w in cased(forms + according + relay)}))
    cue_re = regex.compile(
        r"""
        \b(?<![\w'’-])(?=[INITIALS])                  # a whole word, starting as some cue does
        (?:
            (?P<according>\L<according>)               # "according to X"
          | (?P<relay>\L<relay>)                       # "quoted him as saying"
            (?=\s+(?:[\w.'’-]+\s+){0,6}?(?:\L<tails>)\b)
          | (?P<verb>\L<verbs>)                        # a reporting verb
        )
        (?![\w'’-])
        """.replace("INITIALS", regex.escape(initials)),
        regex.VERBOSE | regex.V1,
        according=cased(according),
        relay=cased(relay),
        tails=list(lex.relay_tails),
        verbs=cased(forms),
    )
    return CompiledLexicon(
        lemmas=lemmas | dict(lex.relay_cues) | {a: a for a in lex.according},
        clause_forms={form.casefold(): lemma for form, lemma in lex.clause_cues if " " not in form},
        that_only=frozenset(f for f, _ in lex.that_cues),
        object_forms=frozenset(f for f, _ in lex.object_cues_content),
        object_lemmas=frozenset(lemma for _, lemma in lex.object_cues_content),
        quoted_object_forms=frozenset(f for f, _ in lex.quoted_object_cues)
        - frozenset(
            f for table in (lex.clause_cues, lex.that_cues, lex.object_cues_content) for f, _ in table
        ),
        first_words=frozenset(w.split()[0] for w in cased(forms + according + relay)),
        cue_re=cue_re,
        cue_forms=_by_leading_letters(cased(forms + according + relay)),
        pronouns={p: (n, g, person) for p, n, g, person in lex.pronouns},
        synonyms=dict(lex.role_synonyms),
        epithets={
            phrase: tuple(tuple(dict(lex.role_synonyms).get(w, w) for w in alt) for alt in alts)
            for phrase, alts in lex.role_epithets
        },
        abbreviations=dict(lex.abbreviations),
        cue_kinds=_kinds_by_leading_letters(
            {"according": cased(according), "relay": cased(relay), "verbs": cased(forms)}
        ),
        cue_tails=list(lex.relay_tails),
    )


DEFAULT_LEXICON = QuoteLexicon.load("en")
