"""Which sentences join two bodies as partners in one act: "Fenwick Holdings agreed to buy Marlow
Mining", "Tarn Logistics is merging with Bexley Packaging".

After such a sentence a "the company said" is the body that acted (the buyer, the one
announcing), which speaks for the deal on both sides' behalf (org_memory._subject_body). After a
hostile or neutral verb ("Kestrel sued Harbourline", "regulators fined", "Kestrel beat
Harbourline to the contract") the answering side depends on what the quote says, so "the
company" keeps its older reading: the body named last. This module notes, as the story is read,
which body was met as the object of a verb of joint action in the sentence whose subject came
just before it in the same paragraph.
"""

from __future__ import annotations

import re

from app.core.analysis.mention import Mention
from app.core.analysis.sayer_possessives import SAYING_VERBS

# Verbs where the subject acts for both bodies: buying, agreeing, merging, announcing, investing,
# taking over, partnering. Matched in the words between the subject and the object only.
_JOINT = re.compile(
    r"\b(?:buy|buys|buying|bought|acquir\w*|purchas\w*|merg\w*|agree\w*|announc\w*|"
    r"invest\w*|tak(?:e|es|ing)\s+over|took\s+over|partner\w*|team(?:s|ed|ing)?\s+up|"
    r"join(?:s|ed|ing)?\s+forces|combin\w*|sign(?:s|ed|ing)?\s+(?:a|an)\s+\w*\s*deal|"
    r"bid(?:s|ding)?\s+for|offer(?:s|ed|ing)?\s+to\s+buy)\b",
    re.IGNORECASE,
)
# "Fenwick Holdings said Marlow Mining had agreed to the terms": the subject is the one speaking
# and about the other body, so a "the company said" that follows carries its words on.
_SAYS = re.compile(rf"\b(?:{SAYING_VERBS})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")


class DealMemory:
    """Notes the bodies met as the object of a verb of joint action (a resolver mixin)."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _tick: int
    _subject_tick: int
    _block: int
    # (paragraph text, the offset its mentions are given from): set by the engine per paragraph
    paragraph: tuple[str, int]
    # (paragraph, where the latest sentence subject ended, its tick)
    _subject_end: tuple[int, int, int]
    # body name -> the tick it was met at as the object of a verb of joint action
    _dealt: dict[str, int]

    def _note_subject_end(self, mention: Mention) -> None:
        """Where the sentence's subject ended (`mention`, met as a subject): the verb that
        follows joins it to an object."""
        self._subject_end = (self._block, mention.end, self._tick)

    def _after_subject(self, mention: Mention) -> tuple[str, int, int] | None:
        """The paragraph and the span of it from the end of the sentence's subject to
        `mention`, when `mention` is no subject and comes after that subject in its paragraph
        with no subject met between: the words a verb joins them by (here and in
        sayer_possessives.py)."""
        block, end, tick = self._subject_end
        if mention.subject or block != self._block or tick != self._subject_tick:
            return None
        text, base = self.paragraph
        return text, end - base, mention.start - base

    def _note_object_body(self, mention: Mention, name: str) -> None:
        """ "Fenwick Holdings agreed to buy Marlow Mining": Marlow Mining, met now, was the
        object of a verb of joint action; the tick says which meeting (a later one as the
        object of "sued" is not)."""
        span = self._after_subject(mention)
        if span is None:
            return
        text, lo, hi = span
        between = text[lo:hi]
        if (
            0 < len(between) <= 80
            and (_JOINT.search(between) or _SAYS.search(between))
            and not _SENTENCE_END.search(between)
        ):
            self._dealt[name] = self._tick
