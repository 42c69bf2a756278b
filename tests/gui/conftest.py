"""GUI fixtures: a main window on the real SQLite `desk`, with settings in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.core.model import Story
from app.gui.background import wait_for_background_work


@pytest.fixture(autouse=True)
def _no_background_work_left_over() -> Iterator[None]:
    """No test inherits another's pool task (a late result used to land in the next test)."""
    wait_for_background_work()
    yield
    assert wait_for_background_work(), "background work still running after the test"


MODAL_SECONDS = 20
"""How long a modal dialog may stay open in a test before it is closed and the test failed."""


@pytest.fixture(autouse=True)
def _no_modal_dialog_left_open(qapp) -> Iterator[None]:
    """A dialog a test did not expect (no patched `ask`, no timer to answer it) is closed and the
    test fails naming it: offscreen, nobody can answer it, and the whole run hung until CI's
    limit instead (a status change that began asking for a reason did just that)."""
    stuck: list[str] = []
    seen: dict[str, object] = {"widget": None, "ticks": 0}

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is not seen["widget"]:
            seen.update(widget=modal, ticks=0)
            return
        seen["ticks"] = int(seen["ticks"]) + 1
        if int(seen["ticks"]) >= MODAL_SECONDS and isinstance(modal, QDialog):
            stuck.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
            modal.reject()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a modal dialog nobody answered was left open: {stuck}"


@pytest.fixture
def desk(desk) -> Iterator:
    """The shared `desk`, closed only after the panels' background work has finished with it."""
    yield desk
    wait_for_background_work()


@pytest.fixture
def story(desk, wire_story: Path) -> Story:
    """The project's wire story (tests/fixtures/wire), imported into the test's store."""
    return desk.import_file(wire_story).story


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def no_recovery_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.gui.dialogs.recovery_dialog import RecoveryDialog

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: None))


@pytest.fixture
def window(qtbot, desk, settings, no_recovery_prompt) -> Iterator:
    from app.gui.main_window import MainWindow

    win = MainWindow(desk, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.autosaver.stop_timers()


def add_story(desk, headline: str = "Council votes on budget", body: str = "", **kw) -> Story:
    body = body or (
        'The council voted 7-2 on Tuesday. "We have no choice," said Mayor Ana Ruiz.\n\n'
        "A second paragraph with *emphasis* and **strong** words.\n"
    )
    return desk.create_story(Story(headline=headline, body=body, **kw), analyse=False)


FERRY = Path(__file__).resolve().parents[1] / "fixtures" / "wire" / "harbour-ferry.txt"
"""The project's own wire story (quotes, credits, a subhead, boilerplate): tests/fixtures/wire."""


@pytest.fixture
def ferry(desk) -> Story:
    """The harbour-ferry wire fixture imported into the test's store."""
    return desk.import_file(FERRY).story


def open_story(window, story: Story) -> None:
    """What clicking the story in the list does: the window shows it, docks and all."""
    window._update_page()
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
