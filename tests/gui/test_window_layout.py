"""The layout holds at 1280×800, 1920×1080 and 2560×1440, at 100 % and 150 %, and is
remembered per user and per size (issue 15, item 9)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_story
from tests.gui.layout_probe import measure, settle

SIZES = [(1280, 800), (1920, 1080), (2560, 1440)]
REPO = Path(__file__).resolve().parents[2]


def _holds(m: dict, *, docks_side_by_side: bool) -> None:
    assert m["min_width"] <= m["window"][0], "the window's parts fit its width"
    assert not m["list_hbar"], "no sideways scrolling in the story list"
    assert m["list_columns_width"] <= m["list_viewport"]
    # A chosen quote's evidence shows whole, or has at least a third of the dock to scroll in.
    assert m["evidence_shown"]
    assert not m["evidence_scrolls"] or m["evidence_height"] >= m["quotes_dock_height"] / 3
    assert not m["credits_scrolls"], "the credits show without scrolling"
    assert m["docks_fit"], "no dock runs off the bottom"
    assert m["form_overlaps"] == [] and m["cut_labels"] == []
    assert m["editor_chars"] >= 35
    if docks_side_by_side:
        assert not m["tabbed"], "quotes above credits, both in view"


@pytest.mark.parametrize("size", SIZES)
def test_layout_holds_at_the_three_sizes(qtbot, window, ferry, size) -> None:
    open_story(window, ferry)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.apply_default_layout()
    settle(window)
    m = measure(window)
    _holds(m, docks_side_by_side=True)
    assert m["editor_chars"] >= 60


def test_credits_fit_at_1280_with_a_misspelt_name_warning(qtbot, window, desk, ferry) -> None:
    """The directory knows "Anna Kowalski"; the wire says "Anna Kowal": a warning and its fix
    join the credits dock, which still shows everything without scrolling."""
    from app.core.model import Credit, CreditRole, Story

    desk.create_story(
        Story(headline="Earlier story", credits=(Credit(CreditRole.BYLINE, "Anna Kowalski"),)),
        analyse=False,
    )
    open_story(window, ferry)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.apply_default_layout()
    settle(window)
    assert window.credits.warning.isVisible() and "Kowalski" in window.credits.warning.text()
    _holds(measure(window), docks_side_by_side=True)


@pytest.mark.parametrize("size", SIZES)
def test_layout_holds_at_150_percent(size) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_probe", str(size[0]), str(size[1])],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    m = json.loads(run.stdout.strip().splitlines()[-1])
    assert m["scale"] == 1.5
    assert m["window"] == [round(size[0] / 1.5), round(size[1] / 1.5)]
    # 1280×800 at 150 % is 853×533 and 1920×1080 is 1280×720: too short for quotes, evidence
    # and credits one above the other, so the two docks share the column as tabs there.
    _holds(m, docks_side_by_side=size[0] >= 2560)


def test_layout_is_remembered_per_size_and_user(qtbot, window, desk, ferry, settings) -> None:
    from app.gui.main_window import MainWindow

    open_story(window, ferry)
    window.resize(1280, 800)
    window.layout_keeper.size_settled()
    window.workspace.setSizes([450, window.workspace.width() - 450])
    list_at_1280 = window.workspace.sizes()[0]
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    window.layout_keeper.size_settled()
    assert window.workspace.sizes()[0] > 600, "a new size gets that size's default"
    window.workspace.setSizes([700, window.workspace.width() - 700])
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.layout_keeper.size_settled()
    assert abs(window.workspace.sizes()[0] - list_at_1280) <= 4, "1280's own layout is back"
    window.close()

    again = MainWindow(desk, settings=settings)  # a later launch, same user
    qtbot.addWidget(again)
    again.resize(1920, 1080)
    again.show()
    qtbot.waitUntil(lambda: again.width() == 1920)
    again.layout_keeper.size_settled()
    QApplication.processEvents()
    assert abs(again.workspace.sizes()[0] - 700) <= 4
    again.autosaver.stop_timers()


@pytest.mark.parametrize("size", SIZES[:2])
def test_review_dock_and_banners_fit_the_layout(qtbot, window, desk, ferry, size) -> None:
    """Issue 17's Review dock is a tab beside the quotes (the credits keep their fitted height
    below), its toggle is in View; the editor's banners take no room from the layout's checks."""
    open_story(window, ferry)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.apply_default_layout()
    settle(window)
    assert window.review_dock in window.tabifiedDockWidgets(window.quotes_dock)
    assert window.credits_dock not in window.tabifiedDockWidgets(window.review_dock)
    assert not window.review_dock.isFloating()
    view = [a.text() for a in window.menus["View"].actions()]
    assert "Review panel" in view and "Go to &review" in view
    window.banner.show_lock("maria has claimed this story (since 09:12): it is open here "
                            "read-only.")  # fmt: skip
    window.banner.show_presence(["maria"])
    settle(window)
    _holds(measure(window), docks_side_by_side=True)
    window.actions.focus_review.trigger()
    settle(window)
    assert not window.review.visibleRegion().isEmpty(), "the review tab is in front"
    assert window.sidebar.visibleRegion().isEmpty()


def test_where_the_user_puts_the_review_dock_is_remembered_per_size(
    qtbot, window, desk, ferry, settings
) -> None:
    open_story(window, ferry)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.layout_keeper.size_settled()
    window.tabifyDockWidget(window.credits_dock, window.review_dock)  # the user drags it down
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    window.layout_keeper.size_settled()
    assert window.review_dock in window.tabifiedDockWidgets(window.quotes_dock), "the default"
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.layout_keeper.size_settled()
    settle(window)
    assert window.review_dock in window.tabifiedDockWidgets(window.credits_dock)


SIGN_OFF = (
    # A byline and a five-person Reuters sign-off, each with a place and an organisation
    # (invented people): what the credits dock must show whole in its default arrangement.
    ("byline", "Maren Holt", "Porthaven", "Reuters"),
    ("reporting", "Ana Lind", "Oslo", "Reuters"),
    ("reporting", "Tomas Berg", "Stockholm", "NTB"),
    ("additional_reporting", "Kiri Walsh", "Auckland", "RNZ"),
    ("writing", "Jon Mare", "London", "Reuters"),
    ("editing", "Lea Fontaine", "Paris", "Agence France-Presse"),
)


@pytest.mark.parametrize("size", SIZES[:2])
def test_a_five_person_sign_off_shows_whole_in_the_credits_dock(qtbot, window, desk, size) -> None:
    """Round 26's walk-through: at 1280×800 the dock hid the organisation behind a sideways
    scroll bar. Every column (role, person, place, organisation) is whole at 1280×800 and at
    1920×1080; every row is in view at 1920×1080, and at 1280×800 (where round 27 gave the
    quotes the height) three rows at least, the others a scroll away."""
    from app.core.model import Credit, CreditRole, Story

    credits = tuple(Credit(CreditRole(r), n, location=p, organisation=o) for r, n, p, o in SIGN_OFF)
    story = desk.create_story(Story(headline="Flood barrier approved", credits=credits))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.apply_default_layout()  # as at start: laid out before any story is open
    settle(window)
    open_story(window, story)
    settle(window)
    qtbot.wait(50)
    settle(window)
    assert window.credits_dock not in window.tabifiedDockWidgets(window.quotes_dock)
    _sign_off_in_view(window, size)
    # A paste's message ("Added 0 credits (1 already listed).") takes a line from the quotes.
    window.credits.paste_edit.setPlainText("Reporting by Ana Lind in Oslo")
    window.credits.parse_button.click()
    settle(window)
    assert window.credits.message.isVisible()
    _sign_off_in_view(window, size)


def _rows_in_view(table) -> list[int]:
    viewport = table.viewport().rect()
    model = table.model()
    return [
        row
        for row in range(model.rowCount())
        if all(
            viewport.contains(table.visualRect(model.index(row, c)))
            for c in range(model.columnCount())
        )
    ]


def _sign_off_in_view(window, size: tuple[int, int]) -> None:
    """At 1920×1080 every row and column is in view; at 1280×800 the credits give way to the
    quotes (the lead's round-27 decision): at least three whole rows, the rest a scroll away,
    and every column whole (no sideways scrolling) either way."""
    from app.gui.models.credits_table_model import Column
    from app.gui.panels.credits_table import longest_piece

    table = window.credits.table
    assert table.model().rowCount() == len(SIGN_OFF)
    assert table.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    if size[1] >= 1080:
        assert table.verticalScrollBar().maximum() == 0, "every row in view"
        assert _rows_in_view(table) == list(range(len(SIGN_OFF)))
    else:
        assert len(_rows_in_view(table)) >= 3, "three credits at least in view"
        for row in range(len(SIGN_OFF)):  # and each of them a scroll away, whole
            table.scrollTo(table.model().index(row, Column.NAME))
            assert row in _rows_in_view(table), f"row {row} cannot be scrolled into view"
        table.scrollToTop()
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    scrolls = table.verticalScrollBar().maximum() > 0
    for column in Column:
        # Each column is wide enough to read its header and the usual entries whole; at
        # 1280×800 the table's scroll bar takes its width, and a role may wrap ("Additional /
        # reporting", its row a line taller: credits_table), each word whole.
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        texts = [title, *[table.model().index(r, column).data() for r in range(len(SIGN_OFF))]]
        if column is Column.ORGANISATION and size[0] < 1920:
            texts.remove("Agence France-Presse")  # elided at 1280 (a tooltip has it whole)
        if scrolls and column is not Column.ORGANISATION:
            widest = max(longest_piece(t, metrics) for t in texts[1:])
            widest = max(widest, metrics.horizontalAdvance(title))
        else:
            widest = max(metrics.horizontalAdvance(t) for t in texts)
        assert header.sectionSize(column) >= widest + 8, f"{column.name} is cut"
    assert not window.credits.scroll.verticalScrollBar().maximum(), "the dock does not scroll"


def _forty_quotes_story(desk):
    """Invented copy: forty quotes by ten speakers, with the six-person sign-off above."""
    from app.core.model import Credit, CreditRole, Story

    people = ["Ilse Brandvold", "Okon Petrie", "Dafydd Ambrose", "Keziah Moreau",
              "Tor Hallvik", "Sunniva Rask", "Ameline Kross", "Bastian Ueland", "Runa Eidsvik",
              "Gorm Salte"]  # fmt: skip
    body = "\n\n".join(
        f"“Point {n} of the sea wall plan was argued over at the meeting for an hour,” said "
        f"{people[n % 10]}. “We will come back to point {n} next week,” {people[n % 10]} added."
        for n in range(20)
    )
    credits = tuple(Credit(CreditRole(r), n, location=p, organisation=o) for r, n, p, o in SIGN_OFF)
    return desk.create_story(Story(headline="Sea wall", body=body, credits=credits))


def _quotes_in_view(window) -> int:
    from app.gui.models.quote_tree_model import ItemKind

    tree = window.sidebar.tree
    view = tree.viewport().rect()
    rows = window.sidebar.model.rows_of_kind(ItemKind.QUOTE)
    return sum(1 for row in rows if view.contains(tree.visualRect(row)))


@pytest.mark.parametrize(("size", "least"), [((1280, 800), 4), ((1920, 1080), 9)])
def test_a_story_of_forty_quotes_shows_many_at_once(qtbot, window, desk, size, least) -> None:
    """Round 27's walk-through: at 1280×800 the tree showed two of forty quotes (the credits
    below, the evidence pane a fixed third). A quote's row is now two lines (its opening
    words, then its state), and the evidence pane takes what it shows: one line while nothing
    is chosen, the evidence whole when a quote is."""
    from app.gui.models.quote_tree_model import ItemKind, Role

    story = _forty_quotes_story(desk)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.apply_default_layout()
    settle(window)
    open_story(window, story)
    qtbot.waitUntil(lambda: window.sidebar.content.live, timeout=10_000)
    settle(window)
    assert len(window.sidebar.model.rows_of_kind(ItemKind.QUOTE)) == 40
    assert window.credits_dock not in window.tabifiedDockWidgets(window.quotes_dock)
    assert _quotes_in_view(window) >= least + 1, "nothing chosen: the evidence is one line"
    quote = window.sidebar.model.rows_of_kind(ItemKind.QUOTE)[13].data(Role.QUOTE)
    window.sidebar.select_quote_at(quote.start + 2)
    settle(window)
    details = window.sidebar.details
    assert f"“{quote.text}”" in details.toPlainText()
    assert details.verticalScrollBar().maximum() == 0, "the evidence shows whole"
    assert _quotes_in_view(window) >= least
    current = window.sidebar.tree.visualRect(window.sidebar.tree.currentIndex())
    assert window.sidebar.tree.viewport().rect().contains(current), "the chosen row in view"
    _sign_off_in_view(window, size)


def test_at_1280_the_quotes_dock_has_the_height_the_credits_do_not_need(
    qtbot, window, desk
) -> None:
    """Round 27's second walk-through: with a forty-quote story at 1280×800 the credits dock
    was taller than the quotes dock (360 px against 328), its panel keeping three lines for a
    warning or a paste's message that were not showing. Now the quotes are the taller dock; a
    message, while it shows, borrows its line from the quotes (the credits keep three rows in
    view) and gives it back when it goes."""
    story = _forty_quotes_story(desk)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.apply_default_layout()
    settle(window)
    open_story(window, story)
    qtbot.waitUntil(lambda: window.sidebar.content.live, timeout=10_000)
    settle(window)
    quotes, credits = window.quotes_dock.height(), window.credits_dock.height()
    assert quotes > credits + 60, f"quotes {quotes} px, credits {credits} px"
    panel = window.credits
    assert not panel.message.isVisible() and not panel.warning.isVisible()
    assert panel.height() - panel.needed_height() <= 4, "no room kept for what is not shown"
    assert len(_rows_in_view(panel.table)) >= 3

    panel.paste_edit.setPlainText("Reporting by Ana Lind in Oslo")
    panel.parse_button.click()
    qtbot.waitUntil(lambda: window.quotes_dock.height() < quotes)
    settle(window)
    assert panel.message.isVisible() and not panel.scroll.verticalScrollBar().maximum()
    assert len(_rows_in_view(panel.table)) >= 3, "the message took a line from the quotes"
    panel._message_timer.timeout.emit()  # the message fades
    qtbot.waitUntil(lambda: abs(window.quotes_dock.height() - quotes) <= 2)
    assert abs(window.credits_dock.height() - credits) <= 2


WRAPPING = (
    # Invented: rows that wrap in a 1280×800 dock (a double-barrelled name, a place with
    # its country, "Additional reporting"), as the walk-through's story had.
    ("reporting", "Maria-Fernanda Oyelaran-Whitcombe", "Port-au-Prince, Haiti", ""),
    ("reporting", "Peter Osei", "Calderport", ""),
    ("additional_reporting", "Lena Fischer", "Linnet Island", ""),
    ("additional_reporting", "Samir Haddad", "Northgate", ""),
    ("writing", "Jon Mare", "", ""),
)


def test_credits_that_wrap_keep_three_rows_whole_and_give_the_room_back(
    qtbot, window, desk
) -> None:
    """Three credit rows are whole in view at 1280×800 however many lines they wrap to (the
    dock borrows from the quotes for them); a story with one-line credits gives it back."""
    from app.core.model import Credit, CreditRole, Story

    plain = _forty_quotes_story(desk)
    wrapping = desk.create_story(
        Story(
            headline="Storm wall",
            body=plain.body,
            credits=tuple(Credit(CreditRole(r), n, location=p) for r, n, p, _o in WRAPPING),
        )
    )
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.apply_default_layout()
    settle(window)
    open_story(window, plain)
    qtbot.waitUntil(lambda: window.sidebar.content.live, timeout=10_000)
    settle(window)
    quotes = window.quotes_dock.height()
    open_story(window, wrapping)
    qtbot.waitUntil(lambda: window.sidebar.content.live, timeout=10_000)
    settle(window)
    table = window.credits.table
    assert table.rowHeight(0) > table.verticalHeader().defaultSectionSize(), "the row wraps"
    qtbot.waitUntil(lambda: _rows_in_view(table)[:3] == [0, 1, 2])
    assert window.quotes_dock.height() > window.credits_dock.height()
    open_story(window, plain)
    settle(window)
    qtbot.waitUntil(lambda: abs(window.quotes_dock.height() - quotes) <= 2)


def test_the_evidence_height_the_user_drags_to_is_kept_per_size(qtbot, window, desk) -> None:
    story = _forty_quotes_story(desk)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.layout_keeper.size_settled()
    open_story(window, story)
    qtbot.waitUntil(lambda: window.sidebar.content.live, timeout=10_000)
    settle(window)
    splitter = window.sidebar.splitter
    splitter.moveSplitter(splitter.sizes()[0] - 60, 1)  # the user drags the evidence taller
    settle(window)
    dragged = window.sidebar.evidence.limit
    assert dragged is not None and dragged >= 80
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    window.layout_keeper.size_settled()
    assert window.sidebar.evidence.limit is None, "a new size has the default"
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.layout_keeper.size_settled()
    assert window.sidebar.evidence.limit == dragged
