"""A surname written with a one-letter slip: "Oren Haldane said ... Mr Haldaine said he left",
"Ines Marlowe said ... Marlow added", "Tavi Berau ... Berou said".

Real copy misspells a surname on a later reference often enough (a letter dropped, doubled or
swapped for another) that a reader does not notice, and reads the same person. The engine met
nobody by the slipped form, so it took the slip for a new person named by surname alone and
gave the quote to "Haldaine". Here a bare surname (or honorific and surname) that names nobody
is the person named in full before whose surname is one edit away, when exactly one is; long
surnames only, the same first letter, so that "Hall" and "Hill", two people, stay two.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from app.core.analysis.referents import Person

_SHORTEST = 5  # letters: shorter surnames differ by one letter too often between two people


def slipped_surname(key: str, by_surname: dict[str, Person]) -> Person | None:
    """The one person named in full whose surname is `key` (lower case) with one letter
    added, dropped or changed; None when none or several are."""
    if len(key) < _SHORTEST or not key.isalpha():
        return None
    found: Person | None = None
    for surname, person in by_surname.items():
        if (
            surname[:1] == key[:1]
            and abs(len(surname) - len(key)) <= 1
            and len(surname) >= _SHORTEST
            and person.named_in_full
            and surname != key
            and one_letter_apart(surname, key)
        ):
            if found is not None and found is not person:
                return None  # two people it could be: neither
            found = person
    return found


def one_letter_apart(a: str, b: str) -> bool:
    """Whether a and b differ by one inserted, deleted or changed letter (rapidfuzz's C
    Levenshtein, stopped as soon as the distance passes one)."""
    return Levenshtein.distance(a, b, score_cutoff=1) == 1
