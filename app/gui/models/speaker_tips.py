"""What a speaker's row in the sidebar says on hover: why the rules chose this speaker.

A row groups a speaker's quotes, and every quote keeps the reason its speaker was chosen
(`Quote.speaker_reason`, "Brandvold → Ilse Brandvold: surname of a person named earlier").
Until round 27 only a speaker to check had a tooltip, so an editor could not see, without
hovering over every quote, that "Brandvold" had been read as the mayor. The row repeats its
speaker's name, so each reason is said from the words the story used ("“Brandvold”: …"), and a
reason several quotes share is said once, with their count.
"""

from __future__ import annotations

import re
from collections import Counter

from app.core.model import Quote
from app.core.model.quotes import CHOSEN_BY
from app.core.text.counts import counted

MAX_REASONS = 6
"""Distinct reasons listed on one row before "and N more": a tooltip is read at a glance."""

_RESOLVED_RE = re.compile(r"^(?P<mention>.+?) → (?P<name>[^:]+): (?P<why>.+)$", re.DOTALL)
_NAMED_RE = re.compile(r"^“(?P<mention>[^”]+)”: (?P<why>.+)$", re.DOTALL)


def reason_in_words(quote: Quote) -> str:
    """One quote's reason, from the mention the story used: "“Brandvold”: surname of a person
    named earlier; speech verb introducing the quote", or who chose the speaker by hand."""
    reason = (quote.speaker_reason or "").strip()
    if quote.speaker_by or reason.startswith(CHOSEN_BY):
        who = quote.speaker_by or reason.removeprefix(CHOSEN_BY)
        return f"set by hand by {who}"
    if not reason:
        if quote.speaker is None:
            return "no name or pronoun near the quote says who spoke"
        return "no reason recorded"
    for pattern in (_RESOLVED_RE, _NAMED_RE):
        match = pattern.match(reason)
        if match:
            return f"“{match['mention'].strip('“”')}”: {match['why']}"
    return reason


def speaker_tooltip(speaker: str, quotes: list[Quote], doubted: int) -> str:
    """The row's tooltip: the check to make first (when a speaker is in doubt), then why."""
    lines: list[str] = []
    if doubted > 1:
        lines.append(
            f"Check the speaker of {doubted} of these quotes: the rules that chose it are often "
            "wrong in copy like this (hover over a quote for why)"
        )
    elif doubted == 1:
        lines.append(
            "Check the speaker of one of these quotes: the rules that chose it are often "
            "wrong in copy like this (hover over it for why)"
        )
    reasons = Counter(reason_in_words(quote) for quote in quotes)
    title = "Why these quotes have no speaker:" if quote_unknown(quotes) else f"Why {speaker}:"
    lines.append(title)
    for reason, count in list(reasons.items())[:MAX_REASONS]:
        suffix = f" ({counted(count, 'quote')})" if len(quotes) > 1 else ""
        lines.append(f"• {reason}{suffix}")
    if len(reasons) > MAX_REASONS:
        rest = len(reasons) - MAX_REASONS
        lines.append(f"… and {counted(rest, 'more reason')}")
    return "\n".join(lines)


def quote_unknown(quotes: list[Quote]) -> bool:
    """The group of quotes nobody is named for."""
    return bool(quotes) and all(quote.speaker is None for quote in quotes)
