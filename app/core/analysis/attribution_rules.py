"""What the words around one quote say about its speaker (`LocalAttribution`), and the names
of the rules that can say it.

The rule names are what an editor reads in a quote's `speaker_reason` ("speech verb right
after the quote"): the block reader (attribution), the lead-in and reported-speech readers,
the not-speech checks and the engine all name the same rules, so they live here, apart from
the reading itself, with how a reason is worded from them (reason_text).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core import model
from app.core.analysis.mentions import Mention
from app.core.fastinit import fast_init


@fast_init  # built by the thousand: a faster __init__, same class (speed)
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

    def shifted(self, offset: int) -> LocalAttribution:
        """The same reading with its mention moved to story offsets. Built directly beside the
        fields it copies: dataclasses.replace costs several times more, once per quote (speed)."""
        mention = self.mention.shifted(offset) if self.mention is not None else None
        return LocalAttribution(
            mention, self.cue, self.venue, self.confidence, self.inherit, self.rule
        )


# The rules, as `speaker_reason` names them.
AFTER = "speech verb right after the quote"
DASH = "name after a dash following the quote"
BEFORE = "speech verb introducing the quote"
BEFORE_FAR = "speech verb earlier in the sentence"
LATER = "speech verb later in the sentence"
WORDS_OF = "named as whose words they were, in the sentence after the quote"
SUBJECT = "subject of the sentence holding the quote (no speech verb)"
HEARD = "words told to someone, by no one named (“…,” Lind was told)"
TOLD_BY_WHOM = "told to the subject by whom they called (“She called the office and was told …”)"
LEAD_IN = "introduced by the paragraph before"
REPORTED_BEFORE = "speaker of the reported speech just before the quote"
DASH_BEFORE = "name right before a dash that opens the quote"
PREVIOUS_SUBJECT = "subject of the sentence just before the quote"
OWNER = "whose words: a possessive before a noun of saying (“his claim that …”)"
PARTICIPLE = "subject of the sentence, with a participle of saying right after the quote"
# Reasons given where no rule above found a mention; named_later reads them to know which
# quotes a name after them may still claim.
NO_AGREEING_PERSON = "no person named before it agrees"
CONTINUES = "continues the quote before, no speaker named with it"
# "“Nonsense,” came the retort": somebody's answer, with no one named; never the quote before's.
REPLY = "an answer tagged with no one named (“…,” came the retort)"
PARTICIPLE_BEFORE = "subject of the main clause after the quote (“After saying “…,” she …”)"


def same_paragraph(quote: model.Quote, before: model.Quote) -> model.Quote:
    """ "“…,” says Ken Doyle. That has meant “years of cuts.”": words quoted with no tag, after
    someone's quote in the same paragraph and nobody else named between, are theirs."""
    return replace(
        quote,
        speaker=before.speaker,
        speaker_mention=before.speaker_mention,
        speaker_reason=f"{before.speaker}: quoted earlier in the same paragraph, nobody else "
        "named since",
        confidence=0.5,
    )


def continued(speaker: str) -> str:
    """The reason of a quote that goes on from `speaker`'s quote before, untagged."""
    return f"{speaker}: {CONTINUES}"


def reason_text(mention: str, speaker: str, resolution: str, rule: str) -> str:
    """ "he → Ana Lopez: speaker of the quote before, gender agrees; speech verb right after the
    quote" — the mention, what it resolved to, and the two rules that chose it."""
    how = f"{resolution}; {rule}" if rule else resolution
    if mention == speaker:
        return f"“{mention}”: {how}"
    return f"{mention} → {speaker}: {how}"
