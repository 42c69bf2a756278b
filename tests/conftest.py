"""Shared fixtures: offscreen Qt, per-test data folders, real SQLite and PostgreSQL stores, and
the project's own wire story (tests/fixtures/wire) with its hand-made expectations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything can load Qt

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg import PostgresServer, find_pg_bin

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE_STORY = FIXTURES / "wire" / "harbour-ferry.txt"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences, backups, recovery journal and QSettings go to the test's own folder."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("COPYDESK_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("COPYDESK_DATABASE", raising=False)


@pytest.fixture
def wire_story() -> Path:
    """A wire story written for the project: quotes, credits, a subhead, a sign-off, boilerplate."""
    return WIRE_STORY


@pytest.fixture
def wire_text(wire_story: Path) -> str:
    return wire_story.read_text(encoding="utf-8")


@pytest.fixture
def wire_expected(wire_story: Path) -> dict:
    """The hand-made truth for `wire_story` (headline, credits, quotes and speakers, sources)."""
    return json.loads(wire_story.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    """A throwaway PostgreSQL 15 cluster for the whole session, or None without the binaries."""
    if find_pg_bin() is None:
        if os.environ.get("CI"):
            raise RuntimeError("CI must run the PostgreSQL tests: no initdb/pg_ctl found.")
        yield None
        return
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """The same test on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return sqlite_url
    postgres_server = request.getfixturevalue("postgres_server")
    if postgres_server is None:
        pytest.skip("PostgreSQL binaries are not installed on this machine")
    return postgres_server.create_database()


@pytest.fixture
def desk(sqlite_url: str) -> Iterator:
    from app.core.services import Desk

    desk = Desk.open(sqlite_url, user="tester")
    yield desk
    desk.close()


@pytest.fixture
def any_desk(database_url: str) -> Iterator:
    """A Desk on SQLite and on PostgreSQL (parametrized)."""
    from app.core.services import Desk

    desk = Desk.open(database_url, user="tester")
    yield desk
    desk.close()
