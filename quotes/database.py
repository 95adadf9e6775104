"""Database settings: which database, how to open it, and its schema revision.

A `--db` value is a SQLAlchemy URL or a SQLite file path. SQLite is set up to behave
like PostgreSQL where it matters (foreign keys on), and to let a reader and a writer
work at once (WAL journal, a busy timeout). No engine exists at import time.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from quotes.errors import DatabaseError

DEFAULT_DATABASE = "quotes.db"
# How long a SQLite connection waits for another writer before giving up.
BUSY_TIMEOUT_MS = 30_000
# WAL pages after which a commit copies the log into the database file (SQLite's default
# is 1,000): an ingest batch writes more than that, so every commit copied and synced,
# rewriting the same index pages batch after batch. A log of about 40 MB, as safe.
WAL_AUTOCHECKPOINT_PAGES = 10_000
# A PostgreSQL server that does not answer within this is reported, not waited for.
CONNECT_TIMEOUT_S = 10
# PostgreSQL advisory lock held while migrating: an arbitrary number of our own.
MIGRATION_LOCK = 0x71756F746573  # "quotes"


# Full-text search lives outside the models (an FTS5 table with its shadow tables and
# triggers on SQLite, an expression index on PostgreSQL); schema comparisons skip it.
FTS_TABLE_PREFIX = "quotes_fts"
FTS_INDEXES = frozenset({"ix_quotes_text_tsv"})


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Whether alembic's autogenerate compares the object `name`: everything but full-text search."""
    if type_ == "table":
        return not (name or "").startswith(FTS_TABLE_PREFIX)
    if type_ == "index":
        return name not in FTS_INDEXES
    return True


class Revision(NamedTuple):
    revision: str
    down_revision: str | None
    message: str


def resolve_url(db: str | None) -> str:
    """The SQLAlchemy URL of a `--db` value: a URL as is, a file path as SQLite."""
    if db is None or not db.strip():
        db = DEFAULT_DATABASE
    if "://" not in db:
        return f"sqlite:///{db}"
    scheme, rest = db.split("://", 1)
    # A bare postgresql:// (as psql and libpq write it) means psycopg 3, the driver
    # `quotes[postgres]` installs, not SQLAlchemy's default psycopg2.
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return db


# The password of a URL as written: from the colon after the user name to the last @
# before the query. Masked in the text itself, because a URL that does not parse (a bad
# port) or parses wrongly (an unescaped @ in the password) is still shown in messages.
_PASSWORD = re.compile(r"^([A-Za-z][\w+.-]*://[^:/@?#]*:)[^?#]*@")


def mask_url(url: str | sa.URL) -> str:
    """`url` with its password replaced by ***, for messages."""
    if isinstance(url, sa.URL):
        return url.render_as_string(hide_password=True)
    return _PASSWORD.sub(r"\1***@", url, count=1)


def _sqlite_path(url: sa.URL) -> Path | None:
    """The file of a SQLite URL, None for an in-memory database."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    # Autocommit at the driver level; SQLAlchemy emits BEGIN itself (see _on_sqlite_begin),
    # so transactions, savepoints and DDL behave as they do on PostgreSQL.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL: readers never block the writer and the writer never blocks readers.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    cursor.close()


def _on_sqlite_begin(connection: sa.Connection) -> None:
    # A writer asks for the write lock up front (sqlite_begin="IMMEDIATE"): a deferred
    # transaction that reads first and writes later fails at once, without waiting,
    # when another process wrote in between.
    mode = connection.get_execution_options().get("sqlite_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


def connect(url: str) -> sa.Engine:
    """An engine on `url`, configured, without looking at the schema or the file."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError(
            f"cannot understand the database URL {mask_url(url)!r} — give a file path or a URL like "
            "postgresql+psycopg://user@host/db"
        ) from None
    if "@" in (parsed.host or ""):
        # The password ends at the first @, so the rest of it would be taken for the host.
        raise DatabaseError(
            f"the database URL {mask_url(url)} has an @ in its user name or password — write it as %40"
        )
    masked = mask_url(parsed)
    connect_args = {}
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("psycopg", "psycopg2"):
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        engine = sa.create_engine(parsed, connect_args=connect_args)
    except NoSuchModuleError:
        raise DatabaseError(
            f"unknown kind of database in {masked} — use sqlite:///FILE or postgresql+psycopg://…"
        ) from None
    except ImportError as error:
        raise DatabaseError(
            f"no driver for {masked} ({error.name or error}) — pip install 'quotes[postgres]'"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _config(connection: sa.Connection | None = None) -> Config:
    """Alembic's configuration, built in code so an installed package needs no alembic.ini."""
    import migrations

    config = Config()
    # __path__, not __file__: the package directory both when installed and when editable.
    config.set_main_option("script_location", list(migrations.__path__)[0])
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest schema revision this code knows."""
    head = _scripts().get_current_head()
    assert head is not None, "the migrations directory has no revisions"
    return head


def history() -> list[Revision]:
    """Every revision this code knows, oldest first."""
    revisions = [
        Revision(script.revision, script.down_revision, script.doc or "")
        for script in _scripts().walk_revisions()
    ]
    return revisions[::-1]


def _unreachable(url: str, error: DBAPIError) -> DatabaseError:
    reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    fix = (
        "check the path and that you may read and write it"
        if make_url(url).get_backend_name() == "sqlite"
        else "check the URL and that the server is running"
    )
    return DatabaseError(f"cannot open the database {mask_url(url)}: {reason} — {fix}")


@contextmanager
def _connection(url_or_engine: str | sa.Engine, *, exclusive: bool = False) -> Iterator[sa.Connection]:
    """A connection in a transaction that commits when the block ends.

    `exclusive`: no other process migrates at the same time (two first ingests into a
    new database both find it empty; the second must wait, then find it migrated).
    """
    owned = isinstance(url_or_engine, str)
    engine = connect(url_or_engine) if owned else url_or_engine
    if exclusive:
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    try:
        try:
            connection = engine.connect()
        except DBAPIError as error:
            raise _unreachable(str(engine.url), error) from None
        with connection:
            # Taking the lock fails as opening does: the file or server is not usable now.
            try:
                transaction = connection.begin()
                if exclusive and connection.dialect.name == "postgresql":
                    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            except DBAPIError as error:
                raise _unreachable(str(engine.url), error) from None
            with transaction:
                yield connection
    finally:
        if owned:
            engine.dispose()


def _failed(verb: str, url: sa.URL, revision: str, error: DBAPIError) -> DatabaseError:
    reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    return DatabaseError(f"{verb} {mask_url(url)} to {revision} failed: {reason} — nothing was changed")


def current(url_or_engine: str | sa.Engine) -> str | None:
    """The schema revision of the database, None when it has none."""
    with _connection(url_or_engine) as connection:
        try:
            return MigrationContext.configure(connection).get_current_revision()
        except DBAPIError as error:
            raise _unreachable(str(connection.engine.url), error) from None


def upgrade(url_or_engine: str | sa.Engine, revision: str = "head") -> None:
    """Migrate the database up to `revision`, in one transaction."""
    _migrate(url_or_engine, command.upgrade, "upgrading", revision)


def downgrade(url_or_engine: str | sa.Engine, revision: str) -> None:
    """Migrate the database down to `revision` ("base" removes every table), in one transaction."""
    _migrate(url_or_engine, command.downgrade, "downgrading", revision)


def _migrate(url_or_engine: str | sa.Engine, step, verb: str, revision: str) -> None:
    _check_revision_name(revision)
    with _connection(url_or_engine, exclusive=True) as connection:
        found = MigrationContext.configure(connection).get_current_revision()
        if found is not None and found not in {r.revision for r in history()}:
            raise DatabaseError(
                f"{mask_url(connection.engine.url)} is at schema revision {found}, newer than this quotes "
                f"knows ({head_revision()}) — upgrade quotes"
            )
        try:
            step(_config(connection), revision)
        except DBAPIError as error:
            raise _failed(verb, connection.engine.url, revision, error) from None
        except CommandError as error:
            # A target in the wrong direction, or a relative step past the ends.
            raise DatabaseError(
                f"{verb} {mask_url(connection.engine.url)} to {revision}: {error} — "
                "`quotes db current` and `quotes db history` show where it can go"
            ) from None


def _check_revision_name(revision: str) -> None:
    if revision in ("head", "base", "heads") or revision[:1] in "+-":
        return
    if revision not in {r.revision for r in history()}:
        known = ", ".join(r.revision for r in history())
        raise DatabaseError(f"no schema revision {revision!r} — choose one of: {known}, head, base")


def require_database(url: str) -> None:
    """Raise DatabaseError when `url` is a SQLite file that does not exist.

    SQLite creates a missing file on connect, so this must be asked before connecting.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return  # connect() reports it
    if parsed.get_backend_name() != "sqlite":
        return
    path = _sqlite_path(parsed)
    if path is not None and not path.exists():
        raise DatabaseError(f"no database at {path} — run `quotes ingest FILES` to create one, or pass --db")


def open_engine(url: str, *, create: bool = False) -> sa.Engine:
    """An engine on a database at this code's schema revision.

    With `create`, a missing SQLite file or an empty database is created and migrated.
    Without it, nothing is ever created: a missing file is an error, so reading never
    leaves an empty database behind.
    """
    if not create:
        require_database(url)
    engine = connect(url)
    masked = mask_url(engine.url)
    path = _sqlite_path(engine.url) if engine.url.get_backend_name() == "sqlite" else None
    if path is not None and not path.parent.is_dir():
        engine.dispose()
        raise DatabaseError(f"cannot create {path}: no directory {path.parent} — create it first")
    try:
        found = current(engine)
        if found is None and create:
            upgrade(engine)
            found = current(engine)
    except DatabaseError:
        engine.dispose()
        raise
    head = head_revision()
    if found == head:
        return engine
    engine.dispose()
    if found is None:
        raise DatabaseError(
            f"{masked} has no quotes tables — run `quotes ingest FILES` or `quotes db upgrade --db …` to create them"
        )
    if found in {r.revision for r in history()}:
        raise DatabaseError(
            f"{masked} is at schema revision {found}, this quotes needs {head} — run `quotes db upgrade`"
        )
    raise DatabaseError(
        f"{masked} is at schema revision {found}, newer than this quotes knows ({head}) — upgrade quotes"
    )
