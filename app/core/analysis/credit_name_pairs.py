"""A byline written as "Name, Word" pairs: "By Ana Lima, Tarnowo, and Tom Ray, Vellmar".

Some desks set each writer's town (or outlet) after the name with only a comma, writer after
writer. Read as a plain list, every town became a co-writer. The rule: in a list of two or more
full names (a first name and a surname, no outlet or title), a single capitalised word set after
a full name by a comma belongs to that name, and is never a person: a co-writer needs two name
words unless the whole line is a bare surname form ("By Lima and Ray"), where no full name
stands. The word is the writer's place when the lists know it as one or nothing says it is a
body (as for "By Ana Lima, Tarnowo", credit_byline_place); her outlet when it is an agency or
reads as an outlet ("Reuters", "HuffPost"). A picture credit names a picture library in the same
slot, so there an unknown word is reported, not guessed at.

Asked only when a word stands between two full names: a word closing the list alone ("By Ana
Lima, Tom Ray, Leeds") is the whole list's place (credit_byline_place), not the last writer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from app.core.analysis.credit_byline_place import closing_outlet
from app.core.analysis.credit_desk_titles import TITLE_ONLY_RE, is_desk_title
from app.core.analysis.credit_names import is_agency_or_title, looks_like_name, looks_like_outlet
from app.core.analysis.credit_organisations import is_agency, is_organisation
from app.core.analysis.credit_places import is_region, is_town
from app.core.analysis.credit_post_nominals import is_post_nominals

__all__ = ["paired_words", "word_kind"]

# One capitalised word (a hyphen or an apostrophe inside): "Tarnowo", "Port-Lys", "VELLMAR".
_ONE_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")


def _full_name(item: str) -> bool:
    """Two to four name words that are no outlet, agency, title or place."""
    words = item.split()
    return (
        2 <= len(words) <= 4
        and looks_like_name(item, allow_single=False)
        and not looks_like_outlet(item)
        and not is_organisation(item)
        and not is_agency_or_title(item)
        and not is_desk_title(item)
        and not TITLE_ONLY_RE.fullmatch(item)
        and not is_region(item)
    )


def _one_word(item: str) -> bool:
    return item[:1].isupper() and _ONE_WORD_RE.fullmatch(item) is not None


def paired_words(items: Sequence[tuple[str, str]]) -> frozenset[int]:
    """The positions of the words that belong to the name before them, given the list's items
    and the join before each (",", "and", "with", ";"-chunk start ""): empty unless the list is
    made of "Name, Word" pairs with a word between two full names (see the module)."""
    kinds: list[tuple[int, str]] = []
    for position, (item, join) in enumerate(items):
        if not item or is_post_nominals(item):
            continue  # ", with": the comma's empty item; "Ana Lima, RN": her degree
        if _full_name(item):
            kinds.append((position, "name"))
        elif _one_word(item) and join == ",":
            kinds.append((position, "word"))
        elif join == "and" and kinds and is_agency(item):
            kinds.append((position, "agency"))  # "..., Tarnowo, and Reuters": a co-credit
        else:
            return frozenset()
    names = sum(1 for _, kind in kinds if kind == "name")
    if not kinds or kinds[0][1] != "name":
        return frozenset()
    if names < 2:
        # one writer and an agency credited beside her ("Additional reporting by Ana Lima,
        # Tarnowo, and Reuters"): her word is her place; an outlet there may open a chain of
        # her outlets ("By Ana Lima, Reuters, and AFP"), left to the list reader
        agencies = [p for p, kind in kinds if kind == "agency"]
        placed = all(
            word_kind(items[p][0], photo=False) == "place" for p, kind in kinds if kind == "word"
        )
        if not agencies or not placed:
            return frozenset()
    # the ";"-group of each item ("" joins the first item of a group): a word closing its
    # group is the whole group's, as one closing the list is the list's ("By Ana Lima and Tom
    # Ray, Politico; Per Lund, Reuters": Politico is both writers', not Tom Ray's alone)
    group_of: dict[int, int] = {}
    group = 0
    for position, (_, join) in enumerate(items):
        group += 1 if position and join == "" else 0
        group_of[position] = group
    words: dict[int, int] = {}  # position -> group
    inner: set[int] = set()  # the groups where a word stands between two names
    for index, (position, kind) in enumerate(kinds):
        if kind != "word":
            continue
        if kinds[index - 1][1] != "name":
            return frozenset()  # "Ana Lima, Toledo, Ohio": two words, some other form
        words[position] = group_of[position]
        following = kinds[index + 1][0] if index + 1 < len(kinds) else None
        if following is not None and group_of[following] == group_of[position]:
            inner.add(group_of[position])
    return frozenset(position for position, group in words.items() if group in inner)


def word_kind(word: str, *, photo: bool) -> Literal["place", "outlet", "unread"]:
    """What a paired word is to the writer before it: her place, her outlet, or (a picture
    credit's unknown word: a town or a picture library) a part reported unread."""
    if is_town(word):
        return "place"
    if is_agency(word) or is_organisation(word) or closing_outlet(word):
        return "outlet"
    return "unread" if photo else "place"
