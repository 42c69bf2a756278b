"""Speakers in prose sources: who said each quoted passage, and who issued a statement.

Transcripts name their speakers in labels; an article, a wire story or a press release names
them in the prose ("..., the mayor said"). The same quote/speaker engine that reads the story
reads the document, so every quoted passage carries its speaker as a `Segment`; a statement or
press release also carries its issuer as the speaker of the text outside quotation marks. A
better engine (pronouns, titles, statements' issuers) therefore improves verification for free.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from app.core.verification.sourcetext import Segment, SourceText

if TYPE_CHECKING:
    from app.core.analysis.engine import Analysis

# "Statement from Mayor Jane Doe on the ferry", "Joint statement by the two ministries",
# "Remarks by the President at ...": the issuer is named right after the keyword.
_ISSUED_BY = re.compile(
    r"^\s*(?:joint\s+|official\s+|full\s+|written\s+)?(?:statement|remarks|address|speech|"
    r"message|letter|press\s+statement|news\s+release|press\s+release|media\s+release)\s+"
    r"(?:from|by|of)\s+(?:the\s+)?(?P<who>[^\n,:;()–—]{2,80}?)"
    r"(?:\s*[,:;(–—].*|\s+(?:on|about|regarding|concerning|at|to|in|following|after)\b.*)?"
    r"\s*[.:]?\s*$",
    re.IGNORECASE,
)
# "Mayor Jane Doe's statement on ...", "Harbour Authority statement"
_OWNERS_STATEMENT = re.compile(
    r"^\s*(?:the\s+)?(?P<who>[A-Z][^\n,:;()]{1,80}?)(?:['’]s)?\s+(?:statement|press\s+release|"
    r"news\s+release)\b",
)
_RELEASE = re.compile(
    r"^\s*(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+release|"
    r"statement)\b",
    re.IGNORECASE,
)
# A release's first sentence: "[PLACE, date –] The Harbour Authority today announced ..."
_ANNOUNCER = re.compile(
    r"(?:^|[–—-]\s+|\)\s+)(?P<who>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w&.'’-]*)){0,7})"
    r"\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:has\s+)?(?:announced|said|says|confirmed|"
    r"released|published|warned|welcomed|issued|stated|responded)\b",
)
# A signature at the end: "— Jane Doe, Mayor of Porthaven" or "Signed, Jane Doe"
_SIGNATURE = re.compile(
    r"^\s*(?:[–—-]+\s*|signed[,:]?\s+)(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4})\s*(?:,.*)?$",
    re.IGNORECASE,
)
_HEAD_LINES = 4


def statement_issuer(text: str, title: str = "") -> str | None:
    """The person or body a statement or press release speaks for, or None for other prose.

    Read from the title and the first lines ("Statement from Mayor Jane Doe", "Harbour
    Authority statement", "FOR IMMEDIATE RELEASE" then "The Harbour Authority today announced"),
    or a signature line at the end ("— Jane Doe, Mayor").
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = [title.strip(), *lines[:_HEAD_LINES]] if title.strip() else lines[:_HEAD_LINES]
    release = False
    for line in head:
        if len(line) > 160:
            continue
        match = _ISSUED_BY.match(line)
        if match:
            return _clean(match.group("who"))
        match = _OWNERS_STATEMENT.match(line)
        if match and not _RELEASE.match(line):
            return _clean(match.group("who"))
        if _RELEASE.match(line):
            release = True
    if not release:
        return None
    for line in lines[-3:]:
        match = _SIGNATURE.match(line)
        if match and len(line) < 120:
            return _clean(match.group("who"))
    for line in lines[: _HEAD_LINES + 2]:
        if _RELEASE.match(line) and len(line) < 60:
            continue
        match = _ANNOUNCER.search(line)
        if match:
            return _clean(match.group("who"))
    return None


def _clean(who: str) -> str | None:
    who = re.sub(r"^(?:the|a|an)\s+", "", who.strip(" .-–—"), flags=re.IGNORECASE)
    return who or None


@functools.lru_cache(maxsize=64)
def document_analysis(text: str) -> Analysis:
    """The engine's reading of a document (cached: verification and provenance both ask)."""
    from app.core.analysis.engine import analyze  # the engine loads on demand

    return analyze(text)


def with_prose_speakers(source: SourceText) -> SourceText:
    """The document with a segment for every quoted passage (its speaker) and, for a statement,
    the issuer as the speaker of everything else. Transcripts are returned as they are."""
    if source.segments:
        return source
    text = source.text
    issuer = statement_issuer(text, source.title)
    quotes = sorted(document_analysis(text).quotes, key=lambda q: q.start)
    segments: list[Segment] = []
    position = 0
    for quote in quotes:
        if quote.start < position:
            continue
        if quote.start > position:
            segments.append(Segment(position, quote.start, issuer))
        speaker = quote.speaker or (issuer if quote.speaker_mention is None else None)
        segments.append(Segment(quote.start, quote.end, speaker, quoted=True))
        position = quote.end
    if position < len(text):
        segments.append(Segment(position, len(text), issuer))
    if not quotes and issuer is None:
        return source
    return SourceText(source.title, source.kind, text, tuple(segments), issuer=issuer)
