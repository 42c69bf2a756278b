"""Building a story's audit report: the summary, every section, and the last guard."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core import config
from app.core.audit.model import AuditReport
from app.core.audit.sections import SECTIONS, AuditContext, when

if TYPE_CHECKING:
    from app.core.services import Desk


def _summary(ctx: AuditContext) -> tuple[tuple[str, str], ...]:
    s, r = ctx.story, ctx.redact
    out = [p for p in ctx.publications if p.is_out]
    rows = [
        ("Slug", r.slug(s.slug)),
        ("Status", s.status.value.replace("_", " ")),
        ("Desk", r(s.desk) or "none"),
        ("Assigned to", r.person(s.assignee) or "nobody"),
        ("Words", f"{s.word_count:,}"),
        ("Created", when(s.created_at)),
        ("Last saved", f"{when(s.updated_at)} by {s.updated_by or 'unknown'}"),
        ("Publications", str(len(out)) if out else "not published"),
        ("Story id", s.uid),
    ]
    return tuple(rows)


def build_report(desk: Desk, key: int | str, *, private: bool = False) -> AuditReport:
    """The copy desk's record of one story. Without `private`, confidential sources appear as
    "confidential source" and their names are taken out of every passage quoted; the result
    is then checked once more as an export would be (nothing of them may remain)."""
    story = desk.get_story(key)
    prefs = config.Preferences.load()
    ctx = AuditContext(desk, story, private, prefs.credit_style or "reuters")
    report = AuditReport(
        slug=ctx.redact.slug(story.slug),
        headline=ctx.redact(story.headline) or ctx.redact.slug(story.slug),
        generated_at=datetime.now(UTC).replace(microsecond=0),
        generated_by=desk.user,
        private=private,
        summary=_summary(ctx),
        sections=tuple(section(ctx) for section in SECTIONS),
        language=story.language or "en",
    )
    if not private:
        from app.core.exporting.confidential import assert_clean

        assert_clean("Audit report\n" + "\n".join(t for t in report.texts() if t), story)
    return report
