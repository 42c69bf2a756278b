"""What only ../shared can show, checked where the evaluation data lives (benchmarks may read it;
the tests own their fixtures and run in a clone with nothing beside it).

- No run of 8 words from ../shared's texts appears in tests/, app/, benchmarks/, docs/ or the
  README: the project's fixtures and examples are its own writing (the real-copy gold holds
  offsets plus speakers' names and mentions as written, by its documented format).
- The shared wire samples import and analyse as their hand-made expectations say (text the
  project was not shaped around).
- The shared wire sample's editorialising and loaded verbs are flagged, and no correctly spelled
  capitalised word is flagged as a misspelling.
- IPTC's own ninjs examples import, or (the extension schema) are refused in one clear line.
- The MSRP sentence gold's offsets sit between the quotation marks of the sentences they name,
  and every passage the lister finds is annotated (the gold holds offsets, not the sentences).

Prints one line per check and exits 1 if any fails (`.ci/run` runs it).

    python benchmarks/shared_checks.py
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tools.copycheck import REAL_COPY_GOLD, copied, shared_runs  # noqa: E402


def check_no_copied_text() -> list[str]:
    known = shared_runs(SHARED)
    if len(known) < 100_000:
        return ["the shared texts were not read"]
    problems = copied(ROOT / "tests", known)
    # IPTC's format examples are left out for the code: the exporter must name the schema URI.
    prose = {run: path for run, path in known.items() if "formats" not in path.parts}
    for place in (ROOT / "app", ROOT / "benchmarks", ROOT / "docs", ROOT / "README.md"):
        problems += copied(place, prose, skip=REAL_COPY_GOLD)
    return problems


def _samples() -> list[tuple[Path, dict]]:
    folder = SHARED / "samples" / "wire"
    found = []
    for expected in sorted(folder.glob("*.expected.json")):
        truth = json.loads(expected.read_text(encoding="utf-8"))
        found.append((folder / truth["source_file"], truth))
    return found


def check_wire_samples() -> list[str]:
    from app.core.analysis.engine import analyze
    from app.core.importing import read_file
    from app.core.importing.assemble import paragraph_count

    problems: list[str] = []
    samples = _samples()
    if not samples:
        return ["no *.expected.json in samples/wire"]
    for source, truth in samples:
        draft = read_file(source).draft
        got = {
            "headline": draft.headline,
            "subheads": list(draft.subheads),
            "body_paragraphs": paragraph_count(draft),
            "stripped_boilerplate": list(draft.removed),
            "desk_tag": draft.desk_tag,
            "credits": [(c.role.value, c.name, c.location) for c in draft.credits],
        }
        want = dict(truth, credits=[(c["role"], c["name"], c["location"])
                                    for c in truth["credits"]])  # fmt: skip
        problems += [f"{source.name}: {key} differs" for key in got if got[key] != want[key]]
        text = source.read_text(encoding="utf-8")
        quotes = analyze(text).quotes
        if [q.text for q in quotes] != [e["text"] for e in truth["quotes"]]:
            problems.append(f"{source.name}: quotes differ")
            continue
        for quote, expected in zip(quotes, truth["quotes"], strict=True):
            if (quote.speaker, quote.cue) != (expected["speaker"], expected["cue"]):
                problems.append(
                    f"{source.name}: {quote.text[:40]!r} is {quote.speaker}/"
                    f"{quote.cue}, expected {expected['speaker']}/{expected['cue']}"
                )
    return problems


def check_wire_sample_proofing() -> list[str]:
    from app.core.proofing import service

    path = SHARED / "samples" / "wire" / "atacms-rewrite.txt"
    text = path.read_text(encoding="utf-8")
    findings = service.check_text(None, text)
    style = {(f.rule, text[f.start : f.end]) for f in findings if f.code == "style"}
    editorial = {w for r, w in style if r == "editorialising"}
    verbs = {w for r, w in style if r in ("said-before-quote", "said-after-quote",
                                           "loaded-attribution-verb")}  # fmt: skip
    problems = [
        f"editorialising not flagged: {w}"
        for w in {"In a startling twist", "dramatic", "undeniably"} - editorial
    ]
    problems += [
        f"verb not flagged: {w}"
        for w in {"noted", "emphasized", "remarked", "asserted", "declared"} - verbs
    ]
    problems += [f"capitalised word flagged as a misspelling: {text[f.start : f.end]}"
                 for f in findings
                 if f.code == "spelling" and text[f.start : f.start + 1].isupper()]  # fmt: skip
    return problems


def check_ninjs_examples() -> list[str]:
    from app.core.errors import InputError
    from app.core.importing import read_file

    examples = sorted((SHARED / "formats" / "ninjs" / "examples").glob("*.json"))
    if not examples:
        return ["no ninjs examples"]
    problems = []
    for path in examples:
        try:
            result = read_file(path)
        except InputError as exc:
            if "extension-schema" not in path.name or "ninjs" not in str(exc):
                problems.append(f"{path.name}: refused ({exc})")
            continue
        if "extension-schema" in path.name:
            problems.append(f"{path.name}: a JSON Schema imported as a news item")
        elif result.kind != "ninjs" or not result.draft.headline:
            problems.append(f"{path.name}: no ninjs headline")
    return problems


def check_msrp_gold() -> list[str]:
    import importlib.util

    folder = ROOT / "benchmarks" / "gold" / "msrp"
    spec = importlib.util.spec_from_file_location("msrp_sentences", folder / "sentences.py")
    if spec is None or spec.loader is None:
        return ["benchmarks/gold/msrp/sentences.py not found"]
    lister = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lister)
    problems = []
    for half, sentences in lister.halves().items():
        with (folder / f"{half}.jsonl").open(encoding="utf-8") as fh:
            lines = [json.loads(line) for line in fh if line.strip()]
        problems += [f"{half}: {problem}" for problem in lister.check(sentences, lines)]
    return problems


CHECKS: dict[str, Callable[[], list[str]]] = {
    "no text of ../shared copied into the project": check_no_copied_text,
    "shared wire samples import and analyse as expected": check_wire_samples,
    "shared wire sample proofing": check_wire_sample_proofing,
    "IPTC's ninjs examples import or are refused clearly": check_ninjs_examples,
    "the MSRP sentence gold fits its sentences": check_msrp_gold,
}


def main() -> int:
    if not SHARED.is_dir():
        print(f"../shared is not beside the repository ({SHARED})", file=sys.stderr)
        return 1
    failed = 0
    for name, check in CHECKS.items():
        problems = check()
        print(f"{'ok  ' if not problems else 'FAIL'} {name}")
        for problem in problems:
            print(f"     {problem}")
        failed += bool(problems)
    print(f"{len(CHECKS) - failed} of {len(CHECKS)} checks passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
