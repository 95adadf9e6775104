"""Cues the lexicon does not know, read from where they stand after a quote that hands on
its sentence: `«Q,» an angry Novak retaliated.`, `«Q!» the audience screamed back.`,
`«Q,» remembered Ron Hale, a former aide.`
"""

import re

from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.spans import QuoteSpan
from quotes.speakers import Found, phrase_after

# Punctuation between a closing mark and what follows it: «Q,» — X said.
_GAP = " \t,—–-"
# What ends a speaker's name after an inverted verb: punctuation or the end of the line.
_NAME_END = re.compile(r"[ \t]*(?:[.,;(]|\n|$)")
# A past verb right after a quote: "«Q,» remembered …", a capital after it.
_FIRST_VERB = re.compile(r"[ \t]*,?[ \t]+([a-z]{3,20}ed)[ \t]+(?=[A-Z])")
# A verb in the past or present that ends a short clause: "retaliated.", "screamed back,".
_LAST_VERB = re.compile(r"[ \t]([a-z]{3,20}(?:ed|s))(?:[ \t]+(?:back|up|out|in|on|again|later))?[ \t]*[.,]")


def unknown_verb(text: str, span: QuoteSpan, end: int, lex: Lexicon) -> Found | None:
    """A subject and one past or present verb that ends the sentence after `span`, or a
    past verb and a name right after it; the verb is the cue though the lexicon does not
    know it. Only for a quote that hands on its sentence (ends in a comma, ! or ?)."""
    if text[span.start : span.end].rstrip(" \"'”’»")[-1:] not in (",", "!", "?"):
        return None
    verb = _LAST_VERB.search(text, span.close_end, min(end + 1, len(text)))
    if verb is None:
        return _inverted(text, span, end, lex)
    gap = text[span.close_end : verb.start(1)]
    if "\n" in gap:
        return None  # a verb in the next paragraph is no cue of this quote
    phrase = phrase_after(text, span.close_end + len(gap) - len(gap.lstrip(_GAP)), verb.start(1), lex)
    if phrase is None or text[phrase.end : verb.start(1)].strip():
        return None
    return Found(phrase, Cue(verb.start(1), verb.end(1), verb.group(1)), 0.6)


def _inverted(text: str, span: QuoteSpan, end: int, lex: Lexicon) -> Found | None:
    """`«Q,» recalled Ron Hale, a former aide.`: the name must end its clause."""
    verb = _FIRST_VERB.match(text, span.close_end, end)
    if verb is None:
        return None
    phrase = phrase_after(text, verb.end(1), end, lex)
    if phrase is None or phrase.name is None or not _NAME_END.match(text, phrase.end):
        return None
    return Found(phrase, Cue(verb.start(1), verb.end(1), verb.group(1)), 0.6)
