"""Dates and times a web page prints around a byline: "May 3, 2024 · By Ana Lima", "Posted by
Ana Lima on 3 May 2024", "By Ana Lima | 03/05/2024 10:15 AM".

Content systems set the publication stamp before or after the byline, joined by a bullet, a bar
or "on"; copied with the byline, the stamp made the whole line unreadable, and the writer was
lost. The stamp is cut off only when it is a whole date (a month and a day, or a numeric date)
at the very start before "By", or at the very end after the names; a name never holds a digit.
"""

from __future__ import annotations

import re

from app.core.analysis.calendar_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from app.core.analysis.news_agencies import WIRE_AGENCIES, agency_alternation

_MONTH = rf"(?:{MONTHS})\.?"
_WEEKDAY = rf"(?:(?:{WEEKDAYS}|{WEEKDAY_ABBREVIATIONS})\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
# A page stamp's date (and time): "May 3, 2024", "3 May 2024 10:15 AM", "03/05/2024"; shared
# with the agency-and-town byline reader (credit_agency_place).
STAMP_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
    rf"{_TIME}"
)
# "May 3, 2024 · By", "Aug 01, 2020 07:24AM ● By", "03/05/2024 | by": the stamp, a mark, "by".
_LEADING_RE = re.compile(rf"^{STAMP_DATE}\s*[·•●■|,–—-]?\s*(?=[Bb][Yy]\b)")
# "... on 3 May 2024", "... | May 3, 2024 10:15 AM", "..., May 3, 2024": the names, then it.
_TRAILING_RE = re.compile(rf"(?:\s+on|\s*[·•●|,–—-])\s+{STAMP_DATE}\s*$")


def strip_stamps(text: str) -> str:
    """`text` without a publication date before its "By" or after its names."""
    if not any(ch.isdigit() for ch in text):
        return text  # no date (speed: most credit lines)
    text = _LEADING_RE.sub("", text)
    if text[:3].lower() == "by " or text[:10].lower() == "posted by ":
        text = _TRAILING_RE.sub("", text)
    return text


# "PTI | Updated: May 3, 2024, 10:15 IST", "Reuters / Friday, May 3, 2024": the agency that sent the
# story in the byline's place, then the page's stamp (Indian and other sites running wire
# copy). The agency is the byline, as "By Reuters" is.
_AGENCY_STAMP_RE = re.compile(
    rf"^(?P<agency>(?:The\s+)?{agency_alternation(WIRE_AGENCIES)})\s*[·•|/,–—-]\s*"
    rf"(?:(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)(?:\s+on)?\s*:?\s*)?"
    rf"{STAMP_DATE}\.?$"
)


def agency_stamp_byline(line: str) -> str | None:
    """The agency of "PTI | Updated: May 3, 2024, 10:15 IST", or None."""
    if len(line) > 90 or not any(ch.isdigit() for ch in line):
        return None
    match = _AGENCY_STAMP_RE.match(line.strip())
    return match["agency"] if match else None
