"""Offices written before a name in Commonwealth copy: "<title> of/for [the] <portfolio> <name>"
("Leader of the Opposition Ana Ruiz", "Minister for Transport Tom Vell", "Director of Public
Prosecutions Ann Hale"), and a capitalised office set before the name with a comma
("Karnala Health Minister, Ravi Menon": offices_beside_names, joined from joins.py).

Commonwealth copy (the UK, Ireland, Australia, New Zealand, Singapore, India, Africa) styles a
minister's or officer's full office this way, capitalised, right before the name. The run of
capitalised words the name reader sees starts after "of the" / "for", so without this the
portfolio's words ("Opposition", "Transport", "Public Prosecutions") were read as the front of
the person's name, and "Mr Ruiz" later matched no one. Here the portfolio's words are stripped
from the front of the run and the whole office, title and portfolio, becomes the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.entities import ORGANISATION, PERSON, PLACES
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, Mention
from app.core.analysis.name_words import HONORIFICS, NOT_NAME, TITLE_WORDS

# Words that name a portfolio, an office's remit or the house it leads: a run after "<title>
# of/for [the]" that opens with them names the remit first, then the person. A word list, not
# any capitalised word: "Premier of Victoria Dan Hale" keeps its place to the place reader.
PORTFOLIO_WORDS = frozenset(
    """opposition house commons lords senate assembly parliament cabinet council board
    affairs public prosecutions transport education health finance trade industry justice
    defence defense home foreign police policing housing energy environment sport sports arts
    culture heritage women children youth families family social development labour labor
    employment agriculture fisheries lands mines mining water tourism commerce science
    technology information communications local government security treasury revenue
    immigration planning infrastructure roads railways aviation ports climate economy
    economic digital enterprise innovation works welfare services veterans disability
    regional rural state states internal external relations resources natural culture
    manpower trade industries investment legal constitutional parliamentary cooperative
    national broadcasting media interior law power petroleum telecommunications communication
    forestry forests wildlife minerals""".split()
)

# "<Title> of/for [the] " right before the run, optionally after a first level ("Minister of
# State for Trade") and with a first portfolio joined by "and" ("Minister for Trade and
# Industry"): the group is the title word heading the office.
_OFFICE_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:(?:of|for)\s+(?:the\s+)?|(?:and|&)\s+))?$"
)
# A capitalised word before the title word is the office's too ("Deputy Leader of the
# Opposition", "US Secretary of State", "Labour’s Shadow Minister for Health"): the run the
# name reader found there starts at it, and the office must start no later to stand for it.
# Words that open a clause ("Yesterday", "But") are not read back over.
_OFFICE_FRONT_RE = re.compile(r"(?:(?<=\s)|^)([A-Z][\w.'’-]*)\s+$")
# The 4 characters that end "<title> of/for [the]" before a run: the office runs on into it.
_OFFICE_RUNS_ON = (" of ", "for ", "the ")
# the 4 characters before the run, "and" after a first portfolio among them ("Trade & Industry"
# is not read yet)
_AFTER_OF = (*_OFFICE_RUNS_ON, "and ")


def portfolio_office(text: str, a: int, b: int) -> tuple[int, int] | None:
    """For the run text[a:b], (where its office starts, where the person's name starts) when an
    office "<title> of/for [the]" stands right before it and the run opens with portfolio words
    followed by at least two words of a name; None otherwise."""
    if a < 8 or (
        text[a - 4 : a] not in _AFTER_OF and text[a - 2 : a] != "& "
    ):  # cheap test first (speed)
        return None
    words = text[a:b].split(" ")
    i = 0
    while i < len(words) - 2 and words[i].lower() in PORTFOLIO_WORDS:
        i += 1
    if i == 0:
        i = _seat_words(words)
        if i == 0:
            return None
    office = _OFFICE_BEFORE_RE.search(text, max(0, a - 70), a)
    if office is None or not _title(office.group(1)):
        return None
    start = office.start(1)
    while (front := _OFFICE_FRONT_RE.search(text, max(0, start - 20), start)) is not None and (
        front.group(1).rstrip(".").lower() not in NOT_NAME
    ):
        start = front.start(1)
    return start, a + sum(len(w) + 1 for w in words[:i])


def _seat_words(words: list[str]) -> int:
    """ "Member for Harbour Hill Ana Ruiz", "Mayor of Calder Tom Vell", "Premier of Victoria Dan
    Hale": a seat, place or remit no word list holds, then a person's first name and surname.
    The index where the first name starts (the last run of first names that leaves at least one
    word to the seat: "Victoria" is a first name too), or 0 when the run does not end with one
    (a place alone: "the Mayor of Calder Hill said")."""
    k = len(words) - 2
    if k < 1 or not given_name(words[k]) or not words[-1][:1].isupper():
        return 0
    while k > 1 and is_first_name(words[k - 1]):
        k -= 1
    if any(w.lower() in NOT_NAME or not w[:1].isupper() for w in words[:k]):
        return 0
    return k


# a given name written as initials: "B.N.", "K.R." ("Deputy Commissioner of Kolvar B.N. Dastur")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")


def given_name(word: str) -> bool:
    """A word that opens a person's name after a seat or place: a first name the table knows,
    or initials standing for one ("B.N. Dastur", common in South Asian copy)."""
    return is_first_name(word) or _INITIALS_RE.fullmatch(word) is not None


def _title(word: str) -> bool:
    """A word that heads an office ("Minister", "Leader", "Secretary-General")."""
    lower = word.lower()
    # "Member for Harbour Hill Ana Ruiz": a seat's holder (capitalised: "a member of Calder
    # Rowing Club Tom Vell" is no office)
    return (
        lower in TITLE_WORDS
        or word == "Member"
        or ("-" in lower and all(p in TITLE_WORDS for p in lower.split("-")))
    )


def offices_beside_names(text: str, found: list[Mention]) -> list[Mention]:
    """ "Maharashtra Health Minister, Rajesh Tope visited", "Nairobi Governor, Dr Evans Kidero,
    has": South Asian and African copy sets a capitalised office, with no article, before the
    name and a comma between. Read apart, the office was a person called "Minister" and the name
    had no title, so a later "the Health Minister said" found no one; joined, the office is the
    name's title."""
    joins: list[int] = []  # the office's index in `found`, for each office joined to a name
    for i in range(len(found) - 1):
        m = found[i]
        if (
            text.startswith(", ", m.end)
            and m.kind in (NAME, NOMINAL)
            and (not joins or joins[-1] != i - 1)
        ):
            nxt = found[i + 1]
            if (
                nxt.start == m.end + 2
                and nxt.kind is NAME
                # "The Director of Public Health, Ruth Okoro,": the office runs on from before
                # (_office_of's); so does "the Harbour Board Chair, ..."
                and text[max(0, m.start - 4) : m.start] not in _RUNS_ON_BEFORE
                and _bare_office(m)
                and not nxt.organisation
                and nxt.entity is not ORGANISATION
                and (len(nxt.name.split()) >= 2 or nxt.title[:1].isupper())
            ):
                joins.append(i)
    if not joins:
        return found  # most stories: nothing to join, no new list (speed)
    out = list(found)
    for i in reversed(joins):
        m, nxt = found[i], found[i + 1]
        out[i : i + 2] = [
            replace(
                nxt,
                start=m.start,
                text=text[m.start : nxt.end],
                title=f"{m.text} {nxt.title}".strip(),
                entity=PERSON,
                subject=m.subject or nxt.subject,
            )
        ]
    return out


# the 4 characters before an office set beside a name: "The" opening the sentence among them
_RUNS_ON_BEFORE = (*_OFFICE_RUNS_ON, "The ")


_ARTICLES = frozenset({"The", "A", "An"})


def _bare_office(m: Mention) -> bool:
    """A capitalised office read as a name, without article or person: "Kerala Chief Minister",
    "Nairobi Governor" (its last word a title, no word a first name: "John Major, Ann Lee and
    Tom Vell" is a list of people)."""
    words = m.text.split()
    if m.kind is NOMINAL and (words[0] in _ARTICLES or not all(w[:1].isupper() for w in words)):
        return False  # an office read as a description (office_ends.py) only in capitals
    if m.kind not in (NAME, NOMINAL) or m.possessive or m.organisation:
        return False
    if len(words) > 4 or words[-1].lower() not in TITLE_WORDS or words[-1].lower() in HONORIFICS:
        return False
    # (the first-name table also holds "Governor", "Chief" and some cities: a title word or a
    # place is read as what it is first)
    return words[0].lower() not in HONORIFICS and not any(
        is_first_name(w) and w.lower() not in TITLE_WORDS and w.lower() not in PLACES for w in words
    )


def remit_runs_on(text: str, office: Mention, after: Mention | None) -> Mention | None:
    """ "the Minister for Ports and Fisheries", "the Secretary of Harbours and Roads": an office
    over a remit of two capitalised halves joined by "and". The office was read up to the
    first half; the second (no first name in it, nothing of anyone's) runs on into it, so the
    whole office describes the name set beside it ("..., Ana Ruiz, said") and a later "the
    Minister" finds her. None when no such second half follows."""
    if after is None or after.start != office.end + 5 or text[office.end : after.start] != " and ":
        return None
    if after.kind is not NAME or after.possessive or after.title:
        return None
    if any(is_first_name(w) or not w[:1].isupper() for w in after.text.split()):
        return None
    return replace(
        office,
        end=after.end,
        text=text[office.start : after.end],
        possessive=after.possessive,
    )
