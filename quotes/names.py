"""Folding names for comparison: case, accents and punctuation do not matter."""

import re
import unicodedata

import regex

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
# In ASCII, which has no accents to drop, letters and digits are these once lower-cased.
_ASCII_NOT_WORD = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """`name` lower-cased, without accents, punctuation collapsed to single spaces.

    >>> fold("Svetlana Tikhanóvskaya’s")
    'svetlana tikhanovskaya s'
    """
    if name.isascii():
        # Most names are: no decomposition, no character-by-character pass for accents.
        return _ASCII_NOT_WORD.sub(" ", name.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare).strip()
