"""Lines that are not story: web boilerplate, wire end marks, sign-off codes, desk tags."""

from __future__ import annotations

import re

from app.core.analysis.credits import EMAIL_RE

# Boilerplate lines are short; a long paragraph that mentions "cookies" is probably news.
_MAX_SHORT = 200
_MAX_COOKIE = 1000

_COOKIE_RE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT_RE = re.compile(
    r"\b(?:this|our)\s+(?:web\s*)?(?:site|page|platform)\s+uses\b|\bwe\s+(?:use|serve)\b"
    r"|\buses\s+cookies\b|\baccept(?:\s+all)?\b|\bconsent\b|\bopt[- ]out\b"
    r"|\bcookie\s+(?:policy|settings|preferences|notice|statement)\b|\bprivacy\s+policy\b"
    r"|\bimprove\s+your\s+experience\b",
    re.I,
)
_SHORT_PATTERNS = re.compile(
    r"""^(?:
        read\s+more\b | read\s+(?:also|next)\b | (?:also|more)\s+read\b | (?:see|read)\s+also\b
      | continue\s+reading\b | related\s*(?:articles?|stories|coverage|news|content|topics)?\s*:
      | related\s+(?:articles?|stories|coverage|news)$
      | recommended(?:\s+for\s+you|\s+stories)?\s*:?$
      | most\s+(?:read|popular|viewed)\b.{0,30}$ | trending(?:\s+now)?\s*:?$
      | share\s+(?:this|on|via|the\s+story|article|story)\b | share\s*:?$ | tweet$
      | e-?mail\s+this\b
      | print(?:\s+this\s+(?:page|article))?$ | click\s+here\b | tap\s+here\b
      | (?:subscribe|sign\s+up|register)\b.{0,120}\b(?:newsletter|subscri\w*|updates|free|now
          |today|daily|inbox|alerts|access|account)
      | subscribe\s*[.!]?$ | (?:copyright|\(c\)|©)\s* | all\s+rights\s+reserved
      | advertisement\b.{0,40}$ | advertising$ | sponsored(?:\s+content)?$ | ad$
      | \d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read$ | our\s+standards\s*:
      | (?:updated|published|posted|last\s+updated)(?:\s+on)?\s*:?\s*
          (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)
          [a-z]*\.?\s+\d|\w+\s+(?:minutes?|hours?|days?)\s+ago).{0,60}$
      | (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
          (?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})
          ,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?$
      | skip\s+to\s+(?:main\s+)?content
      | follow\s+us\s+on\b | (?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b
      | (?:leave|post)\s+a\s+comment | comments?\s*(?:\(\d+\))?$ | loading\.*$ | back\s+to\s+top$
      | tags?\s*: | filed\s+under\s*: | image\s+(?:source|caption)\s*:
      | (?:photo|image)\s+credit\s*:\s*(?:shutterstock|getty|istock)
      | (?:we|this\s+site)\s+(?:use|uses)\s+cookies
      | accept\s*(?:all|cookies)?$ | reject\s+all$ | manage\s+(?:cookies|preferences)
    )""",
    re.I | re.X,
)
_ANYWHERE_SHORT = re.compile(
    r"\ball\s+rights\s+reserved\b|\bclick\s+here\b|\bsubscribe\s+(?:now|today|to\s+our|for\s+(?:free|only|just))\b"
    r"|\bsign\s+up\s+here\b"
    r"|\bsign\s+up\s+for\s+(?:our|the)\s+\w*\s*newsletter\b|\bdelivered\s+(?:straight\s+)?to\s+your\s+inbox\b",
    re.I,
)
_END_MARK_RE = re.compile(
    r"^(?:\#{3,}|-+\s*30\s*-+|-+\s*0\s*-+|_{3,}|\*{3,}|end\s+of\s+(?:story|transmission)"
    r"|[(\-—–]+\s*(?:ends?|more)\s*[)\-—–]+)\.?$",
    re.I,
)
_BARE_END_MARKS = frozenset({"ENDS", "END", "MORE"})  # only in capitals: "More." is prose
_SIGNOFF_CODE_RE = re.compile(r"^[a-z]{2,8}(?:[-/][a-z]{2,8}){1,6}$")
# "and/or", "his/her" on a line of their own are prose, not desk initials.
_WORD_PAIRS = frozenset(
    "and or he she his her him hers they them yes no on off in out up down true false".split(" ")
)
_CONTACT_START_RE = re.compile(
    r"^(?:\(\(|contact\b|e-?mail\s*:|follow\b|twitter\s*:|tel\.?\s*:|phone\s*:|for\s+more\s+information\b)",
    re.I,
)
_SENTENCE_END = tuple('.!?:;,"”’)')


def is_boilerplate(line: str) -> bool:
    """Web furniture a saved or pasted page carries: cookie notices, "Read More", share and
    subscribe prompts, "Click here", copyright footers, ad labels.

    A page's emphasis is read as Markdown, so a bold lead-in ("**Read more:** Other story")
    has its markers taken off before the patterns are tried.
    """
    text = line.strip().lstrip("*_").strip()
    if not text or len(text) > _MAX_COOKIE:
        return False
    if _COOKIE_RE.search(text) and _COOKIE_CONTEXT_RE.search(text):
        return True
    if len(text) > _MAX_SHORT:
        return False
    return bool(_SHORT_PATTERNS.match(text) or _ANYWHERE_SHORT.search(text))


# What a site puts between the words of a section path ("Business | Retail", "News / World").
_LABEL_SEPARATORS = (" | ", " / ", " · ", " > ", " » ")
_MAX_LABEL = 40


def is_section_label(line: str) -> bool:
    """A web page's section path or kicker copied above the headline with the article:
    "FOOTBALL | MATCH REPORT", "Features | Interview", "LIVE", "EXCLUSIVE".

    Short, no sentence punctuation, and either split by a separator or a single word in
    capitals: two capitalised words ("MARKETS RALLY") may be a wire headline, so they are not
    taken for a label on their own.
    """
    text = line.strip()
    words = text.split()
    if not words or len(text) > _MAX_LABEL or len(words) > 6 or text.endswith(_SENTENCE_END):
        return False
    if any(separator in text for separator in _LABEL_SEPARATORS):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return len(words) == 1 and len(letters) >= 3 and all(ch.isupper() for ch in letters)


def is_short_label(line: str) -> bool:
    """A line short enough to sit in a page's section path beside a label ("British
    Columbia" above "LIVE"): a few words, no sentence punctuation."""
    text = line.strip()
    return (
        bool(text)
        and len(text) <= _MAX_LABEL
        and sum(any(ch.isalpha() for ch in word) for word in text.split()) <= 4
        and not text.endswith(_SENTENCE_END)
    )


def is_end_mark(line: str) -> bool:
    """Wire end-of-story marks: "-30-", "###", "(Ends)", AP's "___" rule, "(MORE)"."""
    text = line.strip()
    if len(text) > 40:
        return False
    return text.rstrip(".") in _BARE_END_MARKS or bool(_END_MARK_RE.match(text))


def is_signoff_code(line: str) -> bool:
    """Agency desk initials such as AFP's "burs-jm/sst" (lower case, joined by / and -)."""
    text = line.strip()
    if len(text) > 60 or "/" not in text or not _SIGNOFF_CODE_RE.match(text):
        return False
    return not _WORD_PAIRS.intersection(re.split(r"[-/]", text))


def contact_emails(line: str) -> list[str] | None:
    """The addresses on a contact line ("((jane@x.com; +1 202 ...))", "Contact: ..."), or None."""
    text = line.strip()
    if len(text) > 300 or "@" not in text or not _CONTACT_START_RE.match(text):
        return None
    found = [match.group(0).rstrip(".") for match in EMAIL_RE.finditer(text)]
    return found or None


def is_desk_tag_candidate(line: str) -> bool:
    """A short label that is not a sentence ("Axadle international–Monitoring")."""
    text = line.strip()
    if not text or len(text) > 80 or "\n" in text or "@" in text:
        return False
    if len(text.split()) > 8 or text.endswith(_SENTENCE_END):
        return False
    return any(ch.isalpha() for ch in text)
