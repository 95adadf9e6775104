"""`quotes eval`: figures on stdout, failures and errors on stderr."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app

ROOT = Path(__file__).parent.parent
SEED_GOLD = ROOT / "samples" / "000_e21aeacc92997a7a.gold.jsonl"

QUOTED = "We will open the bridge in May."
TEXT = f"Mayor Ann Lee spoke on Monday. “{QUOTED}” The river was calm that morning."


def _gold(quotes):
    return json.dumps(
        {"id": "t1", "text": TEXT, "title": None, "published": "2024-05-01", "outlet": None, "quotes": quotes},
        ensure_ascii=False,
    )


BRIDGE = {
    "start": TEXT.index(QUOTED),
    "end": TEXT.index(QUOTED) + len(QUOTED),
    "kind": "direct",
    "speaker": "Ann Lee",
    "mention_start": 0,
    "mention_end": len("Mayor Ann Lee"),
    "cue": None,
    "cue_start": None,
    "cue_end": None,
}
# Narration annotated as a quote: no extractor finds it, so it is always missed.
RIVER = {"start": TEXT.index("The river"), "end": len(TEXT), "kind": "indirect", "speaker": None}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def gold_file(tmp_path) -> Path:
    """A gold file of two articles: one quote each, plus a narration line in the second."""
    path = tmp_path / "gold.jsonl"
    path.write_text(_gold([BRIDGE]) + "\n" + _gold([BRIDGE, RIVER]) + "\n", encoding="utf-8")
    return path


def _json(result) -> dict:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_has_counts_and_figures_for_each_kind(runner, gold_file):
    report = _json(runner.invoke(app, ["eval", str(gold_file), "--format", "json"]))
    assert report["articles"] == 2
    assert (report["direct"]["gold"], report["indirect"]["gold"], report["all"]["gold"]) == (2, 1, 3)
    # The one marked quote of each article is found whole.
    assert report["direct"]["at_0.3"]["matched"] == 2
    assert report["direct"]["at_0.8"]["recall"] == 1.0
    assert report["indirect"]["at_0.3"]["matched"] == 0
    assert report["all"]["speaker"]["n"] == 2
    assert report["all"]["mention"]["n"] == 2
    assert report["all"]["cue"]["n"] == 0


def test_kind_keeps_one_row(runner, gold_file):
    report = _json(runner.invoke(app, ["eval", str(gold_file), "--format", "json", "--kind", "indirect"]))
    assert set(report) == {"articles", "thresholds", "indirect"}
    assert report["indirect"]["at_0.3"]["recall"] == 0.0


def test_several_files_add_up(runner, gold_file, tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(_gold([BRIDGE]) + "\n", encoding="utf-8")
    report = _json(runner.invoke(app, ["eval", str(gold_file), str(other), "--format", "json"]))
    assert (report["articles"], report["direct"]["gold"]) == (3, 3)


def test_table_goes_to_stdout_with_a_row_per_kind(runner, gold_file):
    result = runner.invoke(app, ["eval", str(gold_file)])
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].strip().startswith("2 articles")
    for kind in ("direct", "indirect", "all"):
        assert any(line.startswith(f"│ {kind} ") for line in lines), kind
    assert "speaker acc (n)" in result.stdout


def test_errors_lists_failures_on_stderr_only(runner, gold_file):
    result = runner.invoke(app, ["eval", str(gold_file), "--format", "json", "--errors", "5"])
    assert json.loads(result.stdout)["articles"] == 2
    missed = [line for line in result.stderr.splitlines() if " missed " in line]
    assert missed == [f"{gold_file}:2: missed indirect [{RIVER['start']}:{RIVER['end']}] 'The river was calm that morning.'"]


def test_errors_stops_at_n(runner, gold_file):
    result = runner.invoke(app, ["eval", str(gold_file), "--format", "json", "--errors", "1"])
    assert len(result.stderr.splitlines()) <= 1


def test_seed_sample_counts_match_its_gold_file(runner):
    quotes = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["quotes"]
    expected = {kind: sum(q["kind"] == kind for q in quotes) for kind in ("direct", "indirect")}
    report = _json(runner.invoke(app, ["eval", str(SEED_GOLD), "--format", "json"]))
    assert report["direct"]["gold"] == expected["direct"]
    assert report["indirect"]["gold"] == expected["indirect"]
    assert report["all"]["gold"] == len(quotes)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read {path}: No such file or directory — check the path"),
        (_gold([BRIDGE]) + "\n{oops\n", "{path}:2: malformed JSON"),
        ('{"quotes": []}\n', '{path}:1: no "text" string'),
        (_gold([{**BRIDGE, "end": 10_000}]) + "\n", '{path}:1: quote 1: "end" 10000 is outside the text'),
    ],
)
def test_bad_gold_file_is_one_error_line_and_exit_1(runner, tmp_path, content, message):
    path = tmp_path / "gold.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: " + message.format(path=path))
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_eval_is_documented(runner):
    assert runner.invoke(app, ["eval", "--help"]).exit_code == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section: evaluation -->")[1].split("<!-- end: evaluation -->")[0]
    assert "quotes eval" in section
    assert "--errors" in section
