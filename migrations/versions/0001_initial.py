"""Initial schema: articles, speakers, aliases, quotes, corrections, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    # As quotes.models._enum: the values as strings, checked by a named constraint.
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


# SQLite: an FTS5 index over quotes.text that stores no copy of the text
# (content='quotes'). quotes.store adds each article's quotes to it in one statement,
# several times faster than a trigger per row; triggers keep it in step when quotes
# are deleted or their text changes.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id')",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    # Only a change of the text touches the index; corrections change other columns.
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]
SQLITE_FTS_DROP = [
    "DROP TRIGGER IF EXISTS quotes_fts_update",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TABLE IF EXISTS quotes_fts",
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=1024), nullable=False),
        sa.Column("source_index", sa.Integer(), nullable=False),
        sa.Column("source_offset", sa.Integer(), nullable=False),
        sa.Column("outlet", sa.String(length=256), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_articles_content_hash")),
    )
    op.create_index(op.f("ix_articles_outlet"), "articles", ["outlet"])
    op.create_index(op.f("ix_articles_published"), "articles", ["published"])
    op.create_index(op.f("ix_articles_source"), "articles", ["source"])

    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=512), nullable=False),
        sa.Column("name_key", sa.String(length=512), nullable=False),
        sa.Column("kind", _enum("speaker_kind", "person", "organisation", "unknown"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speakers")),
        sa.UniqueConstraint("name", name=op.f("uq_speakers_name")),
    )
    op.create_index(op.f("ix_speakers_name_key"), "speakers", ["name_key"])

    op.create_table(
        "speaker_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=512), nullable=False),
        sa.Column("alias_key", sa.String(length=512), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speakers.id"],
            name=op.f("fk_speaker_aliases_speaker_id_speakers"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_aliases")),
        sa.UniqueConstraint("speaker_id", "alias", name=op.f("uq_speaker_aliases_speaker_id_alias")),
    )
    op.create_index(op.f("ix_speaker_aliases_alias_key"), "speaker_aliases", ["alias_key"])
    op.create_index(op.f("ix_speaker_aliases_speaker_id"), "speaker_aliases", ["speaker_id"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("kind", _enum("quote_kind", "direct", "indirect"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("mention", sa.Text(), nullable=True),
        sa.Column("mention_start", sa.Integer(), nullable=True),
        sa.Column("mention_end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.String(length=256), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=True),
        sa.Column("sentence_end", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.Column("corrected", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("rejected", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_quotes_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speakers.id"], name=op.f("fk_quotes_speaker_id_speakers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("article_id", "kind", "start", "end", name=op.f("uq_quotes_article_id_kind_start_end")),
    )
    op.create_index(op.f("ix_quotes_confidence"), "quotes", ["confidence"])
    op.create_index(op.f("ix_quotes_cue"), "quotes", ["cue"])
    op.create_index("ix_quotes_speaker_id_kind", "quotes", ["speaker_id", "kind"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", _enum("correction_action", "merge", "rename", "attribute", "reject"), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("quote_kind", _enum("correction_quote_kind", "direct", "indirect"), nullable=True),
        sa.Column("quote_start", sa.Integer(), nullable=True),
        sa.Column("quote_end", sa.Integer(), nullable=True),
        sa.Column("speaker", sa.String(length=512), nullable=True),
        sa.Column("other", sa.String(length=512), nullable=True),
        sa.Column("previous", sa.String(length=512), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_corrections_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index(op.f("ix_corrections_action"), "corrections", ["action"])
    op.create_index(op.f("ix_corrections_article_id"), "corrections", ["article_id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        # 'simple': no stemming or stop words, so names and any language match as written.
        op.create_index(
            "ix_quotes_text_tsv", "quotes", [sa.text("to_tsvector('simple', text)")], postgresql_using="gin"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_FTS_DROP:
            op.execute(statement)
    elif dialect == "postgresql":
        op.drop_index("ix_quotes_text_tsv", table_name="quotes")
    # Dropping a table drops its indexes too.
    op.drop_table("corrections")
    op.drop_table("quotes")
    op.drop_table("speaker_aliases")
    op.drop_table("speakers")
    op.drop_table("articles")
