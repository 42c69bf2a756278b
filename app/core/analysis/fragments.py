"""A quote being assembled from one paragraph or several (`Fragment`), and its finishing: the
speaker its attribution names resolved against the people met so far (`finish_quote`).

The engine's linear pass builds a fragment for each quote it meets, carries one left open into
the next paragraph, and finishes it once closed (or left open for good); `people_after` gives a
fragment the person a "she said" with no one before it may point forward to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.core import model
from app.core.analysis import speech
from app.core.analysis.attribution_rules import (
    REPLY,
    SUBJECT,
    LocalAttribution,
    continued,
    reason_text,
)
from app.core.analysis.masking import written_at
from app.core.analysis.mention import NAME, PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.pronoun_candidates import before_whom
from app.core.analysis.qa_answers import as_interviewee
from app.core.analysis.resolution import Resolver


@dataclass(slots=True)
class Fragment:
    """A quote being assembled, maybe over several paragraphs."""

    start: int
    end: int
    attribution: LocalAttribution
    unclosed: bool
    block_index: int
    mark_start: int
    whole_block: bool = False
    """The quote is its paragraph, nothing else: a pull quote if its words come again."""
    ahead: tuple[Mention, ...] = ()
    """People named after the quote in its paragraph, for a "she said" with no one before."""
    opened_in: int = -1
    """The paragraph a quote running over several opened in (-1: block_index's own): how far
    back its speaker spoke is counted from there."""


def people_after(
    block: str, people: tuple[Mention, ...], local: LocalAttribution, after: int, offset: int
) -> tuple[Mention, ...]:
    """The person a quote's "he"/"she" may point forward to, in story coordinates: one named
    right after "as", "while" or "when" in the same sentence ("“…,” she said, as Ellen Marsh
    announced ..."), never one told or described ("he told Judge X", "said another man, X")."""
    mention = local.mention
    if mention is None or mention.kind is not PRONOUN:
        return ()
    for m in people:
        if (
            m.start > mention.end - offset
            and m.start >= after
            and m.is_person_name
            and _AS_BEFORE_RE.search(block, max(0, m.start - 12), m.start)
        ):
            if mention.gender and m.gender and m.gender != mention.gender:
                continue
            return (m.shifted(offset),)
    return ()


_AS_BEFORE_RE = re.compile(r"\b(?:as|while|when|after|before|because)\s+$")


# A quote opening with "He" or "She" talks about that person (its first word is looked up).
_SPOKEN_OF = {"He": "m", "He’s": "m", "He's": "m", "She": "f"}


def finish_quote(
    text: str,
    fragment: Fragment,
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
    if mention is not None and "xxx" in mention.text:
        mention = _as_written(text, mention)
    if mention is not None:
        speaker_mention = mention.text
        once = mention.kind is NAME and resolver.named_once(mention.name)
        found = resolver.resolve(
            mention,
            fragment.block_index,
            local.cue,
            # "blamed his brother, whom he called “…”": the "he" is not the brother
            before_whom=before_whom(text, mention),
            spoken_of=_SPOKEN_OF.get(
                text[fragment.start : fragment.start + 5].partition(" ")[0], ""
            ),
        )
        if (
            local.rule == SUBJECT
            and once
            and not found.introduced
            and speech.is_scare_quote(text[fragment.start : fragment.end])
        ):
            # "Sparks like these are giving “early warnings”": a word or two with no verb of
            # saying and a subject nobody introduced is no one's quote.
            found = None
        if (
            found is not None
            and fragment.ahead
            and mention.kind is PRONOUN
            and found.reason.startswith("no person named before it")
        ):
            # "“…,” she said, as Ellen Marsh announced her retirement": named just after.
            later = resolver.resolve(fragment.ahead[0], fragment.block_index)
            found = replace(later, reason="named later in the same sentence")
        found = as_interviewee(text, mention, found)  # "A: ... I told them, “…”"
        speaker = found.name if found else None
        if found is None:
            speaker_mention = None
        elif not found.introduced:
            unresolved.append(mention)
        reason = reason_text(speaker_mention, speaker, found.reason, local.rule) if found else None
    elif local.rule == REPLY:
        reason = f"no one: {REPLY}"  # "“Nonsense,” came the retort": not the quote before's
    elif (
        local.inherit
        and last_speaker[0]
        # "“…,” he said. ¶ “… ¶ “… ¶ “…”": the quote opened in the paragraph after his, however
        # many paragraphs it then runs over
        and (fragment.opened_in if fragment.opened_in >= 0 else fragment.block_index)
        - last_speaker[2]
        <= 2
    ):
        # Carries on the previous speaker's words: same speaker, same mention.
        speaker, speaker_mention = last_speaker[0], last_speaker[1]
        confidence = 0.6
        reason = continued(speaker)
    if speaker is not None:
        resolver.spoke(
            speaker,
            fragment.block_index,
            by_name=mention is not None and mention.kind is NAME,
        )
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


def _as_written(text: str, mention: Mention) -> Mention:
    """A mention read from the masked text ("The xxxxxxxxxxxxxxx star", a title blanked out so
    the sentence reads on) with its words as the copy has them: 'The “Harbour Lights” star'."""
    written = written_at(text, mention.start, mention.end)
    return mention if "xxx" in written else replace(mention, text=written)


__all__ = ["Fragment", "finish_quote", "people_after"]
