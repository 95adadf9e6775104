"""Headline claims: lines of their own such as `Varga camp: Novak's plan threatens jobs`,
the way headlines report what someone claims — who, a colon, what.

quotes.reported keeps them where no clause with a verbal cue already covers them.
"""

from bisect import bisect_left
from collections.abc import Iterator

import regex

from quotes.clauses import NOT_CLAUSE, first_words, trim
from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import describe
from quotes.spans import QuoteSpan
from quotes.speakers import Found

# A headline line "Varga camp: Novak's plan threatens jobs": who, a colon, what.
_CLAIM_LINE = regex.compile(
    r"(?m)^([A-Z][\w’'.\-]{1,25}(?:[ \t][\w’'.\-]{1,25}){0,3}):[ \t]{1,3}([^\n]{8,200})$"
)


def headline_claims(text: str, spans: list[QuoteSpan], opens: list[int], lex: Lexicon) -> list[tuple[int, int, Found]]:
    """`Name: claim` lines, as headlines write reported speech; `opens` are the starts of
    the quote `spans`."""
    claims = []
    for found in _claim_lines(text):
        who_start, who_end = found.span(1)
        start, end = trim(text, *found.span(2))
        words = first_words(text, start, end, 3)
        if len(words) < 3 or len(found.group(1)) < 3 or words[0].lower() in NOT_CLAUSE:
            continue  # "A: …" answers in an interview, "Update: in …"
        k = bisect_left(opens, start)
        if k < len(opens) and opens[k] < end or k and spans[k - 1].close_end > start:
            continue  # the claim is a quote, already a direct one
        phrase = describe(text, who_start, who_end, lex)
        claims.append((start, end, Found(phrase, Cue(who_end, who_end + 1, ":"), 0.4)))
    return claims


def _claim_lines(text: str) -> Iterator[regex.Match[str]]:
    """The matches `_CLAIM_LINE.finditer(text)` gives, tried only at the start of each line
    with a colon: an article has a few, and a scan of the whole text tries every line."""
    at = text.find(":")
    while at >= 0:
        found = _CLAIM_LINE.match(text, text.rfind("\n", 0, at) + 1)
        if found is not None:
            yield found
        end = text.find("\n", at)
        if end < 0:
            return
        at = text.find(":", end)
