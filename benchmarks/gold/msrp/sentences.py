"""The quoted passages of the MSRP news sentences, read from ../shared at run time.

Why this set: the held-out real-copy half fails on quotation marks that are not speech (titles,
terms, scare quotes) and on which mention speaks, and no invented set has moved it. MSRP's 7,800
sentences come from real news stories of many publishers; about 1,100 of them carry quotation
marks. They are short, so the gold is quick to write, and they are real copy, so what is fitted
to them is fitted to how newsrooms really write.

The sentences are deduplicated by id and grouped into clusters (two sentences of one MSRP pair
report the same event in nearly the same words, so they must fall in the same half). A cluster
whose smallest id is odd is in the `dev` half (tuned on); an even one is in `held` (measured,
never read while tuning). Only sentences whose double quotation marks pair up inside the
sentence are kept: a sentence cut out of a multi-sentence quote has a lone mark whose passage
cannot be decided from the sentence alone.

    python benchmarks/gold/msrp/sentences.py dev --shard 1/2   # list passages to annotate
    python benchmarks/gold/msrp/sentences.py held --count
    python benchmarks/gold/msrp/sentences.py dev --check benchmarks/gold/msrp/dev.jsonl

The listing goes to the terminal only; the committed gold holds ids, offsets and speakers.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MSRP = ROOT.parent / "shared" / "corpora" / "msrp-train" / "msr_paraphrase_train.txt"
HALVES = ("dev", "held")
_DOUBLE = re.compile(r"[\"“”]")


def _rows() -> list[list[str]]:
    with MSRP.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [row for row in reader if len(row) == 5]


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def halves(parts: bool = False) -> dict[str, dict[str, str]]:
    """{half: {sentence id: text}} for every sentence with paired quotation marks.

    With `parts`, the held half comes as its two parts instead: `held-a` (clusters whose
    smallest id leaves 2 when divided by 4), tuned on since round 10's second pass, and
    `held-b` (a multiple of 4), still held out.
    """
    texts: dict[str, str] = {}
    parent: dict[str, str] = {}
    for _, id1, id2, text1, text2 in _rows():
        texts[id1], texts[id2] = text1, text2
        parent.setdefault(id1, id1)
        parent.setdefault(id2, id2)
        root1, root2 = _find(parent, id1), _find(parent, id2)
        if root1 != root2:
            parent[max(root1, root2, key=int)] = min(root1, root2, key=int)
    out: dict[str, dict[str, str]] = {}
    for sid in sorted(texts, key=int):
        pairs = mark_pairs(texts[sid])
        if pairs is None or not pairs:
            continue
        root = int(_find(parent, sid))
        half = "dev" if root % 2 else "held"
        if parts and half == "held":
            half = "held-a" if root % 4 == 2 else "held-b"
        out.setdefault(half, {})[sid] = texts[sid]
    return out


def mark_pairs(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of the text between each pair of double marks; None when a mark is lone.

    Straight marks pair in order; a curly opening mark pairs with the next closing mark.
    """
    marks = [m.start() for m in _DOUBLE.finditer(text)]
    if len(marks) % 2:
        return None
    pairs = []
    for i in range(0, len(marks), 2):
        opening, closing = marks[i], marks[i + 1]
        if text[opening] == "”" or text[closing] == "“":
            return None
        pairs.append((opening + 1, closing))
    return pairs


def single_candidates(text: str) -> list[tuple[int, int]]:
    """Single-mark stretches that may be quotation marks (an annotator decides)."""
    found = []
    for m in re.finditer(r"(?:^|(?<=[\s\"“(]))['‘]([^'‘’]+?)['’](?=$|[\s.,;:!?\"”)])", text):
        found.append((m.start(1), m.end(1)))
    return found


KINDS = {"speech", "title", "term", "scare", "nickname", "heading", "other"}
OPENING, CLOSING = "\"“‘'", "\"”’'"


def check(sentences: dict[str, str], lines: list[dict]) -> list[str]:
    """Problems with a gold file for these sentences: every double-mark passage annotated once
    with its exact offsets, every passage between marks, a valid kind, a speaker field."""
    problems = []
    for record in lines:
        sid = record.get("id")
        if sid not in sentences:
            problems.append(f"{sid}: not a sentence of this half")
            continue
        text = sentences[sid]
        spans = [(p["start"], p["end"]) for p in record["passages"]]
        for start, end in mark_pairs(text) or []:
            if spans.count((start, end)) != 1:
                problems.append(
                    f"{sid}: passage {start}-{end} annotated {spans.count((start, end))} times"
                )
        for p in record["passages"]:
            start, end = p["start"], p["end"]
            if (
                not (0 < start <= end < len(text))
                or text[start - 1] not in OPENING
                or text[end] not in CLOSING
            ):
                problems.append(f"{sid}: {start}-{end} is not between quotation marks")
            if p.get("quote") is not (p.get("kind") == "speech") or p.get("kind") not in KINDS:
                problems.append(f"{sid}: {start}-{end} quote/kind {p.get('quote')}/{p.get('kind')}")
            if "speaker" not in p or "mention" not in p:
                problems.append(f"{sid}: {start}-{end} needs speaker and mention (null allowed)")
    missing = set(sentences) - {r.get("id") for r in lines}
    if missing:
        problems.append(f"{len(missing)} sentences have no gold line, e.g. {sorted(missing)[:3]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=HALVES)
    parser.add_argument("--shard", default="1/1", help="k/n: the k-th of n equal slices")
    parser.add_argument("--count", action="store_true", help="print counts only")
    parser.add_argument("--check", type=Path, help="check a gold file for this half (or shard)")
    args = parser.parse_args(argv)
    if not MSRP.exists():
        print(f"MSRP not found: {MSRP}", file=sys.stderr)
        return 2
    sentences = halves()[args.half]
    if args.count:
        passages = sum(len(mark_pairs(t) or []) for t in sentences.values())
        print(f"{args.half}: {len(sentences)} sentences, {passages} double-mark passages")
        return 0
    k, n = (int(x) for x in args.shard.split("/"))
    ids = list(sentences)
    size = -(-len(ids) // n)
    ids = ids[(k - 1) * size : k * size]
    if args.check:
        import json

        with args.check.open(encoding="utf-8") as fh:
            lines = [json.loads(line) for line in fh if line.strip()]
        problems = check({sid: sentences[sid] for sid in ids}, lines)
        print("\n".join(problems) or f"ok: {len(lines)} sentences")
        return 1 if problems else 0
    for sid in ids:
        text = sentences[sid]
        print(f"## {sid}\n{text}")
        for start, end in mark_pairs(text) or []:
            print(f'  {start}-{end} "{text[start:end]}"')
        for start, end in single_candidates(text):
            print(f"  {start}-{end} '{text[start:end]}' (single marks: quotation or not?)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
