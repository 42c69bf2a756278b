"""Helpers: build documents from a structure, and read Python-Markdown's HTML into one."""

from __future__ import annotations

from html.parser import HTMLParser

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

from app.gui import markdown_bridge as mb


def build_document(blocks: list) -> QTextDocument:
    """A document made the way the toolbar makes it (block formats, lists, char formats)."""
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    lists: dict[str, object] = {}
    previous_kind = None
    for n, (kind, _level, runs) in enumerate(blocks):
        if n:
            cursor.insertBlock(mb.block_format("paragraph"), QTextCharFormat())
        if kind == "heading":
            cursor.setBlockFormat(mb.block_format("heading", 2))
        elif kind == "quote":
            cursor.setBlockFormat(mb.block_format("quote"))
        elif kind in ("bullet", "number"):
            if previous_kind != kind or kind not in lists:
                fmt = QTextListFormat()
                fmt.setStyle(
                    QTextListFormat.Style.ListDecimal
                    if kind == "number"
                    else QTextListFormat.Style.ListDisc
                )
                lists[kind] = cursor.createList(fmt)
            else:
                lists[kind].add(cursor.block())  # type: ignore[attr-defined]
        if kind not in ("bullet", "number"):
            lists.pop("bullet", None)
            lists.pop("number", None)
        for text, bold, italic, href in runs:
            fmt = (
                QTextCharFormat(mb.heading_char_format(2))
                if kind == "heading"
                else (QTextCharFormat())
            )
            if kind != "heading":
                fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            fmt.setFontItalic(italic)
            if href:
                fmt.setAnchor(True)
                fmt.setAnchorHref(href)
            cursor.insertText(text, fmt)
        previous_kind = kind
    return doc


class HtmlStructure(HTMLParser):
    """Python-Markdown's HTML as the same (kind, level, runs) blocks the editor reports."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list = []
        self.stack: list[str] = []
        self.runs: list = []
        self.href = ""
        self.kind: tuple[str, int] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.stack.append(tag)
        if tag == "a":
            self.href = dict(attrs).get("href", "")
        if tag in ("p", "h1", "h2", "h3", "li") and self.kind is None:
            if tag.startswith("h"):
                self.kind = ("heading", int(tag[1]))
            elif tag == "li":
                self.kind = ("number" if "ol" in self.stack else "bullet", 1)
            elif "blockquote" in self.stack:
                self.kind = ("quote", 1)
            else:
                self.kind = ("paragraph", 0)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.href = ""
        if (
            tag in ("p", "h1", "h2", "h3", "li")
            and self.kind is not None
            and (tag == "li" or "li" not in self.stack[:-1])
        ):
            merged = mb.merge_runs(self.runs)
            if merged:
                self.blocks.append((self.kind[0], self.kind[1], merged))
            self.kind, self.runs = None, []
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self.kind is None:
            return
        bold = "strong" in self.stack and self.kind[0] != "heading"
        self.runs.append((data, bold, "em" in self.stack, self.href))


def html_structure(html: str) -> list:
    parser = HtmlStructure()
    parser.feed(html)
    return parser.blocks
