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
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.core.errors import CopydeskError
from app.core.model import PublicationKind, StoryStatus
from app.gui import first_paint, icons, theme
from app.gui.actions import DOCKS, MENUS, RECENT, TOOLBARS, Actions
from app.gui.autosave import Autosaver
from app.gui.dialogs.amend_dialog import AmendDialog
from app.gui.dialogs.audit_dialog import AuditReportDialog
from app.gui.dialogs.confirm import TextPrompt
from app.gui.dialogs.export_dialog import ExportDialog
from app.gui.dialogs.find_replace_dialog import FindReplaceDialog
from app.gui.dialogs.guide_dialog import GuideDialog
from app.gui.dialogs.history_dialog import HistoryDialog
from app.gui.dialogs.provenance_dialog import ProvenanceDialog
from app.gui.dialogs.recovery_dialog import RecoveryDialog
from app.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.gui.file_drop import FileDropFilter
from app.gui.panels.credits_panel import CreditsPanel
from app.gui.panels.editor import EditorPanel
from app.gui.panels.no_story import NoStoryPanel
from app.gui.panels.quote_sidebar import QuoteSidebarPanel
from app.gui.panels.story_list import StoryListPanel
from app.gui.panels.welcome import WelcomePanel, sample_paths
from app.gui.provenance_runner import ProvenanceRunner
from app.gui.recent import RecentMenu, RecentStories
from app.gui.recovery import RecoveryJournal
from app.gui.review.banner import EditorBanner
from app.gui.review.controller import ReviewController
from app.gui.review.live import LiveSync
from app.gui.review.review_panel import ReviewPanel
from app.gui.status_bar import StatusBar
from app.gui.window_layout import WindowLayout

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

        self.status = StatusBar(desk.info.display_name, desk.info.read_only)
        self.setStatusBar(self.status)
        self.journal = journal or RecoveryJournal()
        self.autosaver = Autosaver(desk, self.editor, self.journal, self)
        self.recent = RecentStories(self.settings, self.autosaver.database, self)
        self.recent_menu = RecentMenu(self.recent, self)
        self.provenance = ProvenanceRunner(desk, self)
        self._open_view = False
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
        a.check_quotes.triggered.connect(self.sidebar.check_quotes)
        a.provenance.triggered.connect(lambda: self.show_provenance(archive=False))
        a.find_originals.triggered.connect(lambda: self.show_provenance(archive=True))
        self.provenance.finished.connect(self._provenance_ready)
        self.sidebar.check_finished.connect(lambda: self.show_provenance(view=False))
        self.provenance.failed.connect(lambda m: self.status.showMessage(m, 15000))
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
        ed.proofing.message_posted.connect(self.status.showMessage)
        self.credits.credits_changed.connect(lambda _c: self.sidebar.refresh())
        # Review and live updates
        self.reviewing.message.connect(lambda m: self.status.showMessage(m, 8000))
        self.reviewing.story_changed.connect(lambda s: lst.refresh(s.id))
        self.live.message.connect(lambda m: self.status.showMessage(m, 8000))
        self.live.list_changed.connect(lst.follow_changes)
        self.live.presence_changed.connect(lst.model.set_presence)

    # -- small glue the actions need ------------------------------------------------------------

    def _story_opened(self, story: Story | None) -> None:
        self.status.clearMessage()  # a message about the last story is not about this one
        self.status.show_story(story)
        document = self.editor.text_edit.document()  # a fresh story: nothing to undo or redo
        self.actions.undo.setEnabled(document.isUndoAvailable())
        self.actions.redo.setEnabled(document.isRedoAvailable())
        if story is not None:
            self.status.show_counts(*self.editor.counts())
            self.editor.emit_markdown_now()  # offsets the sidebar reports refer to this text
        self.setWindowTitle(f"{story.headline or story.slug} — {APP_NAME}" if story else APP_NAME)
        for action in (self.actions.save, self.actions.export, self.actions.history,
                       self.actions.delete_story, self.actions.check_quotes,
                       self.actions.print, self.actions.print_preview,
                       self.actions.audit_report, self.actions.provenance,
                       self.actions.find_originals,
                       self.actions.add_comment, self.actions.accept_all, self.actions.reject_all,
                       self.actions.claim_story, self.actions.assign_story):
            action.setEnabled(story is not None)
        self._sync_publication_state(story)
        self.recent.note(story)
        self._show_editor_or_hint()

    def _show_editor_or_hint(self) -> None:
        story = self.editor.story()
        if story is None:
            last = self.recent.last()
            self.no_story.show_state(self.story_list.in_trash(), last.title if last else None)
        self.editor_stack.setCurrentWidget(self.editor if story else self.no_story)

    def _trash_shown(self, shown: bool) -> None:
        self.actions.show_trash.blockSignals(True)
        self.actions.show_trash.setChecked(shown)
        self.actions.show_trash.blockSignals(False)
        self._show_editor_or_hint()

    def open_recent(self, uid: str) -> bool:
        """Open a story by uid (File → Open recent); one gone since is said so and forgotten."""
        try:
            story = self.desk.get_story(uid)
        except CopydeskError:
            story = None
        if story is None or story.deleted_at is not None:
            self.recent.forget(uid)
            self.status.showMessage(
                "That story is no longer here: it was deleted (see View → Trash) or purged.", 8000
            )
            self._show_editor_or_hint()
            return False
        if self.story_list.in_trash():
            self.story_list.show_trash(False)
        self.story_list.refresh(story.id)
        return self.autosaver.switch_to(story.id)

    def reopen_last(self) -> bool:
        """The story worked on last (on a later launch, the window opens it again)."""
        last = self.recent.last()
        if last is None or self.editor.story() is not None:
            return False
        return self.open_recent(last.uid)

    def _print(self, preview: bool) -> bool:
        """Print the stored story (saved first), as a proof with its slug, status and version."""
        # Qt's printing module loads here, not at start-up.
        from app.gui import printing
        from app.gui.dialogs.print_dialog import PrintDialog, PrintPreview

        dialog = PrintPreview if preview else PrintDialog
        self.autosaver.save("save")
        story = self.editor.story()
        if story is None:
            return False
        try:
            document = printing.story_document(self.desk, self.desk.get_story(story.id))
        except CopydeskError as exc:
            self.status.showMessage(f"Cannot print: {exc}", 10000)
            return False
        printed = dialog.ask(self, document)
        if printed:
            self.status.showMessage(f"Printed “{story.headline or story.slug}”.", 8000)
        return printed

    def _sync_publication_state(self, story: Story | None) -> None:
        """Published text is what readers saw: locked until a correction or update reopens
        it; a killed story is final. The Story menu offers what the status allows."""
        status = story.status if story is not None else None
        published = status is StoryStatus.PUBLISHED
        self.actions.correct_story.setEnabled(published)
        self.actions.update_story.setEnabled(published)
        self.actions.kill_story.setEnabled(story is not None and status is not StoryStatus.KILLED)
        locked = published or status is StoryStatus.KILLED
        claimed = self.live.locked_by is not None  # someone else's soft lock (LiveSync)
        self.editor.set_read_only(self.desk.info.read_only or locked or claimed)
        if published:
            self.status.showMessage(
                "Published: the text is locked. Story → Correct… or Update… reopens it.", 10000
            )
        elif status is StoryStatus.KILLED:
            self.status.showMessage("Killed: the story is withdrawn for good.", 10000)

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

    def _amend(self, kind: PublicationKind) -> None:
        """Correct, update (back to editing with a note) or kill (with a reason) the story."""
        self.autosaver.save("save")
        story = self.editor.story()
        if story is None:
            return
        text = AmendDialog.ask(self, kind, story.headline or story.slug)
        if text is None:
            return
        try:
            if kind is PublicationKind.KILL:
                self.desk.kill(story.id, text)
            else:
                self.desk.amend(story.id, kind, text)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Not done", str(exc))
            return
        self.autosaver.open(self.desk.get_story(story.id))
        self.story_list.refresh(story.id)
        done = {PublicationKind.CORRECTION: "Correction opened: publish again to send it",
                PublicationKind.UPDATE: "Update opened: publish again to send it",
                PublicationKind.KILL: "Killed: exports are now a kill notice"}  # fmt: skip
        self.status.showMessage(done[kind], 10000)

    def _audit(self) -> None:
        self.autosaver.save("save")  # the report reads the stored story
        story = self.editor.story()
        if story is not None:
            AuditReportDialog.ask(self, self.desk, story.id)

    def show_provenance(self, archive: bool = False, view: bool = True) -> None:
        """Align the saved story with its attachments (and the archive) off this thread; the
        findings join the sidebar, and with `view` the provenance view opens."""
        story = self.editor.story()
        if story is None:
            return
        if not view:  # after a quote check: the sidebar's findings only, quietly
            if self.provenance.job is None and self.desk.documents(story.id):
                self._open_view = False
                self.provenance.run(story.id)
            return
        self.autosaver.save("save")
        story = self.editor.story()
        if not archive and not self.desk.documents(story.id):
            self.status.showMessage(
                "Attach the original first (Quotes and sources: Attach…), or find originals "
                "in the archive.", 10000)  # fmt: skip
            return
        if self.provenance.job is not None:
            self.status.showMessage("Still comparing the story with its sources; try again.")
            return
        self._open_view = True
        if self.provenance.run(story.id, archive=archive) is not None:
            where = "the archive" if archive else "the attached sources"
            self.status.showMessage(f"Comparing the story with {where}…")

    def _provenance_ready(self, report: object, body: str) -> None:
        from app.core.model import Finding

        if not report.materials:
            self.status.showMessage("No similar story or document in the archive.", 10000)
            return
        current = self.editor.story()
        if current is None or current.slug != report.story:
            return  # the desk moved on to another story meanwhile
        if not self._open_view and body != self.sidebar.text:
            return  # edited since it was saved: the findings' offsets would be off
        self.sidebar.set_rewrite_findings(
            [Finding(f.severity, f.code, f.message, f.story.start, f.story.end)
             for f in report.findings]
        )  # fmt: skip
        self.status.showMessage(f"{len(report.findings)} rewrite finding(s).", 10000)
        if self._open_view:
            ProvenanceDialog.ask(self, report, body)

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
            self, f"About {APP_NAME}",
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
        if self.live.start():
            self.live.apply_lock(self.editor.story())
        if self.stack.currentIndex() == WORKSPACE_PAGE:
            self.reopen_last()

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
