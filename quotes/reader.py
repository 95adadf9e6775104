"""Read articles from files and stdin: plain text, JSON Lines, JSON, CSV and HTML."""

import datetime
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotes.errors import InputError


@dataclass(frozen=True, slots=True)
class Article:
    """One article. `offset` is where `text` starts in its source's decoded text."""

    text: str
    source: str  # the path as given, "-" for stdin
    index: int  # 0-based position of the article within its source
    offset: int = 0  # 0 for structured formats, whose offsets index the text field
    title: str | None = None
    published: datetime.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    headlines: tuple[tuple[int, int], ...] = ()  # [start, end) of headline lines in `text`


def read_articles(
    path: str,
    *,
    encoding: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles in `path` ("-" for stdin).

    A file that cannot be read at all raises InputError. A bad record inside a
    readable file (a malformed JSON line, say) goes to `on_error` and the rest
    of the file is still read; with no `on_error` it is raised.

    Placeholder: whole file as one plain-text article; the full reader replaces it.
    """
    if path == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(path).read_text(encoding=encoding or "utf-8")
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror}") from None
    yield Article(text=text, source=path, index=0)
