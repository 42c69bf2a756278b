"""QTextDocument <-> Markdown through one serializer that both Qt and Python-Markdown read back.

The editor's bridge to the stored Markdown body, as a package: `to_markdown` writes a document
out (with the offset map of `markdown_text`), `from_markdown` reads Markdown in, `formats` holds
the formats the toolbar applies, `structure` compares documents, and `runs` is the walk over a
document's formatted text that the writer and the comparison share. Callers use the names
below (`from app.gui import markdown_bridge as mb`).
"""

from app.gui.markdown_bridge.formats import BLOCK_QUOTE_INDENT, block_format, heading_char_format
from app.gui.markdown_bridge.from_markdown import load_markdown
from app.gui.markdown_bridge.markdown_text import LIST_SEPARATOR, MarkdownText
from app.gui.markdown_bridge.runs import LINE_SEPARATOR, OBJECT_CHAR, block_kind, fragments
from app.gui.markdown_bridge.structure import Block, Inline, document_structure, merge_runs
from app.gui.markdown_bridge.to_markdown import document_to_markdown

__all__ = [
    "BLOCK_QUOTE_INDENT",
    "LINE_SEPARATOR",
    "LIST_SEPARATOR",
    "OBJECT_CHAR",
    "Block",
    "Inline",
    "MarkdownText",
    "block_format",
    "block_kind",
    "document_structure",
    "document_to_markdown",
    "fragments",
    "heading_char_format",
    "load_markdown",
    "merge_runs",
]
