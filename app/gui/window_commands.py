"""The window's story commands: print, export, history, amend, audit, provenance, link, assign.

Each saves the story first where the command reads the stored one, then runs its dialog or its
background job and reports on the status bar. A mixin of MainWindow; kept apart so
main_window.py holds the composition and wiring.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.core.errors import CopydeskError
from app.core.model import PublicationKind
from app.core.text.counts import counted
from app.gui.dialogs.amend_dialog import AmendDialog
from app.gui.dialogs.audit_dialog import AuditReportDialog
from app.gui.dialogs.confirm import TextPrompt
from app.gui.dialogs.export_dialog import ExportDialog
from app.gui.dialogs.history_dialog import HistoryDialog
from app.gui.dialogs.provenance_dialog import ProvenanceDialog


class StoryCommandsMixin:
    """The Story menu's commands (and Edit → Link) that open a dialog or start a job."""

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
        self.status.showMessage(f"{counted(len(report.findings), 'rewrite finding')}.", 10000)
        if self._open_view:
            ProvenanceDialog.ask(self, report, body)

    def _link(self) -> None:
        url = TextPrompt.ask(
            self, "Link", "Web address (empty removes the link):", self.editor.selected_link()
        )
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
