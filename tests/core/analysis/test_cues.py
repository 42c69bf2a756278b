"""Verbs of saying (cues.py): a cue word used as a noun, or as a verb that governs something else,
tags no speech."""

from __future__ import annotations

from app.core.analysis.cues import CUE_RE, is_noun


def _first_cue_is_noun(text: str, word: str) -> bool:
    m = next(m for m in CUE_RE.finditer(text) if m.group() == word)
    return is_noun(text, m.start())


def test_continue_with_an_object_is_no_verb_of_saying() -> None:
    assert _first_cue_is_noun("She continued her slow recovery at home.", "continued")
    assert _first_cue_is_noun("The club continues its search for a coach.", "continues")
    assert _first_cue_is_noun("He continued with the plan anyway.", "continued")


def test_continue_before_words_or_an_infinitive_tags_speech() -> None:
    assert not _first_cue_is_noun('He continued: "We are not done."', "continued")
    assert not _first_cue_is_noun('"Not yet," she continued.', "continued")
    assert not _first_cue_is_noun("They continued to call for an inquiry.", "continued")


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    assert _first_cue_is_noun("The report was late.", "report")
