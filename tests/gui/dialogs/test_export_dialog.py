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
    assert "1 error" in dialog.gate_summary.text()
    assert dialog.reason_edit.isVisible()
    assert not dialog.export_button.isEnabled()
    assert "reason" in dialog.export_button.toolTip()
    qtbot.keyClicks(dialog.reason_edit, "Desk chief checked the recording")
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "ferries.html").is_file()
    assert "Override recorded" in dialog.result_label.text()


def test_a_draft_needs_confirmation_and_the_format_changes_the_name(
    qtbot, desk, story, tmp_path
) -> None:
    dialog = _dialog(qtbot, desk, story, tmp_path)
    assert dialog.reason_edit.isVisible()
    assert not dialog.export_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("text"))
    assert dialog.destination().suffix == ".txt"
    assert "Port Authority Halts Night Ferries" in dialog.preview.toPlainText()
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("list"))
    assert "Reporting: Anna Kowal" in dialog.preview.toPlainText()
    qtbot.keyClicks(dialog.reason_edit, "Proof for the desk")
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
    for widget in (
        dialog.format_combo,
        dialog.style_combo,
        dialog.path_edit,
        dialog.browse_button,
        dialog.findings_list,
        dialog.reason_edit,
        dialog.preview,
        dialog.export_button,
        dialog.close_button,
        dialog.browser_button,
        dialog.why_label,
    ):
        assert widget.accessibleName(), widget


def test_exporting_a_draft_asks_a_reason_and_records_it(qtbot, desk, ferry, tmp_path) -> None:
    """Issue 15, item 5: the reason is required, recorded, and the result says which."""
    dialog = _dialog(qtbot, desk, ferry, tmp_path)
    assert dialog.reason_edit.isVisible()
    assert not dialog.export_button.isEnabled()
    assert dialog.why_label.isVisible() and "reason" in dialog.why_label.text()
    qtbot.keyClicks(dialog.reason_edit, "   ")  # blanks are no reason
    assert not dialog.export_button.isEnabled()
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, "Proof for the night editor")
    assert dialog.export_button.isEnabled() and not dialog.why_label.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Proof for the night editor" in dialog.result_label.text()
    (record,) = desk.exports(ferry.id)
    assert record.override_reason == "Proof for the night editor"
    assert record.path == str(tmp_path / "out" / "ferries.html")


def test_the_summary_counts_in_the_words_of_the_list(qtbot, desk, ferry, tmp_path) -> None:
    """Issue 15, item 6: no "2 warning(s)" beside two items labelled "Info"."""
    dialog = _dialog(qtbot, desk, ferry, tmp_path)
    texts = _findings(dialog)
    assert texts, "the ferry story has findings"
    summary = dialog.gate_summary.text()
    for word, plural in (("Error", "errors"), ("Warning", "warnings"), ("Note", "notes")):
        n = sum(1 for t in texts if t.startswith(word))
        if n:
            assert f"{n} {word.lower() if n == 1 else plural}" in summary, summary
        else:
            assert word.lower() not in summary, summary
    assert "(s)" not in summary
    # Export is disabled, and the dialog says why in words next to the button's row.
    assert not dialog.export_button.isEnabled()
    assert "not ready" in summary and "reason" in summary
    # Each finding says where it is, the way an editor finds it.
    anonymous = next(t for t in texts if "three port employees" in t)
    assert "paragraph 1: “" in anonymous


def test_a_misspelt_confidential_name_is_released_by_a_reason(qtbot, desk, tmp_path) -> None:
    """One letter from a confidential surname may be someone else: the dialog asks why, where
    the name spelt right would refuse outright."""
    from app.core.model import Credit, CreditRole, Source, Story

    story = desk.create_story(Story(
        headline="Keeper saves twice", slug="keeper", status=StoryStatus.READY,
        body="Kowalcyzk, the goalkeeper, saved twice in the first half.",
        credits=(Credit(CreditRole.REPORTING, "Ana Ortiz"),),
    ))  # fmt: skip
    desk.add_source(story.slug, Source(name="Marta Kowalczyk", confidential=True))
    dialog = _dialog(qtbot, desk, story, tmp_path)
    assert any("'Kowalcyzk' in the body is one letter from" in t for t in _findings(dialog))
    assert "needs a reason" in dialog.gate_summary.text()
    assert dialog.reason_edit.isVisible() and not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "The goalkeeper is another man")
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "ferries.html").is_file()


def test_a_draft_preview_does_not_claim_a_publication(qtbot, desk, story, tmp_path) -> None:
    """Round 28: Ctrl+E on a draft read "Published December 4, 2026 19:24 UTC" (its creation
    time). A story never published says so, in the preview as in the page it would write."""
    dialog = _dialog(qtbot, desk, story, tmp_path)
    shown = dialog.preview.toPlainText()
    assert "Published" not in shown
    assert "Not published yet" in shown


def test_a_published_story_preview_says_when_it_went_out(qtbot, desk, story, tmp_path) -> None:
    desk.set_status(story.id, StoryStatus.READY)
    desk.set_status(story.id, StoryStatus.PUBLISHED)
    dialog = _dialog(qtbot, desk, story, tmp_path)
    shown = dialog.preview.toPlainText()
    assert "Published " in shown and "Not published" not in shown
