"""Mentions that belong together: an organisation whose name runs on ("the Ministry of Defence",
"the Department for Transport", "Avon and Somerset Police"), two people named together ("Lund
and Bakri replied"), and the role word a name carries ("Rovers manager Dean Cole", "Priya Shah,
headteacher at Elm Park").

find_mentions (mentions.py) reads names one capitalised run at a time; these passes join and
describe what it found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.core.analysis.entities import (
    ORGANISATION,
    PERSON,
    PLACE,
    PLURAL_PEOPLE,
    is_person_noun,
)
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN, Mention
from app.core.analysis.name_titles import place_after_office
from app.core.analysis.name_words import HONORIFICS, TITLE_WORDS
from app.core.analysis.phrases import is_plural
from app.core.analysis.portfolios import offices_beside_names, remit_runs_on
from app.core.analysis.role_nouns import ROLE_NOUNS, nominal_kind
from app.core.analysis.word_names import is_lone_first_name

_OF_RE = re.compile(r" (?:of|for) (?:the )?")
# "Ana Ruiz, 45, and ...", "Sen. Ana Ruiz, D-Mass., and ...": an age or a party-state tag
_AGE_AND_RE = re.compile(r", (?:\d{1,3}|[DRI]-[A-Z][A-Za-z.]*), and ")
# Heads of organisation names that go on with "of ..." or "for ...": "Ministry of Defence",
# "Bank of England", "Department for Transport", "Office for National Statistics".
_OF_HEADS = frozenset(
    """ministry department bank university institute council office chamber court college school
    board bureau commission committee academy museum society federation association league
    union church agency authority""".split()
)


def join_names(text: str, found: list[Mention], together: bool = False) -> list[Mention]:
    """ "the Ministry of Defence" is one organisation, not "Ministry" and "Defence"; so are
    "the Department for Transport" and "Avon and Somerset Police" (two places sharing a force,
    a council or a trust)."""
    found = offices_beside_names(text, found)
    if " of " not in text and " for " not in text and " and " not in text:
        return found
    out: list[Mention] = []
    i = 0
    last = len(found) - 1
    while i < len(found):
        m = found[i]
        nxt = found[i + 1] if i < last else None
        office = _office_of(text, m, nxt) if nxt is not None and m.kind is not PRONOUN else None
        if office is not None:
            # "the Minister for Ports and Fisheries": the remit's second half joins the office
            more = remit_runs_on(text, office, found[i + 2] if i + 2 <= last else None)
            out.append(more or office)
            i += 3 if more else 2
            continue
        if nxt is None or m.kind is not NAME or nxt.kind is not NAME:
            out.append(m)
            i += 1
            continue
        gap = text[m.end : nxt.start]
        # "Mia Lund, 45, and Ian Tate, 47, said": the first one's age (or party and state) sits
        # between the two
        aged = gap[:2] == ", " and gap[-6:] == ", and " and _AGE_AND_RE.fullmatch(gap) is not None
        if gap != " and " and gap[:4] not in (" of ", " for") and not aged:
            out.append(m)  # most neighbours: nothing to join
            i += 1
            continue
        if (
            nxt is not None
            and m.kind is NAME
            and nxt.kind is NAME
            and not m.possessive
            and m.name.split()[-1].lower() in _OF_HEADS
            and _OF_RE.fullmatch(text, m.end, nxt.start)
        ):
            name = text[m.start + len(m.text) - len(m.name) : nxt.end]
            out.append(
                Mention(
                    m.start,
                    nxt.end,
                    text[m.start : nxt.end],
                    NAME,
                    name=name if name.startswith(m.name) else m.name,
                    organisation=True,
                    possessive=nxt.possessive,
                    entity=ORGANISATION,
                )
            )
            i += 2
            continue
        if _title_of_title(text, m, nxt):
            # "said US Secretary of State Ana Ruiz", "Minister of Finance Ana Ruiz": one person
            # whose title runs over "of", not a title word on its own and then the name
            out.append(
                replace(
                    nxt,
                    start=m.start,
                    text=text[m.start : nxt.end],
                    title=text[m.start : nxt.start] + nxt.title,
                    subject=m.subject or nxt.subject,
                )
            )
            i += 2
            continue
        if (
            together
            and nxt is not None
            and m.is_person_name
            and nxt.is_person_name
            and not m.possessive
            and (gap == " and " or aged)
            and " and " not in m.name
            # "Veltra President and CEO Nina Haas" is one person with two titles
            and m.name.split()[-1].lower() not in TITLE_WORDS
            # ("Bill and June Foster": a first name that is also a noun, read as a name)
            and (m.name.split()[-1].lower() not in ROLE_NOUNS or is_lone_first_name(m))
            # "Will Smith, Patti LaBelle and Stevie Wonder, who joked": the end of a list
            and not (out and out[-1].is_person_name and text[out[-1].end : m.start] in (", ", " ,"))
        ):
            # "Lund and Bakri replied", "Aled Price and Mari Owen ran the cafe": two people who
            # may speak together (a later "they" is both); the resolver meets each of them.
            out.append(
                Mention(
                    m.start,
                    nxt.end,
                    text[m.start : nxt.end],
                    NAME,
                    name=f"{m.name} and {nxt.name}",
                    possessive=nxt.possessive,
                    subject=m.subject,
                    entity=PERSON,
                )
            )
            i += 2
            continue
        if (
            nxt is not None
            and m.kind is NAME
            and nxt.kind is NAME
            and " " not in m.name
            and not m.title
            and not m.possessive
            and nxt.entity is ORGANISATION
            and len(nxt.name.split()) >= 2
            and not nxt.name.startswith(("The ", "the "))
            and text[m.end : nxt.start] == " and "
            and m.entity is not PERSON
        ):
            # "Avon and Somerset Police", "Bedford and Luton Council": one body.
            out.append(
                Mention(
                    m.start,
                    nxt.end,
                    text[m.start : nxt.end],
                    NAME,
                    name=f"{m.name} and {nxt.name}",
                    organisation=True,
                    possessive=nxt.possessive,
                    subject=m.subject,
                    entity=ORGANISATION,
                )
            )
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_TITLE_OF_RE = re.compile(r" of (?:the )?")
# "the Minister of Harbours", "the Minister for Ports and Fisheries": an office over its remit
_OFFICE_OF_RE = re.compile(r" (?:of|for) (?:the )?")


def _title_of_title(text: str, m: Mention, nxt: Mention) -> bool:
    """A capitalised title, "of", and a titled person: "Secretary of State Ana Ruiz" (the mention
    before "of" is title words only, a country's letters at most: "US Secretary")."""
    return (
        bool(nxt.title)
        and nxt.entity is PERSON
        and not m.possessive
        and m.kind is NAME
        and _TITLE_OF_RE.fullmatch(text, m.end, nxt.start) is not None
        and m.text.split()[-1].lower() in TITLE_WORDS
        and all(t.lower() in TITLE_WORDS or t.isupper() for t in m.text.split())
    )


# Offices held to a body rather than of it: "the Secretary to the Government", "the Special
# Adviser to the Minister".
_TITLE_TO_RE = re.compile(r" to (?:the )?")
_TO_OFFICES = frozenset("secretary adviser advisor assistant envoy".split())
# "from" before an office: "passed from the Secretary to the Mayor" names two people.
_FROM_BEFORE_RE = re.compile(r"\b[Ff]rom (?:the )?$")
# A word of tenure between "the" and a capitalised office: "the new Secretary of ...".
_TENURE_BEFORE_RE = re.compile(r"(?<!\w)[Tt]he (?:new|former|outgoing|incoming|acting) $")


def _office_of(text: str, m: Mention, nxt: Mention) -> Mention | None:
    """ "the Secretary of State", "the Master of the Rolls", "the Director of Public Health": a
    capitalised office that runs over "of" describes one person; read as names it gave a
    speaker called "State" or a body called "Public Health". None when no such office."""
    if m.possessive or nxt.kind is not NAME:
        return None
    words = m.text.split()
    held_to = (
        words[-1].lower() in _TO_OFFICES
        and _TITLE_TO_RE.fullmatch(text, m.end, nxt.start) is not None
        # "passed from the Secretary to the Mayor": two people, a path from one to the other
        and _FROM_BEFORE_RE.search(text, max(0, m.start - 10), m.start) is None
    )
    if (nxt.title or (nxt.entity is PERSON and not place_after_office(words[-1], nxt))) and not (
        held_to and _office_alone(nxt)
    ):
        return None  # "Secretary of State Ana Ruiz" is _title_of_title's
    if _OFFICE_OF_RE.fullmatch(text, m.end, nxt.start) is None and not held_to:
        return None
    start = m.start
    if words[0].lower() == "the":
        words = words[1:]
    elif text[max(0, m.start - 4) : m.start].lower() == "the ":
        start -= 4
    elif (tenure := _TENURE_BEFORE_RE.search(text, max(0, m.start - 16), m.start)) is not None:
        start = tenure.start()  # "The new Secretary of the Harbour Board, Ana Ruiz,"
    else:
        return None  # "Bank of England", "Duke of Kent": a name, not an office
    if not words or not all(w[:1].isupper() for w in words):
        return None
    if not (held_to or _office_head(words[-1])):
        return None
    if len(words) > 3 or any(not _office_head(w) and w.lower() in _OF_HEADS for w in words[:-1]):
        # "the Presiding Bishop of", "the Senior Pastor of", "the Managing Director of": a
        # capitalised office's head is the title word; the words before it grade the office
        # (a body's name before it, "the Church Council of", is no office).
        return None
    return Mention(
        start,
        nxt.end,
        " ".join(text[start : nxt.end].split()),
        NOMINAL,
        possessive=nxt.possessive,
        entity=PERSON,
    )


def _office_alone(nxt: Mention) -> bool:
    """ "the Prime Minister", "the Mayor": an office written with no name, which an office held
    to it ("the Adviser to the Prime Minister, Tom Vell") takes in, not a titled person."""
    return all(w.lower() in TITLE_WORDS for w in nxt.text.split())


def _office_head(word: str) -> bool:
    """Is this capitalised word one that heads an office ("Bishop", "Director", "Pastor")?"""
    return word.lower() in TITLE_WORDS or is_person_noun(word.lower())


# Title words that grade an office but are none alone ("the Home Secretary", "the Prime
# Minister": "the Home" is no one), and the honorifics, which stand only before a name.
_NO_OFFICE_ALONE = HONORIFICS | frozenset(
    "state home foreign health defence defense finance interior first prime vice".split()
)
# Papers whose titles are words for people: "the Observer said" is the paper, not a person.
_PAPER_TITLES = frozenset(
    "observer spectator economist courier examiner messenger guardian herald sentinel".split()
)


def capital_offices(text: str, found: list[Mention]) -> list[Mention]:
    """ "the Registrar said", "the Prime Minister told MPs", "The Chief Constable said": an
    office written with capitals after "the" and no name after it is one person described, as
    "the registrar" is. Read as a name it gave a speaker called "Registrar" that no one could
    be, or "Minister" titled "Prime"; as a description it refers back to whoever holds the
    office ("Commissioner Ana Ruiz ... the Commissioner said") or stands as written."""
    out = found
    for i, m in enumerate(found):
        if m.kind is PRONOUN or not m.text[:1].isupper() or m.start < 4:
            continue
        if m.kind is NAME and m.title and m.name != m.text.split()[-1]:
            continue  # "Prime Minister Ann Lowe": a name after the title
        before = text[m.start - 4 : m.start]
        if before not in ("the ", "The ") or text[m.start - 5 : m.start - 4].isalnum():
            continue
        words = m.text.split()
        last = words[-1].lower().rstrip(".")
        if (
            len(words) > 4
            or not all(w[:1].isupper() and not w.isupper() for w in words)
            or last in _NO_OFFICE_ALONE
            or last in _PAPER_TITLES
            or last in PLURAL_PEOPLE
            or not (last in TITLE_WORDS or is_person_noun(last))
        ):
            continue
        out = out if out is not found else list(found)
        start = m.start - 4
        out[i] = Mention(
            start,
            m.end,
            text[start : m.end],
            NOMINAL,
            possessive=m.possessive,
            subject=m.subject,
            entity=PERSON,
        )
    return out


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
    r"|(?:serves|served|took[ \u00a0]+over|takes[ \u00a0]+over)[ \u00a0]+as)"
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
    return head


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
