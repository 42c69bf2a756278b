"""The desk the window starts with: the story list is served at once, the full store just after.

Opening the full store (SQLAlchemy, the schema check) is most of a cold start, while the first
paint only needs one page of the story list. `StartupDesk` answers `count_stories` and
`list_stories` from a QuickReader until the real `Desk` is open, and opens it on the first call
that needs it (or when the window asks, right after its first paint). Everything else is the
real Desk's, so callers never need to know which one they hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core import config
from app.core.model import StoryStatus, StorySummary
from app.core.store.info import StoreInfo, backend_of
from app.core.store.quick import QuickReader
from app.core.store.version import SCHEMA_HEAD

if TYPE_CHECKING:
    from app.core.services import Desk


class StartupDesk:
    def __init__(self, url: str | None = None, user: str | None = None) -> None:
        self.url = config.resolve_database_url(url)
        self._user = user
        self._desk: Desk | None = None
        self._quick = QuickReader.try_open(self.url)
        if self._quick is None:  # a new store, a migration or an error: take the full path now
            self.open()

    @property
    def info(self) -> StoreInfo:
        """Known without opening: the quick reader only serves a store at this schema."""
        if self._desk is not None:
            return self._desk.info
        return StoreInfo(self.url, backend_of(self.url), SCHEMA_HEAD, SCHEMA_HEAD, False, None)

    @property
    def is_open(self) -> bool:
        return self._desk is not None

    def open(self) -> Desk:
        """The real Desk (opened on first use; StoreError propagates to the caller)."""
        if self._desk is None:
            from app.core.services import Desk

            self._desk = Desk.open(self.url, self._user)
            if self._quick is not None:
                self._quick.close()
                self._quick = None
        return self._desk

    def count_stories(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
    ) -> int:
        if self._quick is not None:
            return self._quick.count(status, desk, trash, attention)
        return self.open().count_stories(status, desk, trash, attention)

    def list_stories(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        sort: Any = "updated_at",
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
        trash: bool = False,
        attention: bool = False,
    ) -> list[StorySummary]:
        if self._quick is not None:
            return self._quick.page(
                status, desk, str(sort), descending, offset, limit, trash, attention
            )
        return self.open().list_stories(
            status, desk, sort, descending, offset, limit, trash, attention
        )

    def desks(self) -> list[str]:
        if self._quick is not None:
            return self._quick.desks()
        return self.open().desks()

    def close(self) -> None:
        if self._quick is not None:
            self._quick.close()
            self._quick = None
        if self._desk is not None:
            self._desk.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.open(), name)
