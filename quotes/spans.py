"""Find quoted spans in text: pure, character-level, linear time, never raises."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch of text. Offsets are half-open `[start, end)` into the input.

    `start`/`end` bound the quoted content without its marks, trimmed of spaces, so
    `text[start:end]` is the quote. `open_start`/`close_end` bound it with its marks.
    """

    start: int
    end: int
    open_start: int
    close_end: int
    open_mark: str
    close_mark: str  # "" when the quote was never closed
    closed: bool
    parent: int | None = None  # index of the enclosing span in the result; None at top level
    paragraphs: int = 1  # how many paragraphs the quote runs through


_PAIRS = {"«": "»", "“": "”"}


def find_spans(text: str) -> list[QuoteSpan]:
    """Every quote span in `text`, ordered by `open_start`; nested spans follow their parent.

    Placeholder pairing of «» and “” only; the full scanner replaces it.
    """
    spans: list[QuoteSpan] = []
    i = 0
    while i < len(text):
        close = _PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        if j < 0:
            break
        spans.append(QuoteSpan(i + 1, j, i, j + 1, text[i], close, True))
        i = j + 1
    return spans
