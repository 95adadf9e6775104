"""Migrations: one head, up and down on every engine, and a schema equal to the models."""

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.orm import Session

from quotes import database, models, store
from quotes.attribution import Kind, Quote
from quotes.errors import DatabaseError
from quotes.models import Base
from quotes.reader import Article

TABLES = {"articles", "speakers", "speaker_aliases", "quotes", "corrections"}


def _tables(url: str) -> set[str]:
    engine = database.connect(url)
    with engine.connect() as connection:
        names = set(sa.inspect(connection).get_table_names())
    engine.dispose()
    return names


def test_one_head():
    scripts = database._scripts()
    assert len(scripts.get_heads()) == 1
    assert database.head_revision() == scripts.get_current_head()


def test_history_runs_from_0001_to_head():
    revisions = database.history()
    assert revisions[0].revision == "0001"
    assert revisions[0].down_revision is None
    assert revisions[-1].revision == database.head_revision()
    for before, after in zip(revisions, revisions[1:]):
        assert after.down_revision == before.revision


def test_up_down_and_up_again(db_url):
    database.upgrade(db_url)
    assert TABLES <= _tables(db_url)
    assert database.current(db_url) == database.head_revision()
    database.downgrade(db_url, "base")
    assert _tables(db_url) <= {"alembic_version"}
    assert database.current(db_url) is None
    database.upgrade(db_url)
    assert TABLES <= _tables(db_url)


def test_each_revision_up_down_up(db_url):
    for entry in database.history():
        database.upgrade(db_url, entry.revision)
        assert database.current(db_url) == entry.revision
        database.downgrade(db_url, entry.down_revision or "base")
        assert database.current(db_url) == entry.down_revision
        database.upgrade(db_url, entry.revision)
        assert database.current(db_url) == entry.revision


def test_models_match_the_migrated_schema(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": database.include_name})
        assert compare_metadata(context, Base.metadata) == []


# What each quote filter of the CLI reads; (column, None): no filter reads it, and an
# index would only make every ingested quote dearer.
QUOTE_FILTER_INDEXES = [
    ("speaker_id", "ix_quotes_speaker_id_rejected_kind_article_id"),  # --speaker
    ("confidence", "ix_quotes_confidence"),  # --min-confidence
    ("cue", None),
    ("kind", None),  # two values
]


@pytest.mark.parametrize(("column", "index"), QUOTE_FILTER_INDEXES)
def test_quotes_are_indexed_for_each_filter_only(engine, column, index):
    found = {
        found["name"]
        for found in sa.inspect(engine).get_indexes("quotes")
        if found["column_names"][:1] == [column] and found["name"] not in database.FTS_INDEXES
    }
    assert found == ({index} if index else set())


def test_comparison_would_see_a_difference(engine):
    # The check above can fail: a column the database lacks is reported.
    metadata = sa.MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    metadata.tables["quotes"].append_column(sa.Column("extra", sa.Integer))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": database.include_name})
        diff = compare_metadata(context, metadata)
    assert [(d[0], d[3].name) for d in diff] == [("add_column", "extra")]


def _insert_quote(engine: sa.Engine, text: str) -> int:
    """Store an article that is one quote, as ingest does; the quote's id."""
    with Session(engine) as session:
        quote = Quote(0, len(text), Kind.DIRECT, text)
        article_id = store.store_article(session, Article(text=text, source="a.txt", index=0), [quote]).article_id
        session.commit()
        return session.scalars(sa.select(models.Quote.id).where(models.Quote.article_id == article_id)).one()


def _search(connection: sa.Connection, words: str) -> list[int]:
    if connection.dialect.name == "sqlite":
        query = "SELECT id FROM quotes WHERE id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q)"
    else:
        query = "SELECT id FROM quotes WHERE to_tsvector('simple', text) @@ plainto_tsquery('simple', :q)"
    return sorted(connection.execute(sa.text(query), {"q": words}).scalars())


def test_full_text_search_follows_inserts_updates_and_deletes(engine):
    grain = _insert_quote(engine, "The harvest of grain will be late this year")
    _insert_quote(engine, "We will not negotiate under pressure")
    with engine.begin() as connection:
        assert _search(connection, "grain") == [grain]
        assert _search(connection, "wheat") == []
        connection.execute(sa.text("UPDATE quotes SET text = 'The wheat is in' WHERE id = :id"), {"id": grain})
        assert _search(connection, "grain") == []
        assert _search(connection, "wheat") == [grain]
        connection.execute(sa.text("UPDATE quotes SET confidence = 0.9 WHERE id = :id"), {"id": grain})
        assert _search(connection, "wheat") == [grain]
        # Deleting the article cascades to its quotes, and they leave the index.
        connection.execute(
            sa.text("DELETE FROM articles WHERE id = (SELECT article_id FROM quotes WHERE id = :id)"), {"id": grain}
        )
        assert _search(connection, "wheat") == []
        assert len(_search(connection, "negotiate")) == 1


def test_postgresql_has_the_text_search_index(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("the GIN index is PostgreSQL's")
    with engine.connect() as connection:
        names = {ix["name"] for ix in sa.inspect(connection).get_indexes("quotes")}
    assert "ix_quotes_text_tsv" in names


def test_a_failed_upgrade_changes_nothing(db_url):
    engine = database.connect(db_url)
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE corrections (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match=r"upgrading .* to head failed: .* — nothing was changed$"):
        database.upgrade(db_url)
    assert database.current(db_url) is None
    assert _tables(db_url) == {"corrections"}


def test_0005_folds_the_outlets_stored_before_it_and_its_downgrade_keeps_quotes(db_url):
    database.upgrade(db_url, "0004")
    engine = database.connect(db_url)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO articles (id, source, source_index, source_offset, outlet, text, content_hash) "
                "VALUES (1, 'a.txt', 0, 0, 'Östra Posten', 'Hale said: «Yes.»', 'h1'), "
                "(2, 'b.txt', 0, 0, NULL, 'Lind said: «No.»', 'h2')"
            )
        )
        connection.execute(
            sa.text(
                'INSERT INTO quotes (article_id, kind, text, start, "end", confidence, extractor_version) '
                "VALUES (1, 'direct', 'Yes.', 12, 16, 0.9, 'test')"
            )
        )
    database.upgrade(db_url)
    with engine.connect() as connection:
        keys = connection.execute(sa.text("SELECT id, outlet_key FROM articles ORDER BY id")).all()
    assert [tuple(row) for row in keys] == [(1, "ostra posten"), (2, None)]
    database.downgrade(db_url, "0004")
    with engine.connect() as connection:
        assert "outlet_key" not in {c["name"] for c in sa.inspect(connection).get_columns("articles")}
        assert connection.execute(sa.text("SELECT count(*) FROM quotes")).scalar() == 1
    engine.dispose()
