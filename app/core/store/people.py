"""The contributor directory and each story's credits, in credit-line order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.model import Credit, CreditRole, Person
from app.core.store.schema import CreditRow, PersonRow


class PeopleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def person_row(self, name: str, email: str | None = None) -> PersonRow:
        """The directory entry for `name`, created on first use; an e-mail fills a blank one."""
        row = self.session.scalars(select(PersonRow).where(PersonRow.name == name)).first()
        if row is None:
            row = PersonRow(name=name, email=email)
            self.session.add(row)
            self.session.flush()
        elif email and not row.email:
            row.email = email
        return row

    def directory(self, prefix: str = "", limit: int = 50_000) -> list[Person]:
        query = select(PersonRow).order_by(PersonRow.name).limit(limit)
        if prefix:
            query = query.where(PersonRow.name.ilike(prefix + "%"))
        return [Person(r.name, r.email, r.url, r.id) for r in self.session.scalars(query)]

    def by_names(self, names: Iterable[str]) -> list[Person]:
        query = select(PersonRow).where(PersonRow.name.in_(list(names)))
        return [Person(r.name, r.email, r.url, r.id) for r in self.session.scalars(query)]

    def credits(self, story_id: int) -> tuple[Credit, ...]:
        query = (
            select(CreditRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == CreditRow.person_id)
            .where(CreditRow.story_id == story_id)
            .order_by(CreditRow.position)
        )
        return tuple(
            Credit(CreditRole(row.role), name, row.location, row.email, row.organisation)
            for row, name in self.session.execute(query)
        )

    def set_credits(self, story_id: int, credits: Sequence[Credit]) -> None:
        self.session.execute(delete(CreditRow).where(CreditRow.story_id == story_id))
        for position, credit in enumerate(credits):
            person = self.person_row(credit.name.strip(), credit.email)
            self.session.add(
                CreditRow(
                    story_id=story_id,
                    person_id=person.id,
                    role=str(credit.role),
                    location=credit.location,
                    email=credit.email,
                    position=position,
                    organisation=credit.organisation,
                )
            )
