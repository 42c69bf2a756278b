"""Writing export files: atomically, under safe names, never over another story's file.

A reader (a CMS watching the folder, a colleague's browser) must never see half a file, so
every file is written to a temporary file in the target folder and renamed over the target
(`os.replace` is atomic on one file system). Who owns a file is known from the export records.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import InputError
from app.core.exporting.filenames import EXTENSIONS, safe_stem, unique_name
from app.core.store.schema import ExportRecordRow


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write `data` to `path` via a temp file in the same folder and a rename."""
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    # The temporary name carries only the start of the file's: a name near the file
    # system's limit (255 bytes) is valid, but with the temporary's dot and suffix it was not.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an exported page is meant to be read.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


@contextlib.contextmanager
def undone_on_failure(path: Path):
    """Whatever `path` held before, put back if the block fails after writing it.

    An export writes its file inside the transaction that records it; if the commit itself
    fails after the file is out (a disk fault, a lost server), the file would stay with no
    record of who wrote it or why, so the folder is returned to its state before the export:
    the earlier file put back, or a new one removed."""
    path = Path(path)
    try:
        before: bytes | None = path.read_bytes() if path.is_file() else None
    except OSError:
        before = None
    stamp = _stamp(path)
    try:
        yield
    except BaseException:
        if _stamp(path) != stamp:  # this export wrote it
            with contextlib.suppress(OSError):
                if before is None:
                    path.unlink()
                else:
                    atomic_write(path, before)
        raise


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_ino, status.st_mtime_ns)


def owner_of(session: Session, path: Path) -> int | None:
    """The id of the story last exported to `path`, if Copydesk wrote it."""
    return session.scalars(
        select(ExportRecordRow.story_id)
        .where(ExportRecordRow.path == str(path))
        .order_by(ExportRecordRow.id.desc())
        .limit(1)
    ).first()


class Placement:
    """Chooses target paths for a run of exports so no two stories share a file.

    In a folder, a name already used by another story (on disk and recorded as theirs, or
    earlier in this run) gets a "-2", "-3"... suffix. A file the user named explicitly that
    belongs to another story is refused: that is never overwritten silently.
    """

    def __init__(self, session_factory) -> None:
        self._session = session_factory
        self._claimed: dict[Path, int] = {}

    def _foreign(self, path: Path, story_id: int) -> bool:
        claimed = self._claimed.get(path)
        if claimed is not None:
            return claimed != story_id
        if not path.exists():
            return False
        with self._session() as session:
            owner = owner_of(session, path)
        return owner is not None and owner != story_id

    def reserve(self, path: Path) -> None:
        """Keep a name (the batch's index page) away from every story."""
        self._claimed[Path(path).resolve()] = -1

    def in_folder(self, folder: Path, slug: str, fmt: str, story_id: int) -> Path:
        folder = Path(folder).resolve()
        suffix = EXTENSIONS.get(fmt, ".html")
        stem = safe_stem(slug)
        name = unique_name(stem, suffix, lambda n: self._foreign(folder / n, story_id))
        path = folder / name
        self._claimed[path] = story_id
        return path

    def explicit(self, path: Path, story_id: int) -> Path:
        path = Path(path).resolve()
        if self._foreign(path, story_id):
            raise InputError(
                f"{path} holds another story's export; choose another file name "
                "(Copydesk never overwrites another story's file)."
            )
        self._claimed[path] = story_id
        return path
