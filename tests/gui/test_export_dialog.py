"""The export dialog: the gate's findings, the override reason, the preview, the written file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.core.model import QuoteStatus, StoryStatus
from app.gui.dialogs.export_dialog import ExportDialog


def _dialog(qtbot, desk, story, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(desk, desk.get_story(story.id))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "out" / "ferries.html"))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _findings(dialog: ExportDialog) -> list[str]:
    return [dialog.findings_list.item(i).text() for i in range(dialog.findings_list.count())]


def test_a_ready_story_exports_and_opens_in_a_browser(qtbot, desk, story, tmp_path, monkeypatch):
    desk.set_status(story.id, StoryStatus.READY)
    dialog = _dialog(qtbot, desk, story, tmp_path)
    assert not dialog.reason_edit.isVisible()
    assert not dialog.confirm_box.isVisible()
    assert dialog.export_button.isEnabled()
    assert "Port Authority Halts Night Ferries" in dialog.preview.toPlainText()
    assert "Anna Kowal" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "ferries.html"
    assert written.is_file() and "<html" in written.read_text(encoding="utf-8").lower()
    assert dialog.exported_path == written
    assert "Exported to" in dialog.result_label.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.browser_button.isVisible()
    qtbot.mouseClick(dialog.browser_button, Qt.MouseButton.LeftButton)
    assert opened[0].toLocalFile() == str(written)


def test_blocking_findings_need_an_override_reason(qtbot, desk, story, tmp_path) -> None:
    desk.set_status(story.id, StoryStatus.READY)
    quote = min(desk.get_story(story.id).quotes, key=lambda q: q.start)
    desk.set_quote_status(quote.id, QuoteStatus.DISPUTED, "Not what she said")
    dialog = _dialog(qtbot, desk, story, tmp_path)
    disputed = [t for t in _findings(dialog) if "Disputed" in t]
    assert disputed and disputed[0].startswith("Error · Disputed:")  # state in words, + icon
    assert "1 blocking finding" in dialog.gate_summary.text()
    assert dialog.reason_edit.isVisible()
    assert not dialog.export_button.isEnabled()
    assert "override reason" in dialog.export_button.toolTip()
    qtbot.keyClicks(dialog.reason_edit, "Desk chief checked the recording")
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "ferries.html").is_file()
    assert "override recorded" in dialog.result_label.text()


def test_a_draft_needs_confirmation_and_the_format_changes_the_name(
    qtbot, desk, story, tmp_path
) -> None:
    dialog = _dialog(qtbot, desk, story, tmp_path)
    assert dialog.confirm_box.isVisible()
    assert not dialog.export_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("text"))
    assert dialog.destination().suffix == ".txt"
    assert "Port Authority Halts Night Ferries" in dialog.preview.toPlainText()
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("list"))
    assert "Reporting: Anna Kowal" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.confirm_box, Qt.MouseButton.LeftButton)
    assert dialog.export_button.isEnabled()
    path = dialog.export()
    assert path is not None and path.suffix == ".txt" and path.is_file()


def test_ask_returns_none_when_closed_without_exporting(qtbot, desk, story) -> None:
    from PySide6.QtCore import QTimer

    def close_soon() -> None:
        from PySide6.QtWidgets import QApplication

        for top in QApplication.topLevelWidgets():
            if isinstance(top, ExportDialog):
                top.close_button.click()

    QTimer.singleShot(200, close_soon)
    assert ExportDialog.ask(None, desk, story) is None


def test_every_control_has_an_accessible_name(qtbot, desk, story, tmp_path) -> None:
    dialog = _dialog(qtbot, desk, story, tmp_path)
    for widget in (dialog.format_combo, dialog.style_combo, dialog.path_edit,
                   dialog.browse_button, dialog.findings_list, dialog.reason_edit,
                   dialog.preview, dialog.export_button, dialog.close_button,
                   dialog.browser_button, dialog.confirm_box):
        assert widget.accessibleName(), widget
