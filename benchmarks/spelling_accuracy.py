"""Spelling accuracy on real copy: recall of injected misspellings, false flags on untouched text.

Reads ../shared/corpora/real-copy-dev at run time (nothing of it is stored), injects real typos
(codespell's misspelling list) and letter slips (benchmarks/spelling_injection.py), checks each
copy the way `copydesk spell FILE` does on an empty store (the article's own speakers are its
only known names), and prints, for the half of the corpus looked at while building and for the
half nobody tuned to:

* recall: injected non-word errors flagged as `spelling` (by place: lower-case words, words
  opening a sentence, names inside a sentence; real-word slips apart: no dictionary sees them);
* false flags: `spelling` findings on the untouched articles per 1,000 words (names included);
  `unknown_name` (information) per 1,000 words beside it.

    pip install -e '.[bench]'
    python benchmarks/spelling_accuracy.py [--variant en-US] [--show 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.spelling_injection import Article, all_injections, articles, halves


def _findings(text: str, variant: str):
    """What `copydesk spell FILE` reports on an empty store (style off: only spelling here)."""
    from app.core.analysis.credits import parse_credits
    from app.core.analysis.engine import analyze
    from app.core.proofing.proofreader import Proofreader, ProofSettings

    credits = parse_credits(text, declared=False)
    result = analyze(text, credits=credits)
    names = [c.name for c in credits] + [c.location for c in credits]
    names += [q.speaker for q in result.quotes] + [q.speaker_mention for q in result.quotes]
    names += [s.name for s in result.sources if not s.anonymous]
    reader = Proofreader.build(ProofSettings(variant=variant, style=False), names=names)
    return reader.check_body(text, markup=False)


def evaluate(items: list[Article], variant: str, show: int) -> dict[str, object]:
    words = sum(len(a.text.split()) for a in items)
    false_flags: list[tuple[str, str]] = []
    unknown = 0
    variant_flags = 0
    started = time.perf_counter()
    for article in items:
        for f in _findings(article.text, variant):
            if f.code == "spelling":
                false_flags.append((article.id, article.text[f.start : f.end]))
            elif f.code == "unknown_name":
                unknown += 1
            elif f.rule == "spelling-variant":
                variant_flags += 1
    clean_seconds = time.perf_counter() - started
    hit: Counter[tuple[str, str, bool]] = Counter()
    total: Counter[tuple[str, str, bool]] = Counter()
    misses: list[tuple[str, str, str]] = []
    for _article, _kind, text, injected in all_injections(items):
        spans = [(f.start, f.end) for f in _findings(text, variant) if f.code == "spelling"]
        for inj in injected:
            key = (inj.kind, inj.place, inj.real_word)
            total[key] += 1
            if any(a < inj.end and inj.start < b for a, b in spans):
                hit[key] += 1
            elif not inj.real_word:
                misses.append((inj.kind, inj.original, inj.wrong))
    return {"words": words, "false_flags": false_flags, "unknown": unknown, "hit": hit,
            "total": total, "misses": misses, "seconds": clean_seconds,
            "variant": variant_flags}  # fmt: skip


def _ratio(hit: Counter, total: Counter, pick) -> tuple[float, int]:
    keys = [k for k in total if pick(k)]
    n = sum(total[k] for k in keys)
    return (sum(hit[k] for k in keys) / n if n else float("nan")), n


def report(title: str, r: dict, show: int) -> None:
    hit, total = r["hit"], r["total"]
    words = r["words"]
    print(f"\n{title}: {words:,} words")
    overall, n = _ratio(hit, total, lambda k: not k[2])
    print(f"  recall of injected non-word errors: {overall:.3f} ({n} errors)")
    for kind in ("typo", "slip"):
        value, n = _ratio(hit, total, lambda k, kind=kind: k[0] == kind and not k[2])
        print(f"    {kind:5}: {value:.3f} ({n})", end="")
        for place in ("lower", "start", "name"):
            v, m = _ratio(hit, total, lambda k, kind=kind, place=place: k[0] == kind and
                          k[1] == place and not k[2])  # fmt: skip
            print(f"   {place} {v:.3f} ({m})", end="")
        print()
    v, m = _ratio(hit, total, lambda k: k[2])
    print(f"  real-word errors (not counted above): {m}, flagged anyway {v:.3f}")
    flags = r["false_flags"]
    print(
        f"  false flags on untouched copy: {len(flags)} = {1000 * len(flags) / words:.2f} "
        f"per 1,000 words;  unknown_name (info): {1000 * r['unknown'] / words:.2f} per 1,000 "
        f"words;  other variant's spelling (style): {1000 * r['variant'] / words:.2f} per "
        f"1,000 words;\n  analysis + spelling, wall clock: "
        f"{1000 * r['seconds'] / words * 1000:.1f} ms per 1,000 words"
    )
    if show:
        print("  false flags:", ", ".join(w for _a, w in flags[:show]))
        print("  missed:", ", ".join(f"{w}<-{o}" for _k, o, w in r["misses"][:show]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", default="en-US")
    parser.add_argument("--show", type=int, default=0, help="list some false flags and misses")
    args = parser.parse_args()
    first, second = halves(articles())
    report("First half (by article id)", evaluate(first, args.variant, args.show),
           args.show)  # fmt: skip
    report("Second half (by article id)", evaluate(second, args.variant, args.show),
           args.show)  # fmt: skip


if __name__ == "__main__":
    main()
