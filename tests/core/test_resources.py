"""resources/ is found wherever Copydesk runs: a checkout, an installed wheel, a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core import config


def test_an_installed_namespace_package_gives_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in a wheel install: site-packages/<pkg>/resources has no __init__.py. Its folder must
    come back as a real path (importlib.resources.files() gives a MultiplexedPath, whose str()
    is "MultiplexedPath('...')": a wheel install once found no templates that way)."""
    site = tmp_path / "site"
    templates = site / "wheelpkg" / "resources" / "templates"
    templates.mkdir(parents=True)
    (site / "wheelpkg" / "__init__.py").write_text("", encoding="utf-8")
    (templates / "article.html.j2").write_text("<p>", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    try:
        folder = config.package_folder("wheelpkg.resources")
        assert folder == site / "wheelpkg" / "resources"
        assert (folder / "templates" / "article.html.j2").is_file()
    finally:
        for name in [m for m in sys.modules if m.startswith("wheelpkg")]:
            del sys.modules[name]


def test_the_checkout_carries_every_required_resource() -> None:
    from app.core.doctor import REQUIRED_RESOURCES

    for item in REQUIRED_RESOURCES:
        assert config.resource_path(*item.split("/")).is_file(), item
