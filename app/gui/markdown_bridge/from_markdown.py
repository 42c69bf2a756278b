"""Markdown -> QTextDocument, read the way the export reads it (CommonMark, no autolinks)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from app.gui.markdown_bridge.markdown_text import LIST_SEPARATOR

# The stored Markdown never escapes "<" (Python-Markdown, which the export uses, would show the
# backslash, and with every ">" escaped it cannot open a tag there). CommonMark, which Qt reads,
# scans raw HTML before escapes and starts HTML blocks at "<!" with no ">" at all, so Qt is
# given "\<" for every "<" outside the list separator.


def load_markdown(doc: QTextDocument, markdown: str) -> None:
    """Fill the document from Markdown the way the export reads it (CommonMark, no autolinks)."""
    markdown = "\n".join(
        line if line == LIST_SEPARATOR else line.replace("<", "\\<")
        for line in markdown.split("\n")
    )
    doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectCommonMark)
    doc.setModified(False)
