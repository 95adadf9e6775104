"""Questions journalists ask of the store, as SQLAlchemy statements run in the caller's session.

Filters become one `select`; the caller owns the session and decides how to render rows.
Rejected quotes never show.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes.attribution import Kind
from quotes.errors import InputError, NotFoundError
from quotes.models import Article, Quote, Speaker, SpeakerAlias
from quotes.names import fold

# A word as FTS5's default tokenizer sees one; anything else only separates words.
_FTS_WORD = regex.compile(r"[\p{L}\p{N}\p{M}_]+")


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes to show; None means "any"."""

    speaker: str | None = None  # canonical name or alias, folded before comparing
    outlet: str | None = None
    since: datetime.date | None = None  # inclusive
    until: datetime.date | None = None  # inclusive
    kind: Kind | None = None
    article: int | None = None
    min_confidence: float | None = None
    text: str | None = None  # full-text search words
    limit: int | None = None


# Every column a quote row has, in export order.
QUOTE_COLUMNS = (
    "id",
    "speaker",
    "speaker_kind",
    "mention",
    "cue",
    "text",
    "kind",
    "confidence",
    "title",
    "outlet",
    "published",
    "source",
    "start",
    "end",
    "sentence",
)


def parse_date(value: str | None, option: str) -> datetime.date | None:
    """`value` (YYYY-MM-DD) as a date; `option` names the flag in the error."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(f'{option}: "{value}" is not a date — use YYYY-MM-DD') from None


def find_speaker(session: Session, name: str) -> Speaker:
    """The speaker called `name`, by canonical name first, then by alias."""
    key = fold(name)
    speaker = session.scalars(sa.select(Speaker).where(Speaker.name_key == key).order_by(Speaker.id)).first()
    if speaker is None:
        speaker = session.scalars(
            sa.select(Speaker)
            .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
            .where(SpeakerAlias.alias_key == key)
            .order_by(Speaker.id)
        ).first()
    if speaker is None:
        raise NotFoundError(f'no speaker called "{name}" — `quotes speakers` lists them')
    return speaker


def _speaker_ids(name: str) -> sa.Select:
    """Ids of every speaker whose canonical name or alias folds like `name`."""
    key = fold(name)
    by_alias = sa.select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_key == key)
    return sa.select(Speaker.id).where(sa.or_(Speaker.name_key == key, Speaker.id.in_(by_alias)))


def fts5_query(text: str) -> str:
    """`text` as an FTS5 query of quoted words, so punctuation and operators are plain text.

    >>> fts5_query('Peskov "said" AND-OR')
    '"Peskov" "said" "AND" "OR"'
    """
    words = _FTS_WORD.findall(text)
    if not words:
        raise InputError(f'search text "{text}" has no words — give at least one word to look for')
    return " ".join(f'"{word}"' for word in words)


def _matches(text: str, dialect: str) -> sa.ColumnElement[bool]:
    if dialect == "sqlite":
        # quotes_fts is an external-content FTS5 table whose rowid is quotes.id.
        hits = sa.text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :fts").bindparams(
            fts=fts5_query(text)
        )
        return Quote.id.in_(hits.columns(sa.column("rowid", sa.Integer)))
    if not _FTS_WORD.search(text):
        raise InputError(f'search text "{text}" has no words — give at least one word to look for')
    # The same expression as the GIN index, so PostgreSQL can use it.
    return sa.func.to_tsvector(sa.literal_column("'simple'"), Quote.text).op("@@")(
        sa.func.plainto_tsquery(sa.literal_column("'simple'"), text)
    )


def _sentence() -> sa.ColumnElement[str | None]:
    # substr is 1-based on SQLite and PostgreSQL alike; computed in SQL so exports stream.
    return sa.func.substr(
        Article.text, Quote.sentence_start + 1, Quote.sentence_end - Quote.sentence_start
    )


def _as_text(column: sa.ColumnElement) -> sa.ColumnElement[str]:
    # Enums and dates as the text both engines store and print (YYYY-MM-DD), converted by
    # the database rather than per row in Python: exports of millions of rows stay fast.
    return sa.cast(column, sa.String)


def quotes_statement(where: QuoteFilter, dialect: str) -> sa.Select:
    """One row per visible quote matching `where`, columns as in QUOTE_COLUMNS, ordered by id."""
    stmt = (
        sa.select(
            Quote.id.label("id"),
            Speaker.name.label("speaker"),
            _as_text(Speaker.kind).label("speaker_kind"),
            Quote.mention.label("mention"),
            Quote.cue.label("cue"),
            Quote.text.label("text"),
            _as_text(Quote.kind).label("kind"),
            Quote.confidence.label("confidence"),
            Article.title.label("title"),
            Article.outlet.label("outlet"),
            _as_text(Article.published).label("published"),
            Article.source.label("source"),
            Quote.start.label("start"),
            Quote.end.label("end"),
            _sentence().label("sentence"),
        )
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
        .where(Quote.rejected == sa.false())
        .order_by(Quote.id)
    )
    if where.speaker is not None:
        stmt = stmt.where(Quote.speaker_id.in_(_speaker_ids(where.speaker)))
    if where.outlet is not None:
        stmt = stmt.where(Article.outlet_key == fold(where.outlet))
    if where.since is not None:
        stmt = stmt.where(Article.published >= where.since)
    if where.until is not None:
        stmt = stmt.where(Article.published <= where.until)
    if where.kind is not None:
        stmt = stmt.where(Quote.kind == where.kind)
    if where.article is not None:
        stmt = stmt.where(Quote.article_id == where.article)
    if where.min_confidence is not None:
        stmt = stmt.where(Quote.confidence >= where.min_confidence)
    if where.text is not None and dialect == "sqlite" and where.speaker is None and where.article is None:
        # Walk the FTS index in rowid (= quote id) order and stop at the limit: fast even for
        # a word in half the quotes. With a speaker or an article the IN form below is
        # faster, as those filters pick few rows and the index is then only probed.
        fts = sa.table("quotes_fts", sa.column("rowid", sa.Integer))
        stmt = (
            stmt.join(fts, fts.c.rowid == Quote.id)
            .where(sa.text("quotes_fts MATCH :fts").bindparams(fts=fts5_query(where.text)))
            .order_by(None)
            .order_by(fts.c.rowid)
        )
    elif where.text is not None:
        stmt = stmt.where(_matches(where.text, dialect))
    if where.limit is not None:
        stmt = stmt.limit(where.limit)
    return stmt


def _plain(row: sa.RowMapping) -> dict[str, Any]:
    """A row with enums as their values and dates as ISO strings, as every engine agrees."""
    out = dict(row)
    for key, value in out.items():
        if isinstance(value, datetime.date):
            out[key] = value.isoformat()
        elif hasattr(value, "value") and isinstance(value.value, str):
            out[key] = value.value
    return out


def check_filter(session: Session, where: QuoteFilter) -> None:
    """Raise NotFoundError for a speaker or article that does not exist, rather than print nothing."""
    if where.speaker is not None:
        find_speaker(session, where.speaker)
    if where.article is not None and session.get(Article, where.article) is None:
        raise NotFoundError(f"no article with id {where.article} — `quotes list` shows article ids")


def quote_rows(session: Session, where: QuoteFilter, *, yield_per: int = 1000) -> Iterator[sa.Row]:
    """The quotes matching `where` as rows (columns as in QUOTE_COLUMNS), fetched `yield_per`
    at a time with a server-side cursor where the engine has one, so memory stays flat."""
    check_filter(session, where)
    stmt = quotes_statement(where, session.get_bind().dialect.name)
    result = session.connection().execute(stmt, execution_options={"yield_per": yield_per})
    for batch in result.partitions():
        yield from batch


def find_quotes(session: Session, where: QuoteFilter, *, yield_per: int = 1000) -> Iterator[dict[str, Any]]:
    """The quotes matching `where` as dicts keyed by QUOTE_COLUMNS."""
    for row in quote_rows(session, where, yield_per=yield_per):
        yield dict(row._mapping)


SPEAKER_COLUMNS = ("name", "kind", "aliases", "quotes", "articles", "first", "last")


def speakers_statement() -> sa.Select:
    """Every speaker with counts of visible quotes and articles and first and last dates, most quoted first.

    The join on quotes reads ix_quotes_speaker_id_rejected_kind_article_id alone (migration 0003).
    """
    visible = sa.and_(Quote.speaker_id == Speaker.id, Quote.rejected == sa.false())
    return (
        sa.select(
            Speaker.id,
            Speaker.name.label("name"),
            Speaker.kind.label("kind"),
            sa.func.count(Quote.id).label("quotes"),
            sa.func.count(sa.distinct(Quote.article_id)).label("articles"),
            sa.func.min(Article.published).label("first"),
            sa.func.max(Article.published).label("last"),
        )
        .outerjoin(Quote, visible)
        .outerjoin(Article, Article.id == Quote.article_id)
        .group_by(Speaker.id, Speaker.name, Speaker.kind)
        .order_by(sa.func.count(Quote.id).desc(), Speaker.name_key, Speaker.name)
    )


def speaker_rows(session: Session) -> list[dict[str, Any]]:
    """Every speaker with their aliases, visible quotes, articles and first and last dates."""
    aliases: dict[int, list[str]] = {}
    for speaker_id, alias in session.execute(
        sa.select(SpeakerAlias.speaker_id, SpeakerAlias.alias).order_by(SpeakerAlias.alias)
    ):
        aliases.setdefault(speaker_id, []).append(alias)
    rows = []
    for row in session.execute(speakers_statement()).mappings():
        plain = _plain(row)
        plain["aliases"] = "; ".join(a for a in aliases.get(plain.pop("id"), []) if a != plain["name"])
        rows.append(plain)
    return rows


def _context(text: str, quote: Quote, *, margin: int = 200) -> str:
    """The sentence around `quote`, or the paragraph-bounded text near it when none is stored."""
    if quote.sentence_start is not None and quote.sentence_end is not None:
        return text[quote.sentence_start : quote.sentence_end]
    start = text.rfind("\n", 0, max(quote.start - margin, 0)) + 1
    end = text.find("\n", min(quote.end + margin, len(text)))
    return text[start : end if end >= 0 else len(text)].strip()


def quote_detail(session: Session, quote_id: int) -> dict[str, Any]:
    """One quote with its speaker, mention, cue, article and the sentence around it."""
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError(f"no quote with id {quote_id} — `quotes list` shows quote ids")
    article = quote.article
    return {
        "id": quote.id,
        "text": quote.text,
        "kind": quote.kind.value,
        "speaker": quote.speaker.name if quote.speaker else None,
        "speaker_kind": quote.speaker.kind.value if quote.speaker else None,
        "mention": quote.mention,
        "cue": quote.cue,
        "confidence": quote.confidence,
        "rejected": quote.rejected,
        "corrected": quote.corrected,
        "article": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "start": quote.start,
        "end": quote.end,
        "context": _context(article.text, quote),
    }


@dataclass(frozen=True, slots=True)
class Marked:
    """A quote to highlight in an article's text: [start, end) and who said it."""

    start: int
    end: int
    speaker: str | None
    kind: Kind


def article_with_quotes(session: Session, article_id: int) -> tuple[Article, list[Marked]]:
    """An article and its visible quotes, ordered by start (outer before inner)."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id} — `quotes list` shows article ids")
    rows = session.execute(
        sa.select(Quote.start, Quote.end, Speaker.name, Quote.kind)
        .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
        .where(Quote.article_id == article_id, Quote.rejected == sa.false())
        .order_by(Quote.start, Quote.end.desc())
    )
    return article, [Marked(*row) for row in rows]


def nested(marks: list[Marked]) -> list[Marked]:
    """The marks that nest, dropping empty ones and any that cross an earlier one, so markers
    stay balanced."""
    kept: list[Marked] = []
    open_ends: list[int] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.end <= mark.start:
            continue  # nothing to highlight
        while open_ends and open_ends[-1] <= mark.start:
            open_ends.pop()
        if open_ends and mark.end > open_ends[-1]:
            continue  # crosses the enclosing quote's end
        kept.append(mark)
        open_ends.append(mark.end)
    return kept


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of article text inside the innermost quote `kind` (None: outside every quote),
    or a marker: the start of a quote (`opens`) or its end, labelled with its speaker (`closes`)."""

    text: str = ""
    kind: Kind | None = None
    opens: bool = False
    closes: str | None = None


def markup(text: str, marks: list[Marked]) -> Iterator[Piece]:
    """`text` cut at every quote boundary, so a renderer can highlight and label each quote.

    Quotes that cross another quote's boundary are left out; "?" labels an unattributed quote.
    """
    events: list[tuple[int, int, Marked]] = []
    for mark in nested(marks):
        # At one offset an inner quote closes (0) before the next one opens (1).
        events.append((mark.start, 1, mark))
        events.append((mark.end, 0, mark))
    # Outer quotes open first and close last: order ties by their length.
    events.sort(key=lambda e: (e[0], e[1], -(e[2].end - e[2].start) if e[1] else e[2].end - e[2].start))
    inside: list[Kind] = []
    position = 0
    for offset, opening, mark in events:
        if offset > position:
            yield Piece(text[position:offset], inside[-1] if inside else None)
            position = offset
        if opening:
            inside.append(mark.kind)
            yield Piece(opens=True, kind=mark.kind)
        else:
            inside.pop()
            yield Piece(closes=mark.speaker or "?", kind=mark.kind)
    if position < len(text):
        yield Piece(text[position:])
