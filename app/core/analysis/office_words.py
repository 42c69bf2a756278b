"""The words that say a capitalised run after a name is the person's office, not a second name:
"Ana Ruiz, Nueva Tierra Governor, said", "Tom Vell, Harbour Council Chair, told reporters".

Two readings ask it: capped_offices.py, of an aside between a name and its verb, and
office_ends.py, of a run the name scan meets after a comma. They held a list each, one the whole
role-noun table and one a short list of its offices, and a word added to one missed the other;
both lists are here, the short one a named part of the long one and said why.
"""

from __future__ import annotations

from app.core.analysis.entities import ORGANISATION_NOUNS
from app.core.analysis.role_nouns import ROLE_NOUNS


def is_office_noun(word: str) -> bool:
    """Is the lower-case `word` a noun for a person's role ("governor", "chair", "coach") and no
    word for a body ("Beckford Care Group" is a body, whatever stands before "Group")?"""
    return word in ROLE_NOUNS and word not in ORGANISATION_NOUNS


SURNAME_SAFE_OFFICES = frozenset(
    """governor mayor president minister premier senator commissioner secretary chancellor
    chairman chairwoman chairperson superintendent sheriff ambassador spokesperson spokesman
    spokeswoman councillor councilor""".split()
)
"""The offices a run the name scan met may end on and still be read as an office (office_ends.py):
elected and appointed offices, which no organisation's or product's name ends on and few
surnames are spelt as. The whole role-noun table holds trades that are common surnames
("Porter", "Baker", "Carpenter") and words that end firms' and products' names ("Free Agent",
"Rock Star"): after a comma, "Oluwaseun Baker" is a person, not an office, though the
first-name table does not know the given name. An aside between a name and its verb
(capped_offices.py) has its place to say it is a description, so there the whole table
serves."""
