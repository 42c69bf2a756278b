"""Importers: wire text, Markdown, HTML pages, .docx and ninjs to a StoryDraft plus a report."""

from app.core.importing.decoding import MAX_IMPORT_BYTES
from app.core.importing.detect import KINDS, read_bytes, read_file, read_text, sniff_kind
from app.core.importing.result import ImportResult

__all__ = [
    "KINDS",
    "MAX_IMPORT_BYTES",
    "ImportResult",
    "read_bytes",
    "read_file",
    "read_text",
    "sniff_kind",
]
