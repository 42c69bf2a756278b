"""A credit's list of people cut into items: "A and B in Washington, C in Kyiv" -> "A", "B in
Washington", "C in Kyiv", keeping the "and" of a place ("Trinidad and Tobago"), of an outlet
("The Globe and Mail") and a name's suffix after a comma ("Tom Ray, Jr.") inside its item."""

from __future__ import annotations

import re

from app.core.analysis.credit_names import looks_like_name
from app.core.analysis.credit_organisations import is_agency, is_organisation
from app.core.analysis.credit_person_records import OUTLET_CUE
from app.core.analysis.first_names import is_first_name

# The words that join names; "AND" too, as all-caps lines write it.
# "and"/"with" touching "@" or "." is part of an e-mail address ("<and@harbour.org>",
# "ana@and.news"), not a join: splitting there lost the whole credit.
_SPLIT_RE = re.compile(
    r"\s*(?:,\s*(?i:and)\s+|,|&|(?<![@.])\b(?i:and)\b(?![@.])|(?<![@.])\bwith\b(?![@.]))\s*"
)

_PAIRED_PLACES = (
    "Trinidad and Tobago",
    "Bosnia and Herzegovina",
    "Antigua and Barbuda",
    "Saint Kitts and Nevis",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "Saint Vincent and the Grenadines",
    "Turks and Caicos",
    "Newfoundland and Labrador",
)
# "for The Globe and Mail", "Special to The Harbour and Herald": an outlet's own "and" before
# one closing word (not an agency: "for The Herald and Reuters" names two; `_outlet_and`).
# The cue in any case a line writes it ("For", "Special To"): as "for" only, the capitalised
# cue cut the outlet in two ("The Globe/Mail").
_OUTLET_AND_RE = re.compile(
    rf"(\b(?:{OUTLET_CUE}|of)\s+The\s+[A-Z][\w'’.-]*) and "
    r"([A-Z][\w'’.-]*)(?=\s*(?:[,;.]|$))"
)

_PAIRED_PLACES_CAPS = tuple(place.upper() for place in _PAIRED_PLACES)

AND_MARK = "\u0000"  # stands in for " and " inside a place name while names are split

# "Tom Ray, Jr.", "Tom Ray, III": the suffix after a comma is his, not a second person "Jr.".
_COMMA_SUFFIX_RE = re.compile(r",\s+((?:Jr|Sr|JR|SR)\.?|II|III|IV)(?=[\s,;/]|$)")


def _outlet_and(m: re.Match[str]) -> str:
    """One outlet's "and" kept from the name split; an agency after it is a second name."""
    return m[0] if is_agency(m[2]) else m[1] + AND_MARK + m[2]


_JOIN_RE = re.compile(f"({_SPLIT_RE.pattern})")


def list_groups(text: str) -> list[str]:
    """The ";"-groups of a list ("Contributing: A, The Harbour Times; B, Reuters"), as AP lists
    set them; the whole list when it has no ";". An item's chunk number (joined_items) is its
    group's index here, so a reader can ask the group a town or an outlet closes."""
    return re.split(r"\s*;\s*", text) if ";" in text else [text]


def joined_items(text: str) -> list[tuple[int, str, str]]:
    """Items with the number of the ";"-chunk they are in (AP lists cut people at ";"), and
    the word that joins each item to the one before it: "and" (also
    "&"), "with", "," or "" (the first item of a chunk; "/" between two slashed people). The
    join tells a co-credit from an employer ("By Ana Lima and Reuters" credits the agency too;
    "By Ana Lima, Reuters" is whom she works for) and where a place stops reaching back ("By A
    and B, with C in Bergen": only C is in Bergen)."""
    out: list[tuple[int, str, str]] = []
    for number, chunk in enumerate(list_groups(text)):
        pieces = _JOIN_RE.split(re.sub(r"^(?i:and)\s+", "", chunk))
        for at in range(0, len(pieces), 2):
            join = _join_word(pieces[at - 1]) if at else ""
            for index, person in enumerate(_slashed_people(pieces[at])):
                out.append((number, person, join if index == 0 else "/"))
    return out


def _join_word(separator: str) -> str:
    lowered = separator.lower()
    if "with" in lowered:
        return "with"
    if "and" in lowered or "&" in lowered:
        return "and"
    return ","


# Words a picture business's name ends on ("Kestrel Pictures", "Harbour Images"); an outlet's
# ("Kestrel News") are OUTLET_HEADS, which is_organisation asks.
_BUSINESS_HEADS = frozenset(
    "picture photo image studio production film photography creative group collective "
    "archive feature works".split()
)


def _slashed_people(item: str) -> list[str]:
    """ "Ana Lima/Ben Ottway": two people a slash joins, when both sides read as a person's
    name with a known first name (after a slash is most often the agency: "Ana Lima/Reuters");
    else the item whole."""
    if "/" not in item or item.count("/") != 1:
        return [item]
    parts = [part.strip() for part in item.split("/")]
    if (
        all(
            looks_like_name(part, allow_single=False)
            and is_first_name(part.split()[0])
            and not is_organisation(part)
            for part in parts
        )
        and parts[1].split()[-1].lower().rstrip(".").removesuffix("s") not in _BUSINESS_HEADS
    ):
        return parts
    return [item]


def mark_joins(text: str) -> str:
    """`text` with the "and" of a place or an outlet hidden behind AND_MARK, so that the name
    split passes over it, and a suffix after a comma joined to its name."""
    for place in (*_PAIRED_PLACES, *_PAIRED_PLACES_CAPS):  # "TRINIDAD AND TOBAGO" too
        if place in text:
            text = text.replace(place, place.replace(" and ", AND_MARK).replace(" AND ", AND_MARK))
    if " and " in text:  # "Special to The Globe and Mail": one outlet, not a second name
        text = _OUTLET_AND_RE.sub(_outlet_and, text)
    if ", " in text:
        text = _COMMA_SUFFIX_RE.sub(r" \1", text)  # "By Tom Ray, Jr." named "Jr." a writer
    return text
