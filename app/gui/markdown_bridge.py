"""QTextDocument <-> Markdown through one serializer that both Qt and Python-Markdown read back.

Qt's own `toMarkdown()` escapes literal asterisks inside emphasis inconsistently (design.md,
"Known pitfalls"), so the editor never uses it: this module walks the document itself, escapes
every character the same way wherever it sits, and keeps a map between document positions and
code-point offsets in the Markdown, which is what the analysis engine's quote spans refer to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextListFormat,
)

LINE_SEPARATOR = "\u2028"
OBJECT_CHAR = "\ufffc"
BLOCK_QUOTE_INDENT = 40  # what Qt's own Markdown importer uses, so both paths look the same

# Escaped with a backslash anywhere: both CommonMark and Python-Markdown honour these escapes.
# "<" needs none: with every ">" escaped it can never close a tag or an autolink. Entities are
# avoided because Qt's importer drops the block and character formats around them. Braces are
# escaped so that text can never open CriticMarkup (`{++`), which the stored body may hold.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]>&{}]")
_ENTITY_LIKE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# What would start a block construct if it opened a line.
_BLOCK_START = re.compile(r"^(?:[#>+\-]|\d+[.)])")

_BULLET_STYLES = {
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
}


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


class _Writer:
    """Accumulates Markdown and the offset map as text is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.result = MarkdownText()

    def markup(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def text(
        self, text: str, doc_pos: int, at_block_start: bool, escape_last: str = ""
    ) -> None:
        """Append document text escaped, recording which stretches map one to one.

        `escape_last` names characters to escape if the text ends with one: "!" before a link
        ("![" would make an image), "#" at the end of a heading (read as a closing sequence).
        """
        if text and text[-1] in escape_last and text[-1] in "!#":
            self.text(text[:-1], doc_pos, at_block_start)
            self.markup("\\")
            self._copy(text[-1], doc_pos + len(text) - 1)
            return
        if at_block_start:
            match = _BLOCK_START.match(text)
            if match:
                head = match.group(0)
                # Escape the marker's last character: "\#", "\-", "12\." all read as text.
                self._copy(head[:-1], doc_pos)
                self.markup("\\")
                self._copy(head[-1], doc_pos + len(head) - 1)
                text, doc_pos = text[len(head) :], doc_pos + len(head)
        last = 0
        for match in _INLINE_SPECIAL.finditer(text):
            ch = match.group(0)
            at = match.start()
            if ch == "&" and not _ENTITY_LIKE.match(text, at):
                continue
            self._copy(text[last:at], doc_pos + last)
            if ch == "&":
                self.markup("&amp;")  # only before "name;": rare, and no backslash works here
            else:
                self.markup("\\")
                self._copy(ch, doc_pos + at)
            last = at + 1
        self._copy(text[last:], doc_pos + last)

    def _copy(self, text: str, doc_pos: int) -> None:
        if not text:
            return
        r = self.result
        if r.lengths and r.md_starts[-1] + r.lengths[-1] == self.size and (
            r.doc_starts[-1] + r.lengths[-1] == doc_pos
        ):
            r.lengths[-1] += len(text)  # contiguous with the previous piece: extend it
        else:
            r.md_starts.append(self.size)
            r.doc_starts.append(doc_pos)
            r.lengths.append(len(text))
        self.parts.append(text)
        self.size += len(text)

    def finish(self) -> MarkdownText:
        self.result.text = "".join(self.parts)
        return self.result


@dataclass
class _Run:
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


def _runs(block: QTextBlock, heading: bool) -> list[_Run]:
    runs: list[_Run] = []
    for fragment in fragments(block):
        fmt = fragment.charFormat()
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        bold = not heading and fmt.fontWeight() >= QFont.Weight.DemiBold
        italic = fmt.fontItalic()
        text = fragment.text().replace(OBJECT_CHAR, "")
        runs.append(_Run(text, fragment.position(), bold, italic, href))
    return runs


def _normalise_runs(runs: list[_Run]) -> list[_Run]:
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


def _link_target(href: str) -> str:
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def _write_inline(
    w: _Writer, runs: list[_Run], at_block_start: bool, heading: bool = False
) -> None:
    """Emphasis and links as properly nested delimiters, with whitespace kept outside them.

    CommonMark only honours a delimiter that touches text on its inner side, so leading
    whitespace of a run goes before the markers that open there and trailing whitespace after
    the markers that close there.
    """
    runs = [r for r in _normalise_runs(runs) if r.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if not runs:
        return
    # Markdown drops a block's outer whitespace: leave it out (the map skips it).
    first_run, last_run = runs[0], runs[-1]
    lead = len(first_run.text) - len(first_run.text.lstrip())
    runs[0] = _Run(first_run.text[lead:], first_run.pos + lead, *_attrs(first_run))
    if len(runs) == 1:
        last_run = runs[0]
    runs[-1] = _Run(last_run.text.rstrip(), last_run.pos, *_attrs(last_run))
    stack: list[str] = []  # open markers, innermost last: "[", "**", "*"
    state = {"href": ""}
    first = True

    def close_to(keep: set[str]) -> None:
        while stack and not all(m in keep for m in stack):
            marker = stack.pop()
            if marker == "[":
                w.markup(f"]({_link_target(state['href'])})")
                state["href"] = ""
            else:
                w.markup(marker)

    for i, run in enumerate(runs):
        text, pos = run.text, run.pos
        wanted = _wanted(run, state["href"] if "[" in stack else run.href)
        if not text.strip():
            # White space alone never opens emphasis or a link: there is nothing for it to
            # wrap, and markers around it would not be read as markers ("****").
            wanted &= set(stack)
        close_to(wanted)  # only reached when a link's target changes between runs
        opening = [m for m in ("[", "**", "*") if m in wanted and m not in stack]
        if opening:
            lead = text[: len(text) - len(text.lstrip())]
            if lead:
                w.text(lead, pos, False)
                text, pos = text[len(lead) :], pos + len(lead)
            # A link opens outside emphasis that opens with it ("*[" after a letter would not
            # open emphasis in CommonMark); otherwise what lasts longest nests outside.
            for marker in sorted(opening, key=lambda m: (m != "[", -_lasts(runs, i, m))):
                if marker == "[":
                    state["href"] = run.href
                w.markup(marker)
                stack.append(marker)
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        keep = _wanted(nxt, state["href"]) if nxt else set()
        link_next = bool(nxt and nxt.href and "[" not in keep)
        escape_last = "!" if link_next else ("#" if heading and nxt is None else "")
        if link_next or ("[" in stack and "[" not in keep):
            # Links are atomic: emphasis closes at a link's edges and reopens on the other side,
            # so no "*" ever touches "[" or "](...)" from outside (CommonMark's flanking rules).
            keep = set()
        if any(m not in keep for m in stack):
            body = text.rstrip()
            w.text(body, pos, at_block_start and first and not stack, "#" if heading else "")
            close_to(keep)
            w.text(text[len(body) :], pos + len(body), False, escape_last)
        else:
            w.text(text, pos, at_block_start and first and not stack, escape_last)
        first = False
    close_to(set())


def _attrs(run: _Run) -> tuple[bool, bool, str]:
    return run.bold, run.italic, run.href


def _has(run: _Run, marker: str, href: str) -> bool:
    return {"**": run.bold, "*": run.italic, "[": bool(run.href) and run.href == href}[marker]


def _lasts(runs: list[_Run], i: int, marker: str) -> int:
    n = 0
    for run in runs[i:]:
        if not _has(run, marker, runs[i].href):
            break
        n += 1
    return n


def _wanted(run: _Run, href: str) -> set[str]:
    """Markers this run needs; a link only continues while its target stays the same."""
    wanted = set()
    if run.href and run.href == href:
        wanted.add("[")
    if run.bold:
        wanted.add("**")
    if run.italic:
        wanted.add("*")
    return wanted


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


def document_to_markdown(doc: QTextDocument, *, paragraphs_only: bool = False) -> MarkdownText:
    """The document as Markdown, with its offset map; `paragraphs_only` flattens block types."""
    w = _Writer()
    block = doc.begin()
    previous_list = None
    wrote_any = False
    while block.isValid():
        kind, level = ("paragraph", 0) if paragraphs_only else block_kind(block)
        text_list = block.textList() if kind in ("bullet", "number") else None
        # A heading's bold is its style, not emphasis, even when flattened to a paragraph.
        is_heading = block.blockFormat().headingLevel() > 0
        for piece in _split_lines(block, kind, is_heading):
            if not piece or not "".join(r.text for r in piece).strip():
                continue
            if wrote_any:
                if text_list is not None and previous_list == _list_id(text_list):
                    w.markup("\n")
                elif text_list is not None and previous_list is not None:
                    # Python-Markdown merges adjacent lists; an HTML comment keeps them apart
                    # and Qt's importer skips it.
                    w.markup(f"\n\n{LIST_SEPARATOR}\n\n")
                else:
                    w.markup("\n\n")
            if kind == "heading":
                w.markup("#" * min(level, 6) + " ")
            elif kind == "quote":
                w.markup("> " * level)
            elif text_list is not None:
                indent = "    " * (level - 1)
                if kind == "bullet":
                    w.markup(f"{indent}- ")
                else:
                    w.markup(f"{indent}{text_list.itemNumber(block) + 1}. ")
            _write_inline(w, piece, at_block_start=True, heading=kind == "heading")
            wrote_any = True
            previous_list = _list_id(text_list) if text_list is not None else None
        if text_list is None:
            previous_list = None
        block = block.next()
    if wrote_any:
        w.markup("\n")
    return w.finish()


def _list_id(text_list: object) -> int:
    return text_list.objectIndex()  # type: ignore[attr-defined]


def _split_lines(
    block: QTextBlock, kind: str, is_heading: bool | None = None
) -> list[list[_Run]]:
    """A line separator (Shift+Enter) starts a new paragraph; in lists and headings, a space."""
    runs = _runs(block, kind == "heading" if is_heading is None else is_heading)
    if not any(LINE_SEPARATOR in r.text for r in runs):
        return [runs]
    if kind not in ("paragraph", "quote"):
        return [[_Run(r.text.replace(LINE_SEPARATOR, " "), r.pos, *_attrs(r)) for r in runs]]
    pieces: list[list[_Run]] = [[]]
    for run in runs:
        offset = 0
        for n, part in enumerate(run.text.split(LINE_SEPARATOR)):
            if n:
                pieces.append([])
            if part:
                pieces[-1].append(_Run(part, run.pos + offset, *_attrs(run)))
            offset += len(part) + 1
    return pieces


LIST_SEPARATOR = "<!-- -->"
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


# -- formats the toolbar applies, identical to what Qt's importer makes --------------------------


def heading_char_format(level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 4 - level) if level else 0)
    return fmt


def block_format(kind: str, level: int = 1) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setHeadingLevel(level if kind == "heading" else 0)
    if kind == "quote":
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, level)
        fmt.setLeftMargin(BLOCK_QUOTE_INDENT * level)
        fmt.setRightMargin(BLOCK_QUOTE_INDENT)
    else:
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 0)
        fmt.setLeftMargin(0)
        fmt.setRightMargin(0)
    return fmt


# -- structure, for comparing what the editor shows with what the export renders ----------------


Inline = tuple[str, bool, bool, str]
Block = tuple[str, int, tuple[Inline, ...]]


def document_structure(doc: QTextDocument) -> list[Block]:
    """Blocks as (kind, level, runs) with whitespace normalised and equal runs merged."""
    blocks: list[Block] = []
    block = doc.begin()
    while block.isValid():
        kind, level = block_kind(block)
        for piece in _split_lines(block, kind):
            runs = [(r.text, r.bold, r.italic, r.href) for r in _normalise_runs(piece)]
            merged = merge_runs(runs)
            if merged:
                blocks.append((kind, level if kind != "number" and kind != "bullet" else 1,
                               merged))
        block = block.next()
    return blocks


def _edge_space_plain(runs: list[Inline]) -> list[Inline]:
    """White space at the edge of emphasis or a link reads the same inside or outside it."""
    out: list[Inline] = []
    for text, bold, italic, href in runs:
        if not (bold or italic or href) or not text.strip():
            out.append((text, bold, italic, href))
            continue
        core = text.strip()
        start = text.index(core)
        if start:
            out.append((text[:start], False, False, ""))
        out.append((core, bold, italic, href))
        if start + len(core) < len(text):
            out.append((text[start + len(core) :], False, False, ""))
    return out


def merge_runs(runs: list[Inline]) -> tuple[Inline, ...]:
    """Normalise whitespace, drop empty runs and merge neighbours with the same formatting."""
    out: list[list] = []
    for text, bold, italic, href in runs:
        text = re.sub(r"\s+", " ", text.replace(LINE_SEPARATOR, " "))
        if not text:
            continue
        if out and (out[-1][1], out[-1][2], out[-1][3]) == (bold, italic, href):
            out[-1][0] += text
        else:
            out.append([text, bold, italic, href])
    if out:
        out[0][0] = out[0][0].lstrip()
        out[-1][0] = out[-1][0].rstrip()
    result = []
    for text, bold, italic, href in _edge_space_plain([tuple(x) for x in out]):
        if not text:
            continue
        if not text.strip():
            bold = italic = False
            href = ""
        result.append((text, bold, italic, href))
    # whitespace runs demoted above may now equal their neighbours
    final: list[list] = []
    for text, bold, italic, href in result:
        if final and (final[-1][1], final[-1][2], final[-1][3]) == (bold, italic, href):
            final[-1][0] += text
        else:
            final.append([text, bold, italic, href])
    return tuple(tuple(x) for x in final)  # type: ignore[misc]
