"""The sieve's rules that read a quote's own line and what follows it: the headline a
quote stands in, a cue after the closing mark (`«Q,» X said`), an `according to X` that
names the source after that cue, the cue inside a quote left open; and the scare quotes
no rule should attribute.

Every rule takes the article as `Context`, scanned once, and returns a `Found` or None.
"""

import re
from bisect import bisect_left

from quotes.cues import Cue, after_possessive, find_cues
from quotes.lexicon import ENGLISH, Lexicon
from quotes.phrases import Phrase, describe
from quotes.sentences import paragraph_starts, sentences_of
from quotes.spans import QuoteSpan
from quotes.speakers import Found, described_after, phrase_after, phrase_before
from quotes.unknown import unknown_verb


# Opening marks and spaces that may stand before a quote at the start of its sentence.
OPENING = " \t\n\"'“‘«„‚‹(["
# Lines longer than this are paragraphs, not headlines.
_HEADLINE_LENGTH = 140
# How far from a quote's marks a cue may stand and still be read as its cue.
_TRAILING_WINDOW = 250
LEADING_WINDOW = 400
# Adjacent punctuation between a closing mark and a following cue: «Q,» said X; web copy
# often puts a no-break space there.
_GAP_PUNCTUATION = " \t\u00a0,—–-"


class Context:
    """One article's text with its sentences, paragraphs and cues, scanned once."""

    def __init__(self, text: str, spans: list[QuoteSpan], lex: Lexicon, language: str | None) -> None:
        self.text = text
        self.lex = lex
        self.sentences = sentences_of(text, language)
        self.paragraphs = paragraph_starts(text)
        self.spans = spans
        # Cues inside an unclosed quote stay: the quote may really end before them.
        inside = [(s.open_start, s.close_end) for s in spans if s.closed]
        # Every cue reports speech; only those that are not beliefs attribute a quote, nor
        # a participle after a name's possessive ("calling Hale’s proposed levy «Q»").
        self.all_cues = find_cues(text, lex, skip=inside)
        self.cues = [
            cue for cue in self.all_cues
            if cue.word not in lex.belief_verbs and not (text[cue.start - 3] in "’'" and after_possessive(text, cue, lex))
        ]
        self.cue_starts = [cue.start for cue in self.cues]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        i = bisect_left(self.cue_starts, start)
        j = bisect_left(self.cue_starts, end)
        return self.cues[i:j]

    def paragraph(self, offset: int) -> int:
        return bisect_left(self.paragraphs, offset + 1) - 1


def headline_of(article: Context, span: QuoteSpan, headlines: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
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


def headline(article: Context, span: QuoteSpan, line: tuple[int, int]) -> Found | None:
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


def trailing(article: Context, span: QuoteSpan, ceiling: int) -> Found | None:
    """Rule 2: a cue after the closing mark, in the sentence the mark ends."""
    text, lex = article.text, article.lex
    credit = _credit(article, span) or _asked(article, span)
    if credit is not None:
        return credit
    sentence = article.sentences.bounds(article.sentences.index(min(span.close_end + 1, len(text) - 1)))
    end = min(sentence[1], ceiling, span.close_end + _TRAILING_WINDOW)
    cues = article.cues_between(span.close_end, end)
    if not cues:
        return unknown_verb(article.text, span, end, article.lex)
    cue = cues[0]
    if participle(cue):
        return None  # "«Q,» adding …" continues a sentence whose cue came before
    if _INTRODUCES.match(text, cue.end, min(len(text), cue.end + 40)) and (
        ends_sentence(text, span) or not _opens_sentence(article, span)
    ):
        # "After X said «Q», Y said: «…»": the cue introduces the next quote; but a quote
        # that opens the cue's sentence is the subject's ("«Q,» Novak said: that Varga …").
        return None
    gap = text[span.close_end : cue.start]
    if "\n" in gap:
        return None
    if not gap.strip(_GAP_PUNCTUATION):
        return _right_after(article, span, cue, end)
    if ends_sentence(text, span) and cue.word not in _OBJECT_CUES and _NEW_CLAUSE.match(text, cue.end, end):
        # «Q.» Netanyahu has said that …: a new sentence with a statement of its own.
        return None
    bare = gap.strip(_GAP_PUNCTUATION)
    if " " not in bare and bare[:1].isupper():
        # «Q,» From said: one capitalised word before the cue is a name, whatever it means.
        at = span.close_end + gap.index(bare)
        return Found(describe(text, at, at + len(bare), lex), cue, 0.85)
    opening = span.close_end + len(gap) - len(gap.lstrip(_GAP_PUNCTUATION))
    phrase = phrase_after(text, opening, cue.start, lex)
    # The phrase that opens the gap, for a subject that runs on; failing one, a few plain
    # words that end at the cue ("the town’s editorial board wrote", "the two write").
    subject = phrase or _plain_subject(text, opening, cue.start, lex)
    if phrase is not None and _only_apposition(text[phrase.end : cue.start], lex):
        if phrase.name is None:
            # "her own lawyer, Anna M. Weiss, wrote": the apposition may name them.
            named = phrase_before(text, span.close_end, cue.start, lex)
            if named is not None and named.name is not None:
                return Found(named, cue, 0.85)
        return Found(phrase, cue, 0.85)
    phrase = phrase_before(text, span.close_end, cue.start, lex)
    prefix = text[span.close_end : phrase.start].split() if phrase is not None else []
    if phrase is not None and len(prefix) <= 2 and not any(
        w.strip(",").lower() in _LINKS or w.endswith(",") for w in prefix
    ):
        # At most a modifier ("a smiling Novak said"), not a new clause ("until Varga said").
        return Found(phrase, cue, 0.85)
    if ends_sentence(text, span):
        if "," in gap:
            return None  # "«Q.» Dover, he said, was …": a new sentence, a statement of its own
    elif gap.rstrip().endswith(",") and _closes_sentence(text, cue.end, end, lex) is False:
        # "«Q» for the city, said Peter Lind." — the quote ends inside a longer clause.
        phrase = phrase_after(text, cue.end, end, lex)
        if phrase is not None and _closes_sentence(text, phrase.end, end, lex):
            return Found(phrase, cue, 0.7)
    elif phrase is not None and text[span.close_end : phrase.start].rstrip().endswith(","):
        if _closes_sentence(text, cue.end, end, lex):
            return Found(phrase, cue, 0.7)  # "«Q» in comparison to Varga, Novak said."
    if subject is not None and _RUNS_ON.fullmatch(text, subject.end, cue.start):
        # "«Q,» a spokesman for the council Greens said", "«Q,» the Vermont senator and
        # candidate told ABC": the whole gap is the subject, whatever its length.
        return Found(subject, cue, 0.7)
    return None


def _plain_subject(text: str, start: int, end: int, lex: Lexicon) -> Phrase | None:
    words = text[start:end].split()
    if not 0 < len(words) <= 4 or any(not word.strip("’'").replace("’", "").replace("'", "").isalpha() for word in words):
        return None
    if words[0].lower() not in ("the", "a", "an", "his", "her", "their", "its", "our"):
        return None  # a determiner opens a noun phrase; other words may open a clause
    return describe(text, start, start + len(text[start:end].rstrip()), lex)


# What may follow the head of a subject before its cue: words and commas, no sentence
# end, no quote mark, no pronoun that would start a clause of its own.
_RUNS_ON = re.compile(r"(?:[ \t]*,?[ \t]+(?!(?:he|she|they|it|we|I|but|while|when|because|then)\b)[\w’'\-.()]+){0,20}[ \t,]*")


def _credit(article: Context, span: QuoteSpan) -> Found | None:
    """`«Q.» — Anna Varga.`: a credit line names the speaker; the dash is the cue."""
    text = article.text
    credit = _CREDIT.match(text, span.close_end, min(len(text), span.close_end + 12))
    if credit is None:
        return None
    line_end = text.find("\n", credit.end(), credit.end() + 120)
    stop = article.sentences.bounds(article.sentences.index(credit.end()))[1]
    phrase = phrase_after(text, credit.end(), min(stop, line_end if line_end >= 0 else stop), article.lex)
    if phrase is None or phrase.pronoun is not None or not _CREDIT_END.match(text, phrase.end):
        return None
    return Found(phrase, Cue(credit.end(1) - 1, credit.end(1), "—"), 0.7)


def _asked(article: Context, span: QuoteSpan) -> Found | None:
    """`Asked whether Lind «has the integrity to serve,» 75 percent said yes`: a sentence
    that opens with "Asked" quotes the question put, before its first comma; the one who
    asked it speaks, named after "by" or nobody."""
    text = article.text
    start = article.sentences.bounds(article.sentences.index(span.open_start))[0]
    opening = _ASKED.match(text, start, span.open_start)
    if opening is None or span.open_start - opening.end() > _ASKED_LENGTH or "," in text[opening.end() : span.open_start]:
        return None
    asker = phrase_after(text, opening.end(), span.open_start, article.lex) if opening.group(2) else None
    return Found(asker, Cue(opening.start(1), opening.end(1), "asked"), 0.6)


# "Asked whether …", "Asked by Thrush if …": the question put, perhaps with who put it.
_ASKED = re.compile(r"[ \t\n\"'“‘«]{0,4}(Asked)[ \t]+(by[ \t]+)?")
# How long the question before its quote may run.
_ASKED_LENGTH = 150


# A dash after a quote, on its line or the next, and a capital: a credit line. The
# horizontal bar ― is the quotation dash of typesetting; no-break spaces often flank it.
_CREDIT = re.compile(r"[ \t\u00a0]*\n?\n?[ \t\u00a0]*(--?|—|–|―)[ \t\u00a0]*(?=[A-Z@])")
# What ends a credit's name: punctuation or the end of the line.
_CREDIT_END = re.compile(r"[ \t]*(?:[.,;(]|\n|$)")


def _right_after(article: Context, span: QuoteSpan, cue: Cue, end: int) -> Found:
    """`«Q,» said X` and `«Q,» X said` with nothing between the mark and the cue."""
    phrase = phrase_after(article.text, cue.end, end, article.lex)
    if phrase is None:
        # "Ron Hale’s «forty days» comment": the cue is a noun, its owner speaks.
        phrase = _owner_before(article, span)
    if phrase is None:
        # "«Q,» says the film’s narrator": a description phrase_after does not read.
        phrase = described_after(article.text, cue.end, end, article.lex)
        return Found(phrase, cue, 0.7 if phrase else 0.5)
    return Found(phrase, cue, 0.9)


# After a cue, the start of a reported clause: "that", a pronoun, an article or a name.
_NEW_CLAUSE = re.compile(
    r"[ \t]{1,3}(?:(?:that|he|she|they|it|we|the|a|an|his|her|their|this|these|both|all|its|our|those|there|you|if|whether|how|what|why)\b"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])",
    re.ASCII,
)


# Cues whose object, not a clause, follows: "«Q?» he told Dover Radio", "Todd asked the mogul".
_OBJECT_CUES = frozenset({"told", "tells", "asked", "asks", "told reporters"})


def clause_follows(article: Context, span: QuoteSpan, found: Found) -> bool:
    """True when a trailing cue, with its speaker, goes on into a clause of its own and
    the quote does not open its sentence: «Q» is then inside an earlier statement."""
    if found.cue is None or found.cue.start < span.close_end or _opens_sentence(article, span):
        return False
    end = max(found.cue.end, found.phrase.end if found.phrase is not None else 0)
    if found.cue.word in _OBJECT_CUES:
        # "«Q,» he told the New York Times.": the one told, a name, closes nothing yet.
        told = _TOLD.match(article.text, end, min(len(article.text), end + 60))
        end = told.end() if told else end
    return _SENTENCE_CLOSE.match(article.text, end, min(len(article.text), end + 80)) is None


# The one told after a cue: a name of a few capitalised words, "the" before it.
_TOLD = re.compile(r"[ \t]+(?:the[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,4}")


def _opens_sentence(article: Context, span: QuoteSpan) -> bool:
    start = article.sentences.bounds(article.sentences.index(span.open_start))[0]
    return not article.text[start : span.open_start].strip(OPENING)


def ends_sentence(text: str, span: QuoteSpan) -> bool:
    # Read back from the end rather than copy the whole quote to strip it.
    end = span.end
    while end > span.start and text[end - 1] in "\"'”’»)":
        end -= 1
    return end > span.start and text[end - 1] in ".!?"


def _owner_before(article: Context, span: QuoteSpan) -> Phrase | None:
    """The possessive right before a quote's opening mark, as a speaker phrase."""
    text = article.text
    start = max(0, span.open_start - 4)
    before = text[start : span.open_start].rstrip()
    if not before.endswith(("’s", "'s")):
        return None
    end = start + len(before) - 2
    owner = phrase_before(text, max(0, end - LEADING_WINDOW), end, article.lex)
    return owner if owner is not None and owner.name is not None else None


# After a cue, a colon: it introduces what follows ("Novak said: …", "said in a statement:").
# Words between the cue and a colon; a dot only inside a word ("U.S"), since a word
# ending in one ("Friday.") ends the sentence and the colon belongs to the next.
_INTRODUCES = re.compile(r"(?:[ \t]{1,3}[\w’'\-]{1,20}(?:\.[\w’'\-]{1,20}){0,3}){0,4}[ \t]{0,2}:")


# Words that open a new clause between a quote and a later cue.
_LINKS = frozenset(
    {"until", "when", "while", "after", "before", "because", "as", "and", "but", "or", "if", "since", "though", "so", "then", "where"}
)


def participle(cue: Cue) -> bool:
    return cue.word.endswith("ing") and " " not in cue.word


def _closes_sentence(text: str, position: int, end: int, lex: Lexicon) -> bool:
    """True when the sentence ends after a cue, perhaps after a time or place phrase."""
    return _SENTENCE_CLOSE.match(text, position, min(len(text), position + 80)) is not None


# After a cue: the full stop, or an adverb or a short time, place or "to" phrase and then
# the full stop ("says directly to the camera."), or
# a comma that does not open another quote ("Novak asked, looking pleased").
_SENTENCE_CLOSE = re.compile(
    r"[ \t]{0,3}(?:[a-z]+ly[ \t]{1,3})?(?:(?:on|in|at|during|last|this|after|before|from|to)\b[^.,;:!?“”\"«»\n]{0,60})?"
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


_TIME = ENGLISH.weekdays | frozenset(
    {
        "on", "yesterday", "today", "last", "this", "week", "night", "morning", "evening",
        "afternoon", "earlier", "later", "in", "a", "an", "the", "statement", "interview",
        "at", "during", "after", "before", "to", "of", "from", "by",
    }
)


def according_to(article: Context, found: Found, *, after: int) -> Found | None:
    """`«Q,» O’Malley said, according to the Las Vegas Sun.`: the source that reports the
    words is named last, and is what the quote is attributed to; so too after a quote
    whose cue came before it (`Hale wrote that «Q,» according to the letter`)."""
    end = article.sentences.bounds(article.sentences.index(found.cue.start))[1]
    text = article.text
    for cue in article.cues_between(after, min(end, after + 120)):
        if cue.word == "according to":
            phrase = phrase_after(text, cue.end, end, article.lex)
            return Found(phrase, cue, found.confidence) if phrase is not None else None
        if cue.word in _REPORTED:
            # "…, the Dover Sun reported." / "…, reports the Harbour Times.": the outlet that
            # reports the words closes the sentence after a comma.
            if _SENTENCE_CLOSE.match(text, cue.end, min(len(text), cue.end + 80)):
                source = phrase_before(text, max(after, cue.start - 60), cue.start, article.lex)
                opening = source.start if source is not None else cue.start
            else:
                source = phrase_after(text, cue.end, end, article.lex)
                opening = cue.start
                if source is not None and not _SENTENCE_CLOSE.match(text, source.end, end):
                    source = None
            if source is not None and source.name is not None and text[after:opening].rstrip(" \t”\"’").endswith(","):
                return Found(source, cue, found.confidence)
    return None


# An outlet's verb after the words it reports: "…, the Dover Sun reported."
_REPORTED = frozenset({"reported", "reports"})


def inside_unclosed(article: Context, span: QuoteSpan) -> Found | None:
    """An unclosed quote that runs on past `…, forecaster Ben Adler said`: the cue inside
    it, after a comma and a speaker phrase, is the quote's own."""
    text, lex = article.text, article.lex
    for cue in article.cues_between(span.start, span.end)[:4]:
        phrase = phrase_before(text, max(span.start, cue.start - 120), cue.start, lex)
        if phrase is not None and text[span.start : phrase.start].rstrip().endswith(","):
            return Found(phrase, cue, 0.5)
    return None
