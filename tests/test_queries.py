"""quotes.queries on SQLite and PostgreSQL, over a small newsroom stored by the store.

The newsroom's quotes are written by hand (not extracted), so these tests pin the
query layer, whatever the extractor does. Other test modules import `build_newsroom`.
"""

import datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes.attribution import Kind, Quote, SpeakerKind
from quotes.errors import InputError, NotFoundError
from quotes.queries import (
    Marked,
    Piece,
    QuoteFilter,
    find_quotes,
    fts5_query,
    markup,
    nested,
    parse_date,
    quote_detail,
    quotes_statement,
    speaker_rows,
    speakers_statement,
)
from quotes.reader import Article
from quotes.store import store_article

BRIDGE = (
    "The mayor, Ana Lopez, said: «The bridge will open in May.» Critics disagreed.\n"
    "Officials at the city council said that the budget was too small.\n"
    '"We will not wait," Lopez told reporters.'
)
PARIS = "José Álvarez a déclaré : «Nous gagnerons, c'est sûr !» Un \"proche\" a parlé."


def _quote(text: str, content: str, speaker: str | None, kind: Kind = Kind.DIRECT, **fields) -> Quote:
    start = text.index(content)
    return Quote(start, start + len(content), kind, content, speaker=speaker, **fields)


def build_newsroom(engine: sa.Engine) -> None:
    """Two articles, five quotes (ids 1–5 in this order), three speakers, one unattributed quote."""
    bridge = Article(
        text=BRIDGE, source="planet.txt", index=0, title="Bridge to open",
        published=datetime.date(2024, 3, 5), outlet="Daily Planet",
    )  # fmt: skip
    paris = Article(
        text=PARIS, source="monde.txt", index=0, title="Élection",
        published=datetime.date(2024, 4, 20), outlet="Le Monde",
    )  # fmt: skip
    person, organisation = SpeakerKind.PERSON, SpeakerKind.ORGANISATION
    with Session(engine) as session, session.begin():
        store_article(session, bridge, [
            _quote(BRIDGE, "The bridge will open in May.", "Ana Lopez", speaker_kind=person,
                   mention="The mayor, Ana Lopez", cue="said", confidence=0.9),
            _quote(BRIDGE, "the budget was too small", "city council", Kind.INDIRECT, speaker_kind=organisation,
                   mention="Officials at the city council", cue="said", confidence=0.6),
            _quote(BRIDGE, "We will not wait,", "Ana Lopez", speaker_kind=person,
                   mention="Lopez", cue="told", confidence=0.8),
        ])  # fmt: skip
        store_article(session, paris, [
            _quote(PARIS, "Nous gagnerons, c'est sûr !", "José Álvarez", speaker_kind=person,
                   mention="José Álvarez", cue="a déclaré", confidence=0.7),
            _quote(PARIS, "proche", None, confidence=0.2),
        ])  # fmt: skip


@pytest.fixture
def newsroom(engine: sa.Engine) -> sa.Engine:
    """The migrated engine with the newsroom stored in it."""
    build_newsroom(engine)
    return engine


def ids(engine: sa.Engine, **where) -> list[int]:
    with Session(engine) as session:
        return [row["id"] for row in find_quotes(session, QuoteFilter(**where))]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ({}, [1, 2, 3, 4, 5]),
        ({"speaker": "Ana Lopez"}, [1, 3]),
        ({"speaker": "ANA LÓPEZ"}, [1, 3]),  # case and accents fold away
        ({"speaker": "Lopez"}, [1, 3]),  # an alias the store recorded from a mention
        ({"speaker": "jose alvarez"}, [4]),
        ({"outlet": "le monde"}, [4, 5]),
        ({"outlet": "Nowhere"}, []),
        ({"since": datetime.date(2024, 4, 1)}, [4, 5]),
        ({"until": datetime.date(2024, 3, 5)}, [1, 2, 3]),  # inclusive
        ({"since": datetime.date(2024, 3, 6), "until": datetime.date(2024, 4, 19)}, []),
        ({"kind": Kind.INDIRECT}, [2]),
        ({"article": 2}, [4, 5]),
        ({"min_confidence": 0.75}, [1, 3]),
        ({"limit": 2}, [1, 2]),
        ({"text": "bridge"}, [1]),
        ({"text": "BRIDGE open!"}, [1]),  # every word, any case, punctuation ignored
        ({"text": "bridge budget"}, []),  # words of two different quotes
        ({"text": 'will NOT "wait'}, [3]),  # NOT is a word here, not an operator
        ({"text": "gagnerons", "speaker": "José Álvarez"}, [4]),
        ({"text": "nothing-like-this"}, []),
    ],
)
def test_filters(newsroom, where, expected):
    assert ids(newsroom, **where) == expected


def test_rows_carry_names_and_the_sentence(newsroom):
    with Session(newsroom) as session:
        (row,) = find_quotes(session, QuoteFilter(kind=Kind.INDIRECT))
    assert row["speaker"] == "city council"
    assert row["speaker_kind"] == "organisation"
    assert row["kind"] == "indirect"
    assert row["published"] == "2024-03-05"
    assert BRIDGE[row["start"] : row["end"]] == row["text"]
    assert row["sentence"] == "Officials at the city council said that the budget was too small."


def test_rejected_quotes_are_hidden(newsroom):
    with Session(newsroom) as session, session.begin():
        session.execute(sa.text("UPDATE quotes SET rejected = :yes WHERE id = 1"), {"yes": True})
    assert ids(newsroom) == [2, 3, 4, 5]
    assert ids(newsroom, text="bridge") == []


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ({"speaker": "Nobody Known"}, 'no speaker called "Nobody Known"'),
        ({"article": 99}, "no article with id 99"),
    ],
)
def test_unknown_names_and_ids_are_errors(newsroom, where, message):
    with Session(newsroom) as session, pytest.raises(NotFoundError, match=message):
        list(find_quotes(session, QuoteFilter(**where)))


def test_search_without_words_is_an_error(newsroom):
    with Session(newsroom) as session, pytest.raises(InputError, match="has no words"):
        list(find_quotes(session, QuoteFilter(text="?!")))


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("peskov", '"peskov"'),
        ('said "no"', '"said" "no"'),
        ("NEAR(a b) OR c*", '"NEAR" "a" "b" "OR" "c"'),
        ("c'est sûr", '"c" "est" "sûr"'),
        ("Путин сказал", '"Путин" "сказал"'),
    ],
)
def test_fts5_query_quotes_every_word(text, query):
    assert fts5_query(text) == query


@pytest.mark.parametrize("value", ["2024-02-30", "yesterday", "05/03/2024", ""])
def test_bad_dates_name_the_option(value):
    with pytest.raises(InputError, match=f'--since: "{value}" is not a date — use YYYY-MM-DD'):
        parse_date(value, "--since")


def test_speaker_rows(newsroom):
    with Session(newsroom) as session:
        rows = speaker_rows(session)
    assert rows == [
        {"name": "Ana Lopez", "kind": "person", "aliases": "Lopez", "quotes": 2, "articles": 1,
         "first": "2024-03-05", "last": "2024-03-05"},
        {"name": "city council", "kind": "organisation", "aliases": "", "quotes": 1, "articles": 1,
         "first": "2024-03-05", "last": "2024-03-05"},
        {"name": "José Álvarez", "kind": "person", "aliases": "", "quotes": 1, "articles": 1,
         "first": "2024-04-20", "last": "2024-04-20"},
    ]  # fmt: skip


def test_speakers_join_reads_the_quotes_index_alone(newsroom):
    if newsroom.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    sql = str(speakers_statement().compile(newsroom, compile_kwargs={"literal_binds": True}))
    with newsroom.connect() as connection:
        plan = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert any(
        step.startswith("SEARCH quotes USING COVERING INDEX ix_quotes_speaker_id_rejected_kind_article_id")
        for step in plan
    ), plan


def test_outlet_filter_reads_the_outlet_index(newsroom):
    sql = str(
        quotes_statement(QuoteFilter(outlet="Le Monde"), newsroom.dialect.name).compile(
            newsroom, compile_kwargs={"literal_binds": True}
        )
    )
    with newsroom.connect() as connection:
        if newsroom.dialect.name == "sqlite":
            plan = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
        else:
            # A table this small is read whole unless sequential scans are ruled out.
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = list(connection.exec_driver_sql(f"EXPLAIN {sql}").scalars())
    assert any("ix_articles_outlet_key" in step for step in plan), plan


@pytest.mark.parametrize("typed", ["Östra Posten", "östra posten", "OSTRA POSTEN", "Östra  Posten."])
def test_outlet_filter_folds_case_and_accents(engine, typed):
    # SQLite's lower() leaves Ö alone, so comparing lower(outlet) found none of these.
    text = "Hale said: «The ferry runs again.»"
    with Session(engine) as session:
        store_article(session, Article(text=text, source="a.txt", index=0, outlet="Östra Posten"),
                      [_quote(text, "The ferry runs again.", "Hale")])
        session.commit()
        assert [row["outlet"] for row in find_quotes(session, QuoteFilter(outlet=typed))] == ["Östra Posten"]


def test_quote_detail(newsroom):
    with Session(newsroom) as session:
        detail = quote_detail(session, 3)
        with pytest.raises(NotFoundError, match="no quote with id 42"):
            quote_detail(session, 42)
    assert detail["text"] == "We will not wait,"
    assert detail["speaker"] == "Ana Lopez"
    assert detail["mention"] == "Lopez"
    assert detail["cue"] == "told"
    assert detail["title"] == "Bridge to open"
    assert detail["context"] == '"We will not wait," Lopez told reporters.'


@pytest.mark.parametrize(
    ("marks", "kept"),
    [
        ([(0, 10), (2, 5)], [(0, 10), (2, 5)]),  # nested
        ([(0, 10), (5, 15)], [(0, 10)]),  # crossing: the later one is dropped
        ([(0, 5), (5, 9)], [(0, 5), (5, 9)]),  # touching
        ([(3, 9), (0, 20), (4, 6)], [(0, 20), (3, 9), (4, 6)]),
    ],
)
def test_nested_keeps_balanced_marks(marks, kept):
    result = nested([Marked(s, e, None, Kind.DIRECT) for s, e in marks])
    assert [(m.start, m.end) for m in result] == kept


def test_markup_cuts_text_at_quote_boundaries():
    text = "He said «yes, «no» maybe» then."
    outer = Marked(text.index("yes"), text.index("»", text.index("maybe")), "Ann", Kind.DIRECT)
    inner = Marked(text.index("no"), text.index("no") + 2, None, Kind.INDIRECT)
    pieces = list(markup(text, [inner, outer]))
    plain = "".join("[[" if p.opens else f"]]{{{p.closes}}}" if p.closes else p.text for p in pieces)
    assert plain == "He said «[[yes, «[[no]]{?}» maybe]]{Ann}» then."
    assert Piece("no", Kind.INDIRECT) in pieces
    assert Piece("» maybe", Kind.DIRECT) in pieces  # back inside the outer quote


# Properties: no user text breaks FTS5, and markup never loses or reorders article text.

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_no_search_text_is_an_fts5_syntax_error(text):
    import sqlite3

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(text)")
    connection.execute("INSERT INTO t VALUES ('a quoted « word » here')")
    try:
        query = fts5_query(text)
    except InputError:
        return  # no words at all: refused with a message, never sent
    connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from(list(Kind))), max_size=6),
)
def test_markup_keeps_the_text_and_balances_markers(text, spans):
    marks = [Marked(min(a, b, len(text)), min(max(a, b), len(text)), "S", kind) for a, b, kind in spans]
    pieces = list(markup(text, marks))
    assert "".join(p.text for p in pieces) == text
    depth = 0
    for piece in pieces:
        depth += piece.opens - (piece.closes is not None)
        assert depth >= 0
    assert depth == 0
