"""Picture credits written as a photographer and an agency joined by a slash, with no cue.

Under pictures most wires and many papers print the credit bare: "Ana Lima/Reuters",
"REUTERS/Ana Lima", "(Ana Lima/Getty Images)". The cue-based reader needs "Photo:" or "Photo
by" first, so these lines gave nothing. Of two parts, one is a news agency (or an outlet that
is no person's name) and the other a person's name of two words or more: "Reuters/Getty Images"
and "Ana Lima/Tom Ray" name no photographer by this form and stay unread. Picture desks also
chain three or four parts ("Harbour Archive/Ana Lima/Skyline Images") and name the outlet that
ran the picture after "via" ("Ana Lima via Getty Images"): one part must then be a person and
none of the others, and an agency or outlet must be among them.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_forms import org_like
from app.core.analysis.credit_names import looks_like_name, looks_like_outlet
from app.core.analysis.credit_organisations import is_agency, organisation_name
from app.core.analysis.news_agencies import PICTURE_MARKS
from app.core.model import Credit, CreditRole

# A bare picture credit is short; a slash in a longer line is prose or a list.
_MAX_SLASH_CREDIT = 80
# "REUTERS/Ana Lima (HARBOURLAND)": the wire's country tag in capitals after the credit.
_COUNTRY_TAG_RE = re.compile(r"\s+\([A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}\)$")


def _is_source(part: str) -> bool:
    """ "Reuters", "Getty Images", "The Guardian": where the picture comes from."""
    return is_agency(part) or (looks_like_outlet(part) and not looks_like_name(part, False))


def _is_person(part: str) -> bool:
    return (
        looks_like_name(part, allow_single=False)
        and not is_agency(part)
        and not looks_like_outlet(part)
        and not org_like(part)  # "Harbour Archive", "Skyline Images": a collection
        and part.lower() not in PICTURE_MARKS  # "REUTERS/File Photo": no photographer
    )


def may_be_slash_credit(line: str) -> bool:
    """The cheap test before the full reader: a short line holding a slash."""
    return ("/" in line or " via " in line) and len(line) <= _MAX_SLASH_CREDIT + 4  # "(...)."


def slash_photo_credit(text: str) -> list[Credit] | None:
    """The photographer of "Ana Lima/Reuters", "REUTERS/Ana Lima", or of a picture desk's
    chain "Harbour Archive/Ana Lima/Skyline Images" (one person, every other part no person,
    one of them a source), or None."""
    if len(text) > _MAX_SLASH_CREDIT or any(c.isdigit() for c in text):
        return None
    if text.endswith(")"):
        text = _COUNTRY_TAG_RE.sub("", text)
    # "REUTERS/Ana Lima/File Photo", ".../Pool": the wire marks an archive or pool picture
    parts = [part.strip() for part in text.split("/")]
    parts = (
        [part for part in parts if part.lower() not in PICTURE_MARKS] if len(parts) > 2 else parts
    )
    if len(parts) > 4 or (len(parts) == 1 and " via " not in text):
        return None
    # "... /Ana Lima via The Harbour Times": the outlet that ran the picture, after "via"
    last, via, outlet = parts[-1].partition(" via ")
    if via and not _in_chain(outlet.strip()):
        return None
    parts[-1] = last.strip()
    people = [part for part in parts if _is_person(part)]
    others = [part for part in parts if not _is_person(part)]
    if len(people) != 1:
        return None
    if len(parts) == 2 and not via:
        # two parts: the other one must be a source no name could be ("Reuters", "Getty
        # Images"), as before; a chain or "via" vouches for outlets such as "Harbour Times"
        if not _is_source(others[0]):
            return None
        return [Credit(CreditRole.PHOTO, people[0], organisation=organisation_name(others[0]))]
    sources = [*others, outlet.strip()] if via else others
    if not all(part[:1].isupper() for part in others) or not any(map(_in_chain, sources)):
        return None  # "Ana Lima/and/or": a list, not a desk's chain
    return [Credit(CreditRole.PHOTO, people[0], organisation=_chain(others, outlet.strip()))]


def _chain(others: list[str], outlet: str) -> str | None:
    """The picture's sources as the line writes them, the photographer left out: "Harbour
    Archive/Skyline Images", "Harbour Images via Getty Images", "Getty Images" (for "Ana Lima
    via Getty Images"). One organisation, as the cue readers keep a desk's chain."""
    chain = "/".join(others)
    if outlet:
        chain = f"{chain} via {outlet}" if chain else outlet
    return organisation_name(chain)


def _in_chain(part: str) -> bool:
    """ "Harbour Times", "Skyline Agency", "NASA Ames": an agency or an outlet's name."""
    return is_agency(part) or looks_like_outlet(part)
