"""Cues: the reporting expressions ("said", "according to", "told reporters") of a text."""

import re
from collections.abc import Iterator
from itertools import chain
from typing import NamedTuple

from quotes.lexicon import LEXICONS, Lexicon


class Cue(NamedTuple):
    """A reporting expression `text[start:end]`, e.g. "said" or "according to"."""

    start: int
    end: int
    word: str  # lower-case


def _trie_pattern(words: list[str]) -> str:
    """One regular expression matching exactly `words`, factored by shared prefixes.

    A factored alternation is tried in one pass per position, so hundreds of verb forms
    cost about as much as one.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return render(trie)


def _cue_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compiled cue finders of `lex`, multiword cues and single verb forms, the cue
    in group 1: one for a cue at the very start of a text, one for a cue after the
    character before it.

    Built for the standard library's `re`, which scans a factored alternation of
    literals several times faster than `regex`; the pattern has no nested repetition.
    """
    multi = [cue.replace(" ", "\x00") for cue in lex.multiword_cues]
    words = sorted((lex.cue_verbs | lex.belief_verbs) - {"according"})
    # "According to" and "Said X, «Q»" open sentences; other verbs are lower-case there.
    openers = ["According\x00to", "Said", "Says", "Added", "Asked", "Wrote"]
    # One trie of all of them: one branch per first letter is tried at each word start,
    # not one alternative per kind of cue; the longest cue that fits still wins.
    body = _trie_pattern(openers + multi + words).replace("\\\x00", r"[ \t]").replace("\x00", r"[ \t]")
    cue = "(" + body + r")(?![\w\-])"
    # Elsewhere a cue follows a character that is no letter, apostrophe or hyphen. It is
    # matched, not looked behind at, so the scan skips the letters of other words in C.
    return re.compile(cue), re.compile(r"[^\w’'\-]" + cue)


# A verb form right after a determiner is a noun: "the report", "his claims".
_DETERMINER_BEFORE = re.compile(
    r"(?:(?:^|\W)(?:the|a|an|his|her|their|its|this|that|our|my|your|these|those)|\w[’']s?)[ \t]$", re.I
)


_CUE_PATTERNS = {id(lex): _cue_patterns(lex) for lex in LEXICONS.values()}
# Verb forms that can also be nouns ("report", "claims"); past forms and participles cannot.
_NOUN_FORMS = {
    id(lex): frozenset(
        w for w in lex.cue_verbs | lex.belief_verbs
        if not w.endswith(("ed", "ing", "ld", "id", "ote", "ought")) and w not in ("says", "tells", "adds")
        and " " not in w  # a stance noun's possessive is its holder: "Varga's attacks on"
    )
    for lex in LEXICONS.values()
}


def find_cues(text: str, lex: Lexicon, *, skip: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Every cue in `text`, in order, but those that start in a `skip` range.

    The `skip` ranges (closed quotes with their marks, in order) are not read at all: a
    cue is letters and blanks, so none runs into or out of quote marks, and the cue
    pattern only ever looks one character past a cue, which a mark bounds.
    """
    nouns = _NOUN_FORMS[id(lex)]
    determiner = _DETERMINER_BEFORE.search
    cues = []
    position = 0
    for skip_start, skip_end in [*(skip or ()), (len(text), len(text))]:
        if skip_start > position:
            for found in _matches(text, position, skip_start, lex):
                word = found.group(1)
                start = found.start(1)
                if word in nouns and determiner(text, max(0, start - 8), start):
                    continue
                cues.append(Cue(start, found.end(), word.lower().replace("\t", " ") if "\t" in word else word.lower()))
        position = max(position, skip_end)
    return cues


def _matches(text: str, start: int, end: int, lex: Lexicon) -> Iterator[re.Match[str]]:
    """The cue matches in `text[start:end]`, the cue in group 1; the character before
    `start` is read to tell whether a cue starts a word there."""
    at_start, after = _CUE_PATTERNS[id(lex)]
    # The scanner itself, not a generator over it: no Python frame resumed per cue.
    if start:
        return after.finditer(text, start - 1, end)
    first = at_start.match(text, 0, end)
    if first is None:
        return after.finditer(text, 0, end)
    return chain((first,), after.finditer(text, first.end(), end))


# Cues that are verbs whatever stands before them ("a fundraising call" is a noun).
PAST_SAY = frozenset({"said", "told", "wrote", "added", "says", "tells", "writes", "adds", "explained", "argued", "noted"})
