"""Articles carry a folded outlet, `outlet_key`, indexed; the outlet filter compares it.

`--outlet` ignores case, and compared `lower(outlet)` with the lower-cased option. No
index served that, so every outlet filter scanned all quotes, and SQLite's lower()
folds only ASCII letters, so an outlet such as `Östra Posten` was never found, even
spelled exactly. The key is folded as speaker names are (`quotes.names.fold`: case,
accents, punctuation). `list --outlet` for an outlet of one article in a thousand,
first 50 of 1,000,000 quotes: 124 -> 1.5 ms (`python bench/bench_queries.py`).

Downgrading drops the column with ALTER TABLE … DROP COLUMN (SQLite 3.35 or newer),
since copying the table, as batch mode does, would delete the quotes of every article
through their cascading foreign keys.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from quotes.names import fold

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ARTICLES = sa.table("articles", sa.column("outlet", sa.String), sa.column("outlet_key", sa.String))


def upgrade() -> None:
    op.add_column("articles", sa.Column("outlet_key", sa.String(length=256), nullable=True))
    connection = op.get_bind()
    # One UPDATE per distinct outlet: a newsroom has dozens of outlets, not thousands.
    outlets = connection.execute(sa.select(_ARTICLES.c.outlet).where(_ARTICLES.c.outlet.is_not(None)).distinct())
    for outlet in outlets.scalars().all():
        connection.execute(
            _ARTICLES.update().where(_ARTICLES.c.outlet == outlet).values(outlet_key=fold(outlet))
        )
    op.drop_index("ix_articles_outlet", table_name="articles")
    op.create_index(op.f("ix_articles_outlet_key"), "articles", ["outlet_key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_articles_outlet_key"), table_name="articles")
    op.drop_column("articles", "outlet_key")
    op.create_index(op.f("ix_articles_outlet"), "articles", ["outlet"])
