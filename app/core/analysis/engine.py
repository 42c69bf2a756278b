"""The analysis entry point: quotes, speakers, sources and findings for a story's text.

Work happens in two layers so that the GUI can re-run analysis on every pause in typing:
the expensive reading of each block (mark pairing, mentions, cue verbs, sourcing patterns) is
cached by the block's own text, and a cheap linear pass then links blocks (multi-paragraph
quotes, continuation quotes) and resolves pronouns and surnames against the people introduced
earlier. Editing one paragraph therefore re-reads one paragraph.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from app.core import model
from app.core.analysis import checks, sourcing
from app.core.analysis.attribution import (
    LATER,
    PREVIOUS_SUBJECT,
    SUBJECT,
    LocalAttribution,
    attribute_block,
    lead_in,
)
from app.core.analysis.entities import EntityKind, noun_gender
from app.core.analysis.mentions import Mention, MentionKind, find_mentions
from app.core.analysis.quotes import (
    _WORD_RE,
    BlockQuotes,
    QuoteKind,
    is_title_case,
    scan_block,
    uses_double_marks,
)
from app.core.analysis.resolution import Resolver
from app.core.analysis.sentences import blank_parentheticals, mark_subjects, mask_quotes
from app.core.analysis.sourcing import AnonymousSourcing, InstitutionalSource, NamedSource


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

    def get(self, block: str, double: bool) -> BlockAnalysis:
        key = (block, double)
        found = self._blocks.get(key)
        if found is not None:
            self.hits += 1
            self._blocks.move_to_end(key)
            return found
        self.misses += 1
        result = analyze_block(block, double=double)
        self._blocks[key] = result
        if len(self._blocks) > self._max:
            self._blocks.popitem(last=False)
        return result

    def __len__(self) -> int:
        return len(self._blocks)


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of `analyze`: what the sidebar shows and what `copydesk analyze` prints."""

    quotes: tuple[model.Quote, ...] = ()
    sources: tuple[model.Source, ...] = ()
    institutional_sources: tuple[InstitutionalSource, ...] = ()
    anonymous_sourcing: tuple[AnonymousSourcing, ...] = ()
    findings: tuple[model.Finding, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The analysis keys of one `copydesk analyze --jsonl` line."""
        return {
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_mention": q.speaker_mention,
                    "speaker_reason": q.speaker_reason,
                    "cue": q.cue,
                    "venue": q.venue,
                    "start": q.start,
                    "end": q.end,
                    "confidence": round(q.confidence, 2),
                }
                for q in self.quotes
            ],
            "sources": [
                {
                    "name": s.name,
                    "title": s.title,
                    "description": s.description,
                    "anonymous": s.anonymous,
                }
                for s in self.sources
            ],
            "institutional_sources": [s.text for s in self.institutional_sources],
            "anonymous_sourcing": [a.to_json() for a in self.anonymous_sourcing],
            "findings": [f.to_json() for f in self.findings],
        }


def analyze_block(block: str, *, double: bool = True) -> BlockAnalysis:
    """Read one block on its own (the cached unit)."""
    found = scan_block(block, double=double)
    masked = blank_parentheticals(mask_quotes(block, found.spans))
    mentions = mark_subjects(masked, find_mentions(masked))
    attributions = attribute_block(block, found.spans, mentions)
    return BlockAnalysis(
        lead_in=lead_in(block, found.spans, mentions),
        people=tuple(m for m in mentions if _links(m)),
        quotes=found,
        attributions=tuple(attributions),
        mentions=tuple(mentions),
        sourcing=sourcing.read_block(block, masked, mentions),
        boilerplate=checks.find_boilerplate(block),
    )


def _links(mention: Mention) -> bool:
    """Does the linking pass need this mention (a person, an organisation, a subject pronoun)?"""
    if mention.kind is MentionKind.PRONOUN:
        return mention.subject and mention.text.lower() in ("he", "she")
    if mention.kind is MentionKind.NOMINAL:
        if mention.entity is EntityKind.PERSON:
            return bool(noun_gender(mention.text))  # "one mother": a later "she" may mean her
        return mention.subject and mention.entity is EntityKind.ORGANISATION
    return mention.kind is MentionKind.NAME and (
        mention.is_person_name or mention.entity is EntityKind.ORGANISATION
    )


def iter_blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every non-blank line: each line is a paragraph to the engine."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


@dataclass(slots=True)
class _Fragment:
    """A quote being assembled, maybe over several paragraphs."""

    start: int
    end: int
    attribution: LocalAttribution
    unclosed: bool
    block_index: int
    mark_start: int


def analyze(
    text: str,
    *,
    credits: Sequence[model.Credit] = (),
    cache: AnalysisCache | None = None,
) -> Analysis:
    """Analyse a story's text: quotes with speakers, sources, and findings.

    Offsets are code points into `text` exactly as given. Pass the same `cache` on every call
    for a story being edited: only changed paragraphs are read again.
    """
    cache = cache if cache is not None else AnalysisCache()
    double = uses_double_marks(text)
    blocks = [(offset, line, cache.get(line, double)) for offset, line in iter_blocks(text)]
    resolver = Resolver()
    quotes: list[model.Quote] = []
    strays: list[int] = []
    named: list[NamedSource] = []
    anonymous: list[AnonymousSourcing] = []
    institutional: list[InstitutionalSource] = []
    boilerplate: list[checks.BoilerplateHit] = []
    unresolved: list[Mention] = []
    pending: _Fragment | None = None
    last_speaker: tuple[str | None, str | None, int] = (None, None, -10)
    previous_lead: LocalAttribution | None = None
    not_speech: set[str] = set()  # titles, terms and slogans met so far, normalised
    for index, (offset, block, ba) in enumerate(blocks):
        spans = ba.quotes.spans
        if ba.quotes.strays:
            strays.extend(offset + s for s in ba.quotes.strays)
        found = ba.sourcing
        if found.named:
            named.extend(n.shifted(offset) for n in found.named)
        if found.anonymous:
            anonymous.extend(a.shifted(offset) for a in found.anonymous)
        if found.institutional:
            institutional.extend(i.shifted(offset) for i in found.institutional)
        if ba.boilerplate:
            boilerplate.extend(b.shifted(offset) for b in ba.boilerplate)
        if not spans:
            # No quote in this paragraph: only the people it mentions matter downstream.
            for mention in ba.people:
                resolver.observe(mention, index)
            if pending is not None:
                quote, last_speaker = _finish(text, pending, resolver, last_speaker, unresolved)
                quotes.append(quote)
                strays.append(pending.mark_start)
                pending = None
            previous_lead = _shifted_lead(ba.lead_in, offset)
            continue
        events = _merge_events(ba.people, spans)
        if pending is not None and not (spans and ba.quotes.opens_with_mark):
            # Left open and not re-opened: a stray mark. Keep the words as a doubtful quote.
            quote, last_speaker = _finish(text, pending, resolver, last_speaker, unresolved)
            quotes.append(quote)
            strays.append(pending.mark_start)
            pending = None
        for kind, idx in events:
            if kind == "m":
                resolver.observe(ba.people[idx], index)
                continue
            span = spans[idx]
            if span.kind is not QuoteKind.QUOTE:
                not_speech.add(_norm(block[span.start : span.end]))
                continue
            local = ba.attributions[idx]
            if local.mention is not None:
                local = replace(local, mention=local.mention.shifted(offset))
            elif idx == 0 and local.inherit and previous_lead is not None:
                local = previous_lead
            fragment = _Fragment(
                offset + span.start,
                offset + span.end,
                local,
                span.unclosed,
                index,
                offset + span.mark_start,
            )
            if pending is not None and idx == 0:
                # The paragraph re-opens the quote the previous one left open.
                fragment.start = pending.start
                fragment.mark_start = pending.mark_start
                # The attribution read with more confidence wins; on a tie the one that
                # introduced the quote ("Pompeo said the release “...", then more paragraphs).
                earlier = pending.attribution
                if local.mention is None or (
                    earlier.mention is not None and earlier.confidence >= local.confidence
                ):
                    fragment.attribution = earlier
                pending = None
            if span.unclosed:
                pending = fragment
                continue
            words = text[fragment.start : fragment.end]
            weak = fragment.attribution.rule in _WEAK_RULES
            norm = _norm(words)
            repeated = norm in not_speech and " " in norm  # one word may be both
            if weak and (_looks_like_title(words) or repeated):
                # "movies from Pixar, “Star Wars” and “Bambi”": title-case words nobody is said
                # to have said are a title; a slogan quoted again is still a slogan.
                not_speech.add(norm)
                continue
            quote, last_speaker = _finish(text, fragment, resolver, last_speaker, unresolved)
            if quote.speaker is None and _is_scare_quote(quote.text):
                continue
            quotes.append(quote)
        previous_lead = _shifted_lead(ba.lead_in, offset)
    if pending is not None:
        strays.append(pending.mark_start)
        quote, last_speaker = _finish(text, pending, resolver, last_speaker, unresolved)
        quotes.append(quote)
    sources = sourcing.collect_sources(named, quotes, resolver)
    # "Speaker not introduced" only for someone known to be a person (an honorific, a title, a
    # "he" or "she" for them): a bare word may as well be a club or a company.
    unresolved = [m for m in unresolved if resolver.surely_a_person(m.name)]
    findings = checks.run_checks(
        text,
        quotes=quotes,
        strays=strays,
        unresolved=unresolved,
        boilerplate=boilerplate,
        anonymous=anonymous,
        credits=credits,
    )
    return Analysis(
        quotes=tuple(quotes),
        sources=tuple(sources),
        institutional_sources=tuple(institutional),
        anonymous_sourcing=tuple(anonymous),
        findings=tuple(findings),
    )


def _merge_events(mentions: tuple[Mention, ...], spans: Sequence[object]) -> list[tuple[str, int]]:
    """Mentions and quotes of a block in reading order (a quote sorts at its opening mark)."""
    events = [(m.start, 1, "m", i) for i, m in enumerate(mentions)]
    events += [(s.mark_start, 0, "q", i) for i, s in enumerate(spans)]  # type: ignore[attr-defined]
    events.sort()
    return [(kind, idx) for _, _, kind, idx in events]


def _shifted_lead(lead: LocalAttribution | None, offset: int) -> LocalAttribution | None:
    if lead is None or lead.mention is None:
        return None
    return replace(lead, mention=lead.mention.shifted(offset))


# Readings that name no speech verb: a quote found only this way may be a title or a term.
_WEAK_RULES = frozenset({"", SUBJECT, PREVIOUS_SUBJECT, LATER})


def _norm(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower().replace("’", "'")))


def _looks_like_title(text: str) -> bool:
    words = _WORD_RE.findall(text)
    return (
        0 < len(words) <= 12
        and is_title_case(words)
        and text.rstrip()[-1:] not in "!?"
        and not any(w.lower().split("'")[0].split("’")[0] in _SPEAKING for w in words)
    )


# Words of someone talking, not of a title: "We're America." is a chant, not a film.
_SPEAKING = frozenset("i we you me us my our your i'm we're".split())


def _is_scare_quote(text: str) -> bool:
    """A short quoted term nobody is said to have said: scare quotes, not a quotation."""
    words = text.split()
    return len(words) <= 4 and not (text[:1].isupper() and text.rstrip()[-1:] in ".!?")


def _finish(
    text: str,
    fragment: _Fragment,
    resolver: Resolver,
    last_speaker: tuple[str | None, str | None, int],
    unresolved: list[Mention],
) -> tuple[model.Quote, tuple[str | None, str | None, int]]:
    """Resolve a quote's speaker and build the model.Quote."""
    local = fragment.attribution
    mention = local.mention
    speaker: str | None = None
    speaker_mention: str | None = None
    confidence = local.confidence
    if fragment.unclosed:
        confidence *= 0.5
    reason: str | None = None
    if mention is not None:
        speaker_mention = mention.text
        found = resolver.resolve(mention, fragment.block_index)
        speaker = found.name
        if not found.introduced:
            unresolved.append(mention)
        reason = _reason(speaker_mention, speaker, found.reason, local.rule)
    elif local.inherit and last_speaker[0] and fragment.block_index - last_speaker[2] <= 2:
        # Carries on the previous speaker's words: same speaker, same mention.
        speaker, speaker_mention = last_speaker[0], last_speaker[1]
        confidence = 0.6
        reason = f"{speaker}: continues the quote before, nobody else named"
    if speaker is not None:
        resolver.spoke(speaker, fragment.block_index)
        last_speaker = (speaker, speaker_mention, fragment.block_index)
    start, end = fragment.start, fragment.end
    while start < end and text[start].isspace():
        start += 1
    quote = model.Quote(
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker,
        speaker_mention=speaker_mention,
        speaker_reason=reason,
        cue=local.cue,
        venue=local.venue,
        confidence=confidence if speaker else min(confidence, 0.3),
    )
    return quote, last_speaker


def _reason(mention: str, speaker: str, resolution: str, rule: str) -> str:
    """ "he → Ana Lopez: speaker of the quote before, gender agrees; speech verb right after the
    quote" — the mention, what it resolved to, and the two rules that chose it."""
    how = f"{resolution}; {rule}" if rule else resolution
    if mention == speaker:
        return f"“{mention}”: {how}"
    return f"{mention} → {speaker}: {how}"


__all__ = [
    "Analysis",
    "AnalysisCache",
    "AnonymousSourcing",
    "InstitutionalSource",
    "analyze",
    "analyze_block",
]
