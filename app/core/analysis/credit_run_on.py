"""What a byline runs on after the name with no comma: a desk title or an outlet.

"Written by Ana Lima Environment editor" (a title in sentence case, as some papers set it under
the name), "By Ana Lima Harbour News", "Ana Lima & Tom Ray KTN" (the outlet or its call letters
after the last name): the words after the name are the writer's desk or employer, not part of
the name. In a cued credit, credit_people's own patterns cut the capitalised title ("Ana Lima
Staff Writer") and the wire agency ("Ana Lima AFP") first, and this cuts the rest; the byline
scan (credit_name_scan) has no such patterns, so there this cuts those too.

Guards: the name left must still have two words or more and read as a name, so "By Emily Post"
or "By Tom Star" keep their surnames; an outlet needs two to four capitalised words ending in an
outlet's word ("Harbour News") or an acronym of three to five capitals with no vowel ("KTN",
"WXR"), which no surname printed in capitals ("Ana LIMA", "Tom RAY") is; a title needs a
journalist's noun closing words a desk title is made of ("Environment editor", "Political
correspondent").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.analysis.credit_names import OUTLET_HEADS, WIRE_AGENCY_FORMS, looks_like_name
from app.core.analysis.first_names import is_first_name

# Call letters or an outlet's initials: capitals with no vowel ("KTN", "WXR", "NBC"); the name
# scan's pre-filter looks for them closing a line (credit_name_scan).
CALL_LETTERS = r"[B-DF-HJ-NP-TV-XZ]{3,5}"
_CALL_LETTERS_RE = re.compile(CALL_LETTERS)


def without_run_on(name: str, is_desk_title: Callable[[str], bool], *, outlets: bool = True) -> str:
    """`name` without a desk title or an outlet run on after it; `name` itself when none is.
    `is_desk_title` is credit_people's test (passed in, as that module calls this one).

    `outlets=False` (an item after the first in a list cut at commas): an outlet of several
    words is not cut, since there the item may be the outlet itself ("By Ana Lima, Kestrel
    Valley Daily News" names no second writer "Kestrel Valley"); call letters still are. An
    outlet of several words is cut only after a name opening with a known first name ("Ana
    Lima Harbour News"), so "By Harbour City Daily News" is not made a person."""
    words = name.split()
    if len(words) < 3:
        return name
    for size in (4, 3, 2, 1):
        if len(words) - size < 2:
            continue
        tail = words[-size:]
        if _is_run_on(tail, is_desk_title, outlets and is_first_name(words[0])):
            rest = " ".join(words[:-size])
            if looks_like_name(rest, allow_single=False):
                return rest
    return name


def _is_run_on(tail: list[str], is_desk_title: Callable[[str], bool], outlets: bool) -> bool:
    """Whether `tail`, the last words of a name, is what a byline runs on there rather than a
    surname: one word of call letters or a wire agency, a desk title, or (`outlets`) an outlet's
    name in capitalised words."""
    if not tail[0][:1].isupper():
        return False
    if len(tail) == 1:
        # "Ana Lima & Tom Ray KTN", "Ana Lima AFP", "Tom Ray REUTERS"
        return bool(_CALL_LETTERS_RE.fullmatch(tail[0])) or tail[0] in WIRE_AGENCY_FORMS
    if is_desk_title(" ".join(tail)):
        return True  # "Environment editor", "Chief Political Correspondent"
    # "Harbour News", "Kestrel Valley Post": capitalised words closing on an outlet's word
    return outlets and tail[-1].lower() in OUTLET_HEADS and all(word[:1].isupper() for word in tail)
