"""The recovery journal: unsaved text on disk, so a crash or a kill loses at most a moment."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from app.core import config
from app.core.model import Dateline, Story, StoryStatus
from app.core.review.critic import accepted_text

KEY_PREFIX = "sha256:"
METADATA_FIELDS = ("dek", "dateline", "desk", "status", "keywords")
"""What the editor edits besides headline, body and slug (which every entry has)."""


def database_key(database: str) -> str:
    """What the journal files a database under: a hash of its URL, never the URL.

    A server URL may carry a password; the key is the SHA-256 of the URL with the password
    (in the address or as a `password=` parameter) taken out. A key passes through unchanged.
    """
    if database.startswith(KEY_PREFIX):
        return database
    return KEY_PREFIX + hashlib.sha256(_without_password(database).encode("utf-8")).hexdigest()


def _without_password(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = f"{userinfo.partition(':')[0]}@{hostport}"
    query = parts.query
    if "password" in query.lower():
        query = urlencode(
            [
                (k, v)
                for k, v in parse_qsl(query, keep_blank_values=True)
                if "password" not in k.lower()
            ]
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def editable_fields(story: Story) -> dict[str, object]:
    """A story's editable metadata as JSON (headline, body and slug are kept beside it)."""
    return {
        "dek": story.dek,
        "dateline": story.dateline.to_json() if story.dateline else None,
        "desk": story.desk,
        "status": str(story.status),
        "keywords": list(story.keywords),
    }


def with_fields(story: Story, data: dict[str, object] | None) -> Story:
    """`story` with the fields in `data` (as `editable_fields` wrote them; unknown ones ignored)."""
    if not data:
        return story
    changes: dict[str, object] = {}
    for name in ("headline", "slug", "dek", "desk"):
        if isinstance(data.get(name), str):
            changes[name] = data[name]
    if isinstance(data.get("body"), str):  # the journal keeps the text with its suggestions
        changes["body"] = accepted_text(data["body"])
        changes["body_markup"] = data["body"]
    if "dateline" in data:
        value = data["dateline"]
        changes["dateline"] = Dateline.from_json(value) if isinstance(value, dict) else None
    with contextlib.suppress(ValueError, TypeError):
        if "status" in data:
            changes["status"] = StoryStatus(data["status"])
    if isinstance(data.get("keywords"), list):
        changes["keywords"] = tuple(str(k) for k in data["keywords"])
    return story.with_changes(**changes)


@dataclass(frozen=True)
class RecoveryEntry:
    """What was in the editor and not yet in the store."""

    story_uid: str
    story_id: int | None
    slug: str
    headline: str
    body: str
    """The text as stored: Markdown with its suggestions (CriticMarkup)."""
    base_version: int
    database: str
    """`database_key` of the store (journals written before it held the URL itself)."""
    written_at: str
    metadata: dict | None = None
    """Dek, dateline, desk, status and keywords as typed (None in older journals: not kept)."""
    base: dict | None = None
    """The editable fields of `base_version` as the editor loaded it (the merge's base)."""

    @property
    def written(self) -> datetime:
        return datetime.fromisoformat(self.written_at)

    @property
    def database_key(self) -> str:
        return database_key(self.database)

    def story(self, onto: Story) -> Story:
        """`onto` (the stored story, or a new one) with everything the journal kept."""
        story = onto.with_changes(
            headline=self.headline, body=accepted_text(self.body), body_markup=self.body
        )
        if self.metadata is None:
            return story  # an older journal kept only the text
        return with_fields(story.with_changes(slug=self.slug or onto.slug), self.metadata)

    def base_story(self, stored: Story) -> Story:
        """The version the text was typed on, as far as the journal knows it."""
        return with_fields(stored, self.base).with_changes(version=self.base_version)


class RecoveryJournal:
    """One small JSON file per story under the data folder, written atomically."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config.data_dir() / "recovery"

    def _path(self, story_uid: str) -> Path:
        safe = "".join(ch for ch in story_uid if ch.isalnum() or ch in "-_") or "story"
        return self.folder / f"{safe}.json"

    def write(
        self,
        *,
        story_uid: str,
        story_id: int | None,
        slug: str,
        headline: str,
        body: str,
        base_version: int,
        database: str,
        metadata: dict | None = None,
        base: dict | None = None,
    ) -> None:
        """Keep this text; `database` is a URL or a `database_key` (only the key is written)."""
        entry = RecoveryEntry(
            story_uid,
            story_id,
            slug,
            headline,
            body,
            base_version,
            database_key(database),
            datetime.now(UTC).isoformat(timespec="seconds"),
            metadata,
            base,
        )
        self._write_entry(entry)

    def write_story(self, story: Story, base: Story | None, database: str) -> None:
        """Keep the whole editable story, and the version it was typed on."""
        self.write(
            story_uid=story.uid,
            story_id=story.id,
            slug=story.slug,
            headline=story.headline,
            body=story.markup,
            base_version=base.version if base else 0,
            database=database,
            metadata=editable_fields(story),
            base=(
                {"headline": base.headline, "body": base.markup, "slug": base.slug}
                | editable_fields(base)
            )
            if base
            else None,
        )

    def _write_entry(self, entry: RecoveryEntry) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(entry.story_uid)
        tmp = path.with_suffix(".tmp")
        # Unpublished copy: readable by this user only.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(entry), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())  # the point of a journal is to survive a crash
        tmp.replace(path)

    def clear(self, story_uid: str) -> None:
        self._path(story_uid).unlink(missing_ok=True)

    def entries(self, database: str | None = None) -> list[RecoveryEntry]:
        """Entries (for one database, URL or key, when given), newest first.

        Unreadable files are skipped. A file from an older Copydesk, which held the database
        URL (perhaps with a password), is read and written again with the key instead.
        """
        found: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return found
        key = database_key(database) if database is not None else None
        known = {f.name for f in fields(RecoveryEntry)}
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                entry = RecoveryEntry(**{k: v for k, v in data.items() if k in known})
            except (OSError, ValueError, TypeError, AttributeError):
                continue
            if not entry.database.startswith(KEY_PREFIX):
                entry = RecoveryEntry(**(asdict(entry) | {"database": entry.database_key}))
                with contextlib.suppress(OSError):
                    self._write_entry(entry)
            if key is None or entry.database == key:
                found.append(entry)
        found.sort(key=lambda e: e.written_at, reverse=True)
        return found
