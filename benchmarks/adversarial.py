"""Adversarial copy for the import and analysis benchmarks: the shapes that were slow (issue 12).

Many short paragraphs (each a line of dialogue) and paragraphs of many short quotes
(`"Yes," he said,` over and over): the first made revision deltas quadratic in difflib, the
second made attribution rescan every cue for each quote. Deterministic for a given size.
"""

from __future__ import annotations

WORDS = ("yes", "no", "maybe", "later", "never", "always", "soon", "today", "again", "enough")
SPEAKERS = ("he said", "she said", "the mayor said", "Ana Ortiz said", "an aide said")


def short_paragraph(i: int) -> str:
    word = WORDS[i % len(WORDS)].capitalize()
    return f'"{word} {i}," {SPEAKERS[i % len(SPEAKERS)]}.'


def quote_paragraph(i: int, quotes: int = 60) -> str:
    parts = [f'"{WORDS[(i + k) % len(WORDS)].capitalize()}," {SPEAKERS[k % len(SPEAKERS)]},'
             for k in range(quotes)]  # fmt: skip
    return " ".join(parts)[:-1] + "."


def adversarial_text(size: int, headline: str = "Council talks drag on") -> str:
    """About `size` bytes of wire copy: a headline, then blocks of 40 short paragraphs and one
    paragraph of 60 quotes, repeated."""
    parts = [headline, ""]
    total = len(headline) + 2
    i = 0
    while total < size:
        block = [short_paragraph(i * 40 + k) for k in range(40)] + [quote_paragraph(i)]
        for paragraph in block:
            parts.append(paragraph)
            parts.append("")
            total += len(paragraph.encode("utf-8")) + 2
        i += 1
    return "\n".join(parts)
