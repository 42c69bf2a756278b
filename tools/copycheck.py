"""The copy check's reading of files: runs of eight words, compared between the shared evaluation
texts and the project's files (benchmarks/shared_checks.py runs it on the folder beside the
clone; tests/test_no_shared_text.py tests it on files of its own). It lives in tools/, not in
tests/, because it is the one reader of those texts outside benchmarks/: no test reads them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the repository
RUN = 8
# The texts of ../shared: news copy, quote and paraphrase corpora, ninjs examples. Schemas and
# READMEs beside them are left out: their code samples (imports) are not prose.
SHARED_TEXTS = ("samples/**/*", "corpora/**/*", "formats/*/examples/*")
# The one deliberate copy: IPTC's ninjs schema (CC BY 4.0 / MIT, attributed in NOTICE.md), a
# format specification rather than prose, so exports are validated without ../shared.
LICENSED_SCHEMAS = ROOT / "tests" / "fixtures" / "ninjs" / "schema"
# The real-copy gold is offsets plus the speakers' names and the mentions as written, by its
# documented format (benchmarks/gold/RULES.md): an organisation's long name is not prose.
REAL_COPY_GOLD = ("real_copy_odd.jsonl", "real_copy_even.jsonl", "real_copy_even_b.jsonl")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def texts(path: Path) -> Iterator[str]:
    """A file's prose: the string values of JSON and JSON Lines, the whole text otherwise."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError):
        return  # binary (a .docx fixture): no prose to compare
    if path.suffix in (".json", ".jsonl"):
        try:
            lines = raw.splitlines() if path.suffix == ".jsonl" else [raw]
            values = [json.loads(line) for line in lines if line.strip()]
        except ValueError:
            yield raw
            return
        yield from _strings(values)
    else:
        yield raw


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def runs(text: str) -> Iterator[tuple[str, ...]]:
    found = words(text)
    for i in range(len(found) - RUN + 1):
        yield tuple(found[i : i + RUN])


def shared_runs(shared: Path) -> dict[tuple[str, ...], Path]:
    seen: dict[tuple[str, ...], Path] = {}
    for pattern in SHARED_TEXTS:
        for path in sorted(shared.glob(pattern)):
            if path.is_file():
                for text in texts(path):
                    for run in runs(text):
                        seen.setdefault(run, path)
    return seen


def copied(folder: Path, known: dict[tuple[str, ...], Path],
           skip: tuple[str, ...] = ()) -> list[str]:  # fmt: skip
    problems = []
    for path in sorted(folder.rglob("*") if folder.is_dir() else [folder]):
        if not path.is_file() or "__pycache__" in path.parts or path.name in skip:
            continue
        if path.is_relative_to(LICENSED_SCHEMAS):
            continue  # IPTC's ninjs schema, copied under its licence (NOTICE.md): a format
        for text in texts(path):
            for run in runs(text):
                if run in known:
                    where = path.relative_to(folder) if folder.is_dir() else path.name
                    problems.append(f"{where}: '{' '.join(run)}' "
                                    f"(from {known[run].name})")  # fmt: skip
                    break
    return problems
