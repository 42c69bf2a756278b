"""Institutional sourcing: an institution cited as the source of information ("the Kremlin
said", "the statistics office estimates"). Kept apart from anonymous sourcing because the desk
treats it differently: it needs no stated reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.analysis.anchor_words import leading_words
from app.core.analysis.patterns import compile_guarded
from app.core.analysis.source_windows import anchor_openers, anchor_windows
from app.core.fastinit import fast_init

_INSTITUTION = (
    r"(?:intelligence\s+community|ministry|department|agency|government|administration|military|"
    r"army|navy|police|commission|council|office|bureau|service|court|parliament|cabinet|"
    r"White\s+House|Kremlin|Pentagon|Elysee|Élysée|Downing\s+Street|Congress|Senate|Treasury|"
    r"central\s+bank|Federal\s+Reserve|United\s+Nations|UN|NATO|EU|European\s+Union|"
    r"European\s+Commission|World\s+Bank|IMF|WHO|Fed|Interior\s+Ministry|Foreign\s+Ministry|"
    r"Defen[cs]e\s+Ministry|State\s+Department|Justice\s+Department|Defense\s+Department|"
    r"authorities|prosecutors?['’]?\s+office|statistics\s+office|census\s+bureau|institute|"
    r"company|spokesperson['’]s\s+office)"
)
_INSTITUTION_VERB = (
    r"(?:\s+(?:has|have|had|also|previously|now|again|on\s+\w+day))?\s+"
    r"(?:estimates|estimated|says|said|reported|reports|announced|announces|confirmed|confirms|"
    r"stated|states|claims|claimed|believes|believed|assessed|assesses|concluded|found|finds|"
    r"warned|warns|projects|projected|forecasts|forecast|data\s+show(?:ed|s)?|figures\s+show)\b"
)
_INSTITUTIONAL_RE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}{_INSTITUTION}"
    + _INSTITUTION_VERB
)
# What every _INSTITUTIONAL_RE match holds: an institution and its verb. Searched first, it
# spares the long pattern (tried with up to five words before each institution) the windows
# where it cannot match (speed).
_INSTITUTION_THEN_VERB_RE = compile_guarded(_INSTITUTION + _INSTITUTION_VERB)
_INSTITUTION_RE = compile_guarded(rf"\b{_INSTITUTION}\b")  # every block: guarded (speed)
# The words the anchor opens with: a block holding none of them is not searched (speed).
_INSTITUTION_WORDS = leading_words(_INSTITUTION_RE)


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class InstitutionalSource:
    """An institution cited as the source of information ("the Kremlin said")."""

    text: str
    start: int
    end: int

    def shifted(self, offset: int) -> InstitutionalSource:
        # built directly: dataclasses.replace costs several times more (speed)
        return InstitutionalSource(self.text, self.start + offset, self.end + offset)


def find_institutional(block: str, masked: str) -> list[InstitutionalSource]:
    """Institutions cited as a source in one block (`masked`: its quotes masked out), their
    words read from `block`."""
    return [
        InstitutionalSource(block[m.start() : m.end()], m.start(), m.end())
        for lo, hi in anchor_windows(
            _INSTITUTION_RE, masked, 80, 60, anchor_openers(_INSTITUTION_WORDS, masked)
        )
        if _INSTITUTION_THEN_VERB_RE.search(masked, lo, hi)
        for m in _INSTITUTIONAL_RE.finditer(masked, lo, hi)
    ]
