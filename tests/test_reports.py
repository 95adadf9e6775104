"""Reporting views (migration 0002), `quotes report` and the read-only `quotes sql`, on both engines."""

import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from quotes.cli import app
from quotes.database import downgrade, upgrade
from quotes.reports import REPORT_COLUMNS, Report
from test_queries import build_newsroom  # noqa: E402  (the shared hand-written newsroom)

runner = CliRunner()

VIEWS = ["cue_usage", "outlet_speakers", "quotes_by_month", "speaker_summary", "unattributed_quotes"]


@pytest.fixture
def db(engine, db_url) -> str:
    build_newsroom(engine)
    return db_url


def report(db: str, name: str) -> list[dict]:
    result = runner.invoke(app, ["report", name, "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_migration_makes_and_drops_the_views(engine):
    assert sorted(sa.inspect(engine).get_view_names()) == VIEWS
    downgrade(engine, "0001")
    assert sa.inspect(engine).get_view_names() == []
    upgrade(engine)
    assert sorted(sa.inspect(engine).get_view_names()) == VIEWS


def test_speaker_summary(db):
    assert report(db, "speaker_summary") == [
        {"speaker": "Ana Lopez", "kind": "person", "quotes": 2, "articles": 1,
         "first_date": "2024-03-05", "last_date": "2024-03-05"},
        {"speaker": "José Álvarez", "kind": "person", "quotes": 1, "articles": 1,
         "first_date": "2024-04-20", "last_date": "2024-04-20"},
        {"speaker": "city council", "kind": "organisation", "quotes": 1, "articles": 1,
         "first_date": "2024-03-05", "last_date": "2024-03-05"},
    ]  # fmt: skip


def test_quotes_by_month(db):
    # Ordered by speaker, the unattributed row (null) last on both engines.
    assert report(db, "quotes_by_month") == [
        {"speaker": "Ana Lopez", "month": "2024-03", "quotes": 2},
        {"speaker": "José Álvarez", "month": "2024-04", "quotes": 1},
        {"speaker": "city council", "month": "2024-03", "quotes": 1},
        {"speaker": None, "month": "2024-04", "quotes": 1},
    ]


def test_outlet_speakers(db):
    assert report(db, "outlet_speakers") == [
        {"outlet": "Daily Planet", "speaker": "Ana Lopez", "quotes": 2},
        {"outlet": "Daily Planet", "speaker": "city council", "quotes": 1},
        {"outlet": "Le Monde", "speaker": "José Álvarez", "quotes": 1},
    ]


def test_unattributed_quotes(db):
    assert report(db, "unattributed_quotes") == [
        {"quote_id": 5, "kind": "direct", "text": "proche", "title": "Élection", "outlet": "Le Monde",
         "published": "2024-04-20", "source": "monde.txt"},
    ]  # fmt: skip


def test_cue_usage(db):
    assert report(db, "cue_usage") == [
        {"cue": "said", "quotes": 2, "speakers": 2},
        {"cue": "a déclaré", "quotes": 1, "speakers": 1},
        {"cue": "told", "quotes": 1, "speakers": 1},
    ]


def test_views_leave_out_rejected_quotes(db, engine):
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE quotes SET rejected = :yes WHERE id IN (1, 5)"), {"yes": True})
    assert report(db, "speaker_summary")[0]["quotes"] == 1
    assert report(db, "unattributed_quotes") == []
    assert {r["cue"]: r["quotes"] for r in report(db, "cue_usage")}["said"] == 1


def test_report_table_and_csv(db):
    table = runner.invoke(app, ["report", "cue_usage", "--db", db])
    assert table.exit_code == 0 and "cue_usage" in table.stdout and "a déclaré" in table.stdout
    csv = runner.invoke(app, ["report", "cue_usage", "--db", db, "-f", "csv"]).stdout_bytes
    assert csv.startswith(b"cue,quotes,speakers\r\nsaid,2,2\r\n")


@pytest.mark.parametrize("name", VIEWS)
@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_every_report_in_every_format(db, name, fmt):
    result = runner.invoke(app, ["report", name, "--db", db, "--format", fmt], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    columns = REPORT_COLUMNS[Report(name)]
    if fmt == "table":
        assert all(column in result.stdout for column in columns)
    elif fmt == "csv":
        assert result.stdout_bytes.split(b"\r\n")[0] == ",".join(columns).encode()
    else:
        rows = json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.stdout.splitlines()]
        assert rows and all(tuple(row) == columns for row in rows)


def test_unknown_report_is_refused(db):
    result = runner.invoke(app, ["report", "everything", "--db", db])
    assert result.exit_code == 2
    assert "everything" in result.stderr


def sql(db: str, query: str, *options: str):
    return runner.invoke(app, ["sql", query, "--db", db, *options])


def test_sql_select(db):
    result = sql(db, "SELECT speaker, quotes FROM speaker_summary WHERE quotes > 1", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == '{"speaker": "Ana Lopez", "quotes": 2}\n'


@pytest.mark.parametrize(
    "statement",
    ["/* why */ SELECT 5 AS n", "  /* why */\n-- because\nSELECT 5 AS n", "WITH t AS (SELECT 5 AS n) SELECT n FROM t"],
)
def test_sql_reads_with_comments_and_parentheses(db, statement):
    result = sql(db, statement, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == '{"n": 5}\n'


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH 'bridge'", '{"id": 1}\n'),
        ("SELECT name FROM pragma_table_info('speakers') WHERE pk = 1", '{"name": "id"}\n'),
        ("PRAGMA foreign_keys", None),
    ],
)
def test_sql_reads_sqlite_full_text_and_pragmas(db, statement, expected):
    if not db.startswith("sqlite"):
        pytest.skip("FTS5 and pragmas are SQLite's")
    result = sql(db, statement, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    if expected is not None:
        assert result.stdout == expected


def test_sql_describes_a_table_on_sqlite(db):
    if not db.startswith("sqlite"):
        pytest.skip("pragmas are SQLite's")
    result = sql(db, "PRAGMA table_info(speakers)", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert [line.split(",")[1] for line in result.stdout.splitlines()[1:]] == ["id", "name", "name_key", "kind"]


def test_sql_table(db):
    result = sql(db, "SELECT count(*) AS n FROM quotes")
    assert result.exit_code == 0, result.stderr
    assert "│ 5 │" in result.stdout


WRITES = [
    "INSERT INTO speakers (name, name_key, kind) VALUES ('X', 'x', 'person')",
    "UPDATE quotes SET text = 'changed'",
    "DELETE FROM quotes",
    "DROP TABLE quotes",
    "DROP VIEW speaker_summary",
    "CREATE TABLE scratch (x INTEGER)",
    "CREATE TEMP TABLE scratch (x INTEGER)",
    "CREATE INDEX ix_scratch ON quotes (text)",
    "ALTER TABLE quotes ADD COLUMN x INTEGER",
    "WITH gone AS (DELETE FROM quotes RETURNING id) SELECT count(*) FROM gone",
]
SQLITE_ONLY_WRITES = [
    "ATTACH DATABASE 'elsewhere.db' AS elsewhere",
    "PRAGMA writable_schema = ON",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = DELETE",
    "VACUUM",
    "REINDEX",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all')",
    "UPDATE sqlite_master SET sql = '' WHERE name = 'quotes'",
    "PRAGMA user_version = 7",
    "PRAGMA foreign_keys = OFF",
]
POSTGRES_ONLY_WRITES = [
    "SELECT nextval('quotes_id_seq')",
    "SELECT 1; COMMIT; DELETE FROM quotes",
    "TRUNCATE quotes CASCADE",
    "SELECT set_config('default_transaction_read_only', 'off', false); DELETE FROM quotes",
    "SET TRANSACTION READ WRITE",
    "DO $$ BEGIN DELETE FROM quotes; END $$",
    "COPY (SELECT 1) TO PROGRAM 'touch copied'",
    "/* a comment first */ COPY quotes TO STDOUT",
    "EXPLAIN ANALYZE DELETE FROM quotes",
]


def snapshot(engine: sa.Engine) -> tuple:
    with engine.connect() as connection:
        quotes = connection.execute(sa.text("SELECT id, text, speaker_id, rejected FROM quotes ORDER BY id")).all()
        speakers = connection.execute(sa.text("SELECT id, name FROM speakers ORDER BY id")).all()
        tables = sorted(sa.inspect(connection).get_table_names() + sa.inspect(connection).get_view_names())
    return quotes, speakers, tables


@pytest.mark.parametrize("statement", WRITES + SQLITE_ONLY_WRITES + POSTGRES_ONLY_WRITES)
def test_sql_refuses_every_write(db, engine, statement, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where ATTACH would create its file
    before = snapshot(engine)
    result = sql(db, statement)
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.splitlines()) == 1
    assert snapshot(engine) == before
    assert not (tmp_path / "elsewhere.db").exists()
    assert not (tmp_path / "copied").exists()


@pytest.mark.parametrize("statement", ["DELETE FROM quotes", "DROP TABLE quotes", "UPDATE quotes SET text = ''"])
def test_sql_write_message_says_read_only(db, statement):
    result = sql(db, statement)
    assert result.stderr.startswith("Error: quotes sql is read-only — ")


@pytest.mark.parametrize(
    ("statement", "fragment"),
    [
        ("SELECT 1 FROM WHERE", "WHERE"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("SELECT nope FROM quotes", "nope"),
    ],
)
def test_bad_sql_is_one_line_with_the_database_message(db, statement, fragment):
    result = sql(db, statement)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: bad SQL: ")
    assert fragment in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_sql_on_a_missing_database_creates_nothing(tmp_path):
    missing = tmp_path / "none.db"
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: no database at {missing}")
    assert not missing.exists()
