"""Who "the group" is when no body named so is in the story: the people it was introduced as.

"Marlow Mining fell after pressure from activist shareholders. The group, led by Keel Partners,
said ..." The group is the shareholders: copy calls a band of people "the group" once it has
named them by what they are ("protesters", "residents", "activist shareholders"). The reading
pass knows only the organisations named, so it gave the quote to the last one (or to the firm
in the group's own aside). This pass, run once per analysis, reads the copy before the "the
group" that tags a quote: a plural noun for people ending the sentence right before it is whom
it means. But business copy calls a company "the group" too ("Marlow plc's profit pleased
investors. The group said ..."): when the body the reading pass found is a business, only an
aside that says the group is a band ("The group, led by ...", "The group, which ...") makes it
the people. A body whose name holds "Group" is still the group named before: the reading pass
says so, and this pass leaves it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.description_words import business_named
from app.core.analysis.entities import ORGANISATION_NOUNS, PLURAL_PEOPLE
from app.core.analysis.patterns import word_alternation

# The reasons the reading pass gives "the group" that no name holding "group" explains.
_NO_GROUP_NAMED = ("last organisation named", "no organisation named before it")
_THE_GROUP_RE = re.compile(r"\b[Tt]he group\b")
# Plural nouns for people that a band may be introduced as ("people" and "authorities" name no
# band of their own; "police" and "staff" belong to a body).
_GROUP_NOUNS = PLURAL_PEOPLE - {"people", "authorities", "police", "staff", "gardai", "gardaí"}
# A plural noun for people, with one describing word before it ("activist shareholders").
_PEOPLE_RE = re.compile(
    rf"\b(?:([a-z][a-z-]+)\s+)?({word_alternation(_GROUP_NOUNS)})\b(?![’'-])",
)
# Words before the noun that are no part of what the people are called.
_NOT_DESCRIBING = frozenset(
    """the a an of from by to with and or for in on at among about some many several most all
    their his her its our two three four five six ten dozens hundreds thousands other those
    these such more fewer than""".split()
)
# What may stand between the people and "The group" opening the next sentence.
_SENTENCE_GAP_RE = re.compile(r"[.!?][”\"]?\s+")
# An aside after "the group" that says it is a band of people, not a company.
_BAND_ASIDE_RE = re.compile(
    r",\s+(?:led|formed|founded|organi[sz]ed|made\s+up|set\s+up|which|who|whose|including)\b"
)

# A body named or described in the sentence that introduced the people: "Friends of Kelby Park,
# a charity, says the plan angered residents" or "The Calder Nurses Union met managers ...":
# "the group" may be that body as well as the people, so the pass leaves it as written.
_ORG_NOUNS = word_alternation(ORGANISATION_NOUNS | {"group"})
_BODY_IN_SENTENCE_RE = re.compile(
    rf"\b[A-Z][\w'’-]*\s+(?i:{_ORG_NOUNS})\b"
    rf"|,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?:{word_alternation(ORGANISATION_NOUNS)})\b"
)


def _mention_at(text: str, quote: model.Quote) -> int | None:
    """Where the "the group" that tags the quote stands: the nearest one in the quote's
    paragraph, before or after it."""
    lo = text.rfind("\n\n", 0, quote.start) + 1
    hi = text.find("\n\n", quote.end)
    hi = len(text) if hi < 0 else hi
    best: tuple[int, int] | None = None
    for found in _THE_GROUP_RE.finditer(text, lo, hi):
        if quote.start <= found.start() < quote.end:
            continue  # in the quote's own words
        gap = quote.start - found.end() if found.end() <= quote.start else found.start() - quote.end
        if best is None or gap < best[0]:
            best = (gap, found.start())
    return best[1] if best is not None else None


def introduced_as(text: str, at: int) -> str | None:
    """The people "the group" opening a sentence at `at` was introduced as: a plural noun
    for people (with a describing word) ending the sentence right before it, else None."""
    lo = max(0, at - 200)
    last: re.Match[str] | None = None
    for found in _PEOPLE_RE.finditer(text, lo, at):
        last = found
    if last is None or _SENTENCE_GAP_RE.fullmatch(text, last.end(), at) is None:
        return None
    start = max(
        (found.end() for found in _SENTENCE_GAP_RE.finditer(text, lo, last.start())),
        default=text.rfind("\n", 0, last.start()) + 1,
    )
    if _BODY_IN_SENTENCE_RE.search(text, start, last.start()) is not None:
        return None
    word, noun = last.group(1), last.group(2)
    return f"{word} {noun}" if word and word not in _NOT_DESCRIBING else noun


def name_groups_by_their_people(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with "the group" given to the people it was introduced as, when no body named
    "… Group" explains it."""
    if not any((quote.speaker_mention or "").lower() == "the group" for quote in quotes):
        return quotes  # no "the group" speaks: most stories (speed)
    out: list[model.Quote] = []
    for quote in quotes:
        reason = quote.speaker_reason or ""
        if (quote.speaker_mention or "").lower() != "the group" or not any(
            why in reason for why in _NO_GROUP_NAMED
        ):
            out.append(quote)
            continue
        at = _mention_at(text, quote)
        people = introduced_as(text, at) if at is not None else None
        if (
            people is not None
            and at is not None
            and business_named("company", quote.speaker or "")
            and _BAND_ASIDE_RE.match(text, at + len("the group")) is None
        ):
            people = None  # "Marlow plc's profit pleased investors. The group said": the firm
        if people is None:
            out.append(quote)
            continue
        out.append(
            replace(
                quote,
                speaker=people,
                speaker_reason=f"{quote.speaker_mention} → {people}: the people the group was "
                "introduced as, no body named so",
            )
        )
    return out
