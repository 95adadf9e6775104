"""The quotes index by speaker covers the speakers listing's join.

`quotes speakers` (and the speaker_summary view) joins every speaker to their visible
quotes. With an index on (speaker_id, kind) alone, each of those quotes was then read
from the quotes table for `rejected` and `article_id`: a million random reads on a
million quotes. The index now ends with those columns, so the join reads it alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Wider, not additional: look-ups by speaker, with or without a kind, still use its
    # prefix, and ingest keeps one index entry per quote up to date for it, as before.
    op.drop_index("ix_quotes_speaker_id_kind", table_name="quotes")
    op.create_index(
        "ix_quotes_speaker_id_rejected_kind_article_id", "quotes", ["speaker_id", "rejected", "kind", "article_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_quotes_speaker_id_rejected_kind_article_id", table_name="quotes")
    op.create_index("ix_quotes_speaker_id_kind", "quotes", ["speaker_id", "kind"])
