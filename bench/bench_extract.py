"""Throughput and memory of the whole extractor: spans, attribution, reported speech.

    python bench/bench_extract.py                     # about 24 MB of generated news
    python bench/bench_extract.py --mb 4              # quicker
    python bench/bench_extract.py --mix dense         # more than twice the quotes per KB
    python bench/bench_extract.py --jsonl FILE.jsonl  # the texts of any JSON Lines articles

Generated articles come one at a time from bench/corpus.py (news paragraphs with quotes,
cues, names, titles and pronouns, from a seeded random generator), so the corpus is never
held in memory. The default "news" mix gives the extractor as many quotes per KB as real
political news; `--jsonl` measures real articles instead (one JSON object per line with
a "text" field, such as an annotated gold file). Only `quotes.extraction.extract` is
timed, in CPU seconds of this process, so other work on the machine disturbs the figure
less. Peak memory is the process's maximum resident size.
"""

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from quotes.extraction import extract
from quotes.reader import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402  (bench/corpus.py, next to this file)


def generated(megabytes: float, *, seed: int = 0, size: int = 4000, mix: str = "news") -> Iterable[str]:
    """About `megabytes` MB of generated articles."""
    return corpus.articles(int(megabytes * 1_000_000 / size) + 1, seed=seed, size=size, mix=mix)


def from_jsonl(path: Path) -> Iterable[str]:
    """The "text" of every line of a JSON Lines file, read one line at a time."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)["text"]


def run(texts: Iterable[str]) -> tuple[float, float, int, int]:
    """Extract from every text: (MB, CPU seconds, articles, quotes found)."""
    total = quotes = articles = 0
    cpu = 0.0
    for index, text in enumerate(texts):
        article = Article(text=text, source="bench", index=index)
        started = time.process_time()
        quotes += len(extract(article))
        cpu += time.process_time() - started
        total += len(text.encode("utf-8"))
        articles += 1
    return total / 1_000_000, cpu, articles, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=24.0, help="megabytes of text to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mix", choices=tuple(corpus.MIXES), default="news", help="quote density")
    parser.add_argument("--jsonl", type=Path, help="measure these articles instead of generated ones")
    options = parser.parse_args()
    texts = from_jsonl(options.jsonl) if options.jsonl else generated(options.mb, seed=options.seed, mix=options.mix)
    megabytes, cpu, articles, quotes = run(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"extract: {megabytes:.1f} MB in {cpu:.2f} s CPU = {megabytes / cpu:.2f} MB/s, "
        f"{cpu / articles * 1000:.2f} ms per article, {quotes} quotes, peak memory {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
