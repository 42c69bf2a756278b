"""Print and Print preview of the story: a proof on paper, read back from a PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from app.core.model import Source
from app.gui import printing
from app.gui.dialogs.print_dialog import PrintDialog, PrintPreview
from tests.gui.conftest import open_story


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _pdf_printer(path: Path) -> QPrinter:
    printer = printing.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_from_the_window_lays_out_the_story(
    qtbot, window, desk, ferry, tmp_path, monkeypatch
) -> None:
    desk.add_source(
        ferry.id,
        Source(name="Marta Okafor", contact="+44 7700 900123", notes="Met at the union office"),
    )
    open_story(window, ferry)
    pdf = tmp_path / "ferry.pdf"

    def to_pdf(cls, parent, document) -> bool:
        printing.print_document(document, _pdf_printer(pdf))
        return True

    monkeypatch.setattr(PrintDialog, "ask", classmethod(to_pdf))
    window.actions.print.trigger()
    text = " ".join(_pdf_text(pdf).split())
    assert "Port Authority Halts Night Ferries" in text
    assert "“We told them in March that these hulls would not last another winter.”" in text
    assert "Anna Kowal" in text  # the credits, in house style
    assert ferry.slug in text and "draft" in text, "a proof line says what was printed"
    assert "7700" not in text and "union office" not in text, "private details never print"
    assert "Cookies" not in text and "cookies" not in text
    assert len(PdfReader(pdf).pages) >= 2
    assert "Printed" in window.status.currentMessage()


def test_print_preview_shows_the_pages(qtbot, window, desk, ferry) -> None:
    open_story(window, ferry)
    document = printing.story_document(desk, desk.get_story(ferry.id))
    dialog = PrintPreview.build(window, document)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=5000)


def test_print_actions_need_a_story_and_open_the_dialogs(
    qtbot, window, desk, ferry, monkeypatch
) -> None:
    assert not window.actions.print.isEnabled() and not window.actions.print_preview.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        PrintPreview,
        "ask",
        classmethod(lambda c, p, d: asked.append(d.toPlainText()[:200]) or False),
    )
    open_story(window, ferry)
    window.actions.print_preview.trigger()
    assert asked and "Port Authority Halts Night Ferries" in asked[0]
