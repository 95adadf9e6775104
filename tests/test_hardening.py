"""Hostile input, faults and safety, end to end: lost connections, killed runs, injected
filters, read-only SQL, passwords in URLs, and a directory of bad files."""

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

import quotes.ingest
from quotes.cli import app
from quotes.database import open_engine
from quotes.extraction import extract
from quotes.ingest import ingest
from quotes.reader import read_articles

from minister_articles import attributed as _attributed
from minister_articles import counts
from minister_articles import record as _record
from minister_articles import write_jsonl as _write_jsonl


def _assert_whole_articles(url: str, path: Path) -> int:
    """Every stored article has exactly the quotes a fresh extraction finds; returns how many are stored."""
    expected = {article.text: len(extract(article)) for article in read_articles(str(path))}
    engine = open_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT a.text, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id "
                "GROUP BY a.id, a.text"
            )
        ).all()
    engine.dispose()
    assert {text: count for text, count in rows} == {text: expected[text] for text, _ in rows}
    assert len({text for text, _ in rows}) == len(rows), "an article stored twice"
    return len(rows)


def _expected_totals(path: Path) -> tuple[int, int]:
    articles = list(read_articles(str(path)))
    return len(articles), sum(len(extract(article)) for article in articles)


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quotes", *args], capture_output=True, text=True, timeout=timeout
    )


def _with_password(url: str) -> str:
    """The test server trusts local connections, so a password is accepted and ignored."""
    return url.replace("postgresql+psycopg://postgres@", "postgresql+psycopg://postgres:secret@", 1)


# -- 1. A connection lost mid-ingest ----------------------------------------------------


def _disconnect() -> sa.exc.OperationalError:
    return sa.exc.OperationalError(
        "INSERT INTO quotes …", {}, Exception("server closed the connection unexpectedly"),
        connection_invalidated=True,
    )


def _failing_store(monkeypatch, *, at: int, times: int) -> None:
    """`store_article` loses the connection on its `at`-th call and the `times - 1` calls after."""
    real = quotes.ingest.store_article
    calls = {"n": 0}

    def store_article(session, *args, **kwargs):
        calls["n"] += 1
        if at <= calls["n"] < at + times:
            raise _disconnect()
        return real(session, *args, **kwargs)

    monkeypatch.setattr(quotes.ingest, "store_article", store_article)
    monkeypatch.setattr(quotes.ingest, "RECONNECT_WAITS_S", (0, 0, 0))


def test_a_lost_connection_is_reopened_and_the_batch_stored_again(db_url, tmp_path, monkeypatch):
    path = _write_jsonl(tmp_path / "wire.jsonl", 30)
    _failing_store(monkeypatch, at=15, times=2)  # twice in the second batch
    failures = []
    summary = ingest([str(path)], url=db_url, batch=10, on_failure=failures.append)
    assert failures == []
    assert (summary.new, summary.skipped) == (30, 0)
    assert _assert_whole_articles(db_url, path) == 30
    assert counts(db_url, ("articles", "quotes", "speakers"))["quotes"] == _expected_totals(path)[1]


def test_a_connection_lost_while_storing_article_by_article_counts_each_once(db_url, tmp_path, monkeypatch):
    def doubled(article):
        quotes = _attributed(article)
        # The same quote twice breaks a unique constraint: the batch is stored one by one.
        return quotes + quotes[:1] if "round 3\n" in article.text else quotes

    monkeypatch.setattr(quotes.ingest, "extract", doubled)
    # Calls 1-10 are the batch, 11-13 rounds 0-2 alone; the 14th (round 3) loses the connection.
    _failing_store(monkeypatch, at=14, times=1)
    failures = []
    summary = ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 10))], url=db_url, batch=10,
                     on_failure=failures.append)
    assert (summary.new, summary.skipped, summary.failed, summary.quotes) == (9, 0, 1, 18)
    assert len(failures) == 1 and "#3: cannot store: " in failures[0]
    assert counts(db_url, ("articles", "quotes", "speakers")) == {"articles": 9, "quotes": 18, "speakers": 6}  # Moreau (round 3) left out


def test_a_connection_that_stays_lost_stops_the_run_with_one_line(db_url, tmp_path, monkeypatch):
    path = _write_jsonl(tmp_path / "wire.jsonl", 30)
    _failing_store(monkeypatch, at=15, times=1000)
    monkeypatch.setattr(quotes.ingest, "BATCH", 10)
    url = _with_password(db_url)
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", url])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: writing to ")
    assert "server closed the connection unexpectedly" in lines[0]
    assert "run the same `quotes ingest` again" in lines[0]
    if "postgresql" in db_url:
        assert "postgres:***@127.0.0.1" in lines[0]
    assert _assert_whole_articles(db_url, path) == 10  # the first batch only
    monkeypatch.undo()
    rerun = CliRunner().invoke(app, ["ingest", str(path), "--db", db_url])
    assert rerun.exit_code == 0, rerun.stderr
    assert rerun.stderr.startswith("20 new articles, 10 already stored, 0 failed")
    assert _assert_whole_articles(db_url, path) == 30


def _postgres_only(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has no server connection to lose")


def test_terminating_the_backend_of_a_running_ingest(db_url, tmp_path):
    _postgres_only(db_url)
    path = _write_jsonl(tmp_path / "wire.jsonl", 1500)
    name = f"quotes_ingest_{uuid.uuid4().hex[:8]}"
    url = f"{db_url}&application_name={name}"
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", str(path), "--db", url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    admin = sa.create_engine(db_url)
    terminated = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None and not terminated:
            with admin.connect() as connection:
                try:
                    stored = connection.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
                except sa.exc.DBAPIError:
                    stored = 0  # not migrated yet
                    connection.rollback()
                if stored:
                    terminated = connection.execute(
                        sa.text(
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE application_name = :name"
                        ),
                        {"name": name},
                    ).scalar_one()
            time.sleep(0.02)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        admin.dispose()
    assert terminated >= 1, "the ingest ended before its connection could be cut"
    assert process.returncode == 0, stderr
    assert stdout == ""
    assert stderr.startswith("1500 new articles, 0 already stored, 0 failed")
    assert _assert_whole_articles(db_url, path) == 1500
    rerun = _cli("ingest", str(path), "--db", db_url)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.startswith("0 new articles, 1500 already stored, 0 failed")


# -- 5. SIGKILL mid-ingest ---------------------------------------------------------------


def test_a_killed_ingest_leaves_a_database_that_passes_the_check(db_url, tmp_path):
    total = 1500
    path = _write_jsonl(tmp_path / "wire.jsonl", total)
    command = [sys.executable, "-m", "quotes", "ingest", str(path), "--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = sa.create_engine(db_url)
    try:
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and process.poll() is None and not stored:
            try:
                with engine.connect() as connection:
                    stored = connection.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
            except sa.exc.DBAPIError:
                pass  # not migrated yet
            time.sleep(0.01)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        engine.dispose()
    assert process.returncode == -signal.SIGKILL
    check = _cli("db", "check", "--db", db_url)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == ""
    stored = _assert_whole_articles(db_url, path)
    assert 0 < stored < total, "killed too late to test anything"
    rerun = _cli(*command[3:])
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.startswith(f"{total - stored} new articles, {stored} already stored, 0 failed")
    assert _assert_whole_articles(db_url, path) == total
    assert _cli("db", "check", "--db", db_url).returncode == 0


# -- 2. Filters and search text are bound parameters -------------------------------------


@pytest.fixture
def stored(db_url, tmp_path, monkeypatch) -> str:
    """A database holding the quotes of 14 `_record` articles, attributed to their ministers."""
    monkeypatch.setattr(quotes.ingest, "extract", _attributed)
    summary = ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 14))], url=db_url)
    assert summary.failed == 0
    return db_url


def _snapshot(url: str) -> tuple:
    engine = open_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT id, text, speaker_id, rejected FROM quotes ORDER BY id")).all()
        tables = sorted(sa.inspect(connection).get_table_names())
    engine.dispose()
    return rows, tables


def _jsonl(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["list", "--speaker", "x' OR '1'='1"], "Error: no speaker called \"x' OR '1'='1\""),
        (["list", "--speaker", "x\" OR \"1\"=\"1"], "Error: no speaker called"),
        (["list", "--speaker", "Anna Berg' --"], 4),  # names are matched ignoring punctuation
        (["list", "--speaker", "%"], "Error: no speaker called"),  # a LIKE wildcard is a character
        (["list", "--outlet", 'a"; DROP TABLE quotes; --'], 0),
        (["list", "--outlet", "Daily'; DELETE FROM quotes; --"], 0),
        (["list", "--outlet", "%"], 0),
        (["list", "--speaker", "Anna Berg"], 4),  # rounds 0 and 7, two quotes each
        (["list", "--outlet", "Daily"], 28),
        (["search", 'table"'], 14),
        (["search", '"table'], 14),
        (["search", "tab*"], 0),  # a prefix operator would match "table"
        (["search", "NEAR(meet table)"], 0),  # NEAR is a word here, and no quote has it
        (["search", "NEAR("], 0),
        (["search", "--", "-table"], 14),  # not "quotes without table"
        (["search", "text:table"], 0),  # a column filter would match; "text" is no quote's word
        (["search", "week AND 3"], 0),  # AND is a word, and no quote has it
        (["search", "week 3"], 1),
        (["search", "x' OR '1'='1"], 0),
    ],
)
def test_filters_and_search_text_change_nothing_and_find_what_they_say(stored, args, expected):
    before = _snapshot(stored)
    result = CliRunner().invoke(app, [args[0], "--db", stored, "--format", "jsonl", *args[1:]])
    if isinstance(expected, str):
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.startswith(expected)
        assert len(result.stderr.splitlines()) == 1
    else:
        assert result.exit_code == 0, result.stderr
        assert len(_jsonl(result)) == expected
    assert "Traceback" not in result.stderr
    assert _snapshot(stored) == before


@pytest.mark.parametrize("text", ['"', "*", "-", ":", "()", '"*"'])
def test_search_text_of_operators_only_is_a_one_line_error(stored, text):
    before = _snapshot(stored)
    result = CliRunner().invoke(app, ["search", "--db", stored, "--", text])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: search text")
    assert len(result.stderr.splitlines()) == 1
    assert _snapshot(stored) == before


# -- 3. `quotes sql` never writes ----------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT 1; DELETE FROM quotes",
        "SELECT 1;DELETE FROM quotes;",
        "VACUUM",
        "ATTACH DATABASE 'elsewhere.db' AS elsewhere",
        "WITH gone AS (DELETE FROM quotes RETURNING id) SELECT count(*) FROM gone",
        "CREATE TABLE elsewhere AS SELECT * FROM quotes",
    ],
)
def test_sql_refuses_writes_on_every_engine(stored, statement, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where ATTACH would create its file
    before = _snapshot(stored)
    result = CliRunner().invoke(app, ["sql", statement, "--db", stored])
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.splitlines()) == 1
    assert _snapshot(stored) == before
    assert not (tmp_path / "elsewhere.db").exists()


# -- 4. Passwords never printed -------------------------------------------------------------

UNREACHABLE = [
    "postgresql+psycopg://u:secret@127.0.0.1:1/x",
    "postgresql://u:secret@127.0.0.1:1/x",
    "postgresql+psycopg://u:secret@127.0.0.1:notaport/x",  # does not parse
    "postgresql+psycopg://u:se@cret@127.0.0.1:1/x",  # an unescaped @ in the password
    "postgresql+psycopg://u:sec/ret@127.0.0.1:1/x",
    "postgresql+nodriver://u:secret@127.0.0.1:1/x",
    "mysql://u:secret@127.0.0.1:1/x",
]
COMMANDS = [
    ["list"], ["search", "word"], ["export", "-"], ["sql", "SELECT 1"], ["report", "speaker_summary"],
    ["db", "current"], ["db", "check"], ["db", "upgrade"], ["db", "downgrade", "base"],
]


@pytest.mark.parametrize("url", UNREACHABLE)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_password_is_never_printed(url, command):
    result = CliRunner().invoke(app, [*command, "--db", url])
    assert result.exit_code == 1
    assert "secret" not in result.stdout + result.stderr
    assert "cret" not in result.stdout + result.stderr
    assert result.stderr.startswith("Error: ")
    assert "***" in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("url", UNREACHABLE[:3])
def test_a_password_is_never_printed_by_ingest(url, tmp_path):
    path = _write_jsonl(tmp_path / "wire.jsonl", 2)
    result = _cli("ingest", str(path), "--db", url)
    assert result.returncode == 1
    assert "secret" not in result.stdout + result.stderr
    assert result.stderr.startswith("Error: ") and "***" in result.stderr
    assert "Traceback" not in result.stderr


# -- 6. A directory of hostile files through the whole CLI -------------------------------------

GOOD = "\u201cWe will rebuild the bridge by May,\u201d said Mayor Ines Kovac on Tuesday."
CRLF = "Harbour plan\r\n\r\n\u201cThe harbour opens in June,\u201d said Director Paul Weber.\r\nNo more was said.\r\n"


def _hostile_directory(root: Path) -> dict[str, bool]:
    """Files of every bad kind beside good ones: name → whether articles of it should be stored.

    wire.jsonl and short.csv have one bad record each between good ones.
    """
    files = {
        "good.txt": (GOOD.encode("utf-8"), True),
        "crlf.txt": (CRLF.encode("utf-8"), True),
        "report.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", False),
        "empty.txt": (b"", False),
        "broken.txt": (b"Caf\xc3 \xff\xfe bad bytes \x80\x81 " * 20, False),
        "utf16_bom.txt": (GOOD.replace("Mayor", "Governor").encode("utf-16"), True),
        "utf16_nobom.txt": (GOOD.replace("Mayor", "Senator").encode("utf-16-le"), True),
        "cyrillic.txt": ((
            "\u00ab\u041c\u044b \u043f\u043e\u0441\u0442\u0440\u043e\u0438\u043c \u043c\u043e\u0441\u0442\u00bb, "
            "\u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043c\u044d\u0440 \u0418\u0432\u0430\u043d "
            "\u041f\u0435\u0442\u0440\u043e\u0432 \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a "
            "\u0443\u0442\u0440\u043e\u043c \u043d\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0435 "
            "\u0441 \u0436\u0438\u0442\u0435\u043b\u044f\u043c\u0438 \u0433\u043e\u0440\u043e\u0434\u0430."
        ).encode("cp1251"), True),
        "latin1.txt": ((
            "\u00ab Nous reconstruirons le pont \u00e9t\u00e9 comme hiver \u00bb, a d\u00e9clar\u00e9 "
            "le maire Andr\u00e9 L\u00e9vesque mardi."
        ).encode("latin-1"), True),
        "nul.txt": (b"Caf\x00\x00\x00\x00 \x00\x01\x02" * 40, False),
        "wire.jsonl": (
            (json.dumps(_record(1)) + "\n{not json\n" + json.dumps(_record(2)) + "\n").encode("utf-8"), True
        ),
        "table.csv": (b"title,published\nOne,2024-03-05\n", False),  # no text column
        "short.csv": (  # a row with a field missing, then a good row
            'title,text\nOne\nTwo,"\u201cWe are ready,\u201d said Coach Ann Lee."\n'.encode("utf-8"), True
        ),
    }
    for name, (data, _) in files.items():
        (root / name).write_bytes(data)
    return {name: good for name, (_, good) in files.items()}


def test_a_directory_of_hostile_files_names_each_bad_one_and_stores_the_rest(db_url, tmp_path):
    directory = tmp_path / "inbox"
    directory.mkdir()
    files = _hostile_directory(directory)
    result = _cli("ingest", str(directory), "--db", db_url)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert result.stderr.splitlines()[-1] not in errors  # the summary comes last
    bad = sorted(name for name, good in files.items() if not good) + ["wire.jsonl", "short.csv"]
    for name in bad:
        assert sum(name in line for line in errors) == 1, (name, result.stderr)
    assert len(errors) == len(bad), result.stderr
    engine = open_engine(db_url)
    with engine.connect() as connection:
        articles = connection.execute(sa.text("SELECT id, source, text FROM articles")).all()
        quotes = connection.execute(sa.text("SELECT article_id, start, \"end\", text FROM quotes")).all()
    engine.dispose()
    sources = sorted(Path(source.split("#")[0]).name for _, source, _ in articles)
    assert sources == sorted(
        ["crlf.txt", "cyrillic.txt", "good.txt", "latin1.txt", "utf16_bom.txt", "utf16_nobom.txt",
         "wire.jsonl", "wire.jsonl", "short.csv"]
    )
    texts = {id_: text for id_, _, text in articles}
    assert all("\x00" not in text for text in texts.values())
    for article_id, start, end, text in quotes:
        assert texts[article_id][start:end] == text
    crlf = next(id_ for id_, source, _ in articles if source.endswith("crlf.txt"))
    assert [text for article_id, _, _, text in quotes if article_id == crlf] == ["The harbour opens in June,"]
    assert re.search("Ivan|\u0418\u0432\u0430\u043d", "".join(texts.values()))


# -- A damaged SQLite file ----------------------------------------------------------------


@pytest.fixture
def damaged(tmp_path, monkeypatch) -> str:
    """A SQLite database of 40 articles whose quotes table and article-text index are overwritten.

    Their first pages, named by the schema: any other page might hold the schema itself,
    and a file whose schema cannot be read is refused before any command starts.
    """
    path = tmp_path / "damaged.db"
    monkeypatch.setattr(quotes.ingest, "extract", _attributed)
    assert ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 40))], url=f"sqlite:///{path}").failed == 0
    monkeypatch.undo()
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('quotes', 'sqlite_autoindex_articles_1')"
        ).fetchall()
    with path.open("r+b") as file:
        for (page,) in roots:
            file.seek((page - 1) * page_size)
            file.write(b"\xff" * page_size)
    return str(path)


def test_check_reports_a_damaged_file_instead_of_failing(damaged):
    result = _cli("db", "check", "--db", damaged)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    # SQLite either lists what is wrong, or fails its own check half-way; both are said.
    assert lines[-1] in ("integrity: database disk image is malformed",
                         "cannot read the database to the end: database disk image is malformed"), result.stdout
    noun = "problem" if len(lines) == 1 else "problems"
    assert result.stderr == f"{len(lines)} {noun} in sqlite:///{damaged}\n"


def test_ingest_into_a_damaged_file_is_one_line(damaged, tmp_path):
    path = tmp_path / "more.jsonl"
    path.write_text("".join(json.dumps(_record(i)) + "\n" for i in range(40, 60)), encoding="utf-8")
    result = _cli("ingest", str(path), "--db", damaged)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "malformed" in lines[0]


# -- Workers of a killed ingest --------------------------------------------------------------


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _running(pid: int) -> bool:
    """Whether `pid` exists and is not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc")
def test_the_workers_of_a_killed_ingest_leave_too(tmp_path):
    path = _write_jsonl(tmp_path / "wire.jsonl", 20000)
    command = [sys.executable, "-m", "quotes", "ingest", str(path), "--db", str(tmp_path / "q.db"), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) == 2, "the workers never started"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 5
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)  # not to leave them behind when this fails
    assert left == []
