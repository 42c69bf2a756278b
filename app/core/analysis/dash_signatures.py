"""A quote signed after a dash with the role first: "“…” – club president Tom van Dell".

attribution.py reads a name right after the dash ("” — Ana Ruiz, harbour master"). Club,
school and community pages, and pull quotes, often put the role first, in lower case, as a
byline under a quote does ("— coach Luis da Costa", "– club president Tom van Dell"). The role
is a few lower-case words with no clause word among them, and the name closes the signature:
the paragraph or its sentence ends after it, or a description after a comma does. So a dash
that opens a clause ("“…” – and then Ana Ruiz left") signs nothing.

A signed line may end with no stop ("“We never stopped believing” — Ana Ruiz, harbour master"),
which would otherwise read as a headline's or a listing's words ("“Harbour Nights” – Sundays at
9pm"): signed_line says it is someone's, when the words are no title and a first name opens
the signature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import Mention
from app.core.analysis.name_shapes import is_title_case
from app.core.analysis.name_titles import NAME_PARTICLE
from app.core.analysis.role_phrases import CLAUSE_WORDS, INNER_DETERMINERS

# Up to four lower-case words before the name ("coach", "club president", "the team's captain").
_ROLE_RE = re.compile(r"(?:[a-z][\w'’.-]*[ \u00a0]+){1,4}")
# What may follow the name: the end, a full stop, or a description after a comma and then one.
_SIGNED_END_RE = re.compile(r"(?:,[^\x00.;:!?\n]{1,80})?(?:[.!]|[ \u00a0]*$)")


def role_then_name(masked: str, mentions: Sequence[Mention], at: int, hi: int) -> Mention | None:
    """The person signing the quote after its dash when lower-case role words come before the
    name (`at` is where the words after the dash begin, `hi` where the reach ends), or None."""
    if not masked[at : at + 1].islower():
        return None  # a name right after the dash is attribution.py's (cheap test first)
    role = _ROLE_RE.match(masked, at, hi)
    if role is None:
        return None
    words = role.group().split()
    if any(w in CLAUSE_WORDS or (i and w in INNER_DETERMINERS) for i, w in enumerate(words)):
        return None  # "– and then Ana Ruiz left", "– as the mayor put it": a clause
    for m in mentions:
        if m.start > role.end():
            return None
        if m.start == role.end() and m.is_person_name and not m.possessive:
            return m if _SIGNED_END_RE.match(masked, m.end, hi) else None
    return None


# From a quote's closing mark to the end of its line: a dash, a few lower-case role words, a
# name of two to four capitalised words (lower-case particles inside: "Tom van Dell"), and a
# description after a comma.
_SIGNED_LINE_RE = re.compile(
    r"[ \u00a0]*(?:[―—–]+|--)[ \u00a0]*(?P<role>(?:[a-z][\w'’-]*[ \u00a0]+){0,3})"
    rf"(?P<first>[A-Z][a-z]+)(?:[ \u00a0]+(?:{NAME_PARTICLE}[ \u00a0]+)*[A-Z][\w'’-]+){{1,3}}"
    r"(?:,[^\n,.;:!?]{1,60})?[ \u00a0]*$"
)


def signed_line(block: str, mark_end: int, end: int, quoted_words: list[str]) -> bool:
    """Does the line end, after the quote closing at `mark_end`, with a dash and the person
    who said it ("” — Ana Ruiz, harbour master", "” – coach Luis da Costa")? Not after words
    in title case, which a dash and a name after them make a work and its author."""
    if len(quoted_words) < 3 or is_title_case(quoted_words):
        return False
    m = _SIGNED_LINE_RE.match(block, mark_end, end)
    if m is None or not is_first_name(m.group("first")):
        return False
    return not any(w in CLAUSE_WORDS for w in m.group("role").split())
