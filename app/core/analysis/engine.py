"""The analysis entry point: quotes, speakers, sources and findings for a story's text.

Work happens in two layers so that the GUI can re-run analysis on every pause in typing:
the expensive reading of each block (mark pairing, mentions, cue verbs, sourcing patterns) is
cached by the block's own text, and a cheap linear pass then links blocks (multi-paragraph
quotes, continuation quotes) and resolves pronouns and surnames against the people introduced
earlier. Editing one paragraph therefore re-reads one paragraph.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass

from app.core import model
from app.core.analysis import (
    checks,
    cries,
    echoes,
    generations,
    list_items,
    speaker_confidence,
    speech,
)
from app.core.analysis.anonymous_sources import AnonymousSourcing
from app.core.analysis.attribution_rules import (
    DASH,
    HEARD,
    REPLY,
    REPORTED_BEFORE,
    LocalAttribution,
    same_paragraph,
)
from app.core.analysis.blocks import AnalysisCache, BlockAnalysis, analyze_block, iter_blocks
from app.core.analysis.continued_quotes import continued_speakers
from app.core.analysis.display import byline_name, embed_residue, without_pull_quotes
from app.core.analysis.fragments import Fragment, finish_quote, people_after
from app.core.analysis.group_antecedents import name_groups_by_their_people
from app.core.analysis.headline_echoes import echoed_headlines
from app.core.analysis.headline_sayers import name_headline_sayers
from app.core.analysis.institutional_sources import InstitutionalSource
from app.core.analysis.lead_ins import lead_gives
from app.core.analysis.markup import as_stored, blank_markup
from app.core.analysis.mention import PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.named_later import (
    name_described_speakers,
    name_lead_described_later,
    name_pronouns_named_after,
    name_surnames_named_later,
)
from app.core.analysis.named_sources import NamedSource, collect_sources
from app.core.analysis.newcomers import as_introduced, newcomer
from app.core.analysis.own_statements import name_bodies_in_own_statements
from app.core.analysis.partial_owners import reported_from_named
from app.core.analysis.qa_answers import is_transcript
from app.core.analysis.quote_marks import uses_double_marks
from app.core.analysis.quotes import _WORD_RE, is_title_case
from app.core.analysis.reported_questions import answers_to_reported_questions
from app.core.analysis.resolution import Resolver
from app.core.analysis.speaker_forms import short_descriptions
from app.core.analysis.titles import HEADING, QUOTE


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
                }
                | speaker_confidence.mark_json(q)
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
    # An analysis makes hundreds of thousands of short-lived records (mentions, spans, matches)
    # and drops them when it ends; the cyclic collector's passes over them meanwhile free
    # nothing and cost a few per cent of the time. It is paused for the call only, and turned
    # back on whatever happens, unless the caller had turned it off itself.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _analyze(text, credits, cache)
    finally:
        if collecting:
            gc.enable()


def _analyze(text: str, credits: Sequence[model.Credit], cache: AnalysisCache | None) -> Analysis:
    """`analyze`'s work, with the cyclic collector paused."""
    cache = cache if cache is not None else AnalysisCache()
    # Markdown's markup read as blanks, one for one: "said **Ana Ruiz**" reads as a name and
    # `> “…”` as a paragraph. Quotes report the words as stored, markup and all (`body`).
    body = text
    text = blank_markup(text)
    double = uses_double_marks(text)
    lines = list(iter_blocks(text))
    read = cache.get_all([line for _, line in lines], double)
    blocks = [(offset, line, ba) for (offset, line), ba in zip(lines, read, strict=True)]
    resolver = Resolver()
    resolver.story = text  # where a nationality speaker finds whom it was given to
    quotes: list[model.Quote] = []
    strays: list[int] = []
    named: list[NamedSource] = []
    anonymous: list[AnonymousSourcing] = []
    institutional: list[InstitutionalSource] = []
    boilerplate: list[checks.BoilerplateHit] = []
    unresolved: list[Mention] = []
    pending: Fragment | None = None
    last_speaker: tuple[str | None, str | None, int] = (None, None, -10)
    previous_lead: LocalAttribution | None = None
    not_speech: set[str] = set()  # titles, terms and slogans met so far, normalised
    left_out_end = -1  # where the last passage left out of the quotes ends
    names_met: set[str] = set()  # of these, the ones the paragraph's reading found names
    pull_candidates: set[int] = set()  # quotes standing alone in their paragraph, unattributed
    unsigned: tuple[Fragment, int] | None = None  # the last of them said by no one, and where
    handed: tuple[str | None, str | None, int] | None = None  # last speaker set by a newcomer
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
            new = newcomer(ba.people, resolver, last_speaker[0])
            resolver.paragraph = (block, 0)  # its mentions count from the paragraph's start
            for mention in ba.people:
                resolver.observe(mention, index)
            for issuer, document in ba.documents:
                resolver.issued(issuer.shifted(offset), document, index)
            if pending is not None:
                quote, last_speaker = finish_quote(
                    text, pending, resolver, last_speaker, unresolved
                )
                quotes.append(quote)
                strays.append(pending.mark_start)
                pending = None
            previous_lead = _shifted_lead(ba.lead_in, offset)
            if unsigned is not None and unsigned[1] == index - 1:
                # “…” ¶ "— Ana Ruiz, union president": the line under a quote standing alone
                # names its speaker, as a dash after the quote in its paragraph does (a pull
                # quote signed so is still one: its words come again in the story).
                named_by = byline_name(block, ba.mentions)
                if named_by is not None:
                    at, fragment = len(quotes) - 1, unsigned[0]
                    fragment.attribution = LocalAttribution(
                        named_by.shifted(offset), "―", None, 0.8, rule=DASH
                    )
                    quotes[at], last_speaker = finish_quote(
                        text, fragment, resolver, last_speaker, unresolved
                    )
                    continue
            if new is not None:
                # the paragraph hands over to someone new: a quote-only paragraph next is theirs
                last_speaker = handed = (new.name, new.text, index)
                resolver.handed_over(new.name, index)  # and the next "he" or "she" is theirs
            if last_speaker[0] and embed_residue(block):
                # "— Tottenham Hotspur (@SpursFC) May 2, 2024", "Club statement": an embedded
                # post's byline or a caption between two paragraphs of one statement is no
                # paragraph of the story; the statement carries on past it.
                last_speaker = (last_speaker[0], last_speaker[1], last_speaker[2] + 1)
            elif last_speaker[2] == index - 1 and embed_residue(blocks[index - 1][1]):
                # a subheading, then copy ("What the city says ¶ The city has offered ..."): a
                # new section, no statement run on past a label; the step given back
                last_speaker = (last_speaker[0], last_speaker[1], last_speaker[2] - 1)
            continue
        events = _merge_events(ba.people, spans, ba.documents)
        if pending is not None and not (
            spans
            and ba.quotes.opens_with_mark
            and _same_style(text[pending.mark_start], block[spans[0].mark_start])
        ):
            # Left open and not re-opened: a stray mark. Keep the words as a doubtful quote.
            quote, last_speaker = finish_quote(text, pending, resolver, last_speaker, unresolved)
            quotes.append(quote)
            strays.append(pending.mark_start)
            pending = None
        para_speaker: model.Quote | None = None  # the last quote here with a speaker
        resolver.paragraph = (block, offset)  # its mentions count from the story's start
        for _, _, kind, idx in events:
            if kind == "m":
                resolver.observe(ba.people[idx].shifted(offset), index)
                seen = ba.people[idx]
                if (
                    para_speaker is not None
                    and seen.kind is not PRONOUN
                    and para_speaker.speaker_mention not in (seen.text, seen.name)
                ):
                    para_speaker = None  # someone else named since
                continue
            if kind == "d":
                issuer, document = ba.documents[idx]
                resolver.issued(issuer.shifted(offset), document, index)
                continue
            span = spans[idx]
            if span.kind is not QUOTE:
                norm = echoes.normal_words(block[span.start : span.end])
                not_speech.add(norm)
                if span.kind is not HEADING:  # a subhead's words may be a named sayer's below
                    names_met.add(norm)
                if list_items.capitalised(block, span.start):
                    left_out_end = offset + span.end
                continue
            local = ba.attributions[idx]
            if local.mention is not None:
                local = local.shifted(offset)
            elif (
                idx == 0
                and local.inherit
                and previous_lead is not None
                and lead_gives(previous_lead, block, span.start, span.end)
            ):
                local = previous_lead
            fragment = Fragment(
                offset + span.start,
                offset + span.end,
                local,
                span.unclosed,
                index,
                offset + span.mark_start,
                whole_block=len(spans) == 1
                and span.mark_start <= ba.quotes.lead
                and not block[span.mark_end :].strip(),
                ahead=people_after(block, ba.people, local, span.mark_end, offset),
            )
            if pending is not None and idx == 0:
                # The paragraph re-opens the quote the previous one left open.
                fragment.start = pending.start
                fragment.mark_start = pending.mark_start
                fragment.opened_in = (
                    pending.opened_in if pending.opened_in >= 0 else pending.block_index
                )
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
            # the quote's words normalised: read here only when words were set aside before
            # (all `repeated` compares them with), else below where they are needed (speed)
            norm = echoes.normal_words(text[fragment.start : fragment.end]) if not_speech else None
            repeated = (
                norm is not None
                and norm in not_speech
                and " " in norm  # one word may be both
                # a scare quote's words, in a named person's clause, are his; a name given
                # before ("Locals call the ridge “the Iron Spine”") stays a name there
                and (norm in names_met or not reported_from_named(fragment.attribution))
            )
            echo: model.Quote | None = None
            untagged = fragment.attribution.rule not in speech.TAGGED
            if (
                speech.not_speech(text, fragment.start, fragment.end, fragment.attribution)
                or (repeated and untagged)
                # "signs of “Vote Vell,” “Safer streets,” and ...": a list's items share a kind
                or (
                    untagged
                    and list_items.continues_list(
                        text, left_out_end, fragment.start, fragment.end, fragment.mark_start
                    )
                )
            ):
                # "movies from Pixar, “Star Wars” and “Bambi”": title-case words nobody is said
                # to have said are a title; a slogan quoted again is still a slogan; but words
                # someone was just quoted saying, quoted again, are still theirs.
                if norm is None:
                    norm = echoes.normal_words(text[fragment.start : fragment.end])
                echo = echoes.echo_of(norm, quotes, _title_cased(text, fragment), term=True)
                if echo is None:
                    not_speech.add(norm)
                    if list_items.capitalised(text, fragment.start):
                        left_out_end = fragment.end
                    continue
            quote, last_speaker = finish_quote(text, fragment, resolver, last_speaker, unresolved)
            if (
                quote.speaker is None
                and not echo
                and speech.is_scare_quote(quote.text, 4)
                # "“Pack a bag,” Lind was told": words said to someone, by no one named
                and fragment.attribution.rule not in (HEARD, REPLY)
                # words chanted by a crowd, or a headline's with its sayer ("‘Sad,’ says mayor")
                and not cries.said_untagged(text, fragment.start, fragment.end)
            ):
                if norm is None:
                    norm = echoes.normal_words(text[fragment.start : fragment.end])
                echo = echoes.echo_of(norm, quotes, _title_cased(text, fragment))
                if echo is None:
                    continue
            if echo is not None:
                quote = echoes.echoing(quote, echo)
            elif handed is not None and handed[2] == index - 1 and para_speaker is None:
                quote = as_introduced(quote, handed[0])
            if (
                quote.speaker is None
                and para_speaker is not None
                and fragment.attribution.rule != REPLY
            ):
                quote = same_paragraph(quote, para_speaker)
            if quote.speaker is not None:
                para_speaker = quote
            if fragment.whole_block and (
                (fragment.attribution.mention is None and fragment.attribution.rule != REPLY)
                or fragment.attribution.rule == REPORTED_BEFORE
            ):
                if quote.text.rstrip()[-1:] not in _SENTENCE_END:
                    # A paragraph that is only a quote, not a sentence, said by no one: a pull
                    # quote or a display line (“… keep the night boat running”).
                    continue
                pull_candidates.add(len(quotes))
                if quote.speaker is None:
                    unsigned = (fragment, index)
            quotes.append(quote)
        previous_lead = _shifted_lead(ba.lead_in, offset)
    if pending is not None:
        strays.append(pending.mark_start)
        quote, last_speaker = finish_quote(text, pending, resolver, last_speaker, unresolved)
        quotes.append(quote)
    if pull_candidates:
        quotes = without_pull_quotes(quotes, pull_candidates)
    # A quoted transcript ("PENCE: ... ¶ WALLACE: ...") is no one speaker's quote.
    quotes = [q for q in quotes if not is_transcript(q.text)]
    quotes = short_descriptions(
        name_lead_described_later(
            text, name_described_speakers(text, name_pronouns_named_after(text, quotes))
        )
    )
    quotes = name_surnames_named_later(quotes)  # "Harlan said" before "coach Dave Harlan said"
    quotes = name_bodies_in_own_statements(quotes)  # “The Calder Board ...,” the board said
    quotes = name_groups_by_their_people(text, quotes)  # "shareholders. The group said"
    quotes = generations.by_generation(text, name_headline_sayers(text, quotes))  # "elder Vell"
    quotes = continued_speakers(text, quotes)  # “…” ¶ She continued, “…”
    quotes = answers_to_reported_questions(text, quotes)  # "Greer asked whether … “…,” she said"
    quotes = echoed_headlines(text, quotes)  # "‘Stay on the path’: …" over “… stay on the path …”
    quotes = speaker_confidence.with_confidence(text, quotes)  # how far to trust each speaker
    if text is not body:
        quotes = as_stored(quotes, body, text)
    sources = collect_sources(named, quotes, resolver, text)
    # "Speaker not introduced" only for someone known to be a person (an honorific, a title, a
    # "he" or "she" for them): a bare word may as well be a club or a company.
    unresolved = [m for m in unresolved if resolver.surely_a_person(m.name)]
    findings = checks.run_checks(
        body,
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
) -> list[tuple[int, int, str, int]]:
    """Mentions, quotes and issued documents of a block in reading order (a quote sorts at its
    opening mark, a document at its issuer), as (position, order at a tie, kind, index): the
    sort keys are left in, not copied out into a second list (speed)."""
    events = [(m.start, 1, "m", i) for i, m in enumerate(mentions)]
    events += [(s.mark_start, 0, "q", i) for i, s in enumerate(spans)]  # type: ignore[attr-defined]
    events += [(m.end, 2, "d", i) for i, (m, _) in enumerate(documents)]
    events.sort()
    return events


_SENTENCE_END = frozenset(".!?…,;:—–-)]'’\"”")


def _shifted_lead(lead: LocalAttribution | None, offset: int) -> LocalAttribution | None:
    if lead is None or lead.mention is None:
        return None
    return lead.shifted(offset)


def _title_cased(text: str, fragment: Fragment) -> bool:
    words = _WORD_RE.findall(text[fragment.start : fragment.end])
    return bool(words) and is_title_case(words)


__all__ = [
    "Analysis",
    "AnalysisCache",
    "AnonymousSourcing",
    "BlockAnalysis",
    "InstitutionalSource",
    "analyze",
    "analyze_block",
    "iter_blocks",
]
