"""bench/corpus.py: the synthetic articles benchmarks run on."""

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))

import corpus  # noqa: E402

# A quote: an opening mark, at least one character, its closing mark.
QUOTE = re.compile(r"“[^”]+”|\"[^\"]+\"|«[^»]+»")


def test_the_same_seed_gives_the_same_articles():
    assert list(corpus.articles(5, seed=7)) == list(corpus.articles(5, seed=7))


def test_other_seeds_give_other_articles():
    assert list(corpus.articles(3, seed=1)) != list(corpus.articles(3, seed=2))


def test_an_article_does_not_depend_on_how_many_are_asked_for():
    assert list(corpus.articles(2))[1] == list(corpus.articles(5))[1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_article_quotes_someone(seed):
    for text in corpus.articles(30, seed=seed):
        assert QUOTE.search(text), text[:200]


def test_articles_have_about_the_size_asked_for():
    for size in (1000, 4000):
        lengths = [len(text) for text in corpus.articles(20, size=size)]
        # Paragraphs are added until the size is reached: at most one paragraph over.
        assert all(size <= length < size + 1000 for length in lengths), lengths


def test_all_three_kinds_of_marks_appear():
    text = "".join(corpus.articles(20))
    assert "“" in text and "«" in text and '"' in text


def test_write_jsonl_streams_one_record_per_article(tmp_path):
    path = tmp_path / "out.jsonl"
    corpus.write_jsonl(path, 4, seed=3)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == list(corpus.articles(4, seed=3))
    assert [r["id"] for r in records] == [f"synthetic-3-{i}" for i in range(4)]
    assert all(r["text"].startswith(r["title"] + "\n") for r in records)


def test_write_txt_separates_articles(tmp_path):
    path = tmp_path / "out.txt"
    corpus.write_txt(path, 3)
    parts = path.read_text(encoding="utf-8").split("\n---\n\n")
    assert parts == list(corpus.articles(3))


def test_command_line(tmp_path, capsys):
    path = tmp_path / "out.jsonl"
    corpus.main(["--articles", "2", "--format", "jsonl", str(path)])
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2 articles" in captured.err


def _quote_marks_per_kb(mix: str) -> float:
    text = "".join(corpus.articles(40, mix=mix))
    return len(QUOTE.findall(text)) / len(text.encode("utf-8")) * 1000


def test_the_dense_mix_quotes_more_than_twice_as_often_as_the_news_mix():
    assert _quote_marks_per_kb("dense") > 2 * _quote_marks_per_kb("news")


def test_the_news_mix_is_mostly_narration():
    # Real news quotes in a minority of its paragraphs; the news mix must too.
    text = "".join(corpus.articles(40, mix="news"))
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    quoting = [p for p in paragraphs if QUOTE.search(p) or " that " in p]
    assert len(quoting) < len(paragraphs) / 2
