"""An office given with its abbreviation and then spoken of by it: "According to the deputy
fire officer (DFO), Brantmere, Halvard Osei, ... “…,” the DFO said"; or given in full as a
name's title and then by its initials alone: "District Magistrate Ravi Kant ... “…,” the DM said"
(South Asian and African copy refers back to a titled official this way: the DM, the CS, the MD).

The letters look like a body's ("the FBI said"), and the engine gave the quote to an
organisation called "DFO". When the story spelled them out before as a person's office (the
initials of the words before the parentheses, ending on a word for a role: "commissioner",
"officer", "director") and named a person right beside that office, the letters are that
person. A body spelled out the same way ("the Harbour Safety Board (HSB)") is no office and
keeps its own reading (org_memory._spelled_out).
"""

from __future__ import annotations

import re

from app.core.analysis.description_words import ACRONYM_SKIP
from app.core.analysis.referents import Person
from app.core.analysis.role_nouns import ROLE_NOUNS

# small words an abbreviation skips ("secretary of state" -> SS is rare; "SoS" is not upper):
# a body's (org_memory._spelled_out) and "to" ("adviser to the president"); _WORD_RE reads no "&"
_SKIPPED = ACRONYM_SKIP | {"to"}
_WORD_RE = re.compile(r"[A-Za-z][\w-]*")
_REACH = 80  # characters either side of the office where the holder's name may stand
_SPELLED_REACH = 80  # characters before "(<letters>)" where the office is spelled out
# the holder stands in the office's own sentence: "The chief medical officer (CMO) said the ward
# was full. Dr Abel Frey, a surgeon, agreed." names someone else, not the officer
_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])")


class OfficeAcronyms:
    """Reads "the DFO" as the person given that office in full before (a resolver mixin)."""

    # Set by Resolver.__init__ / engine; declared here for readers and type checkers.
    story: str
    people: dict[str, Person]

    def _office_holder(self, letters: str, start: int) -> Person | None:
        """The person named beside "<office in full> (<letters>)" before `start`, if any."""
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return None
        story = getattr(self, "story", "")
        at = story.rfind(f"({letters})", 0, start) if story else -1
        if at < 0:
            return self._titled_holder(letters, story, start)
        words = _WORD_RE.findall(story, max(0, at - _SPELLED_REACH), at)
        initials = [w for w in words if w.lower() not in _SKIPPED]
        spelled = initials[-len(letters) :]
        if (
            len(spelled) != len(letters)
            or "".join(w[0] for w in spelled).upper() != letters
            or spelled[-1].lower() not in ROLE_NOUNS
        ):
            return None
        after = story[at : at + _REACH + len(letters)]
        before = story[max(0, at - 2 * _REACH) : at]
        stop = _SENTENCE_END_RE.search(after)
        after = after[: stop.start()] if stop else after
        before = before[max((m.end() for m in _SENTENCE_END_RE.finditer(before)), default=0) :]
        best: tuple[int, Person] | None = None
        for person in self.people.values():
            if not person.named_in_full or " " not in person.name:
                continue
            found = after.find(person.name)
            distance = found if found >= 0 else -1
            if distance < 0:
                found = before.rfind(person.name)
                distance = len(before) - found if found >= 0 else -1
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, person)
        return best[1] if best else None

    def _titled_holder(self, letters: str, story: str, start: int) -> Person | None:
        """ "the DM said" after "District Magistrate Ravi Kant": the person met latest whose
        title's words (small ones skipped) have these initials and end on a word for a role.
        Only after "the" (an office is "the DM"; a body's letters often stand bare)."""
        if story[max(0, start - 4) : start].lower() != "the " and (
            story[start : start + 4].lower() != "the "
        ):
            return None
        best: Person | None = None
        for person in self.people.values():
            titled = _WORD_RE.findall(person.title.replace("-", " "))
            words = [w for w in titled if w.lower() not in _SKIPPED]
            if (
                len(words) == len(letters)
                and person.named_in_full
                and "".join(w[0] for w in words).upper() == letters
                and all(w[:1].isupper() for w in words)
                and words[-1].lower() in ROLE_NOUNS
                and (best is None or person.seen > best.seen)
            ):
                best = person
        return best
