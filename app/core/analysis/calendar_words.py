"""Month and weekday names as regex alternations, for the readers of printed dates (datelines,
the publication stamps around bylines): one list, so a spelling added for one reader ("Sept")
reaches the other."""

from __future__ import annotations

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Short forms a content system prints in a stamp ("Tue, May 3"); a dateline spells the day out.
WEEKDAY_ABBREVIATIONS = "Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
