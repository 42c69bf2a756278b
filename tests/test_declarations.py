"""Every third-party package the code imports is declared in pyproject (imported => declared)."""

from __future__ import annotations

from pathlib import Path

from tests.declarations import declared_distributions, undeclared_imports

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = REPO / "pyproject.toml"

# Imported but rightly not declared, with the reason. Keep this list short: a package here is
# one the project relies on another declaration to bring.
ALLOWED_IN_APP = {
    "shiboken6": "arrives with PySide6-Essentials, which requires the shiboken6 of its own version",
}
ALLOWED_IN_TESTS = {
    **ALLOWED_IN_APP,
    "referencing": "jsonschema's own API for registering schemas; it arrives with jsonschema",
}


def test_every_import_under_app_is_a_declared_dependency() -> None:
    problems = undeclared_imports(
        REPO / "app",
        declared_distributions(PYPROJECT),
        own={"app"},
        allowed=ALLOWED_IN_APP,
    )
    assert not problems, "undeclared in pyproject's dependencies: " + "; ".join(map(str, problems))


def test_every_import_under_tests_is_declared_with_the_test_extra() -> None:
    problems = undeclared_imports(
        REPO / "tests",
        declared_distributions(PYPROJECT, extras=["test"]),
        # bundle_filter: packaging/, put on sys.path; tools and benchmarks: the repository's own
        # scripts (a test checks the robustness benchmark's rewrites keep its gold aligned)
        own={"app", "tests", "tools", "benchmarks", "bundle_filter"},
        allowed=ALLOWED_IN_TESTS,
    )
    assert not problems, "undeclared (dependencies + test extra): " + "; ".join(map(str, problems))


def _tree(tmp_path: Path, source: str) -> Path:
    package = tmp_path / "app" / "core"
    package.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "reader.py").write_text(source, encoding="utf-8")
    return tmp_path / "app"


def test_the_checker_names_an_undeclared_package(tmp_path: Path) -> None:
    """hypothesis is installed with the test extra but is no runtime dependency: importing it
    from app/ (even lazily, inside a function) must fail naming it."""
    folder = _tree(
        tmp_path,
        "import os\nimport sqlalchemy\nfrom app.core import model\n\n"
        "def later():\n    from hypothesis import strategies\n    return strategies\n",
    )
    problems = undeclared_imports(
        folder, declared_distributions(PYPROJECT), own={"app"}, allowed=ALLOWED_IN_APP
    )
    assert [p.module for p in problems] == ["hypothesis"]
    assert "reader.py:6" in problems[0].where
    assert "not declared" in str(problems[0])


def test_the_checker_names_a_package_nothing_provides(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "import copydesk_no_such_package_here\n")
    problems = undeclared_imports(folder, set(), own={"app"}, allowed={})
    assert [p.module for p in problems] == ["copydesk_no_such_package_here"]
    assert "no installed distribution" in str(problems[0])


def test_the_checker_matches_distribution_names_as_pip_does(tmp_path: Path) -> None:
    """Declared "python-docx" provides `docx`; "PySide6-Essentials" provides `PySide6` though
    its metadata spells it PySide6_Essentials; an allowed name needs no declaration."""
    folder = _tree(tmp_path, "import docx\nimport PySide6\nimport shiboken6\n")
    declared = {"python-docx", "pyside6-essentials"}
    assert undeclared_imports(folder, declared, own={"app"}, allowed=ALLOWED_IN_APP) == []
    missing = undeclared_imports(folder, {"python-docx"}, own={"app"}, allowed=ALLOWED_IN_APP)
    assert [p.module for p in missing] == ["PySide6"]
