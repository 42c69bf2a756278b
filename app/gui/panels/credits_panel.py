"""The credits panel: a story's credits as an editable table, a credit-line parser and a preview.

Each change is stored at once through `Desk.set_credits` (credits are not part of the story's
text, so this never races the editor's autosave) and announced with `credits_changed`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QStringListModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.core.model import Credit, CreditRole, Story
from app.gui import icons
from app.gui.models.credits_table_model import Column, CreditsTableModel, Role
from app.gui.panels.credits_table import credits_table
from app.gui.panels.paste_box import PasteBox
from app.gui.quote_states import themed_icon

STYLES = {"reuters": "Reuters", "ap": "AP", "list": "List"}
ROWS_SHOWN = 4
"""Credit rows the dock shows without scrolling at 1280×800 (at least 3: the lead's round-27
decision); a longer sign-off scrolls in the table, and a tall window adds rows
(app.gui.window_layout.CREDITS_EXTRA_ROWS)."""
ROWS_WHOLE = 3
"""Credit rows always whole in view, however many lines they wrap to."""
_PREVIEW_PAD = 6  # px around the credit-line preview's text
NO_STORY_HINT = "Open a story to see and edit its credits."
MESSAGE_MS = 8000
"""How long "Added 3 credits." stays: the line it takes is the table's, given back after."""


class _Content(QWidget):
    """The scrolled content: as tall as its least (the table's few rows), not its wish.

    A scroll area asks a width-dependent widget for `heightForWidth`, which a layout answers
    with its preferred height (a table wants ~190 px); the dock would scroll although every
    control fits. The least height, plus what wrapped labels need at this width, is the truth.
    """

    def __init__(self, panel: CreditsPanel) -> None:
        super().__init__()
        self.panel = panel

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        height = layout.minimumSize().height()
        for label in (self.panel.warning, self.panel.message):  # the preview scrolls
            if label.isVisibleTo(self) and label.wordWrap():
                # At the width the label has (the warning shares its row with a button).
                wrapped = label.heightForWidth(label.width() if label.width() > 1 else inner)
                least = max(label.minimumHeight(), label.minimumSizeHint().height())
                height += max(0, wrapped - least)
        return height


class CreditsPanel(QWidget):
    """Credits of the open story; emits `credits_changed(list[Credit])` after storing them."""

    credits_changed = Signal(list)
    height_wanted = Signal(int)
    """Pixels more the panel needs to show everything (a warning or a long credit line came)."""
    height_spared = Signal(int)
    """Pixels the panel has beyond its need (a warning or a message went): the window may
    give them back to the quotes."""

    def __init__(self, desk: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditsPanel")
        self.setAccessibleName("Credits")
        self.desk = desk
        self._story: Story | None = None
        self._stored: list[Credit] = []
        self._loading = False
        self._locked: str | None = None
        self.model = CreditsTableModel(self)
        self._names = QStringListModel(self)
        self._build_ui()
        self._connect_model()
        self.set_story(None)

    def _build_ui(self) -> None:
        self.table = credits_table(self.model, self._names, self.fontMetrics().height())

        self.add_button = self._button("mdi6.plus", "Add credit", self.add_credit)
        self.remove_button = self._button("mdi6.minus", "Remove credit", self.remove_selected)
        self.up_button = self._button("mdi6.arrow-up", "Move credit up", lambda: self.move(-1))
        self.down_button = self._button("mdi6.arrow-down", "Move credit down", lambda: self.move(1))
        row_buttons = QHBoxLayout()
        row_buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            # Reachable with Tab, but a click leaves the focus in the table (and its keys).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        # Scoped to the table: Delete in the editor or the story list must not remove a credit.
        for keys, slot in (
            (QKeySequence("Alt+Up"), lambda: self.move(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move(1)),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected),
        ):
            shortcut = QShortcut(keys, self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.warning = QLabel()
        self.warning.setObjectName("creditsWarning")
        self.warning.setAccessibleName("Possible misspellings")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setVisible(False)
        self.fix_button = QPushButton("Fix spelling")
        self.fix_button.setToolTip("Use the directory's spelling of the name")
        self.fix_button.setAccessibleName("Use the directory's spelling of the name")
        self.fix_button.clicked.connect(self.use_directory_spelling)
        self.fix_button.setVisible(False)

        self.paste_edit = PasteBox()
        self.paste_edit.setObjectName("creditLineField")
        self.paste_edit.setAccessibleName("Paste a credit line")
        self.paste_edit.setPlaceholderText("Paste a credit line…")
        self.paste_edit.setToolTip(
            "Paste a credit line, e.g. “Reporting by Mike Stone; Editing by Scott Malone”, "
            "then Add rows (Ctrl+Return)"
        )
        self.parse_button = QPushButton("Add rows")
        icons.set_icon(self.parse_button, lambda: themed_icon("mdi6.text-box-plus-outline"))
        self.parse_button.setAccessibleName("Add the pasted credit line as rows")
        self.parse_button.clicked.connect(self.parse_pasted)
        self.paste_edit.submitted.connect(self.parse_pasted)
        self.parse_button.setToolTip("Add the pasted credit line as rows (Ctrl+Return)")
        # What the controls say while they can act; a locked story's reason replaces it.
        self._tips = {
            w: w.toolTip()
            for w in (
                self.add_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                self.paste_edit,
                self.parse_button,
                self.fix_button,
            )
        }
        self._placeholder = self.paste_edit.placeholderText()
        paste_row = QHBoxLayout()
        paste_row.setContentsMargins(0, 0, 0, 0)
        paste_row.addWidget(self.paste_edit, 1)
        paste_row.addWidget(self.parse_button, 0, Qt.AlignmentFlag.AlignTop)

        self.style_combo = QComboBox()
        self.style_combo.setAccessibleName("Credit style")
        for key, label in STYLES.items():
            self.style_combo.addItem(label, key)
        self.style_combo.currentIndexChanged.connect(self._update_preview)
        style_label = QLabel("&Style:")
        style_label.setBuddy(self.style_combo)
        # The style beside the row buttons: one row, not two, so the table keeps the height.
        row_buttons.addWidget(style_label)
        row_buttons.addWidget(self.style_combo)
        self.preview = QLabel()
        self.preview.setObjectName("creditPreview")
        self.preview.setAccessibleName("Credit line preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # no margin at the foot: four lines fill the box exactly, with no scroll bar for them
        self.preview.setContentsMargins(_PREVIEW_PAD, _PREVIEW_PAD, _PREVIEW_PAD, 0)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Four lines whatever the story (the dock is sized once); a longer credit line (every
        # contributor's organisation written) scrolls in its own box rather than taking the
        # table's rows.
        self.preview_box = QScrollArea()
        self.preview_box.setObjectName("creditPreviewBox")
        self.preview_box.setWidgetResizable(True)
        self.preview_box.setFrameShape(QScrollArea.Shape.StyledPanel)
        self.preview_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_box.setWidget(self.preview)
        # Four whole lines under the label's top margin: no half line peeping at the foot.
        frame = self.preview_box.frameWidth() * 2
        self.preview_box.setFixedHeight(_PREVIEW_PAD + self.fontMetrics().lineSpacing() * 4 + frame)

        self.message = QLabel()
        self.message.setAccessibleName("Credits message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # A report of a paste is read once: it goes after a while (a clean one) or when the
        # next line is typed, and the table has its line back (it stayed for good).
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(lambda: self._say(""))
        self.paste_edit.textChanged.connect(
            lambda: self.paste_edit.toPlainText() and self.message.isVisible() and self._say("")
        )

        # A short dock scrolls rather than squeezing the table or clipping the preview.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 2 + 28)
        content = _Content(self)
        content.setObjectName("creditsContent")
        self.scroll = QScrollArea()
        self.scroll.setObjectName("creditsScroll")
        self.scroll.setAccessibleName("Credits")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicks keep focus in the table
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        self.scroll.verticalScrollBar().rangeChanged.connect(
            lambda _low, high: high > 0 and self.height_wanted.emit(high)
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        warning_row = QHBoxLayout()  # the fix beside the warning: one row, not two
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(warning_row)
        layout.addLayout(paste_row)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.message)

    def needed_height(self, width: int | None = None) -> int:
        """Height that shows everything without scrolling (the window sizes the dock to it).

        Only what is showing counts: no room is kept for a misspelt-name warning or a paste's
        message that may never come (round 27: the reserve made the credits dock taller than
        the quotes at 1280×800). When one shows, the panel asks for its lines
        (`height_wanted`) and gives them back when it goes (`height_spared`)."""
        width = width or self.scroll.viewport().width() or self.width()
        # The table's least height holds two one-line rows; add what ROWS_SHOWN of them
        # need, or what the first ROWS_WHOLE need when they wrap (a long name, a place
        # "Port-au-Prince, Haiti" on three lines), so that many show whole.
        header = self.table.verticalHeader()
        line = header.defaultSectionSize()
        first = sum(header.sectionSize(r) for r in range(min(ROWS_WHOLE, self.model.rowCount())))
        rows = max(line * (ROWS_SHOWN - 2), first - line * 2 + 2)
        # The paste row is hidden while no story is open, which is when the window lays the
        # docks out at start: keep its room, or the first story opened has two rows fewer.
        paste = 0
        if not self.paste_edit.isVisibleTo(self):
            line = max(self.paste_edit.height(), self.parse_button.sizeHint().height())
            paste = line + self.scroll.widget().layout().spacing()
        frame = 2 * self.scroll.frameWidth()
        return self.scroll.widget().heightForWidth(width) + frame + rows + paste

    def _button(self, icon: str, name: str, slot: object) -> QPushButton:
        button = QPushButton("")
        icons.set_icon(button, lambda: themed_icon(icon))
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def _connect_model(self) -> None:
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._edited)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)

    # -- public API -----------------------------------------------------------------------

    def set_story(self, story: Story | None) -> None:
        """Show a story's credits (None clears and disables the panel)."""
        self._story = story
        self._loading = True
        try:
            self.model.set_credits(story.credits if story else ())
            self._stored = self.model.credits()
            self._load_directory()
        finally:
            self._loading = False
        enabled = story is not None and story.id is not None
        self.table.setEnabled(enabled)
        # With no story a paste box would take typing that goes nowhere: the preview's place
        # says what to do instead, and the box is back when a story opens.
        self.paste_edit.setVisible(enabled)
        self.parse_button.setVisible(enabled)
        if not enabled:
            self.paste_edit.clear()
        self._say("")
        self._refresh_views()
        # The window laid the docks out before this story (and the icons) came: ask for what
        # the dock lacks now, which the window takes from the quotes while they can spare it.
        QTimer.singleShot(0, self, self._ask_for_room)
        QTimer.singleShot(0, self, self._offer_room)  # what the last story's rows borrowed

    def set_locked(self, reason: str | None) -> None:
        """Grey every control that would change the credits, with `reason` as their tooltip
        and in the paste box, while the story is published, killed or claimed (None: they act
        again). The store refused the change, but only after the desk had typed it: the "+",
        Add rows and a pasted line all looked as if they would work."""
        self._locked = reason or None
        self.model.read_only = self._locked is not None
        self.table.setDragEnabled(self._locked is None)
        for widget, tip in self._tips.items():
            widget.setToolTip(self._locked or tip)
        self.paste_edit.setPlaceholderText(
            self._locked.split(":")[0] + ": the credits cannot change."
            if self._locked
            else self._placeholder
        )
        self._refresh_views()

    def locked(self) -> str | None:
        """Why the credits cannot change now, or None when they can."""
        return self._locked

    def writable(self) -> bool:
        """A stored story is open and its credits may change."""
        return self._story is not None and self._story.id is not None and self._locked is None

    def credits(self) -> list[Credit]:
        return self.model.credits()

    def style(self) -> str:
        return self.style_combo.currentData()

    def preview_text(self) -> str:
        return self.preview.text()

    # -- actions --------------------------------------------------------------------------

    @Slot()
    def add_credit(self) -> None:
        """A new row after the selected one (or at the end), ready to type the name."""
        if not self.writable():
            return
        current = self.table.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model.rowCount()
        # A new row takes the selected row's role: credits come in runs of one role.
        role = current.data(Role.CREDIT).role if current.isValid() else CreditRole.REPORTING
        index = self.model.insert_credit(row, Credit(role, ""))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    @Slot()
    def remove_selected(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.writable():
            self.model.removeRows(current.row(), 1)

    def move(self, delta: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or not self.writable():
            return
        if self.model.move_row(current.row(), delta):
            self.table.setCurrentIndex(self.model.index(current.row() + delta, current.column()))

    @Slot()
    def parse_pasted(self) -> int:
        """Turn the pasted credit line into rows; returns how many were added."""
        from app.core.analysis.credits import read_credits

        text = self.paste_edit.toPlainText().strip()
        if not text or not self.writable():
            return 0
        read = read_credits(text, declared=True)
        found = read.credits
        unread = "".join(f" Could not read “{part}”." for part in read.failed)
        if not found:
            # "By Staff": a byline naming no one is said to be unread, not only "no credits"
            self._say(
                "No credits found in that line." + unread
                if unread
                else "No credits found in that line: try “Reporting by Name in Place”."
            )
            return 0
        existing = {(c.role, c.name.casefold()) for c in self.model.credits()}
        new = [c for c in found if (c.role, c.name.casefold()) not in existing]
        self.model.append_credits(new)
        self.paste_edit.clear()
        skipped = len(found) - len(new)
        self._say(
            f"Added {len(new)} credit{'s' if len(new) != 1 else ''}"
            + (f" ({skipped} already listed)." if skipped else ".")
            + unread,
            fades=not unread,
        )
        self._show_rows(self.model.rowCount() - len(new), self.model.rowCount() - 1)
        return len(new)

    def _show_rows(self, first: int, last: int, *, again: bool = True) -> None:
        """Scroll the table to rows just added: the dock shows a few rows and a paste lands at
        the end, where the desk could not check the names read without scrolling for them."""
        if first > last or last >= self.model.rowCount():
            return
        # The table lays out its new rows later (a scroll bar without their range clamps the
        # scroll), and the message just shown takes a line from it: lay out first.
        self.scroll.widget().layout().activate()
        self.table.doItemsLayout()
        self.table.scrollTo(self.model.index(last, Column.NAME))
        # The first of them wins when all do not fit: the table then shows them from the top.
        self.table.scrollTo(self.model.index(first, Column.NAME))
        if again:  # once more when the window has grown the dock for the message
            QTimer.singleShot(0, self, lambda: self._show_rows(first, last, again=False))

    @Slot()
    def use_directory_spelling(self) -> None:
        """Replace every flagged name with the directory's spelling."""
        if not self.writable():
            return
        for row, _name, suggestion in self.model.warnings():
            self.model.setData(self.model.index(row, Column.NAME), suggestion)

    # -- keeping things in step -------------------------------------------------------------

    def _load_directory(self) -> None:
        if self._story is None:
            names: list[str] = []
        else:
            try:
                names = [p.name for p in self.desk.directory()]
            except CopydeskError:
                names = []
        self.model.set_directory(names)
        self._names.setStringList(self.model.directory())

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._store()
        self._refresh_views()

    def _store(self) -> None:
        credits = self.model.credits()
        if credits == self._stored or self._story is None or self._story.id is None:
            return
        try:
            self._story = self.desk.set_credits(self._story.id, credits)
        except CopydeskError as error:
            self._say(str(error))
            return
        self._stored = credits
        self.credits_changed.emit(list(credits))

    def _refresh_views(self) -> None:
        self._update_preview()
        self._update_warnings()
        self._update_buttons()

    def _update_preview(self) -> None:
        credits = self.model.credits()
        if self._story is None or self._story.id is None:
            self.preview.setText(NO_STORY_HINT)
            return
        if not credits:
            self.preview.setText("No credits yet: add a row or paste a credit line.")
            return
        try:
            from app.core.exporting.credits import render_credits

            self.preview.setText(render_credits(credits, self.style()))
        except (ImportError, CopydeskError) as error:
            self.preview.setText(f"Preview unavailable: {error}")

    def _update_warnings(self) -> None:
        warnings = self.model.warnings()
        if warnings:
            lines = [
                f"⚠ “{escape(name)}” is close to “{escape(suggestion)}” in the directory — "
                "a misspelling?"
                for _row, name, suggestion in warnings
            ]
            self.warning.setText("<br>".join(lines))
        shown = self.warning.isVisibleTo(self)
        self.warning.setVisible(bool(warnings))
        self.fix_button.setVisible(bool(warnings))
        if warnings and not shown:  # its lines would be the table's: ask for them
            QTimer.singleShot(0, self, self._ask_for_room)
        elif shown and not warnings:
            QTimer.singleShot(0, self, self._offer_room)

    def _update_buttons(self, *_args: object) -> None:
        current = self.table.currentIndex()
        enabled = self.writable()
        for widget in (self.add_button, self.paste_edit, self.parse_button, self.fix_button):
            widget.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and current.isValid())
        self.up_button.setEnabled(enabled and current.isValid() and current.row() > 0)
        self.down_button.setEnabled(
            enabled and current.isValid() and current.row() < self.model.rowCount() - 1
        )

    def _ask_for_room(self) -> None:
        """Emit `height_wanted` with the pixels the panel is short of its `needed_height`."""
        short = self.needed_height() - self.height()
        if short > 0 and self.isVisible():
            self.height_wanted.emit(short)

    def _offer_room(self) -> None:
        """Emit `height_spared` with the pixels the panel has beyond its `needed_height`."""
        spare = self.height() - self.needed_height()
        if spare > 0 and self.isVisible():
            self.height_spared.emit(spare)

    def _say(self, text: str, *, fades: bool = False) -> None:
        """Show (or, with "", hide) the message line; a message that `fades` goes by itself
        after MESSAGE_MS, one that reports a problem stays until the desk types again."""
        self._message_timer.stop()
        shown = self.message.isVisibleTo(self)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text and fades:
            self._message_timer.start()
        if text:  # a line more: the table would lose it
            QTimer.singleShot(0, self, self._ask_for_room)
        elif shown:  # the line goes: the quotes may have it back
            QTimer.singleShot(0, self, self._offer_room)
