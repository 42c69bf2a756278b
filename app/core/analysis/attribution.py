"""Who said each quote in one block: the cue verb, the speaker as written, and the venue.

Works on one block at a time with the quotes masked out, so the words around a quote are read
without the words inside it. Resolving a pronoun or surname to a full name needs the story
before the block and happens later, in the engine's cheap linking pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from app.core.analysis.cues import CUE_RE, Scan, cue_text, find_venue
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import (
    Mention,
    MentionKind,
    find_mentions,
    looks_like_description,
)
from app.core.analysis.quotes import QuoteKind, QuoteSpan
from app.core.analysis.sentences import (
    _PREPOSITIONS,
    after_preposition,
    blank_parentheticals,
    mask_quotes,
    sentence_starts,
)

_ADVERB_OR_AUX = frozenset(
    """has had have also later then previously once again further recently repeatedly would will
    was is were are be been being did does do not never often simply bluntly flatly publicly
    privately quickly famously later earlier has long since still had already just only even
    reportedly allegedly apparently last week yesterday today once quoted as tersely""".split()
)
_DASH_RE = re.compile(r"^[\s\u00a0]*[―—–]+[\s\u00a0]*")
# How far from a quote its speaker is looked for, in characters. A sentence longer than this is
# a run-on list of quotes, not prose: bounding the window keeps a paragraph of thousands of
# short quotes linear (each quote reads a window of fixed size, never the paragraph so far).
WINDOW = 800


@dataclass(frozen=True, slots=True)
class LocalAttribution:
    """What the words around one quote say about its speaker, before any resolution.

    `mention` is None when nothing near the quote names a speaker; `inherit` then says whether
    the quote reads as the continuation of the previous speaker's words.
    """

    mention: Mention | None
    cue: str | None
    venue: str | None
    confidence: float
    inherit: bool = False
    rule: str = ""
    """Which reading found the mention, in words (it ends up in the quote's speaker_reason)."""


# The rules, as `speaker_reason` names them.
AFTER = "speech verb right after the quote"
DASH = "name after a dash following the quote"
BEFORE = "speech verb introducing the quote"
BEFORE_FAR = "speech verb earlier in the sentence"
LATER = "speech verb later in the sentence"
SUBJECT = "subject of the sentence holding the quote (no speech verb)"
LEAD_IN = "introduced by the paragraph before"
PREVIOUS_SUBJECT = "subject of the sentence just before the quote"


def _quote_ends_sentence(block: str, span: QuoteSpan) -> bool:
    inner = block[span.start : span.end].rstrip()
    tail = block[span.mark_end : span.mark_end + 3]
    return (
        inner[-1:] in ".!?…" and (tail[:1].isspace() or not tail) and not tail.strip()[:1].islower()
    )


def attribute_block(
    block: str, spans: tuple[QuoteSpan, ...], mentions: list[Mention] | None = None
) -> list[LocalAttribution]:
    """One LocalAttribution per span (titles and headings get an empty one)."""
    if not spans:
        return []
    masked = blank_parentheticals(mask_quotes(block, spans))
    if mentions is None:
        mentions = find_mentions(masked)
    starts = sentence_starts(masked)
    mention_starts = [m.start for m in mentions]
    scan = Scan(masked)
    out: list[LocalAttribution] = []
    prev_close = 0
    for i, span in enumerate(spans):
        if span.kind is not QuoteKind.QUOTE:
            out.append(LocalAttribution(None, None, None, 0.0))
            continue
        # The clause before the quote: from the sentence start (or the previous quote, when it
        # ended a sentence) up to the opening mark.
        lo = starts[bisect_right(starts, span.mark_start) - 1]
        if i and _quote_ends_sentence(block, spans[i - 1]):
            lo = max(lo, prev_close)
        lo = max(lo, span.mark_start - WINDOW)
        nxt = spans[i + 1].mark_start if i + 1 < len(spans) else len(block)
        at = bisect_right(starts, span.mark_end)
        hi = starts[at] if at < len(starts) else len(block)
        hi = min(hi, span.mark_end + WINDOW)
        # Only the mentions inside the window: every helper below walks this short list.
        near = mentions[bisect_left(mention_starts, lo) : bisect_left(mention_starts, hi)]
        found = _attribute(block, masked, near, span, lo, hi, nxt, scan)
        if found.inherit and lo > 0:
            # "Bridenstine expects three rockets. “Adding one more ...”": a quote opening a
            # sentence with nobody named around it is the previous sentence's subject's.
            sentence = bisect_right(starts, lo - 1) - 1
            prev_lo = max(starts[sentence] if sentence >= 0 else 0, lo - WINDOW)
            if "\x00" not in masked[prev_lo:lo]:
                window = mentions[
                    bisect_left(mention_starts, prev_lo) : bisect_left(mention_starts, lo)
                ]
                subject = _clause_subject(masked, window, prev_lo, lo)
                if subject is not None and _can_speak(subject):
                    found = LocalAttribution(subject, None, found.venue, 0.5, rule=PREVIOUS_SUBJECT)
        out.append(found)
        prev_close = span.mark_end
    return out


def _attribute(
    block: str,
    masked: str,
    mentions: list[Mention],
    span: QuoteSpan,
    lo: int,
    hi: int,
    next_open: int,
    scan: Scan,
) -> LocalAttribution:
    after_hi = min(hi, next_open) if next_open > span.mark_end else hi
    post = masked[span.mark_end : after_hi]
    pre = masked[lo : span.mark_start]
    venue = scan.venue_in(lo, hi)
    inner = block[span.start : span.end].rstrip(" \u00a0")
    ends_sentence = inner[-1:] in ".!?…"
    before = _before_quote(masked, mentions, lo, span.mark_start, scan)
    # 1. Right after the quote: `," said X` / `," X said` / `," X, an expert, said`; it loses
    # to a cue that introduces the quote when the quote is a finished sentence, since the
    # words after it then usually introduce the next quote.
    found = _after_quote(masked, mentions, span.mark_end, after_hi)
    if found and not (before and before[2] and ends_sentence):
        leads_on = (
            after_hi == next_open
            and not masked[span.mark_end : after_hi].rstrip().endswith((".", "!", "?"))
            and masked[span.mark_end : after_hi].rstrip()[-1:] in (",", ":")
        )
        # `Japan branded it an “outlaw nation.” Russia insisted that ...`: a finished sentence
        # with its own speech verb before it; the name after it opens the next sentence.
        next_sentence = (
            ends_sentence
            and before is not None
            and found[0].start > span.mark_end
            and masked[found[0].start : found[0].start + 1].isupper()
            and not CUE_RE.match(masked, span.mark_end + len(post) - len(post.lstrip()))
        )
        if not (ends_sentence and leads_on) and not next_sentence:
            mention, cue = found
            return LocalAttribution(mention, cue, venue, 0.9, rule=AFTER)
    # 2. A dash and a name after the quote: `” ― Sonya Herridge`.
    dash = _DASH_RE.match(post)
    if dash:
        at = span.mark_end + dash.end()
        for m in mentions:
            if m.start == at and m.kind is MentionKind.NAME:
                return LocalAttribution(m, "―", venue, 0.8, rule=DASH)
    # 3. A cue before the quote in the same sentence: `X said, "..."`, `X called it "..."`.
    if before:
        mention, cue, adjacent = before
        return LocalAttribution(
            mention, cue, venue, 0.85 if adjacent else 0.7, rule=BEFORE if adjacent else BEFORE_FAR
        )
    # 4. A cue later in the same sentence: `"...," the mayor said on Tuesday, adding "..."`.
    for cue_match in scan.cues_in(span.mark_end, hi):
        cue = cue_match.group()
        if cue.lower().startswith("according"):
            mention = _mention_at(mentions, cue_match.end(), hi)
        else:
            mention = _subject_before(
                masked, mentions, span.mark_end, cue_match.start(), cue_match.group()
            ) or _inverted(mentions, masked, cue_match.end(), hi)
        if mention is not None:
            return LocalAttribution(mention, cue_text(cue), venue, 0.6, rule=LATER)
        break
    starts_clause = not pre.strip(" \t\u00a0-—–:(") or pre.rstrip().endswith(":")
    if not starts_clause:
        # A partial quote with no speech verb ("Trump likened them to a “...”"): the
        # sentence's subject is usually the one whose words are quoted.
        subject = _clause_subject(masked, mentions, lo, span.mark_start)
        if subject is not None and _can_speak(subject):
            return LocalAttribution(subject, None, venue, 0.45, rule=SUBJECT)
    return LocalAttribution(None, None, venue, 0.3, inherit=starts_clause)


def _after_cue(masked: str, start: int) -> bool:
    word = re.search(r"([a-z]+)\s+(?:the\s+)?$", masked[max(0, start - 20) : start])
    return bool(word) and CUE_RE.fullmatch(word.group(1)) is not None


def _can_speak(m: Mention) -> bool:
    """A person (named, "he"/"she", "the mayor") or an organisation may speak; things not."""
    if m.kind is MentionKind.PRONOUN:
        return m.text.lower() in ("he", "she", "they")
    if m.kind is MentionKind.NOMINAL:
        return m.entity in (EntityKind.PERSON, EntityKind.ORGANISATION)
    # A country speaks through its government ("Japan branded it an “outlaw nation”").
    return m.entity is not EntityKind.THING and m.entity is not EntityKind.DOCUMENT


def _clause_subject(masked: str, mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    for index, m in enumerate(mentions):
        if m.start < lo:
            continue
        if m.start >= hi:
            break
        if m.possessive or after_preposition(masked, m.start):
            continue
        if m.kind is MentionKind.PRONOUN and m.text.lower() in {"it", "who"}:
            continue
        if m.kind is MentionKind.NAME and m.organisation and masked[m.end : m.end + 1] != " ":
            continue
        if _after_cue(masked, m.start):
            continue  # "Swift's rep told Fox News ...": the one told is not the one telling
        if m.kind is MentionKind.NOMINAL and index + 1 < len(mentions):
            # "China's ambassador to Britain Liu Xiaming has said": the name is the subject.
            following = mentions[index + 1]
            if following.is_person_name and _NAME_AFTER_ROLE_RE.fullmatch(
                masked, m.end, following.start
            ):
                return following
        return m
    return None


_NAME_AFTER_ROLE_RE = re.compile(
    r"(?:,\s*|\s+(?:(?:to|of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2})?)"
)


def _before_quote(
    masked: str, mentions: list[Mention], lo: int, open_at: int, scan: Scan | None = None
) -> tuple[Mention, str, bool] | None:
    """The nearest cue before the quote with its subject, and whether it introduces the quote."""
    cues = scan.cues_in(lo, open_at) if scan else list(CUE_RE.finditer(masked, lo, open_at))
    for index in range(len(cues) - 1, -1, -1):
        cue_match = cues[index]
        cue = cue_match.group()
        if cue.lower().startswith("according"):
            mention = _mention_at(mentions, cue_match.end(), open_at)
        else:
            mention = _subject_before(masked, mentions, lo, cue_match.start(), cue)
            if mention is None:
                mention = _inverted(mentions, masked, cue_match.end(), open_at)
        if mention is not None:
            tail = masked[cue_match.end() : open_at].strip()
            # Adjacent: nothing but a comma or colon, and no later cue, before the quote.
            adjacent = (not tail or tail[-1] in ",:") and index == len(cues) - 1
            return mention, cue_text(cue), adjacent
    return None


def _after_quote(
    masked: str, mentions: list[Mention], at: int, hi: int
) -> tuple[Mention, str] | None:
    rest = masked[at:hi]
    lead = len(rest) - len(rest.lstrip(" ,.;:!?\u00a0—–-\n"))
    if "\n" in rest[:lead]:
        return None
    pos = at + lead
    cue = CUE_RE.match(masked, pos)
    if cue and not cue.group().lower().startswith("according"):
        mention = _inverted(mentions, masked, cue.end(), hi)
        if mention is not None:
            return mention, cue_text(cue.group())
    if cue and cue.group().lower().startswith("according"):
        mention = _mention_at(mentions, cue.end(), hi)
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
    np = _GENERIC_NP_AFTER_RE.match(masked, pos, hi)
    if np:
        cue = _cue_after_subject(masked, np.end(), hi)
        nominal = _nominal(masked, np.start(), np.end())
        if cue and nominal is not None:
            return nominal, cue
        if nominal is not None:
            # "a narrator in the Clinton ad asks": the phrase and where it comes from.
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


_DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)"
)
_NP_WORD = r"(?:[\w’'.-]+)"
_GENERIC_NP_AFTER_RE = re.compile(rf"{_DETERMINER}(?:\s+{_NP_WORD}){{1,4}}?(?=\s)")
_GENERIC_NP_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[\s,;]))({_DETERMINER}(?:\s+{_NP_WORD}){{1,4}}?)(?:\s+[a-z]+ly)?\s+$"
)
# Words that cannot sit inside a short noun phrase: a match containing one is a clause.
_NOT_IN_NP = frozenset(
    """and but or that which who whom whose should would could will can may might must is are
    was were be been being has have had do does did not no to of in on at for from with by as
    than then so if when while because about into over after before he she they it we i you
    him her them us me this these those there here said says say told""".split()
)


def _nominal(masked: str, start: int, end: int) -> Mention | None:
    text = masked[start:end]
    words = text.split()
    if any(w.lower() in _NOT_IN_NP for w in words[1:]) or "\x00" in text:
        return None
    while len(words) > 2 and (words[-1].endswith("ly") or words[-1].lower() in _ADVERB_OR_AUX):
        words.pop()
    text = " ".join(words)
    return Mention(start, start + len(text), text, MentionKind.NOMINAL)


def lead_in(
    block: str, spans: tuple[QuoteSpan, ...], mentions: list[Mention]
) -> LocalAttribution | None:
    """A block that introduces the next one ("Caddell continued:"): who, and the cue."""
    masked = blank_parentheticals(mask_quotes(block, spans))
    stripped = masked.rstrip()
    if not stripped.endswith(":") or (spans and spans[-1].mark_end >= len(stripped) - 1):
        return None
    lo = max(sentence_starts(masked)[-1], len(stripped) - 1 - WINDOW)
    found = _before_quote(masked, mentions, lo, len(stripped) - 1)
    if found is None:
        return None
    mention, cue, _ = found
    return LocalAttribution(mention, cue, find_venue(masked[lo:]), 0.75, rule=LEAD_IN)


def _cue_after_subject(masked: str, pos: int, hi: int) -> str | None:
    """A cue verb right after a subject, past an appositive and adverbs."""
    rest = masked[pos:hi]
    appositive = re.match(r"\s*,[^,\x00]{1,200}?,", rest)
    if appositive and _skippable(appositive.group()):
        pos += appositive.end()
    while True:
        m = re.match(r"\s+([\w'’]+)", masked[pos:hi])
        if not m:
            return None
        word = m.group(1).lower()
        cue = CUE_RE.match(masked, pos + m.start(1))
        if cue:
            return cue_text(cue.group())
        if word in _ADVERB_OR_AUX or word.endswith("ly"):
            pos += m.end()
            continue
        return None


def _looks_appositive(text: str) -> bool:
    body = text.strip(" ,")
    return looks_like_description(body) and not CUE_RE.search(body)


_ASIDE_OPENERS = frozenset(
    """in at on during speaking appearing writing however too though meanwhile standing
    asked when after before while""".split()
)


def _skippable(text: str) -> bool:
    """An appositive or a short aside ("at a later press gaggle") between subject and verb."""
    body = text.strip(" ,")
    if _looks_appositive(body):
        return True
    words = body.split()
    if words and words[0].lower().endswith("ing") and len(words) <= 4:
        return True  # "Dana Reyes, prosecuting, said": the role in court, an aside
    return bool(words) and words[0].lower() in _ASIDE_OPENERS and len(words) <= 12


def _mention_at(mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    for m in mentions:
        if lo <= m.start < hi:
            return m
    return None


def _inverted(mentions: list[Mention], masked: str, pos: int, hi: int) -> Mention | None:
    """`said Mr. Burman`: the mention right after the cue (adverbs and a day allowed).

    Only verbs of saying invert; after "accused", "praised" or "told" the name is the one
    spoken to or about ("accused Clinton's campaign of being “duped”").
    """
    verb = re.search(r"([a-z]+)$", masked[max(0, pos - 16) : pos])
    if verb and verb.group(1).startswith(_NON_INVERTING):
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
                # "said he would ..." reads as reported speech with the subject before the cue.
                return None if mention.text.lower() not in {"he", "she"} else mention
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
                and following.group(1) not in _NOT_IN_NP
            ):
                # "responded NASA administrator Jim Bridenstine": the organisation describes
                # the person; "said the US decision did ...": a clause, nobody named.
                return _described_name(mentions, masked, index + 1, mention.end, hi)
            return mention
        if mention.start > at:
            # "says veteran industry analyst Ken Doctor": a description, then the name.
            return _described_name(mentions, masked, index, at, hi)
    return None


_NON_INVERTING = (
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
    if any(w.lower() in _NOT_IN_NP for w in gap.split()):
        return None
    return mention


def _subject_before(
    masked: str, mentions: list[Mention], lo: int, cue_start: int, cue: str
) -> Mention | None:
    """The subject of a cue verb: adjacent, or past an appositive, or the clause's subject."""
    candidates = [m for m in mentions if lo <= m.start and m.end <= cue_start]
    participle = cue.lower().endswith("ing")
    if _SHARED_SUBJECT_RE.search(masked, lo, cue_start):
        # "Roberts said she liked it but said “...”": the second verb shares the subject.
        shared = _clause_subject(masked, candidates, lo, cue_start)
        if shared is not None and shared.kind is not MentionKind.NOMINAL:
            return shared
    for idx in range(len(candidates) - 1, -1, -1):
        m = candidates[idx]
        gap = masked[m.end : cue_start]
        if m.possessive:
            continue
        if (
            m.kind is MentionKind.PRONOUN
            and m.text == "who"
            and (idx == 0 or m.start - candidates[idx - 1].end > 2)
        ):
            continue  # "anyone who complains": "who" stands for no one named
        if after_preposition(masked, m.start) and not (participle and not gap.strip()):
            continue
        words = gap.split()
        if all(w.lower().strip(",") in _ADVERB_OR_AUX or w.endswith("ly") for w in words) and (
            "," not in gap or participle
        ):
            if participle and "," in gap and idx > 0:
                # "Clinton had mocked the complaint, saying ...": the participle's subject is
                # the main clause's, not the object just before the comma.
                main = _clause_subject(masked, candidates, lo, cue_start)
                if main is not None:
                    return main
            return _resolve_who(candidates, idx)
        if gap.lstrip().startswith(",") and gap.rstrip().endswith(","):
            inner = gap.strip().strip(",")
            if "\x00" not in inner and _skippable(inner):
                return _resolve_who(candidates, idx)
        if (
            gap.strip() == ","
            and m.is_person_name
            and masked[max(0, m.start - 2) : m.start] == ", "
        ):
            # "The High Commissioner, Amal Noor, said": the name in apposition speaks.
            return m
        if re.match(r"^\s*,\s*$", gap) and m.kind is MentionKind.NOMINAL:
            continue
    bare = _BARE_PLURAL_BEFORE_RE.search(masked, max(lo, cue_start - 40), cue_start)
    if bare and not candidates_after(candidates, bare.end(1)):
        # "in which people say, “...”", "residents said": unnamed speakers, no determiner.
        return Mention(
            bare.start(1), bare.end(1), bare.group(1), MentionKind.NOMINAL, entity=EntityKind.PERSON
        )
    np = _GENERIC_NP_BEFORE_RE.search(masked, lo, cue_start)
    if np and not after_preposition(masked, np.start(1)):
        nominal = _nominal(masked, np.start(1), np.end(1))
        if nominal is not None:
            return nominal
    if participle or cue.lower() in {"described", "called", "dubbed", "labeled", "branded"}:
        # `X shared his disapproval, posting, "..."`: the subject of the main clause.
        for m in candidates:
            if m.possessive or after_preposition(masked, m.start):
                continue
            if m.kind is MentionKind.PRONOUN and m.text.lower() == "it":
                continue
            return m
    return None


_SHARED_SUBJECT_RE = re.compile(r"\b(?:and|but|then)\s+(?:later\s+|also\s+|then\s+)?$")


_BARE_PLURAL_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))((?:(?:[Ll]ocal|[Mm]any|[Ss]ome|[Oo]ther|[Mm]ost|[Ss]everal)\s+)?"
    r"(?:people|residents|officials|voters|witnesses|"
    r"protesters|fans|critics|supporters|parents|neighbors|neighbours|workers|students|experts|"
    r"analysts|doctors|lawmakers|activists|locals|passengers))(?:\s+who)?\s+(?:also\s+)?$"
)


def candidates_after(candidates: list[Mention], at: int) -> bool:
    return any(m.start >= at and m.text.lower() != "who" for m in candidates)


def _resolve_who(candidates: list[Mention], idx: int) -> Mention:
    m = candidates[idx]
    if m.kind is MentionKind.PRONOUN and m.text == "who" and idx > 0:
        return candidates[idx - 1]
    if (
        m.kind is MentionKind.NOMINAL
        and idx > 0
        and candidates[idx - 1].is_person_name
        and 0 <= m.start - candidates[idx - 1].end <= 2
    ):
        # "Omar Lamrani, a senior analyst at Stratfor, ... told": the name, not its description.
        return candidates[idx - 1]
    return m
