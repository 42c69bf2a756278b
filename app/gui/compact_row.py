"""A row of buttons that drops their words for icons alone when the row is too narrow.

A dock at 150 % scaling on a 1280×800 screen is about 300 px wide; three labelled buttons
would hold it wider than the window allows. Squeezed, each button keeps its icon, and its
words go to the tooltip and the accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class CompactButtonRow(QWidget):
    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self._texts = {id(b): b.text() for b in self.buttons}
        self.compact = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            layout.addWidget(button)
        layout.addStretch(1)

    def set_text(self, button: QPushButton, text: str) -> None:
        """Change a button's words (shown, or kept for when the row is wide again)."""
        self._texts[id(button)] = text
        button.setToolTip(text if self.compact else button.toolTip())
        if not self.compact:
            button.setText(text)
        self.updateGeometry()

    def text(self, button: QPushButton) -> str:
        return self._texts[id(button)]

    def full_width(self) -> int:
        spacing = self.layout().spacing()
        total = 0
        for button in self.buttons:
            if not button.isVisibleTo(self):
                continue
            probe = QPushButton(self._texts[id(button)])
            probe.setIcon(button.icon())
            probe.setFont(button.font())
            total += probe.sizeHint().width() + spacing
            probe.deleteLater()
        return total

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        spacing = self.layout().spacing()
        width = sum(
            b.iconSize().width() + 24 + spacing for b in self.buttons if b.isVisibleTo(self)
        )
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.width() < self.full_width()
        if compact != self.compact:
            self.compact = compact
            for button in self.buttons:
                words = self._texts[id(button)]
                button.setText("" if compact else words)
                if compact:
                    button.setToolTip(words if not button.toolTip() else button.toolTip())
