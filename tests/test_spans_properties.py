"""Properties of the scanner that hold for any text, however odd its marks."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.marks import MARKS
from quotes.spans import find_spans, scan

# Quote marks, apostrophe shapes, letters of two scripts, digits, spaces of several
# kinds, punctuation and line breaks: enough to make every rule fire.
ALPHABET = "".join(sorted(MARKS)) + "'′aszAS Жя5 \u00a0\u202f\t\n\n,.!=("
texts = st.text(alphabet=ALPHABET, max_size=120)
SETTINGS = settings(max_examples=300, deadline=None)


@SETTINGS
@given(texts)
def test_spans_are_in_bounds(text: str) -> None:
    for span in find_spans(text):
        assert 0 <= span.open_start <= span.start <= span.end <= span.close_end <= len(text)
        assert span.start < span.end
        assert text.startswith(span.open_mark, span.open_start)
        if span.closed:
            assert text[: span.close_end].endswith(span.close_mark)
        else:
            assert span.close_mark == "" and span.close_end == span.end


@SETTINGS
@given(texts)
def test_content_is_trimmed(text: str) -> None:
    for span in find_spans(text):
        content = text[span.start : span.end]
        assert content == content.strip()
        for start, end in span.parts:
            assert text[start:end] == text[start:end].strip()


@SETTINGS
@given(texts)
def test_top_level_spans_do_not_overlap_and_are_ordered(text: str) -> None:
    spans = find_spans(text)
    assert [s.open_start for s in spans] == sorted(s.open_start for s in spans)
    top = [s for s in spans if s.parent is None]
    for before, after in zip(top, top[1:], strict=False):
        assert before.close_end <= after.open_start


@SETTINGS
@given(texts)
def test_parents_contain_their_children(text: str) -> None:
    spans = find_spans(text)
    for index, span in enumerate(spans):
        if span.parent is None:
            continue
        assert span.parent < index
        parent = spans[span.parent]
        assert parent.start <= span.open_start and span.close_end <= parent.end


@SETTINGS
@given(texts)
def test_multi_paragraph_parts_run_in_order(text: str) -> None:
    for span in find_spans(text):
        if span.parts:
            assert span.paragraphs >= len(span.parts) >= 2
            assert span.parts[0][0] == span.start and span.parts[-1][1] == span.end
            for (_, end), (start, _) in zip(span.parts, span.parts[1:], strict=False):
                assert end < start


@SETTINGS
@given(texts)
def test_deterministic_and_counts_are_non_negative(text: str) -> None:
    first, counts = scan(text)
    assert scan(text).spans == first == find_spans(text)
    assert all(value >= 0 for value in counts.values())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    find_spans(text)
