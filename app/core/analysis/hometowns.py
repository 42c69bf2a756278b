"""A speaker called by where they are from: "Downey told the delegates ... “…,” the Kilcorran
man explained."

Regional and sports copy (county boards, clubs, parishes) calls a person it has just named "the
Kilcorran man" or "the Ardmore woman": their home place or club, a word the story may never have
set beside the name. Such a phrase names nobody new; it is the person the story is talking about
at that moment. Read narrowly: only the subject of the sentence just before, named in full, the
last person met, of the noun's gender, with no role or title that says they are someone else's
coach or chairman.
"""

from __future__ import annotations

from app.core.analysis.mention import Mention
from app.core.analysis.referents import Person, Resolution

_NOUNS = {"man": "m", "woman": "f"}


class HometownMemory:
    """The resolver's reading of "the <Place> man" as a speaker (a mixin)."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _subject_tick: int
    _block: int
    _spoken_of: str
    _homes_read: set[str]  # the home-place phrases this reading gave a person (lower-cased)

    def _from_home(self, mention: Mention) -> Resolution | None:
        """ "the Kilcorran man explained": the named subject just before, if they fit."""
        text = mention.text
        if not text.endswith(("man", "woman")):  # cheap test first (speed)
            return None
        words = text.split()
        if (
            len(words) != 3
            or words[0] not in ("the", "The")
            or words[2] not in _NOUNS
            or not words[1][:1].isupper()
            or not words[1][1:].islower()
        ):
            return None
        if not self._recent or self._met_before(text, mention.start):
            return None
        person = self._recent[-1]
        gender = _NOUNS[words[2]]
        if (
            person.subject_at != self._subject_tick
            or self._tick - person.subject_at > 4
            or person.subject_block < self._block - 1
            or not person.named_in_full
            or " " not in person.name
            or person.gender not in (gender, "")
            or person.title
            # "Dean Cole scored. “He was unplayable,” the Kilcorran man said": about Cole
            or (self._spoken_of and person.gender in (self._spoken_of, ""))
        ):
            return None
        self._homes_read.add(text.lower())
        return Resolution(person.name, True, f"{text}: the named subject just before")

    def _met_before(self, text: str, start: int) -> bool:
        """ "Tom Downey met the Ardmore man at the hall. “…,” the Ardmore man said": the phrase
        already stood for someone the story met beside the subject, not for the subject; one
        this reading gave the subject before ("the Kilcorran man said" twice) is no obstacle."""
        if text.lower() in self._homes_read:
            return False
        phrase = text.split(" ", 1)[1]
        story: str = getattr(self, "story", "")
        return phrase in story[:start]
