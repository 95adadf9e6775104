"""Closings: whether a cue ends its sentence, so that what it reports stands before it.

"CLAUSE, X said." and "CLAUSE, X said on Friday." close after the cue; so do "…, analysts
say; last year …" and "…, a spokesman told The Harbour Times this week.", whose few
words after the cue name when, or who was told, and open no clause of their own. An
inverted cue closes after its speaker: "CLAUSE, said X." and "CLAUSE, says X in Dover.".
"""

import regex

from quotes.cues import Cue
from quotes.lexicon import Lexicon

# Words after a cue that end its sentence without a clause: "said so", "said on Friday".
_CLOSERS = frozenset(
    {"so", "too", "then", "later", "today", "yesterday", "on", "in", "at", "last", "this", "earlier", "again", "recently", "afterward", "afterwards", "once", "twice", "late", "early"}
)
# Cues whose object is the person spoken to: "officials told Reuters."
_SPOKEN_TO = frozenset({"told", "tells", "tell"})
# Who may be told at the end of a sentence, besides a name or an outlet.
_TOLD_OBJECTS = frozenset({"her", "him", "them", "me", "us", "reporters", "a", "an", "the", "his", "their", "my"})
# Words that open a clause after "told": what follows them is what was told.
_TOLD_CLAUSE = frozenset({"that", "he", "she", "they", "it", "we", "i", "to", "whether", "if", "how", "what", "why"})


def closes(text: str, cue: Cue, after: str, lex: Lexicon, *, intention: bool) -> bool:
    """True when `cue` ends its sentence; `after` is the rest of the sentence, without
    final punctuation, and `intention` tells "wants to …" apart from "said to reporters"."""
    rest = after.split(None, 3)  # three words tell whether the sentence closes here
    if not rest or len(rest) <= 2 and not intention and (rest[0].lower() in _CLOSERS or rest[0].lower() in lex.weekdays):
        return True
    return text.startswith((";", " ;"), cue.end) or cue.word in _SPOKEN_TO and _told_only(after)


def _told_only(after: str) -> bool:
    """"…, a spokesman told The Harbour Times on Friday.": the person or outlet told and
    a time, a few words with no clause of their own."""
    words = after.split()
    if not 1 <= len(words) <= 6 or not (words[0][:1].isupper() or words[0].lower() in _TOLD_OBJECTS):
        return False
    return not any(word.lower() in _TOLD_CLAUSE for word in words)


# A place or time after an inverted speaker, up to the end of the sentence or an aside:
# "…, says an engineer in Dover.", "…, said Varga on Saturday, …".
_PLACE_OR_TIME = regex.compile(r"[ \t]+(?:in|at|on|from|of|last|this)[ \t]+(?:[\p{L}\p{N}.’'\-]+[ \t]?){1,5}(?=[,.;!?—–(]|$)")


def closes_after(text: str, position: int, last: int) -> bool:
    """True when the sentence ending at `last` ends, or an aside begins, at `position`
    after the speaker of an inverted cue ("CLAUSE, said X."), or after a place or time
    there ("…, says an engineer in Dover.")."""
    rest = text[position:last].lstrip()
    if not rest or rest[0] in ",.;!?—–(":
        return True
    return _PLACE_OR_TIME.match(text, position, last) is not None
