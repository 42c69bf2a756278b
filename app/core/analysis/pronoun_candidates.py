"""How the pronoun reader (pronouns.py) weighs one candidate for "he" or "she": whether a name
is marked as a person's, whether a lone capitalised plural is a noun, the words a reason gives
for the gender, and the words before a relative pronoun (which the pronoun never means).

Split from pronouns.py, which keeps the resolver's rules and its memory; these read only one
person record or the text, so they live apart.
"""

from __future__ import annotations

from app.core.analysis.mention import PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.referents import Person
from app.core.analysis.wordnet_words import is_lemma


def before_whom(text: str, mention: Mention) -> str:
    """The words before ", whom", ", who" or ", which" when the speaker is a pronoun right
    after it ("praised his father, who he said was “…”"): the pronoun is not whom the clause
    describes. Empty otherwise."""
    if mention.kind is not PRONOUN or text[mention.start - 2 : mention.start] not in (
        "m ",
        "o ",
        "h ",
    ):
        return ""  # cheap test before the slices (speed)
    # ", which": "Small Rooms, which she called “…”" is not hers to say either
    for comma in (", whom ", ", who ", ", which "):
        at = mention.start - len(comma)
        if text.startswith(comma, at):
            return text[max(0, at - 60) : at]
    return ""


def agrees(person: Person) -> str:
    if not person.gender:
        return " (gender unknown)"
    return {
        "honorific": ", gender agrees (honorific)",
        "pronoun": ", gender agrees",
        "first name": ", gender agrees (first name)",
        "the noun": ", gender agrees (the noun)",
        "they": ", goes by “they”",
    }.get(person.gender_from, ", gender agrees")


def lone_word(person: Person) -> bool:
    """Met once as one capitalised word in -s that nothing marks as a name, whose singular is a
    word ("Sales fell", "Taxes rose", "Supplies ran low"): a plural noun opening its sentence
    more often than a surname no one introduced, so not one to take a speaker's "he" or "she"
    away. A surname in -s ("Hughes arrived later") has no singular that is a word, and may be
    "he". (A lone first name, "Mair said", may well be the next "she": only the plural is
    read.)"""
    return (
        person.times_named <= 1
        and " " not in person.name
        and person.name.endswith("s")
        and not (person.title or person.descriptions or person.marked_as_person or person.gender)
        and _singular_is_a_word(person.name.lower())
    )


def _singular_is_a_word(plural: str) -> bool:
    """Whether an -s word's singular is a word: "sales" (sale), "taxes" (tax), "supplies"
    (supply); "hughes" has none."""
    return (
        is_lemma(plural[:-1])
        or (plural.endswith("es") and is_lemma(plural[:-2]))
        or (plural.endswith("ies") and is_lemma(plural[:-3] + "y"))
    )


def named_like_a_person(person: Person, block: int, last_subject: bool = False) -> bool:
    """A gender-unknown subject that may outrank an older agreeing subject: someone named with
    a title ("Secretary General Tomas Wren"), described beside the name ("Tendai Moyo, a
    welder"), given an age ("Tendai Moyo, 62,") or a known first name, named more than once, or
    brought in unnamed in the same paragraph ("A paediatrician ... said"). A name met once that
    nothing marks as a person's ("Small Rooms reached number four", "Kelby Pier was closed")
    does not: the agreeing person the story is about is still "he" or "she"."""
    if person.title or person.descriptions or person.marked_as_person:
        return True  # "Kofi, a trader, said", "Kofi Mensah, 62, said": a person, whatever the name
    if len(person.name.split()) < 2:
        return False
    if not person.named_in_full:
        # "A paediatrician at the hospital ... said. “…,” she said": an unnamed newcomer, in
        # the paragraph they came in ("One critic called it tender." is not the next
        # paragraph's "she")
        return person.subject_block == block or (
            # "Grant’s lawyer said the case was strong." then a paragraph opening "“…,” he
            # said": someone's own lawyer, spokesman or mother, the subject of the very
            # sentence before, whose words the quote goes on with ("A neighbour described it
            # as ..." may be anyone's aside)
            last_subject
            and person.subject_block == block - 1
            # "A longshoreman ..., who asked not to be named, said workers ran ..." then
            # "“…,” he said": an unnamed source whose words the sentence reported
            and (_owned_role(person.name) or person.said_at == person.subject_at)
        )
    return person.times_named >= 2


def _owned_role(name: str) -> bool:
    """ "His lawyer", "Grant’s lawyer": a role someone named has."""
    first = name.split(maxsplit=1)[0]
    return first.lower() in ("his", "her", "their") or first.endswith(("’s", "'s"))
