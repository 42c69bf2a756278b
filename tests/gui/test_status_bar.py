"""The status bar tells the open story's state as it is now (issue 15, item 1)."""

from __future__ import annotations

from app.core.model import StoryStatus
from tests.gui.conftest import open_story


def _choose_status(qtbot, window, label: str) -> None:
    combo = window.editor.metadata.status
    index = combo.findText(label)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what picking it from the drop-down sends


def test_status_follows_the_form_and_the_save(qtbot, window, desk, ferry) -> None:
    open_story(window, ferry)
    assert window.status.status.text() == "Draft"
    _choose_status(qtbot, window, "Ready")
    assert window.status.status.text() == "Ready", "at once, before the autosave"
    window.actions.save.trigger()
    assert desk.get_story(ferry.id).status is StoryStatus.READY
    assert window.status.status.text() == "Ready", "and still after the save"
    _choose_status(qtbot, window, "Copy desk")
    window.autosaver.save("autosave")
    assert window.status.status.text() == "Copy desk"
