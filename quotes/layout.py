"""Plain-text layout: how a text file splits into articles, and their date lines and headlines.

A line that is only `---`, `***` or `===` (three or more) or a form feed separates
articles, and so does a date line standing alone once the current article's body has
begun. Blank lines around an article are no part of it, and neither is a comment form
or sharing widget after its body. A headline is a one-line paragraph shaped like one.
Offsets are into the text given, never shifted.
"""

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from quotes.dates import parse_date

_SEPARATOR = re.compile(r"[ \t]*(?:-{3,}|\*{3,}|={3,})[ \t]*")
_SENTENCE_END = ".!?:;,…"
_CLOSERS = "\"'”’»“‘«)]›‹"
_HEADLINE_WORDS = 20
# Comment forms and sharing widgets that blogs append after the article; never news.
# Whole lines only, so a sentence that starts "Share this with…" stays in the body.
_BOILERPLATE = re.compile(
    r"leave a (?:reply|comment)(?: cancel reply)?|post a comment|comments?(?: \(\d+\))?:?"
    r"|\d+ (?:comments?|responses?|replies)|your email address will not be published\.?"
    r"(?: required fields are marked \*)?|required fields are marked \*|like this:?"
    r"|share this(?: article| story| post)?:?|related(?: posts| articles| stories)?:?"
    r"|you (?:may|might) also like:?|post navigation|subscribe to our newsletter",
    re.IGNORECASE,
)


class _Kind(StrEnum):
    BLANK = "blank"
    SEPARATOR = "separator"  # ---, ***, ===, or a form feed alone
    DATE = "date"  # a date and nothing else
    HEADLINE = "headline"  # shaped like one; a headline when it is a paragraph of its own
    BODY = "body"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first character
    stop: int  # offset after the last character, without "\r\n" / "\n"
    text: str
    kind: _Kind
    date: datetime.date | None = None


def _lines(text: str) -> Iterator[_Line]:
    """The lines of `text`, split on "\\n" only (str.splitlines also splits on \\f, \\x1c…)."""
    start = 0
    while True:
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        stop = end - 1 if end > start and text[end - 1] == "\r" else end
        line = text[start:stop]
        date = parse_date(line, strict=True)
        yield _Line(start, stop, line, _kind(line, date), date)
        if newline < 0:
            return
        start = newline + 1


def _kind(line: str, date: datetime.date | None) -> _Kind:
    if "\f" in line and not line.replace("\f", "").strip() or _SEPARATOR.fullmatch(line):
        return _Kind.SEPARATOR
    if not line.strip():
        return _Kind.BLANK
    if date:
        return _Kind.DATE
    return _Kind.HEADLINE if _headline_shaped(line) else _Kind.BODY


def _headline_shaped(line: str) -> bool:
    """Short, with letters, and not ending like a sentence: a headline or crosshead."""
    # Cheapest tests first: this runs on every line of every file.
    if len(line) > _HEADLINE_WORDS * 20:
        return False
    tail = line.rstrip().rstrip(_CLOSERS).rstrip()
    if not tail or tail[-1] in _SENTENCE_END:
        return False
    return len(line.split()) <= _HEADLINE_WORDS and any(c.isalpha() for c in line)


def _is_boilerplate(line: str) -> bool:
    return len(line) <= 100 and bool(_BOILERPLATE.fullmatch(" ".join(line.split())))


class TextArticle(NamedTuple):
    """Where one article of a plain text lies: `text[start:stop]`, with its date line's date."""

    start: int
    stop: int
    published: datetime.date | None


def text_articles(text: str) -> Iterator[TextArticle]:
    """The articles of `text`, in order; one article's lines in memory at a time."""
    for lines in _segments(_lines(text)):
        found = _article(lines)
        if found is not None:
            yield found


def _segments(lines: Iterator[_Line]) -> Iterator[list[_Line]]:
    """The lines of each article, separators left out; one article in memory at a time."""
    current: list[_Line] = []
    body = False  # has the current article's body begun?
    for line in lines:
        if line.kind is _Kind.SEPARATOR:
            yield current
            current, body = [], False
            continue
        # A date standing alone after a body opens the next article; before a body
        # (under a headline, say) it is this article's date line.
        if line.kind is _Kind.DATE and body and current[-1].kind is _Kind.BLANK:
            yield current
            current, body = [], False
        body = body or line.kind is _Kind.BODY
        current.append(line)
    yield current


def _article(lines: list[_Line]) -> TextArticle | None:
    lines = _trim(lines)
    body = False
    for i, line in enumerate(lines):
        if body and _is_boilerplate(line.text):
            lines = _trim(lines[:i])
            break
        body = body or line.kind is _Kind.BODY
    if not lines:
        return None
    start, stop = lines[0].start, lines[-1].stop
    start += len(lines[0].text) - len(lines[0].text.lstrip())
    stop -= len(lines[-1].text) - len(lines[-1].text.rstrip())
    return TextArticle(start, stop, _date_line(lines))


def _trim(lines: list[_Line]) -> list[_Line]:
    first = next((i for i, line in enumerate(lines) if line.kind is not _Kind.BLANK), len(lines))
    last = next((i for i in range(len(lines), first, -1) if lines[i - 1].kind is not _Kind.BLANK), first)
    return lines[first:last]


def _date_line(lines: Iterable[_Line]) -> datetime.date | None:
    """The date of the first date line before the body (under or over the headline)."""
    for line in lines:
        if line.kind is _Kind.DATE:
            return line.date
        if line.kind is _Kind.BODY:
            return None
    return None


def headlines_of(text: str, *, lines_are_paragraphs: bool = False) -> tuple[tuple[int, int], ...]:
    """[start, end) of the lines of `text` that are one-line paragraphs shaped like headlines.

    Lines split on "\\n" only, as `_lines` splits them. `lines_are_paragraphs`: every line
    is a paragraph of its own (extracted HTML), so no blank line need surround it.
    """
    found = []
    lines = text.split("\n")
    start = 0
    for i, line in enumerate(lines):
        line_start, start = start, start + len(line) + 1
        line = line.removesuffix("\r")
        # Runs on every line the writer reads: most lines end like a sentence or are
        # blank, which the last character tells; then the shape, the date and the neighbours.
        if not line or line[-1] in _SENTENCE_END:
            continue
        if not _headline_shaped(line) or _kind(line, parse_date(line, strict=True)) is not _Kind.HEADLINE:
            continue
        if lines_are_paragraphs or (
            (i == 0 or _is_blank(lines[i - 1])) and (i + 1 == len(lines) or _is_blank(lines[i + 1]))
        ):
            content = line.strip()
            first = line_start + line.index(content[0])
            found.append((first, first + len(content)))
    return tuple(found)


def _is_blank(line: str) -> bool:
    """Whether `_kind` calls the line blank: whitespace only, and no form feed (a separator)."""
    return not line.strip() and "\f" not in line


def date_line(text: str) -> datetime.date | None:
    """The date of the first date line of `text` before its body, if any."""
    return _date_line(_lines(text))
