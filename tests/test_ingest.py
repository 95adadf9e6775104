"""`quotes ingest`: streaming, atomic per article, idempotent, and honest about failures."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotes import models
from quotes.cli import app
from quotes.database import open_engine
from quotes.extraction import extract
from quotes.ingest import Interrupted, ingest, input_files
from quotes.reader import read_articles
from quotes.queries import QuoteFilter, find_quotes
from quotes.store import integrity_problems, store_article

from minister_articles import attributed as _attributed
from minister_articles import counts as _counts
from minister_articles import SURNAMES
from minister_articles import record as _record
from minister_articles import write_jsonl as _write_jsonl

SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.fixture
def perfect_extractor(monkeypatch):
    """Ingest extracts with `_attributed` (worker processes fork with it too)."""
    import quotes.ingest

    monkeypatch.setattr(quotes.ingest, "extract", _attributed)


def _expected(path: Path) -> tuple[dict[str, int], set[str]]:
    """Quotes per article text and the speakers the real extractor finds in `path`."""
    per_text, speakers = {}, set()
    for article in read_articles(str(path), on_error=lambda error: None):
        found = extract(article)
        per_text[article.text] = len(found)
        speakers |= {q.speaker for q in found if q.speaker}
    return per_text, speakers


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _ingest(runner: CliRunner, *args: str):
    return runner.invoke(app, ["ingest", *args])


def test_directories_are_searched_for_articles_but_not_gold_files(tmp_path):
    for name in ("b.txt", "a.jsonl", "sub/c.csv", "sub/d.html", "x.gold.jsonl", "notes.md", "e.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    named = str(tmp_path / "x.gold.jsonl")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in input_files([str(tmp_path)])] == [
        "a.jsonl", "b.txt", "e.json", "sub/c.csv", "sub/d.html",
    ]
    # A file named on the command line is read whatever its name.
    assert list(input_files([named, "-"])) == [named, "-"]


def test_samples_ingested_twice_give_the_same_rows(runner, db_url):
    articles = [a for path in input_files([str(SAMPLES)]) for a in read_articles(path)]
    expected_quotes = sum(len(extract(a)) for a in articles)
    first = _ingest(runner, str(SAMPLES), "--db", db_url)
    assert first.exit_code == 0, first.stderr
    counts = _counts(db_url)
    assert counts["articles"] == len(articles)
    assert counts["quotes"] == expected_quotes
    assert first.stdout == ""
    assert first.stderr.startswith(f"{len(articles)} new articles, 0 already stored, 0 failed; {expected_quotes} quotes")
    second = _ingest(runner, str(SAMPLES), "--db", db_url)
    assert second.exit_code == 0, second.stderr
    assert second.stderr == f"0 new articles, {len(articles)} already stored, 0 failed; 0 quotes, 0 new speakers\n"
    assert _counts(db_url) == counts


def test_one_bad_line_fails_alone(runner, db_url, tmp_path, perfect_extractor):
    path = _write_jsonl(tmp_path / "wire.jsonl", 5, bad_lines=(2,))
    result = _ingest(runner, str(path), "--db", db_url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1
    assert f"{path}:3" in errors[0]
    assert result.stderr.splitlines()[-1].startswith("4 new articles, 0 already stored, 1 failed; 8 quotes")
    assert _counts(db_url)["articles"] == 4


def test_a_failing_extraction_fails_its_article_alone(db_url, tmp_path, monkeypatch):
    import quotes.ingest

    def fragile(article):
        if "round 1\n" in article.text:
            raise ValueError("unexpected mark")
        return _attributed(article)

    monkeypatch.setattr(quotes.ingest, "extract", fragile)
    failures = []
    summary = ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 3))], url=db_url, on_failure=failures.append)
    assert (summary.new, summary.failed, summary.quotes) == (2, 1, 4)
    assert failures == [f"{tmp_path / 'wire.jsonl'}#1: extraction failed: ValueError('unexpected mark')"]


def test_a_missing_file_is_named_and_the_others_are_stored(runner, db_url, tmp_path):
    good = _write_jsonl(tmp_path / "wire.jsonl", 2)
    result = _ingest(runner, str(tmp_path / "missing.txt"), str(good), "--db", db_url)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {tmp_path / 'missing.txt'} does not exist; check the path"
    assert _counts(db_url)["articles"] == 2


def test_speakers_and_outlet(runner, db_url, tmp_path, perfect_extractor):
    path = _write_jsonl(tmp_path / "wire.jsonl", 9)
    result = _ingest(runner, str(path), "--outlet", "Evening Post", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    engine = open_engine(db_url)
    with engine.connect() as connection:
        outlets = connection.execute(sa.select(models.Article.outlet).distinct()).scalars().all()
        speakers = connection.execute(sa.select(models.Speaker.name).order_by(models.Speaker.name)).scalars().all()
    engine.dispose()
    assert outlets == ["Evening Post"]
    assert speakers == sorted(f"Anna {s}" for s in SURNAMES)


def test_jobs_give_the_same_rows(db_url, tmp_path):
    # The real extractor: worker processes need not share this process's patches.
    path = _write_jsonl(tmp_path / "wire.jsonl", 60)
    per_text, speakers = _expected(path)
    summary = ingest([str(path)], url=db_url, jobs=2)
    assert (summary.new, summary.quotes, summary.speakers, summary.failed) == (
        60, sum(per_text.values()), len(speakers), 0
    )
    engine = open_engine(db_url)
    with engine.connect() as connection:
        sources = connection.execute(sa.text("SELECT source_index FROM articles ORDER BY id")).scalars().all()
    engine.dispose()
    assert sources == list(range(60))  # stored in input order


def test_reprocess_replaces_quotes_of_stored_articles(runner, db_url, tmp_path, monkeypatch, perfect_extractor):
    path = str(_write_jsonl(tmp_path / "wire.jsonl", 3))
    assert _ingest(runner, path, "--db", db_url).exit_code == 0
    assert _counts(db_url)["quotes"] == 6
    import quotes.ingest

    monkeypatch.setattr(quotes.ingest, "extract", lambda article: _attributed(article)[:1])
    again = _ingest(runner, path, "--reprocess", "--db", db_url)
    assert again.exit_code == 0, again.stderr
    assert again.stderr == "0 new articles, 0 already stored, 3 extracted again, 0 failed; 3 quotes, 0 new speakers\n"
    assert _counts(db_url)["quotes"] == 3
    monkeypatch.setattr(quotes.ingest, "extract", lambda article: [])
    every = _ingest(runner, "--reprocess", "--db", db_url)
    assert every.exit_code == 0, every.stderr
    assert every.stderr == "0 new articles, 0 already stored, 3 extracted again, 0 failed; 0 quotes, 0 new speakers\n"
    assert _counts(db_url)["quotes"] == 0


def test_reprocess_without_a_database_creates_none(runner, tmp_path):
    result = _ingest(runner, "--reprocess", "--db", str(tmp_path / "q.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no database at ")
    assert not (tmp_path / "q.db").exists()


def test_nothing_to_ingest(runner, tmp_path):
    result = _ingest(runner, "--db", str(tmp_path / "q.db"))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: nothing to ingest — give article files or directories, or --reprocess for every stored article\n"
    )
    assert not (tmp_path / "q.db").exists()


def _wait_for_articles(url: str, process: subprocess.Popen, at_least: int) -> int:
    engine = sa.create_engine(url)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with engine.connect() as connection:
                    count = connection.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
                if count >= at_least:
                    return count
            except sa.exc.DBAPIError:
                pass  # the schema is not there yet
            time.sleep(0.02)
        pytest.fail(f"ingest ended (exit {process.poll()}) or stalled before storing {at_least} articles")
    finally:
        engine.dispose()


def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes_it(db_url, tmp_path):
    total = 3000
    path = str(_write_jsonl(tmp_path / "wire.jsonl", total))
    command = [sys.executable, "-m", "quotes", "ingest", path, "--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for_articles(db_url, process, 1)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    stored = _counts(db_url)
    assert 0 < stored["articles"] < total, "killed too late to test anything"
    engine = open_engine(db_url)
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        per_article = connection.execute(
            sa.text(
                "SELECT a.text, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id "
                "GROUP BY a.id, a.text"
            )
        ).all()
    engine.dispose()
    # Every stored article has all its quotes, as the extractor finds them.
    per_text, speakers = _expected(Path(path))
    assert all(count == per_text[text] for text, count in per_article)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.startswith(f"{total - stored['articles']} new articles, {stored['articles']} already stored")
    counts = _counts(db_url)
    assert (counts["articles"], counts["quotes"], counts["speakers"]) == (total, sum(per_text.values()), len(speakers))


def test_ctrl_c_keeps_committed_batches_and_counts_only_them(db_url, tmp_path, monkeypatch, perfect_extractor):
    import quotes.ingest

    stored = []

    def interrupted_at_the_75th(*args, **kwargs):
        if len(stored) == 74:
            raise KeyboardInterrupt  # in the middle of the second batch of 50
        stored.append(1)
        return store_article(*args, **kwargs)

    monkeypatch.setattr(quotes.ingest, "store_article", interrupted_at_the_75th)
    path = str(_write_jsonl(tmp_path / "wire.jsonl", 120))
    with pytest.raises(Interrupted) as stopped:
        ingest([path], url=db_url, batch=50)
    assert isinstance(stopped.value, KeyboardInterrupt)
    assert (stopped.value.summary.new, stopped.value.summary.quotes) == (50, 100)
    counts = _counts(db_url)
    assert (counts["articles"], counts["quotes"]) == (50, 100)


def test_ctrl_c_during_a_commit_is_counted_with_the_batch_it_stored(db_url, tmp_path, monkeypatch, perfect_extractor):
    from sqlalchemy.orm import Session

    commit = Session.commit
    calls = []

    def interrupted_while_committing(session):
        calls.append(session)
        if len(calls) == 2:
            signal.raise_signal(signal.SIGINT)  # the user's Ctrl-C, while the second batch commits
        commit(session)

    monkeypatch.setattr(Session, "commit", interrupted_while_committing)
    path = str(_write_jsonl(tmp_path / "wire.jsonl", 120))
    with pytest.raises(Interrupted) as stopped:
        ingest([path], url=db_url, batch=50)
    # The commit went through, and the summary counts what it stored.
    assert (stopped.value.summary.new, stopped.value.summary.quotes) == (100, 200)
    counts = _counts(db_url)
    assert (counts["articles"], counts["quotes"]) == (100, 200)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_prints_what_was_stored_and_exits_130(db_url, tmp_path):
    # Far more articles than a loaded machine stores between the first commit and the
    # signal, so the ingest is always caught half-way; only the first batch is stored.
    total = 30000
    path = str(_write_jsonl(tmp_path / "wire.jsonl", total))
    command = [sys.executable, "-m", "quotes", "ingest", path, "--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_articles(db_url, process, 1)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    stored = _counts(db_url)
    assert 0 < stored["articles"] < total, "interrupted too late to test anything"
    assert out == ""
    assert err.startswith(f"Interrupted: {stored['articles']} new articles, 0 already stored, 0 failed; "
                          f"{stored['quotes']} quotes"), err
    assert "Traceback" not in err


def test_an_article_the_database_refuses_fails_alone_within_its_batch(db_url, tmp_path, monkeypatch):
    import quotes.ingest

    def doubled(article):
        quotes = _attributed(article)
        # The same quote twice breaks the unique (article, kind, start, end) constraint.
        return quotes + quotes[:1] if "round 3\n" in article.text else quotes

    monkeypatch.setattr(quotes.ingest, "extract", doubled)
    failures = []
    summary = ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 6))], url=db_url, batch=50, on_failure=failures.append)
    assert (summary.new, summary.failed, summary.quotes, summary.speakers) == (5, 1, 10, 5)
    assert len(failures) == 1
    assert failures[0].startswith(f"{tmp_path / 'wire.jsonl'}#3: cannot store: ")
    assert _counts(db_url) == {"articles": 5, "quotes": 10, "speakers": 5, "speaker_aliases": 5}


def test_reprocessing_everything_with_workers_gives_the_same_rows(db_url, tmp_path):
    from quotes.ingest import reprocess_all

    path = _write_jsonl(tmp_path / "wire.jsonl", 40)
    per_text, _ = _expected(path)
    ingest([str(path)], url=db_url)
    before = _counts(db_url)
    summary = reprocess_all(url=db_url, jobs=2)
    assert (summary.new, summary.reprocessed, summary.quotes, summary.speakers, summary.failed) == (
        0, 40, sum(per_text.values()), 0, 0
    )
    assert _counts(db_url) == before


def test_stdin(runner, db_url, perfect_extractor):
    lines = "".join(json.dumps(_record(i)) + "\n" for i in range(3))
    result = runner.invoke(app, ["ingest", "-", "--db", db_url], input=lines)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "3 new articles, 0 already stored, 0 failed; 6 quotes, 3 new speakers\n"
    assert _counts(db_url)["articles"] == 3


def test_a_batch_feeds_the_full_text_index_in_one_segment(tmp_path, perfect_extractor):
    # FTS5 writes its pending terms out as a segment at the end of every statement that
    # feeds it: fed an article at a time, a batch left a segment per article, which its
    # merges then read and wrote again and again as the index grew.
    url = f"sqlite:///{tmp_path / 'test.db'}"
    summary = ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 12))], url=url)
    engine = open_engine(url)
    with engine.connect() as connection:
        # Rows of a segment's pages have ids from the segment id shifted left 37 bits.
        segments = connection.exec_driver_sql(
            "SELECT count(DISTINCT id >> 37) FROM quotes_fts_data WHERE id >> 37 > 0"
        ).scalar()
        found = connection.exec_driver_sql("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'week'").scalar()
    engine.dispose()
    assert (summary.new, segments, found) == (12, 1, 12)


def test_a_batch_of_new_and_reprocessed_articles_keeps_search_in_step(db_url, tmp_path, perfect_extractor):
    # Reprocessed articles' quotes reach the index before the batch's new ones do.
    _write_jsonl(tmp_path / "first.jsonl", 2)
    assert ingest([str(tmp_path / "first.jsonl")], url=db_url).new == 2
    summary = ingest([str(_write_jsonl(tmp_path / "wire.jsonl", 5))], url=db_url, reprocess=True)
    engine = open_engine(db_url)
    problems = integrity_problems(engine)
    with Session(engine) as session:
        found = list(find_quotes(session, QuoteFilter(text="week")))
    engine.dispose()
    assert (summary.new, summary.reprocessed, problems) == (3, 2, [])
    assert sorted(row["text"] for row in found) == sorted(f"We will meet again in week {i}," for i in range(5))
