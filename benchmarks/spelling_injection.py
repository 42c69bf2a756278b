"""Misspellings injected into real copy for the spelling benchmarks (no data is committed).

Two kinds, each into its own copy of every article:

* real typos: codespell's list of common misspellings (misspelling -> correction), read at run
  time from the installed `codespell` package (`pip install -e '.[bench]'`); a word of the text
  that is a correction in that list is replaced by one of its misspellings;
* letter slips: a random transposition of two neighbouring letters, a dropped letter or a
  doubled letter.

An injected string that is itself a word (by an independent judge: pyspellchecker's English
list, not the checker's dictionary) is a real-word error no dictionary checker can see; those
are counted apart. The checker under test never sees the typo list.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "real-copy-dev" / "articles.jsonl"
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
RATE = 40
"""One injected error per this many words (at most), so paragraphs stay mostly intact."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str


@dataclass(frozen=True)
class Injected:
    start: int
    end: int
    original: str
    wrong: str
    kind: str
    """typo | slip"""
    place: str
    """lower (a lower-case word), start (a capitalised word opening a sentence), name (a
    capitalised word inside a sentence)"""
    real_word: bool


def articles(path: Path = CORPUS) -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                out.append(Article(record["id"], record["text"]))
    return out


def halves(items: list[Article]) -> tuple[list[Article], list[Article]]:
    """A fixed split by article id, so that a change tuned to one half shows on the other."""
    ordered = sorted(items, key=lambda a: a.id)
    middle = len(ordered) // 2
    return ordered[:middle], ordered[middle:]


def codespell_typos() -> dict[str, list[str]]:
    """correction (lower case) -> its misspellings, from codespell's dictionary.txt."""
    import importlib.util

    spec = importlib.util.find_spec("codespell_lib")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("codespell is not installed: pip install -e '.[bench]'")
    path = Path(next(iter(spec.submodule_search_locations)), "data", "dictionary.txt")
    typos: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "->" not in line:
            continue
        wrong, right = line.split("->", 1)
        for correction in right.split(","):
            correction = correction.strip()
            if correction and " " not in correction and wrong.isalpha():
                typos.setdefault(correction.lower(), []).append(wrong.strip().lower())
    return typos


def real_word_judge() -> Callable[[str], bool]:
    """Is this string an English word? pyspellchecker's list (independent of the checker's)."""
    from spellchecker import SpellChecker

    known = SpellChecker().word_frequency.dictionary
    return lambda w: w.lower() in known


def slip(word: str, rng: random.Random) -> str:
    kind = rng.choice(("swap", "drop", "double"))
    i = rng.randrange(1, len(word) - 1) if len(word) > 3 else 1
    if kind == "swap" and word[i] != word[i + 1 if i + 1 < len(word) else i - 1]:
        j = i + 1 if i + 1 < len(word) else i - 1
        a, b = sorted((i, j))
        return word[:a] + word[b] + word[a] + word[b + 1 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _case_like(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _place(text: str, start: int, word: str) -> str:
    if word[:1].islower():
        return "lower"
    before = text[:start].rstrip(" “\"‘'([")
    return "start" if not before or before[-1] in ".!?:\n" else "name"


def inject(
    article: Article, kind: str, seed: int, typos: dict[str, list[str]],
    is_word: Callable[[str], bool],
) -> tuple[str, list[Injected]]:  # fmt: skip
    """A copy of the article with errors of KIND, and where they are in it."""
    rng = random.Random(f"{seed}:{kind}:{article.id}")
    candidates = []
    for m in WORD.finditer(article.text):
        word = m.group()
        if len(word) < 4 or word.isupper() or "'" in word or "’" in word:
            continue
        if kind == "typo" and word.lower() not in typos:
            continue
        candidates.append(m)
    words = len(article.text.split())
    wanted = max(1, words // RATE)
    chosen = sorted(rng.sample(candidates, min(wanted, len(candidates))), key=lambda m: m.start())
    pieces: list[str] = []
    injected: list[Injected] = []
    last = 0
    shift = 0
    for m in chosen:
        word = m.group()
        if kind == "typo":
            wrong = _case_like(rng.choice(typos[word.lower()]), word)
        else:
            wrong = slip(word, rng)
        if wrong == word:
            continue
        pieces.append(article.text[last : m.start()])
        start = m.start() + shift
        pieces.append(wrong)
        shift += len(wrong) - len(word)
        last = m.end()
        place = _place(article.text, m.start(), word)
        injected.append(
            Injected(start, start + len(wrong), word, wrong, kind, place, is_word(wrong))
        )
    pieces.append(article.text[last:])
    return "".join(pieces), injected


def all_injections(
    items: list[Article], seed: int = 16
) -> Iterator[tuple[Article, str, str, list[Injected]]]:
    typos = codespell_typos()
    judge = real_word_judge()
    for article in items:
        for kind in ("typo", "slip"):
            text, injected = inject(article, kind, seed, typos, judge)
            yield article, kind, text, injected
