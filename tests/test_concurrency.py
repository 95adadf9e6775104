"""Two `quotes ingest` processes at once on one database: nothing lost, nothing twice."""

import json
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from quotes.extraction import extract
from quotes.reader import read_articles

SURNAMES = ("Berg", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad")


def _write(path: Path, numbers: range) -> str:
    with path.open("w", encoding="utf-8") as out:
        for i in numbers:
            name = f"Anna {SURNAMES[i % len(SURNAMES)]}"
            text = (
                f"Talks resume in round {i}\n\n"
                f"\u201cWe will meet again in week {i},\u201d Foreign Minister {name} told reporters. "
                f"She added: \u201cNothing is off the table, not even item {i}.\u201d"
            )
            out.write(json.dumps({"text": text}) + "\n")
    return str(path)


def _summary(stderr: str) -> tuple[int, int]:
    """(new, already stored) from the summary line."""
    words = stderr.strip().splitlines()[-1].split()
    return int(words[0]), int(words[3])


def test_two_ingests_at_once_store_everything_once(db_url, tmp_path):
    # Overlapping inputs: articles 0-299 in both files, 300-399 only in the second.
    first = _write(tmp_path / "first.jsonl", range(300))
    second = _write(tmp_path / "second.jsonl", range(400))
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "quotes", "ingest", path, "--db", db_url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for path in (first, second)
    ]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in processes]
    for code, stderr in results:
        assert code == 0, stderr
    (new_a, old_a), (new_b, old_b) = (_summary(stderr) for _, stderr in results)
    assert (new_a + old_a, new_b + old_b) == (300, 400)
    assert new_a + new_b == 400  # each article stored by exactly one of them
    # What one run alone would store: the extractor's quotes and speakers of every article.
    found = [extract(article) for article in read_articles(second)]
    speakers = {quote.speaker for quotes in found for quote in quotes if quote.speaker}
    engine = sa.create_engine(db_url)
    with engine.connect() as connection:
        count = lambda sql: connection.execute(sa.text(sql)).scalar_one()  # noqa: E731
        assert count("SELECT count(*) FROM articles") == 400
        assert count("SELECT count(DISTINCT content_hash) FROM articles") == 400
        assert count("SELECT count(*) FROM quotes") == sum(len(quotes) for quotes in found)
        assert count("SELECT count(*) FROM speakers") == len(speakers)
        assert count("SELECT count(DISTINCT name_key) FROM speakers") == len(speakers)
    engine.dispose()


def test_a_speaker_created_by_two_writers_at_once_exists_once(engine):
    """Writer B looks for the speaker before writer A commits it, and must not create a second."""
    import threading

    from sqlalchemy.orm import Session

    from quotes import models, store
    from quotes.attribution import Kind, Quote, SpeakerKind
    from quotes.reader import Article

    def article(word: str) -> tuple[Article, list[Quote]]:
        text = f"\u201c{word},\u201d Anna Berg said."
        quote = Quote(1, 1 + len(word) + 1, Kind.DIRECT, f"{word},", speaker="Anna Berg",
                      speaker_kind=SpeakerKind.PERSON, mention="Anna Berg", mention_start=len(word) + 4,
                      mention_end=len(word) + 13)
        return Article(text=text, source="wire.txt", index=0), [quote]

    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    first = Session(writer)
    store.store_article(first, *article("Yes"))
    first.flush()  # A holds the new speaker, uncommitted
    outcome = {}

    def second_writer() -> None:
        with Session(writer) as second:
            outcome["result"] = store.store_article(second, *article("No"))
            second.commit()

    thread = threading.Thread(target=second_writer)
    thread.start()
    thread.join(timeout=1)  # B is now waiting for A (PostgreSQL: on the unique name; SQLite: the lock)
    first.commit()
    first.close()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert outcome["result"].speakers == 0
    with Session(engine) as session:
        assert session.scalars(sa.select(models.Speaker.name)).all() == ["Anna Berg"]
        assert len(set(session.scalars(sa.select(models.Quote.speaker_id)))) == 1
