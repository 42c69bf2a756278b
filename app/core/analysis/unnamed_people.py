"""Unnamed people the role scan reads short or not at all: the noun an age describes ("the
60-year-old tycoon", not "the 60-year-old"), and a party member or national written as a
capitalised noun ("a Republican who was there", "an Israeli at the scene"), which the name scan
took for a name of nobody.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import PERSON
from app.core.analysis.mention import NAME, NOMINAL, Mention
from app.core.analysis.name_titles import PARTY_MEMBERS
from app.core.analysis.name_words import TITLE_WORDS
from app.core.analysis.nationality_words import PERSON_ADJECTIVES
from app.core.analysis.nationals import nationality_key
from app.core.analysis.role_nouns import ROLE_NOUNS

# "The 60-year-old tycoon smiled": a lower-case noun after an age is the description's head when
# a verb follows it at once (a past tense, a verb of saying or a clause word).
_HEAD_AFTER_AGE_RE = re.compile(
    r" ([a-z]{3,}) (?=[a-z]{3,}ed\b|(?:said|says|told|tells|was|is|has|had|who|wrote|spoke|"
    r"added|went|sat|stood|shook|broke|held|left|won|lost|gave|took|made)\b|,)"
)
# A nationality as the noun an age describes, closing the description ("the 34-year-old Kenyan
# said", "said the 29-year-old Dutchman."), not "the 34-year-old Kenyan runner".
_NATIONAL_AFTER_AGE_RE = re.compile(
    r" ([A-Z][a-z]{2,})(?=[,.;:!?)\u201d\"]|$| (?:said|says|told|tells|added|who|was|is)\b)"
)
# Words that follow an age as the verb itself, not as a head noun ("the 40-year-old wept").
_NOT_A_HEAD = frozenset(
    """said says told tells was is has had who which that and but or then also still later
    never often once now only just again who whose wept went sat stood shook broke held left
    won lost gave took made thought knew came ran fell rose drove wrote spoke""".split()
)


def head_after_age(text: str, nominal: Mention, end: int) -> Mention:
    """The description with the noun an age describes: "the 60-year-old tycoon", not "the
    60-year-old" (which reads as the person's whole description only before a verb)."""
    national = _NATIONAL_AFTER_AGE_RE.match(text, nominal.end, end)
    if national is not None and nationality_key(national.group(1)) is not None:
        # "said the 34-year-old Kenyan.": the nationality is the noun (nationals.py)
        stop = national.end(1)
        return Mention(nominal.start, stop, text[nominal.start : stop], NOMINAL, entity=PERSON)
    after = _HEAD_AFTER_AGE_RE.match(text, nominal.end, end)
    if after is None or after.group(1) in _NOT_A_HEAD or after.group(1).endswith(("ed", "ly")):
        return nominal
    stop = after.end(1)
    return Mention(
        nominal.start,
        stop,
        text[nominal.start : stop],
        NOMINAL,
        possessive=nominal.possessive,
        entity=PERSON,
    )


# Members of a party, and nationals whose noun is the adjective: "a Democrat", "an American".
_MEMBER_NOUNS = (
    PARTY_MEMBERS
    | PERSON_ADJECTIVES
    | frozenset(
        """nationalist unionist loyalist labourite green libertarian independent african
        european asian christian""".split()
    )
)
_MEMBER_ARTICLE_RE = re.compile(r"(?:^|(?<=[\s(]))(?:[Aa]n?|[Oo]ne|[Aa]nother) $")
# What may follow such a noun when it is the whole description (not "a Republican plan").
_MEMBER_END_RE = re.compile(
    r"$|[,.;:!?)\u201d\"]|\s(?:who|from|in|at|with|on|and|but|said|says|told|tells|close|"
    r"familiar|present)\b"
)


def members_as_nouns(text: str, found: list[Mention]) -> list[Mention]:
    """Read "a Republican", "an American" (with the article) as an unnamed person."""
    out = found
    for i, m in enumerate(found):
        if m.kind is not NAME or m.name.lower() not in _MEMBER_NOUNS or m.title:
            continue
        article = _MEMBER_ARTICLE_RE.search(text, max(0, m.start - 8), m.start)
        if article is None or _MEMBER_END_RE.match(text, m.end) is None:
            continue
        if out is found:
            out = list(found)
        a = article.start()
        out[i] = Mention(
            a,
            m.end,
            text[a : m.end],
            NOMINAL,
            possessive=m.possessive,
            entity=PERSON,
        )
    return out


def unglued_role(word: str) -> str:
    """ "co-chair" -> "chair", "ex-director" -> "director", "undersecretary" -> "secretary": the
    role under a glued prefix, so "co-chair of the panel" reads as a description as "chair of the
    panel" does. "Under" is written solid as often as hyphenated ("undersecretary of state")."""
    if word.startswith(("co-", "vice-", "ex-", "under-")):
        return word.partition("-")[2]
    return word[5:] if word.startswith("under") else word


_NO_DESCRIPTION_WORDS = frozenset(
    "said says told is was were are has have had and or but that which who".split()
)


def company_then_role(words: list[str]) -> bool:
    """ "Harlow Group director", "Tellco chief executive": a company's name, then the role, set
    between commas after a name like "director of Harlow Group" is."""
    return (
        len(words) <= 6
        and words[0][:1].isupper()
        and (words[-1] in TITLE_WORDS or words[-1] in ROLE_NOUNS)
        and not any(w in _NO_DESCRIPTION_WORDS for w in words)
    )


__all__ = ["company_then_role", "head_after_age", "members_as_nouns", "unglued_role"]
