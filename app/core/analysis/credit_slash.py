"""Picture credits written as a photographer and an agency joined by a slash, with no cue.

Under pictures most wires and many papers print the credit bare: "Ana Lima/Reuters",
"REUTERS/Ana Lima", "(Ana Lima/Getty Images)". The cue-based reader needs "Photo:" or "Photo
by" first, so these lines gave nothing. Only two parts are read, one a news agency (or an outlet
that is no person's name) and the other a person's name of two words or more: "Reuters/Getty
Images" and "Ana Lima/Tom Ray" name no photographer by this form and stay unread.
"""

from __future__ import annotations

from app.core.analysis.credit_names import looks_like_name, looks_like_outlet
from app.core.analysis.credit_people import is_agency
from app.core.model import Credit, CreditRole

# A bare picture credit is short; a slash in a longer line is prose or a list.
_MAX_SLASH_CREDIT = 80


def _is_source(part: str) -> bool:
    """ "Reuters", "Getty Images", "The Guardian": where the picture comes from."""
    return is_agency(part) or (looks_like_outlet(part) and not looks_like_name(part, False))


def _is_person(part: str) -> bool:
    return (
        looks_like_name(part, allow_single=False)
        and not is_agency(part)
        and not looks_like_outlet(part)
    )


def may_be_slash_credit(line: str) -> bool:
    """The cheap test before the full reader: a short line holding a slash."""
    return "/" in line and len(line) <= _MAX_SLASH_CREDIT + 4  # room for "(...)." around it


def slash_photo_credit(text: str) -> list[Credit] | None:
    """The photographer of "Ana Lima/Reuters" or "REUTERS/Ana Lima", or None."""
    if len(text) > _MAX_SLASH_CREDIT or text.count("/") != 1 or any(c.isdigit() for c in text):
        return None
    first, second = (part.strip() for part in text.split("/"))
    if _is_person(first) and _is_source(second):
        return [Credit(CreditRole.PHOTO, first)]
    if _is_source(first) and _is_person(second):
        return [Credit(CreditRole.PHOTO, second)]
    return None
