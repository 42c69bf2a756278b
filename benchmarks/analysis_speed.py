"""Time the copy analysis on synthetic 1,000- and 20,000-word stories.

Prints the median cold analysis time (no cache) per story size, the cost per 1,000 words (to
show growth is linear), and what a one-paragraph edit costs with a warm `AnalysisCache`, the
way the GUI re-analyses while an editor types. Stories are assembled from sentences written
for this script, with invented names.

    python benchmarks/analysis_speed.py [--runs 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from app.core.analysis.engine import AnalysisCache, analyze

_FIRST = ["Marta", "Jonas", "Priya", "Tomasz", "Aiko", "Kwame", "Lena", "Diego", "Sofia", "Omar"]
_LAST = ["Kowalczyk", "Brandt", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Ribeiro"]
_ROLES = [
    "a spokeswoman for the regional water authority",
    "an economist at the Northfield Institute",
    "the deputy mayor of Harwick",
    "a senior fellow at the Centre for Rail Policy",
]
_TEMPLATES = [
    '{name}, {role}, said the plan was "{frag}" and would be reviewed next month.',
    '"{sentence}," said {name}, {role}.',
    '"{sentence}," {surname} told reporters on Tuesday. "{sentence2}"',
    "{surname} added: \u201c{sentence}\u201d",
    "The council approved the budget after a long debate, according to two officials familiar "
    "with the talks who asked not to be named because the vote was private.",
    "Turnout was higher than expected in the northern districts, where queues formed early "
    "outside schools and libraries used as polling stations.",
    "She said, \u201c{sentence}\u201d",
    "In a statement posted on X, {name} wrote that the decision was \u201c{frag}.\u201d",
    "The ministry estimates that repairs will take at least three years and cost more than "
    "the original bridge.",
]
_SENTENCES = [
    "We have waited long enough for this road to be fixed",
    "Nobody here expected the water to rise so fast",
    "The numbers do not add up, and everyone on the committee knows it",
    "This is a good day for the people who live along the river",
    "I would rather see the money spent on the schools first",
]
_FRAGMENTS = ["a step in the right direction", "far too little", "long overdue", "a gamble"]


def make_story(words: int, seed: int = 7) -> str:
    """A story of about `words` words, one template per paragraph."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        district = f" Crews were sent to district {len(paragraphs) + 1}."
        text = rng.choice(_TEMPLATES).format(
            name=f"{first} {last}",
            surname=last,
            role=rng.choice(_ROLES),
            frag=rng.choice(_FRAGMENTS),
            sentence=rng.choice(_SENTENCES),
            sentence2=rng.choice(_SENTENCES) + ".",
        )
        paragraphs.append(text + district)
        count += len(paragraphs[-1].split())
    return "\n\n".join(paragraphs)


def median_ms(fn, runs: int) -> tuple[float, float]:
    """(median CPU ms, median wall ms): CPU time is the one-core figure on a shared machine."""
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    analyze("Warm-up: \u201cimports and compiled patterns,\u201d he said.")
    print(f"{'words':>7} {'CPU ms':>8} {'wall ms':>8} {'CPU ms/1k words':>16}   (median, no cache)")
    for size in (1_000, 5_000, 20_000):
        story = make_story(size)
        n = len(story.split())
        cpu, wall = median_ms(lambda story=story: analyze(story), args.runs)
        print(f"{n:>7} {cpu:>8.2f} {wall:>8.2f} {cpu / n * 1000:>16.2f}")

    story = make_story(20_000)
    paragraphs = story.split("\n\n")
    cache = AnalysisCache()
    analyze(story, cache=cache)
    edits = []
    for i in range(args.runs):
        index = (i * 37) % len(paragraphs)
        edited = list(paragraphs)
        edited[index] = edited[index] + f" Officials said the work would resume on day {i}."
        edits.append("\n\n".join(edited))
    misses_before = cache.misses
    warm, _ = median_ms(lambda: analyze(edits.pop(), cache=cache), args.runs)
    misses = (cache.misses - misses_before) / args.runs
    one, _ = median_ms(lambda: analyze(paragraphs[len(paragraphs) // 2]), args.runs)
    cold, _ = median_ms(lambda: analyze(story), 5)
    print(
        f"\none-paragraph edit of the {len(story.split())}-word story with a warm cache: "
        f"{warm:.2f} ms CPU median, {misses:.0f} paragraph re-read per edit "
        f"(cold: {cold:.1f} ms; one paragraph on its own: {one:.2f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
