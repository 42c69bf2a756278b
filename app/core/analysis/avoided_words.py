"""Words someone avoids, refuses or swaps for others: cited as words, not said.

"Obama avoided using “genocide”", "the minister refused to call the closures a “shutdown”",
"the position that the surge is not to be described as a “crisis”", "urged caution in talking
about “lockdowns”", "no mention of ‘wages, rents, fares’", "chose to say ‘pause’ instead of
‘shutdown’": the writer holds up a word that someone does not say, or says in place of another.
Nobody is reported saying the marked words (or, for the word put in place of another, the words
are talked about as words), so they are no one's quote, whoever the sentence's subject is.

A quote the same person does give stays theirs: "He stopped short of calling it a “shutdown”,
but said it was “a pause we cannot avoid”" keeps the second passage, and "Instead of apologising,
Tom Vell called the ruling “a witch hunt”" has no avoided word before its marks.

Asked from distanced_words (passages no speech tag frames directly), each reading guarded by a
cheap test of the passage and the few words before it before any search (speed).
"""

from __future__ import annotations

import re

# Words inside the object of a verb of naming that end the object ("refused to call it names
# and said he was a “…”", "declined to describe the deal but called it a “…”"): a new clause.
_NOT_OBJECT = r"(?!(?:and|but|or|said|says|was|is|were|are|that|who|which|while|as)\b)"

# Avoiding, refusing or declining to use, say or name: "avoided using", "refused to call the
# events a", "stopped short of calling it", "urged caution in talking about".
_AVOIDED_RE = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?(?:\s+any)?|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|"
    r"stop(?:s|ped|ping)?\s+short\s+of|sh(?:y|ies|ied|ying)\s+away\s+from|"
    r"caution(?:s|ed|ing)?\s+(?:in|against|about)|"
    r"(?:is|was|are|were|be|been)\s+(?:careful|wary|reluctant)\s+(?:in|of|about|to))\s+"
    r"(?:(?:use|using|say|saying|utter|uttering|mention|mentioning|"
    r"talk(?:ing)?\s+(?:about|of)|speak(?:ing)?\s+of)\s+(?:the\s+|an?\s+)?"
    r"|(?:call|calling|term|terming|describe|describing|label|labell?ing|brand|branding|"
    r"declare|declaring)\s+"
    rf"(?:{_NOT_OBJECT}[\w’'-]+\s+){{0,5}}?(?:as\s+)?(?:an?\s+|the\s+)?)$",
    re.IGNORECASE,
)

# A naming ruled out in the passive: "is not to be described as a", "must never be called".
_NOT_TO_BE_NAMED_RE = re.compile(
    r"\b(?:not|never)\s+(?:to\s+)?be\s+(?:described|called|termed|labell?ed|referred\s+to)\s+"
    r"(?:as\s+)?(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)

# A word left unmentioned: "no mention of", "without any mention of", "missing out on any
# mention of", "avoided any mention of".
_UNMENTIONED_RE = re.compile(
    r"\b(?:no|without(?:\s+any)?|never\s+a|(?:miss(?:es|ed|ing)?|omit(?:s|ted|ting)?|"
    r"avoid(?:s|ed|ing)?|drop(?:s|ped|ping)?)(?:\s+out\s+on)?\s+(?:the|any))\s+"
    r"mention\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A word used in place of another: "chose to say ‘pause’ instead of ‘shutdown’", "used “pause”
# rather than “shutdown”": a verb of using words before the first marks, "instead of" or
# "rather than" between the two.
_USING_BEFORE_RE = re.compile(
    r"\b(?:say|says|said|saying|use|uses|used|using|call|calls|called|calling|"
    r"prefer(?:s|red|ring)?|choose|chooses|chose|opt(?:s|ed)?\s+for)\s+"
    r"(?:it\s+|them\s+)?(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_SWAP_AFTER_RE = re.compile(r"\s*,?\s+(?:instead\s+of|rather\s+than)\s+[“\"‘']")
_SWAP_BEFORE_RE = re.compile(r"[”\"’']\s*,?\s+(?:instead\s+of|rather\s+than)\s+$")
_OPENING_MARKS = "“\"‘'"
# A second word joined to the first: "avoid calling the winter a “slump” or “downturn”" (the
# closing mark of the first, "or", "and" or "nor", an article); a comma
# before "and" opens a clause of its own ("declined to say “sorry”, and “we go on” was all").
_JOINED_BEFORE_RE = re.compile(r"[”\"’']\s+(?:or|and|nor)\s+(?:an?\s+|the\s+)?$")

# The words before the marks an avoided word needs, one of which must be near (cheap test).
_CUES = (
    "avoid",
    "refus",
    "declin",
    "short of",
    "away from",
    "aution",
    "careful",
    "wary",
    "reluctan",
    "mention",
    "instead of",
    "rather than",
)
# In the last few words before the marks only: a word joined to an earlier one ("or", "and",
# "nor"); a passive naming ruled out ("not to be described as a") is asked for " be " there.
_JOIN_CUES = (" or ", " and ", " nor ")


def _swapped(text: str, start: int, end: int, before: str) -> bool:
    """ "chose to say ‘pause’ instead of ‘shutdown’": the word given in place of another, and
    the other; a verb of using words must come before the first (each of two words at most)."""
    if len(text[start:end].split()) > 2:
        return False
    if _SWAP_AFTER_RE.match(text, end + 1):
        return _USING_BEFORE_RE.search(before) is not None
    cut = _SWAP_BEFORE_RE.search(before)
    if cut is None:
        return False
    closing = start - 1 - len(before) + cut.start()  # the first word's closing mark
    opening = max(text.rfind(mark, max(0, closing - 40), closing) for mark in _OPENING_MARKS)
    if opening < 0 or len(text[opening + 1 : closing].split()) > 2:
        return False
    return _USING_BEFORE_RE.search(text, max(0, opening - 60), opening) is not None


def _previous_passage(text: str, start: int, end: int, before: str) -> tuple[int, int] | None:
    """The marked words the passage text[start:end] (three words at most) is joined to by
    "or", "and" or "nor", if any."""
    if len(text[start:end].split()) > 3:
        return None
    cut = _JOINED_BEFORE_RE.search(before)
    if cut is None:
        return None
    closing = start - 1 - len(before) + cut.start()
    opening = max(text.rfind(mark, max(0, closing - 60), closing) for mark in _OPENING_MARKS)
    return (opening + 1, closing) if opening >= 0 else None


def avoided(text: str, start: int, end: int, joined: int = 2) -> bool:
    """Is the passage text[start:end] (up to four words) a word someone avoids, refuses, leaves
    unmentioned or swaps for another, rather than anyone's words? A word joined to such a word
    by "or", "and" or "nor" is one too (up to `joined` steps back)."""
    if len(text[start:end].split()) > 4:
        return False
    before = text[max(0, start - 80) : start - 1]
    after = text[end : end + 16]
    if not (
        any(cue in before for cue in _CUES)
        or (" be " in before[-32:] and "not" in before)
        or any(cue in before[-10:] for cue in _JOIN_CUES)
        or "instead" in after
        or "rather" in after
    ):
        return False  # cheap test first: most passages have no such words near them (speed)
    return (
        _AVOIDED_RE.search(before) is not None
        or _NOT_TO_BE_NAMED_RE.search(before) is not None
        or _UNMENTIONED_RE.search(before) is not None
        or _swapped(text, start, end, before)
        or (
            joined > 0
            and (previous := _previous_passage(text, start, end, before)) is not None
            and avoided(text, *previous, joined=joined - 1)
        )
    )
