"""A read-only store can be read: list, show, search, history, check, the audit report and
export to a writable folder.

Three ways a store is read-only: a read-only file system (a read-only bind mount), a read-only
file and folder, a read-only file in a writable folder. Root ignores file modes, so the
command runs without the capabilities that let root override them (setpriv), as any user
would; the mount needs root.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.model import Story
from app.core.services import Desk

NO_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
               "--bounding-set=-dac_override,-dac_read_search", "--"]  # fmt: skip
needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv"
)


def _make_store(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "copydesk.db"
    desk = Desk.open(f"sqlite:///{path}", user="ed")
    desk.create_story(Story(headline="Council approves budget", slug="council-budget",
                            body="The council approved the harbour budget on Tuesday."),
                      analyse=False)  # fmt: skip
    desk.create_story(Story(headline="Ferry resumes", body="The ferry runs again."),
                      analyse=False)  # fmt: skip
    desk.close()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: all in the main file
    return path


CLI_RUN = Path(__file__).resolve().with_name("cli_run.py")


def copydesk(db: Path, *commands: list[str], cwd: Path) -> list[subprocess.CompletedProcess]:
    """Each of COMMANDS (`copydesk` arguments) in turn, in one process of their own run without
    root's capabilities (tests/integration/cli_run.py): one interpreter start, not one each."""
    env = dict(os.environ, COPYDESK_DATABASE=f"sqlite:///{db}",
               COPYDESK_DATA_DIR=str(cwd / "userdata"))  # fmt: skip
    run = subprocess.run([*NO_OVERRIDE, sys.executable, str(CLI_RUN)], input=json.dumps(commands),
                         capture_output=True, text=True, env=env, cwd=cwd, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    results = zip(commands, json.loads(run.stdout), strict=True)
    return [subprocess.CompletedProcess(["copydesk", *argv], *result) for argv, result in results]


def _reads_work(db: Path, out: Path) -> None:
    out.mkdir(exist_ok=True)
    listed, shown, found, exported, history, checked, audit, refused = copydesk(
        db,
        ["list", "--json"],
        ["show", "council-budget", "--json"],
        ["list", "--search", "harbour", "--json"],
        ["export", "council-budget", "--format", "text", "--out", "files/",
         "--override-reason", "archive copy"],
        ["history", "council-budget", "--json"],
        ["check", "council-budget"],
        ["audit", "council-budget", "--out", "files/audit.html"],
        ["import", str(out / "files" / "council-budget.txt")],
        cwd=out,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert {r["slug"] for r in json.loads(listed.stdout)} == {"council-budget", "ferry-resumes"}
    assert shown.returncode == 0 and "harbour budget" in shown.stdout, shown.stderr
    assert [r["slug"] for r in json.loads(found.stdout)] == ["council-budget"], found.stderr
    assert exported.returncode == 0, exported.stderr
    assert "Not recorded" in exported.stdout and "read-only" in exported.stdout
    assert (out / "files" / "council-budget.txt").read_text().startswith("Council approves")
    assert history.returncode == 0 and json.loads(history.stdout), history.stderr
    assert checked.returncode in (0, 1) and not checked.stderr.strip(), checked.stderr
    assert audit.returncode == 0, audit.stderr
    assert "harbour budget" in (out / "files" / "audit.html").read_text(encoding="utf-8")
    assert refused.returncode == 2
    assert "read-only" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


@contextlib.contextmanager
def _read_only_mount(source: Path, target: Path) -> Iterator[Path]:
    target.mkdir()
    if subprocess.run(["mount", "--bind", str(source), str(target)]).returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], check=True)
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=False)


@needs_root
def test_a_store_on_a_read_only_file_system_can_be_read(tmp_path: Path) -> None:
    _make_store(tmp_path / "store")
    with _read_only_mount(tmp_path / "store", tmp_path / "ro") as mounted:
        _reads_work(mounted / "copydesk.db", tmp_path / "work")


@needs_root
def test_a_read_only_file_in_a_read_only_folder_can_be_read(tmp_path: Path) -> None:
    db = _make_store(tmp_path / "store")
    db.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        _reads_work(db, tmp_path / "work")
    finally:
        db.parent.chmod(0o755)


@needs_root
def test_a_read_only_file_in_a_writable_folder_can_be_read(tmp_path: Path) -> None:
    db = _make_store(tmp_path / "store")
    db.chmod(0o444)
    _reads_work(db, tmp_path / "work")
