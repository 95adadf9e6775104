import sqlalchemy as sa


def test_each_database_starts_empty(db_url):
    engine = sa.create_engine(db_url)
    with engine.connect() as connection:
        assert sa.inspect(connection).get_table_names() == []
    engine.dispose()
