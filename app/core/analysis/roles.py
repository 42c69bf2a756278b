"""Words for one role that copy uses in turn: "the chief executive" is later "the firm's boss".

Reporters avoid repeating a description, so the second reference to a person introduced as "the
club's manager" is "the boss" and "Pellam Bank's chief executive" becomes "the bank's chief";
a defender is "the Italian" once the copy has said where he is from. These tables let the
resolver see that the later word describes the person introduced with the earlier one.
"""

from __future__ import annotations

from app.core.analysis.entities import NATIONALITIES
from app.core.analysis.nationality_words import (
    DEMONYM_NOUNS,
    NATIONAL_ADJECTIVES,
    NOUNS_THAT_ARE_NAMES,
    PERSON_ADJECTIVES,
)

# Family words: "her husband Tom", "his daughter, Elena", "Her son said".
KIN_WORDS = frozenset(
    """husband wife son daughter mother father brother sister partner widow widower fiance
    fiancee fiancé fiancée grandson granddaughter grandmother grandfather niece nephew cousin
    aunt uncle stepson stepdaughter stepmother stepfather""".split()
)

# Each set: words that name the same role. A word may sit in several sets.
_KIN_SETS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "executive ceo chief boss",
        "chairman chairwoman chair chairperson boss",
        "manager boss gaffer coach tactician",
        # a coach is "the technician" in copy from languages that call them so ("técnico")
        "coach trainer boss tactician technician",
        "headteacher headmaster headmistress head principal",
        "president boss chief",
        "director boss chief",
        "founder boss owner",
        "owner proprietor boss",
        "leader boss chief",
        "lawyer solicitor barrister attorney atty counsel advocate qc kc",
        "spokesman spokeswoman spokesperson",
        "mp lawmaker politician legislator congressman congresswoman senator sen rep",
        "mep mp politician lawmaker",
        "minister secretary politician",
        "premier prime",
        "detective det officer investigator",
        "inspector insp officer detective",
        "sergeant sgt officer",
        "superintendent supt officer",
        "constable officer",
        "professor prof academic researcher scientist",
        "researcher scientist academic",
        "doctor surgeon consultant physician",
        "striker forward player footballer",
        "midfielder player footballer",
        "defender player footballer",
        "goalkeeper keeper goalie player footballer",
        "winger player footballer",
        "captain skipper player",
        "singer star musician vocalist",
        # a performer named with a record is later "the star", "the hitmaker", "the artist"
        "rapper star musician hitmaker artist",
        "musician star performer hitmaker artist",
        "actor actress star",
        "judge justice",
        # the short form of a title before a name stands for the role a later "the ..." names
        # ("Gov. Harriet Lowe ... the governor said", "Lt. Col. Ben Marsh ... the colonel")
        "governor gov",
        "general gen",
        "colonel col",
        "lieutenant lt",
        "commander cmdr",
        "admiral adm",
        "captain capt",
        "corporal cpl",
        "ambassador amb envoy",
        "reverend rev pastor",
        "councillor cllr cr councilman councilwoman",
        # whom a candidate runs against ("his opponent", later "his rival", "her challenger")
        "opponent rival challenger",
    )
)

# Leader words vague enough to stand for any of the more precise ones in their sets ("the
# boss" may be the manager, the chief executive or the owner), but never the other way round:
# "the chairman" is not the chief executive introduced before.
_VAGUE = frozenset("boss chief head player footballer officer politician star hitmaker".split())

_KIN: dict[str, frozenset[str]] = {}
for _group in _KIN_SETS:
    for _word in _group:
        _KIN[_word] = _KIN.get(_word, frozenset()) | _group


def kin_of(head: str) -> frozenset[str]:
    """Other words for the role `head` names, which a person introduced with one of them may be
    called later; empty when the word names no role this table knows."""
    kin = _KIN.get(head)
    if not kin:
        return frozenset()
    if head in _VAGUE:
        return kin - {head}
    # A precise word stands only for its precise synonyms, not for every vague one.
    return frozenset(w for w in kin if w != head and w not in _VAGUE)


def is_demonym_noun(word: str) -> bool:
    """A noun for a person from a country ("Dutchman", "Briton"), even one a first-name table
    holds: before a name it describes the person ("Briton Ana Ruiz")."""
    lowered = word.lower()
    return lowered in DEMONYM_NOUNS and lowered not in NOUNS_THAT_ARE_NAMES


def demonym_gender(word: str) -> str | None:
    """For a word naming a person by nationality ("Italian", "Frenchman"), the gender it gives
    ("m", "f" or ""); None for any other word."""
    lowered = word.lower()
    if lowered in NOUNS_THAT_ARE_NAMES:
        return None  # "Finn said", "Pole said": a name, not "the Finn"
    if lowered in DEMONYM_NOUNS:
        return DEMONYM_NOUNS[lowered][1]
    # a nationality that is also the noun ("the Italian"), or a side's ("the Republican")
    if lowered in PERSON_ADJECTIVES or (
        lowered in NATIONALITIES and lowered not in NATIONAL_ADJECTIVES
    ):
        return ""
    return None
