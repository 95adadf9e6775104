"""The extractor: article in, quote records out. Pure; never touches a database."""

from collections.abc import Iterator
from dataclasses import dataclass

from quotes.attribution import Quote, attribute
from quotes.reader import Article
from quotes.spans import find_spans


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """What `quotes extract` prints for one quote: the contract with the store.

    Offsets are into the source's decoded text (the article's own text for JSON and
    CSV inputs), so `source text[start:end] == text`.
    """

    source: str
    article: int
    title: str | None
    published: str | None  # ISO date
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    confidence: float


FIELDS = tuple(QuoteRecord.__dataclass_fields__)


def extract(article: Article) -> list[Quote]:
    """The quotes of one article, offsets into `article.text`."""
    spans = find_spans(article.text)
    return attribute(
        article.text, spans, headlines=article.headlines, language=article.language
    )


def _shift(value: int | None, offset: int) -> int | None:
    return None if value is None else value + offset


def to_record(article: Article, quote: Quote) -> QuoteRecord:
    """The record of `quote`, its offsets moved into the source's text."""
    offset = article.offset
    return QuoteRecord(
        source=article.source,
        article=article.index,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        kind=str(quote.kind),
        start=quote.start + offset,
        end=quote.end + offset,
        text=quote.text,
        speaker=quote.speaker,
        speaker_kind=str(quote.speaker_kind),
        mention=quote.mention,
        mention_start=_shift(quote.mention_start, offset),
        mention_end=_shift(quote.mention_end, offset),
        cue=quote.cue,
        cue_start=_shift(quote.cue_start, offset),
        cue_end=_shift(quote.cue_end, offset),
        confidence=round(quote.confidence, 3),
    )


def records(article: Article) -> Iterator[QuoteRecord]:
    """The records of every quote in `article`."""
    for quote in extract(article):
        yield to_record(article, quote)
