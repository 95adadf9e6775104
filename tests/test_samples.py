"""The bundled samples: every gold file is self-consistent and matches what the reader reads."""

import datetime
import importlib.util
import json
from pathlib import Path

import pytest

from quotes.reader import read_articles

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOLD_FILES = sorted(SAMPLES.glob("*.gold.jsonl"))
QUOTE_FIELDS = {"start", "end", "kind", "speaker", "mention_start", "mention_end", "cue", "cue_start", "cue_end"}
# Any mark that can open a quote, in the languages the samples are written in.
OPENING_MARKS = set("\"'“”„‚‘’«»‹›")
SPACES = " \u00a0\u202f\n"


def gold_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def source_of(gold: Path) -> Path:
    name = gold.name.removesuffix(".gold.jsonl")
    [source] = [p for p in SAMPLES.glob(name + ".*") if p != gold]
    return source


def test_there_are_samples():
    assert len(GOLD_FILES) >= 8


def test_every_sample_has_a_gold_file():
    sources = {
        p for p in SAMPLES.iterdir()
        if p.is_file() and not p.name.endswith((".gold.jsonl", ".py", ".pyc"))
    }
    assert sources == {source_of(gold) for gold in GOLD_FILES}


def _annotate():
    spec = importlib.util.spec_from_file_location("annotate", SAMPLES / "annotate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ANNOTATED = sorted(_annotate().ANNOTATIONS)


def test_every_gold_file_but_the_seed_is_annotated_in_annotate_py():
    assert ANNOTATED == [gold.name.removesuffix(".gold.jsonl") for gold in GOLD_FILES[1:]]


@pytest.mark.parametrize("name", ANNOTATED)
def test_gold_files_are_what_annotate_py_computes(name):
    """Editing a sample without rerunning `python samples/annotate.py` fails here."""
    annotate = _annotate()
    assert (SAMPLES / f"{name}.gold.jsonl").read_text(encoding="utf-8") == annotate.render(annotate.gold(name))


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_gold_is_self_consistent(gold):
    for article in gold_lines(gold):
        assert {"id", "text", "title", "published", "outlet", "quotes"} <= set(article)
        text = article["text"]
        if article["published"] is not None:
            datetime.date.fromisoformat(article["published"])
        spans = [(q["start"], q["end"]) for q in article["quotes"]]
        assert spans == sorted(spans), "quotes are ordered by start"
        assert len(set(spans)) == len(spans), "no quote twice"
        for quote in article["quotes"]:
            assert set(quote) == QUOTE_FIELDS
            assert quote["kind"] in ("direct", "indirect")
            assert 0 <= quote["start"] < quote["end"] <= len(text)
            content = text[quote["start"] : quote["end"]]
            assert content == content.strip(SPACES), f"untrimmed quote {content!r}"
            if quote["kind"] == "direct":
                before = text[: quote["start"]].rstrip(SPACES)
                assert before[-1:] in OPENING_MARKS, f"direct quote without an opening mark: {content!r}"
            for part in ("mention", "cue"):
                start, end = quote[f"{part}_start"], quote[f"{part}_end"]
                assert (start is None) == (end is None)
                if start is not None:
                    assert 0 <= start < end <= len(text)
                    assert text[start:end] == text[start:end].strip(SPACES)
            if quote["cue"] is not None:
                assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"]
            else:
                assert quote["cue_start"] is None


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_gold_matches_what_the_reader_reads(gold):
    source = source_of(gold)
    expected = gold_lines(gold)
    articles = list(read_articles(str(source)))
    assert len(articles) == len(expected)
    name = gold.name.removesuffix(".gold.jsonl")
    if len(articles) == 1 and source.suffix == ".txt":
        # One article: the gold text is the whole file, offsets index the file.
        [article] = articles
        file_text = source.read_bytes().decode("utf-8")
        assert expected[0]["id"] == name
        assert expected[0]["text"] == file_text
        assert file_text[article.offset : article.offset + len(article.text)] == article.text
    else:
        # Several articles (or a structured file): gold line i is article i's own text.
        assert [g["id"] for g in expected] == [f"{name}#{a.index}" for a in articles]
        assert [g["text"] for g in expected] == [a.text for a in articles]
    for article, gold_article in zip(articles, expected, strict=True):
        published = article.published.isoformat() if article.published else None
        assert published == gold_article["published"]
        # The seed was annotated without titles; every other sample names its headline.
        assert gold_article["title"] in (None, article.title)
