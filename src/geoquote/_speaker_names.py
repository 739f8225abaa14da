"""Given names and the gender they usually mark: a cue for pronoun agreement ("she" is not "Antonin Scalia").

The default table is ``data/given_names_en.json`` (common given names written out by the geoquote authors,
MIT); the lexicon's own ``given_names`` (from ``pronouns_en.json`` or a caller's lexicon) take precedence.

>>> from ._quote_lexicon import DEFAULT_LEXICON
>>> names = name_genders(DEFAULT_LEXICON)
>>> names["antonin"], names["loretta"], "jordan" in names
('male', 'female', False)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources

from ._quote_lexicon import QuoteLexicon

__all__ = ["name_genders"]

_MERGED: dict[int, tuple[tuple[tuple[str, str], ...], dict[str, str]]] = {}


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
    merged = {**_default_names(), **dict(own)}
    if len(_MERGED) > 8:
        _MERGED.clear()  # bounded: lexicons are few, but callers may build many
    _MERGED[id(own)] = (own, merged)
    return merged
