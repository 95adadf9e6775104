"""Throughput and memory of `quotes ingest`: reading, extraction and storing, end to end.

    python bench/bench_ingest.py                      # 10,000 and 100,000 articles
    python bench/bench_ingest.py --articles 2000      # quicker: 200 and 2,000
    python bench/bench_ingest.py --postgres postgresql+psycopg://postgres@127.0.0.1/test

Articles of about 4 KB come from bench/corpus.py, streamed into a JSON Lines file in
bench/data/. Each run ingests that file into a fresh SQLite file in a process of its
own, with --jobs 1 and then --jobs 2, and prints articles per second, the CPU seconds
of the writer and of the workers (with what they allow when nothing else runs on the
machine), and the peak resident memory of the writer and of the largest worker.
Memory is flat when the figures at the two sizes are close.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402


def measure(source: str, url: str, jobs: int) -> dict:
    """Ingest `source` into the database at `url` in this process; the figures of the run."""
    from quotes.ingest import ingest

    started = time.perf_counter()
    summary = ingest([source], url=url, jobs=jobs)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "articles": summary.new,
        "quotes": summary.quotes,
        "failed": summary.failed,
        "seconds": seconds,
        # CPU seconds, which other processes on the machine do not inflate.
        "cpu": own.ru_utime + own.ru_stime,
        "worker_cpu": workers.ru_utime + workers.ru_stime,
        # ru_maxrss is in KiB on Linux.
        "rss_mib": own.ru_maxrss / 1024,
        "worker_rss_mib": workers.ru_maxrss / 1024,
    }


def run(source: Path, jobs: int, postgres: str | None) -> dict:
    """Ingest `source` into a new SQLite file, or a new schema of the PostgreSQL database `postgres`."""
    if postgres:
        return _in_schema(source, jobs, postgres)
    db = source.with_suffix(f".jobs{jobs}.db")
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    figures = _measured(source, f"sqlite:///{db}", jobs)
    db.unlink()
    return figures


def _in_schema(source: Path, jobs: int, postgres: str) -> dict:
    import sqlalchemy as sa

    schema = f"bench_ingest_{os.getpid()}"
    admin = sa.create_engine(postgres)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        separator = "&" if "?" in postgres else "?"
        return _measured(source, f"{postgres}{separator}options=-csearch_path%3D{schema}", jobs)
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _measured(source: Path, url: str, jobs: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(source), "--url", url, "--jobs", str(jobs)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="the larger size (default 100,000)")
    parser.add_argument("--size", type=int, default=4000, help="characters per article, about")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--postgres", metavar="URL",
        help="ingest into a new schema of this PostgreSQL database instead of a SQLite file",
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.url, args.jobs[0])))
        return
    data = HERE / "data"
    data.mkdir(exist_ok=True)
    print(
        f"{'articles':>9} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'quotes':>8} "
        f"{'writer CPU s':>12} {'worker CPU s':>12} {'CPU-bound/s':>11} {'writer MiB':>10} {'worker MiB':>10}"
    )
    for count in (args.articles // 10, args.articles):
        source = data / f"ingest-{count}-{args.size}-news.jsonl"
        if not source.exists():
            write_jsonl(source, count, size=args.size)
        for jobs in args.jobs:
            figures = run(source, jobs, args.postgres)
            assert figures["articles"] == count and not figures["failed"], figures
            # What the machine would do with nothing else running: the writer's CPU time,
            # or the workers' shared among `jobs` cores, whichever is longer.
            bound = max(figures["cpu"], figures["worker_cpu"] / jobs)
            print(
                f"{count:>9} {jobs:>4} {figures['seconds']:>8.1f} {count / figures['seconds']:>10.0f} "
                f"{figures['quotes']:>8} {figures['cpu']:>12.1f} {figures['worker_cpu']:>12.1f} "
                f"{count / bound:>11.0f} {figures['rss_mib']:>10.0f} {figures['worker_rss_mib']:>10.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
