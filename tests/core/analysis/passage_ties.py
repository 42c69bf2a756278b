"""What the speech tests hand `not_speech`: a passage's span in an invented text, and the tie to
a speaker the block reader would have found (a rule, the mention by its words, the cue). Shared by
test_speech.py and test_own_words.py, which test the two halves of that decision."""

from __future__ import annotations

from app.core.analysis.attribution_rules import LocalAttribution
from app.core.analysis.mentions import find_mentions


def local_tie(
    rule: str, speaker: str | None = None, text: str = "", cue: str | None = None
) -> LocalAttribution:
    """The tie `rule` found, naming the mention whose words are `speaker` (or no one)."""
    mention = None
    if speaker is not None:
        mention = next(m for m in find_mentions(text) if m.text == speaker)
    return LocalAttribution(mention, cue, None, 0.5, rule=rule)


def span_of(text: str, words: str) -> tuple[int, int]:
    """Where `words` first stand in `text`."""
    start = text.index(words)
    return start, start + len(words)
