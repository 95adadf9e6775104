"""Relative pronouns as speakers: "Beck, who has described Hale as «Q»", "a headline
that said «Q»". The pronoun speaks for the noun phrase right before it, so the mention
runs from that phrase to the pronoun and names whom the phrase names; annotators mark
either half, and the name is the speaker.
"""

from quotes.lexicon import Lexicon
from quotes.phrases import Phrase
from quotes.speakers import phrase_before

_RELATIVE = frozenset({"who", "which", "that"})
# How far back the noun phrase before a relative pronoun may start.
_WINDOW = 150


def with_antecedent(text: str, phrase: Phrase, lex: Lexicon) -> Phrase:
    """`phrase`, widened back over the noun phrase it follows when it is a relative pronoun."""
    if text[phrase.start : phrase.end].lower() not in _RELATIVE:
        return phrase
    stop = phrase.start
    while stop > 0 and text[stop - 1] in " ,":
        stop -= 1
    before = phrase_before(text, max(0, stop - _WINDOW), stop, lex)
    if before is None or before.end != stop:
        return phrase
    return before._replace(end=phrase.end)
