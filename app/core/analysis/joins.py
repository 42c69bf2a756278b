"""Mentions that belong together: an organisation whose name runs on ("the Ministry of Defence",
"the Department for Transport", "Avon and Somerset Police"), two people named together ("Lund
and Bakri replied"), a title that runs over "of" ("Secretary of State Ana Ruiz") and a
capitalised office over its remit ("the Minister for Ports and Fisheries", "the Adviser to the
Prime Minister").

find_mentions (mentions.py) reads names one capitalised run at a time; join_names joins what it
found. An office written with capitals and no name is capital_offices.py's; the role word a
name carries ("Rovers manager Dean Cole") is name_roles.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.entities import ORGANISATION, PERSON, is_person_noun
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN, Mention
from app.core.analysis.name_titles import place_after_office
from app.core.analysis.name_words import TITLE_WORDS
from app.core.analysis.portfolios import offices_beside_names, remit_runs_on
from app.core.analysis.role_nouns import ROLE_NOUNS
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
    # "the Minister of Harbours", "the Minister for Ports and Fisheries": an office over its remit
    if _OF_RE.fullmatch(text, m.end, nxt.start) is None and not held_to:
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
