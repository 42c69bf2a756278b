"""No text from ../shared is copied under tests/: the project's fixtures are its own writing.

../shared's samples, corpora and format examples are read at run time only (by the tests marked
`shared` and the benchmarks); a copy would turn evaluation data into training data and put text
the project has no licence for into its repository. Any run of 8 words found both there and in a
file under tests/ fails, naming the file, the words and where they come from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
RUN = 8
# The texts of ../shared: news copy, quote and paraphrase corpora, ninjs examples. Schemas and
# READMEs beside them are left out: their code samples (imports) are not prose.
SHARED_TEXTS = ("samples/**/*", "corpora/**/*", "formats/*/examples/*")
# The one deliberate copy: IPTC's ninjs schema (CC BY 4.0 / MIT, attributed in NOTICE.md), a
# format specification rather than prose, so exports are validated without ../shared.
LICENSED_SCHEMAS = TESTS / "fixtures" / "ninjs" / "schema"
ROOT = TESTS.parent
# The real-copy gold is offsets plus the speakers' names and the mentions as written, by its
# documented format (benchmarks/gold/RULES.md): an organisation's long name is not prose.
REAL_COPY_GOLD = ("real_copy_odd.jsonl", "real_copy_even.jsonl")
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


@pytest.mark.shared
def test_no_run_of_eight_words_from_shared_appears_under_tests(shared: Path) -> None:
    known = shared_runs(shared)
    assert len(known) > 100_000, "the shared texts were not read"
    problems = copied(TESTS, known)
    assert not problems, "text copied from ../shared: " + "; ".join(problems)


@pytest.mark.shared
def test_no_run_of_eight_words_from_shared_appears_in_the_code_or_the_docs(shared: Path) -> None:
    """The engine's comments and docstrings give invented examples, never corpus sentences.
    IPTC's format examples are left out here: the exporter must name the same schema URI."""
    known = {run: path for run, path in shared_runs(shared).items() if "formats" not in path.parts}
    problems: list[str] = []
    for place in (ROOT / "app", ROOT / "benchmarks", ROOT / "docs", ROOT / "README.md"):
        problems += copied(place, known, skip=REAL_COPY_GOLD)
    assert not problems, "text copied from ../shared: " + "; ".join(problems)


def test_the_check_finds_a_copied_run_in_a_fixture(tmp_path: Path) -> None:
    source = tmp_path / "shared" / "corpora" / "articles.jsonl"
    source.parent.mkdir(parents=True)
    article = "The harbour master said on Monday that all crossings would resume at dawn."
    source.write_text(json.dumps({"id": 1, "text": article}) + "\n", encoding="utf-8")
    tests = tmp_path / "tests"
    (tests / "fixtures").mkdir(parents=True)
    (tests / "fixtures" / "own.txt").write_text("Ferries sail again at dawn.", encoding="utf-8")
    (tests / "fixtures" / "copy.txt").write_text(
        "Officials said: the Harbour Master said on Monday that ALL crossings\nwould resume.",
        encoding="utf-8",
    )
    problems = copied(tests, shared_runs(tmp_path / "shared"))
    assert len(problems) == 1 and problems[0].startswith("fixtures/copy.txt")
    assert "(from articles.jsonl)" in problems[0]
