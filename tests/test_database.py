"""Database settings: URLs, masking, opening, and the errors a user sees."""

import sqlite3

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from quotes import database
from quotes.cli import app
from quotes.errors import DatabaseError


@pytest.mark.parametrize(
    ("given", "url"),
    [
        (None, "sqlite:///quotes.db"),
        ("", "sqlite:///quotes.db"),
        ("news.db", "sqlite:///news.db"),
        ("data/news.db", "sqlite:///data/news.db"),
        ("/srv/news.db", "sqlite:////srv/news.db"),
        ("sqlite:///news.db", "sqlite:///news.db"),
        ("postgresql+psycopg://reporter@db.example/news", "postgresql+psycopg://reporter@db.example/news"),
        ("postgresql://reporter@db.example/news", "postgresql+psycopg://reporter@db.example/news"),
        ("postgres://reporter@db.example/news", "postgresql+psycopg://reporter@db.example/news"),
        ("postgresql+psycopg2://reporter@db.example/news", "postgresql+psycopg2://reporter@db.example/news"),
    ],
)
def test_resolve_url(given, url):
    assert database.resolve_url(given) == url


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql+psycopg://reporter:s3cret@db.example:5432/news", "postgresql+psycopg://reporter:***@db.example:5432/news"),
        ("postgresql+psycopg://reporter@db.example/news", "postgresql+psycopg://reporter@db.example/news"),
        ("sqlite:///news.db", "sqlite:///news.db"),
        ("not a url", "not a url"),
    ],
)
def test_mask_url(url, masked):
    assert database.mask_url(url) == masked


def test_reading_a_missing_file_names_it_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(DatabaseError, match=r"no database at .*missing\.db — run `quotes ingest FILES`"):
        database.open_engine(f"sqlite:///{path}")
    assert not path.exists()


def test_create_makes_a_migrated_file(tmp_path):
    path = tmp_path / "new.db"
    engine = database.open_engine(f"sqlite:///{path}", create=True)
    engine.dispose()
    assert path.exists()
    assert database.current(f"sqlite:///{path}") == database.head_revision()


def test_create_in_a_missing_directory_says_so(tmp_path):
    with pytest.raises(DatabaseError, match=r"no directory .*nowhere — create it first"):
        database.open_engine(f"sqlite:///{tmp_path / 'nowhere' / 'q.db'}", create=True)


def test_sqlite_connections_behave_like_postgresql(tmp_path):
    engine = database.open_engine(f"sqlite:///{tmp_path / 'q.db'}", create=True)
    with engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == database.BUSY_TIMEOUT_MS
        assert pragma("synchronous") == 1  # NORMAL: safe in WAL mode
        assert pragma("wal_autocheckpoint") == database.WAL_AUTOCHECKPOINT_PAGES
    engine.dispose()


def test_savepoint_rolls_back_alone(engine):
    # SQLite's driver would otherwise manage transactions itself and break savepoints.
    insert = sa.text("INSERT INTO speakers (name, name_key, kind) VALUES (:n, :n, 'person')")
    with engine.begin() as connection:
        connection.execute(insert, {"n": "kept"})
        nested = connection.begin_nested()
        connection.execute(insert, {"n": "dropped"})
        nested.rollback()
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT name FROM speakers")).scalars().all() == ["kept"]


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.execute(
            sa.text(
                'INSERT INTO quotes (article_id, kind, text, start, "end", confidence, extractor_version) '
                "VALUES (12345, 'direct', 'x', 0, 1, 0.5, '1')"
            )
        )


def _older_revision() -> str:
    head = next(r for r in database.history() if r.revision == database.head_revision())
    if head.down_revision is None:
        pytest.skip("only one revision: no older schema to test with")
    return head.down_revision


@pytest.mark.parametrize("create", [False, True])
def test_an_older_schema_asks_for_upgrade(db_url, create):
    database.upgrade(db_url, _older_revision())
    with pytest.raises(DatabaseError, match=r"schema revision .* run `quotes db upgrade`"):
        database.open_engine(db_url, create=create)


def test_a_newer_schema_asks_to_upgrade_quotes(engine, db_url):
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match=r"revision 9999, newer than this quotes knows .* upgrade quotes$"):
        database.open_engine(db_url)


def test_an_empty_database_without_create_says_how_to_fill_it(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with pytest.raises(DatabaseError, match="has no quotes tables — run `quotes ingest FILES`"):
        database.open_engine(f"sqlite:///{path}")


def test_not_a_database_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(DatabaseError, match=r"cannot open the database sqlite:///.*notes\.db: file is not a database"):
        database.open_engine(f"sqlite:///{path}")


def test_unreachable_server_masks_the_password():
    url = "postgresql+psycopg://reporter:s3cret@127.0.0.1:1/news"
    with pytest.raises(DatabaseError) as caught:
        database.open_engine(url)
    message = str(caught.value)
    assert "s3cret" not in message
    assert "postgresql+psycopg://reporter:***@127.0.0.1:1/news" in message
    assert "check the URL and that the server is running" in message


def test_missing_driver_says_what_to_install():
    with pytest.raises(DatabaseError, match=r"no driver for postgresql\+pg8000://reporter:\*\*\*@.* pip install 'quotes\[postgres\]'"):
        database.open_engine("postgresql+pg8000://reporter:s3cret@127.0.0.1/news")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nosuchdb://host/news", "unknown kind of database in nosuchdb://host/news"),
        ("://", "cannot understand the database URL"),
    ],
)
def test_bad_urls(url, message):
    with pytest.raises(DatabaseError, match=message):
        database.open_engine(url)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", [["db", "current"], ["db", "check"], ["db", "downgrade", "base"]])
def test_reading_commands_never_create_a_file(runner, tmp_path, command):
    path = tmp_path / "quotes.db"
    result = runner.invoke(app, [*command, "--db", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: no database at {path} — run `quotes ingest FILES` to create one, or pass --db\n"
    assert not path.exists()


def test_db_commands(runner, tmp_path):
    path = str(tmp_path / "q.db")
    head = database.head_revision()
    first = database.history()[0].revision
    result = runner.invoke(app, ["db", "upgrade", first, "--db", path])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"sqlite:///{path}: empty → {first}\n"
    assert runner.invoke(app, ["db", "current", "--db", path]).stdout == f"{first}\n"
    result = runner.invoke(app, ["db", "upgrade", "--db", path])
    assert result.exit_code == 0, result.stderr
    assert runner.invoke(app, ["db", "current", "--db", path]).stdout == f"{head}\n"
    result = runner.invoke(app, ["db", "downgrade", "base", "--db", path])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"sqlite:///{path}: {head} → empty\n"
    result = runner.invoke(app, ["db", "current", "--db", path])
    assert (result.exit_code, result.stdout) == (0, "")


def test_db_history_lists_every_revision(runner):
    result = runner.invoke(app, ["db", "history"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0].split()[0] for line in lines] == [r.revision for r in database.history()]
    assert lines[-1].startswith(f"{database.head_revision()} (head)\t")


def test_unknown_revision_is_an_error(runner, tmp_path):
    result = runner.invoke(app, ["db", "upgrade", "0999", "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no schema revision '0999' — choose one of: 0001")


def test_db_check_reports_problems_on_stdout(runner, tmp_path):
    path = tmp_path / "q.db"
    wire = tmp_path / "wire.txt"
    wire.write_text("\u201cWe will meet again,\u201d Foreign Minister Anna Berg told reporters.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(wire), "--db", str(path)]).exit_code == 0
    clean = runner.invoke(app, ["db", "check", "--db", str(path)])
    assert (clean.exit_code, clean.stdout) == (0, "")
    assert clean.stderr == f"sqlite:///{path}: no problems found\n"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute('UPDATE quotes SET "end" = "end" - 1')
    connection.close()
    broken = runner.invoke(app, ["db", "check", "--db", str(path)])
    assert broken.exit_code == 1
    # "We will meet again," is [1:20]; the end moved back by one.
    assert broken.stdout == "quote 1: [1:19] of article 1 is not the quote's text\n"
    assert broken.stderr == f"1 problem in sqlite:///{path}\n"


@pytest.mark.parametrize("command", [["upgrade"], ["downgrade", "0001"]])
def test_migrating_a_newer_schema_asks_to_upgrade_quotes(runner, engine, db_url, command):
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    result = runner.invoke(app, ["db", *command, "--db", db_url])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert result.stderr.endswith("is at schema revision 9999, newer than this quotes knows "
                                  f"({database.head_revision()}) — upgrade quotes\n")


def test_downgrading_to_a_newer_revision_is_an_error(runner, tmp_path):
    path = str(tmp_path / "q.db")
    first = database.history()[0].revision
    assert runner.invoke(app, ["db", "upgrade", first, "--db", path]).exit_code == 0
    result = runner.invoke(app, ["db", "downgrade", database.head_revision(), "--db", path])
    if database.head_revision() == first:
        pytest.skip("only one revision")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: downgrading sqlite:///{path} to {database.head_revision()}: ")
    assert result.stderr.endswith("— `quotes db current` and `quotes db history` show where it can go\n")
    assert database.current(f"sqlite:///{path}") == first
