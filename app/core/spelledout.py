"""A word spelt out letter by letter, read as the word a reader reads.

"K o w a l c z y k", "K.o.w.a.l.c.z.y.k", "K-o-w-a-l-c-z-y-k", "(K)(o)(w)(a)..." and the
same with soft hyphens or zero-width characters among the spaces all read "Kowalczyk" to a
person, while the name rule (app.core.namematch) sees nine one-letter words. `close_up` gives
the folded text with every such run of single letters closed up into one word, with the
offset of each character, so a name found there can be pointed at in the copy.

Only runs of at least `MIN_LETTERS` single letters are closed up: two spaced letters are
initials ("J. K."), which name nobody the surname rule would find; and an acronym closed up
("U.S.A." as "USA") is what the copy would show written solid, so it blocks exactly when the
solid spelling would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_LETTERS = 3
"""Single letters in a row from which a run is read as one spelt-out word."""

_L = r"[^\W\d_]"
_ITEM = rf"(?:[(\[{{]{_L}[)\]}}]|{_L}(?!{_L}))"
"""One letter standing alone, or alone in brackets ("(K)", "[o]")."""
_GAP = r"[^\S\n]{0,3}[.\-_/·*|•+~:]?[^\S\n]{0,3}"
"""What may stand between the letters: spaces, one dot, hyphen, slash or the like, or
nothing next to a bracket."""
_RUN_RE = re.compile(rf"(?<!{_L}){_ITEM}(?:{_GAP}{_ITEM}){{{MIN_LETTERS - 1},}}")
_LETTER_RE = re.compile(_L)


@dataclass(frozen=True)
class ClosedUp:
    """Text with spelt-out runs closed up; `span` maps a match back to the text it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def close_up(text: str) -> ClosedUp | None:
    """`text` with each run of single letters spelt out closed up into a word (the text
    around it kept), or None when there is no such run."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    found = False
    for run in _RUN_RE.finditer(text):
        found = True
        # A run closed up stands apart from the words around it ("said K o w" is not "saidKow").
        keep = text[position : run.start()]
        out.append(keep)
        starts.extend(range(position, run.start()))
        ends.extend(range(position + 1, run.start() + 1))
        for letter in _LETTER_RE.finditer(run.group()):
            out.append(letter.group())
            starts.append(run.start() + letter.start())
            ends.append(run.start() + letter.end())
        position = run.end()
    if not found:
        return None
    out.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return ClosedUp("".join(out), tuple(starts), tuple(ends))


DIGIT_LETTERS = str.maketrans("013457$@", "oleastsa")
"""Digits and signs a name is written with for letters they look like ("K0walczyk")."""
_MIXED_RE = re.compile(r"(?<![\w$@])(?=[\w$@]*[^\W\d_][013457$@]+[^\W\d_])[\w$@]{4,}(?![\w$@])")
"""A word of four characters or more with such digits or signs between two letters ("1st",
"3pm", "COVID19" and "A380" have none)."""
_DIGIT_AFTER_LETTER_RE = re.compile(r"[^\W\d_][013457$@]+[^\W\d_]")
"""A letter, such digits or signs, a letter: what `_MIXED_RE` needs (cheap to look for)."""


def letters_for_digits(text: str) -> str | None:
    """`text` with the digits and signs inside words that mix them with letters read as the
    letters they stand for ("K0walczyk" as "Kowalczyk", "Kowa1czyk" as "Kowalczyk"), one
    character for one so offsets hold; None when no word mixes them. Figures, short codes
    ("F1", "4G") and words with digits only at an end ("1st", "10am") are left alone."""
    if _DIGIT_AFTER_LETTER_RE.search(text) is None:
        return None
    found = False

    def swap(match: re.Match[str]) -> str:
        nonlocal found
        word = match.group()
        if sum(c.isalpha() for c in word) < 2:
            return word
        found = True
        return word.translate(DIGIT_LETTERS)

    out = _MIXED_RE.sub(swap, text)
    return out if found else None
