"""The window as a user meets it: import, list, open, quotes and credits, select, shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from app.gui.main_window import WORKSPACE_PAGE, MainWindow
from app.gui.models.story_table_model import StoryColumn
from tests.gui.conftest import add_story, open_story


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt does not route synthetic drops to widgets; hand it to the window's filter.
    assert window.drop_filter.eventFilter(window, event)


def test_import_open_quotes_credits_and_select(qtbot, window, desk, wire_story: Path) -> None:
    from app.gui.models.quote_tree_model import ItemKind, Role

    _drop(window, wire_story)  # drag-and-drop of a file onto the window
    assert window.stack.currentIndex() == WORKSPACE_PAGE
    model = window.story_list.model
    assert model.rowCount() == 1
    assert "Night Ferries" in model.index(0, StoryColumn.HEADLINE).data()
    story = window.editor.story()
    assert story is not None and story.headline.startswith("Port Authority Halts")
    assert window.windowTitle().startswith("Port Authority Halts")

    tree = window.sidebar.model
    qtbot.waitUntil(lambda: len(tree.rows_of_kind(ItemKind.QUOTE)) == 8, timeout=10000)
    speakers = {
        i.data(Qt.ItemDataRole.DisplayRole).split(" (")[0]
        for i in tree.rows_of_kind(ItemKind.SPEAKER)
    }
    assert "Marta Okafor" in speakers
    assert window.credits.model.rowCount() == 8

    quote_index = tree.rows_of_kind(ItemKind.QUOTE)[0]
    rect = window.sidebar.tree.visualRect(quote_index)
    qtbot.mouseClick(window.sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = window.editor.text_edit.textCursor().selectedText()
    start, end = quote_index.data(Role.SPAN)[:2] if quote_index.data(Role.SPAN) else (0, 0)
    assert selected and selected in window.editor.markdown()[start - 1 : end + 1]
    assert window.editor.text_edit.extraSelections(), "quotes are tinted in the editor"


def test_export_action_opens_the_export_dialog(qtbot, window, desk, monkeypatch, tmp_path) -> None:
    from app.gui.dialogs.export_dialog import ExportDialog

    story = add_story(desk)
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    asked: list = []
    target = tmp_path / "out.html"

    def fake(cls, parent, desk_, story_):
        asked.append(story_.id)
        target.write_text("x")
        return target

    monkeypatch.setattr(ExportDialog, "ask", classmethod(fake))
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [story.id]
    assert str(target) in window.status.currentMessage()


def test_shortcuts_docks_toolbars_and_accessible_names(window) -> None:
    a = window.actions
    expected = {
        "new_story": QKeySequence(QKeySequence.StandardKey.New),
        "import_files": QKeySequence(QKeySequence.StandardKey.Open),
        "save": QKeySequence(QKeySequence.StandardKey.Save),
        "find": QKeySequence(QKeySequence.StandardKey.Find),
        "replace": QKeySequence("Ctrl+H"),
        "export": QKeySequence("Ctrl+E"),
        "link": QKeySequence("Ctrl+K"),
        "focus_list": QKeySequence("Ctrl+1"),
        "focus_editor": QKeySequence("Ctrl+2"),
        "focus_quotes": QKeySequence("Ctrl+3"),
        "check_quotes": QKeySequence("F5"),
    }
    for name, keys in expected.items():
        assert getattr(a, name).shortcut() == keys, name
    shortcuts = [x.shortcut().toString() for x in a.all() if not x.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "no shortcut is defined twice"
    for widget in window.findChildren(QDockWidget) + window.findChildren(QToolBar):
        assert widget.objectName(), widget
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    assert window.dockWidgetArea(docks["quotesDock"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(docks["creditsDock"]) == Qt.DockWidgetArea.RightDockWidgetArea
    mine = [window.story_list, window.editor, window.welcome, window.status]
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit)
    for panel in mine:
        for widget in [w for w in panel.findChildren(QWidget) if isinstance(w, kinds)]:
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            if widget.metaObject().className() == "QComboBoxListView":
                continue  # a combo box's own popup
            if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea"):
                continue
            assert widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text()
            ), f"{type(widget).__name__} in {panel.objectName()} has no accessible name"


def test_keyboard_focus_paths(qtbot, window, desk) -> None:
    story = add_story(desk)
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    window._update_page()
    window.activateWindow()
    window.actions.focus_list.trigger()
    assert window.story_list.table.hasFocus()
    window.actions.focus_editor.trigger()
    assert window.editor.text_edit.hasFocus()
    window.story_list.search.setText("council")
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    search = window.story_list.search
    assert search.hasFocus() and search.selectedText() == "council", "typing replaces it"


def test_ctrl_5_goes_to_the_credits_on_a_credit(qtbot, window, desk, ferry) -> None:
    """The credits had no key (Ctrl+3, then Tab past the evidence, was the only way there)."""
    from tests.gui.conftest import open_story

    open_story(window, ferry)
    window.activateWindow()
    window.actions.focus_editor.trigger()
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    table = window.credits.table
    assert table.hasFocus() and table.currentIndex().row() == 0
    assert window.actions.focus_credits in window.menus["View"].actions()


def test_geometry_and_layout_are_restored(qtbot, desk, settings, no_recovery_prompt) -> None:
    first = MainWindow(desk, settings=settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    first.credits_dock.hide()
    first.workspace.setSizes([420, 700])
    sizes = first.workspace.sizes()
    first.close()
    second = MainWindow(desk, settings=settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.credits_dock.isVisible()
    assert second.workspace.sizes()[0] == sizes[0]


def test_search_as_you_type_runs_off_the_gui_thread(qtbot, window, desk) -> None:
    add_story(desk, "Harbour bridge closes", body="Engineers found rust on the cables.\n")
    add_story(desk, "Library fees scrapped", body="Borrowing fell by a fifth.\n")
    window.story_list.refresh()
    window._update_page()
    qtbot.keyClicks(window.story_list.search, "rust")
    qtbot.waitUntil(lambda: window.story_list.model.searching, timeout=5000)
    model = window.story_list.model
    assert model.rowCount() == 1
    assert model.index(0, StoryColumn.HEADLINE).data() == "Harbour bridge closes"
    window.story_list.search.clear()
    qtbot.waitUntil(lambda: not window.story_list.model.searching, timeout=5000)
    assert model.rowCount() == 2


def test_delete_asks_first_and_trash_restores(qtbot, window, desk, monkeypatch) -> None:
    from app.gui.dialogs.confirm import ConfirmDialog

    story = add_story(desk)
    lst = window.story_list
    lst.refresh()
    window._update_page()
    lst.table.setCurrentIndex(lst.model.index(0, StoryColumn.HEADLINE))
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a, **k: None))
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete)
    assert desk.count_stories() == 1  # cancelled
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete)
    assert desk.count_stories() == 0
    assert window.editor.story() is None
    lst.status_filter.setCurrentIndex(lst.status_filter.findData("__trash__"))
    lst.apply_filters()
    assert lst.model.rowCount() == 1
    lst.table.setCurrentIndex(lst.model.index(0, StoryColumn.HEADLINE))
    assert lst.restore_current()
    assert desk.get_story(story.id).deleted_at is None


def test_paste_as_new_story(qtbot, window, desk) -> None:
    QApplication.clipboard().setText(
        "Storm closes schools\n\nSchools across the county closed on Monday, officials said.\n"
    )
    window.actions.paste_as_new.trigger()
    assert desk.count_stories() == 1
    assert window.editor.story().headline == "Storm closes schools"


def test_undo_and_redo_are_enabled_only_when_they_would_do_something(qtbot, window, desk) -> None:
    a = window.actions
    assert not a.undo.isEnabled() and not a.redo.isEnabled(), "no story open"
    first, second = add_story(desk, "First"), add_story(desk, "Second")
    open_story(window, first)
    assert not a.undo.isEnabled() and not a.redo.isEnabled(), "a story just opened"
    text = window.editor.text_edit
    text.setFocus()
    qtbot.keyClicks(text, "More")
    assert a.undo.isEnabled() and not a.redo.isEnabled()
    a.undo.trigger()
    assert a.redo.isEnabled()
    window.autosaver.switch_to(second.id)
    assert not a.undo.isEnabled() and not a.redo.isEnabled(), "nothing carried to the next story"


def test_undo_follows_typing_in_a_story_started_with_new_story(qtbot, window) -> None:
    """Ctrl+N, a headline, then the body: Undo was left grey (and out of the Edit menu's
    reach) while Ctrl+Z in the text still undid, because no undoAvailable came."""
    a = window.actions
    a.new_story.trigger()
    qtbot.keyClicks(window.editor.metadata.headline, "Ferry strike ends")
    text = window.editor.text_edit
    text.setFocus()
    qtbot.keyClicks(text, "Crews return")
    assert a.undo.isEnabled(), "typing in the new story's text can be undone from the menu"
    a.undo.trigger()
    assert a.redo.isEnabled()
    assert a.undo.isEnabled() == text.document().isUndoAvailable()


def test_import_says_boilerplate_was_removed(qtbot, window) -> None:
    from tests.gui.conftest import FERRY

    window.story_list.import_paths([FERRY])
    assert window.status.currentMessage() == ("Imported 1 story; removed 1 passage of boilerplate.")


def test_file_import_of_a_page_whose_library_is_missing_says_which(
    qtbot, window, desk, monkeypatch
) -> None:
    """File → Import… of a saved page when trafilatura cannot be imported: a dialog names the
    package and how to install it, and nothing is imported (it used to do nothing visible)."""
    import sys

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "ferry-page.html"
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(page)], ""))
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(
        (title, text)))  # fmt: skip
    window.actions.import_files.trigger()
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Some files were not imported"
    assert text.startswith("ferry-page.html: Importing a saved web page (.html) needs the Python "
                           "package trafilatura")  # fmt: skip
    assert "pip install -r requirements/app.txt" in text
    assert desk.count_stories() == 0


def test_typing_does_not_resync_undo_and_redo_at_every_keystroke(
    qtbot, desk, settings, no_recovery_prompt, monkeypatch
) -> None:
    """Undo and Redo were set again at every change of the text (contentsChanged): a run of
    typing is one undo step, so they are looked at once, and still follow it."""
    synced = []
    original = MainWindow._sync_undo_actions
    monkeypatch.setattr(
        MainWindow, "_sync_undo_actions", lambda self, *a: synced.append(1) or original(self)
    )
    window = MainWindow(desk, settings=settings)
    qtbot.addWidget(window)
    window.show()
    open_story(window, add_story(desk))
    text = window.editor.text_edit
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    synced.clear()
    qtbot.keyClicks(text, " and thirty more characters here")
    assert window.actions.undo.isEnabled()
    assert len(synced) <= 2, f"{len(synced)} syncs for one run of typing"
    window.autosaver.stop_timers()
