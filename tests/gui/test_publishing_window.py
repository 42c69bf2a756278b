"""The window after publication: locked text, Correct/Update/Kill, and the audit report."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.core.exporting import service
from app.core.model import Credit, CreditRole, PublicationKind, Source, StoryStatus
from app.gui.dialogs.amend_dialog import AmendDialog
from app.gui.dialogs.audit_dialog import AuditReportDialog, SavePath
from app.gui.review.dialogs import ReasonDialog
from tests.gui.conftest import add_story

BODY = (
    "The council voted 7-2 on Tuesday. “We have no choice,” said Mayor Ana Ruiz.\n\n"
    "Olek Marsh, a clerk, counted the votes.\n"
)


CREDITS = (Credit(CreditRole.BYLINE, "Ida Marrow"),)
"""Publishing passes the export gate, which refuses a story with no credit."""


def _published(desk):
    story = add_story(desk, body=BODY, status=StoryStatus.READY, credits=CREDITS)
    return desk.set_status(story.id, StoryStatus.PUBLISHED)


def _open(window, story) -> None:
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)


def _answer(monkeypatch, text: str | None, asked: list) -> None:
    def ask(cls, parent, kind, title):
        asked.append(kind)
        return text

    monkeypatch.setattr(AmendDialog, "ask", classmethod(ask))


def test_a_published_story_opens_locked_and_the_menu_offers_what_it_allows(
    qtbot, window, desk
) -> None:
    story = _published(desk)
    _open(window, story)
    a = window.actions
    assert window.editor.text_edit.isReadOnly()
    assert not window.editor.metadata.status.isEnabled()
    assert (a.correct_story.isEnabled(), a.update_story.isEnabled(), a.kill_story.isEnabled(),
            a.audit_report.isEnabled()) == (True, True, True, True)  # fmt: skip
    assert "locked" in window.status.currentMessage()
    draft = add_story(desk, headline="Draft story")
    _open(window, draft)
    assert not window.editor.text_edit.isReadOnly()
    assert not a.correct_story.isEnabled() and a.kill_story.isEnabled()


def test_formatting_cannot_change_a_published_story(qtbot, window, desk) -> None:
    """Bold, a subhead, a list or a block quote from the toolbar changed the locked text of a
    published story (QTextCursor edits ignore read-only) and the autosave was to store it."""
    a = window.actions
    assert not a.bold.isEnabled(), "no story open: nothing to format"
    story = _published(desk)
    _open(window, story)
    text = window.editor.text_edit
    cursor = text.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(11, cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    before = window.editor.markup()
    for name in ("bold", "italic", "subhead", "block_quote", "bullets", "numbers"):
        getattr(a, name).trigger()
    window.editor.set_link("https://example.org")
    assert window.editor.markup() == before and not text.document().isModified()
    assert not a.bold.isEnabled() and not a.bullets.isEnabled() and not a.link.isEnabled()
    draft = add_story(desk, headline="Draft story")
    _open(window, draft)
    assert a.bold.isEnabled() and a.link.isEnabled(), "an editable story formats again"


def test_killed_is_not_a_choice_in_the_status_list(qtbot, window, desk) -> None:
    combo = window.editor.metadata.status
    killed = combo.model().item(combo.findData("killed"))
    assert not killed.isEnabled() and "Kill" in killed.toolTip()


def test_publishing_from_the_status_list_passes_the_gate_or_asks_why(
    qtbot, window, desk, monkeypatch
) -> None:
    """Round 30: Published in the status list went out with the next autosave, past every
    check but the confidential one. It asks the export gate now, at once: what blocks is
    listed in the reason dialog, cancelling keeps the story as it was, a reason publishes it
    and is recorded."""
    story = add_story(desk, body=BODY, status=StoryStatus.READY)  # no credit: the gate blocks
    _open(window, story)
    combo = window.editor.metadata.status
    asked: list[list[str]] = []
    answers = [None, "Agency copy; the credit follows."]

    def ask(cls, parent, title, intro, items=None):
        asked.append(list(items or []))
        return answers.pop(0)

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))

    def choose_published() -> None:
        combo.setCurrentIndex(combo.findData("published"))
        combo.activated.emit(combo.currentIndex())

    choose_published()  # cancelled
    assert desk.get_story(story.id).status is StoryStatus.READY
    assert combo.currentData() == "ready" and desk.publications(story.id) == []
    assert len(asked) == 1 and "no_credits" in asked[0][0]
    window.autosaver.save("autosave")
    assert desk.get_story(story.id).status is StoryStatus.READY, "nothing left to autosave"
    choose_published()
    assert desk.get_story(story.id).status is StoryStatus.PUBLISHED
    assert window.editor.text_edit.isReadOnly()
    reason = desk.status_history(story.id)[-1].reason
    assert reason.startswith("Gate overridden (Agency copy; the credit follows.): no_credits")


def test_correct_from_the_story_menu_reopens_with_the_note(
    qtbot, window, desk, monkeypatch
) -> None:
    story = _published(desk)
    _open(window, story)
    asked: list = []
    _answer(monkeypatch, None, asked)
    window.actions.correct_story.trigger()  # cancelled: nothing changes
    assert desk.get_story(story.id).status is StoryStatus.PUBLISHED
    _answer(monkeypatch, "Corrects the vote count.", asked)
    window.actions.correct_story.trigger()
    assert asked == [PublicationKind.CORRECTION, PublicationKind.CORRECTION]
    assert desk.get_story(story.id).status is StoryStatus.EDITING
    assert not window.editor.text_edit.isReadOnly()
    assert window.editor.metadata.status.currentData() == "editing"
    [_first, pending] = desk.publications(story.id)
    assert (pending.kind, pending.note) == (PublicationKind.CORRECTION, "Corrects the vote count.")


def test_kill_from_the_story_menu_locks_the_story_for_good(
    qtbot, window, desk, monkeypatch, tmp_path: Path
) -> None:
    story = add_story(desk, body=BODY)
    _open(window, story)
    _answer(monkeypatch, "Duplicate of another story.", [])
    window.actions.kill_story.trigger()
    assert desk.get_story(story.id).status is StoryStatus.KILLED
    assert window.editor.text_edit.isReadOnly() and not window.actions.kill_story.isEnabled()
    notice = service.export_story(desk, story.id, "html").content
    assert "Duplicate of another story." in notice and "Ana Ruiz" not in notice


def test_audit_report_prints_to_pdf_without_the_confidential_name(
    qtbot, window, desk, tmp_path: Path, monkeypatch
) -> None:
    story = _published(desk)
    desk.add_source(story.id, Source("Olek Marsh", confidential=True))
    dialog = AuditReportDialog(window, desk, story.id)
    qtbot.addWidget(dialog)
    assert "We have no choice" in dialog.browser.toPlainText()
    assert "Marsh" not in dialog.browser.toPlainText()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    # Qt sets "fi" as a ligature: NFKC reads it back as two letters.
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    text = " ".join(text.split())
    assert "We have no choice" in text and "Quotes" in text and "Publications" in text
    assert "Marsh" not in text and "confidential source" in text

    monkeypatch.setattr(SavePath, "ask", classmethod(lambda cls, *a: tmp_path / "saved.pdf"))
    assert dialog.save_pdf() == tmp_path / "saved.pdf"
    saved = " ".join(p.extract_text() for p in PdfReader(tmp_path / "saved.pdf").pages)
    assert "We have no choice" in " ".join(saved.split()) and "Marsh" not in saved

    dialog.private.setChecked(True)  # the desk's own copy names the source
    assert "Olek Marsh" in dialog.browser.toPlainText()
    assert "private" in dialog.windowTitle()


def test_the_story_menu_opens_the_audit_report(qtbot, window, desk, monkeypatch) -> None:
    story = _published(desk)
    _open(window, story)
    opened: list = []
    monkeypatch.setattr(AuditReportDialog, "ask",
                        classmethod(lambda cls, parent, d, sid: opened.append(sid)))  # fmt: skip
    window.actions.audit_report.trigger()
    assert opened == [story.id]
    assert (
        window.actions.audit_report
        in window.menuBar()
        .findChild(type(window.menuBar().actions()[0].menu()), "menuStory")
        .actions()
    )


def test_export_dialog_previews_the_kill_notice_and_exports_it(qtbot, desk, tmp_path) -> None:
    from app.gui.dialogs.export_dialog import ExportDialog

    story = _published(desk)
    desk.kill(story.id, "The vote is being recounted.")
    dialog = ExportDialog(desk, desk.get_story(story.id))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "out.html"))
    assert "Story withdrawn" in dialog.preview.toPlainText()
    assert "We have no choice" not in dialog.preview.toPlainText()
    assert "kill notice" in dialog.gate_summary.text()
    assert dialog.export() == tmp_path / "out.html"
    assert "The vote is being recounted." in (tmp_path / "out.html").read_text("utf-8")


def test_export_dialog_previews_the_correction_note(qtbot, desk) -> None:
    from app.gui.dialogs.export_dialog import ExportDialog

    story = _published(desk)
    desk.correct(story.id, "Corrects the vote count.")
    desk.set_status(story.id, StoryStatus.PUBLISHED)
    dialog = ExportDialog(desk, desk.get_story(story.id))
    qtbot.addWidget(dialog)
    assert "Correction: Corrects the vote count." in dialog.preview.toPlainText()


def test_publishing_from_the_status_list_leaves_the_focus_on_the_text(qtbot, window, desk):
    """Round 28: saving the Published status disabled the focused drop-down and Qt passed the
    focus on to the Dateline, its text selected (a keystroke away from replacing it)."""
    story = add_story(desk, body=BODY, status=StoryStatus.READY, credits=CREDITS)
    _open(window, story)
    window.activateWindow()
    status = window.editor.metadata.status
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    index = status.findData(str(StoryStatus.PUBLISHED))
    status.setCurrentIndex(index)
    status.activated.emit(index)
    window.autosaver.save("save")
    assert desk.get_story(story.id).status is StoryStatus.PUBLISHED
    assert not status.isEnabled()
    assert not window.editor.metadata.dateline.hasFocus()
    assert window.editor.text_edit.hasFocus()


def test_an_open_correction_is_said_over_the_text_until_it_goes_out(
    qtbot, window, desk, monkeypatch
) -> None:
    """The correction's note and the next step stay over the editor (they were a ten-second
    status-bar message), on reopening the story too; publishing again takes the banner away."""
    story = _published(desk)
    window._update_page()  # the workspace, not the welcome page of an empty desk
    _open(window, story)
    row = window.banner.publication
    assert row.isVisible() and "locked" in row.label.text()
    assert window.banner.correct_button.isVisible()
    _answer(monkeypatch, "Corrects the vote count.", [])
    window.banner.correct_button.click()  # the banner's own button opens it
    assert desk.get_story(story.id).status is StoryStatus.EDITING
    other = add_story(desk, headline="Another story")
    _open(window, other)
    assert not row.isVisible()
    _open(window, story)  # the next day: still there
    text = row.label.text()
    assert row.isVisible() and "Correction open" in text and "Corrects the vote count." in text
    assert "Published" in text and not window.banner.correct_button.isVisible()
    desk.set_status(story.id, StoryStatus.PUBLISHED)
    window.autosaver.open(desk.get_story(story.id))
    assert "locked" in row.label.text()
    _answer(monkeypatch, "Duplicate.", [])
    window.actions.kill_story.trigger()
    assert row.isVisible() and "withdrawn" in row.label.text()
    assert not window.banner.correct_button.isVisible()


def _credit_controls(panel) -> dict[str, bool]:
    return {
        "add": panel.add_button.isEnabled(),
        "remove": panel.remove_button.isEnabled(),
        "down": panel.down_button.isEnabled(),
        "paste": panel.paste_edit.isEnabled(),
        "add rows": panel.parse_button.isEnabled(),
    }


def test_a_published_storys_credits_are_grey_and_say_why(qtbot, window, desk, monkeypatch):
    """The "+", the paste box, Add rows, remove and reorder stayed enabled on a published story:
    the desk typed a name or pasted a line, and only then did the store refuse it."""
    from app.core.model import Credit, CreditRole

    story = add_story(desk, body=BODY, status=StoryStatus.READY)
    desk.set_credits(story.id, [Credit(CreditRole.REPORTING, "Ida Marrow"),
                                Credit(CreditRole.EDITING, "Olek Marsh")])  # fmt: skip
    story = desk.set_status(story.id, StoryStatus.PUBLISHED)
    _open(window, story)
    panel = window.credits
    panel.table.setCurrentIndex(panel.model.index(0, 1))
    assert not any(_credit_controls(panel).values())
    assert "Correct" in panel.add_button.toolTip() and "Published" in panel.paste_edit.toolTip()
    assert "Published" in panel.paste_edit.placeholderText()
    # the keyboard routes and the table refuse too: nothing changes, nothing is stored
    panel.add_credit()
    panel.remove_selected()
    panel.move(1)
    editable = Qt.ItemFlag.ItemIsEditable
    assert not panel.model.flags(panel.model.index(0, 1)) & editable
    assert not panel.model.setData(panel.model.index(0, 1), "Someone Else")
    assert [c.name for c in panel.credits()] == ["Ida Marrow", "Olek Marsh"]
    assert panel.message.text() == "", "no refusal to read: nothing was tried"
    assert [c.name for c in desk.get_story(story.id).credits] == ["Ida Marrow", "Olek Marsh"]

    _answer(monkeypatch, "Corrects the reporter's name.", [])
    window.actions.correct_story.trigger()  # a correction reopens the credits with the text
    panel.table.setCurrentIndex(panel.model.index(0, 1))
    assert _credit_controls(panel) == dict.fromkeys(_credit_controls(panel), True)
    assert panel.add_button.toolTip() == "Add credit"
    assert panel.paste_edit.placeholderText() == "Paste a credit line…"

    _answer(monkeypatch, "Duplicate of another story.", [])
    window.actions.kill_story.trigger()
    assert not panel.add_button.isEnabled() and "Killed" in panel.add_button.toolTip()
