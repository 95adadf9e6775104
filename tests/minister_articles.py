"""Small generated articles shared by the ingest and hardening tests.

Each has two quotes by a foreign minister, distinct for every index, and `attributed`
gives them as a perfect extractor would, so tests of storing do not depend on the
extractor's heuristics.
"""

import json
import re
from pathlib import Path

import sqlalchemy as sa

from quotes.attribution import Kind, Quote, SpeakerKind
from quotes.database import open_engine
from quotes.reader import Article

SURNAMES = ("Berg", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad")


def record(i: int) -> dict:
    """A small article with two quotes by a minister, distinct for every `i`."""
    name = f"Anna {SURNAMES[i % len(SURNAMES)]}"
    text = (
        f"Talks resume in round {i}\n\n"
        f"\u201cWe will meet again in week {i},\u201d Foreign Minister {name} told reporters on Friday. "
        f"She added: \u201cNothing is off the table, not even item {i}.\u201d\n\n"
        "The ministry published no agenda."
    )
    return {"text": text, "title": f"Talks resume in round {i}", "date": "2024-03-05", "outlet": "Daily"}


def write_jsonl(path: Path, count: int, *, bad_lines: tuple[int, ...] = ()) -> Path:
    """`count` records as JSON Lines, with malformed lines at `bad_lines`."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write("{not json\n" if i in bad_lines else json.dumps(record(i), ensure_ascii=False) + "\n")
    return path


def attributed(article: Article) -> list[Quote]:
    """The two quotes of a `record` article, as a perfect extractor would give them."""
    text = article.text
    name = re.search(r"Foreign Minister (Anna \w+)", text).group(1)
    mentions = (f"Foreign Minister {name}", "She")
    quotes = []
    for found, mention in zip(re.finditer("\u201c([^\u201d]*)\u201d", text), mentions, strict=True):
        at = text.index(mention)
        quotes.append(
            Quote(
                found.start(1), found.end(1), Kind.DIRECT, found.group(1), speaker=name,
                speaker_kind=SpeakerKind.PERSON, mention=mention, mention_start=at, mention_end=at + len(mention),
                confidence=0.8,
            )
        )
    return quotes


def counts(url: str, tables: tuple[str, ...] = ("articles", "quotes", "speakers", "speaker_aliases")) -> dict[str, int]:
    """Rows per table in the database at `url`."""
    engine = open_engine(url)
    with engine.connect() as connection:
        found = {table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() for table in tables}
    engine.dispose()
    return found
