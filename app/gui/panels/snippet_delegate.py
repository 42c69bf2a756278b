"""Search hits in the story list: the headline, and under it the words around the match.

Painted by hand (not as HTML) so that whatever a story holds stays text: each piece of the
snippet is drawn as it is, the hits in bold on the highlight colour.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.model import Snippet, StorySummary
from app.gui.models.story_table_model import StoryRole

Index = QModelIndex | QPersistentModelIndex


def snippet_of(index: Index) -> Snippet | None:
    summary: StorySummary | None = index.data(StoryRole.SUMMARY)
    return summary.snippet if summary is not None else None


class SnippetDelegate(QStyledItemDelegate):
    """For the headline column while searching: two lines, the second the hit in context."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if snippet_of(index) is None:
            return size
        return QSize(size.width(), 2 * option.fontMetrics.lineSpacing() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snippet = snippet_of(index)
        if snippet is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(4, 3, -4, -3)
        line = opt.fontMetrics.lineSpacing()
        painter.save()
        painter.setPen(opt.palette.color(role))
        head = QRect(rect.left(), rect.top(), rect.width(), line)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(head, Qt.AlignmentFlag.AlignVCenter, elided)
        self._paint_snippet(
            painter, opt, snippet, rect.left(), rect.top() + line, rect.right(), line, selected
        )
        painter.restore()

    @staticmethod
    def _paint_snippet(
        painter: QPainter,
        opt: QStyleOptionViewItem,
        snippet: Snippet,
        x: int,
        top: int,
        right: int,
        line: int,
        selected: bool,
    ) -> None:
        plain = QFont(opt.font)
        plain.setPointSizeF(plain.pointSizeF() * 0.92)
        bold = QFont(plain)
        bold.setBold(True)
        muted = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        for piece, hit in _lead_to_hit(snippet, QFontMetrics(plain), (right - x) // 3):
            font = bold if hit else plain
            metrics = QFontMetrics(font)
            room = right - x
            if room <= metrics.horizontalAdvance("…"):
                break
            shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(shown)
            box = QRect(x, top, width, line)
            painter.setFont(font)
            if hit and not selected:
                painter.fillRect(box, opt.palette.color(QPalette.ColorRole.Highlight).lighter(170))
                painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
            else:
                painter.setPen(opt.palette.color(QPalette.ColorRole.Text) if hit else muted)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, shown)
            x += width
            if shown != piece:
                break


def _lead_to_hit(snippet: Snippet, metrics: QFontMetrics, room: int) -> list[tuple[str, bool]]:
    """The pieces, with the words before the first hit cut to ROOM pixels (whole words,
    after an ellipsis): in a narrow list the hit itself stays in view.

    The lead is every piece before the first hit: the store starts a snippet taken from
    mid-text with an "…" piece of its own, and reading only that as the lead left the words
    after it whole, so the list showed "…June 14. It follows re…" and never the hit."""
    parts = list(snippet.parts)
    first_hit = next((i for i, (_piece, hit) in enumerate(parts) if hit), None)
    if not first_hit:  # no hit, or the snippet starts with one
        return parts
    lead = "".join(piece for piece, _hit in parts[:first_hit])
    if metrics.horizontalAdvance(lead) <= room:
        return parts
    words = lead.split(" ")
    kept: list[str] = []
    while words and metrics.horizontalAdvance("… " + " ".join([words[-1], *kept])) <= room:
        kept.insert(0, words.pop())
    return [("…" + " ".join(kept), False), *parts[first_hit:]]
