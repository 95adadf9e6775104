"""Decide who said each quote: cues, speaker phrases, pronouns, continuations.

Every top-level quote span goes through a sieve; the first rule that finds a cue wins,
because the nearer and more explicit the cue, the more often it is right:

1. headline: a span inside a headline belongs to the headline's subject ("Kremlin
   Hails …"); headlines have no sentence around them for the other rules to read.
2. trailing cue: `«Q,» X said` / `«Q,» said X` / `«Q,» according to X` — the cue
   follows the closing mark in the same sentence; the commonest pattern in news. A
   quote that ends its own sentence (`«Q.»`) tries rule 3 first, since a cue in the
   next sentence usually opens a statement of its own (`«Q.» He said that …`).
3. leading cue: `X said: «Q»`, `X told reporters «Q»`, `X said that the «partial»`,
   `according to X, «Q»`, and the second half of `«Q1,» X said, «Q2»`; the nearest cue
   first, but a pronoun's cue yields to a named speaker's outer one in the sentence
   (`Bolton said he would advise Trump on «Q»`).
4. colon: `From the minister: «Q»` — an introduction with no verb. Then, in turn: an
   unclosed quote's own cue inside it; a participle after the quote (`«Q,» adding …`);
   and the sentence's subject and main verb for a phrase quoted inside a sentence with
   no cue (`Clinton supports «pay raises»`), right about half the time on PolNeAR,
   hence the low confidence.
5. continuation: a quote with no cue that directly follows an attributed one (same or
   next paragraph, opening its sentence, nobody else cued in between) inherits its
   speaker, mention and cue.

Within rules 2-4 the speaker phrase is resolved the same way: a name is canonicalised
against the article's earlier full names ("Peskov" → "Dmitry Peskov"); a pronoun or
"the spokesman" resolves to the most recent compatible speaker; a description with no
name ("a police spokeswoman") keeps its mention and gets no speaker. Titles and scare
quotes (`so-called «experts»`, `on ABC’s «This Week»`) and short quotes no rule
attributes are dropped. Reported speech without marks comes from quotes.reported and
is dropped where it would overlap a direct quote.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from enum import StrEnum

from quotes import reported
from quotes.language import guess_language
from quotes.lexicon import Gender, Lexicon, lexicon, supported
from quotes.sentences import Sentences, paragraph_starts
from quotes.spans import QuoteSpan
from quotes.coreference import Names
from quotes.cues import PAST_SAY, Cue, find_cues
from quotes.phrases import Phrase, SpeakerKind, describe
from quotes.speakers import Found, participle_subject, phrase_after, phrase_before, subject

__all__ = ["Kind", "Quote", "SpeakerKind", "attribute"]


class Kind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement with its speaker. Offsets are half-open, into the article text."""

    start: int
    end: int
    kind: Kind
    text: str
    speaker: str | None = None  # canonical name, e.g. "Dmitry Peskov"
    speaker_kind: SpeakerKind = SpeakerKind.UNKNOWN
    mention: str | None = None  # the speaker as written, e.g. "Kremlin spokesman Dmitry Peskov"
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None  # the reporting expression, e.g. "told"
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.0


# An uncued quote this short, not continuing a speaker, is a title, a name or a term.
_UNCUED_WORDS = 3
# Opening marks and spaces that may stand before a quote at the start of its sentence.
_OPENING = " \t\n\"'“‘«„‚‹(["
# Lines longer than this are paragraphs, not headlines.
_HEADLINE_LENGTH = 140
# How far from a quote's marks a cue may stand and still be read as its cue.
_TRAILING_WINDOW = 250
_LEADING_WINDOW = 400
# Adjacent punctuation between a closing mark and a following cue: «Q,» said X.
_GAP_PUNCTUATION = " \t,—–-"


class _Article:
    """One article's text with its sentences, paragraphs and cues, scanned once."""

    def __init__(self, text: str, spans: list[QuoteSpan], lex: Lexicon, language: str | None) -> None:
        self.text = text
        self.lex = lex
        self.sentences = Sentences(text, language=language)
        self.paragraphs = paragraph_starts(text)
        self.spans = spans
        # Cues inside an unclosed quote stay: the quote may really end before them.
        inside = [(s.open_start, s.close_end) for s in spans if s.closed]
        # Every cue reports speech; only those that are not beliefs attribute a quote.
        self.all_cues = find_cues(text, lex, skip=inside)
        self.cues = [cue for cue in self.all_cues if cue.word not in lex.belief_verbs]
        self.cue_starts = [cue.start for cue in self.cues]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        i = bisect_left(self.cue_starts, start)
        j = bisect_left(self.cue_starts, end)
        return self.cues[i:j]

    def paragraph(self, offset: int) -> int:
        return bisect_left(self.paragraphs, offset + 1) - 1


def _headline_of(article: _Article, span: QuoteSpan, headlines: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The headline holding `span`: a given one, or a short title-case line of its own."""
    for start, end in headlines:
        if start <= span.open_start and span.close_end <= end:
            return start, end
    text = article.text
    # Look no further than a headline can be long, so a text without line breaks
    # costs the same per quote as one with them.
    start = text.rfind("\n", max(0, span.open_start - _HEADLINE_LENGTH), span.open_start) + 1
    end = text.find("\n", span.close_end, span.close_end + _HEADLINE_LENGTH)
    end = min(len(text), span.close_end + _HEADLINE_LENGTH) if end < 0 else end
    if start == 0 and span.open_start > _HEADLINE_LENGTH:
        return None
    line = text[start:end].rstrip()
    if not line or len(line) > _HEADLINE_LENGTH or line[-1] in ".!?:;,":
        return None
    words = line.split()
    capitals = sum(1 for word in words if word[0].isupper() or not word[0].isalpha())
    return (start, start + len(line)) if len(words) >= 3 and capitals >= 0.7 * len(words) else None


def _headline(article: _Article, span: QuoteSpan, line: tuple[int, int]) -> Found | None:
    """Rule 1: the subject before the headline's verb ("Kremlin Hails …")."""
    text, lex = article.text, article.lex
    position = line[0]
    for word in text[line[0] : span.open_start].split():
        at = text.find(word, position)
        if word.lower() in lex.headline_verbs and at > line[0]:
            phrase = describe(text, line[0], at - 1, lex)
            cue = Cue(at, at + len(word), word.lower())
            return Found(phrase, cue, 0.5) if phrase is not None else None
        position = at + len(word)
    return None


def _trailing(article: _Article, span: QuoteSpan, ceiling: int) -> Found | None:
    """Rule 2: a cue after the closing mark, in the sentence the mark ends."""
    text, lex = article.text, article.lex
    sentence = article.sentences.bounds(article.sentences.index(min(span.close_end + 1, len(text) - 1)))
    end = min(sentence[1], ceiling, span.close_end + _TRAILING_WINDOW)
    cues = article.cues_between(span.close_end, end)
    if not cues:
        return None
    cue = cues[0]
    if _participle(cue):
        return None  # "«Q,» adding …" continues a sentence whose cue came before
    if _INTRODUCES.match(text, cue.end, min(len(text), cue.end + 40)):
        return None  # "«Q» Trump said: «…»": the cue introduces the next quote
    gap = text[span.close_end : cue.start]
    if "\n" in gap:
        return None
    if not gap.strip(_GAP_PUNCTUATION):
        phrase = phrase_after(text, cue.end, end, lex)
        if phrase is None:
            # "Mitt Romney’s «47 percent» comment": the cue is a noun, its owner speaks.
            phrase = _owner_before(article, span)
        return Found(phrase, cue, 0.9 if phrase else 0.5)
    if _ends_sentence(text, span) and cue.word not in _OBJECT_CUES and _NEW_CLAUSE.match(text, cue.end, end):
        # «Q.» Netanyahu has said that …: a new sentence with a statement of its own.
        return None
    bare = gap.strip(_GAP_PUNCTUATION)
    if " " not in bare and bare[:1].isupper():
        # «Q,» From said: one capitalised word before the cue is a name, whatever it means.
        at = span.close_end + gap.index(bare)
        return Found(describe(text, at, at + len(bare), lex), cue, 0.85)
    phrase = phrase_after(text, span.close_end + len(gap) - len(gap.lstrip(_GAP_PUNCTUATION)), cue.start, lex)
    if phrase is not None and _only_apposition(text[phrase.end : cue.start], lex):
        if phrase.name is None:
            # "her personal lawyer, David E. Kendall, wrote": the apposition may name them.
            named = phrase_before(text, span.close_end, cue.start, lex)
            if named is not None and named.name is not None:
                return Found(named, cue, 0.85)
        return Found(phrase, cue, 0.85)
    phrase = phrase_before(text, span.close_end, cue.start, lex)
    prefix = text[span.close_end : phrase.start].split() if phrase is not None else []
    if phrase is not None and len(prefix) <= 2 and not any(
        w.strip(",").lower() in _LINKS or w.endswith(",") for w in prefix
    ):
        # At most a modifier ("warm-and-fuzzy Trump said"), not a new clause ("until Haley said").
        return Found(phrase, cue, 0.85)
    if gap.rstrip().endswith(",") and _closes_sentence(text, cue.end, end, lex) is False:
        # "«Q» for the EU, said Geert Wilders." — the quote ends inside a longer clause.
        phrase = phrase_after(text, cue.end, end, lex)
        if phrase is not None and _closes_sentence(text, phrase.end, end, lex):
            return Found(phrase, cue, 0.7)
    elif phrase is not None and text[span.close_end : phrase.start].rstrip().endswith(","):
        if _closes_sentence(text, cue.end, end, lex):
            return Found(phrase, cue, 0.7)  # "«Q» in comparison to Obama, Gingrich said."
    return None


# After a cue, the start of a reported clause: "that", a pronoun, an article or a name.
_NEW_CLAUSE = re.compile(
    r"[ \t]{1,3}(?:(?:that|he|she|they|it|we|the|a|an|his|her|their|this|these)\b"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])",
    re.ASCII,
)
# Cues whose object, not a clause, follows: "«Q?» he told Fox News", "Todd asked the mogul".
_OBJECT_CUES = frozenset({"told", "tells", "asked", "asks", "told reporters"})


def _ends_sentence(text: str, span: QuoteSpan) -> bool:
    return text[span.start : span.end].rstrip("\"'”’»)").endswith((".", "!", "?"))


_PREPOSITION_BEFORE = re.compile(r"(?:^|\W)(?:on|in|at|to|from|with|of|by|for)[ \t]{1,3}$")


def _after_preposition(text: str, position: int) -> bool:
    return _PREPOSITION_BEFORE.search(text, max(0, position - 8), position) is not None


def _owner_before(article: _Article, span: QuoteSpan) -> Phrase | None:
    """The possessive right before a quote's opening mark, as a speaker phrase."""
    text = article.text
    start = max(0, span.open_start - 4)
    before = text[start : span.open_start].rstrip()
    if not before.endswith(("’s", "'s")):
        return None
    end = start + len(before) - 2
    owner = phrase_before(text, max(0, end - _LEADING_WINDOW), end, article.lex)
    return owner if owner is not None and owner.name is not None else None


# After a cue, a colon: it introduces what follows ("Trump said: …", "said in a statement:").
_INTRODUCES = re.compile(r"(?:[ \t]{1,3}[\w’'.\-]{1,20}){0,4}[ \t]{0,2}:")
# Words that open a new clause between a quote and a later cue.
_LINKS = frozenset(
    {"until", "when", "while", "after", "before", "because", "as", "and", "but", "or", "if", "since", "though", "so", "then", "where"}
)


def _participle(cue: Cue) -> bool:
    return cue.word.endswith("ing") and " " not in cue.word


def _closes_sentence(text: str, position: int, end: int, lex: Lexicon) -> bool:
    """True when the sentence ends after a cue, perhaps after a time or place phrase."""
    return _SENTENCE_CLOSE.match(text, position, min(len(text), position + 80)) is not None


# After a cue: the full stop, or a short time or place phrase and then the full stop, or
# a comma that does not open another quote ("Trump asked, looking pleased").
_SENTENCE_CLOSE = re.compile(
    r"[ \t]{0,3}(?:(?:on|in|at|during|last|this|after|before|from)\b[^.,;:!?“”\"«»\n]{0,60})?"
    r"(?:[.!?]|,(?![ \t]{0,2}[\"“«]))"
)


def _only_apposition(rest: str, lex: Lexicon) -> bool:
    """True when `rest`, between a speaker phrase and its cue, adds nothing but asides."""
    rest = rest.strip()
    if not rest:
        return True
    if rest[0] in ",—–(" and rest[-1] in ",—–)":
        return "\n" not in rest and len(rest) < 200
    return all(word.lower() in lex.adverbs or word.lower().strip(",") in _TIME for word in rest.split())


_TIME = frozenset(
    {
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "last", "this", "week", "night", "morning", "evening",
        "afternoon", "earlier", "later", "in", "a", "an", "the", "statement", "interview",
        "at", "during", "after", "before", "to", "of", "from", "by",
    }
)
# Verbs of thinking and going on: before a quote they are usually not its cue ("Cruz said
# he is certain Rubio will continue to be «…»"), so they count only when no other does.
_WEAK = frozenset(
    {
        "continue", "continues", "continued", "continuing", "believe", "believes", "believed",
        "think", "thinks", "thought", "wonder", "wonders", "wondered",
    }
)


def _leading(article: _Article, span: QuoteSpan, floor: int) -> Found | None:
    """Rules 3 and 4: a cue or a colon before the opening mark, in the same sentence."""
    text, lex = article.text, article.lex
    head = text[max(floor, span.open_start - _LEADING_WINDOW) : span.open_start]
    stripped = head.rstrip()
    colon = stripped.endswith(":")
    anchor = span.open_start - (len(head) - len(stripped)) - 1 if colon else span.open_start
    sentence = article.sentences.bounds(article.sentences.index(max(anchor, 0)))[0]
    start = max(floor, sentence, span.open_start - _LEADING_WINDOW)
    # The nearest cue first. Cues after the quote before come first; then those before it
    # in the same sentence
    # ("the candidate stated that Trump’s «divisive» comments do not «fit …»").
    near = article.cues_between(start, span.open_start)
    far = article.cues_between(max(sentence, span.open_start - _LEADING_WINDOW), start)
    for cues in (near, far):
        strong = [cue for cue in cues if cue.word not in _WEAK]
        for cue in reversed(strong or cues):
            if cue.word == "according to":
                phrase = phrase_after(text, cue.end, span.open_start, lex)
            elif _participle(cue):
                # "…, saying «Q»", "issued a statement saying «Q»": the subject speaks;
                # "Ryan saying «Q»": unless a name stands right before the participle.
                phrase = None
                if not text[max(0, cue.start - 3) : cue.start].strip().endswith(","):
                    phrase = phrase_before(text, max(sentence, cue.start - _LEADING_WINDOW), cue.start, lex)
                    if phrase is None or phrase.name is None or _after_preposition(text, phrase.start):
                        phrase = None  # "posted a message on Twitter reading «Q»": not Twitter
                phrase = phrase or _participle_subject(article, cue, max(sentence, span.open_start - _LEADING_WINDOW))
            else:
                phrase = phrase_before(text, max(sentence, cue.start - _LEADING_WINDOW), cue.start, lex, sentence=sentence)
                if phrase is None and cue.word in PAST_SAY:
                    # "…, explained Rosenberg, «Q»": the speaker follows an inverted cue.
                    phrase = phrase_after(text, cue.end, span.open_start, lex)
                    rest = text[phrase.end : span.open_start] if phrase is not None else ""
                    if rest.strip(" ,:—–\"“«") and not rest.startswith(","):
                        phrase = None  # "says Carl Anthony, historian at …, is that «Q»" stays
            if phrase is not None:
                if phrase.pronoun in ("he", "she") or _reported_subject(article, phrase, sentence):
                    # "Bolton said he would advise Trump on «Q»": the named speaker of an
                    # outer cue in the sentence is who the quote is reported from.
                    outer = _outer(article, cue, sentence, phrase)
                    if outer is not None:
                        return outer
                return Found(phrase, cue, 0.8)
    cues = near
    if colon:
        at = text.rfind(":", 0, span.open_start)
        # "… – Michael P. McDonald:" names the speaker; otherwise the subject speaks:
        # "Clinton’s response was:", "He also played up his strength:".
        phrase = phrase_before(text, start, at, lex)
        if phrase is None or phrase.kind is not SpeakerKind.PERSON:
            phrase = subject(text, start, at, lex) or phrase
        if phrase is not None:
            return Found(phrase, Cue(at, at + 1, ":"), 0.6)
    if cues:
        return Found(None, cues[-1], 0.4)
    return None


# The verb after a sentence's subject: a lower-case word, an auxiliary or adverb allowed.
_MAIN_VERB = re.compile(
    r"[ \t]{1,3}(?:(?:has|have|had|is|was|also|then|later|again|repeatedly|once|now)[ \t]{1,3}){0,2}([a-z][a-z\-]{1,20})\b"
)


def _sentence_subject(article: _Article, span: QuoteSpan) -> Found | None:
    """Rule 4b: a phrase quoted inside a sentence with no cue belongs to the sentence's
    subject, its main verb the cue: `Clinton supports «appropriate pay raises»`."""
    text = article.text
    start = article.sentences.bounds(article.sentences.index(span.open_start))[0]
    if span.open_start - start > _LEADING_WINDOW or not text[start : span.open_start].strip(_OPENING):
        return None
    phrase = subject(text, start, span.open_start, article.lex)
    if phrase is None or (phrase.name is None and phrase.pronoun is None):
        return None
    verb = _MAIN_VERB.match(text, phrase.end, span.open_start)
    if verb is None or not _finite(verb.group(1)):
        return None
    return Found(phrase, Cue(verb.start(1), verb.end(1), verb.group(1)), 0.35)


# Irregular past forms common after a subject in news copy.
_IRREGULAR_PAST = frozenset(
    {"said", "told", "wrote", "took", "gave", "made", "saw", "spoke", "got", "put", "went", "came", "kept", "felt", "thought", "sent", "led", "won", "lost", "ran", "held", "brought"}
)


def _finite(word: str) -> bool:
    """True when `word` looks like a finite verb: "supports", "praised", "took"."""
    return word in _IRREGULAR_PAST or word.endswith("ed") or word.endswith("s") and not word.endswith("ss")


def _participle_subject(article: _Article, cue: Cue, start: int) -> Phrase | None:
    return participle_subject(article.text, article.cues_between(start, cue.start), start, cue, article.lex)


def _inside_unclosed(article: _Article, span: QuoteSpan) -> Found | None:
    """An unclosed quote that runs on past `…, forecaster Ben Adler said`: the cue inside
    it, after a comma and a speaker phrase, is the quote's own."""
    text, lex = article.text, article.lex
    for cue in article.cues_between(span.start, span.end)[:4]:
        phrase = phrase_before(text, max(span.start, cue.start - 120), cue.start, lex)
        if phrase is not None and text[span.start : phrase.start].rstrip().endswith(","):
            return Found(phrase, cue, 0.5)
    return None


def _according_to(article: _Article, found: Found) -> Found | None:
    """`«Q,» O’Malley said, according to the Las Vegas Sun.`: the source that reports the
    words is named last, and is what the quote is attributed to."""
    end = article.sentences.bounds(article.sentences.index(found.cue.start))[1]
    for cue in article.cues_between(found.cue.end, min(end, found.cue.end + 120)):
        if cue.word == "according to":
            phrase = phrase_after(article.text, cue.end, end, article.lex)
            return Found(phrase, cue, found.confidence) if phrase is not None else None
    return None


def _participle_after(article: _Article, span: QuoteSpan, ceiling: int) -> Found | None:
    """`«Q,» adding …` with no other cue: the speaker is the subject of the sentence."""
    cues = article.cues_between(span.close_end, min(ceiling, span.close_end + 20))
    if not cues or not _participle(cues[0]):
        return None
    start = article.sentences.bounds(article.sentences.index(span.open_start))[0]
    phrase = subject(article.text, start, span.open_start, article.lex)
    return Found(phrase, cues[0], 0.6) if phrase is not None else None


def _reported_subject(article: _Article, phrase: Phrase, sentence: int) -> bool:
    """True when `phrase` is the subject of a reported clause: "Israel said Clinton …"."""
    cues = article.cues_between(max(sentence, phrase.start - 40), phrase.start)
    if not cues or cues[-1].word not in PAST_SAY:
        return False
    return article.text[cues[-1].end : phrase.start].strip() in ("", "that")


def _outer(article: _Article, cue: Cue, sentence: int, pronoun: Phrase) -> Found | None:
    """The first saying cue of the sentence, before `pronoun`, when a name speaks it:
    "X said he would advise …"."""
    for earlier in article.cues_between(sentence, pronoun.start):
        if earlier.word in PAST_SAY:
            phrase = phrase_before(article.text, sentence, earlier.start, article.lex)
            if phrase is not None and phrase.kind is SpeakerKind.PERSON and phrase.name:
                return Found(phrase, earlier, 0.75)
            return None
    return None


def _scare_quote(article: _Article, span: QuoteSpan) -> bool:
    """True for a short quoted title, nickname or term: `so-called «experts»`, and for a
    title after a possessive or "on": `on ABC’s «This Week»`, `roles in «The Grinch»`."""
    words = article.text[span.start : span.end].split()
    if len(words) > 6:
        return False
    before = article.text[max(0, span.open_start - 30) : span.open_start].split()
    if not before:
        return False
    last = before[-1].lower().strip(",")
    if len(words) <= 3 and last in article.lex.scare_markers:
        return True
    capitals = sum(1 for word in words if word[:1].isupper())
    titled = capitals == len(words) or len(words) > 2 and capitals >= len(words) - 1
    return titled and (last.endswith(("’s", "'s")) or last in ("on", "in"))


def attribute(
    text: str,
    spans: list[QuoteSpan],
    *,
    headlines: tuple[tuple[int, int], ...] = (),
    language: str | None = None,
) -> list[Quote]:
    """Direct and indirect quotes of `text`, ordered by start.

    With no lexicon for the article's language (given, or guessed when absent) the
    quotes come out without speakers: English rules would name the wrong people.
    """
    top = [span for span in spans if span.parent is None and span.end > span.start]
    if not supported(language or guess_language(text)):
        return [Quote(span.start, span.end, Kind.DIRECT, text[span.start : span.end]) for span in top]
    lex = lexicon(language)
    article = _Article(text, top, lex, language)
    names = Names()
    direct: list[tuple[QuoteSpan, Found | None]] = []
    for k, span in enumerate(top):
        previous = top[k - 1].close_end if k else 0
        following = top[k + 1].open_start if k + 1 < len(top) else len(text)
        line = _headline_of(article, span, headlines)
        found = _headline(article, span, line) if line is not None else None
        if found is None and _scare_quote(article, span):
            continue
        if found is None:
            if _ends_sentence(text, span):
                # «Q.» closes its sentence: a cue before it is more likely its own than
                # one in the next sentence.
                found = _leading(article, span, previous) or _trailing(article, span, following)
            else:
                found = _trailing(article, span, following) or _leading(article, span, previous)
            if found is not None and found.cue is not None and found.cue.start > span.close_end:
                found = _according_to(article, found) or found
            if found is None and not span.closed:
                found = _inside_unclosed(article, span)
                if found is not None and found.phrase is not None:
                    # The quote really ends at the comma before its speaker.
                    cut = text.rfind(",", span.start, found.phrase.start) + 1
                    span = top[k] = replace(span, end=cut, close_end=cut)
            if found is None or found.phrase is None:
                found = _participle_after(article, span, following) or found
            if found is None:
                found = _sentence_subject(article, span)
        direct.append((span, found))
    # A cue after its quote belongs to it alone; one before may also report a clause
    # that ends before the quote begins.
    used = {
        found.cue.start
        for span, found in direct
        if found is not None and found.cue is not None and found.cue.start >= span.close_end
    }
    statements = reported.find(article.text, article.sentences, article.all_cues, top, lex, skip=frozenset(used))
    return _resolve(article, direct, statements, names)


def _resolve(
    article: _Article,
    direct: list[tuple[QuoteSpan, Found | None]],
    statements: list[tuple[int, int, Found]],
    names: Names,
) -> list[Quote]:
    """Quotes in text order, names canonicalised and pronouns resolved as they come."""
    text = article.text
    events: list[tuple[int, int, Kind, Found | None]] = [
        (span.start, span.end, Kind.DIRECT, found) for span, found in direct
    ]
    events += [(start, end, Kind.INDIRECT, found) for start, end, found in statements]
    events.sort(key=lambda event: event[0])
    quotes: list[Quote] = []
    last_direct: tuple[Quote, int] | None = None  # the quote and its closing offset
    for start, end, kind, found in events:
        if (
            kind is Kind.DIRECT and found is not None and found.phrase is None and found.cue is not None
            and last_direct is not None and last_direct[0].cue_start == found.cue.start
        ):
            found = None  # «Q1,» says X, an aside. «Q2»: the cue is Q1's, and so is Q2
        if found is None or found.cue is None:
            quote = _continuation(article, start, last_direct)
            if quote is None and len(text[start:end].split()) <= _UNCUED_WORDS:
                continue  # a title or term in marks that nobody is said to have said
            quote = quote or Quote(start, end, kind, text[start:end])
            quote = Quote(
                start, end, kind, text[start:end], quote.speaker, quote.speaker_kind,
                quote.mention, quote.mention_start, quote.mention_end, quote.cue,
                quote.cue_start, quote.cue_end, quote.confidence,
            )
        else:
            quote = _quote(text, start, end, kind, found, names)
        quotes.append(quote)
        if kind is Kind.DIRECT:
            last_direct = (quote, end)
        elif (
            quote.cue_start is not None and last_direct is not None
            and (quote.cue or "").lower() not in article.lex.belief_verbs
            and not _same_sentence(article, quote.cue_start, last_direct[0].cue_start)
        ):
            last_direct = None  # someone's reported speech stands between two quotes
    return quotes


# A connective before a quote that still opens its sentence: "Instead, «Q»".
_CONNECTIVE = re.compile(r"(?:Instead|Still|But|And|Also|However|Then|Later|Again),[ \t]*")


def _same_sentence(article: _Article, one: int, other: int | None) -> bool:
    return other is not None and article.sentences.index(one) == article.sentences.index(other)


def _continuation(article: _Article, start: int, last: tuple[Quote, int] | None) -> Quote | None:
    """Rule 5: the speaker of the quote just before, when nothing stands between."""
    if last is None or last[0].cue_start is None:
        return None
    quote, end = last
    if article.paragraph(start) - article.paragraph(end) > 1:
        return None
    sentence = article.sentences.bounds(article.sentences.index(start))[0]
    lead = article.text[sentence:start] if start - sentence <= 16 else "…"
    opens = not lead.strip(_OPENING) or _CONNECTIVE.fullmatch(lead.strip(_OPENING)) is not None
    if not opens and article.sentences.index(end) != article.sentences.index(start):
        return None  # a phrase quoted inside a sentence of its own is not the speaker still talking
    own = article.sentences.index(quote.cue_start) if quote.cue_start is not None else -1
    if any(article.sentences.index(cue.start) != own for cue in article.cues_between(end, start)):
        return None  # someone else is cued between the two quotes
    return Quote(
        start, start, Kind.DIRECT, "", quote.speaker, quote.speaker_kind, quote.mention,
        quote.mention_start, quote.mention_end, quote.cue, quote.cue_start, quote.cue_end,
        min(quote.confidence, 0.6),
    )


def _quote(text: str, start: int, end: int, kind: Kind, found: Found, names: Names) -> Quote:
    phrase, cue = found.phrase, found.cue
    speaker, speaker_kind, confidence = None, SpeakerKind.UNKNOWN, found.confidence
    if phrase is not None:
        if phrase.name is not None:
            speaker_kind = phrase.kind
            if phrase.kind is SpeakerKind.PERSON and " " not in phrase.name:
                names.introduce(text, phrase.name, phrase.start)
            speaker = names.canonical(phrase.name) if phrase.kind is SpeakerKind.PERSON else phrase.name
            gender = phrase.gender
            if gender is Gender.UNKNOWN and speaker_kind is SpeakerKind.PERSON:
                gender = names.gender(speaker)
            names.learn(speaker, speaker_kind, gender, phrase.role)
        elif phrase.pronoun is not None or phrase.role is not None:
            resolved = names.resolve(phrase.pronoun, phrase.role if phrase.pronoun is None else None)
            if resolved is not None:
                speaker, speaker_kind = resolved
                confidence *= 0.85
    return Quote(
        start, end, kind, text[start:end], speaker, speaker_kind,
        text[phrase.start : phrase.end] if phrase else None,
        phrase.start if phrase else None, phrase.end if phrase else None,
        cue.word if cue.word == ":" else text[cue.start : cue.end], cue.start, cue.end,
        confidence,
    )
