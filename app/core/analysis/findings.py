"""A document's finding quoted as its words: "The study, published in Heart, found that walking
was “as good as running”" quotes the study (with the phrase naming its author, when there is one).
"""

from __future__ import annotations

import re

from app.core.analysis.mention import NOMINAL
from app.core.analysis.mentions import Mention

FINDING = "a document's finding (“the study found that …”)"


_FINDING_RE = re.compile(
    r"(\s+(?:of|on|into|about|from|by|for)\s+(?:[^,;:.!?\x00]|(?<=\d),(?=\d)){2,60}?)?"
    r"(?:,[^,;:!?\x00]{2,80},)?\s+(?:also\s+)?"
    r"(found|finds|showed|shows|suggested|suggests|revealed|reveals|concluded|concludes|"
    r"estimated|estimates)\b"
)


def finding(masked: str, subject: Mention, quote_at: int) -> tuple[Mention, str] | None:
    """The document (with the phrase naming its author) and the verb that reports its
    finding, when one follows the document as the subject of the quote's sentence."""
    m = _FINDING_RE.match(masked, subject.end, quote_at)
    if m is None:
        return None
    end = subject.end + len(m.group(1) or "")
    text = masked[subject.start : end]
    return Mention(subject.start, end, text, NOMINAL, entity=subject.entity), m.group(2)


__all__ = ["FINDING", "finding"]
