"""What the resolver remembers and what it answers: the people and organisations introduced in
the story so far, and the speaker a mention stands for.

Split from descriptions.py: the resolver (resolution.py), its description half
(descriptions.py), the pronoun reader (pronouns.py) and the known-people list all share these
records, so they live apart from any one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.analysis.description_words import is_age
from app.core.fastinit import fast_init


@dataclass(slots=True, eq=False)
class Person:
    """Someone introduced in the story so far."""

    name: str
    title: str = ""
    gender: str = ""
    gender_from: str = ""
    """Where the gender came from: "honorific", "pronoun" or "first name"."""
    seen: int = 0
    subject_at: int = -1
    reported_at: int = -1  # last met as the subject of reported words ("said Ruiz had ...")
    named_in_full: bool = True
    times_named: int = 0
    descriptions: set[str] = field(default_factory=set)
    """Head nouns of the descriptions set beside the name ("manager", "captain")."""
    subject_block: int = -1
    """The paragraph where they were last a sentence's subject."""
    marked_as_person: bool = False
    """Named once in a way only a person is (an age beside the name, a known first name)."""
    role_at: int = -1
    """When they were last named with a role ("Police Chief Ana Ruiz", "Ruiz, the chief"): met
    as a subject since, the story has come back to them (role_holders.py)."""
    quoted: bool = False
    """Quoted already by name ("said Ana Ruiz"): a role the story never gave them, met later,
    is someone else's (role_holders.py)."""
    said_at: int = -1
    """When, unnamed, they were last a sentence's subject reporting their words ("A nurse, who
    asked not to be named, said ..."): a source the next paragraph's "she" may mean."""

    @property
    def roles(self) -> set[str]:
        """The descriptions that give a role ("manager"), not an age ("62-year-old", kept so
        that a later "the 62-year-old" finds them): an age says nothing of what they do."""
        return {d for d in self.descriptions if not is_age(d)}


@dataclass(slots=True, eq=False)
class Organisation:
    """An organisation named in the story so far."""

    name: str
    seen: int = 0
    subject_at: int = -1
    commentator: bool = False
    """Met only as where an outside commentator works ("an analyst at Moorgate Securities",
    "a reporter for the Harlow Courier"): no "the company" the story is about."""
    first: int = 0
    """When it was first named: a description met before ("The group, led by Keel Partners,
    said") never means it."""


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class Resolution:
    """The speaker a mention stands for, whether it was introduced, and why."""

    name: str
    introduced: bool
    reason: str
