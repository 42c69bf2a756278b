"""The story on paper: what Print and Print preview lay out (a proof for the desk).

Built from the export's document (the story's public view: house-style credits, curly quotes,
sanitized body, no private source details), headed by a proof line saying what is printed:
slug, status, version, who printed it and when. A draft printed for reading is not published,
so the export's "Published" line is left out.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:
    from app.core.model import Story

MARGIN_MM = 20.0
BODY_POINTS = 11.0


def story_html(desk: object, story: Story, printed_by: str, when: datetime) -> str:
    from app.core.exporting import service

    doc = service.build_document(desk, story)
    status = str(story.status).replace("_", " ")
    proof = (
        f"{story.slug} · {status} · version {story.version} · printed by {printed_by}, "
        f"{when.strftime('%d %b %Y %H:%M')}"
    )
    parts = [
        f'<p style="font-size:8pt; color:#555555">{escape(proof)}</p>',
        f"<h1>{escape(doc.headline)}</h1>",
    ]
    if doc.dek:
        parts.append(f"<p><i>{escape(doc.dek)}</i></p>")
    if doc.byline:
        parts.append(f"<p><b>{escape(doc.byline)}</b></p>")
    if doc.dateline:
        parts.append(f'<p style="font-variant:small-caps">{escape(doc.dateline)}</p>')
    parts.append(doc.body_html)  # sanitized by the exporter
    for line in doc.credit_lines:
        parts.append(f'<p style="font-size:9pt"><i>{escape(line)}</i></p>')
    return "\n".join(parts)


def story_document(desk: object, story: Story, printed_by: str = "") -> QTextDocument:
    """A QTextDocument of the story laid out for paper (serif body, proof line on top)."""
    document = QTextDocument()
    font = QFont("serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(
        story_html(
            desk, story, printed_by or getattr(desk, "user", ""), datetime.now().astimezone()
        )
    )
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, story.headline)
    return document


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's pages and print (or write the PDF)."""
    document.print_(printer)
