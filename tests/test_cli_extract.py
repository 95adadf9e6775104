"""`quotes extract`: records on stdout, conversation on stderr, offsets into the file."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.extraction import FIELDS

SAMPLES = Path(__file__).parent.parent / "samples"
SEED = SAMPLES / "000_e21aeacc92997a7a.txt"
SEED_GOLD = SAMPLES / "000_e21aeacc92997a7a.gold.jsonl"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_seed_gives_exactly_the_nine_direct_quotes(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    direct = [r for r in _jsonl(result.stdout) if r["kind"] == "direct"]
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    expected = {(q["start"], q["end"]) for q in gold["quotes"] if q["kind"] == "direct"}
    # The headline quote is not in the gold file: it is the one ‘…’ pair in the text.
    headline = text.index("‘Invaluable Contribution’")
    expected.add((headline + 1, headline + len("‘Invaluable Contribution’") - 1))
    assert {(r["start"], r["end"]) for r in direct} == expected
    assert len(direct) == 9


def test_every_record_has_the_contract_fields_and_slices_the_file(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    text = SEED.read_text(encoding="utf-8")
    records = _jsonl(result.stdout)
    assert records
    for record in records:
        assert tuple(record) == FIELDS
        assert record["source"] == str(SEED)
        assert text[record["start"] : record["end"]] == record["text"]
        assert record["kind"] in ("direct", "indirect")


def test_csv_output_has_a_header_and_one_row_per_quote(runner):
    jsonl = _jsonl(runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"]).stdout)
    result = runner.invoke(app, ["extract", str(SEED), "--format", "csv"])
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0] == list(FIELDS)
    assert [int(row[FIELDS.index("start")]) for row in rows[1:]] == [r["start"] for r in jsonl]


def test_stdin_is_read_with_a_dash(runner):
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input="«Yes,» she said.\n")
    assert result.exit_code == 0, result.stderr
    records = _jsonl(result.stdout)
    assert [(r["source"], r["text"]) for r in records if r["kind"] == "direct"] == [("-", "Yes,")]


def test_a_missing_file_is_named_and_the_others_still_come_out(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(SEED), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(_jsonl(result.stdout)) >= 9
    assert result.stderr.startswith("Error: ")
    assert str(missing) in result.stderr
    assert "Traceback" not in result.stderr


def test_table_output_is_for_people(runner):
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0
    assert "speaker" in result.stdout and "quote" in result.stdout


def test_an_unknown_format_is_refused_with_the_choices(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.stderr
