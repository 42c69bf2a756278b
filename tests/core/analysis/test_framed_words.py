"""Words one person frames as another's (framed_words.py): in "Tom Vell backed what the minister
called “…”" the words are the minister's, not the sentence subject's; a role named beside a
name before, and a role saying words of its own, read as they did."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.framed_words import naming_cue


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vell said he backed what the minister called “a fair plan” for the river.",
        "Tom Vell arrived late. He said he backed what the minister called “a fair plan”.",
        "Dara Holm opposed what the governor described as “a modest rise” in fees.",
        "Ines Corr praised what the mayor termed “a new start” for the port.",
    ],
)
def test_a_role_that_names_the_words_is_not_the_subject_who_frames_them(text: str) -> None:
    speaker = _speakers(text)[0]
    assert speaker is not None and speaker.startswith("the ")


def test_a_role_described_before_still_resolves_to_its_holder() -> None:
    text = (
        "Ana Ruiz, the minister for rivers, opened the dam. Tom Vell said he backed what "
        "the minister called “a fair plan” for the river."
    )
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize("verb", ["said", "added"])
def test_a_role_saying_its_own_words_reads_as_before(verb: str) -> None:
    # no naming verb frames the words: the role speaks for itself and resolves to its holder
    text = (
        f"Tom Vell, the minister for rivers, spoke first. “It is a fair plan,” the minister {verb}."
    )
    assert _speakers(text) == ["Tom Vell"]


def test_a_role_saying_its_own_words_with_no_holder_stays_as_written() -> None:
    text = "The bridge opened on Monday. “It is a fair plan,” the minister said."
    assert _speakers(text) == ["the minister"]


@pytest.mark.parametrize(
    ("cue", "naming"),
    [("called", True), ("described as", True), ("termed", True), ("said", False), ("", False)],
)
def test_naming_cue(cue: str, naming: bool) -> None:
    assert naming_cue(cue) is naming
