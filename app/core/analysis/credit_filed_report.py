"""A broadcaster's sign-off credit: "Harbour TV's Ana Lima filed this report."

Broadcasters' web pages close a story taken from a television or radio report with the
reporter's credit written as a sentence, often with the channel's possessive before the name:
"Ana Lima filed this report.", "KTV's Ana Lima and Tom Ray filed this report.". The reporters
are credited for the reporting; the channel is where they work, not a credit.

Guards: the sentence must be the whole line and end on "filed this report" ("sent", "prepared",
"the report" too; prose that goes on, "... filed this report on Monday with the court", is no
credit); the names must read as full names (two words or more), so "The clerk filed this report"
stays prose.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_people import parse_people
from app.core.analysis.credit_person_records import credits_of
from app.core.model import Credit, CreditRole

_FILED_RE = re.compile(
    # the channel's possessive, capitalised words ending "'s" ("Harbour TV's", "KTV’S")
    r"^(?:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’][sS]\s+)?"
    r"(?P<names>[A-Z][^.;:]{2,120}?)\s+(?:filed|sent|prepared)\s+(?:this|the)\s+report\.?$"
)


def filed_report(text: str) -> list[Credit] | None:
    """The reporters of a "... filed this report." sign-off; None when the line is not one."""
    if "report" not in text:
        return None
    match = _FILED_RE.match(text.strip())
    if match is None:
        return None
    read = parse_people(match["names"], CreditRole.REPORTING, allow_single=False)
    if read is None or not read.people or read.failed:
        return None
    return credits_of(CreditRole.REPORTING, read.people)
