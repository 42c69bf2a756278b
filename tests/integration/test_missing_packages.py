"""A saved news page imports; when a library it needs cannot load, one line names the package.

"Cannot load" is made real in a child process: a package of the same name that fails to import
the way a missing one does is put first on PYTHONPATH, so `copydesk` meets exactly the
ModuleNotFoundError an install without it raises (lxml_html_clean was missing under pip 23.2).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.errors import MissingPackageError
from app.core.packages import DISTRIBUTIONS, FEATURES, needs

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "ferry-page.html"


def copydesk(*args: str, db: Path, hidden: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, COPYDESK_DATABASE=f"sqlite:///{db}", QT_QPA_PLATFORM="offscreen")
    if hidden is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(hidden), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=env, timeout=180)  # fmt: skip


def without(tmp_path: Path, module: str) -> Path:
    """A folder whose `module` fails to import as an absent one does."""
    folder = tmp_path / "hidden"
    (folder / module).mkdir(parents=True)
    (folder / module / "__init__.py").write_text(
        f"raise ModuleNotFoundError(\"No module named '{module}'\", name={module!r})\n",
        encoding="utf-8",
    )
    return folder


def test_a_saved_news_page_imports(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = copydesk("import", str(PAGE), db=db)
    assert result.returncode == 0, result.stderr
    shown = json.loads(copydesk("show", "night-ferries-to-linnet-island-stay-suspended", "--json",
                                db=db).stdout)  # fmt: skip
    assert shown["headline"] == "Night ferries to Linnet Island stay suspended"
    assert [c["name"] for c in shown["credits"]] == ["Anna Kowal"]
    assert shown["body"].startswith("The harbour authority kept every evening crossing")
    assert "## Extra afternoon sailings" in shown["body"]
    for furniture in ("Subscribe", "Related", "All rights reserved", "cookies", "dataLayer"):
        assert furniture not in shown["body"]
    assert [q["speaker"] for q in shown["quotes"]] == ["Daniel Whitcombe", "Helen Garvey"]


def test_html_import_without_lxml_html_clean_is_one_line_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = copydesk("import", str(PAGE), db=db, hidden=without(tmp_path, "lxml_html_clean"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith(f"copydesk: {PAGE}: Importing a saved web page (.html) needs")
    assert "the Python package lxml_html_clean" in lines[0]
    assert "pip install -r requirements/app.txt" in lines[0]
    listed = copydesk("list", "--json", db=db)
    assert json.loads(listed.stdout) == [], "nothing half-imported"


def test_verifying_against_a_pdf_without_pypdf_names_it(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    story = tmp_path / "story.md"
    story.write_text("---\nheadline: Pier\nslug: pier\n---\n\n“Open soon,” said Ida Lund.\n")
    assert copydesk("import", str(story), db=db).returncode == 0
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = copydesk("verify", "pier", "--against", str(pdf), db=db,
                      hidden=without(tmp_path, "pypdf"))  # fmt: skip
    assert result.returncode == 2
    assert "Reading a PDF needs the Python package pypdf" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_the_doctor_names_a_package_that_cannot_load(tmp_path: Path) -> None:
    env_db = tmp_path / "none.db"
    result = subprocess.run(
        [sys.executable, "-m", "app", "doctor"], capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", COPYDESK_DATA_DIR=str(tmp_path),
                 COPYDESK_DATABASE=f"sqlite:///{env_db}",
                 PYTHONPATH=str(without(tmp_path, "lxml_html_clean"))),
    )  # fmt: skip
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if x[6:].startswith("packages "))
    assert line.startswith("FAIL")
    assert "HTML import needs the Python package lxml_html_clean" in line
    assert "Traceback" not in result.stdout + result.stderr


def test_needs_names_the_package_behind_the_failed_import(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # as if python-docx were not installed
    with pytest.raises(MissingPackageError) as caught, needs("Importing a Word file"):
        import docx  # noqa: F401
    assert caught.value.distribution == "python-docx"
    assert str(caught.value).startswith("Importing a Word file needs the Python package python-do")


def test_every_named_distribution_is_declared() -> None:
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((PAGE.parents[3] / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {canonicalize_name(Requirement(r).name) for r in project["project"]["dependencies"]}
    for module in {m.split(".")[0] for modules in FEATURES.values() for m in modules}:
        assert canonicalize_name(DISTRIBUTIONS.get(module, module)) in declared, module
