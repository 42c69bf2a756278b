"""`copydesk doctor`: checks an installation on the spot, one PASS/FAIL line per check.

The doctor never touches the user's stories: the round trip (store, import, analysis, export)
runs on a throwaway SQLite file in a temporary folder, and the configured database is only
looked at read-only. Qt is checked in a child process (`app.gui.probe`) so that this module,
like all of `app.core`, stays Qt-free and a broken Qt cannot take the doctor down with it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from app import __version__
from app.core import config

PROBE_FLAG = "--qt-probe"
PROBE_TIMEOUT = 60
REQUIRED_RESOURCES = (
    "templates/article.html.j2",
    "styles/article.css",
    "icons/copydesk.svg",
)


@dataclass(frozen=True)
class CheckResult:
    """One line of the report: what was checked, whether it passed, and what was seen."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name:<17} {self.detail}"


class _Failed(Exception):
    """A check's own verdict, with the sentence to print (not a crash)."""


def header() -> str:
    if getattr(sys, "frozen", False):
        where = f"bundle in {Path(sys.executable).parent}"
    else:
        where = f"package in {Path(__file__).resolve().parents[1]}"
    return f"Copydesk {__version__} doctor ({where}; Python {sys.version.split()[0]})"


def summary(results: list[CheckResult]) -> str:
    failed = [r.name for r in results if not r.ok]
    if not failed:
        return f"All {len(results)} checks passed."
    return f"{len(failed)} of {len(results)} checks failed: {', '.join(failed)}."


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    """Run one check; any exception is a FAIL line, because the doctor must report, not crash."""
    try:
        return CheckResult(name, True, check())
    except _Failed as exc:
        return CheckResult(name, False, str(exc))
    except Exception as exc:
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


def run_checks(database_url: str | None = None, *, qt: bool = True) -> Iterator[CheckResult]:
    """Every check in order, yielded as it finishes so a slow one does not hide the others."""
    yield _run("resources", _check_resources)
    yield _run("packages", _check_packages)
    yield _run("confidential names", _check_confidential_names)
    with tempfile.TemporaryDirectory(prefix="copydesk-doctor-") as tmp:
        yield from _round_trip(Path(tmp))
    yield _run("database", lambda: _check_database(database_url))
    yield _run("data folder", lambda: _check_folder(config.data_dir()))
    yield _run("backup folder", lambda: _check_folder(config.backup_dir()))
    if qt:
        yield from qt_checks()


# -- resources and the round trip on a temporary store -------------------------------------


def samples() -> list[Path]:
    return sorted(config.resource_path("samples").glob("*.md"))


def _check_resources() -> str:
    root = config.resource_path()
    missing = [item for item in REQUIRED_RESOURCES if not (root / item).is_file()]
    if not samples():
        missing.append("samples/*.md")
    if missing:
        raise _Failed(f"{root}: missing {', '.join(missing)}")
    return f"{root} (templates, styles, app icon, {len(samples())} samples)"


def _check_confidential_names() -> str:
    """The confidential-name rule with its data (confusables, transliteration, word counts):
    a bundle that lost one of them would let a name through."""
    from app.core.exporting.confidential import find_names
    from app.core.model import Source, Story
    from app.core.namematch import is_ordinary_word

    names = ("Lech Wałęsa", "Marta Kowalczyk", "Cox Brown")
    body = "It leaked, said Lech Walesa, @MartaKowalczyk and \u0421\u043e\u0445 Brown."
    story = Story(body=body, sources=tuple(Source(n, confidential=True) for n in names))
    found = len(find_names(story))
    if found != len(names) or not is_ordinary_word("young") or is_ordinary_word("kowalczyk"):
        raise _Failed(f"{found} of {len(names)} disguised names found; the rule's data is missing")
    return "found without accents, as a handle and in look-alike letters"


def _check_packages() -> str:
    """Each feature's libraries, imported now rather than on a deadline (app.core.packages)."""
    from app.core.packages import DISTRIBUTIONS, FEATURES, check_features

    failed = [str(error) for error in check_features().values() if error is not None]
    if failed:
        raise _Failed(" / ".join(failed))
    names = sorted({DISTRIBUTIONS.get(m.split(".")[0], m.split(".")[0])
                    for modules in FEATURES.values() for m in modules})  # fmt: skip
    return f"{', '.join(FEATURES)} load ({', '.join(_versions(names))})"


def _versions(distributions: list[str]) -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    shown = []
    for name in distributions:
        try:
            shown.append(f"{name} {version(name)}")
        except PackageNotFoundError:  # a bundle may not carry the metadata
            shown.append(name)
    return shown


def _round_trip(tmp: Path) -> Iterator[CheckResult]:
    """Store -> import -> analysis -> export, each step a line; a failed step skips the rest."""
    from app.core.services import Desk
    from app.core.store.database import open_store

    steps = ("temporary store", "import", "analysis", "export HTML", "import formats")
    state: dict[str, object] = {}

    def store() -> str:
        opened = open_store(config.sqlite_url(tmp / "doctor.db"))
        state["desk"] = Desk(opened, user="copydesk doctor")
        info = opened.info
        if info.schema_version != info.app_schema_version:
            raise _Failed(f"schema {info.schema_version}, expected {info.app_schema_version}")
        return f"SQLite in {tmp}, migrated to schema {info.schema_version}"

    def import_samples() -> str:
        files = samples()
        if not files:
            raise _Failed("no sample stories to import (resources/samples/*.md)")
        desk: Desk = state["desk"]  # type: ignore[assignment]
        state["slugs"] = [desk.import_file(path).story.slug for path in files]
        return f"{len(files)} samples: {', '.join(state['slugs'])}"  # type: ignore[arg-type]

    def analyse() -> str:
        from app.core.analysis.engine import analyze

        desk: Desk = state["desk"]  # type: ignore[assignment]
        quotes = attributed = 0
        for slug in state["slugs"]:  # type: ignore[attr-defined]
            story = desk.get_story(slug)
            found = analyze(story.body, credits=story.credits).quotes
            quotes += len(found)
            attributed += sum(1 for q in found if q.speaker)
        if not quotes:
            raise _Failed("no quotes found in the samples")
        return f"{quotes} quotes found, {attributed} attributed to a speaker"

    def export() -> str:
        from app.core.exporting.service import export_story

        desk: Desk = state["desk"]  # type: ignore[assignment]
        slug = state["slugs"][0]  # type: ignore[index]
        # The samples are not all 'ready': the doctor checks the machinery, not the copy.
        outcome = export_story(desk, slug, "html", tmp / "export", override_reason="doctor",
                               folder=True)  # fmt: skip
        assert outcome.path is not None
        state["page"] = outcome.path
        page = outcome.path.read_text(encoding="utf-8")
        return f"{outcome.path.name}, {len(page) // 1024} kB; {check_scripts(page)}"

    def formats() -> str:
        desk: Desk = state["desk"]  # type: ignore[assignment]
        return _check_formats(desk, state["slugs"][0], state["page"], tmp / "formats")  # type: ignore[index,arg-type]

    actions = (store, import_samples, analyse, export, formats)
    try:
        for name, action in zip(steps, actions, strict=True):
            result = _run(name, action)
            yield result
            if not result.ok:
                for skipped in steps[steps.index(name) + 1 :]:
                    yield CheckResult(skipped, False, f"not run: '{name}' failed")
                return
    finally:
        desk = state.get("desk")
        if desk is not None:
            desk.close()  # type: ignore[attr-defined]


def _check_formats(desk, slug: str, page: Path, folder: Path) -> str:
    """Read back every kind of file the importers take: a bundle that lost a library's data
    files (trafilatura, justext, lxml, python-docx's template) fails here, not on a deadline."""
    from app.core.exporting.service import build_document, render
    from app.core.importing import read_file

    story = desk.get_story(slug)
    doc = build_document(desk, story)
    folder.mkdir()
    files = {"html": page, "docx": _write_docx(folder / "story.docx", story.headline, story.body)}
    for kind, suffix in (("ninjs", "json"), ("text", "txt")):
        files[kind] = folder / f"story.{suffix}"
        files[kind].write_text(render(doc, kind), encoding="utf-8")
    empty = [kind for kind, path in files.items() if not read_file(path).draft.body.strip()]
    if empty:
        raise _Failed(f"no text came back from: {', '.join(empty)}")
    return f"the exported story reads back as {', '.join(files)}"


def _write_docx(path: Path, headline: str, body: str) -> Path:
    import docx  # python-docx's own default template is what a bundle can lose

    document = docx.Document()
    document.add_heading(headline, level=1)
    for paragraph in body.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(str(path))
    return path


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[str, str]] = []
        self._type: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._type = dict(attrs).get("type") or "text/javascript"
            self.scripts.append((self._type, ""))

    def handle_data(self, data: str) -> None:
        if self._type is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._type = None


def check_scripts(page: str) -> str:
    """An export may carry structured data, never code: every <script> must be parseable JSON-LD."""
    parser = _Scripts()
    parser.feed(page)
    code = [kind for kind, _ in parser.scripts if kind != "application/ld+json"]
    if code:
        raise _Failed(f"exported page carries executable <script> ({', '.join(code)})")
    for _, text in parser.scripts:
        try:
            json.loads(text)
        except ValueError as exc:
            raise _Failed(f"the page's JSON-LD does not parse: {exc}") from exc
    if not parser.scripts:
        return "no <script> at all"
    return f"{len(parser.scripts)} <script>, JSON-LD only (parses)"


# -- the configured database, read-only ----------------------------------------------------


def _check_database(cli_value: str | None) -> str:
    """What `copydesk` would open, looked at without creating, migrating or locking anything."""
    from sqlalchemy import create_engine, make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from app.core.store.database import explain_database_error

    url = config.resolve_database_url(cli_value)
    origin = (
        "--database" if cli_value else
        config.DATABASE_ENV if os.environ.get(config.DATABASE_ENV) else "default"
    )  # fmt: skip
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise _Failed(f"'{url}' ({origin}) is not a database URL") from None
    shown = f"{parsed.render_as_string(hide_password=True)} ({origin})"
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if not database or database == ":memory:":
            return f"{shown}: in memory, nothing is kept"
        path = Path(database).expanduser()
        if not path.exists():
            ok, why = _folder_state(path.parent)
            if not ok:
                raise _Failed(f"{shown}: does not exist, and cannot be created: {why}")
            return f"{shown}: does not exist yet; the first start creates it"
        if not path.is_file():
            raise _Failed(f"{shown}: is not a file")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
        )
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed, poolclass=NullPool, connect_args={"connect_timeout": 5})
    else:
        raise _Failed(f"{shown}: Copydesk works with SQLite and PostgreSQL, not '{backend}'")
    try:
        current = _schema_version(engine)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise _Failed(f"{shown}: {explain_database_error(exc, url)}") from None
    finally:
        engine.dispose()
    try:
        return f"{shown}: exists; {_compare_schema(current)}"
    except _Failed as exc:
        raise _Failed(f"{shown}: {exc}") from None


def _schema_version(engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _compare_schema(current: str | None) -> str:
    from app.core.store.database import head_revision, known_revisions

    head = head_revision()
    if current is None:
        return f"no Copydesk schema yet (the first start creates schema {head})"
    if current == head:
        return f"schema {current}, the same as this Copydesk's"
    if current in known_revisions():
        return f"schema {current}, older than this Copydesk's {head}: the next start upgrades it"
    raise _Failed(
        f"schema {current} is newer than this Copydesk understands ({head}): "
        "it would open read-only; upgrade Copydesk on this workstation"
    )


# -- folders -------------------------------------------------------------------------------


def _folder_state(path: Path) -> tuple[bool, str]:
    """Whether Copydesk can write in `path`, or create it; a folder that exists is written to."""
    if path.exists():
        if not path.is_dir():
            return False, f"{path} is not a folder"
        try:
            with tempfile.TemporaryFile(dir=path):
                pass
        except OSError as exc:
            return False, f"{path} is not writable ({exc.strerror or exc})"
        return True, f"{path}: writable"
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return False, f"{path} cannot be created: {parent} is a file, not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return False, f"{path} cannot be created: {parent} is not writable"
    return True, f"{path}: does not exist yet; can be created (in {parent})"


def _check_folder(path: Path) -> str:
    ok, why = _folder_state(path)
    if not ok:
        raise _Failed(why)
    return why


# -- Qt, in a child process ----------------------------------------------------------------


def probe_command() -> list[str]:
    """How to start this same installation's Qt probe: the bundle's executable or `-m app`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "doctor", PROBE_FLAG]
    # -P: not the current folder first on sys.path, so the probe is this installation's app,
    # not whatever `app` folder the doctor happens to be run from.
    return [sys.executable, "-P", "-m", "app", "doctor", PROBE_FLAG]


def probe_environment() -> dict[str, str]:
    """Offscreen when there is no display to talk to, so the doctor runs on a headless box."""
    env = dict(os.environ)
    headless = not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and headless and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def qt_checks() -> Iterator[CheckResult]:
    try:
        done = subprocess.run(
            probe_command(), capture_output=True, text=True, env=probe_environment(),
            timeout=PROBE_TIMEOUT, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as exc:
        yield CheckResult("Qt platform", False, f"the Qt probe did not finish: {exc}")
        return
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    try:
        report = json.loads(lines[-1])["checks"]
        results = [CheckResult(c["name"], bool(c["ok"]), str(c["detail"])) for c in report]
    except (IndexError, ValueError, KeyError, TypeError):
        said = " / ".join([x for x in done.stderr.splitlines() if x.strip()][-2:]) or "no output"
        platform = probe_environment().get("QT_QPA_PLATFORM", "default")
        why = f"Qt did not start (platform {platform}, exit {done.returncode}): {said}"
        yield CheckResult("Qt platform", False, why)
        return
    yield from results
    if done.returncode != 0 and all(r.ok for r in results):
        yield CheckResult("Qt platform", False, f"the Qt probe exited with {done.returncode}")
