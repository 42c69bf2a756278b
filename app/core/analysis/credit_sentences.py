"""Credit notes written as several sentences ("A reported from Kyiv. B contributed reporting.
Reach A at ..."): each sentence read as a credit part, e-mails joined to the credit before."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_bios import FOLLOW_RE, bio_credit
from app.core.analysis.credit_emails import EMAIL_RE
from app.core.analysis.credit_forms import PRONOUN_REACHED_RE
from app.core.analysis.credit_line import CreditLine
from app.core.analysis.credit_parts import read_part
from app.core.model import Credit

__all__ = ["NOTE_WORDS", "read_sentences"]

# Where a credit line may hold a second sentence: ". " before a capital. An abbreviation
# ("St. Louis", "Jr. Carl") also matches; the reader joins sentences back until they read.
_SENTENCE_END_RE = re.compile(
    r"\.(?<=[^\s.]{2}\.)(?<!\bSt\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bDr\.)"
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)\s+(?=[A-Z\"“(])"
    r"|\s(?=To\s+contact\s+the\b)"  # Bloomberg runs its two contact notes together
    r"|;\s+(?=[A-Z])"  # "A reported from Kyiv; B contributed from Moscow."
)
# Words of the notes written as several sentences; other prose skips the sentence reader.
NOTE_WORDS = ("reported from", "contribut", "reach", "contact", "mail", "follow ")
_MAX_SENTENCES = 8
_MAX_NOTE_CHARS = 700  # a note of several sentences naming a dozen people and places


def read_sentences(text: str) -> CreditLine | None:
    """ "A reported from Kyiv, and B from Moscow. C contributed reporting from Washington.":
    every sentence must read as credits (or give the e-mail of the credit before), else the
    paragraph is prose."""
    if len(text) > _MAX_NOTE_CHARS:
        return None
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    if not cuts or len(cuts) >= _MAX_SENTENCES:
        return None
    bounds = [0, *cuts, len(text)]
    credits: list[Credit] = []
    failed: list[str] = []
    # named by a note ("Ana Lima covers city hall for The Herald."), not yet credited
    writer: Credit | None = None
    start = 0
    while start < len(bounds) - 1:
        # An abbreviation cut a sentence at most twice ("Tom Ray in St. Louis, Mo. Ana ..."):
        # trying three pieces at most keeps prose, which fails at once, cheap.
        for end in range(start + 1, min(start + 4, len(bounds))):
            chunk = text[bounds[start] : bounds[end]].strip().removesuffix(";")
            reached = PRONOUN_REACHED_RE.match(chunk)
            address = EMAIL_RE.search(chunk) if reached else None
            if address and writer:
                credits.append(replace(writer, email=address.group()))
                writer = None
                break
            if writer and FOLLOW_RE.match(chunk):  # "Follow her on X @analima."
                credits.append(writer)
                writer = None
                break
            if address and credits and credits[-1].email is None:
                last = credits[-1]
                credits[-1] = replace(last, email=address.group())
                break
            read = read_part(chunk)
            if read is not None:
                credits.extend(read.credits)
                failed.extend(read.failed)
                break
            bio = bio_credit(chunk) if writer is None else None
            if bio:
                writer = bio
                break
        else:
            return None
        start = end
    return CreditLine(credits, tuple(failed)) if credits and writer is None else None
