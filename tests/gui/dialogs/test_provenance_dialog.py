"""The provenance view, the sidebar's rewrite findings and "Find originals in the archive"."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from app.core.importing import read_file
from app.core.provenance.service import story_provenance
from app.gui.background import wait_for_background_work
from app.gui.dialogs.provenance_dialog import ProvenanceDialog
from tests.core.provenance.conftest import ORIGINAL, REWRITE, STATEMENT


def _stored(desk):
    desk.import_draft(read_file(REWRITE).draft)
    desk.verify_story("tunnel-rewrite", [ORIGINAL, STATEMENT])
    return desk.get_story("tunnel-rewrite")


def _click(view, position: int) -> None:
    cursor = view.textCursor()
    cursor.setPosition(position)
    view.setTextCursor(cursor)


def test_story_beside_a_source_tinted_and_clicks_jump_across(qtbot, desk) -> None:
    story = _stored(desk)
    report = story_provenance(desk, story.slug)
    dialog = ProvenanceDialog(report, story.body)
    qtbot.addWidget(dialog)
    assert dialog.picker.currentText().startswith("tunnel-original.txt — 71%")
    assert "not credited" in dialog.picker.currentText()
    derived = [link for link in report.links if link.derived and link.material == 0]
    assert len(dialog.story_view.extraSelections()) == len(derived)
    assert len(dialog.source_view.extraSelections()) == len(derived)

    paraphrase = story.body.index("Marsh said every month")
    _click(dialog.story_view, paraphrase + 5)
    source = dialog.source_view.toPlainText()
    at = dialog.source_view.textCursor().position()
    assert source[at:].startswith('"Every month we wait') or source[at:].startswith(
        "Every month we wait"
    )
    _click(dialog.source_view, source.index("Castle Street"))
    at = dialog.story_view.textCursor().position()
    assert story.body[at:].startswith("Replacement buses will leave from Market Square")

    codes = [dialog.findings.item(i).text().split(":")[0] for i in range(dialog.findings.count())]
    assert "fact changed" in codes and "quote dropped" in codes and "quote altered" not in codes
    dialog.findings.setCurrentRow(codes.index("fact changed"))
    selected = dialog.story_view.textCursor().selectedText()
    assert selected.startswith("She said the work would cost 48 million")

    dialog.picker.setCurrentIndex(1)  # the board's statement
    assert dialog.source_view.toPlainText().startswith("Statement from Helen Marsh")
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any(t.startswith("quote altered") for t in texts)
    # clicking a story sentence drawn from the other source switches back to it
    _click(dialog.story_view, story.body.index("The tunnel last closed") + 3)
    assert dialog.picker.currentIndex() == 0
    cursor = dialog.source_view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "The tunnel last closed for repairs in 1998."


def test_window_actions_show_the_view_and_the_findings(qtbot, window, desk, monkeypatch):
    story = _stored(desk)
    desk.import_draft(read_file(ORIGINAL).draft)  # the original also sits in the archive
    window.story_list.refresh(story.id)
    window.autosaver.open(desk.get_story(story.id))
    shown = []
    monkeypatch.setattr(
        ProvenanceDialog, "ask", classmethod(lambda cls, parent, report, body: shown.append(report))
    )
    assert window.actions.provenance.isEnabled() and window.actions.find_originals.isEnabled()
    # checking the quotes lists the rewrite's findings in the sidebar, without opening the view
    window.sidebar.check_quotes()
    qtbot.waitUntil(
        lambda: "quote_dropped" in {f.code for f in window.sidebar.model.content.findings},
        timeout=30_000,
    )
    wait_for_background_work()
    assert shown == []
    window.actions.provenance.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    wait_for_background_work()
    assert [m.document for m in shown[0].materials] == [
        "tunnel-original.txt",
        "board-statement.txt",
    ]
    codes = {f.code for f in window.sidebar.model.content.findings}
    assert {"fact_changed", "title_vaguer", "quote_dropped", "source_uncredited"} <= codes

    window.actions.find_originals.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    wait_for_background_work()
    documents = [m.document for m in shown[1].materials]
    assert documents[:2] == ["tunnel-original.txt", "board-statement.txt"]
    assert any(d.startswith("story:") for d in documents[2:])
