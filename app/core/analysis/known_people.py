"""Who a story has introduced so far: the resolver's look-ups by name, surname and alias.

The resolver (resolution.py) and its rule mixins (descriptions.py, pronouns.py) all ask the
same questions of its memory of people: has this name been met, is it surely a person, what
name was the person first introduced by. They live here, apart from the rules that fill that
memory, so each rule module reads the memory the same way.
"""

from __future__ import annotations

from app.core.analysis.entities import ends_with_words
from app.core.analysis.mentions import Mention, last_name
from app.core.analysis.referents import Person


class KnownPeople:
    """Look-ups over the people a story has named; the maps are filled by Resolver.observe."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    people: dict[str, Person]
    _aliases: dict[str, Person]
    _forms: dict[str, Person]
    _by_surname: dict[str, Person]
    _by_first: dict[str, Person]

    def named_once(self, name: str) -> bool:
        """Has this bare word been met only once so far (maybe a capitalised common noun)?"""
        person = self._by_surname.get(name.lower())
        return person is not None and person.times_named <= 1 and not person.named_in_full

    def _known(self, name: str) -> bool:
        if len(name.split()) >= 2:
            return self.is_person(name)
        key = name.lower()
        return key in self._by_surname or key in self._by_first

    def surely_a_person(self, name: str) -> bool:
        """Known to be a person, not a club or a company named by one word: an honorific, a
        title, or a "he"/"she" that stood for them."""
        person = self._named(name)
        if person is None:
            for candidate in self.people.values():
                if candidate.name.split()[-1] == name:
                    person = candidate
                    break
        return person is not None and (
            person.gender_from in ("honorific", "pronoun") or bool(person.title)
        )

    def canonical(self, name: str) -> str:
        """The name a person was first introduced by ("Joe Biden" for "Joseph R. Biden Jr.")."""
        person = self._named(name)
        return person.name if person is not None else name

    def _named(self, name: str) -> Person | None:
        """The person introduced by this name, or by it as a later form ("Joseph R. Biden Jr.")."""
        return self.people.get(name) or self._aliases.get(name)

    def is_person(self, name: str) -> bool:
        """Whether `name` is someone the story introduced as a person."""
        return name in self.people or name in self._aliases

    def _named_by_surname(self, mention: Mention) -> Person | None:
        """The person named in full before whose surname this capitalised mention is, read as
        a role, an organisation or a place only by its words."""
        name = mention.name or mention.text
        if not name[:1].isupper() or mention.possessive:
            return None
        tokens = name.split()
        person = self._by_surname.get(last_name(name).lower())
        if person is None or not person.named_in_full:
            return None
        if mention.gender:
            person = self._namesake(person, mention.gender)
        return person if len(tokens) == 1 or ends_with_words(person.name, tokens) else None

    def _namesake(self, person: Person, gender: str) -> Person:
        """The person sharing `person`'s surname whose gender agrees with an honorific: "Mr.
        Ruiz" after "Ana Ruiz" and "her brother, Tomas Ruiz" is Tomas, though a bare "Ruiz" is
        Ana, named first. Only asked when the genders do not agree, so it costs nothing usually."""
        if person.gender == gender:
            return person
        surname = last_name(person.name)
        unknown = None  # "Mrs. Brisk" after "Tom and Orla Brisk": Orla, whatever her name says
        for other in reversed(self.people.values()):
            if not other.named_in_full or last_name(other.name) != surname:
                continue
            if other.gender == gender:
                # "Mr Foster" after "Bill and June Foster" is Bill, though June, whose name
                # says no gender, holds the bare surname
                return other
            if not other.gender and unknown is None:
                unknown = other
        return person if not person.gender else unknown or person

    def _other_form_namesake(self, person: Person, form: str) -> Person:
        """A namesake of `person` when another honorific already stands for them: "Ms. Vell"
        after "Mrs. Vell" meant Ana Vell is her daughter Jess Vell, named in full (copy gives
        each person one honorific); else `person`."""
        taken = {id(p) for f, p in self._forms.items() if f != form}
        if id(person) not in taken:
            return person
        surname = last_name(person.name)
        for other in reversed(self.people.values()):
            if (
                other is not person
                and id(other) not in taken
                and other.named_in_full
                and other.gender == person.gender
                and last_name(other.name) == surname
            ):
                return other
        return person

    def _together_name(self, parts: list[Mention]) -> str:
        if parts[0].name.startswith(parts[0].text + " "):
            # "Jean and Mike Pryor" (mentions.together_parts gave Jean the surname): as written
            return f"{parts[0].text} and {self.canonical(self._person_name(parts[1]))}"
        return " and ".join(self.canonical(self._person_name(part)) for part in parts)

    def _person_name(self, part: Mention) -> str:
        person = self._by_surname.get(part.name.lower()) if " " not in part.name else None
        return person.name if person is not None else part.name
