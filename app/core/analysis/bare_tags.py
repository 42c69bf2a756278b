"""Tags with their verb left out: a quote, a comma, then only who said it.

Wire copy sometimes drops the verb of a tag ("“We sold out,” Ana Ruiz, head of sales." or
"“He loved the sea,” Tom Keane, Jr., who lives in Dunmore."): the sentence then holds nothing but
the quote and the person, and an editor reads the person as the speaker. The same holds when
the tag's verb is one no list of verbs of saying holds ("“We will win,” Ortega hammered
triumphantly."): a quote opening the sentence, a comma, a name, one past-tense verb, at most an
adverb, and the sentence ends: the shape is a tag whatever the verb.
"""

from __future__ import annotations

import re

from app.core.analysis.cues import Scan
from app.core.analysis.mentions import Mention

NAME_ONLY = "name right after the quote, with no verb of saying (a tag missing its verb)"

# "Ortega hammered triumphantly." after the name: one past tense, an adverb at most, the end.
_TAG_VERB_RE = re.compile(r" [a-z]{3,}ed(?: [a-z]{3,}ly)?[.!]")


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
        if scan.cues_in(m.end, hi):
            return None
        if masked[m.end : m.end + 1] in (",", ".", ""):
            return m
        # cheap test before the regex (speed): a space, then a tag's verb to the sentence end
        if masked[m.end : m.end + 1] != " " or "ed" not in masked[m.end : m.end + 24]:
            return None
        verb = _TAG_VERB_RE.match(masked, m.end, hi)
        if verb is None or masked[verb.end() : hi].strip():
            return None
        return m
    return None


__all__ = ["NAME_ONLY", "name_without_verb"]
