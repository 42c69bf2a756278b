"""Word tokens and comparison keys that make a story's quote and its source comparable."""

# Two spellings of a word compare on two levels: the *key* (case-folded, hyphens and line-break
# hyphenation removed, numbers as digits) decides whether they are the same word at all; the
# *exact* form (as written, with apostrophes and broken lines tidied) decides whether the story
# changed its look (capitalisation, a spelled-out number), which the style allows as `minor`.

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# A word: letters/digits joined by in-word apostrophes, hyphens (also a hyphen that ends a line,
# as in PDF text), and the separators inside numbers ("1,000", "3.5"). "%" counts as a word
# so that "10%" and "ten percent" compare as the same two words.
_WORD = re.compile(
    r"[^\W_]+(?:(?:['’‘`]|[-‐‑\u00ad](?:[ \t]*\r?\n[ \t]*)?|(?<=\d)[.,](?=\d))[^\W_]+)*|%"
)
_LINE_HYPHEN = re.compile(r"[-‐‑\u00ad][ \t]*\r?\n[ \t]*")
_HYPHENS = re.compile(r"[-‐‑\u00ad]")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")


def word_list(text: str) -> list[str]:
    """A word list written as one string (easier to read and edit than a long literal)."""
    return text.split()


def word_set(text: str) -> frozenset[str]:
    return frozenset(word_list(text))


_UNITS = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = word_list("twenty thirty forty fifty sixty seventy eighty ninety")
_SMALL: dict[str, int] = {word: value for value, word in enumerate(_UNITS)}
for _t, _word in enumerate(_TENS, start=2):
    _SMALL[_word] = _t * 10
    for _u in range(1, 10):
        _SMALL[_word + _UNITS[_u]] = _t * 10 + _u  # "twenty-five" once hyphens are gone
_ROUND_TENS = frozenset(range(20, 100, 10))
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 10**9,
    "trillion": 10**12,
}
_ORDINALS = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
    "eleventh": "11th",
    "twelfth": "12th",
    "twentieth": "20th",
    "hundredth": "100th",
}

STOPWORDS = word_set(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    i'm i've i'd i'll you're you've we're we've they're it's that's there's don't doesn't didn't
    won't can't isn't aren't wasn't weren't also said says say going get got just like really
    very well yes oh um uh let's 's"""
)


@dataclass(slots=True)
class Tokens:
    """Words of one text as parallel lists (cheap to build for a 50,000-word transcript)."""

    text: str
    starts: list[int]
    ends: list[int]
    keys: list[str]
    exact: list[str]

    def __len__(self) -> int:
        return len(self.keys)

    def gap(self, index: int) -> str:
        """The characters between token index-1 and token index (punctuation, spaces)."""
        return self.text[self.ends[index - 1] : self.starts[index]]


@functools.lru_cache(maxsize=65536)
def exact_form(word: str) -> str:
    """The word as written, minus typography: curly apostrophes, hyphenation at a line end."""
    word = _LINE_HYPHEN.sub("", word) if "\n" in word else word
    return word.replace("’", "'").replace("‘", "'").replace("`", "'").replace("\u00ad", "")


@functools.lru_cache(maxsize=65536)
def word_key(exact: str) -> str:
    """What makes two spellings the same word: case, hyphens and digit grouping do not count."""
    if exact == "%":
        return "percent"
    key = _HYPHENS.sub("", exact.casefold())
    if "[" in key:
        key = key.replace("[", "").replace("]", "")
    if _THOUSANDS.match(key):
        key = key.replace(",", "")
    return _ORDINALS.get(key, key)


_INWORD_BRACKETS = re.compile(r"\[[^\W_]{1,4}\](?=[^\W_])|(?<=[^\W_])\[[^\W_]{1,4}\]")


def _hide_inword_brackets(match: re.Match[str]) -> str:
    return "\u00ad" + match.group()[1:-1] + "\u00ad"


def tokenize(text: str, merge_numbers: bool = True) -> Tokens:
    """Split `text` into word tokens with offsets, keys and exact forms.

    Letters an editor changed in brackets ("[I]f", "walk[ed]") stay part of their word:
    the matcher sees them joined like a soft hyphen, the exact form keeps the brackets.
    """
    starts: list[int] = []
    ends: list[int] = []
    exact: list[str] = []
    scan = _INWORD_BRACKETS.sub(_hide_inword_brackets, text) if "[" in text else text
    hidden = scan is not text
    for match in _WORD.finditer(scan):
        start, end = match.span()
        if hidden:  # take in the brackets that open or close the word
            if start > 0 and text[start - 1] == "[" and scan[start - 1] == "\u00ad":
                start -= 1
            if end < len(text) and text[end] == "]" and scan[end] == "\u00ad":
                end += 1
        starts.append(start)
        ends.append(end)
        exact.append(exact_form(text[start:end]))
    keys = [word_key(e) for e in exact]
    tokens = Tokens(text, starts, ends, keys, exact)
    if merge_numbers:
        _merge_numbers(tokens)
    return tokens


def _number_value(key: str) -> float | None:
    if key in _SMALL:
        return _SMALL[key]
    if _DIGITS.match(key):
        return float(key)
    return None


def _merge_numbers(tokens: Tokens) -> None:
    """Fold "twenty five", "5 million", "three hundred and two" into one token keyed by digits.

    Why: a story may spell out what the speaker's transcript wrote as digits (or the reverse);
    the alignment must see the same word, and the verdict then calls the difference minor.
    """
    keys = tokens.keys
    if not any(k in _SMALL or k in _SCALES or k[:1].isdigit() for k in keys):
        return
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_keys: list[str] = []
    out_exact: list[str] = []
    i, n = 0, len(keys)
    while i < n:
        first = _number_value(keys[i])
        if first is None:
            out_starts.append(tokens.starts[i])
            out_ends.append(tokens.ends[i])
            out_keys.append(keys[i])
            out_exact.append(tokens.exact[i])
            i += 1
            continue
        total, current = 0.0, first
        j = i + 1
        while j < n and not tokens.text[tokens.ends[j - 1] : tokens.starts[j]].strip(" -\t\n"):
            key = keys[j]
            if key in _SCALES:
                scale = _SCALES[key]
                if scale == 100:
                    current *= 100
                else:
                    total += current * scale
                    current = 0.0
            elif key in _SMALL and (keys[j - 1] in _SCALES or keys[j - 1] == "and"):
                current += _SMALL[key]
            elif key in _SMALL and _SMALL.get(keys[j - 1], 0) in _ROUND_TENS and _SMALL[key] < 10:
                current += _SMALL[key]  # "twenty five"
            elif key == "and" and keys[j - 1] == "hundred" and j + 1 < n and keys[j + 1] in _SMALL:
                pass
            else:
                break
            j += 1
        value = total + current
        text_key = str(int(value)) if value == int(value) else repr(value)
        out_starts.append(tokens.starts[i])
        out_ends.append(tokens.ends[j - 1])
        out_keys.append(text_key)
        out_exact.append(" ".join(tokens.exact[i:j]))
        i = j
    tokens.starts, tokens.ends = out_starts, out_ends
    tokens.keys, tokens.exact = out_keys, out_exact


_QUOTE_MARKS = str.maketrans({c: '"' for c in "'’‘‛`\"“”„«»‹›"})
_DASHES = re.compile(r"--+|[‒–—―]|(?<=\s)-(?=\s)")
_SPACE = re.compile(r"\s+")
_IGNORED = re.compile(r"[*_<>]")


def punctuation_form(gap: str) -> str:
    """Punctuation between two words, spelled one way: nested or curly quotes, dashes, spaces.

    A story nests the speaker's quotes in single marks and may use a different dash than the
    transcript; neither is a change to the speaker's words.
    """
    gap = _DASHES.sub("—", gap.replace("…", "..."))
    gap = _SPACE.sub("", gap.translate(_QUOTE_MARKS))
    return _IGNORED.sub("", gap)
