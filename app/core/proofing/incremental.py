"""Spelling a paragraph again after an edit: only the words the edit reached are read again.

The editor checks the paragraph under the cursor at every keystroke. A word's issues depend on
the word, whether a sentence starts there, the character after it and the word before it
(`spelling.word_issues`), and a word never spans white space. So after an edit, the
stretch between the white space around it is tokenised and judged again; the words before it
keep their issues, the words after it keep theirs moved by the edit's length, and the first
word after it is judged again (the word before it, or the sentence it starts, may have
changed). The result is what `spelling.check_paragraph` finds for the new text (a test checks
that for random edits).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from app.core.proofing.issues import Issue
from app.core.proofing.spelling import Vocabulary, word_issues
from app.core.proofing.words import Token, _starts_sentence, tokens, tokens_between


@dataclass(frozen=True, slots=True)
class SpellingPass:
    """One paragraph's spelling: its words and, for each, the issues found with it."""

    text: str
    words: tuple[Token, ...]
    found: tuple[tuple[Issue, ...], ...]
    lazy: bool

    @property
    def issues(self) -> list[Issue]:
        return [issue for group in self.found for issue in group]


def common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the longest common prefix and suffix (not overlapping in either string),
    found by halving with slice comparisons, which run at C speed."""
    shorter = min(len(old), len(new))
    lo, hi = 0, shorter
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, shorter - prefix
    old_end, new_end = len(old), len(new)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[old_end - mid :] == new[new_end - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, lo


def spell(
    text: str, vocabulary: Vocabulary, previous: SpellingPass | None = None, *, lazy: bool = False
) -> SpellingPass:
    """The spelling of TEXT; PREVIOUS (the same paragraph before an edit, checked with the same
    vocabulary) saves reading the words the edit did not reach."""
    if previous is not None and previous.lazy and not lazy:
        previous = None  # its misspellings lack their suggestions
    if previous is None:
        words = tokens(text)
        found = tuple(word_issues(text, words, i, vocabulary, lazy=lazy) for i in range(len(words)))
        return SpellingPass(text, words, found, lazy)
    old = previous.text
    if old == text:
        return previous
    prefix, suffix = common_ends(old, text)
    delta = len(text) - len(old)
    # The edited stretch, widened to the white space around it (in both texts alike: what
    # lies outside is common to both).
    lo = prefix
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = len(text) - suffix
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    starts = [w.start for w in previous.words]
    first_gone = bisect_left(starts, lo)
    first_after = bisect_left(starts, hi - delta)
    before = previous.words[:first_gone]
    middle = tokens_between(text, lo, hi)
    after = [
        Token(w.text, w.start + delta, w.end + delta, w.sentence_start)
        for w in previous.words[first_after:]
    ]
    if after and after[0].text[0].isupper():
        # The first word after the stretch may start a sentence that the edit began or ended.
        head = after[0]
        after[0] = Token(head.text, head.start, head.end, _starts_sentence(text, head.start))
    words = (*before, *middle, *after)
    judged = len(before) + len(middle) + (1 if after else 0)  # the first word after, too
    found = (
        *previous.found[:first_gone],
        *(word_issues(text, words, i, vocabulary, lazy=lazy)
          for i in range(len(before), judged)),
        *(tuple(issue.shifted(delta) for issue in group) if delta else group
          for group in previous.found[first_after + 1 :]),
    )  # fmt: skip
    return SpellingPass(text, words, found, lazy)
