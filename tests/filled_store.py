"""A SQLite store filled once per module and copied for each test.

Filling a store with a few hundred stories takes seconds; copying the closed file takes
milliseconds. Each test still opens its own file (the copy, in its own tmp_path), so what one
test writes no other test sees. In a test module:

    filled, sqlite_url = filled_store_fixtures(fill, "story-list")

`sqlite_url` overrides the conftest's, so the conftest's `desk` opens the test's copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

USER = "tester"
"""The conftest's `desk` user: what the template records as who saved it."""


def build_store(folder: Path, fill: Callable, user: str = USER) -> Path:
    """FOLDER/store.db, opened as USER, filled by FILL(desk) and closed cleanly."""
    from app.core.services import Desk

    path = folder / "store.db"
    with pytest.MonkeyPatch.context() as env:  # as the conftest's per-test settings do
        env.setenv("COPYDESK_DATA_DIR", str(folder / "userdata"))
        env.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        env.delenv("COPYDESK_DATABASE", raising=False)
        desk = Desk.open(f"sqlite:///{path}", user=user)
        try:
            fill(desk)
        finally:
            desk.close()
    assert not Path(f"{path}-wal").exists(), "closed cleanly: all in the main file"
    return path


def copy_store(template: Path, tmp_path: Path) -> str:
    """A copy of TEMPLATE in the test's own folder, as the URL the conftest's `sqlite_url` gives."""
    target = tmp_path / "store.db"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def filled_store_fixtures(fill: Callable, label: str) -> tuple[Callable, Callable]:
    """The module's `filled` store (built once by FILL, in a folder named LABEL) and the
    `sqlite_url` fixture that gives each test its own copy of it."""

    @pytest.fixture(scope="module")
    def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return build_store(tmp_path_factory.mktemp(label), fill)

    @pytest.fixture
    def sqlite_url(tmp_path: Path, filled: Path) -> str:
        return copy_store(filled, tmp_path)

    return filled, sqlite_url
