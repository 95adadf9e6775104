"""Store extractor output: one article with its quotes and speakers, in the caller's session.

Nothing here commits. Each function runs a few statements in the session it is given;
the caller decides where transactions and savepoints begin and end.

Writes are insert-or-skip (`ON CONFLICT DO NOTHING`) keyed on unique columns, so two
processes storing the same article or creating the same speaker at once both succeed:
one inserts, the other finds the row.
"""

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import EXTRACTOR_VERSION, models
from quotes.attribution import Quote, SpeakerKind
from quotes.corrections import apply_corrections
from quotes.extraction import extract
from quotes.layout import headlines_of
from quotes.names import fold
from quotes.reader import Article
from quotes.sentences import sentences_of


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What storing one article did."""

    article_id: int | None  # None when skipped
    skipped: bool  # the same text was already stored
    quotes: int  # quotes inserted
    speakers: int  # speakers created


@dataclass(slots=True)
class SpeakerCache:
    """Speaker ids by name and the aliases known to be stored, for one writer's run.

    Saves two look-ups per quote. Whoever rolls back a savepoint must `clear()` it,
    since rows created inside are gone.
    """

    ids: dict[str, int] = field(default_factory=dict)
    aliases: set[tuple[int, str]] = field(default_factory=set)

    def clear(self) -> None:
        self.ids.clear()
        self.aliases.clear()


def content_hash(text: str) -> str:
    """The sha256 hex digest of `text` as UTF-8: an article's identity in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dialect(session: Session) -> str:
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"quotes stores into SQLite or PostgreSQL, not {dialect}")
    return dialect


ARTICLE_COLUMNS = (
    "source", "source_index", "source_offset", "outlet", "outlet_key", "title", "url", "published", "language",
    "text", "content_hash",
)


@functools.cache
def _insert_article_sql(paramstyle: str) -> str:
    """The INSERT of one article as the driver takes it, positional parameters in ARTICLE_COLUMNS order.

    Run once per article: SQLAlchemy's statement handling cost as much as the insert.
    """
    marker = _marker(paramstyle)
    return (
        f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join([marker] * len(ARTICLE_COLUMNS))}) "
        "ON CONFLICT (content_hash) DO NOTHING RETURNING id"
    )


def _insert_article(session: Session, article: Article, outlet: str | None, digest: str) -> int | None:
    """The new article's id, or None when an article with this text exists."""
    connection = session.connection()
    dialect = _dialect(session)
    published = article.published
    if published is not None and dialect == "sqlite":
        # As SQLAlchemy's Date stores it in SQLite.
        published = f"{published.year:04d}-{published.month:02d}-{published.day:02d}"
    outlet = outlet if outlet is not None else article.outlet
    values = (
        article.source, article.index, article.offset, outlet, None if outlet is None else fold(outlet),
        article.title, article.url, published, article.language, article.text, digest,
    )
    row = connection.exec_driver_sql(_insert_article_sql(connection.dialect.paramstyle), values).first()
    return None if row is None else row[0]


def find_speaker(session: Session, name: str) -> int | None:
    """The id of the speaker called `name`: by folded canonical name, then by alias.

    Aliases come second so that a name a person merged into another speaker, or
    renamed, leads to the speaker that survived.
    """
    key = fold(name)
    connection = session.connection()
    return connection.exec_driver_sql(_speaker_sql(connection.dialect.paramstyle).find, (key, key)).scalar()


class _SpeakerSql(NamedTuple):
    find: str  # parameters: the folded name twice
    create: str  # name, name_key, kind; returns the id, or no row when the name exists
    by_name: str  # name


@functools.cache
def _speaker_sql(paramstyle: str) -> _SpeakerSql:
    """The statements that find and create speakers, as the driver takes them.

    Run for every speaker a writer has not met yet; built by SQLAlchemy, each cost
    several times what the database spends on it.
    """
    marker = _marker(paramstyle)
    return _SpeakerSql(
        find=(
            f"SELECT COALESCE((SELECT id FROM speakers WHERE name_key = {marker} ORDER BY id LIMIT 1), "
            f"(SELECT speaker_id FROM speaker_aliases WHERE alias_key = {marker} ORDER BY id LIMIT 1))"
        ),
        create=(
            f"INSERT INTO speakers (name, name_key, kind) VALUES ({marker}, {marker}, {marker}) "
            "ON CONFLICT (name) DO NOTHING RETURNING id"
        ),
        by_name=f"SELECT id FROM speakers WHERE name = {marker}",
    )


def _speaker_id(session: Session, name: str, kind: SpeakerKind) -> tuple[int, bool]:
    """The id of the speaker `name`, created when absent; and whether it was created."""
    found = find_speaker(session, name)
    if found is not None:
        return found, False
    connection = session.connection()
    sql = _speaker_sql(connection.dialect.paramstyle)
    created = connection.exec_driver_sql(sql.create, (name, fold(name), str(kind))).scalar()
    if created is not None:
        return created, True
    # Another writer created it between our look-up and our insert.
    return connection.exec_driver_sql(sql.by_name, (name,)).scalar_one(), False


def _marker(paramstyle: str) -> str:
    """The driver's placeholder for one positional parameter: ? for SQLite, %s for psycopg."""
    return "?" if paramstyle == "qmark" else "%s"


@functools.lru_cache(maxsize=65536)
def is_name_form(mention: str, name: str) -> bool:
    """Whether `mention` is the speaker's name or part of it ("Peskov" for "Dmitry Peskov").

    Every word must be a word of the name: a description ("Kremlin spokesman Dmitry
    Peskov"), a title ("Mr Peskov") or a pronoun ("he") names nobody in particular, and
    as an alias it would send another person's quotes to this speaker.
    """
    words = set(fold(mention).split())
    return bool(words) and words <= set(fold(name).split())


def _record_aliases(session: Session, aliases: set[tuple[int, str]], cache: SpeakerCache) -> None:
    new = aliases - cache.aliases
    if not new:
        return
    rows = [(speaker_id, alias, fold(alias)) for speaker_id, alias in sorted(new)]
    connection = session.connection()
    connection.exec_driver_sql(_insert_aliases_sql(connection.dialect.paramstyle), rows)
    cache.aliases |= new


@functools.cache
def _insert_aliases_sql(paramstyle: str) -> str:
    marker = _marker(paramstyle)
    return (
        f"INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES ({marker}, {marker}, {marker}) "
        "ON CONFLICT (speaker_id, alias) DO NOTHING"
    )


def sentence_bounds(article: Article, quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The `[start, end)` of the sentences around each quote, in the article's text.

    Text analysis, done by whoever extracted the quotes when it can (ingest's workers),
    so the single writer does not have to.
    """
    sentences = sentences_of(article.text, article.language)
    return [sentences.around(quote.start, quote.end) for quote in quotes]


@dataclass(frozen=True, slots=True)
class QuoteRows:
    """An article's quotes as the store inserts them, made without the database.

    Built where the quotes are extracted (ingest's workers) so that the single writer
    only looks up speaker ids: `speakers` are the (name, kind) pairs in lock order,
    `rows` the quote rows in QUOTE_COLUMNS order from "kind" on, each after the
    speaker's name, and `aliases` the (speaker name, mention) pairs that are forms of
    the name. Plain tuples, cheap to send between processes.
    """

    speakers: list[tuple[str, SpeakerKind]]
    rows: list[tuple]
    aliases: list[tuple[str, str]]


def quote_rows(
    article: Article, quotes: Sequence[Quote], sentences: Sequence[tuple[int, int]] | None = None
) -> QuoteRows:
    """`quotes` of `article` as rows to insert; `sentences` are their `sentence_bounds` when known."""
    if sentences is None:
        sentences = sentence_bounds(article, quotes)
    # Speakers in a fixed order, so that concurrent writers take their locks in the
    # same order and never deadlock.
    speakers = sorted({(q.speaker, q.speaker_kind) for q in quotes if q.speaker})
    rows = []
    aliases = []
    for quote, (sentence_start, sentence_end) in zip(quotes, sentences, strict=True):
        if quote.speaker and quote.mention and is_name_form(quote.mention, quote.speaker):
            aliases.append((quote.speaker, quote.mention))
        rows.append(
            (
                quote.speaker, str(quote.kind), quote.text, quote.start, quote.end,
                quote.mention, quote.mention_start, quote.mention_end,
                quote.cue, quote.cue_start, quote.cue_end,
                sentence_start, sentence_end, round(quote.confidence, 3), EXTRACTOR_VERSION,
            )
        )
    return QuoteRows(speakers, rows, aliases)


@dataclass(slots=True)
class PendingQuotes:
    """Quote rows of several articles, inserted by `flush` in one statement rather than one per article.

    The articles and speakers they refer to are inserted already. The rows reach the
    database only at `flush`: whoever commits, or reads the quotes back, flushes first.
    """

    rows: list[tuple] = field(default_factory=list)

    def flush(self, session: Session) -> None:
        if self.rows:
            connection = session.connection()
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # The writer holds the write lock (BEGIN IMMEDIATE) and SQLite numbers new
                # rows from the largest id up, so the rows above it are the ones inserted now.
                last = connection.exec_driver_sql("SELECT max(id) FROM quotes").scalar()
            connection.exec_driver_sql(_insert_quotes_sql(connection.dialect.paramstyle), self.rows)
            if sqlite:
                connection.exec_driver_sql(_SQLITE_INDEX_TEXT_AFTER, (last or 0,))
        self.clear()

    def clear(self) -> None:
        self.rows.clear()


def _insert_quotes(
    session: Session, article_id: int, prepared: QuoteRows, cache: SpeakerCache, pending: PendingQuotes | None = None
) -> tuple[int, int]:
    """Insert the quotes of one article with their speakers, or add them to `pending`; (quotes, speakers created)."""
    created = 0
    ids = cache.ids
    aliases: set[tuple[int, str]] = set()
    for name, kind in prepared.speakers:
        if name not in ids:
            ids[name], new = _speaker_id(session, name, kind)
            created += new
        aliases.add((ids[name], name))
    aliases.update((ids[name], mention) for name, mention in prepared.aliases)
    rows = [(article_id, ids[row[0]] if row[0] else None) + row[1:] for row in prepared.rows]
    _record_aliases(session, aliases, cache)
    if rows and pending is not None:
        pending.rows += rows
    elif rows:
        connection = session.connection()
        connection.exec_driver_sql(_insert_quotes_sql(connection.dialect.paramstyle), rows)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(_SQLITE_INDEX_TEXT, (article_id,))
    return len(rows), created


QUOTE_COLUMNS = (
    "article_id", "speaker_id", "kind", "text", "start", "end",
    "mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end",
    "sentence_start", "sentence_end", "confidence", "extractor_version",
)


@functools.cache
def _insert_quotes_sql(paramstyle: str) -> str:
    """The INSERT of one quote row as the driver takes it, positional parameters in QUOTE_COLUMNS order.

    An article brings dozens of quotes; SQLAlchemy's per-row parameter processing
    cost as much as the insert itself, and these columns need none.
    """
    marker = _marker(paramstyle)
    # Double quotes: standard SQL, and "end" is a keyword.
    columns = ", ".join(f'"{name}"' for name in QUOTE_COLUMNS)
    return f"INSERT INTO quotes ({columns}) VALUES ({', '.join([marker] * len(QUOTE_COLUMNS))})"


# SQLite's full-text index learns of new quotes from the store, an article at a time
# when an article is stored alone (migration 0001 says why); PostgreSQL's expression
# index needs nothing.
_SQLITE_INDEX_TEXT = "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE article_id = ?"
# A batch's quotes in one statement: FTS5 writes its pending terms out as a new segment
# at the end of every statement that changes it, so one statement per article left
# hundreds of small segments per batch for its merges to read and write again.
_SQLITE_INDEX_TEXT_AFTER = "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id > ?"


def store_article(
    session: Session,
    article: Article,
    quotes: list[Quote],
    *,
    outlet: str | None = None,
    speakers: SpeakerCache | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    prepared: QuoteRows | None = None,
    digest: str | None = None,
    pending: PendingQuotes | None = None,
) -> StoreResult:
    """Store `article` with `quotes` (offsets into `article.text`), unless its text is stored.

    `outlet`, when given, replaces the article's own. A writer storing many articles
    passes one `speakers` cache to all of them, and may pass what can be computed
    elsewhere: the `sentence_bounds` of the quotes, or their `quote_rows` (then
    `quotes` are not read), and the text's `content_hash`; and may collect the quote
    rows of many articles in `pending`, to insert them together. Does not commit.
    """
    article_id = _insert_article(session, article, outlet, digest or content_hash(article.text))
    if article_id is None:
        return StoreResult(None, skipped=True, quotes=0, speakers=0)
    if prepared is None:
        prepared = quote_rows(article, quotes, sentences)
    stored, created = _insert_quotes(session, article_id, prepared, speakers or SpeakerCache(), pending)
    # No apply_corrections here: corrections name an article by id and go with it
    # (ON DELETE CASCADE), so none can name an article stored just now. Asking would
    # cost a query per article for nothing; replace_quotes asks.
    return StoreResult(article_id, skipped=False, quotes=stored, speakers=created)


def as_article(row: models.Article | sa.Row) -> Article:
    """The reader's Article for a stored article (a model or a row of `articles`), to extract again.

    Headlines are found again in the stored text, as the reader finds them in a JSON
    record's text; they are not stored.
    """
    return Article(
        text=row.text,
        source=row.source,
        index=row.source_index,
        offset=row.source_offset,
        title=row.title,
        published=row.published,
        outlet=row.outlet,
        url=row.url,
        language=row.language,
        headlines=headlines_of(row.text),
    )


def find_article(session: Session, text: str) -> models.Article:
    """The stored article whose text is `text`."""
    return session.scalars(
        sa.select(models.Article).where(models.Article.content_hash == content_hash(text))
    ).one()


def replace_quotes(
    session: Session,
    article_row: models.Article,
    quotes: list[Quote],
    *,
    speakers: SpeakerCache | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    prepared: QuoteRows | None = None,
) -> StoreResult:
    """Replace the machine quotes of a stored article by `quotes`, then apply corrections.

    People's changes live in `corrections`, not in the quote rows, so nothing of
    theirs is lost. Does not commit.
    """
    table = models.Quote.__table__
    session.execute(sa.delete(table).where(table.c.article_id == article_row.id))
    if prepared is None:
        prepared = quote_rows(as_article(article_row), quotes, sentences)
    stored, created = _insert_quotes(session, article_row.id, prepared, speakers or SpeakerCache())
    apply_corrections(session, article_row.id)
    return StoreResult(article_row.id, skipped=False, quotes=stored, speakers=created)


def reprocess_article(
    session: Session, article_row: models.Article, *, speakers: SpeakerCache | None = None
) -> StoreResult:
    """Extract the stored article again with this extractor and replace its quotes."""
    return replace_quotes(session, article_row, extract(as_article(article_row)), speakers=speakers)


def integrity_problems(engine: sa.Engine) -> list[str]:
    """Everything wrong with the stored data, one line each; empty when all is well.

    SQLite's own checks first (file integrity, foreign keys, the full-text index), then,
    on every database, rows pointing nowhere, quotes whose offsets no longer cut their
    text out of the article's text, and outlets without the key the outlet filter reads.
    """
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                problems += _sqlite_problems(connection)
                if any(problem.startswith("integrity:") for problem in problems):
                    return problems  # the rows of a damaged file are not worth reading
            problems += _row_problems(connection)
    except sa.exc.DBAPIError as error:
        # A damaged file fails the very queries that would describe it: that is the finding.
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        problems.append(f"cannot read the database to the end: {reason}")
    return problems


def _row_problems(connection: sa.Connection) -> list[str]:
    """Rows pointing nowhere, and quotes whose offsets do not cut their text out of the article."""
    problems = []
    articles, quotes = models.Article.__table__, models.Quote.__table__
    speakers, aliases = models.Speaker.__table__, models.SpeakerAlias.__table__
    orphans = [
        ("quote", quotes.c.id, quotes.c.article_id, articles, "article"),
        ("quote", quotes.c.id, quotes.c.speaker_id, speakers, "speaker"),
        ("speaker alias", aliases.c.id, aliases.c.speaker_id, speakers, "speaker"),
    ]
    for what, row_id, reference, parent, parent_name in orphans:
        missing = sa.select(row_id, reference).where(
            reference.is_not(None), ~sa.exists().where(parent.c.id == reference)
        )
        for found, points_to in connection.execute(missing):
            problems.append(f"{what} {found}: refers to {parent_name} {points_to}, which does not exist")
    length = quotes.c.end - quotes.c.start
    sliced = sa.func.substr(articles.c.text, quotes.c.start + 1, length)
    misplaced = (
        sa.select(quotes.c.id, quotes.c.article_id, quotes.c.start, quotes.c.end)
        .join(articles, articles.c.id == quotes.c.article_id)
        .where(
            sa.or_(
                quotes.c.start < 0,
                quotes.c.end > sa.func.length(articles.c.text),
                length < 0,
                sliced != quotes.c.text,
            )
        )
        .order_by(quotes.c.id)
    )
    for quote_id, article_id, start, end in connection.execute(misplaced):
        problems.append(f"quote {quote_id}: [{start}:{end}] of article {article_id} is not the quote's text")
    return problems + _outlet_key_problems(connection)


def _outlet_key_problems(connection: sa.Connection) -> list[str]:
    """Outlets whose folded key is not what --outlet compares: articles written by other tools."""
    articles = models.Article.__table__
    pairs = sa.select(articles.c.outlet, articles.c.outlet_key).where(articles.c.outlet.is_not(None)).distinct()
    problems = []
    for outlet, key in connection.execute(pairs.order_by(articles.c.outlet)):
        if key != fold(outlet):
            # Quoted as SQL strings: doubled single quotes.
            sql_outlet, sql_key = outlet.replace("'", "''"), fold(outlet).replace("'", "''")
            problems.append(
                f"articles of outlet {outlet!r} have outlet_key {key!r}, so --outlet misses them — set it with "
                f"UPDATE articles SET outlet_key = '{sql_key}' WHERE outlet = '{sql_outlet}'"
            )
    return problems


def _sqlite_problems(connection: sa.Connection) -> list[str]:
    problems = []
    verdict = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if verdict != ["ok"]:
        # A damaged file: the checks below would fail or mislead.
        return [f"integrity: {line}" for entry in verdict for line in entry.splitlines()]
    for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid}: refers to a missing row of {parent}")
    try:
        # FTS5 compares its index with the quotes table (rank 1) and raises when they differ.
        connection.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")
    except sa.exc.DBAPIError:
        problems.append(
            "full-text index quotes_fts is out of step with quotes — rebuild it with "
            "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')"
        )
    connection.rollback()
    return problems
