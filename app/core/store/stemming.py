"""The two English stemmers the search indexes use, in Python, so snippets mark what was found.

SQLite's FTS5 `porter` tokenizer (migration 0013) and PostgreSQL's Snowball English dictionary
(the `copydesk_search` configuration) reduce "ferries" to "ferri"; a snippet that looked for the
typed word would mark nothing. Asking the database to stem every word of 50 bodies costs a
round trip and, on SQLite, a write to a temporary table; these ports cost microseconds a word and
are checked word for word against both engines (tests/core/store/test_stemming.py).

Why ports and not the snowballstemmer package: measured in round 30, its "porter" and "english"
stemmers differ from what the two indexes store on 8 and 11 of the 5,000 commonest English words
("technology", "possibly"; "international", "organization", "university": FTS5 runs the original
C Porter, PostgreSQL an older Snowball English), so a snippet would leave some hits unmarked.

A stem is the start of its word but for a few letters it rewrote at its end ("ferries" ->
"ferri", "dying" -> "die"): `stem_prefix` is what a word must start with to have a given stem,
so the snippet's regex finds candidates nearly as fast as it found exact words, and only those
are stemmed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

PORTER_MAX_BYTES = 64
"""FTS5 passes longer tokens (and those under 3 bytes) through unstemmed."""

# --- FTS5 porter: a port of fts5_tokenize.c, byte for byte (non-ASCII bytes are consonants) ---


def _is_vowel(c: str, y_is_vowel: bool) -> bool:
    return c in "aeiou" or (y_is_vowel and c == "y")


def _gobble_vc(z: str, prev_consonant: bool) -> int:
    """The length of the first vowels-then-consonant run (0 if there is none)."""
    consonant = prev_consonant
    i = 0
    while i < len(z):
        consonant = not _is_vowel(z[i], consonant)
        if not consonant:
            break
        i += 1
    i += 1
    while i < len(z):
        consonant = not _is_vowel(z[i], consonant)
        if consonant:
            return i + 1
        i += 1
    return 0


def _m_gt0(z: str) -> bool:
    return _gobble_vc(z, False) > 0


def _m_gt1(z: str) -> bool:
    n = _gobble_vc(z, False)
    return bool(n) and _gobble_vc(z[n:], True) > 0


def _m_eq1(z: str) -> bool:
    n = _gobble_vc(z, False)
    return bool(n) and _gobble_vc(z[n:], True) == 0


def _o_star(z: str) -> bool:
    if z[-1] in "wxy":
        return False
    mask = 0
    consonant = False
    for c in z:
        consonant = not _is_vowel(c, consonant)
        mask = (mask << 1) + consonant
    return (mask & 7) == 5


def _has_vowel(z: str) -> bool:
    return any(_is_vowel(c, i > 0) for i, c in enumerate(z))


def _m_gt1_s_or_t(z: str) -> bool:
    return z[-1:] in ("s", "t") and _m_gt1(z)


_Rule = tuple[str, str, Callable[[str], bool]]
# (suffix, replacement, condition on the rest). FTS5 tries the rules whose suffix shares the
# word's last-but-one letter, in this order, and applies only the first whose suffix matches.
_STEP2: list[_Rule] = [
    ("ational", "ate", _m_gt0), ("tional", "tion", _m_gt0), ("enci", "ence", _m_gt0),
    ("anci", "ance", _m_gt0), ("izer", "ize", _m_gt0), ("logi", "log", _m_gt0),
    ("bli", "ble", _m_gt0), ("alli", "al", _m_gt0), ("entli", "ent", _m_gt0),
    ("eli", "e", _m_gt0), ("ousli", "ous", _m_gt0), ("ization", "ize", _m_gt0),
    ("ation", "ate", _m_gt0), ("ator", "ate", _m_gt0), ("alism", "al", _m_gt0),
    ("iveness", "ive", _m_gt0), ("fulness", "ful", _m_gt0), ("ousness", "ous", _m_gt0),
    ("aliti", "al", _m_gt0), ("iviti", "ive", _m_gt0), ("biliti", "ble", _m_gt0),
]  # fmt: skip
_STEP3: list[_Rule] = [
    ("ical", "ic", _m_gt0), ("ness", "", _m_gt0), ("icate", "ic", _m_gt0),
    ("iciti", "ic", _m_gt0), ("ful", "", _m_gt0), ("ative", "", _m_gt0), ("alize", "al", _m_gt0),
]  # fmt: skip
_STEP4: list[_Rule] = [
    ("al", "", _m_gt1), ("ance", "", _m_gt1), ("ence", "", _m_gt1), ("er", "", _m_gt1),
    ("ic", "", _m_gt1), ("able", "", _m_gt1), ("ible", "", _m_gt1), ("ant", "", _m_gt1),
    ("ement", "", _m_gt1), ("ment", "", _m_gt1), ("ent", "", _m_gt1),
    ("ion", "", _m_gt1_s_or_t), ("ou", "", _m_gt1), ("ism", "", _m_gt1), ("ate", "", _m_gt1),
    ("iti", "", _m_gt1), ("ous", "", _m_gt1), ("ive", "", _m_gt1), ("ize", "", _m_gt1),
]  # fmt: skip


def _apply(z: str, rules: list[_Rule]) -> str:
    for suffix, replacement, condition in rules:
        if suffix[-2] != z[-2]:
            continue
        if len(z) > len(suffix) and z.endswith(suffix):
            stem = z[: -len(suffix)]
            return stem + replacement if condition(stem) else z
    return z


def _porter_bytes(z: str) -> str:
    """FTS5's fts5PorterCb on a token whose characters are its UTF-8 bytes."""
    if z.endswith("s"):
        if z[-2] == "e":
            if (len(z) > 4 and z[-4:-2] == "ss") or (len(z) > 3 and z[-3] == "i"):
                z = z[:-2]
            else:
                z = z[:-1]
        elif z[-2] != "s":
            z = z[:-1]
    stripped = False
    if z[-2] == "e" and len(z) > 3 and z.endswith("eed"):
        if _m_gt0(z[:-3]):
            z = z[:-1]
    elif z[-2] == "e" and z.endswith("ed"):
        if _has_vowel(z[:-2]):
            z, stripped = z[:-2], True
    elif z[-2] == "n" and len(z) > 3 and z.endswith("ing") and _has_vowel(z[:-3]):
        z, stripped = z[:-3], True
    if stripped:
        if len(z) > 2 and z[-2:] in ("at", "bl", "iz"):
            z += "e"
        elif len(z) > 1 and not _is_vowel(z[-1], False) and z[-1] not in "lsz" and z[-1] == z[-2]:
            z = z[:-1]
        elif _m_eq1(z) and _o_star(z):
            z += "e"
    if z.endswith("y") and _has_vowel(z[:-1]):
        z = z[:-1] + "i"
    if len(z) > 1:
        z = _apply(_apply(_apply(z, _STEP2), _STEP3), _STEP4)
    if z.endswith("e") and (_m_gt1(z[:-1]) or (_m_eq1(z[:-1]) and not _o_star(z[:-1]))):
        z = z[:-1]
    if len(z) > 1 and z.endswith("ll") and _m_gt1(z[:-1]):
        z = z[:-1]
    return z


def porter(word: str) -> str:
    """The stem FTS5's porter tokenizer indexes for `word` (already folded by `fold_sqlite`)."""
    raw = word.encode()
    if len(raw) > PORTER_MAX_BYTES or len(raw) < 3:
        return word
    return _porter_bytes(raw.decode("latin-1")).encode("latin-1").decode(errors="replace")


def fold_sqlite(word: str) -> str:
    """As FTS5's unicode61 tokenizer with remove_diacritics 2 hands a token to porter."""
    plain = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def sqlite_stem(word: str) -> str:
    """A body or query word as FTS5 indexes it (cached: a newsroom's words repeat)."""
    return porter(fold_sqlite(word))


# --- Snowball English (Porter2), as PostgreSQL's snowball dictionary runs it ---

_VOWELS = "aeiouy"
_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_LI_ENDINGS = "cdeghkmnrt"
_EXCEPTIONS = {
    "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
    "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
    "cosmos": "cosmos", "bias": "bias", "andes": "andes",
}  # fmt: skip
_AFTER_1A = {"inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"}
_R1_PREFIXES = ("gener", "commun", "arsen")


def _regions(w: str) -> tuple[int, int]:
    def after_vc(start: int) -> int:
        for i in range(start + 1, len(w)):
            if w[i] not in _VOWELS and w[i - 1] in _VOWELS:
                return i + 1
        return len(w)

    r1 = next((len(p) for p in _R1_PREFIXES if w.startswith(p)), None)
    if r1 is None:
        r1 = after_vc(0)
    return r1, after_vc(r1)


def _short_syllable(w: str) -> bool:
    if len(w) == 2:
        return w[0] in _VOWELS and w[1] not in _VOWELS
    return (
        len(w) >= 3 and w[-3] not in _VOWELS and w[-2] in _VOWELS and w[-1] not in _VOWELS + "wxY"
    )


def _longest(w: str, suffixes: tuple[str, ...]) -> str:
    return max((s for s in suffixes if w.endswith(s)), key=len, default="")


_S2 = {
    "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent",
    "izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
    "alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous",
    "ousness": "ous", "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble",
    "ogi": "og", "fulli": "ful", "lessli": "less", "li": "",
}  # fmt: skip
_S3 = {
    "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic",
    "ical": "ic", "ful": "", "ness": "", "ative": "",
}  # fmt: skip
_S4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
    "ate", "iti", "ous", "ive", "ize", "ion",
)  # fmt: skip


def _snowball(w: str) -> str:
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 2:
        return w
    chars = list(w)
    for i, c in enumerate(chars):
        if c == "y" and (i == 0 or chars[i - 1] in _VOWELS):
            chars[i] = "Y"
    w = "".join(chars)
    r1, r2 = _regions(w)
    # Step 1a
    suffix = _longest(w, ("sses", "ied", "ies", "s", "us", "ss"))
    if suffix == "sses":
        w = w[:-2]
    elif suffix in ("ied", "ies"):
        w = w[:-3] + ("i" if len(w) > 4 else "ie")
    elif suffix == "s" and any(c in _VOWELS for c in w[:-2]):
        w = w[:-1]
    if w in _AFTER_1A:
        return w
    # Step 1b
    suffix = _longest(w, ("eed", "eedly", "ed", "edly", "ing", "ingly"))
    if suffix in ("eed", "eedly"):
        if len(w) - len(suffix) >= r1:
            w = w[: -len(suffix)] + "ee"
    elif suffix and any(c in _VOWELS for c in w[: -len(suffix)]):
        w = w[: -len(suffix)]
        if w.endswith(("at", "bl", "iz")):
            w += "e"
        elif w.endswith(_DOUBLES):
            w = w[:-1]
        elif r1 >= len(w) and _short_syllable(w):
            w += "e"
    # Step 1c
    if len(w) > 2 and w[-1] in "yY" and w[-2] not in _VOWELS:
        w = w[:-1] + "i"
    # Step 2
    suffix = _longest(w, tuple(_S2))
    if suffix and len(w) - len(suffix) >= r1:
        stem = w[: -len(suffix)]
        if suffix == "ogi":
            w = stem + "og" if stem.endswith("l") else w
        elif suffix == "li":
            w = stem if stem[-1:] and stem[-1] in _LI_ENDINGS else w
        else:
            w = stem + _S2[suffix]
    # Step 3
    suffix = _longest(w, tuple(_S3))
    in_r2 = len(w) - len(suffix) >= r2
    if suffix and len(w) - len(suffix) >= r1 and (suffix != "ative" or in_r2):
        w = w[: -len(suffix)] + _S3[suffix]
    # Step 4
    suffix = _longest(w, _S4)
    s_or_t = w[: -len(suffix)][-1:] in ("s", "t")
    if suffix and len(w) - len(suffix) >= r2 and (suffix != "ion" or s_or_t):
        w = w[: -len(suffix)]
    # Step 5
    if w.endswith("e"):
        at = len(w) - 1
        if at >= r2 or (at >= r1 and not _short_syllable(w[:-1])):
            w = w[:-1]
    elif w.endswith("ll") and len(w) - 1 >= r2:
        w = w[:-1]
    return w.replace("Y", "y")


def snowball(word: str) -> str:
    """The lexeme PostgreSQL's `copydesk_search` indexes for `word` (lower case): Snowball
    English for words of letters, the word itself for words with digits ('simple')."""
    return _snowball(word) if word.isalpha() else word


@lru_cache(maxsize=65536)
def postgres_stem(word: str) -> str:
    """A body or query word as PostgreSQL's `copydesk_search` indexes it (cached)."""
    return snowball(word.lower())


def stemmer(backend: str) -> Callable[[str], str]:
    """The stem function of a backend's index (SQLAlchemy dialect name)."""
    return postgres_stem if backend == "postgresql" else sqlite_stem


def stem_prefix(stem: str) -> str:
    """What every word with this stem starts with (folded as its backend folds it).

    The steps only cut a word's ending, except for a few endings they write: "y" as "i",
    an added or rewritten "e" ("hoping" -> "hope", "relation" -> "relate"), "bil(iti)" as
    "ble" (or "bl", its "e" cut again), "skies" as "sky" and "dying" as "die". So a stem
    ending otherwise is the start of its word; one ending so, less those letters. (Tried on
    128,000 words in the tests.)"""
    if stem.endswith(("ble", "ie")):
        cut = 2
    elif stem.endswith(("e", "i", "y", "bl")):
        cut = 1
    else:
        cut = 0
    return stem[: max(1, len(stem) - cut)]
