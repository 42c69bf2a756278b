"""A performer called by what they do: "Lio Marr has quit touring. The rapper shared the news
on Monday ... “…,” the star said."

Entertainment copy names a singer or a rapper once and then, sentence after sentence, calls them
"the rapper", "the singer", "the star" without ever setting the word beside the name. When such a
bare description opens the sentence right after one where the named person was the subject, it
is that person; the resolver then remembers the word, so a later "the star" (a vaguer word for
the same kind of person, roles.py) finds them rather than whoever spoke in between.
"""

from __future__ import annotations

from app.core.analysis.description_words import AGE_RE
from app.core.analysis.entities import noun_gender
from app.core.analysis.referents import Person

# What copy calls a performer it has named ("the rapper", "the pop star" reads as "star").
PERFORMER_NOUNS = frozenset(
    """singer rapper star musician hitmaker artist performer vocalist songwriter
    singer-songwriter actor actress comedian""".split()
)
# How many mentions back the named subject may be: the sentence just before.
_REACH = 4


class PerformerMemory:
    """The resolver's reading of "the rapper" as a subject right after a named subject."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _block: int

    def _performer_again(self, words: list[str]) -> Person | None:
        """ "Lio Marr has quit touring. The rapper shared the news": the person named in full
        who was the subject just before, when the story gave them no other role (a coach or
        a promoter is no rapper); they are the rapper from now on."""
        if words[-1] not in PERFORMER_NOUNS:  # cheap test first (speed)
            return None
        # "the rapper", or with an age: "The 41-year-old musician said the record ..."
        age = words[1] if len(words) == 3 and AGE_RE.fullmatch(words[1]) else ""
        if len(words) != (3 if age else 2):
            return None
        head = words[-1]
        before = [p for p in self._recent if -1 < p.subject_at < self._tick]
        if not before:
            return None
        person = max(before, key=lambda p: p.subject_at)
        if any(p is not person and person.subject_at <= p.seen < self._tick for p in self._recent):
            # "Tom Vell produced Ana Ruiz's album. The singer praised him": another person in
            # the subject's sentence may be the performer ("Ana Ruiz and Lio Marr split")
            return None
        gender = noun_gender(head)
        if (
            self._tick - person.subject_at > _REACH
            or person.subject_block < self._block - 1
            or not person.named_in_full
            or " " not in person.name
            or not person.roles <= PERFORMER_NOUNS
            or not set(person.title.lower().split()) <= PERFORMER_NOUNS | {"pop"}
            or (gender and person.gender not in (gender, ""))
        ):
            return None
        person.descriptions.update((head, age) if age else (head,))
        return person
