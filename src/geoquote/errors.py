"""The errors geoquote raises, all under :class:`GeoquoteError`.

Text is never an error: any ``str`` is valid input and is analysed. What raises is a caller's mistake
(an argument of the wrong type, an option that does not exist, a record dictionary of the wrong shape)
or a file that cannot be decoded. A file that cannot be opened or read at all raises the builtin
:class:`OSError` ``open`` raises (:class:`FileNotFoundError`, :class:`IsADirectoryError`,
:class:`PermissionError`, ...), which is not a :class:`GeoquoteError`: catch both to go on past any file.

>>> import geoquote
>>> geoquote.analyze(b"bytes")
Traceback (most recent call last):
...
geoquote.errors.InputTypeError: text must be str, not bytes (decode it first, e.g. data.decode("utf-8"))
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DecodeError",
    "GeoquoteError",
    "InputTypeError",
    "OptionError",
    "RecordError",
]


class GeoquoteError(Exception):
    """Base class of every error geoquote raises on purpose."""


class InputTypeError(GeoquoteError, TypeError):
    """An argument has the wrong type; the message says which type was expected."""

    @classmethod
    def expected(cls, name: str, expected: str, got: object, hint: str = "") -> InputTypeError:
        """Build the error for argument ``name`` that should have been ``expected``."""
        msg = f"{name} must be {expected}, not {type(got).__name__}"
        return cls(f"{msg} ({hint})" if hint else msg)


class OptionError(GeoquoteError, ValueError):
    """An option has a value outside the allowed set; the message lists what is allowed."""

    @classmethod
    def choices(cls, name: str, got: object, allowed: Iterable[str]) -> OptionError:
        """Build the error for option ``name`` whose value ``got`` is not one of ``allowed``."""
        listed = ", ".join(repr(a) for a in sorted(allowed))
        return cls(f"{name} must be one of {listed}, not {got!r}")


class RecordError(GeoquoteError, ValueError):
    """A dictionary given to a ``from_dict`` constructor does not have the shape of that record."""


class DecodeError(GeoquoteError, ValueError):
    """A file's bytes are not valid in the expected encoding; names the file and the byte offset."""

    def __init__(self, path: str, offset: int, reason: str, encoding: str = "utf-8") -> None:
        self.path = path
        self.offset = offset
        self.reason = reason
        self.encoding = encoding
        super().__init__(f"{path}: cannot decode as {encoding} at byte {offset}: {reason}")
