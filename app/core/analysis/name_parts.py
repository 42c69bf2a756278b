"""A person's name interrupted by parts that belong to it: a nickname in quotation marks or
parentheses ("Robert “Bobby” Lanning", "Robert (Bobby) Lanning") and a generation set between
commas ("Warren Pikeman, Jr., said").

find_mentions reads names one capitalised run at a time, and both interruptions end a run: the
first name alone ("Robert") was the speaker and the surname a second person, or the person lost
the suffix that tells father from son. This pass joins the parts back into one mention.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import PERSON
from app.core.analysis.mention import NAME, Mention
from app.core.analysis.name_runs import _NAME_RUN_RE
from app.core.analysis.names import _split_run

# A nickname of one or two capitalised words in any quotation marks, between name parts; in a
# block read for attribution the marks and the word are already blanked to "x" (mask_quotes).
# In parentheses ("Robert (Bobby) Lanning") the aside is blanked to spaces (blank_parentheticals).
_NICKNAME_RE = re.compile(
    r" (?:[“\"‘'][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[”\"’']|x{3,24}(?: x{1,12})? ?"
    r"|\([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\)| {3,26}) "
)
# A generation set off by commas after a name: ", Jr.", ", Sr.", ", III".
_GENERATION_RE = re.compile(r", (?:Jr\.?|Sr\.?|II|III|IV)(?=[,;:.)]|\s|$)")
GENERATION_END_RE = re.compile(r"(?<![\w.])(?:Jr\.?|Sr\.?|III|II|IV)$")
"""A name's generation just before a position: searched with that position as `endpos`, it tells
that a comma there closes ", Jr.," and so is no apposition's ("Warren Pikeman, Jr., said")."""


def join_name_parts(text: str, found: list[Mention]) -> list[Mention]:
    """`found` (sorted) with a name, its nickname and its surname as one mention, and a name
    carrying the generation set after it between commas."""
    out: list[Mention] = []
    i = 0
    n = len(found)
    while i < n:
        m = found[i]
        if m.kind is not NAME or m.possessive or m.organisation:
            out.append(m)
            i += 1
            continue
        nick = (
            _NICKNAME_RE.match(text, m.end)
            if text[m.end + 1 : m.end + 2] in "“\"‘'x( " and len(m.name.split()) <= 2
            else None
        )
        if nick is not None:
            j = i + 1
            while j < n and found[j].start < nick.end():
                j += 1  # the nickname's own mention, if it made one
            surname = found[j] if j < n else None
            if surname is None or surname.start != nick.end():
                # "Robert ‘Bobby’ Lanning": a closing mark read as an apostrophe glued the
                # nickname to the surname ("Bobby’ Lanning") or hid it; read the surname anew
                run = _NAME_RUN_RE.match(text, nick.end())
                tail = _split_run(text, run.start(), run.end()) if run else []
                surname = tail[0] if tail else None
                while j < n and surname is not None and found[j].start < surname.end:
                    j += 1
                j -= 1
            if (
                surname is not None
                and surname.start == nick.end()
                and surname.kind is NAME
                and not surname.title
                and not surname.organisation
            ):
                # "Robert “Bobby” Lanning": the person is Robert Lanning, as an editor writes it
                written = text[m.start : surname.end]
                if "“" not in written and '"' not in written and "‘" not in written:
                    # blanked by mask_quotes: the reason shows the name, not "Ana xxxxx  Ruiz"
                    written = f"{m.text} {surname.text}"
                m = _extended(m, surname.end, written, surname.name, surname.possessive)
                i = j
        if text[m.end : m.end + 2] == ", " and not m.possessive:
            gen = _GENERATION_RE.match(text, m.end)
            if gen is not None and " " in m.name:
                suffix = gen.group()[2:]
                # "Warren Pikeman, Jr., said": the suffix says which Warren Pikeman
                m = _extended(m, gen.end(), text[m.start : gen.end()], suffix)
                while i + 1 < n and found[i + 1].start < gen.end():
                    i += 1
        out.append(m)
        i += 1
    return out


def _extended(m: Mention, end: int, written: str, part: str, possessive: bool = False) -> Mention:
    """The person `m` names, read on to `end` with `part` joined to the name (a surname after a
    nickname, a generation): same title, gender and place in the sentence."""
    return Mention(
        m.start,
        end,
        written,
        NAME,
        name=f"{m.name} {part}",
        title=m.title,
        gender=m.gender,
        possessive=possessive,
        entity=PERSON,
        subject=m.subject,
    )
