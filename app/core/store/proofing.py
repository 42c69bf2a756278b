"""What proofing keeps in the database, so a shared server shares it: the newsroom dictionary,
stylebook rule edits, desk settings, words ignored in a story and the archive's name index."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.core.store.schema import (
    DeskSettingsRow,
    IgnoredWordRow,
    NameIndexRow,
    NewsroomWordRow,
    StyleRuleRow,
)

WORD_LIMIT = 100


def _now() -> datetime:
    return datetime.now(UTC)


class NewsroomDictionaryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def words(self) -> list[str]:
        query = select(NewsroomWordRow.word).order_by(NewsroomWordRow.word)
        return list(self.session.scalars(query))

    def add(self, words: Iterable[str], user: str) -> list[str]:
        """Adds the words not there yet; returns those added."""
        wanted = list(dict.fromkeys(w for w in words if w))
        have = set(self.session.scalars(
            select(NewsroomWordRow.word).where(NewsroomWordRow.word.in_(wanted))
        ))  # fmt: skip
        added = [w for w in wanted if w not in have]
        for word in added:
            self.session.add(NewsroomWordRow(word=word, added_by=user, added_at=_now()))
        return added

    def remove(self, words: Iterable[str]) -> int:
        result = self.session.execute(
            delete(NewsroomWordRow).where(NewsroomWordRow.word.in_(list(words)))
        )
        return result.rowcount or 0


class StyleRuleRepository:
    """Rule edits by (scope, rule id): scope "" is the whole newsroom, else a desk's name."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def overrides(self, desk: str = "") -> list[tuple[str, dict]]:
        """(scope, fields) for the newsroom, then for DESK: the order they apply in."""
        scopes = [""] + ([desk] if desk else [])
        rows = self.session.scalars(
            select(StyleRuleRow).where(StyleRuleRow.scope.in_(scopes)).order_by(StyleRuleRow.id)
        ).all()
        ordered = sorted(rows, key=lambda r: (r.scope != "", r.id))
        return [(r.scope, {**r.fields, "id": r.rule_id}) for r in ordered]

    def all(self) -> list[tuple[str, str, dict, str, datetime]]:
        rows = self.session.scalars(
            select(StyleRuleRow).order_by(StyleRuleRow.scope, StyleRuleRow.rule_id)
        )
        return [(r.scope, r.rule_id, dict(r.fields), r.updated_by, r.updated_at) for r in rows]

    def get(self, scope: str, rule_id: str) -> dict | None:
        row = self._row(scope, rule_id)
        return dict(row.fields) if row else None

    def _row(self, scope: str, rule_id: str) -> StyleRuleRow | None:
        return self.session.scalars(
            select(StyleRuleRow).where(StyleRuleRow.scope == scope, StyleRuleRow.rule_id == rule_id)
        ).first()

    def set(self, scope: str, rule_id: str, fields: Mapping[str, object], user: str) -> dict:
        """Merges FIELDS into the stored edit (a new one if none); returns the stored fields."""
        row = self._row(scope, rule_id)
        if row is None:
            row = StyleRuleRow(scope=scope, rule_id=rule_id, fields={}, updated_by=user,
                               updated_at=_now())  # fmt: skip
            self.session.add(row)
        row.fields = {**(row.fields or {}), **fields}
        row.updated_by = user
        row.updated_at = _now()
        self.session.flush()
        return dict(row.fields)

    def reset(self, scope: str, rule_id: str) -> bool:
        result = self.session.execute(
            delete(StyleRuleRow).where(StyleRuleRow.scope == scope, StyleRuleRow.rule_id == rule_id)
        )
        return bool(result.rowcount)


class DeskSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, desk: str) -> tuple[str | None, str | None]:
        """(stylebook, spelling variant) chosen for DESK, None where it chose nothing."""
        row = self.session.get(DeskSettingsRow, desk)
        return (row.stylebook, row.spelling_variant) if row else (None, None)

    def all(self) -> list[tuple[str, str | None, str | None]]:
        rows = self.session.scalars(select(DeskSettingsRow).order_by(DeskSettingsRow.desk))
        return [(r.desk, r.stylebook, r.spelling_variant) for r in rows]

    def set(self, desk: str, stylebook: str | None, variant: str | None, user: str) -> None:
        row = self.session.get(DeskSettingsRow, desk)
        if row is None:
            row = DeskSettingsRow(desk=desk, updated_by=user, updated_at=_now())
            self.session.add(row)
        if stylebook is not None:
            row.stylebook = stylebook
        if variant is not None:
            row.spelling_variant = variant
        row.updated_by = user
        row.updated_at = _now()


class IgnoredWordsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def words(self, story_id: int) -> list[str]:
        return list(self.session.scalars(
            select(IgnoredWordRow.word).where(IgnoredWordRow.story_id == story_id)
            .order_by(IgnoredWordRow.word)
        ))  # fmt: skip

    def add(self, story_id: int, word: str, user: str) -> bool:
        exists = self.session.scalars(
            select(IgnoredWordRow.id).where(
                IgnoredWordRow.story_id == story_id, IgnoredWordRow.word == word
            )
        ).first()
        if exists is not None:
            return False
        self.session.add(IgnoredWordRow(story_id=story_id, word=word, added_by=user,
                                        added_at=_now()))  # fmt: skip
        return True


class NameIndexRepository:
    """Per capitalised word, how many stories use it as a name: updated by the difference
    between a story's old and new names on every save, so it costs what one story costs."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def change(self, removed: Iterable[str], added: Iterable[str]) -> None:
        removed = sorted({w for w in removed if 0 < len(w) <= WORD_LIMIT})
        added = sorted({w for w in added if 0 < len(w) <= WORD_LIMIT})
        if removed:
            for chunk in _chunks(removed):
                self.session.execute(
                    update(NameIndexRow).where(NameIndexRow.word.in_(chunk))
                    .values(stories=NameIndexRow.stories - 1)
                )  # fmt: skip
        if added:
            insert = self._insert()
            for chunk in _chunks(added):
                statement = insert(NameIndexRow).values([{"word": w, "stories": 1} for w in chunk])
                self.session.execute(statement.on_conflict_do_update(
                    index_elements=[NameIndexRow.word],
                    set_={"stories": NameIndexRow.stories + 1},
                ))  # fmt: skip

    def _insert(self):
        if self.session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert

    def known(self, words: Iterable[str], min_stories: int) -> list[str]:
        """Those of WORDS in at least MIN_STORIES stories (primary-key lookups, in chunks)."""
        found: list[str] = []
        wanted = sorted({w for w in words if 0 < len(w) <= WORD_LIMIT})
        for chunk in _chunks(wanted):
            found += self.session.scalars(
                select(NameIndexRow.word).where(
                    NameIndexRow.word.in_(chunk), NameIndexRow.stories >= min_stories
                )
            )
        return found

    def frequent(self, min_stories: int) -> list[str]:
        return list(self.session.scalars(
            select(NameIndexRow.word).where(NameIndexRow.stories >= min_stories)
        ))  # fmt: skip

    def size(self) -> int:
        return self.session.scalar(select(func.count()).select_from(NameIndexRow)) or 0

    def clear(self) -> None:
        self.session.execute(delete(NameIndexRow))


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
