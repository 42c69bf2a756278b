"""Words a clause introduces with a colon and no verb of saying: "Mayor Ana Ruiz has one simple
pitch: “…”", "The memo was blunt: “…”". The clause's subject is the speaker when it may speak
and is a name, a document, someone brought in by the sentence ("A reader has sent us this:") or
a sender of words; a description is taken only with a verdict on how plainly it put them.

Split from attribution.py, which calls on this for a quote after a colon.
"""

from __future__ import annotations

import re

from app.core.analysis.attribution_rules import OWNER, SUBJECT, LocalAttribution
from app.core.analysis.clause_subjects import can_speak, clause_subject
from app.core.analysis.entities import DOCUMENT, THING
from app.core.analysis.mentions import NOMINAL, Mention
from app.core.analysis.subject_patterns import SENT_COLON_RE

# "A reader in Glenmorrin has sent us this: “…”": someone new, brought in by the sentence.
_INDEFINITE_RE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
# A verdict on how plainly something was put, right before the colon that opens the words.
_PLAIN_SPOKEN_RE = re.compile(
    r"\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:blunt|forthright|frank|"
    r"candid|clear|direct|emphatic|unequivocal|explicit|succinct|categorical|unambiguous|"
    r"plain|stark)\s*:\s*"
)


def colon_subject(
    masked: str, mentions: list[Mention], lo: int, mark_start: int, venue: str | None
) -> LocalAttribution | None:
    """The subject of a clause that introduces the quote with a colon and no verb of saying,
    when it may speak ("Mayor Ana Ruiz has one simple pitch: “…”"), else None."""
    owned = _owner_of_answer(masked, mentions, lo, mark_start)
    if owned is not None:
        return LocalAttribution(owned, None, venue, 0.5, rule=OWNER)
    subject = clause_subject(masked, mentions, lo, mark_start)
    if (
        subject is not None
        and can_speak(subject)
        # a description rarely introduces words this way; a document naming its author does
        and (
            subject.kind is not NOMINAL
            or subject.entity is DOCUMENT
            or _INDEFINITE_RE.match(subject.text) is not None
            or SENT_COLON_RE.search(masked, max(lo, mark_start - 80), mark_start) is not None
        )
    ):
        return LocalAttribution(subject, None, venue, 0.45, rule=SUBJECT)
    if (
        subject is not None
        and subject.kind is NOMINAL
        and subject.entity is not THING
        and _PLAIN_SPOKEN_RE.fullmatch(masked, subject.end, mark_start)
    ):
        # "The memo was blunt: “…”", "The minister was forthright: “…”": a verdict on how
        # plainly someone put it says the words after the colon are theirs.
        return LocalAttribution(subject, None, venue, 0.45, rule=SUBJECT)
    return None


# "Ms Qadri’s reply ... ran to a single word: “…”": whose answer opens the clause.
_ANSWER_AFTER_RE = re.compile(
    r"['’]s?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:reply|answer|response|retort|riposte|rejoinder|"
    r"verdict|message|words|comment|reaction|advice|summary|parting\s+shot)\b"
)


def _owner_of_answer(
    masked: str, mentions: list[Mention], lo: int, mark_start: int
) -> Mention | None:
    """The person or body whose answer the colon's clause opens with ("Ms Qadri’s reply, on the
    same platform, ran to a single word: “…”", "Tom Vell's verdict was short: “…”"), else None.
    """
    for m in mentions:
        if m.start < lo:
            continue
        if m.start >= mark_start or masked[lo : m.start].strip(" \t\n\"“‘'"):
            return None  # only the clause's first words: "She read Ana's reply: “…”" is hers
        if m.possessive and can_speak(m) and _ANSWER_AFTER_RE.match(masked, m.end):
            return m
        return None
    return None
