"""Decide who said each quote: cues, speaker phrases, pronouns, continuations.

Every top-level quote span goes through a sieve; the first rule that finds a cue wins,
because the nearer and more explicit the cue, the more often it is right:

1. headline: a span inside a headline belongs to the headline's subject ("Kremlin
   Hails …"); headlines have no sentence around them for the other rules to read.
2. trailing cue: `«Q,» X said` / `«Q,» said X` / `«Q,» according to X` — the cue
   follows the closing mark in the same sentence; the commonest pattern in news; or a
   credit after a dash (`«Q.» — X`), as quote lists and fact checks write. A
   quote that ends its own sentence (`«Q.»`) tries rule 3 first, since a cue in the
   next sentence usually opens a statement of its own (`«Q.» He said that …`).
3. leading cue: `X said: «Q»`, `X told reporters «Q»`, `X said that the «partial»`,
   `according to X, «Q»`, and the second half of `«Q1,» X said, «Q2»`; the nearest cue
   first, but a cue inside what an earlier `said` of the sentence reports yields to
   that outer speaker, a name or he or she (`Varga said she would advise the mayor on «Q»`,
   `He said voters would find it «Q»`).
4. colon: `From the minister: «Q»` — an introduction with no verb. Then, in turn: an
   unclosed quote's own cue inside it; a participle after the quote, whose subject
   speaks with the verb before the quote (`Hale hailed it as «Q,» adding …`);
   and the sentence's subject and main verb for a phrase quoted inside a sentence with
   no cue (`Varga supports «fair rents»`), right about half the time on PolNeAR,
   hence the low confidence.
5. continuation: a quote with no cue that directly follows an attributed one (same or
   next paragraph, opening its sentence, nobody else cued in between) inherits its
   speaker, mention and cue.
6. sentence before: a quote no cue attributes that continues nobody belongs to the
   speaker of the first cue of the sentence before it, in the same or the previous
   paragraph (`Bystrom agreed. «Q»`, `… That makes her «Q»`): news copy paraphrases,
   then quotes.
   Right about three times in five on PolNeAR; a reporting verb is required, since the
   subject of any verb there was right one time in four.
7. quote run: a quote still unattributed that only blanks part from the next quote,
   whose cue follows it, or that stands in the sentence that cue ends with no other cue
   between, shares that cue (`«Q1.» «Q2,» X said.`, `«Q1» as … «Q2», X said.`);
   a cue in the quote's own sentence goes before rule 6.

Within rules 2-4 the speaker phrase is resolved the same way: a name is canonicalised
against the article's earlier full names ("Peskov" → "Dmitry Peskov"); a pronoun or
"the spokesman" resolves to the most recent compatible speaker; a relative pronoun
speaks with the phrase before it ("Beck, who", quotes.relatives); a description with no
name ("a police spokeswoman") keeps its mention and gets no speaker. Titles and scare
quotes (`so-called «experts»`, `on ABC’s «This Week»`), short quotes and quotes in a
headline that no rule attributes are dropped. Reported speech without marks comes from quotes.reported and
is dropped where it would overlap a direct quote.

This module runs the sieve and resolves names as quotes come; the rules themselves are
in quotes.rules (the quote's own line and what follows it), quotes.introductions
(what stands before it), quotes.predicates (rule 4b) and quotes.runs
(rule 7).
"""

import re
from enum import StrEnum
from typing import NamedTuple

from quotes import reported
from quotes.coreference import Names
from quotes.introductions import leading, previous_sentence
from quotes.language import guess_language
from quotes.lexicon import Gender, Lexicon, lexicon, supported
from quotes.phrases import SpeakerKind
from quotes.predicates import participle_after, sentence_subject
from quotes.relatives import with_antecedent
from quotes.rules import (
    OPENING,
    Context,
    according_to,
    clause_follows,
    ends_sentence,
    headline,
    headline_of,
    inside_unclosed,
    trailing,
)
from quotes.runs import run_into_next
from quotes.spans import QuoteSpan
from quotes.speakers import Found
from quotes.titles import scare_quote

__all__ = ["Kind", "Quote", "SpeakerKind", "attribute"]


class Kind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


class Quote(NamedTuple):
    """A statement with its speaker. Offsets are half-open, into the article text.

    A NamedTuple rather than a frozen dataclass: one is made for every quote, and a
    tuple is built in C where a frozen dataclass sets its thirteen fields one by one.
    """

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
    article = Context(text, top, lex, language)
    names = Names()
    direct: list[tuple[QuoteSpan, Found | None]] = []
    alone: dict[int, QuoteSpan] = {}  # quotes no cue attributes, by start, for rules 6 and 7
    sourced: set[int] = set()  # cues of speakers whose words an outlet named after them reports
    for k, span in enumerate(top):
        previous = top[k - 1].close_end if k else 0
        following = top[k + 1].open_start if k + 1 < len(top) else len(text)
        line = headline_of(article, span, headlines)
        found = headline(article, span, line) if line is not None else None
        if found is None and scare_quote(article, span):
            continue
        if found is None:
            found = _by_cue(article, span, previous, following)
            if found is not None and found.cue is not None:
                source = according_to(article, found, after=max(found.cue.end, span.close_end))
                if source is not None:
                    # "«Q,» said Berg, …, reports the Sun": "said Berg" still belongs to
                    # the quote, and reports no clause of its own.
                    sourced.add(found.cue.start)
                    found = source
            if found is None and not span.closed:
                found = inside_unclosed(article, span)
                if found is not None and found.phrase is not None:
                    # The quote really ends at the comma before its speaker.
                    cut = text.rfind(",", span.start, found.phrase.start) + 1
                    span = top[k] = span._replace(end=cut, close_end=cut)
            if found is None or found.phrase is None:
                found = participle_after(article, span, following) or found
            if found is None:
                found = sentence_subject(article, span)
            if found is None and line is not None:
                continue  # a headline's own wording, with nobody to say it: "Hacker: Server ‘Like an Orchid’"
            if found is None:
                alone[span.start] = span
        direct.append((span, found))
    # A cue after its quote belongs to it alone; one before may also report a clause
    # that ends before the quote begins.
    used = sourced | {
        found.cue.start
        for span, found in direct
        if found is not None and found.cue is not None and found.cue.start >= span.close_end
    }
    # Quotes in a headline claim that no rule attributes ("Hale: Port Plan ‘a Disaster’")
    # are the claim's wording, not quotes of their own: the claim may hold them.
    quoted = [span for span, _ in direct]
    statements = reported.find(
        article.text, article.sentences, article.all_cues, top, lex, skip=frozenset(used), quoted=quoted
    )
    return _resolve(article, direct, statements, names, alone, run_into_next(article, direct))


def _by_cue(article: Context, span: QuoteSpan, previous: int, following: int) -> Found | None:
    """The quote's speaker and cue from a cue next to it, before or after."""
    if ends_sentence(article.text, span) and not _cue_right_after(article, span):
        # «Q.» closes its sentence: a cue before it is more likely its own than one in the
        # next sentence.
        return leading(article, span, previous) or trailing(article, span, following)
    found = trailing(article, span, following)
    if found is not None and clause_follows(article, span, found):
        # "Varga claimed that «Q,» a judge said the cases differ": a cue that opens a
        # clause of its own yields to the one the quote is in.
        inner = leading(article, span, previous)
        found = inner if inner is not None and inner.phrase is not None else found
    return found or leading(article, span, previous)


def _resolve(
    article: Context,
    direct: list[tuple[QuoteSpan, Found | None]],
    statements: list[tuple[int, int, Found]],
    names: Names,
    alone: dict[int, QuoteSpan],
    runs: dict[int, Found],
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
            if quote is None and kind is Kind.DIRECT and start in alone:
                # Rules 6 and 7, read only now that the quote is known to continue nobody;
                # a cue that ends the quote's own sentence before one of the sentence before.
                run = runs.get(start)
                if run is not None and run.cue is not None and _same_sentence(article, start, run.cue.start):
                    fallback = run
                else:
                    fallback = previous_sentence(article, alone[start]) or run
                quote = _quote(text, start, end, kind, fallback, names, article.lex) if fallback is not None else None
            quote = quote or Quote(start, end, kind, text[start:end])
            quote = Quote(
                start, end, kind, text[start:end], quote.speaker, quote.speaker_kind,
                quote.mention, quote.mention_start, quote.mention_end, quote.cue,
                quote.cue_start, quote.cue_end, quote.confidence,
            )
        else:
            quote = _quote(text, start, end, kind, found, names, article.lex)
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


# A connective before a quote that still opens its sentence: "Instead, «Q»", "Indeed, «Q»".
_CONNECTIVE = re.compile(r"(?:Instead|Still|But|And|Also|However|Then|Later|Again|Indeed|Moreover|Yet|So|Plus),?[ \t]*")


def _cue_right_after(article: Context, span: QuoteSpan) -> bool:
    """True when a lower-case cue follows the closing mark at once (`«Q?» asked Dunn`):
    the quote's final mark does not end the sentence, the cue after it is its own."""
    cues = article.cues_between(span.close_end, span.close_end + 4)
    return bool(cues) and article.text[cues[0].start].islower() and not article.text[span.close_end : cues[0].start].strip(" \t,")


def _same_sentence(article: Context, one: int, other: int | None) -> bool:
    return other is not None and article.sentences.index(one) == article.sentences.index(other)


def _continuation(article: Context, start: int, last: tuple[Quote, int] | None) -> Quote | None:
    """Rule 5: the speaker of the quote just before, when nothing stands between."""
    if last is None or last[0].cue_start is None:
        return None
    quote, end = last
    if article.paragraph(start) - article.paragraph(end) > 1:
        return None
    sentence = article.sentences.bounds(article.sentences.index(start))[0]
    lead = article.text[sentence:start] if start - sentence <= 16 else "…"
    opens = not lead.strip(OPENING) or _CONNECTIVE.fullmatch(lead.strip(OPENING)) is not None
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


def _quote(text: str, start: int, end: int, kind: Kind, found: Found, names: Names, lex: Lexicon) -> Quote:
    phrase, cue = found.phrase, found.cue
    if phrase is not None:
        phrase = with_antecedent(text, phrase, lex)
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
