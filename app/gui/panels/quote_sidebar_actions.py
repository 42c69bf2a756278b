"""The quote sidebar's row actions: mark a quote, change its speaker, edit and flag sources.

Everything a person decides goes straight to the store through `Desk`, then the panel shows the
store's view of the story again. A mixin of QuoteSidebarPanel, which owns the tree and the
story; kept apart so the panel module holds layout and display only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.errors import CopydeskError
from app.core.model import Quote, QuoteStatus, Source
from app.core.quote_text import normalise_quote
from app.gui.dialogs.quote_note_dialog import QuoteNoteDialog
from app.gui.dialogs.source_dialog import SourceDialog
from app.gui.dialogs.speaker_dialog import SpeakerDialog
from app.gui.models.quote_tree_model import ItemKind, Role
from app.gui.quote_states import themed_icon


class QuoteActionsMixin:
    """The context menu of the quote tree and the store changes it makes."""

    def menu_at_current(self) -> None:
        """Shift+F10 or the Menu key: the current row's actions, under that row. Mark
        verified, Change speaker and Open evidence took a right click (Shift+F10, the key a
        laptop without a Menu key has, did nothing)."""
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.scrollTo(index)
            self._context_menu_requested(self.tree.visualRect(index).center())

    def _context_menu_requested(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        menu = self.context_menu(index)
        if menu is not None and not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(point))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The actions for one row (built, not shown, so tests can trigger them)."""
        kind = index.data(Role.KIND) if index.isValid() else None
        menu = QMenu(self)
        menu.setAccessibleName("Quote and source actions")
        if kind == ItemKind.QUOTE:
            quote: Quote = index.data(Role.QUOTE)
            self._add(
                menu,
                "Mark verified…",
                "mdi6.account-check",
                lambda: self.mark_quote(quote, QuoteStatus.VERIFIED),
            )
            self._add(
                menu,
                "Mark disputed…",
                "mdi6.account-question",
                lambda: self.mark_quote(quote, QuoteStatus.DISPUTED),
            )
            clear = self._add(
                menu,
                "Clear status",
                "mdi6.help-circle-outline",
                lambda: self.mark_quote(quote, QuoteStatus.UNVERIFIED),
            )
            clear.setEnabled(quote.status is not QuoteStatus.UNVERIFIED)
            menu.addSeparator()
            self._add(
                menu, "Change speaker…", "mdi6.account-edit", lambda: self.change_speaker(quote)
            )
            self._add(
                menu,
                "Link to source…",
                "mdi6.link-variant",
                lambda: self.change_speaker(quote, link_only=True),
            )
            if quote.evidence is not None:
                menu.addSeparator()
                self._add(
                    menu,
                    "Open evidence",
                    "mdi6.open-in-new",
                    lambda: self.open_document_viewer(quote),
                )
        elif kind == ItemKind.SOURCE:
            source: Source = index.data(Role.SOURCE)
            self._add(menu, "Edit source…", "mdi6.account-edit", lambda: self.edit_source(source))
            anonymous = self._add(
                menu,
                "Anonymous",
                "mdi6.account-multiple",
                lambda: self.flag_source(source, anonymous=not source.anonymous),
            )
            anonymous.setCheckable(True)
            anonymous.setChecked(source.anonymous)
            confidential = self._add(
                menu,
                "Confidential",
                "mdi6.incognito",
                lambda: self.flag_source(source, confidential=not source.confidential),
            )
            confidential.setCheckable(True)
            confidential.setChecked(source.confidential)
        else:
            return None
        return menu

    @staticmethod
    def _add(menu: QMenu, text: str, icon: str, slot: object) -> QAction:
        action = menu.addAction(themed_icon(icon), text)
        action.triggered.connect(slot)
        return action

    def _stored_id(self, quote: Quote) -> int | None:
        """The stored quote for these words; re-reads the store once if the editor saved since."""
        if quote.id is not None:
            return quote.id
        self.refresh()
        norm = normalise_quote(quote.text)
        for stored in self._story.quotes if self._story else ():
            if normalise_quote(stored.text) == norm:
                return stored.id
        self._say("This quote is not saved yet: save the story, then mark it.")
        return None

    def mark_quote(self, quote: Quote, status: QuoteStatus) -> None:
        """Record a person's verdict on a quote, with a note (the store keeps who and when)."""
        quote_id = self._stored_id(quote)
        if quote_id is None:
            return
        note = QuoteNoteDialog.ask(self, quote, status)
        if note is None:
            return
        self._apply(lambda: self.desk.set_quote_status(quote_id, status, note or None))

    def change_speaker(self, quote: Quote, link_only: bool = False) -> None:
        quote_id = self._stored_id(quote)
        if quote_id is None:
            return
        sources = self._stored_sources()
        if link_only and not sources:
            self._say("This story has no source records yet: add one from Named sources.")
            return
        choice = SpeakerDialog.ask(self, quote, sources, link_only)
        if choice is None:
            return
        name, source_id = choice
        self._apply(lambda: self.desk.set_quote_speaker(quote_id, name, source_id))

    def _stored_sources(self) -> list[Source]:
        """Sources with records; found-but-unsaved ones are stored first so they can be linked."""
        if self._story is None or self._story.id is None:
            return []
        stored = [s for s in self._story.sources if s.id is not None]
        known = {s.name.casefold() for s in stored}
        for entry in self.model.content.sources:
            if entry.source.id is None and entry.source.name.casefold() not in known:
                stored.append(self.desk.add_source(self._story.id, entry.source))
        return stored

    def edit_source(self, source: Source) -> None:
        edited = SourceDialog.ask(self, source)
        if edited is not None:
            self._save_source(edited)

    def flag_source(
        self, source: Source, anonymous: bool | None = None, confidential: bool | None = None
    ) -> None:
        changes = {}
        if anonymous is not None:
            changes["anonymous"] = anonymous
        if confidential is not None:
            changes["confidential"] = confidential
        self._save_source(replace(source, **changes))

    def _save_source(self, source: Source) -> None:
        if self._story is None or self._story.id is None:
            return
        story_id = self._story.id
        if source.id is None:
            self._apply(lambda: self.desk.add_source(story_id, source))
        else:
            self._apply(lambda: self.desk.update_source(source))

    def _apply(self, change: object) -> None:
        """Run one store change, then show the store's view of the story."""
        try:
            change()
        except CopydeskError as error:
            self._say(str(error))
            return
        self._say("")
        self.refresh()
        self.annotations_changed.emit()
