"""The yardstick for cold start: a bare PySide6 window with one table, to its first paint."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, _report)
            watched.removeEventFilter(self)
        return False


def _report() -> None:
    sys.stdout.write("first-paint\n")
    sys.stdout.flush()
    os._exit(0)


def main() -> None:
    app = QApplication(sys.argv)
    model = QStandardItemModel(100, 4)
    for row in range(100):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"cell {row},{column}"))
    view = QTableView()
    view.setModel(model)
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    view.viewport().installEventFilter(_FirstPaint(window))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
