"""The publish gate: every check a story must pass before it leaves the desk.

Findings with severity `error` block; warnings and info never do. A person may override a
block with a reason (stored with the export record) — except a confidential name in the copy,
which nothing overrides. Open suggestions and unresolved comments block too; a reason given
when the story moved to `ready` does not release them here. A story not yet
`ready`/`published` needs confirmation, not a reason for each finding, which is why that is a
separate flag and not a finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.exporting import confidential
from app.core.findings import locate
from app.core.model import (
    HEADLINE_LIMIT,
    Finding,
    Quote,
    QuoteStatus,
    Severity,
    Story,
    StoryStatus,
    Verdict,
)

NO_HEADLINE = "no_headline"
NO_CREDITS = "no_credits"
HEADLINE_TOO_LONG = "headline_too_long"
QUOTE_ALTERED = "quote_altered"
QUOTE_NOT_FOUND = "quote_not_found"
QUOTE_UNCOVERED = "quote_uncovered"
QUOTE_DISPUTED = "quote_disputed"
QUOTE_UNVERIFIED = "quote_unverified"
UNBALANCED_QUOTES = "unbalanced_quotes"
BOILERPLATE_IN_BODY = "boilerplate_in_body"
OPEN_SUGGESTION = "open_suggestion"
OPEN_COMMENT = "open_comment"

BLOCKING_CODES: frozenset[str] = frozenset({UNBALANCED_QUOTES, BOILERPLATE_IN_BODY})
"""Analysis codes that block whatever severity the analysis gave them."""

NEVER_OVERRIDDEN: frozenset[str] = frozenset({confidential.CODE})
CONFIRM_STATUSES = frozenset({StoryStatus.READY, StoryStatus.PUBLISHED})


@dataclass(frozen=True)
class GateResult:
    """What the gate found; `blocking` are the errors, `needs_confirmation` the status check."""

    status: StoryStatus
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is not Severity.ERROR)

    @property
    def needs_confirmation(self) -> bool:
        return self.status not in CONFIRM_STATUSES

    @property
    def overridable(self) -> bool:
        """True when a reason can release every block (no confidential name among them)."""
        return not any(f.code in NEVER_OVERRIDDEN for f in self.blocking)

    def blocks(self, override_reason: str | None = None, confirmed: bool = False) -> bool:
        """Would an export stop here, given an override reason and a status confirmation?"""
        reason = (override_reason or "").strip()
        if self.needs_confirmation and not (confirmed or reason):
            return True
        if not self.blocking:
            return False
        return not (reason and self.overridable)

    def to_json(self) -> dict[str, object]:
        return {
            "status": str(self.status),
            "blocks": self.blocks(),
            "needs_confirmation": self.needs_confirmation,
            "findings": [f.to_json() for f in self.findings],
        }


def _quote_findings(quotes: Sequence[Quote], require_verified: bool) -> list[Finding]:
    found: list[Finding] = []
    for q in quotes:
        short = q.text if len(q.text) <= 60 else q.text[:57] + "…"
        if q.status is QuoteStatus.DISPUTED:
            found.append(
                Finding(Severity.ERROR, QUOTE_DISPUTED, f"A person disputed the quote “{short}”.",
                        q.start, q.end)
            )  # fmt: skip
            continue
        if q.status is QuoteStatus.VERIFIED:
            continue
        if q.verdict is Verdict.ALTERED:
            found.append(
                Finding(Severity.ERROR, QUOTE_ALTERED,
                        f"The quote “{short}” differs from the source material.", q.start, q.end)
            )  # fmt: skip
        elif q.verdict is Verdict.NOT_FOUND and q.covered is False:
            who = f" ({q.speaker})" if q.speaker else ""
            found.append(
                Finding(Severity.WARNING, QUOTE_UNCOVERED,
                        f"No material attached for this speaker{who}: the quote “{short}” "
                        "could not be checked.", q.start, q.end)
            )  # fmt: skip
        elif q.verdict is Verdict.NOT_FOUND:
            found.append(
                Finding(Severity.ERROR, QUOTE_NOT_FOUND,
                        f"The quote “{short}” was not found in the source material.",
                        q.start, q.end)
            )  # fmt: skip
        elif require_verified:
            found.append(
                Finding(Severity.ERROR, QUOTE_UNVERIFIED,
                        f"The quote “{short}” is not verified (the desk requires it).",
                        q.start, q.end)
            )  # fmt: skip
    return found


def _review_findings(story: Story) -> list[Finding]:
    """Open suggestions and unresolved comments block: the desk settles them before export.

    An override exports the accepted text (suggestions applied, comments left out): the
    exporters only ever read `Story.body`. Offsets here are mapped to that text.
    """
    from app.core.review import critic

    found: list[Finding] = []
    view = critic.accepted(story.markup) if story.body_markup is not None else None

    def span(start: int, end: int) -> tuple[int, int]:
        if view is None:
            return start, end
        a = view.to_view(start)
        return a, max(a, view.to_view(end))

    for s in critic.suggestions(story.markup):
        start, end = span(s.start, s.end)
        found.append(Finding(Severity.ERROR, OPEN_SUGGESTION,
                             f"Suggestion {s.id} by {s.author or 'someone'} is open: "
                             f"{s.describe()}.", start, end))  # fmt: skip
    for c in story.open_comments:
        start, end = span(c.start, c.end)
        text = c.text if len(c.text) <= 60 else c.text[:57] + "…"
        found.append(Finding(Severity.ERROR, OPEN_COMMENT,
                             f"Comment {c.id} by {c.author} is not resolved: “{text}”.",
                             start, end))  # fmt: skip
    return found


def _promote(finding: Finding) -> Finding:
    """Blocking analysis codes count as errors here, whatever severity analysis gave them."""
    if finding.code in BLOCKING_CODES and finding.severity is not Severity.ERROR:
        return replace(finding, severity=Severity.ERROR)
    return finding


def evaluate(
    story: Story,
    analysis_findings: Sequence[Finding] = (),
    *,
    require_verified_quotes: bool = False,
) -> GateResult:
    """Run every gate check on a stored story (quotes carry their verdicts and statuses)."""
    findings: list[Finding] = []
    headline = story.headline.strip()
    if not headline:
        findings.append(Finding(Severity.ERROR, NO_HEADLINE, "The story has no headline."))
    elif len(headline) > HEADLINE_LIMIT:
        findings.append(
            Finding(
                Severity.WARNING,
                HEADLINE_TOO_LONG,
                f"The headline has {len(headline)} characters; search engines and "
                f"schema.org show at most {HEADLINE_LIMIT}.",
            )
        )
    if not story.credits:
        findings.append(Finding(Severity.ERROR, NO_CREDITS, "The story has no credit of any kind."))
    findings += _quote_findings(story.quotes, require_verified_quotes)
    findings += _review_findings(story)
    findings += confidential.find_names(story)
    findings += confidential.find_near_names(story)
    findings += [_promote(f) for f in analysis_findings if f.code != NO_CREDITS]
    findings.sort(
        key=lambda f: (f.severity is not Severity.ERROR, -1 if f.start is None else f.start)
    )
    return GateResult(story.status, locate(story.body, findings))
