"""The role a named person is given by the words around the name: a role word before it
("Rovers manager Dean Cole"), a role set beside it with no article ("Priya Shah, headteacher at
Elm Park"), a copula or an appointment ("Ken Murphy is chief executive of Tesco", "was named
captain"), a part played ("started as striker"), a race ("running against Paula Greer": her
opponent). A later "the boss" or "his opponent" may then be them (describe_by_role, a pass of
find_mentions in mentions.py).

Also read here, from the same words around a name: a one-word company that owns a board
("Apple’s chief executive": organisation_owner), a person asked something, and a first name
with a surname that is also a kind of place ("Jo Park, who runs the shelter") used as a person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.core.analysis.entities import ORGANISATION, PERSON, PLACE, PLURAL_PEOPLE
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, Mention
from app.core.analysis.phrases import is_plural
from app.core.analysis.role_holders import qualified_role
from app.core.analysis.role_nouns import ROLE_NOUNS, nominal_kind

# A role set beside a name without an article: "Priya Shah, headteacher at Elm Park, said".
_ROLE_BESIDE_RE = re.compile(
    r",[ \u00a0]+(?:[a-z][a-z-]+[ \u00a0]+){0,2}?([a-z][a-z-]+)"
    r"(?=,|[ \u00a0]+(?:at|of|for|with|in)\b)"
)


def _role_beside(text: str, at: int) -> str:
    """The role noun set beside the name that ends at `at` ("Priya Shah, headteacher at Elm
    Park": "headteacher"), or ""."""
    if text[at : at + 1] != ",":
        return ""
    beside = _ROLE_BESIDE_RE.match(text, at, at + 60)
    return beside.group(1) if beside is not None and beside.group(1) in ROLE_NOUNS else ""


# Whom a candidate stands against: "Ray Ortiz is running against Paula Greer", "campaigning
# against Attorney General Lena Holt": she is his opponent, so a later "his opponent said" is
# her. (Titles may stand between "against" and the name.)
_RUNNING_AGAINST_RE = re.compile(
    r"\b(?:run|runs|running|ran|campaign(?:s|ing|ed)?|stand(?:s|ing)?|stood|race|contest)"
    r"[ \u00a0]+against[ \u00a0]+(?:[A-Z][\w.’'-]*[ \u00a0]+){0,4}$"
)


# An award named for a role: "gave best actor to Yusuf Demirel", "Ana Ruiz won best director":
# the person is an actor, a director (a later "the actor" may be them).
_AWARD_BEFORE_RE = re.compile(
    r"\bbest[ \u00a0]+(?:supporting[ \u00a0]+|young[ \u00a0]+|new[ \u00a0]+)?([a-z]+)"
    r"[ \u00a0]+(?:award[ \u00a0]+|prize[ \u00a0]+)?(?:to|went[ \u00a0]+to)[ \u00a0]+$"
)
_AWARD_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:won|wins|took|takes|collected|collects|was[ \u00a0]+named|is[ \u00a0]+named)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:award|prize)[ \u00a0]+for[ \u00a0]+)?best"
    r"[ \u00a0]+(?:supporting[ \u00a0]+|young[ \u00a0]+|new[ \u00a0]+)?([a-z]+)\b"
)


def _award_role(text: str, start: int, end: int) -> str:
    """The role an award beside the name ending at `end` is named for ("best actor to Yusuf
    Demirel", "Ana Ruiz won best director"), or ""."""
    if text.find("best", max(0, start - 40), end + 40) == -1:  # cheap test first (speed)
        return ""
    found = _AWARD_BEFORE_RE.search(text, max(0, start - 40), start) or _AWARD_AFTER_RE.match(
        text, end
    )
    role = found.group(1) if found is not None else ""
    return role if role in ROLE_NOUNS and not is_plural(role) else ""


# A name's copula or appointment before a role with no article, or a role owned by a name set
# beside it: "Ken Murphy is chief executive of Tesco", "Dana Voss, who has been Rovers manager
# since 2019,", "Tom Bell was named captain", "Ken Murphy, Tesco chief executive,". (A role
# with an article is a mention of its own, linked in appositions.py; "who is the chief
# executive" is read here, as no apposition links it.)
_BARE_ROLE_RE = re.compile(
    r"(?:,[ \u00a0]+who)?[ \u00a0]+"
    # (the appointment first: "was named captain" is no "was" before "named captain")
    r"(?:(?:was|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:named|appointed|elected|made)"
    r"|is|was|has[ \u00a0]+been|had[ \u00a0]+been|became|becomes|remains|remained"
    r"|(?:serves|served|took[ \u00a0]+over|takes[ \u00a0]+over)[ \u00a0]+as"
    # "Ivo Strand started as striker", "works as a nurse", "returned as captain"
    r"|(?:starts|started|plays|played|playing|works|worked|working|returns|returned"
    r"|continues|continued|lines[ \u00a0]+up|lined[ \u00a0]+up)[ \u00a0]+as)"
    r"(?:[ \u00a0]+(?:now|also|still))?(?:[ \u00a0]+(?:the|an?)(?=[ \u00a0]))?"
    r"((?:[ \u00a0]+[\w’'-]+){1,3}?)"
    r"(?=[ \u00a0]+(?:of|at|for|since|in|until|from|with|on|last|this|after|and|but)\b"
    r"|[ \u00a0]*(?:[,.;:)]|$))"
    r"|,((?:[ \u00a0]+[\w’'-]+){2,3}?)(?=,|[ \u00a0]+(?:of|at|for)\b)"
)
# Words that may stand before the role: "chief executive", "acting head", "club captain".
_ROLE_MODIFIERS = frozenset(
    """chief acting interim deputy assistant managing general executive senior joint first
    head lead principal former new outgoing founding""".split()
)


def bare_role(text: str, at: int) -> str:
    """The role the person named just before `at` is said to hold with no article of its own
    ("is chief executive of Tesco", "became head of the agency", ", Rovers manager,":
    "executive", "head", "manager"), or ""; only a word for one person, so "is police", "was
    happy" or ", Tesco," give nothing."""
    m = _BARE_ROLE_RE.match(text, at)
    if m is None:
        return ""
    words = (m.group(1) or m.group(2)).split()
    head = words[-1].lower()
    if head not in ROLE_NOUNS or head == "police" or is_plural(head):
        return ""
    if nominal_kind("the " + head) is not PERSON:
        return ""  # "is chair of the board" is hers; "was the board" is no role of hers
    for w in words[:-1]:
        low = w.lower()
        if not (low in _ROLE_MODIFIERS or low in ROLE_NOUNS or (w[0].isupper() and low != "the")):
            return ""
    if len(words) > 1 and words[-2].lower() == "vice":
        return ""  # "is Vice President": a later "the president" is someone else
    # "is deputy manager": a later "the manager" is someone else (role_holders.py)
    return qualified_role([w.lower() for w in words[:-1]], head)


# What only an organisation has: "Apple’s chief executive", "Tesco's shareholders".
_ORG_OWNS = (
    r"(?:chief\s+executive|ceo|cfo|chairman|chairwoman|board|shareholders|staff|employees|"
    r"workers|headquarters|shares|share\s+price|stores|factory|factories|profits|revenue|sales|"
    r"customers)\b"
)
_ORG_OWNS_RE = re.compile(rf"['’]s?\s+{_ORG_OWNS}")
_ORG_OWNER_RE = re.compile(rf"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s?\s+{_ORG_OWNS}")


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def organisation_owner(phrase: str) -> str | None:
    """ "Apple’s chief executive" -> "Apple": the company a description says someone runs."""
    m = _ORG_OWNER_RE.match(phrase)
    return m.group(1) if m else None


def describe_by_role(text: str, found: list[Mention]) -> list[Mention]:
    """Each person named right after a role word, or with a bare role beside them, learns it:
    a later "the boss" or "the head" may then be them. Also: a surname that is a kind of place
    used as a person, a one-word company owning a board, and a person asked something."""
    out = found
    for i, m in enumerate(found):
        if m.kind is not NAME:
            continue
        changed = m
        if m.entity is PLACE and _person_after_place_like_name(text, m):
            # "Jo Park, who runs the shelter,", "Ana Hill said": a first name and a surname
            # that is also a kind of place, used as a person.
            m = m.flagged(entity=PERSON)
        if not m.is_person_name:
            if m is not changed:
                out = out if out is not found else list(found)
                out[i] = m
            continue
        if m.possessive and " " not in m.name and _ORG_OWNS_RE.match(text, m.end) is not None:
            # "Apple’s chief executive, Tim Cook": one word owning a board is a company
            out = out if out is not found else list(found)
            out[i] = m.flagged(entity=ORGANISATION)
            continue
        start = m.start
        # the word before the name, read without a regex (this runs for every name)
        space = text.rfind(" ", 0, start - 1) if start > 1 and text[start - 1] == " " else -2
        before = text[space + 1 : start - 1] if space >= -1 else ""
        if before in _ASKING and not m.audience:
            # "Kay Burley asked Piet Holm whether ...": the one asked answers next
            m = m.flagged(audience=True)
        if (
            not m.described
            and text.find("against", max(0, start - 60), start) != -1  # cheap test first (speed)
            and _RUNNING_AGAINST_RE.search(text, max(0, start - 60), start)
        ):
            m = m.flagged(described="opponent")
        if not (m.described or m.title):
            role = before if before in ROLE_NOUNS and before not in PLURAL_PEOPLE else ""
            if not role:
                role = _role_beside(text, m.end)
            if not role and text[m.end : m.end + 1] in (" ", ","):
                role = bare_role(text, m.end)
            if not role:
                role = _award_role(text, start, m.end)
            if role:
                m = m.flagged(described=role)
            if role and role == before and i > 0:
                owner = out[i - 1]
                if (
                    owner.kind is NAME
                    and owner.end == space
                    and not owner.possessive
                    and text[: owner.start].rstrip()[-1:] in ("", ".", "!", "?")
                ):
                    # "Finance director Rupert Alcock said", "Rovers boss Paula Kinnear said"
                    # opening a sentence: the first word is whose director or boss she is (as
                    # if "Rovers' boss"), not the sentence's subject; the person named is.
                    out = out if out is not found else list(found)
                    out[i - 1] = replace(owner, possessive=True)
        if m is not changed:
            out = out if out is not found else list(found)
            out[i] = m
    return out


_ASKING = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged"})


_PERSON_AFTER_RE = re.compile(
    r",[ \u00a0]+(?:who\b|\d{1,3},)|[ \u00a0]+(?:said|says|told|tells|added|adds|wrote|writes)\b"
)


def _person_after_place_like_name(text: str, m: Mention) -> bool:
    tokens = m.name.split()
    if not (len(tokens) == 2 and m.kind is NAME and not m.possessive):
        return False
    if not is_first_name(tokens[0]):
        return False
    if _PERSON_AFTER_RE.match(text, m.end) is not None:
        return True
    # "Imre Arena, captain of the Orrin Star": a role set beside it (nobody is an arena's
    # captain); a word for no person ("Kiri Street, the main road in") leaves it a place
    role = _role_beside(text, m.end)
    return bool(role) and role not in PLURAL_PEOPLE
