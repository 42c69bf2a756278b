"""Time to check 100 quotes against 50,000 words of source material (target: under 1 s)."""

# The material is the PolNeAR dev articles (read at run time) cut to 50,000 words and split into
# ten documents, or, without the corpus, generated text; the quotes are sentences of it, half of
# them changed, plus some that are not there. Timed: parsing the documents, indexing them and
# checking every quote. Prints the median of several runs.
#
# python benchmarks/verification_speed.py [--gold FILE] [--words N] [--quotes N] [--runs N]
#
# With --bad-files it instead times refusing the source files
# tests/core/verification/test_verification_documents.py checks the errors of (the inputs are
# tests/pathological_inputs.py, shared with that test): the 30 MB docx bomb and the PDF page
# with 600 KB of text instructions, each through `load_document` (target: under 2 s each, both
# refused before python-docx or pypdf's text extraction starts). The test itself asserts that
# no parsing or extraction happens, and no time.

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

from app.core import model
from app.core.verification import document_from_text, parse_document, verify_quotes

GOLD = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpora"
    / "polnear-dev"
    / "polnear_dev_direct_quotes.jsonl"
)
SYLLABLES = "ka lo mi ne ru sa ti vo be da fe gi ho ju ly pa".split()


def corpus_words(gold: Path, words: int) -> list[str]:
    if gold.is_file():
        out: list[str] = []
        for line in gold.read_text(encoding="utf-8").splitlines():
            out.extend(json.loads(line)["text"].split())
            if len(out) >= words:
                break
        if len(out) >= words:
            return out[:words]
    rng = random.Random(1)  # no corpus: Zipf-like made-up words, sentences of 8-25 words
    vocabulary = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(8000)
    ]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    out = []
    while len(out) < words:
        sentence = rng.choices(vocabulary, weights, k=rng.randint(8, 25))
        sentence[-1] += "."
        out.extend(sentence)
    return out[:words]


def make_quotes(words: list[str], count: int, rng: random.Random) -> list[model.Quote]:
    quotes = []
    for n in range(count):
        start = rng.randrange(0, len(words) - 40)
        chosen = words[start : start + rng.randint(6, 30)]
        if n % 4 == 1:
            del chosen[len(chosen) // 2]
        elif n % 4 == 2:
            chosen[len(chosen) // 2] = "elsewhere"
        elif n % 4 == 3 and n % 8 == 7:
            chosen = [rng.choice(SYLLABLES) * 3 for _ in chosen]  # not in the material
        text = re.sub(r"\s+", " ", " ".join(chosen))
        quotes.append(model.Quote(text=text, start=0, end=len(text)))
    return quotes


def bad_files(runs: int) -> int:
    """Print the time to refuse each pathological source file of
    tests/core/verification/test_verification_documents.py next to its target."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.pathological_inputs

    from app.core.errors import InputError
    from app.core.verification import load_document
    from tests import pathological_inputs as inputs

    over = 0
    print(f"{'source file':<36} {'median s':>9} {'target s':>9}  runs")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bomb, pdf = folder / "bomb.docx", folder / "huge.pdf"
        bomb.write_bytes(inputs.docx_bomb(folder))
        pdf.write_bytes(inputs.pdf_with_huge_page())
        for label, path, target in (
            ("30 MB docx bomb", bomb, inputs.DOCX_BOMB_SECONDS),
            ("PDF page of 600 KB of text", pdf, inputs.PDF_HUGE_PAGE_SECONDS),
        ):
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                try:
                    load_document(path)
                except InputError:
                    pass
                else:
                    raise AssertionError(f"{label} was read")
                timings.append(time.perf_counter() - started)
            median = statistics.median(timings)
            over += median > target
            flag = "" if median <= target else "  OVER"
            print(f"{label:<36} {median:9.4f} {target:9.1f}  {runs}{flag}")
    print("PASS" if not over else f"FAIL: {over} over target")
    return 1 if over else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bad-files", action="store_true", help="time refusing the tests' pathological files"
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--quotes", type=int, default=100)
    parser.add_argument("--documents", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.bad_files:
        return bad_files(args.runs)
    words = corpus_words(args.gold, args.words)
    per_doc = len(words) // args.documents
    raw = [
        document_from_text(" ".join(words[k * per_doc : (k + 1) * per_doc]), title=f"doc-{k}")
        for k in range(args.documents)
    ]
    quotes = make_quotes(words, args.quotes, random.Random(2))
    timings = []
    verdicts: dict[str, int] = {}
    for _ in range(args.runs):
        started = time.perf_counter()
        sources = [parse_document(doc) for doc in raw]
        checks = verify_quotes(quotes, sources)
        timings.append(time.perf_counter() - started)
        verdicts = {}
        for check in checks:
            verdicts[str(check.verdict)] = verdicts.get(str(check.verdict), 0) + 1
    median = statistics.median(timings)
    print(
        f"{len(quotes)} quotes against {len(words):,} words in {args.documents} documents: "
        f"median {median:.3f} s over {args.runs} runs (first, cold: {timings[0]:.3f} s; "
        f"min {min(timings):.3f}, max {max(timings):.3f}); verdicts {verdicts}"
    )
    ok = median < 1.0 and timings[0] < 1.0
    print("PASS" if ok else "FAIL", "(target: under 1 s, cold or warm)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
