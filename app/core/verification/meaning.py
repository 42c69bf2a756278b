"""Reworded quotes: the speaker's passage closest in meaning to a quote the words do not find.

When a story puts "Passengers can count on a bus every five minutes" in quotation marks and
the speaker's statement says "Passengers will be able to rely on buses every five minutes",
word alignment finds nothing close enough, yet the remark is plainly the same one, changed.
Only the named speaker's own words are searched (their transcript turns, the quoted passages
attributed to them, a statement they issued), and a passage counts when the sentence-pair
model, reading the quote and the passage, and the sentences around each, scores the pair
at or above `THRESHOLD` (the quote against the passage, or with the sentences around both
vouching for it). Below it the quote stays `not_found`: no evidence is not contrary
evidence, and a quote making a claim the speaker never made must not borrow another remark.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.verification.normalize import tokenize
from app.core.verification.sourcetext import SourceText
from app.core.verification.speakers import named_speaker, speaker_agrees

THRESHOLD = 0.4
"""Score at or above which a passage is taken for the reworded original of a quote. Calibrated
by benchmarks/calibrate_reworded.py on quote pairs written for the project
(tests/fixtures/provenance/quote_pairs.jsonl: a quote reworded, or another remark by the same
speaker on the same subject): short remarks score lower than the news sentences the model was
fitted on, so the best cut sits below the model's own 0.5."""
_MIN_SHARED = 1  # content words (or synonyms, or numbers) the quote and passage must share


@dataclass(frozen=True, slots=True)
class Reworded:
    """The passage a reworded quote most likely stands for."""

    document: int
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class _Candidate:
    document: int
    start: int
    end: int
    text: str
    context: str


def speaker_passages(speaker: str, documents: Sequence[SourceText]) -> list[_Candidate]:
    """The speaker's words in the material, a sentence at a time (and whole short passages)."""
    from app.core.provenance.sentences import sentence_at, split_sentences

    out: list[_Candidate] = []
    for d, document in enumerate(documents):
        sentences = None
        for segment in document.segments:
            if not segment.speaker or speaker_agrees(speaker, segment.speaker) is not True:
                continue
            if sentences is None:
                sentences = split_sentences(document.text, min_words=1)
            text = document.text
            pieces = split_sentences(text[segment.start : segment.end], min_words=2)
            for piece in pieces:
                start, end = segment.start + piece.start, segment.start + piece.end
                around = sentence_at(sentences, start)
                context = around.text if around else piece.text
                out.append(_Candidate(d, start, end, text[start:end], context))
            if 1 < len(pieces) <= 3:
                whole = text[segment.start : segment.end].strip()
                lead = len(text[segment.start : segment.end]) - len(
                    text[segment.start : segment.end].lstrip()
                )
                start = segment.start + lead
                out.append(_Candidate(d, start, start + len(whole), whole, whole))
    return out


def closest_passage(
    quote: str, speaker: str | None, documents: Sequence[SourceText], context: str = ""
) -> Reworded | None:
    """The named speaker's passage closest in meaning to `quote`, if it clears THRESHOLD."""
    name = named_speaker(speaker)
    if name is None or not quote.strip():
        return None
    candidates = speaker_passages(name, documents)
    if not candidates:
        return None
    from app.core.provenance.features import read_sentence
    from app.core.provenance.pairmodel import judge_many, shared_content

    story = read_sentence(quote)
    around = read_sentence(context) if context and context != quote else story
    pairs = []
    for c in candidates:
        passage = read_sentence(c.text)
        pairs.append((story, passage))
        pairs.append((around, read_sentence(c.context) if c.context != c.text else passage))
    judged = judge_many(pairs)
    best: Reworded | None = None
    for n, c in enumerate(candidates):
        direct, ctx = judged[2 * n].score, judged[2 * n + 1].score
        score = max(direct, (direct + ctx) / 2)  # the sentences around may vouch for it
        if score < THRESHOLD or shared_content(pairs[2 * n][0], pairs[2 * n][1]) < _MIN_SHARED:
            continue
        if best is None or score > best.score:
            best = Reworded(c.document, c.start, c.end, round(score, 3))
    return best


def word_diff(story: str, source: str) -> list[tuple[str, str, str]]:
    """(op, story words, source words) from the source towards the story, as verify shows it."""
    a, b = tokenize(source), tokenize(story)
    ops = []
    matcher = difflib.SequenceMatcher(a=a.keys, b=b.keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        src = source[a.starts[i1] : a.ends[i2 - 1]] if i2 > i1 else ""
        sty = story[b.starts[j1] : b.ends[j2 - 1]] if j2 > j1 else ""
        ops.append((tag, sty, src))
    return ops
