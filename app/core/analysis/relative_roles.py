"""A role given by a relative clause: "said Ana Ruiz, who chairs the harbour board".

Copy gives a person's job as often by a verb as by a noun: "Ana Ruiz, who chairs the harbour
board," then "the chair said" two paragraphs on, as it would after "Ana Ruiz, the board's
chair,". The verb of the clause right after the name (its subject is the name) gives the noun
the later description uses, and the name is marked described by it, as an apposition would
mark it. Only verbs whose noun is a role (chairs, directs, coaches, ...), in the present, or
"founded", which stays true: "who owned the café" says nothing of who owns it now. Not
"leads": "who leads the league", "who leads the inquiry" make no one "the leader".

A British court report gives counsel's role by a participle instead: "Imogen Thackeray,
prosecuting, told jurors ..." and later "the prosecutor said"; "Tom Reed, defending," is then
"his barrister" or "the defence lawyer" (any word for a lawyer, roles.py).
"""

from __future__ import annotations

import re

from app.core.analysis.mention import NAME, Mention

# The verb of a "who" clause and the role noun it gives its subject.
_ROLE_OF_VERB = {
    "chairs": "chair",
    "directs": "director",
    "manages": "manager",
    "coaches": "coach",
    "edits": "editor",
    "owns": "owner",
    "heads": "head",
    "captains": "captain",
    "teaches": "teacher",
    "trains": "trainer",
    "organises": "organiser",
    "organizes": "organizer",
    "founded": "founder",
    "co-founded": "co-founder",
}
_WHO_RE = re.compile(
    r",[ \u00a0]+who[ \u00a0]+(?:also[ \u00a0]+|now[ \u00a0]+|currently[ \u00a0]+)?("
    + "|".join(re.escape(v) for v in _ROLE_OF_VERB)
    + r")[ \u00a0]+(?:the|a|an|his|her|their|its)\b"
)


# "Ana Ruiz, prosecuting,", "Tom Reed, for the defence,": counsel's side, as a role noun.
_COURT_ROLE_RE = re.compile(
    r",[ \u00a0]+(?:(prosecuting)|defending|for[ \u00a0]+the[ \u00a0]+(?:(prosecution)|defen[cs]e))"
    r"(?=[ \u00a0]*[,.;:])"
)
_COURT_HINTS = (", prosecuting", ", defending", ", for the prosecution", ", for the defen")


def roles_from_who(masked: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each person's name that a "who" clause gives a role to marked described
    by that role ("Ana Ruiz, who chairs the board" as "chair"), unless a description already
    marks it. The clause must take an object with a determiner ("chairs the harbour board"):
    "who heads home" or "who leads 3-1" gives no role."""
    mentions = _roles_in_court(masked, mentions)
    if ", who " not in masked:
        return mentions  # (speed)
    out = mentions
    for i, m in enumerate(mentions):
        if m.kind is not NAME or m.described or not masked.startswith(", who ", m.end):
            continue
        if not m.is_person_name:
            continue
        who = _WHO_RE.match(masked, m.end)
        if who is None:
            continue
        out = out if out is not mentions else list(mentions)
        out[i] = m.flagged(described=_ROLE_OF_VERB[who.group(1)])
    return out


def _roles_in_court(masked: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a name followed by ", prosecuting," marked described as "prosecutor",
    and by ", defending," as "lawyer", unless a description already marks it."""
    if not any(hint in masked for hint in _COURT_HINTS):
        return mentions  # (speed)
    out = mentions
    for i, m in enumerate(mentions):
        if m.kind is not NAME or m.described or not m.is_person_name:
            continue
        side = _COURT_ROLE_RE.match(masked, m.end)
        if side is None:
            continue
        out = out if out is not mentions else list(mentions)
        prosecutes = side.group(1) or side.group(2)
        out[i] = m.flagged(described="prosecutor" if prosecutes else "lawyer")
    return out
