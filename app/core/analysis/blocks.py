"""Reading one paragraph on its own: the cached unit of analysis.

Everything that needs only the paragraph (mark pairing, mentions, cue verbs, attributions,
sourcing patterns, boilerplate) is read here once and kept in an AnalysisCache keyed by the
paragraph's text, so that re-analysing a story after an edit re-reads only what changed.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.core.analysis import checks, sourcing
from app.core.analysis.asides import address_town
from app.core.analysis.attribution import attribute_block, document_owners
from app.core.analysis.attribution_rules import LocalAttribution
from app.core.analysis.credits import is_credit_paragraph, parse_byline
from app.core.analysis.cues import Scan
from app.core.analysis.entities import (
    DOCUMENT,
    ORGANISATION,
    PERSON,
    PLACE,
    UNKNOWN,
    noun_gender,
    surname_like_place,
)
from app.core.analysis.first_names import is_first_name
from app.core.analysis.lead_ins import SPEAKER_HEADING, lead_in
from app.core.analysis.masking import blank_parentheticals, mask_quotes
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention, find_mentions, reread_after_quotes
from app.core.analysis.phrase_owners import named_inside, possessive_person
from app.core.analysis.quotes import _WORD_RE, BlockQuotes, is_title_case, scan_block
from app.core.analysis.sentence_bounds import sentence_starts, starts_after_quotes
from app.core.analysis.sentences import mark_subjects
from app.core.analysis.they_them import mark_singular_they
from app.core.fastinit import fast_init


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class BlockAnalysis:
    """Everything learned from one block on its own; offsets are local to the block."""

    quotes: BlockQuotes
    attributions: tuple[LocalAttribution, ...]
    mentions: tuple[Mention, ...]
    sourcing: sourcing.BlockSourcing
    boilerplate: tuple[checks.BoilerplateHit, ...]
    lead_in: LocalAttribution | None = None
    people: tuple[Mention, ...] = ()
    """The mentions the linking pass needs: people and organisations named outside quotes, and
    "he"/"she" as a sentence's subject."""
    documents: tuple[tuple[Mention, str], ...] = ()
    """Who issued a document here ("Calder Records issued a statement"), for a later "the
    statement said"."""


class AnalysisCache:
    """Per-block results kept between calls (the GUI holds one per open story).

    Keyed by the block's text and the text's quoting style; bounded so a long session cannot
    grow it without limit (oldest entries go first).
    """

    def __init__(self, max_blocks: int = 20_000) -> None:
        self._blocks: OrderedDict[tuple[str, bool], BlockAnalysis] = OrderedDict()
        self._max = max_blocks
        self.hits = 0
        self.misses = 0

    def get(
        self, block: str, double: bool, read: dict[str, BlockAnalysis] | None = None
    ) -> BlockAnalysis:
        """The block's analysis, from the cache or read now (from `read` when it is there)."""
        key = (block, double)
        found = self._blocks.get(key)
        if found is not None:
            self.hits += 1
            self._blocks.move_to_end(key)
            return found
        self.misses += 1
        result = read.get(block) if read is not None else None
        if result is None:
            result = analyze_block(block, double=double)
        self._blocks[key] = result
        if len(self._blocks) > self._max:
            self._blocks.popitem(last=False)
        return result

    def get_all(self, blocks: Sequence[str], double: bool) -> list[BlockAnalysis]:
        """Every block's analysis, as `get` one after another would give them (the same hits,
        misses and cache), with the blocks not cached yet read together by analyze_blocks."""
        new = list(dict.fromkeys(b for b in blocks if (b, double) not in self._blocks))
        read = dict(zip(new, analyze_blocks(new, double=double), strict=True))
        return [self.get(block, double, read) for block in blocks]

    def __len__(self) -> int:
        return len(self._blocks)


def analyze_block(block: str, *, double: bool = True) -> BlockAnalysis:
    """Read one block on its own (the cached unit)."""
    return analyze_blocks([block], double=double)[0]


def analyze_blocks(blocks: Sequence[str], *, double: bool = True) -> list[BlockAnalysis]:
    """Read each block on its own, every step over all the blocks before the next step.

    Each block's reading is the one analyze_block gives; taking the steps in turn over the
    whole story rather than block by block keeps each step's code and patterns hot in the
    processor's caches, which reads a long story about a third faster (speed).
    """
    # No-break spaces read as spaces: pasted web copy puts them between a title and a name
    # ("Gov.\u00a0Ana Ruiz") or before a verb, where every pattern expects a plain space.
    # One character for one, so every offset stays the block's own.
    texts = [
        block.translate(_PLAIN_SPACES) if _has_odd_spaces(block) else block for block in blocks
    ]
    found = [scan_block(block, double=double) for block in texts]
    masked = [
        blank_parentheticals(mask_quotes(block, f.spans, f.inches))
        for block, f in zip(texts, found, strict=True)
    ]
    starts = [sentence_starts(m) for m in masked]
    after_quotes = [
        starts_after_quotes(block, m, s) for block, m, s in zip(texts, masked, starts, strict=True)
    ]
    mentions = [
        reread_after_quotes(m, find_mentions(m, linked=True), s, a)
        for m, s, a in zip(masked, starts, after_quotes, strict=True)
    ]
    mentions = [
        _address_towns(m, mark_singular_they(block, mark_subjects(m, found_mentions, a)))
        for block, m, a, found_mentions in zip(texts, masked, after_quotes, mentions, strict=True)
    ]
    # Without quotes only the last sentence's cues are asked for (lead_in): read from there.
    scans = [
        Scan(m) if f.spans else Scan(m, s[-1])
        for m, f, s in zip(masked, found, starts, strict=True)
    ]
    attributions = [
        attribute_block(block, f.spans, ms, m, scan, s)
        for block, f, ms, m, scan, s in zip(
            texts, found, mentions, masked, scans, starts, strict=True
        )
    ]
    lead_ins = [
        lead_in(block, f.spans, ms, m, scan, s)
        for block, f, ms, m, scan, s in zip(
            texts, found, mentions, masked, scans, starts, strict=True
        )
    ]
    # A title-case line ("Brandt Calls Ferry Cuts a 'Betrayal'") is a headline: its capitalised
    # verbs would glue onto names, and the body names its people again anyway.
    headlines = [_is_headline(block) for block in texts]
    people = [
        ()
        if not f.spans and is_credit_paragraph(block)
        # "TOM VELL – HARBOUR MINISTER" over his quotes: a heading, but the person it names is
        # the one a later "Vell said" means
        else (lead.mention,)
        if lead is not None and lead.rule == SPEAKER_HEADING
        else _linked_people(ms, mk, headline, block)
        for block, f, ms, mk, headline, lead in zip(
            texts, found, mentions, masked, headlines, lead_ins, strict=True
        )
    ]
    documents = [
        document_owners(m, ms, s) for m, ms, s in zip(masked, mentions, starts, strict=True)
    ]
    sources = [
        sourcing.read_block(b, m, ms) for b, m, ms in zip(texts, masked, mentions, strict=True)
    ]
    boilerplate = [checks.find_boilerplate(block) for block in texts]
    return [
        BlockAnalysis(
            lead_in=lead_ins[i],
            people=people[i],
            documents=documents[i],
            quotes=found[i],
            attributions=tuple(attributions[i]),
            mentions=tuple(mentions[i]),
            sourcing=sources[i],
            boilerplate=boilerplate[i],
        )
        for i in range(len(texts))
    ]


# A person the sentence says died: "A five-year-old boy died in the crash", "a man was killed",
# "Police said a woman was among the dead", "John Hale, 45, was pronounced dead at the scene".
_DIED_AFTER_RE = re.compile(
    r"(?:,[^,.;:\x00]{1,60},)?\s+(?:(?:was|were|had\s+been|has\s+been|is)\s+)?"
    # "killed" only in the passive: "A farmer killed a fox" is the farmer's deed, not his death
    r"(?:(?:found|pronounced|declared|confirmed)\s+dead|(?<=was\s)killed|(?<=were\s)killed|"
    r"(?<=been\s)killed|among\s+the\s+dead|died|drowned)\b"
)


# "Ana Lima/Metro Desk:" opening a paragraph: a byline set off by a slash, the cue left out,
# before the copy (the name and the desk, then a colon)
_SLASH_CREDIT_RE = re.compile(r"([A-Z][^/:.!?\n]{2,40})/([A-Z][^/:.!?\n]{1,40}):")


# A desk's words beside the writer's name: "Metro Desk", "Kyiv Bureau", "Crown Court Section"
_DESK_SIDE_RE = re.compile(
    r"\b(?:desk|bureau|court|section|staff|team|newsroom|news|service|wires?|agency|"
    r"correspondent|reporter|editor|writer|report|room)s?\b",
    re.IGNORECASE,
)


def _person_name(side: str) -> bool:
    """Is one side of a slash a person's name ("Ana Ruiz"): two or three capitalised words
    opening with a known first name and holding no desk's word?"""
    words = side.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and is_first_name(words[0])
        and _DESK_SIDE_RE.search(side) is None
    )


def _credit_prefix_end(block: str) -> int:
    """Where a slash byline opening the paragraph ends ("Ana Lima/Metro Desk: Crowds ..."),
    else 0: the writer it names is no one the copy after it is about."""
    if "/" not in block[:84]:
        return 0  # cheap test first: most paragraphs hold no slash near the start (speed)
    match = _SLASH_CREDIT_RE.match(block)
    if match is None or " " not in match.group(1).strip():
        return 0
    if _person_name(match.group(1)) and _person_name(match.group(2)):
        return 0  # "Tom Vell/Ana Ruiz: the pair opened ...": two people the copy is about
    credits = parse_byline(match.group(0)[:-1])
    return match.end() if credits and " " in credits[0].name else 0


def _address_towns(masked: str, found: list[Mention]) -> list[Mention]:
    """ "People in Elm Close, Hove, said", "A resident of Walney, Cumbria, said": the town or
    county that closes an address is a place, no one who may speak (asides.address_town)."""
    out = found
    for i, m in enumerate(found):
        if (
            m.kind is NAME
            and masked[m.start - 2 : m.start] == ", "  # cheap tests first (speed)
            and not m.possessive
            and m.entity in (UNKNOWN, PERSON)
            and address_town(masked, m.start)
        ):
            if out is found:
                out = list(found)  # a copy only when a town is found: most paragraphs have none
            out[i] = m.flagged(entity=PLACE)
    return out


def _linked_people(
    found: list[Mention], masked: str, headline: bool, block: str
) -> tuple[Mention, ...]:
    """The mentions the linking pass reads, each as _as_linked reads it. Whether a paragraph
    cites someone or says someone died is asked once, not once a mention: most say neither
    (speed)."""
    people = [m for m in found if _links(m) and not (headline and m.kind is NAME)]
    if " a man" in masked or " a woman" in masked or " someone" in masked:  # (speed)
        people = [m for m in people if not _figurative(m, masked)]
    after = _credit_prefix_end(block)
    if after:
        people = [m for m in people if m.start >= after]
    if "according to " in masked or "For " in masked or any(w in masked for w in _DIED_WORDS):
        people = [_as_linked(m, masked) for m in people]
    return tuple(people)


_DIED_WORDS = ("died", "dead", "killed", "drowned")

# "read it aloud with the air of a man producing a trump card", "grinned like a woman who had
# won": a likeness, nobody in the story, whom no later "he" or "she" may mean.
_LIKENESS_BEFORE_RE = re.compile(
    r"(?:\b(?:air|look|manner|demeanou?r|bearing|swagger|confidence|tone|smile|grin|face|"
    r"voice|calm|patience)[ \u00a0]+of|\blike|\bas[ \u00a0]+if|\bas[ \u00a0]+though)"
    r"[ \u00a0]+$"
)


def _figurative(m: Mention, masked: str) -> bool:
    """Is `m` an indefinite person in a likeness ("the air of a man producing a trump card")?"""
    return (
        m.kind is NOMINAL
        and m.entity is PERSON
        and m.text.lower().startswith(("a ", "an ", "someone"))
        and _LIKENESS_BEFORE_RE.search(masked, max(0, m.start - 24), m.start) is not None
    )


def _as_linked(m: Mention, masked: str) -> Mention:
    """A mention as the linking pass reads it: a victim is no subject (_as_victim); a person
    cited as the source of the sentence ("…, according to Tom Vell, the depot manager.") is
    one, as the subject of "Tom Vell said …" would be: the next "He said:" is his, not the
    speaker of the quote before."""
    if (
        m.kind is NAME
        and not m.subject
        # a person's name, known as one or of two words or more ("according to Acme" is left)
        and (m.entity is PERSON or (m.entity is UNKNOWN and " " in m.name))
        and masked[max(0, m.start - 13) : m.start].lower() == "according to "
    ):
        return m.flagged(subject=True)
    if (
        m.kind is NAME
        and not m.subject
        and m.entity in (PERSON, UNKNOWN)
        and masked[m.end : m.end + 1] == ","
        and masked[max(0, m.start - 4) : m.start] == "For "
        and masked[max(0, m.start - 6) : m.start - 4] in ("", ". ", "\n", "? ", "! ")
    ):
        # "For Benitez, the tap meant time to act. She took ...": the person a sentence opens
        # on is its topic, whom the next "she" means, as the subject would be
        return m.flagged(subject=True)
    return _as_victim(m, masked)


def _as_victim(m: Mention, masked: str) -> Mention:
    """An unnamed person a crash or crime report says died is no one the next "he" or "she"
    may mean: "Superintendent Ana Ruiz spoke of the crash. A five-year-old boy died in it.
    “…,” she said" is Ruiz's quote, not the boy's. (A named one is left to the resolver, which
    already weighs what a newcomer's news does to who speaks next.)"""
    if m.kind is not NOMINAL or m.entity is not PERSON:
        return m
    if "d" not in masked[m.end : m.end + 90]:  # every pattern's words hold a "d" (speed)
        return m
    if not _DIED_AFTER_RE.match(masked, m.end):
        return m
    # met as a description that brings in no one of its own (as one set beside a name is), so
    # no later "he" is taken to mean him
    return m.flagged(subject=False, apposed=True)


def _has_odd_spaces(block: str) -> bool:
    """Does the block hold a no-break space of _PLAIN_SPACES? Three `in` tests: a character
    class search calls the regex engine's set test at every character, several times the cost
    (speed)."""
    return "\u00a0" in block or "\u2007" in block or "\u202f" in block


_PLAIN_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " "}


def _is_headline(block: str) -> bool:
    if len(block) > 240:
        return False
    parts = block.split()
    if len(parts) < 4 or any(
        w[:1].islower() and w not in _SMALL_HEADLINE_WORDS for w in parts
    ):  # cheap test first: most paragraphs have a lower-case word that is not "of" or "the"
        return False
    words = [w for w in _WORD_RE.findall(block) if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 25 or block.rstrip()[-1:] in ",;:":
        return False
    if any(ch in block.rstrip()[:-1] for ch in ".!?"):
        # one sentence at most (a final period is allowed, initials and abbreviations too)
        inner = block.rstrip()[:-1]
        if any(ch in inner for ch in "!?") or re.search(r"[a-z]{3,}\.\s", inner):
            return False
    return is_title_case(words)


_SMALL_HEADLINE_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via nor per if".split()
)


def _links(mention: Mention) -> bool:
    """Does the linking pass need this mention (a person, an organisation, a subject pronoun,
    a document as a subject)?"""
    if mention.kind is PRONOUN:
        # ... or the "she" a verb of saying reports ("A vendor said she hid"): it gives the
        # subject a gender
        return (mention.subject or mention.reported) and mention.text.lower() in ("he", "she")
    if mention.kind is NOMINAL:
        if named_inside(mention.text) or possessive_person(mention.text):
            # "Fans of Millwall Rovers", "Eve Hart’s lawyer": someone inside is named
            return True
        if mention.entity is PERSON:
            # "one mother": a later "she" may mean her; "two pilots" as a subject: "they"
            # "one of the sources said": a later "the source" may mean them
            return (
                bool(noun_gender(mention.text))
                or mention.subject
                or mention.text.startswith(("one of ", "One of ", "another of ", "Another of "))
            )
        # "The inspector's report was published": a later "“…,” it said" may quote it
        return mention.subject and mention.entity in (ORGANISATION, DOCUMENT)
    return mention.kind is NAME and (
        mention.is_person_name
        or mention.entity is ORGANISATION
        # "Ashford Town have parted company ...": a later "the club" may be it
        or (mention.subject and mention.entity is PLACE)
        # "Chidi Hall" may be a person a later "Mr Hall" shows
        or (mention.entity is PLACE and surname_like_place(mention.name))
    )


def iter_blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every non-blank line: each line is a paragraph to the engine."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1
