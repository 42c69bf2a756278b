"""Findings for the copy desk: things in a story's text that a person should look at.

Each check is a small function producing `model.Finding`s with a stable code, so the GUI can
group and the publish gate can decide which codes block publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from app.core import model
from app.core.analysis.mention import NAME
from app.core.analysis.mentions import Mention
from app.core.analysis.patterns import compile_guarded

if TYPE_CHECKING:
    from app.core.analysis.anonymous_sources import AnonymousSourcing

QUOTE_WITHOUT_SPEAKER = "quote_without_speaker"
UNBALANCED_QUOTES = "unbalanced_quotes"
SPEAKER_NOT_INTRODUCED = "speaker_not_introduced"
BOILERPLATE_IN_BODY = "boilerplate_in_body"
NO_CREDITS = "no_credits"
CREDIT_NAME_VARIANT = "credit_name_variant"
ANONYMOUS_WITHOUT_REASON = "anonymous_without_reason"

# A cookie notice takes its whole line with it; the other prompts are matched as phrases.
_COOKIE_RE = compile_guarded(  # these two are searched in every block: guarded (speed)
    r"\b(?:uses?\s+cookies|cookie\s+(?:policy|settings|preferences)|accept\s+(?:all\s+)?cookies)\b",
    re.IGNORECASE,
)
_BOILERPLATE_RE = compile_guarded(
    r"\b(?:Read\s+More|Read\s+more|READ\s+MORE|Continue\s+reading|Share\s+this(?:\s+article)?|"
    r"Share\s+on\s+(?:Facebook|Twitter|X|WhatsApp|LinkedIn)|Click\s+here[^\n.]*|"
    r"(?:Subscribe|Sign\s+up)\s+(?:now|today|to\s+(?:our|the)\s+[\w\s]{0,30}?newsletter)[^\n.]*|"
    r"All\s+rights\s+reserved\.?|Advertisement|ADVERTISEMENT|"
    r"(?:Also\s+read|RELATED|Related\s+(?:stories|articles|coverage)):?)\b"
    r"|(?:©|\(c\)|Copyright\s+(?:©\s*)?)\s*\d{4}[^\n]*",
)
# A word every _BOILERPLATE_RE match holds, written as the pattern writes it (it is
# case-sensitive): a block with none of them is spared the search (speed).
_BOILERPLATE_WORDS = (
    "Read",
    "READ",
    "Continue",
    "Share",
    "Click",
    "Subscribe",
    "Sign",
    "All",
    "Advertisement",
    "ADVERTISEMENT",
    "Also",
    "RELATED",
    "Related",
    "©",
    "(c)",
    "Copyright",
)
# The same test as one search: a plain alternation of the words, whose first letters (capitals
# and "©" or "(", rare in copy) the regex engine skips to without trying each word at every
# position; about three times as fast as asking for each word in turn (speed).
_BOILERPLATE_WORDS_RE = re.compile("|".join(map(re.escape, _BOILERPLATE_WORDS)))
_NAME_SEQ_RE = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}\b")


@dataclass(frozen=True, slots=True)
class BoilerplateHit:
    """Web or wire boilerplate found in the body."""

    text: str
    start: int
    end: int

    def shifted(self, offset: int) -> BoilerplateHit:
        return replace(self, start=self.start + offset, end=self.end + offset)


def find_boilerplate(block: str) -> tuple[BoilerplateHit, ...]:
    """Cookie notices, "Read More", share and subscribe prompts, copyright footers."""
    # every cookie notice holds "cook" in some case (its letters have no other case folds):
    # most blocks are spared the search (speed)
    cookie = _COOKIE_RE.search(block) if "cook" in block.lower() else None
    if cookie:
        line_start = block.rfind("\n", 0, cookie.start()) + 1
        line_end = block.find("\n", cookie.end())
        line_end = len(block) if line_end == -1 else line_end
        line = block[line_start:line_end]
        lead = len(line) - len(line.lstrip())
        return (BoilerplateHit(line.strip(), line_start + lead, line_start + len(line.rstrip())),)
    if _BOILERPLATE_WORDS_RE.search(block) is None:  # none of _BOILERPLATE_WORDS in it
        return ()
    return tuple(
        BoilerplateHit(m.group().strip(), m.start(), m.start() + len(m.group().rstrip()))
        for m in _BOILERPLATE_RE.finditer(block)
        if m.group().strip()
    )


def run_checks(
    text: str,
    *,
    quotes: Sequence[model.Quote],
    strays: Iterable[int],
    unresolved: Iterable[Mention],
    boilerplate: Iterable[BoilerplateHit],
    anonymous: Iterable[AnonymousSourcing],
    credits: Sequence[model.Credit],
) -> list[model.Finding]:
    """Every finding, in text order (findings without a position first)."""
    findings: list[model.Finding] = []
    findings += quote_without_speaker(quotes)
    findings += unbalanced_quotes(text, strays)
    findings += speaker_not_introduced(unresolved)
    findings += boilerplate_in_body(boilerplate)
    findings += no_credits(credits)
    findings += credit_name_variants(text, credits)
    findings += anonymous_without_reason(anonymous)
    findings.sort(key=lambda f: (-1 if f.start is None else f.start, f.code))
    return findings


def quote_without_speaker(quotes: Iterable[model.Quote]) -> list[model.Finding]:
    """A quote nobody says: short quoted terms are likely scare quotes, so only `info`."""
    out = []
    for q in quotes:
        if q.speaker:
            continue
        short = len(q.text.split()) <= 3
        out.append(
            model.Finding(
                model.Severity.INFO if short else model.Severity.WARNING,
                QUOTE_WITHOUT_SPEAKER,
                "Quoted term with no speaker (scare quotes?)"
                if short
                else "Quote with no speaker: add who said it",
                q.start,
                q.end,
            )
        )
    return out


def unbalanced_quotes(text: str, strays: Iterable[int]) -> list[model.Finding]:
    """A quotation mark without its partner."""
    out = []
    for pos in sorted(set(strays)):
        width = 2 if text[pos : pos + 2] in ("''", "``") else 1
        out.append(
            model.Finding(
                model.Severity.WARNING,
                UNBALANCED_QUOTES,
                f"Unbalanced quotation mark {text[pos : pos + width]!r}: its partner is missing",
                pos,
                pos + width,
            )
        )
    return out


def speaker_not_introduced(unresolved: Iterable[Mention]) -> list[model.Finding]:
    """A speaker named by surname (or 'Mr. X') before, or without, their full name."""
    out = []
    seen: set[str] = set()
    for m in unresolved:
        if m.kind is not NAME or m.name in seen:
            continue
        seen.add(m.name)
        out.append(
            model.Finding(
                model.Severity.WARNING,
                SPEAKER_NOT_INTRODUCED,
                f"{m.text} is quoted but not introduced by full name earlier in the story",
                m.start,
                m.end,
            )
        )
    return out


def boilerplate_in_body(hits: Iterable[BoilerplateHit]) -> list[model.Finding]:
    """Web boilerplate that survived import."""
    return [
        model.Finding(
            model.Severity.WARNING,
            BOILERPLATE_IN_BODY,
            f"Boilerplate left in the body: {h.text[:60]!r}",
            h.start,
            h.end,
        )
        for h in hits
    ]


def no_credits(credits: Sequence[model.Credit]) -> list[model.Finding]:
    """A story with nobody credited."""
    if credits:
        return []
    return [model.Finding(model.Severity.WARNING, NO_CREDITS, "The story has no credits")]


def credit_name_variants(text: str, credits: Sequence[model.Credit]) -> list[model.Finding]:
    """A credited person whose name appears in the text spelled differently."""
    if not credits:
        return []
    candidates: dict[str, int] = {}
    for m in _NAME_SEQ_RE.finditer(text):
        candidates.setdefault(m.group(), m.start())
    out = []
    names = list(candidates)
    for credit in credits:
        target = credit.name
        if target in candidates:
            continue
        for found, score, _ in process.extract(
            target, names, scorer=fuzz.ratio, score_cutoff=85, limit=5
        ):
            if found == target or len(found.split()) != len(target.split()):
                continue
            if score >= 100:
                continue
            start = candidates[found]
            out.append(
                model.Finding(
                    model.Severity.WARNING,
                    CREDIT_NAME_VARIANT,
                    f"{found!r} in the text differs from the credited {target!r}",
                    start,
                    start + len(found),
                )
            )
    return out


def anonymous_without_reason(anonymous: Iterable[AnonymousSourcing]) -> list[model.Finding]:
    """Anonymous sourcing must say why the source is not named."""
    return [
        model.Finding(
            model.Severity.INFO,
            ANONYMOUS_WITHOUT_REASON,
            f"Anonymous sourcing without a stated reason: {a.text!r}",
            a.start,
            a.end,
        )
        for a in anonymous
        if not a.reason_given
    ]
