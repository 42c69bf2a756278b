"""Tags with their verb left out: a quote, a comma, then only who said it.

Wire copy sometimes drops the verb of a tag ("“We sold out,” Ana Ruiz, head of sales." or
"“He loved the sea,” Tom Keane, Jr., who lives in Dunmore."): the sentence then holds nothing but
the quote and the person, and an editor reads the person as the speaker.
"""

from __future__ import annotations

from app.core.analysis.cues import Scan
from app.core.analysis.mentions import Mention

NAME_ONLY = "name right after the quote, with no verb of saying (a tag missing its verb)"


def name_without_verb(
    masked: str, mentions: list[Mention], quote_end: int, hi: int, scan: Scan
) -> Mention | None:
    """The person named right after a quote that ends in a comma and opens its sentence, when
    the rest of the sentence has no verb of saying (only the name and what it describes)."""
    pos = quote_end
    while pos < hi and masked[pos] in " \u00a0":
        pos += 1
    for m in mentions:
        if m.start < pos:
            continue
        if m.start > pos or not m.is_person_name or m.possessive:
            return None
        if masked[m.end : m.end + 1] not in (",", ".", "") or scan.cues_in(m.end, hi):
            return None
        return m
    return None


__all__ = ["NAME_ONLY", "name_without_verb"]
