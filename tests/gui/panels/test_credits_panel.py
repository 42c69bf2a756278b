"""The credits panel as a desk uses it: the wire story's eight credits, edits, paste, preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.core.model import Credit, CreditRole, Story
from app.gui.models.credits_table_model import Column, CreditsTableModel, likely_misspelling
from app.gui.panels.credits_panel import CreditsPanel


def _open_panel(qtbot, desk, story: Story) -> CreditsPanel:
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(420, 640)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_story(story)
    return panel


@pytest.fixture
def panel(qtbot, desk, story) -> CreditsPanel:
    return _open_panel(qtbot, desk, story)


def _names(panel: CreditsPanel) -> list[str]:
    return [panel.model.index(r, Column.NAME).data() for r in range(panel.model.rowCount())]


def _edit_cell(qtbot, panel: CreditsPanel, row: int, column: Column, text: str) -> None:
    """Double-click a cell, type, press Enter: as a desk would."""
    index = panel.model.index(row, column)
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = panel.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState)


def test_wire_story_shows_eight_credits_and_the_reuters_line(panel: CreditsPanel) -> None:
    assert panel.model.rowCount() == 8
    assert _names(panel)[:2] == ["Anna Kowal", "Peter Osei"]
    assert panel.model.index(2, Column.ROLE).data() == "Additional reporting"
    assert panel.model.index(0, Column.LOCATION).data() == "Calderport"
    assert panel.preview_text().startswith(
        "Reporting by Anna Kowal and Peter Osei in Calderport; Additional reporting by"
    )
    assert not panel.warning.isVisible()


def test_the_style_combo_changes_the_preview(panel: CreditsPanel) -> None:
    panel.style_combo.setCurrentIndex(panel.style_combo.findData("list"))
    assert panel.preview_text().splitlines()[0] == "Reporting: Anna Kowal in Calderport"
    panel.style_combo.setCurrentIndex(panel.style_combo.findData("ap"))
    assert "contributed to this report" in panel.preview_text()


def test_a_misspelt_name_is_flagged_and_can_be_fixed(qtbot, panel, desk, story) -> None:
    changed = []
    panel.credits_changed.connect(changed.append)
    _edit_cell(qtbot, panel, 0, Column.NAME, "Anna Kowla")
    assert _names(panel)[0] == "Anna Kowla"
    assert changed and changed[-1][0].name == "Anna Kowla"  # stored at once
    assert desk.get_story(story.id).credits[0].name == "Anna Kowla"
    assert panel.warning.isVisible()
    assert "“Anna Kowla” is close to “Anna Kowal”" in panel.warning.text()
    tooltip = panel.model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "misspelling" in tooltip
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert _names(panel)[0] == "Anna Kowal"
    assert desk.get_story(story.id).credits[0].name == "Anna Kowal"


def test_the_role_is_chosen_from_the_list(qtbot, panel, desk, story) -> None:
    index = panel.model.index(6, Column.ROLE)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    editor = panel.table.focusWidget()
    assert isinstance(editor, QComboBox)
    assert editor.count() == len(CreditRole)
    while editor.currentData() != "edited_by":
        qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState)
    assert desk.get_story(story.id).credits[6].role is CreditRole.EDITED_BY


def test_names_complete_from_the_directory(qtbot, panel) -> None:
    panel.add_credit()
    editor = panel.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    completer.setCompletionPrefix("Hadd")
    assert completer.currentCompletion() == "Samir Haddad"


def test_reorder_with_buttons_and_keys(qtbot, panel, desk, story) -> None:
    panel.table.setFocus()  # Alt+Up/Down belong to the table, as Delete does
    qtbot.waitUntil(panel.table.hasFocus)
    panel.table.setCurrentIndex(panel.model.index(1, Column.NAME))
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert _names(panel)[:2] == ["Peter Osei", "Anna Kowal"]
    assert panel.table.currentIndex().row() == 0
    assert not panel.up_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names(panel)[:2] == ["Anna Kowal", "Peter Osei"]
    panel.table.setCurrentIndex(panel.model.index(0, Column.NAME))
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in desk.get_story(story.id).credits][:2] == ["Peter Osei", "Anna Kowal"]


def test_add_and_remove_rows(qtbot, panel, desk, story) -> None:
    panel.table.setCurrentIndex(panel.model.index(7, Column.NAME))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = panel.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Nadia Brook")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState)
    credits = desk.get_story(story.id).credits
    assert (credits[-1].name, credits[-1].role) == ("Nadia Brook", CreditRole.EDITED_BY)
    panel.table.setCurrentIndex(panel.model.index(8, Column.NAME))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(desk.get_story(story.id).credits) == 8


def test_a_pasted_credit_line_becomes_rows(qtbot, desk) -> None:
    story = desk.create_story(Story(headline="Flood", body="Water rose."))
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.set_story(story)
    assert "No credits yet" in panel.preview_text()
    panel.paste_edit.setFocus()
    qtbot.keyClicks(panel.paste_edit, "Reporting by Ana Lima in Recife; Editing by Tom Hogue")
    qtbot.mouseClick(panel.parse_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["Ana Lima", "Tom Hogue"]
    assert panel.model.index(0, Column.LOCATION).data() == "Recife"
    assert panel.preview_text() == "Reporting by Ana Lima in Recife; Editing by Tom Hogue"
    assert [c.name for c in desk.get_story(story.id).credits] == ["Ana Lima", "Tom Hogue"]
    assert panel.paste_edit.toPlainText() == ""
    # pasting the same line again adds nothing twice
    panel.paste_edit.setPlainText("Reporting by Ana Lima in Recife")
    assert panel.parse_pasted() == 0


def test_ctrl_return_in_the_paste_box_adds_the_rows(qtbot, desk) -> None:
    """Typed from the keyboard, the line had no way to the rows but Tab to the button: Return
    (rightly) makes a new line there, and Ctrl+Return did the same."""
    story = desk.create_story(Story(headline="Flood", body="Water rose."))
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.set_story(story)
    panel.paste_edit.setFocus()
    qtbot.keyClicks(panel.paste_edit, "Reporting by Ana Lima")
    qtbot.keyClick(panel.paste_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.paste_edit, "Editing by Tom Hogue")
    qtbot.keyClick(panel.paste_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _names(panel) == ["Ana Lima", "Tom Hogue"]
    assert panel.paste_edit.toPlainText() == ""


def test_model_moves_rows_by_drag_and_drop_data(qapp) -> None:
    model = CreditsTableModel()
    model.set_credits([Credit(CreditRole.REPORTING, n) for n in ("A", "B", "C")])
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [c.name for c in model.credits()] == ["B", "C", "A"]


def test_likely_misspelling() -> None:
    directory = ["Anna Kowal", "Samir Haddad", "Tom Hill"]
    assert likely_misspelling("Anna Kowa", directory) == "Anna Kowal"
    assert likely_misspelling("Samir Hadad", directory) == "Samir Haddad"
    assert likely_misspelling("Anna Kowal", directory) is None
    assert likely_misspelling("Jane Doe", directory) is None
    assert likely_misspelling("Anna", directory) is None


def test_every_control_has_an_accessible_name(panel: CreditsPanel) -> None:
    from PySide6.QtWidgets import QWidget

    for widget in panel.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert widget.accessibleName() or widget.parent().accessibleName(), widget


def test_delete_removes_a_credit_only_from_the_credits_table(qtbot, window, desk, story) -> None:
    """Delete in the editor (or anywhere else) edits text there; in the table it removes a row."""
    window._update_page()
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    credits = window.credits
    assert credits.model.rowCount() == 8
    credits.table.setCurrentIndex(credits.model.index(0, Column.NAME))
    window.activateWindow()

    text = window.editor.text_edit
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    before = text.toPlainText()
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    assert credits.model.rowCount() == 8
    assert text.toPlainText() == before[1:]

    headline = window.editor.metadata.headline
    headline.setFocus()
    headline.setCursorPosition(0)
    qtbot.keyClick(headline, Qt.Key.Key_Delete)
    assert credits.model.rowCount() == 8

    # Widgets that do not use Delete themselves: the key must not reach the credits table.
    for widget in (window.sidebar.tree, window.editor.metadata.status, credits.style_combo):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        assert credits.model.rowCount() == 8, f"Delete in {widget.accessibleName()} took a credit"

    credits.table.setFocus()
    qtbot.waitUntil(credits.table.hasFocus)
    qtbot.keyClick(credits.table, Qt.Key.Key_Delete)
    assert credits.model.rowCount() == 7
    assert desk.get_story(story.id).credits[0].name == "Peter Osei"


def test_a_part_that_fails_is_reported_and_the_rest_kept(qtbot, desk) -> None:
    story = desk.create_story(Story(headline="Flood", body="Water rose."))
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.set_story(story)
    panel.paste_edit.setPlainText(
        "Reporting by Ana Lima in Recife; Editing by the night desk of the paper"
    )
    assert panel.parse_pasted() == 1
    assert _names(panel) == ["Ana Lima"]
    assert "Could not read “the night desk of the paper”" in panel.message.text()


def test_an_empty_table_leaves_room_for_a_role_and_a_name(qtbot, desk) -> None:
    """Before any credit is in it, "Role" and "Person" are not a word wide beside a stretched
    "Location": a typed name fits without the desk widening the column first."""
    empty = desk.create_story(Story(headline="No credits", body="Text."), analyse=False)
    panel = _open_panel(qtbot, desk, empty)
    assert panel.model.rowCount() == 0
    metrics = panel.table.fontMetrics()
    header = panel.table.horizontalHeader()
    assert header.sectionSize(Column.ROLE) > metrics.horizontalAdvance("Reporting")
    assert header.sectionSize(Column.NAME) > metrics.horizontalAdvance("Firstname Lastname")
    assert header.sectionSize(Column.LOCATION) > 0


def _empty_panel(qtbot, desk) -> CreditsPanel:
    story = desk.create_story(Story(headline="Flood", body="Water rose."))
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.set_story(story)
    return panel


def test_a_pasted_bare_name_is_a_credit(qtbot, desk) -> None:
    # the editor pasted it as a credit: nothing on the line need say "By"
    panel = _empty_panel(qtbot, desk)
    panel.paste_edit.setFocus()
    qtbot.keyClicks(panel.paste_edit, "ORLA FENWICK")
    qtbot.mouseClick(panel.parse_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["Orla Fenwick"]
    assert panel.model.index(0, Column.ROLE).data() == "Byline"
    assert "Added 1 credit." in panel.message.text()


def test_a_pasted_names_line_adds_the_people_and_reports_the_rest(qtbot, desk) -> None:
    panel = _empty_panel(qtbot, desk)
    panel.paste_edit.setPlainText("Orla Fenwick / Tamsin Oduya & Kerrow Baptiste, 34")
    assert panel.parse_pasted() == 3
    assert _names(panel) == ["Orla Fenwick", "Tamsin Oduya", "Kerrow Baptiste"]
    assert "Could not read “34”" in panel.message.text()


def test_pasted_prose_still_gives_no_credit(qtbot, desk) -> None:
    panel = _empty_panel(qtbot, desk)
    panel.paste_edit.setPlainText("The ferry board met on Tuesday to discuss fares")
    assert panel.parse_pasted() == 0
    assert panel.model.rowCount() == 0
    assert "No credits found" in panel.message.text()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_rows_added_from_a_paste_are_scrolled_into_view(qtbot, window, story, size) -> None:
    """The docked table shows a few rows and a paste adds its rows at the end: the desk must
    see the names read (not only "Added 3 credits.") once the dock has settled."""
    window.resize(*size)
    window._update_page()
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    panel = window.credits
    qtbot.waitUntil(lambda: panel.model.rowCount() == 8)
    qtbot.wait(600)  # the window's layout settles after a resize
    assert panel.table.viewport().height() < 11 * panel.table.rowHeight(0), "no room to hide"
    panel.paste_edit.setPlainText("Ysolde Carrick, Benedek Lorrimer and Anwen Tolley")
    qtbot.mouseClick(panel.parse_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)  # the message's line and the dock's new height
    assert _names(panel)[-3:] == ["Ysolde Carrick", "Benedek Lorrimer", "Anwen Tolley"]
    table = panel.table
    fit = table.viewport().height() // table.rowHeight(0)
    viewport = table.viewport().rect()
    shown = [
        row
        for row in range(8, 11)
        if viewport.contains(table.visualRect(panel.model.index(row, Column.NAME)))
    ]
    # All three when they fit, else as many as fit from the first.
    assert shown == list(range(8, 8 + min(3, fit))), f"new rows {shown} shown, {fit} fit"


def test_the_organisation_is_edited_saved_and_shown_again(qtbot, panel, desk, story) -> None:
    """Typed into the Organisation cell like a location: stored with the story's credits and
    there again when the story is opened afresh."""
    assert panel.model.headerData(Column.ORGANISATION, Qt.Orientation.Horizontal) == "Organisation"
    _edit_cell(qtbot, panel, 0, Column.ORGANISATION, "The Harbour Ledger")
    stored = desk.get_story(story.id).credits
    assert stored[0].organisation == "The Harbour Ledger"
    assert stored[0].location == panel.model.index(0, Column.LOCATION).data()

    reopened = _open_panel(qtbot, desk, desk.get_story(story.id))
    assert reopened.model.index(0, Column.ORGANISATION).data() == "The Harbour Ledger"
    header = reopened.table.horizontalHeader()
    assert header.sectionSize(Column.ORGANISATION) > 0
    assert header.sectionSize(Column.LOCATION) > 0

    _edit_cell(qtbot, reopened, 0, Column.ORGANISATION, " ")
    assert desk.get_story(story.id).credits[0].organisation is None


def test_with_no_story_the_paste_box_gives_way_to_a_hint(qtbot, desk, story) -> None:
    """Typing a credit line with no story open went nowhere: the box is gone and the
    preview's place says what to do; it is back, empty and ready, when a story opens."""
    from app.gui.panels.credits_panel import NO_STORY_HINT

    panel = _open_panel(qtbot, desk, story)
    panel.paste_edit.setPlainText("Reporting by Ana Lind")
    panel.set_story(None)
    assert not panel.paste_edit.isVisible() and not panel.parse_button.isVisible()
    assert panel.preview_text() == NO_STORY_HINT
    assert not panel.table.isEnabled()
    panel.set_story(story)
    assert panel.paste_edit.isVisible() and panel.paste_edit.isEnabled()
    assert panel.paste_edit.toPlainText() == ""
    assert panel.preview_text().startswith("Reporting by Anna Kowal")


def test_the_paste_box_is_one_line_until_a_long_line_is_pasted(qtbot, panel) -> None:
    """An empty box leaves the height to the table; a pasted credit line is read whole."""
    empty = panel.paste_edit.height()
    assert empty < 2 * panel.paste_edit.fontMetrics().lineSpacing()
    panel.paste_edit.setPlainText(
        "Reporting by Ana Lind of Reuters in Oslo and Tomas Berg of NTB in Stockholm; "
        "Editing by Lea Fontaine"
    )
    qtbot.waitUntil(lambda: panel.paste_edit.height() > empty)
    assert panel.paste_edit.verticalScrollBar().maximum() == 0
    panel.paste_edit.clear()
    qtbot.waitUntil(lambda: panel.paste_edit.height() == empty)


def test_a_dock_laid_out_short_asks_for_the_rows_it_lacks(qtbot, desk, story) -> None:
    """The window lays the docks out before a story (and the toolbar icons) are there; the
    panel then fits its least height, its table a row or two short of a sign-off. Opening a
    story asks the window for what is missing, which it takes from the quotes dock."""
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    panel.show()
    qtbot.waitExposed(panel)
    short = panel.needed_height() - 30
    panel.resize(420, short)
    qtbot.waitUntil(lambda: panel.height() == short)
    with qtbot.waitSignal(panel.height_wanted, timeout=1000) as wanted:
        panel.set_story(story)
    assert wanted.args[0] >= 30 - 2
    assert panel.scroll.verticalScrollBar().maximum() == 0, "it fitted: only the table lost"


LONG_BYLINE = [
    Credit(
        CreditRole.BYLINE,
        "Maria-Fernanda Oyelaran-Whitcombe",
        "Port-au-Prince, Haiti",
        organisation="Associated Press",
    ),
    Credit(
        CreditRole.BYLINE,
        "Konstantinos Papadopoulos-Brennan",
        "Thessaloniki, Greece",
        organisation="Agence France-Presse",
    ),
    Credit(CreditRole.ADDITIONAL_REPORTING, "Siddharth Venkataraman-Lindqvist", "Rio de Janeiro"),
    Credit(CreditRole.EDITED_BY, "Ravi Menon"),
]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_a_long_byline_reads_whole_role_and_place(qtbot, window, desk, size) -> None:
    """Long names, agencies and places: the dock at 1280×800 showed "Byli…" and "Port-au-…".
    Every role, person and place reads whole: a cell wraps onto more lines and its row is as
    tall as they need; no word is cut. The organisation may elide (docs/ux.md): its tooltip
    and the preview have it."""
    from tests.gui.conftest import open_story

    story = desk.create_story(
        Story(headline="Bridge vote", body="The council met.", credits=LONG_BYLINE),
        analyse=False,
    )
    window.resize(*size)
    open_story(window, story)
    window.credits_dock.raise_()
    table = window.credits.table
    qtbot.waitUntil(lambda: window.credits.model.rowCount() == len(LONG_BYLINE))
    qtbot.wait(600)  # the window's layout settles after a resize
    metrics = table.fontMetrics()
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    assert table.horizontalScrollBar().maximum() == 0
    for row in range(len(LONG_BYLINE)):
        for column in (Column.ROLE, Column.NAME, Column.LOCATION):
            text = str(table.model().index(row, column).data() or "")
            room = table.columnWidth(column) - 6  # the item view's margins: 3 px a side
            shown = metrics.boundingRect(0, 0, room, 10_000, flags, text)
            assert shown.width() <= room, f"{text!r} cut in {room} px"
            assert shown.height() <= table.rowHeight(row) - 4, f"{text!r} taller than its row"


ALREADY_LISTED = "Reporting by Anna Kowal and Peter Osei in Calderport; Editing by Clare Dunmore"


def test_the_room_a_paste_took_is_given_back_to_the_table(qtbot, window, story) -> None:
    """At 1280×800 a paste took the table's rows twice: the box grew for the line, and the
    report ("Added 0 credits (3 already listed).") stayed under it for good, so the table was a
    row short after every paste. Typing the next line puts the report away, and an emptied box
    is one line again: the table is as tall as before the first paste."""
    from tests.gui.conftest import open_story

    window.resize(1280, 800)
    open_story(window, story)
    panel = window.credits
    qtbot.waitUntil(lambda: panel.model.rowCount() == 8)
    qtbot.wait(600)  # the window's layout settles after a resize
    table_before, box_before = panel.table.height(), panel.paste_edit.height()
    panel.paste_edit.setFocus()
    qtbot.keyClicks(panel.paste_edit, ALREADY_LISTED)
    qtbot.waitUntil(lambda: panel.paste_edit.height() > box_before)
    qtbot.mouseClick(panel.parse_button, Qt.MouseButton.LeftButton)
    assert "already listed" in panel.message.text() and panel.message.isVisible()
    qtbot.keyClicks(panel.paste_edit, ALREADY_LISTED)  # the next line
    assert not panel.message.isVisible()
    panel.paste_edit.selectAll()
    qtbot.keyClick(panel.paste_edit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.paste_edit.height() == box_before)
    qtbot.waitUntil(lambda: panel.table.height() == table_before, timeout=2000)


def test_a_paste_report_goes_by_itself_and_a_problem_stays(qtbot, desk, monkeypatch) -> None:
    """ "Added 2 credits." is read once and gives its line back; "Could not read …" stays
    until the desk types again."""
    from app.gui.panels import credits_panel

    monkeypatch.setattr(credits_panel, "MESSAGE_MS", 50)
    panel = _empty_panel(qtbot, desk)
    panel.show()
    panel.paste_edit.setPlainText("Reporting by Ana Lind and Tomas Berg")
    assert panel.parse_pasted() == 2
    assert panel.message.isVisible()
    qtbot.waitUntil(lambda: not panel.message.isVisible(), timeout=1000)
    panel.paste_edit.setPlainText("Orla Fenwick / Tamsin Oduya & Kerrow Baptiste, 34")
    panel.parse_pasted()
    qtbot.wait(200)
    assert panel.message.isVisible() and "Could not read" in panel.message.text()


def test_the_paste_box_fits_its_line_again_when_the_dock_is_widened(qtbot, panel) -> None:
    """The box counted its lines only when its text changed: typed in a narrow dock it kept
    three lines' height after the desk widened the dock and the line fitted on one."""
    one_line = panel.paste_edit.height()
    panel.paste_edit.setPlainText(ALREADY_LISTED)
    qtbot.waitUntil(lambda: panel.paste_edit.height() > one_line)
    panel.resize(1400, panel.height())
    qtbot.waitUntil(lambda: panel.paste_edit.height() == one_line, timeout=2000)


def test_a_long_credit_line_scrolls_in_its_preview_not_over_the_table(qtbot, desk) -> None:
    """With every contributor's organisation written, a sign-off's line runs past four lines
    in a narrow dock: the preview keeps its four lines and scrolls, and the panel asks for
    no more height than a short line needs (the table kept its rows only by luck before)."""
    credits = tuple(
        # Places of one word: rows that wrap ask for their lines (three rows stay whole,
        # round 27), which is not what this test is about.
        Credit(CreditRole.REPORTING, f"Reporter {name}", "Port-au-Prince", "Kyodo News Agency")
        for name in ("Lind", "Berg", "Walsh", "Mare", "Fontaine", "Osei")
    )
    long_story = desk.create_story(Story(headline="Flood", body="Water rose.", credits=credits))
    short_story = desk.create_story(Story(headline="Rain", body="Rain fell."))
    panel = CreditsPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(360, 700)
    panel.show()
    panel.set_story(short_story)
    short = panel.needed_height(340)
    panel.set_story(long_story)
    assert "Kyodo News Agency" in panel.preview_text()
    qtbot.waitUntil(lambda: panel.preview_box.verticalScrollBar().maximum() > 0)
    assert panel.needed_height(340) == short


def test_a_pasted_byline_naming_no_one_says_what_it_could_not_read(qtbot, desk) -> None:
    """ "By Staff" credits no one (no outlet is named); the editor is told which part was not
    read, not only that no credit was found."""
    panel = _empty_panel(qtbot, desk)
    panel.paste_edit.setPlainText("By Staff")
    assert panel.parse_pasted() == 0
    assert panel.model.rowCount() == 0
    assert "Could not read “Staff”" in panel.message.text()


@pytest.mark.parametrize("width", [300, 390, 520])
def test_a_flagged_name_shows_whole_beside_its_warning_icon(qtbot, desk, story, width) -> None:
    """The warning icon took more room than the table allowed it: the misspelt name, the one
    the desk must read, wrapped inside a one-line row and showed as "Anna …"."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from app.gui.panels.welcome import sample_paths

    for path in sample_paths():  # a sample's credits put "Anna Kowalski" in the directory
        desk.import_file(path)
    panel = _open_panel(qtbot, desk, desk.get_story(story.id))
    panel.resize(width, 640)
    table = panel.table
    index = panel.model.index(0, Column.NAME)
    assert index.data() == "Anna Kowal" and index.data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: table.viewport().width() < width)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = table.visualRect(index)
    style = table.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    text = QRect(0, 0, room.width() - 2 * margin, 10_000)  # as Qt lays the cell's text out
    needed = option.fontMetrics.boundingRect(text, flags, "Anna Kowal")
    assert needed.height() <= room.height(), f"the name wraps in a one-line row at {width}"


def test_tab_leaves_the_credits_table_but_moves_on_while_a_cell_is_edited(qtbot, panel) -> None:
    """Tab walked every cell (32 for eight credits) before reaching Add or the paste box; a
    desk typing a credit still goes from cell to cell with Tab."""
    table = panel.table
    panel.window().activateWindow()
    table.setFocus()
    table.setCurrentIndex(panel.model.index(0, Column.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus(), "Tab left the table"
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == Column.NAME
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit) and table.state() == table.State.EditingState
    editor.selectAll()
    qtbot.keyClicks(editor, "Anna Kowalski")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert panel.model.index(0, Column.NAME).data() == "Anna Kowalski"
    assert table.currentIndex().column() == Column.LOCATION
    assert table.state() == table.State.EditingState, "the next cell is being edited"
