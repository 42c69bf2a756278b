"""The right-click menu for an underlined word: suggestions, the fix, the dictionary, ignore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.proofing.issues import SPELLING, UNKNOWN_NAME, Issue

MAX_SUGGESTIONS = 6


def add_proofing_actions(
    menu: QMenu,
    issue: Issue,
    suggestions: list[str],
    *,
    replace: Callable[[str], None],
    add_to_dictionary: Callable[[str], None] | None,
    ignore_in_story: Callable[[str], None] | None,
) -> list[QAction]:
    """Put the actions for ISSUE at the top of MENU (above cut/copy/paste); returns them."""
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []

    def add(text: str, slot: Callable[[], None], name: str, enabled: bool = True) -> None:
        action = QAction(text, menu)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        menu.insertAction(first, action)
        actions.append(action)

    if issue.code in (SPELLING, UNKNOWN_NAME):
        for word in suggestions[:MAX_SUGGESTIONS]:
            add(word, lambda _checked=False, w=word: replace(w), "proofingSuggestion")
        if issue.code == SPELLING and not suggestions:
            add("(no suggestions)", lambda: None, "proofingNoSuggestion", enabled=False)
        if add_to_dictionary is not None:
            add("Add to newsroom dictionary", lambda: add_to_dictionary(issue.word),
                "proofingAddToDictionary")  # fmt: skip
        if ignore_in_story is not None:
            add("Ignore in this story", lambda: ignore_in_story(issue.word), "proofingIgnore")
    else:
        if issue.suggestion is not None:
            shown = issue.suggestion if issue.suggestion.strip() else "one space"
            add(f"Replace with “{shown}”", lambda: replace(issue.suggestion or ""),
                "proofingFix")  # fmt: skip
        add(f"Style ({issue.rule}): {issue.message}", lambda: None, "proofingMessage",
            enabled=False)  # fmt: skip
    if first is not None:
        menu.insertSeparator(first)
    return actions
