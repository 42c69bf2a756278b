"""How a person's name is recognised in folded text (app.core.namefold), however it is written.

What counts as the name of "Marta Kowalczyk", "María de la Cruz" or "Ana García-López":
- the whole name with any separator or none between its words, in any case: "Marta Kowalczyk",
  "marta-kowalczyk" (a slug), "marta.kowalczyk", "@MartaKowalczyk", "Garcia Lopez" for
  "García-López", "De La Cruz" and "Delacruz" for "de la Cruz", "Maria Cruz" with the
  particles left out; also surname first ("Kowalczyk, Marta", "kowalczykmarta");
- handles and URL slugs made from the name: the given name's initial and the surname
  ("mkowalczyk", "m.kowalczyk", "kowalczykm"), when the surname is long enough to be telling or
  the form stands after "@" or "/" ("social.example/mkowalczyk");
- an apostrophe inside a word written or left out: "O'Neill" is "ONeill" and "Oneill";
- the surname alone (each part of a double surname too), wherever it stands capitalised as a
  word, however short ("Ng said", "WEI"); in lower case only when it has four letters or more
  and is no ordinary English word ("kowalczyk-speaks" in a slug, never "young" or "wei").
  The one exception: a surname that is also an ordinary English word ("Young", "Long") at the
  start of a sentence is an ordinary word there, unless a title stands before it ("Dr. Young").
  Slugs and file names have lost their capitals, so there (`caseless`) a surname of any length
  counts unless it is an ordinary English word ("tender-ng", never "young-voters").

Only names that look personal (two to six words, capitalised apart from particles) have a
surname; a description used as a name ("a senior official") is matched as the whole phrase.
A personal name whose first word is no known given name may be written family name first
("Nguyen Thi Minh Khai", "Li Wei": "Ms. Nguyen", "Li said"), so that word alone counts too; so
does the first word of a Korean name ("Kim Min-jun": "Kim said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.core.analysis.first_names import is_first_name
from app.core.namefold import fold

PARTICLES = frozenset(
    {"al", "bin", "binti", "ibn", "bint", "da", "das", "de", "dei", "del", "della", "den",
     "der", "des", "di", "do", "dos", "du", "el", "la", "las", "le", "les", "lo", "los", "op",
     "san", "st", "ten", "ter", "van", "vande", "vander", "von", "vom", "zu", "zum", "zur", "y"}
)  # fmt: skip
"""Lower-case words inside a surname ("de la Cruz", "van der Berg")."""
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
     "rev", "fr", "sen", "senator", "rep", "representative", "gov", "governor", "president",
     "minister", "premier", "mayor", "gen", "general", "col", "colonel", "capt", "captain",
     "lt", "lieutenant", "sgt", "sergeant", "cmdr", "adm", "admiral", "judge", "justice",
     "chief", "officer", "det", "detective", "inspector", "insp", "supt", "superintendent",
     "commissioner", "chancellor", "secretary", "ambassador", "amb", "sheikh", "imam",
     "rabbi", "father", "sister", "brother", "pastor", "bishop", "cardinal", "pope", "king",
     "queen", "prince", "princess", "hon", "councillor", "cllr", "alderman", "coach", "md"}
)  # fmt: skip
"""Titles a surname may follow ("Dr. Young"), and which a name may begin with."""
ORDINARY_WORD_MIN_FREQUENCY = 10_000
"""A word at least this frequent in pyspellchecker's English word counts is an ordinary word
("young" 430,777, "wood" 26,378; "smith" 1,006, "li" 2,438, "kowalczyk" none)."""
LOWER_CASE_SURNAME = 4
"""Letters from which a surname is matched in lower case too (as in slugs and file names)."""
HANDLE_SURNAME = 4
"""Letters from which initial-and-surname forms ("mkowalczyk") are matched anywhere."""

_SEP = r"[\s_.\-'·]*"
"""Between the words of a name: nothing, spaces, or the separators of slugs, handles, URLs."""
_LETTER = r"[^\W\d_]"
_BEFORE = rf"(?:(?<!{_LETTER})|(?-i:(?<=[a-z])(?=[A-Z])))"
_AFTER = rf"(?:(?!{_LETTER})|(?-i:(?<=[a-z])(?=[A-Z])))"
"""Word edges that also cut camel case: "@MartaKowalczykNews" holds MartaKowalczyk."""
_SENTENCE_END = frozenset(".!?…")
_OPENERS = frozenset(" \t\"'“‘«‹([{*_#>-–—")


@lru_cache(maxsize=1)
def _word_counts():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


def word_frequency(word: str) -> int:
    """How often `word` (any case) is in pyspellchecker's English word counts."""
    return _word_counts()[word.lower()]


@lru_cache(maxsize=4096)
def is_ordinary_word(word: str) -> bool:
    """Is `word` an everyday English word (not just a name that is also a rare word)?"""
    return word_frequency(word) >= ORDINARY_WORD_MIN_FREQUENCY


def _letters(word: str) -> int:
    return sum(c.isalpha() for c in word)


@dataclass(frozen=True)
class NameParts:
    """A name split the way people write it; `surname` is empty for non-personal names."""

    words: tuple[str, ...]
    """Every word of the name (hyphenated parts apart), titles dropped, folded."""
    given: str = ""
    surname: tuple[str, ...] = ()
    """The surname's words, particles included ("de", "la", "Cruz")."""
    components: tuple[str, ...] = ()
    """The surname's words that stand alone as a surname ("Cruz"; "Garcia" and "Lopez")."""


@lru_cache(maxsize=1024)
def parse_name(name: str, lookalikes: bool = True, digraphs: bool = False) -> NameParts:
    folded = fold(name, lookalikes=lookalikes, digraphs=digraphs)
    raw = [w.strip(".,;:()\"'") for w in folded.split()]
    raw = [w for w in raw if w]
    while len(raw) > 1 and raw[0].lower().rstrip(".") in TITLES:
        raw = raw[1:]
    words = tuple(part for word in raw for part in word.split("-") if part)
    if not words:
        return NameParts(())
    # Personal: 2-6 words (hyphenated parts apart), each capitalised but for particles and the
    # part after a hyphen.
    grouped = [w.split("-") for w in raw]
    personal = 2 <= len(raw) <= 6 and all(
        part[:1].isupper() or part.lower() in PARTICLES or (i > 0 and part[:1].islower())
        for parts in grouped
        for i, part in enumerate(parts)
    )  # a small letter after a hyphen is a Korean given name's ("Min-jun")
    if not personal or raw[0].lower() in PARTICLES:
        return NameParts(words)
    first_particle = next(
        (i for i, w in enumerate(raw) if i > 0 and w.lower() in PARTICLES), len(raw) - 1
    )
    surname_words = raw[first_particle:]
    surname = tuple(part for word in surname_words for part in word.split("-") if part)
    components = tuple(
        w for w in surname if w.lower() not in PARTICLES and _letters(w) >= 2 and w[:1].isupper()
    )
    given = raw[0].split("-")[0]
    if len(raw) > 1 and _letters(given) >= 2 and (not is_first_name(given) or _korean(raw)):
        components = (given, *components)  # "Nguyen Thi Minh Khai": the family name first
    return NameParts(words, given, surname, components)


def _korean(words: list[str]) -> bool:
    """ "Kim Min-jun", "Lee Seo-yeon": a Korean name, family name first, whose given name is
    written with a hyphen and a small letter after it (the family name may also be a Western
    given name, so the first-name table cannot tell)."""
    head, _, tail = words[-1].partition("-")
    return len(words) == 2 and bool(head) and tail[:1].islower()


_GAELIC_PREFIX_RE = re.compile(r"^(Ma?c)(?=[A-Z])")


def _word(word: str) -> str:
    """One word of a name as a pattern: an apostrophe inside it may be left out ("ONeill") or
    written as a space ("O Neill"), and so may the gap after "Mc" or "Mac" ("Mc Kenzie")."""
    pattern = re.escape(word).replace("'", r"['\s]?")
    return _GAELIC_PREFIX_RE.sub(r"\1\\s?", pattern)


def _join(words: tuple[str, ...] | list[str]) -> str:
    return _SEP.join(_word(w) for w in words)


@dataclass(frozen=True)
class NameMatcher:
    """Finds one name in folded text; `spans` gives (start, end) of every mention."""

    phrases: tuple[re.Pattern[str], ...]
    """Whole-name and handle forms: any case, always a match."""
    components: tuple[tuple[str, re.Pattern[str]], ...]
    """Surname words alone, with the capital and sentence rules applied per match."""

    def spans(self, text: str, *, caseless: bool = False) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for pattern in self.phrases:
            found.extend(m.span() for m in pattern.finditer(text))
        for word, pattern in self.components:
            for match in pattern.finditer(text):
                if _surname_counts(text, match.start(), match.group(), word, caseless):
                    found.append(match.span())
        return merge_spans(found)

    def search(self, text: str, *, caseless: bool = False) -> bool:
        if any(p.search(text) for p in self.phrases):
            return True
        return any(
            _surname_counts(text, m.start(), m.group(), word, caseless)
            for word, pattern in self.components
            for m in pattern.finditer(text)
        )


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with spans inside or overlapping others joined (one mention, one span)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _sentence_initial(text: str, start: int) -> bool:
    """Does the word at `start` begin a sentence (or a line), with no title before it?"""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0 or text[i] in "\n\r":
        return True
    if text[i] not in _SENTENCE_END:
        return False
    # "Dr. Young": the full stop closes a title, not a sentence.
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower() not in TITLES


def _surname_counts(text: str, start: int, found: str, word: str, caseless: bool) -> bool:
    """The surname rule for one match of a surname word standing alone."""
    if caseless:
        return not is_ordinary_word(word)
    if found[:1].isupper():
        return not (is_ordinary_word(word) and _sentence_initial(text, start))
    return _letters(word) >= LOWER_CASE_SURNAME and not is_ordinary_word(word)


@lru_cache(maxsize=1024)
def matcher(name: str, lookalikes: bool = True, digraphs: bool = False) -> NameMatcher | None:
    """A matcher for `name` folded one way (None for a name with fewer than two letters)."""
    parts = parse_name(name, lookalikes, digraphs)
    if _letters("".join(parts.words)) < 2:
        return None
    flags = re.IGNORECASE
    phrases = [re.compile(rf"{_BEFORE}{_join(parts.words)}{_AFTER}", flags)]
    components: list[tuple[str, re.Pattern[str]]] = []
    if parts.surname:
        given, surname = parts.given, parts.surname
        reverse = _SEP.join([_join(surname), r"[,\s]*", re.escape(given)])
        phrases.append(re.compile(rf"{_BEFORE}{reverse}{_AFTER}", flags))
        if len(surname) > 1:  # "Garcia Lopez", "De La Cruz", "Delacruz" without the given name
            phrases.append(re.compile(rf"{_BEFORE}{_join(surname)}{_AFTER}", flags))
        if parts.components and tuple(parts.components) != surname:  # "Maria Cruz"
            plain = _SEP.join([re.escape(given), _join(parts.components)])
            phrases.append(re.compile(rf"{_BEFORE}{plain}{_AFTER}", flags))
        # Handles and slugs: "mkowalczyk", "m.kowalczyk", "kowalczyk_m" (no spaces: "a young
        # man" is no handle of Anna Young), and the written-out "M. Kowalczyk".
        initial = re.escape(given[:1])
        tight = r"[._\-]?"
        handles = [
            rf"{initial}{tight}{_join(surname)}",
            rf"{_join(surname)}{tight}{initial}",
        ]
        telling = _letters("".join(surname)) >= HANDLE_SURNAME
        lead = _BEFORE if telling else r"(?<=[@/])"
        for form in handles:
            phrases.append(re.compile(rf"{lead}{form}{_AFTER}", flags))
        capital = re.escape(given[:1].upper())
        phrases.append(re.compile(rf"{_BEFORE}(?-i:{capital})\.\s*{_join(surname)}{_AFTER}", flags))
        for word in dict.fromkeys(parts.components):
            pattern = re.compile(rf"(?<!{_LETTER}){_word(word)}(?!{_LETTER})", flags)
            components.append((word, pattern))
    return NameMatcher(tuple(phrases), tuple(components))


SPLIT_SURNAME = 5
"""Letters from which a surname broken into pieces ("Kowal czyk") is still read as one."""
_SPLIT_SEP = r"(?:[^\S\n]{1,2}|[\-.·_/])?"
"""What may break a surname into pieces: a space or two, or one hyphen, dot or slash (a full
stop and a space end a sentence: "the car. Michael" is no Carmichael)."""


@lru_cache(maxsize=1024)
def _split_patterns(name: str, lookalikes: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = [w for w in parse_name(name, lookalikes).components if _letters(w) >= SPLIT_SURNAME]
    patterns = []
    for word in dict.fromkeys(words):
        broken = _SPLIT_SEP.join(map(re.escape, word))
        patterns.append((word, re.compile(rf"(?<!{_LETTER}){broken}(?!{_LETTER})", re.I)))
    return tuple(patterns)


def split_spans(
    text: str, name: str, *, caseless: bool = False, lookalikes: bool = True
) -> list[tuple[int, int]]:
    """Where a surname of `name` stands broken into pieces in folded `text` ("Kowal czyk",
    "Ko-wal-czyk", "K o w a l czyk"): read as the surname, by the surname rule, unless a piece
    after the first opens with a capital (a new word: "the car Michael drove"; capitals
    throughout excepted) or every piece is an ordinary word, a given name or a single letter
    ("good man" is not Goodman)."""
    found: list[tuple[int, int]] = []
    for word, pattern in _split_patterns(name, lookalikes):
        for match in pattern.finditer(text):
            pieces = re.findall(_LETTER + "+", match.group())
            if len(pieces) < 2:
                continue
            if not match.group().isupper() and any(p[:1].isupper() for p in pieces[1:]):
                continue
            if all(len(p) == 1 or is_ordinary_word(p) or is_first_name(p.capitalize())
                   for p in pieces):  # fmt: skip
                continue
            if _surname_counts(text, match.start(), match.group(), word, caseless):
                found.append(match.span())
    return found
