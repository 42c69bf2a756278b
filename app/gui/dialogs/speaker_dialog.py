"""Choose who said a quote: a name typed freely, or one of the story's source records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Quote, Source


class SpeakerDialog(QDialog):
    """Picking a listed source links the quote to that record; a typed name sets only the name."""

    def __init__(
        self,
        quote: Quote,
        sources: Sequence[Source],
        parent: QWidget | None = None,
        link_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speakerDialog")
        title = "Link quote to a source" if link_only else "Change speaker"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._sources = [s for s in sources if s.id is not None]
        text = " ".join(quote.text.split())
        label = QLabel(f"Who said “{text[:200]}{'…' if len(text) > 200 else ''}”?")
        label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setEditable(not link_only)
        self.combo.setAccessibleName("Speaker")
        for source in self._sources:
            self.combo.addItem(source.name, source.id)
        current = self.combo.findText(quote.speaker or "")
        if current >= 0:
            self.combo.setCurrentIndex(current)
        elif not link_only:
            self.combo.setEditText(quote.speaker or "")
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setAccessibleName("Dialog buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.resize(420, 150)

    def choice(self) -> tuple[str, int | None]:
        name = self.combo.currentText().strip()
        for source in self._sources:
            if source.name == name:
                return name, source.id
        return name, None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        quote: Quote,
        sources: Sequence[Source],
        link_only: bool = False,
    ) -> tuple[str, int | None] | None:
        """(speaker name, source id or None), or None if cancelled or left empty."""
        dialog = cls(quote, sources, parent, link_only)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name, source_id = dialog.choice()
        return (name, source_id) if name else None
