"""Quoted words that modify a noun: "miracle" paint, the "sea view" rooms. Nobody says such
words; they name a kind of thing. A predicate after its subject is not one ("the firm
"knowingly misled" investors"), nor a noun phrase of its own ("for "several days" after").

Split from speech.py, which decides what of a passage between marks is speech.
"""

from __future__ import annotations

import re

DETERMINERS = frozenset("a an the this that these those his her their its our my your".split())
_MODIFIED_RE = re.compile(r"(?:''|[\"”’'])\s([a-z][a-z-]+)\b")
_NOT_A_NOUN = frozenset(
    """the a an and or but nor of to in on at by for from with as than that which who is are was
    were be been has have had will would can could should may might must do does did not no so
    if then when while because about into onto over under after before since until like per
    via its his her their our my your this these those it he she they we i you outside inside
    near across through around against among between during without within behind beyond
    beside besides toward towards upon along amid despite off out up down again too every each
    all some any most more less much many few several both either neither another other such
    yesterday today tomorrow tonight last next once twice
    makes made means meant seems seemed remains remained becomes became gives gave comes came
    goes went puts threatens threatened allows allowed""".split()
)  # the last two lines: verbs a quoted subject takes ("the study's “small sample” makes ...")
# Public for distanced_words.py, which asks the same of the word after a joined modifier.
NOT_A_NOUN = _NOT_A_NOUN
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:he|she|they|we|I|it)\s+[\"“‘']$")
_QUANTIFIERS = frozenset("several many few some most more fewer numerous countless".split())


def modifies_noun(text: str, start: int, end: int) -> bool:
    """“miracle” paint, “sea view” rooms: up to three quoted lower-case words before a noun."""
    words = text[start:end].split()
    if not 1 <= len(words) <= 3 or words[0].lower() in DETERMINERS:
        return False
    if len(words) > 1 and words[0].lower() in _QUANTIFIERS:
        return False  # "for “several days” after": a noun phrase of its own, no modifier
    if _SUBJECT_PRONOUN_RE.search(text, max(0, start - 12), start):
        return False  # "they “systematically looted” millions": a predicate, not an adjective
    if _adverb_then_past(words) and _NOUN_BEFORE_RE.search(text, max(0, start - 30), start):
        # "the firm “knowingly misled” investors": after a noun, an adverb and a past tense are
        # the firm's verb; after a determiner ("the “newly built” hall") they modify the noun
        return False
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    if _predicate_after_verb(text, start, words):
        return False  # "had become “unmanageable” months ago", "had “actively and fully” met"
    if len(words) > 1 and words[-1] in _NOT_A_NOUN:
        return False  # "had “preyed on” vulnerable women": a verb and its particle
    after = _MODIFIED_RE.match(text, end, end + 40)
    return (
        after is not None
        and after.group(1) not in _NOT_A_NOUN
        and not after.group(1).endswith("ly")
    )


# The word before an opening mark, when it is no determiner, possessive or preposition: the
# subject a quoted predicate follows ("the firm “knowingly misled”", "Ruiz “wilfully ignored”").
_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?!(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|of|in|on|"
    r"for|to|with|by|at|from|as|and|or|more|most|very|so|too|less|least)\s)[\w'’-]+\s+[\"“]$",
    re.I,
)


def _adverb_then_past(words: list[str]) -> bool:
    """ "knowingly misled", "deliberately concealed": an adverb and a verb's past tense."""
    return (
        len(words) == 2
        and words[0].endswith("ly")
        and (words[1].endswith("ed") or words[1] in _IRREGULAR_PASTS)
    )


# A linking verb right before the marks: what follows is the subject's state, a predicate.
_LINKING_BEFORE_RE = re.compile(
    r"\b(?:become|became|becomes|becoming|seems?|seemed|remains?|remained|grown|proved|proven)"
    r"\s+[\"“‘']$"
)
# A plain copula before the marks: a predicate only when the word has an adjective's ending
# ("was “unworkable” months before"); "are “legacy” issues" qualifies the noun after it.
_COPULA_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been)\s+[\"“‘']$")
_PREDICATE_ENDINGS = tuple("able ible ous ful less ive".split())
# An auxiliary before the marks: quoted adverbs after it qualify the verb that follows.
_AUXILIARY_BEFORE_RE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|been|will|would|could|should|may|might|must|did)"
    r"\s+[\"“‘']$"
)
_JOINERS = frozenset("and or but nor".split())


def _predicate_after_verb(text: str, start: int, words: list[str]) -> bool:
    """ "repayments had become “unmanageable” months ago", "the school had “actively and
    substantially” improved": after a linking verb the quoted words are the subject's state,
    and adverbs after an auxiliary qualify the verb that follows; neither is a noun's modifier,
    whatever word comes next. A determiner before the marks ("a “newly built” hall") keeps
    the modifier reading."""
    if text[max(0, start - 2) : start - 1] != " ":
        return False  # cheap test first: a word, then a space, then the mark (speed)
    lo = max(0, start - 14)
    if _LINKING_BEFORE_RE.search(text, lo, start):
        return True
    if _COPULA_BEFORE_RE.search(text, lo, start) and words[-1].lower().endswith(_PREDICATE_ENDINGS):
        return True
    return (
        any(w.endswith("ly") for w in words)
        and all(w.endswith("ly") or w in _JOINERS for w in words)
        and _AUXILIARY_BEFORE_RE.search(text, lo, start) is not None
    )


# Common irregular past tenses a quoted predicate may end with ("knowingly misled").
_IRREGULAR_PASTS = frozenset(
    "misled hid lied stole took broke sold misspent knew told gave made kept".split()
)
