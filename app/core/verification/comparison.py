"""Scoring a quote against its aligned passage: which differences alter it, which the style allows.

`compare` sorts the differences along an alignment into changes (the quote is `altered`) and
minor ones (punctuation, capitals, an ellipsis, a [bracketed] insertion); `same_remark` says
when a partial match is the same remark, changed, rather than a coincidence of words. Kept
apart from app.core.verification.verdicts, which picks the passage and gives the verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.text.counts import counted
from app.core.verification.align import BRACKET_REACH, GAP, Alignment, QuoteWords
from app.core.verification.normalize import STOPWORDS, Tokens, punctuation_form, tokenize

# When is a partial match the same remark, changed, rather than a coincidence of words?
_SIMILAR = 0.62  # word similarity of quote and passage on its own
_RUN_WORDS = 4  # ... or a run of this many words in a row with the quote,
_RUN_CONTENT = 2  # holding this many words that are not function words,
_RUN_SIMILAR = 0.4  # with at least this similarity overall
_SPEAKER_RUN_WORDS = 3  # the same speaker lowers the run needed (issue 6's rivers example)
_SPEAKER_SIMILAR = 0.3
_FUNCTION_WORDS_SIMILAR = 0.75  # ... or, for a quote of common words, most of them in order


def same_remark(quote: Tokens, alignment: Alignment, agrees: bool | None) -> bool:
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


def path_runs(path: Sequence[tuple[int, int]]) -> Iterable[tuple[bool, list[tuple[int, int]]]]:
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


def point_before(path: Sequence[tuple[int, int]], upto: int) -> int:
    """Story words before step `upto`: the position between words where a difference sits."""
    last = -1
    for qi, _ in path[:upto]:
        if qi != GAP:
            last = qi
    return last + 1


def compare(
    words: QuoteWords, source: Tokens, alignment: Alignment, pdf: bool = False
) -> tuple[list[str], list[str]]:
    """(changes that make the quote altered, differences the style allows)."""
    quote = words.tokens
    changes: list[str] = []
    minors: list[str] = []
    step = 0
    previous: tuple[int, int] | None = None
    quoted_brackets: set[int] = set()
    for matching, run in path_runs(alignment.path):
        if matching:
            for qi, sj in run:
                _compare_words(quote, source, qi, sj, previous, minors, pdf)
                previous = (qi, sj)
        else:
            story_keys = [quote.keys[qi] for qi, _ in run if qi != GAP]
            source_keys = [source.keys[sj] for _, sj in run if sj != GAP]
            point = point_before(alignment.path, step)
            if not story_keys and source_keys == _bracket_keys(words).get(point):
                quoted_brackets.add(point)  # the source has the same [bracketed] words
            elif story_keys and source_keys and "".join(story_keys) == "".join(source_keys):
                minors.append("words joined or split differently")
            elif story_keys and source_keys:
                changes.append(f"{counted(len(source_keys), 'word')} changed")
            elif story_keys:
                changes.append(f"{counted(len(story_keys), 'word')} added")
            elif words.omissions.get(point) == "ellipsis":
                if _source_ellipsis(source, run):
                    changes.append(
                        f"{counted(len(source_keys), 'word')} dropped beside the source's own "
                        "ellipsis"
                    )
                else:
                    minors.append("an ellipsis marks omitted words")
            elif words.omissions.get(point) == "bracket" and len(source_keys) <= BRACKET_REACH:
                minors.append("a [bracketed] insertion replaces words")
            else:
                changes.append(f"{counted(len(source_keys), 'word')} dropped")
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
