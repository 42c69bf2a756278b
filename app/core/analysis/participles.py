"""The one a participle of saying belongs to: "Ruiz sent her brother a text saying",
"McCall resigned saying", "Prices will rise, Ana Ruiz said, calling ...", and the message someone
received ("Lind got a text saying"), whose words are the sender's.

A participle after a comma, a past verb or a message sent shares the main clause's subject, not
the object just before it. Split from subjects.py, which finds the subject of any verb of
saying and asks this module first when the verb is a participle.
"""

from __future__ import annotations

import re

from app.core.analysis.asides import skippable
from app.core.analysis.clause_subjects import can_speak, clause_subject, opens_its_clause
from app.core.analysis.entities import PERSON, RECEIVED
from app.core.analysis.mention import PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.noun_phrases import GENERIC_NP_BEFORE_RE, phrase_mention

# compiled once: these run for every mention or quote (speed)
_COMMA_END_RE = re.compile(r",\s*$")
_PAST_END_RE = re.compile(r"\b[a-z]{3,}ed\s+$")
# Messages that carry someone's words, sent or received.
_MESSAGES = (
    r"text|message|note|email|e-mail|letter|card|warning|voicemail|notice|memo|reply|response|"
    r"alert|bulletin"
)
# A message sent, left or put out, right before a participle of saying: "sent her brother a
# text saying", "left a message saying", "gave a warning saying", "issued a statement saying".
_SENT_MESSAGE_END_RE = re.compile(
    r"\b(?:sent|sends|left|leaves|gave|gives|wrote|writes|posted|posts|issued|issues|released|"
    r"releases|put\s+out|puts\s+out|published|shared|texted|emailed|e-mailed|fired\s+off|"
    r"dashed\s+off|penned|scribbled|recorded|tweeted|delivered)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:a|an|the|his|her|their|its|one|another)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_MESSAGES}|post|tweet|statement|video|update|appeal|plea|apology|photo|picture|"
    r"image|clip|selfie)"
    # where it went: "a letter to the council saying", "a photo on Instagram saying"
    r"(?:\s+(?:to|on|for)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?\s+$"
)
# A message someone received, right before a participle of saying: "Lind received a letter
# saying", "got a text saying". Its words are the sender's, not the one who received it; a
# sender written in ("a letter from the council saying") is read by the usual path instead.
_RECEIVED_MESSAGE_END_RE = re.compile(
    rf"\b{RECEIVED}\s+(?:a|an|the|this|that|one|another)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_MESSAGES}|call|summons|notification|leaflet|circular)s?\s+$"
)


def received_message(masked: str, lo: int, at: int) -> bool:
    """Whether the participle of saying at `at` tells what a message someone received said
    ("Residents received a notice saying “…”"): the one who received it is no speaker."""
    window = masked[max(lo, at - 60) : at]
    if "ece" not in window and "got" not in window and "get" not in window:
        return False  # the pattern needs "receive", "got" or "get" (speed)
    return _RECEIVED_MESSAGE_END_RE.search(masked, max(lo, at - 60), at) is not None


_PAST_OBJECT_END_RE = re.compile(
    r"\b[a-z]{3,}ed\s+(?:the|a|an|its|his|her|their|this|that)\s+[a-z]+\s$"
)


def _verb_subject(masked: str, candidates: list[Mention], verb_at: int) -> Mention | None:
    """The person or body written right before a verb (past an appositive between commas):
    the verb's own subject, whatever clause it stands in."""
    for m in reversed(candidates):
        if m.end > verb_at:
            continue
        if verb_at - m.end > 120:
            return None
        gap = masked[m.end : verb_at]
        if gap.strip() and not (_APPOSITIVE_GAP_RE.fullmatch(gap) and skippable(gap.strip(" ,"))):
            continue  # a mention inside the appositive ("of the club's panel"): read on back
        if m.possessive or m.kind is PRONOUN or not can_speak(m):
            return None
        return m
    return None


_APPOSITIVE_GAP_RE = re.compile(r",[^,\x00]{2,120},\s*")
# A tag closing reported words, then the comma before a participle: "Taxes will rise, the
# Chancellor said, calling ...", "..., she told reporters, adding ...".
_TAG_COMMA_END_RE = re.compile(
    r"\s(?:said|says|added|adds|argued|argues|wrote|writes|told(?:\s+[\w’'-]+){1,2}?)"
    r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,24}?)?\s*,\s*$"
)


def _tag_speaker(masked: str, candidates: list[Mention], lo: int, at: int) -> Mention | None:
    """The speaker of a tag right before a participle ("Prices will rise, Ana Ruiz said,
    calling the budget “…”"): the one saying is the one calling, not the subject of the words
    reported before the tag."""
    tag = _TAG_COMMA_END_RE.search(masked, max(lo, at - 56), at)
    if tag is None:
        return None
    for m in reversed(candidates):
        if m.end > tag.start():
            continue  # "told reporters": the one told
        if masked[m.end : tag.start()].strip() or m.possessive:
            return None
        return m if m.kind is PRONOUN or can_speak(m) else None
    return None


def participle_subject(
    masked: str, candidates: list[Mention], lo: int, cue_start: int
) -> Mention | None:
    """The subject of the participle of saying at `cue_start` ("saying", "calling") when a comma,
    a past verb or a message sent stands right before it: the tag's speaker, the subject of the
    verb before, the main clause's subject or the phrase that sent the message; None when none
    of those stands before it or none is found (the usual reading goes on)."""
    if not (
        _COMMA_END_RE.search(masked[max(lo, cue_start - 4) : cue_start])
        # "Ruiz sent her brother a text saying ...": what the message says, its sender says
        or _SENT_MESSAGE_END_RE.search(masked, max(lo, cue_start - 60), cue_start)
        # "McCall resigned saying ...": a participle after the main verb shares its subject
        or _PAST_END_RE.search(masked[max(lo, cue_start - 20) : cue_start])
        # "Ruiz rejected the plan calling it ...": a thing the main verb acted on says
        # nothing; the participle is still the main clause's subject's
        or (
            _PAST_OBJECT_END_RE.search(masked, max(lo, cue_start - 40), cue_start)
            and not any(m.end == cue_start - 1 and m.entity is PERSON for m in candidates)
        )
    ):
        return None
    tagged = _tag_speaker(masked, candidates, lo, cue_start)
    if tagged is not None:
        return tagged
    # "The same day, it criticised Marsh, saying he ...": a participle after a comma shares the
    # main clause's subject, not the object just before the comma.
    verb = _PAST_END_RE.search(masked, max(lo, cue_start - 20), cue_start)
    own = _verb_subject(masked, candidates, verb.start()) if verb is not None else None
    if own is not None:
        # "Reed came a day after Ana Ruiz, its chair, resigned saying ...": the verb right
        # before the participle has a subject of its own, in a clause inside the sentence
        return own
    main = clause_subject(masked, candidates, lo, cue_start)
    if main is not None and can_speak(main):
        return main
    sent = _SENT_MESSAGE_END_RE.search(masked, max(lo, cue_start - 60), cue_start)
    np = GENERIC_NP_BEFORE_RE.search(masked, lo, sent.start()) if sent is not None else None
    if np and opens_its_clause(masked[lo : np.start(1)]):
        # "The bakery issued a statement saying": the phrase that sent it, though no list
        # of bodies holds its noun (the message is not the one speaking)
        sender = phrase_mention(masked, np.start(1), np.end(1))
        if sender is not None:
            return sender
    return None
