"""Every QAction of the window, defined once: text, shortcut, icon key, tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.gui import icons

SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    icon: str | None = None
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("new_story", "&New story", "new", SK.New, "Start a new, empty story"),
    ActionSpec("import_files", "&Import…", "import", SK.Open, "Import wire copy or Markdown files"),
    ActionSpec(
        "paste_as_new", "&Paste as new story", "paste_new", "Ctrl+Shift+V",
        "Make a new story from the text on the clipboard",
    ),
    ActionSpec("save", "&Save", "save", SK.Save, "Save now and record a revision"),
    ActionSpec("delete_story", "&Delete story…", "delete", None, "Move the story to the trash"),
    ActionSpec("export", "&Export…", "export", "Ctrl+E", "Export the story as HTML or ninjs"),
    ActionSpec("quit", "&Quit", "quit", SK.Quit, "Save and close Copydesk"),
    ActionSpec("undo", "&Undo", "undo", SK.Undo, "Undo the last change"),
    ActionSpec("redo", "&Redo", "redo", SK.Redo, "Redo what was undone"),
    ActionSpec("find", "&Find…", "find", SK.Find, "Find text in the story"),
    ActionSpec("replace", "&Replace…", "replace", "Ctrl+H", "Find and replace text in the story"),
    ActionSpec("bold", "&Bold", "bold", SK.Bold, "Bold", checkable=True),
    ActionSpec("italic", "&Italic", "italic", SK.Italic, "Italic", checkable=True),
    ActionSpec("subhead", "&Subhead", "subhead", "Ctrl+Alt+2", "Subhead", checkable=True),
    ActionSpec(
        "block_quote", "Block &quote", "block_quote", "Ctrl+Shift+.", "Block quote",
        checkable=True,
    ),
    ActionSpec(
        "bullets", "&Bulleted list", "bullets", "Ctrl+Shift+8", "Bulleted list", checkable=True
    ),
    ActionSpec(
        "numbers", "&Numbered list", "numbers", "Ctrl+Shift+7", "Numbered list", checkable=True
    ),
    ActionSpec("link", "&Link…", "link", "Ctrl+K", "Make the selection a link"),
    ActionSpec("history", "&History…", "history", "Ctrl+Shift+H", "Revisions of this story"),
    ActionSpec(
        "suggest_edits", "Suggest &edits", "suggest", "Ctrl+Shift+E",
        "Record typing and deleting as suggestions others accept or reject", checkable=True,
    ),
    ActionSpec(
        "add_comment", "&Comment…", "add_comment", "Ctrl+Alt+M",
        "Comment on the selected text",
    ),
    ActionSpec("accept_all", "&Accept all suggestions", "accept_all", None,
               "Accept every open suggestion in this story"),
    ActionSpec("reject_all", "&Reject all suggestions", "reject_all", None,
               "Reject every open suggestion in this story"),
    ActionSpec(
        "claim_story", "C&laim story", "claim", None,
        "While you have it open, others open this story read-only", checkable=True,
    ),
    ActionSpec("assign_story", "Assi&gn…", "assign", None, "Give this story to someone"),
    ActionSpec("focus_review", "&Review", "review", "Ctrl+4", "Go to suggestions and comments"),
    ActionSpec("check_quotes", "&Check quotes", "check_quotes", "F5", "Analyse the quotes now"),
    ActionSpec("focus_list", "Story &list", "list", "Ctrl+1", "Go to the story list"),
    ActionSpec("focus_editor", "&Editor", "editor", "Ctrl+2", "Go to the editor"),
    ActionSpec("focus_quotes", "&Quotes and sources", "quotes", "Ctrl+3", "Go to the quotes"),
    ActionSpec("dark_mode", "&Dark mode", "dark_mode", None, "Switch palettes", checkable=True),
    ActionSpec("load_samples", "Load &sample stories", "samples", None, "Add three sample stories"),
    ActionSpec("about", "&About Copydesk", "about", None, "Version and database in use"),
)


class Actions(QObject):
    """The window's actions by name (`actions.save`); menus and toolbars share these objects."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[str, str] = {}
        for spec in SPECS:
            action = QAction(spec.text, self)
            action.setObjectName(f"action_{spec.name}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            tip = spec.tip
            if not action.shortcut().isEmpty():
                native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip} ({native})"
            action.setToolTip(tip)
            action.setStatusTip(spec.tip)
            action.setCheckable(spec.checkable)
            if spec.icon:
                self._icons[spec.name] = spec.icon
            setattr(self, spec.name, action)

    def __getattr__(self, name: str) -> QAction:  # for type checkers: actions are attributes
        raise AttributeError(name)

    def all(self) -> list[QAction]:
        return [getattr(self, spec.name) for spec in SPECS]

    def apply_icons(self) -> None:
        """Called after the first paint: qtawesome's import is kept off the start-up path."""
        for name, key in self._icons.items():
            getattr(self, name).setIcon(icons.icon(key))
