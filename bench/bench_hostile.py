"""Time the scanner on hostile text at doubling sizes, to show the time stays linear.

    python bench/bench_hostile.py                      # 1 MB to 64 MB, every shape
    python bench/bench_hostile.py --max-mb 8 --shape unclosed --shape one-line
    python bench/bench_hostile.py --extract            # the whole extraction pipeline

Each shape is a short unit repeated to the size. Seconds per MB should stay about the
same from row to row; a quadratic scan would double it with every row.
"""

import argparse
import random
import sys
import time
from collections.abc import Callable

from quotes.spans import find_spans


def _random_marks(length: int) -> str:
    rng = random.Random(3)
    return "".join(rng.choice("«»‹›“”„‚‘’\"'「」『』 \u00a0ab\n") for _ in range(length))


SENTENCE = "“We will win,” said O’Neill, “the students’ union won’t stop us.” "

# Name -> one repeating unit of the shape.
SHAPES: dict[str, Callable[[], str]] = {
    "mixed-marks": lambda: _random_marks(65_536),
    "apostrophes": lambda: "don’t students’ ’90s rock 'n' roll O’Brien the Joneses' ",
    "pending-s": lambda: "the players’ union ",  # after one ‘, every ’ is a pending closer
    "unclosed": lambda: "the text after one unclosed mark goes on and on ",
    "one-line": lambda: SENTENCE,
    "alternating": lambda: '"“ ”',
    "openers": lambda: "«„“‘‹",
    "closers": lambda: "»“”’›",
    "blank": lambda: " \n \u00a0\n\t",  # after one open quote: a single blank run
}
# Text put once before the repeated units.
PREFIX = {"pending-s": "‘", "unclosed": "«", "blank": "«a"}


def build(shape: str, megabytes: int) -> str:
    unit = SHAPES[shape]()
    count = -(-megabytes * 1_000_000 // len(unit.encode()))  # rounded up
    return PREFIX.get(shape, "") + unit * count


def scanner(extract: bool) -> Callable[[str], int]:
    if not extract:
        return lambda text: len(find_spans(text))
    from quotes.extraction import extract as extract_quotes
    from quotes.reader import Article

    return lambda text: len(extract_quotes(Article(text=text, source="bench", index=0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=int, default=64, help="largest size, in MB")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="repeatable")
    parser.add_argument("--extract", action="store_true", help="time quotes.extraction.extract")
    args = parser.parse_args()
    run = scanner(args.extract)
    print(f"{'shape':<12} {'MB':>5} {'seconds':>8} {'s/MB':>7} {'found':>9}")
    for shape in args.shape or list(SHAPES):
        megabytes = 1
        while megabytes <= args.max_mb:
            text = build(shape, megabytes)
            size = len(text.encode()) / 1_000_000
            started = time.process_time()
            found = run(text)
            seconds = time.process_time() - started
            print(f"{shape:<12} {size:5.1f} {seconds:8.2f} {seconds / size:7.3f} {found:9d}")
            sys.stdout.flush()
            del text
            megabytes *= 2


if __name__ == "__main__":
    main()
