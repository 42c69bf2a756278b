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
