"""The word-level diff a verdict shows an editor: source words beside the story's, step by step.

Rendering only: the verdict is decided in app.core.verification.comparison; this spells out
the same alignment as DiffOps for the quote sidebar, `verify --json` and the reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.verification.align import GAP, Alignment, QuoteWords
from app.core.verification.comparison import path_runs, point_before
from app.core.verification.normalize import Tokens, tokenize


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of the word-level diff, read from the source towards the story.

    `insert`: words the story has and the source does not; `delete`: source words the story
    leaves out; `replace`: both; `equal`: the same words (their punctuation or capitals may
    still differ, which is what makes a quote `minor`).
    """

    op: str
    story: str
    source: str

    def to_json(self) -> dict[str, str]:
        return {"op": self.op, "story": self.story, "source": self.source}


def diff_ops(words: QuoteWords, source: Tokens, alignment: Alignment) -> list[DiffOp]:
    quote = words.tokens
    pending = dict(words.brackets)  # bracketed insertions not yet placed, by point
    ops: list[DiffOp] = []
    step = 0

    def place_brackets(point: int) -> None:
        bracket = pending.pop(point, None)
        if bracket is not None:
            ops.append(DiffOp("insert", bracket, ""))

    for matching, run in path_runs(alignment.path):
        point = point_before(alignment.path, step)
        step += len(run)
        if matching:
            piece: list[tuple[int, int]] = []
            for qi, sj in run:
                if qi in pending and piece:
                    _equal(ops, quote, source, piece)
                    piece = []
                place_brackets(qi)
                piece.append((qi, sj))
            _equal(ops, quote, source, piece)
            continue
        story_ids = [qi for qi, _ in run if qi != GAP]
        source_text = _slice(source, [sj for _, sj in run if sj != GAP])
        if story_ids:
            parts = [pending.pop(p) for p in range(point, story_ids[-1] + 1) if p in pending]
            story = " ".join([*parts, _slice(quote, story_ids)])
        else:
            story = pending.pop(point, None) or (
                "…" if words.omissions.get(point) == "ellipsis" else ""
            )
        if story_ids:
            op = "replace" if source_text else "insert"
        elif source_text and tokenize(story).keys == tokenize(source_text).keys:
            op = "equal"  # the source has the same [bracketed] words
        else:
            op = "replace" if story and source_text else "delete"
        ops.append(DiffOp(op, story, source_text))
    for point in sorted(pending):
        place_brackets(point)
    return ops


def _equal(ops: list[DiffOp], quote: Tokens, source: Tokens, run: list[tuple[int, int]]) -> None:
    if run:
        ops.append(
            DiffOp("equal", _slice(quote, [q for q, _ in run]), _slice(source, [s for _, s in run]))
        )


def _slice(tokens: Tokens, ids: list[int]) -> str:
    if not ids:
        return ""
    return tokens.text[tokens.starts[ids[0]] : tokens.ends[ids[-1]]]
