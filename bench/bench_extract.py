"""Throughput and memory of the whole extractor: spans, attribution, reported speech.

    python bench/bench_extract.py                # about 24 MB of generated news
    python bench/bench_extract.py --mb 4         # quicker

Articles come one at a time from bench/corpus.py (news paragraphs with quotes, cues,
names, titles and pronouns, from a seeded random generator), so the corpus is never
held in memory. Only `quotes.extraction.extract` is timed, in CPU seconds of this
process, so other work on the machine disturbs the figure less. Peak memory is the
process's maximum resident size.
"""

import argparse
import resource
import sys
import time
from pathlib import Path

from quotes.extraction import extract
from quotes.reader import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402  (bench/corpus.py, next to this file)


def run(megabytes: float, *, seed: int = 0, size: int = 4000) -> tuple[float, float, int]:
    """Extract from about `megabytes` MB of articles: (MB, CPU seconds, quotes found)."""
    count = int(megabytes * 1_000_000 / size) + 1
    total = 0
    quotes = 0
    cpu = 0.0
    for index, text in enumerate(corpus.articles(count, seed=seed, size=size)):
        article = Article(text=text, source="bench", index=index)
        started = time.process_time()
        quotes += len(extract(article))
        cpu += time.process_time() - started
        total += len(text.encode("utf-8"))
    return total / 1_000_000, cpu, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=24.0, help="megabytes of text to extract from")
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    megabytes, cpu, quotes = run(options.mb, seed=options.seed)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"extract: {megabytes:.1f} MB in {cpu:.2f} s CPU = {megabytes / cpu:.2f} MB/s, "
        f"{quotes} quotes, peak memory {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
