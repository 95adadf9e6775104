"""Headline claims: lines of their own such as `Varga camp: Novak's plan threatens jobs`,
the way headlines report what someone claims — who, a colon, what.

quotes.reported keeps them where no clause with a verbal cue already covers them.
"""

from collections.abc import Iterator

import regex

from quotes.clauses import NOT_CLAUSE, first_words, trim
from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import describe
from quotes.spans import QuoteSpan, touches_quote
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
        if not _names_someone(found.group(1), lex):
            continue  # "Still to come: …", "The Latest: …": the newsroom's own labels
        if touches_quote(start, end, spans, opens):
            continue  # the claim is a quote, already a direct one
        phrase = describe(text, who_start, who_end, lex)
        claims.append((start, end, Found(phrase, Cue(who_end, who_end + 1, ":"), 0.4)))
    return claims


# The most characters `_CLAIM_LINE` takes before the colon: four words of 26 with a blank.
_LONGEST_WHO = 4 * 26


# Words in lower case that may stand inside a name before the colon: "Friends of the Earth".
_NAME_LINKS = frozenset({"and", "of", "the", "for", "de", "von", "van", "al"})


def _names_someone(who: str, lex: Lexicon) -> bool:
    """Whether the words before a claim's colon can name a speaker: no label, and every
    word capitalised but the links of a name and the words of a role ("Hale camp",
    "Varga aides"); other words in lower case make a sentence's start ("Now we know: …",
    "Still to come: …"), not who claims."""
    if who.lower() in lex.line_labels:
        return False
    return all(
        word[0].isupper() or word[0].isdigit() or word in _NAME_LINKS
        or word in lex.roles or word in lex.organisation_words or word in lex.titles
        for word in who.split()
    )


def _claim_lines(text: str) -> Iterator[regex.Match[str]]:
    """The matches `_CLAIM_LINE.finditer(text)` gives, tried only at the start of each line
    with a colon: an article has a few, and a scan of the whole text tries every line."""
    at = text.find(":")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        # The colon is the line's first, so the words before it are all that `_CLAIM_LINE`
        # allows: a capital first, no comma, 104 characters at most. Most lines fail here.
        if at - line <= _LONGEST_WHO and "A" <= text[line] <= "Z" and "," not in text[line:at]:
            found = _CLAIM_LINE.match(text, line)
            if found is not None:
                yield found
        end = text.find("\n", at)
        if end < 0:
            return
        at = text.find(":", end)
