"""The main window: composition of the panels, docks, menus and toolbars, and the one wiring block.

It decides nothing: what happens when is in the panels, the autosaver and the dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.gui import first_paint, icons, theme
from app.gui.actions import Actions
from app.gui.autosave import Autosaver
from app.gui.dialogs.confirm import TextPrompt
from app.gui.dialogs.export_dialog import ExportDialog
from app.gui.dialogs.find_replace_dialog import FindReplaceDialog
from app.gui.dialogs.history_dialog import HistoryDialog
from app.gui.dialogs.recovery_dialog import RecoveryDialog
from app.gui.panels.credits_panel import CreditsPanel
from app.gui.panels.editor import EditorPanel
from app.gui.panels.quote_sidebar import QuoteSidebarPanel
from app.gui.panels.story_list import FileDropFilter, StoryListPanel
from app.gui.panels.welcome import WelcomePanel, sample_paths
from app.gui.recovery import RecoveryJournal
from app.gui.review.banner import EditorBanner
from app.gui.review.controller import ReviewController
from app.gui.review.live import LiveSync
from app.gui.review.review_panel import ReviewPanel
from app.gui.status_bar import StatusBar

if TYPE_CHECKING:
    from app.core.model import Story
    from app.core.services import Desk

WELCOME_PAGE, WORKSPACE_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        desk: Desk,
        journal: RecoveryJournal | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.desk = desk
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.setAcceptDrops(True)
        self.settings = settings or QSettings()
        self.actions = Actions(self)

        # -- panels ------------------------------------------------------------------------
        self.story_list = StoryListPanel(desk)
        self.editor = EditorPanel()
        self.welcome = WelcomePanel()
        self.sidebar = QuoteSidebarPanel(desk)
        self.credits = CreditsPanel(desk)
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setObjectName("workspaceSplitter")
        self.workspace.setChildrenCollapsible(False)
        self.workspace.addWidget(self.story_list)
        self.workspace.addWidget(self.editor)
        self.workspace.setStretchFactor(0, 0)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setSizes([310, 660])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.review = ReviewPanel()
        self.banner = EditorBanner()
        self.editor.layout().insertWidget(1, self.banner)
        self.quotes_dock = self._dock("quotesDock", "Quotes and sources", self.sidebar)
        self.credits_dock = self._dock("creditsDock", "Credits", self.credits)
        self.review_dock = self._dock("reviewDock", "Review", self.review)
        self.splitDockWidget(self.quotes_dock, self.credits_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.credits_dock, self.review_dock)
        self.credits_dock.raise_()
        self.resizeDocks([self.quotes_dock, self.credits_dock], [520, 280], Qt.Orientation.Vertical)
        self.resizeDocks([self.quotes_dock], [340], Qt.Orientation.Horizontal)

        self.status = StatusBar(desk.info.display_name, desk.info.read_only)
        self.setStatusBar(self.status)
        self.journal = journal or RecoveryJournal()
        self.autosaver = Autosaver(desk, self.editor, self.journal, self)
        self.reviewing = ReviewController(desk, self.editor, self.autosaver, self.review, self)
        self.live = LiveSync(desk, self.editor, self.autosaver, self.banner, self.reviewing,
                             self.actions.claim_story, self)  # fmt: skip
        self.drop_filter = FileDropFilter(self)
        for target in (self, self.story_list.table.viewport(), self.welcome):
            target.setAcceptDrops(True)
            target.installEventFilter(self.drop_filter)
        self.editor.set_read_only(desk.info.read_only)

        self._build_menus()
        self._build_toolbars()
        self._connect_signals()
        self._restore_settings()
        self._update_page()
        first_paint.after_first_paint(self, self._after_first_paint)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        menus = {
            "&File": [a.new_story, a.import_files, a.paste_as_new, a.load_samples, None,
                      a.save, a.export, None, a.quit],
            "&Edit": [a.undo, a.redo, None, a.find, a.replace, None, a.bold, a.italic,
                      a.subhead, a.block_quote, a.bullets, a.numbers, a.link],
            "&Story": [a.save, a.history, a.export, None, a.assign_story, a.claim_story, None,
                       a.delete_story],
            "&Review": [a.suggest_edits, None, a.add_comment, None, a.accept_all, a.reject_all,
                        None, a.focus_review],
            "&Quotes": [a.check_quotes, a.focus_quotes],
            "&View": [a.focus_list, a.focus_editor, a.focus_quotes, None,
                      self.quotes_dock.toggleViewAction(), self.credits_dock.toggleViewAction(),
                      self.review_dock.toggleViewAction(),
                      None, a.dark_mode],
            "&Help": [a.about],
        }
        for title, items in menus.items():
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu{title.strip('&')}")
            for item in items:
                if item is None:
                    menu.addSeparator()
                else:
                    menu.addAction(item)

    def _build_toolbars(self) -> None:
        a = self.actions
        for name, title, items in (
            ("mainToolBar", "Story", [a.new_story, a.import_files, a.save]),
            ("formatToolBar", "Format", [a.undo, a.redo, None, a.bold, a.italic, a.subhead,
                                         a.block_quote, a.bullets, a.numbers, a.link]),
            ("reviewToolBar", "Review", [a.check_quotes, a.suggest_edits, a.add_comment,
                                         a.history, a.export]),
        ):
            bar = QToolBar(title, self)
            bar.setObjectName(name)
            bar.setAccessibleName(f"{title} toolbar")
            bar.setMovable(True)
            for item in items:
                if item is None:
                    bar.addSeparator()
                else:
                    bar.addAction(item)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # -- the one wiring block -------------------------------------------------------------------

    def _connect_signals(self) -> None:
        a, ed, saver, lst = self.actions, self.editor, self.autosaver, self.story_list
        # Actions
        a.new_story.triggered.connect(self._new_story)
        a.import_files.triggered.connect(lst.choose_and_import)
        a.paste_as_new.triggered.connect(lst.paste_as_new)
        a.load_samples.triggered.connect(self._load_samples)
        a.save.triggered.connect(lambda: saver.save("save"))
        a.delete_story.triggered.connect(lst.delete_current)
        a.export.triggered.connect(self._export)
        a.history.triggered.connect(self._history)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(ed.text_edit.undo)
        a.redo.triggered.connect(ed.text_edit.redo)
        a.find.triggered.connect(lambda: FindReplaceDialog.ask(self, ed.text_edit))
        a.replace.triggered.connect(lambda: FindReplaceDialog.ask(self, ed.text_edit, replace=True))
        a.bold.triggered.connect(ed.toggle_bold)
        a.italic.triggered.connect(ed.toggle_italic)
        a.subhead.triggered.connect(ed.toggle_subhead)
        a.block_quote.triggered.connect(ed.toggle_block_quote)
        a.bullets.triggered.connect(lambda: ed.toggle_list(numbered=False))
        a.numbers.triggered.connect(lambda: ed.toggle_list(numbered=True))
        a.link.triggered.connect(self._link)
        a.check_quotes.triggered.connect(self.sidebar.check_quotes)
        a.focus_list.triggered.connect(lst.table.setFocus)
        a.focus_editor.triggered.connect(ed.text_edit.setFocus)
        a.focus_quotes.triggered.connect(self._focus_quotes)
        a.dark_mode.toggled.connect(self._set_dark)
        a.about.triggered.connect(self._about)
        a.suggest_edits.toggled.connect(self.reviewing.suggest.set_enabled)
        a.add_comment.triggered.connect(self.reviewing.comment_on_selection)
        a.accept_all.triggered.connect(lambda: self.reviewing.decide("accept", (), True, None))
        a.reject_all.triggered.connect(lambda: self.reviewing.decide("reject", (), True, None))
        a.assign_story.triggered.connect(self._assign)
        a.focus_review.triggered.connect(self._focus_review)
        ed.text_edit.undoAvailable.connect(a.undo.setEnabled)
        ed.text_edit.redoAvailable.connect(a.redo.setEnabled)
        # Welcome view
        self.welcome.new_requested.connect(self._new_story)
        self.welcome.import_requested.connect(lst.choose_and_import)
        self.welcome.samples_requested.connect(self._load_samples)
        self.drop_filter.files_dropped.connect(lst.import_paths)
        # Story list -> autosaver -> editor and docks
        lst.open_requested.connect(saver.switch_to)
        lst.stories_changed.connect(self._update_page)
        lst.message_posted.connect(self.status.showMessage)
        lst.columns_changed.connect(self._save_story_columns)
        saver.story_opened.connect(self._story_opened)
        saver.story_opened.connect(self.sidebar.set_story)
        saver.story_opened.connect(self.credits.set_story)
        saver.story_saved.connect(lambda s: self.status.show_saved(s.updated_at, s.updated_by))
        saver.story_saved.connect(lambda s: lst.refresh(s.id))
        saver.story_saved.connect(lambda _s: self.sidebar.refresh())
        saver.story_copied.connect(lambda s: lst.refresh(s.id))
        saver.save_failed.connect(self._save_failed)
        # Editor <-> sidebar, status bar
        ed.text_edited.connect(saver.note_edit)
        ed.text_edited.connect(self.status.show_unsaved)
        ed.markdown_changed.connect(self.sidebar.set_text)
        ed.markdown_changed.connect(lambda _md: self.status.show_counts(*ed.counts()))
        ed.format_changed.connect(self._sync_format_actions)
        ed.cursor_offset_changed.connect(self.sidebar.select_quote_at)
        self.sidebar.select_requested.connect(ed.select_range)
        self.sidebar.highlights_changed.connect(ed.highlight_quotes)
        self.credits.credits_changed.connect(lambda _c: self.sidebar.refresh())
        # Review and live updates
        self.reviewing.message.connect(lambda m: self.status.showMessage(m, 8000))
        self.reviewing.story_changed.connect(lambda s: lst.refresh(s.id))
        self.live.message.connect(lambda m: self.status.showMessage(m, 8000))
        self.live.list_changed.connect(lst.follow_changes)
        self.live.presence_changed.connect(lst.model.set_presence)

    # -- small glue the actions need ------------------------------------------------------------

    def _story_opened(self, story: Story | None) -> None:
        self.status.show_story(story)
        if story is not None:
            self.status.show_counts(*self.editor.counts())
            self.editor.emit_markdown_now()  # offsets the sidebar reports refer to this text
        self.setWindowTitle(f"{story.headline or story.slug} — {APP_NAME}" if story else APP_NAME)
        for action in (self.actions.save, self.actions.export, self.actions.history,
                       self.actions.delete_story, self.actions.check_quotes,
                       self.actions.add_comment, self.actions.accept_all, self.actions.reject_all,
                       self.actions.claim_story, self.actions.assign_story):
            action.setEnabled(story is not None)

    def _new_story(self) -> None:
        if self.story_list.new_story() is not None:
            self.editor.metadata.headline.setFocus()
            self.editor.metadata.headline.selectAll()

    def _load_samples(self) -> None:
        self.story_list.import_paths(sample_paths())

    def _update_page(self) -> None:
        empty = self.desk.count_stories() == 0 and self.desk.count_stories(trash=True) == 0
        self.stack.setCurrentIndex(WELCOME_PAGE if empty else WORKSPACE_PAGE)

    def _export(self) -> None:
        self.autosaver.save("save")  # the export renders the stored story
        story = self.editor.story()
        if story is not None:
            path = ExportDialog.ask(self, self.desk, self.desk.get_story(story.id))
            if path is not None:
                self.status.showMessage(f"Exported to {path}", 8000)

    def _history(self) -> None:
        self.autosaver.save("save")
        story = self.editor.story()
        if story is None:
            return
        restored = HistoryDialog.ask(self, self.desk, story.id)
        if restored is not None:
            self.autosaver.open(restored)
            self.story_list.refresh(restored.id)

    def _link(self) -> None:
        url = TextPrompt.ask(self, "Link", "Web address (empty removes the link):",
                             self.editor.selected_link())
        if url is not None:
            self.editor.set_link(url.strip())

    def _assign(self) -> None:
        story = self.editor.story()
        if story is None:
            return
        current = self.desk.get_story(story.id).assignee or ""
        name = TextPrompt.ask(self, "Assign", "Give this story to (empty: nobody):", current)
        if name is not None:
            self.reviewing.assign(name.strip() or None)

    def _focus_review(self) -> None:
        self.review_dock.show()
        self.review_dock.raise_()
        self.review.tree.setFocus()

    def _focus_quotes(self) -> None:
        self.quotes_dock.show()
        self.quotes_dock.raise_()
        self.sidebar.tree.setFocus()

    def _sync_format_actions(self) -> None:
        state = self.editor.format_state()
        for name, checked in state.items():
            getattr(self.actions, name).setChecked(checked)

    def _save_story_columns(self) -> None:
        header = self.story_list.table.horizontalHeader()
        self.settings.setValue("window/storyColumns", header.saveState())

    def _save_failed(self, message: str) -> None:
        self.status.showMessage(message, 15000)
        if self.desk.info.read_only or "read-only" in message or "locked" in message:
            QMessageBox.warning(self, "Not saved", message + "\n\nYour text stays in the editor.")

    def _set_dark(self, dark: bool) -> None:
        theme.apply_theme(QApplication.instance(), dark)
        self.actions.apply_icons()
        self.welcome.set_icons()
        icons.load_deferred()
        self.settings.setValue("view/dark", dark)

    def _about(self) -> None:
        info = self.desk.info
        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><br>An offline editorial workstation for "
            f"newsrooms.<br><br>Database: {info.display_name} ({info.backend}, schema "
            f"{info.schema_version})",
        )

    def _after_first_paint(self) -> None:
        """Icons (qtawesome) load after the window is on screen: start-up stays quick."""
        self.actions.apply_icons()
        self.welcome.set_icons()
        icons.load_deferred()
        if self.live.start():
            self.live.apply_lock(self.editor.story())

    # -- recovery, settings, closing ----------------------------------------------------------

    def offer_recovery(self) -> int:
        """After a crash: offer the journal's unsaved text; returns how many were restored."""
        entries = self.journal.entries(self.autosaver.database)
        if not entries:
            return 0
        chosen = RecoveryDialog.ask(self, entries)
        if chosen is None:
            return 0
        restored = sum(1 for entry in chosen if self.autosaver.restore(entry))
        for entry in entries:
            if entry not in chosen:
                self.journal.clear(entry.story_uid)
        self.story_list.refresh(self.editor.story().id if self.editor.story() else None)
        self._update_page()
        return restored

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/workspace")
        if isinstance(splitter, QByteArray):
            self.workspace.restoreState(splitter)
        self._layout_restored = isinstance(state, QByteArray) and isinstance(splitter, QByteArray)
        header = s.value("window/storyColumns")
        if isinstance(header, QByteArray):
            self.story_list.table.horizontalHeader().restoreState(header)
        dark = s.value("view/dark")
        dark = theme.system_prefers_dark() if dark is None else str(dark).lower() == "true"
        self.actions.dark_mode.blockSignals(True)
        self.actions.dark_mode.setChecked(dark)
        self.actions.dark_mode.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:
            self._layout_restored = True
            self.apply_default_layout()

    def apply_default_layout(self) -> None:
        """First start: list, editor and docks in proportion to the window (1280 to 1920 wide).

        At 1280x800 the editor keeps more than 60 characters a line; wider windows give the
        list room for all its columns and the docks room for long quotes.
        """
        width = self.width()
        list_width = max(300, min(700, 360 + int((width - 1280) * 0.53)))
        dock_width = max(340, min(500, 364 + int((width - 1280) * 0.22)))
        self.resizeDocks([self.quotes_dock], [dock_width], Qt.Orientation.Horizontal)
        self.editor.align_metadata(0)  # its current side margins must not hold the split
        central = max(1, width - dock_width)
        self.workspace.setSizes([list_width, max(1, central - list_width)])
        self.story_list.fit_headline()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/workspace", self.workspace.saveState())
        s.setValue("window/storyColumns", self.story_list.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosaver.save("close")  # if the store refuses, the journal keeps the text
        self.live.stop()  # others see this window leave (and its claim go)
        self.save_settings()
        event.accept()
