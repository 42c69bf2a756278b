"""The credit roles added for visual, data and audio work are stored and read back: credits.role
is a plain string column, so they need no migration, and a published snapshot keeps them."""

from __future__ import annotations

from app.core.model import Credit, CreditRole, Story
from app.core.store import snapshots

_NEW = (
    CreditRole.ILLUSTRATION, CreditRole.VIDEO, CreditRole.PRODUCTION, CreditRole.DATA,
    CreditRole.DESIGN, CreditRole.AUDIO, CreditRole.NARRATION, CreditRole.FACT_CHECKING,
    CreditRole.TRANSLATION, CreditRole.INTERVIEWS,
)  # fmt: skip


def _credits() -> tuple[Credit, ...]:
    return tuple(Credit(role, f"Ada Quill{i}") for i, role in enumerate(_NEW))


def test_every_role_fits_the_stored_column() -> None:
    from app.core.store.schema import CreditRow

    width = CreditRow.__table__.c.role.type.length
    assert all(len(str(role)) <= width for role in CreditRole)


def test_a_snapshot_keeps_the_new_roles() -> None:
    story = Story(headline="Ferry fares rise", slug="ferry-fares", credits=_credits())
    assert snapshots.load(snapshots.dump(story)).credits == _credits()


def test_the_store_keeps_the_new_roles(desk) -> None:
    story = desk.create_story(
        Story(headline="Ferry fares rise", slug="ferry-fares", body="The fares rose.",
              credits=_credits()),
        analyse=False,
    )  # fmt: skip
    assert desk.get_story(story.slug).credits == _credits()
