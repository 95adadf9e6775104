"""Time the journalist queries and CSV export on a large generated SQLite database.

    python bench/bench_queries.py                      # 1,000,000 quotes in 200,000 articles
    python bench/bench_queries.py --quotes 100000      # smaller, for a quick look
    python bench/bench_queries.py --db big.db --keep   # build once, time again later

Rows go straight into the tables with Core executemany in large transactions (no
extraction), through the real migrations, so the indexes are the ones users get; each
chunk's quotes enter the FTS5 index in one statement, as `quotes.store` feeds it. Each query runs several times; the median is reported. Text is made
of generated words, never of real articles.
"""

import argparse
import datetime
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes.database import open_engine
from quotes.export import export_csv
from quotes.models import Article, Quote, Speaker
from quotes.names import fold
from quotes.queries import QuoteFilter, find_quotes, speaker_rows

QUOTES_PER_ARTICLE = 5
SPEAKERS = 5_000
OUTLETS = [f"Outlet {i}" for i in range(20)]
RARE_OUTLET = "Harbour Gazette"  # one article in a thousand: a filter that picks few rows

FIRST_DAY = datetime.date(2015, 1, 1)
DAYS = 3_650
CHUNK = 20_000  # rows per executemany


def _words(rng: random.Random) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "ta", "vo", "shi", "nu", "pe", "dra", "gon", "el", "ur", "bis"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(5_000)]


def _sentence(rng: random.Random, vocabulary: list[str], n: int) -> str:
    # Zipf-like: a few words are common, most are rare, as in news text.
    return " ".join(vocabulary[min(int(rng.paretovariate(1.1)) - 1, len(vocabulary) - 1)] for _ in range(n))


def build(url: str, quotes: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocabulary = _words(rng)
    articles = max(1, quotes // QUOTES_PER_ARTICLE)
    engine = open_engine(url, create=True)
    names = [f"{rng.choice(vocabulary).title()} {rng.choice(vocabulary).title()} {i}" for i in range(SPEAKERS)]
    started = time.perf_counter()
    with engine.begin() as connection:
        connection.execute(
            sa.insert(Speaker.__table__),
            [{"id": i + 1, "name": n, "name_key": fold(n), "kind": "person"} for i, n in enumerate(names)],
        )
    quote_id = 0
    for first in range(0, articles, CHUNK // QUOTES_PER_ARTICLE):
        article_rows, quote_rows = [], []
        for article_id in range(first + 1, min(first + CHUNK // QUOTES_PER_ARTICLE, articles) + 1):
            parts, spans = [], []
            position = 0
            for _ in range(QUOTES_PER_ARTICLE):
                lead = _sentence(rng, vocabulary, 6) + " said: «"
                said = _sentence(rng, vocabulary, rng.randint(8, 20))
                spans.append((position + len(lead), position + len(lead) + len(said), said, position))
                chunk = lead + said + "». "
                parts.append(chunk)
                position += len(chunk)
            text = "".join(parts)
            outlet = RARE_OUTLET if article_id % 1000 == 0 else rng.choice(OUTLETS)
            article_rows.append(
                {
                    "id": article_id,
                    "source": f"wire/{article_id // 1000}.jsonl",
                    "source_index": article_id % 1000,
                    "source_offset": 0,
                    "outlet": outlet,
                    "outlet_key": fold(outlet),
                    "title": _sentence(rng, vocabulary, 6),
                    "published": FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS)),
                    "text": text,
                    "content_hash": f"{article_id:064x}",
                }
            )
            for start, end, said, sentence_start in spans:
                quote_id += 1
                quote_rows.append(
                    {
                        "id": quote_id,
                        "article_id": article_id,
                        "speaker_id": rng.randint(1, SPEAKERS) if rng.random() < 0.9 else None,
                        "kind": "direct" if rng.random() < 0.6 else "indirect",
                        "text": said,
                        "start": start,
                        "end": end,
                        "cue": "said",
                        "sentence_start": sentence_start,
                        "sentence_end": end + 2,
                        "confidence": round(rng.random(), 3),
                        "extractor_version": "bench",
                    }
                )
        with engine.begin() as connection:
            connection.execute(sa.insert(Article.__table__), article_rows)
            connection.execute(sa.insert(Quote.__table__), quote_rows)
            connection.exec_driver_sql(
                "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id > ?",
                (quote_rows[0]["id"] - 1,),
            )
        print(f"\r{quote_id:,} quotes", end="", file=sys.stderr)
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"\rbuilt {quote_id:,} quotes in {articles:,} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(url: str, repeat: int) -> None:
    engine = open_engine(url)
    with Session(engine) as session:
        speaker = session.scalar(sa.select(Speaker.name).where(Speaker.id == 4242 % SPEAKERS + 1))
        word = session.scalar(sa.select(Quote.text).where(Quote.id == 777)).split()[-1]
        common = session.scalar(sa.select(Quote.text).where(Quote.id == 1)).split()[0]
        total = session.scalar(sa.select(sa.func.count()).select_from(Quote))

        def listing(where: QuoteFilter) -> int:
            return sum(1 for _ in find_quotes(session, where))

        month = QuoteFilter(since=datetime.date(2020, 3, 1), until=datetime.date(2020, 3, 31), limit=50)
        cases = {
            f"list --speaker ({speaker!r}), first 50": QuoteFilter(speaker=speaker, limit=50),
            f"list --speaker ({speaker!r}), all": QuoteFilter(speaker=speaker),
            "list --since 2020-03-01 --until 2020-03-31, first 50": month,
            f"search {word!r}, first 50": QuoteFilter(text=word, limit=50),
            f"search {common!r}, first 50": QuoteFilter(text=common, limit=50),
            f"search {common!r} --outlet '{OUTLETS[3]}', first 50": QuoteFilter(
                text=common, outlet=OUTLETS[3], limit=50
            ),
            f"list --outlet '{OUTLETS[3]}', first 50": QuoteFilter(outlet=OUTLETS[3], limit=50),
            f"list --outlet '{RARE_OUTLET}', first 50": QuoteFilter(outlet=RARE_OUTLET, limit=50),
            f"list --outlet '{RARE_OUTLET}', all": QuoteFilter(outlet=RARE_OUTLET),
        }
        print(f"{total:,} quotes; median of {repeat} runs")
        for label, where in cases.items():
            rows = listing(where)
            print(f"  {label}: {_median_ms(lambda w=where: listing(w), repeat):.1f} ms ({rows} rows)")
        speakers = len(speaker_rows(session))
        print(f"  speakers (every speaker with counts and dates): "
              f"{_median_ms(lambda: speaker_rows(session), repeat):.1f} ms ({speakers} rows)")
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "all.csv")
            peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started, cpu = time.perf_counter(), time.process_time()
            rows = export_csv(session, QuoteFilter(), out)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            size = Path(out).stat().st_size
        # CPU time too: on a shared machine it says what one core of our own would do.
        print(
            f"  export: {rows:,} rows in {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s "
            f"({rows / cpu:,.0f} per CPU second; {size / 1e6:.0f} MB); "
            f"peak memory {peak_before / 1024:.0f} MB before, {peak_after / 1024:.0f} MB after"
        )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000, help="quotes to generate (5 per article)")
    parser.add_argument("--db", help="SQLite file to build or reuse (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the database file afterwards")
    parser.add_argument("--repeat", type=int, default=7, help="runs per query")
    args = parser.parse_args()
    folder = None
    if args.db:
        path = Path(args.db)
    else:
        folder = tempfile.mkdtemp(prefix="quotes-bench-")
        path = Path(folder) / "bench.db"
    url = f"sqlite:///{path}"
    try:
        if not path.exists():
            build(url, args.quotes)
        measure(url, args.repeat)
    finally:
        if not args.keep and folder:
            for leftover in Path(folder).iterdir():
                leftover.unlink()
            os.rmdir(folder)


if __name__ == "__main__":
    main()
