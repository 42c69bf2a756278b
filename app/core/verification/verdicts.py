"""Verdicts on quotes: align each with the source material, then judge what the story changed."""

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
from app.core.verification.align import (
    BRACKET_REACH,
    GAP,
    Alignment,
    QuoteWords,
    SourceIndex,
    quote_words,
)
from app.core.verification.coverage import is_covered
from app.core.verification.meaning import closest_passage, word_diff
from app.core.verification.normalize import STOPWORDS, Tokens, punctuation_form, tokenize
from app.core.verification.sourcetext import SourceText
from app.core.verification.speakers import named_speaker, speaker_agrees

# When is a partial match the same remark, changed, rather than a coincidence of words?
_SIMILAR = 0.62  # word similarity of quote and passage on its own
_RUN_WORDS = 4  # ... or a run of this many words in a row with the quote,
_RUN_CONTENT = 2  # holding this many words that are not function words,
_RUN_SIMILAR = 0.4  # with at least this similarity overall
_SPEAKER_RUN_WORDS = 3  # the same speaker lowers the run needed (issue 6's rivers example)
_SPEAKER_SIMILAR = 0.3
_FUNCTION_WORDS_SIMILAR = 0.75  # ... or, for a quote of common words, most of them in order
_SPEAKER_PREFERENCE = 0.08  # a passage by the named speaker wins over a slightly closer one


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
        diff=tuple(DiffOp(_OPS[op], story, source) for op, story, source in
                   word_diff(check.text, passage)),
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


def _label(index: SourceIndex, alignment: Alignment) -> str | None:
    document = index.documents[alignment.document]
    return document.speaker_at(index.tokens[alignment.document].starts[alignment.first])


def _judge(
    text: str, speaker: str | None, words: QuoteWords, alignment: Alignment, index: SourceIndex
) -> QuoteCheck:
    quote = words.tokens
    source = index.tokens[alignment.document]
    document = index.documents[alignment.document]
    changes, minors = _compare(words, source, alignment, pdf=document.kind == "pdf")
    start, end = source.starts[alignment.first], source.ends[alignment.last]
    source_speaker = document.speaker_at(start)
    agrees = speaker_agrees(named_speaker(speaker), source_speaker)
    if changes:
        if not _same_remark(quote, alignment, agrees):
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
        diff=tuple(_diff(words, source, alignment)),
        speaker_mismatch=agrees is False,
        source_speaker=source_speaker,
        document_index=alignment.document,
        reasons=tuple(dict.fromkeys(reasons)),
    )


def _same_remark(quote: Tokens, alignment: Alignment, agrees: bool | None) -> bool:
    """Enough shared wording to call the passage this quote, changed (not a coincidence)."""
    shared_content = sum(
        quote.keys[qi] not in STOPWORDS for qi, sj in alignment.path if qi != GAP and sj != GAP
    )
    run_words, run_content = _longest_run(quote, alignment)
    if alignment.similarity >= _SIMILAR and shared_content >= _RUN_CONTENT:
        return True
    # A quote of function words only ("this is not who we are") has nothing distinctive;
    # then nearly all of it must be there.
    if (
        alignment.similarity >= _FUNCTION_WORDS_SIMILAR
        and alignment.matched >= _RUN_WORDS
        and run_words >= _SPEAKER_RUN_WORDS
    ):
        return True
    if agrees:
        return (
            run_words >= _SPEAKER_RUN_WORDS
            and run_content >= _RUN_CONTENT
            and alignment.similarity >= _SPEAKER_SIMILAR
        )
    return (
        run_words >= _RUN_WORDS
        and run_content >= _RUN_CONTENT
        and alignment.similarity >= _RUN_SIMILAR
    )


def _longest_run(quote: Tokens, alignment: Alignment) -> tuple[int, int]:
    """The longest stretch of consecutive matched words, and how many of them carry meaning."""
    best = (0, 0)
    run = content = 0
    previous = (GAP - 1, GAP - 1)
    for qi, sj in alignment.path:
        if qi == GAP or sj == GAP:
            run = content = 0
            previous = (GAP - 1, GAP - 1)
            continue
        if qi == previous[0] + 1 and sj == previous[1] + 1:
            run += 1
        else:
            run, content = 1, 0
        content += quote.keys[qi] not in STOPWORDS
        previous = (qi, sj)
        best = max(best, (run, content))
    return best


def _groups(path: Sequence[tuple[int, int]]) -> Iterable[tuple[bool, list[tuple[int, int]]]]:
    """The path cut into runs of matched words and runs of differences."""
    run: list[tuple[int, int]] = []
    matching = True
    for qi, sj in path:
        is_match = qi != GAP and sj != GAP
        if run and is_match != matching:
            yield matching, run
            run = []
        matching = is_match
        run.append((qi, sj))
    if run:
        yield matching, run


def _point(path: Sequence[tuple[int, int]], upto: int) -> int:
    """Story words before step `upto`: the position between words where a difference sits."""
    last = -1
    for qi, _ in path[:upto]:
        if qi != GAP:
            last = qi
    return last + 1


def _compare(
    words: QuoteWords, source: Tokens, alignment: Alignment, pdf: bool = False
) -> tuple[list[str], list[str]]:
    """(changes that make the quote altered, differences the style allows)."""
    quote = words.tokens
    changes: list[str] = []
    minors: list[str] = []
    step = 0
    previous: tuple[int, int] | None = None
    quoted_brackets: set[int] = set()
    for matching, run in _groups(alignment.path):
        if matching:
            for qi, sj in run:
                _compare_words(quote, source, qi, sj, previous, minors, pdf)
                previous = (qi, sj)
        else:
            story_keys = [quote.keys[qi] for qi, _ in run if qi != GAP]
            source_keys = [source.keys[sj] for _, sj in run if sj != GAP]
            point = _point(alignment.path, step)
            if not story_keys and source_keys == _bracket_keys(words).get(point):
                quoted_brackets.add(point)  # the source has the same [bracketed] words
            elif story_keys and source_keys and "".join(story_keys) == "".join(source_keys):
                minors.append("words joined or split differently")
            elif story_keys and source_keys:
                changes.append(f"{len(source_keys)} word(s) changed")
            elif story_keys:
                changes.append(f"{len(story_keys)} word(s) added")
            elif words.omissions.get(point) == "ellipsis":
                if _source_ellipsis(source, run):
                    changes.append(
                        f"{len(source_keys)} word(s) dropped beside the source's own ellipsis"
                    )
                else:
                    minors.append("an ellipsis marks omitted words")
            elif words.omissions.get(point) == "bracket" and len(source_keys) <= BRACKET_REACH:
                minors.append("a [bracketed] insertion replaces words")
            else:
                changes.append(f"{len(source_keys)} word(s) dropped")
            previous = None
        step += len(run)
    if any(point not in quoted_brackets for point, _ in words.brackets):
        minors.append("a [bracketed] insertion")
    return changes, minors


def _source_ellipsis(source: Tokens, run: list[tuple[int, int]]) -> bool:
    """Is the story's ellipsis the speaker's own, printed in the source beside these words?

    Then it marks no omission of the story's, and the words beside it were dropped.
    """
    ids = [sj for _, sj in run if sj != GAP]
    before = source.gap(ids[0]) if ids[0] > 0 else ""
    after = source.gap(ids[-1] + 1) if ids[-1] + 1 < len(source) else ""
    return any("..." in gap or "…" in gap for gap in (before, after))


def _bracket_keys(words: QuoteWords) -> dict[int, list[str]]:
    return {point: tokenize(text).keys for point, text in words.brackets}


def _compare_words(
    quote: Tokens,
    source: Tokens,
    qi: int,
    sj: int,
    previous: tuple[int, int] | None,
    minors: list[str],
    pdf: bool = False,
) -> None:
    story_word, source_word = quote.exact[qi], source.exact[sj]
    if pdf:
        # A PDF's line-end hyphen is ambiguous ("well-⏎known" or "protec-⏎tion"): ignore hyphens.
        story_word, source_word = _unhyphenated(story_word), _unhyphenated(source_word)
    if story_word != source_word:
        if "[" in story_word + source_word:
            minors.append("a [bracketed] change inside a word")
        elif story_word.casefold() == source_word.casefold():
            minors.append("capitalisation at the start" if qi == 0 else "capitalisation")
        elif any(ch.isdigit() for ch in story_word + source_word):
            minors.append("a number spelled differently")
        else:
            minors.append("hyphenation")
    if previous is not None and previous == (qi - 1, sj - 1):
        story_gap = quote.gap(qi)
        if "[" not in story_gap and punctuation_form(story_gap) != punctuation_form(source.gap(sj)):
            minors.append("punctuation")


def _unhyphenated(word: str) -> str:
    return word.replace("-", "").replace("‐", "").replace("‑", "")


def _diff(words: QuoteWords, source: Tokens, alignment: Alignment) -> list[DiffOp]:
    quote = words.tokens
    pending = dict(words.brackets)  # bracketed insertions not yet placed, by point
    ops: list[DiffOp] = []
    step = 0

    def place_brackets(point: int) -> None:
        bracket = pending.pop(point, None)
        if bracket is not None:
            ops.append(DiffOp("insert", bracket, ""))

    for matching, run in _groups(alignment.path):
        point = _point(alignment.path, step)
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
