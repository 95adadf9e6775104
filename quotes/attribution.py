"""Decide who said each quote: cues, speaker phrases, pronouns, continuations."""

from dataclasses import dataclass
from enum import StrEnum

from quotes.spans import QuoteSpan


class Kind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


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


def attribute(
    text: str,
    spans: list[QuoteSpan],
    *,
    headlines: tuple[tuple[int, int], ...] = (),
    language: str | None = None,
) -> list[Quote]:
    """Direct and indirect quotes of `text`, ordered by start.

    Placeholder: every top-level span as an unattributed direct quote.
    """
    return [
        Quote(span.start, span.end, Kind.DIRECT, text[span.start : span.end])
        for span in spans
        if span.parent is None
    ]
