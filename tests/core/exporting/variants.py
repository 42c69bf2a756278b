"""Spelling variants of a person's name, made by hand-written transforms (never the app's).

Each transform is what a reporter, a keyboard or a malicious paste does to a name: accents
dropped, Polish/Danish/Serbian letters written the ASCII way, Cyrillic or Greek look-alike
letters slipped in, the name reversed inside a right-to-left override, a social handle or a
profile URL, hyphen and space swapped, particles recapitalised or run together, invisible
characters inserted, the name shouted in capitals, the surname alone, "ü" and "ø" written the
German and Nordic way as two letters, an apostrophe left out of "O'Neill", the surname
hyphenated at the end of a line (copy pasted from a printed page).
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

ASCII_OF = {
    "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ą": "a", "é": "e", "è": "e",
    "ê": "e", "ë": "e", "ę": "e", "í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o",
    "ô": "o", "ö": "o", "õ": "o", "ő": "o", "ø": "o", "ú": "u", "ù": "u", "û": "u", "ü": "u",
    "ű": "u", "ñ": "n", "ń": "n", "ç": "c", "ć": "c", "č": "c", "ś": "s", "š": "s", "ş": "s",
    "ź": "z", "ż": "z", "ž": "z", "ł": "l", "đ": "d", "ř": "r", "ý": "y", "ğ": "g",
    "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Ł": "L", "Ø": "O", "Đ": "D", "Š": "S",
    "Ž": "Z", "Č": "C", "Ś": "S", "Ż": "Z", "Ö": "O", "Ü": "U", "Ç": "C", "Ñ": "N",
    "Ổ": "O", "ổ": "o", "ẞ": "SS", "ß": "ss",
}  # fmt: skip
"""How a reporter types a name without its accents (the test's own table)."""
TWO_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "Ä": "Ae", "Ö": "Oe",
               "Ü": "Ue", "Ø": "Oe", "Å": "Aa"}  # fmt: skip
"""How a German or Nordic reporter types those letters without their marks."""

LOOKALIKES = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
    "C": "С", "T": "Т", "X": "Х",
}  # fmt: skip
"""Cyrillic letters drawn like Latin ones."""
GREEK = {"o": "ο", "v": "ν", "a": "α", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "N": "Ν"}

GIVEN = ["Marta", "José", "Łukasz", "Søren", "Đorđe", "Zoë", "Renée", "Ana", "Ngozi", "Björn",
         "Piotr", "Inês", "Małgorzata", "Jürgen", "Ivana", "Nuno"]  # fmt: skip
SYLLABLES = ["ko", "wal", "wa", "sa", "gar", "lo", "pez", "ro", "ba", "ny", "ma", "ren", "zo",
             "bu", "ller"]  # fmt: skip
FOREIGN = ["czyk", "szcz", "łęsk", "ščk", "ñezk", "ryńsk", "đžk", "tøsk", "müszk"]
"""Every long surname has one of these clusters, so no surname is also an English word
("Mama", or "Małę" that reads "Male")."""
SHORT_SURNAMES = ["Ng", "Li", "Wu", "Xu", "Lam", "Ong", "Tse", "Yip", "Ổng"]
ELIDED = ["O'", "D'", "M'"]
"""Surnames that open with an elided word and an apostrophe ("O'Neill", "D'Arcy")."""


def strip_accents(text: str) -> str:
    return "".join(ASCII_OF.get(ch, ch) for ch in text)


def _broken(word: str) -> str:
    """`word` hyphenated at the end of a line, a letter or more on each side."""
    cut = max(1, len(word) // 2)
    return word[:cut] + "-\n" + word[cut:]


def two_letters(text: str) -> str:
    """The German and Nordic way: "Jürgen Müller" as "Juergen Mueller", then no accents."""
    return strip_accents("".join(TWO_LETTERS.get(ch, ch) for ch in text))


def camel(*words: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


@dataclass(frozen=True)
class Name:
    given: str
    surname: str
    """As the source was entered (accents, hyphens, particles)."""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def surname_words(self) -> list[str]:
        return self.surname.replace("-", " ").split()

    @property
    def core(self) -> str:
        """The surname's last capitalised word: what stands alone in copy."""
        return [w for w in self.surname_words if w[:1].isupper()][-1]


@st.composite
def names(draw: st.DrawFn) -> Name:
    given = draw(st.sampled_from(GIVEN))
    kind = draw(st.sampled_from(["plain", "short", "double", "particle", "elided"]))
    if kind == "short":
        return Name(given, draw(st.sampled_from(SHORT_SURNAMES)))

    def word() -> str:
        syllables = draw(st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=2))
        syllables.insert(draw(st.integers(0, len(syllables))), draw(st.sampled_from(FOREIGN)))
        return "".join(syllables).capitalize()

    surname = word()
    if kind == "double":
        surname = f"{surname}-{word()}"
    elif kind == "particle":
        surname = f"{draw(st.sampled_from(['de la', 'van der', 'da', 'von']))} {surname}"
    elif kind == "elided":
        surname = draw(st.sampled_from(ELIDED)) + surname
    return Name(given, surname)


def _swap_letters(text: str, table: dict[str, str], every: int) -> str:
    out, swapped = [], 0
    for i, ch in enumerate(text):
        if ch in table and (i % every == 0 or not swapped):
            out.append(table[ch])
            swapped += 1
        else:
            out.append(ch)
    return "".join(out)


TRANSFORMS = {
    "as entered": lambda n: n.full,
    "no accents": lambda n: strip_accents(n.full),
    "capitals": lambda n: strip_accents(n.full).upper(),
    "cyrillic look-alikes": lambda n: _swap_letters(strip_accents(n.full), LOOKALIKES, 3),
    "greek look-alikes": lambda n: _swap_letters(strip_accents(n.full), GREEK, 2),
    "reversed in U+202E": lambda n: "\u202e" + n.full[::-1] + "\u202c",
    "handle": lambda n: "@" + camel(*strip_accents(n.full).replace("-", " ").split()),
    "profile url": lambda n: (
        "social.example/"
        + (strip_accents(n.given)[0] + "".join(strip_accents(n.surname).split())).lower()
    ),
    "hyphens as spaces": lambda n: strip_accents(n.full).replace("-", " "),
    "spaces as hyphens": lambda n: strip_accents(n.full).replace(" ", "-").lower(),
    "particles capitalised": lambda n: " ".join(w.capitalize() for w in n.full.split()),
    "particles run together": lambda n: n.given + " " + "".join(n.surname_words),
    "soft hyphen inside": lambda n: n.given + " " + n.core[:2] + "\u00ad" + n.core[2:],
    "zero-width inside": lambda n: n.full[:-1] + "\u200b" + n.full[-1],
    "surname alone": lambda n: strip_accents(n.core),
    "surname first": lambda n: f"{strip_accents(n.surname)}, {strip_accents(n.given)}",
    "two letters for one": lambda n: two_letters(n.full),
    "surname alone, two letters": lambda n: two_letters(n.core),
    "apostrophe left out": lambda n: strip_accents(n.full).replace("'", ""),
    "broken at a line's end": lambda n: f"{n.given} {_broken(n.core)}",
}
"""Each gives a spelling of the name that must be treated as the name."""

variants = st.sampled_from(sorted(TRANSFORMS))
