"""Read articles from files and stdin: plain text, JSON Lines, JSON, CSV and HTML.

The format comes from the extension (`.txt`, `.jsonl`/`.ndjson`, `.json`, `.csv`/`.tsv`,
`.html`/`.htm`); any other extension is read as plain text when its bytes are text.
Stdin (`-`) is JSON when it starts with `{` or `[`, else plain text. Bytes become
text in `quotes.encoding`.

Plain text holds one or more articles, split as `quotes.layout` says. Each article's
text is a slice of the file's decoded text, so
`file_text[a.offset:a.offset + len(a.text)] == a.text`.
"""

import csv
import datetime
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from quotes.dates import parse_date
from quotes.encoding import decode, refuse_binary, sniff_encoding
from quotes.errors import InputError
from quotes.layout import date_line, headlines_of, text_articles


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

def read_text(text: str, source: str) -> Iterator[Article]:
    """The articles of decoded plain text `text`, split as `quotes.layout` says."""
    for index, found in enumerate(text_articles(text)):
        article_text = text[found.start : found.stop]
        headlines = headlines_of(article_text)
        yield Article(
            text=article_text,
            source=source,
            index=index,
            offset=found.start,
            title=article_text[headlines[0][0] : headlines[0][1]] if headlines else None,
            published=found.published,
            headlines=headlines,
        )


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
    published = parse_date(date_value) if date_value else date_line(text)
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
