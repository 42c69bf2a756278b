"""Two roles joined in one cue: "Text and photographs by Ana Lima", "Story and photos by A and
B; Editing by C", "Words & pictures: Ana Lima", "Written and photographed by Ana Lima".

Magazines and features credit one person for the words and the pictures with one cue. The cue
grammar knows "Text by" and "Photos by" apart, but not joined by "and", so the line read
nothing and reported nothing: the writer and photographer were lost. The joint cue is written
out as two cues over the same names ("Text by A; photographs by A"), and the line is read as
the cue grammar reads it, so both roles are credited.

Guards: both words must be role words the cue grammar knows, the joint cue must open the line
(or the part the caller reads), and the names run to the next ";", "|" or sentence only.
"""

from __future__ import annotations

import re

__all__ = ["split_joint_cue"]

# Role words that are cues with "by" (credit_cues): the writer's and the picture-maker's.
_ROLE_WORDS = (
    r"(?:text|words|story|writing|reporting|photos?|photographs?|photography|pictures?"
    r"|video|graphics|illustrations?|interviews?"
    # "Written and photographed by", "Reported and written by", "Produced and edited by"
    r"|written|reported|photographed|edited|produced|illustrated|filmed|compiled|designed)"
)
_JOINT_CUE_RE = re.compile(
    rf"(?P<first>{_ROLE_WORDS})\s+(?:and|&)\s+(?P<second>{_ROLE_WORDS})\s*(?:by\b\s*:?|:)\s*"
    # the names end at ";", "|" or a full stop before the next sentence ("Text and photos: Ana
    # Lima. Design: Kari Holm": the design credit was read twice, once as each role's)
    r"(?P<names>[^;|]+?)(?P<rest>\s*[;|].*|(?<=[^\s.]{2})\.\s+(?=[A-Z]).*)?",
    re.I,
)


def split_joint_cue(text: str) -> str:
    """`text` with a joint cue at its start written as two cues over the same names; `text`
    itself when it opens with none."""
    match = _JOINT_CUE_RE.fullmatch(text)
    if match is None or match["first"].lower() == match["second"].lower():
        return text
    names, rest = match["names"], match["rest"] or ""
    return f"{match['first']} by {names}; {match['second']} by {names}{rest}"
