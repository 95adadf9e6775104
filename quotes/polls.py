"""Findings credited to a poll: "Varga leads Novak by nine points in the latest poll",
"In a survey released Sunday, Varga led by nine points".

PolNeAR counts what a poll finds as reported, its source the poll, as it counts what
follows "according to a poll"; the word "in" is the cue. quotes.reported keeps these
where no clause with a verbal cue already covers them.
"""


import regex

from quotes.clauses import clause, first_words
from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import describe
from quotes.sentences import Sentences
from quotes.spans import QuoteSpan, touches_quote
from quotes.speakers import Found

# "in" and a poll named within a few words: "in the latest NBC News/Marist poll",
# "in a survey released Sunday"; not "in polls" alone, which names no source.
_IN_POLL = regex.compile(
    r"\b([Ii]n)[ \t]+((?:the|a|an|this|last|their|its|[\p{Lu}\d][\w.’'/&\-]*[’']s)[ \t]+"
    r"(?:[\w.’'/&\-]+[ \t]+){0,7}?(?:poll|survey|average)(?:[ \t]+(?:of|released|conducted|taken|by|from)\b[^,.;:!?]{0,60})?)(?=[,.;:!?]|$)"
)

# What a poll measures: a number, or who leads and trails.
_MEASURE = regex.compile(r"\d|\b(?:percent|points?|lead|leads|led|leading|ahead|trail|trails|trailed|trailing|behind|tied|fell|rose|gained|lost)\b")


def poll_findings(
    text: str, sentences: Sentences, spans: list[QuoteSpan], opens: list[int], lex: Lexicon
) -> list[tuple[int, int, Found]]:
    """What each poll named after "in" finds, in its sentence: the clause before it, or
    after it when "In the poll, …" opens the sentence."""
    findings = []
    for found in _IN_POLL.finditer(text):
        first, last = sentences.bounds(sentences.index(found.start()))
        if found.end() > last:
            continue  # "in the election. The poll of …": the poll opens the next sentence
        cue = Cue(*found.span(1), "in")
        phrase = describe(text, *found.span(2), lex)
        if text[first : found.start()].strip() == "":
            if text[found.end() : found.end() + 1] != ",":
                continue
            part = clause(text, found.end() + 1, last, phrase)
        else:
            part = clause(text, first, found.start(), phrase)
        if part is None or len(first_words(text, part[0], part[1], 3)) < 3:
            continue
        start, end = part[0], part[1]
        if _MEASURE.search(text, start, end) is None:
            continue  # "Tom Reed took part in a survey": no finding measured
        if touches_quote(start, end, spans, opens):
            continue  # the finding is a quote, already a direct one
        findings.append((start, end, Found(phrase, cue, 0.3)))
    return findings
