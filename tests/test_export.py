"""`quotes export` on both engines: a golden CSV of the bundled samples, options, atomic writes.

The golden file follows the extractor. After a change to extraction, regenerate it with

    QUOTES_REGENERATE_GOLDEN=1 python -m pytest tests/test_export.py -k golden

and let `test_golden_rows_are_sample_quotes` check the new file against the samples'
gold annotations before committing it.
"""

import csv
import io
import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotes import export as export_module
from quotes.cli import app
from quotes.ingest import ingest
from quotes.queries import QUOTE_COLUMNS, QuoteFilter
from test_queries import build_newsroom  # noqa: E402  (the shared hand-written newsroom)

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "export_samples.csv"
runner = CliRunner()


@pytest.fixture
def samples(db_url, monkeypatch) -> str:
    """A database holding the bundled samples, ingested as `quotes ingest samples` would."""
    monkeypatch.chdir(ROOT)  # sources are stored as given: samples/…
    summary = ingest(["samples"], url=db_url)
    assert not summary.failures
    return db_url


@pytest.fixture
def db(engine, db_url) -> str:
    build_newsroom(engine)
    return db_url


def test_export_of_the_samples_matches_the_golden_file(samples, tmp_path, db_url):
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["export", str(out), "--db", samples])
    assert result.exit_code == 0, result.stderr
    written = out.read_bytes()
    if os.environ.get("QUOTES_REGENERATE_GOLDEN") and db_url.startswith("sqlite"):
        GOLDEN.write_bytes(written)
    assert written == GOLDEN.read_bytes(), (
        "export differs from tests/golden/export_samples.csv; if extraction changed on purpose, "
        "regenerate it (see this module's docstring)"
    )
    assert result.stdout == ""
    assert result.stderr.endswith(f"quotes written to {out}\n")


def _gold_articles() -> dict[str, list[dict]]:
    """Gold annotations of the samples by file stem."""
    gold: dict[str, list[dict]] = {}
    for path in sorted((ROOT / "samples").glob("*.gold.jsonl")):
        stem = path.name.removesuffix(".gold.jsonl")
        gold[stem] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return gold


def _coverage(start: int, end: int, gold: dict) -> float:
    """How much of the gold span [start, end) covers: the project's matching measure."""
    return max(0, min(end, gold["end"]) - max(start, gold["start"])) / (gold["end"] - gold["start"])


def _golden_rows() -> list[dict[str, str]]:
    raw = GOLDEN.read_bytes()
    records = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    # Every record ends in CRLF; a bare LF only appears inside a multi-paragraph quote.
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == len(records)
    assert tuple(records[0]) == QUOTE_COLUMNS
    return [dict(zip(QUOTE_COLUMNS, record, strict=True)) for record in records[1:]]


def _article_of(row: dict[str, str], gold: dict[str, list[dict]]) -> dict:
    """The annotated article in which [start, end) is the row's text."""
    source = Path(row["source"])
    assert source.parent == Path("samples") and (ROOT / source).exists(), row["source"]
    start, end = int(row["start"]), int(row["end"])
    articles = [a for a in gold[source.stem] if a["text"][start:end] == row["text"]]
    assert articles, f"quote {row['id']}: {row['text']!r} is not at [{start}:{end}] of {source}"
    return articles[0]


def test_golden_rows_are_sample_quotes():
    """Every row of the golden file is a quote of a sample article, line by line:
    its text at its offsets, its sentence, date, kind and confidence."""
    gold = _gold_articles()
    rows = _golden_rows()
    assert rows
    for row in rows:
        article = _article_of(row, gold)
        assert row["published"] == (article["published"] or "")
        assert row["text"] in row["sentence"] and row["sentence"] in article["text"]
        assert row["kind"] in {"direct", "indirect"}
        assert 0 <= float(row["confidence"]) <= 1
    ids = [int(row["id"]) for row in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_golden_rows_match_the_annotated_quotes():
    """The golden file finds the annotated quotes: spans and kinds, by the project's
    matching rule (a row covers at least 30% of an annotated quote of its kind).

    Attribution is left out on purpose, as it improves with the extractor; so are a few
    misses and extras, which thresholds allow and the message names.
    """
    gold = _gold_articles()
    rows = _golden_rows()
    extras, found = [], set()
    for row in rows:
        article = _article_of(row, gold)
        start, end = int(row["start"]), int(row["end"])
        matches = [
            (article["id"], g["start"], g["end"])
            for g in article["quotes"]
            if g["kind"] == row["kind"] and _coverage(start, end, g) >= 0.3
        ]
        if matches:
            found.update(matches)
        else:
            extras.append(f"{row['id']} {row['text']!r}")
    annotated = sum(len(a["quotes"]) for articles in gold.values() for a in articles)
    precision, recall = 1 - len(extras) / len(rows), len(found) / annotated
    assert precision >= 0.9, f"rows that are no annotated quote: {extras}"
    assert recall >= 0.8, f"only {len(found)} of {annotated} annotated quotes are in the golden file"


def _export(db: str, *args: str):
    return runner.invoke(app, ["export", "-", "--db", db, *args])


def test_export_to_stdout_streams_crlf_utf8(db):
    result = _export(db, "--kind", "indirect")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == (
        "id,speaker,speaker_kind,mention,cue,text,kind,confidence,title,outlet,published,source,start,end,sentence\r\n"
        "2,city council,organisation,Officials at the city council,said,the budget was too small,indirect,0.6,"
        "Bridge to open,Daily Planet,2024-03-05,planet.txt,118,142,"
        "Officials at the city council said that the budget was too small.\r\n"
    ).encode()
    assert result.stderr == ""


def test_fields_with_quotes_and_commas_are_quoted(db):
    result = _export(db, "--speaker", "Ana Lopez", "--no-headers")
    lines = result.stdout_bytes.decode().split("\r\n")
    assert lines[1].startswith('3,Ana Lopez,person,Lopez,told,"We will not wait,",direct,0.8,')
    assert lines[1].endswith(',"""We will not wait,"" Lopez told reporters."')
    assert len(lines) == 3 and lines[2] == ""  # two rows, no header


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], [1, 2, 3, 4, 5]),
        (["--speaker", "ana lópez"], [1, 3]),
        (["--outlet", "Le Monde"], [4, 5]),
        (["--since", "2024-04-01"], [4, 5]),
        (["--until", "2024-03-05"], [1, 2, 3]),
        (["--kind", "direct"], [1, 3, 4, 5]),
        (["--article", "1"], [1, 2, 3]),
        (["--min-confidence", "0.7"], [1, 3, 4]),
        (["--limit", "2"], [1, 2]),
    ],
)
def test_export_filters(db, args, expected):
    result = _export(db, *args)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert [int(r["id"]) for r in rows] == expected


def test_excel_to_stdout_starts_with_a_byte_order_mark(db):
    result = _export(db, "--excel", "--kind", "indirect")
    assert result.stdout_bytes.startswith("\ufeffid,speaker,".encode())
    assert result.stdout_bytes.count("\ufeff".encode()) == 1


def test_excel_adds_a_byte_order_mark(db, tmp_path):
    out = tmp_path / "excel.csv"
    result = runner.invoke(app, ["export", str(out), "--db", db, "--excel"])
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,speaker,")
    assert data.count(b"\xef\xbb\xbf") == 1
    assert "José Álvarez".encode() in data
    plain = tmp_path / "plain.csv"
    runner.invoke(app, ["export", str(plain), "--db", db])
    assert data == b"\xef\xbb\xbf" + plain.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "soon"], 'Error: --since: "soon" is not a date — use YYYY-MM-DD'),
        (["--speaker", "Nobody"], 'Error: no speaker called "Nobody"'),
        (["--article", "9"], "Error: no article with id 9"),
    ],
)
def test_a_failed_export_leaves_the_old_file_and_no_temporary(db, tmp_path, args, message):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "quotes.csv"
    out.write_bytes(b"old contents\r\n")
    result = runner.invoke(app, ["export", str(out), "--db", db, *args])
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert out.read_bytes() == b"old contents\r\n"
    assert [p.name for p in folder.iterdir()] == ["quotes.csv"]


def test_an_error_mid_stream_leaves_no_half_file(db, tmp_path, monkeypatch):
    def broken(session, where, *, yield_per=None):
        yield (1, "first row")
        raise sa.exc.OperationalError("SELECT", {}, Exception("connection lost"))

    monkeypatch.setattr(export_module, "quote_rows", broken)
    folder = tmp_path / "exports"
    folder.mkdir()
    engine = sa.create_engine(db)
    with Session(engine) as session, pytest.raises(sa.exc.OperationalError):
        export_module.export_csv(session, QuoteFilter(), str(folder / "quotes.csv"))
    engine.dispose()
    assert list(folder.iterdir()) == []


def test_the_exported_file_has_the_usual_permissions(db, tmp_path):
    out = tmp_path / "quotes.csv"
    mask = os.umask(0o027)
    try:
        assert runner.invoke(app, ["export", str(out), "--db", db]).exit_code == 0
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o640


def test_export_into_a_missing_folder_is_an_error(db, tmp_path):
    out = tmp_path / "no" / "such" / "quotes.csv"
    result = runner.invoke(app, ["export", str(out), "--db", db])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write {out}: folder")
    assert not out.parent.exists()


def test_export_reads_in_batches(db, monkeypatch):
    seen = {}
    real = export_module.quote_rows

    def spy(session, where, *, yield_per=None):
        seen["yield_per"] = yield_per
        return real(session, where, yield_per=yield_per)

    monkeypatch.setattr(export_module, "quote_rows", spy)
    assert _export(db).exit_code == 0
    assert seen["yield_per"] == export_module.BATCH
