"""One mention of someone in copy: the record that attribution, resolution and sourcing pass
around (where it is, how it is written, what it refers to and how the sentence uses it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.analysis.entities import EntityKind
from app.core.analysis.fastinit import fast_init


class MentionKind(StrEnum):
    """How someone is mentioned."""

    NAME = "name"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a speaker candidate; offsets are local to the text searched.

    `name` is the bare name ("Mike Turner"), `title` what stood before it ("Republican
    Representative"), `text` the whole mention as written.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    name: str = ""
    title: str = ""
    gender: str = ""
    organisation: bool = False
    possessive: bool = False
    entity: EntityKind = EntityKind.UNKNOWN
    """What the mention refers to, as far as its words tell (see entities.kind_of_name)."""
    subject: bool = False
    """The first mention of its sentence outside a prepositional phrase: its subject."""
    modifier: bool = False
    """A name used as an adjective ("a Netflix documentary"): it names nobody who speaks."""
    audience: bool = False
    """Spoken to, not speaking ("she told The Harbour Gazette"): never what "the company" or
    "it" refers back to."""
    described: str = ""
    """For a name, the description set beside it ("City's manager, Paul Hendry", "Ana Ruiz, the
    club's captain"): a later "the manager said" may mean them."""
    apposed: bool = False
    """For a description, that a name stands beside it: it introduces no one of its own."""
    reported: bool = False
    """The subject of words reported after a verb of saying ("the council said Ana Ruiz had
    written to ..."): not the sentence's subject, but a likelier "she" than its object."""

    def shifted(self, offset: int) -> Mention:
        """The same mention with offsets moved from block to story coordinates."""
        # Built directly: dataclasses.replace costs several times more, once per mention.
        return Mention(
            self.start + offset,
            self.end + offset,
            self.text,
            self.kind,
            self.name,
            self.title,
            self.gender,
            self.organisation,
            self.possessive,
            self.entity,
            self.subject,
            self.modifier,
            self.audience,
            self.described,
            self.apposed,
            self.reported,
        )

    def flagged(
        self,
        *,
        subject: bool | None = None,
        modifier: bool | None = None,
        entity: EntityKind | None = None,
        audience: bool | None = None,
        described: str | None = None,
        apposed: bool | None = None,
        gender: str | None = None,
        reported: bool | None = None,
    ) -> Mention:
        """The same mention with its reading in the sentence set (built directly: cheaper
        than dataclasses.replace, which runs once per mention)."""
        return Mention(
            self.start,
            self.end,
            self.text,
            self.kind,
            self.name,
            self.title,
            self.gender if gender is None else gender,
            self.organisation,
            self.possessive,
            self.entity if entity is None else entity,
            self.subject if subject is None else subject,
            self.modifier if modifier is None else modifier,
            self.audience if audience is None else audience,
            self.described if described is None else described,
            self.apposed if apposed is None else apposed,
            self.reported if reported is None else reported,
        )

    @property
    def is_person_name(self) -> bool:
        return (
            self.kind is MentionKind.NAME
            and not self.organisation
            and bool(self.name)
            and self.entity in (EntityKind.PERSON, EntityKind.UNKNOWN)
        )


def _pronoun(a: int, b: int, word: str, gender: str) -> Mention:
    lowered = word.lower()
    entity = (
        EntityKind.PERSON
        if lowered in ("he", "she", "i")
        else EntityKind.THING
        if lowered == "it"
        else EntityKind.UNKNOWN
    )
    return Mention(a, b, word, MentionKind.PRONOUN, gender=gender, entity=entity)
