"""The vocabularies of quotation finding: reporting verbs, role nouns and pronouns, per language.

The words live in ``data/cues_<lang>.json``, ``data/roles_<lang>.json`` and ``data/pronouns_<lang>.json``
(each file names its source and licence); :meth:`QuoteLexicon.load` reads one language, so another language
is added by writing its three files beside the English ones (the cue file also holds the words of five
narrower readings: verbs of intention, questioning and reference, adjectives of stance, nouns of saying).
A lexicon is a frozen, hashable record; the patterns built from it are compiled once per lexicon
(:func:`compiled`).

>>> lex = QuoteLexicon.load("en")
>>> lex.cue_lemma("told")
'tell'
>>> lex.cue_lemma("Pointed out")
'point out'
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from .errors import InputTypeError, OptionError

__all__ = ["DEFAULT_LEXICON", "CompiledLexicon", "QuoteLexicon", "compiled", "languages"]


def _read(name: str) -> Mapping[str, Any]:
    data: Mapping[str, Any] = json.loads(resources.files("geoquote.data").joinpath(name).read_text("utf-8"))
    return data


def _pairs(table: Mapping[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """``{lemma: [forms]}`` -> ``((form, lemma), ...)`` with forms casefolded."""
    return tuple(sorted({(f.casefold(), lemma) for lemma, forms in table.items() for f in forms}))


def languages() -> tuple[str, ...]:
    """The languages :meth:`QuoteLexicon.load` can read: those with all three data files.

    >>> languages()
    ('en',)
    """
    names = {f.name for f in resources.files("geoquote.data").iterdir()}
    return tuple(
        sorted(
            n[len("cues_") : -len(".json")]
            for n in names
            if n.startswith("cues_")
            and n.endswith(".json")
            and {f"roles_{n[5:]}", f"pronouns_{n[5:]}"} <= names
        )
    )


def _items(name: str, value: object, what: str) -> list[Any]:
    """The items of a word collection (any iterable but a ``str``; a set in sorted order, for a lexicon
    that does not depend on hashing); :class:`InputTypeError` when it is none."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InputTypeError.expected(name, f"a collection of {what} (tuple, list, set or frozenset)", value)
    if isinstance(value, Mapping):
        value = value.items()  # {form: lemma} for a table of pairs
    items = list(value)
    if isinstance(value, set | frozenset):
        with contextlib.suppress(TypeError):  # mixed item types: reported by the item check
            items.sort()
    return items


def _words(name: str, value: object) -> tuple[str, ...]:
    items = _items(name, value, "str")
    for x in items:
        if not isinstance(x, str):
            raise InputTypeError.expected(f"each item of {name}", "str", x)
    return tuple(items)


def _rows(name: str, value: object, shape: tuple[type, ...], what: str) -> tuple[tuple[Any, ...], ...]:
    """A table whose rows have the types of ``shape`` ((form, lemma) pairs, pronoun rows)."""
    out = []
    for row in _items(name, value, what):
        if isinstance(row, str) or not isinstance(row, Iterable):
            raise InputTypeError.expected(f"each item of {name}", what, row)
        row = tuple(row)
        if len(row) != len(shape) or not all(isinstance(x, t) for x, t in zip(row, shape, strict=True)):
            raise InputTypeError(f"each item of {name} must be {what}, not {row!r}")
        out.append(row)
    return tuple(out)


def _epithets(name: str, value: object) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    what = "a (phrase, ((word, ...), ...)) pair"
    out = []
    for row in _items(name, value, what):
        if isinstance(row, str) or not isinstance(row, Iterable) or len(row := tuple(row)) != 2:
            raise InputTypeError(f"each item of {name} must be {what}, not {row!r}")
        phrase, alts = row
        if not isinstance(phrase, str):
            raise InputTypeError.expected(f"the phrase of each item of {name}", "str", phrase)
        out.append(
            (
                phrase,
                tuple(_words(f"the role words of {name}", alt) for alt in _items(name, alts, what)),
            )
        )
    return tuple(out)


# The converters of the fields only widen the types a caller may pass (any collection, as the docstring
# says) for type checkers; the check and the conversion, which name the field, are __attrs_post_init__'s.
def _pairs_in(value: Iterable[tuple[str, str]] | Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return value  # type: ignore[return-value]


def _set_in(value: Iterable[str]) -> frozenset[str]:
    return value  # type: ignore[return-value]


def _tuple_in(value: Iterable[str]) -> tuple[str, ...]:
    return value  # type: ignore[return-value]


def _pronouns_in(value: Iterable[tuple[str, str, str, bool]]) -> tuple[tuple[str, str, str, bool], ...]:
    return value  # type: ignore[return-value]


def _epithets_in(
    value: Iterable[tuple[str, Iterable[Iterable[str]]]],
) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    return value  # type: ignore[return-value]


_PAIR = "a (form, lemma) pair of str"
#: How each field of a :class:`QuoteLexicon` is checked and normalised (any iterable becomes a tuple or a
#: frozenset, so a lexicon built with a ``set`` or a ``list`` is hashable like the shipped one).
_FIELDS: dict[str, Any] = {
    "clause_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "that_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "object_cues_content": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "relay_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "role_synonyms": lambda n, v: _rows(n, v, (str, str), "a (word, synonym) pair of str"),
    "abbreviations": lambda n, v: _rows(n, v, (str, str), "an (abbreviation, word) pair of str"),
    "given_names": lambda n, v: _rows(n, v, (str, str), "a (name, gender) pair of str"),
    "quoted_object_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "infinitive_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "question_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "topic_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "stance_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "noun_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "as_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "about_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "passive_cues": lambda n, v: _rows(n, v, (str, str), _PAIR),
    "pronouns": lambda n, v: _rows(
        n, v, (str, str, str, bool), "a (pronoun, number, gender, person) row of str, str, str, bool"
    ),
    "role_epithets": _epithets,
    "relay_tails": _words,
    "according": _words,
    "media_addressees": _words,
    **{
        f: lambda n, v: frozenset(_words(n, v))
        for f in (
            "addressee_lemmas",
            "object_cues",
            "roles",
            "honorifics",
            "modifiers",
            "institutions",
            "determiners",
            "auxiliaries",
            "passive",
            "particles",
            "organization_heads",
        )
    },
}


@attrs.frozen(repr=False)
class QuoteLexicon:
    """Words that mark reported speech and name speakers, for one language.

    ``clause_cues`` take a reported clause with or without "that"; ``that_cues`` only with "that";
    ``object_cues_content`` take their object as the content ("called for a ban", "a poll shows X leading");
    ``quoted_object_cues`` attribute only an object that carries a quoted fragment ("called them
    “deplorables”", "described him as “unhinged”"); each maps a written form to its lemma. ``roles`` are
    nouns of office ("minister"), ``honorifics`` ("Mr"), ``institutions`` head nouns of bodies that speak
    ("ministry", "Kremlin"), ``organization_heads`` head nouns of the bodies a person's title may name
    ("ministry", "university": "spokeswoman for the Foreign Ministry"); ``infinitive_cues`` report only
    the 'to' infinitive after them ("hopes to reopen the port"), ``question_cues`` only a question a
    question word opens after them ("wondered whether the ferry would return"), ``topic_cues`` report
    their object, what was spoken of ("pointed to the new ferry line"), ``stance_cues`` are adjectives
    that report a that-clause after a form of "be" ("are worried that"), ``noun_cues`` nouns that report
    the that-clause after them ("complaints that"), ``as_cues`` verbs of viewing that report their object
    only with an "as" complement after it ("see the port as a lifeline"), ``about_cues`` verbs of speaking
    that report what follows "about" after a hearer, a manner or an occasion ("spoke to reporters about the
    levy"), or "of" after an adverb ("spoke warmly of"), ``passive_cues`` participles that report in a
    passive with a "by" agent ("was rejected by the unions"); ``role_epithets`` map a description news gives
    an office it named before ("top diplomat") to the sets of role words one of which its holder must have
    ("foreign", "minister").

    Any collection may be given for a field (a ``set``, a ``list``): it is checked and stored as the
    field's tuple or frozenset, so ``attrs.evolve(DEFAULT_LEXICON, roles=DEFAULT_LEXICON.roles | {"envoy"})``
    works; an item of the wrong type raises :class:`~geoquote.errors.InputTypeError`.

    >>> import attrs, geoquote
    >>> lex = attrs.evolve(geoquote.DEFAULT_LEXICON, organization_heads={"cooperative", "ministry"})
    >>> lex.organization_heads == frozenset({"cooperative", "ministry"})
    True
    """

    language: str
    clause_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in)
    that_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in)
    object_cues_content: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in)
    addressee_lemmas: frozenset[str] = attrs.field(converter=_set_in)
    object_cues: frozenset[str] = attrs.field(converter=_set_in)
    relay_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in)
    relay_tails: tuple[str, ...] = attrs.field(converter=_tuple_in)
    according: tuple[str, ...] = attrs.field(converter=_tuple_in)
    media_addressees: tuple[str, ...] = attrs.field(converter=_tuple_in)
    roles: frozenset[str] = attrs.field(converter=_set_in)
    honorifics: frozenset[str] = attrs.field(converter=_set_in)
    role_synonyms: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in)
    abbreviations: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in)
    modifiers: frozenset[str] = attrs.field(converter=_set_in)
    institutions: frozenset[str] = attrs.field(converter=_set_in)
    pronouns: tuple[tuple[str, str, str, bool], ...] = attrs.field(converter=_pronouns_in)
    determiners: frozenset[str] = attrs.field(converter=_set_in)
    auxiliaries: frozenset[str] = attrs.field(converter=_set_in)
    passive: frozenset[str] = attrs.field(converter=_set_in)
    particles: frozenset[str] = attrs.field(converter=_set_in)
    given_names: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    quoted_object_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    role_epithets: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = attrs.field(
        converter=_epithets_in, default=()
    )
    organization_heads: frozenset[str] = attrs.field(converter=_set_in, default=frozenset())
    infinitive_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    question_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    topic_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    stance_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    noun_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    as_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    about_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())
    passive_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs_in, default=())

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.language, str):
            raise InputTypeError.expected("language", "str", self.language)
        for name, normal in _FIELDS.items():
            object.__setattr__(self, name, normal(name, getattr(self, name)))

    def __repr__(self) -> str:
        """A short form (the full one runs to tens of kilobytes): the language and how many words."""
        cues = len(self.clause_cues) + len(self.that_cues) + len(self.object_cues_content)
        return f"<QuoteLexicon {self.language!r}: {cues} reporting-verb forms, {len(self.roles)} role nouns>"

    @classmethod
    def load(cls, language: str = "en") -> QuoteLexicon:
        """Read the vocabularies of ``language`` from the package's data files.

        :class:`~geoquote.errors.OptionError` lists the languages there are when ``language`` is not one.

        >>> QuoteLexicon.load("xx")
        Traceback (most recent call last):
        ...
        geoquote.errors.OptionError: language must be one of 'en', not 'xx'
        """
        if not isinstance(language, str):
            raise InputTypeError.expected("language", "str", language)
        if language not in languages():  # also keeps the file names inside data/
            raise OptionError.choices("language", language, languages())
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
            infinitive_cues=_pairs(cues.get("infinitive", {})),
            question_cues=_pairs(cues.get("question", {})),
            topic_cues=_pairs(cues.get("topic", {})),
            stance_cues=_pairs(cues.get("stance", {})),
            noun_cues=_pairs(cues.get("noun", {})),
            as_cues=_pairs(cues.get("as_object", {})),
            about_cues=_pairs(cues.get("about", {})),
            passive_cues=_pairs(cues.get("passive", {})),
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
    infinitive_lemmas: frozenset[str]  # verbs whose 'to' infinitive is a report ("hoping to", "hopes to")
    question_forms: frozenset[str]  # forms whose question is a report ("wondered whether", "question why")
    narrow_forms: frozenset[str]  # forms of those tables and as_forms only: without their reading, no report
    as_forms: frozenset[str]  # forms that report their object only before an "as" ("see the port as ...")
    about_forms: frozenset[str]  # forms that report only what follows "about" ("spoke to X about ...")
    passive_participles: Mapping[str, str]  # participles read with a "by" agent -> lemma ("rejected by")
    topic_forms: frozenset[str]  # forms whose object is what was spoken of ("pointed to the ferry line")
    stance_lemmas: Mapping[
        str, str
    ]  # adjectives reporting a that-clause after "be": "worried" -> "be worried"
    noun_forms: frozenset[str]  # nouns that report a that-clause ("complaints that")
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
    # the words between a relay verb and its tail, then the tail ("quoted Ivo Marin as warning")
    relay_tail_re: regex.Pattern[str]
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
    relay = r"\L<relay>(?=\s+(?:[\w.,'’-]+\s+){0,14}?(?:\L<tails>)\b)" if lists.get("relay") else never
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
        dict(lex.noun_cues)
        | dict(lex.as_cues)
        | dict(lex.about_cues)
        | dict(lex.stance_cues)
        | dict(lex.topic_cues)
        | dict(lex.question_cues)
        | dict(lex.infinitive_cues)
        | dict(lex.quoted_object_cues)
        | dict(lex.clause_cues)
        | dict(lex.that_cues)
        | dict(lex.object_cues_content)
    )
    forms = list(lemmas)
    # the forms some wider table holds too ("question" judges a quoted object): read as that table says
    lemmas_of_other = {
        f
        for table in (lex.clause_cues, lex.that_cues, lex.object_cues_content, lex.quoted_object_cues)
        for f, _ in table
    }
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
            (?=\s+(?:[\w.,'’-]+\s+){0,14}?(?:\L<tails>)\b)
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
        infinitive_lemmas=frozenset(lemma for _, lemma in lex.infinitive_cues),
        question_forms=frozenset(f for f, _ in lex.question_cues),
        narrow_forms=frozenset(
            f
            for table in (lex.infinitive_cues, lex.question_cues, lex.as_cues, lex.about_cues)
            for f, _ in table
        )
        - lemmas_of_other,
        as_forms=frozenset(f for f, _ in lex.as_cues) - lemmas_of_other,
        about_forms=frozenset(f for f, _ in lex.about_cues) - lemmas_of_other,
        passive_participles=dict(lex.passive_cues),
        topic_forms=frozenset(f for f, _ in lex.topic_cues),
        stance_lemmas=dict(lex.stance_cues),
        noun_forms=frozenset(f for f, _ in lex.noun_cues) - lemmas_of_other,
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
        relay_tail_re=regex.compile(
            r"\s+(?P<who>(?:[\w.,'’-]+\s+){0,14}?)(?P<tail>"
            + "|".join(r"\s+".join(map(regex.escape, t.split())) for t in lex.relay_tails)
            + r")\b",
            regex.V1,
        ),
    )


DEFAULT_LEXICON = QuoteLexicon.load("en")
