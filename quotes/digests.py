"""News digests: items that open with a headline in capitals and credit the outlet they
summarise in brackets after the quote (`SENATE VOTE SLIPS AGAIN The vote moved to May,
aides said it was «not the end of the world.» [Dover Sun.]`). The bracketed outlet is the
quote's source, cued by the credit itself; the item's headline is what speaks for it, as
the annotators of PolNeAR mark it, whatever cue the item's own sentence has.
"""

import re

from quotes.cues import Cue
from quotes.phrases import Phrase, SpeakerKind
from quotes.rules import Context
from quotes.spans import QuoteSpan
from quotes.speakers import Found

# A bracketed credit right after the closing mark: "[Reuters.]", "[Mother Jones.]".
_CREDIT = re.compile(r"[ \t\u00a0]*\[[A-Z][^\]\n]{1,40}\.\]")
# Words in capitals that open the item: the headline, up to the first word in lower case.
# A word may open with a single mark ("HOW ‘MAKING THEM SMALLER’ YIELDS …"); the headline
# ends before a word in lower case or the opening mark of the item's quote.
_HEADLINE = re.compile(
    r"(?:[‘']?[A-Z0-9][A-Z0-9’‘'“”\"$%&.,:;!?\-–—]*[ \t\u00a0]+)*[‘']?[A-Z0-9][A-Z0-9’‘'“”\"$%&.,:;!?\-–—]*"
    r"(?=[ \t\u00a0]+(?:[“\"«]|\S*[a-z]))"
)
# A headline has a few words at least; one capitalised word is the start of a sentence.
_HEADLINE_WORDS = 2


def bracket_credit(article: Context, span: QuoteSpan) -> Found | None:
    """`HEADLINE … «Q.» [Outlet.]`: the item's headline and its bracketed credit."""
    text = article.text
    credit = _CREDIT.match(text, span.close_end)
    if credit is None:
        return None
    start = article.paragraphs[article.paragraph(span.open_start)]
    start += len(text[start : start + 8]) - len(text[start : start + 8].lstrip())
    # Past the opening mark, so the look at the word after the headline can see it.
    headline = _HEADLINE.match(text, start, min(span.close_end, start + 200))
    if headline is None or headline.end() > span.open_start or len(headline.group().split()) < _HEADLINE_WORDS:
        return None
    end = headline.end() - len(headline.group()) + len(headline.group().rstrip(" \t\u00a0:–—-"))
    bracket = credit.end() - len(credit.group().lstrip(" \t\u00a0"))
    phrase = Phrase(start, end, None, SpeakerKind.UNKNOWN)
    return Found(phrase, Cue(bracket, credit.end(), text[bracket : credit.end()]), 0.5)
