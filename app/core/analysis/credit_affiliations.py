"""A contributor's school or college set after the name in a byline, and the student's year.

Campus pages, student columns and papers' youth sections credit "By Ana Lima, Harbour College",
"By Ana Lima, University of Leeds, 2nd Year": the part after the name is where the writer
studies or works, not a second contributor. It is read only after a person's name, so a college
credited on its own is left to the other readers.
"""

from __future__ import annotations

import re

# Words naming a place of learning or research, in English and as Indian, Spanish, French and
# German colleges name themselves ("Mahavidyalaya", "Universidad", "Université", "Hochschule").
_INSTITUTION_WORDS = frozenset(
    """university college school institute institution academy polytechnic seminary
    conservatory conservatoire vidyalaya mahavidyalaya vishwavidyalaya universidad universidade
    université universite universität universitat hochschule""".split()
)
# "2nd Year", "Final Year", "Class of 2027", "Grade 11", "Year 12": a student's year.
_STUDY_YEAR_RE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|final)\s+year"
    r"(?:\s+(?:student|undergraduate|[A-Z][\w.]*))?|class\s+of\s+\d{4}|(?:grade|year)\s+\d{1,2}",
    re.I,
)


def is_affiliation(item: str) -> bool:
    """ "Harbour College", "University of Leeds", "2nd Year": not a person's name."""
    words = item.split()
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if _STUDY_YEAR_RE.fullmatch(item.strip()):
        return True
    return len(words) >= 2 and any(
        word.lower().strip(".,'’") in _INSTITUTION_WORDS for word in words
    )
