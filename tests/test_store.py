"""Storing extractor output: articles once, quotes with their offsets, speakers shared."""

import datetime
import hashlib

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import EXTRACTOR_VERSION, models, store
from quotes.attribution import Kind, Quote, SpeakerKind
from quotes.reader import Article

TEXT = (
    "Moscow talks stall\n\n"
    "\u201cWe are not in a hurry,\u201d Kremlin spokesman Dmitry Peskov told reporters. "
    "Peskov added that \u201cnothing is decided.\u201d\n\n"
    "\u201cThe door stays open,\u201d he said."
)


def _quote(text: str, quoted: str, speaker: str | None, mention: str | None, kind: Kind = Kind.DIRECT) -> Quote:
    start = text.index(quoted)
    mention_start = text.index(mention) if mention else None
    return Quote(
        start=start,
        end=start + len(quoted),
        kind=kind,
        text=quoted,
        speaker=speaker,
        speaker_kind=SpeakerKind.PERSON if speaker else SpeakerKind.UNKNOWN,
        mention=mention,
        mention_start=mention_start,
        mention_end=mention_start + len(mention) if mention else None,
        cue="told",
        confidence=0.8,
    )


def _quotes(text: str = TEXT, speaker: str = "Dmitry Peskov") -> list[Quote]:
    return [
        _quote(text, "We are not in a hurry,", speaker, "Kremlin spokesman Dmitry Peskov"),
        _quote(text, "nothing is decided.", speaker, "Peskov"),
        _quote(text, "The door stays open,", speaker, "he"),
    ]


def _article(text: str = TEXT, **fields) -> Article:
    return Article(text=text, source="moscow.txt", index=fields.pop("index", 0), **fields)


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        yield session


def _count(session: Session, model) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(model))


def test_content_hash_is_sha256_of_utf8():
    assert store.content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    # "é" as UTF-8 (c3 a9), not as Latin-1 (e9)
    assert store.content_hash("\u00e9") == hashlib.sha256(b"\xc3\xa9").hexdigest()
    assert store.content_hash("\u00e9") != hashlib.sha256(b"\xe9").hexdigest()


def test_store_article_writes_article_quotes_and_speaker(session):
    article = _article(
        title="Moscow talks stall", published=datetime.date(2024, 3, 5), url="https://example.org/a", offset=7,
        index=2, language="en",
    )
    result = store.store_article(session, article, _quotes(), outlet=None)
    session.commit()
    assert (result.skipped, result.quotes, result.speakers) == (False, 3, 1)
    row = session.get(models.Article, result.article_id)
    assert (row.source, row.source_index, row.source_offset) == ("moscow.txt", 2, 7)
    assert (row.title, row.published, row.url, row.language) == (
        "Moscow talks stall", datetime.date(2024, 3, 5), "https://example.org/a", "en"
    )
    assert row.content_hash == store.content_hash(TEXT)
    stored = session.scalars(sa.select(models.Quote).order_by(models.Quote.start)).all()
    assert [q.text for q in stored] == ["We are not in a hurry,", "nothing is decided.", "The door stays open,"]
    for quote in stored:
        # offsets index the article's own text, whatever the article's place in its file
        assert row.text[quote.start : quote.end] == quote.text
        assert row.text[quote.mention_start : quote.mention_end] == quote.mention
        assert quote.sentence_start <= quote.start < quote.end <= quote.sentence_end
        assert quote.extractor_version == EXTRACTOR_VERSION
        assert quote.speaker.name == "Dmitry Peskov"
        assert (quote.corrected, quote.rejected) == (False, False)
    assert stored[0].kind is Kind.DIRECT
    assert stored[0].speaker.kind is SpeakerKind.PERSON


def test_the_same_text_is_stored_once(session):
    first = store.store_article(session, _article(), _quotes())
    again = store.store_article(session, _article(index=5), _quotes())
    session.commit()
    assert not first.skipped
    assert (again.article_id, again.skipped, again.quotes, again.speakers) == (None, True, 0, 0)
    assert (_count(session, models.Article), _count(session, models.Quote)) == (1, 3)


def test_outlet_option_replaces_the_articles_own(session):
    store.store_article(session, _article(outlet="Wire"), _quotes(), outlet="Daily")
    store.store_article(session, _article(TEXT + " ", outlet="Wire"), _quotes())
    session.commit()
    assert session.scalars(sa.select(models.Article.outlet).order_by(models.Article.id)).all() == ["Daily", "Wire"]


def test_speakers_are_shared_across_articles(session):
    other = "\u201cNo comment,\u201d Dmitry Peskov said."
    store.store_article(session, _article(), _quotes())
    second = store.store_article(
        session, _article(other), [_quote(other, "No comment,", "Dmitry Peskov", "Dmitry Peskov")]
    )
    session.commit()
    assert second.speakers == 0
    assert _count(session, models.Speaker) == 1
    assert len(session.scalars(sa.select(models.Quote.speaker_id).distinct()).all()) == 1


@pytest.mark.parametrize("spelling", ["DMITRY PESKOV", "Dmitry Peskóv", "Dmitry  Peskov"])
def test_a_speaker_is_found_by_folded_name(session, spelling):
    store.store_article(session, _article(), _quotes())
    other = "\u201cNo comment,\u201d he said."
    result = store.store_article(session, _article(other), [_quote(other, "No comment,", spelling, None)])
    session.commit()
    assert result.speakers == 0
    assert session.scalars(sa.select(models.Speaker.name)).all() == ["Dmitry Peskov"]


def test_a_speaker_is_found_by_alias(session):
    # As after a person merged "D. Peskov" into "Dmitry Peskov": the old name is an alias.
    speaker = models.Speaker(name="Dmitry Peskov", name_key="dmitry peskov", kind=SpeakerKind.PERSON)
    speaker.aliases.append(models.SpeakerAlias(alias="D. Peskov", alias_key="d peskov"))
    session.add(speaker)
    session.flush()
    other = "\u201cNo comment,\u201d D. Peskov said."
    result = store.store_article(session, _article(other), [_quote(other, "No comment,", "D. Peskov", "D. Peskov")])
    session.commit()
    assert result.speakers == 0
    assert session.scalars(sa.select(models.Quote.speaker_id)).all() == [speaker.id]


def test_aliases_are_the_name_and_the_name_forms_of_mentions(session):
    store.store_article(session, _article(), _quotes())
    session.commit()
    aliases = session.execute(
        sa.select(models.SpeakerAlias.alias, models.SpeakerAlias.alias_key).order_by(models.SpeakerAlias.alias)
    ).all()
    # Not "he" (a pronoun) nor "Kremlin spokesman Dmitry Peskov" (a description).
    assert aliases == [("Dmitry Peskov", "dmitry peskov"), ("Peskov", "peskov")]


@pytest.mark.parametrize(
    ("mention", "name", "expected"),
    [
        ("Peskov", "Dmitry Peskov", True),
        ("Dmitry Peskov", "Dmitry Peskov", True),
        ("PESKOV", "Dmitry Peskov", True),
        ("Peskóv", "Dmitry Peskov", True),
        ("de Gaulle", "Charles de Gaulle", True),
        ("Mr Peskov", "Dmitry Peskov", False),
        ("President Putin", "Vladimir Putin", False),
        ("Foreign Minister Anna Berg", "Anna Berg", False),
        ("", "Anna Berg", False),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", False),
        ("the spokesman", "Dmitry Peskov", False),
        ("he", "Dmitry Peskov", False),
        ("She", "Maria Zakharova", False),
        ("Lavrov", "Dmitry Peskov", False),
        ("the ministry", "Foreign Ministry", False),
    ],
)
def test_is_name_form(mention, name, expected):
    assert store.is_name_form(mention, name) is expected


def test_unattributed_quotes_have_no_speaker(session):
    quotes = [_quote(TEXT, "The door stays open,", None, None)]
    result = store.store_article(session, _article(), quotes)
    session.commit()
    assert (result.quotes, result.speakers) == (1, 0)
    assert session.scalars(sa.select(models.Quote.speaker_id)).all() == [None]
    assert _count(session, models.Speaker) == 0


def test_store_never_commits(engine):
    with Session(engine) as session:
        store.store_article(session, _article(), _quotes())
        session.rollback()
    with Session(engine) as session:
        assert (_count(session, models.Article), _count(session, models.Quote), _count(session, models.Speaker)) == (0, 0, 0)


def test_reprocess_replaces_the_quotes_with_the_extractors(session, monkeypatch):
    result = store.store_article(session, _article(), _quotes())
    session.commit()
    first_quote = _quotes()[0]
    monkeypatch.setattr(store, "extract", lambda article: [first_quote] if article.text == TEXT else [])
    applied = []
    monkeypatch.setattr(store, "apply_corrections", lambda session, article_id: applied.append(article_id) or 0)
    again = store.reprocess_article(session, session.get(models.Article, result.article_id))
    session.commit()
    assert (again.article_id, again.quotes, again.speakers) == (result.article_id, 1, 0)
    assert session.scalars(sa.select(models.Quote.text)).all() == ["We are not in a hurry,"]
    assert applied == [result.article_id]


def test_a_clean_database_has_no_problems(engine, session):
    store.store_article(session, _article(), _quotes())
    session.commit()
    assert store.integrity_problems(engine) == []


def test_quotes_that_no_longer_fit_their_text_are_problems(engine, session):
    result = store.store_article(session, _article(), _quotes())
    session.commit()
    with engine.begin() as connection:
        connection.execute(sa.text('UPDATE quotes SET start = start + 1 WHERE text = :t'), {"t": "nothing is decided."})
        connection.execute(sa.text('UPDATE quotes SET "end" = 100000 WHERE text = :t'), {"t": "The door stays open,"})
    problems = store.integrity_problems(engine)
    assert len(problems) == 2
    assert all(p.startswith("quote ") and p.endswith(f"of article {result.article_id} is not the quote's text") for p in problems)


def test_an_outlet_without_its_key_is_a_problem(engine, session):
    # Rows another tool wrote: the outlet filter compares outlet_key, which it left empty.
    store.store_article(session, _article(), _quotes(), outlet="L'Östra Posten")
    session.commit()
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE articles SET outlet_key = NULL"))
    fix = "UPDATE articles SET outlet_key = 'l ostra posten' WHERE outlet = 'L''Östra Posten'"
    assert store.integrity_problems(engine) == [
        f"articles of outlet \"L'Östra Posten\" have outlet_key None, so --outlet misses them — set it with {fix}"
    ]
    with engine.begin() as connection:
        connection.execute(sa.text(fix))
    assert store.integrity_problems(engine) == []


def test_sqlite_full_text_index_out_of_step_is_a_problem(engine, session):
    if engine.dialect.name != "sqlite":
        pytest.skip("the FTS5 table is SQLite's")
    store.store_article(session, _article(), _quotes())
    session.commit()
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER quotes_fts_delete")
        connection.exec_driver_sql("DELETE FROM quotes WHERE text = 'nothing is decided.'")
    assert store.integrity_problems(engine) == [
        "full-text index quotes_fts is out of step with quotes — rebuild it with "
        "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')"
    ]
