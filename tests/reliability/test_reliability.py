"""Nothing lost, nothing leaked: the adversarial run of issue 12 as a bounded suite.

Separate OS processes against a real SQLite file and the session's PostgreSQL server: kill -9
during saves, imports and backups; 20 workstations saving one story at once; saves, trash
moves and status changes racing; 20 imports of one file at once; 18 first starts on a new
store; a 2 MB import while another workstation writes; fuzzed imports; a corrupt, a
read-only and a full store. Every figure that must be zero is asserted; the table is printed
at the end of the run (`benchmarks/soak.py --minutes N` runs the same scenarios for longer).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import CopydeskError
from tests.reliability import harness

pytestmark = pytest.mark.reliability


def _assert_clean(figures: harness.Figures, expect_conflicts: bool = False) -> None:
    assert figures.failures == [], figures.failures[:5]
    assert figures.lost == 0
    assert figures.operations > 0
    assert figures.succeeded + figures.conflicts <= figures.operations


def test_kill_9_rounds_lose_nothing(database_url: str, record) -> None:
    figures = record(harness.kill_rounds(database_url, rounds=10))
    _assert_clean(figures)
    assert figures.succeeded == 10  # every round really was a SIGKILL
    assert figures.notes["reported done"] > 0


def test_twenty_workstations_save_one_story_at_once(database_url: str, record) -> None:
    figures = record(harness.concurrent_saves(database_url, processes=20))
    _assert_clean(figures)
    assert (figures.succeeded, figures.conflicts) == (1, 19)


def test_saves_trash_moves_and_status_changes_race_without_a_lost_update(
    database_url: str, record
) -> None:
    figures = record(harness.mixed_operations(database_url, processes=8, rounds=12))
    _assert_clean(figures)


def test_twenty_imports_of_one_file_at_once_all_succeed(database_url: str, record) -> None:
    figures = record(harness.concurrent_imports(database_url, processes=20))
    _assert_clean(figures)
    assert figures.succeeded == 20


def test_eighteen_first_starts_on_a_new_store_all_succeed(database_url: str, record) -> None:
    figures = record(harness.first_starts(database_url, processes=18))
    _assert_clean(figures)
    assert figures.succeeded == 18


def test_a_2_mb_import_lets_other_workstations_write(database_url: str, record) -> None:
    """The longest wait is printed in the table (a figure, not a timed assertion)."""
    figures = record(harness.import_while_writing(database_url, 2_000_000))
    _assert_clean(figures)
    assert figures.succeeded >= 2  # the import and at least one save while it ran


def test_a_corrupt_store_is_refused_in_one_line(tmp_path: Path, record) -> None:
    figures = record(harness.corrupt_store(tmp_path))
    _assert_clean(figures)
    assert figures.succeeded == figures.operations


def test_a_read_only_store_can_be_read(tmp_path: Path, record) -> None:
    figures = record(harness.read_only_store(tmp_path))
    _assert_clean(figures)
    assert figures.succeeded == figures.operations == 4


def test_a_full_disk_refuses_in_one_line_and_keeps_what_was_stored(tmp_path: Path,
                                                                   record) -> None:
    figures = record(harness.full_store(tmp_path))
    _assert_clean(figures)


def test_worst_case_analysis_time_is_measured(record) -> None:
    """Printed per KB in the table; linear time is issue 13's (app/core/analysis)."""
    figures = record(harness.analysis_per_kb((5_000, 10_000, 20_000)))
    _assert_clean(figures)


# -- fuzzed imports --------------------------------------------------------------------------------

FUZZ = harness.Figures("fuzzed imports (hypothesis)", "SQLite")

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=2000)
_html = st.builds(
    lambda title, paragraphs, junk: (
        f"<!DOCTYPE html{junk}><html><head><title>{title}</title></head><body>"
        + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    ),
    _text, st.lists(_text, max_size=8), st.sampled_from(["", " [ <!ENTITY x 'y'> ]", "><!--"]),
)  # fmt: skip
_ninjs = st.recursive(
    st.none() | st.booleans() | st.integers() | _text,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["headline", "body_text", "body_html", "byline",
                                       "headlines", "value", "role", "uri", "keywords"])
                      | _text, children, max_size=5),
    max_leaves=12,
)  # fmt: skip
_inputs = st.one_of(
    st.tuples(st.just("story.txt"), _text),
    st.tuples(st.just("story.md"), _text.map(lambda t: f"---\nheadline: {t[:40]}\n---\n{t}")),
    st.tuples(st.just("page.html"), _html),
    st.tuples(st.just("item.json"), _ninjs.map(lambda d: __import__("json").dumps(d))),
    st.tuples(st.just("raw.bin"), st.binary(max_size=2000).map(lambda b: b.decode("latin-1"))),
)


@pytest.fixture(scope="module")
def fuzz_desk(tmp_path_factory):
    from app.core.services import Desk

    desk = Desk.open(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}", user="fuzz")
    yield desk
    desk.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(case=_inputs)
def test_fuzzed_imports_never_crash(fuzz_desk, case) -> None:
    name, text = case
    started = time.perf_counter()
    outcome = "ok"
    try:
        fuzz_desk.import_text(text, name)
    except CopydeskError as exc:
        outcome = "refused" if "\n" not in str(exc).strip() else harness.outcome_of(exc)
    except BaseException as exc:
        outcome = harness.outcome_of(exc)
    took = time.perf_counter() - started
    FUZZ.operations += 1
    FUZZ.succeeded += outcome == "ok"
    if outcome not in ("ok", "refused"):
        FUZZ.failures.append(f"{name}: {outcome}")
    if took > float(FUZZ.notes.get("slowest s", 0.0)):
        FUZZ.notes["slowest s"] = round(took, 3)
        FUZZ.notes["slowest input"] = f"{name} of {len(text)} chars"
    assert outcome in ("ok", "refused"), outcome


def test_fuzzed_imports_are_in_the_table(record) -> None:
    record(FUZZ)
    assert FUZZ.operations > 0 and FUZZ.failures == []
