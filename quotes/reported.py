"""Reported speech without quote marks: "X said (that) CLAUSE", "CLAUSE, X said".

Each reporting cue outside quote marks is tried against four shapes, most specific
first, and the first that fits gives one statement:

1. `…, saying CLAUSE` — a participle after a comma reports the sentence's subject, one
   after a plural noun reports that noun's ("voters saying …"; quotes.participles).
2. `according to X, CLAUSE` and `CLAUSE, according to X.`
3. `X said (that) CLAUSE` — the clause runs from the cue (with "that", as the PolNeAR
   annotators mark it) to the end of the sentence, without its final punctuation.


4. `CLAUSE, X said.` / `CLAUSE, said X.` / `CLAUSE, he said, …` — the cue closes the
   sentence or stands aside in it, and the clause is what precedes the speaker.

Then, for lines of their own, `Varga camp: Novak's plan threatens jobs` — the way
headlines report claims (quotes.claims) — unless a clause with a cue already covers them.
Stances named by nouns and adjectives ("attacks on", "the belief that") are read by
quotes.stances, findings credited to a poll ("… in the latest poll") by quotes.polls, claims
credited to unnamed reports ("Varga reportedly met …") by quotes.hearsay, and whether a
cue closes its sentence (shape 4) by quotes.closings.

Besides verbs of saying, the lexicon's beliefs, intentions, stances and findings report
too, as the PolNeAR annotators count them: "hopes that …", "wants to …", "declined to
comment", "endorsed Varga", "polls show …"; they never attribute a quote.

A clause that contains a direct quote is dropped: the quote already carries the
statement and its speaker, and the two must not overlap. When a verb that attributes
quotes stands between the clause and the quote ("…, and a man yelled «Q»"), the clause
ends at the comma before it instead. A clause of fewer than three words is no statement
("he said so").
"""

import re
from bisect import bisect_left

import regex

from quotes import participles, stances
from quotes.claims import headline_claims
from quotes.clauses import (
    SAY,
    after_cue,
    before_next_cue,
    before_other_quote,
    clause,
    clause_end,
    first_words,
    trim,
)
from quotes.closings import closes, closes_after
from quotes.cues import PAST_SAY, Cue
from quotes.hearsay import hearsay
from quotes.lexicon import Lexicon
from quotes.phrases import Phrase, SpeakerKind, describe
from quotes.polls import poll_findings
from quotes.sentences import Sentences
from quotes.spans import QuoteSpan, touches_quote
from quotes.speakers import Found, phrase_after, phrase_before

# After a determiner a participle is an adjective: "the planned rally". Like the other
# patterns anchored at the end (`$`) whose match is only tested, it is read in reverse
# (`(?r)`): a match is found just when one exists, and the end is tried first, not every start.
_MODIFIER_BEFORE = regex.compile(r"(?r)(?:^|\W)(?:the|a|an|his|her|their|its|our|this)[ \t]$", regex.I)
# What those determiners and a blank end the text before a cue with, case folded: a cheap
# test before the pattern, as most cues follow a name or a noun.
_MODIFIER_ENDINGS = tuple(f"{word}{blank}" for word in ("the", "a", "an", "his", "her", "their", "its", "our", "this") for blank in " \t")

# Cues that report nothing with the word after them: "pledged delegates" are delegates
# bound to a candidate, and who "showed up" arrived.
_NOT_REPORTING_AFTER = re.compile(r"(?i:pledged[ \t]+delegates?|show(?:s|ed|n|ing)?[ \t]+up)\b")


def find(
    text: str,
    sentences: Sentences,
    cues: list[Cue],
    spans: list[QuoteSpan],
    lex: Lexicon,
    *,
    skip: frozenset[int] = frozenset(),
    quoted: list[QuoteSpan] | None = None,
) -> list[tuple[int, int, Found]]:
    """Reported statements in `text` as `(start, end, Found)`, non-overlapping, in order.

    Cues starting at an offset in `skip` already belong to a direct quote; `quoted` are
    the spans that come out as direct quotes (all of `spans` when not given).
    """
    cues = participles.openers(text, sentences.starts, cues, lex)  # "Noting that …, Varga left"
    opens = [span.open_start for span in spans]
    starts = [cue.start for cue in cues]
    statements: list[tuple[int, int, Found]] = []
    taken_until = 0
    for cue in cues:
        if cue.start in skip:
            continue
        if cue.start < taken_until:
            continue
        if cue.word in lex.stance_phrases:
            # "Varga's attacks on Novak": a noun's stance, read by quotes.stances.
            stance = stances.statement(text, *sentences.bounds(sentences.index(cue.start)), cue, lex)
            if stance is not None and not _holds_quote(stance[0], stance[1], spans, opens, taken_until):
                statements.append(stance)
                taken_until = max(stance[1], cue.end)
            continue
        verb = cue.word.split()[0]  # "told reporters", "said in a statement"
        if not _may_report(text, cue, verb, lex):
            continue
        number = sentences.index(cue.start)  # the cue's sentence, looked up once
        k = bisect_left(opens, cue.end)
        if k < len(opens) and _swallows(text, sentences, number, cue, opens[k]):
            continue  # the clause would hold the quote: no need to read it
        found = _statement(text, sentences, number, cue, lex, cues, starts)
        if found is None:
            continue
        for start, end, phrase in _parts(text, sentences, number, cue, found):
            end = before_next_cue(text, start, end, cues, starts, lex)
            if end is None:
                continue
            if start >= taken_until:
                # Clear of earlier statements: only a direct quote can stand in the way, and
                # whether one does is asked once for a clause that is clear of it.
                if touches_quote(start, end, spans, opens):
                    # "Varga said the port was fine, and a man yelled «Q»": what was said ends
                    # before the other statement begins.
                    end = before_other_quote(text, start, end, opens, starts, cues, lex)
                    if end is None or touches_quote(start, end, spans, opens):
                        continue  # a direct quote inside the clause already carries it
            else:
                if cue.word == "according to" or verb in lex.cue_verbs and verb not in lex.belief_verbs:
                    # A source or a verb of saying outranks the beliefs it reports: "Reed plans
                    # to …, an aide said" is the aide's statement, "plans" included.
                    taken_until = _outrank_beliefs(statements, start, end, lex, taken_until)
                if _holds_quote(start, end, spans, opens, taken_until):
                    continue  # an earlier statement or a direct quote already covers it
            if phrase is _SPEAKER_BEFORE and verb in lex.object_verbs and stances.passive(text, cue.start):
                # "Berg was asked by the clerk whether …": the clerk asks, Berg is asked.
                phrase = stances.asker(text, cue.end, sentences.bounds(number)[1], lex)
            if phrase is _SPEAKER_BEFORE:
                # Read last: finding the speaker costs more than all the tests above.
                first = sentences.bounds(number)[0]
                phrase = stances.holder_before(text, first, cue.start, lex)
            statements.append((start, end, Found(phrase, cue, 0.6 if phrase else 0.3)))
            taken_until = max(end, cue.end)
    quoted = spans if quoted is None else quoted
    claims = headline_claims(text, quoted, [span.open_start for span in quoted], lex)
    weak = claims + poll_findings(text, sentences, spans, opens, lex)
    weak = sorted(weak + hearsay(text, sentences, spans, opens), key=lambda s: s[0])
    return _merge(statements, weak)


def _may_report(text: str, cue: Cue, verb: str, lex: Lexicon) -> bool:
    """False when the words around `cue` show it reports nothing, before any clause is read."""
    if verb not in lex.indirect_verbs and cue.word != "according to":
        return False
    if verb not in SAY and _after_modifier(text, cue.start):
        return False  # after a determiner a participle is an adjective: "the planned rally"
    # A cue is a whole word, so only these can start the words of the pattern.
    if verb.startswith(("pledged", "show")) and _NOT_REPORTING_AFTER.match(text, cue.start, cue.end + 12):
        return False  # "pledged delegates", "showed up": an adjective, or a verb of arriving
    if verb in lex.plural_bases and not _plural_before(text, cue.start, lex):
        return False  # "polls show", "voters want"; but "the quiz show", "strong support"
    # A markup tag's name: "<tweet id=…>".
    return not text.endswith(("<", "</"), 0, cue.start)


def _after_modifier(text: str, start: int) -> bool:
    """True when a determiner and a blank stand right before `start`: "the planned rally"."""
    if not text[max(0, start - 7) : start].casefold().endswith(_MODIFIER_ENDINGS):
        return False
    return _MODIFIER_BEFORE.search(text, max(0, start - 8), start) is not None


def _holds_quote(start: int, end: int, spans: list[QuoteSpan], opens: list[int], taken_until: int) -> bool:
    """True when `[start, end)` holds or touches a direct quote, or an earlier statement."""
    return start < taken_until or touches_quote(start, end, spans, opens)


# Words that open the circumstances of a statement rather than more of it.
_ASIDE_STARTS = frozenset({"on", "in", "at", "by", "with", "from", "during", "after", "before", "while", "when", "as"})
# Words that open an apposition or a relative clause about a source: in "…, according to
# Lena Ruiz, an analyst at Varga Bank." the tail says who Ruiz is, not what she said.
_SOURCE_ASIDES = frozenset({"a", "an", "who", "which", "whose"})


def _parts(text: str, sentences: Sentences, number: int, cue: Cue, found: tuple) -> list[tuple]:
    """`found`, and for a cue amid its sentence ("HEAD, he said, TAIL") the tail too:
    PolNeAR marks the two halves as two statements of the same speaker."""
    end, phrase = found[1], found[2]
    # "HEAD, according to X, TAIL": the comma that opens the tail follows the source.
    after = phrase.end if cue.word == "according to" and phrase is not None else cue.end
    if end > cue.start or text[after : after + 1] != ",":
        return [found]
    last = sentences.bounds(number)[1]
    tail = clause(text, after + 1, last, phrase)
    if tail is None:
        return [found]
    opening = first_words(text, tail[0], tail[1], 1)[0].lower()
    if opening in _ASIDE_STARTS or cue.word == "according to" and opening in _SOURCE_ASIDES:
        return [found]  # "…, he said, on condition of anonymity": how it was said, not what
    return [found, tail]


# The word before a cue, with what may stand between it and the cue. It is searched in
# reverse, from the cue back: the one possible end is tried first and the greedy
# repetitions, read leftwards, reach the leftmost start, the match a forward search finds
# after trying every start in the window.
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}’']+)[ \t]{1,3}(?:(?:also|still|now|often|all|do|did|\p{Ll}+ly)[ \t]{1,3}){0,2}$")


def word_before(text: str, start: int) -> str | None:
    """The word right before `start`, past up to two adverbs ("they also said"), within
    the 40 characters before it; None when none ends there."""
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return None if found is None else found.group(1)


def _plural_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when a base-form cue is a verb: after a plural subject ("polls", "they") or a
    modal ("would")."""
    word = word_before(text, start)
    if word is None:
        return False
    word = word.lower()
    if word in lex.base_verb_after:
        return True
    # "is", "does", "this" and "his" end in s but are no plural: "the question is support for".
    return word.endswith("s") and not word.endswith(("ss", "’s", "'s")) and word not in lex.singular_s_words


def _merge(first: list, second: list) -> list:
    """`first` and those of `second` that overlap none of them, in order of start."""
    if not second:
        return first
    weak = {id(statement) for statement in second}
    merged = sorted(first + second, key=lambda statement: statement[0])
    kept: list = []
    for statement in merged:
        if kept and statement[0] < kept[-1][1]:
            if id(statement) in weak:
                continue
            if id(kept[-1]) in weak:
                kept.pop()  # a clause with a verbal cue wins over a headline claim
        kept.append(statement)
    return kept


def _outrank_beliefs(statements: list, start: int, end: int, lex: Lexicon, taken_until: int) -> int:
    """Drop the statements in `[start, end)` whose cues report a belief, an intention or a
    stance, and return where the statements kept end: in "Hale plans to visit Riverton,
    according to an aide" or "…, an aide said", the aide said all of it, "plans" included."""
    first = next((k for k, statement in enumerate(statements) if statement[0] >= start), len(statements))
    inner = statements[first:]
    if not inner or any(statement[1] > end or not _believed(statement[2].cue, lex) for statement in inner):
        return taken_until
    del statements[first:]
    return statements[-1][1] if statements else 0


def _believed(cue: Cue, lex: Lexicon) -> bool:
    return cue.word.split()[0] in lex.belief_verbs or cue.word in lex.stance_phrases


def _swallows(text: str, sentences: Sentences, number: int, cue: Cue, quote: int) -> bool:
    """True when the clause after `cue` would run into a quote opening at `quote`: same
    sentence, no comma and no second verb to end the clause before it."""
    if quote - cue.end > 300 or sentences.index(quote) != number:
        return False
    return "," not in text[cue.end : quote] and clause_end(text, cue.end, quote) is None


# How far before and after a cue its sentence is read to decide the statement's shape.
_NEAR = 400
# Stands for the speaker phrase right before a cue, not read yet: "X said (that) CLAUSE".
_SPEAKER_BEFORE = Phrase(-1, -1, None, SpeakerKind.UNKNOWN)


def _statement(
    text: str, sentences: Sentences, number: int, cue: Cue, lex: Lexicon, cues: list[Cue], starts: list[int]
) -> tuple[int, int, Phrase | None] | None:
    first, last = sentences.bounds(number)
    verb = cue.word.split()[0]  # "told reporters", "said in a statement"
    # Only the text near the cue is read: on an endless sentence of cues the work per cue
    # stays bounded.
    near = max(first, cue.start - _NEAR)
    before = text[near : cue.start].rstrip()
    if cue.word == "according to":
        phrase = phrase_after(text, cue.end, last, lex) or _source(text, cue.end, last, lex)
        if phrase is None:
            return None
        if before.endswith((",", "—", "–")):
            head = clause(text, first, near + len(before) - 1, phrase)
            if head is not None or text[phrase.end : phrase.end + 1] != ",":
                return head
            # "But, according to the poll, CLAUSE": the head is too short to be the statement.
            return clause(text, phrase.end + 1, last, phrase)
        comma = text.find(",", phrase.end, last)
        if comma >= 0:
            return clause(text, comma + 1, last, phrase)
        # "Varga leads by 12 seats according to a count": what precedes is reported.
        return clause(text, first, near + len(before), phrase) if before else None
    if participles.reports(cue, before):
        return participles.statement(text, cue, before, (first, last), cues, starts, lex)
    if before.endswith(",") and (verb in lex.own_statement_verbs or verb in PAST_SAY):
        # "CLAUSE, said X." — the speaker follows an inverted cue. Only verbs of saying
        # invert: in "Ruiz, a retiree, endorsed Reed." Reed is endorsed, not speaking.
        phrase = phrase_after(text, cue.end, last, lex)
        if phrase is not None and closes_after(text, phrase.end, last):
            return clause(text, first, near + len(before) - 1, phrase)
    after = text[cue.end : min(last, cue.end + _NEAR)].strip(" \t.,!?;")
    parenthetical = text[cue.end : cue.end + 1] == ","
    intention = after.startswith("to ") and cue.word in lex.belief_verbs
    closing = closes(text, cue, after, lex, intention=intention)
    if closing and "," not in before:
        return None  # "X said." with no clause before it: no need to read X
    # The clause after the cue does not depend on the speaker: read it once.
    forward = None if parenthetical or closing else after_cue(text, cue, last, None, lex, first)
    if not parenthetical and not closing and forward is None:
        return None  # no clause after the cue either: read no further
    if forward is not None:
        return forward[0], forward[1], _SPEAKER_BEFORE  # read by find, for a clause it keeps
    phrase = phrase_before(text, first, cue.start, lex)
    if phrase is None and (closing or parenthetical):
        # "CLAUSE, donors said." and "HEAD, donors said, TAIL": words no speaker rule
        # knows, between a comma and the cue, name who said it.
        phrase = _subject_after_comma(text, first, cue.start, lex)
    if phrase is None and cue.word not in SAY:
        return None  # a stance's clause counts even with no named holder: "the deal seemed to …"
    if phrase is not None and parenthetical and text[first : phrase.start].rstrip().endswith(","):
        # "CLAUSE, he said, by …" — a parenthetical cue reports what stands before it.
        head = text[first : phrase.start].rstrip()
        found = clause(text, first, first + len(head) - 1, phrase)
        return found or clause(text, cue.end + 1, last, phrase)
    if closing:
        if phrase is None:
            return None
        # The cue ends the sentence: "CLAUSE, X said." or "CLAUSE, X said on Friday."
        head = text[first : phrase.start].rstrip()
        if head.endswith(","):
            return clause(text, first, first + len(head) - 1, phrase)
        return None
    return after_cue(text, cue, last, phrase, lex, first)


def _subject_after_comma(text: str, first: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """"CLAUSE, donors said." or "HEAD, donors said, TAIL": a few words between the last
    comma and a cue that ends its sentence or stands aside in it name the speaker, even
    words no speaker rule knows."""
    comma = text.rfind(",", first, cue_start)
    if comma < 0 or cue_start - comma > 80:
        return None
    start, end = trim(text, comma + 1, cue_start)
    words = first_words(text, start, end, 9)
    if not 1 <= len(words) <= 8 or words == ["you"]:
        return None  # "…, you know, …" and "…, you see, …" are fillers: the reader says nothing
    return describe(text, start, end, lex)


# A source named after "according to": words up to the next punctuation, twenty at most
# ("early results of the survey made by … for …").
_SOURCE = regex.compile(r"[ \t]{1,3}([^,.;:!?\n\"“”«»()]{2,160}?)(?=[,.;:!?]|$)")


def _source(text: str, start: int, last: int, lex: Lexicon) -> Phrase | None:
    """"according to people in attendance": a description, up to the next punctuation."""
    found = _SOURCE.match(text, start, last)
    if found is None or len(found.group(1).split()) > 20:
        return None
    return describe(text, found.start(1), found.end(1), lex)
