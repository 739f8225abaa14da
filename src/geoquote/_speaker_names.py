"""Given names and the gender they usually mark: a cue for pronoun agreement ("she" is not "Antonin Scalia").

The default table is ``data/given_names_en.json`` (common given names written out by the geoquote authors,
MIT); the lexicon's own ``given_names`` (from ``pronouns_en.json`` or a caller's lexicon) take precedence.
A name written with accents the table writes without is the same name ("José" for "Jose", "Stéphane").

>>> from ._quote_lexicon import DEFAULT_LEXICON
>>> names = name_genders(DEFAULT_LEXICON)
>>> names["antonin"], names["loretta"], "jordan" in names
('male', 'female', False)
>>> names.get("josé"), "stéphane" in names
('male', True)
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Iterator, Mapping
from importlib import resources

from ._quote_lexicon import QuoteLexicon

__all__ = ["name_genders", "surname_gender", "unaccented"]

_MERGED: dict[int, tuple[tuple[tuple[str, str], ...], _Names]] = {}


class _Names(Mapping[str, str]):
    """Casefolded given name -> gender, looked up with or without the accents a name is written with."""

    __slots__ = ("_table",)

    def __init__(self, table: dict[str, str]) -> None:
        self._table = table

    def __getitem__(self, name: str) -> str:
        got = self._table.get(name)
        if got is None and not name.isascii():
            got = self._table.get(unaccented(name))
        if got is None:
            raise KeyError(name)
        return got

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        return name in self._table or (not name.isascii() and unaccented(name) in self._table)

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


# Letters of Latin scripts that carry their mark in the letter itself, so that decomposing leaves them as
# they are, written with the plain letters English copy puts for them ("Kılıç" is "Kilic" in Turkish copy
# written without its letters, "Łukasz" "Lukasz", "Søren" "Soren").
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ħ": "h"}
)


@functools.lru_cache(maxsize=4096)  # bounded: names come from the text
def unaccented(name: str) -> str:
    """``name`` without its combining marks, and with the plain letter for a letter marked in itself
    ("josé" -> "jose", "kılıçdaroğlu" -> "kilicdaroglu")."""
    if name.isascii():
        return name
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain.translate(_PLAIN_LETTERS)


@functools.cache
def _default_names() -> dict[str, str]:
    """Casefolded given name -> "male" / "female", from the packaged table."""
    raw = json.loads(resources.files("geoquote.data").joinpath("given_names_en.json").read_text("utf-8"))
    return {n.casefold(): g for g in ("male", "female") for n in raw[g]}


def name_genders(lex: QuoteLexicon) -> Mapping[str, str]:
    """Casefolded given name -> gender: the packaged table, overridden by the lexicon's own names."""
    own = lex.given_names
    hit = _MERGED.get(id(own))
    if hit is not None and hit[0] is own:
        return hit[1]
    merged = _Names({**_default_names(), **dict(own)})
    if len(_MERGED) > 8:
        _MERGED.clear()  # bounded: lexicons are few, but callers may build many
    _MERGED[id(own)] = (own, merged)
    return merged


# Endings of Russian, Ukrainian, Belarusian, Bulgarian and Central Asian family names in their feminine form
# ("Petrova", "Kovaleva", "Bekova", "Dolgorukaya"; "-ovna", "-evna" close a woman's patronymic), and in their
# masculine form ("Petrov", "Aliyev", "Medvedev"), as English copy transliterates them: the gender of a
# person whose given name the table lacks ("Aigerim Bekova ... she"). Written by us, after the grammar of
# Russian family names (adjectival "-ov"/"-ev"/"-in" with feminine "-ova"/"-eva"/"-ina"); "-in", "-ina" and
# "-sky" are left out, being common endings of other languages' names ("Medina", "Martin").
_FEMININE_SURNAME_ENDINGS = ("ova", "eva", "yeva", "ovna", "evna", "skaya", "tskaya")
_MASCULINE_SURNAME_ENDINGS = ("ov", "ev", "yev")
_MIN_SURNAME = 5  # letters of a family name read for its ending ("Nova", "Prev" are too short)
# Family names of other languages with such an ending (Italian, Spanish, Catalan, Portuguese): no gender.
_NOT_SLAVIC_SURNAMES = frozenset(
    ["casanova", "villanova", "vilanova", "terranova", "cordova", "genova", "padova", "villanueva", "lanueva"]
)


def surname_gender(name: str) -> str:
    """The gender the last word of a person's ``name`` marks by a Slavic family name's ending, or "".

    >>> surname_gender("Aigerim Bekova"), surname_gender("Nurlan Seitkaliyev"), surname_gender("Ana Casanova")
    ('female', 'male', '')
    """
    words = name.split()
    if len(words) < 2:
        return ""
    last = unaccented(words[-1].casefold().rstrip(".,"))
    if len(last) < _MIN_SURNAME or not last.isalpha() or last in _NOT_SLAVIC_SURNAMES:
        return ""
    if last.endswith(_FEMININE_SURNAME_ENDINGS):
        return "female"
    if last.endswith(_MASCULINE_SURNAME_ENDINGS):
        return "male"
    return ""
