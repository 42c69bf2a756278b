"""Quoted items in one list share one reading: "signs reading “Vote Vell,” “Safer streets,”
and “Jobs first.”" are slogans all, once the first is read as one.

A writer lists like with like; when a capitalised item of a run of marked items joined by
commas or "and" was left out of the quotes (a title, a slogan), the capitalised items that
follow it at once are the same kind of thing, even where their own case ("Safer streets")
would not tell. Title-case items are read on their own (a name someone gives, "as “Miss Fix”
and “Mister Maybe”", can be their words), and lower-case lists ("rated “false” or “wrong”")
are verdicts read word by word. Asked by the engine only of passages no speech tag frames.
"""

from __future__ import annotations

import re

from app.core.analysis.name_shapes import is_title_case

# Between one item's closing mark and the next item's opening mark: a comma (inside or after
# the marks) and an optional "and"/"or", or "and"/"or" alone.
_LIST_JOIN_RE = re.compile(r"[\"”’']+,?\s*(?:(?:and|or)\s+)?[\"“‘']")


def continues_list(text: str, left_out: int, start: int, end: int, mark_start: int) -> bool:
    """Does the passage text[start:end], its opening mark at `mark_start`, follow as the next
    item of a list the capitalised passage ending at `left_out` that was left out of the
    quotes? (`left_out` is -1 when no such passage was met.)"""
    if left_out < 0 or not 0 < mark_start - left_out <= 8:
        return False  # cheap test first: the last item left out ends right before (speed)
    if text[left_out - 1 : left_out] in (".", "!", "?"):
        return False  # "sang “Lean on Me.” “I will miss them,” …": the stop ends the list
    between = text[left_out : mark_start + 1]
    if "\n" in between or _LIST_JOIN_RE.fullmatch(between) is None:
        return False
    words = text[start:end].split()
    return bool(words) and words[0][:1].isupper() and not is_title_case(words)


def capitalised(text: str, start: int) -> bool:
    """Does the passage starting at `start` open with a capital (an item a list may carry on)?"""
    return text[start : start + 1].isupper()
