"""The database schema as typed SQLAlchemy models.

The migrations in `migrations/` create this schema; a test checks that they agree.
Offsets of quotes, mentions and cues index `Article.text` (the article's own text).
"""

import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from quotes.attribution import Kind, SpeakerKind

# Named constraints, so migrations can drop and alter them on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[StrEnum], name: str) -> Enum:
    # Stored as the values ("direct"), checked by a named constraint, portable to SQLite.
    return Enum(
        cls, name=name, values_callable=lambda e: [m.value for m in e],
        native_enum=False, create_constraint=True, length=16,
    )


class CorrectionAction(StrEnum):
    MERGE = "merge"  # speaker B becomes an alias of speaker A
    RENAME = "rename"  # speaker A gets a new canonical name
    ATTRIBUTE = "attribute"  # a quote gets another speaker
    REJECT = "reject"  # a span is not a quote


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(1024), index=True)
    source_index: Mapped[int] = mapped_column(Integer, default=0)  # article's place in its file
    source_offset: Mapped[int] = mapped_column(Integer, default=0)  # where text starts in the file
    outlet: Mapped[str | None] = mapped_column(String(256))
    # Case- and accent-folded outlet, what the outlet filter compares (migration 0005):
    # SQL's lower() folds only ASCII letters in SQLite.
    outlet_key: Mapped[str | None] = mapped_column(String(256), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2048))
    published: Mapped[datetime.date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of text
    ingested_at: Mapped[datetime.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )

    quotes: Mapped[list["Quote"]] = relationship(back_populates="article", passive_deletes=True)


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(512), unique=True)
    # Case- and accent-folded name, so lookups agree on SQLite and PostgreSQL.
    name_key: Mapped[str] = mapped_column(String(512), index=True)
    kind: Mapped[SpeakerKind] = mapped_column(_enum(SpeakerKind, "speaker_kind"), default=SpeakerKind.UNKNOWN)

    aliases: Mapped[list["SpeakerAlias"]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )


class SpeakerAlias(Base):
    __tablename__ = "speaker_aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(512))
    alias_key: Mapped[str] = mapped_column(String(512), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "kind", "start", "end"),
        # Ends with the columns the speakers listing reads, so its join never reads table rows.
        Index("ix_quotes_speaker_id_rejected_kind_article_id", "speaker_id", "rejected", "kind", "article_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No index of their own: article_id leads the unique constraint and speaker_id leads
    # ix_quotes_speaker_id_rejected_kind_article_id, which serve look-ups and cascades;
    # kind has two values; no filter asks for a cue (migration 0004).
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    kind: Mapped[Kind] = mapped_column(_enum(Kind, "quote_kind"))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    mention: Mapped[str | None] = mapped_column(Text)
    mention_start: Mapped[int | None] = mapped_column(Integer)
    mention_end: Mapped[int | None] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(256))
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    # The sentence (or sentences) around the quote, for exports and context.
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, index=True)
    extractor_version: Mapped[str] = mapped_column(String(32))
    # Set by corrections: a person fixed the speaker, or said this is not a quote.
    corrected: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Not indexed: almost every quote is not rejected, so an index would not be used.
    rejected: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship()


class Correction(Base):
    """A change a person made, kept apart from machine output and replayed after reprocessing.

    Quotes are identified by article, kind and offsets, which survive re-extraction;
    speakers by canonical name.
    """

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[CorrectionAction] = mapped_column(_enum(CorrectionAction, "correction_action"), index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    quote_kind: Mapped[Kind | None] = mapped_column(_enum(Kind, "correction_quote_kind"))
    quote_start: Mapped[int | None] = mapped_column(Integer)
    quote_end: Mapped[int | None] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String(512))  # A, or the quote's new speaker
    other: Mapped[str | None] = mapped_column(String(512))  # B for merge, NEW for rename
    previous: Mapped[str | None] = mapped_column(String(512))  # what was there before, for undo
    created_at: Mapped[datetime.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    undone_at: Mapped[datetime.datetime | None] = mapped_column(DateTime(timezone=True))
