"""Score extracted quotes against gold annotations. Pure, apart from reading gold files.

Spans are matched one-to-one within an article, best overlap first: a predicted span
p matches a gold span g when |p ∩ g| / |g| reaches the threshold. Matched pairs are
then checked for speaker, mention and cue. Reports add up, so files of any size
stream through `evaluate_file` one article at a time.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from quotes.attribution import Quote
from quotes.extraction import extract as run_extractor
from quotes.gold import KINDS, GoldArticle, GoldQuote, read_gold
from quotes.names import fold
from quotes.reader import Article

ALL = "all"
LOOSE = 0.3
STRICT = 0.8


class QuoteLike(Protocol):
    """What scoring reads from a quote; gold quotes and extracted quotes both have it."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def mention_start(self) -> int | None: ...
    @property
    def mention_end(self) -> int | None: ...
    @property
    def cue_start(self) -> int | None: ...
    @property
    def cue_end(self) -> int | None: ...




# --- counts --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ratio:
    """`hits` out of `n`; no value when there is nothing to count."""

    hits: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.n if self.n else None

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(self.hits + other.hits, self.n + other.n)


@dataclass(frozen=True, slots=True)
class Matching:
    """How many gold and predicted spans there were and how many matched one-to-one."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        # The harmonic mean of P and R, written so that it is 0, not undefined, when
        # nothing was predicted but something should have been.
        total = self.gold + self.predicted
        return 2 * self.matched / total if total else None

    def __add__(self, other: "Matching") -> "Matching":
        return Matching(
            self.gold + other.gold, self.predicted + other.predicted, self.matched + other.matched
        )


@dataclass(frozen=True, slots=True)
class Row:
    """Scores for one kind of quote (or all): spans at both thresholds, then attribution.

    Speaker, mention and cue are counted over the pairs matched at the loose threshold.
    """

    loose: Matching = Matching()
    strict: Matching = Matching()
    speaker: Ratio = Ratio()
    mention: Ratio = Ratio()
    cue: Ratio = Ratio()

    def __add__(self, other: "Row") -> "Row":
        return Row(
            self.loose + other.loose,
            self.strict + other.strict,
            self.speaker + other.speaker,
            self.mention + other.mention,
            self.cue + other.cue,
        )

    def to_dict(self, loose: float, strict: float) -> dict[str, Any]:
        def spans(m: Matching) -> dict[str, Any]:
            return {"matched": m.matched, "precision": m.precision, "recall": m.recall, "f1": m.f1}

        def accuracy(r: Ratio) -> dict[str, Any]:
            return {"accuracy": r.value, "correct": r.hits, "n": r.n}

        return {
            "gold": self.loose.gold,
            "predicted": self.loose.predicted,
            f"at_{loose}": spans(self.loose),
            f"at_{strict}": spans(self.strict),
            "speaker": accuracy(self.speaker),
            "mention": accuracy(self.mention),
            "cue": accuracy(self.cue),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Scores by kind and overall; reports made with the same thresholds add up."""

    direct: Row = Row()
    indirect: Row = Row()
    all: Row = Row()
    articles: int = 0
    loose: float = LOOSE
    strict: float = STRICT

    def row(self, kind: str) -> Row:
        return {"direct": self.direct, "indirect": self.indirect, ALL: self.all}[kind]

    def __add__(self, other: "Report") -> "Report":
        if (self.loose, self.strict) != (other.loose, other.strict):
            raise ValueError("cannot add reports scored at different thresholds")
        return Report(
            self.direct + other.direct,
            self.indirect + other.indirect,
            self.all + other.all,
            self.articles + other.articles,
            self.loose,
            self.strict,
        )

    def to_dict(self, kinds: Sequence[str] = (*KINDS, ALL)) -> dict[str, Any]:
        """Plain data for JSON: the article count and one entry per kind in `kinds`."""
        return {
            "articles": self.articles,
            "thresholds": [self.loose, self.strict],
            **{kind: self.row(kind).to_dict(self.loose, self.strict) for kind in kinds},
        }


# --- matching ------------------------------------------------------------------------


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _spans_touch(a_start: int | None, a_end: int | None, b_start: int | None, b_end: int | None) -> bool:
    if a_start is None or a_end is None or b_start is None or b_end is None:
        return False
    return _overlap(a_start, a_end, b_start, b_end) > 0


def match(
    gold: Sequence[QuoteLike], predicted: Sequence[QuoteLike], *, threshold: float = LOOSE
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, best overlap first.

    p may match g when |p ∩ g| / |g| ≥ threshold. Among equal ratios the larger shared
    stretch wins, then the prediction with less text outside g, then text order, so
    the result does not depend on the order of the inputs.
    """
    candidates = []
    for gi, g in enumerate(gold):
        length = g.end - g.start
        for pi, p in enumerate(predicted):
            shared = _overlap(g.start, g.end, p.start, p.end)
            # Integer division by |g| rounds exactly like the literal threshold, so a
            # 3-in-10 overlap meets 0.3 instead of missing it by a rounding error.
            if shared and shared / length >= threshold:
                outside = (p.end - p.start) - shared
                candidates.append((-shared / length, -shared, outside, g.start, p.start, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _row(gold: Sequence[QuoteLike], predicted: Sequence[QuoteLike], loose: float, strict: float) -> Row:
    pairs = match(gold, predicted, threshold=loose)
    strict_pairs = match(gold, predicted, threshold=strict)
    speaker = mention = cue = Ratio()
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        if g.speaker is not None:
            speaker += Ratio(names_agree(p.speaker, g.speaker), 1)
        if g.mention_start is not None:
            mention += Ratio(_spans_touch(p.mention_start, p.mention_end, g.mention_start, g.mention_end), 1)
        if g.cue_start is not None:
            cue += Ratio(_spans_touch(p.cue_start, p.cue_end, g.cue_start, g.cue_end), 1)
    return Row(
        Matching(len(gold), len(predicted), len(pairs)),
        Matching(len(gold), len(predicted), len(strict_pairs)),
        speaker,
        mention,
        cue,
    )


def score_article(
    gold: Sequence[QuoteLike],
    predicted: Sequence[QuoteLike],
    *,
    loose: float = LOOSE,
    strict: float = STRICT,
) -> Report:
    """The report for one article: each kind against its own kind, then all against all."""
    rows = {}
    for kind in KINDS:
        rows[kind] = _row(
            [g for g in gold if str(g.kind) == kind],
            [p for p in predicted if str(p.kind) == kind],
            loose,
            strict,
        )
    return Report(rows["direct"], rows["indirect"], _row(gold, predicted, loose, strict), 1, loose, strict)


def score(
    pairs: Iterable[tuple[Sequence[QuoteLike], Sequence[QuoteLike]]],
    *,
    loose: float = LOOSE,
    strict: float = STRICT,
) -> Report:
    """The report over articles given as (gold quotes, predicted quotes) pairs."""
    report = Report(loose=loose, strict=strict)
    for gold, predicted in pairs:
        report += score_article(gold, predicted, loose=loose, strict=strict)
    return report


# --- speaker names -------------------------------------------------------------------

# Words that introduce a name rather than belong to it ("Kremlin spokesman Dmitry
# Peskov", "Sen. Ted Cruz"): everything up to the last of them is dropped. The scorer
# keeps its own list so that changing the extractor's vocabulary cannot move the score.
_ROLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "sen", "senator", "rep", "representative", "congressman",
        "congresswoman", "gov", "governor", "mayor", "minister", "premier", "chancellor",
        "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "ceo", "director", "chief", "commissioner", "ambassador", "judge",
        "justice", "attorney", "general", "gen", "col", "lt", "capt", "adm", "sgt",
        "rev", "father", "king", "queen", "prince", "princess", "pope", "speaker",
        "leader", "candidate", "nominee", "adviser", "advisor", "aide", "official",
        "founder", "head", "analyst", "economist", "lawyer", "prosecutor", "officer",
    }
)
# Generational suffixes after a surname ("Martin Luther King Jr.") and the "s" left
# by folding a possessive ("Tikhanovskaya's").
_TRAILERS = frozenset({"jr", "sr", "ii", "iii", "iv", "s"})


def _name_parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """(given names, surname) of a folded name without titles; None when nothing is left."""
    tokens = fold(name).split()
    while len(tokens) > 1 and tokens[-1] in _TRAILERS:
        tokens.pop()
    roles = [i for i, token in enumerate(tokens[:-1]) if token in _ROLES]
    if roles:
        tokens = tokens[roles[-1] + 1 :]
    # "the Kremlin" and "Kremlin" are the same speaker.
    while len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    if not tokens:
        return None
    return tuple(tokens[:-1]), tokens[-1]


def _given_compatible(a: str, b: str) -> bool:
    """Equal, or one is the initial of the other ("d" and "dmitry")."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def names_agree(predicted: str | None, gold: str | None) -> bool:
    """Whether two speaker names name the same speaker.

    Accents, case, punctuation and leading titles do not count; surnames must be equal
    and given names compatible: one absent, equal, or an initial. Any compatible pair
    of given names will do, so a middle name or initial present on one side only
    ("George W. Bush") does not count against it.
    """
    if predicted is None or gold is None:
        return False
    a, b = _name_parts(predicted), _name_parts(gold)
    if a is None or b is None or a[1] != b[1]:
        return False
    if not a[0] or not b[0]:
        return True
    return any(_given_compatible(x, y) for x in a[0] for y in b[0])


# --- failures of one article ---------------------------------------------------------


class Problem(StrEnum):
    MISSED = "missed"  # a gold quote nothing matched
    SPURIOUS = "spurious"  # a predicted quote matching no gold quote
    KIND = "kind"  # matched, but direct for indirect or the reverse
    SPEAKER = "speaker"  # matched, wrong canonical speaker
    MENTION = "mention"  # matched, predicted mention does not overlap the gold one
    CUE = "cue"  # matched, predicted cue does not overlap the gold one


@dataclass(frozen=True, slots=True)
class Mismatch:
    problem: Problem
    gold: GoldQuote | None
    predicted: QuoteLike | None

    @property
    def start(self) -> int:
        return (self.gold or self.predicted).start  # type: ignore[union-attr]


def mismatches(
    gold: GoldArticle, predicted: Sequence[QuoteLike], *, threshold: float = LOOSE
) -> list[Mismatch]:
    """What went wrong in one article, in text order: any kind matched to any kind."""
    pairs = match(gold.quotes, predicted, threshold=threshold)
    found: list[Mismatch] = []
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    found += [Mismatch(Problem.MISSED, g, None) for i, g in enumerate(gold.quotes) if i not in matched_gold]
    found += [
        Mismatch(Problem.SPURIOUS, None, p) for i, p in enumerate(predicted) if i not in matched_predicted
    ]
    for gi, pi in pairs:
        g, p = gold.quotes[gi], predicted[pi]
        if str(g.kind) != str(p.kind):
            found.append(Mismatch(Problem.KIND, g, p))
        if g.speaker is not None and not names_agree(p.speaker, g.speaker):
            found.append(Mismatch(Problem.SPEAKER, g, p))
        if g.mention_start is not None and not _spans_touch(
            p.mention_start, p.mention_end, g.mention_start, g.mention_end
        ):
            found.append(Mismatch(Problem.MENTION, g, p))
        if g.cue_start is not None and not _spans_touch(p.cue_start, p.cue_end, g.cue_start, g.cue_end):
            found.append(Mismatch(Problem.CUE, g, p))
    return sorted(found, key=lambda m: (m.start, list(Problem).index(m.problem)))


def _excerpt(text: str, start: int | None, end: int | None, width: int) -> str:
    if start is None or end is None:
        return "—"
    flat = " ".join(text[start:end].split())
    return repr(flat if len(flat) <= width else flat[: width - 1] + "…")


def describe(mismatch: Mismatch, text: str, *, width: int = 60) -> str:
    """One short line for people: the problem, where, the quote, and what differed."""
    g, p = mismatch.gold, mismatch.predicted
    quote = g or p
    assert quote is not None
    excerpt = _excerpt(text, quote.start, quote.end, width)
    head = f"{mismatch.problem} {quote.kind} [{quote.start}:{quote.end}] {excerpt}"
    if g is None or p is None:
        # Who said it, as far as the annotation or the extractor knows.
        if quote.speaker is not None:
            return f"{head} by {quote.speaker!r}"
        if quote.mention_start is not None:
            return f"{head} by {_excerpt(text, quote.mention_start, quote.mention_end, 40)}"
        return head
    if mismatch.problem is Problem.KIND:
        return f"{head} predicted {p.kind}"
    if mismatch.problem is Problem.SPEAKER:
        return f"{head} predicted {p.speaker!r}, gold {g.speaker!r}"
    if mismatch.problem is Problem.MENTION:
        predicted = _excerpt(text, p.mention_start, p.mention_end, 40)
        return f"{head} mention {predicted}, gold {_excerpt(text, g.mention_start, g.mention_end, 40)}"
    predicted = _excerpt(text, p.cue_start, p.cue_end, 30)
    return f"{head} cue {predicted}, gold {_excerpt(text, g.cue_start, g.cue_end, 30)}"


def evaluate_file(
    path: str,
    *,
    extract: Callable[[Article], Sequence[Quote]] = run_extractor,
    on_article: Callable[[GoldArticle, Sequence[Quote]], None] | None = None,
    loose: float = LOOSE,
    strict: float = STRICT,
) -> Report:
    """Run `extract` on every article of the gold file `path` and score it.

    `on_article` sees each gold article with its predictions, to list failures or
    show progress.
    """
    report = Report(loose=loose, strict=strict)
    for gold in read_gold(path):
        predicted = extract(gold.article())
        report += score_article(gold.quotes, predicted, loose=loose, strict=strict)
        if on_article is not None:
            on_article(gold, predicted)
    return report
