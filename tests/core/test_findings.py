"""Findings told by paragraph and a few words, the way an editor finds them in the copy."""

from __future__ import annotations

from app.core.findings import context, line, locate
from app.core.model import Finding, Severity

BODY = (
    "First paragraph of the story, short.\n\n"
    "The second paragraph carries on for a good while before it reaches the problem word here "
    "and goes on for quite a while after it "
    "so that the context has to be cut somewhere sensible.\n\n"
    "## A subhead\n\n"
    "Last one."
)


def _at(word: str) -> Finding:
    start = BODY.index(word)
    return Finding(Severity.WARNING, "style", "Look at this.", start, start + len(word))


def test_paragraph_counts_blocks_between_blank_lines() -> None:
    (second,) = locate(BODY, [_at("problem")])
    (last,) = locate(BODY, [_at("Last")])
    (first,) = locate(BODY, [_at("First")])
    assert (first.paragraph, second.paragraph, last.paragraph) == (1, 2, 4)


def test_context_is_cut_at_words_and_stays_in_its_paragraph() -> None:
    (found,) = locate(BODY, [_at("problem")])
    assert "problem word" in found.context
    assert found.context.startswith("…") and found.context.endswith("…")
    assert "First" not in found.context and "subhead" not in found.context
    # no half words at the cuts
    assert all(part in BODY for part in found.context.strip("…").split())


def test_context_of_a_long_span_shows_its_ends() -> None:
    text = "x " * 10 + "begin " + "middle " * 30 + "finish" + " y" * 10
    start, end = text.index("begin"), text.index("finish") + len("finish")
    shown = context(text, start, end)
    assert "begin" in shown and "finish" in shown and " … " in shown
    assert len(shown) < 160


def test_findings_without_offsets_keep_no_place() -> None:
    (found,) = locate(BODY, [Finding(Severity.ERROR, "no_headline", "No headline.")])
    assert found.paragraph is None and found.context is None
    assert line(found) == "error no_headline: No headline."


def test_line_names_paragraph_and_context_not_offsets() -> None:
    (found,) = locate(BODY, [_at("Last")])
    assert line(found) == 'warning style: Look at this. (paragraph 4: "Last one.")'


def test_context_reads_only_its_reach_of_a_huge_paragraph() -> None:
    """A paragraph of 100,000 quotation marks has a finding at each; the context of each now
    looks for the paragraph's bounds only as far as it reaches (speed: 100,000 contexts took
    7 s, now under 1). This pins that the contexts are the same as ever, at the edges of a
    huge paragraph and of ordinary ones."""
    from app.core.findings import context

    body = '"' * 100_000
    assert context(body, 50_000, 50_001) == '"' * 81
    assert context(body, 0, 1) == '"' * 41 and context(body, 99_999, 100_000) == '"' * 41
    second = "The council met on Monday and the mayor said it was late again."
    text = "First para here.\n\n" + second
    at = text.index("mayor")
    assert context(text, at, at + 5) == second
    assert context(text, 0, 5) == "First para here."
    long = "word " * 30
    text = long + "\n\n" + long
    at = len(long) + 2 + 50
    assert context(text, at, at + 4) == "…" + " ".join(["word"] * 15) + "…"
