"""Specification of the speaker tokeniser: the standard-library pattern reads the same words and marks as
its ``regex`` original, and its letter classes (``data/speaker_letters.json``) are the ``regex`` module's.

After upgrading ``regex``, regenerate the data file's ranges from :func:`_ranges` if TestLetterData fails.
"""

from __future__ import annotations

import pytest
import regex

from geoquote._speakers import _RANGES, _tokens

# The tokeniser as first written with the ``regex`` module: the reference the ``re`` pattern must equal.
REFERENCE = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*+\.?|\ue000++|[^\s]", regex.V1)

# Every code point but the surrogates, in order.
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _ranges(cls: str) -> list[list[int]]:
    """The code point ranges ``regex`` puts in the character class ``cls`` (runs never span the
    surrogate gap: U+D7FF and U+E000 are neither letters nor digits)."""
    return [[ord(m.group()[0]), ord(m.group()[-1])] for m in regex.finditer(cls + "++", _ALL, regex.V1)]


class TestLetterData:
    """The ranges in data/speaker_letters.json are those of the installed ``regex`` module."""

    @pytest.mark.parametrize(
        ("key", "cls"),
        [
            pytest.param("letters_digits", r"[\p{L}\p{N}]", id="letters-digits"),
            pytest.param("letters", r"\p{L}", id="letters"),
        ],
    )
    def test_ranges(self, key: str, cls: str) -> None:
        """Each stored class lists exactly the code points ``regex`` puts in it."""
        assert _RANGES[key] == _ranges(cls)


TEXTS = [
    pytest.param("Sen. Ana Ruiz (D-N.M.) said", id="initials-and-party-tag"),
    pytest.param("the U.S. envoy, Russia’s ambassador and AT&T's chief", id="inner-dots-apostrophes"),
    pytest.param("Prime Minister Ólafur Ragnarsson, 54, told", id="accented-name-and-number"),
    pytest.param("\ue000\ue000\ue000. he said", id="masked-quotation"),
    pytest.param("field\x1cseparator\x1fmarks", id="information-separators-are-marks"),
    pytest.param("Zhao Lijian 赵立坚 said", id="cjk-name"),
    pytest.param("a.𝐀 b.² 𝟙x", id="astral-letters-and-digits"),
    pytest.param("word.\u00a0Next\u2009one", id="unicode-blanks"),
]


class TestTokens:
    """The tokeniser splits a window of text exactly as its ``regex`` original did."""

    @pytest.mark.parametrize("text", TEXTS)
    def test_same_tokens(self, text: str) -> None:
        """Words, marks and their offsets equal the reference's, over the whole text and a window."""
        for lo, hi in ((0, len(text)), (1, max(1, len(text) - 3))):
            want = [(m.group(), m.start(), m.end()) for m in REFERENCE.finditer(text, lo, hi)]
            assert _tokens(text, lo, hi) == want

    def test_every_code_point(self) -> None:
        """Every code point, beside its neighbours and after a letter and a dot, is read as the reference
        reads it."""
        for i in range(0, len(_ALL), 4096):
            chunk = _ALL[i : i + 4096]
            for text in (chunk, "a.".join(chunk)):
                want = [(m.group(), m.start(), m.end()) for m in REFERENCE.finditer(text)]
                assert _tokens(text, 0, len(text)) == want
