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

_MONTH = rf"(?:{MONTHS})\.?"
_WEEKDAY = rf"(?:(?:{WEEKDAYS}|{WEEKDAY_ABBREVIATIONS})\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
    rf"{_TIME}"
)
# "May 3, 2024 · By", "Aug 01, 2020 07:24AM ● By", "03/05/2024 | by": the stamp, a mark, "by".
_LEADING_RE = re.compile(rf"^{_DATE}\s*[·•●■|,–—-]?\s*(?=[Bb][Yy]\b)")
# "... on 3 May 2024", "... | May 3, 2024 10:15 AM", "..., May 3, 2024": the names, then it.
_TRAILING_RE = re.compile(rf"(?:\s+on|\s*[·•●|,–—-])\s+{_DATE}\s*$")


def strip_stamps(text: str) -> str:
    """`text` without a publication date before its "By" or after its names."""
    if not any(ch.isdigit() for ch in text):
        return text  # no date (speed: most credit lines)
    text = _LEADING_RE.sub("", text)
    if text[:3].lower() == "by " or text[:10].lower() == "posted by ":
        text = _TRAILING_RE.sub("", text)
    return text
