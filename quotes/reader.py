"""Read articles from files and stdin: plain text, JSON Lines, JSON, CSV and HTML.

The format comes from the extension (`.txt`, `.jsonl`/`.ndjson`, `.json`, `.csv`/`.tsv`,
`.html`/`.htm`); any other extension is read as plain text when its bytes are text.
Stdin (`-`) is JSON when it starts with `{` or `[`, else plain text. Bytes become
text in `quotes.encoding`.

Plain text holds one or more articles. A line that is only `---`, `***` or `===`
(three or more) or a form feed separates articles, and so does a date line standing
alone once the current article's body has begun. Each article's text is a slice of
the file's decoded text, so `file_text[a.offset:a.offset + len(a.text)] == a.text`.
"""

import csv
import datetime
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from quotes.dates import parse_date
from quotes.encoding import decode, refuse_binary, sniff_encoding
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


OnError = Callable[[InputError], None]

_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_SNIFF = 8192

# Field names accepted in JSON objects and CSV headers, most usual first.
_TEXT_FIELDS = ("text", "body", "content")
_TITLE_FIELDS = ("title", "headline")
_DATE_FIELDS = ("published", "date", "published_at", "pubdate")
_URL_FIELDS = ("url", "link")
_OUTLET_FIELDS = ("outlet", "source", "publisher", "site")
_LANGUAGE_FIELDS = ("language", "lang")


def read_articles(
    path: str,
    *,
    encoding: str | None = None,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Yield the articles in `path` ("-" for stdin).

    A file that cannot be read at all raises InputError. A bad record inside a
    readable file (a malformed JSON line, say) goes to `on_error` and the rest
    of the file is still read; with no `on_error` it is raised.
    """
    report = on_error or _raise
    if path == "-":
        yield from _read_stdin(encoding, report)
        return
    kind = _FORMATS.get(Path(path).suffix.lower(), "text")
    with _open(path) as stream:
        if kind == "jsonl":
            yield from _read_jsonl(stream, path, encoding, report)
        elif kind == "csv":
            yield from _read_csv(stream, path, encoding, report)
        elif kind == "html":
            yield from _read_html(stream.read(), path, encoding)
        else:
            data = stream.read()
            text = decode(data, path, encoding=encoding)
            if kind == "json":
                yield from _read_json(text, path, report)
            else:
                yield from read_text(text, path)


def _raise(error: InputError) -> None:
    raise error


def _open(path: str) -> IO[bytes]:
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise InputError(f"{path} does not exist; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; give the article files in it") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None


def _read_stdin(encoding: str | None, report: OnError) -> Iterator[Article]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    text = decode(data, _label("-"), encoding=encoding)
    first = text.lstrip()[:1]
    if first == "[":
        yield from _read_json(text, "-", report)
    elif first == "{":
        # One object per line is JSON Lines; an object spread over lines is one JSON document.
        head = text.lstrip().split("\n", 1)[0]
        if _is_json(head):
            yield from _jsonl_lines(io.StringIO(text), "-", report)
        else:
            yield from _read_json(text, "-", report)
    else:
        yield from read_text(text, "-")


def _label(source: str) -> str:
    """How messages name `source`."""
    return "stdin" if source == "-" else source


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- plain text

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


def read_text(text: str, source: str) -> Iterator[Article]:
    """The articles of decoded plain text `text` (see the module docstring for the rules)."""
    index = 0
    for lines in _segments(_lines(text)):
        article = _text_article(text, lines, source, index)
        if article is not None:
            yield article
            index += 1


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


def _text_article(text: str, lines: list[_Line], source: str, index: int) -> Article | None:
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
    article_text = text[start:stop]
    headlines = headlines_of(article_text)
    title = article_text[headlines[0][0] : headlines[0][1]] if headlines else None
    return Article(
        text=article_text,
        source=source,
        index=index,
        offset=start,
        title=title,
        published=_date_line(lines),
        headlines=headlines,
    )


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
        # blank, so the cheap shape test comes before the date and the neighbours.
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


# ---------------------------------------------------------------- JSON, JSON Lines

def _field(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of `names` that holds a non-empty string (numbers as text)."""
    for name in names:
        value = record.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _record_article(record: Any, where: str, source: str, index: int) -> Article:
    """The article a JSON object or CSV row describes; InputError naming `where` if none."""
    if not isinstance(record, dict):
        raise InputError(
            f"{where}: expected an object with a text field, found {type(record).__name__}; "
            "give one article object per record"
        )
    text = _field(record, _TEXT_FIELDS)
    if text is None:
        raise InputError(f"{where}: no article text; put it in a field named text, body or content")
    headlines = headlines_of(text)
    date_value = _field(record, _DATE_FIELDS)
    published = parse_date(date_value) if date_value else _date_line(_lines(text))
    title = _field(record, _TITLE_FIELDS)
    if title is None and headlines:
        title = text[headlines[0][0] : headlines[0][1]]
    return Article(
        text=text,
        source=source,
        index=index,
        title=title.strip() if title else None,
        published=published,
        outlet=_field(record, _OUTLET_FIELDS),
        url=_field(record, _URL_FIELDS),
        language=_field(record, _LANGUAGE_FIELDS),
        headlines=headlines,
    )


def _read_json(text: str, source: str, report: OnError) -> Iterator[Article]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{_label(source)}:{error.lineno}: not valid JSON ({error.msg}); "
            "fix it, or use .jsonl for one object per line"
        ) from None
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        document = document["articles"]
    records = document if isinstance(document, list) else [document]
    for index, record in enumerate(records):
        try:
            yield _record_article(record, f"{_label(source)}: article {index}", source, index)
        except InputError as error:
            report(error)


def _read_jsonl(stream: IO[bytes], source: str, encoding: str | None, report: OnError) -> Iterator[Article]:
    codec, bom = sniff_encoding(_peek(stream), source, encoding=encoding)
    stream.read(bom)
    lines: Iterator[str | UnicodeDecodeError]
    if codec.replace("_", "-").lower().startswith(("utf-16", "utf-32")):
        lines = io.TextIOWrapper(stream, encoding=codec, newline="")
    else:
        # Decode line by line, so one bad byte costs one record, not the file.
        lines = (_decode_line(raw, codec) for raw in stream)
    yield from _jsonl_lines(lines, source, report)


def _decode_line(raw: bytes, codec: str) -> str | UnicodeDecodeError:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as error:
        return error


def _jsonl_lines(lines: Iterable[str | UnicodeDecodeError], source: str, report: OnError) -> Iterator[Article]:
    index = 0
    for number, line in enumerate(lines, 1):
        where = f"{_label(source)}:{number}"
        if isinstance(line, UnicodeDecodeError):
            message = f"{where}: not valid {line.encoding} at byte {line.start}; fix the line or give --encoding"
            report(InputError(message))
            index += 1
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            report(InputError(f"{where}: not valid JSON ({error.msg}, column {error.colno}); fix or remove the line"))
        else:
            try:
                yield _record_article(record, where, source, index)
            except InputError as error:
                report(error)
        index += 1


def _peek(stream: IO[bytes]) -> bytes:
    position = stream.tell()
    head = stream.read(_SNIFF)
    stream.seek(position)
    return head


# ---------------------------------------------------------------- CSV

# One article body can be far longer than the csv module's default 128 KiB field limit.
csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))


def _read_csv(stream: IO[bytes], source: str, encoding: str | None, report: OnError) -> Iterator[Article]:
    codec, bom = sniff_encoding(_peek(stream), source, encoding=encoding)
    stream.read(bom)
    text = io.TextIOWrapper(stream, encoding=codec, newline="")
    try:
        header_line = text.readline()
        if not header_line.strip():
            raise InputError(f"{source} has no header row; start it with a row of column names (text, title, date…)")
        # A European spreadsheet saves with ";", a TSV with tabs: take the header's choice.
        delimiter = max(",;\t", key=header_line.count)
        header = [name.strip().lower() for name in next(csv.reader([header_line], delimiter=delimiter))]
        if not set(header) & set(_TEXT_FIELDS):
            raise InputError(
                f"{source} has no text column (header: {', '.join(header)}); "
                "name the article column text, body or content"
            )
        rows = csv.reader(text, delimiter=delimiter)
        index, line = 0, 2
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as error:
                report(InputError(f"{source}:{line}: {error}; fix the quoting of this row"))
                line = rows.line_num + 2
                index += 1
                continue
            where = f"{source}:{line}"
            line = rows.line_num + 2
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                report(InputError(f"{where}: {len(row)} fields, the header has {len(header)}; "
                                  "quote fields that contain the delimiter"))
            else:
                try:
                    yield _record_article(dict(zip(header, row)), where, source, index)
                except InputError as error:
                    report(error)
            index += 1
    except UnicodeDecodeError as error:
        raise InputError(f"{source} is not valid {codec} ({error.reason}); give the right --encoding") from None


# ---------------------------------------------------------------- HTML

def _read_html(data: bytes, source: str, encoding: str | None) -> Iterator[Article]:
    try:
        import trafilatura
    except ImportError:
        raise InputError("reading HTML needs the html extra — pip install 'quotes[html]'") from None
    # Refuse binary and empty files with our messages; trafilatura reads the charset
    # from the page itself unless one is forced.
    page: str | bytes = decode(data, source, encoding=encoding) if encoding else data
    if not encoding:
        refuse_binary(data[:_SNIFF], source)
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        raise InputError(f"{source}: found no article text in this page; save the article as plain text instead")
    text = document.text.strip()
    return iter([
        Article(
            text=text,
            source=source,
            index=0,
            title=document.title or None,
            published=parse_date(document.date) if document.date else None,
            outlet=document.sitename or None,
            url=document.url or None,
            language=document.language or None,
            headlines=headlines_of(text, lines_are_paragraphs=True),
        )
    ])
