"""Guess an article's language cheaply, from the commonest short words of its opening."""

import re
from collections import Counter
from itertools import repeat

# Words that are frequent in one language and rare in the others listed.
_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset({"the", "and", "of", "to", "said", "is", "was", "that", "with", "for"}),
    "fr": frozenset({"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui", "du", "au"}),
    "de": frozenset({"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "den", "ein", "eine", "im"}),
    "es": frozenset({"el", "los", "las", "y", "que", "por", "una", "con", "para", "del"}),
}
_MARKER_WORDS = frozenset().union(*_MARKERS.values())
_WORD = re.compile(r"[^\W\d_]{1,12}")
# The same words in ASCII text, where a letter is a-z after lower(): a range is tested about
# twice as fast as the Unicode categories above.
_ASCII_WORD = re.compile(r"[a-z]{1,12}")
_LONGEST = 12
# Every byte but a-z made a space, A-Z made a-z: split() then cuts lower-case words in C,
# several times faster than a regular expression finds them, with no lower() of the sample.
_LETTERS_ONLY = bytes(
    byte if 0x61 <= byte <= 0x7A else byte + 0x20 if 0x41 <= byte <= 0x5A else 0x20 for byte in range(256)
)
# Every letter of the above made "a", to find a run too long for one word with `in`.
_LETTERS_AS_A = bytes(0x61 if 0x61 <= byte <= 0x7A else byte for byte in range(256))
_TOO_LONG = b"a" * (_LONGEST + 1)
_ASCII_BYTES = bytes(range(0x80))
_WORD_CHARACTER = re.compile(r"\w")
# How much of the text to read: enough words for a stable count, little time.
_SAMPLE = 1500
# Fewer marker words than this in the sample: too little text to tell.
_MINIMUM = 5


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is most likely written in, or None."""
    # Only marker words are counted: the rest are most of the words and never asked for.
    counts = Counter(filter(_MARKER_WORDS.__contains__, _words(text[:_SAMPLE])))
    # counts.get, not counts[word]: a Counter answers a missing word from Python code.
    scores = {language: sum(map(counts.get, words, repeat(0))) for language, words in _MARKERS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= _MINIMUM else None


def _words(sample: str) -> list[str]:
    """The words of `sample` in lower case as `_WORD` finds them: runs of letters, cut
    every twelve; in any order, which a count does not mind."""
    if not sample.isascii() and _letters_beyond_ascii(sample):
        return _WORD.findall(sample.lower())
    # Only A-Z and a-z are letters here (curly quotes, dashes and no-break spaces are none,
    # and lower() turns none of them into a letter, or into more than one character), so
    # the runs of a-z are the words, unless one is too long and must be cut.
    view = sample.encode("ascii", "replace").translate(_LETTERS_ONLY)
    if _TOO_LONG not in view.translate(_LETTERS_AS_A):
        return view.decode("ascii").split()
    # Most real articles have a run too long for a word (a web address, say).
    return _ASCII_WORD.findall(view.decode("ascii"))


def _letters_beyond_ascii(sample: str) -> bool:
    """True when a character of `sample` beyond ASCII is a letter or a digit ("é", "ß"),
    not only quote marks and dashes: the UTF-8 of `sample` without its ASCII bytes is
    those characters alone, a few to search rather than the whole sample."""
    others = sample.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _WORD_CHARACTER.search(others.decode("utf-8", "surrogatepass")) is not None
