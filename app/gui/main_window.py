"""The main window: composition of the panels, docks, menus and toolbars, and the one wiring block.

It decides nothing: what happens when is in the panels, the autosaver and the dialogs. The
story flow (open, close, recent, recovery) is in window_story_flow, the commands that open
dialogs (print, export, history, amend, provenance...) in window_commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.core.model import PublicationKind
from app.gui import first_paint, icons, theme
from app.gui.actions import DOCKS, FORMATTING, MENUS, RECENT, TOOLBARS, Actions
from app.gui.autosave import Autosaver
from app.gui.dialogs.find_replace_dialog import FindReplaceDialog
from app.gui.dialogs.guide_dialog import GuideDialog
from app.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.gui.file_drop import FileDropFilter
from app.gui.panels.credits_panel import CreditsPanel
from app.gui.panels.editor import EditorPanel
from app.gui.panels.no_story import NoStoryPanel
from app.gui.panels.quote_sidebar import QuoteSidebarPanel
from app.gui.panels.story_list import StoryListPanel
from app.gui.panels.welcome import WelcomePanel
from app.gui.provenance_runner import ProvenanceRunner
from app.gui.recent import RecentMenu, RecentStories
from app.gui.recovery import RecoveryJournal
from app.gui.review.banner import EditorBanner
from app.gui.review.controller import ReviewController
from app.gui.review.live import LiveSync
from app.gui.review.review_panel import ReviewPanel
from app.gui.status_bar import StatusBar
from app.gui.story_lock import StoryLock
from app.gui.window_commands import StoryCommandsMixin
from app.gui.window_layout import WindowLayout
from app.gui.window_story_flow import WORKSPACE_PAGE, StoryFlowMixin

if TYPE_CHECKING:
    from app.core.services import Desk


class MainWindow(StoryFlowMixin, StoryCommandsMixin, QMainWindow):
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
        self.editor.proofing.set_desk(desk)
        self.welcome = WelcomePanel()
        self.sidebar = QuoteSidebarPanel(desk)
        self.credits = CreditsPanel(desk)
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setObjectName("workspaceSplitter")
        self.workspace.setChildrenCollapsible(False)
        self.no_story = NoStoryPanel()
        self.editor_stack = QStackedWidget()
        self.editor_stack.setObjectName("editorStack")
        self.editor_stack.addWidget(self.no_story)
        self.editor_stack.addWidget(self.editor)
        self.workspace.addWidget(self.story_list)
        self.workspace.addWidget(self.editor_stack)
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
        self.tabifyDockWidget(self.quotes_dock, self.review_dock)  # window_layout keeps it so
        self.quotes_dock.raise_()

        self.status = StatusBar(desk.info.display_name)
        self.setStatusBar(self.status)
        self.journal = journal or RecoveryJournal()
        self.autosaver = Autosaver(desk, self.editor, self.journal, self)
        self.recent = RecentStories(self.settings, self.autosaver.database, self)
        self.recent_menu = RecentMenu(self.recent, self)
        self.provenance = ProvenanceRunner(desk, self)
        self._open_view = False
        self.reviewing = ReviewController(desk, self.editor, self.autosaver, self.review, self)
        self.lock = StoryLock(lambda: desk.info.read_only, self)  # the text's and the credits' lock
        self.live = LiveSync(desk, self.editor, self.autosaver, self.banner, self.reviewing,
                             self.actions.claim_story, self.lock, self)  # fmt: skip
        self.drop_filter = FileDropFilter(self)
        for target in (self, self.story_list.table.viewport(), self.welcome):
            target.setAcceptDrops(True)
            target.installEventFilter(self.drop_filter)

        self._build_menus()
        self._build_toolbars()
        self.layout_keeper = WindowLayout(self, self.settings)
        self._connect_signals()
        self._story_opened(None)  # no story yet: nothing to save, export or undo
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
        """The menu bar as actions.MENUS lists it (the shortcut reference reads the same)."""
        bar = self.menuBar()
        self.quotes_dock.toggleViewAction().setText("Quotes and sources panel")
        self.credits_dock.toggleViewAction().setText("Credits panel")
        self.review_dock.toggleViewAction().setText("Review panel")
        self.menus: dict[str, QMenu] = {}
        for title, items in MENUS.items():
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu{title.strip('&')}")
            self.menus[title.strip("&")] = menu
            for name in items:
                if name is None:
                    menu.addSeparator()
                elif name == RECENT:
                    menu.addMenu(self.recent_menu)
                elif name == DOCKS:
                    menu.addAction(self.quotes_dock.toggleViewAction())
                    menu.addAction(self.credits_dock.toggleViewAction())
                    menu.addAction(self.review_dock.toggleViewAction())
                else:
                    menu.addAction(getattr(self.actions, name))

    def _build_toolbars(self) -> None:
        for name, title, items in TOOLBARS:
            bar = QToolBar(title, self)
            bar.setObjectName(name)
            bar.setAccessibleName(f"{title} toolbar")
            bar.setMovable(True)
            for item in items:
                if item is None:
                    bar.addSeparator()
                else:
                    bar.addAction(getattr(self.actions, item))
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
        a.correct_story.triggered.connect(lambda: self._amend(PublicationKind.CORRECTION))
        a.update_story.triggered.connect(lambda: self._amend(PublicationKind.UPDATE))
        self.banner.correct_requested.connect(a.correct_story.trigger)
        self.banner.update_requested.connect(a.update_story.trigger)
        a.kill_story.triggered.connect(lambda: self._amend(PublicationKind.KILL))
        a.audit_report.triggered.connect(self._audit)
        a.quit.triggered.connect(self.close)
        a.print.triggered.connect(lambda: self._print(preview=False))
        a.print_preview.triggered.connect(lambda: self._print(preview=True))
        a.show_trash.toggled.connect(lst.show_trash)
        a.guide.triggered.connect(lambda: GuideDialog.ask(self))
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog.ask(self))
        self.recent_menu.open_requested.connect(self.open_recent)
        a.undo.triggered.connect(ed.undo)
        a.redo.triggered.connect(ed.redo)
        a.find.triggered.connect(lambda: FindReplaceDialog.ask(self, ed.text_edit))
        a.replace.triggered.connect(lambda: FindReplaceDialog.ask(self, ed.text_edit, replace=True))
        a.bold.triggered.connect(ed.toggle_bold)
        a.italic.triggered.connect(ed.toggle_italic)
        a.subhead.triggered.connect(ed.toggle_subhead)
        a.block_quote.triggered.connect(ed.toggle_block_quote)
        a.bullets.triggered.connect(lambda: ed.toggle_list(numbered=False))
        a.numbers.triggered.connect(lambda: ed.toggle_list(numbered=True))
        a.link.triggered.connect(self._link)
        ed.editable_changed.connect(self._sync_formatting_actions)
        self.lock.changed.connect(self._apply_lock)
        self._apply_lock(self.lock.state)
        self._sync_formatting_actions(ed.editable())
        a.check_quotes.triggered.connect(self.sidebar.check_quotes)
        a.provenance.triggered.connect(lambda: self.show_provenance(archive=False))
        a.find_originals.triggered.connect(lambda: self.show_provenance(archive=True))
        self.provenance.finished.connect(self._provenance_ready)
        self.sidebar.check_finished.connect(lambda: self.show_provenance(view=False))
        self.provenance.failed.connect(lambda m: self.status.showMessage(m, 15000))
        a.focus_list.triggered.connect(lst.table.setFocus)
        a.focus_search.triggered.connect(self._focus_search)
        a.focus_editor.triggered.connect(ed.text_edit.setFocus)
        a.focus_quotes.triggered.connect(self._focus_quotes)
        a.focus_credits.triggered.connect(self._focus_credits)
        a.dark_mode.toggled.connect(self._set_dark)
        a.about.triggered.connect(self._about)
        a.suggest_edits.toggled.connect(self.reviewing.suggest.set_enabled)
        a.add_comment.triggered.connect(self.reviewing.comment_on_selection)
        a.accept_all.triggered.connect(lambda: self.reviewing.decide("accept", (), True, None))
        a.reject_all.triggered.connect(lambda: self.reviewing.decide("reject", (), True, None))
        a.accept_here.triggered.connect(lambda: self.reviewing.decide_here("accept"))
        a.reject_here.triggered.connect(lambda: self.reviewing.decide_here("reject"))
        a.next_change.triggered.connect(lambda: self.reviewing.step(forward=True))
        a.previous_change.triggered.connect(lambda: self.reviewing.step(forward=False))
        a.assign_story.triggered.connect(self._assign)
        a.focus_review.triggered.connect(self._focus_review)
        # Undo and Redo follow the document's undoAvailable/redoAvailable, and each new undo
        # step (a run of typing is one): not every keystroke. Loading a story clears the
        # stacks and Qt does not say so again when typing starts on it (Undo stayed grey
        # while Ctrl+Z worked), hence undoCommandAdded; _story_opened sets both at a load.
        document = ed.text_edit.document()
        document.undoAvailable.connect(self.actions.undo.setEnabled)
        document.redoAvailable.connect(self.actions.redo.setEnabled)
        document.undoCommandAdded.connect(self._sync_undo_actions)
        # Welcome view, and the editor's place while no story is open
        self.no_story.new_requested.connect(self._new_story)
        self.no_story.reopen_requested.connect(self.reopen_last)
        lst.trash_shown.connect(self._trash_shown)
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
        saver.story_opened.connect(ed.proofing.set_story)
        saver.story_saved.connect(self.status.show_story)
        saver.story_saved.connect(lambda s: lst.refresh(s.id))
        saver.story_saved.connect(lambda _s: self.sidebar.refresh())
        saver.story_saved.connect(self._sync_publication_state)
        saver.story_copied.connect(lambda s: lst.refresh(s.id))
        saver.save_failed.connect(self._save_failed)
        # Editor <-> sidebar, status bar
        ed.text_edited.connect(saver.note_edit)
        ed.text_edited.connect(self.status.show_unsaved)
        ed.markdown_changed.connect(self.sidebar.set_text)
        ed.markdown_changed.connect(lambda _md: self.status.show_counts(*ed.counts()))
        ed.metadata.status.activated.connect(
            lambda _i: self.status.show_status(ed.metadata.status.currentData())
        )
        ed.format_changed.connect(self._sync_format_actions)
        ed.cursor_offset_changed.connect(self.sidebar.select_quote_at)
        self.sidebar.select_requested.connect(ed.select_range)
        self.sidebar.highlights_changed.connect(ed.highlight_quotes)
        self.sidebar.tips_changed.connect(ed.tips.set_spans)
        ed.proofing.findings_changed.connect(self.sidebar.set_proofing_findings)
        ed.proofing.headline_findings_changed.connect(self.sidebar.set_headline_proofing_findings)
        self.sidebar.headline_select_requested.connect(ed.select_headline_range)
        ed.proofing.message_posted.connect(self.status.showMessage)
        self.credits.credits_changed.connect(lambda _c: self.sidebar.refresh())
        # Review and live updates
        self.reviewing.message.connect(lambda m: self.status.showMessage(m, 8000))
        self.reviewing.story_changed.connect(lambda s: lst.refresh(s.id))
        self.live.message.connect(lambda m: self.status.showMessage(m, 8000))
        self.live.list_changed.connect(lst.follow_changes)
        self.live.presence_changed.connect(lst.model.set_presence)

    # -- small glue the actions need ------------------------------------------------------------

    def _sync_formatting_actions(self, editable: bool) -> None:
        """Bold, lists, link… only where they can act: grey with no story or a locked one."""
        for name in FORMATTING:
            getattr(self.actions, name).setEnabled(editable)

    def _sync_undo_actions(self) -> None:
        """Undo and Redo enabled exactly when the open story's text has a step to take."""
        document = self.editor.text_edit.document()
        self.actions.undo.setEnabled(document.isUndoAvailable())
        self.actions.redo.setEnabled(document.isRedoAvailable())

    def _focus_review(self) -> None:
        self.review_dock.show()
        self.review_dock.raise_()
        self.review.focus_list()

    def _focus_search(self) -> None:
        """The search box had no key of its own: Ctrl+1, then Shift+Tab past the filters."""
        if self.stack.currentIndex() != WORKSPACE_PAGE:
            return  # the welcome page: no stories to search yet
        self.story_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.story_list.search.selectAll()

    def _focus_quotes(self) -> None:
        self.quotes_dock.show()
        self.quotes_dock.raise_()
        self.sidebar.tree.setFocus()

    def _focus_credits(self) -> None:
        """The credits had no key of their own (Ctrl+3, then Tab past the evidence): on the
        current credit, or the first, so arrows, F2 and Delete act at once."""
        self.credits_dock.show()
        self.credits_dock.raise_()
        table = self.credits.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))

    def _sync_format_actions(self) -> None:
        state = self.editor.format_state()
        for name, checked in state.items():
            getattr(self.actions, name).setChecked(checked)

    def _save_story_columns(self) -> None:
        self.settings.setValue("window/storyColumns", self.story_list.columns.save_state())

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
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><br>An offline editorial workstation for "
            f"newsrooms.<br><br>Database: {info.display_name} ({info.backend}, schema "
            f"{info.schema_version})",
        )

    def _after_first_paint(self) -> None:
        """Icons (qtawesome) load after the window is on screen: start-up stays quick; then
        the story worked on last opens again, as it was left."""
        self.actions.apply_icons()
        self.welcome.set_icons()
        icons.load_deferred()
        self.lock.follow(self.editor.story())  # a store opened quickly is now known read-only
        if self.live.start():
            self.live.apply_lock(self.editor.story())
        if self.stack.currentIndex() == WORKSPACE_PAGE:
            self.reopen_last()

    # -- settings, closing ----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        header = s.value("window/storyColumns")
        if isinstance(header, QByteArray):
            self.story_list.columns.restore_state(header)
        dark = s.value("view/dark")
        dark = theme.system_prefers_dark() if dark is None else str(dark).lower() == "true"
        self.actions.dark_mode.blockSignals(True)
        self.actions.dark_mode.setChecked(dark)
        self.actions.dark_mode.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.layout_keeper.size_settled()  # this size's layout, remembered or the default

    def apply_default_layout(self) -> None:
        """List, editor and docks in proportion to the window (see app/gui/window_layout.py)."""
        self.layout_keeper.apply_default()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        self.layout_keeper.save()
        s.setValue("window/storyColumns", self.story_list.columns.save_state())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosaver.save("close")  # if the store refuses, the journal keeps the text
        self.live.stop()  # others see this window leave (and its claim go)
        self.save_settings()
        event.accept()
