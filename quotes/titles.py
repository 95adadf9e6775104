"""Titles, nicknames and terms in quote marks: words nobody is said to have said.

`so-called «experts»`, `on ABC’s «This Week»`, `his memoir «A Time to Choose»`: the
marks set off a name, not a statement, and attribution drops such a quote unless a cue
claims it.
"""

import re
from bisect import bisect_left

from quotes.rules import Context
from quotes.spans import QuoteSpan


def scare_quote(article: Context, span: QuoteSpan) -> bool:
    """True for a short quoted title, nickname or term: `so-called «experts»`, and for a
    title after a possessive, "on" or its kind of work: `on ABC’s «This Week»`, `roles
    in «The Grinch»`, `the podcast «So, What Now?»`."""
    words = article.text[span.start : span.end].split(None, 7)  # enough to tell "more than 6"
    if len(words) > 6:
        return False
    before = article.text[max(0, span.open_start - 30) : span.open_start].split()
    if not before:
        return False
    last = before[-1].lower().strip(",")
    if len(words) <= 3 and last in article.lex.scare_markers:
        return True
    # Short words inside a title stay lower-case: "Man of the Year", "Tea and Sympathy".
    small = article.lex.title_small_words
    capitals = sum(1 for k, word in enumerate(words) if word[:1].isupper() or k and word in small)
    titled = capitals == len(words) or len(words) > 2 and capitals >= len(words) - 1
    # A title after its kind of work: "his memoir «A Time to Choose»", whatever its length.
    # A program is appeared on, told or interviewed with: `told «Tea and Sympathy»`,
    # `in an interview with «The Harbour Hour»`.
    program = last in ("on", "in", "told") or last == "with" and len(before) > 1 and before[-2].lower() == "interview"
    return titled and (
        last.endswith(("’s", "'s")) or program or last in article.lex.scare_markers or _listed_title(article, span)
    )


# Between two quotes of a list: a comma, "and" or "or" ("«Docks and Harbours» and «…»").
_LIST_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:and|or)[ \t]+)?")


def _listed_title(article: Context, span: QuoteSpan) -> bool:
    """True when the quote just before, joined to this one as the next item of a list, is
    a title: `starred in «Docks and Harbours» and «Night Ferry»`."""
    k = bisect_left(article.spans, span.open_start, key=lambda s: s.open_start)
    if k == 0:
        return False
    previous = article.spans[k - 1]
    return previous.closed and _LIST_GAP.fullmatch(article.text, previous.close_end, span.open_start) is not None and scare_quote(article, previous)
