"""Raising verbs: in "Novak is expected to win" Novak is part of what is expected.

The subject of such a passive is no holder of a stance: nobody named expects anything,
and the expectation is that Novak wins. PolNeAR marks the subject as reported content
of its own, split from the infinitive by the cue, so the subject becomes a statement
with no speaker, and the infinitive after the cue keeps none either.
"""

import regex

from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import Phrase
from quotes.speakers import Found

# A form of "be" right before the cue, past a negation or adverbs: "is widely expected",
# "isn’t expected", "had been expected". Read in reverse from the cue, as the patterns of
# quotes.reported anchored at the end are.
_PASSIVE = regex.compile(
    r"(?r)(?:\b(?:is|are|was|were|be|been|being|am)|\w[’']s|\w[’']re|n[’']t)"
    r"(?:[ \t]+(?:not|also|still|now|\p{Ll}+ly))*[ \t]+$"
)


def split(
    text: str, cue: Cue, subject: Phrase | None, lex: Lexicon
) -> tuple[tuple[int, int, Found] | None, Phrase | None]:
    """The subject of a raising cue in the passive as a statement of its own, with no
    holder for what follows the cue; for other cues no statement, and `subject` holds."""
    if subject is None or cue.word not in lex.raising_verbs or subject.end > cue.start:
        return None, subject
    if _PASSIVE.search(text, max(subject.end, cue.start - 40), cue.start) is None:
        return None, subject  # "Varga expected the vote to fail": Varga is who expects
    return (subject.start, subject.end, Found(None, cue, 0.3)), None
