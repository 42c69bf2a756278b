"""The audit report's sections, one small function each, over one `AuditContext`.

Each returns a `Section`; one with no blocks says "None recorded." The gate's findings are
split three ways: provenance (what the rewrite changed), spelling and style, and the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from app.core.audit.model import Card, Lines, Note, Section, Table
from app.core.audit.redaction import NAME, Redactor
from app.core.model import Comment, Quote, QuoteStatus, Revision, Source, Story, Verdict

if TYPE_CHECKING:
    from app.core.analysis.engine import Analysis
    from app.core.exporting.gate import GateResult
    from app.core.model import Publication, StatusChange
    from app.core.review.critic import Suggestion
    from app.core.services import Desk
    from app.core.store.exports import ExportRecord

VERDICTS = {
    Verdict.VERBATIM: "verbatim: the material has these words",
    Verdict.MINOR: "minor differences house style allows",
    Verdict.ALTERED: "altered: the material says something else",
    Verdict.NOT_FOUND: "not found in the material (no evidence, not contrary evidence)",
}
STATUS_WORDS = {QuoteStatus.VERIFIED: "verified", QuoteStatus.DISPUTED: "disputed"}


def when(value: datetime | None) -> str:
    """A time as the report shows it: UTC to the minute."""
    if value is None:
        return ""
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return f"{value:%Y-%m-%d %H:%M} UTC"


@dataclass
class AuditContext:
    """Everything the sections read, loaded once; `story` is whole (private fields too)."""

    desk: Desk
    story: Story
    private: bool
    credit_style: str

    @cached_property
    def redact(self) -> Redactor:
        from app.core.confidential import confidential_sources

        if self.private:
            return Redactor(())
        return Redactor(
            confidential_sources(self.story), spared=[c.name for c in self.story.credits]
        )

    @cached_property
    def analysis(self) -> Analysis:
        from app.core.analysis.engine import analyze

        return analyze(self.story.body, credits=self.story.credits)

    @cached_property
    def gate(self) -> GateResult:
        """The publish gate exactly as `copydesk check` runs it (whatever checks it gains)."""
        from app.core.exporting import service

        return service.check_story(self.desk, self.story.id, self.story)

    @cached_property
    def publications(self) -> list[Publication]:
        return self.desk.publications(self.story.id)

    @cached_property
    def status_changes(self) -> list[StatusChange]:
        return self.desk.status_history(self.story.id)

    @cached_property
    def exports(self) -> list[ExportRecord]:
        from app.core.store.exports import ExportRepository

        with self.desk.store.session(write=False) as session:
            return ExportRepository(session).list(self.story.id)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        from app.core.findings import paragraph_starts

        return paragraph_starts(self.story.body)

    def paragraph(self, offset: int | None) -> str:
        """ "paragraph N" of the body for `offset` (the body's paragraphs found once: a story
        with thousands of findings scanned the whole body for each)."""
        from app.core.findings import paragraph_of

        if offset is None:
            return ""
        return f"paragraph {paragraph_of(self._paragraph_starts, offset)}"


# -- quotes ------------------------------------------------------------------------------------


def _quote_card(ctx: AuditContext, quote: Quote) -> Card:
    r = ctx.redact
    fields: list[tuple[str, str]] = []
    speaker = r.person(quote.speaker) or "not attributed"
    if quote.speaker_mention and quote.speaker_mention != quote.speaker:
        speaker += f" (as written: {r.person(quote.speaker_mention)})"
    fields.append(("Speaker", speaker))
    said = " · ".join(r(part) for part in (quote.cue, quote.venue) if part)
    if said:
        fields.append(("Cue and venue", said))
    fields.append(("Where", ctx.paragraph(quote.start)))
    if quote.verdict is None:
        fields.append(("Machine check", "not checked against source material"))
    else:
        detail = quote.check_detail or {}
        score = detail.get("score")
        verdict = VERDICTS[quote.verdict]
        if isinstance(score, int | float):
            verdict += f" (score {score:.2f})"
        by = " ".join(p for p in (f"by {quote.verdict_by}" if quote.verdict_by else "",
                                  when(quote.verdict_at)) if p)  # fmt: skip
        fields.append(("Machine check", f"{verdict}; {by}" if by else verdict))
        if detail.get("speaker_mismatch"):
            other = r.person(detail.get("source_speaker")) or "someone else"
            fields.append(("Speaker check", f"the material gives these words to {other}"))
    if quote.evidence is not None:
        ev = quote.evidence
        where = f"{r(ev.document)}, characters {ev.start}–{ev.end}"
        if ev.timestamp:
            where += f", at {ev.timestamp}"
        fields.append(("Evidence", where))
        fields.append(("Passage", r(ev.passage)))
    if quote.status in STATUS_WORDS:
        by = f" by {quote.status_by}" if quote.status_by else ""
        at = f", {when(quote.status_at)}" if quote.status_at else ""
        fields.append(("Desk", f"{STATUS_WORDS[quote.status]}{by}{at}"))
    else:
        fields.append(("Desk", "not yet verified or disputed by a person"))
    if quote.status_note:
        fields.append(("Note", r(quote.status_note)))
    tone = str(quote.status) if quote.status in STATUS_WORDS else str(quote.verdict or "")
    return Card(r(quote.text), tuple(fields), tone or "unverified")


def quotes_section(ctx: AuditContext) -> Section:
    """Every quote: words, speaker, the machine's verdict and evidence, the desk's say."""
    quotes = sorted(ctx.story.quotes, key=lambda q: q.start)
    cards = tuple(_quote_card(ctx, q) for q in quotes)
    if not cards:
        return Section("quotes", "Quotes", (), "No direct quotes in the story.")
    counts: dict[str, int] = {}
    for q in quotes:
        key = STATUS_WORDS.get(q.status) or (str(q.verdict) if q.verdict else "unchecked")
        counts[key] = counts.get(key, 0) + 1
    tally = ", ".join(f"{n} {word.replace('_', ' ')}" for word, n in sorted(counts.items()))
    return Section("quotes", "Quotes", (Note(f"{len(quotes)} quotes: {tally}."), *cards))


# -- sourcing ----------------------------------------------------------------------------------


def _quote_count(ctx: AuditContext, source: Source) -> str:
    n = sum(1 for q in ctx.story.quotes if q.speaker and q.speaker == source.name)
    return str(n) if n else ""


def _source_row(ctx: AuditContext, source: Source) -> tuple[str, ...]:
    r = ctx.redact
    if source.confidential and not ctx.private:
        return (NAME, "confidential", "", "")
    kind = "confidential" if source.confidential else "anonymous" if source.anonymous else "named"
    about = "; ".join(dict.fromkeys(r(p) for p in (source.title, source.description) if p))
    row = (r.person(source.name), kind, about, _quote_count(ctx, source))
    if ctx.private:
        private = "; ".join(p for p in (source.contact, source.notes) if p)
        return (*row, private)
    return row


def sourcing_section(ctx: AuditContext) -> Section:
    """Named, anonymous and confidential sources; the anonymous sourcing in the copy."""
    r = ctx.redact
    blocks: list = []
    headers = ("Source", "Kind", "Title and description", "Quotes")
    if ctx.private:
        headers = (*headers, "Private contact and notes")
    if ctx.story.sources:
        rows = tuple(_source_row(ctx, s) for s in ctx.story.sources)
        blocks.append(Table(headers, rows, "Sources of the story"))
    anonymous = ctx.analysis.anonymous_sourcing
    if anonymous:
        rows = tuple(
            (r(a.text), ctx.paragraph(a.start), "yes" if a.reason_given else "no")
            for a in anonymous
        )
        blocks.append(
            Table(("Attributed to", "Where", "Reason for anonymity given"), rows,
                  "Anonymous sourcing in the copy")
        )  # fmt: skip
    institutions = ctx.analysis.institutional_sources
    if institutions:
        rows = tuple((r(i.text), ctx.paragraph(i.start)) for i in institutions)
        blocks.append(Table(("Institution cited", "Where"), rows, "Institutional sources"))
    if not ctx.private and any(s.confidential for s in ctx.story.sources):
        blocks.append(
            Note("Confidential sources appear as “confidential source” throughout, and their "
                 "names are taken out of every passage quoted here.")
        )  # fmt: skip
    return Section("sourcing", "Sourcing", tuple(blocks), "No sources recorded.")


# -- credits -----------------------------------------------------------------------------------


def credits_section(ctx: AuditContext) -> Section:
    """The credit lines as the house style renders them, and each credit."""
    from app.core.exporting.credits import render_credits

    credits = ctx.story.credits
    if not credits:
        return Section("credits", "Credits", (), "No credits.")
    r = ctx.redact
    # Redacted whole, then split: a name broken at a line's end ("Ng" as "N-" / "g") is only
    # a name across the break.
    rendered = r(render_credits(credits, ctx.credit_style))
    lines = tuple(line for line in rendered.splitlines() if line.strip())
    rows = tuple(
        (
            c.role.value.replace("_", " "),
            r(c.name),
            r(c.organisation or ""),
            r(c.location or ""),
            r(c.email or ""),
        )
        for c in credits
    )
    return Section("credits", "Credits", (
        Lines(lines, f"As rendered in house style ({ctx.credit_style})"),
        Table(("Role", "Name", "Organisation", "Location", "E-mail"), rows,
              "Each credit, in credit-line order"),
    ))  # fmt: skip


# -- findings ----------------------------------------------------------------------------------


def _findings_table(ctx: AuditContext, findings, caption: str) -> Table:
    r = ctx.redact
    rows = tuple(
        (f.severity.value, f.code, r(f.message),
         f"{ctx.paragraph(f.start)}: {r(f.context)}" if f.context else ctx.paragraph(f.start))
        for f in findings
    )  # fmt: skip
    return Table(("Severity", "Check", "Finding", "Where"), rows, caption)


def _provenance_codes() -> frozenset[str]:
    from app.core.provenance.rewrites import CODES

    return frozenset(CODES)


def _proofing_codes() -> frozenset[str]:
    from app.core.proofing.issues import PROOFING_CODES

    return PROOFING_CODES


def provenance_section(ctx: AuditContext) -> Section:
    """What the rewrite changed against the attached originals (`copydesk provenance`)."""
    codes = _provenance_codes()
    findings = [f for f in ctx.gate.findings if f.code in codes]
    if not findings:
        return Section("provenance", "Provenance findings")
    table = _findings_table(ctx, findings, "Against the story's attached material")
    return Section("provenance", "Provenance findings", (table,))


def checks_section(ctx: AuditContext) -> Section:
    """The publish gate's findings now, and every override made at export with its reason."""
    r = ctx.redact
    blocks: list = []
    elsewhere = _provenance_codes() | _proofing_codes()
    findings = [f for f in ctx.gate.findings if f.code not in elsewhere]
    if findings:
        caption = "Findings of the publish gate on the current text"
        blocks.append(_findings_table(ctx, findings, caption))
    else:
        blocks.append(Note("The publish gate finds nothing in the current text."))
    overrides = [e for e in ctx.exports if e.override_reason or e.overridden]
    if overrides:
        rows = tuple(
            (when(e.exported_at), e.exported_by, e.format, r(e.override_reason or ""),
             "\n".join(r(o) for o in e.overridden))
            for e in overrides
        )  # fmt: skip
        blocks.append(Table(("When", "Who", "Format", "Reason given", "What was overridden"),
                            rows, "Overrides at export"))  # fmt: skip
    else:
        blocks.append(Note("No override was made at export."))
    return Section("checks", "Check findings and overrides", tuple(blocks))


def style_section(ctx: AuditContext) -> Section:
    """Spelling and house-style findings against the desk's stylebook (overrides at export are
    in the checks section)."""
    codes = _proofing_codes()
    findings = [f for f in ctx.gate.findings if f.code in codes]
    if not findings:
        return Section("style", "Spelling and style findings")
    table = _findings_table(ctx, findings, "Spelling and house style on the current text")
    return Section("style", "Spelling and style findings", (table,))


# -- history -----------------------------------------------------------------------------------


def status_section(ctx: AuditContext) -> Section:
    """Every status change with who made it, when, and why when a reason was recorded (a
    sign-off with things open, a correction's or update's note, a kill's reason)."""
    r = ctx.redact
    rows = tuple(
        (when(c.changed_at), c.from_status.value if c.from_status else "(created)",
         c.to_status.value, r.person(c.changed_by), r(c.reason or ""))
        for c in ctx.status_changes
    )  # fmt: skip
    if not rows:
        return Section("status", "Status history")
    headers = ("When", "From", "To", "Who", "Reason")
    return Section("status", "Status history", (Table(headers, rows),))


def _comment_row(ctx: AuditContext, comment: Comment) -> tuple[str, ...]:
    from app.core.review.critic import accepted_text

    r = ctx.redact
    anchor = f"“{r(accepted_text(comment.anchor_text))}”"
    if comment.detached:
        anchor = f"{anchor} (its text was deleted)"
    if comment.resolved:
        by = f" by {r.person(comment.resolved_by)}" if comment.resolved_by else ""
        at = f", {when(comment.resolved_at)}" if comment.resolved_at else ""
        state = f"resolved{by}{at}"
    else:
        state = "open"
    thread = [r(comment.text)]
    thread += [f"Reply by {r.person(reply.author)}, {when(reply.at)}: {r(reply.text)}"
               for reply in comment.replies]  # fmt: skip
    return (str(comment.id), anchor, r.person(comment.author), when(comment.at), state,
            "\n".join(thread))  # fmt: skip


def _decided_suggestions(ctx: AuditContext) -> list[tuple[Suggestion, str, Revision]]:
    """Suggestions that an accept or reject took out of the body, with the revision that did.

    Revisions keep the body markup, so a decision is the suggestions its revision no longer
    holds beside the revision before it (typing saved since that one, coalesced into it, can
    hide a suggestion made and decided in between)."""
    from app.core.review.critic import suggestions

    decided: list[tuple[Suggestion, str, Revision]] = []
    revisions = sorted(ctx.desk.revisions(ctx.story.id), key=lambda v: v.number)
    for before, after in pairwise(revisions):
        if after.reason not in ("accept", "reject") or "{" not in before.body:
            continue
        left = {s.id for s in suggestions(after.body)}
        decided += [(s, after.reason, after) for s in suggestions(before.body)
                    if s.id not in left]  # fmt: skip
    return decided


def _suggestion_row(ctx: AuditContext, suggestion: Suggestion, state: str) -> tuple[str, ...]:
    r = ctx.redact
    return (str(suggestion.id or ""), suggestion.kind, r(suggestion.describe(60)),
            r.person(suggestion.author) or "someone", when(suggestion.at), state)  # fmt: skip


def assignments_section(ctx: AuditContext) -> Section:
    """Who has the story, every comment thread (the words it is pinned to, author, time,
    resolved or open, replies) and the suggestions: those still open in the body, and those
    accepted or rejected as the revisions that settled them record."""
    from app.core.review.critic import suggestions

    r, story = ctx.redact, ctx.story
    blocks: list = []
    if story.assignee:
        blocks.append(Note(f"Assigned to {r.person(story.assignee)}."))
    if story.comments:
        rows = tuple(_comment_row(ctx, c) for c in sorted(story.comments, key=lambda c: c.id))
        open_count = sum(1 for c in story.comments if not c.resolved)
        caption = f"Comments ({len(rows)}, {open_count} open)"
        headers = ("No.", "On", "By", "When", "State", "Comment and replies")
        blocks.append(Table(headers, rows, caption))
    rows = [_suggestion_row(ctx, s, "open") for s in suggestions(story.markup)]
    for s, decision, revision in _decided_suggestions(ctx):
        word = "accepted" if decision == "accept" else "rejected"
        by = f"{word} by {r.person(revision.author)}, {when(revision.created_at)}"
        rows.append(_suggestion_row(ctx, s, f"{by} (revision {revision.number})"))
    if rows:
        headers = ("No.", "Kind", "Change", "Proposed by", "When", "State")
        blocks.append(Table(headers, tuple(rows), "Suggestions"))
    return Section("comments", "Assignments, comments and suggestions", tuple(blocks))


def exports_section(ctx: AuditContext) -> Section:
    """Every export: when, who, format, file, the publication it carried, any override."""
    r = ctx.redact
    rows = tuple(
        (when(e.exported_at), e.exported_by, e.format, r(e.path),
         str(e.publication) if e.publication else "working copy",
         r(e.override_reason or ""))
        for e in ctx.exports
    )  # fmt: skip
    if not rows:
        return Section("exports", "Exports")
    headers = ("When", "Who", "Format", "File", "Publication", "Override reason")
    return Section("exports", "Exports", (Table(headers, rows),))


def publications_section(ctx: AuditContext) -> Section:
    """Every publication (first text, corrections, updates, kill) and any still being made."""
    r = ctx.redact
    rows = []
    for p in ctx.publications:
        number = str(p.number) if p.is_out else "in progress"
        published = f"{when(p.published_at)} by {p.published_by}" if p.is_out else ""
        opened = ""
        if p.opened_at and (not p.is_out or p.opened_at != p.published_at):
            opened = f"{when(p.opened_at)} by {p.opened_by}"
        rows.append((number, p.kind.value, r(p.note or ""),
                     str(p.revision) if p.revision else "", published, opened))  # fmt: skip
    if not rows:
        return Section("publications", "Publications", (), "Not published.")
    headers = ("No.", "Kind", "Note or reason", "Revision", "Published", "Opened")
    return Section("publications", "Publications", (Table(headers, tuple(rows)),))


SECTIONS = (
    quotes_section,
    sourcing_section,
    credits_section,
    provenance_section,
    checks_section,
    style_section,
    status_section,
    assignments_section,
    exports_section,
    publications_section,
)
"""In the order the report shows them."""
