"""A possessive right after a verb of saying is the sayer's: "The caretaker said that his
uncle was hurt" gives the caretaker, whom no name or noun gave a gender, the gender of "his".

Copy that reports an unnamed official ("the caretaker", "the officer", "a spokesperson") often
lets the first "his" or "her" after "said" be the only sign of who they are. Without it a later
"“…,” he said" goes to the uncle, the one person whose gender the story gave, though he is
whom the sayer talks about. Read narrowly: the possessive stands right after the verb (and
"that"), in the sentence whose subject ended just before, in the same paragraph, and only a
subject with no gender yet learns one (pronouns._reported_gender).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.analysis.mention import Mention
from app.core.analysis.referents import Person

# Verbs of saying right after a sentence's subject ("said", "told reporters"): the possessive
# after them here, a second body after them in deal_verbs.py (the subject is the voice).
SAYING_VERBS = r"said|says|told\s+\w+|added|explained|claimed|insisted|stated|confirmed"
_SAID_BEFORE_RE = re.compile(rf"[ \u00a0]+(?:{SAYING_VERBS})(?:[ \u00a0]+that)?[ \u00a0]+")


class SayerPossessives:
    """Gives an ungendered sayer the gender of "his"/"her" right after "said" (a mixin)."""

    # Set by Resolver.__init__ or its other mixins; declared for type checkers.
    _subject_tick: int
    _after_subject: Callable[[Mention], tuple[str, int, int] | None]  # deal_verbs.py
    _reported_gender: Callable[[Mention], bool]  # pronouns.py
    _met_only: tuple[Person, int] | None
    _touch: Callable[..., None]

    def _sayer_possessive(self, mention: Mention, gender: str) -> None:
        """ "The caretaker said that his uncle ...": the caretaker is a man."""
        span = self._after_subject(mention)
        if span is None or not _SAID_BEFORE_RE.fullmatch(*span):
            return
        met = self._met_only
        if met is None or met[1] != self._subject_tick or met[0].gender not in ("", gender):
            # a person named, or unnamed and kept so ("a nurse"): pronouns.py
            self._reported_gender(mention.flagged(gender=gender))
            return
        # "The caretaker said that his uncle ...": a definite description as the sayer, met
        # only (pronouns._described_subject); "his" shows it is someone the story follows
        sayer = met[0]
        if not sayer.gender:
            sayer.gender, sayer.gender_from = gender, "pronoun"
        self._touch(sayer, subject=True)
