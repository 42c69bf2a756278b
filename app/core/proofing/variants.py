"""British and American spellings of one word: what an en-US desk writes for "colour", and back.

Both dictionaries are loaded; a word only the other variant's dictionary knows is no
misspelling. When the desk's own dictionary has its counterpart ("colour" -> "color",
"organisation" -> "organization", "theatre" -> "theater", "defence" -> "defense", "cancelled"
-> "canceled"), it is a house-style finding with that fix; otherwise (a word the larger
dictionary simply has, "fentanyl") it is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# (British, American) fragments, tried one place at a time and then everywhere at once.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("our", "or"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("ll", "l"),
    ("ae", "e"),
    ("oe", "e"),
    ("grey", "gray"),
    ("gement", "gment"),
    ("mme", "m"),
    ("eable", "able"),
    ("ery", "ary"),
    ("xion", "ction"),
)


def _variants(word: str, pairs: tuple[tuple[str, str], ...]) -> Iterator[str]:
    for source, target in pairs:
        starts = [m.start() for m in re.finditer(re.escape(source), word)]
        for at in starts:
            yield word[:at] + target + word[at + len(source) :]
        if len(starts) > 1:
            yield word.replace(source, target)


def counterpart(word: str, to_american: bool, known: Callable[[str], bool]) -> str | None:
    """WORD spelled the other way, if KNOWN (the desk's dictionary) accepts that spelling."""
    pairs = _PAIRS if to_american else tuple((b, a) for a, b in _PAIRS)
    low = word.lower()
    for candidate in _variants(low, pairs):
        if candidate != low and known(candidate):
            if word[:1].isupper():
                return candidate[:1].upper() + candidate[1:]
            return candidate
    return None
