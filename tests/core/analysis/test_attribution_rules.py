"""The rule names an editor reads in a quote's "Why this speaker" line."""

from __future__ import annotations

from app.core.analysis import attribution_rules
from app.core.analysis.attribution_rules import AFTER, BEFORE, LocalAttribution, reason_text
from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions


def _rules() -> dict[str, str]:
    return {
        name: value
        for name, value in vars(attribution_rules).items()
        if name.isupper() and isinstance(value, str)
    }


def test_no_two_rules_read_the_same():
    """Two rules worded alike would make the tooltip say one thing for two different readings."""
    rules = _rules()
    assert len(rules) >= 15
    assert len(set(rules.values())) == len(rules)


def test_the_reason_names_the_rule_that_chose_the_speaker():
    after = analyze("“We start on Monday,” said Ana Ruiz, the site manager.").quotes[0]
    before = analyze("Ana Ruiz said: “We start on Monday.”").quotes[0]
    assert AFTER in (after.speaker_reason or "")
    assert BEFORE in (before.speaker_reason or "")


def test_a_reading_moved_to_story_offsets_keeps_its_rule_and_words():
    text = "Ana Ruiz said it."
    mention = find_mentions(text)[0]
    local = LocalAttribution(mention, "said", None, 0.9, rule=BEFORE)
    moved = local.shifted(100)
    assert (moved.mention.start, moved.mention.end) == (mention.start + 100, mention.end + 100)
    assert (moved.rule, moved.cue, moved.confidence) == (BEFORE, "said", 0.9)
    assert LocalAttribution(None, None, None, 0.0).shifted(5).mention is None


def test_a_reason_shows_the_mention_what_it_resolved_to_and_both_rules():
    worded = reason_text("he", "Ana Lopez", "speaker of the quote before, gender agrees", AFTER)
    assert worded == (
        "he → Ana Lopez: speaker of the quote before, gender agrees; speech verb right after "
        "the quote"
    )
    # a name resolved to itself is shown once, as written
    assert reason_text("Ana Lopez", "Ana Lopez", "named in full", "").startswith("“Ana Lopez”:")
