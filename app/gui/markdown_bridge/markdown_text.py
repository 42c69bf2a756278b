"""MarkdownText: the editor's Markdown plus the map between its offsets and document positions.

The analysis engine's quote spans are code-point offsets into the stored Markdown; the editor
selects by document position. This map, built while the document is written out, translates.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# Written between two adjacent lists (Python-Markdown would merge them); Qt's importer skips it.
LIST_SEPARATOR = "<!-- -->"


@dataclass
class MarkdownText:
    """Markdown plus the map between its offsets and document positions.

    The map is a sorted list of pieces (markdown start, document start, length) that are copied
    one to one; markup and escapes sit in the gaps between pieces.
    """

    text: str = ""
    md_starts: list[int] = field(default_factory=list)
    doc_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def document_position(self, offset: int, *, is_end: bool = False) -> int:
        """The document position of a Markdown offset; offsets in markup snap to the text."""
        if not self.md_starts:
            return 0
        i = bisect.bisect_right(self.md_starts, offset) - 1
        if i < 0:
            return self.doc_starts[0]
        start, doc, length = self.md_starts[i], self.doc_starts[i], self.lengths[i]
        if offset < start + length or (is_end and offset == start + length):
            return doc + (offset - start)
        # In a gap after piece i: a start snaps forward, an end snaps back.
        if is_end:
            return doc + length
        if i + 1 < len(self.doc_starts):
            return self.doc_starts[i + 1]
        return doc + length

    def markdown_offset(self, position: int) -> int:
        """The Markdown offset of a document position (the cursor, for the sidebar)."""
        if not self.doc_starts:
            return 0
        i = bisect.bisect_right(self.doc_starts, position) - 1
        if i < 0:
            return self.md_starts[0]
        return self.md_starts[i] + min(position - self.doc_starts[i], self.lengths[i])
