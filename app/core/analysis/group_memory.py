"""The resolver's memory of groups (a mixin of descriptions.py): the researchers a paper or a
study speaks for, and the group a bare "one" or "another" is one of.

"The paper, in the Journal of ..., describes the effect as “…”" is the researchers' words, not
the journal's; "Delegates traded accusations over what one called “…”" is one delegate's.
"""

from __future__ import annotations

from app.core.analysis.description_words import (
    ORG_REACH,
    RESEARCH_DOCUMENTS,
    one_of_group,
    research_group,
)
from app.core.analysis.entities import HEAD_SPLIT
from app.core.analysis.mention import Mention
from app.core.analysis.referents import Person, Resolution

# The gap between a subject's name and its relative ("Rhea Voss and her husband"): " and ".
_AND_GAP = len(" and ")


class GroupMemory:
    """Groups of people the resolver remembers: researchers, and a sentence's plural subject."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _authors: tuple[str, int] | None
    _described: dict[str, tuple[str, int]]
    _group: tuple[str, int] | None
    _recent: list[Person]
    _subject_name: tuple[int, int, str]
    _tick: int

    def _note_authors(self, mention: Mention) -> None:
        """Remember "Researchers at the University of Tarrow", "the authors": a later "the
        paper" or "the study" speaks for them."""
        group = research_group(mention.text)
        if group is not None:
            self._authors = (group, self._tick)

    def _research_authors(self, noun: str) -> str | None:
        """The researchers a research document ("the paper", "the study") speaks for."""
        if noun not in RESEARCH_DOCUMENTS or self._authors is None:
            return None
        name, seen = self._authors
        return name if self._tick - seen <= ORG_REACH * 3 else None

    def _one_of_group(self, written: str) -> Resolution:
        """ "Delegates traded accusations over what one called “…”": one delegate; "said
        another" after "another commuter said": another commuter."""
        kind = self._one_of_kind(written)
        if kind is not None:
            return kind
        group = self._group
        if group is not None and self._tick - group[1] <= ORG_REACH:
            one = one_of_group(written, group[0])
            if one is not None:
                return Resolution(one, True, f"{written.lower()} of {group[0]}, named before")
        return Resolution(written, True, "unnamed speaker, as written")

    def _one_of_kind(self, written: str) -> Resolution | None:
        """ "Another commuter said the fares had doubled. “…,” said another": an elliptical
        "another" or "one" stands for the noun of the nearest "another <noun>" or "one <noun>"
        before it (a new unnamed person of that kind), unless a group was named since ("Three
        nurses ... said one" is the group's, group_memory.py)."""
        nearest: tuple[str, int] | None = None
        for text, seen in self._described.values():
            lowered = text.lower()
            if (
                lowered.startswith(("one ", "another "))
                and " of " not in lowered
                and (nearest is None or seen > nearest[1])
            ):
                nearest = (text, seen)
        if nearest is None or self._tick - nearest[1] > ORG_REACH * 2:
            return None
        if self._group is not None and self._group[1] > nearest[1]:
            return None
        kind = HEAD_SPLIT.split(nearest[0].lower(), maxsplit=1)[0].split()[1:]
        if not kind:
            return None
        why = f"{written.lower()} of the kind named before: {nearest[0]}"
        return Resolution(f"{written.lower()} {' '.join(kind)}", True, why)

    def _joined_subject(self, mention: Mention, block: int) -> None:
        """ "Rhea Voss and her husband will meet residents" (the relative flagged as joining
        the subject, sentences.mark_subjects): both are a later "they". So too with the
        relative's name beside it ("Jan Holm and his wife, Eva, opened the bakery")."""
        if mention.subject and self._subject_name[:2] == (block, mention.start - _AND_GAP):
            self._group = (f"{self._subject_name[2]} and {mention.text}", self._tick)
