"""Hearsay: what "reportedly" credits to reports it does not name, as in "Varga
reportedly met the donors" or "Reportedly, the talks failed".

PolNeAR counts such a claim as reported, with the adverb as its cue and no source named;
so does a reader, who is told the paper repeats it rather than vouches for it.
quotes.reported keeps these where no clause with a verbal cue already covers them.
"""

import re

from quotes.clauses import clause
from quotes.cues import Cue
from quotes.sentences import Sentences
from quotes.spans import QuoteSpan, occurrences, touches_quote
from quotes.speakers import Found

# "reportedly" before the claim, or "Reportedly," opening a sentence, whose rest is the
# claim (the standard library's re: compiled at import, it costs less to build than regex).
_REPORTEDLY = re.compile(r"\b([Rr]eportedly)(?:[ \t]*,)?[ \t]+")


def hearsay(
    text: str, sentences: Sentences, spans: list[QuoteSpan], opens: list[int]
) -> list[tuple[int, int, Found]]:
    """What each "reportedly" credits to unnamed reports, to the end of its clause."""
    found = []
    for at in occurrences(text, "eportedly"):
        match = _REPORTEDLY.match(text, at - 1)
        if match is None:
            continue
        last = sentences.bounds(sentences.index(match.start()))[1]
        part = clause(text, match.end(), last, None)
        if part is None or touches_quote(part[0], part[1], spans, opens):
            continue  # "reportedly." or a claim that is a quote, already a direct one
        found.append((part[0], part[1], Found(None, Cue(*match.span(1), "reportedly"), 0.3)))
    return found
