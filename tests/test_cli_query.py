"""`quotes list`, `search`, `speakers`, `show` and `article` on SQLite and PostgreSQL."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from test_queries import build_newsroom  # noqa: E402  (the shared hand-written newsroom)

runner = CliRunner()


@pytest.fixture
def db(engine, db_url) -> str:
    """The --db value of a migrated database holding the newsroom."""
    build_newsroom(engine)
    return db_url


def run(*args: str):
    # A wide terminal, so rich tables keep each row on one line.
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_list_table_shows_people_columns(db):
    result = run("list", "--db", db)
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[1]
    for column in ("id", "speaker", "quote", "cue", "outlet", "date"):
        assert column in header
    assert "Ana Lopez" in result.stdout and "2024-03-05" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], [1, 2, 3, 4, 5]),
        (["--speaker", "ana lopez"], [1, 3]),
        (["-s", "LOPEZ"], [1, 3]),
        (["--outlet", "Le Monde"], [4, 5]),
        (["--since", "2024-04-01"], [4, 5]),
        (["--until", "2024-03-31"], [1, 2, 3]),
        (["--kind", "indirect"], [2]),
        (["--article", "1"], [1, 2, 3]),
        (["--min-confidence", "0.65"], [1, 3, 4]),
        (["--limit", "1"], [1]),
    ],
)
def test_list_filters(db, args, expected):
    result = run("list", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    assert [row["id"] for row in jsonl(result.stdout)] == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["bridge"], [1]),
        (["said: «bridge»"], []),  # "said" is not inside the quote
        (["will", "--speaker", "Ana Lopez"], [1, 3]),
        (["c'est sûr"], [4]),
        (['"unbalanced'], []),
    ],
)
def test_search(db, args, expected):
    result = run("search", "--db", db, "-f", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    assert [row["id"] for row in jsonl(result.stdout)] == expected


def test_list_formats(db):
    as_json = json.loads(run("list", "--db", db, "--format", "json", "--kind", "indirect").stdout)
    assert [row["text"] for row in as_json] == ["the budget was too small"]
    # CliRunner's .stdout turns CRLF into LF; the bytes show what a pipe gets.
    as_csv = run("list", "--db", db, "--format", "csv", "--kind", "indirect").stdout_bytes.decode()
    lines = as_csv.split("\r\n")
    assert lines[0].startswith("id,speaker,speaker_kind,mention,cue,text,kind,confidence")
    assert lines[1].startswith("2,city council,organisation,Officials at the city council,said,the budget was too small,indirect,0.6")


def test_table_limit_defaults_to_fifty(engine, db_url):
    from sqlalchemy.orm import Session

    from quotes.attribution import Kind, Quote
    from quotes.reader import Article
    from quotes.store import store_article

    text = " ".join(f"«q{i}»" for i in range(60))
    quotes = [Quote(text.index(f"q{i}»"), text.index(f"q{i}»") + len(f"q{i}"), Kind.DIRECT, f"q{i}") for i in range(60)]
    with Session(engine) as session, session.begin():
        store_article(session, Article(text=text, source="many.txt", index=0), quotes)
    table = run("list", "--db", db_url)
    assert "│ 50 " in table.stdout and "│ 51 " not in table.stdout
    assert len(jsonl(run("list", "--db", db_url, "-f", "jsonl").stdout)) == 60


def test_speakers_lists_counts_and_aliases(db):
    result = run("speakers", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.decode().split("\r\n") == [
        "name,kind,aliases,quotes,articles,first,last",
        "Ana Lopez,person,Lopez,2,1,2024-03-05,2024-03-05",
        "city council,organisation,,1,1,2024-03-05,2024-03-05",
        "José Álvarez,person,,1,1,2024-04-20,2024-04-20",
        "",
    ]


def test_speakers_table(db):
    result = run("speakers", "--db", db)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(column in lines[1] for column in ("name", "kind", "aliases", "quotes", "articles", "first", "last"))
    assert [line.split("│")[1].strip() for line in lines[3:-1]] == ["Ana Lopez", "city council", "José Álvarez"]


def test_search_formats(db):
    as_json = json.loads(run("search", "bridge", "--db", db, "-f", "json").stdout)
    assert [row["id"] for row in as_json] == [1]
    as_csv = run("search", "bridge", "--db", db, "-f", "csv").stdout_bytes.decode()
    assert as_csv.split("\r\n")[1].startswith("1,Ana Lopez,person,")
    table = run("search", "bridge", "--db", db).stdout
    assert "The bridge will open in May." in table and "city council" not in table


def test_show(db):
    result = run("show", "3", "--db", db)
    assert result.exit_code == 0, result.stderr
    fields = dict(line.split(None, 1) for line in result.stdout.splitlines() if len(line.split(None, 1)) == 2)
    assert fields["text"] == "We will not wait,"
    assert fields["speaker"] == "Ana Lopez"
    assert fields["mention"] == "Lopez"
    assert fields["cue"] == "told"
    assert fields["outlet"] == "Daily Planet"
    assert fields["published"] == "2024-03-05"
    assert fields["source"] == "planet.txt"
    assert fields["context"] == '"We will not wait," Lopez told reporters.'
    as_json = json.loads(run("show", "3", "--db", db, "-f", "json").stdout)
    assert as_json[0]["title"] == "Bridge to open"


def test_article_marks_every_quote_with_its_speaker(db):
    result = run("article", "2", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Élection · Le Monde · 2024-04-20 · monde.txt\n\n"
        "José Álvarez a déclaré : «[[Nous gagnerons, c'est sûr !]]{José Álvarez}» "
        'Un "[[proche]]{?}" a parlé.\n'
    )


def test_article_on_a_terminal_uses_colours_and_labels(db):
    result = runner.invoke(app, ["article", "2", "--db", db], env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout  # styled
    assert "[[" not in result.stdout
    assert "Nous gagnerons, c'est sûr !" in result.stdout
    assert " [José Álvarez]" in result.stdout and " [?]" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--since", "x"], 'Error: --since: "x" is not a date — use YYYY-MM-DD'),
        (["list", "--until", "2024-13-01"], 'Error: --until: "2024-13-01" is not a date — use YYYY-MM-DD'),
        (["list", "--speaker", "Nobody"], 'Error: no speaker called "Nobody" — `quotes speakers` lists them'),
        (["list", "--article", "77"], "Error: no article with id 77"),
        (["search", "!!!"], 'Error: search text "!!!" has no words'),
        (["show", "99"], "Error: no quote with id 99 — `quotes list` shows quote ids"),
        (["article", "99"], "Error: no article with id 99"),
    ],
)
def test_errors_are_one_line_on_stderr(db, args, message):
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["list"], ["search", "x"], ["speakers"], ["show", "1"], ["article", "1"],
        ["report", "speaker_summary"], ["export", "-"], ["corrections"],
    ],  # fmt: skip
)
def test_reading_never_creates_a_database(tmp_path: Path, args):
    missing = tmp_path / "none.db"
    result = run(*args, "--db", str(missing))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: no database at {missing}")
    assert not missing.exists()
