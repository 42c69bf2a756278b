"""Resolving mentions to people: pronouns to the last fitting person, surnames to full names.

The resolver walks the story once, in reading order, remembering who has been introduced; it
is the only part of the analysis that needs more than one paragraph, and it is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.analysis.mentions import Mention, MentionKind, last_name


@dataclass(slots=True, eq=False)
class Person:
    """Someone introduced in the story so far."""

    name: str
    title: str = ""
    gender: str = ""


class Resolver:
    """Running memory of the people a story has introduced, most recent last."""

    def __init__(self) -> None:
        self._by_surname: dict[str, Person] = {}
        self._by_first: dict[str, Person] = {}
        self._recent: list[Person] = []
        self.people: dict[str, Person] = {}
        self._aliases: dict[str, Person] = {}

    def observe(self, mention: Mention) -> None:
        """Note a mention outside quotes (it may introduce someone or make them recent)."""
        if mention.organisation or mention.kind is not MentionKind.NAME:
            return
        person = self._person_for(mention)
        if person is not None:
            self._touch(person)

    def _person_for(self, mention: Mention) -> Person | None:
        tokens = mention.name.split()
        if len(tokens) >= 2:
            person = self.people.get(mention.name) or self._aliases.get(mention.name)
            if person is None:
                existing = self._by_surname.get(last_name(mention.name).lower())
                # "Joseph R. Biden Jr." and "Joe Biden" are one person to a reader.
                if existing is not None and existing.name.split()[0] == tokens[0]:
                    person = existing
                    self._aliases[mention.name] = person
                else:
                    person = Person(mention.name)
                    self.people[mention.name] = person
                    self._by_surname[last_name(mention.name).lower()] = person
                    self._by_first.setdefault(tokens[0].lower(), person)
            if mention.title and not person.title:
                person.title = mention.title
            if mention.gender and not person.gender:
                person.gender = mention.gender
            return person
        key = mention.name.lower()
        person = self._by_surname.get(key) or self._by_first.get(key)
        if person is not None and mention.gender and not person.gender:
            person.gender = mention.gender
        return person

    def _touch(self, person: Person) -> None:
        recent = self._recent
        if recent and recent[-1] is person:
            return
        for i in range(len(recent) - 1, -1, -1):
            if recent[i] is person:
                del recent[i]
                break
        recent.append(person)
        if len(recent) > 24:
            # Pronouns reach back a few people, not the whole story: keep the list short so
            # resolution stays linear in the story's length.
            del recent[:8]

    def spoke(self, speaker: str) -> None:
        """A resolved speaker becomes the most recent person."""
        person = self.people.get(speaker)
        if person is not None:
            self._touch(person)

    def resolve(self, mention: Mention) -> tuple[str, bool]:
        """(speaker name, introduced?) for a mention next to a quote.

        `introduced` is False only for a surname-style mention of someone never named in full
        before it: the check for "speaker not introduced by full name" reads it.
        """
        if mention.kind is MentionKind.PRONOUN:
            word = mention.text.lower()
            if word in {"he", "she"}:
                for person in reversed(self._recent):
                    if not person.gender or person.gender == mention.gender:
                        if not person.gender:
                            person.gender = mention.gender
                        return person.name, True
            return mention.text, True
        if mention.kind is MentionKind.NOMINAL:
            head = mention.text.split()[-1].lower()
            for person in reversed(self._recent):
                if head in person.title.lower().split():
                    return person.name, True
            return mention.text, True
        if mention.organisation:
            return mention.text, True
        person = self._person_for(mention)
        if person is None:
            return mention.name, False
        self._touch(person)
        return person.name, True

    def canonical(self, name: str) -> str:
        """The name a person was first introduced by ("Joe Biden" for "Joseph R. Biden Jr.")."""
        person = self.people.get(name) or self._aliases.get(name)
        return person.name if person is not None else name
