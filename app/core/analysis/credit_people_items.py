"""The small judgements credit_people makes of one item of a credit's list: whether it closes
its ";"-group, whether an outlet after "for" is one, a name's paired word, a stray e-mail, the
outlets an "of" closes over a group, a writer the line does not name, a town after an outlet.

Split from credit_people (past 500 lines) so that module keeps the list's reading whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_byline_place import closing_outlet
from app.core.analysis.credit_desk_titles import TITLE_ONLY_RE, is_desk_title
from app.core.analysis.credit_item_names import OF_SUFFIX_RE
from app.core.analysis.credit_list_items import AND_MARK
from app.core.analysis.credit_name_pairs import word_kind
from app.core.analysis.credit_names import (
    is_caps,
    looks_like_location,
    looks_like_name,
    looks_like_outlet,
)
from app.core.analysis.credit_organisations import is_organisation, is_organisation_after_of
from app.core.analysis.credit_person import is_person
from app.core.analysis.credit_person_records import People, Person
from app.core.analysis.credit_picture_sources import library_name
from app.core.analysis.credit_places import is_region, is_town
from app.core.model import CreditRole


def cued_outlet(body: str, text: str, role: CreditRole) -> bool:
    """Whether `body`, what follows "for" or "Special to" after the names, is an outlet: one
    the lists or its shape make one, or any words that are no person's name (the cue says it is
    an employer). A person's name there ("..., for Tom Ray") is none; in a line in capitals one
    word must be known as an outlet ("BY ANA LIMA, FOR OSLO" may mean the town)."""
    if not body or is_person(body):
        return False
    if " " not in body.strip() and is_caps(text):
        return is_organisation_after_of(body, text)
    return (
        is_organisation(body)
        or looks_like_outlet(body)
        or closing_outlet(body)
        or (role is CreditRole.PHOTO and library_name(body))
        or not looks_like_name(body, allow_single=False)
    )


def closes_group(items: list[tuple[int, str, str]], position: int) -> bool:
    """Whether the item at `position` is the last of the list or of its ";"-group ("A and B,
    Oslo; C in Bergen": "Oslo" closes its group and is their town, not a third contributor)."""
    return position == len(items) - 1 or items[position + 1][0] != items[position][0]


def before_closing_town(items: list[tuple[int, str, str]], position: int) -> bool:
    """Whether the item after `position` closes its list or group after a comma and is a town
    the lists know ("..., Politico, Oslo")."""
    following = position + 1
    return (
        following < len(items)
        and items[following][0] == items[position][0]
        and items[following][2] == ","
        and closes_group(items, following)
        and is_town(bare_item(items[following][1]))
    )


def bare_item(raw: str) -> str:
    joined = " AND " if AND_MARK in raw and is_caps(raw.replace(AND_MARK, " ")) else " and "
    return raw.replace(AND_MARK, joined).strip().strip("()").strip()  # "TRINIDAD AND TOBAGO"


def pair_word(out: People, word: str, original: str, email: str | None, *, photo: bool) -> None:
    """The word of a "Name, Word" pair given to the name before it (credit_name_pairs): her
    place or her outlet, or reported when a picture credit's word may be either."""
    kind = word_kind(word, photo=photo)
    last = out.people[-1]
    if kind == "unread":
        out.failed.append(original)
        return
    if kind == "place" and last.location is None:
        last = replace(last, location=word)
    elif kind == "outlet" and last.agency is None:
        last = replace(last, agency=word)
    else:
        out.failed.append(original)  # a second place or outlet: reported, not guessed at
        return
    out.people[-1] = replace(last, email=last.email or email)


def person_of(item: str) -> bool:
    """ "Tom Ray of Harbour University": a person and her college, not a college alone ("By
    Ana Lima and Tom Ray of Harbour University" passed Tom Ray over as Ana Lima's college)."""
    of = OF_SUFFIX_RE.search(item)
    return of is not None and is_person(item[: of.start()].strip())


def keep_stray_email(out: People, stray: tuple[str, int, int] | None) -> None:
    """ "By Ana Lima, Reuters <ana@example.com>", "..., Staff Writer <ana@...>": the e-mail
    set after her outlet or title is hers. The item was passed over as no person and its e-mail
    went with it, unreported. Given to the person before it when the item added no one and
    reported nothing (an unread "staff <desk@...>" is reported whole)."""
    if stray is None or not out.people:
        return
    email, count, failed = stray
    last = out.people[-1]
    if len(out.people) == count and len(out.failed) == failed and last.email is None:
        out.people[-1] = replace(last, email=email)


def group_outlets(people: list[Person], outlet_of_at: set[int], own_of_at: set[int]) -> None:
    """ "By A and B of The Harbour Times and C of Reuters": an outlet after "of" closes a group
    of names and is the whole group's, back to the name before that has an outlet or an "of"
    of its own ("A of Bergen and B of Reuters": only B is Reuters'). Only the last name of the
    list had its outlet reach back (below), so A lost The Harbour Times."""
    outlet: str | None = None
    for index in range(len(people) - 1, -1, -1):
        person = people[index]
        if index in outlet_of_at:
            outlet = person.agency
        elif person.agency is not None or index in own_of_at:
            outlet = None
        elif outlet is not None:
            people[index] = replace(person, agency=outlet)


# Brackets holding a handle or a figure ("(@cleo)", "(2026)"): neither outlet nor town.
HANDLE_OR_FIGURE_RE = re.compile(r"[@\d]")

# An item that is "of" and an outlet or a town, set off by commas after the names.
OF_ITEM_RE = re.compile(r"(?:of|OF)\s+(?P<body>(?:[Tt]he\s+|THE\s+)?[A-Z][^,;]{0,60})")
DANGLING_PREP_RE = re.compile(r"\s+(?:in|IN|from|FROM|at)$")


# "Our Correspondent", "A Staff Reporter", "Our Own Correspondent": the paper's unnamed writer.
UNNAMED_OPENING_RE = re.compile(r"(?:[Oo]ur|OUR|an?|An?|AN?)\s+(?:(?i:own)\s+)?(?=[A-Z])")


def unnamed_writer(item: str, after_people: bool) -> bool:
    """A job title standing for a writer the line does not name: opened by "Our" or "A" ("Our
    Kyiv Correspondent") anywhere in the list, or a desk title alone ("Special Correspondent",
    "Staff Writer") before any name, where it cannot be a named writer's title ("By Ana Lima,
    Staff Writer" keeps Ana Lima and passes over her title)."""
    opening = UNNAMED_OPENING_RE.match(item)
    if opening:
        return bool(TITLE_ONLY_RE.fullmatch(item[opening.end() :]))
    return not after_people and is_desk_title(item)


def trailing_town(item: str) -> bool:
    """ "Leeds" closing "By Ana Lima, The Harbour Times, Leeds": a one-word town (or a known
    place) after the outlet, where a person would need a first name and a surname."""
    return looks_like_location(item) and (len(item.split()) == 1 or is_region(item))
