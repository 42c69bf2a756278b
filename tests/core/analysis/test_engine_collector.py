"""The cyclic garbage collector is paused only while an analysis runs (engine.analyze)."""

from __future__ import annotations

import gc

import pytest

from app.core.analysis import engine
from app.core.analysis.engine import analyze

STORY = "“We will appeal,” Ana Ruiz said.\n\nHer lawyer, Tom Vell, agreed."


def test_the_collector_is_back_on_after_an_analysis() -> None:
    # left off, a long session in the window would keep every reference cycle it ever made
    assert gc.isenabled()
    assert [q.speaker for q in analyze(STORY).quotes] == ["Ana Ruiz"]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        analyze(STORY)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_when_an_analysis_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        assert not gc.isenabled()  # paused while the work runs
        raise RuntimeError("broken reading")

    monkeypatch.setattr(engine, "_analyze", fail)
    with pytest.raises(RuntimeError, match="broken reading"):
        analyze(STORY)
    assert gc.isenabled()
