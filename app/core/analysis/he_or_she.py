"""Who a written "he" or "she" means when the plain order of the pronoun rules would mislead
(a mixin of pronouns.py).

The rules in pronouns.py rank the people who agree: the last speaker, a recent subject, the
person named last. This module holds the readings around that ranking: the owner of a role just
before ("Her mother, she said, ..."), the person a ", whom" clause describes, an official
described as the subject just before, a pair named together (neither is guessed), a person met
only in passing when nobody agrees, and the copy's "she" against the first-name table's guess.
Kept apart from pronouns.py so each stays a readable size.
"""

from __future__ import annotations

from app.core.analysis.description_words import OTHER_PARTY
from app.core.analysis.mentions import Mention
from app.core.analysis.pronoun_candidates import agrees
from app.core.analysis.referents import Person

# How far after an owned role ("His lawyer") the "he" its verb of saying reports may stand
# (" said ", " told the court ")
_REPORTED_REACH = 18

# Tags that carry a speaker's run of quotes on into the next paragraph ("“…,” she added").
_RUN_ON_VERBS = frozenset(("added", "adds", "continued", "continues", "went"))


class HeOrShe:
    """The readings around the ranking of the people a "he" or "she" may mean."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _subject_tick: int
    _last_speaker: Person | None
    _last_speaker_block: int
    _last_speaker_tick: int
    _group: tuple[str, int] | None
    _met_only: tuple[Person, int] | None
    _owned: tuple[int, int, Person, str] | None
    _cue: str
    # _pronoun_person comes from PronounResolver.

    def _he_or_she(
        self, mention: Mention, block: int, before_whom: str = ""
    ) -> tuple[Person | None, str]:
        """Who a written "he" or "she" means: a person who agrees, else one met only in
        passing (descriptions that ask for a gender want a person named, not this)."""
        owned = self._owned_just_before(mention, block)
        described = None if owned is not None else self._whom_describes(before_whom)
        fresh = self._described_just_before(mention)
        if fresh is not None and owned is None and described is None:
            return fresh, "the one described as the subject of the sentence just before" + (
                agrees(fresh)
            )
        found = self._pronoun_person(mention, block, owned or described)
        pair = self._pair_of(found[0], mention.gender) if found[0] is not None else ""
        if pair:
            return None, f"unclear: “{pair}” were the subject just before"
        if found[0] is not None and owned is not None:
            # the reason says whom the pronoun passed over, and why
            return found[0], f"{found[1]}; not “{owned.name}” just before, whose owner it is"
        if found[0] is not None and described is not None:
            return found[0], f"{found[1]}; not “{described.name}”, whom the clause describes"
        if found[0] is not None:
            return found
        found = self._met_only_person(mention.gender)
        return found if found[0] is not None else self._against_first_name(mention, block)

    def _pair_of(self, person: Person, gender: str) -> str:
        """ "Tom Vell and Ian Tate argued outside the bar. “…,” he said": two people of the
        pronoun's gender named together as the subject just before, nobody since: either may
        be "he", so neither is guessed. The pair as named, else ""."""
        group = self._group
        if group is None or person.subject_at < 0 or person.subject_at != group[1] - 1:
            return ""
        if self._subject_tick != person.subject_at or self._last_speaker_tick > group[1]:
            return ""
        first, _, other = group[0].partition(" and ")
        if first != person.name or not gender or person.gender != gender:
            return ""
        partner = next((p for p in self._recent if p.name == other), None)
        return group[0] if partner is not None and partner.gender == gender else ""

    def _against_first_name(self, mention: Mention, block: int) -> tuple[Person | None, str]:
        """ "Alex Reyes, a paramedic, ... “…,” Reyes said. “…,” she added": when nobody agrees,
        the copy's "she" beats the first-name table's guess for the speaker of the quote just
        before (a run of quotes keeps its speaker; the writer knows whether Alex is a man). Only
        that speaker: "Tomas Brandt arrived. “…,” she said" is someone the copy has not named.
        The speaker takes the pronoun's gender."""
        speaker = self._last_speaker
        if (
            speaker is None
            or speaker.gender_from != "first name"
            or not mention.gender
            or not self._own_run(block)
        ):
            return None, ""
        gender = speaker.gender
        speaker.gender = ""  # weighed as if unknown, against the others as they are
        try:
            person, why = self._pronoun_person(mention, block)
        finally:
            speaker.gender = gender
        if person is not speaker:
            return None, ""
        speaker.gender, speaker.gender_from = mention.gender, "pronoun"
        return speaker, f"{why.split(' (')[0]}, whom the first name alone called otherwise"

    def _own_run(self, block: int) -> bool:
        """Is the pronoun inside the last speaker's own run of quotes: their paragraph, or the
        next one when its tag carries the run on ("“…,” she added")? Past that, or outside a
        tag, a "she" nobody agrees with may be someone the copy left unnamed (a byline's
        writer, dropped from the people met, was once the one who agreed)."""
        if block == self._last_speaker_block:
            return True
        verb = self._cue.split()[0].lower() if self._cue else ""
        return block == self._last_speaker_block + 1 and verb in _RUN_ON_VERBS

    def _described_just_before(self, mention: Mention) -> Person | None:
        """ "Ned Sims ... “…,” he said. The prosecutor said the case was strong. “…,” he said":
        the official of a hearing or a match ("the judge", "the prosecutor", "the referee"; a
        story has one of each, and the people it reports on are others), never named, as the
        subject of the sentence just before (nobody a subject since) and after the last quote,
        whose gender agrees: the run's speaker has handed over. ("The novelist said ..." may
        be the novelist named before.)"""
        if self._met_only is None:
            return None
        person, when = self._met_only
        if (
            person.name.split()[-1].lower() not in OTHER_PARTY
            or when != self._subject_tick
            or when <= self._last_speaker_tick
            or self._tick - when > 3
            or (person.gender and mention.gender and person.gender != mention.gender)
        ):
            return None
        return person

    def _whom_describes(self, before_whom: str) -> Person | None:
        """ "Tom Reed blamed his brother, whom he called ...": the person met last, when the
        words before ", whom" end with them; the clause's "he" cannot be them (one says things
        about the person the clause describes, not as them)."""
        if not before_whom or not self._recent:
            return None
        last = self._recent[-1]
        return last if before_whom.endswith(last.name) else None

    def _owned_just_before(self, mention: Mention, block: int) -> Person | None:
        """ "Her mother, she said later, was ...", "When his father died, he sold the boat": a
        "he"/"she" right after a comma that closes a description owned by a possessive of the
        same gender is that possessive's owner, never the person described."""
        if self._owned is None:
            return None
        where, end, person, owner = self._owned
        if where != block or owner != mention.gender:
            return None
        gap = mention.start - end
        # "His lawyer said he would appeal", "Her daughter said she had asked ...": the words
        # the role reports are about the owner, whose lawyer or daughter speaks for them
        return person if 0 < gap <= 2 or (mention.reported and 0 < gap <= _REPORTED_REACH) else None

    def _met_only_person(self, gender: str) -> tuple[Person | None, str]:
        """When nobody recent agrees, the person met just before only as an owner ("Anna
        Lind's son, Tom, was hurt. She said ..."), if their gender agrees."""
        if self._met_only is None:
            return None, ""
        person, when = self._met_only
        if self._tick - when > 8 or (gender and person.gender and person.gender != gender):
            return None, ""
        return person, "the only person met just before who agrees" + agrees(person)
