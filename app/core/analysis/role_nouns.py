"""The nouns that name a person by role, relation or office ("the governor", "her deputy", "the
sitting MP"), and the kind of a noun phrase read as a speaker.

Split from names.py, which reads capitalised runs: these tables and the phrase kinds they decide
are read by the role-noun mentions (mentions.py) and the resolver, not only by the name reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.analysis.anchor_words import finditer_at, words_of
from app.core.analysis.entities import (
    ORGANISATION_NOUNS,
    PERSON,
    PERSON_ENDINGS,
    THING,
    UNKNOWN,
    EntityKind,
    head_words,
    kind_of_nominal,
)
from app.core.analysis.name_words import BASE_ROLE_NOUNS
from app.core.analysis.patterns import compile_guarded, word_alternation
from app.core.analysis.wordnet_words import is_wordnet_person

# Documents that speak for an author ("The verdict from Chief Inspector Alan Shaw was blunt").
_AUTHORED_DOCUMENTS = frozenset(
    """verdict ruling judgment assessment analysis reports statements letters studies surveys
    polls memos documents filings lawsuits complaints rulings bulletin bulletins circular
    circulars advisory advisories""".split()
)
# Roles written as capitals: "the sitting MP", "the firm's CEO".
_ROLE_ACRONYMS = ("MP", "MEP", "MSP", "MLA", "MPP", "CEO", "CFO", "COO", "CTO", "GP", "QC", "KC")
# A club's or a county board's public relations officer ("Club PRO Aoife Brady ... the PRO
# said"): a role only in capitals, as "pro" in lower case is a word ("pro bono", "a golf pro").
_CAPITALS_ONLY = ("PRO",)
_LOWER_CAPITALS = frozenset(a.lower() for a in _CAPITALS_ONLY)
# People named by who they are to someone ("Piet Holm's deputy, Lena Voss").
_RELATION_NOUNS = frozenset(
    """deputy successor predecessor cousin assistant publicist counsel teammate fiancee fiancée
    fiance fiancé girlfriend boyfriend uncle aunt niece nephew grandson granddaughter
    biographer translator""".split()
)
# Bodies that speak together as people do: "the two unions said", "both charities said" (not
# every plural body: a river "burst its banks", "the two sides" and "sites" are rarely voices).
_BODIES_TOGETHER = frozenset(
    """unions charities trusts boards clubs parties hospitals schools universities associations
    federations coalitions alliances authorities watchdogs lenders insurers airlines operators
    retailers supermarkets manufacturers carmakers broadcasters publishers embassies institutes
    foundations commissions leagues suppliers providers""".split()
)
ROLE_NOUNS = (
    BASE_ROLE_NOUNS
    | _RELATION_NOUNS
    | ORGANISATION_NOUNS
    | _BODIES_TOGETHER
    | _AUTHORED_DOCUMENTS
    | {a.lower() for a in _ROLE_ACRONYMS}
    | {a.lower() + "s" for a in _ROLE_ACRONYMS}
    | _LOWER_CAPITALS
)
# Documents that speak only with their author named: "a notice signed by the head" is hers, but
# "a notice in the newsletter asked for helpers" is something posted up, nobody's words. Found
# by ROLE_RE; find_mentions keeps them only with an author (they are no role nouns otherwise).
AUTHORED_ONLY = frozenset({"notice", "notices"})
_ROLE_WORDS = (ROLE_NOUNS - _LOWER_CAPITALS) | AUTHORED_ONLY
ROLE_RE = compile_guarded(  # searched often: guarded (speed)
    rf"\b(?:{word_alternation(_ROLE_WORDS)}|"
    rf"\d{{1,3}}-year-olds?|{PERSON_ENDINGS}|"
    rf"{word_alternation(_ROLE_ACRONYMS + _CAPITALS_ONLY)}s?)\b"
)
# The whole words a ROLE_RE match opens with, besides an age's digits and a noun by its ending:
# the first word of each role noun ("president" of "president-elect"), each acronym, its plural.
_ROLE_OPENERS = frozenset(
    {re.match(r"\w+", word).group() for word in _ROLE_WORDS}  # type: ignore[union-attr]
    | {a + s for a in _ROLE_ACRONYMS + _CAPITALS_ONLY for s in ("", "s")}
)
_PERSON_ENDING_RE = re.compile(PERSON_ENDINGS)
_ENDING_STEMS = ("ician", "ologist", "iatrist", "ographer")
_ENDINGS = _ENDING_STEMS + tuple(stem + "s" for stem in _ENDING_STEMS)


def role_matches(text: str) -> list[re.Match[str]]:
    """list(ROLE_RE.finditer(text)), tried only at the words a match can open with: the role
    nouns and acronyms the text holds, ages in digits ("12" of "12-year-old") and nouns by
    their ending ("paediatrician"), read from the text's word set (speed)."""
    words = words_of(text)
    openers = _ROLE_OPENERS & words
    # each word is asked only when the text holds an age or an ending at all (few do)
    if "-year-old" in text or any(stem in text for stem in _ENDING_STEMS):
        openers |= {
            word
            for word in words
            if (word.isdecimal() and len(word) <= 3)
            or (word.endswith(_ENDINGS) and _PERSON_ENDING_RE.fullmatch(word))
        }
    return finditer_at(ROLE_RE, text, openers)


def _kind_by_head(phrase: str, otherwise: EntityKind) -> EntityKind:
    """An organisation, a document or a person by the phrase's head; `otherwise` when the
    head is no word for any of them."""
    kind = kind_of_nominal(phrase)
    if kind is PERSON:
        head = head_words(phrase)[-1]
        if head.startswith(("vice-", "co-", "ex-")):
            head = head.partition("-")[2]  # "vice-president", "co-founder": the role is the noun
        if (
            head not in ROLE_NOUNS
            and not _PERSON_HEAD_RE.fullmatch(head)
            and not is_wordnet_person(head, plural=True)  # "the drummer", "bassists"
        ):
            return otherwise
    return kind


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def phrase_kind(phrase: str) -> EntityKind:
    """The kind of any noun phrase read as a speaker ("the lender", "the bank", "the memo"):
    unknown when its head is no word for people (it may still speak)."""
    return _kind_by_head(phrase, UNKNOWN)


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def nominal_kind(phrase: str) -> EntityKind:
    """The kind of a role-noun phrase; one whose head is not a word for people, an organisation
    or a document ("The merger of the big newspaper chains") names a thing, which never speaks."""
    return _kind_by_head(phrase, THING)


_PERSON_HEAD_RE = re.compile(rf"\d{{1,3}}-year-olds?|{PERSON_ENDINGS}")
