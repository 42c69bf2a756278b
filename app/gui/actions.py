"""Every QAction of the window, defined once: text, shortcut, icon key, tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.gui import icons

SK = QKeySequence.StandardKey


IMPORT_KINDS: dict[str, str] = {
    "wire": "wire copy (.txt)",
    "markdown": "Markdown (.md)",
    "html": "saved web pages (.html)",
    "docx": "Word (.docx)",
    "ninjs": "IPTC ninjs (.json)",
}
"""What each importer (app.core.importing.KINDS) reads, in the words of the Import tooltip."""
IMPORT_FORMATS = (
    ", ".join(list(IMPORT_KINDS.values())[:-1]) + " or " + list(IMPORT_KINDS.values())[-1]
)


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
    ActionSpec("import_files", "&Import…", "import", SK.Open, f"Import {IMPORT_FORMATS}"),
    ActionSpec(
        "paste_as_new",
        "&Paste as new story",
        "paste_new",
        "Ctrl+Shift+V",
        "Make a new story from the text on the clipboard",
    ),
    ActionSpec("save", "&Save", "save", SK.Save, "Save now and record a revision"),
    ActionSpec("delete_story", "&Delete story…", "delete", None, "Move the story to the trash"),
    ActionSpec("export", "&Export…", "export", "Ctrl+E", "Export the story as HTML or ninjs"),
    ActionSpec("print", "&Print…", "print", SK.Print, "Print the story"),
    ActionSpec(
        "print_preview",
        "Print pre&view…",
        "print_preview",
        "Ctrl+Shift+O",
        "See the printed pages before printing",
    ),
    ActionSpec("quit", "&Quit", "quit", SK.Quit, "Save and close Copydesk"),
    ActionSpec("undo", "&Undo", "undo", SK.Undo, "Undo the last change"),
    ActionSpec("redo", "&Redo", "redo", SK.Redo, "Redo what was undone"),
    ActionSpec("find", "&Find…", "find", SK.Find, "Find text in the story"),
    ActionSpec("replace", "&Replace…", "replace", "Ctrl+H", "Find and replace text in the story"),
    ActionSpec("bold", "&Bold", "bold", SK.Bold, "Bold", checkable=True),
    ActionSpec("italic", "&Italic", "italic", SK.Italic, "Italic", checkable=True),
    ActionSpec("subhead", "&Subhead", "subhead", "Ctrl+Alt+2", "Subhead", checkable=True),
    ActionSpec(
        "block_quote",
        "Block &quote",
        "block_quote",
        "Ctrl+Shift+.",
        "Block quote",
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
        "suggest_edits",
        "Suggest &edits",
        "suggest",
        "Ctrl+Shift+E",
        "Record typing and deleting as suggestions others accept or reject",
        checkable=True,
    ),
    ActionSpec(
        "add_comment",
        "&Comment…",
        "add_comment",
        "Ctrl+Alt+M",
        "Comment on the selected text",
    ),
    ActionSpec(
        "accept_here",
        "Acce&pt suggestion",
        "accept",
        "Ctrl+Alt+Y",
        "Accept the suggestion at the cursor (or the one chosen in Review)",
    ),
    ActionSpec(
        "reject_here",
        "Re&ject suggestion",
        "reject",
        "Ctrl+Alt+N",
        "Reject the suggestion at the cursor (or the one chosen in Review)",
    ),
    ActionSpec(
        "next_change", "&Next suggestion", None, "F8", "Select the next suggestion in the text"
    ),
    ActionSpec(
        "previous_change",
        "Pre&vious suggestion",
        None,
        "Shift+F8",
        "Select the previous suggestion in the text",
    ),
    ActionSpec(
        "accept_all",
        "&Accept all suggestions",
        "accept_all",
        None,
        "Accept every open suggestion in this story",
    ),
    ActionSpec(
        "reject_all",
        "&Reject all suggestions",
        "reject_all",
        None,
        "Reject every open suggestion in this story",
    ),
    ActionSpec(
        "claim_story",
        "C&laim story",
        "claim",
        None,
        "While you have it open, others open this story read-only",
        checkable=True,
    ),
    ActionSpec("assign_story", "Assi&gn…", "assign", None, "Give this story to someone"),
    ActionSpec(
        "focus_review", "Go to &review", "review", "Ctrl+4", "Go to suggestions and comments"
    ),
    ActionSpec(
        "correct_story",
        "&Correct…",
        "correct",
        None,
        "Open a correction of the published story: back to editing, with a note for readers",
    ),
    ActionSpec(
        "update_story",
        "&Update…",
        "update",
        None,
        "Open an update of the published story: back to editing, with a note for readers",
    ),
    ActionSpec("kill_story", "&Kill…", "kill", None, "Withdraw the story for good, with a reason"),
    ActionSpec(
        "audit_report",
        "&Audit report…",
        "audit",
        None,
        "The copy desk's record: quotes and checks, sourcing, overrides, history; print or save",
    ),
    ActionSpec("check_quotes", "&Check quotes", "check_quotes", "F5", "Analyse the quotes now"),
    ActionSpec(
        "provenance",
        "&Provenance…",
        "provenance",
        "Ctrl+Shift+P",
        "The story beside its attached sources: what was copied, paraphrased or changed",
    ),
    ActionSpec(
        "find_originals",
        "Find originals in the &archive",
        "find_originals",
        None,
        "Look for the stories and documents in the store this story may be rewritten from",
    ),
    ActionSpec("focus_list", "Go to story &list", "list", "Ctrl+1", "Go to the story list"),
    ActionSpec(
        "focus_search",
        "&Search stories",
        "search",
        "Ctrl+Shift+F",
        "Search the stories' headlines and text (the box over the story list)",
    ),
    ActionSpec("focus_editor", "Go to &editor", "editor", "Ctrl+2", "Go to the editor"),
    ActionSpec("focus_quotes", "Go to &quotes", "quotes", "Ctrl+3", "Go to the quotes"),
    ActionSpec("focus_credits", "Go to cred&its", "credits", "Ctrl+5", "Go to the credits"),
    ActionSpec(
        "show_trash",
        "&Trash",
        "trash",
        "Ctrl+Shift+T",
        "Stories moved to the trash: restore them or delete them for ever",
        checkable=True,
    ),
    ActionSpec("dark_mode", "&Dark mode", "dark_mode", None, "Switch palettes", checkable=True),
    ActionSpec("load_samples", "Load &sample stories", "samples", None, "Add three sample stories"),
    ActionSpec(
        "guide", "Quick &guide", "guide", SK.HelpContents, "How a story goes through the desk"
    ),
    ActionSpec(
        "shortcuts", "&Keyboard shortcuts", "keyboard", "Ctrl+/", "Every shortcut of the window"
    ),
    ActionSpec("about", "&About Copydesk", "about", None, "Version and database in use"),
)

RECENT = "recent"
DOCKS = "docks"
# The formatting actions, in the Edit menu and on the Format toolbar alike.
FORMATTING = ("bold", "italic", "subhead", "block_quote", "bullets", "numbers", "link")
MENUS: dict[str, tuple[str | None, ...]] = {
    "&File": (
        "new_story",
        "import_files",
        "paste_as_new",
        "load_samples",
        RECENT,
        None,
        "save",
        "export",
        None,
        "print_preview",
        "print",
        None,
        "quit",
    ),
    "&Edit": ("undo", "redo", None, "find", "replace", None, *FORMATTING),
    "&Story": (
        "save",
        "history",
        "export",
        None,
        "assign_story",
        "claim_story",
        None,
        "correct_story",
        "update_story",
        "kill_story",
        None,
        "audit_report",
        None,
        "delete_story",
    ),
    "&Review": (
        "suggest_edits",
        None,
        "add_comment",
        None,
        "next_change",
        "previous_change",
        "accept_here",
        "reject_here",
        None,
        "accept_all",
        "reject_all",
        None,
        "focus_review",
    ),
    "&Quotes": ("check_quotes", "provenance", "find_originals", None, "focus_quotes"),
    "&View": (
        "focus_list",
        "focus_search",
        "focus_editor",
        "focus_quotes",
        "focus_review",
        "focus_credits",
        None,
        DOCKS,
        None,
        "show_trash",
        None,
        "dark_mode",
    ),
    "&Help": ("guide", "shortcuts", None, "about"),
}
"""The menu bar by action name; None is a separator, RECENT the recent stories, DOCKS the
panels' show/hide toggles. The keyboard-shortcut reference is written from this too."""
TOOLBARS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    ("mainToolBar", "Story", ("new_story", "import_files", "save")),
    (
        "formatToolBar",
        "Format",
        ("undo", "redo", None, *FORMATTING),
    ),
    (
        "reviewToolBar",
        "Review",
        (
            "check_quotes",
            "provenance",
            "suggest_edits",
            "add_comment",
            "history",
            "export",
            "print",
        ),
    ),
)
OTHER_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Story list", "Delete", "Move the story to the trash (in the trash: restore it)"),
    ("Story list", "Ctrl+V", "Make a new story from the clipboard"),
    ("Story list", "Enter", "Open the story"),
    ("Editor", "Ctrl+Z right after a curly quote", "Put back the straight quote you typed"),
    ("Headline", "Home / End", "Start / end of the whole headline, however it wraps"),
    ("Credits paste box", "Ctrl+Return", "Add the credit line as rows"),
    ("Comment, reply and reason", "Ctrl+Return", "Send (Return makes a new line)"),
    ("Correct, update and kill", "Ctrl+Return", "Confirm the note or reason"),
    ("Quote note and source", "Ctrl+Return", "OK / Save (Tab leaves the note box)"),
    ("Editor", "Tab", "Leave the editor for the next panel"),
    ("Credits", "Alt+Up, Alt+Down", "Move the selected credit up or down"),
    ("Credits", "Delete", "Remove the selected credit"),
)
"""Keys that belong to one panel rather than to a menu action (listed in the reference)."""


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
