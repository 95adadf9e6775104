"""Write rows for people (a rich table on stderr's neighbour, stdout) or for programs.

Rows are mappings from column name to value; every writer streams them.
"""

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"


def shorten(text: str, width: int = 80) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_json(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """A JSON array, written one element at a time so memory stays flat."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(("," if count else "") + "\n  " + json.dumps(row, ensure_ascii=False, default=str))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_csv(
    rows: Iterable[Mapping[str, Any]],
    out: TextIO,
    columns: Sequence[str],
    *,
    headers: bool = True,
) -> int:
    """RFC 4180 CSV: CRLF line ends, fields quoted when they need it."""
    writer = csv.writer(out, lineterminator="\r\n")
    if headers:
        writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
        count += 1
    return count


def write_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    *,
    title: str | None = None,
    console: Console | None = None,
) -> int:
    """A rich table for a terminal; None shows as an empty cell."""
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column)
    count = 0
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        count += 1
    (console or Console(file=sys.stdout)).print(table)
    return count


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: Format,
    columns: Sequence[str],
    *,
    out: TextIO | None = None,
    headers: bool = True,
    title: str | None = None,
) -> int:
    """Write `rows` in `fmt`; returns how many were written."""
    out = out or sys.stdout
    if fmt is Format.JSONL:
        return write_jsonl(rows, out)
    if fmt is Format.JSON:
        return write_json(rows, out)
    if fmt is Format.CSV:
        return write_csv(rows, out, columns, headers=headers)
    return write_table(rows, columns, title=title, console=Console(file=out))
