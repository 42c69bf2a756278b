"""Start-up: the list paints from the light reader, and the full store opens right after."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.core.model import Story
from app.core.services import Desk
from app.core.startup import StartupDesk
from app.gui import first_paint
from app.gui.application import _finish_opening
from app.gui.main_window import MainWindow


def test_the_window_paints_the_list_then_opens_the_store(
    qtbot, sqlite_url: str, settings: QSettings, no_recovery_prompt
) -> None:
    seeded = Desk.open(sqlite_url, user="ed")
    for n in range(3):
        seeded.create_story(Story(headline=f"Council story {n}", body="Text."), analyse=False)
    seeded.close()

    desk = StartupDesk(sqlite_url, user="ed")
    window = MainWindow(desk, settings=settings)
    qtbot.addWidget(window)
    assert not desk.is_open  # building the window needed only the light reader
    assert window.story_list.model.rowCount() == 3
    first_paint.after_first_paint(window, lambda: _finish_opening(window, desk))
    window.show()
    qtbot.waitUntil(lambda: desk.is_open, timeout=5000)
    window.story_list.table.selectRow(0)
    qtbot.waitUntil(
        lambda: window.editor.metadata.headline.text().startswith("Council story"), timeout=5000
    )
    window.close()
    desk.close()
