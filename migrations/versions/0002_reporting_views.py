"""Reporting views: speaker_summary, quotes_by_month, outlet_speakers, unattributed_quotes, cue_usage.

Plain SQL views, so sqlite3, psql and Datasette users get the reports `quotes report`
prints. Every view leaves out rejected quotes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The one expression the engines spell differently: the month of a date as YYYY-MM.
MONTH = {
    "sqlite": "strftime('%Y-%m', a.published)",
    "postgresql": "to_char(a.published, 'YYYY-MM')",
}


def _views(month: str) -> dict[str, str]:
    return {
        "speaker_summary": """
            SELECT s.name AS speaker, s.kind AS kind,
                   COUNT(q.id) AS quotes, COUNT(DISTINCT q.article_id) AS articles,
                   MIN(a.published) AS first_date, MAX(a.published) AS last_date
            FROM speakers s
            JOIN quotes q ON q.speaker_id = s.id AND NOT q.rejected
            JOIN articles a ON a.id = q.article_id
            GROUP BY s.id, s.name, s.kind""",
        "quotes_by_month": f"""
            SELECT s.name AS speaker, {month} AS month, COUNT(q.id) AS quotes
            FROM quotes q
            JOIN articles a ON a.id = q.article_id
            LEFT JOIN speakers s ON s.id = q.speaker_id
            WHERE NOT q.rejected
            GROUP BY s.name, {month}""",
        "outlet_speakers": """
            SELECT a.outlet AS outlet, s.name AS speaker, COUNT(q.id) AS quotes
            FROM quotes q
            JOIN articles a ON a.id = q.article_id
            JOIN speakers s ON s.id = q.speaker_id
            WHERE NOT q.rejected
            GROUP BY a.outlet, s.name""",
        "unattributed_quotes": """
            SELECT q.id AS quote_id, q.kind AS kind, q.text AS text,
                   a.title AS title, a.outlet AS outlet, a.published AS published, a.source AS source
            FROM quotes q
            JOIN articles a ON a.id = q.article_id
            WHERE q.speaker_id IS NULL AND NOT q.rejected""",
        "cue_usage": """
            SELECT q.cue AS cue, COUNT(q.id) AS quotes, COUNT(DISTINCT q.speaker_id) AS speakers
            FROM quotes q
            WHERE q.cue IS NOT NULL AND NOT q.rejected
            GROUP BY q.cue""",
    }


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, query in _views(MONTH[dialect]).items():
        op.execute(f"CREATE VIEW {name} AS {query}")


def downgrade() -> None:
    for name in reversed(list(_views("NULL"))):
        op.execute(f"DROP VIEW IF EXISTS {name}")
