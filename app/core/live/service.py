"""Live use cases of the Desk: read the change feed, say which story this window shows, and
the optional soft lock (claim, release, take over with a reason)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import InputError, LockedError
from app.core.store.live import (
    Change,
    EventLog,
    Lock,
    LockEntry,
    LockRepository,
    Presence,
    PresenceRepository,
)
from app.core.store.stories import StoryRepository

if TYPE_CHECKING:
    from app.core.store.database import Store


class LiveUseCases:
    """Mixed into Desk: these use its store, user, host and session id."""

    store: Store
    user: str
    host: str
    session_id: str

    # -- the change feed -----------------------------------------------------------------------

    def changes_since(self, last_id: int, limit: int = 500) -> list[Change]:
        with self.store.session(write=False) as session:
            return EventLog(session).since(last_id, limit)

    def last_change_id(self) -> int:
        with self.store.session(write=False) as session:
            return EventLog(session).last_id()

    # -- presence ----------------------------------------------------------------------------

    def beat(self, story_id: int | None) -> bool:
        """This window is alive and shows `story_id` (None: no story); True when that changed
        (the others are told at once; a mere heartbeat tells nobody)."""
        with self.store.session() as session:
            changed = PresenceRepository(session).beat(
                self.session_id, self.user, self.host, story_id
            )
            if changed:
                EventLog(session).add("presence", story_id, self.user, self.session_id)
            return changed

    def leave(self) -> None:
        """This window closes: it no longer shows anything, and its lock, if any, is released."""
        with self.store.session() as session:
            locks = LockRepository(session)
            for lock in locks.all():
                if lock.session_id == self.session_id:
                    locks.clear(lock.story_id)
                    locks.log(lock.story_id, "released", self.user)
                    EventLog(session).add("lock", lock.story_id, self.user, self.session_id)
            if PresenceRepository(session).leave(self.session_id):
                EventLog(session).add("presence", None, self.user, self.session_id)

    def presence(self, story_id: int | None = None) -> list[Presence]:
        """Other windows showing a story (or this one), whoever's they are."""
        with self.store.session(write=False) as session:
            return [p for p in PresenceRepository(session).active(story_id)
                    if p.session_id != self.session_id]  # fmt: skip

    # -- soft locks --------------------------------------------------------------------------

    def lock_of(self, key: int | str) -> Lock | None:
        with self.store.session(write=False) as session:
            return LockRepository(session).get(StoryRepository(session).row(key).id)

    def locks(self) -> list[Lock]:
        with self.store.session(write=False) as session:
            return LockRepository(session).all()

    def claim(self, key: int | str) -> Lock:
        """Claim the story: others open it read-only until it is released or taken over."""
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            locks = LockRepository(session)
            held = locks.get(story_id)
            if held is not None and held.user != self.user:
                raise LockedError(
                    f"{held.user} has claimed this story since "
                    f"{held.since.astimezone():%H:%M}; take it over with a reason."
                )
            locks.set(story_id, self.user, self.session_id)
            if held is None or held.session_id != self.session_id:
                locks.log(story_id, "claimed", self.user)
                EventLog(session).add("lock", story_id, self.user, self.session_id)
            return locks.get(story_id)  # type: ignore[return-value]

    def release(self, key: int | str) -> bool:
        """Give up my claim (False when I held none)."""
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            locks = LockRepository(session)
            held = locks.get(story_id)
            if held is None or held.user != self.user:
                return False
            locks.clear(story_id)
            locks.log(story_id, "released", self.user)
            EventLog(session).add("lock", story_id, self.user, self.session_id)
            return True

    def take_over(self, key: int | str, reason: str) -> Lock:
        """Take someone else's claim; the reason is recorded in the story's lock history."""
        reason = (reason or "").strip()
        if not reason:
            raise InputError("Taking over someone's claim needs a reason.")
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            locks = LockRepository(session)
            held = locks.get(story_id)
            locks.set(story_id, self.user, self.session_id)
            locks.log(story_id, "taken_over", self.user, held.user if held else None, reason)
            detail = {"from": held.user if held else None, "reason": reason}
            EventLog(session).add("lock", story_id, self.user, self.session_id, None, detail)
            return locks.get(story_id)  # type: ignore[return-value]

    def lock_history(self, key: int | str) -> list[LockEntry]:
        with self.store.session(write=False) as session:
            return LockRepository(session).history(StoryRepository(session).row(key).id)
