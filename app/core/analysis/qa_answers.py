"""Interviews and transcripts: the "I" of an answer in a question-and-answer interview is the
person interviewed, and quoted words that are a transcript's turns are nobody's one quote.

"Q: How big could it be? / A: Early on I told the engineers, “If you can see it, it's too
big.”": the copy never names who says "I"; the introduction above the first question does
("Annika Rask, Corvane's head of design, ... spoke with us after the keynote").
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.entities import ORGANISATION, PLACE
from app.core.analysis.mention import NAME
from app.core.analysis.mentions import Mention, find_mentions
from app.core.analysis.referents import Resolution

ANSWERING_I = "the person interviewed, answering in a Q&A"
_ANSWER_OPENINGS = ("A:", "A :", "A.\u00a0", "A —")


def as_interviewee(text: str, mention: Mention, found: Resolution | None) -> Resolution | None:
    """`found`, or the person interviewed when the mention is the "I" of a Q&A answer."""
    if found is None or mention.text != "I":
        return found
    who = interviewee(text, mention.start)
    return found if who is None else replace(found, name=who, reason=ANSWERING_I)


def interviewee(text: str, at: int) -> str | None:
    """The person a Q&A interviews, when the paragraph holding `at` is an answer ("A: ...")
    after a question ("Q: ..."): the first person named in the paragraph just above the first
    question. None outside a Q&A or with no one named there."""
    line = text.rfind("\n", 0, at) + 1
    if not text.startswith(_ANSWER_OPENINGS, line):
        return None
    question = text.find("\nQ:", 0, line)
    if question == -1:
        return None
    intro_end = _last_text(text, question)
    intro_start = text.rfind("\n", 0, intro_end) + 1
    for mention in find_mentions(text, intro_start, intro_end):
        if (
            mention.kind is NAME
            and not mention.possessive
            and mention.entity not in (ORGANISATION, PLACE)
            and " " in mention.name
        ):
            return mention.name
    return None


def _last_text(text: str, end: int) -> int:
    """The offset of the last character before `end` that is not a line break or space."""
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# A turn of a transcript: a speaker's name in capitals and a colon opening a line ("KELLER: We
# never ...", "SEN. ODUYA: ...", "Q: ..."), the line maybe re-opened with a quotation mark.
_TURN_RE = re.compile(
    r"(?:^|\n)[ \t]*[\"“”‘’'«„]?[ \t]*[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}:[ \t]"
)


def is_transcript(text: str) -> bool:
    """Quoted words that are a transcript, two or more turns each opened by its speaker's name
    ("WALLACE: ... ¶ PENCE: ..."): several people's words, not one quote by anyone."""
    if _TURN_RE.match(text) is None:
        return False
    return _TURN_RE.search(text, 1) is not None
