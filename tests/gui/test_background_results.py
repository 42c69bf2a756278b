"""A pool task that ends after its panel was closed must not raise in Qt's event loop.

Each test holds the worker until the panel is deleted, then lets it finish and delivers the
queued result: pytest-qt fails the test if a slot raises ("Signal source has been deleted").
"""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtTest import QTest

from app.gui.background import wait_for_background_work
from app.gui.panels.quote_sidebar import QuoteSidebarPanel
from app.gui.panels.quote_sidebar_workers import AnalysisRunner, BackgroundJob
from app.gui.panels.story_list import StoryListPanel
from tests.gui.conftest import add_story


def _delete_now(obj: QObject) -> None:
    """What qtbot's teardown does (close + deleteLater), with the deletion forced at once."""
    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(obj)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Blocks the analysis in its pool thread until the test opens the gate."""
    from app.core.analysis import engine

    release = threading.Event()
    real = engine.analyze

    def held(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "analyze", held)
    return release


def test_analysis_result_for_a_deleted_runner_is_dropped(qapp, gate) -> None:
    owner = QObject()
    runner = AnalysisRunner(owner)
    received: list[object] = []
    runner.analysed.connect(lambda *args: received.append(args))
    runner.request('"We will see," she said.', immediately=True)
    _delete_now(owner)
    gate.set()
    assert wait_for_background_work()
    assert received == []


def test_sidebar_closed_while_analysing_is_harmless(qtbot, desk, story, gate) -> None:
    panel = QuoteSidebarPanel(desk)
    panel.show()
    panel.set_story(story)  # analysis starts at once, in the pool
    assert not panel.runner.is_idle()
    panel.close()
    _delete_now(panel)
    gate.set()
    assert wait_for_background_work()  # the result is queued, then discarded


def test_quote_check_finishing_after_its_panel_is_gone(qapp) -> None:
    owner = QObject()
    release = threading.Event()

    def job(report, token):
        release.wait(10)
        report(1, 1)
        return ["done"]

    background = BackgroundJob(job, owner)
    finished: list[object] = []
    background.finished.connect(finished.append)
    background.start()
    _delete_now(owner)
    release.set()
    assert wait_for_background_work()
    assert finished == []


def test_story_search_ending_after_the_list_is_closed(qtbot, desk, monkeypatch) -> None:
    add_story(desk, headline="Harbour dredging approved")
    release = threading.Event()
    real = desk.search

    def slow_search(query: str):
        release.wait(10)
        return real(query)

    monkeypatch.setattr(desk, "search", slow_search)
    panel = StoryListPanel(desk)
    panel.search.setText("harbour")
    panel._start_search()  # what the debounce timer does
    _delete_now(panel)
    release.set()
    assert wait_for_background_work()


def test_search_failure_in_the_pool_is_reported_not_raised(qtbot, desk, monkeypatch) -> None:
    panel = StoryListPanel(desk)
    qtbot.addWidget(panel)

    def broken(query: str, **_filters):
        raise ValueError("index unavailable")

    monkeypatch.setattr(desk, "search", broken)
    panel.search.setText("anything")
    with qtbot.waitSignal(panel.message_posted, timeout=5000) as posted:
        panel._start_search()
    assert "index unavailable" in posted.args[0]


def test_opening_a_story_paints_before_the_analysis_thread_starts(qtbot, desk, story) -> None:
    """The analysis holds the interpreter lock: starting it before the first paint made a
    20,000-word story take ~200 ms to open. It starts a moment later and still arrives."""
    panel = QuoteSidebarPanel(desk)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_story(story)
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert len(panel.content.quotes) == 8  # the stored quotes show at once
    with qtbot.waitSignal(panel.analysis_finished, timeout=10_000):
        pass


def test_the_same_text_is_analysed_once(qapp, monkeypatch) -> None:
    from app.core.analysis import engine

    calls: list[str] = []
    real = engine.analyze

    def counted(text, **kwargs):
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(engine, "analyze", counted)
    runner = AnalysisRunner(delay_ms=10)
    text = '"We will see," she said.'
    runner.request(text, immediately=True)
    runner.request(text)  # the editor sends the same Markdown right after opening
    assert wait_for_background_work()
    QTest.qWait(50)
    wait_for_background_work()
    assert calls == [text]
    runner.request(text + " More.")
    QTest.qWait(50)
    assert wait_for_background_work()
    assert len(calls) == 2
