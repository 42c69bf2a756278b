"""Short surnames written in capitals ("Hari Prasad KC", "Mohan Bahadur GC", South Asian copy
writes some family names so): the last word of a person's name, not a product's code.

entities.kind_of_name reads a run ending in capitals as a product or an account ("Roth IRA",
"Ford Mustang GT"); this tells the person's shape apart. Kept out of entities.py, which is near
its size limit, and free of its imports (entities asks it).
"""

from __future__ import annotations

from app.core.analysis.first_names import is_first_name
from app.core.analysis.wordnet_words import is_lemma

# Two-letter model and trim codes that follow a maker's name that is also a first name ("Ford
# ... GT", "Morgan ... SL"): never a surname (only two letters are asked).
_CODES = frozenset("GT SL XL EV HD LX EX SE RS SS ST TV".split())
# A firm's country or company-form code after its name ("Harvey Norman NZ", "Morgan Stanley
# UK", "Louis Dreyfus SA"): a branch of a business, never a surname.
_FIRM_CODES = frozenset("UK US EU NZ AU CA IE ZA HK SG JP DE FR SA AG NV BV AB AS OY".split())


def caps_surname(tokens: list[str]) -> bool:
    """A known first name, one or more given names, then two capital letters: a person whose
    family name is written in capitals ("Hari Prasad KC"), not a product ("Roth IRA") nor a
    maker's model ("Ford Mustang GT": the word between is an English word, no given name)."""
    last = tokens[-1]
    return (
        len(tokens) >= 3
        and len(last) == 2
        and last.isalpha()
        and last.isupper()
        and last not in _CODES
        and last not in _FIRM_CODES
        and is_first_name(tokens[0])
        and all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in tokens[:-1])
        and all(is_first_name(t) or not is_lemma(t.lower()) for t in tokens[1:-1])
    )
