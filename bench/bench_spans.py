"""Throughput and memory of the quote-span scanner on generated news-like text.

    python bench/bench_spans.py                 # 12 MB and 50 MB
    python bench/bench_spans.py --sizes 4 8     # quicker

Articles are made one at a time from templates with a seeded random generator, so the
corpus is never held in memory; only `find_spans` is timed, in CPU seconds of this
process, so other work on the machine disturbs the figure less. Peak memory is the
process's maximum resident size after each size: flat memory means the second figure
stays close to the first.
"""

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator

from quotes.spans import find_spans

NAMES = ["Maria Lopez", "the minister", "a spokesman", "Jean Dupont", "Anna Schmidt", "Tom O’Neill"]
VERBS = ["said", "told reporters", "added", "warned", "insisted", "wrote"]
# About one word in twenty-five carries an apostrophe, as in English news copy.
WORDS = (
    "the government will not accept any delay in the reform of pensions and taxes while "
    "voters across the region wait for answers about jobs housing schools and the budget "
    "officials declined to comment on the plan or the demands before the vote on Friday "
    "we know whether it is over in the council after months of talks between unions and "
    "employers the mayor has promised new bus lanes cheaper tickets and more police on "
    "the streets but critics say the city cannot pay for all of it this year or next "
    "students’ it’s"
).split()
NBSP = "\u00a0"


def words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def paragraph(rng: random.Random) -> str:
    """One paragraph in one of the quoting styles news copy uses."""
    name, verb = rng.choice(NAMES), rng.choice(VERBS)
    said = words(rng, 8, 30).capitalize()
    style = rng.randrange(14)  # 6 quoting styles, 8 chances of plain narrative
    if style == 0:
        return f"“{said},” {name} {verb}. “{words(rng, 5, 20).capitalize()}.”"
    if style == 1:
        return f'"{said}," {name} {verb}, calling it "{words(rng, 2, 4)}."'
    if style == 2:
        return f"«{NBSP}{said}{NBSP}», a déclaré {name}."
    if style == 3:
        return f"„{said}“, sagte {name}, „{words(rng, 3, 8)} ‚{words(rng, 1, 3)}‘ {words(rng, 2, 5)}“."
    if style == 4:
        return f"‘{said},’ {name} {verb}, ‘and the players’ union agrees.’"
    if style == 5:
        # A quote over two paragraphs: the first left open, the second re-opened.
        return f"“{said}.\n\n“{words(rng, 5, 15).capitalize()},” {name} {verb}."
    if style < 10:
        return f"{name.capitalize()} {verb} that {words(rng, 10, 40)}."
    return f"{words(rng, 20, 60).capitalize()}, according to {name}’s office."


def articles(seed: int, megabytes: float) -> Iterator[str]:
    """Articles of a few kilobytes each until `megabytes` of UTF-8 have been made."""
    rng = random.Random(seed)
    budget = int(megabytes * 1_000_000)
    while budget > 0:
        headline = f"Minister Calls Plan ‘{words(rng, 2, 4).title()}’ After Vote"
        body = "\n\n".join(paragraph(rng) for _ in range(rng.randint(8, 30)))
        article = f"{headline}\n\n{body}\n"
        budget -= len(article.encode())
        yield article


def measure(megabytes: float, seed: int) -> tuple[float, float, int, float]:
    """(megabytes scanned, seconds in find_spans, spans found, peak RSS in MB)."""
    size = seconds = 0.0
    found = 0
    for article in articles(seed, megabytes):
        size += len(article.encode()) / 1_000_000
        started = time.process_time()
        found += len(find_spans(article))
        seconds += time.process_time() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return size, seconds, found, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[12, 50], help="megabytes")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"{'MB':>6} {'seconds':>8} {'MB/s':>7} {'spans':>9} {'peak RSS MB':>12}")
    for megabytes in args.sizes:
        size, seconds, found, peak = measure(megabytes, args.seed)
        print(f"{size:6.1f} {seconds:8.2f} {size / seconds:7.1f} {found:9d} {peak:12.1f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
