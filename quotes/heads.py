"""The common noun that a prepositional phrase completes: "former employees of the
school", "parents of pupils at the school", "the nominee for the autumn election".

Read backwards from a cue, a speaker phrase stops at its first preposition; when a
common noun stands before that preposition, the phrase is only the end of a longer one
whose head is that noun, and the noun, not the place or body after it, speaks.
"""

from quotes.lexicon import Lexicon
from quotes.phrases import DETERMINERS, FUNCTION_WORDS

# Prepositions that join a noun to the phrase completing it.
_JOINING = frozenset({"of", "for", "from", "at", "in"})
# Words that may open the noun phrase before a determiner: "his", "their".
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "this", "these", "those"})
# Object pronouns, which end a phrase read backwards: "reminds me of …".
_OBJECTS = frozenset({"me", "him", "them", "us"})
# How many words before its head a noun phrase may start.
_REACH = 5


def completed_noun(words: list[tuple[int, int, str]], first: int, lex: Lexicon) -> tuple[int, int] | None:
    """For a phrase starting at `words[first]` right after a joining preposition, the
    start and the head index of the noun phrase it completes, following a chain of them
    ("parents of pupils at the school"); None when no common noun stands there."""
    found = None
    while first >= 2 and words[first - 1][2] in _JOINING:
        start = _noun_start(words, first - 2, lex)
        if start is None:
            break
        found = (start, first - 2)
        first = start
    return found


def _noun_start(words: list[tuple[int, int, str]], j: int, lex: Lexicon) -> int | None:
    """Where a noun phrase ending in the lower-case common noun `words[j]` starts, back to
    a determiner or the start of the clause; None when `words[j]` is no such noun
    ("speaking to", "known for", "also in")."""
    head = words[j][2]
    if not head.isalpha() or not head.islower() or head in FUNCTION_WORDS or head.endswith(("ing", "ed")):
        return None
    if head in lex.cue_verbs or head in lex.belief_verbs or head in lex.adverbs:
        return None
    k = j
    while k > 0 and j - k < _REACH:
        word = words[k - 1][2]
        lower = word.lower()
        if not word.replace("-", "").replace("’", "").replace("'", "").isalpha() or lower in FUNCTION_WORDS:
            break
        if lower in lex.pronouns or lower in _OBJECTS or lower in lex.cue_verbs or lower in lex.belief_verbs:
            break  # "Hale reminds me of …": a verb or a pronoun ends the phrase
        k -= 1
        if lower in DETERMINERS or lower in _POSSESSIVES:
            break
    return k
