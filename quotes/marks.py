"""Quote-mark pairs by language, and the words an apostrophe may start.

The scanner recognises the union of every language's pairs, so an article needs no
language tag to be read; the per-language table says where each pair comes from and
is what a reader checks when a mark is handled oddly.
"""

from collections.abc import Mapping
from types import MappingProxyType

# (opening, closing) pairs as each language's typesetting uses them, outer quotes first.
PAIRS_BY_LANGUAGE: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {
        # Two straight singles stand for a double in some archives (''Yes,'' he
        # said), and ``…'' comes from typewriter-era and TeX-made copy.
        "en": (("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("''", "''"), ("``", "''")),
        "fr": (("«", "»"), ("‹", "›"), ("“", "”")),
        "ru": (("«", "»"), ("„", "“")),
        "de": (("„", "“"), ("‚", "‘"), ("»", "«"), ("›", "‹")),
        "da": (("»", "«"), ("›", "‹")),
        "pl": (("„", "”"), ("‚", "’"), ("«", "»")),
        "hu": (("„", "”"), ("»", "«")),
        "sv": (("”", "”"), ("’", "’")),
        "fi": (("”", "”"), ("’", "’")),
        "ja": (("「", "」"), ("『", "』")),
        "zh": (("「", "」"), ("『", "』"), ("“", "”")),
    }
)


def _closers() -> dict[str, tuple[str, ...]]:
    closers: dict[str, tuple[str, ...]] = {}
    for pairs in PAIRS_BY_LANGUAGE.values():
        for opening, closing in pairs:
            if closing not in closers.get(opening, ()):
                closers[opening] = (*closers.get(opening, ()), closing)
    # A single ’ opening a quote (Swedish, Finnish) is far rarer than one starting
    # an elided word (’em, ’90s), so it only ever closes or is an apostrophe.
    del closers["’"]
    # ‟ is a rare typeset form of the English opening “.
    closers["‟"] = ("”",)
    return closers


# Opening mark -> every mark that may close it, over all languages.
CLOSERS: Mapping[str, tuple[str, ...]] = MappingProxyType(_closers())

# Every character the scanner looks at.
MARKS = frozenset("".join(CLOSERS)) | frozenset("".join(sum(CLOSERS.values(), ()))) | {"’"}

# Marks that look the same as an apostrophe or a prime and so need their neighbours
# read before they count as quote marks.
APOSTROPHES = frozenset("'’‘")

# Words written with a leading apostrophe ('tis, rock 'n' roll, ’s-Hertogenbosch): an
# apostrophe before one of these starts the word, not a quote.
ELISIONS_BY_LANGUAGE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset({"tis", "twas", "twere", "em", "cause", "cos", "til", "n", "bout", "nuff"}),
        "nl": frozenset({"s", "t", "k"}),
    }
)
ELISIONS: frozenset[str] = frozenset().union(*ELISIONS_BY_LANGUAGE.values())

# Lower-case words that follow a closing mark far more often than a possessive: the
# speaker and the reporting verb of ‘…’ she said. A ’ after a plural (the players’)
# closes an open ‘ only before one of these or a capital. Only English writes the
# plural possessive with a bare apostrophe after s.
AFTER_CLOSING_BY_LANGUAGE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            {
                "he", "she", "they", "we", "i", "you", "it", "said", "says", "say", "told",
                "tells", "added", "adds", "asked", "asks", "wrote", "writes", "according",
                "insisted", "insists", "warned", "warns", "explained", "replied",
                "continued", "declared", "noted", "argued", "claimed", "announced",
                "stated",
            }
        ),
    }
)
AFTER_CLOSING: frozenset[str] = frozenset().union(*AFTER_CLOSING_BY_LANGUAGE.values())
