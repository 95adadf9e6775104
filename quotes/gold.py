"""Gold annotation files: one article per JSONL line with its annotated quotes.

The format is the one of the bundled `samples/*.gold.jsonl` files, described in the
README. Every problem names FILE:LINE and how to fix it.
"""

import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.errors import InputError
from quotes.reader import Article

KINDS = ("direct", "indirect")

@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated quote; offsets are half-open, into the gold article's text."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One line of a gold file."""

    text: str
    quotes: tuple[GoldQuote, ...]
    source: str  # the gold file's path as given
    line: int  # 1-based line number in the gold file
    index: int  # 0-based position among the file's articles
    id: str | None = None
    title: str | None = None
    published: datetime.date | None = None
    outlet: str | None = None

    def article(self) -> Article:
        """The article the extractor reads."""
        return Article(
            text=self.text,
            source=self.source,
            index=self.index,
            title=self.title,
            published=self.published,
            outlet=self.outlet,
        )


_FORMAT_HINT = "see the gold format in the README"


def _offset(where: str, quote: dict[str, Any], key: str, length: int, *, required: bool) -> int | None:
    value = quote.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(f'{where}: "{key}" must be an integer offset, got {value!r} — {_FORMAT_HINT}')
    if not 0 <= value <= length:
        raise InputError(
            f'{where}: "{key}" {value} is outside the text (length {length}) — '
            'offsets are Python string offsets into "text"'
        )
    return value


def _pair(
    where: str, quote: dict[str, Any], first: str, second: str, length: int, *, required: bool
) -> tuple[int | None, int | None]:
    start = _offset(where, quote, first, length, required=required)
    end = _offset(where, quote, second, length, required=required)
    if (start is None) != (end is None):
        raise InputError(
            f'{where}: "{first}" and "{second}" must both be given or both be null — {_FORMAT_HINT}'
        )
    if start is not None and end is not None and start >= end:
        raise InputError(
            f'{where}: "{first}" {start} is not before "{second}" {end} — offsets are half-open [start, end)'
        )
    return start, end


def _gold_quote(where: str, quote: Any, length: int) -> GoldQuote:
    if not isinstance(quote, dict):
        got = type(quote).__name__
        raise InputError(f"{where}: a quote must be a JSON object, got {got} — {_FORMAT_HINT}")
    start, end = _pair(where, quote, "start", "end", length, required=True)
    kind = quote.get("kind")
    if kind not in KINDS:
        raise InputError(f'{where}: "kind" must be "direct" or "indirect", got {kind!r} — {_FORMAT_HINT}')
    mention_start, mention_end = _pair(where, quote, "mention_start", "mention_end", length, required=False)
    cue_start, cue_end = _pair(where, quote, "cue_start", "cue_end", length, required=False)
    speaker = quote.get("speaker")
    cue = quote.get("cue")
    if not isinstance(speaker, str | None) or not isinstance(cue, str | None):
        raise InputError(f'{where}: "speaker" and "cue" must be strings or null — {_FORMAT_HINT}')
    assert start is not None and end is not None  # required above
    return GoldQuote(start, end, kind, speaker, mention_start, mention_end, cue, cue_start, cue_end)


def _published(where: str, value: Any) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f'{where}: "published" {value!r} is not a date — write YYYY-MM-DD or null') from None


def parse_gold(line: str, *, source: str, number: int, index: int) -> GoldArticle:
    """The article on line `number` of `source`; InputError naming FILE:LINE when it is bad."""
    where = f"{source}:{number}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where}: malformed JSON ({error.msg}, column {error.colno}) — each line must be one JSON object"
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(data).__name__} — {_FORMAT_HINT}")
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(f'{where}: no "text" string — each article needs its text in "text"')
    quotes = data.get("quotes", [])
    if not isinstance(quotes, list):
        raise InputError(f'{where}: "quotes" must be a list — {_FORMAT_HINT}')
    title, outlet, id_ = data.get("title"), data.get("outlet"), data.get("id")
    return GoldArticle(
        text=text,
        quotes=tuple(_gold_quote(f"{where}: quote {i + 1}", q, len(text)) for i, q in enumerate(quotes)),
        source=source,
        line=number,
        index=index,
        id=None if id_ is None else str(id_),
        title=title if isinstance(title, str) else None,
        published=_published(where, data.get("published")),
        outlet=outlet if isinstance(outlet, str) else None,
    )


def _open(path: str):  # noqa: ANN202 - a text file object
    try:
        return Path(path).open(encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror} — check the path") from None


def read_gold(path: str) -> Iterator[GoldArticle]:
    """The articles of a gold JSONL file, one line at a time; blank lines are skipped."""
    with _open(path) as file:
        index = 0
        number = 0
        try:
            for number, line in enumerate(file, 1):
                if line.strip():
                    yield parse_gold(line, source=path, number=number, index=index)
                    index += 1
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 (after line {number}) — save gold files as UTF-8") from None


def count_articles(path: str) -> int:
    """How many non-blank lines `path` has: the total for a progress bar."""
    with _open(path) as file:
        try:
            return sum(1 for line in file if line.strip())
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 — save gold files as UTF-8") from None
