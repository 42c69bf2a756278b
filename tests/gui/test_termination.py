"""A stop signal closes the window as its close button does (app/gui/termination.py)."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import Qt

from app.core.services import Desk
from app.gui.termination import close_on_stop_signals
from tests.gui.conftest import add_story, open_story


def test_sigterm_saves_the_story_and_leaves_presence(qtbot, window, desk, sqlite_url) -> None:
    """Logging out sends SIGTERM: the typed headline was left to the crash journal and the
    window stayed "editing" for other workstations until its heartbeat went stale."""
    story = add_story(desk, "Harbour vote delayed")
    open_story(window, story)
    qtbot.keyClick(window.editor.metadata.headline, Qt.Key.Key_End)
    qtbot.keyClicks(window.editor.metadata.headline, " again")
    assert window.live.start()
    colleague = Desk.open(sqlite_url, user="colleague")
    restore = close_on_stop_signals(window)
    try:
        qtbot.waitUntil(lambda: bool(colleague.presence(story.id)), timeout=5000)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        assert colleague.presence(story.id) == []  # gone now, not in half a minute
    finally:
        restore()
        colleague.close()
    assert desk.get_story(story.id).headline == "Harbour vote delayed again"


def test_restore_puts_the_previous_handlers_back(window) -> None:
    before = signal.getsignal(signal.SIGINT)
    restore = close_on_stop_signals(window)
    assert signal.getsignal(signal.SIGINT) is not before
    restore()
    assert signal.getsignal(signal.SIGINT) is before
