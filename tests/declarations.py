"""Which third-party imports in a source tree have no distribution declared in pyproject."""

from __future__ import annotations

import ast
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


@dataclass(frozen=True)
class Undeclared:
    """A top-level import no declared distribution provides, and the first place it is made."""

    module: str
    where: str
    why: str

    def __str__(self) -> str:
        return f"{self.module} ({self.why}; imported in {self.where})"


def declared_distributions(pyproject: Path, extras: Iterable[str] = ()) -> set[str]:
    """Normalised names of the project's dependencies, plus those of the named extras."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project.get("dependencies", []))
    for extra in extras:
        lines += project.get("optional-dependencies", {})[extra]
    return {canonicalize_name(Requirement(line).name) for line in lines}


def top_level_imports(folder: Path) -> dict[str, str]:
    """Every absolute import's top-level name under `folder`, with where it first appears.

    Imports inside functions count too: a lazy import is still a dependency, only a later one.
    """
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        shown = path.relative_to(folder.parent)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], f"{shown}:{node.lineno}")
    return found


def undeclared_imports(
    folder: Path,
    declared: set[str],
    *,
    own: Iterable[str],
    allowed: Mapping[str, str],
    distributions: Mapping[str, list[str]] | None = None,
) -> list[Undeclared]:
    """Imports under `folder` that are neither the standard library, the project's own packages
    (`own`), a listed exception (`allowed`, import name -> why) nor provided by a distribution in
    `declared`. One direction only: a declared distribution nobody imports is not reported."""
    distributions = packages_distributions() if distributions is None else distributions
    own = set(own)
    problems = []
    for module, where in sorted(top_level_imports(folder).items()):
        if module in sys.stdlib_module_names or module in own or module in allowed:
            continue
        providers = distributions.get(module, [])
        if not providers:
            problems.append(Undeclared(module, where, "no installed distribution provides it"))
        elif not {canonicalize_name(name) for name in providers} & declared:
            names = ", ".join(sorted(set(providers)))
            problems.append(Undeclared(module, where, f"from {names}, not declared in pyproject"))
    return problems
