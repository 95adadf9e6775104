"""Participles that report: "…, saying the port will close", "by arguing that …",
"voters saying they …", "In opposing the plan, …", "Noting that …, Varga …".

An -ing cue reports when it is no finite verb ("Varga is saying" is read as a verb by
quotes.reported) and something links it to who speaks: a comma, a conjunction or a
preposition before it (the sentence's subject speaks), or a plural noun right before it
(that noun speaks). A participle that opens its sentence reports what stands up to the
comma that ends the opening, for the subject after it.
"""

from bisect import bisect_left

import regex

from quotes import stances
from quotes.clauses import after_cue, clause
from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import FUNCTION_WORDS, Phrase
from quotes.speakers import participle_subject, subject

# A form of "be" before an -ing cue makes it the finite verb: "Varga is calling for …"
# (this and the next are read in reverse: the end is tried first, not every start).
_PROGRESSIVE = regex.compile(r"(?r)(?:\b(?:is|are|was|were|been|be|am)|\w[’']s|\w[’']re)(?:[ \t]+(?:also|still|now|not|\p{Ll}+ly))?$")
# A conjunction or preposition before an -ing cue links it to its sentence's subject as a
# comma does: "… and saying that", "but suggesting that", "by arguing that", "of announcing that",
# "pivoted to arguing that", "quoted as saying", "for not mentioning".
_LINKED = regex.compile(
    r"(?r)(?:\b(?i:and|but|by|after|before|while|when|without|in|of|to|not|as|for|from|about|since)|,)"
    # An adverb may stand between: "…, eventually saying", "and boldly claiming".
    r"(?:[ \t]+(?:\p{Ll}+ly|also|then|later|even|again|now|still|often|instead|never))?$"
)
# A comma inside the closing mark of a quoted phrase: "what he called the “Late Week,” saying …".
_COMMA_IN_QUOTE = (",”", ',"', ",’", ",'", ",»")
# The word right before a participle, for "voters saying …" (read in reverse too).
_NOUN_BEFORE = regex.compile(r"(?r)(?<![\p{L}’'])(\p{L}[\p{L}\-]+)[ \t]{1,3}$")


def _nouns_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when a plural noun stands right before `start`: "voters saying", "polls showing"."""
    found = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1).lower()
    if word in lex.plural_words:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in lex.singular_s_words and word not in FUNCTION_WORDS


def reports(cue: Cue, before: str) -> bool:
    """True when `cue` is a participle, not the finite verb after a form of "be";
    `before` is its sentence's text up to the cue, without final blanks."""
    return cue.word.endswith("ing") and _PROGRESSIVE.search(before) is None


def statement(
    text: str,
    cue: Cue,
    before: str,
    sentence: tuple[int, int],
    cues: list[Cue],
    starts: list[int],
    lex: Lexicon,
) -> tuple[int, int, Phrase | None] | None:
    """What the participle `cue` reports in the sentence `[first, last)`, and who says it."""
    first, last = sentence
    if not before:
        return _opening(text, cue, sentence, lex)
    if before.endswith(",") or before.endswith(_COMMA_IN_QUOTE) or _LINKED.search(before) is not None:
        earlier = cues[bisect_left(starts, first) : bisect_left(starts, cue.start)]
        phrase = participle_subject(text, earlier, first, cue, lex)
    elif _nouns_before(text, cue.start, lex) and text[cue.end : cue.end + 1] != ",":
        # "voters saying they …", "polls showing …": right after a plural noun a
        # participle reports for that noun.
        phrase = stances.holder_before(text, first, cue.start, lex)
    else:
        return None
    found = after_cue(text, cue, last, phrase, lex, first)
    if found is not None and " " not in before and text.find(",", found[0], found[1]) > 0:
        # "In opposing the plan, Varga cited …": a participle that opens its sentence
        # after a preposition is an opening, which ends at its comma.
        return clause(text, found[0], text.find(",", found[0], found[1]), found[2])
    return found


def _opening(text: str, cue: Cue, sentence: tuple[int, int], lex: Lexicon) -> tuple[int, int, Phrase | None] | None:
    """"Noting that the port was late, Varga called …": a participle that opens its
    sentence reports what stands up to the comma ending the opening, for the subject of
    the sentence after it."""
    first, last = sentence
    found = after_cue(text, cue, last, None, lex, first)
    if found is None:
        return None
    comma = text.find(",", found[0], found[1])
    if comma < 0:
        return None  # "Deregulating the telecom industry.": a fragment with nobody to say it
    return clause(text, found[0], comma, subject(text, first, last, lex))


# What may stand between a sentence's start and its first word: blanks and opening marks.
_BEFORE_FIRST = " \t\n\"“‘'("


def openers(text: str, starts: list[int], cues: list[Cue], lex: Lexicon) -> list[Cue]:
    """`cues` with the reporting participles that open sentences at `starts` ("Noting that
    the port was late, Varga left"), which the cue finder leaves to quote attribution as
    capitalised words; in order of start."""
    found = []
    for start in starts:
        head = text[start : start + 24]
        word = head.lstrip(_BEFORE_FIRST).partition(" ")[0]
        if word in lex.opening_participles:
            at = start + head.index(word)
            found.append(Cue(at, at + len(word), word.lower()))
    return sorted(cues + found) if found else cues
