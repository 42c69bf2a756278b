"""Prepositional and opening phrases in a sentence with its quotes masked out: whether a word
sits inside a prepositional phrase ("of the United Nations", "in the journal Nature"), and where
the phrases opening a sentence end ("At a hearing last month, ..."), so that neither a name
inside them nor one after a preposition is taken for the sentence's subject.

Split from sentences.py, which marks each sentence's subject; subjects.py, clause_subjects.py,
asides.py and inverted.py ask the same questions.
"""

from __future__ import annotations

import re

from app.core.analysis.cues import CUE_RE
from app.core.analysis.name_words import TITLE_WORDS

PREPOSITIONS = frozenset(
    """of to for with about at from in on against like by into toward towards than over under
    between among behind after before during via per upon through throughout across around near
    inside outside within without along beyond despite amid toward towards onto""".split()
)


_SUBJECT_PRONOUN_AT_RE = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?![\w'’-])")


def after_preposition(masked: str, start: int) -> bool:
    """Is the word at `start` inside a prepositional phrase ("of the United Nations", "in the
    journal Nature")? "Secretary of State Ana Ruiz" is a title, not a phrase. A subject pronoun
    never is: "At the meeting she said" has closed its phrase ("at the meeting her" would not)."""
    if _SUBJECT_PRONOUN_AT_RE.match(masked, start):
        return False
    before = masked[max(0, start - 40) : start].split()
    if not before:
        return False
    last = before[-1].lower()
    if last in PREPOSITIONS:
        return not (
            last == "of"
            and len(before) >= 2
            and before[-2][:1].isupper()
            and before[-2].lower().rstrip(".") in TITLE_WORDS
        )
    if last.isalpha() and last == before[-1] and _relation_of(before):
        return True
    # "in the journal Harbour Medicine", "at the firm Calder": a common noun naming the kind
    # of thing, between the preposition and the name.
    words = before[-5:]
    i = len(words) - 1
    nouns = 0
    while i >= 0 and nouns < 3 and words[i].isalpha() and words[i].islower():
        if words[i] in _DETERMINERS or words[i] in PREPOSITIONS:
            break
        if words[i] in _FUNCTION_WORDS or CUE_RE.fullmatch(words[i]):
            return False  # "by an explosion that Mayor X described": a clause, not a noun
        if words[i] in _TIME_WORDS:
            return False  # "In an interview last month she said": the phrase has ended
        nouns += 1
        i -= 1
    if nouns and i >= 0 and words[i] in _KIND_BEFORE_NAME:
        # "an analyst at broker Ashby Kerr", "a loan from lender Calder Hale": the kind of
        # firm, with no article, between the preposition and the name
        return True
    if i < 0 or words[i] not in _DETERMINERS:
        return False
    # "to the Calder Port Authority", "in the journal Nature"; but "chair of the bench Ana
    # Ruiz", like "Secretary of State Ana Ruiz", is a title before the name.
    return (
        i >= 1
        and words[i - 1].lower() in PREPOSITIONS
        and not (
            words[i - 1].lower() == "of"
            and i >= 2
            and words[i - 2].lower().rstrip(".") in TITLE_WORDS
        )
    )


def _relation_of(before: list[str]) -> bool:
    """ "The family of singer Ana Ruiz said", "the widow of former Dell Rovers captain Ana
    Ruiz": "of" after a relation, then a role ending in the lower-case noun just before the
    name (a team's or band's name may stand inside it). Her family speak; the role describes
    her. ("head of security Ana Ruiz said" is her own title: "head" is no relation.)"""
    if "of" not in before[-6:-1]:
        return False  # cheap test first (speed): the loop below looks no further back
    if before[-1].lower() in _COUNTS:
        return False  # "The father of three Tom Vell said": children counted; he is the father
    for j in range(len(before) - 2, max(-1, len(before) - 7), -1):
        word = before[j]
        if word == "of":
            return j >= 1 and before[j - 1].lower() in RELATIONS_OF
        lowered = word.lower()
        if (
            not word.isalpha()
            or lowered in _DETERMINERS
            or lowered in _FUNCTION_WORDS
            or lowered in PREPOSITIONS
            or CUE_RE.fullmatch(lowered)
        ):
            return False
    return False


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
# Prepositions a kind of firm follows without an article ("at broker X", "with lender X").
_KIND_BEFORE_NAME = frozenset({"at", "with", "from", "for"})
# People who speak for someone named after "of" and a role: "the family of singer X", "the
# widow of farmer X", "lawyers of defender X". A title ("head of", "minister of") is not one.
RELATIONS_OF = frozenset(
    """family families relatives relative friend friends wife husband widow widower son sons
    daughter daughters mother father parents brother brothers sister sisters partner fiance
    fiancee fiancé fiancée lawyer lawyers attorney attorneys solicitor solicitors agent
    representative representatives spokesman spokeswoman spokesperson""".split()
)
# "mother of two", "father-of-three": children counted, not a role; the name is the parent's.
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_TIME_WORDS = frozenset(
    """last next this month week year day night morning afternoon evening weekend season ago
    yesterday today tonight earlier later""".split()
)
_FUNCTION_WORDS = frozenset(
    """that which who whom whose what where when while and or but nor as than if because since
    is was were are be been being has have had will would can could should may might must do
    does did not also then so""".split()
)
# Words that open an introductory phrase: the sentence's subject comes after its comma.
_INTRO_OPENERS = frozenset(
    """at in on during after before when while although though because if since following
    despite unlike amid without throughout until once upon speaking asked where whereas whilst
    unless whenever wherever""".split()
)


# compiled once: these run for every mention or quote (speed)
_FIRST_WORD_RE = re.compile(r"\s*([A-Za-z]+)")
_AS_PRONOUN_RE = re.compile(r"\s+(?:he|she|they|we|I|it)\s+[a-z]")


def skip_intro(masked: str, lo: int, hi: int) -> int:
    """Where the main clause starts: after "At a hearing last month of the committee that
    oversees Harbour Rail," the subject is who comes next, not Harbour Rail."""
    # Opening phrases can stack ("Once, when the aide arrived, ..."; "On Monday, after the
    # vote, ..."): skip each in turn, a few at most.
    # A relative clause after an opening phrase belongs to it ("Asked about the goal, which
    # came off defender Ali Kone, she smiled": Kone is in the opening phrase).
    for step in range(3):
        first = _FIRST_WORD_RE.match(masked, lo, min(hi, lo + 20))
        word = first.group(1).lower() if first else ""
        if (
            word not in _INTRO_OPENERS
            and not (step and word in ("which", "who", "whose"))
            # "As she stood up, Ruiz ...": a clause of time with a subject of its own; "As Ruiz,
            # a lawyer, put it" is how a quote is introduced, and its comma ends no clause
            and not (word == "as" and _AS_PRONOUN_RE.match(masked, first.end(), hi))
        ):
            return lo
        comma = masked.find(",", lo, hi)
        if comma == -1:
            return lo
        lo = comma + 1
    return lo


# "After the match Ana Ruiz said:", "Reflecting on the game head coach Ana Ruiz said:": club and
# local pages leave out the comma after an opening phrase. A participle may lead it; the rest
# is a preposition and lower-case words, and the name that follows it is the clause's subject.
_OPENING_PHRASE_RE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\s+)?([A-Za-z]+)(?:\s+[a-z][a-z'’-]*){1,7}\s+"
)


def opens_with_phrase(masked: str, lo: int, start: int) -> bool:
    """Does a phrase with no comma after it open the clause at `lo` and end right before the
    name at `start`? "In the journal Nature" does not open its sentence where a subject went
    before it ("A study in the journal Nature said"); a capitalised word inside ("After Tom Vell
    left Ana Ruiz said") may be a subject of its own, so none is allowed."""
    found = _OPENING_PHRASE_RE.fullmatch(masked, lo, start)
    if found is None:
        return False
    word = found.group(1).lower()
    return word in _INTRO_OPENERS or (word in PREPOSITIONS and word != "of")
