"""The rules of a story after publication: what may change, and how it goes back to editing.

Published text is what readers saw, so it is never edited in place: a correction or an update
(each with a note readers will see) sends the story back to editing, and publishing it again
makes a new publication. A kill (with a reason) is possible from any status and final. These
rules live here, in the core, so that every way of changing a status (the window's status
field, `Desk.set_status`, the command line) obeys them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.core.errors import PublicationError
from app.core.model import PublicationKind, Source, Story, StoryStatus

LOCKED_FIELDS = (
    "slug",
    "headline",
    "dek",
    "body",
    "markup",
    "dateline",
    "desk",
    "keywords",
    "language",
)
"""What a published story shows its readers (credits are guarded by `check_credits`), and its
suggestions: a suggestion on published text could only be accepted by editing it in place, so it
waits for a correction or update. Comments stay open to everyone (they change no text)."""

AMENDMENTS = (PublicationKind.CORRECTION, PublicationKind.UPDATE)


def _shown(story: Story, name: str) -> object:
    value = getattr(story, name)
    if name == "dateline" and value is not None and value.is_empty():
        return None  # an empty dateline is no dateline (the store keeps it as none)
    return value


def content_changed(before: Story, after: Story) -> bool:
    return any(_shown(before, name) != _shown(after, name) for name in LOCKED_FIELDS)


def _amend_hint(slug: str) -> str:
    return (
        f"(copydesk correct {slug} --note TEXT or copydesk update {slug} --note TEXT; "
        "Story → Correct… or Update… in the window)"
    )


def check_change(before: Story, after: Story, via: PublicationKind | None = None) -> None:
    """Refuse a save from `before` (as stored) to `after` that the rules do not allow.

    `via` says which use case asks: a correction or update may take a published story back
    to editing, a kill may take any story to `killed`; nothing else may do either.
    """
    old, new, slug = before.status, after.status, before.slug
    if old is StoryStatus.KILLED:
        if new is not StoryStatus.KILLED or content_changed(before, after):
            raise PublicationError(
                f"'{slug}' was killed, and a kill is final; its record stays "
                f"(copydesk audit {slug})."
            )
        return
    if new is StoryStatus.KILLED and via is not PublicationKind.KILL:
        raise PublicationError(
            f"Killing '{slug}' needs a reason: copydesk kill {slug} --reason TEXT "
            "(Story → Kill… in the window)."
        )
    if old is not StoryStatus.PUBLISHED:
        return
    if new is StoryStatus.PUBLISHED:
        if content_changed(before, after):
            raise PublicationError(
                f"'{slug}' is published and its text is what readers saw; to change it, open "
                f"a correction or an update {_amend_hint(slug)}."
            )
        return
    if new is StoryStatus.KILLED or (new is StoryStatus.EDITING and via in AMENDMENTS):
        return
    raise PublicationError(
        f"'{slug}' is published: it goes back to editing only through a correction or an "
        f"update {_amend_hint(slug)}."
    )


def check_confidential(story: Story, sources: Sequence[Source]) -> None:
    """Refuse to publish a story that names one of its confidential sources (`sources`: the
    stored ones). Publishing records the text readers saw, and no export of that text could
    ever be made (nothing overrides the confidential rule), so the desk hears it now."""
    from app.core.exporting.confidential import find_names

    findings = find_names(replace(story, sources=tuple(sources)))
    if findings:
        raise PublicationError(f"'{story.slug}' cannot be published: {findings[0].message}")


def check_credits(story: Story) -> None:
    """Credits are part of the published text: locked while published, final once killed."""
    if story.status is StoryStatus.PUBLISHED:
        raise PublicationError(
            f"'{story.slug}' is published and its credits are what readers saw; to change "
            f"them, open a correction or an update {_amend_hint(story.slug)}."
        )
    if story.status is StoryStatus.KILLED:
        raise PublicationError(f"'{story.slug}' was killed, and a kill is final.")


def check_amend(story: Story, kind: PublicationKind, note: str) -> str:
    """The note, cleaned, if `story` may be corrected or updated now."""
    word = "correction" if kind is PublicationKind.CORRECTION else "update"
    if story.status is not StoryStatus.PUBLISHED:
        raise PublicationError(
            f"'{story.slug}' is {story.status.value.replace('_', ' ')}: only a published "
            f"story takes a {word} (it is edited as it is until it is published)."
        )
    note = " ".join((note or "").split())
    if not note:
        raise PublicationError(
            f"A {word} needs a note readers will see, saying what changed (--note TEXT)."
        )
    _check_public(story, note, f"{word} note")
    return note


def check_kill(story: Story, reason: str) -> str:
    """The reason, cleaned, if `story` may be killed now."""
    if story.status is StoryStatus.KILLED:
        raise PublicationError(f"'{story.slug}' is already killed.")
    reason = " ".join((reason or "").split())
    if not reason:
        raise PublicationError(
            "A kill needs a reason: it is printed on the kill notice (--reason TEXT)."
        )
    _check_public(story, reason, "kill reason")
    return reason


def _check_public(story: Story, text: str, what: str) -> None:
    """A note readers see may not name a confidential source or carry its contact details or
    notes (the rule the publish gate applies to the copy: app.core.confidential), so it is
    refused before it is stored: once stored it cannot be edited, and the output guard would
    refuse every export of it."""
    from app.core.confidential import confidential_sources, locate
    from app.core.contactmatch import find_details

    for source in confidential_sources(story):
        if locate(text, (source,), markup=False):
            raise PublicationError(
                f"The {what} names the confidential source '{source.name}', and readers see "
                "it; leave the name out (confidential sources are never published)."
            )
        if find_details(text, (source,), markup=False):  # the guard would refuse it for good
            raise PublicationError(
                f"The {what} holds the private contact details or notes of the confidential "
                f"source '{source.name}', and readers see it; leave them out."
            )
