"""Calibrate the reworded-quote threshold on quote pairs written for the project.

    python benchmarks/calibrate_reworded.py

Each line of tests/fixtures/provenance/quote_pairs.jsonl holds a story's quote and a passage by
the same speaker, and whether the passage is the quote's original (reworded) or another remark
on the same subject. Prints the accuracy of app.core.verification.meaning's rule at a range of
thresholds; THRESHOLD in meaning.py is the best of them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.provenance.features import read_sentence  # noqa: E402
from app.core.provenance.pairmodel import judge_many, shared_content  # noqa: E402
from app.core.verification import meaning  # noqa: E402

PAIRS = ROOT / "tests" / "fixtures" / "provenance" / "quote_pairs.jsonl"


def main() -> None:
    items = [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines() if line.strip()]
    pairs = [(read_sentence(i["quote"]), read_sentence(i["passage"])) for i in items]
    scores = [j.score for j in judge_many(pairs)]
    shared = [shared_content(a, b) for a, b in pairs]
    same = [bool(i["same"]) for i in items]
    print(
        f"{len(items)} quote pairs ({sum(same)} reworded, {len(same) - sum(same)} other "
        "remarks by the same speaker)"
    )
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        said = [
            s >= threshold and n >= meaning._MIN_SHARED for s, n in zip(scores, shared, strict=True)
        ]
        accuracy = sum(a == b for a, b in zip(said, same, strict=True)) / len(items)
        wrong = sum(a and not b for a, b in zip(said, same, strict=True))
        mark = "  <- THRESHOLD" if abs(threshold - meaning.THRESHOLD) < 1e-9 else ""
        print(
            f"  {threshold:.2f}: accuracy {accuracy:.3f}, other remarks taken for the "
            f"original {wrong}{mark}"
        )


if __name__ == "__main__":
    main()
