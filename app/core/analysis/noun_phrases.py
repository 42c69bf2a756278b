"""Short noun phrases a reporter makes a subject of ("The night porter", "One resident"), read
when no name or role noun was found before a verb of saying, and what a described person is
called ("a docker called Wee Davie").

Kept apart from `subjects` (which finds the subject of a verb of saying) because `tags` reads
the same phrases after a quote.
"""

from __future__ import annotations

import re

from app.core.analysis.mention import NOMINAL
from app.core.analysis.mentions import Mention, phrase_kind

# Words between a subject and its verb: adverbs and auxiliaries, not part of what the phrase names.
ADVERB_OR_AUX = frozenset(
    """has had have also later then previously once again further recently repeatedly would will
    was is were are be been being did does do not never often simply bluntly flatly publicly
    privately quickly famously later earlier has long since still had already just only even
    reportedly allegedly apparently last week yesterday today once quoted as tersely""".split()
)


_CALLED_HINT_RE = re.compile(r"called|named|known|\bas |\bby |handle|name ")
_CALLED_BEFORE_RE = re.compile(
    r"\b(?:called|named|nicknamed|known\s+(?:to\s+\w+\s+)?as|(?:named|identified)\s+only\s+as|"
    r"who\s+gave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|"
    # the name someone posts under online (handles.py): "a user posting as gridlock_ghost"
    r"(?:posting|posts|writing|commenting)\s+(?:as|under)(?:\s+the\s+(?:handle|(?:user\s?|screen\s?)?name))?|"
    r"(?:goes|going)\s+by(?:\s+the\s+(?:handle|(?:user\s?|screen\s?)?name))?|"
    r"(?:under|using)\s+the\s+(?:handle|(?:user\s?|screen\s?)name))\s+$"
)


def called_by_name(masked: str, lo: int, at: int) -> bool:
    """Is the name at `at` what a described person is called ("a docker called Wee Davie"),
    not someone a subject called something ("She called Ann Lowe ...")?"""
    if not _CALLED_HINT_RE.search(masked, lo, at):
        return False
    called = _CALLED_BEFORE_RE.search(masked, lo, at)
    if called is None:
        return False
    before = masked[max(lo, called.start() - 12) : called.start()].split()
    word = before[-1].rstrip(",") if before else ""
    if word == "who" and called.group().startswith(("go", "post", "writ", "comment")):
        # "a developer who goes by tessellate", "who posts as ...": the name they go by (not
        # "who called Ann Lowe", where the name is whom they rang)
        return True
    return word.isalpha() and word.islower() and word not in NOT_IN_NP


DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)"
)


NP_WORD = r"(?:[\w’'.-]+)"


GENERIC_NP_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[\s,;]))({DETERMINER}(?:\s+{NP_WORD}){{1,4}}?)(?:\s+[a-z]+ly)?"
    r"(?:\s+(?:would|will|could|should|might|may|must|can|did|does|do|now|then|also|later|"
    r"once|still|often|never))*\s+$"
)


# Words that cannot sit inside a short noun phrase: a match containing one is a clause.
NOT_IN_NP = frozenset(
    """and but or that which who whom whose should would could will can may might must is are
    was were be been being has have had do does did not no to of in on at for from with by as
    than then so if when while because about into over after before he she they it we i you
    him her them us me this these those there here said says say told""".split()
)


_ARTICLES = frozenset("a an the".split())


def phrase_mention(masked: str, start: int, end: int) -> Mention | None:
    text = masked[start:end]
    words = text.split()
    if any(w.lower() in NOT_IN_NP or w in _ARTICLES for w in words[1:]) or "\x00" in text:
        return None  # ("The shop posted a notice saying": an article inside opens a second phrase)
    while len(words) > 2 and (
        words[-1].endswith("ly")
        or words[-1].lower() in ADVERB_OR_AUX
        # "The paper itself notes": the emphasis is no part of what the phrase names
        or words[-1].lower() in ("itself", "themselves")
    ):
        words.pop()
    text = " ".join(words)
    return Mention(start, start + len(text), text, NOMINAL, entity=phrase_kind(text))
