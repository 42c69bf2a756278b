"""The analysis entry point: quotes, speakers, sources and findings for a story's text.

Work happens in two layers so that the GUI can re-run analysis on every pause in typing:
the expensive reading of each block (mark pairing, mentions, cue verbs, sourcing patterns) is
cached by the block's own text, and a cheap linear pass then links blocks (multi-paragraph
quotes, continuation quotes) and resolves pronouns and surnames against the people introduced
earlier. Editing one paragraph therefore re-reads one paragraph.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from app.core import model
from app.core.analysis import checks, sourcing
from app.core.analysis.attribution import (
    LATER,
    PREVIOUS_SUBJECT,
    REPORTED_BEFORE,
    SUBJECT,
    LocalAttribution,
    attribute_block,
    document_owners,
    lead_in,
)
from app.core.analysis.cues import Scan
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
from app.core.analysis.sentences import (
    blank_parentheticals,
    mark_subjects,
    mask_quotes,
    sentence_starts,
)
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
    starts = sentence_starts(masked)
    mentions = mark_subjects(masked, find_mentions(masked), starts)
    scan = Scan(masked)
    attributions = attribute_block(block, found.spans, mentions, masked, scan, starts)
    # A title-case line ("Brandt Calls Ferry Cuts a 'Betrayal'") is a headline: its capitalised
    # verbs would glue onto names, and the body names its people again anyway.
    headline = _is_headline(block)
    return BlockAnalysis(
        lead_in=lead_in(block, found.spans, mentions, masked, scan, starts),
        people=tuple(
            m for m in mentions if _links(m) and not (headline and m.kind is MentionKind.NAME)
        ),
        documents=document_owners(masked, mentions, starts),
        quotes=found,
        attributions=tuple(attributions),
        mentions=tuple(mentions),
        sourcing=sourcing.read_block(block, masked, mentions),
        boilerplate=checks.find_boilerplate(block),
    )


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
    """Does the linking pass need this mention (a person, an organisation, a subject pronoun)?"""
    if mention.kind is MentionKind.PRONOUN:
        return mention.subject and mention.text.lower() in ("he", "she")
    if mention.kind is MentionKind.NOMINAL:
        if mention.entity is EntityKind.PERSON:
            # "one mother": a later "she" may mean her; "two pilots" as a subject: "they"
            return bool(noun_gender(mention.text)) or mention.subject
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
    whole_block: bool = False
    """The quote is its paragraph, nothing else: a pull quote if its words come again."""


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
    pull_candidates: set[int] = set()  # quotes standing alone in their paragraph, unattributed
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
            for issuer, document in ba.documents:
                resolver.issued(issuer.shifted(offset), document, index)
            if pending is not None:
                quote, last_speaker = _finish(text, pending, resolver, last_speaker, unresolved)
                quotes.append(quote)
                strays.append(pending.mark_start)
                pending = None
            previous_lead = _shifted_lead(ba.lead_in, offset)
            continue
        events = _merge_events(ba.people, spans, ba.documents)
        if pending is not None and not (
            spans
            and ba.quotes.opens_with_mark
            and _same_style(text[pending.mark_start], block[spans[0].mark_start])
        ):
            # Left open and not re-opened: a stray mark. Keep the words as a doubtful quote.
            quote, last_speaker = _finish(text, pending, resolver, last_speaker, unresolved)
            quotes.append(quote)
            strays.append(pending.mark_start)
            pending = None
        for kind, idx in events:
            if kind == "m":
                resolver.observe(ba.people[idx], index)
                continue
            if kind == "d":
                issuer, document = ba.documents[idx]
                resolver.issued(issuer.shifted(offset), document, index)
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
                whole_block=len(spans) == 1
                and not block[: span.mark_start].strip()
                and not block[span.mark_end :].strip(),
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
            # A quote that is a sentence of its own (“Please.” after “..., ” he said.) is
            # speech, whatever its capitals.
            sentence = fragment.attribution.inherit and words.rstrip()[-1:] in ".!?…"
            if weak and (
                (_looks_like_title(words) and not sentence)
                or repeated
                or _modifies_noun(text, fragment.start, fragment.end)
            ):
                # "movies from Pixar, “Star Wars” and “Bambi”": title-case words nobody is said
                # to have said are a title; a slogan quoted again is still a slogan.
                not_speech.add(norm)
                continue
            quote, last_speaker = _finish(text, fragment, resolver, last_speaker, unresolved)
            if quote.speaker is None and _is_scare_quote(quote.text):
                continue
            if fragment.whole_block and (
                fragment.attribution.mention is None or fragment.attribution.rule == REPORTED_BEFORE
            ):
                if quote.text.rstrip()[-1:] not in _SENTENCE_END:
                    # A paragraph that is only a quote, not a sentence, said by no one: a pull
                    # quote or a display line (“… keep the night boat running”).
                    continue
                pull_candidates.add(len(quotes))
            quotes.append(quote)
        previous_lead = _shifted_lead(ba.lead_in, offset)
    if pending is not None:
        strays.append(pending.mark_start)
        quote, last_speaker = _finish(text, pending, resolver, last_speaker, unresolved)
        quotes.append(quote)
    if pull_candidates:
        quotes = _without_pull_quotes(quotes, pull_candidates)
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


def _same_style(opening: str, reopening: str) -> bool:
    """A quote left open re-opens with the same kind of mark: a straight-quoted paragraph is not
    continued by a curly-quoted one (a blockquote's own quotes inside it)."""
    straight = {opening == '"', reopening == '"'}
    curly = {opening in "“”", reopening in "“”"}
    return not (straight == {True, False} and curly == {True, False})


def _merge_events(
    mentions: tuple[Mention, ...],
    spans: Sequence[object],
    documents: tuple[tuple[Mention, str], ...] = (),
) -> list[tuple[str, int]]:
    """Mentions, quotes and issued documents of a block in reading order (a quote sorts at its
    opening mark, a document at its issuer)."""
    events = [(m.start, 1, "m", i) for i, m in enumerate(mentions)]
    events += [(s.mark_start, 0, "q", i) for i, s in enumerate(spans)]  # type: ignore[attr-defined]
    events += [(m.end, 2, "d", i) for i, (m, _) in enumerate(documents)]
    events.sort()
    return [(kind, idx) for _, _, kind, idx in events]


_SENTENCE_END = frozenset(".!?…,;:—–-)]'’\"”")


def _without_pull_quotes(quotes: list[model.Quote], candidates: set[int]) -> list[model.Quote]:
    """Drop pull quotes: a paragraph that is nothing but an unattributed quote whose words all
    come again inside another quote of the story is a display element, not another quote.

    Word 4-grams of the other quotes are counted once, so the check stays linear.
    """
    seen: set[tuple[str, ...]] = set()
    for i, quote in enumerate(quotes):
        if i not in candidates:
            seen.update(_grams(quote.text))
    kept = []
    for i, quote in enumerate(quotes):
        grams = _grams(quote.text) if i in candidates else []
        if grams and all(g in seen for g in grams):
            continue
        kept.append(quote)
    return kept


def _grams(text: str, n: int = 4) -> list[tuple[str, ...]]:
    words = _WORD_RE.findall(text.lower().replace("’", "'"))
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def _shifted_lead(lead: LocalAttribution | None, offset: int) -> LocalAttribution | None:
    if lead is None or lead.mention is None:
        return None
    return replace(lead, mention=lead.mention.shifted(offset))


# Readings that name no speech verb: a quote found only this way may be a title or a term.
_WEAK_RULES = frozenset({"", SUBJECT, PREVIOUS_SUBJECT, LATER})


def _norm(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower().replace("’", "'")))


_MODIFIED_RE = re.compile(r"(?:''|[\"”’'])\s([a-z][a-z-]+)\b")
_NOT_A_NOUN = frozenset(
    """the a an and or but nor of to in on at by for from with as than that which who is are was
    were be been has have had will would can could should may might must do does did not no so
    if then when while because about into onto over under after before since until like per
    via its his her their our my your this these those it he she they we i you""".split()
)


def _modifies_noun(text: str, start: int, end: int) -> bool:
    """“miracle” paint, “business” profiles: one quoted word before a noun, nobody's speech."""
    words = text[start:end]
    if not words.isalpha() or not words.islower():
        return False
    after = _MODIFIED_RE.match(text, end, end + 40)
    return (
        after is not None
        and after.group(1) not in _NOT_A_NOUN
        and not after.group(1).endswith("ly")
    )


def _looks_like_title(text: str) -> bool:
    words = _WORD_RE.findall(text)
    return (
        0 < len(words) <= 12
        and is_title_case(words)
        and text.rstrip()[-1:] not in "!?"
        and not (
            len(words) <= 4
            and any(w.lower().split("'")[0].split("’")[0] in _SPEAKING for w in words)
        )
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
        once = mention.kind is MentionKind.NAME and resolver.named_once(mention.name)
        found = resolver.resolve(mention, fragment.block_index)
        if (
            local.rule == SUBJECT
            and once
            and not found.introduced
            and _is_scare_quote(text[fragment.start : fragment.end])
        ):
            # "Sparks like these are giving “early warnings”": a word or two with no verb of
            # saying and a subject nobody introduced is no one's quote.
            found = None
        speaker = found.name if found else None
        if found is None:
            speaker_mention = None
        elif not found.introduced:
            unresolved.append(mention)
        reason = _reason(speaker_mention, speaker, found.reason, local.rule) if found else None
    elif local.inherit and last_speaker[0] and fragment.block_index - last_speaker[2] <= 2:
        # Carries on the previous speaker's words: same speaker, same mention.
        speaker, speaker_mention = last_speaker[0], last_speaker[1]
        confidence = 0.6
        reason = f"{speaker}: continues the quote before, nobody else named"
    if speaker is not None:
        resolver.spoke(speaker, fragment.block_index)
        if local.venue and mention is not None:
            # "Calder Town said in a statement: ...": a later "the statement said" is theirs.
            resolver.issued_by_name(speaker, local.venue.split()[-1], fragment.block_index)
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
