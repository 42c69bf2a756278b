"""Which publication an export carries: its number, its dates and the notes readers see.

A corrected or updated story is exported with every correction and update note up to that
publication ("Correction: … (June 3, 2026)"), placed where the house style puts them: at the
end of the story (Reuters-like, the default for the "reuters" and "list" credit styles) or at
the top (AP-like, the default for "ap"); the `note_placement` preference overrides the style.
A killed story is exported only as a kill notice (`KillNotice`), never its text.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.errors import InputError
from app.core.exporting.markdown_render import typeset
from app.core.model import Publication, PublicationKind, StoryStatus

NOTE_PLACEMENTS = ("top", "end")
STYLE_PLACEMENT = {"reuters": "end", "ap": "top", "list": "end"}
"""Where each credit style puts correction and update notes unless the desk says otherwise."""
LABELS = {PublicationKind.CORRECTION: "Correction", PublicationKind.UPDATE: "Update"}


def note_placement(preference: str, credit_style: str) -> str:
    """`top` or `end`: the preference if set, else what the credit style implies."""
    chosen = (preference or "").strip().lower()
    if chosen and chosen not in NOTE_PLACEMENTS:
        raise InputError(
            f"Unknown note placement '{preference}' in the preferences; use top or end."
        )
    return chosen or STYLE_PLACEMENT.get(credit_style, "end")


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value.replace(microsecond=0)


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Amendment:
    """A correction or update note as readers see it, with the day it went out."""

    kind: PublicationKind
    note: str
    at: datetime

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def role(self) -> str:
        """ninjs `descriptions` role and the CSS class: "correction" or "update"."""
        return str(self.kind)

    @property
    def date_text(self) -> str:
        return f"{self.at:%B} {self.at.day}, {self.at:%Y}"

    def html(self) -> str:
        """One escaped paragraph: "Correction: NOTE (June 3, 2026)"."""
        note = html_lib.escape(typeset(self.note), quote=False)
        return (
            f'<p class="amendment {self.role}"><strong>{self.label}:</strong> {note} '
            f'(<time datetime="{_iso(self.at)}">{self.date_text}</time>)</p>'
        )


@dataclass(frozen=True)
class Edition:
    """What an export says about its publication.

    `number` is the publication it is (ninjs `version`; for a text not published yet, the
    number it would get); `published` is when that publication went out (None: not yet).
    """

    number: int
    first_published: datetime | None = None
    published: datetime | None = None
    amendments: tuple[Amendment, ...] = ()

    @property
    def corrections(self) -> tuple[Amendment, ...]:
        return tuple(a for a in self.amendments if a.kind is PublicationKind.CORRECTION)

    def amendments_html(self) -> str:
        return "\n".join(a.html() for a in self.amendments)


def _texts(publications: Sequence[Publication]) -> list[Publication]:
    return [p for p in publications if p.is_out and p.kind is not PublicationKind.KILL]


def _amendment(p: Publication, at: datetime | None) -> Amendment | None:
    if p.kind not in LABELS or not p.note:
        return None
    return Amendment(p.kind, p.note, _utc(at) or datetime.now(UTC).replace(microsecond=0))


def edition_of(publications: Sequence[Publication], number: int) -> Edition:
    """Publication `number` (one that carries text) with the notes of it and those before."""
    texts = _texts(publications)
    chosen = next((p for p in texts if p.number == number), None)
    if chosen is None:
        raise InputError(f"Publication {number} is not a published text.")
    upto = [p for p in texts if (p.number or 0) <= number]
    amendments = tuple(a for p in upto if (a := _amendment(p, p.published_at)) is not None)
    return Edition(number, _utc(texts[0].published_at), _utc(chosen.published_at), amendments)


def current_edition(publications: Sequence[Publication], status: StoryStatus) -> Edition | None:
    """What an export of the working copy is: the latest publication while published; else
    the next one, with the correction or update being made dated today (a preview)."""
    texts = _texts(publications)
    if not texts:
        return None
    if status is StoryStatus.PUBLISHED:
        return edition_of(publications, texts[-1].number or 0)
    done = edition_of(publications, texts[-1].number or 0)
    pending = [a for p in publications if not p.is_out and (a := _amendment(p, None))]
    return Edition(done.number + 1, done.first_published, None, done.amendments + tuple(pending))


@dataclass(frozen=True)
class KillNotice:
    """What a killed story exports instead of its text: that it was withdrawn, and why."""

    uid: str
    slug: str
    language: str
    reason: str
    killed_at: datetime
    number: int
    first_published: datetime | None
    publisher_name: str = ""

    @property
    def killed_text(self) -> str:
        at = self.killed_at
        return f"{at:%B} {at.day}, {at:%Y} {at:%H:%M} UTC"

    @property
    def killed_iso(self) -> str:
        return _iso(self.killed_at)


KILL_HEADLINE = "Story withdrawn"


def kill_body_html(notice: KillNotice) -> str:
    """The notice's paragraphs, escaped: withdrawn when, why, and not to use it."""
    reason = html_lib.escape(notice.reason, quote=False)
    first = ""
    if notice.first_published:
        at = notice.first_published
        first = f' (first published <time datetime="{_iso(at)}">{at:%B} {at.day}, {at:%Y}</time>)'
    return (
        f"<p>This story{first} was withdrawn on "
        f'<time datetime="{notice.killed_iso}">{notice.killed_text}</time>. '
        "Do not use it; there is no replacement text.</p>\n"
        f"<p><strong>Reason:</strong> {reason}</p>"
    )


def kill_notice(
    uid: str, slug: str, language: str, publications: Sequence[Publication], publisher: str = ""
) -> KillNotice:
    kill = next((p for p in reversed(publications) if p.kind is PublicationKind.KILL), None)
    if kill is None or kill.number is None:
        raise InputError(f"'{slug}' has no kill recorded.")
    texts = _texts(publications)
    return KillNotice(
        uid=uid,
        slug=slug,
        language=language or "en",
        reason=typeset(kill.note or "No reason was recorded."),
        killed_at=_utc(kill.published_at) or datetime.now(UTC).replace(microsecond=0),
        number=kill.number,
        first_published=_utc(texts[0].published_at) if texts else None,
        publisher_name=publisher,
    )
