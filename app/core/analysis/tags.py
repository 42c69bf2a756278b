"""Speech tags around a quote: the verb and speaker right after it ("“...,” said Mr. Burman"),
the nearest verb of saying before it, "according to X", and inverted tags ("said veteran analyst
Ivo Marsh").
"""

from __future__ import annotations

import re

from app.core.analysis.cues import CUE_RE, Scan, cue_text
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import Mention, MentionKind
from app.core.analysis.sentences import _PREPOSITIONS
from app.core.analysis.subjects import (
    ADVERB_OR_AUX,
    DETERMINER,
    NOT_IN_NP,
    NP_WORD,
    phrase_mention,
    skippable,
    subject_before,
)


def before_quote(
    masked: str, mentions: list[Mention], lo: int, open_at: int, scan: Scan | None = None
) -> tuple[Mention, str, bool] | None:
    """The nearest cue before the quote with its subject, and whether it introduces the quote."""
    cues = scan.cues_in(lo, open_at) if scan else list(CUE_RE.finditer(masked, lo, open_at))
    fallback: tuple[Mention, str, bool] | None = None
    for index in range(len(cues) - 1, -1, -1):
        cue_match = cues[index]
        cue = cue_match.group()
        if cue.lower().startswith("according"):
            mention = mention_at(mentions, cue_match.end(), open_at, masked)
        else:
            mention = subject_before(masked, mentions, lo, cue_match.start(), cue)
            if mention is None:
                mention = inverted(mentions, masked, cue_match.end(), open_at)
        if mention is not None:
            tail = masked[cue_match.end() : open_at].strip()
            # Adjacent: nothing but a comma or colon, and no later cue, before the quote.
            adjacent = (not tail or tail[-1] in ",:") and index == len(cues) - 1
            if (
                mention.kind is MentionKind.PRONOUN
                and mention.text.lower() == "it"
                and not adjacent
                and index > 0
            ):
                # "Ruiz ... said it would tell visitors “...”": "it" is what is told about;
                # an earlier verb of saying may have its speaker.
                fallback = fallback or (mention, cue_text(cue), adjacent)
                continue
            return mention, cue_text(cue), adjacent
    return fallback


def after_quote(
    masked: str, mentions: list[Mention], at: int, hi: int, phrases: bool = True
) -> tuple[Mention, str] | None:
    rest = masked[at:hi]
    lead = len(rest) - len(rest.lstrip(" ,.;:!?\u00a0—–-\n"))
    if "\n" in rest[:lead]:
        return None
    pos = at + lead
    if masked.startswith("as ", pos):
        pos += 3  # "“...,” as a Harbour Board memo put it."
    if masked.startswith(("the ", "The "), pos) and any(
        m.start == pos + 4 and m.kind is MentionKind.NAME for m in mentions
    ):
        pos += 4  # "“...,” the HSB said": the name, not a phrase "the HSB"
    cue = CUE_RE.match(masked, pos)
    if cue and not cue.group().lower().startswith("according"):
        mention = inverted(mentions, masked, cue.end(), hi)
        if mention is not None:
            return mention, cue_text(cue.group())
    if cue and cue.group().lower().startswith("according"):
        mention = mention_at(mentions, cue.end(), hi, masked)
        if mention is not None:
            return mention, "according to"
    for m in mentions:
        if m.start == pos:
            cue = _cue_after_subject(masked, m.end, hi)
            if cue:
                return m, cue
            break
        if m.start > pos:
            break
    np = _GENERIC_NP_AFTER_RE.match(masked, pos, hi) if phrases else None
    if np:
        cue = _cue_after_subject(masked, np.end(), hi)
        nominal = phrase_mention(masked, np.start(), np.end())
        if cue and nominal is not None:
            return nominal, cue
        if nominal is not None:
            # "a narrator in the Ruiz ad asks": the phrase and where it comes from.
            for cue_match in CUE_RE.finditer(masked, np.end(), min(hi, np.end() + 80)):
                if _PP_GAP_RE.fullmatch(masked, np.end(), cue_match.start()):
                    text = masked[np.start() : cue_match.start()].rstrip()
                    phrase = Mention(
                        np.start(),
                        np.start() + len(text),
                        text,
                        MentionKind.NOMINAL,
                        entity=EntityKind.PERSON,
                    )
                    return phrase, cue_text(cue_match.group())
                break
    return None


_PP_GAP_RE = re.compile(r"\s+(?:in|at|of|for|from|with|on)\s+[^,.;:!?\x00]{1,50}?\s+")


_GENERIC_NP_AFTER_RE = re.compile(rf"{DETERMINER}(?:\s+{NP_WORD}){{1,4}}?(?=\s)")


def _cue_after_subject(masked: str, pos: int, hi: int) -> str | None:
    """A cue verb right after a subject, past an appositive and adverbs."""
    # "Ana Ruiz, the attorney general of Calder, one of the states suing, said"
    comma = re.match(r"\s*,", masked[pos:hi])
    skipped = pos + comma.end() if comma else pos
    for _ in range(2 if comma else 0):
        appositive = re.match(r"[^,\x00]{1,200}?,", masked[skipped:hi])
        if not (appositive and skippable(appositive.group())):
            break
        skipped += appositive.end()
        pos = skipped
    while True:
        m = re.match(r"\s+([\w'’]+)", masked[pos:hi])
        if not m:
            return None
        word = m.group(1).lower()
        cue = CUE_RE.match(masked, pos + m.start(1))
        if cue:
            return cue_text(cue.group())
        if word in ADVERB_OR_AUX or word.endswith("ly"):
            pos += m.end()
            continue
        return None


_DOCUMENT_AUTHOR_RE = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+)?")


# Between "according to" and who is cited: a determiner, capitalised words ("Virginia").
_CITED_GAP_RE = re.compile(r"\s*(?:(?:the|their|his|her|its|a|an)\s+)?(?:[A-Z][\w.&-]*\s+){0,3}")


def mention_at(mentions: list[Mention], lo: int, hi: int, masked: str) -> Mention | None:
    """The mention right after "according to" (a word such as "their" may come between)."""
    for i, m in enumerate(mentions):
        if m.start >= lo and not _CITED_GAP_RE.fullmatch(masked, lo, m.start):
            return None  # "according to their attorneys, ... they": not the one cited
        if lo <= m.start < hi:
            following = mentions[i + 1] if i + 1 < len(mentions) else None
            if (
                m.kind is MentionKind.NOMINAL
                and following is not None
                and following.kind is MentionKind.NAME
                and following.start < hi
                and (
                    following.start - m.end == 1
                    # "according to a statement from the Ministry of Defence", "a survey by X"
                    or (
                        m.entity is EntityKind.DOCUMENT
                        and _DOCUMENT_AUTHOR_RE.fullmatch(masked, m.end, following.start)
                    )
                )
            ):
                return following  # "according to the event organizer Alliance for Schools"
            return m
    return None


def inverted(mentions: list[Mention], masked: str, pos: int, hi: int) -> Mention | None:
    """`said Mr. Burman`: the mention right after the cue (adverbs and a day allowed).

    Only verbs of saying invert; after "accused", "praised" or "told" the name is the one
    spoken to or about ("accused Ortiz's campaign of being “duped”").
    """
    verb = re.search(r"([a-z]+)$", masked[max(0, pos - 16) : pos])
    if verb and verb.group(1).startswith(NON_INVERTING):
        return None
    m = re.match(
        r"(?:\s+(?:also|then|later|simply|only|once))?\s+(?:the\s+(?=[A-Z]))?", masked[pos:hi]
    )
    if not m:
        return None
    at = pos + m.end()
    for index, mention in enumerate(mentions):
        if mention.start == at:
            if mention.kind is MentionKind.PRONOUN and mention.text.lower() in {"it", "who"}:
                return None
            if mention.kind is MentionKind.PRONOUN and masked[mention.end : mention.end + 1] == " ":
                # "said he would ...", "saying he “has offended ...”": reported speech, with
                # the subject before the cue.
                return None
            if mention.possessive:
                return None  # "said the GOP's most important goal was ...": a clause
            if mention.kind is MentionKind.NAME and mention.entity is EntityKind.THING:
                # "said Republican pollster Jo Banks": the adjective describes the speaker.
                return _described_name(mentions, masked, index + 1, mention.end, hi)
            following = re.match(r" ([a-z][\w-]*)", masked[mention.end : mention.end + 30])
            if following and following.group(1) in _CLAUSE_VERBS:
                return None  # "said the United States would ...": a that-clause, not a speaker
            if (
                mention.kind is MentionKind.NAME
                and following
                and following.group(1) not in _PREPOSITIONS
                and following.group(1) not in NOT_IN_NP
            ):
                # "responded Harbour Rail director Ivo Marsh": the organisation describes
                # the person; "said the US decision did ...": a clause, nobody named.
                return _described_name(mentions, masked, index + 1, mention.end, hi)
            if mention.kind is MentionKind.NOMINAL:
                pp = _TRAILING_PP_RE.match(masked, mention.end, hi)
                if pp:
                    # "said one union source on the panel."
                    return Mention(
                        mention.start,
                        pp.end(),
                        masked[mention.start : pp.end()],
                        MentionKind.NOMINAL,
                        entity=mention.entity,
                    )
            return mention
        if mention.start > at:
            # "says veteran industry analyst Ivo Marsh": a description, then the name.
            return _described_name(mentions, masked, index, at, hi)
    return None


NON_INVERTING = (
    "accus",
    "prais",
    "blast",
    "slam",
    "critici",
    "mock",
    "call",
    "dub",
    "describ",
    "label",
    "brand",
    "hail",
    "condemn",
    "dismiss",
    "tout",
    "laud",
    "scold",
    "deem",
    "cit",
    "quot",
    "told",
    "tell",
    "charg",
    "urg",
    "advis",
    "thank",
    "blam",
)


_TRAILING_PP_RE = re.compile(
    r"\s+(?:on|in|at|inside|within|close\s+to|near)\s+(?:the|a|an|this|that)\s+[a-z][\w-]*"
    r"(?=\s*(?:[.,;:]|$))"
)


_CLAUSE_VERBS = frozenset(
    """would will is was are were has had have could should can may might must did does do
    had""".split()
)


_DESCRIPTOR_RE = re.compile(r"[\w’'./-]+(?:\s+[\w’'./-]+){0,5}\s+$")


def _described_name(
    mentions: list[Mention], masked: str, index: int, at: int, hi: int
) -> Mention | None:
    """The person named after a short description that follows a cue ("43-year-old X")."""
    if index >= len(mentions):
        return None
    mention = mentions[index]
    if mention.start >= hi or mention.kind is not MentionKind.NAME or not mention.is_person_name:
        return None
    gap = masked[at : mention.start]
    if not _DESCRIPTOR_RE.fullmatch(gap.lstrip()) or "\x00" in gap:
        return None
    if any(w.lower() in NOT_IN_NP for w in gap.split()):
        return None
    return mention
