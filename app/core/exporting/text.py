"""Plain-text export: the same typeset story as the HTML, as paragraphs of text.

Made from the sanitized HTML (not the Markdown) so typography, removed markup and the
confidential filter are exactly the HTML export's.
"""

from __future__ import annotations

from html.parser import HTMLParser

from app.core.exporting.document import ExportDocument
from app.core.exporting.editions import KILL_HEADLINE, KillNotice, kill_body_html

_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "tr", "dt",
                     "dd", "figcaption", "hr"})  # fmt: skip


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._prefix = ""

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(self._prefix + text)
        self._current = []
        self._prefix = ""

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self._flush()
            if tag == "li":
                self._prefix = "- "
        elif tag == "br":
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_paragraphs(html: str) -> list[str]:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return collector.blocks


def render_text(doc: ExportDocument) -> str:
    parts = [doc.headline]
    if doc.dek:
        parts.append(doc.dek)
    head = [line for line in (doc.byline, doc.dateline) if line]
    if head:
        parts.append("\n".join(head))
    notes = html_to_paragraphs(doc.amendments_html) if doc.amendments_html else []
    if doc.note_placement == "top":
        parts.extend(notes)
    parts.extend(html_to_paragraphs(doc.body_html))
    if doc.note_placement != "top":
        parts.extend(notes)
    if doc.credit_lines:
        parts.append("\n".join(doc.credit_lines))
    return "\n\n".join(p for p in parts if p) + "\n"


def render_kill_text(notice: KillNotice) -> str:
    return "\n\n".join([KILL_HEADLINE, *html_to_paragraphs(kill_body_html(notice))]) + "\n"
