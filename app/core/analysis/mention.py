"""One mention of someone in copy: the record that attribution, resolution and sourcing pass
around (where it is, how it is written, what it refers to and how the sentence uses it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.analysis.entities import PERSON, THING, UNKNOWN, EntityKind
from app.core.fastinit import fast_init


class MentionKind(StrEnum):
    """How someone is mentioned."""

    NAME = "name"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"


# The kinds as module constants, for the tests asked of every mention: on Python 3.11 reading
# `MentionKind.NAME` goes through EnumType.__getattr__'s slow path (about ten times a global's
# cost), and the analysis of a long story asks it tens of thousands of times (speed).
NAME, PRONOUN, NOMINAL = MentionKind.NAME, MentionKind.PRONOUN, MentionKind.NOMINAL
_PERSON_OR_UNKNOWN = (PERSON, UNKNOWN)


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
    entity: EntityKind = UNKNOWN
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
    written to ..."): not the sentence's subject, but a likelier "she" than its object. On a
    description that is its sentence's subject, that it reports them ("A nurse, who asked
    not to be named, said ...")."""

    def shifted(self, offset: int) -> Mention:
        """The same mention with offsets moved from block to story coordinates."""
        # Filled slot by slot (see _new_mention): a long story shifts thousands of mentions.
        new = _new_mention(Mention)
        _set_start(new, self.start + offset)
        _set_end(new, self.end + offset)
        _set_text(new, self.text)
        _set_kind(new, self.kind)
        _set_name(new, self.name)
        _set_title(new, self.title)
        _set_gender(new, self.gender)
        _set_organisation(new, self.organisation)
        _set_possessive(new, self.possessive)
        _set_entity(new, self.entity)
        _set_subject(new, self.subject)
        _set_modifier(new, self.modifier)
        _set_audience(new, self.audience)
        _set_described(new, self.described)
        _set_apposed(new, self.apposed)
        _set_reported(new, self.reported)
        return new

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
        """The same mention with its reading in the sentence set (filled slot by slot, see
        _new_mention: dataclasses.replace would cost several times more, once per mention)."""
        new = _new_mention(Mention)
        _set_start(new, self.start)
        _set_end(new, self.end)
        _set_text(new, self.text)
        _set_kind(new, self.kind)
        _set_name(new, self.name)
        _set_title(new, self.title)
        _set_gender(new, self.gender if gender is None else gender)
        _set_organisation(new, self.organisation)
        _set_possessive(new, self.possessive)
        _set_entity(new, self.entity if entity is None else entity)
        _set_subject(new, self.subject if subject is None else subject)
        _set_modifier(new, self.modifier if modifier is None else modifier)
        _set_audience(new, self.audience if audience is None else audience)
        _set_described(new, self.described if described is None else described)
        _set_apposed(new, self.apposed if apposed is None else apposed)
        _set_reported(new, self.reported if reported is None else reported)
        return new

    @property
    def is_person_name(self) -> bool:
        return (
            self.kind is NAME
            and not self.organisation
            and bool(self.name)
            and self.entity in _PERSON_OR_UNKNOWN
        )


# A copy made by `shifted` or `flagged` is a new object filled through its slots' own setters:
# the same frozen Mention the constructor gives (no __post_init__, no cached hash), without
# the cost of calling the class and passing sixteen arguments, about a third of each copy.
_new_mention = object.__new__
_set_start = Mention.start.__set__  # type: ignore[attr-defined]
_set_end = Mention.end.__set__  # type: ignore[attr-defined]
_set_text = Mention.text.__set__  # type: ignore[attr-defined]
_set_kind = Mention.kind.__set__  # type: ignore[attr-defined]
_set_name = Mention.name.__set__  # type: ignore[attr-defined]
_set_title = Mention.title.__set__  # type: ignore[attr-defined]
_set_gender = Mention.gender.__set__  # type: ignore[attr-defined]
_set_organisation = Mention.organisation.__set__  # type: ignore[attr-defined]
_set_possessive = Mention.possessive.__set__  # type: ignore[attr-defined]
_set_entity = Mention.entity.__set__  # type: ignore[attr-defined]
_set_subject = Mention.subject.__set__  # type: ignore[attr-defined]
_set_modifier = Mention.modifier.__set__  # type: ignore[attr-defined]
_set_audience = Mention.audience.__set__  # type: ignore[attr-defined]
_set_described = Mention.described.__set__  # type: ignore[attr-defined]
_set_apposed = Mention.apposed.__set__  # type: ignore[attr-defined]
_set_reported = Mention.reported.__set__  # type: ignore[attr-defined]
assert Mention.__slots__ == (  # every slot is set above: a field added must be added there too
    "start",
    "end",
    "text",
    "kind",
    "name",
    "title",
    "gender",
    "organisation",
    "possessive",
    "entity",
    "subject",
    "modifier",
    "audience",
    "described",
    "apposed",
    "reported",
)


def _pronoun(a: int, b: int, word: str, gender: str) -> Mention:
    lowered = word.lower()
    entity = PERSON if lowered in ("he", "she", "i") else THING if lowered == "it" else UNKNOWN
    return Mention(a, b, word, PRONOUN, gender=gender, entity=entity)
