"""Sentence and paragraph boundaries that survive abbreviations and quotes."""


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The `[start, end)` of the sentence or sentences containing `text[start:end]`.

    Placeholder: the paragraph around the span; the full segmenter replaces it.
    """
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return (0 if left < 0 else left + 2, len(text) if right < 0 else right)
