"""Export one story: format, credit style, destination, the publish gate's findings and a preview.

Blocking findings, and a story not yet ready, need a reason (kept with the export record and
shown in the story's history); a confidential name in the copy cannot be overridden. The
dialog stays open after exporting so the desk can open the file in a browser; `ask` returns
the written path, or None if nothing was exported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BlockedError, CopydeskError
from app.core.exporting.gate import GateResult
from app.core.model import Finding, Severity, Story, StoryStatus
from app.gui.quote_states import (
    STATES,
    QuoteState,
    severity_icon,
    severity_word,
    state_icon,
    themed_icon,
)

FORMAT_LABELS = {
    "html": "HTML page",
    "fragment": "HTML fragment",
    "ninjs": "ninjs (JSON)",
    "text": "Plain text",
}
STYLE_LABELS = {"reuters": "Reuters", "ap": "AP", "list": "List"}
_QUOTE_CODES = {
    "quote_altered": QuoteState.ALTERED,
    "quote_not_found": QuoteState.NOT_FOUND,
    "quote_disputed": QuoteState.DISPUTED,
    "quote_unverified": QuoteState.UNVERIFIED,
}
_SETTINGS_FOLDER = "export/folder"


def gate_summary(gate: object, story: Story) -> str:
    """The gate's say in a sentence or two, counted in the words the list uses."""
    counts = []
    for severity in Severity:
        n = sum(1 for f in gate.findings if Severity(f.severity) is severity)
        if n:
            counts.append(f"{n} {severity_word(severity, n)}")
    found = ", ".join(counts) if counts else "Nothing to fix"
    if gate.blocking and not gate.overridable:
        return f"{found}. A confidential name in the copy blocks the export; no reason releases it."
    status = str(story.status).replace("_", " ")
    if gate.blocking:
        also = f" The story is “{status}”, not ready." if gate.needs_confirmation else ""
        return f"{found}.{also} Exporting needs a reason, which is recorded."
    if gate.needs_confirmation:
        return (
            f"{found}; nothing blocks the export, but the story is “{status}”, not ready: "
            "exporting it needs a reason, which is recorded."
        )
    return f"{found}; nothing blocks the export."


def _default_folder() -> Path:
    saved = QSettings().value(_SETTINGS_FOLDER, "")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class ExportDialog(QDialog):
    """One story out of the desk, with the gate's say shown before anything is written."""

    def __init__(self, desk: object, story: Story, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.core.exporting import service

        self.setObjectName("exportDialog")
        self.setWindowTitle(f"Export “{story.headline or story.slug}”")
        self.setAccessibleName("Export story")
        self._service = service
        self.desk = desk
        self.story = story
        self.exported_path: Path | None = None
        self._gate = None
        self._build_ui()
        self._refresh_gate()
        self._update_preview()

    # -- layout ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        from app.core import config

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName("Export format")
        for key in self._service.FORMATS:
            self.format_combo.addItem(FORMAT_LABELS.get(key, key), key)
        self.style_combo = QComboBox()
        self.style_combo.setAccessibleName("Credit style")
        for key in STYLE_LABELS:
            self.style_combo.addItem(STYLE_LABELS[key], key)
        preferred = self.style_combo.findData(config.Preferences.load().credit_style)
        self.style_combo.setCurrentIndex(max(preferred, 0))

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("Destination file")
        self.browse_button = QPushButton("Browse…")
        self.browse_button.setAccessibleName("Choose the destination file")
        self.browse_button.clicked.connect(self._browse)
        destination = QHBoxLayout()
        destination.addWidget(self.path_edit, 1)
        destination.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow("&Format", self.format_combo)
        form.addRow("Credit &style", self.style_combo)
        form.addRow("&Destination", destination)
        form.labelForField(destination).setBuddy(self.path_edit)
        self._set_default_path()

        self.gate_summary = QLabel()
        self.gate_summary.setObjectName("gateSummary")
        self.gate_summary.setAccessibleName("Publish gate summary")
        self.gate_summary.setWordWrap(True)
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("gateFindings")
        self.findings_list.setAccessibleName("Publish gate findings")
        self.findings_list.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setAccessibleName("Reason to export anyway")
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.reason_label = QLabel("&Reason to export anyway (recorded with the export):")
        self.reason_label.setWordWrap(True)
        self.reason_label.setBuddy(self.reason_edit)
        self.why_label = QLabel()
        self.why_label.setObjectName("exportBlockedBecause")
        self.why_label.setAccessibleName("Why Export is not available")
        self.why_label.setWordWrap(True)

        gate_box = QWidget()
        gate_layout = QVBoxLayout(gate_box)
        gate_layout.setContentsMargins(0, 0, 0, 0)
        gate_layout.addWidget(self.gate_summary)
        gate_layout.addWidget(self.findings_list, 1)
        gate_layout.addWidget(self.reason_label)
        gate_layout.addWidget(self.reason_edit)
        gate_layout.addWidget(self.why_label)

        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName("Article preview")
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(gate_box)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setAccessibleName("Export result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browser_button = QPushButton(themed_icon("mdi6.open-in-new"), "Open in browser")
        self.browser_button.setAccessibleName("Open the exported file in a browser")
        self.browser_button.clicked.connect(self.open_in_browser)
        self.browser_button.setVisible(False)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.browser_button)

        self.buttons = QDialogButtonBox()
        self.buttons.setAccessibleName("Dialog buttons")
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setIcon(themed_icon("mdi6.file-export-outline"))
        self.export_button.setAccessibleName("Export")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close")
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self._close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(result_row)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.style_combo.currentIndexChanged.connect(self._update_preview)
        self.resize(980, 640)

    # -- state ----------------------------------------------------------------------------

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def style(self) -> str:
        return self.style_combo.currentData()

    def destination(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _set_default_path(self) -> None:
        from app.core.exporting.filenames import file_name

        folder = self.destination().parent if self.destination() else _default_folder()
        self.path_edit.setText(str(folder / file_name(self.story.slug or "story", self.fmt())))

    def _format_changed(self) -> None:
        self._set_default_path()
        self._update_preview()

    def _refresh_gate(self) -> None:
        try:
            self._gate = self._service.check_story(self.desk, self.story.id)
        except CopydeskError as error:
            self._gate = None
            self.gate_summary.setText(f"The publish gate could not run: {error}")
            self._update_buttons()
            return
        self.findings_list.clear()
        if self.story.status is StoryStatus.KILLED:  # nothing of the story goes out
            self._gate = GateResult(StoryStatus.PUBLISHED, ())
            self.gate_summary.setText("This story was killed: every export is its kill notice.")
            self.reason_label.setVisible(False)
            self.reason_edit.setVisible(False)
            self._update_buttons()
            return
        for finding in self._gate.findings:
            self.findings_list.addItem(self._finding_item(finding))
        self.gate_summary.setText(gate_summary(self._gate, self.story))
        wanted = self.reason_wanted()
        self.reason_label.setVisible(wanted)
        self.reason_edit.setVisible(wanted)
        self.reason_edit.setPlaceholderText(
            "Why publish despite the blocking findings?"
            if self._gate.blocking
            else "Why export before the story is ready?"
        )
        self._update_buttons()

    def reason_wanted(self) -> bool:
        """A reason releases blocking findings (but a confidential name) and a draft's status."""
        gate = self._gate
        if gate is None or (gate.blocking and not gate.overridable):
            return False
        return bool(gate.blocking) or gate.needs_confirmation

    @staticmethod
    def _finding_item(finding: Finding) -> QListWidgetItem:
        """Quote findings wear the quote-state icon; the rest their severity's."""
        state = _QUOTE_CODES.get(finding.code)
        severity = severity_word(finding.severity).capitalize()
        if state is not None:
            icon = state_icon(state)
            text = f"{severity} · {STATES[state].label}: {finding.message}"
        else:
            icon = severity_icon(finding.severity)
            text = f"{severity}: {finding.message}"
        if finding.paragraph is not None:
            text += f"\n    paragraph {finding.paragraph}: “{finding.context}”"
        item = QListWidgetItem(icon, text)
        item.setToolTip(finding.code)
        item.setData(Qt.ItemDataRole.UserRole, finding)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def blocked_reason(self) -> str | None:
        """Why Export is disabled, in words for the desk (None when it is allowed)."""
        if self._gate is None:
            return "The publish gate could not run."
        if self.destination() is None:
            return "Choose where to write the file."
        reason = self.reason_edit.text().strip()
        if self._gate.blocking and not self._gate.overridable:
            return "A confidential source is named in the copy; remove the name to export."
        if self._gate.blocking and not reason:
            return "Blocking findings: give a reason to export anyway."
        if self._gate.needs_confirmation and not reason:
            return "The story is not marked ready: give a reason to export it now."
        return None

    def _update_buttons(self) -> None:
        reason = self.blocked_reason()
        self.export_button.setEnabled(reason is None)
        self.export_button.setToolTip(reason or "Write the file")
        self.why_label.setText(reason or "")
        self.why_label.setVisible(reason is not None)

    def _update_preview(self) -> None:
        """The article as it will be written (rendered without the gate, nothing saved)."""
        try:
            content = self._service.render_preview(self.desk, self.story, self.fmt(), self.style())
        except CopydeskError as error:
            self.preview.setPlainText(f"No preview: {error}")
            return
        if self.fmt() in ("html", "fragment"):
            self.preview.setHtml(content)
        else:
            self.preview.setPlainText(content)

    # -- actions --------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """The save-file dialog (tests replace this method)."""
        start = str(self.destination() or _default_folder())
        name, _ = QFileDialog.getSaveFileName(self, "Export to", start)
        return Path(name) if name else None

    def _browse(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.path_edit.setText(str(path))
            self._update_buttons()

    def export(self) -> Path | None:
        """Write the file through the export service; the gate has the last word."""
        destination = self.destination()
        if destination is None or self.blocked_reason() is not None:
            return None
        try:
            outcome = self._service.export_story(
                self.desk,
                self.story.id,
                self.fmt(),
                destination,
                self.style(),
                override_reason=self.reason_edit.text().strip() or None,
            )
        except BlockedError as error:
            self.result_label.setText(str(error))
            return None
        except (CopydeskError, OSError) as error:
            self.result_label.setText(f"Nothing was written: {error}")
            return None
        self.exported_path = outcome.path
        QSettings().setValue(_SETTINGS_FOLDER, str(Path(outcome.path).parent))
        note = ""
        if outcome.overridden:
            note = f" Override recorded with the reason “{outcome.override_reason}”."
        self.result_label.setText(f"Exported to {outcome.path}.{note}")
        self.browser_button.setVisible(self.fmt() in ("html", "fragment", "text", "ninjs"))
        self.close_button.setDefault(True)
        return outcome.path

    def open_in_browser(self) -> bool:
        if self.exported_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_path)))

    def _close(self) -> None:
        if self.exported_path is not None:
            self.accept()
        else:
            self.reject()

    @classmethod
    def ask(cls, parent: QWidget | None, desk: object, story: Story) -> Path | None:
        """Show the dialog; the path written, or None when nothing was exported."""
        dialog = cls(desk, story, parent)
        dialog.exec()
        return dialog.exported_path
