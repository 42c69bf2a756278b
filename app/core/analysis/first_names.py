"""First names and the gender they are almost always given to, from the table in
resources/data (see its README for sources and licences: birth registers, names they rarely
count such as "Tshepo", and short forms such as "Tash"): how "he" or "she" finds the person it
agrees with, and how "Will Carter" is told from "will carry".

Split from entities.py, which tells what kind of thing a name refers to.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache, lru_cache

from app.core.config import resource_path

# The functions of one word below are pure (they read only the table) and a story asks about
# the same names many times: they are memoised for speed.
_MEMO = lru_cache(maxsize=16_384)
_EITHER = ("sam", "alex", "ali")


@cache
def _first_names() -> dict[str, str]:
    path = resource_path("data", "first_names.tsv.gz")
    table: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            name, _, gender = line.rstrip("\n").partition("\t")
            table[name] = gender
    # Short forms the table gives one gender by counting birth names, but that stand as often
    # for a woman's name in copy ("Sam" for Samantha, "Alex" for Alexandra, "Ali" for Alison
    # as for the man's name Ali): either gender, so the copy's "she" (or "he") decides.
    table.update(dict.fromkeys(_EITHER, "u"))
    for word in _peoples_words():
        table.pop(word, None)
    return table


# A common given name that is also a faith's word: in a name's first place it is the name.
_GIVEN_NAMES_TOO = frozenset({"christian"})


def _peoples_words() -> frozenset[str]:
    """The words for a people or a faith the table also holds as rare given names ("Kenyan",
    "Scot", "Briton", "Danish", "Argentine"): in copy they describe someone ("Kenyan Joseph
    Kibet", "the Scot said"), so they are no first names. Imported when the table is first
    read, not with this module: entities.py, which holds the list, imports this one."""
    from app.core.analysis.entities import NATIONALITIES
    from app.core.analysis.nationality_words import DEMONYM_NOUNS, NOUNS_THAT_ARE_NAMES

    # "Dane", "Finn" and "Pole" are nouns for a people and given names too: they stay names.
    return (NATIONALITIES | (DEMONYM_NOUNS.keys() - NOUNS_THAT_ARE_NAMES)) - _GIVEN_NAMES_TOO


@_MEMO
def first_name_gender(token: str) -> str:
    """'m' or 'f' when a first name is almost always given to one gender, else ''."""
    gender = _table_entry(_key(token))
    return gender if gender in ("m", "f") else ""


@_MEMO
def is_first_name(token: str) -> bool:
    """A first name of either gender ("Dana" and "Jordan" too)."""
    return bool(_table_entry(_key(token)))


def _table_entry(key: str) -> str:
    """The table's gender for a first name ('m', 'f', 'u'), '' if absent. A hyphenated name
    the table lacks ("Pierre-Emerick", "Ye-jin") is looked up joined, then by its parts when
    those that say a gender agree."""
    table = _first_names()
    found = table.get(key, "")
    if found or "-" not in key:
        return found
    found = table.get(key.replace("-", ""), "")
    if found:
        return found
    parts = [table.get(part, "") for part in key.split("-")]
    genders = {g for g in parts if g in ("m", "f")}
    if len(genders) == 1:
        return genders.pop()
    return "u" if any(parts) else ""


@_MEMO
def _key(token: str) -> str:
    return _fold(token.strip(".,’'")).lower()


# Letters Unicode does not decompose into a base letter and an accent, spelled as the name
# table spells them ("Søren" -> "soren", "Łukasz" -> "lukasz", "Þóra" -> "thora").
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i"}
)  # fmt: skip


def _fold(text: str) -> str:
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
        if not unicodedata.combining(ch)
    )
