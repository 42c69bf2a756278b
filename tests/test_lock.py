"""The lock (requirements/*.txt) agrees with pyproject: every declared package pinned, in bounds.

Offline: it reads the files only. The lock is regenerated with `bash requirements/compile.sh`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
LOCKS = REPO / "requirements"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
REFRESH = "bash requirements/compile.sh"
# Which of pyproject's extras each lock file carries besides the runtime dependencies.
FILES = {"app.txt": [], "test.txt": ["test"], "bundle.txt": ["bundle"]}


@dataclass(frozen=True)
class Pin:
    name: str
    version: Version
    hashes: int


def read_lock(path: Path) -> dict[str, Pin]:
    """name -> pin, from a pip requirements file with `name==version ; marker --hash=...`."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = {}
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-c ")):
            continue
        words = line.split()
        hashes = sum(1 for w in words if w.startswith("--hash="))
        requirement = Requirement(" ".join(w for w in words if not w.startswith("--hash=")))
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"{path.name}: {line} is not pinned"
        name = canonicalize_name(requirement.name)
        pins[name] = Pin(name, Version(spec.version), hashes)
    return pins


def declared(extras: list[str]) -> list[Requirement]:
    lines = list(PROJECT["dependencies"])
    for extra in extras:
        lines += PROJECT["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


@pytest.mark.parametrize("filename", sorted(FILES))
def test_every_declared_package_is_pinned_within_pyprojects_bounds(filename: str) -> None:
    pins = read_lock(LOCKS / filename)
    problems = []
    for requirement in declared(FILES[filename]):
        pin = pins.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement.name} is not in the lock")
        elif not requirement.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{requirement.name}=={pin.version} is outside '{requirement}'")
    assert not problems, f"{filename}: {'; '.join(problems)}. Refresh the lock: {REFRESH}"


@pytest.mark.parametrize("filename", sorted(FILES))
def test_every_pin_carries_hashes_and_the_refresh_command(filename: str) -> None:
    path = LOCKS / filename
    assert REFRESH in path.read_text(encoding="utf-8").split("\n", 3)[1]
    unhashed = [pin.name for pin in read_lock(path).values() if pin.hashes == 0]
    assert not unhashed, f"{filename}: no hash for {', '.join(unhashed)}"


def test_the_lock_files_pin_one_tested_set() -> None:
    """A package pinned in two files has the same version in both: the app runs on exactly
    what the tests ran on."""
    seen: dict[str, tuple[str, Version]] = {}
    problems = []
    for filename in sorted(FILES):
        for pin in read_lock(LOCKS / filename).values():
            where, version = seen.setdefault(pin.name, (filename, pin.version))
            if version != pin.version:
                problems.append(f"{pin.name}: {version} in {where}, {pin.version} in {filename}")
    assert not problems, "; ".join(problems)


@pytest.mark.parametrize("filename", sorted(FILES))
def test_every_lock_file_is_capped_by_its_own_pins(filename: str) -> None:
    """pip 23.2 (what `python3 -m venv` brings with Python 3.11) resolves an extra a dependency
    asks for ("lxml[html_clean]") as a project of its own and, in hash-checking mode, fails on
    any release newer than the pin. Each lock file reads constraints.txt, which must hold
    exactly the pins of the lock files, so that every name is capped at the tested version."""
    lines = (LOCKS / filename).read_text(encoding="utf-8").splitlines()
    assert "-c constraints.txt" in lines[:4], f"{filename} does not read constraints.txt"
    capped = read_lock(LOCKS / "constraints.txt")
    pins = read_lock(LOCKS / filename)
    wrong = [f"{n}=={p.version}" for n, p in pins.items() if capped.get(n, p).version != p.version]
    missing = sorted(set(pins) - set(capped))
    assert not wrong and not missing, (
        f"constraints.txt disagrees with {filename} ({wrong}, missing {missing}): "
        "run bash requirements/constrain.sh"
    )


def test_psycopg_binary_comes_with_psycopg() -> None:
    """psycopg[binary] is an extra: the lock must carry the binary part at the same version."""
    pins = read_lock(LOCKS / "app.txt")
    assert pins["psycopg-binary"].version == pins["psycopg"].version


def test_the_reader_sees_a_pin_outside_the_bounds(tmp_path: Path) -> None:
    lock = tmp_path / "app.txt"
    lock.write_text(
        "# header\n#    bash requirements/compile.sh\n"
        "pyside6-essentials==6.12.0 ; sys_platform == 'linux' \\\n"
        "    --hash=sha256:00 \\\n    --hash=sha256:11\n    # via copydesk\n",
        encoding="utf-8",
    )
    pin = read_lock(lock)["pyside6-essentials"]
    assert (pin.version, pin.hashes) == (Version("6.12.0"), 2)
    bound = next(r for r in declared([]) if r.name == "PySide6-Essentials")
    assert not bound.specifier.contains(pin.version)
