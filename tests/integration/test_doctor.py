"""`copydesk doctor` as a user runs it: a real process, offscreen Qt, PASS/FAIL lines."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import doctor

CHECKS = (
    "resources",
    "packages",
    "confidential names",
    "temporary store",
    "import",
    "analysis",
    "export HTML",
    "import formats",
    "database",
    "data folder",
    "backup folder",
    "window libraries",
    "Qt platform",
    "Qt image formats",
    "app icon",
    "icon fonts",
)


def run_doctor(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "doctor"],
        capture_output=True, text=True, env=environ, timeout=180, check=False,
    )  # fmt: skip


def verdicts(stdout: str) -> dict[str, str]:
    """{check name: PASS|FAIL} from the report's lines."""
    found = {}
    for line in stdout.splitlines():
        names = [n for n in CHECKS if line[6:].startswith(n + " ")]
        if line.startswith(("PASS  ", "FAIL  ")) and names:
            found[max(names, key=len)] = line[:4]  # "import formats", not "import"
    return found


def _needs_icon() -> None:
    if not (doctor.samples() and all(
        (doctor.config.resource_path() / item).is_file() for item in doctor.REQUIRED_RESOURCES
    )):  # fmt: skip
        pytest.skip("resources/ is not complete yet (app icon or samples missing)")


def test_every_check_passes_offscreen(tmp_path: Path) -> None:
    _needs_icon()
    result = run_doctor(COPYDESK_DATA_DIR=str(tmp_path / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert verdicts(result.stdout) == dict.fromkeys(CHECKS, "PASS")
    assert "All 16 checks passed." in result.stdout
    assert "offscreen: a window opens" in result.stdout
    assert not (tmp_path / "data").exists(), "the doctor must not create the user's folders"


def test_a_data_folder_that_cannot_exist_fails_and_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_doctor(COPYDESK_DATA_DIR=str(blocker / "copydesk"))
    assert result.returncode == 1, result.stdout + result.stderr
    seen = verdicts(result.stdout)
    assert seen["data folder"] == seen["backup folder"] == seen["database"] == "FAIL"
    # the round trip runs on its own temporary store, so it still passes
    assert seen["temporary store"] == seen["export HTML"] == "PASS"
    assert re.search(r"checks failed: .*data folder", result.stdout)


def test_a_qt_that_cannot_start_is_a_fail_line_not_a_crash(tmp_path: Path) -> None:
    result = run_doctor(COPYDESK_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="no-such-platform")
    assert result.returncode == 1
    assert verdicts(result.stdout)["Qt platform"] == "FAIL"
    assert "no-such-platform" in result.stdout
    assert verdicts(result.stdout)["data folder"] == "PASS"


def test_the_configured_database_is_only_looked_at(tmp_path: Path) -> None:
    """An existing store is reported with its schema and left byte for byte as it was."""
    from app.core.store.database import head_revision, open_store

    db = tmp_path / "real.db"
    open_store(f"sqlite:///{db}").close()
    before = db.read_bytes()
    result = run_doctor("--database", f"sqlite:///{db}", COPYDESK_DATA_DIR=str(tmp_path))
    line = next(x for x in result.stdout.splitlines() if x[6:].startswith("database "))
    assert line.startswith("PASS"), result.stdout
    assert f"schema {head_revision()}, the same as this Copydesk's" in line
    assert "(--database)" in line
    assert db.read_bytes() == before


def test_a_store_from_a_newer_copydesk_fails(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    result = run_doctor(COPYDESK_DATA_DIR=str(tmp_path), COPYDESK_DATABASE=f"sqlite:///{db}")
    line = next(x for x in result.stdout.splitlines() if x[6:].startswith("database "))
    assert line.startswith("FAIL") and "newer than this Copydesk" in line
    assert "(COPYDESK_DATABASE)" in line
    assert result.returncode == 1


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    db = tmp_path / "later" / "copydesk.db"
    result = run_doctor("--database", f"sqlite:///{db}", COPYDESK_DATA_DIR=str(tmp_path))
    assert "does not exist yet; the first start creates it" in result.stdout
    assert not db.parent.exists()


def test_exported_pages_may_carry_json_ld_only() -> None:
    ok = '<p>x</p><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    assert "JSON-LD only" in doctor.check_scripts(ok)
    with pytest.raises(Exception, match="executable <script>"):
        doctor.check_scripts("<p>x</p><script>alert(1)</script>")
    with pytest.raises(Exception, match="does not parse"):
        doctor.check_scripts('<script type="application/ld+json">{oops</script>')


def test_probe_command_fits_how_copydesk_was_started(monkeypatch: pytest.MonkeyPatch) -> None:
    assert doctor.probe_command()[1:] == ["-P", "-m", "app", "doctor", "--qt-probe"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert doctor.probe_command() == [sys.executable, "doctor", "--qt-probe"]
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    if sys.platform.startswith("linux"):
        assert doctor.probe_environment()["QT_QPA_PLATFORM"] == "offscreen"
