"""Adversarial copy for the import and analysis benchmarks: the shapes that were slow (issue 12).

Half of it is many short paragraphs (each a line of dialogue), which made revision deltas
quadratic in difflib; the other half is one paragraph of short quotes (`"Yes," he said,` over
and over) that grows with the text, which made attribution rescan every cue for each quote.
Deterministic for a given size.
"""

from __future__ import annotations

WORDS = ("yes", "no", "maybe", "later", "never", "always", "soon", "today", "again", "enough")
SPEAKERS = ("he said", "she said", "the mayor said", "Ana Ortiz said", "an aide said")


def short_paragraph(i: int) -> str:
    word = WORDS[i % len(WORDS)].capitalize()
    return f'"{word} {i}," {SPEAKERS[i % len(SPEAKERS)]}.'


def quote_paragraph(size: int) -> str:
    """One paragraph of about `size` bytes of short quotes."""
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        part = f'"{WORDS[k % len(WORDS)].capitalize()}," {SPEAKERS[k % len(SPEAKERS)]},'
        parts.append(part)
        total += len(part) + 1
        k += 1
    return " ".join(parts)[:-1] + "."


def adversarial_text(size: int, headline: str = "Council talks drag on") -> str:
    """About `size` bytes of wire copy: a headline, short paragraphs for half of it, then one
    paragraph of quotes for the other half."""
    parts = [headline, ""]
    total = len(headline) + 2
    i = 0
    while total < size // 2:
        paragraph = short_paragraph(i)
        parts += [paragraph, ""]
        total += len(paragraph.encode("utf-8")) + 2
        i += 1
    parts.append(quote_paragraph(size - total))
    return "\n".join(parts) + "\n"
