"""Third-party packages loaded on first use: the one-line error when one cannot be imported.

A feature's library (trafilatura for saved pages, pypdf, python-docx...) is imported when the
feature is first used, so that start-up stays quick. When the import fails (the package is not
installed, or a package it needs is missing, as lxml_html_clean was under pip 23.2), the user
gets a sentence naming the package and how to install it, not a traceback: `needs()` turns the
ImportError into a MissingPackageError (exit 2 on the command line, a dialog in the window).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from app.core.errors import MissingPackageError

# Import name -> the distribution to install, where the two differ or a dependency of a
# dependency is the usual culprit. tests/core/test_packages.py checks each against pyproject.
DISTRIBUTIONS: dict[str, str] = {
    "docx": "python-docx",
    "justext": "jusText",
    "lxml_html_clean": "lxml_html_clean",
    "lxml": "lxml",
    "trafilatura": "trafilatura",
    "htmldate": "htmldate",
    "courlan": "courlan",
    "pypdf": "pypdf",
    "PySide6": "PySide6-Essentials",
    "shiboken6": "PySide6-Essentials",
    "qtawesome": "qtawesome",
}
# What each feature imports on first use; `copydesk doctor` tries every one of them.
FEATURES: dict[str, tuple[str, ...]] = {
    "HTML import": ("lxml.html", "trafilatura"),
    "Word import": ("docx",),
    "PDF reading": ("pypdf",),
}


def _missing_module(exc: BaseException) -> str | None:
    """The module whose import failed: the innermost ModuleNotFoundError's name, else the
    ImportError's own name (lxml.html.clean re-raises a plain ImportError about its split)."""
    seen: set[int] = set()
    found: str | None = None
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ImportError) and current.name:
            found = current.name
        current = current.__cause__ or current.__context__
    if found is None and "lxml_html_clean" in str(exc):
        found = "lxml_html_clean"
    return found


def distribution_for(exc: BaseException) -> str:
    module = _missing_module(exc) or "?"
    return DISTRIBUTIONS.get(module.split(".")[0], module.split(".")[0])


def _how_to_install(distribution: str) -> str:
    if getattr(sys, "frozen", False):
        return "the bundle was built without it: rebuild it with packaging/build.sh"
    return (
        "install Copydesk's dependencies with: pip install -r requirements/app.txt "
        f"(or: pip install {distribution})"
    )


def missing_package(exc: ImportError, purpose: str) -> MissingPackageError:
    distribution = distribution_for(exc)
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return MissingPackageError(
        f"{purpose} needs the Python package {distribution}, which cannot be loaded here "
        f"({first_line}); {_how_to_install(distribution)}",
        distribution,
    )


@contextmanager
def needs(purpose: str) -> Iterator[None]:
    """Imports inside the block that fail become a MissingPackageError for `purpose`."""
    try:
        yield
    except ImportError as exc:
        raise missing_package(exc, purpose) from exc


def check_features() -> dict[str, MissingPackageError | None]:
    """Import every feature's libraries now: feature -> the error, or None when all load."""
    results: dict[str, MissingPackageError | None] = {}
    for feature, modules in FEATURES.items():
        try:
            with needs(feature):
                for module in modules:
                    importlib.import_module(module)
            results[feature] = None
        except MissingPackageError as exc:
            results[feature] = exc
    return results
