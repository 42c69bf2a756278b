"""The resolver's memory of people described without a name (a mixin of descriptions.py).

"one mother", "a police spokesperson", "the woman's daughter": someone the story brings in
without a name, whom a later "she", "the spokesperson said" or "the packer added" refers back
to. Kept apart from descriptions.py, which resolves a description as it is met (organisations,
documents, roles), because this memory is a responsibility of its own: what the later reference
finds.
"""

from __future__ import annotations

from app.core.analysis.description_words import COUNTED, INDEFINITE, POSSESSIVE
from app.core.analysis.entities import HEAD_SPLIT, noun_gender
from app.core.analysis.mentions import Mention
from app.core.analysis.name_words import POSSESSIVE_PRONOUNS, pronoun_gender
from app.core.analysis.phrase_owners import possessive_person
from app.core.analysis.phrases import head_noun, is_plural, owner_word, strip_determiner
from app.core.analysis.referents import Person

# "his", "her", "their": a person's or a group's, never a body's ("its").
PERSONAL_POSSESSIVES = tuple(word for word in POSSESSIVE_PRONOUNS if word != "its")


class UnnamedMemory:
    """People described without a name: whom "the spokesperson" or a later "she" stands for."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _subject_tick: int
    _block: int
    _unnamed: dict[str, Person]
    _described: dict[str, tuple[str, int]]
    _owned: tuple[int, int, Person, str] | None

    def _unnamed_person(self, mention: Mention) -> Person | None:
        """ "one mother", "my neighbour", "the woman's daughter": someone unnamed a later "she"
        or "he" may stand for, if the noun gives a gender or the description is a subject."""
        gender = noun_gender(mention.text)
        words = mention.text.split()
        if not words or is_plural(mention.text) or not (gender or mention.subject):
            return None
        first = words[0].lower()
        if first in ("the", "this", "that"):
            # "the woman's daughter" introduces someone; "the Portuguese boss" refers back.
            if len(words) < 3 or not owner_word(words[1]):
                return None
        elif not (first in INDEFINITE or first in POSSESSIVE or owner_word(first)) and (
            possessive_person(mention.text) is None  # "Eve Hart's lawyer", as "Hart's" is
        ):
            return None
        name = strip_determiner(mention.text)
        person = self._unnamed.get(name)
        if person is None:
            # kept apart from the named people: an unnamed speaker is no named source
            person = Person(name, named_in_full=False)
            self._unnamed[name] = person
        if gender:
            person.gender, person.gender_from = gender, "the noun"
        # Someone just brought into the story ("spoke to one mother") is who comes next; "her
        # mother" in a clause about someone else is only met, and so is "a fisherman" whom the
        # sentence's subject, of the same gender, acts on ("Tomas Ruiz met a fisherman. “…,” he
        # said" is Ruiz).
        introduced = first in INDEFINITE and not self._agreeing_subject_acts(gender)
        self._touch(person, subject=mention.subject or introduced)
        if mention.subject and mention.reported:
            person.said_at = person.subject_at
        return person

    def _agreeing_subject_acts(self, gender: str) -> bool:
        """Was a person of this gender the subject a few mentions back in this paragraph (the
        one acting on whom an object after them names)?"""
        if not gender or self._tick - self._subject_tick > 3:
            return False
        subject = next(
            (p for p in reversed(self._recent) if p.subject_at == self._subject_tick), None
        )
        return (
            subject is not None
            and subject.subject_block == self._block
            and subject.gender == gender
        )

    def _refers_back(self, mention: Mention) -> bool:
        """ "The manager was furious" after "Sue Barker, the Rovers manager": touch her."""
        words = HEAD_SPLIT.split(mention.text.lower(), maxsplit=1)[0].split()
        if len(words) == 2 and words[0] in PERSONAL_POSSESSIVES and mention.subject:
            # "her son Tom ... Her son said" is Tom; "Her daughter said she ...": the owner's
            found = self._relative(words[0], head_noun(words[1]))
            if found is not None:
                self._touch(found[0], subject=True)
                self._owned = (self._block, mention.end, found[0], pronoun_gender(words[0]))
            return found is not None
        if len(words) < 2 or words[0] not in ("the", "this", "that") or is_plural(mention.text):
            return False
        person = self._described_person(head_noun(words[-1]))
        if person is None and mention.subject:
            # only as the sentence's own subject: "said the injured man had come in" after "a
            # man was injured" reports on him, and the next "he" is still the one speaking
            person = self._unnamed_again(words[-1]) or self._performer_again(words)
        if person is None:
            return False
        self._touch(person, subject=mention.subject)
        return True

    def _unnamed_again(self, word: str) -> Person | None:
        """ "said a packer who has worked there for years ... the packer said she": the unnamed
        person met before with this head noun, whom "the packer" refers back to (so the next
        "she" is the packer, not a woman named in between)."""
        described = self._described.get(head_noun(word))
        return None if described is None else self._unnamed.get(strip_determiner(described[0]))

    def _described_person(self, head: str) -> Person | None:
        """The latest person whose title or description has this head noun ("the manager")."""
        found = self._described_as(head)
        return found[0] if found is not None else None

    def _describe(self, mention: Mention) -> None:
        """Remember "a police spokesperson" for a later "the spokesperson said"."""
        lowered = mention.text.lower()
        if lowered.startswith(("one of ", "another of ")):
            # "one of the sources said ... the source added", "one of the people briefed on
            # the talks ... the person": the singular of the head refers back.
            rest = lowered.split(" of ", 1)[1]
            head = head_noun(HEAD_SPLIT.split(rest, maxsplit=1)[0].split()[-1])
            single = "person" if head == "people" else head[:-1] if head.endswith("s") else ""
            if single and not single.endswith("s"):
                self._described[single] = (mention.text, self._tick)
            return
        words = HEAD_SPLIT.split(lowered, maxsplit=1)[0].split()
        if len(words) >= 2 and words[0] in (INDEFINITE | COUNTED) - {"the"}:
            self._described[head_noun(words[-1])] = (mention.text, self._tick)
