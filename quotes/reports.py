"""Named reports (SQL views made by migration 0002) and a read-only SQL runner.

The views exist so sqlite3, psql or Datasette users get the same reports as `quotes report`.
`run_sql` refuses writes on both engines by the database's own means, not by parsing SQL:
SQLite gets a read-only connection with `query_only` and an authorizer; PostgreSQL a
read-only transaction that is always rolled back.
"""

import contextlib
import datetime
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import regex
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes.database import mask_url
from quotes.errors import DatabaseError, InputError


class Report(StrEnum):
    SPEAKER_SUMMARY = "speaker_summary"
    QUOTES_BY_MONTH = "quotes_by_month"
    OUTLET_SPEAKERS = "outlet_speakers"
    UNATTRIBUTED_QUOTES = "unattributed_quotes"
    CUE_USAGE = "cue_usage"


# Each view's columns and the order that reads best; the view itself has no order.
REPORT_COLUMNS: dict[Report, tuple[str, ...]] = {
    Report.SPEAKER_SUMMARY: ("speaker", "kind", "quotes", "articles", "first_date", "last_date"),
    Report.QUOTES_BY_MONTH: ("speaker", "month", "quotes"),
    Report.OUTLET_SPEAKERS: ("outlet", "speaker", "quotes"),
    Report.UNATTRIBUTED_QUOTES: ("quote_id", "kind", "text", "title", "outlet", "published", "source"),
    Report.CUE_USAGE: ("cue", "quotes", "speakers"),
}

# Empty values last on both engines (SQLite sorts NULL first, PostgreSQL last).
REPORT_ORDER: dict[Report, str] = {
    Report.SPEAKER_SUMMARY: "quotes DESC, speaker",
    Report.QUOTES_BY_MONTH: "speaker IS NULL, speaker, month IS NULL, month",
    Report.OUTLET_SPEAKERS: "outlet IS NULL, outlet, quotes DESC, speaker",
    Report.UNATTRIBUTED_QUOTES: "quote_id",
    Report.CUE_USAGE: "quotes DESC, cue",
}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def report_rows(session: Session, report: Report) -> Iterator[dict[str, Any]]:
    """The rows of one report view, ordered for reading."""
    columns = ", ".join(f'"{c}"' for c in REPORT_COLUMNS[report])
    # Both names come from the Report enum and the tables above, never from the user.
    query = sa.text(f"SELECT {columns} FROM {report.value} ORDER BY {REPORT_ORDER[report]}")
    try:
        result = session.execute(query)
    except sa.exc.OperationalError as error:
        raise DatabaseError(
            f"report {report.value} is missing — upgrade the database with `quotes ingest` first "
            f"({_first_line(error)})"
        ) from None
    for row in result.mappings():
        yield {key: _plain(value) for key, value in row.items()}


@dataclass(frozen=True, slots=True)
class SqlResult:
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    text = str(original).strip()
    return text.splitlines()[0] if text else type(original).__name__


def _read_only_refusal(detail: str) -> InputError:
    return InputError(f"quotes sql is read-only — {detail}; use `quotes` commands to change data")


# What a read-only SQLite statement may do; anything else (ATTACH, writes, pragma
# assignments, temp tables) is refused before it runs. The connection is read-only
# besides, so this is a second wall, and the clearer message.
_SQLITE_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
# Pragmas that take a name and only describe it: `PRAGMA table_info(quotes)`.
_SQLITE_DESCRIBING = frozenset(
    {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
     "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"}
)  # fmt: skip


def _sqlite_authorizer(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    if action in _SQLITE_ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # SQLite reports this itself while loading the schema for a virtual table (FTS5,
        # pragma functions); a person's UPDATE of it still meets the read-only connection.
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        # Without a value a pragma reads (data_version, journal_mode); with one it sets,
        # unless it is one that takes a table or index name.
        if (arg2 is None and name != "writable_schema") or name in _SQLITE_DESCRIBING:
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _sqlite_read_only(path: str, sql: str) -> SqlResult:
    uri = "file:" + path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot open {path} read-only: {error} — check the --db path") from None
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.set_authorizer(_sqlite_authorizer)
        try:
            cursor = connection.execute(sql)
            columns = tuple(d[0] for d in cursor.description or ())
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        except sqlite3.DatabaseError as error:
            message = str(error)
            if "not authorized" in message or "readonly" in message or "read-only" in message:
                raise _read_only_refusal(f"the database refused it: {message}") from None
            raise InputError(f"bad SQL: {message}") from None
        except sqlite3.Warning as error:  # e.g. more than one statement
            raise InputError(f"bad SQL: {error}") from None
    finally:
        connection.rollback()
        connection.close()
    return SqlResult(columns, rows)


# SQLSTATE 25006: read_only_sql_transaction.
_PG_READ_ONLY = "25006"

# What a statement may start with on PostgreSQL. A read-only transaction stops every
# write to the database, but not COPY … TO PROGRAM/FILE or DO blocks, which a superuser
# could use to touch the server's files; those never reach the server.
_PG_READING = frozenset({"SELECT", "WITH", "VALUES", "TABLE", "SHOW", "EXPLAIN", "("})
_LEADING_NOISE = regex.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", regex.DOTALL)
_FIRST_WORD = regex.compile(r"[A-Za-z]+")


def _first_keyword(sql: str) -> str:
    rest = sql[_LEADING_NOISE.match(sql).end() :]
    word = _FIRST_WORD.match(rest)
    return word.group().upper() if word else rest[:1]


def _postgres_read_only(engine: sa.Engine, sql: str) -> SqlResult:
    keyword = _first_keyword(sql)
    if keyword not in _PG_READING:
        raise _read_only_refusal(
            f"{keyword or 'an empty statement'} is not a query (give one SELECT, WITH, VALUES, TABLE, SHOW or EXPLAIN)"
        )
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        try:
            with raw.cursor() as cursor:
                cursor.execute("SET TRANSACTION READ ONLY")
                # A prepared statement holds exactly one command, so "…; COMMIT; DELETE …"
                # cannot end the read-only transaction and write after it.
                cursor.execute(sql.encode(), prepare=True)
                columns = tuple(d.name for d in cursor.description or ())
                records = cursor.fetchall() if cursor.description else []
                rows = [{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in records]
        except raw.Error as error:
            code = getattr(error, "sqlstate", None)
            message = _first_line(error)
            if code == _PG_READ_ONLY:
                raise _read_only_refusal(f"the database refused it: {message}") from None
            if code is None and not isinstance(error, raw.ProgrammingError):
                # No SQLSTATE: the connection, not the statement, failed.
                raise DatabaseError(f"{mask_url(engine.url)}: {message} — check the server and try again") from None
            raise InputError(f"bad SQL: {message}") from None
        finally:
            # Nothing to keep, whatever happened; a broken connection is discarded anyway.
            with contextlib.suppress(raw.Error):
                raw.rollback()
    return SqlResult(columns, rows)


def run_sql(engine: sa.Engine, sql: str) -> SqlResult:
    """Run one read-only statement and return its rows; writes raise InputError."""
    if not sql.strip():
        raise InputError("no SQL given — pass a statement such as \"SELECT * FROM speaker_summary\"")
    if engine.dialect.name == "sqlite":
        path = engine.url.database
        if not path or path == ":memory:":
            raise DatabaseError("quotes sql needs a SQLite file — pass --db PATH")
        return _sqlite_read_only(path, sql)
    if engine.dialect.name == "postgresql":
        return _postgres_read_only(engine, sql)
    raise DatabaseError(f"quotes sql does not support {engine.dialect.name} — use SQLite or PostgreSQL")
