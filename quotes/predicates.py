"""Rule 4b of the attribution sieve, and what it shares with the colon rule: a subject
and its main verb. A phrase quoted in a sentence with no reporting verb belongs to the
subject of the sentence, or of the clause it stands in, its main verb the cue
(`Varga supports «fair rents»`, `…, while Lind loves «the new tower»`); the verb after
a speaker is also where a colon's introduction starts (`Hale thanked the crowd: «Q»`),
and the cue of a quote that only a participle follows (`Hale hailed it as «Q,» adding …`).
"""

import re

from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import Phrase, describe
from quotes.rules import LEADING_WINDOW, OPENING, Context, participle
from quotes.spans import QuoteSpan
from quotes.speakers import Found, subject


def first_word(text: str, start: int) -> int:
    """Where the first word after `start` begins, past blanks and opening marks."""
    return start + len(text[start : start + 40]) - len(text[start : start + 40].lstrip(OPENING))


# The verb after a sentence's subject: a lower-case word, an auxiliary or adverb allowed
# ("has consistently pushed").
MAIN_VERB = re.compile(
    r"[ \t]{1,3}((?:(?:has|have|had|is|are|was|were|also|then|later|again|repeatedly|once|now|[a-z]{3,15}ly)[ \t]{1,3}){0,2})"
    r"([a-z][a-z\-]{1,20})\b"
)
# The forms of "be" before a present participle: "is labeling", "were calling".
_PROGRESSIVE = frozenset({"is", "are", "was", "were"})


# An apposition after a subject: ", the mayor of Dover,".
# A party and state in brackets may stand there first ("Ron Hale (D-Ohio)"), and a
# title in quote marks inside the apposition, its comma within the marks (", star of
# the drama “Harbour Lights,”").
APPOSITION = re.compile(
    r"(?:[ \t]{1,2}\([^()\n]{1,20}\))?(?:,[ \t]+(?:[^,;:.!?“”\"«»()\n]|“[^“”\n]{1,60}”)"
    r"{3,120}?(?:,|(?<=,”))){1,2}"
    r"|[ \t]{1,2}\([^()\n]{1,20}\)"
)


def sentence_subject(article: Context, span: QuoteSpan) -> Found | None:
    """Rule 4b: a phrase quoted inside a sentence with no cue belongs to the sentence's
    subject, its main verb the cue: `Varga supports «fair rents for everyone»`; or to the
    subject of the clause it stands in (`…, while Lind loves «the new tower»`)."""
    text = article.text
    start = article.sentences.bounds(article.sentences.index(span.open_start))[0]
    if span.open_start - start > LEADING_WINDOW or not text[start : span.open_start].strip(OPENING):
        return None
    # "Reed likes «Q1», while Lind loves «Q2»": the clause the quote stands in first.
    for clause in reversed(list(_CLAUSE_OPENER.finditer(text, start, span.open_start))):
        if "," in text[clause.end() : span.open_start]:
            break  # the clause ended before the quote: "where X appeared, Hale landed …"
        found = _subject_and_verb(article, span, clause.end(), named=True)
        if found is not None:
            return found
    return _subject_and_verb(article, span, start, named=False)


# A conjunction that opens a clause with a subject of its own.
_CLAUSE_OPENER = re.compile(r"[ \t](?:while|although|though|whereas|but|and)[ \t]+(?=[A-Za-z])")


def _subject_and_verb(article: Context, span: QuoteSpan, start: int, *, named: bool) -> Found | None:
    """The subject from `start` and its main verb before `span`; with `named`, only a
    name or a pronoun, since after "and" a noun may be the second half of a subject."""
    text = article.text
    phrase = subject(text, start, span.open_start, article.lex)
    if named and (phrase is None or phrase.start != first_word(text, start) or phrase.name is None and phrase.pronoun is None):
        return None
    if phrase is None or phrase.name is None and phrase.pronoun is None and (
        phrase.role is None or len(text[span.start : span.end].split(None, 3)) <= 3
    ):
        # A description ("The agency declined to detail the «…»") speaks only a quote
        # long enough to be kept anyway, not a term it would rescue from the drop.
        return None
    # "Hale, the mayor of Dover, ripped the council for «…»": the verb after an apposition.
    aside = APPOSITION.match(text, phrase.end, span.open_start)
    verb = MAIN_VERB.match(text, aside.end() if aside else phrase.end, span.open_start)
    if verb is not None and _plural_head(text, verb, article.lex):
        # "Both towns now seem keen on …": the word in -s ends the subject, not its verb.
        after = MAIN_VERB.match(text, verb.end(2), span.open_start)
        longer = describe(text, phrase.start, verb.end(2), article.lex)
        if after is not None and longer is not None and (after.group(2) in article.lex.belief_verbs or _finite(after.group(2), article.lex)):
            return Found(longer, Cue(after.start(2), after.end(2), after.group(2)), 0.35)
    if verb is None or not (
        _finite(verb.group(2), article.lex)
        # "Hale is labeling the plan «…»": the participle after a form of "be" is the verb.
        or verb.group(2).endswith("ing") and (verb.group(1).split() or [""])[-1] in _PROGRESSIVE
    ):
        return None
    return Found(phrase, participle_clause(text, Cue(verb.start(2), verb.end(2), verb.group(2)), span, article.lex), 0.35)


# A participle after a comma, perhaps after an adverb or "before": "…, dismissing",
# "…, instead seeking", "…, before insisting".
_PARTICIPLE_CLAUSE = re.compile(
    r",[ \t]+(?:(?:[a-z]+ly|then|later|also|instead|before|after|while|again|even)[ \t]+)?([a-z]{3,20}ing)\b"
)
# Before the participle, a "that" or a finite verb of a clause the cue reports ("said Lind
# had been tested, coming from behind"); after it, one of a clause the participle is the
# subject of ("added, revoking the licence would be «Q»"): the participle is not the cue.
_REPORTED_CLAUSE = re.compile(r"\b(?:that|has|have|had|is|are|was|were|will|would|can|could|should|may|might|must)\b")
_GERUND_SUBJECT = re.compile(r"\b(?:is|are|was|were|will|would|can|could|should|may|might|must)\b")


def participle_clause(text: str, cue: Cue, span: QuoteSpan, lex: Lexicon) -> Cue:
    """The participle that opens the clause a quote stands in, after the speaker's cue
    before it: in "Hale denied the claim, dismissing Lind as «a disgruntled aide»" and
    "Hale said, reasoning that it was «Q»" what the speaker does with the words is the
    participle's; `cue` itself when there is none."""
    if cue.end > span.open_start:
        return cue
    between = text[cue.end : span.open_start]
    if any(mark in between for mark in ".?!;:\n\"“”«»"):
        return cue  # another sentence, clause or quote stands between them
    found = [m for m in _PARTICIPLE_CLAUSE.finditer(between) if m.group(1) not in lex.not_participles]
    if not found:
        return cue
    last = found[-1]
    if _REPORTED_CLAUSE.search(between, 0, last.start()) or _GERUND_SUBJECT.search(between, last.end()):
        return cue
    return Cue(cue.end + last.start(1), cue.end + last.end(1), last.group(1))


def participle_after(article: Context, span: QuoteSpan, ceiling: int) -> Found | None:
    """`Hale hailed the vote as «fantastic,» telling reporters …` with no other cue: the
    speaker is the subject of the sentence and the cue is its verb before the quote; the
    participle after the quote introduces what follows, not the quote."""
    cues = article.cues_between(span.close_end, min(ceiling, span.close_end + 20))
    if not cues or not participle(cues[0]):
        return None
    text = article.text
    start = article.sentences.bounds(article.sentences.index(span.open_start))[0]
    phrase = subject(text, start, span.open_start, article.lex)
    if phrase is None:
        return None
    aside = APPOSITION.match(text, phrase.end, span.open_start)
    verb = MAIN_VERB.match(text, aside.end() if aside else phrase.end, span.open_start)
    if verb is None or not _finite(verb.group(2), article.lex):
        return Found(phrase, cues[0], 0.6)
    return Found(phrase, Cue(verb.start(2), verb.end(2), verb.group(2)), 0.6)


# Irregular past forms common after a subject in news copy.
_IRREGULAR_PAST = frozenset(
    {"said", "told", "wrote", "did", "took", "gave", "made", "saw", "spoke", "got", "put", "went", "came", "kept", "felt", "thought", "sent", "led", "won", "lost", "ran", "held", "brought"}
)


def _finite(word: str, lex: Lexicon) -> bool:
    """True when `word` looks like a finite verb: "supports", "praised", "took"; not a word
    in s that is no verb ("Whatever his …", "this")."""
    return word in _IRREGULAR_PAST or word.endswith("ed") or (
        word.endswith("s") and not word.endswith("ss") and (word not in lex.singular_s_words or word in _AUXILIARY_S)
    )


# The verbs among the words in s that are no plural: "Hale has «…»".
_AUXILIARY_S = frozenset({"is", "has", "was", "does"})


# What follows a plural noun that looks like a verb in -s: the subject's own verb,
# perhaps after an adverb ("Both towns now seem", "Town elders did agree").
_AFTER_PLURAL = re.compile(
    r"(?:[ \t]+(?:now|also|still|then|[a-z]+ly))?[ \t]+"
    r"(?:has|have|had|is|are|was|were|do|did|does|will|would|can|could|may|might|must|should|seem|seemed|appear|appeared)\b"
)


def _plural_head(text: str, verb: re.Match[str], lex: Lexicon) -> bool:
    """True when the word `MAIN_VERB` matched right after a subject is a plural noun that
    the subject's verb follows ("Both towns now seem", "Local papers have")."""
    word = verb.group(2)
    return (
        not verb.group(1) and word.endswith("s") and not word.endswith("ss") and word not in lex.cue_verbs
        and _AFTER_PLURAL.match(text, verb.end(2)) is not None
    )


def colon_cue(text: str, phrase: Phrase, at: int) -> Cue:
    """The colon at `at` that introduces a quote, run back to the verb after its speaker:
    "She then addressed the crowd again:" is the act of speaking, the colon only its end."""
    aside = APPOSITION.match(text, phrase.end, at)
    verb = MAIN_VERB.match(text, aside.end() if aside else phrase.end, at)
    if verb is None:
        return Cue(at, at + 1, ":")
    start = verb.start(1) if verb.group(1) else verb.start(2)
    return Cue(start, at + 1, text[start : at + 1])
