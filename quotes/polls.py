"""Findings credited to a poll: "Varga leads Novak by nine points in the latest poll",
"In a survey released Sunday, Varga led by nine points".

PolNeAR counts what a poll finds as reported, its source the poll, as it counts what
follows "according to a poll"; the word "in" is the cue. quotes.reported keeps these
where no clause with a verbal cue already covers them.
"""

import re

import regex

from quotes.clauses import clause, first_words
from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import describe
from quotes.sentences import Sentences
from quotes.spans import QuoteSpan, occurrences, touches_quote
from quotes.speakers import Found

# "in" and a poll named within a few words: "in the latest NBC News/Marist poll",
# "in a survey released Sunday"; not "in polls" alone, which names no source.
_IN_POLL = regex.compile(
    r"\b([Ii]n)[ \t]+((?:the|a|an|this|last|their|its|[\p{Lu}\d][\w.’'/&\-]*[’']s)[ \t]+"
    r"(?:[\w.’'/&\-]+[ \t]+){0,7}?(?:poll|survey|average)(?:[ \t]+(?:of|released|conducted|taken|by|from)\b[^,.;:!?]{0,60})?)(?=[,.;:!?]|$)"
)

# The words that end a poll's name, and what may stand between "in" and them: letters,
# digits, blanks and `.’'/&-`, as the words of `_IN_POLL` are made of.
_POLL_WORDS = ("poll", "survey", "average")
_NAME_BEFORE = regex.compile(r"(?r)[\w.’'/&\- \t]*")
_IN = re.compile("[Ii]n")

# What a poll measures: a number, or who leads and trails.
_MEASURE = regex.compile(r"\d|\b(?:percent|points?|lead|leads|led|leading|ahead|trail|trails|trailed|trailing|behind|tied|fell|rose|gained|lost)\b")


def poll_findings(
    text: str, sentences: Sentences, spans: list[QuoteSpan], opens: list[int], lex: Lexicon
) -> list[tuple[int, int, Found]]:
    """What each poll named after "in" finds, in its sentence: the clause before it, or
    after it when "In the poll, …" opens the sentence."""
    findings = []
    for found in _poll_mentions(text):
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


def _poll_mentions(text: str) -> list[regex.Match[str]]:
    """The matches `_IN_POLL.finditer(text)` gives, each tried only at an "in" in the run
    of name characters before a poll's name: most articles name no poll, and a scan of
    the whole text tries every word boundary."""
    names = sorted(
        at for word in _POLL_WORDS for at in occurrences(text, word) if at and text[at - 1] in " \t"
    )
    mentions: list[regex.Match[str]] = []
    position = tried = 0  # where the next mention may start; "in"s before `tried` failed
    for name in names:
        if name <= position:
            continue  # inside the mention just found
        run = _NAME_BEFORE.search(text, max(position, tried), name)
        for start in _IN.finditer(text, run.start(), name):
            found = _IN_POLL.match(text, start.start())
            if found is not None:
                mentions.append(found)
                position = found.end()
                break
        tried = name
    return mentions

