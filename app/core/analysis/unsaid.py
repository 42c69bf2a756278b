"""Marks in a sentence whose only sayer is no one: "No one will say the club is “in trouble”
because it would make the coach “a target”." Nobody is reported saying the words; the writer
sets them off as what would be said, so they are no one's quote, whoever the reported clause
is about.

Kept apart from speech.py (near its size limit) and from distanced_words.py (the writer's
names, terms and glosses, whoever speaks): here the sentence's sayer is missing by its grammar.
"""

from __future__ import annotations

import re

from app.core.analysis.cues import said_in
from app.core.analysis.sentence_bounds import ROUGH_ENDS, rough_sentence_start

# A sayer that is no one, and its verb of saying: "No one will say", "nobody dares to admit",
# "no-one is saying", "None of them would tell".
_NO_SAYER_RE = re.compile(
    r"\b(?:[Nn]o(?:\s|-)one|[Nn]obody|[Nn]one\s+of\s+(?:them|us|the\s+[a-z]+))\s+"
    r"(?:(?:will|would|can|could|dares?\s+to|wants?\s+to|is\s+going\s+to|is|was|ever|has|had)\s+)?"
    r"(?:say|says|said|saying|admit|admits|admitted|admitting|tell|tells|told|telling)\b"
)


def no_one_says(text: str, start: int, end: int) -> bool:
    """Is the passage text[start:end], a lower-case fragment of up to five words, in a sentence
    whose verb of saying has no one as its subject, with no other verb of saying before or
    after it in that sentence? ("Nobody said: “The ferry has to change.”" quotes a sentence
    as said, and is left to the other readings.)"""
    words = text[start:end].split()
    if not 1 <= len(words) <= 5 or not words[0][:1].islower():
        return False  # a fragment set off inside the sentence; a full sentence is quoted speech
    lo = rough_sentence_start(text, start)
    head = text[lo:start]
    if "o one" not in head and "obody" not in head and "o-one" not in head and "one of" not in head:
        return False  # cheap test first: most sentences have no such sayer (speed)
    found = _NO_SAYER_RE.search(text, lo, start)
    if found is None:
        return False
    ends = [at for at in (text.find(mark, end, end + 240) for mark in ROUGH_ENDS) if at != -1]
    stop = min(ends) if ends else min(len(text), end + 240)
    # another sayer in the sentence owns the words: "No one said it would be easy, Ruiz said,
    # …", "Ruiz said no one had told her the site was “unsafe”"
    return not any(
        said_in(text, *span) for span in ((lo, found.start()), (found.end(), start), (end, stop))
    )
