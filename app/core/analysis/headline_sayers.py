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
from app.core.analysis.entities import DOCUMENT, ORGANISATION_NOUNS
from app.core.analysis.patterns import word_alternation
from app.core.analysis.role_nouns import ROLE_NOUNS, nominal_kind

_NAME = r"[A-Z][\w.'’-]*"  # "Ruiz", "M.P.", "Dr."
# A bare role or body in lower case, no article: "says mayor", "‘…’: minister" (its last word
# must be a role noun: _line_sayer)
_ROLE = r"(?:(?!on\b)[a-z][\w'’-]*\s+){0,2}(?!on\b)[a-z][\w'’-]*\s*"
# What the sayer speaks on: "Coach Okoro on win: ‘…’", "‘…’: Mayor Pruitt on closures".
_ON_TOPIC = r"(?:\s+on\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?"
# Labels over a headline, no one's names: "Exclusive: ‘…’", "Analysis: ‘…’".
_KICKERS = frozenset(
    """Exclusive Analysis Opinion Comment Review Interview Watch Listen Video Live Update Breaking
    Editorial Explainer Podcast Letter Letters Quote Quotes Related Photo Photos Revealed""".split()
)


def _sayer_after_re(sayer: str, on_topic: str, closing: str) -> re.Pattern[str]:
    """From the end of the quote to the end of its line: the sayer after a colon, after "says",
    or before it."""
    return re.compile(
        rf"{closing}\s*(?::\s*(?P<a>{sayer}){on_topic}"
        r"|[,:]?\s*(?:[-–—]\s*)?(?:says|said|warns|insists|admits|claims)\s+"
        rf"(?P<b>{sayer})"
        r"|[,:]?\s*(?:[-–—]\s*)?(?P<c>(?:[A-Za-z][\w.'’-]*\s+){1,4}?)"
        r"(?:says|say|warns|warn|insists|admits))\s*$"
    )


def _sayer_before_re(sayer: str, on_topic: str, opening: str) -> re.Pattern[str]:
    """From the start of the line to the quote: "Ruiz: ‘…’"."""
    return re.compile(rf"(?P<d>{sayer}){on_topic}\s*:\s*{opening}$")


# A sayer by name or by a bare role, from the quote's closing or opening mark on.
_SAYER_AFTER_RE = _sayer_after_re(rf"(?:{_NAME}\s*){{1,3}}|{_ROLE}", _ON_TOPIC, "[’'”\"]?")
_SAYER_BEFORE_RE = _sayer_before_re(
    rf"(?:{_NAME}\s+){{0,2}}{_NAME}(?:\s+[a-z][\w'’-]*)?", _ON_TOPIC, "[‘'“\"]"
)
# A sayer by name alone, no topic, past the quote's marks: "‘…’: DC", "‘…’: Mayor Ruiz" (a short
# name after the colon ends the line), "‘…’, says Rafferty", "‘…,’ police chief says"; and
# "Ruiz: ‘…’" before it, no label over a headline ("Exclusive: ‘…’"). The reading pass's test
# (quoted_headings._sayer_attached): a quote alone ("‘A long way to go’") or with a story
# after it stays a heading.
_NAMED_AFTER_RE = _sayer_after_re(rf"(?:{_NAME}\s*){{1,3}}", "", "")
_NAMED_BEFORE_RE = _sayer_before_re(
    rf"(?!(?:{word_alternation(_KICKERS)})\s*:)(?:{_NAME}\s+){{0,2}}{_NAME}", "", ""
)
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# How many names a role may run to after it ("Police Chief Marisol Dunning", "Deputy
# Commissioner Shri M.P. Raghavendra Rao").
_FULL_NAME = rf"((?:{_NAME}[ \t]+){{0,3}}[A-Z][\w'’-]+)"  # on one line


def name_headline_sayers(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each headline quote given the person its line names as its sayer, when
    the story names them in full and quotes them (the reading pass may have left it with no
    speaker, the speaker of the quote before, or a surname alone); a sayer the story does not
    name ("‘Heartbroken,’ says mayor") speaks a quote no one else was found for as written."""
    speakers = [q.speaker for q in quotes if q.speaker]
    out: list[model.Quote] = []
    for q in quotes:
        # a headline's quote is short; its sayer, not the quote before it, speaks it
        found = _line_sayer(text, q.start, q.end, q.text) if len(q.text) <= 120 else None
        if (
            found is None
            and (q.speaker is None or q.speaker_mention in _KICKERS)
            and _under_kicker(text, q.start)
        ):
            continue  # "Exclusive: ‘We were never told’": a headline's words, no one's
        sayer, subject = found if found is not None else ("", "")
        name = _named_in_story(text, sayer, speakers) if sayer else None
        if name is None and sayer:
            # "Northstrand ‘devastated,’ company says": the body the headline's subject names
            name = _body_named(sayer, subject, speakers)
        if name is None and sayer and q.speaker is None:
            out.append(
                replace(
                    q,
                    speaker=sayer,
                    speaker_mention=sayer,
                    speaker_reason=(
                        f"“{sayer}”: the sayer the headline gives its quote, as written"
                    ),
                )
            )
            continue
        if name is None:
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


def has_line_sayer(text: str, start: int, end: int) -> bool:
    """Does the headline line holding the quote text[start:end] name its sayer ("‘Heartbroken,’
    says mayor", "‘…’: DC")? Then its few words are someone's, no scare quotes."""
    return _line_sayer(text, start, end, text[start:end]) is not None


def named_after(text: str, at: int, end: int) -> bool:
    """Does text[at:end], from a headline quote's closing mark to the end of its line, name
    its sayer: "‘…’: DC", "‘…’, says Rafferty", "‘…,’ police chief says"?"""
    return _NAMED_AFTER_RE.match(text, at, end) is not None


def named_before(text: str, start: int, at: int) -> bool:
    """Does text[start:at], from the start of a headline's line to its quote's opening mark,
    name the quote's sayer ("Ruiz: ‘…’"), no label over a headline ("Exclusive: ‘…’")?"""
    return _NAMED_BEFORE_RE.match(text, start, at) is not None


def _line_sayer(text: str, start: int, end: int, words: str) -> tuple[str, str] | None:
    """The sayer a headline-shaped line (no stop at its end) gives the quote on it, and the
    subject before a tagged quote ("Northstrand" in "Northstrand ‘devastated,’ company says")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end].rstrip()
    # a headline ends on a word or on its quote's closing mark, never on a stop
    if not line.rstrip("’'”\"")[-1:].isalnum() or len(line) > 160:
        return None
    m = _SAYER_AFTER_RE.match(text, end, line_start + len(line))
    # the quote opens the line, or follows a live blog's time stamp ("5:52 p.m. PT: ‘…’")
    prefix = text[line_start:start].strip(" \t‘'“\"")
    # or a tag's comma closes it after its subject ("Northstrand ‘devastated,’ company says")
    tagged = m is not None and words.rstrip()[-1:] == "," and m.group("a") is None
    subject = ""
    if m is not None and (not prefix or prefix.endswith(":") or tagged):
        sayer = m.group("a") or m.group("b") or m.group("c")
        subject = prefix if tagged else ""
        labelled = m.group("a") is not None  # "‘…’: minister", not "says minister"
    else:
        before = _SAYER_BEFORE_RE.search(text, line_start, start)
        after = text[end : line_start + len(line)].strip(" ’'”\"")
        sayer = before.group("d") if before is not None and not after else None
        labelled = True
    if not sayer:
        return None
    sayer = _ARTICLE_RE.sub("", sayer.strip(" ,:"))
    last = sayer.split()[-1]
    # a role, no piece: "Book review: ‘…’" and "‘…’: review" label a review ("says report"
    # has a sayer)
    if last[:1].islower() and (
        last not in ROLE_NOUNS or (labelled and nominal_kind(last) is DOCUMENT)
    ):
        return None  # "‘Nowhere to go’: living in cars": no one's role
    if sayer in _KICKERS:
        return None  # "Exclusive: ‘…’": a label over a headline, no sayer
    return sayer, subject


def _under_kicker(text: str, start: int) -> bool:
    """Is the quote at `start` the words of a line opened by a label and its colon?"""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 16:
        return False
    label = text[line_start:start].strip(" \t‘'“\"")
    return label[-1:] == ":" and label[:-1] in _KICKERS


def _body_named(sayer: str, subject: str, speakers: list[str]) -> str | None:
    """The organisation a bare body noun stands for: the one the headline names before its
    quote ("Northstrand" → "Northstrand Grain"), or the one speaker whose name ends with the
    noun ("union" → "Metro Drivers Union")."""
    noun = sayer.split()[-1]
    if not sayer[:1].islower() or noun not in ORGANISATION_NOUNS:
        return None
    if subject[:1].isupper():
        found = {s for s in speakers if s == subject or s.startswith(subject + " ")}
    else:
        found = {s for s in speakers if s.lower().endswith(" " + noun)}
    return found.pop() if len(found) == 1 else None


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
    # a surname alone or after a title ("‘…’, says Okoro", "Coach Okoro on win: ‘…’"): the
    # one speaker whose name ends with it
    if sayer[:1].isupper() and sayer.split()[-1][:1].isupper():
        full_names = {s for s in speakers if s.endswith(" " + sayer.split()[-1])}
        if len(full_names) == 1:
            return full_names.pop()
    return None
