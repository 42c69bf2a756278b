"""Check that the copy analysis gives exactly the results it gave before (for speed work).

Runs `analyze()` on every text of polnear-dev, the ODD lines of real-copy-dev (the even half is
held out and never read), the invented set, the synthetic stories of analysis_speed.py (cold,
and edited one paragraph at a time through a warm AnalysisCache) and the text fixtures under
tests/fixtures (with and without a credit), serialises every result in full (every field of
every quote, source, institutional source, anonymous sourcing and finding) and compares it with
a snapshot written by the same script from an earlier commit.

    python benchmarks/analysis_identity.py --write /tmp/snapshot.json   # on the reference commit
    python benchmarks/analysis_identity.py --check /tmp/snapshot.json   # after a change

Prints one line per corpus; exits 1 on any difference (the first differing text is shown).
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.analysis_speed import make_story

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "corpora" / "polnear-dev" / "polnear_dev_direct_quotes.jsonl"
ARTICLES = SHARED / "corpora" / "real-copy-dev" / "articles.jsonl"
INVENTED = ROOT / "benchmarks" / "gold" / "invented" / "articles.jsonl"
FIXTURES = ROOT / "tests" / "fixtures"


STORE_ONLY = frozenset({("Quote", "speaker_by")})
"""(class, field) pairs the store fills and the analysis never sets. Left out while None, so a
snapshot written before the field existed still compares; a value the analysis did set shows."""


def plain(value: object) -> object:
    """Every field of a result as JSON-able data (dataclasses by field, enums by name)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        kind = type(value).__name__
        return {
            "__type__": kind,
            **{
                f.name: plain(getattr(value, f.name))
                for f in dataclasses.fields(value)
                if (kind, f.name) not in STORE_ONLY or getattr(value, f.name) is not None
            },
        }
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, float):
        return repr(value)
    return value


def corpora() -> dict[str, list[tuple[str, str]]]:
    """(id, text) per corpus; only the odd lines of real-copy-dev are parsed."""
    out: dict[str, list[tuple[str, str]]] = {}
    with POLNEAR.open(encoding="utf-8") as fh:
        out["polnear-dev"] = [
            (r["id"], r["text"]) for r in (json.loads(line) for line in fh if line.strip())
        ]
    odd = []
    with ARTICLES.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if number % 2 == 1 and line.strip():  # the even lines are held out: never parsed
                article = json.loads(line)
                odd.append((f"line {number}", article["text"]))
    out["real-copy odd"] = odd
    with INVENTED.open(encoding="utf-8") as fh:
        out["invented"] = [
            (r["id"], r["text"]) for r in (json.loads(line) for line in fh if line.strip())
        ]
    out["synthetic"] = [(f"story {n}", make_story(n)) for n in (1_000, 5_000, 20_000)]
    out["fixtures"] = [
        (str(p.relative_to(FIXTURES)), p.read_text(encoding="utf-8"))
        for p in sorted(FIXTURES.rglob("*"))
        if p.suffix in (".txt", ".md") and p.is_file()
    ]
    return out


def results() -> dict[str, dict[str, object]]:
    from app.core.analysis.engine import AnalysisCache, analyze
    from app.core.model import Credit, CreditRole

    out: dict[str, dict[str, object]] = {}
    for name, texts in corpora().items():
        out[name] = {key: plain(analyze(text)) for key, text in texts}
    credit = (Credit(CreditRole.REPORTING, "Ilse Varga", "Tallinn"),)
    out["fixtures with a credit"] = {
        key: plain(analyze(text, credits=credit)) for key, text in corpora()["fixtures"]
    }
    # The GUI's path: one warm cache, one paragraph edited at a time.
    story = make_story(20_000)
    paragraphs = story.split("\n\n")
    cache = AnalysisCache()
    analyze(story, cache=cache)
    edits: dict[str, object] = {}
    for i in range(12):
        index = (i * 37) % len(paragraphs)
        paragraphs[index] += f" Officials said the work would resume on day {i}."
        edits[f"edit {i}"] = plain(analyze("\n\n".join(paragraphs), cache=cache))
    out["synthetic edits (warm cache)"] = edits
    return out


def digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the snapshot here (outside the repo)")
    group.add_argument("--check", type=Path, help="compare with this snapshot")
    args = parser.parse_args(argv)
    now = results()
    if args.write:
        args.write.write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
        for name, texts in now.items():
            print(f"{name:<30} {len(texts):>4} texts  written  {digest(texts)}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    failed = False
    for name in sorted(set(before) | set(now), key=list(now).index):
        old, new = before.get(name, {}), now.get(name, {})
        differing = [key for key in set(old) | set(new) if old.get(key) != new.get(key)]
        status = "identical" if not differing else f"DIFFERENT in {len(differing)}"
        print(f"{name:<30} {len(new):>4} texts  {status}  {digest(new)}")
        if differing:
            failed = True
            key = sorted(differing)[0]
            print(f"  first: {key}")
            a = json.dumps(old.get(key), sort_keys=True, indent=1).splitlines()
            b = json.dumps(new.get(key), sort_keys=True, indent=1).splitlines()
            import difflib

            for line in list(difflib.unified_diff(a, b, lineterm="", n=2))[:40]:
                print("   ", line)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
