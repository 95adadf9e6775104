"""Folding names for comparison: case, accents and punctuation do not matter."""

import unicodedata

import regex

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def fold(name: str) -> str:
    """`name` lower-cased, without accents, punctuation collapsed to single spaces.

    >>> fold("Svetlana Tikhanóvskaya’s")
    'svetlana tikhanovskaya s'
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare).strip()
