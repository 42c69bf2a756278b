"""A headline's or a subhead's quote and the sayer the line gives it: "‘…’: DC", "‘…’: Mayor",
"‘…,’ police chief says", "Ruiz: ‘…’". The line names its sayer by a role, a title or its
initials, and the story names them in full further on ("Police Chief Marisol Dunning said
..."): the quote is that person's.

The reading pass finds no speaker for such a quote (a headline has no sentence round it, and a
role with no article is no mention), so this pass, run once per analysis and only for quotes
on a line that ends with no stop, looks for the sayer's words right
before a name in the story and takes the speaker already found for that name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model

_NAME = r"[A-Z][\w.'’-]*"  # "Ruiz", "M.P.", "Dr."
# From the end of the quote to the end of its line: the sayer after a colon, after "says", or
# before it.
_SAYER_AFTER_RE = re.compile(
    rf"[’'”\"]?\s*(?::\s*(?P<a>(?:{_NAME}\s*){{1,3}})"
    r"|[,:]?\s*(?:[-–—]\s*)?(?:says|said|warns|insists|admits|claims)\s+"
    rf"(?P<b>(?:{_NAME}\s*){{1,3}})"
    r"|[,:]?\s*(?:[-–—]\s*)?(?P<c>(?:[A-Za-z][\w.'’-]*\s+){1,4}?)"
    r"(?:says|say|warns|warn|insists|admits))\s*$"
)
# From the start of the line to the quote: "Ruiz: ‘…’".
_SAYER_BEFORE_RE = re.compile(rf"(?P<d>(?:{_NAME}\s+){{0,2}}{_NAME})\s*:\s*[‘'“\"]$")
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# How many names a role may run to after it ("Police Chief Marisol Dunning", "Deputy
# Commissioner Shri M.P. Raghavendra Rao").
_FULL_NAME = rf"((?:{_NAME}[ \t]+){{0,3}}[A-Z][\w'’-]+)"  # on one line


def name_headline_sayers(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each headline quote given the person its line names as its sayer, when
    the story names them in full and quotes them (the reading pass may have left it with no
    speaker, the speaker of the quote before, or a surname alone)."""
    speakers = [q.speaker for q in quotes if q.speaker]
    out: list[model.Quote] = []
    for q in quotes:
        # a headline's quote is short; its sayer, not the quote before it, speaks it
        sayer = _line_sayer(text, q) if len(q.text) <= 120 else None
        name = _named_in_story(text, sayer, speakers) if sayer else None
        if sayer is None or name is None:
            out.append(q)
            continue
        out.append(
            replace(
                q,
                speaker=name,
                speaker_mention=sayer,
                speaker_reason=f"{sayer} → {name}: the sayer the headline gives its quote, "
                "named in full in the story",
            )
        )
    return out


def _line_sayer(text: str, q: model.Quote) -> str | None:
    """The sayer a headline-shaped line (no stop at its end) gives the quote on it."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end].rstrip()
    # a headline ends on a word or on its quote's closing mark, never on a stop
    if not line.rstrip("’'”\"")[-1:].isalnum() or len(line) > 160:
        return None
    m = _SAYER_AFTER_RE.match(text, q.end, line_start + len(line))
    # the quote opens the line, or follows a live blog's time stamp ("5:52 p.m. PT: ‘…’")
    prefix = text[line_start : q.start].strip(" \t‘'“\"")
    if m is not None and (not prefix or prefix.endswith(":")):
        sayer = m.group("a") or m.group("b") or m.group("c")
    else:
        before = _SAYER_BEFORE_RE.search(text, line_start, q.start)
        after = text[q.end : line_start + len(line)].strip(" ’'”\"")
        sayer = before.group("d") if before is not None and not after else None
    if not sayer:
        return None
    return _ARTICLE_RE.sub("", sayer.strip(" ,:"))


def _named_in_story(text: str, sayer: str, speakers: list[str]) -> str | None:
    """The speaker found elsewhere whose full name the story gives right after the sayer's
    words ("Mayor Ana Ruiz") or after a title with the sayer's initials ("DC" → "Deputy
    Commissioner M.P. Rao")."""
    heads = [re.escape(sayer)]
    if sayer.isupper() and 2 <= len(sayer) <= 4 and sayer.isalpha():
        heads.append(r"[ \t]+".join(rf"(?-i:{c})[a-z]+" for c in sayer))
    for head in heads:
        for m in re.finditer(rf"(?i:\b{head})[ \t]+{_FULL_NAME}", text):
            full = m.group(1)
            # the fullest name the story quotes ("Ben Okoro", not a surname kept as written)
            found = [s for s in speakers if full == s or full.endswith(" " + s)]
            if found:
                return max(found, key=len)
    # a surname alone ("‘…’, says Okoro"): the one speaker whose name ends with it
    if " " not in sayer and sayer[:1].isupper():
        full_names = {s for s in speakers if s.endswith(" " + sayer)}
        if len(full_names) == 1:
            return full_names.pop()
    return None
