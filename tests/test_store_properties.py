"""Whole pipeline into the store: storing the same input again changes nothing."""

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from quotes import store
from quotes.extraction import extract
from quotes.reader import Article

MARKS = "«»“”„\"'’"
WORDS = st.sampled_from(
    ["said", "he", "she", "told reporters", "Anna Berg", "Peskov", "that", "according to", "Mr.", "\n\n"]
)
TEXTS = st.lists(
    st.one_of(st.text(alphabet="abcdef ,." + MARKS, min_size=1, max_size=10), WORDS), min_size=1, max_size=30
).map(" ".join).filter(str.strip)
TABLES = ("articles", "quotes", "speakers", "speaker_aliases")


def _counts(session: Session) -> dict[str, int]:
    return {t: session.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _store(engine: sa.Engine, text: str) -> dict[str, int]:
    article = Article(text=text, source="property", index=0)
    with Session(engine) as session, session.begin():
        store.store_article(session, article, extract(article))
    with Session(engine) as session:
        return _counts(session)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS)
def test_storing_the_same_article_twice_changes_nothing(engine, text):
    once = _store(engine, text)
    assert _store(engine, text) == once
    with Session(engine) as session:
        stored = session.execute(
            sa.text("SELECT count(*) FROM quotes JOIN articles ON articles.id = quotes.article_id"
                    " WHERE articles.content_hash = :h"),
            {"h": store.content_hash(text)},
        ).scalar_one()
    assert stored == len(extract(Article(text=text, source="property", index=0)))
