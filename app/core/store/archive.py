"""The archive index: LSH bucket keys of every story body and document, kept in step on save.

`item` is a story id, or a source document's id negated. Saving a story replaces only the
buckets whose key changed; a bucket that most of the archive shares (boilerplate, a house
phrase) says nothing about origin, so look-ups skip buckets with more than `_CROWDED` items
instead of reading them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.core.store.schema import ArchiveIndexRow, SourceDocumentRow, StoryRow

_CROWDED = 500


BucketChange = tuple[frozenset[int], frozenset[int]]
"""(buckets gone, buckets added) between an item's old and new text."""


def bucket_change(old_text: str | None, new_text: str | None) -> BucketChange | None:
    """The buckets an item leaves and joins when its text changes (None: none). Pure, and the
    MinHash signature reads the whole text, so a save works it out before its write
    transaction."""
    if old_text == new_text:
        return None
    from app.core.provenance.signatures import bucket_keys

    old = frozenset(bucket_keys(old_text)) if old_text else frozenset()
    new = frozenset(bucket_keys(new_text)) if new_text else frozenset()
    return (old - new, new - old) if old != new else None


def story_item(story_id: int) -> int:
    return story_id


def document_item(document_id: int) -> int:
    return -document_id


class ArchiveIndexRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def replace(self, item: int, old_text: str | None, new_text: str | None) -> None:
        """Move an item's buckets from its old text to its new one (either may be None)."""
        self.apply(item, bucket_change(old_text, new_text))

    def apply(self, item: int, change: BucketChange | None) -> None:
        """Write a `bucket_change` worked out before the transaction."""
        if change is None:
            return
        gone, added = change
        if gone:
            self.session.execute(
                delete(ArchiveIndexRow).where(
                    ArchiveIndexRow.item == item, ArchiveIndexRow.bucket.in_(sorted(gone))
                )
            )
        if added:
            self.session.execute(
                insert(ArchiveIndexRow), [{"bucket": k, "item": item} for k in sorted(added)]
            )

    def remove(self, item: int, text: str | None) -> None:
        self.replace(item, text, None)

    def votes(self, keys: Iterable[int], exclude: set[int] = frozenset()) -> Counter[int]:
        """Items sharing buckets with `keys`, with how many each shares."""
        counts: Counter[int] = Counter()
        for key in set(keys):
            items = self.session.scalars(
                select(ArchiveIndexRow.item)
                .where(ArchiveIndexRow.bucket == key)
                .limit(_CROWDED + 1)
            ).all()
            if len(items) > _CROWDED:
                continue
            counts.update(i for i in items if i not in exclude)
        return counts

    def texts(self, items: Iterable[int]) -> dict[int, tuple[str, str, str]]:
        """(label, title, text) of live stories and existing documents among `items`; a story's
        label is `story:SLUG`, a document's its title."""
        items = list(items)
        stories = [i for i in items if i > 0]
        documents = [-i for i in items if i < 0]
        out: dict[int, tuple[str, str, str]] = {}
        if stories:
            rows = self.session.execute(
                select(StoryRow.id, StoryRow.slug, StoryRow.headline, StoryRow.body).where(
                    StoryRow.id.in_(stories), StoryRow.deleted_at.is_(None)
                )
            )
            for story_id, slug, headline, body in rows:
                out[story_item(story_id)] = (f"story:{slug}", headline, body)
        if documents:
            rows = self.session.execute(
                select(
                    SourceDocumentRow.id,
                    SourceDocumentRow.title,
                    SourceDocumentRow.kind,
                    SourceDocumentRow.text,
                ).where(SourceDocumentRow.id.in_(documents))
            )
            for document_id, title, kind, text in rows:
                out[document_item(document_id)] = (title, kind, text)
        return out
