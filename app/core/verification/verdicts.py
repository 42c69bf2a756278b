"""Verdicts on quotes: align each with the source material, then judge what the story changed.

This module picks the passage and gives the verdict (QuoteCheck); the scoring of the
differences lives in app.core.verification.comparison, the diff shown to an editor in
app.core.verification.worddiff.
"""

# `verbatim`: the same words with the same look (typography aside). `minor`: only what the style
# allows (punctuation, capitals, an ellipsis for omitted words, a [bracketed] insertion, a
# spelled-out number). `altered`: words added, dropped or changed. `not_found`: nothing close
# enough; no evidence is not contrary evidence, so a quote is only `altered` when a passage
# shares enough of it to be plainly the same remark.

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from app.core import model
from app.core.verification.align import Alignment, QuoteWords, SourceIndex, quote_words
from app.core.verification.comparison import compare, same_remark
from app.core.verification.coverage import is_covered
from app.core.verification.meaning import closest_passage, word_diff
from app.core.verification.sourcetext import SourceText
from app.core.verification.speakers import named_speaker, speaker_agrees
from app.core.verification.worddiff import DiffOp, diff_ops

_SPEAKER_PREFERENCE = 0.08  # a passage by the named speaker wins over a slightly closer one


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """The machine's verdict on one quote, with its evidence and why (`reasons`)."""

    text: str
    verdict: model.Verdict
    score: float
    speaker: str | None = None
    evidence: model.Evidence | None = None
    diff: tuple[DiffOp, ...] = ()
    speaker_mismatch: bool = False
    source_speaker: str | None = None
    document_index: int | None = None
    reasons: tuple[str, ...] = ()
    covered: bool | None = None
    """Does the material give the quote's speaker a voice at all (see coverage.is_covered)?"""

    def to_json(self) -> dict[str, object]:
        """One element of `copydesk verify --json`."""
        return {
            "text": self.text,
            "speaker": self.speaker,
            "verdict": str(self.verdict),
            "score": self.score,
            "evidence": self.evidence.to_json() if self.evidence else None,
            "diff": [op.to_json() for op in self.diff],
            "speaker_mismatch": self.speaker_mismatch,
            "source_speaker": self.source_speaker,
            "covered": self.covered,
        }

    @property
    def blocks_publication(self) -> bool:
        """What the publish gate asks: altered quotes, and quotes not found in material that
        covers their speaker, need a person's say-so; an uncovered quote only warns."""
        if self.verdict is model.Verdict.ALTERED:
            return True
        return self.verdict is model.Verdict.NOT_FOUND and self.covered is not False


Documents = Sequence[SourceText] | SourceIndex


def build_index(documents: Sequence[SourceText]) -> SourceIndex:
    """Tokenise and index the documents once, to check many quotes against them."""
    return SourceIndex(documents)


@functools.lru_cache(maxsize=4)
def _cached_index(documents: tuple[SourceText, ...]) -> SourceIndex:
    return SourceIndex(documents)


def _index(documents: Documents) -> SourceIndex:
    if isinstance(documents, SourceIndex):
        return documents
    return _cached_index(tuple(documents))


def verify_quote(quote_text: str, documents: Documents, speaker: str | None = None) -> QuoteCheck:
    """Judge one quote against the documents (a list of SourceText or a prebuilt index)."""
    index = _index(documents)
    words = quote_words(quote_text)
    if not words.tokens.keys:
        return QuoteCheck(
            quote_text, model.Verdict.NOT_FOUND, 0.0, speaker, reasons=("the quote has no words",)
        )
    alignments = index.align(words)
    if not alignments:
        return QuoteCheck(
            quote_text,
            model.Verdict.NOT_FOUND,
            0.0,
            speaker,
            reasons=("no passage shares its words",),
        )
    return _best_check(quote_text, speaker, words, alignments, index)


def verify_quotes(
    quotes: Iterable[model.Quote | str],
    documents: Documents,
    progress: Callable[[int, int], None] | None = None,
    story_text: str | None = None,
) -> list[QuoteCheck]:
    """Judge every quote; `progress(done, total)` lets a worker thread report and cancel
    (raise from it to stop). With the story's text, a reworded quote's surrounding sentence
    helps find the passage it stands for."""
    items = list(quotes)
    index = _index(documents)
    sentences = None
    if story_text is not None:
        from app.core.provenance.sentences import split_sentences

        sentences = split_sentences(story_text, min_words=1)
    checks = []
    for n, quote in enumerate(items, start=1):
        if isinstance(quote, model.Quote):
            speaker = quote.speaker or quote.speaker_mention
            context = ""
            if sentences is not None:
                context = _context(sentences, quote.start, quote.end)
            check = verify_quote(quote.text, index, speaker)
            checks.append(_with_meaning(check, index, speaker, context))
        else:
            checks.append(_with_meaning(verify_quote(quote, index), index, None, ""))
        if progress is not None:
            progress(n, len(items))
    return checks


def _context(sentences: list, start: int, end: int) -> str:
    """The story's sentences that hold the quote (with its attribution)."""
    inside = [s for s in sentences if s.end > start and s.start < end]
    if not inside:
        return ""
    return " ".join(s.text for s in inside)


def _with_meaning(
    check: QuoteCheck, index: SourceIndex, speaker: str | None, context: str
) -> QuoteCheck:
    """Add coverage, and look for a reworded original of a quote the words did not find."""
    covered = is_covered(speaker, index.documents)
    check = replace(check, covered=covered)
    if check.verdict is not model.Verdict.NOT_FOUND or not covered:
        return check
    found = closest_passage(check.text, speaker, index.documents, context)
    if found is None:
        return check
    document = index.documents[found.document]
    passage = document.text[found.start : found.end]
    return replace(
        check,
        verdict=model.Verdict.ALTERED,
        score=min(found.score, 0.95),
        evidence=model.Evidence(
            document=document.title,
            start=found.start,
            end=found.end,
            passage=passage,
            timestamp=document.timestamp_at(found.start),
        ),
        diff=tuple(
            DiffOp(_OPS[op], story, source) for op, story, source in word_diff(check.text, passage)
        ),
        speaker_mismatch=False,
        source_speaker=document.speaker_at(found.start),
        document_index=found.document,
        reasons=("reworded: the speaker's passage closest in meaning",),
    )


_OPS = {"equal": "equal", "replace": "replace", "insert": "insert", "delete": "delete"}


_RANK = {
    model.Verdict.VERBATIM: 0,
    model.Verdict.MINOR: 1,
    model.Verdict.ALTERED: 2,
    model.Verdict.NOT_FOUND: 3,
}


def _best_check(
    text: str,
    speaker: str | None,
    words: QuoteWords,
    alignments: list[Alignment],
    index: SourceIndex,
) -> QuoteCheck:
    """Judge the close contenders and keep the most faithful passage.

    A phrase may occur twice (a headline in title case, then the body): of passages about as
    similar, the one the quote matches best is the evidence; a passage by the named speaker
    beats a slightly closer one by somebody else.
    """
    top = alignments[0].similarity
    contenders = [a for a in alignments[:3] if a.similarity >= top - _SPEAKER_PREFERENCE]

    def preference(check: QuoteCheck) -> tuple[int, float]:
        agrees = speaker_agrees(named_speaker(speaker), check.source_speaker)
        return (_RANK[check.verdict], -(check.score + (_SPEAKER_PREFERENCE if agrees else 0.0)))

    checks = [_judge(text, speaker, words, a, index) for a in contenders]
    return min(checks, key=preference)


def _judge(
    text: str, speaker: str | None, words: QuoteWords, alignment: Alignment, index: SourceIndex
) -> QuoteCheck:
    quote = words.tokens
    source = index.tokens[alignment.document]
    document = index.documents[alignment.document]
    changes, minors = compare(words, source, alignment, pdf=document.kind == "pdf")
    start, end = source.starts[alignment.first], source.ends[alignment.last]
    source_speaker = document.speaker_at(start)
    agrees = speaker_agrees(named_speaker(speaker), source_speaker)
    if changes:
        if not same_remark(quote, alignment, agrees):
            return QuoteCheck(
                text,
                model.Verdict.NOT_FOUND,
                round(alignment.similarity, 3),
                speaker,
                reasons=("no passage close enough", *changes),
            )
        verdict = model.Verdict.ALTERED
        score = min(alignment.similarity, 0.95)
        reasons = changes
    elif minors:
        verdict, score, reasons = model.Verdict.MINOR, min(alignment.similarity, 0.99), minors
    else:
        verdict, score, reasons = model.Verdict.VERBATIM, 1.0, ()
    evidence = model.Evidence(
        document=document.title,
        start=start,
        end=end,
        passage=document.text[start:end],
        timestamp=document.timestamp_at(start),
    )
    return QuoteCheck(
        text=text,
        verdict=verdict,
        score=round(score, 3),
        speaker=speaker,
        evidence=evidence,
        diff=tuple(diff_ops(words, source, alignment)),
        speaker_mismatch=agrees is False,
        source_speaker=source_speaker,
        document_index=alignment.document,
        reasons=tuple(dict.fromkeys(reasons)),
    )
