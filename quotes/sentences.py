"""Sentence and paragraph boundaries that survive abbreviations and quotes.

A sentence ends at `.`, `!`, `?` or `…`, with any closing quote marks or brackets
right after it, when the next word starts with a capital, an opening quote mark or a
digit. It does not end after a known abbreviation ("Dr.", "U.S.", "a.m.") or a single
initial ("J. Smith"), and not inside `“Stop.” he said`, where a lower-case word follows.
A line break always ends a sentence: news text puts paragraphs and headlines on lines
of their own.
"""

import re
from bisect import bisect_right
from functools import cache, lru_cache
from string import ascii_lowercase

import regex

from quotes.lexicon import lexicon

# End punctuation, closing marks, then the space before the next sentence, whose first
# word starts with a capital or a digit; or a line break. Every repetition is bounded,
# so the scan stays linear on any input (a megabyte of dots). A no-break space counts
# as a space: web text often puts one after a full stop.
# The scan is the standard library's `re`, several times faster than `regex` on a whole
# text but without Unicode properties: it takes any word after the space, and
# `_NEXT_SENTENCE` checks the word. The first character is matched on its own, and
# looked back at to tell the two kinds apart, so the search skips to it in C.
_END = re.compile(
    r"[.!?…\n](?:(?<=\n)[\n \t]*"
    r"|(?<=[.!?…])[.!?…]{0,2}[\"'”’»)\]]{0,3}[ \t\xa0]{1,8}(?=[\"'“‘«(\[]{0,2}\S))"
)
_NEXT_SENTENCE = regex.compile(r"[\"'“‘«(\[]{0,2}[\p{Lu}\p{N}]")
# Plain characters only, so the standard library's `re` reads it the same, and finds
# its leading line break by a fast search rather than trying each character in turn.
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_NEXT_WORD = regex.compile(r"[ \t]{1,3}[\"'“‘«]?(\w{1,10})")
# Words that open sentences and are never part of a name after "U.S." or "a.m.".
_SENTENCE_OPENERS = frozenset(
    {
        "He", "She", "It", "They", "We", "I", "The", "But", "And", "This", "That", "There",
        "In", "A", "His", "Her", "Their", "Then",
    }
)


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """True when the `.` at `dot` closes an abbreviation or initial, not a sentence."""
    start = max(0, dot - 13)
    space = max(text.rfind(" ", start, dot), text.rfind("\n", start, dot))
    if space < 0 and start > 0:
        return False  # a word longer than any abbreviation
    word = text[space + 1 : dot].lstrip("(\"“‘'«")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if word.lower() not in abbreviations:
        return False
    if "." in word:
        # "in the U.S. He said …": an abbreviation with inner dots ends a sentence when
        # a word that starts sentences, not names, follows it.
        following = _NEXT_WORD.match(text, dot + 1)
        return following is None or following.group(1) not in _SENTENCE_OPENERS
    return True


def _opens_sentence(text: str, at: int) -> bool:
    """True when a sentence may start at `at`: a capital or a digit, after up to two
    opening marks."""
    char = text[at]
    if "A" <= char <= "Z" or "0" <= char <= "9":
        return True  # the common case, without a call into `regex`
    if char < "\x80" and char not in "\"'([":
        return False  # no other ASCII character is a capital, a digit or an opening mark
    return _NEXT_SENTENCE.match(text, at) is not None


@cache
def _plain_endings(abbreviations: frozenset[str]) -> frozenset[str]:
    """The pairs of lower-case ASCII letters that end no abbreviation: a word ending in
    one of them before a full stop is none, and needs no closer look."""
    pairs = {first + second for first in ascii_lowercase for second in ascii_lowercase}
    return frozenset(pairs - {abbreviation[-2:] for abbreviation in abbreviations})


def sentence_starts(text: str, *, language: str | None = None) -> list[int]:
    """Start offsets of the sentences of `text`, ascending, beginning with 0."""
    abbreviations = lexicon(language).abbreviations
    plain = _plain_endings(abbreviations)
    starts = [0]
    size = len(text)
    position = 0
    # One scan of the whole text in C; only an end mark that opens no sentence (rare)
    # restarts it, at the next character, since an end may begin at the next mark.
    while position < size:
        for found in _END.finditer(text, position):
            start, end = found.span()
            mark = text[start]
            if mark != "\n":
                char = text[end]
                # A capital or a digit opens the next sentence; anything else is asked in full.
                if not ("A" <= char <= "Z" or "0" <= char <= "9" or _opens_sentence(text, end)):
                    position = start + 1
                    break
                # A lone full stop, closing marks and spaces after it, may end an abbreviation,
                # unless the word before it plainly ends otherwise (most words).
                if (
                    mark == "." and text[start + 1] not in ".!?…" and text[start - 2 : start] not in plain
                    and _is_abbreviation(text, start, abbreviations)
                ):
                    continue
            if end > starts[-1] and end < size:
                starts.append(end)
        else:
            break
    return starts


class Sentences:
    """The sentences of one text, for repeated lookups without rescanning."""

    __slots__ = ("text", "starts", "_bounds")

    def __init__(self, text: str, *, language: str | None = None) -> None:
        self.text = text
        self.starts = sentence_starts(text, language=language)
        self._bounds: dict[int, tuple[int, int]] = {}  # filled as sentences are asked for

    def index(self, offset: int) -> int:
        """The number of the sentence holding `offset`."""
        return bisect_right(self.starts, offset) - 1

    def bounds(self, number: int) -> tuple[int, int]:
        """The `[start, end)` of sentence `number`, trailing spaces dropped."""
        found = self._bounds.get(number)
        if found is None:
            found = self._bounds[number] = self._measure(number)
        return found

    def _measure(self, number: int) -> tuple[int, int]:
        start = self.starts[number]
        end = self.starts[number + 1] if number + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in " \t\n":
            end -= 1
        return start, end

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The `[start, end)` of the sentences that `[start, end)` touches."""
        first = self.bounds(self.index(start))[0]
        last = self.bounds(self.index(max(start, end - 1)))[1]
        return first, max(last, end)


# One entry: the extractor and then the store ask for the same article's sentences in
# turn, so it is split once; the key compares the text by identity first, so a hit is cheap.
@lru_cache(maxsize=1)
def sentences_of(text: str, language: str | None = None) -> Sentences:
    """The `Sentences` of `text`, shared by whoever asks next for the same text."""
    return Sentences(text, language=language)


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs (blocks between blank lines), beginning with 0."""
    return [0] + [found.end() for found in _PARAGRAPH.finditer(text)]
