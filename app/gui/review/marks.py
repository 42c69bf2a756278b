"""Suggestions in the editor's document: CriticMarkup in, character formats while editing,
CriticMarkup out.

Each suggested character carries its suggestion in its character format (kind, id, author,
time), which Qt keeps through typing, undo and copy inside the document. Loading puts private
sentinels where the markup's delimiters were, lets Qt read the Markdown, then turns each
sentinel pair into formats and removes the sentinels. Saving writes the Markdown as before and
then inserts the delimiters at the Markdown offsets of the suggested characters, splitting a
suggestion wherever the Markdown's own markup (emphasis, a link, a paragraph break) interrupts
it: the pieces keep one id, so what is accepted or rejected stays one suggestion.
"""

from __future__ import annotations

import bisect
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.core.review import critic
from app.gui import markdown_bridge as mb

KIND = QTextFormat.Property.UserProperty + 170
ID = QTextFormat.Property.UserProperty + 171
AUTHOR = QTextFormat.Property.UserProperty + 172
AT = QTextFormat.Property.UserProperty + 173
INS, DEL = "ins", "del"
HAS_MARKS = "copydeskHasMarks"
"""Dynamic property of a document: True once it has held a suggestion (a fast path when not)."""

_S_INS, _E_INS, _S_DEL, _E_DEL = "\ue000", "\ue001", "\ue002", "\ue003"
_SENTINELS = re.compile("[\ue000-\ue003]")
_BLOCK_MARKER_AFTER = re.compile(
    r"^([\ue000-\ue003]+)((?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+)", re.M
)
AUTHOR_COLOURS = ("#1565c0", "#6a1b9a", "#00838f", "#ad1457", "#2e7d32", "#ef6c00", "#4527a0")


@dataclass(frozen=True)
class Mark:
    """A stretch of the document belonging to one suggestion (`kind` ins or del)."""

    start: int
    end: int
    kind: str
    id: int
    author: str
    at: str

    def meta(self) -> critic.Meta:
        when = None
        if self.at:
            try:
                when = datetime.fromisoformat(self.at)
            except ValueError:
                when = None
        return critic.Meta(self.id, self.author, when)


def author_colour(author: str) -> QColor:
    """Each author gets the same colour in every window."""
    return QColor(AUTHOR_COLOURS[zlib.crc32(author.encode("utf-8")) % len(AUTHOR_COLOURS)])


def mark_format(kind: str, number: int, author: str, at: str) -> QTextCharFormat:
    """The format of suggested text: insertions underlined, deletions struck, in the author's
    colour, with who and when on hover."""
    fmt = QTextCharFormat()
    fmt.setProperty(KIND, kind)
    fmt.setProperty(ID, number)
    fmt.setProperty(AUTHOR, author)
    fmt.setProperty(AT, at)
    colour = author_colour(author)
    fmt.setForeground(colour)
    if kind == INS:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(colour)
        fmt.setFontStrikeOut(False)
    else:
        fmt.setFontStrikeOut(True)
        fmt.setFontUnderline(False)
    fmt.setToolTip(tooltip(kind, number, author, at))
    return fmt


def tooltip(kind: str, number: int, author: str, at: str) -> str:
    verb = "Inserted" if kind == INS else "Deleted"
    when = ""
    if at:
        try:
            when = " · " + datetime.fromisoformat(at).astimezone().strftime("%d %b %H:%M")
        except ValueError:
            when = ""
    return f"{verb} by {author or 'someone'}{when} (suggestion {number})"


def plain_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """`fmt` without any suggestion: what directly typed text next to a suggestion gets."""
    clean = QTextCharFormat(fmt)
    for prop in (KIND, ID, AUTHOR, AT):
        clean.clearProperty(prop)
    clean.clearProperty(QTextFormat.Property.TextToolTip)
    clean.setFontStrikeOut(False)
    if not clean.isAnchor():
        clean.setFontUnderline(False)
        clean.clearProperty(QTextFormat.Property.TextUnderlineColor)
        clean.clearForeground()
    return clean


def mark_of(fmt: QTextCharFormat) -> tuple[str, int, str, str] | None:
    kind = fmt.property(KIND)
    if kind not in (INS, DEL):
        return None
    return (
        kind,
        int(fmt.property(ID) or 0),
        str(fmt.property(AUTHOR) or ""),
        str(fmt.property(AT) or ""),
    )


def has_marks(doc: QTextDocument) -> bool:
    return bool(doc.property(HAS_MARKS))


def note_marks(doc: QTextDocument) -> None:
    doc.setProperty(HAS_MARKS, True)


# -- loading ----------------------------------------------------------------------------------


def load_markup(doc: QTextDocument, markup: str) -> None:
    """Fill the document from a stored body (Markdown with CriticMarkup)."""
    doc.setProperty(HAS_MARKS, False)
    pieces = critic.parse(markup) if "{" in markup else []
    marked = [p for p in pieces if p.kind in (critic.INSERT, critic.DELETE, critic.REPLACE)]
    if not marked:
        mb.load_markdown(doc, critic.accepted(markup, pieces).text if pieces else markup)
        return
    parts: list[str] = []
    metas: list[tuple[str, critic.Meta | None]] = []
    pos = 0
    for piece in pieces:
        parts.append(_SENTINELS.sub("", markup[pos : piece.start]))
        pos = piece.end
        if piece.kind == critic.HIGHLIGHT:
            parts.append(piece.old)
        elif piece.kind in (critic.DELETE, critic.REPLACE) and piece.old:
            parts.append(_S_DEL + _SENTINELS.sub("", piece.old) + _E_DEL)
            metas.append((DEL, piece.meta))
        if piece.kind in (critic.INSERT, critic.REPLACE) and piece.new:
            parts.append(_S_INS + _SENTINELS.sub("", piece.new) + _E_INS)
            metas.append((INS, piece.meta))
    parts.append(_SENTINELS.sub("", markup[pos:]))
    text = _BLOCK_MARKER_AFTER.sub(r"\2\1", "".join(parts))
    mb.load_markdown(doc, text)
    _apply_sentinels(doc, metas)
    note_marks(doc)
    doc.setModified(False)


def _apply_sentinels(doc: QTextDocument, metas: list[tuple[str, critic.Meta | None]]) -> None:
    plain = doc.toPlainText()
    found = [(m.start(), m.group(0)) for m in _SENTINELS.finditer(plain)]
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for position, char in found:
        if char in (_S_INS, _S_DEL):
            open_at = position
        elif open_at is not None:
            pairs.append((open_at, position))
            open_at = None
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    usable = len(pairs) == len(metas)
    # Backwards, so removing a sentinel never moves one still to be handled.
    for index in range(len(pairs) - 1, -1, -1):
        start, end = pairs[index]
        if usable:
            kind, meta = metas[index]
            meta = meta or critic.Meta(0)
            at = meta.at.isoformat() if meta.at else ""
            cursor.setPosition(start + 1)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark_format(kind, meta.id, meta.author, at))
    for position, _char in reversed(found):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    cursor.endEditBlock()


# -- reading the marks back ---------------------------------------------------------------------


def collect_marks(doc: QTextDocument) -> list[Mark]:
    """Suggested stretches in document order; neighbouring fragments of one suggestion join."""
    if not has_marks(doc):
        return []
    marks: list[Mark] = []
    block = doc.begin()
    while block.isValid():
        for fragment in mb.fragments(block):
            found = mark_of(fragment.charFormat())
            if found is not None:
                kind, number, author, at = found
                start = fragment.position()
                end = start + fragment.length()
                last = marks[-1] if marks else None
                if last and last.end == start and (last.kind, last.id) == (kind, number):
                    marks[-1] = Mark(last.start, end, kind, number, last.author, last.at)
                else:
                    marks.append(Mark(start, end, kind, number, author, at))
        block = block.next()
    return marks


def reader_text(doc: QTextDocument) -> str:
    """What a reader would see with every suggestion accepted (for the word count): the
    paragraphs the stored Markdown keeps, one a line, without empty ones or spaces at their
    edges, so the count does not change when the story is saved and shown again (a blank
    line typed or pasted, or a suggestion in the text, used to count one more character)."""
    marked = has_marks(doc)
    lines: list[str] = []
    block = doc.begin()
    while block.isValid():
        if marked:
            text = "".join(
                fragment.text()
                for fragment in mb.fragments(block)
                if (found := mark_of(fragment.charFormat())) is None or found[0] != DEL
            )
        else:
            text = block.text()
        text = text.strip()
        if text:
            lines.append(text)
        block = block.next()
    return "\n".join(lines)


def accepted_block(block: QTextBlock) -> tuple[str, tuple[int, ...]] | None:
    """One paragraph as a reader will get it (suggested deletions left out), and for each of
    its characters the index in the block, plus one entry for the end; None when the block
    holds no suggested deletion (its text is already what a reader gets).

    The highlighter asks at every key: a paragraph without struck text (the usual case) is
    answered from one property per run, without building the index."""
    doc = block.document()
    if doc is None or not has_marks(doc):
        return None
    runs = [(f, f.charFormat().property(KIND) == DEL) for f in mb.fragments(block)]
    if not any(struck for _f, struck in runs):
        return None
    base = block.position()
    parts: list[str] = []
    where: list[int] = []
    for fragment, struck in runs:
        if not struck:
            start = fragment.position() - base
            text = fragment.text()
            parts.append(text)
            where.extend(range(start, start + len(text)))
    where.append(max(0, block.length() - 1))
    return "".join(parts), tuple(where)


def _gaps_are_escapes(md: mb.MarkdownText, a: int, b: int) -> bool:
    """True when md.text[a:b] (between two mapped stretches) is only backslash escapes."""
    return b - a == 1 and md.text[a] == "\\"


def _spans(md: mb.MarkdownText, start: int, end: int) -> list[tuple[int, int]]:
    """Markdown stretches holding document positions [start, end), split at real markup."""
    spans: list[tuple[int, int]] = []
    i = max(0, bisect.bisect_right(md.doc_starts, start) - 1)
    while i < len(md.doc_starts) and md.doc_starts[i] < end:
        d, m, length = md.doc_starts[i], md.md_starts[i], md.lengths[i]
        lo, hi = max(start, d), min(end, d + length)
        if hi > lo:
            ms, me = m + (lo - d), m + (hi - d)
            if spans and (spans[-1][1] == ms or _gaps_are_escapes(md, spans[-1][1], ms)):
                spans[-1] = (spans[-1][0], me)
            else:
                if ms == m and ms > 0 and md.text[ms - 1] == "\\" and not _mapped(md, ms - 1):
                    ms -= 1  # the escape of the first character belongs inside
                spans.append((ms, me))
        i += 1
    return spans


def _mapped(md: mb.MarkdownText, offset: int) -> bool:
    i = bisect.bisect_right(md.md_starts, offset) - 1
    return i >= 0 and offset < md.md_starts[i] + md.lengths[i]


def _unmapped(md: mb.MarkdownText, start: int, end: int) -> bool:
    return all(not _mapped(md, i) for i in range(start, end))


def _widen(md: mb.MarkdownText, a: int, b: int) -> tuple[int, int]:
    """Take in emphasis and link markup that wraps exactly md[a:b]: a suggestion covering all
    of "*word*" must hold the asterisks too, or accepting it would leave "**" behind."""
    text = md.text
    while True:
        for marker in ("***", "**", "*"):
            n = len(marker)
            if (text[a - n : a] == marker and text[b : b + n] == marker
                    and _unmapped(md, a - n, a) and _unmapped(md, b, b + n)):  # fmt: skip
                a, b = a - n, b + n
                break
        else:
            if a > 0 and text[a - 1] == "[" and text.startswith("](", b) and not _mapped(md, a - 1):
                close = text.find(")", b + 2)
                if close > 0 and _unmapped(md, b, close + 1):
                    a, b = a - 1, close + 1
                    continue
            return a, b


def _opener(kind: str) -> str:
    return "{++" if kind == INS else "{--"


def _closer(kind: str) -> str:
    return "++}" if kind == INS else "--}"


def document_to_markup(doc: QTextDocument) -> mb.MarkdownText:
    """The document as the stored body: Markdown with CriticMarkup, and the offset map."""
    md = mb.document_to_markdown(doc)
    marks = collect_marks(doc)
    if not marks:
        return md
    # Each mark's Markdown spans, then delimiters to insert at their edges.
    spans: list[tuple[int, int, Mark]] = []
    for mark in marks:
        own: list[tuple[int, int]] = []
        for a, b in _spans(md, mark.start, mark.end):
            a, b = _widen(md, a, b)
            if own and own[-1][1] >= a:
                own[-1] = (own[-1][0], max(b, own[-1][1]))
            else:
                own.append((a, b))
        spans += [(a, b, mark) for a, b in own]
    spans.sort(key=lambda s: (s[0], s[1]))
    inserts: list[tuple[int, str]] = []
    index = 0
    while index < len(spans):
        a, b, mark = spans[index]
        meta = mark.meta().render()
        nxt = spans[index + 1] if index + 1 < len(spans) else None
        if (mark.kind == DEL and nxt is not None and nxt[0] == b and nxt[2].kind == INS
                and nxt[2].id == mark.id):  # fmt: skip
            inserts += [(a, "{~~"), (b, "~>"), (nxt[1], "~~}" + meta)]
            index += 2
            continue
        inserts += [(a, _opener(mark.kind)), (b, _closer(mark.kind) + meta)]
        index += 1
    return _insert(md, inserts)


def _insert(md: mb.MarkdownText, inserts: list[tuple[int, str]]) -> mb.MarkdownText:
    """`md` with strings inserted at offsets (in order), its map shifted to match."""
    positions = [p for p, _ in inserts]
    lengths = [len(s) for _, s in inserts]
    cumulative = [0]
    for n in lengths:
        cumulative.append(cumulative[-1] + n)
    parts: list[str] = []
    last = 0
    for position, text in inserts:
        parts.append(md.text[last:position])
        parts.append(text)
        last = position
    parts.append(md.text[last:])
    out = mb.MarkdownText("".join(parts))

    def shifted(offset: int) -> int:  # inserts at an offset go before the character there
        return offset + cumulative[bisect.bisect_right(positions, offset)]

    for m, d, length in zip(md.md_starts, md.doc_starts, md.lengths, strict=True):
        cut = m
        inner = bisect.bisect_right(positions, m)
        while inner < len(positions) and positions[inner] < m + length:
            point = positions[inner]
            if point > cut:
                out.md_starts.append(shifted(cut))
                out.doc_starts.append(d + cut - m)
                out.lengths.append(point - cut)
                cut = point
            inner += 1
        out.md_starts.append(shifted(cut))
        out.doc_starts.append(d + cut - m)
        out.lengths.append(m + length - cut)
    return out


def accepted_map(markup: mb.MarkdownText) -> mb.MarkdownText:
    """The accepted text of a markup map, mapped straight to document positions."""
    if "{" not in markup.text:
        return markup
    view = critic.accepted(markup.text)
    if view.text == markup.text:
        return markup
    out = mb.MarkdownText(view.text)
    j = 0
    ms, ls = markup.md_starts, markup.lengths
    for v, m, length in zip(view.view_starts, view.markup_starts, view.lengths, strict=True):
        end = m + length
        while j < len(ms) and ms[j] + ls[j] <= m:
            j += 1
        k = j
        while k < len(ms) and ms[k] < end:
            lo, hi = max(m, ms[k]), min(end, ms[k] + ls[k])
            if hi > lo:
                out.md_starts.append(v + lo - m)
                out.doc_starts.append(markup.doc_starts[k] + lo - ms[k])
                out.lengths.append(hi - lo)
            k += 1
    return out


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
