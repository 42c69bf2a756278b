"""News agencies by name: the one table every reader of credit lines and datelines asks.

The credit-line grammar ("-- With AFP", "Ana Lima Associated Press", "(AP Photo/Ana Lima)"), the
name tests (`is_agency`, `is_news_outlet`), the dateline reader ("Feb 5 (Reuters) -") and the
importer (an agency's name alone under a byline) each kept a list of their own, and the lists
had drifted apart: an agency added to one was still unknown to the others. Each now derives
what it needs from the names here.
"""

from __future__ import annotations

import re

# Agencies that send copy, as desks write them. Written by hand from the agencies' own names.
WIRE_AGENCIES: tuple[str, ...] = (
    "AP",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "Agence France Presse",
    "Reuters",
    "Bloomberg",
    "dpa",
    "Deutsche Presse-Agentur",
    "EFE",
    "ANSA",
    "Xinhua",
    "Kyodo",
    "TASS",
    "PA",
    "Press Association",
    "Anadolu",
    "UPI",
    "United Press International",
    "IANS",
    "Indo-Asian News Service",
    "PTI",
    "Press Trust of India",
    "NTB",
    "TT",
    "AAP",
    "Australian Associated Press",
    "Canadian Press",
)
# Agencies (and the pool) that send pictures only: a photographer's source, never a writer's.
PICTURE_AGENCIES: tuple[str, ...] = ("EPA", "EPA-EFE", "Getty Images", "Pool")
# Agencies whose name a desk may write with "News" after it ("Bloomberg News", "Kyodo News").
NEWS_SUFFIXED: frozenset[str] = frozenset({"Bloomberg", "Kyodo"})
# Words of agencies' names that name no person alone after a name ("Ana Lima, Press").
_LONE_WORDS = ("associated", "press", "agence", "france-presse", "getty", "images")

ALL_AGENCIES: tuple[str, ...] = WIRE_AGENCIES + PICTURE_AGENCIES
# Lower case, for set tests ("the " dropped by the caller).
AGENCY_KEYS: frozenset[str] = frozenset({name.lower() for name in ALL_AGENCIES} | set(_LONE_WORDS))


def agency_alternation(names: tuple[str, ...]) -> str:
    """A regex alternation of `names` (longest first, so "AFP" is not read as "AP" and the
    full name wins over its acronym), spaces matching any run of spaces, "News" optional after
    the agencies written with it. The caller adds its own case flag and boundaries."""
    parts = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        part = r"\s+".join(re.escape(word) for word in name.split())
        if name in NEWS_SUFFIXED:
            part += r"(?:\s+News)?"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


# What a wire or a paper sets beside a picture's credit to say what kind of picture it is
# ("REUTERS/Ana Lima/File Photo", "(File Photo | PTI)", "/Pool"): never a name, never a source.
PICTURE_MARKS: frozenset[str] = frozenset(
    {
        "file",
        "file photo",
        "pool",
        "pool photo",
        "handout",
        "handout photo",
        "illustration",
        # "Photo: Special Arrangement": a picture the story's source supplied (Indian papers)
        "special arrangement",
        # "Photo: Supplied": handed in by the story's subject (Australian and New Zealand papers)
        "supplied",
        "supplied photo",
        "supplied image",
    }
)
