"""Corrections on both engines: applied at once, listed, undone, and still in effect after reprocessing."""

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotes import corrections
from quotes.cli import app
from quotes.errors import InputError, NotFoundError
from quotes.ingest import ingest, reprocess_all
from quotes.models import Correction, Quote, Speaker, SpeakerAlias
from quotes.queries import QuoteFilter, find_quotes, speaker_rows
from test_queries import build_newsroom  # noqa: E402  (the shared hand-written newsroom)

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture
def newsroom(engine) -> sa.Engine:
    build_newsroom(engine)
    return engine


def change(engine: sa.Engine, action, *args):
    """Run one correction function in its own committed transaction; returns the correction id."""
    with Session(engine) as session, session.begin():
        return action(session, *args).id


def speakers_of(engine: sa.Engine, **where) -> dict[int, str | None]:
    with Session(engine) as session:
        return {row["id"]: row["speaker"] for row in find_quotes(session, QuoteFilter(**where))}


def names(engine: sa.Engine) -> dict[str, str]:
    with Session(engine) as session:
        return {row["name"]: row["aliases"] for row in speaker_rows(session)}


def test_attribute_to_a_new_speaker_and_undo(newsroom):
    assert speakers_of(newsroom)[5] is None
    correction = change(newsroom, corrections.attribute, 5, "Marie Dupont")
    assert speakers_of(newsroom)[5] == "Marie Dupont"
    assert "Marie Dupont" in names(newsroom)
    with Session(newsroom) as session:
        assert session.get(Quote, 5).corrected
    change(newsroom, corrections.undo, correction)
    assert speakers_of(newsroom)[5] is None
    with Session(newsroom) as session:
        assert not session.get(Quote, 5).corrected


def test_attribute_to_an_alias_uses_its_speaker(newsroom):
    change(newsroom, corrections.attribute, 4, "lopez")
    assert speakers_of(newsroom)[4] == "Ana Lopez"


def test_undo_of_an_older_attribution_keeps_the_newer_one(newsroom):
    first = change(newsroom, corrections.attribute, 2, "José Álvarez")
    change(newsroom, corrections.attribute, 2, "Ana Lopez")
    change(newsroom, corrections.undo, first)
    assert speakers_of(newsroom)[2] == "Ana Lopez"


def test_reject_hides_and_undo_restores(newsroom):
    correction = change(newsroom, corrections.reject, 1)
    assert list(speakers_of(newsroom)) == [2, 3, 4, 5]
    with pytest.raises(InputError, match="quote 1 is already rejected"):
        change(newsroom, corrections.reject, 1)
    change(newsroom, corrections.undo, correction)
    assert list(speakers_of(newsroom)) == [1, 2, 3, 4, 5]


def test_merge_moves_quotes_and_aliases_and_undo_splits_back(newsroom):
    correction = change(newsroom, corrections.merge, "Ana Lopez", "josé álvarez")
    assert speakers_of(newsroom) == {1: "Ana Lopez", 2: "city council", 3: "Ana Lopez", 4: "Ana Lopez", 5: None}
    assert names(newsroom) == {"Ana Lopez": "José Álvarez; Lopez", "city council": ""}
    assert list(speakers_of(newsroom, speaker="Jose Alvarez")) == [1, 3, 4]  # B's name leads to A
    change(newsroom, corrections.undo, correction)
    # Quote 4's mention names José Álvarez, so it goes back; 1 and 3 never were his.
    assert speakers_of(newsroom) == {1: "Ana Lopez", 2: "city council", 3: "Ana Lopez", 4: "José Álvarez", 5: None}
    assert names(newsroom) == {"Ana Lopez": "Lopez", "José Álvarez": "", "city council": ""}


def test_rename_keeps_the_old_name_as_an_alias_and_undo_restores_it(newsroom):
    correction = change(newsroom, corrections.rename, "city council", "Riverton City Council")
    assert names(newsroom)["Riverton City Council"] == "city council"
    assert list(speakers_of(newsroom, speaker="City Council")) == [2]
    change(newsroom, corrections.undo, correction)
    assert names(newsroom)["city council"] == ""
    assert "Riverton City Council" not in names(newsroom)


@pytest.mark.parametrize(
    ("action", "args", "error", "message"),
    [
        (corrections.attribute, (99, "Ana Lopez"), NotFoundError, "no quote with id 99"),
        (corrections.attribute, (1, "  ?! "), InputError, "is not a name"),
        (corrections.reject, (99,), NotFoundError, "no quote with id 99"),
        (corrections.merge, ("Ana Lopez", "Nobody"), NotFoundError, 'no speaker called "Nobody"'),
        (corrections.merge, ("Ana Lopez", "LOPEZ"), InputError, "already the same speaker"),
        (corrections.rename, ("Nobody", "X"), NotFoundError, 'no speaker called "Nobody"'),
        (corrections.rename, ("Ana Lopez", "josé álvarez"), InputError, "use `quotes speakers merge"),
        (corrections.undo, (99,), NotFoundError, "no correction with id 99"),
    ],
)
def test_mistakes_are_named(newsroom, action, args, error, message):
    with pytest.raises(error, match=message):
        change(newsroom, action, *args)
    with Session(newsroom) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Correction)) == 0


def test_undo_twice_is_an_error(newsroom):
    correction = change(newsroom, corrections.reject, 2)
    change(newsroom, corrections.undo, correction)
    with pytest.raises(InputError, match=f"correction {correction} is already undone"):
        change(newsroom, corrections.undo, correction)


def test_correction_rows(newsroom):
    change(newsroom, corrections.attribute, 5, "Marie Dupont")
    rejected = change(newsroom, corrections.reject, 1)
    change(newsroom, corrections.merge, "Ana Lopez", "José Álvarez")
    change(newsroom, corrections.rename, "city council", "Council")
    change(newsroom, corrections.undo, rejected)
    with Session(newsroom) as session:
        rows = corrections.correction_rows(session)
    assert [(r["id"], r["action"], r["what"]) for r in rows] == [
        (1, "attribute", "article 2 [59:65] direct: ? → Marie Dupont"),
        (2, "reject", "article 1 [29:57] direct: not a quote"),
        (3, "merge", "José Álvarez merged into Ana Lopez"),
        (4, "rename", "city council renamed Council"),
    ]
    assert [bool(r["undone"]) for r in rows] == [False, True, False, False]
    assert all(r["when"][:2] == "20" for r in rows)


# Corrections that last: the samples ingested, corrected, then extracted again.


@pytest.fixture
def samples(db_url, monkeypatch) -> str:
    monkeypatch.chdir(ROOT)
    assert not ingest(["samples/000_e21aeacc92997a7a.txt"], url=db_url).failures
    return db_url


def quote_by_text(url: str, text: str) -> dict:
    from quotes.database import open_engine

    engine = open_engine(url)
    with Session(engine) as session:
        found = [row for row in find_quotes(session, QuoteFilter()) if row["text"] == text]
    engine.dispose()
    assert len(found) == 1, f"the sample should have exactly one quote {text!r}"
    return found[0]


def cli(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result


PLANE = "They missed their plane,"
ELECTION = "people only wanted a fair election"
ABE = "Of course, we wish Shinzo Abe a speedy recovery from all the health problems he mentioned,"


def test_corrections_survive_reprocessing(samples):
    plane = quote_by_text(samples, PLANE)
    abe = quote_by_text(samples, ABE)
    election = quote_by_text(samples, ELECTION)
    cli("attribute", str(plane["id"]), "Maria Zakharova", "--db", samples)
    cli("reject", str(abe["id"]), "--db", samples)
    cli("speakers", "merge", "Dmitry Peskov", election["speaker"], "--db", samples)

    summary = reprocess_all(url=samples)
    assert summary.reprocessed == 1

    assert quote_by_text(samples, PLANE)["speaker"] == "Maria Zakharova"
    assert quote_by_text(samples, ELECTION)["speaker"] == "Dmitry Peskov"  # through the alias
    with pytest.raises(AssertionError, match="exactly one quote"):
        quote_by_text(samples, ABE)  # still rejected, so hidden
    listed = cli("corrections", "--db", samples, "-f", "jsonl").stdout
    assert listed.count('"undone": ""') == 3


def test_undone_corrections_stay_undone_after_reprocessing(samples):
    plane = quote_by_text(samples, PLANE)
    original = plane["speaker"]
    cli("attribute", str(plane["id"]), "Maria Zakharova", "--db", samples)
    cli("corrections", "undo", "1", "--db", samples)
    reprocess_all(url=samples)
    assert quote_by_text(samples, PLANE)["speaker"] == original


def test_cli_messages_go_to_stderr(newsroom, db_url):
    result = runner.invoke(app, ["attribute", "5", "Marie Dupont", "--db", db_url])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        "quote 5 attributed to Marie Dupont (correction 1; `quotes corrections undo 1` undoes it)\n"
    )
    result = runner.invoke(app, ["corrections", "undo", "1", "--db", db_url])
    assert result.stderr == "correction 1 (attribute) undone\n"


def test_speakers_subcommands_take_the_group_db(newsroom, db_url):
    result = runner.invoke(app, ["speakers", "--db", db_url, "rename", "city council", "Council"])
    assert result.exit_code == 0, result.stderr
    assert "Council" in names(newsroom)
    result = runner.invoke(app, ["speakers", "merge", "Council", "Ana Lopez", "--db", db_url])
    assert result.exit_code == 0, result.stderr
    assert list(names(newsroom)) == ["Council", "José Álvarez"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attribute", "99", "X"], "Error: no quote with id 99 — `quotes list` shows quote ids\n"),
        (["reject", "99"], "Error: no quote with id 99 — `quotes list` shows quote ids\n"),
        (["speakers", "merge", "Ana Lopez", "Nobody"], 'Error: no speaker called "Nobody" — `quotes speakers` lists them\n'),
        (["speakers", "rename", "Nobody", "X"], 'Error: no speaker called "Nobody" — `quotes speakers` lists them\n'),
        (["corrections", "undo", "7"], "Error: no correction with id 7 — `quotes corrections` lists them\n"),
    ],
)
def test_cli_errors(newsroom, db_url, args, message):
    result = runner.invoke(app, [*args, "--db", db_url])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == message


def test_writing_commands_never_create_a_database(tmp_path):
    missing = tmp_path / "none.db"
    for args in (["attribute", "1", "X"], ["reject", "1"], ["corrections"], ["speakers", "merge", "A", "B"]):
        result = runner.invoke(app, [*args, "--db", str(missing)])
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: no database at")
    assert not missing.exists()


def test_aliases_table_after_merge(newsroom):
    change(newsroom, corrections.merge, "Ana Lopez", "José Álvarez")
    with Session(newsroom) as session:
        aliases = session.execute(
            sa.select(Speaker.name, SpeakerAlias.alias).join(SpeakerAlias).where(Speaker.name == "Ana Lopez").order_by(SpeakerAlias.alias)
        ).all()
    assert [tuple(a) for a in aliases] == [("Ana Lopez", "Ana Lopez"), ("Ana Lopez", "José Álvarez"), ("Ana Lopez", "Lopez")]


def test_corrections_table(newsroom, db_url):
    change(newsroom, corrections.reject, 2)
    result = runner.invoke(app, ["corrections", "--db", db_url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(column in lines[1] for column in ("id", "action", "what", "when", "undone"))
    assert "reject" in lines[3] and "not a quote" in lines[3]


def test_undo_of_a_merge_gives_back_the_quotes_that_name_the_absorbed_speaker(newsroom):
    merged = change(newsroom, corrections.merge, "José Álvarez", "Ana Lopez")
    assert set(speakers_of(newsroom).values()) == {"José Álvarez", "city council", None}
    assert names(newsroom)["José Álvarez"] == "Ana Lopez; Lopez"
    change(newsroom, corrections.undo, merged)
    # Mentions "The mayor, Ana Lopez" (1) and "Lopez" (3) name her; "José Álvarez" (4) names him.
    assert speakers_of(newsroom) == {1: "Ana Lopez", 2: "city council", 3: "Ana Lopez", 4: "José Álvarez", 5: None}
    assert names(newsroom) == {"Ana Lopez": "Lopez", "José Álvarez": "", "city council": ""}


@pytest.mark.parametrize(
    ("mention", "keys", "length"),
    [
        ("Kremlin spokesman Dmitry Peskov", {"dmitry peskov", "peskov"}, len("dmitry peskov")),
        ("Peskov", {"dmitry peskov"}, 0),
        ("Mr. Peskov's deputy", {"peskov"}, len("peskov")),
        ("Peskova", {"peskov"}, 0),  # whole words only
        ("he", {"peskov"}, 0),
        ("José ÁLVAREZ", {"jose alvarez"}, len("jose alvarez")),
    ],
)
def test_longest_name_in_a_mention(mention, keys, length):
    assert corrections._longest_name_in(mention, keys) == length


def test_a_locked_database_is_one_line_and_changes_nothing(newsroom, db_url, monkeypatch):
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite's write lock")
    import sqlite3

    import quotes.database

    monkeypatch.setattr(quotes.database, "BUSY_TIMEOUT_MS", 100)  # give up waiting quickly
    holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        result = runner.invoke(app, ["reject", "1", "--db", db_url])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "database is locked" in result.stderr
    assert result.stderr.endswith("try again; nothing was changed\n")
    assert 1 in speakers_of(newsroom)
