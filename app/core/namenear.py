"""A name misspelt: words in copy one slip of the keys from a person's surname.

The name rule (app.core.namematch) finds a name however convention spells it: accents, other
scripts, two-letter spellings, particles, handles. A hurried draft also spells it *wrong*
("Kowalcyzk", "Kowalczk", "Kowalczky"), and a reader still knows who is meant, so a confidential
source misspelt in the copy is as much a leak as one spelt right.

Such a word cannot be told from another person's name with certainty ("Johnson" is one letter
from "Johnston"), so it is neither redacted nor refused outright: the export gate blocks on it
and an editor may release the block with a reason, recorded with the export
(app.core.exporting.confidential.find_near_names).

A slip is one edit: a letter added, dropped or changed, or two neighbours swapped (optimal
string alignment distance, through rapidfuzz), to a surname word of at least `MIN_LETTERS`
letters (shorter ones are one letter from too many other names). Both sides are folded first
(app.core.namefold), so "Kowalczýk" is an exact spelling, not a slip. The word in the copy must
be written as a name: capitalised (unless the text lost its capitals, as a slug has), no
ordinary English word ("Cartel" is one letter from Carter), and no given name standing before
another name ("Martin Luther" for a source named Martins).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from app.core.analysis.first_names import is_first_name
from app.core.namefold import has_digraph_letters, link_readings, project
from app.core.namematch import parse_name, word_frequency

MIN_LETTERS = 5
"""Letters from which a surname word is matched with a slip ("Nowak" as "Novak")."""

ORDINARY_SLIP_FREQUENCY = 3_000
"""A word at least this frequent in the English word counts is an ordinary word, not a
misspelt name. Lower than the name rule's own bar (app.core.namematch), since here only words
one letter from a surname are in question: common surnames stay below it ("smith" 1,006,
"taylor" 2,724, "kelly" 2,649), the capitalised words of copy one letter from a surname are
above ("cartel" 6,093 for Carter, "brown" 33,083 for Browne)."""

_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NEXT_NAME_RE = re.compile(r"[ \t]+[A-Z]")


@dataclass(frozen=True)
class NearName:
    """A word in the original text (`start`, `end`) one slip from `name`'s surname."""

    start: int
    end: int
    word: str
    name: str


def _key(word: str) -> str:
    """`word` as compared: a possessive's "'s" off ("Kowalczyk's" is the name spelt right, which
    the name rule finds), other apostrophes out ("OConor" for "O'Conor"), any case."""
    if word[-2:] in ("'s", "'S"):
        word = word[:-2]
    return word.replace("'", "").casefold()


@lru_cache(maxsize=1024)
def surname_keys(name: str) -> frozenset[str]:
    """The words of `name` a slip is measured against, folded both ways ("Müller": muller,
    mueller), apostrophes out; empty for a name that is no person's."""
    keys: set[str] = set()
    for digraphs in (False, True) if has_digraph_letters(name) else (False,):
        for word in parse_name(name, True, digraphs).components:
            key = _key(word)
            if len(key) >= MIN_LETTERS:
                keys.add(key)
    return frozenset(keys)


def _slip(key: str, targets: Iterable[str]) -> bool:
    return any(
        abs(len(key) - len(t)) <= 1 and OSA.distance(key, t, score_cutoff=1) == 1 for t in targets
    )


def near_names(
    text: str | None,
    names: Iterable[str],
    *,
    markup: bool = True,
    caseless: bool = False,
    spared: Iterable[str] = (),
) -> list[NearName]:
    """Words of `text` (Markdown and HTML read as a reader sees them) one slip from a surname
    of `names`, in order. Words equal to a surname word of `spared` (people the story names on
    purpose, such as its writers) are someone else."""
    if not text:
        return []
    wanted = {name: surname_keys(name) for name in names}
    wanted = {name: keys for name, keys in wanted.items() if keys}
    if not wanted:
        return []
    lengths = {len(k) + d for keys in wanted.values() for k in keys for d in (-1, 0, 1)}
    exempt = {key for name in spared for key in surname_keys(name)}
    found: list[NearName] = []
    seen: set[tuple[int, int]] = set()
    for links in link_readings(text, markup):  # "[Kowal](url)cyzk" is drawn "Kowalcyzk"
        projection = project(text, markup=markup, links=links)
        folded = projection.text
        for match in _WORD_RE.finditer(folded):
            word = match.group()
            key = _key(word)
            if len(key) not in lengths or key in exempt:
                continue
            if not caseless and not word[:1].isupper():
                continue
            hits = [name for name, keys in wanted.items() if _slip(key, keys)]
            if not hits or word_frequency(key) >= ORDINARY_SLIP_FREQUENCY:
                continue
            if is_first_name(word) and _NEXT_NAME_RE.match(folded, match.end()):
                continue  # "Martin Luther": a given name, not a misspelt "Martins"
            start, end = projection.span(*match.span())
            if (start, end) not in seen:
                seen.add((start, end))
                found.append(NearName(start, end, text[start:end], hits[0]))
    return sorted(found, key=lambda n: n.start)
