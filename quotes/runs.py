"""Rule 7 of the attribution sieve: a quote that no cue attributes shares the trailing
cue of the next quote when nothing but blanks parts them (`«Q1.» «Q2,» X said.`), or
when it stands in the sentence that cue ends with no other cue between (`Fees were
«flat for a month» as donors waited for a «calmer year», X said.`; a one-word «flat»
alone would be dropped as a scare quote first).
"""

from quotes.rules import Context
from quotes.spans import QuoteSpan
from quotes.speakers import Found


def run_into_next(article: Context, direct: list[tuple[QuoteSpan, Found | None]]) -> dict[int, Found]:
    """Rule 7, by quote start: `«Q1.» «Q2,» X said.` — a quote no cue attributes, parted
    from the next quote by blanks only or in the same sentence as its cue, is the
    speaker's of that quote's trailing cue."""
    runs: dict[int, Found] = {}
    later: Found | None = None
    following: QuoteSpan | None = None
    for span, found in reversed(direct):
        if found is None:
            between = article.text[span.close_end : following.open_start] if following is not None else "…"
            if later is not None and (
                not between.strip() and between.count("\n") <= 2 or _same_clause(article, span, following, later)
            ):
                runs[span.start] = later._replace(confidence=min(later.confidence, 0.6))
            else:
                later = None
        elif found.phrase is not None and found.cue is not None and found.cue.start >= span.close_end:
            later = found
        else:
            later = None
        following = span
    return runs


def _same_clause(article: Context, span: QuoteSpan, following: QuoteSpan | None, later: Found) -> bool:
    """`Fees were «flat» as donors waited for a «calmer year», he said.`: a fragment in
    the sentence that the next quote's trailing cue ends, with no other cue between."""
    if following is None or later.cue is None:
        return False
    sentences = article.sentences
    return sentences.index(span.close_end - 1) == sentences.index(later.cue.start) and not article.cues_between(
        span.close_end, following.open_start
    )
