"""Show that analysis time grows linearly with the text, on adversarial copy.

Prints seconds per 100 KB of text at 100 KB, 1 MB and 10 MB for two shapes that once made
analysis quadratic: many short paragraphs with many quotes each, and one paragraph of
`"Yes," he said,` repeated (issue 12, item 4). Linear growth means the per-100-KB figure stays
flat; the target is the largest under 10x the smallest. CPU time of this process is shown, so
other work on a shared machine does not inflate it.

    python benchmarks/analysis_scaling.py [--sizes 100000 1000000 10000000]
"""

from __future__ import annotations

import argparse
import time

from app.core.analysis.engine import analyze

_SHORT = [
    "\u201cYes,\u201d he said, \u201cno,\u201d she said.",
    "\u201cWe will see,\u201d said Ana Lopez, \u201cand soon.\u201d",
    '"Maybe," they said, "maybe not," it said, "never," said one aide.',
    "Lopez added: \u201cFine.\u201d \u201cGood,\u201d Reyes said. \u201cOK.\u201d",
    '"A", "B" and "C", the so-called "Tiger Team" said, "right".',
]


def paragraphs_of_quotes(size: int) -> str:
    """Many short paragraphs, each a run of short quotes with speakers."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        # Numbered, so no two paragraphs are equal (the engine caches paragraphs by their text).
        paragraph = f"Day {i}: " + " ".join(_SHORT[(i + k) % len(_SHORT)] for k in range(4))
        out.append(paragraph)
        total += len(paragraph) + 2
        i += 1
    return "\n\n".join(out)[:size]


def one_paragraph(size: int) -> str:
    """The issue's case: one paragraph of many short quotes."""
    unit = '"Yes," he said, '
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str) -> float:
    started = time.process_time()
    analyze(text)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    args = parser.parse_args(argv)
    analyze("Warm-up: \u201cimports and compiled patterns,\u201d he said.")
    for label, make in (
        ("many short paragraphs, many quotes each", paragraphs_of_quotes),
        ('one paragraph of "Yes," he said, repeated', one_paragraph),
    ):
        print(label)
        print(f"{'size':>12} {'CPU s':>9} {'s per 100 KB':>13}")
        per: list[float] = []
        for size in args.sizes:
            text = make(size)
            spent = seconds(text)
            per.append(spent / len(text) * 100_000)
            print(f"{len(text):>12,} {spent:>9.2f} {per[-1]:>13.3f}")
        ratio = max(per) / min(per)
        verdict = "linear (target < 10x)" if ratio < 10 else "NOT linear"
        print(f"largest / smallest per 100 KB: {ratio:.2f}x, {verdict}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
