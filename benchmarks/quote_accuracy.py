"""Score the quote and speaker extraction on the annotated PolNeAR dev split.

Reads the gold file from ../shared at run time (its texts must never be copied into the
project), runs `analyze()` on each article, writes predictions to a temporary JSON Lines file
and lets the shared scorer (../shared/tools/score_quotes.py) print span and speaker scores.

    python benchmarks/quote_accuracy.py [--gold FILE] [--errors 20] [--keep PRED.jsonl]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_GOLD = SHARED / "corpora" / "polnear-dev" / "polnear_dev_direct_quotes.jsonl"
SCORER = SHARED / "tools" / "score_quotes.py"


def predict(gold: Path, out: Path) -> tuple[int, float]:
    """Write one prediction line per gold article; return (articles, seconds spent analysing)."""
    from app.core.analysis.engine import analyze

    articles = 0
    spent = 0.0
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            record = json.loads(line)
            started = time.perf_counter()
            analysis = analyze(record["text"])
            spent += time.perf_counter() - started
            quotes = analysis.to_json()["quotes"]
            dst.write(json.dumps({"id": record["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
            articles += 1
    return articles, spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON Lines file")
    parser.add_argument("--errors", type=int, default=0, help="print this many example misses")
    parser.add_argument("--keep", type=Path, help="also keep the predictions in this file")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.keep or Path(tmp) / "predictions.jsonl"
        articles, spent = predict(args.gold, pred)
        print(f"analysed {articles} articles in {spent * 1000:.0f} ms")
        command = [sys.executable, str(SCORER), str(args.gold), str(pred)]
        if args.errors:
            command += ["--errors", str(args.errors)]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
