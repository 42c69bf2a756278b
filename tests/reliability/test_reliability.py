"""Nothing lost, nothing leaked: the adversarial run of issue 12 as a bounded suite.

Separate OS processes against a real SQLite file and the session's PostgreSQL server: kill -9
during saves, imports and backups; 20 workstations saving one story at once; saves, trash
moves and status changes racing; 20 imports of one file at once; 18 first starts on a new
store; a 2 MB import while another workstation writes; fuzzed imports; a corrupt, a
read-only and a full store. Every figure that must be zero is asserted; the table is printed
at the end of the run (`benchmarks/soak.py --minutes N` runs the same scenarios for longer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_full_disk_refuses_in_one_line_and_keeps_what_was_stored(tmp_path: Path, record) -> None:
    figures = record(harness.full_store(tmp_path))
    _assert_clean(figures)


def test_worst_case_analysis_time_is_measured(record) -> None:
    """Printed per KB in the table; linear time is issue 13's (app/core/analysis)."""
    figures = record(harness.analysis_per_kb((5_000, 10_000, 20_000)))
    _assert_clean(figures)


# -- fuzzed imports --------------------------------------------------------------------------------


def test_fuzzed_imports_never_crash(tmp_path: Path, record) -> None:
    figures = record(harness.fuzz_imports(f"sqlite:///{tmp_path / 'fuzz.db'}", examples=120))
    _assert_clean(figures)
