"""The house rules that keep the code easy to live in: the core never loads Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_core_module_imports_without_qt() -> None:
    script = (
        "import pkgutil, importlib, sys, app.cli, app.core\n"
        "for m in pkgutil.walk_packages(app.core.__path__, 'app.core.'):\n"
        "    if '.migrations' not in m.name:  # Alembic runs those itself\n"
        "        importlib.import_module(m.name)\n"
        "for m in pkgutil.walk_packages(app.cli.__path__, 'app.cli.'):  # every verb family\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'qtawesome', 'app.gui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_listed_for_the_wheel() -> None:
    """A package missing from pyproject's list would be left out of wheels and the bundle."""
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "app").rglob("__init__.py")
    }
    assert found - listed == set()
