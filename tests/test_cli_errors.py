"""Database failures in reading commands: one line on stderr, exit 1, no traceback."""

import sqlite3

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.database import open_engine


@pytest.fixture
def damaged_db(tmp_path):
    """A SQLite file whose later pages (data, not the schema) are overwritten after an ingest."""
    path = tmp_path / "news.db"
    # The migrations alone first: any page they wrote may hold the schema, and stays whole.
    open_engine(f"sqlite:///{path}", create=True).dispose()
    schema_pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    article = tmp_path / "a.txt"
    article.write_text("“We will win,” Anna Berg said.\n\n" * 400, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(path)])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    size = path.stat().st_size
    with path.open("r+b") as file:
        start = max(size // page_size // 2, schema_pages) * page_size
        assert start < size
        file.seek(start)
        file.write(b"\xff" * (size - start))
    return path


@pytest.mark.parametrize("command", [["list"], ["search", "win"], ["speakers"], ["report", "speaker_summary"]])
def test_a_damaged_database_gives_one_line(damaged_db, command):
    result = CliRunner().invoke(app, [*command, "--db", str(damaged_db)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "quotes db check" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
