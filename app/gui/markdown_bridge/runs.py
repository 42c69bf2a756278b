"""A QTextDocument read as blocks of formatted runs: what both the writer and the comparison walk.

Runs are a paragraph's stretches of one character format (bold, italic, link target), with
line separators split into paragraphs the way the Markdown will read them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlock, QTextFormat, QTextFragment, QTextListFormat

LINE_SEPARATOR = "\u2028"
OBJECT_CHAR = "\ufffc"

_BULLET_STYLES = {
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
}


@dataclass
class Run:
    """A stretch of one format: its text, document position, emphasis and link target."""

    text: str
    pos: int
    bold: bool
    italic: bool
    href: str


def fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    """A paragraph's runs of one character format, in order (Qt's iterator, made Pythonic)."""
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            yield fragment
        it += 1


def block_runs(block: QTextBlock, heading: bool) -> list[Run]:
    runs: list[Run] = []
    for fragment in fragments(block):
        fmt = fragment.charFormat()
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        bold = not heading and fmt.fontWeight() >= QFont.Weight.DemiBold
        italic = fmt.fontItalic()
        text = fragment.text().replace(OBJECT_CHAR, "")
        runs.append(Run(text, fragment.position(), bold, italic, href))
    return runs


def normalise_runs(runs: list[Run]) -> list[Run]:
    """Whitespace-only runs take emphasis only when both neighbours share it."""
    for i, run in enumerate(runs):
        if run.text.strip():
            continue
        prev = runs[i - 1] if i else None
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        run.bold = bool(prev and nxt and prev.bold and nxt.bold)
        run.italic = bool(prev and nxt and prev.italic and nxt.italic)
        if not (prev and nxt and prev.href and prev.href == nxt.href):
            run.href = ""
    return runs


def run_attrs(run: Run) -> tuple[bool, bool, str]:
    return run.bold, run.italic, run.href


def block_kind(block: QTextBlock) -> tuple[str, int]:
    """("heading", level) | ("quote", depth) | ("bullet"|"number", indent) | ("paragraph", 0)."""
    fmt = block.blockFormat()
    if fmt.headingLevel() > 0:
        return "heading", fmt.headingLevel()
    text_list = block.textList()
    if text_list is not None:
        style = text_list.format().style()
        kind = "bullet" if style in _BULLET_STYLES else "number"
        return kind, max(1, text_list.format().indent())
    depth = fmt.intProperty(QTextFormat.Property.BlockQuoteLevel)
    if depth > 0:
        return "quote", depth
    return "paragraph", 0


def split_lines(block: QTextBlock, kind: str, is_heading: bool | None = None) -> list[list[Run]]:
    """A line separator (Shift+Enter) starts a new paragraph; in lists and headings, a space."""
    runs = block_runs(block, kind == "heading" if is_heading is None else is_heading)
    if not any(LINE_SEPARATOR in r.text for r in runs):
        return [runs]
    if kind not in ("paragraph", "quote"):
        return [[Run(r.text.replace(LINE_SEPARATOR, " "), r.pos, *run_attrs(r)) for r in runs]]
    pieces: list[list[Run]] = [[]]
    for run in runs:
        offset = 0
        for n, part in enumerate(run.text.split(LINE_SEPARATOR)):
            if n:
                pieces.append([])
            if part:
                pieces[-1].append(Run(part, run.pos + offset, *run_attrs(run)))
            offset += len(part) + 1
    return pieces
