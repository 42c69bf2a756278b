"""The credits table's columns share its width; an elided cell says its whole text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.core.model import Credit, CreditRole
from app.gui.models.credits_table_model import Column, CreditsTableModel
from app.gui.panels.credits_table import CreditsTable, share_widths


def test_columns_keep_their_width_when_they_fit_and_the_last_takes_the_rest() -> None:
    assert share_widths([100, 90, 70, 80], [40, 50, 60, 90], 400, [3, 2, 0, 1]) == [
        100,
        90,
        70,
        140,
    ]


def test_the_first_to_give_way_narrows_to_its_title_before_the_next() -> None:
    # 40 px over: the organisation (3) gives 30 down to its least, then the place (2) 10.
    assert share_widths([130, 90, 75, 125], [40, 50, 60, 95], 380, [3, 2, 0, 1]) == [
        130,
        90,
        65,
        95,
    ]


def test_an_elided_organisation_shows_whole_in_a_tooltip(qtbot) -> None:
    model = CreditsTableModel()
    model.set_credits(
        [Credit(CreditRole.EDITING, "Lea Fontaine", "Paris", organisation="Agence France-Presse")]
    )
    table = CreditsTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.give_way = [Column.ORGANISATION]
    table.elide_first = [Column.ORGANISATION]
    table.resize(340, 120)
    table.show()
    qtbot.waitExposed(table)
    table.fit_columns()
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in Column) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    cell = table.visualRect(model.index(0, Column.ORGANISATION))
    assert table.fontMetrics().horizontalAdvance("Agence France-Presse") > cell.width()
    assert header.sectionSize(Column.NAME) > table.fontMetrics().horizontalAdvance("Lea Fontaine")
    pos = cell.center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.isVisible() and QToolTip.text() == "Agence France-Presse"
    QToolTip.hideText()


def test_columns_wrap_to_their_widest_word_before_any_elides() -> None:
    # 100 px over: the place (2) wraps down to its widest word (70 px given), then the role
    # (0) gives the 30 left; nothing is narrower than its widest word.
    natural, least, wrapped = [150, 120, 130, 80], [40, 50, 60, 80], [70, 90, 60, 80]
    assert share_widths(natural, least, 380, [2, 0, 1], wrapped) == [120, 120, 60, 80]
    # Wrapped to their words and still too wide: then they elide, in the same order.
    assert share_widths(natural, least, 290, [2, 0, 1], wrapped) == [60, 90, 60, 80]


def test_a_column_nobody_fills_gives_its_width_to_the_columns_that_wrap(qtbot) -> None:
    """Round 27's walk-through: a wire sign-off names no organisations, yet the empty column
    kept its title's width while "Port-au-Prince, Haiti" and "Additional reporting" wrapped
    beside it; at 1920×1080 the dock showed five of ten credits. The empty column keeps a
    stub ("Orga…", the whole title on hover) and the places and roles have one line a row."""
    model = CreditsTableModel()
    places = ["Port-au-Prince, Haiti", "Calderport", "Linnet Island", "Northgate", "Auckland"]
    model.set_credits(
        [Credit(CreditRole.ADDITIONAL_REPORTING, f"Reporter {n}", place) for n, place in
         enumerate(places)]
    )  # fmt: skip
    table = CreditsTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.give_way = [Column.ORGANISATION, Column.LOCATION, Column.ROLE, Column.NAME]
    table.elide_first = [Column.ORGANISATION]
    metrics = table.fontMetrics()
    whole = sum(
        metrics.horizontalAdvance(t) + 12
        for t in ("Additional reporting", "Reporter 0", "Port-au-Prince, Haiti")
    )
    table.resize(whole + table.verticalHeader().width() + 40, 300)
    table.show()
    qtbot.waitExposed(table)
    table.fit_columns()
    header = table.horizontalHeader()
    title = metrics.horizontalAdvance("Organisation")
    assert header.sectionSize(Column.ORGANISATION) < title, "an empty column keeps a stub"
    assert model.headerData(Column.ORGANISATION, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Organisation"  # fmt: skip
    line = table.verticalHeader().defaultSectionSize()
    assert all(table.rowHeight(r) == line for r in range(len(places))), "one line a row"
