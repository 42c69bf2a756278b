"""Menus and toolbars say what they do, once each (issue 15, item 11)."""

from __future__ import annotations

from app.core.importing import KINDS
from app.gui.actions import IMPORT_KINDS, MENUS, SPECS, TOOLBARS
from app.gui.icons import ICONS


def test_the_import_tooltip_names_every_format(window) -> None:
    assert set(IMPORT_KINDS) == set(KINDS), "a new importer needs its words in the tooltip"
    tip = window.actions.import_files.toolTip()
    for extension in (".txt", ".md", ".html", ".docx", ".json"):
        assert extension in tip, tip


def test_no_menu_lists_the_same_words_twice(window) -> None:
    for title, menu in window.menus.items():
        texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
        assert len(texts) == len(set(texts)), f"{title}: {texts}"
    view = [a.text().replace("&", "") for a in window.menus["View"].actions()]
    assert "Quotes and sources panel" in view and "Go to quotes" in view


def test_toolbar_icons_are_told_apart(window) -> None:
    specs = {spec.name: spec for spec in SPECS}
    icons = [ICONS[specs[name].icon] for _n, _t, names in TOOLBARS for name in names if name]
    assert len(icons) == len(set(icons)), "no icon twice in the toolbars"
    quote_marks = [i for i in icons if "format-quote" in i]
    assert len(quote_marks) == 1, f"one quote-mark icon (Block quote), not {quote_marks}"


def test_every_menu_entry_is_an_action_of_the_window(window) -> None:
    names = {spec.name for spec in SPECS}
    for items in MENUS.values():
        for name in items:
            assert name is None or name in names or name in ("recent", "docks"), name


def test_no_two_actions_share_a_shortcut(window) -> None:
    """Qt fires neither action of an ambiguous shortcut (Print preview and Provenance both
    wanted Ctrl+Shift+P when the two branches met)."""
    seen: dict[str, str] = {}
    for action in window.actions.all():
        keys = action.shortcut().toString()
        if keys:
            assert keys not in seen, f"{keys}: {seen[keys]} and {action.text()}"
            seen[keys] = action.text()
    assert window.actions.provenance.shortcut().toString() == "Ctrl+Shift+P"
    assert window.actions.print_preview.shortcut().toString() == "Ctrl+Shift+O"


def test_the_story_and_quotes_menus_carry_both_branches_actions(window) -> None:
    texts = {title: [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
             for title, menu in window.menus.items()}  # fmt: skip
    for name in ("Correct…", "Update…", "Kill…", "Audit report…", "History…", "Export…"):
        assert name in texts["Story"], texts["Story"]
    for name in ("Check quotes", "Provenance…", "Find originals in the archive", "Go to quotes"):
        assert name in texts["Quotes"], texts["Quotes"]
    assert "Print preview…" in texts["File"] and "Trash" in texts["View"]
