"""Scoring: span matching, P/R/F1 by kind, speaker names, gold file errors.

Every expected figure below is worked out by hand in the comment next to it.
"""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.attribution import Kind, Quote
from quotes.errors import InputError
from quotes.evaluation import (
    Matching,
    Problem,
    Report,
    describe,
    evaluate_file,
    match,
    mismatches,
    names_agree,
    score,
    score_article,
)
from quotes.gold import GoldArticle, GoldQuote, read_gold


def q(start, end, kind="direct", speaker=None, mention=None, cue=None):
    """A quote for scoring; `mention` and `cue` are (start, end) or None."""
    mention_start, mention_end = mention or (None, None)
    cue_start, cue_end = cue or (None, None)
    return GoldQuote(start, end, kind, speaker, mention_start, mention_end, None, cue_start, cue_end)


# --- span matching ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "threshold", "matches"),
    [
        # 3 of the 10 gold characters: exactly 30 %, which counts.
        ((0, 10), (7, 20), 0.3, True),
        # 2 of 10: 20 %.
        ((0, 10), (8, 20), 0.3, False),
        # 6 of 20: exactly 30 % again, with other numbers.
        ((0, 20), (14, 40), 0.3, True),
        # 5 of 20: 25 %.
        ((0, 20), (15, 40), 0.3, False),
        # The ratio is over the gold span: a huge prediction covering it is a match.
        ((10, 20), (0, 1000), 0.3, True),
        # A prediction inside a long gold span covers only 10 of its 100 characters.
        ((0, 100), (40, 50), 0.3, False),
        # 8 of 10: exactly 80 %.
        ((0, 10), (2, 12), 0.8, True),
        # 7 of 10.
        ((0, 10), (3, 12), 0.8, False),
        # Touching is not overlapping.
        ((0, 10), (10, 20), 0.3, False),
    ],
)
def test_a_span_matches_when_it_covers_enough_of_the_gold_span(gold, predicted, threshold, matches):
    pairs = match([q(*gold)], [q(*predicted)], threshold=threshold)
    assert pairs == ([(0, 0)] if matches else [])


def test_best_overlap_is_matched_first_whatever_the_input_order():
    # The prediction covers all of g1 (ratio 1.0) and 4 of g2's 10 characters (0.4):
    # it goes to g1, even when g2 comes first.
    g1, g2, p = q(0, 10), q(6, 16), q(0, 10)
    assert match([g1, g2], [p]) == [(0, 0)]
    assert match([g2, g1], [p]) == [(1, 0)]


def test_matching_is_one_to_one():
    # One prediction spanning two gold quotes counts once: matched 1, P 1/1, R 1/2,
    # F1 2·1/(2+1) = 2/3.
    gold, predicted = [q(0, 10), q(10, 20)], [q(0, 20)]
    assert match(gold, predicted) == [(0, 0)]
    row = score_article(gold, predicted).direct
    assert (row.loose.matched, row.loose.precision, row.loose.recall) == (1, 1.0, 0.5)
    assert row.loose.f1 == pytest.approx(2 / 3)


def test_two_predictions_for_one_gold_quote_leave_one_spurious():
    # Both halves cover 50 %; the first in text order wins, the other is unmatched.
    assert match([q(0, 10)], [q(5, 10), q(0, 5)]) == [(0, 1)]


def test_precision_recall_and_f1_by_hand():
    # 4 gold, 3 predicted, 2 of them matching: P 2/3, R 2/4, F1 2·2/(4+3) = 4/7.
    gold = [q(0, 10), q(20, 30), q(40, 50), q(60, 70)]
    predicted = [q(1, 10), q(40, 48), q(100, 110)]
    loose = score_article(gold, predicted).all.loose
    assert (loose.gold, loose.predicted, loose.matched) == (4, 3, 2)
    assert loose.precision == pytest.approx(2 / 3)
    assert loose.recall == pytest.approx(1 / 2)
    assert loose.f1 == pytest.approx(4 / 7)


def test_strict_threshold_counts_its_own_matches():
    # [40, 48) covers 8 of 10 (kept at 0.8); [3, 10) covers 7 of 10 (kept only at 0.3).
    row = score_article([q(0, 10), q(40, 50)], [q(3, 10), q(40, 48)]).direct
    assert (row.loose.matched, row.strict.matched) == (2, 1)


def test_kinds_are_scored_apart_and_together():
    gold = [q(0, 10, "direct"), q(20, 40, "indirect")]
    predicted = [q(0, 10, "indirect"), q(20, 40, "indirect")]
    report = score_article(gold, predicted)
    # direct: 1 gold, 0 predicted, nothing matched; P undefined, F1 0.
    assert (report.direct.loose.gold, report.direct.loose.predicted, report.direct.loose.matched) == (1, 0, 0)
    assert report.direct.loose.precision is None
    assert report.direct.loose.f1 == 0.0
    # indirect: 1 gold, 2 predicted, 1 matched: P 1/2, R 1.
    assert (report.indirect.loose.precision, report.indirect.loose.recall) == (0.5, 1.0)
    # all: any kind matches any kind: 2 of 2 both ways.
    assert (report.all.loose.precision, report.all.loose.recall, report.all.loose.f1) == (1.0, 1.0, 1.0)


def test_extracted_quotes_score_like_gold_ones():
    predicted = [Quote(0, 10, Kind.DIRECT, "x" * 10, speaker="Dmitry Peskov")]
    report = score_article([q(0, 10, speaker="Peskov")], predicted)
    assert report.direct.loose.matched == 1
    assert (report.direct.speaker.hits, report.direct.speaker.n) == (1, 1)


def test_nothing_to_score_gives_no_figures():
    empty = Matching()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)


# --- attribution of matched pairs ------------------------------------------------


def test_speaker_mention_and_cue_are_counted_over_matched_pairs_with_gold_values():
    gold = [
        q(0, 10, speaker="Dmitry Peskov", mention=(12, 18), cue=(19, 23)),
        q(30, 40, speaker="Svetlana Tikhanovskaya", mention=(42, 45), cue=(46, 50)),
        q(60, 70),  # no speaker, mention or cue annotated: not counted
        q(80, 90, speaker="Nobody Matched"),  # missed: not counted
    ]
    predicted = [
        q(0, 10, speaker="Peskov", mention=(17, 25), cue=(23, 30)),  # mention overlaps; cue only touches
        q(30, 40, speaker="Tikhanovsky", mention=(42, 45), cue=(46, 50)),  # wrong speaker
        q(60, 70, speaker="Someone", mention=(0, 5), cue=(0, 5)),
    ]
    row = score_article(gold, predicted).all
    assert (row.speaker.hits, row.speaker.n) == (1, 2)
    assert (row.mention.hits, row.mention.n) == (2, 2)
    assert (row.cue.hits, row.cue.n) == (1, 2)


def test_a_missing_prediction_counts_as_wrong():
    row = score_article([q(0, 10, speaker="Dmitry Peskov", mention=(12, 18), cue=(19, 23))], [q(0, 10)]).all
    assert (row.speaker.value, row.mention.value, row.cue.value) == (0.0, 0.0, 0.0)


def test_reports_add_up_over_articles():
    # Article 1: 2 gold, 1 predicted, 1 matched. Article 2: 1 gold, 2 predicted, 1 matched.
    # Together: 3 gold, 3 predicted, 2 matched: P = R = 2/3.
    report = score([([q(0, 10), q(20, 30)], [q(0, 10)]), ([q(0, 10)], [q(0, 10), q(50, 60)])])
    assert report.articles == 2
    assert (report.direct.loose.gold, report.direct.loose.predicted, report.direct.loose.matched) == (3, 3, 2)
    assert report.direct.loose.precision == pytest.approx(2 / 3)
    assert report + Report() == report


# --- speaker names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("Dmitry Peskov", "Dmitry Peskov", True),
        ("Peskov", "Dmitry Peskov", True),
        ("Dmitry Peskov", "Peskov", True),
        ("D. Peskov", "Dmitry Peskov", True),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", True),
        ("President Vladimir Putin", "Vladimir Putin", True),
        ("Sen. Ted Cruz", "Ted Cruz", True),
        ("Mr. Trump", "Donald Trump", True),
        ("Svetlana Tikhanóvskaya", "svetlana tikhanovskaya", True),
        ("Tikhanovskaya’s", "Svetlana Tikhanovskaya", True),
        ("George W. Bush", "George Bush", True),
        ("Martin Luther King Jr.", "Martin Luther King", True),
        ("the Kremlin", "Kremlin", True),
        # Negatives.
        ("Tikhanovsky", "Svetlana Tikhanovskaya", False),
        ("Sergei Tikhanovsky", "Svetlana Tikhanovskaya", False),
        ("Hillary Clinton", "Bill Clinton", False),
        ("H. Clinton", "Bill Clinton", False),
        ("Dmitry Medvedev", "Dmitry Peskov", False),
        ("President", "Vladimir Putin", False),
        (None, "Dmitry Peskov", False),
        ("", "Dmitry Peskov", False),
        pytest.param(
            "Secretary of State John Kerry",
            "Kerry, John",
            True,
            marks=pytest.mark.xfail(reason="surname-first names are read as given name Kerry, surname John"),
        ),
    ],
)
def test_names_agree(predicted, gold, agree):
    assert names_agree(predicted, gold) is agree


# --- failures of one article -----------------------------------------------------

TEXT = "Alpha beta gamma, Ann Lee said. Nothing here. Delta epsilon, Bob Roe said."


def _article(quotes):
    return GoldArticle(text=TEXT, quotes=tuple(quotes), source="gold.jsonl", line=1, index=0)


def test_mismatches_list_missed_spurious_and_wrong_attribution_in_text_order():
    gold = [
        q(0, 16, speaker="Ann Lee", mention=(18, 25), cue=(26, 30)),
        q(46, 59, speaker="Bob Roe", mention=(61, 68), cue=(69, 73)),
    ]
    predicted = [
        q(0, 16, "indirect", speaker="Bob Roe", mention=(18, 25), cue=(26, 30)),
        q(32, 45),
    ]
    found = mismatches(_article(gold), predicted)
    assert [(m.problem, m.start) for m in found] == [
        (Problem.KIND, 0),
        (Problem.SPEAKER, 0),
        (Problem.SPURIOUS, 32),
        (Problem.MISSED, 46),
    ]
    lines = [describe(m, TEXT) for m in found]
    assert lines[1] == "speaker direct [0:16] 'Alpha beta gamma' predicted 'Bob Roe', gold 'Ann Lee'"
    assert lines[2] == "spurious direct [32:45] 'Nothing here.'"
    assert lines[3] == "missed direct [46:59] 'Delta epsilon' by 'Bob Roe'"


def test_a_missed_quote_without_a_speaker_names_its_mention():
    gold = [q(46, 59, mention=(61, 68))]
    (found,) = mismatches(_article(gold), [])
    assert describe(found, TEXT) == "missed direct [46:59] 'Delta epsilon' by 'Bob Roe'"


def test_a_perfect_prediction_has_no_mismatches():
    gold = [q(0, 16, speaker="Ann Lee", mention=(18, 25), cue=(26, 30))]
    assert mismatches(_article(gold), gold) == []


# --- gold files ------------------------------------------------------------------


def _line(text="He said “yes”.", quotes=None, **extra):
    quotes = [{"start": 9, "end": 12, "kind": "direct"}] if quotes is None else quotes
    return json.dumps({"id": "a", "text": text, "quotes": quotes, **extra}, ensure_ascii=False)


def test_read_gold_streams_articles_with_their_line_numbers(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(_line() + "\n\n" + _line(published="2024-04-25", title="T") + "\n", encoding="utf-8")
    articles = list(read_gold(str(path)))
    assert [(a.line, a.index) for a in articles] == [(1, 0), (3, 1)]
    assert articles[1].article().published.isoformat() == "2024-04-25"
    assert articles[1].article().title == "T"
    assert articles[0].text[articles[0].quotes[0].start : articles[0].quotes[0].end] == "yes"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "x", ', "gold.jsonl:2: malformed JSON"),
        ("[1, 2]", "gold.jsonl:2: expected a JSON object"),
        ('{"quotes": []}', 'gold.jsonl:2: no "text" string'),
        (_line(quotes=[{"start": 9, "end": 99, "kind": "direct"}]), 'gold.jsonl:2: quote 1: "end" 99 is outside the text (length 14)'),
        (_line(quotes=[{"start": -1, "end": 3, "kind": "direct"}]), 'gold.jsonl:2: quote 1: "start" -1 is outside'),
        (_line(quotes=[{"start": 9, "end": 9, "kind": "direct"}]), 'gold.jsonl:2: quote 1: "start" 9 is not before "end" 9'),
        (_line(quotes=[{"start": 9, "end": 12, "kind": "quote"}]), 'gold.jsonl:2: quote 1: "kind" must be "direct" or "indirect"'),
        (_line(quotes=[{"start": "9", "end": 12, "kind": "direct"}]), 'gold.jsonl:2: quote 1: "start" must be an integer'),
        (
            _line(quotes=[{"start": 9, "end": 12, "kind": "direct", "mention_start": 0, "mention_end": None}]),
            'gold.jsonl:2: quote 1: "mention_start" and "mention_end" must both be given',
        ),
        (_line(published="25/04/2024"), "gold.jsonl:2: \"published\" '25/04/2024' is not a date"),
    ],
)
def test_bad_gold_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(_line() + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        list(read_gold(str(path)))
    assert str(raised.value).startswith(str(tmp_path / message))
    assert " — " in str(raised.value)


def test_a_missing_gold_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read .*nope.jsonl: No such file"):
        list(read_gold(str(tmp_path / "nope.jsonl")))


def test_evaluate_file_runs_the_given_extractor_on_each_article(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(_line() + "\n" + _line() + "\n", encoding="utf-8")
    seen = []

    def extract(article):
        seen.append((article.source, article.index, article.text))
        return [Quote(9, 12, Kind.DIRECT, "yes")] if article.index == 0 else []

    report = evaluate_file(str(path), extract=extract)
    assert seen == [(str(path), 0, "He said “yes”."), (str(path), 1, "He said “yes”.")]
    # 2 gold, 1 predicted, 1 matched: P 1, R 1/2.
    assert (report.articles, report.direct.loose.precision, report.direct.loose.recall) == (2, 1.0, 0.5)


# --- properties ------------------------------------------------------------------

@st.composite
def _spans(draw):
    start = draw(st.integers(0, 200))
    return q(start, start + draw(st.integers(1, 60)), draw(st.sampled_from(["direct", "indirect"])))


@settings(max_examples=150, deadline=None)
@given(st.lists(_spans(), max_size=8), st.lists(_spans(), max_size=8))
def test_matching_is_one_to_one_and_above_threshold(gold, predicted):
    pairs = match(gold, predicted, threshold=0.3)
    assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        assert (min(g.end, p.end) - max(g.start, p.start)) / (g.end - g.start) >= 0.3
    strict = match(gold, predicted, threshold=0.8)
    report = score_article(gold, predicted)
    assert report.all.loose.matched == len(pairs)
    assert report.all.strict.matched == len(strict)
    # Each gold quote has one kind, so it is matched in one kind's row at most.
    assert report.direct.loose.matched + report.indirect.loose.matched <= len(gold)


@settings(max_examples=100, deadline=None)
@given(st.lists(_spans(), max_size=8))
def test_gold_scored_against_itself_is_perfect(gold):
    report = score_article(gold, gold)
    for row in (report.direct, report.indirect, report.all):
        assert row.loose.matched == row.loose.gold == row.loose.predicted
        assert row.strict.matched == row.strict.gold
