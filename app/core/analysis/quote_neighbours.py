"""How a quote stands to the quotes around it in its paragraph: whether the one before ends
a sentence, whether two quotes are items of one list ("“…” and “…”"), whether a speech quote
(not a title) lies between a quote and a verb of saying, and whether the tag after a quote is
really the clause that holds the next one ("Hart called it “a disgrace,” Finch said it was
“about time”").

Split from attribution.py, which attributes each quote and asks these questions of its
neighbours.
"""

from __future__ import annotations

import re

from app.core.analysis.mentions import Mention
from app.core.analysis.quote_marks import QuoteSpan
from app.core.analysis.titles import QUOTE

# Two quotes of one list: nothing but a comma, "and" or "or" between them.
LIST_JOIN_RE = re.compile(r"[\s,]*(?:and|or)\s+")


def quote_ends_sentence(block: str, span: QuoteSpan) -> bool:
    """Does the quote end its sentence inside the marks (a stop, then a space or the end,
    and no lower-case word after)?"""
    inner = block[span.start : span.end].rstrip()
    tail = block[span.mark_end : span.mark_end + 3]
    return (
        inner[-1:] in ".!?…" and (tail[:1].isspace() or not tail) and not tail.strip()[:1].islower()
    )


def speech_between(block: str, spans: tuple[QuoteSpan, ...], i: int, lo: int) -> bool:
    """Does a speech quote before span i reach past `lo`? (A title there does not count, nor
    a few title-case words inside the sentence: "On “Face the Nation,” Sanders said ...".)"""
    for j in range(i - 1, -1, -1):
        if spans[j].end <= lo:
            return False
        if spans[j].kind is QUOTE and not _names_a_title(block, spans[j]):
            return True
    return False


def _names_a_title(block: str, span: QuoteSpan) -> bool:
    words = block[span.start : span.end].strip(" ,").split()
    return (
        0 < len(words) <= 6
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
        and words[-1][-1:] not in ".!?"
    )


_TITLE_SMALL_WORDS = frozenset("a an the of and in on at to for with".split())


# A verb of saying with a clause of its own running, unbroken, into the next quote: "said it
# was “", "says the plan is “", "said that they had been “".
_OWN_CLAUSE_RE = re.compile(
    r"\s+(?:that\s+)?(?:it|he|she|they|we|this|the|his|her|their|its)\s[^,.;:!?\x00]{0,80}$"
)


def says_the_next_quote(
    masked: str, found: tuple[Mention, str], after_hi: int, next_open: int
) -> bool:
    """The tag after a quote is the subject and verb of a clause holding the next quote, not
    this quote's tag: the verb is followed by a clause of its own that runs into it."""
    if after_hi != next_open:
        return False
    mention, cue = found
    at = masked.find(cue, mention.end, after_hi)
    return at != -1 and _OWN_CLAUSE_RE.match(masked, at + len(cue), after_hi) is not None
