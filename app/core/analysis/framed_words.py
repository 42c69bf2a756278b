"""Words one person frames as another's: "Tom Vell backed what the minister called “…”".

A naming verb ("called", "described as", "termed", "dubbed") after a role puts the words in
that role's mouth while the sentence belongs to someone else, who framed them. A bare role
there ("the minister") is the one who used the words, never a back-reference to the person the
sentence or the one before it is about: that person is the one reporting them.
"""

from __future__ import annotations

# The verbs of naming that hand the words to the one before them (first word of the cue).
_NAMING_VERBS = frozenset(
    "called calls call described describes termed terms dubbed dubs labelled labeled "
    "branded brands characterised characterized".split()
)


def naming_cue(cue: str) -> bool:
    """Whether the verb beside a quote names it ("called", "described as") rather than says
    it: the one before it is then another person than the story's current subject."""
    return bool(cue) and cue.split()[0].lower() in _NAMING_VERBS
