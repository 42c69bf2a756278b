"""Where a finding stands, told the way an editor reads copy: the paragraph and a few words.

Character offsets ("at 1144-1227") mean nothing to a person; "paragraph 3: “…the words around
it…”" is what a copy editor can find in the window or on a printout. Every report of findings
(`copydesk check`, `spell`, the audit report) goes through `locate`, so they agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from app.core.model import Finding

CONTEXT_CHARS = 40
"""At most this many characters of context on each side of the finding's span."""
SPAN_CHARS = 60
"""A longer span is shown by its two ends around an ellipsis."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SPACE = re.compile(r"\s+")


def paragraph_starts(body: str) -> list[int]:
    """Offsets where each paragraph (block between blank lines) of BODY starts."""
    starts = [len(body) - len(body.lstrip())]
    starts += [m.end() for m in _PARAGRAPH_BREAK.finditer(body) if m.end() < len(body)]
    return starts


def paragraph_of(starts: list[int], offset: int) -> int:
    """1-based number of the paragraph holding OFFSET (bisect over `paragraph_starts`)."""
    from bisect import bisect_right

    return max(1, bisect_right(starts, offset))


def context(body: str, start: int, end: int) -> str:
    """The span with up to CONTEXT_CHARS of its paragraph each side, cut at word boundaries."""
    start = max(0, min(start, len(body)))
    end = max(start, min(end, len(body)))
    # The paragraph's bounds are looked for only as far as the context reaches: a bound
    # farther off is treated as just past it (the same context). Searching the whole
    # paragraph per finding was quadratic in a paragraph of 100,000 quotation marks, each a
    # finding (the export's gate never ended).
    left_bound = body.rfind("\n\n", max(0, start - CONTEXT_CHARS - 2), start)
    left_bound = max(0, start - CONTEXT_CHARS - 1) if left_bound < 0 else left_bound + 2
    right_bound = body.find("\n\n", end, end + CONTEXT_CHARS + 2)
    right_bound = min(len(body), end + CONTEXT_CHARS + 1) if right_bound < 0 else right_bound
    left = body[max(left_bound, start - CONTEXT_CHARS) : start]
    right = body[end : min(right_bound, end + CONTEXT_CHARS)]
    if start - CONTEXT_CHARS > left_bound and " " in left:
        left = "…" + left[left.index(" ") + 1 :]
    if end + CONTEXT_CHARS < right_bound and " " in right:
        right = right[: right.rindex(" ")] + "…"
    span = body[start:end]
    if len(span) > SPAN_CHARS:
        half = SPAN_CHARS // 2
        span = span[:half].rstrip() + " … " + span[-half:].lstrip()
    return _SPACE.sub(" ", left + span + right).strip()


def locate(body: str, findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """FINDINGS with `paragraph` and `context` filled in from BODY (those with offsets)."""
    starts = paragraph_starts(body)
    located = []
    for f in findings:
        if f.start is None or f.paragraph is not None:
            located.append(f)
            continue
        end = f.start if f.end is None else f.end
        located.append(
            replace(f, paragraph=paragraph_of(starts, f.start), context=context(body, f.start, end))
        )
    return tuple(located)


def line(finding: Finding) -> str:
    """One line for a terminal: `warning CODE: message (paragraph 3: "…a few words…")`."""
    where = ""
    if finding.paragraph is not None:
        where = f' (paragraph {finding.paragraph}: "{finding.context}")'
    return f"{finding.severity.value} {finding.code}: {finding.message}{where}"
