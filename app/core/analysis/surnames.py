"""Whether a bare capitalised word could name a person ("Okafor", "Tommy"), not a common noun.

The resolver asks this of a mention met alone: a surname nobody introduced is the editor's
"speaker not introduced" warning, and a capitalised subject that could be a person may open a
new one; "Negotiations" or "Management" opening a sentence must do neither. Kept apart from
resolution.py, which holds the resolver's state, because it reads only the word and the
first-name and honorific tables.
"""

from __future__ import annotations

from app.core.analysis.first_names import is_first_name
from app.core.analysis.name_words import HONORIFICS


def looks_like_surname(word: str) -> bool:
    """A bare capitalised word that could be a person's surname (not a first name, not caps)."""
    bare = word.strip(".’'")
    return (
        len(bare) >= 2
        and bare[:1].isupper()
        and not bare.isupper()
        and bare.lower() not in HONORIFICS
        and not is_first_name(bare)
        and not bare.lower().endswith(_NOUN_SUFFIXES)
    )


def could_be_a_person(word: str) -> bool:
    """A surname or a first name used alone ("Tommy"), not a capitalised common noun."""
    return looks_like_surname(word) or (is_first_name(word) and not word.isupper())


# Endings of common nouns, never of surnames a rule could know ("Negotiations", "Management").
_NOUN_SUFFIXES = ("tions", "tion", "ments", "ment", "ness", "ity", "ities", "ism", "ings", "ance")


def first_of_two_surnames(tokens: list[str] | tuple[str, ...]) -> str | None:
    """The father's surname of a Spanish name with two ("Juan Carlos Pérez Rodríguez", "Ana
    García Márquez"): copy calls the person by it alone on second reference ("Pérez said").
    None unless both last words read as Spanish surnames, so an English middle name ("Sarah
    Huckabee Sanders") never becomes one."""
    if len(tokens) < 3:
        return None
    first, second = tokens[-2], tokens[-1]
    return first if _spanish_surname(first) and _spanish_surname(second) else None


def _spanish_surname(word: str) -> bool:
    """A patronymic in -ez, a common Spanish surname, or an accented word no first name is."""
    lower = word.lower()
    return word[:1].isupper() and (
        lower.endswith(("ez", "éz"))
        or lower in _SPANISH_SURNAMES
        or (any(c in "áéíóúñ" for c in lower) and not is_first_name(word))
    )


# Common Spanish surnames without the -ez ending or an accent that would mark them.
_SPANISH_SURNAMES = frozenset(
    """garcia torres flores rivera cruz morales reyes ortiz ramos ruiz mendoza castillo moreno
    romero herrera medina aguilar vargas castro vega soto delgado rios ortega navarro salazar
    fuentes molina garza guerrero rojas contreras espinoza sandoval figueroa campos acosta
    cabrera mejia pena estrada serrano ibarra cardenas carrillo padilla escobar montoya
    cervantes blanco prieto vidal iglesias sosa aguirre zamora quintero villanueva calderon
    duran bravo pacheco ponce rubio salinas valencia mora marin lozano cano cortes""".split()
)
