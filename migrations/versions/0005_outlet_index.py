"""Articles are indexed by lower(outlet), the expression the outlet filter compares.

`--outlet` matches regardless of case, so the filter reads `lower(outlet)`, which the
plain index on `outlet` could not serve: every outlet filter scanned all quotes.
`list --outlet` for an outlet of one article in a thousand, first 50 quotes of
1,000,000: 124 -> 1.5 ms (`python bench/bench_queries.py`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_articles_outlet", table_name="articles")
    op.create_index("ix_articles_lower_outlet", "articles", [sa.text("lower(outlet)")])


def downgrade() -> None:
    op.drop_index("ix_articles_lower_outlet", table_name="articles")
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
