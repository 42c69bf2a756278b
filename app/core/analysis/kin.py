"""The resolver's memory of relatives (a mixin of descriptions.py): "her son", "his wife".

"Ana Ruiz and her son Tom ... Her son said" is Tom, the relative named before; "Piet and Marta
Osei ... Her husband said" is Piet, the man named together with her. A later description of a
role by another word for it ("the firm's boss" after "the chief executive") is read here too.
"""

from __future__ import annotations

from app.core.analysis.entities import noun_gender
from app.core.analysis.mention import Mention
from app.core.analysis.name_words import pronoun_gender
from app.core.analysis.nationals import nationality_key
from app.core.analysis.referents import Person
from app.core.analysis.role_holders import title_roles
from app.core.analysis.roles import KIN_WORDS, kin_of

# A husband, wife or partner: named together, a couple share a surname ("Piet and Marta Osei").
_SPOUSES = frozenset({"husband", "wife", "spouse", "partner"})
_OTHER_KIN = KIN_WORDS - _SPOUSES - {"widow", "widower", "fiance", "fiancee", "fiancé", "fiancée"}


class KinMemory:
    """Relatives and other words for a role: whom "her son" or "the firm's boss" stands for."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _block: int
    _owned: tuple[int, int, Person, str] | None
    _relative_of: dict[Person, Person]
    _unnamed: dict[str, Person]
    _described: dict[str, tuple[str, int]]

    def _note_relative(self, mention: Mention, person: Person) -> None:
        """ "Ana Ruiz and her son Tom": remember Tom as Ana's, the person "her" meant when the
        family word just before the name was met (resolution.py noted its owner's gender)."""
        owned = self._owned
        if (
            mention.described not in KIN_WORDS
            or person in self._relative_of
            or owned is None
            or owned[0] != self._block
            or not 0 <= mention.start - owned[1] <= 2  # "her son Tom", "her son, Tom"
        ):
            return
        owner = self._possessor(owned[3], besides=(person, owned[2]))
        if owner is not None:
            self._relative_of[person] = owner

    def _possessor(self, gender: str, besides: tuple[Person, ...]) -> Person | None:
        """Whom "her" or "his" means now: the latest named person of that gender (an unnamed
        "her son" owns nothing of its own here)."""
        if not gender:
            return None
        for person in reversed(self._recent):
            if (
                person.gender == gender
                and person not in besides
                and self._unnamed.get(person.name) is not person
            ):
                return person
        return None

    @staticmethod
    def _learn_role(person: Person, *words: str) -> None:
        """ "The 35-year-old musician released ...", resolved to the woman the story is about:
        she is the musician (and 35) from now on, so a later "the heavily pregnant musician"
        or "the star" (kin of it) is her too, not whoever was a subject since."""
        person.descriptions.update(w for w in words if w.replace("-", "").isalnum())

    def _described_as(self, head: str) -> tuple[Person, str] | None:
        """The latest person described with this head noun, else with another word for the same
        role ("the firm's boss" after "Nadia Voss, the chief executive"), and that word."""
        if not head:
            return None
        # a nationality in a title ("Fellow Kenyan Amos Lel") may be shared: nationals.py
        # counts who was given it
        titled = nationality_key(head) is None
        for person in reversed(self._recent):
            if head in person.descriptions or (titled and head in title_roles(person.title)):
                return person, head
        kin = kin_of(head)
        if not kin:
            return None
        for person in reversed(self._recent):
            words = person.descriptions | title_roles(person.title)
            same = kin & words
            if same:
                return person, min(same)
        return None

    def _unnamed_since(self, head: str, person: Person) -> bool:
        """Was someone unnamed described by this very word ("A technician at the ground said")
        since the person another word for the role found was last met ("coach Dario Venn")? The
        word itself then means the unnamed one: "the technician" is not the coach."""
        found = self._described.get(head)
        return found is not None and found[1] >= person.seen

    def _relative(
        self, possessive: str, head: str, also: frozenset[str] = frozenset()
    ) -> tuple[Person, str] | None:
        """ "Her son", "his wife": the relative named beside the same noun before ("her son
        Tom"), or one described by a word in `also`; else the spouse named together with the
        owner ("Piet and Marta Osei ... Her husband")."""
        found = self._described_as(head)
        if found is not None and (found[1] == head or found[1] in also):
            owner = self._relative_of.get(found[0])
            if owner is None or owner is self._possessor(
                pronoun_gender(possessive), besides=(found[0],)
            ):
                # "Mira Lang came later. Her son said": not Tom, Ana's son named before
                return found
        return self._spouse_named_with(possessive, head)

    def _spouse_named_with(self, possessive: str, noun: str) -> tuple[Person, str] | None:
        """ "Piet and Marta Osei said they had left ... Her husband said": a couple named
        together share a surname, so "her husband" is the man who shares the surname of the
        woman "her" means, the person of that gender met last."""
        owner_gender = pronoun_gender(possessive)
        if noun not in _SPOUSES or not owner_gender:
            return None
        gender = noun_gender(noun)
        recent = self._recent[-6:]
        owner = next((p for p in reversed(recent) if p.gender == owner_gender), None)
        if owner is None or self._tick - owner.seen > 4 or " " not in owner.name:
            return None
        surname = owner.name.rsplit(" ", 1)[1]
        found = [
            p
            for p in recent
            if p is not owner
            and p.named_in_full
            and p.name.rsplit(" ", 1)[-1] == surname
            and p.gender in (gender, "")
            and p.gender != owner_gender
            # "Marta Osei and her brother Kofi Osei": a relative of another kind, no spouse
            and not (p.descriptions & _OTHER_KIN)
        ]
        return (found[0], noun) if len(found) == 1 else None
