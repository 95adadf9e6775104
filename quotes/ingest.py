"""Ingest: read files, extract quotes, store them; streaming, one article at a time.

Extraction may run in worker processes (`jobs`); reading and storing happen in this
process, the single writer. Articles are committed in batches, since a commit is the
expensive part; every article is atomic all the same: a killed run leaves whole
articles only, and a failing article is rolled back alone (see `_Writer.store_batch`).
"""

import itertools
import os
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from quotes import models
from quotes.database import mask_url, open_engine
from quotes.errors import DatabaseError, InputError
from quotes.extraction import extract
from quotes.reader import Article, read_articles
from quotes.store import (
    PendingQuotes,
    QuoteRows,
    SpeakerCache,
    as_article,
    content_hash,
    find_article,
    quote_rows,
    replace_quotes,
    store_article,
)

# The files a directory is searched for; gold annotations sit beside the sample articles
# and are answers, not articles.
SUFFIXES = (".txt", ".jsonl", ".json", ".csv", ".html")
SKIPPED_SUFFIXES = (".gold.jsonl",)
# Articles per transaction: a commit writes out every index page the batch touched
# (quotes by speaker and by confidence), however few of its rows changed, and SQLite's
# full-text index gets a segment per batch. Two hundred: 0.04 ms less per article than
# fifty at 10,000 articles into SQLite; a transaction still lasts about a tenth of a
# second. Five hundred saved 0.02 ms more, not worth transactions 2.5 times as long.
BATCH = 200
# Tries of one article that keeps losing deadlocks to other writers.
RETRIES = 5
# Articles sent to a worker at a time, and chunks in flight per worker: enough to keep
# workers busy, few enough that memory stays flat on any input size.
CHUNK = 16
IN_FLIGHT_PER_JOB = 4
# A lost connection (server restarted, backend terminated, network cut) is reopened and
# the batch stored again, after each of these waits; then the run stops with an error.
RECONNECT_WAITS_S = (0.5, 1.0, 2.0)


@dataclass(slots=True)
class IngestSummary:
    """What a run did. `failures` name each article or file that could not be stored."""

    new: int = 0
    skipped: int = 0
    reprocessed: int = 0
    quotes: int = 0
    speakers: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: "IngestSummary") -> None:
        self.new += other.new
        self.skipped += other.skipped
        self.reprocessed += other.reprocessed
        self.quotes += other.quotes
        self.speakers += other.speakers
        self.failures += other.failures

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        return (
            f"{self.new} new articles, {self.skipped} already stored, "
            + (f"{self.reprocessed} extracted again, " if self.reprocessed else "")
            + f"{self.failed} failed; "
            f"{self.quotes} quotes, {self.speakers} new speakers"
        )


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run: `summary` counts the articles committed before it; none is half-stored."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__(summary.line())
        self.summary = summary


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article with its quotes as rows to store, or why it could not be extracted."""

    article: Article | None
    prepared: QuoteRows | None = None
    digest: str | None = None  # content_hash of the article's text
    error: str | None = None


# What a worker sends back for each article: (rows, digest), or why extraction failed.
# The writer holds the article already; sending its text back would cost as much again.
Result = tuple[QuoteRows, str] | str


def input_files(paths: Iterable[str]) -> Iterator[str]:
    """The files to read: each path as given, directories searched recursively, in name order.

    Inside a directory only article files count (SUFFIXES), and `*.gold.jsonl` are skipped.
    A path named explicitly is read whatever its name.
    """
    for path in paths:
        if path != "-" and Path(path).is_dir():
            for found in sorted(Path(path).rglob("*")):
                name = found.name.lower()
                if found.is_file() and name.endswith(SUFFIXES) and not name.endswith(SKIPPED_SUFFIXES):
                    yield str(found)
        else:
            yield path


def _read(paths: Iterable[str], encoding: str | None, report: Callable[[str], None]) -> Iterator[Article]:
    def on_error(error: InputError) -> None:
        report(str(error))

    for path in input_files(paths):
        try:
            yield from read_articles(path, encoding=encoding, on_error=on_error)
        except InputError as error:
            report(str(error))


def _where(article: Article) -> str:
    return f"{article.source}#{article.index}"


def extract_chunk(articles: Sequence[Article]) -> list[Result]:
    """Extract every article of a chunk; a worker's whole job, given everything it needs.

    Everything that needs no database is done here rather than in the single writer:
    sentence bounds, alias candidates, row tuples, the text's hash.
    """
    results: list[Result] = []
    for article in articles:
        try:
            results.append((quote_rows(article, extract(article)), content_hash(article.text)))
        except Exception as error:  # noqa: BLE001 - one article's failure must not end the run
            results.append(f"{_where(article)}: extraction failed: {error!r}")
    return results


def _joined(articles: Sequence[Article], results: Sequence[Result]) -> Iterator[Extracted]:
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, str):
            yield Extracted(None, error=result)
        else:
            yield Extracted(article, *result)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# How often a worker looks whether the process that started it is still there.
ORPHAN_POLL_S = 0.5


def _start_worker(parent: int) -> None:
    # Ctrl-C is the writer's to handle; workers printing their own tracebacks is noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A writer killed with -9 cannot stop its workers, and a forked worker holds both ends
    # of its task pipe, so it would wait for work forever: it leaves when orphaned.
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_POLL_S)
    os._exit(1)


def _extracted(articles: Iterable[Article], jobs: int) -> Iterator[Extracted]:
    """Extraction results in input order, from `jobs` worker processes when more than one."""
    if jobs <= 1:
        for chunk in _chunks(articles, 1):
            yield from _joined(chunk, extract_chunk(chunk))
        return
    # Executor.map would read the whole input at once; a bounded window keeps it streaming.
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(),)) as pool:
        pending: deque[tuple[list[Article], Future[list[Result]]]] = deque()
        for chunk in _chunks(articles, CHUNK):
            pending.append((chunk, pool.submit(extract_chunk, chunk)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                sent, future = pending.popleft()
                yield from _joined(sent, future.result())
        while pending:
            sent, future = pending.popleft()
            yield from _joined(sent, future.result())


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold a first Ctrl-C until the block is done, then raise it.

    A commit and the count of what it stored go together, so the summary printed on
    Ctrl-C matches what the database holds; a second Ctrl-C does not wait (a server
    that never answers the commit).
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    caught: list[int] = []

    def hold(number: int, frame: object) -> None:
        if caught:
            raise KeyboardInterrupt
        caught.append(number)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
    if caught:
        raise KeyboardInterrupt


class _Writer:
    """Stores extracted articles, a batch per transaction, each article whole or not at all."""

    def __init__(
        self, session: Session, *, outlet: str | None, reprocess: bool, summary: IngestSummary,
        report: Callable[[str], None],
    ) -> None:
        self.session = session
        self.outlet = outlet
        self.reprocess = reprocess
        self.summary = summary
        self.report = report
        self.speakers = SpeakerCache()
        # Quote rows of the batch, inserted all at once before its commit.
        self.pending = PendingQuotes()
        # Articles of the current batch committed one by one, not to be stored again.
        self.committed = 0

    def store_batch(self, items: list[Extracted]) -> None:
        """Store `items` in one transaction; if that fails, one transaction per article.

        The batch has no savepoints, because SQLite's full-text index writes its pending
        terms out at every savepoint. When an article fails, or PostgreSQL cancels the
        batch to break a deadlock with another writer, the batch is rolled back and
        stored again article by article, so only a failing article is left out.
        """
        if len(items) > 1:
            counts = IngestSummary()
            try:
                for item in items:
                    self._store(item, counts, self.pending)
                self.pending.flush(self.session)
                with _uninterrupted():
                    self.session.commit()
                    self.summary.add(counts)
            except (IntegrityError, DataError):
                self._roll_back()
            except OperationalError as error:
                if not _lost_a_race(error):
                    raise
                self._roll_back()
            else:
                return
        for item in items:
            counts = self._store_alone(item)
            with _uninterrupted():
                self.session.commit()
                self.committed += 1
                if counts is not None:
                    self.summary.add(counts)

    def store_reconnecting(self, items: list[Extracted]) -> None:
        """`store_batch`, stored again on a new connection when the connection is lost.

        Storing is idempotent (an article whose text is stored is skipped), so a batch
        whose commit may or may not have reached the server is simply stored again.
        """
        for wait in (*RECONNECT_WAITS_S, None):
            self.committed = 0
            try:
                self.store_batch(items)
                return
            except (OperationalError, InterfaceError) as error:
                if wait is None or not (error.connection_invalidated or _disconnected(error)):
                    raise
                self._roll_back()
                items = items[self.committed :]
                time.sleep(wait)

    def _roll_back(self) -> None:
        self.pending.clear()
        self.session.rollback()
        self.speakers.clear()  # ids created in the batch are gone

    def _store(self, item: Extracted, counts: IngestSummary, pending: PendingQuotes | None = None) -> None:
        """Store one article; its quote rows go to `pending` when given, else to the database."""
        article = item.article
        assert article is not None
        result = store_article(
            self.session, article, [], outlet=self.outlet, speakers=self.speakers,
            prepared=item.prepared, digest=item.digest, pending=pending,
        )
        if result.skipped and self.reprocess:
            # Quote ids in input order, and corrections applied to rows that are there.
            if pending is not None:
                pending.flush(self.session)
            stored = find_article(self.session, article.text)
            result = replace_quotes(self.session, stored, [], speakers=self.speakers, prepared=item.prepared)
            counts.reprocessed += 1
        elif result.skipped:
            counts.skipped += 1
            return
        else:
            counts.new += 1
        counts.quotes += result.quotes
        counts.speakers += result.speakers

    def _store_alone(self, item: Extracted) -> IngestSummary | None:
        """Store one article inside a savepoint: its counts, or None when it failed, rolled back and reported."""
        for attempt in range(1, RETRIES + 1):
            counts = IngestSummary()
            try:
                with self.session.begin_nested():
                    self._store(item, counts)
            except (IntegrityError, DataError) as error:
                # Tried again with an empty cache: a speaker cached earlier may have been
                # merged away by a correction made meanwhile.
                self.speakers.clear()
                if attempt > 1 or isinstance(error, DataError):
                    reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
                    self.report(f"{_where(item.article)}: cannot store: {reason}")
                    return None
            except OperationalError as error:
                # Deadlocked with another writer's batch, and chosen to give way.
                if not _lost_a_race(error) or attempt == RETRIES:
                    raise
                self.speakers.clear()
            else:
                return counts
        return None


def _lost_a_race(error: OperationalError) -> bool:
    """Whether PostgreSQL cancelled the transaction for a deadlock or a serialization failure."""
    return getattr(error.orig, "sqlstate", None) in ("40P01", "40001")


def _disconnected(error: DBAPIError) -> bool:
    """Whether the server closed the connection or cannot be reached (SQLSTATE class 08, 57P0x)."""
    state = getattr(error.orig, "sqlstate", None) or ""
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return True
    # A refused reconnection has no SQLSTATE; psycopg says so in words.
    return "connection" in str(error.orig).lower()


def _writer(engine: sa.Engine) -> sa.Engine:
    # SQLite: take the write lock when the transaction starts, so a concurrent writer
    # waits its turn (busy timeout) instead of failing half-way through.
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def ingest(
    paths: Sequence[str],
    *,
    url: str,
    outlet: str | None = None,
    jobs: int = 1,
    reprocess: bool = False,
    encoding: str | None = None,
    batch: int | None = None,
    progress: Callable[[str], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Store every article of `paths` in the database at `url`, creating it if needed.

    An article whose text is already stored is skipped; with `reprocess` it is
    extracted again and its quotes replaced. `progress` is called with each stored
    article's source; `on_failure` with a one-line description of each failure.
    """
    summary = IngestSummary()
    report = _reporter(summary, on_failure)
    engine = open_engine(url, create=True)
    articles = _read(paths, encoding, report)
    _run(engine, articles, outlet=outlet, jobs=jobs, reprocess=reprocess, batch=batch, progress=progress,
         summary=summary, report=report)
    return summary


def reprocess_all(
    *,
    url: str,
    jobs: int = 1,
    batch: int | None = None,
    progress: Callable[[str], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Extract every stored article again with this extractor and replace its quotes."""
    summary = IngestSummary()
    engine = open_engine(url, create=False)
    _run(engine, _stored_articles(engine), outlet=None, jobs=jobs, reprocess=True, batch=batch,
         progress=progress, summary=summary, report=_reporter(summary, on_failure))
    return summary


def _reporter(summary: IngestSummary, on_failure: Callable[[str], None] | None) -> Callable[[str], None]:
    def report(failure: str) -> None:
        summary.failures.append(failure)
        if on_failure:
            on_failure(failure)

    return report


# Stored articles read back for --reprocess, a page at a time.
PAGE = 500


def _stored_articles(engine: sa.Engine) -> Iterator[Article]:
    """Every stored article, oldest first, read on a connection of its own."""
    table = models.Article.__table__
    last = 0
    while True:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.select(table).where(table.c.id > last).order_by(table.c.id).limit(PAGE)
            ).all()
        if not rows:
            return
        for row in rows:
            yield as_article(row)
        last = rows[-1].id


def _run(
    engine: sa.Engine,
    articles: Iterable[Article],
    *,
    outlet: str | None,
    jobs: int,
    reprocess: bool,
    batch: int | None,
    progress: Callable[[str], None] | None,
    summary: IngestSummary,
    report: Callable[[str], None],
) -> None:
    """Extract `articles` and store them, a batch per transaction; Interrupted on Ctrl-C."""
    try:
        size = max(1, batch or BATCH)
        with Session(_writer(engine)) as session:
            writer = _Writer(session, outlet=outlet, reprocess=reprocess, summary=summary, report=report)
            for chunk in _chunks(_extracted(articles, max(1, jobs)), size):
                for failed in (item for item in chunk if item.article is None):
                    report(failed.error or "extraction failed")
                stored = [item for item in chunk if item.article is not None]
                writer.store_reconnecting(stored)
                if progress:
                    for item in stored:
                        progress(item.article.source)
    except KeyboardInterrupt:
        # The batch in hand is rolled back with the session; the summary counts commits only.
        raise Interrupted(summary) from None
    except (OperationalError, InterfaceError) as error:
        raise _lost(engine, error) from None
    except DBAPIError as error:
        # Not the connection but the database itself: a damaged SQLite file, say.
        raise DatabaseError(
            f"writing to {mask_url(engine.url)} failed: {_reason(error)} — articles stored so far are kept "
            "whole; `quotes db check` tells whether the database is damaged"
        ) from None
    finally:
        engine.dispose()


def _reason(error: DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__


def _lost(engine: sa.Engine, error: DBAPIError) -> DatabaseError:
    return DatabaseError(
        f"writing to {mask_url(engine.url)} failed: {_reason(error)} — articles stored so far are kept whole; "
        "run the same `quotes ingest` again to store the rest"
    )
